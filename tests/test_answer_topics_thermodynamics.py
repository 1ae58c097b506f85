"""Thermodynamics relations (relations/thermodynamics.py): each value computed here from the formula.

Some tests ask questions that relations declared in course.py / exam.py (solver11's modules) answer:
they pin the behaviour the topic needs, whichever module declares it.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

R = 8.314462618


def _value(question: str, unit: str) -> float:
    a = solve(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def test_temperature_where_gibbs_energy_changes_sign():
    q = (
        "A reaction has ΔH = -60 kJ/mol and ΔS = -100 J/(mol·K), both independent of temperature. "
        "Above what temperature does the reaction stop being spontaneous?"
    )
    assert _value(q, "K") == pytest.approx(60000 / 100)


def test_equilibrium_constant_from_standard_gibbs_energy():
    q = (
        "The standard Gibbs energy change of a reaction is -15 kJ/mol at 900 K. What is the "
        "equilibrium constant at that temperature?"
    )
    assert _value(q, "dimensionless") == pytest.approx(math.exp(15000 / (R * 900)), rel=1e-6)


def test_ideal_entropy_of_mixing():
    q = "Calculate the molar entropy of mixing of an ideal binary solution containing 20 at% B."
    x = 0.20
    expected = -R * (x * math.log(x) + (1 - x) * math.log(1 - x))
    assert _value(q, "J/(mol*K)") == pytest.approx(expected, rel=1e-6)


def test_heat_to_reach_the_melting_point_and_melt():
    q = (
        "How much heat is needed to take 200 g of aluminium from 25 °C to its melting point of "
        "660 °C and melt it completely? Use c_p = 0.90 J/(g·K) and a heat of fusion of 397 J/g."
    )
    assert _value(q, "kJ") == pytest.approx(200 * (0.90 * (660 - 25) + 397) / 1000)


def test_solidification_driving_force():
    q = (
        "Aluminium melts at 933 K with a latent heat of 10.7 kJ/mol. Estimate the molar Gibbs free "
        "energy driving solidification when the liquid is undercooled by 50 K."
    )
    assert _value(q, "J/mol") == pytest.approx(10700 * 50 / 933, rel=1e-6)


def test_gibbs_helmholtz_with_constant_enthalpy():
    q = (
        "A reaction has ΔG = -50 kJ/mol at 300 K and ΔH = -80 kJ/mol. What is its Gibbs free "
        "energy change at 500 K?"
    )
    dS = (-80 + 50) / 300  # kJ/(mol·K), from ΔG = ΔH − TΔS at 300 K
    assert _value(q, "kJ/mol") == pytest.approx(-80 - 500 * dS, rel=1e-6)


def test_gibbs_energy_without_entropy_or_second_value_is_refused():
    q = "A reaction has ΔH = -120 kJ/mol at 298 K. What is its Gibbs free energy change at 800 K?"
    assert solve(q).quantity is None


def test_vapour_pressure_from_the_normal_boiling_point():
    q = (
        "Cadmium boils at 767 °C under 1 atm and its enthalpy of vaporisation is 100 kJ/mol. "
        "Estimate the vapour pressure of cadmium at 600 °C in atm."
    )
    expected = math.exp(100000 / R * (1 / 1040.15 - 1 / 873.15))
    assert _value(q, "atm") == pytest.approx(expected, rel=1e-6)


def test_oxide_reaction_not_written_for_one_mole_of_oxygen_is_refused():
    q = (
        "For the reaction 2Al(s) + 3/2 O₂(g) = Al₂O₃(s), ΔH° = -1675 kJ and ΔS° = -313 J/K. "
        "Calculate the equilibrium oxygen partial pressure at 1000 K."
    )
    assert solve(q).quantity is None


def test_solidification_driving_force_per_volume():
    q = (
        "Nickel solidifies with a latent heat of fusion of -2.53 × 10^9 J/m^3 and a melting point "
        "of 1728 K. What is the driving force for solidification per unit volume when undercooled "
        "by 100 K?"
    )
    assert _value(q, "J/m^3") == pytest.approx(2.53e9 * 100 / 1728, rel=1e-6)


def test_entropy_of_fusion():
    q = "Copper melts at 1358 K with an enthalpy of fusion of 13.0 kJ/mol. What is its molar entropy of fusion?"
    assert _value(q, "J/(mol*K)") == pytest.approx(13000 / 1358, rel=1e-6)


def test_clapeyron_melting_point_shift():
    q = (
        "A metal melts at 1000 K; its enthalpy of fusion is 10 kJ/mol and its molar volume change on "
        "melting is 0.5 cm^3/mol. By how much does the melting point change when the pressure is "
        "raised by 100 MPa?"
    )
    assert _value(q, "delta_degC") == pytest.approx(1000 * 0.5e-6 * 100e6 / 10000, rel=1e-6)


def test_kirchhoff_enthalpy_at_another_temperature():
    q = (
        "A reaction has ΔH = -100 kJ/mol at 298 K and ΔCp = 10 J/(mol·K). What is the enthalpy "
        "change at 800 K (Kirchhoff)?"
    )
    assert _value(q, "kJ/mol") == pytest.approx(-100 + 10e-3 * (800 - 298), rel=1e-6)


def test_sieverts_law():
    q = (
        "By Sieverts' law, a steel dissolves 5 ppm hydrogen under 1 atm of H2 at 1600 °C. What "
        "hydrogen content dissolves at 0.25 atm at the same temperature?"
    )
    assert _value(q, "ppm") == pytest.approx(5 * (0.25 / 1) ** 0.5)


def test_no_crossover_temperature_when_enthalpy_and_entropy_oppose():
    q = (
        "A reaction has ΔH = +60 kJ/mol and ΔS = -100 J/(mol·K). Above what temperature does the "
        "reaction stop being spontaneous?"
    )
    assert solve(q).quantity is None


def test_raoult_partial_pressure():
    q = (
        "By Raoult's law, what is the partial pressure of A over an ideal solution with a mole "
        "fraction of A of 0.40 if the vapour pressure of pure A is 12 kPa?"
    )
    assert _value(q, "kPa") == pytest.approx(0.40 * 12)


def test_entropy_change_on_heating():
    q = (
        "Copper is heated from 300 K to 600 K. Taking its molar heat capacity as 24.5 J/(mol·K), "
        "what is the molar entropy change?"
    )
    assert _value(q, "J/(mol*K)") == pytest.approx(24.5 * math.log(600 / 300))
    q = (
        "Two moles of copper are heated from 300 K to 600 K with a molar heat capacity of "
        "24.5 J/(mol·K). What is the entropy change?"
    )
    assert _value(q, "J/K") == pytest.approx(2 * 24.5 * math.log(600 / 300))


def test_melting_point_under_pressure():
    q = (
        "A metal melts at 1000 K; its enthalpy of fusion is 10 kJ/mol and its molar volume change on "
        "melting is 0.5 cm^3/mol. What is its melting point under a pressure of 100 MPa?"
    )
    assert _value(q, "K") == pytest.approx(1000 * (1 + 0.5e-6 * 100e6 / 10000), rel=1e-6)


def test_entropy_on_heating_with_a_pressure_change_is_refused():
    q = (
        "An ideal gas is heated from 300 K to 600 K with C_p = 29.1 J/(mol·K) while its pressure "
        "doubles. What is the molar entropy change?"
    )
    assert solve(q).quantity is None
