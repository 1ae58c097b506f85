"""Five wrong-answer classes found by neighbour round 11 (tests/data/answer_neighbours11.py), in our
own words.

* A premise of the standard relation lifted in words ('the surface composition is not constant',
  'the gas is non-ideal', 'take the temperature dependence of the mobility into account'): the
  relation keeps the premise, so its number answers another question.
* A stress asked with compression negative for a body loaded in compression in words: σ = F/A fed
  the load's size is positive, the key its negative.
* A relation between two states at one temperature (creep at two stresses, grain growth through a
  measured point) answering a question that puts the states at two temperatures.
* A radius named right before the number ('an initial grain radius of 8 µm') bound to a diameter.
* The Curie–Weiss law applied to susceptibilities said to be measured below the Curie point, where
  the law does not hold.

Each failing example has a look-alike that keeps its answer.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.units import get_registry

R = 8.314462618


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.to(get_registry().Unit(unit)).magnitude)


def _refused(question: str) -> str:
    answer = solve(question)
    assert not answer.ok, f"answered {answer.quantity}"
    assert answer.reason
    return answer.reason


# ------------------------------------------------------------------ a premise lifted in words
_CARB = (
    "A gear steel containing 0.18 wt% C is carburized at 950 °C in an atmosphere that holds the "
    "surface at 0.90 wt% C. The diffusion coefficient of carbon at this temperature is "
    "2.0 × 10⁻¹¹ m²/s. "
)
_ASK_CARB = (
    "How many hours are needed to raise the carbon content to 0.50 wt% at a depth of 0.50 mm?"
)
_GAP = (
    "The band gap of silicon is 1.11 eV. By what factor does the intrinsic electrical conductivity "
    "of Si increase when it is heated from 20 °C to 80 °C? "
)


@pytest.mark.parametrize(
    "question",
    [
        _CARB
        + "Assume the surface composition is not held constant during the treatment. "
        + _ASK_CARB,
        _CARB + "The surface concentration does not stay constant; it drifts down. " + _ASK_CARB,
        _GAP + "Take the temperature dependence of the mobilities into account.",
        _GAP + "Include the variation of the mobility with temperature.",
    ],
)
def test_a_lifted_premise_is_refused(question: str) -> None:
    assert "premise" in _refused(question)


def test_a_kept_premise_keeps_its_answer() -> None:
    # t = (x / (2 z))² / D with erf z = (0.90 − 0.50) / (0.90 − 0.18)
    lo, hi = 0.0, 3.0
    for _ in range(100):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if math.erf(mid) < 0.4 / 0.72 else (lo, mid)
    hours = (0.50e-3 / (2 * lo)) ** 2 / 2.0e-11 / 3600
    assert _value(_CARB + _ASK_CARB, "h") == pytest.approx(hours, rel=1e-3)
    got = _value(_CARB + "Assume the surface composition is held constant. " + _ASK_CARB, "h")
    assert got == pytest.approx(hours, rel=1e-3)
    factor = math.exp(-1.11 / (2 * 8.617333262e-5) * (1 / 353.15 - 1 / 293.15))
    got = _value(_GAP + "Neglect the temperature dependence of the mobilities.", "dimensionless")
    assert got == pytest.approx(factor, rel=1e-3)


# ------------------------------------------------------------------ compression negative
_POST = "A short steel post of 20 mm diameter "


@pytest.mark.parametrize(
    "question",
    [
        _POST + "carries a compressive load of 50 kN. What is the engineering stress in MPa, "
        "compression negative?",
        _POST + "is compressed by a 50 kN load. What is the engineering stress in MPa (negative if "
        "compressive)?",
        _POST
        + "carries an axial load of 50 kN in compression. State the stress in MPa with tension "
        "positive.",
    ],
)
def test_a_compressive_load_with_compression_negative_is_not_answered_positive(
    question: str,
) -> None:
    assert "compression" in _refused(question)


def test_tension_or_a_shrinking_length_keeps_its_answer() -> None:
    stress = 50e3 / (math.pi / 4 * 20**2)  # MPa
    got = _value(
        _POST + "carries a tensile load of 50 kN. What is the engineering stress in MPa, tension "
        "positive?",
        "MPa",
    )
    assert got == pytest.approx(stress)
    got = _value(
        _POST + "carries a compressive load of 50 kN. What is the engineering stress in MPa?", "MPa"
    )
    assert got == pytest.approx(stress)
    got = _value(
        "A 40.0 mm gauge length is compressed to 38.0 mm. What is the engineering strain, "
        "compression negative?",
        "dimensionless",
    )
    assert got == pytest.approx(-0.05)


# ------------------------------------------------------------------ two states at one temperature
_CREEP = (
    "A stainless steel creeps at a steady rate of 4.0 × 10⁻⁶ per hour under 90 MPa at 650 °C; the "
    "stress exponent is 4.5 and Q_c = 280 kJ/mol. "
)


def test_a_one_temperature_law_is_not_used_across_two_temperatures() -> None:
    reason = _refused(_CREEP + "What is the steady creep rate under 90 MPa at 700 °C, in h⁻¹?")
    assert "temperature" in reason


def test_the_same_temperature_keeps_its_answer() -> None:
    got = _value(
        _CREEP + "What is the steady creep rate under 110 MPa at the same temperature, in h⁻¹?",
        "1/h",
    )
    assert got == pytest.approx(4.0e-6 * (110 / 90) ** 4.5, rel=1e-3)


# ------------------------------------------------------------------ radius named before the number
_GROWTH = "grows to a grain diameter of 36 µm after 45 min at 600 °C, following d² − d₀² = Kt. "
_ASK_GROWTH = "How long in total, in minutes, until the grain diameter is 50 µm?"


def test_a_radius_is_not_bound_to_a_diameter() -> None:
    _refused("A brass with an initial grain radius of 8 µm " + _GROWTH + _ASK_GROWTH)


def test_a_diameter_keeps_its_answer() -> None:
    got = _value("A brass with an initial grain diameter of 16 µm " + _GROWTH + _ASK_GROWTH, "min")
    assert got == pytest.approx(45 * (50**2 - 16**2) / (36**2 - 16**2))


# ------------------------------------------------------------------ Curie–Weiss below the Curie point
_CHI = "its susceptibility is 4.0 × 10⁻³ at 500 K and 2.5 × 10⁻³ at 700 K. "
_ASK_CHI = "Using the Curie–Weiss law, estimate θ in K."


def test_curie_weiss_below_the_curie_point_is_refused() -> None:
    _refused("Measured below its Curie point, " + _CHI + _ASK_CHI)


def test_curie_weiss_above_the_curie_point_keeps_its_answer() -> None:
    theta = (4.0e-3 * 500 - 2.5e-3 * 700) / (4.0e-3 - 2.5e-3)
    got = _value("Measured above its Curie point, " + _CHI + _ASK_CHI, "K")
    assert got == pytest.approx(theta)
