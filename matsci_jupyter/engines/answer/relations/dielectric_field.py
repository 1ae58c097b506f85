"""Polarization of a dielectric in a stated electric field: P = ε₀(ε_r − 1)E.

The field E in V/m (given as a field, not as a voltage over a gap: that reading is
``dielectric_polarization_plates``); P in C/m².
"""

from __future__ import annotations

from ._base import Relation
from .electrical import FIELD
from .syllabus import PERMITTIVITY_R, POLARIZATION

GROUP = "syllabus"

polarization_in_field = Relation(
    "dielectric_polarization_field",
    GROUP,
    "Polarization of a dielectric in a stated electric field",
    "P_pol = eps_0*(eps_r - 1)*E_field",
    (POLARIZATION, PERMITTIVITY_R, FIELD),
    description="P = ε₀(ε_r − 1)E (Callister eq. 18.31 with D = ε₀E + P).",
    keywords=("polarization", "polarisation", "dielectric", "field"),
    requires=(
        ("polarization", "polarisation"),
        ("dielectric", "permittivity"),
        ("field",),
    ),
    excludes=("concentration polarization", "activation polarization", "tafel", "overvoltage"),
    unknowns=("P_pol",),
)

RELATIONS = (polarization_in_field,)
