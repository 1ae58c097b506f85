"""check_answer: three classes of false alarms on correct reference solutions (set R, helper chk11).

1. a calculation in bare numbers gives its result in the written unit without its prefix
   ('Q = 1.987 × 4.261/2.929 × 10^-4 = 28.9 kcal/mol' with R = 1.987 cal/(mol·K)): 28 906 cal/mol
   is 28.9 kcal/mol; a result off by the prefix the other way, or with no prefix to explain it, is
   still flagged with the value the calculation gives;
2. a chain 'stated value = bare conversion = mantissa × 10^k unit' ('33.9 GPa = 33.9/6.895 =
   4.92 × 10^6 psi'): the bare calculation gives the number of 10^6 psi; a conversion that gives
   neither the number nor the mantissa is still flagged;
3. a mega- or giga- symbol written with a capital and small letters ('Mpsi', 'Mbar') is that unit,
   not a capitalised word read as milli-psi.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer import check_answer
from matsci_jupyter.engines.answer.step_check import _side


def _flagged(question: str, response: str) -> str:
    result = check_answer(question, response)
    assert result.verdict == "flagged", (result.verdict, [str(c) for c in result.checks])
    return result.reason or ""


def _not_flagged(question: str, response: str) -> None:
    result = check_answer(question, response)
    assert result.verdict != "flagged", result.reason


# ------------------------------------------------- 1. bare numbers in the unit without its prefix
ARRHENIUS_Q = (
    "The diffusion coefficient is 5.5 × 10^-14 m^2/s at 600 °C and 3.9 × 10^-12 m^2/s at 900 °C. "
    "Taking R = 1.987 cal/(mol·K), find the activation energy in kcal/mol."
)
PREFIX_RIGHT = [
    (
        ARRHENIUS_Q,
        "ln(3.9 × 10^-12/5.5 × 10^-14) = 4.261; 1/873.15 − 1/1173.15 = 2.929 × 10^-4 K^-1. "
        "Q = 1.987 × 4.261/2.929 × 10^-4 = 28.9 kcal/mol. Answer: 28.91 kcal/mol.",
    ),
    (
        "A gas does work against a constant pressure of 2.0 × 10^5 Pa while its volume grows by "
        "0.015 m^3. How much work does it do, in kJ?",
        "W = p ΔV. W = 2.0 × 10^5 × 0.015 = 3.0 kJ. Final answer: 3.0 kJ",
    ),
    (
        "A steel rod of cross-section 2.5 × 10^-4 m^2 carries an axial load of 40 000 N. "
        "What is the stress in MPa?",
        "The stress is the load over the area: σ = 40000/2.5 × 10^-4 = 160 MPa. Answer: 160 MPa",
    ),
]


@pytest.mark.parametrize(("question", "response"), PREFIX_RIGHT)
def test_a_bare_calculation_in_the_unprefixed_unit_is_not_flagged(question, response):
    _not_flagged(question, response)


def test_a_bare_result_off_by_the_prefix_the_other_way_is_flagged():
    reason = _flagged(
        ARRHENIUS_Q,
        "ln(3.9 × 10^-12/5.5 × 10^-14) = 4.261; 1/873.15 − 1/1173.15 = 2.929 × 10^-4 K^-1. "
        "Q = 1.987 × 4.261/2.929 × 10^-7 = 28.9 kcal/mol. Answer: 28.9 kcal/mol.",
    )
    assert "2.891×10^7" in reason


def test_a_bare_result_stated_in_an_unprefixed_unit_is_flagged():
    reason = _flagged(
        ARRHENIUS_Q.replace("in kcal/mol", "in cal/mol"),
        "ln(3.9 × 10^-12/5.5 × 10^-14) = 4.261; 1/873.15 − 1/1173.15 = 2.929 × 10^-4 K^-1. "
        "Q = 1.987 × 4.261/2.929 × 10^-4 = 28.9 cal/mol. Answer: 28.9 cal/mol.",
    )
    assert "28910" in reason


# ---------------------------------------------- 2. a conversion that gives the next mantissa
MPSI_Q = (
    "A unidirectional glass-fibre/epoxy composite has 45 vol% E-glass fibres (E = 72.5 GPa) in "
    "epoxy (E = 2.4 GPa). Compute the longitudinal modulus and express it in units of 10^6 psi."
)
MANTISSA_RIGHT = [
    (
        MPSI_Q,
        "E_cl = 0.55 × 2.4 + 0.45 × 72.5 = 33.9 GPa = 33.9/6.895 = 4.92 × 10⁶ psi. "
        "Answer: 4.92 × 10^6 psi.",
    ),
    (
        "A steel has a modulus of 207 GPa. Express it in units of 10^6 psi.",
        "E = 207 GPa = 207/6.895 = 30.0 × 10^6 psi. Answer: 30.0 × 10^6 psi",
    ),
    (
        "A polymer film is 25 μm thick. What is its thickness in units of 10^-3 inch?",
        "t = 25 μm = 25/25.4 = 0.984 × 10^-3 inch. Final answer: 0.984 × 10^-3 inch",
    ),
]


@pytest.mark.parametrize(("question", "response"), MANTISSA_RIGHT)
def test_a_conversion_giving_the_next_mantissa_is_not_flagged(question, response):
    _not_flagged(question, response)


def test_a_conversion_giving_neither_number_nor_mantissa_is_flagged():
    reason = _flagged(
        MPSI_Q,
        "E_cl = 0.55 × 2.4 + 0.45 × 72.5 = 33.9 GPa = 33.9/6.895 = 4.52 × 10⁶ psi. "
        "Answer: 4.52 × 10^6 psi.",
    )
    assert "4.917" in reason


# ------------------------------------------------------------- 3. mega- symbols read as written
@pytest.mark.parametrize(
    ("text", "unit", "factor"),
    [("4.923 Mpsi", "psi", 1e6), ("2.0 Mbar", "bar", 1e6), ("1.5 Gbar", "bar", 1e9)],
)
def test_a_capitalised_prefix_symbol_keeps_its_prefix(text, unit, factor):
    seg = _side(text, {})
    assert seg.value is not None
    assert float(seg.value.to(unit).magnitude) == pytest.approx(float(text.split()[0]) * factor)


@pytest.mark.parametrize("word", ["Joule", "Kelvin", "Pascal"])
def test_a_capitalised_unit_word_still_reads_as_the_word(word):
    seg = _side(f"3.0 {word}", {})
    assert seg.value is not None and seg.has_units
    assert float(seg.value.magnitude) == pytest.approx(3.0)


def test_the_answer_in_mpsi_is_compared_as_mega_psi():
    _not_flagged(
        MPSI_Q,
        "E_cl = 0.55 × 2.4 + 0.45 × 72.5 = 33.9 GPa = 33.9/6.895 = 4.92 × 10⁶ psi. "
        "Answer: 4.923 Mpsi.",
    )
