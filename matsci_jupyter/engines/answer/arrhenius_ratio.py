"""The ratio of an Arrhenius quantity at two temperatures ('the ratio of the number of vacancies at
600 °C to that at 300 °C', 'by what factor does D increase from 800 to 1000 °C').

For N_v, D and a rate constant, X ∝ exp(−Q/kT) (Q per atom; per mole with R), so
X(T_a)/X(T_b) = exp(−Q/k · (1/T_a − 1/T_b)): the prefactor cancels. The question must give one
activation energy, exactly two temperatures and nothing else, and say which temperature is on top in
one of three forms; otherwise the handler steps aside (None) and the relation solver decides.
Intrinsic semiconductors (exp(−E_g/2kT), a factor 2 in the exponent) are left to the relations.
A ratio of a quantity that goes as the reciprocal of a rate without being a time (a viscosity, a
resistivity, a creep life) is refused, and so is a factor asked as a rise of a quantity that by the
data falls ('by what factor does D rise on cooling').
"""

from __future__ import annotations

import math
import re
from typing import Any

from .answer import Answer
from .arrhenius_asked import ratio_kind
from .checks import Check
from .quantities import Given, Reading, Requested, format_number

_ARRHENIUS_WORDS = re.compile(
    r"\bvacanc|\bdiffusi|\brate\s+constant|\breaction\s+rate|\bcreep\s+rate|\brate\s+of\b", re.I
)
_ENERGY_WORDS = re.compile(
    r"activation\s+energy|formation\s+energy|energy\s+(?:for|of)\s+(?:vacancy\s+)?formation|"
    r"energy\s+for\s+vacancy|\bQ\s*[=_]|\bQ_?[vd]\b",
    re.I,
)
_NOT_SIMPLE = re.compile(r"semiconduct|intrinsic|band\s*gap|carrier|E_?g\b|conductivity", re.I)
_ASKS_RATIO = re.compile(r"\bratio\b|\bfactor\b|\bhow\s+many\s+times\b", re.I)
# 'by what percentage does D increase from 1100 K to 1150 K': the ratio less one, in percent
_ASKS_PERCENT_RISE = re.compile(
    r"\b(?:by\s+)?what\s+percent(?:age)?\b.*\b(?:increase|rise|grow)", re.I
)


# a factor asked for a decrease of the quantity ('by what factor does D fall', 'how many times
# smaller'): such a factor is written greater than one (the larger value over the smaller)
_DECREASE_WORDS = re.compile(
    r"\b(?:falls?|fell|drops?|dropped|decreases?|decreased|reduced?|reduces|lowered|diminish\w*|"
    r"declines?|declined|smaller|lower|less|fewer)\b",
    re.I,
)
# where the asked clause turns to the change of conditions ('when the temperature is lowered')
_CONDITION_START = re.compile(
    r"\b(?:when|if|as|on|upon|from|between|after|during|while|in\s+going|going|by\s+cooling)\b",
    re.I,
)


_INCREASE_WORDS = re.compile(
    r"\b(?:rises?|rose|risen|increases?|increased|grows?|grew|grown|goes\s+up|larger|greater|higher|"
    r"more|faster)\b",
    re.I,
)


def _factor_words(clause: str) -> str | None:
    """The words after 'factor' / 'how many times' up to the clause that changes the conditions
    ('when the temperature is lowered' speaks of the temperature, not the asked quantity); None when
    no factor is asked."""
    m = re.search(r"\bfactor\b|\bhow\s+many\s+times\b", clause, re.I)
    if m is None:
        return None
    main = clause[m.end() :]
    cut = _CONDITION_START.search(main)
    return main[: cut.start()] if cut is not None else main


def asks_increase_factor(clause: str) -> bool:
    """'By what factor does D rise on cooling …': a factor asked for a quantity that increases, said
    before the clause that changes the conditions (as :func:`asks_decrease_factor`)."""
    main = _factor_words(clause)
    return (
        main is not None and bool(_INCREASE_WORDS.search(main)) and not _DECREASE_WORDS.search(main)
    )


def asks_decrease_factor(clause: str) -> bool:
    """'By what factor does the vacancy fraction fall when …', 'how many times smaller is D at …':
    a factor (or 'how many times') asked for a quantity that decreases, said before the clause that
    changes the conditions ('when the temperature is lowered' speaks of the temperature)."""
    main = _factor_words(clause)
    return main is not None and bool(_DECREASE_WORDS.search(main))


def try_arrhenius_ratio(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """An Answer for the ratio of an Arrhenius quantity at two temperatures; None when not one."""
    text = reading.text
    asked = f"{reading.target} {reading.ask_clause}"
    percent_rise = bool(_ASKS_PERCENT_RISE.search(asked))
    if not (_ASKS_RATIO.search(asked) or percent_rise):
        return None
    kind_refusal = _time_or_length_refusal(question, reading, requested, asked)
    if kind_refusal is not None:
        return kind_refusal
    if ratio_kind(asked) in ("time", "reciprocal") or not _ARRHENIUS_WORDS.search(text):
        return None  # a ratio of times goes as exp(+Q/RT): the relations read it
    if not _ENERGY_WORDS.search(text) or _NOT_SIMPLE.search(text):
        return None
    from .irrelevant import counts_as_given

    data = [
        g
        for g in reading.givens
        if g.kind != "delta_t" and counts_as_given(g, text) and not _states_gas_constant(g)
    ]
    temps = [g for g in data if g.unit is not None and _is_temperature(g)]
    energies = [g for g in data if g.quantity is not None and _energy_per_particle(g.quantity)]
    if len(temps) != 2 or len(energies) != 1:
        return None
    from .arrhenius_extras import cancelling

    aside = cancelling(text, asked, [g for g in data if g not in temps and g not in energies])
    if aside is None or (aside and percent_rise):
        return None
    order = _numerator_first(text, temps[0], temps[1])
    if order is None:
        return None
    top, bottom = (temps[0], temps[1]) if order else (temps[1], temps[0])
    t_top, t_bottom = (float(g.quantity.to("K").magnitude) for g in (top, bottom))
    q_ev = _energy_per_particle(energies[0].quantity)
    assert q_ev is not None
    ratio = math.exp(-q_ev / _boltzmann_ev() * (1 / t_top - 1 / t_bottom))
    if not percent_rise and asks_decrease_factor(reading.ask_clause or reading.target or ""):
        # 'by what factor does it fall', 'how many times smaller': the larger value over the smaller
        if ratio >= 1:
            from .solver import refuse

            return refuse(
                question,
                "the question asks by what factor the quantity falls, and by the data it rises "
                "between the two temperatures; no number is given",
                unit=requested.text if requested else None,
            )
        top, bottom, t_top, t_bottom, ratio = bottom, top, t_bottom, t_top, 1 / ratio
    elif (
        not percent_rise
        and ratio < 1
        and asks_increase_factor(reading.ask_clause or reading.target or "")
    ):
        from .solver import refuse

        return refuse(
            question,
            "the question asks by what factor the quantity rises, and by the data it falls between "
            "the two temperatures; no number is given",
            unit=requested.text if requested else None,
        )
    from ...units import get_registry

    if percent_rise:
        if ratio <= 1:
            return None  # an increase asked of a quantity that falls: not this question
        return _percent_rise(question, requested, energies[0], q_ev, top, bottom, ratio)
    return _ratio_answer(
        question,
        requested,
        get_registry().Quantity(ratio, "dimensionless"),
        "a ratio of two values of one quantity: dimensionless",
        [
            f"Q = {energies[0].describe()} = {format_number(q_ev)} eV per atom",
            f"X({top.describe()})/X({bottom.describe()}) = exp(−Q/k · (1/{format_number(t_top)} K "
            f"− 1/{format_number(t_bottom)} K))",
            f"ratio = {format_number(ratio)}",
            *(f"set aside: {g.describe()} ({why})" for g, why in aside),
        ],
        "ratio of an Arrhenius quantity at two temperatures",
    )


def _time_or_length_refusal(
    question: str, reading: Reading, requested: Requested | None, asked: str
) -> Answer | None:
    """A refusal when a two-temperature ratio is asked of a length (it goes as √D, not D), or
    where more than the two temperatures of the ratio are written (a temperature in the set-up
    restated: which is on top is then not read); None otherwise."""
    kind = ratio_kind(asked)
    if not _ENERGY_WORDS.search(reading.text):
        return None
    if kind is None and not re.search(r"\bratio\b", asked, re.I):
        return None
    temps = [g for g in reading.givens if g.unit is not None and _is_temperature(g)]
    if len(temps) < 2:
        return None
    from .solver import refuse

    unit = requested.text if requested else None
    if kind == "reciprocal":
        return refuse(
            question,
            "the ratio asked is of a quantity that goes as the reciprocal of a thermally activated "
            "rate (a viscosity, a resistivity, a lifetime), not of the rate; no number is given",
            unit=unit,
        )
    if kind == "length":
        return refuse(
            question,
            "the ratio asked is of a length (a diffusion distance or depth goes as √(Dt), a layer "
            "as its own growth law), not of the thermally activated rate; no number is given",
            unit=unit,
        )
    if len(temps) != 2:
        restated = _restated_ratio(question, reading, requested, temps, kind)
        if restated is not None:
            return restated
        return refuse(
            question,
            f"the ratio names two temperatures and the question writes {len(temps)}; "
            "which temperature is on top is not read",
            unit=unit,
        )
    return None


def _restated_ratio(
    question: str,
    reading: Reading,
    requested: Requested | None,
    temps: list[Given],
    kind: str | None,
) -> Answer | None:
    """'A part is held at 1200 K. … the ratio of D at 1100 K to that at 1200 K': more than two
    temperatures written, the ratio's own two after the word 'ratio' ('at T_a to that at T_b', T_a on
    top) and every other one a restatement of one of them. The ratio of a rate (exp(−Q/kT), diffusion
    or vacancy words needed) or of a time (exp(+Q/kT)); None when the question is not that."""
    text = reading.text
    if _NOT_SIMPLE.search(text):
        return None
    if kind is None and not _ARRHENIUS_WORDS.search(text):
        return None
    marks = list(re.finditer(r"\bratio\b", text, re.I))
    if not marks:
        return None
    own = [g for g in temps if g.start > marks[-1].start()]
    if len(own) != 2 or not re.fullmatch(
        r"\s*to\s+(?:that|those|the\s+(?:value|one|time|rate)s?)?\s*(?:at\s*)?",
        text[own[0].end : own[1].start],
        re.I,
    ):
        return None
    kelvin = [float(g.quantity.to("K").magnitude) for g in own]
    for g in temps:
        if g in own:
            continue
        value = float(g.quantity.to("K").magnitude)
        if not any(abs(value - t) <= 1e-6 * t for t in kelvin):
            return None  # a third temperature, not a restatement
    energies = [
        g
        for g in reading.givens
        if g.quantity is not None
        and not _states_gas_constant(g)
        and not _is_temperature(g)
        and _energy_per_particle(g.quantity) is not None
    ]
    if len(energies) != 1:
        return None
    q_ev = _energy_per_particle(energies[0].quantity)
    assert q_ev is not None
    sign = 1.0 if kind == "time" else -1.0
    t_top, t_bottom = kelvin
    ratio = math.exp(sign * q_ev / _boltzmann_ev() * (1 / t_top - 1 / t_bottom))
    what = "t" if kind == "time" else "X"
    from ...units import get_registry

    return _ratio_answer(
        question,
        requested,
        get_registry().Quantity(ratio, "dimensionless"),
        "a ratio of two values of one quantity: dimensionless",
        [
            f"Q = {energies[0].describe()} = {format_number(q_ev)} eV per atom",
            "the temperatures of the ratio are the two written after 'ratio'; the others restate them",
            f"{what}({own[0].describe()})/{what}({own[1].describe()}) = "
            f"exp({'+' if sign > 0 else '−'}Q/k · (1/{format_number(t_top)} K − "
            f"1/{format_number(t_bottom)} K))",
            f"ratio = {format_number(ratio)}",
        ],
        "ratio of a time at two temperatures"
        if kind == "time"
        else "ratio of an Arrhenius quantity at two temperatures",
        relation_line=(
            "Relation: a time to reach a given state goes as 1/rate ∝ exp(+Q/kT); the prefactor cancels"
            if kind == "time"
            else None
        ),
    )


def _boltzmann_ev() -> float:
    """Boltzmann's constant in eV/K, from the project's constants table (CODATA 2018)."""
    from .constants import value

    return float(value("k_B").to("eV/K").magnitude)


def _ratio_answer(
    question: str,
    requested: Requested | None,
    value: Any,
    dimension: str,
    steps: list[str],
    target: str,
    relation_line: str | None = None,
) -> Answer | None:
    """The answer for ``value`` (a pint Quantity) in the requested unit, with the checks every
    two-temperature Arrhenius answer carries; None when the requested unit does not fit."""
    if requested is not None:
        try:
            value = value.to(requested.unit.units)
        except Exception:
            return None
    return Answer(
        question=question,
        quantity=value,
        unit_requested=requested.text if requested else None,
        checks=[
            Check("dimension", True, dimension),
            Check("givens", True, "the activation energy and both temperatures are used"),
            Check("constants", True, "k = 8.617 × 10⁻⁵ eV/K (CODATA)"),
        ],
        steps=[
            relation_line
            or "Relation: X ∝ exp(−Q/kT) (vacancies, diffusion, rate constants); the prefactor cancels",
            *steps,
        ],
        source="solver",
        relation="arrhenius_ratio_two_temperatures",
        target=target,
    )


def _percent_rise(
    question: str,
    requested: Requested | None,
    energy: Given,
    q_ev: float,
    top: Given,
    bottom: Given,
    ratio: float,
) -> Answer | None:
    """The rise of an Arrhenius quantity from ``bottom`` to ``top`` temperature, in percent."""
    from ...units import get_registry

    return _ratio_answer(
        question,
        requested,
        get_registry().Quantity(100 * (ratio - 1), "percent"),
        "a relative change of one quantity: a percentage",
        [
            f"Q = {energy.describe()} = {format_number(q_ev)} eV per atom",
            f"X({top.describe()})/X({bottom.describe()}) = {format_number(ratio)}",
            f"rise = (ratio − 1) × 100 % = {format_number(100 * (ratio - 1))} %",
        ],
        "percentage rise of an Arrhenius quantity between two temperatures",
    )


def _states_gas_constant(g: Given) -> bool:
    """'(R = 1.987 cal/mol·K)', 'k = 8.62 × 10⁻⁵ eV/K': the gas or Boltzmann constant restated
    (within 1.5 % of CODATA, in any energy unit); the ratio uses it, so it is no further datum."""
    if g.quantity is None or g.unit is None:
        return False
    from ...units import get_registry

    ureg = get_registry()
    for ref in (ureg.Quantity(8.314462618, "J/(mol*K)"), ureg.Quantity(1.380649e-23, "J/K")):
        try:
            stated = float(g.quantity.to(ref.units).magnitude)
        except Exception:
            continue
        if abs(stated - float(ref.magnitude)) <= 0.015 * float(ref.magnitude):
            return True
    return False


def _is_temperature(g: Given) -> bool:
    return bool(
        g.unit
        and (g.unit.is_absolute_temperature or "kelvin" in g.unit.tags)
        and "difference" not in g.tags
    )


def _energy_per_particle(q: Any) -> float | None:
    """The energy in eV per particle (per mole divided by N_A), or None when ``q`` is not an energy."""
    from ...units import get_registry

    ureg = get_registry()
    for value in (q, q / ureg.avogadro_constant):
        try:
            return float(value.to("eV").magnitude)
        except Exception:
            continue
    return None


def _numerator_first(text: str, a: Given, b: Given) -> bool | None:
    """Whether the value at the first written temperature ``a`` is the numerator (None: not said)."""
    between = text[a.end : b.start]
    before = text[max(0, a.start - 200) : a.start]
    # 'the ratio of ... at 600 °C to that at 300 °C', 'how many times larger ... at 1000 °C than at 800 °C'
    if re.search(r"\bratio\b", before, re.I) and re.match(
        r"\s*(?:to|and)\s+(?:that|those|the\s+(?:value|one|number|concentration)s?)?\s*(?:at\s*)?$",
        between,
        re.I,
    ):
        return True if re.match(r"\s*to\b", between, re.I) else None
    if re.search(r"\bhow\s+many\s+times\b", before, re.I) and re.match(
        r"\s*than\s+(?:that\s+|it\s+is\s+)?(?:at\s*)?$", between, re.I
    ):
        return True
    # 'by what factor (percentage) does ... increase from 500 K to 1000 K': the later state is the
    # numerator
    if (
        re.search(r"\bfactor\b|\bhow\s+many\s+times\b|\bpercent", before, re.I)
        and re.search(r"\bfrom\s*$", before, re.I)
        and re.match(r"\s*to\s*$", between, re.I)
    ):
        return False
    # '… run at 900 °C. By what factor would D increase if the temperature were raised to 1100 °C?':
    # the ask comes after the first temperature and the second is the state changed to (the numerator)
    if re.search(r"\bfactor\b|\bhow\s+many\s+times\b", between, re.I) and re.search(
        r"\b(?:raised|increased|lowered|reduced|decreased|changed|dropped)\s+to\s*$", between, re.I
    ):
        return False
    return None


# 'the rate triples when the temperature is raised from 450 °C to 490 °C': a factor said as a word
_FACTOR_WORDS = {"doubles": 2.0, "triples": 3.0, "quadruples": 4.0}
_RATE_RISES = re.compile(
    r"\b(?:rate|rate\s+constant|diffusion\s+coefficient|diffusivity|creep\s+rate)\b[^.?!]*?"
    r"\b(?P<word>doubles|triples|quadruples)\b[^.?!]*?\b(?:raised|increased|goes\s+up)\s+from\b",
    re.I,
)
_ASKS_ACTIVATION = re.compile(r"\bactivation\s+energy\b", re.I)


def try_arrhenius_factor(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """The activation energy of a thermally activated rate that rises by a stated factor (said as a
    word: doubles, triples, quadruples) between two temperatures: Q = R ln f / (1/T₁ − 1/T₂). None
    when the question is not that."""
    text = reading.text
    asked = f"{reading.target} {reading.ask_clause}"
    m = _RATE_RISES.search(text)
    if m is None or not _ASKS_ACTIVATION.search(asked) or _NOT_SIMPLE.search(text):
        return None
    from .irrelevant import counts_as_given

    data = [g for g in reading.givens if g.kind != "delta_t" and counts_as_given(g, text)]
    temps = [g for g in data if g.unit is not None and _is_temperature(g)]
    if len(temps) != 2 or len(data) != 2:
        return None
    low, high = (float(g.quantity.to("K").magnitude) for g in temps)
    if not (low < high and re.match(r"\s*to\b", text[temps[0].end : temps[1].start], re.I)):
        return None  # 'raised from T₁ to T₂' in that order, T₂ the higher
    factor = _FACTOR_WORDS[m.group("word").lower()]
    r_gas = 8.314462618  # J/(mol·K) (CODATA 2018)
    q_molar = r_gas * math.log(factor) / (1 / low - 1 / high)
    from ...units import get_registry

    ureg = get_registry()
    value = ureg.Quantity(q_molar / 1000, "kJ/mol")
    if requested is not None:
        try:
            target = ureg.Quantity(1, requested.unit.units)
            value = (
                value.to(requested.unit.units)
                if value.dimensionality == target.dimensionality
                else (value / ureg.avogadro_constant).to(requested.unit.units)
            )
        except Exception:
            return None
    return Answer(
        question=question,
        quantity=value,
        unit_requested=requested.text if requested else None,
        checks=[
            Check("dimension", True, "an activation energy (energy per mole)"),
            Check(
                "givens", True, f"both temperatures and the factor ({format_number(factor)}) used"
            ),
            Check("constants", True, "R = 8.314 J/(mol·K) (CODATA)"),
        ],
        steps=[
            "Relation: rate ∝ exp(−Q/RT), so rate₂/rate₁ = exp(−Q/R (1/T₂ − 1/T₁))",
            f"'{m.group('word')}': rate₂/rate₁ = {format_number(factor)}",
            f"Q = R ln {format_number(factor)} / (1/{format_number(low)} K − 1/{format_number(high)} K)"
            f" = {format_number(q_molar / 1000)} kJ/mol",
        ],
        source="solver",
        relation="arrhenius_activation_energy_from_factor",
        target="activation energy",
    )
