"""The asked state of a two-state question, written out: a property given at one temperature and
asked at a second.

Two-state relations (Curie's law χ₁T₁ = χ₂T₂, an Arrhenius rate or diffusivity at two temperatures,
resistivity against temperature) read a property's value at a first temperature and solve for it at
a second. Exams write the first state with the property's name before the temperature ('Its
susceptibility at 300 K is 2.4 × 10⁻⁴') and ask the second with a pronoun ('What is it at 77 K?',
'What does it become after cooling to 77 K?'). The matcher names a bare number by the words right
before it (here only 'is') and a target by the words of the question clause (here only 'it'), so
neither is read. This module rewrites the two phrasings into the plain ones the matcher reads:

* 'X at T₁ is v' → 'X is v at T₁', for a bare number v (a value with a unit is bound by its unit
  already, and is left as written);
* 'What is it at T₂?' → 'What is the X at T₂?', when the text before names exactly one such property
  at a temperature, and the asked clause names exactly one temperature.

A question that names two properties, asks at two temperatures or at none is left as it is (and so
is refused as before). Temperatures in K, °C or °F.
"""

from __future__ import annotations

import re

# the properties that two-state relations of the library scale with temperature (longest first)
_PROPERTIES = (
    r"(?:(?:magnetic|volume|mass|molar|paramagnetic)\s+)?susceptibility",
    r"(?:electrical\s+)?resistivity",
    r"(?:electrical\s+)?conductivity",
    r"(?:reaction\s+)?rate\s+constant",
    r"diffusion\s+coefficient",
    r"diffusivity",
    r"(?:reaction\s+)?rate",
)
_PROPERTY = r"(?:" + "|".join(_PROPERTIES) + r")"
_PROPERTY_RE = re.compile(r"\b" + _PROPERTY + r"\b", re.I)
_NUM = r"[-+−]?\d+(?:\.\d+)?(?:\s*(?:[eE][-+−]?\d+|[×xX*·]\s*10\s*\^\s*[-+−]?\d+))?"
_TEMP = _NUM + r"\s*(?:K|°C|°F)(?![A-Za-z])"
_TEMP_RE = re.compile(_TEMP)

# 'Its susceptibility at 300 K is 2.4×10^-4.': the name, the state, then a bare value
_STATED_AT_FIRST = re.compile(
    r"(?P<name>\b" + _PROPERTY + r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?)"
    r"\s+at\s+(?P<t1>" + _TEMP + r")\s*,?\s+(?P<verb>is|was|equals|=)\s+(?P<val>" + _NUM + r")"
    r"(?=\s*(?:[.;,]\s|[.;,]?$|\s+and\b|\s+while\b))",
    re.I,
)
# 'What is it at 77 K?', 'What does it become after cooling in liquid nitrogen to 77 K?',
# 'Estimate it at 500 °C.': the asked clause, its pronoun and its condition
_ASKED_BY_PRONOUN = re.compile(
    r"\b(?P<head>what\s+(?:is|will|would|does|should)\s+|(?:find|estimate|calculate|compute|"
    r"determine|predict)\s+)(?P<it>it)(?P<verb>(?:\s+(?:be|become|equal))?)(?P<rest>\s+(?:at|after|when|"
    r"on|upon|once|if)\b[^?]*?)(?=\?|\.(?:\s|$)|$)",
    re.I,
)
_SENTENCE_END = re.compile(r"[.?!](?:\s|$)")


def _names(text: str) -> set[str]:
    """The distinct two-state properties ``text`` names (keyed by their last word and 'constant')."""
    out = set()
    for m in _PROPERTY_RE.finditer(text):
        words = m.group(0).lower().split()
        out.add("rate constant" if words[-1] == "constant" else words[-1])
    return out


def _asks_one_other_temperature(clause: str) -> bool:
    return len(_TEMP_RE.findall(clause)) == 1


def asked_state_question(question: str) -> tuple[str, list[str]]:
    """``question`` (plain text, see :func:`.text.normalize`) with its first state written value
    first and its pronoun ask written with the property's name, and a note for each; unchanged (no
    notes) when it is not a one-property, two-temperature question of that shape."""
    text = question
    notes: list[str] = []
    stated = list(_STATED_AT_FIRST.finditer(text))
    if len(stated) > 1:
        return question, []
    asked = list(_ASKED_BY_PRONOUN.finditer(text))
    if len(asked) > 1:
        return question, []
    ask = asked[0] if asked else None
    first = stated[0] if stated else None
    if ask is not None and first is not None and first.end() > ask.start():
        return question, []  # the value is stated after the ask: not the shape read here
    if ask is not None:
        before = text[: ask.start()]
        names = _names(before)
        if len(names) != 1 or not _TEMP_RE.search(before):
            return question, []  # 'it' names no property, or one of several, or no first state
        if not _asks_one_other_temperature(ask.group("rest")):
            return question, []  # no second temperature, or two asked at once
        if _PROPERTY_RE.search(text[ask.end() :]):
            return question, []
        prop = list(_PROPERTY_RE.finditer(before))[-1].group(0)
        head = ask.group("head")
        if head.lower().startswith("what"):  # 'what does it become at …' → 'what is the χ at …'
            head = head[:4] + " is "
        text = text[: ask.start()] + head + "the " + prop.lower() + text[ask.end("verb") :]
        notes.append(f"'it' in '{ask.group(0).strip()}' read as the {prop.lower()} stated before")
    if first is not None:
        later = text[first.end() :]
        if ask is None:
            # the property asked again by name at exactly one temperature in a later sentence
            stop = _SENTENCE_END.search(later)
            rest = later[stop.end() :] if stop else ""
            if not _PROPERTY_RE.search(rest) or len(_TEMP_RE.findall(rest)) != 1:
                return question, []
        written = f"{first.group('name')} {first.group('verb')} {first.group('val')} at {first.group('t1')}"
        text = text[: first.start()] + written + text[first.end() :]
        notes.append(
            f"'{first.group(0)}' read as the {first.group('name')} {first.group('val')} "
            f"at {first.group('t1')}"
        )
    return text, notes
