"""The stated final answer against the result computed just before it (final_copy), and a final
sentence holding values of several dimensions (final_checks.asked_kind_value)."""

from __future__ import annotations

from matsci_jupyter import check_answer


def _failed(answer, name: str) -> list:
    return [c for c in answer.checks if c.name == name and not c.passed]


QUESTION = "A steel bar of cross-section 40 mm² carries a load of 9.2 kN. Find the stress in MPa."


def test_exponent_slip_in_restated_answer_is_flagged() -> None:
    response = (
        "The stress is the load over the area:\n"
        "σ = F/A = 9200 N / (40 × 10⁻⁶ m²) = 2.30 × 10⁸ Pa\n\n"
        "**Stress ≈ 23.0 MPa**"
    )
    answer = check_answer(QUESTION, response)
    assert _failed(answer, "own result"), answer


def test_dropped_digit_across_a_prefix_is_flagged() -> None:
    response = (
        "σ = F/A = 9200 N / 40 mm² = 230 MPa\n\nSo the stress is about 0.23 GPa, i.e. 2.3 GPa"
    )
    # two values on the final line: nothing is compared
    answer = check_answer(QUESTION, response)
    assert not _failed(answer, "own result")
    response = "σ = F/A = 9200 N / 40 mm² = 231.5 MPa\n\nThe stress is σ ≈ 0.315 GPa"
    answer = check_answer(QUESTION, response)
    assert _failed(answer, "own result"), answer


def test_swapped_digits_are_flagged_and_rounding_is_not() -> None:
    wrong = "σ = F/A = 9200 N / 40 mm²\n  = 230 MPa\n\nStress in the bar ≈ 320 MPa"
    assert _failed(check_answer(QUESTION, wrong), "own result")
    right = "σ = F/A = 9200 N / 40 mm²\n  = 230.4 MPa\n\nStress in the bar ≈ 230 MPa"
    answer = check_answer(QUESTION, right)
    assert not _failed(answer, "own result"), answer
    same_in_gpa = "σ = F/A = 9200 N / 40 mm² = 230 MPa\n\nStress in the bar ≈ 0.230 GPa"
    assert not _failed(check_answer(QUESTION, same_in_gpa), "own result")


def test_a_different_final_quantity_is_not_a_miscopy() -> None:
    question = "A rod at 15 °C is heated until its length grows by 0.9 mm. What temperature does it reach, in °C?"
    response = "ΔT = ΔL/(α L₀) = 0.9 mm / (12e-6 /K × 1000 mm) = 75 K\n\nFinal temperature: 90 °C"
    answer = check_answer(question, response)
    assert not _failed(answer, "own result"), answer


def test_final_sentence_with_time_and_temperature_reads_the_asked_one() -> None:
    question = "At what temperature, in °C, must a 12 h anneal be run to match 5 h at 1000 °C?"
    response = "1/T₂ = 8.346 × 10⁻⁴ K⁻¹, so T₂ = 1198 K.\n\nFinal answer: run the 12 h cycle at about 925 °C."
    answer = check_answer(question, response)
    assert not [c for c in answer.checks if not c.passed and c.name == "dimension"], answer
    assert answer.quantity is not None and abs(float(answer.quantity.magnitude) - 925) < 1e-6


def test_final_sentence_with_two_values_of_no_asked_dimension_is_not_checked() -> None:
    question = "At what temperature, in °C, must a 12 h anneal be run to match 5 h at 1000 °C?"
    response = "Final answer: run the 12 h cycle, then hold 3 h at 40 MPa."
    answer = check_answer(question, response)
    assert not [c for c in answer.checks if not c.passed and c.name == "dimension"], answer
