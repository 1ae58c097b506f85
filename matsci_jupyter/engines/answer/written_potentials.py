"""Standard reduction potentials that a galvanic-cell question writes itself.

'E°(Cu²⁺/Cu) = +0.340 V', 'E°_Zn²⁺/Zn = −0.763 V', 'Ni²⁺/Ni = −0.250 V', 'Cu²⁺ + 2e⁻ → Cu: +0.340 V',
or '… in 1.0 M Ni²⁺ (E° = −0.250 V)': each value (volts) is tied to the ion written right before it,
and, where the couple is spelled out ('/Cu', '→ Cu'), only when its metal is that ion's element.
A cell of two metals is then computed with the question's own values: every couple of the cell must
have exactly one written value (one couple written and the other taken from a table would mix two
sources, so that is refused). Without written potentials the table (Callister Table 17.1, 25 °C)
is used as before. The half-reaction arrows ('Cu²⁺ + 2e⁻ → Cu') are not a cell reaction: they are
blanked before the cell's written order is read.
"""

from __future__ import annotations

import re

# between the ion and the value: '/Cu) = ', '/Cu = ', ' + 2e^- → Cu: ', ' (E° = ', ' | '
_TIE = re.compile(
    r"\s*(?:/\s*(?P<slash>[A-Z][a-z]?)\s*\)?\s*\|?|"
    r"\+\s*\d?\s*e\s*\^?\s*[-−⁻]\s*(?:→|->|⟶)\s*(?P<arrow>[A-Z][a-z]?)|"
    r"\(\s*[EV]\s*(?:°|\^?\s*0|\^\s*\\?circ|\^\s*o)?\s*)\s*[:=]\s*"
)
# an electron written before an arrow: a half-reaction, not the cell reaction
_HALF_ARROW = re.compile(r"(?P<e>\d?\s*e\s*\^?\s*[-−⁻]\s*)(?P<arrow>→|->|⟶)")


def written_couple(
    text: str, start: int, species: list[tuple[int, int, str, int]]
) -> tuple[str, int] | None:
    """The (element, charge) couple a potential written at ``start`` belongs to, or None when it
    cannot be tied to one ion written right before it."""
    before = [sp for sp in species if sp[1] <= start]
    if not before:
        return None
    _s, end, element, charge = before[-1]
    tie = _TIE.fullmatch(text[end:start])
    if tie is None:
        return None
    metal = tie.group("slash") or tie.group("arrow")
    if metal is not None and metal != element:
        return None
    return element, charge


def standard_potentials(
    couples: set[tuple[str, int]],
    written: dict[tuple[str, int], set[float]],
    table: dict[tuple[str, int], float],
) -> dict[tuple[str, int], float] | None:
    """The standard potential (V) of each couple of the cell: the question's own where it writes
    any, else the table's; None when a couple has none, or two different written values."""
    if not written:
        if any(c not in table for c in couples):
            return None
        return {c: table[c] for c in couples}
    if len(couples) < 2:
        return None  # a concentration cell needs none: a written potential is something else
    found: dict[tuple[str, int], float] = {}
    for couple in couples:
        values = written.get(couple)
        if not values or len(values) != 1:
            return None
        found[couple] = next(iter(values))
    return found


def without_half_reaction_arrows(text: str) -> str:
    """``text`` with the arrows of half-reactions ('Cu²⁺ + 2e⁻ → Cu') blanked, offsets kept."""
    return _HALF_ARROW.sub(lambda m: m.group("e") + " " * len(m.group("arrow")), text)
