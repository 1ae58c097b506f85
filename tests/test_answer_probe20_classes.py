"""Wrong-answer classes found by neighbour round 19 (tests/data/answer_neighbours19.py), in our own
words; the refusals live in matsci_jupyter/engines/answer/round19_setup.py.

* A given made larger or smaller by a share in words ('two-thirds more than that', 'one-half
  higher', 'a quarter lower'), read as first stated.
* Light placed in air or vacuum that meets a denser medium, answered with a critical angle.
* A time counted from a state reached on the way ('after reaching 2.0 MPa'), answered as the time
  from the start.

Each class has look-alikes that keep their answer.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value


# --- a share in words that makes a given larger or smaller
@pytest.mark.parametrize(
    "question",
    [
        (
            "An alloy steel yields at 1 100 MPa and has E = 210 GPa. Should its yield strength be "
            "raised to one-third more than that, what would its modulus of resilience be, in kJ/m³?"
        ),
        (
            "A magnesium anode (Mg → Mg²⁺, M = 24.31 g/mol) delivers a steady 4.0 A. If the current "
            "were made a quarter lower, how many grams would dissolve in 5 h?"
        ),
        (
            "A 2.0 m aluminium rod (E = 69 GPa) is loaded to 90 MPa. If the load then becomes "
            "one-half larger, how far (mm) does it stretch elastically?"
        ),
        (
            "In a silicon sample the electron mobility is 0.14 m²/(V·s) and the applied field is "
            "250 V/cm. If the field were made a third stronger, what would the drift velocity be, "
            "in m/s?"
        ),
    ],
)
def test_share_in_words_moving_a_given_is_refused(question: str) -> None:
    assert _refused(question)


def test_share_look_alikes_keep_their_answer() -> None:
    # the new value written as a number: the relation reads it
    assert math.isclose(
        _value(
            "An alloy steel yields at 1 400 MPa and has E = 210 GPa. What is its modulus of "
            "resilience, in kJ/m³?",
            "kJ/m**3",
        ),
        1400e6**2 / (2 * 210e9) / 1e3,
        rel_tol=0.01,
    )
    # a plain Faraday mass with no share in words
    assert math.isclose(
        _value(
            "A magnesium anode (Mg → Mg²⁺, M = 24.31 g/mol) delivers a steady 3.0 A. How many "
            "grams dissolve in 5 h?",
            "g",
        ),
        3.0 * 5 * 3600 * 24.31 / (2 * 96485.33212),
        rel_tol=0.01,
    )


# --- light in air or vacuum meeting a denser medium
@pytest.mark.parametrize(
    "question",
    [
        "Light in air strikes a flint-glass prism (n = 1.65). Above what angle of incidence, in "
        "degrees, is it totally reflected?",
        "A ray travelling through vacuum meets a sapphire plate (n = 1.77). What is the critical "
        "angle for total reflection, in degrees?",
        "A laser beam in air falls on the surface of a quartz block (n = 1.46). At what angle "
        "(degrees) does total internal reflection set in?",
    ],
)
def test_critical_angle_for_light_in_air_is_refused(question: str) -> None:
    assert _refused(question)


def test_light_in_dense_medium_keeps_its_critical_angle() -> None:
    assert math.isclose(
        _value(
            "Light inside a flint-glass prism (n = 1.65) meets the glass–air face. Above what "
            "angle of incidence, in degrees, is it totally reflected?",
            "degree",
        ),
        math.degrees(math.asin(1 / 1.65)),
        rel_tol=0.01,
    )
    # air named only as the outer medium, the light inside the solid
    assert math.isclose(
        _value(
            "In air its wavelength is 633 nm; the same light travelling inside a quartz block "
            "(n = 1.46) meets the quartz–air face. What is the critical angle in degrees?",
            "degree",
        ),
        math.degrees(math.asin(1 / 1.46)),
        rel_tol=0.01,
    )


# --- a time counted from a state reached on the way
_TAU = 45 / math.log(4.0 / 2.5)


@pytest.mark.parametrize(
    "question",
    [
        (
            "A rubber band held at fixed strain carries 4.0 MPa at first and 2.5 MPa after 45 s. "
            "Taking the relaxation as exponential, how many seconds after reaching 2.5 MPa does "
            "the stress reach 1.5 MPa?"
        ),
        (
            "Grains of a nickel alloy are 12 µm after annealing and 30 µm after 400 min at 900 °C. "
            "With d² − d₀² = Kt, how many minutes after reaching 30 µm do they reach 40 µm?"
        ),
        (
            "Grains of a cobalt alloy are 8 µm after annealing and 20 µm after 300 min at 800 °C. "
            "With d² − d₀² = Kt, how many minutes after the grains hit 20 µm do they reach 28 µm?"
        ),
        (
            "A held polymer sheet relaxes from 6.0 MPa to 3.0 MPa in 80 s (exponential "
            "relaxation). How long, in seconds, after the stress has dropped to 3.0 MPa does it "
            "fall to 1.0 MPa?"
        ),
    ],
)
def test_time_from_a_reached_state_is_not_answered_from_the_start(question: str) -> None:
    assert _refused(question)


def test_time_from_the_start_keeps_its_answer() -> None:
    assert math.isclose(
        _value(
            "A rubber band held at fixed strain carries 4.0 MPa at first and 2.5 MPa after 45 s. "
            "Taking the relaxation as exponential, how long (s) does it take for the stress to fall "
            "to 1.5 MPa?",
            "s",
        ),
        _TAU * math.log(4.0 / 1.5),
        rel_tol=0.01,
    )
    assert math.isclose(
        _value(
            "Grains of a nickel alloy are 12 µm after annealing and 30 µm after 400 min at 900 °C. "
            "With d² − d₀² = Kt, how many minutes does it take them to reach 40 µm?",
            "minute",
        ),
        (40**2 - 12**2) / ((30**2 - 12**2) / 400),
        rel_tol=0.01,
    )
