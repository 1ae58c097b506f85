"""A solute's molar concentration in a solution lies between 0 and about 100 mol L⁻¹.

Even pure water is only 55.5 mol L⁻¹, and the most concentrated aqueous solutions stay below
about 30 mol L⁻¹, so a solution's solute concentration above 100 mol L⁻¹ (or below zero) is
impossible whatever the working: typically an exponent lost in the Nernst equation or a
rate law ('x = 10^150 M'). The bound is applied only when the question is about a solution (it
says 'solution', '(aq)' or describes a cell) and the answer is a molar concentration: a value with
the dimension amount / volume (in any unit), or a plain number for an unknown the question writes
with the unit M ('changed to x M … what is the value of x?').
"""

from __future__ import annotations

import re
from typing import Any

from .checks import Check

MAX_MOLARITY = 100.0
"""mol L⁻¹: far above any real solution (pure water 55.5, concentrated acids below 30)."""

_SOLUTION = re.compile(
    r"\bsolutions?\b|\(\s*aq\b|\belectrochemical\s+cell\b|\bcell\s+potential\b", re.I
)
_ASKED = re.compile(r"\bvalue\s+of\s+(?:the\s+)?\$?([a-zA-Z])\$?\s*\??\s*(?:\(|$)", re.M)


def _molarity(question: str, final: Any) -> float | None:
    """The answer as mol L⁻¹, or None when it is not a molar concentration."""
    try:
        if not final.dimensionless:
            return float(final.to("mol / L").magnitude)
    except Exception:  # another dimension
        return None
    asked = _ASKED.search(question)
    if asked is None:
        return None
    var = re.escape(asked.group(1))
    if not re.search(rf"(?<![\w.]){var}\s*M\b(?!\s*[a-z])", question):
        return None  # the unknown is not written as a concentration in M
    try:
        return float(final.to("dimensionless").magnitude)
    except Exception:
        return None


def concentration_bound_check(question: str, final: Any) -> Check | None:
    """Failed check for a solution's concentration outside [0, 100] mol L⁻¹; None otherwise.

    ``final`` is the response's final value as a pint quantity (or None)."""
    if final is None or not _SOLUTION.search(question):
        return None
    molarity = _molarity(question, final)
    if molarity is None or 0.0 <= molarity <= MAX_MOLARITY:
        return None
    return Check(
        "physical bound",
        False,
        f"a solute concentration of {molarity:.3g} mol L⁻¹ is impossible in a solution (pure "
        f"water is 55.5 mol L⁻¹; a concentration lies between 0 and about {MAX_MOLARITY:g})",
    )
