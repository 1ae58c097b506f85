"""check_answer: answer-level classes of provably wrong responses, and look-alikes left alone.

Classes (our own wording, written for this file):
- an answer far off the power-of-ten unit the question fixes for it ('(Unit: 10^12 Hz)');
- an answer outside the range its asked quantity's name fixes: a fraction, packing factor or
  percent cold work outside [0, 1] / 0–100 %, an absolute temperature below 0 K, a negative
  density, radius or band gap;
- a stated solution of the response's own equations that does not satisfy them;
- a non-integer result of the response rounded to meet the integer answer it says is required.
"""

from __future__ import annotations

import pytest

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.answer_bounds import asked_kind, bound_check
from matsci_jupyter.engines.answer.equation_system import system_check
from matsci_jupyter.engines.answer.forced_integer import forced_integer_check


def _sandbox_runs() -> bool:
    from matsci_jupyter.sandbox import run_code

    return run_code("result = 1", timeout_s=20).ok


needs_sandbox = pytest.mark.skipif(
    not _sandbox_runs(), reason="no sandbox can run code on this machine (bubblewrap missing?)"
)

PHONON_Q = (
    "A diatomic chain has a spring constant of 12 N/m and atoms of mass 4.0e-26 kg. Estimate the "
    "highest vibration frequency of the chain. (Unit: 10^12 Hz)"
)


def _failed(answer, name: str) -> list:
    return [c for c in answer.checks if c.name == name and not c.passed]


# ------------------------------------------------------------------ the question's own scale
@needs_sandbox
def test_a_program_far_off_the_questions_power_of_ten_unit_is_flagged():
    code = "def solve():\n    k = 12\n    m = 4.0e-26\n    return (k / m) ** 0.5 * 1e14\n"
    a = check_answer(PHONON_Q, code)
    assert a.verdict == "flagged"
    assert "10^12 Hz" in a.reason and "off the scale" in a.reason


@needs_sandbox
def test_a_program_with_a_modest_number_in_the_asked_scale_is_not_flagged_for_scale():
    code = "def solve():\n    return 3.46\n"
    a = check_answer(PHONON_Q, code)
    assert a.verdict != "flagged", a.reason


def test_a_prose_answer_far_off_the_asked_scale_is_flagged_and_an_answer_in_it_is_not():
    wrong = check_answer(PHONON_Q, "ω = √(4k/m) = 3.46e13 rad/s.\nFinal Answer: 5.5e26")
    assert _failed(wrong, "asked scale")
    right = check_answer(PHONON_Q, "ω = √(4k/m), f = ω/2π.\nFinal Answer: 5.5 × 10^12 Hz")
    assert not _failed(right, "asked scale")


# ------------------------------------------------------------------ bounds by the asked name
@pytest.mark.parametrize(
    ("question", "final", "flagged"),
    [
        (
            "Assume hard spheres touching along the face diagonal. Calculate the atomic packing "
            "factor of this cubic cell.",
            "Final answer: APF = 1.34",
            True,
        ),
        (
            "Assume hard spheres touching along the face diagonal. Calculate the atomic packing "
            "factor of this cubic cell.",
            "Final answer: APF = 0.74",
            False,
        ),
        (
            "A copper rod is drawn from 12 mm to 9 mm diameter. What is the percent cold work?",
            "Final answer: 143.8 %",
            True,
        ),
        (
            "A copper rod is drawn from 12 mm to 9 mm diameter. What is the percent cold work?",
            "Final answer: 43.8 %",
            False,
        ),
        (
            "An engine runs between 600 K and 300 K. What is its maximum efficiency in percent?",
            "Final answer: 50",
            False,
        ),
        (
            "A gas is cooled at constant volume from 2.0 atm, 300 K to 0.5 atm. What is the final "
            "temperature in K?",
            "T2 = T1 P2/P1 = 300 × 0.5/2.0 = 75 K … minus 300 K gives\nFinal answer: -225 K",
            True,
        ),
        (
            "A gas is cooled at constant volume from 2.0 atm, 300 K to 0.5 atm. What is the "
            "temperature change in K?",
            "Final answer: -225 K",
            False,
        ),
        (
            "A 5.0 cm^3 sample weighs 13.5 g. Calculate the density of the sample in g/cm^3.",
            "ρ = m/V\nFinal answer: -2.7 g/cm^3",
            True,
        ),
        (
            "A 5.0 cm^3 sample weighs 13.5 g. Calculate the density of the sample in g/cm^3.",
            "ρ = m/V = 13.5/5.0 = 2.7 g/cm^3\nFinal answer: 2.7 g/cm^3",
            False,
        ),
        (
            "A bar's diameter shrinks by 0.010 % while it lengthens by 0.015 %. Calculate Poisson's "
            "ratio of the material.",
            "ν = 0.015/0.010\nFinal answer: 1.5",
            True,
        ),
        (
            "A bar's diameter shrinks by 0.010 % while it lengthens by 0.030 %. Calculate Poisson's "
            "ratio of the material.",
            "ν = 0.010/0.030\nFinal answer: 0.33",
            False,
        ),
        (
            "A steel of 0.20 wt% C is carburised with its surface held at 1.00 wt% C. What is the "
            "carbon concentration (wt% C) 0.5 mm below the surface after 10 h?",
            "Final answer: 142 wt%",
            True,
        ),
        (
            "A ray from air at 40° to the normal bends to 25° inside a gel. What is the index of "
            "refraction of the gel?",
            "n = sin 25°/sin 40°\nFinal answer: 0.66",
            True,
        ),
    ],
)
def test_the_asked_quantitys_name_bounds_the_answer(question, final, flagged):
    a = check_answer(question, final)
    assert bool(_failed(a, "physical bound")) == flagged, a


@pytest.mark.parametrize(
    "question",
    [
        "A 2 kg mass hangs from a spring. What is the force on the mass in N?",  # a force, signed
        "An object 3 cm tall stands 10 cm from a converging lens of focal length 15 cm. What is "
        "the height of the image?",  # optics sign conventions
        "What is the change in density when the alloy is quenched?",  # a change of an amount
        "Find the mass and the volume fraction of the second phase.",  # two kinds asked
    ],
)
def test_signed_or_mixed_asked_quantities_are_not_bounded(question):
    assert asked_kind(question) is None


def test_a_negative_band_gap_is_out_of_bounds():
    from matsci_jupyter.units import get_registry

    q = get_registry().Quantity(-1.1, "eV")
    check = bound_check("What is the band gap of the semiconductor in eV?", q)
    assert check is not None and not check.passed and "cannot be negative" in check.message


# ------------------------------------------------------------------ own equations
SYSTEM_Q = "A nucleus of 12 nucleons has 2 more protons than neutrons. How many protons has it?"


def test_a_solution_that_does_not_satisfy_the_responses_own_equations_is_flagged():
    response = (
        "Let p be the protons and q the neutrons:\n"
        "p + q = 12 (1)\n"
        "p - q = 2 (2)\n"
        "Solving these two equations, we get p = 8 and q = 4.\n"
        "Final Answer: 8"
    )
    check = system_check(response)
    assert check is not None and not check.passed
    assert "p - q = 2" in check.message and "left side is 4" in check.message
    assert check_answer(SYSTEM_Q, response).verdict == "flagged"


def test_a_solution_that_satisfies_them_or_is_corrected_later_is_not_flagged():
    right = "p + q = 12\np - q = 2\nSolving, we get p = 7, q = 5.\nFinal Answer: 7"
    check = system_check(right)
    assert check is not None and check.passed
    corrected = (
        "p + q = 12\np - q = 2\nSolving these gives p = 8, q = 4.\n"
        "Checking: 8 - 4 is not 2, so p = 7 and q = 5.\nFinal Answer: 7"
    )
    check = system_check(corrected)
    assert check is not None and check.passed


def test_formulas_with_units_are_not_equations_to_substitute_into():
    response = (
        "Using v = u + a t with u = 0 m/s, a = 2 m/s^2, t = 3 s.\n"
        "Solving for v, we get v = 6 m/s.\nFinal Answer: 6 m/s"
    )
    assert system_check(response) is None


# ------------------------------------------------------------------ forced integers
COUNT_Q = "How many unpaired electrons does the complex ion have?"


def test_a_non_integer_result_rounded_to_the_required_integer_is_flagged():
    response = (
        "n(n+2) = 8.1, so n = (-2 + √(4 + 32.4))/2 = 2.02 … using μ = 3.1 instead,\n"
        "n = 2.6 / 1.7 = 1.53\n"
        "Since n must be a whole number, we round it to 2.\nFinal Answer: 2"
    )
    check = forced_integer_check(COUNT_Q, response)
    assert check is not None and not check.passed and "1.53" in check.message


def test_a_result_within_rounding_or_a_question_that_asks_to_round_is_not_flagged():
    near = "n = 5.96 / 2 = 2.98\nSince n must be an integer, we round it to 3.\nFinal Answer: 3"
    assert forced_integer_check(COUNT_Q, near) is None
    asked = "What is the integer closest to n, the number of half-lives elapsed?"
    far = "n = 9.2 / 2 = 4.6\nSince n must be an integer, we round it to 5.\nFinal Answer: 5"
    assert forced_integer_check(asked, far) is None


def test_a_negative_result_turned_positive_to_meet_a_non_negative_answer_is_flagged():
    response = (
        "x = 3 - 4.5 = -1.5\n"
        "However, the answer must be a non-negative integer, so we take the absolute value and "
        "round up.\nFinal Answer: 2"
    )
    check = forced_integer_check("What is the value of x?", response)
    assert check is not None and "non-negative" in check.message


# ------------------------------------------------------------------ radians where degrees are asked
ANGLE_Q = "Light goes from glass (n = 1.52) into air. What is the critical angle in degrees?"


@needs_sandbox
def test_a_program_returning_an_unconverted_inverse_trig_angle_for_degrees_is_flagged():
    code = "import math\n\ndef solve():\n    return math.asin(1 / 1.52)\n"
    a = check_answer(ANGLE_Q, code)
    assert a.verdict == "flagged" and "radians" in a.reason


@needs_sandbox
def test_a_program_converting_its_angle_to_degrees_is_not_flagged():
    code = "import math\n\ndef solve():\n    return math.degrees(math.asin(1 / 1.52))\n"
    a = check_answer(ANGLE_Q, code)
    assert a.verdict != "flagged", a.reason


# ------------------------------------------------------------------ corrective lenses
MYOPIA_Q = (
    "A near-sighted reader cannot see clearly beyond 2.0 m. What is the power of the contact "
    "lenses that let her see distant objects?"
)


def test_glasses_for_a_near_sighted_eye_with_positive_power_are_flagged():
    a = check_answer(MYOPIA_Q, "P = 1/f = 1/(2.0 m)\nFinal answer: +0.5 D")
    assert a.verdict == "flagged" and "diverging" in a.reason


def test_glasses_of_the_right_sign_are_not_flagged_for_sign():
    a = check_answer(MYOPIA_Q, "f = -2.0 m, P = 1/f\nFinal answer: -0.5 D")
    assert not _failed(a, "physical bound")


# ------------------------------------------------------------------ chemical equations
def test_an_equation_given_as_balanced_that_is_not_is_flagged_with_the_element():
    from matsci_jupyter.engines.answer.chemical_equation import balance_check

    lines = [
        "Aluminium dissolves in acid. The balanced equation is:",
        "2 Al + 6 HCl → 2 AlCl_3 + 2 H_2",
    ]
    check = balance_check(lines)
    assert check is not None and not check.passed
    assert "H: 6 on the left, 4 on the right" in check.message


@pytest.mark.parametrize(
    "equation",
    [
        "2 Al + 6 HCl → 2 AlCl_3 + 3 H_2",
        "Cr_2O_7^(2-) + 14 H^+ + 6 e^- → 2 Cr^(3+) + 7 H_2O",
        "CuSO_4·5H_2O(s) → CuSO_4(s) + 5 H_2O(g)",
        "Ca_3(PO_4)_2 + 3 H_2SO_4 → 3 CaSO_4 + 2 H_3PO_4",
    ],
)
def test_balanced_equations_ions_hydrates_and_groups_pass(equation):
    from matsci_jupyter.engines.answer.chemical_equation import balance_check

    check = balance_check(["The balanced chemical equation:", equation])
    assert check is not None and check.passed, check


def test_half_reactions_being_balanced_step_by_step_are_not_held_to_balance():
    from matsci_jupyter.engines.answer.chemical_equation import balance_check

    lines = [
        "Balance O by adding water: MnO_4^- → MnO_2 + 2 H_2O",
        "Now add electrons to balance charge.",
        "Unknown product: 2 CrO_4^(2-) + 2 H^+ → X + H_2O",
    ]
    assert balance_check(lines) is None


def test_a_whole_number_that_bounds_a_result_is_not_forced():
    response = "n = 13 / 4 = 3.25\nSince the number of trucks must be an integer, we round up to 4."
    assert forced_integer_check("How many 4 t trucks carry 13 t of ore?", response) is None


def test_a_value_taken_from_an_equation_its_symbol_cancels_from_is_flagged():
    identity = "Substituting back:\nn = 3 + (2n - 6)/2\nn = 7.5 mol\nFinal Answer: 7.5 mol"
    check = system_check(identity)
    assert check is not None and not check.passed and "every value of n" in check.message
    contradiction = "2y + 1 = 2y + 5\ny = 2\nFinal Answer: 2"
    check = system_check(contradiction)
    assert check is not None and not check.passed and "no value of y" in check.message
    solvable = "3m = m + 8\nm = 4\nFinal Answer: 4"
    check = system_check(solvable)
    assert check is None or check.passed


def test_other_wordings_of_the_same_classes_are_read():
    simultaneous = "u + v = 9\nu - v = 1\nSimultaneously, u = 6 and v = 3.\nFinal Answer: 6"
    check = system_check(simultaneous)
    assert check is not None and not check.passed
    is_integer = "k = 17 / 5 = 3.4\nSince k is an integer, we round it to 3.\nFinal Answer: 3"
    assert forced_integer_check("What is the value of k?", is_integer) is not None
    from matsci_jupyter.engines.answer.chemical_equation import balance_check

    check = balance_check(["N_2 + H_2 → 2 NH_3 (balanced)"])
    assert check is not None and not check.passed and "H: 2 on the left, 6" in check.message


def test_a_result_a_few_percent_off_an_integer_is_not_forced():
    response = (
        "n = ρ a^3 N_A / A = 3.7\nSince n must be an integer, we round it to 4.\nFinal Answer: 4"
    )
    assert forced_integer_check("How many atoms are there per unit cell?", response) is None


def test_equations_with_trigonometry_are_not_substituted_into():
    response = "2 sin(θ) = 1\nSolving, θ = 30\nFinal Answer: 30°"  # degrees, not radians
    assert system_check(response) is None
