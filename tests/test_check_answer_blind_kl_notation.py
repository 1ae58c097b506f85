"""check_answer: notations of correct worked solutions that were read as errors (issue 11, the
checker half; blind reference solutions of sets K and L). Each class has a correct text in our own
words that must not be flagged and a look-alike with a real error of that shape that keeps its flag.

Classes, in our own words:
- a unit exponent followed by a division by a number ('g cm^-3/55.85 g mol^-1') divides by that
  number; it is not a fractional exponent;
- 'x = f(R) = value for R = v': the value after 'for' is the condition the chain is worked at, and the
  chain is checked with it put in for the symbol;
- an equation between two expressions of one unknown, solved later for it, is an equation, not an
  identity: it is judged at the value the response states for the unknown;
- a Gaussian magnetic unit converted in bare numbers ('50 Oe = 50 · 1000/(4π) = 3979 A/m');
- a bare number that is the ratio of the two sides' units ('Pa/6894.76' for psi) is a conversion;
- a result a side calculates ('E/10 = 9000 MPa') is not a given restated in a wrong unit;
- a step whose only other factors are not conversion factors ('× 1.2×10^-5 × 50') is a calculation,
  not a change of unit of an earlier result;
- numbers worked in the question's scaled unit (values given in 10^6 psi) carry that scale back.
"""

from __future__ import annotations

from matsci_jupyter import check_answer


def _flagged(question: str, response: str) -> bool:
    return check_answer(question, response).verdict == "flagged"


IRON = (
    "Iron has a density of 7.87 g/cm³ and an atomic weight of 55.85 g/mol. How many atoms are there "
    "per cubic metre? Give the answer in scientific notation."
)
IRON_RIGHT = "N = 6.022×10²³ × 7.87 g cm⁻³/55.85 g mol⁻¹ = 8.49×10²⁸ m⁻³. Answer: 8.49e+28 1/m**3."


def test_exponent_then_a_numeric_divisor_divides():
    assert not _flagged(IRON, IRON_RIGHT), check_answer(IRON, IRON_RIGHT).reason


def test_exponent_then_a_numeric_divisor_with_a_wrong_power_keeps_its_flag():
    wrong = IRON_RIGHT.replace("8.49×10²⁸", "8.49×10²⁵").replace("8.49e+28", "8.49e+25")
    assert _flagged(IRON, wrong)


def test_fractional_exponent_still_reads_as_one():
    from matsci_jupyter.engines.answer.expression import evaluate_segment

    value = evaluate_segment("2 MPa m^1/2").value
    assert abs(float(value.to("Pa*m**0.5").magnitude) - 2e6) < 1


BCC = (
    "Tungsten is BCC with an atomic radius of 0.1371 nm. What is its lattice parameter in nm? "
    "Give four significant figures."
)


def test_value_after_for_is_the_condition_of_the_chain():
    right = "a = 4R/√3 = 0.3166 nm for R = 0.1371 nm. Answer: 0.3166 nm."
    assert not _flagged(BCC, right), check_answer(BCC, right).reason


def test_chain_wrong_at_its_for_condition_keeps_its_flag():
    wrong = "a = 4R/√3 = 0.3466 nm for R = 0.1371 nm. Answer: 0.3466 nm."
    answer = check_answer(BCC, wrong)
    assert answer.verdict == "flagged"
    assert "0.3166" in answer.reason


CURIE = (
    "A paramagnet obeys χ = C/(T − θ). Its susceptibility is 3.0 × 10⁻³ at 600 K and 1.0 × 10⁻³ at "
    "1000 K. Find θ in kelvin."
)


def test_equation_in_an_unknown_solved_later_is_no_wrong_identity():
    right = (
        "C = 3.0×10⁻³(600 − θ) = 1.0×10⁻³(1000 − θ) ⇒ 2.0×10⁻³ θ = 1.8 − 1.0 = 0.8, θ = 400 K. "
        "Answer: 400 K."
    )
    assert not _flagged(CURIE, right), check_answer(CURIE, right).reason


def test_equation_in_an_unknown_false_at_the_stated_value_keeps_its_flag():
    wrong = (
        "C = 3.0×10⁻³(600 − θ) = 1.0×10⁻³(1000 − θ) ⇒ 2.0×10⁻³ θ = 1.8 − 1.0 = 0.8, θ = 350 K. "
        "Answer: 350 K."
    )
    answer = check_answer(CURIE, wrong)
    assert answer.verdict == "flagged"
    assert "350" in answer.reason


OERSTED = (
    "A paramagnetic salt has a volume susceptibility of 4.0 × 10⁻⁴ and is placed in a field of 50 Oe. "
    "What magnetization does it acquire, in A/m?"
)


def test_oersted_converted_in_bare_numbers():
    right = "H = 50 Oe = 50 · 1000/(4π) = 3979 A/m; M = χH = 4.0×10⁻⁴ · 3979 = 1.59 A/m. Answer: 1.592 A/m."
    assert not _flagged(OERSTED, right), check_answer(OERSTED, right).reason


def test_oersted_converted_with_a_wrong_factor_keeps_its_flag():
    wrong = "H = 50 Oe = 50 · 1000·(4π) = 6.28×10⁵ A/m; M = χH = 4.0×10⁻⁴ · 6.28×10⁵ = 251 A/m. Answer: 251 A/m."
    assert _flagged(OERSTED, wrong)


RESILIENCE = (
    "A steel has a yield strength of 900 MPa and an elastic modulus of 200 GPa. What is its modulus "
    "of resilience in in.·lbf/in.³?"
)
RESILIENCE_RIGHT = (
    "U_r = (900×10⁶)²/(2 · 200×10⁹) = 2.025×10⁶ J/m³ = 2.025×10⁶ Pa; in psi U_r = 2.025×10⁶ Pa/6894.76 "
    "= 293.7 in·lbf/in³. Answer: 293.7 in·lbf/in³."
)


def test_bare_unit_ratio_is_a_conversion():
    assert not _flagged(RESILIENCE, RESILIENCE_RIGHT), check_answer(
        RESILIENCE, RESILIENCE_RIGHT
    ).reason


def test_unit_ratio_used_the_wrong_way_keeps_its_flag():
    wrong = RESILIENCE_RIGHT.replace("Pa/6894.76", "Pa × 6894.76")
    assert _flagged(RESILIENCE, wrong)


COHESIVE = (
    "A glass has E = 90 GPa, a surface energy of 0.50 J/m² and internal cracks 4 µm long. (a) Find the "
    "Griffith fracture stress. (b) By what factor is it below the theoretical strength E/10?"
)


def test_side_that_calculates_from_a_given_is_no_restated_given():
    right = (
        "σ_c = √(2 · 90×10⁹ · 0.50/(π · 2.0×10⁻⁶)) = 1.197×10⁸ Pa = 120 MPa; E/10 = 9000 MPa; "
        "ratio = 9000/119.7 = 75.2. Answer: 75.2 dimensionless."
    )
    assert not _flagged(COHESIVE, right), check_answer(COHESIVE, right).reason


def test_given_restated_in_a_wrong_unit_keeps_its_flag():
    wrong = (
        "E = 9000 MPa; σ_c = √(2 · 90×10⁹ · 0.50/(π · 2.0×10⁻⁶)) = 1.197×10⁸ Pa = 120 MPa; "
        "ratio = 900/119.7 = 7.52. Answer: 7.52 dimensionless."
    )
    assert _flagged(COHESIVE, wrong)


ROD = (
    "A steel rod (E = 210 GPa, α = 1.2 × 10⁻⁵ K⁻¹) is clamped at both ends and heated by 50 K. "
    "What is the magnitude of the thermal stress in MPa?"
)


def test_product_with_other_factors_is_no_unit_conversion():
    right = "E = 210 GPa; σ = 210×10⁹ · 1.2×10⁻⁵ · 50 = 126 MPa. Answer: 126 MPa."
    assert not _flagged(ROD, right), check_answer(ROD, right).reason


def test_wrong_unit_conversion_of_an_earlier_result_keeps_its_flag():
    from matsci_jupyter.engines.answer.prose import statements
    from matsci_jupyter.engines.answer.unit_slips import conversion_step_check

    lines = ["σ = 210×10⁹ · 1.2×10⁻⁵ · 50 = 126.0 MPa", "σ = 126.0 × 10^3 = 1.26×10^6 Pa"]
    check = conversion_step_check(statements(lines))
    assert check is not None and not check.passed


LAMINA = (
    "A unidirectional composite has 60 vol% fibres with E = 20.0 × 10⁶ psi in a matrix with "
    "E = 0.50 × 10⁶ psi. Find the ratio of its longitudinal to its transverse modulus."
)


def test_numbers_in_the_questions_scaled_unit():
    right = (
        "E_L = 0.60 · 20.0 + 0.40 · 0.50 = 12.2×10⁶ psi; E_T = 1/(0.60/20.0 + 0.40/0.50) = 1.205×10⁶ psi; "
        "ratio = 10.12. Answer: 10.12 dimensionless."
    )
    assert not _flagged(LAMINA, right), check_answer(LAMINA, right).reason


def test_scaled_unit_with_a_wrong_power_keeps_its_flag():
    wrong = (
        "E_L = 0.60 · 20.0 + 0.40 · 0.50 = 12.2×10⁵ psi; E_T = 1/(0.60/20.0 + 0.40/0.50) = 1.205×10⁶ psi; "
        "ratio = 1.012. Answer: 1.012 dimensionless."
    )
    assert _flagged(LAMINA, wrong)
