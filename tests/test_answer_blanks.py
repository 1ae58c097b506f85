"""Fill-in-the-blank questions ('X is ______ unit'): the asked quantity is the sentence's subject, the
answer is rounded as asked, and a blank scaled by a power of ten is refused (mantissa or value?)."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve


@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            "A BCC metal has a lattice parameter of 0.330 nm. The radius of the largest sphere that fits in "
            "its octahedral void is ________ nm.",
            "nm",
            (2 / math.sqrt(3) - 1) * math.sqrt(3) * 0.330 / 4,
        ),
        (
            "The density of nickel (FCC, atomic weight 58.69 g/mol) with a lattice parameter of 0.352 nm is "
            "________ kg $m^(-3)$.",
            "kg/m**3",
            4 * 58.69e-3 / ((0.352e-9) ** 3 * 6.02214076e23),
        ),
        (
            "The activation energy for diffusion is 120 kJ/mol. The ratio of the diffusion coefficient at "
            "1000 K to that at 900 K is ______.",
            "dimensionless",
            math.exp(-120e3 / 8.314462618 * (1 / 1000 - 1 / 900)),
        ),
        (
            "A cube-shaped casting of side 50 mm solidifies in 2 min. The solidification time of a cube of "
            "side 150 mm cast in the same mould is ______ min.",
            "min",
            2 * 3**2,
        ),
        (
            "Oil (density 900 kg/m3, viscosity 0.09 Pa s) flows at 2 m/s in a pipe of diameter 0.05 m. The "
            "Reynolds number is ______.",
            "dimensionless",
            900 * 2 * 0.05 / 0.09,
        ),
    ],
)
def test_the_subject_of_a_blank_is_the_asked_quantity(question, unit, expected):
    a = solve(question)
    assert a.quantity is not None, a.reason
    assert a.quantity.to(unit).magnitude == pytest.approx(expected, rel=2e-3)


def test_rounding_asked_in_a_blank_question_is_applied():
    a = solve(
        "A cylindrical rod of 12 mm diameter carries a tensile load of 15 kN. The engineering stress in "
        "the rod is ______ MPa (round off to 1 decimal place)."
    )
    assert a.quantity is not None, a.reason
    assert a.quantity.to("MPa").magnitude == pytest.approx(round(15000 / (math.pi * 6**2), 1))


def test_a_blank_scaled_by_a_power_of_ten_is_refused():
    a = solve(
        "The fraction of vacant sites at 1100 K for a formation energy of 1.0 eV is ______ × 10^-5."
    )
    assert a.quantity is None
    assert "multiple of 10^-5" in a.reason


def test_peak_position_names_the_two_theta_of_a_powder_line():
    a = solve(
        "Calculate the third peak position 2θ (degrees) in the powder pattern of a BCC metal with lattice "
        "parameter 0.30 nm using radiation of wavelength 0.154 nm."
    )
    # BCC lines: (110), (200), (211): the third is (211)
    expected = 2 * math.degrees(math.asin(0.154 / (2 * 0.30 / math.sqrt(6))))
    assert a.quantity is not None, a.reason
    assert a.quantity.to("degree").magnitude == pytest.approx(expected, rel=1e-4)


def test_two_face_temperatures_of_a_wall_give_the_difference():
    a = solve(
        "A 10 mm thick brick wall has a thermal conductivity of 0.7 W/m K. One face is at 30 °C and the "
        "other at 10 °C. Compute the heat flux through the wall in W/m^2."
    )
    assert a.quantity is not None, a.reason
    assert a.quantity.to("W/m**2").magnitude == pytest.approx(0.7 * 20 / 0.010)
