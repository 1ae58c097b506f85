"""The mean spacing of dislocations from their density.

A dislocation density ρ (line length per volume, or lines threading a unit area) leaves each line
an area 1/ρ of a cross-section, so the mean distance between neighbouring lines is about ρ^(−1/2)
(Hull & Bacon, *Introduction to Dislocations*, 5th ed., §1.4; Callister & Rethwisch §7.2 for the
density). The estimate is the one textbooks state; it is answered only when a dislocation density is
given and a spacing or distance between dislocations is asked, and never when the text changes the
density in words ('raises it by two orders of magnitude', 'after rolling'): the stated value is then not
the one asked about.
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .exam import DISL_DENSITY

GROUP = "defects"

CHANGE_WORDS = (
    "raise",
    "raises",
    "raised",
    "increase",
    "increases",
    "increased",
    "decrease",
    "decreases",
    "decreased",
    "reduce",
    "reduces",
    "reduced",
    "rises",
    "falls",
    "drops",
    "doubled",
    "doubles",
    "tripled",
    "triples",
    "halved",
    "halves",
    "order of magnitude",
    "orders of magnitude",
    "factor",
    "times",
    "after",
    "before",
)

DISL_SPACING = Symbol(
    "d_disl",
    "m",
    "mean spacing between dislocations",
    keywords=(
        "spacing between dislocations",
        "distance between dislocations",
        "separation between dislocations",
        "dislocation spacing",
        "spacing of dislocations",
        "spacing",
    ),
    plausible=(1e-10, 1e-1),
)

dislocation_spacing = Relation(
    "dislocation_mean_spacing",
    GROUP,
    "Mean spacing between dislocations from their density",
    "d_disl = rho_d**(-1/2)",
    (DISL_SPACING, DISL_DENSITY),
    description="Mean distance between dislocation lines ≈ ρ^(−1/2) (Hull & Bacon §1.4).",
    keywords=(
        "dislocation density",
        "spacing between dislocations",
        "distance between dislocations",
    ),
    requires=(
        ("dislocation",),
        ("spacing", "distance between", "separation between", "apart"),
    ),
    # a density changed in words ('raises the density by two orders of magnitude', 'doubles it'):
    # the stated value is not the one asked about, so the plain estimate is not answered
    excludes=(
        "burgers",
        "stacking fault",
        "partial",
        "pile-up",
        "pileup",
        "tilt",
        "boundary",
        *CHANGE_WORDS,
    ),
    unknowns=("d_disl",),
)

RELATIONS: tuple[Relation, ...] = (dislocation_spacing,)
