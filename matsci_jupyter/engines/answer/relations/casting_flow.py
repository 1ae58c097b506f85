"""Casting: the velocity of a liquid after falling through a head (Torricelli) and the metallostatic
pressure under it.
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import LENGTH0

GROUP = "course"  # the introductory-course batch these relations came in

HEAD = LENGTH0.with_(
    name="h_head",
    label="height (head)",
    keywords=("height", "head", "sprue height", "depth", "high", "tall", "below", "column"),
    aliases=("h", "H"),
)
EFFLUX = Symbol(
    "v_out",
    "m/s",
    "velocity of the liquid",
    keywords=("velocity", "speed", "exit velocity", "efflux velocity"),
    aliases=("v",),
    plausible=(1e-9, 1e4),
)
torricelli = Relation(
    "free_fall_velocity_head",
    GROUP,
    "Velocity of a liquid after falling through a head (Torricelli)",
    "v_out = sqrt(2*g_n*h_head)",
    (EFFLUX, HEAD),
    description="v = √(2gh) (Bernoulli, losses neglected): the velocity at the base of a sprue or out of "
    "an orifice under a head h.",
    keywords=("sprue", "orifice", "torricelli", "head", "pouring"),
    requires=(("sprue", "orifice", "torricelli", "nozzle", "efflux"),),
    excludes=("friction", "loss"),
)
METAL_DENSITY = Symbol(
    "rho_liq",
    "kg/m^3",
    "liquid density",
    keywords=("liquid", "melt", "steel", "bath", "water", "fluid", "liquid density", "density"),
    aliases=("ρ_l", "ρ_f", "ρ"),
    plausible=(1e-3, 3e4),
)
PRESSURE_HEAD = Symbol(
    "p_h",
    "Pa",
    "pressure under the head",
    keywords=("metallostatic pressure", "hydrostatic pressure", "ferrostatic pressure", "pressure"),
    aliases=("p", "P"),
    plausible=(1e-6, 1e12),
)
hydrostatic = Relation(
    "hydrostatic_pressure",
    GROUP,
    "Hydrostatic (metallostatic) pressure",
    "p_h = rho_liq*g_n*h_head",
    (PRESSURE_HEAD, METAL_DENSITY, HEAD),
    description="p = ρgh under a liquid column of height h (gauge pressure).",
    keywords=("metallostatic", "hydrostatic", "ferrostatic", "pressure", "depth"),
    requires=(("metallostatic", "hydrostatic", "ferrostatic"),),
    unknowns=("p_h", "h_head"),
)

RELATIONS = (
    torricelli,
    hydrostatic,
)
