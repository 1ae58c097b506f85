"""A program-of-thought answer is refereed by the solver when the question asks for a unit.

The program's number is read in the asked unit (as a bare final number of prose is). When the
solver answers the question itself, its value confirms the program's (verdict 'consistent') or,
off by more than 5 % with nothing else to explain it, proves it wrong. A question the solver cannot
answer, or one that names no unit, leaves the program 'not checked'.
"""

from __future__ import annotations

from matsci_jupyter import check_answer

BALL = "Calculate the de Broglie wavelength of a ball of mass 0.15 kg traveling 40 m/s in meters."


def _program(mass: str) -> str:
    return f"def solve():\n    h = 6.626e-34\n    m = {mass}\n    v = 40\n    return h / (m * v)\n"


def test_program_agreeing_with_the_solver_is_consistent() -> None:
    answer = check_answer(BALL, _program("0.15"))
    assert answer.verdict == "consistent"
    assert any(c.name == "independent solution" and c.passed for c in answer.checks)


def test_program_with_a_wrong_mass_is_refuted_by_the_solver() -> None:
    answer = check_answer(BALL, _program("150"))  # grams typed where kilograms belong
    assert answer.verdict == "flagged"
    assert "independent solution" in (answer.reason or "")
    assert "1.1" in (answer.reason or "")  # the solver's 1.1 × 10^-34 m is shown


def test_no_unit_asked_leaves_the_program_not_checked() -> None:
    question = "Calculate the de Broglie wavelength of a ball of mass 0.15 kg traveling 40 m/s."
    assert check_answer(question, _program("150")).verdict == "not checked"


def test_question_the_solver_cannot_answer_leaves_the_program_not_checked() -> None:
    question = "How many cycles of the wave fit on the rope's length? (Unit: m)"
    assert check_answer(question, _program("150")).verdict == "not checked"
