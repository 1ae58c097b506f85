"""Unit slips in the steps that a pint re-evaluation cannot see, because the written arithmetic holds.

* **A given's number with the wrong unit**: the question gives 30 min and a step uses '30 s'; the
  question gives 15 µm and a step uses '15 × 10^-3 cm'. The response's value has the given's
  significant digits and dimension, but not its size. A value the question gives as it is written,
  or that equals a given (a right conversion, 15 µm = 15 × 10^-4 cm) or half or twice one (a radius
  of 0.50 mm from a 1.0 mm diameter, beside a length of 50 m), is never flagged.
* **A wrong conversion step**: 'ρ = 0.008917 Ω·m' then 'ρ = 0.008917/100 = 8.92 × 10^-5 Ω·cm': a
  chain that takes the number of an earlier result and ends in another unit of the same dimension,
  whose value is not that result in the new unit (it is 0.8917 Ω·cm).
* **A false unit equivalence**: '1 cm² = 10^-2 m²' (it is 10^-4 m²), or any 'q₁ = q₂' whose two
  sides are plain quantities of one dimension in different units that pint finds unequal by more
  than a factor 1.5 (so rounded equivalences such as 1 atm = 10^5 Pa pass). Temperatures are left
  alone ('ΔT = 60 °C = 60 K' is a difference).
* **A Celsius temperature as a factor of a product**: the response's formula multiplies an
  absolute temperature ('LMP = T(C + log t)', '2γT_m/(ΔH ΔT)'), it puts the question's °C number
  in as a factor ('650 × (20 + 3.699)'), and it never writes that temperature in kelvin.
* **A Celsius temperature raised to a power**: the T⁴ of radiation takes kelvin; '900⁴' for the
  question's 900 °C is wrong unless the question also gives 900 K.
"""

from __future__ import annotations

import itertools
import math
import re
from typing import Any

from .checks import Check
from .prose import Statement
from .quantities import Reading

_SKIP_UNITS = ("dimensionless", "count", "percent")


def _mantissa_digits(text: str) -> str:
    """The significant digits of a written number's mantissa ('15 × 10^-3 cm' → '15', '0.030 s' → '3')."""
    mantissa = re.split(r"[×x*]\s*10|(?<=\d)e[-+]?\d", text.strip(), maxsplit=1)[0]
    m = re.search(r"\d[\d\s,]*(?:\.\d*)?|\.\d+", mantissa)
    if not m:
        return ""
    return re.sub(r"[^\d]", "", m.group(0)).strip("0")


def _si(q: Any) -> float | None:
    try:
        return float(q.to_base_units().magnitude)
    except Exception:
        return None


def _givens(reading: Reading | None) -> list[tuple[Any, str]]:
    if reading is None:
        return []
    return [
        (g.quantity, g.text)
        for g in reading.givens
        if g.kind == "quantity" and g.has_unit and g.quantity is not None
    ]


def given_unit_slip(reading: Reading | None, lines: list[str]) -> Check | None:
    """A failed 'unit conversion' check when a step uses a given's number in a unit of the same
    dimension that makes it another size ('30 s' for the question's 30 min)."""
    from .expression import numbers_with_units
    from .unit_text import long_name

    givens = [(q, t) for q, t in _givens(reading) if "degree" not in long_name(q.units)]
    if not givens:
        return None
    sizes = [abs(s) for s in (_si(q) for q, _t in givens) if s is not None]
    computed = _computed_results(lines)
    for line in lines:
        last_eq = max(line.rfind("="), line.rfind("≈"))
        for q, text, start in numbers_with_units(line):
            if start > last_eq or long_name(q.units) in _SKIP_UNITS:
                continue  # a result (after the last '='), or a bare number
            if "degree" in long_name(q.units):
                continue
            size = _si(q)
            if size is None or size == 0:
                continue
            size = abs(size)  # '-6.5 × 10^-3 mm' for a decrease of 6.5 µm: the sign is no slip
            if any(math.isclose(size, s * f, rel_tol=1e-3) for s in sizes for f in (1.0, 0.5, 2.0)):
                # the value of some given, in whatever unit, or its half or double (the radius
                # 0.50 mm of a 1.0 mm wire, whatever else the question gives as '50 m')
                continue
            if any(math.isclose(size, s, rel_tol=1e-3) for s in computed):
                continue  # the response's own computed result ('= 22.0 μs'), not a given copied
            digits = _mantissa_digits(text)
            if not digits or digits == "1":
                continue
            for g, g_text in givens:
                if g.dimensionality != q.dimensionality or g.units == q.units:
                    continue
                if _mantissa_digits(g_text) != digits:
                    continue
                g_size = _si(g)
                if g_size is None or g_size == 0:
                    continue
                right = g.to(q.units)
                return Check(
                    "unit conversion",
                    False,
                    f"the step writes '{text}' for the question's {g_text}, which is "
                    f"{_fmt(right)}: a unit slip (off by a factor "
                    f"{_ratio_text(abs(g_size) / size)})",
                )
    return None


def _computed_results(lines: list[str]) -> list[float]:
    """The SI sizes of the results the response computes: the quantities after a line's last '='
    whose side before it is a calculation ('t = 10.01 × 2.2 μs = 22.0 μs' → 22.0 μs; not the
    restated 't = 30 s')."""
    from .expression import numbers_with_units
    from .unit_text import long_name

    out: list[float] = []
    for line in lines:
        sides = re.split(r"=|≈", line)
        if len(sides) >= 2 and _CALCULATION.search(sides[-2]):
            for q, _text, _start in numbers_with_units(sides[-1]):
                if long_name(q.units) in _SKIP_UNITS:
                    continue
                size = _si(q)
                if size:
                    out.append(abs(size))
        out += _link_results(line)
    return out


_CALCULATION = re.compile(r"\d\s*[×*/+^]|[×*/+^√]\s*\(?\s*\d")


def _link_results(line: str) -> list[float]:
    """The SI sizes of the plain results inside a line: a side that is one quantity and nothing
    else, after a side that calculates ('E/10 = 7000 MPa', 'r = 0.154 · √10^4 = 15.4 nm; …'). A
    quantity inside a longer calculation ('× 45 s') is no result."""
    from .expression import numbers_with_units
    from .step_check import strip_words
    from .unit_text import long_name

    out: list[float] = []
    for clause in re.split(r";\s+", line):
        sides = re.split(r"=|≈", clause)
        for before, side in itertools.pairwise(sides):
            if not _CALCULATION.search(before):
                continue
            plain = strip_words(side)
            found = numbers_with_units(plain)
            if len(found) != 1 or found[0][2] != 0 or len(found[0][1]) < len(plain.strip()):
                continue
            q = found[0][0]
            size = _si(q) if long_name(q.units) not in _SKIP_UNITS else None
            if size:
                out.append(abs(size))
    return out


def conversion_step_check(chains: list[Statement]) -> Check | None:
    """A failed 'unit conversion' check when a chain converts an earlier result to another unit
    of the same dimension and gets a value that is not that result in the new unit."""
    from .expression import numbers_with_units
    from .step_check import strip_words
    from .unit_text import long_name, unit_label

    results: list[tuple[Any, str]] = []
    for st in chains:
        end = strip_words(st.sides[-1])
        last = [
            f for f in numbers_with_units(end) if not re.search(r"\^\s*\(?\s*$", end[: f[2]])
        ]  # 'h^-1': the exponent is no second number
        middle = st.sides[-2] if len(st.sides) >= 3 else ""  # the expression the result comes from
        if len(last) == 1 and long_name(last[0][0].units) not in _SKIP_UNITS and middle.strip():
            y, y_text, _s = last[0]
            for x, x_text in results:
                if x.units == y.units or x.dimensionality != y.dimensionality:
                    continue
                # '7.96 · 10^22': the power of ten belongs to the number (a dot or a cross)
                x_num = re.match(r"[-\d.,\s]*\d(?:\s*[×x*·⋅]\s*10\s*\^\s*-?\d+)?", x_text.strip())
                if (
                    not x_num
                    or len(re.sub(r"\D", "", re.split(r"[×x*·⋅]", x_num.group(0))[0]).lstrip("0"))
                    < 3
                ):
                    continue
                at = re.search(rf"(?<![\d.]){re.escape(x_num.group(0).strip())}(?![\d])", middle)
                if not at or re.search(r"/\s*\(?\s*$", middle[: at.start()]):
                    continue  # '8.704e-19/(1.602e-19)': the earlier value divides, it is not converted
                if re.search(r"[A-Za-zΩμ]", re.sub(r"10\s*\^", "", middle)):
                    continue  # the middle carries units or symbols: the step checker reads it
                if not _conversion_factors_only(middle[: at.start()] + " " + middle[at.end() :]):
                    continue  # '31.04×10^9 · 1.1×10^-5 · 60': a calculation, not a conversion
                right = x.to(y.units)
                if math.isclose(float(right.magnitude), float(y.magnitude), rel_tol=0.01):
                    continue
                return Check(
                    "unit conversion",
                    False,
                    f"'{st.text.strip()[:70]}' converts {x_text} to {unit_label(y.units)}, but {x_text} is "
                    f"{_fmt(right)}, not {y_text}",
                )
        if len(last) == 1 and long_name(last[0][0].units) not in _SKIP_UNITS:
            results.append((last[0][0], last[0][1]))
    return None


_UNIT_PAIRS = (
    ("psi", "Pa"),
    ("ksi", "MPa"),
    ("eV", "J"),
    ("inch", "m"),
    ("foot", "m"),
    ("lbf", "N"),
    ("lb", "kg"),
    ("calorie", "J"),
    ("Btu", "J"),
    ("atm", "Pa"),
    ("torr", "Pa"),
    ("minute", "s"),
    ("hour", "s"),
    ("day", "s"),
    ("day", "hour"),
    ("year", "s"),
    ("year", "day"),
    ("degree", "radian"),
)


def _unit_ratios() -> list[float]:
    """The mantissas (1 ≤ m < 10) of common unit ratios and their inverses (6.894757 for psi in Pa,
    1.602177 for eV in J, 3.6 for an hour in seconds)."""
    from ...units import get_registry

    ureg = get_registry()
    out: list[float] = []
    for a, b in _UNIT_PAIRS:
        try:
            r = float(ureg.Quantity(1, a).to(b).magnitude)
        except Exception:
            continue
        for x in (r, 1 / r):
            out.append(x / 10.0 ** math.floor(math.log10(x)))
    return out


def _conversion_factors_only(rest: str) -> bool:
    """Whether every number of ``rest`` (a conversion's calculation without the value converted) is
    a power of ten or a common unit ratio ('/100', '× 3600', '/6894.76', '× 1.602×10^-19'): a factor
    of any other size makes the step a calculation, not a change of unit."""
    ratios = _unit_ratios()
    t = re.sub(r"(\d)\s*[×x*·⋅]\s*10\s*\^\s*\(?\s*[-−+]?\d+\)?", r"\1", rest)  # drop powers of ten
    t = re.sub(r"(?<![\d.])10\s*\^\s*\(?\s*[-−+]?\d+\)?", " ", t)
    for m in re.finditer(r"(?<![\d.])\d+(?:\.\d+)?(?:[eE][-+]?\d+)?", t):
        x = float(m.group(0))
        if x == 0:
            return False
        mantissa = x / 10.0 ** math.floor(math.log10(x))
        if math.isclose(mantissa, 1.0, rel_tol=1e-9):
            continue  # a power of ten
        if not any(math.isclose(mantissa, r, rel_tol=0.002) for r in ratios):
            return False
    return True


def unit_equivalence_check(chains: list[Statement]) -> Check | None:
    """A failed 'unit conversion' check for a chain link 'q₁ = q₂' between two plain quantities of
    one dimension whose sizes differ by more than a factor 1.5 ('1 cm² = 10^-2 m²')."""
    from .expression import numbers_with_units
    from .unit_text import long_name

    for st in chains:
        for left, right in zip(st.sides, st.sides[1:], strict=False):
            left, right = _unbracketed(left, right)
            a = _plain_end(left, numbers_with_units, tail=True)
            b = _plain_end(right, numbers_with_units, tail=False)
            from_context = a is not None and b is None
            if from_context and a is not None:
                b = _symbol_in_context(right, a[0])  # '1 T = 1000 G': G is gauss beside tesla
            if a is None or b is None:
                continue
            (qa, ta), (qb, tb) = a, b
            same_unit = qa.units == qb.units
            qa, qb = _gauss_in_tesla(qa, qb), _gauss_in_tesla(qb, qa)
            if (same_unit and not from_context) or qa.dimensionality != qb.dimensionality:
                continue
            if any(long_name(q.units) in _SKIP_UNITS for q in (qa, qb)):
                continue
            if "[temperature]" in str(qa.dimensionality):
                continue
            sa, sb = _si(qa), _si(qb)
            if not sa or not sb or (sa > 0) != (sb > 0):
                continue
            if 1 / 1.5 <= sa / sb <= 1.5:
                continue
            if from_context:  # '1 T = 1000 G': 1 T is 10 000 G
                written, symbol = tb.split()[0], tb.split()[-1]
                in_b = f"{float(written) * sa / sb:g} {symbol}"
            else:
                in_b = _fmt(qa.to(qb.units))
            return Check(
                "unit conversion",
                False,
                f"'{ta} = {tb}' is not a true equivalence: {ta} is {in_b}",
            )
    return None


def _gauss_in_tesla(q: Any, other: Any) -> Any:
    """``q`` in tesla when it is in gauss (G, kG, MG …) and ``other`` is a flux density in SI units
    ('4.0 kG = 0.40 T'); pint keeps the Gaussian gauss in a dimension of its own, so 1 G = 10⁻⁴ T
    is applied here. Any other ``q`` is returned unchanged."""
    gauss = q._REGISTRY.gauss
    tesla = q._REGISTRY.tesla
    if q.dimensionality != gauss.dimensionality or other.dimensionality != tesla.dimensionality:
        return q
    return q._REGISTRY.Quantity(float(q.to(gauss).magnitude) * 1e-4, "tesla")


_CONTEXT_SYMBOLS = {"G": (1e-4, "tesla")}
"""Unit symbols the reader leaves unread alone ('G' is as often giga-, a shear modulus or a free
energy), with their size in an SI unit (1 G = 10⁻⁴ T: the gauss of the Gaussian system, which
pint keeps in a dimension of its own), read only where the other side of an equivalence has that
SI unit's dimension."""


def _symbol_in_context(side: str, other: Any) -> tuple[Any, str] | None:
    """'1000 G' beside '1 T': the side's value in SI (0.1 T), when its symbol names a unit whose SI
    dimension is the other side's; None otherwise."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*[.,;]?\s*", side)
    if m is None or m.group(2) not in _CONTEXT_SYMBOLS:
        return None
    size, si_unit = _CONTEXT_SYMBOLS[m.group(2)]
    q = other._REGISTRY.Quantity(float(m.group(1)) * size, si_unit)
    if q.dimensionality != other.dimensionality:
        return None
    return q, m.group(0).strip()


def _unbracketed(left: str, right: str) -> tuple[str, str]:
    """'Converting (1 µm = 100 nm) gives …', 'to mm² (1 in² = 25.4 mm²): 320 000/25.4': an
    equivalence that a bracket encloses, read without the bracket and what follows it; other sides
    stay as written."""
    m = re.search(r"\(([^()]*)$", left)
    n = re.match(r"([^()]*)\)", right)
    if m is None or n is None:
        return left, right
    return m.group(1), n.group(1)  # the bracket's content stands alone ('to mm² (1 in² = …')


def _plain_end(side: str, reader: Any, tail: bool) -> tuple[Any, str] | None:
    """The quantity a chain side ends with (tail) or consists of (head), when nothing but words
    stands beside it: 'Step 4: 1 cm^2' → 1 cm², ' 10^-2 m^2, so i' → None (more follows)."""
    text = side.strip().rstrip(".,;")
    found = reader(text)
    if not found:
        return None
    q, written, start = found[-1] if tail else found[0]
    before, after = text[:start], text[start + len(written) :]
    if tail:
        if after.strip() or re.search(r"[\d×*·⋅/+^√)(\-−]\s*$", before):  # '106.7 · 6894.76 J/m³'
            return None
    elif before.strip() or after.strip():
        return None
    return q, written


_T_FACTOR = re.compile(
    r"(?<![Δ∆\w])T(?![a-z]{2}|o\b)(?:_?\{?[A-Za-z0-9]{1,4}\}?)?(?=\s*\(|\s*[×*·]|\s*[A-Za-zα-ωΔ])"  # T( T× Tγ
    r"|(?<=[A-Za-zα-ω)\d])\s*[×*·]?\s*T(?:_?\{?[A-Za-z0-9]{1,4}\}?)?(?![\w(])(?!\s*[-+−])"  # γT_m
)


def celsius_product_check(reading: Reading | None, lines: list[str]) -> Check | None:
    """A failed 'unit conversion' check when a formula multiplies an absolute temperature and the
    question's Celsius value goes in as a factor, never converted to kelvin."""
    from .unit_text import long_name

    if reading is None:
        return None
    celsius, kelvin = set(), set()
    for q, _t in _givens(reading):
        name = long_name(q.units)
        if name == "degree_Celsius":  # not a difference (delta_degree_Celsius)
            celsius.add(float(q.magnitude))
        elif name == "kelvin":
            kelvin.add(float(q.magnitude))
    return celsius_factor_check(celsius, kelvin, lines)


def celsius_factor_check(
    celsius: set[float],
    kelvin: set[float],
    lines: list[str],
    whose: str = "the question's",
    numerator: bool = False,
) -> Check | None:
    """A failed 'unit conversion' check when a line whose formula multiplies an absolute
    temperature puts one of the ``celsius`` values (°C) in as a factor, and its kelvin value is
    neither in ``kelvin`` nor written anywhere in ``lines``; ``whose`` names where the Celsius
    value came from in the message. With ``numerator`` a value after '×' that a division follows
    ('2 × 0.093 × 660/(…)') is a factor too."""
    text = "\n".join(lines)
    numbers = {
        float(n) for n in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", text.replace(" ", ""))
    }
    for c in sorted(celsius):
        if c <= 0 or c + 273.15 in kelvin or c + 273 in kelvin:
            continue
        if any(abs(n - (c + 273.15)) <= 0.6 for n in numbers):
            continue  # the response writes the kelvin value somewhere
        symbolic = [ln for ln in lines if _T_FACTOR.search(_no_differences(ln))]
        if not symbolic:
            continue
        c_text = f"{c:g}"
        factor = re.compile(
            rf"(?:^|[(×*·]|=)\s*{re.escape(c_text)}(?:\.0+)?\s*(?:\)\s*)?(?=[×*·(]|\)\s*\()"
            rf"(?!\s*[×x*·]\s*10\s*\^)"  # '20 × 10^-6': a mantissa, not the temperature
            rf"|\)\s*\(\s*{re.escape(c_text)}(?:\.0+)?\s*\)"
            + (rf"|[×*·]\s*{re.escape(c_text)}(?:\.0+)?\s*(?=/)" if numerator else "")
        )
        for line in lines:
            for side in line.split("=")[1:]:
                if _PER_DEGREE.search(side):
                    continue  # a coefficient per degree Celsius multiplies a difference
                m = factor.search(side)
                if m and not re.search(r"[-+−]\s*$", side[: m.start()]):
                    return Check(
                        "unit conversion",
                        False,
                        f"the formula multiplies an absolute temperature, but the step puts in "
                        f"{whose} {c_text} °C as it stands ('{side.strip()[:50]}'): it takes "
                        f"kelvin, T = {c + 273.15:g} K",
                    )
    return None


_PER_DEGREE = re.compile(r"°\s*C\s*\^\s*\(?\s*[-−]\s*1\b|/\s*°\s*C\b|\bper\s+°\s*C\b")
"""A coefficient per degree Celsius ('20 × 10^-6 °C^-1', '/°C'): what it multiplies is a
temperature difference, the same in °C and in K."""


def _no_differences(line: str) -> str:
    """A formula line without its temperature differences ('ΔT', 'T_1 − T_2', '(T - 20)')."""
    return re.sub(r"T\w*\s*[-−+]\s*\w+|\w+\s*[-−+]\s*T\w*", " ", line)


def celsius_power_check(reading: Reading | None, lines: list[str]) -> Check | None:
    """A failed 'unit conversion' check when the question's Celsius temperature is raised to the
    fourth power as it stands ('900⁴' for 900 °C): the T⁴ of radiation takes kelvin. (Squares are
    left alone: '20²' is as often a length as a temperature.)"""
    from .unit_text import long_name

    if reading is None:
        return None
    celsius, kelvin = set(), set()
    for q, _t in _givens(reading):
        name = long_name(q.units)
        if name == "degree_Celsius":  # not a difference (delta_degree_Celsius)
            celsius.add(float(q.magnitude))
        elif name == "kelvin":
            kelvin.add(float(q.magnitude))
    celsius = {c for c in celsius - kelvin if c not in (0.0,)}
    if not celsius:
        return None
    power = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:\^\s*\(?\s*4(?![\d.])|⁴)")
    for line in lines:
        for m in power.finditer(line):
            t = float(m.group(1))
            if t in celsius and t + 273.15 not in kelvin and t + 273 not in kelvin:
                return Check(
                    "unit conversion",
                    False,
                    f"'{m.group(0)}' raises the question's {t:g} °C to a power as it stands: "
                    f"a T⁴ law takes kelvin, T = {t + 273.15:g} K",
                )
    return None


_RECIPROCAL_T = re.compile(r"(?<![\w.])1\s*/\s*\(?\s*T(?![a-z]{2})")
"""'1/T', '1/T₁', '1/(T_2)': a reciprocal absolute temperature written as a symbol."""


def celsius_reciprocal_check(reading: Reading | None, lines: list[str]) -> Check | None:
    """A failed 'unit conversion' check when a response whose formula takes a reciprocal
    temperature (1/T, as in an Arrhenius or Boltzmann ratio) writes '1/600' for the question's
    600 °C and never writes the kelvin value: 1/T is in K⁻¹ and takes T = 873.15 K. Nothing is
    said when the same number is also another of the question's values (then '1/600' may be it),
    or when the question gives the temperature in kelvin too."""
    from .unit_text import long_name

    if reading is None or not any(_RECIPROCAL_T.search(ln) for ln in lines):
        return None
    celsius, other = set(), []
    for q, _t in _givens(reading):
        name = long_name(q.units)
        if name == "degree_Celsius":  # not a difference (delta_degree_Celsius)
            celsius.add(float(q.magnitude))
        else:
            other.append(float(q.magnitude))
    text = "\n".join(lines)
    numbers = {
        float(n) for n in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", text.replace(" ", ""))
    }
    for c in sorted(celsius):
        if c <= 0 or any(math.isclose(c, o) or abs(o - (c + 273.15)) <= 0.6 for o in other):
            continue
        if any(abs(n - (c + 273.15)) <= 0.6 for n in numbers):
            continue  # the response writes the kelvin value somewhere
        c_text = f"{c:g}"
        reciprocal = re.compile(
            rf"(?<![\w.])1\s*/\s*\(?\s*{re.escape(c_text)}(?:\.0+)?(?![\d.])"
            rf"(?!\s*[×x*·]\s*10)(?!\s*°)(?!\s*\+)"
        )
        for line in lines:
            m = reciprocal.search(line)
            if m:
                return Check(
                    "unit conversion",
                    False,
                    f"'{m.group(0).strip()}' takes the reciprocal of the question's {c_text} °C as it "
                    f"stands: 1/T is in K⁻¹, T = {c + 273.15:g} K, 1/T = "
                    f"{1 / (c + 273.15):.4g} K⁻¹",
                )
    return None


def _fmt(q: Any) -> str:
    from .step_check import fmt_quantity

    return str(fmt_quantity(q))


def _ratio_text(r: float) -> str:
    return f"{r:.3g}" if r >= 1 else f"1/{1 / r:.3g}"
