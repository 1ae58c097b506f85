"""Moles of a solute are its mass over the solute's molar mass, never the solvent's.

A colligative question often gives the solute's mass ('0.5 g of a non-volatile solute'), the
solvent's mass and the solvent's molar mass ('molar mass of benzene is 78 g mol⁻¹'), and leaves the
solute's molar mass unknown. A response that divides the solute's mass by the solvent's molar mass
('n = 0.5 g / 78 g mol⁻¹') has mixed the two substances' data: that quotient is no amount of
anything in the solution. Masses in g, molar masses in g mol⁻¹; the numbers are matched as the
question writes them.
"""

from __future__ import annotations

import re

from .checks import Check
from .sentences import spans

_NUM = r"(\d+(?:\.\d+)?)"
_SOLUTE_MASS = re.compile(_NUM + r"\s*g\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?solute\b", re.I)
_OTHER_MASS = re.compile(_NUM + r"\s*g\s+of\s+(?:the\s+|pure\s+)?([a-z]{4,})\b", re.I)
_MOLAR = re.compile(_NUM + r"\s*g\s*(?:mol\s*\^?\s*\(?-\s*1\)?|/\s*mol)\b", re.I)


def _solvent_molar_mass(question: str, solute_mass: str) -> tuple[str, str] | None:
    """(solvent name, its molar mass as written) when the question fixes exactly one of them."""
    names = {
        m.group(2).lower()
        for m in _OTHER_MASS.finditer(question)
        if m.group(2).lower() not in ("solute", "solution") and m.group(1) != solute_mass
    }
    found = []
    for lo, hi in spans(question, semicolon=True, exclaim=False, brackets=True):
        sentence = question[lo:hi]
        low = sentence.lower()
        if "molar mass" not in low or "solute" in low:
            continue
        values = _MOLAR.findall(sentence)
        named = [n for n in names if re.search(rf"\b{re.escape(n)}\b", low)]
        if len(values) == 1 and len(named) == 1:
            found.append((named[0], values[0]))
    return found[0] if len(found) == 1 else None


def solute_solvent_check(question: str, lines: list[str]) -> Check | None:
    """Failed check when the response divides the solute's mass by the solvent's molar mass."""
    solute = _SOLUTE_MASS.findall(question)
    if len(set(solute)) != 1:
        return None
    mass = solute[0]
    solvent = _solvent_molar_mass(question, mass)
    if solvent is None or solvent[1] == mass:
        return None
    name, molar = solvent
    pattern = re.compile(
        rf"(?<![\d.]){re.escape(mass)}\s*(?:g|grams?)?\s*\)?\s*/\s*\(?\s*{re.escape(molar)}(?![\d.])"
    )
    for line in lines:
        if pattern.search(line):
            return Check(
                "substance data",
                False,
                f"'{line.strip()[:90]}' divides the solute's mass ({mass} g) by the molar mass of "
                f"{name} ({molar} g mol⁻¹), the solvent: the solute's amount needs the solute's "
                "own molar mass",
            )
    return None
