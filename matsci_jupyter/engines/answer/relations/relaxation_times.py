"""The time a relaxing stress takes to fall to a stated value, from one measured point.

Stress relaxation at a held strain, σ(t) = σ(0) exp(−t/τ) (Callister & Rethwisch, 10th ed., eq. 15.10):
one measured point (t₁, σ₁) fixes τ = t₁/ln(σ(0)/σ₁), so the stress σ₂ is reached at
t₂ = t₁ ln(σ(0)/σ₂)/ln(σ(0)/σ₁). The forward ask (the stress at a time) is
``stress_relaxation_two_times`` in :mod:`.exam`; this is its inverse, a time asked.
"""

from __future__ import annotations

from ._base import Relation
from .exam import SIG_0, SIG_1, SIG_2, TR_1, TR_2

GROUP = "exam"

RELAX_TIME = TR_2.with_(
    keywords=(
        "how long",
        "how many minutes",
        "how many seconds",
        "how many hours",
        "time",
        "after",
    ),
)
START_STRESS = SIG_0.with_(
    keywords=(*SIG_0.keywords, "starts at", "at first", "at the start", "at loading"),
)
ASKED_STRESS = SIG_2.with_(
    keywords=(
        "fallen to",
        "dropped to",
        "fall to",
        "drop to",
        "decay to",
        "reach",
        "reached",
        "stress",
    ),
)

stress_relaxation_time = Relation(
    "stress_relaxation_time_to_stress",
    GROUP,
    "Time for a relaxing stress to fall to a stated value, through one measured point",
    "trl_2 = trl_1*log(sr_2/sr_0)/log(sr_1/sr_0)",
    (RELAX_TIME, TR_1, START_STRESS, SIG_1, ASKED_STRESS),
    description="σ(t) = σ(0) exp(−t/τ) (Callister eq. 15.10): τ = t₁/ln(σ(0)/σ₁), so σ₂ is reached at "
    "t₂ = t₁ ln(σ(0)/σ₂)/ln(σ(0)/σ₁).",
    keywords=("relax", "viscoelastic", "relaxation"),
    requires=(("relax",),),
    pairs=(("sr_1", "trl_1"),),
    # the stress falls: the initial stress above the measured one, the measured one above the asked one
    ordered=(("sr_0", "sr_1"), ("sr_1", "sr_2")),
    unknowns=("trl_2",),
)

RELATIONS = [stress_relaxation_time]
