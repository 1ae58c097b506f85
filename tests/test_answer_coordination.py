"""The radius-ratio rule (coordination.py, Callister Table 12.2)."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.coordination import RADIUS_RATIO_TABLE, coordination_from_ratio
from matsci_jupyter.engines.answer.solver import solve


@pytest.mark.parametrize(
    ("ratio", "cn"),
    [(0.10, 2), (0.20, 3), (0.30, 4), (0.55, 6), (0.90, 8)],
)
def test_each_row_of_the_table(ratio, cn):
    found = coordination_from_ratio(ratio)
    assert found is not None and found[0] == cn


@pytest.mark.parametrize("ratio", [bound for bound, _cn, _g in RADIUS_RATIO_TABLE] + [1.2, 0.0])
def test_boundaries_and_outside_are_not_decided(ratio):
    assert coordination_from_ratio(ratio) is None


def test_cation_and_anion_named_by_words():
    q = (
        "In a ceramic the anion radius is 0.140 nm and the cation radius is 0.072 nm. Using the "
        "radius ratio, what coordination number does the cation take?"
    )
    a = solve(q)
    assert a.quantity is not None, a.reason
    assert float(a.quantity.magnitude) == 6  # 0.514: octahedral


def test_ions_listed_with_their_charges():
    q = "The radii of Na^+ and Cl^- are 0.102 nm and 0.181 nm. What coordination number is expected for Na^+?"
    a = solve(q)
    assert a.quantity is not None, a.reason
    assert float(a.quantity.magnitude) == 6


def test_the_anion_coordination_is_refused():
    q = "The radii of Na^+ and Cl^- are 0.102 nm and 0.181 nm. What coordination number does Cl^- have?"
    assert solve(q).quantity is None


def test_radii_without_roles_are_refused():
    q = "Two ions have radii of 0.10 nm and 0.14 nm. What coordination number does the radius ratio give?"
    assert solve(q).quantity is None


@pytest.mark.parametrize(("cn", "low"), [(3, 0.155), (4, 0.225), (6, 0.414), (8, 0.732)])
def test_minimum_ratio_of_each_row(cn, low):
    q = f"What is the minimum cation-anion radius ratio for a coordination number of {cn}?"
    a = solve(q)
    assert a.quantity is not None, a.reason
    assert float(a.quantity.magnitude) == pytest.approx(low)


def test_minimum_ratio_from_the_geometry_word():
    a = solve("What is the smallest radius ratio that allows octahedral coordination?")
    assert a.quantity is not None, a.reason
    assert float(a.quantity.magnitude) == pytest.approx(0.414)


def test_minimum_ratio_for_two_geometries_is_not_answered():
    assert (
        solve("What is the minimum radius ratio for tetrahedral or cubic coordination?").quantity
        is None
    )
