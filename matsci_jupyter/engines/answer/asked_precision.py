"""The final answer against the precision the question asks for and the response's own result.

A question that fixes the precision ('to three decimal places', 'give four decimal places',
'correct up to the 2nd decimal digit') fixes what the answer is once the value is known. When the
response computes its own result (ε = ln 1.25 ≈ 0.223; f = 1/48.86 = 0.02047) and then states a
final answer, written to no more than the asked decimals, that the result does not round to (0.22;
0.0204), the final answer is wrong at the asked precision by the response's own numbers. The
slack is half a unit of the asked last place plus half a unit of the last place the result is
written to (a result written as 0.625 may round either way at two decimals); an answer written with
more decimals than asked is never held to this.
"""

from __future__ import annotations

import re
from typing import Any

from .checks import Check
from .step_check import clip

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DECIMALS_ASKED = re.compile(
    r"\b(\d|one|two|three|four|five|six)\s+decimal(?:s\b|\s+(?:places?|digits?)\b)|"
    r"\bup\s+to\s+the\s+(\d)(?:st|nd|rd|th)\s+decimal\s+(?:place|digit)\b",
    re.I,
)
_NUMBER = re.compile(r"[-+−]?\d+(?:\.(\d+))?(?:\s*(?:[×x*]\s*10\s*\^|[eE][-+]?\d))?")
CLOSE = 0.1
"""The response's own result is taken for the same quantity as the final answer only within 10 %
(a transposed digit, 0.5143 → 0.541, stays within it)."""


def asked_decimals(question: str) -> int | None:
    """The number of decimal places the question asks for, or None."""
    m = _DECIMALS_ASKED.search(question)
    if m is None:
        return None
    text = (m.group(1) or m.group(2)).lower()
    return _WORDS.get(text) or int(text)


def _written_decimals(text: str) -> int | None:
    """Decimals of the last plain number in ``text`` ('0.0204' → 4); None for scientific notation."""
    found = list(_NUMBER.finditer(text))
    if not found:
        return None
    last = found[-1]
    if re.search(r"[×x*eE]", last.group(0)):
        return None
    return len(last.group(1) or "")


def computes_final(side: str, value: float, places: int) -> bool:
    """``side`` is a calculation left unfinished ('E = 1.103 − 0.02958 × 1.3979 = 1.103 − 0.0413')
    whose value is the final answer at the asked precision: the final answer is that result, not a
    re-rounding of an earlier one. Its unit is the final answer's (it is read as a plain number)."""
    from .expression import evaluate_segment
    from .step_check import strip_words

    bare = strip_words(side)
    if len(re.findall(r"\d+(?:\.\d+)?", bare)) < 2:
        return False
    seg = evaluate_segment(bare)
    if seg.value is None:
        return False
    try:
        got = float(seg.value.magnitude)
    except (TypeError, ValueError):
        return False
    return abs(got - value) <= 0.5 * 10.0**-places + 1e-12


def precision_check(question: str, quantity: Any, response: str) -> Check | None:
    """A failed check when the final answer, written to at most the asked decimals, is not what
    the response's own last result rounds to (see the module docstring); None otherwise."""
    from .expression import evaluate_segment
    from .prose import final_answer, response_lines, statements, transforms_symbol
    from .step_check import strip_words

    places = asked_decimals(question)
    if places is None or quantity is None:
        return None
    lines = response_lines(response)
    final = final_answer(lines)
    if final is None:
        return None
    final_places = _written_decimals(final.text)
    if final_places is None or final_places > places:
        return None
    value = float(quantity.magnitude)
    try:
        final_at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    for st in reversed(statements(lines[:final_at])):
        if transforms_symbol(st.sides[0]):
            continue  # 'sin θ_c = 0.658': the value of a function of the result, not the result
        side = strip_words(st.sides[-1])
        if computes_final(side, value, places):
            return None
        seg = evaluate_segment(side)
        if seg.value is None:
            continue
        try:
            own = float(seg.value.to(quantity.units).magnitude)
        except Exception:  # another quantity: not the result the final answer states
            continue
        if own == 0 or abs(own - value) > CLOSE * abs(own):
            continue
        own_places = _written_decimals(side)
        if own_places is None:
            return None
        slack = 0.5 * 10.0**-places + 0.5 * 10.0**-own_places + 1e-12
        if abs(own - value) <= slack:
            return None
        return Check(
            "asked precision",
            False,
            f"the question asks for {places} decimal places; the response's own result "
            f"'{clip(st.text.strip(), 50)}' gives {own:.{places}f} at that precision, but its final "
            f"answer is {value:.{final_places}f}",
        )
    return None
