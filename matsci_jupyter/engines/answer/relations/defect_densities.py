"""Defect densities not declared elsewhere: the dislocation density of a cube given by its edge, and
the Schottky defects of a binary ionic solid from its density and the two ions' atomic weights (the
lattice sites per volume computed, not given), or from its density and formula weight.

Source: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.),
§7.2 (dislocation density = total length per volume), eq. 12.3 (N_s = N exp(−Q_s/2kT)) with
N = ρN_A/(A_C + A_A) formula units (cation sites) per volume (example problem 12.3).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import DENSITY, MOLAR_MASS, TEMPERATURE
from .exam import DISL_DENSITY, DISL_LENGTH
from .syllabus import SCHOTTKY_DEFECTS, SCHOTTKY_ENERGY

GROUP = "defects"

LINE_LENGTH = DISL_LENGTH.with_(
    keywords=(*DISL_LENGTH.keywords, "dislocation line", "of dislocation", "line length")
)
CUBE_EDGE = Symbol(
    "a_cube",
    "m",
    "edge of the cube",
    keywords=("on an edge", "edge", "on a side", "side", "cube"),
    plausible=(1e-9, 10),
)
dislocation_density_cube = Relation(
    "dislocation_density_cube",
    GROUP,
    "Dislocation density of a cube given by its edge",
    "rho_d = L_disl/a_cube**3",
    (DISL_DENSITY, LINE_LENGTH, CUBE_EDGE),
    description="ρ_d = L/V with V = a³ for a cube of edge a (Callister §7.2); the total line length in "
    "such a cube from a stated density, L = ρ_d a³.",
    keywords=("dislocation density", "dislocation length", "cube"),
    requires=(("dislocation",), ("length", "dislocation line"), ("cube",)),
    excludes=("volume of",),
    unknowns=("rho_d", "L_disl"),
)

M_CATION = MOLAR_MASS.with_(
    name="M_cat",
    label="atomic weight of the cation",
    keywords=("atomic weights", "atomic weight", "atomic masses"),
    aliases=(),
    lookup=None,
)
M_ANION = M_CATION.with_(name="M_an", label="atomic weight of the anion")
schottky_from_density = Relation(
    "schottky_defects_from_density",
    GROUP,
    "Schottky defects per volume of a binary ionic solid from its density",
    "N_sch = rho*N_A/(M_cat + M_an)*exp(-Q_sch/(2*k_B*T))",
    (SCHOTTKY_DEFECTS, DENSITY, M_CATION, M_ANION, SCHOTTKY_ENERGY, TEMPERATURE),
    description="N_s = N exp(−Q_s/2kT), N = ρN_A/(A_C + A_A) (Callister eq. 12.3, example 12.3).",
    keywords=("schottky", "density", "atomic weight"),
    # the ions' weights named as such, or written as 'K 39.10 and Cl 35.45 g/mol'
    requires=(
        ("schottky",),
        ("density",),
        ("atomic weight", "atomic masses", "atomic mass", "g/mol"),
    ),
    unknowns=("N_sch",),
)

M_FORMULA = MOLAR_MASS.with_(
    name="M_form",
    label="formula weight of the compound",
    keywords=("formula weight", "formula mass", "molar mass", "molecular weight"),
    aliases=(),
    lookup=None,
)
schottky_from_formula_weight = Relation(
    "schottky_defects_from_formula_weight",
    GROUP,
    "Schottky defects per volume of a binary ionic solid from its density and formula weight",
    "N_sch = rho*N_A/M_form*exp(-Q_sch/(2*k_B*T))",
    (SCHOTTKY_DEFECTS, DENSITY, M_FORMULA, SCHOTTKY_ENERGY, TEMPERATURE),
    description="N_s = N exp(−Q_s/2kT) with N = ρN_A/M formula units (one cation site each) per "
    "volume, M the compound's formula weight (the two ions' weights summed; Callister eq. 12.3).",
    keywords=("schottky", "density", "formula weight"),
    requires=(
        ("schottky",),
        ("density",),
        ("formula weight", "formula mass", "molar mass", "molecular weight"),
    ),
    # an energy stated for a single vacancy (a metal's) is not a Schottky pair's: no halving
    excludes=(
        "vacancy formation",
        "formation of a vacancy",
        "form a vacancy",
        "vacancy energy",
        "energy for vacancy",
        "energy of vacancy",
    ),
    unknowns=("N_sch",),
)

RELATIONS = (dislocation_density_cube, schottky_from_density, schottky_from_formula_weight)
