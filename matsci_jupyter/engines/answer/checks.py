"""Named pass/fail checks that every Answer carries, and the functions that run them.

A check that fails with ``blocking=True`` withdraws the number: the Answer keeps
``quantity=None`` and says why. Non-blocking failures are shown beside a number
(for example a given the question states but the calculation did not need).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Check:
    """One named check with its outcome and a message a user can read."""

    name: str
    passed: bool
    message: str
    blocking: bool = True

    @property
    def mark(self) -> str:
        return "✓" if self.passed else "✗"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.mark} {self.name}: {self.message}"


def dimension_check(result: Any, expected_units: Any, what: str = "result") -> Check:
    """The result has the dimension of the expected unit (a length asked in μm must be a length)."""
    from ...units import get_registry

    ureg = get_registry()
    got = _dimension_name(result.dimensionality)
    want_dim = ureg.Quantity(1, expected_units).dimensionality
    want = _dimension_name(want_dim)
    if result.dimensionality == want_dim:
        return Check("dimension", True, f"{what} is {_article(got)} {got}, as asked")
    return Check("dimension", False, f"{what} is {_article(got)} {got} ({result.units:~P}) but the question asks "
                                     f"for {_article(want)} {want} ({expected_units:~P})")


def unit_check(original: Any, converted: Any, requested_text: str | None) -> Check:
    """The value is shown in the unit the question names (converted, never reported raw)."""
    from .quantities import format_number
    from .unit_text import unit_label

    if requested_text is None:
        return Check("unit", True, f"no unit was named; shown in {unit_label(converted.units)}")
    if str(original.units) == str(converted.units):
        return Check("unit", True, f"in {requested_text}, as asked")
    return Check("unit", True, f"converted {format_number(original.magnitude)} {unit_label(original.units)} → "
                               f"{format_number(converted.magnitude)} {requested_text}, as asked")


def magnitude_check(value: Any, plausible: tuple[float, float] | None, unit: str, label: str) -> Check:
    """The magnitude lies in a range the quantity can physically have (an absurd one is refused)."""
    from .quantities import format_number

    try:
        mag = float(value.to(unit).magnitude)
    except Exception as exc:  # a conversion that fails is itself a failed check
        return Check("magnitude", False, f"{label} cannot be expressed in {unit}: {exc}")
    if not math.isfinite(mag):
        return Check("magnitude", False, f"{label} is not a finite number")
    if plausible is None:
        return Check("magnitude", True, f"{label} = {format_number(mag)} {unit} (no range declared)")
    lo, hi = plausible
    if lo <= mag <= hi:
        return Check("magnitude", True, f"{label} = {format_number(mag)} {unit} is within the plausible range "
                                        f"{format_number(lo)}–{format_number(hi)} {unit}")
    return Check("magnitude", False, f"{label} = {format_number(mag)} {unit} is outside the plausible range "
                                     f"{format_number(lo)}–{format_number(hi)} {unit}; check the givens' units")


def givens_check(unused: list[str], blocking: bool = True) -> Check:
    if not unused:
        return Check("givens used", True, "every value the question gives was used")
    return Check("givens used", False, "the question gives " + ", ".join(unused) + ", which the calculation did "
                 "not use", blocking=blocking)


def constants_check(symbols: tuple[str, ...]) -> Check:
    """Constants in the calculation come from pint's CODATA values (listed)."""
    from .constants import CONSTANTS, value
    from .quantities import format_number
    from .unit_text import unit_label

    if not symbols:
        return Check("constants", True, "no physical constants needed")
    parts = []
    for s in symbols:
        q = value(s)
        parts.append(f"{CONSTANTS[s].name} {format_number(q.magnitude, 9)} {unit_label(q.units)}")
    return Check("constants", True, "CODATA values from pint: " + "; ".join(parts))


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


_DIMENSION_NAMES = {
    "[length]": "length", "[mass]": "mass", "[time]": "time", "[temperature]": "temperature",
    "[current]": "current", "[substance]": "amount of substance",
    "[length] ** 2 * [mass] / [time] ** 2": "energy",
    "[mass] / [length] / [time] ** 2": "pressure or stress",
    "[mass] / [length] ** 3": "density", "[length] ** 2 / [time]": "diffusivity",
    "[length] ** 2 * [mass] / [substance] / [time] ** 2": "molar energy",
    "[mass] / [substance]": "molar mass", "1 / [time]": "frequency or rate",
    "[length] * [mass] / [time] ** 2": "force", "[length] / [time]": "speed",
    "[length] ** 2 * [mass] / [current] / [time] ** 3": "voltage",
    "[length] ** 2 * [mass] / [current] ** 2 / [time] ** 3": "resistance",
    "[length] ** 3 * [mass] / [current] ** 2 / [time] ** 3": "resistivity",
    "[current] * [time]": "charge", "1 / [length] ** 3": "number per volume",
    "dimensionless": "dimensionless number", "[length] ** 2": "area", "[length] ** 3": "volume",
}


def _dimension_name(dimensionality: Any) -> str:
    key = str(dimensionality)
    return _DIMENSION_NAMES.get(key, key)
