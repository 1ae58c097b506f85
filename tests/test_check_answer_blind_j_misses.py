"""check_answer: wrong worked answers a blind set showed the checker missing (issue 11, the checker
half); each class flags only with the recomputed value shown, and a correct look-alike keeps its
verdict.

Classes, in our own words:
- a sum of plain decimals carries only its terms' rounding: '24.02 + 4.032 = 28.55' is wrong even
  though it is within 2 %;
- a unit equivalence written inside a bracket ('(1 µm = 100 nm)') is still an equivalence to check;
- standard potentials given with their half-reactions ('Cu²⁺ + 2e⁻ → Cu: +0.340 V') and a reaction
  after prose words ('the reaction is Zn + Cu²⁺ → …') let the Nernst quotient be checked;
- a single digit written as a coefficient or exponent of the working ('8(1/8)', '(1/π)', '^2') is
  not the response stating the verified value, so the solver's disagreement stands;
- the magnetic susceptibility is μ_r − 1, not B/(μ₀H).
"""

from __future__ import annotations

from matsci_jupyter import check_answer

PE = (
    "A polyethylene sample has a number-average molar mass of 42 000 g/mol. What is its degree of "
    "polymerization, to the nearest integer?"
)
PE_RESPONSE = (
    "Repeat unit C₂H₄: m = 2(12.01) + 4(1.008) = 24.02 + 4.032 = 28.05 g/mol\n"
    "n = 42 000/28.05 = 1497.3\n\nFinal Answer: 1497"
)


def test_a_sum_of_plain_decimals_is_exact_to_its_terms_digits():
    answer = check_answer(PE, PE_RESPONSE)
    assert answer.verdict != "flagged", answer.reason
    # the sum rounded further is no error
    rounded = PE_RESPONSE.replace("= 28.05 g/mol", "= 28.1 g/mol").replace(
        "42 000/28.05 = 1497.3", "42 000/28.1 = 1494.7"
    )
    rounded = rounded.replace("Answer: 1497", "Answer: 1495")
    assert check_answer(PE, rounded).verdict != "flagged"
    slip = PE_RESPONSE.replace("= 28.05 g/mol", "= 28.55 g/mol").replace(
        "42 000/28.05 = 1497.3", "42 000/28.55 = 1471.1"
    )
    slip = slip.replace("Answer: 1497", "Answer: 1471")
    answer = check_answer(PE, slip)
    assert answer.verdict == "flagged"
    assert "28.05" in answer.reason  # the recomputed sum


GE = "Germanium has a band gap of 0.67 eV. What is the longest wavelength, in µm, that it absorbs?"
GE_RESPONSE = (
    "λ = hc/E_g = 1239.84 eV·nm/0.67 eV = 1850.5 nm. Converting (1 µm = 1000 nm) gives 1.8505 µm."
    "\n\nTherefore, the answer is 1.85 µm."
)


def test_a_unit_equivalence_inside_a_bracket_is_checked():
    answer = check_answer(GE, GE_RESPONSE)
    assert answer.verdict != "flagged", answer.reason
    slip = GE_RESPONSE.replace("1000 nm) gives 1.8505", "100 nm) gives 18.505").replace(
        "is 1.85 µm", "is 18.5 µm"
    )
    answer = check_answer(GE, slip)
    assert answer.verdict == "flagged"
    assert "1000 nm" in answer.reason


def test_an_unbracketed_side_is_read_as_before():
    from matsci_jupyter.engines.answer.unit_slips import _unbracketed

    # the bracket's content stands alone, also when more working follows the bracket
    assert _unbracketed("so (1 µm", " 1000 nm)") == ("1 µm", " 1000 nm")
    assert _unbracketed("to mm² (1 in²", " 25.4 mm²): 320/25.4 ") == ("1 in²", " 25.4 mm²")
    assert _unbracketed("x = (2 + 3", " 5") == ("x = (2 + 3", " 5")


CELL = (
    "A galvanic cell at 25 °C has a nickel electrode in 0.80 M Ni²⁺ and a silver-free copper "
    "electrode in 0.020 M Cu²⁺. Standard reduction potentials:\n"
    "- Cu²⁺ + 2e⁻ → Cu: +0.340 V\n- Ni²⁺ + 2e⁻ → Ni: −0.250 V\n"
    "What is the cell potential, in V, to three decimal places?"
)


def test_half_reaction_potentials_let_the_nernst_quotient_be_checked():
    right = (
        "Nickel is oxidised, so the reaction is Ni + Cu²⁺ → Ni²⁺ + Cu with n = 2 and E° = 0.340 − "
        "(−0.250) = 0.590 V. Q = [Ni²⁺]/[Cu²⁺] = 0.80/0.020 = 40, log Q = 1.6021, and E = 0.590 − "
        "0.0296 × 1.6021 = 0.590 − 0.0474 = 0.5426 V.\n\nTherefore, the answer is 0.543 V."
    )
    answer = check_answer(CELL, right)
    assert answer.verdict != "flagged", answer.reason
    wrong = (
        "Nickel is oxidised, so the reaction is Ni + Cu²⁺ → Ni²⁺ + Cu with n = 2 and E° = 0.340 − "
        "(−0.250) = 0.590 V. Here Q = [Cu²⁺]/[Ni²⁺] = 0.020/0.80 = 0.025, log Q = −1.6021, and "
        "E = 0.590 + 0.0474 = 0.6374 V.\n\nTherefore, the answer is 0.637 V."
    )
    answer = check_answer(CELL, wrong)
    assert answer.verdict == "flagged"
    assert "0.543" in answer.reason  # the potential with the quotient the right way up


STEEL = (
    "A tool steel has a yield strength of 1 126 MPa and a plane-strain fracture toughness of "
    "50 MPa·√m. It works at 50 % of its yield strength and may hold edge cracks with Y = 1.12. What "
    "is the largest edge crack, in mm, it tolerates without fast fracture?"
)


def test_a_digit_of_the_working_is_not_the_verified_value_stated():
    # the verified crack length is 2.0 mm; the '2' of '(…)^2' in the working states no value
    right = (
        "σ = 0.50 × 1126 = 563 MPa\nK_Ic = Yσ√(πa), so a_c = (1/π)(K_Ic/(Yσ))^2\n"
        "K_Ic/(Yσ) = 50/(1.12 × 563) = 0.07929 m^½\na_c = (0.07929)^2/π = 2.001e-03 m\n\n"
        "**Answer:** a_c ≈ 2.0 mm"
    )
    answer = check_answer(STEEL, right)
    assert answer.verdict != "flagged", answer.reason
    wrong = (
        "K_Ic = Yσ√(πa), so a_c = (1/π)(K_Ic/(Yσ))^2\n"
        "K_Ic/(Yσ) = 50/(1.12 × 1126) = 0.03965 m^½\na_c = (0.03965)^2/π = 5.004e-04 m\n\n"
        "**Answer:** a_c ≈ 0.50 mm"
    )
    answer = check_answer(STEEL, wrong)
    assert answer.verdict == "flagged"
    assert "2.0014 mm" in answer.reason


def test_coefficients_are_left_out_but_stated_values_are_kept():
    from matsci_jupyter.engines.answer.solver_agreement import _COEFFICIENT

    assert not any(ch.isdigit() for ch in _COEFFICIENT.sub(" ", "n = 8(1/8) + 6(1/2)"))
    assert "8" in _COEFFICIENT.sub(" ", "ρ ≈ 8 g/cm³")
    assert "2.354 × 10^-23" in _COEFFICIENT.sub(" ", "V = 2.354 × 10^-23 cm^3")
    assert "10^2" in _COEFFICIENT.sub(" ", "x = 10^2")
    assert "2" not in _COEFFICIENT.sub(" ", "(K/σ)^2")


FERRITE = (
    "A soft ferrite carries a flux density of 0.50 T in a field of 1500 A/m. What is its magnetic "
    "susceptibility, to the nearest integer?"
)


def test_the_susceptibility_is_the_relative_permeability_less_one():
    right = "μ_r = B/(μ₀H) = 0.50/(4π × 10⁻⁷ × 1500) = 265.3\n\nχ_m = μ_r − 1 = 264.3 ≈ 264"
    answer = check_answer(FERRITE, right)
    assert answer.verdict != "flagged", answer.reason
    wrong = "χ_m = B/(μ₀H) = 0.50/(4π × 10⁻⁷ × 1500) = 265.3 ≈ 265"
    answer = check_answer(FERRITE, wrong)
    assert answer.verdict == "flagged"
    assert "μ_0·H) - 1" in answer.reason
