"""A power of a symbol whose value the response stated, written with a wrong value.

'd = 0.45 mm' and later 'd^2 = 0.2205 mm^2': the square of the stated 0.45 mm is 0.2025 mm², so the
second statement is an arithmetic slip, whatever formula it goes into. The step-by-step checks
leave 'd^2 = 0.2205 mm^2' alone (its left side is a symbol, not a calculation); this check puts the
symbol's stated value in.

Only a plain statement of the symbol's value counts ('d = 0.45 mm', 'With F = 30 kgf'), the latest
one before the power, and only a power written as '^2', '^3', '²' or '³' equated to one plain
quantity. The comparison allows the rounding of the written value (half a unit of its last digit)
and 2 %, as for numeric steps; units convert with pint (a power of a length in m³ or nm³ alike);
a written value without a unit is compared in the stated value's unit.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .function_value import is_function_value
from .prose import Statement
from .step_check import fmt_quantity

_SYMBOL = r"[A-Za-zα-ωΑ-ΩΔ](?:_\{?\w{1,6}\}?)?"
_PLAIN_SYMBOL = re.compile(rf"(?:^|\s)(?P<sym>{_SYMBOL})\s*$")
_POWER_OF_SYMBOL = re.compile(
    rf"^\s*(?P<sym>{_SYMBOL})\s*(?:\^\s*\(?(?P<n>[23])\)?|(?P<sup>[²³]))\s*$"
)
RTOL = 0.02


def _plain_quantity(side: str) -> tuple[Any, str] | None:
    """The one quantity a side consists of ('0.45 mm', '2.0 × 10^-3 m'), or None."""
    from .expression import numbers_with_units

    text = side.strip().rstrip(".,;:")
    found = numbers_with_units(text)
    if len(found) != 1:
        return None
    q, written, start = found[0]
    if text[:start].strip() or text[start + len(written) :].strip():
        return None
    return q, written


def _last_digit(written: str) -> float:
    """Half a unit of the last written digit, relative to the mantissa ('0.2205' → 0.00005/0.2205)."""
    m = re.match(r"\s*[-−+]?(\d+)(?:\.(\d+))?", written)
    if m is None:
        return 0.0
    mantissa = float(m.group(0).replace("−", "-"))
    if mantissa == 0:
        return 0.0
    decimals = len(m.group(2) or "")
    return 0.5 * 10.0**-decimals / abs(mantissa)


def stated_power_check(chains: list[Statement]) -> Check | None:
    """A failed 'arithmetic' check for 'x^n = v' when the response stated x's value before and v
    is not that value to the n-th power; None otherwise."""
    values: dict[str, Any] = {}
    for st in chains:
        if len(st.sides) != 2:
            continue
        left, right = st.sides
        power = _POWER_OF_SYMBOL.match(left)
        if power is not None:
            sym = power.group("sym")
            n = int(power.group("n") or {"²": 2, "³": 3}[power.group("sup")])
            stated, found = values.get(sym), _plain_quantity(right)
            if stated is None or found is None:
                continue
            written, text = found
            expected = stated**n
            have = float(written.magnitude)
            try:  # a bare number is read in the stated value's unit
                bare = str(written.units) == "dimensionless"
                want = float((expected if bare else expected.to(written.units)).magnitude)
            except Exception:
                continue
            if want == 0 or math.isclose(have, want, rel_tol=RTOL + _last_digit(text)):
                continue
            return Check(
                "arithmetic",
                False,
                f"'{st.text.strip()}': with {sym} = {fmt_quantity(stated)} stated before, {sym}^{n} "
                f"is {fmt_quantity(want * written.units)}, not {text.strip()}",
            )
        symbol = _PLAIN_SYMBOL.search(left)
        found = _plain_quantity(right)
        if symbol is not None and found is not None and not is_function_value(left):
            # 'erf z = 0.5' gives erf z, not z (:mod:`.function_value`)
            values[symbol.group("sym")] = found[0]
    return None
