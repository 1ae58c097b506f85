"""The Nernst prefactor against the logarithm it multiplies.

E = E° − (RT/nF) ln Q, or equivalently E = E° − (2.303 RT/nF) log₁₀ Q. At 25 °C RT/F is 0.0257 V
and 2.303 RT/F is 0.0592 V. A response that pairs RT/nF (0.0257/n V) with a base-10 logarithm, or
0.0592/n V with a natural one, is off by the factor 2.303.

Which logarithm the response uses is read from what it evaluates ('log(0.040) = -1.398' is base
ten, since log₁₀ 0.040 = −1.398 and ln 0.040 = −3.219; '0.02958 × ln 25 = 0.02958 × 3.2189' puts
ln 25 in place), never from the name alone, and nothing is
said when the response writes the 2.303 (or ln 10) anywhere, or when it writes both prefactors.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from .checks import Check

THERMAL_VOLTAGE = 0.025693
"""RT/F at 298.15 K, in volts."""

_CONTEXT = re.compile(r"nernst|electrode|potential|cell|\bE\s*°|E\^?0|E_?\{?0", re.I)
_LN10 = re.compile(r"(?<![\d.])2\.30(?:3|26|259)?(?![\d])|ln\s*\(?\s*10\b|log_?e", re.I)
_RT_OVER_F = re.compile(r"(?<![\d.])RT\s*\)?\s*/\s*\(?\s*\d*\s*n?\s*F")
_FACTOR_PLACE = re.compile(r"RT|\bF\b|nF|\d\s*F\b")
_EVAL = re.compile(
    r"\b(?P<fn>log(?:_?10|₁₀)?|ln)\s*[(\[]?\s*(?P<arg>\d+(?:\.\d+)?(?:\s*(?:[eE]|[×x*]\s*10\s*\^)\s*[-+−]?\d+)?)\s*[)\]]?\s*=\s*"
    r"(?P<val>[-−–]?\s*\d+(?:\.\d+)?)"
)
_NUMBER = re.compile(r"(?<![\d.])0\.0\d+")


def _factors(text: str) -> tuple[bool, bool]:
    """(an RT/nF factor is written, a 2.303 RT/nF factor is written), read from the symbols and
    from the numbers 0.0257/n and 0.0592/n (n = 1 … 4)."""
    ln_factor = bool(_RT_OVER_F.search(text))
    log_factor = False
    log_values = _evaluated_log_values(text)
    for line in text.splitlines():
        ln_here, log_here = _line_factors(line, log_values)
        ln_factor |= ln_here
        log_factor |= log_here
    return ln_factor, log_factor


def _evaluated_log_values(text: str) -> list[str]:
    """The values the response writes for logarithms it evaluates ('ln 100 = 4.605' → '4.605'),
    as written, with at least three significant digits."""
    out = []
    for m in _EVAL.finditer(text):
        val = re.sub(r"[−–\s]", lambda c: "-" if c.group(0) in "−–" else "", m.group("val"))
        if len(re.sub(r"[^\d]", "", val).lstrip("0")) >= 3:
            out.append(val)
    return out


_PREFACTOR_NEXT = re.compile(
    r"\s*(?:/\s*[\dn]\s*)?\)?\s*(?:[×*·]\s*|times\s+(?:the\s+)?)?(?:log|ln)", re.I
)


def _line_factors(line: str, log_values: Sequence[str] = ()) -> tuple[bool, bool]:
    """Numeric prefactors on one line: a number counts only where the line names RT or F, where
    a logarithm follows it ('0.0592/2 log Q', '(0.0592/n) times the logarithm'), or where it
    multiplies the value the response wrote for a logarithm ('ln 100 = 4.605', then
    '0.0296 × 4.605', its sign dropped or kept); '0.01285 × (-2.301) = 0.0296' is a product, not a prefactor."""
    ln_factor = log_factor = False
    named = bool(_FACTOR_PLACE.search(line))
    for m in _NUMBER.finditer(line):
        after = line[m.end() : m.end() + 30]
        times_log = any(
            re.match(r"\s*[×*·]\s*\(?\s*-?\s*" + re.escape(v.lstrip("-")) + r"(?![\d])", after)
            for v in log_values
        )
        if not named and not times_log and not _PREFACTOR_NEXT.match(after):
            continue
        x = float(m.group(0))
        for n in range(1, 5):
            if math.isclose(x, THERMAL_VOLTAGE / n, rel_tol=0.01):
                ln_factor = True
            if math.isclose(x, THERMAL_VOLTAGE * math.log(10) / n, rel_tol=0.01):
                log_factor = True
    return ln_factor, log_factor


_NAMED_LOG = re.compile(
    r"\b(?:log(?:_?10|₁₀)?|ln)\s*[(\[]?\s*(?P<arg>\d+(?:\.\d+)?)(?![\d.])\s*[)\]]?(?!\s*[×x*^/]|\s*\d)"
)
_FACTOR_NUMBER = re.compile(
    r"(?<=[×*·(])\s*(?P<v>[-−–]?\d+\.\d{3,})(?![\d.])(?=\s*[)×*·]|\s*$|\s*=)"
)


def _digits_match(written: str, exact: float) -> bool:
    """``written`` is ``exact`` rounded (or truncated) to the digits it shows, with at least
    three significant digits."""
    v = float(written.replace("−", "-").replace("–", "-"))
    decimals = len(written.split(".")[1])
    return abs(v - exact) <= 1.01 * 10.0**-decimals and abs(exact) >= 10.0 ** (2 - decimals)


def _substituted_logs(text: str) -> list[tuple[str, float, str, str]]:
    """(line, argument, base, written value) for each logarithm of :func:`_substituted_bases`."""
    found = []
    for line in text.splitlines():
        for m in _NAMED_LOG.finditer(line):
            arg = float(m.group("arg"))
            if arg <= 0 or arg == 1:
                continue
            for f in _FACTOR_NUMBER.finditer(line, m.end()):
                is_ten = _digits_match(f.group("v"), math.log10(arg))
                is_e = _digits_match(f.group("v"), math.log(arg))
                if is_ten != is_e:
                    found.append((line, arg, "10" if is_ten else "e", f.group("v")))
                    break
    return found


def _recomputed(text: str, base: str) -> str:
    """The response's own substituted line redone with the other logarithm: '1.103 − 0.02958 ×
    3.2189' with log₁₀ 25 = 1.398 gives 1.062 V; '' when no such line is written."""
    for line, arg, written_base, value in _substituted_logs(text):
        if written_base != base:
            continue
        right = math.log10(arg) if base == "e" else math.log(arg)
        name = "log₁₀" if base == "e" else "ln"
        out = f" ({name} {arg:g} = {right:.4g}"
        m = re.search(
            r"(?P<a>\d+\.\d+)\s*(?P<op>[-−–+])\s*(?P<p>0\.\d+)\s*[×*·]?\s*\(?\s*"
            + re.escape(value),
            line,
        )
        if m:
            sign = 1.0 if m.group("op") == "+" else -1.0
            e = float(m.group("a")) + sign * float(m.group("p")) * right
            out += f", so the step gives {m.group('a')} {m.group('op')} {m.group('p')} × {right:.4g} = {e:.4g} V"
        return out + ")"
    return ""


def _substituted_bases(text: str) -> set[str]:
    """Bases read from a logarithm put in place of its value further along the same line:
    '0.02958 × ln 25 = 0.02958 × 3.2189' evaluates the natural logarithm (ln 25 = 3.219,
    log₁₀ 25 = 1.398). The value must stand as a factor (after '×' or '('), show at least three
    significant digits and match exactly one of the two bases."""
    return {base for _, _, base, _ in _substituted_logs(text)}


_LOG_RESULT = re.compile(
    r"^\s*(?:log(?:_?10|₁₀)?|ln)\b[^=\n]*=.*=\s*(?P<v>[-−–]?\s*\d+\.\d+)\s*$", re.M
)
_ANTILOG = re.compile(
    r"(?P<fn>10\s*\^|\bexp\s*|\be\s*\^)\s*[({]?\s*(?P<v>[-−–]?\s*\d+\.\d+)\s*[)}]?"
)


def _antilog_bases(text: str) -> set[str]:
    """Bases read from the logarithm's inverse: 'log[Fe²⁺] = … = −4.669' then '[Fe²⁺] =
    10^(−4.669)' takes the logarithm to base ten (exp(−4.669) or e^(−4.669): the natural one),
    whatever the function is called. The value must be the result of a line that starts with the
    logarithm, written again inside the power."""

    def number(v: str) -> float:
        return float(re.sub(r"[−–]", "-", v).replace(" ", ""))

    results = {number(m.group("v")) for m in _LOG_RESULT.finditer(text)}
    out = set()
    for m in _ANTILOG.finditer(text):
        if number(m.group("v")) in results:
            out.add("10" if m.group("fn").startswith("10") else "e")
    return out


def _bases(text: str) -> set[str]:
    """The logarithm bases the response evaluates: '10' when 'log(x) = v' has v = log₁₀ x, 'e' when
    v = ln x (whatever the function is called), and those of :func:`_substituted_bases` and
    :func:`_antilog_bases`."""
    out = _substituted_bases(text) | _antilog_bases(text)
    for m in _EVAL.finditer(text):
        arg = float(re.sub(r"[×x*]10\^", "e", m.group("arg").replace(" ", "")).replace("−", "-"))
        val = float(re.sub(r"[−–\s]", lambda c: "-" if c.group(0) in "−–" else "", m.group("val")))
        if arg <= 0 or arg == 1:
            continue
        if math.isclose(val, math.log10(arg), rel_tol=0.01, abs_tol=0.002):
            out.add("10")
        elif math.isclose(val, math.log(arg), rel_tol=0.01, abs_tol=0.002):
            out.add("e")
    return out


_LABELLED_RT_F = re.compile(
    r"(?P<pre>.{0,8})\(?RT\)?\s*/\s*\(?\s*(?P<n>\d?)\s*F\s*\)?\s*[=≈]\s*(?P<v>0\.\d+)\s*V"
)
_ROOM = re.compile(r"25\s*°\s*C|298(?:\.15)?\s*K|room\s+temperature", re.I)


def labelled_rt_f(lines: list[str], context: str) -> Check | None:
    """'RT/F = 0.0592 V' at 25 °C: that is 2.303 RT/F; RT/F itself is 0.0257 V."""
    if not _ROOM.search(context):
        return None
    for line in lines:
        for m in _LABELLED_RT_F.finditer(line):
            if re.search(r"2\.3|ln\s*\(?10|\d\s*$", m.group("pre")):
                continue  # '2.303 RT/F', or a number multiplying RT
            n = int(m.group("n") or 1)
            v = float(m.group("v"))
            if math.isclose(v, THERMAL_VOLTAGE * math.log(10) / n, rel_tol=0.01):
                return Check(
                    "constants",
                    False,
                    f"'{m.group(0)[len(m.group('pre')) :].strip()}': at 25 °C RT/{m.group('n')}F is "
                    f"{THERMAL_VOLTAGE / n:.4g} V; {v:g} V is 2.303 RT/{m.group('n')}F, the prefactor "
                    "that goes with log₁₀",
                )
    return None


def nernst_log_check(question: str, lines: list[str]) -> Check | None:
    """A failed 'constants' check when the Nernst prefactor and the logarithm's base disagree."""
    response = "\n".join(lines)
    if not _CONTEXT.search(question + "\n" + response):
        return None
    labelled = labelled_rt_f(lines, question + "\n" + response)
    if labelled is not None:
        return labelled
    if _LN10.search(response):
        return None
    ln_factor, log_factor = _factors(response)
    if ln_factor == log_factor:
        return None
    bases = _bases(response)
    if len(bases) != 1:
        return None
    if ln_factor and bases == {"10"}:
        return Check(
            "constants",
            False,
            "the Nernst prefactor is RT/nF (RT/F = 0.0257 V at 25 °C), which goes with ln, but the "
            "response multiplies it by a base-10 logarithm; with log₁₀ the prefactor is "
            "2.303 RT/nF (0.0592 V/n)" + _recomputed(response, "10"),
        )
    if log_factor and bases == {"e"}:
        return Check(
            "constants",
            False,
            "the Nernst prefactor 0.0592 V/n is 2.303 RT/nF, which goes with log₁₀, but the "
            "response multiplies it by a natural logarithm; with ln the prefactor is RT/nF "
            "(0.0257 V/n)" + _recomputed(response, "e"),
        )
    return None
