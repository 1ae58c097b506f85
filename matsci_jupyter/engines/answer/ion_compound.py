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

_RELATIONS = ("density_rock_salt_radii_formula_weight", "density_cscl_radii_formula_weight")
# an ion written with its charge: Mg²⁺, Mg2+, Mg^{2+}, Mg^2+, Na⁺, Na+, Cl⁻, Cl-, O2-
_ION = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z]?)\s?(?:\^?\{?\s?[1-4]?\s?[+\-−]\s?\}?|[²³⁴]?[⁺⁻])(?![A-Za-z0-9])"
)


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
