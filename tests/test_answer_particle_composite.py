"""Particle-reinforced composite modulus bounds (relations/composites.py, Callister eqs. 16.1, 16.2)."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.solver import solve

Q = (
    "A particle-reinforced composite contains 20 vol% alumina particles with a modulus of 380 GPa in a "
    "nickel matrix whose modulus is 200 GPa. What is the {bound} elastic modulus, in GPa?"
)


def _gpa(q: str) -> float:
    a = solve(q)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to("GPa").magnitude)


def test_upper_bound_is_the_volume_weighted_mean():
    assert _gpa(Q.format(bound="upper-bound")) == pytest.approx(0.8 * 200 + 0.2 * 380, rel=1e-6)


def test_lower_bound_is_the_harmonic_form():
    expected = 200 * 380 / (0.8 * 380 + 0.2 * 200)
    assert _gpa(Q.format(bound="lower-bound")) == pytest.approx(expected, rel=1e-6)


def test_no_bound_named_is_refused():
    q = (
        "A particle-reinforced composite contains 20 vol% alumina particles with a modulus of 380 GPa "
        "in a nickel matrix whose modulus is 200 GPa. Estimate the elastic modulus of the composite."
    )
    assert solve(q).quantity is None
