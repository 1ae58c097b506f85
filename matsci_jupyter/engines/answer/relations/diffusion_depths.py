"""Diffusion depths at one temperature: the same concentration at two depths (x²/Dt fixed) and the
characteristic diffusion distance √(Dt).

Source: Callister & Rethwisch (10th ed.), ch. 5 (§5.4, problem 5.D).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import LENGTH0
from .diffusion import D as DIFFUSIVITY

GROUP = "course"  # the introductory-course batch these relations came in

X_1 = LENGTH0.with_(
    name="xd_1",
    label="depth 1",
    keywords=("from the surface", "depth", "position", "point", "beneath the surface", "below"),
    aliases=(),
)
X_2 = X_1.with_(name="xd_2", label="depth")
TD_1 = Symbol(
    "td_1",
    "h",
    "diffusion time 1",
    keywords=("time", "heat treatment", "duration", "hour", "h"),
    plausible=(1e-9, 1e9),
)
TD_2 = TD_1.with_(name="td_2", label="diffusion time")
same_concentration_depths = Relation(
    "diffusion_same_concentration_depths",
    GROUP,
    "Same concentration at two depths (one temperature)",
    "xd_1**2/td_1 = xd_2**2/td_2",
    (TD_2, X_2, X_1, TD_1),
    description="At one temperature (one D), Fick's second law gives a fixed concentration where "
    "x/√(Dt) is fixed: x₁²/t₁ = x₂²/t₂ (Callister problem 5.D).",
    keywords=(
        "diffusion",
        "carburizing",
        "carburized",
        "carburising",
        "carburised",
        "concentration",
        "same",
        "depth",
    ),
    requires=(
        ("diffus", "carburiz", "carburis", "nitrid", "concentration"),
        ("same", "identical", "equal"),
    ),
    excludes=("°c and", "different temperature", "another temperature"),
    pairs=(("xd_1", "td_1"),),
    unknowns=("td_2", "xd_2"),
    conditions=("temperature", "composition"),
)
DIFF_LENGTH = LENGTH0.with_(
    name="x_dl",
    label="diffusion distance",
    keywords=(
        "diffusion distance",
        "diffusion length",
        "penetration depth",
        "distance",
        "depth",
        "how far",
    ),
    aliases=("x",),
)
TIME_DL = Symbol(
    "t_dl",
    "s",
    "time",
    keywords=("time", "for", "after", "hours", "h", "s"),
    aliases=("t",),
    plausible=(1e-9, 1e13),
)
diffusion_length = Relation(
    "diffusion_length",
    GROUP,
    "Characteristic diffusion distance",
    "x_dl = sqrt(D*t_dl)",
    (DIFF_LENGTH, DIFFUSIVITY, TIME_DL),
    description="x ≈ √(Dt), the characteristic diffusion distance (Callister §5.4).",
    keywords=("diffusion distance", "diffusion length", "√(dt)", "penetration"),
    requires=(
        (
            "diffusion distance",
            "diffusion length",
            "√(dt)",
            "sqrt(dt)",
            "√dt",
            "characteristic distance",
        ),
    ),
    excludes=("2√(dt)", "2 √(dt)", "2sqrt", "erf"),
)

RELATIONS = (
    diffusion_length,
    same_concentration_depths,
)
