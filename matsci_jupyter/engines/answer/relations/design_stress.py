"""Design: the working stress from the yield strength and a factor of safety.

Source: Callister & Rethwisch (10th ed.), ch. 6 (eq. 6.24).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import STRESS, YIELD_STRENGTH

GROUP = "course"  # the introductory-course batch these relations came in

SAFETY = Symbol(
    "N_sf",
    "dimensionless",
    "factor of safety",
    keywords=("factor of safety", "safety factor", "design factor"),
    aliases=("N",),
    kind="number",
    plausible=(1.0, 20.0),
)
WORKING = STRESS.with_(
    name="sigma_w",
    label="working (design) stress",
    keywords=(
        "working stress",
        "design stress",
        "safe stress",
        "allowable stress",
        "maximum allowable stress",
        "σ_w",
    ),
    aliases=("σ_w", "σw"),
)
safe_stress = Relation(
    "working_stress",
    GROUP,
    "Working stress with a factor of safety",
    "sigma_w = sigma_ys/N_sf",
    (WORKING, YIELD_STRENGTH, SAFETY),
    description="σ_w = σ_y/N (Callister eq. 6.24).",
    keywords=("safety", "working stress", "design stress", "allowable"),
    requires=(("factor of safety", "safety factor", "design factor"),),
)

RELATIONS = (safe_stress,)
