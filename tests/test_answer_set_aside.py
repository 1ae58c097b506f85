"""Unused givens shown irrelevant (set_aside.py): a background property of another kind may be left
aside and is named in the report; a given of a kind the chain uses never is."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

NA = 6.02214076e23


def _aside(answer) -> str:
    return " ".join(c.message for c in answer.checks if c.name == "givens set aside")


def test_melting_point_and_modulus_are_set_aside_for_a_bcc_density():
    q = (
        "Tungsten is BCC with a lattice parameter of 0.3165 nm and an atomic weight of 183.84 g/mol. "
        "It melts at 3422 °C and its elastic modulus is 411 GPa. Compute its theoretical density "
        "in g/cm^3."
    )
    a = solve(q)
    assert a.quantity is not None, a.reason
    expected = 2 * 183.84 / ((0.3165e-7) ** 3 * NA)
    assert float(a.quantity.to("g/cm^3").magnitude) == pytest.approx(expected, rel=1e-3)
    aside = _aside(a)
    assert "3422" in aside and "411 GPa" in aside


def test_a_given_of_the_asked_kind_is_not_set_aside():
    # a value of the asked entropy's dimension that its words do not name as another quantity may
    # not be dropped silently (one named 'molar heat capacity' may: test_answer_set_aside_named.py)
    q = (
        "Copper melts at 1358 K with a heat of fusion of 13.1 kJ/mol; a value of 24.4 J/(mol·K) is "
        "also quoted. What is its entropy of fusion per mole?"
    )
    assert solve(q).quantity is None


def test_a_second_stress_beside_the_modulus_is_only_a_yield_check():
    # a yield strength bounds Hooke's law: 10 kN on 12 mm is 88 MPa, below 250 MPa, so the elastic
    # elongation stands with the check written out (:mod:`.yield_check`)
    q = (
        "An aluminium rod 300 mm long and 12 mm in diameter carries a tensile load of 10 000 N. "
        "E = 70 GPa and its yield strength is 250 MPa. How much will the rod elongate (in mm)?"
    )
    a = solve(q)
    stress = 10_000 / (math.pi * 6**2)
    assert a.quantity is not None, a.reason
    assert a.quantity.to("mm").magnitude == pytest.approx(stress / 70e3 * 300, rel=1e-4)
    assert any("yield check" in s.lower() for s in a.steps)


def test_a_second_stress_past_which_the_modulus_fails_is_not_set_aside():
    # 40 kN on 12 mm is 354 MPa, past 250 MPa: no elastic elongation
    q = (
        "An aluminium rod 300 mm long and 12 mm in diameter carries a tensile load of 40 000 N. "
        "E = 70 GPa and its yield strength is 250 MPa. How much will the rod elongate (in mm)?"
    )
    a = solve(q)
    assert a.quantity is None
    assert "250 MPa" in (a.reason or "")


def test_a_bare_number_is_never_set_aside():
    q = (
        "Tungsten is BCC with a lattice parameter of 0.3165 nm and an atomic weight of 183.84 g/mol; "
        "its Poisson ratio is 0.28. Compute its theoretical density in g/cm^3."
    )
    assert solve(q).quantity is None


def test_a_quantity_used_on_the_same_topic_is_not_set_aside():
    # the fibre lengths matter for short fibres: a relation on the topic (critical fibre length) has them
    q = (
        "An aligned composite holds 40 vol% carbon fibres (fiber tensile strength 4.0 GPa) whose "
        "critical length is 1.1 mm; the matrix stress at fibre failure is 25 MPa. Estimate the "
        "longitudinal tensile strength of the composite in MPa."
    )
    a = solve(q)
    assert a.quantity is None
    assert "1.1 mm" in (a.reason or "")


def test_continuous_fibre_strength_does_not_serve_discontinuous_fibres():
    q = (
        "A discontinuous aligned-fibre composite holds 40 vol% fibres of strength 4.0 GPa; the matrix "
        "stress at fibre failure is 25 MPa. What is the longitudinal tensile strength of the composite "
        "in MPa?"
    )
    assert solve(q).quantity is None
