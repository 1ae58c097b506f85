"""Equilibrium O₂ pressure over a metal and its oxide from ΔG° (ΔG° = RT ln p_O₂ for x M + O₂ → M_xO₂).

Answered only when the data are the oxidation's per mole of O₂; a reaction written as the oxide's
decomposition, data per mole of oxide or of formation, are refused (their sign or factor differs).
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

R = 8.314462618


def test_oxidation_per_mole_of_oxygen_is_answered() -> None:
    question = (
        "Cobalt oxidises as 2Co(s) + O2(g) → 2CoO(s); at 1100 K the standard Gibbs energy change of "
        "this reaction is −305 kJ per mole of O2. Find the equilibrium oxygen partial pressure in atm."
    )
    answer = solve(question)
    assert answer.ok, answer.reason
    assert answer.quantity.to("atm").magnitude == pytest.approx(
        math.exp(-305e3 / (R * 1100)), rel=2e-3
    )


def test_tex_reaction_and_a_stated_standard_state() -> None:
    question = (
        r"For $4\mathrm{Cu}(s) + \mathrm{O_2}(g) \rightarrow 2\mathrm{Cu_2O}(s)$, "
        r"$\Delta G^{\circ} = -190\ \mathrm{kJ}$ per mole of $\mathrm{O_2}$ at $900^{\circ}\mathrm{C}$. "
        "Calculate the equilibrium oxygen partial pressure in atm (standard state 1 atm)."
    )
    answer = solve(question)
    assert answer.ok, answer.reason
    assert answer.quantity.to("atm").magnitude == pytest.approx(
        math.exp(-190e3 / (R * 1173.15)), rel=2e-3
    )


@pytest.mark.parametrize(
    "question",
    [
        # written as the decomposition: its ΔG° is −RT ln p_O₂
        "For 2CoO(s) → 2Co(s) + O2(g), ΔG° = 305 kJ per mole of O2 at 1100 K. Find the equilibrium "
        "oxygen partial pressure in atm.",
        "The standard Gibbs energy for the decomposition of CoO is 305 kJ per mole of O2 at 1100 K. "
        "Find the equilibrium oxygen partial pressure in atm.",
        # per mole of oxide: a factor 2 away
        "For 2Co + O2 → 2CoO, ΔG° = −152.5 kJ per mole of CoO at 1100 K. Find the equilibrium "
        "oxygen partial pressure in atm.",
        "The Gibbs energy of formation of CoO at 1100 K is −152.5 kJ/mol. For 2Co + O2 → 2CoO, find "
        "the equilibrium oxygen partial pressure in atm.",
        # the ΔH/ΔS route, reaction reversed
        "Consider 2CoO = 2Co + O2 with ΔH° = 200 kJ and ΔS° = 100 J/K. What is the equilibrium "
        "oxygen partial pressure at 1500 K, in atm?",
    ],
)
def test_decomposition_or_other_basis_is_refused(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert answer.reason
