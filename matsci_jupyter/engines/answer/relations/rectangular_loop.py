"""A rectangular (square) hysteresis loop: its energy per cycle per volume, and a core's power loss.

Source: Callister & Rethwisch (10th ed.) §20.7: the energy a hysteresis loop dissipates per cycle per
unit volume is the area it encloses. A loop that is a rectangle spanning −H_c..+H_c and −B_r..+B_r
encloses (2H_c)(2B_r) = 4H_cB_r, in J/m³ with H in A/m and B in T; the power lost in a core is that area
× core volume × frequency (W with V in m³ and f in Hz).

Only a loop the question itself calls rectangular (or square) has this area, and both its half-width
(the coercivity) and its half-height (the remanence) must be named. Both relations declare their
requirements as ``on_topic_requires``: a relation that holds only for a case the question must name
counts as using a given (:func:`..set_aside.used_on_topic`) only where the question meets them, so a
coercivity stated beside a measured loop area stays shown irrelevant to P = w V f.
"""

from __future__ import annotations

from ._base import Relation, chain
from .exam import LOOP_ENERGY, hysteresis_power
from .magnetic import COERCIVE_FIELD, REMANENCE

GROUP_MAG = "magnetic"

# the loop's shape must be said: 4H_cB_r is the area of a rectangle only
RECTANGULAR = (
    "rectangular",
    "square loop",
    "square hysteresis",
    "square-loop",
    "square b-h",
    "square b–h",
)
COERCIVE_WORDS = ("coercive", "coercivity")
REMANENT_WORDS = (
    "remanence",
    "remanent",
    "retentivity",
    "residual induction",
    "residual flux density",
)
# a saturation induction is a competing loop height; a stated loop area is another route
OTHER_ROUTE = ("saturation", "loop area", "area of the loop", "encloses", "enclosed")

LOOP_ENERGY_REQUIRES = (
    ("hysteresis", "b-h loop", "b–h loop", "bh loop"),
    RECTANGULAR,
    COERCIVE_WORDS,
    REMANENT_WORDS,
)
LOOP_POWER_REQUIRES = (
    ("hysteresis",),
    ("power", "loss", "lost"),
    RECTANGULAR,
    COERCIVE_WORDS,
    REMANENT_WORDS,
)

rectangular_loop_energy = Relation(
    "rectangular_loop_energy",
    GROUP_MAG,
    "Energy per cycle per volume of a rectangular hysteresis loop",
    "w_loop = 4*Abs(H_coer)*B_rem",
    (LOOP_ENERGY, REMANENCE, COERCIVE_FIELD),
    description="w = (2H_c)(2B_r) = 4H_cB_r: the area of a rectangular B–H loop spanning ±H_c and ±B_r "
    "(J/m³ with H in A/m, B in T; Callister §20.7).",
    keywords=("hysteresis", "rectangular", "coercive", "remanence"),
    requires=LOOP_ENERGY_REQUIRES,
    excludes=OTHER_ROUTE,
    unknowns=("w_loop",),
    on_topic_requires=LOOP_ENERGY_REQUIRES,
)
rectangular_loop_power = chain(
    "rectangular_loop_power",
    hysteresis_power,
    rectangular_loop_energy,
    "w_loop",
    title="Power lost to hysteresis in a core with a rectangular loop",
    description="P = 4H_cB_r × V × f: the rectangular loop's area (energy per cycle per volume) times "
    "the core volume and the frequency (Callister §20.7).",
    requires=LOOP_POWER_REQUIRES,
    excludes=OTHER_ROUTE,
    unknowns=("P_hys",),
    on_topic_requires=LOOP_POWER_REQUIRES,
)

RELATIONS = (rectangular_loop_energy, rectangular_loop_power)

#: relations of a special case the question must name (here: a rectangular loop with H_c and B_r)
SPECIAL_CASE = frozenset(rel.name for rel in RELATIONS if rel.on_topic_requires)
