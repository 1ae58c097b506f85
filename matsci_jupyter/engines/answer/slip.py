"""A wrong intermediate line that the rest of the working does not carry.

A worked answer can write one value wrongly and still go on with the right one: '1/d² = 1/0.82² +
4/0.94² + 9/0.75² = 0.22 nm⁻²' (the sum is 22.0) followed by 'd = 1/√22.0 = 0.21 nm'; or solve an
equation wrongly on paper ('N(1 - 1.0083) = 480(1.0083 - 1)', which gives N = -480) and still state
the value the equation before it gives (N ≈ 4). The slip is real, but it is not what the result
rests on. :func:`uncarried` says so for a wrong step when the working shows which value went on:

* the final answer is what the step really gives;
* a later calculation takes the recomputed value as an operand (a number that appears nowhere
  before, and not as that calculation's result), and neither a later line nor the final answer
  writes the wrong one;
* for a wrong solved form of an equation in one unknown: the final answer is a root of the
  equation before it (within the final answer's rounding) and none of the wrong form's;
* the step's left side is a formula in one symbol ('1/d²'), a later line gives that symbol a value
  ('Hence, d = 0.21 nm'), and the formula at that value (within its written rounding) is the
  recomputed value and not the written one.

Whenever the wrong value could have gone on (a later line or the final answer agrees with it, or
nothing shows which value was used) the step stays a failed check. Numbers are compared as written
(bare magnitudes in the step's own unit), within 2 % or half a unit in their last written digit.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Sequence
from typing import Any

from .prose import Statement
from .step_check import ARITHMETIC_RTOL, Step

_NUMBER = re.compile(
    r"(?<![\w.^_])(\d+(?:\.(\d+))?)(?:\s*(?:[eE]\s*([-+−]?\d+)|[×x*]\s*10\s*\^\s*\(?\s*([-+−]?\d+)\)?))?"
)


def written_numbers(text: str) -> list[tuple[float, float]]:
    """Every number written in ``text`` as (value, absolute tolerance): 2 % of it, or half a unit
    in its last written digit when that is larger ('22.0' ± 0.44, '4' ± 0.5, '3.9e2' ± 8)."""
    out = []
    for m in _NUMBER.finditer(text.replace("−", "-")):
        exp = m.group(3) or m.group(4)
        power = 10.0 ** int(exp.replace("−", "-")) if exp else 1.0
        value = float(m.group(1)) * power
        decimals = len(m.group(2) or "")
        last = 0.5 * 10.0**-decimals * power
        out.append((value, max(ARITHMETIC_RTOL * abs(value), last)))
    return out


def _matches(value: float, numbers: Sequence[tuple[float, float]]) -> bool:
    """Whether ``value`` is one of the written ``numbers`` (up to sign: prose drops signs)."""
    return value != 0 and any(abs(abs(value) - abs(n)) <= tol for n, tol in numbers)


def _magnitudes(step: Step) -> tuple[list[float], list[float]] | None:
    """(recomputed, written) as bare numbers: in the written value's unit, and each as it stands."""
    if step.recomputed is None or step.written is None:
        return None
    r, w = step.recomputed, step.written
    rs, ws = [], [float(getattr(w, "magnitude", w))]
    with contextlib.suppress(Exception):  # different dimensions: as they stand only
        rs.append(float(r.to(w.units).magnitude))
    rs.append(float(getattr(r, "magnitude", r)))
    return [x for x in rs if math.isfinite(x)], [x for x in ws if math.isfinite(x)]


def uncarried(
    index: int,
    steps: Sequence[Step],
    chains: Sequence[Statement],
    final_value: Any,
    final_text: str,
    before: str,
) -> str | None:
    """Why wrong step ``index`` is a slip the working does not carry, or None when the wrong value
    may have gone on. ``chains`` are the statements the steps were read from (one each);
    ``final_text`` is the final answer as written; ``before`` is the question's text, whose
    numbers (with the lines before the step) cannot show that a later line took the right value."""
    step = steps[index]
    final = float(final_value.magnitude) if final_value is not None else None
    finals = written_numbers(final_text)[-1:] if final_text else []
    if (
        step.kind in ("arithmetic", "algebra", "substitution")
        and step.recomputed is not None
        and final is not None
        and index != len(steps) - 1
    ):
        try:
            x = float(step.recomputed.to(final_value.units).magnitude)
        except Exception:
            x = float(step.recomputed.magnitude)
        carried = _written_is(step.written, final_value)  # the wrong result itself went on
        if x != 0 and math.isclose(x, final, rel_tol=ARITHMETIC_RTOL) and not carried:
            return "the final answer is what that step really gives"
    if step.right_roots and finals:
        right = [r for r in step.right_roots if _matches(r, finals)]
        if right and not any(_matches(w, finals) for w in step.wrong_roots):
            return (
                f"the final answer {finals[0][0]:g} is what the equation before it gives "
                f"({right[0]:.4g}), not what the wrong form gives"
                + (
                    f" ({', '.join(f'{w:.4g}' for w in step.wrong_roots)})"
                    if step.wrong_roots
                    else ""
                )
            )
    mags = _magnitudes(step) if step.kind == "arithmetic" else None
    if mags is None or index >= len(chains):
        return None
    recomputed, written = mags
    later = [n for st in chains[index + 1 :] for n in written_numbers(st.text)] + finals
    earlier = written_numbers(before) + [
        n for st in chains[: index + 1] for n in written_numbers(st.text)
    ]
    if any(_matches(w, later) for w in written):
        return None  # the wrong value is written again: it may have gone on
    # the recomputed value as an operand of a later calculation ('d = 1/√22.0 = 0.21 nm'), not as
    # a later result, which could be what the wrong value gives further on ('y = 14 + 1 = 15')
    used = [
        (st_no, n)
        for st_no, st in enumerate(chains[index + 1 :], start=index + 2)
        for n in written_numbers(" ; ".join(st.sides[:-1]))
        if any(_matches(r, [n]) for r in recomputed) and not _matches(n[0], earlier)
    ]
    if not used:
        return _left_side_agrees_later(index, chains, recomputed, written)
    st_no, (value, _tol) = used[0]
    return (
        f"step {st_no} goes on with {value:g}, the recomputed value, not the written {written[0]:g}"
    )


def _left_side_agrees_later(
    index: int, chains: Sequence[Statement], recomputed: list[float], written: list[float]
) -> str | None:
    """Why a later line shows the recomputed value went on: the step's left side is a formula in
    one symbol, a later 'symbol = value' line gives it a value, and the formula there (over the
    value's written rounding, with 2 % slack) brackets the recomputed magnitude and not the written
    one. Bare magnitudes: a later value in another unit simply fails to agree (None)."""
    import sympy

    from .symbolic_check import parse_side

    expr = parse_side(chains[index].sides[0])
    if expr is None or len(expr.free_symbols) != 1:
        return None
    (symbol,) = expr.free_symbols
    if expr == symbol:
        return None  # 'x = …' restated later is a copy of the result, not a check of it
    f = sympy.lambdify(symbol, expr, "math")
    for st_no, st in enumerate(chains[index + 1 :], start=index + 2):
        if len(st.sides) != 2 or re.split(r"[\s,:]+", st.sides[0].strip())[-1] != str(symbol):
            continue
        values = written_numbers(st.sides[1])
        if len(values) != 1:
            continue
        value, tol = values[0]
        try:
            ends = sorted((float(f(value - tol)), float(f(value + tol))))
        except (ArithmeticError, TypeError, ValueError):
            return None
        low, high = ends[0] * (1 - ARITHMETIC_RTOL), ends[1] * (1 + ARITHMETIC_RTOL)
        if any(low <= r <= high for r in recomputed) and not any(low <= w <= high for w in written):
            return (
                f"step {st_no} gives {symbol} = {value:g}, which makes "
                f"'{chains[index].sides[0]}' {f(value):.4g}, the recomputed value, not the "
                f"written {written[0]:g}"
            )
    return None


def _written_is(written: Any, final_value: Any) -> bool:
    """Whether a wrong step's written result is the final value itself (to 1e-9): then the final
    carries the slip, though the two may lie within rounding of what the step really gives."""
    if written is None or final_value is None:
        return False
    try:
        w = float(written.to(final_value.units).magnitude)
    except Exception:
        try:
            w = float(written.magnitude)
        except Exception:
            return False
    return math.isclose(w, float(final_value.magnitude), rel_tol=1e-9)
