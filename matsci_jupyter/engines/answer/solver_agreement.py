"""When the solver's own answer to a question proves a response's final value wrong.

The deterministic solver answers a question only when a relation (or chain) outputs exactly the
asked quantity with every given used, one reading of the question, and every unit check passing; on
exam questions written by others it is wrong on about 2 % of what it answers (BENCHMARKS.md,
issue 11). Its value therefore refutes a response's final value when nothing else can explain the
difference:

* both values have the same dimension, and an angle is never compared with a plain number (a
  response's '2θ' or '2 degrees of freedom' must not meet a solver's count);
* they differ by more than :data:`DISAGREE_RTOL` (a worked answer rounds its intermediate values;
  a wrong formula, factor or unit is off by far more);
* no number in the response's closing text matches the solver's value (then the response states the
  right value somewhere and only the reading of its final answer is in doubt: "13.5 times the
  load (≈ 93 % of the total)").

Otherwise the disagreement stays a note. The check's message shows the solver's value and relation,
so a reader can redo the computation.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .quantities import _NUMBER, _number_value

DISAGREE_RTOL = 0.05  # relative; worked answers that round intermediates stay within ~2 %
MATCH_RTOL = 0.02  # a number in the closing text "matches" the solver's value within this
CLOSING_CHARS = 400  # how much of the response's end is searched for the solver's value

_ANGLE_UNITS = ("degree", "radian", "arcminute", "arcsecond")


def _is_angle(q: Any) -> bool:
    text = format(q.units, "D")
    return any(u in text for u in _ANGLE_UNITS)


def _numbers(text: str) -> list[float]:
    found = []
    for m in _NUMBER.finditer(text):
        try:
            v = _number_value(m)
        except Exception:  # an unreadable number is simply not a candidate
            v = None
        if v is not None and math.isfinite(v):
            found.append(abs(float(v)))
    return found


def stated_somewhere(solved: Any, final: Any, response_text: str) -> bool:
    """The response's closing text holds a number equal to the solver's value, in the solver's unit,
    the response's final unit, or as a percentage/fraction of it."""
    from .text import normalize

    target = abs(float(solved.quantity.magnitude))
    try:
        in_final_unit = abs(float(solved.quantity.to(final.units).magnitude))
    except Exception:  # other dimension: the solver's own unit is enough
        in_final_unit = target
    wanted = {target, in_final_unit}
    if any(_is_ratio(q) for q in (solved.quantity, final)):
        wanted |= {target * 100, target / 100}  # a fraction written as a percentage, or back
    # '9.60 × 10⁻⁶' is one number, not 9.60 and 10: read the tail as the steps are read
    tail = normalize(re.sub(r"\s+", " ", response_text[-CLOSING_CHARS:]))
    return any(math.isclose(n, w, rel_tol=MATCH_RTOL) for n in _numbers(tail) for w in wanted if w)


def _is_ratio(q: Any) -> bool:
    """A percentage or a plain fraction (the only values a factor 100 can re-express)."""
    try:
        return bool(q.dimensionless)
    except Exception:  # not a pint quantity
        return False


def refutes(solved: Any, final: Any, response_text: str) -> bool:
    """The solver's verified value proves ``final`` (a pint Quantity) wrong (see the module text)."""
    if not solved.ok or final is None or solved.quantity is None:
        return False
    if _is_angle(solved.quantity) != _is_angle(final):
        return False
    try:
        mine = float(final.to(solved.quantity.units).magnitude)
    except Exception:  # another dimension: a reading problem, not a proof
        return False
    theirs = float(solved.quantity.magnitude)
    if math.isclose(mine, theirs, rel_tol=DISAGREE_RTOL):
        return False
    return not stated_somewhere(solved, final, response_text)
