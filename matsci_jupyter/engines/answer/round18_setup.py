"""Set-ups stated in words that the relation's reading misses, found by neighbour round 18.

tests/data/answer_neighbours18.py (helper probe19); each function returns a reason to refuse, or
None:

* :func:`magnitude_instruction_refusal` — a separate instruction asks for the size only ('… vs
  SHE? Give the magnitude.', 'Quote its absolute value.') and the relation's value is negative.
  The ask sentence itself is checked by :func:`worded_setup.magnitude_sign_refusal`.
* :func:`per_atom_volume_refusal` — the volume that belongs to one atom (or one formula unit)
  asked and the volume of the whole unit cell (nm³, Å³) answered: the two differ by the number of
  atoms in the cell.
* :func:`worded_new_value_refusal` — a given changed afterwards by a share in words ('if the yield
  strength is raised by half', 'the mobility then drops to a third of that value'): the relation
  reads the value as first stated. :func:`worded_setup.later_change_refusal` covers 'raised by a
  third'; this one covers a bare 'by half' and 'to a third of that value'.
"""

from __future__ import annotations

import re
from typing import Any

# an instruction that wants the size without its sign: 'Give the magnitude.', 'Report its absolute
# value', 'magnitude only', 'ignore the sign', 'without its sign'
_SIZE_ONLY = re.compile(
    r"\b(?:give|quote|report|state|enter|write|express)\s+(?:only\s+)?(?:the|its|their)\s+"
    r"(?:magnitude|absolute\s+value|size)\b"
    r"|\b(?:magnitude|absolute\s+value)\s+only\b|\bignor(?:e|ing)\s+(?:the|its)\s+sign\b"
    r"|\bwithout\s+(?:the|its|a)\s+sign\b",
    re.I,
)


def magnitude_instruction_refusal(question: str, quantity: Any) -> str | None:
    """A size-only instruction anywhere in the question and the relation's value negative."""
    from .worded_setup import is_negative

    if quantity is None or not _SIZE_ONLY.search(question) or not is_negative(quantity):
        return None
    return (
        f"the question asks for the size without its sign and the relation gives {quantity:~P} "
        "with its sign; no signed number is given for a size"
    )


# the volume of one atom, ion or formula unit: 'volume per atom', 'belongs to each atom', 'atomic
# volume', 'volume occupied by one atom'
_PER_ATOM_VOLUME = re.compile(
    r"\bvolume\b[^.?!]{0,40}?\b(?:per|each|one|a\s+single|every)\s+(?:atom|ion|formula\s+unit|"
    r"molecule|lattice\s+point)s?\b"
    r"|\b(?:atomic|ionic)\s+volume\b"
    r"|\b(?:per|each|one|every)\s+(?:atom|ion|formula\s+unit)\b[^.?!]{0,30}?\bvolume\b"
    r"|\bvolume\b[^.?!]{0,40}?\bbelongs?\s+to\s+(?:each|one|every|a\s+single)\b",
    re.I,
)


def per_atom_volume_refusal(question: str, relation: str | None, target: str | None) -> str | None:
    """The volume of one atom asked and the unit cell volume (a³, or the HCP prism) answered."""
    if relation not in {"cell_volume_cubic", "cell_volume_hcp"} and (
        (target or "").strip().lower() != "unit cell volume"
    ):
        return None
    if not _PER_ATOM_VOLUME.search(question):
        return None
    return (
        "the question asks for the volume that belongs to one atom (or formula unit), and the "
        "relation gives the volume of the whole unit cell; the two differ by the number of atoms "
        "in the cell, so the cell volume is not the answer"
    )


_SHARE = (
    r"(?:half|(?:a|one)[\s-]+half|(?:a|one|two)[\s-]+(?:third|quarter|fourth|fifth|tenth)s?|"
    r"three[\s-]+quarters)"
)
_MOVE = (
    r"(?:raised|increased|reduced|lowered|decreased|cut|boosted|dropped|improved|rises|rose|falls|"
    r"fell|drops|grows|grew|goes\s+(?:up|down)|went\s+(?:up|down)|climbs|climbed)"
)
_NEW_VALUE = re.compile(
    # 'raised by half', 'drops by one half'
    rf"\b{_MOVE}\s+by\s+{_SHARE}\b"
    # 'drops to a third of that value', 'is cut to half its former level'
    rf"|\b{_MOVE}\s+(?:down\s+|up\s+)?to\s+{_SHARE}\s+(?:of\s+)?(?:that|this|its|their|the)\b",
    re.I,
)
# the change is a new state of the stated set-up, not a datum: 'then', 'if', 'when', 'suppose'
_NEW_STATE = re.compile(
    r"\b(?:then|subsequently|later|afterwards|if|when|suppose|assume|now)\b[^.?!;]*$", re.I
)
# asks about the change itself (a factor, a ratio, a percent change): those are answered by it
_CHANGE_ASKED = re.compile(
    r"\bfactor\b|\bratio\b|\bpercent|%|\bhow\s+many\s+times\b|\bchange\b|\bcompared\b", re.I
)


def worded_new_value_refusal(question: str, steps: list[str]) -> str | None:
    """A given moved by a share in words in a new state of the set-up ('if …', '… then …') that
    the answer's steps never read."""
    from .text import normalize
    from .worded_setup import _ask

    text = normalize(question)
    ask = _ask(question)
    data = text.replace(ask, " ") if ask else text
    for m in _NEW_VALUE.finditer(data):
        if not _NEW_STATE.search(data[max(0, m.start() - 80) : m.start()]):
            continue
        if _CHANGE_ASKED.search(ask):
            return None
        if any(m.group(0).lower() in str(step).lower() for step in steps):
            return None
        return (
            f"the question changes a given afterwards in words ('{m.group(0)}'), and the relation "
            "reads each given as first stated; no number is given (state the new value)"
        )
    return None


def round18_setup_refusal(question: str, answer: Any) -> str | None:
    """The first of the round-18 refusals that applies to ``answer`` (None when none does)."""
    steps = [str(s) for s in answer.steps]
    return (
        magnitude_instruction_refusal(question, answer.quantity)
        or per_atom_volume_refusal(question, answer.relation, answer.target)
        or worded_new_value_refusal(question, steps)
    )
