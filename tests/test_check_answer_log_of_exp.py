"""check_answer: the logarithm of an exponential law evaluated in base 10 without the 2.303.

Class, in our own words: after writing N = N₀ exp(−Q/kT), a response takes 'log' of the ratio and
then evaluates that log in base 10. The log of exp(x) is x only for the natural logarithm, so the
value is 2.303 times too small. Look-alikes that must not be flagged: the same working with ln, a
base-10 working that carries the 2.303, and a log with no exponential law behind it (pH).
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.log_of_exp import log_of_exp_check
from matsci_jupyter.engines.answer.prose import response_lines

QUESTION = (
    "Heating a crystal from 500 °C to 700 °C raises its equilibrium vacancy concentration by a "
    "factor of 1 500. Estimate the vacancy formation energy in eV."
)
WRONG = (
    "From N_v = N exp(−Q_v/kT):\n\nlog(N₂/N₁) = (Q_v/k)(1/T₁ − 1/T₂)\n\n"
    "- log 1 500 = 3.176\n- 1/773.15 − 1/973.15 = 2.658 × 10⁻⁴ K⁻¹\n\n"
    "Q_v = 8.617 × 10⁻⁵ × 3.176/2.658 × 10⁻⁴ = 1.03 eV\n**Q_v ≈ 1.03 eV**"
)


def test_a_base_10_log_of_an_exponential_is_flagged() -> None:
    check = log_of_exp_check(response_lines(WRONG))
    assert check is not None and not check.passed
    assert "7.313" in check.message
    assert check_answer(QUESTION, WRONG).verdict == "flagged"


def test_the_natural_log_and_a_carried_2303_are_not_flagged() -> None:
    natural = WRONG.replace("log", "ln").replace("3.176", "7.313").replace("1.03", "2.371")
    assert log_of_exp_check(response_lines(natural)) is None
    carried = WRONG.replace("(Q_v/k)", "(Q_v/(2.303 k))")
    assert log_of_exp_check(response_lines(carried)) is None


def test_a_log_without_an_exponential_law_is_not_flagged() -> None:
    ph = "pH = −log[H⁺]\n[H⁺] = 2.0 × 10⁻³ M\nlog 500 = 2.699\nAnswer: pH = 2.70"
    assert log_of_exp_check(response_lines(ph)) is None
