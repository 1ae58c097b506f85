"""The second batch of introductory-course relations, each class with its own questions.

Expected values are computed here from the textbook formula with plain floats (not the solver's
relations), so a test fails when a relation, its binding or its unit handling is wrong.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

H = 6.62607015e-34
E = 1.602176634e-19
NA = 6.02214076e23
MU_B = 9.2740100783e-24
K_B = 8.617333262e-5  # eV/K


def _answered(question: str, unit: str, expected: float, rel: float = 2e-3, relation: str = ""):
    a = solve(question)
    assert a.quantity is not None, a.reason
    assert a.quantity.to(unit).magnitude == pytest.approx(expected, rel=rel)
    if relation:
        assert relation in (a.relation or "")
    return a


# ---------------------------------------------------------------- fatigue: one stress cycle
@pytest.mark.parametrize(
    ("asked", "expected", "unit"),
    [
        ("Compute the stress amplitude.", (310 + 105) / 2, "MPa"),
        ("Compute the mean stress.", (310 - 105) / 2, "MPa"),
        ("Compute the range of stress.", 310 + 105, "MPa"),
        ("What is the stress ratio?", -105 / 310, "dimensionless"),
    ],
)
def test_fatigue_cycle_quantities_come_from_the_extreme_stresses(asked, expected, unit):
    q = (
        "A fatigue test was conducted with a maximum stress of 310 MPa and a minimum stress of "
        f"-105 MPa. {asked}"
    )
    _answered(q, unit, expected, relation="fatigue")


# ---------------------------------------------------------------- two measured points
def _hall_petch(d1, s1, d2, s2):
    k = (s2 - s1) / (d2**-0.5 - d1**-0.5)
    return s1 - k * d1**-0.5, k


HP = (
    "The lower yield point for an iron that has an average grain diameter of 0.01 mm is 230 MPa. "
    "At a grain diameter of 0.006 mm, the yield point increases to 275 MPa. "
)


def test_hall_petch_through_two_points_gives_the_grain_size_for_a_third_strength():
    s0, k = _hall_petch(0.01, 230, 0.006, 275)
    d = (k / (310 - s0)) ** 2
    _answered(HP + "At what grain diameter will the lower yield point be 310 MPa?", "mm", d)


def test_hall_petch_through_two_points_gives_the_strength_at_a_third_grain_size():
    s0, k = _hall_petch(0.01, 230, 0.006, 275)
    _answered(
        HP + "What is the yield point (in MPa) at a grain diameter of 0.004 mm?",
        "MPa",
        s0 + k / 0.004**0.5,
    )


def test_hall_petch_coefficient_from_two_points():
    _s0, k = _hall_petch(0.01e-3, 230, 0.006e-3, 275)  # m
    _answered(HP + "Determine the Hall-Petch constant k_y in MPa m^0.5.", "MPa*m**0.5", k)


def test_avrami_time_for_another_fraction_from_one_measured_point():
    t = 40 * (math.log(1 - 0.9) / math.log(1 - 0.5)) ** (1 / 2.5)
    q = (
        "It takes 40 s for a recrystallization to go to 50% completion. If the Avrami exponent n is "
        "2.5, how long (in s) will it take for the transformation to go to 90% completion?"
    )
    _answered(q, "s", t, relation="avrami")


def test_same_concentration_at_another_depth_scales_time_with_depth_squared():
    q = (
        "For a steel alloy a carburizing heat treatment of 10 h will raise the carbon concentration "
        "to 0.45 wt% at a point 2.5 mm from the surface. Estimate the time (in h) necessary to achieve "
        "the same concentration at a 5.0 mm position at the same carburizing temperature."
    )
    _answered(q, "h", 10 * (5.0 / 2.5) ** 2, relation="same_concentration_depths")


def test_intrinsic_conductivity_at_another_temperature_from_the_band_gap():
    expected = 2.2 * math.exp(-0.67 / (2 * K_B) * (1 / 423 - 1 / 298))
    q = (
        "At room temperature (298 K) the electrical conductivity of intrinsic germanium is 2.2 S/m. "
        "Estimate its conductivity at 423 K if the band gap is 0.67 eV."
    )
    _answered(q, "S/m", expected, rel=5e-3)


# ---------------------------------------------------------------- single relations
@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            "Compute the critical fiber length for a carbon fiber of diameter 10 μm, tensile strength "
            "4 GPa, fiber-matrix bond strength 50 MPa. Give the answer in mm.",
            "mm",
            4000 * 0.010 / (2 * 50),
        ),
        (
            "A ceramic has a density of 3.6 g/cm3 and a theoretical density of 3.98 g/cm3. Compute the "
            "porosity in percent.",
            "percent",
            100 * (1 - 3.6 / 3.98),
        ),
        (
            "A steel has a yield strength of 350 MPa. Using a factor of safety of 2.5, what is the "
            "working stress?",
            "MPa",
            140.0,
        ),
        (
            "A cylindrical specimen with an original diameter of 12.8 mm has a diameter of 6.6 mm at "
            "fracture. Compute the percent reduction in area.",
            "percent",
            100 * (1 - (6.6 / 12.8) ** 2),
        ),
        (
            "Calculate the saturation magnetization for nickel given that each Ni atom has 0.60 Bohr "
            "magnetons, density 8.90 g/cm3 and atomic weight 58.71 g/mol.",
            "A/m",
            0.6 * MU_B * 8.90e6 * NA / 58.71,
        ),
        (
            "A magnetic field of 5000 A/m is applied to a material with relative permeability 3000. "
            "Compute the flux density in tesla.",
            "T",
            4e-7 * math.pi * 3000 * 5000,
        ),
        (
            "An n-type semiconductor has a Hall coefficient of -3.5e-3 m3/C and a conductivity of "
            "50 S/m. Calculate the electron mobility.",
            "m**2/(V*s)",
            3.5e-3 * 50,
        ),
        (
            "Calculate the standard cell potential of a galvanic cell of Zn/Zn2+ and Cu/Cu2+ half-cells "
            "whose standard potentials are -0.763 V and +0.340 V.",
            "V",
            0.340 + 0.763,
        ),
        (
            "What is the de Broglie wavelength of an electron moving at 1.0e6 m/s? Give the answer in nm.",
            "nm",
            H / (9.1093837015e-31 * 1.0e6) * 1e9,
        ),
        (
            "Copper has an FCC crystal structure with a lattice parameter of 0.3615 nm. Calculate the "
            "volume of its unit cell in nm^3.",
            "nm**3",
            0.3615**3,
        ),
        (
            "Compute the density (in g/cm^3) of a composite with 30 vol% glass fibers (density "
            "2.58 g/cm3) in a polyester matrix (density 1.35 g/cm3).",
            "g/cm**3",
            0.7 * 1.35 + 0.3 * 2.58,
        ),
        (
            "A cylindrical specimen of a metal 10 mm in diameter is loaded elastically in tension. A "
            "force of 15,000 N produces a reduction in diameter of 7e-3 mm. Poisson's ratio is 0.35. "
            "Compute the modulus of elasticity in GPa.",
            "GPa",
            4 * 0.35 * 15000 / (math.pi * 10 * 7e-3) / 1000,
        ),
        (
            "Silicon is doped with 1e23 phosphorus atoms per m3. If the electron mobility is "
            "0.14 m2/V-s, compute the electrical conductivity in S/m.",
            "S/m",
            1e23 * E * 0.14,
        ),
    ],
)
def test_course_relation_answers(question, unit, expected):
    _answered(question, unit, expected)


# ---------------------------------------------------------------- chains over cross sections and cells
def test_square_section_chains_into_the_elastic_modulus():
    q = (
        "A steel bar 100 mm long with a square cross section 20 mm on a side is pulled in tension with "
        "a load of 89,000 N and experiences an elongation of 0.10 mm. Compute the elastic modulus in GPa."
    )
    a = _answered(q, "GPa", 89000 * 100 / (20**2 * 0.10) / 1000)
    assert any("side of the square" in s or "cross-sectional area" in s for s in a.steps)


def test_rectangular_section_chains_into_the_elastic_strain():
    q = (
        "A specimen of copper having a rectangular cross section 15.2 mm × 19.1 mm is pulled in tension "
        "with 44,500 N force, producing only elastic deformation. Calculate the resulting strain if the "
        "modulus of elasticity is 110 GPa."
    )
    _answered(q, "dimensionless", 44500 / (15.2 * 19.1) / 110e3)


def test_a_modulus_written_as_e_equals_makes_an_elastic_question():
    q = (
        "A cylindrical rod of copper (E = 110 GPa) is to be subjected to a load of 6660 N. If the length "
        "of the rod is 380 mm, what must be the diameter to allow an elongation of 0.50 mm?"
    )
    _answered(q, "mm", math.sqrt(4 * 6660 * 380 / (math.pi * 110e3 * 0.50)))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Compute the linear density of the [110] direction for FCC copper with a lattice parameter "
            "of 0.3615 nm, in atoms per nm.",
            2 / (math.sqrt(2) * 0.3615),
        ),
        (
            "Calculate the linear density (in nm^-1) along the [111] direction of BCC iron, whose atomic "
            "radius is 0.124 nm.",
            1 / (2 * 0.124),
        ),
    ],
)
def test_linear_density_reads_the_direction(question, expected):
    _answered(question, "1/nm", expected, relation="linear_density")


def test_a_direction_is_not_read_as_a_plane():
    a = solve(
        "Calculate the planar density of the [110] direction of BCC iron with lattice parameter "
        "0.2866 nm, in atoms/nm^2."
    )
    assert a.quantity is None


# ---------------------------------------------------------------- alloy composition
def test_weight_to_atom_percent_for_the_named_component():
    cu, zn = 63.546, 65.38
    at_cu = 100 * (70 / cu) / (70 / cu + 30 / zn)
    q = (
        "Determine the composition, in atom percent, of copper in an alloy that consists of 30 wt% Zn "
        "and 70 wt% Cu."
    )
    _answered(q, "percent", at_cu, rel=1e-3, relation="alloy_composition")


def test_atom_to_weight_percent():
    pb, sn = 207.2, 118.71
    q = (
        "What is the composition, in weight percent of Pb, of an alloy that consists of 6 at% Pb and "
        "94 at% Sn?"
    )
    _answered(q, "percent", 100 * 6 * pb / (6 * pb + 94 * sn), rel=1e-3)


def test_an_alloy_composition_without_the_asked_component_is_refused_with_both_values():
    a = solve(
        "Determine the composition, in atom percent, of an alloy that consists of 30 wt% Zn and "
        "70 wt% Cu."
    )
    assert a.quantity is None
    assert "Zn" in a.reason and "Cu" in a.reason


# ---------------------------------------------------------------- given-binding: a later temperature
def test_a_later_heated_to_temperature_gives_the_change():
    q = (
        "A brass rod is 0.35 m long at 15 °C. How much will it elongate when heated to 85 °C? The linear "
        "coefficient of thermal expansion is 20e-6 1/°C. Give the answer in mm."
    )
    _answered(q, "mm", 20e-6 * 350 * 70)


# ---------------------------------------------------------------- third batch: exam staples
K_B_EV = 8.617333262e-5


@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            "A tensile specimen with a gauge length of 50 mm is elongated to 60 mm. Calculate the true "
            "strain.",
            "dimensionless",
            math.log(60 / 50),
        ),
        (
            "A tensile specimen with an original length of 50 mm is stretched to 60 mm. Calculate the "
            "engineering strain.",
            "dimensionless",
            (60 - 50) / 50,
        ),
        (
            "The solubility of hydrogen in iron is 3 ppm at 1 atm pressure. According to Sieverts' law, "
            "what is the solubility (in ppm) at 4 atm at the same temperature?",
            "ppm",
            3 * math.sqrt(4 / 1),
        ),
        (
            "Silicon is doped with 1e22 donor atoms per m^3. The intrinsic carrier concentration is "
            "1.5e16 m^-3. Calculate the hole (minority carrier) concentration in m^-3.",
            "1/m**3",
            (1.5e16) ** 2 / 1e22,
        ),
        (
            "Calculate the velocity (in m/s) of liquid metal at the bottom of a sprue of height 200 mm.",
            "m/s",
            math.sqrt(2 * 9.80665 * 0.2),
        ),
        (
            "Calculate the metallostatic pressure at a depth of 0.5 m in liquid steel of density "
            "7000 kg/m^3, in kPa.",
            "kPa",
            7000 * 9.80665 * 0.5 / 1000,
        ),
        (
            "In steady-state creep tests at one temperature the creep rate is 1e-7 1/s at 20 MPa and "
            "1e-5 1/s at 50 MPa. Determine the stress exponent n.",
            "dimensionless",
            math.log(1e-5 / 1e-7) / math.log(50 / 20),
        ),
        (
            "A glass has E = 70 GPa and a surface energy of 0.3 J/m^2. Calculate the critical stress for "
            "a surface crack of length 1 μm in MPa.",
            "MPa",
            math.sqrt(2 * 70e9 * 0.3 / (math.pi * 1e-6)) / 1e6,
        ),
    ],
)
def test_exam_staple_answers(question, unit, expected):
    _answered(question, unit, expected)


def test_a_second_value_in_a_parallel_statement_is_named_by_the_first():
    """'... is 1e-5 at 800 K and 1e-4 at 1000 K': the second bare number is the same quantity."""
    q = (
        "The vacancy fraction in a metal is 1e-5 at 800 K and 1e-4 at 1000 K. Calculate the vacancy "
        "formation energy in eV."
    )
    _answered(q, "eV", math.log(10) * K_B_EV / (1 / 800 - 1 / 1000), relation="vacancy_two")


def test_a_stated_elongation_is_not_a_final_length():
    a = solve(
        "A specimen with an original length of 50 mm is stretched to an elongation of 0.25 mm. What is "
        "the engineering strain?"
    )
    assert a.quantity is not None
    assert float(a.quantity.magnitude) == pytest.approx(0.25 / 50)


@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            "For a reaction ΔH = 100 kJ/mol and ΔS = 80 J/mol K. Above what temperature (in K) does the "
            "reaction become spontaneous?",
            "K",
            100e3 / 80,
        ),
        (
            "How much heat (in kJ) is needed to melt 5 kg of aluminium at its melting point? The latent "
            "heat of fusion is 397 kJ/kg.",
            "kJ",
            5 * 397,
        ),
        (
            "Calculate the thermal diffusivity of copper with thermal conductivity 400 W/m K, density "
            "8900 kg/m^3 and specific heat 385 J/kg K.",
            "m**2/s",
            400 / (8900 * 385),
        ),
        (
            "Estimate the diffusion distance √(Dt) in μm for D = 1e-14 m^2/s after 1 h.",
            "micrometer",
            math.sqrt(1e-14 * 3600) * 1e6,
        ),
        (
            "The cation radius is 0.072 nm and the anion radius is 0.140 nm. Calculate the "
            "cation-to-anion radius ratio.",
            "dimensionless",
            0.072 / 0.140,
        ),
        (
            "A continuous aligned fiber composite has 40 vol% fibers with fiber strength 3500 MPa; the "
            "matrix stress at fiber failure is 30 MPa. Compute the longitudinal tensile strength of the "
            "composite.",
            "MPa",
            0.6 * 30 + 0.4 * 3500,
        ),
    ],
)
def test_thermodynamics_heat_ceramics_composites(question, unit, expected):
    _answered(question, unit, expected)
