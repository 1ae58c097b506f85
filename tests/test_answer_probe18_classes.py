"""Wrong-answer classes found by neighbour round 17 (tests/data/answer_neighbours17.py), in our own
words; the refusals live in matsci_jupyter/engines/answer/worded_setup.py.

* The lattice constant (cell edge) asked, and Bragg's law answered with the interplanar spacing d.
* A given changed afterwards in words ('then raised by a third', 'then lowered by a tenth') while
  the relation reads it as first stated.
* A magnitude asked and the relation's value negative (a diamagnet's magnetization).
* The field a superconductor has at 0 K read as the applied field and the applied one as H_C(0).
* A ray that starts inside glass, diamond or water fed to Snell's law written for light entering
  from air.
* The relaxation time τ answered when the ask is the time to reach another stress.
* A bend-test bar whose orientation is stated ('the 10 mm side vertical', 'loaded on edge') while
  σ = 3FL/(2bd²) takes the depth from the labels.

Each class has look-alikes that keep their answer.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value


def _a_bcc(lam: float, two_theta: float) -> float:
    return lam / (2 * math.sin(math.radians(two_theta / 2))) * math.sqrt(2)


# --- the cell edge asked, the interplanar spacing answered
@pytest.mark.parametrize(
    "question",
    [
        (
            "With radiation of wavelength 1.5406 Å, molybdenum (body-centred cubic) gives its "
            "lowest-angle peak at 2θ = 40.44°. Give the lattice constant in ångströms."
        ),
        (
            "With radiation of wavelength 1.5406 Å, tungsten (body-centred cubic) gives its "
            "lowest-angle peak at 2θ = 40.26°. Give the lattice constant in ångströms."
        ),
        (
            "Aluminium (face-centred cubic) gives its lowest-angle peak at 2θ = 38.47° with "
            "radiation of wavelength 1.5406 Å. Give the lattice constant in ångströms."
        ),
    ],
)
def test_cell_edge_asked_spacing_answered_is_refused(question: str) -> None:
    assert "lattice constant" in _refused(question)


def test_cell_edge_look_alikes_keep_their_answer() -> None:
    spacing = (
        "With radiation of wavelength 1.5406 Å, tungsten (body-centred cubic) gives its "
        "lowest-angle peak at 2θ = 40.26°. Give the interplanar spacing in ångströms."
    )
    assert _value(spacing, "angstrom") == pytest.approx(
        1.5406 / (2 * math.sin(math.radians(20.13))), rel=1e-3
    )
    chromium = (
        "Chromium (BCC) shows its first reflection at 2θ = 44.39° with λ = 1.5418 Å. Report the "
        "lattice constant in Å."
    )
    assert _value(chromium, "angstrom") == pytest.approx(_a_bcc(1.5418, 44.39), rel=1e-3)


# --- a given changed afterwards in words
@pytest.mark.parametrize(
    "question",
    [
        (
            "A spring steel has σy = 1460 MPa and E = 207 GPa. Its yield strength is then raised by "
            "a third by cold work, E unchanged. What is the new modulus of resilience in kJ/m³?"
        ),
        (
            "A polymer (T_g = 100 °C) is plasticized with 30 wt% of a plasticizer (T_g = −50 °C); "
            "the plasticizer content is then reduced by a third. Fox-equation T_g in °C?"
        ),
        (
            "Gallium arsenide has a band gap of 1.42 eV, which is then lowered by a tenth by "
            "alloying. What is the absorption-edge wavelength in nm?"
        ),
    ],
)
def test_later_change_in_words_is_refused(question: str) -> None:
    assert "changes a given afterwards" in _refused(question)


def test_later_change_look_alikes_keep_their_answer() -> None:
    assert _value(
        "A spring steel has σy = 1460 MPa and E = 207 GPa. What is its modulus of resilience in "
        "kJ/m³?",
        "kJ/m**3",
    ) == pytest.approx(1460e6**2 / (2 * 207e9) / 1e3, rel=1e-3)
    assert _value(
        "Gallium arsenide has a band gap of 1.42 eV. What is its absorption-edge wavelength in nm?",
        "nm",
    ) == pytest.approx(6.62607015e-34 * 2.99792458e8 / (1.42 * 1.602176634e-19) * 1e9, rel=1e-3)


# --- a magnitude asked, a negative value
@pytest.mark.parametrize(
    "question",
    [
        (
            "A diamagnet with χ_m = −2.1E-5 sits in H = 1.0E5 A/m. What is the magnitude of its "
            "magnetization, in A/m?"
        ),
        (
            "Bismuth (χ_m = −1.66 × 10⁻⁵) is placed in a field of 5.0 × 10⁴ A/m. Find the magnitude "
            "of the magnetization, in A/m."
        ),
        (
            "Silver is diamagnetic with a volume susceptibility of −2.38 × 10⁻⁵. In a field of "
            "2.0 × 10⁵ A/m, what is the magnitude of its magnetization (A/m)?"
        ),
    ],
)
def test_magnitude_asked_negative_value_is_refused(question: str) -> None:
    assert "magnitude" in _refused(question)


def test_magnitude_look_alikes_keep_their_answer() -> None:
    assert _value(
        "Bismuth (χ_m = −1.66 × 10⁻⁵) is placed in a field of 5.0 × 10⁴ A/m. Find its "
        "magnetization in A/m, keeping the sign.",
        "A/m",
    ) == pytest.approx(-0.83, rel=1e-3)
    assert _value(
        "A paramagnet with χ_m = 3.0 × 10⁻⁴ sits in a field of 2.0 × 10⁵ A/m. What is the "
        "magnitude of its magnetization in A/m?",
        "A/m",
    ) == pytest.approx(60, rel=1e-3)


# --- the field at 0 K read in the wrong role
@pytest.mark.parametrize(
    "question",
    [
        (
            "Lead becomes superconducting below 7.19 K and its critical field at 0 K is 65 kA/m. "
            "Up to what temperature does it stay superconducting in 70 kA/m?"
        ),
        (
            "Mercury has T_c = 4.15 K and its critical field at 0 K is 3.3E4 A/m. Up to what "
            "temperature does it stay superconducting in 4.0E4 A/m?"
        ),
        (
            "Tin has T_C = 3.72 K and H_C(0) = 2.4 × 10⁴ A/m. What is the highest temperature (K) at "
            "which it remains superconducting in an applied field of 3.0 × 10⁴ A/m?"
        ),
    ],
)
def test_applied_field_above_zero_kelvin_field_is_refused(question: str) -> None:
    _refused(question)


def test_zero_kelvin_field_look_alike_keeps_its_answer() -> None:
    question = (
        "Lead becomes superconducting below 7.19 K and its critical field at 0 K is 65 kiloamperes "
        "per metre. What is the highest temperature at which lead stays superconducting in an "
        "applied field of 40 kiloamperes per metre? ________ K"
    )
    assert _value(question, "K") == pytest.approx(7.19 * math.sqrt(1 - 40 / 65), rel=1e-3)
    after_number = (
        "Vanadium is a type-I superconductor with T_c = 5.40 K and a critical field of "
        "1.12 × 10⁵ A/m at 0 K. Up to what temperature will a vanadium sample remain "
        "superconducting in an applied field of 6.0 × 10⁴ A/m?"
    )
    assert _value(after_number, "K") == pytest.approx(5.40 * math.sqrt(1 - 6.0 / 11.2), rel=1e-3)


# --- a ray that starts inside the medium
@pytest.mark.parametrize(
    "question",
    [
        (
            "A ray inside crown glass (n = 1.52) strikes the glass–air surface at 45° from the "
            "normal. What is the angle of refraction in air, in degrees?"
        ),
        (
            "Light travelling inside a diamond (n = 2.42) meets the diamond–air face at 20° from "
            "the normal. What is the angle of refraction in air, in degrees?"
        ),
        (
            "A beam travelling within a quartz block (n = 1.46) hits the top face at 30° from the "
            "normal. Find the angle of refraction in degrees."
        ),
    ],
)
def test_ray_from_inside_the_medium_is_refused(question: str) -> None:
    _refused(question)


def test_ray_from_air_keeps_its_answer() -> None:
    question = (
        "A ray of light travelling in air strikes a flat crown-glass surface (n = 1.52) at an angle "
        "of incidence of 35° measured from the normal. Calculate the angle of refraction in degrees."
    )
    expected = math.degrees(math.asin(math.sin(math.radians(35)) / 1.52))
    assert _value(question, "degree") == pytest.approx(expected, rel=1e-3)
    inside_asked = (
        "A ray in air strikes a flat glass surface (n = 1.60) at 35° to the normal. At what angle "
        "to the normal does it travel inside the glass?"
    )
    expected = math.degrees(math.asin(math.sin(math.radians(35)) / 1.60))
    assert _value(inside_asked, "degree") == pytest.approx(expected, rel=1e-3)


# --- the relaxation time answered for another time
@pytest.mark.parametrize(
    "question",
    [
        (
            "A polymer under constant strain relaxes from 5.0 MPa to 3.5 MPa in one minute. After "
            "how many seconds has the stress fallen to half its initial value (single relaxation "
            "time)?"
        ),
        (
            "A stretched elastomer strip relaxes from 4.0 MPa to 3.0 MPa in 2.0 min. When, in "
            "minutes, will the stress have dropped to one half of the initial stress?"
        ),
        (
            "A rubber band held stretched relaxes from 2.0 MPa to 1.5 MPa in 30 s (σ = σ0 "
            "exp(−t/τ)). How long, in seconds, until the stress is a quarter of its starting value?"
        ),
    ],
)
def test_time_to_another_stress_is_not_tau(question: str) -> None:
    _refused(question)


def test_relaxation_time_asked_keeps_its_answer() -> None:
    question = (
        "A polymer held at constant strain relaxes from 5.0 MPa to 3.5 MPa in 60 s (σ = σ0 "
        "e^(−t/τ)). What is the relaxation time τ in seconds?"
    )
    assert _value(question, "s") == pytest.approx(60 / math.log(5 / 3.5), rel=1e-3)


# --- a bend bar's orientation stated in words
@pytest.mark.parametrize(
    "question",
    [
        (
            "A rectangular alumina bar (width 10 mm, height 5 mm) breaks in three-point bending over "
            "supports 40 mm apart at a load of 1.5 kN. It was tested with the 10 mm side vertical. "
            "What is its flexural strength in MPa?"
        ),
        (
            "A silicon nitride bar 12 mm wide and 6 mm thick is loaded on edge in three-point "
            "bending over a 50 mm span and fractures at 2.0 kN. Flexural strength in MPa?"
        ),
        (
            "A zirconia bar (width 8 mm, height 4 mm) is set on its narrow face in a three-point bend "
            "fixture with supports 30 mm apart; it breaks at 1.2 kN. What is its flexural strength "
            "in MPa?"
        ),
    ],
)
def test_stated_bar_orientation_is_refused(question: str) -> None:
    assert "oriented" in _refused(question)


def test_bar_without_orientation_keeps_its_answer() -> None:
    question = (
        "A rectangular alumina bar (width 10 mm, height 5 mm, density 3.9 g/cm3) is broken in "
        "three-point bending on supports 40 mm apart; it fails at a load of 1.5 kN. Compute the "
        "flexural strength in MPa."
    )
    assert _value(question, "MPa") == pytest.approx(360, rel=1e-3)
