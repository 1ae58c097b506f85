"""A count asked of one unit of time: 'How many photons leave the laser each second?', 'how many
cycles does the shaft turn every minute?'.

Such a question asks for a rate: the count per that time. Read as written, its asked unit is a bare
count ('photons') that no relation yields, while 'how many photons per second does it emit' is read
already. The reading is taken only when all of these hold:

* the sentence asks 'how many <count noun>' (one plural word, optionally after one adjective);
* within the same clause, after at most eight words without a number, comes 'each', 'every', 'per',
  'a' or 'in one' right before a unit of time (second, minute, hour, day, year, s, min, h), and the
  clause ends there (a time of another size, 'in 5 s', is a duration, and is left as it was).

The question is then read as 'how many photons per second leave the laser': the one unit of time is
the denominator of the asked unit, not a given.

:func:`count_per_unit_time` returns the question reworded so, or the question unchanged.
"""

from __future__ import annotations

import re

_TIME = r"(?P<unit>seconds?|minutes?|hours?|days?|years?|s|min|h)"
_ASK = re.compile(
    r"\bhow\s+many\s+(?P<noun>(?:[a-z\-]+\s+)?[a-z\-]+s)\s+(?P<middle>(?:[^\s\d?.;,]+\s+){0,8}?)"
    rf"(?:each|every|per|a|in\s+(?:one|a|each|every|1))\s+{_TIME}(?=\s*[?.;,]|\s*$)",
    re.I,
)
_LONG = {"s": "second", "min": "minute", "h": "hour"}


def _is_measure(noun: str) -> bool:
    """``noun`` is a unit of a dimension ('grams', 'litres', 'joules'), not a count of things: the
    amount over the stated time is asked, which is no rate."""
    from ...units import get_registry

    try:
        return not get_registry().Quantity(1, noun).dimensionless
    except Exception:  # pint: not a unit name (photons, atoms, cycles of a count)
        return False


def count_per_unit_time(question: str) -> str:
    """``question`` with 'how many <things> … each second' reworded as 'how many <things> per second
    …'; unchanged when there is no such ask, or more than one."""
    found = list(_ASK.finditer(question))
    if len(found) != 1:
        return question
    m = found[0]
    unit = m.group("unit").lower()
    unit = _LONG.get(unit, unit.rstrip("s") if unit.endswith("s") and len(unit) > 1 else unit)
    middle = m.group("middle").rstrip()
    if not middle:
        return question  # 'how many photons per second': read already
    if _is_measure(m.group("noun").split()[-1]):
        return question  # 'how many grams are lost in one day': an amount over that time
    reworded = f"how many {m.group('noun')} per {unit} {middle}"
    first = m.group(0)[0]
    if first.isupper():
        reworded = "H" + reworded[1:]
    return question[: m.start()] + reworded + question[m.end() :]
