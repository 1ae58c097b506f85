"""Crystallography beyond one cell formula: interstitial voids, the two readings of an HCP "unit cell",
and the n-th line of a cubic powder pattern.

Sources: Callister & Rethwisch, *Materials Science and Engineering* (10th ed.), ch. 3 (voids in FCC/BCC:
r/R = 0.414 octahedral, 0.225 tetrahedral in FCC; 0.155 and 0.291 in BCC; HCP cell V = (3√3/2)a²c with
6 atoms, primitive cell V = (√3/2)a²c with 2 atoms) and Cullity & Stock, *Elements of X-Ray Diffraction*
(3rd ed.), ch. 4 (structure-factor extinction rules: SC all hkl; BCC h+k+l even; FCC hkl unmixed;
diamond unmixed and either all odd or h+k+l divisible by 4).
"""

from __future__ import annotations

from itertools import product

from ._base import Relation, Symbol, chain
from .common import ATOMIC_RADIUS, BCC, DIAMOND, FCC, HCP, LATTICE_A, LATTICE_C, SC, WAVELENGTH
from .crystals import (
    SPACING,
    THETA,
    TWO_THETA,
    VOLUME_CELL,
    lattice_radius_bcc,
    lattice_radius_fcc,
    lattice_radius_sc,
)

GROUP = "crystallography"

# ------------------------------------------------------------------ interstitial voids
VOID_RADIUS = Symbol(
    "r_void",
    "nm",
    "radius of the largest sphere fitting the void",
    keywords=(
        "radius of the largest sphere",
        "largest sphere",
        "sphere",
        "interstitial radius",
        "void radius",
        "radius of the void",
        "radius of the interstitial site",
        "interstitial site",
        "interstitial",
        "interstice",
        "hole",
        "void",
        "site",
        "largest atom",
        "largest interstitial atom",
        "radius",
        "octahedral",
        "tetrahedral",
    ),
    aliases=("r_void", "r_i", "r_oct", "r_tet"),
    plausible=(0.001, 1.0),
)
VOID_WORDS = ("void", "interstitial", "interstice", "hole", "site", "sphere")


def _void(name: str, words: tuple[str, ...], kind: str, equation: str, ratio: float) -> Relation:
    return Relation(
        f"void_radius_{name}_{kind}",
        GROUP,
        f"Largest sphere in a {kind} void ({name.upper()})",
        equation,
        (VOID_RADIUS, ATOMIC_RADIUS),
        description=f"r = {ratio:.3f} R: the sphere that touches the atoms around a {kind} site of {name.upper()} "
        "(Callister ch. 3).",
        keywords=("void", "interstitial", kind),
        requires=(words, (kind,), VOID_WORDS),
        unknowns=("r_void",),
    )


VOID_RELATIONS = (
    _void("fcc", FCC, "octahedral", "r_void = (sqrt(2) - 1)*R", 2**0.5 - 1),
    _void("fcc", FCC, "tetrahedral", "r_void = (sqrt(3/2) - 1)*R", 1.5**0.5 - 1),
    _void("bcc", BCC, "octahedral", "r_void = (2/sqrt(3) - 1)*R", 2 / 3**0.5 - 1),
    _void("bcc", BCC, "tetrahedral", "r_void = (sqrt(5/3) - 1)*R", (5 / 3) ** 0.5 - 1),
)
_RADIUS_OF = {"fcc": lattice_radius_fcc, "bcc": lattice_radius_bcc}
VOID_FROM_LATTICE = tuple(
    chain(
        rel.name + "_from_a",
        rel,
        _RADIUS_OF[rel.name.split("_")[2]],
        "R",
        title=rel.title + " from the lattice parameter",
        unknowns=("r_void",),
    )
    for rel in VOID_RELATIONS
)

# ------------------------------------------------------------------ HCP cell: two standard readings
cell_volume_hcp_primitive = Relation(
    "cell_volume_hcp_primitive",
    GROUP,
    "HCP primitive cell volume (2 atoms)",
    "V_c = sqrt(3)/2*a**2*c_lat",
    (VOLUME_CELL, LATTICE_A, LATTICE_C),
    description="V = (√3/2) a² c: the primitive hexagonal cell, one third of the six-atom hexagonal prism. "
    "'The unit cell' of HCP means either; a question that does not say which has two answers.",
    keywords=("unit cell volume", "volume", "primitive"),
    requires=((*HCP, "hexagonal"),),
    excludes=("prism", "six atoms", "6 atoms", "hexagonal prism"),
)

# ------------------------------------------------------------------ n-th line of a cubic powder pattern
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
ORDINAL_SHORT = ("1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th")
LINE_WORDS = ("peak", "reflection", "line", "diffraction peak", "diffraction line", "maximum")


def _allowed(structure: str, h: int, k: int, l: int) -> bool:  # noqa: E741 (Miller index l)
    parities = {h % 2, k % 2, l % 2}
    if structure == "sc":
        return True
    if structure == "bcc":
        return (h + k + l) % 2 == 0
    if structure == "fcc":
        return len(parities) == 1
    if structure == "diamond":
        return len(parities) == 1 and (h % 2 == 1 or (h + k + l) % 4 == 0)
    raise ValueError(structure)


def allowed_lines(structure: str, count: int = 8) -> list[tuple[int, tuple[int, int, int]]]:
    """The first ``count`` powder lines of a cubic structure: (h²+k²+l², (hkl)), lowest angle first."""
    seen: dict[int, tuple[int, int, int]] = {}
    for h, k, l in product(range(7), repeat=3):  # noqa: E741
        if (h, k, l) == (0, 0, 0) or not (h >= k >= l):
            continue
        if _allowed(structure, h, k, l):
            s = h * h + k * k + l * l
            seen.setdefault(s, (h, k, l))
    return sorted(seen.items())[:count]


S_HKL = Symbol("s_hkl", "dimensionless", "h² + k² + l²", kind="number")
_STRUCT_WORDS = {"sc": SC, "bcc": BCC, "fcc": FCC, "diamond": DIAMOND}
_RADIUS_EQ = {
    "sc": lattice_radius_sc,
    "bcc": lattice_radius_bcc,
    "fcc": lattice_radius_fcc,
}


def _peak(
    structure: str, index: int, s: int, hkl: tuple[int, int, int], unknown: Symbol
) -> Relation:
    ordinal = ORDINALS[index]
    phrases = tuple(
        f"{o} {w}" for o in (ordinal, ORDINAL_SHORT[index]) for w in LINE_WORDS
    ) + tuple(
        f"{o} {low} {w}"
        for o in (ordinal,)
        for low in ("lowest angle", "(lowest angle)")  # 'the first (lowest-angle) line'
        for w in ("peak", "reflection", "line")
    )
    angle = "tt/2" if unknown is TWO_THETA else "theta"
    hkl_text = "".join(str(i) for i in hkl)
    return Relation(
        f"powder_line_{structure}_{index + 1}_{unknown.name}",
        GROUP,
        f"{ordinal.capitalize()} powder line of {structure.upper()} ({hkl_text})",
        f"lam = 2*a/sqrt(s_hkl)*sin({angle})",
        (unknown, WAVELENGTH, LATTICE_A),
        description=f"λ = 2a sin θ/√(h²+k²+l²) for the {ordinal} allowed reflection of {structure.upper()}, "
        f"({hkl_text}), first order (Cullity ch. 4).",
        keywords=("diffraction", "powder", "peak", "reflection", "x ray"),
        requires=(_STRUCT_WORDS[structure], phrases),
        excludes=("order reflection", "order diffraction", "order peak", *HCP, "hexagonal"),
        fixed=(
            (
                "s_hkl",
                float(s),
                f"{structure.upper()}: the {ordinal} allowed reflection is ({hkl_text}), h²+k²+l² = {s}",
            ),
        ),
        unknowns=(unknown.name, "a", "lam"),
    )


PEAK_RELATIONS = tuple(
    _peak(struct, i, s, hkl, unknown)
    for struct in ("sc", "bcc", "fcc", "diamond")
    for i, (s, hkl) in enumerate(allowed_lines(struct, len(ORDINALS)))
    for unknown in (THETA, TWO_THETA)
)
PEAK_FROM_RADIUS = tuple(
    chain(
        rel.name + "_from_R",
        rel,
        _RADIUS_EQ[rel.name.split("_")[2]],
        "a",
        title=rel.title + " from the atomic radius",
        unknowns=(rel.name.rsplit("_", 1)[-1],),
    )
    for rel in PEAK_RELATIONS
    if rel.name.split("_")[2] in _RADIUS_EQ
)
PEAK_SPACING = tuple(
    Relation(
        f"powder_line_{struct}_{i + 1}_d",
        GROUP,
        f"{ORDINALS[i].capitalize()} powder line of {struct.upper()}: interplanar spacing",
        "d = a/sqrt(s_hkl)",
        (SPACING, LATTICE_A),
        description=f"d = a/√(h²+k²+l²) for the {ORDINALS[i]} allowed reflection of {struct.upper()}.",
        keywords=("diffraction", "powder", "peak", "reflection"),
        requires=(
            _STRUCT_WORDS[struct],
            tuple(f"{o} {w}" for o in (ORDINALS[i], ORDINAL_SHORT[i]) for w in LINE_WORDS),
        ),
        excludes=("order reflection", *HCP, "hexagonal"),
        fixed=(
            (
                "s_hkl",
                float(s),
                f"{struct.upper()}: {ORDINALS[i]} allowed reflection ({''.join(map(str, hkl))})",
            ),
        ),
        unknowns=("d", "a"),
    )
    for struct in ("sc", "bcc", "fcc", "diamond")
    for i, (s, hkl) in enumerate(allowed_lines(struct, len(ORDINALS)))
)

# ------------------------------------------------------------------ planar density
PLANAR_DENSITY = Symbol(
    "PD",
    "1/nm^2",
    "planar density",
    keywords=(
        "planar density",
        "atoms per unit area",
        "atoms per square nanometer",
        "atoms per square meter",
        "atomic density of the plane",
        "number of atoms per unit area",
        "density of atoms",
    ),
    aliases=("PD",),
    plausible=(1e-3, 1e3),
)
_PD = {  # structure -> {plane family: (atoms on the plane in the cell section, equation)}
    "fcc": {
        (1, 0, 0): "PD = 2/a**2",
        (1, 1, 0): "PD = 2/(sqrt(2)*a**2)",
        (1, 1, 1): "PD = 4/(sqrt(3)*a**2)",
    },
    "bcc": {
        (1, 0, 0): "PD = 1/a**2",
        (1, 1, 0): "PD = 2/(sqrt(2)*a**2)",
        (1, 1, 1): "PD = 1/(sqrt(3)*a**2)",
    },
    "sc": {
        (1, 0, 0): "PD = 1/a**2",
        (1, 1, 0): "PD = 1/(sqrt(2)*a**2)",
        (1, 1, 1): "PD = 1/(sqrt(3)*a**2)",
    },
}
PLANAR_RELATIONS = tuple(
    Relation(
        f"planar_density_{struct}_{''.join(map(str, hkl))}",
        GROUP,
        f"Planar density of {struct.upper()} ({''.join(map(str, hkl))})",
        eq,
        (PLANAR_DENSITY, LATTICE_A),
        description=f"atoms centred on the ({''.join(map(str, hkl))}) plane per its area in the cubic cell: "
        f"{eq.split('= ')[1]} (Callister §3.11).",
        keywords=("planar density", "plane"),
        requires=(
            _STRUCT_WORDS[struct],
            (
                "planar density",
                "per unit area",
                "atoms per square",
                "atoms/nm",
                "atoms/m",
                "atoms per nm",
                # 'how many atoms are there per mm² of a (100) plane?': a count per area in any unit
                "atoms per mm",
                "atoms per cm",
                "atoms per m",
                "atoms/mm",
                "atoms/cm",
                "per mm²",
                "per cm²",
                "per m²",
                "per nm²",
                "per mm^2",
                "per cm^2",
                "per m^2",
                "per nm^2",
            ),
        ),
        planes=(hkl,),
    )
    for struct, table in _PD.items()
    for hkl, eq in table.items()
)

# ------------------------------------------------------------------ linear density
LINEAR_DENSITY = Symbol(
    "LD",
    "1/nm",
    "linear density",
    keywords=(
        "linear density",
        "linear atomic density",
        "atoms per unit length",
        "atoms per nanometer",
        "atoms per meter",
    ),
    aliases=("LD",),
    plausible=(1e-3, 1e3),
)
_LD = {  # structure -> {direction family: atoms centred on the direction per its length in the cell}
    "fcc": {
        (1, 0, 0): "LD = 1/a",
        (1, 1, 0): "LD = 2/(sqrt(2)*a)",
        (1, 1, 1): "LD = 1/(sqrt(3)*a)",
    },
    "bcc": {
        (1, 0, 0): "LD = 1/a",
        (1, 1, 0): "LD = 1/(sqrt(2)*a)",
        (1, 1, 1): "LD = 2/(sqrt(3)*a)",
    },
    "sc": {(1, 0, 0): "LD = 1/a", (1, 1, 0): "LD = 1/(sqrt(2)*a)", (1, 1, 1): "LD = 1/(sqrt(3)*a)"},
}
LINEAR_RELATIONS = tuple(
    Relation(
        f"linear_density_{struct}_{''.join(map(str, uvw))}",
        GROUP,
        f"Linear density of {struct.upper()} [{''.join(map(str, uvw))}]",
        eq,
        (LINEAR_DENSITY, LATTICE_A),
        description=f"atoms centred on the [{''.join(map(str, uvw))}] direction per its length in the "
        f"cubic cell: {eq.split('= ')[1]} (Callister §3.11).",
        keywords=("linear density", "direction"),
        requires=(
            _STRUCT_WORDS[struct],
            ("linear density", "linear atomic density", "per unit length"),
        ),
        directions=(uvw,),
    )
    for struct, table in _LD.items()
    for uvw, eq in table.items()
)

RELATIONS = (
    *LINEAR_RELATIONS,
    *PLANAR_RELATIONS,
    *VOID_RELATIONS,
    *VOID_FROM_LATTICE,
    cell_volume_hcp_primitive,
    *PEAK_RELATIONS,
    *PEAK_FROM_RADIUS,
    *PEAK_SPACING,
)
