"""Nearest-neighbour distance in the cubic metals and diamond: d = a/√2 (FCC), a√3/2 (BCC), a (SC),
a√3/4 (diamond), in nm. A farther shell, an ionic crystal or an unnamed structure: refused."""

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "Nickel is FCC with a lattice constant of 0.352 nm. Find the nearest-neighbour distance in nm.",
            "nm",
            0.352 / math.sqrt(2),
        ),
        (
            "Chromium has the BCC structure, a = 0.2884 nm. Compute the nearest-neighbor spacing in pm.",
            "pm",
            288.4 * math.sqrt(3) / 2,
        ),
        (
            "Germanium (diamond cubic) has a = 0.5658 nm. What is the nearest neighbour distance in nm?",
            "nm",
            0.5658 * math.sqrt(3) / 4,
        ),
        (
            "Tantalum is BCC (a = 0.3306 nm). What is the shortest interatomic distance, in nm?",
            "nm",
            0.3306 * 3**0.5 / 2,
        ),
        # chained through the atomic radius: d = 2R
        (
            "Silver is FCC with an atomic radius of 0.144 nm. What is the nearest-neighbour distance in nm?",
            "nm",
            0.288,
        ),
    ],
)
def test_nearest_neighbour_distance(question: str, unit: str, want: float) -> None:
    r = solve(question)
    assert r.quantity is not None, r.reason
    assert r.quantity.to(unit).magnitude == pytest.approx(want, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        "Nickel is FCC with a lattice constant of 0.352 nm. Find the second-nearest-neighbour distance in nm.",
        "A cubic metal has a lattice constant of 0.352 nm. Find the nearest-neighbour distance in nm.",
        "KCl has the rock-salt structure with a = 0.629 nm. What is the nearest-neighbour distance in nm?",
    ],
)
def test_nearest_neighbour_refusals(question: str) -> None:
    r = solve(question)
    assert r.quantity is None
    assert r.reason
