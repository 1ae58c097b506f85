"""A final answer that says it rounds the result before it, and does not.

A worked answer may end with its last result ('… = -17.40 ksi') and a line that rounds it
('Rounded: −18'). A rounding of y written with the digits of x is within half a unit in x's last
digit of y (plus half a unit in y's own last digit, since y is itself rounded); −17.40 rounds to
−17, never to −18. The line must name the rounding ('rounded', 'rounds to', 'rounding'), and
a direction or a step other than a power of ten ('rounded up', 'to the nearest 5', 'a safe
value') makes it no rounding in that sense, so it is left alone. The final number is read in the
unit of the last result (a bare number) or must carry that very unit; only one number of the
same sign, within a factor of two, that is written nowhere earlier, is compared.
"""

from __future__ import annotations

import math
import re

from .checks import Check
from .final_copy import result_just_before
from .prose import FinalAnswer, Statement

_ROUND_WORD = re.compile(r"\bround(?:ed|s|ing)?\b", re.IGNORECASE)
_NOT_NEAREST = re.compile(
    r"\b(?:up|down|upward|downward|nearest|safe|safer|conservative\w*|ceil\w*|floor|"
    r"at\s+least|at\s+most|practical|whole|integer|even|odd|half|quarter|"
    r"standard|available|next|commercial|size)\b",
    re.IGNORECASE,
)


def _last_digit_unit(written: str) -> float | None:
    """One unit in the last written digit of a number as written
    ('-17.40' → 0.01, '1.3 × 10^5' → 10^4, '18' → 1)."""
    t = written.strip().replace("−", "-").replace(" ", "")
    m = re.match(r"[-+]?(\d+)(?:\.(\d*))?(?:[×x*]10\^\(?([-+]?\d+)\)?|[eE]([-+]?\d+))?", t)
    if m is None:
        return None
    decimals = len(m.group(2) or "")
    power = int(m.group(3) or m.group(4) or 0)
    return 10.0 ** (power - decimals)


def misrounded_final(lines: list[str], chains: list[Statement], final: FinalAnswer) -> Check | None:
    """A failed 'own result' check when the final line says it rounds the last result and the
    number it gives is no rounding of it; None otherwise."""
    from .expression import numbers_with_units
    from .step_check import fmt_quantity, strip_words

    if not _ROUND_WORD.search(final.line) or _NOT_NEAREST.search(final.line):
        return None
    found = numbers_with_units(strip_words(final.text))
    if len(found) != 1:
        return None
    x_q, x_text, _s = found[0]
    try:
        at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    line_numbers = numbers_with_units(strip_words(final.line))
    if len(line_numbers) != 1 or re.search(r"[×*/+^√=]", final.line.replace(final.text, " ")):
        return None  # the final line states another value or computes itself
    last = result_just_before(lines, chains, at)
    if last is None:
        return None  # no result just before, or another value between it and the rounding
    seg = numbers_with_units(strip_words(last.sides[-1]))
    if len(seg) != 1:
        return None
    y_q, y_text, _s = seg[0]
    if not x_q.dimensionless and x_q.units != y_q.units:
        return None  # a rounding keeps the unit; a bare number is read in the result's unit
    x, y = float(x_q.magnitude), float(y_q.magnitude)
    if x == 0 or y == 0 or (x > 0) != (y > 0) or not 0.5 < x / y < 2:
        return None
    before = " ".join(lines[:at])
    if any(
        math.isclose(float(q.magnitude), x, rel_tol=1e-12)
        for q, _t, _p in numbers_with_units(before)
    ):
        return None  # the number is written earlier: taken from there
    ux, uy = _last_digit_unit(x_text), _last_digit_unit(y_text)
    if ux is None or uy is None:
        return None
    if abs(x - y) <= 0.5 * ux + 0.5 * uy + 1e-9 * abs(y):
        return None
    nearest = round(y / ux) * ux
    shown = f"{nearest:.{max(0, -math.floor(math.log10(ux)))}f}" if ux < 1 else f"{nearest:.0f}"
    return Check(
        "own result",
        False,
        f"the final line rounds the last result {fmt_quantity(y_q)} ('{last.text.strip()[:60]}') "
        f"to {x_text.strip()}, but at that precision it rounds to {shown}",
    )
