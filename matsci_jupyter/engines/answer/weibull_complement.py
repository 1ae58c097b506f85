"""Weibull statistics: the survival probability answered where the failure probability is asked.

The two-parameter Weibull law gives the survival probability P_s = exp[−(σ/σ₀)^m] of a part the
size of the tested ones at stress σ (σ₀ the characteristic strength, m the modulus), and the
failure probability P_f = 1 − P_s. A question that names Weibull, gives exactly one applied stress,
one characteristic strength (written σ₀ or named 'characteristic'/'scale'), the modulus m and no
volume or size change, and asks the probability (fraction, percent) of failure, is answered by
P_f; a final value equal to P_s, and not P_f, is provably the complement (and the reverse where
survival or reliability is asked). Values are fractions; a final value in percent is read /100.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check

_WEIBULL = re.compile(r"\bweibull\b", re.I)
_SIZE = re.compile(
    r"\bvolumes?\b|\blength\b|\blarger\b|\bsmaller\b|\btimes\b|\bthreshold\b|σ_?u\b",
    re.I,
)
_SAME_SIZE = re.compile(r"\bsame\s+(?:volume|size)\b", re.I)
_FAILS = re.compile(r"\bfail(?:ure|s|)\b|\bbreak\b|\bfracture\b", re.I)
_SURVIVES = re.compile(r"\bsurviv\w*|\breliability\b|\bwithstand\b", re.I)
_MODULUS = re.compile(
    r"(?:\bweibull\s+modulus|\bmodulus|\bm)\s*(?:\(\s*m\s*\)\s*)?(?:=|is|of)\s*(\d+(?:\.\d+)?)\b",
    re.I,
)
_CHARACTERISTIC = re.compile(r"characteristic|scale|σ_?0|σ_?o\b|σ_?θ", re.I)


def _fraction(quantity: Any) -> float | None:
    """The final value as a plain fraction (a value in percent read /100)."""
    try:
        return float(quantity.to("dimensionless").magnitude)
    except Exception:
        return None


def _asked(question: str) -> str:
    """The asking clause: from the last question word or imperative verb on."""
    found = list(
        re.finditer(r"\b(?:what|calculate|compute|determine|estimate|find|how)\b", question, re.I)
    )
    return question[found[-1].start() :] if found else ""


def weibull_complement_check(question: str, quantity: Any) -> Check | None:
    """A failed check when the final probability is P_s where P_f is asked, or the reverse."""
    from .quantities import extract
    from .text import normalize

    if quantity is None:
        return None
    text = normalize(question)
    if not _WEIBULL.search(text) or not re.search(r"probabilit|fraction|percent|%", text, re.I):
        return None
    if _SIZE.search(_SAME_SIZE.sub("", text)):
        return None
    got = _fraction(quantity)
    if got is None or not 0 < got < 1:
        return None
    ask = _asked(text)
    fails, survives = bool(_FAILS.search(ask)), bool(_SURVIVES.search(ask))
    if fails == survives:
        return None
    moduli = {float(m.group(1)) for m in _MODULUS.finditer(text)}
    if len(moduli) != 1:
        return None
    m = moduli.pop()
    applied, characteristic = [], []
    reading = extract(question)
    previous = 0
    for g in reading.givens:
        if g.quantity is None or not g.has_unit:
            continue
        try:
            stress = float(g.quantity.to("MPa").magnitude)
        except Exception:
            continue
        named = (g.label or "") + " " + reading.text[max(previous, g.start - 60) : g.start]
        previous = g.end
        (characteristic if _CHARACTERISTIC.search(named) else applied).append(stress)
    if len(set(applied)) != 1 or len(set(characteristic)) != 1 or m <= 0:
        return None
    sigma, sigma0 = applied[0], characteristic[0]
    if sigma <= 0 or sigma0 <= 0:
        return None
    survival = math.exp(-((sigma / sigma0) ** m))
    failure = 1 - survival
    asked, other = (failure, survival) if fails else (survival, failure)
    if abs(asked - other) < 0.02 or math.isclose(got, asked, rel_tol=0.01, abs_tol=5e-4):
        return None
    if not math.isclose(got, other, rel_tol=0.01, abs_tol=5e-4):
        return None
    name, other_name = ("failure", "survival") if fails else ("survival", "failure")
    return Check(
        "formula",
        False,
        f"exp[−(σ/σ₀)^m] = exp[−({sigma:g}/{sigma0:g})^{m:g}] = {survival:.4g} is the survival "
        f"probability and 1 − {survival:.4g} = {failure:.4g} the failure probability; the "
        f"{name} probability is asked, and the answer {got:.4g} is the {other_name} probability",
    )
