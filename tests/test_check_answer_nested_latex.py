"""Reading LaTeX fractions whose denominator holds a power with a fraction in its exponent.

Class, in our own words: '\\frac{1}{e^{\\frac{a}{b}}}' and '\\frac{100}{8^{\\frac{5}{3}}}' were left
as 'frac1e^(…)' because the exponent's braces were only opened after the fractions were read, so
every step written that way went unchecked. Exponents are now opened together with fractions and
roots, innermost first; a lone mark such as a degree sign stays a degree sign.
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.text import normalize


def test_a_fraction_over_a_power_with_a_fractional_exponent_is_read() -> None:
    assert normalize(r"$T_2=\frac{100}{8^{\frac{5}{3}}}$").strip() == "T_2=(100)/(8^((5)/(3)))"
    assert normalize(r"$x=\frac{1}{e^{\frac{3 \times 2}{4}}}$").strip() == "x=(1)/(e^((3 ×2)/(4)))"


def test_marks_and_plain_exponents_are_unchanged() -> None:
    assert normalize(r"$60^{\circ}$").strip() == "60°"
    assert normalize(r"$10^{-3}$").strip() == "10^-3"


QUESTION = (
    "An ideal monatomic gas at 400 K expands adiabatically until its volume is eight times "
    "larger. Find the final temperature in K."
)


def test_a_wrong_step_written_with_nested_fractions_is_flagged() -> None:
    wrong = (
        "For an adiabatic process T V^{γ-1} is constant, with γ = 5/3.\n\n"
        "$$T_2 = \\frac{400}{8^{\\frac{2}{3}}} = 50 \\text{ K}$$\n\nFinal Answer: 50 K"
    )
    assert check_answer(QUESTION, wrong).verdict == "flagged"
    right = wrong.replace("= 50", "= 100").replace("Answer: 50", "Answer: 100")
    assert check_answer(QUESTION, right).verdict != "flagged"


def test_a_fraction_over_a_nested_subscript_is_read() -> None:
    text = normalize(r"$P=\frac{n_{N_{2} O_{4}} R T}{V_{\mathrm{gas}}}$").strip()
    assert text == "P=(n_N_2O_4 R T)/(V_gas)"
