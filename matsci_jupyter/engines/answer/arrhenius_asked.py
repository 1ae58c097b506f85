"""What a ratio at two temperatures is a ratio of: a rate, a time, or a length.

A thermally activated rate (D, a rate constant, the vacancy fraction) goes as exp(−Q/RT). The
time to reach a given state goes as its reciprocal, exp(+Q/RT), so 'the ratio of the time needed
at 1000 K to that at 1100 K' is the reciprocal of the ratio of D. A diffusion length reached in a
fixed time goes as √(Dt), the square root of the ratio of D. Only the rate is read by the
exp(−Q/RT) ratio; this module names which of the three the asked clause speaks of (its head noun
after 'ratio of' or the comparative after 'how many times'), so that a time or a length is not
answered with the ratio of rates. Dimensionless; no units are read here.
"""

from __future__ import annotations

import re

__all__ = ["ratio_kind"]

# 'the ratio of the diffusion distance reached in …', 'ratio of the time needed at …': the head
# noun phrase runs up to the first word that starts what qualifies it
_RATIO_HEAD = re.compile(
    r"\bratio\s+of\s+(?:the\s+)?(?P<head>[^.?;,]*?)"
    r"(?=\s+(?:at|in|for|reached|needed|required|taken|after|to|between|of|that|when|over)\b"
    r"|\s*[.?;,]|$)",
    re.I,
)
_TIMES_ADJ = re.compile(r"\bhow\s+many\s+times\s+(?P<adj>\w+)", re.I)

_TIME_WORDS = re.compile(
    r"\b(?:times?|durations?|half[-\s]?lives?|half[-\s]?life|hours?|minutes?|seconds?|"
    r"longer|shorter|quicker|slower\s+to)\b",
    re.I,
)
_LENGTH_WORDS = re.compile(
    r"\b(?:distances?|depths?|penetrations?|thickness(?:es)?|lengths?|layers?|sizes?|"
    r"diameters?|deeper|thicker|farther|further|larger\s+grains?)\b",
    re.I,
)


# a quantity that goes as the reciprocal of a rate without being a time ('the viscosity', 'the
# resistivity', 'the creep life'): not read as a rate
_RECIPROCAL_WORDS = re.compile(
    r"\b(?:viscosit(?:y|ies)|resistivit(?:y|ies)|resistances?|lifetimes?|lives|life|"
    r"(?:time|times)\s+to\s+(?:failure|rupture))\b",
    re.I,
)


def ratio_kind(asked: str) -> str | None:
    """'time', 'length', 'reciprocal' (a viscosity, resistivity or lifetime: the reciprocal of a
    rate, not a time the relations read) or None (a rate, or not said) for the quantity a
    two-temperature ratio in the asked clause ``asked`` is taken of."""
    m = _RATIO_HEAD.search(asked)
    head = m.group("head") if m else None
    if head is None:
        t = _TIMES_ADJ.search(asked)
        head = t.group("adj") if t else None
    if not head:
        return None
    if _LENGTH_WORDS.search(head):
        return "length"
    if _TIME_WORDS.search(head):
        return "time"
    if _RECIPROCAL_WORDS.search(head):
        return "reciprocal"
    return None
