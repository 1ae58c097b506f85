"""Heat capacities from the number of degrees of freedom (equipartition) in the table.

C_v = fR/2, C_p = (f + 2)R/2 and γ = 1 + 2/f: an inverted ratio or C_p's formula given for C_v
is flagged with the standard case shown; rearrangements keep their verdict. Examples are written
in our own words."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.formula_check import standard_formula_checks
from matsci_jupyter.engines.answer.prose import response_lines, statements
from matsci_jupyter.engines.answer.text import normalize

GAS = "Each molecule of an ideal gas has 6 degrees of freedom. Find C_v, C_p and the ratio γ."


def _failed(response: str):
    checks = standard_formula_checks(normalize(GAS), statements(response_lines(response)))
    return [c for c in checks if not c.passed and c.blocking]


@pytest.mark.parametrize(
    "response,shown",
    [
        ("γ = 1 + f/2", "γ from f degrees of freedom"),
        ("γ = f/(f + 2)", "γ from f degrees of freedom"),
        ("C_v = 2R/f", "C_v from f degrees of freedom"),
        ("C_p = fR/2", "C_p from f degrees of freedom"),
    ],
)
def test_a_wrong_equipartition_formula_is_flagged(response, shown):
    failed = _failed(response)
    assert failed, response
    assert shown in failed[0].message


@pytest.mark.parametrize(
    "response",
    [
        "γ = 1 + 2/f",
        "γ = (f + 2)/f",
        "C_v = fR/2",
        "C_v = (f/2)R",
        "C_p = (f/2 + 1)R",
        "C_v = R/(γ - 1)",
    ],
)
def test_a_standard_equipartition_formula_keeps_its_verdict(response):
    assert not _failed(response), response
