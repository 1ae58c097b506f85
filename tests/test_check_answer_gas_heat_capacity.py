"""check_answer: an ideal gas given the heat capacity of another kind of gas.

Class, in our own words: a monatomic gas has C_v = 3/2 R, C_p = 5/2 R and γ = 5/3; a diatomic gas
has γ = 7/5 (or 9/7 with vibration), and when the question fixes its γ, C_v = R/(γ − 1). A response
that writes 'γ = 7/5 for the monatomic gas' or a diatomic C_v that contradicts the question's γ
is wrong. Look-alikes that must not be flagged: the right values, a decimal 1.67, a clause naming
both kinds of gas, a C_v of a mixture, and a γ written as a formula ('γ = 1 + R/C_v').
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.gas_heat_capacity import gas_heat_capacity_checks
from matsci_jupyter.engines.answer.prose import response_lines

QUESTION = (
    "Two moles of argon in a cylinder are compressed adiabatically until the volume is one "
    "quarter of the starting volume. The starting temperature is 300 K. Find the final "
    "temperature in K."
)
WRONG = (
    "For an adiabatic process T V^(γ-1) is constant.\n\n"
    "Since argon is a monatomic gas, γ = 7/5.\n\n"
    "T_2 = 300 × 4^(0.4) = 522.3 K\n\nFinal Answer: 522.3 K"
)


def test_a_monatomic_gas_with_the_diatomic_gamma_is_flagged() -> None:
    found = gas_heat_capacity_checks(QUESTION, response_lines(WRONG))
    assert found and not found[0].passed and "5/3" in found[0].message
    assert check_answer(QUESTION, WRONG).verdict == "flagged"


def test_the_right_gamma_is_not_flagged() -> None:
    for value in ("5/3", "(5)/(3)", "1.67"):
        right = WRONG.replace("7/5", value)
        assert gas_heat_capacity_checks(QUESTION, response_lines(right)) == []


def test_a_diatomic_heat_capacity_against_the_question_gamma() -> None:
    question = (
        "A vessel holds one mole of helium and one mole of a diatomic ideal gas (γ = 7/5). "
        "Find the molar heat capacity at constant volume of the mixture in units of R."
    )
    wrong = ["The heat capacity at constant volume of the diatomic gas is (7)/(2)R."]
    found = gas_heat_capacity_checks(question, wrong)
    assert found and "5/2 R" in found[0].message
    right = ["The heat capacity at constant volume of the diatomic gas is (5)/(2)R."]
    assert gas_heat_capacity_checks(question, right) == []


def test_a_diatomic_gas_with_vibration_is_allowed_when_the_question_is_silent() -> None:
    lines = ["At high temperature the diatomic gas has C_v = (7)/(2)R and γ = 9/7."]
    assert gas_heat_capacity_checks(QUESTION, lines) == []


def test_clauses_naming_both_kinds_or_a_formula_are_left_alone() -> None:
    lines = [
        "The mixture of the monatomic and diatomic gases has C_v = (13)/(4)R.",
        "For the monatomic gas, γ = 1 + R/C_v.",
        "The monatomic gas has C_v = (3)/(2)R, and the diatomic gas has C_v = (5)/(2)R.",
    ]
    assert gas_heat_capacity_checks(QUESTION, lines) == []
