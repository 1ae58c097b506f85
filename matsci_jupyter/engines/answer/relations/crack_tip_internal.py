"""The stress at the tip of an internal crack: σ_m = 2σ₀(a/ρ_t)^½ with a half the crack's length.

Callister's eq. 8.1 takes a as the length of a surface crack or half the length of an internal one;
:mod:`.syllabus` holds the surface-crack form, and this module the internal crack stated by its
whole length (a = half of it) or by its half-length named as such. Stresses in MPa, lengths in mm.

Source: Callister & Rethwisch (10th ed.), §8.5, eq. 8.1 and fig. 8.8a.
"""

from __future__ import annotations

from ._base import Relation
from .common import STRESS
from .mechanics import HALF_LENGTH, INTERNAL_CRACK
from .syllabus import CRACK_HALF, MAX_STRESS, TIP_RADIUS

GROUP = "course"

INTERNAL_WHOLE = CRACK_HALF.with_(
    name="L_tip",
    label="total length of the internal crack (2a)",
    keywords=("total length", "crack length", "length", "long", "crack of length", "crack", "2a"),
    aliases=("2a",),
)
INTERNAL_HALF = CRACK_HALF.with_(
    name="a_tiph",
    label="half-length of the internal crack (a)",
    keywords=(*HALF_LENGTH, "half length a"),
    aliases=("a",),
)
_REQUIRES = (("crack tip", "tip radius", "radius of curvature"), INTERNAL_CRACK)

tip_stress_internal_whole = Relation(
    "crack_tip_stress_internal_crack",
    GROUP,
    "Stress at the tip of an internal crack of stated total length (a = half of it)",
    "sigma_m = 2*sigma*sqrt((L_tip/2)/rho_t)",
    (MAX_STRESS, STRESS, INTERNAL_WHOLE, TIP_RADIUS),
    description="σ_m = 2σ₀(a/ρ_t)^½ with a = half the internal crack's stated length (Callister eq. "
    "8.1).",
    keywords=("crack tip", "stress concentration", "tip radius", "internal"),
    requires=_REQUIRES,
    excludes=(*HALF_LENGTH, "half", "surface crack", "edge crack"),
    unknowns=("sigma_m",),
)
tip_stress_internal_half = Relation(
    "crack_tip_stress_internal_half_length",
    GROUP,
    "Stress at the tip of an internal crack of stated half-length a",
    "sigma_m = 2*sigma*sqrt(a_tiph/rho_t)",
    (MAX_STRESS, STRESS, INTERNAL_HALF, TIP_RADIUS),
    description="σ_m = 2σ₀(a/ρ_t)^½, a = half the internal crack's length, stated as such (Callister "
    "eq. 8.1).",
    keywords=("crack tip", "stress concentration", "tip radius", "internal"),
    requires=(*_REQUIRES, HALF_LENGTH),
    excludes=("surface crack", "edge crack", "total length"),
    unknowns=("sigma_m",),
)

RELATIONS = (tip_stress_internal_whole, tip_stress_internal_half)
