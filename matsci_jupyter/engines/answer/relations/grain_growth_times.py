"""The time grains take to grow to a stated diameter, and the time still needed beyond a measured one.

Normal grain growth d² − d₀² = Kt (Callister & Rethwisch, 10th ed., eq. 7.9 with n = 2): one measured
point (t₁, d₁) fixes K = (d₁² − d₀²)/t₁, so a diameter d₂ is reached at t₂ = t₁ (d₂² − d₀²)/(d₁² − d₀²).
'How many more minutes are needed to reach d₂' asks for t₂ − t₁, the time beyond the measured one.
The forward ask (the diameter after a time) is ``grain_growth_two_times`` in :mod:`.exam`.
"""

from __future__ import annotations

from ._base import Relation
from .exam import GRAIN_0, GRAIN_1, GRAIN_2, TIME_G1, TIME_G2

GROUP = "exam"

_REQUIRES = (("grain",), ("d^2", "d²", "d2 ", "kt"))
# an increment over the measured time: 'how many more minutes', 'how much additional time'
_MORE = ("more", "additional", "further", "extra", "longer")

ASKED_DIAMETER = GRAIN_2.with_(
    keywords=("reach", "to reach", "grow to", "grown to", "grain diameter"),
)
TIME_TO_SIZE = TIME_G2.with_(
    keywords=(
        "how long",
        "time",
        "needed",
        "required",
        "take",
        "how many minutes",
        "how many hours",
    ),
)
EXTRA_TIME = TIME_G2.with_(
    name="tg_more",
    label="additional time (increase beyond the measured time)",
    keywords=("more", "additional", "further", "extra", "longer", "how many more"),
)

grain_growth_time = Relation(
    "grain_growth_time_to_diameter",
    GROUP,
    "Time for grains to grow to a stated diameter (d² − d₀² = Kt) through one measured point",
    "tg_2 = tg_1*(dgr_2**2 - dg_0**2)/(dgr_1**2 - dg_0**2)",
    (TIME_TO_SIZE, TIME_G1, GRAIN_0, GRAIN_1, ASKED_DIAMETER),
    description="d² − d₀² = Kt (Callister eq. 7.9, n = 2): K = (d₁² − d₀²)/t₁, so d₂ is reached at "
    "t₂ = t₁ (d₂² − d₀²)/(d₁² − d₀²).",
    keywords=("grain growth", "grain diameter", "d0"),
    requires=_REQUIRES,
    excludes=_MORE,
    pairs=(("dgr_1", "tg_1"),),
    # grains grow: the asked diameter beyond the measured one, the measured one beyond the initial one
    ordered=(("dgr_2", "dgr_1"), ("dgr_1", "dg_0")),
    conditions=("temperature",),
    unknowns=("tg_2",),
)
grain_growth_more_time = Relation(
    "grain_growth_additional_time",
    GROUP,
    "Time still needed beyond a measured point for grains to reach a stated diameter (d² − d₀² = Kt)",
    "tg_more = tg_1*((dgr_2**2 - dg_0**2)/(dgr_1**2 - dg_0**2) - 1)",
    (EXTRA_TIME, TIME_G1, GRAIN_0, GRAIN_1, ASKED_DIAMETER),
    description="d² − d₀² = Kt (Callister eq. 7.9, n = 2): the time to d₂ is t₂ = t₁ (d₂² − d₀²)/(d₁² − "
    "d₀²); the time beyond the measured t₁ is t₂ − t₁.",
    keywords=("grain growth", "grain diameter", "more", "additional"),
    requires=(*_REQUIRES, _MORE),
    pairs=(("dgr_1", "tg_1"),),
    ordered=(("dgr_2", "dgr_1"), ("dgr_1", "dg_0")),
    conditions=("temperature",),
    unknowns=("tg_more",),
)

RELATIONS = [grain_growth_time, grain_growth_more_time]
