"""Oxidation-state features: charge balance, d-electron counts, mixed valence."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.heads.oxidation import (
    FEATURE_LABELS,
    best_assignment,
    integer_amounts,
    oxidation_features,
)


def feature(formula: str, label: str) -> float:
    return oxidation_features(formula)[FEATURE_LABELS.index(label)]


def test_charge_balanced_oxide_versus_intermetallic():
    # Fe2O3: Fe3+ and O2-, balanced, d5 on every iron
    assert feature("Fe2O3", "balanced (ICSD states)") == 1.0
    assert feature("Fe2O3", "mean d electrons of transition metals") == 5.0
    assert feature("Fe2O3", "unassigned electrons per atom (ICSD states)") == 0.0
    # CdIn: two metals, only positive states, electrons to spare (Cd2+ In+ : 3 e per 2 atoms)
    assert feature("CdIn", "balanced (ICSD states)") == 0.0
    assert feature("CdIn", "balanced (all states)") == 0.0
    assert feature("CdIn", "unassigned electrons per atom (ICSD states)") == pytest.approx(1.5)
    assert math.isnan(feature("CdIn", "mean d electrons of transition metals"))


def test_d0_and_d10_versus_partially_filled_shells():
    assert feature("TiO2", "d0 fraction of transition metals") == 1.0
    assert feature("ZnO", "d10 fraction of transition metals") == 1.0
    assert feature("NiO", "partially filled d fraction of transition metals") == 1.0
    assert feature("NiO", "mean d electrons of transition metals") == 8.0
    assert feature("TiO2", "partially filled d atom fraction") == 0.0


def test_mixed_valence_is_found_in_magnetite():
    score, assignment = best_assignment({"Fe": 3, "O": 4}, "icsd")
    assert assignment == {"Fe": {2: 1, 3: 2}, "O": {-2: 4}}
    assert score < 0  # a sum of log-probabilities
    assert feature("Fe3O4", "mixed-valence atom fraction") == pytest.approx(3 / 7)
    assert feature("Fe2O3", "mixed-valence atom fraction") == 0.0


def test_rare_states_rescue_a_zintl_compound():
    # Mg2Sn balances only with Sn(-4), which is not among tin's ICSD states
    assert feature("Mg2Sn", "balanced (ICSD states)") == 0.0
    assert feature("Mg2Sn", "balanced (all states)") == 1.0
    assert feature("Mg2Sn", "min oxidation state") == -4.0


def test_non_integer_formulas_are_scaled_and_flagged():
    assert integer_amounts({"In": 1.1, "Cu": 0.9, "Se": 2.1}) == (
        {"In": 11, "Cu": 9, "Se": 21},
        True,
    )
    assert integer_amounts({"Fe": 4.0, "O": 6.0}) == ({"Fe": 2, "O": 3}, False)
    steel = {"Fe": 0.62, "Co": 0.146, "Ni": 0.192, "Ti": 0.0185, "Mo": 0.0176, "C": 0.000953}
    assert integer_amounts(steel) is None
    # written as fractions or as integers: the same formula
    assert integer_amounts({"Cu": 0.46, "Zr": 0.54}) == ({"Cu": 23, "Zr": 27}, True)
    assert integer_amounts({"Cu": 46, "Zr": 54}) == ({"Cu": 23, "Zr": 27}, False)
    assert feature("In1.1Cu0.9Se2.1", "non-integer formula") == 1.0
    steel_formula = "Fe0.62Co0.146Ni0.192Ti0.0185Mo0.0176C0.000953"
    assert feature(steel_formula, "non-integer formula") == 1.0
    assert math.isnan(feature(steel_formula, "balanced (ICSD states)"))
    assert feature("CuInSe2", "non-integer formula") == 0.0


def test_a_pure_element_is_neutral():
    assert feature("Cu", "balanced (ICSD states)") == 1.0
    assert math.isnan(feature("Cu", "max oxidation state"))


@pytest.mark.parametrize(
    ("bad", "why"),
    [("Xx2O3", "not elements"), ("NaN", "missing value"), ("Fe2O3)", "not a chemical formula")],
)
def test_bad_formulas_get_a_clear_message(bad, why):
    with pytest.raises(ValueError, match=why) as info:
        oxidation_features(bad)
    assert repr(bad) in str(info.value)


def test_zintl_count_of_octet_polyanion_and_electron_rich_compounds():
    label = "valence electrons per anion (Zintl count)"
    assert feature("Mg2Sn", label) == pytest.approx(8.0)  # Sn4-: octet
    assert feature("Li3Bi", label) == pytest.approx(8.0)
    assert feature("CaSi2", label) == pytest.approx(5.0)  # Si- layers: three Si-Si bonds
    assert feature("Zr6O", label) > 8.0  # electrons left over
    assert math.isnan(feature("CdIn", label))  # no p-block anion
    # a steel is a solution, not a compound: no electrons-per-carbon count
    assert math.isnan(feature("Fe0.62Co0.146Ni0.192Ti0.0185Mo0.0176C0.000953", label))
