"""Point defects and phase diagrams: equilibrium vacancies, atom density, the lever rule,
ASTM grain size number."""

from __future__ import annotations

from ._base import Relation, Symbol, chain
from .common import DENSITY, MOLAR_MASS, TEMPERATURE

GROUP = "defects_phases"

VACANCIES = Symbol(
    "N_v",
    "1/m^3",
    "vacancy concentration",
    keywords=(
        "number of vacancies",
        "vacancies per cubic meter",
        "vacancy concentration",
        "equilibrium number of vacancies",
        "vacancies",
        "n_v",
        "nv",
    ),
    aliases=("N_v", "Nv", "N_V"),
    plausible=(1e-30, 1e31),
)
SITES = Symbol(
    "N_s",
    "1/m^3",
    "atomic sites per volume",
    keywords=(
        "number of atomic sites",
        "atomic sites",
        "atoms per cubic meter",
        "number of atoms",
        "sites",
        "atom density",
        "atoms per unit volume",
        "n",
    ),
    aliases=("N", "N_s"),
    plausible=(1e20, 1e31),
)
VACANCY_FRACTION = Symbol(
    "x_v",
    "dimensionless",
    "vacancy fraction",
    keywords=(
        "fraction of vacancies",
        "mole fraction of vacancies",
        "atom fraction of vacancies",
        "vacancy fraction",
        "fraction of atomic sites",
        "fraction of lattice sites",
        "ratio of vacancies",
        "n_v/n",
        "fraction",
        "vacant",
    ),
    aliases=("N_v/N", "Nv/N", "x_v"),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
VACANCY_ENERGY = Symbol(
    "Q_v",
    "eV",
    "vacancy formation energy",
    keywords=(
        "energy for vacancy formation",
        "vacancy formation energy",
        "activation energy for vacancy",
        "formation energy",
        "energy for vacancy",
        "q_v",
        "qv",
        "activation energy",
        "energy",
    ),
    aliases=("Q_v", "Qv", "E_v", "Ev", "Q_V"),
    plausible=(0.01, 20),
    molar_ok=True,
)
W_LIQUID = Symbol(
    "W_L",
    "dimensionless",
    "mass fraction of liquid",
    keywords=(
        "fraction of liquid",
        "liquid fraction",
        "mass fraction of liquid",
        "weight fraction of liquid",
        "liquid phase",
        "w_l",
        "wl",
        "liquid",
        "how much liquid",
        "proportion of liquid",
        "percentage of liquid",
        "percent liquid",
    ),
    aliases=("W_L", "WL"),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
W_SOLID = Symbol(
    "W_s",
    "dimensionless",
    "mass fraction of the solid phase",
    keywords=(
        "fraction of solid",
        "solid fraction",
        "fraction of α",
        "fraction of alpha",
        "α phase",
        "alpha phase",
        "w_α",
        "wα",
        "solid",
        "proportion of solid",
        "fraction of the α phase",
        "percentage of α",
        "percent α",
        "proeutectoid",
    ),
    aliases=("W_α", "Wα", "W_alpha", "W_s"),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
# in an α + β field (below a eutectic) 'the total α' is all the α, primary and eutectic together: the
# fraction the lever rule across the whole α + β tie line gives (Callister ch. 9, "total α")
W_ALPHA = W_SOLID.with_(
    name="W_a",
    label="mass fraction of α",
    keywords=(*W_SOLID.keywords, "total α", "total alpha", "total mass fraction of the α phase"),
)
W_BETA = Symbol(
    "W_b",
    "dimensionless",
    "mass fraction of β",
    keywords=(
        "fraction of β",
        "fraction of beta",
        "β phase",
        "beta phase",
        "w_β",
        "wβ",
        "percentage of β",
    ),
    aliases=("W_β", "Wβ", "W_beta"),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
C_ALLOY = Symbol(
    "C0",
    "percent",
    "alloy composition",
    keywords=(
        "alloy composition",
        "overall composition",
        "alloy of",
        "an alloy",
        "alloy containing",
        "alloy with",
        "nominal",
        "bulk composition",
        "c_0",
        "c0",
        "composition of the alloy",
        "alloy",
        "containing",
        "consisting of",
        "contains",
        "of composition",
    ),
    aliases=("C0", "C_0", "Co", "C_o"),
    kind="composition",
    plausible=(0, 100),
)
C_LIQUID = Symbol(
    "C_L",
    "percent",
    "liquid composition",
    keywords=(
        "liquid",
        "liquid phase",
        "liquidus",
        "liquid composition",
        "c_l",
        "cl",
        "composition of the liquid",
        "liquid has",
        "liquid of",
    ),
    aliases=("C_L", "CL"),
    kind="composition",
    plausible=(0, 100),
)
C_SOLID = Symbol(
    "C_a",
    "percent",
    "solid (α) composition",
    keywords=(
        "solid",
        "α phase",
        "alpha phase",
        "α",
        "solidus",
        "c_α",
        "cα",
        "solid phase",
        "solid composition",
        "composition of the solid",
        "alpha",
        "solid has",
        "solid of",
    ),
    aliases=("C_α", "Cα", "C_alpha", "C_S", "C_s"),
    kind="composition",
    plausible=(0, 100),
)
C_BETA = Symbol(
    "C_b",
    "percent",
    "β composition",
    keywords=("β phase", "beta phase", "β", "beta", "c_β", "cβ", "composition of β", "β has"),
    aliases=("C_β", "Cβ", "C_beta"),
    kind="composition",
    plausible=(0, 100),
)
GRAIN_NUMBER = Symbol(
    "G_astm",
    "dimensionless",
    "ASTM grain size number",
    keywords=(
        "grain size number",
        "astm grain size",
        "astm number",
        "grain size",
        "astm",
        "g",
        "n",
    ),
    aliases=("n", "G"),
    kind="number",
    plausible=(-5, 20),
)
# 'per square millimetre of actual (unmagnified) surface': the specimen's area, not the micrograph's
ACTUAL_SURFACE = ("unmagnified", "actual surface", "actual area", "specimen surface", "true area")
GRAINS_PER_AREA = Symbol(
    "N_g",
    "1/inch^2",
    "grains per square inch at 100×",
    keywords=("grains per square inch", "number of grains", "grains", "grains per in"),
    aliases=("N",),
    plausible=(1e-6, 1e9),
)

# 'Schottky vacancies', 'Frenkel pairs': the pair relations (defect_densities, standard_formulas)
# halve the energy; a question naming them is never the metal's single-vacancy relation
IONIC_PAIR_DEFECTS = ("schottky", "frenkel")
vacancy_fraction = Relation(
    "vacancy_fraction",
    GROUP,
    "Equilibrium vacancy fraction",
    "x_v = exp(-Q_v/(k_B*T))",
    (VACANCY_FRACTION, VACANCY_ENERGY, TEMPERATURE),
    description="N_v/N = exp(−Q_v/kT).",
    keywords=("vacancy", "vacancies", "vacant sites"),
    # 'the fraction of vacant (lattice) sites' is the vacancy fraction said with the adjective
    requires=(("vacanc", "vacant"), ("fraction", "ratio", "n_v/n")),
    # an ionic solid's Schottky or Frenkel defects form in pairs: N exp(−Q/2kT), not this
    excludes=IONIC_PAIR_DEFECTS,
)
atom_density = Relation(
    "atomic_sites_per_volume",
    GROUP,
    "Atomic sites per unit volume",
    "N_s = N_A*rho/M",
    (SITES, DENSITY, MOLAR_MASS),
    description="N = N_A ρ/A.",
    keywords=("atoms per", "sites"),
    requires=(("atoms per", "atomic sites", "number of atoms", "sites", "vacanc"),),
)
vacancy_concentration = Relation(
    "vacancy_concentration",
    GROUP,
    "Equilibrium number of vacancies",
    "N_v = N_s*exp(-Q_v/(k_B*T))",
    (VACANCIES, SITES, VACANCY_ENERGY, TEMPERATURE),
    description="N_v = N exp(−Q_v/kT).",
    keywords=("vacancy", "vacancies"),
    requires=(("vacanc",),),
    excludes=IONIC_PAIR_DEFECTS,
)
vacancy_from_density = chain(
    "vacancy_concentration_from_density",
    vacancy_concentration,
    atom_density,
    "N_s",
    title="Equilibrium number of vacancies from density",
    requires=(("vacanc",),),
)
# a two-phase field with a liquid: the liquid named, or the tie line's end on the liquidus
LIQUID_FIELD = ("liquid", "liquidus", "molten")
lever_liquid = Relation(
    "lever_rule_liquid",
    GROUP,
    "Lever rule (liquid fraction)",
    "W_L = (C_a - C0)/(C_a - C_L)",
    (W_LIQUID, C_ALLOY, C_SOLID, C_LIQUID),
    description="W_L = (C_α − C₀)/(C_α − C_L).",
    keywords=("lever rule", "phase", "liquid"),
    requires=(LIQUID_FIELD,),
    excludes=("β", "beta"),
    unknowns=("W_L",),
    conditions=("temperature",),
)
lever_solid = Relation(
    "lever_rule_solid",
    GROUP,
    "Lever rule (solid fraction)",
    "W_s = (C0 - C_L)/(C_a - C_L)",
    (W_SOLID, C_ALLOY, C_SOLID, C_LIQUID),
    description="W_α = (C₀ − C_L)/(C_α − C_L).",
    keywords=("lever rule", "phase", "solid"),
    requires=(LIQUID_FIELD,),
    excludes=("β", "beta"),
    unknowns=("W_s",),
    conditions=("temperature",),
)
lever_alpha_beta = Relation(
    "lever_rule_alpha",
    GROUP,
    "Lever rule (α in α + β)",
    "W_a = (C_b - C0)/(C_b - C_a)",
    (W_ALPHA, C_ALLOY, C_SOLID, C_BETA),
    description="W_α = (C_β − C₀)/(C_β − C_α).",
    keywords=("lever rule", "α", "β"),
    requires=(("β", "beta"),),
    unknowns=("W_a", "C0"),
    conditions=("temperature",),
)
lever_beta = Relation(
    "lever_rule_beta",
    GROUP,
    "Lever rule (β in α + β)",
    "W_b = (C0 - C_a)/(C_b - C_a)",
    (W_BETA, C_ALLOY, C_SOLID, C_BETA),
    description="W_β = (C₀ − C_α)/(C_β − C_α).",
    keywords=("lever rule", "α", "β"),
    requires=(("β", "beta"),),
    unknowns=("W_b", "C0"),
    conditions=("temperature",),
)
astm_grain_size = Relation(
    "astm_grain_size",
    GROUP,
    "ASTM grain size number",
    "N_g = N_ref*2**(G_astm - 1)",
    (GRAINS_PER_AREA, GRAIN_NUMBER),
    description="N = 2^(n−1) grains per square inch at 100×.",
    fixed=(("N_ref", "1/inch**2", "N counts grains per square inch of a micrograph at 100×"),),
    keywords=("astm", "grain size number"),
    requires=(("astm", "grain size number"),),
    excludes=("magnification", "magnified", *ACTUAL_SURFACE),
)
# the count on the specimen itself: a square inch at 100× images (1/100)² square inch of surface
GRAINS_ACTUAL = GRAINS_PER_AREA.with_(
    name="N_ga",
    unit="1/mm^2",
    label="grains per unit area of the actual (unmagnified) surface",
    keywords=("grains per square", "number of grains", "grains", "how many grains"),
    plausible=(1e-6, 1e12),
)
grains_actual_area = Relation(
    "grains_per_actual_area_astm",
    GROUP,
    "Grains per unit area of the actual surface from the ASTM grain size number",
    "N_ga = N_ref*2**(G_astm - 1)*M_std**2",
    (GRAINS_ACTUAL, GRAIN_NUMBER),
    description="N = 2^(n−1) per square inch at 100×, × 100² per square inch of the specimen itself "
    "(Callister eq. 4.16).",
    fixed=(
        ("N_ref", "1/inch**2", "N counts grains per square inch of a micrograph at 100×"),
        ("M_std", 100.0, "the standard magnification 100×: 100² more per actual area"),
    ),
    keywords=("astm", "grain size number", "actual"),
    requires=(("astm", "grain size number"), ACTUAL_SURFACE),
    excludes=("magnification of", "magnified at", "at a magnification"),
    unknowns=("N_ga",),
)
MAGNIFICATION = Symbol(
    "M_magnif",
    "dimensionless",
    "magnification",
    keywords=("magnification", "magnified", "×", "x"),
    kind="number",
    plausible=(1, 1e7),
)
astm_grain_size_magnification = Relation(
    "astm_grain_size_magnification",
    GROUP,
    "ASTM grain size number at another magnification",
    "N_g = N_ref*2**(G_astm - 1)*(100/M_magnif)**2",
    (
        GRAINS_PER_AREA.with_(label="grains per square inch at the magnification"),
        GRAIN_NUMBER,
        MAGNIFICATION,
    ),
    description="N_M = 2^(n−1)(100/M)² grains per square inch of a micrograph at magnification M "
    "(Callister eq. 4.17).",
    fixed=(("N_ref", "1/inch**2", "N counts grains per square inch of the micrograph"),),
    keywords=("astm", "grain size number", "magnification"),
    requires=(("astm", "grain size number"), ("magnification", "magnified")),
)

ATOM_COUNT = Symbol(
    "N_atoms",
    "dimensionless",
    "number of atoms",
    keywords=("number of atoms", "how many atoms", "atoms", "atoms are in", "atoms in"),
    aliases=("N",),
    kind="number",
    plausible=(1, 1e40),
)
SAMPLE_MASS = Symbol(
    "m_s",
    "g",
    "mass",
    keywords=("mass", "of", "grams", "sample", "weighing", "piece"),
    aliases=("m",),
    plausible=(1e-24, 1e12),
)
atoms_in_mass = Relation(
    "atoms_in_mass",
    GROUP,
    "Number of atoms in a mass",
    "N_atoms = m_s*N_A/M",
    (ATOM_COUNT, SAMPLE_MASS, MOLAR_MASS),
    description="N = m N_A/A.",
    keywords=("atoms",),
    requires=(("how many atoms", "number of atoms"),),
    unknowns=("N_atoms", "m_s"),
)

RELATIONS = (
    atoms_in_mass,
    vacancy_fraction,
    atom_density,
    vacancy_concentration,
    vacancy_from_density,
    lever_liquid,
    lever_solid,
    lever_alpha_beta,
    lever_beta,
    astm_grain_size,
    astm_grain_size_magnification,
    grains_actual_area,
)
