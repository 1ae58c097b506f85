"""check_answer: a calculation in bare numbers whose stated result carries a unit letter that the
response also uses as a symbol.

Class, in our own words: 'x = x_0 - (m g)/k = 0.2 - (0.5 × 9.8)/(40) = 0.15 m', where m is the
mass and also the metre. The calculation side holds numbers only, so whatever the letter after the
stated number means, the numbers must agree; a mismatch is an arithmetic error. Look-alikes that
must not be flagged: the same chain done right, and a result off by a power of ten (a unit prefix
the calculation may have skipped, e.g. centimetres written as metres).
"""

from __future__ import annotations

from matsci_jupyter import check_answer

QUESTION = (
    "A block of mass m = 0.5 kg hangs from a spring of spring constant k = 40 N/m whose "
    "unstretched length is 0.2 m. Find the stretched length of the spring in m."
)


def _response(chain: str) -> str:
    return (
        f"At equilibrium k(x - x_0) = mg.\n\n{chain}\n\n"
        f"Final Answer: {chain.rsplit('=', 1)[1].strip()}"
    )


def test_a_wrong_bare_number_chain_is_flagged() -> None:
    wrong = _response("x = x_0 + (mg)/(k) = 0.2 + (0.5 × 9.8)/(40) = 0.42 m")
    answer = check_answer(QUESTION, wrong)
    assert answer.verdict == "flagged"
    assert "0.3225" in answer.reason


def test_the_right_chain_is_not_flagged() -> None:
    right = _response("x = x_0 + (mg)/(k) = 0.2 + (0.5 × 9.8)/(40) = 0.3225 m")
    assert check_answer(QUESTION, right).verdict != "flagged"


def test_a_power_of_ten_apart_is_left_open() -> None:
    scaled = _response("x = x_0 + (mg)/(k) = 0.2 + (0.5 × 9.8)/(40) = 3.225 m")
    assert "0.3225" not in (check_answer(QUESTION, scaled).reason or "")
