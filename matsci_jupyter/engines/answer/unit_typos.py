"""Unit spellings that are slips of the keyboard, read as the unit they stand for.

Hand-written and quickly typed exam sheets write ``Mpa`` for MPa, ``kj/mol`` for kJ/mol and
``deg C`` for °C. Each of these has exactly one reading in a materials exam: no exam states a
stress in 'mega-pa' of another kind, an energy in kelvin·joules or a temperature in
degree·coulombs. Only spellings with that single reading are mended here; a lower-case ``mpa``
(millipascal is a real unit) and any other unknown word are left alone, so the parser keeps
refusing them.
"""

from __future__ import annotations

import re

# kilo-, mega-, giga-pascal with the 'a' or the 'P' in the wrong case: 'Mpa', 'MPA', 'Gpa', 'Kpa', 'KPa'
_PASCAL = re.compile(
    r"(?<![A-Za-z])([kKMG])(?:pa|PA|pA)(?![A-Za-z])|(?<![A-Za-z])(K)Pa(?![A-Za-z])"
)
# kilojoule with a lower-case j or an upper-case K: 'kj/mol', 'KJ/mol', 'Kj'
_KILOJOULE = re.compile(r"(?<![A-Za-z])(?:kj|KJ|Kj)(?![A-Za-z])")
# 'deg C', 'deg. C', 'deg F' (a temperature; 'deg' alone stays an angle)
# ('rotated 30 deg. F = 12 N': an F that a value is given to is a symbol, not a scale)
_DEG_SCALE = re.compile(r"(?<![A-Za-z])deg\.?\s*([CF])(?![A-Za-z])(?!\s*=)")
# the micro prefix typed as a Latin 'u' after a number: '5.0 uA/cm2', '20 uV', '3 uW', '10 uF' (no
# unit of current, potential, power or capacitance is written 'u' + symbol otherwise)
_MICRO_U = re.compile(r"(?<=\d)(\s*)u([AVWF])(?![A-Za-z])")


def _pascal(m: re.Match[str]) -> str:
    prefix = m.group(1) or m.group(2)
    return {"k": "k", "K": "k", "M": "M", "G": "G"}[prefix] + "Pa"


def mend_unit_typos(text: str) -> str:
    """``text`` with the slips above written as the units they stand for (otherwise unchanged)."""
    t = _PASCAL.sub(_pascal, text)
    t = _KILOJOULE.sub("kJ", t)
    t = _MICRO_U.sub(lambda m: m.group(1) + "µ" + m.group(2), t)
    return _DEG_SCALE.sub(lambda m: "°" + m.group(1), t)


def mended_question(question: str) -> tuple[str, list[str]]:
    """The question with its unit slips written as the units meant, and a note for each kind mended.

    The question comes back unchanged (and no notes) when it has no slip.
    """
    notes: list[str] = []
    text = question
    for pattern, repl, what in (
        (_PASCAL, _pascal, "a pascal unit with a slipped case ('Mpa') read as MPa/GPa/kPa"),
        (_KILOJOULE, lambda m: "kJ", "'kj' read as kJ"),
        (_DEG_SCALE, lambda m: "°" + m.group(1), "'deg C' read as °C"),
        (_MICRO_U, lambda m: m.group(1) + "µ" + m.group(2), "'uA' read as µA (micro)"),
    ):
        new = pattern.sub(repl, text)
        if new != text:
            notes.append(what)
            text = new
    return text, notes
