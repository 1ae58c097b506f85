"""A half-life put in for the time constant τ of an exponential decay.

In x(t) = x₀ exp(−t/τ) the time constant τ is the time to fall to 1/e of the start; the time to
fall to one half is t½ = τ ln 2 (HRW ch. 42, eq. 42-20; the same for an RC circuit, first-order
kinetics or a phosphor's decay). A question that gives the time in which a quantity halves ('its
intensity falls to one half in 2.5 ms', 'a half-life of 8 days'), answered by a response that sets
τ to that very time and never divides by ln 2, uses the wrong constant: τ = t½/ln 2.
"""

from __future__ import annotations

import math
import re

from .checks import Check
from .step_check import clip, fmt_quantity

# the question names the time in which the quantity halves
_HALF_TIME = re.compile(
    r"half[-\s]?(?:life|time|period)\b[^.;]{0,40}?(?P<a>\d[\d.]*\s*[a-zµμ]+)"
    r"|(?:falls?|drops?|decays?|decreases?|declines?|reduced)\s+to\s+(?:one[-\s]half|half|50\s*%)"
    r"[^.;]{0,40}?\bin\s+(?P<b>\d[\d.]*\s*[a-zµμ]+)"
    r"|halves\s+(?:in|every|after)\s+(?P<c>\d[\d.]*\s*[a-zµμ]+)",
    re.I,
)
_TAU_SET = re.compile(r"(?:τ|\btau\b)\s*(?:=|≈|is)\s*(?P<v>\d[\d.]*\s*[a-zµμ]+)", re.I)
_EXP_TAU = re.compile(r"(?:exp|e\s*\^)\s*\(?\s*[-−]\s*t\s*/\s*(?:τ|tau)\b", re.I)
_LN2 = re.compile(r"\bln\s*\(?\s*2\b|\blog\s*\(?\s*2\b|0\.69\d*|\blog_?2|2\s*\^\s*\(?\s*[-−]", re.I)


def half_life_as_tau(question: str, lines: list[str]) -> Check | None:
    """A failed check when the response sets τ of exp(−t/τ) to the question's half-time without
    ln 2 anywhere; None otherwise."""
    from .expression import numbers_with_units

    m = _HALF_TIME.search(question)
    if m is None:
        return None
    given = numbers_with_units(m.group("a") or m.group("b") or m.group("c"))
    if len(given) != 1 or str(given[0][0].dimensionality) != "[time]":
        return None
    half = given[0][0]
    text = "\n".join(lines)
    if _LN2.search(text) or not _EXP_TAU.search(text):
        return None
    for line in lines:
        for t in _TAU_SET.finditer(line):
            found = numbers_with_units(t.group("v"))
            if len(found) != 1 or found[0][0].dimensionality != half.dimensionality:
                continue
            if not math.isclose(
                float(found[0][0].to_base_units().magnitude),
                float(half.to_base_units().magnitude),
                rel_tol=1e-6,
            ):
                continue
            tau = half / math.log(2)
            return Check(
                "formula",
                False,
                f"'{clip(t.group(0).strip(), 40)}': the question's {given[0][1]} is the time to "
                f"fall to one half (the half-life), while τ in exp(−t/τ) is the time to fall to "
                f"1/e: τ = t½/ln 2 = {fmt_quantity(tau)}",
            )
    return None
