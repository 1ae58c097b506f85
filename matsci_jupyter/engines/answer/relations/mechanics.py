"""Mechanical behaviour: stress, strain, Hooke's law, elastic constants, Hall–Petch, resolved shear
stress, fracture toughness, true stress and strain, resilience."""

from __future__ import annotations

from ._base import Relation, Symbol, chain
from .common import (
    ALPHA,
    AREA,
    CRACK_AT_CENTRE,
    DELTA_L,
    DELTA_T,
    DIAMETER,
    LENGTH0,
    NOT_SURFACE_CRACK,
    PLANE_STRESS,
    STRAIN,
    STRESS,
    YOUNGS,
)

GROUP = "mechanics"
MECH = (
    "stress",
    "strain",
    "load",
    "force",
    "tensile",
    "elastic",
    "modulus",
    "deform",
    "specimen",
    "bar",
    "rod",
    "wire",
    "cylinder",
    "yield",
)

FORCE = Symbol(
    "F",
    "N",
    "force",
    keywords=(
        "force",
        "load",
        "tensile load",
        "applied load",
        "tensile force",
        "compressive load",
        "weight",
        "pulled with",
        "loaded with",
        "subjected to",
        "maximum load",
    ),
    aliases=("F", "P", "W"),
    plausible=(1e-9, 1e12),
)
SHEAR_MODULUS = Symbol(
    "G",
    "GPa",
    "shear modulus",
    keywords=("shear modulus", "modulus of rigidity", "rigidity modulus", "g"),
    aliases=("G", "μ"),
    plausible=(1e-6, 1000),
)
BULK_MODULUS = Symbol(
    "K_bulk",
    "GPa",
    "bulk modulus",
    keywords=("bulk modulus", "k", "compressibility modulus"),
    aliases=("K", "B"),
    plausible=(1e-6, 1000),
)
POISSON = Symbol(
    "nu_p",
    "dimensionless",
    "Poisson's ratio",
    keywords=("poisson's ratio", "poisson ratio", "poisson", "ν", "nu"),
    aliases=("ν", "nu", "v"),
    kind="fraction",
    valid=(-1, 0.5),
    plausible=(-1, 0.5),
)
LATERAL_STRAIN = Symbol(
    "eps_lat",
    "dimensionless",
    "lateral strain",
    keywords=(
        "lateral strain",
        "transverse strain",
        "radial strain",
        "diametral strain",
        "ε_x",
        "ε_lat",
    ),
    aliases=("ε_x", "ε_lat", "εx", "ε_y"),
    kind="fraction",
    plausible=(-10, 10),
    signed=True,
)
YIELD = Symbol(
    "sigma_y",
    "MPa",
    "yield strength",
    keywords=("yield strength", "yield stress", "σ_y", "σy", "strength", "yield"),
    aliases=("σ_y", "σy", "sigma_y"),
    plausible=(1e-3, 1e5),
)
FRICTION = Symbol(
    "sigma_0",
    "MPa",
    "friction stress σ0",
    keywords=(
        "σ0",
        "σ_0",
        "sigma_0",
        "friction stress",
        "lattice friction",
        "constant σ0",
        "sigma0",
    ),
    aliases=("σ0", "σ_0", "sigma_0", "σ_i", "σi"),
    plausible=(0, 1e5),
)
HP_K = Symbol(
    "k_y",
    "MPa*m^0.5",
    "Hall–Petch coefficient",
    keywords=(
        "hall petch",
        "k_y",
        "ky",
        "strengthening coefficient",
        "locking parameter",
        "constant k",
        "k",
    ),
    aliases=("k", "k_y", "ky", "K_y"),
    plausible=(1e-6, 1e4),
)
GRAIN = Symbol(
    "d_g",
    "μm",
    "grain diameter",
    keywords=("grain diameter", "grain size", "average grain", "mean grain", "grain", "d"),
    aliases=("d",),
    plausible=(1e-4, 1e5),
)
CRSS = Symbol(
    "tau",
    "MPa",
    "resolved shear stress",
    keywords=(
        "resolved shear stress",
        "shear stress",
        "critical resolved shear stress",
        "crss",
        "τ",
        "tau",
        "τ_crss",
        "τ_r",
    ),
    aliases=("τ", "tau", "τ_R", "τ_crss", "τR"),
    plausible=(1e-6, 1e5),
)
PHI = Symbol(
    "phi",
    "degree",
    "angle between the tensile axis and the slip plane normal",
    keywords=("slip plane normal", "normal to the slip plane", "plane normal", "φ", "phi", "angle"),
    aliases=("φ", "phi"),
    kind="angle",
    valid=(0, 90),
    plausible=(0, 90),
)
LAMBDA_ANGLE = Symbol(
    "lam_s",
    "degree",
    "angle between the tensile axis and the slip direction",
    keywords=("slip direction", "λ", "lambda", "angle"),
    aliases=("λ", "lambda"),
    kind="angle",
    valid=(0, 90),
    plausible=(0, 90),
)
TOUGHNESS = Symbol(
    "K_Ic",
    "MPa*m^0.5",
    "fracture toughness",
    keywords=(
        "fracture toughness",
        "plane strain fracture toughness",
        "k_ic",
        "kic",
        "k_1c",
        "k_c",
        "toughness",
        "stress intensity",
        "stress intensity factor",
    ),
    aliases=("K_Ic", "KIc", "K_IC", "KIC", "K_c", "Kc", "K_1c"),
    plausible=(1e-3, 1e4),
)
GEOMETRY = Symbol(
    "Y_g",
    "dimensionless",
    "geometry parameter Y",
    keywords=(
        "y",
        "geometry factor",
        "geometrical factor",
        "dimensionless parameter",
        "parameter y",
        "value of y",
        "geometry parameter",
        "y =",
    ),
    aliases=("Y", "β", "f"),
    kind="number",
    plausible=(0.1, 10),
)
CRACK = Symbol(
    "a_c",
    "mm",
    "crack length",
    keywords=(
        "crack length",
        "surface crack",
        "crack",
        "flaw",
        "flaw size",
        "crack of length",
        "a",
        "length of a surface crack",
        "edge crack",
        "defect",
        "maximum length",
        "maximum crack length",
        "largest crack",
        "critical crack length",
        "length",
    ),
    aliases=("a",),
    plausible=(1e-6, 1e4),
)
TRUE_STRESS = Symbol(
    "sigma_T",
    "MPa",
    "true stress",
    keywords=("true stress", "σ_t", "σt"),
    aliases=("σ_T", "σT"),
    plausible=(1e-6, 1e6),
)
TRUE_STRAIN = Symbol(
    "eps_T",
    "dimensionless",
    "true strain",
    # 'a true plastic strain of 0.10': the plastic part of the flow curve's true strain
    keywords=("true strain", "true plastic strain", "ε_t", "εt"),
    aliases=("ε_T", "εT"),
    kind="fraction",
    plausible=(-10, 10),
    signed=True,
)
RESILIENCE = Symbol(
    "U_r",
    "J/m^3",
    "modulus of resilience",
    keywords=("modulus of resilience", "resilience", "strain energy per unit volume", "u_r", "ur"),
    aliases=("U_r", "Ur"),
    plausible=(1e-6, 1e12),
)
THERMAL_STRESS = STRESS.with_(
    name="sigma_th",
    label="thermal stress",
    keywords=("thermal stress", "stress", "compressive stress", "stress induced"),
)
engineering_stress = Relation(
    "engineering_stress",
    GROUP,
    "Engineering stress",
    "sigma = F/A0",
    (STRESS, FORCE, AREA),
    description="σ = F/A₀.",
    keywords=MECH,
    unknowns=("sigma", "F", "A0"),
)
circle_area = Relation(
    "circle_area",
    GROUP,
    "Area of a circular cross-section",
    "A0 = pi*d0**2/4",
    (AREA, DIAMETER),
    description="A₀ = πd₀²/4.",
)
stress_from_diameter = chain(
    "engineering_stress_round",
    engineering_stress,
    circle_area,
    "A0",
    title="Engineering stress on a round specimen",
    requires=(("diameter", "round", "cylindrical", "wire"),),
    unknowns=("sigma", "F", "d0"),
)
engineering_strain = Relation(
    "engineering_strain",
    GROUP,
    "Engineering strain",
    "eps = dL/L0",
    (STRAIN, DELTA_L, LENGTH0),
    description="ε = ΔL/L₀.",
    keywords=MECH,
    requires=(("strain", "elongat", "stretch", "ε"),),
)
hooke = Relation(
    "hooke",
    GROUP,
    "Hooke's law",
    "sigma = E_mod*eps",
    (STRESS, YOUNGS, STRAIN),
    description="σ = Eε in the elastic region.",
    keywords=(*MECH, "elastic"),
    requires=(("elastic", "modulus", "hooke", "e ="),),
)
elongation = chain(
    "elastic_elongation",
    hooke,
    engineering_strain,
    "eps",
    title="Elastic elongation",
    description="ΔL = σL₀/E (Hooke's law with ε = ΔL/L₀).",
    requires=(("elastic", "modulus", "hooke", "e ="),),
    unknowns=("dL", "sigma", "L0", "E_mod"),
)
elongation_force = chain(
    "elastic_elongation_force",
    elongation,
    engineering_stress,
    "sigma",
    title="Elastic elongation under a load",
    description="ΔL = F L₀/(A₀ E).",
    requires=(("elastic", "modulus", "hooke", "e ="), ("area", "cross section")),
    unknowns=("dL", "F", "L0", "E_mod"),
)
elongation_force_round = chain(
    "elastic_elongation_round",
    elongation,
    stress_from_diameter,
    "sigma",
    title="Elastic elongation of a round specimen under a load",
    description="ΔL = 4 F L₀/(π d₀² E).",
    requires=(("elastic", "modulus", "hooke", "e ="), ("diameter",)),
    unknowns=("dL", "F", "L0", "E_mod", "d0"),
)
poisson = Relation(
    "poisson",
    GROUP,
    "Poisson's ratio",
    "eps_lat = -nu_p*eps",
    (LATERAL_STRAIN, POISSON, STRAIN),
    description="ε_lateral = −ν ε_axial.",
    keywords=("poisson",),
    requires=(("poisson",),),
)
shear_modulus = Relation(
    "shear_modulus",
    GROUP,
    "Elastic and shear moduli",
    "E_mod = 2*G*(1 + nu_p)",
    (YOUNGS, SHEAR_MODULUS, POISSON),
    description="E = 2G(1 + ν) for an isotropic material.",
    keywords=("shear modulus", "poisson", "modulus"),
    requires=(("poisson",),),
)
bulk_modulus = Relation(
    "bulk_modulus",
    GROUP,
    "Elastic and bulk moduli",
    "K_bulk = E_mod/(3*(1 - 2*nu_p))",
    (BULK_MODULUS, YOUNGS, POISSON),
    description="K = E/[3(1 − 2ν)] for an isotropic material.",
    keywords=("bulk modulus", "poisson"),
    requires=(("bulk modulus",),),
)
hall_petch = Relation(
    "hall_petch",
    GROUP,
    "Hall–Petch relation",
    "sigma_y = sigma_0 + k_y/sqrt(d_g)",
    (YIELD, FRICTION, HP_K, GRAIN),
    description="σ_y = σ₀ + k_y d^(−1/2).",
    keywords=("hall petch", "grain", "yield"),
    requires=(("grain",),),
)
resolved_shear = Relation(
    "resolved_shear_stress",
    GROUP,
    "Resolved shear stress (Schmid)",
    "tau = sigma*cos(phi)*cos(lam_s)",
    (CRSS, STRESS, PHI, LAMBDA_ANGLE),
    description="τ_R = σ cos φ cos λ.",
    keywords=("slip", "resolved", "schmid", "single crystal"),
    requires=(("resolved", "schmid", "slip"),),
)
FRACTURE_STRESS = STRESS.with_(
    keywords=(
        *STRESS.keywords,
        "critical stress",
        "fracture stress",
        "design stress",
        "maximum allowable design stress",
        "allowable stress",
        "maximum allowable stress",
        "maximum stress",
        "applied stress",
        "loaded to",
    )
)
fracture_toughness = Relation(
    "fracture_toughness",
    GROUP,
    "Fracture toughness",
    "K_Ic = Y_g*sigma*sqrt(pi*a_c)",
    (TOUGHNESS, GEOMETRY, FRACTURE_STRESS, CRACK),
    description="K_Ic = Yσ√(πa) (a: surface crack length).",
    keywords=("fracture", "crack", "toughness", "critical stress", "fracture stress"),
    # K = Yσ√(πa) is also asked as the stress-intensity factor of a loaded crack
    requires=(("crack", "flaw"), ("toughness", "fracture", "stress intensity")),
    excludes=(*PLANE_STRESS, *NOT_SURFACE_CRACK),
)
# A through-thickness crack that opens from an edge (a single-edge crack) is an edge crack: a is its depth
# (Callister §8.5, 'a: the length of a surface crack'; Anderson, *Fracture Mechanics*, the single-edge-
# notched plate). 'Through-thickness' alone still rules out the relation above (a central through crack).
fracture_edge_through = Relation(
    "fracture_toughness_edge_crack",
    GROUP,
    "Fracture toughness, through-thickness edge crack of stated depth",
    "K_Ic = Y_g*sigma*sqrt(pi*a_c)",
    (TOUGHNESS, GEOMETRY, FRACTURE_STRESS, CRACK),
    description="K_Ic = Yσ√(πa), a: the depth of the edge crack (Callister eq. 8.5).",
    keywords=("fracture", "crack", "toughness", "edge crack"),
    requires=(
        ("edge crack",),
        ("through thickness",),
        ("toughness", "fracture", "stress intensity"),
    ),
    excludes=(
        *PLANE_STRESS,
        *(w for w in NOT_SURFACE_CRACK if w != "through-thickness"),
        "double edge",
        "two edge",
        "both edges",
    ),
)
# an internal (through-thickness, embedded) crack: a in K = Yσ√(πa) is half its length (Callister §8.5,
# 'a: the length of a surface crack or half the length of an internal crack'); the question states the
# whole length, or the half-length named as such
INTERNAL_CRACK = (
    "internal",
    "interior",
    "embedded",
    "center crack",
    "centre crack",
    "central crack",
    "through crack",
    *CRACK_AT_CENTRE,
)
_K_WORDS = ("toughness", "fracture", "stress intensity", "k ic", "kic", "k {ic}", "k_ic")
HALF_LENGTH = ("half length", "half the length", "half crack length", "semi length")
INTERNAL_TOTAL = CRACK.with_(
    name="L_int",
    label="total length of the internal crack (2a)",
    keywords=(
        "total length",
        "crack length",
        "length",
        "long",
        "crack of length",
        "crack",
        "2a",
        # the longest internal crack a part tolerates is asked by its whole length (Callister §8.5)
        "maximum allowable crack length",
        "allowable crack length",
        "maximum crack length",
        "largest crack",
    ),
    aliases=("2a",),
)
INTERNAL_HALF = CRACK.with_(
    name="a_half",
    label="half-length of the internal crack (a)",
    keywords=HALF_LENGTH,
    aliases=("a",),
)
fracture_internal_total = Relation(
    "fracture_toughness_internal_crack",
    GROUP,
    "Fracture toughness, internal crack of stated total length (a = half of it)",
    "K_Ic = Y_g*sigma*sqrt(pi*L_int/2)",
    (TOUGHNESS, GEOMETRY, FRACTURE_STRESS, INTERNAL_TOTAL),
    description="K_Ic = Yσ√(πa) with a = half the internal crack's length (Callister eq. 8.5).",
    keywords=("fracture", "crack", "toughness", "internal"),
    # K = Yσ√(πa) asked as the stress-intensity factor of a loaded internal crack, as for a surface
    # one, or K_Ic given by its symbol alone
    requires=(("crack",), _K_WORDS, INTERNAL_CRACK),
    excludes=(*PLANE_STRESS, *HALF_LENGTH, "surface crack", "edge crack"),
)
fracture_internal_half = Relation(
    "fracture_toughness_internal_half_length",
    GROUP,
    "Fracture toughness, internal crack of stated half-length a",
    "K_Ic = Y_g*sigma*sqrt(pi*a_half)",
    (TOUGHNESS, GEOMETRY, FRACTURE_STRESS, INTERNAL_HALF),
    description="K_Ic = Yσ√(πa), a = half the internal crack's length (Callister eq. 8.5).",
    keywords=("fracture", "crack", "toughness", "internal"),
    requires=(("crack",), _K_WORDS, INTERNAL_CRACK, HALF_LENGTH),
    excludes=(*PLANE_STRESS, "surface crack", "edge crack", "total length"),
)
true_stress = Relation(
    "true_stress",
    GROUP,
    "True stress from engineering values",
    "sigma_T = sigma*(1 + eps)",
    (TRUE_STRESS, STRESS, STRAIN),
    description="σ_T = σ(1 + ε) up to necking.",
    keywords=("true stress",),
    requires=(("true stress",),),
)
true_strain = Relation(
    "true_strain",
    GROUP,
    "True strain from engineering strain",
    "eps_T = log(1 + eps)",
    (TRUE_STRAIN, STRAIN),
    description="ε_T = ln(1 + ε).",
    keywords=("true strain",),
    requires=(("true strain",),),
)
resilience = Relation(
    "modulus_of_resilience",
    GROUP,
    "Modulus of resilience",
    "U_r = sigma_y**2/(2*E_mod)",
    (RESILIENCE, YIELD, YOUNGS),
    description="U_r = σ_y²/(2E).",
    keywords=("resilience",),
    requires=(("resilience",),),
)
SIGN_CONVENTION_WORDS = (
    "tension positive",
    "tensile positive",
    "tension as positive",
    "tensile as positive",
    "tension is positive",
    "tensile is positive",
    "compression negative",
    "compressive negative",
    "compression as negative",
    "compressive as negative",
    "compression is negative",
    "compressive is negative",
    "negative for compression",
    "negative if compressive",
    "positive for tension",
    "positive if tensile",
)
thermal_stress = Relation(
    "thermal_stress",
    GROUP,
    "Thermal stress in a constrained bar",
    "sigma_th = E_mod*alpha*Abs(dT)",
    (THERMAL_STRESS, YOUNGS, ALPHA, DELTA_T),
    description="|σ| = Eα|ΔT|: the stress when thermal expansion is fully prevented (compressive on heating, "
    "tensile on cooling).",
    unknowns=("sigma_th", "E_mod", "alpha"),
    # a stated sign convention asks the signed value, which thermal_stress_signed gives
    excludes=SIGN_CONVENTION_WORDS,
    keywords=("thermal stress", "constrained", "restrained", "prevented", "rigid"),
    requires=(
        (
            "thermal stress",
            "constrain",
            "restrain",
            "prevented",
            "rigid",
            "rigidly",
            "clamped",  # 'clamped rigidly at 120 °C and cooled'
            "fixed ends",
            "cannot expand",
            "not free",
        ),
    ),
)

# The signed thermal stress σ = −EαΔT (tension positive): a restrained bar heated (ΔT > 0) is compressed,
# one cooled is pulled. Used only where the question states its sign convention ('compression as
# negative', 'tensile positive'); ΔT is final − initial as written ('heated from 20 °C to 80 °C': +60 K).
SIGNED_THERMAL_STRESS = THERMAL_STRESS.with_(
    name="sigma_ths",
    label="thermal stress with its sign (tension positive)",
    signed=True,
    plausible=(-1e6, 1e6),
)
thermal_stress_signed = Relation(
    "thermal_stress_signed",
    GROUP,
    "Thermal stress in a constrained bar, with its sign",
    "sigma_ths = -E_mod*alpha*dT",
    (SIGNED_THERMAL_STRESS, YOUNGS, ALPHA, DELTA_T),
    description="σ = −EαΔT, tension positive: compressive on heating, tensile on cooling (Callister eq. 19.8).",
    unknowns=("sigma_ths",),
    keywords=("thermal stress", "constrained", "restrained", "rigid"),
    requires=(
        thermal_stress.requires[0],
        SIGN_CONVENTION_WORDS,
        ("heated", "cooled", "heating", "cooling", "raised", "lowered", "warmed", "quenched"),
    ),
)

strain_round = chain(
    "elastic_strain_round",
    hooke,
    stress_from_diameter,
    "sigma",
    title="Elastic strain of a round specimen under a load",
    description="ε = σ/E with σ = 4F/(πd₀²).",
    requires=(("elastic", "modulus", "hooke", " e "), ("diameter",)),
    unknowns=("eps",),
)
D_FINAL = Symbol(
    "d_f",
    "mm",
    "final diameter",
    keywords=("final diameter", "reduced to", "to", "drawn to", "deformed diameter", "after"),
    aliases=("d_d", "d_f", "df", "dd"),
    plausible=(1e-6, 1e5),
)
D_INITIAL = DIAMETER.with_(
    keywords=("original diameter", "initial diameter", "from", "diameter of")
)
COLD_WORK = Symbol(
    "cw",
    "percent",
    "percent cold work",
    keywords=(
        "percent cold work",
        "cold work",
        "%cw",
        "degree of cold work",
        "amount of cold work",
    ),
    aliases=("%CW", "CW"),
    kind="fraction",
    valid=(0, 100),
    plausible=(0, 100),
)
cold_work = Relation(
    "percent_cold_work",
    GROUP,
    "Percent cold work (round)",
    "cw = 100*(d0**2 - d_f**2)/d0**2",
    (COLD_WORK, D_INITIAL, D_FINAL),
    description="%CW = (A₀ − A_d)/A₀ × 100 with A = πd²/4.",
    keywords=("cold work",),
    requires=(("cold work", "%cw"),),
    # a sheet or plate rolled thinner keeps its width: %CW = (t₀ − t_d)/t₀, the thickness ratio to the
    # first power, not squared as for a round section (Callister eq. 7.8 with A = w·t)
    excludes=(
        "thick",
        "thickness",
        "sheet",
        "plate",
        "strip",
        "slab",
        "width",
        "wide",
        "rectangular",
    ),
    unknowns=("cw",),
)

RELATIONS = (
    strain_round,
    cold_work,
    engineering_stress,
    stress_from_diameter,
    engineering_strain,
    hooke,
    elongation,
    elongation_force,
    elongation_force_round,
    poisson,
    shear_modulus,
    bulk_modulus,
    hall_petch,
    resolved_shear,
    fracture_toughness,
    fracture_edge_through,
    fracture_internal_total,
    fracture_internal_half,
    true_stress,
    true_strain,
    resilience,
    thermal_stress,
    thermal_stress_signed,
)
