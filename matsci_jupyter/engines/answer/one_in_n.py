"""A vacancy fraction written as a count: 'one lattice site in 10⁴ is vacant'.

The equilibrium vacancy fraction N_v/N = exp(−Q_v/kT) (Callister & Rethwisch, eq. 4.1) is often
stated, or asked, as 'one lattice site in every 10 000 is vacant', 'one atomic site in 10⁶ vacant'
or 'one vacancy per 10⁵ lattice sites': the fraction 1/N. The phrase is written here as 'the vacancy
fraction 1/N' so that the relation reads it as that fraction. Only this phrase is reworded: the
count must be of (lattice or atomic) sites or atoms, and the word 'vacant' or 'vacancy' must tie it to
vacancies ('one atom in 10⁴ is a solute atom' is left alone). Every such phrase is reworded, so a
question at two temperatures ('one vacancy per 10⁴ sites at 1200 K; at what temperature one per 10⁵?')
reads both as fractions.
"""

from __future__ import annotations

import re

from .text import normalize

_N = (
    r"(?P<n>\d{1,3}(?:[ ,]\d{3})+|\d+(?:\.\d+)?\s*[×x]\s*10\^\d+|10\^\d+|\d+)"
    r"(?![\d.^])"
)
_SITE = r"(?:(?:lattice|atomic|atom|crystal)\s+)?(?:sites?|atoms?)"
# 'one lattice site in (every) 10^4 (lattice sites) (is) vacant', 'one site out of 10 000 is vacant'
_SITE_VACANT = re.compile(
    rf"\bone\s+(?:{_SITE}\s+)?(?:in|out\s+of)\s+(?:every\s+)?{_N}\s+(?:{_SITE}\s+)?"
    r"(?:is\s+|are\s+|being\s+)?(?:vacant|unoccupied|empty)\b",
    re.I,
)
# 'one vacancy per (every) 10^5 lattice sites', 'one vacancy for every 10 000 atoms'
_VACANCY_PER = re.compile(
    rf"\bone\s+vacancy\s+(?:per|for|in)\s+(?:every\s+)?{_N}\s+{_SITE}\b",
    re.I,
)


def _count(text: str) -> float | None:
    t = re.sub(r"[ ,]", "", text)
    m = re.fullmatch(r"(?:(\d+(?:\.\d+)?)[×x])?10\^(\d+)", t)
    if m:
        return float(m.group(1) or 1.0) * 10.0 ** int(m.group(2))
    try:
        return float(t)
    except ValueError:
        return None


def vacancy_fraction_as_count(question: str) -> str:
    """The question (normalized) with 'one site in N vacant' written 'the vacancy fraction 1/N';
    the question itself when it has no such phrase or its count is not above 1."""
    plain = normalize(question)
    hits = sorted(
        [*_SITE_VACANT.finditer(plain), *_VACANCY_PER.finditer(plain)], key=lambda m: m.start()
    )
    if not hits:
        return question
    counts = [_count(m.group("n")) for m in hits]
    if any(n is None or n <= 1 for n in counts):
        return question
    # every count is reworded (two temperatures: 'one vacancy per 10 000 sites at 1200 K … one per
    # 100 000'); leaving a second one as a bare count would read it as the fraction N, not 1/N
    out = plain
    for m, n in reversed(list(zip(hits, counts, strict=True))):
        assert n is not None
        out = f"{out[: m.start()]}the vacancy fraction {1.0 / n:.6g}{out[m.end() :]}"
    return out
