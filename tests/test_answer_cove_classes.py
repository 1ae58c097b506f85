"""Reading classes for magnetic, corrosion and optical questions (issue 11, set H development).

Each class has an example that is now answered (or read) and a look-alike that keeps its verdict.
Values are computed here from the textbook formulas; the wording is our own.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.one_part import inline_part
from matsci_jupyter.engines.answer.quantities import extract
from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.engines.answer.unit_text import parse_unit

MU_B = 9.2740100783e-24  # A·m²


def _value(question: str, unit: str) -> float:
    a = solve(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> bool:
    return solve(question).quantity is None


# ------------------------------------------------------------------ 'in A m⁻¹': the ampere, not 'a'
def test_a_capital_a_with_a_unit_after_it_is_the_ampere():
    for text, unit in (
        ("Find the field, in A m⁻¹.", "A/m"),
        ("Find the field in A/m.", "A/m"),
        ("What current density is needed, in A cm⁻²?", "A/cm**2"),
    ):
        req = extract(text).requested
        assert req and req[0].unit.units == parse_unit(unit).units, text


def test_a_lone_capital_a_or_the_article_is_no_unit():
    assert not extract("Take 20 at% of solute B dissolved in A.").requested
    assert not extract("The sample is kept in a sealed tube at 300 K.").requested


# ------------------------------------------------------------------ parts inside one sentence
_COIL = (
    "A coil 0.40 m long has 600 turns and carries 2.0 A. Its core is an aluminium bar of volume "
    "susceptibility 2.1 × 10⁻⁵."
)


def test_inline_parts_answer_the_last_when_only_it_names_a_unit():
    q = (
        _COIL
        + " Compute (a) the field strength H in the coil and (b) the magnetization of the bar, in A/m."
    )
    reduced = inline_part(q)
    assert reduced is not None and "(a)" not in reduced and "magnetization of the bar" in reduced
    assert _value(q, "A/m") == pytest.approx(2.1e-5 * 600 * 2.0 / 0.40, rel=1e-6)


def test_inline_parts_that_each_name_a_unit_or_add_a_number_are_not_reduced():
    both = _COIL + " Compute (a) the field H, in A/m, and (b) the magnetization of the bar, in A/m."
    assert inline_part(both) is None
    extra = (
        _COIL + " Compute (a) the field H for a current of 3.0 A and (b) the magnetization of the "
        "bar, in A/m."
    )
    assert inline_part(extra) is None
    words = (
        _COIL + " Explain (a) why the bar is weakly magnetized and (b) its magnetization, in A/m."
    )
    assert inline_part(words) is None


# ------------------------------------------------------------------ M = χ_m NI/l in a solenoid's core
def test_magnetization_of_a_solenoid_core():
    q = (
        "A solenoid of 1000 turns is 0.50 m long and carries 4.0 A. Its core has a volume "
        "susceptibility of 3.0 × 10⁻⁴. What is the magnetization of the core?"
    )
    assert _value(q, "A/m") == pytest.approx(3.0e-4 * 1000 * 4.0 / 0.50, rel=1e-6)


def test_a_solenoid_without_a_susceptibility_still_gives_only_h():
    q = "A solenoid of 1000 turns is 0.50 m long and carries 4.0 A. What is the magnetization of its core?"
    assert _refused(q)


# ------------------------------------------------------------------ Curie–Weiss θ from two points
def test_weiss_temperature_from_two_susceptibilities():
    chi1, t1, chi2, t2 = 0.020, 300.0, 0.012, 350.0
    theta = (chi2 * t2 - chi1 * t1) / (chi2 - chi1)
    q = (
        "A material follows the Curie–Weiss law. Its susceptibility is χ = 0.020 at 300 K and "
        "χ = 0.012 at 350 K. Find the Weiss temperature θ."
    )
    assert _value(q, "K") == pytest.approx(theta, rel=1e-6)
    q_c = q.replace("Find the Weiss temperature θ.", "Find θ in degrees Celsius.")
    assert _value(q_c, "degC") == pytest.approx(theta - 273.15, rel=1e-6)


def test_curie_weiss_antiferromagnet_form_stays_refused():
    q = (
        "An antiferromagnet follows χ = C/(T + θ). Its susceptibility is χ = 0.020 at 300 K and "
        "χ = 0.012 at 350 K. Find θ."
    )
    assert _refused(q)


# ------------------------------------------------------------------ M_s stated at 0 K
def test_bohr_magnetons_from_a_saturation_magnetization_at_zero_kelvin():
    q = (
        "FCC cobalt (a = 0.3545 nm) has a saturation magnetization of 1.45 × 10⁶ A/m at 0 K. "
        "How many Bohr magnetons per atom is that?"
    )
    assert _value(q, "dimensionless") == pytest.approx(
        1.45e6 * (0.3545e-9) ** 3 / (4 * MU_B), rel=1e-6
    )


def test_a_saturation_magnetization_at_a_finite_temperature_is_not_a_mere_condition():
    q = (
        "FCC cobalt (a = 0.3545 nm) has a saturation magnetization of 1.30 × 10⁶ A/m at 800 K. "
        "How many Bohr magnetons per atom is that?"
    )
    assert _refused(q)


# ------------------------------------------------------------------ mils per year, months, unit definitions
def test_mil_is_a_thousandth_of_an_inch_not_an_angle():
    for text in ("mpy", "mils per year", "mil/yr"):
        q = parse_unit(text)
        assert q is not None
        assert q.units.dimensionality == parse_unit("mm/year").units.dimensionality, text


def test_corrosion_rate_over_months_in_mils_per_year():
    q = (
        "A zinc panel of exposed area 0.50 m² loses 30 g over six months of uniform corrosion; zinc "
        "has a density of 7.13 g/cm³. Express the uniform corrosion penetration rate in mils per "
        "year (1 mil = 10⁻³ in)."
    )
    rate_m_per_year = 30e-3 / (7130 * 0.50 * 0.5)
    assert _value(q, "mm/year") == pytest.approx(rate_m_per_year * 1e3, rel=1e-6)


def test_a_unit_definition_is_no_given_only_when_it_is_right():
    right = extract("The answer is wanted in mils (1 mil = 10⁻³ in).")
    assert not right.givens
    wrong = extract("The answer is wanted in mils (1 mil = 10⁻² in).")
    assert wrong.givens  # a wrong definition is kept as numbers an answer would have to use


# ------------------------------------------------------------------ 'Data: X — …; Y — …' entries
def test_data_entries_keep_each_substance_values_together():
    q = (
        "Cobalt forms CoO. Data: Co — 58.93 g/mol, 8.90 g/cm³; CoO — 74.93 g/mol, 6.44 g/cm³. "
        "Compute the Pilling–Bedworth ratio."
    )
    assert _value(q, "dimensionless") == pytest.approx(74.93 * 8.90 / (58.93 * 6.44), rel=1e-6)


def test_data_entries_do_not_change_values_written_without_names():
    q = (
        "Cobalt forms CoO. The densities are 8.90 g/cm³ and 6.44 g/cm³ and the molar masses "
        "58.93 g/mol and 74.93 g/mol. Compute the Pilling–Bedworth ratio."
    )
    a = solve(q)
    # without the names beside them the two densities cannot be told apart
    assert a.quantity is None or math.isclose(
        float(a.quantity.magnitude), 74.93 * 8.90 / (58.93 * 6.44), rel_tol=1e-6
    )


# ------------------------------------------------------------------ 'in degrees' asks for an angle
def test_a_dimensionless_result_is_never_reported_in_degrees():
    q = (
        "Light in air meets a flat plastic surface of refractive index 1.60. At what angle of "
        "incidence is the reflected beam fully polarised, in degrees?"
    )
    a = solve(q)
    # the normal-incidence reflectivity is dimensionless like an angle, but it is no angle
    assert a.quantity is None or a.relation != "reflectivity_normal_incidence"


def test_the_reflectivity_itself_is_still_answered():
    q = "Light in air falls normally on a plastic of refractive index 1.60. What is its reflectivity?"
    assert _value(q, "dimensionless") == pytest.approx(((1.60 - 1) / (1.60 + 1)) ** 2, rel=1e-6)


# ------------------------------------------------------------------ WLF applied to a relaxation time
def test_relaxation_time_shifted_by_wlf():
    q = (
        "An amorphous polymer (T_g = 80 °C) has a relaxation time of 50 s at its glass transition. "
        "With the WLF equation and C_1 = 17.44, C_2 = 51.6 K, what is the relaxation time at 95 °C, "
        "in s?"
    )
    log_a = -17.44 * 15 / (51.6 + 15)
    assert _value(q, "s") == pytest.approx(50 * 10**log_a, rel=1e-6)


def test_a_relaxation_time_not_stated_at_tg_is_not_shifted_from_tg():
    q = (
        "An amorphous polymer (T_g = 80 °C) has a relaxation time of 2 ms at 95 °C. With the WLF "
        "equation and C_1 = 17.44, C_2 = 51.6 K, what is the relaxation time at the glass transition?"
    )
    assert _refused(q)


# ------------------------------------------------------------------ relaxation modulus E_r(t) = σ(t)/ε₀
def test_relaxation_modulus_from_an_exponential_decay():
    q = (
        "A polymer bar is pulled to a strain of 0.20 and held. The stress is 3.0 MPa at first and "
        "2.1 MPa after 50 s; the stress decays exponentially. Find the relaxation modulus E_r(80 s)."
    )
    tau = 50 / math.log(3.0 / 2.1)
    assert _value(q, "MPa") == pytest.approx(3.0 * math.exp(-80 / tau) / 0.20, rel=1e-6)


# ------------------------------------------------------------------ P = ε₀(ε_r − 1)V/l
def test_polarization_between_plates():
    q = (
        "A dielectric of relative permittivity 5.0 fills a 0.80 mm gap between capacitor plates held "
        "at 200 V. What is the polarization of the dielectric?"
    )
    eps0 = 8.8541878128e-12
    assert _value(q, "C/m**2") == pytest.approx(eps0 * 4.0 * 200 / 0.80e-3, rel=1e-6)


def test_polarization_of_an_electrode_is_not_a_dielectric_one():
    q = (
        "The concentration polarization of a dielectric-coated electrode is measured at 200 V with "
        "a relative permittivity 5.0 and a 0.80 mm gap. What is the polarization?"
    )
    a = solve(q)
    assert a.relation != "dielectric_polarization_plates"


# ------------------------------------------------------------------ plating a layer with a current
def test_time_to_plate_a_layer():
    q = (
        "A part with a surface area of 120 cm² is electroplated with a zinc coating 10 µm thick "
        "(Zn²⁺, 100 % current efficiency) at a current of 1.5 A. How many minutes does the plating "
        "take? Zinc: density 7.13 g/cm³, atomic weight 65.38 g/mol."
    )
    mass = 7.13 * 120 * 10e-4  # g
    t = mass * 2 * 96485.33212 / (1.5 * 65.38)
    assert _value(q, "min") == pytest.approx(t / 60, rel=1e-6)


def test_plating_with_a_partial_efficiency_takes_longer():
    q = (
        "A part with a surface area of 120 cm² is electroplated with a zinc coating 10 µm thick "
        "(Zn²⁺, 80 % current efficiency) at a current of 1.5 A. How many minutes does the plating "
        "take? Zinc: density 7.13 g/cm³, atomic weight 65.38 g/mol."
    )
    mass = 7.13 * 120 * 10e-4
    t = mass * 2 * 96485.33212 / (0.80 * 1.5 * 65.38)
    assert _value(q, "min") == pytest.approx(t / 60, rel=1e-6)


# ------------------------------------------------------------------ hysteresis loss in a core of given mass
def test_hysteresis_power_from_the_core_mass():
    q = (
        "A transformer core weighs 8.0 kg; its steel has a density of 7800 kg/m³ and a hysteresis "
        "loop enclosing 300 J/m³ per cycle. What power is lost to hysteresis at 50 Hz?"
    )
    assert _value(q, "W") == pytest.approx(300 * 50 * 8.0 / 7800, rel=1e-6)


# ------------------------------------------------------------------ a two-line table of size classes
def test_dispersity_from_a_two_line_table():
    q = (
        "A polymer's size classes are listed by number:\n\n"
        "class molecular weight (kg mol⁻¹):   10     20     30\n"
        "number fraction x_i:                0.30   0.50   0.20\n\n"
        "Find the polydispersity index M̄_w/M̄_n."
    )
    xs, ms = (0.30, 0.50, 0.20), (10e3, 20e3, 30e3)
    mn = sum(x * m for x, m in zip(xs, ms, strict=True))
    mw = sum(x * m * m for x, m in zip(xs, ms, strict=True)) / mn
    assert _value(q, "dimensionless") == pytest.approx(mw / mn, rel=1e-6)


def test_a_two_line_table_with_a_number_outside_it_is_not_read():
    q = (
        "A polymer's size classes are listed by number (sample mass 5 g):\n\n"
        "class molecular weight (kg mol⁻¹):   10     20     30\n"
        "number fraction x_i:                0.30   0.50   0.20\n\n"
        "Find the polydispersity index M̄_w/M̄_n."
    )
    assert _refused(q)


# ------------------------------------------------------------------ ', giving (b) in …'
def test_a_part_whose_unit_is_named_by_a_back_reference():
    q = (
        "A Hall measurement on an n-type slab 0.40 mm thick gives a Hall voltage of 3.0 mV at a "
        "current of 5.0 mA in a flux density of 0.50 T; the conductivity is 30 S/m. Assuming "
        "electrons only, determine (a) the electron concentration and (b) the electron mobility, "
        "giving (b) in m² V⁻¹ s⁻¹."
    )
    r_h = 3.0e-3 * 0.40e-3 / (5.0e-3 * 0.50)
    assert _value(q, "m**2/(V*s)") == pytest.approx(30 * r_h, rel=1e-6)


# ------------------------------------------------------------------ % amorphous = 100 − % crystallinity
def test_percent_amorphous_from_densities():
    q = (
        "A polyethylene film has a density of 0.940 g/cm³; totally crystalline and totally amorphous "
        "polyethylene have densities of 1.000 g/cm³ and 0.855 g/cm³. What percentage of the film, by "
        "mass, is amorphous?"
    )
    crystalline = 1.000 * (0.940 - 0.855) / (0.940 * (1.000 - 0.855))
    assert _value(q, "percent") == pytest.approx(100 * (1 - crystalline), rel=1e-6)


def test_percent_crystallinity_is_not_answered_as_amorphous():
    q = (
        "A polyethylene film has a density of 0.940 g/cm³; totally crystalline and totally amorphous "
        "polyethylene have densities of 1.000 g/cm³ and 0.855 g/cm³. What is its percent "
        "crystallinity?"
    )
    crystalline = 1.000 * (0.940 - 0.855) / (0.940 * (1.000 - 0.855))
    assert _value(q, "percent") == pytest.approx(100 * crystalline, rel=1e-6)


# ------------------------------------------------------------------ luminescence decay through one point
def test_luminescence_decay_time_to_a_smaller_fraction():
    q = (
        "After the lamp is switched off, a phosphor's emission decays exponentially; its intensity "
        "has fallen to 60 % of the initial value after 2.0 s. How long after switch-off, in "
        "seconds, does the intensity reach 10 % of its initial value?"
    )
    assert _value(q, "s") == pytest.approx(2.0 * math.log(0.10) / math.log(0.60), rel=1e-6)


def test_luminescence_asked_for_an_earlier_fraction_is_refused():
    q = (
        "After the lamp is switched off, a phosphor's emission decays exponentially; its intensity "
        "has fallen to 10 % of the initial value after 2.0 s. How long after switch-off, in "
        "seconds, does the intensity reach 60 % of its initial value?"
    )
    a = solve(q)
    assert a.quantity is None or float(a.quantity.to("s").magnitude) == pytest.approx(
        2.0 * math.log(0.60) / math.log(0.10), rel=1e-6
    )
