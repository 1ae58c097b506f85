"""check_answer: trigonometry as textbooks typeset it (our own wording and numbers).

'sin^2 (x)' is the square of sin x and 'cos60°' is cos(60°): a step written so is evaluated, and
checked like any other; a bare 'sin 30' (degrees or radians?) and 'sin^-1' keep their readings.
"""

from __future__ import annotations

import math

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.expression import evaluate_segment, trig_notation


def test_a_power_on_the_function_name_squares_its_value() -> None:
    assert trig_notation("cos^2 (30°)") == "(cos(30°))^2"
    value = evaluate_segment("4 N × sin^2 ((1)/(2) × 60°)").value
    assert math.isclose(value.to("N").magnitude, 1.0, rel_tol=1e-9)


def test_an_angle_with_its_degree_sign_needs_no_bracket() -> None:
    value = evaluate_segment("(10 N) cos60° + 3 N").value
    assert math.isclose(value.to("N").magnitude, 8.0, rel_tol=1e-9)


def test_ambiguous_forms_are_left_as_they_were() -> None:
    assert evaluate_segment("2 sin 30").value is None  # degrees or radians: not guessed
    assert trig_notation("sin^-1(0.5)") == "sin^-1(0.5)"
    assert math.isclose(evaluate_segment("sin^-1(0.5)").value.to("degree").magnitude, 30.0)


FORCE_Q = "A 20 N force acts at 60° above the horizontal on a 4.0 kg block. Find the horizontal acceleration."


def test_a_step_in_this_notation_is_checked_and_a_wrong_one_flagged() -> None:
    right = "a_x = (20 N) cos60° / (4.0 kg) = 2.5 m/s^2\nFinal answer: 2.5 m/s^2"
    answer = check_answer(FORCE_Q, right)
    assert answer.verdict == "consistent"
    assert any("(checked)" in s for s in answer.steps)
    wrong = "a_x = (20 N) cos60° / (4.0 kg) = 4.3 m/s^2\nFinal answer: 4.3 m/s^2"
    flagged = check_answer(FORCE_Q, wrong)
    assert flagged.verdict == "flagged"
    assert "2.5" in flagged.reason
