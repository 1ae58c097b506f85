"""Activation energy from the logarithms of an Arrhenius quantity measured at two temperatures.

Tables and plots often give log₁₀ D (D in m²/s) or ln k instead of D or k itself. With
D = D₀ exp(−Q/RT) the two-point form is Q = R ln(D₂/D₁)/(1/T₁ − 1/T₂) (Callister & Rethwisch,
10th ed., eq. 6.9b; Porter & Easterling, 3rd ed., §2.2), and ln(D₂/D₁) is the difference of the
natural logarithms, or ln 10 times the difference of the common ones. Units: Q in kJ/mol, T in K (a
Celsius value is converted first); the logarithms are plain numbers, and the unit of D or k inside
them cancels in the difference as long as both are taken in the same unit.

The base must be written: 'log10', 'log₁₀' or 'common logarithm' for base ten and 'ln' for base e.
A bare 'log' is not read here, since the two bases give Q differing by a factor of 2.303.

The same two-point form answers 'D is 25 times larger at 900 °C than at 700 °C' (the factor is the
ratio itself), for D, a rate or an equilibrium vacancy fraction (Callister eq. 4.1).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import ACTIVATION_MOLAR, TEMP_1, TEMP_2

GROUP = "diffusion"

COMMON_LOG_WORDS = ("log10", "log 10", "common logarithm", "common log")

LOG10_1 = Symbol(
    "lg_1",
    "dimensionless",
    "log₁₀ of the quantity at temperature 1",
    keywords=("log10 d", "log 10 d", "log 10(d)", "log10(d)", "log10 k", "log 10 k", "log 10(k)"),
    aliases=("log10 D", "log10 k"),
    kind="number",
    signed=True,
    plausible=(-60, 60),
)
LOG10_2 = LOG10_1.with_(name="lg_2", label="log₁₀ of the quantity at temperature 2")

LN_1 = Symbol(
    "ln_1",
    "dimensionless",
    "natural logarithm of the quantity at temperature 1",
    keywords=("ln d", "ln(d)", "ln k", "ln(k)", "ln r", "ln(r)"),
    aliases=("ln D", "ln k"),
    kind="number",
    signed=True,
    plausible=(-140, 140),
)
LN_2 = LN_1.with_(name="ln_2", label="natural logarithm of the quantity at temperature 2")

ARRHENIUS_WORDS = (
    "activation energy",
    "activation enthalpy",
    "arrhenius",
    "diffusion",
    "diffusivity",
    "diffusion coefficient",
    "rate constant",
)

activation_from_log10 = Relation(
    "activation_energy_from_log10_two_points",
    GROUP,
    "Activation energy from log₁₀ of an Arrhenius quantity at two temperatures",
    "Q = R*log(10)*(lg_2 - lg_1)/(1/Ts_1 - 1/Ts_2)",
    (ACTIVATION_MOLAR, LOG10_1, LOG10_2, TEMP_1, TEMP_2),
    description="Q = R ln 10 (log₁₀D₂ − log₁₀D₁)/(1/T₁ − 1/T₂) (Callister eq. 6.9b).",
    keywords=("activation energy", "arrhenius", "log10"),
    requires=(COMMON_LOG_WORDS, ("activation energy", "activation enthalpy")),
    pairs=(("lg_1", "Ts_1"), ("lg_2", "Ts_2")),
    unknowns=("Q",),
)

activation_from_ln = Relation(
    "activation_energy_from_ln_two_points",
    GROUP,
    "Activation energy from ln of an Arrhenius quantity at two temperatures",
    "Q = R*(ln_2 - ln_1)/(1/Ts_1 - 1/Ts_2)",
    (ACTIVATION_MOLAR, LN_1, LN_2, TEMP_1, TEMP_2),
    description="Q = R (ln D₂ − ln D₁)/(1/T₁ − 1/T₂) (Callister eq. 6.9b).",
    keywords=("activation energy", "arrhenius", "ln"),
    requires=(("ln",), ("activation energy", "activation enthalpy")),
    excludes=COMMON_LOG_WORDS,
    pairs=(("ln_1", "Ts_1"), ("ln_2", "Ts_2")),
    unknowns=("Q",),
)

RELATIONS: tuple[Relation, ...] = (activation_from_log10, activation_from_ln)

# ------------------------------------------------------------------ from a ratio at two temperatures
# 'D is 25 times larger at 900 °C than at 700 °C', 'the vacancy concentration is ten times higher at
# 1000 K than at 800 K': Q = R ln f/(1/T_lo − 1/T_hi). The factor is paired with the hotter
# temperature (the one it is written at) and must be a rise with temperature: a quantity said to be
# larger at the colder temperature would need a negative Q, and no binding passes ``ordered``.
RISE_FACTOR = Symbol(
    "f_rise",
    "dimensionless",
    "factor by which the quantity is larger at the higher temperature",
    keywords=("times higher", "times greater", "times larger", "times faster"),
    kind="number",
    plausible=(1.0 + 1e-9, 1e60),
)
T_HOT = TEMP_2.with_(name="T_hot", label="the higher temperature")
T_COLD = TEMP_1.with_(name="T_cold", label="the lower temperature")
ENERGY_FROM_RATIO = ACTIVATION_MOLAR.with_(
    keywords=(
        *ACTIVATION_MOLAR.keywords,
        "vacancy formation energy",
        "formation energy",
        "energy for vacancy formation",
        "energy to form a vacancy",
    ),
)
RISE_WORDS = ("times higher", "times greater", "times larger", "times faster")

activation_from_ratio = Relation(
    "activation_energy_from_rise_factor",
    GROUP,
    "Activation energy from how many times an Arrhenius quantity rises between two temperatures",
    "Q = R*log(f_rise)/(1/T_cold - 1/T_hot)",
    (ENERGY_FROM_RATIO, RISE_FACTOR, T_HOT, T_COLD),
    description="Q = R ln f/(1/T_cold − 1/T_hot) for D, k or a vacancy fraction ∝ exp(−Q/RT) "
    "(Callister eqs. 4.1, 5.8).",
    keywords=("activation energy", "formation energy", "arrhenius", "times"),
    requires=(
        RISE_WORDS,
        ("activation energy", "activation enthalpy", "formation energy", "energy for vacancy"),
        ("than at",),
    ),
    excludes=("times lower", "times smaller", "times slower", "times less", "pre exponential"),
    pairs=(("f_rise", "T_hot"),),
    ordered=(("T_hot", "T_cold"),),
    unknowns=("Q",),
)

RELATIONS = (*RELATIONS, activation_from_ratio)
