"""Compare the values a response says the question gives with the values the question gives.

Worked answers restate the data before using it: ``Given: a = 0.405 nm, ρ = 2.70 g/cm^3`` or ``We
are given that the load is 850 N``. A restated value that is a mis-copy of one of the question's
values is provably wrong: the same quantity (same dimension, compared in SI units with pint, so a
unit conversion is never a mis-copy) off by an exact power of ten (a dropped or doubled
``× 10^n``, a wrong prefix), or with two adjacent digits swapped. A restated value that matches any
given of its dimension (within 1%, or half or twice it: a radius for a diameter) is fine, and a
value that resembles none is not checked (the response may state an assumption or a constant).
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .quantities import Reading

_GIVEN_LINE = re.compile(
    r"\b(?:we\s+are\s+given|(?:it\s+is|is|are)\s+given\s+(?:that|as)|given\s+that|given\s*:|"
    r"the\s+given\s+(?:values?|data|quantities)|(?:known|data)\s*:)",
    re.I,
)
_GIVEN_HEADER = re.compile(
    r"^\W*(?:given|given\s+(?:data|values|information|quantities)|known|data)\s*:?\W*$", re.I
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d+[.)]|[A-Za-zα-ωΑ-ΩΔ][\w']{0,8}\s*=)")
MATCH_RTOL = 0.01


def stated_as_given(lines: list[str]) -> list[str]:
    """Lines in which the response restates the question's data: 'Given: …', 'we are given …', and
    the list under a 'Given:' heading."""
    from .prose import clauses

    out, in_list = [], False
    for line in lines:
        if _GIVEN_HEADER.match(line):
            in_list = True
            continue
        if in_list and _LIST_ITEM.match(line):
            out.append(line)
            continue
        in_list = False
        m = _GIVEN_LINE.search(line)
        if m:  # only the clause that restates: 'given that L = 50 mm, so ΔL = 5 mm' computes after
            first = clauses(line[m.start() :])
            if first:
                out.append(first[0])
    return out


def _si(q: Any) -> float | None:
    try:
        x = float(q.to_base_units().magnitude)
    except Exception:
        return None
    return x if math.isfinite(x) and x != 0 else None


def _digits(text: str) -> str:
    """Significant digits of the first number as written ('4.05 nm' → '405', '0.450' → '450')."""
    m = re.search(r"\d[\d,]*(?:\.\d*)?|\.\d+", text)
    return re.sub(r"[.,]", "", m.group(0)).lstrip("0") if m else ""


def _transposed(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _miscopy(stated: Any, stated_text: str, given: Any, given_text: str) -> str | None:
    """How ``stated`` is a mis-copy of ``given`` (both with units of one dimension), or None."""
    x, y = _si(stated), _si(given)
    if x is None or y is None:
        return None
    ratio = abs(x / y)
    k = round(math.log10(ratio))
    if k != 0 and math.isclose(ratio, 10.0**k, rel_tol=1e-6):
        return f"off by a factor 10^{k}"
    if math.isclose(abs(x), abs(y), rel_tol=0.5) and _transposed(
        _digits(stated_text), _digits(given_text)
    ):
        return "with two digits swapped"
    return None


def _matches(stated: Any, given: Any) -> bool:
    x, y = _si(stated), _si(given)
    if x is None or y is None:
        return False
    return any(math.isclose(abs(x), abs(y) * f, rel_tol=MATCH_RTOL) for f in (1.0, 0.5, 2.0))


def misquoted_given(reading: Reading | None, lines: list[str]) -> Check | None:
    """A failed check when the response restates one of the question's values wrongly."""
    from .expression import numbers_with_units
    from .unit_text import long_name

    if reading is None:
        return None
    givens = [
        (g.quantity, g.text)
        for g in reading.givens
        if g.kind == "quantity" and g.has_unit and g.quantity is not None
    ]
    if not givens:
        return None
    for line in stated_as_given(lines):
        for q, text, start in numbers_with_units(line):
            if long_name(q.units) in ("dimensionless", "count", "percent"):
                continue
            around = (
                line[max(0, start - 3) : start] + line[start + len(text) : start + len(text) + 3]
            )
            if re.search(r"[×*/÷+]|\^", around):
                continue  # an operand of a calculation, not a value stated
            same = [(g, t) for g, t in givens if g.dimensionality == q.dimensionality]
            if not same or any(_matches(q, g) for g, _t in same):
                continue
            for g, g_text in same:
                how = _miscopy(q, text, g, g_text)
                if how is not None:
                    from .quantities import format_number
                    from .step_check import clip
                    from .unit_text import unit_label

                    shown = f"{format_number(float(g.magnitude), 6)} {unit_label(g.units)}"
                    return Check(
                        "given value",
                        False,
                        f"the response restates a given as {text} ('{clip(line, 60)}'), but the "
                        f"question gives {shown.strip()}: {how}",
                    )
    return None
