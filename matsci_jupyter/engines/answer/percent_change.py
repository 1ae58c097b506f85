"""A percentage change of a quantity the library computes at the new state from its stated base value.

'The modulus of fully dense alumina is 380 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what is the percentage
change in the modulus when the porosity is 5.0 vol%?' The library's relation gives the value at the
new state (the porous modulus, E); the question gives the value at the base state (E₀). The relative
change is (X_new − X_base)/X_base × 100 % (Callister & Rethwisch use this definition for every
'percent change' they ask; the base is the state the question starts from).

The question is solved once more as 'What is the <quantity> <condition>?' (its condition, 'when the
porosity is 5.0 vol%', kept), and the change is taken against the base value. Answered only when all
of these hold (precision first):

* the ask is 'the percentage change in <quantity> when/if/on …' or 'by what percentage does
  <quantity> change/increase/decrease when/if/on …', asked in percent or in no unit;
* the reworded question is answered, and its answer's name shares a word with <quantity>;
* the relation maps the quantity at a base state to the same quantity at the new state (two
  symbols of the output's dimension, both named by the asked quantity's last word);
* exactly one stated value has the answer's dimension: that is the base (two would leave open which
  one the change is measured from);
* a change asked as an increase (a decrease) is answered, as a positive number, only when the value
  rises (falls); the other way round is refused. 'Change' is answered with its sign.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .answer import Answer
from .checks import Check
from .quantities import Reading, Requested, format_number

_Q = r"(?:the\s+|its\s+|their\s+)?(?P<q>[a-z][\w'’\s-]{1,40}?)"
_COND = r"(?P<cond>(?:when|if|as|on|after|upon)\b[^?.]*(?:\.\d[^?.]*)*)"
_ASK_CHANGE = re.compile(
    rf"\b(?:(?:what\s+is|find|calculate|compute|determine|estimate|give)\s+)?(?:the\s+)?"
    rf"percent(?:age)?\s+(?P<dir>change)\s+(?:in|of)\s+{_Q}\s+{_COND}[?.]",
    re.I,
)
_ASK_BY_WHAT = re.compile(
    rf"\bby\s+(?:what|how\s+many)\s+percent(?:age)?\s+(?:points?\s+)?(?:does|will|would|do)\s+{_Q}\s+"
    rf"(?P<dir>change|increase|decrease|rise|fall|drop)\s+{_COND}[?.]",
    re.I,
)
_SIGN_NOTE = re.compile(
    r"\(?\s*\b(?:give|with|state|keep)\s+(?:the|its)\s+sign\b[^.)]*\.?\s*\)?", re.I
)
# a quantity named as a change itself (ΔL, an elongation), not the value at a new state
CHANGE_NAMED = re.compile(
    r"Δ|δ|\b(?:change|increase|decrease|rise|drop|fall|difference|elongation|extension|expansion|"
    r"contraction|shrinkage|deflection|gain|loss|shift|reduction)s?\b",
    re.I,
)
UP = ("increase", "rise")
DOWN = ("decrease", "fall", "drop")


def words(text: str) -> set[str]:
    """The content words of ``text``, singular ('strains' → 'strain'), for matching quantity names."""
    return {w.rstrip("s") for w in re.findall(r"[a-z]{3,}", text.lower())} - {"the", "its", "and"}


def givens_in_unit(reading: Reading, units: Any) -> list[Any]:
    """The givens of ``reading`` (counted as givens, no temperature change) convertible to ``units``:
    the stated values of the asked quantity's kind."""
    from .irrelevant import counts_as_given

    same = []
    for g in reading.givens:
        if g.quantity is None or g.kind == "delta_t" or not counts_as_given(g, reading.text):
            continue
        try:
            g.quantity.to(units)
        except Exception:
            continue
        same.append(g)
    return same


def _maps_base_to_new(relation_name: str, value: object, quantity_name: str) -> bool:
    """The relation takes the same quantity at the base state and gives it at the new one: besides the
    output it has exactly one symbol of the output's dimension, and both symbols' labels hold the
    asked quantity's last word ('modulus of the non-porous material' → 'modulus of the porous
    material'). A relation that makes one quantity from another of the same unit (a tensile strength
    from a yield strength) is no base-to-new relation."""
    from ...units import get_registry
    from .relations import by_name

    try:
        rel = by_name(relation_name)
    except KeyError:
        return False
    ureg = get_registry()
    head = quantity_name.lower().split()[-1].rstrip("s")
    same = []
    for sym in rel.symbols:
        try:
            ureg.Quantity(1, sym.unit).to(value.units)  # type: ignore[attr-defined]
        except Exception:
            continue
        same.append(sym)
    return len(same) == 2 and all(head in sym.label.lower() for sym in same)


def try_percent_change(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """The signed percentage change against the stated base value; None when not that question."""
    text = reading.text
    m = _ASK_CHANGE.search(text) or _ASK_BY_WHAT.search(text)
    if m is None:
        return None
    if requested is not None and "percent" not in requested.unit.tags:
        return None
    quantity_name = m.group("q").strip()
    rest = _SIGN_NOTE.sub(" ", text[m.end() :]).strip()
    reworded = f"{text[: m.start()]}What is the {quantity_name} {m.group('cond').strip()}? {rest}"
    from .solver import _solve, read_question

    sub = _solve(reworded.strip())
    if sub.quantity is None or not (words(sub.target or "") & words(quantity_name)):
        return None
    if CHANGE_NAMED.search(sub.target or "") or CHANGE_NAMED.search(sub.relation or ""):
        return None  # the answer is itself a change (ΔL), not the value at the new state
    if not _maps_base_to_new(sub.relation or "", sub.quantity, quantity_name):
        return None
    sub_reading, refusal = read_question(reworded.strip())
    if refusal is not None or sub_reading is None:
        return None
    same = givens_in_unit(sub_reading, sub.quantity.units)
    if len(same) != 1:
        return None
    base = float(same[0].quantity.to(sub.quantity.units).magnitude)
    new = float(sub.quantity.magnitude)
    if base == 0:
        return None
    change = (new - base) / base
    direction = m.group("dir").lower()
    from .solver import refuse

    unit = requested.text if requested else None
    value = change
    if direction in UP + DOWN:
        up = direction in UP
        if (change > 0) != up:
            return refuse(
                question,
                f"the question asks by what percentage the {quantity_name} {direction}s, and by the "
                f"data it {'falls' if up else 'rises'} ({format_number(100 * change)} %); no number "
                "is given",
                unit=unit,
            )
        value = abs(change)
    from ...units import get_registry

    answer_q = get_registry().Quantity(100 * value, "percent")
    if requested is not None:
        answer_q = answer_q.to(requested.unit.units)
    return replace(
        sub,
        question=question,
        quantity=answer_q,
        unit_requested=unit,
        checks=[
            *sub.checks,
            Check(
                "givens",
                True,
                f"base value {same[0].describe()} is the one value of that dimension",
            ),
        ],
        steps=[
            *sub.steps,
            f"base value: {same[0].describe()}; new value: {format_number(new)}",
            f"change = (new − base)/base = {format_number(100 * change)} %"
            + ("" if value == change else f"; asked as the size of the {direction}"),
        ],
        target=f"percentage change in {quantity_name}",
        relation=f"percent_change_of_{sub.relation}",
    )
