"""The volume of a cubic unit cell, V_C = a³.

Source: Callister & Rethwisch (10th ed.), §3.4.
"""

from __future__ import annotations

from ._base import Relation
from .common import BCC, FCC, HCP, LATTICE_A, SC
from .crystals import VOLUME_CELL

GROUP = "course"  # the introductory-course batch these relations came in

cell_volume_cubic = Relation(
    "cell_volume_cubic",
    GROUP,
    "Volume of a cubic unit cell",
    "V_c = a**3",
    (VOLUME_CELL, LATTICE_A),
    description="V_C = a³ for a cubic unit cell (Callister §3.4).",
    keywords=("unit cell", "cell volume", "volume", "cubic"),
    requires=((*FCC, *BCC, *SC, "cubic"), ("volume",)),
    excludes=(*HCP, "hexagonal", "tetragonal", "orthorhombic"),
)

RELATIONS = (cell_volume_cubic,)
