"""A mass written as a body's attribute: 'a 0.15 kg ball', 'a 2.0 kg block', 'an 800 g casting'.

A relation that needs the mass of a body binds only a value the words name as a mass ('a ball of mass
0.15 kg', 'm = 0.15 kg'). Written as an attribute before the body's noun, the value is still the body's
mass: a value in a mass unit right after 'a'/'an'/'the'/'one'/'each' and right before a word is a
body's size in kilograms, and nothing else a question writes that way is (a density, a molar mass or a
mass flow carry their '/', 'per' or 'mol'). The reading is taken only when that value is the only mass
the question writes (another one, 'a 2 kg block on a 5 kg cart', could be either body's), and then the
question is read as 'a mass of 0.15 kg ball': the words around the value name it.

:func:`named_body_mass` returns the question reworded so, or the question unchanged.
"""

from __future__ import annotations

import re

_NUMBER = r"\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MASS_UNIT = r"kg|g|mg|kilograms?|grams?|milligrams?|tonnes?|t|lb|lbs|pounds?"
# every value written in a mass unit, whatever follows it (a density in kg/m³ counts too: the rule then
# does not apply, which only keeps the question as it was)
_ANY_MASS = re.compile(rf"(?<![\w.])(?:{_NUMBER})\s*(?:{_MASS_UNIT})(?![A-Za-z])")
_ATTRIBUTE = re.compile(
    rf"(?P<art>\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Ee]ach))\s+(?P<value>(?:{_NUMBER})\s*(?:{_MASS_UNIT}))"
    r"(?P<gap>\s+)(?P<word>[a-z][a-z\-]{2,})\b"
)
# words that show the value is not a body's attribute ('a 2 kg of', 'a 5 g per hour', '1 kg mol')
_NOT_A_BODY = frozenset(
    {
        "of",
        "per",
        "mol",
        "mole",
        "moles",
        "each",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "at",
        "in",
        "on",
        "to",
        "for",
        "with",
        "from",
        "by",
        "the",
        "mass",
        "weight",
        "force",
        "more",
        "less",
        "than",
        "increase",
        "decrease",
        "change",
        "difference",
        "heavier",
        "lighter",
    }
)


def named_body_mass(question: str) -> str:
    """``question`` with its one body mass written as an attribute ('a 0.15 kg ball') reworded to name
    the value as a mass ('a mass of 0.15 kg ball'); unchanged when the question writes any other mass,
    or none written that way."""
    if len(_ANY_MASS.findall(question)) != 1:
        return question
    m = _ATTRIBUTE.search(question)
    if m is None or m.group("word").lower() in _NOT_A_BODY:
        return question
    head, tail = question[: m.start()], question[m.start("word") :]
    return f"{head}{m.group('art')} mass of {m.group('value')}{m.group('gap')}{tail}"
