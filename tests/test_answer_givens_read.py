"""Every number a question writes is a given; units and asked quantities as exams write them.

Classes (issue 11, solver half): a bare number (a count, a ratio, an exponent) that no relation uses is
a left-over given, so no answer; numbers shown irrelevant (a unit's exponent, a year, a sample label,
the asked precision, a table value of erf) are not; TeX spacing inside units; μB as Bohr magnetons;
'0.10 M' as mol/L where a solution is meant; 'degrees of freedom' and 'the number of ...' as counts;
'(in K)' that gives a stated value's unit; 'what fraction of the alloy is α'; magnitudes whose sign
the question leaves open.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.irrelevant import why_irrelevant
from matsci_jupyter.engines.answer.quantities import extract, find_requested, target_phrase
from matsci_jupyter.engines.answer.solver import solve


def _bare(question: str, written: str):
    reading = extract(question)
    g = next(g for g in reading.givens if g.text.strip() == written)
    return g, reading.text


# ---------------------------------------------------------------- a bare number left over
@pytest.mark.parametrize(
    "question",
    [
        # a count that changes the answer, and no relation takes it
        "A copper wire 2 m long with a resistivity of 1.7e-8 ohm m has a cross-sectional area of "
        "1 mm^2. If 5 such wires are joined end to end, what is the resistance in ohm?",
        # a bare ratio nobody names
        "Aluminium is FCC with an atomic radius of 0.143 nm; 0.35 of the sample is deformed. What is "
        "the lattice parameter in nm?",
        # a count of load cycles beside a one-load law
        "A steel with Young's modulus 207 GPa is loaded to 300 MPa, 3 times. What is the elastic strain?",
    ],
)
def test_a_bare_number_no_relation_uses_is_a_left_over_given(question):
    a = solve(question)
    assert a.quantity is None
    assert "unused" in a.reason or "every value" in a.reason


def test_the_same_question_without_the_stray_number_is_answered():
    a = solve(
        "Aluminium is FCC with an atomic radius of 0.143 nm. What is the lattice parameter in nm?"
    )
    assert a.quantity is not None
    assert a.quantity.to("nm").magnitude == pytest.approx(2 * 0.143 * math.sqrt(2), rel=1e-3)


def test_a_bare_count_a_relation_uses_is_used():
    a = solve(
        "A solenoid 0.25 m long with 400 turns carries 0.50 A. What is the magnetic field "
        "strength H in A/m?"
    )
    assert a.quantity is not None and a.quantity.to("A/m").magnitude == pytest.approx(800)


@pytest.mark.parametrize(
    ("question", "written", "why"),
    [
        ("Give the lattice parameter in nm to 3 decimal places.", "3", "precision"),
        ("In 1998 a sample of iron was measured.", "1998", "year"),
        ("Sample 2 is BCC iron with a = 0.2866 nm.", "2", "label"),
        ("The depth where erf(0.4747) = 0.5 is asked.", "0.4747", "table"),
        ("The rate follows y = 1 - exp(-k t^2.5).", "1", "formula"),
        ("For 2Ni + O2 = 2NiO the enthalpy is -479 kJ.", "2", "coefficient"),
    ],
)
def test_numbers_shown_irrelevant_say_why(question, written, why):
    g, text = _bare(question, written)
    reason = why_irrelevant(g, text)
    assert reason is not None and why in reason


def test_an_asked_units_exponent_is_no_given_at_all():
    """A unit's exponent in the asked unit ('(Ω·m)^-1') is not read as a number of the question."""
    reading = extract("Give the conductivity in (Ω·m)^-1 of a wire of resistivity 2e-8 Ω·m.")
    assert [g.text.strip() for g in reading.givens if g.text.strip() in ("1", "-1")] == []
    resistivities = [
        g.quantity.to("ohm*m").magnitude
        for g in reading.givens
        if g.quantity is not None and g.quantity.check("[resistivity]")
    ]
    assert resistivities == [pytest.approx(2e-8)]


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("The Poisson's ratio is 0.30 and E = 207 GPa.", "0.30"),
        ("A coil has 200 turns.", "200"),
        ("The strain-hardening exponent n is 0.2.", "0.2"),
        ("The ratio is 1.5 at 300 K.", "1.5"),
    ],
)
def test_plain_bare_numbers_are_data(question, written):
    g, text = _bare(question, written)
    assert why_irrelevant(g, text) is None


def test_a_stray_number_blocks_a_one_value_unit_conversion():
    assert solve("Express 2.0 Å in nm.").quantity is not None
    assert solve("Express 2.0 Å in nm for 3 samples together.").quantity is None


def test_the_balance_of_a_two_element_composition_is_not_left_over():
    a = solve(
        "For a 99.65 wt% Fe-0.35 wt% C alloy at a temperature just below the eutectoid, determine "
        "the mass fraction of total ferrite."
    )
    assert a.quantity is not None
    assert float(a.quantity.magnitude) == pytest.approx((6.70 - 0.35) / (6.70 - 0.022), rel=1e-3)


# ---------------------------------------------------------------- counts, not angles
def test_degrees_of_freedom_is_not_an_angle_request():
    assert not find_requested("How many degrees of freedom are there at the eutectic point?")
    asked, hint = target_phrase("How many degrees of freedom are there at the eutectic point?")
    assert "degrees of freedom" in asked and hint == "dimensionless"


@pytest.mark.parametrize(
    ("question", "hint"),
    [
        ("What is the number of degrees of freedom?", "dimensionless"),
        ("Find the number of atoms per unit cell.", "dimensionless"),
        ("Calculate the number of cycles to failure.", "dimensionless"),
        ("Calculate the number of vacancies per cubic meter at 1000 K.", "1 / [length] ** 3"),
        ("Compute the number of moles of Cu deposited.", None),  # moles: an amount in a unit
    ],
)
def test_the_number_of_something_is_a_count(question, hint):
    assert target_phrase(question)[1] == hint


# ---------------------------------------------------------------- units as written
@pytest.mark.parametrize(
    "written",
    [
        r"250\,\mathrm{kJ\,mol^{-1}}",
        r"$250\;\text{kJ}\,\text{mol}^{-1}$",
        r"$250\ \mathrm{kJ}\!\cdot\!\mathrm{mol}^{-1}$",
        r"250\quad kJ/mol",
    ],
)
def test_tex_spacing_inside_a_unit(written):
    g = extract(f"The activation energy is {written}.").givens[0]
    assert g.quantity.to("kJ/mol").magnitude == pytest.approx(250)


def test_a_greek_letter_before_another_tex_command():
    g = extract(r"Grains of $1.5\;\mu\mathrm{m}$ are seen.").givens[0]
    assert g.quantity.to("um").magnitude == pytest.approx(1.5)


@pytest.mark.parametrize("moment", ["2.2 μB", r"2.2 \mu_B", r"$2.2\,\mu_{\mathrm{B}}$", "2.2μB"])
def test_bohr_magnetons_are_not_microbytes(moment):
    a = solve(
        f"An iron atom has a magnetic moment of {moment}. Iron is BCC with a = 0.2866 nm. What is "
        "the saturation magnetization in A/m?"
    )
    assert a.quantity is not None
    expected = 2.2 * 9.274e-24 * 2 / (0.2866e-9) ** 3
    assert a.quantity.to("A/m").magnitude == pytest.approx(expected, rel=2e-3)


def test_mu_b_as_the_constant_itself_stays_a_symbol():
    g = extract("Take μB = 9.27e-24 A m^2.").givens[0]
    assert g.label == "μB" and g.quantity.to("A*m**2").magnitude == pytest.approx(9.27e-24)


def test_molar_concentration_in_a_solution():
    g = extract("Copper in a 0.10 M CuSO4 solution at 25 °C.").givens[0]
    assert g.quantity.to("mol/L").magnitude == pytest.approx(0.10)
    a = solve(
        "Copper in a 0.10 M CuSO4 solution at 25 °C, standard potential +0.34 V, n = 2. Compute "
        "the electrode potential in V."
    )
    assert a.quantity is not None
    assert a.quantity.to("V").magnitude == pytest.approx(
        0.34 + 0.05916 / 2 * math.log10(0.1), abs=1e-3
    )


def test_a_bare_m_without_a_solution_is_no_unit():
    g = extract("The part is 5 M long in the drawing.").givens[0]
    assert g.unit is None


def test_a_parenthesised_unit_before_a_bare_value_is_that_value_s_unit():
    a = solve(
        "The temperature T (in K) is 1000 and the activation energy is 150 kJ/mol with D0 = 1e-5 m^2/s. "
        "Calculate the diffusion coefficient."
    )
    assert a.quantity is not None
    assert a.quantity.to("m^2/s").magnitude == pytest.approx(
        1e-5 * math.exp(-150000 / (8.314462618 * 1000)), rel=1e-4
    )


def test_a_parenthesised_unit_before_a_stated_value_is_no_request():
    text = (
        "The temperature T (in K) is 1000 and D0 = 1e-5 m^2/s. Calculate the diffusion coefficient."
    )
    assert not find_requested(text)
    assert (
        find_requested("Calculate the time (in hours) needed to reach 0.5 wt% C.")[0].text
        == "hours"
    )


# ---------------------------------------------------------------- what is asked
@pytest.mark.parametrize(
    ("ask", "expected"),
    [
        ("What fraction of the alloy is liquid?", 7.5 / 11),
        ("What percentage of the alloy is α phase?", 100 * 3.5 / 11),
        ("What percentage of the alloy is alpha phase?", 100 * 3.5 / 11),
    ],
)
def test_what_fraction_of_the_alloy_is_a_phase(ask, expected):
    a = solve(
        "For a Cu-Ni alloy of 35 wt% Ni at 1250 °C, the liquid contains 31.5 wt% Ni and the α phase "
        f"42.5 wt% Ni. {ask}"
    )
    assert a.quantity is not None
    assert float(a.quantity.magnitude) == pytest.approx(expected, rel=1e-3)


# ---------------------------------------------------------------- conventions left open
def test_thermal_stress_sign_left_open_is_refused_and_magnitude_answered():
    base = (
        "A brass rod is restrained at both ends and heated from 20 °C to 80 °C. E = 100 GPa and "
        "α = 20 × 10^-6 °C^-1."
    )
    assert solve(base + " What is the thermal stress in MPa?").quantity is None
    a = solve(base + " What is the magnitude of the thermal stress in MPa?")
    assert a.quantity is not None and a.quantity.to("MPa").magnitude == pytest.approx(120)


def test_change_in_diameter_sign_left_open_is_refused():
    q = (
        "A 10 mm diameter brass rod with E = 97 GPa and Poisson's ratio 0.34 is loaded in tension "
        "with 15 000 N. Compute the {} in mm."
    )
    assert solve(q.format("change in diameter")).quantity is None
    a = solve(q.format("reduction in diameter"))
    assert a.quantity is not None
    assert a.quantity.to("mm").magnitude == pytest.approx(
        0.34 * 15000 / (math.pi * 0.005**2) / 97e9 * 10, rel=1e-3
    )


def test_astm_count_per_square_millimetre_is_two_readings():
    q = "The grain size of a metal is ASTM 6. How many grains per square {} are there at 100×?"
    assert solve(q.format("millimetre")).quantity is None
    a = solve(
        "A metal has an ASTM grain size number of 6. What is the number of grains per square inch "
        "at 100× magnification?"
    )
    assert a.quantity is not None and a.quantity.to("1/inch**2").magnitude == pytest.approx(32)


# ---------------------------------------------------------------- values and substances not lost
def test_a_value_after_steel_or_alloy_is_not_a_grade_number():
    givens = [
        g.text.strip() for g in extract("A cylindrical specimen of steel 10 mm in diameter.").givens
    ]
    assert givens == ["10 mm"]
    assert not extract("A 1040 steel bar and alloy 7075 T6 plate.").givens
    a = solve(
        "A cylindrical specimen of steel 10 mm in diameter is loaded with a tensile force of 20 000 N. "
        "If the elastic modulus is 207 GPa, what is the elastic strain?"
    )
    assert a.quantity is not None
    assert float(a.quantity.magnitude) == pytest.approx(
        20000 / (math.pi * 0.005**2) / 207e9, rel=1e-3
    )


def test_a_composition_on_another_basis_is_no_plain_percent_conversion():
    a = solve("Convert 1.5 at% Cu in Al to wt% Cu.")
    assert a.quantity is not None and a.relation != "unit_conversion"
    cu, al = 63.546, 26.9815
    assert float(a.quantity.to("percent").magnitude) == pytest.approx(
        100 * 1.5 * cu / (1.5 * cu + 98.5 * al), rel=2e-3
    )


@pytest.mark.parametrize(
    ("name", "formula"),
    [
        ("Sodium chloride", "NaCl"),
        ("magnesium oxide", "MgO"),
        ("aluminum oxide", "Al2O3"),
        ("silicon dioxide", "SiO2"),
        ("iron(III) oxide", "Fe2O3"),
        ("calcium fluoride", "CaF2"),
    ],
)
def test_a_compound_named_in_words_is_the_compound_not_its_metal(name, formula):
    from matsci_jupyter.engines.answer.substances import lookup_molar_mass

    sub = lookup_molar_mass(f"{name} has a density of 3 g/cm^3.", "molar_mass")
    assert sub is not None and sub.formula == formula


@pytest.mark.parametrize("name", ["iron oxide", "copper oxide", "silicon carbide"])
def test_a_compound_name_that_does_not_fix_the_formula_is_not_looked_up(name):
    from matsci_jupyter.engines.answer.substances import lookup_molar_mass

    assert lookup_molar_mass(f"{name} has a density of 3 g/cm^3.", "molar_mass") is None


def test_rock_salt_lattice_parameter_of_sodium_chloride():
    a = solve(
        "Sodium chloride has a density of 2.165 g/cm^3 and the rock-salt structure. Calculate its "
        "lattice parameter in nm."
    )
    expected = (4 * 58.443 / (2.165 * 6.02214076e23)) ** (1 / 3) * 1e7
    assert a.quantity is not None and a.quantity.to("nm").magnitude == pytest.approx(
        expected, rel=1e-3
    )


# ---------------------------------------------------------------- written symbols and ions
def test_a_required_word_written_as_its_symbol():
    """'ν = 0.33' names Poisson's ratio and 'compute ΔG' the Gibbs energy, as the words would."""
    g = solve("Calculate the shear modulus of a metal with E = 70 GPa and ν = 0.33, in GPa.")
    assert g.quantity is not None and g.quantity.to("GPa").magnitude == pytest.approx(
        70 / 2.66, rel=1e-3
    )
    d = solve(
        "For the reaction at 500 K, ΔH = -100 kJ/mol and ΔS = -150 J/(mol·K). Compute ΔG in kJ/mol."
    )
    assert d.quantity is not None and d.quantity.to("kJ/mol").magnitude == pytest.approx(
        -25, rel=1e-6
    )


def test_half_cell_values_pair_by_the_ion_named_beside_them():
    """The concentration '0.10 M Fe²⁺' goes with 'Fe²⁺/Fe −0.440 V', however far apart they are written."""
    a = solve(
        "A cell has one half of pure Fe in 0.10 M Fe²⁺ and the other of pure Ni in 0.001 M Ni²⁺, at "
        "25 °C. Standard potentials: Fe²⁺/Fe −0.440 V, Ni²⁺/Ni −0.250 V. Compute the cell potential."
    )
    expected = (-0.250 + 0.440) - 8.314462 * 298.15 / (2 * 96485.33) * math.log(0.10 / 0.001)
    assert a.quantity is not None and a.quantity.to("V").magnitude == pytest.approx(
        expected, rel=1e-3
    )


def test_a_value_an_object_is_brought_to_is_an_end_point_not_the_change():
    """'100 mm ... stretched to 100.2 mm': the change is 0.2 mm, never 100.2 mm (nor 100 mm)."""
    a = solve(
        "A bar of length 100 mm is stretched elastically to 100.2 mm. What is the engineering strain?"
    )
    assert a.quantity is not None and float(a.quantity.magnitude) == pytest.approx(0.002, rel=1e-6)
    assert any("100.2 mm − 100 mm" in s for s in a.steps)


# ---------------------------------------------------------------- the direction of a change
def test_a_change_asked_by_its_direction_is_its_size():
    bar = "A 2 m long aluminium bar (α = 23.6 × 10^-6 °C^-1) cools from 200 °C to 20 °C."
    size = 2000 * 23.6e-6 * 180
    contract = solve(f"{bar} By how much does it contract, in mm?")
    assert contract.quantity is not None
    assert contract.quantity.to("mm").magnitude == pytest.approx(size, rel=1e-4)
    change = solve(f"{bar} What is the change in length in mm?")
    assert change.quantity.to("mm").magnitude == pytest.approx(-size, rel=1e-4)
    # asked how much it expands while the values say it contracts: no number
    assert solve(f"{bar} By how much does it expand, in mm?").quantity is None


def test_cooled_by_is_a_negative_temperature_change():
    a = solve(
        "A copper wire 10 m long (α = 17 × 10^-6 °C^-1) is cooled by 50 °C. What is the change in length in mm?"
    )
    assert a.quantity is not None and a.quantity.to("mm").magnitude == pytest.approx(-8.5, rel=1e-4)


def test_how_many_degrees_of_a_temperature_change_is_not_an_angle():
    a = solve(
        "Heat of 2.0 × 10^5 J raises the temperature of 5 kg of copper (c = 385 J/kg·K) by how many degrees?"
    )
    assert a.quantity is not None
    assert a.quantity.to("delta_degC").magnitude == pytest.approx(2.0e5 / (5 * 385), rel=1e-4)
    angle = solve(
        "X-rays of wavelength 0.1542 nm hit the (111) planes of FCC copper (a = 0.3615 nm). By how many "
        "degrees is the beam deflected (2θ)?"
    )
    assert angle.quantity is not None and angle.quantity.to("degree").magnitude == pytest.approx(
        43.358, rel=1e-3
    )


def test_bits_bytes_and_gilberts_are_no_units():
    from matsci_jupyter.engines.answer.unit_text import parse_unit

    for written in ("μB", "kB", "MB", "Gb", "Gb^2/2"):
        assert parse_unit(written) is None


def test_what_is_it_in_another_unit_converts_the_one_value():
    a = solve("The Curie temperature of iron is 770 °C. What is it in K?")
    assert a.quantity is not None and a.quantity.to("K").magnitude == pytest.approx(1043.15)


@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            "Copper is FCC with a = 0.3615 nm and atomic weight 63.55 g/mol. Taking N_A = 6.022 × 10^23 "
            "atoms/mol, calculate its density in g/cm^3.",
            "g/cm^3",
            4 * 63.55 / (6.02214076e23 * (0.3615e-7) ** 3),
        ),
        (
            "The band gap of GaAs is 1.42 eV. Using h = 6.626 × 10^-34 J s and c = 3.00 × 10^8 m/s, what "
            "is the corresponding wavelength in nm?",
            "nm",
            1239.84198 / 1.42,
        ),
    ],
)
def test_a_stated_constant_the_relation_uses_is_not_left_over(question, unit, expected):
    a = solve(question)
    assert a.quantity is not None, a.reason
    assert a.quantity.to(unit).magnitude == pytest.approx(expected, rel=2e-3)


def test_a_stated_constant_the_relation_does_not_use_is_left_over():
    a = solve(
        "Copper is FCC with a = 0.3615 nm and atomic weight 63.55 g/mol. Taking h = 6.626 × 10^-34 J s, "
        "calculate its density in g/cm^3."
    )
    assert a.quantity is None


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        (r"$\mathrm{Al_{2}O_{3}}$", "Al2O3"),
        (r"\mathrm{C_2H_4}", "C2H4"),
        (r"\mathrm{Fe_{3}C} and T_{1}", "Fe3C and T_1"),
        ("D_0 = 2e-5", "D_0 = 2e-5"),
    ],
)
def test_tex_formulas_lose_their_subscript_marks_but_symbols_keep_them(written, plain):
    from matsci_jupyter.engines.answer.text import normalize

    assert normalize(written) == plain


def test_a_repeat_unit_given_as_a_formula():
    a = solve(
        r"For a polymer, $\bar{M}_n = 3.5\times10^{5}\ \mathrm{g\,mol^{-1}}$ and the repeat unit is "
        r"$\mathrm{C_2H_4}$. Calculate the degree of polymerization."
    )
    assert a.quantity is not None and float(a.quantity.magnitude) == pytest.approx(
        3.5e5 / 28.054, rel=1e-3
    )


def test_at_100x_is_a_magnification():
    from matsci_jupyter.engines.answer.text import normalize

    assert "magnification of 100×" in normalize("grains per square inch at 100x")
    assert (
        normalize("a pressure of 3 x 10^5 Pa at 3 x 10^5 Pa")
        == "a pressure of 3 x 10^5 Pa at 3 x 10^5 Pa"
    )
    a = solve(
        "An ASTM grain size number of 8 is measured. How many grains per square inch at 100× are there?"
    )
    assert a.quantity is not None and a.quantity.to("1/inch**2").magnitude == pytest.approx(128)


def test_mass_fraction_of_a_phase_and_the_tie_line_temperature():
    """'the mass fraction of primary α' names the phase fraction; the eutectic temperature given beside
    the tie-line compositions only locates the tie line."""
    a = solve(
        "For a Pb–Sn alloy of 30 wt% Sn just below the eutectic temperature (183 °C), the α phase "
        "contains 18.3 wt% Sn and the eutectic composition is 61.9 wt% Sn. What is the mass fraction of "
        "primary α?"
    )
    assert a.quantity is not None
    assert a.quantity.to("dimensionless").magnitude == pytest.approx(
        (61.9 - 30) / (61.9 - 18.3), rel=1e-4
    )


def test_two_temperatures_beside_a_lever_rule_are_no_mere_condition():
    a = solve(
        "For a Pb–Sn alloy of 30 wt% Sn at 183 °C, the α phase contains 18.3 wt% Sn and the eutectic "
        "composition is 61.9 wt% Sn. What is the mass fraction of primary α at 150 °C?"
    )
    assert a.quantity is None


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        (
            "What mass of hydrogen crosses the foil, in grams per square centimetre per day?",
            "g/(cm**2*day)",
        ),
        ("Find the heat lost through the wall in watts per square metre.", "W/m**2"),
        ("Report the vacancy density in vacancies per cubic metre.", "1/m**3"),
        ("Give the specific heat in J per kg per kelvin.", "J/(kg*K)"),
    ],
)
def test_a_requested_unit_per_square_or_cubic_length_is_read_whole(question, unit):
    # 'per square metre' is one factor of the unit: reading only the part before it would ask for
    # a mass or a power where the question asks for a flux
    found = find_requested(question)
    assert len(found) == 1
    assert found[0].unit.units == extract("1 " + unit).givens[0].quantity.units or math.isclose(
        float((1 * found[0].unit.units).to(unit).magnitude), 1.0
    )


def test_a_flux_asked_per_square_metre_is_not_answered_as_a_mass():
    # the look-alike in the solver: a flux asked per square metre per hour is converted to that
    # unit, never read as 'kg'
    answer = solve(
        "Hydrogen diffuses through a 2.0 mm thick palladium sheet at steady state; the concentrations "
        "just inside the two faces are 0.9 and 0.1 kg/m^3 and D = 1.0 x 10^-8 m^2/s. What is the "
        "diffusion flux in kg per square metre per hour?"
    )
    assert answer.quantity is not None, answer.reason
    assert math.isclose(answer.quantity.to("kg/(m**2*hour)").magnitude, 0.0144, rel_tol=1e-3)
