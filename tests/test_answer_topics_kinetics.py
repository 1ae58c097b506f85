"""Kinetics relations (relations/kinetics.py): each value computed here from the textbook formula.

Some tests ask questions that relations declared in course.py / exam.py (solver11's modules) answer:
they pin the behaviour the topic needs, whichever module declares it.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve


def _value(question: str, unit: str) -> float:
    a = solve(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def test_avrami_time_from_the_half_time():
    q = (
        "Recrystallization follows the Avrami equation with n = 3.0. Half the material has "
        "recrystallized after 200 s. How long is required for 95% recrystallization?"
    )
    k = math.log(2) / 200**3
    expected = (math.log(1 / 0.05) / k) ** (1 / 3)
    assert _value(q, "s") == pytest.approx(expected, rel=1e-6)


def test_heterogeneous_nucleation_barrier_ratio():
    q = (
        "For heterogeneous nucleation of a spherical-cap nucleus on a flat mould wall with a contact "
        "angle of 45°, what is the ratio of the heterogeneous to the homogeneous nucleation barrier?"
    )
    c = math.cos(math.radians(45))
    assert _value(q, "dimensionless") == pytest.approx((2 + c) * (1 - c) ** 2 / 4, rel=1e-6)


def test_parabolic_grain_growth():
    q = (
        "A metal has an initial grain diameter of 10 µm. After 1 h at 600 °C the grain diameter is "
        "30 µm. Assuming d² − d0² = Kt, what will the grain diameter be after 3 h at 600 °C?"
    )
    K = (30**2 - 10**2) / 1.0
    assert _value(q, "um") == pytest.approx(math.sqrt(10**2 + K * 3.0))


def test_avrami_rate_constant_without_its_time_unit_is_refused():
    q = (
        "A transformation obeys y = 1 − exp(−k tⁿ) with k = 5.0 × 10⁻⁴ and n = 2.2. How long does "
        "it take for 40% to transform?"
    )
    assert solve(q).quantity is None
