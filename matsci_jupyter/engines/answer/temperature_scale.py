"""A temperature taken between the Fahrenheit and the Celsius/kelvin scales with a wrong relation.

The relations are fixed: T(°C) = (T(°F) − 32) × 5/9, T(K) = T(°C) + 273.15, and back
T(°F) = T(°C) × 9/5 + 32. A response that converts the question's own absolute temperature and
writes a result that one of the usual wrong relations gives (× 5/9 before taking 32 off, × 5/9
with no offset at all, K = °F + 273, a Celsius value labelled K …) while the right relation gives
another value has a provably wrong step, whatever it does next.

Only a temperature the question gives as a reading ('at 1600 °F', 'heated to 95 °C') counts: a
change or difference ('a rise of 90 °F') scales by 5/9 with no offset, so a question that words the
value as one is left alone. Only a result written on the same line as the given number, after an
'=' and with its scale written ('= 856.9 °C', '= 1873 K', '= 45 °F'), is compared, and it is
flagged only when it matches a wrong relation and not the right one (within 1 degree and 0.2 %).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .checks import Check
from .step_check import clip

_NUMBER = r"[-−]?\d[\d,]*(?:\.\d+)?"
_DEGREE = r"(?:°|º|˚|\bdeg(?:rees?)?\s*)"
_GIVEN = {
    "F": re.compile(rf"(?P<v>{_NUMBER})\s*{_DEGREE}\s*F(?:ahrenheit)?\b"),
    "C": re.compile(rf"(?P<v>{_NUMBER})\s*{_DEGREE}\s*C(?:elsius)?\b"),
}
# a change or difference of temperature, worded just before the value
_DIFFERENCE = re.compile(
    r"\b(?:rises?|rising|increases?|increased|drops?|decreases?|decreased|falls?|difference|"
    r"changes?|changed|by|range|span|interval|gradient|undercool\w*|supercool\w*|superheat\w*|"
    r"warmer|cooler|hotter|colder|swing|cycles?|between|from)\b|Δ|\bdelta\b",
    re.I,
)
_RESULT = re.compile(rf"[=≈]\s*(?P<r>{_NUMBER})\s*(?P<u>{_DEGREE}\s*[CF]\b|K\b)")
_LINE_NUMBER = re.compile(r"(?<![\d.^_])\d[\d,]*(?:\.\d+)?(?![\d.]*\s*[×x*]\s*10)")

# (written scale, what the relation does, value) for the usual wrong relations, per given scale
_WRONG: dict[str, list[tuple[str, str, Callable[[float], float]]]] = {
    "F": [
        ("C", "× 5/9 before taking 32 off", lambda f: f * 5 / 9 - 32),
        ("C", "× 5/9 with no 32 offset", lambda f: f * 5 / 9),
        ("C", "32 taken off with no × 5/9", lambda f: f - 32),
        ("C", "× 9/5 in place of × 5/9", lambda f: (f - 32) * 9 / 5),
        ("K", "K = °F + 273", lambda f: f + 273.15),
        ("K", "K = °F + 273", lambda f: f + 273),
        ("K", "the Celsius value labelled K", lambda f: (f - 32) * 5 / 9),
        ("K", "× 5/9 with no 32 offset", lambda f: f * 5 / 9 + 273.15),
        ("K", "× 5/9 before taking 32 off", lambda f: f * 5 / 9 - 32 + 273.15),
    ],
    "C": [
        ("F", "× 9/5 with no 32 added", lambda c: c * 9 / 5),
        ("F", "32 added before × 9/5", lambda c: (c + 32) * 9 / 5),
        ("F", "× 5/9 in place of × 9/5", lambda c: c * 5 / 9 + 32),
        ("F", "32 added with no × 9/5", lambda c: c + 32),
    ],
}


def _right(given: str, value: float, scale: str) -> float | None:
    """The value of the given temperature on ``scale`` ('C', 'K', 'F'), or None if not a change."""
    if given == "F":
        celsius = (value - 32) * 5 / 9
        return {"C": celsius, "K": celsius + 273.15}.get(scale)
    return value * 9 / 5 + 32 if scale == "F" else None


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1.0 + 0.002 * abs(b)


def _num(text: str) -> float:
    return float(text.replace("−", "-").replace(",", ""))


def _readings(question: str) -> list[tuple[str, float, str]]:
    """(scale, value, written) for each temperature the question gives as a reading."""
    out = []
    for scale, pattern in _GIVEN.items():
        for m in pattern.finditer(question):
            before = question[max(0, m.start() - 40) : m.start()]
            before = re.split(r"[.;:,]\s", before)[-1]
            if _DIFFERENCE.search(before):
                continue
            out.append((scale, _num(m.group("v")), m.group(0).strip()))
    return out


def temperature_scale_check(question: str, lines: list[str]) -> Check | None:
    """A failed 'unit' check for the first line that converts the question's °F (or °C into °F)
    reading with a wrong relation; None otherwise."""
    readings = _readings(question)
    if not readings:
        return None
    for line in lines:
        for given, value, written in readings:
            at = next(
                (
                    m.end()
                    for m in _LINE_NUMBER.finditer(line)
                    if abs(_num(m.group(0)) - value) <= 1e-9 * max(1.0, abs(value))
                ),
                None,
            )
            if at is None:
                continue
            for r in _RESULT.finditer(line, at):
                scale = r.group("u").strip()[-1]
                right = _right(given, value, scale)
                if right is None:
                    continue
                result = _num(r.group("r"))
                if _close(result, right):
                    continue
                wrong = next(
                    (how for s, how, f in _WRONG[given] if s == scale and _close(result, f(value))),
                    None,
                )
                if wrong is None:
                    continue
                unit = "K" if scale == "K" else f"°{scale}"
                relation = (
                    "T(°C) = (T(°F) − 32) × 5/9"
                    + (", T(K) = T(°C) + 273.15" if scale == "K" else "")
                    if given == "F"
                    else "T(°F) = T(°C) × 9/5 + 32"
                )
                return Check(
                    "unit",
                    False,
                    f"'{clip(line.strip())}': the question's {written} is {right:.1f} {unit} "
                    f"({relation}); the written {r.group('r')} {unit} comes from {wrong}",
                )
    return None
