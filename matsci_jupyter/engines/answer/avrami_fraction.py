"""The Avrami equation solved with ln y for ln(1 − y), or with log₁₀ for ln.

The fraction transformed follows y = 1 − exp(−k tⁿ) (Callister eq. 10.17), so exp(−k tⁿ) = 1 − y
and t = (−ln(1 − y)/k)^(1/n). Setting exp(−k tⁿ) = y instead gives t = (−ln y/k)^(1/n), the time at
which 1 − y has formed. A question that states the equation with its k (with a time unit) and n and
asks the time at which a fraction y ≠ ½ has formed is answered by the first; a final time equal to
the second, and not the first, is provably the fraction and what is left swapped. A final time equal to
(−log₁₀(1 − y)/k)^(1/n) took the common logarithm where only ln undoes exp (2.303 times more).
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .step_check import fmt_quantity

_AVRAMI = re.compile(r"=\s*1\s*[-−]\s*exp\s*\(\s*[-−]\s*\(?k\s*\*?\s*t\s*\)?\s*\^\s*\(?n\b", re.I)
_N = re.compile(r"(?<![\w.])n\s*=\s*(\d+(?:\.\d+)?)(?!\d|\.\d)")  # 'n = 2.' ends a sentence
_TARGET = re.compile(
    r"(?<![\w.])(?:y|f|x|X|f_t)\s*=\s*(0\.\d+)(?![\d.])"
    r"|(\d+(?:\.\d+)?)\s*%\s*(?:of\s+[\w\s]{0,30}?)?(?:transformed|complete|recrystalli[sz]ed|formed"
    # 'to reach 25% pearlite': the product phase named in place of 'transformed'
    r"|pearlite|bainite|recrystalli[sz]ation|transformation)\b",
)


def avrami_fraction_check(question: str, quantity: Any) -> Check | None:
    """A failed check when the final time is the one −ln y gives instead of −ln(1 − y)."""
    from .quantities import extract
    from .text import normalize

    if quantity is None:
        return None
    text = normalize(question)
    if not _AVRAMI.search(text):
        return None
    n_m = _N.search(text)
    targets = [m.group(1) or str(float(m.group(2)) / 100) for m in _TARGET.finditer(text)]
    if n_m is None or len(set(targets)) != 1:
        return None
    n, y = float(n_m.group(1)), float(targets[0])
    if not 0 < y < 1 or math.isclose(y, 0.5, rel_tol=0.02) or n <= 0:
        return None
    rates = [
        g.quantity
        for g in extract(question).givens
        if g.has_unit and g.quantity is not None and "[time]" in str(g.quantity.dimensionality)
    ]
    if len(rates) != 1:
        return None
    k = rates[0]
    try:
        right = (-math.log(1 - y) / k) ** (1 / n)
        wrong = (-math.log(y) / k) ** (1 / n)
        got = float(quantity.to(right.units).magnitude)
    except Exception:
        return None
    r = float(right.magnitude)
    if math.isclose(got, r, rel_tol=0.02):
        return None
    right_q = right.to(quantity.units)
    if math.isclose(got, float(wrong.magnitude), rel_tol=0.02):
        return Check(
            "formula",
            False,
            f"with y = 1 − exp(−k tⁿ), exp(−k tⁿ) = 1 − y = {1 - y:g}, not y = {y:g}: "
            f"t = (−ln(1 − y)/k)^(1/n) = {fmt_quantity(right_q)}; the answer "
            f"{fmt_quantity(quantity)} is the time at which {1 - y:g} has formed",
        )
    # exp is undone by the natural logarithm: log₁₀(1 − y) is 2.303 times too small
    common = float(((-math.log10(1 - y) / k) ** (1 / n)).to(right.units).magnitude)
    if math.isclose(got, common, rel_tol=0.02):
        return Check(
            "formula",
            False,
            f"y = 1 − exp(−k tⁿ) is solved with the natural logarithm: t = (−ln(1 − y)/k)^(1/n) "
            f"= {fmt_quantity(right_q)}; the answer {fmt_quantity(quantity)} takes log₁₀(1 − y) "
            f"= {math.log10(1 - y):.4g} for ln(1 − y) = {math.log(1 - y):.4g}",
        )
    return None
