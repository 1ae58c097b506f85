"""The repeat-unit molar mass of a named homopolymer, written with the wrong atoms.

A degree of polymerisation is M_n / m, where m is the molar mass of the repeat unit (Callister,
eq. 14.6); the repeat unit of each common polymer is fixed by its name (PMMA is C₅H₈O₂,
100.12 g/mol; PVC is C₂H₃Cl, 62.50 g/mol). A response that writes m for another unit (methyl
acrylate's C₄H₆O₂ for PMMA, a missing chlorine) carries the error into every number after it.

Read only when the question names exactly one polymer of the table in :mod:`.substances` (no
copolymer, blend, substitution or second polymer), and the response gives a molar mass in g/mol on
a line that names the repeat unit ('repeat unit', 'mer', or the symbol m, m₀, m_r before
'='), that is no value of the question, and that is neither the right mass nor half or twice it
(polyethylene counted by CH₂). The right mass must be written nowhere in the response. Nylons are
left out: textbooks differ on their repeat unit.
"""

from __future__ import annotations

import math
import re

from .checks import Check
from .quantities import format_number
from .step_check import clip

_MIXED = re.compile(
    r"\bco-?polymers?\b|\bblend\b|\bcopolymeri[sz]\w*|\bsubstitut\w*|\bchlorinat\w*|"
    r"\bcross-?link\w*|\bvulcani[sz]\w*|\bgraft\w*|\bnylon\b|\bpolyamide\b",
    re.I,
)
_REPEAT_LINE = re.compile(
    r"\b[Rr]epeat(?:ing)?[-\s]units?\b|\b[Mm]er\b|(?<![\w.])m(?:_?0|₀|_?r|_?mer)?\s*="
)
_GRAMS_PER_MOL = re.compile(
    r"(?<![\w.])(\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?:g\s*/\s*mol|g\s*mol\^?-1|g·mol⁻¹|g\s*mol⁻¹|kg\s*/\s*kmol)"
)


def _close(x: float, y: float, rtol: float = 0.005) -> bool:
    return math.isclose(x, y, rel_tol=rtol)


def repeat_unit_mass_check(
    question: str, lines: list[str], question_numbers: list[float]
) -> Check | None:
    """A failed check when the response's repeat-unit molar mass is not that of the one polymer
    the question names; None otherwise."""
    from .substances import find_substances

    if _MIXED.search(question):
        return None
    polymers = {s.formula: s for s in find_substances(question) if s.is_polymer}
    if len(polymers) != 1:
        return None
    polymer = next(iter(polymers.values()))
    right = polymer.molar_mass
    masses = [
        (float(re.sub(r"[ ,]", "", m.group(1))), line)
        for line in lines
        for m in _GRAMS_PER_MOL.finditer(line)
    ]
    if any(_close(v, right) for v, _line in masses):
        return None  # the right mass is written: another value is something else
    for value, line in masses:
        if not _REPEAT_LINE.search(line):
            continue
        if any(_close(value, q, 1e-3) for q in question_numbers):
            continue
        if value <= 0 or value > 20 * right or any(_close(value, right * f) for f in (0.5, 2.0)):
            continue
        return Check(
            "formula",
            False,
            f"the repeat unit of {polymer.name} is {polymer.formula}, m = "
            f"{format_number(right, 5)} g/mol, but the response uses "
            f"{format_number(value, 5)} g/mol ('{clip(line, 60)}')",
        )
    return None
