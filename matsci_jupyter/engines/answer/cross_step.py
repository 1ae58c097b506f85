"""Symbolic slips the step-by-step checks leave alone, each proven without the right answer.

* **Sides that are constant multiples of each other.** ``(3/2)R × 2 + (7/2)R × 1 = (15/2)R`` has the
  same symbols on both sides and their ratio is a pure number (13/15), so the equation could only
  hold if R were zero. Whatever the symbols stand for (a gas constant, a letter run such as ``mg``
  read as one name), the written equality is false. This holds for a two-sided statement with
  prose before it, which :mod:`.symbolic_check` does not compare (it takes the first side for a
  name). Left alone: sides that differ only in sign (a sign slip in prose is not checked, as for
  numeric steps), ratios within the rounding of the decimals written, approximations ('≈'), and
  any side that is not plain algebra.
* **A solved value written with a unit.** ``(π/6) t = π/3`` then ``t = 1/2 seconds``: the
  equation is unitless, the solved form carries a unit word, so :mod:`.calculus_check` leaves the
  pair alone (a unit could be a symbol). When the unit's letters are not a symbol of the equation,
  the unit is dropped and the pair compared as pure numbers. A solved value that is the root
  times a unit conversion factor (a power of ten, 60, 3600, π/180 and their inverses) is taken
  as converted, not wrong. The result closing a longer solved chain ('x = (14 + 2)/4 = 4') is put back the same way.
* **A side rewritten wrongly.** An equation copied to the next line with one side kept word for
  word and the other turned into a different function of the same names (a constant multiple, or
  different at every sampled point): both cannot hold, so the rewrite is wrong. A bare name kept
  ('KE = …' twice) may take a new value and is left alone.

Each finding is ``(statement index, message)``; the index is the step that goes wrong.
"""

from __future__ import annotations

import itertools
import math
import re

from .prose import Statement

RATIO_RTOL = 0.02  # rounding of written decimals, as for numeric steps
_CONVERSIONS = tuple(
    [10.0**k for k in range(-9, 10)]
    + [60.0, 3600.0, 1 / 60, 1 / 3600, math.pi / 180, 180 / math.pi]
)
_TRAILING_UNIT = re.compile(
    r"^(?P<value>.*?[\d)])\s*(?P<unit>[A-Za-zΩ°][A-Za-z/^\-\d ]*?)\s*[.,;:]?\s*$"
)


def cross_step_problems(statements: list[Statement]) -> list[tuple[int, str]]:
    """Every (statement index, why it is wrong) the classes above find, in order."""
    out: list[tuple[int, str]] = []
    for i, st in enumerate(statements):
        try:
            problem = proportional_problem(st)
        except Exception:  # sympy on odd input: not checked
            problem = None
        if problem is not None:
            out.append((i, problem))
    for i, problem in [
        *solved_with_unit_problems(statements),
        *rewritten_side_problems(statements),
    ]:
        if all(j != i for j, _ in out):
            out.append((i, problem))
    return sorted(out)


def rewritten_side_problems(statements: list[Statement]) -> list[tuple[int, str]]:
    """An equation rewritten on the next line with one side kept word for word and the other
    turned into a constant multiple of itself: '(W/2.5 − W/2)(50 − x) = (W/2) y' then
    '(W/5)(50 − x) = (W/2) y' (the bracket is −W/10, not W/5). Both equations cannot hold unless
    the kept side is zero, so the rewrite is wrong. The changed sides must both write numbers of
    their own (computations, not names), and the same names; a sign-only change is left alone, and
    so is a kept side that is a bare name ('KE = ½mu²' then 'KE = ¼mu²' may give the name a new
    value after a bounce)."""
    from .calculus_check import _math_tail

    out: list[tuple[int, str]] = []
    for i in range(1, len(statements)):
        first, second = statements[i - 1], statements[i]
        if len(first.sides) != 2 or len(second.sides) != 2:
            continue
        if not 0 < second.line_no - first.line_no <= 2:
            continue
        a = [re.sub(r"\s+", "", _math_tail(first.sides[0])), re.sub(r"\s+", "", first.sides[1])]
        b = [re.sub(r"\s+", "", _math_tail(second.sides[0])), re.sub(r"\s+", "", second.sides[1])]
        for kept in (0, 1):
            changed = 1 - kept
            if a[kept] != b[kept] or a[changed] == b[changed] or not _names(a[kept]):
                continue
            own_number = re.search(r"\d", re.sub(r"[_^]\(?[\w.]+\)?", " ", a[kept]))
            if not own_number and not re.search(r"[-+/×*·]", a[kept]):
                break  # a bare name kept ('K.E. = ½mu²' then 'K.E. = ¼mu²'): it may be a new value
            try:
                problem = _pair_problem(a[changed], b[changed]) or _differ(a[changed], b[changed])
            except Exception:  # sympy on odd input: not checked
                problem = None
            if problem is not None:
                out.append((i, f"rewritten with '{a[kept]}' kept on the other side, but {problem}"))
            break
    return out


def proportional_problem(statement: Statement) -> str | None:
    """Why the first two sides of ``statement`` cannot be equal (a constant ratio other than ±1).

    Both sides must be computations, not names: each writes a number of its own (not a subscript
    or exponent), so ``(A_1)/(A_2) = ((A_1)/(2^3))/((A_2)/(2^7))`` (a ratio named, then the same
    letters used for other values) is left alone; so is a side with a letter run glued to a digit
    ('T1', 'v0': a subscript, not a product) or a 'Δ' (ΔC is one name, not Δ × C), and sides that
    do not write the very same names."""
    from .calculus_check import _math_tail

    if "≈" in statement.text or len(statement.sides) < 2:
        return None
    texts = [_math_tail(statement.sides[0]), *statement.sides[1:]]
    for ta, tb in itertools.pairwise(texts):
        problem = _pair_problem(ta, tb)
        if problem is not None:
            return problem
    return None


def _pair_problem(ta: str, tb: str) -> str | None:
    import sympy as sp

    from .symbolic_check import parse_side

    for t in (ta, tb):
        if "Δ" in t or re.search(r"[A-Za-zα-ωΑ-Ω]\d", t):
            return None
        if not re.search(r"\d", re.sub(r"[_^]\(?[\w.]+\)?", " ", t)):
            return None  # no coefficient of its own: a name, not a computation
    if not _names(ta) or _names(ta) != _names(tb):
        return None  # no symbol (plain numbers are step_check's), or different names
    a, b = parse_side(_runs_as_names(ta)), parse_side(_runs_as_names(tb))
    if a is None or b is None or not a.free_symbols or a.free_symbols != b.free_symbols:
        return None
    if len(a.free_symbols) > 6 or sp.count_ops(a) + sp.count_ops(b) > 60:
        return None
    ratio = sp.simplify(a / b)
    if ratio.free_symbols or not ratio.is_number:
        return None
    try:
        r = float(ratio)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(r) or r == 0:
        return None
    from .calculus_check import rounding_rtol

    # half a unit in the last digit of the least precise decimal written ('0.3' stands for 1/3)
    rtol = max(RATIO_RTOL, rounding_rtol(ta + " " + tb)) if re.search(r"\d\.\d", ta + tb) else 1e-9
    if abs(abs(r) - 1) <= rtol:
        return None  # equal, or equal up to sign (sign slips are not checked)
    names = ", ".join(sorted(str(sym).removeprefix("Q_") for sym in a.free_symbols))
    return (
        f"'{ta.strip()}' and '{tb.strip().rstrip('.').strip()}' are the same function of {names} "
        f"up to a constant factor: the first is {r:.4g} times the second, so they cannot be equal"
    )


_RUN = re.compile(r"(?<![A-Za-z_\\^])([A-Za-z]{2,3})(?![A-Za-z_(])")
_FUNCTIONS = {"sin", "cos", "tan", "cot", "sec", "csc", "ln", "log", "exp", "pi"}


def _runs_as_names(text: str) -> str:
    """'3mg - mg' → '3Q_mg - Q_mg': a letter run ('mg', 'RT', 'kT') is one name on both sides.
    Whether it is a product of symbols or a unit (milligram), the two sides' ratio is the same, so
    reading it as one name can never make an equal pair look unequal."""
    return _RUN.sub(lambda m: m.group(1) if m.group(1) in _FUNCTIONS else f" Q_{m.group(1)} ", text)


def _differ(ta: str, tb: str) -> str | None:
    """Two sides in the same names that differ as functions at every sampled point (not only in
    sign), as :func:`.symbolic_check.compare` finds; letter runs read as one name."""
    from .symbolic_check import ARITHMETIC_RTOL, compare, parse_side

    if "Δ" in ta + tb or re.search(r"[A-Za-zα-ωΑ-Ω]\d", ta + tb):
        return None
    if not _names(ta) or _names(ta) != _names(tb):
        return None
    a, b = parse_side(_runs_as_names(ta)), parse_side(_runs_as_names(tb))
    if a is None or b is None:
        return None
    found = compare(a, b, ARITHMETIC_RTOL if re.search(r"\d\.\d", ta + tb) else 1e-6)
    if found is None:
        return None
    point, x, y = found
    at = ", ".join(f"{str(k).removeprefix('Q_')} = {v:g}" for k, v in point.items())
    return f"'{ta}' and '{tb}' are not equal: at {at} the first is {x.real:.5g} and the second {y.real:.5g}"


def _names(text: str) -> set[str]:
    """The letter names a side writes ('R', 'C_v', 'π'), numbers and operators aside."""
    return set(re.findall(r"[A-Za-zα-ωΑ-Ω]+(?:_[A-Za-z0-9]+)?", text))


def solved_with_unit_problems(statements: list[Statement]) -> list[tuple[int, str]]:
    """A unitless equation followed by its solved form written with a unit word, whose value does
    not satisfy it (see the module docstring)."""
    from .calculus_check import _equation_problem, _is_unit, _math_tail
    from .symbolic_check import parse_side

    out: list[tuple[int, str]] = []
    for i in range(1, len(statements)):
        first, second = statements[i - 1], statements[i]
        if len(first.sides) != 2 or len(second.sides) < 2:
            continue
        if not 0 <= second.line_no - first.line_no <= 3:
            continue
        last = second.sides[-1].strip()
        m = _TRAILING_UNIT.match(last)
        if m is not None:
            unit, value = m.group("unit").strip(), m.group("value").strip()
        elif len(second.sides) > 2:  # 'x = (12)/(3) = 4': the result closing the chain
            unit, value = "", last.rstrip(".,;: ").strip()
        else:
            continue  # a bare two-sided solved form is calculus_check's
        if (unit and not _is_unit(unit)) or re.search(r"[A-Za-z]", value):
            continue
        letters = set(re.findall(r"[A-Za-z]", first.sides[0] + first.sides[1]))
        if letters & set(unit):
            continue  # 'E^0 = 1.21 V' after an equation in V: the unit may be a symbol
        symbol = _math_tail(second.sides[0]).strip()
        equation = first.sides[0] + " " + first.sides[1]
        if symbol not in _names(equation):
            continue  # the solved symbol must be one the equation writes
        if re.search(r"sin|cos|tan|exp|ln|log|e\^|√|sqrt|\^\s*\(?\s*[-\d.]*[A-Za-z]", equation):
            continue  # polynomial equations only: sympy solves others slowly or not at all
        left = parse_side(symbol)
        if left is None or not left.is_Symbol:
            continue
        try:
            stripped = Statement(second.text, (second.sides[0], value), second.line_no)
            problem = _equation_problem(first, stripped)
        except Exception:  # sympy on odd input: not checked
            problem = None
        if problem is None or _converted(first, stripped, value):
            continue
        note = f" (the unit '{unit}' is set aside: the equation has none)" if unit else ""
        out.append((i, problem + note))
    return out


def _converted(first: Statement, second: Statement, value: str) -> bool:
    """Whether the written value, times some unit conversion factor, satisfies ``first``: then it
    is the root converted to the unit written ('2t = 10' then 't = 300 s' with t in minutes)."""
    from .calculus_check import _equation_problem

    for factor in _CONVERSIONS:
        if factor == 1.0:
            continue
        scaled = Statement(second.text, (second.sides[0], f"({value})*{factor!r}"), second.line_no)
        try:
            if _equation_problem(first, scaled) is None:
                return True
        except Exception:  # unreadable: assume a conversion, never a false alarm
            return True
    return False


def mark_cross_step(steps: list, chains: list[Statement]) -> None:
    """Mark the steps (one per chain, as :func:`.step_check.read_steps` returns them) that the
    classes above prove wrong, when nothing before them is wrong already and they were not checked."""
    from .step_check import NOT_CHECKED, WRONG

    if len(steps) != len(chains):
        return
    for i, problem in cross_step_problems(chains):
        if steps[i].status == NOT_CHECKED and not any(s.status == WRONG for s in steps[:i]):
            steps[i].status, steps[i].kind, steps[i].problem = WRONG, "algebra", problem
