"""Spelled counts of what a cell contains are read as values (quantities.spelled_numbers)."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.quantities import spelled_numbers
from matsci_jupyter.engines.answer.solver import solve

NA = 6.02214076e23


def test_contains_a_spelled_count_of_repeat_units():
    assert spelled_numbers("the cell contains four propylene (C3H6) repeat units") == (
        "the cell contains 4 propylene (C3H6) repeat units"
    )
    assert spelled_numbers("it holds two formula units") == "it holds 2 formula units"


def test_other_spelled_words_are_left_alone():
    text = "one of the two chains contains one defect"
    assert spelled_numbers(text) == text


def test_crystalline_polymer_density_with_a_spelled_count():
    q = (
        "An orthorhombic unit cell of crystalline polyethylene (a = 0.740 nm, b = 0.493 nm, "
        "c = 0.2534 nm) contains two repeat units. What is the density of the totally crystalline "
        "polymer in g/cm^3?"
    )
    a = solve(q)
    assert a.quantity is not None, a.reason
    mass = 2 * 28.054 / NA
    volume = 0.740e-7 * 0.493e-7 * 0.2534e-7
    assert float(a.quantity.to("g/cm^3").magnitude) == pytest.approx(mass / volume, rel=2e-3)
