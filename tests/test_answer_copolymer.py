"""Random copolymers (copolymer.py): m̄ = Σ f_j m_j and DP = M/m̄ (Callister Eqs. 14.6, 14.7)."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.copolymer import fraction_of_first, repeat_unit_mass
from matsci_jupyter.engines.answer.solver import solve


def test_repeat_unit_masses():
    assert repeat_unit_mass("styrene") == pytest.approx(104.15, abs=0.01)
    assert repeat_unit_mass("butadiene") == pytest.approx(54.09, abs=0.01)


def test_fraction_formula_round_trips():
    m1, m2 = 100.0, 50.0
    assert fraction_of_first(0.25 * m1 + 0.75 * m2, m1, m2) == pytest.approx(0.25)


def test_fraction_of_one_repeat_unit_from_m_and_dp():
    q = (
        "A random ethylene-propylene copolymer has a number-average molecular weight of 87,500 g/mol "
        "and a number-average degree of polymerization of 2500. What is the fraction of ethylene "
        "repeat units?"
    )
    a = solve(q)
    assert a.quantity is not None, a.reason
    m_e, m_p = repeat_unit_mass("ethylene"), repeat_unit_mass("propylene")
    assert float(a.quantity.to("dimensionless").magnitude) == pytest.approx(
        (m_p - 35.0) / (m_p - m_e), rel=1e-6
    )


def test_degree_of_polymerization_from_a_stated_fraction():
    q = (
        "A random styrene-butadiene copolymer has a number-average molecular weight of 150,000 g/mol; "
        "the fraction of styrene repeat units is 0.25. Find its number-average degree of polymerization."
    )
    a = solve(q)
    assert a.quantity is not None, a.reason
    m_avg = 0.25 * repeat_unit_mass("styrene") + 0.75 * repeat_unit_mass("butadiene")
    assert float(a.quantity.to("dimensionless").magnitude) == pytest.approx(
        150000 / m_avg, rel=1e-6
    )


def test_mixed_averages_are_refused():
    q = (
        "A random styrene-butadiene copolymer has a weight-average molecular weight of 150,000 g/mol and "
        "a number-average degree of polymerization of 2000. What fraction of its repeat units are styrene?"
    )
    assert solve(q).quantity is None


def test_values_that_fit_no_mix_are_refused():
    # m̄ = 200 g/mol is above both repeat-unit masses
    q = (
        "A random styrene-butadiene copolymer has a number-average molecular weight of 400,000 g/mol and "
        "a number-average degree of polymerization of 2000. What fraction of its repeat units are styrene?"
    )
    assert solve(q).quantity is None
