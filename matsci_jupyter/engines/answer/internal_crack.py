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


_CRACK_LENGTH_HALF = re.compile(r"half|\b2\s*a\b|\ba\s*=|\ba\s+of\b|\bradius\b", re.I)
_HALVED = re.compile(
    r"half|(?<!\(1)(?<!\^1)(?<!\^ 1)/\s*2(?![\d.])|\b2\s*a\b|÷\s*2\b|\b0\.5\s*[×*·(]", re.I
)
_A_ASSIGNED = re.compile(r"(?<![\w'])a(?:_?0)?\s*=\s*(?P<value>[^=;\n]+)")
_PI_TIMES = re.compile(
    r"(?:√|sqrt)\s*\(?\s*π\s*[×*·]?\s*\(?\s*(?P<num>\d+(?:\.\d+)?)"
    r"(?:\s*(?:[×x*]\s*10\s*\^\s*\(?\s*(?P<exp>[-−]?\d+)\s*\)?|e(?P<e>[-−]?\d+)))?"
)


def _question_crack_length(question: str) -> Any | None:
    """The one length the sentence naming the internal crack gives ('an internal crack of total
    length 5.0 mm', 'a 3 mm long embedded crack'), as a pint quantity; None when that sentence
    gives none or several."""
    from .expression import numbers_with_units

    for sentence in re.split(r"(?<=[.?!;])\s+", question):
        if not _INTERNAL.search(sentence):
            continue
        lengths = [
            q for q, _t, _s in numbers_with_units(sentence) if str(q.dimensionality) == "[length]"
        ]
        return lengths[0] if len(lengths) == 1 else None
    return None


def _a_values_si(lines: list[str]) -> list[float]:
    """Lengths, in metres, the response puts for a: 'a = 5.0 mm = 0.005 m' and the number
    substituted after π under a square root ('√(π × 0.005)'), which is read in metres."""
    from .expression import numbers_with_units

    out = []
    for line in lines:
        for m in _A_ASSIGNED.finditer(line):
            found = numbers_with_units(strip_words(m.group("value").split(",")[0]))
            if found and str(found[0][0].dimensionality) == "[length]":
                out.append(float(found[0][0].to_base_units().magnitude))
        for m in _PI_TIMES.finditer(line):
            exp = (m.group("exp") or m.group("e") or "0").replace("−", "-")
            out.append(float(m.group("num")) * 10.0 ** int(exp))
    return out


_ASKS_SIZE = re.compile(
    r"\bhow\s+long\b|\b(?:what|find|calculate|determine|compute|estimate)\b"
    r"(?:\s+(?:is|are|the|a|an|its|maximum|max|largest|longest|critical|allowable|tolerable|"
    r"permissible|smallest|minimum|total|full|internal|embedded|crack|flaw|half))*"
    r"\s+(?:length|size|depth)\b",
    re.I,
)


def internal_crack_whole_length_check(question: str, lines: list[str]) -> Check | None:
    """A failed 'formula' check when the question gives an internal crack's whole length, does
    not ask for a crack size, and the response puts that whole length for a in K = Yσ√(πa) (a is
    half an internal crack's length) without halving it anywhere; None otherwise."""
    if _ASKS_SIZE.search(question):
        return None
    if not _INTERNAL.search(question) or _CRACK_LENGTH_HALF.search(question):
        return None
    if re.search(r"\b(?:surface|edge)\s+crack", question, re.I):
        return None
    text = "\n".join(lines)
    if not _KIC_FORM.search(text) or _HALVED.search(text):
        return None
    whole = _question_crack_length(question)
    if whole is None:
        return None
    whole_si = float(whole.to_base_units().magnitude)
    values = _a_values_si(lines)
    if not values or not all(math.isclose(v, whole_si, rel_tol=0.01) for v in values):
        return None
    half_si = whole_si / 2
    for number in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", text):
        x = float(number)
        if any(math.isclose(x, half_si * f, rel_tol=0.01) for f in (1.0, 1e3, 1e6, 1e2)):
            return None  # half the length is written somewhere: not judged
    return Check(
        "formula",
        False,
        f"for an internal crack a in K = Yσ√(πa) is half the crack's length: the question gives "
        f"the whole length {fmt_quantity(whole)}, so a = {fmt_quantity(whole / 2)}, but the "
        f"response puts a = {fmt_quantity(whole)}",
    )
