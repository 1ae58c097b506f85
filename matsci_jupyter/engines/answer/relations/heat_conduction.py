"""Heat conduction: thermal diffusivity and the thermal shock resistance parameter.

Source: Callister & Rethwisch (10th ed.), ch. 19 (eq. 19.9).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import ALPHA as ALPHA_EXP
from .common import FRACTURE_STRENGTH, YOUNGS
from .thermal import CONDUCTIVITY_K as K_COND
from .thermal import SPECIFIC_HEAT

GROUP = "course"  # the introductory-course batch these relations came in

DIFFUSIVITY_TH = Symbol(
    "a_th",
    "m^2/s",
    "thermal diffusivity",
    keywords=("thermal diffusivity", "diffusivity", "α"),
    aliases=("α",),
    plausible=(1e-12, 1e-1),
)
RHO_SI = Symbol(
    "rho_si",
    "kg/m^3",
    "density",
    keywords=("density", "ρ", "rho"),
    aliases=("ρ", "rho"),
    plausible=(1e-3, 3e4),
)
thermal_diffusivity = Relation(
    "thermal_diffusivity",
    GROUP,
    "Thermal diffusivity",
    "a_th = k_th/(rho_si*c_p)",
    (DIFFUSIVITY_TH, K_COND, RHO_SI, SPECIFIC_HEAT),
    description="α = k/(ρc_p).",
    keywords=("thermal diffusivity", "conductivity", "specific heat", "density"),
    requires=(("thermal diffusivity",),),
)


TSR = Symbol(
    "TSR",
    "W/m",
    "thermal shock resistance",
    keywords=("thermal shock resistance", "tsr", "thermal shock parameter"),
    aliases=("TSR",),
    plausible=(1e-6, 1e9),
)
thermal_shock = Relation(
    "thermal_shock_resistance",
    GROUP,
    "Thermal shock resistance parameter",
    "TSR = sigma_fr*k_th/(E_mod*alpha)",
    (TSR, FRACTURE_STRENGTH, K_COND, YOUNGS, ALPHA_EXP),
    description="TSR ≅ σ_f k/(E α_l) (Callister eq. 19.9).",
    keywords=("thermal shock",),
    requires=(("thermal shock",),),
    unknowns=("TSR",),
)

RELATIONS = (
    thermal_shock,
    thermal_diffusivity,
)
