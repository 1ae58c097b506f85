"""A phase share written as a bare percent where the relation needs a volume fraction: refused.

'A composite contains 60 % carbon fibres …': 60 % by volume or by weight? The rules of mixtures
(E_c = E_f V_f + E_m V_m, ρ_c = ρ_f V_f + ρ_m V_m, …) take VOLUME fractions; a weight share gives
another number unless the densities are used to convert it. When a relation symbol labelled a
volume fraction is filled from a percent that no basis word stands next to ('vol%', '% by volume',
'volume fraction of', 'v/o'; or 'wt%', 'by weight', 'mass' for the other basis), the question has
two readings and is refused with the reason. A fraction written as a number (V_f = 0.6) and any
share with its basis named are left alone.
"""

from __future__ import annotations

import re
from typing import Any

_CLAUSE_END = re.compile(r"[.;?!]\s|\n")
# a basis named next to the share: volume (or the other basis, weight/mass)
_BASIS = re.compile(
    r"\bvol(?:ume|\.)?\b|\bv/o\b|vol\s*%|%\s*vol|\bby\s+volume\b|\bwt\b|\bw/o\b|\bweight\b|"
    r"\bmass\b|\bby\s+weight\b|\bV_?f\b|\bV_?m\b|\bφ",
    re.I,
)


def _clause(text: str, start: int, end: int) -> str:
    """The words of the clause around text[start:end], at most 40 characters either side."""
    before = text[max(0, start - 40) : start]
    ends = list(_CLAUSE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    after = text[end : end + 40]
    cut = _CLAUSE_END.search(after)
    if cut:
        after = after[: cut.start()]
    return before + text[start:end] + after


def fraction_basis_refusal(symbols: dict[str, Any], bindings: dict[str, Any], text: str) -> str | None:
    """Why a volume fraction was filled from a percent with no basis named (None when it was not).

    ``symbols`` maps the relation's symbol names to symbols (``.label``); ``bindings`` maps them to
    what filled them (``.source``, ``.given`` with ``.start``, ``.end``, ``.text``); ``text`` is
    the question."""
    for name, b in bindings.items():
        sym = symbols.get(name)
        if sym is None or "volume fraction" not in getattr(sym, "label", "").lower():
            continue
        given = getattr(b, "given", None)
        if getattr(b, "source", None) != "question" or given is None:
            continue
        if not re.search(r"%|percent", given.text, re.I):
            continue
        if _BASIS.search(_clause(text, given.start, given.end)):
            continue
        return (
            f"the {sym.label} is given as '{given.text}' with no basis: a volume or a weight "
            "percent gives different answers, and the rule of mixtures needs the volume fraction; "
            "say 'vol%' or 'wt%'"
        )
    return None
