"""Phase amounts not declared elsewhere: the total ferrite and the total cementite of a slowly cooled
plain-carbon steel (fraction and mass, just below the eutectoid), the mass of pearlite and of the
proeutectoid phase in a piece of given mass, and the volume fraction of α read from a tie line (the
alloy and both phase compositions) and the two phase densities.

Source: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.),
ch. 9 — the lever rule across the whole α + Fe₃C field, the microconstituent fractions of eqs. 9.20–9.23
(W_p = (C₀ − 0.022)/(0.76 − 0.022) and W_α' = (0.76 − C₀)/(0.76 − 0.022) below 0.76 wt% C;
W_p = (6.70 − C₁)/(6.70 − 0.76) and W_Fe₃C' = (C₁ − 0.76)/(6.70 − 0.76) from 0.76 to 2.14 wt% C),
W_α = (6.70 − C₀)/(6.70 − 0.022),
W_Fe₃C = (C₀ − 0.022)/(6.70 − 0.022) (eqs. 9.9–9.10 applied to Fig. 9.24), and the conversion
of mass to volume fractions, V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β) (eq. 9.6).
"""

from __future__ import annotations

from ._base import Relation
from .common import ABOVE_TRANSITION, fraction_symbol
from .phases import ALPHA, BETA, MASS_TOTAL, RHO_ALPHA, RHO_BETA, V_ALPHA, _composition
from .syllabus import CARBON, FE_C_POINTS, STEEL

GROUP = "phases"

# 'proeutectoid' or 'eutectoid ferrite' asks for one part of the ferrite, never all of it. ('total
# ferrite' named outright is exam.py's total_ferrite_fraction; these read 'how much ferrite'.)
PART_OF_A_PHASE = ("proeutectoid", "pro eutectoid", "eutectoid ferrite", "eutectoid cementite")

W_FERRITE_TOTAL = fraction_symbol(
    "W_at",
    "mass fraction of ferrite (total)",
    ("total ferrite", "ferrite", "α ferrite", "fraction of ferrite", "α phase"),
)
W_CEMENTITE_TOTAL = fraction_symbol(
    "W_ct",
    "mass fraction of cementite (total)",
    ("total cementite", "cementite", "fe3c", "fraction of cementite"),
)
FERRITE_ASKED = ("ferrite", "α ferrite")
CEMENTITE_ASKED = ("cementite", "fe3c")
total_ferrite = Relation(
    "ferrite_fraction_below_eutectoid",
    GROUP,
    "Total ferrite in a slowly cooled steel (lever rule across α + Fe₃C)",
    "W_at = (C_cm - C0)/(C_cm - C_af)",
    (W_FERRITE_TOTAL, CARBON),
    description="W_α = (6.70 − C₀)/(6.70 − 0.022) just below the eutectoid (Callister ch. 9).",
    keywords=("ferrite", "total ferrite", "lever rule"),
    requires=(STEEL, FERRITE_ASKED, ("below the eutectoid", "below 727", "eutectoid temperature")),
    excludes=(*ABOVE_TRANSITION, *PART_OF_A_PHASE, "pearlite", "austenite", "total ferrite"),
    fixed=FE_C_POINTS,
    conditions=("temperature",),
    unknowns=("W_at",),
)
total_cementite = Relation(
    "cementite_fraction_below_eutectoid",
    GROUP,
    "Total cementite in a slowly cooled steel (lever rule across α + Fe₃C)",
    "W_ct = (C0 - C_af)/(C_cm - C_af)",
    (W_CEMENTITE_TOTAL, CARBON),
    description="W_Fe₃C = (C₀ − 0.022)/(6.70 − 0.022) just below the eutectoid (Callister ch. 9).",
    keywords=("cementite", "total cementite", "lever rule"),
    requires=(
        STEEL,
        CEMENTITE_ASKED,
        ("below the eutectoid", "below 727", "eutectoid temperature"),
    ),
    excludes=(*ABOVE_TRANSITION, *PART_OF_A_PHASE, "pearlite", "austenite", "total cementite"),
    fixed=FE_C_POINTS,
    conditions=("temperature",),
    unknowns=("W_ct",),
)

SPECIMEN_MASS = MASS_TOTAL.with_(keywords=(*MASS_TOTAL.keywords, "specimen", "piece", "casting"))
MASS_FERRITE = MASS_TOTAL.with_(
    name="m_fer",
    label="mass of ferrite",
    keywords=("mass of ferrite", "grams of ferrite", "kilograms of ferrite", "ferrite"),
    aliases=("m_α",),
)
MASS_CEMENTITE = MASS_TOTAL.with_(
    name="m_cem",
    label="mass of cementite",
    keywords=("mass of cementite", "grams of cementite", "kilograms of cementite", "cementite"),
    aliases=("m_Fe3C",),
)
ferrite_mass = Relation(
    "total_ferrite_mass",
    GROUP,
    "Mass of ferrite in a slowly cooled steel (total mass × lever rule)",
    "m_fer = m_tot*(C_cm - C0)/(C_cm - C_af)",
    (MASS_FERRITE, SPECIMEN_MASS, CARBON),
    description="m_α = m (6.70 − C₀)/(6.70 − 0.022) just below the eutectoid (Callister ch. 9).",
    keywords=("ferrite", "lever rule", "mass"),
    requires=(STEEL, FERRITE_ASKED, ("below the eutectoid", "below 727", "eutectoid temperature")),
    excludes=(*ABOVE_TRANSITION, *PART_OF_A_PHASE, "pearlite", "austenite"),
    fixed=FE_C_POINTS,
    conditions=("temperature",),
    unknowns=("m_fer",),
)
cementite_mass = Relation(
    "total_cementite_mass",
    GROUP,
    "Mass of cementite in a slowly cooled steel (total mass × lever rule)",
    "m_cem = m_tot*(C0 - C_af)/(C_cm - C_af)",
    (MASS_CEMENTITE, SPECIMEN_MASS, CARBON),
    description="m_Fe₃C = m (C₀ − 0.022)/(6.70 − 0.022) just below the eutectoid (Callister ch. 9).",
    keywords=("cementite", "lever rule", "mass"),
    requires=(
        STEEL,
        CEMENTITE_ASKED,
        ("below the eutectoid", "below 727", "eutectoid temperature"),
    ),
    excludes=(*ABOVE_TRANSITION, *PART_OF_A_PHASE, "pearlite", "austenite"),
    fixed=FE_C_POINTS,
    conditions=("temperature",),
    unknowns=("m_cem",),
)

# ------------------------------------------------------------------ microconstituent masses (Callister eqs. 9.20–9.23)
# Each formula holds on one side of the eutectoid only; the carbon content's range says which (a steel
# outside it is no reading of that relation, so a 0.45 wt% C steel never takes the hypereutectoid one).
HYPO_CARBON = CARBON.with_(plausible=(0.022, 0.76))
HYPER_CARBON = CARBON.with_(plausible=(0.76, 2.14))
SLOW_COOLING = (
    "below the eutectoid",
    "below 727",
    "eutectoid temperature",
    "slowly cooled",
    "cooled slowly",
    "slow cooling",
    "room temperature",
)
NOT_SLOW_COOLING = (
    "quench",
    "martensite",
    "bainite",
    "spheroidite",
    "isothermal",
    "tempered",
    "austenite remains",
    "fraction",
    "percent",
)
MASS_PEARLITE = MASS_TOTAL.with_(
    name="m_prl",
    label="mass of pearlite",
    keywords=("mass of pearlite", "grams of pearlite", "kilograms of pearlite", "pearlite"),
    aliases=("m_p",),
)
MASS_PRO_FERRITE = MASS_TOTAL.with_(
    name="m_pfe",
    label="mass of proeutectoid ferrite",
    keywords=(
        "mass of proeutectoid ferrite",
        "grams of proeutectoid ferrite",
        "kilograms of proeutectoid ferrite",
        "proeutectoid ferrite",
    ),
    aliases=("m_α'",),
)
MASS_PRO_CEMENTITE = MASS_TOTAL.with_(
    name="m_pcm",
    label="mass of proeutectoid cementite",
    keywords=(
        "mass of proeutectoid cementite",
        "grams of proeutectoid cementite",
        "kilograms of proeutectoid cementite",
        "proeutectoid cementite",
    ),
    aliases=("m_Fe3C'",),
)
PRO_FERRITE_ASKED = ("proeutectoid ferrite", "proeutectoid α", "proeutectoid alpha")
PRO_CEMENTITE_ASKED = ("proeutectoid cementite", "proeutectoid fe3c")


def _microconstituent_mass(
    name: str, title: str, equation: str, asked, carbon, asked_words, excludes, description
) -> Relation:
    return Relation(
        name,
        GROUP,
        title,
        equation,
        (asked, SPECIMEN_MASS, carbon),
        description=description,
        keywords=("lever rule", "mass", *asked_words),
        requires=(STEEL, asked_words, SLOW_COOLING),
        excludes=(*NOT_SLOW_COOLING, *excludes),
        fixed=FE_C_POINTS,
        conditions=("temperature",),
        unknowns=(asked.name,),
    )


pearlite_mass_hypo = _microconstituent_mass(
    "pearlite_mass_hypoeutectoid",
    "Mass of pearlite in a slowly cooled hypoeutectoid steel (total mass × lever rule)",
    "m_prl = m_tot*(C0 - C_af)/(C_e - C_af)",
    MASS_PEARLITE,
    HYPO_CARBON,
    ("pearlite",),
    (*ABOVE_TRANSITION, "hypereutectoid", "proeutectoid"),
    "m_p = m (C₀ − 0.022)/(0.76 − 0.022), 0.022 < C₀ < 0.76 wt% C (Callister eq. 9.20).",
)
pearlite_mass_hyper = _microconstituent_mass(
    "pearlite_mass_hypereutectoid",
    "Mass of pearlite in a slowly cooled hypereutectoid steel (total mass × lever rule)",
    "m_prl = m_tot*(C_cm - C0)/(C_cm - C_e)",
    MASS_PEARLITE,
    HYPER_CARBON,
    ("pearlite",),
    (*ABOVE_TRANSITION, "hypoeutectoid", "proeutectoid"),
    "m_p = m (6.70 − C₁)/(6.70 − 0.76), 0.76 < C₁ < 2.14 wt% C (Callister eq. 9.22).",
)
pro_ferrite_mass = _microconstituent_mass(
    "proeutectoid_ferrite_mass",
    "Mass of proeutectoid ferrite in a slowly cooled hypoeutectoid steel (total mass × lever rule)",
    "m_pfe = m_tot*(C_e - C0)/(C_e - C_af)",
    MASS_PRO_FERRITE,
    HYPO_CARBON,
    PRO_FERRITE_ASKED,
    ("hypereutectoid", "pearlite", "proeutectoid cementite", "eutectoid ferrite"),
    "m_α' = m (0.76 − C₀)/(0.76 − 0.022), 0.022 < C₀ < 0.76 wt% C (Callister eq. 9.21).",
)
pro_cementite_mass = _microconstituent_mass(
    "proeutectoid_cementite_mass",
    "Mass of proeutectoid cementite in a slowly cooled hypereutectoid steel (total mass × lever rule)",
    "m_pcm = m_tot*(C0 - C_e)/(C_cm - C_e)",
    MASS_PRO_CEMENTITE,
    HYPER_CARBON,
    PRO_CEMENTITE_ASKED,
    ("hypoeutectoid", "pearlite", "proeutectoid ferrite", "eutectoid cementite"),
    "m_Fe₃C' = m (C₁ − 0.76)/(6.70 − 0.76), 0.76 < C₁ < 2.14 wt% C (Callister eq. 9.23).",
)

# ------------------------------------------------------------------ volume fraction from a tie line
C0_TIE = _composition(
    "C0_tl",
    "alloy composition",
    ("alloy", "alloy contains", "containing", "composition of the alloy", "alloy of"),
)
CA_TIE = _composition("Ca_tl", "composition of α", ("α contains", "α", "alpha"))
CB_TIE = _composition("Cb_tl", "composition of β", ("β contains", "β", "beta"))
volume_from_tie_line = Relation(
    "volume_fraction_alpha_tie_line",
    GROUP,
    "Volume fraction of α from the tie line and the phase densities",
    "V_al = ((Cb_tl - C0_tl)/rho_al)/((Cb_tl - C0_tl)/rho_al + (C0_tl - Ca_tl)/rho_be)",
    (V_ALPHA, C0_TIE, CA_TIE, CB_TIE, RHO_ALPHA, RHO_BETA),
    description=(
        "W_α = (C_β − C₀)/(C_β − C_α), W_β = 1 − W_α, V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β) "
        "(Callister ch. 9)."
    ),
    keywords=("volume fraction", "lever rule", "density"),
    requires=(("volume fraction",), ALPHA, BETA, ("densit",)),
    excludes=("mass fraction of α is", "mass fractions are", "wt% α", "wt% β"),
    conditions=("temperature",),
    unknowns=("V_al",),
)

RELATIONS = (
    total_ferrite,
    total_cementite,
    ferrite_mass,
    cementite_mass,
    pearlite_mass_hypo,
    pearlite_mass_hyper,
    pro_ferrite_mass,
    pro_cementite_mass,
    volume_from_tie_line,
)
