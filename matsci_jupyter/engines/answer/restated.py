"""A value restated in brackets after itself: '= 1 000 μm (1.0 mm).', '= 0.25 m (25 cm)'.

Prose often gives a result once more in another unit, in brackets right after it. The bracket is
not a factor ('1 000 μm × 1.0 mm' would be an area); a side that ends so is read without it. The
bracket is dropped only when it holds a single value (no operator) after a single value with a
unit (not itself in brackets: '(20 N)(3 m)' is a product), and either the two are equal once
converted (within 5 %, the restatement's rounding) or the side is the last of its chain (nothing
is computed from it).
"""

from __future__ import annotations

import contextlib
import math
import re

from .expression import evaluate_segment

_TRAILING_BRACKET = re.compile(r"^(?P<head>.*?\S)\s*\((?P<inner>[^()]*\d[^()]*)\)\s*[.;,:]?\s*$")
_RESTATEMENT_RTOL = 0.05


def without_restatement(side: str, last: bool) -> str:
    """``side`` without a trailing bracket that restates the value before it (see the module
    docstring); ``side`` unchanged otherwise. ``last``: the side ends its '=' chain."""
    m = _TRAILING_BRACKET.match(side)
    if not m:
        return side
    head, inner = m.group("head"), m.group("inner").strip()
    inner = re.sub(r"^(?:≈|~|=|about|approx\.?|i\.e\.,?)\s*", "", inner)
    before = evaluate_segment(head)
    again = evaluate_segment(inner)
    if before.value is None or again.value is None:
        return side
    if before.has_operator or again.has_operator or not before.has_units:
        return side
    if head.rstrip().endswith(")"):
        return side  # '(20 N)(3 m)': two bracketed factors side by side are a product
    if last:
        return head
    with contextlib.suppress(Exception):
        a = float(before.value.to_base_units().magnitude)
        b = float(again.value.to(before.value.units).to_base_units().magnitude)
        if math.isclose(a, b, rel_tol=_RESTATEMENT_RTOL):
            return head
    return side
