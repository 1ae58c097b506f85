"""Basquin's law: load reversals 2N_f answered where cycles N_f are asked, or the reverse.

A question that states the stress-life relation in reversals, σ_a = σ_f′(2N_f)^b (or names the
reversals), and gives σ_f′, the exponent b and one stress amplitude σ_a (MPa or any stress unit)
fixes 2N_f = (σ_a/σ_f′)^(1/b) reversals, and N_f = half of it cycles. A final count equal to 2N_f
where the question asks for cycles (or equal to N_f where it asks for reversals), and not equal to
the asked count, is provably the other count. Mean stresses, stress ranges and several amplitudes
are left alone (not checked).
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check

_REVERSAL_FORM = re.compile(r"\(\s*2\s*\*?\s*N\s*_?\s*f?\s*\)|\brevers(?:al|als)\b", re.I)
_LEFT_ALONE = re.compile(
    r"\bmean\s+stress|\bσ_?m\b|\bstress\s+range|Δσ|\bR\s*=|\bmorrow|\bminer", re.I
)
_ASKS_REVERSALS = re.compile(r"\brevers(?:al|als)\b", re.I)
_ASKS_CYCLES = re.compile(r"\bcycles?\b|\bN_?f\b|\bfatigue\s+life\b|\blife\b", re.I)
_EXPONENT = re.compile(
    r"(?<![\w.])b\s*=\s*([-−]\s*0?\.\d+)|exponent[^.;]{0,30}?([-−]\s*0?\.\d+)", re.I
)


def _count(quantity: Any) -> float | None:
    """The final value as a plain count ('cycles' read as a count, never as 2π radians)."""
    try:
        if re.search(r"cycle|turn|revolution", str(quantity.units)):
            return float(quantity.magnitude)
        return float(quantity.to("dimensionless").magnitude)
    except Exception:
        return None


def _ask_sentence(question: str) -> str:
    """The asking sentence: the last one holding a '?' or the question's last sentence."""
    parts = [p for p in re.split(r"(?<=[?.!])\s+|:\s+", question) if p.strip()]
    asked = [p for p in parts if "?" in p]
    return (asked[-1] if asked else parts[-1]) if parts else ""


def basquin_reversals_check(question: str, quantity: Any) -> Check | None:
    """A failed check when the final count is 2N_f where N_f is asked, or N_f where 2N_f is."""
    from .quantities import extract
    from .text import normalize

    if quantity is None:
        return None
    text = normalize(question)
    if not _REVERSAL_FORM.search(text) or _LEFT_ALONE.search(text):
        return None
    got = _count(quantity)
    if got is None or got <= 0:
        return None
    ask = _ask_sentence(text)
    asks_reversals = bool(_ASKS_REVERSALS.search(ask)) and not re.search(r"\bcycles?\b", ask, re.I)
    if not asks_reversals and not _ASKS_CYCLES.search(ask):
        return None
    exps = {
        float(next(g for g in m.groups() if g).replace("−", "-").replace(" ", ""))
        for m in _EXPONENT.finditer(text)
    }
    if len(exps) != 1:
        return None
    b = exps.pop()
    if not -1 < b < 0:
        return None
    stresses = []
    for g in extract(question).givens:
        if g.quantity is None or not g.has_unit:
            continue
        try:
            stresses.append(float(g.quantity.to("MPa").magnitude))
        except Exception:
            continue
    stresses = sorted(set(stresses))
    if len(stresses) != 2 or stresses[0] <= 0:
        return None
    amplitude, coefficient = stresses  # finite life needs σ_a < σ_f′
    reversals = (amplitude / coefficient) ** (1 / b)
    cycles = reversals / 2
    asked, other = (reversals, cycles) if asks_reversals else (cycles, reversals)
    if math.isclose(got, asked, rel_tol=0.015) or not math.isclose(got, other, rel_tol=0.015):
        return None
    if asks_reversals:
        message = (
            f"the question asks for load reversals 2N_f = (σ_a/σ_f′)^(1/b) = ({amplitude:g}/"
            f"{coefficient:g})^(1/{b:g}) = {reversals:.5g}; the answer {got:.5g} is N_f, the cycles"
        )
    else:
        message = (
            f"σ_a = σ_f′(2N_f)^b gives reversals: 2N_f = ({amplitude:g}/{coefficient:g})^(1/{b:g}) "
            f"= {reversals:.5g}, so the cycles asked for are N_f = {cycles:.5g}; the answer "
            f"{got:.5g} is 2N_f, the reversals"
        )
    return Check("formula", False, message)
