"""B₀ = μ₀H for a field in vacuum, and M = χ_m H with H from B₀ (relations/magnetic.py)."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

MU0 = 4e-7 * math.pi


def test_magnetization_from_a_field_given_in_vacuum():
    q = (
        "A paramagnetic rod of susceptibility χ_m = 3.0 × 10^-4 is placed in a coil whose flux density "
        "in vacuum is B₀ = 0.20 T. What magnetization does the rod acquire, in A/m?"
    )
    a = solve(q)
    assert a.quantity is not None, a.reason
    assert float(a.quantity.to("A/m").magnitude) == pytest.approx(3.0e-4 * 0.20 / MU0, rel=1e-3)


def test_field_strength_from_the_flux_density_in_vacuum():
    q = (
        "An empty coil produces a field whose flux density in vacuum is B₀ = 0.050 T. What is the "
        "magnetic field strength H inside it, in A/m?"
    )
    a = solve(q)
    assert a.quantity is not None, a.reason
    assert float(a.quantity.to("A/m").magnitude) == pytest.approx(0.050 / MU0, rel=1e-3)
