"""A count asked of each unit of a measure: 'How many photons leave each second?', 'how many atoms
lie on each micrometre of the line?' ask for a count per second, per micrometre. The question may
carry no unit of its own (a count is dimensionless), yet an answer in 1/s or 1/µm answers what
is asked.

Like ``asked_per``, the reading only *accepts* an answer in the divided unit; it never makes an
answer wrong.
"""

from __future__ import annotations

import re
from typing import Any

from .unit_text import parse_unit

_COUNT = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.I)
_EACH = re.compile(
    r"\b(?:per|each|every|a)\s+(?:unit\s+|single\s+)?(?P<u>[^\s,;?.()\[\]]+(?:\^\d)?)", re.I
)


def count_rate_request(question: str) -> tuple[Any, str] | None:
    """The unit 1/<measure> when a sentence asks for a count ('how many', 'number of') of each or per
    unit of a measure (a time, a length, an area); None otherwise."""
    for sentence in re.split(r"(?<=[?!])\s+|\.\s+(?=[A-Z])", question):
        count = _COUNT.search(sentence)
        if count is None:
            continue
        for m in _EACH.finditer(sentence, count.end()):
            parsed = parse_unit(m.group("u"))
            if parsed is None or "count" in parsed.tags:
                continue
            if parsed.units.dimensionless:
                continue
            return parsed.units**-1, f"1/{m.group('u')}"
    return None
