"""Two reading classes found by exam set H's first run (issue 11).

* A question in parts where one part is the numeric ask: the others ask for words or a sketch, or
  only the last numeric part names the unit it wants. That part is answered; a dropped part that
  states a number of its own keeps the question refused.
* 'the magnitude of X', 'the value of X': a neutral noun before 'of' names no quantity, X does. The
  magnitude of a Burgers vector is not an atomic radius.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

PHOTON_EV = 1239.841984 / 500  # eV for 500 nm


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.to(unit).magnitude)


def _refused(question: str) -> str:
    answer = solve(question)
    assert not answer.ok, f"answered {answer.quantity}"
    assert answer.reason
    return answer.reason


def test_the_one_numeric_part_after_an_explain_part_is_answered():
    q = (
        "Green light has a wavelength of 500 nm.\n(a) Explain briefly why photons of higher frequency "
        "carry more energy.\n(b) What is the energy of one photon of this light, in eV?"
    )
    assert _value(q, "eV") == pytest.approx(PHOTON_EV, rel=1e-4)


def test_a_yes_no_part_after_the_numeric_part_is_dropped():
    q = (
        "Green light has a wavelength of 500 nm.\n(a) Calculate the energy of one photon of this "
        "light.\n(b) Would such photons be visible to the human eye? Explain."
    )
    assert _value(q, "eV") == pytest.approx(PHOTON_EV, rel=1e-4)


def test_the_last_numeric_part_that_alone_names_its_unit_is_answered():
    q = (
        "Green light has a wavelength of 500 nm.\n(a) Compute its frequency.\n(b) Compute the "
        "energy of one photon, in eV."
    )
    assert _value(q, "eV") == pytest.approx(PHOTON_EV, rel=1e-4)


def test_two_numeric_parts_that_both_name_units_stay_refused():
    _refused(
        "Green light has a wavelength of 500 nm.\n(a) Compute its frequency in Hz.\n(b) Compute the "
        "energy of one photon, in eV."
    )


def test_a_unit_named_only_by_the_first_numeric_part_stays_refused():
    # the key could be either part: the unit does not single out the last one
    _refused(
        "Green light has a wavelength of 500 nm.\n(a) Compute the energy of one photon in eV.\n"
        "(b) Compute its frequency."
    )


def test_a_dropped_part_with_a_number_of_its_own_stays_refused():
    _refused(
        "Green light has a wavelength of 500 nm.\n(a) Explain what happens when the wavelength is "
        "halved to 250 nm.\n(b) What is the energy of one photon of the light, in eV?"
    )


def test_the_magnitude_of_a_burgers_vector_is_not_an_atomic_radius():
    q = "Copper is FCC with a = 0.3615 nm. What is the magnitude of the Burgers vector, in Å?"
    assert _value(q, "angstrom") == pytest.approx(3.615 / math.sqrt(2), rel=1e-4)
    # with a shear modulus beside it the question is about dislocations: refused, never the radius
    answer = solve(
        "Silver is FCC, a = 0.4086 nm, shear modulus 30 GPa. What is the magnitude of the Burgers "
        "vector of a perfect dislocation in silver, in Å?"
    )
    if answer.ok:
        assert answer.quantity.to("angstrom").magnitude == pytest.approx(
            4.086 / math.sqrt(2), rel=1e-4
        )
    else:
        assert "Burgers" in answer.reason


def test_the_value_of_the_atomic_radius_keeps_its_answer():
    q = "Copper is FCC with a = 0.3615 nm. What is the value of the atomic radius in nm?"
    assert _value(q, "nm") == pytest.approx(0.3615 * math.sqrt(2) / 4, rel=1e-4)
