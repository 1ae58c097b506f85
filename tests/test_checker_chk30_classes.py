"""Checker classes of session 30 (chk30), each stated with several phrasings of our own."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.check_answer import asked_part_text, check_response
from matsci_jupyter.engines.answer.k_suffix import thousands_k
from matsci_jupyter.engines.answer.one_part import single_part
from matsci_jupyter.engines.answer.part_directive import directive_letter
from matsci_jupyter.engines.answer.part_unit import earlier_part_unit


def _verdict(question: str, response: str) -> str:
    return check_response(question, response).verdict


# --- one reader of 'the graded part is (b)' (part_directive), used by the checker ----------------

_STEM = (
    "A brass rod 2.0 m long is heated. (a) Describe what happens to its grains. "
    "(b) What is its length change for a rise of 80 K when α = 20 × 10^-6 K^-1, in mm? "
)


@pytest.mark.parametrize(
    "closing",
    [
        "The graded answer is (b).",
        "The answer key is that to (b).",
        "The part sought is (b).",
        "Only (b) is assessed.",
    ],
)
def test_the_named_part_is_read_by_part_directive(closing: str) -> None:
    question = _STEM + closing
    assert single_part(question) is None  # one_part no longer holds a copy of these wordings
    assert directive_letter(question) == "b"
    part = asked_part_text(question)
    assert part is not None and "length change" in part and "grains" not in part


def test_a_response_claiming_another_part_is_flagged_through_either_reader() -> None:
    question = (
        "Copper is FCC with a = 0.3615 nm. (a) What is the atomic radius, in nm? "
        "(b) What is the planar density of (100), in atoms per nm²? The answer wanted is (b)."
    )
    response = (
        "R = a√2/4 = 0.3615 × 1.4142/4 = 0.1278 nm\n\n"
        "The part asked for is part (a).\nFinal answer: 0.128 nm"
    )
    answer = check_response(question, response)
    assert answer.verdict == "flagged"
    assert any(c.name == "asked part" and not c.passed for c in answer.checks)


# --- a bare final is not given a unit that only an earlier part names ---------------------------


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("A steel bar is pulled. (a) What is the stress, in MPa? (b) What is the strain?", "MPa"),
        (
            "A film grows on a wafer. (a) How thick is it after 2 h, in nm?\n"
            "(b) How many such layers fit in 1 mm?",
            "nm",
        ),
    ],
)
def test_the_unit_of_an_earlier_part_is_found(question: str, unit: str) -> None:
    assert earlier_part_unit(question, unit) == "a"


@pytest.mark.parametrize(
    "question",
    [
        "A bar in MPa units is pulled. (a) What is the stress? (b) What is the stress in MPa?",
        "A bar is pulled. (a) What is the strain? (b) What is the stress, in MPa?",
        "A bar is pulled to 300 MPa. What is the strain?",
    ],
)
def test_a_unit_in_the_stem_or_the_last_part_is_not_an_earlier_parts(question: str) -> None:
    assert earlier_part_unit(question, "MPa") is None


@pytest.mark.parametrize(
    ("question", "response"),
    [
        (
            "A steel wire is loaded. (a) What is the stress, in MPa? (b) What is the strain?",
            "σ = 200 MPa\nε = 200/200000 = 0.001\n\nFinal answer: 0.001",
        ),
        (
            "A rod of 10 mm diameter is loaded. (a) What load makes it yield at 250 MPa, in kN?\n"
            "(b) What is its engineering strain at yield if E = 200 GPa?",
            "F = 250 × π × 5² = 19 635 N = 19.6 kN\nε = 250/200000 = 0.00125\n\n"
            "Final answer: 0.00125",
        ),
    ],
)
def test_a_bare_final_of_an_unnamed_part_is_not_read_in_part_a_unit(
    question: str, response: str
) -> None:
    answer = check_response(question, response)
    assert answer.verdict == "not checked"
    assert "only part (a) names a unit" in (answer.reason or "")


# --- a 'k' for thousand after the final number --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("31.3k", "31.3e3"),
        ("≈ 12k cycles", "≈ 12e3 cycles"),
        ("about 4.75k Ω", "about 4.75e3 Ω"),
        ("5.2 kΩ", "5.2 kΩ"),  # a prefix, not a suffix
        ("3k", "3k"),  # one digit: may be a formula in k
        ("2.1k_B T", "2.1k_B T"),
    ],
)
def test_a_k_right_after_the_digits_is_a_thousand(text: str, read: str) -> None:
    assert thousands_k(text) == read


def test_a_question_that_names_k_keeps_it_a_symbol() -> None:
    assert thousands_k("2.5k", "The rate constant k doubles.") == "2.5k"


_K_QUESTION = (
    "A heater wire has a resistance of 12.4 Ω per metre. What is the resistance of 2.5 km of "
    "it, in ohms?"
)


@pytest.mark.parametrize("final", ["31k", "31.0k Ω", "about 31.0k"])
def test_a_k_final_that_matches_its_own_result_is_not_flagged(final: str) -> None:
    response = f"R = 12.4 × 2500 = 31 000 Ω\n\nFinal answer: {final}"
    assert _verdict(_K_QUESTION, response) == "consistent"


@pytest.mark.parametrize("final", ["3.1k", "310k Ω"])
def test_a_k_final_off_by_ten_is_still_flagged(final: str) -> None:
    response = f"R = 12.4 × 2500 = 31 000 Ω\n\nFinal answer: {final}"
    assert _verdict(_K_QUESTION, response) == "flagged"


# --- a symbol times a root ('2R√2') is no unit run ---------------------------------------------


@pytest.mark.parametrize(
    "step",
    [
        "a = 2R√2 = 2 × 0.1278 × 1.4142 = 0.3615 nm",
        "a = 4r/√3 = 4 × 0.124/1.732 = 0.2864 nm",
        "h = a√3/2 = 0.25 × 1.732/2 = 0.2165 nm",
    ],
)
def test_a_symbol_times_a_root_is_not_read_as_a_unit(step: str) -> None:
    question = "Iron atoms have a radius of 0.124 nm. What is the lattice parameter, in nm?"
    response = f"{step}\n\nFinal answer: {step.rsplit('=', 1)[1].strip()}"
    assert _verdict(question, response) != "flagged"


# --- a unit after a bracketed divisor belongs to the divisor -----------------------------------


@pytest.mark.parametrize(
    "step",
    [
        "dC/dx = (0.5 − 1.5)/(20 − 10) mm = −100 kg/m⁴",
        "G = (2.4 − 0.4)/(8 − 3) cm = 40 kg/m⁴",
    ],
)
def test_a_unit_after_a_bracketed_divisor_is_the_divisors(step: str) -> None:
    question = (
        "Carbon in a steel plate falls across it. What is the concentration gradient, in kg/m⁴?"
    )
    response = f"{step}\n\nFinal answer: {step.rsplit('=', 1)[1].strip()}"
    assert _verdict(question, response) != "flagged"


def test_a_wrong_gradient_after_a_bracketed_divisor_is_still_flagged() -> None:
    question = (
        "Carbon in a steel plate falls across it. What is the concentration gradient, in kg/m⁴?"
    )
    response = "dC/dx = (0.5 − 1.5)/(20 − 10) mm = −300 kg/m⁴\n\nFinal answer: −300 kg/m⁴"
    assert _verdict(question, response) == "flagged"


# --- a difference of two °F temperatures written in K or °C ------------------------------------

_F_QUESTION = "How much heat (kJ) warms 3 kg of aluminium (c = 900 J/(kg·K)) from 50 °F to 212 °F?"


@pytest.mark.parametrize(
    "step",
    [
        "ΔT = 212 − 50 = 162 K",
        "ΔT = (212 − 50) = 162 °C",
        "ΔT = 212 °F − 50 °F = 162 K",
    ],
)
def test_a_fahrenheit_step_labelled_kelvin_is_flagged(step: str) -> None:
    response = f"{step}\nQ = 3 × 900 × 162 = 437 400 J = 437 kJ\n\nFinal answer: 437 kJ"
    answer = check_response(_F_QUESTION, response)
    assert answer.verdict == "flagged"
    assert any(c.name == "unit" and not c.passed and "× 5/9" in c.message for c in answer.checks)


@pytest.mark.parametrize(
    "step",
    [
        "ΔT = 212 − 50 = 162 °F = 90 K",
        "ΔT = (212 − 50) × 5/9 = 90 K",
    ],
)
def test_a_fahrenheit_step_converted_is_not_flagged(step: str) -> None:
    response = f"{step}\nQ = 3 × 900 × 90 = 243 000 J = 243 kJ\n\nFinal answer: 243 kJ"
    assert _verdict(_F_QUESTION, response) != "flagged"


def test_kelvin_givens_are_left_alone() -> None:
    question = "How much heat (kJ) warms 3 kg of aluminium (c = 900 J/(kg·K)) from 300 K to 462 K?"
    response = (
        "ΔT = 462 − 300 = 162 K\nQ = 3 × 900 × 162 = 437 400 J = 437 kJ\n\nFinal answer: 437 kJ"
    )
    assert _verdict(question, response) != "flagged"


# --- a bare fraction where a percentage is asked stays flagged (the earlier sets' convention) ---


def test_a_bare_fraction_with_percent_written_is_still_flagged() -> None:
    question = (
        "Glass has n = 1.52. What percentage of normally incident light is reflected from air?"
    )
    response = "R = ((1.52 − 1)/(1.52 + 1))² = (0.52/2.52)² = 0.0426\n\nFinal answer: 0.0426 %"
    assert _verdict(question, response) == "flagged"


# --- a diameter change worked out without the given Poisson's ratio -----------------------------

_NU_QUESTIONS = [
    "A brass rod 12 mm across is stretched elastically to 60 MPa (E = 100 GPa, ν = 0.34). How "
    "much does its diameter decrease, in µm?",
    "A titanium bar of 20 mm diameter carries 150 MPa in tension; E = 110 GPa and Poisson's ratio "
    "is 0.32. Find the change in diameter in µm.",
]


@pytest.mark.parametrize("question", _NU_QUESTIONS)
def test_the_axial_strain_times_the_diameter_is_flagged(question: str) -> None:
    response = (
        "ε = σ/E = 60/100 000 = 6.0 × 10^-4\n"
        "The diameter shrinks by this strain: Δd = ε d₀ = 6.0 × 10^-4 × 12 mm = 0.0072 mm\n\n"
        "Final answer: 7.2 µm"
    )
    answer = check_response(question, response)
    assert answer.verdict == "flagged"
    assert any(c.name == "formula" and "never uses ν" in c.message for c in answer.checks)


@pytest.mark.parametrize(
    "working",
    [
        "ε_z = 60/100 000 = 6.0 × 10^-4\nε_x = −0.34 × 6.0 × 10^-4 = −2.04 × 10^-4\n"
        "Δd = −2.04 × 10^-4 × 12 mm = −0.00245 mm",
        "Lateral strain = ν σ/E = 0.34 × 60/100 000 = 2.04 × 10^-4\nΔd = 2.04 × 10^-4 × 12 mm = "
        "0.00245 mm",
    ],
)
def test_a_response_that_uses_the_ratio_is_not_flagged_by_it(working: str) -> None:
    response = f"{working}\n\nFinal answer: 2.45 µm"
    answer = check_response(_NU_QUESTIONS[0], response)
    assert not any(c.name == "formula" and "never uses ν" in c.message for c in answer.checks)


# --- percent crystallinity answered with the volume fraction -----------------------------------

_CRYST = [
    "A polyethylene film has a density of 0.940 g/cm³; fully crystalline and fully amorphous PE "
    "have 1.000 and 0.870 g/cm³. What is its percent crystallinity?",
    "Densities: crystalline PET 1.50 g/cm³, amorphous PET 1.33 g/cm³, a bottle wall 1.40 g/cm³. "
    "Estimate the degree of crystallinity of the wall in percent.",
]


def _fractions(question: str) -> tuple[float, float]:
    import re

    a, s, c = sorted(float(n) for n in re.findall(r"\d+\.\d+", question))
    return (s - a) / (c - a), c * (s - a) / (s * (c - a))


@pytest.mark.parametrize("question", _CRYST)
def test_the_volume_fraction_as_percent_crystallinity_is_flagged(question: str) -> None:
    volume, _mass = _fractions(question)
    response = f"X = (ρ_s − ρ_a)/(ρ_c − ρ_a) = {volume:.4f}\n\nFinal answer: {volume * 100:.1f} %"
    answer = check_response(question, response)
    assert answer.verdict == "flagged"
    assert any(c.name == "formula" and "by mass" in c.message for c in answer.checks)


@pytest.mark.parametrize("question", _CRYST)
def test_the_mass_fraction_is_not_flagged(question: str) -> None:
    _volume, mass = _fractions(question)
    response = (
        f"X = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] = {mass:.4f}\n\nFinal answer: {mass * 100:.1f} %"
    )
    answer = check_response(question, response)
    assert not any(c.name == "formula" and "by mass" in c.message for c in answer.checks)


def test_a_volume_fraction_asked_is_left_alone() -> None:
    question = _CRYST[0].replace(
        "percent crystallinity", "volume fraction crystalline (crystallinity)"
    )
    volume, _mass = _fractions(question)
    response = f"X = (0.940 − 0.870)/(1.000 − 0.870) = {volume:.4f}\n\nFinal answer: {volume:.3f}"
    answer = check_response(question, response)
    assert not any(c.name == "formula" and "by mass" in c.message for c in answer.checks)
