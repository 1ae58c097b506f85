"""Transformation kinetics: the time to a fraction transformed from the half-transformation time.

(The Avrami equation with its rate constant, times at two temperatures, S(θ) and grain growth are
declared in exam.py.)

Source: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.),
ch. 10 (Avrami y = 1 − exp(−ktⁿ)), with k = ln 2/t₀.₅ⁿ.
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import fraction_symbol

GROUP = "kinetics"


# ------------------------------------------------------------------ Avrami
Y_FRACTION = fraction_symbol(
    "y_av",
    "fraction transformed y",
    (
        "fraction transformed",
        "fraction recrystallized",
        "fraction recrystallised",
        "fraction of transformation",
        "fraction",
        "transformed",
        "recrystallization",
        "recrystallisation",
        "transformation",
        "y",
    ),
    ("y",),
)
N_AVRAMI = Symbol(
    "n_av",
    "dimensionless",
    "Avrami exponent n",
    keywords=("avrami exponent", "exponent", "n"),
    aliases=("n",),
    kind="number",
    plausible=(0.3, 6),
)
T_AVRAMI = Symbol(
    "t_av",
    "s",
    "time",
    keywords=("after", "time", "in", "for", "how long", "t"),
    aliases=("t",),
    plausible=(1e-9, 1e12),
)
T_HALF = Symbol(
    "t_half",
    "s",
    "half-transformation time",
    keywords=("half", "half time", "after", "in"),
    aliases=("t_½",),
    plausible=(1e-9, 1e12),
)
Y_TARGET = Y_FRACTION.with_(keywords=(*Y_FRACTION.keywords, "for"))
T_Y = T_AVRAMI.with_(
    name="t_y",
    label="time to reach fraction y",
    keywords=("how long", "time", "t"),
)
avrami_half = Relation(
    "avrami_time_from_half_time",
    GROUP,
    "Avrami equation from the half-transformation time",
    "t_y = t_half*(log(1/(1 - y_av))/log(2))**(1/n_av)",
    (T_Y, T_HALF, Y_TARGET, N_AVRAMI),
    description="k = ln 2/t₀.₅ⁿ in y = 1 − exp(−ktⁿ), so t_y = t₀.₅[ln(1/(1 − y))/ln 2]^(1/n) (Callister ch. 10).",
    keywords=("avrami", "half", "recrystallization", "transformation"),
    requires=(("avrami",), ("half", "50%", "50 %")),
    unknowns=("t_y",),
)

# ------------------------------------------------------------------ time at two temperatures

RELATIONS = (avrami_half,)
