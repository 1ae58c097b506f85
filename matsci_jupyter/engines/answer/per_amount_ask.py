"""An amount asked per unit of mass, volume or substance that the answer does not divide by
(issue 11, precision).

'What is the hysteresis loss per kilogram of core?' answered with the loss of the whole core
(30 W) answers another quantity: the asked one is the loss divided by the core's mass (W/kg). The
asking sentence's 'per kilogram' ('per kg', 'per gram', 'per tonne', 'per pound', 'per cubic
metre', 'per m³', 'per cm³', 'per litre', 'per mole', 'per unit mass', 'per unit volume') names a
denominator; an answer whose dimensions do not divide by it (mass⁻¹, length⁻³, substance⁻¹) is
refused with the reason. A 'per' that follows a number ('a loss of 2 W per kg') belongs to a stated
value, not to the ask, and an answer already per that amount (W/kg, J/mol, atoms/m³) passes.
"""

from __future__ import annotations

import re
from typing import Any

# the asked denominator -> (the dimension of one unit of it, the power of that unit's length when a
# volume is written as a length cubed, words)
_KINDS = {
    "mass": ({"[mass]": 1}, None, "mass"),
    "volume": ({"[length]": 3}, -3, "volume"),
    "substance": ({"[substance]": 1}, None, "amount of substance"),
}
_PER_AMOUNT = re.compile(
    r"\bper\s+(?:one\s+|an?\s+|each\s+)?(?:"
    r"(?P<mass>unit\s+mass|kilogram|kilogramme|kg|gram|gramme|g|tonne|ton|pound|lb)"
    r"|(?P<volume>unit\s+volume|cubic\s+(?:met(?:re|er)|centimet(?:re|er)|millimet(?:re|er)|inch|foot)"
    r"|m\s*(?:³|\^\s*3|3)|cm\s*(?:³|\^\s*3|3)|mm\s*(?:³|\^\s*3|3)|lit(?:re|er)|l)"
    r"|(?P<substance>mole|mol|kmol))(?![\w])",
    re.I,
)


def _divides_by(quantity: Any, dims: dict[str, int], length_power: int | None) -> bool:
    """``quantity``'s unit is written per a unit of ``dims`` ('J/(kg·K)', 'W/kg', 'MJ/m³' with a
    length to ``length_power``, 'J/mol'); its base dimensions cannot tell (a joule holds a kilogram)."""
    from ...units import get_registry

    ureg = get_registry()
    try:
        parts = list(quantity.unit_items())
    except AttributeError:
        return True  # not a pint quantity: no evidence either way
    for name, power in parts:
        if power >= 0:
            continue
        try:
            unit_dims = dict(ureg.Unit(name).dimensionality)
        except Exception:
            continue
        if unit_dims == dims:
            return True
        if length_power is not None and unit_dims == {"[length]": 1} and power <= length_power:
            return True
    return False


def per_amount_refusal(question: str, quantity: Any) -> str | None:
    """A reason when the asking sentence wants an amount per unit mass, volume or substance and
    ``quantity`` (a pint Quantity) is not divided by that amount; None otherwise."""
    from .quantities import ask_clause
    from .text import normalize

    clause = ask_clause(normalize(question)) or ""
    for m in _PER_AMOUNT.finditer(clause):
        if re.search(r"\d\s*\S*\s*$", clause[: m.start()]):
            continue  # '2 W per kg' in the asking sentence: a stated value's own 'per'
        kind = next(k for k in ("mass", "volume", "substance") if m.group(k))
        dims, length_power, words = _KINDS[kind]
        if _divides_by(quantity, dims, length_power):
            continue
        return (
            f"the question asks for the amount {m.group(0).strip()} (per unit {words}), and the "
            f"answer ({quantity:~.4g}) is not divided by a {words}; no number is given"
        )
    return None
