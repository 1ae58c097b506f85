"""Match a question's givens and requested dimension to relations: every consistent reading.

A candidate is one relation, one unknown symbol and one binding of the other
symbols to givens (or to a stated default, or to an element's molar mass from
pymatgen). Bindings must agree in dimension; which of several same-dimension
givens goes where is scored by the words around each number. The solver
decides among candidates; this module only enumerates and scores them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .asked import (
    asks_for_change,
    asks_other_side,
    names_other_part,
    names_output,
    own_vocabulary,
    reversed_ratio,
)
from .irrelevant import used_by_formula
from .quantities import BROUGHT_TO, CHANGED_BY, Given, Reading, Requested, format_number
from .relations import Relation, Symbol, all_relations
from .text import SUBSCRIPT_DIGITS, has_phrase, keytext
from .unit_text import long_name, unit_label

MAX_CANDIDATES_PER_UNKNOWN = 400


@dataclass(frozen=True)
class Binding:
    """The value one symbol takes in a candidate, and where it comes from."""

    symbol: str
    value: Any  # pint Quantity in the symbol's unit, or a tuple for Miller indices
    source: str  # question | default | lookup
    note: str
    score: float = 0.0
    given: Given | None = None
    substance: str | None = None  # the formula a looked-up molar mass is of


@dataclass
class Candidate:
    """One reading of the question: a relation, its unknown and the bound symbols."""

    relation: Relation
    unknown: Symbol
    bindings: dict[str, Binding]
    score: float
    sources: frozenset[int]
    unused: list[Given] = field(default_factory=list)
    unknown_score: float = 0.0
    # unused givens shown irrelevant to this reading, each with the reason (:mod:`.set_aside`)
    set_aside: list[tuple[Given, str]] = field(default_factory=list)

    def describe(self) -> str:
        parts = [f"{b.symbol}={_short(b)}" for b in self.bindings.values() if b.source != "default"]
        return f"{self.relation.name}: {self.unknown.label} from " + ", ".join(parts)


def _short(b: Binding) -> str:
    if isinstance(b.value, tuple):
        return "(" + "".join(str(i) for i in b.value) + ")"
    if isinstance(b.value, (int, float)):
        return format_number(float(b.value))
    return f"{format_number(float(b.value.magnitude))} {unit_label(b.value.units)}"


# ---------------------------------------------------------------- requirements and scores
def requirements_met(relation: Relation, key: str, labels: frozenset[str] = frozenset()) -> bool:
    """The relation's required phrases occur in ``key`` and none of its excluded ones. A required
    phrase may also be written as its symbol: 'ν = 0.33' names Poisson's ratio, 'compute ΔG' the Gibbs
    energy (``labels``: the symbols written before '=' and in the asked phrase)."""
    if any(has_phrase(key, w) for w in relation.excludes):
        return False
    return all(
        any(has_phrase(key, w) for w in group) or _group_written_as_symbol(relation, group, labels)
        for group in relation.requires
    )


def _group_written_as_symbol(
    relation: Relation, group: tuple[str, ...], labels: frozenset[str]
) -> bool:
    if not labels:
        return False
    return any(
        _alias_match(label, aliases)
        for aliases in _group_aliases(relation, group)
        for label in labels
    )


_GROUP_ALIASES: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, ...], ...]] = {}


def _group_aliases(relation: Relation, group: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The aliases of the relation's symbols whose name a phrase of ``group`` is part of (cached)."""
    cache_key = (relation.name, group)
    if cache_key not in _GROUP_ALIASES:
        _GROUP_ALIASES[cache_key] = tuple(
            sym.aliases
            for sym in relation.symbols
            if sym.aliases
            # the required word is part of the symbol's own name ('Poisson' of "Poisson's ratio"), not
            # merely of one of its keywords ('basquin exponent' does not make 'b' say Basquin)
            and any(has_phrase(keytext(sym.label), w) for w in group)
        )
    return _GROUP_ALIASES[cache_key]


def written_labels(reading: Reading) -> frozenset[str]:
    """Symbols the question writes: labels before '=' and symbol-like words of the asked phrase."""
    labels = {
        g.label for g in reading.givens if g.label and g.kind != "valence" and g.label != "order"
    }
    labels |= {
        w
        for w in re.findall(r"[^\s,;:?()]+", reading.target or "")
        if len(w) >= 2 and not w.isascii()
    }
    return frozenset(labels)


def _alias_match(label: str | None, aliases: tuple[str, ...]) -> bool:
    if not label:
        return False
    # 'D₀' is written 'D0': a subscript digit is the digit
    norm = label.replace("_", "").replace("{", "").replace("}", "").translate(SUBSCRIPT_DIGITS)
    for a in aliases:
        an = a.replace("_", "").translate(SUBSCRIPT_DIGITS)
        if len(an) <= 1 or len(norm) <= 1:
            if norm == an:
                return True
        elif norm.lower() == an.lower():
            return True
    return False


def _phrase_weight(text_key: str, phrases: tuple[str, ...], bonus: float) -> float:
    best = 0.0
    for p in phrases:
        if len(p.strip()) <= 1 and p.isascii():
            continue  # single latin letters only count as written labels ("a = ...")
        if has_phrase(text_key, p):
            best = max(best, bonus - 1 + _specificity(p))
    return best


def _specificity(phrase: str) -> float:
    """Longer phrases are stronger evidence: 'bragg angle' says more than 'angle'."""
    return 1.0 + len(keytext(phrase).split()) ** 1.5


def _located_weight(text_key: str, phrases: tuple[str, ...], *, before: bool) -> float:
    """Keyword evidence near a number: full weight right beside it, less further away."""
    best = 0.0
    for p in phrases:
        if len(p.strip()) <= 1 and p.isascii():
            continue
        pk = keytext(p).strip()
        if not pk or not has_phrase(text_key, p):
            continue
        pos = text_key.rfind(pk) if before else text_key.find(pk)
        if pos < 0:
            continue
        distance = (
            len(text_key.rstrip()) - (pos + len(pk))
            if before
            else pos - (len(text_key) - len(text_key.lstrip()))
        )
        if before and pk.endswith(" of") and distance > 1:
            # 'a bar of 250 mm' names the bar's length; in 'a specimen of brass 10 mm in diameter' the
            # 'of' links the material, and the number is named by what follows it
            continue
        if before:
            factor = 1.0 if distance <= 14 else 0.7 if distance <= 32 else 0.5
        else:
            factor = 1.0 if distance <= 3 else 0.5 if distance <= 16 else 0.25
        best = max(best, factor * _specificity(pk))
    return best


# a dimension named right after a number ('0.8 mm diameter', '5 mm thick', '2 m in length')
_OTHER_DIMENSION_AFTER = re.compile(
    r"^\s*(?:in\s+)?(?:diameter|radius|thick|thickness|wide|width|high|height|deep|depth|across|"
    r"square|on\s+a\s+side|long|length)\b",
    re.I,
)


# 'a rod of 6 mm radius', '0.5 mm in diameter': the noun right after the number says which of the two
# it is
_ROUND_SIZE_AFTER = re.compile(r"^\s*(?:in\s+)?(?P<noun>radius|radii|diameter)\b", re.I)


def named_after_as_other(symbol: Symbol, given: Given) -> bool:
    """The number is named a radius (a diameter) by the noun right after it, and ``symbol`` is the
    other one: a radius is half a diameter, never the diameter itself."""
    m = _ROUND_SIZE_AFTER.match(given.after)
    if m is None:
        return False
    noun = "diameter" if m.group("noun").lower() == "diameter" else "radius"
    other = "radius" if noun == "diameter" else "diameter"
    words = " ".join(keytext(k) for k in (*symbol.keywords, symbol.label))
    return other in words and noun not in words


# 'an initial grain radius of 10 µm', 'fibres of radius 6 µm', 'diameter d = 2 mm': the noun right
# before the number (with at most a linking word or symbol) says which of the two it is
_ROUND_SIZE_BEFORE = re.compile(
    r"\b(?P<noun>radius|radii|diameter)\s*(?:\(?[a-zA-Z_₀-₉]{1,4}\)?\s*)?"
    r"(?:of|is|was|=|:|equal\s+to|about|approximately|\s)*$",
    re.I,
)


def named_before_as_other(symbol: Symbol, given: Given) -> bool:
    """The number is named a radius (a diameter) by the noun right before it, and ``symbol`` is the
    other one: a grain radius is no grain diameter."""
    if _ROUND_SIZE_AFTER.match(given.after):
        return False  # the noun after the number decides (named_after_as_other)
    m = _ROUND_SIZE_BEFORE.search(given.before[-40:])
    if m is None:
        return False
    noun = "diameter" if m.group("noun").lower() == "diameter" else "radius"
    other = "radius" if noun == "diameter" else "diameter"
    words = " ".join(keytext(k) for k in (*symbol.keywords, symbol.label))
    return other in words and noun not in words


def given_score(symbol: Symbol, given: Given) -> float:
    """How strongly the words around ``given`` say it is ``symbol`` (0: no evidence)."""
    score = 0.0
    if given.label:
        if _alias_match(given.label, symbol.aliases):
            score += 5
        elif given.kind not in ("miller", "valence", "number") or given.label not in ("order",):
            score -= 2
    tail = " " + given.before[-48:].strip() + " "
    keywords = symbol.keywords
    if _OTHER_DIMENSION_AFTER.match(given.after):
        # 'a wire of 0.8 mm diameter': the noun after the number names it, not the 'wire of' before
        keywords = tuple(k for k in keywords if not keytext(k).strip().endswith(" of"))
    score += _located_weight(tail, keywords, before=True)
    head = " " + given.after[:32].strip() + " "
    score += _located_weight(head, symbol.keywords, before=False)
    if given.kind == "valence" and symbol.kind == "number" and "valence" in symbol.keywords:
        score += 4
    if given.label == "order" and symbol.name == "n_order":
        score += 5
    if symbol.kind == "composition" and (
        _names_the_alloy(symbol, head) or _alloy_in_brackets(symbol, given)
    ):
        score += 3
    if symbol.kind == "fraction" and _phase_share_in_wt(symbol, given):
        score += 4  # '40 wt% β': the phase named right after the wt% is the fraction's phase
    if symbol.kind == "composition":  # '0.40 wt% C' names carbon when the symbol is a C content
        for tag in given.tags:
            if tag.startswith("component:") and keytext(tag[10:]).strip() in symbol.keywords:
                score += 3
    if "count" in given.tags and symbol.kind == "number":
        for tag in given.tags:
            if tag.startswith("count:") and any(tag[6:] in k for k in symbol.keywords):
                score += 3
    return score


# 'a Pb–50 wt% Sn alloy', 'an A–40 wt% B alloy', 'a 0.45 wt% C steel': the composition written in the
# name of the alloy (Callister's notation) is the overall composition (the component the unit names was
# read into the unit, so the words after the value start with the noun)
_ALLOY_NOUN_AFTER = re.compile(r"^\s*(?:alloy|solder|steel)\b")


# 'a 1020 steel (0.20 wt% C)', 'a eutectoid steel (0.80 wt% C)': the composition in brackets right after
# the alloy's noun, alone in them, is the alloy's overall composition too
_ALLOY_NOUN_BEFORE_BRACKET = re.compile(r"\b(?:alloy|solder|steel)\s*\(\s*$", re.I)


def _alloy_in_brackets(symbol: Symbol, given: Given) -> bool:
    """The given stands alone in brackets right after 'steel', 'alloy' or 'solder' and ``symbol`` is an
    overall (alloy) composition."""
    closed = given.after.lstrip().startswith(")")
    if not closed or not _ALLOY_NOUN_BEFORE_BRACKET.search(given.before):
        return False
    return _names_the_alloy(symbol, " alloy ")


def _names_the_alloy(symbol: Symbol, head: str) -> bool:
    """The given (its words after, ``head``) is written as an alloy's name and ``symbol`` is an
    overall (alloy) composition."""
    if not _ALLOY_NOUN_AFTER.match(head):
        return False
    label = symbol.label.lower()
    return label.startswith("alloy") or "alloy of" in symbol.keywords


def target_score(symbol: Symbol, target_key: str) -> float:
    """How strongly the asked-for phrase names ``symbol``."""
    if not target_key.strip():
        return 0.0
    score = _phrase_weight(target_key, (*symbol.keywords, symbol.label), 1.0)
    words = target_key.split()
    for a in symbol.aliases:
        if (len(a) > 1 or not a.isascii()) and a.lower() in words:
            score = max(score, 3.0)
    return score


_FUNCTION_WORDS = frozenset(
    [
        "with",
        "of",
        "at",
        "to",
        "by",
        "from",
        "in",
        "into",
        "on",
        "for",
        "is",
        "are",
        "was",
        "as",
        "an",
        "a",
        "the",
        "and",
        "or",
        "per",
        "than",
        "under",
        "over",
    ]
)


# 'atomic radius $R = 0.1246 nm', 'radius r of 0.05 nm': a one-letter symbol (with a short
# subscript, TeX or not) between a quantity's name and its value still leaves the value named
_SYMBOL_AFTER_NAME = r"(?:\$?\s*[a-z](?:_\w{1,4}|[_ ]?\{\w{1,4}\})?\s*\$?\s*(?==|of\b|:))?"


@lru_cache(maxsize=1)
def _library_names() -> re.Pattern[str]:
    """One pattern for a multi-word quantity name of the library ('lattice parameter', 'yield
    strength') ending the text, optionally followed by '(...)', 'of', 'is', '=', ..."""
    names = {
        keytext(k).strip()
        for rel in all_relations()
        for sym in rel.symbols
        for k in (*sym.keywords, sym.label)
        if len(keytext(k).split()) >= 2
        and keytext(k).strip().replace(" ", "").isalpha()
        and keytext(k).split()[-1] not in _FUNCTION_WORDS
        and keytext(k).split()[0] not in _FUNCTION_WORDS
    }
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(
        r"(?<![\w])("
        + alternation
        + r")(?:s|es)?\s*(?:\([^()]*\)\s*)?"
        + _SYMBOL_AFTER_NAME
        # 'the atomic radius of Cr is 0.1249 nm': a short 'of/for <substance>' before the verb
        + r"(?:(?:of|for|in)\s+(?!a\b|an\b)[\w\-]+(?:\s+[\w\-]+){0,1}\s+(?:is|was|=|:|equals?)\s*)?"
        r"(?:of|is|was|=|:|equal to|of about|of approximately|about|approximately)?\s*$"
    )


@lru_cache(maxsize=1)
def _library_nouns() -> re.Pattern[str]:
    """One pattern for a one-word quantity name of the library ('radius', 'thickness', 'modulus') right
    before a value: 'a void of radius 0.053 nm' names a radius, whatever its dimension also fits."""
    words = {
        keytext(k).strip()
        for rel in all_relations()
        for sym in rel.symbols
        for k in (*sym.keywords, sym.label)
        if len(keytext(k).split()) == 1
        and keytext(k).strip().isalpha()
        and len(keytext(k).strip()) >= 5
        and keytext(k).strip() not in _FUNCTION_WORDS | _GENERIC_NOUNS
    }
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # 'of', '=' or ':' must follow, not 'is': in 'the time ... at a certain depth is 10 h' the value
    # belongs to the sentence's subject (the time), not to the noun before the verb
    return re.compile(
        r"(?<![\w])(" + alternation + r")(?:s|es)?\s*" + _SYMBOL_AFTER_NAME + r"(?:of|=|:)?\s*$"
    )


# one-word keywords that say little about which quantity a value is
_GENERIC_NOUNS = frozenset(
    ("after", "about", "value", "given", "under", "within", "where", "which", "while", "until")
)


@lru_cache(maxsize=4096)
def _name_before(before: str) -> str | None:
    tail = keytext(before[-48:]).rstrip()
    m = _library_names().search(tail) or _library_nouns().search(tail)
    return m.group(1) if m else None


def named_as_other(symbol: Symbol, given: Given) -> bool:
    """The words right before ``given`` name a quantity of the library that ``symbol`` is not."""
    name = _name_before(given.before)
    if name is None:
        return False
    return name not in {keytext(k).strip() for k in (*symbol.keywords, symbol.label)}


@lru_cache(maxsize=1)
def _alias_owners() -> tuple[tuple[str, str, str], ...]:
    """(alias, symbol label, unit) for every written symbol name of the library."""
    rows = set()
    for rel in all_relations():
        for sym in rel.symbols:
            for alias in sym.aliases:
                rows.add((alias, keytext(sym.label).strip(), sym.unit))
    return tuple(sorted(rows))


@lru_cache(maxsize=1)
def _state_symbols() -> frozenset[str]:
    """Names of the symbols that are a value at one of two states (D₁ at T₁, k₂ at T₂)."""
    return frozenset(name for rel in all_relations() for pair in rel.pairs for name in pair)


_GREEK_LABEL = re.compile(r"^[α-ωΑ-Ω]$")


def greek_labelled_as_other(symbol: Symbol, given: Given) -> bool:
    """The value is written after a one-letter Greek symbol ('λ = 0.0711 nm') that the library uses
    for another quantity of the same dimension, and this symbol is never written so: 'λ = 0.0711 nm'
    is a wavelength, not a lattice parameter. (A Latin letter such as 'a' or 'E' names many
    quantities and says nothing; a Greek one is rarer and its owners are listed.)"""
    label = (given.label or "").strip()
    if not _GREEK_LABEL.match(label) or given.quantity is None:
        return False
    if _alias_match(label, symbol.aliases):
        return False
    own = keytext(symbol.label).strip()
    own_words = {w for w in own.split() if len(w) >= 4}
    owners = _owners_like(symbol, lambda alias: alias == label)
    if any(o == own or own_words & {w for w in o.split() if len(w) >= 4} for o in owners):
        return False  # 'ρ' is the library's density and this is a density (of the oxide, say)
    return bool(owners)


def _owners_like(symbol: Symbol, written: Callable[[str], bool]) -> list[str]:
    """Labels of the library's symbols written so (``written(alias)``) whose dimension is ``symbol``'s."""
    from ...units import get_registry

    ureg = get_registry()
    dim = ureg.Quantity(1, symbol.unit).dimensionality
    owners = []
    for alias, owner, unit in _alias_owners():
        if not written(alias):
            continue
        try:
            if ureg.Quantity(1, unit).dimensionality == dim:
                owners.append(owner)
        except Exception:
            continue
    return owners


def labelled_as_other(symbol: Symbol, given: Given) -> bool:
    """The symbol written before '=' names another quantity of the same dimension, so the value is
    not one of the two state values of a two-state law ('D0 = 6.5e-5 m²/s' is the pre-exponential
    factor, not a diffusion coefficient at one of two temperatures). Only a qualified symbol (two or
    more characters) names one quantity."""
    label = given.label
    if symbol.name not in _state_symbols():
        return False
    if not label or given.quantity is None or _alias_match(label, symbol.aliases):
        return False
    if len(label.replace("_", "").replace("{", "").replace("}", "")) < 2:
        return False  # one letter ('E', 'D', 'n') is shared by many quantities and names none
    if label.lstrip("\\").startswith(("Δ", "δ", "Delta", "delta")):
        return False  # 'ΔG', 'ΔH': the change of a two-state law's own quantity, not another one
    own = keytext(symbol.label).strip()
    owners = _owners_like(symbol, lambda alias: _alias_match(label, (alias,)))
    return any(owner != own for owner in owners)


# ---------------------------------------------------------------- fitting a given to a symbol
_BASIS_WORDS = (
    ("vol", re.compile(r"\b(?:volume|vol)\b")),
    ("wt", re.compile(r"\b(?:mass|weight|wt)\b")),
    ("at", re.compile(r"\b(?:mole|mol|atom)\b|\bat\s*%|\batomic\s+(?:fraction|percent)")),
)


def symbol_basis(symbol: Symbol) -> str | None:
    """The basis a share symbol is on ('vol', 'wt' or 'at'), when its own names say one and only one."""
    names = " ".join(keytext(t) for t in (symbol.label, *symbol.keywords))
    found = {basis for basis, words in _BASIS_WORDS if words.search(names)}
    return next(iter(found)) if len(found) == 1 else None


_LATTICE_LABELS = ("a", "a0", "a_0", "a_o", "a₀")
_LATTICE_NAMES = frozenset(
    (
        "lattice parameter",
        "lattice constant",
        "unit cell edge",
        "edge length",
        "cell edge",
        "cube edge",
    )
)


def _lattice_parameter_as_spacing(symbol: Symbol, given: Given) -> bool:
    """'BCC iron, a = 0.2866 nm' is the cell edge, not the spacing of the diffracting planes: d equals
    a only for (100)-type planes, which the question then names (and a relation with the indices
    reads it)."""
    if keytext(symbol.label).strip() != "interplanar spacing":
        return False
    if given.label and _alias_match(given.label, _LATTICE_LABELS):
        return True
    return _name_before(given.before) in _LATTICE_NAMES


# qualifiers that make one quantity of a kind another: a true strain is no engineering strain, a
# weight-average molecular weight no number-average one
QUALIFIER_GROUPS = (
    {"true": re.compile(r"\btrue\b"), "engineering": re.compile(r"\b(?:engineering|nominal)\b")},
    {
        "number": re.compile(r"\bnumber[\s-]+average"),
        "weight": re.compile(r"\b(?:weight|mass)[\s-]+average"),
        "viscosity": re.compile(r"\bviscosity[\s-]+average"),
    },
)


def qualifiers(text: str) -> list[set[str]]:
    """Per group of :data:`QUALIFIER_GROUPS`, the members ``text`` names."""
    key = keytext(text)
    return [
        {name for name, words in group.items() if words.search(key)} for group in QUALIFIER_GROUPS
    ]


def _qualifier_conflict(symbol: Symbol, given: Given) -> bool:
    """'a true strain of 0.18' for a symbol whose names say engineering strain (and never true)."""
    name = " ".join(keytext(given.before).split()[-5:])
    names = " ".join((symbol.label, *symbol.keywords))
    for own, wanted in zip(qualifiers(name), qualifiers(names), strict=True):
        if own and wanted and not own & wanted:
            return True
    return False


def _basis_conflict(symbol: Symbol, tags: frozenset[str]) -> bool:
    """A share written on one basis ('40 wt%') for a symbol defined on another (a volume fraction).

    Mass, volume and mole shares of the same mixture differ unless the densities or molar masses are
    equal; the relation cannot take one for the other."""
    given = {t.split(":", 1)[1] for t in tags if t.startswith("composition:")}
    given = {"at" if b == "mol" else b for b in given}
    if len(given) != 1:
        return False
    basis = symbol_basis(symbol)
    return basis is not None and basis not in given


# a bare count followed by its noun and 'per metre' / '/cm' / 'per unit length' (or area, volume):
# a number per length, area or volume, not a number of things
_PER_EXTENT = re.compile(
    r"^\s*[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?\s*(?:per|/)\s*(?:unit\s+(?:length|area|volume)|"
    r"(?:square\s+|cubic\s+)?(?:meter|metre|centimeter|centimetre|millimeter|millimetre|inch|foot|"
    r"feet)s?\b|(?:m|cm|mm|km|in|ft)(?:\s*[\^²³23])?(?![a-z]))"
)


def _count_per_extent(given: Given) -> bool:
    """'400 turns per metre', '2000 turns/m': a count per length (area, volume), not a count."""
    return given.unit is None and bool(_PER_EXTENT.match(given.after))


def _volume_fraction_written_as_fraction(symbol: Symbol, given: Given) -> bool:
    """'V_f = 0.60': a volume fraction (a percent symbol) written as a bare fraction under its own symbol.
    Only a volume-fraction symbol, only a unitless value strictly between 0 and 1, and only when the value
    is written right after that symbol's alias (a bare '0.4' near 'wt% C' stays unread)."""
    return (
        "volume fraction" in symbol.label
        and given.kind == "number"
        and given.unit is None
        and given.number is not None
        and 0 < given.number < 1
        and _alias_match(given.label, symbol.aliases)
    )


def _phase_share_in_wt(symbol: Symbol, given: Given) -> bool:
    """'30 wt% proeutectoid ferrite', '40 wt% β': a wt% with no element, the phase named right after
    it, is that phase's mass fraction (the symbol labelled 'mass fraction of <that phase>')."""
    from .phase_share import names_phase_after

    return names_phase_after(symbol.label, given.tags, given.after)


def fit(symbol: Symbol, given: Given) -> tuple[Any, str] | None:
    """The given converted to the symbol's unit and a note, or None when it cannot stand for it."""
    from ...units import get_registry

    ureg = get_registry()
    if symbol.kind == "miller" or given.kind == "miller":
        return None
    q = (
        given.quantity
        if given.quantity is not None
        else (ureg.Quantity(given.number, "dimensionless") if given.number is not None else None)
    )
    if q is None:
        return None
    tags = given.tags
    written = given.describe()
    if _lattice_parameter_as_spacing(symbol, given) or _qualifier_conflict(symbol, given):
        return None
    if symbol.kind == "temperature":
        if given.unit is None or "difference" in tags or given.kind == "delta_t":
            return None
        if not (given.unit.is_absolute_temperature or "kelvin" in given.unit.tags):
            return None
        k = q.to("K")
        note = f"{symbol.label}: {written}" + (
            "" if long_name(q.units) == "kelvin" else f" = {format_number(k.magnitude)} K"
        )
        return k, note
    if symbol.kind == "temperature_difference":
        if "difference" not in tags:
            return None
        d = (
            q.to("delta_degC")
            if long_name(q.units) != "kelvin"
            else ureg.Quantity(q.magnitude, "delta_degC")
        )
        note = given.note or f"{symbol.label}: {written}"
        return d, note
    if given.kind == "delta_t" or "difference" in tags:
        return None
    if symbol.kind in ("number", "fraction", "composition"):
        if q.dimensionality != ureg.Quantity(1, "dimensionless").dimensionality:
            return None
        if _basis_conflict(symbol, tags):
            return None  # '40 wt% fibres' is no fibre volume fraction

        if symbol.kind == "composition" and "percent" not in tags:
            if _volume_fraction_written_as_fraction(symbol, given):
                value = ureg.Quantity(100 * float(given.number or 0), "percent")
                return value, f"{symbol.label}: {written} = {format_number(value.magnitude)} %"
            return None
        if symbol.kind == "number" and "percent" in tags:
            return None
        if symbol.kind == "number" and _count_per_extent(given):
            return None  # '400 turns per metre' is a density of turns, not the number of turns
        if (
            symbol.kind == "fraction"
            and "composition" in tags
            and not (
                "composition:at" in tags
                and any("mole fraction" in k or "atom fraction" in k for k in symbol.keywords)
            )
            and not _phase_share_in_wt(symbol, given)
        ):
            return None  # a wt% is no fraction of this kind; '30 at% B' is B's mole fraction
        value = q.to(symbol.unit)
        return value, f"{symbol.label}: {written}"
    if symbol.kind == "angle":
        if given.unit is None or "angle" not in given.unit.tags:
            return None
        return q.to(symbol.unit), f"{symbol.label}: {written}"
    if given.unit is None:
        return None
    target = ureg.Quantity(1, symbol.unit)
    if _angular_rate_for_cycles(symbol, given, q):
        return None
    if q.dimensionality == target.dimensionality:
        value = q.to(symbol.unit)
        note = f"{symbol.label}: " + (given.note if "derived_change" in tags else written)
        if unit_label(q.units) != unit_label(value.units):
            note += f" = {format_number(value.magnitude)} {unit_label(value.units)}"
        return value, note
    if symbol.molar_ok:
        na = ureg.avogadro_constant
        for factor, how in ((na, "× N_A"), (1 / na, "÷ N_A")):
            conv = q * factor
            if conv.dimensionality == target.dimensionality:
                value = conv.to(symbol.unit)
                return value, (
                    f"{symbol.label}: {written} per particle {how} = "
                    f"{format_number(value.magnitude)} {unit_label(value.units)}"
                    if how == "× N_A"
                    else f"{symbol.label}: {written} {how} = {format_number(value.magnitude)} "
                    f"{unit_label(value.units)} per particle"
                )
    return None


def _angular_rate_for_cycles(symbol: Symbol, given: Given, q: Any) -> bool:
    """An angular frequency ('3.0 × 10^15 rad/s', 'an angular frequency of …') is 2π times a
    frequency in cycles per second: it does not stand for a symbol that is not itself angular
    (E = hν, c = λν, f = 1/T), though pint reads rad/s and Hz as the same dimension."""
    if symbol.kind == "angle" or _angular_unit(symbol.unit) or "angular" in symbol.label.lower():
        return False
    if q.dimensionality != {"[time]": -1}:
        return False
    named = re.search(
        r"\bangular\s+(?:frequency|velocity|speed)\b[^.;,\d]{0,24}$", given.before or "", re.I
    )
    return _angular_unit(given.unit.text) or named is not None


def unknown_fits(symbol: Symbol, requested: Requested | None, hint: str | None) -> str | None:
    """How a result for ``symbol`` reaches the requested unit: 'same', 'molar', or None (it cannot)."""
    from ...units import get_registry

    ureg = get_registry()
    sym_q = ureg.Quantity(1, symbol.unit)
    if requested is None:
        if hint and str(sym_q.dimensionality) != hint:
            return None
        return "same"
    req = requested.unit
    req_q = ureg.Quantity(1, req.units)
    if "difference" in req.tags and symbol.kind == "temperature":
        return None  # 'by how many degrees': a change, never an absolute temperature
    if "angle" in req.tags and symbol.kind != "angle" and not _angular_unit(symbol.unit):
        # 'in degrees' asks for an angle: a ratio, a count or a reflectivity is dimensionless too
        # (pint), but it is no angle
        return None
    if symbol.kind in ("fraction", "composition", "number"):
        return "same" if req_q.dimensionality == sym_q.dimensionality else None
    if symbol.kind == "angle":
        return "same" if "angle" in req.tags else None
    if symbol.kind == "temperature" and req.is_absolute_temperature:
        return "same"
    if symbol.kind == "temperature_difference" and (
        req.is_absolute_temperature or "kelvin" in req.tags
    ):
        return "same"
    if req.is_absolute_temperature:
        return None
    if req_q.dimensionality == sym_q.dimensionality:
        return "same"
    if symbol.molar_ok:
        na = ureg.avogadro_constant
        if (sym_q / na).dimensionality == req_q.dimensionality or (
            sym_q * na
        ).dimensionality == req_q.dimensionality:
            return "molar"
    return None


def _angular_unit(unit: str) -> bool:
    """A unit with an angle in it: 'degree', 'rad', and 'rad/s' (an angular frequency)."""
    return (
        re.search(r"(?:^|[^a-z])(?:deg(?:rees?)?|rad(?:ians?)?)(?![a-z])|°", unit.lower())
        is not None
    )


# ---------------------------------------------------------------- enumeration
def _is_change(symbol: Symbol) -> bool:
    label = symbol.label.lower()
    return symbol.kind == "quantity" and (
        (symbol.signed and "change" in label)
        or bool(re.match(r"(?:change|increase|decrease|reduction|contraction)\s+in\b", label))
    )


def _is_start_point(symbol: Symbol) -> bool:
    """The original (initial) value of a quantity that changes: L₀, A₀, d₀."""
    return symbol.kind == "quantity" and bool(
        re.match(r"(?:original|initial)\b", symbol.label.lower())
    )


def _states_an_end_point(g: Given, text: str) -> bool:
    """'from 1.000 m to 1.002 m', 'between 20 and 30 mm': one of two end points of a change."""
    before = text[max(0, g.start - 16) : g.start]
    after = text[g.end : g.end + 12]
    return bool(
        BROUGHT_TO.search(text[max(0, g.start - 48) : g.start])
        or re.search(r"\b(?:from|between)\s*$", before, re.I)
        or re.match(r"\s*(?:to|and)\s*[-−]?\d", after, re.I)
        or re.search(r"\d[^\d]{0,8}\b(?:to|and)\s*$", before, re.I)
    )


_PARALLEL_GAP = re.compile(
    r"^\s*(?:at|for|in|under|after)\s+[^.;,]{1,24}?\s*,?\s*(?:and|while|but|whereas)\s+(?:(?:is|it\s+is)\s+)?$",
    re.I,
)


def _parallel_score(symbol: Symbol, g: Given, givens: list[Given], text: str) -> float:
    """'The vacancy fraction is 1e-5 at 800 K and 1e-4 at 1000 K': a bare number in a parallel second
    statement is named by the words of the first one (the same kind of value under another condition)."""
    numbers = [h for h in givens if h.kind == g.kind and h.end <= g.start and h.unit is None]
    if not numbers or g.unit is not None:
        return 0.0
    prev = numbers[-1]
    if not _PARALLEL_GAP.match(text[prev.end : g.start]):
        return 0.0
    return given_score(symbol, prev)


# 'its length at 20 °C was', 'a thickness of': the size itself is stated, not a change of it
_CHANGE_NOUNS = (
    r"(?:change|increase|decrease|reduction|extension|elongation|contraction|expansion|growth)"
)
_SIZE_STATED_BEFORE = re.compile(
    r"\b(?:length|thickness|width|diameter|height)\b"
    rf"(?:\s+(?!{_CHANGE_NOUNS}\b)[\w°]+){{0,4}}\s+(?:was|is|of|equals|=)\s*$",
    re.I,
)
_CHANGE_WORD = re.compile(rf"\b{_CHANGE_NOUNS}\s+(?:in|of)\s+(?:the\s+|its\s+)?$", re.I)


def _names_the_size_itself(g: Given, text: str) -> bool:
    """'its length at 20 °C was 1.000 m': the words before the value name the size, not a change."""
    before = text[max(0, g.start - 48) : g.start]
    m = _SIZE_STATED_BEFORE.search(before)
    return m is not None and not _CHANGE_WORD.search(before[: m.start()])


# a size of the body written with its dimension word ('250 mm long', '2 m in length', '5 mm thick')
_BODY_SIZE_AFTER = re.compile(
    r"^\s*(?:long|tall|thick|wide|high|deep|in\s+(?:length|diameter|thickness|width|height))\b",
    re.I,
)


def _options(symbol: Symbol, givens: list[Given], reading: Reading) -> list[Binding]:
    opts = []
    derived = [g for g in givens if "derived_change" in g.tags]
    for g in givens:
        if "derived_change" in g.tags and not _is_change(symbol):
            continue  # 'stretched from 100 mm to 100.2 mm' gives a change, not a length
        if (
            derived
            and _is_change(symbol)
            and "derived_change" not in g.tags
            and any(fit(symbol, d) is not None for d in derived)
        ):
            continue  # the change is the one the two written end points give
        fitted = fit(symbol, g)
        if fitted is None:
            continue
        value, note = fitted
        if (
            _is_change(symbol)
            and "derived_change" not in g.tags
            and _states_an_end_point(g, reading.text)
        ):
            continue  # 'lengthens from 1.000 m to 1.002 m': end points, not the change itself
        if _is_change(symbol) and _BODY_SIZE_AFTER.match(g.after):
            continue  # 'a rod 250 mm long' states the rod's length, not a change of it
        if _is_change(symbol) and _names_the_size_itself(g, reading.text):
            continue  # 'its length at 20 °C was 1.000 m' is a length, not a change of it
        if (
            symbol.kind == "quantity"
            and not _is_change(symbol)
            and g.quantity is not None
            and g.quantity.check("[length]")
            and CHANGED_BY.search(reading.text[max(0, g.start - 40) : g.start])
        ):
            continue  # 'stretched elastically by 0.10 mm' is the change, not a size of the body
            # ('pulled by 20 kN' is the load: only a length is read so)
        if _is_start_point(symbol) and BROUGHT_TO.search(
            reading.text[max(0, g.start - 48) : g.start]
        ):
            continue  # 'the 80 mm gauge section becomes 86.4 mm': 86.4 mm is the new length
        score = given_score(symbol, g)
        if score <= 0 and symbol.kind in ("number", "fraction"):
            score = _parallel_score(symbol, g, givens, reading.text)
        if (symbol.kind in ("number", "fraction", "composition") or symbol.named) and score <= 0:
            continue  # bare numbers bind only where the words say what they are
        if named_after_as_other(symbol, g) or named_before_as_other(symbol, g):
            continue  # 'a rod of 6 mm radius', 'a grain radius of 10 µm' is no diameter
        if score <= 0 and named_as_other(symbol, g):
            continue  # 'a lattice parameter of 0.405 nm' is not an interplanar spacing
        if score <= 0 and labelled_as_other(symbol, g):
            continue  # 'D0 = 6.5e-5 m²/s' is the pre-exponential, not D measured at a temperature
        if score <= 0 and greek_labelled_as_other(symbol, g):
            continue  # 'λ = 0.0711 nm' is a wavelength, not a lattice parameter
        if symbol.kind == "number" and g.label == "order" and symbol.name != "n_order":
            continue
        opts.append(Binding(symbol.name, value, "question", note, score, g))
    if symbol.lookup == "metal_atoms_per_oxide":
        from .substances import oxide_formula

        oxide = oxide_formula(reading.text)
        if oxide is not None:
            from ...units import get_registry

            opts.append(
                Binding(
                    symbol.name,
                    get_registry().Quantity(oxide.metal_atoms, symbol.unit),
                    "question",
                    f"{symbol.label}: {oxide.metal_atoms} ({oxide.metal} atoms in one {oxide.formula} "
                    "formula unit, as written)",
                    0.5,
                )
            )
    elif symbol.lookup in ("oxide_molar_mass", "oxide_metal_mass"):
        from .substances import oxide_formula

        oxide = oxide_formula(reading.text)
        if oxide is not None:
            from ...units import get_registry
            from .substances import _molar_mass

            formula = oxide.formula if symbol.lookup == "oxide_molar_mass" else oxide.metal
            mass = _molar_mass(formula)
            if mass:
                opts.append(
                    Binding(
                        symbol.name,
                        get_registry().Quantity(mass, "g/mol").to(symbol.unit),
                        "lookup",
                        f"{symbol.label}: {formula} = {format_number(mass, 6)} g/mol (pymatgen)",
                        0.5,
                        substance=formula,
                    )
                )
    elif symbol.lookup:
        from .substances import lookup_molar_mass

        sub = lookup_molar_mass(reading.text, symbol.lookup)
        if sub is not None:
            from ...units import get_registry

            q = get_registry().Quantity(sub.molar_mass, "g/mol").to(symbol.unit)
            what = "repeat unit " if sub.is_polymer else ""
            opts.append(
                Binding(
                    symbol.name,
                    q,
                    "lookup",
                    f"{symbol.label}: {what}{sub.formula} = {format_number(sub.molar_mass, 6)} g/mol "
                    f"(pymatgen)",
                    0.5,
                    substance=sub.formula,
                )
            )
    if symbol.default is not None:
        from ...units import get_registry

        opts.append(
            Binding(
                symbol.name,
                get_registry().Quantity(symbol.default, symbol.unit),
                "default",
                f"{symbol.label}: {symbol.default_note or format_number(symbol.default)}",
                0.0,
            )
        )
    return opts


def _assign(
    symbols: list[Symbol],
    options: dict[str, list[Binding]],
    used: frozenset[int],
    chosen: dict[str, Binding],
) -> Iterator[dict[str, Binding]]:
    if not symbols:
        yield dict(chosen)
        return
    sym, rest = symbols[0], symbols[1:]
    for b in options[sym.name]:
        src = b.given.sources if b.given is not None else frozenset()
        if src & used:
            continue
        chosen[sym.name] = b
        yield from _assign(rest, options, used | src, chosen)
        del chosen[sym.name]


# '0.10 M Fe²⁺', '−0.440 V (Fe²⁺/Fe)': the ion written right after the value, bare or as a couple
# (the TeX superscript 'Zn$^{2+}$' is normalised to 'Zn^(2+)': its parenthesis is allowed)
_SPECIES_AFTER = re.compile(r"\s*(?:of\s+|for\s+|\(\s*)?([A-Z][a-z]?)\s*\^?\s*\(?\s*\d?\s*[+-]")
_SPECIES_BEFORE = re.compile(
    r"([A-Z][a-z]?)\s*\^?\s*\(?\s*\d?\s*[+-]\s*\)?\s*(?:/\s*[A-Z][a-z]?)?\s*(?:\([^()]*\))?\s*\)?\s*[:=,]?\s*$"
)  # also 'E°(Cu²⁺/Cu) = +0.340 V': the couple in the parentheses of E°(…)


def _species(g: Given, text: str) -> str | None:
    """The ion a value belongs to when the text writes it right beside the value: '0.10 M Fe²⁺',
    'Fe²⁺/Fe −0.440 V'."""
    m = _SPECIES_AFTER.match(text, g.end)
    if m:
        return m.group(1)
    m = _SPECIES_BEFORE.search(text[max(0, g.start - 20) : g.start])
    return m.group(1) if m else None


# a share written as a percentage or fraction, and the words that give it to what follows: '30 wt% of
# a plasticizer whose T_g = …', '40 % of polymer B (T_g …', '0.3 mass fraction of PVC, with T_g = …'
_COMPOSITION_VALUE = re.compile(r"%|\bpercent\b|\bfraction\b", re.I)
_OF_WHOSE = re.compile(
    r"^\s*(?:(?:mass|weight|mole|volume)\s+fraction\s+)?of\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:whose|with|having|\()\s*(?:[^\s.;,]+\s+){0,3}?\S*\s*[=:(]?\s*$",
    re.I,
)


def _affinity(a: Given, b: Given, text: str) -> float:
    """How closely the text ties two givens: the same ion named beside both ties them closest (and two
    different ions never); otherwise the gap between them, longer across 'and' or a sentence."""
    sa, sb = _species(a, text), _species(b, text)
    if sa and sb:
        return 0.0 if sa == sb else 1e6
    first, second = (a, b) if a.start <= b.start else (b, a)
    gap = text[first.end : second.start]
    if _COMPOSITION_VALUE.search(text[first.start : first.end]) and _OF_WHOSE.match(gap):
        return 1.0  # '30 wt% of a plasticizer whose T_g = −50 °C': the share is the plasticizer's
    cost = float(len(gap))
    if re.search(r"\band\b|;|\.\s|\bwhile\b|\bwhereas\b", gap):
        cost += 40
    if re.search(r"\.\s", gap):
        cost += 60  # a sentence apart: values a sentence states together belong together
    return cost


def _pairs_ok(
    relation: Relation, bindings: dict[str, Binding], options: dict[str, list[Binding]], text: str
) -> bool:
    """Paired symbols (D1 with T1) take givens that the text ties together most closely."""
    for a, b in relation.pairs:
        ba, bb = bindings.get(a), bindings.get(b)
        if ba is None or bb is None or ba.given is None or bb.given is None:
            continue
        mine = _affinity(ba.given, bb.given, text)
        for this, other, name in ((ba, bb, a), (bb, ba, b)):
            for o in options[name]:
                if (
                    o.given is not None
                    and o.given is not this.given
                    and _affinity(o.given, other.given, text) < mine
                ):
                    return False
    return True


def _order_ok(relation: Relation, bindings: dict[str, Binding]) -> bool:
    """Each declared order (a above b) holds between the values bound to a and b."""
    for a, b in relation.ordered:
        ba, bb = bindings.get(a), bindings.get(b)
        if ba is None or bb is None:
            continue
        try:
            if not ba.value > bb.value.to(ba.value.units):
                return False
        except Exception:  # not comparable (a tuple, another dimension): no evidence either way
            continue
    return True


# 'Data: Ni — 58.69 g mol⁻¹, 8.90 g cm⁻³; NiO — 74.69 g mol⁻¹, 6.67 g cm⁻³': a data list whose entries
# each start with a substance's name (after 'Data:' or a ';') and run to the next ';', line or sentence
_DATA_ENTRY = re.compile(
    r"(?:\bdata\s*:\s*|;\s*)[A-Z][A-Za-z0-9₀-₉]{0,12}\s*(?:[—–:-]\s*)?(?=[-−]?\d)", re.I
)
_DATA_ENTRY_END = re.compile(r";|\n|\.(?:\s|$)")


def _data_entry_of(g: Given, text: str) -> tuple[int, int] | None:
    """The data-list entry (start, end) that holds ``g`` ('NiO — 74.69 g/mol, 6.67 g/cm³'), or None."""
    for m in _DATA_ENTRY.finditer(text[: g.start + 1]):
        stop = _DATA_ENTRY_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if m.end() <= g.start and g.end <= end:
            return (m.start(), end)
    return None


def _bracket_of(g: Given, text: str) -> tuple[int, int] | None:
    """The innermost parentheses (start, end) that hold ``g``, or the data-list entry that does
    ('Data: Ni — 58.69 g/mol, 8.90 g/cm³; NiO — …'), or None."""
    inner = _parenthesised(g, text)
    return inner if inner is not None else _data_entry_of(g, text)


def _parenthesised(g: Given, text: str) -> tuple[int, int] | None:
    depth_open: list[int] = []
    for i, ch in enumerate(text[: g.start]):
        if ch == "(":
            depth_open.append(i)
        elif ch == ")" and depth_open:
            depth_open.pop()
    if not depth_open:
        return None
    start = depth_open[-1]
    depth = 0
    for j in range(start, len(text)):
        if text[j] == "(":
            depth += 1
        elif text[j] == ")":
            depth -= 1
            if depth == 0:
                return (start, j) if j >= g.end else None
    return None


def _brackets_ok(relation: Relation, bindings: dict[str, Binding], text: str) -> bool:
    """Values in one pair of parentheses go to one declared pair of symbols (:attr:`Relation.bracketed`)."""
    if not relation.bracketed:
        return True
    owner: dict[tuple[int, int], int] = {}
    for k, pair in enumerate(relation.bracketed):
        for name in pair:
            b = bindings.get(name)
            if b is None or b.given is None:
                continue
            where = _bracket_of(b.given, text)
            if where is None:
                continue
            if owner.setdefault(where, k) != k:
                return False
    return True


def candidates(reading: Reading, requested: Requested | None) -> list[Candidate]:
    """Every consistent reading of the question against the relation library.

    Declared relations first; only when none of them uses every given does the planner
    (:mod:`.planner`) add two-relation chains over the relation graph.
    """
    out: list[Candidate] = []
    for rel in all_relations():
        out += _relation_candidates(rel, reading, requested)
    if not any(not c.unused for c in out):
        from .planner import plan

        for rel in plan(reading.key, _bindable(reading), requirements_met):
            out += _relation_candidates(rel, reading, requested)
    return out


def _bindable(reading: Reading) -> set[str]:
    """Symbol names that a given of the question names in words and fits in dimension."""
    names: set[str] = set()
    for rel in all_relations():
        if not requirements_met(rel, reading.key, written_labels(reading)):
            continue
        for sym in rel.symbols:
            if sym.name in names:
                continue
            for g in reading.givens:
                if given_score(sym, g) > 0 and fit(sym, g) is not None:
                    names.add(sym.name)
                    break
    return names


def _relation_candidates(
    rel: Relation, reading: Reading, requested: Requested | None
) -> list[Candidate]:
    """The readings of the question by one relation: each unknown it may be solved for, each binding."""
    key = reading.key
    if not requirements_met(rel, key, written_labels(reading)):
        return []
    target_key = keytext(reading.target) if reading.target else ""
    unit_givens = [g for g in reading.givens if g.kind != "delta_t"]
    millers = [  # planes (hkl) for plane relations, directions [uvw] for direction relations
        g
        for g in reading.givens
        if g.kind == "miller" and (g.label == "uvw") == bool(rel.directions)
    ]
    out: list[Candidate] = []
    rel_score = min(2.0, 0.5 * sum(1 for k in rel.keywords if has_phrase(key, k)))
    if rel.miller and len({g.hkl for g in millers}) != 1:
        return []
    plane_sources: frozenset[int] = frozenset()
    if rel.directions and not millers:
        return []
    if rel.planes or rel.directions:
        families = {tuple(sorted((abs(i) for i in g.hkl or ()), reverse=True)) for g in millers}
        if len(families) != 1 or next(iter(families)) not in (rel.planes or rel.directions):
            return []
        plane_sources = frozenset().union(*(g.sources for g in millers))
    for unknown in rel.symbols:
        if not rel.solvable_for(unknown.name):
            continue
        mode = unknown_fits(unknown, requested, reading.target_hint)
        if mode is None:
            continue
        u_score = target_score(unknown, target_key)
        if requested is None and u_score <= 0:
            continue
        if names_output(rel, unknown, target_key, requested.text if requested else ""):
            continue  # the asked phrase names a different quantity than this output
        if asks_other_side(unknown, reading.ask_clause, target_key):
            continue  # 'what fraction is not yet transformed' is not the fraction transformed
        if reversed_ratio(unknown, target_key) or reversed_ratio(unknown, reading.ask_clause):
            continue  # 'the ratio of B to A' is the inverse of an output 'ratio of A to B'
        if names_other_part(rel, unknown, target_key):
            continue  # 'the load the matrix carries' is not the output's 'load on the fibres'
        if asks_for_change(own_vocabulary(unknown), reading.ask_clause) is False:
            continue  # 'how many mm does the bar lengthen?' asks for the change, not a length
        to_fill = [s for s in rel.symbols if s.name != unknown.name and s.kind != "miller"]
        options = {s.name: _options(s, reading.givens, reading) for s in to_fill}
        if any(not options[s.name] for s in to_fill):
            continue
        to_fill.sort(key=lambda s: len(options[s.name]))
        count = 0
        for bindings in _assign(to_fill, options, frozenset(), {}):
            if not _pairs_ok(rel, bindings, options, reading.text):
                continue
            if not _order_ok(rel, bindings):
                continue
            if not _brackets_ok(rel, bindings, reading.text):
                continue
            if not respectively_ok(rel, bindings, reading.text):
                continue
            if _unknown_written_as_given(rel, unknown, bindings):
                continue
            if rel.miller:
                m = millers[0]
                for name, idx in zip(rel.miller, m.hkl or (0, 0, 0), strict=False):
                    bindings[name] = Binding(
                        name, idx, "question", f"(hkl) = {m.describe()}", 0.0, m
                    )
            sources = plane_sources.union(
                *(b.given.sources for b in bindings.values() if b.given is not None)
            )
            score = rel_score + 1.5 * u_score + sum(b.score for b in bindings.values())
            # atomic weights listed for a compound are used by its looked-up molar mass
            looked_up = [b.substance for b in bindings.values() if b.source == "lookup"]
            unused = [
                g
                for g in unit_givens
                if _counts_as_given(g, reading.text)
                and not (g.sources & sources)
                and not any(_same_value(g, h) for h in reading.givens if h.sources & sources)
                and not _stated_condition(rel, g, reading.givens)
                and not _states_a_fixed_value(rel, g)
                and not any(used_by_formula(g, reading.text, f) for f in looked_up)
                and not _balance_of_used(g, reading.givens, sources)
                and not _states_a_used_constant(rel, g, bindings)
            ]
            out.append(Candidate(rel, unknown, bindings, score, sources, unused, u_score))
            count += 1
            if count >= MAX_CANDIDATES_PER_UNKNOWN:
                break
    return out


def _unknown_written_as_given(rel: Relation, unknown: Symbol, bindings: dict[str, Binding]) -> bool:
    """A value the question writes after the unknown's own symbol ('E = 70 GPa' when E is solved
    for) is bound to another symbol of the relation that is never written so: the question states
    the quantity, so it is no unknown, and its value is not the other quantity. (A one-letter label
    names many quantities across the library, but within one relation it names the symbol whose
    alias it is.)"""
    by_name = {s.name: s for s in rel.symbols}
    for b in bindings.values():
        g = b.given
        if g is None or not g.label or b.symbol not in by_name:
            continue
        if _alias_match(g.label, unknown.aliases) and not _alias_match(
            g.label, by_name[b.symbol].aliases
        ):
            return True
    return False


def _keyword_position(symbol: Symbol, key: str, shared: set[str]) -> int:
    """Where the last phrase naming ``symbol`` (and none of the others: ``shared``) starts in ``key``
    (-1: not named apart)."""
    best = -1
    for k in symbol.keywords:
        p = keytext(k).strip()
        # one Latin letter is too loose a name ('a'); one Greek letter names a phase ('α and β')
        if (len(p) <= 1 and (p.isascii() or not re.search(rf"(?<!\w){p}(?!\w)", key))) or (
            p in shared or not has_phrase(key, k)
        ):
            continue
        best = max(best, key.rfind(p))
    return best


def respectively_ok(relation: Relation, bindings: dict[str, Binding], text: str) -> bool:
    """Values written as one list ('... crystalline and amorphous ... are 0.998 and 0.870 g/cm^3')
    bound to different symbols must follow the order in which the sentence names those symbols. When the
    sentence does not name each of them apart, the order is not checked here: every assignment is a
    reading, and the solver answers only if they agree (a symmetric ΔC) or refuses.
    """
    groups: dict[str, list[tuple[Given, Symbol]]] = {}
    for name, b in bindings.items():
        if b.given is None:
            continue
        for tag in b.given.tags:
            if tag.startswith("listed:"):
                groups.setdefault(tag, []).append((b.given, relation.symbol_map[name]))
    for members in groups.values():
        if len(members) < 2:
            continue
        first = min(g.start for g, _s in members)
        sentence_start = max(text.rfind(". ", 0, first), text.rfind("? ", 0, first), -1) + 1
        key = keytext(text[sentence_start:first])
        phrases = [{keytext(k).strip() for k in sym.keywords} for _g, sym in members]
        positions = [
            (
                _keyword_position(
                    sym, key, set().union(*(p for j, p in enumerate(phrases) if j != i))
                ),
                g.start,
            )
            for i, (g, sym) in enumerate(members)
        ]
        if any(p < 0 for p, _ in positions) or len({p for p, _ in positions}) < len(positions):
            continue  # not every symbol is named apart: the readings must agree (solver.decide)
        by_words = [start for _p, start in sorted(positions)]
        if by_words != sorted(by_words):
            return False
    return True


def _states_a_fixed_value(relation: Relation, g: Given) -> bool:
    """A given that restates a value the relation fixes ('use 0.76 wt% C for the eutectoid' where the
    Fe–C lever rule fixes 0.76) is used, not left over; so is a bare number written as the fixed
    symbol ('n = 3' where the relation is the Avrami law with n fixed at 3)."""
    if g.kind == "number" and g.label and g.number is not None:
        for name, value, _note in relation.fixed:
            if (
                isinstance(value, (int, float))
                and g.label.lower() == name.split("_")[0].lower()
                and abs(g.number - float(value)) <= 1e-9 + 1e-6 * abs(value)
            ):
                return True
    if g.quantity is None or g.unit is None:
        return False
    stated = float(g.quantity.to("percent").magnitude) if "composition" in g.unit.tags else None
    for _name, value, _note in relation.fixed:
        if (
            stated is not None
            and isinstance(value, (int, float))
            and abs(stated - float(value)) <= 1e-9 + 1e-6 * abs(value)
        ):
            return True
    return False


def _stated_condition(
    relation: Relation, g: Given, givens: list[Given] | tuple[Given, ...] = ()
) -> bool:
    """A temperature stated as the condition of a given property ('D = ... at 950 °C'), or, for a
    relation that compares two states of one composition ('the same concentration at 5 mm'), that
    composition."""
    if g.unit is None:
        return False
    if "composition" in relation.conditions and "composition" in g.unit.tags:
        return True
    if (
        sum(1 for s in relation.symbols if s.kind == "composition") >= 3
        and _is_absolute_temperature(g)
        and sum(1 for h in givens if _is_absolute_temperature(h)) == 1
    ):
        # a lever rule: the one temperature only locates the tie line whose ends are given (two
        # temperatures may be two tie lines: then it is no mere condition)
        return True
    if (
        "percent" in relation.conditions
        and "percent" in g.unit.tags
        and "composition" not in g.unit.tags
    ):
        return True
    if (
        sum(1 for s in relation.symbols if s.kind == "composition") >= 3
        and g.quantity is not None
        and _is_rate_of_temperature(g)
    ):
        # a lever rule reads an equilibrium tie line: the cooling (or heating) rate of the process
        # that brought the alloy there does not enter it
        return True
    if "one_stress" in relation.conditions and g.quantity is not None:
        # 'the parameter is 24 × 10³ at 140 MPa … a part stressed at 140 MPa': the stress only picks
        # the point of the master curve; it is a condition when every stated stress is that one
        stresses = [h for h in givens if h.quantity is not None and _is_stress(h)]
        if _is_stress(g) and all(h is g or _same_value(g, h) for h in stresses):
            return True
    if "activation_energy" in relation.conditions and g.quantity is not None:
        # a relation between two states at one stated temperature: exp(−Q/RT) cancels, so a
        # stated activation energy is shown irrelevant (the relation requires 'same temperature')
        try:
            g.quantity.to("J/mol")
            return True
        except Exception:
            pass
    if (
        "zero_kelvin" in relation.conditions
        and g.quantity is not None
        and (g.unit.is_absolute_temperature or "kelvin" in g.unit.tags)
        and "difference" not in g.tags
    ):
        # 'M_s = 1.71 × 10⁶ A/m at 0 K': the temperature at which every moment is aligned, the state
        # the relation describes; any other temperature (M_s falls towards T_C) is no mere condition
        try:
            if abs(float(g.quantity.to("K").magnitude)) < 1e-9:
                return True
        except Exception:
            pass
    return bool(
        "temperature" in relation.conditions
        and (g.unit.is_absolute_temperature or "kelvin" in g.unit.tags)
        and "difference" not in g.tags
    )


# a relation that uses one of these constants also uses a question's statement of the others
_SAME_CONSTANT = {"k_B": ("R",), "R": ("k_B",), "hc": ("h", "c"), "F": ("e", "N_A")}


def _states_a_used_constant(relation: Relation, g: Given, bindings: dict[str, Binding]) -> bool:
    """'Taking N_A = 6.022 × 10^23 /mol', 'using h = 6.626 × 10^-34 J s': a stated physical constant
    that the relation itself uses (value within 1.5 % of CODATA) is used, not left over."""
    if g.quantity is None or g.unit is None:
        return False
    allowed = set(relation.constants)
    for name in list(allowed):
        allowed.update(_SAME_CONSTANT.get(name, ()))
    if any("N_A" in b.note for b in bindings.values()):
        allowed.add("N_A")  # a molar value converted per particle uses Avogadro's number
    if not allowed:
        return False
    from .constants import value

    for name in allowed:
        try:
            ref = value(name)
            stated = g.quantity.to(ref.units)
        except Exception:
            continue
        if abs(float(stated.magnitude) - float(ref.magnitude)) <= 0.015 * abs(float(ref.magnitude)):
            return True
    return False


def _balance_of_used(g: Given, givens: list[Given], sources: frozenset[int]) -> bool:
    """'a 99.65 wt% Fe–0.35 wt% C alloy': the 99.65 is the balance of a used composition (they sum to
    100 on the same basis), so it says nothing more."""
    if g.unit is None or "composition" not in g.unit.tags or g.quantity is None:
        return False
    basis = {t for t in g.unit.tags if t.startswith("composition:")}
    for h in givens:
        if h is g or h.unit is None or not (h.sources & sources) or h.quantity is None:
            continue
        if (
            "composition" not in h.unit.tags
            or {t for t in h.unit.tags if t.startswith("composition:")} != basis
        ):
            continue
        total = float(g.quantity.to("percent").magnitude) + float(
            h.quantity.to("percent").magnitude
        )
        if abs(total - 100) <= 1e-6:
            return True
    return False


def _is_rate_of_temperature(g: Given) -> bool:
    try:
        g.quantity.to("delta_degC/s")
    except Exception:
        return False
    return True


def _is_stress(g: Given) -> bool:
    try:
        g.quantity.to("Pa")
    except Exception:
        return False
    return True


def _is_absolute_temperature(g: Given) -> bool:
    return bool(
        g.unit is not None
        and (g.unit.is_absolute_temperature or "kelvin" in g.unit.tags)
        and "difference" not in g.tags
        and g.kind != "delta_t"
    )


def _same_value(a: Given, b: Given) -> bool:
    """A value stated twice ('at 1000 °C ... density (at 1000 °C)') is used once it is used anywhere."""
    if a is b or a.quantity is None or b.quantity is None or a.kind != b.kind:
        return False
    return a.quantity.units == b.quantity.units and a.quantity.magnitude == b.quantity.magnitude


def _counts_as_given(g: Given, text: str = "") -> bool:
    """Values a calculation is expected to use: every written number unless shown irrelevant
    (:mod:`.irrelevant`)."""
    from .irrelevant import counts_as_given

    return counts_as_given(g, text)
