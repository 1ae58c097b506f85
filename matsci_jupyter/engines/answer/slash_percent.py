"""Composition written in the older slash notation: 'a/o', 'w/o', 'v/o', 'm/o'.

Older (chiefly US) texts write atom, weight, volume and mole percent as 'a/o', 'w/o', 'v/o' and
'm/o' ('a cartridge brass of 30 w/o Zn'; 'express it in a/o Ag'). :func:`as_percent_signs` writes
them as 'at%', 'wt%', 'vol%' and 'mol%', which the rest of the reader knows. Only where the notation
cannot be the informal 'w/o' (without): right after a number ('30 w/o'), after 'in', 'as' or 'to'
('in a/o'), or alone in brackets ('(w/o)').
"""

from __future__ import annotations

import re

_BASIS = {"a": "at", "w": "wt", "v": "vol", "m": "mol"}
_AFTER_NUMBER = re.compile(r"(?<=\d)(\s*)([awvm])\s*/\s*o\b")
_ASKED_IN = re.compile(r"\b(in|as|to)\s+([awvm])\s*/\s*o\b", re.I)
_BRACKETED = re.compile(r"\(\s*([awvm])\s*/\s*o\s*\)")


def as_percent_signs(text: str) -> str:
    """``text`` with 'a/o', 'w/o', 'v/o', 'm/o' after a number, after 'in'/'as'/'to' or alone in
    brackets written as 'at%', 'wt%', 'vol%', 'mol%'; any other text unchanged."""
    text = _AFTER_NUMBER.sub(lambda m: f"{m.group(1) or ' '}{_BASIS[m.group(2)]}%", text)
    text = _ASKED_IN.sub(lambda m: f"{m.group(1)} {_BASIS[m.group(2)]}%", text)
    return _BRACKETED.sub(lambda m: f"({_BASIS[m.group(1)]}%)", text)
