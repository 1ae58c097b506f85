"""Givens whose words change what they are, which a relation fed the bare number misses.

* An area given for each of several faces ('exposed on both faces, each of area 100 in.²'): the
  exposed area is the sum, so a relation fed the one face's area answers another specimen.
* A molar mass labelled by an element symbol ('(F = 19.00 g/mol)') is that element's atomic weight,
  not a repeat unit's or a compound's molar mass; a relation that took it for one answers with the
  wrong mass.
* A cubic cell length asked (the lattice parameter, the cell edge) answered by a relation whose
  result is the atomic radius, or the reverse: the relation has read the asked quantity as a given.
"""

from __future__ import annotations

import re

_SEVERAL_FACES = re.compile(
    r"\b(?:both|two|all\s+(?:four|six|\w+))\s+(?:of\s+its\s+)?(?:faces|sides|surfaces)\b", re.I
)
_EACH_AREA = re.compile(
    r"\beach\s+(?:of\s+)?(?:an?\s+)?(?:surface\s+)?area\b|\beach\s+(?:face|side|surface)\b"
    r"|\bper\s+(?:face|side|surface)\b|\b(?:faces|sides|surfaces),?\s+each\b"
    r"|\barea\s+of\s+(?:one|a\s+single|each)\s+(?:face|side|surface)\b"
    r"|\b(?:on|of|for)\s+each\s+of\s+(?:its|the)\s+\w+\s+(?:faces|sides|surfaces)\b",
    re.I,
)


def per_face_area_refusal(question: str, steps: list[str]) -> str | None:
    """An area stated per face for a body exposed on several faces, answered by a relation fed an
    area: the relation would take one face for the whole exposed area."""
    if not any("area" in s.lower() for s in steps if not s.startswith("Relation:")):
        return None
    if not (_SEVERAL_FACES.search(question) and _EACH_AREA.search(question)):
        return None
    return (
        "the question gives the area of each of several exposed faces, and the relation takes one "
        "area for the whole exposed surface; no number is given"
    )


# 'F = 19.00 g/mol', '(Cl = 35.45 g/mol)': a capitalised element symbol labels the molar mass
_ELEMENT_LABEL = re.compile(
    r"(?<![\w_])(?P<sym>[A-LN-Z][a-z]?)\s*=\s*(?P<v>\d+(?:\.\d+)?)\s*(?:g\s*/\s*mol|g\s*mol)", re.U
)
_MOLAR_STEP = re.compile(
    r"^(?P<name>[^:]*(?:repeat|mer|molecular weight|molar mass)[^:]*):\s*(?P<v>[\d.]+(?:×10\^-?\d+)?)"
    r"\s*g/mol",
    re.I,
)


def element_weight_refusal(question: str, steps: list[str]) -> str | None:
    """A molar mass the relation used (a repeat unit's, a molecule's) equals a number the question
    labels with an element symbol: an element's atomic weight put in for a compound's."""
    from .text import normalize

    labelled = {
        float(m.group("v")): m.group("sym") for m in _ELEMENT_LABEL.finditer(normalize(question))
    }
    if not labelled:
        return None
    for step in steps:
        m = _MOLAR_STEP.match(step.strip())
        if m is None or "atomic" in m.group("name").lower():
            continue
        try:
            value = float(m.group("v"))
        except ValueError:
            continue
        for number, symbol in labelled.items():
            if abs(value - number) <= 1e-9 * max(1.0, number):
                return (
                    f"the relation took {number:g} g/mol, the atomic weight the question labels "
                    f"'{symbol}', for the {m.group('name').strip()}; no number is given"
                )
    return None


_ASK_SENTENCE = re.compile(
    r"[^.?!]*\b(?:calculate|compute|determine|find|estimate|what|give|express|obtain)\b[^.?!]*[.?!]?",
    re.I,
)
_CELL_LENGTH = re.compile(
    r"\blattice\s+(?:parameter|constant)\b|\bcell\s+(?:edge|length|parameter)\b|\bcube\s+edge\b",
    re.I,
)
_ATOM_SIZE = re.compile(
    r"\batomic\s+(?:radius|diameter)\b|\bradius\s+of\s+(?:an?|the)\s+\w+\s+atom\b"
)


def asked_cell_length_refusal(question: str, target: str | None) -> str | None:
    """The question asks the lattice parameter and the answer is the atomic radius (or it asks the
    atomic size and the answer is the lattice parameter)."""
    if not target:
        return None
    asks = [m.group(0) for m in _ASK_SENTENCE.finditer(question)]
    if not asks:
        return None
    ask = asks[-1]
    target_low = target.lower()
    cell = _CELL_LENGTH.search(ask)
    if ("radius" in target_low or "diameter" in target_low) and cell and not _ATOM_SIZE.search(ask):
        return (
            f"the question asks the cell length ('{cell.group(0)}'), and the relation's result "
            f"is the {target_low}; no number is given"
        )
    if (
        "lattice parameter" in target_low
        and _ATOM_SIZE.search(ask)
        and not _CELL_LENGTH.search(ask)
    ):
        return (
            f"the question asks the atomic size, and the relation's result is the {target_low}; "
            "no number is given"
        )
    return None
