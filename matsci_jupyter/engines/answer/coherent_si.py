"""Arithmetic in coherent SI units, however loosely the units are written.

In coherent SI units (kg, m, s, A, K, mol and the derived N, J, W, Pa, C, V, Ω, Hz, T, and their
products such as J·s), a calculation's number in SI is the plain arithmetic of its numbers: no
conversion factor can enter. So when every number of a calculation carries only such units (or
none), and the stated result does too, the result's number must equal the numbers' arithmetic,
even when the unit labels do not combine into the result's unit ('(10 V − 5 V) × 1.6 × 10^-19 J'
where eV was meant). The general step check leaves such lines open, since their dimensions do not
match; this module checks the numbers alone.

A side is read only when each unit follows a number directly (a letter anywhere else could be a
symbol), no unit has a prefix or is outside coherent SI (g, cm, eV, atm, L, min, °, % rule the
line out), and the only words left are sqrt, exp and ln. The stated result must be off by more
than its written precision and 2 % of its size.
"""

from __future__ import annotations

import itertools
import math
import re

from .checks import Check

_SI_UNITS = {"kg", "m", "s", "A", "K", "mol", "N", "J", "W", "Pa", "C", "V", "Ω", "Hz", "T"}
_TOKEN = r"(?:kg|mol|Hz|Pa|Js|Nm|Ws|[mAsKNJWCVΩT])(?:\s*\^\s*\(?-?\d+\)?)?"
_UNIT_RUN = re.compile(
    rf"(?<=[\d)])\s*{_TOKEN}(?:(?:\s*[·/]\s*|\s+|(?<=[\d)])){_TOKEN})*(?![A-Za-zΩ(\w^])"
)
"""A run of coherent units after a number ('W m^-1 K^-1'); after a power the next unit may follow
with no space ('m^-1K^-1'), and a run never stops just before a '^' (stripping 'W m' of
'W m^-1K^-1' would leave the power '^-1' to act on the number before it)."""
_FUNCTIONS = re.compile(r"\b(?:sqrt|exp|ln)\s*(?=\()")
_TIMES_TEN = re.compile(
    r"(?<![\w.^])(?<!\^-)(?<!\^\(-)(?<!\^\()(\d+(?:\.\d*)?)\s*[x×*]\s*10\s*\^\s*\(?\s*([-−+]?\d+)\s*\)?"
)
"""A number in scientific notation ('2.5 × 10^14'); never an exponent before a factor of ten
('m^-2 × 10^-9 m^3' multiplies by 10^-9, its 2 is no mantissa)."""
_STATED = re.compile(r"\s*~?\s*([-−]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*")
_MARGIN = 0.02


def _strip_units(side: str) -> tuple[str, bool] | None:
    """The side with its coherent SI unit runs removed, and whether it had any; None when a letter
    is left that is not a function name (a symbol, a prefixed or non-SI unit)."""
    text = side.replace("−", "-").replace("·", "*")
    text = _TIMES_TEN.sub(r"\1e\2", text)
    text = text.replace("×", "*")
    stripped = _UNIT_RUN.sub(" ", text)
    rest = _FUNCTIONS.sub("", stripped)
    rest = re.sub(r"\d(?:\.\d+)?e[-+]?\d+", "0", rest)
    if re.search(r"[^\d\s.+\-*/()^]", rest):
        return None
    return stripped, stripped != text


def _evaluate(expr: str) -> float | None:
    """A plain numeric expression with sqrt, exp, ln and powers; None when it is not one."""
    text = expr.replace("^", "**")
    text = re.sub(r"\)\s*\(", ")*(", text)
    text = re.sub(r"(\d)\s*\(", r"\1*(", text)
    if re.search(r"[^\d\s.+\-*/()eqrstxpln]", text):
        return None
    try:
        # the text holds only numbers, operators and the three functions
        value = eval(
            text, {"__builtins__": {}}, {"sqrt": math.sqrt, "exp": math.exp, "ln": math.log}
        )
    except Exception:  # not an expression after all
        return None
    return float(value) if isinstance(value, int | float) else None


def _decimals_tolerance(stated: str) -> float:
    """Half a unit in the last written digit of a stated number (mantissa and exponent)."""
    m = re.fullmatch(r"-?(\d+)(?:\.(\d+))?(?:e([-+]?\d+))?", stated)
    if m is None:
        return 0.0
    places = len(m.group(2) or "")
    exponent = int(m.group(3) or 0)
    return 0.5 * 10.0 ** (exponent - places)


def coherent_si_checks(lines: list[str]) -> list[Check]:
    """One failed check for the first calculation in coherent SI units whose stated result is not
    its numbers' arithmetic; else nothing."""
    for line in lines:
        if not re.search(r"\d\s*(?:kg|J|V|m|s|C|N|W|Pa|Hz|T|K|A|Ω)\b", line):
            continue
        sides = re.split(r"=|≈", line)
        for left, right in itertools.pairwise(sides):
            left = re.sub(r"^[^=]*?:\s*", "", left)
            if not re.search(r"[*/×·^]|sqrt|exp", left) or not re.search(r"\d", left):
                continue
            computed = _strip_units(left)
            stated_side = _strip_units(right.strip().rstrip("."))
            if computed is None or stated_side is None:
                continue
            computed_text, with_units = computed
            stated = _STATED.fullmatch(stated_side[0])
            if stated is None:
                continue
            value = _evaluate(computed_text)
            if value is None or value == 0:
                continue
            written = float(stated.group(1).replace("−", "-"))
            allowed = max(_decimals_tolerance(stated.group(1)), _MARGIN * abs(value))
            if abs(written - value) <= allowed or written == 0:
                continue
            power = math.log10(abs(written / value))
            if not with_units and abs(power - round(power)) < 0.01:
                continue  # bare numbers a power of ten off: a unit prefix may have been skipped
            return [
                Check(
                    "arithmetic (SI numbers)",
                    False,
                    f"'{left.strip()}' is {value:.4g} in SI units (coherent units carry no "
                    f"conversion factor), not {right.strip()}",
                )
            ]
    return []
