"""Unit slips the arithmetic re-evaluation cannot see (unit_slips) and a result carried into the
final answer with another unit (final_copy)."""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.prose import statements
from matsci_jupyter.engines.answer.quantities import extract
from matsci_jupyter.engines.answer.unit_slips import (
    celsius_power_check,
    conversion_step_check,
    given_unit_slip,
)

QUESTION = (
    "A sample is held for 45 min under a flux of 2.5 × 10⁻⁶ mol/(m²·s). A film 12 µm thick forms."
)


def test_given_minutes_used_as_seconds() -> None:
    lines = ["n = J t = 2.5 × 10^-6 mol/(m^2·s) × 45 s = 1.125 × 10^-4 mol/m^2"]
    check = given_unit_slip(extract(QUESTION), lines)
    assert check is not None and not check.passed and "2700" in check.message


def test_given_converted_rightly_is_fine() -> None:
    good = [
        "n = J t = 2.5 × 10^-6 mol/(m^2·s) × 2700 s = 6.75 × 10^-3 mol/m^2",
        "x = 12 × 10^-4 cm = 1.2 × 10^-3 cm",
    ]
    assert given_unit_slip(extract(QUESTION), good) is None


def test_given_micrometres_with_wrong_power_of_ten() -> None:
    lines = ["V = A x = 10 cm^2 × 12 × 10^-2 cm = 1.2 cm^3"]
    check = given_unit_slip(extract(QUESTION), lines)
    assert check is not None and not check.passed


def test_conversion_step_that_divides_instead_of_multiplies() -> None:
    lines = ["ρ = 1/σ = 0.004273 Ω·m", "In Ω·cm: ρ = 0.004273/100 = 4.273 × 10^-5 Ω·cm"]
    check = conversion_step_check(statements(lines))
    assert check is not None and not check.passed
    right = ["ρ = 1/σ = 0.004273 Ω·m", "In Ω·cm: ρ = 0.004273 × 100 = 0.4273 Ω·cm"]
    assert conversion_step_check(statements(right)) is None


def test_celsius_to_the_fourth_power() -> None:
    reading = extract("A plate at 650 °C radiates to walls at 30 °C. Find the net flux in W/m².")
    wrong = ["q = εσ(650^4 - 30^4) = 0.9 × 5.67e-8 × 1.785e11 = 9110 W/m^2"]
    check = celsius_power_check(reading, wrong)
    assert check is not None and not check.passed
    right = ["q = εσ(923.15^4 - 303.15^4) = 0.9 × 5.67e-8 × 7.18e11 = 36 600 W/m^2"]
    assert celsius_power_check(reading, right) is None


def test_kelvin_result_given_as_celsius_in_final_answer() -> None:
    question = "ΔH° = 95 kJ/mol and ΔS° = 120 J/(mol·K). Above what temperature, in °C, is the reaction spontaneous?"
    response = "T = ΔH°/ΔS° = 95 000 J/mol ÷ 120 J/(mol·K) = 791.7\n\nIt is spontaneous above about 791.7 °C."
    answer = check_answer(question, response)
    assert any(c.name == "own result" and not c.passed for c in answer.checks), answer
    right = response.replace("above about 791.7 °C", "above about 518.5 °C")
    answer = check_answer(question, right)
    assert not any(c.name == "own result" and not c.passed for c in answer.checks), answer


def test_false_unit_equivalence_is_flagged_and_rounded_ones_pass() -> None:
    from matsci_jupyter.engines.answer.unit_slips import unit_equivalence_check

    wrong = ["Step 2: 1 mm^2 = 10^-3 m^2, so A = 4 × 10^-3 m^2"]
    check = unit_equivalence_check(statements(wrong))
    assert check is not None and not check.passed
    fine = [
        "Step 2: 1 mm^2 = 10^-6 m^2",
        "p = 1 atm = 10^5 Pa",
        "rate 0.25 mm/yr = 0.025 cm/yr",
        "ΔT = 60 °C = 60 K",
    ]
    assert unit_equivalence_check(statements(fine)) is None


def test_a_given_decrease_written_negative_is_no_slip() -> None:
    reading = extract("Under load the 12 mm diameter shrinks by 4.8 µm. Find the lateral strain.")
    lines = ["ε_x = Δd/d₀ = -4.8 × 10^-3 mm / 12 mm = -4.0 × 10^-4"]
    assert given_unit_slip(reading, lines) is None


def test_unused_given_with_swapped_digits() -> None:
    from matsci_jupyter.engines.answer.given_swap import swapped_unused_given

    question = (
        "A polymer has a number-average molecular weight of 254 000 g/mol and a repeat unit of "
        "62.5 g/mol. Find DP."
    )
    wrong = ["DP = M_n / m = 245 000 / 62.5 = 3 920"]
    check = swapped_unused_given(extract(question), wrong, question)
    assert check is not None and not check.passed
    right = ["DP = M_n / m = 254 000 / 62.5 = 4 064"]
    assert swapped_unused_given(extract(question), right, question) is None
    restated = [
        "M_n = 254 000 g/mol",
        "DP = 245 000 / 62.5",
    ]  # the given is written: not this check
    assert swapped_unused_given(extract(question), restated, question) is None


def test_celsius_number_as_factor_of_an_absolute_temperature() -> None:
    from matsci_jupyter.engines.answer.unit_slips import celsius_product_check

    reading = extract(
        "A steel creeps at 700 °C; C = 20 and the rupture life is 1000 h. Find the Larson–Miller parameter."
    )
    wrong = ["LMP = T(C + log t_r)", "LMP = 700 × (20 + 3) = 16 100"]
    check = celsius_product_check(reading, wrong)
    assert check is not None and not check.passed
    right = ["LMP = T(C + log t_r), T = 700 + 273 = 973 K", "LMP = 973 × (20 + 3) = 22 379"]
    assert celsius_product_check(reading, right) is None


def test_celsius_difference_is_not_an_absolute_temperature() -> None:
    from matsci_jupyter.engines.answer.unit_slips import celsius_product_check

    reading = extract(
        "A rod is heated from 0 °C to 150 °C while its ends are held. E = 200 GPa, α = 12e-6 /K."
    )
    lines = [
        "σ = E α ΔT",
        "σ = 200 × 10^9 × 12 × 10^-6 × (150 - 0) = 360 MPa",
        "σ = 200e9 × 12e-6 × 150",
    ]
    assert celsius_product_check(reading, lines) is None


def test_rate_conversion_with_unit_exponent_divides_instead_of_multiplies() -> None:
    lines = [
        "rate = 2.0 × 2.5 × 10^-6 = 5.00 × 10^-6 s^-1",
        "rate = (5.00 × 10^-6)/(3600) = 1.39 × 10^-9 h^-1",
    ]
    check = conversion_step_check(statements(lines))
    assert check is not None and not check.passed
    right = [
        "rate = 2.0 × 2.5 × 10^-6 = 5.00 × 10^-6 s^-1",
        "rate = (5.00 × 10^-6)(3600) = 0.0180 h^-1",
    ]
    assert conversion_step_check(statements(right)) is None
