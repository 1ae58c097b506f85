"""The stated final answer against the result the response computed just before it.

A worked answer often ends with a computed value ('v = c/n = … = 1.302 × 10^8 m/s') and then a
separate line that restates it as the answer ('**v ≈ 1.30 × 10^7 m/s**'). When the restated
number is a miscopy of the computed one, the response's final answer is wrong although every step
holds. A miscopy is recognised only by its shape, so that a final answer computed some other way
is never flagged:

* the two agree except for a power of ten (an exponent or a unit prefix slip:
  1131 MPa written as 1.31 GPa is not this; 1.302 × 10^8 written as 1.30 × 10^7 is);
* the digits of one are the digits of the other with one digit dropped, added or changed, or two
  adjacent digits swapped (2172 → 2712, 1131 → 131).

Both values are compared in the final answer's unit (pint); only values of the same dimension are
compared (two bare numbers for a miscopied digit only), and only when the final line computes
nothing itself and the final number is written nowhere earlier in the response.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .prose import FinalAnswer, Statement, verification_line
from .step_check import clip, evaluate_segment, fmt_quantity, strip_words
from .temperature_change import as_difference, is_temperature_change
from .unit_text import long_name, unit_label

_WORDED_SCALE = re.compile(r"(?<=\d)\s*(?:(?i:(thousand|million|billion|lakh|crore)s?)\b|k\b)")
_WORDED_EXPONENT = {"thousand": 3, "million": 6, "billion": 9, "lakh": 5, "crore": 7}


def worded_power(text: str) -> int:
    """The power of ten a number's word or 'k' suffix carries ('38.1 thousand J' → 3, '2.5 million'
    → 6, '38.1k' → 3); 0 when none, or several. 'K' and 'M' are not read so (kelvin, molar)."""
    found = list(_WORDED_SCALE.finditer(text))
    if len(found) != 1:
        return 0
    word = found[0].group(1)
    return _WORDED_EXPONENT[word.lower()] if word else 3


ROUNDING_SLACK = 0.01
"""Relative slack on top of half a unit in the last written digit of the final answer."""


def _sig_digits(text: str) -> str:
    """The significant digits of a written number ('1.30 × 10^7' → '130', '2 712' → '2712')."""
    mantissa = re.split(r"[×x*]\s*10|e[-+]?\d", text.strip(), maxsplit=1)[0]
    digits = re.sub(r"[^\d]", "", mantissa)
    return digits.lstrip("0")


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one dropped, added or changed digit, or one swap of adjacent digits."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return len(a) >= 3  # one changed digit in a two-digit number is too likely by chance
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) < 2:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _decimals_tolerance(text: str, value: float) -> float:
    """Half a unit in the last significant digit written, relative to the value."""
    digits = _sig_digits(text)
    if not digits or value == 0:
        return 0.0
    return 0.5 * 10.0 ** (1 - len(digits))


def _evaluate(text: str) -> Any:
    """A side of a chain as a quantity; 'A ÷ B' (one division sign) as A/(B)."""
    value = evaluate_segment(text).value
    if value is None and text.count("÷") == 1:
        num, den = (evaluate_segment(p.strip()).value for p in text.split("÷"))
        if num is not None and den is not None and float(den.magnitude) != 0:
            try:
                value = (num / den).to_reduced_units()
            except Exception:
                return None
    return value


def _final_quantity(final_text: str) -> tuple[Any, str] | None:
    from .expression import numbers_with_units

    text = re.split(r"=|≈", final_text)[-1]
    found = numbers_with_units(strip_words(text))
    if len(found) != 1:
        return None
    q, written, _start = found[0]
    return q, written


def result_just_before(lines: list[str], chains: list[Statement], at: int) -> Statement | None:
    """The chain that gives the result a final line at ``at`` restates: the last one in the three
    lines before it (a verification line is none), with no other value written between the two;
    None otherwise."""
    earlier = [
        st
        for st in chains
        if at - 3 <= st.line_no < at and not verification_line(lines[st.line_no])
    ]
    if not earlier:
        return None
    last = earlier[-1]
    between = " ".join(lines[last.line_no + 1 : at])
    # 'In (Ω·cm)^-1:' between the two names a unit: its exponent is no value
    between = re.sub(r"\^\s*\(?[-+−]?\d+\)?|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+", " ", between)
    if re.search(r"\d", between):
        return None  # another value lies between the result and the final line
    return last


def copied_final_check(
    lines: list[str], chains: list[Statement], final: FinalAnswer, carried: Any = None
) -> Check | None:
    """A failed 'own result' check when the final answer is a miscopy (power of ten, one digit, two
    swapped digits) of the result computed just before it; a passed one when it is that result
    rounded; None when there is nothing to compare. ``carried`` is the final value when a bare
    final number is read in the question's unit ('… in (Ω·cm)^-1?' answered '12.1'). Two bare
    numbers (a ratio, an index) are compared for a miscopied digit only: a power of ten between
    bare numbers may be a percentage or a scale the question states."""
    from .expression import numbers_with_units

    read = _final_quantity(final.text)
    if read is None:
        return None
    x_q, x_text = read
    if long_name(x_q.units) == "dimensionless" and carried is not None:
        if not math.isclose(float(carried.magnitude), float(x_q.magnitude), rel_tol=1e-9):
            return None  # the question scales the bare number ('× 10^5'): not read here
        x_q = carried
    bare = long_name(x_q.units) == "dimensionless"
    if long_name(x_q.units) in ("count", "percent"):
        return None
    try:
        at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    rest = final.line.replace(final.text, " ")
    rest = re.sub(r"\([^()]*\)", " ", rest)  # 'E_r(10 s) ≈': an argument, not a computation
    if re.search(r"\d|[×*/+^√]|\b(?:sin|cos|tan|ln|log|exp)\b", rest):
        return None  # the final line computes (or states another value) itself
    left = re.split(r"=|≈", final.text)
    if len(left) > 2:
        return None  # 'v = c/n ≈ …': the final line is a chain of its own
    last = result_just_before(lines, chains, at)
    if last is None:
        return None
    seg = numbers_with_units(strip_words(last.sides[-1]))
    if len(seg) != 1:
        return None
    y_q, y_text, _s = seg[0]
    if long_name(y_q.units) == "dimensionless" and len(last.sides) >= 3:
        # 'T = ΔH°/ΔS° = 178 000 J/mol ÷ 160 J/(mol·K) = 1112.5': the unit the working carries
        carried = _evaluate(strip_words(last.sides[-2]))
        if carried is not None and math.isclose(
            float(carried.magnitude), float(y_q.magnitude), rel_tol=0.01
        ):
            y_q = carried
    if long_name(y_q.units) in ("count", "percent"):
        return None
    if bare != (long_name(y_q.units) == "dimensionless"):
        return None  # a bare number against a quantity: a unit dropped or a value read otherwise
    if is_temperature_change(last.sides[0].strip(), last.text):
        # 'ΔT = … = 58.0 K (= 58.0 °C)' then '58 K': one difference, read without the °C offset
        x_q, y_q = as_difference(x_q), as_difference(y_q)
    if y_q.dimensionality != x_q.dimensionality:
        return None
    try:
        y = float(y_q.to(x_q.units).magnitude)
    except Exception:
        return None
    x = float(x_q.magnitude)
    if x == 0 or y == 0 or (x > 0) != (y > 0):
        return None
    before = " ".join(lines[:at])
    x_digits = _sig_digits(x_text)

    def written(text: str) -> int:
        return sum(
            _sig_digits(t) == x_digits and math.isclose(float(q.magnitude), x, rel_tol=1e-9)
            for q, t, _s in numbers_with_units(text)
        )

    if x_digits and written(before) > written(strip_words(last.sides[-1])):
        return None  # the final number is written earlier: taken from there, not miscopied
    tol = _decimals_tolerance(x_text, x) + ROUNDING_SLACK
    if math.isclose(x, y, rel_tol=tol):
        return None
    same_number = math.isclose(x, float(y_q.magnitude), rel_tol=tol)
    ratio = abs(x / y)
    k = round(math.log10(ratio))
    shape = ""
    if bare:
        # bare numbers: only a miscopied digit (three digits or more) of the same size is read
        rounded = _sig_digits(f"{y:.{len(x_digits) - 1}e}") if len(x_digits) >= 3 else ""
        if not k and rounded and _one_edit(x_digits, rounded.ljust(len(x_digits), "0")):
            shape = "one digit miscopied"
    elif same_number:
        shape = (
            f"the number is carried over in {unit_label(x_q.units)} without converting it from "
            f"{unit_label(y_q.units)}"
        )
    elif k and math.isclose(ratio / 10.0**k, 1.0, rel_tol=tol):
        if worded_power(final.text) == -k:
            return None  # '38,080 J' then '38.1 thousand J': the power of ten is in words
        shape = f"off by a factor 10^{k}"
    else:
        y_digits = _sig_digits(y_text)
        # the result rounded to as many digits as the final writes ('74,649,600 J' then '76.4 MJ':
        # 74.6 against 76.4); three digits at least, so a short final is not matched by chance
        rounded = (
            _sig_digits(f"{y:.{len(x_digits) - 1}e}").ljust(len(x_digits), "0")
            if len(x_digits) >= 3
            else ""
        )
        # the written digits of the result in the final unit when the unit is the same
        same_unit = y_q.units == x_q.units
        if same_unit and (_one_edit(x_digits, y_digits) or _one_edit(x_digits, rounded)):
            shape = "one digit miscopied"
        elif not same_unit:
            shifted = _sig_digits(f"{y:.{max(len(y_digits), 1) - 1}e}")
            if (
                _one_edit(x_digits, shifted)
                or _one_edit(x_digits, y_digits)
                or _one_edit(x_digits, rounded)
            ):
                shape = "one digit miscopied"
    if not shape:
        return None
    return Check(
        "own result",
        False,
        f"the final answer '{clip(final.text.strip(), 40)}' is not the result the response "
        f"computed just before it, '{clip(last.text.strip(), 60)}' ({fmt_quantity(y_q)}): "
        f"{shape}",
    )
