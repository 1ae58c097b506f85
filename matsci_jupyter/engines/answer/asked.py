"""Does a relation's output name the quantity the question asks for?

The asked phrase ("calculate the radius of the largest sphere that fits in the void") is split into
its head ("radius": the words before the first preposition, participle or clause) and its complement
("the largest sphere that fits in the void"). A candidate unknown may answer only when

* every content word of the head that the library uses to tell quantities apart is in the unknown's
  vocabulary (its keywords, label and aliases, the relation's keywords and title), and at least one
  head word is: "de Broglie wavelength" is not the photon's "wavelength", "minimum kinetic energy" is
  not "photon energy", "work" is not "photon energy", "ratio" is not either of the two quantities.
  Words the library never uses ('produces', 'reach') say nothing and are skipped, as are the units of
  'how many millimetres' and the subject after 'how long must ...';
* every *identity word* anywhere in the asked phrase (words that turn one quantity into another:
  ratio, difference, void, kinetic, ...) is in that vocabulary too: "the radius of the largest sphere
  that fits in the octahedral void" is not the atomic radius.

This is the precision gate of issue 11: a relation whose output is merely of the right dimension does
not answer a question about a different quantity.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .relations import Relation, Symbol
from .text import keytext

# Words of an asked phrase that say nothing about which quantity is meant.
NEUTRAL = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "each",
        "any",
        "some",
        "one",
        "both",
        "all",
        "it",
        "value",
        "values",
        "what",
        "which",
        "whose",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "should",
        "must",
        "can",
        "could",
        "may",
        "might",
        "do",
        "does",
        "did",
        "calculate",
        "compute",
        "determine",
        "find",
        "estimate",
        "evaluate",
        "obtain",
        "predict",
        "convert",
        "express",
        "give",
        "show",
        "how",
        "much",
        "many",
        "long",
        "far",
        "thick",
        "deep",
        "high",
        "large",
        "fast",
        "hot",
        "big",
        "approximate",
        "approximately",
        "expected",
        "resulting",
        "resultant",
        "required",
        "needed",
        "necessary",
        "corresponding",
        "numerical",
        "number's",
        "actual",
        "new",
        "final",
        "given",
        "stated",
        "specified",
        "theoretical",
        "approx",
        "about",
        "roughly",
        "so",
        "then",
        "now",
        "also",
        "just",
        "only",
        "exact",
        "exactly",
        "precise",
        "precisely",
        "respective",
        "respectively",
        "there",
        "s",
        "answer",
        "your",
        "result",
        "magnitude",
        "amount",
        # 'the maximum height it reaches': a verb of the asked clause, never a quantity's name (a
        # luminescence relation's 'intensity reaches' keyword must not make it one)
        "reach",
        "reaches",
        "reached",
        "maximum",
        "minimum",
        "max",
        "min",
        "largest",
        "smallest",
        "longest",
        "shortest",
        "highest",
        "lowest",
        "greatest",
        "least",
    ]
)

# Words that turn one quantity into another; wherever they occur in the asked phrase the unknown's
# vocabulary must contain them.
IDENTITY = frozenset(
    [
        "ratio",
        "ratios",
        "difference",
        "change",
        "changes",
        "increase",
        "decrease",
        "drop",
        "rise",
        "fraction",
        "void",
        "voids",
        "interstice",
        "interstitial",
        "interstices",
        "hole",
        "holes",
        "sphere",
        "site",
        "sites",
        "kinetic",
        "potential",
        "binding",
        "broglie",
        "rms",
        "relative",
        "net",
        "excess",
        "partial",
        "specific",
        "molar",
        # 'by how many degrees are the first and second lines separated': a difference of two values
        "separated",
        "apart",
    ]
)

_HEAD_STOP = re.compile(
    r"\b(?:of|in|into|for|by|at|on|from|to|with|within|through|across|along|inside|that|which|who|when|where|"
    r"if|as|per|between|"
    r"among|under|over|after|before|does|do|did|will|would|can|could|must|should|is|are|was|were|"
    r"has|have|had|during|than|exerted|produced|performed|required|needed|done|"
    r"obtained|expected|present|contained|used|released|absorbed|given|made|caused|generated|induced|"
    r"lie|lies|sit|sits|located|situated|kept|held|maintained|stored|"
    # 'what grain diameter gives a yield strength of 300 MPa': the verb ends the asked noun phrase
    r"gives|give|produces|yields|corresponds|develops|develop|arises|arise)\b"
)


# 'how long must a current flow': the question word itself names the dimension; the words after it
# are the sentence's subject, not the asked quantity.
_HOW_DIMENSION = frozenset(["long", "far", "thick", "deep", "hot", "fast", "high", "large", "big"])


def _stem(word: str) -> str:
    w = word.lower().strip("'’.,")
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("es", "e"), ("s", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and not w.endswith("ss"):
            return w[: -len(suffix)] + repl
    return w


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-zα-ωµμ0-9']+", keytext(text)) if w]


@lru_cache(maxsize=4096)
def vocabulary(relation: Relation, symbol: Symbol) -> frozenset[str]:
    """Word stems that may name ``symbol`` when it is the output of ``relation``.

    The symbol's own keywords, label and aliases, plus the relation's keywords and title. In a relation
    between two quantities (a conversion such as a = 2√2 R) the relation's keywords are the names of
    those two quantities, so the words naming the *other* one are left out: 'atomic radius' names R,
    never a. In larger relations the keywords name the topic ('elastic', 'stress') and all count.
    """
    own = {_stem(w) for t in (*symbol.keywords, symbol.label, *symbol.aliases) for w in _words(t)}
    shared = {_stem(w) for t in (*relation.keywords, relation.title) for w in _words(t)}
    quantities = [s for s in relation.symbols if s.kind != "miller"]
    if len(quantities) <= 2:
        shared -= {
            _stem(w)
            for s in quantities
            if s.name != symbol.name
            for t in (*s.keywords, s.label)
            for w in _words(t)
        }
    if re.search(r"/\(?mol\b|mol\*", symbol.unit):
        own.add(_stem("molar"))  # a quantity per mole is the 'molar' one
    return frozenset(own | shared)


# things a question is about (a rod, a plate): the subject of 'how much does the rod lengthen', never
# the name of a quantity
_OBJECTS = frozenset(
    _stem(w)
    for w in (
        "rod",
        "bar",
        "wire",
        "plate",
        "sheet",
        "specimen",
        "sample",
        "beam",
        "block",
        "cylinder",
        "tube",
        "pipe",
        "strip",
        "slab",
        "rail",
        "shaft",
        "component",
        "piece",
        "cube",
        "foil",
        "bolt",
        "column",
    )
)
_SHARE_WORDS = frozenset(_stem(w) for w in ("fraction", "percent", "percentage", "proportion"))
_SHARE_BASIS = frozenset(("mass", "weight", "volume"))
_ARTICLES = frozenset(("the", "a", "an", "total", "its"))


def _share_part(head: list[str], content: list[str], symbol: Symbol) -> str | None:
    """'what percentage of proeutectoid ferrite': a head of share words only asks a fraction-kind
    output as a fraction or a percentage; the part named after 'of' must then name the output.
    Returns the part's words (up to an 'in' that names the whole: 'of cementite in pearlite'), ''
    when there are none; None when the head is not such a head."""
    if symbol.kind != "fraction" or not head:
        return None
    if not all(_stem(w) in _SHARE_WORDS or w in _SHARE_BASIS for w in head):
        return None
    if "of" not in content:
        return ""
    after = content[content.index("of") + 1 :]
    if "in" in after:
        after = after[: after.index("in")]
    return " ".join(w for w in after if w not in _ARTICLES)


@lru_cache(maxsize=1)
def library_vocabulary() -> frozenset[str]:
    """Every word stem any relation uses to name any of its symbols: words that tell quantities apart.

    A head word outside it ('produces', 'reach') says nothing about which quantity is meant.
    """
    from .relations import all_relations

    out: set[str] = set()
    for rel in all_relations():
        for sym in rel.symbols:
            out |= vocabulary(rel, sym)
    return frozenset(out - {_stem(w) for w in NEUTRAL})


def split_asked(target_key: str) -> tuple[list[str], list[str]]:
    """(head words, all content words) of an asked phrase in keytext form."""
    # 'the room-temperature conductivity': a condition modifying the quantity, not the quantity
    target_key = re.sub(r"\broom temperature\b", " ", target_key)
    # 'the steady-state heat flux': a condition of the process, likewise
    target_key = re.sub(r"\bsteady[\s-]+state\b", " ", target_key)
    # 'the electrode potential versus the standard hydrogen electrode': the reference scale the potential
    # is read on, not the quantity
    target_key = re.sub(
        r"\b(?:versus|vs|relative to|with respect to|referred to)\s+(?:the\s+)?"
        r"(?:standard\s+hydrogen\s+electrode|she|hydrogen\s+electrode)\b",
        " ",
        target_key,
    )
    # 'the cubic lattice parameter', 'the cubic cell edge': the crystal system the cell is of, stated
    # again (a lattice parameter is of a cell), not another quantity ('the cubic site' keeps it)
    target_key = re.sub(r"\bcubic\s+(?=(?:unit\s+)?(?:lattice|cell)\b)", " ", target_key)
    # 'the first-order Bragg angle': the order of reflection is a given (read as one), not the quantity
    target_key = re.sub(r"\b(?:first|second|third|fourth)[\s-]+order\b", " ", target_key)
    # 'its saturation flux density B_s = μ0 M_s': the defining formula written after the name shows how
    # the asked quantity is formed; the quantities in it are not what is asked
    target_key = re.sub(r"=[^,;?]*", " ", target_key)
    words = _words(target_key)
    how = len(words) > 1 and words[0] == "how" and words[1] in _HOW_DIMENSION
    # drop the interrogative and what precedes the noun phrase
    while words and (words[0] in NEUTRAL):
        words.pop(0)
    # 'the magnitude of the Burgers vector', 'the value of the diffusion coefficient': a neutral noun
    # before 'of' names no quantity; the noun phrase after it is the head
    while len(words) > 1 and words[0] == "of" and not how:
        words.pop(0)
        while words and (words[0] in NEUTRAL):
            words.pop(0)
    text = " ".join(words)
    m = _HEAD_STOP.search(text)
    head_text = text[: m.start()] if m else text
    head = [] if how else [w for w in head_text.split() if w not in NEUTRAL and not w.isdigit()]
    content = [w for w in words if w not in NEUTRAL and not w.isdigit()]
    return head, content


def names_output(
    relation: Relation, symbol: Symbol, target_key: str, unit_words: str = ""
) -> str | None:
    """None when the asked phrase may name ``symbol``; otherwise the words that it cannot explain."""
    if not target_key.strip():
        return None
    vocab = vocabulary(relation, symbol)
    skip = {_stem(w) for w in _words(unit_words)}
    head, content = split_asked(target_key)
    if _indirect_after_unit(target_key, skip):
        head = []  # 'how many years the coating will last': the coating is the clause's subject
    head = [w for w in head if _stem(w) not in skip]  # 'how many millimetres': the unit itself
    head = _drop_mass_basis(head, vocab)
    known = library_vocabulary()
    part = _share_part(head, content, symbol)
    if part is not None:
        # 'the volume fraction of cementite': a basis the output is not on is not that output (a
        # lever-rule mass fraction does not answer it); 'mass' on a mass-basis output was dropped above
        basis = [w for w in head if w in _SHARE_BASIS and _stem(w) not in vocab]
        # 'what percentage of its volume is amorphous': the basis named as the whole after 'of'
        words = part.split()
        if words and words[0] in _SHARE_BASIS and _stem(words[0]) not in vocab:
            basis.append(words[0])
        if basis:
            return " ".join(basis)
        # the share words are the form of the answer; the part after 'of' names the output
        # ('what percentage of cementite in pearlite' does not name the pearlite fraction)
        words = part.split()
        if words and not any(_stem(w) in vocab for w in words):
            named = [w for w in words if _stem(w) in known]
            if named:
                return " ".join(head + named)
        head = []
    # 'how much does the rod lengthen': the object the question is about names no quantity
    head = [w for w in head if _stem(w) not in _OBJECTS or _stem(w) in vocab]
    missing = [w for w in head if _stem(w) not in vocab and (_stem(w) in known or w in IDENTITY)]
    if head and not missing and not any(_stem(w) in vocab for w in head):
        # nothing in the head names this output ('work' is not 'photon energy')
        missing = list(head)
    if head and not missing:
        missing = _named_only_by_topic(head, content, symbol)
    missing += [
        w
        for w in content
        if w in IDENTITY and _stem(w) not in vocab and w not in missing and _stem(w) not in skip
    ]
    basis = _PER_BASIS.search(target_key)
    if basis and "cell" in vocab and _stem(basis.group(1)) not in vocab and not missing:
        # 'the volume per atom' from the unit cell's volume: a per-cell output divided by nothing
        missing = [f"per {basis.group(1)}"]
    return " ".join(missing) if missing else None


# an amount asked per another basis than the output's ('the volume per atom' from a cell's volume)
_PER_BASIS = re.compile(r"\b(?:per|each|every|one)\s+(atom|ion|molecule|formula\s+unit|mole|mol)\b")


# 'how many years the coating will last', 'how many hours the part will survive': an indirect question
# for a duration, its time unit right after 'how many', its subject after the unit and a verb of
# lasting after the subject; the subject is what lasts, not the asked quantity
_TIME_UNITS = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|h|min|s|yr|a)"
_HOW_MANY_UNIT_SUBJECT = re.compile(
    rf"^\s*how\s+many\s+(?P<u>{_TIME_UNITS})\s+"
    r"(?:the|this|that|its|their|each|every|a|an)\s+(?:[a-z\-]+\s+){1,4}?"
    r"(?:(?:will|would|can|could|may|might|should|is\s+expected\s+to|is\s+likely\s+to)\s+)?"
    r"(?:last|lasts|survive|survives|endure|endures|remain\s+intact|remains\s+intact|"
    r"protect|protects)\b"
)


def _indirect_after_unit(target_key: str, unit_stems: set[str]) -> bool:
    """The asked phrase is 'how many <time unit> <subject> will last …' with the unit the requested
    one."""
    m = _HOW_MANY_UNIT_SUBJECT.match(target_key)
    return bool(m) and all(_stem(w) in unit_stems for w in m.group("u").split())


_OTHER_BASES = frozenset(
    _stem(w) for w in ("mole", "molar", "atom", "atomic", "site", "vacancy", "volume")
)


def _drop_mass_basis(head: list[str], vocab: frozenset[str]) -> list[str]:
    """'the mass fraction of primary α': 'mass' (or 'weight') before 'fraction'/'percent' says the
    fraction is by mass, which a phase fraction is; it is no word the output must be named by, unless
    the output is a fraction on another basis (moles, atoms, sites, volume)."""
    out = []
    for i, w in enumerate(head):
        nxt = head[i + 1] if i + 1 < len(head) else ""
        if (
            w in ("mass", "weight")
            and _stem(nxt) in ("fraction", "percent", "percentage")
            and _stem(nxt) in vocab
            and not (vocab & _OTHER_BASES)
        ):
            continue
        out.append(w)
    return out


# a clause that only says how to write the answer ('express it in …', 'give the answer in …')
_UNIT_INSTRUCTION = re.compile(
    r"(?:express|give|report|state|write|quote|present|convert)\s+"
    r"(?:it|this|that|the\s+(?:answer|result|value)|your\s+(?:answer|result))\s+(?:in|as)\b"
)


def several_asked(target_key: str) -> str | None:
    """'What are the fractions of proeutectoid ferrite and pearlite?': two quantities asked at once.

    Returns the two named parts when the asked phrase joins two library quantity names with 'and'
    (one number cannot answer it), else None.
    """
    words = _words(target_key)
    if "and" not in words:
        return None
    known = library_vocabulary()
    i = words.index("and")
    if _UNIT_INSTRUCTION.match(" ".join(words[i + 1 :])):
        # 'calculate its modulus of resilience and express it in kJ/m³': the second clause says how
        # to write the one quantity asked, it asks for no other
        return None
    if "between" in words[:i] or "of" not in words[:i]:
        # 'the energy gap between the valence and conduction bands' is one quantity; two asked
        # quantities read 'the fractions of A and B'
        return None
    left = [w for w in words[:i] if w not in NEUTRAL and _stem(w) in known]
    right = [w for w in words[i + 1 :] if w not in NEUTRAL and _stem(w) in known]
    if left and right:
        return f"{' '.join(words[:i])} / {' '.join(words[i + 1 :])}"
    return None


_ASK_WORD = re.compile(
    r"\b(?:what|which|how|calculate|compute|determine|find|estimate|evaluate|obtain|predict)\b",
    re.I,
)
# an 'and' that opens a second noun phrase or a second wh-clause: 'compute its density in g/cm³ and
# its packing factor', 'what are the true stress, in MPa, and the true strain', 'what percentage is
# reflected by one face, and what by the whole plate'
_SECOND_CLAUSE = re.compile(
    r"(?P<left>.*?)(?P<sep>,\s*|\s+)and\s+(?P<rest>(?:its|the|their|what|how|which)\b[^.?;!]*)",
    re.I,
)
_WH = re.compile(r"(?:what|how|which)\b", re.I)
_LAST_UNIT = re.compile(r"\bin\s+(?P<unit>[^\s,;]+)\s*,?\s*$", re.I)
_ELLIPTIC_WH = re.compile(r"(?:what|which|how\s+much)\s+(?:by|for|at|in|on|of|from|with)\b", re.I)


def _is_unit(text: str) -> bool:
    from ...units import get_registry

    try:
        unit = get_registry().Unit(text.strip(".,"))
    except Exception:  # not a unit: 'in steel', 'in the bar'
        return False
    return not unit.dimensionless


def second_ask(text: str) -> str | None:
    """'Compute its density in g/cm³ and its packing factor': a second quantity asked after the first
    is complete (closed by its unit or a comma), or a second wh-clause ('…, and what by the plate as
    a whole'). One number cannot answer both; returns the two parts, else None.

    The first phrase must follow an asking word and name a library quantity; the second must name one
    too (or be a wh-clause whose verb is left out) and hold no number (', and the load is 10 kN' is a
    given, not an ask); 'and express it in …' only says how to write the one answer.
    """
    known = library_vocabulary()
    for sentence in re.split(r"(?<=[.?!;])\s+", text):
        ask = _ASK_WORD.search(sentence)
        if ask is None:
            continue
        for m in _SECOND_CLAUSE.finditer(sentence, ask.start()):
            left, rest = m.group("left"), m.group("rest").strip()
            if re.search(r"[0-9=]", rest) or _UNIT_INSTRUCTION.match(rest.lower()):
                continue
            if not _WH.match(rest) and re.search(r"\b(?:is|are|was|were|has|have)\b", rest, re.I):
                continue  # '…, and the bar is held at 20 °C': a statement, not a second ask
            closed = m.group("sep").strip() == "," or (
                (u := _LAST_UNIT.search(left)) is not None and _is_unit(u.group("unit"))
            )
            if not closed:
                continue
            left_words = [w for w in _words(left) if w not in NEUTRAL and _stem(w) in known]
            right_words = [w for w in _words(rest) if w not in NEUTRAL and _stem(w) in known]
            if left_words and (right_words or _ELLIPTIC_WH.match(rest)):
                return f"{left.strip()} / {rest}"
    return None


# verbs that make a 'how much' / 'how many <unit>' question ask for a change ('by how many millimetres
# does the bar lengthen?'): the output must then be a change, not the original length
CHANGE_VERBS = frozenset(
    (
        "lengthen",
        "elongate",
        "stretch",
        "expand",
        "contract",
        "shrink",
        "extend",
        "grow",
        "increase",
    )
)
CHANGE_WORDS = frozenset(
    (
        "change",
        "elongation",
        "extension",
        "expansion",
        "contraction",
        "increase",
        "decrease",
        "δl",
        "Δl",
    )
)


_EVENT_MARKS = frozenset(("after", "since", "before", "following", "upon"))


def _names(symbol: Symbol) -> set[tuple[str, ...]]:
    """The symbol's own names (keywords, label, aliases) as tuples of word stems."""
    out = set()
    for t in (*symbol.keywords, symbol.label, *symbol.aliases):
        words = tuple(_stem(w) for w in _words(t) if w not in NEUTRAL)
        if words:
            out.add(words)
    return out


@lru_cache(maxsize=1)
def library_names() -> frozenset[tuple[str, ...]]:
    """Every name some symbol of the library goes by on its own, as tuples of word stems: the names
    of quantities, without the topic words relations share among their symbols."""
    from .relations import all_relations

    out: set[tuple[str, ...]] = set()
    for rel in all_relations():
        for sym in rel.symbols:
            out |= _names(sym)
    return frozenset(out)


def _contains(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    n = len(name)
    return any(words[i : i + n] == name for i in range(len(words) - n + 1))


def _named_only_by_topic(head: list[str], content: list[str], symbol: Symbol) -> list[str]:
    """'Calculate the strain' answered by the stress of a relation whose topic words include
    'strain'; 'the interplanar spacing' answered by the lattice parameter of a Bragg relation
    titled with d: when the asked head is, word for word, another quantity's name and none of the
    output's own names stands anywhere in the asked phrase ('the modulus of resilience' keeps its
    resilience) and no own name contains the head (a critical fibre length is a fibre length), the
    phrase names that other quantity (returns its words), not this output."""
    words = tuple(_stem(w) for w in content)
    own = _names(symbol)
    if any(_contains(words, name) for name in own):
        return []
    asked = tuple(_stem(w) for w in head)
    if any(_contains(name, asked) for name in own):
        return []  # 'the minimum fibre length' of a critical fibre length: a wider name of it
    if asked in library_names() and not all(w in _SHARE_BASIS for w in asked):
        return list(head)
    return []


def own_vocabulary(symbol: Symbol) -> frozenset[str]:
    """Word stems of the symbol's own names (keywords, label, aliases), without its relation's."""
    return frozenset(
        _stem(w) for t in (*symbol.keywords, symbol.label, *symbol.aliases) for w in _words(t)
    )


def asks_for_change(symbol_vocabulary: frozenset[str], clause_key: str) -> bool | None:
    """For 'how much/many ... <change verb>' asks: whether the output (``symbol_vocabulary``: its
    :func:`own_vocabulary`) is a change (None: not such an ask)."""
    words = _words(clause_key)
    if len(words) < 2 or words[0] != "how" or words[1] not in ("much", "many"):
        return None
    # 'how many minutes after stretching': a verb after 'after', 'since' or 'before' names the event
    # the time is counted from, not the asked change
    stems = {_stem(w) for n, w in enumerate(words) if n == 0 or words[n - 1] not in _EVENT_MARKS}
    verbs = {_stem(v) for v in CHANGE_VERBS}
    if not any(s.startswith(v) for s in stems for v in verbs):
        return None
    return bool(symbol_vocabulary & {_stem(w) for w in (*CHANGE_WORDS, *CHANGE_VERBS)})


def _label_words(label: str) -> frozenset[str]:
    neutral = {_stem(w) for w in NEUTRAL}
    return frozenset(
        _stem(w)
        for w in _words(label)
        if _stem(w) not in neutral
        and not any(c.isdigit() for c in w)
        and not (len(w) == 1 and w.isascii())  # 'h', 'k', 'b': indices and symbols, not parts
    )


@lru_cache(maxsize=1)
def part_pairs() -> frozenset[frozenset[str]]:
    """Pairs of words that tell two parts of one system apart in the library's own labels: 'fiber
    modulus' / 'matrix modulus' give {fiber, matrix}; 'mass fraction of α' / 'mass fraction of β'
    give {α, β}. Two labels of one relation that differ in exactly one word each."""
    from .relations import all_relations

    pairs: set[frozenset[str]] = set()
    for rel in all_relations():
        labels = [(_label_words(s.label), _head(s.label)) for s in rel.symbols]
        for n, (a, head_a) in enumerate(labels):
            for b, head_b in labels[n + 1 :]:
                # one quantity (the same head noun) of two parts, not two quantities
                if head_a and head_a == head_b and len(a - b) == 1 and len(b - a) == 1:
                    pairs.add(frozenset((*(a - b), *(b - a))))
    return frozenset(pairs)


def _head(label: str) -> str | None:
    """The head noun of a label: the word before 'of' ('mass fraction of α'), else the last word."""
    words = _words(label)
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    words = [w for w in words if not any(c.isdigit() for c in w)]
    return _stem(words[-1]) if words else None


def names_other_part(relation: Relation, symbol: Symbol, target_key: str) -> str | None:
    """'What fraction of the load does the matrix carry?' read against an output 'fraction of the load
    on the fibres': the asked phrase names one part ('matrix') that the output is not named by, while
    the output's label names the other part of a pair the library tells apart ('fiber modulus',
    'matrix modulus'). Returns the asked part's word, or None. (``relation`` is kept for callers.)"""
    if not target_key.strip():
        return None
    # 'how many seconds': the plural is the unit of time, never the ordinal 'second' of a pair
    asked = {_stem(w) for w in _words(target_key) if w != "seconds"}
    label = _label_words(symbol.label)
    own = own_vocabulary(symbol)
    for pair in part_pairs():
        mine = pair & label
        theirs = (pair - label) & asked
        if mine and theirs and not mine & asked and not theirs & own:
            return next(iter(theirs))
    return None


# an ordered pair in a ratio: 'the ratio of A to B', 'the A-to-B ratio', 'A/B'
_RATIO_OF = re.compile(r"\bratio\s+of\s+(?P<a>.+?)\s+to\s+(?P<b>.+)$")
_TO_RATIO = re.compile(r"(?P<a>[\w\s]+?)[\s-]+to[\s-]+(?P<b>[\w\s]+?)\s+ratio\b")
_SLASH = re.compile(r"(?P<a>[a-zα-ω][\w*]*)\s*/\s*(?P<b>[a-zα-ω][\w*]*)")
_TO = re.compile(r"^(?:the\s+)?(?P<a>[\w\s]+?)\s+to\s+(?:the\s+|that\s+)?(?P<b>[\w\s]+)$")


def _ratio_pair(text: str, *, bare_to: bool = False) -> tuple[set[str], set[str]] | None:
    key = keytext(text).strip().rstrip("?. ")
    m = _RATIO_OF.search(key) or _TO_RATIO.search(key) or _SLASH.search(key)
    if m is None and bare_to:
        m = _TO.search(key)
    if m is None:
        return None
    neutral = {_stem(w) for w in NEUTRAL} | {"ratio", "that", "on", "carried", "by", "of", "the"}

    def words(t: str) -> set[str]:
        return {_stem(w) for w in _words(t.replace("_", " ")) if _stem(w) not in neutral}

    a, b = words(m.group("a")), words(m.group("b"))
    return (a, b) if a and b else None


def reversed_ratio(symbol: Symbol, target_key: str) -> bool:
    """The asked ratio is the output's inverse: 'the ratio of the matrix load to the fibre load' read
    against an output 'ratio of the load on the fibres to that on the matrix'."""
    asked = _ratio_pair(target_key)
    if asked is None:
        return False
    for name in (symbol.label, *symbol.keywords):
        own = _ratio_pair(name, bare_to=True)
        if own is None:
            continue
        (x, y), (p, q) = asked, own
        forward = len(x & p) + len(y & q)
        backward = len(x & q) + len(y & p)
        if backward > forward:
            return True
        if forward > backward:
            return False
    return False


# a share or a probability asked ('what fraction …', 'the probability that …')
_SHARE_ASK = re.compile(
    r"\b(?:fraction|percentage|percent|proportion|probability|share|chance|likelihood)\b|"
    r"\bhow\s+much\s+of\b",
)
# 'is not liquid', 'has not yet recrystallized', 'not carried by the fibres'
_NEGATED_STATE = re.compile(r"\b(?:not|never|no\s+longer|yet\s+to)\b|n't\b")
# words that name which side of a share is meant: the output must be named by the same word
_SIDE_WORDS = re.compile(
    r"\b(un(?:occupied|filled|transformed|reacted|recrystalli[sz]ed|dissolved|decayed|broken|failed|"
    r"used|changed)|empty|vacant|occupied|filled|decayed|surviv\w*|fail\w*|break\w*|broken|"
    r"fractur\w*)\b"
)


def _side_root(word: str) -> str:
    w = _stem(word)
    for suffix in ("ing", "ed", "al", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def asks_other_side(symbol: Symbol, clause_key: str, target_key: str = "") -> str | None:
    """'What fraction has not yet recrystallized?', 'the probability that the state is empty', 'what
    fraction of sites are occupied' read against an output that is the other side of the share (the
    fraction recrystallized, the occupation probability, the vacancy fraction): the word that names
    the asked side, or None when the ask is no share or the output is named by that side."""
    key = keytext(clause_key)
    # the share must be what is asked ('what fraction …'), not a condition ('at the same
    # probability of failure')
    # ... and the share is the asked noun itself, near the question word ('what fraction …', 'the
    # probability that …'), not a noun further on ('at what temperature does the fraction … reach')
    head = " ".join(_words(target_key or clause_key)[:5])
    if not _SHARE_ASK.search(head):
        return None
    own = {_side_root(w) for w in own_vocabulary(symbol)}
    negated = _NEGATED_STATE.search(key)
    if negated and not own & {"not", "un"}:
        return negated.group(0)
    for m in _SIDE_WORDS.finditer(key):
        if _side_root(m.group(1)) not in own:
            return m.group(1)
    return None
