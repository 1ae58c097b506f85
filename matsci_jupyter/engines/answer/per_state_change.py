"""How much a quantity changes when one stated variable goes from one value to another, no base given.

'σ₀ = 70 MPa and k = 0.74 MPa·m^½. By what percentage does the yield strength rise when the grain
size is refined from 40 µm to 10 µm?' No value of the asked quantity is stated; the library gives it
at each state from the same other givens. The question is reworded once per state ('What is the
yield strength when the grain size is 40 µm?', then 10 µm), both are solved, and the answer is the
difference (in the asked unit) or the relative change in percent, (X₂ − X₁)/X₁ × 100 %, with the
FIRST state as the base (the textbook reading of 'from … to …'; the steps say so).

Answered only when all of these hold (precision first):

* the ask is 'by what percentage does <quantity> increase/decrease/change …' or 'by how much
  (in <unit>) does <quantity> increase/…', and its clause holds exactly one 'from A to B' pair, or
  (with none in the ask) one sentence before the ask does ('the grain size is refined from 40 to
  10 µm. By how much does the yield strength rise?') — the whole question holds no other (two
  variables changing at once are refused);
* no value of the answer's dimension is stated under the asked quantity's name (a stated base
  belongs to percent_change and two_state_change, which take it as the base);
* both states are answered, by the same relation, whose output is not itself a change, and whose
  name shares a word with the asked quantity;
* the two values differ (a value the relation does not use would give no change), and a change asked
  as an increase (a decrease) is answered, as a positive number, only when the value rises (falls).

Units: a difference is given in the asked unit; a percentage in percent.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .answer import Answer
from .checks import Check
from .percent_change import CHANGE_NAMED, DOWN, UP, words
from .quantities import format_number

_NUM = r"[-−]?\d+(?:\.\d+)?(?:\s*(?:×|x|\*)\s*10\^?\s*[-−]?\d+)?"
_PAIR = re.compile(
    rf"\bfrom\s+(?P<a>{_NUM})\s*(?P<ua>[^\s\d,;?.]{{1,10}}(?:\s*/\s*[^\s\d,;?.]{{1,6}})?)?"
    rf"\s+to\s+(?P<b>{_NUM})\s*(?P<ub>[^\s\d,;?.]{{1,10}}(?:\s*/\s*[^\s\d,;?.]{{1,6}})?)?",
    re.I,
)
# the verb before the pair ('is raised', 'rises', 'is refined'), folded into 'is A'
_LEAD = re.compile(r"(?:\b(?:is|are|gets?|was|were)\s+)?(?:\b[a-z]+(?:ed|es|s)\s+)?$", re.I)
_DIRS = r"increase|decrease|change|rise|fall|drop"
_Q = r"(?:the\s+|its\s+|their\s+)?(?P<q>[a-z][\w'’\s-]{1,40}?)"
_ASK_PERCENT = re.compile(
    rf"\bby\s+(?:what|how\s+many)\s+percent(?:age)?\s+(?:does|will|would|do)\s+{_Q}\s+"
    rf"(?P<dir>{_DIRS})\b\s*(?P<cond>[^?]*)\?",
    re.I,
)
_U = r"[^\s?,.()]{1,12}(?:\s*/\s*[^\s?,.()]{1,8})?"
_ASK_DIFF = re.compile(
    rf"\bby\s+how\s+much\s*(?:\(\s*in\s+(?P<u1>{_U})\s*\)\s*|,?\s*in\s+(?P<u2>{_U})\s*,?\s*)?"
    rf"(?:does|will|would|do)\s+{_Q}\s+(?P<dir>{_DIRS})\b\s*(?P<cond>[^?]*)\?",
    re.I,
)


def _state(cond: str, pair: re.Match[str], which: str) -> str:
    """The condition clause with the pair replaced by one of its values ('is 40 µm')."""
    unit = pair.group("ua" if which == "a" else "ub") or pair.group("ub") or ""
    head = cond[: pair.start()]
    lead = _LEAD.search(head)
    head = head[: lead.start()] if lead else head
    value = f"{pair.group(which)} {unit}".strip()
    return f"{head.rstrip()} is {value}{cond[pair.end() :]}".strip()


def try_per_state_change(question: str) -> Answer | None:
    """The change between the two stated states, each solved; None when not that question, or a
    refusal with a reason when it is and no trustworthy number follows."""
    from .solver import read_question, refuse, solve
    from .text import normalize

    text = normalize(question)
    m = _ASK_PERCENT.search(text)
    percent = m is not None
    if m is None:
        m = _ASK_DIFF.search(text)
    if m is None:
        return None
    cond = m.group("cond")
    pairs = list(_PAIR.finditer(cond))
    everywhere = list(_PAIR.finditer(text))
    stated_before = not pairs and len(everywhere) == 1 and everywhere[0].end() <= m.start()
    if len(pairs) != 1 and not stated_before:
        return None
    if len(everywhere) != 1:
        return refuse(
            question,
            "the question gives more than one quantity going from one value to another; which one "
            "the change is asked for is not clear; no number is given",
        )
    unit = None if percent else (m.group("u1") or m.group("u2"))
    q = m.group("q").strip()
    before = text[: m.start()]
    after = text[m.end() :]
    tail = f" Give it in {unit}." if unit else ""
    if stated_before:  # 'The grain size falls from 50 to 10 µm. By how much does σ_y rise?'
        asks = [
            f"{_state(before, everywhere[0], w)} What is the {q}?{tail}{after}" for w in ("a", "b")
        ]
    else:
        asks = [
            f"{before}What is the {q} {_state(cond, pairs[0], w)}?{tail}{after}" for w in ("a", "b")
        ]
    first, second = (solve(a.strip()) for a in asks)
    if first.quantity is None or second.quantity is None:
        return None
    if first.relation != second.relation or not first.relation:
        return refuse(
            question,
            f"the two states are answered by different relations ({first.relation}, "
            f"{second.relation}); no number is given",
            unit=unit,
        )
    if CHANGE_NAMED.search(first.target or "") or not (words(first.target or "") & words(q)):
        return None
    reading, refusal = read_question(asks[0].strip())
    if refusal is not None or reading is None:
        return None
    head = q.lower().split()[-1].rstrip("s")
    for g in reading.givens:
        if g.quantity is None or head not in (g.before or "").lower():
            continue
        try:
            g.quantity.to(first.quantity.units)
        except Exception:
            continue
        return None  # a stated value of the asked quantity: the base-value readers' question
    x1 = first.quantity
    x2 = second.quantity.to(x1.units)
    diff = x2 - x1
    d = float(diff.magnitude)
    direction = m.group("dir").lower()
    if d == 0:
        return refuse(
            question,
            f"the {q} comes out the same at both states ({format_number(float(x1.magnitude))}); the "
            "changed value does not enter the relation, so no number is given",
            unit=unit,
        )
    if direction in UP + DOWN and (d > 0) != (direction in UP):
        return refuse(
            question,
            f"the question asks by how much the {q} {direction}s, and by the data it goes from "
            f"{format_number(float(x1.magnitude))} to {format_number(float(x2.magnitude))} "
            f"{x1.units:~P}, the other way; no number is given",
            unit=unit,
        )
    signed = direction not in UP + DOWN
    from ...units import get_registry

    ureg = get_registry()
    if percent:
        if float(x1.magnitude) == 0:
            return None
        rel = d / float(x1.magnitude)
        result = ureg.Quantity(100 * (rel if signed else abs(rel)), "percent")
        last = (
            f"change = (X₂ − X₁)/X₁ = {format_number(100 * rel)} %, taken against the FIRST state "
            "(the value 'from' which it changes)"
        )
    else:
        result = diff if signed else abs(diff)
        if unit:
            try:
                result = result.to(ureg.Quantity(1, unit).units)
            except Exception:
                return None
        last = f"change = X₂ − X₁ = {format_number(d)} {x1.units:~P}"
    return replace(
        first,
        question=question,
        quantity=result,
        unit_requested="%" if percent else unit,
        checks=[
            *first.checks,
            Check("givens", True, "both states solved by the same relation with the same givens"),
        ],
        steps=[
            f"state 1: {asks[0].strip()}",
            *first.steps,
            f"state 2: {asks[1].strip()}",
            *second.steps,
            f"X₁ = {format_number(float(x1.magnitude))} {x1.units:~P}; "
            f"X₂ = {format_number(float(x2.magnitude))} {x1.units:~P}",
            last,
        ],
        target=f"{'percentage ' if percent else ''}change in {q}",
        relation=f"per_state_change_of_{first.relation}",
    )
