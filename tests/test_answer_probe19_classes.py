"""Wrong-answer classes found by neighbour round 18 (tests/data/answer_neighbours18.py), in our own
words; the refusals live in matsci_jupyter/engines/answer/round18_setup.py, the end-point reading
in matsci_jupyter/engines/answer/quantities.py.

* A size-only instruction in a sentence of its own ('Give the magnitude.', 'Quote its absolute
  value.') after the ask, and the relation's value negative.
* The volume that belongs to one atom asked, and the whole unit cell's volume answered.
* A length an object is brought to in the present tense ('its gauge length stretches to 2.48 in.')
  read as the change in length.
* A given moved by a share in words in a new state of the set-up ('if the yield strength is
  raised by half', 'the mobility then drops to a third of that value'), read as first stated.

Each class has look-alikes that keep their answer.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

EV = 1.602176634e-19


# --- a size-only instruction after the ask, a negative value
@pytest.mark.parametrize(
    "question",
    [
        (
            "What is the equilibrium potential (V vs. SHE) of a hydrogen electrode in an acid of "
            "pH 2.0 at 25 °C with hydrogen at 1 atm? Give the magnitude."
        ),
        (
            "Calculate the equilibrium potential (V vs SHE) of a hydrogen electrode in a solution "
            "of pH 4.2 at 25 °C, hydrogen at 1 atm. Quote its absolute value."
        ),
        (
            "A diamagnetic solid with χ_m = −1.7 × 10⁻⁵ is placed in H = 8.0 × 10⁴ A/m. What "
            "magnetization (A/m) does it take on? Ignore the sign."
        ),
    ],
)
def test_size_only_instruction_with_negative_value_is_refused(question: str) -> None:
    reason = _refused(question)
    assert "sign" in reason


def test_size_only_look_alikes_keep_their_answer() -> None:
    # the sign kept on purpose: the signed value is the answer
    assert math.isclose(
        _value(
            "What is the potential (V vs SHE) of a hydrogen electrode in an acid of pH 2.0 at "
            "25 °C with hydrogen at 1 atm? Keep the sign.",
            "V",
        ),
        -0.05916 * 2.0,
        rel_tol=0.01,
    )
    # a size asked of a value that is positive anyway
    assert math.isclose(
        _value(
            "Aluminium (χ = 2.2 × 10⁻⁵) is placed in a field of 1.0 × 10⁵ A/m. What magnetization "
            "(A/m) is induced? Give the magnitude.",
            "A/m",
        ),
        2.2,
        rel_tol=0.01,
    )


# --- the volume of one atom asked, the unit cell volume answered
@pytest.mark.parametrize(
    "question",
    [
        "Copper is FCC with a = 3.615 Å. What volume, in Å³, belongs to each atom of the crystal?",
        "Nickel is FCC with a = 3.524 Å. What volume, in Å³, belongs to one atom?",
        "Aluminium is face-centred cubic with a = 4.049 Å. What volume (Å³) belongs to every atom?",
    ],
)
def test_per_atom_volume_asked_is_refused(question: str) -> None:
    assert "one atom" in _refused(question)


@pytest.mark.parametrize(
    "question",
    [
        "Nickel is face-centred cubic with a = 0.3524 nm. Find the volume per atom in nm³.",
        "alpha-iron is BCC with a = 0.2866 nm. What is the atomic volume, in Å³, of iron?",
        "Aluminium is FCC with a = 4.049 Å. What volume (Å³) does each atom occupy in the cell?",
    ],
)
def test_per_atom_volume_other_wordings_are_refused(question: str) -> None:
    assert _refused(question)


def test_cell_volume_look_alikes_keep_their_answer() -> None:
    assert math.isclose(
        _value(
            "Copper is FCC with a = 3.615 Å. What is the volume of its unit cell in Å³?", "Å**3"
        ),
        3.615**3,
        rel_tol=0.01,
    )
    assert math.isclose(
        _value("Nickel is FCC with a = 0.3524 nm. What is the unit cell volume in nm³?", "nm**3"),
        0.3524**3,
        rel_tol=0.01,
    )


# --- a present-tense end point read as the change
@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "A copper specimen's 2.00 in. gauge length stretches uniformly to 2.48 in. What is the "
            "engineering strain?",
            0.24,
        ),
        (
            "Under load the 80 mm gauge length of an aluminium bar elongates to 84 mm. Find the "
            "engineering strain.",
            0.05,
        ),
        (
            "A brass test piece whose gauge length is 25.0 mm extends to 26.5 mm in a tensile test. "
            "What engineering strain is that?",
            0.06,
        ),
    ],
)
def test_present_tense_end_point_is_a_final_length(question: str, key: float) -> None:
    assert math.isclose(_value(question, "dimensionless"), key, rel_tol=0.01)


def test_change_by_keeps_its_reading() -> None:
    # 'stretches by' states the change itself
    assert math.isclose(
        _value(
            "A wire 2.00 m long stretches by 1.5 mm under load. What is the engineering strain?",
            "dimensionless",
        ),
        0.00075,
        rel_tol=0.01,
    )


# --- a given moved by a share in words in a new state of the set-up
@pytest.mark.parametrize(
    "question",
    [
        (
            "A steel spring has a yield strength of 45,000 psi and E = 30 × 10^6 psi. If the yield "
            "strength is raised by half by cold work, what is the new modulus of resilience in psi?"
        ),
        (
            "A silicon wafer doped with phosphorus at 2.0E15 cm^-3 has an electron mobility of "
            "1200 cm2/V-s. The mobility then drops to a third of that value after irradiation; "
            "what is the resistivity (ohm-cm)?"
        ),
        (
            "A spring steel has σ_y = 1460 MPa and E = 207 GPa. When the yield strength is lowered "
            "by half during tempering, what modulus of resilience (kJ/m³) remains?"
        ),
    ],
)
def test_given_moved_by_a_share_in_words_is_refused(question: str) -> None:
    assert "changes a given" in _refused(question)


def test_share_look_alikes_keep_their_answer() -> None:
    # no new state: the share is no change of a given
    assert math.isclose(
        _value(
            "Silicon is doped with 2.0E15 cm^-3 phosphorus (all ionised); the electron mobility "
            "is 1200 cm2/V-s. What is the resistivity in ohm-cm?",
            "ohm*cm",
        ),
        1 / (2.0e15 * EV * 1200),
        rel_tol=0.01,
    )
    # the stated value without any change
    assert math.isclose(
        _value(
            "A steel spring has a yield strength of 45,000 psi and E = 30 × 10^6 psi. What is its "
            "modulus of resilience in psi?",
            "psi",
        ),
        45000**2 / (2 * 30e6),
        rel_tol=0.01,
    )
