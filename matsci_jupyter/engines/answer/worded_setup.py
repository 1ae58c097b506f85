"""A set-up the question states in words that the relation's reading of the givens misses.

Found by neighbour round 17 (tests/data/answer_neighbours17.py); each function returns a reason
to refuse, or None:

* :func:`asked_cell_edge_refusal` — the lattice constant (cell edge, nm or Å) asked and Bragg's law
  answered with the interplanar spacing d: the two differ by √(h² + k² + l²).
* :func:`later_change_refusal` — a given changed afterwards in words ('its yield strength is then
  raised by a third'): the relation reads the value as first stated.
* :func:`magnitude_sign_refusal` — the magnitude (size) asked and the relation's value negative.
* :func:`zero_kelvin_field_refusal` — the field stated at 0 K is not the one the critical-field
  law took as H_C(0) (the two fields read in the other roles).
* :func:`inside_medium_refusal` — a ray that starts inside the glass (or water) fed to Snell's law
  written for light entering from air.
* :func:`relaxation_ask_refusal` — the relaxation time τ answered when the ask is a time to reach
  another stress ('after how many seconds is the stress half its initial value').
* :func:`bending_orientation_refusal` — a rectangular bar whose orientation in the test is stated
  ('tested with the 10 mm side vertical', 'loaded on edge'): which side is the depth d is not read.
"""

from __future__ import annotations

import re
from typing import Any

_CELL_EDGE_ASK = re.compile(
    r"\blattice\s+(?:constant|parameter|spacing\s+a)\b|\bcell\s+(?:edge|constant|parameter|"
    r"dimension|length)\b|\bedge\s+(?:length\s+)?of\s+(?:the\s+)?(?:cubic\s+)?(?:unit\s+)?cell\b"
    r"|\bcube\s+edge\b",
    re.I,
)


def _ask(question: str) -> str:
    from .quantities import ask_clause
    from .text import normalize

    text = normalize(question)
    clause = ask_clause(text)
    if clause:
        return clause
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]
    return sentences[-1] if sentences else text


def asked_cell_edge_refusal(question: str, target: str | None) -> str | None:
    """The cell edge asked ('the lattice constant', 'the edge of the unit cell') while the answer is
    the interplanar spacing d of Bragg's law."""
    if (target or "").strip().lower() != "interplanar spacing":
        return None
    ask = _ask(question)
    if not _CELL_EDGE_ASK.search(ask) or re.search(r"\b(?:interplanar|d[- ]spacing)\b", ask, re.I):
        return None
    return (
        "the question asks for the lattice constant (the cell edge), and Bragg's law gives the "
        "interplanar spacing d; the two differ by √(h² + k² + l²) of the reflection, so d is not "
        "the answer"
    )


_FRACTION_WORD = r"(?:a|one|two)[- ](?:half|third|quarter|fourth|fifth|sixth|tenth)s?"
_LATER_CHANGE = re.compile(
    r"\b(?:raised|increased|reduced|lowered|decreased|cut|boosted|dropped|improved)\s+by\s+"
    rf"{_FRACTION_WORD}\b"
    r"|\b(?:is|are|was|were)\s+(?:then|subsequently|later|afterwards)\s+"
    r"(?:doubled|halved|tripled|trebled|quadrupled)\b",
    re.I,
)
# asks that are about the change itself (a factor, a ratio, a percent change)
_CHANGE_ASKED = re.compile(
    r"\bfactor\b|\bratio\b|\bpercent|%|\bhow\s+many\s+times\b|\bchange\b|\bcompared\b", re.I
)


def later_change_refusal(question: str) -> str | None:
    """A given changed afterwards in words ('then raised by a third', 'is then doubled') with the
    new state asked: the relation reads each given as first stated."""
    from .text import normalize

    text = normalize(question)
    ask = _ask(question)
    data = text.replace(ask, " ") if ask else text
    m = _LATER_CHANGE.search(data)
    if m is None or _CHANGE_ASKED.search(ask):
        return None
    return (
        f"the question changes a given afterwards ('{m.group(0)}'), and the relation reads each "
        "given as first stated; no number is given (state the changed value)"
    )


_MAGNITUDE_ASK = re.compile(r"\bmagnitudes?\b|\babsolute\s+value\b|\bsize\s+of\b", re.I)


def is_negative(quantity: Any) -> bool:
    """The relation's value is a number below zero (False when there is none to read)."""
    try:
        return float(quantity.magnitude) < 0
    except (TypeError, ValueError, AttributeError):
        return False


def magnitude_sign_refusal(question: str, quantity: Any) -> str | None:
    """The magnitude asked ('the magnitude of its magnetization') and the value negative."""
    if quantity is None or not _MAGNITUDE_ASK.search(_ask(question)):
        return None
    if not is_negative(quantity):
        return None
    return (
        f"the question asks for a magnitude and the relation gives {quantity:~P} with its sign; "
        "no signed number is given for a size"
    )


_ZERO_K_FIELD = re.compile(
    r"\bat\s+(?:0|zero)\s*(?:K\b|kelvin\b|absolute\s+zero\b)|\bat\s+absolute\s+zero\b"
    r"|\bH_?\{?[cC]\}?\s*\(\s*0\s*(?:K\s*)?\)|\bH_?[cC]0\b|\bB_?[cC]\s*\(\s*0\s*\)",
)
# a written number with its power of ten ('1.12 × 10^5', '3.3E4'): group 1 is the mantissa
_NUMBER = re.compile(
    r"(?<![\w.])(\d+(?:[.,]\d+)*)(?:\s*(?:×|x|\*)\s*10\s*\^?\s*[-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+|[eE][-+]?\d+)?"
)
# a number and its unit just before the 0 K marker ('1.12 × 10^5 A/m at 0 K')
_UNIT_TAIL = re.compile(r"\s*(?:[kMG]?A/m|A\s*m\^?-1|[mk]?T|Oe|G|gauss|tesla)?\s*$")
_STEP_ZERO_K = re.compile(r"^critical\s+field\s+at\s+0\s*K\s*:\s*([-\d.,]+)", re.I)


def _digits(number: str) -> str:
    """The significant digits of a written number ('65' and '6.5' and '65,000' give '65')."""
    return re.sub(r"[.,]", "", number).lstrip("0").rstrip("0")


def zero_kelvin_field_refusal(question: str, relation: str | None, steps: list[str]) -> str | None:
    """The question ties a field to 0 K ('its critical field at 0 K is 65 kA/m', 'H_C(0) = …'),
    and the critical-field law took another of the stated fields as H_C(0)."""
    if not relation or "superconductor_critical_field" not in relation:
        return None
    used = next((m.group(1) for s in steps if (m := _STEP_ZERO_K.match(s.strip()))), None)
    if used is None:
        return None
    from .text import normalize

    text = normalize(question)
    stated: str | None = None
    for m in _ZERO_K_FIELD.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        found = [f for f in _NUMBER.finditer(before) if _UNIT_TAIL.fullmatch(before[f.end() :])]
        n = found[-1] if found else _NUMBER.search(text[m.end() : m.end() + 30])
        if n is not None:
            stated = n.group(1)
            break
    if stated is None or _digits(stated) == _digits(used):
        return None
    return (
        f"the question states the field at 0 K as {stated}, and the critical-field law read "
        f"{used} as H_C(0); the fields were read in the wrong roles (an applied field above "
        "H_C(0) leaves no superconducting state), so no number is given"
    )


_INSIDE_MEDIUM = re.compile(
    r"\b(?:inside|within|travel(?:l)?ing\s+in|propagating\s+in)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:glass|water|medium|crystal|fib(?:re|er)|plastic|polymer|diamond|slab|"
    r"block|prism|quartz|sapphire)\b"
    r"|\bfrom\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:glass|water|diamond|quartz|medium|polymer|"
    r"plastic|crystal)\s+(?:in)?to\s+(?:the\s+)?air\b"
    r"|\b(?:leav\w*|exit\w*|emerg\w*)\s+(?:from\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:glass|water|"
    r"medium|slab|block|prism|crystal)\b",
    re.I,
)


def inside_medium_refusal(question: str, relation: str | None) -> str | None:
    """Snell's law written for light entering a medium from air, fed a ray that starts inside the
    medium (it may be totally reflected, and its angle in air is not sin⁻¹(sin θ / n))."""
    if not relation or "snell_refraction_from_air" not in relation:
        return None
    from .text import normalize

    sentences = [x for x in re.split(r"(?<=[.?!])\s+", normalize(question).strip()) if x]
    data = [x for x in sentences[:-1] if "?" not in x]  # the ask may say 'inside the glass'
    m = _INSIDE_MEDIUM.search(" ".join(data))
    if m is None:
        return None
    return (
        f"the ray starts inside the medium ('{m.group(0)}'), and the relation used is written for "
        "light entering the medium from air; no number is given"
    )


_TAU_ASKED = re.compile(
    r"\brelaxation\s+time\b|τ|\btau\b|\btime\s+constant\b|\bcharacteristic\s+time\b", re.I
)


def relaxation_ask_refusal(question: str, relation: str | None, target: str | None) -> str | None:
    """The relaxation time τ answered when the ask is another time (to reach a stated stress or
    fraction of the initial stress)."""
    if not relation or "stress_relaxation_time" not in relation:
        return None
    if "relaxation time" not in (target or "").lower():
        return None
    ask = re.sub(r"\([^()]*\)", " ", _ask(question))  # '(single relaxation time)' is a premise
    if _TAU_ASKED.search(ask):
        return None
    return (
        "the question asks for the time to reach another stress, and the relation gave the "
        "relaxation time τ; no number is given"
    )


_ORIENTATION = re.compile(
    r"\b(?:side|face|edge|dimension|width|height|thickness)\s+(?:placed\s+|held\s+|set\s+|"
    r"standing\s+)?(?:vertical(?:ly)?|upright|horizontal(?:ly)?)\b"
    r"|\bon\s+(?:its|their|the)\s+(?:narrow|wide|broad|long|short)?\s*(?:edge|side|face)\b"
    r"|\bon\s+edge\b|\bturned\s+(?:on|through|by)\b",
    re.I,
)


def bending_orientation_refusal(question: str, relation: str | None) -> str | None:
    """A rectangular bar whose orientation in the bend test is stated in words: the relation takes
    the depth d from the labels 'height'/'thickness', not from the orientation sentence."""
    if not relation or "flexural_strength_rectangular" not in relation:
        return None
    m = _ORIENTATION.search(question)
    if m is None:
        return None
    return (
        f"the question states how the bar was oriented in the test ('{m.group(0)}'), which decides "
        "the depth d in σ = 3FL/(2bd²); that is not read here, so no number is given"
    )


def worded_setup_refusal(question: str, answer: Any, steps: list[str]) -> str | None:
    """The first of the round-17 refusals that applies to ``answer`` (None when none does)."""
    relation = answer.relation
    return (
        asked_cell_edge_refusal(question, answer.target)
        or later_change_refusal(question)
        or magnitude_sign_refusal(question, answer.quantity)
        or zero_kelvin_field_refusal(question, relation, steps)
        or inside_medium_refusal(question, relation)
        or relaxation_ask_refusal(question, relation, answer.target)
        or bending_orientation_refusal(question, relation)
    )
