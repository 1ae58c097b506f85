"""A result rounded to the step the question asks for with a unit ('to the nearest 5 °C').

'Answer in °C to the nearest 5 °C' asks for the result as a multiple of 5 °C; the number and unit of
that phrase are the precision of the answer, not a given (:mod:`.irrelevant` sets them aside). The
result is rounded to the step only when it is already in the step's unit (a result in K is never
rounded to a step written in °C); otherwise it is left as computed.
"""

from __future__ import annotations

import math
import re
from typing import Any

# 'to the nearest 5 °C', 'to nearest 10 K', 'to the nearest 0.5 mm' (the number, then its unit)
_STEP = re.compile(
    r"\bto\s+(?:the\s+)?nearest\s+(?P<n>\d+(?:\.\d+)?)\s*(?P<u>[^\s,.;:?!)]+(?:\s?[^\s,.;:?!)]+)?)"
    r"\s*(?=[,.;:?!)]|$)",
    re.I,
)

# the sentence of the step asks or tells how to give the answer
_ASKS = re.compile(
    r"\b(?:answer|give|round|rounded|express|report|quote|find|calculate|compute|determine|"
    r"estimate|what|how|which)\b|\?",
    re.I,
)


def asked_step(text: str) -> tuple[float, Any] | None:
    """The step (a positive number) and its parsed unit that 'to the nearest N unit' asks for, or None
    (no such phrase, two of them, or a unit that does not parse)."""
    from .unit_text import parse_unit

    found = list(_STEP.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    start = max(text.rfind(c, 0, m.start()) for c in ".?!\n") + 1
    if not _ASKS.search(text[start : m.end() + 1]):
        return None  # 'the furnace is held to the nearest 5 °C' asks for no rounding
    step = float(m.group("n"))
    unit = parse_unit(m.group("u").strip())
    if step <= 0 or unit is None:
        return None
    return step, unit.units


def round_to_asked_step(text: str, result: Any) -> tuple[Any, str | None]:
    """``result`` rounded to the asked step and the step that says so, or ``result`` and None."""
    asked = asked_step(text)
    if asked is None or result is None:
        return result, None
    step, units = asked
    if result.units != units:
        return result, None
    value = float(result.magnitude)
    if not math.isfinite(value) or abs(value) < step:
        return result, None  # rounding would erase the answer
    shown = re.sub(r"\.0$", "", str(step))
    places = len(shown.partition(".")[2])
    multiple = round(value / step) * step
    rounded: float | int = round(multiple) if places == 0 else round(multiple, places)
    note = f"Rounded to the nearest {shown} {_unit_text(text)}, as asked"
    return type(result)(rounded, result.units), note


def _unit_text(text: str) -> str:
    m = _STEP.search(text)
    return m.group("u").strip() if m else ""
