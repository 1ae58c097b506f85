"""Two wrong-answer classes of set K's first run, in our own words.

* A value written after a one-letter Greek symbol that the library uses for another quantity of the
  same dimension ('λ = 0.154 nm') is that quantity: it is not bound to a symbol never written so (a
  lattice parameter). Without a lattice parameter an interplanar spacing is refused.
* 'By how many degrees are two lines separated' / 'how far apart' asks for a difference of two
  values, not either of them: refused unless a relation gives the difference.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve


def test_wavelength_is_not_read_as_a_lattice_parameter() -> None:
    answer = solve(
        "A ferritic steel is examined with Cu Kα radiation (λ = 0.1542 nm). "
        "Find the spacing of its (110) planes in nm."
    )
    assert not answer.ok  # no lattice parameter: 0.1542/√2 would be wrong
    assert "Error" not in answer.reason


def test_spacing_from_a_lattice_parameter_keeps_its_answer() -> None:
    answer = solve(
        "Tungsten is BCC with a = 0.3165 nm; X-rays of λ = 0.1542 nm are used. "
        "Find the spacing of its (110) planes in nm."
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("nm").magnitude == pytest.approx(0.3165 / math.sqrt(2), rel=2e-3)


def test_bragg_angle_with_a_labelled_wavelength_keeps_its_answer() -> None:
    answer = solve(
        "Radiation of λ = 0.0711 nm is diffracted by the (200) planes of nickel (FCC, a = 0.3524 nm). "
        "What is the Bragg angle θ in degrees?"
    )
    assert answer.ok, answer.reason
    expected = math.degrees(math.asin(0.0711 / (2 * 0.3524 / 2)))
    assert answer.quantity.to("degree").magnitude == pytest.approx(expected, rel=2e-3)


@pytest.mark.parametrize(
    "ask",
    [
        "By how many degrees in 2θ are the first two lines of its powder pattern separated?",
        "How far apart, in degrees 2θ, are the first and second lines of its powder pattern?",
    ],
)
def test_separation_of_two_lines_is_not_one_line(ask: str) -> None:
    answer = solve(
        "Molybdenum is BCC with a = 0.3147 nm and is examined with λ = 0.1542 nm. " + ask
    )
    assert not answer.ok
    assert "Error" not in answer.reason


def test_one_line_keeps_its_answer() -> None:
    answer = solve(
        "Molybdenum is BCC with a = 0.3147 nm and is examined with λ = 0.1542 nm. "
        "At what angle 2θ does the second line of its powder pattern appear?"
    )
    assert answer.ok, answer.reason
    theta = math.asin(0.1542 * math.sqrt(4) / (2 * 0.3147))
    assert answer.quantity.to("degree").magnitude == pytest.approx(
        math.degrees(2 * theta), rel=2e-3
    )
