"""Curie's law worked as a direct proportion.

Curie's law is χ = C/T (Callister §20.4; Kittel ch. 11): the susceptibility of a paramagnet falls as
the temperature rises, so χT is constant and T₂ = T₁ χ₁/χ₂. A question that names Curie's law (not
Curie–Weiss), gives one temperature and two susceptibilities and asks the other temperature is
answered by T₁χ₁/χ₂; a final temperature equal to T₁χ₂/χ₁ (χ taken proportional to T) is
provably the inverted law.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .step_check import fmt_quantity

_CURIE = re.compile(r"\bcurie'?s?\s+law\b|\bobeys?\s+(?:the\s+)?curie\b", re.I)
_NOT_CURIE = re.compile(r"weiss|ferro|antiferro|ferri|néel|neel|θ\s*=|theta", re.I)
_ASKS_T = re.compile(
    r"\b(?:what|which|at\s+what)\s+temperature\b|\btemperature\s+(?:at|for)\b", re.I
)


def curie_ratio_check(question: str, quantity: Any) -> Check | None:
    """A failed check when the final temperature is the one χ ∝ T gives rather than χ ∝ 1/T."""
    from .quantities import extract

    if quantity is None or not _CURIE.search(question) or _NOT_CURIE.search(question):
        return None
    if not _ASKS_T.search(question):
        return None
    try:
        final = quantity.to("kelvin")
    except Exception:
        return None
    temps, chis = [], []
    for g in extract(question).givens:
        if g.quantity is None:
            continue
        if g.has_unit and str(g.quantity.dimensionality) == "[temperature]":
            temps.append(g.quantity.to("kelvin"))
        elif not g.has_unit and g.kind == "number":
            chis.append(float(g.quantity.magnitude))
    if len(temps) != 1 or len(chis) != 2 or min(chis) <= 0 or chis[0] == chis[1]:
        return None
    t1, (chi1, chi2) = float(temps[0].magnitude), chis
    right, inverted = t1 * chi1 / chi2, t1 * chi2 / chi1
    got = float(final.magnitude)
    if math.isclose(got, right, rel_tol=0.01) or not math.isclose(got, inverted, rel_tol=0.01):
        return None
    right_q = temps[0].__class__(right, "kelvin")
    return Check(
        "formula",
        False,
        f"Curie's law is χ = C/T, so χT is constant: T₂ = T₁χ₁/χ₂ = {t1:g} K × {chi1:g}/{chi2:g} "
        f"= {fmt_quantity(right_q)} ({fmt_quantity(right_q.to(quantity.units))}); the answer "
        f"{fmt_quantity(quantity)} is T₁χ₂/χ₁, χ taken proportional to T",
    )
