"""Polymer-chain and composite/ceramic relations (relations/polymer_chains.py, composites.py).

Some tests ask questions that relations declared in course.py / exam.py (solver11's modules) answer:
they pin the behaviour the topic needs, whichever module declares it.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve


def _value(question: str, unit: str) -> float:
    a = solve(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def test_polydispersity_index():
    q = "A polymer has Mw = 300 kg/mol and Mn = 120 kg/mol. What is its polydispersity index?"
    assert _value(q, "dimensionless") == pytest.approx(300 / 120)


def test_weight_average_from_number_average_alone_is_refused():
    q = "A polystyrene sample has Mn = 120 kg/mol. What is its weight-average molecular weight?"
    assert solve(q).quantity is None


def test_polyethylene_contour_length_and_end_to_end_distance():
    q = (
        "A linear polyethylene chain has a degree of polymerization of 8000. With a C–C bond length "
        "of 0.154 nm and a bond angle of 109.5°, calculate the total chain (contour) length."
    )
    bonds = 2 * 8000
    assert _value(q, "nm") == pytest.approx(bonds * 0.154 * math.sin(math.radians(109.5 / 2)))
    q = (
        "A polyethylene chain has a degree of polymerization of 8000 and a C–C bond length of "
        "0.154 nm. What is its root-mean-square end-to-end distance?"
    )
    assert _value(q, "nm") == pytest.approx(0.154 * math.sqrt(bonds))


def test_stress_relaxation():
    q = (
        "A viscoelastic polymer held at constant strain relaxes from an initial stress of 5.0 MPa to "
        "3.5 MPa in 60 s. Assuming σ(t) = σ(0)exp(−t/τ), what will the stress be after 180 s?"
    )
    tau = -60 / math.log(3.5 / 5.0)
    assert _value(q, "MPa") == pytest.approx(5.0 * math.exp(-180 / tau))
    q = (
        "A polymer held at constant strain relaxes from an initial stress of 5.0 MPa to 3.5 MPa in "
        "60 s. What is the relaxation time?"
    )
    assert _value(q, "s") == pytest.approx(tau)


def test_fiber_matrix_load_sharing():
    stem = (
        "In a continuous aligned composite with 30 vol% fibres of modulus 230 GPa and a matrix of "
        "modulus 2.4 GPa, stressed along the fibres, "
    )
    ff, fm = 230 * 0.30, 2.4 * 0.70
    q = stem + "what is the ratio of the load carried by the fibres to that carried by the matrix?"
    assert _value(q, "dimensionless") == pytest.approx(ff / fm)
    q = stem + "what fraction of the load is carried by the fibres?"
    assert _value(q, "dimensionless") == pytest.approx(ff / (ff + fm))


def test_critical_fiber_length():
    q = (
        "Glass fibres of 15 µm diameter have a tensile strength of 3.5 GPa; the fibre–matrix bond "
        "strength is 10 MPa. What is the critical fibre length?"
    )
    assert _value(q, "mm") == pytest.approx(3500e6 * 15e-6 / (2 * 10e6) * 1e3)


def test_composite_density():
    q = (
        "A composite has 40 vol% carbon fibres of density 1.8 g/cm³ in an epoxy matrix of density "
        "1.2 g/cm³. What is the density of the composite?"
    )
    assert _value(q, "g/cm^3") == pytest.approx(0.6 * 1.2 + 0.4 * 1.8)


def test_porosity_corrections():
    q = (
        "The elastic modulus of non-porous magnesia is 300 GPa. Estimate the modulus of a specimen "
        "with 10 vol% porosity."
    )
    assert _value(q, "GPa") == pytest.approx(300 * (1 - 1.9 * 0.10 + 0.9 * 0.10**2))
    q = (
        "A ceramic has a flexural strength of 200 MPa when fully dense. With n = 6, what is the "
        "flexural strength at 8 vol% porosity?"
    )
    assert _value(q, "MPa") == pytest.approx(200 * math.exp(-6 * 0.08))


def test_thermal_shock_resistance():
    q = (
        "An alumina has a fracture strength of 300 MPa, thermal conductivity 30 W/(m·K), modulus "
        "380 GPa and thermal expansion coefficient 8.0 × 10^-6 °C^-1. What is its thermal shock "
        "resistance?"
    )
    assert _value(q, "W/m") == pytest.approx(300e6 * 30 / (380e9 * 8.0e-6))


def test_porosity_from_bulk_and_theoretical_density():
    q = (
        "A sintered alumina has a bulk density of 3.70 g/cm^3 and a theoretical density of "
        "3.98 g/cm^3. What is its porosity in percent?"
    )
    assert _value(q, "percent") == pytest.approx(100 * (1 - 3.70 / 3.98))


def test_porosity_modulus_under_another_stated_law_is_refused():
    q = "A porous alumina follows E = E0(1 − P)^2. If E0 = 380 GPa, estimate the modulus at 10 vol% porosity."
    assert solve(q).quantity is None


def test_weibull_survival_and_failure():
    stem = "A ceramic has a Weibull modulus of 10 and a characteristic strength of 400 MPa. "
    survive = math.exp(-((300 / 400) ** 10))
    q = stem + "What is the probability of survival at an applied stress of 300 MPa?"
    assert _value(q, "dimensionless") == pytest.approx(survive)
    q = stem + "What is the probability of failure at an applied stress of 300 MPa?"
    assert _value(q, "dimensionless") == pytest.approx(1 - survive)


def test_thermal_shock_temperature_drop():
    q = (
        "An alumina has a fracture strength of 300 MPa, modulus 380 GPa, Poisson's ratio 0.22 and "
        "thermal expansion coefficient 8.0 × 10^-6 °C^-1. What is the maximum temperature difference "
        "it survives on quenching (thermal shock)?"
    )
    assert _value(q, "delta_degC") == pytest.approx(300e6 * (1 - 0.22) / (380e9 * 8.0e-6))


def test_fox_glass_transition_of_a_blend():
    q = (
        "By the Fox equation, what is the glass transition temperature of a miscible blend of 30 wt% "
        "polystyrene (Tg = 100 °C) and poly(phenylene oxide) (Tg = 210 °C)?"
    )
    expected = 1 / (0.30 / 373.15 + 0.70 / 483.15)
    assert _value(q, "K") == pytest.approx(expected, rel=1e-6)


def test_weibull_size_effect():
    q = (
        "Test bars of volume 1 cm^3 have a Weibull modulus of 10 and a strength of 300 MPa. What "
        "strength is expected for a component of volume 100 cm^3 at the same probability of failure?"
    )
    assert _value(q, "MPa") == pytest.approx(300 * (1 / 100) ** (1 / 10))


def test_contour_length_from_dp_shorthand():
    q = (
        "A polystyrene chain (DP = 2000) has C–C bonds 0.154 nm long at an angle of 109.5°. What is "
        "its contour length?"
    )
    assert _value(q, "nm") == pytest.approx(2 * 2000 * 0.154 * math.sin(math.radians(109.5 / 2)))


def test_contour_length_from_a_bond_count_is_refused():
    q = (
        "A polyethylene molecule has 10 000 backbone bonds with a bond length of 0.154 nm and a bond "
        "angle of 109.5°. What is its contour length?"
    )
    assert solve(q).quantity is None


def test_number_of_chains_in_a_sample():
    q = (
        "How many polymer chains are in a 10 g sample of polyethylene with a number-average "
        "molecular weight of 50 000 g/mol?"
    )
    assert _value(q, "dimensionless") == pytest.approx(10 / 50000 * 6.02214076e23, rel=1e-6)
