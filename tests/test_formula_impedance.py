"""The impedance of an AC circuit in the table of standard formulas (formula_check).

A series RC, RL or RLC circuit adds resistance and reactance in quadrature; adding them
linearly, adding the two reactances, or dropping the reactance's square is flagged with the
standard case shown. Every standard case the question allows, and rearranged forms of it,
keep their verdict. Examples are written in our own words."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer import check_answer
from matsci_jupyter.engines.answer.formula_check import standard_formula_checks
from matsci_jupyter.engines.answer.prose import response_lines, statements
from matsci_jupyter.engines.answer.text import normalize

RC = "A 60 ohm resistor and a capacitor are joined in series across a 230 V, 50 Hz AC mains."
RL = "A coil of resistance 25 ohm and inductance 0.3 H is fed from a 50 Hz alternating supply."
RLC = "In a series LCR circuit R = 12 ohm, L = 0.2 H and C = 40 μF, driven at 60 Hz AC."


def _failed(question: str, response: str):
    checks = standard_formula_checks(normalize(question), statements(response_lines(response)))
    return [c for c in checks if not c.passed and c.blocking]


@pytest.mark.parametrize(
    "question,response,shown",
    [
        (RC, "The impedance: Z = R + X_C", "√(R^2 + X_C^2)"),
        (RC, "Z = √(R^2 - X_C^2)", "√(R^2 + X_C^2)"),
        (RC, "Z = √(R^2 + (ωC)^2)", "1/(ω·C)^2"),
        (RL, "Z = √(R^2 + (ωL)^2)/2", "√(R^2 + (ω·L)^2)"),
        (RLC, "Z = √(R^2 + (X_L + X_C)^2)", "(X_L - X_C)^2"),
        (RLC, "Z = √(R^2 + X_L^2 + X_C^2)", "(X_L - X_C)^2"),
    ],
)
def test_a_wrong_impedance_is_flagged_with_the_standard_case(question, response, shown):
    failed = _failed(question, response)
    assert failed, response
    assert "impedance" in failed[0].message and shown in failed[0].message


@pytest.mark.parametrize(
    "question,response",
    [
        (RC, "Z = √(R^2 + X_C^2)"),
        (RC, "Z = √(X_C^2 + R^2)"),
        (RC, "Z = (R^2 + X_C^2)^(1/2)"),
        (RC, "Z = √(R^2 + (1/(ωC))^2)"),
        (RC, "Z = √(R^2 + 1/(2πfC)^2)"),
        (RC, "Z = V/I"),
        (RL, "Z = √(R^2 + (2πfL)^2)"),
        (RL, "Z = √(R^2 + X_L^2)"),
        (RLC, "Z = √(R^2 + (X_C - X_L)^2)"),
        (RLC, "Z = √(R^2 + (ωL - 1/(ωC))^2)"),
        (RC + " The two are then rewired in parallel.", "Z = R X_C/√(R^2 + X_C^2)"),
    ],
)
def test_a_standard_impedance_keeps_its_verdict(question, response):
    assert not _failed(question, response), response


def test_the_other_circuits_formula_is_not_read_as_a_wrong_one():
    # an RL question answered with the RC formula names another quantity's symbol (X_C):
    # no case with those symbols is a reading of the question, so nothing is claimed
    assert not _failed(RL, "Z = √(R^2 + X_C^2)")


def test_check_answer_flags_a_linear_sum_of_resistance_and_reactance():
    question = RC + " Its reactance is 80 ohm. What is the impedance in ohm?"
    wrong = "The impedance is Z = R + X_C = 60 + 80 = 140 Ω.\n\nFinal answer: 140 Ω"
    assert check_answer(question, wrong).verdict == "flagged"
    right = "The impedance is Z = √(R^2 + X_C^2) = √(60^2 + 80^2) = 100 Ω.\n\nFinal answer: 100 Ω"
    assert check_answer(question, right).verdict != "flagged"


def test_a_supply_given_in_hz_with_a_capacitor_is_an_ac_circuit():
    question = "A 100 W bulb and a capacitor in series are connected to a 230 V, 50 Hz supply."
    assert _failed(question, "Z = R + 1/(ωC)")
    assert not _failed(question, "Z^2 = R^2 + X_C^2")
    assert not _failed(question, "Z = √(R^2 + (1/(ωC))^2)")
