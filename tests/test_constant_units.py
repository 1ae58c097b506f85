"""Constants written in an energy unit other than the one the response works in, and constants with
a wrong power of ten (constant_units, check_answer._constant_checks)."""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.constant_units import mixed_unit_constant


def _constants_failed(answer) -> bool:
    return any(c.name == "constants" and not c.passed for c in answer.checks)


def test_gas_constant_in_calories_with_joule_energies() -> None:
    lines = ["Q = 250 kJ/mol", "Q/(RT) = 250 000/(1.987 × 900), taking R = 1.987", "= 139.8"]
    check = mixed_unit_constant("Activation energy 250 kJ/mol at 900 K.", lines)
    assert check is not None and not check.passed
    assert "8.314" in check.message


def test_gas_constant_in_calories_is_fine_with_calorie_energies() -> None:
    lines = ["Q = 60 kcal/mol", "R = 1.987", "Q/(RT) = 60 000/(1.987 × 900) = 33.55"]
    assert mixed_unit_constant("Activation energy 60 kcal/mol at 900 K.", lines) is None


def test_gas_constant_in_joules_with_joule_energies_is_fine() -> None:
    lines = ["R = 8.314 J/(mol K)", "Q/(RT) = 250 000/(8.314 × 900) = 33.4"]
    assert mixed_unit_constant("Activation energy 250 kJ/mol at 900 K.", lines) is None


def test_boltzmann_in_ev_with_joule_energies() -> None:
    lines = ["E = 2.4 × 10⁻¹⁹ J", "k = 8.617 × 10^-5", "E/(kT) = 2.4e-19/(8.617e-5 × 600)"]
    check = mixed_unit_constant("A level 2.4 × 10^-19 J above the band edge at 600 K.", lines)
    assert check is not None and not check.passed


def test_both_families_mentioned_is_not_judged() -> None:
    lines = ["E = 1.5 eV = 2.4 × 10⁻¹⁹ J", "k = 8.617 × 10^-5", "E/(kT) = 1.5/(8.617e-5 × 600)"]
    assert mixed_unit_constant("A level 1.5 eV above the band edge at 600 K.", lines) is None


def test_permeability_with_wrong_exponent_is_flagged() -> None:
    question = "A long solenoid has 500 turns per metre, a current of 2 A and an iron core of μ_r = 400. Find B in T."
    response = "H = nI = 1 000 A/m\n\nWith μ₀ = 1.257 × 10⁻⁵ H/m:\n\nB = μ₀ μ_r H = 1.257e-5 × 400 × 1000 = 5.03 T"
    assert _constants_failed(check_answer(question, response))
    good = response.replace("10⁻⁵", "10⁻⁶").replace("1.257e-5", "1.257e-6").replace("5.03", "0.503")
    assert not _constants_failed(check_answer(question, good))


def test_nernst_prefactor_without_2303_on_base_ten_log() -> None:
    from matsci_jupyter.engines.answer.nernst_log import nernst_log_check

    question = (
        "A copper electrode is in 0.010 M Cu²⁺ at 25 °C; E° = 0.34 V. Find the electrode potential."
    )
    lines = [
        "E = E° + (RT/2F) log[Cu²⁺]",
        "RT/2F = 0.01285 V, log(0.010) = -2.000",
        "E = 0.34 + 0.01285 × (-2.000) = 0.314 V",
    ]
    check = nernst_log_check(question, lines)
    assert check is not None and not check.passed
    right = ["E = E° + (0.0592/2) log[Cu²⁺]", "log(0.010) = -2.000", "E = 0.34 - 0.0592 = 0.281 V"]
    assert nernst_log_check(question, right) is None
    natural = ["E = E° + (RT/2F) ln[Cu²⁺]", "ln(0.010) = -4.605", "E = 0.34 - 0.0592 = 0.281 V"]
    assert nernst_log_check(question, natural) is None
    swapped = ["E = E° + (0.0592/2) ln[Cu²⁺]", "ln(0.010) = -4.605", "E = 0.34 - 0.136 = 0.204 V"]
    check = nernst_log_check(question, swapped)
    assert check is not None and not check.passed


def test_arrhenius_slope_read_with_the_wrong_log_base() -> None:
    from matsci_jupyter.engines.answer.log_base import log_base_check
    from matsci_jupyter.units import get_registry

    q = get_registry().Quantity
    natural = "A plot of ln k against 1/T has a slope of −1.20 × 10⁴ K. Find the activation energy in kJ/mol."
    assert not log_base_check(natural, q(229.8, "kJ/mol")).passed  # 2.303 × 8.314 × 12 000
    assert log_base_check(natural, q(99.8, "kJ/mol")) is None  # 8.314 × 12 000
    common = "A plot of log₁₀ k against 1/T has a slope of −1.20 × 10⁴ K. Find the activation energy in kJ/mol."
    assert not log_base_check(common, q(99.8, "kJ/mol")).passed
    assert log_base_check(common, q(229.8, "kJ/mol")) is None
    assert (
        log_base_check(common, q(150.0, "kJ/mol")) is None
    )  # neither: another error, not this one


def test_nernst_product_equal_to_a_prefactor_is_not_a_prefactor() -> None:
    from matsci_jupyter.engines.answer.nernst_log import nernst_log_check

    question = "Find the electrode potential of zinc in 5.0 × 10⁻³ M Zn²⁺ at 25 °C; E° = −0.763 V."
    lines = [
        "E = E° + (RT)/(nF)log[Zn^(2+)]",
        "At 25 °C, (RT)/(F) = ((8.314)(298))/(96 485) = 0.0257 V, so (RT)/(2F) = 0.01285 V.",
        "log(5.0 × 10^-3) = -2.301",
        "E = -0.763 + (0.01285)(-2.301) = -0.763 - 0.0296 = -0.793 V",
    ]
    check = nernst_log_check(question, lines)
    assert check is not None and not check.passed


def test_rt_over_f_labelled_with_the_log10_value() -> None:
    from matsci_jupyter.engines.answer.nernst_log import nernst_log_check

    question = "At 25 °C, below what Cu²⁺ concentration does the cell potential vanish?"
    wrong = ["ln Q = nFΔE°/(RT) = (2 × 0.10)/(0.0592) = 3.38", "(using RT/F = 0.0592 V at 25 °C)"]
    check = nernst_log_check(question, wrong)
    assert check is not None and not check.passed
    right = ["using 2.303 RT/F = 0.0592 V at 25 °C", "log Q = 2 × 0.10/0.0592 = 3.38"]
    assert nernst_log_check(question, right) is None
