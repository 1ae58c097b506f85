"""Molar conductivity never exceeds the limiting molar conductivity: α = Λm / Λ°m ≤ 1.

A question that gives an electrolyte's limiting molar conductivity Λ°m (S cm² mol⁻¹) and writes
the molar conductivity of a solution as a multiple of an unknown ('is y × 10² S cm² mol⁻¹',
'becomes 3 y × 10² S cm² mol⁻¹') bounds that unknown: every such Λm = k · y · 10ⁿ ≤ Λ°m, so
y ≤ Λ°m / (k · 10ⁿ) for the largest k. When the question names the degree of dissociation α of the
solution whose molar conductivity is k₀ · y · 10ⁿ, α = k₀ · y · 10ⁿ / Λ°m ≤ k₀ / k_max. A final value
(a plain number) above its bound is wrong whatever the dilution law the response used.
"""

from __future__ import annotations

import re
from typing import Any

from .checks import Check

_NUM = r"(\d+(?:\.\d+)?)"
_UNIT = r"\s*S\s*cm\s*\^?\s*2\s*mol\s*\^?\s*-\s*1"
_LIMITING = re.compile(
    r"limiting\s+molar\s+conductivity[^.?\d]*?" + _NUM + r"\s*(?:×\s*10\s*\^\s*(-?\d+))?" + _UNIT,
    re.I,
)
_MULTIPLE = re.compile(
    r"(?<!limiting\s)molar\s+conductivity[^.?]*?\b(?:is|becomes|was|of)\s+"
    + r"(?:(\d+(?:\.\d+)?)\s*)?([a-zα-ω])\s*×\s*10\s*\^\s*(-?\d+)"
    + _UNIT,
    re.I,
)
_ALPHA_SAME = re.compile(
    r"degree\s+of\s+dissociation\s+is\s+α\s+and\s+the\s+molar\s+conductivity\s+is\s+"
    r"(?:(\d+(?:\.\d+)?)\s*)?([a-z])\s*×",
    re.I,
)
_ASKED = re.compile(
    r"(?:value|what)\s+(?:is\s+)?(?:of\s+)?(?:the\s+)?(?:value\s+of\s+)?([a-zα-ω])\s*\??\s*$", re.I
)


def _plain(final: Any, power: int) -> float | None:
    """The unknown's value: a plain number as it is; a molar conductivity (the answer read in the
    question's unit 'y × 10ⁿ S cm² mol⁻¹') divided back by 10ⁿ."""
    try:
        if final.dimensionless:
            return float(final.to("dimensionless").magnitude)
        return float(final.to("S * cm ** 2 / mol").magnitude) / 10.0**power
    except Exception:  # another dimension, or no quantity at all
        return None


def conductivity_bound_check(question: str, final: Any) -> Check | None:
    """Failed check when the asked unknown breaks Λm ≤ Λ°m; None when not such a question.

    ``final`` is the response's final value as a pint quantity (or None)."""
    if final is None:
        return None
    lim = _LIMITING.search(question)
    asked = _ASKED.search(question.strip())
    if lim is None or asked is None:
        return None
    limiting = float(lim.group(1)) * 10.0 ** int(lim.group(2) or 0)
    multiples = [
        (float(m.group(1) or 1), m.group(2), int(m.group(3))) for m in _MULTIPLE.finditer(question)
    ]
    if not multiples or len({v for _k, v, _n in multiples}) != 1:
        return None
    var = multiples[0][1]
    k_max, power = max((k, n) for k, _v, n in multiples)
    bound_var = limiting / (k_max * 10.0**power)
    target = asked.group(1)
    if target == var:
        bound, name = bound_var, var
    elif target == "α" and (same := _ALPHA_SAME.search(question)) and same.group(2) == var:
        bound, name = float(same.group(1) or 1) / k_max, "α"
    else:
        return None
    final_value = _plain(final, power)
    if final_value is None or final_value <= bound * 1.02:
        return None
    return Check(
        "conductivity bound",
        False,
        f"molar conductivity cannot exceed the limiting molar conductivity ({limiting:g} S cm² "
        f"mol⁻¹; α = Λm/Λ°m ≤ 1): with Λm = {k_max:g}{var} × 10^{power} S cm² mol⁻¹ this needs "
        f"{name} ≤ {bound:.3g}, not {final_value:g}",
    )
