"""A body's kinetic energy ½mv² from a named mass and a speed, and the questions it must leave alone.

The relation answers only when the question names the mass ('of mass 2.0 kg') and asks for a kinetic
energy; rotation, rolling, a change or loss in a collision, averages over molecules and speeds above
0.1 c are other questions and are refused.
"""

from __future__ import annotations

import pytest

from matsci_jupyter import answer


def test_kinetic_energy_of_a_named_mass_at_a_speed() -> None:
    a = answer("A crate of mass 4.0 kg slides at 2.5 m/s. What is its kinetic energy in J?")
    assert a.quantity is not None
    assert float(a.quantity.to("J").magnitude) == pytest.approx(12.5)


def test_rolling_body_is_refused() -> None:
    a = answer("A cart of mass 4.0 kg rolls along at 2.5 m/s. What is its kinetic energy in J?")
    assert a.quantity is None  # a rolling body also stores rotational energy


def test_kinetic_energy_in_the_asked_unit() -> None:
    a = answer("A sled of mass 50 kg slides at 6.0 m/s. What is its kinetic energy in kJ?")
    assert a.quantity is not None and a.relation == "translational_kinetic_energy"
    assert float(a.quantity.to("kJ").magnitude) == pytest.approx(0.9)
    assert str(a.quantity.units) in ("kJ", "kilojoule")


def test_electron_at_a_modest_speed() -> None:
    a = answer(
        "A particle of mass 9.11e-31 kg moves at 1.0e6 m/s. What is its kinetic energy in J?"
    )
    assert a.quantity is not None
    assert float(a.quantity.to("J").magnitude) == pytest.approx(4.555e-19, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        "A particle of mass 9.11e-31 kg moves at 2.0e8 m/s. What is its kinetic energy in J?",
        "A bullet of mass 10 g moving at 400 m/s hits a block. What kinetic energy is lost in the "
        "collision, in J?",
        "A disk of mass 2.0 kg spins with its rim at 3.0 m/s. What is its rotational kinetic "
        "energy in J?",
        "A 2.0 kg ball moves at 3.0 m/s. What is its momentum in kg m/s?",
    ],
)
def test_other_questions_are_refused(question: str) -> None:
    assert answer(question).quantity is None
