"""Lever rule at a eutectic: the total α (or β) answered where the primary (proeutectic) one is asked.

A binary eutectic alloy of composition C₀ cooled to just below the eutectic temperature holds α
(C_α) and β (C_β), with total fractions W_α = (C_β − C₀)/(C_β − C_α) and W_β = 1 − W_α. The primary
(proeutectic) phase is what formed above the eutectic: for a hypoeutectic alloy (C_α < C₀ < C_eut)
W_α′ = (C_eut − C₀)/(C_eut − C_α), for a hypereutectic one (C_eut < C₀ < C_β) W_β′ = (C₀ − C_eut)/
(C_β − C_eut). A question that gives the four compositions (C_α, C_eut, C_β in wt% or at%, the
alloy's C₀) and asks the fraction (or percent) of primary α or β is answered by W′; a final value
equal to the total fraction of that phase, and not to W′, is provably the total (primary plus the
eutectic's share); where the question asks the total, a final value equal to W′ is the primary one.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check

_COMPOSITION = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:wt|at|mol|weight|atom)\s*\.?\s*%")
_EUTECTIC = re.compile(r"\beutectic\b(?!\s+(?:temperature|isotherm|reaction|structure))", re.I)
_PRIMARY = re.compile(r"\b(?:primary|proeutectic|pro-eutectic)\b", re.I)
_TOTAL = re.compile(r"\btotal\b", re.I)
_OTHER = re.compile(r"\beutectoid\b|\bperitectic\b|\bmonotectic\b|\bkg\b|\bgrams?\b|\bg\b", re.I)


def _fraction(quantity: Any) -> float | None:
    try:
        return float(quantity.to("dimensionless").magnitude)
    except Exception:
        return None


def _eutectic_composition(text: str, middle: list[float]) -> float | None:
    """The composition written first after the word 'eutectic', when it is one of the middle two."""
    for m in _EUTECTIC.finditer(text):
        after = _COMPOSITION.search(text, m.end(), m.end() + 80)
        if after is not None and float(after.group(1)) in middle:
            return float(after.group(1))
    return None


def primary_phase_check(question: str, quantity: Any) -> Check | None:
    """A failed check when the primary phase's fraction is answered with the phase's total."""
    from .text import normalize

    if quantity is None:
        return None
    text = normalize(question)
    primary, total = bool(_PRIMARY.search(text)), bool(_TOTAL.search(text))
    if primary == total or _OTHER.search(text):
        return None
    got = _fraction(quantity)
    if got is None or not 0 < got < 1:
        return None
    values = sorted({float(m.group(1)) for m in _COMPOSITION.finditer(text)})
    if len(values) != 4:
        return None
    c_alpha, c_beta = values[0], values[3]
    c_eut = _eutectic_composition(text, values[1:3])
    if c_eut is None:
        return None
    c0 = values[2] if c_eut == values[1] else values[1]
    if c0 < c_eut:
        phase = "α"
        primary_w = (c_eut - c0) / (c_eut - c_alpha)
        total_w = (c_beta - c0) / (c_beta - c_alpha)
        both = [(c_eut - x) / (c_eut - c_alpha) for x in values[1:3]]
    else:
        phase = "β"
        primary_w = (c0 - c_eut) / (c_beta - c_eut)
        total_w = (c0 - c_alpha) / (c_beta - c_alpha)
        both = [(x - c_eut) / (c_beta - c_eut) for x in values[1:3]]
    asked, other = (primary_w, total_w) if primary else (total_w, primary_w)
    readings = both if primary else [asked]
    if abs(asked - other) < 0.02 or any(math.isclose(got, r, rel_tol=0.01) for r in readings):
        return None
    if not math.isclose(got, other, rel_tol=0.01):
        return None
    if primary:
        message = (
            f"the primary (proeutectic) {phase} is the {phase} present just above the eutectic, "
            f"from the tie line to C_eut = {c_eut:g}: W′ = {primary_w:.4g} ({100 * primary_w:.3g} %); "
            f"the answer {got:.4g} is the total {phase} below the eutectic (C_α = {c_alpha:g} to "
            f"C_β = {c_beta:g}), primary plus the eutectic's {phase}"
        )
    else:
        message = (
            f"the total {phase} below the eutectic spans the tie line C_α = {c_alpha:g} to C_β = "
            f"{c_beta:g}: W = {total_w:.4g}; the answer {got:.4g} is the primary {phase} only"
        )
    return Check("formula", False, message)
