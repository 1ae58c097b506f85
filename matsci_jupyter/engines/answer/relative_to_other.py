"""A property of the subject stated only as a share or multiple of another material's: refused.

'A Poisson's ratio one-third of that of rubber', 'an elastic modulus half that of steel', 'a
refractive index 10 % higher than that of water', 'a conductivity twice that of copper'. The
property's value is the share times the other material's value. The fraction word is no value of
the property itself (reading 'one-third' as ν = 0.333 is wrong), and a value written beside the
other material ('steel, whose modulus is 210 GPa') is that material's, not the subject's, so the
relations, which bind stated values to the subject's symbols, would answer with the wrong number.
Such a question is refused with the reason.

Read as a share: a spelled fraction ('one-third', 'two-thirds', 'a quarter', 'half'), a percent
('55 %', '40 percent') or a multiple ('twice', 'three times', '2.5 times'), then 'that of' or
'those of' (optionally 'of' before it, or 'higher/lower/more/less … than' between). A multiple is
read only after a property word in the same clause ('a modulus twice that of …'): 'a stressed
volume ten times that of the test bars' (the Weibull size ratio) and 'sin²θ of the second line is
twice that of the first' are ratios some relations read themselves and are left alone, and so is
a share of the subject's own value ('half that of its value at 300 K').
"""

from __future__ import annotations

import re

_SPELLED = (
    r"(?:(?:one|two|three|four|a)[\s-]+)?"
    r"(?:half|halves|thirds?|quarters?|fourths?|fifths?|tenths?|hundredths?)"
)
_PERCENT = r"\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)"
_MULTIPLE = (
    r"(?:twice|double|triple|thrice|"
    r"(?:\d+(?:\.\d+)?|two|three|four|five|six|ten|a\s+hundred|a\s+thousand)\s*(?:×|x\b|times\b))"
)
_COMPARED = r"(?:\s+(?:higher|lower|greater|smaller|larger|more|less|bigger)\s+than)?"
# 'that of its value at 0 K', 'that of the same bar': the subject's own value, read elsewhere
_THAT_OF = r"(?:\s+of)?\s+th(?:at|ose)\s+of\b(?!\s+(?:its|their|the\s+same)\b)"

_SHARE = re.compile(r"\b(?:" + _SPELLED + r"|" + _PERCENT + r")" + _COMPARED + _THAT_OF, re.I)
_PROPERTY = (
    r"(?:modulus|moduli|ratio|index|conductivity|resistivity|density|strength|toughness|hardness|"
    r"magneti[sz]ation|permeability|susceptibility|permittivity|coefficient|capacity|heat|"
    r"diffusivity|mobility|energy|gap|weight|mass|speed|velocity|expansion|constant)"
)
# 'a modulus twice that of aluminium': a property word, at most five words, then the multiple
_MULTIPLE_OF = re.compile(
    r"\b" + _PROPERTY + r"\b(?:[\s,]+[\w'’-]+){0,5}?\s+" + _MULTIPLE + _COMPARED + _THAT_OF,
    re.I,
)


def relative_to_other_refusal(question: str) -> str | None:
    """The refusal reason when a value is given only as a share or multiple of another material's
    ('one-third of that of rubber', 'half that of steel'); None otherwise."""
    m = _SHARE.search(question) or _MULTIPLE_OF.search(question)
    if m is None:
        return None
    phrase = " ".join(m.group(0).split())
    return (
        f"a value is stated only relative to another's ('{phrase} …'); it is that share of the "
        "other material's value, which is not the subject's own, so no number is given (state the "
        "property's value itself)"
    )
