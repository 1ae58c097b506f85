"""Last checks on a solved answer against what the question asks (issue 11, precision).

A relation can fit every given and the asked unit and still answer something else than the question
asks. Three such readings are refused here, each for every relation:

* **A change or an increment asked, a value computed.** 'By how much does the vapour pressure
  fall', 'how many hours are saved', 'how much additional weight is gained between 1 h and 5 h',
  'what is the drop in stress': the answer is the difference of two values of a quantity. A
  relation whose output is the value at one state (the pressure at 800 °C, the time at 700 °C, the
  weight gain since t = 0) does not answer it. A change ask needs an output named as a change; an
  increment ask (additional, extra, further, saved, more, less, sooner) needs an output named as a
  change between the question's two states (not a gain counted from zero).
* **A ratio asked, a dimensioned value computed.** 'By what factor', 'how many times': a factor
  has no unit.
* **A stated value changed in words.** 'If the separation is doubled', 'when the load is halved',
  'a threefold increase': a scaling written in words is read as no given, so an answer would be for
  the unscaled value. (A factor written in digits, 'raised by a factor of 1 500', is a given the
  relation uses.)
* **The reverse process asked.** 'ΔG of the reverse reaction', 'K for the reaction written in
  reverse', 'the cell reaction run backwards': the relations are written for the forward process (the
  reverse flips a sign or inverts a constant), so no number is given.
* **An excluded contribution used.** 'Not including the heat to melt it', 'ignoring reflection
  losses', 'neglecting absorption': when every word of the excluded phrase names a part of the
  relation the answer used (its description or one of its inputs, less what the relation itself
  leaves out), the number includes what the question leaves out. 'Ignoring the temperature
  dependence of the mobilities' names a variation the relation does not have, and stays answered.
"""

from __future__ import annotations

import re
from typing import Any

from .asked import NEUTRAL, _stem, _words
from .text import keytext

# a change of the asked quantity
_CHANGE_ASK = re.compile(
    r"\bby\s+how\s+(?:much|many)\b|"
    r"\bhow\s+(?:much|many)\b[^?]*?\b(?:fall|falls|fell|drop|drops|dropped|decline|declines|decrease|"
    r"decreases|decreased|reduce|reduces|reduced|rise|rises|rose|increase|increases|increased|"
    r"lengthen|lengthens|shorten|shortens|shrink|shrinks|expand|expands|contract|contracts|grow|"
    r"grows|change|changes|changed|exceed|exceeds|exceeded)\b|"
    r"\b(?:the|a|an|what)\s+(?:total\s+)?(?:change|increase|decrease|drop|rise|fall|reduction|"
    r"difference|gain|loss)\s+(?:in|of)\b",
    re.I,
)
# an increment over a state the question already describes
_INCREMENT_ASK = re.compile(
    r"\b(?:additional|extra|further|saved|save)\b|"
    r"\bhow\s+(?:much|many)\s+(?:(?!times\b)\w+\s+){0,2}?(?:more|less|fewer|sooner|later|earlier)\b|"
    # 'how much higher is the true stress than …', 'how many hours shorter would the cycle be': a
    # difference ('how many times higher' is a ratio)
    r"\bhow\s+(?:much|many)\s+(?:(?!times\b)\w+\s+){0,2}?(?:higher|lower|larger|smaller|greater|bigger|"
    r"longer|shorter|faster|slower|hotter|colder|warmer|cooler|thicker|thinner|deeper|shallower|"
    r"heavier|lighter|wider|narrower)\b",
    re.I,
)
# a value at one state asked: 'the final temperature', 'what temperature does it reach', 'its new length'
_STATE_ASK = re.compile(
    r"\b(?:final|new|resulting|end|ultimate)\s+(?:\w+\s+)?(?:temperature|length|diameter|thickness|"
    r"volume|size|width|height|pressure)\b|\bwhat\s+temperature\b|\btemperature\s+(?:does|will|would)\s+"
    r"(?:it|the\s+\w+)\s+(?:reach|attain|rise\s+to|end\s+at|be)\b"
    # 'its length under load', 'the loaded length', 'the stretched length': the length in that state
    # ('the length of the rod under this load' names the body between)
    r"|\b(?:length|diameter|thickness)\s+(?:of\s+(?:the|its|this|that)\s+(?:\w+\s+){1,2}?)?"
    r"(?:under|while\s+under|with|when\s+under)\s+(?:the\s+|a\s+|this\s+|that\s+|its\s+)?"
    r"(?:load|stress|tension|compression|force)\b"
    r"|\b(?:loaded|stretched|deformed|compressed|heated|cooled|expanded)\s+(?:length|diameter)\b"
    # 'how long is the rod while the load acts': its length in that state ('how long does it take' is a
    # time)
    r"|\bhow\s+(?:long|wide|thick)\s+(?:is|will|would)\s+(?:the|it|this|that|its)\b",
    re.I,
)
# a change named in the asking clause itself ('the temperature rise', 'ΔT', 'the increase in length')
_ASKS_CHANGE_WORD = re.compile(
    r"\b(?:change|rise|increase|decrease|drop|fall|difference|elongation|extension|expansion|"
    r"contraction|shrinkage|deflection|deformation|rises|increases|changes|warms?\s+up|heats?\s+up|"
    r"cools?\s+down|by\s+how\s+(?:much|many)|how\s+(?:much|far))\b|Δ|δ",
    re.I,
)
_RATIO_ASK = re.compile(r"\b(?:by\s+)?what\s+factor\b|\bhow\s+many\s+times\b", re.I)
# words that name an output as a change of something
_CHANGE_NAMES = frozenset(
    _stem(w)
    for w in (
        "change",
        "increase",
        "decrease",
        "difference",
        "elongation",
        "extension",
        "expansion",
        "contraction",
        "reduction",
        "rise",
        "drop",
        "shift",
        "Δ",
        "δ",
        "deformation",
        "deflection",
        "shrinkage",
    )
)
_GAIN_NAMES = frozenset(_stem(w) for w in ("gain", "loss", "lost", "growth", "lengthen"))

# 'not including the latent heat', 'ignoring reflection losses', 'neglecting absorption'
_EXCLUDED = re.compile(
    r"\b(?:not\s+(?:including|counting|considering|taking\s+into\s+account)|excluding|exclusive\s+of|"
    r"ignoring|ignore|neglecting|neglect|disregarding|disregard|leaving\s+out|"
    r"without\s+(?:including|counting|considering|taking\s+into\s+account))\s+"
    r"(?P<what>[^,.;:?()]{2,80})"
    # 'without melting it', 'but not melted': a process step the question leaves out
    r"|\bwithout\s+(?P<doing>\w{3,}ing\b[^,.;:?()]{0,60})"
    r"|\b(?:but|and|yet)\s+not\s+(?P<done>\w{3,}(?:ed|en)\b[^,.;:?()]{0,60})",
    re.I,
)
# words in an excluded phrase that name no part of a relation
_EXCLUDED_FILLER = frozenset(
    _stem(w)
    for w in (
        "any",
        "all",
        "the",
        "its",
        "their",
        "it",
        "them",
        "of",
        "at",
        "to",
        "in",
        "on",
        "for",
        "from",
        "by",
        "and",
        "or",
        "needed",
        "required",
        "effect",
        "effects",
        "contribution",
        "part",
        "term",
        "face",
        "faces",
        "surface",
        "surfaces",
        "both",
        "two",
        "each",
        "amount",
        "energy",
        "heat",
        "loss",
        "losses",
        "value",
        "small",
        "possible",
        "due",
        "also",
        "either",
        "here",
    )
)


# textbook synonyms for the parts of a relation an excluded phrase may name
_SAME_PART = {
    "latent": ("fusion", "vaporization", "vaporisation", "sublimation", "transformation"),
    "melt": ("fusion",),
    "freez": ("fusion", "solidification"),
    "solidif": ("fusion",),
    "boil": ("vaporization", "vaporisation"),
    "evaporat": ("vaporization", "vaporisation"),
}


def _root(word: str) -> str:
    """A crude common root: 'melting', 'melted', 'melts' → 'melt'; 'reflection' → 'reflect'."""
    w = _stem(word)
    for suffix in ("ing", "ed", "ion", "ions", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def _roots(word: str) -> set[str]:
    root = _root(word)
    out = {root}
    for key, same in _SAME_PART.items():
        if root.startswith(key):
            out |= {_root(w) for w in same}
    return out


def _names_change(label: str, words: frozenset[str]) -> bool:
    stems = {_stem(w) for w in _words(label)} | {_stem(w) for w in label.split()}
    return bool(stems & words) or label.strip().startswith(("Δ", "δ"))


def _ask_text(question: str) -> str:
    from .quantities import ask_clause
    from .text import normalize

    text = normalize(question)
    return ask_clause(text) or text


# 'by how much … lower', 'rises by how many degrees': a change verb in the same sentence ('by how many
# degrees is the beam deflected' asks the deflection itself)
_CHANGE_VERB = (
    r"\b(?:lower|rais|increas|decreas|reduc|chang|rise|rose|drop|fall|fell|shift|grow|grew|shrink|"
    r"shrank|expand|contract|differ|exceed|improv|lengthen|shorten|harden|soften|weaken|strengthen)\w*"
)
_IN_SENTENCE = r"(?:[^.?!;]|\.(?=\d))*"  # a decimal point ends no sentence
_BY_HOW = re.compile(
    rf"\bby\s+how\s+(?:much|many)\b{_IN_SENTENCE}{_CHANGE_VERB}|{_CHANGE_VERB}{_IN_SENTENCE}\bby\s+how\s+"
    r"(?:much|many)\b",
    re.I,
)


def change_refusal(question: str, target: str | None, quantity: Any) -> str | None:
    """The reason an answer named ``target`` does not give the change, increment or factor asked."""
    from .text import normalize

    clause = _ask_text(question)
    label = target or ""
    # 'By how much, in GPa, does porosity lower the modulus': the ask clause may drop the 'by'
    by_how = _BY_HOW.search(normalize(question)) is not None
    if _RATIO_ASK.search(clause):
        try:
            dimensionless = bool(quantity.dimensionless)
        except AttributeError:
            dimensionless = True
        if not dimensionless:
            return (
                f"the question asks for a factor (a ratio), and the relation gives {label or 'a value'} "
                "with a unit; no number is given"
            )
    if _INCREMENT_ASK.search(clause) and not _names_change(label, _CHANGE_NAMES):
        return (
            f"the question asks how much more (or less) of a quantity there is between two states, and "
            f"the relation gives {label or 'the value at one state'}, not that difference; no number "
            "is given (ask for the value at one state)"
        )
    if (
        label
        and _names_change(label, _CHANGE_NAMES)
        and not _CHANGE_ASK.search(clause)
        and not by_how
        and not _INCREMENT_ASK.search(clause)
        and (
            _STATE_ASK.search(clause)
            or ("temperature" in label and "temperature" in clause.lower())
        )
        and not _ASKS_CHANGE_WORD.search(clause)
    ):
        return (
            "the question asks for a value at one state, and the relation gives "
            f"{label}, a change; no number is given (ask for the change itself)"
        )
    if (_CHANGE_ASK.search(clause) or by_how) and not _names_change(
        label, _CHANGE_NAMES | _GAIN_NAMES
    ):
        return (
            f"the question asks for a change, and the relation gives {label or 'a value'} at one "
            "state, not the change; no number is given (ask for the value itself)"
        )
    return None


_RELATION_LEAVES_OUT = re.compile(
    r"\b(?:no|not|without|neglecting|ignoring|excluding)\s+[^,.;:()]+"
    r"|[^,.;:()]*\b(?:neglected|ignored|excluded|omitted|negligible)\b",
    re.I,
)


def _relation_words(steps: list[str], target: str | None) -> set[str]:
    """Word stems naming the relation's description and its inputs (from the answer's steps)."""
    out: set[str] = set()
    for step in steps:
        if step.startswith("Relation:"):
            # 'Relation: <name>: <formula and description>' — the name and the prose, not the source
            text = re.sub(r"\([^()]*(?:eq|ch|example|Callister|Atkins)[^()]*\)", " ", step[9:])
            # what the relation itself leaves out ('no air resistance', 'gravity neglected') is no
            # part of it
            text = _RELATION_LEAVES_OUT.sub(" ", text)
            out |= {_root(w) for w in _words(text)}
        elif ":" in step and not step.startswith(("Solve", "assumed")):
            out |= {_root(w) for w in _words(step.split(":", 1)[0])}
    own = {_root(w) for w in _words(target or "")}
    return out - own


def _relation_keeps_off(steps: list[str]) -> set[str]:
    """Word roots the relation itself leaves out or stays short of ('a bar that does not yield'): a
    question that excludes the same ('without yielding') asks for what the relation gives."""
    out: set[str] = set()
    for step in steps:
        if step.startswith("Relation:"):
            for m in _RELATION_LEAVES_OUT.finditer(step[9:]):
                out |= {_root(w) for w in _words(m.group(0))}
    return out


def excluded_refusal(question: str, steps: list[str], target: str | None) -> str | None:
    """The reason when the question excludes a contribution the answer's relation includes."""
    from .text import normalize

    text = normalize(question)
    words = _relation_words(steps, target)
    kept_off = _relation_keeps_off(steps)
    neutral = {_stem(w) for w in NEUTRAL} | _EXCLUDED_FILLER
    for m in _EXCLUDED.finditer(text):
        what = m.group("what") or m.group("doing") or m.group("done") or ""
        named = [w for w in _words(what) if _stem(w) not in neutral and not w.isdigit()]
        hits = [w for w in named if _roots(w) & words]
        if hits and all(_roots(w) & kept_off for w in hits):
            continue  # the relation leaves it out too: 'without yielding' of a no-yield limit
        if hits and len(hits) == len(named):  # every word of it names a part of the relation
            return (
                f"the question leaves out {what.strip()!r}, and the relation the answer "
                f"would use includes it ({', '.join(hits)}); no number is given"
            )
    return None


_WORDED_SCALING = re.compile(
    r"\b(?:doubled|halved|tripled|quadrupled|doubles|halves|triples|quadruples|doubling|halving|"
    r"tripling|quadrupling|twofold|threefold|fourfold|tenfold|twice|thrice)\b"
    # 'if the crack grows to four times that depth', 'a volume ten times that of the bars': a
    # multiple spelled out is read as no given (one in digits, '10 times that of', is a given)
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+times\s+"
    r"(?:that|those|this|its|their|the\s+(?:original|initial|first|stated))\b"
    # 'slowed to half its speed', 'a third of its original length'
    r"|\b(?:half|(?:a|one)[\s-]+(?:third|quarter))\s+(?:of\s+)?(?:its|their)\s+(?:original\s+|initial\s+)?"
    r"(?:speed|velocity|momentum|energy|mass|radius|length|diameter|volume|pressure|charge|distance|"
    r"separation|frequency|wavelength|period)\b"
    # 'deposited in half that time', 'a third of the same current', 'a bar half as long'
    r"|\b(?:half|(?:a|one)[\s-]+(?:third|quarter|fourth|fifth|tenth)|two[\s-]+thirds|"
    r"three[\s-]+quarters)\s+(?:of\s+)?(?:that|the\s+same)\s+(?:time|period|duration|current|"
    r"length|thickness|depth|distance|field|load|stress|temperature|voltage|charge|area|size)\b"
    r"|\bhalf\s+as\s+(?:long|thick|deep|wide|large|big|much|many)\b",
    re.I,
)


def _scaling_read(word: str, steps: list[str]) -> bool:
    """Whether the answer's steps read the scaling as a given (a step names the word: "'triples':
    rate₂/rate₁ = 3"). A bare number is no evidence: '2 µC' is not 'doubled'."""
    return any(
        word.lower() in step.lower()
        for step in steps
        if not step.startswith(("Relation:", "Solve", "Step"))
    )


def scaling_refusal(question: str, steps: list[str] | None = None) -> str | None:
    """The reason when the question scales a stated value in words the reading takes as no given
    (None when the answer's steps use the factor: 'the rate triples' read as a ratio of 3)."""
    from .quantities import spelled_numbers
    from .text import normalize

    m = _WORDED_SCALING.search(spelled_numbers(normalize(question)))
    if m is None or _scaling_read(m.group(0), steps or []):
        return None
    return (
        f"the question changes a stated value in words ('{m.group(0)}'), which I do not read as a "
        "given; no number is given (state the new value)"
    )


# a share of the stated amount named in words ('half of the gas', 'a quarter of it', 'some of the neon')
_WORDED_SHARE = (
    r"(?:(?:one|a)[\s-]+half|half|(?:one|a)[\s-]+(?:third|quarter|fourth|fifth|tenth)|"
    r"two[\s-]+thirds|three[\s-]+quarters|some|part|a\s+(?:part|portion|fraction))"
)
_TAKEN_OR_ADDED = (
    r"(?:escape[sd]?|leak(?:s|ed)?|evaporate[sd]?|(?:is|are|was|were|has\s+been|have\s+been|gets?)\s+"
    r"(?:pumped|let|drawn|bled|vented|removed|withdrawn|taken|added|lost|evacuated|boiled))"
)
_AMOUNT_CHANGED = re.compile(
    rf"\b{_WORDED_SHARE}(?:\s+of)?\s+(?:(?:the|its|this|that)\s+)?[\w()-]+(?:\s+[\w()-]+)?\s+"
    rf"{_TAKEN_OR_ADDED}\b"
    rf"|\b(?:remov(?:e|es|ed|ing)|pump(?:s|ed|ing)?\s+out|let(?:s|ting)?\s+out|withdraw(?:s|n|ing)?|"
    rf"vent(?:s|ed|ing)?|bleed(?:s|ing)?\s+off)\s+{_WORDED_SHARE}\b",
    re.I,
)


def amount_change_refusal(question: str) -> str | None:
    """'Half of the gas then escapes': a share of the stated amount is taken away (or more added) in
    words, with no number for the amount left; the stated amount no longer describes the state asked
    about."""
    from .text import normalize

    m = _AMOUNT_CHANGED.search(normalize(question))
    if m is None:
        return None
    return (
        f"the question takes away or adds a share of the stated amount in words ('{m.group(0)}'), "
        "which I do not read as a given; state the amount that remains"
    )


def average_refusal(question: str) -> str | None:
    """'What is its number-average degree of polymerization?' when only a weight-average molecular
    weight is given: an average of one kind does not give one of another kind."""
    from .matching import QUALIFIER_GROUPS, qualifiers
    from .quantities import ask_clause
    from .text import normalize

    text = normalize(question)
    clause = ask_clause(text)
    if not clause:
        return None
    at = keytext(text).rfind(clause.strip()[:30])
    rest = keytext(text)[:at] if at > 0 else ""
    averages = QUALIFIER_GROUPS.index(
        next(g for g in QUALIFIER_GROUPS if "number" in g)  # the group of molecular-weight averages
    )
    asked, stated = qualifiers(clause)[averages], qualifiers(rest)[averages]
    if asked and stated and not asked & stated:
        return (
            f"the question asks for a {'/'.join(sorted(asked))}-average quantity and gives only "
            f"{'/'.join(sorted(stated))}-average data; one average does not give another"
        )
    return None


_REVERSE = re.compile(
    r"\b(?:reverse|backward)\s+(?:of\s+the\s+)?(?:cell\s+|overall\s+|chemical\s+)?"
    r"(?:reaction|process|transformation|direction)\b"
    r"|\b(?:written|run|driven|taken|proceed(?:s|ing)?|going|goes|operated)\s+(?:in\s+reverse|backwards?)\b"
    r"|\bthe\s+reverse\s+of\b|\bin\s+the\s+reverse\s+direction\b",
    re.I,
)


def reverse_refusal(question: str) -> str | None:
    """The reason when the question is about the reverse of a process (the relations are forward)."""
    from .text import normalize

    m = _REVERSE.search(normalize(question))
    if m is None:
        return None
    return (
        f"the question asks about the reverse process ('{m.group(0)}'), and the relation is written "
        "for the forward one (a sign or a reciprocal differs); no number is given"
    )


# a phase inside a microconstituent: 'ferrite inside the pearlite', 'the α within the eutectic',
# 'cementite that forms part of the pearlite'
_PART_OF_PART = re.compile(
    r"\b(?P<phase>ferrite|cementite|fe3c|fe₃c|α|alpha|β|beta|austenite|γ)(?:\s+phase)?\s+"
    r"(?:(?:that|which)\s+(?:is\s+|are\s+)?(?:forms?|forming|makes?\s+up|belongs?|lies|sits|"
    r"present|contained|found|located)?\s*(?:a\s+)?(?:part\s+of|to|in|within|inside)|"
    r"(?:forming|making\s+up)\s+(?:a\s+)?(?:part\s+of)?|inside|within|in|of|belonging\s+to|"
    r"contained\s+in|present\s+in|found\s+in)\s+(?:the\s+)?"
    r"(?P<whole>pearlite|eutectic|eutectoid|bainite|microconstituent|lamellae|lamellar)\b",
    re.I,
)
# the same named by its microconstituent: 'eutectoid ferrite', 'eutectic α'
_PART_NAMED = re.compile(
    r"\b(?P<whole>eutectoid|eutectic)\s+(?P<phase>ferrite|cementite|fe3c|fe₃c|α|alpha|β|beta)\b",
    re.I,
)
# relations whose output is a phase inside a microconstituent
_INNER_PHASE_RELATIONS = frozenset({"eutectic_alpha_fraction"})


def part_of_part_refusal(question: str, relation: str | None) -> str | None:
    """The reason when the question asks for a phase inside a microconstituent ('ferrite inside the
    pearlite') and the answering relation's output is not such a part (it is the microconstituent's
    own fraction, or a phase's total)."""
    ask = _ask_text(question)
    m = _PART_OF_PART.search(ask) or _PART_NAMED.search(ask)
    if m is None or (relation or "").split("+")[0] in _INNER_PHASE_RELATIONS:
        return None
    return (
        f"the question asks for the {m.group('phase')} inside the {m.group('whole')}, a part of that "
        "microconstituent; the relation found gives another share (the whole microconstituent or the "
        "phase's total), so no number is given"
    )


_PER_TIME = re.compile(
    r"\bper\s+(?:one\s+|an?\s+|each\s+)?(?P<u>second|minute|hour|day|week|month|year|s|min|h|d|yr)\b",
    re.I,
)


def per_time_refusal(question: str, quantity: Any) -> str | None:
    """'What mass is lost per hour?' answered with the mass lost over the stated 24 h: the question
    asks for an amount per unit time and the answer is the amount over another duration."""
    from .quantities import ask_clause, extract
    from .text import normalize

    clause = ask_clause(normalize(question)) or ""
    m = _PER_TIME.search(clause)
    if m is None or any(re.search(r"\d", w) for w in clause[: m.start()].split()[-3:]):
        return None  # 'at a creep rate of 4e-4 per hour': the 'per' belongs to a stated value
    try:
        if quantity.dimensionality.get("[time]", 0) < 0:
            return None  # already a rate (a current density, mm/yr, kg/h)
        from ...units import get_registry

        ureg = get_registry()
        unit = ureg.Quantity(
            1,
            {"s": "second", "min": "minute", "h": "hour", "d": "day", "yr": "year"}.get(
                m.group("u").lower(), m.group("u").lower()
            ),
        )
    except Exception:
        return None
    for g in extract(question).givens:
        q = g.quantity
        if q is None or q.dimensionality != unit.dimensionality:
            continue
        if abs(float((q / unit).to("dimensionless").magnitude) - 1) > 1e-6:
            return (
                f"the question asks for an amount per {m.group('u')}, and the answer is the amount "
                f"over the stated {g.describe()}; no number is given"
            )
    return None


# several bodies combined ('two such wires in parallel', 'joined end to end'): a relation for one body
# gives the value of one of them, not of the combination ('two identical ions' alone is no
# combination: a two-body law reads them)
_COMBINED = re.compile(
    r"\bin\s+(?:parallel|series)\b|\bend\s+to\s+end\b|\bside\s+by\s+side\b",
    re.I,
)


def combination_refusal(question: str, steps: list[str]) -> str | None:
    """The reason when the question combines several copies of the body the relation describes (a
    relation that is itself about a series or parallel combination keeps its answer)."""
    from .text import normalize

    m = _COMBINED.search(normalize(question))
    if m is None:
        return None
    title = next((s for s in steps if s.startswith("Relation:")), "")
    if re.search(r"\b(?:series|parallel|combination)\b", title, re.I):
        return None
    return (
        f"the question combines several bodies ('{m.group(0)}'), and the relation describes one of "
        "them; no number is given for the combination"
    )


_TEMPERATURE = re.compile(
    r"(?<![\d.])(-?\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(?:°\s*([cf])\b|k\b)", re.I
)


_DIFFERENCE_BEFORE = re.compile(
    r"(?:undercool\w*|supercool\w*|superheat\w*|\bby|\brise|\bdrop|\bchange|\bdifference|"
    r"\bincrease|\bdecrease|\brate|\binterval|\bspan|\bper)\W*(?:of\W*)?(?:about\W*|approximately\W*)?$",
    re.I,
)


def _states(text: str) -> list[tuple[int, float]]:
    """(position, kelvin rounded to 0.1 K) of each absolute temperature written in ``text`` (thin
    spaces already removed), in order; a difference ('heated by 40 °C') is left out."""
    out = []
    for m in _TEMPERATURE.finditer(text):
        if _DIFFERENCE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # 'an undercooling of 574 °F', 'heated by 40 °C': a difference, not a state
        v = float(re.sub(r"[ ,]", "", m.group(1)))  # '1 000 °C' is one thousand
        scale = (m.group(2) or "k").lower()
        k = v + 273.15 if scale == "c" else (v - 32) * 5 / 9 + 273.15 if scale == "f" else v
        out.append((m.start(), round(k, 1)))
    return out


# an exponent of a unit ('(Ω·m)^-1', 'm^ 2'), not a number of the question
_UNIT_POWER = re.compile(r"(?<!10)\^\s*[-−]?\s*\d+(?:/\d+)?")
# data stated at room temperature in words
_ROOM_WORDS = re.compile(r"\b(?:room|ambient)\s+temperature\b", re.I)


def _kelvins(text: str) -> list[float]:
    """The absolute temperatures written in ``text``, in kelvin (rounded to 0.1 K), in order."""
    return [k for _at, k in _states(text.replace("\u2009", "").replace("\u202f", ""))]


def _temperatures_used(steps: list[str]) -> set[float]:
    """The temperatures (K) an answer's steps work with (the relation's own title line left out)."""
    return set(_kelvins(" ".join(s for s in steps if not s.startswith("Relation:"))))


def _without(text: str, clause: str) -> str:
    """``text`` less the asked clause (``clause`` is lower-cased, as ``ask_clause`` gives it)."""
    part = clause.strip()
    at = text.lower().find(part) if part else -1
    return text if at < 0 else f"{text[:at]} {text[at + len(part) :]}"


# relations that read a temperature and take a property that holds at that same temperature (the
# Wiedemann–Franz law pairs κ(T) with ρ(T))
_SAME_STATE_DATA = re.compile(r"wiedemann", re.I)


def other_temperature_refusal(
    question: str, steps: list[str], relation: str | None = None
) -> str | None:
    """A value asked at a temperature the question states nowhere else and the answer does not use
    ('... resistivity 1.72e-8 Ω·m at 20 °C. What is its resistance at 100 °C?', a tie line stated at
    1250 °C and the share asked at 1300 °C): the stated properties belong to another temperature."""
    from .quantities import ask_clause
    from .text import normalize

    # a unit's exponent ('in (Ω·m)^-1', 'W m^-1 K^-1') is neither a datum nor a temperature
    text = _UNIT_POWER.sub(" ", normalize(question))
    clause = _UNIT_POWER.sub(" ", ask_clause(text) or "")
    asked = _kelvins(clause)
    if re.search(r"\d", _TEMPERATURE.sub(" ", clause)):
        return None  # '... at 1000 °C, where D = 2.6e-11 m²/s?': the asked state's data are given
    stated = _kelvins(text)
    for k in asked:
        if k in stated:
            stated.remove(k)  # the asked clause's own mention
    if not stated and _ROOM_WORDS.search(_without(text, clause)):
        # 'at room temperature intrinsic Ge has …; its conductivity at 100 °C?': data stated at room
        # temperature in words, asked far from it
        if all(abs(k - _ROOM_K) <= _ROOM_SPAN_K for k in asked):
            return None
        stated = [_ROOM_K]
        if relation and _SAME_STATE_DATA.search(relation):
            used_asked = False  # the relation reads T, but its data hold at room temperature only
        else:
            used_asked = bool(set(asked) & _temperatures_used(steps))
        if used_asked:
            return None
    if not asked or not stated or set(asked) & set(stated):
        return None
    used = _temperatures_used(steps)
    if set(asked) & used and stated != [_ROOM_K]:
        return None  # the relation reads the asked temperature itself
    return (
        "the question asks for the value at a temperature other than the one its data are stated "
        "at, and the relation does not carry them from one to the other; no number is given"
    )


# relations fed a property that changes strongly with temperature (a resistivity; a diffusion
# coefficient, Arrhenius) and reading no temperature themselves
_TEMPERATURE_DEPENDENT = re.compile(
    r"resist|electrical_conduct|fick_|diffusion_length|diffusion_same_concentration", re.I
)


def length_order_refusal(question: str, steps: list[str], relation: str) -> str | None:
    """A strain from two lengths where the length read as the final one is written before the one
    read as the original ('a rod 50 mm long becomes 55 mm long' read backwards): questions state the
    original length first, so the reading is refused rather than answered with the wrong sign."""
    if "strain_from_lengths" not in (relation or ""):
        return None
    found: dict[str, str] = {}
    for step in steps:
        m = re.match(r"\s*(final|original) length:\s*([\d.]+)", step)
        if m:
            found[m.group(1)] = m.group(2)
    if len(found) != 2:
        return None
    final_at = question.find(found["final"])
    original_at = question.find(found["original"])
    if final_at < 0 or original_at < 0 or final_at > original_at:
        return None
    return (
        "the length read as the final one is written before the one read as the original; say "
        "which is which ('from … to …')"
    )


def several_temperatures_refusal(question: str, steps: list[str], relation: str) -> str | None:
    """An electrical resistance or conductivity answered for a body the question puts at two or more
    temperatures ('resistivity … at 20 °C … operated at 150 °C', 'heated from 20 °C to 150 °C') by a
    relation that reads none of them: the value would hold at the wrong temperature. Likewise a
    diffusion flux, profile or distance from a D stated at one temperature for a process run at
    another ('D = 3e-11 m²/s at 900 °C … carburised at 1000 °C')."""
    from .text import normalize

    if not _TEMPERATURE_DEPENDENT.search(relation or ""):
        return None
    stated = set(_kelvins(normalize(question)))
    if len(stated) < 2:
        return None
    used = _temperatures_used(steps)
    if stated & used:
        return None
    return (
        "the question states more than one temperature and the relation used reads none of them, "
        "so it cannot carry the data from one temperature to the other; no number is given"
    )


# a resistance computed from a resistivity (or conductivity) that is a material's tabulated value
_RESISTANCE_FROM_RESISTIVITY = re.compile(r"^resistance_(?:resistivity|round)", re.I)
# a value written with its own temperature: '1.1e-6 Ω·m at 800 °C', 'ρ(300 K) = …'
_VALUE_THEN_AT = r"\d\s*[^\s.;:?!\d()]*(?:\s[^\s.;:?!\d()]+)?\s+(?:at|@)\s*$"
_ROOM_K = 293.15
_ROOM_SPAN_K = 15.0


def unstated_data_temperature_refusal(question: str, steps: list[str], relation: str) -> str | None:
    """A metal's resistance asked for a body at a temperature far from room temperature while the
    resistivity is given without the temperature it holds at ('resistivity 1.72e-8 Ω·m … what is
    its resistance at 90 °C?'): a metal's resistivity changes by a few tenths of a percent per
    kelvin, so the tabulated room-temperature value would be used at the wrong temperature."""
    from .text import normalize

    if not _RESISTANCE_FROM_RESISTIVITY.search(relation or ""):
        return None
    text = normalize(question).replace("\u2009", "").replace("\u202f", "")
    far = []
    for at, k in _states(text):
        if abs(k - _ROOM_K) <= _ROOM_SPAN_K:
            continue
        if re.search(_VALUE_THEN_AT, text[max(0, at - 40) : at], re.I):
            return None  # the data are stated at that temperature
        far.append(k)
    if not far or set(far) & _temperatures_used(steps):
        return None
    return (
        "the resistivity is given without the temperature it holds at, and the body is at "
        f"{far[0]:.0f} K; a metal's resistivity changes with temperature, so give it at that "
        "temperature (or its temperature coefficient); no number is given"
    )


# relations whose angles are measured from the normal to a boundary (Snell's law, critical and
# Brewster angles, a fibre's acceptance angle)
_FROM_NORMAL_RELATIONS = re.compile(r"snell|critical_angle|brewster|acceptance", re.I)
# an angle measured from the boundary itself: 'the angle the ray makes with the glass surface', 'the
# angle between the refracted ray and the surface', 'measured from the interface', 'at 35° to the
# surface'
_FROM_SURFACE = re.compile(
    r"\b(?:measured\s+from|relative\s+to|with|to|from|and)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:[\w–-]+\s+){0,2}?(?:surface|interface|boundary|face)\b",
    re.I,
)
_ANGLE_NEAR = re.compile(r"\bangle|°|\bdeg", re.I)
# 'measured from the interface', 'measured from the fibre axis': a reference named for the angle
_MEASURED_FROM = re.compile(
    r"\b(?:measured|reckoned|taken)\s+(?:from|relative\s+to|with\s+respect\s+to)\s+(?:the\s+|its\s+)?"
    r"(?:[\w–-]+\s+){0,2}?(?:surface|interface|boundary|face|axis)\b",
    re.I,
)


def surface_angle_refusal(question: str, relation: str | None) -> str | None:
    """An angle of refraction (or of incidence) measured from the surface, not from the normal: 'what
    angle does the refracted ray make with the glass surface', 'a ray making 35° with the surface'.
    Snell's law and the critical angle measure both angles from the normal; the angle to the surface is
    its complement, so the relation's number is not the one asked (or the given is not its input)."""
    if not relation or not _FROM_NORMAL_RELATIONS.search(relation):
        return None
    from .text import normalize

    text = normalize(question)
    measured = _MEASURED_FROM.search(text)
    if (
        measured is not None
        and not re.search(r"\bnormal\b", measured.group(0), re.I)
        and not re.match(r"\s*normal\b", text[measured.end() :], re.I)
    ):
        return (
            f"the question measures the angle from the boundary or the axis "
            f"('{measured.group(0)}'), and the relation's angles are measured from the normal; "
            "no number is given"
        )
    for m in _FROM_SURFACE.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        if re.search(r"\bnormal\s*$", before, re.I) or re.match(
            r"\s*normal\b", text[m.end() :], re.I
        ):
            continue  # 'from the normal to the interface', 'from the surface normal'
        if re.search(r"\bnormal\b", text[m.start() : m.end()], re.I):
            continue
        if not _ANGLE_NEAR.search(before):
            continue  # 'light meets the glass surface': where, not an angle's reference
        return (
            "the question measures the angle from the surface (the boundary), and the relation's "
            "angles are measured from the normal; no number is given"
        )
    return None


# an extreme of a loading cycle asked: 'the maximum stress', 'the peak stress', 'σ_max'
_CYCLE_EXTREME = re.compile(
    r"\b(?:maximum|max|minimum|min|peak|highest|lowest)\s+(?:allowable\s+|permissible\s+|allowed\s+|"
    r"cyclic\s+|applied\s+|tensile\s+|compressive\s+)*stress(?:es)?\b(?!\s+(?:amplitude|range))"
    r"|σ_?(?:max|min)\b",
    re.I,
)
_CYCLE_PART = re.compile(r"\b(?:amplitude|alternating|mean|range)\b", re.I)


def cycle_extreme_refusal(question: str, target: str | None) -> str | None:
    """'What is the largest allowable maximum stress in the cycle' answered with the allowable stress
    amplitude: a cycle's maximum (or minimum) stress is the mean stress plus (minus) the amplitude, a
    different quantity from the amplitude, the mean or the range the relation gives."""
    if not target or not _CYCLE_PART.search(target):
        return None
    clause = _ask_text(question)
    m = _CYCLE_EXTREME.search(clause)
    if m is None:
        return None
    return (
        f"the question asks for the {m.group(0)} of the cycle, and the relation gives the {target} "
        "(the maximum stress is the mean stress plus the amplitude); no number is given"
    )


# the half-transformation time named: 'half complete', 'half recrystallisation', 't0.5', '50 %'
_HALF_NAMED = re.compile(r"\bhalf\b|t_?0\.5\b|t_?\{?1/2\}?|\b50\s*%|\b50\s+percent", re.I)


def asked_half_refusal(question: str, relation: str | None) -> str | None:
    """An Avrami answer from 'the time to half transformation' when only the question's ask names the
    half point ('... 15 % complete after 40 s. How long until it is half complete?'): the time the
    question gives belongs to another fraction, so the relation read the asked state as a given."""
    if (relation or "").split("+")[0] != "avrami_from_half_time":
        return None
    from .text import normalize

    text = normalize(question)
    clause = _ask_text(question)
    if len(_HALF_NAMED.findall(text)) > len(_HALF_NAMED.findall(clause)):
        return None  # a half-transformation time stated outside the ask
    if not _HALF_NAMED.search(clause):
        return None
    return (
        "the question asks about the half-transformation point, and gives its time at another "
        "fraction; reading that time as the half-transformation time answers another question, so no "
        "number is given"
    )


# necking stated as under way: 'after necking began', 'necking has set in', 'in the neck', 'beyond the
# onset of necking' ('before any necking has begun' states the opposite and is read as such)
_NECKING_STATED = re.compile(
    r"\b(?:after|beyond|past|following|since)\s+(?:the\s+)?(?:onset\s+of\s+)?necking\b"
    r"|\bnecking\s+(?:has\s+|had\s+)?(?:begun|began|started|set\s+in|occurred|begins|starts)\b"
    r"|\bin\s+the\s+neck(?:ed\s+region)?\b|\bnecked\s+region\b"
    # the engineering values at fracture lie past the onset of necking too
    r"|\bat\s+(?:the\s+(?:point\s+of\s+)?)?fracture\b",
    re.I,
)
_NECKING_NEGATED = re.compile(
    r"\b(?:before|prior\s+to|until|no|without|not\s+yet)\s+(?:any\s+)?$", re.I
)
# relations that turn engineering values into true ones: they hold for uniform deformation only
_UNIFORM_ONLY = frozenset({"true_stress", "true_strain"})


def necking_refusal(question: str, relation: str | None) -> str | None:
    """A true stress or strain from engineering values (σ_T = σ(1 + ε), ε_T = ln(1 + ε)) when the
    question puts the state after necking began: both hold only while deformation is uniform, up to
    the onset of necking (Callister §6.7), so the relation gives no number there."""
    if not _UNIFORM_ONLY & set((relation or "").split("+")):
        return None
    from .text import normalize

    text = normalize(question)
    for m in _NECKING_STATED.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        if m.group(0).lower().startswith("necking") and _NECKING_NEGATED.search(before):
            continue
        return (
            "the question puts the specimen past the onset of necking; σ_T = σ(1 + ε) and "
            "ε_T = ln(1 + ε) hold only for uniform deformation, so no number is given"
        )
    return None


_STRESS_WORD = re.compile(r"\bstress(?:es)?\b|σ", re.I)
_LOAD_WORD = re.compile(r"\b(?:load|loads|force|forces)\b", re.I)


def load_for_stress_refusal(question: str, target: str | None) -> str | None:
    """'The ratio of the stress in the fibres to that in the matrix' answered with the ratio of the
    loads they carry (or the other way round): a stress is a force per area, and with the two parts
    of different area the two ratios differ."""
    if not target:
        return None
    clause = _ask_text(question)
    # the asked phrase up to the conditions ('… when the composite is loaded along the fibres')
    cut = re.search(r"\b(?:when|if|while|under|as|once|loaded|is\s+loaded)\b", clause, re.I)
    asked = clause[: cut.start()] if cut else clause
    target_stress, target_load = bool(_STRESS_WORD.search(target)), bool(_LOAD_WORD.search(target))
    asked_stress, asked_load = bool(_STRESS_WORD.search(asked)), bool(_LOAD_WORD.search(asked))
    if target_load and not target_stress and asked_stress and not asked_load:
        return (
            f"the question asks about stresses, and the relation gives the {target}, a ratio or "
            "value of forces; no number is given"
        )
    if target_stress and not target_load and asked_load and not asked_stress and "ratio" in target:
        return (
            f"the question asks about loads, and the relation gives the {target}; no number is "
            "given"
        )
    return None


# a count of particles asked: 'how many carbon atoms', 'the number of chlorine atoms', 'how many
# backbone bonds'
_COUNT_OF_PARTICLES = re.compile(
    r"\b(?:how\s+many|number\s+of)\s+(?:[\w–-]+\s+){0,3}?(?P<what>atoms?|ions?|electrons?|bonds?|"
    r"molecules?|chains?)\b",
    re.I,
)
_REPEAT_UNIT_COUNT = re.compile(r"degree\s+of\s+polymeri[sz]ation|repeat\s+units?|\bmers?\b", re.I)


def particle_count_refusal(question: str, target: str | None) -> str | None:
    """'How many carbon atoms does an average chain contain' answered with the degree of
    polymerisation: that counts repeat units, and each holds several atoms (or bonds); the count
    asked is another number."""
    if not target or not _REPEAT_UNIT_COUNT.search(target):
        return None
    m = _COUNT_OF_PARTICLES.search(_ask_text(question))
    if m is None or re.search(r"\b(?:repeat|units?|mers?|monomers?)\b", m.group(0), re.I):
        return None  # 'the number of repeat units per chain' counts repeat units
    return (
        f"the question asks for a number of {m.group('what')}, and the relation gives the {target}, a "
        "number of repeat units; no number is given"
    )


_SUPERCONDUCTOR_RELATION = re.compile(r"^superconductor_critical_(?:field|flux_density)$")
_CRITICAL_FIELD = re.compile(
    r"\bcritical\s+(?:magnetic\s+)?(?:field|flux\s+density)\b|\b[hb]_?c\s*\(\s*t\s*\)", re.I
)
_AT_TEMPERATURE = re.compile(
    r"\bat\s+(?:a\s+temperature\s+of\s+)?(-?\d+(?:\.\d+)?)\s*(?:°\s*([cf])\b|k\b)", re.I
)


def critical_field_state_refusal(question: str, relation: str | None) -> str | None:
    """A superconductor's critical field stated at a temperature above 0 K ('a critical field of
    1.2e5 A/m at 2.0 K', 'its critical field at 4.2 K is …') while no field is stated at 0 K: the
    law H_C(T) = H_C(0)[1 − (T/T_C)²] needs H_C(0), and reading the stated field as H_C(0) gives
    a wrong number for every ask (H_C(0) itself, the field at another temperature, the highest
    temperature in an applied field)."""
    if not relation or not _SUPERCONDUCTOR_RELATION.match(relation):
        return None
    from .quantities import ask_clause
    from .text import normalize

    text = normalize(question)
    clause = ask_clause(text) or ""
    data = _without(text, clause)
    at_zero = False
    warm: list[float] = []
    for sentence in re.split(r"(?<=[.;!?])\s+", data):
        for m in _CRITICAL_FIELD.finditer(sentence):
            near = sentence[max(0, m.start() - 16) : m.start()] + " " + sentence[m.end() :]
            for t in _AT_TEMPERATURE.finditer(near):
                v = float(t.group(1))
                scale = (t.group(2) or "k").lower()
                kelvin = (
                    v + 273.15 if scale == "c" else (v - 32) * 5 / 9 + 273.15 if scale == "f" else v
                )
                if kelvin == 0:
                    at_zero = True
                else:
                    warm.append(kelvin)
                break
    if at_zero or not warm:
        return None
    return (
        f"the critical field is stated at {warm[0]:g} K, not at 0 K; the law H_C(T) = "
        "H_C(0)[1 − (T/T_C)²] needs the field at 0 K, so reading this one as it would give a wrong "
        "number; no number is given"
    )


_REFLECTION_RELATION = re.compile(r"(?:^|\+)bragg(?:_two_theta)?_cubic(?:$|\+)")
_HKL_STEP = re.compile(r"^\(hkl\) = \((-?\d+) (-?\d+) (-?\d+)\)$")
_ORDER_STEP = re.compile(r"^order of reflection: (\d+)$")


def forbidden_reflection_refusal(
    question: str, steps: list[str], relation: str | None
) -> str | None:
    """A powder reflection the named cubic structure does not give ('the 210 reflection of FCC
    copper', 'the 111 peak of BCC iron'): by the structure-factor rules (FCC hkl unmixed, BCC h+k+l
    even, diamond unmixed and h+k+l not 2 mod 4) the line is absent, so Bragg's law's angle for it
    answers a peak that does not appear. An n-th order reflection is read as (nh nk nl)."""
    if not relation or not _REFLECTION_RELATION.search(relation):
        return None
    from .relations.common import BCC, DIAMOND, FCC
    from .relations.crystal_sites import _allowed

    key = f" {keytext(question)} "
    named = [
        name
        for name, words in (("diamond", DIAMOND), ("fcc", FCC), ("bcc", BCC))
        if any(w in key for w in words)
    ]
    if "diamond" in named:
        named = ["diamond"]
    if len(named) != 1:
        return None
    hkl: tuple[int, int, int] | None = None
    order = 1
    for step in steps:
        m = _HKL_STEP.match(step.strip())
        if m:
            hkl = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
        o = _ORDER_STEP.match(step.strip())
        if o:
            order = int(o.group(1))
    if hkl is None or hkl == (0, 0, 0):
        return None
    h, k, l = (order * abs(i) for i in hkl)  # noqa: E741 (Miller index l)
    if _allowed(named[0], h, k, l):
        return None
    return (
        f"the {named[0].upper()} structure gives no {h}{k}{l} reflection (its structure factor is "
        "zero there), so no diffraction angle is given for it"
    )


# a temperature at which the material changes phase, stated in the question
_PHASE_POINT = re.compile(
    r"\b(?:melting|boiling|freezing|transformation)\s+(?:point|temperature)|\b(?:melts|boils|"
    r"freezes|transforms|solidifies)\s+at\b|\bsolidus\b|\bliquidus\b|\bT_m\b",
    re.I,
)


def phase_change_span_refusal(question: str, relation: str | None) -> str | None:
    """A heat capacity or an expansion coefficient used across a stated melting (boiling,
    transformation) point: Q = mcΔT and ΔL = αL₀ΔT hold within one phase; between 20 °C and 800 °C
    an aluminium part (melting point 660 °C) also takes its latent heat, so the one-phase number is
    wrong. Refused when the question's two other temperatures lie on both sides of that point."""
    if not relation:
        return None
    from .relations import all_relations

    rel = next((r for r in all_relations() if r.name == relation), None)
    if rel is None or "dT" not in rel.symbol_map:
        return None
    text = question.replace("\u2009", "").replace("\u202f", "")
    states = _states(text)
    for m in _PHASE_POINT.finditer(text):
        # the point's own value: the first temperature within a few words after the phrase
        own = [(at, k) for at, k in states if m.end() <= at <= m.end() + 25]
        if not own:
            continue
        point = own[0]
        others = [k for at, k in states if at != point[0]]
        if any(k < point[1] - 0.05 for k in others) and any(k > point[1] + 0.05 for k in others):
            return (
                "the temperature range crosses the stated phase-change point "
                f"({point[1]:.1f} K): a one-phase heat capacity or expansion coefficient does not "
                "hold across it (latent heat, another structure), so no number is given"
            )
    return None


# What an atom-basis and a mass-basis composition is, written once: 'at%', 'at.%', 'atom %', 'mol%',
# 'atomic percent'; 'wt%', 'wt.%', 'mass %', 'weight percent'. The lever rule's basis checks read them.
_AT_BASIS = re.compile(
    r"\b(?:at|atom|atomic|mol|mole)\s*\.?\s*%"
    r"|\b(?:at|atom|atomic|mol|mole|molar)\.?\s*(?:percent|per\s+cent)\b",
    re.I,
)
_WT_BASIS = re.compile(
    r"\b(?:wt|weight|mass)\s*\.?\s*%|\b(?:wt|weight|mass)\.?\s*(?:percent|per\s+cent)\b", re.I
)
# compositions given as atom (mole) fractions, outside the asking clause
_AT_FRACTION = re.compile(r"\b(?:atom|atomic|mole|molar)\s+fractions?\b", re.I)
_BY_MASS_ASK = re.compile(
    r"\b(?:mass|weight|by\s+mass|by\s+weight|kg|kilograms?|grams?|lb)\b", re.I
)
_BY_ATOMS_ASK = re.compile(
    r"\b(?:mole|molar|atom|atomic)\s+(?:fraction|percent)|\bby\s+atoms\b", re.I
)


def lever_basis_refusal(question: str, relation: str | None, quantity: Any) -> str | None:
    """The lever rule gives phase amounts on the basis of the compositions it is fed: with at% on the
    tie line it gives mole fractions of the phases, with wt% mass fractions. Refused: compositions
    written on both bases (the alloy in at%, the phases in wt%); a mass (or mass fraction) asked
    from at% compositions, or a mole fraction from wt%, which needs the atomic weights."""
    if not relation or not _is_lever_relation(relation):
        return None
    from .text import normalize

    whole = normalize(question)
    text = _ask_text(question).strip()
    if len(text) >= len(whole.strip()):  # no asking clause read: the last sentence asks
        text = re.split(r"(?<=[.?!])\s+(?=[A-Z])", whole.strip())[-1]
    at_ask = whole.lower().find(text.lower())
    given = whole if at_ask < 0 else whole[:at_ask] + " " + whole[at_ask + len(text) :]
    # the bases of the compositions the question gives, read outside its asking clause
    at = _AT_BASIS.search(given) or _AT_FRACTION.search(given)
    wt = _WT_BASIS.search(given)
    asks_mass = bool(_BY_MASS_ASK.search(text)) or (
        quantity is not None and "[mass]" in str(quantity.dimensionality)
    )
    if at and not wt and asks_mass:
        return (
            "the compositions are in at%, so the lever rule gives mole fractions of the phases; the "
            "question asks by mass, which needs the atomic weights: no number is given"
        )
    if wt and not at and _BY_ATOMS_ASK.search(text):
        return (
            "the compositions are in wt%, so the lever rule gives mass fractions of the phases; the "
            "question asks for a mole (atom) fraction: no number is given"
        )
    if _AT_BASIS.search(whole) and _WT_BASIS.search(whole):
        return (
            "the lever rule needs the alloy and phase compositions on one basis, and the question "
            "gives some in atom percent and some in weight percent; no number is given"
        )
    return None


def _is_lever_relation(relation: str) -> bool:
    """A lever-rule relation, alone or as one part of a chain ('lever_rule_liquid+...')."""
    return "lever" in relation or any(_is_lever(p) for p in relation.split("+"))


def _is_lever(relation: str) -> bool:
    from .relations import all_relations

    rel = next((r for r in all_relations() if r.name == relation), None)
    return rel is not None and "lever rule" in (rel.title + " " + rel.description).lower()


# a premise of the standard relations lifted in words: 'assume the surface concentration is not
# constant', 'the load does not stay constant', 'the gas is non-ideal', 'non-Arrhenius behaviour',
# 'take the T^(3/2) dependence of n_i into account', 'including the temperature dependence of the
# mobilities'
_LIFTED_PREMISE = re.compile(
    r"\b(?:not|no\s+longer)\s+(?:\w+\s+){0,2}?constant\b"
    r"|\bnon-?\s?(?:constant|ideal|arrhenius)\b"
    r"|\b(?:take|taking|takes)\s+(?:the\s+|its\s+)?(?:[^,.;:?]{0,40}\s)?"
    r"(?:dependence|variation)\b[^,.;:?]{0,60}\binto\s+account\b"
    r"|\b(?:take|taking)\s+into\s+account\s+(?:the\s+|its\s+)?(?:[^,.;:?()]{0,40}\s)?"
    r"(?:dependence|variation)\b"
    r"|\b(?:including|include|accounting\s+for|account\s+for|allowing\s+for|allow\s+for)\s+"
    r"(?:the\s+|its\s+)?(?:[^,.;:?()]{0,40}\s)?(?:dependence|variation)\s+(?:of|on)\b"
    # a constraint or a profile the relation takes as ideal said not to be: 'the walls are not
    # rigid', 'the profile is not linear', 'D depends on concentration'
    r"|\b(?:is|are)\s+not\s+(?:perfectly\s+|fully\s+|completely\s+|entirely\s+)?(?:rigid|linear)\b"
    r"|\bnon-?\s?rigid\b"
    r"|\b(?:depends|depend|varies|vary)\s+(?:strongly\s+)?(?:on|with)\s+(?:the\s+)?(?:local\s+)?"
    r"(?:concentration|composition)\b",
    re.I,
)


def lifted_premise_refusal(question: str) -> str | None:
    """The question lifts a premise the library's relations rest on: a quantity they hold constant
    said not to be ('the surface concentration is not constant'), an ideal or Arrhenius law said not
    to hold, or a dependence they leave out to be taken into account ('include the temperature
    dependence of the mobilities'). The relation would answer with the premise kept, so no number
    is given. ('Neglect the temperature dependence' keeps the premise and stays answered.)"""
    from .text import normalize

    m = _LIFTED_PREMISE.search(normalize(question))
    if m is None:
        return None
    return (
        f"the question lifts a premise of the standard relation ({m.group(0).strip()!r}), which "
        "the relation keeps; no number is given"
    )


# two-state relations that hold one temperature for both states (creep at two stresses, grain growth
# through a measured point, Sieverts' law at one temperature): the relation reads every stated
# temperature as the one condition. A relation that takes a diffusion coefficient for each state
# (equal Dt: t₂ = D₁t₁/D₂) carries the states' temperatures in those givens, and is no such relation.
def _isothermal_pair(relation: str) -> bool:
    from ...units import get_registry
    from .relations import all_relations

    ureg = get_registry()
    for rel in all_relations():
        if rel.name == relation:
            if not rel.pairs or "temperature" not in rel.conditions:
                return False
            per_state = 0
            for sym in rel.symbols:
                try:
                    per_state += ureg.Quantity(1, sym.unit).check("[length]**2/[time]")
                except Exception:
                    continue
            return per_state < 2
    return False


def isothermal_pair_refusal(question: str, relation: str) -> str | None:
    """A relation between two states at one temperature answering a question that states two or
    more different temperatures ('70 MPa at 700 °C … the rate under 70 MPa at 750 °C'): the states
    may differ in temperature, which the relation cannot carry."""
    from .text import normalize

    if not relation or not _isothermal_pair(relation):
        return None
    if len(set(_kelvins(normalize(question)))) < 2:
        return None
    return (
        "the relation holds both states at one temperature, and the question states more than one "
        "temperature; no number is given"
    )


# a factor of the full law written in the question: 'n_i ∝ T^(3/2) exp(−E_g/2kT)', 'T^{3/2}', 'T^1.5'
_T_THREE_HALVES = re.compile(
    r"\bT\s*(?:\^|\*\*)\s*[({]?\s*(?:3\s*/\s*2|1\.5)\s*[)}]?|\bT\s*³ᐟ²|\bT\s*3/2\b", re.I
)
_NEGLECTED = re.compile(r"\b(?:neglect\w*|ignor\w*|without|omit\w*|drop\w*|leav\w+\s+out)\b", re.I)


def neglected_factor_refusal(question: str, relation: str | None) -> str | None:
    """The question writes the T^(3/2) factor of a law whose library relation is written with that
    factor neglected (intrinsic conduction as exp(−E_g/2kT) alone): the relation's number leaves out
    a factor the question puts in. 'Neglect the T^(3/2) factor' keeps the relation's premise."""
    if not relation:
        return None
    from .relations import all_relations
    from .text import normalize

    descriptions = " ".join(
        str(rel.description) for rel in all_relations() if rel.name in relation.split("+")
    )
    if "T^(3/2)" not in descriptions or "neglected" not in descriptions:
        return None
    text = normalize(question)
    for m in _T_THREE_HALVES.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start()), 0)
        if _NEGLECTED.search(text[start : m.start()]):
            continue
        return (
            f"the question writes the factor {m.group(0).strip()!r}, which the relation neglects; "
            "no number is given"
        )
    return None


def asked_conditions_refusal(question: str, answer: Any) -> str | None:
    """Why a solved ``answer`` does not answer what ``question`` asks (None: no objection)."""
    from .mass_for_fraction import mass_for_fraction_refusal
    from .per_amount_ask import per_amount_refusal

    if answer.quantity is None:
        return None
    return (
        change_refusal(question, answer.target, answer.quantity)
        or scaling_refusal(question, list(answer.steps))
        or amount_change_refusal(question)
        or average_refusal(question)
        or reverse_refusal(question)
        or excluded_refusal(question, list(answer.steps), answer.target)
        or part_of_part_refusal(question, answer.relation)
        or per_time_refusal(question, answer.quantity)
        or per_amount_refusal(question, answer.quantity)
        or mass_for_fraction_refusal(question, answer.quantity)
        or combination_refusal(question, list(answer.steps))
        or other_temperature_refusal(question, list(answer.steps), answer.relation)
        or several_temperatures_refusal(question, list(answer.steps), answer.relation or "")
        or length_order_refusal(question, list(answer.steps), answer.relation or "")
        or unstated_data_temperature_refusal(question, list(answer.steps), answer.relation or "")
        or surface_angle_refusal(question, answer.relation)
        or cycle_extreme_refusal(question, answer.target)
        or asked_half_refusal(question, answer.relation)
        or load_for_stress_refusal(question, answer.target)
        or particle_count_refusal(question, answer.target)
        or necking_refusal(question, answer.relation)
        or critical_field_state_refusal(question, answer.relation)
        or forbidden_reflection_refusal(question, list(answer.steps), answer.relation)
        or phase_change_span_refusal(question, answer.relation)
        or lever_basis_refusal(question, answer.relation, answer.quantity)
        or lifted_premise_refusal(question)
        or isothermal_pair_refusal(question, answer.relation or "")
        or neglected_factor_refusal(question, answer.relation)
        or _stated_data_refusal(question, answer)
    )


def _stated_data_refusal(question: str, answer: Any) -> str | None:
    from .added_duration import added_duration_refusal
    from .given_qualifiers import (
        asked_cell_length_refusal,
        element_weight_refusal,
        per_face_area_refusal,
    )
    from .melt_span import melt_span_refusal
    from .relation_premises import (
        erf_concentration_refusal,
        porous_modulus_refusal,
        relation_premise_refusal,
    )
    from .round18_setup import round18_setup_refusal
    from .round19_setup import round19_setup_refusal
    from .round20_setup import round20_setup_refusal
    from .signed_ask import reversed_sign_refusal
    from .stated_order import stated_order_refusal
    from .stated_setup import stated_setup_refusal
    from .validity_ranges import validity_range_refusal
    from .worded_setup import worded_setup_refusal

    steps = list(answer.steps)
    return (
        relation_premise_refusal(question, answer.relation)
        or validity_range_refusal(
            question, answer.relation, answer.target, answer.quantity, [str(s) for s in steps]
        )
        or erf_concentration_refusal(answer.relation, answer.target, [str(s) for s in steps])
        or porous_modulus_refusal(question, answer.relation, [str(s) for s in steps])
        or reversed_sign_refusal(question)
        or stated_order_refusal(question)
        or per_face_area_refusal(question, steps)
        or element_weight_refusal(question, steps)
        or asked_cell_length_refusal(question, answer.target)
        or stated_setup_refusal(
            question, answer.relation, [str(s) for s in steps], answer.quantity, answer.target
        )
        or melt_span_refusal(question, answer.relation)
        or added_duration_refusal(question, [str(s) for s in steps])
        or worded_setup_refusal(question, answer, [str(s) for s in steps])
        or round18_setup_refusal(question, answer)
        or round19_setup_refusal(question, answer)
        or round20_setup_refusal(question, answer)
    )
