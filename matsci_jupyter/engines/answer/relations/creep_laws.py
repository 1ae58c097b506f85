"""Creep: the power law at two stresses, the steady-state rate at another temperature (same stress), and
the Larson–Miller parameter as a number.

Source: Callister & Rethwisch (10th ed.), ch. 8 (eqs. 8.24, 8.25 ε̇ = K₂σⁿ exp(−Q_c/RT), 8.26).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import ACTIVATION_MOLAR, STRESS, TEMP_1, TEMP_2, TEMPERATURE
from .plasticity import LM_CONSTANT, RUPTURE_TIME

GROUP = "course"  # the introductory-course batch these relations came in

RATE_1 = Symbol(
    "ec_1",
    "1/s",
    "creep rate 1",
    keywords=("creep rate", "strain rate", "steady state creep rate", "rate"),
    plausible=(1e-30, 1e6),
)
RATE_2 = RATE_1.with_(name="ec_2", label="creep rate")
STRESS_1 = STRESS.with_(
    name="sc_1", label="stress 1", keywords=("stress", "stressed", "load", "at")
)
STRESS_2 = STRESS_1.with_(name="sc_2", label="stress")
N_CREEP = Symbol(
    "n_cr",
    "dimensionless",
    "stress exponent n",
    keywords=("stress exponent", "exponent", "n"),
    aliases=("n",),
    kind="number",
    plausible=(0.5, 20),
)
creep_two_stresses = Relation(
    "creep_power_law_two_stresses",
    GROUP,
    "Steady-state creep at two stresses (power law)",
    "ec_2/ec_1 = (sc_2/sc_1)**n_cr",
    (RATE_2, STRESS_2, RATE_1, STRESS_1, N_CREEP),
    description="ε̇_s = K₁σⁿ at one temperature (Callister eq. 8.24): the stress exponent from two "
    "tests, or the rate at another stress.",
    keywords=("creep", "steady state", "stress exponent"),
    requires=(("creep",),),
    # a temperature that changes between the tests or before the asked rate: exp(−Q/RT) then differs
    excludes=(
        "°c and",
        "different temperature",
        "activation",
        "another temperature",
        "other temperature",
        "higher temperature",
        "lower temperature",
        "temperature is raised",
        "temperature is increased",
        "temperature is lowered",
        "temperature is reduced",
        "temperature rises",
        "temperature falls",
        "temperature raised",
        "temperature increased",
        "temperature lowered",
        "hotter",
        "colder",
    ),
    pairs=(("ec_1", "sc_1"), ("ec_2", "sc_2")),
    conditions=("temperature",),
)
# the same law stated with its activation energy, both tests at one temperature: exp(−Q/RT) cancels
creep_two_stresses_same_t = Relation(
    "creep_power_law_two_stresses_same_temperature",
    GROUP,
    "Steady-state creep at two stresses, one temperature (power law, Q cancels)",
    "ec_2/ec_1 = (sc_2/sc_1)**n_cr",
    (RATE_2, STRESS_2, RATE_1, STRESS_1, N_CREEP),
    description="ε̇_s = K₂σⁿ exp(−Q_c/RT) (Callister eq. 8.25) at one temperature: the exponential "
    "cancels between the two stresses, so Q_c is not needed.",
    keywords=("creep", "steady state", "stress exponent", "activation"),
    requires=(("creep",), ("activation",), ("same temperature",)),
    pairs=(("ec_1", "sc_1"), ("ec_2", "sc_2")),
    conditions=("temperature", "activation_energy"),
)

LMP_NUMBER = Symbol(
    "P_lmn",
    "dimensionless",
    "Larson–Miller parameter (T in K, t in h)",
    keywords=("larson miller parameter", "larson miller", "lmp"),
    aliases=("P", "LMP"),
    kind="number",
    plausible=(1e3, 1e5),
)
larson_miller_number = Relation(
    "larson_miller_number",
    GROUP,
    "Larson–Miller parameter written as a number (T in K, t in hours)",
    "P_lmn = T/T_u*(C_lm + log(t_r/t_h)/log(10))",
    (LMP_NUMBER, TEMPERATURE, LM_CONSTANT, RUPTURE_TIME),
    description="P = T(C + log t_r) with T in K and t_r in hours (Callister eq. 8.26).",
    keywords=("larson miller", "rupture", "creep"),
    requires=(("larson miller",),),
    fixed=(("T_u", "1 K", "T in kelvin"), ("t_h", "1 hour", "t_r in hours")),
    conditions=("one_stress",),  # the stress that picks the master-curve point, if only one
)

# ε̇ = K₂σⁿ exp(−Q_c/RT) at one stress: the rate known at one temperature gives it at another,
# ε̇₂ = ε̇₁ exp(−Q_c/R (1/T₂ − 1/T₁)). The known rate and its temperature are each other's nearest givens.
Q_CREEP = ACTIVATION_MOLAR.with_(
    name="Q_cr",
    label="activation energy for creep",
    keywords=("activation energy for creep", "activation energy", "q_c"),
    aliases=("Q_c", "Qc", "Q"),
)
creep_two_temperatures = Relation(
    "creep_rate_two_temperatures",
    GROUP,
    "Steady-state creep rate at another temperature, same stress (Arrhenius)",
    "log(ec_2/ec_1) = -Q_cr/R*(1/Ts_2 - 1/Ts_1)",
    (RATE_2, RATE_1, TEMP_2, TEMP_1, Q_CREEP),
    description="ε̇ = K₂σⁿ exp(−Q_c/RT) at a fixed stress (Callister eq. 8.25): "
    "ε̇₂ = ε̇₁ exp[−(Q_c/R)(1/T₂ − 1/T₁)].",
    keywords=("creep", "creep rate", "activation energy"),
    requires=(
        ("creep rate", "creep strain rate"),
        ("same stress", "constant stress", "same applied stress", "same load"),
        ("activation energy",),
    ),
    excludes=("stress exponent", "larson", "rupture", "another stress", "different stress"),
    pairs=(("ec_1", "Ts_1"),),
    unknowns=("ec_2",),
)

RELATIONS = (
    creep_two_temperatures,
    larson_miller_number,
    creep_two_stresses,
    creep_two_stresses_same_t,
)
