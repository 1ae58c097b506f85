"""Transformations: the temperature where ΔG = ΔH − TΔS changes sign, and the latent heat to melt a
mass.
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .syllabus import DH, DS
from .thermal import HEAT, MASS

GROUP = "course"  # the introductory-course batch these relations came in

T_EQ = Symbol(
    "T_eq",
    "K",
    "temperature at which ΔG = 0",
    keywords=(
        "equilibrium temperature",
        "temperature at which",
        "transition temperature",
        "above which",
        "below which",
        "becomes spontaneous",
        "temperature",
    ),
    aliases=("T",),
    kind="temperature",
    plausible=(0.01, 1e5),
    valid=(0, None),
)
equilibrium_temperature = Relation(
    "equilibrium_temperature_dh_ds",
    GROUP,
    "Temperature at which ΔG = ΔH − TΔS changes sign",
    "T_eq = dH/dS",  # ΔH and ΔS of opposite sign: no crossover (negative T is refused)
    (T_EQ, DH, DS),
    description="ΔG = ΔH − TΔS = 0 at T = ΔH/ΔS (the reaction or transformation is at equilibrium).",
    keywords=("spontaneous", "equilibrium", "enthalpy", "entropy"),
    requires=(
        (
            "spontaneous",
            "δg° = 0",
            "Δg° = 0",
            "δg = 0",
            "feasible",
            "equilibrium",
            "δg = 0",
            "Δg = 0",
            "δg becomes zero",
            "in equilibrium",
        ),
        ("entropy", "δs", "Δs"),
        ("enthalpy", "δh", "Δh", "heat of"),
    ),
    unknowns=("T_eq",),
)
LATENT = Symbol(
    "L_lat",
    "J/kg",
    "latent heat (per mass)",
    keywords=(
        "latent heat",
        "latent heat of fusion",
        "heat of fusion",
        "enthalpy of fusion",
        "latent heat of",
    ),
    aliases=("L", "L_f", "H_f"),
    plausible=(1e-3, 1e9),
)
latent_heat = Relation(
    "latent_heat_mass",
    GROUP,
    "Heat to melt (or solidify) a mass",
    "q_heat = m*L_lat",
    (HEAT, MASS, LATENT),
    description="Q = mL at the transformation temperature.",
    keywords=("melt", "latent heat", "fusion", "solidif"),
    requires=(
        ("latent heat", "heat of fusion", "enthalpy of fusion"),
        ("melt", "solidif", "freez", "fusion"),
    ),
    excludes=("specific heat", "heat capacity", "from", "raise"),
    unknowns=("q_heat", "m", "L_lat"),
)

RELATIONS = (
    equilibrium_temperature,
    latent_heat,
)
