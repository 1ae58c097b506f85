"""Avrami kinetics fixed by one measured point or by the time to half transformation.

Source: Callister & Rethwisch (10th ed.), ch. 10 (eq. 10.17).
"""

from __future__ import annotations

from . import kinetics
from ._base import Relation, Symbol
from .common import fraction_symbol

GROUP = "course"  # the introductory-course batch these relations came in


def _fraction_transformed(name: str, label: str) -> Symbol:
    return fraction_symbol(
        name,
        label,
        (
            "fraction transformed",
            "fraction",
            "transformed",
            "complete",
            "completion",
            "recrystallization",
            "recrystallized",
            "transformation",
        ),
    )


def _avrami_time(name: str, label: str) -> Symbol:
    return Symbol(
        name,
        "s",
        label,
        keywords=("time", "takes", "take", "how long", "required", "after", "min", "s"),
        plausible=(1e-9, 1e12),
    )


Y_1 = _fraction_transformed("y_1", "fraction transformed 1")
Y_2 = _fraction_transformed("y_2", "fraction transformed")
TA_1 = _avrami_time("ta_1", "time 1")
TA_2 = _avrami_time("ta_2", "time")
N_AVRAMI = kinetics.N_AVRAMI.with_(keywords=("n", "exponent", "avrami exponent", "time exponent"))
avrami_two_points = Relation(
    "avrami_two_points",
    GROUP,
    "Avrami kinetics through one measured point",
    "log(1 - y_2)/log(1 - y_1) = (ta_2/ta_1)**n_av",
    (Y_2, TA_2, Y_1, TA_1, N_AVRAMI),
    description="y = 1 − exp(−k tⁿ) (Callister eq. 10.17); k eliminated with one measured (t, y): "
    "ln(1 − y₂)/ln(1 − y₁) = (t₂/t₁)ⁿ.",
    keywords=("avrami", "transformation", "recrystallization", "fraction transformed"),
    requires=(("avrami",),),
    pairs=(("y_1", "ta_1"),),
    # n from two measured points: n = ln[ln(1 − y₂)/ln(1 − y₁)]/ln(t₂/t₁)
    unknowns=("y_2", "ta_2", "n_av"),
)

T_HALF = _avrami_time("ta_h", "time to half transformation").with_(
    keywords=("half", "after", "50%", "t0.5", "t_0.5", "time")
)
avrami_half = Relation(
    "avrami_from_half_time",
    GROUP,
    "Avrami kinetics from the time to half transformation",
    "log(1 - y_2)/log(1/2) = (ta_2/ta_h)**n_av",
    (Y_2, TA_2, T_HALF, N_AVRAMI),
    description="y = 1 − exp(−ktⁿ) with k fixed by y = 0.5 at t₀.₅: ln(1 − y)/ln 0.5 = (t/t₀.₅)ⁿ.",
    keywords=("avrami", "half", "recrystallized", "transformed"),
    requires=(("avrami",), ("half",)),
    excludes=("half life",),
    unknowns=("y_2", "ta_2"),
)

RELATIONS = (
    avrami_half,
    avrami_two_points,
)
