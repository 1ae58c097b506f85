"""A density from ionic radii with the formula weight looked up: the ions the radii belong to must be the
named compound's own.

The relations of :mod:`.relations.ionic_density_lookup` take the formula weight (g/mol) of the one
compound the question names and the two radii (nm) it gives. When the question labels a radius with an
ion of another element ('MgO … Fe²⁺ 0.077 nm'), the radii and the weight describe different crystals,
and when the compound is not an AX compound (one cation and one anion per formula unit) the rock-salt or
CsCl cell does not hold it: both are refused with the reason.
"""

from __future__ import annotations

import re
from typing import Any

_RELATIONS = ("density_rock_salt_radii_formula_weight", "density_cscl_radii_formula_weight")
# an ion written with its charge: Mg²⁺, Mg2+, Mg^{2+}, Mg^(2+), Mg^2+, Na⁺, Na+, Na^+, Cl⁻, Cl-, O2-
_ION_TEXT = (
    r"(?<![A-Za-z])(?P<el>[A-Z][a-z]?)\s?(?:\^\s?[({]?\s?[1-4]?\s?(?P<s1>[+\-−])\s?[)}]?"
    r"|[1-4]?(?P<s2>[+\-−])|[²³⁴]?(?P<s3>[⁺⁻]))(?![A-Za-z0-9])"
)
_ION = re.compile(_ION_TEXT)
# the ion a radius is written for: right before it ('r(Na^+) = 0.102', 'O²⁻ 0.140') or right after it
# ('0.072 nm for Mg²⁺', '0.140 nm (O²⁻)')
_ION_BEFORE = re.compile(_ION_TEXT + r"\s?[)}]?\s*(?:=|:|is|of)?\s*$")
_ION_AFTER = re.compile(r"^\s*(?:nm|pm|Å|angstroms?|ångströms?)?\s*(?:\(|for|of)?\s*" + _ION_TEXT)
_RADIUS_SIDES = {"r_cat": "+", "r_an": "-"}


def _elements(formula: str) -> dict[str, int]:
    return {el: int(n or 1) for el, n in re.findall(r"([A-Z][a-z]?)(\d*)", formula)}


def foreign_ion_refusal(relation_name: str, text: str) -> str | None:
    """The refusal reason when the labelled ions are not the looked-up compound's, else None."""
    if relation_name.split("+")[0] not in _RELATIONS:
        return None
    from .substances import lookup_molar_mass

    found = lookup_molar_mass(text, "molar_mass")
    if found is None or found.formula == "?":
        return "the compound whose formula weight the density needs is not named once"
    elements = _elements(found.formula)
    if len(elements) != 2 or set(elements.values()) != {1}:
        return (
            f"{found.formula} is not an AX compound (one cation and one anion per formula unit); "
            "the rock-salt and CsCl cells hold AX compounds only"
        )
    ions = {m.group(1) for m in _ION.finditer(text)}
    foreign = sorted(ions - set(elements))
    if foreign:
        return (
            f"a radius is given for an ion of {', '.join(foreign)}, which is not in {found.formula}; "
            "the radii and the formula weight would describe different crystals"
        )
    return None


def _charge_sign(m: re.Match[str]) -> str:
    sign = m.group("s1") or m.group("s2") or m.group("s3") or ""
    return "+" if sign in ("+", "⁺") else "-"


def radius_sign_refusal(bindings: dict[str, Any], text: str) -> str | None:
    """The refusal reason when the radius bound as the cation's is written for an anion (or the
    reverse), else None. ``bindings``: symbol name -> :class:`.matching.Binding`."""
    for name, side in _RADIUS_SIDES.items():
        b = bindings.get(name)
        g = getattr(b, "given", None)
        if g is None:
            continue
        m = _ION_BEFORE.search(text[max(0, g.start - 30) : g.start]) or _ION_AFTER.search(
            text[g.end : g.end + 30]
        )
        if m is not None and _charge_sign(m) != side:
            kind = "cation" if side == "+" else "anion"
            return (
                f"the radius {g.text.strip()} is written for the ion {m.group('el')} of the other "
                f"charge, but the reading took it for the {kind}'s; the ions' charges decide which "
                "radius is which"
            )
    return None
