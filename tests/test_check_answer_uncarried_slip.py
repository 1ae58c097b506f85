"""check_answer: a wrong intermediate line that the rest of the working does not carry.

A response may write one value wrongly (a dropped power of ten, a sum mis-copied) and go on with
the right one, or solve an equation wrongly on paper and still state the value the equation
before it gives. The slip is reported, not flagged: the result does not rest on it. When the
wrong value is written again later, or the final answer follows from the wrong solved form, the
step stays a failed check.
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.slip import written_numbers

CELL = (
    "A tetragonal cell has a = 0.50 nm and c = 0.40 nm. What is the spacing of the (112) planes "
    "in nm?"
)


def test_sum_written_wrongly_then_used_rightly_is_not_flagged() -> None:
    response = (
        "For a tetragonal cell 1/d^2 = (h^2 + k^2)/a^2 + l^2/c^2.\n"
        "1/d^2 = 2/0.50^2 + 4/0.40^2 = 0.33 nm^-2\n"
        "d = 1/sqrt(33.0) = 0.174 nm\n"
        "Final Answer: 0.174 nm"
    )
    answer = check_answer(CELL, response)
    assert answer.verdict != "flagged"
    slip = [c for c in answer.checks if not c.passed and "does not carry" in c.message]
    assert slip and not slip[0].blocking
    assert "not confirmed" in slip[0].message


def test_sum_written_wrongly_and_carried_is_flagged() -> None:
    response = (
        "For a tetragonal cell 1/d^2 = (h^2 + k^2)/a^2 + l^2/c^2.\n"
        "1/d^2 = 2/0.50^2 + 4/0.40^2 = 0.33 nm^-2\n"
        "d = 1/sqrt(0.33) = 1.74 nm\n"
        "Final Answer: 1.74 nm"
    )
    assert check_answer(CELL, response).verdict == "flagged"


def test_wrong_value_with_nothing_after_it_stays_flagged() -> None:
    response = (
        "1/d^2 = 2/0.50^2 + 4/0.40^2 = 0.33 nm^-2, and the spacing follows from it.\n"
        "Final Answer: 0.20 nm"
    )
    assert check_answer(CELL, response).verdict == "flagged"


RATIO = "The count M of sites obeys 1.0125 = (600 - M)/(600 - 2M). Find M."


def test_equation_solved_wrongly_but_final_from_the_equation_is_not_flagged() -> None:
    response = (
        "We have $1.0125 = \\frac{600-M}{600-2M}$\n"
        "$\\Rightarrow M(1-1.0125) = 600(1.0125-1)$\n"
        "Solving gives $M = 7.3 \\approx 7$\n"
        "Final Answer: 7"
    )
    assert check_answer(RATIO, response).verdict != "flagged"


def test_equation_solved_wrongly_and_final_from_the_wrong_form_is_flagged() -> None:
    response = (
        "We have $1.0125 = \\frac{600-M}{600-2M}$\n"
        "$\\Rightarrow M(1-1.0125) = 600(1.0125-1)$\n"
        "So $M = -600$\n"
        "Final Answer: -600"
    )
    assert check_answer(RATIO, response).verdict == "flagged"


def test_written_numbers_read_precision() -> None:
    (value, tol), (big, big_tol) = written_numbers("4 and 3.9 × 10^2")
    assert (value, tol) == (4.0, 0.5)
    assert big == 390.0 and abs(big_tol - 7.8) < 1e-9


def test_recomputed_value_only_as_a_later_result_is_not_evidence() -> None:
    # the later line's result equals the recomputed 33.0 by coincidence; it does not take it as an
    # operand, so nothing shows that the wrong 0.33 was set aside
    response = (
        "1/d^2 = 2/0.50^2 + 4/0.40^2 = 0.33 nm^-2\n"
        "k = 1/d^2 + 30 = 33.0 nm^-2\n"
        "Final Answer: 0.174 nm"
    )
    answer = check_answer(CELL, response)
    assert not any("does not carry" in c.message for c in answer.checks)
    assert any(c.name == "arithmetic" and not c.passed and c.blocking for c in answer.checks)


# The left side names the formula; a later line only states the symbol's value. That value put into
# the left side shows which of the two numbers (written or recomputed) the working went on with.
SPACING = "What is the spacing of the (111) planes of a cubic cell with a = 0.40 nm?"


def test_left_side_at_the_stated_value_shows_the_recomputed_sum_went_on() -> None:
    response = "1/d^2 = 3/(0.40 nm)^2 = 0.1875 nm^-2\nHence, d = 0.231 nm."
    answer = check_answer(SPACING, response)
    assert answer.verdict != "flagged"
    slip = [c for c in answer.checks if not c.passed and "does not carry" in c.message]
    assert slip and not slip[0].blocking
    assert "18.7" in slip[0].message  # the left side at d = 0.231 nm, shown


def test_left_side_at_the_stated_value_matching_the_written_sum_is_flagged() -> None:
    # d = 2.31 nm is what the wrongly written 0.1875 nm^-2 gives: the slip went on
    response = "1/d^2 = 3/(0.40 nm)^2 = 0.1875 nm^-2\nHence, d = 2.31 nm."
    assert check_answer(SPACING, response).verdict == "flagged"


def test_a_later_value_of_another_symbol_shows_nothing() -> None:
    response = "1/d^2 = 3/(0.40 nm)^2 = 0.1875 nm^-2\nHence, a = 0.231 nm."
    assert check_answer(SPACING, response).verdict == "flagged"
