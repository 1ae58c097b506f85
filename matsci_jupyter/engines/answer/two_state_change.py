"""How much a quantity changes between a stated base state and a new state (a difference, in a unit).

'A part needs 6 h at 850 °C; at 900 °C instead, how many hours shorter is the treatment?' or 'the
dense modulus is 210 GPa; by how much (in GPa) does 6 vol% porosity lower the modulus?' The
library's relation gives the quantity at the new state from its value at the base state (the
treatment time at the new temperature from the old one; the porous modulus from the dense one). The
question states the base value; the change is new − base, in the asked unit.

The ask is reworded to one for the value at the new state ('how long is the treatment, in hours?',
'what is the modulus …?'), that question is solved with the other givens unchanged, and the
difference is taken against the base value. Answered only when all of these hold (precision first):

* the ask is 'how many <unit> shorter/longer/… ' or 'how much shorter/longer/lower/…', or 'by how
  much (in <unit>) is/does <quantity> lowered/raised/increase/…', with a unit of the answer's
  dimension;
* the reworded question is answered by one relation whose output is not itself a change (ΔL), and
  that relation maps the quantity at one state to the same quantity at the other: it has exactly two
  symbols of the output's dimension (t₁ → t₂, E₀ → E);
* exactly one stated value has the answer's dimension: that is the base (two would leave open which
  state the change is measured from, so the question is refused);
* a change asked as a decrease (shorter, lower, less, reduced) is answered, as a positive number, only
  when the value falls, and an increase only when it rises; the other way round is refused with the
  computed values named.

Units: the answer is in the asked unit (hours, GPa, …); the base and new values are compared in the
unit of the relation's output.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .answer import Answer
from .checks import Check
from .percent_change import CHANGE_NAMED, givens_in_unit
from .quantities import format_number

_UP_WORDS = (
    "longer",
    "higher",
    "more",
    "greater",
    "larger",
    "raised",
    "raise",
    "increased",
    "increase",
    "rise",
)
_DOWN_WORDS = (
    "shorter",
    "lower",
    "less",
    "smaller",
    "lowered",
    "reduced",
    "decreased",
    "decrease",
    "reduce",
    "fall",
    "drop",
)
_DIR = "|".join(_UP_WORDS + _DOWN_WORDS)
_U = r"[^\s?,.()]{1,12}(?:\s*/\s*[^\s?,.()]{1,8})?"
_UNIT = rf"(?P<unit>{_U})"
_IN_UNIT = rf"(?:\(\s*in\s+(?P<u1>{_U})\s*\)\s*|,?\s*in\s+(?P<u2>{_U})\s*,?\s*)?"
# 'how many hours shorter would the cycle be …?'
_HOW_MANY = re.compile(
    rf"\bhow\s+many\s+(?:more\s+|fewer\s+)?{_UNIT}\s+(?P<dir>{_DIR})\s+(?P<rest>[^?]*)\?", re.I
)
# 'how much lower (in GPa) is the modulus of the porous part?'
_HOW_MUCH = re.compile(
    rf"\bhow\s+much\s+(?P<dir>{_DIR})\s*{_IN_UNIT}"
    rf"(?P<rest>[^?]*)\?",
    re.I,
)
# 'by how much (in GPa) is the modulus lowered …?' / 'by how much does the time decrease …?'
_BY_HOW_MUCH = re.compile(
    rf"\bby\s+how\s+much\s*{_IN_UNIT}"
    rf"(?:is|are|does|do|will|would)\s+(?P<q>(?:the\s+|its\s+)?[a-z][\w'’\s-]{{1,40}}?)\s+"
    rf"(?:be\s+)?(?P<dir>{_DIR})\b(?P<rest>[^?]*)\?",
    re.I,
)
# 'by how much (in GPa) does 8 vol% porosity lower the modulus?': the cause is the subject
_BY_HOW_MUCH_CAUSE = re.compile(
    rf"\bby\s+how\s+much\s*{_IN_UNIT}(?:does|do|will|would)\s+(?P<cause>[^?]{{1,60}}?)\s+"
    rf"(?P<dir>lower|reduce|decrease|raise|increase)\s+(?P<q>(?:the|its)\s+[a-z][\w'’\s-]{{1,40}}?)"
    rf"(?P<rest>\s+(?:of|in)\s+[^?]*)?\?",
    re.I,
)
_TIME_UNITS = {
    "h",
    "hr",
    "hrs",
    "hour",
    "hours",
    "min",
    "mins",
    "minute",
    "minutes",
    "s",
    "sec",
    "second",
    "seconds",
    "day",
    "days",
    "year",
    "years",
}


def _unit_of(m: re.Match[str]) -> str | None:
    """The unit written as '(in GPa)' or ', in GPa,' after the ask words, if any."""
    return m.group("u1") or m.group("u2") or None


def _bare(name: str) -> str:
    """'the modulus' → 'modulus' (for messages)."""
    return re.sub(r"^(?:the|its)\s+", "", name)


def _reworded(text: str) -> tuple[str, str, str | None, str] | None:
    """(question asking the value at the new state, direction word, asked unit, what is changed)."""
    m = _HOW_MANY.search(text)
    if m is not None:
        unit = m.group("unit")
        rest = m.group("rest").strip()
        if unit.lower() not in _TIME_UNITS:
            return None  # 'how many MPa higher is …': the value's name is not written; not read
        # 'how many hours shorter would the cycle be for the same depth' → 'how long would the
        # cycle take …, in hours'
        rest = re.sub(
            r"^(would|will|is|are|does|do|could|can|must)\s+(.*?)\s+be\b", r"\1 \2 take", rest
        )
        ask = f"How long {rest}, in {unit}?"
        return text[: m.start()] + ask + text[m.end() :], m.group("dir").lower(), unit, "duration"
    m = _BY_HOW_MUCH_CAUSE.search(text)
    if m is not None:
        unit = _unit_of(m)
        q = m.group("q").strip()
        rest = (m.group("rest") or "").strip()
        ask = f"What is {q} {rest} with {m.group('cause').strip()}".replace("  ", " ")
        ask += f", in {unit}?" if unit else "?"
        return text[: m.start()] + ask + text[m.end() :], m.group("dir").lower(), unit, q
    m = _BY_HOW_MUCH.search(text)
    if m is not None:
        unit = _unit_of(m)
        q = m.group("q").strip()
        ask = f"What is {q} {m.group('rest').strip()}".rstrip() + (f", in {unit}?" if unit else "?")
        return text[: m.start()] + ask + text[m.end() :], m.group("dir").lower(), unit, q
    m = _HOW_MUCH.search(text)
    if m is not None:
        unit = _unit_of(m)
        rest = m.group("rest").strip()
        rest = re.sub(r"^(is|are|will|would)\s+(?:it\s+)?", "", rest)
        if not rest or rest.lower().startswith(("it ", "than")):
            return None  # 'how much longer is it': what 'it' is, is not written here
        ask = f"What is {rest}".rstrip() + (f", in {unit}?" if unit else "?")
        return text[: m.start()] + ask + text[m.end() :], m.group("dir").lower(), unit, rest
    return None


def _two_of_output_dimension(relation_name: str, value: object) -> bool:
    """The relation has exactly two symbols of the output's dimension (one state, the other), and
    neither is a change: ΔV = β V₀ ΔT holds V₀ and ΔV, a state and a change, and solved for V₀ it
    reads the base value as the change, so it maps no state to another."""
    from ...units import get_registry
    from .relations import by_name

    try:
        rel = by_name(relation_name)
    except KeyError:
        return False
    ureg = get_registry()
    same = 0
    for sym in rel.symbols:
        try:
            ureg.Quantity(1, sym.unit).to(value.units)  # type: ignore[attr-defined]
        except Exception:
            continue
        if CHANGE_NAMED.search(sym.label) or re.match(r"(?:d|delta_?)[A-Z]", sym.name):
            return False
        same += 1
    return same == 2


def try_two_state_change(question: str) -> Answer | None:
    """The change from the stated base value to the solved new value; None when not that question,
    or a refusal with a reason when it is and no trustworthy number follows."""
    from .text import normalize

    text = normalize(question)
    read = _reworded(text)
    if read is None:
        return None
    reworded, direction, unit, what = read
    from .solver import read_question, refuse, solve

    sub = solve(reworded)
    if sub.quantity is None or not sub.relation:
        return None
    if CHANGE_NAMED.search(sub.target or "") or CHANGE_NAMED.search(sub.relation or ""):
        return None  # the reworded answer is itself a change, not the value at the new state
    if not _two_of_output_dimension(sub.relation, sub.quantity):
        return None
    sub_reading, refusal = read_question(reworded)
    if refusal is not None or sub_reading is None:
        return None
    same = givens_in_unit(sub_reading, sub.quantity.units)
    if len(same) != 1:
        return refuse(
            question,
            f"the question asks how much the {what} changes, and {len(same)} stated values have its "
            "unit; which one is the starting state is not clear; no number is given",
            unit=unit,
        )
    base = same[0].quantity.to(sub.quantity.units)
    new = sub.quantity
    diff = new - base
    up = direction in _UP_WORDS
    if float(diff.magnitude) == 0 or (float(diff.magnitude) > 0) != up:
        return refuse(
            question,
            f"the question asks how much the {_bare(what)} is {direction}, "
            "and by the data it goes from "
            f"{format_number(float(base.magnitude))} to {format_number(float(new.magnitude))} "
            f"{new.units:~P}, the other way; no number is given",
            unit=unit,
        )
    size = abs(diff)
    if unit:
        from ...units import get_registry

        try:
            size = size.to(get_registry().Quantity(1, unit).units)
        except Exception:
            return None
    return replace(
        sub,
        question=question,
        quantity=size,
        unit_requested=unit,
        checks=[
            *sub.checks,
            Check("givens", True, f"base value {same[0].describe()} is the one value of its unit"),
        ],
        steps=[
            f"reworded to the value at the new state: {reworded}",
            *sub.steps,
            f"base value: {same[0].describe()}; new value: {format_number(float(new.magnitude))} "
            f"{new.units:~P}",
            f"change = |new − base| = {format_number(float(size.magnitude))} {size.units:~P} "
            f"({direction})",
        ],
        target=f"change in {what}",
        relation=f"two_state_change_of_{sub.relation}",
    )
