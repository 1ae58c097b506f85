"""Crystallography: interplanar spacing, Bragg's law, lattice parameter vs atomic radius,
density from lattice and composition, packing fraction, Burgers vector."""

from __future__ import annotations

from ._base import Relation, Symbol, chain
from .common import (
    ATOMIC_RADIUS,
    BCC,
    CSCL,
    DENSITY,
    DIAMOND,
    FCC,
    FLUORITE,
    HCP,
    LATTICE_A,
    LATTICE_C,
    MOLAR_MASS,
    NOT_CUBIC,
    ROCK_SALT,
    SC,
    WAVELENGTH,
    ZINC_BLENDE,
)

GROUP = "crystallography"
XRD = ("diffraction", "bragg", "x ray", "reflection", "peak", "diffractometer", "diffracted")

H, K, L = (
    Symbol(n, "dimensionless", f"Miller index {n[0]}", aliases=(n[0],), kind="miller")
    for n in ("h_i", "k_i", "l_i")
)
SPACING = Symbol(
    "d",
    "nm",
    "interplanar spacing",
    keywords=(
        "interplanar spacing",
        "d spacing",
        "spacing",
        "interplanar distance",
        "plane spacing",
        "distance between planes",
        "separation",
        "d_hkl",
        "dhkl",
        "d value",
        "lattice spacing",
    ),
    aliases=("d", "d_hkl", "dhkl", "d111", "d110", "d200", "d220", "d211", "d100", "d311"),
    plausible=(0.005, 10.0),
)
THETA = Symbol(
    "theta",
    "degree",
    "Bragg angle θ",
    keywords=(
        "bragg angle",
        "θ",
        "theta",
        "angle of incidence",
        "glancing angle",
        "incident angle",
        "angle",
    ),
    aliases=("θ", "theta"),
    kind="angle",
    valid=(0, 90),
    plausible=(0.001, 90),
)
TWO_THETA = Symbol(
    "tt",
    "degree",
    "diffraction angle 2θ",
    keywords=(
        "2θ",
        "2 θ",
        "2theta",
        "2 theta",
        "two theta",
        "diffraction angle",
        "angle of diffraction",
        "diffraction peak at",
        "peak at",
        "peak position",
        "line position",
        "position",
        "angle",
    ),
    aliases=("2θ", "2theta"),
    kind="angle",
    valid=(0, 180),
    plausible=(0.001, 180),
)
ORDER = Symbol(
    "n_order",
    "dimensionless",
    "order of reflection",
    keywords=("order", "order of reflection", "order of diffraction", "n"),
    aliases=("n",),
    kind="number",
    default=1.0,
    default_note="first-order reflection (n = 1) assumed",
    plausible=(1, 10),
)
ATOMS_PER_CELL = Symbol(
    "n_cell",
    "dimensionless",
    "atoms per unit cell",
    keywords=(
        "atoms per unit cell",
        "atoms per cell",
        "atoms in the unit cell",
        "per unit cell",
        "formula units per unit cell",
        "atoms/unit cell",
        "lattice points per cell",
        "number of atoms per unit cell",
        "atoms belong to one unit cell",
        "atoms belong to each unit cell",
        "atoms in one unit cell",
        "atoms in each unit cell",
    ),
    aliases=("n",),
    kind="number",
    plausible=(1, 64),
)
APF = Symbol(
    "apf",
    "dimensionless",
    "atomic packing factor",
    keywords=(
        "atomic packing factor",
        "packing factor",
        "apf",
        "packing fraction",
        "packing efficiency",
    ),
    aliases=("APF",),
    kind="fraction",
    valid=(0, 1),
    plausible=(0.01, 1),
)
BURGERS = Symbol(
    "b",
    "nm",
    "Burgers vector magnitude",
    keywords=(
        "burgers vector",
        "burgers",
        "magnitude of the burgers vector",
        "burgers vector length",
        "length of the burgers vector",
        "slip vector",
    ),
    aliases=("b", "|b|"),
    plausible=(0.01, 5),
)
VOLUME_CELL = Symbol(
    "V_c",
    "nm^3",
    "unit cell volume",
    keywords=("unit cell volume", "volume of the unit cell", "cell volume", "volume"),
    aliases=("V_c", "Vc", "V"),
    plausible=(1e-4, 1e3),
)

interplanar_cubic = Relation(
    "interplanar_spacing_cubic",
    GROUP,
    "Interplanar spacing (cubic)",
    "d = a/sqrt(h_i**2 + k_i**2 + l_i**2)",
    (SPACING, LATTICE_A, H, K, L),
    description="d_hkl = a/√(h²+k²+l²) for a cubic lattice.",
    keywords=("interplanar", "spacing", "plane", "planes", "cubic"),
    excludes=NOT_CUBIC,
    miller=("h_i", "k_i", "l_i"),
    unknowns=("d", "a"),
)
interplanar_tetragonal = Relation(
    "interplanar_spacing_tetragonal",
    GROUP,
    "Interplanar spacing (tetragonal)",
    "1/d**2 = (h_i**2 + k_i**2)/a**2 + l_i**2/c_lat**2",
    (SPACING, LATTICE_A, LATTICE_C, H, K, L),
    description="1/d² = (h²+k²)/a² + l²/c² for a tetragonal lattice.",
    keywords=("interplanar", "spacing", "plane", "planes", "tetragonal"),
    requires=(("tetragonal",),),
    miller=("h_i", "k_i", "l_i"),
    unknowns=("d",),
)
interplanar_hexagonal = Relation(
    "interplanar_spacing_hexagonal",
    GROUP,
    "Interplanar spacing (hexagonal)",
    "1/d**2 = 4*(h_i**2 + h_i*k_i + k_i**2)/(3*a**2) + l_i**2/c_lat**2",
    (SPACING, LATTICE_A, LATTICE_C, H, K, L),
    description="1/d² = 4(h²+hk+k²)/(3a²) + l²/c² for a hexagonal lattice (hkl from hkil).",
    keywords=("interplanar", "spacing", "plane", "planes", "hexagonal"),
    requires=(("hexagonal", *HCP),),
    miller=("h_i", "k_i", "l_i"),
    unknowns=("d",),
)
bragg = Relation(
    "bragg",
    GROUP,
    "Bragg's law",
    "n_order*lam = 2*d*sin(theta)",
    (ORDER, WAVELENGTH, SPACING, THETA),
    description="nλ = 2d sin θ (θ is half the diffraction angle 2θ).",
    keywords=XRD,
    requires=((*XRD, "θ", "theta", "angle"),),
)
bragg_two_theta = Relation(
    "bragg_two_theta",
    GROUP,
    "Bragg's law (2θ)",
    "n_order*lam = 2*d*sin(tt/2)",
    (ORDER, WAVELENGTH, SPACING, TWO_THETA),
    description="nλ = 2d sin(2θ/2) with the diffraction angle 2θ as measured.",
    keywords=XRD,
    requires=((*XRD, "2θ", "2theta", "angle"),),
)

bragg_cubic = chain(
    "bragg_cubic",
    bragg,
    interplanar_cubic,
    "d",
    title="Bragg's law, cubic lattice",
    unknowns=("theta", "lam", "a"),
)
bragg_two_theta_cubic = chain(
    "bragg_two_theta_cubic",
    bragg_two_theta,
    interplanar_cubic,
    "d",
    title="Bragg's law (2θ), cubic lattice",
    unknowns=("tt", "lam", "a"),
)


def _radius_relation(name: str, words: tuple[str, ...], equation: str, note: str) -> Relation:
    return Relation(
        f"lattice_radius_{name}",
        GROUP,
        f"Lattice parameter and atomic radius ({name.upper()})",
        equation,
        (LATTICE_A, ATOMIC_RADIUS),
        description=note,
        keywords=("atomic radius", "lattice parameter", "unit cell"),
        requires=(words,),
    )


lattice_radius_fcc = _radius_relation(
    "fcc", FCC, "a = 2*sqrt(2)*R", "FCC: atoms touch along the face diagonal, a = 2√2 R."
)
lattice_radius_bcc = _radius_relation(
    "bcc", BCC, "a = 4*R/sqrt(3)", "BCC: atoms touch along the body diagonal, a = 4R/√3."
)
lattice_radius_sc = _radius_relation(
    "sc", SC, "a = 2*R", "Simple cubic: atoms touch along the edge, a = 2R."
)

STRUCTURES = {  # name: (words, atoms or formula units per cell, note)
    "fcc": (FCC, 4, "FCC: 4 atoms per unit cell"),
    "bcc": (BCC, 2, "BCC: 2 atoms per unit cell"),
    "sc": (SC, 1, "simple cubic: 1 atom per unit cell"),
    "diamond": (DIAMOND, 8, "diamond cubic: 8 atoms per unit cell"),
    "rock_salt": (ROCK_SALT, 4, "rock salt: 4 formula units per unit cell"),
    "cscl": (CSCL, 1, "CsCl structure: 1 formula unit per unit cell"),
    "zinc_blende": (ZINC_BLENDE, 4, "zinc blende: 4 formula units per unit cell"),
    "fluorite": (FLUORITE, 4, "fluorite: 4 formula units per unit cell"),
}


def _density_relation(name: str) -> Relation:
    words, n, note = STRUCTURES[name]
    return Relation(
        f"density_{name}",
        GROUP,
        f"Theoretical density ({note.split(':')[0]})",
        "rho = n_cell*M/(a**3*N_A)",
        (DENSITY, MOLAR_MASS, LATTICE_A),
        description=f"ρ = nA/(V_c N_A) with V_c = a³ and {note}.",
        keywords=("density", "unit cell", "lattice parameter"),
        requires=(words,),
        fixed=(("n_cell", float(n), note),),
        excludes=NOT_CUBIC
        if name not in ("fcc", "bcc")
        else ("tetragonal", "orthorhombic", "monoclinic", "triclinic"),
    )


DENSITY_RELATIONS = tuple(_density_relation(n) for n in STRUCTURES)
# An AX ceramic whose cation's and anion's atomic weights are given apart (A_Mg, A_O): ρ = n'(A_C + A_A)/
# (a³N_A), n' formula units per cell (Callister eq. 12.1). The sum is the same whichever weight is which.
CATION_MASS = MOLAR_MASS.with_(
    name="M_cat", label="atomic weight of the cation", aliases=(), lookup=None
)
ANION_MASS = MOLAR_MASS.with_(
    name="M_ani", label="atomic weight of the anion", aliases=(), lookup=None
)


def _ionic_density_relation(name: str) -> Relation:
    words, n, note = STRUCTURES[name]
    return Relation(
        f"density_{name}_ion_weights",
        GROUP,
        f"Theoretical density ({note.split(':')[0]}, cation and anion weights)",
        "rho = n_cell*(M_cat + M_ani)/(a**3*N_A)",
        (DENSITY, CATION_MASS, ANION_MASS, LATTICE_A),
        description=f"ρ = n'(ΣA_C + ΣA_A)/(a³N_A) with {note} (Callister eq. 12.1).",
        keywords=("density", "unit cell", "lattice parameter"),
        requires=(words,),
        fixed=(("n_cell", float(n), note),),
        excludes=NOT_CUBIC,
        unknowns=("rho",),
    )


IONIC_DENSITY_RELATIONS = tuple(
    _ionic_density_relation(n) for n in ("rock_salt", "cscl", "zinc_blende")
)
density_from_radius = tuple(
    chain(
        f"density_{name}_from_radius",
        dens,
        rad,
        "a",
        title=f"Theoretical density from atomic radius ({name.upper()})",
    )
    for name, dens, rad in (
        ("fcc", DENSITY_RELATIONS[0], lattice_radius_fcc),
        ("bcc", DENSITY_RELATIONS[1], lattice_radius_bcc),
        ("sc", DENSITY_RELATIONS[2], lattice_radius_sc),
    )
)
density_general = Relation(
    "density_cubic_n_given",
    GROUP,
    "Theoretical density (cubic cell, n given)",
    "rho = n_cell*M/(a**3*N_A)",
    (DENSITY, ATOMS_PER_CELL, MOLAR_MASS, LATTICE_A),
    description="ρ = nA/(a³ N_A) with n atoms per unit cell stated in the question.",
    keywords=("density", "unit cell"),
    requires=(("per unit cell", "atoms per cell", "per cell"),),
    excludes=NOT_CUBIC,
)
cell_volume_hcp = Relation(
    "cell_volume_hcp",
    GROUP,
    "HCP unit cell volume",
    "V_c = 3*sqrt(3)/2*a**2*c_lat",
    (VOLUME_CELL, LATTICE_A, LATTICE_C),
    description="V = (3√3/2) a² c for the six-atom hexagonal prism (Callister's HCP unit cell).",
    keywords=("unit cell volume", "volume", "prism"),
    requires=((*HCP, "hexagonal"),),
    excludes=("primitive",),
)
density_hcp = Relation(
    "density_hcp",
    GROUP,
    "Theoretical density (HCP)",
    "rho = 6*M/(3*sqrt(3)/2*a**2*c_lat*N_A)",
    (DENSITY, MOLAR_MASS, LATTICE_A, LATTICE_C),
    description="ρ = 6A/(V_c N_A), 6 atoms per HCP cell, V_c = (3√3/2)a²c.",
    keywords=("density",),
    requires=(HCP,),
    fixed=(),
)


def _apf_relation(name: str, n: int) -> Relation:
    words, _, note = STRUCTURES[name]
    return Relation(
        f"packing_factor_{name}",
        GROUP,
        f"Atomic packing factor ({name.upper()})",
        "apf = n_cell*4*pi*R**3/(3*a**3)",
        (APF, ATOMIC_RADIUS, LATTICE_A),
        description=f"APF = n·(4/3)πR³/a³ with {note}.",
        keywords=("packing", "apf"),
        requires=(words, ("packing", "apf")),
        fixed=(("n_cell", float(n), note),),
    )


APF_RELATIONS = tuple(_apf_relation(n, STRUCTURES[n][1]) for n in ("fcc", "bcc", "sc"))


NOT_PERFECT_DISLOCATION = ("partial", "shockley", "frank", "superdislocation", "super-dislocation")


def _burgers(name: str, words: tuple[str, ...], eq: str, note: str) -> Relation:
    return Relation(
        f"burgers_vector_{name}",
        GROUP,
        f"Burgers vector ({name.upper()})",
        eq,
        (BURGERS, LATTICE_A),
        description=note,
        keywords=("burgers", "dislocation"),
        requires=(words, ("burgers",)),
        # the perfect dislocation's vector only: a partial (Shockley, Frank) or a superdislocation
        # has another one
        excludes=NOT_PERFECT_DISLOCATION,
    )


BURGERS_RELATIONS = (
    _burgers("fcc", FCC, "b = sqrt(2)*a/2", "FCC: b = (a/2)<110>, |b| = a√2/2."),
    _burgers("bcc", BCC, "b = sqrt(3)*a/2", "BCC: b = (a/2)<111>, |b| = a√3/2."),
    _burgers("sc", SC, "b = a", "simple cubic: b = a<100>, |b| = a."),
)

NEAREST_NEIGHBOUR = Symbol(
    "d_nn",
    "nm",
    "nearest-neighbour distance",
    keywords=(
        "nearest-neighbour distance",
        "nearest-neighbor distance",
        "nearest neighbour distance",
        "nearest neighbor distance",
        "distance between nearest",
        "nearest-neighbour atoms",
        "nearest-neighbor atoms",
        "nearest neighbours",
        "nearest neighbors",
        "closest approach",
        "nearest-neighbour spacing",
        "nearest-neighbor spacing",
        "shortest interatomic distance",
        "closest interatomic distance",
    ),
    aliases=("d_nn",),
    plausible=(0.05, 2.0),
)
# a farther shell asked ('second-nearest', 'next-nearest'), or an ionic crystal whose nearest neighbours
# are unlike ions at another distance
_FARTHER_SHELL = (
    "second",
    "next-nearest",
    "next nearest",
    "third",
    "2nd",
    *ROCK_SALT,
    *CSCL,
    *FLUORITE,
)


def _nearest(name: str, words: tuple[str, ...], eq: str, note: str) -> Relation:
    return Relation(
        f"nearest_neighbour_{name}",
        GROUP,
        f"Nearest-neighbour distance ({name.upper()})",
        eq,
        (NEAREST_NEIGHBOUR, LATTICE_A),
        description=note,
        keywords=("nearest", "lattice parameter"),
        requires=(
            words,
            ("nearest", "closest approach", "shortest interatomic", "closest interatomic"),
        ),
        excludes=_FARTHER_SHELL,
    )


NEAREST_RELATIONS = (
    _nearest(
        "fcc",
        FCC,
        "d_nn = a/sqrt(2)",
        "FCC: the nearest neighbours touch along the face diagonal, d = a/√2.",
    ),
    _nearest(
        "bcc",
        BCC,
        "d_nn = sqrt(3)*a/2",
        "BCC: the nearest neighbours touch along the body diagonal, d = a√3/2.",
    ),
    _nearest(
        "sc", SC, "d_nn = a", "Simple cubic: the nearest neighbours lie along the cube edge, d = a."
    ),
    _nearest(
        "diamond", DIAMOND, "d_nn = sqrt(3)*a/4", "Diamond cubic: the tetrahedral bond, d = a√3/4."
    ),
)

RELATIONS = (
    interplanar_cubic,
    interplanar_tetragonal,
    interplanar_hexagonal,
    bragg,
    bragg_two_theta,
    bragg_cubic,
    bragg_two_theta_cubic,
    lattice_radius_fcc,
    lattice_radius_bcc,
    lattice_radius_sc,
    *DENSITY_RELATIONS,
    *IONIC_DENSITY_RELATIONS,
    *density_from_radius,
    density_general,
    cell_volume_hcp,
    density_hcp,
    *APF_RELATIONS,
    *BURGERS_RELATIONS,
    *NEAREST_RELATIONS,
)
