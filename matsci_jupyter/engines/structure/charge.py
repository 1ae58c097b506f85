"""Can a composition be charge-neutral with common oxidation states?

pymatgen's ``Composition.oxi_state_guesses`` enumerates assignments and takes
a minute on organic formulas (C26H16BeN2O2S2: 58 s on our machine). Here the
question is only yes/no, so the sums each element can reach (every atom taking
any of the element's common or ICSD oxidation states; mixed valence is allowed
among states of one sign, so Fe3O4 passes and KCl3 does not) are combined by
convolution: milliseconds for any formula. Organic compositions (C and H) are
not checked: formal oxidation states say little about them.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache, reduce
from math import gcd
from typing import Any

MAX_FORMULA_ATOMS = 5_000  # after scaling partial occupancies to integers


@dataclass(frozen=True)
class ChargeCheck:
    """``neutral``: True/False, or None when the check does not apply (``reason`` says why)."""

    neutral: bool | None
    formula: str
    reason: str = ""


@lru_cache(maxsize=256)
def _states(symbol: str) -> tuple[int, ...]:
    from pymatgen.core import Element

    el = Element(symbol)
    states = set(el.common_oxidation_states) | set(el.icsd_oxidation_states)
    return tuple(sorted(states)) or (0,)


def _integer_counts(amounts: dict[str, float]) -> dict[str, int] | None:
    fractions = {el: Fraction(x).limit_denominator(100) for el, x in amounts.items() if x > 1e-6}
    if not fractions:
        return None
    lcm = reduce(lambda a, b: a * b // gcd(a, b), (f.denominator for f in fractions.values()), 1)
    counts = {el: int(f * lcm) for el, f in fractions.items()}
    divisor = reduce(gcd, counts.values())
    counts = {el: n // divisor for el, n in counts.items()}
    return counts if sum(counts.values()) <= MAX_FORMULA_ATOMS else None


def _reachable(n: int, states: tuple[int, ...]) -> tuple[int, Any]:
    """(offset, mask): mask[k] is True when n atoms can sum to k + offset."""
    import numpy as np

    lo, hi = min(states), max(states)
    one = np.zeros(hi - lo + 1, dtype=bool)
    one[[s - lo for s in states]] = True
    total = np.ones(1, dtype=bool)
    power, base = n, one
    while power:  # exponentiation by squaring of the convolution
        if power & 1:
            total = np.convolve(total, base) > 0
        power >>= 1
        if power:
            base = np.convolve(base, base) > 0
    return n * lo, total


def _reachable_one_sign(n: int, states: tuple[int, ...]) -> tuple[int, Any]:
    """Like :func:`_reachable`, with all n atoms on the same side of zero."""
    import numpy as np

    groups = [
        g for g in (tuple(x for x in states if x <= 0), tuple(x for x in states if x >= 0)) if g
    ]
    parts = [_reachable(n, g) for g in groups]
    lo = min(off for off, _ in parts)
    hi = max(off + len(m) for off, m in parts)
    mask = np.zeros(hi - lo, dtype=bool)
    for off, m in parts:
        mask[off - lo : off - lo + len(m)] |= m
    return lo, mask


def check_charge_balance(composition: Any) -> ChargeCheck:
    """Whether ``composition`` (a pymatgen Composition) can be neutral; see the module doc."""
    import numpy as np

    amounts: dict[str, float] = {}
    for species, amount in composition.items():
        symbol = getattr(species, "symbol", str(species))
        if type(species).__name__ == "DummySpecies":
            return ChargeCheck(None, composition.reduced_formula, "unknown element")
        amounts[symbol] = amounts.get(symbol, 0.0) + float(amount)
    formula = composition.reduced_formula
    if "C" in amounts and "H" in amounts:
        return ChargeCheck(None, formula, "organic composition (C and H)")
    if len(amounts) < 2:
        return ChargeCheck(None, formula, "a single element")
    if not any(min(_states(el)) < 0 for el in amounts):
        return ChargeCheck(None, formula, "no element that forms anions (metallic composition)")
    counts = _integer_counts(amounts)
    if counts is None:
        return ChargeCheck(None, formula, "formula too large to check")
    offset, mask = 0, np.ones(1, dtype=bool)
    for el, n in counts.items():
        el_offset, el_mask = _reachable_one_sign(n, _states(el))
        mask = np.convolve(mask, el_mask) > 0
        offset += el_offset
    zero = -offset
    neutral = bool(0 <= zero < len(mask) and mask[zero])
    return ChargeCheck(neutral, formula)
