"""A value given as 'Y may be taken as 1.0', 'take K_IC as 0.75', 'assume n to be 2': the symbol named.

The reader labels a number by the symbol written before an '=' ('Y = 1.0'). The same given is often
written after the symbol's use in words: 'take Y as 1.0', 'Y may be taken as 1.0', 'Y is to be taken
as 1.0', 'assume Y to be 1.0', 'use D0 of …'. Only symbol-like names are read (one letter, a Greek
letter, optionally with a subscript '_IC' or digits: 'Y', 'K_IC', 'D0', 'n', 'α'), never an English
word ('take the density as 8.9' stays unlabelled, read by its unit and words as before).
"""

from __future__ import annotations

import re

_SYMBOL = r"([A-Za-zα-ωΑ-Ω](?:_\{?[A-Za-z0-9]{1,5}\}?|[0-9₀-₉]{1,2})?)"
_BEFORE = r"(?:^|[\s(,;:])"
# 'Y may be taken as', 'Y is taken as', 'Y can be assumed to be', 'Y is to be taken as'
_PASSIVE = re.compile(
    rf"{_BEFORE}{_SYMBOL}\s+(?:is\s+to\s+be|may\s+be|can\s+be|should\s+be|is|be)\s+"
    r"(?:taken|assumed|set)\s+(?:as|to\s+be|equal\s+to)\s*$"
)
# 'take Y as', 'taking Y as', 'assume Y to be', 'assuming Y to be', 'use Y as', 'and Y as' after one
_ACTIVE = re.compile(
    rf"(?:^|[\s(,;:])(?:take|taking|assume|assuming|use|using|set|setting|with|and)\s+{_SYMBOL}"
    r"\s+(?:as|to\s+be|equal\s+to)\s*$",
    re.I,
)
_WORDS = {"a", "A", "I"}  # English words that are also symbols: only with '=' ('a = 0.36 nm')


def taken_as_label(before: str) -> str | None:
    """The symbol a 'taken as' clause ending ``before`` names ('… take Y as ' → 'Y'), else None."""
    for pattern in (_PASSIVE, _ACTIVE):
        m = pattern.search(before)
        if m and m.group(1) not in _WORDS:
            return m.group(1).replace("{", "").replace("}", "")
    return None
