"""Compare the values a response says the question gives with the values the question gives.

Worked answers restate the data before using it: ``Given: a = 0.405 nm, ρ = 2.70 g/cm^3`` or ``We
are given that the load is 850 N``. A restated value that is a mis-copy of one of the question's
values is provably wrong: the same quantity (same dimension, compared in SI units with pint, so a
unit conversion is never a mis-copy) off by an exact power of ten (a dropped or doubled
``× 10^n``, a wrong prefix), or with two adjacent digits swapped. A restated value that matches any
given of its dimension (within 1%, or half or twice it: a radius for a diameter) is fine, and a
value that resembles none is not checked (the response may state an assumption or a constant).
"""

from __future__ import annotations

import itertools
import math
import re
from typing import Any

from .checks import Check
from .quantities import Reading

_GIVEN_LINE = re.compile(
    r"\b(?:we\s+are\s+given|(?:it\s+is|is|are)\s+given\s+(?:that|as)|given\s+that|given\s*:|"
    r"the\s+given\s+(?:values?|data|quantities)|(?:known|data)\s*:)|^\W*given\b(?!\s+by)",
    re.I,
)
_CONSEQUENCE = re.compile(
    r",?\s+(?:so|then|thus|hence|therefore|which|giving|we\s+get|we\s+find)\b|;|\.\s|:\s*$", re.I
)
_GIVEN_HEADER = re.compile(
    r"^\W*(?:given|given\s+(?:data|values|information|quantities)|known|data)\s*:?\W*$", re.I
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d+[.)]|[A-Za-zα-ωΑ-ΩΔ][\w']{0,8}\s*=)")
MATCH_RTOL = 0.01
MIN_DIGITS = 3
"""Two values are taken for one mis-copied value only when both are written with at least three
significant digits (a swap in '1.2' and '2.1' is too likely by chance)."""


def stated_as_given(lines: list[str]) -> list[str]:
    """Lines in which the response restates the question's data: 'Given: …', 'we are given …', and
    the list under a 'Given:' heading."""
    out, in_list = [], False
    for line in lines:
        if _GIVEN_HEADER.match(line):
            in_list = True
            continue
        if in_list and _LIST_ITEM.match(line):
            out.append(line)
            continue
        in_list = False
        m = _GIVEN_LINE.search(line)
        if m:  # only what it restates: 'given that L = 50 mm, so ΔL = 5 mm' computes after 'so'
            rest = line[m.start() :]
            out.append(_CONSEQUENCE.split(rest, maxsplit=1)[0])
    return out


def _around(line: str, start: int, text: str) -> str:
    """The three characters on each side of a number written at ``start`` (an operator there makes
    it an operand of a calculation)."""
    return line[max(0, start - 3) : start] + line[start + len(text) : start + len(text) + 3]


def _si(q: Any) -> float | None:
    try:
        x = float(q.to_base_units().magnitude)
    except Exception:
        return None
    return x if math.isfinite(x) and x != 0 else None


def _digits(text: str) -> str:
    """Significant digits of the first number as written ('4.05 nm' → '405', '0.450' → '450')."""
    m = re.search(r"\d[\d,]*(?:\.\d*)?|\.\d+", text)
    return re.sub(r"[.,]", "", m.group(0)).lstrip("0") if m else ""


def _sig(text: str) -> str:
    return _digits(text).rstrip("0")


def _swapped(a_text: str, b_text: str) -> bool:
    """The significant digits of two written numbers differ by one swap of adjacent digits
    ('0.450' and '0.405', '3.26' and '3.62'), both written with at least MIN_DIGITS digits."""
    a, b = _digits(a_text), _digits(b_text)
    n = max(len(a), len(b))
    a, b = a.ljust(n, "0"), b.ljust(n, "0")
    return n >= MIN_DIGITS and len(a.rstrip("0")) >= 2 and _transposed(a, b)


def _transposed(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _miscopy(stated: Any, stated_text: str, given: Any, given_text: str) -> str | None:
    """How ``stated`` is a mis-copy of ``given`` (both with units of one dimension), or None."""
    x, y = _si(stated), _si(given)
    if x is None or y is None:
        return None
    k = _power_of_ten_off(x, y)
    if k:
        return f"off by a factor 10^{k}"
    if math.isclose(abs(x), abs(y), rel_tol=0.5) and _swapped(stated_text, given_text):
        return "with two digits swapped"
    return None


def _power_of_ten_off(x: float, y: float) -> int | None:
    """k when x is exactly 10^k times y (k ≠ 0: a dropped or doubled '× 10^n', a wrong prefix)."""
    ratio = abs(x / y)
    k = round(math.log10(ratio))
    return k if k != 0 and math.isclose(ratio, 10.0**k, rel_tol=1e-6) else None


def _matches(stated: Any, given: Any) -> bool:
    x, y = _si(stated), _si(given)
    if x is None or y is None:
        return False
    return any(math.isclose(abs(x), abs(y) * f, rel_tol=MATCH_RTOL) for f in (1.0, 0.5, 2.0))


def misquoted_given(reading: Reading | None, lines: list[str]) -> Check | None:
    """A failed check when the response restates one of the question's values wrongly."""
    from .expression import numbers_with_units
    from .unit_text import long_name

    if reading is None:
        return None
    givens = [
        (g.quantity, g.text)
        for g in reading.givens
        if g.kind == "quantity" and g.has_unit and g.quantity is not None
    ]
    if not givens:
        return None
    for line in stated_as_given(lines):
        for q, text, start in numbers_with_units(line):
            if long_name(q.units) in ("dimensionless", "count", "percent"):
                continue
            around = _around(line, start, text)
            if re.search(r"[×*/÷+]|\^", around):
                continue  # an operand of a calculation, not a value stated
            same = [(g, t) for g, t in givens if g.dimensionality == q.dimensionality]
            if not same or any(_matches(q, g) for g, _t in same):
                continue
            for g, g_text in same:
                how = _miscopy(q, text, g, g_text)
                if how is not None:
                    from .quantities import format_number
                    from .step_check import clip
                    from .unit_text import unit_label

                    shown = f"{format_number(float(g.magnitude), 6)} {unit_label(g.units)}"
                    return Check(
                        "given value",
                        False,
                        f"the response restates a given as {text} ('{clip(line, 60)}'), but the "
                        f"question gives {shown.strip()}: {how}",
                    )
    return None


def _swap_back(text: str, digits: str) -> str:
    """The number ``text`` with its two swapped digits put back so that its digits read ``digits``."""
    own = _digits(text)
    n = max(len(own), len(digits))
    own, digits = own.ljust(n, "0"), digits.ljust(n, "0")
    i = next(k for k in range(n) if own[k] != digits[k])
    positions = [k for k, ch in enumerate(text) if ch.isdigit()]
    start = len(text.split(own[0], 1)[0]) if own else 0
    idx = [p for p in positions if p >= start][i : i + 2]
    chars = list(text)
    chars[idx[0]], chars[idx[1]] = chars[idx[1]], chars[idx[0]]
    return "".join(chars)


def miscopied_operand(lines: list[str], chains: list[Any], question_numbers: list[str]) -> Any:
    """A number a calculation uses that is written nowhere before and is an earlier result (or a
    given) with two adjacent digits swapped ('ρ = 4 × 63.5/((3.26 × 10^-8)^3 × …)' after 'a = 3.62 ×
    10^-8 cm'), or, both with units of one dimension, an exact power of ten off it ('(3.62 × 10^-9
    cm)^3'), or a result restated ('S = value') with two digits swapped. Returns (statement index,
    message, the value with the right number put back) or None."""
    from .expression import evaluate_segment, numbers_with_units
    from .quantities import format_number
    from .step_check import strip_words
    from .substitution_check import _left_symbol
    from .unit_text import long_name, unit_label

    # (line, value, as written, symbol): the question's values (line -1), then the response's results
    results: list[tuple[int, Any, str, str | None]] = [
        (-1, q, t, None)
        for t in question_numbers
        for q, _t, _s in numbers_with_units(t)[:1]
        if long_name(q.units) != "dimensionless" and len(_sig(t)) >= MIN_DIGITS
    ]
    for st in chains:
        last = strip_words(st.sides[-1])
        seg = evaluate_segment(last)
        if seg.value is not None and not seg.has_operator and len(_sig(last)) >= MIN_DIGITS:
            results.append((st.line_no, seg.value, last, _left_symbol(st)))
    for k, st in enumerate(chains):
        earlier_text = " ".join(lines[: st.line_no]) + " " + " ".join(question_numbers)
        before = [q for q, _t, _s in numbers_with_units(earlier_text)]
        written_before = {_sig(t) for _q, t, _s in numbers_with_units(earlier_text)}
        symbol = _left_symbol(st)
        for side in st.sides[1:]:
            restated = not evaluate_segment(strip_words(side)).has_operator
            if restated and (len(st.sides) != 2 or symbol is None):
                continue  # a written value counts only as a restatement 'S = value' of a result
            for q, raw, _start in numbers_with_units(side):
                text = raw.rstrip(")") if raw.count(")") > raw.count("(") else raw
                digits = _sig(text)
                if len(digits) < MIN_DIGITS:
                    continue
                new_digits = digits not in written_before
                seen = any(_matches(q, b) for b in before)  # the same value in another unit
                for line_no, value, shown, sym in results:
                    if line_no >= st.line_no or (restated and sym != symbol):
                        continue
                    how, fixed = None, None
                    y, x = abs(float(value.magnitude)), abs(float(q.magnitude))
                    if q.dimensionality == value.dimensionality and not (
                        long_name(q.units) == "dimensionless"
                        or long_name(value.units) == "dimensionless"
                    ):  # both with units: compared in SI ('0.893 × 10^-9 m' against '0.839 nm')
                        y, x = abs(_si(value) or 0.0), abs(_si(q) or 0.0)
                    if new_digits and y and 0.5 < x / y < 2 and _swapped(text, shown):
                        how, fixed = "with two digits swapped", _swap_back(text, _digits(shown))
                    elif (
                        not seen
                        and long_name(q.units) != "dimensionless"
                        and long_name(value.units) != "dimensionless"
                        and q.dimensionality == value.dimensionality
                        and digits == _sig(shown)
                    ):
                        how = _miscopy(q, text, value, shown)
                        if how is not None and "10^" in how:
                            fixed = f"({format_number(float(value.to(q.units).magnitude), 6)} {unit_label(q.units)})"
                        else:
                            how = None
                    if how is None or fixed is None:
                        continue
                    if restated:
                        return (
                            k,
                            (
                                f"it restates {symbol} as {text}, written nowhere before, but the "
                                f"response found {symbol} = {shown} earlier: {how}"
                            ),
                            value,
                        )
                    redone = evaluate_segment(strip_words(side).replace(text, fixed, 1))
                    again = (
                        f"; with it the calculation gives {format_number(float(redone.value.magnitude))} "
                        f"{unit_label(redone.value.units)}".rstrip()
                        if redone.value is not None
                        else ""
                    )
                    source = (
                        "the question's value"
                        if line_no < 0
                        else "the response's own earlier result"
                    )
                    return (
                        k,
                        f"it uses {text}, written nowhere before: {source} {shown} {how}{again}",
                        redone.value,
                    )
    return None


def final_miscopy(
    lines: list[str], chains: list[Any], final_text: str, final_line: str
) -> str | None:
    """A final answer whose digits are the response's last result with two adjacent digits swapped
    and are written nowhere before ('ρ = … = 8.91 g/cm^3' then 'the density is 8.19 g/cm^3')."""
    from .expression import numbers_with_units
    from .step_check import strip_words

    found = numbers_with_units(final_text)
    if len(found) != 1:
        return None
    q, text, _start = found[0]
    try:
        at = max(i for i, ln in enumerate(lines) if ln == final_line)
    except ValueError:
        return None
    before = " ".join(lines[:at])
    if _digits(text) in {_digits(t) for _q, t, _s in numbers_with_units(before)}:
        return None
    x = abs(float(q.magnitude))
    decimals = len(re.sub(r"[^\d.]", "", text).rstrip(".").partition(".")[2])
    for st in reversed([st for st in chains if st.line_no < at]):  # the last result near it
        value = numbers_with_units(strip_words(st.sides[-1]))
        if len(value) != 1:
            continue
        if value[0][0].dimensionality != q.dimensionality and not q.dimensionless:
            continue  # 21.8 nm is not 28.054 g/mol rewritten: a result of another quantity
            # (a bare final number, its unit left to the question, may restate any)
        y = abs(float(value[0][0].magnitude))
        if not (y and 0.5 < x / y < 2):
            continue
        rounded = f"{round(y, decimals):.{decimals}f}"  # '0.5143' to three decimals: '0.514'
        if _swapped(text, value[0][1]) or _swapped(text, rounded):
            return (
                f"the final answer {text.rstrip('.')} is the response's last result "
                f"{value[0][1]} with two digits swapped"
            )
        return None
    return None


_THERMAL_CONSTANTS = (8.617e-5, 1.380649e-23, 8.314, 1.987)  # k (eV/K, J/K), R (J/mol/K, cal/mol/K)


def celsius_in_kt(reading: Any, chains: list[Any]) -> tuple[int, str] | None:
    """A temperature the question gives in °C multiplied as it stands by the Boltzmann or gas
    constant ('(8.62 × 10^-5)(1000)' for 1000 °C): kT and RT take kelvin, so T is 1273 K. Returns
    (statement index, message) or None. Left alone when the question also gives that number in
    kelvin, or when anything but a product joins the two numbers."""
    from .expression import numbers_with_units
    from .step_check import strip_words
    from .unit_text import long_name

    if reading is None:
        return None
    celsius, kelvin = set(), set()
    for g in reading.givens:
        q = getattr(g, "quantity", None)
        if q is None:
            continue
        name = long_name(q.units)
        if name == "degree_Celsius":  # not a difference (delta_degree_Celsius)
            celsius.add(float(q.magnitude))
        elif name == "kelvin":
            kelvin.add(float(q.magnitude))
    celsius -= kelvin
    if not celsius:
        return None
    for k, st in enumerate(chains):
        for side in st.sides[1:]:
            text = strip_words(side)
            found = numbers_with_units(text)
            for (q1, t1, s1), (q2, t2, s2) in itertools.pairwise(found):
                between = text[s1 + len(t1) : s2]
                if not re.fullmatch(r"[\s()×*·]*", between):
                    continue
                for const, temp, temp_text, at in ((q1, q2, t2, s2), (q2, q1, t1, s1)):
                    after = text[at + len(temp_text) :]
                    if re.match(r"\s*[+\-−]", after) or re.search(r"[+\-−]\s*$", text[:at]):
                        continue  # '(20 + 273.15)': a term of a sum, not the factor itself
                    c = abs(float(const.magnitude))
                    if not any(math.isclose(c, v, rel_tol=0.01) for v in _THERMAL_CONSTANTS):
                        continue
                    name = long_name(temp.units)
                    if name not in ("dimensionless",) and "degree_Celsius" not in name:
                        continue
                    t = float(temp.magnitude)
                    if t in celsius and t + 273.15 not in kelvin:
                        return k, (
                            f"it multiplies the Boltzmann or gas constant by {temp_text.strip()}, the "
                            f"question's {t:g} °C: kT and RT take kelvin, T = {t + 273.15:g} K"
                        )
    return None


def substituted_miscopy(reading: Reading | None, lines: list[str]) -> Check | None:
    """A given put into a calculation a power of ten off: '(2.0 A)(1.5 T)/(…)' where the question
    gives 20 A. It is a mis-copy only when everything else is ruled out: the question gives exactly
    one value of that dimension; no value of that dimension anywhere in the response matches it
    (the response never writes 20 A, in any unit); the operand is written with its unit; and it is
    not a result the response computed or stated on its own ('I = 20/10 = 2.0 A' per wire)."""
    from .expression import numbers_with_units
    from .unit_text import long_name

    if reading is None:
        return None
    givens = [
        (g.quantity, g.text)
        for g in reading.givens
        if g.kind == "quantity" and g.has_unit and g.quantity is not None
    ]
    for line in lines:
        for q, text, start in numbers_with_units(line):
            if long_name(q.units) in ("dimensionless", "count", "percent"):
                continue
            around = _around(line, start, text)
            if not re.search(r"[×*/÷·(]", around):
                continue  # only an operand of a calculation
            same = [(g, t) for g, t in givens if g.dimensionality == q.dimensionality]
            if len(same) != 1:
                continue
            g, _g_text = same[0]
            written = [
                w
                for ln in lines
                for w, _t, _s in numbers_with_units(ln)
                if w.dimensionality == q.dimensionality
            ]
            if any(_matches(w, g) for w in written):
                continue  # the response writes the given somewhere: this operand is another value
            if _result_elsewhere(q, lines):
                continue
            x, y = _si(q), _si(g)
            k = _power_of_ten_off(x, y) if x is not None and y is not None else None
            if not k or abs(k) > 6:
                continue
            from .quantities import format_number
            from .step_check import clip
            from .unit_text import unit_label

            shown = f"{format_number(float(g.magnitude), 6)} {unit_label(g.units)}"
            return Check(
                "given value",
                False,
                f"the calculation uses {text.strip()} ('{clip(line, 60)}'), but the question "
                f"gives {shown.strip()} and the response never writes it: off by a factor 10^{k}",
            )
    return None


def _aligned(text: str) -> tuple[str, str] | None:
    """The integer and decimal digits of the first plain number written in ``text``."""
    m = re.search(r"(\d+)(?:\.(\d+))?|\.(\d+)", text)
    if m is None or re.search(r"[eE]|10\s*\^|×\s*10", text):
        return None  # a power of ten: compared by substituted_miscopy
    return (m.group(1) or "0"), (m.group(2) or m.group(3) or "")


def _one_digit_changed(a_text: str, b_text: str) -> bool:
    """Two numbers written with the same digits in the same places but one ('0.08' for '0.18',
    '3.45' for '3.75'): a copy slip of one digit."""
    a, b = _aligned(a_text), _aligned(b_text)
    if a is None or b is None or len(a[1]) != len(b[1]):
        return False
    n = max(len(a[0]), len(b[0]))
    x, y = a[0].rjust(n, "0") + a[1], b[0].rjust(n, "0") + b[1]
    return sum(1 for i, j in zip(x, y, strict=True) if i != j) == 1


def _combined(x: float, y: float | None) -> bool:
    """Whether x is the given y combined, not mis-copied: 1 + ε, n − 1, 1 − f, T + 10 (y ± 1, 10,
    100 or 1000, or 1 − y)."""
    if y is None:
        return False
    return math.isclose(x + y, 1.0, rel_tol=1e-6) or any(
        math.isclose(abs(x - y), 10.0**k, rel_tol=1e-6) for k in range(4)
    )


_BARE_POWER = re.compile(r"\s*(?:1\s*[×x*]\s*)?10\s*\^\s*\(?\s*[-−+]?\d+\s*\)?\s*")


def _same_number(a: Any, b: Any) -> bool:
    """Two values written with the same number (their magnitudes as read), whatever their units."""
    try:
        return math.isclose(float(a.magnitude), float(b.magnitude), rel_tol=1e-9)
    except (TypeError, ValueError, AttributeError):
        return False


def _mantissa_digit_changed(x: float, y: float, a_text: str, b_text: str) -> bool:
    """Two values in the same power of ten whose written significant digits differ in one place
    ('2.5 × 10^-5' for '2.0x10-5'): a copy slip of one digit in a number written with its
    exponent (compared on the digits as written, trailing zeros kept to the longer)."""
    if math.floor(math.log10(abs(x))) != math.floor(math.log10(abs(y))):
        return False
    a, b = _digits(a_text), _digits(b_text)
    n = max(len(a), len(b))
    a, b = a.ljust(n, "0"), b.ljust(n, "0")
    if n < 2 or len(b.rstrip("0")) < 1:
        return False
    return sum(1 for i, j in zip(a, b, strict=True) if i != j) == 1


def _digit_slip(x: float, y: float, text: str, g_text: str) -> str | None:
    """How the operand written ``text`` (value x) mis-copies the given ``g_text`` (value y): one
    digit changed, or two adjacent digits swapped; None when it is neither."""
    if _aligned(text) is not None and _aligned(g_text) is not None:
        if _one_digit_changed(text, g_text):
            return "one digit mis-copied"
    elif _mantissa_digit_changed(x, y, text, g_text):
        return "one digit mis-copied"
    if math.isclose(abs(x), abs(y), rel_tol=0.5) and _swapped(text, g_text):
        return "two digits swapped"
    return None


def substituted_digit_slip(reading: Reading | None, lines: list[str]) -> Check | None:
    """A given put into a calculation with one digit changed: '420 MPa × (1 + 0.08)' where the
    question gives a strain of 0.18, '2.5 × 10^-5 cm²/s' for 2.0 × 10^-5, or two adjacent digits
    swapped ('1.548 − 1' for n = 1.458). The same rules as :func:`substituted_miscopy` (the given
    is written with at least two digits ('3.0' counts) and is not a whole number; the response never writes it
    in any form; the operand is not a value the response computed or a number of the question),
    and the operand is not the given plus or minus 1, 10, 100 or 1000, nor 1 minus it ('(1 + ε)'
    written as 1.18, 'n − 1' as 1.42), and lies within a factor 3 of it. Where the question gives
    several values of the operand's kind, exactly one of them may be one slip away from it."""
    from .expression import numbers_with_units

    if reading is None:
        return None
    givens = [
        (g.quantity, g.text)
        for g in reading.givens
        if g.kind in ("quantity", "number") and g.quantity is not None
    ]
    written = [w for ln in lines for w, _t, _s in numbers_with_units(ln)]
    for line in lines:
        for q, text, start in numbers_with_units(line):
            around = _around(line, start, text)
            if not re.search(r"[×*/÷·(+]", around):
                continue  # only an operand of a calculation
            same = [
                (g, t)
                for g, t in givens
                if g.dimensionality == q.dimensionality and not float(g.magnitude).is_integer()
            ]
            if not same or float(q.magnitude).is_integer():
                continue
            x = _si(q)
            if x is None:
                continue
            if any(_matches(q, gq) for gq, _t in givens if gq.dimensionality == q.dimensionality):
                continue
            if any(_same_number(q, gq) for gq, _t in givens):
                continue  # '0.03 M' the question writes, whatever unit either side was read in
            if _result_elsewhere(q, lines):
                continue
            if any(_combined(x, _si(g)) for g, _t in same):
                continue  # '1.42' beside n = 2.42 and n = 1.52: n − 1 of the other given
            slips = []
            for g, g_text in same:
                y = _si(g)
                if y is None or len(_digits(g_text)) < 2 or _BARE_POWER.fullmatch(g_text):
                    continue  # '× 10^-2' scales an answer: no digits of its own to mis-copy
                if any(w.dimensionality == g.dimensionality and _matches(w, g) for w in written):
                    continue  # the response writes the given: this operand is another value
                if not abs(y) / 3 <= abs(x) <= 3 * abs(y):
                    continue
                how = _digit_slip(x, y, text, g_text)
                if how is not None:
                    slips.append((g_text, how))
            if len(slips) != 1:
                continue
            g_text, how = slips[0]
            from .step_check import clip

            return Check(
                "given value",
                False,
                f"the calculation uses {text.strip()} ('{clip(line, 60)}'), but the question "
                f"gives {g_text.strip()} and the response never writes it: {how}",
            )
    return None


_RADIUS_SET = re.compile(
    r"(?:^|[\s(,;:])(?:r|R|r_0|R_0|r₀|R₀|radius)\s*=\s*(?P<v>\d+(?:\.\d+)?\s*[A-Za-zμµ]+)"
    r"\s*(?=$|[,;)]|\.(?:\s|$)|\s+(?:and|so|then|gives|we)\b)"
)
"""'r = 8.0 mm' as a value set, not a calculation ('r = 8.0/2', 'r = 8.0 mm × 0.5')."""


def diameter_as_radius(reading: Reading | None, lines: list[str]) -> Check | None:
    """A length the question gives as a diameter ('8.0 mm in diameter', 'a diameter of 8.0 mm'),
    set equal to a radius in the response ('r = 8.0 mm'): the radius is half of it. Only when the
    question calls no length of that value a radius, and the response assigns the value as it
    stands (no '/2', no calculation)."""
    from .expression import numbers_with_units
    from .step_check import clip

    if reading is None:
        return None
    diameters = _diameters(reading)
    if not diameters:
        return None
    for line in lines:
        for m in _RADIUS_SET.finditer(line):
            found = numbers_with_units(m.group("v"))
            if len(found) != 1:
                continue
            q = found[0][0]
            for g in diameters:
                if q.dimensionality != g.quantity.dimensionality:
                    continue
                if not math.isclose(_si(q) or 0, _si(g.quantity) or 1, rel_tol=MATCH_RTOL):
                    continue
                return Check(
                    "given value",
                    False,
                    f"the question gives {g.text.strip()} as a diameter, but the response sets the "
                    f"radius to it ('{clip(m.group(0).strip(), 40)}'): the radius is half of it",
                )
    return None


def _result_elsewhere(q: Any, lines: list[str]) -> bool:
    """Whether ``q`` is the value of some '=' in the response (a result or a stated value)."""
    from .expression import numbers_with_units

    for line in lines:
        for part in re.split(r"[=≈]", line)[1:]:
            side = part.strip().rstrip(".,;:")
            if re.search(r"[×*/÷·()+]", side):
                continue  # a calculation, not a value stated or found
            found = numbers_with_units(side)
            if len(found) == 1:
                w = found[0][0]
                if w.dimensionality == q.dimensionality and _matches(w, q):
                    return True
    return False


_CIRCLE_AREA = re.compile(
    r"π\s*[×·*]?\s*(?:r|R|r_0|r₀|R_0|R₀)\s*(?:\^\s*2|²)\s*=\s*"
    r"(?:π|3\.14\d*)\s*[×·*]?\s*\(\s*(?P<v>\d+(?:\.\d+)?(?:\s*[×x]\s*10\^\s*-?\d+)?\s*[A-Za-zμµ]*)"
    r"\s*\)\s*(?:\^\s*2|²)"
)
"""'πr² = π(10 mm)²': the radius of a circle's area substituted by a number."""

_AREA_OF_NUMBER = re.compile(
    r"(?<![\w(])(?:A|A_[A-Za-z0-9]+|A[₀-₉]|area)\s*=\s*"
    r"(?:π|3\.14\d*)\s*[×·*]?\s*\(\s*(?P<v>\d+(?:\.\d+)?(?:\s*[×x]\s*10\^\s*-?\d+)?\s*[A-Za-zμµ]*)"
    r"\s*\)\s*(?:\^\s*2|²)(?P<after>[^=]*)"
)
"""'A = π(1.6 × 10^-3)^2': an area written straight as π times a squared number, with no '/4' after
it (πd²/4 is the same circle's area from its diameter)."""
_QUARTER = re.compile(r"[/÷]\s*4(?![\d.])")
_SPHERE = re.compile(
    r"\b(?:spher\w*|balls?|droplets?|particles?|beads?|grains?|pores?|voids?)\b", re.I
)
"""A question about round bodies: πd² is a sphere's whole surface, not a wrong circle area."""


def diameter_in_circle_area(reading: Reading | None, lines: list[str]) -> Check | None:
    """A length the question gives as a diameter, substituted for r in the area πr² ('A = πr² =
    π(10 mm)²'): the area is π(d/2)², a quarter of what is written. The same guards as
    :func:`diameter_as_radius` (the question calls no length of that value a radius); a number
    written without a unit must be the diameter's number in the question's own unit."""
    from .expression import numbers_with_units
    from .quantities import format_number
    from .step_check import clip
    from .unit_text import unit_label

    if reading is None or re.search(r"\bradi(?:us|i)\b", reading.text, re.I):
        return None
    diameters = _diameters(reading)
    if not diameters:
        return None
    plain = not _SPHERE.search(reading.text)
    for line in lines:
        matches = list(_CIRCLE_AREA.finditer(line))
        if plain:
            matches += [
                m for m in _AREA_OF_NUMBER.finditer(line) if not _QUARTER.search(m["after"])
            ]
        for m in matches:
            written = m.group("v").strip()
            found = numbers_with_units(written)
            for g in diameters:
                d = g.quantity
                if found and str(found[0][0].dimensionality) == "[length]":
                    q = found[0][0]
                    same = math.isclose(_si(q) or 0, _si(d) or 1, rel_tol=MATCH_RTOL)
                else:
                    try:
                        number = float(
                            re.sub(r"[A-Za-zμµ\s]", "", written)
                            .replace("×10^", "e")
                            .replace("x10^", "e")
                        )
                    except ValueError:
                        continue
                    # a bare number: the diameter in the question's unit, or in metres
                    same = any(
                        math.isclose(number, x, rel_tol=MATCH_RTOL)
                        for x in (float(d.magnitude), _si(d) or math.nan)
                    )
                if not same:
                    continue
                area = math.pi * (float(d.magnitude) / 2) ** 2
                unit = unit_label(d.units)
                return Check(
                    "given value",
                    False,
                    f"the question gives {g.text.strip()} as a diameter, but the response puts it "
                    f"for the radius in πr² ('{clip(m.group(0).strip(), 40)}'): the area is "
                    f"π(d/2)² = {format_number(area, 4)} {unit}²",
                )
    return None


def _diameters(reading: Reading) -> list[Any]:
    """The question's lengths written as a diameter, where no length of that value is a radius."""
    text = reading.text
    out = []
    for g in reading.givens:
        if g.kind != "quantity" or g.quantity is None or not g.has_unit:
            continue
        if str(g.quantity.dimensionality) != "[length]":
            continue
        around = text[max(0, g.start - 25) : g.end + 25].lower()
        if "diameter" in around and "radius" not in around and "radii" not in around:
            out.append(g)
    return out
