"""Slot filling: pull typed values out of a plain-words request.

Each ``find_*`` function reads the request text and returns what it found (or
``None``): file paths, chemical formulas and elements, supercell sizes, Miller
indices, numbers with units (Å, %, eV, GPa, K), counts ("one Li", "all O"),
species maps ("replace Fe with Mn"), energies for phase diagrams and names of
the user's variables. Nothing here imports pymatgen: element data come from
:mod:`ase.data` (cheap), so slot filling costs milliseconds.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...structure_formats import FILE_NAMES
from ...structure_formats import suffixes as structure_suffixes

# from the one format table (suffixes such as '.in' that other files share are left out)
STRUCTURE_SUFFIXES = structure_suffixes(generic=False)
STRUCTURE_NAMES = FILE_NAMES
DATA_SUFFIXES = (".csv", ".txt", ".dat", ".tsv", ".xlsx", ".npy", ".npz", ".h5", ".parquet")
FILE_SUFFIXES = STRUCTURE_SUFFIXES + DATA_SUFFIXES
# Capitalised English words that are also element symbols: never read as elements on their own.
ENGLISH_SYMBOLS = {
    "I",
    "In",
    "As",
    "At",
    "Be",
    "He",
    "No",
    "Am",
    "Es",
    "Ho",
    "Ta",
    "Re",
    "Pa",
    "Os",
    "Bi",
    "Hi",
    "So",
    "Mt",
    "Ds",
    "Do",
}
ALT_NAMES = {
    "aluminium": "Al",
    "caesium": "Cs",
    "sulphur": "S",
    "wolfram": "W",
    "oxygen": "O",
    "nitrogen": "N",
    "hydrogen": "H",
    "carbon": "C",
}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "pair": 2,
    "couple": 2,
}
FRACTION_WORDS = {
    "half": 0.5,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "three quarters": 0.75,
    "a tenth": 0.1,
}
LENGTH_UNITS = {
    "å": 1.0,
    "a": 1.0,
    "ang": 1.0,
    "angstrom": 1.0,
    "angstroms": 1.0,
    "angström": 1.0,
    "ångström": 1.0,
    "nm": 10.0,
    "pm": 0.01,
    "bohr": 0.529177,
}


@lru_cache(maxsize=1)
def element_symbols() -> frozenset[str]:
    from ase.data import chemical_symbols

    return frozenset(s for s in chemical_symbols if s != "X")


@lru_cache(maxsize=1)
def element_names() -> dict[str, str]:
    """Lower-case English element name -> symbol ("silicon" -> "Si")."""
    from ase.data import atomic_names, chemical_symbols

    names = {n.lower(): s for n, s in zip(atomic_names, chemical_symbols, strict=False) if n}
    names.update(ALT_NAMES)
    return names


# ---------------------------------------------------------------- formulas / elements
_FORMULA_TOKEN = re.compile(r"^(?:\(?[A-Z][a-z]?\d*(?:\.\d+)?\)?\d*)+$")
_ELEMENT_PART = re.compile(r"([A-Z][a-z]?)(\d*(?:\.\d+)?)")


def is_formula(token: str, *, allow_single: bool = False) -> bool:
    """``token`` is a chemical formula made of real element symbols ("LiFePO4", "Fe2O3")."""
    token = token.strip(".,;:!?'\"`")
    if not token or not _FORMULA_TOKEN.match(token) or token.count("(") != token.count(")"):
        return False
    parts = _ELEMENT_PART.findall(token.replace("(", "").replace(")", ""))
    if not parts or any(sym not in element_symbols() for sym, _ in parts):
        return False
    if "".join(s + n for s, n in parts) != re.sub(r"[()]\d*", "", token) and "(" not in token:
        return False
    single = len(parts) == 1 and not parts[0][1]
    if single:
        return allow_single and token not in ENGLISH_SYMBOLS
    if token.isupper() and not any(ch.isdigit() for ch in token):
        return token in UPPERCASE_MOLECULES  # "XRD", "CIF", "EOS", "BCC" are words, "CO" is not
    return True


UPPERCASE_MOLECULES = {"CO", "NO", "BN", "HF", "KI", "KF", "NF", "CS"}


def tokens_with_positions(text: str) -> list[tuple[str, int]]:
    """Formula-like words with their offsets, unbalanced brackets and full stops trimmed."""
    out = []
    for m in re.finditer(r"[A-Za-z0-9().]+", text):
        tok, start = m.group(0).rstrip("."), m.start()
        while tok.endswith(")") and tok.count(")") > tok.count("("):
            tok = tok[:-1]
        while tok.startswith("(") and tok.count("(") > tok.count(")"):
            tok, start = tok[1:], start + 1
        out.append((tok, start))
    return out


def strip_paths(text: str) -> str:
    """Blank out file names so "LiFePO4.cif" is not also read as the formula "LiFePO4"."""
    chars = list(text)
    for m in _path_matches(text):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def find_formulas(text: str) -> list[str]:
    """Compound formulas in order of appearance ("Fe2O3", "LiCoO2"); single elements excluded."""
    out: list[str] = []
    for tok, _ in tokens_with_positions(strip_paths(text)):
        if is_formula(tok) and tok not in out:
            out.append(tok)
    return out


def find_elements(text: str) -> list[str]:
    """Element symbols ("Li", "Fe") and names ("silicon") in order of appearance."""
    found: list[tuple[int, str]] = []
    clean = strip_paths(text)
    names = element_names()
    for m in re.finditer(r"[A-Za-z]+", clean):
        word = m.group(0)
        if word in element_symbols() and word not in ENGLISH_SYMBOLS:
            found.append((m.start(), word))
        elif word.lower() in names and not word.isupper():
            found.append((m.start(), names[word.lower()]))
        elif word in ENGLISH_SYMBOLS and _element_context(clean, m.start(), m.end()):
            found.append((m.start(), word))
    out: list[str] = []
    for _, sym in sorted(found):
        if sym not in out:
            out.append(sym)
    return out


def _element_context(text: str, start: int, end: int) -> bool:
    """An ambiguous symbol ("In", "As") counts as an element next to chemistry words."""
    before = text[max(0, start - 25) : start].lower()
    after = text[end : end + 12].lower()
    return bool(
        re.search(r"(replace|substitute|with|by|remove|one|two|all|dope|of)\s+$", before)
    ) and not re.match(r"\s+(the|a|an|my|this|order|addition|case|general|which)\b", after)


def find_compound(text: str) -> str | None:
    """The first formula, else the first element named; None when neither appears."""
    formulas = find_formulas(text)
    if formulas:
        return formulas[0]
    elements = find_elements(text)
    return elements[0] if elements else None


# ---------------------------------------------------------------- files
_EXTENSIONS = "|".join(s.lstrip(".") for s in FILE_SUFFIXES)
_PATH = re.compile(
    r"""(?P<q>['"`])(?P<quoted>[^'"`\n]{1,300}?)(?P=q)"""
    r"""|(?P<bare>(?:[~.\w/\\-]+[/\\])?(?:[\w.-]*\.(?:"""
    + _EXTENSIONS
    + r""")|(?:POSCAR|CONTCAR)[\w.-]*))(?![\w])""",
    re.IGNORECASE,
)
# Linear-time scanning: a quote or one run of path characters at a time; the path pattern
# above then only ever sees one short run (it backtracks quadratically on long ones).
_TOKEN = re.compile(r"""['"`]|[~.\w/\\-]+""")
_HAS_NAME = re.compile(r"\.(?:" + _EXTENSIONS + r")(?![\w])|POSCAR|CONTCAR", re.IGNORECASE)
MAX_PATH_CHARS = 260


def _path_matches(text: str) -> list[re.Match[str]]:
    """Quoted strings and bare file paths in ``text``, in order (time linear in its length)."""
    out: list[re.Match[str]] = []
    pos = 0
    while (tok := _TOKEN.search(text, pos)) is not None:
        if tok.group() in "'\"`":
            quoted = _PATH.match(text, tok.start())
            if quoted is not None and quoted.group("quoted"):
                out.append(quoted)
                pos = quoted.end()
            else:
                pos = tok.end()
            continue
        if len(tok.group()) <= MAX_PATH_CHARS and _HAS_NAME.search(tok.group()):
            out.extend(m for m in _PATH.finditer(text, tok.start(), tok.end()) if m.group("bare"))
        pos = tok.end()
    return out


@dataclass
class FileMention:
    """A file named in the request. ``role`` is "input", "output" or "unknown"."""

    text: str
    role: str
    exists: bool
    size: int | None = None
    path: str | None = None  # resolved path on disk when it exists

    @property
    def is_structure(self) -> bool:
        name = Path(self.text).name
        return name.lower().endswith(STRUCTURE_SUFFIXES) or name.startswith(STRUCTURE_NAMES)


_OUTPUT_BEFORE = re.compile(
    r"(save|saved|write|written|writes|export|exported|dump|store|to|into|as|"
    r"output|named|called|create|produce)\W*(?:it|them|the\s+\w+|a\s+file)?"
    r"\W*(?:to|into|as|in|named|called)?\W*(?:an?\s+|the\s+|new\s+)*$",
    re.I,
)
_INPUT_BEFORE = re.compile(
    r"(read|load|open|parse|from|in|of|use|using|file|given|take|import|"
    r"compare|and|with|vs|versus|between)\W*$",
    re.I,
)


def find_files(text: str, cwd: str | os.PathLike[str] | None = None) -> list[FileMention]:
    """Files named in ``text``; ``exists`` is checked relative to ``cwd`` (default: the cwd)."""
    base = Path(cwd or os.getcwd())
    out: list[FileMention] = []
    for m in _path_matches(text):
        name = m.group("quoted") or m.group("bare")
        if not name:
            continue
        name = name.strip()
        if m.group("quoted") and not (
            Path(name).suffix.lower() in FILE_SUFFIXES
            or Path(name).name.startswith(STRUCTURE_NAMES)
            or "/" in name
            or (base / name).exists()
        ):
            continue
        if any(f.text == name for f in out):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        path = Path(os.path.expanduser(name))
        path = path if path.is_absolute() else base / path
        exists = path.is_file()
        role = "unknown"
        if _OUTPUT_BEFORE.search(before) and not re.search(
            r"\b(read|load|open|from)\b\W*$", before, re.I
        ):
            role = "output"
        if exists or _INPUT_BEFORE.search(before):
            role = "input" if role != "output" or exists else role
        size = path.stat().st_size if exists else None
        out.append(FileMention(name, role, exists, size, str(path) if exists else None))
    return out


def structure_files_in(folder: str | os.PathLike[str] | None = None, limit: int = 50) -> list[str]:
    """Names of structure files in ``folder`` (not recursive), sorted."""
    base = Path(folder or os.getcwd())
    try:
        names = sorted(
            p.name
            for p in base.iterdir()
            if p.is_file()
            and not p.name.startswith(".")  # hidden files (chat histories ...) are never offered
            and (p.name.lower().endswith(STRUCTURE_SUFFIXES) or p.name.startswith(STRUCTURE_NAMES))
        )
    except OSError:
        return []
    return names[:limit]


def file_for_compound(compound: str, folder: str | os.PathLike[str] | None = None) -> str | None:
    """A structure file in ``folder`` whose stem is the named compound ("LiFePO4" -> LiFePO4.cif)."""
    for name in structure_files_in(folder):
        if Path(name).stem.lower() == compound.lower():
            return name
    return None


# ---------------------------------------------------------------- integers, vectors
def find_supercell(text: str) -> tuple[int, int, int] | None:
    """A supercell size: "2x2x1", "2 × 2 × 2", "2 by 2 by 1", "3x3" (in-plane), "doubled along c"."""
    text = strip_paths(text)
    m = re.search(
        r"(?<![\d.])(\d{1,2})\s*[x×*]\s*(\d{1,2})\s*[x×*]\s*(\d{1,2})(?![\d.])", text, re.I
    )
    if not m:
        m = re.search(r"(?<![\d.])(\d{1,2})\s+by\s+(\d{1,2})\s+by\s+(\d{1,2})\b", text, re.I)
    if m:
        return (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"(?<![\d.])(\d{1,2})\s*[x×]\s*(\d{1,2})(?![\d.x×])", text, re.I)
    if m:
        return (int(m.group(1)), int(m.group(2)), 1)
    m = re.search(
        r"\b(double|doubled|doubling|triple|tripled|tripling)\b[^.]*?\balong\s+(?:the\s+)?"
        r"([abc])\b",
        text,
        re.I,
    )
    if m:
        n = 2 if m.group(1).lower().startswith("doubl") else 3
        return tuple(n if ax == m.group(2).lower() else 1 for ax in "abc")  # type: ignore[return-value]
    m = re.search(
        r"\b(\d{1,2}|two|three|four)\s+(?:times|fold)\s+in\s+(?:each|every|all)", text, re.I
    )
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1).lower()]
        return (n, n, n)
    m = re.search(r"\b(double|triple)\b", text, re.I)
    if (
        m
        and re.search(r"\b(cell|supercell|structure|unit cell)\b", text, re.I)
        and re.search(r"\b(each|every|all)\s+(direction|axis|axes|dimension)", text, re.I)
    ):
        n = 2 if m.group(1).lower() == "double" else 3
        return (n, n, n)
    return None


def find_miller(text: str) -> tuple[int, int, int] | None:
    """A Miller index: "(111)", "(1 1 0)", "(1,1,0)", "[100]", "(1-10)", "(0001)", "111 surface"."""
    candidates = re.finditer(
        r"[(\[{]\s*(-?\d)\s*[, ]?\s*(-?\d)\s*[, ]?\s*(-?\d)\s*"
        r"(?:[, ]?\s*(-?\d)\s*)?[)\]}]",
        text,
    )
    for m in candidates:
        nums = [int(g) for g in m.groups() if g is not None]
        if len(nums) == 4:  # hexagonal (h k i l) -> (h k l)
            nums = [nums[0], nums[1], nums[3]]
        if any(nums):
            return (nums[0], nums[1], nums[2])
    m = re.search(
        r"\b(-?\d)\s?(-?\d)\s?(-?\d)\s*(?:-|\s)?(?:surface|slab|facet|plane|termination|"
        r"orientation|direction|cut|reflection)",
        text,
        re.I,
    )
    if m:
        nums = [int(g) for g in m.groups()]
        if any(nums):
            return (nums[0], nums[1], nums[2])
    m = re.search(
        r"(?:miller|hkl|index|indices|surface|facet)\D{0,12}(-?\d)[ ,]+(-?\d)[ ,]+(-?\d)\b",
        text,
        re.I,
    )
    if m:
        nums = [int(g) for g in m.groups()]
        if any(nums):
            return (nums[0], nums[1], nums[2])
    return None


def find_vector(text: str) -> tuple[float, float, float] | None:
    """Fractional coordinates such as "(0.5, 0.5, 0.5)" or "at 0 0 0.25"."""
    num = r"(-?\d*\.?\d+(?:/\d+)?)"
    m = (
        re.search(rf"[(\[]\s*{num}\s*,?\s+{num}\s*,?\s+{num}\s*[)\]]", text)
        or re.search(rf"[(\[]\s*{num}\s*,\s*{num}\s*,\s*{num}\s*[)\]]", text)
        or re.search(rf"\bat\s+{num}[ ,]+{num}[ ,]+{num}\b", text)
    )
    if not m:
        return None
    vals = []
    for g in m.groups():
        if "/" in g:
            a, b = g.split("/")
            vals.append(float(a) / float(b))
        else:
            vals.append(float(g))
    if all(abs(v) <= 1.0 for v in vals) and not all(
        float(v).is_integer() and abs(v) > 0 for v in vals
    ):
        return (vals[0], vals[1], vals[2])
    return None


# ---------------------------------------------------------------- numbers with units
@dataclass
class Number:
    """A number in the request, with its unit as written ("" when none) and position."""

    value: float
    unit: str
    start: int
    end: int


_NUMBER = re.compile(
    r"(?<![\w.\-x×/])([-+−]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*"
    r"(%|å|Å|angstroms?|ångström|angström|ang\b|a\b|nm\b|pm\b|bohr\b|ev/atom|ev per atom|ev/f\.?u\.?|"
    r"ev\b|mev\b|kj/mol|gpa\b|mpa\b|kbar\b|k\b(?!-)|°c|degrees?\b|deg\b|°|layers?\b|g/cm3|g/cm\^3|"
    r"g cm-3|grams?\b|mg\b|kg\b|g\b|fs\b|ps\b|steps?\b|atoms?\b|kv\b|ev/å|ev/a\b)?",
    re.IGNORECASE,
)


def find_numbers(text: str) -> list[Number]:
    """Every number not part of a supercell, Miller index, formula or file name."""
    masked = strip_paths(text)
    masked = re.sub(r"\d+\s*[x×]\s*\d+(\s*[x×]\s*\d+)?", lambda m: " " * len(m.group(0)), masked)
    masked = re.sub(
        r"[(\[]\s*-?\d\s*[, ]?\s*-?\d\s*[, ]?\s*-?\d\s*[)\]]",
        lambda m: " " * len(m.group(0)),
        masked,
    )
    masked = re.sub(
        r"\b\d{3}\s*(?=-?\s*(surface|slab|facet|plane))",
        lambda m: " " * len(m.group(0)),
        masked,
        flags=re.I,
    )
    out = []
    for m in _NUMBER.finditer(masked):
        start = m.start()
        if start > 0 and masked[start - 1].isalpha():
            continue  # part of a formula (Fe2O3) or a name
        value = float(m.group(1).replace("−", "-"))
        unit = (m.group(2) or "").strip()
        out.append(Number(value, unit.lower(), m.start(), m.end()))
    return out


def _near(text: str, number: Number, words: tuple[str, ...], window: int = 40) -> bool:
    before = text[max(0, number.start - window) : number.start].lower()
    after = text[number.end : number.end + window].lower()
    return any(
        w in before or w in after or (number.unit and w.startswith(number.unit)) for w in words
    )


def _distance(text: str, number: Number, words: tuple[str, ...]) -> int:
    """Characters between ``number`` and the nearest of ``words`` (large when none is near)."""
    lowered = text.lower()
    best = 10**6
    for w in words:
        for m in re.finditer(re.escape(w.lower()), lowered):
            gap = m.start() - number.end if m.start() >= number.end else number.start - m.end()
            best = min(best, max(gap, 0))
    return best


def find_length(text: str, near: tuple[str, ...] = ()) -> float | None:
    """A length in Å (nm and pm converted), preferably near one of ``near``'s words."""
    nums = [
        n
        for n in find_numbers(text)
        if (n.unit in LENGTH_UNITS and n.unit != "a")
        or (n.unit == "a" and re.search(r"\d\s*A\b", text[n.start : n.end + 1]))
    ]
    if near:
        close = [n for n in nums if _near(text, n, near)]
        # "8 Å thickness and 10 Å vacuum": the number written closest to the word wins
        nums = sorted(close, key=lambda n: _distance(text, n, near))
    if not nums and near:
        # "a = 3.905" or "lattice constant 4.0": a bare number right after the phrase is in Å
        for n in find_numbers(text):
            before = text[max(0, n.start - 25) : n.start].lower()
            if (
                not n.unit
                and re.search(
                    r"(\ba\s*=\s*|lattice\s+(constant|parameter)\s*(of|=|is)?\s*)$", before
                )
                and any(w.strip() in before for w in near)
            ):
                return n.value
    if not nums:
        return None
    n = nums[0]
    return n.value * LENGTH_UNITS.get(n.unit, 1.0)


def find_plain_number(text: str, near: tuple[str, ...] = (), integer: bool = False) -> float | None:
    """A number without a unit near one of ``near``'s words."""
    for n in find_numbers(text):
        if n.unit and n.unit not in ("atoms", "atom", "steps", "step", "layers", "layer"):
            continue
        if integer and not float(n.value).is_integer():
            continue
        if not near or _near(text, n, near, window=30):
            return n.value
    if near and integer:
        for word, value in NUMBER_WORDS.items():
            if word in ("a", "an", "pair", "couple", "single"):
                continue
            if re.search(rf"\b{word}\b", text, re.I) and any(w in text.lower() for w in near):
                return float(value)
    return None


def find_percent(text: str, near: tuple[str, ...] = ()) -> float | None:
    """A percentage as a fraction (2% -> 0.02), preferably near ``near``'s words."""
    nums = [n for n in find_numbers(text) if n.unit == "%"]
    if near:
        nums = [n for n in nums if _near(text, n, near)] or nums
    return nums[0].value / 100.0 if nums else None


def find_fraction(text: str) -> float | None:
    """A fraction: "25%", "half", "a quarter", "0.25 of"."""
    p = find_percent(text)
    if p is not None:
        return p
    for word, value in FRACTION_WORDS.items():
        if re.search(rf"\b{word}\b", text, re.I):
            return value
    m = re.search(r"\b(0?\.\d+)\s+of\b", text)
    return float(m.group(1)) if m else None


# ---------------------------------------------------------------- counts, species maps
def find_count(text: str, element: str) -> int | str | None:
    """How many ``element`` atoms: "one Li" -> 1, "2 O" -> 2, "all the Li" -> "all"."""
    names = [element] + [n for n, s in element_names().items() if s == element]
    alt = "|".join(re.escape(n) for n in names)
    m = re.search(rf"\b(all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:{alt})\b", text, re.I)
    if m:
        return "all"
    m = re.search(
        rf"\b(\d+|{'|'.join(NUMBER_WORDS)})\s+(?:of\s+the\s+)?(?:{alt})\b(?!\d)", text, re.I
    )
    if m:
        word = m.group(1).lower()
        return int(word) if word.isdigit() else NUMBER_WORDS[word]
    return None


_REPLACE_VERB = (
    r"(?:replace|replacing|substitute|substituting|swap|swapping|exchange|change|convert)"
)


def find_species_map(text: str) -> dict[str, str] | None:
    """Which element becomes which: "replace Fe with Mn", "substitute Mn for Fe", "Fe -> Mn"."""
    el = r"([A-Z][a-z]?|[a-z]{3,12})"
    names = element_names()

    def sym(word: str) -> str | None:
        if word in element_symbols():
            return word
        return names.get(word.lower())

    clean = strip_paths(text)
    pairs: dict[str, str] = {}
    for m in re.finditer(
        rf"\b{_REPLACE_VERB}\s+(?:(?:all|every|each)\s+(?:of\s+)?)?(?:(?:one|two|three|"
        rf"a|an|\d+|some|half)\s+(?:of\s+)?)?(?:the\s+)?(?:\w+\s+of\s+the\s+)?"
        rf"{el}(?:\s+(?:atoms?|ions?|sites?))?(?:\s+(?:in|of)\s+(?:the\s+)?\S*)?\s+"
        rf"(with|by|for|to|into|->|→)\s+{el}\b",
        clean,
        re.I,
    ):
        a, how, b = sym(m.group(1)), m.group(2).lower(), sym(m.group(3))
        if a and b:
            verb = m.group(0).split()[0].lower()
            if how == "for" and verb.startswith("substitut"):
                a, b = b, a  # "substitute Mn for Fe": Mn goes where Fe was
            pairs[a] = b
    for m in re.finditer(rf"\b{el}\s*(?:->|→|=>)\s*{el}\b", clean):
        a, b = sym(m.group(1)), sym(m.group(2))
        if a and b:
            pairs[a] = b
    for m in re.finditer(
        rf"\b{el}\s+(?:atoms?\s+|ions?\s+)?(?:on|at|in|into|onto)\s+"
        rf"(?:a|an|one|the|some|two|\d+)?\s*(?:of\s+the\s+)?{el}\s+sites?\b",
        clean,
    ):
        a, b = sym(m.group(1)), sym(m.group(2))
        if a and b:
            pairs[b] = a
    for m in re.finditer(
        rf"\b(?:dope|doping|replace|substitute|swap)\w*\s+(?:\S+\s+){{0,4}}?"
        rf"(?:of\s+)?(?:the\s+)?{el}\s+(?:sites?|atoms?|ions?)\b[^.;]*?\bwith\s+"
        rf"(?:\d+\s*%\s+)?{el}\b",
        clean,
        re.I,
    ):
        a, b = sym(m.group(1)), sym(m.group(2))
        if a and b:
            pairs.setdefault(a, b)
    for m in re.finditer(
        rf"\bdope\w*\s+(?:the\s+)?{el}\s+(?:\w+\s+)?with\s+(?:\d+\s*%\s+)?{el}\b", clean, re.I
    ):
        a, b = sym(m.group(1)), sym(m.group(2))
        if a and b:
            pairs.setdefault(a, b)
    return pairs or None


# ---------------------------------------------------------------- energies (phase diagrams)
_ENERGY = re.compile(
    r"(?<![\w(])(?P<f>[A-Z][A-Za-z0-9().]*)(?![\w(])\)?\s*(?:[:=]|\bat\b|\bis\b|\bhas\b|\bwith\b|"
    r"\bof\b)?\s*(?:energy\s+)?(?:of\s+)?(?P<e>[-−+]?\d+(?:\.\d+)?)\s*"
    r"(?P<u>(?i:ev\s*/\s*atom|ev\s+per\s+atom|ev\s*/\s*f\.?u\.?|ev))?"
)


def find_energies(text: str) -> tuple[dict[str, float], str] | None:
    """Formula -> energy pairs ("Li2O: -14.3 eV", "E(Li) = -1.9") and the basis ("atom" or "fu").

    Energies per atom when the text says eV/atom (or "per atom"), otherwise per formula unit.
    """
    pairs: dict[str, float] = {}
    units: list[str] = []
    clean = re.sub(r"\bE\s*\(\s*", "", strip_paths(text))
    for m in _ENERGY.finditer(clean):
        formula = m.group("f").strip("()")
        if not (is_formula(formula) or is_formula(formula, allow_single=True)):
            continue
        value = float(m.group("e").replace("−", "-"))
        pairs.setdefault(formula, value)
        units.append((m.group("u") or "").lower())
    if len(pairs) < 2:
        return None
    per_atom = any("atom" in u for u in units) or bool(
        re.search(
            r"(energies|values|numbers)\s+(are\s+)?(in\s+)?(ev\s*/\s*atom|per\s+atom)", text, re.I
        )
    )
    return pairs, "atom" if per_atom else "fu"


# ---------------------------------------------------------------- variables, formats, words
def find_variables(text: str, names: list[str]) -> list[str]:
    """Names of the user's variables mentioned in the request, in order of appearance."""
    found = []
    for name in names:
        if len(name) == 1 and not re.search(
            rf"(`{re.escape(name)}`|\b(variable|structure|atoms|"
            rf"object|frame|df|dataframe)\s+{re.escape(name)}\b)",
            text,
        ):
            continue  # a one-letter name must be quoted or introduced ("structure s")
        m = re.search(rf"(?<![\w.]){re.escape(name)}(?![\w(]|\.\w)", text)
        if m:
            found.append((m.start(), name))
    return [n for _, n in sorted(found)]


FORMATS = {
    "cif": "cif",
    "poscar": "poscar",
    "vasp": "poscar",
    "contcar": "poscar",
    "xyz": "xyz",
    "extxyz": "extxyz",
    "extended xyz": "extxyz",
    "json": "json",
    "pdb": "pdb",
    "xsf": "xsf",
    "traj": "traj",
    "lammps": "lammps-data",
    "castep": "cell",
}
FORMAT_SUFFIX = {
    "cif": ".cif",
    "poscar": ".vasp",
    "xyz": ".xyz",
    "extxyz": ".extxyz",
    "json": ".json",
    "pdb": ".pdb",
    "xsf": ".xsf",
    "traj": ".traj",
    "lammps-data": ".lmp",
    "cell": ".cell",
}


def find_format(text: str, *, after: str | None = None) -> str | None:
    """An output format named in the request ("to POSCAR", "as extended xyz")."""
    lowered = text.lower()
    if after:
        idx = lowered.find(after)
        lowered = lowered[idx:] if idx >= 0 else lowered
    best: tuple[int, str] | None = None
    for word, fmt in FORMATS.items():
        for m in re.finditer(rf"(?<![\w.]){re.escape(word)}\b", lowered):
            if best is None or m.start() > best[0] or (m.start() == best[0] and len(word) > 3):
                best = (m.start(), fmt)
    return best[1] if best else None


def mentions(text: str, *words: str) -> bool:
    """Any of ``words`` appears as a word (case-insensitive)."""
    return any(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in words)


def find_choice(text: str, choices: dict[str, str]) -> str | None:
    """The value of the first phrase of ``choices`` (phrase -> value) found in the text."""
    hits = []
    for phrase, value in choices.items():
        m = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text, re.I)
        if m:
            hits.append((m.start(), -len(phrase), value))
    return min(hits)[2] if hits else None


MASS_UNITS = {"g": 1.0, "gram": 1.0, "grams": 1.0, "mg": 1e-3, "kg": 1e3}


def find_mass_grams(text: str) -> float | None:
    """A mass in grams ("10 g", "2.5 grams", "500 mg")."""
    for n in find_numbers(text):
        if n.unit in MASS_UNITS:
            return n.value * MASS_UNITS[n.unit]
    return None


def find_temperature(text: str) -> float | None:
    """A temperature in K ("300 K", "25 °C")."""
    for n in find_numbers(text):
        if n.unit == "k":
            return n.value
        if n.unit == "°c":
            return n.value + 273.15
    return None


def find_site_pair(text: str) -> tuple[int, int] | None:
    """Two site indices: "site 0 and site 3", "atoms 1 and 5", "from atom 0 to atom 4"."""
    m = re.search(
        r"\b(?:sites?|atoms?|index|indices)\s*#?(\d+)\s*(?:and|&|to|,)\s*"
        r"(?:(?:site|atom|index)\s*)?#?(\d+)\b",
        text,
        re.I,
    )
    return (int(m.group(1)), int(m.group(2))) if m else None


def find_chiral_indices(text: str) -> tuple[int, int] | None:
    """Nanotube chiral indices "(6,0)", "10,10", "(8, 4)"."""
    m = re.search(r"\(?\s*(\d{1,2})\s*,\s*(\d{1,2})\s*\)?", text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def find_range(text: str, near: tuple[str, ...] = ()) -> tuple[float, float] | None:
    """A numeric range "10-80", "from 20 to 100" (degrees), optionally near ``near``'s words."""
    for m in re.finditer(
        r"(?:from\s+)?(\d+(?:\.\d+)?)\s*(?:°|deg|degrees)?\s*(?:-|–|to)\s*"
        r"(\d+(?:\.\d+)?)\s*(?:°|deg|degrees)?",
        text,
        re.I,
    ):
        lo, hi = float(m.group(1)), float(m.group(2))
        window = text[max(0, m.start() - 30) : m.end() + 15].lower()
        if lo < hi and (not near or any(w in window for w in near)):
            return (lo, hi)
    return None


def find_reaction(text: str) -> tuple[list[str], list[str]] | None:
    """Reactants and products: "A + B -> C + D", "A + B = C", "make C from A and B"."""
    clean = strip_paths(text)
    m = re.search(r"(.+?)(?:->|→|=>|⟶|=|\bgives\b|\byields\b|\bforms?\b)(.+)", clean)
    if m:
        left, right = find_formulas_or_elements(m.group(1)), find_formulas_or_elements(m.group(2))
        if left and right:
            return left, right
    m = re.search(
        r"\b(?:making|make|form|forming|synthesi[sz]e|produce|producing)\s+(.+?)\s+"
        r"from\s+(.+)",
        clean,
        re.I,
    )
    if m:
        products, reactants = (
            find_formulas_or_elements(m.group(1)),
            find_formulas_or_elements(m.group(2)),
        )
        if products and reactants:
            return reactants, products
    return None


def find_formulas_or_elements(text: str) -> list[str]:
    """Formulas and bare element symbols in order ("Al + O2" -> ["Al", "O2"])."""
    out = []
    for tok, _ in tokens_with_positions(strip_paths(text)):
        if (is_formula(tok) or is_formula(tok, allow_single=True)) and tok not in out:
            out.append(tok)
    return out


def find_sites(text: str) -> tuple[list[str], list[list[float]]] | None:
    """Species with fractional coordinates: "Na at 0 0 0 and Cl at 0.5 0.5 0.5"."""
    num = r"(-?\d*\.?\d+(?:/\d+)?)"
    species, coords = [], []
    for m in re.finditer(
        rf"\b([A-Z][a-z]?)\s+(?:at|on)\s+\(?\s*{num}[ ,]+{num}[ ,]+{num}\s*\)?", text
    ):
        if m.group(1) not in element_symbols():
            continue
        vals = []
        for g in m.groups()[1:]:
            a, _, b = g.partition("/")
            vals.append(float(a) / float(b) if b else float(a))
        species.append(m.group(1))
        coords.append(vals)
    return (species, coords) if species else None


def find_spacegroup(text: str) -> str | None:
    """A Hermann-Mauguin symbol such as "Fm-3m", "P6_3mc", "P4/mmm", "Pnma"."""
    for m in re.finditer(r"(?<![\w-])([PIFCRA][-0-9_/a-enm ]{2,12}?)(?=[\s,.;)]|$)", text):
        symbol = m.group(1).strip()
        if " " in symbol:
            continue
        if any(ch.isdigit() for ch in symbol) and re.search(r"[mnabcde\d]$", symbol):
            return symbol
        if re.fullmatch(r"[PIFCA][mnabcde]{3}", symbol):
            return symbol
    return None


MOLECULE_NAMES = {
    "water": "H2O",
    "methane": "CH4",
    "ammonia": "NH3",
    "benzene": "C6H6",
    "carbon dioxide": "CO2",
    "carbon monoxide": "CO",
    "ethane": "C2H6",
    "ethylene": "C2H4",
    "ethene": "C2H4",
    "acetylene": "C2H2",
    "ethyne": "C2H2",
    "hydrogen molecule": "H2",
    "nitrogen molecule": "N2",
    "oxygen molecule": "O2",
    "methanol": "CH3OH",
    "ethanol": "CH3CH2OH",
    "hydrogen peroxide": "H2O2",
}


def find_molecule(text: str) -> str | None:
    """A molecule name ASE's ``molecule()`` knows ("water" -> "H2O", "CH4")."""
    from ase.collections import g2

    for name, formula in MOLECULE_NAMES.items():
        if re.search(rf"\b{name}\b", text, re.I):
            return formula
    for tok, _ in tokens_with_positions(strip_paths(text)):
        if tok in g2.names:
            return tok
    return None


def find_glob(text: str) -> str | None:
    """A file pattern: "*.cif" written out, or "all the POSCAR/vasp/xyz files"."""
    m = re.search(r"(\*[\w.*-]*)", text)
    if m:
        return m.group(1)
    for word, pattern in (
        ("cif", "*.cif"),
        ("vasp", "*.vasp"),
        ("poscar", "*POSCAR*"),
        ("xyz", "*.xyz"),
        ("json", "*.json"),
    ):
        if re.search(rf"\b{word}\b", text, re.I):
            return pattern
    return None
