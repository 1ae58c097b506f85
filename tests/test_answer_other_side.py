"""A share asked for its other side is not the output's side.

'What fraction has not yet recrystallized', 'the probability that the state is empty', 'what fraction
of the sites are occupied', 'what fraction is not liquid': the complement of what the relation gives
(1 − y, 1 − f, 1 − x_v, 1 − W_L). The output must be named by the asked side's word, and a negated
state is never the output's; the look-alikes ask the output's own side and keep their answers.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer


def _fraction(q: str) -> float | None:
    a = answer(q)
    return None if a.quantity is None else float(a.quantity.to("dimensionless").magnitude)


def test_fraction_not_yet_transformed_is_not_the_transformed_fraction() -> None:
    got = _fraction(
        "A precipitation reaction follows y = 1 − exp(−kt^n) with k = 2.0 × 10⁻³ (t in s) and n = 2. "
        "What fraction has not yet precipitated after 20 s?"
    )
    assert got is None or got == pytest.approx(math.exp(-0.8), rel=1e-3)


def test_fraction_transformed_is_still_answered() -> None:
    got = _fraction(
        "A precipitation reaction follows y = 1 − exp(−kt^n) with k = 2.0 × 10⁻³ (t in s) and n = 2. "
        "What fraction has precipitated after 20 s?"
    )
    assert got == pytest.approx(1 - math.exp(-0.8), rel=1e-3)


def test_empty_state_is_not_the_occupation_probability() -> None:
    got = _fraction(
        "What is the probability that an electron state 0.08 eV below the Fermi level is empty at "
        "350 K?"
    )
    occupied = 1 / (1 + math.exp(-0.08 / (8.617333262e-5 * 350)))
    assert got is None or got == pytest.approx(1 - occupied, rel=1e-3)


def test_occupation_probability_is_still_answered() -> None:
    got = _fraction(
        "What is the probability that an electron state 0.08 eV above the Fermi level is occupied at "
        "350 K?"
    )
    assert got == pytest.approx(1 / (1 + math.exp(0.08 / (8.617333262e-5 * 350))), rel=1e-3)


def test_occupied_sites_are_not_the_vacancy_fraction() -> None:
    got = _fraction(
        "The vacancy formation energy of a metal is 0.95 eV. What fraction of its lattice sites are "
        "occupied at 900 °C?"
    )
    assert got is None or got > 0.99


def test_vacant_sites_are_still_answered() -> None:
    got = _fraction(
        "The vacancy formation energy of a metal is 0.95 eV. What fraction of its lattice sites are "
        "vacant at 900 °C?"
    )
    assert got == pytest.approx(math.exp(-0.95 / (8.617333262e-5 * 1173.15)), rel=1e-3)


def test_fraction_not_liquid_is_not_the_liquid_fraction() -> None:
    got = _fraction(
        "A 38 wt% Ni copper–nickel alloy at 1270 °C has liquid of 34 wt% Ni and α of 46 wt% Ni. What "
        "fraction of the alloy is not liquid?"
    )
    assert got is None or got == pytest.approx(1 / 3, rel=1e-3)


def test_liquid_fraction_is_still_answered() -> None:
    got = _fraction(
        "A 38 wt% Ni copper–nickel alloy at 1270 °C has liquid of 34 wt% Ni and α of 46 wt% Ni. What "
        "is the mass fraction of liquid?"
    )
    assert got == pytest.approx(2 / 3, rel=1e-3)


def test_a_share_named_as_a_condition_is_no_share_asked() -> None:
    a = answer(
        "Ceramic coupons of volume 2 cm^3 have a Weibull modulus of 12 and a strength of 250 MPa. "
        "What strength is expected for a part of volume 50 cm^3 at the same probability of failure?"
    )
    assert a.quantity is not None
    assert float(a.quantity.to("MPa").magnitude) == pytest.approx(
        250 * (2 / 50) ** (1 / 12), rel=1e-3
    )


def test_a_share_after_the_asked_noun_is_no_share_asked() -> None:
    from matsci_jupyter.engines.answer.asked import asks_other_side
    from matsci_jupyter.engines.answer.relations import all_relations

    temperature = next(
        s
        for r in all_relations()
        if r.name == "vacancy_fraction"
        for s in r.symbols
        if s.name == "T"
    )
    clause = "at what temperature does the fraction of vacant sites reach 1e-5"
    assert asks_other_side(temperature, clause, clause) is None
