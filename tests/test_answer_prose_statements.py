"""Reading a worked answer into statements: where one statement ends and the next begins.

Classes (our own wording and numbers, not taken from any data set):
- an implication arrow ('→', '->', '=>', '⇒', '\\Rightarrow') joins two statements, it does not
  continue one '=' chain; a limit or a reaction arrow with no equality on one side stays whole;
- a unit identity stated before an arrow ('since 1 μΩ·cm = 10^-8 Ω·m → ρ ≈ …') is checked on its own
  and is not compared with the result after the arrow;
- a full stop ends a chain: a line (or the rest of a line) that opens with '=' after a sentence is
  not glued to that sentence's last assignment;
- 'in' after a number, with a power or before '=' or '/', is the inch; elsewhere it is the word;
  a stated side whose unit word was dropped is not compared with a side that has a unit;
- a chain whose left side is a function of a symbol ('sin φ = 0.62', 'ln(k) = …', 'x^2 = …',
  '1/τ = …') does not give that symbol's value.
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.asked_precision import precision_check
from matsci_jupyter.engines.answer.prose import (
    clauses,
    inch_units,
    response_lines,
    split_implications,
    statements,
    transforms_symbol,
)
from matsci_jupyter.engines.answer.step_check import NOT_CHECKED, WRONG, read_steps
from matsci_jupyter.engines.answer.unit_text import parse_unit


def test_an_arrow_between_two_equalities_splits_them():
    assert split_implications("k = 4 → k^2 = 16") == ["k = 4", "k^2 = 16"]
    assert clauses("a = 3 -> b = 2a = 6") == ["a = 3", "b = 2a = 6"]
    assert clauses("u=1=>v=2") == ["u=1", "v=2"]
    lines = response_lines("$x = 5 \\Rightarrow y = 2x = 10$")
    assert [st.sides for st in statements(lines)] == [("x ", " 5"), ("y ", " 2x ", " 10")]


def test_an_arrow_without_an_equality_on_both_sides_stays_in_place():
    assert split_implications("lim_x→0 (1 - cos x)/x = 0") == ["lim_x→0 (1 - cos x)/x = 0"]
    assert split_implications("CH4 + 2 O2 → CO2 + 2 H2O") == ["CH4 + 2 O2 → CO2 + 2 H2O"]
    assert clauses("mol% → wt%: w = 12.5") == ["mol% → wt%: w = 12.5"]


def test_a_value_before_an_arrow_is_not_compared_with_the_result_after_it():
    question = "Zinc vapour: find its pressure at 800 K in kPa."
    right = (
        "ln(p/1 atm) = -12 000 × 1.5 × 10^-4 = -1.8 → p = 0.1653 atm\n\n"
        "1 atm = 101.325 kPa, so p = 0.1653 × 101.325 = 16.75 kPa"
    )
    assert check_answer(question, right).verdict != "flagged"
    slip = right.replace("16.75 kPa", "18.62 kPa")
    answer = check_answer(question, slip)
    assert answer.verdict == "flagged" and "arithmetic" in answer.reason


def test_a_unit_identity_before_an_arrow_is_not_the_result():
    question = "A copper alloy has resistivity 4.1 × 10^-8 Ω·m. Express it in μΩ·cm."
    right = "ρ = 4.1 × 10^-8 Ω·m\n\nSince 1 μΩ·cm = 10^-8 Ω·m → ρ ≈ 4.1 μΩ·cm"
    assert check_answer(question, right).verdict != "flagged"
    wrong_identity = "ρ = 4.1 × 10^-8 Ω·m\n\nSince 1 μΩ·cm = 10^-6 Ω·m → ρ ≈ 0.041 μΩ·cm"
    assert check_answer(question, wrong_identity).verdict == "flagged"


def test_a_full_stop_ends_a_chain():
    lines = ["with m_1 = 2.0 kg and m_2 = 3.0 kg.", "= (2.0 × 3.0)/(2.0 + 3.0) = 1.2"]
    found = statements(lines)
    assert found[-1].sides[0].strip() == "" and "kg" not in found[-1].text
    same_line = clauses("and d = 0.80 g/cm^3. = (0.80 × 5)/(4) = 1.0")
    assert same_line == ["and d = 0.80 g/cm^3", "= (0.80 × 5)/(4) = 1.0"]
    # an aligned continuation (no full stop) is still one chain
    aligned = statements(["F = m a", "= (2.0 kg)(3.0 m/s^2) = 6.0 N"])
    assert len(aligned) == 1 and len(aligned[0].sides) == 4


def test_in_after_a_number_with_a_power_is_the_inch():
    assert inch_units("2.5 × 10^-3 in^2 = 1.613 mm^2") == "2.5 × 10^-3 inch^2 = 1.613 mm^2"
    assert inch_units("(1/50 in)^2") == "(1/50 inch)^2"
    assert inch_units("64 pits/in^2 seen") == "64 pits/inch^2 seen"
    assert inch_units("w = 0.75 in") == "w = 0.75 inch"
    assert inch_units("2 in. = 50.8 mm") == "2 inch = 50.8 mm"
    for prose in ("an increase of 15 in the count", "given in (b)", "plug in r = 3"):
        assert inch_units(prose) == prose
    assert parse_unit("inch^2") is not None


def test_a_side_whose_unit_word_was_dropped_is_not_compared():
    # read without the inch (as a bare line): the stated side lost its unit, so nothing is proved
    (step,) = read_steps(statements(["4 in^2 = 4 × (2.54 cm)^2 = 25.81 cm^2"]), {})
    assert step.status != WRONG
    # read as a response, the inch is a unit and the conversion is checked both ways
    lines = response_lines("4 in^2 = 4 × (2.54 cm)^2 = 25.81 cm^2")
    (step,) = read_steps(statements(lines), {})
    assert step.status not in (WRONG, NOT_CHECKED)
    lines = response_lines("4 in^2 = 4 × (2.54 cm)^2 = 31.4 cm^2")
    (step,) = read_steps(statements(lines), {})
    assert step.status == WRONG


def test_a_function_of_a_symbol_is_not_its_value():
    for left in ("sin φ", "Step 2: ln(k/k_0)", "r^2", "√D", "1/τ", "e^(-E/kT)"):
        assert transforms_symbol(left), left
    for left in ("φ", "T_2", "ΔH", "d_110", "k"):
        assert not transforms_symbol(left), left


def test_the_sine_of_the_asked_angle_is_not_the_angles_own_result():
    from matsci_jupyter.units import get_registry

    question = (
        "Light passes from glass (n = 1.62) into air. Give the critical angle in degrees, "
        "to one decimal place."
    )
    response = "n₁ sin θ_c = n₂ → sin θ_c = 1.00/1.62 = 0.6173\n\nθ_c = arcsin(0.6173) = 38.1°"
    assert precision_check(question, get_registry().Quantity(38.1, "degree"), response) is None
    assert check_answer(question, response).verdict != "flagged"


def test_a_comma_before_a_function_of_a_symbol_starts_a_new_assignment():
    # a ratio computed and then the error-function value it gives, joined by a comma: the ratio is
    # compared with its own result, not with the erf value that follows
    lines = response_lines("(0.70 - 0.20)/(1.45 - 0.20) = 0.40, erf w = 0.60, w = 0.595")
    assert [st.sides[-1].strip() for st in statements(lines)] == ["0.40", "0.60", "0.595"]
    verdict = check_answer(
        "A steel at 0.20 wt% C is carburised with its surface held at 1.45 wt% C. At what depth "
        "ratio is the carbon 0.70 wt%?",
        "(0.70 - 0.20)/(1.45 - 0.20) = 0.40, erf w = 0.60, so w = 0.595. Answer: 0.595",
    )
    assert verdict.verdict != "flagged", verdict.reason
    # the look-alike: a ratio that is itself wrong is still caught when an erf clause follows it
    wrong = check_answer(
        "A steel at 0.20 wt% C is carburised with its surface held at 1.45 wt% C. At what depth "
        "ratio is the carbon 0.70 wt%?",
        "(0.70 - 0.20)/(1.45 - 0.20) = 0.62, erf w = 0.38, so w = 0.35. Answer: 0.35",
    )
    assert wrong.verdict == "flagged" and "0.62" in (wrong.reason or "")
