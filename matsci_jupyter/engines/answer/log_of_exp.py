"""The logarithm of an exponential taken in base 10 without the 2.303.

A response writes a Boltzmann or Arrhenius law, ``N_v = N exp(−Q_v/kT)``, takes its logarithm as
``log(N₂/N₁) = (Q_v/k)(1/T₁ − 1/T₂)`` (no 2.303 or ln 10 anywhere), and then evaluates that log in
base 10: ``log 1 500 = 3.176``. The logarithm of exp(x) is x only for the natural log, so the
evaluated value is 2.303 times too small and everything after it is off by that factor. The check
fires only when all three are written: an exponential law, a ``log`` equation without the factor,
and a ``log <number> = <value>`` step whose value is the base-10 logarithm (and not the natural one).
"""

from __future__ import annotations

import math
import re

from .checks import Check

_EXPONENTIAL = re.compile(r"\bexp\s*[(\[]|\be\s*\^\s*\(?\s*[-−]")
_TEN_FACTOR = re.compile(r"2\.30\d?|\b2\.3\b|ln\s*\(?\s*10\b|log\s*_?\s*\(?\s*e\b")
_LOG_EQUATION = re.compile(r"(?<![\w])log\s*(?![_\s]*\(?\s*(?:10|₁₀)\b)\s*[(\[]?[^=]*=")
_LOG_VALUE = re.compile(
    r"(?<![\w])log\s*(?![_\s]*(?:10|₁₀)\b)\(?\s*(?P<arg>\d{1,3}(?: \d{3})+|\d+(?:\.\d+)?)\s*\)?"
    r"\s*[=≈]\s*(?P<value>[-−]?\d+(?:\.\d+)?)(?!\s*[×x*]\s*10)"
)


# 'log(10^4)', 'log(10⁴)', 'log 10^{-3}': a power of ten as the logarithm's argument
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_POWER_ARG = re.compile(
    r"(?<![\w])(?P<log>log\s*)(?P<open>\(?)\s*10\s*(?:\^\s*\{?\s*(?P<exp>[-−]?\d{1,2})\s*\}?"
    r"|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))(?![\d.])"
)


def _power_as_number(m: re.Match[str]) -> str:
    """'log(10^4' -> 'log(10000': the argument written out, so it reads as one number."""
    exp = m.group("exp") or m.group("sup").translate(_SUPERSCRIPT)
    power = int(exp.replace("−", "-"))
    value = f"{10.0**power:.{max(0, -power)}f}"  # '10000', '0.00001': never 'e' notation
    return f"{m.group('log')}{m.group('open')}{value}"


def log_of_exp_check(lines: list[str]) -> Check | None:
    """A failed 'arithmetic' check when the response evaluates the log of an exponential law in
    base 10 without the factor 2.303 (see the module text); None otherwise."""
    lines = [_POWER_ARG.sub(_power_as_number, line) for line in lines]
    text = "\n".join(lines)
    if not _EXPONENTIAL.search(text) or _TEN_FACTOR.search(text):
        return None
    if not any(_LOG_EQUATION.search(line) and re.search(r"[A-Za-z]", line) for line in lines):
        return None
    for m in _LOG_VALUE.finditer(text):
        arg = float(m.group("arg").replace(" ", ""))
        value = float(m.group("value").replace("−", "-"))
        if arg <= 0 or arg == 1:
            continue
        common, natural = math.log10(arg), math.log(arg)
        if math.isclose(value, common, rel_tol=0.01, abs_tol=0.002) and not math.isclose(
            value, natural, rel_tol=0.05
        ):
            return Check(
                "arithmetic",
                False,
                f"'{m.group(0).strip()}' takes the base-10 logarithm, but the logarithm of the "
                f"exponential law is the natural one: ln {m.group('arg')} = {natural:.4g}, "
                f"{natural / common:.3f} times larger (no 2.303 is written to make up for it)",
            )
    return None
