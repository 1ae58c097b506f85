"""Corrosion relations (relations/corrosion.py): each value computed here from the textbook formula."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

FARADAY = 96485.33212
YEAR_S = 365.25 * 86400


def _value(question: str, unit: str) -> float:
    a = solve(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def test_corrosion_current_density_from_penetration_rate():
    q = (
        "Iron (density 7.87 g/cm³, M = 55.85 g/mol) corrodes uniformly at 0.20 mm per year by "
        "Fe → Fe²⁺ + 2e⁻. What corrosion current density does this correspond to, in µA/cm²?"
    )
    rate_m_per_s = 0.20e-3 / YEAR_S
    i_a_per_m2 = rate_m_per_s * 7.87e6 * 2 * FARADAY / 55.85
    assert _value(q, "uA/cm^2") == pytest.approx(i_a_per_m2 * 100, rel=1e-6)


def test_cell_gibbs_energy_from_emf():
    q = "A galvanic cell has an emf of 0.80 V with n = 2. Calculate ΔG of the cell reaction in kJ/mol."
    assert _value(q, "kJ/mol") == pytest.approx(-2 * FARADAY * 0.80 / 1000, rel=1e-6)


def test_parabolic_and_linear_oxidation():
    q = (
        "A metal oxidises with parabolic kinetics, the weight gain being 0.40 mg/cm² after 2 h. What "
        "will the weight gain be after 8 h?"
    )
    assert _value(q, "mg/cm^2") == pytest.approx(0.40 * (8 / 2) ** 0.5)
    q = (
        "A metal oxidises following a linear rate law; the weight gain is 0.40 mg/cm² after 2 h. "
        "What will the weight gain be after 8 h?"
    )
    assert _value(q, "mg/cm^2") == pytest.approx(0.40 * 8 / 2)


def test_pilling_bedworth_ratio():
    q = (
        "Calculate the Pilling–Bedworth ratio for nickel oxidizing to NiO. The density of the metal "
        "is 8.90 g/cm³ and of the oxide 6.67 g/cm³; the atomic weight of the metal is 58.69 g/mol "
        "and the molar mass of the oxide 74.69 g/mol, with 1 metal atom per oxide formula unit."
    )
    assert _value(q, "dimensionless") == pytest.approx(74.69 * 8.90 / (1 * 58.69 * 6.67))


def test_electrode_potential_without_a_concentration_is_refused():
    q = "A zinc electrode dips into a zinc sulphate solution at 25 °C. What is its electrode potential?"
    assert solve(q).quantity is None


def test_mass_lost_from_a_corrosion_current_density():
    q = (
        "An iron part of area 100 cm^2 corrodes at a current density of 10 µA/cm^2 (Fe → Fe²⁺ + 2e⁻, "
        "M = 55.85 g/mol) for 1000 h. What mass of iron is lost?"
    )
    charge = 10e-6 * 100 * 1000 * 3600  # C
    assert _value(q, "g") == pytest.approx(charge * 55.85 / (2 * FARADAY), rel=1e-6)


def test_tafel_overvoltage_for_an_oxidation():
    q = (
        "For zinc oxidation the exchange current density is 1.0 × 10^-7 A/cm^2 and the Tafel slope β "
        "is 0.09 V. What is the overvoltage at a current density of 1.0 × 10^-4 A/cm^2?"
    )
    assert _value(q, "V") == pytest.approx(0.09 * math.log10(1.0e-4 / 1.0e-7))


def test_tafel_overvoltage_for_a_reduction_is_refused():
    q = (
        "For hydrogen reduction the exchange current density is 1.0 × 10^-7 A/cm^2 and β = 0.09 V. "
        "What is the overvoltage at a current density of 1.0 × 10^-4 A/cm^2?"
    )
    assert solve(q).quantity is None
