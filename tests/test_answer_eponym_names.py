"""A surname pint knows as a unit ('Fermi', 'Debye', 'Curie') names a concept before level, energy,
temperature, '–Dirac' ...; after a number with nothing such following it, it stays the unit."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.eponym_names import names_a_concept
from matsci_jupyter.engines.answer.quantities import extract
from matsci_jupyter.engines.answer.solver import solve


def _units(question: str) -> list[str]:
    return [g.describe() for g in extract(question).givens]


def _requested(question: str) -> list[str]:
    return [r.text for r in extract(question).requested]


@pytest.mark.parametrize(
    ("cand", "following", "expected"),
    [
        ("Fermi", " level of the metal", True),
        ("Fermi", "–Dirac function", True),
        ("Fermi", "-Dirac statistics", True),
        ("fermi", " energies are", True),
        ("Debye", " temperature of", True),
        ("Curie", " point of iron", True),
        ("Fermi", ".", False),
        ("Fermi", " and the", False),
        ("fm", " energy", False),  # a symbol is always the unit
        ("Kelvin", " temperature rise", False),  # not one of the surnames
    ],
)
def test_names_a_concept(cand: str, following: str, expected: bool) -> None:
    assert names_a_concept(cand, following) is expected


@pytest.mark.parametrize(
    ("question", "givens"),
    [
        ("Copper has 2 Fermi surface necks per zone face.", ["2"]),
        ("The band holds 3 Fermi level crossings in this range.", ["3"]),
        ("Sample B has 4 Debye temperature estimates, the mean being 343 K.", ["4", "343 K"]),
        ("A nucleus of radius 5 fermi scatters the beam.", ["5 fm"]),
        ("The proton radius is about 0.84 Fermi.", ["0.84 fm"]),
        ("Take r0 = 1.2 fm for the nuclear radius.", ["1.2 fm"]),
    ],
)
def test_givens_after_a_number(question: str, givens: list[str]) -> None:
    assert _units(question) == givens


@pytest.mark.parametrize(
    "question",
    [
        "Determine the value in Fermi energy units.",
        "State the result in Fermi-level units for this semiconductor.",
        "Express the energy in Debye temperature units.",
    ],
)
def test_a_named_concept_is_no_requested_unit(question: str) -> None:
    assert _requested(question) == []


def test_a_fermi_length_is_still_requested() -> None:
    assert _requested("What is the nuclear radius in fermi?") == ["fermi"]


def test_fermi_dirac_occupancy_still_answers() -> None:
    """The occupancy question answers whichever way the Fermi level is written around it."""
    expected = 1.0 / (1.0 + math.exp(0.1 / (8.617333262e-5 * 300.0)))
    for q in (
        "What is the probability that a state 0.1 eV above the Fermi level is occupied at 300 K?",
        "Using Fermi-Dirac statistics, find the probability that a level 0.1 eV above the Fermi "
        "energy is occupied at 300 K.",
    ):
        ans = solve(q)
        assert ans.quantity is not None, ans.explanation
        assert math.isclose(
            float(ans.quantity.to("dimensionless").magnitude), expected, rel_tol=1e-3
        )
