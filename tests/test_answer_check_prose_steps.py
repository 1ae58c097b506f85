"""check_answer reading worked prose arithmetic: classes of provably wrong steps and their look-alikes.

Classes (our own wording and numbers, not taken from any data set):
- a calculation continued over several lines under the same left-hand expression ('(P_1)/(P_2) = …'
  on each line): each line must equal the one before;
- a value stated for an unknown right after the equation it is solved from, which does not satisfy
  that equation (put back in, the sides differ beyond the rounding of the written value);
- a symbol given a value in one step and used with another value later on;
- a final answer that is not what the response's own calculation gives once its rounded
  intermediate values are carried with their full value.
"""

from __future__ import annotations

from matsci_jupyter import check_answer

BOX_Q = "Two cubes have edges of 3.0 cm and 1.5 cm. What is the ratio of their volumes?"


# ------------------------------------------------------------------ one calculation over several lines
def test_a_calculation_continued_under_the_same_left_side_is_checked_line_by_line():
    wrong = (
        "(V_1)/(V_2) = ((3.0)^3)/((1.5)^3)\n"
        "(V_1)/(V_2) = (9.0)/(3.375)\n"  # 3.0^3 is 27, not 9
        "(V_1)/(V_2) = 2.67\n"
        "Final Answer: 2.67"
    )
    a = check_answer(BOX_Q, wrong)
    assert a.verdict == "flagged"
    assert "step 2" in a.reason and "evaluates to 8" in a.reason
    right = (
        "(V_1)/(V_2) = ((3.0)^3)/((1.5)^3)\n"
        "(V_1)/(V_2) = (27.0)/(3.375)\n"
        "(V_1)/(V_2) = 8\n"
        "Final Answer: 8"
    )
    assert check_answer(BOX_Q, right).verdict == "consistent"


def test_a_formula_with_only_coefficients_is_not_read_as_units():
    # 'mu^2' is mass times speed squared, not a unit; K = 0 follows from u = 0 given before
    text = "The ball starts at rest, so u = 0.\nK = (1)/(2)mu^2\nK = 0\nFinal Answer: 0 J"
    a = check_answer("What is the kinetic energy of the ball at the start, in J?", text)
    assert a.verdict != "flagged", a.reason


# ------------------------------------------------------------------ a value that does not solve its equation
DROP_Q = (
    "A stone falls from rest through 5.0 m (g = 9.8 m/s^2). With what speed does it land, in m/s?"
)


def test_a_stated_solution_that_does_not_satisfy_its_equation_is_flagged_with_the_solving_value():
    text = (
        "Energy is conserved: g h = (1)/(2) v^2.\n"
        "9.8 × 5.0 = (1)/(2) × v^2\n"
        "v = 7.0 m/s\n"
        "Final Answer: 7.0 m/s"
    )
    a = check_answer(DROP_Q, text)
    assert a.verdict == "flagged"
    assert "does not satisfy" in a.reason and "9.899" in a.reason


def test_a_stated_solution_that_satisfies_its_equation_passes():
    text = "9.8 × 5.0 = (1)/(2) × v^2\nv = 9.9 m/s\nFinal Answer: 9.9 m/s"
    assert check_answer(DROP_Q, text).verdict != "flagged"
    # the negative root, and a root written with one significant figure, are solutions too
    # (as a final answer a negative speed is wrong, but only the physical bound may say so)
    negative = check_answer(DROP_Q, "9.8 × 5.0 = (1)/(2) × v^2\nv = -9.9 m/s")
    assert {c.name for c in negative.failed if c.blocking} <= {"physical bound"}
    assert check_answer(DROP_Q, "9.8 × 5.0 = (1)/(2) × v^2\nv ≈ 10 m/s").verdict != "flagged"


def test_a_solution_in_another_unit_than_the_equation_implies_is_not_flagged():
    # the equation is written in centimetres without units; the value is given in metres
    q = "A spring stretches under a load. How far does it stretch, in m?"
    text = "0.5 = 0.02 × x\nx = 0.25 m\nFinal Answer: 0.25 m"
    assert check_answer(q, text).verdict != "flagged"


def test_a_new_value_of_a_symbol_is_not_a_solution_of_its_old_definition():
    q = "A wire carries currents of 5 A and then 7 A. What is the larger current, in A?"
    text = "I = 5 A in the first case.\nI = 7 A in the second case.\nFinal Answer: 7 A"
    assert check_answer(q, text).verdict != "flagged"


def test_an_equation_with_another_unknown_symbol_is_not_checked():
    text = "9.8 × h = (1)/(2) × v^2\nv = 7.0 m/s\nFinal Answer: 7.0 m/s"
    assert check_answer(DROP_Q, text).verdict != "flagged"


# ------------------------------------------------------------------ a symbol used with another value
def test_an_intermediate_result_substituted_with_another_value_is_flagged():
    q = (
        "A 40 Ω coil takes its current from a 10 V source; the same current flows through a 12 Ω "
        "resistor. What voltage drops across the resistor, in V?"
    )
    text = (
        "The current is I_c = 10 V / 40 Ω = 0.25 A.\n"
        "V_r = I_c R_r = 2.5 A × 12 Ω = 30 V\n"
        "Final Answer: 30 V"
    )
    a = check_answer(q, text)
    assert a.verdict == "flagged"
    assert "2.5 A in place of I_c" in a.reason and "I_c = 0.25 A" in a.reason
    assert "with it the calculation gives 3 V" in a.reason
    right = text.replace("2.5 A × 12 Ω = 30 V", "0.25 A × 12 Ω = 3 V").replace("30 V", "3 V")
    assert check_answer(q, right).verdict == "consistent"
    # the same value written in other units is the same value
    si = text.replace("2.5 A × 12 Ω = 30 V", "250 mA × 12 Ω = 3 V").replace("30 V", "3 V")
    assert check_answer(q, si).verdict != "flagged"


def test_a_datum_of_one_part_is_not_the_value_of_the_next_part():
    q = "Two balls: (a) 1.0 kg at 3.0 m/s; (b) 2.0 kg at 5.0 m/s. Kinetic energy of the second, in J?"
    text = (
        "(a) For the first ball, v = 3.0 m/s and m = 1.0 kg.\n"
        "KE = (1/2) m v^2 = (1/2)(1.0)(3.0)^2 = 4.5 J\n"
        "(b) For the second ball:\n"
        "KE = (1/2) m v^2 = (1/2)(2.0)(5.0)^2 = 25 J\n"
        "Final answer: 25 J"
    )
    assert check_answer(q, text).verdict != "flagged"


def test_a_symbol_given_two_values_is_not_checked_against_either():
    q = "Two resistors are used in turn. What is the second current, in A?"
    text = (
        "For the first resistor R_x = 10 Ω.\n"
        "For the second resistor R_x = 20 Ω.\n"
        "I = (V)/(R_x) = (10 V)/(10 Ω) = 1 A\n"
        "Final Answer: 1 A"
    )
    assert check_answer(q, text).verdict != "flagged"


def test_a_term_common_to_both_sides_cancels_and_the_rest_must_agree():
    q = "Water warms in the sun. What is its final temperature, in K?"
    wrong = "T = T_0 + (600 W)/(2.0 W/K)\nT = T_0 + 200 K\nFinal Answer: T_0 + 200 K"
    a = check_answer(q, wrong)
    assert a.verdict == "flagged" and "evaluates to 300" in a.reason
    right = "T = T_0 + (600 W)/(2.0 W/K)\nT = T_0 + 300 K"
    assert check_answer(q, right).verdict != "flagged"


# ------------------------------------------------------------------ rounding carried forward
SPRING_Q = (
    "Two springs are stretched by 0.30 m, one by a force of 50.0 N and the other by 48.0 N. "
    "What is the difference of their stiffnesses, in N/m?"
)


def test_an_answer_ruined_by_rounding_an_intermediate_result_is_flagged():
    text = (
        "k_1 = F_1/x\n"
        "k_1 = 50.0 N / 0.30 m = 170 N/m\n"  # 166.7, rounded to two figures
        "k_2 = F_2/x\n"
        "k_2 = 48.0 N / 0.30 m = 160 N/m\n"
        "Δk = k_1 - k_2 = 170 N/m - 160 N/m = 10 N/m\n"
        "Final Answer: 10 N/m"
    )
    a = check_answer(SPRING_Q, text)
    assert a.verdict == "flagged"
    assert "carried rounding" in a.reason and "6.667" in a.reason and "k_1" in a.reason


def test_rounding_that_does_not_move_the_answer_is_not_flagged():
    text = (
        "k_1 = F_1/x\n"
        "k_1 = 50.0 N / 0.30 m = 166.7 N/m\n"
        "k_2 = F_2/x\n"
        "k_2 = 48.0 N / 0.30 m = 160 N/m\n"
        "Δk = k_1 - k_2 = 166.7 N/m - 160 N/m = 6.7 N/m\n"
        "Final Answer: 6.7 N/m"
    )
    assert check_answer(SPRING_Q, text).verdict == "consistent"


# ------------------------------------------------------------------ the question's data restated wrongly
AL_Q = (
    "Aluminium is FCC with a lattice parameter of 0.405 nm and an atomic mass of 26.98 g/mol. "
    "Compute its density in g/cm^3."
)


def _al_response(given: str) -> str:
    return (
        f"Given: {given}, M = 26.98 g/mol, n = 4 atoms per cell.\n"
        "ρ = n M/(N_A a^3) = 4 × 26.98 g/mol/(6.022 × 10^23 mol^-1 × (4.05 × 10^-8 cm)^3) "
        "= 2.70 g/cm^3\n"
        "Final Answer: 2.70 g/cm^3"
    )


def test_a_given_restated_off_by_a_power_of_ten_or_with_swapped_digits_is_flagged():
    a = check_answer(AL_Q, _al_response("a = 4.05 nm"))
    assert a.verdict == "flagged" and "10^1" in a.reason and "0.405 nm" in a.reason
    b = check_answer(AL_Q, _al_response("a = 0.450 nm"))
    assert b.verdict == "flagged"
    assert any(c.name == "given value" and "swapped" in c.message for c in b.failed)


def test_a_given_restated_in_another_unit_or_as_its_half_is_not_flagged():
    for given in ("a = 4.05 Å", "a = 4.05 × 10^-8 cm", "r = 0.2025 nm", "a = 0.405 nm"):
        assert check_answer(AL_Q, _al_response(given)).verdict != "flagged", given
    # an assumption of its own (room temperature) resembles no given: not checked
    q = "A bar of 2.0 m is heated by 150 K. By how much does it lengthen, in mm?"
    text = (
        "Given: L = 2.0 m, ΔT = 150 K, T_0 = 298 K.\nΔL = 2.0 m × 1.2 × 10^-5 K^-1 × 150 K = 3.6 mm"
    )
    assert check_answer(q, text).verdict != "flagged"


def test_a_value_derived_after_restating_the_givens_is_not_a_given():
    q = "A rod 50 mm long becomes 55 mm long under load. What is its engineering strain?"
    text = (
        "We are given that the initial length is 50 mm, so the elongation is 55 mm - 50 mm = 5 mm.\n"
        "strain = 5 mm / 50 mm = 0.1\nFinal Answer: 0.1"
    )
    assert check_answer(q, text).verdict != "flagged"


# ------------------------------------------------------------------ an earlier result copied wrongly
CU_Q = (
    "Nickel is FCC with an atomic radius of 0.1246 nm and an atomic weight of 58.69 g/mol. "
    "Compute its density in g/cm^3."
)
CU_TEXT = (
    "For FCC, $a = 2\\sqrt{2}R = 2\\sqrt{2} \\times 0.1246 \\text{ nm} = 0.3524 \\text{ nm} = "
    "3.524 \\times 10^{-8} \\text{ cm}$.\n"
    "$$\\rho = \\frac{nA}{V_C N_A}$$\n"
    "$$\\rho = \\frac{4 \\times 58.69 \\text{ g/mol}}{(USED)^3 \\times 6.022 \\times 10^{23} "
    "\\text{ mol}^{-1}} = RESULT \\text{ g/cm}^3$$\n"
    "Final answer: RESULT g/cm^3"
)


def _ni(used: str, result: str) -> str:
    return CU_TEXT.replace("USED", used).replace("RESULT", result)


def test_an_earlier_result_reused_with_swapped_digits_or_a_lost_power_of_ten_is_flagged():
    swapped = check_answer(CU_Q, _ni("3.254 \\times 10^{-8} \\text{ cm}", "11.31"))
    assert swapped.verdict == "flagged"
    assert "digits swapped" in swapped.reason and "8.9" in swapped.reason  # the recomputed density
    power = check_answer(CU_Q, _ni("3.524 \\times 10^{-9} \\text{ cm}", "8910"))
    assert power.verdict == "flagged" and "10^-1" in power.reason


def test_an_earlier_result_reused_in_another_unit_is_not_flagged():
    for used in ("3.524 \\times 10^{-8} \\text{ cm}", "0.3524 \\text{ nm}"):
        assert check_answer(CU_Q, _ni(used, "8.91")).verdict != "flagged", used


def test_a_unit_with_a_fractional_power_is_read_whole():
    q = (
        "Yield strengths of 150 MPa at d = 0.05 mm and 250 MPa at d = 0.008 mm. What is k_y in "
        "MPa mm^0.5?"
    )
    for unit in ("MPa mm^0.5", "MPa mm^(1/2)", "MPa·mm^{1/2}", "MPa mm^1/2"):
        text = f"100 = 6.71 k_y, so k_y = 14.9 {unit}.\nFinal answer: k_y = 14.9 {unit}"
        assert check_answer(q, text).verdict != "flagged", unit


def test_an_earlier_result_restated_with_swapped_digits_is_flagged():
    q = "A sound of 512 Hz reaches a moving car. Compute the frequency the car hears, in Hz."
    wrong = (
        "f_c = 512 Hz × 345/340 = 519.53 Hz\n"
        "So the car hears f_c = 515.93 Hz.\n"
        "Final answer: 515.93 Hz"
    )
    a = check_answer(q, wrong)
    assert a.verdict == "flagged" and "restates f_c" in a.reason and "519.53" in a.reason
    right = wrong.replace("515.93", "519.53")
    assert check_answer(q, right).verdict == "consistent"


def test_a_wrong_solution_corrected_before_the_final_answer_is_a_slip_not_an_error():
    text = (
        "9.8 × 5.0 = (1)/(2) × v^2\nv = 7.0 m/s\nChecking again: v = √(98) = 9.9 m/s\n"
        "Final Answer: 9.9 m/s"
    )
    a = check_answer(DROP_Q, text)
    assert a.verdict != "flagged"
    assert any(not c.passed and not c.blocking for c in a.checks)  # the slip is still reported


BRAGG_Q = (
    "X-rays of wavelength 0.1542 nm diffract from planes of spacing 0.1170 nm. What is the "
    "first-order Bragg angle θ, in degrees?"
)


def test_an_angle_that_does_not_solve_its_trig_equation_is_flagged_only_with_its_unit():
    for wrong, solving in (("38.5°", "41.22 deg"), ("0.659 rad", "0.7195 rad")):
        text = f"0.1542 = 2(0.1170) sin θ\nθ = {wrong}\nFinal answer: {wrong}"
        a = check_answer(BRAGG_Q, text)
        assert a.verdict == "flagged" and f"θ = {solving} solves it" in a.reason, wrong
    for right in ("41.22°", "0.7194 rad", "41.2 degrees"):
        text = f"0.1542 = 2(0.1170) sin θ\nθ = {right}\nFinal answer: {right}"
        assert check_answer(BRAGG_Q, text).verdict != "flagged", right
    # a bare angle, or a bare number inside a sine, could be degrees or radians: this class leaves
    # them alone (another check, such as the solver's own answer, may still refute the value)
    for text in ("0.1542 = 2(0.1170) sin θ\nθ = 38.5", "0.25 = sin(30) cos θ\nθ = 12°"):
        assert "does not satisfy" not in (check_answer(BRAGG_Q, text).reason or ""), text


def test_a_final_answer_with_a_remark_or_a_boxed_value_after_a_symbol_is_read():
    q = "A cell has two half-reactions. What is its standard potential, in V?"
    a = check_answer(
        q, "E = 1.68 V + 1.21 V = 2.89 V\nFinal answer: 2.89 V, correct up to the 2nd decimal."
    )
    assert a.quantity is not None and abs(a.quantity.magnitude - 2.89) < 1e-9
    b = check_answer(
        "What is the ratio A_1/A_2?",
        "A_1/A_2 = 32/2 = 16\nFinal answer: The ratio A_1/A_2 is boxed 16 .",
    )
    assert b.quantity is not None and abs(b.quantity.magnitude - 16) < 1e-9


def test_a_final_answer_with_two_digits_of_the_last_result_swapped_is_flagged():
    q = "Compute the density of nickel in g/cm^3."
    work = "ρ = 4 × 58.69/(4.376 × 10^-23 × 6.022 × 10^23) = 8.908 g/cm^3\n"
    a = check_answer(q, work + "So the density is 8.098 g/cm^3.")
    assert a.verdict == "flagged" and "two digits swapped" in a.reason
    for final in ("8.908", "8.91", "8.9"):  # the result itself, or rounded
        assert check_answer(q, work + f"So the density is {final} g/cm^3.").verdict != "flagged"


def test_an_unknown_glued_to_its_coefficient_is_read_and_a_new_part_is_not_a_solution():
    q = "An impulse of 0.2 N s acts on a 0.1 kg bob at rest. What speed does it get, in m/s?"
    a = check_answer(q, "0.2 = 0.1v\nv = 3 m/s\nFinal answer: 3 m/s")
    assert a.verdict == "flagged" and "v = 2 m/s solves it" in a.reason
    assert check_answer(q, "0.2 = 0.1v\nv = 2 m/s\nFinal answer: 2 m/s").verdict != "flagged"
    two_parts = "(a) 0.2 = 0.1v\n(b) For the heavier bob:\nv = 1 m/s\nFinal answer: 1 m/s"
    assert check_answer(q, two_parts).verdict != "flagged"


def test_a_log_of_a_tex_fraction_takes_the_whole_fraction():
    q = "A cell has E° = 1.10 V, n = 2 and concentrations 0.5 M and 0.01 M. Its potential, in V?"
    text = (
        "$E = 1.10 - \\frac{0.0592}{2}\\log\\frac{0.5}{0.01} = 1.10 - 0.0296 \\times 1.699 = 1.05$ V\n"
        "Final Answer: 1.05 V"
    )
    assert check_answer(q, text).verdict == "consistent"
    wrong = text.replace("= 1.05$", "= 1.15$").replace("Answer: 1.05", "Answer: 1.15")
    assert check_answer(q, wrong).verdict == "flagged"


def test_degrees_celsius_inside_a_carried_calculation_are_a_temperature_difference():
    q = "A 2 m bar (α = 12 × 10^-6 °C^-1) is heated from 25 °C to 325 °C. How much longer is it, in mm?"
    text = (
        "ε = αΔT = (12 × 10^-6 °C^-1)(300 °C) = 3.6 × 10^-3\n"
        "ΔL = ε L_0 = (3.6 × 10^-3)(2 m) = 7.2 × 10^-3 m = 7.2 mm\n"
        "Answer: 7.2 mm"
    )
    assert check_answer(q, text).verdict == "consistent"


def test_a_final_answer_rounded_from_its_result_then_digits_swapped_is_flagged():
    q = "The ionic radii are 0.072 nm and 0.140 nm. Give the radius ratio to three decimals."
    work = "r_C/r_A = (0.072 nm)/(0.140 nm) = 0.5143\n"
    assert check_answer(q, work + "Final answer: r_C/r_A = 0.541").verdict == "flagged"
    assert check_answer(q, work + "Final answer: r_C/r_A = 0.514").verdict != "flagged"


def test_a_final_answer_not_rounded_as_the_question_asks_from_its_own_result_is_flagged():
    q = "A tensile test gives an engineering strain of 0.25. Give the true strain to three decimal places."
    work = "ε_T = ln(1 + 0.25) = ln(1.25) ≈ 0.2231\n"
    a = check_answer(q, work + "Final answer: ε_T ≈ 0.22")
    assert a.verdict == "flagged" and "rounds to 0.223" in a.reason
    assert check_answer(q, work + "Final answer: ε_T ≈ 0.223").verdict != "flagged"
    # a result written to fewer digits may round either way at the boundary: not flagged
    q4 = "Give the occupation probability to four decimal places."
    assert check_answer(q4, "f = 1/48.86 = 0.02045\nFinal answer: 0.0204").verdict != "flagged"
    assert check_answer(q4, "f = 1/48.86 = 0.02047\nFinal answer: 0.0204").verdict == "flagged"


def test_a_question_value_used_with_two_digits_swapped_is_flagged():
    q = "A cubic cell of edge 0.839 nm holds 32 Bohr magnetons. What is the saturation magnetization?"
    text = (
        "m = 32 × 9.274 × 10^-24 A·m^2 = 2.968 × 10^-22 A·m^2\n"
        "V_C = a^3 = (0.893 × 10^-9 m)^3 = 7.121 × 10^-28 m^3\n"
        "M_s = (2.968 × 10^-22)/(7.121 × 10^-28) = 4.17 × 10^5 A/m\n"
        "Final answer: 4.17 × 10^5 A/m"
    )
    a = check_answer(q, text)
    assert a.verdict == "flagged" and "the question's value 0.839 nm" in a.reason
    right = text.replace("0.893", "0.839").replace("7.121", "5.906").replace("4.17", "5.03")
    assert check_answer(q, right).verdict != "flagged"


def test_a_given_line_starting_with_given_is_compared_up_to_what_follows_from_it():
    q = "Copper has a conductivity of 6.0 × 10^7 (Ω·m)^-1 and 8.5 × 10^28 free electrons per m^3. Mobility?"
    text = (
        "Given σ = 6.0 × 10^7 (Ω·m)^-1 and n = 8.5 × 10^27 m^-3:\n"
        "μ = 6.0 × 10^7/((8.5 × 10^27)(1.602 × 10^-19)) = 0.0441 m^2/V·s\n"
        "Final answer: 0.0441 m^2/(V·s)"
    )
    assert check_answer(q, text).verdict == "flagged"


def test_a_wrong_unit_equivalence_after_a_connective_is_flagged():
    q = "A density of 2 × 10^4 mm^-2 of dislocations: what is it in m^-2?"
    wrong = "Since 1 m = 10^3 mm, 1 mm^-2 = 10^3 m^-2:\nρ = 2 × 10^4 × 10^3 = 2 × 10^7 m^-2"
    a = check_answer(q, wrong)
    assert a.verdict == "flagged" and "1×10^6" in a.reason
    right = "Since 1 m = 10^3 mm, 1 mm^-2 = 10^6 m^-2:\nρ = 2 × 10^4 × 10^6 = 2 × 10^10 m^-2"
    assert check_answer(q, right).verdict != "flagged"
    # rounded conversion factors are fine
    text = "Recall that 1 eV = 1.6 × 10^-19 J and 1 atm = 101 kPa, so E = 2 eV = 3.2 × 10^-19 J"
    assert check_answer("What is the energy in J?", text).verdict != "flagged"


def test_a_fraction_reported_as_a_percentage_is_flagged():
    q = "A bar's diameter drops from 12.8 mm to 8.5 mm. What is the percent reduction in area?"
    wrong = "(163.84 - 72.25)/163.84 = 91.59/163.84 = 0.559\n%RA = 0.559 %"
    a = check_answer(q, wrong)
    assert a.verdict == "flagged" and "55.9 %" in a.reason
    for right in (
        "(163.84 - 72.25)/163.84 = 0.559\n%RA = 55.9 %",
        "(163.84 - 72.25)/163.84 × 100 = 55.9\n%RA = 55.9 %",
    ):
        assert check_answer(q, right).verdict != "flagged", right


def test_vacuum_constants_written_wrong_are_flagged_and_their_equivalent_units_are_not():
    q = "What is the capacitance of the plates, in pF?"
    wrong = "With ε_0 = 8.85 × 10^-11 C^2/N·m^2: C = ε_0 A/d\nFinal answer: 17 pF"
    assert check_answer(q, wrong).verdict == "flagged"
    for right in ("ε_0 = 8.85 × 10^-12 C^2/(N·m^2)", "ε_0 = 8.85 × 10^-12 C^2/N·m^2"):
        text = f"With {right}: C = ε_0 A/d\nFinal answer: 17 pF"
        assert check_answer(q, text).verdict != "flagged", right
    moment = "μ_B = 9.27 × 10^-24 A·m^2, so the moment is 2.2 μ_B.\nFinal answer: 2.2"
    assert check_answer("How many Bohr magnetons per atom?", moment).verdict != "flagged"
