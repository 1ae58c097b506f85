"""Point defects: substitutions, vacancies, interstitials, antisites; oxidation states."""

from __future__ import annotations

from typing import Any

from .base import STRUCTURE, Raw, Recipe, Slot


def _replace_count(values: dict[str, Any]) -> dict[str, Any]:
    """A count stays a number; a fraction becomes an expression over the candidate sites."""
    count = values.get("count", 1)
    if isinstance(count, float) and 0 < count < 1:
        expr = f"max(1, round({count!r} * len(candidates)))  # {count:.0%} of the sites"
    else:
        expr = str(int(count))
    return {**values, "n_replace": Raw(expr)}


ELEMENT = Slot("element", "element", "the element whose sites change")
COUNT = Slot("count", "count", "how many sites", default=1)

RECIPES = [
    Recipe(
        id="substitute_all",
        topic="defects",
        title="Replace one element by another everywhere",
        description="Substitute every site of one element by another element "
        "(Structure.replace_species).",
        examples=(
            "replace all Fe with Mn",
            "substitute every oxygen by sulfur",
            "swap Na for K in the whole structure",
            "change all Co atoms to Ni",
        ),
        imports=(),
        body="structure = structure.copy()\n"
        "structure.replace_species($mapping)\n"
        'print(f"After substitution: {structure.composition.reduced_formula}")\n',
        slots=(Slot("mapping", "species_map", "old element -> new element"),),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="replaces {mapping} on every site",
        keywords="substitute substitution replace swap exchange change element species all every",
        example={"mapping": {"Na": "K"}},
        example_source="NaCl.cif",
        expect=({"formula": "K4Cl4"},),
    ),
    Recipe(
        id="substitute_some",
        topic="defects",
        title="Substitute some sites (doping)",
        description="Replace a number (or a fraction) of the sites of one element by a dopant "
        "element, taking the first matching sites.",
        examples=(
            "dope 25% of the Co sites with Ni",
            "replace one Fe with Mn",
            "substitute two of the oxygen atoms by fluorine",
            "put one Mg on a Li site",
        ),
        imports=(),
        body="old, new = $old, $new\n"
        "structure = structure.copy()\n"
        "candidates = [i for i, site in enumerate(structure) if site.species_string == old]\n"
        "n_replace = $n_replace\n"
        "for i in candidates[:n_replace]:\n"
        "    structure.replace(i, new)\n"
        'print(f"Replaced {n_replace} of {len(candidates)} {old} sites by {new}: "\n'
        '      f"{structure.composition.formula}")\n',
        slots=(
            Slot("old", "element", "element replaced"),
            Slot("new", "element2", "dopant element"),
            Slot("count", "count_or_fraction", "number of sites or fraction", default=1),
        ),
        needs=STRUCTURE,
        gives=STRUCTURE,
        outputs=("n_replace",),
        prepare=_replace_count,
        explain="replaces {count} of the {old} sites by {new}",
        keywords="dope doping dopant substitute some partial one fraction percent sites",
        example={"old": "Na", "new": "K", "count": 1},
        example_source="NaCl.cif",
        expect=({"formula": "K1Na3Cl4"},),
    ),
    Recipe(
        id="vacancy",
        topic="defects",
        title="Vacancy: remove atoms of one element",
        description="Create vacancies by removing a number of sites of one element (the first "
        "matching sites).",
        examples=(
            "remove one Li",
            "create an oxygen vacancy",
            "take out two Na atoms",
            "make a vacancy on a Cl site",
            "delete one of the lithium atoms",
        ),
        imports=(),
        body="element = $element\n"
        "structure = structure.copy()\n"
        "indices = [i for i, site in enumerate(structure) if site.species_string == element][:$count]\n"
        "structure.remove_sites(indices)\n"
        'print(f"Removed {len(indices)} {element}: {structure.composition.formula}")\n',
        slots=(ELEMENT, COUNT),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="removes {count} {element} site(s) (a vacancy)",
        keywords="vacancy vacancies remove delete take out missing defect",
        example={"element": "Cl", "count": 1},
        example_source="NaCl.cif",
        expect=({"formula": "Na4Cl3"},),
    ),
    Recipe(
        id="remove_species",
        topic="defects",
        title="Remove every atom of an element",
        description="Delete all sites of an element, for example delithiate a cathode by removing "
        "all Li.",
        examples=(
            "remove all the lithium",
            "delithiate the structure",
            "strip every Na atom",
            "take out all oxygen atoms",
        ),
        imports=(),
        body="structure = structure.copy()\n"
        "structure.remove_species([$element])\n"
        'print(f"Without {$element}: {structure.composition.formula}")\n',
        slots=(ELEMENT,),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="removes every {element} site",
        keywords="remove all every delithiate strip species element entirely",
        example={"element": "Na"},
        example_source="NaCl.cif",
        expect=({"formula": "Cl4"},),
    ),
    Recipe(
        id="interstitial_void",
        topic="defects",
        title="Interstitial in the largest void",
        description="Put an extra atom at the point of the cell farthest from every existing atom "
        "(found on a grid of fractional coordinates).",
        examples=(
            "add a hydrogen interstitial",
            "insert an extra Li into the largest empty space",
            "put an interstitial atom in the biggest void",
            "find the largest hole and fill it",
        ),
        imports=("import itertools", "import numpy as np"),
        body="n = 12\n"
        "grid = np.array(list(itertools.product(np.arange(n) / n, repeat=3)))\n"
        "nearest = structure.lattice.get_all_distances(grid, structure.frac_coords).min(axis=1)\n"
        "best = grid[nearest.argmax()]\n"
        "structure = structure.copy()\n"
        "structure.append($element, best)\n"
        'print(f"Inserted {$element} at {best.round(3)} (nearest atom {nearest.max():.2f} Å): "\n'
        '      f"{structure.composition.formula}")\n',
        slots=(ELEMENT,),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="inserts {element} at the grid point farthest from all atoms (largest void)",
        keywords="interstitial void hole empty space insert extra add largest biggest",
        example={"element": "H"},
        example_source="NaCl.cif",
        expect=({"formula": "H1Na4Cl4"},),
    ),
    Recipe(
        id="insert_atom",
        topic="defects",
        title="Add an atom at given fractional coordinates",
        description="Insert an atom of an element at the fractional coordinates you give.",
        examples=(
            "add an H atom at (0.5, 0.5, 0.5)",
            "insert Li at fractional position 0 0 0.25",
            "place an oxygen at (0.25, 0.25, 0.25)",
        ),
        imports=(),
        body="structure = structure.copy()\n"
        "structure.append($element, $coords)  # fractional coordinates\n"
        'print(f"Added {$element} at {$coords}: {structure.composition.formula}")\n',
        slots=(ELEMENT, Slot("coords", "vector", "fractional coordinates")),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="adds {element} at fractional coordinates ({coords})",
        keywords="add insert place put atom position fractional coordinates append",
        example={"element": "H", "coords": (0.25, 0.25, 0.25)},
        example_source="NaCl.cif",
        expect=({"formula": "H1Na4Cl4"},),
    ),
    Recipe(
        id="antisite",
        topic="defects",
        title="Antisite defect: swap two different atoms",
        description="Exchange the species of one site of element A and one site of element B.",
        examples=(
            "make a Li-Fe antisite",
            "swap one Na and one Cl atom",
            "create an antisite pair",
        ),
        imports=(),
        body="a, b = $first, $second\n"
        "structure = structure.copy()\n"
        "i = next(k for k, site in enumerate(structure) if site.species_string == a)\n"
        "j = next(k for k, site in enumerate(structure) if site.species_string == b)\n"
        "structure.replace(i, b)\n"
        "structure.replace(j, a)\n"
        'print(f"Swapped site {i} ({a}) and site {j} ({b})")\n',
        slots=(
            Slot("first", "element", "first element"),
            Slot("second", "element2", "second element"),
        ),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="swaps one {first} and one {second} site (an antisite pair)",
        keywords="antisite swap exchange pair disorder",
        example={"first": "Na", "second": "Cl"},
        example_source="NaCl.cif",
        expect=({"formula": "Na4Cl4"},),
    ),
    Recipe(
        id="oxidation_states",
        topic="defects",
        title="Guess oxidation states of a structure",
        description="Assign oxidation states to the sites of a structure from its composition "
        "(charge-balanced guess).",
        examples=(
            "what are the oxidation states in this structure",
            "decorate the sites with oxidation states",
            "assign valences to the atoms",
            "which charge does each ion have",
        ),
        imports=(),
        body="decorated = structure.copy()\n"
        "decorated.add_oxidation_state_by_guess()\n"
        "oxidation_states = {str(sp.element): sp.oxi_state for sp in decorated.composition}\n"
        'print("oxidation states:", oxidation_states)\n',
        needs=STRUCTURE,
        outputs=("oxidation_states",),
        explain="guesses charge-balanced oxidation states for the sites",
        keywords="oxidation valence charge ions decorate states",
        example_source="NaCl.cif",
        expect=({"value": "oxidation_states", "equals": {"Na": 1.0, "Cl": -1.0}},),
    ),
]
