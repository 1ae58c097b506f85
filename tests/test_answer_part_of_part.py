"""A phase inside a microconstituent ('ferrite inside the pearlite', 'eutectoid cementite') is not the
microconstituent, nor the phase's total: only a relation whose output is that part may answer."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.solver import solve

STEEL = "A plain-carbon steel with 0.55 wt% C is cooled slowly to just below 727 °C. "


@pytest.mark.parametrize(
    "ask",
    [
        # each was answered with the pearlite fraction on main
        "What fraction of the steel is ferrite inside the pearlite?",
        "What fraction of the steel is cementite within the pearlite?",
        "What fraction of the steel is ferrite that forms part of the pearlite?",
        "What is the mass fraction of eutectoid ferrite in the steel?",
    ],
)
def test_a_phase_inside_pearlite_is_refused(ask: str) -> None:
    answer = solve(STEEL + ask)
    assert not answer.ok
    assert "inside" in (answer.reason or "") or "no relation" in (answer.reason or "")


@pytest.mark.parametrize(
    ("ask", "value"),
    [
        ("What is the mass fraction of pearlite?", (0.55 - 0.022) / (0.76 - 0.022)),
        ("What is the mass fraction of total ferrite?", (6.70 - 0.55) / (6.70 - 0.022)),
        ("What is the mass fraction of proeutectoid ferrite?", (0.76 - 0.55) / (0.76 - 0.022)),
    ],
)
def test_the_whole_microconstituent_or_a_total_is_still_answered(ask: str, value: float) -> None:
    answer = solve(STEEL + ask)
    assert answer.ok, answer.reason
    assert answer.quantity.to("dimensionless").magnitude == pytest.approx(value, rel=5e-3)
