"""Corrosion penetration rate from a mass loss per area per time and the metal's density.

A coupon test often reports the loss already divided by the exposed area and the exposure time
(g m⁻² d⁻¹, mg dm⁻² d⁻¹ = 'mdd'). Spread evenly over the surface (uniform corrosion), that loss is a
thickness per time: CPR = (Δm/(A t))/ρ (Callister & Rethwisch, 10th ed., ch. 17, eq. 17.23 with the
mass, area and time already combined; Fontana, *Corrosion Engineering*, 3rd ed., §1.4 for mdd and
mpy). Units: the loss rate in g/(m²·day), the density in g/cm³, the result in mm/year (any length
per time asked, e.g. mils per year, is converted).

Answered only when a penetration (thickness-loss) rate is asked and the loss rate is given per area
and per time; a plain mass, an area and a time are the older relation's (electrochemistry
``corrosion_penetration_rate``), and a current density is Faraday's.
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import DENSITY
from .electrochemistry import CPR

GROUP = "corrosion"

MASS_LOSS_FLUX = Symbol(
    "w_rate",
    "g/(m^2*day)",
    "mass loss per exposed area per time",
    # its dimension (mass per area per time) picks the given; the words a plain mass loss shares
    # ('loses', 'weight loss') are left to the mass symbol, which competes for them
    keywords=("mass loss rate", "weight loss rate", "loss rate", "weight loss", "lost", "mdd"),
    plausible=(1e-9, 1e6),
)

penetration_from_mass_rate = Relation(
    "penetration_rate_from_mass_loss_rate",
    GROUP,
    "Corrosion penetration rate from a mass loss per area per time",
    "cpr = w_rate/rho",
    (CPR, MASS_LOSS_FLUX, DENSITY),
    description="CPR = (Δm/(At))/ρ: a loss per area and time spread evenly as a thickness per time "
    "(Callister ch. 17; Fontana §1.4).",
    keywords=("corrosion penetration rate", "penetration rate", "mass loss", "corrosion"),
    requires=(
        (
            "penetration",
            "cpr",
            "mm/yr",
            "mm/y",
            "mm per year",
            "mpy",
            "mils per year",
            "thickness loss",
        ),
        ("loss", "lose", "lost", "corrod", "mdd"),
    ),
    # a current density is Faraday's (penetration_rate_from_current_density); pitting is not uniform
    excludes=("current density", "pit"),
    unknowns=("cpr",),
)

RELATIONS: tuple[Relation, ...] = (penetration_from_mass_rate,)
