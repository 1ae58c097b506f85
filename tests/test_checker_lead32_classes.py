"""check_answer classes the lead found in session 32 on set Z's reference solutions (false alarms on
correct worked answers), each in our own phrasings: a right text that must not be flagged beside a
wrong one that still must be.

1. Symbols written as a product in a divisor ('2F/(RT)', 'Q/(RT)') were read as units (farad per
   ronnatesla): no unit needs a 2022 SI prefix (ronna, quetta, ronto, quecto) in materials text.
2. A root of one number or letter written without brackets ('2/(√2 a²)') was read as the letters
   s·q·r·t·2; a root glued to what follows ('√3a') is left unread.
3. An offset composition ('C₀ = 0.76 − 0.30 × 0.738 = 0.539 wt% C', the lever rule inverted) is a
   percentage itself, not a fraction with a percent sign put on; a quotient still is a fraction.
"""

from __future__ import annotations

import pytest

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.symbolic_check import parse_side
from matsci_jupyter.engines.answer.unit_text import parse_unit

NERNST_Q = (
    "A Zn | Zn2+ (? M) || Ni2+ (0.10 M) | Ni cell at 25 °C reads 0.55 V. E°(Ni2+/Ni) = −0.25 V and "
    "E°(Zn2+/Zn) = −0.76 V. What is the Zn2+ concentration, in mol/L?"
)


def verdict(question: str, response: str) -> str:
    return check_answer(question, response).verdict


@pytest.mark.parametrize("text", ["F/(RT)", "F/RT", "/(RT)", "Q/(RT)"])
def test_symbol_products_in_a_divisor_are_no_unit(text: str) -> None:
    assert parse_unit(text) is None


@pytest.mark.parametrize("text", ["J/(mol K)", "F/m", "kg/(m s)", "MPa m^0.5", "C/mol"])
def test_ordinary_compound_units_still_read(text: str) -> None:
    assert parse_unit(text) is not None


def test_nernst_with_symbols_then_numbers_is_not_flagged() -> None:
    # E° = −0.25 − (−0.76) = 0.51 V; ln([Zn2+]/[Ni2+]) = −(0.55 − 0.51)·2F/(RT) = −3.114
    response = (
        "E° = -0.25 - (-0.76) = 0.51 V.\n"
        "ln([Zn2+]/[Ni2+]) = -(0.55 - 0.51) × 2F/(RT) = -0.04 × 2 × 96485/(8.314 × 298.15) = -3.114\n"
        "[Zn2+] = 0.10 × e^(-3.114) = 0.00444 M\n"
        "Answer: 0.0044 mol/L"
    )
    assert verdict(NERNST_Q, response) != "flagged"


def test_nernst_with_a_slip_in_the_numbers_is_still_flagged() -> None:
    # the same chain with the exponent mis-evaluated (−3.114 written as −1.557)
    response = (
        "E° = -0.25 - (-0.76) = 0.51 V.\n"
        "ln([Zn2+]/[Ni2+]) = -(0.55 - 0.51) × 2F/(RT) = -0.04 × 2 × 96485/(8.314 × 298.15) = -1.557\n"
        "[Zn2+] = 0.10 × e^(-1.557) = 0.0211 M\n"
        "Answer: 0.021 mol/L"
    )
    assert verdict(NERNST_Q, response) == "flagged"


@pytest.mark.parametrize(
    ("left", "right"),
    [("2/(√2 a^2)", "√2/a^2"), ("3/(√3 b)", "√3/b"), ("√x/x", "1/√x")],
)
def test_a_root_of_one_term_reads_as_that_root(left: str, right: str) -> None:
    a, b = parse_side(left), parse_side(right)
    assert a is not None and b is not None
    assert (a - b).simplify() == 0


def test_a_glued_root_is_left_unread() -> None:
    assert parse_side("√3a") is None


STEEL_Q = (
    "A hypoeutectoid plain-carbon steel shows 40 wt% proeutectoid ferrite and the rest pearlite "
    "after slow cooling. What is its carbon content, in wt% C?"
)


@pytest.mark.parametrize(
    "response",
    [
        # C₀ = 0.76 − W_α'(0.76 − 0.022) = 0.76 − 0.40 × 0.738 = 0.465 wt% C, rounded on the line
        "C0 = 0.76 - W(0.76 - 0.022) = 0.76 - 0.40 × 0.738 = 0.465 ≈ 0.47 wt% C. Answer: 0.47 percent.",
        "C₀ = 0.76 − W_α′(0.76 − 0.022) = 0.76 − 0.40 × 0.738 = 0.465 ≈ 0.47 wt% C. Answer: 0.47 %",
        "Carbon: 0.022 + 0.60 × (0.76 − 0.022) = 0.465 ≈ 0.47 wt% C\nAnswer: 0.47 percent",
    ],
)
def test_inverse_lever_rule_composition_is_not_a_fraction(response: str) -> None:
    assert verdict(STEEL_Q, response) != "flagged"


def test_a_quotient_given_a_percent_sign_is_still_flagged() -> None:
    # the proeutectoid fraction (0.76 − 0.40)/(0.76 − 0.022) = 0.488 is a share: 48.8 %, not 0.488 %
    question = (
        "A plain-carbon steel holds 0.40 wt% C. What percentage of it is proeutectoid ferrite "
        "after slow cooling?"
    )
    response = "W = (0.76 - 0.40)/(0.76 - 0.022) = 0.488\nAnswer: 0.488 %"
    assert verdict(question, response) == "flagged"
