"""Shared helpers for the stated-form classes (line energy, diffusion lengths, plate conduction, laser
lines, power-law creep): reading a given in a unit, and building an answer in the asked unit.

Every helper is unit-aware through pint; values are returned as plain floats in the unit named.
"""

from __future__ import annotations

from typing import Any

from .answer import Answer
from .checks import Check
from .quantities import Given, Reading, Requested


def registry() -> Any:
    from ...units import get_registry

    return get_registry()


def magnitude(g: Given, unit: str) -> float | None:
    """The given's value in ``unit``; None when it has no quantity of that dimension."""
    if g.quantity is None:
        return None
    try:
        return float(g.quantity.to(unit).magnitude)
    except Exception:
        return None


def of_dimension(g: Given, unit: str) -> bool:
    return g.kind == "quantity" and magnitude(g, unit) is not None


def one_requested(reading: Reading) -> tuple[bool, Requested | None]:
    """(usable, the one asked unit or None). Unusable when several units are asked."""
    reqs = reading.requested
    if len(reqs) > 1:
        return False, None
    return True, (reqs[0] if reqs else None)


def fits(requested: Requested | None, unit: str) -> bool:
    """Whether the asked unit (if any) has the dimension of ``unit``."""
    if requested is None:
        return True
    try:
        registry().Quantity(1.0, requested.unit.units).to(unit)
    except Exception:
        return False
    return True


def answer(
    question: str,
    value: float,
    unit: str,
    requested: Requested | None,
    *,
    steps: list[str],
    relation: str,
    target: str,
    note: str,
) -> Answer:
    """An answer of ``value`` ``unit``, converted to the asked unit when one is asked."""
    quantity = registry().Quantity(value, unit)
    if requested is not None:
        quantity = quantity.to(requested.unit.units)
    return Answer(
        question=question,
        quantity=quantity,
        unit_requested=requested.text if requested is not None else None,
        checks=[
            Check("dimension", True, f"the result is {target}"),
            Check("givens", True, note),
            Check("constants", True, "only CODATA constants (h, c, e, R) where used"),
        ],
        steps=steps,
        source="solver",
        relation=relation,
        target=target,
    )


def refusal(question: str, reason: str, requested: Requested | None) -> Answer:
    from .solver import refuse

    return refuse(question, reason, unit=requested.text if requested is not None else None)
