"""The request model: what a code request asks for, read before any plan is made.

:func:`read_intent` turns a plain-words request into an :class:`Intent`: the objects it
names (files, notebook variables, elements, formulas, prototypes such as fcc or
rock-salt), the operations with their parameters (numbers with units, Miller
indices, supercell sizes, layer counts, vacuum, strains, substitutions, atom
indices), the output asked (quantities, precision, a yes/no answer, text in a
format, a file to write) and the library named. Numbers with units are read by the
answer engine's pint-based reader (:func:`matsci_jupyter.engines.answer.quantities.extract`);
every number is either bound to a role or listed in ``unbound``.

Lengths are in Å, angles in degrees, strains and fractions as plain fractions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import slots

PROTOTYPES = {
    "fcc": "fcc",
    "face-centred cubic": "fcc",
    "face-centered cubic": "fcc",
    "bcc": "bcc",
    "body-centred cubic": "bcc",
    "body-centered cubic": "bcc",
    "hcp": "hcp",
    "hexagonal close-packed": "hcp",
    "diamond": "diamond",
    "simple cubic": "sc",
    "rock-salt": "rocksalt",
    "rocksalt": "rocksalt",
    "rock salt": "rocksalt",
    "zincblende": "zincblende",
    "zinc blende": "zincblende",
    "wurtzite": "wurtzite",
    "fluorite": "fluorite",
    "perovskite": "perovskite",
    "cesium chloride": "cesiumchloride",
    "caesium chloride": "cesiumchloride",
    "cscl": "cesiumchloride",
}
# atoms in the cell of each kind for a prototype (ASE's bulk() cells: primitive, orthorhombic,
# conventional = cubic)
CELL_ATOMS = {
    "fcc": {"primitive": 1, "orthorhombic": 2, "conventional": 4},
    "bcc": {"primitive": 1, "orthorhombic": 2, "conventional": 2},
    "sc": {"primitive": 1, "orthorhombic": 1, "conventional": 1},
    "diamond": {"primitive": 2, "orthorhombic": 4, "conventional": 8},
    "rocksalt": {"primitive": 2, "orthorhombic": 4, "conventional": 8},
    "zincblende": {"primitive": 2, "orthorhombic": 4, "conventional": 8},
    "cesiumchloride": {"primitive": 2, "orthorhombic": 2, "conventional": 2},
    "hcp": {"primitive": 2, "orthorhombic": 4},
}

QUANTITIES = {
    "density": r"\bdensit(?:y|ies)\b",
    "volume": r"\b(?:cell\s+)?volume\b",
    "lattice_lengths": r"\b(?:a\s*,\s*b\s*(?:,|and)\s*c|lattice\s+(?:lengths?|parameters?|"
    r"constants?|vectors?)|cell\s+(?:lengths?|parameters?))\b",
    "n_atoms": r"\b(?:number\s+of\s+(?:atoms|sites)|how\s+many\s+(?:atoms|sites)|"
    r"(?:atom|site)\s+count|count\s+(?:the\s+)?(?:atoms|sites))\b",
    "formula": r"\bformula\b",
    "space_group": r"\bspace[\s-]?group\b",
    "distance": r"\bdistances?\b|\bbond\s+lengths?\b|\bnearest[\s-]neighbou?r\s+(?:distance|separation)|"
    r"\bhow\s+far\s+apart\b",
    "coordination": r"\bcoordination\b|\bcoordinated\b",
    "energy": r"\benerg(?:y|ies)\b",
    "bulk_modulus": r"\bbulk\s+modulus\b",
}
OPERATIONS = {
    "slab": r"\b(?:slabs?|surfaces?)\b",
    "supercell": r"\bsupercell\b|\b\d+\s*[x×]\s*\d+",
    "substitute": r"\b(?:replace|substitut\w*|dope|change\s+(?:the\s+)?atom|into)\b",
    "remove": r"\b(?:remove|delete|vacanc\w*)\b",
    "add": r"\b(?:add|insert|adsorb|put|place)\b",
    "move": r"\b(?:move|translate|shift|displace)\b",
    "swap": r"\bswap\b",
    "rotate": r"\brotat\w*\b",
    "strain": r"\b(?:strain|stretch|compress)\w*\b",
    "scale": r"\bscale\w*\b",
    "write": r"\b(?:write|save|export|dump)\b",
    "relax": r"\b(?:relax|optimi[sz]e)\w*\b",
    "eos": r"\b(?:equation\s+of\s+state|eos)\b",
}
_DECIMALS = re.compile(
    r"\b(?:(?:rounded|round(?:ed)?\s+it|round)\s+(?:off\s+)?(?:to\s+)?|to\s+|with\s+)?"
    r"(\d|one|two|three|four|five|six)\s+(?:decimal(?:\s+places?|s)?|digits?\s+after\s+the\s+"
    r"(?:decimal\s+)?point|dp)\b",
    re.I,
)
_SIGFIGS = re.compile(
    r"\b(\d|one|two|three|four|five|six)\s+significant\s+(?:figures?|digits?)\b", re.I
)
_YES_NO = re.compile(
    r"\b(?:print|return|answer|output|say)\s+(?:either\s+)?(?:true\s+or\s+false|yes\s+or\s+no|"
    r"a\s+boolean|true/false|yes/no)\b|\b(?:true\s+or\s+false|yes\s+or\s+no)\s*[?.]?\s*$",
    re.I,
)
_QUESTION_YES_NO = re.compile(r"(?:^|[.:;]\s*)(?:is|are|does|do|can|has|have)\s+[^?]{2,80}\?", re.I)
_PRINT_TEXT = re.compile(
    r"\b(?:print|show|display|output|give\s+me)\s+(?:the\s+|its\s+|it\s+as\s+(?:a\s+)?|"
    r"(?:it|the\s+\w+)\s+(?:as|in)\s+(?:a\s+|the\s+)?)?(poscar|cif|xyz|vasp|json)\s*"
    r"(?:text|string|file\s+contents?|contents?|format)?\b",
    re.I,
)
_WRITES = re.compile(r"\b(?:write|save|export|dump|store|convert)\b", re.I)
_PRINT_AS = re.compile(
    r"\b(?:print|show|display|output|give|see|view)\b(?:(?!\.\s)[^\n]){0,60}?\b(?:in|as)\s+"
    r"(?:a\s+|the\s+)?"
    r"(poscar|cif|xyz|vasp|json)\s*(?:format|text|string|file\s+format)?\b",
    re.I,
)
_LIBRARY = re.compile(r"\b(?:using|with|in|via|through)\s+(?:the\s+)?(ase|pymatgen)\b", re.I)
_CELL_KIND = re.compile(r"\b(conventional|cubic|primitive|orthorhombic)\b", re.I)
_INDEX = re.compile(
    r"\b(?:index|indices|indexes|site|sites|atom|atoms)\s*(?:#|no\.?|number)?\s*"
    r"[:(]?\s*(\d+(?:\s*(?:,|and|&)\s*\d+)*)\s*\)?",
    re.I,
)
_POSITION = re.compile(
    r"\b(?:at|to|position|coordinates?)\s+((?:[-+]?\d*\.?\d+(?:/\d+)?[\s,]+){2}[-+]?\d*\.?\d+(?:/\d+)?)\b",
    re.I,
)
_INDEX_BASE = re.compile(
    r"\b(?:indices|indexes|index(?:ing)?|atoms?\s+are\s+numbered)\b[^.]{0,30}?\b(?:start(?:ed|ing|s)?|"
    r"begin(?:s|ning)?|counted|count)\s+(?:from|at)\s+(0|1)\b",
    re.I,
)
_SPACE_GROUP_NUMBER = re.compile(
    r"\bspace[\s-]?group\s*(?:number\s*|no\.?\s*|#\s*)?(\d{1,3})\b", re.I
)
_FRACTION = r"[-+]?(?:\d+/\d+|\d*\.?\d+)"
_SITE = re.compile(
    r"\b([A-Z][a-z]?)\s+(?:atoms?\s+|ions?\s+)?(?:at|on|in)\s+(?:the\s+)?(?:positions?\s+|sites?\s+)?"
    rf"(?:\(\s*({_FRACTION})\s*[,\s]\s*({_FRACTION})\s*[,\s]\s*({_FRACTION})\s*\)"
    rf"|({_FRACTION})[\s,]+({_FRACTION})[\s,]+({_FRACTION})(?![\d.])"
    r"|(origin|corners?|body[\s-]?cent(?:re|er)|cube\s+cent(?:re|er)|cent(?:re|er)\s+of\s+the\s+(?:cube|cell))\b)"
)
_SITE_WORDS = {"origin": (0.0, 0.0, 0.0), "corner": (0.0, 0.0, 0.0)}
_ASKED_SPACE_GROUP = re.compile(
    r"\b(?:what(?:'s)?|which|print|report|show|give|tell|find|finds|found|determine|get|detect\w*|"
    r"identif\w*|analy[sz]\w*|check)\b[^.?;]{0,50}\bspace[\s-]?group|\bspace[\s-]?group\b[^.;]{0,50}"
    r"\b(?:spglib|spacegroupanalyzer|finds?|detect\w*|gives?|reports?)\b|\bspace[\s-]?group\s*\?",
    re.I,
)
_ASKED_LATTICE = re.compile(
    r"\b(?:what(?:'s)?|which|print|report|show|give|tell|find|determine|get|output|compute|"
    r"calculate|fit|list)\b[^.?;]{0,50}\b(?:lattice\s+(?:constants?|parameters?|lengths?|vectors?)|"
    r"a\s*,\s*b\s*(?:,|and)\s*c|cell\s+(?:lengths?|parameters?))|"
    r"\blattice\s+(?:constants?|parameters?)\s*\?",
    re.I,
)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass
class Bound:
    """One number of the request and what it means. ``value`` in Å, degrees or a fraction."""

    text: str
    role: str
    value: Any
    start: int = -1
    end: int = -1


@dataclass
class Intent:
    """What the request asks for (see the module docstring)."""

    request: str
    files: list[str] = field(default_factory=list)  # input files named
    out_files: list[str] = field(default_factory=list)  # files to write
    variables: list[str] = field(default_factory=list)
    elements: list[str] = field(default_factory=list)
    formulas: list[str] = field(default_factory=list)
    prototype: str | None = None
    cell: str | None = None  # "conventional", "primitive" or "orthorhombic"
    miller: tuple[int, int, int] | None = None
    supercell: tuple[int, int, int] | None = None
    layers: int | None = None
    vacuum: float | None = None  # Å
    lattice_constant: float | None = None  # Å
    lattice_b: float | None = None  # Å ("b = 5.1 Å")
    lattice_c: float | None = None  # Å ("c = 5.2 Å")
    space_group: int | str | None = (
        None  # given as a build parameter ("space group 194", "in Fm-3m")
    )
    sites: list[tuple[str, tuple[float, float, float]]] = field(default_factory=list)  # fractional
    strain: float | None = None  # fraction
    substitutions: dict[str, str] = field(default_factory=dict)
    indices: list[int] = field(default_factory=list)  # atom indices (file site order)
    index_base: int = 0  # "the indices start from 1": 1
    operations: list[str] = field(default_factory=list)
    quantities: list[str] = field(default_factory=list)
    count_element: str | None = None  # "how many Li atoms"
    decimals: int | None = None
    sigfigs: int | None = None
    yes_no: bool = False
    print_format: str | None = None  # "poscar", "cif", ... : the text is to be printed
    library: str | None = None  # "ase" or "pymatgen"
    numbers: list[Bound] = field(default_factory=list)
    unbound: list[str] = field(default_factory=list)  # numbers no role was found for
    not_understood: list[str] = field(default_factory=list)  # domain words nothing reads
    out_unit: Any = None  # pint unit the answer is asked in ("in kg/m^3", "in nm"), else None

    @property
    def new_elements(self) -> set[str]:
        """Elements the request brings in (substitution targets, added species)."""
        return set(self.substitutions.values())

    def summary(self) -> str:
        """One line for explanations and messages."""
        parts = []
        if self.files:
            parts.append("files " + ", ".join(self.files))
        if self.elements:
            parts.append("elements " + ", ".join(self.elements))
        if self.prototype:
            parts.append(self.prototype)
        if self.cell:
            parts.append(f"{self.cell} cell")
        for b in self.numbers:
            parts.append(f"{b.role} = {b.text}")
        if self.quantities:
            parts.append("asks " + ", ".join(self.quantities))
        if self.decimals is not None:
            parts.append(f"{self.decimals} decimals")
        if self.yes_no:
            parts.append("a True/False answer")
        if self.print_format:
            parts.append(f"{self.print_format} text printed")
        if self.library:
            parts.append(f"using {self.library}")
        return "; ".join(parts)


def _fraction(text: str) -> float:
    """ "1/3" -> 0.333..., "0.25" -> 0.25."""
    num, _, den = text.partition("/")
    return float(num) / float(den) if den else float(num)


def _word_int(word: str) -> int:
    return int(word) if word.isdigit() else _WORD_NUMBERS[word.lower()]


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for i in range(a, min(b, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _structured_spans(text: str, intent: Intent) -> list[tuple[int, int]]:
    """Spans already read as structured values (files, vectors, supercells, Miller, formulas)."""
    spans: list[tuple[int, int]] = []
    for f in slots.find_files(text, None):
        i = text.find(f.text)
        if i >= 0:
            spans.append((i, i + len(f.text)))
    for m in re.finditer(r"\(\s*-?\d\s*-?\d\s*-?\d\s*(?:-?\d\s*)?\)", text):  # Miller (111)
        spans.append(m.span())
    for m in _SITE.finditer(text):  # "Mg at (1/3, 2/3, 3/4)": a site of the asymmetric unit
        spans.append(
            (m.start(2) if m.group(2) else m.start(5) if m.group(5) else m.start(8), m.end())
        )
    for m in re.finditer(r"[(\[]\s*[-\d./\s,()\[\]]+[)\]]", text):  # vectors and matrices
        inner = re.findall(r"-?\d+(?:\.\d+)?(?:/\d+)?", m.group(0))
        if len(inner) >= 2:
            spans.append(m.span())
    for m in re.finditer(r"\d+\s*[x×]\s*\d+(?:\s*[x×]\s*\d+)?", text):
        spans.append(m.span())
    for m in re.finditer(r"\b\d{3,4}\s*(?=-?\s*(?:surface|slab|facet|plane))", text, re.I):
        spans.append(m.span())
    for m in re.finditer(r"\b[A-Z][a-z]?\d*(?:[A-Z][a-z]?\d*)+\b|\b[A-Z][a-z]?\d+\b", text):
        spans.append(m.span())  # formulas: their digits are not numbers of the request
    group = slots.find_spacegroup(text)
    if group:
        i = text.find(group)
        spans.append((i, i + len(group)))
    for m in re.finditer(r"\b[0-3]\s?-?D\b", text):  # "a 3D network", "2D material"
        spans.append(m.span())
    for m in _POSITION.finditer(text):
        spans.append(m.span(1))
    for pattern in (_INDEX_BASE, _SPACE_GROUP_NUMBER):
        for m in pattern.finditer(text):
            spans.append(m.span(1))
    for m in _DECIMALS.finditer(text):
        spans.append(m.span())
    for m in _SIGFIGS.finditer(text):
        spans.append(m.span())
    return spans


def _role(before: str, after: str, unit: str, value: float) -> str | None:
    """The role of a number from the words around it and its unit."""
    b, a = before.lower()[-40:], after.lower()[:30]
    if re.match(r"\s*(?:atomic\s+)?layers?\b", a) or re.search(r"\blayers?\s*(?:of|=|:)?\s*$", b):
        return "layers"
    if "vacuum" in a[:20] or re.search(r"\bvacuum\s*(?:of|=|:|gap\s+of)?\s*$", b):
        return "vacuum"
    if re.search(r"(?:lattice\s+(?:constant|parameter)|\ba\s*=|\ba0\s*=)\s*(?:of|=|:|is)?\s*$", b):
        return "lattice_constant"
    if unit == "angstrom" and (
        re.match(r"\s*(?:cubic\s+)?(?:unit\s+)?(?:cell|lattice)\b", a)
        or re.search(r"\b(?:cubic\s+)?lattice\s*(?:of|with|=|:)?\s*$", b)
    ):
        return "lattice_constant"  # "a 4.2 Å cubic cell", "cubic lattice 3 Å"
    if re.search(r"\bc\s*=\s*$", b):
        return "lattice_c"
    if re.search(r"\bb\s*=\s*$", b):
        return "lattice_b"
    if unit in ("percent",) or re.search(r"\bstrain", b + a):
        return "strain" if re.search(r"strain|stretch|compress|expan", b + a) else "percent"
    if re.search(r"\b(?:index|indices|indexes|sites?|atoms?)\s*(?:#|no\.?|number)?\s*$", b):
        return "index"
    if re.search(r"\b(?:indices|sites|atoms)\s+\d+\s*(?:,|and|&)\s*$", b):
        return "index"
    if re.search(r"\(\s*(?:\d+\s*,\s*)*$", b) and re.search(r"indices", b):
        return "index"
    if unit in ("degree", "radian") or re.match(r"\s*(?:degrees?|°)", a):
        return "angle"
    if unit == "angstrom":
        if re.search(r"\b(?:within|radius|cutoff|cut-off)\b", b):
            return "radius"
        return "length"
    if unit == "kelvin":
        return "temperature"
    if unit == "electron_volt":
        return "energy"
    if re.match(r"\s*(?:atoms?|sites?)\b", a) or re.search(
        r"\b(?:remove|delete|add|insert|replace|substitute)\s*$", b
    ):
        return "count"
    if re.search(r"\b(?:by|factor\s+of|scale\w*\s+(?:by|to)?)\s*$", b) and not unit:
        return "factor"
    if re.search(r"(?:≤|<=|<|>|>=|≥)\s*$", b) or re.match(r"\s*(?:≤|<=|<|>|>=|≥)", a):
        return "bound"
    if re.search(r"\b(?:steps?|iterations?)\b", a):
        return "steps"
    return None


def _unit_name(given: Any) -> str:
    """The dimension of a given's unit as a name the roles use ("" for a bare number)."""
    if getattr(given, "unit", None) is None or given.quantity is None:
        return ""
    if "percent" in given.tags or "percent" in given.unit.tags:
        return "percent"
    q = given.quantity
    for name, dim in (
        ("angstrom", "[length]"),
        ("kelvin", "[temperature]"),
        ("electron_volt", "[energy]"),
    ):
        if q.check(dim):
            return name
    if str(q.units) in ("deg", "degree", "rad", "radian", "°"):
        return "degree"
    return str(q.units)


def _cell_kind(text: str) -> str | None:
    """ "primitive", "orthorhombic", "conventional" (also "cubic cell") or None.

    "cubic" inside a lattice name ("face-centred cubic") names the prototype, not the cell.
    """
    lowered = text.lower()
    kinds = {m.group(1).lower() for m in _CELL_KIND.finditer(text)}
    if "primitive" in kinds:
        return "primitive"
    if "orthorhombic" in kinds and re.search(r"\borthorhombic\s+(?:unit\s+)?cell", lowered):
        return "orthorhombic"
    if "conventional" in kinds or re.search(r"\bcubic\s+(?:cell|unit\s+cell|supercell)", lowered):
        return "conventional"
    lattice_name = re.search(
        r"\b(?:face|body)[\s-]cent(?:red|ered)\s+cubic|simple\s+cubic", lowered
    )
    if "cubic" in kinds and not lattice_name:
        return "conventional"
    return None


def read_intent(
    request: str, *, cwd: str | None = None, variables: list[str] | tuple[str, ...] = ()
) -> Intent:
    """The :class:`Intent` of ``request`` (files are looked up relative to ``cwd``)."""
    text = (request or "").strip()
    intent = Intent(text)
    printed = _PRINT_TEXT.search(text)
    printed_as = None if _WRITES.search(text) else _PRINT_AS.search(text)
    for f in slots.find_files(text, cwd):
        if printed and f.text.lower() == printed.group(1).lower() and not f.exists:
            continue  # "print the POSCAR text" names a format, not a file
        if printed_as and f.text.lower() == printed_as.group(1).lower():
            continue  # "show it in POSCAR format": a format, even with a POSCAR file here
        if f.role == "output" or (not f.exists and f.role != "input"):
            intent.out_files.append(f.text)
        else:
            intent.files.append(f.text)
    intent.variables = slots.find_variables(text, list(variables)) if variables else []
    intent.formulas = slots.find_formulas(text)
    for name, formula in slots.MOLECULE_NAMES.items():  # "methane" names CH4
        if re.search(rf"\b{re.escape(name)}\b", text, re.I) and formula not in intent.formulas:
            intent.formulas.append(formula)
    no_prototypes = re.sub(
        r"zinc[\s-]?blende|c(?:a)?esium\s+chloride|rock[\s-]?salt", " ", text, flags=re.I
    )
    group = slots.find_spacegroup(text)
    if group:
        no_prototypes = no_prototypes.replace(group, " ")
    intent.elements = slots.find_elements(no_prototypes)
    symbols = slots.element_symbols()
    listed = [
        sym
        for m in re.finditer(r"\b[A-Z][a-z]?(?:\s*,\s*[A-Z][a-z]?)+\b", text)
        for sym in re.findall(r"[A-Z][a-z]?", m.group(0))
    ]  # "atoms/species Re, Pa, Tl, N": a list of symbols is a list of elements
    listed += re.findall(r"\b(?:one|an?|single)\s+([A-Z][a-z]?)\s+atoms?\b", text)
    listed += re.findall(r"\b(?:into|to|with|by)\s+(?:an?\s+)?([A-Z][a-z]?)\b(?!\s*[a-z(])", text)
    for sym in listed:
        if sym in symbols and sym not in intent.elements:
            intent.elements.append(sym)
    lowered = slots.strip_paths(text).lower()
    for phrase, proto in sorted(PROTOTYPES.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", lowered):
            intent.prototype = proto
            break
    intent.cell = _cell_kind(text)
    intent.miller = (
        slots.find_miller(text)
        if re.search(r"surface|slab|facet|plane|miller|\(\s*-?\d\s*-?\d\s*-?\d\s*\)", text, re.I)
        else None
    )
    intent.supercell = slots.find_supercell(text)
    intent.substitutions = slots.find_species_map(text) or {}
    for name, pattern in OPERATIONS.items():
        if re.search(pattern, text, re.I):
            intent.operations.append(name)
    for name, pattern in QUANTITIES.items():
        if re.search(pattern, text, re.I):
            intent.quantities.append(name)
    m = re.search(
        r"\b(?i:how\s+many|number\s+of|count\s+(?:the\s+)?(?:number\s+of\s+)?)\s*([A-Z][a-z]?)\s+"
        r"(?i:atoms|sites|ions)\b|\b(?i:count)\s+(?i:the\s+)?([A-Z][a-z]?)\s*(?i:atoms|sites|ions)?\b",
        text,
    )
    if m and (m.group(1) or m.group(2)) in slots.element_symbols():
        intent.count_element = m.group(1) or m.group(2)
        if "n_atoms" not in intent.quantities:
            intent.quantities.append("element_count")
    dm = _DECIMALS.search(text)
    if dm:
        intent.decimals = _word_int(dm.group(1))
    sm = _SIGFIGS.search(text)
    if sm:
        intent.sigfigs = _word_int(sm.group(1))
    question = _QUESTION_YES_NO.search(text)
    intent.yes_no = bool(_YES_NO.search(text)) or (
        bool(question)
        and not intent.quantities
        and not re.search(r"\bor\b|\bwhich\b|\bwhat\b|\bhow\b", question.group(0), re.I)
    )
    pm = _PRINT_TEXT.search(text) or printed_as
    if pm:
        word = pm.group(1).lower()
        intent.print_format = {"vasp": "poscar"}.get(word, word)
    lm = _LIBRARY.search(text)
    if lm:
        intent.library = lm.group(1).lower()
    _bind_numbers(text, intent)
    _read_space_group(text, intent)
    intent.out_unit = _asked_unit(text)
    from .intent_words import not_understood

    intent.not_understood = not_understood(intent)
    return intent


def _mark_paths(text: str) -> str:
    """``text`` with every file name replaced by NUL characters (same length)."""
    blank = slots.strip_paths(text)
    return "".join("\x00" if b == " " and t != " " else t for t, b in zip(text, blank, strict=True))


def _asked_unit(text: str) -> Any:
    """The unit the answer is asked in, read by the answer engine's pint reader (None: none)."""
    from ..answer.quantities import find_requested

    try:
        # "distance in Cu.cif in nm": the file is not the unit, drop it with its preposition
        clean = re.sub(r"\b(?:in|of|from|for|inside)?\s*\x00+", " ", _mark_paths(text))
        found = find_requested(re.sub(r"\s+", " ", clean))
    except Exception:  # the reader failing must not lose the request
        return None
    return found[0].unit.units if found else None


def _read_space_group(text: str, intent: Intent) -> None:
    """A space group given to build with ("space group 194", "in Fm-3m") and whether one is asked.

    "Fe in space group 229 ... print the number of atoms" gives the group; "print the space
    group number spglib finds" asks it. A given group is a build parameter, not a question.
    """
    numbers = [b.value for b in intent.numbers if b.role == "space_group"]
    symbol = slots.find_spacegroup(text)
    if numbers and 1 <= numbers[0] <= 230:
        intent.space_group = int(numbers[0])
    elif symbol:
        intent.space_group = symbol
    if intent.space_group is not None and not _ASKED_SPACE_GROUP.search(text):
        intent.quantities = [q for q in intent.quantities if q != "space_group"]
    if intent.lattice_constant is not None and not _ASKED_LATTICE.search(text):
        # "fcc gold with a lattice constant of 4.08 Å": a parameter, not a question
        intent.quantities = [q for q in intent.quantities if q != "lattice_lengths"]


def _bind_numbers(text: str, intent: Intent) -> None:
    """Fill ``intent.numbers`` (and the typed fields) from the reader; the rest goes to unbound."""
    if intent.supercell:
        intent.numbers.append(
            Bound("x".join(map(str, intent.supercell)), "supercell", intent.supercell)
        )
    if intent.miller:
        intent.numbers.append(Bound(str(intent.miller), "miller", intent.miller))
    base = _INDEX_BASE.search(text)
    if base:
        intent.index_base = int(base.group(1))
        intent.numbers.append(Bound(base.group(0), "index_base", intent.index_base, *base.span(1)))
    for m in _SPACE_GROUP_NUMBER.finditer(text):
        intent.numbers.append(Bound(m.group(0), "space_group", int(m.group(1)), *m.span(1)))
    for m in _SITE.finditer(text):
        element = m.group(1)
        if element not in slots.element_symbols():
            continue
        if m.group(8):
            word = m.group(8).lower()
            xyz = _SITE_WORDS.get(word.rstrip("s"), (0.5, 0.5, 0.5))
        else:
            parts = m.groups()[1:4] if m.group(2) else m.groups()[4:7]
            xyz = tuple(_fraction(p) for p in parts)
        intent.sites.append((element, xyz))
        intent.numbers.append(Bound(m.group(0), "position", xyz, m.start(), m.end()))
    for m in _POSITION.finditer(text):  # "Cs at 0 0 0": fractional coordinates without brackets
        if any(b.start <= m.start(1) < b.end for b in intent.numbers if b.role == "position"):
            continue
        parts = re.split(r"[\s,]+", m.group(1).strip())
        values = tuple(
            float(a) / float(b) if "/" in p else float(p)
            for p in parts
            for a, _, b in [p.partition("/")]
        )
        intent.numbers.append(Bound(m.group(1), "position", values, *m.span(1)))
    for m in _INDEX.finditer(text):
        if (
            re.match(r"\s*(?:atoms?|sites?)\b", text[m.end() :])
            and "index" not in m.group(0).lower()
        ):
            continue  # "4 atoms": a count
        for n in re.findall(r"\d+", m.group(1)):
            if int(n) not in intent.indices:
                intent.indices.append(int(n))
    masked = _mask(text, _structured_spans(text, intent))
    from ..answer.quantities import extract

    try:
        reading = extract(masked)
    except Exception:  # the reader failing must not lose the request: numbers stay unbound
        reading = None
    givens = [g for g in (reading.givens if reading else []) if g.kind in ("quantity", "number")]
    for g in givens:
        unit = _unit_name(g)
        value = g.quantity.magnitude if g.quantity is not None else g.number
        before, after = reading.text[: g.start], reading.text[g.end :]
        role = _role(before, after, unit, value)
        if role is None and not unit and float(value).is_integer() and int(value) in intent.indices:
            role = "index"  # "... 5.09 Å from 12": an index named before
        if (
            role in ("length", "vacuum", "lattice_constant", "lattice_b", "lattice_c", "radius")
            and unit
        ):
            try:
                value = float(g.quantity.to("angstrom").magnitude)
            except Exception:
                value = float(value)
        if role in ("strain", "percent") and unit == "percent":
            value = float(value) / 100.0
        if role == "index":
            if int(value) not in intent.indices and float(value).is_integer():
                intent.indices.append(int(value))
            intent.numbers.append(Bound(g.text, "index", int(value), g.start, g.end))
            continue
        if role is None:
            intent.unbound.append(g.text)
            continue
        intent.numbers.append(Bound(g.text, role, value, g.start, g.end))
        if role == "layers" and float(value).is_integer():
            intent.layers = int(value)
        elif role == "vacuum":
            intent.vacuum = float(value)
        elif role == "lattice_constant":
            intent.lattice_constant = float(value)
        elif role == "lattice_b":
            intent.lattice_b = float(value)
        elif role == "lattice_c":
            intent.lattice_c = float(value)
        elif role == "strain":
            intent.strain = float(value)
    if intent.layers is None:
        m = re.search(r"\b(one|two|three|four|five|six)\s+(?:atomic\s+)?layers?\b", text, re.I)
        if m:
            intent.layers = _word_int(m.group(1))
            intent.numbers.append(Bound(m.group(0), "layers", intent.layers))
