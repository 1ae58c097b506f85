"""A volume (cubical) expansion coefficient must not stand in for the linear one.

A relation with the linear coefficient α_l (ΔL = α_l L₀ ΔT, the density fall (1 + α_l ΔT)⁻³, a thermal
stress E α_l ΔT) reads any "expansion coefficient" it finds. When the words just before the value call
it a volume, volumetric or cubical coefficient (β, α_v: units 1/K, about 3α_l for an isotropic solid),
using it as α_l is a number three times too large, so the answer is refused with a reason instead.
The converse holds too: a relation with the volume coefficient β (ΔV = β V₀ ΔT) must not read a
value the question calls linear ('α =', 'α_l', 'linear coefficient'): that number is three times too
small, and the volume change from it is :mod:`.relations.volume_from_linear`'s (ΔV = 3α_l V₀ ΔT).
"""

from __future__ import annotations

import re
from typing import Any

# 'volumetric expansion coefficient', 'volume thermal expansion coefficient', 'coefficient of volume
# expansion', 'cubical expansivity', 'β =', 'α_v ='; read only in the clause before the value
_VOLUME_WORDS = re.compile(
    r"\b(?:volum(?:e|etric)|cubical|cubic|bulk)\s+(?:thermal\s+)?(?:expansion|expansivity|coefficient)"
    r"|\bcoefficient\s+of\s+(?:volum(?:e|etric)|cubical|cubic|bulk)\b"
    r"|(?:^|[\s(,;:])(?:β|beta|α_?v|alpha_?v)\s*(?:=|≈|of\b|is\b)",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;?!]\s|\n")
_LINEAR_SYMBOLS = ("alpha",)
_VOLUME_SYMBOLS = ("beta_v",)
# 'α =', 'α_l =', 'alpha of', 'linear (thermal) expansion coefficient', 'coefficient of linear expansion'
_LINEAR_WORDS = re.compile(
    r"\blinear\b|(?:^|[\s(,;:])(?:α|alpha)(?:_?[lL])?\s*(?:=|≈|of\b|is\b|\()",
    re.I,
)


def _clause_before(text: str, start: int) -> str:
    before = text[max(0, start - 80) : start]
    ends = list(_CLAUSE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def volume_coefficient_refusal(bindings: dict[str, Any], text: str) -> str | None:
    """Why the linear coefficient α_l was filled from a volume coefficient, or the volume one β from a
    linear coefficient (None when neither was).

    ``bindings`` maps a relation's symbol names to what filled them (``.source``, ``.given`` with
    ``.start``); ``text`` is the question."""
    for name in _LINEAR_SYMBOLS:
        b = bindings.get(name)
        if b is None or getattr(b, "source", None) != "question" or b.given is None:
            continue
        start = b.given.start
        before = text[max(0, start - 80) : start]
        ends = list(_CLAUSE_END.finditer(before))
        if ends:
            before = before[ends[-1].end() :]
        if _VOLUME_WORDS.search(before):
            return (
                "the question gives a volume (cubical) expansion coefficient, and this relation "
                "needs the linear one, α_l; α_v ≈ 3α_l holds only for an isotropic solid, so give "
                "the linear coefficient or ask for a volume change"
            )
    for name in _VOLUME_SYMBOLS:
        b = bindings.get(name)
        if b is None or getattr(b, "source", None) != "question" or b.given is None:
            continue
        before = _clause_before(text, b.given.start)
        if _LINEAR_WORDS.search(before) and not _VOLUME_WORDS.search(before):
            return (
                "the question gives the linear expansion coefficient α_l, and this relation needs "
                "the volume one (β = α_v); for an isotropic solid the volume change is 3α_l V₀ ΔT"
            )
    return None
