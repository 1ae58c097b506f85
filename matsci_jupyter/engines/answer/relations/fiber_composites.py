"""Fiber composites: critical fiber length, density and longitudinal strength by the rule of mixtures.

Source: Callister & Rethwisch (10th ed.), ch. 16 (eqs. 16.1, 16.3, 16.17).
"""

from __future__ import annotations

from ._base import Relation
from .common import DENSITY, DIAMETER, LENGTH0, STRESS
from .syllabus import COMPOSITE_WORDS, V_FIBER

GROUP = "course"  # the introductory-course batch these relations came in

FIBER_STRENGTH = STRESS.with_(
    name="sigma_fib",
    label="fiber tensile strength",
    keywords=("fiber strength", "tensile strength", "fiber tensile strength", "strength"),
    aliases=("σ_f", "σf", "σ*_f"),
)
BOND_STRENGTH = STRESS.with_(
    name="tau_c",
    label="fiber–matrix bond strength",
    keywords=(
        "bond strength",
        "fiber matrix bond strength",
        "interfacial",
        "shear yield strength of the matrix",
        "matrix shear",
        "τ_c",
        "τc",
    ),
    aliases=("τ_c", "τc", "tau_c"),
)
FIBER_DIAMETER = DIAMETER.with_(
    name="d_fib",
    label="fiber diameter",
    keywords=("fiber diameter", "diameter"),
    aliases=("d",),
)
CRITICAL_LENGTH = LENGTH0.with_(
    name="l_crit",
    label="critical fiber length",
    keywords=("critical fiber length", "critical length", "l_c", "lc"),
    aliases=("l_c", "lc"),
)
critical_fiber_length = Relation(
    "critical_fiber_length",
    GROUP,
    "Critical fiber length",
    "l_crit = sigma_fib*d_fib/(2*tau_c)",
    (CRITICAL_LENGTH, FIBER_STRENGTH, FIBER_DIAMETER, BOND_STRENGTH),
    description="l_c = σ*_f d/(2τ_c) (Callister eq. 16.3).",
    keywords=("critical fiber length", "critical length", "fiber", "bond strength"),
    requires=(("fiber", "fibre"), ("bond", "interfac", "shear")),
)


RHO_COMPOSITE = DENSITY.with_(
    name="rho_cmp",
    label="composite density",
    keywords=("density of the composite", "composite density", "density"),
    aliases=("ρ_c", "ρc"),
)
RHO_MATRIX = DENSITY.with_(
    name="rho_mat",
    label="matrix density",
    keywords=("matrix", "resin", "epoxy", "polyester", "nylon", "aluminum", "metal matrix"),
    aliases=("ρ_m", "ρm"),
)
RHO_FIBER = DENSITY.with_(
    name="rho_fib",
    label="fiber density",
    keywords=("fiber", "fibre", "fibers", "glass", "carbon", "aramid", "particles"),
    aliases=("ρ_f", "ρf"),
)
composite_density = Relation(
    "composite_density",
    GROUP,
    "Composite density (rule of mixtures)",
    "rho_cmp = rho_mat*(1 - V_fib/100) + rho_fib*V_fib/100",
    (RHO_COMPOSITE, RHO_MATRIX, RHO_FIBER, V_FIBER),
    description="ρ_c = ρ_m V_m + ρ_f V_f (Callister eq. 16.1 applied to density).",
    keywords=("composite", "density", "rule of mixtures"),
    requires=(COMPOSITE_WORDS, ("density",)),
    unknowns=("rho_cmp",),
)
STRENGTH_MATRIX = STRESS.with_(
    name="sig_mat",
    label="matrix stress at fiber failure",
    keywords=("matrix", "stress in the matrix", "matrix strength", "σ'_m", "σ_m"),
    aliases=("σ'_m", "σ_m"),
)
STRENGTH_FIBER = STRESS.with_(
    name="sig_fib",
    label="fiber tensile strength",
    keywords=("fiber strength", "fiber tensile strength", "fiber", "fibre", "σ*_f", "σ_f"),
    aliases=("σ*_f", "σ_f"),
)
STRENGTH_COMPOSITE = STRESS.with_(
    name="sig_cl",
    label="longitudinal tensile strength of the composite",
    keywords=(
        "longitudinal tensile strength",
        "longitudinal strength",
        "tensile strength of the composite",
        "composite strength",
        "strength",
    ),
    aliases=("σ*_cl", "σ_cl"),
)
composite_strength = Relation(
    "composite_longitudinal_strength",
    GROUP,
    "Longitudinal tensile strength of an aligned-fiber composite",
    "sig_cl = sig_mat*(1 - V_fib/100) + sig_fib*V_fib/100",
    (STRENGTH_COMPOSITE, STRENGTH_MATRIX, STRENGTH_FIBER, V_FIBER),
    description="σ*_cl = σ'_m(1 − V_f) + σ*_f V_f (Callister eq. 16.17).",
    keywords=("composite", "longitudinal", "strength", "fiber"),
    requires=(COMPOSITE_WORDS, ("longitudinal",), ("strength",)),
    # eq. 16.17 holds for continuous fibers; short ones carry less (eqs. 16.18, 16.19 need l and l_c)
    excludes=("discontinuous", "short fiber", "short fibre", "chopped"),
    unknowns=("sig_cl",),
)

RELATIONS = (
    composite_strength,
    composite_density,
    critical_fiber_length,
)
