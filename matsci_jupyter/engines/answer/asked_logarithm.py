"""A question that asks for the logarithm of a quantity: 'what is log10 of the diffusivity (D in
m²/s)?', 'give log₁₀ of the vacancy fraction', 'compute the thermal diffusivity and give log10 of it
(in m²/s)', 'find the natural logarithm of the rate constant (k in s⁻¹)'.

The quantity itself is asked in the reworded question ('What is the diffusivity (D in m²/s) …?'),
solved with the library, and the answer is the logarithm of its number: base 10 for 'log10',
'log₁₀', 'common logarithm', 'base-10 logarithm'; base e for 'ln' and 'natural logarithm'. The result
is a pure number.

Precision first:

* the logarithm of a quantity with a unit depends on the unit, so a dimensional quantity needs its
  unit stated in the question ('(D in m²/s)'); without one the question is refused;
* a dimensionless quantity is taken as a plain fraction; one asked in percent, ppm or another scaled
  unit is refused (the logarithm of 12 % and of 0.12 differ);
* a bare 'log' (no base named) is not read here; nor is a logarithm given as data ('where
  log10 D = −12.4'): only an ask ('what is', 'give', 'find', 'compute', …) followed by the log;
* the quantity must be positive;
* 'to two decimal places' asked of the logarithm rounds the logarithm, not the quantity.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

_BASE10 = (
    r"log\s*_?\s*\{?\s*(?:10|₁₀)\s*\}?|common\s+log(?:arithm)?|decimal\s+log(?:arithm)?|"
    r"base[-\s]?(?:10|ten)\s+log(?:arithm)?|log(?:arithm)?\s+(?:to\s+)?base[-\s]?(?:10|ten)"
)
_NATURAL = r"\bln\b|natural\s+log(?:arithm)?"
_LOG = rf"(?P<log>{_BASE10}|{_NATURAL})"
_ASK = (
    r"what\s+is|what's|give|find|compute|calculate|determine|report|state|evaluate|estimate|"
    r"quote|obtain|express"
)
# 'What is log10 of the diffusivity (D in m²/s) at 1050 °C?', 'Give the log10 of the fraction …'
_ASK_LOG_OF = re.compile(
    rf"\b(?:{_ASK})\s+(?:the\s+)?(?:value\s+of\s+)?(?:the\s+)?{_LOG}\s+of\s+(?P<rest>(?:[^?.]|\.(?=\d))*?)\s*"
    r"(?:\?|\.(?!\d)|$)",
    re.I,
)
# 'Compute the thermal diffusivity and give log10 of it (diffusivity in m²/s), to two decimals.'
_ASK_THEN_LOG = re.compile(
    r"\b(?:compute|calculate|find|determine|estimate|evaluate|obtain)\s+(?P<what>(?:[^?.]|\.(?=\d))*?)\s*,?\s+"
    rf"and\s+(?:then\s+)?(?:give|report|state|quote|take|find|express)\s+(?:the\s+)?{_LOG}\s+"
    r"of\s+(?:it|this|that|the\s+result|its\s+value)(?P<rest>(?:[^?.]|\.(?=\d))*?)\s*(?:\?|\.(?!\d)|$)",
    re.I,
)
_DECIMALS = re.compile(
    r",?\s*(?:(?:rounded|correct)\s+)?to\s+(?P<n>\d|one|two|three|four)\s+decimal\s+places?", re.I
)
# '(D in m²/s)', '(diffusivity in m2/s)', '(in s⁻¹)': the unit the quantity's number is taken in
_UNIT_ASIDE = re.compile(r"\(\s*(?:[^()\s]+\s+){0,2}?in\s+(?P<unit>[^()]+(?:\([^()]*\))?[^()]*)\)")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4}


def _reworded(question: str) -> tuple[str, bool, int | None] | None:
    """The question with the quantity asked instead of its logarithm, whether the log is natural,
    and the decimals asked of the logarithm; None when no logarithm is asked."""
    for pattern in (_ASK_THEN_LOG, _ASK_LOG_OF):
        m = pattern.search(question)
        if m is None:
            continue
        tail = m.group("rest")
        what = m.groupdict().get("what")
        asked = f"{what} {tail}" if what else tail
        decimals: int | None = None
        d = _DECIMALS.search(asked)
        if d:
            n = d.group("n").lower()
            decimals = int(n) if n.isdigit() else _WORDS[n]
            asked = asked[: d.start()] + asked[d.end() :]
        unit = _UNIT_ASIDE.search(asked)
        if unit:  # 'the diffusivity (D in m²/s) at 1050 °C': 'the diffusivity at 1050 °C in m²/s'
            asked = f"{asked[: unit.start()]} {asked[unit.end() :]} in {unit.group('unit').strip()}"
        asked = re.sub(r"\s+", " ", asked).strip(" ,;:")
        if not asked or re.search(rf"{_BASE10}|{_NATURAL}|\blog\b", asked, re.I):
            return None
        after = question[m.end() :]
        d_after = _DECIMALS.search(after)
        if d_after and decimals is None and d_after.start() < 40:
            n = d_after.group("n").lower()
            decimals = int(n) if n.isdigit() else _WORDS[n]
            after = after[: d_after.start()] + after[d_after.end() :]
        natural = re.fullmatch(_NATURAL, m.group("log").strip(), re.I) is not None
        reworded = f"{question[: m.start()]}What is {asked}? {after.strip()}".strip()
        return reworded, natural, decimals
    return None


def asks_logarithm(question: str) -> bool:
    """Whether the (normalized) question asks for the logarithm of a quantity ('… what is the
    current density? Give log10 of i with i in A/cm²'): its answer is a pure number that may be
    negative, not the quantity."""
    return _reworded(question) is not None


def solve_logarithm(question: str, solve: Callable[[str], Any]) -> Any | None:
    """The logarithm of the quantity ``question`` asks the log of; None when no logarithm of a
    quantity is asked, or the quantity itself finds no answer (the question is then solved as it
    is written, and refused as before)."""
    found = _reworded(question)
    if found is None:
        return None
    reworded, natural, decimals = found
    inner = solve(reworded)
    if inner.quantity is None:
        return None
    from .solver import refuse

    quantity = inner.quantity
    name = "ln" if natural else "log10"
    if quantity.dimensionless:
        if str(quantity.units) not in ("dimensionless", ""):
            return refuse(
                question,
                f"the quantity is given in {quantity.units:~P}; whether {name} is of that number or of "
                "the plain fraction is not said, so no number is given",
                steps=list(inner.steps),
            )
        magnitude = float(quantity.to("dimensionless").magnitude)
        unit_text = ""
    else:
        if not inner.unit_requested:
            return refuse(
                question,
                f"{name} of a quantity with a unit depends on the unit, and the question names none "
                "for it (add e.g. '(D in m²/s)'); no number is given",
                steps=list(inner.steps),
            )
        magnitude = float(quantity.magnitude)
        unit_text = f" {quantity.units:~P}"
    if not magnitude > 0 or not math.isfinite(magnitude):
        return refuse(
            question,
            f"{name} is asked of {magnitude:g}{unit_text}, which is not positive; no number is given",
            steps=list(inner.steps),
        )
    value = math.log(magnitude) if natural else math.log10(magnitude)
    if decimals is not None:
        value = round(value, decimals)
    from ...units import get_registry

    ureg = get_registry()
    step = f"{name}({magnitude:.6g}{unit_text}) = {value:.6g}"
    target = f"{name} of the {inner.target}" if inner.target else name
    return replace(
        inner,
        question=question,
        quantity=ureg.Quantity(value, "dimensionless"),
        unit_requested=None,
        target=target,
        steps=[*inner.steps, step],
        notes=[*inner.notes, f"the quantity asked as '{reworded}', then its {name}"],
    )
