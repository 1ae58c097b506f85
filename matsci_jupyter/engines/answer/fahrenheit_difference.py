"""A difference of two Fahrenheit temperatures written in kelvin (or °C) with its °F number.

'… from 70 °F to 300 °F' answered with 'ΔT = 300 − 70 = 230 K': a step of 230 °F is
230 × 5/9 = 127.8 K (or °C); the number of Fahrenheit degrees labelled kelvin makes the step, and
everything after it, 1.8 times too large. Flagged only when both numbers of the subtraction are
temperatures the question writes in °F, the question writes neither in K nor °C, and the result
written with K or °C is the difference of the Fahrenheit numbers (not 5/9 of it).
"""

from __future__ import annotations

import re

from .checks import Check
from .step_check import clip

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_DEGREE = r"(?:°|º|˚|\bdeg(?:rees?)?\s*)"
_FAHRENHEIT = re.compile(rf"(?<![\d.])(?P<v>{_NUMBER})\s*{_DEGREE}\s*F(?:ahrenheit)?\b")
_OTHER = re.compile(rf"(?<![\d.])(?P<v>{_NUMBER})\s*(?:{_DEGREE}\s*C(?:elsius)?\b|K\b|kelvin)")
_STEP = re.compile(
    rf"\(?\s*(?P<a>{_NUMBER})\s*(?:{_DEGREE}\s*F)?\s*[−-]\s*(?P<b>{_NUMBER})\s*(?:{_DEGREE}\s*F)?"
    rf"\s*\)?\s*=\s*(?P<d>{_NUMBER})\s*(?P<u>K\b|{_DEGREE}\s*C\b)"
)


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def fahrenheit_difference_check(question: str, lines: list[str]) -> Check | None:
    """A failed 'unit' check for the first step that writes a difference of the question's °F
    temperatures in K or °C without the 5/9; None otherwise."""
    fahrenheit = {_num(m.group("v")) for m in _FAHRENHEIT.finditer(question)}
    if len(fahrenheit) < 2:
        return None
    other = {_num(m.group("v")) for m in _OTHER.finditer(question)}
    for line in lines:
        for m in _STEP.finditer(line):
            a, b, d = (_num(m.group(k)) for k in ("a", "b", "d"))
            if a not in fahrenheit or b not in fahrenheit or a in other or b in other:
                continue
            if abs((a - b) - d) > 0.5 or d == 0:
                continue
            unit = "K" if m.group("u").strip() == "K" else "°C"
            return Check(
                "unit",
                False,
                f"'{clip(line.strip())}': {m.group('a')} °F − {m.group('b')} °F is a step of "
                f"{a - b:g} °F, which is {(a - b) * 5 / 9:.1f} {unit} (× 5/9); the written "
                f"{m.group('d')} {unit} is the Fahrenheit number",
            )
    return None
