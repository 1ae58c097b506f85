"""The reaction quotient of the Nernst equation: products over reactants of the written reaction.

E = E° − (RT/nF) ln Q = E° − (0.05916 V/n) log₁₀ Q at 25 °C, with Q the product of the products'
concentrations over the reactants' (each to its coefficient; pure metals count 1). For a metal
displacement M + N^z+ → M^z+ + N, Q = [M^z+]/[N^z+]. A response that takes the inverse quotient
gets E° + (RT/nF) ln Q instead.

The reaction is the one the question writes, else the one the response writes (its direction
fixes which ion is the product), and it must be one metal and one ion on each side. The question
must give every ion's concentration ('0.10 M Fe²⁺', '[Ni²⁺] = 0.001 M') and the standard
potentials of both couples (or the standard cell potential). A response is flagged only when its
final potential is E° − (RT/nF) ln(1/Q), differs from E° − (RT/nF) ln Q, and it writes 1/Q or the
inverted ratio of the concentrations.
"""

from __future__ import annotations

import math
import re

from .checks import Check
from .step_numbers import (
    closing_states,
    final_quantity,
    last_of_dimension,
    magnitude_in,
    of_dimension,
    plain_numbers,
    written_as,
)

_FARADAY_OVER_R = 96485.33212 / 8.314462618
_ION = r"(?P<el>[A-Z][a-z]?)\s*\^?\s*\(?(?P<z>[1-4]?)\s*(?P<sign>\+{1,3})\)?(?!\w)"
_CONC = (
    r"(?P<c>\d+(?:\.\d+)?(?:\s*(?:×|x|\*)\s*10\s*\^\s*\(?[-−]?\d+\)?|\s*[eE][-−]?\d+)?)\s*"
    r"(?:M|mol\s*/\s*L|mol\s*L\^-1|mol\s*dm\^-3|molar)(?![\w])"
)
_CONC_FORMS = (
    re.compile(_CONC + r"\s*(?:of\s+|in\s+)?(?:aqueous\s+)?" + _ION),
    re.compile(r"\[\s*" + _ION + r"\s*\]\s*(?:=|is|of)\s*" + _CONC),
    re.compile(_ION + r"\s*\(\s*(?:aq\s*,\s*)?" + _CONC + r"\s*\)"),
    re.compile(_ION + r"[^.;,\d]{0,25}?(?:concentration|activity)\s*(?:of|is|=)\s*" + _CONC),
)
_SPECIES = re.compile(
    r"(?P<coef>\d+)?\s*(?P<el>[A-Z][a-z]?)(?:\s*\^?\s*\(?(?P<z>[1-4]?)(?P<sign>\+{1,3})\)?)?"
    r"(?:\s*\((?:s|aq)\))?(?![a-z])"
)
_ARROW = re.compile(r"→|⟶|->|⇌|=>")
_COUPLE_POTENTIAL = re.compile(
    _ION + r"\s*/\s*(?P<metal>[A-Z][a-z]?)\b\s*\)?\s*(?:couple\s*)?(?:=|:|is|,)?\s*"
    r"(?P<v>[-−+]?\s*\d+\.\d+)\s*V"
)
_HALF_REACTION_POTENTIAL = re.compile(
    _ION + r"\s*\+\s*\d?\s*e\s*\^?\s*[-−]\s*(?:→|⟶|->|⇌|=>)\s*(?P<metal>[A-Z][a-z]?)\b"
    r"\s*(?:\(\s*s\s*\))?\s*(?:[:=,]|is)?\s*(?:E\s*°\s*=\s*)?(?P<v>[-−+]?\s*\d+\.\d+)\s*V"
)
"""A standard reduction potential written with its half-reaction ('Cu²⁺ + 2e⁻ → Cu: +0.340 V')."""
_CELL_POTENTIAL = re.compile(
    r"(?:standard\s+(?:cell\s+)?(?:potential|emf|e\.m\.f\.)\s*(?:of\s+the\s+cell\s*)?(?:\(?E°\)?\s*)?"
    r"|\bE\s*°\s*(?:_?\{?cell\}?)?\s*)"
    r"(?:is|=|of)?\s*(?P<v>[-−+]?\d+\.\d+)\s*V",
    re.I,
)
_TEMPERATURE = re.compile(r"(?P<t>\d+(?:\.\d+)?)\s*(?P<u>°\s*C|K)\b")


def _number(text: str) -> float:
    t = text.replace("−", "-").replace(" ", "")
    m = re.match(r"([\d.]+)(?:(?:×|x|\*)10\^\(?(-?\d+)\)?|[eE](-?\d+))?$", t)
    if m is None:
        return float("nan")
    exp = m.group(2) or m.group(3)
    return float(m.group(1)) * (10.0 ** int(exp) if exp else 1.0)


def _ion_key(m: re.Match[str]) -> tuple[str, int]:
    return m.group("el"), int(m.group("z") or len(m.group("sign")))


def _concentrations(question: str) -> dict[tuple[str, int], float] | None:
    found: dict[tuple[str, int], float] = {}
    for pattern in _CONC_FORMS:
        for m in pattern.finditer(question):
            key, c = _ion_key(m), _number(m.group("c"))
            if not c > 0:
                continue
            if key in found and not math.isclose(found[key], c, rel_tol=1e-9):
                return None  # one ion at two concentrations: a concentration cell
            found[key] = c
    return found


def _side(text: str) -> tuple[list[tuple[tuple[str, int], int]], list[str]] | None:
    """(ions with coefficients, metals) of one side of a reaction; None for anything else."""
    ions, metals = [], []
    for part in re.split(r"\s\+\s", text.strip()):
        m = _SPECIES.fullmatch(part.strip())
        if m is None:
            return None
        coef = int(m.group("coef") or 1)
        if m.group("sign"):
            ions.append(((m.group("el"), int(m.group("z") or len(m.group("sign")))), coef))
        else:
            metals.append(m.group("el"))
    return ions, metals


def _reaction(text: str) -> tuple[tuple[tuple[str, int], int], tuple[tuple[str, int], int]] | None:
    """(reactant ion, product ion), each with its coefficient, of the first written metal
    displacement M + N^z+ → M^z+ + N in ``text``."""
    for line in text.splitlines():
        for arrow in _ARROW.finditer(line):
            left = re.split(r"[:;,]|\breaction\b", line[: arrow.start()])[-1]
            left = re.sub(r"^\s*(?:[a-z]+\s+)+", "", left)  # '… reaction is Zn + Cu²⁺': prose words
            right = re.split(r"[,;]|\s(?:with|and|so|where)\s|\.\s", line[arrow.end() :])[0]
            lhs, rhs = _side(left), _side(right)
            if lhs is None or rhs is None:
                continue
            if len(lhs[0]) != 1 or len(rhs[0]) != 1 or len(lhs[1]) != 1 or len(rhs[1]) != 1:
                continue
            (reactant, rc), (product, pc) = lhs[0][0], rhs[0][0]
            if reactant[0] != rhs[1][0] or product[0] != lhs[1][0] or reactant[0] == product[0]:
                continue
            if rc * reactant[1] != pc * product[1]:
                continue  # unbalanced charge
            return (reactant, rc), (product, pc)
    return None


_CELL_NOTATION = re.compile(
    r"(?P<anode>[A-Z][a-z]?)\s*(?:\(\s*s\s*\))?\s*[|│]\s*(?P<left>[A-Z][a-z]?\s*\^?\s*\(?[1-4]?\s*\+{1,3}\)?)"
    r"[^|│]{0,30}[|│]{2}\s*(?P<right>[A-Z][a-z]?\s*\^?\s*\(?[1-4]?\s*\+{1,3}\)?)[^|│]{0,30}[|│]\s*"
    r"(?P<cathode>[A-Z][a-z]?)(?![a-z])"
)


def _cell_notation(
    text: str,
) -> tuple[tuple[tuple[str, int], int], tuple[tuple[str, int], int]] | None:
    """'Zn | Zn²⁺ (0.01 M) || Cu²⁺ (1 M) | Cu': the anode's ion is the product, the cathode's the
    reactant, with coefficients that balance the charge (2Ag⁺ for Cu²⁺)."""
    m = _CELL_NOTATION.search(text)
    if m is None:
        return None
    left = re.match(_ION, m.group("left"))
    right = re.match(_ION, m.group("right"))
    if left is None or right is None:
        return None
    product, reactant = _ion_key(left), _ion_key(right)
    if product[0] != m.group("anode") or reactant[0] != m.group("cathode") or product == reactant:
        return None
    if product[0] == reactant[0]:
        return None  # a concentration cell
    lcm = product[1] * reactant[1] // math.gcd(product[1], reactant[1])
    return (reactant, lcm // reactant[1]), (product, lcm // product[1])


def _standard_potential(question: str, reduced: str, oxidized: str) -> float | None:
    couples: dict[str, float] = {}
    for m in [*_COUPLE_POTENTIAL.finditer(question), *_HALF_REACTION_POTENTIAL.finditer(question)]:
        if m.group("metal") == m.group("el"):
            couples[m.group("el")] = float(m.group("v").replace("−", "-").replace(" ", ""))
    if reduced in couples and oxidized in couples:
        return couples[reduced] - couples[oxidized]
    cells = {float(m.group("v").replace("−", "-")) for m in _CELL_POTENTIAL.finditer(question)}
    return cells.pop() if len(cells) == 1 else None


def _kelvin(question: str) -> float:
    temps = []
    for m in _TEMPERATURE.finditer(question):
        t = float(m.group("t"))
        temps.append(t + 273.15 if "C" in m.group("u") else t)
    return temps[0] if len(set(temps)) == 1 else 298.15


def nernst_quotient_check(question: str, lines: list[str]) -> Check | None:
    """A failed check when a cell potential is worked with the reaction quotient inverted."""
    if not re.search(r"nernst|cell|electrode|potential|emf", question, re.I):
        return None
    response = "\n".join(lines)
    reaction = _reaction(question) or _cell_notation(question) or _reaction(response)
    conc = _concentrations(question)
    if reaction is None or not conc:
        return None
    (reactant, rc), (product, pc) = reaction
    if reactant not in conc or product not in conc:
        return None
    n = pc * product[1]
    quotient = conc[product] ** pc / conc[reactant] ** rc
    e0 = _standard_potential(question, reactant[0], product[0])
    if e0 is None or abs(math.log10(quotient)) < 0.3:
        return None
    slope = _kelvin(question) / _FARADAY_OVER_R / n
    right = e0 - slope * math.log(quotient)
    inverted = e0 + slope * math.log(quotient)
    finals = [final_quantity(lines), last_of_dimension(lines, "V")]
    written = [magnitude_in(q, "V") for q in finals if q is not None and of_dimension(q, "V")]
    volts = next(
        (v for v in written if v is not None and min(abs(v - right), abs(v - inverted)) < 0.004),
        None,
    )
    if volts is None or abs(volts - right) < 0.004 or abs(volts - inverted) > 0.003:
        return None
    if closing_states(lines, right, "V", 0.005):
        return None
    numbers = plain_numbers(response)
    ratio = f"{_name(reactant)}{'^' + str(rc) if rc > 1 else ''}/{_name(product)}"
    fraction_written = rc == pc == 1 and _fraction(response, conc[reactant], conc[product])
    if not (written_as(1 / quotient, numbers) or fraction_written):
        return None
    return Check(
        "reaction quotient",
        False,
        f"in {_metal(product, pc)} + {_name(reactant, rc)} → {_name(product, pc)} + "
        f"{_metal(reactant, rc)} the ion {_name(product)} is the product: "
        f"Q = [{_name(product)}]{'^' + str(pc) if pc > 1 else ''}/[{_name(reactant)}]"
        f"{'^' + str(rc) if rc > 1 else ''} = {quotient:.4g}, not the inverse ({ratio}); "
        f"E = E° − (RT/{n}F) ln Q = {e0:.4g} − {slope:.4g} × ln {quotient:.4g} = {right:.3f} V, "
        f"not {inverted:.3f} V",
    )


def _name(ion: tuple[str, int], coef: int = 1) -> str:
    el, z = ion
    return f"{coef if coef > 1 else ''}{el}{z if z > 1 else ''}+"


def _metal(ion: tuple[str, int], coef: int) -> str:
    """The metal that goes with the other side's ion, with its coefficient (charge balance)."""
    return f"{coef if coef > 1 else ''}{ion[0]}"


def _fraction(text: str, top: float, bottom: float) -> bool:
    """A written ratio of two numbers, top over bottom ('(0.001)/(0.10)', '0.001/0.10')."""
    number = r"(\d+(?:\.\d+)?(?:\s*(?:×|x|\*)\s*10\s*\^\s*\(?[-−]?\d+\)?)?)"
    for m in re.finditer(rf"\(?\s*{number}\s*(?:M\b)?\s*\)?\s*/\s*\(?\s*{number}", text):
        a, b = _number(m.group(1)), _number(m.group(2))
        if math.isclose(a, top, rel_tol=0.01) and math.isclose(b, bottom, rel_tol=0.01):
            return True
    return False
