"""Composites and ceramics beyond the moduli: load sharing, critical fibre length, longitudinal
strength and density by the rule of mixtures, porosity corrections and thermal-shock resistance.

Sources (each relation's description names its equation): Callister & Rethwisch, *Materials Science
and Engineering: An Introduction* (10th ed.) — eq. 16.3 (critical fibre length l_c = σ*_f d/2τ_c),
16.11 (F_f/F_m = E_f V_f/E_m V_m), 16.17 (longitudinal strength σ*_cl = σ'_m(1 − V_f) + σ*_f V_f),
16.1 (rule of mixtures for density), 12.9 (E = E₀(1 − 1.9P + 0.9P²)), 12.10 (σ_fs = σ₀ exp(−nP)),
17.9 (thermal shock resistance TSR ≈ σ_f k/(Eα_l)).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import ALPHA, DENSITY, STRESS, YOUNGS
from .syllabus import COMPOSITE_WORDS, E_FIBER, E_MATRIX, V_FIBER

GROUP = "composites"

LOAD_RATIO = Symbol(
    "F_ratio",
    "dimensionless",
    "fibre-to-matrix load ratio",
    keywords=("ratio of the load", "load ratio", "f_f/f_m"),
    aliases=("F_f/F_m",),
    kind="number",
    plausible=(1e-6, 1e6),
)
ALONG = ("longitudinal", "along the fiber", "along the fibre", "parallel to the fib", "iso strain")
load_ratio = Relation(
    "fiber_matrix_load_ratio",
    GROUP,
    "Fibre-to-matrix load ratio (iso-strain)",
    "F_ratio = E_f*V_f/(E_m*(100 - V_f))",
    (LOAD_RATIO, E_FIBER, E_MATRIX, V_FIBER),
    description="F_f/F_m = E_f V_f/(E_m V_m), continuous aligned fibres under iso-strain (Callister eq. 16.11).",
    keywords=("composite", "load", "ratio", "fiber", "matrix"),
    requires=((*COMPOSITE_WORDS, "fibres", "fibers"), ("load",), ("ratio",), ALONG),
    unknowns=("F_ratio",),
)
LOAD_SHARE = Symbol(
    "F_share",
    "dimensionless",
    "fraction of the load on the fibres",
    keywords=(
        "fraction of the load",
        "fraction of the applied load",
        "proportion of the load",
        "fraction",
    ),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
load_share = Relation(
    "fiber_load_fraction",
    GROUP,
    "Fraction of the load on the fibres (iso-strain)",
    "F_share = E_f*V_f/(E_f*V_f + E_m*(100 - V_f))",
    (LOAD_SHARE, E_FIBER, E_MATRIX, V_FIBER),
    description="F_f/F_c = E_f V_f/(E_f V_f + E_m V_m) (Callister eq. 16.11 rearranged).",
    keywords=("composite", "load", "fraction", "fiber"),
    requires=(
        (*COMPOSITE_WORDS, "fibres", "fibers"),
        ("fraction of the load", "fraction of the applied load", "proportion of the load"),
        ALONG,
    ),
    excludes=("matrix carries", "ratio"),
    unknowns=("F_share",),
)

# ------------------------------------------------------------------ critical fibre length
FIBER_STRENGTH = STRESS.with_(
    name="sigma_fs_f",
    label="fibre tensile strength σ*_f",
    keywords=("tensile strength", "fiber strength", "fibre strength", "fracture strength"),
    aliases=("σ*_f", "σ_f"),
)
FIBER_DIAMETER = Symbol(
    "d_fib",
    "um",
    "fibre diameter",
    keywords=("diameter", "fiber diameter", "fibre diameter", "of diameter"),
    aliases=("d",),
    plausible=(1e-3, 1e5),
)
BOND_STRENGTH = STRESS.with_(
    name="tau_c",
    label="fibre–matrix bond strength τ_c",
    keywords=(
        "bond strength",
        "shear yield strength",
        "shear yield",
        "interfacial shear strength",
        "interfacial bond strength",
        "shear strength",
        "τ_c",
    ),
    aliases=("τ_c", "τc"),
)
CRITICAL_LENGTH = Symbol(
    "l_c",
    "mm",
    "critical fibre length",
    keywords=("critical fiber length", "critical fibre length", "critical length", "l_c"),
    aliases=("l_c", "lc"),
    plausible=(1e-6, 1e5),
)
critical_length = Relation(
    "critical_fiber_length",
    GROUP,
    "Critical fibre length",
    "l_c = sigma_fs_f*d_fib/(2*tau_c)",
    (CRITICAL_LENGTH, FIBER_STRENGTH, FIBER_DIAMETER, BOND_STRENGTH),
    description="l_c = σ*_f d/(2τ_c) (Callister eq. 16.3).",
    keywords=("critical fiber length", "critical fibre length", "fiber", "bond strength"),
    requires=(("critical",), ("fiber", "fibre")),
    unknowns=("l_c", "tau_c"),
)

# ------------------------------------------------------------------ rule of mixtures: strength, density
STRENGTH_COMPOSITE = STRESS.with_(
    name="sigma_cl",
    label="longitudinal tensile strength of the composite",
    keywords=("longitudinal tensile strength", "tensile strength of the composite", "strength"),
    aliases=("σ*_cl",),
)
MATRIX_STRESS = STRESS.with_(
    name="sigma_m_ff",
    label="matrix stress at fibre failure σ'_m",
    keywords=(
        "stress in the matrix at fiber failure",
        "stress in the matrix at fibre failure",
        "matrix stress",
        "σ'_m",
        "σ'm",
    ),
    aliases=("σ'_m", "σ'm"),
)
strength_longitudinal = Relation(
    "composite_longitudinal_strength",
    GROUP,
    "Longitudinal strength of an aligned fibre composite",
    "sigma_cl = sigma_m_ff*(1 - V_f/100) + sigma_fs_f*V_f/100",
    (STRENGTH_COMPOSITE, MATRIX_STRESS, FIBER_STRENGTH, V_FIBER),
    description="σ*_cl = σ'_m(1 − V_f) + σ*_f V_f (Callister eq. 16.17).",
    keywords=("composite", "longitudinal", "tensile strength"),
    requires=(COMPOSITE_WORDS, ALONG, ("strength",), ("matrix stress", "stress in the matrix")),
    unknowns=("sigma_cl",),
)
RHO_COMPOSITE = DENSITY.with_(
    name="rho_cmp",
    label="density of the composite",
    keywords=("density of the composite", "composite density", "density"),
    aliases=("ρ_c",),
)
RHO_FIBER = DENSITY.with_(
    name="rho_fib",
    label="fibre density",
    keywords=("fiber", "fibre", "fiber density", "fibre density", "fibers of density"),
    aliases=("ρ_f",),
)
RHO_MATRIX = DENSITY.with_(
    name="rho_mat",
    label="matrix density",
    keywords=("matrix", "matrix density", "resin", "epoxy"),
    aliases=("ρ_m",),
)
density_mixtures = Relation(
    "composite_density_rule_of_mixtures",
    GROUP,
    "Composite density by the rule of mixtures",
    "rho_cmp = rho_mat*(1 - V_f/100) + rho_fib*V_f/100",
    (RHO_COMPOSITE, RHO_MATRIX, RHO_FIBER, V_FIBER),
    description="ρ_c = ρ_m V_m + ρ_f V_f (Callister eq. 16.1 for density).",
    keywords=("composite", "density", "rule of mixtures"),
    requires=(COMPOSITE_WORDS, ("density",)),
    unknowns=("rho_cmp",),
)

# ------------------------------------------------------------------ porosity
POROSITY = Symbol(
    "P_por",
    "percent",
    "volume fraction porosity",
    keywords=("porosity", "volume fraction porosity", "pores", "porous"),
    aliases=("P",),
    kind="composition",
    valid=(0, 100),
    plausible=(0, 100),
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
POROUS = ("porosity", "porous")
# other porosity laws a question may state instead: E = E₀(1 − P)ⁿ, E = E₀ exp(−bP), ...
OTHER_POROSITY_LAWS = ("(1 − p)", "(1 - p)", "(1−p)", "(1-p)", "1 p)^", "(1 − p)^", "power law")
porosity_modulus = Relation(
    "porosity_modulus",
    GROUP,
    "Elastic modulus of a porous ceramic",
    "E_p = E_0*(1 - 1.9*P_por/100 + 0.9*(P_por/100)**2)",
    (E_POROUS, E_DENSE, POROSITY),
    description="E = E₀(1 − 1.9P + 0.9P²), P the volume fraction porosity (Callister eq. 12.9).",
    keywords=("porosity", "modulus", "ceramic"),
    requires=(POROUS, ("modulus",)),
    excludes=(*OTHER_POROSITY_LAWS, "exp(", "e^("),
    unknowns=("E_p",),
)
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
    description="σ_fs = σ₀ exp(−nP) (Callister eq. 12.10).",
    keywords=("porosity", "flexural strength", "ceramic"),
    requires=(POROUS, ("flexural strength", "strength")),
    excludes=OTHER_POROSITY_LAWS,
    unknowns=("sigma_p", "P_por"),
)

RHO_BULK = DENSITY.with_(
    name="rho_bulk",
    label="bulk density",
    keywords=("bulk density",),
    aliases=("ρ_b",),
)
RHO_THEORY = DENSITY.with_(
    name="rho_th",
    label="theoretical density",
    keywords=("theoretical density", "true density", "fully dense", "density of the fully dense"),
    aliases=("ρ_t",),
)
POROSITY_OUT = POROSITY.with_(
    keywords=(*POROSITY.keywords, "fraction porosity", "percent porosity")
)
porosity_density = Relation(
    "porosity_from_density",
    GROUP,
    "Volume fraction porosity from bulk and theoretical densities",
    "P_por = 100*(1 - rho_bulk/rho_th)",
    (POROSITY_OUT, RHO_BULK, RHO_THEORY),
    description="P = 1 − ρ_bulk/ρ_theoretical (closed and open pores together; Callister ch. 12).",
    keywords=("porosity", "bulk density", "theoretical density"),
    requires=(
        POROUS,
        ("bulk density", "measured density", "apparent density"),
        ("theoretical", "true density", "fully dense"),
    ),
    unknowns=("P_por",),
)

# ------------------------------------------------------------------ thermal shock
TSR = Symbol(
    "TSR",
    "W/m",
    "thermal shock resistance",
    keywords=("thermal shock resistance", "tsr", "resistance to thermal shock"),
    aliases=("TSR",),
    plausible=(1e-6, 1e12),
)
CONDUCTIVITY = Symbol(
    "k_t",
    "W/(m*K)",
    "thermal conductivity",
    keywords=("thermal conductivity", "conductivity", "k"),
    aliases=("k",),
    plausible=(1e-4, 5e3),
)
FRACTURE_STRENGTH = STRESS.with_(
    name="sigma_fr",
    label="fracture strength",
    keywords=("fracture strength", "flexural strength", "strength"),
    aliases=("σ_f",),
)
thermal_shock = Relation(
    "thermal_shock_resistance",
    GROUP,
    "Thermal shock resistance parameter",
    "TSR = sigma_fr*k_t/(E_mod*alpha)",
    (TSR, FRACTURE_STRENGTH, CONDUCTIVITY, YOUNGS, ALPHA),
    description="TSR ≈ σ_f k/(Eα_l) (Callister eq. 17.9).",
    keywords=("thermal shock", "resistance"),
    requires=(("thermal shock",),),
    unknowns=("TSR",),
)

RELATIONS = (
    load_ratio,
    load_share,
    critical_length,
    strength_longitudinal,
    density_mixtures,
    porosity_modulus,
    porosity_strength,
    porosity_density,
    thermal_shock,
)
