"""Power-law (Norton) steady-state creep, ε̇ = A σⁿ exp(−Q_c/RT) (Callister & Rethwisch ch. 8, eq. 8.24;
Dowling §15.2). Rates in s⁻¹ (any 1/time), stresses in Pa, Q_c in J/mol, T in K.

Readings, each taken only when every value written is used:

* **the allowable stress** for a limiting rate at the same temperature, from one measured (rate, stress)
  and n: σ₂ = σ₁ (ε̇₂/ε̇₁)^(1/n). The limiting rate is the one written in the asking sentence;
* **the new rate at a new stress** at the same temperature: ε̇₂ = ε̇₁ (σ₂/σ₁)ⁿ (the new stress is the one
  in the asking sentence);
* **the stress exponent** from two (rate, stress) pairs at one temperature, paired in the order
  written: n = ln(ε̇₂/ε̇₁) / ln(σ₂/σ₁);
* **stress and temperature both changed** (or the temperature alone, 'at a fixed stress', factor only),
  with n and Q_c given: the factor (σ₂/σ₁)ⁿ exp[(Q_c/R)(1/T₁ − 1/T₂)] (a rise: a falling factor is left
  alone), or the new rate when one rate is written. Taken only where each change is written
  'from … to …' ('from 50 MPa to 70 MPa and from 700 °C to 750 °C'); a stress and a temperature
  written side by side ('at 620 °C and 90 MPa than at 580 °C') do not state each state, and older
  class tests hold those refused;
* **the rate from A and n**: ε̇ = A σⁿ, with the stress unit of A stated ('σ in MPa').

The one-temperature readings take one written temperature only where it comes before the ask and
the question says 'the same temperature'. Refused: a temperature change with no activation energy
(n alone does not carry a rate to another temperature). Anything else is left to the relation
library (or the stress-only factor reader).
"""

from __future__ import annotations

import math
import re

from .answer import Answer
from .quantities import Given, extract, format_number
from .stated_form_common import answer, fits, magnitude, of_dimension, one_requested, refusal

R_GAS = 8.314462618
EV_PER_K = 1.602176634e-19 / 1.380649e-23

_CREEP = re.compile(r"\bcreep", re.I)
_EXPONENT_BEFORE = re.compile(
    r"\bstress[\s-]+exponent\s*(?:\(?n\)?)?\s*(?:of|is|=|:)?\s*(?:n\s*=\s*)?$", re.I
)
_STRESS_ASK = re.compile(r"\bstress\b", re.I)
_RATE_ASK = re.compile(r"\b(?:creep|strain)\s+rate\b|\brate\b", re.I)
_EXPONENT_ASK = re.compile(r"\bstress\s+exponent\b|\bexponent\b|\bvalue\s+of\s+n\b|\bn\s*\?", re.I)
_FACTOR_ASK = re.compile(
    r"\bhow\s+many\s+times\b|\b(?:by\s+)?(?:what|which)\s+factor\b|\bratio\b", re.I
)
_A_STRESS_UNIT = re.compile(r"\(?\s*(?:σ|sigma|stress)\s+in\s+(?P<u>MPa|GPa|Pa|psi|ksi)\b", re.I)
_FIXED = re.compile(
    r"\b(?:at|under)\s+(?:a|the)\s+(?:fixed|constant|same)\s+(?:applied\s+)?(?:stress|load)\b|"
    r"\b(?:stress|load)\s+(?:is\s+)?(?:held\s+)?(?:fixed|constant|unchanged)\b",
    re.I,
)
# the temperature changes between the two states (written in words or as a difference)
_TEMPERATURE_CHANGE = re.compile(
    r"\b(?:another|other|different|higher|lower|new|second)\s+temperature|"
    r"\btemperature\s+(?:is\s+)?(?:also\s+)?(?:raised|increased|lowered|reduced|changed|rises|falls|"
    r"goes|changes)|\bhotter\b|\bcooler\b|\bwarmer\b|"
    r"(?:°\s*[CF]|\bK)\s+(?:higher|lower|hotter|colder|warmer|above|below)",
    re.I,
)
_DECREASE = re.compile(r"\b(?:decreas|fall|falls|drop|lower|reduc|slow)", re.I)
_SHARED = re.compile(
    r"\bsame\s+temperature\b|\bat\s+(?:this|that|the\s+same)\s+temperature\b", re.I
)


def _exponent(text: str, g: Given) -> bool:
    if g.kind != "number" or g.number is None:
        return False
    return g.label == "n" or bool(_EXPONENT_BEFORE.search(text[max(0, g.start - 40) : g.start]))


def _from_to(text: str, pair: list[Given]) -> bool:
    """Whether the two givens are written 'from <first> to <second>' (the change's two ends)."""
    if len(pair) != 2:
        return False
    a, b = sorted(pair, key=lambda g: g.start)
    before = text[max(0, a.start - 12) : a.start]
    between = text[a.end : b.start]
    return bool(re.search(r"\bfrom\s*$", before, re.I)) and bool(
        re.fullmatch(r"\s*(?:to|up\s+to|down\s+to)\s*", between, re.I)
    )


def _ask_start(text: str, ask: str) -> int:
    head = ask.strip().lower()[:20]
    return text.lower().rfind(head) if head else -1


def try_norton_creep(question: str) -> Answer | None:
    """An allowable stress, rate, stress exponent or factor by power-law creep; None otherwise."""
    if not isinstance(question, str) or not _CREEP.search(question):
        return None
    reading = extract(question)
    text = reading.text
    usable, requested = one_requested(reading)
    if not usable or reading.parts > 1:
        return None
    ask = reading.ask_clause or ""
    at = _ask_start(text, ask)
    if at < 0:
        return None
    givens = [g for g in reading.givens if g.kind != "delta_t"]
    ns = [g for g in givens if _exponent(text, g)]
    stresses = [g for g in givens if of_dimension(g, "Pa")]
    rates = [g for g in givens if of_dimension(g, "1/s")]
    temps = [g for g in givens if of_dimension(g, "K")]
    qs = [g for g in givens if of_dimension(g, "J/mol") or of_dimension(g, "eV")]
    prefactors = [g for g in givens if g.kind == "number" and g.label in ("A", "K", "A_1", "K_1")]
    rest = [g for g in givens if g not in ns + stresses + rates + temps + qs + prefactors]
    if rest or len(ns) > 1 or len(qs) > 1:
        return None
    n = float(ns[0].number or 0.0) if ns else None
    rate_ask = (
        bool(_RATE_ASK.search(ask)) and fits(requested, "1/s") and not _FACTOR_ASK.search(ask)
    )
    stress_ask = (
        bool(_STRESS_ASK.search(ask))
        and fits(requested, "Pa")
        and not _RATE_ASK.search(ask.split("if")[0])
    )
    exponent_ask = bool(_EXPONENT_ASK.search(ask)) and fits(requested, "dimensionless")
    factor_ask = bool(_FACTOR_ASK.search(ask)) and fits(requested, "dimensionless")

    if len(temps) == 2 and not qs and (rate_ask or factor_ask):
        return refusal(
            question,
            "the temperature changes as well, and the creep activation energy is not given: the "
            "stress exponent alone does not carry the rate to another temperature",
            requested,
        )
    if (
        len(temps) == 2
        and qs
        and not ns
        and not stresses
        and not prefactors
        and not rates
        and factor_ask
        and _FIXED.search(text)
        and _from_to(text, temps)
    ):
        # 'at a fixed stress, from 600 to 650 °C': only the temperature changes; the factor only
        return _stress_and_temperature(
            question, requested, 0.0, [], temps, qs[0], rates, rate_ask, factor_ask
        )
    if (
        len(temps) == 2
        and qs
        and n is not None
        and len(stresses) == 2
        and not prefactors
        and _from_to(text, stresses)
        and _from_to(text, temps)
    ):
        # both changes written 'from … to …': each state's stress and temperature are stated
        return _stress_and_temperature(
            question, requested, n, stresses, temps, qs[0], rates, rate_ask, factor_ask
        )
    if len(temps) > 1 or qs:
        return None
    if _TEMPERATURE_CHANGE.search(text) or any(g.kind == "delta_t" for g in reading.givens):
        return None  # the readings below hold at one temperature
    if temps and (temps[0].start >= at or not _SHARED.search(text)):
        # one temperature written: it holds for both states only when it is the measured state's
        # and the question says the other is at the same temperature (a temperature in the ask, or
        # one not said to be shared, may be another state's)
        return None
    if prefactors:
        return _from_prefactor(question, text, requested, n, prefactors, stresses, rates, rate_ask)
    after = [g for g in stresses + rates if g.start >= at]
    if stress_ask and n is not None and len(rates) == 2 and len(stresses) == 1:
        measured = [g for g in rates if g.start < at]
        limit = [g for g in rates if g.start >= at]
        if len(measured) != 1 or len(limit) != 1 or stresses[0].start >= at:
            return None
        r1, r2 = magnitude(measured[0], "1/s") or 0.0, magnitude(limit[0], "1/s") or 0.0
        s1 = magnitude(stresses[0], "Pa") or 0.0
        s2 = s1 * (r2 / r1) ** (1.0 / n)
        return answer(
            question,
            s2,
            "Pa",
            requested,
            steps=[
                "power-law creep at one temperature: ε̇ ∝ σⁿ",
                f"σ₂ = σ₁ (ε̇₂/ε̇₁)^(1/n) = {stresses[0].describe()} × ({limit[0].describe()} / "
                f"{measured[0].describe()})^(1/{format_number(n)}) = {format_number(s2 / 1e6)} MPa",
            ],
            relation="norton_allowable_stress",
            target="the stress giving the limiting creep rate (same temperature)",
            note="the measured rate and stress, the limiting rate and n",
        )
    if rate_ask and n is not None and len(rates) == 1 and len(stresses) == 2:
        old = [g for g in stresses if g.start < at]
        new = [g for g in stresses if g.start >= at]
        if len(old) != 1 or len(new) != 1 or rates[0].start >= at:
            return None
        r1 = magnitude(rates[0], "1/s") or 0.0
        ratio = (magnitude(new[0], "Pa") or 0.0) / (magnitude(old[0], "Pa") or 1.0)
        r2 = r1 * ratio**n
        return answer(
            question,
            r2,
            "1/s",
            requested,
            steps=[
                "power-law creep at one temperature: ε̇ ∝ σⁿ",
                f"ε̇₂ = ε̇₁ (σ₂/σ₁)ⁿ = {rates[0].describe()} × ({new[0].describe()} / {old[0].describe()})"
                f"^{format_number(n)} = {format_number(r2)} s⁻¹",
            ],
            relation="norton_rate_new_stress",
            target="the steady creep rate at the new stress (same temperature)",
            note="the measured rate and stress, the new stress and n",
        )
    if exponent_ask and n is None and len(rates) == 2 and len(stresses) == 2 and not after:
        r1, r2 = (magnitude(g, "1/s") or 0.0 for g in rates)
        s1, s2 = (magnitude(g, "Pa") or 0.0 for g in stresses)
        if r1 <= 0 or r2 <= 0 or s1 <= 0 or s2 <= 0 or s1 == s2:
            return None
        n_value = math.log(r2 / r1) / math.log(s2 / s1)
        if n_value <= 0:
            return None  # the rates and stresses are not paired in the order written
        return answer(
            question,
            n_value,
            "dimensionless",
            requested,
            steps=[
                "power-law creep at one temperature: ε̇ ∝ σⁿ, each rate paired with the stress "
                "written in the same order",
                f"n = ln(ε̇₂/ε̇₁) / ln(σ₂/σ₁) = ln({format_number(r2 / r1)}) / ln({format_number(s2 / s1)})"
                f" = {format_number(n_value)}",
            ],
            relation="norton_stress_exponent",
            target="the creep stress exponent n",
            note="two rates and two stresses at one temperature",
        )
    return None


def _stress_and_temperature(
    question: str,
    requested,
    n: float,
    stresses: list[Given],
    temps: list[Given],
    q: Given,
    rates: list[Given],
    rate_ask: bool,
    factor_ask: bool,
) -> Answer | None:
    if magnitude(q, "J/mol") is not None:
        q_over_r = (magnitude(q, "J/mol") or 0.0) / R_GAS
    else:
        q_over_r = (magnitude(q, "eV") or 0.0) * EV_PER_K
    s1, s2 = (
        (magnitude(g, "Pa") or 0.0 for g in sorted(stresses, key=lambda g: g.start))
        if (stresses)
        else (1.0, 1.0)
    )
    t1, t2 = (float(g.quantity.to("K").magnitude) for g in sorted(temps, key=lambda g: g.start))
    factor = (s2 / s1) ** n * math.exp(q_over_r * (1.0 / t1 - 1.0 / t2))
    ordered = sorted(temps, key=lambda g: g.start)
    steps = [
        "ε̇ = A σⁿ exp(−Q_c/RT): ε̇₂/ε̇₁ = (σ₂/σ₁)ⁿ exp[(Q_c/R)(1/T₁ − 1/T₂)]",
        f"T₁ = {ordered[0].describe()} = {t1:.2f} K, T₂ = {ordered[1].describe()} = {t2:.2f} K",
        f"(σ₂/σ₁)ⁿ = ({format_number(s2 / s1)})^{format_number(n)} = {format_number((s2 / s1) ** n)}",
        f"exp[(Q_c/R)(1/{format_number(t1)} K − 1/{format_number(t2)} K)] = "
        f"{format_number(math.exp(q_over_r * (1.0 / t1 - 1.0 / t2)))}",
        f"factor = {format_number(factor)}",
    ]
    if factor_ask and not rates:
        if factor < 1 or _DECREASE.search(question):
            return None  # 'by what factor does it fall': which way the factor is taken is not said
        return answer(
            question,
            factor,
            "dimensionless",
            requested,
            steps=steps,
            relation="norton_stress_temperature_factor",
            target="the factor by which the creep rate changes",
            note="the two stresses, the two temperatures, n and Q_c",
        )
    later = [g.start for g in (*stresses[1:], *temps[1:])]
    if rate_ask and len(rates) == 1 and rates[0].start < min(later):
        r2 = (magnitude(rates[0], "1/s") or 0.0) * factor
        steps.append(
            f"ε̇₂ = {rates[0].describe()} × {format_number(factor)} = {format_number(r2)} s⁻¹"
        )
        return answer(
            question,
            r2,
            "1/s",
            requested,
            steps=steps,
            relation="norton_stress_temperature_rate",
            target="the creep rate at the new stress and temperature",
            note="the measured rate, the two stresses, the two temperatures, n and Q_c",
        )
    return None


def _from_prefactor(
    question: str,
    text: str,
    requested,
    n: float | None,
    prefactors: list[Given],
    stresses: list[Given],
    rates: list[Given],
    rate_ask: bool,
) -> Answer | None:
    """ε̇ = A σⁿ with the stress unit of A stated."""
    if n is None or len(prefactors) != 1 or len(stresses) != 1 or rates or not rate_ask:
        return None
    unit = _A_STRESS_UNIT.search(text)
    if unit is None:
        return None
    time_unit = re.search(
        r"\b(?:ε̇|rate)\s+in\s+(?P<t>s\^?-1|s⁻¹|h\^?-1|h⁻¹|1/s|1/h|per\s+(?:second|hour))",
        text,
        re.I,
    )
    if time_unit is None:
        return None
    written = time_unit.group("t").lower()
    per_hour = written.startswith("h") or written.endswith("/h") or "hour" in written
    a = float(prefactors[0].number or 0.0)
    sigma = magnitude(stresses[0], unit.group("u")) or 0.0
    rate = a * sigma**n
    seconds = rate / 3600.0 if per_hour else rate
    return answer(
        question,
        seconds,
        "1/s",
        requested,
        steps=[
            f"σ = {format_number(sigma)} {unit.group('u')} (the unit A is written for)",
            f"ε̇ = A σⁿ = {format_number(a)} × {format_number(sigma)}^{format_number(n)} = "
            f"{format_number(rate)} {time_unit.group('t')}",
        ],
        relation="norton_rate_from_prefactor",
        target="the steady-state creep rate ε̇ = A σⁿ",
        note="A, n and the stress, in the units A is written for",
    )
