"""Wrong-answer classes found by the second round of external-style neighbour questions
(tests/data/answer_neighbours_external2.py), each with a failing example and a look-alike that keeps
its answer. Questions in our own words."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.solver import solve


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.to(unit).magnitude)


def _refused(question: str) -> None:
    answer = solve(question)
    assert not answer.ok, f"answered {answer.quantity}"
    assert answer.reason


# --- 'The unit of the answer is U' (SciBench's own prompt) names the asked unit
def test_unit_of_the_answer_is_read_as_the_asked_unit() -> None:
    # a work function asked per mole: the library has no per-mole form, so no eV answer
    _refused(
        "The threshold wavelength for rubidium metal is 580 nm. What is its work function? "
        "The unit of the answer is $\\mathrm{kJ} \\mathrm{mol}^{-1}$."
    )
    answer = solve(
        "Find the de Broglie wavelength of an electron whose kinetic energy is 250 eV. "
        "The unit of the answer is $\\mathrm{pm}$."
    )
    assert answer.ok and f"{answer.quantity.units:~}" == "pm"
    assert answer.quantity.magnitude == pytest.approx(77.566, rel=1e-3)


def test_unit_of_the_answer_is_look_alikes_keep_their_answers() -> None:
    assert _value(
        "The threshold wavelength for rubidium metal is 580 nm. What is its work function? "
        "The unit of the answer is eV.",
        "eV",
    ) == pytest.approx(2.1377, rel=1e-3)
    answer = solve(
        "A 0.400 g sample of helium occupies 5.00 dm^3 at 150 K. Use the perfect gas law to find "
        "its pressure. The unit of the answer is $10^{-1} \\mathrm{~atm}$."
    )
    assert answer.ok
    assert answer.quantity.to("atm").magnitude == pytest.approx(0.24606, rel=1e-3)


# --- a distance between object and image is d_o + d_i, not the image distance
@pytest.mark.parametrize(
    "question",
    [
        "A converging lens of focal length 12 cm makes a real image that lies 60 cm from the "
        "object. How far from the lens is the object, in cm?",
        "An object sits 40 cm in front of a converging lens of focal length 8 cm. How far is the "
        "real image from the object, in cm?",
        "An object and a screen are 60 cm apart, and a converging lens of focal length 12 cm "
        "between them forms a real image on the screen. What is the image distance in cm?",
    ],
)
def test_object_to_image_distance_is_not_the_image_distance(question: str) -> None:
    _refused(question)


def test_lens_image_distance_look_alike_keeps_its_answer() -> None:
    assert _value(
        "An object sits 40 cm in front of a converging lens of focal length 8 cm. How far from "
        "the lens is the real image, in cm?",
        "cm",
    ) == pytest.approx(10.0, rel=1e-6)


# --- an angular frequency (rad/s) is 2π times the frequency in E = hν
@pytest.mark.parametrize(
    "question",
    [
        "Radiation has an angular frequency of 4.0 × 10^15 rad/s. What is the energy of one of "
        "its photons, in eV?",
        "A light wave oscillates with an angular frequency of 4.0 × 10^15 s^-1. What energy does "
        "one photon carry, in eV?",
    ],
)
def test_angular_frequency_is_not_the_photon_frequency(question: str) -> None:
    _refused(question)


def test_photon_frequency_look_alike_keeps_its_answer() -> None:
    assert _value(
        "Radiation has a frequency of 4.0 × 10^15 Hz. What is the energy of one of its photons, "
        "in eV?",
        "eV",
    ) == pytest.approx(16.543, rel=1e-3)


# --- m N_A/M counts formula units: atoms only for an element
@pytest.mark.parametrize(
    "question",
    [
        "How many atoms are there in 2.00 g of water (18.02 g/mol)?",
        "How many atoms does 5.0 g of CO2 (44.01 g/mol) contain?",
        "How many atoms are in 3.0 g of magnesium oxide?",
    ],
)
def test_atoms_in_a_compound_are_not_formula_units(question: str) -> None:
    _refused(question)


def test_atoms_in_an_element_look_alike_keeps_its_answer() -> None:
    assert _value("How many atoms are there in 2.00 g of silver (107.87 g/mol)?", "") == (
        pytest.approx(2.00 / 107.87 * 6.02214076e23, rel=1e-4)
    )


def test_unit_of_the_answer_is_an_unknown_unit_refuses() -> None:
    stem = (
        "A perfect gas with γ = 1.4 expands reversibly and adiabatically from 80.0 kPa and "
        "1.5 dm^3 to a final volume of 4.5 dm^3. Calculate its final pressure. "
    )
    _refused(stem + "The unit of the answer is kPz.")  # an unknown unit: no default-unit number
    # a pascal unit with a slipped case ('kPA') has one reading, kPa (engines/answer/unit_typos.py)
    assert _value(stem + "The unit of the answer is kPA.", "kPa") == pytest.approx(
        80.0 * 3.0**-1.4, rel=1e-3
    )
    assert _value(stem + "The unit of the answer is kPa.", "kPa") == pytest.approx(
        80.0 * 3.0**-1.4, rel=1e-3
    )


# --- an amount of photons in moles: E = hν is per photon
@pytest.mark.parametrize(
    "question",
    [
        "Find the energy carried by one millimole of photons of wavelength 420 nm, in J.",
        "What energy does a mole of photons of frequency 7.0 × 10^14 Hz carry? Give the answer in kJ.",
        "How much energy is in one einstein of light of wavelength 420 nm photons, in kJ?",
    ],
)
def test_moles_of_photons_are_not_one_photon(question: str) -> None:
    _refused(question)


def test_one_photon_look_alike_keeps_its_answer() -> None:
    assert _value("What is the energy of one photon of wavelength 420 nm, in J?", "J") == (
        pytest.approx(4.7297e-19, rel=1e-3)
    )
