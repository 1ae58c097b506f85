"""Premises one relation rests on, checked against the question (issue 11, precision).

Two kinds of question are refused here:

* A premise of the relation that answered lifted in words ('assume the membrane has not yet reached
  steady state' for Fick's first law, 'the crack lies parallel to the tension' for Griffith or K_Ic,
  'the steel does not behave linearly up to yield' for the modulus of resilience or Hooke's law).
  The relation would answer with the premise kept.
* Fick's second law (error-function solution) solved for a time, depth or diffusivity from a
  concentration that does not lie strictly between the initial and the surface concentrations: no
  time reaches it (the erfinv argument leaves (0, 1)), yet squaring the inverse would give a number.

Concentrations are compared in their stated units (wt%, at%, kg/m³ …), converted to one unit first.
"""

from __future__ import annotations

import re
from typing import Any

# relation name prefix → words that lift the premise the relation rests on
_STEADY_LIFTED = re.compile(
    r"\bnot\s+(?:yet\s+)?(?:at|in|reached|attained|achieved)?\s*(?:a\s+)?steady[\s-]+state\b"
    r"|\b(?:before|prior\s+to)\s+(?:reaching\s+|attaining\s+)?(?:a\s+)?steady[\s-]+state\b"
    r"|\bnon-?\s?steady\b|\btransient\b",
    re.I,
)
_CRACK_PARALLEL = re.compile(
    r"\bcrack\w*\b[^.;?]{0,60}\bparallel\s+(?:to|with)\s+(?:the\s+)?(?:applied\s+|tensile\s+)?"
    r"(?:tension|stress|load|loading|force)\b",
    re.I,
)
_NOT_LINEAR = re.compile(
    r"\bnon-?\s?linear(?:ly)?\b|\bnot\s+(?:\w+\s+){0,3}?linear(?:ly)?\b"
    r"|\bnot\s+(?:\w+\s+){0,2}?(?:obey|follow)\w*\s+hooke",
    re.I,
)

_PREMISES: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (("fick_first",), _STEADY_LIFTED, "Fick's first law holds at steady state"),
    (
        ("griffith", "fracture_toughness", "crack_tip_stress", "critical_crack_length"),
        _CRACK_PARALLEL,
        "the crack relation takes the crack normal to the tension",
    ),
    (
        ("modulus_of_resilience", "hooke", "elastic_elongation"),
        _NOT_LINEAR,
        "the relation takes the material linear-elastic up to the stress used",
    ),
)


def relation_premise_refusal(question: str, relation: str | None) -> str | None:
    """A reason when the question lifts in words a premise of ``relation``; None otherwise."""
    from .text import normalize

    if not relation:
        return None
    text = normalize(question)
    for prefixes, pattern, premise in _PREMISES:
        if relation.startswith(prefixes):
            m = pattern.search(text)
            if m is not None:
                return (
                    f"{premise}, and the question lifts that premise ({m.group(0).strip()!r}); "
                    "no number is given"
                )
    return None


_STEP = re.compile(
    r"^(concentration at depth x|initial concentration|surface concentration):\s*(.+)$"
)


def erf_concentration_refusal(
    relation: str | None, target: str | None, steps: list[str]
) -> str | None:
    """A reason when Fick's error-function solution is solved from a concentration at depth that is
    not strictly between the initial and the surface concentrations (no time, depth or D reaches it)."""
    if relation != "fick_second_erf" or (target or "").startswith("concentration"):
        return None
    from ...units import get_registry

    ureg = get_registry()
    found: dict[str, Any] = {}
    for step in steps:
        m = _STEP.match(str(step).strip())
        if m is None or m.group(1) in found:
            continue
        try:
            found[m.group(1)] = ureg.Quantity(m.group(2).replace("×10^", "e"))
        except Exception:
            return None
    if len(found) < 3:
        return None
    try:
        cx = found["concentration at depth x"]
        c0 = found["initial concentration"].to(cx.units).magnitude
        cs = found["surface concentration"].to(cx.units).magnitude
        x = cx.magnitude
    except Exception:
        return None
    if min(c0, cs) < x < max(c0, cs):
        return None
    return (
        "the concentration at depth does not lie between the initial and the surface "
        "concentrations, so no time reaches it under the error-function solution; no number is given"
    )
