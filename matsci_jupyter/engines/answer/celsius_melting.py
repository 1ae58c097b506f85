"""A melting point in degrees Celsius put into a formula that takes kelvin.

The nucleation relations (r* = 2γT_m/(ΔH_f ΔT), ΔG* ∝ γ³T_m²/(ΔH_f² ΔT²)) and the homologous
temperature T/T_m take the melting point as an absolute temperature. A response that writes the
melting point in °C ('T_m = 1085 °C'), or writes the Celsius number of the element the question
names with no unit at all ('T_m = 660' for aluminium, which melts at 660 °C = 933 K), and puts
that number in as a factor, with its kelvin value written nowhere, has used °C as K.

A bare number counts as Celsius only when it is, within 1 % (or 3 degrees), the tabulated melting
point of the one element the question names in °C and not, within the same margin, in kelvin.
The factor test itself is :func:`unit_slips.celsius_factor_check`.
"""

from __future__ import annotations

import re

from .checks import Check
from .named_substance import melting_point_k, the_one_element
from .unit_slips import celsius_factor_check

_MELT_ASSIGNED = re.compile(
    r"(?<![\w])T_?\{?(?:m|M|melt|mp|f)\}?\s*(?:\([^)]{0,20}\)\s*)?[=≈]\s*"
    r"(?P<num>\d{1,2}(?:[ ,]?\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.])\s*(?P<unit>°\s*C|℃|K\b|kelvin)?"
)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(3.0, 0.01 * abs(b))


def _in_celsius(value: float, unit: str, mp_k: float | None) -> bool:
    """A melting point written in °C, or unitless and the tabulated one in °C, not in K."""
    if unit in ("°C", "℃"):
        return True
    if unit or mp_k is None:
        return False
    return _close(value, mp_k - 273.15) and not _close(value, mp_k)


def melting_celsius_check(question: str, lines: list[str]) -> Check | None:
    """A failed 'unit conversion' check when the response's melting point, in °C, goes into a
    formula as an absolute temperature; None otherwise."""
    celsius: set[float] = set()
    element = the_one_element(question)
    mp_k = melting_point_k(element[0]) if element else None
    for line in lines:
        for m in _MELT_ASSIGNED.finditer(line):
            value = float(re.sub(r"[ ,]", "", m.group("num")))
            unit = (m.group("unit") or "").replace(" ", "")
            if _in_celsius(value, unit, mp_k):
                celsius.add(value)
    if not celsius:
        return None
    return celsius_factor_check(celsius, set(), lines, whose="the melting point", numerator=True)
