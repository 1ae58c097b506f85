"""Bragg's law with the diffraction angle 2θ taken for θ (or θ halved).

nλ = 2d sin θ, where θ is the Bragg angle, half the diffraction angle 2θ a diffractometer reads
(Callister ch. 3, eq. 3.20). A question that gives '2θ = 44.5°' fixes θ = 22.25°; a response that
evaluates sin 44.5° in Bragg's law uses the diffraction angle as the Bragg angle. The opposite slip
halves an angle the question already calls θ (the Bragg angle).

The question must give exactly one angle, named as 2θ or as θ (the Bragg angle), and one
wavelength; the order is read from 'first-order', 'second-order' … or 'n = 2' (else 1). The
response is flagged only when it takes the sine of the wrong angle (it writes sin of that angle,
or states θ as it with its sine), never the sine of the right one, and writes the spacing
d = nλ/(2 sin θ) (or the cubic lattice parameter d·√(h² + k² + l²) for the question's plane) that
the wrong angle gives; the message shows the spacing the right angle gives.
"""

from __future__ import annotations

import math
import re

from .checks import Check
from .step_numbers import (
    close,
    closing_states,
    magnitude_in,
    of_dimension,
    plain_numbers,
    quantities,
    written_as,
)

_ANGLE = r"(?P<v>\d+(?:\.\d+)?)\s*(?:°|deg(?:rees?)?\b)"
_TWO_THETA = (
    re.compile(
        r"2\s*θ\s*\)?\s*(?:=|≈|of|is|at|:)?\s*(?:about\s+|approximately\s+)?" + _ANGLE, re.I
    ),
    re.compile(_ANGLE + r"\s*(?:\(\s*)?(?:in\s+)?2\s*θ", re.I),
)
_THETA = (
    re.compile(r"(?<![2\w])\s*θ\s*\)?\s*(?:=|≈|of|is)\s*" + _ANGLE, re.I),
    re.compile(r"bragg\s+angle\s*(?:\(\s*θ\s*\)\s*)?(?:=|of|is)?\s*(?:θ\s*=\s*)?" + _ANGLE, re.I),
)
_ANY_ANGLE = re.compile(r"\d+(?:\.\d+)?\s*(?:°|deg(?:rees?)?\b)", re.I)
_ORDERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_ORDER = re.compile(r"\b(first|second|third|fourth)[-\s]order|\bn\s*=\s*([1-4])\b", re.I)
_WAVELENGTH = re.compile(r"wavelength|λ", re.I)
_PLANE = re.compile(
    r"\(\s*(-?\d)\s*(-?\d)\s*(-?\d)\s*\)|\b(?:d_?|reflection\s+|peak\s+|plane\s+)(\d)(\d)(\d)\b"
)
_SINE = re.compile(r"sin\s*\(?\s*(\d+(?:\.\d+)?)\s*(?:°|deg)?")
_THETA_IS = re.compile(r"(?<![2\w])θ\s*(?:=|≈)\s*(\d+(?:\.\d+)?)")


def _given_angle(question: str) -> tuple[float, bool] | None:
    """(the angle's value, whether the question calls it 2θ); None unless it gives one angle."""
    if len({m.group(0) for m in _ANY_ANGLE.finditer(question)}) != 1:
        return None
    for pattern in _TWO_THETA:
        m = pattern.search(question)
        if m:
            return float(m.group("v")), True
    for pattern in _THETA:
        m = pattern.search(question)
        if m:
            return float(m.group("v")), False
    return None


def _wavelength(question: str) -> tuple[float, str] | None:
    found = []
    for q, _text, start in quantities(question):
        if of_dimension(q, "m") and _WAVELENGTH.search(question[max(0, start - 40) : start]):
            found.append(q)
    if len(found) != 1:
        return None
    return float(found[0].magnitude), f"{found[0].units}"


def _order(question: str) -> int:
    orders = set()
    for m in _ORDER.finditer(question):
        orders.add(_ORDERS[m.group(1).lower()] if m.group(1) else int(m.group(2)))
    return orders.pop() if len(orders) == 1 else 1


def _plane_factor(question: str) -> float | None:
    planes = set()
    for m in _PLANE.finditer(question):
        idx = [g for g in m.groups() if g is not None]
        planes.add(tuple(abs(int(i)) for i in idx))
    if len(planes) != 1:
        return None
    return math.sqrt(sum(i * i for i in planes.pop()))


_TABLE = re.compile(r"\|[^|]*\|(?:[^|]*\|)+")
_RULE_CELL = re.compile(r":?-{3,}:?")
_TWO_THETA_HEAD = re.compile(r"2\s*θ|2\s*theta|two[-\s]theta", re.I)


def _table_two_thetas(question: str) -> list[float]:
    """The numbers of a markdown table's column headed 2θ ('| peak | 2θ (°) |'): each a
    diffraction angle in degrees. The table may be on its lines or run into one ('| a | b |
    |---|---| | 1 | 2 |', as a normalised question has it); its header row is the cells before the
    rule row, whose dashes count the columns. Empty unless exactly one column is headed 2θ and
    every row has as many cells as the header."""
    for m in _TABLE.finditer(question):
        cells = [c.strip() for c in m.group(0).split("|") if c.strip()]
        ncols = sum(1 for c in cells if _RULE_CELL.fullmatch(c))
        if ncols < 2 or not all(_RULE_CELL.fullmatch(c) for c in cells[ncols : 2 * ncols]):
            continue
        head, body = cells[:ncols], cells[2 * ncols :]
        heads = [i for i, c in enumerate(head) if _TWO_THETA_HEAD.search(c)]
        if len(heads) != 1 or not body or len(body) % ncols:
            continue
        values = [body[r + heads[0]] for r in range(0, len(body), ncols)]
        if all(re.fullmatch(r"\d+(?:\.\d+)?", v) for v in values):
            return [float(v) for v in values]
    return []


def bragg_angle_check(question: str, lines: list[str]) -> Check | None:
    """A failed check when Bragg's law is evaluated at the diffraction angle 2θ (or at θ/2)."""
    if not re.search(r"bragg|diffract|x-?ray|reflection|peak", question, re.I):
        return None
    angle = _given_angle(question)
    wavelength = _wavelength(question)
    if wavelength is None:
        return None
    if angle is not None:
        return _judge(question, lines, angle, wavelength)
    # a table of 2θ readings: each angle the response takes the sine of is judged as if given alone
    sines = [float(x) for x in _SINE.findall("\n".join(lines))]
    for value in _table_two_thetas(question):
        if any(close(x, value, 0.002, 0.01) for x in sines):
            found = _judge(question, lines, (value, True), wavelength)
            if found is not None:
                return found
    return None


def _judge(
    question: str, lines: list[str], angle: tuple[float, bool], wavelength: tuple[float, str]
) -> Check | None:
    """The check for one angle the question gives ((value, whether it is 2θ))."""
    value, is_two_theta = angle
    theta = value / 2 if is_two_theta else value
    slipped = value if is_two_theta else value / 2
    if not 0 < theta < 90 or not 0 < slipped < 90:
        return None
    response = "\n".join(lines)
    sines = [float(x) for x in _SINE.findall(response)]
    stated = [float(x) for x in _THETA_IS.findall(response)]
    numbers = plain_numbers(response)
    if any(close(x, theta, 0.002, 0.01) for x in sines + stated):
        return None  # the right angle is used somewhere
    wrong_sine = math.sin(math.radians(slipped))
    uses_slipped = any(close(x, slipped, 0.002, 0.01) for x in sines) or (
        any(close(x, slipped, 0.002, 0.01) for x in stated) and written_as(wrong_sine, numbers)
    )
    if not uses_slipped:
        return None
    n = _order(question)
    lam, unit = wavelength
    right_d = n * lam / (2 * math.sin(math.radians(theta)))
    wrong_d = n * lam / (2 * wrong_sine)
    factor = _plane_factor(question)
    written_d = [x for line in lines for x in _lengths_in(line, unit)]  # a unit ends at its line
    candidates = [(wrong_d, right_d, "d")]
    if factor is not None and factor != 1:
        candidates.append((wrong_d * factor, right_d * factor, "a = d√(h² + k² + l²)"))
    for wrong, right, name in candidates:
        if (
            written_as(wrong, written_d)
            and not written_as(right, written_d)
            and not closing_states(lines, right, unit)
        ):
            what = "2θ" if is_two_theta else "θ (the Bragg angle)"
            return Check(
                "Bragg angle",
                False,
                f"the question gives {what} = {value:g}°, so θ = {theta:g}°, but the response takes "
                f"sin {slipped:g}°: d = nλ/(2 sin θ) = {n} × {lam:g} / (2 sin {theta:g}°) = "
                f"{right_d:.4g} {_short(unit)}"
                + (f", {name} = {right:.4g} {_short(unit)}" if name != "d" else "")
                + f" (not {wrong:.4g})",
            )
    return None


def _lengths_in(text: str, unit: str) -> list[tuple[float, str]]:
    """Numbers written in ``text`` as lengths in ``unit`` (bare numbers as they stand)."""
    out = []
    for q, written, _start in quantities(text):
        if of_dimension(q, "m"):
            x = magnitude_in(q, unit)
            if x is not None:
                out.append((x, written))
        elif of_dimension(q, "dimensionless"):
            out.append((float(q.magnitude), written))
    return out


def _short(unit: str) -> str:
    return {"nanometer": "nm", "angstrom": "Å", "picometer": "pm", "meter": "m"}.get(unit, unit)
