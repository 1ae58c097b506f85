"""The lever rule's composition-basis refusals, read from one pattern pair (asked_conditions).

The lever rule returns phase amounts on the basis of the compositions fed to it. Refused: the alloy
and the phases written on different bases, a mass asked from at% compositions, a mole (atom) fraction
asked from wt% compositions. One basis throughout, asked on that basis, is not refused.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.asked_conditions import lever_basis_refusal


@pytest.mark.parametrize(
    "question",
    [
        "An alloy of 30 at% B lies between α (12 wt% B) and liquid (55 wt% B). Find the fraction of α.",
        "The 22 atom % Zn brass sits in the α + β field, α at 30 mass % Zn, β at 40 mass % Zn. "
        "How much β is present?",
        "A 40 mol% SiO2 melt is tied to a solid of 10 weight percent SiO2 and a liquid of 60 weight "
        "percent SiO2. What fraction is solid?",
    ],
)
def test_mixed_bases_refused(question: str) -> None:
    reason = lever_basis_refusal(question, "lever_rule_alpha", None)
    assert reason is not None and "one basis" in reason


@pytest.mark.parametrize(
    "question",
    [
        "A Cu–20 at.% Ag alloy is between α (5 at.% Ag) and L (35 at.% Ag). What is the mass fraction of L?",
        "With α at 8 atomic percent Sn and liquid at 48 atomic percent Sn, a 25 atomic percent Sn "
        "alloy has how many kg of liquid per 10 kg?",
        "Phases: α (x = 0.1 mole fraction B), L (0.4 mole fraction B); alloy 0.3 mole fraction B. "
        "What percentage by weight is liquid?",
    ],
)
def test_mass_from_atom_basis_refused(question: str) -> None:
    reason = lever_basis_refusal(question, "lever_rule_liquid", None)
    assert reason is not None and "at%" in reason


@pytest.mark.parametrize(
    "question",
    [
        "An alloy of 30 wt% B lies between α (12 wt% B) and liquid (55 wt% B). What mole fraction is α?",
        "The 25 wt.% Sn alloy has α at 10 wt.% Sn, liquid at 50 wt.% Sn. Give the atom percent of "
        "the alloy that is liquid.",
        "With phases at 8 and 48 weight percent Sn, what share of a 30 weight percent Sn alloy, "
        "counted by atoms, is liquid?",
    ],
)
def test_atoms_from_mass_basis_refused(question: str) -> None:
    reason = lever_basis_refusal(question, "lever_rule_liquid", None)
    assert reason is not None and "wt%" in reason


@pytest.mark.parametrize(
    ("question", "relation"),
    [
        (
            "An alloy of 30 wt% B lies between α (12 wt% B) and L (55 wt% B). Find the mass fraction of α.",
            "lever_rule_alpha",
        ),
        (
            "A Cu–20 at% Ag alloy is between α (5 at% Ag) and L (35 at% Ag). What is the mole fraction of L?",
            "lever_rule_liquid",
        ),
        (
            "A 35 wt% Ni alloy sits between L (31 wt% Ni) and α (43 wt% Ni). What fraction is liquid?",
            "lever_rule_liquid",
        ),
        # not a lever rule: the bases are another relation's business
        (
            "A 30 at% B alloy and a 12 wt% B alloy are mixed. Find the mass fraction.",
            "density_rule_of_mixtures",
        ),
    ],
)
def test_one_basis_or_no_lever_not_refused(question: str, relation: str) -> None:
    assert lever_basis_refusal(question, relation, None) is None
