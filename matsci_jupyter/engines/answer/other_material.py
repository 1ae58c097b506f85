"""A given stated for another material than the one the question asks about (issue 11, distractors).

Exam writers set the data of two materials side by side and ask about one: 'Lead has T_C = 7.19 K
and B_C(0) = 0.0803 T; niobium has T_C = 9.25 K and B_C(0) = 0.1944 T. A lead wire is held at
4.2 K. What is the largest field it can stand?', 'γ-Fe has an atomic radius of 0.1292 nm and α-Fe
one of 0.1241 nm. What atom fits an octahedral site of γ-Fe?'. The solver refuses a relation that
leaves a given unused; a given may be left aside as the other material's when all of these hold:

* the given is a quantity with a unit, and its owner (the material named last before it in its
  sentence, cut at ';') is a material B;
* the question is about a material A ≠ B: A is named in the asking sentence or, when that names
  none, in the sentence before it, and B is not named in the asking sentence;
* the data are parallel: the reading uses a given of the same dimension owned by A, and no given it
  uses is owned by B (B's values are the same kinds of data for the other material).

Another reading that binds such a given is then no reading of the question: it answers about B
(:func:`..solver._unless_aside_matters` passes over it).

Materials are elements (by name or by two-letter symbol; one-letter symbols and symbols that are
also units or words, Pa, pm, In, As, He, …, are not read), an element with a phase letter ('γ-Fe',
'α-iron': another material than 'α-Fe'), and formulas of two or more elements ('Al2O3', 'SiC').
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from .matching import Candidate
from .quantities import Given, Reading
from .sentences import sentence_at

# element symbols that are also units, prefixes or English words: never read as a material
_AMBIGUOUS_SYMBOLS = frozenset(
    {"Pa", "Pm", "Cm", "In", "As", "At", "Be", "No", "Am", "Es", "He", "Db", "Hs", "Mt", "Ds",
     "Rg", "Cn", "Nh", "Fl", "Mc", "Lv", "Ts", "Og", "Bh", "Sg", "Rf", "Md", "Lr", "Fm", "Bk",
     "Cf", "Np", "Ho", "Er", "Re", "Os", "Ge"}
)  # fmt: skip
_PHASE = r"[αβγδεθ]"
# how every reason of this module begins (the solver tells these set-asides by it)
REASON_START = "stated for "


@cache
def _elements() -> tuple[dict[str, str], dict[str, str]]:
    """(lower-case English name → symbol, symbol → symbol) of the elements read as materials."""
    from pymatgen.core.periodic_table import Element

    names = {e.long_name.lower(): e.symbol for e in Element}
    names.update({"aluminium": "Al", "caesium": "Cs", "sulphur": "S"})  # British spellings
    names.pop("lead", None)  # 'lead' is read apart: 'lead to' is a verb
    symbols = {e.symbol: e.symbol for e in Element if len(e.symbol) == 2}
    for s in _AMBIGUOUS_SYMBOLS:
        symbols.pop(s, None)
    return names, symbols


@cache
def _pattern() -> re.Pattern[str]:
    names, symbols = _elements()
    name_alt = "|".join(sorted(names, key=len, reverse=True))
    symbol_alt = "|".join(sorted(symbols, key=len, reverse=True))
    all_symbols = r"(?:[A-Z][a-z]?)"
    return re.compile(
        rf"(?:(?P<phase>{_PHASE})[-‐–]?\s?)?"
        rf"(?:(?P<formula>(?<![\w])(?:{all_symbols}\d*){{2,}}(?![\w]))"
        rf"|(?P<name>\b(?i:{name_alt})\b)"
        r"|(?P<lead>\b(?i:lead)\b(?!\s+to\b))"
        rf"|(?P<symbol>(?<![\w])(?:{symbol_alt})(?![\w]))"
        r")"
    )


def _material(m: re.Match[str]) -> str | None:
    """The material a match names ('γ:Fe', 'Pb', 'Al2O3'), or None for a false formula."""
    names, _symbols = _elements()
    phase = (m.group("phase") or "") + ":"
    if m.group("formula"):
        text = m.group("formula")
        parts = re.findall(r"[A-Z][a-z]?", text)
        from pymatgen.core.periodic_table import Element

        if not re.search(r"[a-z\d]", text):
            return None  # 'FCC', 'BCC', 'XRD': capitals alone are abbreviations, not formulas
        if any(not Element.is_valid_symbol(p) for p in parts):
            return None
        if len(set(parts)) < 2:
            return None
        return phase + text
    if m.group("name"):
        return phase + names[m.group("name").lower()]
    if m.group("lead"):
        return phase + "Pb"
    symbol = m.group("symbol")
    return phase + symbol if symbol else None


def materials(text: str) -> list[tuple[int, str]]:
    """(position, material) of each material ``text`` names, in order."""
    out = []
    for m in _pattern().finditer(text):
        found = _material(m)
        if found is not None:
            out.append((m.start(), found))
    return out


def _owner(text: str, g: Given) -> str | None:
    """The material named last before ``g`` in its sentence (cut at ';'), or None."""
    start, _end = sentence_at(text, g.start, g.end, semicolon=True)
    named = [mat for pos, mat in materials(text[start : g.start])]
    return named[-1] if named else None


@lru_cache(maxsize=256)
def _asked(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(materials the question is about, materials the asking sentence names): the asking sentence
    is the last one that asks; when it names none, the sentence before it says what 'it' is. Read
    once per question text (it is asked for every unused given of every reading)."""
    from .context_aside import ASKS
    from .sentences import spans

    found = spans(text)
    asking = [i for i, (a, b) in enumerate(found) if ASKS.search(text[a:b])]
    if not asking:
        return frozenset(), frozenset()
    i = asking[-1]
    in_ask = frozenset(mat for _p, mat in materials(text[found[i][0] : found[i][1]]))
    if in_ask:
        return in_ask, in_ask
    if i == 0:
        return frozenset(), frozenset()
    a, b = found[i - 1]
    return frozenset(mat for _p, mat in materials(text[a:b])), frozenset()


def other_material_reason(candidate: Candidate, g: Given, reading: Reading | None) -> str | None:
    """Why ``g`` is the other material's datum (see the module docstring), or None."""
    if reading is None or g.kind != "quantity" or g.quantity is None or not g.has_unit:
        return None
    text = reading.text
    owner = _owner(text, g)
    if owner is None:
        return None
    about, in_ask = _asked(text)
    if owner in about or owner in in_ask or not about:
        return None
    used = [
        b.given
        for b in candidate.bindings.values()
        if b.source == "question" and b.given is not None and b.given.kind == "quantity"
    ]
    owners = {id(h): _owner(text, h) for h in used}
    if any(o == owner for o in owners.values()):
        return None  # the reading uses a value of the other material itself
    parallel = [
        h for h in used if owners[id(h)] in about and _same_dimension(h.quantity, g.quantity)
    ]
    if not parallel:
        return None
    what = owner.split(":")
    shown = (f"{what[0]}-" if what[0] else "") + what[1]
    return (
        f"{REASON_START}{shown}, another material than the one the question asks about (its "
        f"{parallel[0].text.strip()} is used)"
    )


def _same_dimension(a: Any, b: Any) -> bool:
    try:
        return bool(a.dimensionality == b.dimensionality)
    except AttributeError:
        return False
