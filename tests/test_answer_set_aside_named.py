"""Two more ways an unused given is shown irrelevant (set_aside_named.py): a lone condition
temperature beside a relation that uses no temperature, and a given whose own words name a quantity
the relation does not take while every used given is named as what it fills. Each with look-alikes
that must stay refused."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

MU_B = 9.2740100783e-24


def _aside(answer) -> str:
    return " ".join(c.message for c in answer.checks if c.name == "givens set aside")


def _value(answer, unit: str) -> float:
    assert answer.quantity is not None, answer.reason
    return float(answer.quantity.to(unit).magnitude)


# ---------------------------------------------------------------- a lone condition temperature


def test_the_temperature_a_diffusivity_is_stated_at_is_set_aside():
    q = (
        "Carbon diffuses in nickel at 900 °C with D = 2.0 × 10⁻¹³ m²/s. Estimate the diffusion "
        "distance after 2 h at this temperature, in µm."
    )
    a = solve(q)
    assert _value(a, "micrometer") == pytest.approx(math.sqrt(2.0e-13 * 7200) * 1e6, rel=1e-3)
    assert "900 °C" in _aside(a)


def test_the_temperature_a_magnetization_is_stated_at_is_set_aside():
    q = (
        "The saturation magnetization of a BCC iron–cobalt alloy (a = 0.2855 nm) is 1.95 × 10⁶ A/m "
        "at 0 K. How many Bohr magnetons per atom does this correspond to?"
    )
    expected = 1.95e6 * (0.2855e-9) ** 3 / (2 * MU_B)
    assert _value(solve(q), "dimensionless") == pytest.approx(expected, rel=1e-3)


def test_a_temperature_in_the_asking_sentence_is_not_set_aside():
    # the diffusivity is not said to hold at 900 °C: the temperature may be the asked state
    q = (
        "Carbon diffuses in nickel with D = 2.0 × 10⁻¹³ m²/s. Estimate the diffusion distance after "
        "2 h at 900 °C, in µm."
    )
    assert solve(q).quantity is None


def test_two_temperatures_are_not_set_aside():
    q = (
        "Carbon diffuses in nickel at 900 °C with D = 2.0 × 10⁻¹³ m²/s. Estimate the diffusion "
        "distance after 2 h at 1000 °C, in µm."
    )
    assert solve(q).quantity is None


def test_a_temperature_beside_another_named_in_words_is_not_set_aside():
    q = (
        "Carbon diffuses in nickel at 900 °C; at room temperature D = 2.0 × 10⁻¹³ m²/s. Estimate "
        "the diffusion distance after 2 h, in µm."
    )
    assert solve(q).quantity is None


def test_a_temperature_reached_by_heating_is_not_a_condition():
    q = (
        "A nickel sheet is heated to 900 °C. Carbon has D = 2.0 × 10⁻¹³ m²/s in it. Estimate the "
        "diffusion distance after 2 h, in µm."
    )
    assert solve(q).quantity is None


# ---------------------------------------------------------------- a given named as another quantity


def test_a_yield_strength_beside_a_true_stress_is_set_aside():
    q = (
        "A brass specimen (yield strength 120 MPa) carries an engineering stress of 380 MPa at an "
        "engineering strain of 0.22, before necking. What is the true stress?"
    )
    a = solve(q)
    assert _value(a, "MPa") == pytest.approx(380 * 1.22, rel=1e-3)
    assert "120 MPa" in _aside(a)


def test_a_modulus_beside_a_flexural_strength_is_set_aside():
    q = (
        "A rectangular alumina bar 12 mm wide and 6 mm thick (E = 380 GPa) fails at 1200 N in "
        "three-point bending over supports 50 mm apart. What is its flexural strength?"
    )
    expected = 3 * 1200 * 50 / (2 * 12 * 6**2)
    assert _value(solve(q), "MPa") == pytest.approx(expected, rel=1e-3)


def test_a_heat_capacity_named_as_such_beside_an_entropy_of_fusion_is_set_aside():
    q = (
        "Nickel melts at 1728 K with a heat of fusion of 17.5 kJ/mol; its molar heat capacity is "
        "26.1 J/(mol·K). What is its entropy of fusion per mole?"
    )
    assert _value(solve(q), "J/(mol*K)") == pytest.approx(17500 / 1728, rel=1e-3)


def test_a_second_stress_named_loosely_is_not_set_aside():
    # 'a stress of 300 MPa' could be the stress the relation reads: no guess which one is meant
    q = (
        "A brass specimen carries an engineering stress of 380 MPa at an engineering strain of "
        "0.22, before necking; a stress of 300 MPa was recorded earlier. What is the true stress?"
    )
    assert solve(q).quantity is None


def test_a_value_named_as_the_asked_quantity_is_not_set_aside():
    q = (
        "A brass specimen (true stress at yield 125 MPa) carries an engineering stress of 380 MPa at "
        "an engineering strain of 0.22, before necking. What is the true stress?"
    )
    assert solve(q).quantity is None


def test_a_loose_stress_beside_a_flexural_strength_is_not_set_aside():
    q = (
        "A rectangular alumina bar 12 mm wide and 6 mm thick fails at 1200 N in three-point bending "
        "over supports 50 mm apart; a stress of 150 MPa was applied before. What is its flexural "
        "strength?"
    )
    assert solve(q).quantity is None


def test_a_yield_strength_beside_an_elastic_elongation_is_not_set_aside_past_it():
    # the yield strength bounds where Hooke's law holds: 30 kN on 10 mm is 382 MPa, past 300 MPa
    q = (
        "A brass rod 200 mm long and 10 mm in diameter carries a load of 30000 N. E = 100 GPa and its "
        "yield strength is 300 MPa. How much does it elongate, in mm?"
    )
    assert solve(q).quantity is None


def test_a_yield_strength_beside_an_elastic_elongation_below_it_is_a_check():
    # 9 kN on 10 mm is 115 MPa, below 300 MPa: the elastic elongation holds
    q = (
        "A brass rod 200 mm long and 10 mm in diameter carries a load of 9000 N. E = 100 GPa and its "
        "yield strength is 300 MPa. How much does it elongate, in mm?"
    )
    a = solve(q)
    assert a.quantity is not None, a.reason
    stress = 9000 / (math.pi * 5**2)
    assert a.quantity.to("mm").magnitude == pytest.approx(stress / 100e3 * 200, rel=1e-4)


def test_phase_densities_beside_an_asked_fraction_are_not_set_aside():
    # densities turn a mass fraction into a volume fraction: 'fraction' may be either
    q = (
        "A Cu–Ag alloy held at 700 °C consists of α (8 wt% Ag, density 9.0 g/cm³) and β (90 wt% Ag, "
        "density 10.3 g/cm³); the alloy holds 50 wt% Ag. What fraction of the alloy is β?"
    )
    assert solve(q).quantity is None
