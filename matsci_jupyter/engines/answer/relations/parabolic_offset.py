"""Parabolic oxidation with an offset, W² = K₁t + K₂, through two measured points.

Callister & Rethwisch (10th ed.), ch. 17, eq. 17.33: the mass gain per area W of a parabolically
growing scale obeys W² = K₁t + K₂. Two measured (t, W) points fix K₁ and K₂, and a third point on the
same curve satisfies (W₃² − W₁²)(t₂ − t₁) = (W₂² − W₁²)(t₃ − t₁). W in mass per area (mg/cm²), t in
hours (any one time unit: the relation is linear in t).

Taken only where the question writes the law with its constant K₂ (the two-point form); the
one-point form W² = K₁t (exam.py) needs no K₂ and leaves a second point unused.
"""

from __future__ import annotations

from ._base import Relation, Symbol

GROUP = "corrosion"


def _gain(name: str, label: str) -> Symbol:
    return Symbol(
        name,
        "mg/cm^2",
        label,
        keywords=("weight gain", "mass gain", "gain", "gains"),
        plausible=(0, 1e9),
    )


def _time(name: str, label: str) -> Symbol:
    return Symbol(name, "h", label, keywords=("after",), plausible=(1e-9, 1e12))


WG1, WG2 = _gain("wk_1", "weight gain 1"), _gain("wk_2", "weight gain 2")
WG3 = _gain("wk_3", "weight gain")
TK1, TK2 = _time("tox_1", "time 1"), _time("tox_2", "time 2")
TK3 = _time("tox_3", "time").with_(keywords=("after", "how long", "time", "take"))
K2_WORDS = ("k2", "k₂", "k_2", "k 2")
parabolic_offset = Relation(
    "parabolic_oxidation_offset_two_points",
    GROUP,
    "Parabolic oxidation W² = K₁t + K₂ through two measured points",
    "(wk_3**2 - wk_1**2)*(tox_2 - tox_1) = (wk_2**2 - wk_1**2)*(tox_3 - tox_1)",
    (WG3, TK3, WG1, TK1, WG2, TK2),
    description="W² = K₁t + K₂ (Callister eq. 17.33): K₁ and K₂ from two measured (t, W) points, "
    "read at a third time or mass gain.",
    keywords=("parabolic", "oxidation", "weight gain", "mass gain"),
    requires=(("parabolic", "parabolically"), K2_WORDS),
    pairs=(("wk_1", "tox_1"), ("wk_2", "tox_2")),
    unknowns=("wk_3", "tox_3"),
)

RELATIONS = [parabolic_offset]
