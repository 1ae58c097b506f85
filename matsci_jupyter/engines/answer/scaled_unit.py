"""Numbers worked in the question's scaled unit: the question gives 'E = 10.5 × 10^6 psi' and
'0.35 × 10^6 psi', and a step computes with the mantissas, '0.40 · 10.5 + 0.60 · 0.35 = 4.41 × 10^6
psi'. The calculation is in units of 10^6 psi (as a table headed 'E (10^6 psi)' is read) and its
result carries that scale back. Re-read so, with every value written in that scale taken as its
mantissa, the step must hold; a step that fails this reading as well (a wrong mantissa, or a power of
ten other than the question's) stays wrong.
"""

from __future__ import annotations

import re
from typing import Any

from .prose import Statement

_SCALED = re.compile(
    r"(?P<mantissa>[-−]?\d+(?:\.\d+)?)\s*[×x*·]\s*10\s*\^\s*\(?\s*(?P<power>[-−]?\d+)\s*\)?\s*"
    r"(?P<unit>[A-Za-zµμΩÅ°][\w/·^\-]*)"
)


def _unit_of(text: str) -> Any:
    from .unit_text import parse_unit

    try:
        parsed = parse_unit(text)
        return None if parsed is None else parsed.units
    except Exception:
        return None


def question_scales(given_texts: list[str]) -> list[tuple[int, Any]]:
    """The (power of ten, unit) pairs the question writes its values in ('10.5 × 10^6 psi' →
    (6, psi)); a power of zero is no scale."""
    out: list[tuple[int, Any]] = []
    for text in given_texts:
        m = _SCALED.fullmatch(text.strip())
        if m is None:
            continue
        power = int(m.group("power").replace("−", "-"))
        unit = _unit_of(m.group("unit"))
        if power and unit is not None and (power, unit) not in out:
            out.append((power, unit))
    return out


def in_question_scale(statement: Statement, scales: list[tuple[int, Any]]) -> Statement | None:
    """The chain with each value written in one of ``scales`` as its bare mantissa ('4.41 × 10^6
    psi' → '4.41'), or None when no side is written so, or another side keeps a unit (then the
    calculation is not one in bare scaled numbers)."""
    if not scales:
        return None
    changed = False
    sides = []
    for side in statement.sides:

        def bare(m: re.Match[str]) -> str:
            nonlocal changed
            power = int(m.group("power").replace("−", "-"))
            if (power, _unit_of(m.group("unit"))) in scales:
                changed = True
                return m.group("mantissa")
            return m.group(0)

        sides.append(_SCALED.sub(bare, side))
    if not changed:
        return None
    from .expression import evaluate_segment

    for side in sides[1:]:
        seg = evaluate_segment(side)
        if seg.has_units:
            return None
    return Statement(statement.text, tuple(sides), statement.line_no)
