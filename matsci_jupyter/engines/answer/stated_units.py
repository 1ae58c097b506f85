"""A calculation in bare numbers whose numbers are values stated earlier with their units.

Prose often states a value with its unit ('σ = 155.43 MPa') and then computes with the bare number
('E = 155.43/7.56 × 10^-4 = 205.6 GPa'). Read bare, the calculation gives 2.056 × 10^5, which is
no reading of 205.6 GPa; with the unit the response itself gave that number put back, it gives
205.6 GPa exactly. A step found wrong in bare numbers is read once more with those units put back
(only numbers written with three or more significant digits, so that a small count or factor is
never taken for a stated value, and only when each such number was stated with one unit); it
holds when that reading holds. A real slip is still wrong under that reading.
"""

from __future__ import annotations

import re

from .prose import Statement

_BARE = re.compile(
    r"(?<![\w.^])(?P<num>\d+\.\d+|\d{3,})(?![\d.]|\s*[×x*]\s*10|\s*\^|\s*[A-Za-zµμΩ°%])"
)


def _significant(text: str) -> int:
    return len(re.sub(r"[^\d]", "", text).lstrip("0"))


def stated_values(chains: list[Statement], before: int, givens: list[str]) -> dict[str, str]:
    """Number as written → its unit as written, for the values stated with a unit by the chains
    before ``before`` (their last sides) and by the question's givens; a number stated with two
    different units is left out."""
    from .expression import numbers_with_units
    from .step_check import strip_words

    found: dict[str, set[str]] = {}
    texts = [strip_words(st.sides[-1]) for st in chains[:before]] + list(givens)
    for text in texts:
        got = numbers_with_units(text)
        if len(got) != 1:
            continue
        q, written, _start = got[0]
        if q.dimensionless:
            continue
        m = re.match(r"\s*(\d+(?:\.\d+)?)\s*(\S.*)$", written)
        if m is None or _significant(m.group(1)) < 3:
            continue
        found.setdefault(m.group(1), set()).add(m.group(2).strip())
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def with_stated_units(statement: Statement, stated: dict[str, str]) -> Statement | None:
    """The chain with each bare number of a bare calculation that is a value stated earlier put
    back with its unit ('155.43/7.56 × 10^-4' → '(155.43 MPa)/7.56 × 10^-4'); None when nothing
    changes."""
    from .expression import evaluate_segment

    if not stated:
        return None
    changed = False
    sides = []
    for side in statement.sides:
        seg = evaluate_segment(side.strip())
        if seg.value is None or seg.has_units or not seg.has_operator:
            sides.append(side)
            continue

        def put_back(m: re.Match[str]) -> str:
            nonlocal changed
            unit = stated.get(m.group("num"))
            if unit is None:
                return m.group(0)
            changed = True
            return f"({m.group('num')} {unit})"

        sides.append(_BARE.sub(put_back, side))
    if not changed:
        return None
    return Statement(statement.text, tuple(sides), statement.line_no)
