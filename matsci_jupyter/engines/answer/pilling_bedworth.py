"""The Pilling–Bedworth ratio of a metal and its oxide, with each density (and molar mass) assigned to
the metal or the oxide by the label written next to it.

PBR = (A_O ρ_M)/(a A_M ρ_O) (Callister & Rethwisch, ch. 17): A_O the molar mass of the oxide formula
M_aO_b, A_M the atomic weight of the metal, ρ_O and ρ_M their densities (any one density unit, the
ratio is a pure number). Questions label the densities many ways: 'ρ(Al) = 2.70', 'ρ_Al2O3 = 3.95',
'Al: 26.98 g/mol, 2.70 g/cm³; Al₂O₃: …', 'the density of nickel is … and that of NiO is …',
'… 6.67 g/cm³ for NiO'. Each value is given to the metal or the oxide whose label (formula, name,
'oxide', 'metal') is written right after it ('… for NiO') or, failing that, last before it. Two
densities written as a list ('7.13 and 5.61 g/cm³ for Zn and ZnO, respectively', 'the densities of
the metal and the oxide are … and …') follow a list of their two labels in order; a list with no
such list of labels is refused.
Molar masses not written are the formula's (standard atomic weights, pymatgen).

Answered only when the question names the Pilling–Bedworth ratio, writes one oxide formula, gives
exactly one density of the metal and one of the oxide, and asks nothing else numeric (another number
asked, even in the ratio's own sentence, is refused; a further part
asking whether the scale is protective is words, not a number, and is answered in a note:
1 ≤ PBR ≤ 2 protective, below 1 porous, above 2 liable to crack and spall). Otherwise None: the
question is left to the rest of the solver.
"""

from __future__ import annotations

import itertools
import re

from .answer import Answer
from .checks import Check
from .quantities import extract, format_number
from .text import SUBSCRIPT_DIGITS

_NAMES = re.compile(r"pilling[\s\-–—]*bedworth|\bP\s*[-–]?\s*B\s+ratio\b|\bPBR\b", re.I)
_OXIDE = re.compile(r"(?<![A-Za-z0-9])(?P<el>[A-Z][a-z]?)(?P<a>\d*)O(?P<b>\d*)(?![a-z0-9])")
_OTHER_ASK = re.compile(
    r"\b(?:calculate|compute|determine|find|estimate|what\s+is|what\s+are|how\s+(?:much|many|thick|long))\b"
    r"|^\s*what\s+(?:mass|thickness|volume|weight|fraction|percentage|time|temperature|rate|amount|"
    r"value|density|depth|number)\b",
    re.I,
)
_WORDS_ONLY = re.compile(
    r"\b(?:whether|protective|protect|why|explain|comment|discuss|predict|state|say|indicate|justify|"
    r"decide|expect(?:ed)?\s+to\s+be)\b",
    re.I,
)
# the ratio asked the other way up ('of the metal to oxide volume', 'V_metal/V_oxide'): not the PBR
_INVERTED = re.compile(
    r"\bmetal\s+(?:volume\s+)?to\s+(?:the\s+)?oxide\b|\bV_?\s*(?:m|me|metal|M)\s*/\s*V_?\s*(?:o|ox|oxide|O)\b",
    re.I,
)
_METAL_NAMES = {"aluminium": "Al", "aluminum": "Al", "caesium": "Cs", "cesium": "Cs"}


def _metal_names(symbol: str) -> list[str]:
    from pymatgen.core import Element

    # a symbol that is also an English word ('In', 'As', 'Be') is not read as a label
    names = [] if symbol in {"In", "As", "At", "Be", "No", "He", "Ho", "I"} else [symbol]
    try:
        names.append(Element(symbol).long_name.lower())
    except Exception:
        return names
    names += [n for n, s in _METAL_NAMES.items() if s == symbol]
    return names


def _mentions(text: str, oxide: str, metal: str) -> list[tuple[int, int, str]]:
    """(start, end, 'metal' | 'oxide') for every label of either written in ``text``."""
    found: list[tuple[int, int, str]] = []
    for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(oxide) + r"(?![a-z0-9])", text):
        found.append((m.start(), m.end(), "oxide"))
    for m in re.finditer(r"\b(?:oxide|scale|oxide\s+film)\b", text, re.I):
        found.append((m.start(), m.end(), "oxide"))
    for name in _metal_names(metal):
        flags = 0 if name == metal else re.I
        pattern = r"(?<![A-Za-z0-9])" + re.escape(name) + r"(?![a-z0-9]|\s*O\d|O\b)"
        for m in re.finditer(pattern, text, flags):
            found.append((m.start(), m.end(), "metal"))
    for m in re.finditer(r"\bmetal\b", text, re.I):
        found.append((m.start(), m.end(), "metal"))
    return sorted(found)


_JOIN = r"\s*(?:,\s*and|,|and|&|/)\s*(?:the\s+|its\s+|pure\s+)?"


def _listed(
    text: str, values: list[tuple[int, int]], mentions: list[tuple[int, int, str]]
) -> list[str] | bool | None:
    """Owners of two densities written as a list ('7.13 and 5.61 g/cm³ for Zn and ZnO, respectively',
    'the densities of cobalt and its oxide are 8.90 and 6.44 g/cm³'), in the order of their labels;
    False when the two values are not written as a list, None when they are but no list of the two
    labels goes with them."""
    if len(values) != 2:
        return False
    (s1, e1), (s2, e2) = values
    between = text[e1:s2]
    if not re.fullmatch(r"\s*(?:\S*\s*)?(?:,\s*and|,|and|&|/)\s*", between) or len(between) > 30:
        return False

    def pair(lo: int, hi: int) -> list[str] | None:
        inside = [m for m in mentions if lo <= m[0] and m[1] <= hi]
        for a, b in itertools.pairwise(inside):
            if a[2] != b[2] and re.fullmatch(_JOIN, text[a[1] : b[0]], re.I):
                return [a[2], b[2]]
        return None

    after = re.match(
        r"\s*(?:\S*\s*)?,?\s*(?:for|of)\s+(?:the\s+|pure\s+)?(?P<labels>[^.;?!]*?)\s*(?:,\s*)?"
        r"(?:respectively|in\s+that\s+order|resp\.)?\s*(?:[.;?!]|$)",
        text[e2:],
        re.I,
    )
    if after:
        found = pair(e2 + after.start("labels"), e2 + after.end("labels"))
        if found:
            return found
    head = max(text.rfind(c, 0, s1) for c in ".;?!") + 1
    before = re.search(
        r"(?:densit(?:y|ies)|ρ)\s+(?:of\s+)?(?:the\s+)?(?P<labels>.{3,60}?)\s*(?:are|were|:|=|is)\s*$",
        text[head:s1],
        re.I,
    ) or re.search(
        r"(?P<labels>.{3,60}?)\s*(?:densities|density)?\s*(?:are|were|:|=)\s*$", text[head:s1], re.I
    )
    if before:
        found = pair(head + before.start("labels"), head + before.end("labels"))
        if found:
            return found
    return None


def _owner(text: str, start: int, end: int, mentions: list[tuple[int, int, str]]) -> str | None:
    for s, _e, who in mentions:
        if s >= end and re.fullmatch(r"\s*(?:for|of)\s+(?:the\s+)?(?:pure\s+)?", text[end:s], re.I):
            return who
    before = [who for _s, e, who in mentions if e <= start and start - e <= 80]
    return before[-1] if before else None


def _asks_only_ratio(text: str) -> bool:
    """No sentence or joined clause other than the ratio's asks for a number ('What is the P–B
    ratio, and what mass of oxide forms …' asks two)."""
    parts = re.split(
        r"(?<=[.?!])\s+|\n+|\(\s*[b-h]\s*\)|[,;]?\s+(?:and|also|then)\s+(?=(?:what|how|calculate|"
        r"compute|determine|find|estimate)\b)",
        text,
        flags=re.I,
    )
    for sentence in parts:
        if _NAMES.search(sentence) or not _OTHER_ASK.search(sentence):
            continue
        if not _WORDS_ONLY.search(sentence):
            return False
    return True


def try_pilling_bedworth(question: str) -> Answer | None:
    """The Pilling–Bedworth ratio read from labelled densities, or None (see the module docstring)."""
    if not _NAMES.search(question):
        return None
    reading = extract(question)
    # 'Al₂O₃', 'CuSO₄': one character each, so the offsets are kept
    text = reading.text.translate(SUBSCRIPT_DIGITS)
    oxides = {(m.group("el"), m.group("a"), m.group("b")) for m in _OXIDE.finditer(text)}
    if len(oxides) != 1:
        return None
    metal, a_text, b_text = oxides.pop()
    oxide = f"{metal}{a_text}O{b_text}"
    from pymatgen.core import Composition, Element

    try:
        Element(metal)
        composition = Composition(oxide)
    except Exception:
        return None
    if _INVERTED.search(text):
        return None
    if not _asks_only_ratio(text):
        from .solver import refuse

        return refuse(
            question,
            "the question asks for another number besides the Pilling–Bedworth ratio; ask one at a time",
        )
    mentions = _mentions(text, oxide, metal)
    density_spans: list[tuple[int, int]] = []
    for g in reading.givens:
        try:
            q = g.quantity
            if g.kind == "quantity" and q is not None and q.check("[mass]/[length]**3"):
                density_spans.append((g.start, g.end))
        except Exception:
            return None
    listed = _listed(text, density_spans, mentions)
    if listed is None:
        from .solver import refuse

        return refuse(
            question,
            "the two densities are written as a list, and which is the metal's and which the "
            "oxide's is not said in the same order; write each with its label",
        )
    densities: dict[str, list[float]] = {"metal": [], "oxide": []}
    masses: dict[str, list[float]] = {"metal": [], "oxide": []}
    for g in reading.givens:
        q = g.quantity
        if g.kind != "quantity" or q is None:
            continue
        try:
            is_density = q.check("[mass]/[length]**3")
            is_molar = q.check("[mass]/[substance]")
        except Exception:
            return None
        if not (is_density or is_molar):
            continue
        if listed and is_density:
            who: str | None = listed[density_spans.index((g.start, g.end))]
        else:
            who = _owner(text, g.start, g.end, mentions)
        if who is None:
            return None
        if is_density:
            densities[who].append(float(q.to("g/cm^3").magnitude))
        else:
            masses[who].append(float(q.to("g/mol").magnitude))
    if len(densities["metal"]) != 1 or len(densities["oxide"]) != 1:
        return None
    if len(masses["metal"]) > 1 or len(masses["oxide"]) > 1:
        return None
    a = composition.get_el_amt_dict()[metal]
    m_metal = masses["metal"][0] if masses["metal"] else float(Element(metal).atomic_mass)
    m_oxide = masses["oxide"][0] if masses["oxide"] else float(composition.weight)
    rho_metal, rho_oxide = densities["metal"][0], densities["oxide"][0]
    ratio = (m_oxide * rho_metal) / (a * m_metal * rho_oxide)
    if not 0.2 <= ratio <= 6:
        return None
    if ratio < 1:
        verdict = "below 1: the oxide does not cover the metal, a porous, non-protective scale"
    elif ratio <= 2:
        verdict = "between 1 and 2: a protective scale is expected"
    else:
        verdict = "above 2: compressive stresses make the scale crack and flake, non-protective"
    from ...units import get_registry

    looked_up = [
        label for label, given in (("A_M", masses["metal"]), ("A_O", masses["oxide"])) if not given
    ]
    steps = [
        "Relation: PBR = A_O ρ_M / (a A_M ρ_O) (Callister & Rethwisch, ch. 17)",
        f"{oxide}: a = {format_number(a)} {metal} per formula unit; A_O = {format_number(m_oxide)} g/mol, "
        f"A_M = {format_number(m_metal)} g/mol",
        f"ρ_M = {format_number(rho_metal)} g/cm³ ({metal}), ρ_O = {format_number(rho_oxide)} g/cm³ ({oxide})",
        f"PBR = {format_number(m_oxide)} × {format_number(rho_metal)} / ({format_number(a)} × "
        f"{format_number(m_metal)} × {format_number(rho_oxide)}) = {format_number(ratio)}",
    ]
    notes = [f"PBR {verdict}"]
    if looked_up:
        notes.append(f"{' and '.join(looked_up)} from standard atomic weights (not given)")
    return Answer(
        question=question,
        quantity=get_registry().Quantity(ratio, "dimensionless"),
        unit_requested=None,
        checks=[
            Check("dimension", True, "a ratio of two volumes: a pure number"),
            Check(
                "givens", True, "one density of the metal and one of the oxide, each by its label"
            ),
            Check(
                "constants", True, "standard atomic weights only where a molar mass is not given"
            ),
        ],
        steps=steps,
        source="solver",
        relation="pilling_bedworth_ratio",
        target="Pilling–Bedworth ratio",
        notes=notes,
    )
