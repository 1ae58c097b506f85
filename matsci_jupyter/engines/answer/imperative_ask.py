"""An ask written with an imperative verb the question-word table does not list.

'Deduce the atomic radius of the metal in ångströms.', 'Derive the activation energy (kJ/mol).',
'Infer the grain size.': a sentence that opens with a verb and its object asks for that object as
'Calculate the …' does. Without this reading such a question has no asked phrase at all, and a
relation is chosen by the asked unit alone (an ångström answer can then be a lattice parameter
when the atomic radius was asked).

Read only when no listed asking word stands anywhere in the question. A sentence counts when its
first word is capitalised, is no premise verb ('Assume the …', 'Take the …', 'Neglect the …'), no
preposition, conjunction, determiner or pronoun, and is followed at once by an article or
possessive ('the', 'a', 'its', …). A sentence about the answer's form ('Round your answer …',
'Give the result to …') is no ask. The last such sentence is the ask.
"""

from __future__ import annotations

import re

# words that open a sentence before an article without asking
_PREMISE_VERBS = """
assume assuming take taking use using neglect ignore disregard consider considering treat suppose
let note recall remember given approximate model regard say imagine pretend allow include exclude
round express give write quote enter keep
"""
_PREPOSITIONS = """
in at on for from with by of to into onto during after before under over between through across
along among around behind below beneath beside beyond near since until upon within without about
above against like per via
"""
_CONNECTIVES = """
if when whenever while once as because though although unless whereas so then thus hence therefore
and but or nor yet also only even just now here there however moreover further furthermore finally
first second third next last again still
"""
_DETERMINERS_AND_VERBS = """
both each every all any some no none either neither such the a an this that these those its their
his her our your my it they we he she one is are was were be been being has have had do does did
can could will would shall should may might must
"""
_NOT_ASKING = frozenset(
    word
    for group in (_PREMISE_VERBS, _PREPOSITIONS, _CONNECTIVES, _DETERMINERS_AND_VERBS)
    for word in group.split()
)
_OBJECT = r"(?:the|a|an|its|their|this|that|these|those|each|both)"
_SENTENCE_START = re.compile(
    rf"(?:^|(?<=[.?!:])\s+|\n\s*)(?P<verb>[A-Z][a-z]{{2,}})(?=\s+{_OBJECT}\s)",
)
_ABOUT_THE_ANSWER = re.compile(
    r"^\s*\w+\s+(?:your|the|this|that)\s+(?:final\s+)?(?:answer|result|value)s?\b", re.I
)


def imperative_ask(text: str) -> re.Match[str] | None:
    """The verb of the last sentence that asks with an unlisted imperative, as a match whose
    group 1 is that verb; None when no sentence reads so."""
    found: re.Match[str] | None = None
    for m in _SENTENCE_START.finditer(text):
        verb = m.group("verb")
        if verb.lower() in _NOT_ASKING or verb.lower().endswith("ly"):
            continue
        if _ABOUT_THE_ANSWER.match(text[m.start("verb") :]):
            continue
        found = re.compile(rf"\b({re.escape(verb)})\b").match(text, m.start("verb"))
    return found
