"""Percentages of a product phase in an Avrami question, read as the fraction transformed.

In a question that names Avrami kinetics for one transformation ('pearlite forms following Avrami
kinetics'), '50 % pearlite', '30 % bainite' or '80 % recrystallized' is the fraction transformed,
y = 0.50, 0.30, 0.80 (dimensionless, y = 1 − exp(−ktⁿ), Callister eq. 10.17), and a bare
'to reach 99 %' asked after such a stated percentage is the same fraction. The rewrite writes
'% transformed' after each, so the Avrami relations read them; nothing else is changed.

Not read: a question that gives percentages of two phases (which one is the product is then not
fixed by the words), a percentage of austenite (the parent phase: 1 − y, not y), a percentage
of anything other than the product (a percentage of a time,
'50 % longer', 'by 20 %'), and any question without 'Avrami'.
"""

from __future__ import annotations

import re

_PRODUCTS = (
    "pearlite",
    "bainite",
    "martensite",
    "ferrite",
    "recrystallized",
    "recrystallised",
    "crystallized",
    "crystallised",
)
_NUMBER = r"\d+(?:\.\d+)?"
# '50 % pearlite', '50% recrystallized'
_PRODUCT_PERCENT = re.compile(
    r"\b(?P<num>" + _NUMBER + r")\s*%\s+(?P<phase>" + "|".join(_PRODUCTS) + r")\b", re.I
)
# 'to reach 99 %?', 'reach 99 %.', 'reaches 80 %,' (a bare percentage as the end of a clause)
_BARE_REACH = re.compile(
    r"\b(?P<verb>reach(?:es|ed)?|hit|attain)\s+(?P<num>" + _NUMBER + r")\s*%(?=\s*[?.,;]|\s*$)",
    re.I,
)


def avrami_percents(question: str) -> str:
    """``question`` with each product-phase percentage of an Avrami question written as a fraction
    transformed ('50 % pearlite' → '50 % transformed'); unchanged where the rule does not apply."""
    if not re.search(r"\bavrami\b", question, re.I):
        return question
    phases = {m.group("phase").lower() for m in _PRODUCT_PERCENT.finditer(question)}
    if len(phases) != 1:
        return question
    text = _PRODUCT_PERCENT.sub(lambda m: f"{m.group('num')} % transformed", question)
    return _BARE_REACH.sub(lambda m: f"{m.group('verb')} {m.group('num')} % transformed", text)
