"""A final answer in labelled parts, each part against the results the response computed.

A question in parts ('(a) … (b) …') is often answered by one closing sentence that restates every
part ('the answer is (a) 1.79 eV and (b) 6.99 × 10^16 photons'). Such a sentence holds several
values, so it is not read as one final value, and :mod:`.final_copy` (which compares one final
value with the last result) never sees it. Here each part's number is compared with the results of
the working: a part whose significant digits (three or more) are exactly those of a result, but
whose power of ten differs, while no result and no earlier number of the response has the part's
own value, is the result miscopied ('= 6.99 × 10^15' restated as '6.99 × 10^16').

Only plain numbers are compared (a part and a result both without a unit pint reads, or both in
the same unit as written), so that a value converted to another unit ('0.51 mm' from
'5.1 × 10^-4 m') is never taken for a miscopy.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .prose import FinalAnswer, Statement, verification_line
from .step_check import strip_words

_PART = re.compile(r"(?:^|[\s,;:])\(?([a-h])\)\s*")


def _sig(text: str) -> str:
    mantissa = re.split(r"[×x*]\s*10|e[-+]?\d", text.strip(), maxsplit=1)[0]
    return re.sub(r"[^\d]", "", mantissa).lstrip("0").rstrip("0")


def _unit_text(q: Any) -> str:
    return str(q.units)


def _power_of_ten(x: float, y: float) -> int | None:
    if x == 0 or y == 0 or (x > 0) != (y > 0):
        return None
    k = math.log10(abs(x) / abs(y))
    n = round(k)
    return n if n != 0 and abs(k - n) < 1e-6 else None


def final_part_miscopy(
    lines: list[str], chains: list[Statement], final: FinalAnswer | None
) -> Check | None:
    """A failed 'own result' check when one part of a final answer in labelled parts is a result of
    the working with its power of ten changed; None otherwise."""
    from .expression import numbers_with_units

    if final is None:
        return None
    parts = list(_PART.finditer(final.text))
    if len(parts) < 2 or [m.group(1) for m in parts] != ["abcdefgh"[i] for i in range(len(parts))]:
        return None
    try:
        at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    results = []
    for st in chains:
        if st.line_no >= at or verification_line(lines[st.line_no]):
            continue
        found = numbers_with_units(strip_words(st.sides[-1]))
        if len(found) == 1:
            results.append(found[0])
    earlier = [q for q, _t, _s in numbers_with_units(" ".join(lines[:at]))]
    for i, m in enumerate(parts):
        end = parts[i + 1].start() if i + 1 < len(parts) else len(final.text)
        found = numbers_with_units(final.text[m.end() : end])
        if len(found) != 1:
            continue
        x_q, x_text, _s = found[0]
        digits = _sig(x_text)
        if len(digits) < 3:
            continue
        x = float(x_q.magnitude)
        if any(
            _unit_text(q) == _unit_text(x_q) and math.isclose(float(q.magnitude), x, rel_tol=1e-9)
            for q in earlier
        ):
            continue  # the part's value is written before: not a miscopy
        for y_q, y_text, _s in results:
            if _unit_text(y_q) != _unit_text(x_q) or _sig(y_text) != digits:
                continue
            power = _power_of_ten(x, float(y_q.magnitude))
            if power is None:
                continue
            return Check(
                "own result",
                False,
                f"part ({m.group(1)}) of the final answer, {x_text}, is the response's own result "
                f"{y_text} with the power of ten changed by {power:+d} (written nowhere in the "
                f"working): the working gives {y_text}",
            )
    return None
