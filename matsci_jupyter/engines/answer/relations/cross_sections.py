"""Areas of square and rectangular cross sections (A₀ for σ = F/A₀)."""

from __future__ import annotations

from ._base import Relation
from .common import AREA, LENGTH0

GROUP = "course"  # the introductory-course batch these relations came in

SIDE = LENGTH0.with_(
    name="s_side",
    label="side of the square section",
    keywords=("on a side", "on each side", "side", "square"),
    aliases=(),
)
WIDTH = LENGTH0.with_(
    name="w_sec",
    label="width of the section",
    keywords=("rectangular", "cross section", "width", "wide", "×"),
    aliases=(),
)
THICK = LENGTH0.with_(
    name="t_sec",
    label="thickness of the section",
    keywords=("rectangular", "cross section", "thickness", "thick", "×", "by"),
    aliases=(),
)
area_square = Relation(
    "area_square_section",
    GROUP,
    "Area of a square cross section",
    "A0 = s_side**2",
    (AREA, SIDE),
    description="A₀ = s² for a square cross section.",
    keywords=("square", "cross section"),
    requires=(("square",), ("cross section", "section", "bar", "specimen")),
    # a diameter or a round section is not a square's side ('square' may be only the unit, 'in square inches')
    excludes=("diameter", "round", "circular", "cylindrical"),
    unknowns=("A0",),
)
area_rectangle = Relation(
    "area_rectangular_section",
    GROUP,
    "Area of a rectangular cross section",
    "A0 = w_sec*t_sec",
    (AREA, WIDTH, THICK),
    description="A₀ = w·t for a rectangular cross section.",
    keywords=("rectangular", "cross section"),
    requires=(("rectangular", "rectangle"),),
    unknowns=("A0",),
)

RELATIONS = (
    area_square,
    area_rectangle,
)
