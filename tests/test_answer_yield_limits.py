"""A yield strength beside an elastic or fracture answer, and yield-limited design (issue 11, coverage).

* **The yield check.** A yield strength beside Hooke's law, an elastic elongation or a fracture
  toughness relation bounds where the relation holds. The stress is computed from the reading's own
  values: below the yield strength the answer stands (the check is written in the steps), at or above
  it the part deforms plastically and the question is refused.
* **Yield-limited design.** The largest load, or the smallest diameter or section, of a bar in tension
  that does not yield: F = σ_y·A₀/N (N = 1 without a factor of safety).
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.to(unit).magnitude)


def _refused(question: str) -> str:
    answer = solve(question)
    assert not answer.ok, f"answered {answer.quantity}"
    assert answer.reason
    return answer.reason


# ------------------------------------------------------------------ the yield check

ROD = "A brass bar 2 m long and 8 mm in diameter (E = 100 GPa, yield strength {ys} MPa) is pulled by {kn} kN."


def test_an_elastic_elongation_below_the_yield_strength_is_answered_with_the_check() -> None:
    question = ROD.format(ys=300, kn=5) + " By how many millimetres does it stretch?"
    answer = solve(question)
    assert answer.ok, answer.reason
    stress = 4 * 5e3 / (math.pi * 8**2)  # MPa, about 99.5
    expected = stress / 100e3 * 2000
    assert answer.quantity.to("mm").magnitude == pytest.approx(expected, rel=1e-4)
    assert any(s.lower().startswith("yield check") for s in answer.steps)


def test_an_elastic_elongation_past_the_yield_strength_is_refused() -> None:
    # 25 kN on 8 mm is about 497 MPa, past 300 MPa: the elastic stretch would be wrong
    reason = _refused(ROD.format(ys=300, kn=25) + " By how many millimetres does it stretch?")
    assert "yield" in reason


def test_a_tensile_strength_alone_beside_an_elastic_elongation_is_still_refused() -> None:
    # below the tensile strength is not below the yield strength: the relation may not hold
    _refused(
        "A brass bar 2 m long and 8 mm in diameter (E = 100 GPa, tensile strength 450 MPa) is "
        "pulled by 5 kN. By how many millimetres does it stretch?"
    )


def test_a_tensile_strength_beside_a_passed_yield_check_is_set_aside_too() -> None:
    question = (
        "A brass bar 2 m long and 8 mm in diameter (E = 100 GPa, yield strength 300 MPa, tensile "
        "strength 450 MPa) is pulled by 5 kN. By how many millimetres does it stretch?"
    )
    stress = 4 * 5e3 / (math.pi * 8**2)
    assert _value(question, "mm") == pytest.approx(stress / 100e3 * 2000, rel=1e-4)


def test_a_stated_stress_below_a_yield_point_gives_the_strain() -> None:
    question = (
        "An alloy with a modulus E = 70 GPa and a yield point of 280 MPa carries a stress of 140 MPa. "
        "What strain does it show?"
    )
    assert _value(question, "dimensionless") == pytest.approx(0.002, rel=1e-4)


def test_a_fracture_stress_below_the_yield_strength_is_answered() -> None:
    question = (
        "A wide steel plate with K_Ic = 40 MPa√m and a yield strength of 1100 MPa has an edge crack "
        "1.5 mm deep. Using Y = 1.1, at what stress in MPa does it fracture?"
    )
    expected = 40 / (1.1 * math.sqrt(math.pi * 1.5e-3))  # about 530 MPa
    assert _value(question, "MPa") == pytest.approx(expected, rel=1e-4)


def test_a_fracture_stress_past_the_yield_strength_is_refused() -> None:
    # the same plate with a 400 MPa yield strength yields before the crack runs
    _refused(
        "A wide steel plate with K_Ic = 40 MPa√m and a yield strength of 400 MPa has an edge crack "
        "1.5 mm deep. Using Y = 1.1, at what stress in MPa does it fracture?"
    )


# ------------------------------------------------------------------ yield-limited design


def test_the_smallest_diameter_with_a_factor_of_safety() -> None:
    question = (
        "A round tie of a steel with a yield strength of 350 MPa is to carry 40 kN without yielding, "
        "with a factor of safety of 2. What is the minimum diameter of the tie in mm?"
    )
    expected = math.sqrt(4 * 40e3 * 2 / (math.pi * 350))
    assert _value(question, "mm") == pytest.approx(expected, rel=1e-4)


def test_the_smallest_diameter_sets_aside_a_tensile_strength_and_a_modulus() -> None:
    question = (
        "A cylindrical rod of an aluminium alloy (yield strength 200 MPa, tensile strength 300 MPa, "
        "E = 70 GPa) must hold 12 000 N without yielding, using a safety factor of 1.5 on the yield "
        "strength. Find the minimum rod diameter in mm."
    )
    expected = math.sqrt(4 * 12e3 * 1.5 / (math.pi * 200))
    assert _value(question, "mm") == pytest.approx(expected, rel=1e-4)


def test_the_largest_load_without_a_factor_of_safety() -> None:
    question = (
        "A cylindrical copper rod 9 mm in diameter has a yield strength of 70 MPa. What is the largest "
        "tensile load in N it can carry without yielding?"
    )
    assert _value(question, "N") == pytest.approx(70 * math.pi * 81 / 4, rel=1e-4)


def test_the_largest_load_with_a_factor_of_safety() -> None:
    question = (
        "A cylindrical copper rod 9 mm in diameter has a yield strength of 70 MPa. With a factor of "
        "safety of 1.4, what is the maximum load in kN it may carry?"
    )
    assert _value(question, "kN") == pytest.approx(70 / 1.4 * math.pi * 81 / 4 / 1e3, rel=1e-4)


@pytest.mark.parametrize(
    "question",
    [
        # only a tensile strength: the factor of safety may be on it, not on a yield strength
        "A round tie with a tensile strength of 500 MPa is to carry 40 kN, with a factor of safety "
        "of 2. What is the minimum diameter of the tie in mm?",
        # a square section has no diameter
        "A bar of square section with a yield strength of 350 MPa must carry 40 kN without yielding. "
        "What is the smallest side of the square in mm?",
        # shear on a pin is another loading
        "A round pin in double shear with a shear yield strength of 200 MPa must carry 40 kN without "
        "yielding. What is the minimum diameter of the pin in mm?",
        # the factor of safety is put on the tensile strength, not on the yield strength
        "A round tie (yield strength 350 MPa, tensile strength 500 MPa) is to carry 40 kN with a "
        "factor of safety of 2 on the tensile strength. What is the minimum diameter in mm?",
    ],
)
def test_look_alike_design_questions_are_refused(question: str) -> None:
    _refused(question)
