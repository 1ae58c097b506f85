"""Rank recipes for a request: Okapi BM25 over titles, descriptions, examples and keywords.

Before counting words, the text is normalised the way materials scientists write:
file names, supercell sizes, Miller indices, formulas and numbers become class
tokens (``<file>``, ``<supercell>``, ``<miller>``, ``<formula>``), common phrases
become one token ("space group" -> ``spacegroup``, "x-ray diffraction" -> ``xrd``)
and verbs are mapped to a canonical form (load/open/parse -> ``read``).

BM25 is written out here (a dozen lines) rather than imported: scikit-learn's
import alone costs ~1.4 s in the kernel, more than a whole recipe answer.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from . import slots

PHRASES: tuple[tuple[str, str], ...] = (
    (r"space[\s-]?groups?|spacegroups?|hermann[\s-]mauguin", "spacegroup"),
    (r"point[\s-]groups?", "pointgroup"),
    (r"zinc\s+blende", "zincblende"),
    (r"rock\s+salt", "rocksalt"),
    (r"crystal\s+systems?", "crystalsystem"),
    (r"bravais", "crystalsystem bravais"),
    (r"unit\s+cells?", "cell"),
    (r"super[\s-]?cells?", "supercell"),
    (r"\b(doubl|tripl)(e|ed|es|ing)\b(?=[^.;]*\b(cell|along|direction|axis|each)\b)", "supercell"),
    (r"equations?\s+of\s+state|\beos\b|e\s*\(\s*v\s*\)|energy[\s-]volume", "eos"),
    (r"bulk\s+modul(us|i)", "bulkmodulus eos"),
    (r"birch[\s-]murnaghan", "eos"),
    (r"x[\s-]?ray|diffractograms?|diffraction|\bxrd\b|powder\s+pattern", "xrd"),
    (
        r"radial\s+distribution|pair\s+distribution|g\s*\(\s*r\s*\)|\brdf\b|pair\s+correlation",
        "rdf",
    ),
    (r"energy\s+above\s+(the\s+)?(convex\s+)?hull|e[\s_]?above[\s_]?hull|\behull\b", "ehull hull"),
    (r"convex\s+hull", "hull"),
    (r"phase\s+diagrams?", "phasediagram"),
    (r"formation\s+(energy|energies|enthalpy|enthalpies)", "formationenergy"),
    (r"oxidation\s+states?|valences?|valency", "oxidation"),
    (
        r"molar\s+mass|molecular\s+weight|formula\s+weight|atomic\s+mass\s+of|mass\s+of\s+one\s+mole",
        "molarmass",
    ),
    (
        r"weight\s+(fraction|percent)s?|mass\s+(fraction|percent)s?|\bwt\.?\s*%|wt\s*percent",
        "wtfraction",
    ),
    (r"atomic\s+(fraction|percent)s?|mole\s+(fraction|percent)s?|\bat\.?\s*%", "atfraction"),
    (r"coordination\s+numbers?|\bcn\b", "coordination"),
    (r"bond\s+lengths?|bond\s+distances?", "bondlength"),
    (r"bond\s+angles?", "bondangle"),
    (r"nearest\s+neighbou?rs?", "neighbour"),
    (r"k[\s-]?points?|kpoints?|monkhorst[\s-]pack", "kpoints"),
    (r"lattice\s+(constants?|parameters?)|cell\s+parameters?|cell\s+dimensions?", "latticeparam"),
    (r"structure\s*matcher|same\s+(structure|crystal)|identical|duplicates?", "match"),
    (r"take\s+out|get\s+rid\s+of|knock\s+out", "remove"),
    (r"how\s+many\s+atoms|number\s+of\s+(atoms|sites)|atom\s+count", "natoms"),
    (r"break(s|ing)?\s+down|breakdown|decompos\w*", "decompose"),
    (r"interstitial|voids?|empty\s+space|holes?", "interstitial"),
    (r"molecular\s+dynamics|\bmd\b", "md"),
    (r"variable[\s-]cell", "cell relax"),
    (r"wyckoff", "wyckoff"),
    (r"k[\s-]?alpha|kα", "kalpha"),
    (r"per\s+formula\s+unit|formula\s+units?", "formulaunit"),
)
WORDS: dict[str, str] = {
    "neighbor": "neighbour",
    "neighbours": "neighbour",
    "neighbors": "neighbour",
    "optimise": "relax",
    "optimize": "relax",
    "optimization": "relax",
    "optimisation": "relax",
    "minimize": "relax",
    "minimise": "relax",
    "relaxation": "relax",
    "relaxed": "relax",
    "delete": "remove",
    "deleting": "remove",
    "removing": "remove",
    "removed": "remove",
    "strip": "remove",
    "drop": "remove",
    "dope": "dope",
    "doped": "dope",
    "doping": "dope",
    "dopant": "dope",
    "substitute": "substitute",
    "substitution": "substitute",
    "substituted": "substitute",
    "substituting": "substitute",
    "replace": "substitute",
    "replaced": "substitute",
    "replacing": "substitute",
    "exchange": "substitute",
    "build": "build",
    "make": "build",
    "create": "build",
    "generate": "build",
    "construct": "build",
    "set": "build",
    "read": "read",
    "load": "read",
    "open": "read",
    "parse": "read",
    "import": "read",
    "write": "write",
    "save": "write",
    "export": "write",
    "dump": "write",
    "store": "write",
    "plot": "plot",
    "draw": "plot",
    "chart": "plot",
    "visualize": "plot",
    "visualise": "plot",
    "stretch": "strain",
    "tensile": "strain",
    "compressive": "strain",
    "strained": "strain",
    "straining": "strain",
    "stretched": "strain",
    "symmetrise": "symmetrize",
    "symmetrised": "symmetrize",
    "symmetrized": "symmetrize",
    "idealise": "idealize",
    "idealised": "idealize",
    "slabs": "slab",
    "surfaces": "surface",
    "facets": "facet",
    "converting": "convert",
    "conversion": "convert",
    "converted": "convert",
    "compare": "compare",
    "comparing": "compare",
    "comparison": "compare",
    "vacancies": "vacancy",
    "delithiate": "delithiate",
    "delithiated": "delithiate",
    "angstrom": "<length>",
    "angstroms": "<length>",
}
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "and",
        "or",
        "by",
        "from",
        "into",
        "onto",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "it's",
        "my",
        "me",
        "i",
        "you",
        "your",
        "we",
        "our",
        "please",
        "can",
        "could",
        "would",
        "should",
        "will",
        "how",
        "what",
        "which",
        "who",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "do",
        "does",
        "did",
        "give",
        "show",
        "tell",
        "get",
        "compute",
        "calculate",
        "determine",
        "find",
        "report",
        "print",
        "let",
        "want",
        "need",
        "using",
        "use",
        "some",
        "then",
        "now",
        "also",
        "just",
        "new",
        "here",
        "there",
        "as",
        "so",
        "if",
        "than",
        "about",
        "like",
        "want'd",
        "i'd",
        "i'm",
        "let's",
        "want'll",
        "structure",
        "structures",
        "crystal",
        "crystals",
        "material",
        "materials",
        "compound",
        "compounds",
        "have",
        "has",
        "had",
    ]
)


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ys")):
        return word[:-1]
    return word


def _tag_entities(text: str) -> str:
    """Replace entities by class tokens so "2x2x1" and "3x3x3" look the same to BM25."""
    for mention in slots.find_files(text):
        text = text.replace(mention.text, " <file> ")
    symbol = slots.find_spacegroup(text)
    if symbol:
        text = text.replace(symbol, " <spacegroup> ")
    text = re.sub(
        r"(?<![\d.])\d{1,2}\s*[x×*]\s*\d{1,2}(\s*[x×*]\s*\d{1,2})?(?![\d.])", " <supercell> ", text
    )
    text = re.sub(
        r"[(\[]\s*-?\d\s*[, ]?\s*-?\d\s*[, ]?\s*-?\d\s*([, ]?\s*-?\d\s*)?[)\]]", " <miller> ", text
    )
    text = re.sub(
        r"\b\d{3,4}\s*(?=-?\s*(surface|slab|facet|plane|termination)s?\b)",
        " <miller> ",
        text,
        flags=re.I,
    )
    text = re.sub(r"[-+−]?\d+(\.\d+)?\s*%", " <percent> ", text)
    text = re.sub(
        r"[-+−]?\d+(\.\d+)?\s*(å|angstroms?|ångström|nm\b)", " <length> ", text, flags=re.I
    )
    words = []
    for tok in re.split(r"(\s+)", text):
        core = tok.strip(".,;:!?")
        if core and slots.is_formula(core):
            words.append(tok.replace(core, " <formula> "))
        elif (core in slots.element_symbols() and core not in slots.ENGLISH_SYMBOLS) or (
            core.lower() in slots.element_names() and not core.isupper()
        ):
            words.append(tok.replace(core, " <element> "))
        else:
            words.append(tok)
    return "".join(words)


def tokenize(text: str) -> list[str]:
    """Normalised tokens of ``text`` (see the module docstring)."""
    text = re.sub(r"\bE\s*\(\s*([A-Z][A-Za-z0-9]*)\s*\)", r" \1 ", text)  # E(Li2O) = ...
    text = re.sub(r"(?<=[A-Za-z])[-–—](?=[A-Za-z])", " ", text)  # Mg–O, Si-Si-Si, Niggli-reduce
    text = _tag_entities(text)
    lowered = text.lower()
    for pattern, token in PHRASES:
        lowered = re.sub(pattern, f" {token} ", lowered)
    out = []
    for word in re.findall(r"<\w+>|[a-z][a-z0-9_'/-]*", lowered):
        word = word.strip("'-/")
        if not word or word in STOPWORDS:
            continue
        if word.startswith("<"):
            out.append(word)
            continue
        canonical = WORDS.get(word) or WORDS.get(_stem(word)) or _stem(word)
        out.append(canonical)
        if canonical != word and _stem(word) != canonical:
            out.append(_stem(word))
    return out


@dataclass(frozen=True)
class Hit:
    """A recipe and its BM25 score for a query."""

    recipe_id: str
    score: float


class BM25:
    """Okapi BM25 (k1 = 1.5, b = 0.75) over tokenised documents."""

    def __init__(self, docs: dict[str, list[str]], k1: float = 1.5, b: float = 0.75) -> None:
        self.ids = list(docs)
        self.tfs = [Counter(docs[i]) for i in self.ids]
        self.lengths = [len(docs[i]) for i in self.ids]
        self.avg = sum(self.lengths) / max(1, len(self.lengths))
        self.k1, self.b = k1, b
        df: Counter[str] = Counter()
        for tf in self.tfs:
            df.update(tf.keys())
        n = len(self.ids)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def scores(self, query: Iterable[str]) -> list[Hit]:
        terms = set(query)
        out = []
        for doc_id, tf, length in zip(self.ids, self.tfs, self.lengths, strict=False):
            score = 0.0
            norm = self.k1 * (1 - self.b + self.b * length / self.avg)
            for t in terms:
                f = tf.get(t)
                if f:
                    score += self.idf[t] * f * (self.k1 + 1) / (f + norm)
            out.append(Hit(doc_id, score))
        return sorted(out, key=lambda h: -h.score)


@lru_cache(maxsize=1)
def index() -> BM25:
    """The BM25 index over every recipe (built once, ~10 ms)."""
    from .recipes import RECIPES

    docs = {}
    for rid, recipe in RECIPES.items():
        tokens = (
            tokenize(recipe.title) * 2 + tokenize(recipe.description) + tokenize(recipe.keywords)
        )
        for example in recipe.examples:
            tokens += tokenize(example)
        docs[rid] = tokens
    return BM25(docs)


def rank(text: str, limit: int = 8) -> list[Hit]:
    """The best recipes for ``text``, best first."""
    return index().scores(tokenize(text))[:limit]
