"""A temperature change written in °C or °F is a difference, not an absolute temperature.

A difference of 50 K is a difference of 50 °C (and of 90 °F): the Celsius and kelvin scales differ
by an offset only, which a difference cancels. A worked answer that finds 'ΔT = … = 111 K (= 111 °C
of temperature change)' and answers 111.1 K is right; reading the 111 °C as an absolute temperature
(384.3 K) would call it wrong. :func:`is_temperature_change` says when a value names a change (the
symbol ΔT, or words such as 'undercooling' or 'temperature drop'); :func:`as_difference` then reads
an absolute °C or °F value as the same-sized difference (kelvin-sized or rankine-sized degrees). An
absolute temperature ('T = 900 °C', 'T_m = 660 °C') is left as it is and still converts with the
offset (900 °C = 1173.15 K).
"""

from __future__ import annotations

import re
from typing import Any

_DELTA_SYMBOL = re.compile(r"^\s*(?:Δ|∆|delta|Delta)\s*_?\s*T", re.I)
_CHANGE_WORDS = re.compile(
    r"\b(?:under|super)[- ]?cool(?:ing)?\b|\bsuperheat(?:ing)?\b"
    r"|\btemperature\s+(?:change|difference|drop|rise|increase|decrease|interval|swing|jump)s?\b"
    r"|\b(?:change|difference|drop|rise|increase|decrease)s?\s+(?:in|of)\s+temperature\b"
    r"|\bof\s+(?:temperature\s+)?change\b",
    re.I,
)


def is_temperature_change(symbol: str, text: str = "") -> bool:
    """True when ``symbol`` ('ΔT', 'ΔT_max', 'delta_T') or the statement ``text`` ('… of
    undercooling', 'a temperature drop of …') says the value is a change in temperature."""
    return bool(_DELTA_SYMBOL.match(symbol or "")) or bool(_CHANGE_WORDS.search(text or ""))


def as_difference(q: Any) -> Any:
    """``q`` in an offset unit (°C, °F) as the difference of the same size (delta_degC,
    delta_degF, convertible to K without the offset); any other quantity unchanged."""
    from .unit_text import long_name

    name = long_name(q.units)
    if name not in ("degree_Celsius", "degree_Fahrenheit"):
        return q
    delta = "delta_degC" if name == "degree_Celsius" else "delta_degF"
    return q._REGISTRY.Quantity(q.magnitude, delta)
