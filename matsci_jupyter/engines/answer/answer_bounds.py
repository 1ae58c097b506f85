"""Bounds the question alone puts on its answer, whatever the working.

Classes of provably wrong final answers, each read from the question's own words:

* **A scaled answer off its scale.** A question that fixes its answer's unit with a power of ten
  ('(Unit: 10^11 Hz)', 'the number is Z × 10^18. What is Z?') chose that power so that the answer
  is a modest number in it; a value 10^4 times larger or 10^3 times smaller than that scale (the
  program's 1.2e20 'in units of 10^11 Hz', i.e. 1.2e31 Hz) is not the asked quantity.
* **A fraction outside [0, 1].** What the question asks is a fraction by its very name: a volume,
  mass or mole fraction, a packing factor, a porosity, a probability, an efficiency, a degree of
  crystallinity, dissociation or ionization, a percent cold work or reduction in area: it lies in
  [0, 1] (0–100 %).
* **A negative amount.** What the question asks cannot be negative by its name: an absolute
  temperature (below 0 K, −273.15 °C, −459.67 °F), a radius, thickness, wavelength, lattice
  parameter, density, mass, concentration, half-life, frequency, speed, kinetic energy, band gap,
  resistance, strength, modulus, hardness, grain size …
* **A property outside its physical range.** A Poisson's ratio lies in [−1, 0.5], a coefficient
  of friction is not negative, a refractive index is at least 1 (not for x-rays or a relative
  index).
* **A mole's energy on a particle's scale.** An energy asked for a mole ('of one mole', 'per
  mole', 'molar enthalpy', 'in kJ/mol') below 1e-15 J is one particle's: N_A times too small.
* **Signs fixed by the physics named.** The power or focal length of glasses for a far-sighted eye
  is positive (a converging lens), for a near-sighted eye negative; the Gibbs energy change of a
  galvanic cell's reaction is negative.

The asked quantity is the noun phrase after the question's interrogative ('What is the volume
fraction …', 'Calculate the theoretical density …'); a change, difference, shift, error or
gradient of it is not the quantity itself and is never bounded. When the question asks for several
things, or for no bounded quantity, nothing is checked.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .quantities import format_number

SCALE_WINDOW = (1e-3, 1e4)
"""Where the answer lies, as a number of the question's fixed power-of-ten unit (a setter picks the
power so that the number is modest): every answer key in the external sets (74 questions with such
a unit) lies within 0.8–24; the window is wide, so that a small answer the scale allows ('0.005 in
units of 10^-6 m') is never flagged."""

_LEAD = re.compile(
    r"\b(?:what(?:\s+(?:is|are|was|were|will\s+be|would\s+be|must\s+be|should\s+be))?|"
    r"calculate|compute|determine|find|estimate|evaluate|obtain|predict|how\s+(?:large|big|much)\s+is)"
    r"\s+(?:(?:the|its|their|an?|this|that)\s+)?",
    re.I,
)
_FRACTION = (
    r"(?:(?:volume|mass|weight|mole|molar|atom|atomic|area|phase|void|solid|liquid)\s+)?fraction"
    r"|(?:atomic\s+)?packing\s+(?:factor|fraction|efficiency)|porosity|probability"
    r"|(?:thermal\s+|carnot\s+|maximum\s+|theoretical\s+)?efficiency"
    r"|degree\s+of\s+(?:crystallinity|dissociation|ionization|ionisation)|crystallinity"
    r"|percent(?:age)?\s+(?:crystallinity|cold\s+work|reduction\s+in\s+area|porosity)"
    r"|transmittance|reflectance|absorptance"
)
_POSITIVE = (
    r"radius|radii|diameter|thickness|wavelength|lattice\s+(?:parameter|constant)"
    r"|interplanar\s+(?:spacing|distance)|(?:theoretical\s+|bulk\s+)?density|mass|molar\s+mass"
    r"|(?:molecular|atomic|formula)\s+weight|concentration|molarity|molality|solubility"
    r"|half[- ]life|frequency|speed|kinetic\s+energy|(?:band|energy)\s+gap|work\s+function"
    r"|resistance|resistivity|conductivity|conductance|capacitance|inductance|hardness"
    r"|grain\s+(?:size|diameter)|(?:yield|tensile|ultimate|fracture|flexural|compressive|shear)\s+strength"
    r"|(?:elastic|young's|shear|bulk)\s+modulus|modulus\s+of\s+elasticity|viscosity|diffusivity"
    r"|diffusion\s+coefficient|heat\s+capacity|specific\s+heat|mean\s+free\s+path|crack\s+length"
    r"|(?:absolute\s+|melting\s+|boiling\s+|curie\s+|debye\s+|glass\s+transition\s+|final\s+|"
    r"equilibrium\s+|critical\s+)?temperature"
)
_RANGED = {  # a dimensionless property whose physics bounds it: (pattern, low, high, why)
    "poisson": (
        r"poisson'?s?\s+ratio",
        -1.0,
        0.5,
        "lies between −1 and 0.5 for an isotropic solid",
    ),
    "friction": (
        r"coefficient\s+of\s+(?:static\s+|kinetic\s+|sliding\s+|rolling\s+)?friction",
        0.0,
        math.inf,
        "is not negative",
    ),
    "refraction": (
        r"refractive\s+index|index\s+of\s+refraction",
        1.0,
        math.inf,
        "is at least 1 for a material at optical wavelengths",
    ),
}
_RANGE_EXCEPTIONS = re.compile(r"\b(?:x[- ]?rays?|plasma|metamaterial|relative)\b", re.I)
_NOT_ITSELF_BEFORE = re.compile(
    r"\b(?:change|changes|difference|increase|decrease|drop|rise|shift|error|deviation|"
    r"uncertainty|gradient|ratio|fractional|relative|logarithm|log|ln|derivative|rate|gauge|"
    r"focal|image|object|coefficient|dependence|excess|loss|gain|correction|variation|"
    r"percentage|percent|charge|differential|incremental|net)\b",
    re.I,
)
_NOT_ITSELF_AFTER = re.compile(
    r"\s*(?:change|changes|difference|increase|decrease|drop|rise|shift|error|deviation|"
    r"uncertainty|gradient|ratio|coefficient|dependence|defect|of\s+curvature|loss|gain|"
    r"correction|variation|factor|rate|density|profile|number|lost|gained|released|absorbed|"
    r"transferred)\b",
    re.I,
)
_ASKED = re.compile(
    _LEAD.pattern
    + r"(?P<adj>(?:(?!(?:of|on|in|at|for|the|a|an|to|with|from|by|between|and|or|is|are|if|"
    r"when|that|which|per)\b)[A-Za-z'\-]+\s+){0,3}?)(?P<kind>"
    + _FRACTION
    + "|"
    + _POSITIVE
    + "|"
    + "|".join(p for p, *_ in _RANGED.values())
    + r")\b",
    re.I,
)
_SIGNED_CONTEXT = re.compile(
    r"\b(?:lens|mirror|heat\s+pump|refrigerator|coefficient\s+of\s+performance|COP)\b", re.I
)
_SEVERAL_ASKED = re.compile(r"\band\s+(?:the|its|their|also|what|how)\b|,\s*(?:the|its)\b", re.I)
_IN_PERCENT = re.compile(r"\bpercent|%|\bper\s*cent", re.I)


def asked_kind(question: str) -> tuple[str, str] | None:
    """('fraction' | 'temperature' | 'positive' | a ranged kind, the asked phrase) for what the question asks, or
    None when it asks for no bounded quantity or for several of different kinds."""
    found: set[tuple[str, str]] = set()
    for m in _ASKED.finditer(question):
        adjectives = m.group("adj") or ""
        if _NOT_ITSELF_BEFORE.search(adjectives):
            continue
        if _NOT_ITSELF_AFTER.match(question, m.end()):
            continue
        rest = re.split(r"[.?!]", question[m.end() :], maxsplit=1)[0]
        if _SEVERAL_ASKED.search(rest) or re.match(r"\s*(?:,|and\b|or\b|&)", rest):
            return None  # 'find the mass and the volume fraction': the answer may be either
        kind_text = re.sub(r"\s+", " ", m.group("kind").lower())
        ranged = [k for k, (p, *_) in _RANGED.items() if re.fullmatch(p, kind_text, re.I)]
        if ranged:
            kind = ranged[0]
        elif re.fullmatch(_FRACTION, kind_text, re.I):
            kind = "fraction"
        elif kind_text.endswith("temperature"):
            kind = "temperature"
        else:
            kind = "positive"
        found.add((kind, (adjectives + kind_text).strip()))
    kinds = {k for k, _ in found}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    if kind in ("positive", "fraction") and _SIGNED_CONTEXT.search(question):
        return None  # optics sign conventions (image heights), a heat pump's 'efficiency' > 1
    if kind in _RANGED and _RANGE_EXCEPTIONS.search(question):
        return None  # x-ray indices below 1, a relative index
    phrase = sorted(p for k, p in found if k == kind)[0]
    return kind, phrase


def bound_check(question: str, quantity: Any, response: str = "") -> Check | None:
    """The final answer against the bound its asked quantity's name fixes (see the module
    docstring); None when the question asks for no bounded quantity. A bare number for a fraction
    may be a percent when the question or the ``response`` speaks of percent anywhere."""
    from .unit_text import long_name, unit_label

    asked = asked_kind(question)
    if asked is None or quantity is None:
        return None
    kind, phrase = asked
    try:
        value = float(quantity.magnitude)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(value):
        return None
    units = long_name(quantity.units)
    shown = f"{format_number(value, 6)} {unit_label(quantity.units)}".strip()
    if kind in _RANGED:
        _pattern, low, high, why = _RANGED[kind]
        if units not in ("dimensionless", "count"):
            return None
        if value < low - 1e-9 or value > high + 1e-9:
            return Check(
                "physical bound",
                False,
                f"the question asks for the {phrase}, which {why}; the answer is {shown}",
            )
        return Check("physical bound", True, f"the {phrase} {why}", blocking=False)
    if kind == "fraction":
        if units == "percent":
            top, what = 100.0, "0–100 %"
        elif units in ("dimensionless", "count"):
            # '… (in %)', or '12.1 %' earlier in the response: a bare 12 may be 12 %
            in_percent = _IN_PERCENT.search(question + " " + response) is not None
            top, what = (100.0, "0–100 %") if in_percent else (1.0, "[0, 1]")
        else:
            return None
        if value < 0 or value > top * (1 + 1e-9):
            return Check(
                "physical bound",
                False,
                f"the question asks for the {phrase}, which lies in {what}; the answer is {shown}",
            )
        return Check("physical bound", True, f"the {phrase} lies in {what}", blocking=False)
    if kind == "temperature":
        zero = {"kelvin": 0.0, "degree_Celsius": -273.15, "degree_Fahrenheit": -459.67}.get(units)
        if zero is None:
            return None  # a difference unit (Δ°C) or not a temperature
        if value < zero - 1e-9:
            return Check(
                "physical bound",
                False,
                f"the question asks for the {phrase}, an absolute temperature; {shown} is below "
                "absolute zero",
            )
        return Check("physical bound", True, "above absolute zero", blocking=False)
    if value < 0:
        return Check(
            "physical bound",
            False,
            f"the question asks for the {phrase}, which cannot be negative; the answer is {shown}",
        )
    if units == "percent" and "concentration" in phrase.lower() and value > 100 * (1 + 1e-9):
        return Check(
            "physical bound",
            False,
            f"the question asks for the {phrase}; a share of a whole above 100 % ({shown}) is "
            "impossible",
        )
    return None


_FARSIGHTED = re.compile(
    r"\b(?:far[- ]?sighted|long[- ]?sighted|hyperopi\w*|hypermetropi\w*)", re.I
)
_NEARSIGHTED = re.compile(r"\b(?:near[- ]?sighted|short[- ]?sighted|myopi\w*)", re.I)
_CORRECTIVE_LENS = re.compile(
    r"\b(?:glasses|eyeglass\w*|spectacles?|contact\s+lens\w*|corrective\s+lens\w*)\b", re.I
)
_LENS_ASKED = re.compile(
    _LEAD.pattern + r"(?:(?:refractive|optical|lens|required)\s+)?(?:power|focal\s+length)\b", re.I
)


def lens_sign_check(question: str, quantity: Any) -> Check | None:
    """The power (or focal length) of the glasses that correct a far-sighted eye is positive (a
    converging lens), that of a near-sighted eye negative (a diverging lens), in every sign
    convention; an answer of the other sign is wrong."""
    far, near = _FARSIGHTED.search(question), _NEARSIGHTED.search(question)
    if (far is None) == (near is None) or not _CORRECTIVE_LENS.search(question):
        return None
    if not _LENS_ASKED.search(question) or quantity is None:
        return None
    try:
        value = float(quantity.magnitude)
    except (TypeError, ValueError):
        return None
    if value == 0 or (value > 0) == (far is not None):
        return None
    eye, lens, sign = (
        ("far-sighted", "converging", "positive")
        if far is not None
        else ("near-sighted", "diverging", "negative")
    )
    return Check(
        "physical bound",
        False,
        f"glasses for a {eye} eye are a {lens} lens, whose power and focal length are {sign}; "
        f"the answer is {format_number(value, 6)}",
    )


_SPONTANEOUS = re.compile(r"\b(?:galvanic|voltaic)\s+cell\b", re.I)
_NOT_SPONTANEOUS = re.compile(
    r"\bnon[- ]?spontaneous|\bnot\s+spontaneous|\belectroly(?:tic|sis)|\bcharg(?:e|ing)\b|"
    r"\bwhether\b|\bis\s+(?:the|this|it)\b[^.?]{0,40}\bspontaneous\s*\?",
    re.I,
)
_GIBBS_ASKED = re.compile(
    _LEAD.pattern + r"(?:(?:standard|molar|free)\s+)*(?:ΔG\w*|Δ_?r?G\w*|gibbs\s+(?:free\s+)?energy"
    r"(?:\s+change)?|free\s+energy\s+change)",
    re.I,
)


def gibbs_sign_check(question: str, quantity: Any) -> Check | None:
    """The Gibbs energy change of the reaction of a galvanic cell, which delivers its emf
    spontaneously, is negative (ΔG = −nFE); a positive answer is wrong. (A reaction merely called
    spontaneous somewhere in the question may be asked about at other conditions: not checked.)"""
    from .unit_text import long_name

    if quantity is None or not _SPONTANEOUS.search(question) or _NOT_SPONTANEOUS.search(question):
        return None
    if not _GIBBS_ASKED.search(question) or "joule" not in long_name(quantity.units):
        return None
    value = float(quantity.magnitude)
    if value <= 0:
        return None
    return Check(
        "physical bound",
        False,
        f"a galvanic cell's reaction runs spontaneously, so its Gibbs energy change is "
        f"negative; the answer is +{format_number(value, 6)}",
    )


_MOLAR_ASKED = re.compile(
    r"\b(?:of|for|per|in)\s+(?:a|one|1|each)\s+mol(?:e)?\b|\bper\s+mol(?:e)?\b|"
    r"\bmolar\s+(?:(?:internal|kinetic|free|gibbs|binding|lattice|activation)\s+)?(?:energy|enthalpy|"
    r"heat|entropy)|(?:k?J)\s*/\s*mol\b|(?:k?J)\s*mol\^-1",
    re.I,
)
_PARTICLE_ASKED = re.compile(
    r"\b(?:per|each|single|one|an?)\s+(?:gas\s+)?(?:molecule|atom|particle|photon|electron|ion|"
    r"nucleus|proton|neutron|bond|defect|vacancy)\b|\bof\s+(?:the\s+)?(?:gas\s+)?(?:molecules|"
    r"atoms|particles)\b|\b(?:molecular|atomic)\s+(?:kinetic\s+)?energy|\bk_?B\b|\bboltzmann",
    re.I,
)
PER_PARTICLE_SCALE = 1e-15
"""A molar energy (J, J/mol, J/K or J/(mol·K)) is N_A ≈ 6e23 times a particle's: below 1e-15 J in
SI it is the energy of one particle (a photon of 1 µHz would be needed for a mole to hold so
little)."""


def molar_scale_check(question: str, quantity: Any) -> Check | None:
    """The question asks for an energy of a mole (of a gas, of photons: 'of a mole', 'per mole',
    'molar enthalpy', 'in kJ/mol') and the answer is on the scale of one particle (6.1e-21 J for
    (3/2)kT): the response gave a particle's energy where a mole's is asked, N_A times too small."""
    from ...units import get_registry
    from .constants import value as constant_value
    from .unit_text import unit_label

    if quantity is None or not _MOLAR_ASKED.search(question) or _PARTICLE_ASKED.search(question):
        return None
    ureg = get_registry()
    energy = ureg.Quantity(1, "J").dimensionality
    mole, kelvin = ureg.Quantity(1, "mol").dimensionality, ureg.Quantity(1, "K").dimensionality
    try:
        base = quantity.to_base_units()
        value = abs(float(base.magnitude))
        dims = base.dimensionality
    except Exception:
        return None
    # J, J/mol, J/K, J/(mol·K): an energy, or an energy per mole or per kelvin
    if energy not in (dims, dims * mole, dims * kelvin, dims * mole * kelvin):
        return None
    if value == 0 or value >= PER_PARTICLE_SCALE:
        return None
    n_a = float(constant_value("N_A").magnitude)
    written, unit = float(quantity.magnitude), unit_label(quantity.units)
    return Check(
        "physical bound",
        False,
        f"the question asks for the energy of a mole, but the answer, {format_number(written, 4)} "
        f"{unit}, is one particle's: a mole holds N_A times that, {format_number(written * n_a, 4)} "
        f"{unit}",
    )


def scale_check(question: str, in_scale: float, factor: float, unit_text: str) -> Check | None:
    """A value, as a number of the question's power-of-ten unit (``in_scale`` × ``factor``
    ``unit_text`` is the answer), far outside the modest numbers that scale was chosen for."""
    if factor == 1.0 or not in_scale or not math.isfinite(in_scale):
        return None
    k = round(math.log10(factor))
    lo, hi = SCALE_WINDOW
    if lo <= abs(in_scale) <= hi:
        return None
    off = round(math.log10(abs(in_scale)))
    unit = f" {unit_text}" if unit_text else ""
    return Check(
        "asked scale",
        False,
        f"the question fixes its answer as a number of 10^{k}{unit}; the answer is "
        f"{format_number(in_scale, 6)} × 10^{k}{unit} = {format_number(in_scale * factor, 6)}"
        f"{unit}, about 10^{off} times off the scale the question chose",
    )


def answer_bound_checks(
    question: str,
    quantity: Any,
    factor: float = 1.0,
    scaled: tuple[Any, str] | None = None,
    response: str = "",
) -> list[Check]:
    """Every bound above for a final answer (``quantity``, the answer itself, not a number of the
    question's scale); ``factor`` and ``scaled`` are :func:`.final_checks.question_scale`'s;
    ``response`` is the worked answer's text (or the program)."""
    out: list[Check] = []
    if quantity is None:
        return out
    in_scale = None
    try:
        if scaled is not None:
            in_scale = float(quantity.to(scaled[0]).magnitude) / factor
        elif quantity.dimensionless:
            in_scale = float(quantity.to("dimensionless").magnitude) / factor
    except Exception:  # a unit the scale's unit cannot take: the dimension checks say so
        in_scale = None
    if in_scale is not None:
        scale = scale_check(question, in_scale, factor, scaled[1] if scaled else "")
        if scale is not None:
            out.append(scale)
    from .asked_precision import precision_check
    from .couple_potentials import couple_potential_check
    from .half_or_double import half_or_double_check
    from .percent_fraction import percent_of_fraction_check

    # the asked form against the response's own numbers: '0.559 %' for its fraction 0.559, 0.22
    # for its 0.223 with three decimals asked, its θ where 2θ is asked
    for check in (
        bound_check(question, quantity, response),
        lens_sign_check(question, quantity),
        gibbs_sign_check(question, quantity),
        percent_of_fraction_check(question, quantity, response),
        precision_check(question, quantity, response),
        half_or_double_check(question, quantity, response),
        molar_scale_check(question, quantity),
        couple_potential_check(question, quantity),
    ):
        if check is not None:
            out.append(check)
    return out
