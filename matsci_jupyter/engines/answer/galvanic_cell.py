"""The voltage of a galvanic cell of two metals in solutions of their ions, from tabulated standard
potentials (the Nernst equation), and of a concentration cell of one metal.

Callister & Rethwisch, ch. 17 (Table 17.1, standard emf series at 25 °C; eq. 17.19
ΔV = (V₂° − V₁°) − (RT/nF) ln([M₁ⁿ⁺]/[M₂ⁿ⁺]), metal 1 oxidized). The metal with the lower standard
reduction potential is the anode; for ions of different charges n₁, n₂ the cell reaction moves
L = lcm(n₁, n₂) electrons and the quotient is [M₁]^(L/n₁)/[M₂]^(L/n₂). For one metal in two
solutions (a concentration cell) ΔV = (RT/nF) ln(c_high/c_low). Potentials in volts; concentrations
in mol/L stand for activities (dilute solutions).

Answered only when every one of these holds (precision first):

* the question asks for a cell's voltage, potential or emf (not one electrode's potential, not a
  potential relative to another electrode), and for that voltage itself: a concentration, ratio,
  temperature or energy asked ahead of the voltage phrase ('what Ni²⁺ concentration would make
  the cell voltage zero', 'the Gibbs energy that corresponds to the cell voltage'), or the voltage
  made a condition ('… gives a cell potential of 1.00 V'), is refused;
* any potential it writes (a value in V) is a standard potential tied to one couple
  ('E°(Cu²⁺/Cu) = +0.340 V', 'Zn²⁺ + 2e⁻ → Zn: −0.763 V'; written_potentials.py); the written values
  are then used, and each couple of a two-metal cell must have one (any other potential: None);
* each concentration is tied to one ion written with its charge ('0.10 M Fe²⁺', 'Cu2+', '[Zn2+] =
  0.5 M') or to a simple salt ('CuSO4'), and the metal–ion couple is in the table;
* two metals with one concentration each, or one metal with two concentrations;
* the temperature is 25 °C (the table's) or not stated (25 °C is taken and said); a concentration
  cell, which needs no standard potential, is answered at any one stated temperature;
* the voltage comes out positive (a negative one would reverse the cell, and which sign is wanted
  would be open);
* where the question writes the cell's order, it is the spontaneous one: line notation 'A | A²⁺ ||
  B²⁺ | B' with the anode on the left (emf = E_right − E_left), or a reaction 'A + B²⁺ → A²⁺ + B'
  that oxidizes the anode metal; the other order (a negative emf as written), an order not read, or
  'as written' with no order written is refused.
"""

from __future__ import annotations

import math
import re

from .answer import Answer
from .checks import Check
from .constants import value as constant_value
from .quantities import extract, format_number
from .text import SUBSCRIPT_DIGITS
from .written_potentials import standard_potentials, without_half_reaction_arrows, written_couple

# standard reduction potentials at 25 °C, volts (Callister & Rethwisch, Table 17.1)
STANDARD_POTENTIALS: dict[tuple[str, int], float] = {
    ("Au", 3): 1.420,
    ("Ag", 1): 0.800,
    ("Cu", 2): 0.340,
    ("Pb", 2): -0.126,
    ("Sn", 2): -0.136,
    ("Ni", 2): -0.250,
    ("Co", 2): -0.277,
    ("Cd", 2): -0.403,
    ("Fe", 2): -0.440,
    ("Cr", 3): -0.744,
    ("Zn", 2): -0.763,
    ("Al", 3): -1.662,
    ("Mg", 2): -2.363,
    ("Na", 1): -2.714,
    ("K", 1): -2.924,
}

_ASK = re.compile(
    r"\b(?:cell\s+(?:voltage|potential|emf|e\.?m\.?f\.?)|(?:voltage|potential|emf|e\.?m\.?f\.?)\s+of\s+"
    r"(?:the|this)\s+(?:\w+[\s-]+)?cell|\bemf\b|\be\.m\.f\.)",
    re.I,
)
# the ask names the standard cell potential (E°cell: all ions at 1 M, 25 °C), not the cell voltage
_STANDARD_ASK = re.compile(
    r"\bstandard\s+(?:(?:\w+\s+){0,2}cell\s+)?(?:voltage|potential(?!s)|emf|e\.?m\.?f\.?)\b"
    r"(?!\s*(?:series|table|values?|data|list|scale))|\bE\s*[°⁰o]\s*_?\s*\(?cell\b",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?:relative\s+to|versus|vs\.?|with\s+respect\s+to|half[\s-]cell|electrode\s+potential\s+of)\b",
    re.I,
)
_ION = r"(?P<el>[A-Z][a-z]?)\s*(?:\^\s*)?\(?(?P<ch>[1-3])?\s*(?P<plus>\+{1,3})\)?"
_ION_RE = re.compile(r"(?<![A-Za-z])" + _ION + r"(?![A-Za-z0-9])")
_SALT_RE = re.compile(
    r"(?<![A-Za-z])(?P<el>[A-Z][a-z]?)(?P<anion>SO4|\(NO3\)2|NO3|Cl2)(?![A-Za-z0-9])"
)
_SALT_CHARGE = {"SO4": 2, "(NO3)2": 2, "NO3": 1, "Cl2": 2}
# a concentration and its unit, then the ion: '0.20 M ', '0.5 mol/L of ', '1.0 mol dm^-3 '
_CONC_THEN_ION = re.compile(
    r"[\d.,\s×x*^eE+\-−]*(?:M|molar|mol\s*/\s*(?:L|l|dm\^?3)|mol\s*(?:L|l|dm)\^?-?[13]?)\s*(?:of\s+)?(?:\[\s*)?"
)


_LINE_BAR = re.compile(r"\|\||‖")
_ARROW = re.compile(r"→|⟶|->|=>|⇌|⇄")
_AS_WRITTEN = re.compile(r"\bas\s+(?:written|shown|given|drawn)\b", re.I)


# a quantity asked that sets the voltage ('what Ni²⁺ concentration would make the cell voltage zero',
# 'at what temperature is the emf 1.00 V'): the voltage is a condition there, not the answer
_ASK_WORD = re.compile(
    r"\b(?:what|which|find|calculate|compute|determine|estimate|how\s+(?:much|many|large|high|low|long))\b",
    re.I,
)
_OTHER_NOUN = re.compile(
    r"\b(?P<noun>concentrations?|molarit(?:y|ies)|activit(?:y|ies)|ratio|temperature|current|mass|"
    r"time|pH|amount|charge|energy|work)\b",
    re.I,
)
_AS_CONDITION = re.compile(
    r"^[^.?!]{0,40}?\b(?:would|will|to|does|do|can|could|should)\s+(?:make|give|bring|reach|become|"
    r"drop|fall|rise|reverse|vanish|equal)\b|^\s*(?:of|=|is|be)\s*[-−]?\d[\d.]*\s*m?V\b|^[^.?!]{0,20}?\b(?:zero|"
    r"reverses?|vanish(?:es)?)\b",
    re.I,
)


def _other_unknown(text: str) -> str | None:
    """The quantity asked, where the asked sentence names one other than the voltage before its
    voltage phrase ('what Ni²⁺ concentration …') or makes the voltage a condition ('… would make
    the cell voltage zero'); None when the voltage itself is asked."""
    for m in _ASK.finditer(text):
        head = max(text.rfind(c, 0, m.start()) for c in ".?!") + 1
        asks = list(_ASK_WORD.finditer(text, head, m.start()))
        if not asks:
            continue
        noun = _OTHER_NOUN.search(text, asks[-1].end(), m.start())
        if noun:
            return f"the {noun.group('noun').lower()}"
        if _AS_CONDITION.search(text[m.end() :]):
            return "the condition"
    return None


def _reaction_side(side: str, last: bool) -> dict[str, set[str]]:
    """The metals and ions of one side of a written reaction ('… the reaction Cu + Zn2+', 'Zn2+ + Cu
    with …'): terms split at ' + '; of the outer term only the word next to the arrow counts."""
    terms = re.split(r"\s+\+\s+", side.strip())
    if terms:
        words = terms[0 if last else -1].split()
        if words:
            if last:
                terms[0] = words[-1]
            else:
                terms[-1] = words[0]
    found: dict[str, set[str]] = {"ion": set(), "metal": set()}
    for term in terms:
        t = re.sub(r"\((?:aq|s)\)$", "", term.strip())
        ion = re.fullmatch(r"\d*([A-Z][a-z]?)\^?\(?[1-3]?\+{1,3}\)?", t)
        metal = re.fullmatch(r"\d*([A-Z][a-z]?)", t)
        if ion:
            found["ion"].add(ion.group(1))
        elif metal:
            found["metal"].add(metal.group(1))
        else:
            found.setdefault("other", set()).add(t)
    return found


def _written_order(
    text: str,
    species: list[tuple[int, int, str, int]],
    anode: tuple[str, float],
    cathode: tuple[str, float],
    positions: dict[tuple[str, float], int],
) -> str | None:
    """Why the cell as the question writes it runs the other way, or None when it does not say or
    agrees. The line notation 'A | A²⁺ || B²⁺ | B' puts the anode on the left (emf = E_right −
    E_left); a cell reaction 'A + B²⁺ → A²⁺ + B' oxidizes the metal whose ion it makes. ``anode`` and
    ``cathode`` are (element, concentration) of the side found to be oxidized and reduced;
    ``positions`` where each concentration is written."""
    bar = _LINE_BAR.search(text)
    if bar:
        if anode[0] == cathode[0]:  # a concentration cell: the dilute side is the anode
            left = positions[anode] < bar.start() < positions[cathode]
        else:
            sides = {
                el: {
                    "left" if s < bar.start() else "right" for s, _e, e_, _c in species if e_ == el
                }
                for el in (anode[0], cathode[0])
            }
            left = sides[anode[0]] == {"left"} and sides[cathode[0]] == {"right"}
        if left:
            return None
        return (
            "the cell is written in line notation with the reduced side on the left: as written "
            "(emf = E_right − E_left) its emf is negative, and which sign is wanted is not said"
        )
    arrow = _ARROW.search(text)
    if arrow:
        if anode[0] == cathode[0]:
            return "a cell reaction is written for a concentration cell; which side it oxidizes is not clear"
        start = max(text.rfind(".", 0, arrow.start()), text.rfind(":", 0, arrow.start())) + 1
        stop = re.search(r"[.?!;,]", text[arrow.end() :])
        end = arrow.end() + (stop.start() if stop else len(text) - arrow.end())
        left = _reaction_side(text[start : arrow.start()], last=True)
        right = _reaction_side(text[arrow.end() : end], last=False)
        forward = (
            {"ion": {cathode[0]}, "metal": {anode[0]}},
            {"ion": {anode[0]}, "metal": {cathode[0]}},
        )
        if (left, right) == forward:
            return None
        if (right, left) == forward:
            return (
                f"the cell reaction is written with {anode[0]} ions reduced, the reverse of the "
                "spontaneous direction: its potential as written is negative, and which sign is "
                "wanted is not said"
            )
        return "a cell reaction is written, but which metal it oxidizes could not be read from it"
    if _AS_WRITTEN.search(text):
        return (
            "the question asks for the cell as written, but the order it is written in is not clear"
        )
    return None


def _species(text: str) -> list[tuple[int, int, str, int]]:
    """Every ion or salt written: (start, end, element, charge)."""
    found: list[tuple[int, int, str, int]] = []
    for m in _ION_RE.finditer(text):
        plus = m.group("plus")
        charge = int(m.group("ch")) if m.group("ch") else len(plus)
        if m.group("ch") and len(plus) > 1:
            continue
        found.append((m.start(), m.end(), m.group("el"), charge))
    for m in _SALT_RE.finditer(text):
        found.append((m.start(), m.end(), m.group("el"), _SALT_CHARGE[m.group("anion")]))
    return sorted(found)


def _owner(
    text: str, start: int, end: int, species: list[tuple[int, int, str, int]]
) -> tuple[str, int] | None:
    """The ion a concentration belongs to: written right after it ('0.2 M Zn2+', '0.2 mol/L of
    CuSO4') or, failing that, right before it ('[Zn2+] = 0.2 M', 'Zn2+ solution of 0.2 M')."""
    for s, _e, el, ch in species:
        # the unit reader may run on into the ion ('0.002 mol/L Ni^2'): read from the value's start
        if s > start and _CONC_THEN_ION.fullmatch(text[start:s]):
            return el, ch
    for _s, e, el, ch in reversed(species):
        if e <= start and re.fullmatch(
            r"\s*(?:\]\s*)?(?:(?:ions?\s+)?(?:solutions?|concentrations?)\s*(?:of|=|at|is)?\s*|=\s*|:\s*|\(\s*)?",
            text[e:start],
            re.I,
        ):
            return el, ch
    return None


def _asks_standard(text: str) -> bool:
    """Whether the sentence that asks for the cell's potential names the standard one."""
    from .part_directive import directed_part
    from .sentences import sentence_at

    # a closing directive ('Answer (b), in volts.') names the one part that is asked
    text = directed_part(text) or text
    asks = list(_ASK.finditer(text))
    if not asks:
        return False
    start, end = sentence_at(text, asks[-1].start())
    return bool(_STANDARD_ASK.search(text[start:end]))


def try_galvanic_cell(question: str) -> Answer | None:
    """The cell voltage from Table 17.1 and the Nernst equation, or None when the question is not of
    that form (see the module docstring)."""
    if not re.search(r"\bcell\b", question, re.I):
        return None
    reading = extract(question)
    # 'Al₂O₃', 'CuSO₄': one character each, so the offsets are kept
    text = reading.text.translate(SUBSCRIPT_DIGITS)
    if not _ASK.search(text) or _RELATIVE.search(text):
        return None
    other = _other_unknown(text)
    if other:
        from .solver import refuse

        return refuse(
            question,
            f"the question asks for {other} that sets the cell voltage, not the voltage itself; this "
            "reader gives the voltage only",
        )
    from ...units import get_registry

    ureg = get_registry()
    unit_text = "V"
    if reading.requested:
        req = reading.requested[-1]
        try:
            if not ureg.Quantity(1, req.unit.units).check("[electric_potential]"):
                return None
        except Exception:
            return None
        unit_text = req.text
    species = _species(text)
    concentrations: list[tuple[str, int, float]] = []
    temperature: float | None = None
    previous: tuple[int, tuple[str, int]] | None = None
    positions: dict[tuple[str, float], int] = {}
    written: dict[tuple[str, int], set[float]] = {}
    for g in reading.givens:
        q = g.quantity
        if g.kind != "quantity" or q is None:
            continue
        try:
            if q.check("[electric_potential]"):
                # a standard potential the question writes for one couple ('E°(Cu²⁺/Cu) = +0.340 V',
                # 'Zn²⁺ + 2e⁻ → Zn: −0.763 V'); any other potential: not this class
                couple = written_couple(text, g.start, species)
                if couple is None:
                    return None
                written.setdefault(couple, set()).add(round(float(q.to("V").magnitude), 6))
                continue
            if q.check("[temperature]"):
                kelvin = float(q.to("K").magnitude)
                if temperature is not None and abs(temperature - kelvin) > 1e-6:
                    return None
                temperature = kelvin
                continue
            if not q.check("[substance]/[length]**3"):
                return None  # another datum (a current, a mass): not this class
        except Exception:
            return None
        owner = _owner(text, g.start, g.end, species)
        if (
            owner is None
            and previous is not None
            and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[previous[0] : g.start])
        ):
            owner = previous[1]  # 'CuSO4 solutions of 0.5 and 0.005 mol/L': a list after one salt
        if owner is None:
            return None
        previous = (g.end, owner)
        concentrations.append((owner[0], owner[1], float(q.to("mol/L").magnitude)))
        positions[(owner[0], float(q.to("mol/L").magnitude))] = g.start
    couples = {(el, ch) for el, ch, _c in concentrations}
    standard = standard_potentials(couples, written, STANDARD_POTENTIALS)
    if standard is None or any(c <= 0 for *_x, c in concentrations):
        return None
    # a concentration cell needs no standard potential, so it is answered at any stated temperature;
    # a cell of two metals only at 25 °C, the temperature of the standard potentials
    one_metal = len(concentrations) == 2 and len(couples) == 1
    if temperature is not None and abs(temperature - 298.15) > 1.0 and not one_metal:
        return None
    t_kelvin = temperature if temperature is not None and one_metal else 298.15
    text = without_half_reaction_arrows(text)
    rt_f = float((constant_value("R") / constant_value("F")).to("V/K").magnitude) * t_kelvin  # V
    notes = ["concentrations (mol/L) are taken as activities"]
    if temperature is None:
        notes.append(
            "no temperature is given: 25 °C, the temperature of the standard potentials, is taken"
        )
    from .solver import refuse

    if len(concentrations) == 2 and len(couples) == 1:
        (el, ch, c1), (_e2, _c2, c2) = concentrations
        if c1 == c2:
            return None
        high, low = max(c1, c2), min(c1, c2)
        reversed_cell = _written_order(text, species, (el, low), (el, high), positions)
        if reversed_cell:
            return refuse(question, reversed_cell, unit=unit_text)
        volts = rt_f / ch * math.log(high / low)
        steps = [
            "Relation: concentration cell ΔV = (RT/nF) ln(c_high/c_low) (the dilute side is the anode)",
            f"{el}^{ch}+: n = {ch}, c = {format_number(high)} and {format_number(low)} mol/L, "
            f"T = {format_number(t_kelvin)} K",
            f"ΔV = ({format_number(rt_f)} V/{ch}) × ln({format_number(high)}/{format_number(low)}) = "
            f"{format_number(volts)} V",
        ]
        relation = "concentration_cell_nernst"
    elif len(concentrations) == 2 and len(couples) == 2:
        (el1, n1, c1), (el2, n2, c2) = concentrations
        e1, e2 = standard[(el1, n1)], standard[(el2, n2)]
        if e1 == e2:
            return None
        if e1 > e2:
            (el1, n1, c1, e1), (el2, n2, c2, e2) = (el2, n2, c2, e2), (el1, n1, c1, e1)
        reversed_cell = _written_order(text, species, (el1, c1), (el2, c2), positions)
        if reversed_cell:
            return refuse(question, reversed_cell, unit=unit_text)
        electrons = n1 * n2 // math.gcd(n1, n2)
        source = "as the question writes them" if written else "Table 17.1"
        quotient = c1 ** (electrons // n1) / c2 ** (electrons // n2)
        volts = (e2 - e1) - rt_f / electrons * math.log(quotient)
        if volts <= 0:
            return refuse(
                question,
                f"with these concentrations the Nernst equation gives {format_number(volts)} V for {el1} "
                f"as the anode: the cell runs the other way, and which sign is wanted is not said",
                unit=unit_text,
            )
        steps = [
            "Relation: ΔV = (V₂° − V₁°) − (RT/nF) ln Q, metal 1 (lower V°) oxidized (Callister eq. 17.19)",
            f"standard potentials ({source}): {el1}^{n1}+/{el1} {e1:+.3f} V (anode), "
            f"{el2}^{n2}+/{el2} {e2:+.3f} V (cathode)",
            f"n = {electrons}, Q = [{el1}^{n1}+]^{electrons // n1}/[{el2}^{n2}+]^{electrons // n2} = "
            f"{format_number(quotient)}, T = 298.15 K",
            f"ΔV = {e2 - e1:.3f} − ({format_number(rt_f)}/{electrons}) × ln {format_number(quotient)} = "
            f"{format_number(volts)} V",
        ]
        relation = "galvanic_cell_nernst"
    else:
        return None
    if _asks_standard(text) and (
        any(abs(c - 1.0) > 1e-9 for *_x, c in concentrations)
        or (temperature is not None and abs(temperature - 298.15) > 0.5)
    ):
        return refuse(
            question,
            "the question asks for the standard cell potential (every ion at 1 M, 25 °C), and the "
            "Nernst voltage for the concentrations it gives is another number; ask for the cell "
            "voltage, or give standard conditions",
            unit=unit_text,
        )
    quantity = ureg.Quantity(volts, "V")
    try:
        requested_units = reading.requested[-1].unit.units if reading.requested else "V"
        quantity = quantity.to(requested_units)
    except Exception:
        return None
    return Answer(
        question=question,
        quantity=quantity,
        unit_requested=unit_text,
        checks=[
            Check("dimension", True, "a potential difference: volts"),
            Check(
                "givens",
                True,
                "each concentration tied to its ion; each potential the question writes tied to "
                "its couple",
            ),
            Check(
                "constants",
                True,
                "R, F and the standard potentials of Callister Table 17.1 (25 °C)",
            ),
        ],
        steps=steps,
        source="solver",
        relation=relation,
        target="cell voltage",
        notes=notes,
    )
