"""Mole conversions against the response's own balanced equation."""

from matsci_jupyter.engines.answer.chemical_equation import balanced_species
from matsci_jupyter.engines.answer.mole_ratio import mole_ratio_check

EQUATION = (
    "The balanced equation is: Cr2O7^(2-) + 6 Fe^(2+) + 14 H^+ → 2 Cr^(3+) + 6 Fe^(3+) + 7 H2O"
)


def test_species_with_signed_coefficients():
    species = balanced_species(EQUATION)
    assert species is not None
    assert (-6, "Fe", 2) in species and (2, "Cr", 3) in species
    assert balanced_species("Fe^(2+) → Fe^(3+)") is None  # charge does not balance


def test_inverted_ratio_is_flagged():
    lines = [EQUATION, "Moles of Fe^(2+) = (1)/(6) × moles of K2Cr2O7 = 2e-5 mol"]
    check = mole_ratio_check(lines)
    assert check is not None and not check.passed
    assert "6 mol" in check.message


def test_right_ratio_passes():
    lines = [EQUATION, "Moles of Fe^(2+) = 6 × moles of Cr2O7^(2-) = 7.2e-4 mol"]
    assert mole_ratio_check(lines) is None
    lines = [EQUATION, "moles of Cr^(3+) = moles of K2Cr2O7 × 2"]
    assert mole_ratio_check(lines) is None


def test_scaling_one_species_is_not_a_ratio():
    lines = [EQUATION, "Moles of Fe^(2+) in 250 mL = 10 × moles of Fe^(2+) in 25 mL"]
    assert mole_ratio_check(lines) is None


def test_without_a_balanced_equation_nothing_is_read():
    lines = ["Cr2O7^(2-) + Fe^(2+) → Cr^(3+) + Fe^(3+)", "Moles of Fe^(2+) = 3 × moles of K2Cr2O7"]
    assert mole_ratio_check(lines) is None
