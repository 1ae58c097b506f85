"""Set-ups stated in words that the relation's reading misses, found by neighbour round 19.

tests/data/answer_neighbours19.py (helper probe20); each function returns a reason to refuse, or
None:

* :func:`relative_share_refusal` — a given made larger or smaller by a share in words ('raised to
  two-thirds more than that', 'made one-half higher', 'a quarter lower'): the relation reads the
  value as first stated. (round18_setup covers 'raised by half' and 'to a third of that value'.)
* :func:`light_in_thin_medium_refusal` — a critical angle answered while the light is said to be
  in air or vacuum ('light in air falls on a glass block', 'a ray travelling through air strikes a
  diamond'): going into the denser medium it is never totally reflected.
* :func:`time_from_reached_state_refusal` — a time asked from a state the process reaches on the
  way ('how many seconds after reaching 2.0 MPa', 'counting from the moment it is half done'),
  while the relation counts the time from the start.
"""

from __future__ import annotations

import re
from typing import Any

_SHARE = (
    r"(?:half|(?:a|one)[\s-]+half|(?:a|one|two)[\s-]+(?:third|quarter|fourth|fifth|tenth)s?|"
    r"three[\s-]+(?:quarters|fourths|fifths|tenths))"
)
_COMPARATIVE = (
    r"(?:more|higher|larger|greater|bigger|lower|smaller|less|longer|shorter|thicker|thinner|"
    r"faster|slower|stronger|weaker|stiffer|wider|narrower|hotter|colder|heavier|lighter)"
)
# 'two-thirds more than that', 'one-half higher', 'a quarter lower', 'half again as large'
_SHARE_MORE = re.compile(
    rf"\b{_SHARE}\s+{_COMPARATIVE}\b|\bhalf\s+again\s+(?:as\s+)?(?:much|large|high|big|long)\b",
    re.I,
)
# asks about the change itself (a factor, a ratio, a percent change): those are answered by it
_CHANGE_ASKED = re.compile(
    r"\bfactor\b|\bratio\b|\bpercent|%|\bhow\s+many\s+times\b|\bchange\b|\bcompared\b", re.I
)


def relative_share_refusal(question: str, steps: list[str]) -> str | None:
    """A given raised or lowered by a share in words that the answer's steps never read."""
    from .text import normalize
    from .worded_setup import _ask

    text = normalize(question)
    m = _SHARE_MORE.search(text)
    if m is None or _CHANGE_ASKED.search(_ask(question)):
        return None
    if any(m.group(0).lower() in step.lower() for step in steps):
        return None
    return (
        f"the question moves a given by a share in words ('{m.group(0)}'), and the relation reads "
        "each given as first stated; no number is given (state the new value)"
    )


# light said to be in air or vacuum: 'light in air falls on', 'a ray travelling through air', 'a
# beam in vacuum meets', 'light incident from air'
_LIGHT_IN_THIN = re.compile(
    r"\b(?:light|ray|beam|wave)s?\s+(?:\w+\s+){0,2}?(?:in|inside|within|through)\s+(?:the\s+)?"
    r"(?:open\s+)?(?:air|vacuum)\b"
    r"|\b(?:incident|coming|arriving|travell?ing|passing|falling)\s+from\s+(?:the\s+)?"
    r"(?:surrounding\s+)?(?:air|vacuum)\b",
    re.I,
)
# the light is also placed inside a solid or liquid medium ('light inside the glass', 'a ray within
# the diamond'): then the air is not where the light travels towards the face
_LIGHT_INSIDE_OTHER = re.compile(
    r"\b(?:light|ray|beam|wave)s?\s+(?:\w+\s+){0,2}?(?:in|inside|within|through)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?!air\b|vacuum\b|open\b)[a-z]{3,}",
    re.I,
)
_CRITICAL_ANGLE = frozenset(
    ("critical_angle_into_air", "critical_angle_to_air", "critical_angle_two_media")
)


def light_in_thin_medium_refusal(question: str, relation: str | None) -> str | None:
    """A critical angle answered for light that travels in air (or vacuum) towards the medium."""
    if (relation or "").split("+")[0] not in _CRITICAL_ANGLE:
        return None
    m = _LIGHT_IN_THIN.search(question)
    if m is None or _LIGHT_INSIDE_OTHER.search(question):
        return None
    return (
        f"the light is in air or vacuum ('{m.group(0)}') and meets the denser medium; going into a "
        "higher index it is never totally reflected, so there is no critical angle on that path"
    )


_REACH = (
    r"(?:reach(?:es|ing|ed)?|has\s+reached|hits?|hitting|attain(?:s|ing|ed)?|has\s+attained|"
    r"(?:has\s+)?(?:fallen|dropped|relaxed|risen|grown|decayed)\s+to|"
    r"(?:falls|drops|rises|grows|decays|falling|dropping|rising|growing)\s+to|"
    r"is\s+(?:half|\d[\d.]*\s*%)\s+(?:done|complete|transformed|finished))"
)
# the ask counts the time from a state reached on the way: 'after reaching 2.0 MPa', 'after the
# stress has dropped to 2.0 MPa', 'from the moment it is half done', 'once it reads 25 µm'
_FROM_REACHED = re.compile(
    rf"\bafter\s+(?:it\s+|they\s+|the\s+[a-z]+\s+|its\s+[a-z]+\s+)?{_REACH}"
    r"|\b(?:from|since)\s+the\s+(?:moment|instant|time|point)\s+(?:when\s+|at\s+which\s+)?"
    r"(?:it|they|the\s+[a-z]+)\b"
    r"|\bcounting\s+from\s+(?:when|the\s+moment|the\s+instant|the\s+time)\b",
    re.I,
)


def _is_time(quantity: Any) -> bool:
    try:
        return bool(quantity.check("[time]"))
    except (AttributeError, TypeError, ValueError):
        return False


def time_from_reached_state_refusal(question: str, quantity: Any) -> str | None:
    """A duration asked from a state reached on the way, and a duration from the start answered."""
    from .worded_setup import _ask

    if quantity is None or not _is_time(quantity):
        return None
    m = _FROM_REACHED.search(_ask(question))
    if m is None:
        return None
    return (
        f"the question counts the time from a state reached on the way ('{m.group(0)}'), and the "
        "relation gives the time from the start; the two differ by the time to reach that state"
    )


def round19_setup_refusal(question: str, answer: Any) -> str | None:
    """The first of the round-19 refusals that applies to ``answer`` (None when none does)."""
    steps = [str(s) for s in answer.steps]
    return (
        relative_share_refusal(question, steps)
        or light_in_thin_medium_refusal(question, answer.relation)
        or time_from_reached_state_refusal(question, answer.quantity)
    )
