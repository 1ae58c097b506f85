"""A decrease given as a positive final when the question asks for a decrease to be negative.

Some questions fix the sign of the answer: 'negative if it decreases', 'use a negative sign for a
contraction', 'report a loss as negative'. A response whose own working computes the change as a
negative value (ΔL = 249.6 − 250.0 = −0.4 mm) and then states the final as +0.4 mm answers with
the wrong sign by the question's own rule.

Flagged only when the question's rule ties 'negative' to a decrease (decrease, contraction,
shrinkage, loss, drop, fall, reduction, cooling, compression), the response writes a negative result
('= −0.4 mm') of the final's dimension whose size is the final's (within 1 % and the rounding of the
written final), and the final is positive with no direction given in words ('a decrease of 0.4 mm'
is left alone). A question with no such rule is left alone too: there a size is a fair answer.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .step_check import clip, fmt_quantity

_DECREASE = (
    r"(?:decreas\w*|contract\w*|shrink\w*|shrunk|loss\w*|lost|los(?:e|es|ing)|drops?|dropp\w*|"
    r"falls?|fell|reduc\w*|cool\w*|compress\w*|shorten\w*|declin\w*)"
)
_RULE = re.compile(
    rf"\bnegative\b(?:\s+(?:sign|value|number))?\s+(?:if|when|for|to\s+(?:mean|indicate|denote))"
    rf"\b[^.;)]{{0,60}}?\b{_DECREASE}"
    rf"|\b{_DECREASE}[^.;()]{{0,40}}?\b(?:as|is|are|be|with)\s+(?:a\s+)?(?:negative|minus)\b"
    rf"|\b(?:a\s+)?{_DECREASE}\s*(?:=|→|->|:)\s*negative\b",
    re.I,
)
_WORDED = re.compile(rf"\b{_DECREASE}|\b(?:smaller|shorter|less|lower|narrower)\b", re.I)
_NEGATIVE_SIDE = re.compile(r"(?:=|≈)\s*(?P<v>[-−]\s*\d[^=≈]*)")


def _size(q: Any) -> float:
    return abs(float(q.magnitude))


def sign_rule_check(
    question: str, lines: list[str], final_text: str, final_value: Any
) -> Check | None:
    """A failed 'sign' check when the question asks for a decrease to be negative, the response's
    working gives the decrease as a negative value and the final states it positive; else None."""
    from .expression import numbers_with_units

    rule = _RULE.search(question)
    if rule is None or final_value is None:
        return None
    try:
        final = float(final_value.magnitude)
    except (TypeError, ValueError):
        return None
    if final <= 0 or re.search(r"[-−]\s*\d", final_text) or _WORDED.search(final_text):
        return None
    written = re.search(r"\d+(?:\.(\d+))?", final_text)
    decimals = len(written.group(1) or "") if written else 0
    slack = 0.01 + (0.5 * 10.0**-decimals / final if written else 0.0)
    for line in lines:
        for m in _NEGATIVE_SIDE.finditer(line):
            found = numbers_with_units(m.group("v").replace("−", "-"))
            if not found or found[0][2] > 1:
                continue
            q = found[0][0]
            if float(q.magnitude) >= 0 or q.dimensionality != final_value.dimensionality:
                continue
            if q.dimensionless and str(q.units) == "dimensionless":
                continue  # a bare number (a logarithm, an exponent) is no stated change
            try:
                size = _size(q.to(final_value.units))
            except Exception:
                continue
            if not math.isclose(size, final, rel_tol=slack):
                continue
            return Check(
                "sign",
                False,
                f"the question asks for a negative value ('{clip(rule.group(0).strip(), 60)}'); "
                f"the working gives {fmt_quantity(q)} ('{clip(line.strip(), 60)}'), but the final "
                f"states {fmt_quantity(final_value)}: by the question's rule it is "
                f"{fmt_quantity(-final_value)}",
            )
    return None
