"""check_answer: a quantum number that comes out fractional and is rounded up to a whole one.

Class, in our own words: a response solves an exact relation between quantum numbers (a ratio of
Bohr energies or radii) for one of them, gets a fraction such as 1.5, and rounds it up because a
quantum number 'must be an integer' and the question asks for the smallest one. The relation no
longer holds for the rounded value: the right move is a different partner quantum number, so the
working is wrong. Look-alikes that must not be flagged: a quantum number bounded by an inequality
(an energy that must be exceeded), and a whole result that needs no rounding.
"""

from __future__ import annotations

from matsci_jupyter.engines.answer.forced_integer import forced_integer_check

QUESTION = (
    "In a hydrogen atom the radius of the electron's orbit grows by a factor of 2.25 when it "
    "moves from the orbit with quantum number n_1 to the orbit with quantum number n_2. What is "
    "the smallest possible n_2?"
)
WRONG = (
    "The Bohr radius grows as n^2, so (n_2)^2/(n_1)^2 = 2.25.\n\n"
    "Taking n_1 = 1:\n\n$n_2 = \\sqrt{2.25} = 1.5$\n\n"
    "However, n_2 must be an integer, so we round up to the nearest integer:\n\n$n_2 = 2$\n\n"
    "The smallest possible n_2 is 2."
)


def test_a_rounded_up_quantum_number_is_flagged() -> None:
    found = forced_integer_check(QUESTION, WRONG)
    assert found is not None and not found.passed and "1.5" in found.message


def test_a_whole_result_is_not_flagged() -> None:
    right = WRONG.replace("Taking n_1 = 1", "Taking n_1 = 2").replace("1.5$", "3$")
    right = right.replace("\\sqrt{2.25}", "2\\sqrt{2.25}").replace("n_2 = 2$", "n_2 = 3$")
    assert forced_integer_check(QUESTION, right) is None


def test_a_quantum_number_bounded_by_an_inequality_is_not_flagged() -> None:
    question = (
        "Light of energy 12.5 eV falls on hydrogen atoms in the ground state. Up to which orbit "
        "with quantum number n can the electron be raised at most?"
    )
    response = (
        "We need 13.6(1 - 1/n^2) ≤ 12.5, so n^2 ≤ 12.36 and\n\n$n = \\sqrt{12.36} = 3.52$\n\n"
        "n must be an integer, so we round down to the nearest integer: n = 3."
    )
    assert forced_integer_check(question, response) is None
