"""Phase diagrams, energy above hull and formation energies from energies the user gives."""

from __future__ import annotations

from typing import Any

from .base import Raw, Recipe, Slot

ENERGIES = Slot("energies", "energies", "formula -> total energy (eV)")
PD = "from pymatgen.analysis.phase_diagram import PDEntry, PhaseDiagram"
# total energies (eV per formula as written); hand check: Li2O forms at -5.555 eV/fu = -1.8517
# eV/atom, Li2O2 at -1.4525 eV/atom (below the Li2O-O2 tie line, -1.389), LiO2 lies above
EXAMPLE_ENERGIES = {"Li": -1.91, "O2": -9.87, "Li2O": -14.31, "Li2O2": -19.5, "LiO2": -13.0}


def _entries(values: dict[str, Any]) -> dict[str, Any]:
    """Energies per atom become total energies per formula (what PDEntry expects)."""
    if values.get("basis") == "atom":
        note = "# energies given per atom (eV/atom) -> total energy of the formula (eV)"
        expr = (
            "[PDEntry(Composition(f), e * Composition(f).num_atoms) for f, e in energies.items()]"
        )
    else:
        note = "# energies are total energies of each formula as written (eV)"
        expr = "[PDEntry(Composition(f), e) for f, e in energies.items()]"
    return {**values, "entries_expr": Raw(f"{expr}  {note}")}


BASIS = Slot("basis", "energy_basis", "'atom' (eV/atom) or 'fu' (eV per formula)", default="fu")

RECIPES = [
    Recipe(
        id="energy_above_hull",
        topic="thermo",
        title="Energy above hull from given energies",
        description="Build a phase diagram from formulas and energies you give and report each "
        "phase's energy above the convex hull (eV/atom) and which are stable.",
        examples=(
            "energy above hull for Li -1.91, O2 -9.87, Li2O -14.31, Li2O2 -19.05 eV",
            "which phases are stable given these DFT energies",
            "compute e_above_hull from my energies",
            "convex hull stability of the compounds",
        ),
        imports=(PD, "from pymatgen.core import Composition"),
        body="energies = $energies\n"
        "entries = $entries_expr\n"
        "diagram = PhaseDiagram(entries)\n"
        "e_above_hull = {e.composition.reduced_formula: round(diagram.get_e_above_hull(e), 5)\n"
        "                for e in entries}  # eV/atom\n"
        "stable = sorted(e.composition.reduced_formula for e in diagram.stable_entries)\n"
        "for formula, e in e_above_hull.items():\n"
        '    print(f"{formula:>8}: {e:.4f} eV/atom above hull")\n'
        'print("stable:", stable)\n',
        slots=(ENERGIES, BASIS),
        outputs=("e_above_hull", "stable"),
        prepare=_entries,
        explain="builds a phase diagram from the given energies ({energies}) and reports the "
        "energy above hull (eV/atom) of each phase",
        keywords="ehull hull energy above stability stable phasediagram convex e_above_hull",
        example={"energies": EXAMPLE_ENERGIES},
        expect=({"value": "stable", "equals": ["Li", "Li2O", "Li2O2", "O2"]},),
    ),
    Recipe(
        id="formation_energy",
        topic="thermo",
        title="Formation energies from given energies",
        description="Formation energy per atom (eV/atom) of each compound relative to the "
        "elemental references you give.",
        examples=(
            "formation energy of Li2O from these energies",
            "compute formation enthalpy per atom",
            "how negative is the formation energy of each compound",
        ),
        imports=(PD, "from pymatgen.core import Composition"),
        body="energies = $energies\n"
        "entries = $entries_expr\n"
        "diagram = PhaseDiagram(entries)\n"
        "formation_energy = {e.composition.reduced_formula: round(diagram.get_form_energy_per_atom(e), 5)\n"
        "                    for e in entries}  # eV/atom\n"
        "for formula, e in formation_energy.items():\n"
        '    print(f"{formula:>8}: {e:.4f} eV/atom")\n',
        slots=(ENERGIES, BASIS),
        outputs=("formation_energy",),
        prepare=_entries,
        explain="computes formation energies per atom (eV/atom) from the given energies "
        "({energies})",
        keywords="formationenergy formation energy enthalpy per atom references elemental",
        example={"energies": EXAMPLE_ENERGIES},
        expect=(
            {
                "value": "formation_energy",
                "equals": {"Li2O": -1.8517, "Li2O2": -1.4525},
                "tol": 0.001,
                "subset": True,
            },
        ),
    ),
    Recipe(
        id="decomposition",
        topic="thermo",
        title="Decomposition products of a composition",
        description="Which stable phases a composition decomposes into on the convex hull built "
        "from given energies, and its decomposition energy.",
        examples=(
            "what does LiO2 decompose into",
            "decomposition products on the hull",
            "is LiO2 stable or what are its decomposition phases",
        ),
        imports=(PD, "from pymatgen.core import Composition"),
        body="energies = $energies\n"
        "entries = $entries_expr\n"
        "diagram = PhaseDiagram(entries)\n"
        "target = Composition($target)\n"
        "decomposition = {e.composition.reduced_formula: round(frac, 4)\n"
        "                 for e, frac in diagram.get_decomposition(target).items()}\n"
        'print(f"{target.reduced_formula} -> {decomposition} (fractions of atoms)")\n',
        slots=(ENERGIES, BASIS, Slot("target", "target_formula", "composition to decompose")),
        outputs=("decomposition",),
        prepare=_entries,
        explain="finds the decomposition of {target} on the hull of the given energies",
        keywords="decompose decomposition products phases hull breakdown",
        example={"energies": EXAMPLE_ENERGIES, "target": "LiO2"},
        expect=({"value": "decomposition", "keys": ["Li2O2", "O2"]},),
    ),
    Recipe(
        id="phase_diagram_plot",
        topic="thermo",
        title="Plot a phase diagram",
        description="Plot the compositional phase diagram (convex hull) of given energies with "
        "plotly (PDPlotter).",
        examples=(
            "plot the phase diagram",
            "draw the convex hull of the Li-O system",
            "show me a hull plot for these energies",
        ),
        imports=(
            PD,
            "from pymatgen.analysis.phase_diagram import PDPlotter",
            "from pymatgen.core import Composition",
        ),
        body="energies = $energies\n"
        "entries = $entries_expr\n"
        "diagram = PhaseDiagram(entries)\n"
        'fig = PDPlotter(diagram, backend="plotly").get_plot()\n'
        "n_stable = len(diagram.stable_entries)\n"
        'print(f"{n_stable} stable phases in the {diagram.dim}-component diagram")\n'
        "fig\n",
        slots=(ENERGIES, BASIS),
        outputs=("n_stable",),
        prepare=_entries,
        explain="plots the phase diagram of the given energies ({energies}) with plotly",
        keywords="plot draw phasediagram hull figure diagram",
        example={"energies": EXAMPLE_ENERGIES},
        expect=({"value": "n_stable", "equals": 4},),
    ),
]
