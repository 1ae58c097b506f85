"""A lever-rule alloy composition read of another component than the phase compositions.

The lever rule W = (C_β − C₀)/(C_β − C_α) needs C₀, C_α and C_β as the content of ONE component
(all in wt% Sn, say). An alloy named by both of its contents ('a 40 wt% Sn–60 wt% Pb alloy', '60
wt% Pb and 40 wt% Sn') gives two numbers, and the reader can take the one of the other component
(60, the Pb content) while the phases are written in wt% Sn; the fraction it gives is then wrong.
When the element written after C₀ differs from the one written after every phase composition the
reading is refused with the reason (compositions are in percent). A component may be written as
its symbol ('wt% Ni') or as the element's name ('wt% nickel', 'weight percent of copper'): the name
is read as its symbol, so '65 wt% copper' against phases in wt% Ni is refused, never read as nickel.
"""

from __future__ import annotations

import re
from typing import Any

# '40 wt% Sn', '40 wt.% Sn', '40 at% Sn', '40 % Sn', '40 weight percent Sn' → 'Sn'; '40 wt% tin' → 'Sn'
_ELEMENT_AFTER = re.compile(
    r"\s*(?:(?:wt|at|mol)\.?\s*%|%|(?:weight|atom(?:ic)?|mole?)\s+per\s*cent)\s*(?:of\s+)?"
    r"(?:([A-Z][a-z]?)(?![a-z])|([A-Za-z]+))"
)
# element names a composition may be written with, read as the element's symbol
ELEMENT_NAMES = {
    "aluminium": "Al",
    "aluminum": "Al",
    "antimony": "Sb",
    "beryllium": "Be",
    "bismuth": "Bi",
    "cadmium": "Cd",
    "carbon": "C",
    "chromium": "Cr",
    "cobalt": "Co",
    "copper": "Cu",
    "gallium": "Ga",
    "germanium": "Ge",
    "gold": "Au",
    "indium": "In",
    "iron": "Fe",
    "lead": "Pb",
    "lithium": "Li",
    "magnesium": "Mg",
    "manganese": "Mn",
    "molybdenum": "Mo",
    "nickel": "Ni",
    "niobium": "Nb",
    "palladium": "Pd",
    "platinum": "Pt",
    "silicon": "Si",
    "silver": "Ag",
    "tantalum": "Ta",
    "tin": "Sn",
    "titanium": "Ti",
    "tungsten": "W",
    "vanadium": "V",
    "zinc": "Zn",
    "zirconium": "Zr",
}


def element_at(text: str, pos: int) -> str | None:
    """The component named right after the percentage whose unit starts at ``pos`` ('wt% Ni',
    'wt% nickel' → 'Ni'), or None when no element is named there."""
    m = _ELEMENT_AFTER.match(text, pos)
    if m is None:
        return None
    if m.group(1):
        return m.group(1)
    return ELEMENT_NAMES.get(m.group(2).lower())


def _element(binding: Any, text: str) -> str | None:
    """The element symbol written right after a bound percentage in the question, else None."""
    given = getattr(binding, "given", None)
    if binding is None or binding.source != "question" or given is None:
        return None
    found = element_at(text, given.end)
    if found is None and given.text:
        # the given's span may end before or after its unit: retry from the number's end
        num = re.match(r"[-+]?\d+(?:\.\d+)?", text[given.start :])
        found = element_at(text, given.start + num.end()) if num else None
    return found


def lever_component_refusal(bindings: dict[str, Any], text: str) -> str | None:
    """The refusal reason when C₀ is read as the content of another element than the phases'."""
    alloy = bindings.get("C0")
    mine = _element(alloy, text)
    if mine is None:
        return None
    others = {
        _element(b, text)
        for name, b in bindings.items()
        if name != "C0" and b.source == "question" and b.given is not None
    }
    others.discard(None)
    if len(others) == 1 and mine not in others:
        (phase,) = others
        return (
            f"the alloy composition read is its {mine} content, but the phase compositions are "
            f"given as {phase} contents; the lever rule needs all three of one component, so "
            f"give the alloy's {phase} content"
        )
    return None
