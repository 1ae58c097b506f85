"""Readings of an '=' chain under which a step the checker would flag is not provably wrong.

Three shapes of loose prose, each read again before a step is called wrong:

* **Alternative readings** of one symbol, each under its own label: 'N = all lattice sites:
  1.08e20 m^-3; N = formula units: 5.4e19 m^-3'. The second chain states another reading, so it
  does not continue the first (two labelled values for one symbol are no contradiction).
* **A running multiplication** written into the chain: '… = 4.8e-6 g m^-2 s^-1 × 3600 = 0.0173 g
  per m^2 per hour', where the segment 'X × k' has X equal to the segment before it and X × k equal
  to the one after. The chain is read as two: '… = X' and 'X × k = …'; wrong only if either is.
* **Bare numbers in the question's unit**: 'Design stress = 80 000/2 = 40 ksi' for a yield strength
  of 80,000 psi. A side written without a unit is read in each unit the question's givens use; the
  step holds when it does under one of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .prose import Statement

# a worded label before a value on a right side: 'all lattice sites: 1.08e20', 'formula units: 5.4e19'
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z\- ]*[A-Za-z])\s*:\s*[-−+]?\.?\d")


def _label(side: str) -> str:
    m = _LABEL.match(side)
    if m is None or not re.search(r"[A-Za-z]{3}", m.group("label")):
        return ""
    return re.sub(r"\s+", " ", m.group("label").strip().lower())


def alternative_readings(first: Statement, second: Statement) -> bool:
    """The two chains give one symbol two values, each under its own worded label."""
    if len(first.sides) < 2 or len(second.sides) < 2:
        return False
    a, b = _label(first.sides[-1]), _label(second.sides[1])
    return bool(a) and bool(b) and a != b


def _last_factor(segment: str) -> tuple[str, str] | None:
    """'X × k' split at its last operator outside brackets, when k is a bare number: (X, 'X × k')."""
    text = segment.strip().rstrip(".")
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth -= 1
        elif depth == 0 and ch in "×*·/":
            head, tail = text[:i].strip(), text[i + 1 :].strip()
            if not re.fullmatch(r"\d+(?:\.\d+)?", tail) or not re.search(r"\d", head):
                return None
            if re.search(r"10\s*\^\s*$|×\s*$", head):
                return None
            return head, text
    return None


def running_product_pieces(chain: Statement) -> list[tuple[Statement, Statement]]:
    """Each way to read ``chain`` as two at a segment 'X × k' in its middle: ('… = X', 'X × k = …')."""
    out = []
    sides = chain.sides
    for i in range(2, len(sides) - 1):
        split = _last_factor(sides[i])
        if split is None:
            continue
        head, whole = split
        first = Statement(chain.text, (*sides[:i], f" {head} "), chain.line_no)
        second = Statement(chain.text, (f" {whole} ", *sides[i + 1 :]), chain.line_no)
        out.append((first, second))
    return out


def holds_as_running_product(chain: Statement, holds: Callable[[Statement], bool]) -> bool:
    """The chain holds when read as a running multiplication at one of its segments."""
    return any(holds(a) and holds(b) for a, b in running_product_pieces(chain))


_BARE = re.compile(r"^[\s\d.,()+\-−×*/·^]+$")


def _question_units(givens: list[Any]) -> list[str]:
    units: list[str] = []
    for g in givens:
        q = getattr(g, "quantity", None)
        u = getattr(q, "units", None)
        if u is None or getattr(q, "dimensionless", False):
            continue
        text = f"{u:~}" if hasattr(u, "__format__") else str(u)
        if text and text not in units:
            units.append(text)
    return units


def _unit_side_dimensions(chain: Statement, bare: list[int]) -> set[Any] | None:
    """The one dimension every side with a unit evaluates to; None when one is unreadable or they differ."""
    from .expression import evaluate_segment

    dims = set()
    for i, side in enumerate(chain.sides[1:], 1):
        if i in bare or not re.search(r"\d", side):
            continue
        value = evaluate_segment(side).value
        if value is None or not hasattr(value, "dimensionality"):
            return None
        dims.add(value.dimensionality)
    return dims if len(dims) == 1 else None


def _has_dimension(unit: str, dims: set[Any]) -> bool:
    from ...units import get_registry

    try:
        return get_registry().Quantity(1, unit).dimensionality in dims
    except Exception:
        return False


def in_question_units(chain: Statement, givens: list[Any]) -> list[Statement]:
    """``chain`` with its unitless sides (bare numbers) given, in turn, each unit of the question's
    givens: 'Design stress = 80 000/2 = 40 ksi' read as '(80 000/2) psi = 40 ksi'."""
    bare = [i for i, s in enumerate(chain.sides[1:], 1) if re.search(r"\d", s) and _BARE.match(s)]
    if not bare or len(bare) == len(chain.sides) - 1:
        return []  # nothing bare, or nothing with a unit to compare it with
    dims = _unit_side_dimensions(chain, bare)
    if dims is None:
        return []
    out = []
    for unit in _question_units(givens):
        if not _has_dimension(unit, dims):
            continue  # only a unit of the very dimension the other sides carry
        sides = list(chain.sides)
        for i in bare:
            sides[i] = f" ({sides[i].strip()}) {unit} "
        out.append(Statement(chain.text, tuple(sides), chain.line_no))
    return out
