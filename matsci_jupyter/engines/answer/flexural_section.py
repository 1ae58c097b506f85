"""Three-point bending: the flexural strength of a bar from its cross-section.

A rectangular bar of width b and thickness (depth, height) d broken by a load F over a support
span L has σ_fs = 3FL/(2bd²): the thickness, the dimension along the load, is the one squared. A
bar of circular cross-section of radius R has σ_fs = FL/(πR³) (Callister ch. 12, eqs. 12.7a, 12.7b).

Two wrong steps are read, each proved by the recomputed value:

- a rectangular bar whose width is squared in place of its thickness: the response writes the
  width's number squared and its final value is 3FL/(2db²);
- a round bar worked with the rectangular formula (b = d = the diameter, 3FL/(2D³)), or with the
  diameter for R in FL/(πR³): the response writes the rectangular symbols bd² (or the diameter
  cubed beside π) and its final value is that formula's.

Each role (load, span, width, thickness, diameter or radius) is read from the question's words
around one value ('10 mm wide', 'depth 4 mm', 'supports 40 mm apart', '3.2 mm in diameter'); a
role given twice, or a four-point test, leaves the check silent.
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

_THREE_POINT = re.compile(r"three[-\s]point|3[-\s]point|flexural|modulus of rupture", re.I)
_FOUR_POINT = re.compile(r"four[-\s]point|4[-\s]point", re.I)
_ORIENTATION = (
    re.compile(  # a bar set on edge: which side is 'thickness' is then the question's call
        r"on\s+(?:its\s+)?(?:edge|side)|edgewise|flatwise|narrow\s+(?:face|side)|"
        r"load\w*\s+(?:across|along|on)\s+(?:its|the)\s+(?:width|wide|\d)",
        re.I,
    )
)
_ROUND = re.compile(r"circular|\brod\b|cylind|\bround\b|\bwire\b", re.I)
_AFTER = {
    "width": re.compile(r"\s*(?:wide|broad|in\s+width|in\s+breadth)\b", re.I),
    "thickness": re.compile(r"\s*(?:thick|deep|high|tall|in\s+(?:thickness|depth|height))\b", re.I),
    "span": re.compile(r"\s*(?:apart|support\s+span|span|between\s+(?:the\s+)?supports)\b", re.I),
    "diameter": re.compile(r"\s*(?:in\s+diameter|diameter)\b", re.I),
    "radius": re.compile(r"\s*(?:in\s+radius|radius)\b", re.I),
}
_OF = r"\s*(?:\(\s*\w\s*\)\s*)?(?:of|is|=|:|\w\s*=)?\s*(?:about\s+|approximately\s+)?$"
_BEFORE = {
    "width": re.compile(r"(?:width|breadth)" + _OF, re.I),
    "thickness": re.compile(r"(?:thickness|depth|height)" + _OF, re.I),
    "span": re.compile(
        r"(?:span|spacing|apart|supports?|between\s+(?:the\s+)?supports?)" + _OF, re.I
    ),
    "diameter": re.compile(r"diameter" + _OF, re.I),
    "radius": re.compile(r"radius" + _OF, re.I),
}


def _roles(question: str) -> dict[str, list[Any]]:
    roles: dict[str, list[Any]] = {}
    question = re.sub(r"(\d)\s*k\s+N\b", r"\1 kN", question)  # '1.2k N': the prefix set apart
    for q, text, start in quantities(question):
        if of_dimension(q, "N"):
            roles.setdefault("load", []).append(q)
            continue
        if not of_dimension(q, "m") or float(q.magnitude) <= 0:
            continue
        end = start + len(text)
        named = {r for r, p in _AFTER.items() if p.match(question, end)}
        if not named:
            before = question[max(0, start - 30) : start]
            named = {r for r, p in _BEFORE.items() if p.search(before)}
        if len(named) == 1:
            roles.setdefault(named.pop(), []).append(q)
    return roles


def _one(roles: dict[str, list[Any]], name: str) -> Any | None:
    found = roles.get(name, [])
    return found[0] if len(found) == 1 else None


def _number(q: Any) -> str:
    """A given's number as a response would write it: '10.0 mm' → '10', '3.2 mm' → '3.2'."""
    return f"{float(q.magnitude):g}"


def _written_forms(q: Any) -> list[str]:
    """A length's number as a response may write it, in mm, cm or m ('10 mm' → '10', '1', '0.01')."""
    forms = []
    for unit in ("mm", "cm", "m"):
        try:
            forms.append(f"{float(q.to(unit).magnitude):g}")
        except Exception:  # not a length: its own number only
            return [_number(q)]
    return [f for f in dict.fromkeys(forms) if "e" not in f]


def _squared(number: str | list[str], text: str) -> bool:
    """The number written squared: '10²', '8^2', '(10 mm)^2', '(0.010)²'."""
    for n in [number] if isinstance(number, str) else number:
        tail = r"0*" if "." in n else r"(?:\.0+)?"
        if re.search(
            rf"(?<![\d.]){re.escape(n)}{tail}(?![\d.])\s*(?:[a-zµμ]+)?\s*\)?\s*(?:\^\s*\(?2(?![\d.])|²)",
            text,
        ):
            return True
    return False


def _cubed(number: str, text: str) -> bool:
    return bool(
        re.search(
            rf"(?<![\d.]){re.escape(number)}(?:\.0+)?(?![\d.])\s*(?:[a-zµμ]+)?\s*\)?\s*(?:\^\s*\(?3(?![\d.])|³)",
            text,
        )
    )


def flexural_section_check(question: str, lines: list[str]) -> Check | None:
    """A failed check when a three-point-bending strength uses the wrong section formula."""
    if (
        not _THREE_POINT.search(question)
        or _FOUR_POINT.search(question)
        or _ORIENTATION.search(question)
    ):
        return None
    roles = _roles(question)
    load, span = _one(roles, "load"), _one(roles, "span")
    final = final_quantity(lines)
    if load is None or span is None or final is None or not of_dimension(final, "Pa"):
        return None
    unit = f"{final.units}"
    written = float(final.magnitude)
    response = "\n".join(lines)
    width, thick = _one(roles, "width"), _one(roles, "thickness")
    if width is not None and thick is not None and not _ROUND.search(question):
        right = magnitude_in(3 * load * span / (2 * width * thick**2), unit)
        swapped = magnitude_in(3 * load * span / (2 * thick * width**2), unit)
        if right is None or swapped is None or close(right, swapped, 0.02):
            return None
        if (
            close(written, swapped, 0.01)
            and not close(written, right, 0.01)
            and _squared(_written_forms(width), response)
            and not _squared(_written_forms(thick), response)
            and not closing_states(lines, right, unit)
        ):
            return Check(
                "flexural strength",
                False,
                f"the bar is {_show(width)} wide (b) and {_show(thick)} thick (d); "
                f"σ_fs = 3FL/(2bd²) squares the thickness: {right:.4g} {_unit(final)}, not "
                f"{swapped:.4g} {_unit(final)} with width and thickness swapped",
            )
        return None
    radius = _one(roles, "radius")
    diameter = _one(roles, "diameter")
    if not _ROUND.search(question) or (radius is None) == (diameter is None):
        return None
    r = radius if radius is not None else diameter / 2
    dia = 2 * r
    right = magnitude_in(load * span / (math.pi * r**3), unit)
    rectangular = magnitude_in(3 * load * span / (2 * dia**3), unit)
    as_radius = magnitude_in(load * span / (math.pi * dia**3), unit)
    if right is None or close(written, right, 0.01) or closing_states(lines, right, unit):
        return None
    shown = f"σ_fs = FL/(πR³) with R = {_show(r)} gives {right:.4g} {_unit(final)}"
    if (
        rectangular is not None
        and close(written, rectangular, 0.01)
        and re.search(
            r"2\s*\(?\s*b\s*\)?\s*\(?\s*d|\bb\s*d\s*(?:\^\s*2|²)|\bbh\s*(?:\^\s*2|²)", response
        )
    ):
        return Check(
            "flexural strength",
            False,
            f"the bar is round, so the rectangular 3FL/(2bd²) with b = d = the diameter does not "
            f"apply ({rectangular:.4g} {_unit(final)}): {shown}",
        )
    if (
        radius is None
        and as_radius is not None
        and close(written, as_radius, 0.01)
        and re.search(r"π|\bpi\b", response)
        and _cubed(_number(dia), response)
    ):
        return Check(
            "flexural strength",
            False,
            f"the diameter {_show(dia)} is cubed as the radius (giving {as_radius:.4g} "
            f"{_unit(final)}): {shown}",
        )
    return None


def _unit(q: Any) -> str:
    return f"{q.units:~P}"


def _show(q: Any) -> str:
    return f"{float(q.magnitude):g} {_unit(q)}"
