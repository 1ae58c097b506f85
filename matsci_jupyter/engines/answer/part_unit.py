"""The unit a question in parts asks for, when only an earlier part names it.

'(a) How far apart are the dislocations, in metres? (b) How many are there per unit length?'
names a unit in part (a) only. When nothing says which part a response's bare final number
answers (no directive, no chained last part), that unit is part (a)'s: given to a bare final that
answers (b), it turns a right count into a wrong length. Such a final is not read in any unit: its
value is not checked.
"""

from __future__ import annotations

import re

from .one_part import split_parts


def earlier_part_unit(question: str, unit_text: str) -> str | None:
    """The letter of the part that writes ``unit_text`` when that part is not the last one and
    the last part does not write it; None otherwise (one part, or the unit in the stem or the last
    part)."""
    split = split_parts(question)
    if split is None or not unit_text.strip():
        return None
    stem, parts = split
    pattern = re.compile(rf"(?<!\w){re.escape(unit_text.strip())}(?!\w)")
    if pattern.search(stem) or pattern.search(parts[-1][1]):
        return None
    naming = [letter for letter, text in parts[:-1] if pattern.search(text)]
    return naming[0] if naming else None
