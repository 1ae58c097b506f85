"""A common logarithm taken in a natural-logarithm Arrhenius relation.

From D = D₀ exp(−Q/RT) (or a rate, or a time going as exp(+Q/RT)) the two-temperature form is
ln(D₂/D₁) = (Q/R)(1/T₁ − 1/T₂): the logarithm is natural. A response that writes the relation with
Q/R (or Q/k, E_a/R) and then evaluates the logarithm in base ten ('log(10) = 1', '8.314 × 1/…'
for R log 10, 'log(4) = 0.602') without the factor 2.303 (ln 10) anywhere has lost that factor:
its 1/T step is 2.303 times too small.

Which base the response evaluates is read from its numbers, never from the name 'log' alone: a
value written for a logarithm ('log 20 = 1.301' is base ten, since ln 20 = 2.996), or the
logarithm put in place further along its line ('R log(10)/Q = 8.314 × 1/136 000' puts 1 for
log 10). Nothing is said when the response writes 2.303, 2.3, ln 10 or log e anywhere, when it
evaluates both bases, or when no Q/R-type factor with a 1/T term is written.
"""

from __future__ import annotations

import math
import re

from .checks import Check
from .nernst_log import _bases

_LN10 = re.compile(
    r"(?<![\d.])2\.3(?:0|03|026|0259)?(?![\d])|ln\s*\(?\s*10\b|log_?\s*\(?e\b|log\s*_?\{?e\}?|"
    r"log_?\s*\{?10\}?\s*\(?\s*e\b|0\.434|0\.4343",
    re.I,
)
_ACTIVATION = re.compile(
    r"(?:\bQ|E_?\{?a\}?|\bE_?\{?A\}?|ΔH)\w*\s*\)?\s*/\s*\(?\s*(?:n\s*)?(?:R|k_?B?)\b"
    r"|\b(?:R|k_?B?)\s*[×*·]?\s*(?:ln|log)\s*\(?[^)]{0,20}\)?\s*/\s*\(?\s*(?:Q|E_?a)",
)
_INVERSE_T = re.compile(r"1\s*/\s*T")
_NUMERIC_LOG = re.compile(r"\blog\s*(?:_?10|₁₀)?\s*\(?\s*(?P<arg>\d+(?:\.\d+)?)(?![\d.])\s*\)?")
_NUMBER = re.compile(r"(?<![\d.^])\d+(?:\.\d+)?(?![\d.])")


def _matches(written: str, exact: float) -> bool:
    """``written`` is ``exact`` to the digits it shows: an integer only for an integer value
    (log 10 = 1), otherwise at least three significant digits."""
    v = float(written)
    if "." not in written:
        return exact == round(exact) and v == exact
    decimals = len(written.split(".")[1])
    return abs(v - exact) <= 1.01 * 10.0**-decimals and abs(exact) >= 10.0 ** (2 - decimals)


def _log10_substituted(text: str) -> bool:
    """Whether a line puts a logarithm's base-ten value in its place after an '=': 'R log(10)/Q
    = 8.314 × 1/136 000' (log 10 → 1), 'R log(4)/Q = 8.314 × 0.6021/…' (log 4 → 0.602), with
    the natural value (2.303, 1.386) written nowhere on that line."""
    for line in text.splitlines():
        for m in _NUMERIC_LOG.finditer(line):
            arg = float(m.group("arg"))
            if arg <= 0 or arg == 1:
                continue
            rest = line[m.end() :]
            eq = rest.find("=")
            if eq < 0:
                continue
            numbers = [n.group(0) for n in _NUMBER.finditer(rest[eq + 1 :])]
            if any(_matches(n, math.log(arg)) for n in numbers):
                continue
            if any(_matches(n, math.log10(arg)) for n in numbers):
                return True
    return False


def arrhenius_log_check(question: str, lines: list[str]) -> Check | None:
    """A failed 'formula' check when an Arrhenius relation written with Q/R is evaluated with a
    base-ten logarithm and no ln 10 (2.303) factor anywhere; None otherwise."""
    text = "\n".join(lines)
    if not _ACTIVATION.search(text) or not _INVERSE_T.search(text):
        return None
    if _LN10.search(text) or re.search(r"nernst|\bnF\b|RT\s*/\s*\(?\s*\d*\s*n?F", text, re.I):
        return None
    bases = _bases(text)
    if bases == {"e"} or len(bases) > 1:
        return None
    if bases != {"10"} and not _log10_substituted(text):
        return None
    return Check(
        "formula",
        False,
        "the Arrhenius relation D = D₀ exp(−Q/RT) gives ln(D₂/D₁) = (Q/R)(1/T₁ − 1/T₂) with the "
        "natural logarithm, but the response evaluates the logarithm in base ten without the "
        "factor ln 10 = 2.303 (a common logarithm needs Q/(2.303 R))",
    )
