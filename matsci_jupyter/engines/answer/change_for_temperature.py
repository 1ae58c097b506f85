"""A temperature asked, a temperature change answered: 'stress-free at 68 °F … to what maximum
temperature may the rod be heated?' answered with the allowed rise ΔT = 155.3 °F.

When the question asks for a temperature itself (not a change, rise, drop or difference), gives a
starting temperature T₀ (a value in °C, °F or K that is not itself a change), and the response's
final answer is its own temperature change (a 'ΔT = …' result, or a final line that calls it a
change or rise) while it never writes T₀ at all, the response stops one step short: the
temperature asked is T₀ ± ΔT. A response that writes T₀ anywhere (it may have added it in prose),
a T₀ of zero (where ΔT and T are one number), or a final that already is T₀ ± ΔT is never
flagged.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .prose import FinalAnswer
from .step_check import clip

_CHANGE_WORDS = re.compile(
    r"\b(?:change|rise|increase|decrease|drop|difference|interval|gradient|range|"
    r"under-?cooling|super-?cooling|super-?heat\w*|by\s+how|how\s+many\s+degrees|how\s+much)\b|Δ|\\Delta",
    re.I,
)
_ASKED_TEMPERATURE = re.compile(
    r"\b(?:what|which)\b[^.?]*\btemperature\b|\btemperature\b[^.?]*\?|"
    r"\b(?:find|compute|calculate|determine|estimate)\b[^.?]*\btemperature\b",
    re.I,
)
_GIVEN_TEMPERATURE = re.compile(
    r"(?<![\d.^⁻])(?P<v>[-−]?\d+(?:\.\d+)?)\s*(?:°\s*[CF]|K)\b(?!\s*(?:\^|⁻|-1|/))"
)
_DELTA_RESULT = re.compile(r"(?:Δ|\\Delta\s*|delta\s*)T\w*\s*=.*=\s*(?P<v>[-−]?\d[\d,]*(?:\.\d+)?)")
_CHANGE_FINAL = re.compile(r"\b(?:change|rise|increase)\b|ΔT", re.I)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text) if s.strip()]


def _number(text: str) -> float:
    return float(text.replace("−", "-").replace(",", ""))


def change_for_temperature_check(
    question: str, asked_text: str, lines: list[str], final: FinalAnswer, value: Any
) -> Check | None:
    """A failed 'asked quantity' check when the final answer is the response's own temperature
    change where the question asks for a temperature (see the module docstring); None otherwise."""
    if value is None or "temperature" not in str(value.dimensionality):
        return None
    asked = [s for s in _sentences(asked_text) if "?" in s] or _sentences(asked_text)[-1:]
    if not asked or not _ASKED_TEMPERATURE.search(asked[-1]) or _CHANGE_WORDS.search(asked[-1]):
        return None
    starts = []
    for sentence in _sentences(question):
        for m in _GIVEN_TEMPERATURE.finditer(sentence):
            before = sentence[max(0, m.start() - 40) : m.start()]
            if _CHANGE_WORDS.search(before) or (re.search(r"=\s*$", before) and "Δ" in before):
                continue  # 'a supercooling ΔT = 319 °C' is a change, not a starting point
            starts.append((m.group("v"), m.group(0).strip()))
    starts = [s for s in starts if _number(s[0]) != 0.0]
    if not starts:
        return None
    try:
        at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    response = " ".join(lines[: at + 1])
    written = {_number(n) for n in re.findall(r"(?<![\d.^⁻])[-−]?\d[\d,]*(?:\.\d+)?", response)}
    if any(_number(s) in written for s, _t in starts):
        return None  # the response uses the starting temperature somewhere
    x = float(value.magnitude)
    deltas = [
        _number(m.group("v"))
        for ln in lines[: at + 1]
        if (m := _DELTA_RESULT.search(ln)) is not None
    ]
    is_delta = any(math.isclose(d, x, rel_tol=0.005) for d in deltas) or bool(
        _CHANGE_FINAL.search(final.line)
    )
    if not is_delta:
        return None
    if any(math.isclose(abs(x), abs(_number(s)), rel_tol=0.005) for s, _t in starts):
        return None
    t0 = starts[0][1]
    return Check(
        "asked quantity",
        False,
        f"the question asks for a temperature from the starting {t0} it gives, but the final "
        f"answer {clip(final.text.strip(), 40)} is the response's temperature change "
        f"('{clip(final.line.strip(), 50)}'), and {t0} is never used: the temperature is the start "
        "plus (or minus) that change",
    )
