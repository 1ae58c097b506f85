"""Read a model's worked answer as prose: statements, '=' chains, symbol tables and the final answer.

Language models write ``x^2 = 1^2 - 0.9^2 = 0.19, so x = √0.19 m`` (two chains in one sentence),
``L = 1 m and m = 2 × 10^-5 kg`` (two assignments joined by "and"), ``E = hc/λ, where h is Planck's
constant`` (a symbol table), ``\\boxed{2.5}``, ``Final Answer: 6 moles`` or ``Therefore, the answer is
0.9536.`` (a bare number whose unit is the question's). This module turns such text into
:class:`Statement` objects (one '=' chain each) and a :class:`FinalAnswer`; it computes nothing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .text import normalize

# a clause ends before ', so x = …', '; ', ', which gives …', ' and m = …'
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;]\s*(?=(?:so|and|then|thus|hence|therefore|which|giving|we|i\.e\.|where|or|but|while|"
    r"with|since|because|as|if|for|using|substituting|solving|from|this|that|it|the)\b)|;\s+|"
    r"\s+(?=(?:so|thus|hence|therefore|then|which\s+gives|giving|gives|yields|when|whenever|provided|"
    r"unless|this\s+(?:is|gives)|we\s+(?:get|obtain|find))\s))",
    re.I,
)
_LHS = r"[A-Za-zα-ωΑ-ΩΔ][\w']{0,12}(?:\s*/\s*[A-Za-zα-ωΑ-ΩΔ][\w']{0,8}(?:_\w{1,8})?)?"
"""A left side that names what is computed: a symbol ('t', 'ΔH_r') or a ratio of two ('V/A')."""
_AND_JOIN = re.compile(
    r"\s*(?:,\s*)?\b(?:and|vs\.?|versus)(?!\w)\s*|\s*,\s+(?=(?:\d(?:\.\d+)?\s*)?"
    r"(?:(?:erfc?|ln|log|exp|sin|cos|tan)\s*\(?\s*)?" + _LHS + r"\s*\)?\s*=)"
)
"""Assignments joined by 'and', 'vs' or a comma: 'L = 1 m and m = 2 kg', 'θ = 46.47°, 2θ = 92.9°',
'A = 2.8 m^2, V/A = 1.2 m', 'c_x = 0.353, erf z = 0.647' (a function of a symbol)."""
_WHERE = re.compile(r"(?:^|[,;.]\s*|\s)where\s+(.*)$", re.I)
_DEFINITION = re.compile(
    r"(?<![\w])(?P<sym>[A-Za-zα-ωΑ-ΩΔ√][\w']{0,8}(?:_[\w]{1,8})?)\s+(?:is|are|=|denotes|represents|stands\s+for|"
    r"be)\s+(?:the|a|an|its|our)\s+(?P<what>[a-z][a-z\- ]{2,40})",
)
_ASSIGNED = re.compile(r"(?<![\w.])(?P<sym>[A-Za-zα-ωΑ-ΩΔ][\w']{0,8}(?:_[\w]{1,8})?)\s*=")
_CODE_LINE = re.compile(
    r"^\s*(?:import\s|from\s+\w+\s+import|def\s|return\b|print\(|for\s+\w+\s+in\s|if\s.*:$|#|\w+\s*=\s*[\w.]+\()"
)

_FINAL_MARKERS = (
    # strongest first: these name the final answer explicitly
    re.compile(
        r"(?:final\s+answer|the\s+answer|answer)\s*(?:is|would\s+be|will\s+be|=|:)\s*:?\s*(?P<rest>.*)$",
        re.I,
    ),
    re.compile(r"\bboxed\b\s*(?P<rest>.*)$", re.I),
)
_CONCLUDING = re.compile(
    r"\b(?:therefore|thus|hence|so|finally|consequently|in\s+conclusion)\b|≈", re.I
)


@dataclass(frozen=True)
class Statement:
    """One '=' chain of the response, as written and normalised."""

    text: str
    sides: tuple[str, ...]
    line_no: int


@dataclass(frozen=True)
class FinalAnswer:
    """The text the response gives as its final answer, and how it was found."""

    text: str  # the part that holds the value ('6 moles', '0.9536', '2.5 × 10^-3 m')
    line: str  # the whole line it came from
    how: str  # 'boxed' | 'marker' | 'concluding' | 'last line'


def is_code(response: str) -> bool:
    """A program rather than prose (program-of-thought answers): most non-blank lines look like code."""
    lines = [ln for ln in response.splitlines() if ln.strip()]
    if not lines:
        return False
    if _parses_as_program(response):
        return True
    code = sum(bool(_CODE_LINE.match(ln)) or ln.rstrip().endswith(":") for ln in lines)
    return code >= max(2, len(lines) // 3) and any(
        re.match(r"\s*(?:import|def|print|from)\b", ln) for ln in lines
    )


def _parses_as_program(text: str) -> bool:
    """The whole text is Python defining a function or making several assignments (prose never
    parses as Python)."""
    import ast

    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return False
    kinds = [type(node).__name__ for node in tree.body]
    return "FunctionDef" in kinds or kinds.count("Assign") >= 2


_TEX_BREAKS = re.compile(
    r"\\\\(?![a-zA-Z])|\\(?:implies|Rightarrow|Longrightarrow|therefore|because|quad|qquad|iff)\b|⟹|⇒|∴|\s=>\s"
)
_TEX_DROP = re.compile(
    # '\left.' / '\right.' are TeX's empty delimiters: the dot goes with them ('\left.1 N' is 1 N)
    r"\\(?:left|right)\s*\.|"
    r"\\(?:displaystyle|textstyle|left|right|big|Big|bigg|Bigg|begin\{\w+\*?\}|end\{\w+\*?\})"
)


def _untex(raw: str) -> str:
    """TeX that hides structure from :func:`normalize`: line breaks and implication arrows become new
    lines; ``^{-6}`` inside a fraction becomes ``^(-6)`` so the fraction's braces can be read."""
    t = _TEX_DROP.sub(" ", raw)
    # '10^{-2}': a plain exponent's braces as brackets, so that a fraction holding it reads below
    t = re.sub(r"\^\s*\{\s*([-+−]?\s*[\w.]+)\s*\}", r"^(\1)", t)
    # '\log\frac{a}{b}': the whole fraction is the function's argument, not only its numerator
    t = re.sub(
        r"\\(log|ln|exp|arcsin|arccos|arctan|sinh|cosh|tanh|sin|cos|tan|cot|sec|csc)"
        r"(\s*\^\s*[{(]\s*-\s*1\s*[})])?\s*(\\[dt]?frac\s*\{[^{}]*\}\s*\{[^{}]*\})",
        r"\\\1\2(\3)",
        t,
    )
    # '30^{\circ}', '30{ }^{\circ} C', '^\circ': a degree sign, not a power ('30^(°)' reads nothing)
    t = re.sub(r"(?:\{\s*\})?\s*\^\s*(?:\{\s*\\circ\s*\}|\\circ\b)", "°", t)
    t = re.sub(r"\{\s*\}", "", t)  # 'm{ }^{-2}'
    t = re.sub(r"\^\s*\(\s*([-+]?\d+)\s*\)", r"^\1", t)  # 'mol^(-1)' is mol^-1
    # 'kg-m^2/s', 'N-m': a hyphen between two unit symbols after a number is a product
    t = re.sub(r"(?<=\d )(kg|N|J|W|kW|A|eV|V|Pa|g|C|Ω)-(m|s|h|K|mol|kg|cm)\b", r"\1·\2", t)
    t = re.sub(
        r"(?<![A-Za-z])ms\s*\^\s*\{?\s*-\s*([12])\s*\}?", r"m s^-\1", t
    )  # 'ms^-1' is m/s in exams
    t = t.replace("&", " ")
    t = _TEX_BREAKS.sub("\n", t)
    for _ in range(2):
        t = re.sub(
            r"\^\s*\{([^{}]*)\}",
            lambda m: (
                "^"
                + (
                    m.group(1).strip()
                    if re.fullmatch(r"\s*-?\d+\s*", m.group(1))
                    else f"({m.group(1).strip()})"
                )
            ),
            t,
        )
        t = re.sub(r"_\s*\{([^{}]*)\}", lambda m: "_" + re.sub(r"\s+", "", m.group(1)), t)
    return t


def response_lines(response: str) -> list[str]:
    """Normalised lines of the response (LaTeX and Unicode made plain); sentences split apart."""
    out = []
    for raw in _joined_at_open_equals(re.split(r"\n+", _untex(_unbox(response)))):
        if not raw.strip():
            continue
        text = normalize(re.sub(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__", r"\1\2", raw))  # markdown bold
        # 'kg ·m^2 / s' (TeX '\\mathrm{~kg} \\cdot \\mathrm{m}^2'): a product of units, one unit
        text = re.sub(r"(?<=[A-Za-zμÅΩ])\s*·\s*(?=[A-Za-zμÅΩ])", "·", text)
        # '2.83 \\ldots × 10^-19': digits the writer cut short, not a symbol
        text = re.sub(
            r"(?<=\d)\s*(?:\\?ldots|\\?cdots|…|\.\.\.)\s*(?=[×x*]\s*10|\s|$|[)\]])", " ", text
        )
        text = inch_units(text)
        # a markdown list bullet is not a minus sign, and a list number ('4. 1400 - 2θ = …',
        # '2) ρ = …') is no factor, nor the digits of a decimal; lists may nest ('1. - x = …')
        text = re.sub(r"^(?:[-*•]\s+|\(?\d{1,2}[.)]\s+)+(?=\S)", "", text)
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z(\[])(?<!\b[A-Za-z]\.\s)", text):
            if sentence.strip():
                out.append(sentence.strip())
    return out


_OPEN_END = re.compile(r"(?:(?<!\*)\*(?!\*)|[=≈×·/÷+(−]|\s-)\s*$")
"""A line that ends in a relation sign, a binary operator or an open bracket ('Q = 8.314 ×',
'T₁ = 800 +', '= (1.2 /'): an equation or a product does not end there."""
_MAGNIFICATION_END = re.compile(
    r"(?:\b(?:at|under)\s+|\bmagnification\s+(?:of\s+)?)\d[\d,.]*\s*[×xX]\s*$", re.I
)
"""'N = 45 grains/in² at 100×': a magnification at the end of a line, not a product left open."""
_OPEN_START = re.compile(r"^\s*&?[=≈]")
"""A line that starts with a relation sign ('    = 1073 K'): the previous line's equation goes on.
(A line that starts with an operator, '× 365/120 = …', works on the result above; it stays.)"""

_CONTINUED_TERM = re.compile(r"^\s*&?\s*[-+−×·÷/]")
"""A line that starts with an operator ('& −1.207 J/K + 3.371 J/K' in an aligned sum) carries only
the last terms of an expression begun above it; a '= 24.4 J/K' below it equals the whole
expression, not these terms, so it is not joined to them."""


def _joined_at_open_equals(raw_lines: list[str]) -> list[str]:
    """Lines with one that ends in '=' or '≈' joined to the next ('T₁ = 500 °C =' over '773 K and
    T₂ = …'): an equation does not end with its sign, so the line break falls inside it. So too
    after a trailing operator or open bracket, and before a line that starts with '=' under a
    line holding a number or a relation (an equation broken over lines), unless that line is itself
    a run-on term of an expression begun further up (:data:`_CONTINUED_TERM`)."""
    out: list[str] = []
    for raw in raw_lines:
        if (
            out
            and raw.strip()
            and (
                (_OPEN_END.search(out[-1]) and not _MAGNIFICATION_END.search(out[-1]))
                or (
                    _OPEN_START.match(raw)
                    and re.search(r"[\d=≈]", out[-1])
                    and not _CONTINUED_TERM.match(out[-1])
                )
            )
        ):
            out[-1] = f"{out[-1].rstrip()} {raw.strip()}"
        elif raw.strip():
            out.append(raw)
    return out


_INCH = re.compile(
    r"(?:(?<=[\d)])\s*|(?<=[A-Za-z]/)|(?<=[A-Za-z] / ))\bin\b\.?"
    r"(?=\s*\^\s*-?\d|\s*\)\s*\^|\s*[/·×*]\s*[\d(A-Za-z]|\s*[=≈]|\s*$)"
)
"""'in' as the inch: after a number or a bracket with a power ('10^-4 in^2', '(1/100 in)^2'),
before '/' or '=' ('3 in/s', '1 in = 25.4 mm'), at the end of a line ('d = 0.5 in'), or as the
denominator of a unit ('32 grains/in^2'). Elsewhere 'in' is the word ('20 in the sample')."""


def inch_units(text: str) -> str:
    """Text with the inch written 'in' spelled 'inch', so that the unit is not dropped as a word."""
    return _INCH.sub(lambda m: m.group(0).replace("in", "inch", 1).rstrip("."), text)


def _unbox(raw: str) -> str:
    r"""'\boxed{2.5 \times 10^{-3}}' → 'boxed 2.5 \times 10^{-3}' (braces matched)."""
    out, i = [], 0
    while True:
        j = raw.find("\\boxed", i)
        if j < 0:
            out.append(raw[i:])
            return "".join(out)
        k = raw.find("{", j)
        if k < 0:
            out.append(raw[i:])
            return "".join(out)
        depth, end = 0, len(raw)
        for pos in range(k, len(raw)):
            depth += raw[pos] == "{"
            depth -= raw[pos] == "}"
            if depth == 0:
                end = pos
                break
        out.append(raw[i:j] + " boxed " + raw[k + 1 : end] + " ")
        i = end + 1


_FARAD_TOPIC = re.compile(r"capacit|farad|permittiv|dielectric|\b[μµpnm]F\b|\bF\s*/\s*m\b", re.I)
_HENRY_TOPIC = re.compile(
    r"inductan|inductor|\bhenr(?:y|ies)\b|permeabilit|\b[μµm]H\b|\bH\s*/\s*m\b", re.I
)
_FARAD_SYMBOL = re.compile(
    r"(?i:\bforces?\b|\bfaraday\b)|(?<![\w.°])(?<!\d\s)F(?:_\w+)?\s*(?:=|≈|is\b)"
)
_HENRY_SYMBOL = re.compile(
    r"(?i:\benthalp|\bheight|\bfield\s+(?:strength|intensity)|\bhydrogen|\bH\s*-\s*field)|"
    r"(?<![\w.])(?<!\d\s)H(?:_\w+)?\s*(?:=|≈|is\b)"
)
# a bare 'F' or 'H' right after a number, ending there or before '/m', 'm^-1', punctuation
_LETTER_UNIT = (
    r"(?<=[\d)])(\s*){}(?=\s*(?:/|·\s*m|m\^|\s+m\^-1)|\s*[.,;:)\]]|\s*$|\s+(?![A-Za-z(]))"
)


def unit_letters(question: str, lines: list[str]) -> list[str]:
    """The lines with a bare 'F' or 'H' after a number read as farad or henry, where the question
    is about capacitance or permittivity (inductance or permeability) and neither the question
    nor the response uses the letter as a symbol (a force F, a Faraday constant, an enthalpy or
    field H). Elsewhere 'F' after a number is too often Fahrenheit or '2F' (twice a force)."""
    # 'μ_0 = 1.257 × 10^-7 H/m', 'ε = 8.85e-12 F/m': per metre beside a permeability or
    # permittivity symbol is henry or farad per metre whatever else the letters mean
    lines = [
        re.sub(
            r"(?<=[\d)])(\s*)([HF])(?=\s*(?:/\s*m\b|·?\s*m\^-1))",
            lambda m: " henry" if m.group(2) == "H" else " farad",
            line,
        )
        if re.search(r"[μµε]", line)
        else line
        for line in lines
    ]
    text = question + "\n" + "\n".join(lines)
    swaps = []
    if _FARAD_TOPIC.search(question) and not _FARAD_SYMBOL.search(text):
        swaps.append(("F", " farad"))
    if _HENRY_TOPIC.search(question) and not _HENRY_SYMBOL.search(text):
        swaps.append(("H", " henry"))
    if not swaps:
        return lines
    out = []
    for line in lines:
        for letter, word in swaps:
            line = re.sub(_LETTER_UNIT.format(letter), word, line)
        out.append(line)
    return out


_ARROW = re.compile(r"(\s*(?:→|⟶|⟹|⇒|->|=>|\\(?:to|Rightarrow|implies)\b)\s*)")
"""An implication arrow: 'x = 2 → y = 4' states two things, it is not one '=' chain."""
_SENTENCE_END = re.compile(r"(?<=\S)\s*\.\s+(?=[=≈])")
"""'… = 1.39 g/cm^3. = (1.455 …)': a full stop (never a decimal point: a space follows it) ends a
chain; the '=' after it opens another whose left side was not written on this line."""


def split_implications(line: str) -> list[str]:
    """The statements an implication arrow joins, each apart: 'n = 6 → N = 2^5 = 32' →
    ['n = 6', 'N = 2^5 = 32']. A line is cut only where the text on both sides of the arrow
    states an equality, so a limit ('lim_x→0 …'), a reaction ('A + B → C') or a conversion named
    in words ('wt% → at%') stays whole."""
    pieces = _ARROW.split(line)  # text, arrow, text, arrow, …
    out = [pieces[0]]
    for arrow, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if _states_equality(out[-1]) and _states_equality(piece):
            out.append(piece)
        else:
            out[-1] += arrow + piece
    return out


def _states_equality(text: str) -> bool:
    """The text has an '=' or '≈' with something written on each side of it."""
    return re.search(r"\S\s*(?:=|≈)\s*\S", text) is not None


def clauses(line: str) -> list[str]:
    """Split a line into clauses that each hold at most one '=' chain.

    'x^2 = 0.19, so x = √0.19 m' → two clauses; 'L = 1 m and m = 2 kg' → two clauses; 'n = 6 →
    N = 32' → two clauses (an implication arrow joins two statements); the symbol table after
    'where' is dropped (it defines symbols, it computes nothing).
    """
    m = _WHERE.search(line)
    if m and "=" in line[: m.start()]:
        line = line[: m.start()]
    line, asides = _worded_asides(_unbracket_restatements(line))
    parts = [
        p
        for piece in split_implications(line)
        for sentence in _SENTENCE_END.split(piece)
        for p in _CLAUSE_BREAK.split(sentence)
        if p and p.strip()
    ]
    out: list[str] = []
    for part in parts:
        pieces = _AND_JOIN.split(part)
        if len(pieces) > 1 and sum("=" in p or "≈" in p for p in pieces) >= 2:
            # each joined piece may itself run on after a comma ('… and y = 0.5 at t_h, k t_h = ln 2')
            out += [q for p in pieces if p.strip() for q in _running_chain(p)]
        else:
            out += _running_chain(part)
    out = [piece for p in out for piece in _after_result(p)]
    out = [piece for p in out for piece in _for_condition(p)]
    out = [piece for p in out for piece in _value_reached_at(p)]
    out = [piece for p in out for piece in _bracketed_assignments(p)]
    # an aside goes first: it states a value beside the result, never the line's result itself
    return [p.strip() for p in [*asides, *out] if p.strip()]


_RESTATED_IN_BRACKET = re.compile(
    r"(?<=[\w%°)])\s*\(\s*(?P<sign>=|≈)\s*(?P<value>[-−+]?\d[^()=≈]*)\)"
)


def _unbracket_restatements(line: str) -> str:
    """'… = 5.08 × 10^5 A/m (= 508 emu/cm^3)': a bracket that opens with '=' after a chain's result
    restates the result (in another unit, or rounded); it is one more side of the chain, as if the
    bracket were not there."""
    return _RESTATED_IN_BRACKET.sub(
        lambda m: (
            f" {m.group('sign')} {m.group('value')}"
            if re.search(r"[=≈]", line[: m.start()])
            else m.group(0)
        ),
        line,
    )


_WORDED_ASIDE = re.compile(
    r"(?<=\S)\s+\(\s*(?:(?:[a-z]{2,}|i\.\s?e\.|cf\.|vs\.?)\s+){1,3}"
    r"(?P<inner>[A-Za-zα-ωΑ-ΩΔ][\w′'{}^]{0,8}\s*(?:=|≈)\s*[^()=≈,;]*\d[^()=≈,;]*)"
    r"(?:[,;][^()=≈]*)?\)"
)


def _worded_asides(line: str) -> tuple[str, list[str]]:
    """'σ = F/A = 191.0 MPa (below σ_y = 250 MPa, so elastic)': a bracket after a result that opens
    with words and holds an assignment compares the result with another value (or names the
    condition it holds at); the assignment is a statement of its own, not one more side of the
    chain, and the words around it are a remark ('so ρ_a ≈ 1.12 g/cm³ (and ρ_c ≈ 1.22 g/cm³)': the
    line's result is still ρ_a). Returns the line without such brackets and the assignments they
    hold."""
    asides: list[str] = []
    while True:
        m = _WORDED_ASIDE.search(line)
        if m is None or not re.search(r"[=≈]", line[: m.start()]):
            return line, asides
        asides.append(m.group("inner").strip())
        line = line[: m.start()] + line[m.end() :]


_BRACKETED_ASSIGNMENT = re.compile(
    r"(?<=\S)\s+\(\s*(?P<inner>[A-Za-zα-ωΑ-ΩΔ][\w′'{}^]{0,8}\s*(?:=|≈)\s*[^()=≈]*\d[^()=≈]*)\)"
    r"(?=\s*(?:[.,;]|and\b|$))"
)


def _bracketed_assignments(part: str) -> list[str]:
    """'1/ρ_a = 0.896 + 0.038 = 0.934 (ρ_a = 1.070 g/cm³)': a bracketed assignment after a result
    is a statement of its own (here the reciprocal's value), not one more side of the chain."""
    m = _BRACKETED_ASSIGNMENT.search(part)
    if m is None or not re.search(r"[=≈]", part[: m.start()]):
        return [part]
    rest = part[: m.start()] + part[m.end() :]
    return [*_bracketed_assignments(rest), m.group("inner")]


_NEW_CHAIN = re.compile(
    r"(?<=\S)(?:\.\s+(?![×*/+\-−·^=≈])|\s*:\s+(?=[A-Za-zα-ωΑ-ΩΔ][^=:]{0,40}[=≈])|"
    r"(?<![=≈×*/+\-−·^(])\s+(?=(?i:the)\s+(?:[A-Za-z][\w\-]*\s+){1,4}"
    r"(?i:is|are|becomes|equals|comes\s+to)\s))"
)
"""A full stop (a space after it: never a decimal point) before anything but an operator ('… =
12 mm. t = …', '… = 180 min. d^2 = …', '… m^-3. 1 ppm of atoms: p = …'), a colon before a new
assignment, or a clause naming a quantity ('With k = 3 the time ratio is 2^(1/3) = …') ends a
chain."""


def _after_result(part: str) -> list[str]:
    """'a = 1.0 mm: σ_c = 40/√(π · 0.001) = 714 MPa', '… = 51.3 K. Uniaxial restraint: ΔT = …':
    once a clause holds an '=', a colon or a full stop that leads to another '=' starts a new
    chain; the value before it is not equal to what follows."""
    out = [part]
    while True:
        last = out[-1]
        for m in _NEW_CHAIN.finditer(last):
            if re.search(r"[=≈]", last[: m.start()]) and re.search(r"[=≈]", last[m.end() :]):
                out[-1:] = [last[: m.start()], last[m.end() :]]
                break
        else:
            return out


_FOR_CONDITION = re.compile(
    r"(?<=\S)\s+for\s+(?P<sym>[A-Za-zα-ωΑ-ΩΔ][\w']{0,8}(?:_\w{1,8})?)\s*=\s*"
    r"(?P<value>[-−]?(?:\d|\.\d)[^=≈]*?)\s*[.]?\s*$"
)


def _for_condition(part: str) -> list[str]:
    """'a = 2√2 R = 0.407 nm for R = 0.144 nm': the value after 'for' is the condition the chain
    is worked at (a given), not one more side equal to its result. It is a statement of its own;
    the chain gets the side with that value put in for the symbol ('2√2 (0.144 nm)') before its
    result, so the result is checked at the stated condition."""
    m = _FOR_CONDITION.search(part)
    if m is None or not re.search(r"[=≈]", part[: m.start()]):
        return [part]
    chain, sym, value = part[: m.start()], m.group("sym"), m.group("value").strip()
    sides = re.split(r"(=|≈)", chain)  # side, sign, side, …
    if len(sides) >= 5:
        uses = re.compile(rf"(?<![A-Za-z_'.]){re.escape(sym)}(?![\w'])")  # '4R' is 4 × R
        if uses.search(sides[-3]):
            put_in = uses.sub(f"({value})", sides[-3])
            chain = "".join([*sides[:-2], "=", f" {put_in.strip()} ", sides[-2], sides[-1]])
    return [f"{sym} = {value}", chain]  # the condition first: it is given, not the result


_REACHED_AT = re.compile(
    r"^(?P<head>[^=≈]*[A-Za-zα-ωΑ-ΩΔ][^=≈]*[=≈]\s*[-−+]?\d[\d.]*(?:\s*[×x*]\s*10\s*\^\s*\(?[-−+]?\d+\)?)?"
    r"(?:\s*[A-Za-zµμΩ°%][A-Za-zµμΩ°/^\-\d·]*)?)"
    r"\s+(?:at|when|once|after)\s+(?P<tail>[A-Za-zα-ωΑ-ΩΔ][\w\']{0,8}(?:_\w{1,8})?\s*[=≈].*)$"
)


def _value_reached_at(part: str) -> list[str]:
    """'σ = 2.5 MPa at t = τ ln(6.0/2.5) = 110.5 d', 'I/I₀ = 0.01 when t = …': a target value and
    the time (or other variable) at which it is reached are two statements; the value is the
    condition, and the chain that follows 'at' computes the variable, not the target."""
    m = _REACHED_AT.match(part.strip())
    if m is None:
        return [part]
    return [m.group("head"), m.group("tail")]


def _running_chain(part: str) -> list[str]:
    """'ln(3.3 × 10^5) = 12.71, × 0.4 = 5.086, e^5.086 = 161.7': calculations run on after commas,
    each its own chain; one that starts with an operator continues from the value before it
    ('12.71 × 0.4 = 5.086')."""
    pieces = re.split(r"\s*,\s+(?=[^,]*=)", part)
    if len(pieces) > 2 and "=" not in pieces[0] and "≈" not in pieces[0]:
        # 'At 1273 K, Q/kT = … = 8.204, exp(-8.204) = 2.74e-4': a lead-in before the first
        # equation belongs to it; the comma before the next left side still starts a new chain
        pieces = [f"{pieces[0]}, {pieces[1]}", *pieces[2:]]
    if len(pieces) < 2 or not all("=" in p and re.search(r"\d", p) for p in pieces):
        return [part]
    out = [pieces[0]]
    for piece in pieces[1:]:
        if re.match(r"\s*[×*/+−]", piece):
            before = re.split(r"=|≈", out[-1])[-1].strip()
            piece = f"{before} {piece.strip()}"
        out.append(piece)
    return out


def statements(lines: list[str]) -> list[Statement]:
    """Every '=' (or '≈') chain in the response, one per clause."""
    out = []
    for no, line in enumerate(lines):
        for clause in clauses(line):
            if "=" not in clause and "≈" not in clause:
                continue
            if re.search(r"[<>≤≥]|!=|≠", clause):
                continue  # an inequality is not a computation to re-check
            sides = tuple(p for p in re.split(r"=+>?|≈|≅|~=", clause))
            if len(sides) < 2:
                continue
            if (
                not sides[0].strip()
                and out
                and out[-1].line_no == no - 1
                and not _ends_sentence(lines[no - 1])
            ):
                # '& = (1.21 kg/m^3)(…)' under 'm g & = (ρV) g': one chain over aligned lines
                last = out[-1]
                out[-1] = Statement(f"{last.text} {clause.strip()}", last.sides + sides[1:], no)
                continue
            out.append(Statement(clause, sides, no))
    return out


def _ends_sentence(line: str) -> bool:
    """The line ends with a full stop, '!' or '?' (an ellipsis, '…' or '...', runs on): a chain
    on the next line that opens with '=' does not continue it."""
    end = line.rstrip()
    return re.search(r"[.!?]$", end) is not None and not end.endswith("..")


_TRANSFORM = re.compile(
    r"\b(?:a?sin|a?cos|a?tan|arc(?:sin|cos|tan)|sinh|cosh|tanh|ln|log\w*|exp|sqrt)\b|√|\^|[²³]|"
    r"(?:^|[^\w.)])1\s*/\s*\(?[A-Za-zα-ωΑ-ΩΔ]|\be\s*\^"
)


def transforms_symbol(left: str) -> bool:
    """The left side of a chain is a function of a symbol, not the symbol itself: 'sin θ_c',
    'ln(p/1 atm)', 'x^2', '√D', '1/τ'. The value such a chain ends in (sin θ_c = 0.658) is not the
    symbol's value (θ_c is 41.1°), so it is no result for the symbol."""
    text = re.sub(r"^.*:\s*", "", left.strip())  # 'Step 3: ln(p/1 atm)'
    return bool(re.search(r"[A-Za-zα-ωΑ-ΩΔ]", text)) and _TRANSFORM.search(text) is not None


def math_symbols(raw_question: str) -> set[str]:
    """Single letters the question typesets as mathematics ('$N$', '$x_{R}$' → 'N', 'x_R')."""
    found = set()
    for m in re.finditer(
        r"\$\s*(?:\\mathbf\{|\\boldsymbol\{)?\s*([A-Za-z])(?:_\{?(\w+)\}?)?\s*\}?\s*\$",
        raw_question,
    ):
        found.add(m.group(1) + (f"_{m.group(2)}" if m.group(2) else ""))
        found.add(m.group(1))
    return found


def defined_symbols(*texts: str) -> dict[str, str]:
    """Names the texts use as symbols, each with what it stands for: the noun of 'where V is the
    volume' ('volume'), or the unit of 'V = 2 m^3' ('m^3'), or '' when only its use is seen."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _ASSIGNED.finditer(text):
            if re.search(r"[\d)]\s*$", text[max(0, m.start() - 3) : m.start()]):
                continue  # '20 s = …': a unit after a number, not a symbol being defined
            unit = re.match(
                r"\s*[-+]?\d[\d.,]*(?:\s*[×x*]\s*10\^\(?-?\d+\)?)?\s*([A-Za-zμΩÅ°][^,;=]{0,20})?",
                text[m.end() :],
            )
            found.setdefault(m.group("sym"), (unit.group(1) or "").strip() if unit else "")
        for m in _DEFINITION.finditer(text):
            found[m.group("sym")] = m.group("what").strip()
    return {k: v for k, v in found.items() if len(k) <= 3}


def final_answer(lines: list[str]) -> FinalAnswer | None:
    """The response's final answer: boxed, 'Final Answer:', 'the answer is', a concluding line, or
    the last line with a number; None when no line carries a number.

    An explicit final answer ('Final Answer: …') in the last lines is returned even without a digit
    ('Final Answer: cannot be determined'), so that a non-numeric answer can be told apart."""
    for how, pattern in (("marker", _FINAL_MARKERS[0]), ("boxed", _FINAL_MARKERS[1])):
        for idx in range(len(lines) - 1, -1, -1):
            line = lines[idx]
            for m in pattern.finditer(line):
                rest = m.group("rest").strip()
                if not rest and idx + 1 < len(lines):
                    rest = lines[idx + 1]
                if re.search(r"\d|∞", rest) or (rest and idx >= len(lines) - 2 and how == "marker"):
                    return FinalAnswer(rest, line, how)
    checking = {i for i, ln in enumerate(lines) if _VERIFICATION.search(ln)}
    if all(i in checking for i, ln in enumerate(lines) if _HAS_VALUE.search(ln)):
        checking = set()  # every line with a value is ticked: the ticks are the working itself
    lone = (
        lines[-1]
        if len(lines) > 1 and _LONE_NUMBER.match(lines[-1]) and len(lines) - 1 not in checking
        else None
    )
    for idx in range(len(lines) - 1, -1, -1):
        line = lines[idx]
        if idx in checking:
            continue
        if _CONCLUDING.search(line) and _HAS_VALUE.search(line):
            after = [
                ln
                for k, ln in enumerate(lines[idx + 1 :], idx + 1)
                if _HAS_VALUE.search(ln) and k not in checking
            ]
            if _INTRODUCES.search(line) and after:  # '…, so the range becomes' + the result below
                return FinalAnswer(_tail_after_marker(after[-1]), after[-1], "concluding")
            tail = _tail_after_marker(line)
            if after and _formula_only(tail):  # 'so a_c = [K_Ic/(Yσ)]^2' + the numbers below
                return FinalAnswer(_tail_after_marker(after[-1]), after[-1], "last line")
            if lone is not None and idx != len(lines) - 1 and not _states_number(tail, lone):
                return FinalAnswer(lone.strip(), lone, "last line")  # a lone number closes it
            return FinalAnswer(tail, line, "concluding")
    for idx in range(len(lines) - 1, -1, -1):
        line = lines[idx]
        if _HAS_VALUE.search(line) and idx not in checking:
            return FinalAnswer(_tail_after_marker(line), line, "last line")
    return None


def _formula_only(text: str) -> bool:
    """'[K_Ic/(Yσ)]^2', '1/(R_H e)', 'ΔH/(R T)': a relation in symbols, no value. True when the
    text names a symbol that is not a unit (a letter run the unit reader does not read, or one
    with a subscript) and writes no number beyond a small integer or an exponent."""
    from .unit_text import parse_unit

    numbers = re.findall(r"(?<![\^_\w.])\d+(?:\.\d+)?", text)
    if any("." in n or int(n) > 10 for n in numbers):
        return False
    symbols = re.findall(r"[A-Za-zα-ωΑ-ΩΔ]\w*", text)
    return any("_" in sym or parse_unit(sym) is None for sym in symbols)


_VERIFICATION = re.compile(
    r"^\W*(?:[A-Za-z'’-]+\s+){0,2}?"
    r"(?:check(?:ing)?|verif(?:y|ying|ication)|back[- ]?substitution|"
    r"units?|dimensions?|dimensional\s+analysis)\s*(?:\([^()]*\))?\s*\**\s*[:—–]"
    r"|[✓✔]\W*$",
    re.I,
)
"""A line that verifies the result after it is found ('Check: 0.143 × 4/√3 = 0.330 ✓',
'Verification: …', a line ticked at its end) or analyses its units ('Units: (J/mol)/(J/(mol·K))
= K'): no statement of the final answer, and no result of the working, which the lines before
it give."""


def verification_line(line: str) -> bool:
    """The line checks a result or its units (see ``_VERIFICATION``)."""
    return _VERIFICATION.search(line) is not None


def _tail_after_marker(line: str) -> str:
    """The part of a concluding line that states the value: after its last '=', '≈' or ' is ' (a
    remark after the value, ', which is about 2 Mach', is cut off first; a ratio '1 : 2' is kept
    whole)."""
    line = value_phrase(line)
    subject = _SUBJECT_VALUE.search(line)
    if subject is not None:
        return subject.group("value").strip()
    parts = re.split(r"=|≈|≅|\bis\b|\bare\b|\bequals\b|\bbe\b|(?<!\d)(?<!\d\s):|:(?!\s*\d)", line)
    for part in reversed(parts):
        if _HAS_VALUE.search(part):
            return part.strip()
    return line


_INTRODUCES = re.compile(
    r"\b(?:becomes|become|is|are|gives|give|yields|find|get|obtain|equals|be|as\s+follows|"
    r"we\s+have|reads|so|thus|hence|therefore|then)\s*[:,]?\s*$|:\s*$",
    re.I,
)
"""A concluding line that introduces the result on the lines below it ('…, so the range becomes')."""

_HAS_VALUE = re.compile(r"\d|\bzero\b", re.I)
_LONE_NUMBER = re.compile(r"^\s*[-+−]?\d+(?:\.\d+)?\s*(?:°|%)?\s*$")
"""The response's last line is one number and nothing else ('309', '19.62°'): its final answer,
written after the working (a 'so' in a line above is part of the working), unless the concluding
line above states that same number (with its unit, which the lone number drops)."""


def _states_number(text: str, lone: str) -> bool:
    """Whether ``text`` writes the number on the line ``lone`` ('≈ 3.10 eV' and '3.10')."""
    want = float(lone.strip().rstrip("°%").strip().replace("−", "-"))
    return any(
        math.isclose(float(n), want, rel_tol=1e-9, abs_tol=1e-12)
        for n in re.findall(r"\d+(?:\.\d+)?", text)
    )


"""A line that can state a final value: a digit, or 'zero' ('the net force is equal to zero')."""

_AFTER_VALUE = re.compile(
    r"(?:,\s*|\s+\(?|;\s*)(?:which\s+is\s+(?:about|approximately|roughly|nearly|close|consistent|"
    r"reasonable|comparable|equivalent|the\s+same|slightly|much|less|greater|more|larger|smaller|"
    r"within|in\s+agreement)|i\.\s?e\.|that\s+is|where|compared\s+(?:to|with)|"
    r"as\s+(?:expected|required|found\s+above|shown\s+above)|(?:about|roughly|nearly)\s+[\d.]+\s+times|"
    r"in\s+agreement|consistent\s+with)(?![A-Za-z]).*$|,\s*(?:since|because)\b.*$",
    re.I,
)
_SUBJECT_VALUE = re.compile(
    r"(?:^|\s)(?:about|approximately|roughly|nearly|only|some)?\s*(?P<value>[-+]?\d[\d.,]*"
    r"(?:\s*[×x*]\s*10\^\s*\(?[-+]?\d+\)?)?\s*%?)\s+of\s+(?:the|all|its|these|those)\s+[^=]*?"
    r"\b(?:is|are|was|were|will\s+be|would\s+be)\b",
    re.I,
)
"""A value that is the subject ('about 2.6 × 10^-12 of the cation sites are vacant at 1000 K'):
the share stated, not the condition after the verb."""
_WORDY_PARENS = re.compile(r"\s*\((?=[^()]*\b[A-Za-z]{3,}\b)[^()]*\)")


def sentence_value(text: str) -> str:
    """The value a sentence states ('The stress at a strain of 0.15 is approximately 405 MPa' →
    'approximately 405 MPa'); text that does not open with a word is returned as it is."""
    if not re.match(r"\s*[A-Za-z][a-z]+\s", text) or not re.search(
        r"\b(?:is|are|equals|be)\b|=|≈", text
    ):
        return text
    return _tail_after_marker(text)


def value_phrase(text: str) -> str:
    """A stated value without the remark after it: '680 m/s, which is close to 2 Mach' → '680 m/s';
    '\\frac{1}{2}, i.e. the first is weaker' → the fraction; '680 m/s (2.0 times the speed of sound)'
    → '680 m/s'. Only a remark that follows a number is cut (the value is already stated); a
    bracket of words after a number ('(about twice the speed of sound)') is a remark, a bracket
    of numbers and units ('(12.2 %)', '(in µs)') is not."""
    first = re.search(r"\d", text)
    if first is None:
        return text
    head, tail = text[: first.end()], text[first.end() :]
    m = _AFTER_VALUE.search(tail)
    if m is not None:
        tail = tail[: m.start()]
    tail = _WORDY_PARENS.sub(lambda p: p.group(0) if _units_only(p.group(0)) else "", tail)
    return (head + tail).rstrip()


def _units_only(bracket: str) -> bool:
    """'(in µs)', '(in 10^5 N)', '(12.2 %)': a bracket that restates a unit or value, not a remark."""
    from .unit_text import parse_unit

    inner = re.sub(r"^\s*\(\s*(?:in\s+)?|\s*\)\s*$", "", bracket)
    inner = re.sub(r"^[-+\d.,\s×x*^()e]+", "", inner).strip()
    return not inner or parse_unit(inner) is not None


def symbols_in(text: str) -> set[str]:
    """Letter tokens of a normalised segment ('2 V' → {'V'}, '(7)/(2N)' → {'N'})."""
    return set(re.findall(r"(?<![A-Za-z_μΩα-ω])[A-Za-zμΩα-ω]{1,3}(?![A-Za-z_\d])", text))


def squared_unit_variant(segment: str) -> str | None:
    """'0.5 m^2' read as (0.5 m)^2, as prose often means it; None when the segment has no such form."""
    pattern = re.compile(r"(?<![\w.^\-])(\d+(?:\.\d+)?)\s*([A-Za-zμÅ]{1,3})\^(\d)(?![\d.])")
    if not pattern.search(segment):
        return None
    return pattern.sub(r"(\1 \2)^\3", segment)


def normalized(text: str) -> str:
    """The plain form (LaTeX, Unicode) every reader here works on."""
    return normalize(text)
