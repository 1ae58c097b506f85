"""check_answer: two more ways a worked answer's end is read (our own wording and numbers; each
with a look-alike that must keep its verdict).

- an equation in one unknown followed by the unknown's stated value ('0.35x = 4.2 − 0.25x' then
  'x = 7'), the value also written as a fraction of numbers ('k = (91)/(7)'): put back in and found
  to satisfy the equation, the step is checked (a value that does not is flagged as before);
- a response that ends by blaming the problem ('there must be an error in the problem statement')
  and gives no number after it does not answer; one that blames the data and then gives a value
  is read as usual.
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.prose import response_lines, statements
from matsci_jupyter.engines.answer.solved_check import solved_values

BEAM_Q = (
    "A plank 3.0 m long carries 35 % of its load at one end and 65 % at the other. How far is "
    "its centre of mass from the lighter end?"
)


def _solved(text: str) -> list[int]:
    return solved_values(statements(response_lines(text)))


def test_a_stated_solution_that_satisfies_its_equation_is_checked() -> None:
    right = "Taking moments: 0.35x = 0.65(3.0 - x)\n0.35x = 1.95 - 0.65x\nx = 1.95\n"
    assert set(_solved(right)) == {2}  # both equations are solved by it
    answer = check_answer(BEAM_Q, right + "Final answer: 1.95 m")
    assert answer.verdict == "consistent"
    assert any("(checked): x = 1.95" in s for s in answer.steps)


def test_a_solution_written_as_a_fraction_is_checked() -> None:
    assert _solved("7 = (91)/(k)\nk = (91)/(7)\n") == [1]


def test_a_value_that_does_not_satisfy_the_equation_is_not_checked_as_right() -> None:
    assert _solved("0.35x = 1.95 - 0.65x\nx = 2.4\n") == []
    wrong = "0.35x = 1.95 - 0.65x\nx = 2.4\nFinal answer: 2.4 m"
    assert check_answer(BEAM_Q, wrong).verdict == "flagged"


def test_an_unknown_that_cancels_proves_nothing() -> None:
    # both sides are 2y + 4 whatever y is: any value 'satisfies' it
    assert _solved("2y + 4 = 2(y + 2)\ny = 5\n") == []


BLAME_Q = "The molar conductivity triples on a tenfold dilution. Find the value of y."


def test_blaming_the_problem_without_a_value_is_no_answer() -> None:
    text = (
        "Dividing the two equations gives\n5 = 10\n"
        "This cannot hold, so there must be an error in the problem statement or the data."
    )
    answer = check_answer(BLAME_Q, text)
    assert answer.verdict == "flagged"
    assert "without answering" in answer.reason


def test_blaming_the_problem_then_answering_is_read_as_usual() -> None:
    text = (
        "There may be an error in the question as printed, but taking the data as given:\n"
        "y = 3 × 2 = 6\nFinal answer: 6"
    )
    answer = check_answer(BLAME_Q, text)
    assert answer.verdict != "flagged"


def test_a_marked_answer_followed_by_a_doubt_is_still_an_answer() -> None:
    text = "y = 2 × 3 = 6\nFinal answer: 6\nThere may be a typo in the question, though."
    assert check_answer(BLAME_Q, text).verdict != "flagged"
