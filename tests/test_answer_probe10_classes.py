"""Seven wrong-answer classes found by neighbour round 9 (tests/data/answer_neighbours9.py), in our own
words.

* Two quantities asked in one sentence, the first closed by its unit or a comma ('its density in
  g/cm³ and its packing factor', 'the true stress, in MPa, and the true strain', '…, and what by the
  whole plate'): one number answers only one of them, so the question is refused.
* A grain-growth law stated with another exponent ('d³ − d₀³ = Kt'): the square law's number is wrong.
* Q = mcΔT (or an expansion) across a stated melting point: the one-phase law leaves out the latent
  heat, so no number is given.
* The lever rule fed at% compositions gives mole fractions of the phases; a mass or mass fraction
  asked from them (or a mole fraction from wt%) needs the atomic weights.
* A stated value scaled in words ('four times that depth'), a change asked with 'by how much …
  lower', and a volume asked per atom from a cell's volume (below).
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

NA = 6.02214076e23


@pytest.mark.parametrize(
    "question",
    [
        "Vanadium is BCC with a = 0.3024 nm and A = 50.94 g/mol. Find its density in g/cm³ and "
        "its atomic packing factor.",
        "A bar, not yet necked, has an engineering stress of 300 MPa at an engineering strain of 0.10. "
        "Compute the true stress, in MPa, and the true strain.",
        "A flint glass has n = 1.62 and sits in air. What fraction of normally incident light is "
        "reflected at one face, and what by both faces of a plate?",
    ],
)
def test_two_asks_in_one_sentence_are_refused(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert "two quantities" in answer.reason


@pytest.mark.parametrize(
    ("question", "unit", "key"),
    [
        (
            "Vanadium is BCC with a = 0.3024 nm and A = 50.94 g/mol. Find its density in g/cm³ and "
            "round it to three figures.",
            "g/cm**3",
            2 * 50.94 / (NA * (0.3024e-7) ** 3),
        ),
        (
            "Vanadium is BCC with a = 0.3024 nm and A = 50.94 g/mol. Find its density in g/cm³ and "
            "express it in kg/m³.",
            "kg/m**3",
            2 * 50.94 / (NA * (0.3024e-7) ** 3) * 1e3,
        ),
        (
            "A bar, not yet necked, has an engineering stress of 300 MPa at an engineering strain of "
            "0.10. Compute the true stress in MPa.",
            "MPa",
            330.0,
        ),
    ],
)
def test_one_ask_with_a_unit_and_a_clause_stays_answered(
    question: str, unit: str, key: float
) -> None:
    answer = solve(question)
    assert answer.ok, answer.reason
    assert answer.quantity.to(unit).magnitude == pytest.approx(key, rel=1e-3)


def test_grain_growth_with_a_cube_law_is_refused() -> None:
    answer = solve(
        "Grains of an alloy grow from 5 µm to 15 µm in 1 h at 600 °C. Assuming d³ − d₀³ = Kt, "
        "what is the grain diameter, in µm, after 5 h?"
    )
    assert not answer.ok


def test_grain_growth_with_the_square_law_stays_answered() -> None:
    answer = solve(
        "Grains of an alloy grow from 5 µm to 15 µm in 1 h at 600 °C. Assuming d² − d₀² = Kt, "
        "what is the grain diameter, in µm, after 5 h?"
    )
    assert answer.ok, answer.reason
    key = math.sqrt(5**2 + (15**2 - 5**2) * 5)
    assert answer.quantity.to("micrometer").magnitude == pytest.approx(key, rel=1e-3)


def test_heat_across_a_stated_melting_point_is_refused() -> None:
    answer = solve(
        "A 3.0 kg zinc ingot (c_p = 390 J/(kg·K), melting point 420 °C) is heated from 25 °C to "
        "500 °C. How much heat is needed, in kJ?"
    )
    assert not answer.ok
    assert "phase-change" in answer.reason


def test_heat_below_a_stated_melting_point_stays_answered() -> None:
    answer = solve(
        "A 3.0 kg zinc ingot (c_p = 390 J/(kg·K), melting point 420 °C) is heated from 25 °C to "
        "400 °C. How much heat is needed, in kJ?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("kJ").magnitude == pytest.approx(3.0 * 390 * 375 / 1e3, rel=1e-3)


@pytest.mark.parametrize(
    "ask",
    [
        "What is the mass fraction of the liquid?",
        "What percentage of the alloy, by weight, is liquid?",
    ],
)
def test_lever_rule_by_mass_from_atom_percent_is_refused(ask: str) -> None:
    answer = solve(
        "An Ag–30 at% Cu alloy is at 850 °C, where α of 10 at% Cu coexists with liquid of 40 at% Cu. "
        + ask
    )
    assert not answer.ok
    assert "at%" in answer.reason


def test_lever_rule_by_mass_from_weight_percent_stays_answered() -> None:
    answer = solve(
        "An Ag–30 wt% Cu alloy is at 850 °C, where α of 10 wt% Cu coexists with liquid of 40 wt% Cu. "
        "What is the mass fraction of the liquid?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("dimensionless").magnitude == pytest.approx(20 / 30, rel=1e-3)


# --- three more classes from round 9's last questions ---
# * a stated value scaled in words by 'N times that (its original …)' is not the stated value;
# * 'by how much does X lower (raise) Y' asks for a change even when the ask clause drops the 'by';
# * a volume (or other amount) asked per atom is not the unit cell's.


def test_a_crack_grown_to_some_times_its_depth_is_refused() -> None:
    answer = solve(
        "A plate with K_Ic = 45 MPa·√m has a surface crack 0.5 mm deep (Y = 1.0). If the crack "
        "extends to three times that depth, at what stress, in MPa, does the plate fracture?"
    )
    assert not answer.ok


def test_the_stated_crack_alone_stays_answered() -> None:
    answer = solve(
        "A plate with K_Ic = 45 MPa·√m has a surface crack 1.5 mm deep (Y = 1.0). At what stress, "
        "in MPa, does the plate fracture?"
    )
    assert answer.ok, answer.reason
    key = 45 / math.sqrt(math.pi * 1.5e-3)
    assert answer.quantity.to("MPa").magnitude == pytest.approx(key, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        "For a brass σ₀ = 25 MPa and k_y = 12.5 MPa·mm^1/2. By how much, in MPa, does a grain "
        "diameter of 0.04 mm raise the yield strength above σ₀?",
    ],
)
def test_by_how_much_a_value_is_lowered_is_a_change(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert "change" in answer.reason


def test_by_how_much_a_value_is_lowered_is_the_difference() -> None:
    # since helper chg's two_state_change: the change from the stated E₀, never the porous E itself
    answer = solve(
        "A sintered magnesia has E₀ = 300 GPa and E = E₀(1 − 1.9P + 0.9P²). By how much, in GPa, "
        "does 8 vol% porosity lower its modulus?"
    )
    assert answer.ok, answer.reason
    key = 300 - 300 * (1 - 1.9 * 0.08 + 0.9 * 0.08**2)
    assert answer.quantity.to("GPa").magnitude == pytest.approx(key, rel=1e-3)


def test_the_lowered_value_itself_stays_answered() -> None:
    answer = solve(
        "A sintered magnesia has E₀ = 300 GPa and E = E₀(1 − 1.9P + 0.9P²). What is its modulus, "
        "in GPa, at 8 vol% porosity?"
    )
    assert answer.ok, answer.reason
    key = 300 * (1 - 1.9 * 0.08 + 0.9 * 0.08**2)
    assert answer.quantity.to("GPa").magnitude == pytest.approx(key, rel=1e-3)


@pytest.mark.parametrize(
    "ask", ["What is the volume per atom, in nm³?", "What volume belongs to each atom, in nm³?"]
)
def test_volume_per_atom_is_not_the_cell_volume(ask: str) -> None:
    answer = solve("Chromium is BCC with a = 0.2884 nm. " + ask)
    assert not answer.ok or answer.quantity.to("nm**3").magnitude == pytest.approx(
        0.2884**3 / 2, rel=1e-3
    )


def test_the_cell_volume_stays_answered() -> None:
    answer = solve(
        "Chromium is BCC with a = 0.2884 nm. What is the volume of its unit cell, in nm³?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("nm**3").magnitude == pytest.approx(0.2884**3, rel=1e-3)


def test_a_volume_spelled_as_some_times_another_is_refused() -> None:
    answer = solve(
        "Alumina rods (Weibull modulus m = 10) have a median strength of 400 MPa. What median "
        "strength do parts with a stressed volume eight times that of the rods have "
        "(σ₂ = σ₁(V₁/V₂)^{1/m})?"
    )
    assert not answer.ok


def test_a_volume_ratio_in_digits_stays_answered() -> None:
    answer = solve(
        "Alumina rods (Weibull modulus m = 10) have a median strength of 400 MPa. What median "
        "strength do parts with a stressed volume 8 times that of the rods have "
        "(σ₂ = σ₁(V₁/V₂)^{1/m})?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("MPa").magnitude == pytest.approx(400 * 8 ** (-1 / 10), rel=1e-3)
