"""A program-of-thought answer that returns a negative mass.

A mass is never negative. Where the question asks for its answer in a unit of mass ('(Unit: g)',
'… in kg') and asks for an amount, not a change ('how much ice must be added'), a program that
returns a negative number has its balance the wrong way round (heat gained minus heat lost, say):
its magnitude may be right, but the answer it gives is not. A question about a change, a loss, a
difference or a defect may have a negative answer and is not checked.
"""

from __future__ import annotations

import re

from .checks import Check

_SIGNED = re.compile(
    r"\b(?:change|changes|decrease|decreases|increase|loss|lost|lose|gain|gained|difference|"
    r"defect|deficit|excess|net|shift|differ|reduction|rate)\b|Δ",
    re.I,
)


def negative_mass_check(question: str, value: float) -> Check | None:
    """A failed check when the asked unit is one of mass, the question asks for no change, and
    ``value`` is negative; None otherwise."""
    if value >= 0:
        return None
    from .program_units import asked_dimension

    asked = asked_dimension(question)
    if asked is None or asked[0] != (("[mass]", 1),) or _SIGNED.search(question):
        return None
    return Check(
        "program value",
        False,
        f"the question asks for a mass ({asked[1]}), which cannot be negative; the program "
        f"returns {value:.6g}",
    )
