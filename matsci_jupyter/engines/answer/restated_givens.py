"""A given restated in other units, or worked out inline, is one given, not two.

Textbooks write a value and its equivalent side by side: 'a thrust of 322,000 N (72,000 lb)',
'0.25 m³ (250 L) of oil', 'Δp = 1.6 × 10⁷ Pa (about 160 atm or 2300 psi)'. The parenthesised
values add nothing to calculate with, and a solver that insists every given be used would refuse
for a 'left-over' 72,000 lb. :func:`without_restatements` drops a value that stands inside a
parenthesis opened right after another value when it is the same quantity: the same dimension and
within :data:`RESTATED_RTOL` of it once converted. The same holds for a value the question works out inline,
'a lateral acceleration of 0.96g = (0.96)(9.8 m/s²) = 9.4 m/s²': only the chain's last value, the
one it arrives at, is a given (:func:`without_inline_derivations`). A parenthesised value of another
dimension or size stays ('a 2.0 kg block (and a 3.0 kg one)'), and so does '72,000 lb' beside a force: pint
reads lb as a mass, and guessing pound-force is left undone.
"""

from __future__ import annotations

import math
import re
from typing import Any

RESTATED_RTOL = 0.05
"""Equivalents are rounded ('about 160 atm' for 1.6 × 10⁷ Pa is 1.3 % off); 5 % still tells a
restatement from a second value."""

_OPENS_RIGHT_AFTER = re.compile(
    r"^\s*\(\s*(?:about|approximately|approx\.?|roughly|or|i\.e\.,?|~|≈)?\s*$"
)
_INSIDE_A_CHAIN = re.compile(r"^[\s=()×*·]*$")
_BETWEEN_EQUIVALENTS = re.compile(r"^\s*(?:,|or|and|/|=|≈)?\s*(?:about|approximately|roughly)?\s*$")


def _same_quantity(a: Any, b: Any) -> bool:
    """Whether pint quantities ``a`` and ``b`` are one value in two units (within 5 %)."""
    try:
        x, y = float(a.magnitude), float(b.to(a.units).magnitude)
    except Exception:  # another dimension ('72,000 lb' beside a force: pound or pound-force?)
        return False
    return x != 0 and math.isclose(x, y, rel_tol=RESTATED_RTOL)


def without_restatements(text: str, givens: list[Any]) -> list[Any]:
    """``givens`` (:class:`.quantities.Given`, in text order) without the values with a unit that
    restate the one before them in parentheses."""
    out: list[Any] = []
    anchor: Any = None  # the last kept value with a unit
    end = 0  # where the anchor, or the last restatement of it, ends
    inside = False  # a restatement of the anchor was dropped and its parenthesis is still open
    for g in givens:
        gap = text[end : g.start]
        pattern = _BETWEEN_EQUIVALENTS if inside else _OPENS_RIGHT_AFTER
        if (
            anchor is not None
            and g.has_unit
            and pattern.match(gap)
            and _same_quantity(anchor.quantity, g.quantity)
        ):
            end, inside = g.end, True
            continue
        out.append(g)
        anchor = g if g.has_unit and g.quantity is not None else None
        end, inside = g.end, False
    return out


def without_inline_derivations(text: str, givens: list[Any]) -> list[Any]:
    """``givens`` without the values of an inline '=' chain that are not its last: a run of values
    with only brackets, '×' and '=' between them, the last gap holding an '=', and the last value
    having a unit ('0.96g = (0.96)(9.8 m/s^2) = 9.4 m/s^2' keeps 9.4 m/s^2)."""
    drop: set[int] = set()
    run: list[int] = []
    for i, g in enumerate(givens):
        joined = bool(run) and _INSIDE_A_CHAIN.match(text[givens[run[-1]].end : g.start])
        if joined:
            if "=" in text[givens[run[-1]].end : g.start] and g.has_unit:
                drop.update(run)  # everything before this '=' works the value out
            run.append(i)
        else:
            run = [i]
    return [g for i, g in enumerate(givens) if i not in drop]
