"""Geometry from Miller indices: Schmid's law with the tensile axis, slip plane and slip direction
written as indices, and the angle between two cubic directions or planes."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve


def _cos(a, b):
    return abs(sum(x * y for x, y in zip(a, b, strict=True))) / (
        math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    )


def test_resolved_shear_stress_from_indices():
    q = (
        "A single crystal of BCC iron is oriented such that a tensile stress is applied along a [010] "
        "direction. Compute the resolved shear stress along a (110) plane and in a [-111] direction when "
        "a tensile stress of 52 MPa is applied."
    )
    a = solve(q)
    expected = 52 * _cos((1, 1, 0), (0, 1, 0)) * _cos((-1, 1, 1), (0, 1, 0))
    assert a.quantity is not None, a.reason
    assert a.quantity.to("MPa").magnitude == pytest.approx(expected, rel=1e-6)


def test_tensile_stress_to_start_slip_from_the_critical_resolved_shear_stress():
    q = (
        "A single crystal of an FCC metal is pulled in tension along the [001] direction. The critical "
        "resolved shear stress is 1 MPa. What tensile stress (in MPa) is needed to initiate slip on the "
        "(111)[0-11] slip system?"
    )
    a = solve(q)
    m = _cos((1, 1, 1), (0, 0, 1)) * _cos((0, -1, 1), (0, 0, 1))
    assert a.quantity is not None, a.reason
    assert a.quantity.to("MPa").magnitude == pytest.approx(1 / m, rel=1e-6)


def test_a_direction_outside_the_plane_is_not_a_slip_system():
    a = solve(
        "A tensile stress of 10 MPa is applied along [001]. Compute the resolved shear stress on the "
        "(111) plane in the [111] direction."
    )
    assert a.quantity is None
    assert "not a slip system" in a.reason


def test_two_directions_without_a_stated_axis_are_refused():
    a = solve(
        "A stress of 10 MPa acts on a crystal. Compute the resolved shear stress for the (111) slip "
        "plane, [001] and [0-11]."
    )
    assert a.quantity is None


@pytest.mark.parametrize(
    ("question", "a", "b"),
    [
        (
            "What is the angle between the [111] and [110] directions in a cubic crystal?",
            (1, 1, 1),
            (1, 1, 0),
        ),
        (
            "Calculate the angle (in degrees) between the (111) and (100) planes of an FCC crystal.",
            (1, 1, 1),
            (1, 0, 0),
        ),
    ],
)
def test_angle_between_cubic_indices(question, a, b):
    ans = solve(question)
    assert ans.quantity is not None, ans.reason
    assert ans.quantity.to("degree").magnitude == pytest.approx(math.degrees(math.acos(_cos(a, b))))


def test_angles_are_computed_only_for_cubic_crystals():
    a = solve("What is the angle between the [100] and [111] directions in a tetragonal crystal?")
    assert a.quantity is None
