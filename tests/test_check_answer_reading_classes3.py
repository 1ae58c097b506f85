"""check_answer: reading classes found by the blind worked answers to set G (our own wording and
numbers; each with a look-alike that must keep its verdict).

- a calculation left unfinished ('E = 0.912 − 0.0236 × 1.6990 = 0.912 − 0.0401') whose value is the
  final answer is the response's own result at the asked precision, not an earlier line;
- a bare final number is compared with the last result even when that result carries a unit;
- the root of a metre is a unit ('0.0731 √m', 'MPa√m'): a step that ends in it is checked;
- a bare 'log' whose value the response writes ('log 4 = 0.6021') is base 10 in its formulas.
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.expression import numbers_with_units
from matsci_jupyter.engines.answer.formula_check import formula_findings, written_log_base
from matsci_jupyter.engines.answer.prose import response_lines, statements
from matsci_jupyter.units import get_registry

CELL_Q = (
    "A galvanic cell with E°cell = 0.912 V has Q = 50 for a two-electron reaction at 25 °C. What "
    "is the cell voltage, to three decimal places?"
)


def test_an_unfinished_calculation_is_the_result_the_final_answer_rounds() -> None:
    right = (
        "E°cell = 0.912 V\nE = E° − (0.05916/2) log Q = 0.912 − 0.02958 × 1.6990 = 0.912 − 0.0503\n"
        "\\boxed{E ≈ 0.862 V}"
    )
    assert check_answer(CELL_Q, right).verdict != "flagged"
    # look-alike: the final answer is not what the unfinished calculation gives
    wrong = right.replace("0.862 V", "0.872 V")
    answer = check_answer(CELL_Q, wrong)
    assert answer.verdict == "flagged", answer.checks


def test_a_bare_final_number_with_two_digits_swapped_is_flagged() -> None:
    question = (
        "A zinc plate of 800 cm² loses 26 g in 120 days (ρ = 7.14 g/cm³). What is its corrosion "
        "penetration rate in mm per year?"
    )
    right = "= 26/(7.14 × 800) cm per 120 days = 0.04552 mm\n\n× 365/120 = 0.1385 mm/yr\n\n0.1385"
    assert check_answer(question, right).verdict != "flagged"
    swapped = right[: right.rindex("0.1385")] + "0.1835"
    answer = check_answer(question, swapped)
    assert answer.verdict == "flagged" and "swapped" in (answer.reason or "")


def test_the_root_of_a_metre_is_read_as_a_unit() -> None:
    ureg = get_registry()
    [(root, _t, _s)] = numbers_with_units("0.0731 √m")
    assert root == ureg.Quantity(0.0731, "m**0.5")
    [(toughness, _t, _s)] = numbers_with_units("52 MPa√m")
    assert toughness == ureg.Quantity(52, "MPa*m**0.5")
    question = (
        "A plate with K_IC = 52 MPa√m is loaded to 650 MPa with Y = 1.1. What is the critical "
        "crack length in mm?"
    )
    slip = "K_IC/(Yσ) = 52/(1.1 × 650) = 52/715 = 0.0827 √m"  # 52/715 = 0.0727
    answer = check_answer(question, slip)
    assert answer.verdict == "flagged" and "0.0727" in (answer.reason or "")
    assert check_answer(question, "K_IC/(Yσ) = 52/715 = 0.0727 √m").verdict != "flagged"


def test_a_written_log_value_fixes_the_base_of_a_bare_log() -> None:
    question = (
        "A reaction runs 4.0 times faster at 520 °C than at 480 °C. Estimate its activation energy."
    )
    assert written_log_base(statements(response_lines("log 4 = 0.6021"))) == "10"
    assert written_log_base(statements(response_lines("log 4 = 1.386"))) == "e"
    assert written_log_base(statements(response_lines("x = 2"))) is None
    base10 = "log(r_2/r_1) = (Q/R)(1/T_1 - 1/T_2)\nlog 4 = 0.6021"
    found = formula_findings(question, statements(response_lines(base10)))
    assert any(not ok for _f, ok in found)
    natural = "log(r_2/r_1) = (Q/R)(1/T_1 - 1/T_2)\nlog 4 = 1.386"
    assert all(ok for _f, ok in formula_findings(question, statements(response_lines(natural))))


ROD_Q = (
    "An aluminium rod 1 200 mm long and 10.0 mm in diameter carries 9 kN in tension (E = 69 GPa). "
    "By how much does it stretch?"
)


def test_a_diameter_set_as_the_radius_is_flagged() -> None:
    wrong = (
        "A = πr² with r = 10.0 mm, so A = π × 10.0² = 314.2 mm²\nσ = 9000 N / 314.2 mm² = 28.6 MPa"
    )
    answer = check_answer(ROD_Q, wrong)
    assert answer.verdict == "flagged" and "diameter" in (answer.reason or "")
    # look-alikes: the radius halved, or half of it computed in place, are right
    for right in ("A = πr² with r = 5.0 mm, so A = 78.54 mm²", "r = 10.0 mm/2 = 5.0 mm"):
        assert check_answer(ROD_Q, right).verdict != "flagged"


def test_a_relative_change_asked_in_percent_is_not_its_fraction() -> None:
    question = (
        "A diffusion coefficient obeys Q = 2.5 eV. By what percentage does it rise between 1000 K "
        "and 1060 K?"
    )
    fraction = "D₂/D₁ = exp(1.6418) = 5.164\n\nIncrease = D₂/D₁ − 1 = 4.164\n\n4.164"
    answer = check_answer(question, fraction)
    assert answer.verdict == "flagged" and "416" in (answer.reason or "")
    percent = "D₂/D₁ = exp(1.6418) = 5.164\n\nIncrease = (D₂/D₁ − 1) × 100 = 416.4 %\n\n416.4 %"
    assert check_answer(question, percent).verdict != "flagged"
