"""Checker classes of helper chk13: a stated sign rule, a final that is not the response's own
conversion, a Fahrenheit temperature converted with a wrong relation, the decibel factor of the
wrong kind of ratio. Each is flagged at the step with the recomputed value; the right variants
and the near-misses are not."""

from __future__ import annotations

import pytest

from matsci_jupyter import check_answer


def _failed(question: str, response: str) -> list[tuple[str, str]]:
    answer = check_answer(question, response)
    return [(c.name, c.message) for c in answer.checks if not c.passed and c.blocking]


def _has(question: str, response: str, name: str, *words: str) -> bool:
    return any(n == name and all(w in m for w in words) for n, m in _failed(question, response))


# (a) the question fixes the sign of a decrease ------------------------------------------------

SIGN_FLAGGED = [
    (
        "A brass gauge block is 120.00 mm long at 60 °C and 119.93 mm at 20 °C. What is its change "
        "in length in mm (negative if it decreases)?",
        "ΔL = 119.93 mm − 120.00 mm = −0.07 mm\n\nThe block gets shorter on cooling.\n\n"
        "**Answer:** 0.07 mm",
        "-0.07 mm",
    ),
    (
        "A sample of 8.250 g is annealed in vacuum and weighs 8.180 g afterwards. Give the mass "
        "change in mg, and report a loss as negative.",
        "Change = 8.180 g − 8.250 g = −0.070 g = −70 mg\n\nFinal answer: 70 mg",
        "-70 mg",
    ),
    (
        "A steel rail 25.0 m long (α = 12 × 10⁻⁶ K⁻¹) cools by 30 K overnight. Find the length "
        "change in mm; use a negative sign for a contraction.",
        "δ = α L ΔT = 12 × 10^-6 K^-1 × 25 000 mm × (−30 K) = −9.0 mm\n\nResult: 9.0 mm",
        "-9 mm",
    ),
]


@pytest.mark.parametrize(("question", "response", "value"), SIGN_FLAGGED)
def test_positive_final_for_a_decrease_the_rule_makes_negative_is_flagged(
    question: str, response: str, value: str
) -> None:
    assert _has(question, response, "sign", value)


def test_negative_final_under_the_rule_is_not_flagged() -> None:
    question, response, _ = SIGN_FLAGGED[1]
    assert not _has(
        question, response.replace("Final answer: 70 mg", "Final answer: −70 mg"), "sign"
    )


def test_no_sign_rule_leaves_a_size_alone() -> None:
    question = "A steel rail 25.0 m long (α = 12 × 10⁻⁶ K⁻¹) cools by 30 K. By how much does it shorten, in mm?"
    response = SIGN_FLAGGED[2][1]
    assert not _has(question, response, "sign")


def test_direction_in_words_is_left_alone() -> None:
    question, response, _ = SIGN_FLAGGED[0]
    worded = response.replace("**Answer:** 0.07 mm", "**Answer:** it decreases by 0.07 mm")
    assert not _has(question, worded, "sign")


def test_rule_for_an_increase_is_not_read_as_one_for_a_decrease() -> None:
    question = (
        "A polymer strip is 50.0 mm long and 49.2 mm after drying. State the change in length in mm "
        "(give it as positive if it increases)."
    )
    response = "ΔL = 49.2 mm − 50.0 mm = −0.8 mm\n\nAnswer: 0.8 mm"
    assert not _has(question, response, "sign")


# (b) the final restates the response's own conversion with another number ----------------------

CONVERSION_Q = (
    "A unidirectional composite has glass fibres (E = 72 GPa) at 40 vol% in an epoxy of E = 3.4 "
    "GPa. What is its longitudinal modulus in psi?"
)


@pytest.mark.parametrize(
    "response",
    [
        "E_c = 0.40 × 72 + 0.60 × 3.4 = 30.84 GPa (4.47 × 10^6 psi)\n\n**Answer:** 4.74 × 10^6 psi",
        "E_c = 0.40 × 72 + 0.60 × 3.4 = 30.84 GPa, i.e. 4.47 × 10^6 psi\n\nFinal answer: 4.07 × 10^6 psi",
        "E_c = 0.4(72) + 0.6(3.4) = 30.84 GPa\nIn psi: 30.84 GPa = 4.47 × 10^6 psi\n\nAnswer: 4.97e6 psi",
    ],
)
def test_final_other_than_own_conversion_is_flagged(response: str) -> None:
    assert _has(CONVERSION_Q, response, "own result", "4.47")


@pytest.mark.parametrize(
    "response",
    [
        "E_c = 0.40 × 72 + 0.60 × 3.4 = 30.84 GPa (4.47 × 10^6 psi)\n\n**Answer:** 4.47 × 10^6 psi",
        "E_c = 0.40 × 72 + 0.60 × 3.4 = 30.84 GPa, i.e. 4.473 × 10^6 psi\n\nFinal answer: 4.5 × 10^6 psi",
    ],
)
def test_final_restating_own_conversion_is_not_flagged(response: str) -> None:
    assert _failed(CONVERSION_Q, response) == []


# (c) a Fahrenheit reading converted with a wrong relation ----------------------------------------

FAHRENHEIT = [
    (
        "Carbon diffuses in iron with D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. Find D at 1600 °F.",
        "T = 1600 × 5/9 − 32 = 856.9 °C = 1130.0 K\n"
        "D = 2.3 × 10^-5 × exp(−148000/(8.314 × 1130.0)) = 3.31 × 10^-12 m^2/s\n\nAnswer: 3.31 × 10^-12 m^2/s",
        "871.1 °C",
    ),
    (
        "A furnace holds a part at 900 °F. Express this temperature in kelvin.",
        "T(K) = 900 + 273 = 1173 K\n\nFinal answer: 1173 K",
        "755.4 K",
    ),
    (
        "An oven is set to 350 °F. What is that in degrees Celsius?",
        "T = 350 × 5/9 = 194.4 °C\n\nAnswer: 194.4 °C",
        "176.7 °C",
    ),
]


@pytest.mark.parametrize(("question", "response", "right"), FAHRENHEIT)
def test_wrong_fahrenheit_relation_is_flagged(question: str, response: str, right: str) -> None:
    assert _has(question, response, "unit", right)


def test_right_fahrenheit_relation_is_not_flagged() -> None:
    question = FAHRENHEIT[1][0]
    assert (
        _failed(question, "T = (900 − 32) × 5/9 + 273.15 = 755.4 K\n\nFinal answer: 755.4 K") == []
    )


def test_fahrenheit_difference_scales_without_offset() -> None:
    question = "A part warms by 90 °F during machining. What is the temperature rise in kelvin?"
    response = "ΔT = 90 × 5/9 = 50 K\n\nAnswer: 50 K"
    assert not _has(question, response, "unit")


def test_celsius_to_fahrenheit_without_the_offset_is_flagged() -> None:
    question = "A solder melts at 183 °C. What is its melting point in °F?"
    assert _has(question, "T_F = 183 × 9/5 = 329.4 °F\n\nAnswer: 329.4 °F", "unit", "361.4 °F")
    assert not _has(question, "T_F = 183 × 9/5 + 32 = 361.4 °F\n\nAnswer: 361.4 °F", "unit")


# (d) 20 log₁₀ of a power ratio, 10 log₁₀ of an amplitude ratio ----------------------------------


def test_amplitude_factor_on_a_power_ratio_is_flagged() -> None:
    question = (
        "An optical fibre loses 0.25 dB/km. How long a span (in km) brings the power down to 1/50 "
        "of its launched value?"
    )
    response = "Loss = 20 log_10(50) = 33.98 dB\nL = 33.98/0.25 = 135.9 km\n\nAnswer: 135.9 km"
    assert _has(question, response, "formula", "16.99 dB")


def test_power_factor_on_an_amplitude_ratio_is_flagged() -> None:
    question = "An amplifier raises the signal voltage amplitude by a factor of 40. What is its gain in dB?"
    response = "G = 10 log₁₀(40) = 16.02 dB\n\nFinal answer: 16.02 dB"
    assert _has(question, response, "formula", "32.04 dB")


def test_intensity_ratio_with_the_right_factor_is_not_flagged() -> None:
    question = "A window cuts the transmitted intensity to 5 % of the incident value. What is the attenuation in dB?"
    response = "A = 10 log₁₀(20) = 13.01 dB\n\nAnswer: 13.0 dB"
    assert not _has(question, response, "formula")


def test_question_naming_both_kinds_is_left_alone() -> None:
    question = (
        "A cable carries a voltage amplitude that falls to 1/10 while the power falls to 1/100. "
        "Give the loss in dB."
    )
    response = "Loss = 20 log₁₀(10) = 20 dB\n\nAnswer: 20 dB"
    assert not _has(question, response, "formula")


def test_square_root_taken_first_is_left_alone() -> None:
    question = "A fibre span leaves 1/200 of the launched optical power. What is the loss in dB?"
    response = (
        "Amplitude ratio = √200 = 14.14\nLoss = 20 log₁₀(14.14) = 23.01 dB\n\nAnswer: 23.01 dB"
    )
    assert not _has(question, response, "formula")


def test_unit_identity_before_the_final_is_no_conversion_of_a_result() -> None:
    question = "A spring steel has σ_y = 1460 MPa and E = 207 GPa. What is its modulus of resilience in kJ/m^3?"
    response = (
        "U_r = σ_y^2/(2E) = 1460^2/(2 × 207 000) MPa = 5.149 MPa = 5.149 MJ/m^3\n"
        "Using 1 MJ/m^3 = 1000 kJ/m^3.\n\nTherefore, the answer is about 5149 kJ/m^3."
    )
    assert not _has(question, response, "own result")
