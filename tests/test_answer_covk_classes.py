"""Coverage classes from sets J and K (branch covk), each with look-alikes that keep their verdict.

* A value written with its tolerance, '(12.0 ± 0.2) mm', is its nominal value when the ask does not
  depend on the tolerance; a prefix written on the number, '3.3k N', is a prefix of the unit.
* The power a hysteresis loop dissipates is the hysteresis power loss.
* The time a relaxing stress takes to reach a stated value, from one measured point (the inverse of
  the stress at a time); a verb after 'after' ('how many minutes after stretching') names the event
  the time counts from, not an asked change.
* The ratio of an Arrhenius quantity at two temperatures with givens that cancel in it (D₀, a
  duration, the creep stress when it is unchanged), and 'if the temperature were raised to T₂'.

Every question here is written for these tests.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.nominal_values import nominal_question

R = 8.314462618


def _value(question: str, unit: str) -> float:
    a = answer(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> bool:
    return answer(question).quantity is None


# ------------------------------------------------------------------ tolerances and prefixes
def test_toleranced_diameter_is_its_nominal_value() -> None:
    q = (
        "A copper rod of diameter (12.0 ± 0.2) mm and length 400 mm is pulled with 15 kN. Copper has "
        "E = 110 GPa. Find the elastic elongation of the rod in µm."
    )
    expected = 15e3 * 0.400 / (math.pi * 0.012**2 / 4 * 110e9) * 1e6
    assert _value(q, "micrometer") == pytest.approx(expected, rel=1e-4)
    assert any("nominal" in n for n in answer(q).notes)


def test_toleranced_value_without_parentheses() -> None:
    text, notes = nominal_question("A wire 2.00 ± 0.02 mm thick carries 3 A.")
    assert text == "A wire 2.00 mm thick carries 3 A." and notes


@pytest.mark.parametrize(
    "question",
    [
        # the uncertainty itself is asked: the tolerance matters
        "A rod of diameter (12.0 ± 0.2) mm is pulled with 15 kN. What is the uncertainty of the stress in MPa?",
        # the largest stress the tolerance allows
        "A rod of diameter (12.0 ± 0.2) mm is pulled with 15 kN. What is the largest possible stress in MPa?",
        # a fatigue cycle written mean ± amplitude: no tolerance
        "A shaft is cycled at a stress of (100 ± 80) MPa. What is the maximum stress of the cycle in MPa?",
    ],
)
def test_tolerance_kept_where_it_matters(question: str) -> None:
    text, notes = nominal_question(question)
    assert text == question and not notes


def test_spread_as_large_as_the_value_is_no_tolerance() -> None:
    q = "A plate (10 ± 6) mm thick is loaded."
    assert nominal_question(q) == (q, [])


def test_prefix_written_on_the_number() -> None:
    q = (
        "A ceramic bar 8 mm wide and 4 mm thick is broken in three-point bending over supports 30 mm "
        "apart at a load of 0.9k N. Compute the flexural strength in MPa."
    )
    expected = 3 * 900 * 0.030 / (2 * 0.008 * 0.004**2) / 1e6
    assert _value(q, "MPa") == pytest.approx(expected, rel=1e-4)


def test_prefix_rule_leaves_other_letters_alone() -> None:
    for q in ("Heat 5 kg of water.", "A 2 m long bar at 300 K carries 4 kN.", "It takes 3k steps."):
        assert nominal_question(q) == (q, [])


# ------------------------------------------------------------------ hysteresis power dissipated
def test_power_dissipated_by_hysteresis_with_a_coercivity_given() -> None:
    q = (
        "An iron core of volume 2.5 × 10⁻³ m³ has a coercivity of 60 A/m and a hysteresis loop of "
        "area 400 J/m³ per cycle. It runs at 50 Hz. Find the power dissipated by hysteresis in W."
    )
    assert _value(q, "W") == pytest.approx(400 * 2.5e-3 * 50, rel=1e-6)


def test_hysteresis_without_a_frequency_is_refused() -> None:
    q = (
        "An iron core of volume 2.5 × 10⁻³ m³ has a hysteresis loop of area 400 J/m³ per cycle. "
        "Find the power dissipated by hysteresis in W."
    )
    assert _refused(q)


# ------------------------------------------------------------------ time for a stress to relax
def test_time_to_relax_to_a_stress() -> None:
    q = (
        "A polymer strip held at a fixed strain starts at a stress of 8.0 MPa, which has relaxed to "
        "6.0 MPa after 40 s. With σ = σ₀ exp(−t/τ), how long after loading does the stress reach "
        "2.0 MPa? Answer in seconds."
    )
    expected = 40 * math.log(8 / 2) / math.log(8 / 6)
    assert _value(q, "s") == pytest.approx(expected, rel=1e-4)


def test_minutes_after_stretching_is_a_time_not_a_change() -> None:
    q = (
        "An elastomer band stretched and clamped has an initial stress of 4.0 MPa, which relaxes to "
        "3.0 MPa after 90 s. Assuming σ(t) = σ₀ exp(−t/τ), how many minutes after stretching will the "
        "stress have fallen to 1.5 MPa?"
    )
    expected = 90 * math.log(4 / 1.5) / math.log(4 / 3) / 60
    assert _value(q, "min") == pytest.approx(expected, rel=1e-4)


def test_forward_stress_relaxation_unchanged() -> None:
    q = (
        "A polymer held at constant strain relaxes from an initial stress of 6.0 MPa to 4.0 MPa in "
        "30 s. What is the stress after 90 s, in MPa?"
    )
    assert _value(q, "MPa") == pytest.approx(6 * (4 / 6) ** 3, rel=1e-6)


def test_stress_above_the_initial_one_is_never_reached() -> None:
    q = (
        "A polymer held at constant strain relaxes from an initial stress of 6.0 MPa to 4.0 MPa in "
        "30 s. How long, in s, until the stress is 8.0 MPa?"
    )
    assert _refused(q)


def test_change_ask_still_needs_a_change() -> None:
    q = (
        "A steel rod 2.0 m long is heated from 20 °C to 120 °C; α = 12 × 10⁻⁶ K⁻¹. How many "
        "millimetres does the rod lengthen?"
    )
    assert _value(q, "mm") == pytest.approx(2.4, rel=1e-6)


# ------------------------------------------------------------------ Arrhenius ratios with cancelling givens
def _arrhenius(q_kj: float, t_top_c: float, t_bottom_c: float) -> float:
    return math.exp(-q_kj * 1e3 / R * (1 / (t_top_c + 273.15) - 1 / (t_bottom_c + 273.15)))


def test_diffusion_factor_with_prefactor_and_duration() -> None:
    q = (
        "Nitrogen diffuses in ferrite with D₀ = 5.0 × 10⁻⁷ m²/s and an activation energy of 77 kJ/mol. "
        "A nitriding run lasts 6 h at 500 °C. By what factor would the diffusion coefficient increase if "
        "the temperature were raised to 560 °C?"
    )
    assert _value(q, "dimensionless") == pytest.approx(_arrhenius(77, 560, 500), rel=1e-3)


def test_creep_factor_at_unchanged_stress() -> None:
    q = (
        "A boiler tube creeps at a stress of 70 MPa with a stress exponent of 4 and an activation "
        "energy for creep of 250 kJ/mol. How many times faster is the steady-state creep rate at "
        "620 °C than at 580 °C, the stress being unchanged?"
    )
    assert _value(q, "dimensionless") == pytest.approx(_arrhenius(250, 620, 580), rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # a depth depends on the duration: not the coefficient's ratio
        "Nitrogen diffuses in ferrite with D₀ = 5.0 × 10⁻⁷ m²/s and an activation energy of 77 kJ/mol. "
        "A nitriding run lasts 6 h at 500 °C. By what factor would the case depth increase if the "
        "temperature were raised to 560 °C?",
        # a second stress: σⁿ does not cancel, and the exponent matters
        "A tube creeps at 70 MPa with a stress exponent of 4 and an activation energy for creep of "
        "250 kJ/mol. How many times faster is the steady-state creep rate at 620 °C and 90 MPa than at "
        "580 °C?",
        # the stress is not said to be the same
        "A tube creeps at 70 MPa with a stress exponent of 4 and an activation energy for creep of "
        "250 kJ/mol. How many times faster is the steady-state creep rate at 620 °C than at 580 °C?",
    ],
)
def test_arrhenius_ratio_refused_when_a_given_may_matter(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ aligned-fibre composites
def test_fibre_slash_matrix_names_a_composite() -> None:
    q = (
        "A unidirectional aramid-fibre/epoxy spar holds 55 vol% fibres. E(fibre) = 124 GPa and "
        "E(epoxy) = 3.1 GPa. Estimate the elastic modulus along the fibre direction, in GPa."
    )
    assert _value(q, "GPa") == pytest.approx(0.55 * 124 + 0.45 * 3.1, rel=1e-4)


def test_thermal_stress_in_a_restrained_composite_along_its_fibres() -> None:
    q = (
        "A carbon-fibre/epoxy tie (50 vol% fibres, E = 230 GPa; epoxy E = 2.8 GPa) is fixed rigidly "
        "between two supports at 15 °C and warmed to 55 °C. Treat it as loaded along the fibres "
        "(iso-strain) with an axial expansion coefficient of 2.0 × 10⁻⁶ K⁻¹. Find the magnitude of "
        "the compressive stress, in MPa."
    )
    e_c = 0.5 * 230e9 + 0.5 * 2.8e9
    assert _value(q, "MPa") == pytest.approx(e_c * 2.0e-6 * 40 / 1e6, rel=1e-4)


def test_axial_stress_of_a_restrained_unidirectional_rod() -> None:
    q = (
        "A unidirectional glass-fibre/polyester bar (30 vol% glass, E = 70 GPa; polyester E = 2.5 GPa) "
        "is clamped rigidly at both ends. Its expansion coefficient along the bar is 2.0 × 10⁻⁵ K⁻¹. "
        "Estimate the axial stress, in MPa, when it is heated by 40 K."
    )
    e_c = 0.3 * 70e9 + 0.7 * 2.5e9
    assert _value(q, "MPa") == pytest.approx(e_c * 2.0e-5 * 40 / 1e6, rel=1e-4)


def test_restrained_composite_loaded_across_its_fibres_is_not_iso_strain() -> None:
    q = (
        "A glass-fibre/epoxy block (40 vol% glass, E = 72 GPa; epoxy E = 3.0 GPa) is clamped rigidly "
        "and loaded transverse to the fibres, with an expansion coefficient of 3.0 × 10⁻⁵ K⁻¹. Find the "
        "stress, in MPa, when it is heated by 50 K."
    )
    a = answer(q)
    if a.quantity is not None:  # only the iso-stress modulus would be a reading of this question
        e_t = 1 / (0.4 / 72e9 + 0.6 / 3.0e9)
        assert float(a.quantity.to("MPa").magnitude) == pytest.approx(
            e_t * 3e-5 * 50 / 1e6, rel=1e-3
        )


# ------------------------------------------------------------------ grain growth to a stated diameter
def test_time_for_grains_to_reach_a_diameter() -> None:
    q = (
        "Grains of a nickel alloy start at 15 µm and reach 30 µm after 40 min at 900 °C. Assuming "
        "d² − d₀² = Kt, how long, in minutes, does it take at 900 °C to reach 50 µm?"
    )
    expected = 40 * (50**2 - 15**2) / (30**2 - 15**2)
    assert _value(q, "min") == pytest.approx(expected, rel=1e-4)


def test_how_many_more_minutes_is_the_time_beyond_the_measured_one() -> None:
    q = (
        "Grains of a nickel alloy start at 15 µm and reach 30 µm after 40 min at 900 °C. Assuming "
        "d² − d₀² = Kt, how many more minutes at 900 °C are needed to reach 50 µm?"
    )
    expected = 40 * (50**2 - 15**2) / (30**2 - 15**2) - 40
    assert _value(q, "min") == pytest.approx(expected, rel=1e-4)


def test_grains_never_shrink_to_a_smaller_diameter() -> None:
    q = (
        "Grains of a nickel alloy start at 15 µm and reach 30 µm after 40 min at 900 °C. Assuming "
        "d² − d₀² = Kt, how many more minutes at 900 °C are needed to reach 25 µm?"
    )
    assert _refused(q)


def test_more_time_not_answered_with_a_total_time() -> None:
    # the relaxation time relation gives the time since loading, not the time beyond the measured one
    q = (
        "A polymer held at a fixed strain has an initial stress of 8.0 MPa, which relaxes to 6.0 MPa "
        "after 40 s. Assuming σ = σ₀ exp(−t/τ), how many more seconds until the stress reaches 2.0 MPa?"
    )
    assert _refused(q)


# ------------------------------------------------------------------ heating by a heater of stated power
def test_time_for_a_heater_to_warm_a_part() -> None:
    q = (
        "A 3.0 kg copper billet (c_p = 385 J kg⁻¹ K⁻¹) is warmed from 20 °C to 220 °C by a 1.5 kW "
        "heater whose whole output goes into the billet. How long does the heating take, in minutes?"
    )
    assert _value(q, "min") == pytest.approx(3.0 * 385 * 200 / 1500 / 60, rel=1e-4)


@pytest.mark.parametrize(
    "question",
    [
        # an efficiency is another energy balance
        "A 3.0 kg copper billet (c_p = 385 J kg⁻¹ K⁻¹) is warmed from 20 °C to 220 °C by a 1.5 kW heater "
        "with an efficiency of 70 %. How long does the heating take, in minutes?",
        # melting needs a latent heat as well
        "A 3.0 kg tin billet (c_p = 228 J kg⁻¹ K⁻¹) is heated from 20 °C to 232 °C and melted by a 1.5 kW "
        "heater. How long does it take, in minutes?",
    ],
)
def test_heater_time_refused_for_another_energy_balance(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ superconductor in a stated field
def test_highest_temperature_to_stay_superconducting_in_a_field() -> None:
    q = (
        "Tin is superconducting below T_c = 3.72 K and its critical field at 0 K is 2.4 × 10⁴ A/m. A tin "
        "coil must remain superconducting in a field of 1.2 × 10⁴ A/m. What is the highest temperature, "
        "in K, at which it can work?"
    )
    assert _value(q, "K") == pytest.approx(3.72 * math.sqrt(1 - 0.5), rel=1e-4)


def test_field_above_the_zero_kelvin_critical_field_is_refused() -> None:
    q = (
        "Tin is superconducting below T_c = 3.72 K and its critical field at 0 K is 2.4 × 10⁴ A/m. A tin "
        "coil must remain superconducting in a field of 3.0 × 10⁴ A/m. What is the highest temperature, "
        "in K, at which it can work?"
    )
    assert _refused(q)
