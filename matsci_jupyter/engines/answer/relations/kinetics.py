"""Transformation kinetics: the Avrami equation (fraction, time, from a half-time), times at two
temperatures, heterogeneous nucleation and parabolic grain growth.

Sources (each relation's description names its equation): Callister & Rethwisch, *Materials Science
and Engineering: An Introduction* (10th ed.) — eq. 10.17 (Avrami y = 1 − exp(−ktⁿ)), 10.18 (rate =
1/t₀.₅), 10.18a (rate ∝ exp(−Q/RT)), 10.13–10.16 (heterogeneous nucleation, S(θ)), 7.9 (grain growth
dⁿ − d₀ⁿ = Kt, n = 2); Porter & Easterling, *Phase Transformations in Metals and Alloys* (3rd ed.),
eq. 4.22 (ΔG*_het = S(θ)ΔG*_hom, S(θ) = (2 + cos θ)(1 − cos θ)²/4).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import ACTIVATION_MOLAR, TEMPERATURE

GROUP = "kinetics"


def _fraction(name: str, label: str, keywords: tuple[str, ...], aliases: tuple[str, ...] = ()):
    return Symbol(
        name,
        "dimensionless",
        label,
        keywords=keywords,
        aliases=aliases,
        kind="fraction",
        valid=(0, 1),
        plausible=(0, 1),
    )


# ------------------------------------------------------------------ Avrami
Y_FRACTION = _fraction(
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
K_AVRAMI = Symbol(
    "k_av",
    "dimensionless",
    "Avrami rate constant k (time in seconds)",
    keywords=("k", "rate constant", "constant k"),
    aliases=("k", "K"),
    kind="number",
    plausible=(1e-40, 1e10),
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
AVRAMI_FORM = ("avrami", "1 − exp", "1 - exp", "1 exp")
# k's unit depends on n; it is read in seconds only when the question says so
SECONDS = ("s⁻ⁿ", "s^ ⁿ", "s^ n", "s^-n", "s^(-n)", "time in seconds", "t in seconds", "t in s")
avrami = Relation(
    "avrami_seconds",
    GROUP,
    "Avrami equation (k for t in seconds)",
    "y_av = 1 - exp(-k_av*(t_av/t_u)**n_av)",
    (Y_FRACTION, K_AVRAMI, T_AVRAMI, N_AVRAMI),
    fixed=(("t_u", "1 s", "k is per sⁿ: t in seconds"),),
    description="y = 1 − exp(−ktⁿ) (Callister eq. 10.17), k in s⁻ⁿ.",
    keywords=("avrami", "fraction transformed", "transformation"),
    requires=(AVRAMI_FORM, SECONDS),
    unknowns=("y_av", "t_av"),
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
    "avrami_from_half_time",
    GROUP,
    "Avrami equation from the half-transformation time",
    "t_y = t_half*(log(1/(1 - y_av))/log(2))**(1/n_av)",
    (T_Y, T_HALF, Y_TARGET, N_AVRAMI),
    description="k = ln 2/t₀.₅ⁿ in y = 1 − exp(−ktⁿ), so t_y = t₀.₅[ln(1/(1 − y))/ln 2]^(1/n) (Callister eq. 10.17).",
    keywords=("avrami", "half", "recrystallization", "transformation"),
    requires=(("avrami",), ("half", "50%", "50 %")),
    unknowns=("t_y",),
)

# ------------------------------------------------------------------ time at two temperatures
TIME_1 = Symbol(
    "t_1",
    "min",
    "time at T₁",
    keywords=("in", "after", "time"),
    aliases=("t_1", "t1"),
    plausible=(1e-9, 1e12),
)
TIME_2 = TIME_1.with_(name="t_2", label="time at T₂", aliases=("t_2", "t2"))
T1 = TEMPERATURE.with_(name="T_1", label="temperature T₁", aliases=("T_1", "T1"))
T2 = TEMPERATURE.with_(name="T_2", label="temperature T₂", aliases=("T_2", "T2"))
PROCESS = (
    "recrystalliz",
    "recrystallis",
    "transformation",
    "transform",
    "precipitat",
    "aging",
    "ageing",
    "age hardening",
    "completion",
)
times_two_temperatures = Relation(
    "arrhenius_times_two_temperatures",
    GROUP,
    "Arrhenius times at two temperatures (rate = 1/t)",
    "log(t_1/t_2) = Q/R*(1/T_1 - 1/T_2)",
    (ACTIVATION_MOLAR, TIME_1, TIME_2, T1, T2),
    description="rate = 1/t ∝ exp(−Q/RT), so ln(t₁/t₂) = (Q/R)(1/T₁ − 1/T₂) (Callister eqs. 10.18, 10.18a).",
    keywords=("activation energy", "arrhenius", "recrystallization", "rate"),
    requires=(PROCESS, ("arrhenius", "activation energy", "thermally activated")),
    excludes=("diffus",),
    pairs=(("t_1", "T_1"), ("t_2", "T_2")),
    unknowns=("Q", "t_2"),
)

# ------------------------------------------------------------------ heterogeneous nucleation
CONTACT_ANGLE = Symbol(
    "theta_w",
    "degree",
    "wetting (contact) angle θ",
    keywords=("contact angle", "wetting angle", "wetting", "angle", "θ"),
    aliases=("θ",),
    kind="angle",
    plausible=(0, 180),
)
SHAPE_FACTOR = Symbol(
    "S_het",
    "dimensionless",
    "ratio of heterogeneous to homogeneous nucleation barrier S(θ)",
    keywords=(
        "ratio of the heterogeneous to the homogeneous",
        "ratio",
        "s(θ)",
        "barrier",
        "nucleation barrier",
        "heterogeneous",
    ),
    aliases=("S", "S(θ)"),
    kind="number",
    plausible=(0, 1),
)
heterogeneous_factor = Relation(
    "heterogeneous_nucleation_factor",
    GROUP,
    "Heterogeneous-to-homogeneous nucleation barrier ratio",
    "S_het = (2 + cos(theta_w))*(1 - cos(theta_w))**2/4",
    (SHAPE_FACTOR, CONTACT_ANGLE),
    description=(
        "ΔG*_het/ΔG*_hom = S(θ) = (2 + cos θ)(1 − cos θ)²/4, spherical cap on a flat wall "
        "(Porter & Easterling eq. 4.22)."
    ),
    keywords=("heterogeneous nucleation", "ratio", "barrier", "spherical cap"),
    requires=(("heterogeneous",), ("contact angle", "wetting angle", "wetting")),
    unknowns=("S_het",),
)

# ------------------------------------------------------------------ grain growth (n = 2)
D_0 = Symbol(
    "d_g0",
    "um",
    "initial grain diameter",
    keywords=("initial grain diameter", "initial grain size", "initial", "original grain", "d0"),
    aliases=("d_0", "d0"),
    plausible=(1e-4, 1e5),
)
D_1 = D_0.with_(
    name="d_g1",
    label="grain diameter after t₁",
    keywords=("grain diameter", "grain size", "after"),
    aliases=("d_1", "d1"),
)
D_2 = D_1.with_(name="d_g2", label="grain diameter after t₂", aliases=("d_2", "d2"))
TG_1 = TIME_1.with_(name="t_g1", keywords=("after", "time", "for", "in"))
TG_2 = TG_1.with_(name="t_g2", label="time t₂", aliases=("t_2", "t2"))
grain_growth = Relation(
    "grain_growth_parabolic",
    GROUP,
    "Parabolic grain growth at one temperature",
    "(d_g2**2 - d_g0**2)*t_g1 = (d_g1**2 - d_g0**2)*t_g2",
    (D_2, D_0, D_1, TG_1, TG_2),
    description="d² − d₀² = Kt at fixed temperature, K from a first anneal (Callister eq. 7.9, n = 2).",
    keywords=("grain growth", "grain diameter", "grain size"),
    requires=(("grain",), ("d² − d0²", "d² d0²", "d^2 − d0^2", "d^2 d0^2", "d^2 - d_0^2", "n = 2")),
    pairs=(("d_g1", "t_g1"), ("d_g2", "t_g2")),
    conditions=("temperature",),
    unknowns=("d_g2",),
)

RELATIONS = (
    avrami,
    avrami_half,
    times_two_temperatures,
    heterogeneous_factor,
    grain_growth,
)
