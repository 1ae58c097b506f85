"""check_answer: five classes of wrong worked answers found on blind set O (helper chk9).

1. a question in parts that closes by naming the reported part with no 'to/in/as' after it
   ('Report (c).', 'Give (c), with …', 'Only part (c) is to be answered'): the solver now reads
   that part, so its value can referee the response;
2. a final value of the solver's magnitude with the other sign (a compressive extreme read as
   tensile): the final's own digits no longer count as 'the right value stated somewhere';
3. a circle's area written straight as π times the squared diameter ('A = π(1.6 × 10^-3)^2'),
   with no πr² written before it and no '/4' after it;
4. the reciprocal 1/T of an Arrhenius-type formula taken of the Celsius number ('1/600');
5. Bragg's law evaluated at a 2θ read from a table whose column is headed 2θ.

Each wrong answer must be flagged with the recomputed value; the right variants and near misses
must not be.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer import check_answer
from matsci_jupyter.engines.answer.one_part import single_part
from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.engines.answer.solver_agreement import stated_with_sign


def _flagged(question: str, response: str) -> str:
    result = check_answer(question, response)
    assert result.verdict == "flagged", (result.verdict, [str(c) for c in result.checks])
    return result.reason or ""


def _not_flagged(question: str, response: str) -> None:
    result = check_answer(question, response)
    assert result.verdict != "flagged", result.reason


# ------------------------------------------------------------ 1. a part named by a bare directive
@pytest.mark.parametrize(
    ("question", "letter_text"),
    [
        (
            "A steel is cycled between 250 MPa in tension and 90 MPa in compression.\n"
            "(a) Find the mean stress. (b) Find the stress amplitude. (c) Find the stress ratio.\n"
            "Report (c).",
            "stress ratio",
        ),
        (
            "A plate is loaded cyclically. (a) Compute the mean stress. (b) Compute the range. "
            "(c) Compute the stress ratio. Only part (c) is to be answered.",
            "stress ratio",
        ),
        (
            "A bar sees stresses of 300 MPa and 100 MPa. (a) What is the mean stress? "
            "(b) What is the amplitude? Give (b), rounded sensibly.",
            "amplitude",
        ),
    ],
)
def test_bare_part_directive_keeps_that_part(question: str, letter_text: str) -> None:
    reduced = single_part(question)
    assert reduced is not None
    assert letter_text in reduced
    assert "(a)" not in reduced


@pytest.mark.parametrize(
    "question",
    [
        # an earlier part named while a later one follows: 'Report (b)' is no closing directive
        # of the last part, yet the directive names one part, so that one is kept …
        "(a) Find the mean stress. (b) Find the amplitude. Report (b) and (c) together.",
        # … but 'Give (b) a reason' is an instruction to the part, not a choice of it
        "A bar is cycled. (a) Find the mean stress. (b) Explain the ratio. Give (b) a short reason.",
    ],
)
def test_directive_followed_by_more_words_is_not_read(question: str) -> None:
    assert single_part(question) is None


def test_fatigue_ratio_of_the_named_part_is_solved_signed() -> None:
    q = (
        "Data: maximum stress of the cycle 280 MPa (tension); minimum stress 70 MPa in "
        "compression.\n(a) Find the mean stress. (b) Find the stress amplitude. "
        "(c) Find the stress ratio R.\nGive (c), with tension taken positive."
    )
    solved = solve(q)
    assert solved.ok
    assert float(solved.quantity.magnitude) == pytest.approx(-0.25, rel=1e-3)


# ------------------------------------------------------------ 2. the other sign
SIGN_Q = (
    "In a fatigue test the stress cycles between a maximum of {hi} MPa in tension and a minimum of "
    "{lo} MPa in compression.\n(a) Find the mean stress. (b) Find the amplitude. "
    "(c) Find the stress ratio R.\nReport (c)."
)


@pytest.mark.parametrize(("hi", "lo"), [(310, 110), (400, 100), (250, 125)])
def test_sign_dropped_ratio_is_flagged(hi: int, lo: int) -> None:
    r = lo / hi
    q = SIGN_Q.format(hi=hi, lo=lo)
    wrong = (
        f"σ_max = {hi} MPa, σ_min = {lo} MPa.\n"
        f"R = σ_min/σ_max = {lo}/{hi} = {r:.4f}\n\n**Answer:** R ≈ {r:.3f}"
    )
    reason = _flagged(q, wrong)
    assert f"-{r:.4g}"[:5] in reason.replace("−", "-")
    right = (
        f"The minimum is compressive, so σ_min = −{lo} MPa and σ_max = {hi} MPa.\n"
        f"R = σ_min/σ_max = −{lo}/{hi} = −{r:.4f}\n\n**Answer:** R ≈ −{r:.3f}"
    )
    _not_flagged(q, right)


def test_stated_with_sign_reads_the_minus() -> None:
    assert stated_with_sign(-0.355, "so R = -0.355 in the end")
    assert stated_with_sign(-0.355, "so R = −0.355 in the end")
    assert not stated_with_sign(-0.355, "so R = 0.355 in the end")
    assert not stated_with_sign(-0.355, "the gap 5-0.355 is no sign")  # a difference, not a sign
    assert stated_with_sign(0.355, "so R = 0.355")


# ------------------------------------------------------------ 3. π(d)² written straight
AREA_CASES = [
    (
        "A copper lead 12 m long and 1.6 mm in diameter carries 8.0 A. The conductivity of copper "
        "is 6.0e7 (ohm-m)^-1. What is the voltage drop along it, in volts?",
        "A = π(1.6 × 10^-3)^2 = 8.0425 × 10^-6 m^2\nR = 12/(6.0 × 10^7 × 8.0425 × 10^-6) = "
        "0.02487 Ω\nV = IR = 8.0 × 0.02487 = 0.199 V\n\nFinal Answer: V ≈ 0.199 V",
        "A = π(0.8 × 10^-3)^2 = 2.0106 × 10^-6 m^2\nR = 12/(6.0 × 10^7 × 2.0106 × 10^-6) = "
        "0.09947 Ω\nV = IR = 8.0 × 0.09947 = 0.796 V\n\nFinal Answer: V ≈ 0.796 V",
        "2.011",
    ),
    (
        "A steel rod of diameter 10 mm carries a tensile load of 5000 N. Compute the engineering "
        "stress in MPa.",
        "A = π(10 mm)² = 314.2 mm²\nσ = F/A = 5000 N / 314.2 mm² = 15.9 MPa\n\nAnswer: 15.9 MPa",
        "A = π(10 mm)²/4 = 78.54 mm²\nσ = F/A = 5000 N / 78.54 mm² = 63.7 MPa\n\nAnswer: 63.7 MPa",
        "78.54",
    ),
    (
        "An aluminium wire 2.0 mm in diameter and 5.0 m long has resistivity 2.8e-8 ohm-m. "
        "Find its resistance in ohms.",
        "A_c = π(2.0 × 10^-3)^2 = 1.2566 × 10^-5 m^2\nR = ρL/A = 2.8 × 10^-8 × 5.0 / "
        "1.2566 × 10^-5 = 0.01114 Ω\n\nAnswer: 0.0111 Ω",
        "A_c = π(1.0 × 10^-3)^2 = 3.1416 × 10^-6 m^2\nR = ρL/A = 2.8 × 10^-8 × 5.0 / "
        "3.1416 × 10^-6 = 0.04456 Ω\n\nAnswer: 0.0446 Ω",
        "3.142",
    ),
]


@pytest.mark.parametrize(("question", "wrong", "right", "area"), AREA_CASES)
def test_area_of_the_squared_diameter_is_flagged(
    question: str, wrong: str, right: str, area: str
) -> None:
    reason = _flagged(question, wrong)
    assert "diameter" in reason and area in reason
    _not_flagged(question, right)


def test_sphere_surface_from_diameter_is_left_alone() -> None:
    q = "A spherical particle 2.0 mm in diameter is coated. What is its surface area in mm²?"
    _not_flagged(q, "A = π(2.0 mm)² = 12.57 mm²\n\nAnswer: 12.57 mm²")


# ------------------------------------------------------------ 4. 1/T of a Celsius number
CELSIUS_CASES = [
    (
        "Quenching experiments give an equilibrium vacancy concentration of 3.2e22 m^-3 at 600 °C "
        "and 5.9e23 m^-3 at 800 °C. Estimate the vacancy formation energy in kJ/mol.",
        "Q_v = R ln(n₂/n₁)/(1/T₁ − 1/T₂)\nln(5.9e23/3.2e22) = 2.9144\n"
        "1/T₁ − 1/T₂ = 1/600 − 1/800 = 4.167 × 10^-4 K^-1\n"
        "Q_v = 8.314 × 2.9144 / 4.167 × 10^-4 = 58150 J/mol\n\nQ_v ≈ 58.2 kJ/mol",
        "1/T₁ − 1/T₂ = 1/873 − 1/1073 = 2.135 × 10^-4 K^-1\nln(5.9e23/3.2e22) = 2.9144\n"
        "Q_v = 8.314 × 2.9144 / 2.135 × 10^-4 = 113500 J/mol\n\nQ_v ≈ 113.5 kJ/mol",
        "873.15",
    ),
    (
        "The diffusion coefficient of a solute is 2.0e-15 m^2/s at 500 °C and 8.0e-14 m^2/s at "
        "700 °C. Find the activation energy in kJ/mol.",
        "Q = R ln(D₂/D₁)/(1/T₁ − 1/T₂)\nln(40) = 3.689\n"
        "1/T₁ − 1/T₂ = 1/500 − 1/700 = 5.714 × 10^-4\n"
        "Q = 8.314 × 3.689 / 5.714 × 10^-4 = 53680 J/mol\n\nQ ≈ 53.7 kJ/mol",
        "1/T₁ − 1/T₂ = 1/(500 + 273) − 1/(700 + 273) = 2.659 × 10^-4 K^-1\nln(40) = 3.689\n"
        "Q = 8.314 × 3.689 / 2.659 × 10^-4 = 115300 J/mol\n\nQ ≈ 115 kJ/mol",
        "773.15",
    ),
    (
        "A reaction rate doubles when the temperature is raised from 300 °C to 350 °C. "
        "What is the activation energy, in kJ/mol?",
        "Q = R ln 2 / (1/T₁ − 1/T₂)\n1/T₁ − 1/T₂ = 1/300 − 1/350 = 4.762 × 10^-4\n"
        "Q = 8.314 × 0.6931 / 4.762 × 10^-4 = 12100 J/mol\n\nQ ≈ 12.1 kJ/mol",
        "T₁ = 573.15 K, T₂ = 623.15 K\n1/T₁ − 1/T₂ = 1.4 × 10^-4 K^-1\n"
        "Q = 8.314 × 0.6931 / 1.4 × 10^-4 = 41160 J/mol\n\nQ ≈ 41.2 kJ/mol",
        "573.15",
    ),
]


@pytest.mark.parametrize(("question", "wrong", "right", "kelvin"), CELSIUS_CASES)
def test_reciprocal_of_celsius_is_flagged(
    question: str, wrong: str, right: str, kelvin: str
) -> None:
    reason = _flagged(question, wrong)
    assert "reciprocal" in reason and kelvin in reason
    assert "reciprocal" not in (check_answer(question, right).reason or "")


def test_reciprocal_without_a_temperature_formula_is_left_alone() -> None:
    # no 1/T written: '1/600' is no reciprocal temperature here
    q = "A furnace at 600 °C loses 1/600 of its charge per minute. How much is left after 1 min, in %?"
    result = check_answer(q, "Fraction lost = 1/600 = 0.001667\nLeft = 99.83 %\n\nAnswer: 99.83 %")
    assert "reciprocal" not in (result.reason or "")


# ------------------------------------------------------------ 5. 2θ from a table
TABLE_Q = (
    "A {s} metal was scanned with Cu Kα radiation (λ = 0.15406 nm). The peaks were recorded as "
    "follows.\n\n| peak | {head} |\n|------|--------|\n| 1    | {a}  |\n| 2    | {b}  |\n"
    "| 3    | {c}  |\n\nUsing the {which} peak, determine the lattice parameter in nm."
)


@pytest.mark.parametrize(
    ("structure", "angles", "which", "hkl_sum", "row"),
    [
        ("BCC", (40.26, 58.27, 73.19), "third", 6, 2),
        ("BCC", (44.67, 65.02, 82.33), "second", 4, 1),
        ("FCC", (38.18, 44.39, 64.58), "first", 3, 0),
    ],
)
def test_two_theta_from_a_table_taken_for_theta(
    structure: str, angles: tuple[float, ...], which: str, hkl_sum: int, row: int
) -> None:
    import math

    two_theta = angles[row]
    q = TABLE_Q.format(
        s=structure, head="2θ (°)", a=angles[0], b=angles[1], c=angles[2], which=which
    )
    lam = 0.15406
    s_wrong = math.sin(math.radians(two_theta))
    d_wrong = lam / (2 * s_wrong)
    wrong = (
        f"h²+k²+l² = {hkl_sum}.\nsin θ = sin {two_theta}° = {s_wrong:.5f}\n"
        f"d = λ/(2 sin θ) = {lam}/(2 × {s_wrong:.5f}) = {d_wrong:.5f} nm\n"
        f"a = d√{hkl_sum} = {d_wrong * math.sqrt(hkl_sum):.4f} nm\n\na ≈ "
        f"{d_wrong * math.sqrt(hkl_sum):.4f} nm"
    )
    d_right = lam / (2 * math.sin(math.radians(two_theta / 2)))
    reason = _flagged(q, wrong)
    assert f"{d_right:.4g}" in reason
    right = (
        f"h²+k²+l² = {hkl_sum}.\nθ = {two_theta / 2:g}°, sin θ = "
        f"{math.sin(math.radians(two_theta / 2)):.5f}\nd = λ/(2 sin θ) = {d_right:.5f} nm\n"
        f"a = d√{hkl_sum} = {d_right * math.sqrt(hkl_sum):.4f} nm\n\na ≈ "
        f"{d_right * math.sqrt(hkl_sum):.4f} nm"
    )
    _not_flagged(q, right)


def test_table_headed_theta_is_not_read_as_two_theta() -> None:
    q = TABLE_Q.format(s="BCC", head="θ (°)", a=20.13, b=29.14, c=36.60, which="third")
    s = 0.59641
    response = (
        f"h²+k²+l² = 6.\nsin θ = sin 36.60° = {s}\nd = λ/(2 sin θ) = 0.15406/(2 × {s}) = "
        "0.12916 nm\na = d√6 = 0.3164 nm\n\na ≈ 0.3164 nm"
    )
    _not_flagged(q, response)
