"""A fraction given as a percentage: the response computes 0.559 and answers '0.559 %'.

When a question asks for a percentage ('the percent reduction in area', 'what percentage of the
alloy …') and the response's own last result is the bare fraction v (a ratio with no factor 100 and
no % in it: '91.59/163.84 = 0.559'), a final answer of 'v %' is a hundred times too small: the
fraction v is 100·v %. Only a result written as a plain number equal to the final answer's digits
counts; a computation that multiplies by 100 or already speaks of percent is never flagged.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .step_check import clip

_PERCENT_ASKED = re.compile(r"\bpercent(?:age)?\b|%", re.I)
_COMPUTED = re.compile(r"\d\s*[-+−×*/÷]\s*\(?\s*\d")
_PERCENT_WRITTEN = re.compile(r"%|\bpercent|\b100\b|×\s*10\^2|\*\s*10\s*\*\*\s*2")


def percent_of_fraction_check(question: str, quantity: Any, response: str) -> Check | None:
    """A failed check when the final answer is 'v %' and the response's own last result is the
    bare fraction v (see the module docstring); None otherwise."""
    from .expression import evaluate_segment
    from .prose import response_lines, statements
    from .step_check import strip_words
    from .unit_text import long_name

    if quantity is None or long_name(quantity.units) != "percent":
        return None
    if not _PERCENT_ASKED.search(question):
        return None
    value = float(quantity.magnitude)
    if not 0 < abs(value) < 1:
        return None  # 'v %' with v ≥ 1 reads as a percentage whatever the working
    lines = response_lines(response)
    for st in reversed(statements(lines)):
        if len(st.sides) < 3 or _PERCENT_WRITTEN.search(st.text):
            continue
        last = evaluate_segment(strip_words(st.sides[-1]))
        before = evaluate_segment(strip_words(st.sides[-2]))
        if last.value is None:
            continue
        if long_name(last.value.units) != "dimensionless":
            continue
        written = float(last.value.magnitude)
        if not math.isclose(written, value, rel_tol=0.01):
            continue
        if before.value is None:
            # 'amorphous part = 1 - x_c = 1 - 0.5788': the symbolic side names it, the last side
            # computes the fraction itself from plain numbers
            if not _COMPUTED.search(strip_words(st.sides[-1])):
                continue
        elif long_name(before.value.units) != "dimensionless" or not math.isclose(
            float(before.value.magnitude), written, rel_tol=0.02
        ):
            continue
        if adds_a_percentage(st.sides, question):
            continue  # 'C_x = 0.10 + 1.10 × 0.2538' with 0.10 wt% given: the sum is in percent
        return Check(
            "percent",
            False,
            f"the response's own result is the fraction {written:g} ('{clip(st.text.strip(), 50)}'), "
            f"which is {100 * written:.4g} %; its final answer writes {value:g} %",
        )
    return None


_PERCENT_GIVEN = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|wt\s*%|at\s*%|mol\s*%)", re.I)


def adds_a_percentage(sides: tuple[str, ...], question: str) -> bool:
    """Whether a side adds or subtracts, as a term of its own, a value the question gives in
    percent: the result is then a percentage itself (a concentration profile, an offset
    composition), not a fraction. A ratio of percentages (the lever rule) cancels them and is not
    such a sum."""
    from .residual import text_terms

    given = {float(m.group(1)) for m in _PERCENT_GIVEN.finditer(question)}
    if not given:
        return False
    for side in sides:
        terms = text_terms(side)
        if len(terms) < 2:
            continue
        for term in terms:
            t = term.strip().lstrip("+-−").strip()
            if re.fullmatch(r"\d+(?:\.\d+)?", t) and float(t) in given:
                return True
    return False


_PERCENT_LABEL = re.compile(r"(?:^|[\s*(])(?:percent(?:age)?\b|%\s*[A-Za-z])", re.I)
_HUNDRED = re.compile(r"%|(?<![\d.])100(?![\d.])|10\s*\^\s*\(?\s*2|10²|\bhundred\b", re.I)
_PERCENT_VALUE = re.compile(r"\d\s*(?:%|percent\b|wt|at\.?\s*%|mol\s*%)", re.I)


def labelled_percent_check(
    question: str, lines: list[str], final_text: str, value: Any
) -> Check | None:
    """A failed check when the final answer names its value a percentage ('percent crystallinity =
    0.464') but gives a bare number below 1 that is the response's own plain fraction: nothing in
    the response multiplies by 100 or writes '%', so the percentage is 100 times the number. A
    question that gives values in percent stands aside (a product of a percentage and a fraction
    is a percentage)."""
    from .expression import evaluate_segment
    from .prose import statements
    from .step_check import strip_words
    from .unit_text import long_name

    if value is None or long_name(value.units) != "dimensionless":
        return None
    v = float(value.magnitude)
    if not 0 < v < 1 or not _PERCENT_ASKED.search(question) or _PERCENT_VALUE.search(question):
        return None
    parts = re.split(r"=|≈|\bis\b", final_text)
    if len(parts) != 2 or not _PERCENT_LABEL.search(" " + parts[0]):
        return None
    if not re.fullmatch(r"\s*\**\s*\d*\.\d+\s*\**\s*\.?\s*", parts[1]):
        return None  # only a bare decimal number: '0.464 (46.4 %)' or '0.464 %' is another case
    if any(_HUNDRED.search(ln) for ln in lines):
        return None
    final_at = max((i for i, ln in enumerate(lines) if final_text.strip() in ln), default=0)
    decimals = len(parts[1].strip(" *.").split(".")[-1])
    tol = 0.01 + 0.5 * 10.0**-decimals / v  # rounding to the decimals the final writes
    for st in reversed(statements(lines[:final_at])):
        last = evaluate_segment(strip_words(st.sides[-1]))
        if last.value is None or last.has_units:
            continue
        y = float(last.value.magnitude)
        if 0 < y < 1 and math.isclose(y, v, rel_tol=tol):
            return Check(
                "percent",
                False,
                f"the final answer calls {v:g} a percentage, but it is the response's own "
                f"fraction ('{clip(st.text.strip(), 50)}', no factor 100 anywhere): as a "
                f"percentage it is {100 * y:.4g} %",
            )
    return None
