"""Atoms counted as unit cells: a volume divided by the cell volume a³ is a number of CELLS; the
number of ATOMS is that times the atoms per cell (FCC 4, BCC 2, simple cubic 1, diamond cubic 8).

When the question names one cubic structure with more than one atom per cell, asks how many atoms
(not cells), and the response's final count is its own volume ratio V/a³ (two volumes it writes,
the smaller on a line about the cell or a³) while n·V/a³ is not the final, the response has
dropped the atoms per cell. Only a final that equals V/a³ (to rounding) is read; a count that
includes any factor, or a question about cells, is never flagged.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .prose import FinalAnswer
from .step_check import clip

_STRUCTURES = (
    (re.compile(r"\bFCC\b|\bf\.c\.c\.|face[-\s]centred|face[-\s]centered", re.I), 4, "FCC"),
    (re.compile(r"\bBCC\b|\bb\.c\.c\.|body[-\s]centred|body[-\s]centered", re.I), 2, "BCC"),
    (re.compile(r"\bdiamond[-\s]cubic\b", re.I), 8, "diamond cubic"),
)
_ATOMS_ASKED = re.compile(r"\b(?:how\s+many|number\s+of)\s+(?:\w+\s+){0,2}atoms\b", re.I)
_CELLS_ASKED = re.compile(
    r"\b(?:how\s+many|number\s+of)\s+(?:\w+\s+){0,2}(?:unit\s+)?cells\b", re.I
)
# 'volume per atom = a³/4': a cell shared out among its atoms, not one cell
_PER_ATOM = re.compile(r"a\s*(?:\^\s*3|³)\s*\)?\s*/\s*[\dn]|\bper\s+atom\b", re.I)
_CELL_LINE = re.compile(r"\ba\s*(?:\^\s*3|³)|\bcell\b|\bV_?[Cc]\b", re.I)


def atoms_per_cell_check(
    question: str,
    asked_text: str,
    lines: list[str],
    final: FinalAnswer,
    value: Any,
    carried: bool = False,
) -> Check | None:
    """A failed 'atoms per cell' check when the final atom count is the response's own V/a³ without
    the structure's atoms per cell (see the module docstring); None otherwise. ``carried``: the
    value is a bare number given a unit the question names elsewhere (read as the bare count)."""
    from .expression import numbers_with_units
    from .unit_text import long_name

    if value is None or (not carried and long_name(value.units) not in ("dimensionless", "count")):
        return None
    if not _ATOMS_ASKED.search(asked_text) or _CELLS_ASKED.search(asked_text):
        return None
    named = [(n, name) for pattern, n, name in _STRUCTURES if pattern.search(question)]
    if len(named) != 1:
        return None  # no structure, or several: which one holds the atoms is not read here
    n, name = named[0]
    x = float(value.magnitude)
    if x <= 0:
        return None
    try:
        at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    volumes: list[tuple[Any, bool, str]] = []
    for ln in lines[: at + 1]:
        for q, _t, _s in numbers_with_units(ln):
            if str(q.dimensionality) == "[length] ** 3" and float(q.magnitude) > 0:
                cell = bool(_CELL_LINE.search(ln)) and not _PER_ATOM.search(ln)
                volumes.append((q, cell, ln))
    for big, _c, _l in volumes:
        for cell, is_cell, cell_line in volumes:
            if not is_cell:
                continue
            try:
                ratio = float((big / cell).to("dimensionless").magnitude)
            except Exception:
                continue
            if ratio <= 1.0:
                continue
            near = math.isclose(ratio, x, rel_tol=0.01) or (
                float(x).is_integer() and abs(ratio - x) <= 0.5
            )
            if near and not math.isclose(n * ratio, x, rel_tol=0.01):
                return Check(
                    "atoms per cell",
                    False,
                    f"the final count {clip(final.text.strip(), 30)} is the number of unit cells "
                    f"V/a³ = {ratio:.4g} ('{clip(cell_line.strip(), 40)}'); an {name} cell holds "
                    f"{n} atoms, so the atoms number {n} × {ratio:.4g} = {n * ratio:.4g}",
                )
    return None
