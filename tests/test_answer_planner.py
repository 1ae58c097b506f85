"""The relation graph: two declared relations chained on a shared quantity, each step shown."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.planner import node_units, producers
from matsci_jupyter.engines.answer.solver import solve


def test_graph_nodes_have_one_unit_and_producers_are_declared_relations():
    units = node_units()
    assert units["a"] == "nm" and units["R"] == "nm"
    assert all(not rel.parts for rels in producers().values() for rel in rels)
    assert any(rel.name == "lattice_radius_bcc" for rel in producers()["a"])


def test_interplanar_spacing_from_the_atomic_radius_is_planned():
    a = solve(
        "BCC iron has an atomic radius of 0.1241 nm. What is the interplanar spacing (nm) of the (110) planes?"
    )
    assert a.quantity is not None, a.reason
    lattice = 4 * 0.1241 / math.sqrt(3)
    assert float(a.quantity.to("nm").magnitude) == pytest.approx(lattice / math.sqrt(2), rel=1e-9)
    assert "+" in a.relation  # a planned chain, not a declared relation
    assert "Two relations chained" in a.steps[0] and "atomic radius (BCC)" in a.steps[0]


def test_bragg_angle_through_a_declared_chain_and_a_planned_step():
    a = solve(
        "Copper is FCC with an atomic radius of 0.128 nm. Using X-rays of wavelength 0.1542 nm, what is "
        "the diffraction angle 2θ (degrees) of the (220) reflection?"
    )
    lattice = 2 * math.sqrt(2) * 0.128
    expected = 2 * math.degrees(math.asin(0.1542 * math.sqrt(8) / (2 * lattice)))
    assert float(a.quantity.to("degree").magnitude) == pytest.approx(expected, rel=1e-9)


def test_the_planner_does_not_join_relations_the_question_does_not_fit():
    # no crystal-structure word: the lattice-parameter/radius relations do not fit, so no chain
    a = solve(
        "A metal has an atomic radius of 0.128 nm. What is the interplanar spacing (nm) of the (110) planes?"
    )
    assert a.quantity is None
