"""The angle between two directions [uvw] or two planes (hkl) of a cubic crystal.

cos θ = (u₁u₂ + v₁v₂ + w₁w₂)/(|d₁||d₂|); in a cubic crystal the normal of (hkl) is [hkl], so the
same formula gives the angle between planes (Callister §3.9, Cullity app. 3). The question must ask
for an angle 'between' exactly two index groups of one kind and say the crystal is cubic.
"""

from __future__ import annotations

import math
import re

from .answer import Answer
from .checks import Check
from .quantities import Given, Reading, Requested, format_number

_INDEX = r"\s*(-?\d)\s*,?\s*(-?\d)\s*,?\s*(-?\d)\s*"
_GROUPS = {
    "plane": re.compile(r"\(" + _INDEX + r"\)"),
    "direction": re.compile(r"[\[<]" + _INDEX + r"[\]>]"),
}
_ASKS = re.compile(r"\bangle\b(?:\s*\([^)]*\))?\s+between\b", re.I)
# a trigonometric function of the angle asked ('the cosine of the angle between'): a number, not an angle
_TRIG_ASK = re.compile(
    r"\b(?P<fn>cosine|cos|sine|sin|tangent|tan)\s*(?:\(|\s+of\s+)?\s*(?:the\s+)?"
    r"(?:\w+\s+)?angle\b",
    re.I,
)
_CUBIC = re.compile(
    r"\bcubic\b|\bfcc\b|\bbcc\b|\bsc\b|face.centred|face.centered|body.centred|body.centered", re.I
)


_CELL_EDGE_WORDS = re.compile(
    r"(?:lattice\s+(?:parameter|constant)|cell\s+(?:edge|parameter|constant)|edge\s+length)\s*(?:of|is|=)?\s*$|"
    r"\ba\s*=\s*$",
    re.I,
)


def _is_cell_edge(g: Given, text: str) -> bool:
    """A length given as the cubic cell edge ('a = 4.049 Å', 'lattice parameter 0.405 nm'): angles in a
    cubic crystal do not depend on it."""
    if g.quantity is None or not g.quantity.check("[length]"):
        return False
    return bool(_CELL_EDGE_WORDS.search(text[max(0, g.start - 30) : g.start]))


def _plain_number(requested: Requested) -> bool:
    """The ask wants a bare number (no angle unit): pint would read an angle as radians there."""
    return str(requested.unit.units) in ("", "dimensionless")


def try_cubic_angle(question: str, reading: Reading, requested: Requested | None) -> Answer | None:
    """An Answer for the angle between two cubic directions or planes; None when not such a question."""
    text = reading.text
    if not _ASKS.search(text) or not _CUBIC.search(text):
        return None
    found = {
        k: [tuple(int(x) for x in m.groups()) for m in p.finditer(text)] for k, p in _GROUPS.items()
    }
    kinds = [k for k, v in found.items() if v]
    if len(kinds) != 1 or len(found[kinds[0]]) != 2:
        return None
    others = [g for g in reading.givens if g.kind == "quantity" and g.unit is not None]
    if any(not _is_cell_edge(g, text) for g in others):
        return None  # other values given: not a pure geometry question
    from .irrelevant import counts_as_given

    indices = [(m.start(), m.end()) for p in _GROUPS.values() for m in p.finditer(text)]
    if any(
        counts_as_given(g, text) and not any(a <= g.start < b for a, b in indices)
        for g in reading.givens
        if g.kind == "number"
    ):
        return None  # a number besides the indices: not a pure geometry question
    a, b = found[kinds[0]]
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    if norm == 0:
        return None
    angle = math.degrees(math.acos(max(-1.0, min(1.0, dot / norm))))
    from ...units import get_registry

    ureg = get_registry()
    trig = _TRIG_ASK.search(reading.ask_clause or text)
    if trig is not None:
        fn = trig.group("fn").lower()[:3]
        if requested is not None and not _plain_number(requested):
            return None
        rad = math.radians(angle)
        if fn == "tan" and math.isclose(angle, 90.0):
            return None
        value = {"cos": dot / norm, "sin": math.sin(rad), "tan": math.tan(rad)}[fn]
        q = ureg.Quantity(value, "dimensionless")
    else:
        q = ureg.Quantity(angle, "degree")
    if requested is not None:
        if trig is None and _plain_number(requested):
            return None  # an angle asked as a plain number: the unit would silently be radians
        try:
            q = q.to(requested.unit.units)
        except Exception:
            return None
    what = "directions" if kinds[0] == "direction" else "planes (their normals [hkl])"
    return Answer(
        question=question,
        quantity=q,
        unit_requested=requested.text if requested else None,
        checks=[
            Check("dimension", True, "an angle"),
            Check("givens", True, f"both {kinds[0]}s are used"),
            Check("interpretation", True, "cubic crystal: the normal of (hkl) is [hkl]"),
            *(
                [
                    Check(
                        "givens",
                        True,
                        "the cell edge is not used: angles in a cubic crystal do not depend on it",
                    )
                ]
                if others
                else []
            ),
        ],
        steps=[
            f"Relation: angle between cubic {what}: cos θ = d₁·d₂/(|d₁||d₂|)",
            f"d₁ = {list(a)}, d₂ = {list(b)}: cos θ = {dot}/{format_number(norm)}",
            f"θ = {format_number(angle)}°",
            *([f"{trig.group('fn')} θ = {format_number(q.magnitude)}"] if trig is not None else []),
        ],
        source="solver",
        relation="cubic_angle_between",
        target=f"angle between the {kinds[0]}s",
    )
