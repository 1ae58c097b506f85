"""Composite and ceramic relations not declared elsewhere: Weibull survival, failure and size
effect, the quench temperature drop (the TSR parameter itself is in heat_conduction.py), the porous modulus
(Callister's law, stated alone), the fraction of the load on the fibres and porosity and flexural
strength. (Critical fibre length, longitudinal strength and density are in fiber_composites.py; the
load ratio and the porous modulus are also in exam.py.)

Sources: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.) —
ch. 12 (E = E₀(1 − 1.9P + 0.9P²), σ_fs = σ₀ exp(−nP)), ch. 16 (F_f/F_m = E_f V_f/E_m V_m;
particle-composite modulus bounds, eqs. 16.1, 16.2),
ch. 19 (TSR ≈ σ_f k/(Eα_l)); Askeland & Wright, *The Science and Engineering of Materials* (7th ed.),
ch. 7 (Weibull P_s = exp[−(σ/σ₀)^m]); Kingery, Bowen & Uhlmann, *Introduction to Ceramics* (2nd
ed.), ch. 16 (ΔT_c = σ_f(1 − ν)/(Eα)); Callister ch. 19 (eq. 19.8, σ = Eα(T₀ − T_f) for a rod whose
ends are held: the temperature change it survives, and the temperature it may be heated to before a
stated stress is reached).
"""

from __future__ import annotations

from . import ceramics, common
from ._base import Relation, Symbol
from .common import ALPHA, STRESS, YOUNGS
from .design_stress import WORKING
from .syllabus import COMPOSITE_WORDS, E_FIBER, E_MATRIX, V_FIBER

GROUP = "composites"

ALONG = (
    "longitudinal",
    "along the fiber",
    "along the fibre",
    # the key spells 'fibres' as 'fibers' and matches whole words (a clipped 'parallel to the fib'
    # never matched)
    "parallel to the fiber",
    "in the fiber direction",
    "iso strain",
)
# 'what fraction of the load', 'what percentage of the applied load', 'the share of the total load':
# a part of the whole load, in any of the words a question uses for a part and for the load
SHARE_OF_LOAD = tuple(
    f"{part} of the {load}"
    for part in ("fraction", "proportion", "percentage", "percent", "share")
    for load in ("load", "applied load", "total load", "axial load", "tensile load")
)
# the part that carries the asked share: 'carried by the matrix', 'does the matrix bear'
_CARRY_VERBS = ("carried", "borne", "taken", "supported")
MATRIX_CARRIES = (
    *(f"{verb} by the matrix" for verb in _CARRY_VERBS),
    *(f"the matrix {verb}" for verb in ("carries", "carry", "bears", "bear")),
    "on the matrix",
)
FIBRES_CARRY = (
    *(
        f"{verb} by the {f}"
        for verb in _CARRY_VERBS
        for f in ("fibres", "fibers", "fibre", "fiber")
    ),
    *(f"the {f} {v}" for f in ("fibres", "fibers") for v in ("carry", "bear")),
)
LOAD_SHARE = Symbol(
    "F_share",
    "dimensionless",
    "fraction of the load on the fibres",
    keywords=(*SHARE_OF_LOAD, "fraction"),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
load_share = Relation(
    "fiber_load_fraction",
    GROUP,
    "Fraction of the load on the fibres (iso-strain)",
    "F_share = E_fib*V_fib/(E_fib*V_fib + E_m*(100 - V_fib))",
    (LOAD_SHARE, E_FIBER, E_MATRIX, V_FIBER),
    description="F_f/F_c = E_f V_f/(E_f V_f + E_m V_m) (Callister ch. 16).",
    keywords=("composite", "load", "fraction", "fiber"),
    requires=(
        (*COMPOSITE_WORDS, "fibres", "fibers"),
        SHARE_OF_LOAD,
        ALONG,
    ),
    excludes=("ratio", *MATRIX_CARRIES),
    unknowns=("F_share",),
)
# the matrix's part of the same load: F_m/F_c = E_m V_m/(E_f V_f + E_m V_m), the rest of the fibres'
MATRIX_SHARE = LOAD_SHARE.with_(
    name="F_mshare",
    label="fraction of the load on the matrix",
    keywords=(*SHARE_OF_LOAD, "fraction", "matrix"),
)
matrix_load_share = Relation(
    "matrix_load_fraction",
    GROUP,
    "Fraction of the load on the matrix (iso-strain)",
    "F_mshare = E_m*(100 - V_fib)/(E_fib*V_fib + E_m*(100 - V_fib))",
    (MATRIX_SHARE, E_FIBER, E_MATRIX, V_FIBER),
    description="F_m/F_c = E_m V_m/(E_f V_f + E_m V_m) (Callister ch. 16), V_m = 1 − V_f.",
    keywords=("composite", "load", "fraction", "matrix"),
    requires=((*COMPOSITE_WORDS, "fibres", "fibers"), SHARE_OF_LOAD, ALONG, MATRIX_CARRIES),
    excludes=("ratio", *FIBRES_CARRY),
    unknowns=("F_mshare",),
)

# ------------------------------------------------------------------ porosity
POROSITY = ceramics.POROSITY.with_(
    label="volume fraction porosity",
    keywords=("porosity", "volume fraction porosity", "pores", "porous"),
    aliases=("P",),
)
POROUS = ("porosity", "porous")
# other porosity laws a question may state instead: E = E₀(1 − P)ⁿ, E = E₀ exp(−bP), ...
OTHER_POROSITY_LAWS = ("(1 − p)", "(1 - p)", "(1−p)", "(1-p)", "1 p)^", "(1 − p)^", "power law")
SIGMA_DENSE = STRESS.with_(
    name="sigma_0p",
    label="flexural strength of the fully dense material",
    keywords=("non porous", "nonporous", "fully dense", "σ_0", "σ0"),
    aliases=("σ0", "σ_0"),
)
SIGMA_POROUS = STRESS.with_(
    name="sigma_p",
    label="flexural strength of the porous material",
    keywords=("flexural strength", "strength", "porous"),
    aliases=("σ_fs",),
)
N_POROSITY = Symbol(
    "n_por",
    "dimensionless",
    "porosity constant n",
    keywords=("n",),
    aliases=("n",),
    kind="number",
    plausible=(0.1, 20),
)
porosity_strength = Relation(
    "porosity_flexural_strength",
    GROUP,
    "Flexural strength of a porous ceramic",
    "sigma_p = sigma_0p*exp(-n_por*P_por/100)",
    (SIGMA_POROUS, SIGMA_DENSE, N_POROSITY, POROSITY),
    description="σ_fs = σ₀ exp(−nP) (Callister ch. 12).",
    keywords=("porosity", "flexural strength", "ceramic"),
    requires=(POROUS, ("flexural strength", "strength")),
    excludes=OTHER_POROSITY_LAWS,
    unknowns=("sigma_p", "P_por"),
)


# ------------------------------------------------------------------ thermal shock
# (the TSR parameter σ_f k/(Eα) itself is declared in heat_conduction.py)
FRACTURE_STRENGTH = common.FRACTURE_STRENGTH.with_(
    keywords=("fracture strength", "flexural strength", "strength"), aliases=("σ_f",)
)
E_DENSE = YOUNGS.with_(
    name="E_0",
    label="modulus of the fully dense material",
    keywords=("non porous", "nonporous", "fully dense", "e0", "e_0"),
    aliases=("E0", "E_0"),
)

E_POROUS = YOUNGS.with_(
    name="E_p",
    label="modulus of the porous material",
    keywords=("modulus", "elastic modulus", "modulus of elasticity", "porous"),
    aliases=("E",),
)

porosity_modulus = Relation(
    "porosity_modulus_callister",
    GROUP,
    "Elastic modulus of a porous ceramic",
    "E_p = E_0*(1 - 1.9*P_por/100 + 0.9*(P_por/100)**2)",
    (E_POROUS, E_DENSE, POROSITY),
    description="E = E₀(1 − 1.9P + 0.9P²), P the volume fraction porosity (Callister ch. 12).",
    keywords=("porosity", "modulus", "ceramic"),
    requires=(POROUS, ("modulus",)),
    excludes=(*OTHER_POROSITY_LAWS, "exp(", "e^("),
    # the porosity that gives a stated modulus: the root in 0–100 % (the other exceeds 100 %)
    unknowns=("E_p", "P_por"),
)


# ------------------------------------------------------------------ Weibull statistics
WEIBULL_M = Symbol(
    "m_w",
    "dimensionless",
    "Weibull modulus m",
    keywords=("weibull modulus", "modulus m", "m"),
    aliases=("m",),
    kind="number",
    plausible=(0.5, 100),
)
SIGMA_CHAR = STRESS.with_(
    name="sigma_0w",
    label="characteristic strength σ₀",
    keywords=("characteristic strength", "characteristic stress", "σ_0", "σ0"),
    aliases=("σ_0", "σ0", "σ_θ"),
)
SIGMA_APPLIED = WORKING.with_(
    label="applied stress",
    keywords=("applied stress", "stress of", "loaded to", "stressed to", "at a stress of"),
    aliases=("σ",),
)
SURVIVAL = Symbol(
    "P_s",
    "dimensionless",
    "probability of survival",
    keywords=("probability of survival", "survival probability", "reliability", "survive"),
    aliases=("P_s", "Ps"),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
FAILURE_P = SURVIVAL.with_(
    name="P_f",
    label="probability of failure",
    keywords=("probability of failure", "failure probability", "fail", "fraction that fail"),
    aliases=("P_f", "Pf"),
)
WEIBULL = ("weibull",)
weibull_survival = Relation(
    "weibull_survival",
    GROUP,
    "Weibull survival probability (same volume as the characteristic strength)",
    "P_s = exp(-(sigma_w/sigma_0w)**m_w)",
    (SURVIVAL, SIGMA_APPLIED, SIGMA_CHAR, WEIBULL_M),
    description="P_s = exp[−(σ/σ₀)^m] for specimens of the volume σ₀ was measured on (Askeland ch. 7).",
    keywords=("weibull", "probability of survival", "survival"),
    requires=(WEIBULL, ("surviv", "reliability")),
    excludes=("volume", "larger", "smaller", "size"),
    unknowns=("P_s", "sigma_w"),
)
weibull_failure = Relation(
    "weibull_failure",
    GROUP,
    "Weibull failure probability (same volume as the characteristic strength)",
    "P_f = 1 - exp(-(sigma_w/sigma_0w)**m_w)",
    (FAILURE_P, SIGMA_APPLIED, SIGMA_CHAR, WEIBULL_M),
    description="P_f = 1 − exp[−(σ/σ₀)^m] (Askeland ch. 7).",
    keywords=("weibull", "probability of failure", "failure"),
    requires=(WEIBULL, ("probability of failure", "failure probability", "fraction that fail")),
    excludes=("volume", "larger", "smaller", "size"),
    unknowns=("P_f", "sigma_w"),
)

# ------------------------------------------------------------------ thermal shock with Poisson's ratio
POISSON_TS = Symbol(
    "nu_ts",
    "dimensionless",
    "Poisson's ratio",
    keywords=("poisson's ratio", "poisson ratio", "poisson", "ν"),
    aliases=("ν", "nu"),
    kind="number",
    plausible=(0.0, 0.5),
)
DT_SHOCK = Symbol(
    "dT_sh",
    "delta_degC",
    "largest quench temperature drop",
    keywords=(
        "maximum temperature difference",
        "temperature difference",
        "temperature drop",
        "quench",
        "thermal shock",
    ),
    aliases=("ΔT_c", "ΔT"),
    kind="temperature_difference",
    plausible=(1e-3, 1e5),
)
shock_dt = Relation(
    "thermal_shock_temperature_drop",
    GROUP,
    "Largest temperature drop a ceramic survives on quenching (biaxial surface stress)",
    "dT_sh = sigma_fr*(1 - nu_ts)/(E_mod*alpha)",
    (DT_SHOCK, FRACTURE_STRENGTH, POISSON_TS, YOUNGS, ALPHA),
    description="ΔT_c = σ_f(1 − ν)/(Eα) for a suddenly cooled surface (Kingery, Introduction to Ceramics, ch. 16).",
    keywords=("thermal shock", "quench", "temperature difference"),
    requires=(("thermal shock", "quench"), ("poisson",)),
    # the (1 − ν) is for a surface held in both directions; a body held along one axis has σ = EαΔT
    excludes=("uniaxial", "uniaxially", "one direction only", "one axis", "axis only", "axially"),
    unknowns=("dT_sh",),
)

# ------------------------------------------------------------------ Weibull size effect
VOLUME_1 = Symbol(
    "V_w1",
    "cm^3",
    "volume of the tested specimens",
    keywords=("volume", "test specimens", "specimens of volume"),
    aliases=("V_1", "V1"),
    plausible=(1e-12, 1e9),
)
VOLUME_2 = VOLUME_1.with_(
    name="V_w2",
    label="volume of the component",
    keywords=("volume",),
    aliases=("V_2", "V2"),
)
STRENGTH_1 = STRESS.with_(
    name="sigma_w1",
    label="strength of the tested specimens",
    keywords=("strength", "fracture strength", "characteristic strength", "mean strength"),
    aliases=("σ_1", "σ1"),
)
STRENGTH_2 = STRENGTH_1.with_(
    name="sigma_w2", label="strength of the component", aliases=("σ_2", "σ2")
)
weibull_size = Relation(
    "weibull_size_effect",
    GROUP,
    "Weibull strength at another volume (same probability of failure)",
    "sigma_w2/sigma_w1 = (V_w1/V_w2)**(1/m_w)",
    (STRENGTH_2, STRENGTH_1, VOLUME_1, VOLUME_2, WEIBULL_M),
    description="σ₂/σ₁ = (V₁/V₂)^(1/m) at equal failure probability (Askeland ch. 7).",
    keywords=("weibull", "volume", "strength"),
    requires=(WEIBULL, ("volume",)),
    pairs=(("sigma_w1", "V_w1"),),
    unknowns=("sigma_w2",),
)
# The same size effect when the question states how many times larger the stressed volume is ('a stressed
# volume 10 times that of the test bars'), not the two volumes.
VOLUME_RATIO = Symbol(
    "r_vw",
    "dimensionless",
    "ratio of the component's stressed volume to the specimens'",
    keywords=("times that of", "times the volume", "times larger", "times as large", "times"),
    kind="number",
    plausible=(1e-6, 1e9),
)
weibull_size_ratio = Relation(
    "weibull_size_effect_ratio",
    GROUP,
    "Weibull strength at a volume so many times larger (same probability of failure)",
    "sigma_w2 = sigma_w1*(1/r_vw)**(1/m_w)",
    (STRENGTH_2, STRENGTH_1, VOLUME_RATIO, WEIBULL_M),
    description="σ₂ = σ₁(V₁/V₂)^(1/m) with V₂/V₁ stated as a multiple (Askeland ch. 7; Ashby & Jones, "
    "Engineering Materials 2, ch. 18).",
    keywords=("weibull", "volume", "strength", "times"),
    requires=(WEIBULL, ("volume",), ("times",)),
    unknowns=("sigma_w2",),
)

# ------------------------------------------------------------------ particle-reinforced: modulus bounds
# Callister §16.2, eqs. 16.1 (upper bound, E_c = E_m V_m + E_p V_p) and 16.2 (lower bound,
# E_c = E_m E_p/(V_m E_p + V_p E_m)). Which bound is meant must be said: 'estimate the modulus' of a
# particle composite names neither, and the two differ.
PARTICLE_WORDS = ("particle", "particles", "particulate", "particle reinforced")
E_PARTICLE = E_FIBER.with_(
    name="E_prt",
    label="particle modulus",
    keywords=("particle", "particles", "particulate", "particle modulus", "reinforcement"),
    aliases=("E_p", "Ep"),
)
V_PARTICLE = V_FIBER.with_(
    name="V_prt",
    label="particle volume fraction",
    keywords=(
        "volume fraction of particles",
        "particle volume fraction",
        "particles",
        "vol%",
        "vol",
    ),
    aliases=("V_p", "Vp"),
)
E_UPPER = E_FIBER.with_(
    name="E_cu",
    label="upper-bound modulus of the composite",
    keywords=(
        "upper bound",
        "upper limit",
        "modulus of the composite",
        "modulus of elasticity",
        "elastic modulus",
        "modulus",
    ),
    aliases=("E_c(u)", "E_cu"),
)
E_LOWER = E_UPPER.with_(
    name="E_clb",
    label="lower-bound modulus of the composite",
    keywords=(
        "lower bound",
        "lower limit",
        "modulus of the composite",
        "modulus of elasticity",
        "elastic modulus",
        "modulus",
    ),
    aliases=("E_c(l)", "E_cl(l)"),
)
particle_upper = Relation(
    "particle_composite_modulus_upper",
    GROUP,
    "Particle-reinforced composite modulus, upper bound",
    "E_cu = E_m*(1 - V_prt/100) + E_prt*V_prt/100",
    (E_UPPER, E_MATRIX, E_PARTICLE, V_PARTICLE),
    description="E_c(u) = E_m V_m + E_p V_p (Callister eq. 16.1).",
    keywords=("composite", "particle", "upper bound"),
    requires=(PARTICLE_WORDS, ("upper bound", "upper limit", "upper value"), ("modulus",)),
    excludes=("lower bound", "lower limit", "fiber", "fibre"),
    unknowns=("E_cu",),
)
particle_lower = Relation(
    "particle_composite_modulus_lower",
    GROUP,
    "Particle-reinforced composite modulus, lower bound",
    "E_clb = E_m*E_prt/((1 - V_prt/100)*E_prt + V_prt/100*E_m)",
    (E_LOWER, E_MATRIX, E_PARTICLE, V_PARTICLE),
    description="E_c(l) = E_m E_p/(V_m E_p + V_p E_m) (Callister eq. 16.2).",
    keywords=("composite", "particle", "lower bound"),
    requires=(PARTICLE_WORDS, ("lower bound", "lower limit", "lower value"), ("modulus",)),
    excludes=("upper bound", "upper limit", "fiber", "fibre"),
    unknowns=("E_clb",),
)

# ------------------------------------------------------------------ a rod held at both ends (uniaxial)
HELD_ROD = (
    "rigidly",
    "rigid supports",
    "rigid walls",
    "restrained",
    "clamped",
    "fixed ends",
    "both ends fixed",
    "cannot expand",
    "prevented from expanding",
)
NOT_A_HELD_ROD = (
    "poisson",
    "quench",
    "thermal shock",
    "surface",
    "plate",
    "biaxial",
    "yield",
    "cool",
    "contract",
)
DT_ROD = Symbol(
    "dT_rod",
    "delta_degC",
    "largest temperature change of the held rod",
    keywords=(
        "largest temperature change",
        "maximum temperature change",
        "temperature change",
        "temperature rise",
        "temperature difference",
        "δt",
    ),
    aliases=("ΔT",),
    kind="temperature_difference",
    plausible=(1e-3, 1e5),
)
held_rod_dt = Relation(
    "held_rod_temperature_change_to_fracture",
    GROUP,
    "Largest temperature change of a rod held at both ends (fracture limit)",
    "dT_rod = sigma_fr/(E_mod*alpha)",
    (DT_ROD, FRACTURE_STRENGTH, YOUNGS, ALPHA),
    description="|σ| = Eα|ΔT| (Callister eq. 19.8) reaches the fracture strength at ΔT = σ_f/(Eα).",
    keywords=("thermal stress", "temperature change", "fracture"),
    requires=(
        HELD_ROD,
        ("fractur",),
        ("temperature change", "temperature rise", "temperature difference"),
    ),
    excludes=NOT_A_HELD_ROD,
    unknowns=("dT_rod",),
)
T_STRESS_FREE = common.TEMPERATURE.with_(
    name="T_free",
    label="temperature at which the rod is stress-free",
    keywords=("stress free", "fixed at", "held at", "at"),
)
T_HEATED = common.TEMPERATURE.with_(
    name="T_heat",
    label="temperature the rod may be heated to",
    keywords=("to what temperature", "heated to", "temperature"),
)
HELD_STRESS = STRESS.with_(
    name="sigma_held",
    label="compressive stress in the held rod",
    # no bare verb ('reaches'): a one-word keyword joins the library's vocabulary of quantity names and
    # would make 'the maximum height it reaches' name a stress
    keywords=("compressive stress", "stress in it", "stress"),
)
held_rod_heating = Relation(
    "held_rod_heating_to_a_stress",
    GROUP,
    "Heating limit of a rod held at both ends for a stated compressive stress",
    "T_heat = T_free + sigma_held/(E_mod*alpha)",
    (T_HEATED, T_STRESS_FREE, HELD_STRESS, YOUNGS, ALPHA),
    description="σ = Eα(T_f − T₀) on heating (Callister eq. 19.8): T_f = T₀ + σ/(Eα).",
    keywords=("thermal stress", "heated", "compressive"),
    requires=(HELD_ROD, ("heated", "heating"), ("compressive",), ("what temperature",)),
    excludes=(*NOT_A_HELD_ROD, "fractur", "buckl"),
    unknowns=("T_heat",),
)

# ------------------------------------------------------------------ anisotropy of an aligned lamina
# E_cl/E_ct: the iso-strain modulus (Callister eq. 16.10b) over the iso-stress one (eq. 16.16), the same
# fibre, matrix and fibre volume fraction in both. Only the ratio named longitudinal-to-transverse (in
# that order) is this relation; the other order is its reciprocal.
MODULUS_RATIO = Symbol(
    "E_lt_ratio",
    "dimensionless",
    "ratio of the longitudinal to the transverse modulus",
    keywords=(
        "ratio of the longitudinal to the transverse",
        "longitudinal to transverse",
        "e_cl/e_ct",
        "ratio",
    ),
    aliases=("E_cl/E_ct",),
    kind="number",
    plausible=(1.0, 1e4),
)
longitudinal_transverse_ratio = Relation(
    "lamina_longitudinal_transverse_ratio",
    GROUP,
    "Ratio of the longitudinal to the transverse modulus of an aligned lamina",
    "E_lt_ratio = (E_m*(1 - V_fib/100) + E_fib*V_fib/100)*((1 - V_fib/100)/E_m + V_fib/100/E_fib)",
    (MODULUS_RATIO, E_MATRIX, E_FIBER, V_FIBER),
    description="E_cl/E_ct = (E_mV_m + E_fV_f)(V_m/E_m + V_f/E_f) (Callister eqs. 16.10b and 16.16).",
    keywords=("composite", "longitudinal", "transverse", "ratio"),
    requires=(
        (*COMPOSITE_WORDS, "fibres", "fibers", "fiber", "fibre"),
        ("ratio of the longitudinal to the transverse", "e_cl/e_ct", "e cl/e ct"),
    ),
    excludes=(
        "transverse to the longitudinal",
        "e_ct/e_cl",
        "e ct/e cl",
        "discontinuous",
        "short fib",
        "random",
        "particle",
        "weight fraction",
        "wt%",
        "mass fraction",
    ),
    unknowns=("E_lt_ratio",),
)

RELATIONS = (
    longitudinal_transverse_ratio,
    held_rod_dt,
    held_rod_heating,
    particle_upper,
    particle_lower,
    weibull_size,
    weibull_size_ratio,
    weibull_survival,
    weibull_failure,
    shock_dt,
    porosity_modulus,
    load_share,
    matrix_load_share,
    porosity_strength,
)
