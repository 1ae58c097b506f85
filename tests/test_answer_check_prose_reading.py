"""check_answer reading the final answer of real-looking prose: forms that hid the value or misread it.

Classes (our own wording and numbers, not taken from any data set):
- a remark after the value ('…, which is about 2 times the earlier estimate', '(twice the speed of
  sound)') is not part of it;
- a ratio written 'a : b' is a / b;
- 'zero' as the stated value;
- a value restated in brackets ('0.0982 (9.82 %)'): the first is the answer, and two brackets that
  disagree are two answers;
- a Miller index ('(111) planes') beside the value is a label, not a number;
- an empty response gives no answer;
- an energy asked for a mole answered with one particle's (N_A times too small), in prose and in
  a program.
"""

from __future__ import annotations

import pytest

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.prose import (
    final_answer,
    response_lines,
    unit_letters,
    value_phrase,
)

N_Q = "A projectile's new range is n times the old one. What is the value of n?"


def test_a_remark_after_the_final_value_is_not_the_value():
    right = "n = 9/2 = 4.5\nFinal Answer: n = 4.5, which is about 2 times the earlier estimate."
    a = check_answer(N_Q, right)
    assert a.verdict == "consistent" and float(a.quantity.magnitude) == pytest.approx(4.5)
    wrong = "n = 9/2 = 4.5\nFinal Answer: n = 45, which is about 2 times the earlier estimate."
    b = check_answer(N_Q, wrong)
    assert b.verdict == "flagged" and "own result" in b.reason


def test_value_phrase_cuts_remarks_but_keeps_units_and_restatements():
    assert (
        value_phrase("approximately 680 m/s (2.0 times the speed of sound)")
        == "approximately 680 m/s"
    )
    assert value_phrase("680 m/s, which is close to 2 Mach") == "680 m/s"
    assert value_phrase("0.0982 (9.82 %)") == "0.0982 (9.82 %)"
    assert value_phrase("4.96 (in µs)") == "4.96 (in µs)"
    # before any number nothing is cut: the value has not been stated yet
    assert value_phrase("the value, which is close to the limit, is 5 m") == (
        "the value, which is close to the limit, is 5 m"
    )


def test_a_concluding_sentence_with_a_remark_reads_the_value_before_it():
    lines = response_lines(
        "v = 340 × 2 = 680 m/s\nThe speed of the wave is approximately 680 m/s in air, which is "
        "close to 2 Mach."
    )
    final = final_answer(lines)
    assert final is not None and "680" in final.text and "Mach" not in final.text


AREA_Q = "Two discs have radii in the ratio 1:2. What is the ratio of their areas A_1/A_2?"


@pytest.mark.parametrize(
    "closing",
    ["Final Answer: 1 : 4", "Final Answer: 1:4", "The ratio of the areas is therefore 1 : 4."],
)
def test_a_ratio_written_with_a_colon_is_a_quotient(closing):
    a = check_answer(AREA_Q, "A_1/A_2 = (1/2)^2 = 0.25\n" + closing)
    assert a.verdict == "consistent"
    assert float(a.quantity.magnitude) == pytest.approx(0.25)


FORCE_Q = "Two forces act on a block. What is the net force on the block, in N?"


def test_zero_written_as_a_word_is_the_final_value():
    right = check_answer(
        FORCE_Q, "F_net = 3.0 N - 3.0 N = 0 N\nFinal Answer: The net force is zero."
    )
    assert right.verdict == "consistent" and float(right.quantity.magnitude) == 0
    wrong = check_answer(
        FORCE_Q, "F_net = 3.0 N - 2.0 N = 1.0 N\nFinal Answer: The net force is zero."
    )
    assert wrong.verdict == "flagged" and "own result" in wrong.reason
    closing = check_answer(
        FORCE_Q, "F_net = 3.0 N - 3.0 N = 0 N\nSo the net force is equal to zero."
    )
    assert closing.verdict == "consistent" and float(closing.quantity.magnitude) == 0


VAC_Q = "The equilibrium vacancy fraction is f = exp(-Q/kT). What is f for Q = 0.2 eV at 1000 K?"
VAC_STEPS = "f = exp(-0.2/(8.617e-5 × 1000)) = exp(-2.321) = 0.0982\n"


def test_a_value_restated_in_brackets_is_read_once():
    a = check_answer(VAC_Q, VAC_STEPS + "Final Answer: 0.0982 (9.82 %)")
    assert a.verdict == "consistent" and float(a.quantity.magnitude) == pytest.approx(0.0982)
    b = check_answer(VAC_Q, VAC_STEPS + "Final Answer: 0.0982 (0.982 %)")
    assert b.verdict == "flagged" and "two different values" in b.reason and "9.82" in b.reason


def test_a_bracket_restating_a_length_in_another_unit_is_not_a_second_answer():
    q = "A wire stretches under load. By how much does it stretch, in m?"
    text = "ΔL = 2.0 × 0.0025 = 0.005 m\nFinal Answer: 5.0 × 10^-3 m (5.0 mm)"
    assert check_answer(q, text).verdict == "consistent"


D_Q = "Copper is FCC with a = 0.3615 nm. Compute the interplanar spacing of the (111) planes in nm."
D_STEPS = "d = a/√(1^2+1^2+1^2) = 0.3615/√3 = 0.2087 nm\n"


@pytest.mark.parametrize(
    "closing", ["Final Answer: (111) planes, {} nm", "Final Answer: {} nm for the (111) planes"]
)
def test_a_miller_index_beside_the_final_value_is_a_label(closing):
    right = check_answer(D_Q, D_STEPS + closing.format("0.2087"))
    assert right.verdict == "consistent" and float(right.quantity.magnitude) == pytest.approx(
        0.2087
    )
    wrong = check_answer(D_Q, D_STEPS + closing.format("2.087"))
    assert wrong.verdict == "flagged" and "own result" in wrong.reason


def test_an_empty_response_gives_no_answer():
    a = check_answer("Light of wavelength 400 nm. What is the photon energy in eV?", "  \n")
    assert a.verdict == "flagged" and "empty" in a.reason
    assert a.check("final value") is not None and not a.check("final value").passed


MOLE_Q = "Find the mean translational kinetic energy of one mole of helium at 400 K, in J."


def test_a_particle_energy_answered_for_a_mole_is_flagged():
    wrong = "E = (3/2) k T = 1.5 × 1.381e-23 × 400 = 8.29 × 10^-21 J\nFinal Answer: 8.29 × 10^-21 J"
    a = check_answer(MOLE_Q, wrong)
    assert a.verdict == "flagged" and "energy of a mole" in a.reason and "4992 J" in a.reason
    right = "E = (3/2) R T = 1.5 × 8.314 × 400 = 4988 J\nFinal Answer: 4988 J"
    assert check_answer(MOLE_Q, right).verdict != "flagged"


def test_a_particle_energy_asked_per_molecule_is_not_flagged():
    q = "One mole of helium is at 400 K. What is the mean kinetic energy per molecule, in J?"
    text = "E = (3/2) k T = 1.5 × 1.381e-23 × 400 = 8.29 × 10^-21 J\nFinal Answer: 8.29 × 10^-21 J"
    assert check_answer(q, text).verdict != "flagged"


def test_a_program_returning_a_particle_energy_for_a_mole_is_flagged():
    wrong = "def solve():\n    k = 1.381e-23\n    T = 400\n    return 1.5 * k * T\n"
    a = check_answer(MOLE_Q, wrong)
    if a.verdict == "not checked" and "not run" in (a.reason or ""):
        pytest.skip(f"no sandbox here: {a.reason}")
    assert a.verdict == "flagged" and "energy of a mole" in a.reason
    right = "def solve():\n    R = 8.314\n    T = 400\n    return 1.5 * R * T\n"
    assert check_answer(MOLE_Q, right).verdict != "flagged"


# ------------------------------------------------------------------ farad and henry written bare
CAP_Q = (
    "A parallel-plate capacitor with plates of area 0.020 m^2, 0.50 mm apart, is filled with a "
    "dielectric of constant 4.0. What is its capacitance?"
)


@pytest.mark.parametrize(
    "eps",
    ["8.85 × 10^-12 F/m × 0.020 m^2 / (0.50 × 10^-3 m)", "8.85 × 10^-12 × 0.020 / (0.50 × 10^-3)"],
)
def test_a_bare_F_after_a_number_is_farad_where_capacitance_is_asked(eps):
    right = f"C = κ ε_0 A/d = 4.0 × {eps} = 1.42 × 10^-9 F\nFinal Answer: 1.42 × 10^-9 F"
    a = check_answer(CAP_Q, right)
    assert a.verdict == "consistent" and "farad" in format(a.quantity.units, "D")
    wrong = right.replace("10^-9", "10^-7")
    b = check_answer(CAP_Q, wrong)
    assert b.verdict == "flagged" and b.reason.startswith("arithmetic")


IND_Q = (
    "A solenoid of 500 turns, 0.20 m long, with cross-section 1.0e-4 m^2, has an iron core of "
    "relative permeability 200. What is its inductance?"
)


def test_henry_and_henry_per_metre_are_read_where_inductance_is_asked():
    right = (
        "L = μ_r μ_0 N^2 A / l = 200 × 1.257e-6 H/m × 500^2 × 1.0e-4 m^2 / 0.20 m = 0.0314 H\n"
        "Final Answer: 0.0314 H"
    )
    a = check_answer(IND_Q, right)
    assert a.verdict == "consistent" and "henry" in format(a.quantity.units, "D")
    b = check_answer(IND_Q, right.replace("0.0314", "0.314"))
    assert b.verdict == "flagged" and b.reason.startswith("arithmetic")


def test_F_stays_a_symbol_where_a_force_is_spoken_of():
    q = "A capacitor's plates attract. If the charge doubles, the force becomes n times larger. What is n?"
    a = check_answer(q, "F' = 4F\nFinal Answer: 4")
    assert a.verdict != "flagged"
    lines = unit_letters(q, ["F' = 4F", "Final Answer: 4"])
    assert lines == ["F' = 4F", "Final Answer: 4"]


def test_F_and_H_are_not_read_as_units_off_their_topic():
    q = "Water at 68 F is heated by 10 F. What is its final temperature in F?"
    assert unit_letters(q, ["T = 68 + 10 = 78 F"]) == ["T = 68 + 10 = 78 F"]
    # Planck's h and a frequency f do not hide the topic's units
    cap = "What is the capacitance of the capacitor in pF?"
    assert unit_letters(cap, ["f = 50 Hz, h = 6.6e-34", "C = 2.0e-12 F"])[-1] == "C = 2.0e-12 farad"


# ------------------------------------------------------------------ a letter standing for a number
LAMP_Q = (
    "A heater is wired in series with an inductor of inductance L mH across a 230 V, 50 Hz "
    "supply; the heater takes 1000 W at 115 V. What is the phase angle φ, in degrees?"
)


def test_a_final_formula_in_the_question_s_placeholder_letter_gives_no_number():
    wrong = "X_L = 2π(50)(L mH)\nFinal Answer: φ = tan^-1 ((2π·50·L mH)/(13.2))"
    a = check_answer(LAMP_Q, wrong)
    assert a.verdict == "flagged" and "formula in L" in a.reason
    right = "cos φ = 115/230 = 0.5\nFinal Answer: φ = 60°"
    assert check_answer(LAMP_Q, right).verdict != "flagged"


def test_the_placeholder_that_is_asked_for_is_no_free_symbol():
    from matsci_jupyter.engines.answer.answer_form import placeholders

    assert placeholders("The inductance is L mH. What is the value of L?") == []
    assert placeholders("a capacitor of capacitance C μF is charged") == ["C"]


# ------------------------------------------------------------------ aligned TeX and spaced units
ROOM_Q = "A box of air is 2.0 m by 3.0 m by 2.5 m. What does the air weigh (density 1.20 kg/m^3)?"


def test_an_aligned_calculation_continued_with_equals_signs_is_one_chain():
    right = (
        "\\begin{aligned} W & = \\rho V g \\\\ & = (1.20 \\mathrm{~kg} / \\mathrm{m}^3)"
        "(2.0 \\mathrm{~m} \\times 3.0 \\mathrm{~m} \\times 2.5 \\mathrm{~m})(9.8 \\mathrm{~m} / "
        "\\mathrm{s}^2) \\\\ & = 176 \\mathrm{~N} \\end{aligned}"
    )
    a = check_answer(ROOM_Q, right)
    assert a.verdict == "consistent", a.steps
    b = check_answer(ROOM_Q, right.replace("176", "17.6"))
    assert b.verdict == "flagged" and "176.4" in b.reason


def test_a_unit_with_a_spaced_slash_is_one_unit():
    from matsci_jupyter.engines.answer.expression import evaluate_segment

    seg = evaluate_segment("(1.20 kg / m^3)(9.8 m / s^2)")
    assert seg.value is not None
    assert format(seg.value.units, "D") == "kilogram / meter ** 2 / second ** 2"
    # a slash before a number still divides by it
    assert float(evaluate_segment("10 N / 2 kg").value.magnitude) == pytest.approx(5.0)


# ------------------------------------------------------------------ TeX degrees, a result introduced
def test_a_tex_degree_sign_is_read_as_degrees_not_a_power():
    lines = response_lines("$T = 25^{\\circ} \\mathrm{C}$ and $\\theta = 55{ }^{\\circ}$, $x^{2}$")
    assert "25°C" in lines[0] and "55°" in lines[0] and "^(" not in lines[0]
    q = "A ball is launched at 20 m/s at 30° above the horizontal. What is its horizontal speed, in m/s?"
    right = "$v_x = 20 \\cos(30^{\\circ}) = 17.3$ m/s\nFinal Answer: 17.3 m/s"
    assert check_answer(q, right).verdict == "consistent"
    wrong = "$v_x = 20 \\cos(30^{\\circ}) = 10.0$ m/s\nFinal Answer: 10.0 m/s"
    assert check_answer(q, wrong).verdict == "flagged"


def test_a_concluding_line_that_introduces_the_result_below_it_is_not_the_result():
    lines = response_lines(
        "The launch speed is 30 m/s and the angle 40°, so the range becomes\n"
        "R = (30 m/s)^2 sin(80°) / (9.8 m/s^2) = 90.4 m"
    )
    final = final_answer(lines)
    assert final is not None and "90.4" in final.text
    lines = response_lines("The net force vanishes when θ = 21.8°, so\ntan θ = 0.4\nθ = 21.8°")
    assert final_answer(lines).text.startswith("21.8")


def test_a_spaced_dot_between_units_and_cut_short_digits_are_read():
    lines = response_lines(
        "$L \\approx 0.09 \\mathrm{~kg} \\cdot \\mathrm{m}^2 / \\mathrm{s}$ and "
        "$E = 3.1 \\ldots \\times 10^{-19} \\mathrm{~J}$"
    )
    assert "kg·m^2 / s" in lines[0] and "3.1 ×10^-19 J" in lines[0]
    q = "A 0.2 kg bob moves at 3.0 m/s on a 0.5 m string. What is its angular momentum?"
    right = (
        "$L = (0.2 \\mathrm{~kg})(3.0 \\mathrm{~m/s})(0.5 \\mathrm{~m}) = "
        "0.30 \\mathrm{~kg} \\cdot \\mathrm{m}^2 / \\mathrm{s}$"
    )
    assert check_answer(q, right).verdict == "consistent"
    assert check_answer(q, right.replace("0.30", "0.60")).verdict == "flagged"


# ------------------------------------------------------------------ a program's result named by its unit
def test_a_program_returning_a_value_named_in_another_unit_is_flagged():
    from matsci_jupyter.engines.answer.program_check import named_unit_check

    q = "A photon has a wavelength of 500 nm. What is its energy in eV?"
    wrong = "def solve():\n    h = 6.626e-34\n    c = 3e8\n    energy_J = h * c / 500e-9\n    return energy_J\n"
    check = named_unit_check(q, wrong, 3.98e-19)
    assert check is not None and not check.passed and "2.48" in check.message
    right = wrong.replace(
        "return energy_J", "energy_eV = energy_J / 1.602e-19\n    return energy_eV"
    )
    assert named_unit_check(q, right, 2.48) is None
    # one-letter suffixes other than J, W, K, V are no unit by name ('_m' may be 'max')
    assert (
        named_unit_check(
            "What is the peak wavelength in nm?", "lambda_m = 5e-7\nreturn lambda_m", 5e-7
        )
        is None
    )
    # another dimension: the name means something else
    assert named_unit_check("What is the speed in m/s?", "v_ms = 3\nreturn v_ms", 3.0) is None

    a = check_answer(q, wrong)
    if a.verdict == "not checked" and "not run" in (a.reason or ""):
        pytest.skip(f"no sandbox here: {a.reason}")
    assert a.verdict == "flagged" and "energy_J" in a.reason


# ------------------------------------------------------------------ inverse trigonometry written ^-1
SLIDE_Q = (
    "At what angle, in degrees, does a block start to slide if the friction coefficient is 0.4?"
)


@pytest.mark.parametrize("form", ["tan^-1(0.4)", "arctan(0.4)", "$\\tan^{-1}(0.4)$"])
def test_an_inverse_tangent_in_degrees_is_checked(form):
    assert check_answer(SLIDE_Q, f"θ = {form} = 21.8°").verdict == "consistent"
    assert check_answer(SLIDE_Q, f"θ = {form} = 22°").verdict == "consistent"
    wrong = check_answer(SLIDE_Q, f"θ = {form} = 30°")
    assert wrong.verdict == "flagged" and "21.8°" in wrong.reason


def test_an_inverse_sine_read_in_radians_or_with_a_slipped_degree_sign_is_not_flagged():
    assert check_answer(SLIDE_Q, "θ = arctan(0.4) = 0.38 rad").verdict != "flagged"
    assert check_answer(SLIDE_Q, "θ = arctan(0.4) = 0.38°").verdict != "flagged"


def test_the_final_value_after_an_approximate_sign_is_read():
    q = "A wheel turns through θ = arccos(0.2) at ω = 0.5 rad/s. How long does it take, in seconds?"
    a = check_answer(q, "Final answer: τ = arccos(0.2)/ω ≈ 2.74 s")
    assert "2.74" in str(a.quantity) or any("2.74" in n for n in a.notes)


def test_a_closing_formula_is_not_read_as_its_first_number():
    q = "Two ions are accelerated through the same potential. What is the ratio r_2/r_1 of their orbit radii?"
    a = check_answer(q, "r_2/r_1 = √(m_2/m_1)\nThus, the ratio of the radii is (4 - e)/(32 + e).")
    assert a.quantity is None and a.verdict != "flagged"
    b = check_answer(q, "r_2/r_1 = √(32/4) = 2.83\nThus, the ratio of the radii is 2.83.")
    assert float(b.quantity.magnitude) == pytest.approx(2.83)


def test_a_choice_label_before_the_final_value_is_no_symbol():
    q = "What is the length of the rod, in m?"
    assert check_answer(q, "L = 2 + 3 = 5 m\nFinal Answer: (B) 5 m").verdict == "consistent"
    # a lettered answer to a question that lists lettered choices is an answer
    mcq = "What is the length of the rod? (A) 2 m (B) 5 m (C) 6 m"
    assert check_answer(mcq, "L = 2 + 3 = 5 m\nFinal Answer: (B)").verdict != "flagged"
    # a formula in a symbol nobody gave a value is still no number
    a = check_answer(q, "L = v/4400\nFinal Answer: L = v/4400")
    assert a.verdict == "flagged" and "formula in v" in a.reason


# ------------------------------------------------------------------ constants rounded to the digits written
@pytest.mark.parametrize(
    "line", ["k_B = 1.4 × 10^-23 J/K", "ε_0 = 9 × 10^-12 F/m", "μ_0 = 1.3 × 10^-6 H/m"]
)
def test_a_constant_rounded_to_the_digits_written_is_not_wrong(line):
    q = "A capacitor and a coil are near a warm gas. What is its energy?"
    a = check_answer(q, line)
    assert a.check("constants") is None or a.check("constants").passed, a.reason


@pytest.mark.parametrize(
    "line", ["k_B = 1.5 × 10^-23 J/K", "k_B = 1 × 10^-23 J/K", "ε_0 = 8.2 × 10^-12 F/m"]
)
def test_a_constant_that_no_rounding_gives_is_flagged(line):
    q = "A capacitor and a coil are near a warm gas. What is its energy?"
    a = check_answer(q, line)
    assert a.verdict == "flagged" and "constants" in a.reason


# ------------------------------------------------------------------ clause boundaries
def test_a_second_assignment_with_a_coefficient_after_a_comma_is_its_own_chain():
    q = "Iron is BCC with a = 2.866 Å. At what angle 2θ (in degrees) does its (110) peak appear for λ = 1.5406 Å?"
    right = (
        "d = a/√2 = 2.027 Å; sinθ = λ/(2d) = 0.380, θ = 22.33°, 2θ = 44.7°. Answer: 44.7 degree."
    )
    assert check_answer(q, right).verdict != "flagged"
    wrong = (
        "d = a/√2 = 2.027 Å; sinθ = λ/(2d) = 0.380, θ = 22.33°, 2θ = 40.1°. Answer: 40.1 degree."
    )
    assert check_answer(q, wrong).verdict == "flagged"


def test_a_condition_after_when_is_a_clause_of_its_own():
    q = "A cell's emf falls to zero as the ion ratio changes. At what [A^2+] does this happen, in M?"
    right = "E = 0 when [A^2+] = 0.10 · exp(-2 · 0.20/0.0257) = 1.7e-8 M\nFinal Answer: 1.7e-8 M"
    assert check_answer(q, right).verdict != "flagged"
    wrong = "E = 0 when [A^2+] = 0.10 · exp(-2 · 0.20/0.0257) = 1.7e-6 M\nFinal Answer: 1.7e-6 M"
    assert check_answer(q, wrong).verdict == "flagged"


def test_a_final_value_in_e_notation_with_a_one_letter_unit_is_a_value():
    q = "At what concentration of the ion does the emf vanish, in M?"
    assert check_answer(q, "Final Answer: 1.7e-8 M").verdict != "flagged"
    assert check_answer(q, "Final Answer: c = k/4400").verdict == "flagged"


# ------------------------------------------------------------------ the value of a sentence
def test_a_share_stated_as_the_subject_is_the_value_not_the_condition_after_the_verb():
    lines = response_lines(
        "f = exp(-1.1/(8.617e-5 × 900)) = 7.1e-7\n"
        "Therefore, about 7.1 × 10^-7 of the lattice sites are vacant at 900 K."
    )
    final = final_answer(lines)
    assert final is not None and final.text.startswith("7.1")
    q = "What fraction of lattice sites is vacant at 900 K for a formation energy of 1.1 eV?"
    a = check_answer(q, "\n".join(lines))
    assert a.quantity is not None and float(a.quantity.magnitude) == pytest.approx(7.1e-7)


def test_a_marked_answer_written_as_a_sentence_reads_the_value_after_its_verb():
    q = "What is the true stress at an engineering strain of 0.10, in MPa?"
    text = "σ_T = 500 × 1.10 = 550 MPa\nAnswer: The true stress at an engineering strain of 0.10 is about 550 MPa."
    a = check_answer(q, text)
    assert a.quantity is not None and float(a.quantity.magnitude) == pytest.approx(550)
    # a justification after the value is no second value
    b = check_answer(
        N_Q, "n = 9/2 = 4.5\nFinal Answer: The value of n is 4.5, since the ratio is 2."
    )
    assert b.verdict == "consistent" and float(b.quantity.magnitude) == pytest.approx(4.5)


def test_per_metre_beside_a_permeability_symbol_is_henry_per_metre():
    q = "A coil of 100 turns per 0.10 m carries 2 A. What is the flux density B inside it, in T?"
    wrong = (
        "H = NI/l = (100)(2 A)/(0.10 m) = 2000 A/m\n"
        "with μ_0 = 1.257 × 10^-7 H/m, B = μ_0 H = 2.5 × 10^-4 T\nFinal Answer: 2.5 × 10^-4 T"
    )
    a = check_answer(q, wrong)
    assert a.verdict == "flagged" and "vacuum permeability" in a.reason
    right = wrong.replace("1.257 × 10^-7", "1.257 × 10^-6").replace("2.5 × 10^-4", "2.5 × 10^-3")
    assert check_answer(q, right).verdict != "flagged"


def test_a_large_count_estimated_from_a_formula_may_keep_decimals():
    q = "How many atoms are there in a critical nucleus of radius 1.2 nm if each atom takes 0.0134 nm^3?"
    text = "n = (4/3)π(1.2)^3/0.0134 = 540.2\nFinal Answer: 540.2 atoms"
    assert check_answer(q, text).verdict != "flagged"
    small = "How many lines are present in the emission spectrum from n = 4?"
    assert check_answer(small, "Final Answer: 4.5").verdict == "flagged"
