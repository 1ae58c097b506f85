"""Heat conduction: thermal diffusivity, the thermal shock resistance parameter, and the heat a slab
conducts in a given time.

Source: Callister & Rethwisch (10th ed.), ch. 19 (eqs. 19.5, 19.9).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import ALPHA as ALPHA_EXP
from .common import DELTA_T, FRACTURE_STRENGTH, THICKNESS, TIME, YOUNGS
from .thermal import CONDUCTIVITY_K as K_COND
from .thermal import HEAT, SPECIFIC_HEAT, WALL_AREA

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

# Fourier's law (Callister eq. 19.5) over a slab of area A for a time t: the heat that passes through
HEAT_PASSED = HEAT.with_(
    keywords=(*HEAT.keywords, "how much heat", "heat passes", "heat flows", "heat conducted"),
)
heat_in_time = Relation(
    "heat_conducted_in_time",
    GROUP,
    "Heat conducted through a slab in a given time (Fourier)",
    "q_heat = k_th*A_wall*Abs(dT)*t/dx",
    (HEAT_PASSED, K_COND, WALL_AREA, DELTA_T, THICKNESS, TIME),
    description="Q = kA|ΔT|t/Δx: the steady heat flow rate kA|ΔT|/Δx times the time (Callister eq. 19.5).",
    keywords=("conduction", "thermal conductivity", "passes through", "heat"),
    requires=(
        ("area",),
        ("thermal conductivity", "conductivity", "k ="),
        ("passes through", "pass through", "flows through", "conducted through", "lost through"),
    ),
    excludes=("convect", "heat transfer coefficient", "radiat", "emissivity", "per unit area"),
    unknowns=("q_heat",),
)

RELATIONS = (
    thermal_shock,
    thermal_diffusivity,
    heat_in_time,
)
