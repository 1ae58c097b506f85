"""Introductory-course relations beyond the first library: composites, steel phase fractions,
solidification and transformation kinetics, Gibbs energy, vapour pressure, fracture and ductility.

Sources (each relation's description names its equation):
Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.) — ch. 6
(%EL, %RA, hardness–tensile strength), ch. 8 (stress concentration, Griffith), ch. 9 (Fe–Fe₃C lever
rule with 0.022, 0.76 and 6.70 wt% C), ch. 10 (homogeneous nucleation r*, ΔG*; Avrami), ch. 12
(flexural strength), ch. 16 (rule of mixtures, iso-strain and iso-stress moduli); Atkins, *Physical
Chemistry* (Gibbs energy, Clausius–Clapeyron).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import (
    ABOVE_TRANSITION,
    BCC,
    FCC,
    FINAL_LENGTH,
    LATTICE_A,
    LENGTH0,
    NOT_SURFACE_CRACK,
    STRESS,
    TEMPERATURE,
    YOUNGS,
    fraction_symbol,
)
from .defects_phases import C_ALLOY

GROUP = "syllabus"


# ------------------------------------------------------------------ composites (rule of mixtures)
E_COMPOSITE = YOUNGS.with_(
    name="E_c",
    label="composite modulus",
    keywords=(
        "modulus of elasticity of the composite",
        "composite modulus",
        "modulus of the composite",
        "elastic modulus of the composite",
        "longitudinal modulus",
        "transverse modulus",
        "modulus perpendicular to the fibers",
        "modulus parallel to the fibers",
        "modulus transverse to the fibers",
        "modulus along the fibers",
        "modulus normal to the fibers",
        "modulus across the fibers",
        "modulus in the fiber direction",
        "modulus",
    ),
    aliases=("E_c", "Ec", "E_cl", "E_ct"),
)
# the longitudinal and the transverse modulus are two quantities: two nodes of the relation graph
E_LONGITUDINAL = E_COMPOSITE.with_(name="E_cl")
E_TRANSVERSE = E_COMPOSITE.with_(name="E_ct")
E_MATRIX = YOUNGS.with_(
    name="E_m",
    label="matrix modulus",
    keywords=("matrix", "matrix modulus", "modulus of the matrix", "resin", "epoxy", "polyester"),
    aliases=("E_m", "Em"),
)
E_FIBER = YOUNGS.with_(
    name="E_fib",
    label="fiber modulus",
    keywords=(
        "fiber",
        "fibre",
        "fiber modulus",
        "modulus of the fiber",
        "glass",
        "carbon",
        "aramid",
    ),
    aliases=("E_f", "Ef"),
)
V_FIBER = Symbol(
    "V_fib",
    "percent",
    "fiber volume fraction",
    keywords=(
        "volume fraction of fiber",
        "fiber volume fraction",
        "fiber content",
        "fibers",
        "fiber",
    ),
    aliases=("V_f", "Vf"),
    kind="composition",
    valid=(0, 100),
    plausible=(0, 100),
)
COMPOSITE_WORDS = (
    "composite",
    "fiber reinforced",
    "fibre reinforced",
    "reinforced",
    "lamina",
    "laminate",
    # a fibre/matrix pair written with a slash names the composite ('glass-fibre/epoxy',
    # 'carbon-fiber/PEEK', 'E-glass/polyester')
    "fiber/epoxy",
    "fiber/polyester",
    "fiber/vinyl ester",
    "fiber/resin",
    "fiber/peek",
    "fiber/nylon",
    "glass/epoxy",
    "glass/polyester",
    "carbon/epoxy",
    "aramid/epoxy",
    "kevlar/epoxy",
)
iso_strain = Relation(
    "rule_of_mixtures_isostrain",
    GROUP,
    "Composite modulus, longitudinal (iso-strain rule of mixtures)",
    "E_cl = E_m*(1 - V_fib/100) + E_fib*V_fib/100",
    (E_LONGITUDINAL, E_MATRIX, E_FIBER, V_FIBER),
    description="E_cl = E_m V_m + E_f V_f for continuous aligned fibers loaded along them (Callister eq. 16.10b).",
    keywords=("composite", "longitudinal", "rule of mixtures", "iso strain"),
    requires=(
        COMPOSITE_WORDS,
        (
            "longitudinal",
            "iso strain",
            "isostrain",
            "parallel to the fiber",
            "along the fiber",
            "fiber direction",
            "direction of the fiber",
        ),
    ),
)
iso_stress = Relation(
    "rule_of_mixtures_isostress",
    GROUP,
    "Composite modulus, transverse (iso-stress)",
    "1/E_ct = (1 - V_fib/100)/E_m + V_fib/100/E_fib",
    (E_TRANSVERSE, E_MATRIX, E_FIBER, V_FIBER),
    description="1/E_ct = V_m/E_m + V_f/E_f for loading perpendicular to aligned fibers (Callister eq. 16.16).",
    keywords=("composite", "transverse", "iso stress"),
    requires=(
        COMPOSITE_WORDS,
        (
            "transverse",
            "iso stress",
            "isostress",
            "perpendicular to the fiber",
            "normal to the fiber",
            "across the fiber",
        ),
    ),
)

# A unidirectional (continuous, aligned-fibre) composite asked for 'the modulus of the composite' with no
# loading direction: the modulus such a lamina is rated by is the longitudinal one (Callister ch. 16:
# continuous aligned fibres, 'loaded in the direction of fiber alignment', eq. 16.10b and Example
# Problem 16.1). Any word of a direction or of another fibre arrangement leaves the question to the two
# relations above (or to a refusal); a fibre content by weight is not a volume fraction.
ALIGNED_FIBERS = (
    "unidirectional",
    "uni directional",
    "continuous and aligned",
    "aligned and continuous",
    "continuous aligned",
    "aligned continuous",
    "continuous, aligned",
    "aligned, continuous",
)
iso_strain_direction_unstated = Relation(
    "rule_of_mixtures_unidirectional",
    GROUP,
    "Modulus of a unidirectional composite (longitudinal, iso-strain)",
    "E_cl = E_m*(1 - V_fib/100) + E_fib*V_fib/100",
    (E_LONGITUDINAL, E_MATRIX, E_FIBER, V_FIBER),
    description="E_cl = E_m V_m + E_f V_f: the longitudinal modulus of continuous aligned fibers, the one "
    "a unidirectional composite's modulus means (Callister eq. 16.10b).",
    keywords=("composite", "unidirectional", "rule of mixtures"),
    requires=(COMPOSITE_WORDS, ALIGNED_FIBERS, ("modulus",)),
    excludes=(
        # a direction named: iso_strain or iso_stress reads it
        *iso_strain.requires[1],
        *iso_stress.requires[1],
        "perpendicular",
        "normal to",
        "across",
        "direction",
        # other arrangements or quantities
        "discontinuous",
        "short",
        "chopped",
        "random",
        "critical length",
        "woven",
        "cross ply",
        "laminate",
        "shear",
        "poisson",
        "specific",
        # a fibre content by mass
        "wt%",
        "wt %",
        "weight percent",
        "weight fraction",
        "mass fraction",
        "by weight",
        "by mass",
    ),
    unknowns=("E_cl",),
)

# ------------------------------------------------------------------ steels: Fe–Fe3C lever rule
CARBON = C_ALLOY.with_(
    label="carbon content (wt% C)",
    keywords=(
        "c",
        "carbon",
        "wt% carbon",
        "carbon content",
        "composition",
        "carbon concentration",
        "concentration of carbon",
    ),
    aliases=("C0", "C_0"),
    plausible=(0.0, 6.7),
    valid=(0, 6.7),
)
# the carbon range of each side of the eutectoid: a carbon content read backwards from a lever rule
# must lie on the side the rule is written for (Callister Fig. 9.24: 0.022–0.76 and 0.76–2.14 wt% C)
HYPO_CARBON = CARBON.with_(valid=(0.022, 0.76))
HYPER_CARBON = CARBON.with_(valid=(0.76, 2.14))
W_PROEUTECTOID_FERRITE = fraction_symbol(
    "W_pf",
    "mass fraction of proeutectoid ferrite",
    (
        "proeutectoid ferrite",
        "proeutectoid α",
        "proeutectoid alpha",
        "fraction of proeutectoid ferrite",
        # '0.25 mass fraction of proeutectoid ferrite': the words read after a value stop short of the
        # noun; the relation requires the phase to be named in full elsewhere
        "fraction of proeutectoid",
    ),
)
W_PEARLITE = fraction_symbol(
    "W_p", "mass fraction of pearlite", ("pearlite", "fraction of pearlite")
)
W_PROEUTECTOID_CEMENTITE = fraction_symbol(
    "W_pc",
    "mass fraction of proeutectoid cementite",
    (
        "proeutectoid cementite",
        "proeutectoid fe3c",
        "fraction of proeutectoid cementite",
        "fraction of proeutectoid",
    ),
)
FE_C_POINTS = (
    ("C_e", 0.76, "eutectoid composition 0.76 wt% C"),
    ("C_af", 0.022, "ferrite at the eutectoid temperature 0.022 wt% C"),
    ("C_cm", 6.70, "cementite (Fe3C) 6.70 wt% C"),
)
STEEL = ("steel", "iron carbon", "fe c", "fe fe3c", "eutectoid")
# a proeutectoid constituent names the steel's side of the eutectoid: proeutectoid cementite forms only
# above 0.76 wt% C, proeutectoid ferrite only below it, so the other side's lever rule does not apply
HYPER_MARKS = ("proeutectoid cementite", "proeutectoid fe3c", "primary cementite")
HYPO_MARKS = ("proeutectoid ferrite", "proeutectoid α", "proeutectoid alpha", "primary ferrite")
hypo_ferrite = Relation(
    "proeutectoid_ferrite_fraction",
    GROUP,
    "Proeutectoid ferrite in a hypoeutectoid steel (lever rule)",
    "W_pf = (C_e - C0)/(C_e - C_af)",
    (W_PROEUTECTOID_FERRITE, HYPO_CARBON),
    description="W_α' = (0.76 − C₀)/(0.76 − 0.022) with C₀ in wt% C (Callister eq. 9.21).",
    keywords=("proeutectoid", "hypoeutectoid", "ferrite"),
    requires=(STEEL, ("proeutectoid ferrite", "proeutectoid α", "proeutectoid alpha")),
    excludes=HYPER_MARKS,
    fixed=FE_C_POINTS,
    conditions=("temperature",),  # 'cooled slowly from 870 °C' states the process
    unknowns=("W_pf", "C0"),  # read backwards: the steel's carbon from its proeutectoid ferrite
)
hypo_pearlite = Relation(
    "pearlite_fraction_hypoeutectoid",
    GROUP,
    "Pearlite in a hypoeutectoid steel (lever rule)",
    "W_p = (C0 - C_af)/(C_e - C_af)",
    (W_PEARLITE, HYPO_CARBON),
    description="W_p = (C₀ − 0.022)/(0.76 − 0.022) for 0.022 < C₀ < 0.76 wt% C (Callister eq. 9.20).",
    keywords=("pearlite", "hypoeutectoid"),
    # the regime needs no naming: the other side's formula gives a fraction above 1 and is invalid
    requires=(STEEL, ("pearlite",)),
    excludes=(
        *ABOVE_TRANSITION,
        "hypereutectoid",
        *HYPER_MARKS,
    ),
    fixed=FE_C_POINTS,
    conditions=("temperature",),  # 'cooled slowly from 870 °C' states the process
    unknowns=("W_p", "C0"),  # read backwards: the steel's carbon from its pearlite
)
hyper_cementite = Relation(
    "proeutectoid_cementite_fraction",
    GROUP,
    "Proeutectoid cementite in a hypereutectoid steel (lever rule)",
    "W_pc = (C0 - C_e)/(C_cm - C_e)",
    (W_PROEUTECTOID_CEMENTITE, HYPER_CARBON),
    description="W_Fe₃C' = (C₁ − 0.76)/(6.70 − 0.76) with C₁ in wt% C (Callister eq. 9.23).",
    keywords=("proeutectoid", "hypereutectoid", "cementite"),
    requires=(STEEL, ("proeutectoid cementite", "proeutectoid fe3c")),
    excludes=HYPO_MARKS,
    fixed=FE_C_POINTS,
    conditions=("temperature",),  # 'cooled slowly from 870 °C' states the process
    unknowns=("W_pc", "C0"),  # read backwards: the steel's carbon from its proeutectoid cementite
)
hyper_pearlite = Relation(
    "pearlite_fraction_hypereutectoid",
    GROUP,
    "Pearlite in a hypereutectoid steel (lever rule)",
    "W_p = (C_cm - C0)/(C_cm - C_e)",
    (W_PEARLITE, HYPER_CARBON),
    description="W_p = (6.70 − C₁)/(6.70 − 0.76) for 0.76 < C₁ < 2.14 wt% C (Callister eq. 9.22).",
    keywords=("pearlite", "hypereutectoid"),
    requires=(STEEL, ("pearlite",)),
    excludes=(
        *ABOVE_TRANSITION,
        "hypoeutectoid",
        *HYPO_MARKS,
    ),
    fixed=FE_C_POINTS,
    conditions=("temperature",),  # 'cooled slowly from 870 °C' states the process
    # read backwards too: a pearlite fraction alone fits a hypo- and a hypereutectoid steel, and the
    # two readings then differ (refused unless the side is named)
    unknowns=("W_p", "C0"),
)

# ------------------------------------------------------------------ solidification: homogeneous nucleation
SURFACE_ENERGY = Symbol(
    "gamma_s",
    "J/m^2",
    "surface free energy",
    keywords=("surface free energy", "surface energy", "interfacial energy", "γ"),
    aliases=("γ", "gamma"),
    plausible=(1e-4, 10),
)
LATENT_HEAT_VOL = Symbol(
    "H_fus_vol",
    "J/m^3",
    "latent heat of fusion (per volume)",
    keywords=("latent heat of fusion", "heat of fusion", "latent heat", "δh_f", "Δh_f"),
    aliases=("ΔH_f", "H_f", "ΔHf"),
    plausible=(-1e11, 1e11),
    signed=True,  # Callister writes ΔH_f < 0; the relations use its magnitude
)
MELTING_T = TEMPERATURE.with_(
    name="T_m",
    label="melting temperature",
    keywords=("melting temperature", "melting point", "melts at", "t_m"),
    aliases=("T_m", "Tm"),
)
UNDERCOOLING = Symbol(
    "dT_u",
    "delta_degC",
    "undercooling ΔT",
    keywords=("supercooling", "undercooling", "supercooled", "undercooled", "below"),
    aliases=("ΔT",),
    kind="temperature_difference",
    plausible=(1e-3, 1e4),
)
CRITICAL_RADIUS = Symbol(
    "r_crit",
    "nm",
    "critical nucleus radius r*",
    keywords=("critical radius", "critical nucleus radius", "radius of the critical nucleus", "r*"),
    aliases=("r*", "r_c"),
    plausible=(1e-4, 1e4),
)
BARRIER = Symbol(
    "dG_crit",
    "J",
    "activation free energy ΔG*",
    keywords=(
        "activation free energy",
        "energy barrier",
        "nucleation barrier",
        "critical free energy",
        "δg*",
    ),
    aliases=("ΔG*",),
    plausible=(1e-30, 1e-10),
)
NUCLEATION = ("nucleat", "nucleus", "nuclei", "solidif")
critical_radius = Relation(
    "nucleation_critical_radius",
    GROUP,
    "Critical radius for homogeneous nucleation",
    "r_crit = 2*gamma_s*T_m/(Abs(H_fus_vol)*dT_u)",
    (CRITICAL_RADIUS, SURFACE_ENERGY, MELTING_T, LATENT_HEAT_VOL, UNDERCOOLING),
    description="r* = 2γT_m/(ΔH_f ΔT), ΔH_f per unit volume (Callister eq. 10.6).",
    keywords=("critical radius", "nucleation", "homogeneous"),
    requires=(NUCLEATION, ("critical radius", "critical nucleus", "r*")),
    unknowns=("r_crit",),
)
# The atoms in that critical nucleus for a cubic metal: N = (4/3)πr*³ · n/a³ with r* as above and n atoms per
# cubic cell (Callister problem 10.x, eq. 10.6 with the cell's atom density).
NUCLEUS_ATOMS = Symbol(
    "N_nuc",
    "dimensionless",
    "atoms in the critical nucleus",
    keywords=(
        "atoms",
        "how many atoms",
        "number of atoms",
        "atoms does a critical nucleus contain",
    ),
    kind="number",
    plausible=(1, 1e12),
)


# its own name: a melting point beside a lattice parameter is no value of a density relation's topic
NUCLEUS_CELL = LATTICE_A.with_(name="a_nuc", label="lattice parameter of the solidifying metal")


def _nucleus_atoms(name: str, words: tuple[str, ...], n: int) -> Relation:
    return Relation(
        f"critical_nucleus_atoms_{name}",
        GROUP,
        f"Atoms in the critical nucleus ({name.upper()})",
        f"N_nuc = 4*pi/3*(2*gamma_s*T_m/(Abs(H_fus_vol)*dT_u))**3*{n}/a_nuc**3",
        (NUCLEUS_ATOMS, SURFACE_ENERGY, MELTING_T, LATENT_HEAT_VOL, UNDERCOOLING, NUCLEUS_CELL),
        description=f"N = (4/3)πr*³·{n}/a³, r* = 2γT_m/(|ΔH_f|ΔT) (Callister eq. 10.6), {n} atoms per "
        f"{name.upper()} cell.",
        keywords=("critical nucleus", "atoms", "nucleation"),
        requires=(NUCLEATION, ("critical nucleus", "of critical size"), ("atoms",), words),
        unknowns=("N_nuc",),
    )


nucleus_atoms_fcc = _nucleus_atoms("fcc", FCC, 4)
nucleus_atoms_bcc = _nucleus_atoms("bcc", BCC, 2)
nucleation_barrier = Relation(
    "nucleation_barrier",
    GROUP,
    "Activation free energy for homogeneous nucleation",
    "dG_crit = 16*pi*gamma_s**3*T_m**2/(3*H_fus_vol**2*dT_u**2)",
    (BARRIER, SURFACE_ENERGY, MELTING_T, LATENT_HEAT_VOL, UNDERCOOLING),
    description="ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²) (Callister eq. 10.7).",
    keywords=("activation free energy", "nucleation", "barrier"),
    requires=(NUCLEATION, ("activation free energy", "barrier", "δg*", "Δg*")),
    unknowns=("dG_crit",),
)

# ------------------------------------------------------------------ thermodynamics
DG = Symbol(
    "dG",
    "kJ/mol",
    "Gibbs free energy change ΔG",
    keywords=("gibbs free energy", "free energy change", "gibbs energy", "δg", "Δg"),
    aliases=("ΔG", "dG"),
    plausible=(-1e5, 1e5),
    molar_ok=True,
    signed=True,
)
DH = Symbol(
    "dH",
    "kJ/mol",
    "enthalpy change ΔH",
    keywords=("enthalpy change", "enthalpy", "heat of reaction", "δh", "Δh"),
    aliases=("ΔH", "dH"),
    plausible=(-1e5, 1e5),
    molar_ok=True,
    signed=True,
)
DS = Symbol(
    "dS",
    "J/(mol*K)",
    "entropy change ΔS",
    keywords=("entropy change", "entropy", "δs", "Δs"),
    aliases=("ΔS", "dS"),
    plausible=(-1e4, 1e4),
    molar_ok=True,
    signed=True,
)
gibbs = Relation(
    "gibbs_energy",
    GROUP,
    "Gibbs energy change",
    "dG = dH - T*dS",
    (DG, DH, TEMPERATURE, DS),
    description="ΔG = ΔH − TΔS at constant temperature and pressure.",
    keywords=("gibbs", "free energy", "enthalpy", "entropy"),
    # ΔG may be asked by its symbol alone ('evaluate ΔG° at 1000 K'), as ΔH and ΔS may be given by theirs
    requires=(
        ("gibbs", "free energy", "δg", "Δg"),
        ("enthalpy", "δh", "Δh"),
        ("entropy", "δs", "Δs"),
    ),
)
P1 = Symbol(
    "p_1",
    "kPa",
    "vapour pressure at T₁",
    keywords=("vapor pressure", "vapour pressure", "pressure"),
    aliases=("p_1", "P_1", "p1", "P1"),
    plausible=(1e-12, 1e8),
)
P2 = P1.with_(name="p_2", label="vapour pressure at T₂", aliases=("p_2", "P_2", "p2", "P2"))
T1 = TEMPERATURE.with_(name="T_1", label="temperature T₁", aliases=("T_1", "T1"))
T2 = TEMPERATURE.with_(name="T_2", label="temperature T₂", aliases=("T_2", "T2"))
DH_VAP = DH.with_(
    name="dH_vap",
    label="enthalpy of vaporization",
    keywords=(
        "enthalpy of vaporization",
        "heat of vaporization",
        "enthalpy of sublimation",
        "latent heat",
    ),
    aliases=("ΔH_vap", "ΔHvap"),
    signed=False,
    plausible=(0.01, 1e4),
)
clausius_clapeyron = Relation(
    "clausius_clapeyron",
    GROUP,
    "Clausius–Clapeyron equation",
    "log(p_2/p_1) = dH_vap/R*(1/T_1 - 1/T_2)",
    (P2, P1, DH_VAP, T1, T2),
    description="ln(p₂/p₁) = (ΔH_vap/R)(1/T₁ − 1/T₂) (Atkins, integrated Clausius–Clapeyron).",
    keywords=("vapor pressure", "vapour pressure", "clausius", "clapeyron", "boiling"),
    requires=(("vapor pressure", "vapour pressure"), ("vaporization", "sublimation", "clausius")),
    pairs=(("p_1", "T_1"), ("p_2", "T_2")),
    unknowns=("p_2", "dH_vap"),
)

# ------------------------------------------------------------------ fracture and ductility
CRACK_HALF = Symbol(
    "a_cr",
    "mm",
    "crack length a",
    keywords=(
        "crack length",
        "length of a surface crack",
        "surface crack",
        "crack",
        "flaw",
        "half length",
    ),
    aliases=("a",),
    plausible=(1e-9, 1e4),
)
TIP_RADIUS = Symbol(
    "rho_t",
    "mm",
    "crack tip radius",
    keywords=("tip radius", "radius of curvature", "crack tip radius", "tip"),
    aliases=("ρ_t", "ρt"),
    plausible=(1e-12, 1e3),
)
MAX_STRESS = STRESS.with_(
    name="sigma_m",
    label="maximum stress at the crack tip",
    keywords=(
        "maximum stress at the crack tip",
        "stress at the crack tip",
        "crack tip stress",
        "maximum stress",
    ),
    aliases=("σ_m", "σm"),
)
stress_concentration = Relation(
    "crack_tip_stress",
    GROUP,
    "Stress at a crack tip",
    "sigma_m = 2*sigma*sqrt(a_cr/rho_t)",
    (MAX_STRESS, STRESS, CRACK_HALF, TIP_RADIUS),
    description="σ_m = 2σ₀(a/ρ_t)^½ (Callister eq. 8.1; a: surface-crack length or half an internal one).",
    keywords=("crack tip", "stress concentration", "tip radius"),
    requires=(("crack tip", "tip radius", "radius of curvature"),),
    excludes=NOT_SURFACE_CRACK,
    unknowns=("sigma_m",),
)
L_FRACTURE = FINAL_LENGTH.with_(
    label="length at fracture",
    keywords=(
        "length at fracture",
        "fracture length",
        "final length",
        "after fracture",
        "at fracture",
    ),
    aliases=("L_f", "l_f", "Lf", "lf"),
)
ELONGATION_PCT = Symbol(
    "pct_el",
    "percent",
    "percent elongation",
    keywords=("percent elongation", "%el", "elongation", "ductility"),
    aliases=("%EL", "EL"),
    kind="fraction",
    plausible=(0, 1000),
)
percent_elongation = Relation(
    "percent_elongation",
    GROUP,
    "Ductility as percent elongation",
    "pct_el = 100*(L_f - L0)/L0",
    (ELONGATION_PCT, L_FRACTURE, LENGTH0),
    description="%EL = (l_f − l₀)/l₀ × 100 (Callister eq. 6.11).",
    keywords=("ductility", "elongation", "fracture"),
    requires=(("percent elongation", "%el", "ductility"),),
    unknowns=("pct_el",),
)
HARDNESS_HB = Symbol(
    "HB_num",
    "dimensionless",
    "Brinell hardness HB",
    keywords=("brinell hardness", "hardness", "hb", "bhn"),
    aliases=("HB", "BHN"),
    kind="number",
    plausible=(1, 1000),
)
TENSILE = STRESS.with_(
    name="sigma_ts",
    label="tensile strength",
    keywords=("tensile strength", "ultimate tensile strength", "uts", "ts"),
    aliases=("TS", "UTS", "σ_TS"),
)
hardness_strength = Relation(
    "brinell_tensile_strength",
    GROUP,
    "Tensile strength from Brinell hardness (steels, cast iron, brass)",
    "sigma_ts = c_hb*HB_num",
    (TENSILE, HARDNESS_HB),
    fixed=(("c_hb", "3.45 MPa", "TS ≈ 3.45 MPa per Brinell hardness unit"),),
    description="TS (MPa) ≈ 3.45 × HB for most steels (Callister eq. 6.20a).",
    keywords=("brinell", "hardness", "tensile strength"),
    requires=(("brinell", "hb"), ("tensile strength",), ("steel", "cast iron", "brass")),
)

RELATIONS = (
    iso_strain,
    iso_stress,
    iso_strain_direction_unstated,
    hypo_ferrite,
    hypo_pearlite,
    hyper_cementite,
    hyper_pearlite,
    critical_radius,
    nucleus_atoms_fcc,
    nucleus_atoms_bcc,
    nucleation_barrier,
    gibbs,
    clausius_clapeyron,
    stress_concentration,
    percent_elongation,
    hardness_strength,
)

# ------------------------------------------------------------------ ceramics: Schottky defects
SCHOTTKY_DEFECTS = Symbol(
    "N_sch",
    "1/m^3",
    "number of Schottky defects per volume",
    keywords=("schottky defects", "number of schottky defects", "schottky defect concentration"),
    aliases=("N_s",),
    plausible=(1e-30, 1e31),
)
LATTICE_SITES = Symbol(
    "N_lat",
    "1/m^3",
    "lattice sites per volume",
    keywords=("lattice sites", "number of lattice sites", "sites", "formula units", "cation sites"),
    aliases=("N",),
    plausible=(1e20, 1e31),
)
SCHOTTKY_ENERGY = Symbol(
    "Q_sch",
    "eV",
    "energy for Schottky defect formation",
    keywords=(
        "energy for schottky defect formation",
        "schottky defect formation energy",
        "formation energy",
        "energy",
    ),
    aliases=("Q_s", "Qs"),
    plausible=(0.01, 20),
    molar_ok=True,
)
schottky = Relation(
    "schottky_defects",
    GROUP,
    "Equilibrium Schottky defects",
    "N_sch = N_lat*exp(-Q_sch/(2*k_B*T))",
    (SCHOTTKY_DEFECTS, LATTICE_SITES, SCHOTTKY_ENERGY, TEMPERATURE),
    description="N_s = N exp(−Q_s/2kT): a cation–anion vacancy pair (Callister eq. 12.3).",
    keywords=("schottky",),
    requires=(("schottky",),),
    unknowns=("N_sch", "Q_sch"),
)

# ------------------------------------------------------------------ ceramics: flexural strength
FLEX_FORCE = Symbol(
    "F_f",
    "N",
    "load at fracture",
    keywords=("load at fracture", "fracture load", "load", "force", "fractures at", "fails at"),
    aliases=("F_f", "F"),
    plausible=(1e-6, 1e9),
)
SUPPORT_SPAN = Symbol(
    "L_s",
    "mm",
    "support span",
    keywords=(
        "support span",
        "span",
        "distance between support points",
        "between the supports",
        "separation",
    ),
    aliases=("L",),
    plausible=(1e-4, 1e5),
)
WIDTH = Symbol(
    "b_w", "mm", "specimen width", keywords=("width", "wide"), aliases=("b",), plausible=(1e-4, 1e5)
)
THICK = Symbol(
    "d_h",
    "mm",
    "specimen thickness",
    keywords=("thickness", "thick", "height", "depth"),
    aliases=("d", "h"),
    plausible=(1e-4, 1e5),
)
FLEX_STRENGTH = STRESS.with_(
    name="sigma_fs",
    label="flexural strength",
    keywords=("flexural strength", "modulus of rupture", "fracture strength", "bend strength"),
    aliases=("σ_fs", "σfs"),
)
# σ = 3FL/(2bd²) and σ = FL/(πR³) hold for three-point bending only: with four loading points the
# moment between the inner ones is F(L − L_i)/4 and the formula needs the inner span (ASTM C1161).
FOUR_POINT = ("four point", "4 point")
flexural_rect = Relation(
    "flexural_strength_rectangular",
    GROUP,
    "Flexural strength, rectangular bar in three-point bending",
    "sigma_fs = 3*F_f*L_s/(2*b_w*d_h**2)",
    (FLEX_STRENGTH, FLEX_FORCE, SUPPORT_SPAN, WIDTH, THICK),
    description="σ_fs = 3F_fL/(2bd²) (Callister eq. 12.7a).",
    keywords=("flexural", "three point", "bend", "modulus of rupture"),
    requires=(
        ("flexural", "three point", "3 point", "modulus of rupture", "bend test", "bending"),
        ("rectangular", "width", "wide"),
    ),
    excludes=FOUR_POINT,
    unknowns=("sigma_fs", "F_f"),
)

# ------------------------------------------------------------------ optical and dielectric properties
REFRACTIVE_INDEX = Symbol(
    "n_r",
    "dimensionless",
    "index of refraction",
    keywords=("index of refraction", "refractive index", "n"),
    aliases=("n",),
    kind="number",
    plausible=(1, 10),
)
REFLECTIVITY = fraction_symbol(
    "R_refl",
    "reflectivity",
    (
        "reflectivity",
        "reflectance",
        "fraction reflected",
        "reflected",
        "fraction of light",
        "fraction of the light",
        "percentage of light",
        "light reflected",
        "light",
        "reflects",  # 'reflects 5.0 % of the light'
    ),
    ("R",),
)
reflectivity = Relation(
    "reflectivity_normal_incidence",
    GROUP,
    "Reflectivity at normal incidence (from vacuum or air)",
    "R_refl = ((n_r - 1)/(n_r + 1))**2",
    (REFLECTIVITY, REFRACTIVE_INDEX.with_(valid=(1, None))),
    description="R = ((n − 1)/(n + 1))² for light normal to the surface of a medium in air (Callister eq. 21.13).",
    keywords=("reflectivity", "reflect", "refraction", "light", "fraction of light"),
    requires=(
        ("reflectivity", "reflectance", "reflected", "reflects"),
        ("index of refraction", "refractive index"),
    ),
    excludes=(
        "transmitted",
        "transmission",
        "transmittance",
        "absorbed",
        "absorption",
        "absorbance",
    ),
    # read backwards for n: of the two roots only n = (1 + √R)/(1 − √R) ≥ 1 is an index of refraction
    unknowns=("R_refl", "n_r"),
)
LIGHT_SPEED = Symbol(
    "v_l",
    "m/s",
    "velocity of light in the medium",
    keywords=(
        "velocity of light",
        "speed of light",
        "velocity",
        "speed",
        "how fast does light travel",
        "how fast",
        "travels",
    ),
    aliases=("v",),
    plausible=(1e5, 3.0e8),
)
refractive_velocity = Relation(
    "refractive_index_velocity",
    GROUP,
    "Index of refraction and the speed of light",
    "n_r = c/v_l",
    (REFRACTIVE_INDEX, LIGHT_SPEED),
    description="n = c/v (Callister eq. 21.9).",
    keywords=("index of refraction", "refractive index", "velocity of light", "speed of light"),
    # 'how fast does light travel through it?' asks for the speed in other words
    # 'light travels through the glass at 1.97 × 10⁸ m/s' states the speed in other words too
    requires=(
        ("index of refraction", "refractive index"),
        ("velocity", "speed", "how fast", "light travels"),
    ),
)
CAPACITANCE = Symbol(
    "C_cap",
    "F",
    "capacitance",
    keywords=("capacitance",),
    aliases=("C",),
    plausible=(1e-18, 10),
)
PERMITTIVITY_R = Symbol(
    "eps_r",
    "dimensionless",
    "dielectric constant",
    keywords=("dielectric constant", "relative permittivity", "ε_r", "κ"),
    aliases=("ε_r", "κ", "k"),
    kind="number",
    plausible=(1, 1e5),
)
PLATE_AREA = Symbol(
    "A_pl",
    "m^2",
    "plate area",
    keywords=("area", "plate area", "plates of area"),
    aliases=("A",),
    plausible=(1e-12, 1e3),
)
PLATE_GAP = Symbol(
    "l_gap",
    "mm",
    "plate separation",
    keywords=(
        "separated by",
        "separation",
        "distance between the plates",
        "thickness",
        "spacing",
        "apart",
    ),
    aliases=("l", "d"),
    plausible=(1e-9, 1e4),
)
capacitance = Relation(
    "parallel_plate_capacitance",
    GROUP,
    "Parallel-plate capacitor with a dielectric",
    "C_cap = eps_r*eps_0*A_pl/l_gap",
    (CAPACITANCE, PERMITTIVITY_R, PLATE_AREA, PLATE_GAP),
    description="C = ε_r ε₀ A/l (Callister eq. 18.26).",
    keywords=("capacitance", "capacitor", "dielectric"),
    requires=(("capacitor", "capacitance"), ("dielectric", "permittivity")),
    # the dielectric thickness for a stated capacitance: l = ε_r ε₀ A/C, one root
    unknowns=("C_cap", "eps_r", "l_gap"),
)

# the polarization of the dielectric filling a parallel-plate gap: P = ε₀(ε_r − 1)E with E = V/l
# (Callister eqs. 18.1, 18.31)
POLARIZATION = Symbol(
    "P_pol",
    "C/m^2",
    "polarization P",
    keywords=("polarization", "polarisation"),
    aliases=("P",),
    plausible=(1e-15, 10),
)
GAP_VOLTAGE = Symbol(
    "V_gap",
    "V",
    "voltage across the plates",
    keywords=("potential difference", "voltage", "applied", "across"),
    aliases=("V",),
    plausible=(1e-9, 1e7),
)
polarization = Relation(
    "dielectric_polarization_plates",
    GROUP,
    "Polarization of a dielectric between charged plates",
    "P_pol = eps_0*(eps_r - 1)*V_gap/l_gap",
    (POLARIZATION, PERMITTIVITY_R, GAP_VOLTAGE, PLATE_GAP),
    description="P = ε₀(ε_r − 1)E, E = V/l the field between the plates (Callister eqs. 18.1, 18.31).",
    keywords=("polarization", "polarisation", "dielectric", "capacitor"),
    requires=(("polarization", "polarisation"), ("dielectric", "permittivity")),
    excludes=("concentration polarization", "activation polarization", "tafel", "overvoltage"),
    unknowns=("P_pol",),
)

RELATIONS = (
    *RELATIONS,
    schottky,
    flexural_rect,
    reflectivity,
    refractive_velocity,
    capacitance,
    polarization,
)

# ------------------------------------------------------------------ polymers: crystallinity from densities
RHO_SAMPLE = Symbol(
    "rho_s",
    "g/cm^3",
    "density of the specimen",
    keywords=(
        "density of the specimen",
        "specimen density",
        "sample density",
        "density of the sample",
        "specimen",
        "part",
        "piece",
        "component",
        "has a density",
    ),
    aliases=("ρ_s", "rho_s"),
    plausible=(0.01, 30.0),
)
RHO_CRYSTALLINE = RHO_SAMPLE.with_(
    name="rho_c",
    label="density of the totally crystalline polymer",
    keywords=(
        "totally crystalline",
        "completely crystalline",
        "crystalline density",
        "100% crystalline",
        "crystalline",
    ),
    aliases=("ρ_c", "rho_c"),
)
RHO_AMORPHOUS = RHO_SAMPLE.with_(
    name="rho_a",
    label="density of the totally amorphous polymer",
    keywords=("totally amorphous", "completely amorphous", "amorphous density", "amorphous"),
    aliases=("ρ_a", "rho_a"),
)
# a share asked by volume: the density relations below give it by mass
_BY_VOLUME = (
    "by volume",
    "volume fraction",
    "volume percent",
    "volume percentage",
    "vol%",
    "vol %",
    "volume %",
)
CRYSTALLINITY = Symbol(
    "pct_cryst",
    "percent",
    "percent crystallinity",
    keywords=(
        "percent crystallinity",
        "crystallinity",
        "degree of crystallinity",
        "fraction crystalline",
        "crystalline",
    ),
    aliases=("%crystallinity",),
    kind="fraction",
    valid=(0, 100),
    plausible=(0, 100),
)
crystallinity = Relation(
    "polymer_crystallinity",
    GROUP,
    "Percent crystallinity of a polymer from densities",
    "pct_cryst = 100*rho_c*(rho_s - rho_a)/(rho_s*(rho_c - rho_a))",
    (CRYSTALLINITY, RHO_CRYSTALLINE, RHO_SAMPLE, RHO_AMORPHOUS),
    description="% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister eq. 14.8).",
    keywords=("crystallinity", "crystalline", "amorphous", "polymer"),
    # 'a sample 30 % crystalline by mass' states the crystallinity too (a density asked from it is
    # answered only with its roles clear: :mod:`..crystallinity_density`)
    requires=(("crystallinity", "crystalline"), ("amorphous",)),
    # eq. 14.8 is by mass; by volume it is (ρ_s − ρ_a)/(ρ_c − ρ_a), another number
    excludes=_BY_VOLUME,
    # the specimen density too, only where the ask names it and each given density is named as the
    # crystalline or the amorphous one (:mod:`..crystallinity_density`); never ρ_c or ρ_a
    unknowns=("pct_cryst", "rho_s"),
    # a specimen's density lies between the amorphous and the crystalline densities
    ordered=(("rho_c", "rho_s"), ("rho_s", "rho_a")),
)
# the rest of the mass is amorphous: % amorphous = 100 − % crystallinity (Callister eq. 14.8)
AMORPHOUS_SHARE = CRYSTALLINITY.with_(
    name="pct_amorph",
    label="percent amorphous (by mass)",
    keywords=("amorphous", "percent amorphous", "amorphous fraction", "fraction amorphous"),
    aliases=(),
)
amorphous_share = Relation(
    "polymer_amorphous_share",
    GROUP,
    "Percent amorphous (by mass) of a polymer from densities",
    "pct_amorph = 100 - 100*rho_c*(rho_s - rho_a)/(rho_s*(rho_c - rho_a))",
    (AMORPHOUS_SHARE, RHO_CRYSTALLINE, RHO_SAMPLE, RHO_AMORPHOUS),
    description="% amorphous = 100 − ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100: the mass that is not "
    "crystalline (Callister eq. 14.8).",
    keywords=("amorphous", "crystalline", "polymer"),
    requires=(("amorphous",), ("crystalline",), ("density", "densities")),
    excludes=("crystallinity", *_BY_VOLUME),
    unknowns=("pct_amorph",),
    ordered=(("rho_c", "rho_s"), ("rho_s", "rho_a")),
)

# ------------------------------------------------------------------ magnetism
FIELD_H = Symbol(
    "H_mag",
    "A/m",
    "magnetic field strength H",
    keywords=(
        "magnetic field strength",
        "field strength",
        "magnetic field",
        "applied field",
        "field of",
        "h",
    ),
    aliases=("H",),
    plausible=(1e-6, 1e9),
)
SUSCEPTIBILITY = Symbol(
    "chi_m",
    "dimensionless",
    "magnetic susceptibility",
    keywords=("magnetic susceptibility", "susceptibility", "χ_m", "χm"),
    aliases=("χ_m", "χm", "χ"),
    kind="number",
    plausible=(-1.0, 1e6),
    signed=True,
)
MAGNETIZATION = Symbol(
    "M_mag",
    "A/m",
    "magnetization",
    keywords=("magnetization", "magnetisation"),
    aliases=("M",),
    plausible=(-1e9, 1e9),
    signed=True,
)
FLUX_DENSITY = Symbol(
    "B_mag",
    "T",
    "magnetic flux density B",
    keywords=("magnetic flux density", "flux density", "magnetic induction", "induction"),
    aliases=("B",),
    plausible=(-1e4, 1e4),
    signed=True,
)
MAGNETIC = ("magnetic", "magnetization", "magnetisation", "susceptibility", "flux density")
magnetization = Relation(
    "magnetization_susceptibility",
    GROUP,
    "Magnetization from susceptibility",
    "M_mag = chi_m*H_mag",
    (MAGNETIZATION, SUSCEPTIBILITY, FIELD_H),
    description="M = χ_m H (Callister eq. 20.6).",
    keywords=("magnetization", "susceptibility"),
    requires=(("susceptibility",), ("magnetization", "magnetisation")),
    unknowns=("M_mag",),
)
flux_density = Relation(
    "flux_density_susceptibility",
    GROUP,
    "Flux density in a magnetic material",
    "B_mag = mu_0*(1 + chi_m)*H_mag",
    (FLUX_DENSITY, SUSCEPTIBILITY, FIELD_H),
    description="B = μ₀(H + M) = μ₀(1 + χ_m)H (Callister eqs. 20.5, 20.7).",
    keywords=("flux density", "induction", "susceptibility"),
    requires=(("susceptibility",), ("flux density", "induction")),
    unknowns=("B_mag", "chi_m"),  # χ_m = B/(μ₀H) − 1 from a measured B at a stated H
)

RELATIONS = (*RELATIONS, crystallinity, amorphous_share, magnetization, flux_density)

# ------------------------------------------------------------------ index and light speed from ε_r
# n = √(ε_r μ_r) (Callister eq. 21.11), μ_r ≈ 1 for a non-magnetic material; the permittivity must be
# the one at optical frequencies (a static dielectric constant is another, larger number), so both the
# non-magnetic material and the optical frequencies are required words.
OPTICAL_EPS = PERMITTIVITY_R.with_(
    name="eps_opt",
    label="relative permittivity at optical frequencies",
    aliases=("ε_r", "κ"),
)
OPTICAL_PERMITTIVITY = (
    ("non magnetic", "nonmagnetic"),
    ("dielectric constant", "relative permittivity", "ε_r"),
    ("optical frequenc", "frequencies of light", "frequency of light", "visible light frequenc"),
)
index_from_permittivity = Relation(
    "refractive_index_from_permittivity",
    GROUP,
    "Index of refraction of a non-magnetic material from its optical permittivity",
    "n_r = sqrt(eps_opt)",
    (REFRACTIVE_INDEX, OPTICAL_EPS),
    description="n = √(ε_r μ_r) with μ_r = 1 (Callister eq. 21.11).",
    keywords=("refractive index", "dielectric constant", "non magnetic"),
    requires=OPTICAL_PERMITTIVITY,
    excludes=("static", "low frequenc", "capacit"),
    unknowns=("n_r",),
)
light_speed_from_permittivity = Relation(
    "light_speed_from_permittivity",
    GROUP,
    "Speed of light in a non-magnetic material from its optical permittivity",
    "v_l = c/sqrt(eps_opt)",
    (LIGHT_SPEED, OPTICAL_EPS),
    description="v = c/n with n = √ε_r for μ_r = 1 (Callister eqs. 21.9, 21.11).",
    keywords=("velocity of light", "speed of light", "dielectric constant", "non magnetic"),
    requires=(*OPTICAL_PERMITTIVITY, ("velocity", "speed", "how fast")),
    excludes=("static", "low frequenc", "capacit", "index of refraction is", "refractive index is"),
    unknowns=("v_l",),
)
RELATIONS = (*RELATIONS, index_from_permittivity, light_speed_from_permittivity)

# ------------------------------------------------------------------ bonding: percent ionic character
ELECTRONEGATIVITY_A = Symbol(
    "X_A",
    "dimensionless",
    "electronegativity of A",
    keywords=("electronegativity", "electronegativities"),
    aliases=("X_A", "χ_A"),
    kind="number",
    plausible=(0.5, 4.5),
)
ELECTRONEGATIVITY_B = ELECTRONEGATIVITY_A.with_(
    name="X_B", label="electronegativity of B", aliases=("X_B", "χ_B")
)
IONIC_CHARACTER = Symbol(
    "pct_ic",
    "percent",
    "percent ionic character",
    keywords=("percent ionic character", "ionic character", "% ionic character", "ionic"),
    aliases=("%IC",),
    kind="fraction",
    valid=(0, 100),
    plausible=(0, 100),
)
ionic_character = Relation(
    "percent_ionic_character",
    GROUP,
    "Percent ionic character of a bond (Pauling)",
    "pct_ic = 100*(1 - exp(-0.25*(X_A - X_B)**2))",
    (IONIC_CHARACTER, ELECTRONEGATIVITY_A, ELECTRONEGATIVITY_B),
    description="%IC = {1 − exp[−0.25(X_A − X_B)²]} × 100 (Callister eq. 2.16).",
    keywords=("ionic character", "electronegativit", "bond"),
    requires=(("ionic character",), ("electronegativit",)),
    unknowns=("pct_ic",),
)

RELATIONS = (*RELATIONS, ionic_character)
