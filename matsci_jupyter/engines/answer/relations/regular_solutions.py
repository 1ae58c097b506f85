"""The regular-solution model: the Gibbs energy of mixing of a binary solution and the critical
temperature of its miscibility gap.

Source: Porter, Easterling & Sherif, *Phase Transformations in Metals and Alloys* (3rd ed.), §1.3.4
(ΔG_mix = Ω X_A X_B + RT(X_A ln X_A + X_B ln X_B), eq. 1.31; the miscibility gap closes at
T_c = Ω/2R, §1.5.1); Gaskell, *Introduction to the Thermodynamics of Materials* (6th ed.), ch. 9.
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import TEMPERATURE

GROUP = "thermodynamics"

OMEGA = Symbol(
    "Omega_rs",
    "J/mol",
    "regular-solution interaction parameter Ω",
    keywords=("interaction parameter", "interaction energy", "ω", "omega"),
    aliases=("Ω", "Omega", "W"),
    plausible=(-1e6, 1e6),
    signed=True,
    molar_ok=True,
)
X_B = Symbol(
    "x_Brs",
    "dimensionless",
    "mole fraction of B",
    keywords=("x_b", "mole fraction", "atom fraction"),
    aliases=("x_B", "X_B", "xB", "x"),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
G_MIX = Symbol(
    "dG_mix",
    "kJ/mol",
    "Gibbs energy of mixing",
    keywords=("gibbs free energy of mixing", "gibbs energy of mixing", "free energy of mixing"),
    aliases=("ΔG_mix", "ΔGmix"),
    plausible=(-1e4, 1e4),
    signed=True,
    molar_ok=True,
)
REGULAR = ("regular solution",)
gibbs_mixing = Relation(
    "regular_solution_gibbs_mixing",
    GROUP,
    "Gibbs energy of mixing of a regular solution",
    "dG_mix = Omega_rs*x_Brs*(1 - x_Brs) + R*T*(x_Brs*log(x_Brs) + (1 - x_Brs)*log(1 - x_Brs))",
    (G_MIX, OMEGA, X_B, TEMPERATURE),
    description="ΔG_mix = Ω X_A X_B + RT(X_A ln X_A + X_B ln X_B) (Porter & Easterling eq. 1.31).",
    keywords=("regular solution", "mixing", "interaction parameter"),
    requires=(REGULAR, ("mixing",)),
    unknowns=("dG_mix",),
)
T_CRITICAL = TEMPERATURE.with_(
    name="T_crs",
    label="critical temperature of the miscibility gap",
    keywords=("critical temperature", "above what temperature", "miscibility gap"),
    aliases=("T_c", "Tc"),
)
miscibility_gap = Relation(
    "regular_solution_critical_temperature",
    GROUP,
    "Critical temperature of a regular solution's miscibility gap",
    "T_crs = Omega_rs/(2*R)",
    (T_CRITICAL, OMEGA),
    description="The gap closes at X = ½, T_c = Ω/2R (Porter & Easterling §1.5.1), for Ω > 0.",
    keywords=("regular solution", "miscibility gap", "critical temperature"),
    requires=(REGULAR, ("miscibility gap", "phase separat", "unmix", "critical temperature")),
    unknowns=("T_crs",),
)

RELATIONS = (gibbs_mixing, miscibility_gap)
