"""A final value computed from the question's values written as bare numbers: with each number's
unit put back, the expression must have the dimension of the answer's unit."""

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.final_checks import read_final_value, requested_unit
from matsci_jupyter.engines.answer.prose import final_answer, response_lines, statements
from matsci_jupyter.engines.answer.quantities import extract
from matsci_jupyter.engines.answer.substituted_dimension import substituted_dimension_check
from matsci_jupyter.engines.answer.text import normalize


def _check(question: str, response: str):
    reading = extract(question)
    lines = response_lines(response)
    final = final_answer(lines)
    requested = requested_unit(reading)
    value, _carried = read_final_value(final, requested, 1.0, normalize(question))
    return substituted_dimension_check(reading, statements(lines), final, value, requested)


def _flagged(question: str, response: str, found: str, unit: str) -> None:
    check = _check(question, response)
    assert check is not None and not check.passed, check
    assert f"give [{found}]" in check.message and f"the answer is in {unit}" in check.message
    assert check_answer(question, response).verdict == "flagged"


def _kept(question: str, response: str) -> None:
    assert _check(question, response) is None
    assert check_answer(question, response).verdict != "flagged"


# ------------------------------------------------------------------ steady-state diffusion
PLATE = (
    "Nitrogen diffuses at steady state through an iron plate 2 mm thick whose face measures "
    "0.25 m^2. The flux through it is 1.2 × 10^-7 kg m^-2 s^-1 and the nitrogen concentrations "
    "at the two faces are 3.2 and 0.8 kg m^-3. Find the diffusion coefficient."
)
AREA_TWICE = """Fick's first law with the face area: J = D A ΔC/Δx, so D = J Δx/(A ΔC).
D = (1.2 × 10^-7)(2 × 10^-3)/((0.25)(3.2 - 0.8)) = 4.0 × 10^-10
Final answer: D = 4.0 × 10^-10 m^2/s"""


def test_an_area_divided_into_a_flux_is_flagged():
    _flagged(PLATE, AREA_TWICE, "1/s", "m²/s")


def test_the_same_numbers_in_the_right_formula_are_kept():
    right = """The flux is already per unit area: D = J Δx/ΔC.
D = (1.2 × 10^-7)(2 × 10^-3)/(3.2 - 0.8) = 1.0 × 10^-10
Final answer: D = 1.0 × 10^-10 m^2/s"""
    _kept(PLATE, right)


def test_givens_restated_in_other_prefixes_are_not_judged():
    in_cgs = """In cgs units: J = 1.2 × 10^-8 g cm^-2 s^-1, Δx = 0.2 cm, C = 3.2 × 10^-3 and
0.8 × 10^-3 g/cm^3.
D = (1.2 × 10^-8)(0.2)/(3.2 × 10^-3 - 0.8 × 10^-3) = 1.0 × 10^-6
Final answer: D = 1.0 × 10^-6 cm^2/s"""
    _kept(PLATE, in_cgs)
    # a given in another prefix of its unit is not matched (it matched unrelated numbers by chance),
    # so the same slip in cgs units is not judged
    wrong = in_cgs.replace("(0.2)/(", "/(").replace("1.0 × 10^-6", "5.0 × 10^-6")
    assert _check(PLATE, wrong) is None


def test_a_radius_worked_out_is_not_a_prefixed_force():
    # 0.50 × 10⁻³ m is the radius the response works out, not the 50 N force in another prefix
    question = (
        "A thin rod of diameter 1.0 mm carries a tensile force of 50 N. What stress, in MPa, acts?"
    )
    response = "With r = 0.50 mm: σ = 50/(π · (0.50×10⁻³)²) = 63.7 MPa.\nAnswer: 63.7 MPa"
    assert _check(question, response) is None


def test_a_number_the_question_does_not_state_is_not_checked():
    unknown = AREA_TWICE.replace("(0.25)", "(0.35)").replace("4.0 × 10^-10", "2.86 × 10^-10")
    assert _check(PLATE, unknown) is None


# ------------------------------------------------------------------ a mass taken for a molar mass
GAS = (
    "A cylinder holds 6.4 g of oxygen gas (molar mass 32.0 g/mol) at 300 K and 101325 Pa. "
    "What volume does the gas occupy, in m^3?"
)


def test_a_mass_used_as_an_amount_is_flagged():
    mass_as_moles = """Ideal gas: pV = nRT, V = nRT/p with n the amount of gas.
V = (6.4)(8.314)(300)/(101325) = 0.1575
Answer: V = 0.1575 m^3"""
    _flagged(GAS, mass_as_moles, "kg·m³/mol", "m³")


def test_the_amount_from_the_molar_mass_is_kept():
    right = """n = m/M and V = nRT/p.
V = (6.4/32.0)(8.314)(300)/(101325) = 4.923 × 10^-3
Answer: V = 4.92 × 10^-3 m^3"""
    _kept(GAS, right)


# ------------------------------------------------------------------ a length left out
WIRE = (
    "A copper wire 2.5 m long has a cross-section of 1.5 × 10^-6 m^2. The resistivity of copper "
    "is 1.7 × 10^-8 ohm m. What is the resistance of the wire in ohms?"
)


def test_a_resistance_without_the_length_is_flagged():
    no_length = """R = ρ/A = (1.7 × 10^-8)/(1.5 × 10^-6) = 0.01133
The resistance is 0.0113"""  # a bare final number takes the question's unit
    _flagged(WIRE, no_length, "Ω/m", "Ω")


def test_the_resistance_with_the_length_is_kept():
    right = """R = ρL/A = (1.7 × 10^-8)(2.5)/(1.5 × 10^-6) = 0.02833
The resistance is 0.0283 Ω"""
    _kept(WIRE, right)


# ------------------------------------------------------------------ physical constants
PHOTON = "Light of wavelength 450 nm falls on a metal. What is the energy of one photon, in J?"


def test_a_constant_with_its_unit_is_kept():
    right = "E = hc/λ = (6.626 × 10^-34)(3.00 × 10^8)/(450 × 10^-9) = 4.42 × 10^-19 J"
    _kept(PHOTON, right)


def test_a_constant_left_out_is_flagged():
    no_c = "E = h/λ = (6.626 × 10^-34)/(450 × 10^-9) = 1.47 × 10^-27 J"
    _flagged(PHOTON, no_c, "J·s/m", "J")


def test_a_per_mole_quantity_written_without_per_mole_is_not_judged():
    cell = (
        "A galvanic cell has a standard potential of 1.10 V and transfers two electrons per "
        "reaction. What is the standard Gibbs energy change, in kJ?"
    )
    response = "ΔG° = −nFE° = −(2)(96485)(1.10) = −212267\nΔG° = −212.3 kJ"
    assert _check(cell, response) is None


def test_a_number_matching_two_dimensions_is_not_judged():
    # 2 is both a small whole number and the 2 mm thickness: the expression is not judged
    question = PLATE.replace("2 mm", "3 mm").replace("0.25 m^2", "2 m^2")
    ambiguous = """D = (1.2 × 10^-7)(3 × 10^-3)/((2)(3.2 - 0.8)) = 7.5 × 10^-11
Final answer: D = 7.5 × 10^-11 m^2/s"""
    assert _check(question, ambiguous) is None


def test_a_given_of_value_one_may_be_left_out_unseen():
    string = (
        "A string 1 m long with a mass of 3.0 × 10^-5 kg vibrates in its fundamental mode at "
        "220 Hz. What is the tension in the string, in N?"
    )
    # T = 4 L² f² μ with μ = m/L: the factors of L = 1 m change no number and are not written
    response = "T = 4 × 220^2 × 3.0 × 10^-5 = 5.808\nThe tension is 5.81 N."
    assert _check(string, response) is None


def test_a_ratio_of_givens_is_not_taken_for_a_given_in_another_prefix():
    walker = (
        "A walker 1.6 m tall moves away from a lamp 4 m high at 60 cm s^-1. How fast does the tip "
        "of the shadow move away from the walker, in cm s^-1?"
    )
    # 0.4 is 1.6/4, not the 4 m height in some other prefix: nothing to judge
    response = "dy/dt = (1.6/4) × dx/dt\ndy/dt = 0.4 × 60 = 24\nFinal answer: 24 cm/s"
    assert _check(walker, response) is None
