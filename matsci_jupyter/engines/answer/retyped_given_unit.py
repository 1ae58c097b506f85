"""A given restated with a wrongly written unit, in a step that holds with the question's unit.

Worked solutions retype the question's values, and a unit exponent can slip while the number is
converted correctly: the question gives a density of 0.980 g cm⁻³ and the step writes
'(980 kg m⁻¹) × (9.81 m s⁻²)'. The number is the given's in SI (980 kg m⁻³), only the unit's
exponent is wrong, so the step's two sides differ in dimension while its arithmetic is sound. Such a
step is not proof that the result is wrong. :func:`retyped_given_unit` finds it: a number with a unit
in the step whose SI magnitude is a given's SI magnitude (within 0.5 %) but whose dimension is not
the given's; with the given written as the question writes it the step must then hold. Anything
else (no such number, or the step still fails) leaves the dimension failure standing. (The
opposite slip, a given's number kept while its unit changes size, is :func:`.unit_slips.given_unit_slip`.)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from .expression import numbers_with_units
from .prose import Statement

SAME_MAGNITUDE_RTOL = 5e-3
"""SI magnitudes within 0.5 % are the same given retyped (980 for 0.980 g cm⁻³ in kg m⁻³)."""


def _base(quantity: Any) -> tuple[float, Any] | None:
    """(SI magnitude, SI dimensionality) of a pint quantity, or None."""
    try:
        base = quantity.to_base_units()
        return float(base.magnitude), base.dimensionality
    except Exception:  # an offset unit, a bare number or something pint cannot convert
        return None


def retyped_given_unit(
    statement: Statement,
    givens: list[tuple[str, Any]],
    holds: Callable[[Statement], bool],
) -> str | None:
    """Why the dimension failure of ``statement`` is a unit slip in restating a given, or None.

    ``givens`` are the question's (text as written, pint quantity); ``holds`` re-checks a statement
    and says whether it now holds."""
    known = [(text.strip(), b) for text, q in givens if (b := _base(q)) is not None]
    if not known:
        return None
    for quantity, written, _start in numbers_with_units(statement.text):
        mine = _base(quantity)
        if mine is None or mine[0] == 0 or written not in statement.text:
            continue
        for text, (value, dims) in known:
            if dims == mine[1] or not math.isclose(value, mine[0], rel_tol=SAME_MAGNITUDE_RTOL):
                continue
            fixed = Statement(
                statement.text.replace(written, text, 1),
                tuple(side.replace(written, text, 1) for side in statement.sides),
                statement.line_no,
            )
            if holds(fixed):
                return (
                    f"it writes the given {text} as '{written}' (the number converted, the unit "
                    "written wrongly); with the question's unit the step holds"
                )
    return None
