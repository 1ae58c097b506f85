"""Classes of wrong answers found by the round-7 neighbour probe (tests/data/answer_neighbours7.py).

Each class has a question that main answered wrong (now refused, or answered right) and a look-alike
that must keep its verdict. Wording is our own.

* Schmid's law with angles no crystal has: the slip direction lies in the slip plane, so φ + λ ≥ 90°.
* Schmid's law with the angle to the slip plane itself given (φ is to the plane's normal).
* Flexural strength in four-point bending answered with the three-point formula.
* A magnet's energy product asked in MGOe: pint's Gaussian G·Oe is 4π too large for B·H.
* Percent cold work of a plate rolled thinner answered with the round-section (squared) formula.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.engines.answer.unit_text import parse_unit
from matsci_jupyter.units import get_registry


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.to(get_registry().Unit(unit)).magnitude)


def _refused(question: str) -> str:
    answer = solve(question)
    assert not answer.ok, f"answered {answer.quantity}"
    assert answer.reason
    return answer.reason


# ---------------------------------------------------------------- Schmid geometry
def test_schmid_angles_that_no_crystal_has_are_refused() -> None:
    reason = _refused(
        "The load axis of a copper crystal lies 25° from the slip-plane normal and 50° from the "
        "slip direction. The critical resolved shear stress is 2.0 MPa. What tensile stress makes "
        "it slip, in MPa?"
    )
    assert "90°" in reason


def test_schmid_angles_that_add_to_more_than_90_are_answered() -> None:
    got = _value(
        "The load axis of a copper crystal lies 40° from the slip-plane normal and 55° from the "
        "slip direction. The critical resolved shear stress is 2.0 MPa. What tensile stress makes "
        "it slip, in MPa?",
        "MPa",
    )
    assert got == pytest.approx(2.0 / (math.cos(math.radians(40)) * math.cos(math.radians(55))))


def test_angle_to_the_slip_plane_itself_is_not_phi() -> None:
    reason = _refused(
        "A tin crystal is loaded along a direction making 35° with the slip plane and 60° with "
        "the slip direction. Its critical resolved shear stress is 1.2 MPa. At what tensile stress "
        "does it yield, in MPa?"
    )
    assert "normal" in reason


def test_angle_to_the_slip_plane_normal_is_phi() -> None:
    got = _value(
        "A tin crystal is loaded along a direction making 35° with the slip-plane normal and 60° "
        "with the slip direction. Its critical resolved shear stress is 1.2 MPa. At what tensile "
        "stress does it yield, in MPa?",
        "MPa",
    )
    assert got == pytest.approx(1.2 / (math.cos(math.radians(35)) * math.cos(math.radians(60))))


# ---------------------------------------------------------------- bending tests
def test_four_point_bending_is_not_answered_with_the_three_point_formula() -> None:
    _refused(
        "A zirconia bar 8 mm wide and 4 mm thick is broken in a four-point bend test whose "
        "supports are 30 mm apart; its flexural strength is 800 MPa. What load breaks it, in N?"
    )
    _refused(
        "A glass rod 4 mm in diameter fails in four-point bending over a 30 mm support span at "
        "60 N. What is its flexural strength in MPa?"
    )


def test_three_point_bending_still_answered() -> None:
    got = _value(
        "A zirconia bar 8 mm wide and 4 mm thick is broken in a three-point bend test whose "
        "supports are 30 mm apart; its flexural strength is 800 MPa. What load breaks it, in N?",
        "N",
    )
    assert got == pytest.approx(800 * 2 * 8 * 4**2 / (3 * 30))


# ---------------------------------------------------------------- energy product in MGOe
def test_mgoe_is_the_si_energy_product_over_40_pi() -> None:
    ureg = get_registry()
    one = ureg.Quantity(1, parse_unit("MGOe").units).to("kJ/m**3").magnitude
    assert one == pytest.approx(1e5 / (4 * math.pi) / 1e3)
    for written in ("MG·Oe", "MG Oe", "megagauss-oersteds"):
        assert parse_unit(written).units == parse_unit("MGOe").units
    # the Gaussian G and Oe on their own stay pint's (a field is not converted through them)
    assert parse_unit("Oe").units == ureg.Unit("oersted")


def test_energy_product_asked_in_mgoe() -> None:
    stem = (
        "The demagnetization curve of a ferrite magnet is a straight line between B_r = 0.42 T "
        "and H_c = −250 kA/m. Estimate its maximum energy product"
    )
    in_si = _value(stem + " in kJ/m³.", "kJ/m**3")
    assert in_si == pytest.approx(0.42 * 250 / 4)
    answer = solve(stem + " in MG·Oe.")
    assert answer.ok
    assert float(answer.quantity.magnitude) == pytest.approx(0.42 * 250e3 / 4 * 4 * math.pi / 1e5)


# ---------------------------------------------------------------- cold work of a plate
def test_plate_rolled_thinner_is_not_a_round_section() -> None:
    _refused(
        "An aluminium plate 12 mm thick is cold rolled to a thickness of 9 mm. Compute the "
        "percent cold work."
    )


def test_round_bar_cold_work_still_answered() -> None:
    got = _value(
        "An aluminium bar 12 mm in diameter is cold drawn to a diameter of 9 mm. Compute the "
        "percent cold work.",
        "percent",
    )
    assert got == pytest.approx((1 - (9 / 12) ** 2) * 100)
