"""Check a value the response solves an equation for: put it back into the equation.

Worked answers write an equation with numbers and one unknown, then the unknown's value on the next
lines: ``0.1 × 9.8 × 0.9 = (1/2) × 0.1 × v^2`` … ``v = 3 m/s``. The value is wrong when, put back
into the equation, the two sides differ and no value within the rounding of the written one makes
them equal (the sides keep the same sign of difference across the whole rounding interval) — under
every reading of loose prose: units as written (pint, SI), or all units dropped; the value or its
negative (prose drops signs). The check shows the value that does solve the equation, found
numerically; a value that no reading can tell wrong, or for which no solving value is found, is
not flagged. A sine, cosine or tangent is read only when every angle in it is the unknown or is
written with its unit, and the stated angle has its unit (a Bragg angle of 38.5° where 41.2° solves
the equation; an angle in radians written as degrees). An equation with no units and a value with
a unit are compared up to a unit conversion (a power of ten, 60, 3600): the equation may be written
in an implied unit. An equation is left alone (not checked) when it holds another symbol, a log of
unknown base or an inverse function, or when the unknown's letter is also written as a unit after a
number.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from typing import Any

from .prose import Statement

LOOKAHEAD = 3
"""Statements after the equation in which the unknown's value may be stated."""
SEARCH_DECADES = 4
"""How far (powers of ten either side of the written value) the solving value is searched for."""

_SKIP = re.compile(r"\b(?:cot|sec|csc|arc\w*|log\w*)\b|\^\s*-\s*1|%|±|∫|\bd[a-z]\b|[<>≤≥]")
_TRIG = re.compile(r"\b(?:sin|cos|tan)\b")
_VALUE_WORDS = re.compile(r"\b(?:approx\w*|about|nearly|roughly|or)\b", re.I)


@dataclass(frozen=True)
class Unsolved:
    """A stated value of an unknown that does not satisfy the equation it was solved from."""

    equation: int  # index of the equation's statement
    solution: int  # index of the statement that states the value
    message: str
    value: Any = None  # the value that solves the equation (a pint Quantity in the written unit)


def _symbol_pattern(symbol: str) -> re.Pattern[str]:
    # a coefficient may be glued to the unknown ('0.1v', '3x'): a digit before it is allowed
    return re.compile(r"(?<![A-Za-zα-ωΑ-Ω_.'^])" + re.escape(symbol) + r"(?![\w'(])")


def _is_unit_letter(symbol: str) -> bool:
    from .unit_text import parse_unit

    return parse_unit(symbol) is not None


def _stated_values(statement: Statement, fractions: bool = False) -> tuple[str, list[str]] | None:
    """('v', ['3 m/s']) for 'v = 3 m/s', ('x', ['25 cm', '0.25 m']) for 'x = 2/0.08 = 25 cm = 0.25 m':
    the symbol a chain gives a value and the values it writes (numbers with units, no calculation);
    the last is the one shown. With ``fractions``, a last value in bare numbers and operators
    ('N = (63)/(5)') counts too."""
    from .expression import evaluate_segment
    from .step_check import chain_symbol, strip_words

    symbol = chain_symbol(statement)
    if not symbol or not re.fullmatch(r"[A-Za-zα-ωΑ-ΩΔ](?:_?[\w]{0,6})?", symbol):
        return None
    last = strip_words(statement.sides[-1])
    if _VALUE_WORDS.search(last) or not re.search(r"\d", last):
        return None
    values = []
    for side in statement.sides[1:]:
        text = strip_words(side)
        seg = evaluate_segment(text)
        if seg.value is not None and (
            not seg.has_operator
            or (
                fractions and not re.search(r"[A-Za-zα-ωΑ-Ω]", text) and side is statement.sides[-1]
            )
        ):
            values.append(text)
    if not values or values[-1] != last:
        return None
    return symbol, values


def _sides(equation: Statement) -> tuple[str, str] | None:
    from .step_check import strip_words

    if len(equation.sides) != 2:
        return None
    left, right = (strip_words(s) for s in equation.sides)
    if not left or not right or _SKIP.search(equation.text):
        return None
    glued = r"\b(sin|cos|tan)(?=[A-Za-zα-ωΑ-Ω(])"  # 'sinθ' is sin(θ)
    return re.sub(glued, r"\1 ", left), re.sub(glued, r"\1 ", right)


def _angles_unambiguous(text: str, symbol: str) -> bool:
    """Every sine, cosine or tangent in the equation takes the unknown or an angle written with its
    unit ('sin θ', 'cos(45°)'): a bare number could be degrees or radians."""
    for m in re.finditer(r"\b(?:sin|cos|tan)\s*\(?\s*", text):
        rest = text[m.end() :]
        if _symbol_pattern(symbol).match(rest):
            continue
        if re.match(r"[-+]?\d+(?:\.\d+)?\s*(?:°|\^\s*\(?\s*°|deg|rad)", rest):
            continue
        return False
    return True


_UNIT_WORD = re.compile(r"(?<=[\d)\s])[A-Za-zμÅΩ°][A-Za-zμÅΩ°·/^\-\d]*")


_FUNCTION_WORDS = re.compile(r"\b(?:sqrt|exp|ln|sin|cos|tan)\b|√|π")


def _only_numbers_and_units(side: str, symbol: str) -> bool:
    """Every letter of the side (the unknown aside) is a unit written after a number: '2gh' (symbols
    glued to a coefficient), '(1/2)mv^2' or a word of prose leaves letters that are not."""
    from .expression import numbers_with_units

    text = _symbol_pattern(symbol).sub(" ", side)
    for _q, written, start in sorted(numbers_with_units(text), key=lambda f: -f[2]):
        text = text[:start] + " " * len(written) + text[start + len(written) :]
    text = _FUNCTION_WORDS.sub(" ", text)
    return re.search(r"[A-Za-zα-ωΑ-ΩΔμÅΩ]", text) is None


def _evaluator(left: str, right: str, symbol: str, written: str, x0: float, units: bool) -> Any:
    """A function of a number x giving the equation's two sides (in SI base units, or as bare
    numbers when ``units`` is False) with the unknown put to x (scaled from the written value, so
    that its unit goes in with it); None when the equation does not evaluate with only this unknown."""
    from .expression import evaluate_segment
    from .step_check import exam_units

    pattern = _symbol_pattern(symbol)
    marker = "\u2063"  # the unknown, kept out of reach of the unit stripping below
    sides = [pattern.sub(marker, exam_units(s, {})) for s in (left, right)]
    if not units:
        sides = [_UNIT_WORD.sub(" ", s) for s in sides]

    def at(x: float) -> tuple[float, float] | None:
        put = f"(({x!r})/({x0!r}) × ({written}))" if units else f"({x!r})"
        vals = []
        for s in sides:
            seg = evaluate_segment(s.replace(marker, put))
            if seg.value is None or (not units and seg.has_units):
                return None
            vals.append(seg.value)
        a, b = vals
        try:
            if units:
                a, b = a.to_base_units(), b.to_base_units()
                if a.dimensionality != b.dimensionality:
                    return None
                return float(a.magnitude), float(b.magnitude)
            return float(a.to("dimensionless").magnitude), float(b.to("dimensionless").magnitude)
        except Exception:
            return None

    return at if at(x0) is not None else None


def _residual(at: Any, x: float) -> float | None:
    got = at(x)
    if got is None:
        return None
    a, b = got
    if not (math.isfinite(a) and math.isfinite(b)):
        return None
    return a - b


def _holds_near(at: Any, x: float, rtol: float) -> bool | None:
    """Whether some value within ``rtol`` of ``x`` satisfies the equation (None: cannot tell)."""
    got = at(x)
    if got is None:
        return None
    a, b = got
    if not (math.isfinite(a) and math.isfinite(b)):
        return None
    if a == b or math.isclose(a, b, rel_tol=rtol):
        return True
    if x == 0:
        return None  # a zero cannot be bracketed relatively
    lo, hi, mid = _residual(at, x * (1 - rtol)), _residual(at, x * (1 + rtol)), a - b
    if lo is None or hi is None:
        return None
    if lo == 0 or hi == 0 or (lo > 0) != (hi > 0) or (lo > 0) != (mid > 0):
        return True
    # no sign change across the rounding interval: a root there would have to touch zero (a double
    # root), which shows as a difference far smaller than the sides themselves
    return abs(mid) <= rtol * max(abs(a), abs(b))


def _solving_value(at: Any, x: float) -> float | None:
    """A value of the unknown that satisfies the equation, nearest to ``x`` on a log grid (bisection
    after a sign change); None when none is found within SEARCH_DECADES of it."""
    if x == 0:
        return None
    sign = 1.0 if x > 0 else -1.0
    grid = [
        sign * abs(x) * 10 ** (k / 8) for k in range(-8 * SEARCH_DECADES, 8 * SEARCH_DECADES + 1)
    ]
    vals = [(g, _residual(at, g)) for g in grid]
    brackets = []
    for (g0, r0), (g1, r1) in itertools.pairwise(vals):
        if r0 is None or r1 is None:
            continue
        if r0 == 0:
            brackets.append((g0, g0))
        elif (r0 > 0) != (r1 > 0):
            brackets.append((g0, g1))
    if not brackets:
        return None
    g0, g1 = min(brackets, key=lambda b: abs(math.log(abs(b[0]) / abs(x))))
    r0 = _residual(at, g0)
    for _ in range(60):
        if g0 == g1 or r0 is None:
            break
        mid = (g0 + g1) / 2
        rm = _residual(at, mid)
        if rm is None:
            return None
        if (rm > 0) == (r0 > 0):
            g0, r0 = mid, rm
        else:
            g1 = mid
    return (g0 + g1) / 2


def _solved_pairs(
    chains: list[Statement],
    symbols: dict[str, str] | None,
    lines: list[str] | None,
    fractions: bool = False,
) -> list[tuple[int, int, str, str, str, list[str]]]:
    """(equation, statement, left, right, unknown, values): each equation with numbers and one
    unknown, and the next statement that states that unknown's value, where both can be read
    (with ``fractions``, a value written as a calculation in bare numbers too)."""
    from .step_check import _symbol_read_as_unit
    from .substitution_check import _NEW_PART

    parts = [n for n, ln in enumerate(lines or []) if _NEW_PART.match(ln)]
    out = []
    for i, eq in enumerate(chains):
        sides = _sides(eq)
        if sides is None:
            continue
        left, right = sides
        if not (re.search(r"\d", left) and re.search(r"\d", right)):
            continue
        for j in range(i + 1, min(len(chains), i + 1 + LOOKAHEAD)):
            stated = _stated_values(chains[j], fractions)
            if stated is None or chains[j].line_no - eq.line_no > LOOKAHEAD:
                continue
            if any(eq.line_no < p <= chains[j].line_no for p in parts):
                break  # another part of the answer: its unknown is another one
            symbol, values = stated
            pattern = _symbol_pattern(symbol)
            if not (pattern.search(left) or pattern.search(right)):
                continue
            if symbol in (left.strip(), right.strip()):
                break  # 'x = 5' then 'x = 7': a new value, not a solution of an equation
            if _is_unit_letter(symbol) and re.search(
                r"\d\s*" + re.escape(symbol) + r"(?![\w])", eq.text
            ):
                break  # 'V' both an unknown and volts after a number: ambiguous
            if not all(_only_numbers_and_units(side, symbol) for side in (left, right)):
                break  # another symbol, a coefficient glued to letters, or words
            if any(
                re.fullmatch(r"[-+\d.\s×x*^()]+[A-Za-zΩ]{1,2}", v)
                and _symbol_read_as_unit(v, "", symbols or {})
                for v in values
            ):
                break  # '0.01 A' where A is an area: not a unit
            out.append((i, j, left, right, symbol, values))
            break
    return out


def unsolved_values(
    chains: list[Statement], symbols: dict[str, str] | None = None, lines: list[str] | None = None
) -> list[Unsolved]:
    """Values stated for an unknown that do not satisfy the equation just before them. ``symbols``:
    letters the response or question defines (a value's unit letter that is one is not checked);
    ``lines``: the response's lines (a new part, '(b)', between equation and value: not checked)."""
    out = []
    for i, j, left, right, symbol, values in _solved_pairs(chains, symbols, lines):
        problem = _check_value(left, right, symbol, values)
        if problem is not None:
            out.append(
                Unsolved(
                    i, j, _message(symbol, values[-1], chains[i], problem), _as(values[-1], problem)
                )
            )
    return out


def solved_values(
    chains: list[Statement], symbols: dict[str, str] | None = None, lines: list[str] | None = None
) -> list[int]:
    """The statements whose stated value of an unknown does satisfy the equation just before it
    ('0.4x = 2.6 − 0.6x' then 'x = 2.6'): put back in as written (its own sign, its own unit, no
    conversion), the two sides agree within the rounding of the written value, and the equation
    depends on the unknown. These are steps checked, never a failure."""
    from .expression import evaluate_segment
    from .step_check import written_tolerance

    out = []
    for _i, j, left, right, symbol, values in _solved_pairs(chains, symbols, lines, True):
        if _TRIG.search(left + right) or _SKIP.search(left + " = " + right):
            continue
        written = values[-1]
        seg = evaluate_segment(written)
        if seg.value is None:
            continue
        x0 = float(seg.value.magnitude)
        if x0 == 0 or not math.isfinite(x0):
            continue
        at = _evaluator(left, right, symbol, written, x0, True)
        if at is None:
            continue
        here, there = _residual(at, x0), _residual(at, 1.5 * x0)
        if here is None or there is None or math.isclose(here, there, rel_tol=1e-9):
            continue  # the unknown cancels: any value would satisfy it
        if _holds_near(at, x0, written_tolerance(seg)):
            out.append(j)
    return out


_CONVERSIONS = (*(10.0**k for k in range(-9, 10) if k), 60.0, 1 / 60, 3600.0, 1 / 3600)
"""Factors by which a value with a unit may differ from an equation written without units (the
equation in an implied unit: cm, g, kJ, minutes)."""


def _check_value(left: str, right: str, symbol: str, values: list[str]) -> float | None:
    """None when one of the written values satisfies the equation under some reading, or when that
    cannot be told; else the value that solves it, nearest the last written one (in its unit)."""
    from .expression import evaluate_segment
    from .step_check import written_tolerance
    from .unit_text import long_name

    unitless = _UNIT_WORD.search(_symbol_pattern(symbol).sub(" ", left + " = " + right)) is None
    trig = _TRIG.search(left + right) is not None
    if trig and not _angles_unambiguous(left + " = " + right, symbol):
        return None
    failed = []
    for written in values:
        seg = evaluate_segment(written)
        if seg.value is None:
            return None
        if trig and not re.search(r"degree|radian", long_name(seg.value.units)):
            return None  # an angle without its unit: degrees or radians
        x0 = float(seg.value.magnitude)
        if x0 == 0 or not math.isfinite(x0):
            return None
        rtol = written_tolerance(seg)
        for units in (True,) if trig else (True, False):
            at = _evaluator(left, right, symbol, written, x0, units)
            if at is None:
                continue
            factors = _CONVERSIONS if (not units and seg.has_units and unitless) else ()
            for x in (x0, -x0, *(x0 * f for f in factors)):
                held = _holds_near(at, x, rtol)
                if held is None or held:
                    return None  # cannot tell, or it holds under this reading
            failed.append((at, x0))
    if not failed:
        return None
    at, x0 = failed[-1]
    return _solving_value(at, x0)  # no solving value found: not shown, so not flagged


def _as(written: str, root: float) -> Any:
    """The solving value with the written value's unit."""
    from .expression import evaluate_segment

    value = evaluate_segment(written).value
    return None if value is None else value.__class__(root, value.units)


def _message(symbol: str, written: str, equation: Statement, root: float) -> str:
    from .expression import evaluate_segment
    from .quantities import format_number
    from .step_check import clip
    from .unit_text import unit_label

    unit = unit_label(evaluate_segment(written).value.units)
    solves = f"{symbol} = {format_number(root)} {unit}".rstrip()
    return (
        f"{symbol} = {written} does not satisfy the equation it is solved from "
        f"('{clip(equation.text.strip(), 70)}'): put back in, its two sides differ beyond the "
        f"rounding of the written value; {solves} solves it"
    )
