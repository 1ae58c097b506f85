"""Coverage classes from set N's refusals (branch covn), each with look-alikes that keep their verdict.

* A value written after the unknown's own symbol ('E = 70 GPa' while E is solved for) is never bound
  to another symbol of the same relation: the question states that quantity, so it is no unknown.
  Before, a Griffith question asking for 'the tensile stress' was solved for the modulus with the
  stated E read as the critical stress (saved only by the magnitude check).
* Griffith's critical stress is a tensile stress: 'what tensile stress will cause fracture' names it.
* The ratio of a diffusion coefficient at two temperatures asked by its symbol ('by what factor does
  D increase'), with D stated at one of the two temperatures: that value cancels in the ratio like
  the prefactor D₀ does. A depth or a distance asked stays refused (it depends on the time).

Every question here is written for these tests.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer

K_EV = 8.617333262e-5


def _value(question: str, unit: str) -> float:
    a = answer(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> bool:
    return answer(question).quantity is None


def _griffith(e_pa: float, gamma: float, a_m: float) -> float:
    return math.sqrt(2 * e_pa * gamma / (math.pi * a_m)) / 1e6


# ------------------------------------------------------------------ Griffith, tensile stress asked
def test_tensile_stress_asked_with_modulus_written_as_e() -> None:
    q = (
        "A borosilicate plate with E = 64 GPa and a specific surface energy of 0.5 J/m² holds an "
        "internal crack 6 µm long. By Griffith's criterion, what tensile stress fractures it, in MPa?"
    )
    assert _value(q, "MPa") == pytest.approx(_griffith(64e9, 0.5, 3e-6), rel=1e-3)


def test_tensile_stress_asked_with_modulus_in_words() -> None:
    q = (
        "A fused-quartz rod has a modulus of elasticity of 73 GPa and a specific surface energy of "
        "0.4 J/m². Its worst flaw is an internal crack 3 micrometres long. Using the Griffith "
        "criterion, what tensile stress will fracture it, in MPa?"
    )
    assert _value(q, "MPa") == pytest.approx(_griffith(73e9, 0.4, 1.5e-6), rel=1e-3)


def test_plain_stress_asked_keeps_its_answer() -> None:
    q = (
        "A borosilicate plate with E = 64 GPa and a specific surface energy of 0.5 J/m² holds an "
        "internal crack 6 µm long. By Griffith's criterion, what stress fractures it, in MPa?"
    )
    assert _value(q, "MPa") == pytest.approx(_griffith(64e9, 0.5, 3e-6), rel=1e-3)


def test_crack_of_unstated_kind_stays_refused() -> None:
    q = (
        "A borosilicate plate with E = 64 GPa and a specific surface energy of 0.5 J/m² holds a "
        "crack 6 µm long. By Griffith's criterion, what tensile stress fractures it, in MPa?"
    )
    assert _refused(q)


def test_compressive_stress_asked_stays_refused() -> None:
    q = (
        "A borosilicate plate with E = 64 GPa and a specific surface energy of 0.5 J/m² holds an "
        "internal crack 6 µm long. By Griffith's criterion, what compressive stress fractures it, "
        "in MPa?"
    )
    assert _refused(q)


def test_modulus_asked_with_its_symbol_given_is_not_solved_for_it() -> None:
    # E is stated; the stress is what is unknown, and 'modulus' asked names a stated value
    q = (
        "A borosilicate plate with E = 64 GPa and a specific surface energy of 0.5 J/m² holds an "
        "internal crack 6 µm long. By Griffith's criterion, what is the elastic modulus, in GPa?"
    )
    a = answer(q)
    assert a.quantity is None or a.relation != "griffith_internal_crack_length"


def test_modulus_solved_for_when_the_stress_is_given() -> None:
    # the look-alike that must keep its answer: E is the unknown and no value is written 'E ='
    sigma = _griffith(64e9, 0.5, 3e-6)
    q = (
        f"An internal crack 6 µm long in a glass of specific surface energy 0.5 J/m² propagates at a "
        f"tensile stress of {sigma:.2f} MPa by the Griffith criterion. What is the glass's elastic "
        "modulus, in GPa?"
    )
    got = answer(q)
    if got.quantity is not None:
        assert float(got.quantity.to("GPa").magnitude) == pytest.approx(64, rel=1e-2)


# ------------------------------------------------------------------ Arrhenius ratio of D by symbol
def _ratio(q_ev: float, t_low: float, t_high: float) -> float:
    return math.exp(q_ev / K_EV * (1 / t_low - 1 / t_high))


def test_factor_of_d_by_symbol_with_d_stated_at_one_temperature() -> None:
    q = (
        "Cation self-diffusion in an oxide has D = 4.0E-16 m²/s at 1 200 K and an activation "
        "energy of 2.2 eV per atom. By what factor does D increase when the temperature is raised "
        "to 1 400 K?"
    )
    assert _value(q, "dimensionless") == pytest.approx(_ratio(2.2, 1200, 1400), rel=1e-3)


def test_factor_of_d_falling() -> None:
    q = (
        "Cation self-diffusion in an oxide has D = 4.0E-16 m²/s at 1 200 K and an activation "
        "energy of 2.2 eV per atom. By what factor does D fall when the temperature is lowered to "
        "1 000 K?"
    )
    assert _value(q, "dimensionless") == pytest.approx(_ratio(2.2, 1000, 1200), rel=1e-3)


def test_value_of_d_at_the_second_temperature_is_still_answered() -> None:
    q = (
        "Cation self-diffusion in an oxide has D = 4.0E-16 m²/s at 1 200 K and an activation "
        "energy of 2.2 eV per atom. What is D at 1 400 K, in m²/s?"
    )
    assert _value(q, "m**2/s") == pytest.approx(4.0e-16 * _ratio(2.2, 1200, 1400), rel=1e-3)


@pytest.mark.parametrize(
    "ask",
    [
        "By what factor does the diffusion depth increase",
        "By what factor does the penetration distance d increase in one hour",
    ],
)
def test_factor_of_a_depth_stays_refused(ask: str) -> None:
    q = (
        "Cation self-diffusion in an oxide has D = 4.0E-16 m²/s at 1 200 K and an activation "
        f"energy of 2.2 eV per atom. {ask} when the temperature is raised to 1 400 K?"
    )
    assert _refused(q)


def test_lower_case_d_for_a_spacing_is_not_the_coefficient() -> None:
    # a lower-case d in the ask is not read as the diffusion coefficient
    q = (
        "Cation self-diffusion in an oxide has D = 4.0E-16 m²/s at 1 200 K and an activation "
        "energy of 2.2 eV per atom. By what factor does d increase when the temperature is raised "
        "to 1 400 K?"
    )
    assert _refused(q)


# ------------------------------------------------------------------ volume change, cubic → cubic
def _per_atom_change(a1: float, n1: int, a2: float, n2: int) -> float:
    return 100 * ((a2**3 / n2) / (a1**3 / n1) - 1)


def test_signed_volume_change_from_bcc_to_fcc() -> None:
    q = (
        "A metal changes from BCC (a = 0.3310 nm) to FCC (a = 0.4150 nm) when it is heated. Find the "
        "percentage change in its volume, with its sign (an expansion is positive)."
    )
    assert _value(q, "percent") == pytest.approx(_per_atom_change(0.331, 2, 0.415, 4), rel=1e-4)


def test_volume_change_with_parameters_after_the_values_and_an_arrow() -> None:
    q = (
        "The lattice parameters are 0.4150 nm (FCC) and 0.3310 nm (BCC) at the transition "
        "temperature of 850 °C. Compute the percentage volume change for FCC → BCC, negative for a "
        "contraction."
    )
    assert _value(q, "percent") == pytest.approx(_per_atom_change(0.415, 4, 0.331, 2), rel=1e-4)


def test_volume_decrease_asked_and_data_agree() -> None:
    q = (
        "A metal changes from BCC (a = 0.3000 nm) to FCC (a = 0.3760 nm) when it is heated. By what "
        "percentage does its volume decrease?"
    )
    expected = -_per_atom_change(0.300, 2, 0.376, 4)
    assert expected > 0
    assert _value(q, "percent") == pytest.approx(expected, rel=1e-4)


def test_volume_increase_asked_against_the_data_is_refused() -> None:
    q = (
        "A metal changes from BCC (a = 0.3000 nm) to FCC (a = 0.3760 nm) when it is heated. By what "
        "percentage does its volume increase?"
    )
    assert _refused(q)


@pytest.mark.parametrize(
    "q",
    [
        # the unit cells hold different numbers of atoms: a cell's volume change is another question
        "A metal changes from BCC (a = 0.3310 nm) to FCC (a = 0.4150 nm) when it is heated. Find the "
        "percentage change in the volume of the unit cell.",
        # the direction of the transformation is not said
        "A metal has a BCC form (a = 0.3310 nm) and an FCC form (a = 0.4150 nm). Find the percentage "
        "change in its volume on the transformation.",
        # a further given the handler has no use for (a density)
        "A metal of density 7.6 g/cm³ changes from BCC (a = 0.3310 nm) to FCC (a = 0.4150 nm) when "
        "it is heated. Find the percentage change in its volume.",
    ],
)
def test_look_alikes_are_not_answered_by_the_volume_change(q: str) -> None:
    a = answer(q)
    assert a.quantity is None or a.relation != "cubic_transformation_volume_change"


# ------------------------------------------------------------------ Griffith for a metal
@pytest.mark.parametrize(
    "material",
    ["An annealed nickel sheet", "A soft aluminium alloy panel", "A mild-steel plate"],
)
def test_griffith_for_a_metal_is_refused(material: str) -> None:
    # the surface energy alone does not govern a metal's fracture (plastic work dominates); the
    # stem need not say 'ductile'
    q = (
        f"{material} (E = 150 GPa, surface energy 2.0 J/m²) has a surface crack 0.4 mm deep. Using "
        "Griffith's equation, what tensile stress fractures it, in MPa?"
    )
    assert _refused(q)


@pytest.mark.parametrize(
    "material",
    ["A zinc oxide varistor disc", "A dense titanium carbide tile", "A brittle cast iron plate"],
)
def test_griffith_for_a_ceramic_named_after_a_metal_or_a_brittle_metal_is_answered(
    material: str,
) -> None:
    q = (
        f"{material} (E = 150 GPa, specific surface energy 2.0 J/m²) has a surface crack 4 µm deep. "
        "Using Griffith's equation, what tensile stress fractures it, in MPa?"
    )
    assert _value(q, "MPa") == pytest.approx(_griffith(150e9, 2.0, 4e-6), rel=1e-3)
