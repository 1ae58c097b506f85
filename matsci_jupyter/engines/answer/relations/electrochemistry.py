"""Electrochemistry and corrosion: Faraday's law, corrosion penetration rate, corrosion current."""

from __future__ import annotations

from . import common, electrical
from ._base import Relation, Symbol
from .common import AREA, DENSITY, MOLAR_MASS

GROUP = "electrochemistry"
WORDS = (
    "electroplat",
    "plating",
    "deposit",
    "corrosion",
    "corrode",
    "dissolve",
    "electrolysis",
    "faraday",
    "oxidation",
    "anode",
    "cathode",
    "electrochemical",
    "plated",
)

VALENCE = Symbol(
    "n_e",
    "dimensionless",
    "electrons per ion",
    keywords=(
        "valence",
        "electrons",
        "number of electrons",
        "n",
        "charge number",
        "oxidation state",
        "electrons per atom",
        "electrons transferred",
    ),
    aliases=("n", "z"),
    kind="number",
    plausible=(1, 8),
)
MASS = Symbol(
    "m",
    "g",
    "mass",
    keywords=(
        "mass",
        "grams",
        "weight",
        "deposit",
        "deposited",
        "dissolved",
        "corroded",
        "lost",
        "weight loss",
        "plated",
        "m",
        "metal",
        "of",
    ),
    aliases=("m", "w", "W", "Δm"),
    plausible=(1e-15, 1e9),
)
CURRENT = electrical.CURRENT.with_(keywords=("current", "i", "amperes", "amps"))
TIME = common.TIME.with_(
    keywords=("time", "hours", "for", "in", "after", "duration", "how long", "t", "period")
)
CPR = Symbol(
    "cpr",
    "mm/year",
    "corrosion penetration rate",
    keywords=(
        "corrosion penetration rate",
        "penetration rate",
        "cpr",
        "corrosion rate",
        "rate of corrosion",
    ),
    aliases=("CPR",),
    plausible=(1e-12, 1e6),
)
CURRENT_DENSITY = Symbol(
    "i_c",
    "A/m^2",
    "corrosion current density",
    keywords=("current density", "corrosion current density", "i_corr", "icorr", "i"),
    aliases=("i", "i_corr", "J"),
    plausible=(1e-15, 1e8),
)
RATE = Symbol(
    "r_c",
    "mol/(m^2*s)",
    "corrosion rate (molar)",
    keywords=("corrosion rate", "rate", "r"),
    aliases=("r",),
    plausible=(1e-20, 1e6),
)

faraday_mass = Relation(
    "faraday_mass",
    GROUP,
    "Faraday's law (mass)",
    "m = I*t*M/(n_e*F)",
    (MASS, CURRENT, TIME, MOLAR_MASS, VALENCE),
    description="m = ItA/(nF): mass deposited or dissolved by a current.",
    keywords=WORDS,
    requires=((*WORDS, "current"),),
)
penetration_rate = Relation(
    "corrosion_penetration_rate",
    GROUP,
    "Corrosion penetration rate",
    "cpr = m/(rho*A0*t)",
    (CPR, MASS, DENSITY, AREA, TIME),
    description="CPR = W/(ρAt): thickness lost per unit time.",
    keywords=("corrosion", "penetration"),
    requires=(("penetration", "cpr", "corrosion rate"),),
)
corrosion_rate_current = Relation(
    "corrosion_rate_current",
    GROUP,
    "Corrosion rate from current density",
    "r_c = i_c/(n_e*F)",
    (RATE, CURRENT_DENSITY, VALENCE),
    description="r = i/(nF) in mol/(m²·s).",
    keywords=("corrosion",),
    requires=(("current density",), ("corrosion", "rate")),
)

RELATIONS = (faraday_mass, penetration_rate, corrosion_rate_current)
