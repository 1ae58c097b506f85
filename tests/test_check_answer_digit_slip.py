"""check_answer: a given put into a calculation with one digit changed.

Class (our own wording and numbers): a response substitutes a value the question gives, but with one
digit mis-copied ('1 + 0.06' where the question gives a strain of 0.16), and never writes the right
value anywhere. The operand is then provably not the question's value. Look-alikes that must stay
unflagged: the factor (1 + ε) written already added up ('× 1.16'); a value the response computed
itself; a question that gives two values of that kind (which one was meant is unknown); a whole
number (an index, a count).
"""

from __future__ import annotations

from matsci_jupyter import check_answer

STRAIN_Q = (
    "A brass bar (E = 110 GPa) is loaded to an engineering stress of 350 MPa, where the "
    "engineering strain is 0.16 and no necking has begun. What is the true stress?"
)


def test_a_given_substituted_with_one_digit_changed_is_flagged() -> None:
    wrong = "σ_T = σ(1 + ε)\n= 350 MPa × (1 + 0.06)\n= 371 MPa"
    answer = check_answer(STRAIN_Q, wrong)
    assert answer.verdict == "flagged"
    assert "0.06" in (answer.reason or "") and "0.16" in (answer.reason or "")


def test_the_factor_one_plus_the_given_is_not_a_slip() -> None:
    right = "σ_T = σ(1 + ε) = 350 MPa × 1.16 = 406 MPa"
    assert check_answer(STRAIN_Q, right).verdict != "flagged"


def test_the_given_written_right_somewhere_is_not_a_slip() -> None:
    right = "ε = 0.16, so σ_T = 350 MPa × (1 + 0.16) = 406 MPa"
    assert check_answer(STRAIN_Q, right).verdict != "flagged"


def test_two_givens_of_the_kind_leave_the_operand_unchecked() -> None:
    question = (
        "A bar is strained to 0.16 and then to 0.26 in a second pass (engineering strains); the "
        "engineering stress at the end is 350 MPa. What is the true stress at the end?"
    )
    ambiguous = "σ_T = 350 MPa × (1 + 0.36) = 476 MPa"
    assert "mis-copied" not in (check_answer(question, ambiguous).reason or "")


def test_the_given_minus_one_is_not_a_slip() -> None:
    question = (
        "What fraction of normally incident light is reflected at the surface of a glass of "
        "refractive index 1.75 in air? Give it in percent."
    )
    right = (
        "R = ((n − 1)/(n + 1))^2 = (0.75/2.75)^2 = (0.2727)^2 = 0.0744\nAbout 7.44 % is reflected."
    )
    assert "mis-copied" not in (check_answer(question, right).reason or "")
