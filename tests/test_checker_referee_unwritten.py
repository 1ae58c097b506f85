"""The solver as a referee may set aside givens the judged response never writes.

The solver refuses a question whose every relation leaves a given unused (it will not guess which
value to ignore). As a referee of a worked answer it may leave aside exactly the givens the response
itself never writes: the response judged them irrelevant, so a needed given it dropped is dropped by
the referee too (the two then agree and nothing is flagged). Answers shown to a user never change.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer import check_answer
from matsci_jupyter.engines.answer.quantities import extract
from matsci_jupyter.engines.answer.solver import solve, solve_as_referee

WIRE = (
    "A nickel wire has a diameter of 2.0 mm and a length of 12 m. Nickel's resistivity is "
    "6.9 × 10^-8 Ω·m and its density is 8.9 g/cm³. Find the resistance of the wire in ohms."
)
R_RIGHT = 6.9e-8 * 12 / (math.pi * 0.001**2)
R_DIAMETER_AS_RADIUS = 6.9e-8 * 12 / (math.pi * 0.002**2)

PLATE = (
    "An aluminium plate 5 mm thick conducts heat at steady state between faces held at 100 °C and "
    "60 °C. The conductivity is 237 W/(m·K) and the plate's density is 2.70 g/cm³. What is the heat "
    "flux through it in W/m²?"
)
FLUX_RIGHT = 237 * 40 / 0.005
FLUX_MM_AS_CM = 237 * 40 / 0.05


def _wire_response(radius_m: float, final: float, extra: str = "") -> str:
    area = math.pi * radius_m**2
    return (
        f"The cross-section is A = π r² = π({radius_m * 1e3:.1f} × 10⁻³ m)² = {area:.4e} m².\n"
        f"{extra}"
        f"R = ρL/A = (6.9 × 10⁻⁸ × 12)/({area:.4e}) = {final:.4f} Ω\n\n"
        f"**Final Answer:** R ≈ {final:.4f} Ω"
    )


def _plate_response(thickness_m: float, final: float) -> str:
    return (
        "### Fourier's law\n"
        f"- q = k ΔT / L = 237 × (100 − 60) / {thickness_m} = {final:.4g} W/m²\n\n"
        f"Therefore, the heat flux is {final:.4g} W/m²."
    )


def test_users_answer_is_unchanged_the_solver_still_refuses() -> None:
    for question in (WIRE, PLATE):
        answer = solve(question)
        assert not answer.ok
        assert "unused" in (answer.reason or "")


def test_referee_sets_aside_only_the_named_unwritten_givens() -> None:
    assert solve_as_referee(WIRE, ["8.9 g/cm³"]).quantity.to("ohm").magnitude == pytest.approx(
        R_RIGHT, rel=1e-3
    )
    # a given the response does write is not set aside: still a refusal
    assert not solve_as_referee(WIRE, ["12 m"]).ok
    # the referee mode ends with the call
    assert not solve(WIRE).ok


@pytest.mark.parametrize(
    ("question", "wrong", "right"),
    [
        (WIRE, _wire_response(0.002, R_DIAMETER_AS_RADIUS), _wire_response(0.001, R_RIGHT)),
        (PLATE, _plate_response(0.05, FLUX_MM_AS_CM), _plate_response(0.005, FLUX_RIGHT)),
    ],
)
def test_wrong_relation_use_is_flagged_and_the_right_one_is_not(
    question: str, wrong: str, right: str
) -> None:
    flagged = check_answer(question, wrong)
    assert flagged.verdict == "flagged"
    assert "independent solution" in (flagged.reason or "")
    assert "does not use it" in (flagged.reason or "")
    kept = check_answer(question, right)
    assert kept.verdict == "consistent"


def test_a_response_that_writes_the_extra_given_gets_no_relaxed_referee() -> None:
    # it writes the density (so the referee may not set it aside): its diameter slip is not
    # refuted by the solver, and nothing else proves it wrong
    text = _wire_response(
        0.002, R_DIAMETER_AS_RADIUS, extra="(The density, 8.9 g/cm³, is not needed here.)\n"
    )
    answer = check_answer(WIRE, text)
    assert "independent solution" not in (answer.reason or "")


def test_a_given_of_a_kind_the_reading_uses_is_never_set_aside() -> None:
    # two diameters and two gauge lengths: a reading from the lengths alone leaves the diameters
    # unused, but lengths are of their kind, so the referee does not set them aside
    question = (
        "A round bar of 10.0 mm diameter and 40.0 mm gauge length breaks at a gauge length of 52.0 mm "
        "with a neck diameter of 6.0 mm. What is its percent reduction in area?"
    )
    givens = [g.describe() for g in extract(question).givens if g.has_unit]
    diameters = [d for d in givens if d.startswith(("10 mm", "6 mm"))]
    assert len(diameters) == 2, givens
    assert not solve_as_referee(question, diameters).ok
    # the same call may set aside a given of another kind (the density of the wire question)
    assert solve_as_referee(
        WIRE, [g.describe() for g in extract(WIRE).givens if "g/cm" in g.describe()]
    ).ok


def test_a_bare_final_value_gets_no_relaxed_referee() -> None:
    # a response that writes none of the givens the reading uses is no worked answer to compare
    answer = check_answer(WIRE, f"R ≈ {R_DIAMETER_AS_RADIUS:.4f} Ω")
    assert "independent solution" not in (answer.reason or "")
