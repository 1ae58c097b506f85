"""Wrong-answer classes behind set P's first run (heldout15, written blind), in our own words.

* An ask written with an imperative verb the question-word table does not list ('Deduce the …',
  'Derive the …', 'Infer the …'): the question had no asked phrase, so the relation was picked by
  the asked unit alone (an atomic radius in Å answered with the lattice parameter). Such a sentence
  now asks as 'find the …' does; premises ('Assume the …', 'Neglect the …') and instructions about
  the answer ('Round your answer …') still ask nothing.
* An asked head that names another quantity and none of the output's own names, matched only
  through the topic words a relation shares among its symbols: 'Calculate the strain' answered by
  the stress of a relation whose topic words include 'strain'; 'the interplanar spacing' answered
  by the lattice parameter of a Bragg relation whose title names the spacing.

Each class has look-alikes that keep their answer.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.units import get_registry

FCC_PEAK = (
    "An FCC metal gives its first diffraction line, the (111) reflection, at 2θ = 43.3° when "
    "Cu Kα radiation of wavelength 0.1542 nm is used. "
)


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.to(get_registry().Unit(unit)).magnitude)


def _refused(question: str) -> str:
    answer = solve(question)
    assert not answer.ok, f"answered {answer.quantity}"
    assert answer.reason
    return answer.reason


def _fcc_a_nm() -> float:
    d = 0.1542 / (2 * math.sin(math.radians(43.3 / 2)))
    return d * math.sqrt(3)


@pytest.mark.parametrize(
    "ask",
    [
        "Deduce the atomic radius of the metal in ångströms.",
        "Derive the atomic radius, in nm, of the atoms.",
        "Infer the atomic radius of this metal in picometres.",
    ],
)
def test_an_unlisted_imperative_asks_its_object(ask: str) -> None:
    radius_nm = _fcc_a_nm() / (2 * math.sqrt(2))
    assert _value(FCC_PEAK + ask, "nm") == pytest.approx(radius_nm, rel=1e-3)


@pytest.mark.parametrize(
    "ask, factor",
    [
        ("Deduce the lattice parameter in Å.", 1.0),
        ("Derive the unit cell edge length in nm.", 1.0),
        ("Work out the atomic radius in nm.", 1 / (2 * math.sqrt(2))),
    ],
)
def test_imperative_look_alikes_keep_their_answer(ask: str, factor: float) -> None:
    assert _value(FCC_PEAK + ask, "nm") == pytest.approx(_fcc_a_nm() * factor, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # premises and answer-form instructions are no ask: nothing is asked at all
        "A round steel bar 12 mm across carries a pull of 15 kN. Assume the stress is uniform. "
        "Neglect the weight of the bar.",
        "A round steel bar 12 mm across carries a pull of 15 kN. Take the load as static. "
        "Round your answer to three significant figures.",
        "Copper is FCC with a = 0.3615 nm. Consider the atoms as hard spheres. "
        "Neglect the thermal vibration of the atoms.",
    ],
)
def test_premises_and_answer_instructions_ask_nothing(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    # refused because the ask is missing or ambiguous, not because of a crash
    assert answer.reason and "Traceback" not in answer.reason


@pytest.mark.parametrize(
    "question",
    [
        "A round steel bar 12 mm across carries a tensile pull of 15 kN. Calculate the strain in MPa.",
        "A wire of diameter 2.0 mm is loaded in tension by 300 N. What is the strain (in MPa)?",
        "A 10 mm diameter rod carries an axial tensile force of 8 kN. Find the elastic strain, in MPa.",
    ],
)
def test_a_head_naming_another_quantity_is_refused(question: str) -> None:
    _refused(question)


@pytest.mark.parametrize(
    "question, diameter_mm, force_n",
    [
        (
            "A round steel bar 12 mm across carries a tensile pull of 15 kN. "
            "Calculate the engineering stress in MPa.",
            12.0,
            15e3,
        ),
        (
            "A wire of diameter 2.0 mm is loaded in tension by 300 N. What is the tensile stress (in MPa)?",
            2.0,
            300.0,
        ),
    ],
)
def test_the_stress_itself_is_answered(question: str, diameter_mm: float, force_n: float) -> None:
    expected = force_n / (math.pi * (diameter_mm / 2) ** 2)  # N/mm² = MPa
    assert _value(question, "MPa") == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    "hkl, two_theta, structure",
    [((2, 0, 0), 65.0, "BCC iron"), ((1, 1, 1), 38.4, "an FCC metal"), ((2, 2, 0), 74.1, "copper")],
)
def test_interplanar_spacing_is_d_not_the_lattice_parameter(
    hkl: tuple[int, int, int], two_theta: float, structure: str
) -> None:
    h, k, l_ = hkl
    question = (
        f"X-rays of wavelength 0.1542 nm are diffracted by the ({h}{k}{l_}) planes of {structure} "
        f"at 2θ = {two_theta}°. Calculate the interplanar spacing in nm."
    )
    d = 0.1542 / (2 * math.sin(math.radians(two_theta / 2)))
    assert _value(question, "nm") == pytest.approx(d, rel=1e-3)


def test_lattice_spacing_still_names_the_lattice_parameter() -> None:
    question = (
        "X-rays of wavelength 0.1542 nm are diffracted by the (200) planes of BCC iron at 2θ = 65.0°. "
        "Calculate the lattice parameter in nm."
    )
    d = 0.1542 / (2 * math.sin(math.radians(32.5)))
    assert _value(question, "nm") == pytest.approx(2 * d, rel=1e-3)


def test_a_wider_name_of_the_output_still_asks_it() -> None:
    """'the minimum fibre length' is a fibre length, and the critical fibre length is the one asked."""
    question = (
        "Glass fibres of diameter 10 µm and tensile strength 3.0 GPa are embedded in a polyester; "
        "the fibre–matrix bond shear strength is 50 MPa. What minimum fibre length, in mm, is "
        "needed for the fibres to carry their full strength?"
    )
    assert _value(question, "mm") == pytest.approx(3.0e9 * 10e-6 / (2 * 50e6) * 1e3, rel=1e-3)
