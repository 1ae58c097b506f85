"""Plastic flow: the Hollomon flow curve and its link to engineering stress and strain, creep life.

Sources: Callister & Rethwisch (10th ed.) ch. 6 (σ_T = σ(1 + ε), ε_T = ln(1 + ε), σ_T = K ε_T^n) and
ch. 8 (Larson–Miller parameter P = T(C + log t_r), C ≈ 20 with t_r in hours). Every relation that goes
from the flow curve to engineering values is a chain of these declared relations, never retyped.
"""

from __future__ import annotations

from ._base import Relation, Symbol, chain
from .common import STRESS, TEMPERATURE
from .mechanics import TRUE_STRAIN, TRUE_STRESS, true_strain, true_stress

GROUP = "mechanics"

STRENGTH_COEFF = Symbol(
    "K_h",
    "MPa",
    "strength coefficient K",
    keywords=("strength coefficient", "k value", "constant k", "coefficient k"),
    aliases=("K",),
    plausible=(1e-3, 1e5),
)
HARDENING_EXP = Symbol(
    "n_h",
    "dimensionless",
    "strain-hardening exponent n",
    keywords=(
        "strain hardening exponent",
        "strain hardening coefficient",
        "work hardening exponent",
        "hardening exponent",
        "exponent n",
        "exponent",
    ),
    aliases=("n",),
    kind="fraction",
    plausible=(0.0, 1.0),
)
FLOW_WORDS = (
    "strain hardening",
    "work hardening",
    "hollomon",
    "strength coefficient",
    "σ_t = k",
    "= kε",
    "= k ε",
    "flow curve",
)

hollomon = Relation(
    "hollomon",
    GROUP,
    "Flow curve (Hollomon)",
    "sigma_T = K_h*eps_T**n_h",
    (TRUE_STRESS, STRENGTH_COEFF, TRUE_STRAIN, HARDENING_EXP),
    description="σ_T = K ε_T^n in the plastic region up to necking (Callister eq. 6.19).",
    keywords=("true stress", "true strain", "strain hardening"),
    requires=(FLOW_WORDS,),
    unknowns=("sigma_T", "eps_T", "K_h"),
)
# two measured (σ_T, ε_T) points of one flow curve: K eliminated, n = ln(σ₂/σ₁)/ln(ε₂/ε₁)
SIGMA_T1 = TRUE_STRESS.with_(name="sigma_T1", label="true stress 1", aliases=())
SIGMA_T2 = TRUE_STRESS.with_(name="sigma_T2", label="true stress 2", aliases=())
EPS_T1 = TRUE_STRAIN.with_(
    name="eps_T1", label="true strain 1", aliases=(), signed=False, plausible=(1e-6, 10)
)
EPS_T2 = TRUE_STRAIN.with_(
    name="eps_T2", label="true strain 2", aliases=(), signed=False, plausible=(1e-6, 10)
)
hollomon_two_points = Relation(
    "hollomon_two_points",
    GROUP,
    "Strain-hardening exponent from two points of the flow curve",
    "sigma_T2/sigma_T1 = (eps_T2/eps_T1)**n_h",
    (HARDENING_EXP, SIGMA_T1, EPS_T1, SIGMA_T2, EPS_T2),
    description="σ_T = Kε_Tⁿ at two points: n = ln(σ₂/σ₁)/ln(ε₂/ε₁) (Callister eq. 6.19).",
    keywords=("true stress", "true strain", "strain hardening", "exponent"),
    requires=(FLOW_WORDS, ("true stress",), ("true strain",)),
    pairs=(("sigma_T1", "eps_T1"), ("sigma_T2", "eps_T2")),
    unknowns=("n_h",),
)
engineering_from_true = chain(
    "engineering_from_true",
    true_stress,
    true_strain,
    "eps",
    title="Engineering stress from true stress and true strain",
    description="σ = σ_T/exp(ε_T): σ_T = σ(1 + ε) with 1 + ε = exp(ε_T).",
    requires=(("true stress",), ("true strain",), ("engineering stress", "engineering")),
    unknowns=("sigma",),
)
ENG_STRESS = STRESS.with_(
    keywords=("engineering stress", "nominal stress", "engineering"),
    label="engineering stress",
)
flow_engineering_stress = chain(
    "flow_curve_engineering_stress",
    engineering_from_true,
    hollomon,
    "sigma_T",
    title="Engineering stress on a Hollomon flow curve",
    description="Two relations chained: σ_T = K ε_T^n (flow curve), then σ = σ_T/exp(ε_T) "
    "(true to engineering).",
    requires=(FLOW_WORDS, ("engineering stress", "nominal stress")),
    unknowns=("sigma",),
)
flow_engineering_stress = Relation(
    **{
        **flow_engineering_stress.__dict__,
        "symbols": tuple(
            ENG_STRESS if s.name == "sigma" else s for s in flow_engineering_stress.symbols
        ),
    }
)
flow_from_engineering_strain = chain(
    "flow_curve_from_engineering_strain",
    hollomon,
    true_strain,
    "eps_T",
    title="True stress on a Hollomon flow curve at an engineering strain",
    description="σ_T = K [ln(1 + ε)]^n: the engineering strain converted to true strain first.",
    requires=(FLOW_WORDS, ("engineering strain",)),
    unknowns=("sigma_T",),
)

LMP = Symbol(
    "P_lm",
    "K",
    "Larson–Miller parameter",
    keywords=("larson miller parameter", "larson miller", "lmp"),
    aliases=("P", "LMP"),
    plausible=(1e3, 1e5),
)
RUPTURE_TIME = Symbol(
    "t_r",
    "hour",
    "rupture lifetime",
    keywords=(
        "rupture lifetime",
        "rupture time",
        "time to rupture",
        "lifetime",
        "life",
        "rupture",
        # 'a creep-rupture test ... fails after 5000 h': the time the specimen lasted
        "fails after",
        "failed after",
        "ruptures after",
        "ruptured after",
    ),
    aliases=("t_r", "tr"),
    plausible=(1e-3, 1e8),
)
LM_CONSTANT = Symbol(
    "C_lm",
    "dimensionless",
    "Larson–Miller constant",
    keywords=("constant c", "c"),
    aliases=("C",),
    kind="number",
    default=20.0,
    default_note="C = 20 (the usual Larson–Miller constant, t_r in hours)",
)
larson_miller = Relation(
    "larson_miller",
    GROUP,
    "Larson–Miller parameter",
    "P_lm = T*(C_lm + log(t_r/t_h)/log(10))",
    (LMP, TEMPERATURE, LM_CONSTANT, RUPTURE_TIME),
    fixed=(("t_h", "1 hour", "t_r is counted in hours"),),
    description="P = T(C + log₁₀ t_r), t_r in hours (Callister eq. 8.24).",
    keywords=("larson miller", "creep", "rupture"),
    requires=(("larson miller",),),
    unknowns=("P_lm", "T", "t_r"),
    conditions=("one_stress",),  # the stress that picks the master-curve point, if only one
)

RELATIONS = (
    hollomon,
    hollomon_two_points,
    engineering_from_true,
    flow_engineering_stress,
    flow_from_engineering_strain,
    larson_miller,
)
