"""Two values that should be equal, judged against the size of the terms they are made of.

A relative tolerance compares ``x`` and ``y`` against ``max(|x|, |y|)``. That scale collapses when
the claimed value is zero, or far smaller than the terms that produce it: a root rounded to three
figures, put back into ``x³ - 0.453x² + 0.0361x - 0.00155 = 0``, leaves a residual of about 1e-5
beside terms of about 0.05, and a relative test against 0 would call the root wrong. Such a result
is the difference of its terms, so its uncertainty is that of the terms: each written (rounded)
term carries a relative error ``rtol``, and the difference may be off by ``rtol`` times the sum of
the terms' sizes. :func:`agree` accepts a near-zero pair on that scale and only then; two values
that both stand well clear of that noise are still compared relatively ('10.5 - 9.8 = 0.9' stays
wrong). All values are plain numbers in whatever unit the caller evaluates in.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any


def agree(
    x: complex | float,
    y: complex | float,
    rtol: float,
    terms: float = 0.0,
    terms_rtol: float | None = None,
) -> bool:
    """Whether ``x`` and ``y`` are equal within ``rtol``: relatively (or up to sign, as prose
    drops signs), or, when one of them is within the rounding noise of the ``terms`` they are
    computed from (``terms_rtol``, by default ``rtol``, × the sum of the terms' sizes), both
    within that noise of each other. ``terms_rtol`` is the precision of the terms themselves where
    ``rtol`` also allows for the rounding of a written result ('= 0.9' is ±0.05)."""
    scale = max(abs(x), abs(y))
    if abs(x - y) <= rtol * scale or abs(abs(x) - abs(y)) <= rtol * scale:
        return True
    noise = (rtol if terms_rtol is None else terms_rtol) * terms
    return noise > 0 and min(abs(x), abs(y)) <= noise and abs(x - y) <= noise


def sympy_terms(exprs: Iterable[Any], point: dict) -> float:
    """The sum of the sizes of the additive terms of ``exprs`` at ``point`` (0 when one of them
    cannot be evaluated there). Every sympy expression is split at its top-level '+'."""
    import sympy as sp

    total = 0.0
    for expr in exprs:
        for term in sp.Add.make_args(expr):
            try:
                v = complex(term.evalf(subs=point))
            except Exception:  # a term sympy cannot evaluate here: no scale from it
                return 0.0
            if not (math.isfinite(v.real) and math.isfinite(v.imag)):
                return 0.0
            total += abs(v)
    return total


_EXPONENT_SIGN = re.compile(r"(?:[eE]|\^|×\s*10|\*\s*10)\s*\(?\s*$")


def decimal_precision(text: str) -> float:
    """Half a unit in the last digit of the least precise decimal written, relative to its value
    ('0.9846' is ±0.00005, about 5 × 10⁻⁵ of itself); 0 when the text writes no decimal. Whole
    numbers are taken as exact, and a number after '^', '_' or a letter (an exponent, a subscript)
    is not one of the text's values."""
    worst = 0.0
    for m in re.finditer(r"(?<![\w.^_])(\d+)\.(\d+)", text):
        value = float(f"{m.group(1)}.{m.group(2)}")
        if value:
            worst = max(worst, 0.5 * 10.0 ** (-len(m.group(2))) / value)
    return worst


def text_terms(text: str) -> list[str]:
    """A written calculation split at its top-level '+' and '-' ('0.366^3 - 0.453(0.366)^2 +
    0.0361(0.366)' → three terms); the sign of an exponent ('1e-3', '10^-6') or inside brackets
    does not split. A single term comes back alone."""
    s = text.replace("−", "-")
    out, depth, start = [], 0, 0
    for i, ch in enumerate(s):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch in "+-" and depth == 0 and i > start:
            before = s[start:i]
            if (
                before.strip()
                and not _EXPONENT_SIGN.search(before)
                and not re.search(r"[×*/·^(]\s*$", before)
            ):
                out.append(before)
                start = i + (ch == "+")
    out.append(s[start:])
    return [t.strip() for t in out if t.strip()]
