"""check_answer: classes of false alarms and misses traced by helper chk12.

1. a stated value with its unit times (or over) a bare conversion factor, equal to the next value
   in another unit of the same dimension ('43 200 Btu/(h ft^2) × 3.1546 = 1.363 × 10^5 W/m^2'):
   the side stands for the stated value, the factor only turns its number into the next unit's
   number. A factor that does not convert the value (the two stated values differ as quantities),
   or a wrong number before the factor, is still flagged.
2. a final line that says it rounds the last result ('Rounded: −18' after '… = −17.40 ksi') and
   gives a number that is no rounding of it at the digits it writes: flagged with the rounding it
   should be. A right rounding, a rounding with a direction ('rounded up'), or a number written
   earlier is not flagged.
3. a calculation in bare numbers written in E-notation with its unit once at the end
   ('2.5E4/8.0E7 m'): the unit is the whole quotient's, as with '× 10^7' (not the divisor's, which
   would give 1/m). A quotient with a wrong number is still flagged.
4. a closing sentence whose subject is the value restated in a bracket ('54.5 % (0.545) of the
   alloy is solid α'): the words after 'is' name the quantity, not a formula in α; a final answer
   that is a formula in a symbol nobody gave a value is still flagged.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer import check_answer
from matsci_jupyter.engines.answer.expression import evaluate_segment
from matsci_jupyter.engines.answer.step_check import _stated_times_factor


def _flagged(question: str, response: str) -> str:
    result = check_answer(question, response)
    assert result.verdict == "flagged", (result.verdict, [str(c) for c in result.checks])
    return result.reason or ""


def _not_flagged(question: str, response: str) -> None:
    result = check_answer(question, response)
    assert result.verdict != "flagged", result.reason


# ------------------------------------------- 1. a value times a bare conversion factor in a chain
FLUX_Q = (
    "A wall 0.25 ft thick conducts 2 Btu/(h·ft·°F) and has a 50 °F difference across it. "
    "Give the heat flux in W/m²."
)
PRESSURE_Q = "A tank holds gas at 250 psi gauge. What is this pressure in MPa?"
STRESS_Q = "A bar carries a stress of 33.9 GPa in a test. Express the stress in psi."

FACTOR_RIGHT = [
    (
        FLUX_Q,
        "q = k ΔT/L = 2 × 50/0.25 = 400 Btu/(h ft²) × 3.1546 = 1262 W/m². Answer: 1262 W/m².",
    ),
    (
        PRESSURE_Q,
        "p = 250 psi × 6.895 = 1724 kPa = 1.724 MPa. Answer: 1.72 MPa.",
    ),
    (
        STRESS_Q,
        "σ = 33.9 GPa / 6.895 = 4.92 × 10^6 psi. Answer: 4.92 × 10^6 psi.",
    ),
]


@pytest.mark.parametrize(("question", "response"), FACTOR_RIGHT)
def test_value_times_conversion_factor_is_not_flagged(question: str, response: str) -> None:
    _not_flagged(question, response)


FACTOR_WRONG = [
    # the factor does not convert Btu/(h ft²) to W/m² (3.0 instead of 3.1546)
    (
        FLUX_Q,
        "q = k ΔT/L = 2 × 50/0.25 = 400 Btu/(h ft²) × 3.0 = 1200 W/m². Answer: 1200 W/m².",
        "1200",
    ),
    # the number before the factor is not what the calculation gives (2 × 50/0.25 = 400)
    (
        FLUX_Q,
        "q = k ΔT/L = 2 × 50/0.25 = 450 Btu/(h ft²) × 3.1546 = 1420 W/m². Answer: 1420 W/m².",
        "400",
    ),
    # psi times the kPa factor, written as MPa without the factor of 1000
    (
        PRESSURE_Q,
        "p = 250 psi × 6.895 = 1724 MPa. Answer: 1724 MPa.",
        "1724",
    ),
]


@pytest.mark.parametrize(("question", "response", "shown"), FACTOR_WRONG)
def test_wrong_conversion_in_a_chain_is_still_flagged(
    question: str, response: str, shown: str
) -> None:
    assert shown in _flagged(question, response)


def test_stated_value_is_read_without_the_factor() -> None:
    b = evaluate_segment("400 Btu/(h ft^2) × 3.1546")
    c = evaluate_segment("1262 W/m^2")
    stated = _stated_times_factor(b, c)
    assert stated is not None
    assert abs(float(stated.value.magnitude) - 400.0) < 1e-9
    # a true product (the factor is not the conversion) keeps its product reading
    assert (
        _stated_times_factor(evaluate_segment("400 W/m^2 × 2"), evaluate_segment("800 W/m^2"))
        is None
    )
    # a mantissa before a written power of ten
    b = evaluate_segment("33.9 GPa / 6.895")
    assert _stated_times_factor(b, evaluate_segment("4.92 × 10^6 psi")) is not None


# ---------------------------------------------- 2. a final that says it rounds, and does not
ROD_Q = (
    "A copper bar (E = 110 GPa, α = 17 × 10^-6 per °C) is fixed between rigid supports and cooled "
    "by 40 °C. Find the thermal stress in ksi, tension positive."
)
WIRE_Q = "A wire 2.0 m long carries 3.0 A and has a resistance of 4.62 Ω. What voltage drop (V) is across it?"
GRAIN_Q = "A steel has 52.35 grains per square millimetre at 100×. What is the grain count per mm²?"

ROUNDING_WRONG = [
    (
        ROD_Q,
        "σ = EαΔT = 110 000 MPa × 17 × 10⁻⁶ × 40 = 74.8 MPa\n"
        "74.8 MPa ÷ 6.895 MPa/ksi = 10.85 ksi\n\nRounded: 12 ksi",
        "11",
    ),
    (
        WIRE_Q,
        "V = IR = 3.0 × 4.62 = 13.86 V\n\nRounded to three figures: 13.7 V",
        "13.9",
    ),
    (
        GRAIN_Q,
        "N = 52.35 grains/mm^2\nN = 52.35 × 1 = 52.35\n\nThis rounds to 53.",
        "52",
    ),
]


@pytest.mark.parametrize(("question", "response", "shown"), ROUNDING_WRONG)
def test_final_that_is_no_rounding_is_flagged(question: str, response: str, shown: str) -> None:
    reason = _flagged(question, response)
    assert f"rounds to {shown}" in reason


ROUNDING_RIGHT = [
    (
        ROD_Q,
        "σ = EαΔT = 110 000 MPa × 17 × 10⁻⁶ × 40 = 74.8 MPa\n"
        "74.8 MPa ÷ 6.895 MPa/ksi = 10.85 ksi\n\nRounded: 11 ksi",
    ),
    (WIRE_Q, "V = IR = 3.0 × 4.62 = 13.86 V\n\nRounded to three figures: 13.9 V"),
    (GRAIN_Q, "N = 52.35 grains/mm^2\nN = 52.35 × 1 = 52.35\n\nThis rounds to 52."),
    # a direction is no rounding to the nearest: left alone
    (WIRE_Q, "V = IR = 3.0 × 4.62 = 13.86 V\n\nRounded up for a safe rating: 15 V"),
]


@pytest.mark.parametrize(("question", "response"), ROUNDING_RIGHT)
def test_right_rounding_is_not_flagged(question: str, response: str) -> None:
    _not_flagged(question, response)


# ------------------------------------- 3. a bare E-notation calculation with its unit at the end
FIBRE_Q = (
    "A fibre of diameter 8 µm has a strength of 3.0 GPa and the matrix shear strength is 30 MPa. "
    "Find the critical fibre length in mm."
)
SHEET_Q = (
    "A sheet carries a load of 1.2 kN over an area of 4.0 × 10^-4 m². What is the stress in MPa?"
)
CHARGE_Q = "A current of 0.5 A flows for 2 h. What charge (C) passes?"

E_NOTATION_RIGHT = [
    (
        FIBRE_Q,
        "l_c = σ d/(2τ) = (3.0E9 Pa)(8E-6 m)/(2 × 30E6 Pa) = 2.4E4/6.0E7 m = 4.0E-4 m = 0.40 mm\n"
        "Answer: 0.40 mm",
    ),
    (
        SHEET_Q,
        "σ = F/A = (1.2E3 N)/(4.0E-4 m^2) = 1.2E3/4.0E-4 Pa = 3.0E6 Pa = 3.0 MPa\nAnswer: 3.0 MPa",
    ),
    (
        CHARGE_Q,
        "Q = I t = (0.5 A)(7.2E3 s) = 0.5 × 7.2e3 C = 3.6e3 C\nAnswer: 3600 C",
    ),
]


@pytest.mark.parametrize(("question", "response"), E_NOTATION_RIGHT)
def test_e_notation_quotient_with_unit_at_end_is_not_flagged(question: str, response: str) -> None:
    _not_flagged(question, response)


E_NOTATION_WRONG = [
    (
        FIBRE_Q,
        "l_c = σ d/(2τ) = (3.0E9 Pa)(8E-6 m)/(2 × 30E6 Pa) = 2.4E4/6.0E6 m = 4.0E-3 m = 4.0 mm\n"
        "Answer: 4.0 mm",
        "4×10^-4",
    ),
    (
        SHEET_Q,
        "σ = F/A = (1.2E3 N)/(4.0E-4 m^2) = 1.2E3/4.0E-3 Pa = 3.0E5 Pa = 0.30 MPa\n"
        "Answer: 0.30 MPa",
        "3×10^6",
    ),
]


@pytest.mark.parametrize(("question", "response", "shown"), E_NOTATION_WRONG)
def test_wrong_e_notation_quotient_is_flagged(question: str, response: str, shown: str) -> None:
    assert shown in _flagged(question, response)


# ------------------------- 4. a value restated in a bracket as the subject of the final sentence
LEVER_Q = (
    "An alloy of 40 wt% B lies in the α + L field; the tie line meets the liquidus at 30 wt% B and "
    "the solidus at 50 wt% B. What mass fraction of the alloy is solid α?"
)
PEARLITE_Q = (
    "A 0.40 wt% C steel is cooled slowly. What fraction of it is proeutectoid ferrite? Take the "
    "eutectoid at 0.76 wt% C and ferrite at 0.022 wt% C."
)

SUBJECT_RIGHT = [
    (
        LEVER_Q,
        "W_α = (40 − 30)/(50 − 30) = 10/20 = 0.50\n\n**Final Answer:** 50 % (0.50) of the alloy "
        "is solid α.",
    ),
    (
        LEVER_Q,
        "W_α = (40 − 30)/(50 − 30) = 10/20 = 0.50\n\n**Final Answer:** 0.50 (50 %) of the alloy "
        "is solid α.",
    ),
    (
        PEARLITE_Q,
        "W_α' = (0.76 − 0.40)/(0.76 − 0.022) = 0.36/0.738 = 0.488\n\n**Final Answer:** 0.488 "
        "(= 48.8 %) is proeutectoid α.",
    ),
]


@pytest.mark.parametrize(("question", "response"), SUBJECT_RIGHT)
def test_value_restated_in_bracket_as_subject_is_not_flagged(question: str, response: str) -> None:
    _not_flagged(question, response)


def test_formula_in_free_symbol_is_still_flagged() -> None:
    # no value leads the sentence: the answer is a formula in an unknown symbol
    response = "W_α = (40 − 30)/(50 − 30)\n\n**Final Answer:** W = (C_0 − C_L)/(C_α − C_L)"
    assert "formula" in _flagged(LEVER_Q, response)
