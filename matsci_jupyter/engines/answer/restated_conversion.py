"""A final answer that differs from the response's own conversion of its result into that unit.

A response that ends its working with a conversion of its own result ('33.9 GPa = 4.92 × 10^6
psi', '30.84 GPa (4.47 × 10^6 psi)', '339.5 MPa, i.e. 4.92 × 10^4 psi') has fixed its result in
the second unit. A final answer in that same unit with another number ('4.52 × 10^6 psi') does not
restate the result it computed, whatever the cause.

Only a conversion that holds counts (the two values agree through pint within 1 % and the rounding
of the written digits; a wrong conversion is the step checks' business), written as two adjacent
values joined by '=', '≈', '(', '(=', 'i.e.', 'or' or an arrow after an '=' (the result of the line's
chain; a unit identity such as '1 MJ = 1000 kJ' is none), and only when it is the last value
written before the final line, the final line writes one number and computes nothing, the final
number appears nowhere earlier, and its unit is the converted value's unit. A final that agrees
with the conversion within rounding is left alone.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .step_check import clip, fmt_quantity
from .unit_text import unit_label

_JOIN = re.compile(r"\s*(?:=|≈|\(\s*(?:=|≈)?|,?\s*i\.\s*e\.,?|,?\s*or|→|->|⇒)\s*", re.I)
_SLACK = 0.01


def _rounding(written: str, value: float) -> float:
    """Half a unit in the last written digit of the mantissa, relative to the value."""
    m = re.match(r"\s*[-−]?(\d+)(?:\.(\d+))?", written)
    if m is None or value == 0:
        return 0.0
    mantissa = float(m.group(0).replace("−", "-"))
    if mantissa == 0:
        return 0.0
    return 0.5 * 10.0 ** -len(m.group(2) or "") / abs(mantissa)


def _conversion(line: str) -> tuple[Any, str, Any, str] | None:
    """The line's last two values when they are one conversion that holds ('X unitA = Y unitB'),
    as (X, written, Y, written); None otherwise."""
    from .expression import numbers_with_units

    found = numbers_with_units(line)
    if len(found) < 2:
        return None
    (xq, xt, xs), (yq, yt, ys) = found[-2], found[-1]
    if not _JOIN.fullmatch(line[xs + len(xt) : ys]) or xq.dimensionality != yq.dimensionality:
        return None
    if xq.dimensionless or unit_label(xq.units) == unit_label(yq.units):
        return None
    if 1.0 in (abs(float(xq.magnitude)), abs(float(yq.magnitude))):
        return None  # '1 MJ/m^3 = 1000 kJ/m^3': a unit identity, not the response's result
    if not re.search(r"[=≈]", line[:xs]):
        return None  # the first value is no result the line computes or names
    try:
        x_in_y = float(xq.to(yq.units).magnitude)
    except Exception:
        return None
    y = float(yq.magnitude)
    tol = _SLACK + _rounding(xt, float(xq.magnitude)) + _rounding(yt, y)
    return (xq, xt, yq, yt) if y and math.isclose(x_in_y, y, rel_tol=tol) else None


def restated_conversion_check(lines: list[str], final_text: str, final_line: str) -> Check | None:
    """A failed 'own result' check when the final differs from the response's own conversion of
    its result into the final's unit, written just before it; None otherwise."""
    from .expression import numbers_with_units

    finals = numbers_with_units(final_text)
    if len(finals) != 1:
        return None
    fq, ft, _ = finals[0]
    rest = final_line.replace(final_text, " ")
    if re.search(r"\d|[×*/+^√]", rest) or len(numbers_with_units(final_line)) != 1:
        return None  # the final line computes, or states another value
    try:
        at = max(i for i, ln in enumerate(lines) if ln == final_line)
    except ValueError:
        return None
    before = [i for i in range(at) if re.search(r"\d", lines[i])]
    if not before:
        return None
    conv = _conversion(lines[before[-1]])
    if conv is None:
        return None
    _xq, xt, yq, yt = conv
    if unit_label(yq.units) != unit_label(fq.units):
        return None
    last_line = lines[before[-1]]
    f, y = float(fq.magnitude), float(yq.magnitude)
    if f == 0 or (f > 0) != (y > 0):
        return None
    if math.isclose(f, y, rel_tol=_SLACK + _rounding(ft, f) + _rounding(yt, y)):
        return None
    earlier = " ".join(lines[:at])
    if any(
        math.isclose(float(q.magnitude), f, rel_tol=1e-9)
        and unit_label(q.units) == unit_label(fq.units)
        for q, _t, _s in numbers_with_units(earlier)
    ):
        return None  # the final number is written earlier: taken from there
    return Check(
        "own result",
        False,
        f"the response converts its own result, {clip(xt.strip(), 30)} = {clip(yt.strip(), 30)} "
        f"('{clip(last_line.strip(), 60)}'), but the final states {fmt_quantity(fq)}: in "
        f"{unit_label(fq.units)} its result is {fmt_quantity(yq)}",
    )
