"""The Debye heat capacity far below the Debye temperature, with no law named.

The Debye model's molar heat capacity is C_v = 9R(T/θ_D)³∫₀^{θ_D/T} x⁴eˣ/(eˣ − 1)² dx (Kittel,
*Introduction to Solid State Physics*, ch. 5, eq. 35). Below θ_D/20 the integral is its limit 4π⁴/15
to within 2 × 10⁻⁵ (the upper bound is then above 20 and the integrand's tail is e⁻²⁰ small), so
C_v = (12π⁴/5)R(T/θ_D)³ (Callister & Rethwisch eq. 19.2) is the model's own value there, whether or not
the question names the T³ law. Given a Debye temperature and a temperature, a molar heat capacity
asked is answered by this law only when the result is at most its value at T = θ_D/20
(0.2430 J mol⁻¹ K⁻¹): a warmer temperature is left to the relation that needs the T³ law named.
"""

from __future__ import annotations

import math
from dataclasses import replace

from ._base import Relation
from .thermal import CV_DEBYE, debye_t_cubed

GROUP = "course"

# C_v at T = θ_D/20: (12π⁴/5) R / 8000
_CV_AT_TWENTIETH = 12 * math.pi**4 / 5 * 8.314462618 / 20**3

debye_deep_cold = replace(
    debye_t_cubed,
    name="debye_t_cubed_far_below_debye_temperature",
    title="Molar heat capacity far below the Debye temperature (Debye model, T ≤ θ_D/20)",
    description=(
        "C_v = (12π⁴/5) R (T/θ_D)³ per mole of atoms; at T ≤ θ_D/20 this is the Debye model's value "
        "to 2 × 10⁻⁵ (Kittel ch. 5 eq. 35; Callister eq. 19.2)."
    ),
    symbols=(
        CV_DEBYE.with_(
            valid=(None, round(_CV_AT_TWENTIETH, 4)),
            # the Debye model's C_v is the lattice (phonon) part of the heat capacity
            keywords=(*CV_DEBYE.keywords, "lattice heat capacity", "phonon heat capacity"),
        ),
        *debye_t_cubed.symbols[1:],
    ),
    requires=debye_t_cubed.requires[:2],
)

RELATIONS: tuple[Relation, ...] = (debye_deep_cold,)
