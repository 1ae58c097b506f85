"""Compound amounts written as a sum of units: '2 h 15 min', '1 h 30 min 20 s', '3 d 4 h', '5 ft 3 in'.

Read as written, '2 h 15 min' is a product (2 h × 15 min, an area of time); the writer means the sum,
2 h + 15 min = 135 min. A run of number-unit pairs is such a sum when its units are of one kind
(time or length), each unit smaller than the one before, and each later number less than one of the
unit before it (15 min < 1 h, 4 h < 1 d, 3 in < 1 ft). The run is then written as its total in its
smallest unit ('135 min', '5420 s', '76 h', '63 inch'), exact, so every reader (the solver's givens,
the checker's steps) sees one value. Anything else ('2 h at 15 °C', '15 min 2 h', '2 h 90 min') stays
as written.
"""

from __future__ import annotations

import re
from fractions import Fraction

# unit spelling → (kind, size in the kind's smallest unit here: seconds or inches)
_UNITS: dict[str, tuple[str, int]] = {}
for _names, _kind, _size in (
    (("d", "day", "days"), "time", 86400),
    (("h", "hr", "hrs", "hour", "hours"), "time", 3600),
    (("min", "mins", "minute", "minutes"), "time", 60),
    (("s", "sec", "secs", "second", "seconds"), "time", 1),
    (("ft", "foot", "feet"), "length", 12),
    (("in", "inch", "inches"), "length", 1),
):
    for _name in _names:
        _UNITS[_name] = (_kind, _size)

_NUM = r"\d+(?:\.\d+)?"
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_PAIR = rf"({_NUM})\s*({_UNIT})(?![\w^²³/·*])"
# two to four pairs joined by spaces, not inside a longer number or word ('2 h and 15 min' may be
# two times, 'after 2 h and after 15 min', so it stays as written)
_RUN = re.compile(rf"(?<![\w.,^/]){_PAIR}(?:\s+{_PAIR}){{1,3}}")
_ONE = re.compile(_PAIR)


def _total(pairs: list[tuple[str, str]]) -> tuple[Fraction, str] | None:
    """The sum of the pairs in the last pair's unit, or None when they are not one compound
    amount (mixed kinds, units not falling, a later number not under one of the unit before)."""
    kinds = {_UNITS[u][0] for _, u in pairs}
    if len(kinds) != 1:
        return None
    sizes = [_UNITS[u][1] for _, u in pairs]
    for (num, _unit), prev, size in zip(pairs[1:], sizes, sizes[1:], strict=False):
        if size >= prev or Fraction(num) * size >= prev:
            return None
    smallest = sizes[-1]
    total = sum(
        (Fraction(num) * size / smallest for (num, _), size in zip(pairs, sizes, strict=True)),
        Fraction(0),
    )
    return total, pairs[-1][1]


def _format(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.10g}"


def join_compound_quantities(text: str) -> str:
    """``text`` with each compound amount ('2 h 15 min') written as its total in its smallest unit
    ('135 min'); 'in' as the last unit is written 'inch' so that it reads as a unit, not a word."""
    if not re.search(rf"\d\s*(?:{_UNIT})\s+\d", text):
        return text

    def joined(m: re.Match[str]) -> str:
        pairs = [(p.group(1), p.group(2)) for p in _ONE.finditer(m.group(0))]
        if any(u not in _UNITS for _, u in pairs):
            return m.group(0)
        found = _total(pairs)
        if found is None:
            return m.group(0)
        total, unit = found
        return f"{_format(total)} {'inch' if unit == 'in' else unit}"

    return _RUN.sub(joined, text)
