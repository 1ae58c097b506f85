"""Faraday's law with the bath salt written as a formula: the salt fixes the metal ion's charge by its
anion ('CuSO4' → Cu²⁺, 'FeCl3' → Fe³⁺, 'AgNO3' → Ag⁺), and the atomic weight used is the metal's, not the
salt's. A salt of another metal, a salt of the asked metal in two states, or the salt's own mass asked:
refused."""

import pytest

from matsci_jupyter.engines.answer.metal_ion_charge import _salt_charges
from matsci_jupyter.engines.answer.solver import solve

F = 96485.33212  # C/mol


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        ("a NiSO4 bath", {"Ni": 2}),
        ("an AuCl3 solution", {"Au": 3}),
        ("a Cr2(SO4)3 electrolyte", {"Cr": 3}),
        ("a CuCN bath", {"Cu": 1}),
        ("a bath of Pb(NO3)2", {"Pb": 2}),
        ("no salt at all", {}),
        ("both CuCl and CuCl2 are present", None),
    ],
)
def test_cation_charge_from_the_anion(text: str, charges: dict[str, int] | None) -> None:
    assert _salt_charges(text) == charges


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        # m = I t M / (n F): 1.5 A × 5400 s × 58.693 g/mol / (2 F)
        (
            "Nickel is electroplated from a NiSO4 bath at 1.5 A for 90 min. What mass of nickel is "
            "deposited, in g?",
            "g",
            1.5 * 5400 * 58.693 / (2 * F),
        ),
        # gold from AuCl3: n = 3; 0.2 A × 3 h
        (
            "A ring is gold-plated from an AuCl3 solution with a current of 0.20 A for 3.0 h. What mass of "
            "gold is deposited, in mg?",
            "mg",
            0.2 * 10800 * 196.96657 / (3 * F) * 1000,
        ),
        # time to deposit 5 g of silver from AgNO3 at 2 A: t = m n F / (I M)
        (
            "How long must a current of 2.0 A pass through an AgNO3 bath to plate 5.0 g of silver? "
            "Give the answer in min.",
            "min",
            5.0 * 1 * F / (2.0 * 107.8682) / 60,
        ),
    ],
)
def test_faraday_with_the_salt_formula(question: str, unit: str, want: float) -> None:
    r = solve(question)
    assert r.quantity is not None, r.reason
    assert r.quantity.to(unit).magnitude == pytest.approx(want, rel=2e-3)
    assert any("n = " in note for note in r.notes)


@pytest.mark.parametrize(
    "question",
    [
        # the salt's own mass is asked: Faraday's law with the metal's atomic weight does not give it
        "What mass of NiSO4 is used up when 1.5 A passes through the bath for 90 min, in g?",
        # a salt of another metal than the one plated
        "Nickel is plated from a CuSO4 bath at 1.5 A for 90 min. What mass of nickel is deposited, in g?",
        # two salts of the plated metal with different charges
        "Iron is deposited from a bath of FeCl2 and FeCl3 at 2 A for 1 h. What mass of iron is "
        "deposited, in g?",
    ],
)
def test_salt_formula_neighbours_refused(question: str) -> None:
    r = solve(question)
    assert r.quantity is None
    assert r.reason
