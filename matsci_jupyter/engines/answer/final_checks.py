"""The final answer of a worked answer, read and compared with what the question fixes.

Reads the final value (a bare number takes the question's unit and scale: ``(Unit: 10^11 Hz)``,
``X × 10^20 N``), and checks it against the question (a count is a whole number; an absolute value,
a distance or an amount is not negative; bounds no answer crosses) and against the response's own
last result (the same symbol, or the same digits off by a power of ten).
"""

from __future__ import annotations

import contextlib
import math
import re
from typing import Any

from .checks import Check
from .constants import value as constant_value
from .expression import evaluate_segment
from .final_copy import worded_power
from .k_suffix import thousands_k
from .prose import FinalAnswer, statements
from .prose_result import stated_after
from .quantities import Reading, format_number
from .signed_ask import sign_asked
from .step_check import (
    AGREE_RTOL,
    CONSTANT_RTOL,
    chain_symbol,
    clip,
    fmt_quantity,
    strip_words,
    written_tolerance,
)
from .text import PRECISION_NOTE
from .unit_text import long_name, unit_label

# ------------------------------------------------------------------ final answer
_REMARK = re.compile(
    r"\s*[,;(]\s*(?:correct|rounded|accurate|approximately|up\s+to|to\s+(?:two|three|\d))"
    r"[^)]*\)?\s*\.?\s*$",
    re.I,
)
"""A remark after the value: '3.92 V, correct up to the 2nd decimal digit', '(rounded to 3 s.f.)'."""


_MILLER = re.compile(r"[({\[<]\s*(?:[-−]?\s*\d\s*,?\s*){3,4}[)}\]>](?!\s*\^)")
"""A Miller index or direction ('(110)', '[1 -1 0]', '{111}', '(11-20)'): a label, not a value."""
_CRYSTAL_WORDS = re.compile(
    r"\b(?:planes?|directions?|miller|reflections?|peaks?|famil(?:y|ies)|orientations?|slip|"
    r"facets?|surfaces?|hkl|indices)\b",
    re.I,
)
_RESTATED = re.compile(
    r"^\s*(?P<a>[^()]*?\d[^()]*?)\s*\(\s*(?:i\.\s?e\.\s*|or\s+|=\s*|≈\s*)?"
    r"(?P<b>[-+]?[\d.][^()]*)\)\s*\.?\s*$"
)
"""A value restated in brackets: '0.121 (12.1 %)', '5.0 × 10^-3 m (i.e. 5.0 mm)'."""
_RATIO = re.compile(r"^(\D*?)(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*\.?\s*$")
"""A ratio given as 'a : b' ('1 : 4', 'therefore 1:4.'), read as a / b."""


def final_value_text(final: FinalAnswer, question: str = "") -> str:
    """The part of a final answer that states its value, in a form the expression reader takes:
    the boxed value, the remark after it cut ('680 m/s, which is close to 2 Mach'), a Miller index
    dropped where planes or directions are spoken of ('(111), with 1.8e19 atoms/m^2'), a value
    restated in brackets dropped ('0.121 (12.1 %)': the first is the answer), a ratio 'a : b' as
    a / b, and 'zero' as 0."""
    from .prose import sentence_value, value_phrase

    text = _REMARK.sub("", final.text)
    if re.search(r"\bboxed\b", text):  # 'The ratio A_1/A_2 is boxed 16': the boxed value
        text = re.split(r"\bboxed\b", text)[-1]
    elif final.how == "marker":  # 'Answer: The stress at a strain of 0.15 is about 405 MPa.'
        text = sentence_value(text)
    text = value_phrase(text)
    if _CRYSTAL_WORDS.search(question + " " + final.line):
        text = _MILLER.sub(" ", text)
    restated = _RESTATED.match(text)
    if restated is not None and _restated_pair(restated.group("a"), restated.group("b")):
        text = restated.group("a")
    ratio = _RATIO.match(text)
    if ratio is not None:
        text = f"({ratio.group(2)})/({ratio.group(3)})"
    text = thousands_k(text, question)  # '31.3k' is 31 300
    return re.sub(r"\bzero\b", "0", text, flags=re.I)


def _stated_part(text: str) -> str:
    """The value a labelled statement gives: 'R ≈ 0.143 nm' → '0.143 nm' (the part after the
    last '=' or '≈'); a text without either is kept whole."""
    return re.split(r"=|≈", text)[-1]


def _restated_pair(a: str, b: str) -> tuple[Any, Any] | None:
    """The two values of '0.121 (12.1 %)' or '5.0 × 10^-3 m (5.0 mm)', each read alone; None when
    either is not one plain value."""
    from .expression import numbers_with_units

    segs = [evaluate_segment(strip_words(_stated_part(t))) for t in (a, b)]
    if any(s.value is None for s in segs):
        return None
    if len(numbers_with_units(b)) != 1:
        return None
    return segs[0].value, segs[1].value


def restated_value_check(final: FinalAnswer | None) -> Check | None:
    """A final answer that states its value twice, the second in brackets, with two values that
    are not the same quantity: '0.121 (1.21 %)' (0.121 is 12.1 %), '5.0 × 10^-3 m (50 mm)'.
    One of the two is wrong whichever is meant."""
    from .prose import value_phrase

    if final is None:
        return None
    text = _REMARK.sub("", final.text)
    if re.search(r"\bboxed\b", text):
        text = re.split(r"\bboxed\b", text)[-1]
    m = _RESTATED.match(value_phrase(text))
    pair = _restated_pair(m.group("a"), m.group("b")) if m is not None else None
    if m is None or pair is None:
        return None
    a, b = pair
    a_name, b_name = long_name(a.units), long_name(b.units)
    try:
        if a_name == "dimensionless" and b_name == "percent":
            x, y = float(a.magnitude) * 100, float(b.magnitude)
        elif "dimensionless" in (a_name, b_name) or a.dimensionality != b.dimensionality:
            return None  # a bare number beside a unit, two kinds: not the same value restated
        else:
            x, y = float(a.to(b.units).magnitude), float(b.magnitude)
    except Exception:
        return None
    tol = max(
        AGREE_RTOL,
        *(
            written_tolerance(evaluate_segment(strip_words(_stated_part(t))))
            for t in (m.group("a"), m.group("b"))
        ),
    )
    if math.isclose(x, y, rel_tol=tol):
        return None
    return Check(
        "final value",
        False,
        f"the final answer states two different values: {m.group('a').strip()} is "
        f"{format_number(x)} {unit_label(b.units)}, but the bracket says {m.group('b').strip()}",
    )


def _symbol_in_arithmetic(text: str) -> bool:
    """A one-letter symbol that is no unit, added to or subtracted from something ('4 - e',
    '32 + e', 'x + 2'): the text is a formula."""
    from .unit_text import parse_unit

    for m in re.finditer(
        r"[-+]\s*([A-Za-zα-ω])(?![\w(])|(?<![\w.])([A-Za-zα-ω])\s*[-+](?!\d*\))", text
    ):
        letter = m.group(1) or m.group(2)
        if letter in ("π", "x", "X") or parse_unit(letter) is not None:
            continue
        return True
    return False


def read_final_value(
    final: FinalAnswer | None,
    requested: tuple[Any, str] | None,
    factor: float = 1.0,
    question: str = "",
) -> tuple[Any, bool]:
    """The final answer as a quantity, and whether the question's unit was carried to a bare number
    (times the power of ten the question fixes: 'X × 10^20 N', '(Unit: 10^11 Hz)')."""
    from ...units import get_registry
    from .expression import numbers_with_units

    if final is None:
        return None, False
    ureg = get_registry()
    text = PRECISION_NOTE.sub(" ", final_value_text(final, question))
    found = numbers_with_units(text)
    mixed = len({str(q.dimensionality) for q, _t, _s in found}) > 1
    listed = re.match(r"\s*[\[(][^\])]*,", text) is not None  # '[1.49e-7, 4.21e7]'
    if len(found) > 1 and (mixed or listed) and re.search(r"[,;\[]|\band\b", text):
        return None, False  # several answers ('mass 72 kg, weight 706 N'): no single final value
    kinds = dimensioned_kinds(found)
    if len(kinds) > 1:  # 'run the 12 h cycle at about 925 °C': the value of the asked dimension
        return asked_kind_value(found, requested), False
    if "=" in text or "≈" in text:  # 'τ = arccos(1/5)/ω ≈ 1.32 s': the value after the last sign
        text = re.split(r"=|≈", text)[-1]
    value = None
    seg = evaluate_segment(strip_words(text))
    if seg.value is not None:
        value = seg.value  # a stated value, or an exact form such as '(35√3)/18 m' evaluated
    elif re.search(r"[A-Za-z]_\w", text) or (
        re.search(r"\d[A-Z]\b|\)\s*/\s*\([A-Za-z]", text)
        and not any(long_name(q.units) != "dimensionless" for q, _t, _s in found)
    ):
        return None, False  # a formula ('(2^4A_1)/(A_2)'), not a number
    elif _symbol_in_arithmetic(strip_words(text)):
        return None, False  # '(4 - e)/(32 + e)': a formula, whose first number is no answer
    else:  # the first number that is not an exponent ('tan^-1 (…)' holds no value -1)
        nums = [n for n in numbers_with_units(text) if not re.search(r"\^\s*\(?\s*$", text[: n[2]])]
        if nums:
            value = nums[0][0]
    if value is None:
        return None, False
    if len(found) == 1 and re.search(r"\d\s*[A-Za-z]", text):  # '38.1 thousand J' is 38 100 J
        value = value * 10.0 ** worded_power(text)
    bare = long_name(value.units) in ("dimensionless", "count")
    if bare and factor != 1.0 and not re.search(r"10\s*\^|\de[-+]?\d", text):
        value = ureg.Quantity(float(value.magnitude) * factor, "dimensionless")
    if bare and requested is not None and long_name(requested[0]) != "dimensionless":
        return ureg.Quantity(float(value.magnitude), requested[0]), True
    return value, False


def dimensioned_kinds(found: list[tuple[Any, str, int]]) -> set[str]:
    """The distinct dimensions of the values with a unit in a final-answer text."""
    return {
        str(q.dimensionality)
        for q, _t, _s in found
        if long_name(q.units) not in ("dimensionless", "count", "percent")
    }


def asked_kind_value(found: list[tuple[Any, str, int]], requested: tuple[Any, str] | None) -> Any:
    """Of a final-answer sentence holding values of several dimensions ('run the 12 h cycle at
    925 °C'), the one value whose dimension is the asked unit's; None (not checked) when the question
    names no unit, or when none or several values have that dimension."""
    from ...units import get_registry

    if requested is None:
        return None
    try:
        want = get_registry().Quantity(1, requested[0]).dimensionality
    except Exception:
        return None
    match = [
        q
        for q, _t, _s in found
        if long_name(q.units) != "dimensionless" and q.dimensionality == want
    ]
    return match[0] if len(match) == 1 else None


_SCALE = (
    re.compile(
        r"\(\s*unit\s*:\s*(?:10\s*\^\s*\(?\s*(?P<n>[-+]?\d+)\s*\)?\s*)?(?P<u>[^)]*)\)", re.I
    ),
    re.compile(
        r"\b(?P<sym>[A-Za-z])\s*(?:\*|×|x|·)\s*10\s*\^\s*\(?\s*(?P<n>[-+]?\d+)\s*\)?\s*(?P<u>[^.?,;]{0,20})"
    ),
)


def question_scale(question: str) -> tuple[float, tuple[Any, str] | None]:
    """The power of ten and unit a question fixes for its answer: '(Unit: 10^11 Hz)', '(Unit: m/s)',
    'the force is X * 10^20 N. What is X?'; (1.0, None) when it fixes none."""
    from .unit_text import parse_unit

    for pattern in _SCALE:
        for m in pattern.finditer(question):
            if "sym" in pattern.groupindex:
                sym = m.group("sym")
                if not re.search(rf"\bwhat\s+is\s+(?:the\s+value\s+of\s+)?{sym}\b", question, re.I):
                    continue
            factor = 10.0 ** int(m.group("n")) if m.group("n") else 1.0
            text = re.sub(r"\b(?:is|are|the|what|and|then)\b.*$", "", m.group("u").strip()).strip()
            parsed = parse_unit(text) if text else None
            unit = (parsed.units, text) if parsed is not None else None
            if factor != 1.0 or unit is not None:
                return factor, unit
    return 1.0, None


_ASKED_SYMBOL = re.compile(
    r"\b(?:value|values)\s+of\s+(?:the\s+)?\|?\s*([A-Za-zα-ωΑ-Ω](?:_?\w{0,6})?)\s*\|?\s*(?:\?|$|\.|,|\s+(?:is|in|will|would))"
    r"|\bwhat\s+is\s+\|?\s*([A-Za-zα-ωΑ-Ω](?:_\w{1,6})?)\s*\|?\s*\?"
)


def own_result_check(
    question: str, lines: list[str], final: FinalAnswer, value: Any, slack: float
) -> Check | None:
    """The explicit final answer against the response's own last result for the asked symbol
    ('x = 1.25 × 10^-5' … 'Final Answer: 5'): one of the two is wrong. Rounding to the digits or the
    whole number written, unit conversion, and (when the question scales its answer, '× 10^18' or
    'Unit: 10^11 Hz') a power of ten are allowed."""
    from .expression import numbers_with_units
    from .temperature_change import as_difference, is_temperature_change

    stated = re.sub(
        r"\([^()]*\b(?:correct|rounded|decimal|approx|significant)\w*[^()]*\)",
        " ",
        final.text,
        flags=re.I,
    )  # '(correct to 2 decimal places)' is a remark, not a second value
    if _CRYSTAL_WORDS.search(question + " " + final.line):  # '(111) planes, 0.209 nm'
        stated = _MILLER.sub(" ", stated)
    if len(numbers_with_units(stated)) > 1 and "=" not in stated and not _RATIO.match(stated):
        return None  # several values ('[1.5e-7, 4.2e7]', 'mass 72 kg, weight 0.007')
    if sum(bool(re.search(r"\d", part)) for part in stated.split(";")) > 1:
        return None  # one value per reading ('n = 2: 98.9 %; n = 3: 99.9 %'): which one is final?
    symbol = None
    m = re.match(
        r"\s*\|?\s*([A-Za-zα-ωΑ-Ω][\w]{0,8}(?:\s*[-+]\s*[A-Za-zα-ωΑ-Ω][\w]{0,8})*)\s*\|?\s*=",
        final.text,
    )
    multiple = re.match(r"\s*(\d+\s*[A-Za-zα-ωΑ-Ω][\w]{0,8})\s*=", final.text)
    # 'N_f ≈ 3.81 × 10^3': '≈' names the symbol too, but it may round loosely: only a power of ten
    # between the two values is then a miscopy
    approx = None if m else re.match(r"\s*([A-Za-zα-ωΑ-Ω][\w]{0,8})\s*≈\s*[-+−]?\d", final.text)
    if m:
        symbol = re.sub(r"\s+", "", m.group(1))
    elif approx:
        symbol = approx.group(1)
    elif multiple:  # 'Answer: 2θ = 33.77°' names 2θ, not the θ the steps computed
        symbol = re.sub(r"\s+", "", multiple.group(1))
    else:
        asked = _ASKED_SYMBOL.search(question)
        if asked:
            symbol = (asked.group(1) or asked.group(2)).replace("_", "")
    try:
        final_at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    last = None
    if symbol:
        for st in statements(lines[:final_at]):
            if chain_symbol(st).replace("_", "").strip("|") == symbol.replace("_", ""):
                last = st
    else:
        last = _result_just_before(lines, final_at, value, final.text)
        symbol = chain_symbol(last) if last is not None else ""
    if last is None:
        return None
    seg = next(
        (
            s
            for s in (evaluate_segment(strip_words(p)) for p in reversed(last.sides[1:]))
            if s.value is not None
        ),
        None,
    )
    if seg is None:
        return None
    found = seg.value
    if is_temperature_change(symbol, last.text):  # '= 111 K (= 111 °C of change)': one difference
        found, value = as_difference(found), as_difference(value)
    x, y = _magnitudes_in_same_unit(found, value)
    if x is None:
        return None
    rtol = max(AGREE_RTOL, written_tolerance(seg)) + slack
    fixed = re.search(r"10\s*\^|×\s*10|\*\s*10", question) is not None
    if math.isclose(x, y, rel_tol=rtol, abs_tol=1e-12 * max(abs(x), abs(y), 1e-300)):
        return Check(
            "own result", True, "the final answer is the response's own last result", False
        )
    if float(y).is_integer() and abs(x - y) <= 0.5:
        return Check("own result", True, "the final answer rounds the last result", False)
    if fixed and x and y:
        k = round(math.log10(abs(y / x)))
        if (
            k
            and k in _scale_exponents(question)
            and math.isclose(abs(y), abs(x) * 10.0**k, rel_tol=rtol)
        ):
            return Check(
                "own result",
                True,
                "the final answer is the last result in the question's scale",
                False,
            )
    if _magnitude_meant(question, lines[max(0, final_at - 1) : final_at + 1]) and math.isclose(
        abs(x), abs(y), rel_tol=rtol
    ):
        return Check(
            "own result", True, "the final answer is the size of the last result, as asked", False
        )
    if stated_after(_text_between(lines, last, final, final_at), value):
        return None  # '… = 589.4 K; the increase is 16.2 K': the final answer is the stated result
    if approx is not None:
        k = round(math.log10(abs(y / x))) if x and y else 0
        if not (k and math.isclose(abs(y), abs(x) * 10.0**k, rel_tol=rtol)):
            return None  # '≈' may round loosely: only a lost or gained power of ten is shown
        bare = [long_name(q.units) in ("dimensionless", "count") for q in (seg.value, value)]
        if bare[0] != bare[1]:
            return None  # '= 7.26 × 10^7' then '≈ 72.6 MPa': the unit was dropped, not a power
        if any("percent" in long_name(q.units) for q in (seg.value, value)) or (
            bare[0] and abs(k) == 2
        ):
            return None  # a fraction and its percentage differ by 10^2 and are one value
        if worded_power(final.text) == -k:
            return None  # '≈ 38.1 thousand' read as 38.1: the power of ten is in words
        return Check(
            "own result",
            False,
            f"the final answer ({clip(final.text, 40)}) is the response's own last result for "
            f"{symbol}, '{clip(last.text, 70)}' ({fmt_quantity(seg.value)}), off by a factor "
            f"10^{k}",
        )
    return Check(
        "own result",
        False,
        f"the final answer ({clip(final.text, 40)}) is not what the response's own last step for "
        f"{symbol} gives: '{clip(last.text, 70)}' ({fmt_quantity(seg.value)})",
    )


def _text_between(lines: list[str], last: Any, final: FinalAnswer, final_at: int) -> str:
    """The response's text after the statement ``last`` and before the final answer's text."""
    text = "\n".join(lines[last.line_no : final_at + 1])
    at = text.find(last.text)
    if at < 0:
        return ""
    text = text[at + len(last.text) :]
    end = text.rfind(final.text)
    return text[:end] if end >= 0 else text


_MAGNITUDE_WORDS = re.compile(
    r"\bmagnitudes?\b|\babsolute\s+(?:value|terms)\b"
    # 'the diameter decreases by about 2.31 μm': the direction in words, the size as a number (the
    # step's signed -2.306 × 10^-3 mm is that decrease)
    r"|\b(?:decrease[sd]?|reduc(?:es|ed|tion)|shr(?:inks?|ank|unk)|contract(?:s|ed|ion)?|"
    r"drop(?:s|ped)?|falls?|fell|lowered)\s+(?:by|of)\b"
    # 'how much zinc is lost', 'how far does the bar shrink', 'the mass loss': a loss asked in words,
    # so its size is the answer (the steps' signed Δm = −1.22 g is that loss)
    r"|\bhow\s+(?:much|many|far)\b[^.?;]*?\b(?:lost|loses?|decrease[sd]?|drops?|dropped|falls?|"
    r"shrinks?|shrank|contracts?|contracted)\b"
    r"|\b(?:mass|weight|thickness|metal|heat|energy)\s+loss\b|\bloss\s+(?:of|in)\b",
    re.I,
)


def _magnitude_meant(question: str, final_lines: list[str]) -> bool:
    """The question asks for a size without sign ('the magnitude of …', 'in absolute terms', 'by
    how much does it decrease'), or the response's last lines say its answer is one ('its magnitude
    is 29.6 mV', 'the diameter decreases by 2.31 µm'): a final answer that is the last result
    without its sign is that result."""
    return any(_MAGNITUDE_WORDS.search(t) for t in (question, *final_lines))


def _scale_exponents(question: str) -> set[int]:
    """Powers of ten by which a value may be re-expressed in the question's scale: 'x × 10^-2'
    (x = value / 10^-2, so the final number is 10^2 times the value); both signs, since prose may
    divide or multiply."""
    out = set()
    for m in re.finditer(r"(?:×|\*|x)\s*10\s*\^\s*\(?\s*([-+−]?\d+)", question):
        n = int(m.group(1).replace("−", "-"))
        out |= {n, -n}
    for m in re.finditer(r"\(\s*unit\s*:\s*10\s*\^\s*\(?\s*([-+−]?\d+)", question, re.I):
        n = int(m.group(1).replace("−", "-"))
        out |= {n, -n}
    return out


def _result_just_before(lines: list[str], final_at: int, value: Any, final_text: str) -> Any:
    """The '=' chain on the line just before the final answer when it ends in a value with a unit of
    the final answer's dimension ('h = (5√3)/8 m' then 'So the height is boxed 0.96 m') and the final
    line only restates a value (no calculation of its own: 'the height h = s sin 60° is 1.08 m'
    computes from the line before, it does not restate it)."""
    if long_name(value.units) in ("dimensionless", "count") or final_at < 1:
        return None
    rest = lines[final_at].replace(final_text, " ")
    if re.search(r"[=×*/+^√]|\d|\b(?:sin|cos|tan|ln|log|exp|times)\b", rest):
        return None
    chains = statements(lines[final_at - 1 : final_at])
    left = chains[-1].sides[0].strip() if chains else ""
    if not chains or (re.search(r"(?:^|\s)\d", left) and not re.match(r"[×*/÷]", left)):
        return None  # 'Since 1 μm = 10^-6 m': a unit equivalence, not a result ('× 365/183 =
        # 0.0803 mm/yr' continues a calculation: its result is one)
    seg = evaluate_segment(strip_words(chains[-1].sides[-1]))
    if (
        seg.value is None
        or long_name(seg.value.units) == "dimensionless"
        or seg.value.dimensionality != value.dimensionality
    ):
        return None
    return chains[-1]


def rescale_check(
    lines: list[str], final: FinalAnswer, quantity: Any, factor: float = 1.0
) -> Check | None:
    """A bare final number read in the question's unit and scale, against the last value with a unit
    the response wrote before it: the same digits times a power of ten ('F = 1.987 × 10^19 N' then
    'the answer is 19.87' for 'X × 10^20 N') mean the result was put in the asked unit wrongly."""
    from .expression import numbers_with_units

    try:
        at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    digits = re.sub(r"[^\d]", "", re.sub(r"\.\d*?0+$", "", final.text.split("=")[-1].strip()))
    if len(digits.strip("0")) < 2:
        return None  # '5' could match anything by chance
    previous = None
    for line in lines[max(0, at - 3) : at + 1]:
        for q, _text, start in numbers_with_units(line):
            if line is final.line and start >= line.find(final.text):
                continue
            if (
                long_name(q.units) != "dimensionless"
                and q.dimensionality == quantity.dimensionality
            ):
                previous = q
    if previous is None:
        return None
    try:
        ratio = abs(float((quantity / previous).to("dimensionless").magnitude))
    except Exception:
        return None
    if ratio == 0 or not math.isfinite(ratio):
        return None
    if math.isclose(ratio, 1.0, rel_tol=AGREE_RTOL):
        return Check(
            "scale", True, f"the final number is {fmt_quantity(previous)} in the asked unit", False
        )
    k = round(math.log10(ratio))
    if k and math.isclose(ratio / 10.0**k, 1.0, rel_tol=CONSTANT_RTOL):
        wanted = float(previous.to(quantity.units).magnitude) / factor
        scale = f" × 10^{round(math.log10(factor))}" if factor != 1.0 else ""
        return Check(
            "scale",
            False,
            f"the response's own result {fmt_quantity(previous)} is {format_number(wanted)}{scale} "
            f"{unit_label(quantity.units)} in the question's unit, but its final answer "
            f"'{clip(final.text, 30)}' reads as {fmt_quantity(quantity)} (off by 10^{k})",
        )
    return None


def carried_kind_check(
    lines: list[str], final: FinalAnswer, quantity: Any, factor: float = 1.0
) -> Check | None:
    """A bare final number given the question's unit, that is the very number the response just
    computed as a quantity of another kind ('Time = 13.56 s' then 'the answer is 13.56' where the
    question asks m/s): the response answered a different quantity."""
    from .expression import numbers_with_units

    if factor != 1.0:
        return None
    try:
        at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    y = float(quantity.magnitude)
    if y == 0:
        return None
    same, other = False, None
    for line in lines[max(0, at - 3) : at]:
        for q, text, _start in numbers_with_units(line):
            if long_name(q.units) in ("dimensionless", "count", "percent"):
                continue
            if not math.isclose(float(q.magnitude), y, rel_tol=1e-3):
                continue
            ratio = q.dimensionality / quantity.dimensionality
            if q.dimensionality == quantity.dimensionality or set(ratio) <= {"[substance]"}:
                same = True  # 'J/mol' for 'J': per mole is how prose often writes a molar value
            else:
                other = text
    if same or other is None:
        return None
    return Check(
        "unit",
        False,
        f"the final number {format_number(y)} is the response's own result '{other}', a "
        f"{_kind(other)} where the question asks for {unit_label(quantity.units)}",
    )


def _kind(text: str) -> str:
    from .unit_text import parse_unit

    unit = re.sub(r"^[-+\d.,\s×x*^()e]+", "", text).strip()
    parsed = parse_unit(unit) if unit else None
    if parsed is None:
        return "quantity of another dimension"
    return f"quantity in {unit_label(parsed.units)}"


def _magnitudes_in_same_unit(a: Any, b: Any) -> tuple[float | None, float]:
    """a and b as numbers to compare: in b's unit when both have one dimension, else as written."""
    try:
        if long_name(a.units) != "dimensionless" and long_name(b.units) != "dimensionless":
            return float(a.to(b.units).magnitude), float(b.magnitude)
    except Exception:
        return None, 0.0
    return float(a.magnitude), float(b.magnitude)


_NUMBER_WORDS = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|twice|double)\b",
    re.I,
)


def not_a_number(text: str) -> bool:
    """A final answer with no numeric value: no digit and no number word ('cannot be determined',
    'None of the above', 'frac2A_1A_2' without digits is caught by the caller only when unreadable)."""
    if _NUMBER_WORDS.search(text):
        return False
    if not re.search(r"\d", text):
        return True
    # digits only inside symbols or formulas ('y - z + 21.54', 'A_1 A_2 / 2^4'): letters that are not units
    from .unit_text import parse_unit

    words = re.findall(
        r"[A-Za-z]+(?:_\w+)?", re.sub(r"\b(?:frac|sqrt|approx|times|cdot)\b", " ", text)
    )
    # 'm/s' are units; 'A_1' (a subscript) and letters no unit reads are symbols
    symbols = [w for w in words if "_" in w or parse_unit(w) is None]
    return bool(symbols) and all(len(w.split("_")[0]) == 1 for w in words) and "=" not in text


def plain_unit(q: Any) -> bool:
    """A unit a final answer really states (not 'moles' of a counted thing, not a stray letter)."""
    name = long_name(q.units)
    return name not in ("dimensionless", "count", "mole")


_COUNT_ASKED = re.compile(
    r"\b(?:what\s+is\s+the\s+(?:total\s+)?number\s+of|how\s+many)\s+(?!times\b|moles?\b|mol\b|grams?\b|"
    r"kg\b|liters?\b|litres?\b|ml\b|joules?\b|percent|%|half|oscillations?\b|cycles?\b|revolutions?\b|"
    r"turns?\b|wavelengths?\b|fringes?\b|periods?\b)([a-z][a-z\- ]{2,40})",
    re.I,
)


def _is_unit_word(word: str) -> bool:
    from .unit_text import parse_unit

    parsed = parse_unit(word)
    return parsed is not None and long_name(parsed.units) not in ("dimensionless", "count")


_AVERAGE_COUNT = re.compile(
    r"\b(?:does|do)\s+(?:each|every|one)\s+[a-z\- ]{1,30}?\s+"
    r"(?:contribute|donate|give|release|supply|provide|lose|gain)s?\b",
    re.I,
)
"""'How many free electrons does each atom contribute': a count of one thing per another thing,
measured (Hall data, a density), is an average, not a whole number."""


ESTIMATED_COUNT = 100.0
"""From this size on, a count the question does not call an integer is an estimate (atoms in a
nucleus, grains in an area, cycles to failure from a law): answer keys keep its decimals."""


def question_form_check(question: str, quantity: Any) -> Check | None:
    """What the question itself fixes about the answer: a count ('what is the number of …',
    'how many …') is a whole number, and an answer the question calls a non-negative integer is one."""
    says_integer = re.search(
        r"non[- ]?negative\s+integer|\bwhole\s+number\b|\binteger\s+(?:closest|nearest)\b|"
        r"\bnearest\s+integer\b|\b(?:smallest|largest|least|greatest)\s+possible\s+(?:value\s+of\s+)?n\b",
        question,
        re.I,
    )
    m = _COUNT_ASKED.search(question)
    if m and _is_unit_word(m.group(1).split()[0]):
        m = None  # 'how many years', 'how many seconds': a measure, not a count
    if m and not says_integer and _AVERAGE_COUNT.search(question[m.start() : m.end() + 40]):
        m = None  # 'how many electrons does each atom give': a ratio of two counts, an average
    if not (says_integer or m):
        return None
    if long_name(quantity.units) not in ("dimensionless", "count"):
        return None
    value = float(quantity.magnitude)
    what = "a non-negative integer" if says_integer else f"a count of {m.group(1).strip()}"
    if not says_integer and value >= ESTIMATED_COUNT and not float(value).is_integer():
        return None  # 'atoms in a critical nucleus: 540.6': a large count estimated from a volume
    rounding_ask = says_integer and re.search(
        r"\b(?:nearest|closest)\s+(?:whole\s+number|integer)\b|\binteger\s+(?:closest|nearest)\b",
        says_integer.group(0),
        re.I,
    )
    if rounding_ask and value >= 0 and (not m or value >= ESTIMATED_COUNT):
        return None  # 'round to the nearest integer': 201.3 states 201 with more digits than asked
    if value < 0 or abs(value - round(value)) > 1e-6 * max(1.0, abs(value)):
        return Check(
            "asked form",
            False,
            f"the question asks for {what}, a whole number, but the response's answer is "
            f"{format_number(value, 6)}",
        )
    return Check("asked form", True, f"a whole number, as {what} must be", blocking=False)


_NON_NEGATIVE_ASKED = re.compile(
    r"\babsolute\s+value\b|\bmagnitude\s+of\b|\bvalue\s+of\s+\|[^|]{1,12}\||\bpercentage\s+error\b|"
    r"\bhow\s+(?:far|long|many)\b",
    re.I,
)
_PROBABILITY_ASKED = re.compile(
    r"\b(?:what|find|calculate|compute)\b[^.?]{0,40}\bprobability\b", re.I
)


def physical_bound_check(question: str, quantity: Any) -> Check | None:
    """Bounds the answer cannot cross whatever the working: a magnitude, an absolute value, a
    distance, a duration or a count is not negative; a speed does not exceed c; a probability lies
    in [0, 1]. (No absolute-zero bound: prose writes temperature changes in K, '-13.3 K'.)"""
    from ...units import get_registry

    ureg = get_registry()
    value = float(quantity.magnitude)
    units = long_name(quantity.units)
    if value < 0 and _NON_NEGATIVE_ASKED.search(question) and not sign_asked(question):
        # 'by how many degrees does the peak move? (a shift to lower angle as a negative number)':
        # a sign convention the question states makes a negative answer one of the asked ones
        return Check(
            "asked form",
            False,
            f"the question asks for a non-negative value (a magnitude, an absolute value, a distance "
            f"or an amount) but the answer is {fmt_quantity(quantity)}",
        )
    with contextlib.suppress(Exception):
        if quantity.dimensionality == (ureg.m / ureg.s).dimensionality:
            c = float(constant_value("c").to(quantity.units).magnitude)
            if abs(value) > c * (1 + CONSTANT_RTOL):
                return Check(
                    "physical bound",
                    False,
                    f"{fmt_quantity(quantity)} is faster than light in vacuum",
                )
    if _PROBABILITY_ASKED.search(question) and units in ("dimensionless", "percent"):
        top = 100.0 if units == "percent" else 1.0
        if value < 0 or value > top:
            return Check(
                "physical bound",
                False,
                f"a probability of {fmt_quantity(quantity)} is outside [0, 1]",
            )
    return None


_ASKING = re.compile(
    r"\?|\b(?:what|which|find|calculate|compute|determine|estimate|how|give|express|obtain)\b", re.I
)


def _asking_sentence(question: str, start: int) -> bool:
    """Whether position ``start`` of the (normalised) question lies in a sentence that asks something
    ('What is the weight (in kg) …?'), not in a list of data ('(Atomic weights in g mol^-1: …)')."""
    begin = max(question.rfind(". ", 0, start), question.rfind("? ", 0, start))
    ends = [i for i in (question.find(". ", start), question.find("?", start)) if i >= 0]
    sentence = question[begin + 1 : (min(ends) + 1) if ends else len(question)]
    return _ASKING.search(sentence) is not None


def requested_unit(reading: Reading | None) -> tuple[Any, str] | None:
    """The unit the question asks for: the one in an asking sentence when there is one, else the last."""
    if reading is None or not reading.requested:
        return None
    asked = [r for r in reading.requested if _asking_sentence(reading.text, r.start)]
    r = (asked or reading.requested)[-1]
    return r.unit.units, r.text


def requested_is_asked(reading: Reading | None) -> bool:
    """Whether the requested unit was read from a sentence that asks (safe to hold an answer to)."""
    return reading is not None and any(
        _asking_sentence(reading.text, r.start) for r in reading.requested
    )


def asked_unit(question: str) -> tuple[Any, str] | None:
    """The unit a sentence of the question that asks names ('… of a mole of gas in J'); None when
    none does (a unit read only from the data is no claim on the answer)."""
    from .quantities import extract
    from .unit_text import long_name

    try:
        reading = extract(question)
    except Exception:
        return None
    requested = requested_unit(reading)
    if requested is None or not requested_is_asked(reading):
        return None
    if long_name(requested[0]) in ("dimensionless", "count") or "deg" in long_name(requested[0]):
        return None
    return requested


def convert_to_requested(q: Any, units: Any, text: str) -> Any:
    from ...units import get_registry

    ureg = get_registry()
    try:
        return q.to(units)
    except Exception:
        if "°" in text or "deg" in long_name(units):
            return q.to(ureg.Unit("delta_degC"))
        raise


def question_values(reading: Reading | None) -> list[float]:
    """Magnitudes the question states (a constant the question fixes is never 'wrong')."""
    if reading is None:
        return []
    out = []
    for g in reading.givens:
        q = getattr(g, "quantity", None)
        if q is None:
            continue
        with contextlib.suppress(Exception):
            out.append(abs(float(q.magnitude)))
            out.append(abs(float(q.to_base_units().magnitude)))
    return [x for x in out if x]


def asked_rounding_check(
    reading: Reading | None, lines: list[str], final: FinalAnswer, value: Any
) -> Check | None:
    """When the question asks for N decimal places, the final answer against the response's own
    last result rounded to N places ('ln 1.25 = 0.223' then '0.22' for three decimals; '0.02047'
    then '0.0204' for four): a final answer that is not the asked rounding of the response's own
    result is wrong by its own working. Rounding of the result itself (its last written digit) is
    allowed for; a result more than 5% away is another quantity and not compared."""
    from .asked_precision import computes_final
    from .expression import numbers_with_units

    places = reading.rounding if reading is not None else None
    if places is None or value is None:
        return None
    found = numbers_with_units(final.text.split("=")[-1])
    if len(found) != 1:
        return None
    f_q, f_text, _s = found[0]
    x = float(f_q.magnitude)
    f_dec = re.search(r"\d\.(\d+)", f_text)
    if not re.search(r"×|\d[eE]", f_text) and len(f_dec.group(1) if f_dec else "") > places:
        # '0.3846' for three decimals: more digits than asked is no wrong answer; what it states
        # at the asked places (0.385) is what is held to the response's own result
        x = round(x, places)
    try:
        at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    for st in reversed([st for st in statements(lines[: at + 1]) if st.line_no <= at]):
        # '… = 1.062 V. Answer: 1.062 V.': a sentence that follows the chain's result on its line
        # (the final answer restated) is not part of that result
        side = strip_words(_SENTENCE_AFTER.sub("", st.sides[-1]))
        if computes_final(side, x, places):
            return None  # '= 1.103 − 0.0413': the final answer is this calculation's result
        got = numbers_with_units(side)
        if len(got) == 1 and got[0][1].strip() == f_text.strip():
            # 'χ = μ_r − 1 = 253.6 ≈ 254': the chain that ends in the final answer computed its own
            # value before it; that value, not an earlier statement's, is what the answer rounds
            got = _value_before_final(st.sides[:-1]) or []
            if not got and len(st.sides) > 2:
                return None  # '= 1.103 − 0.0414 = 1.062 V': the chain computes the final answer
        if len(got) != 1 or got[0][1].strip() == f_text.strip():
            continue
        y = float(got[0][0].magnitude)
        if str(got[0][0].units) != str(f_q.units) or not y or abs(x - y) > 0.05 * abs(y):
            return None
        d = len(re.sub(r"[^\d.]", "", got[0][1].split("×")[0]).partition(".")[2])
        if "×" in got[0][1] or "e" in got[0][1].lower():
            return None  # a result in scientific notation: its decimals are not places
        half = 0.5 * 10.0**-d
        allowed = {round(v, places) for v in (y - half, y, y + half)}
        if any(math.isclose(x, a, rel_tol=0, abs_tol=1e-9 * max(1.0, abs(a))) for a in allowed):
            return None
        shown = f"{round(y, places):.{places}f}"
        return Check(
            "asked rounding",
            False,
            f"the question asks for {places} decimal place(s): the response's own result "
            f"{got[0][1].strip()} rounds to {shown}, but its final answer is {f_text.strip()}",
        )
    return None


_SENTENCE_AFTER = re.compile(r"(?<=[^\d\s])\.\s+[A-Z][A-Za-z ]*:.*$")


def _value_before_final(sides: tuple[str, ...]) -> list[Any] | None:
    """The value a chain states just before its last side, when that side is one plain number (with
    its unit) and not a calculation ('… = 253.6 ≈ 254' gives 253.6); None otherwise."""
    from .expression import numbers_with_units

    if not sides:
        return None
    side = strip_words(sides[-1])
    got = numbers_with_units(side)
    if len(got) != 1 or re.search(r"[-+−×*/·^()]", side.replace(got[0][1], " ")):
        return None
    return got


_RELATIVE_CHANGE = re.compile(r"/.*[-−]\s*1(?![\d.])\s*\)?\s*$|^\s*1\s*[-−]\s*\S+/")
"""A ratio minus one ('D₂/D₁ − 1', '(3.782/1) − 1') or one minus a ratio: a relative change."""


_COMPOSITION_LABEL = re.compile(r"\d\s*(?:wt|at|mol)\.?\s*%", re.I)


def _composition_sum(calc: str, line: str) -> bool:
    """A calculation that adds or subtracts a plain number as a term of its own, on a line that
    labels its result a composition ('… = 0.539 ≈ 0.54 wt% C'): an offset composition (the lever
    rule inverted), which is a percentage itself. A quotient (a phase fraction) is not such a sum."""
    from .residual import text_terms

    if not _COMPOSITION_LABEL.search(line):
        return False
    terms = text_terms(calc)
    return len(terms) >= 2 and any(
        re.fullmatch(r"\d+(?:\.\d+)?", t.strip().lstrip("+-−").strip()) for t in terms
    )


def percent_of_fraction_check(
    lines: list[str], final: FinalAnswer, value: Any, question: str = ""
) -> Check | None:
    """A final answer in percent that is the response's own fraction with a percent sign put on
    ('(163.84 - 72.25)/163.84 = 0.559' then '%RA = 0.559 %'): the fraction 0.559 is 55.9 %. Only a
    fraction below 1, or a relative change ('D₂/D₁ − 1 = 2.78', which is 278 %), computed without
    any '× 100' or '%', is read so."""
    if value is None or "percent" not in long_name(value.units):
        return None
    x = float(value.magnitude)
    try:
        at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    chains = [s for s in statements(lines[: at + 1]) if s.line_no <= at]
    for n in range(len(chains) - 1, -1, -1):
        st = chains[n]
        sides = [strip_words(p) for p in st.sides[1:]]
        if n and chain_symbol(st) and chain_symbol(chains[n - 1]) == chain_symbol(st):
            # 'W = (61.9 - 40)/(61.9 - 18.3)' then 'W = 0.502': one calculation over two lines
            sides = [strip_words(p) for p in chains[n - 1].sides[1:]] + sides
        plain = [evaluate_segment(p) for p in sides]
        for i, seg in enumerate(plain):
            if seg.value is None or seg.has_operator or seg.has_units:
                continue
            y = float(seg.value.magnitude)
            if not (y > 0 and math.isclose(x, y, rel_tol=AGREE_RTOL)):
                continue
            calc = next(
                (
                    p
                    for p, s in zip(sides[:i], plain[:i], strict=True)
                    if s.has_operator or _RELATIVE_CHANGE.search(p)
                ),
                None,
            )
            if calc is None or re.search(r"100|%|percent", calc):
                return None
            if y >= 1 and not _RELATIVE_CHANGE.search(calc):
                continue  # only a relative change ('D₂/D₁ − 1 = 2.78') is a fraction above 1
            from .percent_fraction import adds_a_percentage

            if adds_a_percentage(tuple(sides), question):
                return None  # 'C_x = 0.10 + 1.10 × 0.2538' with 0.10 wt% given: a percentage
            if _composition_sum(calc, lines[st.line_no] if st.line_no < len(lines) else ""):
                return None  # 'C₀ = 0.76 − 0.30 × 0.738 = 0.539 wt% C': a composition, not a share
            return Check(
                "percent",
                False,
                f"the response's own result {format_number(y)} ('{clip(calc, 50)}') is a fraction: "
                f"as a percentage it is {format_number(100 * y)} %, not {format_number(x)} %",
            )
    return None
