"""The elastic energy per unit length of one dislocation, E = f G b² (Hull & Bacon, *Introduction to
Dislocations*, §4.4; Callister §7.4). G in Pa, b in m, E in J/m (any energy per length asked).

The prefactor f is the one the question writes: ½ ('½Gb²', '(1/2)Gb²', 'Gb²/2', '0.5 G b²') or 1
('E ≈ Gb²'). With no formula written it is refused: the two conventions differ by a factor 2. A
formula with Poisson's ratio or a logarithm (the full edge/screw expressions) is left to the library.

The Burgers vector is the one written (b = …, 'Burgers vector of 0.256 nm'), or it is derived from
the lattice parameter a: from the a/n⟨uvw⟩ written (|b| = (a/n)√(u²+v²+w²)), or, for a perfect
dislocation in a named cubic crystal, the shortest lattice vector: FCC a/√2, BCC a√3/2, simple cubic a
(never a itself for FCC or BCC). A partial dislocation, HCP, or a written b that disagrees with the
one the lattice gives is refused or left alone. One shear modulus (a value restated in another unit
in brackets is the same modulus) and no other value may be written.
"""

from __future__ import annotations

import math
import re

from .answer import Answer
from .quantities import Given, extract, format_number
from .stated_form_common import answer, fits, magnitude, of_dimension, one_requested, refusal

_DISLOCATION = re.compile(r"\bdislocations?\b", re.I)
_ENERGY = re.compile(
    r"\b(?:line|strain|elastic|self)[\s-]+energ|\benerg(?:y|ies)\s+per\s+(?:unit\s+)?(?:length|met|nm|"
    r"nanomet|ångström|angstrom)|\bline\s+tension\b",
    re.I,
)
_RATIO = re.compile(r"\bratio\b|\bhow\s+many\s+times\b|\bwhat\s+factor\b|\bcompared\b", re.I)
_FULL_FORMULA = re.compile(r"\bpoisson\b|ν|\bln\s*\(|\blog\s*\(|\br_?0\b|\bcore\s+radius\b", re.I)
_PARTIAL = re.compile(
    r"\bpartials?\b|\bshockley\b|\bfrank\b|\bstacking\s+fault\b|\bhcp\b|\bhexagonal\b", re.I
)
# 'G b^2', 'Gb²', 'G·b^2'
_GB2 = re.compile(r"(?<![A-Za-z])G\s*[·*×]?\s*b\s*(?:\^\s*\{?\s*2\s*\}?|²)(?![\w])")
_HALF_BEFORE = re.compile(
    r"(?:\^?\(\s*1\s*/\s*2\s*\)|\(\s*1\s*\)\s*/\s*\(\s*2\s*\)|½|\b0\.5|(?<![\d.])1\s*/\s*2)"
    r"\s*[·*×]?\s*$"
)
# 'E = Gb²', 'E ≈ Gb²', 'E G b²' (the sign dropped): the energy's own symbol, not a prefactor
_SYMBOL_BEFORE = re.compile(r"(?<![A-Za-z])E\s*(?:[=≈~∼:]\s*)?$")
_OTHER_BEFORE = re.compile(r"(?:[A-Za-zα-ωΑ-Ω]|\d|\))\s*[·*×]?\s*$")
_HALF_AFTER = re.compile(r"^\s*/\s*2(?![\d.])")
_OTHER_AFTER = re.compile(r"^\s*/")
_BURGERS = re.compile(
    r"(?<![A-Za-z])(?:\(\s*a\s*/\s*(?P<n1>\d)\s*\)|\(\s*a\s*\)\s*/\s*\(\s*(?P<n3>\d)\s*\)|"
    r"a\s*/\s*(?P<n2>\d))\s*(?:[\[<⟨〈]|langle)\s*(?P<u>-?\d)\s*,?\s*(?P<v>-?\d)\s*,?\s*(?P<w>-?\d)\s*"
    r"(?:[\]>⟩〉]|rangle)"
)
_HALF_TEXT = re.compile(
    r"\^?\(\s*1\s*/\s*2\s*\)|\(\s*1\s*\)\s*/\s*\(\s*2\s*\)|(?<![\d.])1\s*/\s*2(?![\d.])"
)
_FCC = re.compile(r"\bfcc\b|\bface[\s-]*cent(?:red|ered)\b", re.I)
_BCC = re.compile(r"\bbcc\b|\bbody[\s-]*cent(?:red|ered)\b", re.I)
_SC = re.compile(r"\bsimple\s+cubic\b|\bprimitive\s+cubic\b", re.I)
_PERFECT = re.compile(r"\bperfect\b|\bunit\s+dislocation|\bfull\s+dislocation", re.I)
_B_BEFORE = re.compile(
    r"\bburgers\s+vector\b[^.;,]{0,25}$|(?<![A-Za-z])b\s*=\s*$|\|b\|\s*=\s*$", re.I
)
_A_BEFORE = re.compile(
    r"\blattice\s+(?:parameter|constant)\b[^.;,]{0,12}$|(?<![A-Za-z])a\s*=\s*$", re.I
)


def _prefactor(text: str) -> tuple[float | None, list[tuple[int, int]], str | None]:
    """(f, spans, why refused) from every 'Gb²' the text writes."""
    factors: set[float] = set()
    spans: list[tuple[int, int]] = []
    for m in _GB2.finditer(text):
        before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() : m.end() + 6]
        f = 1.0
        hb = _HALF_BEFORE.search(before)
        if hb:
            f = 0.5
            start = m.start() - (len(before) - hb.start())
        elif _OTHER_BEFORE.search(before) and not _SYMBOL_BEFORE.search(before):
            return None, [], "other"
        else:
            start = m.start()
        end = m.end()
        ha = _HALF_AFTER.match(after)
        if ha:
            f /= 2.0
            end = m.end() + ha.end()
        elif _OTHER_AFTER.match(after):
            return None, [], "other"
        factors.add(f)
        spans.append((start, end))
    if not factors:
        return None, [], None
    if len(factors) > 1 or factors == {0.25}:
        return None, spans, "two different line-energy formulas are written"
    return factors.pop(), spans, None


def _inside(g: Given, spans: list[tuple[int, int]]) -> bool:
    return any(a <= g.start < b for a, b in spans)


def try_line_energy_value(question: str) -> Answer | None:
    """E = f G b² per unit length of one dislocation; None when not that question."""
    if not isinstance(question, str) or not _DISLOCATION.search(question):
        return None
    if not _ENERGY.search(question) or _PARTIAL.search(question) or _FULL_FORMULA.search(question):
        return None
    reading = extract(question)
    text = reading.text
    ask = reading.ask_clause or text
    usable, requested = one_requested(reading)
    if not usable or reading.parts > 1 or _RATIO.search(ask):
        return None
    if requested is not None and not fits(requested, "J/m"):
        return None
    per_length = re.compile(
        r"\bper\s+(?:unit\s+)?(?:length|met(?:re|er)|nm|nanomet|ångström|angstrom)|\bline\s+energy",
        re.I,
    )
    if requested is None and not (
        per_length.search(ask)
        or (per_length.search(text) and re.search(r"\b(?:it|this|this\s+energy)\b", ask, re.I))
    ):
        return None
    f, spans, why = _prefactor(text)
    if why == "other":
        return None
    vectors = list(_BURGERS.finditer(text))
    halves = [(m.start(), m.end()) for m in _HALF_TEXT.finditer(text)]  # '(1/2)', '1/2' in prose
    skip = spans + halves + [(m.start(), m.end()) for m in vectors]
    givens = [g for g in reading.givens if g.kind != "delta_t"]
    moduli = [g for g in givens if of_dimension(g, "Pa")]
    lengths = [g for g in givens if of_dimension(g, "m")]
    numbers = [g for g in givens if g.kind == "number" and not _inside(g, skip)]
    rest = [g for g in givens if g not in moduli + lengths and g.kind != "number"]
    if rest or numbers or not moduli:
        return None
    g_values = [magnitude(g, "Pa") or 0.0 for g in moduli]
    if max(g_values) > 1.02 * min(g_values):
        return None  # two moduli: another question
    shear = g_values[0]
    bs = [
        g
        for g in lengths
        if g.label == "b" or _B_BEFORE.search(text[max(0, g.start - 40) : g.start])
    ]
    as_ = [
        g
        for g in lengths
        if g.label == "a" or _A_BEFORE.search(text[max(0, g.start - 40) : g.start])
    ]
    if len(bs) + len(as_) != len(lengths) or len(bs) > 1 or len(as_) > 1:
        return None
    b_from_a: float | None = None
    how = ""
    if as_:
        a = magnitude(as_[0], "m") or 0.0
        if len(vectors) == 1:
            m = vectors[0]
            n = int(m.group("n1") or m.group("n2") or m.group("n3"))
            u, v, w = (int(m.group(k)) for k in ("u", "v", "w"))
            b_from_a = a / n * math.sqrt(u * u + v * v + w * w)
            how = f"|b| = (a/{n})√({u}²+{v}²+{w}²) = {format_number(b_from_a * 1e9)} nm"
        elif vectors:
            return None
        elif _PERFECT.search(text) or not bs:
            fcc, bcc, sc = bool(_FCC.search(text)), bool(_BCC.search(text)), bool(_SC.search(text))
            if fcc + bcc + sc != 1:
                if not bs:
                    return refusal(
                        question,
                        "the Burgers vector is not given and cannot be derived: the crystal structure "
                        "(FCC a/√2, BCC a√3/2) is not stated",
                        requested,
                    )
            elif not _PERFECT.search(text) and not bs:
                return refusal(
                    question,
                    "the Burgers vector is not given and the dislocation is not said to be a perfect "
                    "one, so |b| does not follow from the lattice parameter",
                    requested,
                )
            else:
                b_from_a = a / math.sqrt(2) if fcc else (a * math.sqrt(3) / 2 if bcc else a)
                name = (
                    "FCC: b = a/√2" if fcc else ("BCC: b = a√3/2" if bcc else "simple cubic: b = a")
                )
                how = f"perfect dislocation, {name} = {format_number(b_from_a * 1e9)} nm"
    if bs:
        b = magnitude(bs[0], "m") or 0.0
        if b_from_a is not None and abs(b - b_from_a) > 0.03 * b_from_a:
            return refusal(
                question,
                f"the Burgers vector written ({bs[0].describe()}) disagrees with the one the lattice "
                f"gives ({format_number(b_from_a * 1e9)} nm)",
                requested,
            )
        how = f"b = {bs[0].describe()}"
    elif b_from_a is not None:
        b = b_from_a
    else:
        return None
    if f is None:
        return refusal(
            question,
            "the question does not say which line-energy convention it uses: E ≈ ½Gb² and E ≈ Gb² "
            "are both in use and differ by a factor 2",
            requested,
        )
    energy = f * shear * b * b
    return answer(
        question,
        energy,
        "J/m",
        requested,
        steps=[
            how,
            f"G = {format_number(shear / 1e9)} GPa",
            f"E = {'½' if f == 0.5 else format_number(f)} G b² = {format_number(energy)} J/m",
        ],
        relation="dislocation_line_energy",
        target="the elastic energy per unit length of the dislocation",
        note="G and b (or the lattice parameter and the Burgers vector it gives)",
    )
