"""The mass of α in a two-phase α + β alloy of stated total mass (lever rule × total mass).

m_α = m W_α, W_α = (C_β − C₀)/(C_β − C_α) (Callister & Rethwisch ch. 9, the lever rule across the α + β
tie line): m and m_α in any mass unit (kg, g, lb), the three compositions in wt% of one component.
Only the whole α is read (all of it, primary and eutectic together); a question about α inside the
eutectic, about primary α or about a field with a liquid (α + L, a three-phase isotherm) is left to
other relations, which ask for the eutectic composition or the liquid's.
"""

from __future__ import annotations

from ._base import Relation
from .common import ABOVE_TRANSITION
from .defects_phases import C_ALLOY, C_BETA, C_SOLID
from .phase_amounts import SPECIMEN_MASS
from .phases import BETA, MASS_ALPHA, PHASE_IN_EUTECTIC

GROUP = "phases"

# 'how many pounds of α', 'the mass of the α phase', 'grams of alpha'
ALPHA_MASS_AB_ASKED = (
    "mass of α",
    "mass of the α",
    "mass of alpha",
    "kilograms of α",
    "kg of α",
    "grams of α",
    "pounds of α",
    "lb of α",
    "how much α",
)
ALLOY_MASS = SPECIMEN_MASS  # m_tot with 'casting', 'piece', 'specimen' (one symbol, one meaning)
MASS_ALPHA_AB = MASS_ALPHA.with_(
    name="m_alb",
    label="mass of α phase (α + β)",
    keywords=(*ALPHA_MASS_AB_ASKED, "α phase"),
)
alpha_mass_alpha_beta = Relation(
    "lever_rule_alpha_mass_alpha_beta",
    GROUP,
    "Mass of α in a two-phase α + β alloy (lever rule × total mass)",
    "m_alb = m_tot*(C_b - C0)/(C_b - C_a)",
    (MASS_ALPHA_AB, ALLOY_MASS, C_ALLOY, C_SOLID, C_BETA),
    description="m_α = m W_α, W_α = (C_β − C₀)/(C_β − C_α) (Callister ch. 9).",
    keywords=("lever rule", "mass of α", "β"),
    requires=(ALPHA_MASS_AB_ASKED, BETA),
    excludes=(
        *ABOVE_TRANSITION,
        *PHASE_IN_EUTECTIC,
        "liquid",
        "liquidus",
        "molten",
        "c_l",
        "primary",
        "proeutectic",
        "pro eutectic",
        "microconstituent",
        "eutectic composition",
        "mass of β",
        "mass of the β",
    ),
    conditions=("temperature",),
    unknowns=("m_alb",),
)

RELATIONS = (alpha_mass_alpha_beta,)
