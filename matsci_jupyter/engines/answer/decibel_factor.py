"""A ratio put into decibels with the factor of the other kind of ratio.

A level in decibels is 10 log₁₀ of a power ratio (power, intensity, irradiance) and 20 log₁₀ of an
amplitude ratio (voltage, current, field, sound pressure), because power goes as the amplitude
squared. A question that names only one kind of ratio fixes the factor: a response that takes
20 log₁₀ of the question's power ratio (or 10 log₁₀ of its amplitude ratio) doubles (or halves) the
level, whatever it does next.

Flagged only when the question names one kind and not the other, speaks of decibels (or the line
does), and the response writes '20 log₁₀ N' or '10 log₁₀ N' with a number N that is one of the
question's own ratios (as written, its reciprocal, or a percentage as a fraction). A number that is
not the question's ratio (a square root taken first, say) is left alone.
"""

from __future__ import annotations

import math
import re

from .checks import Check
from .step_check import clip

_POWER = re.compile(
    r"(?<!resolving )(?<!dispersive )(?<!stopping )\b(?:power(?!\s+(?:of|law|series|factor))"
    r"|intensity|irradiance)\b",
    re.I,
)
_AMPLITUDE = re.compile(
    r"\b(?:amplitudes?|voltages?|currents?|fields?|sound pressure|pressure|displacements?)\b", re.I
)
_DECIBEL = re.compile(r"\bdB\b|decibel", re.I)
_NUM = r"\d+(?:\.\d+)?(?:\s*(?:×|x|\*)\s*10\s*\^\s*\(?[-−]?\d+\)?)?"
_LOG = re.compile(
    r"(?<![\d.])(?P<f>10|20)\s*(?:×|\*|·|⋅)?\s*log\s*(?:_?\{?10\}?|₁₀)?\s*"
    rf"(?:\(\s*(?P<a>{_NUM}(?:\s*/\s*{_NUM})?)\s*\)|(?P<b>{_NUM}(?:\s*/\s*{_NUM})?))"
    r"(?!\s*[\d.^×*/(])"
)
_QUESTION_NUMBER = re.compile(rf"(?<![\d.])(?P<n>{_NUM})(?:\s*/\s*(?P<d>{_NUM}))?(?P<pct>\s*%)?")


def _value(text: str) -> float:
    t = text.replace("−", "-").replace(" ", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:(?:×|x|\*)10\^\(?(-?\d+)\)?)?", t)
    if m is None:
        raise ValueError(text)
    return float(m.group(1)) * 10.0 ** int(m.group(2) or 0)


def _ratio(text: str) -> float:
    parts = text.split("/")
    value = _value(parts[0])
    return value / _value(parts[1]) if len(parts) == 2 else value


def _question_ratios(question: str) -> list[float]:
    """Every number the question writes, as a fraction where it is 'a/b' or a percentage."""
    out = []
    for m in _QUESTION_NUMBER.finditer(question):
        try:
            v = _value(m.group("n"))
            if m.group("d"):
                v /= _value(m.group("d"))
        except (ValueError, ZeroDivisionError):
            continue
        if m.group("pct"):
            v /= 100
        if v > 0 and v != 1:
            out += [v, 1 / v]
    return out


def decibel_factor_check(question: str, lines: list[str]) -> Check | None:
    """A failed 'formula' check for '20 log₁₀ N' of the question's power ratio N (or '10 log₁₀ N'
    of its amplitude ratio); None otherwise."""
    power, amplitude = bool(_POWER.search(question)), bool(_AMPLITUDE.search(question))
    if power == amplitude:
        return None
    right, kind = (10, "power") if power else (20, "amplitude")
    ratios = _question_ratios(question)
    if not ratios:
        return None
    for line in lines:
        if not (_DECIBEL.search(question) or _DECIBEL.search(line)):
            continue
        for m in _LOG.finditer(line):
            factor = int(m.group("f"))
            if factor == right:
                continue
            try:
                arg = _ratio(m.group("a") or m.group("b"))
            except (ValueError, ZeroDivisionError):
                continue
            if arg <= 0 or not any(math.isclose(arg, r, rel_tol=1e-3) for r in ratios):
                continue
            level = right * math.log10(arg)
            return Check(
                "formula",
                False,
                f"'{clip(line.strip())}': the question's ratio is a {kind} ratio, and a {kind} "
                f"ratio in decibels is {right} log₁₀: {right} log₁₀ {m.group('a') or m.group('b')}"
                f" = {level:.4g} dB, not {factor} log₁₀ ({factor * math.log10(arg):.4g} dB)",
            )
    return None
