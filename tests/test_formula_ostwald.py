"""Degree of dissociation and Ostwald's dilution law in the table of standard formulas.

α = Λ_m/Λ°_m and K_a = cα²/(1 − α) (or cα² when α is small): an inverted conductivity ratio, a
missing square or a misplaced concentration is flagged with the standard case shown; the
approximate form, the conductivity form and rearrangements keep their verdict. Gas-phase
dissociation equilibria (where the count of product molecules changes the formula) are left
alone. Examples are written in our own words."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.formula_check import standard_formula_checks
from matsci_jupyter.engines.answer.prose import response_lines, statements
from matsci_jupyter.engines.answer.text import normalize

WEAK = (
    "A 0.02 M solution of a weak monobasic acid has a molar conductivity of 30 S cm^2 mol^-1; "
    "at infinite dilution it is 390 S cm^2 mol^-1. Find its degree of dissociation and K_a."
)


def _failed(question: str, response: str):
    checks = standard_formula_checks(normalize(question), statements(response_lines(response)))
    return [c for c in checks if not c.passed and c.blocking]


@pytest.mark.parametrize(
    "response,shown",
    [
        ("α = Λ_m^0/Λ_m", "degree of dissociation from conductivities"),
        ("Λ_m = Λ_m^0/α", "degree of dissociation from conductivities"),
        ("K_a = cα/(1 - α)", "Ostwald's dilution law"),
        ("K_a = α^2/(c(1 - α))", "Ostwald's dilution law"),
        ("α = √(c/K_a)", "Ostwald"),
    ],
)
def test_a_wrong_dissociation_formula_is_flagged_with_the_standard_case(response, shown):
    failed = _failed(WEAK, response)
    assert failed, response
    assert shown in failed[0].message


@pytest.mark.parametrize(
    "response",
    [
        "α = Λ_m/Λ_m^0",
        "Λ_m = αΛ_m^0",
        "Λ_m = α Λ_m°",
        "α = Λ/Λ_0",
        "K_a = cα^2/(1 - α)",
        "K_a = Cα^2",
        "α = √(K_a/c)",
        "K_a = c Λ_m^2/(Λ_m^0(Λ_m^0 - Λ_m))",
    ],
)
def test_a_standard_dissociation_formula_keeps_its_verdict(response):
    assert not _failed(WEAK, response), response


def test_a_gas_phase_dissociation_is_not_read():
    question = (
        "Dinitrogen tetroxide gas dissociates into NO2 in a weak equilibrium; find the degree of "
        "dissociation at 1 atm partial pressure."
    )
    assert not _failed(question, "K_a = cα/(1 - α)")
