"""A value restated in other units in parentheses is one given ('0.25 m^3 (250 L)').

The solver answers only when every given is used; a parenthesised equivalent must therefore not
count as a second, unused given. A parenthesised value that is not the same quantity (another
dimension, or another size) stays a given.
"""

from __future__ import annotations

from matsci_jupyter.engines.answer.quantities import extract


def _givens(question: str) -> list[str]:
    return [g.text.strip() for g in extract(question).givens]


def test_equivalent_volume_in_parentheses_is_dropped() -> None:
    givens = _givens("A tank holds 0.40 m^3 (400 L) of brine. What mass of brine is that, in kg?")
    assert givens == ["0.40 m^3"]


def test_two_rounded_equivalents_in_one_parenthesis_are_dropped() -> None:
    givens = _givens(
        "The pressure rises by 2.0 × 10^6 Pa (about 20 atm or 290 psi). What is the new volume?"
    )
    assert givens == ["2.0 × 10^6 Pa"]


def test_parenthesised_value_of_another_size_stays() -> None:
    givens = _givens("A 2.0 kg block (and a 3.0 kg block) rest on a table. What is their weight?")
    assert givens == ["2.0 kg", "3.0 kg"]


def test_parenthesised_value_of_another_dimension_stays() -> None:
    givens = _givens("A rod 2.0 m long (mass 3.0 kg) pivots at one end. What is its period?")
    assert "3.0 kg" in givens


def test_pound_beside_a_force_is_not_guessed_to_be_pound_force() -> None:
    givens = _givens("An engine gives a thrust of 4.45 kN (1000 lb). What power at 100 m/s?")
    assert "1000 lb" in givens


def test_inline_derivation_keeps_only_the_value_it_arrives_at() -> None:
    givens = _givens(
        "A sled slows at 0.50g = (0.50)(9.8 m/s^2) = 4.9 m/s^2 while moving at 14 m/s. How far "
        "does it slide before stopping, in m?"
    )
    assert givens == ["4.9 m/s^2", "14 m/s"]


def test_a_product_without_an_equals_sign_is_no_derivation() -> None:
    givens = _givens("A force of (2.0 N)(3.0) acts over 4.0 m. What work is done, in J?")
    assert len(givens) == 3


def test_values_joined_by_words_are_separate_givens() -> None:
    givens = _givens("Take a = 2.0 m/s^2 and t = 3.0 s. How far does a cart go from rest, in m?")
    assert givens == ["2.0 m/s^2", "3.0 s"]
