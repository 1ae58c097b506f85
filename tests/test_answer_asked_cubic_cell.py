"""'The cubic lattice parameter': the crystal system restated before a cell quantity is not another
quantity, so it does not block the match (a 'cubic site' is another quantity and stays unmatched)."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.solver import solve

STEM = "Platinum is FCC, with an atomic weight of 195.08 g/mol and a density of 21.45 g/cm³. "
EDGE_NM = 0.3924  # (4 × 195.08 / (21.45 × 6.022e23))^(1/3) cm


@pytest.mark.parametrize(
    ("ask", "unit", "value"),
    [
        ("Work out the cubic lattice parameter, in nm.", "nm", EDGE_NM),
        ("What cubic lattice constant follows, in Å?", "angstrom", EDGE_NM * 10),
        ("Find the cubic unit cell volume in nm³.", "nm**3", EDGE_NM**3),
    ],
)
def test_cubic_before_a_cell_quantity_is_read_as_the_cell(
    ask: str, unit: str, value: float
) -> None:
    answer = solve(STEM + ask)
    assert answer.ok, answer.reason
    assert answer.quantity.to(unit).magnitude == pytest.approx(value, rel=2e-3)


def test_a_cubic_site_is_still_not_the_cell() -> None:
    answer = solve(STEM + "What is the radius of the cubic site in nm?")
    assert not answer.ok or abs(answer.quantity.to("nm").magnitude - EDGE_NM) > 0.01


def test_work_out_asks_like_find() -> None:
    # 'work out' is an imperative, not the quantity 'work'
    answer = solve(STEM + "Work out the lattice parameter in nm.")
    assert answer.ok, answer.reason
    assert answer.quantity.to("nm").magnitude == pytest.approx(EDGE_NM, rel=2e-3)
    # the work done by a gas is still asked as work
    gas = solve(
        "An ideal gas expands at a constant pressure of 2.0 × 10^5 Pa from 0.010 m³ to 0.030 m³. "
        "Work out the work done by the gas in J."
    )
    assert not gas.ok or gas.quantity.to("J").magnitude == pytest.approx(4000, rel=1e-3)


PB_SN = (
    "A lead–tin alloy of 30 wt% Sn is cooled to just below the eutectic temperature, 183 °C "
    "(α: 18.3 wt% Sn; β: 97.8 wt% Sn; eutectic liquid: 61.9 wt% Sn). "
)


@pytest.mark.parametrize(
    "ask",
    [
        "Determine the mass fraction of the alloy that is the eutectic microconstituent.",
        "Find the fraction of the alloy which is eutectic microconstituent.",
        "What fraction of the alloy is eutectic microconstituent?",
    ],
)
def test_imperative_share_of_the_alloy_that_is_a_part(ask: str) -> None:
    answer = solve(PB_SN + ask)
    assert answer.ok, answer.reason
    assert float(answer.quantity.magnitude) == pytest.approx((30 - 18.3) / (61.9 - 18.3), rel=2e-3)
