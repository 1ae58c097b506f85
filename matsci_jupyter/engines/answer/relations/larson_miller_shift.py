"""Rupture life at another temperature, same stress, from the Larson–Miller parameter.

At one stress the Larson–Miller parameter P = T(C + log₁₀ t_r) is one number (Callister &
Rethwisch, 10th ed., eq. 8.26; Dowling, *Mechanical Behavior of Materials*, 4th ed., §15.8), so a
rupture time t_r1 measured at T₁ gives the time at T₂ from T₁(C + log t_r1) = T₂(C + log t_r2).
Units: T in kelvin (a Celsius value is converted first), t_r in hours, C dimensionless (20 unless
stated). The parameter written with T in degrees Rankine is a different number, so a question that
defines it so is not answered here.
"""

from __future__ import annotations

from ._base import Relation
from .common import TEMP_1, TEMP_2
from .plasticity import LM_CONSTANT, RUPTURE_TIME

GROUP = "course"

# declared real rather than positive only so that sympy leaves T₁ log t₁ as a product (it would
# otherwise fold it into log(t₁^T₁), a power with a unit in its exponent); a time solved for comes
# out of an exponential and is positive all the same
RUPTURE_1 = RUPTURE_TIME.with_(
    name="t_lm1", label="rupture time at the first temperature", signed=True
)
RUPTURE_2 = RUPTURE_TIME.with_(
    name="t_lm2", label="rupture time at the other temperature", signed=True
)

larson_miller_two_temperatures = Relation(
    "larson_miller_two_temperatures",
    GROUP,
    "Rupture life at another temperature, same stress (Larson–Miller)",
    # T₁(C + log₁₀ t₁) = T₂(C + log₁₀ t₂) solved for t₂ (sympy keeps this form free of powers
    # with a temperature in their exponent)
    "t_lm2 = t_h*exp(log(10)*C_lm*(Ts_1/Ts_2 - 1))*exp(Ts_1/Ts_2*log(t_lm1/t_h))",
    (RUPTURE_2, TEMP_2, RUPTURE_1, TEMP_1, LM_CONSTANT),
    fixed=(("t_h", "1 hour", "t_r is counted in hours"),),
    description="T₁(C + log₁₀ t₁) = T₂(C + log₁₀ t₂) at one stress, T in K, t in h (Callister eq. 8.26).",
    keywords=("larson miller", "rupture", "creep", "same stress"),
    requires=(
        ("larson miller",),
        ("same stress", "same load", "same applied stress", "constant stress", "unchanged stress"),
    ),
    # a parameter defined in °R (or °F) is another number; a stress change moves along the master curve
    excludes=("rankine", "°r", "fahrenheit", "°f", "different stress", "another stress"),
    pairs=(("t_lm1", "Ts_1"), ("t_lm2", "Ts_2")),
    unknowns=("t_lm2",),
)

RELATIONS: tuple[Relation, ...] = (larson_miller_two_temperatures,)
