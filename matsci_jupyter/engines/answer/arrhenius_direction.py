"""A thermally activated ratio that runs the wrong way with temperature.

With an activation energy Q > 0, a diffusivity or rate constant (D, k) grows with temperature,
D₂/D₁ = exp[(Q/R)(1/T₁ − 1/T₂)], and the time a fixed amount of such a process takes shrinks:
t₂/t₁ = D₁/D₂. A response that labels two temperatures (T₁ = 623 K, T₂ = 573 K) and then writes
a ratio of the same-labelled D, k or t whose value falls on the wrong side of 1 ('t₂/t₁ = 0.048'
for the cooler T₂: a sign lost in the exponent) contradicts its own temperatures.

Only read when the response writes an activation-energy factor (Q/R, Q/k, E_a/R) and gives both
labelled temperatures in kelvin (the last value of their lines); the ratio's value is the last
plain number of its line. A ratio within 0.1 % of 1, or equal temperatures, is not judged.
"""

from __future__ import annotations

import re

from .checks import Check

_SUB = {"₁": "1", "₂": "2", "1": "1", "2": "2"}
_ACTIVATION = re.compile(r"(?:\bQ|E_?\{?a\}?|ΔH)\w*\s*\)?\s*/\s*\(?\s*(?:n\s*)?(?:R|k_?B?)\b")
_TEMPERATURE = re.compile(
    r"(?<![\w/])T_?\{?(?P<i>[₁₂12])\}?\s*=\s*(?P<rest>[^,;\n]*?)(?P<num>\d+(?:\.\d+)?)\s*K\b"
)
_RATIO = re.compile(
    r"(?<![\w/])(?P<sym>[tDkτ])_?\{?(?P<a>[₁₂12])\}?\s*/\s*(?P=sym)_?\{?(?P<b>[₁₂12])\}?\s*=(?P<rest>[^\n]*)"
)
_LAST_NUMBER = re.compile(r"=\s*(?P<num>\d+(?:\.\d+)?(?:\s*[×x]\s*10\s*\^\s*[-−]?\d+)?)\s*\.?\s*$")


def _number(text: str) -> float:
    t = text.replace("−", "-").replace(" ", "")
    m = re.fullmatch(r"([\d.]+)(?:[×x]10\^(-?\d+))?", t)
    if m is None:
        return float("nan")
    return float(m.group(1)) * 10.0 ** int(m.group(2) or 0)


def arrhenius_direction_check(question: str, lines: list[str]) -> Check | None:
    """A failed 'physical bound' check when a labelled D, k or t ratio contradicts the order of
    the response's own labelled temperatures; None otherwise."""
    text = "\n".join(lines)
    if not _ACTIVATION.search(text):
        return None
    temps: dict[str, float] = {}
    for m in _TEMPERATURE.finditer(text):
        value = float(m.group("num"))
        if value > 0:
            temps.setdefault(_SUB[m.group("i")], value)
    if len(temps) != 2 or abs(temps["1"] - temps["2"]) < 1e-6 * temps["1"]:
        return None
    for line in lines:
        for m in _RATIO.finditer(line):
            a, b = _SUB[m.group("a")], _SUB[m.group("b")]
            if a == b:
                continue
            end = _LAST_NUMBER.search(m.group("rest").rstrip())
            if end is None:
                continue
            ratio = _number(end.group("num"))
            if not ratio > 0 or abs(ratio - 1) < 1e-3:
                continue
            hotter_on_top = temps[a] > temps[b]
            grows = m.group("sym") in "Dk"  # a rate grows with T; a time shrinks
            if (ratio > 1) == (hotter_on_top == grows):
                continue
            sym = m.group("sym")
            kind = "rate" if grows else "time"
            return Check(
                "physical bound",
                False,
                f"{sym}{a}/{sym}{b} = {end.group('num')} with T{a} = {temps[a]:g} K and "
                f"T{b} = {temps[b]:g} K: with an activation energy a {kind} "
                f"{'grows' if grows else 'shrinks'} as the temperature rises, so the ratio must be "
                f"{'above' if (hotter_on_top == grows) else 'below'} 1 (a sign lost in the exponent)",
            )
    return None
