"""'F/m' and 'F m⁻¹' are farads per metre (a permittivity); a bare 'F' stays unread (issue 11).

A stated ε₀ = 8.85 × 10⁻¹² F m⁻¹ was read as a bare number, so a capacitor question that states it
was refused ('leaves 8.85×10^-12 unused'). No Fahrenheit is divided by a length, so a compound unit
with F reads as farads; 'F' alone may still be a temperature scale and is not read.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.engines.answer.unit_text import parse_unit

EPS0 = 8.8541878128e-12


@pytest.mark.parametrize("text", ["F/m", "F m^-1", "F m⁻¹", "F·m^-1"])
def test_farads_per_metre_are_read(text: str) -> None:
    parsed = parse_unit(text)
    assert parsed is not None
    from matsci_jupyter.units import get_registry

    ureg = get_registry()
    assert ureg.Quantity(1, parsed.units).to("farad/meter").magnitude == pytest.approx(1.0)


def test_a_bare_f_stays_unread() -> None:
    assert parse_unit("F") is None


def test_a_stated_permittivity_of_free_space_is_used() -> None:
    answer = solve(
        "Two parallel plates of area 6.0 cm² are 0.50 mm apart with a polymer film of relative "
        "permittivity 3.0 between them. Taking ε0 = 8.85 × 10^-12 F m^-1, what is the capacitance "
        "in pF?"
    )
    assert answer.ok, answer.reason
    expected = EPS0 * 3.0 * 6.0e-4 / 0.5e-3 * 1e12
    assert answer.quantity.to("pF").magnitude == pytest.approx(expected, rel=2e-3)


def test_a_stated_constant_of_another_value_is_not_absorbed() -> None:
    # a value in F/m that is no ε₀ (here the film's own permittivity) is not the constant
    answer = solve(
        "Two parallel plates of area 6.0 cm² are 0.50 mm apart with a polymer film of relative "
        "permittivity 3.0 between them; a second film has a permittivity of 4.0 × 10^-11 F m^-1. "
        "What is the capacitance in pF?"
    )
    assert not answer.ok or math.isclose(
        answer.quantity.to("pF").magnitude, EPS0 * 3.0 * 6.0e-4 / 0.5e-3 * 1e12, rel_tol=2e-3
    )
