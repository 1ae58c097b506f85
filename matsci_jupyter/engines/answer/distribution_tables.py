"""A pasted table of a polymer's size classes read as the list of fractions it stands for.

Molecular-weight distributions come as two columns, the class's molecular weight and its fraction::

    M_i (g/mol)   x_i
    10000         0.10
    20000         0.40

(or in Markdown, either column first). :mod:`.polymer_averages` reads a list written in a sentence, so
the table is written as one: 'number fractions 0.10 at 10000 g/mol, 0.40 at 20000 g/mol …', in place of
the table. Only when every condition holds:

* the table has exactly two columns and at least two rows;
* one header is a molecular weight with a unit of mass per mole ('M_i (g/mol)', 'M / kg mol⁻¹',
  'molecular weight (g/mol)'), the other names the kind of fraction: 'x_i', 'x', 'number fraction' for
  number fractions, 'w_i', 'w', 'weight fraction', 'mass fraction' for weight fractions (the header
  itself says which kind, so no guess is made);
* every cell below is one number, every fraction between 0 and 1.

Whether the fractions sum to 1 and what is asked is left to :mod:`.polymer_averages`.
:func:`distribution_tables_as_prose` returns the question rewritten, or unchanged.
"""

from __future__ import annotations

import re

from .data_tables import find_tables, header_cell
from .text import normalize

_MASS = re.compile(
    r"^(?:m(?:_?\{?(?:i|w|n)\}?)?|(?:mean\s+)?(?:molecular\s+weight|molar\s+mass)(?:\s+m_?i)?)$",
    re.I,
)
_MASS_UNIT = re.compile(r"^(?:g|kg)\s*(?:/\s*mol|\s*mol\^-1)$", re.I)
_NUMBER_FRACTION = re.compile(r"^(?:x(?:_?\{?i\}?)?|number\s+fraction(?:\s+x_?i)?)$", re.I)
_WEIGHT_FRACTION = re.compile(r"^(?:w(?:_?\{?i\}?)?|(?:weight|mass)\s+fraction(?:\s+w_?i)?)$", re.I)
_CELL = re.compile(r"^\d{1,3}(?:[ ,]\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def _as_sentence(rows: list[list[str]]) -> str | None:
    if len(rows) < 3 or any(len(r) != 2 for r in rows):
        return None
    heads = [header_cell(c) for c in rows[0]]
    mass_col = kind = None
    for i, (name, unit) in enumerate(heads):
        if _MASS.match(name.strip()) and _MASS_UNIT.match(unit.strip()):
            mass_col = i
    if mass_col is None:
        return None
    other_name, other_unit = heads[1 - mass_col]
    if other_unit:
        return None
    if _NUMBER_FRACTION.match(other_name.strip()):
        kind = "number"
    elif _WEIGHT_FRACTION.match(other_name.strip()):
        kind = "weight"
    else:
        return None
    unit = heads[mass_col][1].strip().replace(" ", "")
    cells = [[normalize(c).strip() for c in r] for r in rows[1:]]
    if not all(_CELL.match(c) for r in cells for c in r):
        return None
    parts = []
    for r in cells:
        mass = re.sub(r"[ ,]", "", r[mass_col])
        fraction = r[1 - mass_col]
        if not 0 < float(fraction) <= 1:
            return None
        parts.append(f"{fraction} at {mass} {unit}")
    return f"{kind} fractions " + ", ".join(parts[:-1]) + " and " + parts[-1]


def distribution_tables_as_prose(question: str) -> str:
    """``question`` with a two-column table of size classes written as a list of fractions."""
    if "\n" not in question:
        return question
    lines = question.split("\n")
    for start, end, rows in find_tables(lines):
        sentence = _as_sentence(rows)
        if sentence is None:
            continue
        before = list(lines[:start])
        while before and not before[-1].strip():
            before.pop()
        if before and before[-1].rstrip().endswith((".", ":")):
            before[-1] = f"{before[-1].rstrip()[:-1]}: {sentence}."
        else:
            before.append(f"{sentence}.")
        return "\n".join([*before, *lines[end:]])
    return question
