"""The ratio of two dislocation line energies, E ∝ G b² (Hull & Bacon, *Introduction to Dislocations*,
§4.4; Callister §7.4): the prefactor (½, or the log term of one dislocation character) is the same for
both, so it cancels and the ratio is a pure number.

Two readings, each answered only when everything it needs is written (precision first):

* **one crystal, two Burgers vectors** written in the a/n⟨uvw⟩ notation ('a⟨100⟩' and 'a/2⟨111⟩'):
  E₁/E₂ = |b₁|²/|b₂|² with |b| = (a/n)√(u²+v²+w²). At most one shear modulus, one lattice parameter
  and one metal may be written (they cancel);
* **two metals**, each given a shear modulus G and either its Burgers vector b or its lattice parameter
  a: E₁/E₂ = G₁b₁²/(G₂b₂²). With lattice parameters the two dislocations must be of one kind (one
  Burgers vector written as a/n⟨uvw⟩, or one crystal structure named for both), so b/a cancels.
  Each value belongs to the metal named just after it ('48 GPa for copper') or, failing that, to the
  last metal named before it outside the question's ask ('Cu: a = …, G = …').

Refused (left to the library, which has no such relation): a partial dislocation, Poisson's ratio or
edge and screw character named together (the prefactors differ), two crystal structures with lattice
parameters, any other value, and an ask that does not say which energy is divided by which.
"""

from __future__ import annotations

import re

from .answer import Answer
from .checks import Check
from .quantities import Given, Reading, Requested, format_number

_ENERGY = re.compile(
    r"\bline\s+energ(?:y|ies)\b|\benerg(?:y|ies)\s+per\s+unit\s+(?:dislocation\s+)?length\b|"
    r"\bline\s+tensions?\b|\bself[\s-]energ(?:y|ies)\b|\belastic\s+(?:strain\s+)?energ(?:y|ies)\b",
    re.I,
)
_DISLOCATION = re.compile(r"\bdislocations?\b", re.I)
_ASKS_RATIO = re.compile(
    r"\bratio\b|\bhow\s+many\s+times\b|\bby\s+what\s+factor\b|\bwhat\s+factor\b", re.I
)
_REFUSED = re.compile(
    r"\bpartials?\b|\bpoisson\b|ν|\bshockley\b|\bfrank\b|\bstacking\s+fault\b|\bcore\b|"
    r"\bcut[\s-]*off\b|\bln\b|\blog\b|\bmixed\b",
    re.I,
)
_EDGE = re.compile(r"\bedge\b", re.I)
_SCREW = re.compile(r"\bscrew\b", re.I)
_BURGERS = re.compile(
    r"(?<![A-Za-z])(?:\(\s*a\s*/\s*(?P<n1>\d)\s*\)|a\s*/\s*(?P<n2>\d)|a)\s*"
    r"[\[<⟨〈]\s*(?P<u>-?\d)\s*,?\s*(?P<v>-?\d)\s*,?\s*(?P<w>-?\d)\s*[\]>⟩〉]"
)
_ORDER = re.compile(
    r"\b(?:to|than|over|versus|vs\.?|relative\s+to|compared\s+(?:with|to)|against|exceeds?)\b",
    re.I,
)
_STRUCTURE = re.compile(r"\b(fcc|bcc|hcp|sc)\b|\b(face|body)[\s-]*cent(?:red|ered)\b", re.I)
_METALS = {
    "Cu": ("copper",),
    "Al": ("aluminium", "aluminum"),
    "Fe": ("iron",),
    "Ni": ("nickel",),
    "W": ("tungsten",),
    "Mo": ("molybdenum",),
    "Ag": ("silver",),
    "Au": ("gold",),
    "Pt": ("platinum",),
    "Pb": ("lead",),
    "Cr": ("chromium",),
    "Ti": ("titanium",),
    "Zn": ("zinc",),
    "Mg": ("magnesium",),
    "Nb": ("niobium",),
    "Ta": ("tantalum",),
    "V": ("vanadium",),
    "Co": ("cobalt",),
}
_MENTION = re.compile(
    "|".join(
        [rf"(?<![A-Za-z])(?P<s_{s}>{s})(?![a-z])" for s in _METALS]
        + [rf"\b(?P<n_{s}>{'|'.join(names)})\b" for s, names in _METALS.items()]
    ),
    re.I,
)


def _mentions(text: str) -> list[tuple[int, str]]:
    """(position, symbol) of each metal named, by name or (case as written) by symbol."""
    out = []
    for m in _MENTION.finditer(text):
        key = m.lastgroup or ""
        symbol = key[2:]
        if key.startswith("s_") and m.group(0) != symbol:
            continue  # a symbol is read only as written ('Al', not 'al' or 'AL')
        out.append((m.start(), symbol))
    return out


def _ask_span(text: str) -> tuple[int, int] | None:
    """The sentence that asks the ratio (the last one with a ratio word)."""
    found = None
    for m in _ASKS_RATIO.finditer(text):
        found = m
    if found is None:
        return None
    start = max(text.rfind(". ", 0, found.start()), text.rfind("? ", 0, found.start()))
    start = 0 if start < 0 else start + 2
    ends = [i for i in (text.find(". ", found.end()), text.find("?", found.end())) if i >= 0]
    return start, (min(ends) if ends else len(text))


def _is(g: Given, unit: str) -> bool:
    if g.kind != "quantity" or g.quantity is None:
        return False
    try:
        g.quantity.to(unit)
    except Exception:
        return False
    return True


def _answer(
    question: str, requested: Requested | None, ratio: float, steps: list[str], relation: str
) -> Answer:
    from ...units import get_registry

    return Answer(
        question=question,
        quantity=get_registry().Quantity(ratio, "dimensionless"),
        unit_requested=requested.text if requested else None,
        checks=[
            Check("dimension", True, "a ratio of two line energies (no unit)"),
            Check(
                "interpretation", True, "E ∝ G b²: the prefactor is the same for both and cancels"
            ),
        ],
        steps=["Relation: dislocation line energy per unit length E ∝ G b²", *steps],
        source="solver",
        relation=relation,
        target="ratio of the dislocation line energies",
    )


def _oriented(ask: str, cut: tuple[int, int], ratio: float) -> float | None:
    """The ratio as asked (first over second, or its inverse for 'how many times smaller')."""
    from .density_ratio import oriented_ratio

    oriented, comparison = oriented_ratio(ask[: cut[1]], ratio)
    if comparison == "both" or (comparison is not None and oriented < 1 - 1e-9):
        return None  # the premise ('greater') is the wrong way round
    return oriented


def try_line_energy_ratio(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """The ratio of two dislocation line energies; None when not that question (or not all written)."""
    text = reading.text
    if not (_ENERGY.search(text) and _DISLOCATION.search(text) and _ASKS_RATIO.search(text)):
        return None
    if _REFUSED.search(text) or (_EDGE.search(text) and _SCREW.search(text)):
        return None
    if requested is not None and str(requested.unit.units) != "dimensionless":
        return None
    span = _ask_span(text)
    if span is None:
        return None
    ask = text[span[0] : span[1]]
    from .irrelevant import counts_as_given

    givens = [g for g in reading.givens if counts_as_given(g, text)]
    moduli = [g for g in givens if _is(g, "GPa")]
    lengths = [g for g in givens if _is(g, "nm")]
    if any(g.kind == "quantity" and g not in moduli and g not in lengths for g in givens):
        return None
    if any(g.kind == "number" and g.label for g in givens):
        return None  # a labelled pure number (ν = 0.3, n = …): another relation
    vectors = list(_BURGERS.finditer(text))
    in_ask = [m for m in vectors if span[0] <= m.start() < span[1]]
    if len(in_ask) == 2:
        return _two_vectors(question, requested, text, ask, span, in_ask, moduli, lengths)
    return _two_metals(question, requested, text, ask, span, vectors, moduli, lengths)


def _b_squared(m: re.Match[str]) -> float:
    n = int(m.group("n1") or m.group("n2") or 1)
    u, v, w = (int(m.group(k)) for k in "uvw")
    return (u * u + v * v + w * w) / (n * n)


def _two_vectors(
    question: str,
    requested: Requested | None,
    text: str,
    ask: str,
    span: tuple[int, int],
    vectors: list[re.Match[str]],
    moduli: list[Given],
    lengths: list[Given],
) -> Answer | None:
    if len(moduli) > 1 or len(lengths) > 1 or len({s for _, s in _mentions(text)}) > 1:
        return None  # values for two crystals: not one crystal's two dislocations
    cut = (vectors[0].end() - span[0], vectors[1].start() - span[0])
    if not _ORDER.search(ask[cut[0] : cut[1]]):
        return None
    b1, b2 = _b_squared(vectors[0]), _b_squared(vectors[1])
    if b1 == 0 or b2 == 0:
        return None
    ratio = _oriented(ask, cut, b1 / b2)
    if ratio is None:
        return None
    return _answer(
        question,
        requested,
        ratio,
        [
            f"|b₁|² = {format_number(b1)} a² ({vectors[0].group(0)}), |b₂|² = {format_number(b2)} a² "
            f"({vectors[1].group(0)}); G and a are the same for both",
            f"E₁/E₂ = |b₁|²/|b₂|² = {format_number(ratio)}",
        ],
        "line_energy_ratio_burgers",
    )


def _owner(
    text: str, g: Given, mentions: list[tuple[int, str]], span: tuple[int, int]
) -> str | None:
    """The metal a value is written for (named just after it, else the last one named before it)."""
    after = text[g.end :]
    stop = re.search(r"[;.]\s|\d", after)
    window = after[: stop.start()] if stop else after
    lead = re.match(r"^\s*(?:\)|,)?\s*(?:for|in|of|\()\s*(?:the\s+)?", window, re.I)
    if lead:
        named = [s for p, s in mentions if g.end + lead.end() == p]
        if named:
            return named[0]
    before = [s for p, s in mentions if p < g.start and not span[0] <= p < span[1]]
    return before[-1] if before else None


def _two_metals(
    question: str,
    requested: Requested | None,
    text: str,
    ask: str,
    span: tuple[int, int],
    vectors: list[re.Match[str]],
    moduli: list[Given],
    lengths: list[Given],
) -> Answer | None:
    if len(moduli) != 2 or len(lengths) != 2:
        return None
    mentions = _mentions(text)
    if len({s for _, s in mentions}) != 2:
        return None
    ratio_at = max(m.start() for m in _ASKS_RATIO.finditer(ask))
    asked = [(p - span[0], s) for p, s in mentions if span[0] + ratio_at <= p < span[1]]
    if not asked:
        return None
    second = next(((p, s) for p, s in asked if s != asked[0][1]), None)
    if second is None:
        return None
    order = [asked[0][1], second[1]]
    cut = (asked[0][0], second[0])
    if not _ORDER.search(ask[cut[0] : cut[1]]):
        return None
    owner_g = {s: [g for g in moduli if _owner(text, g, mentions, span) == s] for s in order}
    owner_l = {s: [g for g in lengths if _owner(text, g, mentions, span) == s] for s in order}
    if any(len(owner_g[s]) != 1 or len(owner_l[s]) != 1 for s in order):
        return None
    kinds = {_length_kind(g) for g in lengths}
    ordered = sorted(lengths, key=lambda g: g.start)
    if _length_kind(ordered[0]) and _length_kind(ordered[1]) is None and not ordered[1].label:
        between = [g for g in moduli if ordered[0].start < g.start < ordered[1].start]
        if not between and not re.search(
            r"radius|diameter|spacing|distance", ordered[1].before, re.I
        ):
            # 'b = 0.248 nm for iron and 0.256 nm for copper': the list goes on
            kinds = {_length_kind(ordered[0])}
    if len(kinds) != 1 or None in kinds:
        return None
    if kinds == {"a"}:
        structures = {(m.group(1) or m.group(2)).lower()[:1] for m in _STRUCTURE.finditer(text)}
        one_vector = len({_b_squared(m) for m in vectors}) == 1
        if len({_b_squared(m) for m in vectors}) > 1 or (not one_vector and len(structures) != 1):
            return None  # b/a not the same for both: the two kinds of dislocation are not written
    g1, g2 = (owner_g[s][0].quantity.to("GPa").magnitude for s in order)
    l1, l2 = (owner_l[s][0].quantity.to("nm").magnitude for s in order)
    if min(g1, g2, l1, l2) <= 0:
        return None
    ratio = _oriented(ask, cut, (g1 * l1 * l1) / (g2 * l2 * l2))
    if ratio is None:
        return None
    what = "b" if kinds == {"b"} else "a (b/a is the same for both and cancels)"
    return _answer(
        question,
        requested,
        ratio,
        [
            f"{order[0]}: G = {format_number(g1)} GPa, {what} = {format_number(l1)} nm; "
            f"{order[1]}: G = {format_number(g2)} GPa, {format_number(l2)} nm",
            f"E({order[0]})/E({order[1]}) = G₁{what[0]}₁²/(G₂{what[0]}₂²) = {format_number(ratio)}",
        ],
        "line_energy_ratio_metals",
    )


def _length_kind(g: Given) -> str | None:
    """'b' for a Burgers vector, 'a' for a lattice parameter, None when the length is not said."""
    label = (g.label or "").strip()
    before = g.before.lower()[-40:]
    if label == "b" or "burgers" in before:
        return "b"
    if label == "a" or re.search(
        r"lattice\s+(?:parameter|constant)|cell\s+edge|unit\s+cell", before
    ):
        return "a"
    return None
