"""Permanganate's reduction product is fixed by the medium: MnO₂ in neutral or weakly basic solution.

MnO₄⁻ takes 5 electrons to Mn²⁺ only in acid; in a neutral, weakly (faintly) basic or weakly
alkaline solution it takes 3 electrons to MnO₂. A question that sets such a medium and a response
whose every written equation reduces permanganate (KMnO₄ or MnO₄⁻ on the left) to Mn²⁺ (Mn²⁺, MnSO₄
or MnCl₂ on the right), none to MnO₂, has used the acidic-medium stoichiometry: its mole ratios
(e.g. I₂ per KMnO₄) are wrong by the factor 5/3.
"""

from __future__ import annotations

import re

from .checks import Check
from .text import SUBSCRIPT_DIGITS

_PERMANGANATE = re.compile(r"KMnO_?4|permanganate|MnO_?4", re.I)
_NEUTRAL = re.compile(
    r"\b(?:weakly|faintly|slightly|mildly)\s+(?:basic|alkaline)\b|\bneutral\s+(?:medium|solution)\b",
    re.I,
)
_ACID_TOO = re.compile(r"\bacidi(?:c|fied)\b|\bstrongly\s+(?:basic|alkaline)\b", re.I)
_ARROW = re.compile(r"→|->|⟶|\barrow\b|longrightarrow|rightarrow")
_MN_O4_LEFT = re.compile(r"MnO_?4(?![\d])")
_MN2_RIGHT = re.compile(r"Mn\s*\^\s*\(?2\+\)?|MnSO_?4|MnCl_?2(?!\d)")
_MNO2_RIGHT = re.compile(r"MnO_?2(?![\d])")


def permanganate_medium_check(question: str, lines: list[str]) -> Check | None:
    """Failed check when a neutral / weakly basic permanganate reaction is written to Mn²⁺ only."""
    if not _PERMANGANATE.search(question) or not _NEUTRAL.search(question):
        return None
    if _ACID_TOO.search(question):
        return None
    to_mn2: list[str] = []
    for line in lines:
        text = line.translate(SUBSCRIPT_DIGITS)
        parts = _ARROW.split(text)
        if len(parts) != 2 or not _MN_O4_LEFT.search(parts[0]):
            continue
        if _MNO2_RIGHT.search(parts[1]):
            return None  # the response does reduce it to MnO2 somewhere
        if _MN2_RIGHT.search(parts[1]):
            to_mn2.append(line.strip())
    if not to_mn2:
        return None
    return Check(
        "reaction medium",
        False,
        f"'{to_mn2[0][:90]}' reduces permanganate to Mn²⁺ (5 e⁻), the acidic-medium product; in the "
        "neutral or weakly basic solution the question sets it goes to MnO₂ (3 e⁻)",
    )
