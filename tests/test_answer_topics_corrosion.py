"""Corrosion relations (relations/corrosion.py): each value computed here from the textbook formula.

Some tests ask questions that relations declared in course.py / exam.py (solver11's modules) answer:
they pin the behaviour the topic needs, whichever module declares it.
"""

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


def test_thickness_lost_at_a_current_density():
    q = (
        "A zinc coating corrodes at a uniform current density of 2.0 µA/cm^2 (Zn → Zn²⁺ + 2e⁻, "
        "M = 65.38 g/mol, density 7.14 g/cm^3). What thickness is lost in 5 years?"
    )
    metres = 2.0e-2 * 5 * YEAR_S * 65.38 / (2 * FARADAY * 7.14e6)
    assert _value(q, "mm") == pytest.approx(metres * 1e3, rel=1e-6)


def test_nernst_electrode_and_cell_potentials():
    q = (
        "What is the electrode potential of a copper electrode in a 0.01 mol/L Cu²⁺ solution at "
        "25 °C, the standard potential being +0.340 V, n = 2?"
    )
    rt_f = 8.314462618 * 298.15 / FARADAY
    assert _value(q, "V") == pytest.approx(0.340 + rt_f / 2 * math.log(0.01), rel=1e-6)
    q = (
        "A cell is made of Zn in a 0.010 mol/L Zn²⁺ solution (standard potential −0.763 V) and Cu in "
        "a 0.50 mol/L Cu²⁺ solution (standard potential +0.340 V), n = 2, at 25 °C. Compute the cell "
        "potential."
    )
    expected = (0.340 + 0.763) - rt_f / 2 * math.log(0.010 / 0.50)
    assert _value(q, "V") == pytest.approx(expected, rel=1e-6)


def test_penetration_rate_and_plating_time_from_a_current_density():
    q = (
        "Iron (Fe → Fe²⁺ + 2e⁻, M = 55.85 g/mol, density 7.87 g/cm³) corrodes at a current density "
        "of 5.0 µA/cm². What is the corrosion penetration rate in mm/yr?"
    )
    metres_per_s = 5.0e-2 * 55.85 / (2 * FARADAY * 7.87e6)
    assert _value(q, "mm/year") == pytest.approx(metres_per_s * YEAR_S * 1e3, rel=1e-6)
    q = (
        "How long does it take to plate a 10 µm thick nickel layer (Ni²⁺ + 2e⁻ → Ni, M = 58.69 g/mol, "
        "density 8.90 g/cm³) at a current density of 200 A/m²?"
    )
    seconds = 10e-6 * 2 * FARADAY * 8.90e6 / (200 * 58.69)
    assert _value(q, "s") == pytest.approx(seconds, rel=1e-6)


def test_limiting_current_density():
    q = (
        "For the reduction of Cu²⁺ (n = 2) with a bulk concentration of 0.05 mol/L, a diffusion "
        "coefficient of 7.0 × 10^-10 m^2/s and a boundary layer thickness of 0.5 mm, what is the "
        "limiting current density?"
    )
    assert _value(q, "A/m^2") == pytest.approx(7.0e-10 * 2 * FARADAY * 50 / 0.5e-3, rel=1e-6)


def test_pilling_bedworth_metal_atoms_read_from_the_oxide_formula():
    # a = 2 comes from the written formula Cr2O3; each substance's values are stated together
    q = (
        "Chromium (atomic weight 52.00 g/mol, density 7.19 g/cm^3) oxidizes to Cr2O3 (molecular weight "
        "151.99 g/mol, density 5.22 g/cm^3). Compute the Pilling–Bedworth ratio."
    )
    assert _value(q, "dimensionless") == pytest.approx(151.99 * 7.19 / (2 * 52.00 * 5.22), rel=1e-6)


def test_pilling_bedworth_with_two_oxide_formulas_is_refused():
    q = (
        "Iron (atomic weight 55.85 g/mol, density 7.87 g/cm^3) can form FeO or Fe2O3 (molecular weight "
        "159.69 g/mol, density 5.24 g/cm^3). Compute the Pilling–Bedworth ratio."
    )
    assert solve(q).quantity is None


def test_pilling_bedworth_molar_masses_from_the_oxide_formula():
    # neither molar mass is stated: both come from the written formula FeO (pymatgen atomic weights)
    q = (
        "Iron oxidizes to FeO. The density of the metal is 7.87 g/cm^3 and that of the oxide is "
        "5.70 g/cm^3. Compute the Pilling–Bedworth ratio."
    )
    m_fe, m_o = 55.845, 15.999
    assert _value(q, "dimensionless") == pytest.approx(
        (m_fe + m_o) * 7.87 / (m_fe * 5.70), rel=1e-3
    )
