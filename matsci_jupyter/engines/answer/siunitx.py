r"""LaTeX siunitx macros written out as plain quantities, before the rest of the TeX is read.

Questions copied from LaTeX sources write their numbers and units with the siunitx package:
``\SI{2.5}{\giga\pascal}`` (v2) or ``\qty{2.5}{\giga\pascal}`` (v3), ``\num{1.2e-5}``,
``\si{\meter\squared\per\second}`` / ``\unit{...}``, ranges (``\SIrange{300}{500}{\kelvin}``),
lists (``\SIlist{1;2;3}{\milli\meter}``) and angles (``\ang{30}``). Each becomes the text a
reader of the printed page sees: ``2.5 GPa``, ``1.2×10^-5``, ``m^2/s``, ``300 K to 500 K``.

Unit macros follow siunitx's grammar: a prefix macro binds to the unit after it
(``\kilo\gram`` → kg), ``\per`` puts the next unit in the denominator, ``\squared``/``\cubed``/
``\tothe{n}`` raise the unit before them and ``\square``/``\cubic``/``\raiseto{n}`` the one after.
A unit argument with no macros (``\SI{3}{GPa}``) is kept as written. A macro this table does not
know leaves the whole macro as it was, so nothing is silently turned into another unit.
"""

from __future__ import annotations

import re
from fractions import Fraction

__all__ = ["expand_siunitx"]

_PREFIXES = {
    "yocto": "y",
    "zepto": "z",
    "atto": "a",
    "femto": "f",
    "pico": "p",
    "nano": "n",
    "micro": "μ",
    "milli": "m",
    "centi": "c",
    "deci": "d",
    "deca": "da",
    "deka": "da",
    "hecto": "h",
    "kilo": "k",
    "mega": "M",
    "giga": "G",
    "tera": "T",
    "peta": "P",
    "exa": "E",
}

_UNITS = {
    "metre": "m",
    "meter": "m",
    "gram": "g",
    "kilogram": "kg",
    "second": "s",
    "kelvin": "K",
    "ampere": "A",
    "mole": "mol",
    "candela": "cd",
    "celsius": "°C",
    "degreeCelsius": "°C",
    "electronvolt": "eV",
    "volt": "V",
    "ohm": "Ω",
    "siemens": "S",
    "watt": "W",
    "joule": "J",
    "pascal": "Pa",
    "newton": "N",
    "tesla": "T",
    "gauss": "G",
    "oersted": "Oe",
    "hertz": "Hz",
    "coulomb": "C",
    "farad": "F",
    "henry": "H",
    "weber": "Wb",
    "litre": "L",
    "liter": "L",
    "hour": "h",
    "minute": "min",
    "day": "day",
    "year": "year",
    "angstrom": "Å",
    "degree": "°",
    "arcminute": "′",
    "arcsecond": "″",
    "percent": "%",
    "bar": "bar",
    "tonne": "t",
    "dalton": "Da",
    "atomicmassunit": "u",
    "becquerel": "Bq",
    "gray": "Gy",
    "sievert": "Sv",
    "lumen": "lm",
    "lux": "lx",
    "radian": "rad",
    "steradian": "sr",
    "decibel": "dB",
    "bel": "B",
    "barn": "b",
    "calorie": "cal",
    "atmosphere": "atm",
    "mmHg": "mmHg",
    "torr": "Torr",
    "inch": "in",
    "foot": "ft",
    "pound": "lb",
}

# siunitx's abbreviated units (\nm, \MPa, \kJ, ...): a prefix letter and a base symbol
_ABBREVIATIONS = {
    **{
        f"{p}{u}": f"{p.replace('u', 'μ')}{u}"
        for p in ("f", "p", "n", "u", "m", "c", "k")
        for u in ("m",)
    },
    **{f"{p}g": f"{p.replace('u', 'μ')}g" for p in ("n", "u", "m", "k")},
    "g": "g",
    "m": "m",
    **{f"{p}s": f"{p.replace('u', 'μ')}s" for p in ("f", "p", "n", "u", "m")},
    "s": "s",
    "K": "K",
    **{f"{p}eV": f"{p}eV" for p in ("m", "k", "M", "G")},
    "eV": "eV",
    **{f"{p}V": f"{p.replace('u', 'μ')}V" for p in ("m", "k", "u")},
    "V": "V",
    **{f"{p}A": f"{p.replace('u', 'μ')}A" for p in ("p", "n", "u", "m", "k")},
    "A": "A",
    **{f"{p}W": f"{p.replace('u', 'μ')}W" for p in ("m", "k", "M", "G", "u")},
    "W": "W",
    **{f"{p}J": f"{p}J" for p in ("m", "k", "M")},
    "J": "J",
    **{f"{p}Pa": f"{p}Pa" for p in ("k", "M", "G")},
    "Pa": "Pa",
    **{f"{p}N": f"{p}N" for p in ("k", "m")},
    "N": "N",
    **{f"{p}Hz": f"{p}Hz" for p in ("k", "M", "G", "T")},
    "Hz": "Hz",
    **{f"{p}mol": f"{p}mol" for p in ("m", "k")},
    "mol": "mol",
    **{f"{p}L": f"{p.replace('u', 'μ')}L" for p in ("m", "u")},
    "L": "L",
    **{f"{p}F": f"{p.replace('u', 'μ')}F" for p in ("p", "n", "u", "m")},
    "F": "F",
    **{f"{p}T": f"{p}T" for p in ("m",)},
    "T": "T",
    "kohm": "kΩ",
    "Mohm": "MΩ",
    "h": "h",
    "min": "min",
}

_MACRO = re.compile(r"\\([A-Za-z]+)\s*")
_BRACED_ARG = re.compile(r"\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")
_OPTIONS = re.compile(r"\s*\[[^\[\]]*\]")


def _unit_text(arg: str) -> str | None:
    r"""A siunitx unit argument as plain text ('\joule\per\kilogram\per\kelvin' → 'J/(kg·K)').

    None when the argument holds a macro the table does not know (the caller keeps the text).
    """
    arg = arg.strip()
    if "\\" not in arg:
        return arg.replace("~", " ").replace(".", "·")  # literal units: '\SI{3}{GPa}', 'kg.m'
    factors: list[tuple[str, Fraction]] = []  # (symbol, power)
    prefix = ""
    per = False
    pre_power: Fraction | None = None
    pos = 0
    while pos < len(arg):
        if arg[pos].isspace() or arg[pos] in "~.":
            pos += 1
            continue
        m = _MACRO.match(arg, pos)
        if m is None:
            return None
        name = m.group(1)
        pos = m.end()
        if name in _PREFIXES:
            prefix += _PREFIXES[name]
        elif name == "per":
            per = True
        elif name == "sqrt":  # a root sign written before a unit (\\mega\\pascal\\sqrt\\metre)
            pre_power = Fraction(1, 2)
        elif name in ("square", "cubic"):
            pre_power = Fraction(2 if name == "square" else 3)
        elif name in ("squared", "cubed", "tothe"):
            if not factors:
                return None
            if name == "tothe":
                a = _BRACED_ARG.match(arg, pos)
                if a is None:
                    return None
                pos = a.end()
                power = _power(a.group(1))
                if power is None:
                    return None
            else:
                power = Fraction(2 if name == "squared" else 3)
            sym, old = factors[-1]
            factors[-1] = (sym, old * power)
        elif name == "raiseto":
            a = _BRACED_ARG.match(arg, pos)
            if a is None:
                return None
            pos = a.end()
            pre_power = _power(a.group(1))
            if pre_power is None:
                return None
        elif name in ("cdot", "times"):
            continue
        elif name in _UNITS or name in _ABBREVIATIONS:
            symbol = prefix + _UNITS[name] if name in _UNITS else prefix + _ABBREVIATIONS[name]
            power = pre_power or Fraction(1)
            factors.append((symbol, -power if per else power))
            prefix, per, pre_power = "", False, None
        else:
            return None
    if prefix or per or pre_power is not None or not factors:
        return None
    return _join(factors)


def _power(text: str) -> Fraction | None:
    """A power written in a unit argument ('2', '-1', '0.5', '1/2') as a fraction; None if unread."""
    try:
        return Fraction(text.strip().replace("−", "-"))
    except (ValueError, ZeroDivisionError):
        return None


def _one(sym: str, power: Fraction) -> str:
    if power == 1:
        return sym
    if power.denominator == 1:
        return f"{sym}^{power.numerator}"
    return f"{sym}^({power.numerator}/{power.denominator})"


def _join(factors: list[tuple[str, Fraction]]) -> str:
    """Units with powers as 'a·b^2/(c·d)'; a unit alone in the denominator without brackets, and
    a unit with no numerator by its negative power ('cm^-3', not '1/cm^3')."""
    top = [_one(s, p) for s, p in factors if p > 0]
    bottom = [_one(s, -p) for s, p in factors if p < 0]
    if not top:
        return "·".join(_one(s, p) for s, p in factors)
    num = "·".join(top)
    if not bottom:
        return num
    den = bottom[0] if len(bottom) == 1 else "(" + "·".join(bottom) + ")"
    return f"{num}/{den}"


_E_NUMBER = re.compile(r"^([-+−]?\s*\d*\.?\d+)\s*[eEdD]\s*([-+−]?\d+)$")
_X_NUMBER = re.compile(
    r"^([-+−]?\s*\d*\.?\d+)\s*(?:x|\\times|×)\s*10\s*\^\s*\{?\s*([-+−]?\d+)\s*\}?$"
)
_UNCERTAIN = re.compile(r"^(.*?)\s*(?:\+-|\\pm|±)\s*(.*)$")


def _number_text(arg: str) -> str:
    r"""A siunitx number as written on the page: '1.2e-5' → '1.2×10^-5', '3.2 +- 0.1' → '3.2 ± 0.1'."""
    arg = arg.strip().replace("{,}", ",")
    u = _UNCERTAIN.match(arg)
    if u:
        return f"{_number_text(u.group(1))} ± {_number_text(u.group(2))}"
    for pattern in (_E_NUMBER, _X_NUMBER):
        m = pattern.match(arg)
        if m:
            mantissa = m.group(1).replace(" ", "")
            exponent = m.group(2).replace("−", "-").lstrip("+")
            return f"{mantissa}×10^{exponent}"
    m = re.match(r"^[eE]\s*([-+−]?\d+)$", arg)
    if m:
        return f"10^{m.group(1).replace('−', '-').lstrip('+')}"
    return arg


def _quantity(number: str, unit: str) -> str:
    """'2.5' and 'GPa' as '2.5 GPa'; degrees, arc marks and percent written against the number."""
    if unit in ("°", "′", "″", "%"):
        return f"{number}{unit}"
    return f"{number} {unit}"


def _args(text: str, pos: int, count: int) -> tuple[list[str], int] | None:
    """``count`` braced arguments from ``pos`` (options in brackets between them skipped)."""
    out = []
    for _ in range(count):
        o = _OPTIONS.match(text, pos)
        if o:
            pos = o.end()
        a = _BRACED_ARG.match(text, pos)
        if a is None:
            return None
        out.append(a.group(1))
        pos = a.end()
    return out, pos


def _spoken_list(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


_COMMAND = re.compile(
    r"\\(SIrange|qtyrange|numrange|SIlist|qtylist|numlist|SI|qty|num|si|unit|ang)(?![A-Za-z])"
)


def _expand(name: str, args: list[str]) -> str | None:
    if name in ("SI", "qty"):
        unit = _unit_text(args[1])
        return None if unit is None else _quantity(_number_text(args[0]), unit)
    if name == "num":
        return _number_text(args[0])
    if name in ("si", "unit"):
        return _unit_text(args[0])
    if name == "ang":
        marks = ("°", "′", "″")
        parts = [p.strip() for p in args[0].split(";")]
        return "".join(
            f"{_number_text(p)}{mark}" for p, mark in zip(parts, marks, strict=False) if p
        )
    if name in ("SIrange", "qtyrange"):
        unit = _unit_text(args[2])
        if unit is None:
            return None
        return (
            f"{_quantity(_number_text(args[0]), unit)} to {_quantity(_number_text(args[1]), unit)}"
        )
    if name == "numrange":
        return f"{_number_text(args[0])} to {_number_text(args[1])}"
    if name in ("SIlist", "qtylist"):
        unit = _unit_text(args[1])
        if unit is None:
            return None
        return _spoken_list([_quantity(_number_text(p), unit) for p in args[0].split(";")])
    if name == "numlist":
        return _spoken_list([_number_text(p) for p in args[0].split(";")])
    return None


_ARG_COUNTS = {
    "SI": 2,
    "qty": 2,
    "SIrange": 3,
    "qtyrange": 3,
    "numrange": 2,
    "SIlist": 2,
    "qtylist": 2,
}


def expand_siunitx(text: str) -> str:
    r"""``text`` with every siunitx macro it can read written out ('\SI{2.5}{\giga\pascal}' → '2.5 GPa').

    siunitx v2's pre-unit argument (``\SI{5}[\$]{}``) and options in brackets are skipped; a macro
    with a unit this module does not know stays as written.
    """
    if "\\" not in text:
        return text
    out: list[str] = []
    pos = 0
    for m in _COMMAND.finditer(text):
        if m.start() < pos:
            continue
        name = m.group(1)
        count = _ARG_COUNTS.get(name, 1)
        start = m.end()
        o = _OPTIONS.match(text, start)
        if o:
            start = o.end()
        if name in ("SI", "qty"):  # \SI{number}[pre-unit]{unit}
            first = _args(text, start, 1)
            if first is None:
                continue
            (number,), after = first
            second = _args(text, after, 1)
            if second is None:
                continue
            got: tuple[list[str], int] | None = ([number, second[0][0]], second[1])
        else:
            got = _args(text, start, count)
        if got is None:
            continue
        args, end = got
        written = _expand(name, args)
        if written is None:
            continue
        out.append(text[pos : m.start()])
        out.append(written)
        pos = end
    out.append(text[pos:])
    return "".join(out)
