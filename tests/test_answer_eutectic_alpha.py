"""α inside the eutectic microconstituent of a hypoeutectic alloy: total α less primary α (lever rule).

Answered only for C_α < C₀ < C_E < C_β; a hypereutectic alloy or 'eutectic β' is not this relation.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.solver import solve

LIMITS = "(α: 11 wt% Ag; β: 91 wt% Ag; eutectic liquid: 71.9 wt% Ag)"


def _alloy(c0: float) -> str:
    return f"A Cu–{c0:g} wt% Ag alloy is cooled to just below its eutectic temperature, 779 °C {LIMITS}. "


def _key(c0: float) -> float:
    return (91 - c0) / (91 - 11) - (71.9 - c0) / (71.9 - 11)


@pytest.mark.parametrize(
    "ask",
    [
        "What mass fraction of the alloy is eutectic α?",
        "Determine the fraction of the alloy that is α inside the eutectic microconstituent.",
        # was answered with the whole microconstituent's fraction (0.476): a part of a part
        "What fraction of the alloy is α inside the eutectic microconstituent?",
    ],
)
def test_eutectic_alpha_of_a_hypoeutectic_alloy(ask: str) -> None:
    answer = solve(_alloy(40) + ask)
    assert answer.ok, answer.reason
    assert answer.quantity.to("dimensionless").magnitude == pytest.approx(_key(40), rel=2e-3)


@pytest.mark.parametrize(
    "question",
    [
        _alloy(80) + "What mass fraction of the alloy is eutectic α?",  # hypereutectic
        _alloy(40) + "What mass fraction of the alloy is eutectic β?",  # the other phase
    ],
)
def test_other_alloys_or_phases_are_not_this_relation(question: str) -> None:
    answer = solve(question)
    assert not answer.ok or answer.quantity.to("dimensionless").magnitude != pytest.approx(
        _key(80 if "–80" in question else 40), rel=2e-3
    )
