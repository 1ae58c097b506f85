"""The sign of a lateral change under an axial load, when the question asks it with its sign.

Poisson's ratio is defined as ν = −ε_lateral/ε_axial (Callister, eq. 6.8), and ν > 0 for every
ordinary solid: a bar pulled in tension gets thinner, a bar pressed in compression gets thicker. A
question that loads a bar one way only and asks the change of its diameter (width, thickness) *with
its sign* is answered by a negative number under tension and a positive one under compression; a
final answer of the other sign is provably wrong, whatever the magnitude (the response that writes
ε_x = ν ε_z drops the minus of the definition).
"""

from __future__ import annotations

import re
from typing import Any

from .checks import Check
from .signed_ask import stated_sign
from .step_check import fmt_quantity

_TENSION = re.compile(r"\b(?:pulled|stretched|tensile|tension|elongat\w*|extended)\b", re.I)
_COMPRESSION = re.compile(r"\b(?:compress\w*|pressed|squeezed|shortened)\b", re.I)
_POISSON = re.compile(r"poisson|\bν\s*=|\bnu\s*=", re.I)
_LATERAL_ASK = re.compile(
    r"\bchange\s+(?:in|of)\s+(?:the\s+|its\s+)?(?:bar'?s?\s+|rod'?s?\s+)?"
    r"(?:diameter|width|thickness|radius|lateral\s+dimension)\b"
    # 'by how much does the diameter change?'
    r"|\b(?:diameter|width|thickness|radius|lateral\s+dimension)\s+changes?\b",
    re.I,
)


_SAYS_DECREASE = re.compile(
    r"\b(?:decrease[sd]?|reduc(?:es|ed)|shr(?:inks?|ank|unk)|contract(?:s|ed)?|narrow(?:s|ed)?|"
    r"thins?|thinned|drops?|dropped|falls?|fell)\s+(?:\w+\s+)?(?:by|of)\b",
    re.I,
)
_SAYS_INCREASE = re.compile(
    r"\b(?:increase[sd]?|grows?|grew|expand(?:s|ed)?|swell(?:s|ed)?|widen(?:s|ed)?|"
    r"thickens?|thickened|rises?|rose)\s+(?:\w+\s+)?(?:by|of)\b",
    re.I,
)


def poisson_sign_check(question: str, quantity: Any, final_line: str = "") -> Check | None:
    """A failed check when the signed lateral change asked has the sign opposite to the one
    Poisson's contraction gives under the question's one kind of load; None otherwise. A final
    line that gives the direction in words and the size as a number ('the diameter decreases by
    5.9 µm') states the signed change: its magnitude is not a sign error when the words say the
    direction the load gives."""
    if quantity is None or stated_sign(question) is None:
        return None
    if not _POISSON.search(question) or not _LATERAL_ASK.search(question):
        return None
    tension, compression = _TENSION.search(question), _COMPRESSION.search(question)
    if bool(tension) == bool(compression):
        return None  # no load named, or both: the sign is not fixed by the question
    try:
        value = float(quantity.magnitude)
    except (TypeError, ValueError):
        return None
    if value == 0 or (value < 0) == bool(tension):
        return None
    worded = _SAYS_DECREASE if tension else _SAYS_INCREASE
    if worded.search(final_line):
        return None  # 'decreases by 5.9 µm' under tension: the size with its direction in words
    load, effect, sign = (
        ("tensile", "contracts", "negative") if tension else ("compressive", "expands", "positive")
    )
    return Check(
        "sign",
        False,
        f"the question asks the change with its sign under a {load} load: with ν = "
        f"−ε_lateral/ε_axial > 0 the section {effect}, so the change is {sign} "
        f"({fmt_quantity(-quantity)}), not {fmt_quantity(quantity)}",
    )
