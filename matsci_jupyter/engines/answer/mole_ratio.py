"""Mole ratios read off the response's own balanced equation.

A response that writes a balanced equation ('5 Fe²⁺ + MnO₄⁻ + 8 H⁺ → 5 Fe³⁺ + Mn²⁺ + 4 H₂O') and then
converts moles between two of its species with a factor ('moles of Fe²⁺ = 1/5 × moles of KMnO₄')
must use the ratio of their coefficients (here 5 / 1): amounts in mol, the factor a plain number.
Only a line of the form 'moles of A = p/q × moles of B' (or '… = moles of B × p/q') is read, with A
and B two different species of one balanced equation the response wrote (a potassium or sodium
salt stands for its anion: KMnO₄ for MnO₄⁻). A pair found in two equations with different ratios,
or a species the equation does not hold, is not checked.
"""

from __future__ import annotations

import re
from fractions import Fraction

from .checks import Check
from .chemical_equation import balanced_species
from .text import SUBSCRIPT_DIGITS

_SPECIES = (
    r"((?:[A-Z][a-z]?(?:_?\d+)?|\((?:[A-Z][a-z]?(?:_?\d+)?)+\)(?:_?\d+)?)+"
    r"(?:\s*\^\s*\(?\d*[+\-−]\)?)?)"
)
_AMOUNT = r"(?:the\s+)?(?:number\s+of\s+)?(?:moles?|mol)\s+of\s+" + _SPECIES
_FACTOR = r"(?:\(?(\d+)\)?\s*/\s*\(?(\d+)\)?|(\d+))"
_FACTOR_FIRST = re.compile(
    r"^\s*" + _AMOUNT + r"(?![\w^])[^=]{0,40}?=\s*" + _FACTOR + r"\s*[×*·]\s*" + _AMOUNT
    + r"(?![\w^])\s*(?:[.,;=]|$|in\b)",
    re.I,
)  # fmt: skip
_FACTOR_LAST = re.compile(
    r"^\s*" + _AMOUNT + r"(?![\w^])[^=]{0,40}?=\s*" + _AMOUNT + r"(?![\w^])\s*[×*·]\s*" + _FACTOR
    + r"\s*(?:[.,;=]|$)",
    re.I,
)  # fmt: skip


def _key(species: str) -> tuple[str, int]:
    """('MnO4', -1) from 'MnO_4^-'; ('Fe', 2) from 'Fe^(2+)'."""
    m = re.search(r"\^\s*\(?(\d*)([+\-−])\)?\s*$", species)
    charge = 0
    if m:
        charge = int(m.group(1) or 1) * (1 if m.group(2) == "+" else -1)
        species = species[: m.start()]
    return re.sub(r"[\s_]", "", species), charge


def _coefficient(species: list[tuple[Fraction, str, int]], key: tuple[str, int]) -> Fraction | None:
    found = [abs(c) for c, k, q in species if (k, q) == key]
    if not found and key[1] == 0:  # 'KMnO4' for the permanganate ion the equation holds
        salt = re.fullmatch(r"(?:K|Na)(\d*)(.+)", key[0])
        if salt:
            found = [
                abs(c) for c, k, q in species if (k, q) == (salt.group(2), -int(salt.group(1) or 1))
            ]
    return found[0] if len(found) == 1 else None


def _factor(groups: tuple[str | None, str | None, str | None]) -> Fraction | None:
    p, q, whole = groups
    if whole is not None:
        return Fraction(int(whole))
    if p is not None and q is not None and int(q):
        return Fraction(int(p), int(q))
    return None


def mole_ratio_check(lines: list[str]) -> Check | None:
    """Failed check for the first mole conversion that contradicts the response's own balanced
    equation; None when there is none or none can be read."""
    equations = [s for line in lines if (s := balanced_species(line)) is not None]
    if not equations:
        return None
    for line in (x.translate(SUBSCRIPT_DIGITS) for x in lines):
        m = _FACTOR_FIRST.match(line)
        if m:
            a, factor, b = m.group(1), _factor((m.group(2), m.group(3), m.group(4))), m.group(5)
        else:
            m = _FACTOR_LAST.match(line)
            if m is None:
                continue
            a, b, factor = m.group(1), m.group(2), _factor((m.group(3), m.group(4), m.group(5)))
        key_a, key_b = _key(a), _key(b)
        if factor is None or key_a == key_b:
            continue
        ratios = set()
        for species in equations:
            ca, cb = _coefficient(species, key_a), _coefficient(species, key_b)
            if ca is not None and cb is not None and cb:
                ratios.add(ca / cb)
        if len(ratios) != 1:
            continue
        want = ratios.pop()
        if factor != want:
            return Check(
                "mole ratio",
                False,
                f"'{line.strip()[:90]}' converts with {factor}, but the response's balanced equation "
                f"gives {want} mol of {a.strip()} per mol of {b.strip()}",
            )
    return None
