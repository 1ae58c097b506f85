"""Reading classes found by exam set H (issue 11): decimals grouped in threes as SI style prints them
('0.154 06 nm'), and a diffraction line 'indexed 110'. Each with look-alikes that keep their reading."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.quantities import extract
from matsci_jupyter.engines.answer.solver import solve


def _numbers(text: str) -> list[float]:
    return [g.number for g in extract(text).givens if g.kind in ("quantity", "number")]


def test_si_grouped_decimals_are_one_number() -> None:
    assert _numbers("Cu Kα1 radiation (λ = 0.154 06 nm) is used.") == [pytest.approx(0.15406)]
    assert _numbers("Take N_A = 6.022 140 76 × 10^23 mol^-1.") == [pytest.approx(6.02214076e23)]


def test_values_in_a_row_are_not_merged() -> None:
    # two values of three decimals side by side, and a value followed by a count
    assert _numbers("The spacings are 0.208 nm and 0.180 nm.") == [
        pytest.approx(0.208),
        pytest.approx(0.180),
    ]
    assert len(_numbers("Peaks at 38.470 44.730 65.100 degrees.")) == 3


def test_a_line_indexed_110_is_a_miller_index_not_a_given() -> None:
    q = (
        "The first peak of a BCC metal, recorded with Cu Kα1 radiation (λ = 0.154 06 nm), lies at "
        "2θ = 40.26° and is indexed 110. What is the atomic radius of the metal in Å?"
    )
    d = 0.15406 / (2 * math.sin(math.radians(20.13)))
    a = d * math.sqrt(2)
    answer = solve(q)
    assert answer.ok, answer.reason
    assert answer.quantity.to("angstrom").magnitude == pytest.approx(
        10 * math.sqrt(3) * a / 4, rel=1e-4
    )


def test_indexed_needs_a_crystal_and_three_digits() -> None:
    # 'indexed 1100 times' is no Miller index; outside crystal text nothing is read as one
    reading = extract("The sample was indexed 1100 times by the robot. What is the mass in kg?")
    assert not any(g.kind == "miller" for g in reading.givens)
