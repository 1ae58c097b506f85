"""A response that rounds its own non-integer result to meet an integer answer it says is required.

Models told that the answer is a non-negative integer often compute something else (4.52, 0.76,
−1.5) and then write 'Since x must be an integer, we round it to 5' or 'since the answer must be a
non-negative integer, we take the absolute value'. The response itself states that the answer is a
whole (non-negative) number, and its own result is not one: the working that produced it is wrong,
and the rounded number is not derived from anything. The check flags that, showing the result and
the sentence; a result within rounding of a whole number (2.98 → 3, written constants are rounded)
is left alone, and so is a question that itself asks to round ('the integer closest to n') and a
whole number that bounds the result ('round up to 4 trucks', 'at least', 'the maximum number').
"""

from __future__ import annotations

import re

from .checks import Check
from .prose import response_lines, statements
from .step_check import clip, strip_words

OFF_INTEGER_ABS = 0.2
OFF_INTEGER_REL = 0.1
"""A result is 'not a whole number' when it is further than both of these from the nearest integer
(absolute, and relative to the result): 4.52 and 0.76 are not, 3.7 atoms per cell from rounded
data may be."""

_PREMISE = re.compile(
    r"\b(?:must|should|has\s+to|needs?\s+to|is\s+required\s+to|asks?\s+for|will|is|are)\s+(?:also\s+)?(?:be\s+)?"
    r"(?:an?\s+)?(?P<neg>non[- ]?negative\s+|positive\s+|whole\s+)?(?:integer|whole\s+number)",
    re.I,
)
_FORCING = re.compile(
    r"\bround(?:s|ed|ing)?\b|\bnearest\s+(?:integer|whole)|\bclosest\s+(?:integer|whole)|"
    r"\babsolute\s+value\b",
    re.I,
)
_ROUNDING_ASKED = re.compile(
    r"\b(?:closest|nearest)\s+(?:integer|whole)|\b(?:integer|whole\s+number)\s+(?:closest|nearest)\b|"
    r"\bround(?:ed)?\s+(?:off\s+)?to\b|\bround\s+off\b",
    re.I,
)


_BOUND_SEMANTICS = re.compile(
    r"\bround(?:s|ed|ing)?\s+(?:it\s+|this\s+|that\s+|the\s+\w+\s+)?(?:up|down)\b|\bceil|\bfloor|"
    r"\bat\s+(?:least|most)\b|\b(?:minimum|maximum|smallest|largest|greatest|least)\b",
    re.I,
)
"""'Round up to 4 trucks', 'at least 3 layers', 'the maximum number of …': a whole number that
bounds a non-integer result is the right answer, not a forced one."""

_QUANTUM_NUMBER = re.compile(r"\bquantum\s+numbers?\b|\borbits?\b|\blevels?\b", re.I)
_INEQUALITY = re.compile(
    r"[<>≤≥]|\binequalit|\bat\s+(?:least|most)\b|\bexceed|\bgreater|\bless\b", re.I
)
_N_SYMBOL = re.compile(r"\bn(?:_\{?\w+\}?)?\s+(?:must|should|has\s+to)\b")
"""A quantum number fixed by an equation ('n_f/n_i = 2.5') must come out whole: rounding it up to
meet a 'smallest possible' question breaks the equation it came from, unlike a count bounded by an
inequality ('n ≥ 2.6, so at least n = 3'), which stays exempt."""


def forced_integer_check(question: str, response: str) -> Check | None:
    """A failed check when the response rounds (or takes the absolute value of) its own result to
    meet the integer answer it says is required, and that result is not within rounding of a whole
    non-negative number; None otherwise."""
    from .expression import evaluate_segment

    if _ROUNDING_ASKED.search(question):
        return None
    bounded_question = _BOUND_SEMANTICS.search(question) is not None
    lines = response_lines(response)
    found = statements(lines)
    for no, line in enumerate(lines):
        premise = _PREMISE.search(line)
        if premise is None:
            continue
        rest = line[premise.end() :] + " " + (lines[no + 1] if no + 1 < len(lines) else "")
        if not _FORCING.search(rest):
            continue
        bounding = bounded_question or _BOUND_SEMANTICS.search(rest) is not None
        context = " ".join(lines[max(no - 3, 0) : no + 1])
        quantum = bool(
            _QUANTUM_NUMBER.search(line)
            or (_N_SYMBOL.search(line) and _QUANTUM_NUMBER.search(question))
        ) and not _INEQUALITY.search(context)
        if quantum:
            bounding = False  # a quantum number from an equation is whole, never rounded
        before = [
            s
            for s in found
            if s.line_no < no or (s.line_no == no and line.find(s.text) < premise.start())
        ]
        before = [s for s in before if s.line_no >= no - 2]
        if not before:
            continue
        last = before[-1]
        seg = evaluate_segment(strip_words(last.sides[-1]))
        if seg.value is None:
            continue
        value = float(seg.value.magnitude)
        off = abs(value - round(value))
        # a negative result made positive ('take the absolute value') is forced whatever the rounding
        negative = value < 0 and premise.group("neg") is not None and "absolute" in rest.lower()
        not_whole = off > OFF_INTEGER_ABS and (
            quantum or off > OFF_INTEGER_REL * max(abs(value), 1.0)
        )  # a quantum number comes from exact relations, not from rounded data
        if not (negative or (not_whole and not bounding)):
            continue
        what = "a non-negative whole number" if premise.group("neg") else "a whole number"
        return Check(
            "forced integer",
            False,
            f"the response's own result is {value:.4g} ('{clip(last.text.strip(), 50)}'), yet it "
            f"says the answer must be {what} and forces it ('{clip(line.strip(), 80)}'): the "
            "working that gave that result is wrong, and the adjusted number is not derived",
        )
    return None
