"""Decimal commas (continental European style, '9,0·10⁻⁶ K⁻¹', '0,362 nm'), read as decimal points.

A comma between two digit runs is a decimal comma only where it cannot be a thousands separator or a
list: the digits after it are not exactly three ('2,1', '0,1542'), or the digits before it are a lone
zero or more than three ('0,362', '1234,5'), or a power of ten follows ('1,250·10^5'). A comma that
chains to another comma ('1,000,000', '(1,1,0)'), a pair alone in brackets ('(0,5)' as coordinates),
'nylon 6,6', a chemical locant ('1,2-dichloroethane') and a comma followed by a space ('2, 3 and 4')
are never read so.

A comma with exactly three digits after it ('1,250 kg') is ambiguous: it stays a thousands separator
unless the question writes its other decimals with commas and none with points, where it is read as
a decimal comma too; a question that writes decimals both ways leaves it undecidable, and the value
is named in a refusal. Values keep their units; only the comma character changes (positions stay).

TeX writes a comma inside a number as '{,}' ('0{,}4212 nm', '12{,}500 psi') so that no space
follows it; that is the same comma, written ',' before the rules above decide it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# two digit runs joined by one comma, not part of a longer chain of commas or points, nor a word
_CANDIDATE = re.compile(r"(?<![\w.,/])(?P<int>\d+),(?P<frac>\d+)(?![\d/]|[.,]\d|-[A-Za-z])")
_POWER_AFTER = re.compile(r"\s*(?:[×xX*·]\s*10\b|[eE][-+−]?\d)")
_ALONE_IN_BRACKETS_BEFORE = re.compile(r"[(\[{<]\s*$")
_ALONE_IN_BRACKETS_AFTER = re.compile(r"\s*[)\]}>]")
_NYLON_BEFORE = re.compile(r"\bnylon[\s-]*$", re.I)
# a decimal point between digits ('0.3', '7.87'), outside a comma-joined number
_DECIMAL_POINT = re.compile(r"(?<![\d,.])\d+\.\d+(?![\d,]|\.\d)")
# TeX's comma between digits, braced so that no space follows it ('0{,}4212', '12{,}500')
_TEX_COMMA = re.compile(r"(?<=\d)\{,\}(?=\d)")


def tex_commas(text: str) -> str:
    """``text`` with TeX's braced comma between digits ('0{,}4212') written as a plain ','."""
    return _TEX_COMMA.sub(",", text) if "{,}" in text else text


@dataclass(frozen=True)
class CommaNumber:
    """One comma-joined number: its span and whether its form alone makes the comma decimal."""

    start: int
    end: int
    text: str
    decimal_by_form: bool


def comma_numbers(text: str) -> list[CommaNumber]:
    """The comma-joined numbers in ``text`` that may carry a decimal comma (lists, locants, chains,
    bracketed pairs and 'nylon 6,6' left out)."""
    out: list[CommaNumber] = []
    for m in _CANDIDATE.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if _NYLON_BEFORE.search(before[-12:]):
            continue
        if _ALONE_IN_BRACKETS_BEFORE.search(before[-3:]) and _ALONE_IN_BRACKETS_AFTER.match(after):
            continue  # '(0,5)', '[1,2]': coordinates or indices
        whole, frac = m.group("int"), m.group("frac")
        by_form = (
            len(frac) != 3
            or set(whole) == {"0"}
            or len(whole) > 3
            or bool(_POWER_AFTER.match(after))
        )
        out.append(CommaNumber(m.start(), m.end(), m.group(0), by_form))
    return out


def read_decimal_commas(question: str) -> tuple[str, list[str], str | None]:
    """``question`` with its decimal commas written as points, a note per value so read, and a
    refusal reason (None when there is none) when a comma cannot be decided.

    The question comes back unchanged (no notes, no reason) when it has no decimal comma (TeX's
    braced comma '{,}' between digits is written ',' first, whichever way it is then read).
    """
    question = tex_commas(question)
    found = comma_numbers(question)
    decided = [c for c in found if c.decimal_by_form]
    if not decided:
        return question, [], None  # '1,000 MPa', '12,500 psi': thousands separators, as before
    points = bool(_DECIMAL_POINT.search(question))
    chars = list(question)
    notes: list[str] = []
    for c in found:
        if not c.decimal_by_form and points:
            return (
                question,
                [],
                f"the value '{c.text}' may be {c.text.replace(',', '')} (a thousands separator) "
                f"or {c.text.replace(',', '.')} (a decimal comma), and the question writes "
                "decimals both with commas and with points, so it does not decide; no number "
                "is given",
            )
        comma = c.start + c.text.index(",")
        chars[comma] = "."
        notes.append(f"'{c.text}' read as {c.text.replace(',', '.')} (a decimal comma)")
    return "".join(chars), notes, None


def echoed_decimal_commas(response: str, question: str) -> str:
    """``response`` with the decimal commas it writes in the question's own style read as points.

    A response to a question written with decimal commas ('a = 0,286 nm') often copies them into
    its working ('0,286/1.4142 = 0.2022 nm'). Where the question's commas were read as decimal
    (``read_decimal_commas`` decided them), a comma in the response whose form alone makes it
    decimal ('0,286', '2,1', '1234,5') is read the same way; a comma with exactly three digits after
    it ('1,250') stays as written (the response may group thousands while the question does not)."""
    question, response = tex_commas(question), tex_commas(response)
    reworded, _notes, undecided = read_decimal_commas(question)
    if undecided is not None or reworded == question:
        return response
    chars = list(response)
    for c in comma_numbers(response):
        if c.decimal_by_form:
            chars[c.start + c.text.index(",")] = "."
    out = "".join(chars)
    for c in comma_numbers(question):  # the question's own values, wherever the response copies
        # them ('0,286/1.4142': a division sign after it, which a comma number alone never reads)
        out = re.sub(
            rf"(?<![\w.,]){re.escape(c.text)}(?![\d,]|\.\d)", c.text.replace(",", "."), out
        )
    return out
