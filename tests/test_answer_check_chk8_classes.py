"""check_answer: five classes of wrong worked answers found on blind sets M and N (helper chk8).

1. a diameter put for r in the circle's area πr²;
2. the sign of the stress in a bar between rigid supports that is heated or cooled;
3. the rule of mixtures of the other loading direction for a continuous-fibre composite;
4. a named polymer's repeat-unit molar mass computed from the wrong atoms;
5. a response that closes on a lone number after a working line that says 'so'.

Each wrong answer must be flagged with the recomputed value; the right variants and the near
misses (a radius given, a bar in a sleeve, a bound asked, a copolymer, a closing line with words)
must not be.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer import check_answer


def _flagged(question: str, response: str) -> str:
    result = check_answer(question, response)
    assert result.verdict == "flagged", (result.verdict, [str(c) for c in result.checks])
    return result.reason or ""


def _not_flagged(question: str, response: str) -> None:
    result = check_answer(question, response)
    assert result.verdict != "flagged", result.reason


def _not_flagged_for(question: str, response: str, words: str) -> None:
    """Not flagged by the class whose message holds ``words`` (another check may still flag it)."""
    result = check_answer(question, response)
    assert words not in (result.reason or ""), result.reason


# ------------------------------------------------------------ 1. diameter as r in πr²
AREA_CASES = [
    (
        "An aluminium wire 2.5 mm in diameter and 3 m long carries 400 N. What tensile stress "
        "acts in it, in MPa?",
        "A = πr² = π(2.5 mm)² = 19.63 mm²\nσ = F/A = 400/19.63 = 20.4 MPa\nAnswer: 20.4 MPa",
        "4.909",
    ),
    (
        "A cylindrical specimen of brass with a diameter of 12 mm is pulled with a force of "
        "9 kN. Compute the engineering stress in MPa.",
        "Area: A_0 = π r^2 = π × (12 mm)^2 = 452.4 mm^2\nStress = 9000/452.4 = 19.9 MPa\n"
        "**Answer:** 19.9 MPa",
        "113.1",
    ),
    (
        "A titanium rod of 0.02 m diameter carries an axial load of 50 kN. Find the stress in MPa.",
        "A = πr^2 = π(0.02 m)^2 = 1.2566 × 10^-3 m^2\nσ = 50 000/1.2566 × 10^-3 = 39.8 MPa\n"
        "Final Answer: 39.8 MPa",
        "3.142×10^-4",
    ),
]


@pytest.mark.parametrize(("question", "response", "area"), AREA_CASES)
def test_diameter_put_for_the_radius_in_the_area_is_flagged(question, response, area):
    reason = _flagged(question, response)
    assert "diameter" in reason and area in reason


def test_half_the_diameter_in_the_area_is_not_flagged():
    question, _wrong, _area = AREA_CASES[0]
    _not_flagged(
        question,
        "r = 2.5/2 = 1.25 mm\nA = πr² = π(1.25 mm)² = 4.909 mm²\nσ = 400/4.909 = 81.5 MPa\n"
        "Answer: 81.5 MPa",
    )


def test_a_radius_the_question_gives_is_not_flagged():
    _not_flagged(
        "A rod of radius 5 mm (diameter 10 mm) carries 2 kN. What is the stress in MPa?",
        "A = πr^2 = π(5 mm)^2 = 78.54 mm^2\nσ = 2000/78.54 = 25.5 MPa\nAnswer: 25.5 MPa",
    )


# ------------------------------------------------------------ 2. restrained bar, signed stress
SIGN_CASES = [
    (
        "A copper bar (E = 110 GPa, α = 17 × 10^-6 °C^-1) is fixed between rigid supports at "
        "25 °C without stress and then heated to 75 °C. Taking tensile stress as positive, "
        "what is the stress in the bar in MPa?",
        "σ = Eα(T_f − T_0) = 110 000 × 17 × 10^-6 × 50 = 93.5 MPa\nAnswer: 93.5 MPa",
        "-93.5",
    ),
    (
        "A steel rail (E = 200 GPa, α = 12 × 10^-6 /°C) is laid stress-free at 40 °C with both "
        "ends fixed and is cooled to 0 °C in winter. What stress develops in MPa (negative if "
        "compressive)?",
        "ΔT = 0 − 40 = −40 °C\nσ = EαΔT = 200 000 × 12 × 10^-6 × (−40) = −96 MPa\nAnswer: −96 MPa",
        "96",
    ),
    (
        "An aluminium bar (E = 69 GPa, α = 23.6 × 10^-6 °C^-1) is held between rigid walls, "
        "stress-free at 20 °C, and heated to 120 °C. Give the stress with its sign, tensile "
        "stress positive, in MPa.",
        "The bar is restrained, so σ = EαΔT = 69 000 × 23.6 × 10^-6 × 100 = 162.8 MPa\n"
        "**Final Answer:** σ = 162.8 MPa",
        "-162.8",
    ),
]


@pytest.mark.parametrize(("question", "response", "right"), SIGN_CASES)
def test_restrained_bar_stress_of_the_wrong_sign_is_flagged(question, response, right):
    reason = _flagged(question, response)
    assert "sign" in reason and right in reason


def test_restrained_bar_stress_of_the_right_sign_is_not_flagged():
    question = SIGN_CASES[0][0]
    _not_flagged(
        question,
        "σ = −Eα(T_f − T_0) = −110 000 × 17 × 10^-6 × 50 = −93.5 MPa\nAnswer: −93.5 MPa",
    )
    _not_flagged(
        SIGN_CASES[1][0],
        "The rail would shrink, so it is pulled: σ = Eα|ΔT| = 200 000 × 12 × 10^-6 × 40 = 96 MPa "
        "(tensile)\nAnswer: 96 MPa",
    )


def test_magnitude_asked_or_a_sleeve_is_not_read():
    _not_flagged(  # no sign convention: the magnitude answers
        "A copper bar (E = 110 GPa, α = 17 × 10^-6 °C^-1) is fixed between rigid supports at "
        "25 °C and heated to 75 °C. What is the magnitude of the stress in MPa?",
        "σ = EαΔT = 110 000 × 17 × 10^-6 × 50 = 93.5 MPa\nAnswer: 93.5 MPa",
    )
    _not_flagged(  # restrained by another body: the sign depends on the two materials
        "A steel bolt passes through a rigid-walled aluminium sleeve at 20 °C and the assembly is "
        "heated to 100 °C. Taking tensile stress as positive, the bolt stress is σ = "
        "(α_Al − α_St)ΔT E_eff with E_eff = 70 GPa and α_Al − α_St = 11 × 10^-6 °C^-1. Find it in MPa.",
        "σ = 70 000 × 11 × 10^-6 × 80 = 61.6 MPa\nAnswer: 61.6 MPa",
    )


# ------------------------------------------------------------ 3. composite loading direction
COMPOSITE_CASES = [
    (
        "A composite holds 40 vol% continuous aligned carbon fibres (E = 230 GPa) in an epoxy "
        "(E = 3.5 GPa). What is its elastic modulus in the longitudinal direction, in GPa?",
        "E_c = [V_f/E_f + V_m/E_m]^-1 = [0.40/230 + 0.60/3.5]^-1 = 5.77 GPa\nAnswer: 5.77 GPa",
        "94.1",
    ),
    (
        "Continuous glass fibres (E = 70 GPa) are aligned in a polyester matrix (E = 4 GPa) at a "
        "fibre volume fraction of 0.5. Find the modulus parallel to the fibres (GPa).",
        "Modulus: E_c = 1/(0.5/70 + 0.5/4) = 7.57 GPa\nFinal Answer: 7.57 GPa",
        "37",
    ),
    (
        "An aligned, continuous aramid-fibre composite has V_f = 0.6, E_f = 131 GPa and a matrix "
        "with E_m = 2.4 GPa. Compute the modulus of elasticity in the transverse direction, in GPa.",
        "E_ct = E_f V_f + E_m V_m = 131 × 0.6 + 2.4 × 0.4 = 79.56 GPa\nAnswer: 79.56 GPa",
        "5.84",
    ),
]


@pytest.mark.parametrize(("question", "response", "right"), COMPOSITE_CASES)
def test_rule_of_mixtures_of_the_other_direction_is_flagged(question, response, right):
    reason = _flagged(question, response)
    assert "rule of mixtures" in reason and right in reason


def test_rule_of_mixtures_of_the_asked_direction_is_not_flagged():
    _not_flagged(
        COMPOSITE_CASES[0][0],
        "E_c = E_f V_f + E_m V_m = 230 × 0.40 + 3.5 × 0.60 = 94.1 GPa\nAnswer: 94.1 GPa",
    )
    _not_flagged(
        COMPOSITE_CASES[2][0],
        "E_ct = [V_f/E_f + V_m/E_m]^-1 = [0.6/131 + 0.4/2.4]^-1 = 5.84 GPa\nAnswer: 5.84 GPa",
    )


def test_the_isostress_product_form_is_not_read_as_the_linear_one():
    # E_m E_f/(V_m E_f + V_f E_m): its denominator is a sum of products, not the linear mixture
    _not_flagged(
        COMPOSITE_CASES[2][0],
        "E_ct = E_m E_f/(V_m E_f + V_f E_m) = 2.4 × 131/(0.4 × 131 + 0.6 × 2.4) = 314.4/53.84 "
        "= 5.84 GPa\nAnswer: 5.84 GPa",
    )
    _not_flagged(
        "Glass fibres (E = 72 GPa) at V_f = 0.45 are aligned in nylon (E = 2.8 GPa). What is the "
        "modulus perpendicular to the fibres, in GPa?",
        "E = 2.8 · 72/(0.55 · 72 + 0.45 · 2.8) = 201.6/40.86 = 4.93 GPa. Answer: 4.93 GPa",
    )


def test_a_bound_asked_or_a_density_is_not_read():
    _not_flagged(  # a lower bound asked: the harmonic mean is the answer
        "For a particulate composite of WC (E = 700 GPa, 60 vol%) in cobalt (E = 200 GPa), "
        "estimate the lower-bound modulus along the fibre direction of its whiskers, in GPa.",
        "E = [0.6/700 + 0.4/200]^-1 = 350 GPa\nAnswer: 350 GPa",
    )
    _not_flagged(  # a density from mass fractions is harmonic in every direction
        "Continuous aligned fibres (ρ = 2.5 g/cm^3, 50 wt%) in a resin (ρ = 1.2 g/cm^3). Find the "
        "composite's density along the fibre direction in g/cm^3.",
        "ρ_c = [0.5/2.5 + 0.5/1.2]^-1 = 1.62 g/cm^3\nAnswer: 1.62 g/cm^3",
    )


# ------------------------------------------------------------ 4. repeat-unit molar mass
POLYMER_CASES = [
    (
        "A poly(vinyl chloride) has a number-average molecular weight of 100 000 g/mol. What is "
        "its degree of polymerization?",
        "Repeat unit C2H4: m = 2(12.01) + 4(1.008) = 28.05 g/mol\nDP = 100 000/28.05 = 3565\n"
        "Answer: 3565",
        "62.498",
    ),
    (
        "Compute the number-average degree of polymerization of a polystyrene with M_n = "
        "500 000 g/mol.",
        "m = 8(12.01) + 7(1.008) = 103.14 g/mol\nn = 500 000/103.14 = 4848\nAnswer: 4848",
        "104.15",
    ),
    (
        "The weight-average molecular weight of a polypropylene is 1 000 000 g/mol and its "
        "degree of polymerisation, by weight, is wanted.",
        "The mer of PP is C3H5, m = 3 × 12.01 + 5 × 1.008 = 41.07 g/mol\n"
        "DP = 1 000 000/41.07 = 24 349\nAnswer: 24 349",
        "42.08",
    ),
]


@pytest.mark.parametrize(("question", "response", "right"), POLYMER_CASES)
def test_wrong_repeat_unit_mass_is_flagged(question, response, right):
    reason = _flagged(question, response)
    assert "repeat unit" in reason and right in reason


def test_right_repeat_unit_mass_and_copolymers_are_not_flagged():
    _not_flagged(
        POLYMER_CASES[0][0],
        "Repeat unit C2H3Cl: m = 2(12.01) + 3(1.008) + 35.45 = 62.49 g/mol\n"
        "DP = 100 000/62.49 = 1600\nAnswer: 1600",
    )
    _not_flagged_for(  # polyethylene counted by CH2 is half the C2H4 unit, not a wrong unit
        "A polyethylene has M_n = 280 000 g/mol. Find its degree of polymerization.",
        "Counting CH2 units: m = 14.03 g/mol\nDP = 280 000/14.03 = 19 957\nAnswer: 19 957",
        "repeat unit",
    )
    _not_flagged_for(  # a copolymer's mer mass is a mixture of two units
        "A random copolymer of vinyl chloride and vinyl acetate in PVC has M_n = 50 000 g/mol "
        "and an average mer mass to be found. What is its degree of polymerization?",
        "Average mer: m = 0.8 × 62.5 + 0.2 × 86.09 = 67.2 g/mol\nDP = 50 000/67.2 = 744\n"
        "Answer: 744",
        "repeat unit",
    )


# ------------------------------------------------------------ 5. a lone closing number
def test_lone_closing_number_is_the_final_answer():
    question = (
        "Nickel (FCC, a = 0.352 nm) is examined with Cu Kα radiation (λ = 0.1542 nm). At what "
        "diffraction angle 2θ, in degrees, does its (200) reflection appear?"
    )
    wrong = "d(200) = 0.352/2 = 0.176 nm, so sin θ = 0.1542/(2 × 0.176) = 0.4381\nθ = 25.98\n25.98"
    reason = _flagged(question, wrong)
    assert "51.9" in reason
    _not_flagged(
        question,
        "d(200) = 0.352/2 = 0.176 nm, so sin θ = 0.1542/(2 × 0.176) = 0.4381\n"
        "θ = 25.98°, 2θ = 51.97°\n51.97",
    )
    _not_flagged(  # the closing line has words: it is not a lone number
        question,
        "d(200) = 0.352/2 = 0.176 nm, so sin θ = 0.1542/(2 × 0.176) = 0.4381\n"
        "θ = 25.98°, so 2θ = 51.97°\n(rounded to 2 decimals)",
    )
