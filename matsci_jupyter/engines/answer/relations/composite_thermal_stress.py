"""The thermal stress in a fully restrained aligned-fibre composite bar loaded along its fibres.

|σ| = E α |ΔT| for a bar whose thermal expansion is fully prevented (Callister & Rethwisch, 10th ed.,
eq. 19.8), with E the composite's longitudinal modulus from the iso-strain rule of mixtures,
E_cl = E_m V_m + E_f V_f (eq. 16.10b), and α the composite's own (stated) expansion coefficient along
the fibres. A bar loaded across the fibres (iso-stress) is not this relation.
"""

from __future__ import annotations

from dataclasses import replace

from ._base import chain, rename_symbols
from .mechanics import THERMAL_STRESS, thermal_stress
from .syllabus import ALIGNED_FIBERS, COMPOSITE_WORDS, iso_strain

GROUP = "mechanics"

# the stress in a restrained bar acts along it: 'the axial stress', 'the compressive stress that develops'
AXIAL_THERMAL_STRESS = THERMAL_STRESS.with_(
    keywords=(
        *THERMAL_STRESS.keywords,
        "axial stress",
        "axial",
        "compressive stress",
        "stress that develops",
    )
)
_OUTER = rename_symbols(thermal_stress, {"E_mod": "E_cl"})
_OUTER = replace(
    _OUTER,
    symbols=tuple(
        AXIAL_THERMAL_STRESS if s.name == THERMAL_STRESS.name else s for s in _OUTER.symbols
    ),
)
_ALONG = (
    *iso_strain.requires[1],
    *ALIGNED_FIBERS,
)
composite_thermal_stress = chain(
    "composite_thermal_stress_isostrain",
    _OUTER,
    iso_strain,
    "E_cl",
    title="Thermal stress in a restrained aligned-fibre composite (iso-strain modulus)",
    description="|σ| = E_cl α |ΔT| (Callister eq. 19.8) with E_cl = E_m V_m + E_f V_f, the iso-strain "
    "longitudinal modulus (eq. 16.10b).",
    requires=(thermal_stress.requires[0], COMPOSITE_WORDS, _ALONG),
    excludes=(
        "transverse",
        "iso stress",
        "isostress",
        "perpendicular",
        "across the fiber",
        "normal to",
    ),
    unknowns=("sigma_th",),
)

RELATIONS = [composite_thermal_stress]
