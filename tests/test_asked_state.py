"""The asked state of a two-state question: a property given at a first temperature, asked at a second.

Exams give the first state name-first ('its susceptibility at 300 K is 2.4 × 10⁻⁴') and ask the
second with a pronoun ('what is it at 77 K?', 'what does it become when heated to 580 K?'). These
are read for Curie's law, an Arrhenius rate or diffusivity and resistivity against temperature; a
ferromagnet, an ask with no second temperature and an ask at two temperatures stay refused.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

from matsci_jupyter.engines.answer.asked_state import asked_state_question

R = 8.314462618


def _arrhenius(k1: float, ea: float, t1: float, t2: float) -> float:
    return k1 * math.exp(-ea / R * (1 / t2 - 1 / t1))


# ------------------------------------------------------------------ Curie's law
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "A dilute paramagnetic salt obeys Curie's law. Its susceptibility at $300\\ \\mathrm{K}$ "
            "is $2.4 \\times 10^{-4}$. What is its susceptibility after cooling in liquid nitrogen "
            "to $77\\ \\mathrm{K}$?",
            2.4e-4 * 300 / 77,
        ),
        (
            "A dilute paramagnetic salt obeys Curie's law. Its susceptibility at 300 K is 2.4e-4. "
            "What is it at 77 K?",
            2.4e-4 * 300 / 77,
        ),
        (
            "A paramagnetic salt follows Curie's law; the susceptibility at 290 K is 3.0e-5. What "
            "does it become when heated to 580 K?",
            1.5e-5,
        ),
        (
            "A paramagnet obeys Curie's law. At 300 K its susceptibility is 2.4e-4. Estimate it at "
            "150 K.",
            4.8e-4,
        ),
    ],
)
def test_curie_law_asked_at_a_second_temperature_is_answered(
    question: str, expected: float
) -> None:
    assert _value(question, "dimensionless") == pytest.approx(expected, rel=0.01)


@pytest.mark.parametrize(
    "question",
    [
        # a ferromagnet: Curie's law does not scale it
        "Iron's susceptibility at 20 °C is 5000. Using Curie's law, what is it at 500 °C?",
        # no second temperature
        "A dilute paramagnetic salt obeys Curie's law. Its susceptibility at 300 K is 2.4e-4. "
        "What is it?",
        # two asked at once
        "A dilute paramagnetic salt obeys Curie's law. Its susceptibility at 300 K is 2.4e-4. "
        "What is it at 77 K and at 4 K?",
    ],
)
def test_curie_law_near_misses_are_refused(question: str) -> None:
    _refused(question)


# ------------------------------------------------------------------ Arrhenius rate and diffusivity
@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            "A reaction has an activation energy of 80 kJ/mol. Its rate constant at 300 K is "
            "2.0e-3 s^-1. What is it at 350 K?",
            "1/s",
            _arrhenius(2.0e-3, 80e3, 300, 350),
        ),
        (
            "A reaction has an activation energy of 80 kJ/mol and a rate constant of 2.0e-3 s^-1 at "
            "300 K. What is the rate constant at 350 K?",
            "1/s",
            _arrhenius(2.0e-3, 80e3, 300, 350),
        ),
        (
            "The diffusion coefficient of C in Fe at 900 °C is 1.5e-11 m^2/s and the activation "
            "energy is 142 kJ/mol. What is it at 1000 °C?",
            "m^2/s",
            _arrhenius(1.5e-11, 142e3, 1173.15, 1273.15),
        ),
    ],
)
def test_arrhenius_asked_at_a_second_temperature_is_answered(
    question: str, unit: str, expected: float
) -> None:
    assert _value(question, unit) == pytest.approx(expected, rel=0.01)


def test_arrhenius_without_a_second_temperature_is_refused() -> None:
    _refused(
        "A reaction has an activation energy of 80 kJ/mol. Its rate constant at 300 K is "
        "2.0e-3 s^-1. What is it?"
    )


# ------------------------------------------------------------------ resistivity against temperature
@pytest.mark.parametrize(
    "question",
    [
        "The resistivity of copper at 20 °C is 1.7e-8 ohm m and its temperature coefficient of "
        "resistivity is 0.0039 per °C. What is it at 100 °C?",
        "The resistivity of copper at 20 °C is 1.7e-8 ohm m and its temperature coefficient of "
        "resistivity is 0.0039 per °C. What is its resistivity at 100 °C?",
        "Copper has a resistivity of 1.7e-8 ohm m at 20 °C and a temperature coefficient of "
        "resistivity of 0.0039 /°C. What is its resistivity when heated to 100 °C?",
    ],
)
def test_resistivity_asked_at_a_second_temperature_is_answered(question: str) -> None:
    assert _value(question, "ohm*m") == pytest.approx(1.7e-8 * (1 + 0.0039 * 80), rel=0.01)


# ------------------------------------------------------------------ the rewriting alone
def test_the_first_state_is_written_value_first_and_the_pronoun_named() -> None:
    text, notes = asked_state_question(
        "A salt obeys Curie's law. Its susceptibility at 300 K is 2.4e-4. What is it at 77 K?"
    )
    assert "susceptibility is 2.4e-4 at 300 K" in text
    assert "What is the susceptibility at 77 K?" in text
    assert len(notes) == 2


@pytest.mark.parametrize(
    "text",
    [
        # two properties before the pronoun: 'it' is not decided
        "Its resistivity at 20 °C is 1.7e-8 ohm m and its conductivity is 5.9e7 S/m. "
        "What is it at 100 °C?",
        # a value with a unit stated name-first is bound by its unit already: no pronoun, no change
        "The resistivity of copper at 20 °C is 1.7e-8 ohm m. What is its resistivity at 100 °C?",
        # no second temperature asked
        "Its susceptibility at 300 K is 2.4e-4. What is its Curie constant?",
        # not a two-state property
        "The specimen at 300 K is 2 mm long. What is it at 400 K?",
    ],
)
def test_other_shapes_are_left_as_written(text: str) -> None:
    assert asked_state_question(text) == (text, [])
