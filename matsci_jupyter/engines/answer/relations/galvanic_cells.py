"""The standard potential of a galvanic cell from its two half-cell potentials.

Source: Callister & Rethwisch (10th ed.), ch. 17 (eq. 17.18).
"""

from __future__ import annotations

from ._base import Relation, Symbol

GROUP = "course"  # the introductory-course batch these relations came in

E_HALF_1 = Symbol(
    "E_h1",
    "V",
    "half-cell potential",
    keywords=("standard potential", "electrode potential", "reduction potential", "potential"),
    signed=True,
    plausible=(-6, 6),
)
E_HALF_2 = E_HALF_1.with_(name="E_h2", label="other half-cell potential")
CELL = Symbol(
    "V_cell",
    "V",
    "cell potential",
    keywords=("cell potential", "standard cell potential", "cell voltage", "emf", "voltage"),
    plausible=(0, 12),
)
standard_cell_potential = Relation(
    "standard_cell_potential",
    GROUP,
    "Standard potential of a galvanic cell",
    "V_cell = Abs(E_h1 - E_h2)",
    (CELL, E_HALF_1, E_HALF_2),
    description="ΔV° = V°₂ − V°₁, the more positive electrode the cathode (Callister eq. 17.18).",
    keywords=("cell", "galvanic", "electrochemical", "potential"),
    requires=(("cell", "galvanic", "couple"), ("standard",)),
    excludes=("concentration", " m ", "molar", "nernst"),
    unknowns=("V_cell",),
    conditions=("temperature",),
)

RELATIONS = (standard_cell_potential,)
