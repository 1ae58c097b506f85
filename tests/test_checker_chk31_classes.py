"""check_answer classes added in session 31 (helper chk31), each in our own phrasings: a wrong text
that must be flagged beside a right one that must not be.

Class 1: a sentence whose subject carries a formula, a subscript or a number ('The amount of Fe_2O_3
in 3.2 g of ore is …') before the calculation after its verb: the calculation is re-evaluated
like any other chain (an arithmetic slip or a dimension error in it is found).
"""

from __future__ import annotations

import pytest

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.prose_subject import calculation_after_verb

OXIDE_Q = (
    "A 3.2 g sample of pure iron(III) oxide is reduced completely with carbon monoxide. "
    "What mass of iron is obtained, in grams?"
)
COPPER_Q = (
    "A copper wire carries 2.5 A for 30 minutes in an electrolysis cell holding CuSO4 solution. "
    "What mass of copper is deposited, in grams?"
)


def verdict(question: str, response: str) -> str:
    return check_answer(question, response).verdict


# ---------------------------------------------------------------- class 1: prose subject, then a sum
@pytest.mark.parametrize(
    "line",
    [
        "The amount of Fe_2O_3 in 3.2 g of ore is (3.2 g)/(159.7 g/mol) = 0.20 mol.",
        "The number of moles of Fe2O3 present is (3.2 g)/(159.7 g/mol) = 0.20 mol.",
        "Moles of Fe_2O_3 in the 3.2 g sample: (3.2 g)/(159.7 g/mol) = 0.20 mol",
    ],
)
def test_slip_after_a_subject_with_a_formula_is_flagged(line):
    # 3.2/159.7 is 0.0200 mol, not 0.20 mol
    response = f"{line}\nEach mole of oxide gives 2 mol of Fe.\nFinal answer: 22 g"
    assert verdict(OXIDE_Q, response) == "flagged"


@pytest.mark.parametrize(
    "line",
    [
        "The amount of Fe_2O_3 in 3.2 g of ore is (3.2 g)/(159.7 g/mol) = 0.0200 mol.",
        "The number of moles of Fe2O3 present is (3.2 g)/(159.7 g/mol) = 0.0200 mol.",
        "Moles of Fe_2O_3 in the 3.2 g sample: (3.2 g)/(159.7 g/mol) = 0.0200 mol",
    ],
)
def test_right_calculation_after_a_subject_with_a_formula_passes(line):
    response = (
        f"{line}\nEach mole of oxide gives 2 mol of Fe, so n(Fe) = 2 × 0.0200 mol = 0.0401 mol.\n"
        "m(Fe) = 0.0401 mol × 55.85 g/mol = 2.24 g\nFinal answer: 2.24 g"
    )
    assert verdict(OXIDE_Q, response) != "flagged"


def test_dimension_error_after_a_subject_with_a_formula_is_flagged():
    # mol divided by g/mol is not a mass
    response = (
        "The charge passed is 2.5 A × 1800 s = 4500 C.\n"
        "The amount of Cu^2+ reduced is (4500 C)/(2 × 96485 C/mol) = 0.0233 mol.\n"
        "The mass of Cu deposited is (0.0233 mol)/(63.55 g/mol) = 1.48 g.\n"
        "Final answer: 1.48 g"
    )
    assert verdict(COPPER_Q, response) == "flagged"
    right = response.replace("(0.0233 mol)/(63.55 g/mol)", "0.0233 mol × 63.55 g/mol")
    assert verdict(COPPER_Q, right) != "flagged"


def test_a_stated_value_or_a_hedged_value_is_not_a_calculation():
    assert calculation_after_verb("The mass of 1 mole of H_2O is 18 g") is None
    assert calculation_after_verb("The yield of NH3 is about 2 × 3") is None
    assert calculation_after_verb("The moles of CO2 is 2 × the moles of C") is None
    seg = calculation_after_verb("The moles of CO_2 formed is 2 × 0.15 mol")
    assert seg is not None and abs(float(seg.value.magnitude) - 0.3) < 1e-9


# ---------------------------------------------------------------- class 2: nothing rounded went in
COOLING_Q = (
    "A copper block at 0.875 of its melting temperature is quenched; the fraction 0.125 of its "
    "vacancies survives. What fraction of the vacancies is lost?"
)
STRAIN_Q = (
    "An aluminium rod (E = 70 GPa) is stretched to 280 MPa, at which its total strain is 0.0085. "
    "What plastic strain is left once the load is removed?"
)


@pytest.mark.parametrize(
    ("working", "final"),
    [
        ("1 - 0.125 = 0.885", "0.885"),  # exactly 0.875
        ("f = 1 − 0.125 = 0.885", "0.885"),
        ("lost = 1.000 - 0.125 = 0.865", "0.865"),
    ],
)
def test_difference_of_given_numbers_off_by_one_digit_is_flagged(working, final):
    response = f"The fraction lost is the rest:\n{working}\nAnswer: {final}"
    assert verdict(COOLING_Q, response) == "flagged"


@pytest.mark.parametrize(
    "working",
    ["1 - 0.125 = 0.875", "f = 1 − 0.125 = 0.875", "lost = 1 - 0.125 = 0.88"],
)
def test_difference_of_given_numbers_written_right_or_rounded_passes(working):
    final = working.rsplit("=", 1)[1].strip()
    response = f"The fraction lost is the rest:\n{working}\nAnswer: {final}"
    assert verdict(COOLING_Q, response) != "flagged"


def test_exact_earlier_result_used_in_a_difference():
    # 280/70 000 = 0.004 exactly, so 0.0085 − 0.004 must be 0.0045, not 0.00455 (1% off)
    wrong = (
        "ε_el = σ/E = 280 MPa / 70 000 MPa = 0.004\n"
        "ε_p = 0.0085 - 0.004 = 0.00455\nAnswer: ε_p = 0.00455"
    )
    assert verdict(STRAIN_Q, wrong) == "flagged"
    right = wrong.replace("0.00455", "0.0045")
    assert verdict(STRAIN_Q, right) != "flagged"


def test_rounded_earlier_result_keeps_the_loose_tolerance():
    # 0.0041 is a rounded value (its own calculation gives 0.0040), so 0.0044 is within rounding
    response = (
        "ε_el = σ/E = 285 MPa / 70 000 MPa = 0.0041\n"
        "ε_p = 0.0085 - 0.0041 = 0.0044\nAnswer: ε_p = 0.0044"
    )
    assert verdict(STRAIN_Q, response) != "flagged"


def test_approximate_or_rescaled_results_are_left_alone():
    assert verdict(COOLING_Q, "f ≈ 1 - 0.125 ≈ 0.88\nAnswer: 0.88") != "flagged"
    assert verdict(COOLING_Q, "f = (1 - 0.125) × 100 = 87.5 %\nAnswer: 87.5 %") != "flagged"
