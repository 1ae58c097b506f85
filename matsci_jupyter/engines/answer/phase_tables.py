"""A pasted table of phase compositions read as the tie line it states.

Lever-rule questions give the ends of a tie line as a small table of phases against composition::

    Phase   Composition (wt% Sn)
    α       18.3
    β       97.8

or in Markdown ('| phase | Ni (wt%) |'). The reader looks for compositions in sentences, so such a
table is written as the sentence it stands for: 'C_α = 18.3 wt% Sn, C_β = 97.8 wt% Sn.', in place of
the table. Only when every condition holds:

* the table has exactly two columns and at least two rows, its first header cell is 'phase';
* the second header names a composition in weight or atom per cent ('wt% Ni', 'Ni (wt%)',
  'composition (at% Sn)'); a header with no such unit is left as written;
* every row label is a phase symbol (a Greek letter or its name, 'alpha', or 'L' / 'liquid' for the
  liquid), written
  once, and every value is one number between 0 and 100.

Which rows the question needs (a three-phase isotherm read 'just above' it) is left to the solver: the
compositions are only stated. :func:`phase_tables_as_prose` returns the question rewritten, or unchanged.
"""

from __future__ import annotations

import re

from .data_tables import find_tables, header_cell, with_tables_replaced
from .text import normalize

_LIQUID = {"l", "liquid", "liq", "liq."}
_GREEK = set("αβγδεζηθικλμξπστφχψω")
_PERCENT = re.compile(r"^(?:(?P<e1>[A-Z][a-z]?)\s+)?(?P<p>wt|at)\.?\s*%\s*(?P<e2>[A-Z][a-z]?)?$")
_GREEK_NAMES = {"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε"}
_VALUE = re.compile(r"^\d+(?:\.\d+)?$")


def _composition_unit(header: str) -> str | None:
    """'wt% Ni' for a header naming a composition ('Ni (wt%)', 'composition (wt% Sn)'), else None."""
    name, unit = header_cell(header)
    m = _PERCENT.match(unit.strip())
    if m is None:
        return None
    element = m.group("e2") or m.group("e1")
    if element is None and re.fullmatch(r"[A-Z][a-z]?", name.strip()):
        element = name.strip()  # 'Ni (wt%)'
    if element is None:
        return None
    return f"{m.group('p')}% {element}"


def _phase(label: str) -> str | None:
    text = label.strip()
    if text.lower() in _LIQUID:
        return "L"
    if len(text) == 1 and text in _GREEK:
        return text
    return _GREEK_NAMES.get(text.lower())  # 'alpha', 'beta' written out


def phase_tables_as_prose(question: str) -> str:
    """``question`` with each two-column table of phase compositions written as a sentence."""
    if "\n" not in question:
        return question
    lines = question.split("\n")
    found: list[tuple[int, int, str | None]] = []
    for start, end, rows in find_tables(lines):
        if len(rows) < 3 or any(len(r) != 2 for r in rows):
            continue
        header = [normalize(c).strip() for c in rows[0]]
        if header[0].lower() != "phase":
            continue
        unit = _composition_unit(header[1])
        if unit is None:
            continue
        cells = [[normalize(c).strip() for c in r] for r in rows[1:]]
        phases = [_phase(label) for label, _ in cells]
        if any(p is None for p in phases) or len(set(phases)) != len(phases):
            continue
        if not all(_VALUE.match(v) and 0 <= float(v) <= 100 for _, v in cells):
            continue
        sentence = ", ".join(f"C_{p} = {v} {unit}" for p, (_, v) in zip(phases, cells, strict=True))
        found.append((start, end, sentence))
    return with_tables_replaced(question, lines, found)
