"""The critical fibre length with the fibre's radius and diameter mixed up.

The critical length of a fibre in a matrix is l_c = σ_f* d/(2τ_c) (Callister eq. 16.3), with d the
fibre's **diameter**, σ_f* its tensile strength and τ_c the fibre–matrix bond (or matrix shear
yield) strength. A question that gives the fibre's radius r is answered by l_c = σ_f* r/τ_c; one
that gives its diameter by σ_f* d/(2τ_c). A final answer equal to the value with the radius put in
for d (half the right one), or the diameter put in for r (twice it), and not to the right value,
is provably the radius and diameter swapped.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .step_check import fmt_quantity

_ASK = re.compile(r"\bcritical\s+(?:fib(?:re|er)\s+)?length\b", re.I)
_STRENGTH = re.compile(r"(?:tensile|fracture|fib(?:re|er))\s+strength|σ_?f", re.I)
_BOND = re.compile(r"bond|shear|interfac|τ", re.I)


def fibre_length_check(question: str, quantity: Any) -> Check | None:
    """A failed check when the final critical fibre length is the radius/diameter swap of the
    right value; None otherwise."""
    from .quantities import extract

    if quantity is None or str(quantity.dimensionality) != "[length]":
        return None
    if not _ASK.search(question):
        return None
    reading = extract(question)
    text = reading.text
    strengths, bonds, lengths = [], [], []
    for g in reading.givens:
        if not g.has_unit or g.quantity is None:
            continue
        before = text[max(0, g.start - 40) : g.start].lower()
        dim = str(g.quantity.dimensionality)
        if dim == str((1 * g.quantity._REGISTRY.pascal).dimensionality):
            near = before[-30:]
            if _BOND.search(near):  # 'bond strength (shear yield) is 12 MPa'
                bonds.append(g.quantity)
            elif _STRENGTH.search(near):
                strengths.append(g.quantity)
        elif dim == "[length]":
            around = text[max(0, g.start - 25) : g.end + 25].lower()
            kinds = {k for k in ("radius", "diameter") if k in around}
            if len(kinds) == 1:
                lengths.append((kinds.pop(), g.quantity))
    if len(strengths) != 1 or len(bonds) != 1 or len(lengths) != 1:
        return None
    kind, size = lengths[0]
    diameter = 2 * size if kind == "radius" else size
    swapped = size if kind == "radius" else 2 * size  # the radius read as d, or d as r
    try:
        right = (strengths[0] * diameter / (2 * bonds[0])).to(quantity.units)
        wrong = (strengths[0] * swapped / (2 * bonds[0])).to(quantity.units)
    except Exception:
        return None
    got = float(quantity.magnitude)
    if math.isclose(got, float(right.magnitude), rel_tol=0.02):
        return None
    if not math.isclose(got, float(wrong.magnitude), rel_tol=0.02):
        return None
    other = "diameter" if kind == "radius" else "radius"
    return Check(
        "given value",
        False,
        f"l_c = σ_f d/(2τ_c) takes the fibre's diameter; the question gives its {kind} "
        f"({fmt_quantity(size)}), so d = {fmt_quantity(diameter)} and l_c = {fmt_quantity(right)}; "
        f"the answer {fmt_quantity(quantity)} puts the {kind} in for the {other}",
    )
