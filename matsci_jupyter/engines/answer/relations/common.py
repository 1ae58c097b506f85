"""Symbols, symbol factories and phrase groups several relation modules share (declared once here)."""

from __future__ import annotations

from ._base import Symbol

# ---- words that name crystal structures (questions must say them for structure-specific relations)
FCC = (
    "fcc",
    "face centered cubic",
    "face centered",
    "ccp",
    "cubic close packed",
    "cubic closest packed",
)
BCC = ("bcc", "body centered cubic", "body centered")
SC = ("simple cubic", "primitive cubic", " sc ")
DIAMOND = ("diamond cubic", "diamond structure", "diamond lattice", "diamond crystal structure")
ROCK_SALT = (
    "rock salt",
    "rocksalt",
    "nacl structure",
    "sodium chloride structure",
    "halite structure",
)
CSCL = ("cesium chloride structure", "cscl structure")
ZINC_BLENDE = ("zinc blende", "zincblende", "sphalerite")
FLUORITE = ("fluorite", "caf2 structure")
# A crack that is not a surface crack: K = Yσ√(πa) takes half its length, so surface-crack relations step aside
# a crack placed at a plate's centre is internal (both tips inside the body)
CRACK_AT_CENTRE = (
    "centre-cracked",
    "center-cracked",
    "at the centre of",
    "at the center of",
    "in the centre of",
    "in the center of",
    "in the middle of",
)
NOT_SURFACE_CRACK = (
    "internal",
    "interior",
    "embedded",
    "center crack",
    "centre crack",
    "central crack",
    "through crack",
    "through-thickness",
    "total length",
    *CRACK_AT_CENTRE,
)
HCP = ("hcp", "hexagonal close packed", "hexagonal closest packed", "hexagonal close packing")
NOT_CUBIC = (
    "tetragonal",
    "hexagonal",
    "hcp",
    "orthorhombic",
    "monoclinic",
    "triclinic",
    "rhombohedral",
    "trigonal",
)


# ---- how a pure number and a fraction are declared (any module)
def number_symbol(
    name: str,
    label: str,
    keywords: tuple[str, ...],
    aliases: tuple[str, ...] = (),
    plausible: tuple[float, float] = (0, 1e30),
    signed: bool = False,
) -> Symbol:
    """A dimensionless count or ratio (kind "number"), plausible within ``plausible``."""
    return Symbol(
        name,
        "dimensionless",
        label,
        keywords=keywords,
        aliases=aliases,
        kind="number",
        plausible=plausible,
        signed=signed,
    )


def fraction_symbol(
    name: str, label: str, keywords: tuple[str, ...], aliases: tuple[str, ...] = ()
) -> Symbol:
    """A dimensionless fraction between 0 and 1 (kind "fraction")."""
    return number_symbol(name, label, keywords, aliases).with_(
        kind="fraction", valid=(0, 1), plausible=(0, 1)
    )


# ---- symbols used by more than one module
TEMPERATURE = Symbol(
    "T",
    "K",
    "temperature",
    keywords=(
        "temperature",
        "at",
        "heated to",
        "held at",
        "annealed at",
        "operating temperature",
        "carburized at",
        "carburised at",
        "maintained at",
        "kept at",
        "equilibrium at",
    ),
    aliases=("T",),
    kind="temperature",
    plausible=(0.001, 1e5),
    valid=(0, None),
)
DELTA_T = Symbol(
    "dT",
    "delta_degC",
    "temperature change",
    keywords=(
        "temperature change",
        "change in temperature",
        "temperature difference",
        "temperature rise",
        "temperature increase",
        "heated by",
        "cooled by",
        "raised by",
        "increase of",
        "δt",
        "Δt",
        "from",
        "heated from",
        "cooled from",
        "difference",
    ),
    aliases=("ΔT", "dT", "delta_T", "DT"),
    kind="temperature_difference",
    plausible=(-1e4, 1e4),
    signed=True,
)
MOLAR_MASS = Symbol(
    "M",
    "g/mol",
    "atomic weight",
    keywords=(
        "atomic weight",
        "atomic mass",
        "molar mass",
        "molecular weight",
        "formula weight",
        "atomic wt",
        "weight",
    ),
    aliases=("A", "M", "A_w", "Aw", "M_w"),
    plausible=(0.9, 1e4),
    lookup="molar_mass",
)
LATTICE_A = Symbol(
    "a",
    "nm",
    "lattice parameter",
    keywords=(
        "lattice parameter",
        "lattice constant",
        "unit cell edge",
        "edge length",
        "cell edge",
        "cube edge",
        "unit cell length",
        "lattice spacing",
        "cell parameter",
        "unit cell parameter",
    ),
    aliases=("a", "a0", "a_0", "a_o"),
    plausible=(0.05, 5.0),
)
LATTICE_C = Symbol(
    "c_lat",
    "nm",
    "lattice parameter c",
    keywords=("c axis", "c parameter", "c lattice parameter"),
    aliases=("c",),
    plausible=(0.05, 5.0),
)
ATOMIC_RADIUS = Symbol(
    "R",
    "nm",
    "atomic radius",
    keywords=("atomic radius", "radius", "ionic radius", "atom radius", "radii", "r"),
    aliases=("R", "r", "r_atom"),
    plausible=(0.01, 1.0),
)
DENSITY = Symbol(
    "rho",
    "g/cm^3",
    "density",
    keywords=("density", "theoretical density", "ρ", "rho", "mass density"),
    aliases=("ρ", "rho"),
    plausible=(0.01, 30.0),
)
WAVELENGTH = Symbol(
    "lam",
    "nm",
    "wavelength",
    keywords=(
        "wavelength",
        "wave length",
        "λ",
        "lambda",
        "x rays of",
        "radiation of",
        "light of",
        "cutoff wavelength",
        "maximum wavelength",
        "minimum wavelength",
        "absorption edge",
    ),
    aliases=("λ", "lambda", "lam"),
    plausible=(1e-7, 1e13),
)
DIAMETER = Symbol(
    "d0",
    "mm",
    "diameter",
    keywords=(
        "diameter",
        "original diameter",
        "initial diameter",
        "dia",
        "bore",
        "wire of diameter",
    ),
    aliases=("d0", "d_0", "D0", "d", "D"),
    plausible=(1e-6, 1e5),
)
AREA = Symbol(
    "A0",
    "mm^2",
    "cross-sectional area",
    keywords=("cross sectional area", "cross section", "area", "surface area", "original area"),
    aliases=("A0", "A_0", "A"),
    plausible=(1e-9, 1e12),
)
LENGTH0 = Symbol(
    "L0",
    "mm",
    "original length",
    keywords=(
        "original length",
        "initial length",
        "gauge length",
        "long",
        "length",
        "of length",
        "l0",
        "bar of",
        "rod of",
        "wire of",
        "specimen of",
        "thick",
    ),
    aliases=("L0", "L_0", "l0", "l_0", "L", "l"),
    plausible=(1e-9, 1e6),
)
FINAL_LENGTH = LENGTH0.with_(
    name="L_f",
    label="final length",
    keywords=("final length", "new length", "length after", "resulting length", "length at"),
    aliases=("L_f", "Lf", "L1", "L_1"),
)
DELTA_L = Symbol(
    "dL",
    "mm",
    "change in length",
    keywords=(
        "elongation",
        "extension",
        "change in length",
        "length change",
        "lengthen",
        "elongate",
        "stretch",
        "expand",
        "expansion",
        "contract",
        "contraction",
        "shrink",
        "deformation",
        "δl",
        "Δl",
        "increase in length",
        "how much longer",
        "grow",
        "gap",  # 'laid with a 5.0 mm gap': the length change that closes it
    ),
    aliases=("ΔL", "dL", "delta_L", "Δl"),
    plausible=(-1e5, 1e5),
    signed=True,
)
YOUNGS = Symbol(
    "E_mod",
    "GPa",
    "elastic modulus",
    keywords=(
        "elastic modulus",
        "modulus of elasticity",
        "young's modulus",
        "youngs modulus",
        "young",
        "tensile modulus",
        "modulus",
        "stiffness",
    ),
    aliases=("E", "E_mod", "Y"),
    plausible=(1e-6, 2000),
)
STRESS = Symbol(
    "sigma",
    "MPa",
    "stress",
    keywords=(
        "stress",
        "engineering stress",
        "tensile stress",
        "applied stress",
        "σ",
        "sigma",
        "compressive stress",
        "load of",
        "stressed to",
        "stress of",
    ),
    aliases=("σ", "sigma", "s"),
    plausible=(1e-9, 1e6),
)
STRAIN = Symbol(
    "eps",
    "dimensionless",
    "strain",
    keywords=(
        "strain",
        "engineering strain",
        "elastic strain",
        "ε",
        "epsilon",
        "tensile strain",
        "axial strain",
        "longitudinal strain",
    ),
    aliases=("ε", "eps", "epsilon", "e"),
    kind="fraction",
    plausible=(-10, 10),
    signed=True,
)
ACTIVATION_MOLAR = Symbol(
    "Q",
    "kJ/mol",
    "activation energy",
    keywords=(
        "activation energy",
        "activation enthalpy",
        "energy for diffusion",
        "q",
        "q_d",
        "qd",
        "e_a",
        "ea",
        "energy of activation",
        "activation",
    ),
    aliases=("Q", "Q_d", "Qd", "E_a", "Ea", "Q_D"),
    plausible=(0.01, 5000),
    molar_ok=True,
)

ALPHA = Symbol(
    "alpha",
    "1/delta_degC",
    "coefficient of thermal expansion",
    keywords=(
        "coefficient of thermal expansion",
        "thermal expansion coefficient",
        "linear coefficient of thermal expansion",
        "expansion coefficient",
        "α",
        "alpha",
        "cte",
        "α_l",
        "coefficient of linear expansion",
    ),
    aliases=("α", "alpha", "α_l", "αl", "α_L"),
    plausible=(1e-9, 1e-2),
)
# two temperatures of one law read at both (a vacancy fraction, an intrinsic conductivity)
TEMP_1 = Symbol(
    "Ts_1",
    "K",
    "temperature 1",
    keywords=("temperature", "at", "room temperature"),
    kind="temperature",
    plausible=(0.001, 1e5),
    valid=(0, None),
)
TEMP_2 = TEMP_1.with_(name="Ts_2", label="temperature")
# a time in hours (a heat treatment, an electrolysis)
TIME = Symbol(
    "t",
    "h",
    "time",
    keywords=(
        "time",
        "hours",
        "for",
        "after",
        "duration",
        "how long",
        "treatment time",
        "t",
        "takes",
    ),
    aliases=("t",),
    plausible=(1e-6, 1e12),
)
THICKNESS = Symbol(
    "dx",
    "mm",
    "thickness",
    keywords=("thickness", "thick", "wall", "sheet", "plate", "Δx", "δx"),
    aliases=("Δx", "dx", "L"),
    plausible=(1e-9, 1e5),
)
YIELD_STRENGTH = STRESS.with_(
    name="sigma_ys",
    label="yield strength",
    keywords=("yield strength", "yield stress", "yield point", "yield"),
    aliases=("σ_y", "σy"),
)
FRACTURE_STRENGTH = STRESS.with_(
    name="sigma_fr",
    label="fracture strength",
    keywords=("fracture strength", "flexural strength", "strength", "σ_f"),
    aliases=("σ_f", "σf"),
)


# a question set just above the eutectoid or eutectic temperature: pearlite, the eutectic
# microconstituent and the lever rule across α + Fe₃C (or α + β) describe the alloy below it
ABOVE_TRANSITION = (
    "above the eutectoid",
    "above its eutectoid",
    "above the eutectic",
    "above its eutectic",
    "above 727",
)


# the carrier density is the dopant density only when every dopant atom is ionized; a question that
# says only part of them is ('only half of the donors are ionized') gives no carrier density
PARTIAL_IONIZATION = (
    "partially ionized",
    "partly ionized",
    "only half",
    "half of them",
    "half of the donors",
    "half of the acceptors",
    "half of the dopant",
    "half of the impurit",
    "only a fraction",
    "only a third",
    "only a quarter",
    "not all of",
    "not fully ionized",
    "incompletely ionized",
)


# K_Ic is the plane-strain toughness (a thick section); a thin section in plane stress fractures at
# a higher, stated-nowhere toughness, so the plane-strain relations do not answer it
PLANE_STRESS = ("plane stress",)
