"""Composition arithmetic: molar mass, fractions, oxidation states, moles, reactions, elements."""

from __future__ import annotations

from .base import Recipe, Slot

FORMULA = Slot("formula", "formula", "chemical formula")
COMP = "from pymatgen.core import Composition"

RECIPES = [
    Recipe(
        id="molar_mass",
        topic="composition",
        title="Molar mass of a compound",
        description="Molar mass (formula weight) in g/mol of a chemical formula.",
        examples=(
            "molar mass of Fe2O3",
            "what is the molecular weight of LiFePO4",
            "formula weight of Ca(OH)2 in g/mol",
            "how heavy is one mole of NaCl",
        ),
        imports=(COMP,),
        body="composition = Composition($formula)\n"
        "molar_mass = float(composition.weight)  # g/mol\n"
        'print(f"molar mass of {composition.reduced_formula}: {molar_mass:.4f} g/mol")\n',
        slots=(FORMULA,),
        outputs=("molar_mass",),
        explain="computes the molar mass of {formula} (g/mol)",
        keywords="molarmass molar mass molecular weight formula weight g/mol mole",
        example={"formula": "Fe2O3"},
        expect=({"value": "molar_mass", "approx": 159.687, "tol": 0.01},),
    ),
    Recipe(
        id="weight_fractions",
        topic="composition",
        title="Weight (mass) fractions of the elements",
        description="Mass fraction (wt%) of every element in a compound.",
        examples=(
            "weight percent of each element in Fe2O3",
            "mass fraction of Li in LiCoO2",
            "wt% composition of the alloy Ni3Al",
            "how much of the mass is oxygen",
        ),
        imports=(COMP,),
        body="composition = Composition($formula)\n"
        "weight_fractions = {str(el): round(composition.get_wt_fraction(el), 6) for el in composition}\n"
        "for el, w in weight_fractions.items():\n"
        '    print(f"{el}: {100 * w:.3f} wt%")\n',
        slots=(FORMULA,),
        outputs=("weight_fractions",),
        explain="computes the weight fraction of every element in {formula}",
        keywords="wtfraction weight mass fraction percent wt% element share",
        example={"formula": "Fe2O3"},
        expect=(
            {"value": "weight_fractions", "equals": {"Fe": 0.699425, "O": 0.300575}, "tol": 0.0001},
        ),
    ),
    Recipe(
        id="atomic_fractions",
        topic="composition",
        title="Atomic (mole) fractions of the elements",
        description="Atomic fraction (at%) of every element in a formula.",
        examples=(
            "atomic percent of each element in Ni3Al",
            "mole fraction of oxygen in Fe2O3",
            "at% of the elements in the compound",
        ),
        imports=(COMP,),
        body="composition = Composition($formula)\n"
        "atomic_fractions = {str(el): round(composition.get_atomic_fraction(el), 6) for el in composition}\n"
        "for el, x in atomic_fractions.items():\n"
        '    print(f"{el}: atomic fraction {x:.4f} ({100 * x:.2f} at%)")\n',
        slots=(FORMULA,),
        outputs=("atomic_fractions",),
        explain="computes the atomic fraction of every element in {formula}",
        keywords="atfraction atomic mole fraction percent at% element",
        example={"formula": "Ni3Al"},
        expect=({"value": "atomic_fractions", "equals": {"Ni": 0.75, "Al": 0.25}},),
    ),
    Recipe(
        id="oxidation_guess",
        topic="composition",
        title="Oxidation states of a formula",
        description="Charge-balanced oxidation-state guesses for a chemical formula.",
        examples=(
            "oxidation states in Fe3O4",
            "what is the valence of Mn in LiMn2O4",
            "guess the charges of the ions in Fe2O3",
            "oxidation state of cobalt in LiCoO2",
        ),
        imports=(COMP,),
        body="guesses = Composition($formula).oxi_state_guesses()\n"
        "oxidation_states = dict(guesses[0]) if guesses else {}\n"
        'print("most likely oxidation states:", oxidation_states)\n'
        "if len(guesses) > 1:\n"
        '    print("other possibilities:", [dict(g) for g in guesses[1:4]])\n',
        slots=(FORMULA,),
        outputs=("oxidation_states",),
        explain="guesses charge-balanced oxidation states for {formula}",
        keywords="oxidation valence charge ions states guess balanced",
        example={"formula": "LiCoO2"},
        expect=({"value": "oxidation_states", "equals": {"Li": 1.0, "Co": 3.0, "O": -2.0}},),
    ),
    Recipe(
        id="moles_from_mass",
        topic="composition",
        title="Moles and atoms in a mass of compound",
        description="How many moles (and atoms) are in a given mass in grams of a compound.",
        examples=(
            "how many moles are in 10 g of Fe2O3",
            "number of atoms in 5 grams of silicon",
            "convert 2.5 g of LiFePO4 to moles",
        ),
        imports=(COMP,),
        body="composition = Composition($formula)\n"
        "mass_g = $mass  # g\n"
        "moles = mass_g / composition.weight  # mol of formula units\n"
        "n_atoms = moles * composition.num_atoms * 6.02214076e23\n"
        'print(f"{mass_g} g of {composition.reduced_formula} = {moles:.5g} mol = {n_atoms:.4g} atoms")\n',
        slots=(FORMULA, Slot("mass", "mass_g", "mass in grams")),
        outputs=("moles", "n_atoms"),
        explain="converts {mass} g of {formula} to moles of formula units and atoms",
        keywords="moles mol grams mass amount atoms number convert how many",
        example={"formula": "Fe2O3", "mass": 10.0},
        expect=({"value": "moles", "approx": 0.062622, "tol": 0.00001},),
    ),
    Recipe(
        id="balance_reaction",
        topic="composition",
        title="Balance a chemical reaction",
        description="Balance a reaction such as Li2CO3 + Fe2O3 -> LiFeO2 + CO2 with pymatgen's "
        "Reaction.",
        examples=(
            "balance Li2CO3 + Fe2O3 -> LiFeO2 + CO2",
            "stoichiometric coefficients of the reaction Al + O2 = Al2O3",
            "balance the equation for making LiCoO2 from Li2CO3 and Co3O4",
        ),
        imports=(COMP, "from pymatgen.analysis.reaction_calculator import Reaction"),
        body="reactants = [Composition(f) for f in $reactants]\n"
        "products = [Composition(f) for f in $products]\n"
        "reaction = Reaction(reactants, products)\n"
        "balanced = str(reaction)\n"
        'print("balanced:", balanced)\n',
        slots=(
            Slot("reactants", "reactants", "reactant formulas"),
            Slot("products", "products", "product formulas"),
        ),
        outputs=("balanced",),
        explain="balances the reaction {reactants} -> {products}",
        keywords="balance reaction equation stoichiometric coefficients reactants products",
        example={"reactants": ["Al", "O2"], "products": ["Al2O3"]},
        expect=({"value": "balanced", "equals": "2 Al + 1.5 O2 -> Al2O3"},),
    ),
    Recipe(
        id="element_properties",
        topic="composition",
        title="Properties of the elements in a formula",
        description="Table of atomic number, atomic mass, Pauling electronegativity and atomic "
        "radius for each element of a compound.",
        examples=(
            "electronegativity of the elements in LiFePO4",
            "atomic radii of Fe and O",
            "element properties of each element in the compound",
        ),
        imports=(COMP, "import pandas as pd"),
        body="elements = list(Composition($formula).elements)\n"
        'element_table = pd.DataFrame([{"element": el.symbol, "Z": el.Z,\n'
        '                               "mass (u)": float(el.atomic_mass),\n'
        '                               "electronegativity": el.X,\n'
        '                               "atomic radius (Å)": el.atomic_radius}\n'
        "                              for el in elements])\n"
        'electronegativity = dict(zip(element_table["element"], element_table["electronegativity"]))\n'
        "print(element_table.to_string(index=False))\n",
        slots=(FORMULA,),
        outputs=("electronegativity",),
        explain="tabulates atomic number, mass, electronegativity and radius for the elements of "
        "{formula}",
        keywords="element properties electronegativity atomic radius number mass periodic table",
        example={"formula": "NaCl"},
        expect=({"value": "electronegativity", "equals": {"Na": 0.93, "Cl": 3.16}},),
    ),
    Recipe(
        id="composition_info",
        topic="composition",
        title="Formula bookkeeping",
        description="Reduced formula, chemical system, number of atoms per formula and anonymized "
        "formula of a composition.",
        examples=(
            "reduced formula of Li4Fe4P4O16",
            "what is the chemical system of LiFePO4",
            "how many atoms per formula unit in Ca(OH)2",
            "anonymized formula of Fe2O3",
        ),
        imports=(COMP,),
        body="composition = Composition($formula)\n"
        "reduced_formula = composition.reduced_formula\n"
        "chemical_system = composition.chemical_system\n"
        "atoms_per_formula = composition.num_atoms\n"
        'print(f"reduced formula {reduced_formula}; chemical system {chemical_system}; "\n'
        '      f"{atoms_per_formula:g} atoms; anonymized {composition.anonymized_formula}")\n',
        slots=(FORMULA,),
        outputs=("reduced_formula", "chemical_system", "atoms_per_formula"),
        explain="reports the reduced formula, chemical system and atom count of {formula}",
        keywords="reduced formula chemical system anonymized atoms per formula composition",
        example={"formula": "Li4Fe4P4O16"},
        expect=({"value": "chemical_system", "equals": "Fe-Li-O-P"},),
    ),
]
