"""Reading classes found in exam set H (crystallography, defects, diffusion, phase diagrams, kinetics).

* Decimals grouped in threes after the point, the SI way ('λ = 0.154 06 nm'), are one number.
* A diffraction line's indices after 'indexed' ('the peak is indexed 211') are Miller indices.
* A two-column table of a quantity against temperature or time is read as the sentence it stands for.

Every question here is written for these tests; each class has look-alikes that keep their verdict.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.data_tables import tables_as_prose
from matsci_jupyter.engines.answer.quantities import extract

R = 8.314462618
K_B_EV = 8.617333262e-5


def _value(question: str, unit: str) -> float:
    a = answer(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> bool:
    return answer(question).quantity is None


def _numbers(text: str) -> list[float]:
    return [g.number for g in extract(text).givens if g.number is not None]


# ------------------------------------------------------------------ decimals grouped in threes
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mo Kα radiation of wavelength 0.070 93 nm is used.", 0.07093),
        ("The constant is 3.141 592 65 rad.", 3.14159265),
        ("A spacing of 0.202 7 nm is measured.", 0.2027),
    ],
)
def test_grouped_decimals_are_one_number(text: str, value: float) -> None:
    assert _numbers(text) == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a list of numbers one space apart stays a list
        ("The readings were 0.125 25 50 mm.", [0.125, 25, 50]),
        # four digits after the space: not a group of the decimals
        ("Values 1.234 5678 were logged.", [1.234, 5678]),
        # two spaces apart: two numbers
        ("Two spacings, 0.154  06, were noted.", [0.154, 6]),
    ],
)
def test_numbers_near_grouped_decimals_stay_apart(text: str, values: list[float]) -> None:
    assert _numbers(text) == [pytest.approx(v) for v in values]


def test_bragg_angle_with_grouped_wavelength() -> None:
    q = (
        "Nickel is FCC with a = 0.3524 nm. Using X-rays of wavelength 0.154 06 nm, at what angle 2θ "
        "(degrees) does the 111 reflection appear?"
    )
    d = 0.3524 / math.sqrt(3)
    assert _value(q, "degree") == pytest.approx(
        2 * math.degrees(math.asin(0.15406 / (2 * d))), rel=1e-4
    )


# ------------------------------------------------------------------ 'indexed 110'
def test_indexed_line_gives_miller_indices() -> None:
    q = (
        "With X-rays of wavelength 0.154 06 nm, a BCC metal shows a peak at 2θ = 82.33° that is "
        "indexed 211. Find the lattice parameter in nm."
    )
    d = 0.15406 / (2 * math.sin(math.radians(82.33 / 2)))
    assert _value(q, "nm") == pytest.approx(d * math.sqrt(6), rel=1e-4)


def test_indexed_as_gives_miller_indices() -> None:
    givens = extract("A cubic metal's peak at 2θ = 50° is indexed as 200 in the pattern.").givens
    assert [g.hkl for g in givens if g.kind == "miller"] == [(2, 0, 0)]


def test_indexed_number_outside_a_crystal_question_is_a_number() -> None:
    givens = extract("The price was indexed 110 times last year. How much is that?").givens
    assert not [g for g in givens if g.kind == "miller"]


# ------------------------------------------------------------------ tables against T or t
_D_TABLE = """Tracer measurements of the diffusivity of cobalt in a nickel alloy gave:

    T (°C)     D (m²/s)
    700        1.8 × 10⁻¹⁶
    900        3.0 × 10⁻¹⁴

What is the activation energy, in kJ/mol?"""


def test_aligned_table_against_temperature_is_read_as_a_sentence() -> None:
    assert tables_as_prose(_D_TABLE) == (
        "Tracer measurements of the diffusivity of cobalt in a nickel alloy gave: D = 1.8 × 10^-16 "
        "m^2/s at 700 °C and D = 3.0 × 10^-14 m^2/s at 900 °C.\n\nWhat is the activation energy, in kJ/mol?"
    )


def test_activation_energy_from_an_aligned_table() -> None:
    q = R * math.log(3.0e-14 / 1.8e-16) / (1 / 973.15 - 1 / 1173.15) / 1000
    assert _value(_D_TABLE, "kJ/mol") == pytest.approx(q, rel=1e-4)


def test_vacancy_energy_from_a_markdown_table() -> None:
    question = (
        "Dilatometry on a pure metal gives these equilibrium vacancy fractions.\n\n"
        "| $T$ / K | $n_v/N$ |\n|---|---|\n| 1000 | $2.0 \\times 10^{-6}$ |\n"
        "| 1200 | $4.0 \\times 10^{-5}$ |\n\nFind the vacancy formation energy in eV."
    )
    expected = K_B_EV * math.log(4.0e-5 / 2.0e-6) / (1 / 1000 - 1 / 1200)
    assert _value(question, "eV") == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize(
    "question",
    [
        # three columns: which column is which is not for the reader to guess
        "Measurements gave:\n\n    T (°C)   D (m²/s)   Q (kJ/mol)\n    700   1.8e-16   250\n"
        "    900   3.0e-14   250\n\nFind D at 800 °C in m²/s.",
        # a row in words: left as written
        "Measurements gave:\n\n    T (°C)   D (m²/s)\n    700   small\n    900   3.0e-14\n\nFind Q in kJ/mol.",
        # the first column is not a temperature or a time
        "Creep tests gave:\n\n    stress (MPa)   rate (1/s)\n    60   2.0e-8\n    120   4.0e-7\n\n"
        "Find the stress exponent.",
        # a scaled header: the values are not the quantity itself
        "Measurements gave:\n\n    T (°C)   D (× 10^-14 m²/s)\n    700   1.8\n    900   3.0\n\nFind Q in kJ/mol.",
    ],
)
def test_other_tables_are_left_as_written(question: str) -> None:
    assert tables_as_prose(question) == question


def test_three_temperatures_with_a_two_point_ask_are_refused() -> None:
    question = (
        "Diffusivities of carbon in iron were measured:\n\n    T (°C)    D (m²/s)\n    800   1.0e-11\n"
        "    900   5.0e-11\n    1000   1.5e-10\n\nFind the activation energy in kJ/mol."
    )
    assert _refused(question)


# ------------------------------------------------------------------ D₁t₁ = D₂t₂ with D = D₀e^(−Q/RT)
def _d(d0: float, q_kj: float, t_c: float) -> float:
    return d0 * math.exp(-q_kj * 1000 / (R * (t_c + 273.15)))


def test_time_for_the_same_profile_with_d0_given() -> None:
    q = (
        "Nitriding a die for 8 h at 520 °C gives the wanted hardened layer. For nitrogen in the steel, "
        "D₀ = 5.0 × 10⁻⁷ m²/s and Q_d = 77 kJ/mol. How many hours would the same layer need at 560 °C?"
    )
    expected = 8 * _d(5.0e-7, 77, 520) / _d(5.0e-7, 77, 560)
    assert _value(q, "hour") == pytest.approx(expected, rel=1e-4)


def test_temperature_for_the_same_profile_in_a_shorter_time() -> None:
    q = (
        "A carburising treatment of 12 h at 880 °C gives an acceptable case. For carbon in austenite, "
        "D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. At what temperature, in °C, would a 5 h treatment "
        "give the same carbon profile?"
    )
    q_j = 148000.0
    inv_t2 = 1 / (880 + 273.15) - R * math.log(12 / 5) / q_j
    assert _value(q, "degC") == pytest.approx(1 / inv_t2 - 273.15, rel=1e-4)


def test_british_spelling_names_a_carburising_question() -> None:
    q = (
        "Carburising for 4 h at a fixed temperature gives a case 0.40 mm deep. What case depth, in mm, "
        "does 9 h at the same temperature give?"
    )
    assert _value(q, "mm") == pytest.approx(0.40 * math.sqrt(9 / 4), rel=1e-4)


def test_subscript_zero_names_the_pre_exponential_factor() -> None:
    q = (
        "For a solute in copper, D₀ = 1.2 × 10⁻⁵ m²/s and the activation energy is 190 kJ/mol. "
        "Calculate the diffusion coefficient at 700 °C, in m²/s."
    )
    assert _value(q, "m**2/s") == pytest.approx(_d(1.2e-5, 190, 700), rel=1e-4)


@pytest.mark.parametrize(
    "question",
    [
        # no 'same' profile: the two times are not tied by Dt = constant
        "Carburising for 10 h at 900 °C is followed by a second run. D₀ = 2.3 × 10⁻⁵ m²/s and "
        "Q = 148 kJ/mol. At what temperature, in °C, is a 4 h run carried out?",
        # a D measured at one temperature is not D₀; with Q missing nothing ties T to the time
        "Carburising for 10 h at 900 °C gives a case. D = 2.3 × 10⁻¹¹ m²/s at 900 °C. At what temperature, "
        "in °C, would 4 h give the same case?",
        # the activation energy is missing
        "Carburising for 10 h at 900 °C gives a case; D₀ = 2.3 × 10⁻⁵ m²/s. At what temperature, in °C, "
        "would 4 h give the same case?",
    ],
)
def test_same_profile_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ 'a 1040 steel (0.40 wt% C)'
def _erf_time(c0: float, cs: float, cx: float, x_m: float, d: float) -> float:
    target, lo, hi = 1 - (cx - c0) / (cs - c0), 0.0, 5.0
    for _ in range(100):  # erf⁻¹ by bisection
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if math.erf(mid) < target else (lo, mid)
    z = (lo + hi) / 2
    return x_m**2 / (4 * d * z**2)


def test_bracketed_composition_after_the_steel_is_its_initial_content() -> None:
    q = (
        "A 1015 steel (0.15 wt% C) is carburised at a temperature where D = 4.0 × 10⁻¹¹ m²/s, with its "
        "surface held at 1.10 wt% C. How long, in hours, until the carbon content is 0.50 wt% at a depth "
        "of 0.8 mm?"
    )
    expected = _erf_time(0.15, 1.10, 0.50, 0.8e-3, 4.0e-11) / 3600
    assert _value(q, "hour") == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # two values in the brackets: which is the carbon content is not for the reader to guess
        "A steel (0.15 wt% C, 0.8 wt% Mn) is carburised at a temperature where D = 4.0 × 10⁻¹¹ m²/s, its "
        "surface held at 1.10 wt% C. How long, in hours, until the carbon content is 0.50 wt% at 0.8 mm?",
        # no initial content at all
        "A steel is carburised at a temperature where D = 4.0 × 10⁻¹¹ m²/s, its surface held at "
        "1.10 wt% C. How long, in hours, until the carbon content is 0.50 wt% at a depth of 0.8 mm?",
    ],
)
def test_bracketed_composition_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ Schottky defects from a formula weight
N_A = 6.02214076e23


def test_schottky_defects_from_density_and_formula_weight() -> None:
    q = (
        "Creating one Schottky defect in sodium chloride needs an energy of 2.3 eV. NaCl has a density of "
        "2.16 g/cm³ and "
        "a formula weight of 58.44 g/mol. How many Schottky defects are there per cubic metre at 700 °C?"
    )
    sites = 2.16e6 * N_A / 58.44
    expected = sites * math.exp(-2.3 / (2 * K_B_EV * 973.15))
    assert _value(q, "1/m**3") == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize(
    "question",
    [
        # a vacancy in a metal is not a Schottky pair: no halving of the energy
        "The vacancy formation energy of nickel is 1.6 eV; its density is 8.90 g/cm³ and its molar mass "
        "58.69 g/mol. How many Schottky defects per cubic metre are there at 700 °C?",
        # the formula weight is missing
        "Forming a Schottky defect in NaCl takes 2.3 eV and NaCl has a density of 2.16 g/cm³. How many "
        "Schottky defects are there per cubic metre at 700 °C?",
    ],
)
def test_schottky_formula_weight_lookalikes_are_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ dislocation line in a cube
def test_dislocation_line_length_in_a_cube_from_the_density() -> None:
    q = (
        "An annealed copper crystal has a dislocation density of 4.0 × 10¹⁰ m⁻². What total length of "
        "dislocation line, in metres, lies in a cube of the crystal 2 mm on an edge?"
    )
    assert _value(q, "m") == pytest.approx(4.0e10 * (2e-3) ** 3, rel=1e-6)


def test_dislocation_density_of_a_cube_still_answered() -> None:
    q = (
        "A cube of deformed aluminium 3 mm on an edge holds 2 700 km of dislocation line. What is the "
        "dislocation density in m⁻²?"
    )
    assert _value(q, "1/m**2") == pytest.approx(2.7e6 / (3e-3) ** 3, rel=1e-6)


def test_dislocation_line_in_a_cube_without_a_density_is_refused() -> None:
    q = "What total length of dislocation line, in metres, lies in a cube of copper 2 mm on an edge?"
    assert _refused(q)
