"""Find the numbers an exam question gives, with their units and context, and the unit it asks for.

Reads what exams write: ``3 x 10^5 g/mol``, ``$10^{-19}$``, ``1.43 eV``, ``µm``/``μm``,
``Å``, ``°C``, ``%``, ``per cent``, ranges (``from 20 to 120 °C``), Miller indices
(``(111)``, ``d_220``), ion charges (``Fe2+``) and order words (``second-order``).
The requested unit comes from phrases such as ``in μm``, ``(in Amperes)``,
``in kJ/mol`` or ``is ___ MPa``.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field, replace
from typing import Any

from .eponym_names import names_a_concept
from .restated_givens import without_inline_derivations, without_restatements
from .sentences import sentence_at
from .text import keytext, normalize
from .unit_text import ParsedUnit, long_name, parse_unit
from .written_formula import label_written_formulas

_MANT = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?=\.\d)|\d{1,3}(?: \d{3})+(?![\d,.]\d)|\d+)"
    r"(?:\.\d{3}(?: \d{3})*(?: \d{1,3})(?![\d.,]|\s+\d)|\.\d+)?|\.\d+"
)
"""A number's digits: '1,460', '1 460' and '1 675.7' (spaced thousands, groups of exactly three,
decimals after them), '1460.5', '.5', and '0.154 06' (the SI grouping of decimals: three digits
after the point, then a last group of one to three, with no further number right after it)."""
_NUMBER = re.compile(
    r"(?P<pow10>10\s*(?:\^|\*\*)\s*\(?\s*(?P<p10>[-+]?\s*\d+(?:\.\d+)?)\s*\)?)"
    r"|(?P<mant>" + _MANT + r")(?:(?P<e>[eE][-+]?\d+)(?![A-Za-z])"
    r"|\s*[×xX*·]\s*10(?:\s*(?:\^|\*\*)\s*\(?\s*(?P<exp>[-+]?\s*\d+(?:\.\d+)?)\s*\)?"
    r"|(?P<lost>-\d{1,2})(?!\d)))?"
)
_SIGN_OK_BEFORE = set(" =(:[,;≈~<>") | {""}
_CONNECTORS = re.compile(r"^\s*(?:to|and|or|-|,|, and|up to|down to|through)\s*$", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_VALENCE_WORDS = {
    "monovalent": 1,
    "univalent": 1,
    "divalent": 2,
    "bivalent": 2,
    "trivalent": 3,
    "tetravalent": 4,
}
_DIFFERENCE_BEFORE = re.compile(  # 'heated by', 'a temperature change of', 'ΔT =' (not 'increases to')
    r"(?:\b(?:change|increase|rise|drop|decrease|difference|gradient|interval|variation|undercooling|"
    r"supercooling)(?:\s+in\s+temperature)?"
    r"\s*(?:of|is|=|:|was|equal\s+to)?|\b(?:by|through)|δt\s*[=:]?|Δt\s*[=:]?|ΔT\s*[=:]?|delta\s*t\s*[=:]?)\s*$",
    re.I,
)
# '20 K above its glass transition', '50 °C below the melting point': a distance from a named
# temperature, a difference
_RELATIVE_TO_A_POINT = re.compile(
    r"\s*(?:above|below)\s+(?:the|its|their|a)?\s*(?:glass|melting|liquidus|solidus|eutectic|eutectoid|"
    r"transition|curie|néel|neel|t_?g\b|t_?m\b|tg\b|tm\b)",
    re.I,
)
# 'cooled by 50 °C', 'the temperature drops by 30 K': a temperature change that is negative
_COOLED_BY = re.compile(
    r"\b(?:cooled|cools|lowered|decreased|decreases|dropped|drops|reduced|falls|fell|quenched)"
    r"(?:\s+\w+){0,2}\s+by\s*$|\b(?:drop|decrease|fall|reduction)\s+(?:in\s+temperature\s+)?of\s*$",
    re.I,
)
_MILLER = re.compile(
    r"(?P<open>[(\[{])\s*(?P<a>-?\d)\s*,?\s*(?P<b>-?\d)\s*,?\s*(?P<c>-?\d)\s*"
    r"(?:,?\s*(?P<d>-?\d)\s*)?[)\]}]"
    r"|\bd\s*_?\s*\(?(?P<da>\d)(?P<db>\d)(?P<dc>\d)\)?(?!\d)"
    # 'the 211 peak', 'its 110 reflection': three bare indices naming a diffraction line
    r"|(?<![\w.,])(?P<ba>\d)(?P<bb>\d)(?P<bc>\d)(?=\s+(?:peak|reflection|diffraction\s+(?:peak|line)|line)s?\b)"
    # 'the peak … is indexed 110', 'indexed as 200': three bare indices after 'indexed'
    r"|(?:(?<=\bindexed )|(?<=\bindexed as ))(?P<ia>\d)(?P<ib>\d)(?P<ic>\d)(?![\d.,]\d|\d)"
)
_TEMPERATURE_GAP = re.compile(
    r"^[\s,]*(?:(?:and\s+)?(?:is|was|are|were|then|it\s+is)\s+)?(?:heated|cooled|raised|lowered|warmed|brought|"
    r"quenched|changed|increased|decreased|rises?|falls?|drops?|goes)?\s*(?:up\s+|down\s+)?(?:to|and|-|–)\s*$",
    re.I,
)
# '... 0.35 m long at 15 °C. How much will it elongate when heated to 85 °C?': a later sentence that
# heats or cools the same body to a second temperature also states a change from the first one.
_TEMPERATURE_LATER = re.compile(
    r"\b(?:heated|cooled|raised|lowered|warmed|brought|quenched|increased|decreased|changed|"
    r"heat(?:ing)?\s+it|cool(?:ing)?\s+it)\s+(?:up\s+|down\s+|back\s+)?to\s*(?:a\s+temperature\s+of\s*)?$"
    # 'a plate at 80 °C is cooled by air at 20 °C', 'quenched in water at 25 °C'
    r"|\b(?:cooled|heated|quenched)\s+(?:by|in|with)\s+(?:\w+\s+){0,3}at\s*$"
    # 'from 20 °C to its melting point of 1085 °C'
    r"|\bto\s+(?:its|the)\s+melting\s+(?:point|temperature)\s+(?:of\s*)?$"
    # 'the inside surface is at 20 °C and the outside at 0 °C': two faces of one wall
    r"|\band\s+(?:the\s+|its\s+)?(?:outside|outer|inside|inner|other|opposite|cold|hot)\b(?:\s+\w+){0,2}\s+(?:is\s+)?at\s*$"
    # 'a rail 12 m long at −10 °C … how much longer is it at 40 °C?': the same body at a second temperature
    r"|\bhow\s+much\s+(?:longer|shorter|larger|smaller|wider|narrower)\s+(?:is\s+it|will\s+it\s+be|does\s+it\s+become)\s+at\s*$",
    re.I,
)
_LINEAR_WORDS = re.compile(
    r"\blinear (?:atomic )?density\b|\b(?:atoms )?per unit length\b|"
    r"\batoms per (?:nm|nanomet|met|mm|cm|å|angstrom)"
)
# 'd₂₂₀': subscript digits of an interplanar spacing's indices (one character each, so positions hold)
_SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_CRYSTAL_WORDS = (
    "plane",
    "reflection",
    "peak",
    "miller",
    "diffraction",
    "spacing",
    "bragg",
    "interplanar",
    "d spacing",
    "family",
)
# 'Cu2+', 'Cu^2+', 'Na+', and the TeX superscript 'Cu$^{2+}$' (normalised to 'Cu^(2+)')
_ION = re.compile(
    r"\b([A-Z][a-z]?)\s*(?:\^\s*\(\s*([1-4])?\s*\+\s*\)|\^?\s*([1-4])?\s*\+(?![\d\w]))"
)


@dataclass(frozen=True)
class Given:
    """One value the question states.

    ``kind``: ``quantity`` (number with a unit), ``number`` (no unit), ``miller``
    (indices in ``hkl``), ``valence`` (ion charge), ``delta_t`` (a temperature
    change derived from two written temperatures). ``sources`` are the indices of
    the written numbers it stands for; ``before``/``after`` are the words around it
    (keytext), ``label`` the symbol written before an '=' ("a", "λ", "D0").
    """

    index: int
    kind: str
    text: str
    start: int
    end: int
    quantity: Any = None
    number: float | None = None
    unit: ParsedUnit | None = None
    before: str = ""
    after: str = ""
    label: str | None = None
    hkl: tuple[int, int, int] | None = None
    sources: frozenset[int] = frozenset()
    note: str = ""
    tags: frozenset[str] = frozenset()

    @property
    def has_unit(self) -> bool:
        return self.unit is not None

    def describe(self) -> str:
        if self.kind == "miller" and self.hkl is not None:
            return "(" + " ".join(str(i) for i in self.hkl) + ")"
        if self.quantity is not None:
            from .unit_text import unit_label

            return f"{format_number(self.quantity.magnitude)} {unit_label(self.quantity.units)}".strip()
        return self.text


@dataclass(frozen=True)
class Requested:
    """The unit the question asks its answer in."""

    unit: ParsedUnit
    text: str
    start: int
    end: int


@dataclass
class Reading:
    """Everything read from one question."""

    text: str  # normalised
    key: str  # keytext(text)
    givens: list[Given] = field(default_factory=list)
    requested: list[Requested] = field(default_factory=list)
    target: str = ""  # the phrase naming what is asked ("the diffusion coefficient")
    target_hint: str | None = None  # a dimension implied by the question word ("how long")
    parts: int = 1  # how many sub-questions ((a), (b), ...)
    ask_clause: str = (
        ""  # the asking sentence from its question word on ('how much does ... expand?')
    )
    # decimal places the answer is asked to ('up to two decimal places'); 0: the nearest integer
    rounding: int | None = None


def format_number(x: float, digits: int = 4) -> str:
    """Compact text for a magnitude: 4 significant digits, scientific outside 1e-3..1e5."""
    if x == 0 or not math.isfinite(x):
        return repr(x) if not math.isfinite(x) else "0"
    if 1e-3 <= abs(x) < 1e5:
        rounded = float(f"{x:.{digits}g}")
        if abs(rounded) >= 10 ** (digits - 1):
            return f"{rounded:.0f}"
        return f"{rounded:.{digits}g}"
    m, e = f"{x:.{digits - 1}e}".split("e")
    m = m.rstrip("0").rstrip(".")
    return f"{m}×10^{int(e)}"


def _number_value(m: re.Match[str]) -> float | None:
    try:
        if m.group("pow10") is not None:
            return 10.0 ** float(m.group("p10").replace(" ", ""))
        mant = float(m.group("mant").replace(",", "").replace(" ", ""))
        if m.group("e"):
            return mant * 10.0 ** int(m.group("e")[1:])
        exp = m.group("exp") or m.group("lost")
        if exp is not None:
            exp = exp.replace(" ", "")
            if re.fullmatch(r"[-+]?\d+", exp):
                return float(f"{m.group('mant').replace(',', '').replace(' ', '')}e{exp}")
            return mant * 10.0 ** float(exp)
        return mant
    except (ValueError, OverflowError):
        return None


# pressure units that are also nouns ('a 2.5 m bar'): never the last factor of a space-joined product
_NOT_TRAILING_FACTORS = frozenset({"bar", "bars", "atm", "torr"})


def _unit_after(text: str, pos: int) -> tuple[ParsedUnit | None, int, str]:
    """The longest unit written right after position ``pos``: (unit, end position, text)."""
    window = text[pos : pos + 64]
    lead = len(window) - len(window.lstrip())
    if lead > 2:
        return None, pos, ""
    body = window[lead:]
    if lead == 0 and re.match(r"-[A-Za-zμÅ]", body):  # '5-mm thick', '10-cm bar'
        body = body[1:]
        lead = 1
    stop = re.search(
        r"[,;?!]|\s\(|\.\s|\.$|\s(?:and|or|to|at|for|with|of|is|in|from|if|when|the|a)\s", body
    )
    body = body[: stop.start()] if stop else body
    if body.startswith("-") and not body.startswith("-1"):
        return None, pos, ""
    tokens = body.split(" ")
    for k in range(min(len(tokens), 6), 0, -1):
        if k > 1 and tokens[k - 1].rstrip(".,:;").lower() in _NOT_TRAILING_FACTORS:
            continue  # 'a 2.5 m bar': the bar is the object, not bar·m
        cand = " ".join(tokens[:k]).rstrip(".,:;")
        while cand.endswith(")") and cand.count(")") > cand.count("("):
            cand = cand[:-1].rstrip(".,:;")
        if not cand:
            continue
        parsed = parse_unit(cand)
        if parsed is not None:
            end = pos + lead + body.find(cand) + len(cand)
            if cand == "in" or (cand.endswith(".") and cand != "in."):
                continue
            if names_a_concept(cand, text[end : end + 24]):
                continue  # '2 Fermi surface sheets': a name, not the femtometre (eponym_names.py)
            return parsed, end, cand
    return None, pos, ""


def _fix_bare_c(parsed: ParsedUnit | None, cand: str, sentence_key: str) -> ParsedUnit | None:
    """A bare 'C' after a number is a temperature unless the text talks about charge."""
    if parsed is None or cand != "C":
        return parsed
    if any(w in sentence_key for w in ("charge", "coulomb", "faraday")):
        return parsed
    return parse_unit("°C")


_MOLAR = re.compile(r"\s?M(?![\w\-^/·])")
_CONCENTRATION_WORDS = re.compile(
    r"\b(?:solutions?|concentrations?|electrolytes?|molar(?:ity)?|aqueous|ions?|electrodes?|"
    r"half[\s-]cells?|nernst|acid|bath)\b|[A-Z][a-z]?\^?\d?[+-](?![A-Za-z\d])",
    re.I,
)


_UNIT_BEFORE_VALUE = re.compile(
    r"\(\s*in\s+(?P<u>[^()]{1,20}(?:\([^()]*\))?[^()]{0,6})\)\s*(?:is|was|are|of|=|:|equals?|equal\s+to)?\s*"
    r"(?:about\s+|approximately\s+)?$",
    re.I,
)


def _unit_named_before(text: str, start: int) -> ParsedUnit | None:
    """'the temperature T (in K) is 1000': the unit a parenthesis names right before a bare value."""
    m = _UNIT_BEFORE_VALUE.search(text[max(0, start - 40) : start])
    return parse_unit(m.group("u").strip()) if m else None


def _molar(masked: str, end: int, text: str) -> tuple[ParsedUnit | None, int]:
    """'0.10 M' in a text about solutions or ions: mol/L (a bare 'M' is otherwise no unit: mega- needs
    a unit after it, and M is also a molar mass or a metal)."""
    m = _MOLAR.match(masked, end)
    if m is None or not _CONCENTRATION_WORDS.search(text):
        return None, end
    parsed = parse_unit("mol/L")
    if parsed is None:
        return None, end
    return replace(parsed, text="M"), m.end()


def _value_follows(text: str, m: re.Match[str]) -> bool:
    """The number after 'steel'/'alloy' carries a unit ('steel 10 mm'): a value. A temper or grade code
    ('alloy 7075 T6', 'steel 1040') does not: a 'unit' ending in a digit is a code."""
    digits = re.search(r"\d[\d.]*$", m.group(0))
    if digits is None:
        return False
    parsed, _end, cand = _unit_after(text, m.start() + digits.start() + len(digits.group(0)))
    return parsed is not None and not cand[-1:].isdigit()


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = " "
    return "".join(chars)


def _label_before(before: str) -> str | None:
    m = re.search(
        r"(?:^|[\s(,;:])([A-Za-zα-ωΑ-Ωθλσερμν][\w'₀-₉]{0,7}|2θ|2 θ|2theta)\s*(?:\([^()]{0,12}\))?"
        r"\s*[=≈]\s*$",
        before,
    )
    if m:
        return m.group(1).replace(" ", "")
    from .taken_as_label import taken_as_label

    return taken_as_label(before)  # 'Y may be taken as 1.0', 'take K_IC as 0.75'


def _miller(text: str, key: str) -> list[tuple[int, int, tuple[int, int, int], str]]:
    found = []
    crystal_text = any(w in key for w in _CRYSTAL_WORDS) or bool(_LINEAR_WORDS.search(key))
    for m in _MILLER.finditer(
        re.sub(r"(?<=\bd)[₀-₉]{3}", lambda d: d.group(0).translate(_SUBSCRIPT_DIGITS), text)
    ):
        if m.group("da") is not None:
            hkl = (int(m.group("da")), int(m.group("db")), int(m.group("dc")))
        elif m.group("ba") is not None or m.group("ia") is not None:
            if not crystal_text:
                continue
            pre = "b" if m.group("ba") is not None else "i"
            hkl = (int(m.group(pre + "a")), int(m.group(pre + "b")), int(m.group(pre + "c")))
        else:
            if not crystal_text:
                continue
            idx = [int(m.group(g)) for g in "abc"]
            if m.group("d") is not None:  # four-index (hkil): i = -(h + k)
                h, k, i, l_ = idx[0], idx[1], idx[2], int(m.group("d"))
                if i != -(h + k):
                    continue
                idx = [h, k, l_]
            hkl = (idx[0], idx[1], idx[2])
            if m.group("open") == "[" and not _LINEAR_WORDS.search(key):
                continue  # directions are not planes; they are read only for a linear density
        if hkl == (0, 0, 0):
            continue
        found.append((m.start(), m.end(), hkl, m.group(0)))
    return found


# spelled-out whole numbers and their digits (also the creep exponent's words, creep_factor)
WORD_NUMBERS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "twelve": "12",
    "twenty": "20",
}
# 'after one hour', 'two electrons transferred', 'to three decimals': a spelled-out count before a
# unit or a counted noun is a value (never 'one of the', 'one side')
_SPELLED = re.compile(
    r"\b("
    + "|".join(WORD_NUMBERS)
    + r")(?=\s+(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|"
    r"moles?|electrons?)\b)",
    re.I,
)


# 'two-thirds of its yield strength': a spelled fraction of a stated quantity, written as a number
_SPELLED_FRACTION = re.compile(
    # not 'one half of': 'one half of the cell' names a half-cell, not 0.5
    # nor 'one-third of that of rubber': a share of another material's value, not this one's
    r"\b(one|two|three)[\s-](thirds?|quarters?|fourths?)(?=\s+of\b)(?!\s+of\s+th(?:at|ose)\s+of\b)",
    re.I,
)
_FRACTION_VALUE = {"third": 3, "quarter": 4, "fourth": 4}


def _fraction_text(m: re.Match[str]) -> str:
    num = {"one": 1, "two": 2, "three": 3}[m.group(1).lower()]
    den = _FRACTION_VALUE[m.group(2).lower().rstrip("s")]
    return f"{num / den:.6g}"


# 'the cell contains two ethylene (C2H4) repeat units': a spelled count of what a cell holds, after a
# verb of containing, with at most two words and a written formula between it and the counted unit
_SPELLED_CONTENT = re.compile(
    r"\b(?:contains?|containing|holds?|holding|with|has|have)\s+(" + "|".join(WORD_NUMBERS) + r")"
    r"(?=(?:\s+[A-Za-z\-]+){0,2}(?:\s*\([^()]{1,20}\))?\s+(?:repeat\s+units?|formula\s+units?|"
    r"molecules?|chain\s+segments?|mers?)\b)",
    re.I,
)


def spelled_numbers(text: str) -> str:
    """Spelled-out counts before units and counted nouns written as digits ('one hour' → '1 hour',
    'contains two repeat units' → 'contains 2 repeat units'); spelled fractions of a quantity as
    numbers ('two-thirds of' → '0.666667 of')."""
    text = _SPELLED_FRACTION.sub(_fraction_text, text)
    text = _SPELLED_CONTENT.sub(
        lambda m: m.group(0)[: m.start(1) - m.start(0)] + WORD_NUMBERS[m.group(1).lower()], text
    )
    return _SPELLED.sub(lambda m: WORD_NUMBERS[m.group(1).lower()], text)


# textbook boilerplate that states defaults, not data: 'data refer to 298.15 K unless otherwise stated',
# 'Note that 1 atm = 1.013 25 bar.'
_BOILERPLATE = re.compile(
    r"(?:(?:and\s+)?(?:that\s+)?(?:all\s+)?(?:thermodynamic\s+|thermochemical\s+)?data\s+(?:refer\s+to|are\s+for)\s+"
    r"[\d.\s]+K\s+unless\s+otherwise\s+stated\.?|Note\s+that\s+1\s*atm\s*=\s*[\d.\s]+bar\.?|"
    r"unless\s+otherwise\s+stated,?\s+(?:thermodynamic\s+|thermochemical\s+)?data\s+are\s+for\s+[\d.\s]+K\.?)",
    re.I,
)


# the form a ratio is to be written in, not a given: 'State it as x : 1', '(answer as x:1)', 'in the
# form n : 1', 'give the answer as X to 1'
_RATIO_FORM = re.compile(
    r"\b(?:as|in\s+the\s+form(?:\s+of)?)\s+(?:an?\s+)?(?:ratio\s+)?[\"']?[xXnNrR][\"']?\s*(?::|to)\s*1\b(?![.,]\d)",
)


def extract(question: str) -> Reading:
    """Read the givens, the requested unit and the target of ``question`` (any text)."""
    from .fraction_values import written_fractions
    from .uncertainty import drop_uncertainties

    text = _BOILERPLATE.sub(
        " ", written_fractions(spelled_numbers(drop_uncertainties(normalize(question))))
    )
    text = _RATIO_FORM.sub("as a ratio", text)
    key = keytext(text)
    reading = Reading(text=text, key=key)
    spans: list[tuple[int, int]] = []
    raw: list[Given] = []

    for start, end, hkl, written in _miller(text, key):
        label = "uvw" if written.startswith("[") else "hkl"  # a direction [uvw] or a plane (hkl)
        raw.append(Given(0, "miller", written, start, end, hkl=hkl, label=label))
        spans.append((start, end))
    for m in _ION.finditer(text):
        digit = m.group(2) or m.group(3)
        if m.group(1) in ("C", "H", "O", "N") and not digit:
            continue
        charge = int(digit or 1)
        raw.append(
            Given(
                0, "valence", m.group(0), m.start(), m.end(), number=float(charge), label="valence"
            )
        )
        spans.append((m.start(), m.end()))
    for word, n in _VALENCE_WORDS.items():
        for m in re.finditer(r"\b" + word + r"\b", text, re.I):
            raw.append(
                Given(
                    0, "valence", m.group(0), m.start(), m.end(), number=float(n), label="valence"
                )
            )
    for m in re.finditer(r"\b(first|second|third|fourth)[\s-]+order\b", text, re.I):
        raw.append(
            Given(
                0,
                "number",
                m.group(0),
                m.start(),
                m.end(),
                number=float(_ORDINALS[m.group(1).lower()]),
                label="order",
            )
        )
    for m in re.finditer(r"\bnylon\s*\d(?:\s*,\s*\d+)?", text, re.I):
        spans.append((m.start(), m.end()))
    for m in re.finditer(
        r"\b(?:AISI|SAE|ASTM\s+[A-Z]|type|grade|alloy|steel|problem|example|"
        r"question|part|figure|fig\.|table|eq\.|equation)\s*\d[\d.-]*",
        text,
        re.I,
    ):
        if re.search(r"ASTM\s+grain", text[m.start() : m.end() + 12], re.I):
            continue
        if re.match(r"(?:steel|alloy|type|grade)\b", m.group(0), re.I) and _value_follows(text, m):
            continue  # 'a steel 10 mm in diameter', 'an alloy 2.5 m long': a value, not a grade
        spans.append((m.start(), m.end()))
    for m in re.finditer(r"\b\d{4}\s+steel\b", text, re.I):
        spans.append((m.start(), m.end()))
    # 'Problems 3–5 use the following data', 'Questions 6 and 7 refer to …', 'Tables 2 and 3': the
    # numbers of a homework sheet's items, figures and tables, no givens
    for m in re.finditer(
        r"\b(?:problems|examples|exercises|questions|parts|figures|figs\.|tables|eqs\.|equations)"
        r"\s*\d+(?:\.\d+)*(?:\s*(?:[-–—]|to|and|&)\s*\d+(?:\.\d+)*)+",
        text,
        re.I,
    ):
        spans.append((m.start(), m.end()))
    spans += _stoichiometric_coefficients(text)
    # 'log D (base 10)', 'a base-10 logarithm': the logarithm's base, no given
    for m in re.finditer(r"\bbase[\s-]*(?:10|e)\b", text, re.I):
        spans.append((m.start(), m.end()))
    masked = _mask(text, spans)

    taken_until = 0
    for m in _NUMBER.finditer(masked):
        start = m.start()
        if start < taken_until:
            continue
        prev = masked[start - 1] if start > 0 else ""
        if prev and (prev.isalnum() or prev in "._^'" or prev in "₀₁₂₃₄₅₆₇₈₉"):
            continue
        if prev in ("-", "+") and masked[max(0, start - 3) : start - 1].endswith(("^", "**")):
            continue  # 'in cm^-1': a negative exponent of a unit, no value
        value = _number_value(m)
        if value is None:
            continue
        sign_pos = start - 1
        if prev == "-" or prev == "+":
            before_sign = masked[sign_pos - 1] if sign_pos > 0 else ""
            if before_sign in _SIGN_OK_BEFORE:
                start = sign_pos
                value = -value if prev == "-" else value
        end = m.end()
        parsed, unit_end, cand = _unit_after(masked, end)
        s0, s1 = sentence_at(text, start, semicolon=True, trailing_space="one", keep_stop=False)
        parsed = _fix_bare_c(parsed, cand, keytext(text[s0:s1]))
        if parsed is None:
            parsed, unit_end = _molar(masked, end, text)
        if parsed is None:
            parsed = _unit_named_before(text, start)
        taken_until = unit_end if parsed else end
        raw.append(
            Given(
                0,
                "quantity" if parsed else "number",
                text[start : unit_end if parsed else end],
                start,
                unit_end if parsed else end,
                number=value,
                unit=parsed,
            )
        )

    raw.sort(key=lambda g: g.start)
    raw = _share_units(text, raw)
    givens = []
    list_before: dict[
        str, str
    ] = {}  # the words before a list's first value stand before each value
    for i, g in enumerate(raw):
        prev_end = raw[i - 1].end if i else 0
        next_start = raw[i + 1].start if i + 1 < len(raw) else len(text)
        s0, s1 = sentence_at(text, g.start, semicolon=True, trailing_space="one", keep_stop=False)
        lo = max(prev_end, s0, g.start - 90)
        before = text[lo : g.start]
        group = next((t for t in g.tags if t.startswith("listed:")), None)
        if group is not None:
            before = list_before.setdefault(group, before)
        after = text[g.end : min(next_start, s1, g.end + 60)]
        label = (
            g.label
            if g.kind in ("miller", "valence", "number") and g.label
            else _label_before(text[max(s0, g.start - 30) : g.start])
        )
        q = _quantity(g)
        tags = set(g.unit.tags) if g.unit else set()
        tags |= {t for t in g.tags if t.startswith("listed:")}
        if (
            q is not None
            and g.unit is not None
            and (g.unit.is_absolute_temperature or "kelvin" in g.unit.tags)
        ) and (
            _DIFFERENCE_BEFORE.search(before[-60:])
            or (label and label.lower() in ("δt", "Δt", "dt", "delta_t"))
            or _RELATIVE_TO_A_POINT.match(after)
        ):
            q = _as_difference(q)
            if (
                _COOLED_BY.search(before[-60:])
                and q.magnitude > 0
                and not re.match(r"\s*(?:below|under|beneath)\b", after, re.I)
            ):
                q = -q  # 'cooled by 50 °C': a change of −50 K
            tags.add("difference")
            tags.discard("absolute_temperature")
        givens.append(
            replace(
                g,
                index=i,
                before=keytext(before),
                after=keytext(after),
                label=label,
                quantity=q,
                sources=frozenset({i}),
                tags=frozenset(tags),
            )
        )
    givens += _temperature_changes(text, givens)
    givens += _brought_to_changes(text, givens)
    reading.givens = givens
    reading.requested = find_requested(text) or _percent_request(text)
    reading.givens = _outside_scaled_requests(text, reading.givens, reading.requested)
    reading.givens = without_restatements(text, reading.givens)  # '0.25 m^3 (250 L)'
    reading.givens = without_unit_definitions(text, reading.givens)  # '(1 mil = 10^-3 in)'
    reading.givens = without_inline_derivations(text, reading.givens)  # '0.96g = (0.96)(9.8) = 9.4'
    reading.givens = label_written_formulas(text, reading.givens)  # 'P = T(20 + log t_r) = 2.1e4'
    asked_text = without_negated_alternatives(text)  # 'the angle θ (not 2θ)': θ is asked
    reading.target, reading.target_hint = target_phrase(asked_text)
    reading.ask_clause = ask_clause(asked_text)
    reading.parts = count_parts(text)
    reading.rounding = rounding_asked(text)
    return reading


# '(1 mil = 10^-3 in)', '1 in = 25.4 mm': one unit defined in another, inside parentheses or after 'where'
_UNIT_DEFINITION = re.compile(
    r"(?<![\d.,])1\s*(?P<u1>[A-Za-zμµÅ]+)\s*=\s*"
    r"(?P<v>\d+(?:\.\d+)?(?:\s*[×x]\s*10\s*\^\s*[-−+]?\d+)?|10\s*\^\s*[-−+]?\d+)\s*"
    r"(?P<u2>[A-Za-zμµÅ]+)\b"
)


def without_unit_definitions(text: str, givens: list[Given]) -> list[Given]:
    """Drop the numbers of a stated unit definition ('(1 mil = 10^-3 in)'): it says what a unit is, it
    is no value of the problem. Only when the registry gives the same conversion (within 0.5 %); a
    definition that disagrees stays read as givens (and then an answer must use them)."""
    from ...units import get_registry

    spans = []
    for m in _UNIT_DEFINITION.finditer(text):
        parts = re.fullmatch(
            r"(?:(?P<m>\d+(?:\.\d+)?)(?:\s*[×x]\s*10\s*\^\s*(?P<e1>[-−+]?\d+))?|10\s*\^\s*(?P<e2>[-−+]?\d+))",
            m.group("v").strip(),
        )
        if parts is None:
            continue
        exponent = (parts.group("e1") or parts.group("e2") or "0").replace("−", "-")
        try:
            value = float(parts.group("m") or 1) * 10 ** int(exponent)
            ureg = get_registry()
            u1, u2 = (_UNIT_ALIASES.get(u, u) for u in (m.group("u1"), m.group("u2")))
            ratio = float(ureg.Quantity(1, u1).to(u2).magnitude)
        except Exception:
            continue
        if value > 0 and abs(ratio / value - 1) <= 0.005:
            spans.append((m.start(), m.end()))
    if not spans:
        return givens
    return [g for g in givens if not any(a <= g.start < b for a, b in spans)]


_UNIT_ALIASES = {"in": "inch", "mil": "thou", "mils": "thou", "ft": "foot", "Å": "angstrom"}


def _outside_scaled_requests(
    text: str, givens: list[Given], requested: list[Requested]
) -> list[Given]:
    """Drop the '10^-3 mol' of 'give the answer in 10^-3 mol': it scales the asked unit, it is no given."""
    spans = []
    for r in requested:
        m = re.search(r"(?:[×x]\s*)?10\s*\^\s*[-+]?\d+\s*$", text[: r.start])
        if m:
            spans.append((m.start(), r.end))
    return [g for g in givens if not any(a <= g.start < b for a, b in spans)]


_PLACES = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
}
_ROUNDING = re.compile(
    r"\b(?:up\s+to|to|upto|till|correct\s+(?:up\s+)?to|rounded\s+(?:off\s+)?to|round\s+(?:off\s+)?to|"
    r"give|giving|with|in)"
    r"\s+(?:the\s+)?(?P<n>\d|one|two|three|four|first|second|third|fourth)(?:st|nd|rd|th)?\s+"
    r"decimal(?:s\b|\s+(?:places?|digits?|points?))",
    re.I,
)
_INTEGER = re.compile(
    r"\b(?:round(?:ed)?\s+(?:it\s+)?(?:off\s+)?to\s+the\s+nearest\s+(?:integer|whole\s+number)|"
    r"nearest\s+(?:integer|whole\s+number)|(?:answer|result)\s+(?:is|as)\s+an?\s+(?:non-negative\s+)?integer)\b",
    re.I,
)


def rounding_asked(text: str) -> int | None:
    """Decimal places the question asks the answer to be given to (0: the nearest integer), or None."""
    m = _ROUNDING.search(text)
    if m:
        n = m.group("n").lower()
        return int(n) if n.isdigit() else _PLACES[n]
    return 0 if _INTEGER.search(text) else None


def _percent_request(text: str) -> list[Requested]:
    """'What percentage of ...', 'as a percentage': the answer is asked in percent."""
    m = re.search(
        r"\b(?:what|which)\s+percent(?:age)?\b|\bas\s+an?\s+percent(?:age)?\b|\bin\s+percent(?:age)?\b",
        text,
        re.I,
    )
    parsed = parse_unit("percent") if m else None
    return [Requested(parsed, "percent", m.start(), m.end())] if m and parsed else []


def _quantity(g: Given) -> Any:
    if g.number is None:
        return None
    from ...units import get_registry

    ureg = get_registry()
    if g.unit is None:
        return ureg.Quantity(g.number, "dimensionless")
    return ureg.Quantity(g.number, g.unit.units)


def _as_difference(q: Any) -> Any:
    from ...units import get_registry

    ureg = get_registry()
    units = long_name(q.units)
    if units in ("degree_Celsius", "degC"):
        return ureg.Quantity(q.magnitude, "delta_degC")
    if units in ("degree_Fahrenheit", "degF"):
        return ureg.Quantity(q.magnitude, "delta_degF")
    return q


def _share_units(text: str, raw: list[Given]) -> list[Given]:
    """'from 20 to 120 °C', '500 and 600 °C', '1, 2 and 3 nm': unitless numbers take the unit."""
    out = list(raw)
    for i in range(len(out) - 2, -1, -1):
        g, nxt = out[i], out[i + 1]
        if g.kind == "number" and nxt.kind == "number" and g.label is None and nxt.label is None:
            if _CONNECTORS.match(text[g.end : nxt.start]):  # '... are 1.2 and 3.5': one list
                group = next(
                    (t for t in nxt.tags if t.startswith("listed:")), f"listed:{nxt.start}"
                )
                out[i] = replace(g, tags=frozenset(g.tags) | {group})
                out[i + 1] = replace(nxt, tags=frozenset(nxt.tags) | {group})
            continue
        if g.kind != "number" or nxt.unit is None or nxt.kind != "quantity":
            continue
        gap = text[g.end : nxt.start]
        if "," in gap and _ELLIPTICAL_PAIR.match(text, nxt.end):
            # '… a strain of 0.10, and 485 MPa a strain of 0.15': a second clause that pairs the
            # value with a new noun phrase, not a list of values in one unit
            continue
        if _CONNECTORS.match(gap) or _element_labelled(gap):
            group = next((t for t in nxt.tags if t.startswith("listed:")), f"listed:{nxt.start}")
            out[i] = replace(
                g,
                kind="quantity",
                unit=nxt.unit,
                text=f"{g.text} {nxt.unit.text}",
                tags=frozenset(nxt.unit.tags) | {group},
            )
            out[i + 1] = replace(nxt, tags=frozenset(nxt.tags) | {group})
    return out


_ELLIPTICAL_PAIR = re.compile(r"\s+(?:a|an|the)\s+[A-Za-z]", re.I)
# ', O 16.00 g/mol', ', and O 16.00', ' and Cl 35.45 g/mol': the next value's element named in the gap
_LABEL_GAP = re.compile(r"^\s*(?:[,;]\s*(?:and\s+)?|and\s+)([A-Z][a-z]?)\s*[:=]?\s*$")


def _element_labelled(gap: str) -> bool:
    """'Mg 24.31, O 16.00 g/mol': the gap between two listed values names the next one's element."""
    m = _LABEL_GAP.match(gap)
    if m is None:
        return False
    from .substances import element_symbols

    return m.group(1) in element_symbols()


_CHANGE_VERBS = (
    r"\b(?:stretched|elongated|extended|deformed|compressed|reduced|increased|decreased|drawn|rolled|"
    # the present tense: 'its gauge length stretches uniformly to 2.48 in.'
    r"stretch(?:es)?|elongates?|extends?|deforms?|compresses|"
    r"pulled|strained|changes?|changed|grows?|grew|expands?|expanded|shrinks?|shrank|lengthens?|"
    r"lengthened|shortened|necks?|necked|thinned|rises?|rose|falls?|fell|drops?|dropped)"
)
# 'stretched elastically by 0.10 mm', 'lengthens by 2 mm': the value is the change itself
CHANGED_BY = re.compile(_CHANGE_VERBS + r"(?:\s+\w+){0,2}\s+by\s*$", re.I)
# 'stretched elastically to 100.2 mm', 'is reduced to 8 mm', 'necks down to': the value an object
# is brought to, the end point of a change
BROUGHT_TO = re.compile(
    _CHANGE_VERBS + r"(?:\s+\w+){0,2}\s+to\s*$"
    # 'a gauge length of 50 mm becomes 58 mm': the new value, not the change
    r"|\b(?:becomes?|became)(?:\s+(?:equal\s+to|only|just))?\s*$",
    re.I,
)


def _brought_to_changes(text: str, givens: list[Given]) -> list[Given]:
    """'A bar 100 mm long is stretched to 100.2 mm': the change (0.2 mm) the two values give, derived
    from the end point and the nearest earlier value of the same dimension (not temperatures, whose
    changes :func:`_temperature_changes` derives)."""
    derived = []
    for i, g2 in enumerate(givens):
        if g2.quantity is None or g2.unit is None or g2.kind != "quantity":
            continue
        if g2.unit.is_absolute_temperature or "kelvin" in g2.unit.tags or "difference" in g2.tags:
            continue
        if not BROUGHT_TO.search(text[max(0, g2.start - 48) : g2.start]):
            continue
        earlier = [
            g1
            for g1 in givens[:i]
            if g1.quantity is not None
            and g1.unit is not None
            and g1.kind == "quantity"
            and g1.quantity.dimensionality == g2.quantity.dimensionality
        ]
        if not earlier:
            continue
        g1 = earlier[-1]
        change = g2.quantity - g1.quantity.to(g2.quantity.units)
        note = f"change = {g2.describe()} − {g1.describe()} = {format_number(change.magnitude)} {g2.unit.text}"
        derived.append(
            replace(
                g2,
                index=len(givens) + len(derived),
                text=f"{g1.text} … {g2.text}",
                quantity=change,
                number=float(change.magnitude),
                note=note,
                label=None,
                tags=frozenset(g2.tags) | {"derived_change"},
            )
        )
    return derived


_ARROW = re.compile(r"→|⟶|⇌|⇄|->|<->|\barrow\b")
_COEFFICIENT = re.compile(r"(?<![\w.^])\d+(?=\s*(?:[A-Z]|e\s*\^?\s*[-−⁻]))")


def _stoichiometric_coefficients(text: str) -> list[tuple[int, int]]:
    """The coefficients of a written reaction ('2H⁺ + 2e⁻ → H₂', '2Ni(s) + O₂(g) → 2NiO(s)'): each a number
    right before a species or an electron, in the clause that holds the arrow. They balance the
    reaction; they are no values of the question."""
    spans: list[tuple[int, int]] = []
    for arrow in _ARROW.finditer(text):
        before = text[: arrow.start()]
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"), before.rfind(". "))
        start = max(cut + 1, arrow.start() - 60)
        after = re.search(
            r"[,;:)]|\.\s|\.$|\s(?:at|in|with|if|has|is|and\s+the)\s", text[arrow.end() :]
        )
        end = arrow.end() + min(after.start() if after else 60, 60)
        for m in _COEFFICIENT.finditer(text, start, end):
            lead = text[start : m.start()].rstrip()
            # a coefficient opens a side of the reaction: first in the clause, or after '+' or the arrow
            attached = m.end() < len(text) and text[m.end()].isalpha()  # '2H⁺', '2e⁻', '2NiO'
            if (
                lead
                and not attached
                and not lead.endswith(("+", "→", "⟶", "⇌", "⇄", ">", "arrow", "("))
            ):
                continue
            spans.append((m.start(), m.end()))
    return spans


def _temperature_changes(text: str, givens: list[Given]) -> list[Given]:
    """A derived ΔT for 'from T1 to T2' and 'between T1 and T2' (T2 − T1, a difference)."""
    derived = []
    temps = [
        g
        for g in givens
        if g.quantity is not None
        and g.unit is not None
        and (g.unit.is_absolute_temperature or "kelvin" in g.unit.tags)
        and "difference" not in g.tags
    ]
    for a, b in itertools.pairwise(temps):
        gap = text[a.end : b.start]
        if not (
            (len(gap) <= 40 and _TEMPERATURE_GAP.match(gap))
            or (len(gap) <= 160 and _TEMPERATURE_LATER.search(gap))
        ):
            continue
        t1, t2 = a.quantity.to("K"), b.quantity.to("K")
        from ...units import get_registry

        ureg = get_registry()
        delta = ureg.Quantity((t2 - t1).to("kelvin").magnitude, "delta_degC")
        note = f"ΔT = {b.describe()} − {a.describe()} = {format_number(delta.magnitude)} K"
        derived.append(
            Given(
                len(givens) + len(derived),
                "delta_t",
                f"{a.text} … {b.text}",
                a.start,
                b.end,
                quantity=delta,
                number=delta.magnitude,
                before=a.before,
                after=b.after,
                sources=a.sources | b.sources,
                note=note,
                tags=frozenset({"difference"}),
            )
        )
    return derived


# ---------------------------------------------------------------- requested unit
_REQUEST_PATTERNS = [
    # '(in MPa)', '(answer in units of J/mol)', and the label form '(Unit: m/s^2)'; a label with a power of
    # ten ('(Unit: 10^7 rad/s)') asks for the mantissa, so it is not read as a plain unit here
    re.compile(
        r"\(\s*(?:(?:answer\s+)?in(?:\s+units\s+of)?\s+|units?\s*:\s*(?!(?:[×x]\s*)?10\s*\^))"
        r"(?P<u>[^()]{0,30}(?:\([^()]*\)[^()]{0,10})?)\s*\)",
        re.I,
    ),
    re.compile(
        r"\b(?:expressed|express(?:\s+it|\s+your\s+answer)?|give\s+(?:it|your\s+answer|the\s+answer)|"
        r"answer|report(?:\s+it)?|result)\s+in(?:\s+units\s+of)?\s+(?P<u>[^\s,;?]+"
        # 'in μC / m', 'in N · m^2 / C' (spaces around '/' and '·', as TeX units are written): each
        # '/ unit' or '· unit' continues the unit
        # 'kg m^-2 h^-1': up to three space-separated factors, as the bare 'in' reading takes
        r"(?:\s*[/·]\s*[^\s,;?/·]+)*(?:\s(?!per\b)[^\s,;?]+(?:\s*[/·]\s*[^\s,;?/·]+)*){0,2}"
        r"(?:\s+per\s+(?:(?:square|cubic)\s+)?[^\s,;?]+){0,2})",  # 'in J per kg per kelvin',
        # 'in kg per square metre per hour': each 'per' brings its unit
        re.I,
    ),
    re.compile(r"(?:_{2,}|\.{3,}|…|\?{2,}|\[\s*\]|=\s*\?)\s*(?P<u>[^\s,;?]+(?:\s[^\s,;?]+)?)"),
    re.compile(
        r"\bin(?:\s+units\s+of)?\s+(?P<u>[^\s,;?]+(?:\s(?!per\b)[^\s,;?]+){0,2}"
        r"(?:\s+per\s+(?:(?:square|cubic)\s+)?[^\s,;?]+){0,2})",
        re.I,
    ),
    re.compile(r"\bhow\s+many\s+(?P<u>[^\s,;?]+(?:\s[^\s,;?]+){0,6})", re.I),
    re.compile(
        r"\s\((?!\s*units?\s*:)(?P<u>[^()\d\s][^()]{0,14}(?:\([^()]*\)[^()]{0,6})?)\)", re.I
    ),
]
_PAREN_PATTERN = len(_REQUEST_PATTERNS) - 1
# 'in 10^-3 mol', 'in units of 10^6 m s^-1': a unit with a power of ten in front (the answer is read in
# the unit; the power of ten only scales how the number is written)
# 'The unit of the answer is kJ mol^-1' (SciBench's own prompt), 'the answer should be in nm'
_ANSWER_UNIT_IS = (
    r"\bunits?\s+of\s+(?:the|your)\s+(?:final\s+)?answer\s+(?:is|should\s+be|must\s+be)"
)
_SCALED_PATTERN = re.compile(
    r"(?:\b(?:answer|result|expressed|express|report)\s+in(?:\s+units\s+of)?|\bin\s+units\s+of|"
    + _ANSWER_UNIT_IS
    + r")\s+"
    r"(?P<u>(?:[×x]\s*)?10\s*\^\s*[-+]?\d+\s+[^\s,;?]+(?:\s[^\s,;?]+){0,3})",
    re.I,
)
_REQUEST_PATTERNS.append(_SCALED_PATTERN)
_REQUEST_PATTERNS.append(
    re.compile(
        _ANSWER_UNIT_IS + r"\s+(?!(?:[×x]\s*)?10\s*\^)(?P<u>[^\s,;?]+(?:\s*[/·]\s*[^\s,;?/·]+)*"
        r"(?:\s[^\s,;?]+){0,2})",
        re.I,
    )
)
# 'Calculate the activation energy per atom. [eV]': a unit alone in square brackets closing the
# question (or its asking sentence) names the unit of the answer, as an answer blank would
_REQUEST_PATTERNS.append(
    re.compile(r"(?<=[.?:)])\s*\[\s*(?P<u>[^\[\]\d\s_][^\[\]]{0,24}?)\s*\]\s*[.?]?\s*$")
)
_ANYWHERE_OK = re.compile(
    r"^\s*(?:[?.,;:)]|$)|^\s*(?:of|for|if|when|that|required|needed|will|would|is|are|"
    r"does|do|at|to|and|after|in|under|using|assuming|per)\b",
    re.I,
)


# 'ρ linear in T', 'quadratic in x', 'exponential in 1/T': the variable a law depends on, not a unit
_FUNCTION_OF = re.compile(
    r"\b(?:linear(?:ly)?|quadratic(?:ally)?|exponential(?:ly)?|polynomial|logarithmic(?:ally)?)"
    r"\s+in\s*$",
    re.I,
)


def _try_request(s: str) -> tuple[ParsedUnit | None, str]:
    s = re.split(r"\.(?:\s|$)", s.strip())[0]  # a sentence ends the unit: 'in MPa. A cylinder ...'
    s = re.sub(r"^(?:[×x]\s*)?10\s*\^\s*[-+]?\d+\s+", "", s)  # 'in 10^-3 mol': the unit is mol
    tokens = s.strip().split(" ")
    for k in range(len(tokens), 0, -1):
        cand = " ".join(tokens[:k]).strip().rstrip(".,:;?")
        while cand.endswith(")") and cand.count(")") > cand.count("("):
            cand = cand[:-1].rstrip(".,:;?")
        if not cand or (cand[0].isdigit() and not cand.startswith("1/")):
            continue
        parsed = parse_unit(cand)
        if parsed is not None and not names_a_concept(cand, " " + " ".join(tokens[k:])):
            return parsed, cand
    return None, ""


def find_requested(text: str) -> list[Requested]:
    """Units the question asks for ('in μm', '(in Amperes)', 'is ___ MPa', 'how many hours')."""
    found: list[Requested] = []
    taken: list[tuple[int, int]] = []
    for pat in _REQUEST_PATTERNS:
        for m in pat.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            utext = m.group("u")
            if pat is _REQUEST_PATTERNS[4]:  # 'how many vacancies are there per m^3'
                # 'how many photons does it emit per second': the count and its 'per' unit, the
                # auxiliary and verb between them dropped
                per = re.match(
                    r"(\S+)\s+(?:does|do|did|will|would|can|could)\s+(?:(?!per\b)\w+\s+){1,2}"
                    r"(per\s+\S+)",
                    utext,
                    re.I,
                )
                if per:
                    utext = f"{per.group(1)} {per.group(2)}"
                # 'how many more minutes', 'how many additional hours': an increment, counted in the
                # unit after it (whether the answer is an increment is checked by asked_conditions)
                utext = re.sub(
                    r"^(?:more|additional|further|extra|fewer)\s+(?=[A-Za-zμµ])",
                    "",
                    utext,
                    flags=re.I,
                )
                utext = re.sub(
                    r"\b(?:are|is|will|would|be|there|exist|exists|present|contained|does|do|an?|the)\b",
                    " ",
                    utext,
                    flags=re.I,
                )
                utext = re.sub(r"\s+", " ", utext).strip()
            if re.match(r"\s*degrees?\s+of\s+freedom\b", utext, re.I):
                continue  # 'how many degrees of freedom': a count (the phase rule), not an angle
            if _FUNCTION_OF.search(text[: m.start("u")]):
                continue  # 'taking ρ linear in T': the variable of a law, not the answer's unit
            parsed, cand = _try_request(utext)
            if parsed is None:
                continue
            if "angle" in parsed.tags and cand.lower().startswith("degree"):
                parsed = _degrees_of_temperature(text, parsed)
            if (
                "count" in parsed.tags
                and long_name(parsed.units) == "dimensionless"
                and "how" not in m.group(0).lower()
            ):
                continue
            found_at = m.group("u").find(cand)
            ustart = m.start("u") + max(found_at, 0)
            uend = ustart + len(cand) if found_at >= 0 else m.end("u")
            rest = text[uend : uend + 20]
            single = len(cand) <= 1 or cand in ("mm.", "in.")
            if single and pat is not _REQUEST_PATTERNS[0] and not _ANYWHERE_OK.match(rest):
                continue
            if pat is _REQUEST_PATTERNS[3] and not (_ANYWHERE_OK.match(rest) or len(cand) > 2):
                continue
            if pat is _REQUEST_PATTERNS[3] and re.match(
                r"\s*\d",
                text[m.end("u") - len(m.group("u")) - 1 : m.end("u") - len(m.group("u")) + 1],
            ):
                continue
            if (
                pat is _REQUEST_PATTERNS[3]
                and re.match(r"^\s*(?:the|a|an|air|water|this|that)\b", m.group("u"), re.I)
                and not _AMPERE_UNIT.match(m.group("u"))
            ):
                continue
            if pat is _REQUEST_PATTERNS[3] and _after_number(text, m.start()):
                continue
            if _DEFINES_A_VARIABLE.search(
                text[max(0, m.start() - 30) : m.start()]
            ) and _in_parentheses(text, m.start()):
                continue  # '(T in K and rupture time in hours)', '(time in seconds)': units of a formula
            if pat is _REQUEST_PATTERNS[_PAREN_PATTERN] and not _bare_paren_request(
                text, m, parsed, cand
            ):
                continue
            close = re.match(r"[^()]{0,3}\)", text[uend:])
            if close and _STATES_A_VALUE.match(text, uend + close.end()):
                taken.append((m.start(), m.end()))
                continue  # 'the temperature T (in K) is 1000': the unit of a given, not of the answer
            found.append(Requested(parsed, cand, ustart, uend))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda r: r.start)
    return found


# 'in A m^-1', 'in A/m', 'in A·m^2', 'in A cm^-2': a capital A with a unit continuing it is the ampere,
# not the article ('in a solution'); a lone 'A' ('30 at% of element B in A') stays unread
_AMPERE_UNIT = re.compile(r"A(?:\s*[/·]\s*|\s+)(?:c|m|k)?m\b(?:\s*\^\s*[-−]?\d)?")


# after '(in K)': a value follows, so the parenthesis gives the unit of that value
_STATES_A_VALUE = re.compile(
    r"\s*(?:(?:is|was|are|were|of|equals?|equal\s+to|=|:|≈|~)\s*)?(?:about\s+|approximately\s+|roughly\s+)?"
    r"[-+−]?(?:\d|\.\d)"
)
# a formula's variable named right before 'in <unit>' inside parentheses: '(T in K, t in hours)'
_DEFINES_A_VARIABLE = re.compile(
    r"(?:\b[A-Za-z](?:_\w+)?|(?<!\w)[ΔδΔ][A-Za-z](?:_\w+)?|\bd[A-Za-z](?:\s*/\s*d[A-Za-z])?|"
    r"\btimes?|\btemperatures?|\bstress|\blength|\benergy|\bpressure)\s*$"
)


_THERMAL_TEXT = re.compile(
    r"\b(?:temperature|heat(?:ed|ing)?|cool(?:ed|s|ing)?|warm(?:ed|s)?|thermal|hotter|colder|°C|°F)\b|°[CF]",
    re.I,
)
_ANGULAR_TEXT = re.compile(
    r"\b(?:angles?|θ|theta|diffract\w*|bragg|rotat\w*|tilt\w*|incidence|refract\w*|slip|between|"
    r"orientation|misorientation|reflection)\b|θ",
    re.I,
)


def _degrees_of_temperature(text: str, parsed: ParsedUnit) -> ParsedUnit:
    """'By how many degrees must the bar be heated?': in a text about temperature and not about angles,
    'degrees' counts a temperature change (kelvin and °C steps are equal), not an angle."""
    if not _THERMAL_TEXT.search(text) or _ANGULAR_TEXT.search(text):
        return parsed
    from ...units import get_registry

    unit = get_registry().Unit("delta_degC")
    return ParsedUnit(units=unit, text=parsed.text, tags=frozenset({"difference"}))


def _in_parentheses(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.rfind("(") > before.rfind(")")


def in_variable_unit_list(text: str, pos: int) -> bool:
    """Whether the 'in <unit>' at ``pos`` is one entry of a parenthesised list of a formula's
    variables and their units ('(T in K, t in hours)', '(da/dN in m/cycle, ΔK in MPa√m)'): the units
    the formula is written in, not an asked unit. One entry alone ('(k in W/mK)') is not read so."""
    if not (
        _DEFINES_A_VARIABLE.search(text[max(0, pos - 30) : pos]) and _in_parentheses(text, pos)
    ):
        return False
    start = text.rfind("(", 0, pos)
    end = text.find(")", pos)
    group = text[start + 1 : end if end >= 0 else len(text)]
    entries = [e for e in group.split(",") if re.search(r"\S\s+in\s+\S", e)]
    return len(entries) >= 2


# a list of numbers each before a symbol ('0.40 C, 0.75 Mn and 0.25 Mo') ending right before the
# parenthesis: the parenthesised unit labels the listed numbers
_LABELS_A_LIST = re.compile(
    r"\d\s*[A-Z][a-z]?\s*(?:,|\band\b)(?:[^()]*?\d\s*[A-Z][a-z]?\s*(?:,|\band\b))*"
    r"[^()]*?\d\s*[A-Z][a-z]?\s*$"
)


def _names_the_element(before: str, cand: str) -> bool:
    """``cand`` ('N2', 'W', 'K') is the symbol (or diatomic formula) of the element whose name ends
    ``before`` ('nitrogen gas (', 'tungsten ('): a chemical label in parentheses, not a unit."""
    sym = re.fullmatch(r"([A-Z][a-z]?)[2-4]?", cand)
    word = re.search(r"([A-Za-z]+)(?:\s+(?:gas|metal|atoms?|ions?|vapou?r))?\s*\(?\s*$", before)
    if sym is None or word is None:
        return False
    from ..code.slots import element_names  # the project's one cached name → symbol table

    return element_names().get(word.group(1).lower()) == sym.group(1)


def _bare_paren_request(text: str, m: re.Match[str], parsed: ParsedUnit, cand: str) -> bool:
    """'the stress (MPa)', 'the flux (kg/m^2·s)': a unit alone in parentheses, not after a number,
    not a part label '(a)', and in the asking part of the question."""
    if cand != m.group("u").strip() or (
        len(cand) < 2 and cand not in ("K", "m", "s", "g", "J", "N", "V", "W")
    ):
        return False
    if re.search(r"\d\s*$", text[: m.start()]):
        return False
    if _names_the_element(text[: m.start()], cand):
        return (
            False  # 'nitrogen gas (N2)', 'tungsten (W)': the element's symbol, not newton² or watt
        )
    if _LABELS_A_LIST.search(text[max(0, m.start() - 80) : m.start()]):
        return False  # '0.40 C, 0.75 Mn and 0.25 Mo (wt%)': the unit of the listed contents
    asks = list(
        re.finditer(
            r"\b(?:calculate|compute|determine|find|estimate|what|how|obtain|predict|evaluate|"
            r"which|give|express)\b",
            text[: m.start()],
            re.I,
        )
    )
    if not asks:
        from .imperative_ask import imperative_ask

        asks = [ask] if (ask := imperative_ask(text[: m.start()])) is not None else []
    return bool(asks) and "=" not in text[m.end() : m.end() + 3]


def _after_number(text: str, pos: int) -> bool:
    """'... 5 nm in diameter' style: the 'in' follows a quantity, so it is not a request."""
    return (
        re.search(r"\d\s*[A-Za-zμÅ°%/^\d.-]*\s*$", text[max(0, pos - 14) : pos]) is not None
        and re.search(r"(?:in|into|to)\s*$", text[max(0, pos - 14) : pos + 3]) is None
    )


# ---------------------------------------------------------------- what is asked
_ASK = re.compile(
    r"\b(calculate|compute|determine|find|estimate|evaluate|obtain|predict|convert|express|work\s+out|"
    r"what(?:\s+(?:is|are|was|were|will|would|should|must))?|how\s+(?:much|many|long|far|thick|"
    r"deep|high|large|fast|hot)|at\s+what|to\s+what|which(?=\s+\w+(?:\s+\w+)?\s*(?:\(|is\b|are\b|marks?\b|"
    r"corresponds?\b|will\b|would\b|must\b))|"
    # 'Where (2θ) should the 211 peak appear?': where a line appears asks its position
    r"where(?=(?:[^.?]|\.\d){0,80}\b(?:appear|occur|be\s+(?:found|observed|seen|located))\b"
    r"(?:[^.?]|\.\d){0,100}\?))\b",
    re.I,
)
_HINTS = {
    "how long": "[time]",
    "how far": "[length]",
    "how thick": "[length]",
    "how deep": "[length]",
    "how hot": "[temperature]",
    "at what temperature": "[temperature]",
    "to what temperature": "[temperature]",
    "how fast": None,
}


# 'what fraction of the alloy is α phase?', 'what percentage of the steel consists of pearlite?': the
# asked quantity is the share of the part named after the verb, not a share 'of the alloy'
_SHARE_OF_WHOLE = re.compile(
    # 'what fraction of …', or an imperative 'determine the mass fraction of …'
    r"(?:what|(?:calculate|compute|determine|find|estimate)\s+the)\s+"
    r"(?P<q>(?:(?:mass|weight|volume|mole|atom)\s+)?(?:fraction|percentage|percent|proportion))\s+"
    # 'what percentage (by mass) of the alloy is liquid?': the basis in parentheses
    r"(?:\(\s*by\s+(?P<b>mass|weight|volume|moles?|atoms?)\s*\)\s+)?"
    r"of\s+(?:the|this|that|an?)?\s*(?:total\s+)?(?:[\w\-–%.]+\s+){0,3}?"
    r"(?P<w>alloy|steel|iron|material|specimen|sample|microstructure|structure|mass|solid|casting|"
    r"metal|composite|polymer|system|melt|volume|weight)\s+(?:that\s+|which\s+)?"
    r"(?:is|are|will\s+be|would\s+be|consists?\s+of|exists?\s+as|is\s+made\s+up\s+of|"
    r"is\s+composed\s+of|is\s+present\s+as|is\s+in\s+the\s+form\s+of)\s+(?P<x>[^?.;,]+)",
    re.I,
)


# 'what percentage of pearlite, by mass, is cementite?': the share of a part (cementite) in a named
# part-whole (pearlite) that is no overall word; the asked phrase keeps both, the part first, so a
# relation whose output is the share of the whole (pearlite in the steel) is not taken for it
_SHARE_OF_PART = re.compile(
    r"what\s+(?P<q>(?:(?:mass|weight|volume|mole|atom)\s+)?(?:fraction|percentage|percent|proportion))\s+"
    r"of\s+(?P<a>[^?.;,]{1,60}?)\s*(?:,\s*by\s+(?:mass|weight|volume)\s*,\s*)?\s(?:is|are)\s+"
    r"(?P<x>[^?.;,]+)",
    re.I,
)
# a state or a participle after 'is' ('is vacant', 'is transmitted', 'is complete'): not a part
_STATE_WORD = re.compile(r"^(?:\w+(?:ed|ant|ent|ete|ble)|carried|made|present|in|at|by|on)\b", re.I)


# 'θ (not 2θ)', 'the radius, not the diameter,', 'the fraction rather than the percentage': an
# alternative the question rules out names no asked quantity
_NEGATED_ALTERNATIVE = re.compile(
    r"\s*\(\s*(?:not|rather\s+than|instead\s+of)\s[^()]{1,40}\)"
    r"|,\s*(?:and\s+)?not\s+(?:the\s+|its\s+|a\s+|an\s+)?[^,.;:?()]{1,40},"
    r"|\s+(?:rather\s+than|instead\s+of)\s+(?:the\s+|its\s+|a\s+|an\s+)?[^,.;:?()]{1,40}?(?=[,.;:?]|$)",
    re.I,
)


def negated_alternatives(text: str) -> list[str]:
    """The alternatives an asking sentence rules out, as written ('θ (not 2θ)' → [' (not 2θ)'])."""
    return [m.group(0) for m in _NEGATED_ALTERNATIVE.finditer(text)]


def without_negated_alternatives(text: str) -> str:
    """``text`` without the alternatives an asking sentence rules out ('θ (not 2θ)' → 'θ')."""
    return _NEGATED_ALTERNATIVE.sub(lambda m: "," if m.group(0).endswith(",") else "", text)


def _asking_matches(text: str) -> tuple[list[re.Match[str]], bool]:
    """The asking words of ``text``; with none, the verb of a sentence that asks by an unlisted
    imperative ('Deduce the atomic radius …'), flagged True so it is read as 'find'."""
    from .imperative_ask import imperative_ask
    from .purpose_ask import asking_matches

    matches = asking_matches(_ASK, text)
    if matches:
        return matches, False
    imperative = imperative_ask(text)
    return ([imperative], True) if imperative is not None else ([], False)


def _after_heading_colon(phrase: str) -> str:
    """'Find: the load, in N, at which …': the colon after the asking word opens the asked phrase, it
    does not end it (only a colon right after the word, with the phrase on the same line)."""
    m = re.match(r"[ \t]*:[ \t]*(?=\S)", phrase)
    return " " + phrase[m.end() :] if m else phrase


def blank_subject(subject: str) -> str:
    """The noun phrase before an answer blank ('… is ____ g/cm³') without a lead-in clause that a comma
    closes ('Working from the radius alone, the density of iron' → 'the density of iron') and without a
    bracketed note of the unit ('the energy change (in MJ/m³, negative for a decrease)')."""
    subject = re.sub(r"\(\s*in\s[^()]*\)", " ", subject, flags=re.I)
    lead = list(re.finditer(r",\s+(?=(?:the|its|their|this|these|that)\s)", subject, re.I))
    return subject[lead[-1].end() :] if lead else subject


def target_phrase(text: str) -> tuple[str, str | None]:
    """The phrase naming what is asked, and a dimension implied by 'how long'-style words."""
    matches, imperative = _asking_matches(text)
    if not matches:
        # 'The radius of the largest sphere that fits in the void is ______ nm': the sentence's subject
        blank = re.search(
            r"\s(?:is|are|=|will be|would be|equals)\s*(?:_{2,}|\.{3,}|…|\?{2,}|\[\s*\])", text
        )
        if not blank:
            return ("", None)
        ends = [m.end() for m in re.finditer(r"[.?!](?:\s+|$)(?=[A-Z(])", text[: blank.start()])]
        subject = text[ends[-1] if ends else 0 : blank.start()]
        # 'Assuming Arrhenius behaviour, the activation energy is ____': the opening condition
        # clause is no part of the subject
        opening = re.match(
            r"\s*(?:assuming|taking|using|if|when|at|for|with|given|neglecting|ignoring)\b[^,]*,\s*",
            subject,
            re.I,
        )
        subject = subject[opening.end() :] if opening else subject
        subject = blank_subject(subject)  # 'Working from …, the density' → 'the density'
        stop = (
            re.search(  # a stated value or its condition ends the noun phrase, as for an asked one
                r"(?<![\w.])\d[\d.,]*(?![\w.,])|\b(?:at|when|if|with|for|given|assuming|using)\s",
                subject,
            )
        )
        subject = subject[: stop.start()] if stop else subject
        return (keytext(subject).strip(), None) if subject.strip() else ("", None)
    asking = [
        m
        for m in matches
        if not re.match(
            r"\s*(?:(?:your|the|this|that)\s+)?(?:answer|result|it)\b", text[m.end() :], re.I
        )
    ]
    m = (asking or matches)[-1]
    share = _SHARE_OF_WHOLE.match(text, m.start())
    if share is not None:  # 'what fraction of the alloy is α phase': the fraction of α phase
        part = re.split(r"\s(?:at|if|when|after|for|in|on|below|above|just)\s", share.group("x"))[0]
        basis = f"{share.group('b')} " if share.group("b") else ""
        if not basis and share.group("w").lower() in ("mass", "weight", "volume"):
            # 'what percentage of its volume is amorphous': the whole named is the basis of the share
            basis = f"{share.group('w').lower()} "
        return keytext(f"what {basis}{share.group('q')} of {part}").strip(), None
    of_part = _SHARE_OF_PART.match(text, m.start())
    if of_part is not None and not _STATE_WORD.match(of_part.group("x").strip()):
        part = re.split(r"\s(?:at|if|when|after|for|in|on|below|above|just)\s", of_part.group("x"))[
            0
        ]
        whole = of_part.group("a")
        return keytext(f"what {of_part.group('q')} of {part} in {whole}").strip(), None
    # 'Where (2θ, in degrees) should the peak appear?': a symbol in parentheses right after the
    # question word names the asked quantity
    named = re.match(r"\s*\(\s*(2\s*θ|[A-Za-z]?[α-ωΑ-Ω][\w₀-₉]{0,3})\s*[,)]", text[m.end() :])
    phrase = re.sub(
        r"\(\s*(?:in\s+)?[^()\d]{0,20}(?:\([^()]*\)[^()]{0,6})?\)",
        " ",
        _after_heading_colon(text[m.end() : m.end() + 160]),
    )
    if named:
        phrase = named.group(1).replace(" ", "") + " " + re.sub(r"^\s*\([^()]*\)", " ", phrase)
    stop = re.search(  # a number ends the phrase; a symbol such as '2θ' or 'd_110' does not
        r"(?<![\w.])\d[\d.,]*(?![\w.,])|[?.;:]\s|[?.;:]$|\b(?:if|when|given|assuming|using|that|which|with|for|"
        r"at|of\s+(?:a|an)|in\s+(?:a|an))\b",
        phrase,
    )
    phrase = phrase[: stop.start()] if stop else phrase
    if not m.group(1).lower().startswith("how"):
        verb = re.search(r"\b(?:is|are|was|were|will|would|needed|required)\b", phrase)
        if verb and len(phrase[: verb.start()].split()) >= 1:
            phrase = phrase[: verb.start()]
    # 'work out the …' asks as 'find' does ('work' is no quantity here), as does an unlisted
    # imperative ('Deduce the …')
    verb = "find" if imperative or m.group(1).lower().startswith("work") else m.group(1)
    asked = keytext(verb + " " + phrase).strip()
    hint = next((v for k, v in _HINTS.items() if asked.startswith(k)), None)
    return asked, hint or count_hint(asked)


_NUMBER_OF = re.compile(
    r"^(?:\w+\s+){0,3}?(?:the\s+|a\s+)?(?:total\s+|average\s+|maximum\s+|minimum\s+)?(?:number\s+of|how\s+many)\s+"
    r"(?P<what>[a-zα-ω][\w\s\-]*?)(?:\s+per\s+(?P<per>[^,;]+?))?\s*$"
)


_COUNTED_PER = re.compile(
    r"(?:(?:a|the|one|each)\s+)?(?:unit\s+cells?|cells?|atoms?|molecules?|chains?|formula\s+units?|"
    r"repeat\s+units?|mers?|ions?|grains?|molecule)"
)


def count_hint(asked: str) -> str | None:
    """'the number of degrees of freedom', 'the number of vacancies per cubic meter': the dimension of
    a count (dimensionless, or one over the unit after 'per'). None when the counted thing is a unit
    ('the number of moles', 'the number of coulombs': an amount in that unit) or no count is asked."""
    m = _NUMBER_OF.match(asked.strip())
    if m is None:
        return None
    what = m.group("what")
    first = parse_unit(what.split()[0])
    if (
        first is not None
        and "count" not in first.tags
        and not re.match(r"degrees?\s+of\s+freedom\b", what)
    ):
        return None
    per = m.group("per")
    if not per:
        return "dimensionless"
    unit = parse_unit(per.strip())
    if unit is None or ("count" in unit.tags and not unit.units.dimensionality):
        # 'per unit cell', 'per atom': a count per count; anything else unread says nothing
        return "dimensionless" if _COUNTED_PER.fullmatch(per.strip()) else None
    from ...units import get_registry

    return str((1 / get_registry().Quantity(1, unit.units)).dimensionality)


def ask_clause(text: str) -> str:
    """The asking sentence from its last question word to its end, in keytext ('' when none)."""
    matches, _ = _asking_matches(text)
    if not matches:
        return ""
    m = matches[-1]
    end = re.search(r"[?]|\.(?:\s|$)", text[m.start() :])
    return keytext(text[m.start() : m.start() + end.start()] if end else text[m.start() :])


def count_parts(text: str) -> int:
    """Sub-questions marked (a), (b), ... or a), b) ..."""
    marks = re.findall(r"(?:^|\s)\(?([a-f])\)\s+[A-Z]", text)
    return max(1, len(set(marks)))
