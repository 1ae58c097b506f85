"""Numbers read out of a question and a worked answer for the formula referees.

The formula referees (:mod:`.bragg_angle`, :mod:`.planar_cell`, :mod:`.slab_transmission`,
:mod:`.flexural_section`, :mod:`.nernst_quotient`) recompute a standard materials formula from the
question's givens and compare it with what a response writes. They share how a number is read: a
value with the unit written after it (pint), a final answer's value, and agreement within the
rounding of the digits written.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .expression import numbers_with_units
from .prose import final_answer


def quantities(text: str) -> list[tuple[Any, str, int]]:
    """(Quantity, as written, start) for every number in ``text``; never raises."""
    try:
        return numbers_with_units(text)
    except Exception:
        return []


def of_dimension(q: Any, unit: str) -> bool:
    """Whether ``q`` has the dimension of ``unit`` (and is not a bare number when unit has one)."""
    from ...units import get_registry

    try:
        return bool(q.dimensionality == get_registry().Quantity(1, unit).dimensionality)
    except Exception:
        return False


def magnitude_in(q: Any, unit: str) -> float | None:
    try:
        return float(q.to(unit).magnitude)
    except Exception:
        return None


def final_quantity(lines: list[str]) -> Any | None:
    """The first value of the response's final answer as a Quantity, or None."""
    final = final_answer(lines)
    if final is None:
        return None
    found = quantities(final.text)
    return found[0][0] if found else None


def as_fraction(q: Any) -> float | None:
    """A dimensionless value as a fraction: '34.3 %' and a bare 34.3 are 0.343, a bare 0.343 too."""
    if q is None or not of_dimension(q, "dimensionless"):
        return None
    text = f"{q.units}"
    value = float(q.to("dimensionless").magnitude)
    if "percent" in text:
        return value
    return value / 100 if 1 < abs(value) <= 100 else value


def close(a: float, b: float, rtol: float = 0.01, atol: float = 0.0) -> bool:
    return math.isclose(a, b, rel_tol=rtol, abs_tol=atol)


def digits_tolerance(text: str) -> float:
    """The relative rounding of a number as written ('0.96' → 0.5/96), from 0.2 % to 2 %."""
    m = re.search(r"(\d+)(?:\.(\d+))?", text)
    if m is None:
        return 0.01
    digits = (m.group(1) + (m.group(2) or "")).lstrip("0") or "1"
    return min(0.02, max(0.002, 0.5 / int(digits) * 1.05)) if int(digits) else 0.01


def written_as(value: float, numbers: list[tuple[float, str]]) -> bool:
    """Whether some written number equals ``value`` to the digits it is written with."""
    return any(
        value and math.isclose(abs(x), abs(value), rel_tol=digits_tolerance(t)) for x, t in numbers
    )


def plain_numbers(text: str) -> list[tuple[float, str]]:
    """(magnitude, as written) for every number in ``text``, units ignored."""
    out = []
    for q, written, _start in quantities(text):
        try:
            out.append((float(q.magnitude), written))
        except (TypeError, ValueError):
            continue
    return out


def last_of_dimension(lines: list[str], unit: str) -> Any | None:
    """The last value written in the response with the dimension of ``unit`` (its closing result
    when the final-answer reader stopped at an earlier concluding line)."""
    for line in reversed(lines):
        found = [q for q, _t, _s in quantities(line) if of_dimension(q, unit)]
        if found:
            return found[-1]
    return None


def closing_states(
    lines: list[str], value: float, unit: str | None = None, rtol: float = 0.01
) -> bool:
    """Whether the response's last two lines with a number state ``value`` (in ``unit`` when
    given; as a fraction or a percent when None): the right value there means the working ends
    right, whatever an earlier concluding line says."""
    numbered = [line for line in lines if re.search(r"\d", line)][-2:]
    for line in numbered:
        for q, _written, _start in quantities(line):
            if unit is None:
                x = as_fraction(q)
                if x is not None and close(x, value, rtol):
                    return True
            elif of_dimension(q, unit):
                x = magnitude_in(q, unit)
                if x is not None and close(x, value, rtol):
                    return True
    return False
