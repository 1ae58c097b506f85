"""A given the response never writes, while it computes with that given's digits swapped.

'DP = M̄_n / m = 301 000 / 104.14' where the question gives M̄_n = 310 000 g/mol: the response's
number is the given with two adjacent digits swapped, of about the same size, and the given
itself appears nowhere in the response. Bare numbers count (prose often drops the unit when it
substitutes); they are read in the given's own unit. Nothing is said when the response writes the
given anywhere (in any unit), or when the swapped number is itself one of the question's values.
"""

from __future__ import annotations

import math
from typing import Any

from .checks import Check
from .given_check import _swapped
from .quantities import Reading


def _si(q: Any) -> float | None:
    try:
        x = float(q.to_base_units().magnitude)
    except Exception:
        return None
    return x if math.isfinite(x) and x != 0 else None


def swapped_unused_given(reading: Reading | None, lines: list[str], question: str) -> Check | None:
    """A failed 'given value' check when a given never written in the response is used with two
    adjacent digits swapped."""
    from .expression import numbers_with_units
    from .unit_text import long_name

    if reading is None:
        return None
    found = [(q, t) for line in lines for q, t, _s in numbers_with_units(line)]
    asked = [(q, t) for q, t, _s in numbers_with_units(question)]
    for g in reading.givens:
        if g.kind != "quantity" or not g.has_unit or g.quantity is None:
            continue
        gq = g.quantity
        if "degree" in long_name(gq.units):
            continue
        g_si, g_mag = _si(gq), float(gq.magnitude)
        if g_si is None or g_mag == 0:
            continue

        def same(q: Any, g_si: float = g_si, g_mag: float = g_mag) -> bool:
            if long_name(q.units) == "dimensionless":
                return math.isclose(abs(float(q.magnitude)), abs(g_mag), rel_tol=1e-3)
            s = _si(q)
            return s is not None and math.isclose(abs(s), abs(g_si), rel_tol=1e-3)

        if any(same(q) for q, _t in found):
            continue  # the given is written (and used) somewhere
        for q, text in found:
            bare = long_name(q.units) == "dimensionless"
            if not bare and q.dimensionality != gq.dimensionality:
                continue
            x = float(q.magnitude) if bare else float(q.to(gq.units).magnitude)
            if not (x and 0.5 < abs(x / g_mag) < 2):
                continue
            if any(
                math.isclose(float(a.magnitude), float(q.magnitude), rel_tol=1e-9)
                for a, _t in asked
            ):
                continue  # the number is another of the question's values
            if _swapped(text, g.text):
                return Check(
                    "given value",
                    False,
                    f"the response computes with {text.strip()} where the question gives "
                    f"{g.text} (two digits swapped), and never writes {g.text}",
                )
    return None
