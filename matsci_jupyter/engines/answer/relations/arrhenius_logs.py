"""Activation energy from the logarithms of an Arrhenius quantity measured at two temperatures.

Tables and plots often give log₁₀ D (D in m²/s) or ln k instead of D or k itself. With
D = D₀ exp(−Q/RT) the two-point form is Q = R ln(D₂/D₁)/(1/T₁ − 1/T₂) (Callister & Rethwisch,
10th ed., eq. 6.9b; Porter & Easterling, 3rd ed., §2.2), and ln(D₂/D₁) is the difference of the
natural logarithms, or ln 10 times the difference of the common ones. Units: Q in kJ/mol, T in K (a
Celsius value is converted first); the logarithms are plain numbers, and the unit of D or k inside
them cancels in the difference as long as both are taken in the same unit.

The base must be written: 'log10', 'log₁₀' or 'common logarithm' for base ten and 'ln' for base e.
A bare 'log' is not read here, since the two bases give Q differing by a factor of 2.303.
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
