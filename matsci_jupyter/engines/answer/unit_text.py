"""Read units as exams write them: ``J/mol-K``, ``cm2/s``, ``MPa√m``, ``(Ω·m)^-1``, ``wt%``, ``°C``.

:func:`parse_unit` turns such text into a pint unit of the shared registry and a
few tags (``composition``, ``count``, ``per_particle``, ``absolute_temperature``,
``angle``); it returns None when the text is not a unit (``at``, ``a``, ``in`` as
English words are refused on purpose).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .unit_typos import mend_unit_typos

# English words pint would read as units (at = technical atmosphere, a = year, ...).
_NOT_UNITS = {
    "at",
    "a",
    "are",
    "in",
    "to",
    "and",
    "or",
    "of",
    "by",
    "is",
    "as",
    "it",
    "t",
    "d",
    "p",
    "pi",
    "point",
    "points",
    "ton",
    "tons",
    "ha",
    "b",
    "the",
    "for",
    "if",
    "on",
    "each",
    "bit",
    "bits",
    "cc",
    "m.",
    "me",
    "u",
    "de",
    "x",
    "e",
    "c",
    "f",
    "M",
    "P",
    "G",
    "kip",
    "gr",
    "ft.",
    "an",
    "no",
    "yd",
    "pt",
    "rd",
    "Da",
    "rpm",
    "Gb",  # G·b of a dislocation formula, not the gilbert
}
_SINGLE_LETTER_UNITS = set("msgKAJNVWCLhTSFÅΩ")
_COUNT_PHRASES = (
    "bohr magnetons",
    "bohr magneton",
    "atomic sites",
    "atomic site",
    "lattice sites",
    "lattice site",
    "free electrons",
    "conduction electrons",
    "charge carriers",
    "vacant sites",
    "unit cells",
    "unit cell",
    "formula units",
    "formula unit",
    "repeat units",
    "repeat unit",
    "mer units",
    "mer unit",
    "atoms",
    "atom",
    "vacancies",
    "vacancy",
    "electrons",
    "electron",
    "holes",
    "hole",
    "carriers",
    "carrier",
    "molecules",
    "molecule",
    "ions",
    "ion",
    "photons",
    "photon",
    "particles",
    "particle",
    "sites",
    "site",
    "mers",
    "mer",
    "grains",
    "grain",
    "dislocations",
    "dislocation",
    "defects",
    "defect",
    "nuclei",
    "cells",
    "cell",
    "chains",
    "chain",
    "lattice points",
    "lattice point",
)
_WORD_UNITS = {
    "sec": "s",
    "secs": "s",
    "seconds": "s",
    "second": "s",
    "hr": "h",
    "hrs": "h",
    "hours": "h",
    "hour": "h",
    "mins": "min",
    "minutes": "min",
    "minute": "min",
    "days": "day",
    "yrs": "year",
    "yr": "year",
    "years": "year",
    "amps": "A",
    "amp": "A",
    "ohms": "ohm",
    "Ohm": "ohm",
    "Ohms": "ohm",
    "Ω": "ohm",
    "micron": "μm",
    "microns": "μm",
    "um": "μm",
    "μ": "μm",
    "angstroms": "Å",
    "angstrom": "Å",
    "Angstrom": "Å",
    "Angstroms": "Å",
    "Ang": "Å",
    "A°": "Å",
    # 'mpy', 'mils per year': the US penetration-rate unit, 1 mil = 10⁻³ in (pint's 'thou'; pint's own
    # 'mil' is the angular mil, a fraction of a radian)
    "mpy": "thou/year",
    "mils": "thou",
    "mil": "thou",
    "cc": "cm^3",
    "lbs": "lb",
    "kelvin": "K",
    "Kelvin": "K",
    "mole": "mol",
    "moles": "mol",
    "mols": "mol",
    "gms": "g",
    "gm": "g",
    "kgs": "kg",
    "atm.": "atm",
    "mV": "mV",
    "deg": "degree",
    "degree": "degree",  # '30 degree': the singular also names an angle
    "degrees": "degree",
    "°": "degree",
    "rad": "radian",
    "radians": "radian",
    "percent": "percent",
    "%": "percent",
    "pct": "percent",
}
_CUBIC = {"cubic": 3, "square": 2}
# Spelled-out units exams use; pint knows many more English words (strain, cup, stone, chain).
_UNIT_WORDS = {
    "meter",
    "metre",
    "angstrom",
    "micron",
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "gram",
    "tonne",
    "pound",
    "kelvin",
    "degree",
    "radian",
    "joule",
    "calorie",
    "electronvolt",
    "watt",
    "volt",
    "ampere",
    "coulomb",
    "ohm",
    "siemens",
    "farad",
    "henry",
    "tesla",
    "gauss",
    "oersted",
    "weber",
    "maxwell",
    "erg",
    "dyne",
    "hertz",
    "newton",
    "pascal",
    "atmosphere",
    "torr",
    "bar",
    "liter",
    "litre",
    "mole",
    "percent",
    "inch",
    "foot",
    "feet",
    "mile",
    "poise",
    "dalton",
    "barn",
    "fermi",  # a femtometre ('5 fermi'); 'Fermi level' is kept from it by eponym_names.py
}
_PREFIXES = (
    "kilo",
    "mega",
    "giga",
    "tera",
    "milli",
    "micro",
    "nano",
    "pico",
    "femto",
    "centi",
    "deci",
)


@lru_cache(maxsize=2048)
def _is_unit_symbol(word: str) -> bool:
    """'MPa', 'mol', 'psi' are unit symbols; 'has' (pint: hectare·s) and 'strain' are not."""
    from ...units import get_registry

    try:
        return get_registry().get_symbol(word) == word
    except Exception:
        return False


def _is_unit_word(word: str) -> bool:
    w = word.lower()
    for cand in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w):
        if cand in _UNIT_WORDS:
            return True
        for p in _PREFIXES:
            if cand.startswith(p) and cand[len(p) :] in _UNIT_WORDS:
                return True
    return False


@dataclass(frozen=True)
class ParsedUnit:
    """A unit read from text: the pint unit, how it was written, and tags."""

    units: Any  # pint Unit
    text: str
    tags: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_absolute_temperature(self) -> bool:
        return "absolute_temperature" in self.tags


def _words_to_symbols(t: str, tags: set[str]) -> str:
    t = re.sub(r"\bper\s*cent\b", "percent", t, flags=re.I)
    t = re.sub(r"\belectron[\s-]?volts?\b", "eV", t, flags=re.I)
    m = re.match(
        r"^(wt|weight|at|atom|atomic|mol|mole|vol|volume)\s*\.?\s*(%|percent)(\s+[A-Z][a-z]?)?$",
        t.strip(),
        flags=re.I,
    )
    if m:
        tags.add("composition")
        tags.add(
            "composition:"
            + {"weight": "wt", "atom": "at", "atomic": "at", "mole": "mol", "volume": "vol"}.get(
                m.group(1).lower(), m.group(1).lower()
            )
        )
        if m.group(3):
            tags.add("component:" + m.group(3).strip())
        return "percent"
    t = re.sub(r"\bdegrees?\s*(?:celsius|centigrade|C)\b", "°C", t, flags=re.I)
    t = re.sub(r"\bdegrees?\s*(?:fahrenheit|F)\b", "°F", t, flags=re.I)
    t = re.sub(r"\bdegrees?\s*(?:kelvin|K)\b", "K", t, flags=re.I)
    t = re.sub(r"\bcelsius\b", "°C", t, flags=re.I)
    t = re.sub(r"°\s*K\b", "K", t)
    t = re.sub(
        r"\b(cubic|square)\s+([A-Za-zμ]+)",
        lambda m: f"{m.group(2)}^{_CUBIC[m.group(1).lower()]}",
        t,
        flags=re.I,
    )
    t = re.sub(
        r"\b([A-Za-zμ]+)\s+(squared|cubed)\b",
        lambda m: f"{m.group(1)}^{2 if m.group(2).lower() == 'squared' else 3}",
        t,
        flags=re.I,
    )
    # '2e22 cation sites per cm^3', '8e28 lattice sites per m^3': the sites of the lattice (an
    # interstitial or a vacant site is another count and keeps its word)
    t = re.sub(r"^\s*(?:cation|anion|lattice|atomic)\s+(?=sites?\b)", "", t, flags=re.I)
    # '1e23 phosphorus atoms per m^3', '5e20 boron atoms per m3': the species named before the count
    # word says what is counted, not a unit
    t = re.sub(
        r"^\s*([a-z]{3,})\s+(?=(?:atoms?|ions?|molecules?)\b)",
        lambda m: "" if not _is_unit_word(m.group(1)) else m.group(0),
        t,
    )
    # 'Ge atoms per cm^3', 'Fe^3+ ions per m^3': an element's symbol, not giga-e or a unit
    t = re.sub(
        r"^\s*[A-Z][a-z]?(?:\^?\(?\d*[+-]\)?|[⁰-⁹]*[⁺⁻])?\s+(?=(?:atoms?|ions?|molecules?)\b)",
        "",
        t,
    )
    for phrase in _COUNT_PHRASES:
        if re.search(r"\b" + phrase + r"\b", t, flags=re.I):
            tags.add("count")
            tags.add(
                "count:" + phrase.rstrip("s") if not phrase.endswith("ies") else "count:" + phrase
            )
            t = re.sub(r"\b" + phrase + r"\b", " ‹1› ", t, flags=re.I)
    t = re.sub(r"\bper\b", "/", t, flags=re.I)
    return t


def _to_pint_syntax(t: str, tags: set[str], compound: bool = False) -> str | None:
    t = t.strip()
    t = re.sub(r"\)\s*(-\d+)", r")^\1", t)
    t = re.sub(r"√\s*\(?\s*([A-Za-zμ]+)\s*\)?", r"·\1^0.5", t)
    t = re.sub(
        r"\^\s*\(?\s*(-?\d+)\s*/\s*(\d+)\s*\)?",
        lambda m: "^" + repr(int(m.group(1)) / int(m.group(2))),
        t,
    )
    t = re.sub(
        r"(?<=[A-Za-zμ])(\d)/(\d)$", lambda m: "^" + repr(int(m.group(1)) / int(m.group(2))), t
    )
    t = re.sub(r"(?<=[A-Za-zμÅΩ])(-?\d+(?:\.\d+)?)(?![\d.])", r"^\1", t)  # cm2 -> cm^2, m-3 -> m^-3
    t = re.sub(r"\^\s*\(\s*(-?\d+(?:\.\d+)?)\s*\)", r"^\1", t)
    # split numerator / denominator groups: J/mol-K and J/mol·K mean J/(mol·K)
    parts = [p.strip() for p in re.split(r"/(?![^()]*\))", t)]
    if any(p == "" for p in parts[1:]):
        parts = [p for i, p in enumerate(parts) if i == 0 or p]
    groups = []
    for i, part in enumerate(parts):
        atoms = _split_factors(part)
        if i > 0 and atoms == ["in"]:  # 'lb/in', 'grains/in'
            atoms = ["inch"]
        converted = []
        for a in atoms:
            c = _atom(a, tags, compound=compound or len(parts) > 1 or len(atoms) > 1)
            if c is None:
                return None
            if c != "1":
                converted.append(c)
        if not converted:
            if i == 0:
                converted = ["1"]
            else:
                tags.add("per_particle")
                continue
        groups.append("*".join(converted))
    if not groups:
        return None
    expr = groups[0] + "".join(f"/({g})" for g in groups[1:])
    return expr.replace("^", "**")


def _split_factors(part: str) -> list[str]:
    """Split a product (``J·s``, ``N m``, ``ohm-m``) at depth 0 only: ``(Ω·m)^-1`` stays whole."""
    out, depth, current = [], 0, ""
    for i, ch in enumerate(part):
        depth += ch == "("
        depth -= ch == ")"
        hyphen = (
            ch == "-"
            and 0 < i < len(part) - 1
            and re.match(r"[A-Za-zμÅΩ)\d]", part[i - 1])
            and re.match(r"[A-Za-zμÅΩ(]", part[i + 1])
        )
        if depth == 0 and (ch in "·*× " or hyphen):
            if current:
                out.append(current)
            current = ""
        else:
            current += ch
    if current:
        out.append(current)
    return out


def _atom(a: str, tags: set[str], *, compound: bool) -> str | None:
    """One unit factor (with optional ^exponent) in pint syntax, or None when it is not a unit."""
    if a == "‹1›":
        return "1"
    group = re.fullmatch(r"\((.+)\)(\^-?\d+(?:\.\d+)?)?", a)
    if group:  # a parenthesised product such as (Ω·m)^-1
        inner = _to_pint_syntax(group.group(1), tags, compound=compound or bool(group.group(2)))
        return None if inner is None else f"({inner.replace('**', '^')}){group.group(2) or ''}"
    m = re.fullmatch(r"([^()^]+)(\^-?\d+(?:\.\d+)?)?", a)
    if m is None:
        return None
    base, power = m.group(1), m.group(2) or ""
    if re.fullmatch(r"1(\.0)?", base):
        return "1"
    if base in ("°C", "degC", "°F", "degF"):
        fahrenheit = "F" in base
        if compound or power:
            return ("delta_degF" if fahrenheit else "delta_degC") + power
        tags.add("absolute_temperature")
        return "degF" if fahrenheit else "degC"
    if base == "K" and not compound and not power:
        tags.add("kelvin")
    if base in _WORD_UNITS:
        base = _WORD_UNITS[base]
        if base in ("degree", "radian"):
            tags.add("angle")
    elif base == "in" and power:
        base = "inch"
    elif base in _NOT_UNITS:
        return None
    elif (
        len(base) > 3
        and base[0].isupper()
        and base[1:].islower()
        and base.lower() not in _NOT_UNITS
        and not _is_unit_symbol(base)  # 'Mpsi', 'Mbar': a mega- symbol, not a capitalised word
    ):
        base = _WORD_UNITS.get(base.lower(), base.lower())
    elif (
        re.fullmatch(r"[A-Za-z]{2,}", base)
        and not _is_unit_word(base)
        and not _is_unit_symbol(base)
    ) or (len(base) == 1 and base not in _SINGLE_LETTER_UNITS):
        return None
    elif base == "F":
        if not compound:
            return None  # farad vs Fahrenheit: too ambiguous in exam prose
        base = "farad"  # 'F/m', 'F m⁻¹': a permittivity (no Fahrenheit is divided by a length)
    if base == "percent":
        tags.add("percent")
    return base + power


@lru_cache(maxsize=4096)
def _cached(text: str) -> ParsedUnit | None:
    from ...units import get_registry

    tags: set[str] = set()
    t = _words_to_symbols(text, tags)
    expr = _to_pint_syntax(t, tags)
    if expr is None or (not re.search(r"[A-Za-zμÅΩ%°]|\(1\)", expr) and expr != "1"):
        return None
    ureg = get_registry()
    try:
        units = ureg.parse_units(expr)
    except Exception:
        try:
            q = ureg.parse_expression(expr)
        except Exception:
            return None
        if not hasattr(q, "units") or getattr(q, "magnitude", 1) != 1:
            return None
        units = q.units
    if expr == "1" and "count" not in tags:
        return None
    try:
        base = str(ureg.Quantity(1, units).to_base_units().units)
    except Exception:
        # pint parsed the word but cannot reduce it ('per decade' → a logarithmic unit, offset
        # units in products): not a unit a value can carry, so not a unit here
        return None
    if "bit" in base:
        return None  # 'μB', 'kB', 'MB': bits and bytes are never a materials exam's unit
    if _EXOTIC_PREFIX.search(format(units, "D")):
        return None  # 'F/(RT)' read as farad per ronnatesla: symbols R·T, not a 2022 SI prefix
    return ParsedUnit(units=units, text=text.strip(), tags=frozenset(tags))


# the SI prefixes of 2022 (ronna 10²⁷, quetta 10³⁰, ronto 10⁻²⁷, quecto 10⁻³⁰): pint knows them, no
# materials text writes them, and a capital R or Q glued to a unit letter is a symbol (R·T, Q/RT)
_EXOTIC_PREFIX = re.compile(r"\b(?:ronna|quetta|ronto|quecto)")

# Products of physics symbols that pint would read as a prefixed unit: in worked answers '2kT' is
# 2·k_B·T (not 2 kilotesla), 'RT' is R·T, 'mc^2' is m·c², 'pV' is p·V, 'Ea' an activation energy
_SYMBOL_PRODUCTS = frozenset(
    ("kT", "kBT", "hc", "mc", "mc^2", "RT", "qV", "kB", "pV", "Ea", "EA", "ET", "ma", "eE")
)


# a magnet's energy product in (mega)gauss-oersteds: one unit (units.py), since pint's Gaussian G·Oe is
# erg/cm³, 4π times too large for B·H
_GAUSS_OERSTED = re.compile(
    r"\b(M|k|[Mm]ega|[Kk]ilo)?\s*-?\s*(?:G\s*[·⋅*.\s-]?\s*Oe|[Gg]auss\s*[·⋅*\s-]?\s*[Oo]ersteds?)\b"
)


def _gauss_oersted(m: re.Match[str]) -> str:
    prefix = (m.group(1) or "")[:1]
    return {"M": "M", "m": "M", "k": "k", "K": "k"}.get(prefix, "") + "GOe"


def parse_unit(text: str) -> ParsedUnit | None:
    """The pint unit written in ``text``, or None when it is not (only) a unit.

    ``'J/mol-K'`` → J/(mol·K); ``'per °C'`` → 1/Δ°C; ``'atoms/m^3'`` → 1/m³ tagged ``count``;
    ``'eV/atom'`` → eV tagged ``per_particle``; ``'wt% C'`` → percent tagged ``composition``.
    """
    t = text.strip().rstrip(",;:?!")
    if not t or (t[0].isdigit() and not t.startswith("1/")) or len(t) > 60:
        return None
    if t.endswith(".") and t not in ("in.", "atm."):
        t = t[:-1]
    if t == "in.":
        t = "inch"
    t = re.sub(r"\bper\s*cent\b", "percent", t, flags=re.I)
    t = mend_unit_typos(t)  # 'Mpa', 'kj/mol', 'deg C' (unit_typos.py)
    t = t.replace("**", "^")  # Python's power, as code-minded answers write units: 'kg/m**3'
    t = _GAUSS_OERSTED.sub(_gauss_oersted, t)
    if t in _SYMBOL_PRODUCTS:
        return None
    if re.search(r"(?:\sper|/)$", t, re.I):
        return None  # 'atoms per', 'J per': the unit it is per is missing; no unit was written
    if t.startswith("per ") or t.startswith("/"):
        t = "1 / " + t.split(None, 1)[1] if t.startswith("per ") else "1/" + t[1:]
        t = t.replace("1 / ", "1/")
    if t.count("(") != t.count(")"):
        return None
    return _cached(t)


def unit_label(units: Any) -> str:
    """Short text for a pint unit (``nm``, ``J/(mol·K)``); ``Δ°C`` kept for differences."""
    s = f"{units:~P}"
    return s.replace("a", "year") if s in ("a", "mm/a", "μm/a", "mil/a", "th/a") else s


def long_name(units: Any) -> str:
    """pint's long unit name ('joule / electron_volt', 'degree_Celsius', 'dimensionless'), for comparisons."""
    return format(units, "D")


_POWER_OF_TEN = re.compile(
    r"^\s*(?:[×x*]\s*)?10\s*\^\s*\(?\s*([-−+]?\d+)\s*\)?\s*(?:[×x*·]\s*)?(?=\S|$)"
)


def split_power_of_ten(text: str) -> tuple[float, str]:
    """A unit written with a power of ten in front (``10^-3 mol``, ``×10^5 Pa``): (1e-3, 'mol').

    ``text`` may be raw LaTeX (``$10^{-3}$ mol``); it is normalised first. Without a power of ten the
    scale is 1.0 and the text comes back normalised.
    """
    from .text import normalize

    t = normalize(text)
    m = _POWER_OF_TEN.match(t)
    if m is None:
        return 1.0, t
    return 10.0 ** int(m.group(1).replace("−", "-")), t[m.end() :].strip()


def requested_scale(text: str) -> float:
    """The power-of-ten factor in front of a requested unit (1.0 when there is none)."""
    return split_power_of_ten(text)[0]
