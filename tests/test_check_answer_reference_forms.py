"""check_answer: forms that correct worked solutions use and that must not raise a false alarm.

- a value for one symbol followed by a colon and the next calculation ('r = 0.5 mm: τ = …');
- a result, a full stop, and the next calculation on the same line;
- a multiple of a physical constant labelled by the constant's symbol ('4 k_B = …');
- a final answer of the form 'label: value unit', and one value per reading separated by ';';
- a count of an element's atoms named by its chemical symbol ('Cu atoms per cubic metre').
Each comes with the look-alike that must still be flagged.
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.prose import clauses
from matsci_jupyter.engines.answer.unit_text import parse_unit


def test_colon_after_a_value_starts_a_new_chain() -> None:
    assert clauses("so r = 0.50 mm: τ = 2.0/(π · 0.50) = 1.27 N") == [
        "so r = 0.50 mm",
        "τ = 2.0/(π · 0.50) = 1.27 N",
    ]
    assert clauses("Left side: ln(10) = 2.303") == ["Left side: ln(10) = 2.303"]


def test_full_stop_after_a_result_starts_a_new_chain() -> None:
    line = "Case one: Q = 2 · 3.0 = 6.0 J. Case two: Q = 3.0/2 = 1.5 J."
    assert len(clauses(line)) == 2


def test_value_then_colon_then_other_calculation_is_not_flagged() -> None:
    question = (
        "A thin wire of diameter 1.0 mm carries a tensile force of 50 N. What tensile stress, "
        "in MPa, does it carry?"
    )
    response = (
        "Here 2r = 1.0 mm and r = 0.50 mm: σ = 50/(π · (0.50×10⁻³)²) = 63.7 MPa.\nAnswer: 63.7 MPa"
    )
    assert check_answer(question, response).verdict != "flagged"


def test_multiple_of_a_constant_is_not_a_wrong_constant() -> None:
    question = "Four spins each carry one Bohr magneton. What is their total moment in A·m²?"
    right = "The total is 4 μ_B = 3.710×10⁻²³ A·m².\nAnswer: 3.710e-23 A·m²"
    wrong = "The total is 4 μ_B = 4.310×10⁻²³ A·m².\nAnswer: 4.310e-23 A·m²"
    assert check_answer(question, right).verdict != "flagged"
    assert check_answer(question, wrong).verdict == "flagged"


def test_labelled_final_answer_is_a_value_not_a_formula() -> None:
    question = "A blend has two fractions. Calculate the weight-average molecular weight."
    answer = check_answer(question, "Answer: weight-average M_w: 3.1e+04 g/mol.")
    assert answer.verdict != "flagged"
    formula = check_answer(question, "Final Answer: M_w: w_1 M_1 + w_2 M_2")
    assert formula.verdict == "flagged"


def test_one_value_per_reading_is_not_an_own_result_mismatch() -> None:
    question = "A transformation obeys y = 1 - exp(-k t^n) with k = 0.010 s^-n. What fraction is done at 10 s?"
    response = (
        "With y = 1 - exp(-k t):\ny = 1 - exp(-0.10) = 0.0952\n"
        "With y = 1 - exp(-(k t)^2):\ny = 1 - exp(-(0.10)^2) = 0.00995\n"
        "Answer: y = 1 - exp(-k t): 0.0952; y = 1 - exp(-(k t)^2): 0.00995"
    )
    assert check_answer(question, response).verdict != "flagged"


def test_element_symbol_before_a_count_is_not_a_unit() -> None:
    parsed = parse_unit("Cu atoms per cubic metre")
    assert parsed is not None and "count:atom" in parsed.tags
    assert parsed.units.dimensionality == {"[length]": -3}


def test_log_of_a_tex_fraction_with_powers_of_ten_takes_the_whole_fraction() -> None:
    from matsci_jupyter.engines.answer.prose import response_lines

    line = r"$$\log\frac{6.0 \times 10^{-3}}{3.0 \times 10^{-5}} = \log 200 = 2.301$$"
    assert response_lines(line) == ["log((6.0 ×10^-3)/(3.0 ×10^-5)) = log200 = 2.301"]
    question = (
        "A current rises from 3.0 × 10⁻⁵ A to 6.0 × 10⁻³ A. What is the base-10 logarithm of the "
        "ratio of the final to the initial current?"
    )
    assert check_answer(question, line + "\nAnswer: 2.30").verdict != "flagged"
