"""A fraction asked, a bare percentage answered: the response computes W = 0.943, writes
'0.943 × 100 = 94.3' and answers '94.3'.

A fraction (mass, mole, volume, packing fraction …) is a pure number from 0 to 1. When the question
asks for a fraction and nowhere for a percentage (composition labels such as 'wt%' or 'at%' do not
count), a bare final number above 1 that the response itself made by multiplying its own fraction
(below 1) by 100 answers a percentage, not the fraction asked: the answer is a hundred times too
large. Only that shape is read: a final that says '%' or 'percent', a value the response did not
get by '× 100', or a fraction above 1 is never flagged.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .prose import FinalAnswer
from .step_check import clip
from .unit_text import long_name

_FRACTION_ASKED = re.compile(r"\bfraction\b", re.I)
_COMPOSITION_LABEL = re.compile(r"\b(?:wt|at|mol|vol|w/o|a/o|v/o|mass|weight|atom)\s*\.?\s*%", re.I)
_PERCENT = re.compile(r"%|\bper\s*cent|\bpercent", re.I)
_TIMES_100 = re.compile(
    r"(?<![\d.])(?P<a>\d*\.\d+|\d+)\s*[×*·x]\s*100(?![\d.,])"
    r"|(?<![\d.])100\s*[×*·x]\s*(?P<b>\d*\.\d+|\d+)(?![\d.,])"
)


def fraction_as_percent_check(
    asked_text: str, lines: list[str], final: FinalAnswer, value: Any
) -> Check | None:
    """A failed 'percent' check when a fraction is asked and the final answer is the response's
    own fraction times 100 written as a bare number (see the module docstring); None otherwise."""
    if value is None or long_name(value.units) != "dimensionless":
        return None
    if not _FRACTION_ASKED.search(asked_text):
        return None
    if _PERCENT.search(_COMPOSITION_LABEL.sub(" ", asked_text)):
        return None  # a percentage is asked (or allowed) somewhere in the question
    if _PERCENT.search(final.line):
        return None
    x = float(value.magnitude)
    if not 1.0 < x <= 100.0:
        return None
    try:
        at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    for line in lines[: at + 1]:
        if _PERCENT.search(line):
            continue  # '0.943 × 100 % = 94.3 %': the response says it is a percentage
        for m in _TIMES_100.finditer(line):
            y = float(m.group("a") or m.group("b"))
            if 0.0 < y < 1.0 and math.isclose(100.0 * y, x, rel_tol=0.01):
                return Check(
                    "percent",
                    False,
                    f"the question asks for a fraction (0 to 1), but the final answer "
                    f"{clip(final.text.strip(), 40)} is the response's own fraction {y:g} times "
                    f"100 ('{clip(line.strip(), 60)}'): a percentage, not the fraction {y:g}",
                )
    return None
