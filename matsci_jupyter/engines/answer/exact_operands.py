"""A calculation whose numbers are all exact must give its written result to its written digits.

The step checks allow 2% between a written result and its recomputation, because the numbers that
go into a step are usually rounded results of earlier steps. That allowance is not needed when
nothing rounded went in: '0.012 − 0.00225 = 0.00985', where 0.012 is a number the question gives
and 0.00225 an earlier result that is exactly its own calculation (450/200 000), is wrong (the
difference is 0.00975), though it is within 2%.

A number counts as exact when it is:

* a whole number written without a decimal point;
* a number the question writes (as written there), unless the response also writes it as the
  rounded result of a calculation of its own;
* the written result of an earlier side that equals its recomputation to 1e-9 (units converted).

Only a side made of plain numbers and + − × / ( ) is re-checked, against a next side that is one
plain number (a unit word after it is allowed; its size is compared as written). The result must
match to 0.25% plus half a unit in its last written digit. Left alone: an approximate step ('≈',
'about'), a sign slip, and a result that a power of ten (a unit prefix or a percentage) reconciles.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .prose import Statement

EXACT_RTOL = 0.0025  # as step_check.EXACT_INPUT_RTOL
SAME = 1e-9

_NUMBER = re.compile(r"(?<![\w.^])\d+(?:\.\d+)?(?!\w|\.\d)")
_EXPRESSION = re.compile(r"[\d.\s()+\-−×*/÷·]+")
_OPERATOR = re.compile(r"[+×*/÷·]|(?<=[\d)\s])[-−]")
_RESULT = re.compile(
    r"\s*([-−]?)(\d+)(?:\.(\d+))?\s*(?:[A-Za-zµμ°%][\w/^·\-µμ°]*(?:\s+[A-Za-z][\w/^·\-]*)?)?\s*"
)
_APPROXIMATE = re.compile(r"≈|~|\b(?:approx\w*|about|nearly|roughly|around)\b", re.IGNORECASE)


def _numbers(text: str) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text.replace(",", ""))]


def _plain_value(text: str) -> float | None:
    """The value of a side made of plain numbers and arithmetic only; None otherwise."""
    s = text.strip()
    if not s or not _EXPRESSION.fullmatch(s) or not _OPERATOR.search(s):
        return None
    if re.search(r"\d\s+\d", s):  # '200 000': spaced thousands, or two numbers side by side
        return None
    expr = s.replace("×", "*").replace("·", "*").replace("÷", "/").replace("−", "-")
    if re.search(r"\)\s*\(|\d\s*\(|\)\s*\d", expr):  # '(2)(3)', '2(3)': implied products
        expr = re.sub(r"\)\s*\(", ")*(", expr)
        expr = re.sub(r"(\d)\s*\(", r"\1*(", expr)
        expr = re.sub(r"\)\s*(\d)", r")*\1", expr)
    try:
        value = eval(compile(expr, "<step>", "eval"), {"__builtins__": {}}, {})  # digits only
    except Exception:
        return None
    return float(value) if isinstance(value, int | float) and math.isfinite(value) else None


def _magnitude(seg: Any) -> float | None:
    try:
        return float(seg.value.to_base_units().magnitude)
    except Exception:
        return None


def _is_exact(x: float, exact: list[float], rounded: list[float]) -> bool:
    if float(x).is_integer():
        return True
    if any(math.isclose(x, r, rel_tol=SAME) for r in rounded):
        return False
    return any(math.isclose(x, e, rel_tol=SAME) for e in exact)


def exact_operand_slips(
    chains: list[Statement], question_text: str
) -> list[tuple[int, str, Any, Any]]:
    """Each (chain index, why, the recomputed and the written value as quantities) for a side of
    exact numbers whose written result disagrees with it beyond the digits written."""
    from .step_check import _side, strip_words

    exact = _numbers(question_text)
    rounded: list[float] = []
    out: list[tuple[int, str, Any, Any]] = []
    for index, st in enumerate(chains):
        texts = [strip_words(s) for s in st.sides]
        segs = [_side(s, {}) for s in st.sides]
        found = False
        for k in range(len(segs) - 1):
            ta, a, tb, b = texts[k], segs[k], texts[k + 1], segs[k + 1]
            if a.value is None or b.value is None or not a.has_operator or b.has_operator:
                continue
            x, y = _magnitude(a), _magnitude(b)
            if x is not None and y is not None:
                for w in _numbers(tb):
                    (exact if math.isclose(x, y, rel_tol=SAME) else rounded).append(w)
            if found or _APPROXIMATE.search(st.text):
                continue
            computed = _plain_value(ta)
            m = _RESULT.fullmatch(tb)
            if computed is None or m is None or not computed:
                continue
            operands = _numbers(ta)
            if not any(not n.is_integer() for n in operands):
                continue  # whole numbers only: step_check holds those to 0.25% already
            if not all(_is_exact(n, exact, rounded) for n in operands):
                continue
            written = float(m.group(2) + "." + (m.group(3) or "0"))
            if not m.group(3) and m.group(2).endswith("0"):
                continue  # '= 60': trailing zeros may be rounding
            half = 0.5 * 10.0 ** -len(m.group(3) or "")
            rtol = EXACT_RTOL + half / written if written else 1.0
            value = abs(computed)
            if any(math.isclose(value * 10.0**k, written, rel_tol=rtol) for k in range(-12, 13)):
                continue  # equal, or equal after a unit prefix or a percentage
            out.append(
                (
                    index,
                    f"'{ta.strip()}' evaluates to {value:.6g}, not {written:g}: every number in it "
                    "is exact (the question's, a whole number or an exact earlier result), so "
                    "nothing rounded went in",
                    a.value,
                    b.value,
                )
            )
            found = True
    return out
