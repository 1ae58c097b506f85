"""'How many times larger is X than Y?' and 'What is the ratio of X to Y?': two quantities of one body.

The data of the question describe one body (a composite, an alloy at one temperature) and the ask
compares two quantities of it ('How many times larger is its longitudinal modulus than its
transverse modulus?', 'What is the ratio of the mass of α to the mass of liquid?'). Each is solved on
its own as 'What is X?' with the same data, and the answer is X/Y, a pure number (X is converted to
Y's unit first; a pair of another dimension is not compared).

'The mass of P' in a ratio of two phases of one alloy is read as the mass fraction of P: both
masses are the fractions times the one total mass, so the ratio is the ratio of the fractions.

Read only when the two quantities are solved by two different relations: then the words that set
X apart from Y chose the relation, so the solver honoured them. A comparison of one quantity in two
states or of two materials ('the creep rate at 750 °C than at 700 °C', 'of ceramic A than that of
glass B') is one relation twice with a qualifier the sub-question might not honour, and is left to
refuse as before. 'How many times smaller' (which some read as Y/X, others as 1 − X/Y) is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

_TIMES = re.compile(
    r"\bhow\s+many\s+times\s+(?:larger|greater|higher|bigger|stiffer)\s+is\s+(?P<a>[^?.;]+?)\s+"
    r"than\s+(?P<b>[^?.;]+?)\s*(?:\?|\.|$)",
    re.I,
)
_RATIO = re.compile(
    r"\bwhat\s+is\s+the\s+ratio\s+of\s+(?P<a>[^?.;]+?)\s+to\s+(?P<b>[^?.;]+?)\s*(?:\?|\.|$)", re.I
)
# 'that of glass B', 'the one in …': a pointer, not a quantity the sub-question could ask
_POINTER = re.compile(r"^(?:that|those|the\s+one|it|its\s+value)\b", re.I)
_MASS_OF = re.compile(r"^(?:the\s+)?mass\s+of\s+(?:the\s+)?(?P<p>\S+(?:\s+phase)?)$", re.I)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position ``at`` begins."""
    ends = [m.end() for m in re.finditer(r"[.?!](?:\s|$)|\n", text[:at])]
    return ends[-1] if ends else 0


def _fraction_pair(a: str, b: str) -> tuple[str, str]:
    """'the mass of α' / 'the mass of liquid' as the mass fractions of the two phases."""
    ma, mb = _MASS_OF.match(a.strip()), _MASS_OF.match(b.strip())
    if ma and mb:
        return f"the mass fraction of {ma.group('p')}", f"the mass fraction of {mb.group('p')}"
    return a, b


def try_quantity_ratio(question: str, solve_one: Callable[[str], Any]) -> Any | None:
    """The ratio X/Y asked (module docstring) as an Answer, or None."""
    matches = [m for p in (_TIMES, _RATIO) for m in p.finditer(question)]
    if len(matches) != 1:
        return None
    m = matches[0]
    a, b = m.group("a").strip(), m.group("b").strip()
    if not a or not b or _POINTER.match(b) or _POINTER.match(a):
        return None
    a, b = _fraction_pair(a, b)
    start = _sentence_start(question, m.start())
    lead = question[start : m.start()].strip(" ,")
    if lead and not re.fullmatch(r"(?:so|then|now|and|also)?", lead, re.I):
        return None  # a condition written before the ask ('If the stress is raised, …')
    stem = (question[:start] + " " + question[m.end() :]).strip()
    if not stem:
        return None
    first = solve_one(f"{stem} What is {a}?")
    second = solve_one(f"{stem} What is {b}?")
    if not (first.ok and second.ok) or not first.relation or not second.relation:
        return None
    if first.relation == second.relation:
        return None  # one relation twice: the qualifier that tells X from Y may be unread
    try:
        ratio = (first.quantity / second.quantity).to("dimensionless")
    except Exception:
        return None
    value = float(ratio.magnitude)
    if not value > 0:
        return None
    steps = [
        f"{a} = {first.quantity:~P} ({first.relation})",
        f"{b} = {second.quantity:~P} ({second.relation})",
        f"ratio = {a} / {b} = {value:.4g}",
    ]
    return two_sided_answer(first, second, question, ratio, steps, f"ratio of {a} to {b}")


def two_sided_answer(
    first: Any, second: Any, question: str, ratio: Any, steps: list[str], target: str
) -> Any:
    """One Answer for a value computed from two solved sides (``first`` / ``second``): their steps and
    notes kept, ``steps`` (how they combine) after them, the dimensionless ``ratio`` as the result."""
    return replace(
        first,
        question=question,
        quantity=ratio,
        unit_requested=None,
        steps=[*first.steps, *second.steps, *steps],
        relation=f"{first.relation} / {second.relation}",
        target=target,
        notes=[*first.notes, *second.notes],
    )
