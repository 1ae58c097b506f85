"""An internal crack's half-length answered for its length.

In K = Yσ√(πa) and in Griffith's σ_c = √(2Eγ_s/(πa)) the length a is the length of a surface crack
but **half** the length of an internal (embedded) crack (Callister §8.5, fig. 8.8). A question
about an internal crack that asks its length (its total or full length, the longest crack that is
tolerated), not its half-length, is answered by 2a; a final answer equal to the a the response
solved for, with twice it written nowhere, is the half-length given for the length.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .prose import Statement
from .step_check import chain_symbol, fmt_quantity, strip_words

_INTERNAL = re.compile(r"\b(?:internal|embedded|interior)\b[^.?]{0,40}\bcracks?\b", re.I)
_LENGTH_ASK = re.compile(r"\b(?:length|long(?:est)?)\b", re.I)
_HALF_ASK = re.compile(
    r"half[-\s]?length|\bhalf\s+(?:of\s+)?(?:the\s+|its\s+)?(?:crack\s+)?length|\ba\b\s*(?:\(|,|of)",
    re.I,
)
_A_SYMBOL = re.compile(r"a(?:_?c|_?crit|_?max|_?\{c\})?")
_KIC_FORM = re.compile(
    r"√\s*\(?\s*π\s*\*?\s*a|sqrt\s*\(\s*pi\s*\*?\s*a|\(\s*1\s*/\s*π\s*\)|/\s*\(?π\s*\*?\s*a", re.I
)


def internal_crack_check(
    question: str, chains: list[Statement], lines: list[str], quantity: Any
) -> Check | None:
    """A failed check when an internal crack's length is asked and the final answer is the
    half-length a the response solved for; None otherwise."""
    from .expression import numbers_with_units

    if quantity is None or str(quantity.dimensionality) != "[length]":
        return None
    if not _INTERNAL.search(question) or not _LENGTH_ASK.search(question):
        return None
    if _HALF_ASK.search(question) or re.search(r"\bsurface\b|\bedge\b", question, re.I):
        return None
    text = "\n".join(lines)
    if not _KIC_FORM.search(text):
        return None
    final_si = float(quantity.to_base_units().magnitude)
    solved = None
    for st in chains:
        if not _A_SYMBOL.fullmatch(chain_symbol(st).replace("ᶜ", "c")):
            continue
        for side in st.sides[1:]:
            side = re.split(r",\s*(?:i\.e\.|or|that is)\s", side)[0]  # '…m, i.e. 2.63 mm'
            found = numbers_with_units(strip_words(side))
            if len(found) == 1 and str(found[0][0].dimensionality) == "[length]":
                solved = found[0][0]
    if solved is None:
        return None
    a_si = float(solved.to_base_units().magnitude)
    if not math.isclose(final_si, a_si, rel_tol=0.01):
        return None
    for q, _t, _s in numbers_with_units(text):
        if str(q.dimensionality) == "[length]" and math.isclose(
            float(q.to_base_units().magnitude), 2 * a_si, rel_tol=0.01
        ):
            return None  # twice a is written: the response knows the length is 2a
    return Check(
        "asked quantity",
        False,
        f"for an internal crack a in K = Yσ√(πa) is half the crack's length; the question asks "
        f"its length, 2a = {fmt_quantity(2 * quantity)}, not a = {fmt_quantity(quantity)}",
    )
