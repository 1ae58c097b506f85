"""Planar density and planar packing fraction of the low-index planes of cubic cells.

The planar cell of a plane in a cubic unit cell of edge a is fixed by geometry: (100) is the face,
a square of area a²; (110) is the rectangle of a cube edge and a face diagonal, a × a√2 = √2 a²;
(111) is the triangle of three face diagonals, (√3/4)(a√2)² = (√3/2) a². The atoms centred in that
cell are: simple cubic 1, 1, ½; BCC 1, 2 (the body centre lies in (110)), ½; FCC 2, 2, 2
(Callister ch. 3, planar densities). Planar density is atoms/area, the planar packing fraction
atoms·πR²/area.

A response is flagged when its final planar density (or packing fraction) differs from the one
the question's lattice, plane and lattice parameter (or atomic radius) give, and follows from an
area it writes (with a unit) and a whole or half atom count: then that area or that count is not
the named plane's, and the message names which, with the recomputed value. Any other consistent
cell (a hexagon on (111), a doubled cell) gives the right value and is never flagged.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .step_numbers import (
    close,
    closing_states,
    final_quantity,
    magnitude_in,
    of_dimension,
    quantities,
)

_ASKS = re.compile(
    r"planar\s+(?:atomic\s+)?(?:density|packing|pd\b)|atoms\s+per\s+unit\s+area", re.I
)
_FRACTION = re.compile(r"planar\s+packing|packing\s+(?:fraction|factor)", re.I)
_LATTICES = {
    "BCC": re.compile(r"\bbcc\b|body[-\s]cent(?:red|ered)(?:\s+cubic)?", re.I),
    "FCC": re.compile(r"\bfcc\b|face[-\s]cent(?:red|ered)(?:\s+cubic)?", re.I),
    "SC": re.compile(r"\bsimple\s+cubic|\bprimitive\s+cubic|\bsc\b", re.I),
}
_PLANE = re.compile(r"\(\s*(-?\d)\s*(-?\d)\s*(-?\d)\s*\)")
_CELLS = {  # (atoms in the planar cell, its area in units of a²)
    ("SC", (0, 0, 1)): (1.0, 1.0),
    ("SC", (0, 1, 1)): (1.0, math.sqrt(2)),
    ("SC", (1, 1, 1)): (0.5, math.sqrt(3) / 2),
    ("BCC", (0, 0, 1)): (1.0, 1.0),
    ("BCC", (0, 1, 1)): (2.0, math.sqrt(2)),
    ("BCC", (1, 1, 1)): (0.5, math.sqrt(3) / 2),
    ("FCC", (0, 0, 1)): (2.0, 1.0),
    ("FCC", (0, 1, 1)): (2.0, math.sqrt(2)),
    ("FCC", (1, 1, 1)): (2.0, math.sqrt(3) / 2),
}
_RADIUS_OVER_A = {"SC": 0.5, "BCC": math.sqrt(3) / 4, "FCC": math.sqrt(2) / 4}
_AREA_NAMES = {1.0: "a square a × a = a²", math.sqrt(2): "a rectangle a × a√2 = √2 a²"}
_OF = r"\s*(?:\(\s*\w\s*\)\s*)?(?:of|is|=|:)?\s*(?:about\s+)?$"
_A_WORDS = re.compile(
    r"(?:lattice\s+(?:parameter|constant)|cell\s+edge(?:\s+length)?|edge\s+length|\ba)" + _OF, re.I
)
_R_WORDS = re.compile(r"(?:radius|\bR)" + _OF, re.I)


def _named(question: str) -> tuple[str, tuple[int, int, int]] | None:
    lattices = [name for name, p in _LATTICES.items() if p.search(question)]
    planes = {
        tuple(sorted(abs(int(x)) for x in m.groups()))
        for m in _PLANE.finditer(question)
        if any(int(x) for x in m.groups())
    }
    if len(lattices) != 1 or len(planes) != 1:
        return None
    plane = planes.pop()
    key = (lattices[0], plane)
    return (lattices[0], plane) if key in _CELLS else None  # type: ignore[return-value]


def _edge(question: str, lattice: str) -> Any | None:
    """The lattice parameter a: given, or from the atomic radius by the lattice's contact rule."""
    edges, radii = [], []
    for q, _text, start in quantities(question):
        if not of_dimension(q, "m") or float(q.magnitude) <= 0:
            continue
        before = question[max(0, start - 30) : start]
        if _A_WORDS.search(before):
            edges.append(q)
        elif _R_WORDS.search(before):
            radii.append(q)
    if len(edges) == 1:
        return edges[0]
    if not edges and len(radii) == 1:
        return radii[0] / _RADIUS_OVER_A[lattice]
    return None


def _per_m2() -> Any:
    from ...units import get_registry

    return get_registry().Quantity(1, "1/m^2")


def _plane_text(plane: tuple[int, int, int]) -> str:
    return "(" + "".join(str(i) for i in sorted(plane, reverse=True)) + ")"


def planar_cell_check(question: str, lines: list[str]) -> Check | None:
    """A failed check when a planar density follows from a wrong area or atom count for the plane."""
    if not _ASKS.search(question):
        return None
    named = _named(question)
    if named is None:
        return None
    lattice, plane = named
    a = _edge(question, lattice)
    final = final_quantity(lines)
    if a is None or final is None:
        return None
    a_m = magnitude_in(a, "m")
    if a_m is None:
        return None
    count, factor = _CELLS[(lattice, plane)]
    area = factor * a_m**2
    fraction = _FRACTION.search(question) is not None
    per_atom = math.pi * (_RADIUS_OVER_A[lattice] * a_m) ** 2 if fraction else 1.0
    if fraction and of_dimension(final, "dimensionless"):
        value = float(final.to("dimensionless").magnitude)
    elif not fraction and of_dimension(final, "1/m^2"):
        value = float(final.to("1/m^2").magnitude)
    else:
        return None
    right = count * per_atom / area
    if value <= 0 or close(value, right, 0.02):
        return None
    in_final_unit = right if fraction else magnitude_in(right * _per_m2(), f"{final.units}")
    if in_final_unit is not None and closing_states(
        lines, in_final_unit, "dimensionless" if fraction else f"{final.units}", 0.02
    ):
        return None
    for q, text, _start in quantities("\n".join(lines)):
        if not of_dimension(q, "m^2") or float(q.magnitude) <= 0:
            continue
        written = float(q.to("m^2").magnitude)
        atoms = value * written / per_atom
        used = round(atoms * 2) / 2
        if not 0 < used <= 6 or not close(atoms, used, 0.015):
            continue
        name = f"{lattice} {_plane_text(plane)}"
        cell = _AREA_NAMES.get(factor, "a triangle of face diagonals, (√3/2) a²")
        what = "packing fraction" if fraction else "planar density"
        shown = (
            (f"{count:g} × πR² / ({cell})" if fraction else f"{count:g} atoms / ({cell})")
            + f" = {right:.4g}"
            + ("" if fraction else " m⁻²")
        )
        if close(written, area, 0.02):
            why = f"its planar cell ({cell}) holds {count:g} atoms, not {used:g}"
        elif used == count:
            why = f"its planar cell is {cell} = {area:.4g} m², not '{text}'"
        else:
            why = f"its planar cell is {cell} = {area:.4g} m² with {count:g} atoms, not '{text}' with {used:g}"
        if not fraction and in_final_unit is not None and not close(in_final_unit, right, 1e-6):
            shown += f" = {in_final_unit:.4g} {final.units:~P}"
        return Check("planar cell", False, f"for {name}, {why}: {what} = {shown}")
    return None
