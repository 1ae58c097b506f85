"""Reading classes of worked answers that a correct solution must pass: statements that restart
after a comma or a full stop, signed numbers with spaced thousands, an asked unit divided by a
'per <unit>' in the same question, a bracketed restatement of a value, and an answer given as a
magnitude. Each has a look-alike that must still be flagged."""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.expression import evaluate_segment


def test_signed_number_with_spaced_thousands_and_decimals_is_one_number() -> None:
    assert abs(evaluate_segment("−2 310.4 + 410.4").value.magnitude - (-1900.0)) < 1e-9
    assert abs(evaluate_segment("3 120.5 − 20.5").value.magnitude - 3100.0) < 1e-9
    assert abs(evaluate_segment("-4 005 kJ").value.magnitude - (-4005.0)) < 1e-9


def test_signed_spaced_thousands_in_a_sum_hold() -> None:
    q = "Find the reaction enthalpy, in kJ, from ΔH_f = −2 310.4 kJ and −410.4 kJ."
    ok = check_answer(q, "ΔH = −2 310.4 − (−410.4) = −1 900.0 kJ. Answer: −1900 kJ")
    assert ok.verdict != "flagged", ok
    bad = check_answer(q, "ΔH = −2 310.4 − (−410.4) = −1 700.0 kJ. Answer: −1700 kJ")
    assert bad.verdict == "flagged", bad


def test_asked_unit_divided_by_a_per_unit_in_the_same_sentence() -> None:
    q = (
        "Burning the fuel releases 4 200 kJ for every 0.150 kg. How much energy, in MJ, does "
        "it release per kilogram of fuel?"
    )
    ok = check_answer(q, "E = 4 200 kJ/0.150 kg = 28 000 kJ/kg = 28.0 MJ/kg. Answer: 28.0 MJ/kg")
    assert ok.verdict != "flagged", ok
    assert all(c.name != "dimension" or c.passed for c in ok.checks)


def test_asked_energy_answered_as_a_power_is_still_flagged() -> None:
    q = (
        "Burning the fuel releases 4 200 kJ for every 0.150 kg. How much energy, in MJ, does "
        "it release per kilogram of fuel?"
    )
    bad = check_answer(q, "P = 4 200 kJ/0.150 s = 28 000 kW = 28.0 MJ/s. Answer: 28.0 MJ/s")
    assert bad.verdict == "flagged", bad


def test_comma_or_full_stop_before_a_new_assignment_starts_a_new_statement() -> None:
    from matsci_jupyter.engines.answer.prose import clauses

    line = "S = 4 · 5 + 2 · 7 = 34 cm^2, V/S = 0.82 cm. τ = 2.0 h · (0.82/0.5)^2 = 5.38 h."
    assert clauses(line) == [
        "S = 4 · 5 + 2 · 7 = 34 cm^2",
        "V/S = 0.82 cm",
        "τ = 2.0 h · (0.82/0.5)^2 = 5.38 h.",
    ]
    # a list of numbers before an '=' is not a new left side
    assert len(clauses("the roots are 4, 9 = 3^2")) == 1


def test_separate_statements_on_one_line_are_each_checked() -> None:
    q = "A plate solidifies in 2.0 min. Estimate the solidification time of the block."
    ok = check_answer(
        q,
        "S = 4 · 5 + 2 · 7 = 34 cm^2, V/S = 0.82 cm. τ = 2.0 min · (0.82/0.5)^2 = 5.38 min. Answer: 5.38 min",
    )
    assert ok.verdict != "flagged", ok
    # the look-alike: the second statement itself is wrong
    bad = check_answer(
        q,
        "S = 4 · 5 + 2 · 7 = 34 cm^2, V/S = 0.82 cm. τ = 2.0 min · (0.82/0.5)^2 = 7.38 min. Answer: 7.38 min",
    )
    assert bad.verdict == "flagged", bad
    assert "7.38" in bad.reason


def test_bracketed_restatement_of_a_value_is_not_a_factor() -> None:
    from matsci_jupyter.engines.answer.restated import without_restatement

    assert without_restatement(" 2 500 nm (2.5 μm).", last=True) == " 2 500 nm"
    assert without_restatement(" 0.40 m (40 cm)", last=False) == " 0.40 m"
    # not equal and not the end of the chain: left as written
    assert without_restatement(" 0.40 m (4.0 cm)", last=False) == " 0.40 m (4.0 cm)"
    # two bracketed factors are a product
    assert without_restatement(" (15 N)(2 m)", last=True) == " (15 N)(2 m)"
    q = "A rod of 50 μm diameter has an aspect ratio of 50. What is its length, in μm?"
    ok = check_answer(q, "L = 50 · 50 μm = 2 500 μm (2.5 mm). Answer: 2500 μm")
    assert ok.verdict != "flagged", ok


def test_a_wrong_value_before_a_restatement_is_still_flagged() -> None:
    q = "A rod of 50 μm diameter has an aspect ratio of 50. What is its length, in μm?"
    bad = check_answer(q, "L = 50 · 50 μm = 3 500 μm (3.5 mm). Answer: 3500 μm")
    assert bad.verdict == "flagged", bad


_OVERPOTENTIAL = (
    "Zinc is deposited (n = 2) at 25 °C under diffusion control. What is the magnitude of the "
    "concentration overpotential, in mV, at 80 % of the limiting current density?"
)


def test_final_answer_as_the_magnitude_asked_is_the_own_result() -> None:
    ok = check_answer(
        _OVERPOTENTIAL,
        "η = 0.05916/2 · log(1 − 0.80) = 0.02958 · (−0.699) = −0.02068 V.\nAnswer: 20.7 mV",
    )
    assert all(c.name != "own result" or c.passed for c in ok.checks), ok
    assert ok.verdict != "flagged", ok
    # the response's own closing words may say it gives the size
    said = check_answer(
        _OVERPOTENTIAL.replace("the magnitude of the", "the"),
        "η = 0.05916/2 · log(1 − 0.80) = −0.02068 V; in absolute terms 20.7 mV.\nAnswer: 20.7 mV",
    )
    assert all(c.name != "own result" or c.passed for c in said.checks), said


def test_sign_dropped_without_magnitude_words_is_still_flagged() -> None:
    q = (
        "Zinc is deposited (n = 2) at 25 °C under diffusion control. What is the concentration "
        "overpotential, in mV, at 80 % of the limiting current density?"
    )
    bad = check_answer(
        q, "η = 0.05916/2 · log(1 − 0.80) = 0.02958 · (−0.699) = −0.02068 V.\nAnswer: 20.7 mV"
    )
    assert bad.verdict == "flagged", bad
    # magnitude asked, but the size itself differs from the own result
    wrong = check_answer(
        _OVERPOTENTIAL,
        "η = 0.05916/2 · log(1 − 0.80) = 0.02958 · (−0.699) = −0.02068 V.\nAnswer: 27.0 mV",
    )
    assert wrong.verdict == "flagged", wrong


def test_tex_empty_delimiters_carry_no_decimal_point() -> None:
    # '\left.' and '\right.' are TeX's invisible delimiters: the dot is not the start of '.1'
    q = "A gas exerts 250 Pa on a wall. What force, in N, acts on 2.0 m^2 of it?"
    identity = (
        r"(using $1 \mathrm{~Pa}=$ $\left.VALUE \mathrm{~N} \mathrm{~m}^{-2}"
        r"=1 \mathrm{~J} \mathrm{~m}^{-3}\right)$"
    )
    ok = check_answer(
        q, "Substitution gives F = 500 N " + identity.replace("VALUE", "1") + ". Answer: 500 N"
    )
    assert ok.verdict != "flagged", ok
    bad = check_answer(
        q, "Substitution gives F = 500 N " + identity.replace("VALUE", "10") + ". Answer: 500 N"
    )
    assert bad.verdict == "flagged", bad
    assert any("10 N" in c.message for c in bad.checks if not c.passed), bad


def test_exponents_of_units_are_not_values() -> None:
    from matsci_jupyter.engines.answer.expression import numbers_with_units

    written = [
        text
        for _q, text, _s in numbers_with_units("J = 3.0e-8 kg m^-2 s^-1 = 0.108 kg m**-2 h**-1")
    ]
    assert written == ["3.0e-8 kg m^-2 s^-1", "0.108 kg m**-2 h**-1"]
    assert [t for _q, t, _s in numbers_with_units("Answer: 2.5e-12 m**2/s")] == ["2.5e-12 m**2/s"]
    # a subtraction after a power is still a number: 'x^2 - 9 = 0'
    assert [t for _q, t, _s in numbers_with_units("x^2 - 9 = 0")][-2:] == ["9", "0"]


def test_a_flux_converted_per_hour_and_a_python_style_unit_pass() -> None:
    q = (
        "Hydrogen crosses a 5.0 mm membrane in steady state; the concentrations at its faces are "
        "2.0 and 0.5 kg/m^3 and D = 1.0 × 10^-10 m^2/s. What is the flux in kg m^-2 h^-1?"
    )
    ok = check_answer(
        q,
        "J = 1.0e-10 · (2.0 − 0.5)/0.005 = 3.0e-8 kg m^-2 s^-1 = 1.08e-4 kg m^-2 h^-1. "
        "Answer: 1.08e-4 kg/(m**2*hour)",
    )
    assert ok.verdict != "flagged", ok
    bad = check_answer(
        q,
        "J = 1.0e-10 · (2.0 − 0.5)/0.005 = 3.0e-8 kg m^-2 s^-1 = 1.08e-6 kg m^-2 h^-1. "
        "Answer: 1.08e-6 kg/(m**2*hour)",
    )
    assert bad.verdict == "flagged", bad


_SHRINK = (
    "A brass rod 20 mm in diameter is loaded in tension with 40 kN; E = 100 GPa and Poisson's "
    "ratio 0.34. By how much does its diameter change, in µm?"
)


def test_a_decrease_stated_in_words_is_the_signed_step_result() -> None:
    # ε_z = 40 000/(π·10²)/100 000 = 1.2732e-3; ε_x = −0.34·ε_z = −4.329e-4; Δd = −8.658e-3 mm
    steps = (
        "σ = 40 000 N / (π × 10^2 mm^2) = 127.32 MPa\n"
        "ε_z = 127.32/100 000 = 1.2732 × 10^-3\n"
        "ε_x = -0.34 × 1.2732 × 10^-3 = -4.329 × 10^-4\n"
        "Δd = ε_x d₀ = -4.329 × 10^-4 × 20 mm = -8.658 × 10^-3 mm\n"
    )
    ok = check_answer(_SHRINK, steps + "Final Answer: the diameter decreases by about 8.66 μm")
    assert all(c.name != "own result" or c.passed for c in ok.checks), ok
    assert ok.verdict != "flagged", ok
    # look-alikes: the direction word with another size, and an increase of the same size
    wrong = check_answer(_SHRINK, steps + "Final Answer: the diameter decreases by about 6.66 μm")
    assert wrong.verdict == "flagged", wrong
    grows = check_answer(_SHRINK, steps + "Final Answer: the diameter increases to 8.66 μm")
    assert any(c.name == "own result" and not c.passed for c in grows.checks), grows


_PROEUTECTOID = (
    "A hypoeutectoid steel contains 30 % proeutectoid ferrite. Taking the eutectoid at 0.76 wt% C "
    "and ferrite at 0.022 wt% C, what is its carbon content in wt%?"
)


def test_gives_starts_a_new_statement() -> None:
    """'0.30 = (…)/(…) gives C₀ = …': the equation solved and the value it gives are two statements."""
    ok = check_answer(
        _PROEUTECTOID,
        "W_α' = 0.30 = (0.76 - C₀)/(0.76 - 0.022) gives C₀ = 0.76 - 0.30 · 0.738 = 0.539 wt% C.\n"
        "Answer: 0.539 wt% C",
    )
    assert ok.verdict != "flagged", ok
    bad = check_answer(
        _PROEUTECTOID,
        "W_α' = 0.30 = (0.76 - C₀)/(0.76 - 0.022) gives C₀ = 0.76 - 0.30 · 0.738 = 0.639 wt% C.\n"
        "Answer: 0.639 wt% C",
    )
    assert bad.verdict == "flagged", bad
