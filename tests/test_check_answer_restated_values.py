"""check_answer: false-alarm classes found on a blind exam set's reference solutions and worked
answers (issue 11, the checker half); each with a real slip of the same shape that stays flagged.

Classes, in our own words:
- a multiplication dot before a unit value: '52.3 · 6894.76 Pa = 360.6 kPa' converts the product,
  not the factor standing after the dot;
- a value whose unit a bracket names again: '52.3 in·lbf/in³ (psi)' is the value before the bracket;
- a temperature difference converted between scales: a rise of 90 °F is 50 K, not 305.4 K;
- a bracketed assignment after a result: '1/ρ = 0.75 + 0.05 = 0.80 (ρ = 1.25 g/cm³)' states the
  reciprocal's value apart; it is not one more side of the chain;
- a count asked 'in one m³' is answered by a number per m³;
- 'with e = … this is σ = …' holds two statements, not one chain;
- an earlier value that divides a result ('/(1.602 × 10^-19)') is not a result being converted.
"""

from __future__ import annotations

from matsci_jupyter import check_answer

SPRING = (
    "A steel has a yield strength of 50 000 psi and a modulus of 29 × 10⁶ psi. What is its modulus "
    "of resilience in kJ/m³?"
)


def test_a_product_with_a_dot_before_a_unit_value_is_not_a_conversion_of_that_value():
    response = (
        "U_r = (50 000 psi)²/(2 · 29×10⁶ psi) = 2.5×10⁹/5.8×10⁷ = 43.10 psi = 43.10 · 6894.76 J/m³ "
        "= 297.2 kJ/m³. Answer: 297.2 kJ/m³."
    )
    assert check_answer(SPRING, response).verdict != "flagged"
    slip = response.replace("= 297.2 kJ/m³. Answer: 297.2", "= 2972 kJ/m³. Answer: 2972")
    assert check_answer(SPRING, slip).verdict == "flagged"


def test_a_unit_named_again_in_a_bracket_is_the_same_value():
    response = (
        "U_r = (50 000 psi)²/(2 · 29×10⁶ psi) = 2.5×10⁹/5.8×10⁷ = 43.10 in·lbf/in³ (psi) = 43.10 · "
        "6894.76 J/m³ = 297.2 kJ/m³. Answer: 297.2 kJ/m³."
    )
    assert check_answer(SPRING, response).verdict != "flagged"
    slip = response.replace("= 43.10 in·lbf/in³ (psi) = 43.10", "= 4.310 in·lbf/in³ (psi) = 4.310")
    slip = slip.replace("297.2", "29.72")
    answer = check_answer(SPRING, slip)
    assert answer.verdict == "flagged"
    assert "43.1" in answer.reason


HEAT = (
    "How much heat, in kJ, warms 2.0 kg of aluminium from 50 °F to 140 °F? Its specific heat is "
    "900 J/(kg·K)."
)


def test_a_temperature_rise_in_fahrenheit_converts_as_a_difference():
    response = "ΔT = 90 °F = 50 K; Q = 2.0 · 900 · 50 = 9.0×10⁴ J = 90 kJ. Answer: 90 kJ."
    assert check_answer(HEAT, response).verdict != "flagged"
    slip = "ΔT = 90 °F = 60 K; Q = 2.0 · 900 · 60 = 1.08×10⁵ J = 108 kJ. Answer: 108 kJ."
    assert check_answer(HEAT, slip).verdict == "flagged"


POLY = (
    "A polymer's specific volume is linear in crystallinity: 0.80 cm³/g at 50 % crystalline and "
    "0.85 cm³/g fully amorphous. What is the specific volume at 100 % crystallinity, in cm³/g?"
)


def test_a_bracketed_assignment_after_a_result_is_its_own_statement():
    response = (
        "The slope is (0.80 − 0.85)/0.50 = −0.10 cm³/g, so 1/ρ_c = 0.85 − 0.10 = 0.75 (ρ_c = 1.333 "
        "g/cm³). Answer: 0.75 cm³/g."
    )
    assert check_answer(POLY, response).verdict != "flagged"
    slip = response.replace("= 0.75 (ρ_c", "= 0.70 (ρ_c").replace("0.75 cm³/g.", "0.70 cm³/g.")
    assert check_answer(POLY, slip).verdict == "flagged"


COUNT = "Copper is FCC with a = 0.3615 nm. How many atoms are there in one m³ of copper?"


def test_a_count_asked_in_one_cubic_metre_is_a_number_per_cubic_metre():
    response = (
        "a³ = (0.3615×10⁻⁹ m)³ = 4.724×10⁻²⁹ m³; 4 atoms per cell: 4/4.724×10⁻²⁹ = 8.467×10²⁸ "
        "atoms/m³. Answer: 8.47e28 1/m³."
    )
    answer = check_answer(COUNT, response)
    assert answer.verdict != "flagged", answer.reason
    slip = response.replace("4.724", "9.448").replace("8.467×10²⁸", "4.234×10²⁸")
    slip = slip.replace("8.47e28", "4.23e28")
    assert check_answer(COUNT, slip).verdict == "flagged"


SEMI = (
    "Intrinsic silicon-like material has n_i = 1.0 × 10^19 m^-3, μ_e = 0.40 and μ_h = 0.20 "
    "m²/(V·s). What is its resistivity in Ω·m?"
)


def test_with_a_value_this_is_starts_a_new_statement():
    response = (
        "σ = n_i|e|(μ_e + μ_h). With |e| = 1.602 × 10^-19 C this is σ = (1.0 × 10^19)(1.602 × "
        "10^-19)(0.40 + 0.20) = 0.9612 (Ω·m)^-1. ρ = 1/0.9612 = 1.040 Ω·m. Answer: 1.040 Ω·m."
    )
    assert check_answer(SEMI, response).verdict != "flagged"
    slip = response.replace(
        "= 0.9612 (Ω·m)^-1. ρ = 1/0.9612 = 1.040", "= 1.9612 (Ω·m)^-1. ρ = 1/1.9612 = 0.5099"
    ).replace("Answer: 1.040", "Answer: 0.5099")
    assert check_answer(SEMI, slip).verdict == "flagged"


NUCLEUS = "The critical free energy of a nucleus is 3.204 × 10^-19 J. What is it in eV?"


def test_an_earlier_value_that_divides_is_not_being_converted():
    response = (
        "Using 1 eV = 1.602 × 10^-19 J:\nΔG* = 3.204 × 10^-19/(1.602 × 10^-19) = 2.00 eV\n"
        "Answer: 2.00 eV"
    )
    assert check_answer(NUCLEUS, response).verdict != "flagged"
    slip = response.replace("= 2.00 eV\nAnswer: 2.00", "= 20.0 eV\nAnswer: 20.0")
    assert check_answer(NUCLEUS, slip).verdict == "flagged"


VACANCY = (
    "Nickel (8.90 g/cm³, 58.69 g/mol) has a vacancy fraction of 1.0 · 10⁻⁴ at 1100 °C. How many "
    "vacancies are there per cubic metre?"
)


def test_a_power_of_ten_after_a_dot_belongs_to_the_earlier_value():
    # '9.13 · 10²² atoms/cm³, which is 9.13 · 10²⁸ atoms/m³': the later product uses the m⁻³ value
    response = (
        "N = N_A ρ/A = (6.022 · 10²³)(8.90)/(58.69) = 9.13 · 10²² atoms/cm³, which is 9.13 · 10²⁸ "
        "atoms/m³. N_v = 9.13 · 10²⁸ × 1.0 · 10⁻⁴ = 9.13 · 10²⁴ m⁻³.\n\nTherefore, the answer is "
        "9.13 · 10²⁴ vacancies/m³."
    )
    assert check_answer(VACANCY, response).verdict != "flagged"
    slip = response.replace("= 9.13 · 10²⁴ m⁻³", "= 9.13 · 10²⁵ m⁻³").replace(
        "answer is 9.13 · 10²⁴", "answer is 9.13 · 10²⁵"
    )
    assert check_answer(VACANCY, slip).verdict == "flagged"
