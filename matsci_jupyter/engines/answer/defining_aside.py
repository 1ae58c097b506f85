"""A number that only restates what a named quantity is, not a value of the problem.

Writers define a quantity beside its value: 'the characteristic strength (at which 63 % fail) is
400 MPa', 'a characteristic life, the life at which 63.2 % of the parts have failed, of 5000 h', 'a
yield strength (0.2 % offset) of 350 MPa', 'its 0.2 % proof stress is 280 MPa'. The 63 % (1 − 1/e) and
the 0.2 % offset belong to the definition of the quantity named, so the solver must not read them as
givens (it left them unused and refused). :func:`without_defining_numbers` removes them when:

* the aside comes right after (or, for the offset, right before) the quantity's name: a Weibull
  characteristic strength, stress, life, lifetime or scale parameter; a yield strength or stress, or a
  proof stress or strength;
* its number is the one the definition fixes: 63 or 63.2 % failed (or 36.8 % surviving) for the Weibull
  quantities, 0.2 % for the offset; any other number there (a '50 %') is left as written, and the
  question then refused as before;
* it is in brackets or set off by commas, or (the offset) written before the name.
"""

from __future__ import annotations

import re

_WEIBULL_NAME = (
    r"characteristic\s+(?:(?:fracture\s+)?strength|stress|life(?:time)?|value)"
    r"|(?:weibull\s+)?scale\s+parameter"
)
_YIELD_NAME = r"yield\s+(?:strength|stress|point)|proof\s+(?:stress|strength)"
_FAILED = (
    r"(?:63(?:\.2)?\s*%|63(?:\.2)?\s*per\s*cent)\s*(?:of\s+(?:the\s+)?\w+\s+)?"
    r"(?:(?:have|has|will\s+have)\s+)?(?:fail(?:ed|s|ure)?|break|broken|fractured?)"
    r"|(?:36\.8|37)\s*%\s*(?:of\s+(?:the\s+)?\w+\s+)?surviv\w*"
)
_WEIBULL_INSIDE = (
    rf"(?:(?:the\s+)?(?:stress|strength|life|time|value|load)\s+)?(?:at\s+which|where|when|for\s+which|by\s+which)\s+"
    rf"(?:{_FAILED})|(?:{_FAILED})|63(?:\.2)?\s*%\s*(?:failure|fracture)\s*probability"
)
_OFFSET_INSIDE = r"0\.2\s*%\s*(?:strain\s+)?(?:offset|proof)(?:\s+method)?"
_AFTER_NAME = re.compile(
    rf"(?P<name>\b(?:{_WEIBULL_NAME}))\s*(?:\(\s*(?:{_WEIBULL_INSIDE})\s*\)|,\s*(?:{_WEIBULL_INSIDE})\s*,)"
    rf"|(?P<yname>\b(?:{_YIELD_NAME}))\s*(?:\(\s*(?:{_OFFSET_INSIDE})\s*\)|,\s*(?:{_OFFSET_INSIDE})\s*,)",
    re.I,
)
_OFFSET_BEFORE = re.compile(
    rf"\b{_OFFSET_INSIDE}\s+(?=(?:{_YIELD_NAME})\b)|\b0\.2\s*%\s*(?=proof\s+(?:stress|strength)\b)",
    re.I,
)


def without_defining_numbers(question: str) -> str:
    """The question with the numbers that define a named quantity removed (unchanged when none)."""
    text = _AFTER_NAME.sub(lambda m: m.group("name") or m.group("yname"), question)
    return _OFFSET_BEFORE.sub("", text)
