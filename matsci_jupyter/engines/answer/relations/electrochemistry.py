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
        # W/(ρAt) presumes the loss is spread evenly over the exposed area (uniform corrosion)
        "uniform corrosion penetration rate",
        "uniform penetration rate",
        "uniform corrosion rate",
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

# Faraday's law for a gas evolved at an electrode, with the ideal-gas volume of the moles formed: hydrogen
# (2H⁺ + 2e⁻ → H₂) takes 2 electrons a molecule, V = ItRT/(2Fp) (Callister ch. 17 with the ideal gas law).
H2_VOLUME = Symbol(
    "V_H2",
    "L",
    "volume of hydrogen evolved",
    keywords=("volume of hydrogen", "hydrogen", "volume", "evolved"),
    plausible=(1e-15, 1e12),
)
GAS_T = common.TEMPERATURE.with_(
    name="T_gas", keywords=("measured at", "at", "temperature", "°c", "k"), aliases=("T",)
)
GAS_P = Symbol(
    "p_gas",
    "kPa",
    "pressure of the gas",
    keywords=("pressure", "measured at", "and", "atm", "kpa"),
    aliases=("p", "P"),
    plausible=(1e-9, 1e7),
)
hydrogen_volume = Relation(
    "faraday_hydrogen_volume",
    GROUP,
    "Volume of hydrogen evolved by a current (Faraday's law, ideal gas)",
    "V_H2 = I*t*R*T_gas/(2*F*p_gas)",
    (H2_VOLUME, CURRENT, TIME, GAS_T, GAS_P),
    description="n(H₂) = It/(2F) for 2H⁺ + 2e⁻ → H₂ (Faraday's law, Callister ch. 17); V = nRT/p "
    "(ideal gas).",
    keywords=("hydrogen", "volume", "current", "evolved"),
    requires=(
        ("volume of hydrogen", "hydrogen gas volume"),
        ("current",),
        ("evolved", "liberated", "produced", "released", "generated"),
    ),
    excludes=("oxygen", "chlorine"),
    unknowns=("V_H2",),
)

RELATIONS = (faraday_mass, penetration_rate, corrosion_rate_current, hydrogen_volume)
