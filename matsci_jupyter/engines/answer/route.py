"""ROUTE: claim plain ``%%matsci`` cells that are numeric questions (numbers with units and an ask)."""

from __future__ import annotations

import re
from typing import Any

from ..base import EngineRoute

_ASK = re.compile(
    r"\b(calculate|compute|determine|find|estimate|evaluate|what|how\s+(?:much|many|long|far|thick)|"
    r"convert|express|at\s+what)\b|_{3,}|\?",
    re.I,
)
_NUMBER_UNIT = re.compile(r"\d\s*(?:×|x|\*)?\s*(?:10\^?[-−]?\d+)?\s*(?:[a-zA-Zμµ°Å%Ω][\w/^·*°%-]*)")
_NOT_MINE = re.compile(
    r"\b(code|function|script|python|plot|visuali[sz]e|draw|show\s+(?:me\s+)?the\s+structure|"
    r"cif|poscar|train|fine[- ]?tune|dataframe|notebook|widget|install|explain|why|describe|"
    r"predict\s+the\s+band\s+gap\s+of|matbench)\b",
    re.I,
)
_UNIT_ASK = re.compile(
    r"\bin\s+(?:units\s+of\s+)?[A-Za-zμµÅ°%Ω]|\(\s*in\s+|_{3,}\s*[A-Za-zμµ]", re.I
)


def score(text: str, ctx: Any = None) -> float:
    """0..1: a numeric question (a value with a unit and something asked) scores 0.5 or more."""
    if not isinstance(text, str) or len(text) > 4000:
        return 0.0
    if not re.search(r"\d", text):
        return 0.0
    s = 0.2
    if _ASK.search(text):
        s += 0.3
    if _NUMBER_UNIT.search(text):
        s += 0.2
    if _UNIT_ASK.search(text):
        s += 0.15
    if _NOT_MINE.search(text):
        s -= 0.6
    return max(0.0, min(0.9, s))


def handle(text: str, ctx: Any) -> Any:
    from . import answer_in_context

    return answer_in_context(text, ctx)


ROUTE = EngineRoute(
    name="answer",
    description="numeric materials-science questions: solved with named relations, unit-checked (%%matsci answer)",
    score=score,
    handle=handle,
    priority=10,
)
