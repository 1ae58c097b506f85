"""Theoretical density of a rock-salt or CsCl crystal from its two ionic radii, the formula weight of the
one compound named read from the periodic table.

ρ = n'A/(a³N_A) with A the formula weight (g/mol) of the AX compound the question names (MgO, 'sodium
chloride'), n' = 4 and a = 2(r_C + r_A) for rock salt (ions touch along the cube edge), n' = 1 and
a = 2(r_C + r_A)/√3 for CsCl (ions touch along the body diagonal). Radii in nm, ρ in g/cm³.

Only the density is solved for, and only when the question names the structure and says the radii are
ionic radii; the compound must be one the molar-mass look-up finds alone (a compound beside its own
ions counts as that compound). Where the question gives the atomic weights itself, the relation of
:mod:`.exam` (which uses them) answers instead; where it gives a lattice parameter, that is used.
"""

from __future__ import annotations

from ._base import Relation
from .common import CSCL, DENSITY, MOLAR_MASS, ROCK_SALT
from .exam import R_ION_1, R_ION_2

GROUP = "crystallography"

_IONIC = ("ionic radii", "ionic radius", "radii of the ions")
_RHO = DENSITY.with_(name="rho_ion", label="theoretical density")
# a cell edge or atomic weights given beside the radii are other data (another relation uses them)
_NOT_HERE = ("lattice parameter", "lattice constant", "cell edge", "edge length")

rock_salt_radii_lookup = Relation(
    "density_rock_salt_radii_formula_weight",
    GROUP,
    "Theoretical density of a rock-salt crystal from its ionic radii and formula weight",
    "rho_ion = 4*M/((2*(ri_1 + ri_2))**3*N_A)",
    (_RHO, MOLAR_MASS, R_ION_1, R_ION_2),
    description="ρ = 4A/(a³N_A) with a = 2(r_C + r_A): 4 formula units per rock-salt cell, cation and "
    "anion touching along the cube edge (Callister eq. 12.1, example 12.3).",
    keywords=("rock salt", "density", "ionic radii"),
    requires=(ROCK_SALT, _IONIC, ("density",)),
    excludes=(*CSCL, "caesium chloride", "cesium chloride", *_NOT_HERE),
    unknowns=("rho_ion",),
)
cscl_radii_lookup = Relation(
    "density_cscl_radii_formula_weight",
    GROUP,
    "Theoretical density of a CsCl-structure crystal from its ionic radii and formula weight",
    "rho_ion = M/((2*(ri_1 + ri_2)/sqrt(3))**3*N_A)",
    (_RHO, MOLAR_MASS, R_ION_1, R_ION_2),
    description="ρ = A/(a³N_A) with a = 2(r_C + r_A)/√3: one formula unit per cell, ions touching along "
    "the body diagonal.",
    keywords=("cesium chloride", "density", "ionic radii"),
    requires=(
        ("cesium chloride structure", "cscl structure", "caesium chloride structure"),
        _IONIC,
        ("density",),
    ),
    excludes=(*ROCK_SALT, *_NOT_HERE),
    unknowns=("rho_ion",),
)

RELATIONS = (rock_salt_radii_lookup, cscl_radii_lookup)
