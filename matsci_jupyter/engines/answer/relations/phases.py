"""Phase-diagram relations not declared elsewhere: the masses of liquid and α from the lever rule,
pearlite with the compositions stated (or the usual Fe–Fe₃C values), the volume fraction of α when
both mass fractions are stated, primary β in a hypereutectic alloy and the eutectic
microconstituent in a hypoeutectic one.

Source: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.),
ch. 9 (the lever rule, mass → volume fractions, microconstituents at the eutectic
temperature, pearlite with 0.022 / 0.76 wt% C).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import ABOVE_TRANSITION, fraction_symbol
from .defects_phases import C_ALLOY as C_LEVER_ALLOY
from .defects_phases import C_BETA, C_LIQUID, C_SOLID

GROUP = "phases"


def _composition(
    name: str, label: str, keywords: tuple[str, ...], default: float | None = None, note: str = ""
) -> Symbol:
    return Symbol(
        name,
        "percent",
        label,
        keywords=keywords,
        kind="composition",
        valid=(0, 100),
        plausible=(0, 100),
        default=default,
        default_note=note,
    )


# ------------------------------------------------------------------ eutectic microconstituents
C0_EUT = _composition(
    "C0_eu",
    "alloy composition",
    (
        "alloy contains",
        "contains",
        "containing",
        "alloy of",
        "alloy with",
        "composition of the alloy",
        "alloy composition",
    ),
)
CE_EUT = _composition(
    "CE_eu",
    "eutectic composition",
    ("eutectic is at", "eutectic composition", "eutectic at", "eutectic"),
)
CA_EUT = _composition(
    "Ca_eu",
    "α composition at the eutectic temperature",
    ("α phase", "α contains", "α", "alpha phase", "alpha", "solubility"),
)
CB_EUT = _composition(
    "Cb_eu",
    "β composition at the eutectic temperature",
    ("β phase", "β contains", "β", "beta phase", "beta", "solubility"),
)
W_PRIMARY_B = fraction_symbol(
    "W_pb",
    "mass fraction of primary β",
    ("primary β", "proeutectic β", "primary beta", "proeutectic beta", "primary", "proeutectic"),
)
W_EUTECTIC = fraction_symbol(
    "W_eu",
    "mass fraction of eutectic microconstituent",
    ("eutectic microconstituent", "eutectic structure", "eutectic", "microconstituent"),
)
EUTECTIC = ("eutectic",)
PRIMARY = ("primary", "proeutectic", "pro eutectic")
ALPHA = ("α", "alpha")
BETA = ("β", "beta")
primary_beta = Relation(
    "primary_beta_fraction",
    GROUP,
    "Primary (proeutectic) β in a hypereutectic alloy",
    "W_pb = (C0_eu - CE_eu)/(Cb_eu - CE_eu)",
    (W_PRIMARY_B, C0_EUT, CE_EUT, CB_EUT),
    description="W_β' = (C₀ − C_E)/(C_β − C_E) just below the eutectic temperature (Callister, ch. 9).",
    keywords=("primary β", "proeutectic β", "eutectic", "lever rule"),
    requires=(EUTECTIC, PRIMARY, BETA),
    excludes=ALPHA,
    conditions=("temperature",),
    unknowns=("W_pb",),
)
# a phase inside the eutectic ('eutectic α', 'the α within the eutectic') is part of the
# microconstituent, not the whole: these relations do not answer it
_IN_EUTECTIC = (
    " inside the eutectic",
    " in the eutectic",
    " within the eutectic",
    " of the eutectic",
)
PHASE_IN_EUTECTIC = (
    *(f"{phase}{where}" for phase in ("α", "alpha", "β", "beta") for where in _IN_EUTECTIC),
    "eutectic α",
    "eutectic alpha",
    "eutectic β",
    "eutectic beta",
)
eutectic_hypo = Relation(
    "eutectic_microconstituent_hypoeutectic",
    GROUP,
    "Eutectic microconstituent in a hypoeutectic alloy",
    "W_eu = (C0_eu - Ca_eu)/(CE_eu - Ca_eu)",
    (W_EUTECTIC, C0_EUT, CE_EUT, CA_EUT),
    description="W_e = W_L = (C₀ − C_α)/(C_E − C_α) (Callister ch. 9).",
    keywords=("eutectic microconstituent", "eutectic", "lever rule"),
    requires=(EUTECTIC, ("microconstituent", "eutectic structure")),
    excludes=(*ABOVE_TRANSITION, *BETA, *PHASE_IN_EUTECTIC),
    conditions=("temperature",),
    unknowns=("W_eu",),
)

# the whole eutectic tie line stated (α, eutectic and β compositions): the eutectic microconstituent
# is the liquid just above the eutectic, read on the side of the eutectic the alloy lies
eutectic_tie_line = Relation(
    "eutectic_microconstituent_tie_line",
    GROUP,
    "Eutectic microconstituent, the eutectic tie line stated",
    # the side the alloy lies on gives the smaller of the two lever arms (≤ 1); the other exceeds 1
    "W_eu = Min((C0_eu - Ca_eu)/(CE_eu - Ca_eu), (Cb_eu - C0_eu)/(Cb_eu - CE_eu))",
    (W_EUTECTIC, C0_EUT, CE_EUT, CA_EUT, CB_EUT),
    description=(
        "W_e = (C₀ − C_α)/(C_E − C_α) for a hypoeutectic alloy, (C_β − C₀)/(C_β − C_E) for a "
        "hypereutectic one (Callister ch. 9)."
    ),
    keywords=("eutectic microconstituent", "eutectic", "lever rule"),
    requires=(EUTECTIC, ("microconstituent", "eutectic structure"), ALPHA, BETA),
    excludes=(*ABOVE_TRANSITION, *PHASE_IN_EUTECTIC),
    conditions=("temperature",),
    unknowns=("W_eu",),
)

# ------------------------------------------------------------------ mass → volume fraction

# The Gibbs phase rule is left out on purpose: 'how many degrees of freedom' is read as a request in
# degrees (angle), and a dimensionless F converts to one.
C_ALLOY = _composition(
    "C0_st",
    "alloy carbon content (wt% C)",
    (
        "contains",
        "alloy of",
        "carbon content",
        "composition",
        "c steel",
        "steel of",
        "c hypoeutectoid",
        "c hypereutectoid",
        "c alloy",
        "c iron carbon",
        "hypoeutectoid steel",
        "hypereutectoid steel",
        "carbon concentration",
        "concentration of carbon",
    ),
)

C_EUTECTOID = _composition(
    "Ce_st",
    "eutectoid composition (wt% C)",
    ("eutectoid at", "eutectoid composition", "eutectoid"),
    0.76,
    "eutectoid composition 0.76 wt% C (Fe–Fe₃C)",
)

C_FERRITE = _composition(
    "Ca_st",
    "carbon in ferrite (wt% C)",
    (
        "solubility of c in α ferrite",
        "solubility",
        "α ferrite",
        "ferrite",
        "α",
    ),
    0.022,
    "ferrite at the eutectoid temperature 0.022 wt% C",
)

# the 0.022 / 0.76 / 6.70 wt% C defaults hold for iron–carbon only, so a steel must be named
STEEL = ("steel", "iron carbon", "fe c", "fe fe3c")

W_PEARLITE = fraction_symbol(
    "W_pl", "mass fraction of pearlite", ("pearlite", "fraction of pearlite")
)

pearlite_hypo = Relation(
    "pearlite_fraction_compositions_stated",
    GROUP,
    "Pearlite in a hypoeutectoid steel (lever rule)",
    "W_pl = (C0_st - Ca_st)/(Ce_st - Ca_st)",
    (W_PEARLITE, C_ALLOY, C_EUTECTOID, C_FERRITE),
    description="W_p = (C₀ − C_α)/(C_e − C_α) for C_α < C₀ < C_e (Callister ch. 9).",
    keywords=("pearlite", "lever rule", "hypoeutectoid"),
    requires=(STEEL, ("pearlite",)),
    # a proeutectoid constituent's percentage is a phase fraction, not a composition: the lever rules
    # with the Fe–C points fixed (relations.syllabus) read it
    excludes=(*ABOVE_TRANSITION, "hypereutectoid", "cementite", "proeutectoid"),
    conditions=("temperature",),
    unknowns=("W_pl", "C0_st"),
)

W_ALPHA = _composition("Wa_pct", "mass percent of α", ("wt% α", "α", "alpha", "of α"))

W_BETA = _composition("Wb_pct", "mass percent of β", ("wt% β", "β", "beta", "and"))

RHO_ALPHA = Symbol(
    "rho_al",
    "g/cm^3",
    "density of α",
    keywords=("α", "alpha", "density of α", "density"),
    aliases=("ρ_α", "ρα"),
    plausible=(0.01, 30.0),
)

RHO_BETA = RHO_ALPHA.with_(
    name="rho_be",
    label="density of β",
    keywords=("β", "beta", "density of β", "density"),
    aliases=("ρ_β", "ρβ"),
)

V_ALPHA = fraction_symbol(
    "V_al",
    "volume fraction of α",
    ("volume fraction of α", "volume fraction of alpha", "volume fraction of the α"),
)

volume_fraction = Relation(
    "volume_fraction_both_phases_stated",
    GROUP,
    "Volume fraction of α from the mass fractions and densities",
    "V_al = (Wa_pct/rho_al)/(Wa_pct/rho_al + Wb_pct/rho_be)",
    (V_ALPHA, W_ALPHA, RHO_ALPHA, W_BETA, RHO_BETA),
    description="V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β) (Callister ch. 9).",
    keywords=("volume fraction", "mass fraction", "density"),
    requires=(("volume fraction",), ALPHA, BETA, ("wt%", "wt %", "mass fraction", "weight")),
    pairs=(("Wa_pct", "rho_al"), ("Wb_pct", "rho_be")),
    unknowns=("V_al",),
)


# ------------------------------------------------------------------ phase masses (lever rule × total mass)
MASS_TOTAL = Symbol(
    "m_tot",
    "kg",
    "total mass of the alloy",
    keywords=(
        "total mass",
        "mass of the alloy",
        "alloy of mass",
        "ingot",
        "sample",
        "weighing",
        "kg of",
    ),
    aliases=("m", "m_0"),
    plausible=(1e-9, 1e9),
)
MASS_LIQUID = MASS_TOTAL.with_(
    name="m_liq",
    label="mass of liquid",
    keywords=("mass of liquid", "mass of the liquid", "liquid"),
    aliases=("m_L",),
)
MASS_ALPHA = MASS_TOTAL.with_(
    name="m_alp",
    label="mass of α phase",
    keywords=("mass of α", "mass of the α", "mass of alpha", "α phase", "solid"),
    aliases=("m_α",),
)
LIQUID_MASS_ASKED = (
    "mass of liquid",
    "mass of the liquid",
    "kilograms of liquid",
    "kg of liquid",
    "how much liquid",
)
ALPHA_MASS_ASKED = (
    "mass of α",
    "mass of the α",
    "mass of alpha",
    "mass of solid",
    "mass of the solid",
    "kilograms of α",
    "kg of α",
    "how much α",
    "how much solid",
)
liquid_mass = Relation(
    "lever_rule_liquid_mass",
    GROUP,
    "Mass of liquid in a two-phase α + L alloy (lever rule × total mass)",
    "m_liq = m_tot*(C_a - C0)/(C_a - C_L)",
    (MASS_LIQUID, MASS_TOTAL, C_LEVER_ALLOY, C_SOLID, C_LIQUID),
    description="m_L = m W_L, W_L = (C_α − C₀)/(C_α − C_L) (Callister ch. 9).",
    keywords=("lever rule", "mass of liquid", "liquid"),
    requires=(LIQUID_MASS_ASKED, ("α", "alpha", "solid")),
    excludes=ALPHA_MASS_ASKED,
    conditions=("temperature",),
    unknowns=("m_liq",),
)
alpha_mass = Relation(
    "lever_rule_alpha_mass",
    GROUP,
    "Mass of α in a two-phase α + L alloy (lever rule × total mass)",
    "m_alp = m_tot*(C0 - C_L)/(C_a - C_L)",
    (MASS_ALPHA, MASS_TOTAL, C_LEVER_ALLOY, C_SOLID, C_LIQUID),
    description="m_α = m W_α, W_α = (C₀ − C_L)/(C_α − C_L) (Callister ch. 9).",
    keywords=("lever rule", "mass of α", "solid"),
    requires=(ALPHA_MASS_ASKED, ("liquid",)),
    excludes=LIQUID_MASS_ASKED,
    conditions=("temperature",),
    unknowns=("m_alp",),
)

# the same in an α + β field: the β phase's mass from the α + β tie line (Callister ch. 9, the lever
# rule across α + β times the alloy's mass)
MASS_BETA = MASS_TOTAL.with_(
    name="m_bet",
    label="mass of β phase",
    keywords=("mass of β", "mass of the β", "mass of beta", "β phase"),
    aliases=("m_β",),
)
BETA_MASS_ASKED = (
    "mass of β",
    "mass of the β",
    "mass of beta",
    "kilograms of β",
    "kg of β",
    "how much β",
    "grams of β",
)
beta_mass = Relation(
    "lever_rule_beta_mass",
    GROUP,
    "Mass of β in a two-phase α + β alloy (lever rule × total mass)",
    "m_bet = m_tot*(C0 - C_a)/(C_b - C_a)",
    (MASS_BETA, MASS_TOTAL, C_LEVER_ALLOY, C_SOLID, C_BETA),
    description="m_β = m W_β, W_β = (C₀ − C_α)/(C_β − C_α) (Callister ch. 9).",
    keywords=("lever rule", "mass of β", "β"),
    requires=(BETA_MASS_ASKED, ALPHA),
    excludes=(*LIQUID_MASS_ASKED, *ALPHA_MASS_ASKED, "liquid"),
    conditions=("temperature",),
    unknowns=("m_bet",),
)

RELATIONS = (
    liquid_mass,
    alpha_mass,
    beta_mass,
    pearlite_hypo,
    volume_fraction,
    primary_beta,
    eutectic_hypo,
    eutectic_tie_line,
)
