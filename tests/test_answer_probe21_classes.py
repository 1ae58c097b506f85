"""Wrong-answer classes found by neighbour round 20 (tests/data/answer_neighbours20.py), in our own
words; the refusals live in matsci_jupyter/engines/answer/round20_setup.py.

* How one component is shared between phases ('what percentage of all the nickel is in the solid'),
  answered with the lever rule's phase fraction.
* One carrier's part of an intrinsic conductivity ('the electron contribution'), answered with the
  electron-plus-hole sum.
* A count per vacancy ('how many atoms per vacancy'), answered with the number of sites per volume.
* Heat to warm a body and then melt or boil it, answered with m c ΔT alone.
* A slab whose faces do not reflect ('anti-reflection coated'), answered with the two-face loss.
* A pure number asked in a scale the unit reader misses ('in ppb', 'in ‰'), answered as a bare
  fraction.

Each class has look-alikes that keep their answer.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

NA = 6.02214076e23
K_B = 8.617333262e-5
E = 1.602176634e-19


# --- a component's share between phases
@pytest.mark.parametrize(
    "question",
    [
        (
            "A Cu–38 wt% Ni alloy is held at 1270 °C; the tie line meets the liquidus at 33 wt% Ni "
            "and the solidus at 45 wt% Ni. What percentage of all the nickel in the alloy is in "
            "the solid?"
        ),
        (
            "A Cu–38 wt% Ni alloy is held at 1270 °C; the tie line meets the liquidus at 33 wt% Ni "
            "and the solidus at 45 wt% Ni. What percentage of the copper in the alloy is in the "
            "liquid?"
        ),
    ],
)
def test_component_share_between_phases_is_refused(question: str) -> None:
    assert "component" in _refused(question)


def test_phase_fraction_look_alikes_keep_their_answer() -> None:
    # the fraction of a phase itself
    assert math.isclose(
        _value(
            "A Cu–42 wt% Ni alloy is held at 1280 °C, where the tie line meets the liquidus at "
            "36 wt% Ni and the solidus at 47 wt% Ni. What percentage of the alloy (by mass) is "
            "liquid?",
            "percent",
        ),
        (47 - 42) / (47 - 36) * 100,
        rel_tol=0.01,
    )


# --- one carrier's part of a two-carrier conductivity
@pytest.mark.parametrize(
    "question",
    [
        (
            "Intrinsic germanium has n_i = 2.4 × 10¹⁹ m⁻³, μ_e = 0.38 m²/(V·s) and μ_h = "
            "0.18 m²/(V·s). What is the electron contribution to its conductivity, in S/m?"
        ),
        (
            "Intrinsic silicon has n_i = 1.5 × 10¹⁶ m⁻³, μ_e = 0.14 m²/(V·s) and μ_h = "
            "0.05 m²/(V·s). What conductivity (S/m) is carried by the holes alone?"
        ),
    ],
)
def test_one_carrier_part_of_conductivity_is_refused(question: str) -> None:
    assert "carrier" in _refused(question)


def test_two_carrier_conductivity_keeps_its_answer() -> None:
    assert math.isclose(
        _value(
            "Intrinsic germanium has n_i = 2.4 × 10¹⁹ m⁻³, μ_e = 0.38 m²/(V·s) and μ_h = "
            "0.18 m²/(V·s). What is its electrical conductivity, in S/m?",
            "S/m",
        ),
        2.4e19 * E * 0.56,
        rel_tol=0.01,
    )


# --- a count per vacancy
@pytest.mark.parametrize(
    "question",
    [
        (
            "For copper, Q_v = 0.90 eV/atom, ρ = 8.96 g/cm³ and A = 63.55 g/mol. What is the "
            "number of atoms per vacancy at 1050 °C?"
        ),
        (
            "For silver, Q_v = 1.10 eV/atom, ρ = 10.5 g/cm³ and A = 107.87 g/mol. What is the "
            "number of lattice sites per vacancy at 900 °C?"
        ),
    ],
)
def test_count_per_vacancy_is_refused(question: str) -> None:
    assert "per defect" in _refused(question)


def test_vacancy_number_keeps_its_answer() -> None:
    n = 8.96 * NA / 63.55 * math.exp(-0.90 / (K_B * (1050 + 273.15)))
    assert math.isclose(
        _value(
            "Copper has a vacancy formation energy of 0.90 eV, a density of 8.96 g/cm³ and "
            "A = 63.55 g/mol. How many vacancies per cubic centimetre are there at 1050 °C?",
            "1/cm**3",
        ),
        n,
        rel_tol=0.01,
    )


# --- warming and then a change of phase
@pytest.mark.parametrize(
    "question",
    [
        (
            "How much heat, in kJ, does it take to bring 3.0 kg of lead (c = 0.13 J/(g·K)) from "
            "20 °C up to 200 °C and then melt it completely?"
        ),
        (
            "A 1.0 kg block of ice (c = 2.1 kJ/(kg·K)) at −15 °C is warmed to −5 °C and then to "
            "melt it. How much heat (kJ) is needed?"
        ),
    ],
)
def test_warming_then_phase_change_is_refused(question: str) -> None:
    assert "latent heat" in _refused(question)


def test_warming_alone_keeps_its_answer() -> None:
    # the melting point named as a given, no melting asked
    assert math.isclose(
        _value(
            "How much heat, in kJ, does it take to bring 3.0 kg of lead (c = 0.13 J/(g·K)) from "
            "20 °C up to 200 °C? Lead melts at 327 °C.",
            "kJ",
        ),
        3000 * 0.13 * 180 / 1000,
        rel_tol=0.01,
    )


# --- faces that do not reflect
@pytest.mark.parametrize(
    "question",
    [
        (
            "A sapphire window (n = 1.76) is 6.0 mm thick with an absorption coefficient of "
            "0.15 cm⁻¹ and anti-reflection coated faces. What percentage of normally incident "
            "light is transmitted?"
        ),
        (
            "A quartz plate (n = 1.46) is 8.0 mm thick with β = 0.30 cm⁻¹; reflection losses are "
            "negligible. What percentage of the light is transmitted?"
        ),
    ],
)
def test_non_reflecting_faces_are_not_given_the_two_face_loss(question: str) -> None:
    assert "do not reflect" in _refused(question)


def test_reflecting_faces_keep_their_answer() -> None:
    r = ((1.46 - 1) / (1.46 + 1)) ** 2
    assert math.isclose(
        _value(
            "A quartz plate (n = 1.46) is 8.0 mm thick with β = 0.30 cm⁻¹. Taking reflection at "
            "both faces into account, what percentage of normally incident light is transmitted?",
            "percent",
        ),
        (1 - r) ** 2 * math.exp(-0.24) * 100,
        rel_tol=0.01,
    )


# --- a pure number asked in a scale the unit reader misses
@pytest.mark.parametrize(
    "question",
    [
        "The stress in an aluminium bar is 35 MPa and E = 70 GPa. What is the strain, in ppb?",
        "The stress in an aluminium bar is 35 MPa and its E = 70 GPa. What is the elastic strain, in ‰?",
        "A titanium rod has E = 110 GPa and is stressed to 220 MPa. What is the strain in per mille?",
    ],
)
def test_unread_scale_is_not_answered_as_a_bare_fraction(question: str) -> None:
    assert "scale" in _refused(question)


def test_read_scales_keep_their_answer() -> None:
    question = (
        "The stress in an aluminium bar is 35 MPa and E = 70 GPa. What is the strain, in ppm?"
    )
    assert math.isclose(_value(question, "ppm"), 500.0, rel_tol=0.01)
    question = "The stress in an aluminium bar is 35 MPa and E = 70 GPa. What is the strain?"
    assert math.isclose(_value(question, "dimensionless"), 5.0e-4, rel_tol=0.01)
