"""Phase-diagram relations (relations/phases.py): each value computed here from the lever rule.

Some tests ask questions that relations declared in course.py / exam.py (solver11's modules) answer:
they pin the behaviour the topic needs, whichever module declares it.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.solver import solve


def _value(question: str) -> float:
    a = solve(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to("dimensionless").magnitude)


def test_pearlite_with_the_compositions_stated():
    q = (
        "A plain-carbon steel contains 0.50 wt% C. With the eutectoid at 0.76 wt% C and the maximum "
        "solubility of C in α-ferrite 0.022 wt%, compute the mass fraction of pearlite just below "
        "the eutectoid temperature."
    )
    assert _value(q) == pytest.approx((0.50 - 0.022) / (0.76 - 0.022))


def test_pearlite_fraction_of_a_hypereutectoid_steel_by_its_composition():
    q = "A steel contains 1.30 wt% C. What is the mass fraction of pearlite just below the eutectoid temperature?"
    assert _value(q) == pytest.approx((6.70 - 1.30) / (6.70 - 0.76))


def test_proeutectoid_cementite_with_the_compositions_stated():
    q = (
        "For a 1.0 wt% C hypereutectoid steel cooled slowly, determine the mass fraction of "
        "proeutectoid cementite. Use 0.76 wt% C for the eutectoid and 6.70 wt% C for Fe3C."
    )
    assert _value(q) == pytest.approx((1.0 - 0.76) / (6.70 - 0.76))


def test_total_ferrite_and_total_cementite():
    q = (
        "What is the mass fraction of total ferrite (proeutectoid plus eutectoid) in an iron–carbon "
        "alloy of 0.25 wt% C just below the eutectoid temperature? Ferrite contains 0.022 wt% C and "
        "cementite 6.70 wt% C."
    )
    assert _value(q) == pytest.approx((6.70 - 0.25) / (6.70 - 0.022))
    q = "What is the mass fraction of total cementite in a steel of 0.60 wt% C just below the eutectoid temperature?"
    assert _value(q) == pytest.approx((0.60 - 0.022) / (6.70 - 0.022))


def test_eutectic_microconstituent():
    q = (
        "A Pb–Sn alloy contains 30 wt% Sn. The eutectic is at 61.9 wt% Sn and the α phase at the "
        "eutectic temperature contains 18.3 wt% Sn. What is the mass fraction of the eutectic "
        "microconstituent?"
    )
    assert _value(q) == pytest.approx((30 - 18.3) / (61.9 - 18.3))


def test_volume_fraction_from_mass_fractions_and_densities():
    q = (
        "An alloy consists of 70 wt% α (density 8.9 g/cm³) and 30 wt% β (density 7.3 g/cm³). "
        "Calculate the volume fraction of α."
    )
    va, vb = 70 / 8.9, 30 / 7.3
    assert _value(q) == pytest.approx(va / (va + vb))


def test_phase_masses_by_the_lever_rule():
    stem = (
        "A 5.0 kg Cu–Ni alloy of 35 wt% Ni is held at 1250 °C, where the liquid contains 31.5 wt% Ni "
        "and the α phase 42.5 wt% Ni. "
    )
    a = solve(stem + "What is the mass of liquid in kg?")
    assert a.quantity is not None, a.reason
    assert float(a.quantity.to("kg").magnitude) == pytest.approx(5.0 * (42.5 - 35) / (42.5 - 31.5))
    a = solve(stem + "What mass of α is present?")
    assert a.quantity is not None, a.reason
    assert float(a.quantity.to("kg").magnitude) == pytest.approx(5.0 * (35 - 31.5) / (42.5 - 31.5))
