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
    got = _dimension_name(result.dimensionality, result.units)
    want_dim = ureg.Quantity(1, expected_units).dimensionality
    want = _dimension_name(want_dim, expected_units)
    if result.dimensionality == want_dim:
        return Check("dimension", True, f"{what} is {_article(got)} {got}, as asked")
    return Check(
        "dimension",
        False,
        f"{what} is {_article(got)} {got} ({result.units:~P}) but the question asks "
        f"for {_article(want)} {want} ({expected_units:~P})",
    )


def unit_check(original: Any, converted: Any, requested_text: str | None) -> Check:
    """The value is shown in the unit the question names (converted, never reported raw)."""
    from .quantities import format_number
    from .unit_text import unit_label

    if requested_text is None:
        shown = unit_label(converted.units) or "a plain number (dimensionless)"
        return Check("unit", True, f"no unit was named; shown as {shown}")
    if original.units == converted.units:
        return Check("unit", True, f"in {requested_text}, as asked")
    return Check(
        "unit",
        True,
        f"converted {format_number(original.magnitude)} {unit_label(original.units)} → "
        f"{format_number(converted.magnitude)} {requested_text}, as asked",
    )


def magnitude_check(
    value: Any, plausible: tuple[float, float] | None, unit: str, label: str
) -> Check:
    """The magnitude lies in a range the quantity can physically have (an absurd one is refused)."""
    from .quantities import format_number

    shown_unit = "" if unit == "dimensionless" else f" {unit}"
    try:
        mag = float(value.to(unit).magnitude)
    except Exception as exc:  # a conversion that fails is itself a failed check
        return Check("magnitude", False, f"{label} cannot be expressed in {unit}: {exc}")
    if not math.isfinite(mag):
        return Check("magnitude", False, f"{label} is not a finite number")
    if plausible is None:
        return Check(
            "magnitude", True, f"{label} = {format_number(mag)}{shown_unit} (no range declared)"
        )
    lo, hi = plausible
    if lo <= mag <= hi:
        return Check(
            "magnitude",
            True,
            f"{label} = {format_number(mag)}{shown_unit} is within the plausible range "
            f"{format_number(lo)}–{format_number(hi)}{shown_unit}",
        )
    return Check(
        "magnitude",
        False,
        f"{label} = {format_number(mag)}{shown_unit} is outside the plausible range "
        f"{format_number(lo)}–{format_number(hi)}{shown_unit}; check the givens' units",
    )


def givens_check(unused: list[str], blocking: bool = True) -> Check:
    if not unused:
        return Check("givens used", True, "every value the question gives was used")
    return Check(
        "givens used",
        False,
        "the question gives " + ", ".join(unused) + ", which the calculation did not use",
        blocking=blocking,
    )


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


_DIMENSION_NAMES = (  # (name, a unit with that dimension)
    ("length", "m"),
    ("mass", "kg"),
    ("time", "s"),
    ("temperature", "K"),
    ("current", "A"),
    ("amount of substance", "mol"),
    ("energy", "J"),
    ("pressure or stress", "Pa"),
    ("density", "kg/m^3"),
    ("diffusivity", "m^2/s"),
    ("molar energy", "J/mol"),
    ("molar mass", "kg/mol"),
    ("frequency or rate", "1/s"),
    ("force", "N"),
    ("speed", "m/s"),
    ("voltage", "V"),
    ("resistance", "ohm"),
    ("resistivity", "ohm*m"),
    ("conductivity", "S/m"),
    ("charge", "C"),
    ("number per volume", "1/m^3"),
    ("dimensionless number", "1"),
    ("area", "m^2"),
    ("volume", "m^3"),
    ("power", "W"),
    ("heat flux", "W/m^2"),
    ("flux", "kg/(m^2*s)"),
    ("mobility", "m^2/(V*s)"),
    ("stress intensity", "Pa*m^0.5"),
    ("energy per temperature", "J/K"),
    ("specific heat", "J/(kg*K)"),
    ("electric field", "V/m"),
    ("current density", "A/m^2"),
)


def _dimension_name(dimensionality: Any, units: Any = None) -> str:
    from ...units import get_registry

    if (
        units is not None
        and any(w in format(units, "D") for w in ("degree", "radian", "arcmin"))
        and "degree_" not in format(units, "D")
    ):
        return "angle"
    ureg = get_registry()
    for name, unit in _DIMENSION_NAMES:
        if ureg.Quantity(1, unit).dimensionality == dimensionality:
            return name
    return str(dimensionality)
