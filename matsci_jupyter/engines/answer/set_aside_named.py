"""Two more ways a given may be shown irrelevant to a chosen relation (beside :mod:`.set_aside`).

**A lone condition temperature.** 'Zinc diffuses in copper at 800 °C with D = …', 'the magnetization
is … at 0 K', 'a plate held at 700 °C': the temperature says where the stated values hold. A relation
that uses no temperature may leave it aside when all of these hold:

* it is the question's only temperature (one value, however often written), no temperature change is
  given, and the words name no other temperature ('room temperature', 'heated', 'melts', …);
* it is written as a condition ('at 800 °C'), not named as a quantity (a melting point is handled by
  :mod:`.set_aside`);
* the chosen relation (or chain) uses no temperature of any kind;
* its sentence is not the one that asks (the stated values hold at it: 'what is the lattice
  parameter at 1000 °C?' asked of a density stated without a temperature is not answered).

**A given named as another quantity.** 'yield strength 150 MPa' beside an engineering stress and
strain asked for a true stress; 'E = 304 GPa' beside the load and bar sizes of a flexural strength; a
'shear modulus' beside the lattice parameter asked for a Burgers vector. The given is left aside
when its own words (its symbol before '=', the quantity name right before the number, or the noun
right after it) name a library quantity that no symbol of the relation is, and:

* every given the relation uses is not itself named as something other than the symbol it fills (the
  binding is unambiguous: no two givens could fill one input by their words);
* beside a quantity of its own kind (an input, a fixed value or the asked quantity), its name is more
  than one loose word: 'a stress of 150 MPa' may be the asked strength, 'yield strength' is not;
* it is not named as a threshold that decides which relation holds (a critical length, a limit, a
  transition or Curie temperature, a solubility), nor is it a strength beside an elastic or
  fracture relation that binds no strength itself (the strength bounds where that relation holds);
* no other relation of the library yields the asked quantity from the quantity the given is named
  as (it may then be another reading of the question), and it is no density beside an asked share
  (densities turn a mass share into a volume share);
* it is no temperature (a condition, above), no share and no dimensionless value, and the relation
  looks up or assumes no value of its kind (the stated one may be meant instead).

A reading that binds such a given to a symbol it is named as other than is no reading of the question
(:func:`binds_against_its_name`); any other valid reading that uses it still has to agree
(:func:`..solver.decide`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from .matching import Candidate, _alias_match, _name_before
from .quantities import Given, Reading
from .relations import Relation, Symbol, all_relations
from .sentences import sentence_at
from .text import keytext

Identity = frozenset[str]

# ------------------------------------------------------------------ own names of a given


def _identity(sym: Symbol) -> frozenset[str]:
    return _identity_of(sym.name, sym.label)


@cache
def _identity_of(name: str, label: str) -> frozenset[str]:
    return frozenset({f"name:{name}", f"label:{keytext(label).strip()}"})


@cache
def _library() -> dict[str, Relation]:
    return {rel.name: rel for rel in all_relations()}


def _dims(unit: str) -> frozenset[tuple[str, float]]:
    from .set_aside import _symbol_kind

    return _symbol_kind(unit)


def _given_dims(g: Given) -> frozenset[tuple[str, float]] | None:
    from .set_aside import _kind

    if g.quantity is None:
        return None
    try:
        return _kind(g.quantity.units)
    except Exception:
        return None


@cache
def _symbols_by_name() -> dict[str, tuple[Symbol, ...]]:
    """Every library symbol under each of its names (label and keywords, as keytext)."""
    out: dict[str, list[Symbol]] = {}
    for rel in all_relations():
        for sym in rel.symbols:
            for k in (sym.label, *sym.keywords):
                key = keytext(k).strip()
                if key:
                    out.setdefault(key, []).append(sym)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _element_names() -> frozenset[str]:
    from pymatgen.core.periodic_table import Element

    return frozenset(keytext(e.long_name).strip() for e in Element)


def _names_a_quantity(name: str, sym: Symbol) -> bool:
    """``name`` is a quantity's name for ``sym``: its label, a keyword of two or more words, or a
    one-word keyword that is no element ('boron' may name a dopant's concentration by its
    substance, not by what the value is)."""
    if name == keytext(sym.label).strip():
        return True
    return len(name.split()) >= 2 or name not in _element_names()


@cache
def _after_names() -> re.Pattern[str]:
    """A library quantity name (two or more words, or one noun of five or more letters) starting the
    words right after a number ('50 mm gauge length', '12.8 mm initial diameter', '6 mm in diameter')."""
    names = {
        n
        for n in _symbols_by_name()
        if n.replace(" ", "").isalpha() and (len(n.split()) >= 2 or len(n) >= 5)
    }
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"^\s*(?:in\s+)?(" + alternation + r"|" + "|".join(_ADJECTIVES) + r")\b")


# 'a bar 50 mm long', '5 mm thick': the adjective names the extent
_ADJECTIVES = {
    "long": "length",
    "thick": "thickness",
    "wide": "width",
    "high": "height",
    "deep": "depth",
}


def _named(name: str | None, g: Given) -> Identity:
    """The identities of the library symbols called ``name`` whose dimension is ``g``'s."""
    if not name:
        return frozenset()
    dims = _given_dims(g)
    return frozenset(
        key
        for sym in _symbols_by_name().get(name, ())
        if _dims(sym.unit) == dims and _names_a_quantity(name, sym)
        for key in _identity(sym)
    )


@cache
def _all_symbols() -> tuple[Symbol, ...]:
    return tuple(sym for rel in all_relations() for sym in rel.symbols)


def own_names(g: Given) -> list[tuple[str, Identity]]:
    """What the given's own words name, one entry per source (its symbol before '=', the noun right
    after the number or else the quantity name right before it), each with the identities of the
    library symbols of that name and of the given's dimension; sources that name nothing are left out."""
    out: list[tuple[str, Identity]] = []
    dims = _given_dims(g)
    if dims is None:
        return out
    if g.label:
        ids = _label_identities(g.label, dims)
        if ids:
            out.append((g.label, ids))
    m = _after_names().match(g.after)
    word = _ADJECTIVES.get(m.group(1), m.group(1)) if m else None
    ids = _named(word, g)
    if not ids:
        word = _name_before(g.before)
        ids = _named(word, g)
    if ids and word and (len(word.split()) >= 2 or word in _labels()):
        # a one-word keyword that is no quantity's label ('apart', 'load') says too little
        out.append((word, ids))
    return out


@cache
def _labels() -> frozenset[str]:
    return frozenset(keytext(s.label).strip() for s in _all_symbols())


_REL_IDS: dict[str, frozenset[str]] = {}


@lru_cache(maxsize=4096)
def _label_identities(label: str, dims: frozenset[tuple[str, float]]) -> Identity:
    """The identities of the library symbols written ``label`` ('E', 'D0') of dimension ``dims``."""
    return frozenset(
        key
        for sym in _all_symbols()
        if sym.aliases and _alias_match(label, sym.aliases) and _dims(sym.unit) == dims
        for key in _identity(sym)
    )


def _relation_identities(rel: Relation) -> frozenset[str]:
    """The identities of every symbol of ``rel`` and of its first two parts (cached by name)."""
    cached = _REL_IDS.get(rel.name)
    if cached is not None:
        return cached
    ids: set[str] = set().union(*(_identity(s) for s in rel.symbols))
    for part in rel.parts[:2]:
        if isinstance(part, Relation):
            ids |= _relation_identities(part)
    if _library().get(rel.name) is rel:
        _REL_IDS[rel.name] = frozenset(ids)
    return frozenset(ids)


def named_as_other(g: Given, identities: set[str]) -> bool:
    """The given's own words name a quantity, and none of what they name is one of ``identities``."""
    names = own_names(g)
    return bool(names) and all(not (ids & identities) for _w, ids in names)


def binds_against_its_name(candidate: Candidate, g: Given) -> bool:
    """``candidate`` binds ``g`` to a symbol that its own words name it other than (a yield strength
    read as the engineering stress of a true-stress relation): no reading of the question."""
    rel = candidate.relation
    for b in candidate.bindings.values():
        if b.given is None or not (b.given.sources & g.sources):
            continue
        sym = rel.symbol_map.get(b.symbol)
        if sym is not None and named_as_other(g, _identity(sym)):
            return True
    return False


# ------------------------------------------------------------------ class 2: named as another quantity

_THRESHOLD = re.compile(
    r"\b(?:critical|limit|limiting|transition|curie|neel|solubility|solvus|endurance|fatigue|"
    r"threshold|maximum|minimum|allowable)\b"
)
# a strength or a yield point beside an elastic relation decides whether the relation holds at all
# ('yield point 250 MPa' beside a load that stresses the bar past it)
_STRENGTH = re.compile(r"\bstrength\b|\byield(?:ing)?\b")
_ELASTIC_OR_FRACTURE = re.compile(r"\bmodulus\b|\btoughness\b|\bstress intensity\b")


def _all_labels(rel: Relation) -> list[str]:
    labels = [keytext(s.label) for s in rel.symbols]
    for part in rel.parts[:2]:
        if isinstance(part, Relation):
            labels += _all_labels(part)
    return labels


@cache
def _readable_from() -> tuple[tuple[Relation, frozenset[str], frozenset[str], frozenset[str]], ...]:
    """Per library relation: the identities it may be solved for, all its identities, and those it
    needs from a question (no default value, no Miller index)."""
    rows = []
    for rel in all_relations():
        solvable = frozenset().union(
            *(_identity(s) for s in rel.symbols if rel.solvable_for(s.name))
        )
        needed = [_identity(s) for s in rel.symbols if s.default is None and s.kind != "miller"]
        rows.append((rel, solvable, _relation_identities(rel), frozenset().union(*needed)))
    return tuple(rows)


def _yields_asked_from(rel: Relation, unknown: Symbol, ids: Identity) -> Relation | None:
    """Another library relation that gives the asked quantity from the quantity named ``ids`` and
    quantities ``rel`` also has (or values it assumes): it may be another reading of the question."""
    asked = _identity(unknown)
    known = _relation_identities(rel) | ids
    for other, solvable, theirs, _needed in _readable_from():
        if other.name == rel.name or not solvable & asked or not theirs & ids:
            continue
        if all(
            _identity(s) & known or s.default is not None or s.kind == "miller"
            for s in other.symbols
        ):
            return other
    return None


def named_other_reason(candidate: Candidate, g: Given, value: Any = None) -> str | None:
    """Why ``g`` is irrelevant to ``candidate`` because its words name another quantity, or None.
    With the reading's result ``value``, a yield strength beside an elastic or fracture relation may
    be left aside when the stress stays below it (:mod:`.yield_check`)."""
    from .set_aside import relation_kinds

    if g.kind != "quantity" or g.quantity is None or g.unit is None:
        return None
    if _is_temperature(g) or {"percent", "composition"} & set(g.unit.tags):
        return None  # a temperature is a condition (above); a share may be on any basis
    dims = _given_dims(g)
    if not dims:
        return None  # a dimensionless value says too little about what it is
    rel = candidate.relation
    for b in candidate.bindings.values():
        sym = rel.symbol_map.get(b.symbol)
        if b.source != "question" and sym is not None and _dims(sym.unit) == dims:
            return None  # a value the relation looks up or assumes: the stated one may be meant
    if dims == _dims("kg/m**3") and not _dims(candidate.unknown.unit):
        return None  # densities turn a share on one basis into one on another: 'fraction' may be either
    mine = _relation_identities(rel)
    names = own_names(g)
    if not names or any(ids & mine for _w, ids in names):
        return None
    kinds = relation_kinds(rel) | {_dims(candidate.unknown.unit)}
    if dims in kinds and any(
        len(w.split()) < 2 and not (g.label and w == g.label) for w, _ids in names
    ):
        # beside a quantity of its kind, a one-word name ('a stress of', '50 mm long') may be a loose
        # name of that quantity: only a closer name ('yield strength', 'E =') shows it is another
        return None
    words = " ".join(keytext(w) for w, _ids in names)
    if _THRESHOLD.search(words):
        return None
    labels = _all_labels(rel)
    checked: str | None = None
    from .strength_aside import holds_no_stress, label_is_the_symbols_letter
    from .yield_check import below_yield_reason, is_yield_given

    no_stress = holds_no_stress(rel, candidate.unknown)
    if no_stress and _dims(candidate.unknown.unit) != _dims("Pa") and not _STRENGTH.search(words):
        # a share from moduli (a fibre fraction) sets aside a value named as a STRENGTH only: a
        # 'longitudinal modulus of 50 GPa' beside E = E₀(1 − 1.9P + 0.9P²) is the asked target's
        # datum, and setting it aside answered a porosity for a fibre fraction
        no_stress = False
    if (
        (_STRENGTH.search(words) or is_yield_given(g))
        and any(_ELASTIC_OR_FRACTURE.search(lb) for lb in labels)
        and not no_stress  # a modulus from moduli: nothing for a strength to bound
    ):
        bound = [
            keytext(rel.symbol_map[b.symbol].label)
            for b in candidate.bindings.values()
            if b.source == "question" and b.symbol in rel.symbol_map
        ]
        if not any(_STRENGTH.search(lb) for lb in bound):
            checked = below_yield_reason(candidate, g, value)
            if checked is None:
                return None
    # every used given is not named as something other than what it fills (a checked yield strength
    # is no input that another given could take the place of: the check stands on the result)
    for b in candidate.bindings.values():
        if checked is not None or b.given is None or b.source != "question":
            continue
        sym = rel.symbol_map.get(b.symbol)
        if sym is None:
            continue
        if b.given.quantity is not None and named_as_other(b.given, _identity(sym)):
            if no_stress and label_is_the_symbols_letter(b.given, sym):
                continue  # 'the epoxy has E = 3.1 GPa' filling E_m: an E_m is an E
            return None
    for _w, ids in names:
        if _yields_asked_from(rel, candidate.unknown, ids) is not None:
            return None
    if checked is not None:
        return checked
    what = names[-1][0]
    return (
        f"{g.describe()} is named as {what}, which {rel.title} does not take, and every value it "
        "uses is named as what it fills"
    )


# ------------------------------------------------------------------ class 1: a lone condition temperature

_OTHER_TEMPERATURE_WORDS = re.compile(
    r"\b(?:room|ambient|normal|body|service|operating)\s+temperature|"
    r"\b(?:another|other|higher|lower|different|elevated|second)\s+temperatures?\b|"
    r"\bmelt(?:s|ing)?\b|\bboil|\b(?:heated|cooled|warmed|quenched|reheated)\b|"
    r"\btemperature\s+(?:rise|drop|change|increase|decrease|difference|coefficient)|"
    r"\bcurie\b|\bglass\s+transition\b"
)
_AT_BEFORE = re.compile(r"\bat\s+(?:a\s+temperature\s+of\s+|about\s+|approximately\s+)?$")
_ASKS = re.compile(
    r"\?|\b(?:what|calculate|compute|estimate|find|determine|how|work\s+out|obtain)\b", re.I
)


def _is_temperature(g: Given) -> bool:
    from .matching import _is_absolute_temperature

    return g.quantity is not None and _is_absolute_temperature(g)


def condition_temperature_reason(
    candidate: Candidate, g: Given, reading: Reading | None
) -> str | None:
    """Why ``g`` (a lone condition temperature) is irrelevant to ``candidate``, or None."""
    from .set_aside import _symbol_kind, relation_kinds

    if reading is None or not _is_temperature(g):
        return None
    if _symbol_kind("K") in relation_kinds(candidate.relation):
        return None
    from .matching import _same_value

    for h in reading.givens:
        if h is g:
            continue
        if h.kind == "delta_t" or "difference" in h.tags:
            return None
        if h.quantity is not None:
            try:
                h.quantity.to("K")
            except Exception:
                try:
                    h.quantity.to("delta_degC")
                except Exception:
                    continue
                return None
            if not _same_value(g, h):
                return None
    if not _AT_BEFORE.search(keytext(g.before)):
        return None
    from .set_aside import _names_a_known_quantity

    if _names_a_known_quantity(g) is not None:
        return None
    if _OTHER_TEMPERATURE_WORDS.search(keytext(reading.text)):
        return None
    text = reading.text
    if not (0 <= g.start < len(text)):
        return None
    lo, hi = sentence_at(text, g.start, trailing_space="all")
    if _ASKS.search(text[lo:hi]):
        return None  # 'what is … at 900 °C?': the asked state, not where the stated values hold
    return (
        f"{g.describe()} is the one temperature the question states, a condition at which the values "
        f"hold; {candidate.relation.title} uses no temperature"
    )
