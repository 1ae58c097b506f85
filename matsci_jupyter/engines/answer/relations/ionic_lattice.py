"""The cubic cell edge of an ionic crystal from its ionic radii (cations and anions touching).

Rock salt (NaCl, MgO, …): ions touch along the cube edge, a = 2(r_C + r_A). Cesium chloride: ions
touch along the body diagonal, a√3 = 2(r_C + r_A). Radii and the edge in nm. Answered only when the
question names the structure (or the compound NaCl / CsCl itself): the radii alone do not say which
contact holds.
"""

from __future__ import annotations

from ._base import Relation
from .common import LATTICE_A
from .exam import R_ION_1, R_ION_2, ROCK_SALT

GROUP = "crystallography"

_EDGE = ("lattice parameter", "lattice constant", "cell edge", "edge length", "unit cell edge")
_CSCL = ("cesium chloride", "caesium chloride", "cscl")

rock_salt_edge = Relation(
    "rock_salt_edge_from_radii",
    GROUP,
    "Cubic cell edge of a rock-salt crystal from its ionic radii",
    "a = 2*(ri_1 + ri_2)",
    (LATTICE_A, R_ION_1, R_ION_2),
    description="a = 2(r_C + r_A): cation and anion touch along the cube edge (Callister fig. 12.2).",
    keywords=("rock salt", "ionic radii", "lattice parameter"),
    requires=((*ROCK_SALT, "nacl"), ("radii", "radius"), _EDGE),
    excludes=_CSCL,
    unknowns=("a",),
)
cscl_edge = Relation(
    "cscl_edge_from_radii",
    GROUP,
    "Cubic cell edge of a cesium-chloride crystal from its ionic radii",
    "a = 2*(ri_1 + ri_2)/sqrt(3)",
    (LATTICE_A, R_ION_1, R_ION_2),
    description="a = 2(r_C + r_A)/√3: cation and anion touch along the body diagonal (Callister "
    "fig. 12.3).",
    keywords=("cesium chloride", "ionic radii", "lattice parameter"),
    requires=(_CSCL, ("radii", "radius"), _EDGE),
    excludes=(*ROCK_SALT, "nacl"),
    unknowns=("a",),
)

RELATIONS = (rock_salt_edge, cscl_edge)
