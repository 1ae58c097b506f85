"""A question that asks a value *with its sign*, answered by a relation that gives a magnitude.

Several relations are written for magnitudes: |σ| = Eα|ΔT| for a restrained bar, |ΔG_v| = ΔH_f ΔT/T_m
for the driving force of solidification, J = D|dC/dx|, |R_H| = 1/(n|e|). Asked 'with its sign',
'(negative if compressive)' or for the 'signed' value, the key is the signed number (−120 MPa,
−43 MJ/m³), which the relation cannot give: the answer is refused with the reason, never given as a
positive number that may be the key's opposite. A body loaded in compression in words, the load
written as a positive number, gives any relation only the load's size: a signed value asked there is
refused too (:func:`worded_compression_refusal`).
"""

from __future__ import annotations

import re
from typing import Any

# the question asks the sign itself or states a sign convention: 'with its sign', 'including the
# sign', 'the signed value', 'sign convention', '(negative if compressive)', 'tension positive',
# '(a decrease is negative)', 'a shift to lower angle as a negative number'
_SIGN_ASKED = re.compile(
    r"\bwith\s+(?:its|the|a|an|correct)\s+(?:(?:correct|proper|appropriate|algebraic)\s+)?sign\b"
    r"|\bincluding\s+(?:its|the)\s+(?:algebraic\s+)?sign\b"
    r"|\bsigned\b"
    r"|\b(?:give|state|indicate|show|include|keep)\s+(?:its|the)\s+(?:algebraic\s+)?sign\b"
    r"|\bsign\s+convention\b"
    # 'give a shift to lower angle as a negative number', 'report a loss as a negative value'
    r"|\bas\s+(?:a\s+)?(?:negative|positive)\s+(?:number|value|quantity)\b"
    r"|\b(?:negative|positive)\s+(?:if|when|for|in|means)\s+(?:it\s+is\s+)?(?:an?\s+)?"
    r"(?:compress\w*|tensi\w*|released?|absorbed?|evolved|given\s+off|decreases?|increases?|"
    r"contract\w*|expan\w*|heat\w*|cool\w*|exotherm\w*|endotherm\w*)"
    r"|\b(?:tensile|tension|compressive|compression|increases?|decreases?|expansions?|contractions?|"
    r"elongations?|extensions?|shrinkage|reductions?|released|absorbed|exothermic|endothermic)\s+"
    r"(?:stress(?:es)?\s+|strains?\s+|values?\s+)?"
    r"(?:is\s+|are\s+|as\s+|(?:taken|counted|reckoned|considered|treated)\s+(?:as\s+)?|being\s+)?"
    r"(?:positive|negative)\b",
    re.I,
)
# ... unless the magnitude itself is asked
_MAGNITUDE_ASKED = re.compile(r"\b(?:magnitude|absolute)\b", re.I)


def stated_sign(text: str) -> str | None:
    """The words by which the question asks the signed value ('with its sign', 'tension positive'),
    or None (also when it asks for the magnitude or the absolute value)."""
    if _MAGNITUDE_ASKED.search(text):
        return None
    m = _SIGN_ASKED.search(text)
    return m.group(0) if m else None


def sign_asked(text: str) -> bool:
    """The question asks for the value with its sign (not merely its size)."""
    return stated_sign(text) is not None


def gives_magnitude(relation: Any, unknown: str) -> bool:
    """``relation`` (the outer step of a chain) yields only the magnitude of ``unknown``: the
    unknown sits inside Abs(…), equals an expression holding Abs(…), or the relation is written
    for a magnitude ('|V_H| = …')."""
    while getattr(relation, "parts", ()):
        relation = relation.parts[0]
    name = re.escape(unknown)
    for part in str(relation.equation).split(";"):
        lhs, _, rhs = part.partition("=")
        lhs, rhs = lhs.strip(), rhs.strip()
        if re.search(r"Abs\([^()]*\b" + name + r"\b", part):
            return True
        if lhs == unknown and "Abs(" in rhs:
            return True
    first_lhs = str(relation.equation).split("=")[0].strip()
    return first_lhs == unknown and str(relation.description).lstrip().startswith("|")


def signed_value_refusal(relation: Any, unknown: str, text: str) -> str | None:
    """The refusal when ``text`` asks the signed value of ``unknown`` and ``relation`` gives only
    its magnitude, else None."""
    words = stated_sign(text)
    if words is None or not gives_magnitude(relation, unknown):
        return None
    what = str(getattr(relation, "title", "") or unknown).lower()
    return (
        f"the question asks for the value with its sign ('{words}'), and the relation gives only "
        f"its magnitude ({what}), which does not tell the sign, so no signed number is given"
    )


# the body is loaded or deformed in compression, in words ('a compressive load of 35 kN', 'is
# compressed by', 'loaded in compression')
_COMPRESSIVE_WORDED = re.compile(
    r"\bcompressive\s+(?:axial\s+)?(?:load|force|stress)\b|\bin\s+compression\b"
    r"|\bcompress(?:ed|es|ing)\b",
    re.I,
)
# ... by a load or stress (not by lengths that shrink, whose relation carries the sign itself)
_COMPRESSIVE_LOAD = re.compile(
    r"\bcompressive\s+(?:axial\s+)?(?:load|force|stress)\b|\bin\s+compression\b"
    r"|\bcompress(?:ed|es|ing)\s+(?:by|under|with)\s+(?:\S+\s+){0,4}?(?:load|force|stress)\b",
    re.I,
)
# the compressive value written with its minus sign ('σ = −80 MPa'): the relations read the sign
_NEGATIVE_NUMBER = re.compile(r"(?:^|[\s=(:])[-−–]\s?\d")


def _compression_negative(words: str) -> bool:
    low = words.lower()
    return ("compress" in low and "negative" in low) or ("tensi" in low and "positive" in low)


def worded_compression_refusal(text: str, value: float) -> str | None:
    """A stress or strain asked with its sign ('compression negative', 'tension positive', 'with
    its sign') for a body the question loads in compression in words, the load written as a
    positive number: the relations are fed the load's size, so the sign of what they give is not
    the one asked (the axial strain is negative, the lateral strain under it positive) and any
    value is refused. A body compressed by lengths that shrink keeps a negative result (the
    relation carries the sign), and a positive one is refused when compression counts negative.
    None when no sign is asked or the compressive value is written with its minus sign."""
    words = stated_sign(text)
    if words is None or _NEGATIVE_NUMBER.search(text):
        return None
    rest = text.replace(words, " ")
    load = _COMPRESSIVE_LOAD.search(rest)
    if load is not None:
        return (
            f"the question fixes a sign ('{words}') and loads the body in compression "
            f"('{load.group(0)}'), the load written as a positive number; the relation is fed its "
            "size, so the sign of its result is not the one asked and no signed number is given"
        )
    if value <= 0 or not _compression_negative(words) or not _COMPRESSIVE_WORDED.search(rest):
        return None
    return (
        f"the question counts compression negative ('{words}') and loads the body in compression, "
        "but the relation, fed the load's size, gives a positive value; no signed number is given"
    )


# a convention that counts a decrease positive or an increase negative ('taking contraction as
# positive', 'an expansion counted negative', 'positive if the bar shortens'): the opposite of the
# convention every relation of the library is written in
_LINK = (
    r"(?:is\s+|are\s+|being\s+)?"
    r"(?:as\s+|(?:taken|counted|reckoned|considered|treated)\s+(?:as\s+)?)?"
)
_REVERSED_SIGN = re.compile(
    r"\b(?:contractions?|decreases?|reductions?|shrinkage|compression|compressive(?:\s+stress(?:es)?)?"
    r"|shortening|losses)\s+" + _LINK + r"positive\b"
    r"|\b(?:expansions?|increases?|elongations?|extensions?|tension|tensile(?:\s+stress(?:es)?)?"
    r"|lengthening|gains?)\s+" + _LINK + r"negative\b"
    r"|\bpositive\s+(?:if|when|for)\s+(?:it\s+is\s+)?(?:an?\s+|the\s+\w+\s+)?"
    r"(?:contract\w*|decreas\w*|compress\w*|shrink\w*|shorten\w*)"
    r"|\bnegative\s+(?:if|when|for)\s+(?:it\s+is\s+)?(?:an?\s+|the\s+\w+\s+)?"
    r"(?:expan\w*|increas\w*|tensi\w*|elongat\w*|lengthen\w*)",
    re.I,
)


def reversed_sign_refusal(text: str) -> str | None:
    """The question states a sign convention that counts a decrease (contraction, compression)
    positive or an increase negative. The library's relations give an increase, an expansion and a
    tension as positive, so their signed number has the other sign from the key: refused."""
    m = _REVERSED_SIGN.search(text)
    if m is None:
        return None
    return (
        f"the question counts a decrease positive or an increase negative ('{m.group(0)}'), the "
        "opposite of the relation's sign convention; no signed number is given"
    )
