"""Design: the working stress from the yield strength and a factor of safety, and the largest load or
smallest section of a bar in tension that does not yield.

Source: Callister & Rethwisch (10th ed.), ch. 6 (eqs. 6.1 and 6.24, Design Example 6.1): the bar does
not yield while F/A₀ ≤ σ_y/N, so the largest load is F = σ_y·A₀/N and the smallest diameter
d₀ = √(4FN/(πσ_y)); N = 1 when no factor of safety is stated.
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import AREA, DIAMETER, STRESS, YIELD_STRENGTH
from .mechanics import FORCE

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

# the ask is a limit of yielding: a largest load or a smallest section that keeps the bar elastic
_NO_YIELD = (
    "without yield",
    "not yield",
    "no yield",
    "before yield",
    "before it yield",
    "from yield",
    "avoid yield",
    "onset of yield",
    "to yield",
    "yielding begin",
    "yielding start",
    "will yield",
    "plastic deformation",
    "deform plastically",
)
_SAFETY_WORDS = ("factor of safety", "safety factor", "design factor")
# another loading, another section or another limit: F = σA does not give it
_NOT_AXIAL = (
    "shear",
    "bending",
    "bent",
    "torsion",
    "torque",
    "twist",
    "flexur",
    "buckl",
    "hollow",
    "tube",
    "pipe",
    "pressure",
    "on the tensile strength",
    "on the ultimate",
    "based on the tensile",
    "based on the ultimate",
    "fatigue",
    "endurance",
    "creep",
    "crack",
)
# a factor of safety tied to the tensile strength or to fracture: the working stress is TS/N, not σ_y/N
_ON_TENSILE = (
    "tensile strength divided",
    "ultimate strength divided",
    "tensile strength by",
    "ultimate strength by",
    "against fracture",
    "against breaking",
    "against rupture",
    "fracture",
    "break",
    "rupture",
)
_LIMITED = dict(
    keywords=("yield", "load", "diameter", "design", "safety"), unknowns=("F", "d0", "A0")
)
yield_limited_round = Relation(
    "yield_limited_round",
    GROUP,
    "Largest load (or smallest diameter) of a round bar in tension that does not yield",
    "F = sigma_ys*pi*d0**2/4",
    (FORCE, YIELD_STRENGTH, DIAMETER),
    description="F = σ_y·πd₀²/4: the bar yields when the stress F/A₀ reaches σ_y.",
    requires=(("yield", "σ_y"), _NO_YIELD, ("diameter", "round", "cylindrical", "wire", "rod")),
    excludes=(*_SAFETY_WORDS, *_NOT_AXIAL),
    **_LIMITED,
)
yield_limited_round_safety = Relation(
    "yield_limited_round_safety",
    GROUP,
    "Largest load (or smallest diameter) of a round bar in tension that does not yield, with a "
    "factor of safety",
    "F = sigma_ys*pi*d0**2/(4*N_sf)",
    (FORCE, YIELD_STRENGTH, DIAMETER, SAFETY),
    description="F = (σ_y/N)·πd₀²/4: the working stress σ_y/N over the cross-section.",
    requires=(("yield", "σ_y"), _SAFETY_WORDS, ("diameter", "round", "cylindrical", "wire", "rod")),
    excludes=(*_NOT_AXIAL, *_ON_TENSILE),
    **_LIMITED,
)
yield_limited_area = Relation(
    "yield_limited_area",
    GROUP,
    "Largest load (or smallest cross-section) of a bar in tension that does not yield",
    "F = sigma_ys*A0",
    (FORCE, YIELD_STRENGTH, AREA),
    description="F = σ_y·A₀: the bar yields when the stress F/A₀ reaches σ_y.",
    requires=(("yield", "σ_y"), _NO_YIELD, ("area", "cross section")),
    excludes=(*_SAFETY_WORDS, *_NOT_AXIAL),
    **_LIMITED,
)
yield_limited_area_safety = Relation(
    "yield_limited_area_safety",
    GROUP,
    "Largest load (or smallest cross-section) of a bar in tension that does not yield, with a "
    "factor of safety",
    "F = sigma_ys*A0/N_sf",
    (FORCE, YIELD_STRENGTH, AREA, SAFETY),
    description="F = (σ_y/N)·A₀: the working stress σ_y/N over the cross-section.",
    requires=(("yield", "σ_y"), _SAFETY_WORDS, ("area", "cross section")),
    excludes=(*_NOT_AXIAL, *_ON_TENSILE),
    **_LIMITED,
)

RELATIONS = (
    safe_stress,
    yield_limited_round,
    yield_limited_round_safety,
    yield_limited_area,
    yield_limited_area_safety,
)
