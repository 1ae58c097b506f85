"""Magnetic relations (relations/magnetic.py): each value computed here from the textbook formula.

Some tests ask questions that relations declared in course.py / exam.py (solver11's modules) answer:
they pin the behaviour the topic needs, whichever module declares it.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

MU_0 = 4e-7 * math.pi * 1.00000000055  # CODATA 2018 μ₀ (pint's value)
MU_B = 9.2740100783e-24  # A·m²
N_A = 6.02214076e23


def _value(question: str, unit: str) -> float:
    a = solve(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def test_saturation_magnetization_from_moment_per_atom_and_density():
    q = (
        "Cobalt has a net magnetic moment of 1.72 Bohr magnetons per atom, a density of 8.90 g/cm^3 and an "
        "atomic weight of 58.93 g/mol. What is its saturation magnetization in A/m?"
    )
    atoms_per_m3 = 8.90e6 * N_A / 58.93
    assert _value(q, "A/m") == pytest.approx(1.72 * MU_B * atoms_per_m3, rel=1e-6)


def test_saturation_magnetization_of_a_cubic_ferrite_cell():
    q = (
        "A cubic ferrite has a unit cell edge of 0.835 nm and contains 8 formula units per unit "
        "cell, each with a net moment of 3 Bohr magnetons. Compute the saturation magnetization."
    )
    assert _value(q, "A/m") == pytest.approx(8 * 3 * MU_B / (0.835e-9) ** 3, rel=1e-6)


def test_coil_field_strength_and_flux_density():
    q = "A coil 0.30 m long has 500 turns and carries 2.0 A. What is the magnetic field strength H inside it in A/m?"
    assert _value(q, "A/m") == pytest.approx(500 * 2.0 / 0.30)
    q = "A 0.5 m long solenoid of 1000 turns carries 1.5 A in vacuum. What is the magnetic flux density inside it?"
    assert _value(q, "T") == pytest.approx(MU_0 * 1000 * 1.5 / 0.5, rel=1e-6)
    q = (
        "A solenoid 0.20 m long with 300 turns carries 0.40 A. Its core has a relative "
        "permeability of 2500. What is the flux density B in the core?"
    )
    assert _value(q, "T") == pytest.approx(MU_0 * 2500 * 300 * 0.40 / 0.20, rel=1e-6)


def test_coil_without_its_length_is_refused():
    q = "A coil of 200 turns carries a current of 2 A. What is the magnetic field strength H inside it?"
    assert solve(q).quantity is None


def test_flux_density_from_relative_permeability():
    q = (
        "A material has a relative permeability of 1.5 and a field strength of 2000 A/m is applied. "
        "What is the flux density?"
    )
    assert _value(q, "T") == pytest.approx(MU_0 * 1.5 * 2000, rel=1e-6)


def test_curie_law_susceptibility_at_another_temperature():
    q = (
        "A paramagnetic material obeying Curie's law has a susceptibility of 3.0 × 10^-4 at 250 K. "
        "What is its susceptibility at 400 K?"
    )
    assert _value(q, "dimensionless") == pytest.approx(3.0e-4 * 250 / 400)


def test_hysteresis_power_loss():
    q = (
        "A transformer core of volume 0.004 m^3 loses 300 J/m^3 per cycle to hysteresis (loop "
        "area). What power is lost to hysteresis at 50 Hz?"
    )
    assert _value(q, "W") == pytest.approx(300 * 0.004 * 50)


def test_flux_density_from_field_and_magnetization():
    q = (
        "A material in a field of 5000 A/m has a magnetization of 2.0 × 10^5 A/m. What is the "
        "magnetic flux density B?"
    )
    assert _value(q, "T") == pytest.approx(MU_0 * (5000 + 2.0e5), rel=1e-6)


def test_curie_weiss_susceptibility_at_another_temperature():
    q = (
        "A paramagnet obeys the Curie–Weiss law with θ = 50 K and has a susceptibility of "
        "3.0 × 10^-4 at 250 K. What is its susceptibility at 400 K?"
    )
    assert _value(q, "dimensionless") == pytest.approx(3.0e-4 * (250 - 50) / (400 - 50))


def test_superconductor_critical_field_at_a_temperature():
    q = (
        "Lead becomes superconducting below a critical temperature of 7.19 K, and its critical field "
        "at 0 K is 6.5 × 10^4 A/m. What is the critical field at 4.2 K?"
    )
    assert _value(q, "A/m") == pytest.approx(6.5e4 * (1 - (4.2 / 7.19) ** 2), rel=1e-6)
    q = (
        "For a superconductor with T_C = 9.2 K and a critical field B_C(0) = 0.20 T, what is the "
        "critical field at 6 K?"
    )
    assert _value(q, "T") == pytest.approx(0.20 * (1 - (6 / 9.2) ** 2), rel=1e-6)


def test_relative_permeability_and_saturation_flux_density():
    q = "The relative permeability of a material is 1.00025. What is its magnetic susceptibility?"
    assert _value(q, "dimensionless") == pytest.approx(0.00025, rel=1e-6)
    q = "An iron has a saturation magnetization of 1.7 × 10^6 A/m. What is its saturation flux density?"
    assert _value(q, "T") == pytest.approx(MU_0 * 1.7e6, rel=1e-6)


def test_saturation_magnetization_of_bcc_iron_from_its_cell():
    q = (
        "BCC iron has a lattice parameter of 0.2866 nm and a net moment of 2.22 Bohr magnetons per "
        "atom. Compute its saturation magnetization."
    )
    assert _value(q, "A/m") == pytest.approx(2.22 * MU_B * 2 / (0.2866e-9) ** 3, rel=1e-6)
