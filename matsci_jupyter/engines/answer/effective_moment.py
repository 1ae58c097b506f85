"""Spin-only moments: g·S (saturation) answered where g·√(S(S+1)) (effective) is asked, or reverse.

For an ion with quenched or zero orbital moment (the question says spin-only, or L = 0) and spin
S (written 'S = 7/2', or as n unpaired electrons, S = n/2), the effective paramagnetic moment that
the Curie constant gives is μ_eff = 2√(S(S+1)) μ_B, while the saturation (largest z-component)
moment is μ_sat = 2S μ_B = n μ_B. A question that asks the effective (Curie, paramagnetic
susceptibility) moment in Bohr magnetons is answered by the first; a final value equal to 2S, and
not to 2√(S(S+1)), is provably the saturation moment; where the question asks the saturation moment
the reverse. Values in Bohr magnetons (a bare number read as μ_B).
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .quantities import WORD_NUMBERS

_SPIN_ONLY = re.compile(r"\bspin[-\s]only\b|\bL\s*=\s*0\b|\bquenched\b", re.I)
_SPIN = re.compile(r"(?<![\w.])S\s*=\s*(\d+)\s*/\s*2\b|(?<![\w.])S\s*=\s*(\d+(?:\.5)?)(?![\d./])")
_UNPAIRED = re.compile(
    r"\b(\d+|" + "|".join(WORD_NUMBERS) + r")\s+unpaired\s+(?:\w+\s+)?electrons?\b", re.I
)
_EFFECTIVE = re.compile(r"\beffective\b|\bcurie\b|\bμ_?eff\b", re.I)
_SATURATION = re.compile(r"\bsaturation\b|\bsaturated\b|\bfully\s+aligned\b", re.I)
_BOHR = re.compile(r"\bbohr\s+magnetons?\b|μ_?B\b", re.I)


def _bohr(quantity: Any) -> float | None:
    """The final value as a number of Bohr magnetons (a bare number read as μ_B)."""
    try:
        return float(quantity.to("dimensionless").magnitude)
    except Exception:
        pass
    try:
        return float(quantity.to("bohr_magneton").magnitude)
    except Exception:
        return None


def effective_moment_check(question: str, quantity: Any) -> Check | None:
    """A failed check when the final moment is 2S where 2√(S(S+1)) is asked, or the reverse."""
    from .text import normalize

    if quantity is None:
        return None
    text = normalize(question)
    if not _SPIN_ONLY.search(text) or not _BOHR.search(text):
        return None
    effective, saturation = bool(_EFFECTIVE.search(text)), bool(_SATURATION.search(text))
    if effective == saturation:
        return None
    spins = {int(m.group(1)) / 2 if m.group(1) else float(m.group(2)) for m in _SPIN.finditer(text)}
    spins |= {
        int(WORD_NUMBERS.get(m.group(1).lower(), m.group(1))) / 2 for m in _UNPAIRED.finditer(text)
    }
    if len(spins) != 1:
        return None
    s = spins.pop()
    if s <= 0 or s > 4:
        return None
    got = _bohr(quantity)
    if got is None:
        return None
    mu_eff, mu_sat = 2 * math.sqrt(s * (s + 1)), 2 * s
    asked, other = (mu_eff, mu_sat) if effective else (mu_sat, mu_eff)
    if math.isclose(got, asked, rel_tol=0.01) or not math.isclose(got, other, rel_tol=0.01):
        return None
    if effective:
        message = (
            f"the effective (Curie) moment is g√(S(S+1)) μ_B = 2√({s:g} × {s + 1:g}) = "
            f"{mu_eff:.3g} μ_B; the answer {got:g} μ_B is g·S, the saturation moment"
        )
    else:
        message = (
            f"the saturation moment is g·S μ_B = 2 × {s:g} = {mu_sat:.3g} μ_B; the answer "
            f"{got:g} μ_B is g√(S(S+1)), the effective (Curie) moment"
        )
    return Check("formula", False, message)
