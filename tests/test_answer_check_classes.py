"""check_answer: each class of provably wrong response it flags, and its look-alikes it must not flag.

Classes (written from our own wording, not copied from any data set):
- a program-of-thought answer that raises, returns nothing, returns several values where the
  question fixes one unit, or returns its value in the base unit where the question asks for a
  power-of-ten unit;
- a response that ends by saying it cannot answer, or whose marked final answer is a formula in
  symbols nobody gave a value, an infinite value, or a list where one number is asked;
- a symbolic step whose two sides are different functions of the same symbols;
- unit spellings exam prose uses (mL, 0.1 M, Js) and a number re-written in scientific notation.
"""

from __future__ import annotations

import pytest

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.prose import is_code


def _sandbox_runs() -> bool:
    from matsci_jupyter.sandbox import run_code

    return run_code("result = 1", timeout_s=20).ok


needs_sandbox = pytest.mark.skipif(
    not _sandbox_runs(), reason="no sandbox can run code on this machine (bubblewrap missing?)"
)

ORBIT_Q = (
    "A small moon circles its planet every 2.5 days. Its orbital radius is wanted. (Unit: 10^8 m)"
)


# ------------------------------------------------------------------ programs
def test_a_program_is_recognised_even_without_imports():
    code = "def solve():\n    a = 2.0  # m\n    b = 3.0\n    return a * b\n"
    assert is_code(code)
    assert not is_code("The force is F = m a = 2 kg × 3 m/s^2 = 6 N.\nFinal Answer: 6 N")


@needs_sandbox
def test_a_program_that_raises_is_flagged_with_its_error_and_line():
    code = "def solve():\n    v = 3.0\n    return v / (v - 3.0)\n"
    a = check_answer("What is the ratio of the two speeds?", code)
    assert a.verdict == "flagged"
    assert "ZeroDivisionError" in a.reason and "line 3" in a.reason


@needs_sandbox
def test_a_program_returning_nothing_or_text_is_flagged():
    a = check_answer("What is the speed in m/s?", "def solve():\n    speed = 4.0 * 2\n")
    assert a.verdict == "flagged" and "None" in a.reason
    b = check_answer("What is the speed in m/s?", "def solve():\n    return 'about eight'\n")
    assert b.verdict == "flagged" and "not a number" in b.reason


@needs_sandbox
def test_a_program_returning_several_values_for_one_asked_unit_is_flagged():
    code = "def solve():\n    period = 2.5 * 86400\n    radius = 3.9e8\n    return [period, radius / 1e8]\n"
    a = check_answer(ORBIT_Q, code)
    assert a.verdict == "flagged" and "2 values" in a.reason


@needs_sandbox
def test_a_program_answering_in_the_base_unit_of_a_scaled_unit_is_flagged():
    code = "def solve():\n    r = 3.9e8  # m\n    return r\n"
    a = check_answer(ORBIT_Q, code)
    assert a.verdict == "flagged"
    assert "10^8" in a.reason and "3.9" in a.reason


@needs_sandbox
def test_a_program_in_the_asked_scale_is_not_flagged():
    code = "def solve():\n    r = 3.9e8  # m\n    return r / 1e8\n"
    a = check_answer(ORBIT_Q, code)
    assert a.verdict != "flagged", a.reason
    assert "3.9" in a.reason  # the value it gives is reported


@needs_sandbox
def test_a_program_that_cannot_be_run_here_is_not_checked_not_flagged():
    missing = "import a_library_nobody_has\ndef solve():\n    return 1.0\n"
    assert check_answer("What is x?", missing).verdict == "not checked"
    refused = "import os\ndef solve():\n    os.system('ls')\n    return 1.0\n"
    assert check_answer("What is x?", refused).verdict == "not checked"


# ------------------------------------------------------------------ no value given
def test_a_response_that_gives_up_is_flagged():
    resp = (
        "The heat released depends on the mass of the sample.\n"
        "Since the mass is not stated, we cannot determine the heat released."
    )
    a = check_answer("How much heat (in J) is released when the block cools by 20 K?", resp)
    assert a.verdict == "flagged" and "ends without answering" in a.reason


def test_doubt_followed_by_a_number_is_not_a_refusal():
    resp = (
        "At first it seems the heat cannot be determined without the mass.\n"
        "But the block is 2 kg, so Q = 2 kg × 400 J/(kg K) × 20 K = 16000 J.\n"
        "Final Answer: 16000 J"
    )
    a = check_answer("How much heat (in J) does a 2 kg block release when it cools by 20 K?", resp)
    assert a.verdict != "flagged", a.reason


def test_a_final_answer_that_is_a_formula_in_free_symbols_is_flagged():
    resp = "The ratio of the periods follows from Kepler's law.\nFinal Answer: (T_2)/(4 T_1)"
    a = check_answer("What is the ratio of the two orbital radii?", resp)
    assert a.verdict == "flagged" and "formula" in a.reason and "T_2" in a.reason


@pytest.mark.parametrize(
    "question, final",
    [
        ("Find an expression for the ratio in terms of T_1 and T_2.", "(T_2)/(4 T_1)"),
        ("How many moles of iodine are released?", "6 moles of I_2"),
        ("What is the ratio of the two radii?", "√(3)/2"),
    ],
)
def test_finals_that_are_values_or_asked_formulas_are_not_flagged_as_formulas(question, final):
    a = check_answer(question, f"Working omitted.\nFinal Answer: {final}")
    assert not any(c.name == "final value" and not c.passed for c in a.checks), a.reason


def test_an_infinite_final_answer_is_flagged():
    resp = "I_max = 5 A and I_min = 0 A, so I_max / I_min = 5 / 0 = \\boxed{\\infty}"
    resp = resp.replace("\\infty", "∞")
    a = check_answer("What is the ratio of the maximum to the minimum current?", resp)
    assert a.verdict == "flagged" and "∞" in a.reason


def test_several_values_where_the_question_fixes_one_unit_are_flagged():
    resp = "T = 1/f = 1.5 × 10^-7 s and ω = 2πf = 4.2 × 10^7 rad/s.\nTherefore, the answer is [1.5 × 10^-7, 4.2]."
    a = check_answer(
        "A crystal oscillates at 6.7 MHz. What is its angular frequency? (Unit: 10^7 rad/s)", resp
    )
    assert a.verdict == "flagged" and "2 values" in a.reason


def test_one_value_written_twice_is_not_several_values():
    resp = "v = 3 m / 2 s = 1.5 m/s.\nTherefore, the answer is 1.5 m/s, or 150 cm/s."
    a = check_answer("How fast does the cart move? (Unit: m/s)", resp)
    assert not any(c.name == "final value" and not c.passed for c in a.checks), a.reason


# ------------------------------------------------------------------ symbolic steps
def test_a_wrong_symbolic_simplification_is_flagged_with_a_point():
    resp = (
        "For the mixture, C = (3)/(2) R + (5)/(2) R ((7/5)/(2/5)) = (29)/(6) R\n"
        "Final Answer: 29/6 R"
    )
    a = check_answer("What is the molar heat capacity of the mixture, in units of R?", resp)
    assert a.verdict == "flagged"
    assert "algebra" in a.reason and "R = " in a.reason


@pytest.mark.parametrize(
    "chain",
    [
        "t = (n π)/(π/6) = 6 n",  # a correct identity
        "x = (a^2 - b^2)/(a - b) = a + b",
        "N = (m g)/(1 - 1.25) = (m g)/(0.25)",  # a sign slip: not checked, as for numbers
        "v = √(2 g h) = √(2 × 9.8 × h)",  # a value substituted: the symbols differ
    ],
)
def test_correct_identities_sign_slips_and_substitutions_are_not_flagged(chain):
    a = check_answer("What is the value asked?", f"{chain}\nFinal Answer: 1")
    assert not any(c.name == "algebra" and not c.passed for c in a.checks), a.reason


# ------------------------------------------------------------------ exam units and notation
def test_molarity_times_millilitres_read_as_moles():
    resp = (
        "Moles of permanganate = 0.02 M × 25.0 mL\n"
        "Moles of permanganate = 0.5 mol\n"
        "Final Answer: 0.5"
    )
    a = check_answer("How many moles of permanganate were used in the titration?", resp)
    assert a.verdict == "flagged" and "5×10^-4 mol" in a.reason
    ok = check_answer(
        "How many moles of permanganate were used in the titration?",
        "n = 0.02 M × 25.0 mL = 0.5 mmol\nFinal Answer: 0.5 mmol",
    )
    assert ok.verdict != "flagged", ok.reason


def test_planck_constant_in_js_is_read():
    resp = (
        "λ = h / (m v) = (6.626 x 10^-34 Js) / (0.2 kg * 10 m/s)\n"
        "λ = 3.3 x 10^-35 m\nFinal Answer: 3.3 × 10^-35 m"
    )
    a = check_answer("What is the de Broglie wavelength of a 0.2 kg ball at 10 m/s, in m?", resp)
    assert a.verdict == "flagged" and "3.313×10^-34" in a.reason


def test_a_number_rewritten_in_scientific_notation_must_keep_its_value():
    bad = "N = 8 × 1.5 × 10^17 = 12 × 10^17 = 1.2 × 10^19\nFinal Answer: 1.2 × 10^19"
    good = "N = 8 × 1.5 × 10^17 = 12 × 10^17 = 1.2 × 10^18\nFinal Answer: 1.2 × 10^18"
    q = "How many alpha particles are emitted?"
    assert check_answer(q, bad).verdict == "flagged"
    assert check_answer(q, good).verdict != "flagged"


def test_a_fraction_is_read_as_a_percent_only_where_the_step_speaks_of_percent():
    q = "What fraction of the sample decays?"
    assert check_answer(q, "f = 1/4 = 25 %\nFinal Answer: 25 %").verdict != "flagged"
    assert check_answer(q, "f = 1/4 = 25\nFinal Answer: 25").verdict == "flagged"


def test_a_slip_in_an_intermediate_line_that_does_not_reach_the_result_is_not_blocking():
    resp = (
        "v = (6.6 × 10^-34 × 100 × 10^3)/(330 × 10^-9 × (2)/(3) × 10^-23)\n"
        "v = (6.6 × 10^-31)/(220 × 10^-32)\n"
        "v = 3 × 10^1 cm s^-1\n"
        "Final Answer: 30 cm s^-1"
    )
    a = check_answer("What is the change in velocity, in cm s^-1?", resp)
    assert a.verdict != "flagged", a.reason
    assert any(c.name == "arithmetic" and not c.passed and not c.blocking for c in a.checks)


# ------------------------------------------------------------------ the final against the response's own result
def test_a_final_off_its_own_result_by_a_power_of_ten_the_question_does_not_fix_is_flagged():
    q = "The amount of iron is x × 10^-2 mol. What is the value of x?"
    bad = (
        "x = (0.03)(0.0125)(0.2)(10)(0.64) = 4.8 × 10^-4\nTherefore, the answer is x = 4.8 × 10^-3."
    )
    good = "x = (0.03)(0.0125)(0.2)(10)(0.64) = 4.8 × 10^-4\nTherefore, the answer is x = 0.048."
    assert check_answer(q, bad).verdict == "flagged"
    assert check_answer(q, good).verdict != "flagged", check_answer(q, good).reason


def test_a_final_that_contradicts_the_result_just_before_it_is_flagged():
    q = "What is the height of the ramp, in metres?"
    bad = (
        "h = s sin 60° = (5/4)(√3/2)\nh = (5√(3))/(8) m.\n"
        "So the height is \\boxed{0.96} m (correct to 2 decimal places)."
    )
    good = bad.replace("0.96", "1.08")
    a = check_answer(q, bad)
    assert a.verdict == "flagged" and "own result" in a.reason and "1.083" in a.reason
    assert check_answer(q, good).verdict != "flagged", check_answer(q, good).reason


def test_doubt_then_a_value_in_the_same_line_is_not_giving_up():
    resp = (
        "Without the mass we cannot find Q directly; taking m = 2 kg, Q = 2 × 400 × 20 = 16000 J."
    )
    a = check_answer("How much heat (in J) does the block release when it cools by 20 K?", resp)
    assert a.verdict != "flagged", a.reason


def test_algebra_continued_on_the_next_line_is_checked():
    resp = "φ = (1)/(ε_0) (Q)/((R^2)/(16)) · (R^2)/(16)\nφ = (16)/(ε_0) Q\nFinal Answer: 16"
    a = check_answer("What is the ratio of the two fluxes?", resp)
    assert a.verdict == "flagged" and "algebra" in a.reason


def test_rounded_decimals_in_symbolic_steps_are_allowed():
    resp = "ΔG = 2.303 × 2500 × 0.7 - E_a\nΔG = 4022.5 - E_a\nFinal Answer: 4022.5"
    a = check_answer("What is the value of ΔG in J/mol?", resp)
    assert not any(c.name == "algebra" and not c.passed for c in a.checks), a.reason


def test_a_logarithm_of_a_bare_number_is_read():
    resp = "W = nRT ln8 = 1 × 8.0 × 100 × ln8 = 174.16 J\nFinal Answer: 174.16 J"
    a = check_answer(
        "What work does one mole of gas do at 100 K when it expands eightfold, in J?", resp
    )
    assert a.verdict == "flagged" and "1664" in a.reason


@needs_sandbox
def test_a_program_returning_an_exact_fraction_or_printing_is_a_number():
    exact = "import sympy\ndef solve():\n    return sympy.Rational(3, 2)\n"
    assert "1.5" in check_answer("What is the ratio?", exact).reason
    printed = "x = 2\ny = 3\nprint(x * y)\n"
    a = check_answer("What is the product?", printed)
    assert a.verdict == "not checked" and "gives 6" in a.reason


def test_a_final_line_that_computes_from_the_line_before_is_not_a_restatement():
    resp = "s = (5)/(4) m = 1.25 m.\nSo the height h = s sin 60° is \\boxed{1.08} m."
    a = check_answer("What is the height of the ramp, in metres?", resp)
    assert not any(c.name == "own result" and not c.passed for c in a.checks), a.reason
