"""check_answer: three reading classes behind false alarms on a blind worked-answer set (issue 11,
the checker half); each with a real error of the same shape that stays flagged.

Classes, in our own words:
- an assignment followed by a clause that names a quantity ('with n = 3 the ratio of times is …')
  holds two statements; the assigned value is not one more side of the chain after it;
- a chain that ends in the final answer ('χ = μ_r − 1 = 237.7 ≈ 238') rounds its own value before
  the '≈', not an earlier statement's result;
- a coefficient per degree Celsius ('25 × 10⁻⁶ °C⁻¹') is no temperature, and what it multiplies is
  a temperature difference; a heading word that starts with a capital T is no symbol T.
"""

from __future__ import annotations

from matsci_jupyter import check_answer

AVRAMI = (
    "A precipitation reaction follows Avrami kinetics with exponent n = 3 and is half complete "
    "after 40 s. How long, in s, does it take to reach 90 % transformation?"
)
AVRAMI_RESPONSE = (
    "Avrami: y = 1 − exp(−k t^n), so k t^n = −ln(1 − y). Dividing the two conditions removes k: "
    "(t_90/t_50)^n = ln 10/ln 2 = 2.3026/0.6931 = 3.3219.\n"
    "With n = 3 the ratio of times is 3.3219^(1/3) = 3.3219^0.3333 = 1.4925, so t_90 = 40 s × "
    "1.4925 = 59.7 s.\n\nAnswer: about 59.7 s."
)


def test_an_assignment_before_a_clause_naming_a_quantity_is_its_own_statement():
    answer = check_answer(AVRAMI, AVRAMI_RESPONSE)
    assert answer.verdict != "flagged", answer.reason
    slip = AVRAMI_RESPONSE.replace(
        "= 1.4925, so t_90 = 40 s × 1.4925 = 59.7", "= 1.6610, so t_90 = 40 s × 1.6610 = 66.4"
    ).replace("about 59.7", "about 66.4")
    answer = check_answer(AVRAMI, slip)
    assert answer.verdict == "flagged"
    assert "1.492" in answer.reason  # the broken link itself is named


def test_the_clause_split_needs_an_equals_sign_on_both_sides():
    from matsci_jupyter.engines.answer.prose import clauses

    assert clauses("With k = 4 the time ratio is 2^(1/4) = 1.189") == [
        "With k = 4",
        "the time ratio is 2^(1/4) = 1.189",
    ]
    # no '=' after the clause: nothing to split
    assert len(clauses("so x = 4 the value is large")) == 1
    # an operator before 'the' keeps the expression whole
    assert len(clauses("y = 2 × the value is 8 = 8")) == 1


CORE = (
    "A soft magnetic core carries a flux density of 0.60 T in a field of 2000 A/m. What is its "
    "magnetic susceptibility, to the nearest integer?"
)
CORE_RESPONSE = (
    "μ = B/H = 0.60/2000 = 3.0 × 10⁻⁴ H/m\n\nμ_r = μ/μ₀ = 3.0 × 10⁻⁴/(4π × 10⁻⁷) = 238.7\n\n"
    "χ_m = μ_r − 1 = 237.7 ≈ 238"
)


def test_the_final_chain_rounds_its_own_value_before_the_approximation():
    answer = check_answer(CORE, CORE_RESPONSE)
    assert answer.verdict != "flagged", answer.reason
    slip = CORE_RESPONSE.replace("≈ 238", "≈ 237")
    answer = check_answer(CORE, slip)
    assert answer.verdict == "flagged"
    assert "237.7 rounds to 238" in answer.reason


def test_a_final_answer_that_does_not_round_the_last_result_stays_flagged():
    # the last computed value is 237.7; an answer line of 239 is not its rounding
    slip = CORE_RESPONSE + "\n\nAnswer: 239"
    assert check_answer(CORE, slip).verdict == "flagged"


BAR = (
    "A magnesium bar (E = 45 GPa, α = 25 × 10⁻⁶ °C⁻¹) is held between rigid walls at 25 °C and then "
    "heated to 95 °C. What is the magnitude of the thermal stress, in MPa?"
)
BAR_RESPONSE = (
    "### Thermal stress of a held bar\nσ = E α ΔT, with ΔT = 95 − 25 = 70 °C.\n"
    "σ = (45 × 10³ MPa)(25 × 10⁻⁶ °C⁻¹)(70 °C) = 78.75 MPa\n\nThe stress is compressive, 78.75 MPa."
)


def test_a_coefficient_per_degree_celsius_is_not_the_questions_temperature():
    answer = check_answer(BAR, BAR_RESPONSE)
    assert answer.verdict != "flagged", answer.reason
    slip = BAR_RESPONSE.replace("78.75", "787.5")
    answer = check_answer(BAR, slip)
    assert answer.verdict == "flagged"
    assert "absolute temperature" not in answer.reason  # flagged for its arithmetic only


CREEP = (
    "A nickel alloy creeps at 700 °C with a rupture life of 1000 h; take C = 20. What is its "
    "Larson–Miller parameter (T in K, t in h)?"
)


def test_a_celsius_value_put_in_for_an_absolute_temperature_stays_flagged():
    right = (
        "### Thermal activation and the Larson–Miller parameter\n"
        "LMP = T(C + log t_r) = 973 × (20 + 3) = 22 379\n\nAnswer: 22 379"
    )
    assert check_answer(CREEP, right).verdict != "flagged"
    wrong = right.replace("973 ×", "700 ×").replace("22 379", "16 100")
    answer = check_answer(CREEP, wrong)
    assert answer.verdict == "flagged"
    assert "kelvin" in answer.reason


def test_a_capitalised_word_is_not_the_symbol_t():
    from matsci_jupyter.engines.answer.unit_slips import _T_FACTOR

    assert _T_FACTOR.search("### Thermal stress") is None
    assert _T_FACTOR.search("To find the stress") is None
    assert _T_FACTOR.search("LMP = T(C + log t_r)") is not None
    assert _T_FACTOR.search("Q = γT_m") is not None
