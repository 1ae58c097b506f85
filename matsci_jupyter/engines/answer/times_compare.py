"""'How many times larger / smaller / faster is A than B?': one comparison asked as a pure number.

The ask names two values A and B and a comparative; the answer is a dimensionless factor, A/B for
an upward comparative (larger, greater, higher, faster, more, longer, stiffer, ...). A downward one
(smaller, lower, slower, shorter, less, ...) is refused: some read it B/A, others A/B.
Forms read:

* 'how many times CMP is A than B', 'by what factor is A CMP than B', 'by what factor does A
  exceed B' (upward), 'A is how many times CMP than B';
* B written as a pointer that repeats A's quantity with another qualifier: 'the planar density of
  the (110) planes than that of the (100) planes', 'its vacancy concentration at 600 °C than at
  500 °C', 'along [110] than along [100]': B is A with its last phrase of that preposition swapped;
* a shared head noun written once: 'its weight-average than its number-average molecular weight';
* a verb asked for a quantity: 'how many times faster does carbon diffuse in X than in Y' (the
  diffusion coefficients), 'how many times more light does X reflect than Y' (the reflectivities).

A and B are each solved as 'What is A?' with the rest of the question (the two sub-questions differ
only in the qualifier). Refused (None) when either is not solved, when the two are of different
dimensions, when one quantity in two states gives one value (the qualifier was not read, or the
state needs a given stated once), when the factor contradicts the comparative (below 1), or when A
or B is only a pointer with nothing to repeat ('than the other').
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .quantity_ratio import two_sided_answer

_UP = (
    r"larger|greater|higher|bigger|stiffer|faster|more|longer|stronger|denser|heavier|wider|"
    r"thicker|harder|tougher"
)
_DOWN = r"smaller|lower|slower|shorter|less|fewer|weaker|lighter|narrower|thinner|softer"
_CMP = rf"(?P<cmp>{_UP}|{_DOWN})"
_END = r"\s*(?:\?|\.(?:\s|$)|$)"
_FORMS = [
    re.compile(
        rf"\bhow\s+many\s+times\s+{_CMP}\s+(?:is|are)\s+(?P<a>[^?;]+?)\s+than\s+(?P<b>[^?;]+?){_END}",
        re.I,
    ),
    re.compile(
        rf"\bby\s+what\s+factor\s+(?:is|are)\s+(?P<a>[^?;]+?)\s+{_CMP}\s+than\s+(?P<b>[^?;]+?){_END}",
        re.I,
    ),
    re.compile(
        rf"\bby\s+what\s+factor\s+(?:does|do)\s+(?P<a>[^?;]+?)\s+(?P<cmp>exceed)\s+(?P<b>[^?;]+?){_END}",
        re.I,
    ),
    re.compile(
        rf"(?:^|(?<=[.?!\n]))\s*(?P<a>[^.?!;\n]+?)\s+(?:is|are)\s+how\s+many\s+times\s+{_CMP}\s+than\s+"
        rf"(?P<b>[^?;]+?){_END}",
        re.I,
    ),
]
# verbs asked for the quantity they stand for: 'diffuse faster' is a larger diffusion coefficient
_VERBS = {
    "diffuse": "the diffusion coefficient of {s}",
    "diffuses": "the diffusion coefficient of {s}",
    "reflect": "the reflectivity of {s}",
    "reflects": "the reflectivity of {s}",
}
_VERB_DIFFUSE = re.compile(
    rf"\bhow\s+many\s+times\s+(?P<cmp>faster|slower)\s+(?:does|do)\s+(?P<s>[^?;]+?)\s+"
    rf"(?P<v>diffuse)\s+(?P<qa>(?:in|into|through|along)\s+[^?;]+?)\s+than\s+"
    rf"(?P<qb>(?:in|into|through|along)\s+[^?;]+?)(?P<tail>\s+at\s+[^?;]+?)?{_END}",
    re.I,
)
_VERB_REFLECT = re.compile(
    rf"\bhow\s+many\s+times\s+(?P<cmp>more|less)\s+(?:of\s+the\s+(?:incident\s+)?light\s+|light\s+)?"
    rf"(?:does|do)\s+(?P<a>[^?;]+?)\s+(?P<v>reflect)\s+than\s+(?P<b>[^?;]+?){_END}",
    re.I,
)
_PREPS = r"of|at|in|for|along|on|across|through|between|under|with|from|into"
# 'that of the (100) planes', 'those at 500 °C', 'at 500 °C', 'in γ-Fe'
_POINTER_B = re.compile(
    rf"^(?:(?:that|those|the\s+one|the\s+ones)\s+)?(?P<p>{_PREPS})\s+(?P<q>.+)$", re.I
)
_BARE = re.compile(
    r"^(?:that|those|it|they|the\s+other|the\s+others?|the\s+one|its\s+value)$", re.I
)
_DET = re.compile(r"^(?:the|its|their|a|an)\s+", re.I)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position ``at`` begins."""
    ends = [m.end() for m in re.finditer(r"[.?!](?:\s|$)|\n\s*\n", text[:at])]
    return ends[-1] if ends else 0


def _complete_pointer(a: str, b: str) -> str | None:
    """B written as a pointer ('that of X', 'at 500 °C') as A with that phrase swapped, or None."""
    m = _POINTER_B.match(b)
    if not m:
        return b
    prep, rest = m.group("p").lower(), m.group("q").strip()
    hits = [h for h in re.finditer(rf"\s{prep}\s", a, re.I)]
    if not hits:
        return None
    # the last phrase of that preposition in A is the qualifier B swaps
    return a[: hits[-1].start()] + f" {prep} " + rest


def _share_head(a: str, b: str) -> tuple[str, str]:
    """'its weight-average' / 'its number-average molecular weight': the head written once."""
    da, db = _DET.sub("", a), _DET.sub("", b)
    wa, wb = da.split(), db.split()
    if len(wa) == 1 and len(wb) > 1 and "-" in wa[0] and "-" in wb[0]:
        return f"{a} {' '.join(wb[1:])}", b
    if len(wb) == 1 and len(wa) > 1 and "-" in wb[0] and "-" in wa[0]:
        return a, f"{b} {' '.join(wa[1:])}"
    return a, b


def _parse(question: str) -> tuple[str, str, bool, bool, int, int] | None:
    """(A, B, downward, pointer, start, end) of the one comparison asked, or None."""
    found: list[tuple[str, str, bool, bool, int, int]] = []
    for form in _FORMS:
        for m in form.finditer(question):
            a, b = m.group("a").strip(), m.group("b").strip()
            down = bool(re.fullmatch(_DOWN, m.group("cmp"), re.I))
            found.append(
                (a, b, down, False, m.start("a") if form is _FORMS[3] else m.start(), m.end())
            )
    for m in _VERB_DIFFUSE.finditer(question):
        head = _VERBS[m.group("v").lower()].format(s=m.group("s").strip())
        tail = m.group("tail") or ""
        a = f"{head} {m.group('qa').strip()}{tail}"
        b = f"{head} {m.group('qb').strip()}{tail}"
        down = m.group("cmp").lower() == "slower"
        found.append((a, b, down, True, m.start(), m.end()))
    for m in _VERB_REFLECT.finditer(question):
        head = _VERBS[m.group("v").lower()]
        a, b = head.format(s=m.group("a").strip()), head.format(s=m.group("b").strip())
        found.append((a, b, m.group("cmp").lower() == "less", True, m.start(), m.end()))
    if len(found) != 1:
        return None
    a, b, down, pointer, start, end = found[0]
    if not a or not b or _BARE.match(a) or _BARE.match(b):
        return None
    if _POINTER_B.match(b) and not pointer:
        completed = _complete_pointer(a, b)
        if completed is None:
            return None
        b, pointer = completed, True
    elif re.match(r"^(?:that|those|the\s+ones?)\b", b, re.I):
        return None  # 'than that' with nothing after it to swap
    else:
        a, b = _share_head(a, b)
    return a, b, down, pointer, start, end


def try_times_compare(question: str, solve_one: Callable[[str], Any]) -> Any | None:
    """The factor asked (module docstring) as an Answer, or None."""
    parsed = _parse(question)
    if parsed is None:
        return None
    a, b, down, pointer, at, end = parsed
    if down:
        # 'how many times smaller is A than B' is read B/A by some and A/B by others (an older class
        # test, tests/test_quantity_ratio.py, holds it refused): only the upward comparison is answered
        return None
    start = _sentence_start(question, at)
    lead = question[start:at].strip(" ,")
    if lead and re.match(
        r"^(?:if|when|whenever|after|before|once|suppose|supposing|upon|should)\b", lead, re.I
    ):
        return None  # a condition written before the ask ('If the stress is raised, …'): one state
    stem = (question[:at] + " " + question[end:]).strip()
    if not stem:
        return None
    first = solve_one(f"{stem} What is {a}?")
    second = solve_one(f"{stem} What is {b}?")
    if not (first.ok and second.ok) or not first.relation or not second.relation:
        return None
    if not pointer and first.relation == second.relation:
        # two quantities named apart come from two relations (one relation for both would mean
        # the words that tell them apart went unread); one quantity in two states is checked below
        return None
    try:
        ratio = (first.quantity / second.quantity).to("dimensionless")
    except Exception:
        return None
    value = float(ratio.magnitude)
    if not value > 0 or abs(value - 1.0) < 1e-9:
        return None  # one value for two states: the qualifier, or a second given, is missing
    if down:
        ratio, value = 1 / ratio, 1 / value
    if value <= 1.0:
        return None  # the numbers contradict the comparative asked: a misread, not an answer
    word = "B/A" if down else "A/B"
    steps = [
        f"A = {a} = {first.quantity:~P} ({first.relation})",
        f"B = {b} = {second.quantity:~P} ({second.relation})",
        f"factor = {word} = {value:.4g}",
    ]
    return two_sided_answer(first, second, question, ratio, steps, f"factor {word}: {a} vs {b}")
