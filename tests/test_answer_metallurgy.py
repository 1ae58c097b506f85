"""Metallurgy-exam relations (transport, processing, reaction thermodynamics, hardness, line
broadening): each answered from exam-style wording, the expected value computed here from the
textbook formula with plain floats."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

R = 8.314462618
SIGMA_SB = 5.670374419e-8


@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            "Water (density 1000 kg/m^3, viscosity 0.001 Pa s) flows at 2 m/s through a pipe of "
            "diameter 5 cm. Calculate the Reynolds number.",
            "dimensionless",
            1000 * 2 * 0.05 / 0.001,
        ),
        (
            "A steel plate of thickness 10 mm with thermal conductivity 40 W/m K is cooled with a heat "
            "transfer coefficient of 200 W/m^2 K. Calculate the Biot number based on the thickness.",
            "dimensionless",
            200 * 0.010 / 40,
        ),
        (
            "A surface at 1000 K has an emissivity of 0.8. Calculate the radiated power per unit area in "
            "W/m^2 using the Stefan-Boltzmann law.",
            "W/m**2",
            0.8 * SIGMA_SB * 1000**4,
        ),
        (
            "What is the maximum wavelength of the blackbody radiation of a body at 288 K? Give the "
            "answer in μm.",
            "micrometer",
            2.897771955e-3 / 288 * 1e6,
        ),
        (
            "Flat rolling is done with rolls of radius 300 mm and a coefficient of friction of 0.1. What "
            "is the maximum possible draft in mm?",
            "mm",
            0.1**2 * 300,
        ),
        (
            "An arc weld is made with a voltage of 20 V, a current of 200 A and a welding speed of "
            "5 mm/s. The arc efficiency is 0.8. Calculate the heat input in J/mm.",
            "J/mm",
            0.8 * 20 * 200 / 5,
        ),
        (
            "The standard Gibbs energy change of a reaction at 1000 K is -50 kJ/mol. Calculate the "
            "equilibrium constant.",
            "dimensionless",
            math.exp(50000 / (R * 1000)),
        ),
        (
            "The enthalpy of fusion of copper is 13.05 kJ/mol and its melting point is 1358 K. "
            "Calculate the entropy of fusion in J/mol K.",
            "J/(mol*K)",
            13050 / 1358,
        ),
        (
            "Calculate the entropy of mixing for an ideal solution with mole fraction of B of 0.3 in "
            "J/mol K.",
            "J/(mol*K)",
            -R * (0.3 * math.log(0.3) + 0.7 * math.log(0.7)),
        ),
        (
            "A Brinell hardness test with a 10 mm ball and a load of 3000 kg gives an indentation "
            "diameter of 4.0 mm. Calculate the Brinell hardness number.",
            "kg/mm**2",
            2 * 3000 / (math.pi * 10 * (10 - math.sqrt(10**2 - 4.0**2))),
        ),
        (
            "A Vickers hardness test with a load of 30 kg gives a mean diagonal of 0.5 mm. Calculate "
            "the Vickers hardness.",
            "kg/mm**2",
            1.8544 * 30 / 0.5**2,
        ),
        (
            "An XRD peak at 2θ = 40° has a FWHM of 0.5° with Cu Kα radiation of wavelength 0.154 nm. "
            "Using the Scherrer equation with K = 0.9, calculate the crystallite size in nm.",
            "nm",
            0.9 * 0.154 / (math.radians(0.5) * math.cos(math.radians(20))),
        ),
        (
            "Calculate the terminal rising velocity of an alumina inclusion of radius 10 μm (density "
            "3900 kg/m^3) in liquid steel (density 7000 kg/m^3, viscosity 0.006 Pa s) according to "
            "Stokes' law.",
            "m/s",
            2 * (10e-6) ** 2 * (7000 - 3900) * 9.80665 / (9 * 0.006),
        ),
    ],
)
def test_metallurgy_relation_answers(question, unit, expected):
    a = solve(question)
    assert a.quantity is not None, a.reason
    assert a.quantity.to(unit).magnitude == pytest.approx(expected, rel=2e-3)


def test_a_body_cooled_by_a_fluid_at_a_second_temperature_gives_the_difference():
    a = solve(
        "The surface of a plate at 80 °C is cooled by air at 20 °C with a heat transfer coefficient of "
        "25 W/m^2 K. Calculate the convective heat flux in W/m^2."
    )
    assert a.quantity is not None, a.reason
    assert a.quantity.to("W/m**2").magnitude == pytest.approx(25 * 60)


def test_radiation_between_a_body_and_its_surroundings_is_not_the_single_surface_law():
    a = solve(
        "A surface at 1000 K with emissivity 0.8 exchanges heat with surroundings at 300 K. Calculate "
        "the net radiation heat flux in W/m^2."
    )
    assert a.relation != "stefan_boltzmann_flux"
