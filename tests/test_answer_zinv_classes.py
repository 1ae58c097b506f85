"""Inverse problems (a relation solved for one of its inputs, with the stated value of its output),
found refused on blind set Z and its neighbours, each class written here in other words and numbers,
with a look-alike that must still be refused:

* the precision asked with a unit ('to the nearest 10 °C') is no given, and the result is rounded to it;
* relations solved for an input with one root: the quench temperature for a martensite fraction
  (Koistinen–Marburger), the temperature of a stated vapour pressure (Clausius–Clapeyron from the
  boiling point), the dielectric thickness for a capacitance, the temperature of a stated Debye T³ heat
  capacity, the molecular weight for an end-to-end distance;
* the field a superconductor must stay superconducting in, written as B in tesla;
* a wt% followed by a phase name ('25 wt% β', '55 wt% proeutectoid ferrite') is that phase's mass
  fraction, read back through the lever rule for the composition.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

R = 8.314462618
K_EV = 8.617333262e-5
EPS0 = 8.8541878128e-12


def _value(question: str, unit: str) -> float:
    a = solve(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> None:
    a = solve(question)
    assert a.quantity is None, f"answered {a.quantity}"


# ------------------------------------------------------------------ precision with a unit
def test_nearest_step_with_a_unit_is_precision_and_rounds_the_result():
    q = (
        "A metal has a vacancy formation energy of 1.2 eV. At what temperature, in °C, is the "
        "equilibrium vacancy fraction 3 × 10⁻⁶, to the nearest 10 °C?"
    )
    t = 1.2 / (K_EV * math.log(1 / 3e-6)) - 273.15
    got = _value(q, "degC")
    assert got == pytest.approx(10 * round(t / 10))
    assert abs(got - t) <= 5


def test_nearest_step_in_kelvin_after_the_question():
    q = (
        "For a diffusing species, D0 = 5.0 × 10⁻⁵ m²/s and Qd = 160 kJ/mol. At what temperature in K "
        "is D equal to 3.0 × 10⁻¹² m²/s? Round to the nearest 5 K."
    )
    t = 160e3 / (R * math.log(5.0e-5 / 3.0e-12))
    assert _value(q, "K") == pytest.approx(5 * round(t / 5))


def test_a_value_within_a_range_stays_a_given():
    _refused(
        "A metal has a vacancy formation energy of 1.2 eV. At what temperature, in °C, is the "
        "equilibrium vacancy fraction 3 × 10⁻⁶, within 10 °C of its annealing temperature?"
    )


def test_nearest_step_without_the_activation_energy_is_refused():
    _refused(
        "For a diffusing species, D0 = 5.0 × 10⁻⁵ m²/s. At what temperature in K is D equal to "
        "3.0 × 10⁻¹² m²/s? Round to the nearest 5 K."
    )


# ------------------------------------------------------------------ inputs solved for (one root)
def test_koistinen_marburger_quench_temperature():
    q = (
        "A steel with martensite start temperature M_s = 320 °C follows the Koistinen–Marburger law "
        "with a rate constant of 0.011 K⁻¹. To what temperature, in °C, must it be quenched to obtain "
        "80 % martensite?"
    )
    assert _value(q, "degC") == pytest.approx(320 + math.log(0.2) / 0.011, rel=1e-4)


def test_koistinen_marburger_quench_temperature_needs_the_rate_constant():
    _refused(
        "A steel with martensite start temperature M_s = 320 °C follows the Koistinen–Marburger law. "
        "To what temperature, in °C, must it be quenched to obtain 80 % martensite?"
    )


@pytest.mark.parametrize(
    ("q", "p_ratio", "t_ref", "dh"),
    [
        (
            "Zinc boils at 1180 K under 1 atm; its enthalpy of vaporisation is 115 kJ/mol. At what "
            "temperature, in K, is the vapour pressure of zinc 0.01 atm?",
            0.01,
            1180.0,
            115e3,
        ),
        # the stated pressure is the one the liquid boils UNDER, not the reference's: taken out at the
        # merge (session 32), where the inverse solve answered the temperature for 2 atm (120.8 °C)
        (
            "The vapour pressure of water is 1.00 atm at 373.15 K and its enthalpy of vaporisation "
            "is 40.7 kJ/mol. At what temperature, in K, does water boil under 0.50 atm?",
            0.50,
            373.15,
            40.7e3,
        ),
    ],
)
def test_temperature_of_a_stated_vapour_pressure_is_refused_or_right(q, p_ratio, t_ref, dh):
    # the inverse Clausius–Clapeyron solve was taken out again; a value, if any, must be this one
    answer = solve(q)
    if answer.quantity is None:
        assert answer.reason and "internal error" not in answer.reason
        return
    t = 1 / (1 / t_ref - R * math.log(p_ratio) / dh)
    assert answer.quantity.to("K").magnitude == pytest.approx(t, rel=1e-3)


def test_temperature_of_a_vapour_pressure_needs_the_enthalpy():
    _refused(
        "Zinc boils at 1180 K under 1 atm. At what temperature, in K, is the vapour pressure of "
        "zinc 0.01 atm?"
    )


def test_dielectric_thickness_for_a_capacitance():
    q = (
        "A parallel-plate capacitor with a dielectric of relative permittivity 25 and plate area "
        "4 cm² must have a capacitance of 2 nF. What plate separation, in µm, is needed?"
    )
    assert _value(q, "um") == pytest.approx(25 * EPS0 * 4e-4 / 2e-9 * 1e6, rel=1e-4)


def test_dielectric_thickness_needs_the_permittivity():
    _refused(
        "A parallel-plate capacitor with plate area 4 cm² must have a capacitance of 2 nF with a "
        "dielectric between the plates. What plate separation, in µm, is needed?"
    )


def test_temperature_of_a_debye_heat_capacity():
    q = (
        "Aluminium has a Debye temperature of 428 K. Using the Debye T³ law, at what temperature, "
        "in K, is its molar heat capacity 0.5 J/(mol·K)?"
    )
    t = 428 * (0.5 / (12 * math.pi**4 / 5 * R)) ** (1 / 3)
    assert _value(q, "K") == pytest.approx(t, rel=1e-4)


def test_temperature_of_a_debye_heat_capacity_needs_the_debye_temperature():
    _refused(
        "Using the Debye T³ law, at what temperature, in K, is the molar heat capacity of a metal "
        "0.5 J/(mol·K)?"
    )


def test_molecular_weight_for_an_end_to_end_distance():
    q = (
        "For polyvinyl chloride with a C–C bond length of 0.154 nm, what number-average molecular "
        "weight, in g/mol, gives a root-mean-square end-to-end distance of 15 nm?"
    )
    n_bonds = (15 / 0.154) ** 2
    assert _value(q, "g/mol") == pytest.approx(n_bonds / 2 * 62.5, rel=2e-3)


def test_molecular_weight_for_an_end_to_end_distance_needs_the_polymer():
    _refused(
        "What number-average molecular weight, in g/mol, gives a polymer chain a root-mean-square "
        "end-to-end distance of 15 nm?"
    )


# ------------------------------------------------------------------ superconducting in a field (B)
def test_highest_temperature_in_a_field_written_in_tesla():
    q = (
        "Lead is superconducting below 7.19 K and its critical field at 0 K is 0.0803 T. Up to what "
        "temperature, in K, does a lead part remain superconducting in a field of 0.03 T?"
    )
    assert _value(q, "K") == pytest.approx(7.19 * math.sqrt(1 - 0.03 / 0.0803), rel=1e-4)


def test_applied_field_in_tesla_with_other_words():
    q = (
        "Vanadium becomes superconducting at 5.4 K and its critical field at 0 K is 0.141 T. What is "
        "the highest temperature, in K, at which it stays superconducting in an applied field of 0.08 T?"
    )
    assert _value(q, "K") == pytest.approx(5.4 * math.sqrt(1 - 0.08 / 0.141), rel=1e-4)


def test_field_above_the_zero_kelvin_critical_field_is_refused():
    _refused(
        "Lead is superconducting below 7.19 K and its critical field at 0 K is 0.0803 T. Up to what "
        "temperature, in K, does a lead part remain superconducting in a field of 0.09 T?"
    )


# ------------------------------------------------------------------ wt% of a phase
def test_wt_percent_of_beta_gives_the_overall_composition():
    q = (
        "In a Cu–Ag system at 700 °C the α phase holds 7 wt% Ag and the β phase 92 wt% Ag. Which "
        "overall composition, in wt% Ag, gives 25 wt% β?"
    )
    assert _value(q, "percent") == pytest.approx(7 + 0.25 * (92 - 7), rel=1e-6)


def test_wt_percent_of_an_element_is_no_phase_fraction():
    _refused(
        "In a Cu–Ag system at 700 °C the α phase holds 7 wt% Ag and the β phase 92 wt% Ag. Which "
        "overall composition, in wt% Ag, gives 25 wt% Ag?"
    )


def test_wt_percent_of_proeutectoid_ferrite_gives_the_carbon_content():
    q = (
        "A hypoeutectoid plain-carbon steel shows 55 wt% proeutectoid ferrite after slow cooling. "
        "What is its carbon content in wt% C?"
    )
    assert _value(q, "percent") == pytest.approx(0.76 - 0.55 * (0.76 - 0.022), abs=1e-3)


def test_wt_percent_of_ferrite_alone_is_not_read_as_proeutectoid():
    _refused(
        "A hypoeutectoid plain-carbon steel contains 55 wt% ferrite after slow cooling. What is its "
        "carbon content in wt% C?"
    )


# ------------------------------------------------------------------ the asked phrase after 'Find:'
def test_find_with_a_colon_keeps_the_asked_phrase():
    from matsci_jupyter.engines.answer.quantities import target_phrase

    asked, _hint = target_phrase("Given: a bar.\nFind: the yield load, in kN, of the bar.")
    assert asked.startswith("find the yield load")
    asked, _hint = target_phrase("Find:\nthe yield load")
    assert asked == "find"  # a colon ending the line opens no phrase on that line


def test_which_after_a_preposition_asks_nothing_after_an_asking_word():
    from matsci_jupyter.engines.answer.quantities import target_phrase

    asked, _hint = target_phrase(
        "Find the largest stress, in MPa, for which the part stays elastic."
    )
    assert asked.startswith("find the largest stress")
    asked, _hint = target_phrase("At which temperature is the diffusivity 1e-12 m²/s?")
    assert "which temperature" in asked  # alone, 'which' still asks


def test_load_at_which_a_bar_breaks_in_find_format():
    q = (
        "Given: alumina bar in three-point bending, width 8 mm, thickness 5 mm, support span 45 mm, "
        "flexural strength 350 MPa.\nFind: the load, in N, at which the bar should fracture."
    )
    assert _value(q, "N") == pytest.approx(2 * 8 * 5**2 * 350 / (3 * 45), rel=1e-4)


def test_load_at_which_a_bar_breaks_needs_its_strength():
    _refused(
        "Given: alumina bar in three-point bending, width 8 mm, thickness 5 mm, support span 45 mm.\n"
        "Find: the load, in N, at which the bar should fracture."
    )
