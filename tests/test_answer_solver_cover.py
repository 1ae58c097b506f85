"""Coverage classes of the solver (issue 11, solver half), each with the look-alikes it must refuse:

- a body's mass written as its attribute ('a 0.25 kg puck') is read as its mass when it is the only
  mass the question writes (:mod:`matsci_jupyter.engines.answer.body_mass`);
- the critical angle between two media of stated indices, and Snell's law for light entering a medium
  from air (``relations/refraction.py``);
- the modulus of a unidirectional composite whose loading direction is not stated (longitudinal);
- Griffith's stress for an internal crack (its stated length is 2a, or its half-length a is named);
- the mass of pearlite and of the proeutectoid phase in a slowly cooled steel piece of given mass.

Every question is written here; the expected values are worked from the textbook formulas.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.body_mass import named_body_mass


def _value(question: str, unit: str) -> float:
    a = answer(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> bool:
    return answer(question).quantity is None


# ------------------------------------------------------------------ a mass written as an attribute
def test_attribute_mass_is_reworded_as_a_mass() -> None:
    assert named_body_mass("A 0.25 kg puck slides at 8.0 m/s.") == (
        "A mass of 0.25 kg puck slides at 8.0 m/s."
    )
    assert named_body_mass("An 800 g casting cools.") == "An mass of 800 g casting cools."


@pytest.mark.parametrize(
    "text",
    [
        "A 2 kg trolley is tied to a 3 kg trolley.",  # two masses: either could be meant
        "A 4 kg block of density 2700 kg/m^3 rests on a table.",  # a second value in a mass unit
        "A 0.5 kg per second stream of water flows.",  # a rate, not a body
        "Add a 5 g of salt.",  # 'of': not an attribute
        "A ball of mass 0.25 kg slides.",  # already named
    ],
)
def test_other_mass_wordings_are_left_alone(text: str) -> None:
    assert named_body_mass(text) == text


def test_kinetic_energy_of_a_body_whose_mass_is_an_attribute() -> None:
    q = "A 0.25 kg hockey puck slides across the ice at 8.0 m/s. What is its kinetic energy in J?"
    assert _value(q, "J") == pytest.approx(0.5 * 0.25 * 8.0**2)


def test_attribute_mass_with_spaced_thousands() -> None:
    q = "A 1 500 kg van travels at 12 m/s. What is its kinetic energy, in kJ?"
    assert _value(q, "kJ") == pytest.approx(0.5 * 1500 * 12**2 / 1000)


@pytest.mark.parametrize(
    "question",
    [
        # two bodies' masses: which one moves is not for the reader to guess
        "A 3.0 kg trolley pushes a 1.0 kg box at 2.0 m/s. What is the kinetic energy of the box?",
        # the asked quantity is another one: a rotation needs a moment of inertia
        "A 0.40 kg wheel spins at 20 rad/s. What is its rotational kinetic energy in J?",
        # a leftover bare number (a friction coefficient) is never set aside: it may be anything
        "A 0.25 kg puck slides at 8.0 m/s on ice with a friction coefficient of 0.05. What is its "
        "kinetic energy in J?",
    ],
)
def test_attribute_mass_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ refraction
def test_critical_angle_between_core_and_cladding() -> None:
    q = (
        "The core of a light guide has a refractive index of 1.53 and its cladding an index of 1.47. "
        "Find the critical angle at the core–cladding boundary, in degrees."
    )
    assert _value(q, "degree") == pytest.approx(math.degrees(math.asin(1.47 / 1.53)))


def test_critical_angle_is_the_same_whichever_index_is_written_first() -> None:
    q = (
        "A quartz prism (n = 1.46) is held in a liquid of index 1.38 and light inside the quartz meets "
        "the face. Above what angle of incidence, from the normal, is the light totally internally "
        "reflected?"
    )
    q2 = (
        "A liquid of index 1.38 surrounds a quartz block (n = 1.46) and light inside the quartz meets "
        "the face. Above what angle of incidence, from the normal, is the light totally internally "
        "reflected?"
    )
    expected = math.degrees(math.asin(1.38 / 1.46))
    assert _value(q, "degree") == pytest.approx(expected)
    assert _value(q2, "degree") == pytest.approx(expected)


@pytest.mark.parametrize(
    "question",
    [
        # the asked angle is another one (outside the fibre)
        "A fibre core has index 1.53 and its cladding 1.47. What is the numerical aperture?",
        # three indices: which boundary is meant is not said
        "Light in glass (n = 1.60) passes a film (n = 1.45) into a liquid (n = 1.33). Find the critical "
        "angle for total internal reflection at the second boundary.",
    ],
)
def test_critical_angle_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


def test_snell_angle_of_refraction_from_air() -> None:
    q = (
        "A beam in air falls on a polished acrylic block (n = 1.49) at 50° to the normal. At what "
        "angle to the normal is it refracted inside the block?"
    )
    expected = math.degrees(math.asin(math.sin(math.radians(50)) / 1.49))
    assert _value(q, "degree") == pytest.approx(expected)


@pytest.mark.parametrize(
    "question",
    [
        # the given angle is measured from the surface, not from the normal
        "A beam in air meets an acrylic block (n = 1.49) at 50° to the surface. What is the angle of "
        "refraction, measured from the normal?",
        # the light comes from water, not air
        "A beam in water (n = 1.33) enters an acrylic block (n = 1.49) at 50° to the normal. What is "
        "the angle of refraction?",
        # a leftover percentage (the share reflected) is never set aside
        "A beam in air falls on an acrylic block (n = 1.49) at 50° to the normal and 4.0 % of it is "
        "reflected. What is the angle of refraction inside the block?",
    ],
)
def test_snell_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ unidirectional composite
def test_unidirectional_composite_modulus_is_the_longitudinal_one() -> None:
    q = (
        "A unidirectional lamina holds 35 vol% carbon fibres (E = 240 GPa) in an epoxy of E = 3.5 GPa. "
        "What is the modulus of the composite?"
    )
    assert _value(q, "GPa") == pytest.approx(0.35 * 240 + 0.65 * 3.5)


@pytest.mark.parametrize(
    "question",
    [
        # a fibre content by mass is not the volume fraction the rule of mixtures needs
        "A unidirectional composite holds 35 wt% glass fibres (E = 72 GPa) in epoxy (E = 3.5 GPa). "
        "What is the modulus of the composite?",
        # short, randomly oriented fibres follow another rule
        "A composite holds 35 vol% short, randomly oriented glass fibres (E = 72 GPa) in nylon "
        "(E = 2.8 GPa). What is the modulus of the composite?",
        # alignment not stated
        "A glass-fibre composite holds 35 vol% fibres (E = 72 GPa) in epoxy (E = 3.5 GPa). What is "
        "the modulus of the composite?",
    ],
)
def test_composite_modulus_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


def test_unidirectional_composite_across_the_fibres_stays_isostress() -> None:
    q = (
        "A unidirectional lamina holds 35 vol% carbon fibres (E = 240 GPa) in an epoxy of E = 3.5 GPa. "
        "What is its modulus transverse to the fibres?"
    )
    assert _value(q, "GPa") == pytest.approx(1 / (0.35 / 240 + 0.65 / 3.5))


# ------------------------------------------------------------------ Griffith, internal crack
def _griffith(e_gpa: float, gamma: float, a_m: float) -> float:
    return math.sqrt(2 * e_gpa * 1e9 * gamma / (math.pi * a_m)) / 1e6


def test_griffith_internal_crack_of_stated_length() -> None:
    q = (
        "A borosilicate glass (E = 64 GPa, specific surface energy 0.30 J/m²) has an internal flaw, "
        "a crack 4.0 µm long. Using the Griffith criterion, estimate its fracture stress in MPa."
    )
    assert _value(q, "MPa") == pytest.approx(_griffith(64, 0.30, 2.0e-6))


def test_griffith_internal_crack_of_stated_half_length() -> None:
    q = (
        "A borosilicate glass (E = 64 GPa, specific surface energy 0.30 J/m²) has internal cracks "
        "whose half-length is 2.0 µm. Using the Griffith criterion, estimate the fracture stress in MPa."
    )
    assert _value(q, "MPa") == pytest.approx(_griffith(64, 0.30, 2.0e-6))


def test_griffith_critical_half_length_of_an_internal_crack() -> None:
    q = (
        "A borosilicate glass has E = 64 GPa and a surface energy of 0.30 J/m². Using the Griffith "
        "criterion, find the critical half-length of an internal crack, in µm, at a stress of 60 MPa."
    )
    expected = 2 * 64e9 * 0.30 / (math.pi * 60e6**2) * 1e6
    assert _value(q, "micrometer") == pytest.approx(expected)


@pytest.mark.parametrize(
    "question",
    [
        # two cracks: which one fails first is another question
        "A glass (E = 64 GPa, specific surface energy 0.30 J/m²) has an internal crack 4.0 µm long "
        "and a surface crack 1.0 µm deep. Using the Griffith criterion, estimate the fracture stress.",
        # a leftover given (the stress the part carries)
        "A glass (E = 64 GPa, specific surface energy 0.30 J/m²) carrying 20 MPa has an internal "
        "crack 4.0 µm long. Using the Griffith criterion, estimate the fracture stress.",
    ],
)
def test_griffith_internal_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ microconstituent masses in a steel
def test_pearlite_mass_in_a_hypoeutectoid_piece() -> None:
    q = (
        "A 4.0 kg gear blank of 0.50 wt% C steel is slowly cooled to just below 727 °C. How many "
        "kilograms of pearlite does it hold?"
    )
    assert _value(q, "kg") == pytest.approx(4.0 * (0.50 - 0.022) / (0.76 - 0.022))


def test_pearlite_mass_in_a_hypereutectoid_piece() -> None:
    q = (
        "A 4.0 kg die block of 1.25 wt% C steel is slowly cooled to room temperature. What mass of "
        "pearlite, in kg, does it contain?"
    )
    assert _value(q, "kg") == pytest.approx(4.0 * (6.70 - 1.25) / (6.70 - 0.76))


def test_proeutectoid_masses() -> None:
    ferrite = (
        "A 4.0 kg gear blank of 0.50 wt% C steel is slowly cooled to just below the eutectoid. What "
        "mass of proeutectoid ferrite forms, in kg?"
    )
    cementite = (
        "A 600 g tool blank of 1.25 wt% C steel is slowly cooled to just below 727 °C. How many grams "
        "of proeutectoid cementite form?"
    )
    assert _value(ferrite, "kg") == pytest.approx(4.0 * (0.76 - 0.50) / (0.76 - 0.022))
    assert _value(cementite, "g") == pytest.approx(600 * (1.25 - 0.76) / (6.70 - 0.76))


@pytest.mark.parametrize(
    "question",
    [
        # quenched: no pearlite forms by the lever rule
        "A 4.0 kg gear blank of 0.50 wt% C steel is quenched from 900 °C. How many kilograms of "
        "pearlite does it hold?",
        # a hypoeutectoid steel has no proeutectoid cementite
        "A 4.0 kg gear blank of 0.50 wt% C steel is slowly cooled to just below 727 °C. What mass of "
        "proeutectoid cementite forms, in kg?",
        # a leftover percentage (a share machined away) is never set aside
        "A 4.0 kg gear blank of 0.50 wt% C steel is slowly cooled to just below 727 °C and 15 % of it "
        "is then machined away. How many kilograms of pearlite does it hold?",
    ],
)
def test_microconstituent_mass_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ polymer averages from two lists
def test_number_average_from_masses_then_fractions() -> None:
    q = (
        "Chains of a polyamide fall in three classes of molecular weight 6 000, 18 000 and 30 000 "
        "g/mol, with number fractions 0.50, 0.30 and 0.20. Compute the number-average molecular weight."
    )
    assert _value(q, "g/mol") == pytest.approx(0.5 * 6000 + 0.3 * 18000 + 0.2 * 30000)


def test_weight_average_from_fractions_then_masses_respectively() -> None:
    q = (
        "A resin has weight fractions 0.40 and 0.60 of chains whose molecular weights are 20 000 and "
        "50 000 g/mol respectively. Find the weight-average molecular weight."
    )
    assert _value(q, "g/mol") == pytest.approx(0.4 * 20000 + 0.6 * 50000)


def test_number_basis_said_as_share_of_the_chains() -> None:
    q = (
        "By number, 60 % of the chains have a molecular weight of 4 000 g/mol and 40 % have "
        "14 000 g/mol. What is the number-average molecular weight?"
    )
    assert _value(q, "g/mol") == pytest.approx(0.6 * 4000 + 0.4 * 14000)


@pytest.mark.parametrize(
    "question",
    [
        # the kind of fraction is not said
        "A resin has fractions 0.40 and 0.60 of chains whose molecular weights are 20 000 and 50 000 "
        "g/mol respectively. Find the weight-average molecular weight.",
        # the fractions do not add up to one
        "A resin has weight fractions 0.40 and 0.50 of chains whose molecular weights are 20 000 and "
        "50 000 g/mol respectively. Find the weight-average molecular weight.",
        # a leftover value (an average already stated)
        "A resin has weight fractions 0.40 and 0.60 of chains whose molecular weights are 20 000 and "
        "50 000 g/mol respectively; its number-average molecular weight is 31 000 g/mol. Find the "
        "polydispersity index.",
        # the lists differ in length
        "A resin has weight fractions 0.40, 0.35 and 0.25 of chains whose molecular weights are "
        "20 000 and 50 000 g/mol. Find the weight-average molecular weight.",
    ],
)
def test_polymer_average_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ wt% ↔ at% with the balance implied
def _at_percent(c: float, a1: float, a2: float) -> float:
    return 100 * (c / a1) / (c / a1 + (100 - c) / a2)


def test_balance_named_as_the_alloys_base_metal() -> None:
    q = (
        "A magnesium alloy contains 6.0 wt% Zn (A_Zn = 65.38 g/mol, A_Mg = 24.305 g/mol). What is "
        "its zinc content in atom percent?"
    )
    assert _value(q, "percent") == pytest.approx(_at_percent(6.0, 65.38, 24.305), rel=1e-3)


def test_balance_said_as_the_rest_without_a_verb() -> None:
    q = "A bronze holds 8.0 wt% Sn, the rest Cu. Find the tin content in atom percent."
    assert _value(q, "percent") == pytest.approx(_at_percent(8.0, 118.71, 63.546), rel=1e-3)


def test_balance_from_a_binary_named_by_its_two_elements() -> None:
    q = "A silver–copper braze contains 28 wt% Cu. What is the copper content in atom percent?"
    assert _value(q, "percent") == pytest.approx(_at_percent(28.0, 63.546, 107.8682), rel=1e-3)


def test_balance_from_the_two_stated_atomic_weights() -> None:
    q = (
        "A eutectic point sits at 11.7 wt% Si. Express it in atom percent silicon, taking "
        "A_Si = 28.09 g/mol and A_Al = 26.98 g/mol."
    )
    assert _value(q, "percent") == pytest.approx(_at_percent(11.7, 28.09, 26.98), rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # a ternary: the balance is two metals
        "An Al–Cu–Mg alloy contains 4.0 wt% Cu. What is the copper content in atom percent?",
        # nothing says what the rest is
        "An alloy contains 28 wt% Cu. What is the copper content in atom percent?",
        # a leftover given (a density) the conversion does not use
        "A silver–copper braze of density 10.0 g/cm³ contains 28 wt% Cu. What is the copper content "
        "in atom percent?",
    ],
)
def test_alloy_balance_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ sites per volume, vacant sites
_K_EV = 8.617333262e-5


def test_cation_sites_per_volume_read_as_a_site_density() -> None:
    q = (
        "Potassium iodide has 1.5 × 10²² cation sites per cm³ and a Schottky-defect formation energy "
        "of 2.1 eV. How many Schottky defects per cm³ are present at 600 °C?"
    )
    expected = 1.5e22 * math.exp(-2.1 / (2 * _K_EV * 873.15))
    assert _value(q, "1/cm**3") == pytest.approx(expected, rel=1e-4)


def test_interstitial_sites_are_not_lattice_sites() -> None:
    q = (
        "A crystal has 6.0 × 10^28 interstitial sites per m^3 and a vacancy formation energy of "
        "0.8 eV. How many vacancies per m^3 are there at 700 K?"
    )
    assert _refused(q)


def test_temperature_for_a_fraction_of_vacant_sites() -> None:
    q = (
        "A metal's vacancy formation energy is 1.20 eV. At what temperature, in kelvin, does the "
        "equilibrium fraction of vacant lattice sites reach 5.0 × 10⁻⁶?"
    )
    assert _value(q, "K") == pytest.approx(1.20 / (_K_EV * math.log(1 / 5.0e-6)), rel=1e-4)


def test_vacant_sites_fraction_lookalike_with_a_leftover_is_refused() -> None:
    q = (
        "A metal's vacancy formation energy is 1.20 eV and its density 8.9 g/cm³. At what "
        "temperature does the fraction of vacant lattice sites reach 5.0 × 10⁻⁶, when 30 % of them "
        "are quenched in?"
    )
    assert _refused(q)


# ------------------------------------------------------------------ drift across a bar under a voltage
def test_drift_velocity_from_voltage_and_bar_length() -> None:
    q = (
        "A potential difference of 3.0 V is set across a germanium bar 5.0 mm long. The electron "
        "mobility is 0.38 m²/(V·s). What is the electron drift velocity in m/s?"
    )
    assert _value(q, "m/s") == pytest.approx(0.38 * 3.0 / 5.0e-3)


def test_transit_time_across_the_bar() -> None:
    q = (
        "A potential difference of 3.0 V is set across a germanium bar 5.0 mm long. The electron "
        "mobility is 0.38 m²/(V·s). How long, in microseconds, does an electron take to drift from "
        "one end to the other?"
    )
    assert _value(q, "microsecond") == pytest.approx((5.0e-3) ** 2 / (0.38 * 3.0) * 1e6)


@pytest.mark.parametrize(
    "question",
    [
        # two mobilities: which carrier is meant is not said
        "A potential difference of 3.0 V is set across a germanium bar 5.0 mm long. The mobilities "
        "are 0.38 and 0.18 m²/(V·s). What is the drift velocity in m/s?",
        # a leftover given (the current) the drift velocity does not use
        "A potential difference of 3.0 V drives 4.0 mA through a germanium bar 5.0 mm long. The "
        "electron mobility is 0.38 m²/(V·s). What is the electron drift velocity in m/s?",
        # the asked quantity is another one
        "A potential difference of 3.0 V is set across a germanium bar 5.0 mm long. The electron "
        "mobility is 0.38 m²/(V·s). What is the drift current density in A/m²?",
    ],
)
def test_drift_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ a rod held at both ends
def test_largest_temperature_change_of_a_held_rod() -> None:
    q = (
        "A ceramic rod is rigidly restrained at both ends. Its fracture strength is 150 MPa, "
        "E = 300 GPa and α = 7.5 × 10⁻⁶ K⁻¹. What is the largest temperature change, in K, it can "
        "take before fracturing?"
    )
    assert _value(q, "delta_degC") == pytest.approx(150e6 / (300e9 * 7.5e-6))


def test_temperature_a_held_rod_may_be_heated_to() -> None:
    q = (
        "A nickel strip is clamped stress-free between rigid supports at 25 °C. For nickel "
        "E = 200 GPa and α = 13 × 10^-6 per °C. To what temperature (°C) can it be heated before "
        "the compressive stress in it reaches 260 MPa?"
    )
    assert _value(q, "degC") == pytest.approx(25 + 260e6 / (200e9 * 13e-6))


@pytest.mark.parametrize(
    "question",
    [
        # a quenched plate's surface is held in two directions: another relation (with ν)
        "A ceramic plate is quenched so that its surface is fully restrained. Its fracture strength is "
        "150 MPa, E = 300 GPa and α = 7.5 × 10⁻⁶ K⁻¹. What is the largest temperature change it can "
        "take before fracturing?",
        # yielding, not fracture, of a metal rod
        "A steel rod is rigidly restrained at both ends. Its yield strength is 250 MPa, E = 200 GPa and "
        "α = 12 × 10⁻⁶ K⁻¹. What is the largest temperature change before it yields?",
        # cooling a held rod puts it in tension: the heating relation does not read it
        "A nickel strip is clamped stress-free between rigid supports at 25 °C. For nickel "
        "E = 200 GPa and α = 13 × 10^-6 per °C. To what temperature (°C) can it be cooled before "
        "the tensile stress in it reaches 260 MPa?",
    ],
)
def test_held_rod_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ Debye T³ from the Debye temperature
def test_debye_t_cubed_from_the_debye_temperature() -> None:
    q = (
        "Lead has a Debye temperature of 105 K. Using the Debye T³ law, estimate its molar heat "
        "capacity at 4.0 K, in J mol⁻¹ K⁻¹."
    )
    expected = 12 * math.pi**4 / 5 * 8.314462618 * (4.0 / 105) ** 3
    assert _value(q, "J/(mol*K)") == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize(
    "question",
    [
        # asked per kilogram: the law gives a molar value
        "Lead has a Debye temperature of 105 K. Using the Debye T³ law, estimate its specific heat at "
        "4.0 K in J/(kg K).",
        # the T³ law is not named: at 90 K lead is not in its low-temperature range
        "Lead has a Debye temperature of 105 K. Estimate its molar heat capacity at 90 K.",
        # a leftover value
        "Lead (density 11.3 g/cm³, 207.2 g/mol) has a Debye temperature of 105 K. Using the Debye T³ "
        "law, estimate its molar heat capacity at 4.0 K, in J mol⁻¹ K⁻¹.",
    ],
)
def test_debye_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ radiation: a rate, and the net flux
_SIGMA_SB = 5.670374419e-8


def test_radiated_power_asked_as_a_rate() -> None:
    q = (
        "A blackened copper panel with a surface area of 0.12 m² and emissivity 0.90 is at 500 °C. At "
        "what rate, in W, does it radiate energy?"
    )
    assert _value(q, "W") == pytest.approx(0.90 * _SIGMA_SB * 0.12 * 773.15**4, rel=1e-4)


def test_net_radiative_flux_to_large_surroundings() -> None:
    q = (
        "A steel billet surface at 900 °C with an emissivity of 0.75 radiates to large surroundings at "
        "40 °C. What is the net radiative heat flux from the billet in kW/m²?"
    )
    expected = 0.75 * _SIGMA_SB * (1173.15**4 - 313.15**4) / 1e3
    assert _value(q, "kW/m**2") == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize(
    "question",
    [
        # convection as well: the net flux is not radiation alone
        "A steel billet surface at 900 °C with an emissivity of 0.75 radiates to large surroundings at "
        "40 °C and loses heat by convection with a heat transfer coefficient of 20 W/(m² K). What is the "
        "net heat flux in kW/m²?",
        # two plates facing each other: another exchange
        "Two parallel plates at 900 °C and 40 °C have emissivity 0.75; the surroundings are far. What "
        "is the net radiative heat flux between them in kW/m²?",
        # a rate asked without the area
        "A blackened copper panel of emissivity 0.90 is at 500 °C. At what rate, in W, does it radiate "
        "energy?",
    ],
)
def test_radiation_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ creep rate at another temperature
def test_creep_rate_at_another_temperature_same_stress() -> None:
    q = (
        "At a constant stress a cobalt alloy creeps at a steady-state rate of 5.0 × 10^-9 s^-1 at "
        "750 °C. The activation energy for creep is 320 kJ/mol. What is the steady-state creep rate "
        "at 800 °C, in s^-1?"
    )
    r = 8.314462618
    expected = 5.0e-9 * math.exp(-320e3 / r * (1 / 1073.15 - 1 / 1023.15))
    assert _value(q, "1/s") == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize(
    "question",
    [
        # the stress changes too: the power law's exponent is then needed
        "A cobalt alloy creeps at a steady-state rate of 5.0 × 10^-9 s^-1 at 750 °C and 120 MPa. The "
        "activation energy for creep is 320 kJ/mol. What is the creep rate at 800 °C and 150 MPa?",
        # the stress is not said to stay the same
        "A cobalt alloy creeps at a steady-state rate of 5.0 × 10^-9 s^-1 at 750 °C. The activation "
        "energy for creep is 320 kJ/mol. What is the steady-state creep rate at 800 °C, in s^-1?",
        # a leftover value (a rupture time) the rate law does not use
        "At a constant stress a cobalt alloy creeps at a steady-state rate of 5.0 × 10^-9 s^-1 at "
        "750 °C and ruptures after 2000 h. The activation energy for creep is 320 kJ/mol. What is the "
        "steady-state creep rate at 800 °C, in s^-1?",
    ],
)
def test_creep_temperature_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


def test_atomic_weights_with_one_written_unit_and_a_stated_temperature() -> None:
    bare = (
        "A nickel alloy contains 3.0 wt% Ti (A_Ti = 47.87, A_Ni = 58.69 g/mol). What is the titanium "
        "content in atom percent?"
    )
    at_a_temperature = (
        "A eutectic point lies at 640 °C and 11.7 wt% Si. Express it in atom percent silicon, taking "
        "A_Si = 28.09 g/mol and A_Al = 26.98 g/mol."
    )
    assert _value(bare, "percent") == pytest.approx(_at_percent(3.0, 47.87, 58.69), rel=1e-3)
    assert _value(at_a_temperature, "percent") == pytest.approx(
        _at_percent(11.7, 28.09, 26.98), rel=1e-3
    )


def test_bare_number_that_is_no_atomic_weight_is_refused() -> None:
    q = (
        "A nickel alloy contains 3.0 wt% Ti (A_Ti = 47.87, 5.0 g/mol). What is the titanium content "
        "in atom percent?"
    )
    assert _refused(q)


# ------------------------------------------------------------------ light in a non-magnetic dielectric
def test_light_speed_and_index_from_the_optical_permittivity() -> None:
    speed = (
        "A clear non-magnetic resin has a dielectric constant of 2.56 at optical frequencies. How fast "
        "does light travel in it, in m/s?"
    )
    index = (
        "A clear non-magnetic resin has a relative permittivity of 2.56 at optical frequencies. "
        "Estimate its index of refraction."
    )
    assert _value(speed, "m/s") == pytest.approx(299792458 / 1.6)
    assert _value(index, "dimensionless") == pytest.approx(1.6)


@pytest.mark.parametrize(
    "question",
    [
        # a static dielectric constant is not the optical one
        "A clear non-magnetic resin has a dielectric constant of 2.56. How fast does light travel in "
        "it, in m/s?",
        # not said to be non-magnetic
        "A clear resin has a dielectric constant of 2.56 at optical frequencies. How fast does light "
        "travel in it, in m/s?",
        # a leftover value (a thickness)
        "A clear non-magnetic resin sheet 3.0 mm thick has a dielectric constant of 2.56 at optical "
        "frequencies; 4 % of the light is reflected. How fast does light travel in it, in m/s?",
    ],
)
def test_optical_permittivity_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ an Arrhenius rise in percent
def test_percentage_rise_of_a_diffusion_coefficient() -> None:
    q = (
        "Diffusion of a solute has an activation energy of 1.8 eV. By what percentage does the "
        "diffusion coefficient increase when the temperature is raised from 900 K to 930 K?"
    )
    ratio = math.exp(-1.8 / 8.617333262e-5 * (1 / 930 - 1 / 900))
    assert _value(q, "percent") == pytest.approx(100 * (ratio - 1), rel=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        # the temperature falls: the coefficient does not increase
        "Diffusion of a solute has an activation energy of 1.8 eV. By what percentage does the "
        "diffusion coefficient increase when the temperature is lowered from 930 K to 900 K?",
        # a leftover value (a diffusion distance)
        "Diffusion of a solute over 2 µm has an activation energy of 1.8 eV. By what percentage does "
        "the diffusion coefficient increase when the temperature is raised from 900 K to 930 K?",
    ],
)
def test_percentage_rise_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


def test_activation_energy_from_a_rate_that_triples() -> None:
    q = (
        "A sintering rate triples when the furnace temperature is raised from 1100 K to 1180 K. "
        "Estimate the activation energy in kJ/mol."
    )
    expected = 8.314462618 * math.log(3) / (1 / 1100 - 1 / 1180) / 1000
    assert _value(q, "kJ/mol") == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        # the factor is said for a fall of temperature: not the rise the word states
        "A sintering rate triples when the furnace temperature is raised from 1180 K to 1100 K. "
        "Estimate the activation energy in kJ/mol.",
        # a leftover value (a time)
        "A sintering rate triples within 3 h when the furnace temperature is raised from 1100 K to "
        "1180 K. Estimate the activation energy in kJ/mol.",
        # the asked quantity is another one
        "A sintering rate triples when the furnace temperature is raised from 1100 K to 1180 K. "
        "Estimate the rate constant at 1180 K.",
    ],
)
def test_rate_factor_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)
