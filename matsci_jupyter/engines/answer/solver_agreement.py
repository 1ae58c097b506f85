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
  load (≈ 93 % of the total)") — unless the response itself turns that value into its final one:
  a written step takes the solver's value in and gives the final value out ("2r = 2 × 51.61 =
  103.2 pm"), or a plain fraction the question asks for is given as its percentage with no '%'
  ("W = 0.4201 … Final Answer: 42.0"). Then the final value is no misreading; it is derived.

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
    tail = _COEFFICIENT.sub(" ", tail)
    return any(math.isclose(n, w, rel_tol=MATCH_RTOL) for n in _numbers(tail) for w in wanted if w)


_COEFFICIENT = re.compile(
    r"(?<![\d.^])\d(?=\s*\()"  # '8(1/8)', '2(12.01)': a count before a bracket
    r"|(?<=\()\s*\d(?=\s*/)"  # '(1/π)', '(1/2)': a bracket's numerator
    r"|(?<=/)\s*\d(?![\d.])(?=\s*\))"  # '(1/8)': a bracket's denominator
    r"|(?<=[A-Za-z)]\^)\d(?![\d.])"  # 'a^3', '(K/σ)^2': an exponent (never of a '10^')
)
"""A single digit written as a factor, numerator, denominator or exponent of a formula ('n = 8(1/8)
+ 6(1/2)', 'a_c = (1/π)(K/σ)^2'): a part of the working, never a value the response states."""


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
    if not stated_somewhere(solved, final, response_text):
        return True
    if theirs * mine < 0 and not stated_with_sign(theirs, response_text):
        return True  # the closing text's match is the final's own magnitude, with the other sign
    return bare_percentage(solved, final) or derived_from(theirs, mine, response_text)


def stated_with_sign(value: float, response_text: str) -> bool:
    """The response's closing text writes ``value`` (within :data:`MATCH_RTOL`) with its own sign: a
    minus sign right before the number for a negative value, none for a positive one.

    :func:`stated_somewhere` compares magnitudes, so when the solver gets −0.355 and the response's
    final value is +0.355 (a compressive stress read as tensile), the final itself 'matches'; only a
    number written with the solver's sign shows that the response states the verified value."""
    from .text import normalize

    tail = normalize(re.sub(r"\s+", " ", response_text[-CLOSING_CHARS:]))
    tail = _COEFFICIENT.sub(" ", tail)
    for m in _NUMBER.finditer(tail):
        try:
            v = _number_value(m)
        except Exception:  # an unreadable number is simply not a candidate
            v = None
        if v is None or not math.isfinite(v):
            continue
        if not math.isclose(abs(v), abs(value), rel_tol=MATCH_RTOL):
            continue
        before = tail[: m.start()].rstrip()
        negative = before.endswith("-") and not re.search(r"[\w)\]]\s*-$", before)
        if negative == (value < 0):
            return True
    return False


def bare_percentage(solved: Any, final: Any) -> bool:
    """A plain fraction is asked (the solver answers it as one, not in %) and the response's final
    value is exactly 100 times it, written as a plain number with no percent sign."""
    from .unit_text import long_name

    try:
        plain = (
            long_name(solved.quantity.units) == "dimensionless"
            and long_name(final.units) == "dimensionless"
        )
        mine, theirs = float(final.magnitude), float(solved.quantity.magnitude)
    except Exception:  # not pint quantities: nothing to compare
        return False
    return plain and theirs != 0 and math.isclose(mine / theirs, 100.0, rel_tol=MATCH_RTOL)


def derived_from(theirs: float, mine: float, response_text: str) -> bool:
    """A written '=' chain of the response takes a number equal to ``theirs`` (the solver's value,
    in its unit) on its left and ends in ``mine`` (the final value in the same unit): the response
    reached the verified value and then computed its final answer from it."""
    from .prose import response_lines, statements

    for st in statements(response_lines(response_text)):
        if len(st.sides) < 2:
            continue
        ends = _numbers(st.sides[-1])
        if not ends or not math.isclose(ends[0], abs(mine), rel_tol=MATCH_RTOL):
            continue
        inputs = [n for side in st.sides[:-1] for n in _numbers(side)]
        if any(math.isclose(n, abs(theirs), rel_tol=MATCH_RTOL) for n in inputs):
            return True
    return False
