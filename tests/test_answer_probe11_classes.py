"""Four wrong-answer classes found by neighbour round 10 (tests/data/answer_neighbours10.py), in our
own words.

* A sign convention stated in the question ('tension positive', '(a decrease is negative)', 'sign
  convention: …'): the signed value is asked, and the thermal-stress and Poisson-contraction relations
  give a magnitude; the number could have the wrong sign, so it is refused.
* A polymer's crystallinity (or amorphous share) asked by volume: the density formula gives the mass
  share, (ρ_s − ρ_a)/(ρ_c − ρ_a) is the volume share, another number.
* A parallel-plate capacitor described both with vacuum (or air) between the plates and with a
  dielectric's permittivity, the capacitance asked without saying 'new' or 'after': C = ε_rε₀A/d is
  only the filled capacitor's.
* An asked unit spelled as a word the unit reader did not know ('in oersteds'): the answer came in
  the default unit (A/m for H), which cannot be read as oersteds; the word is now read, and a
  Gaussian unit no relation gives is refused as 'Oe' already was.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.units import get_registry


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.to(get_registry().Unit(unit)).magnitude)


# ------------------------------------------------------------------ sign conventions
_BAR = (
    "A nickel bar (E = 200 GPa, α = 13 × 10⁻⁶ per °C) is fixed between rigid supports and heated "
    "by 40 °C. "
)
_ROD = (
    "A cylindrical aluminium specimen of diameter 12 mm is loaded elastically in tension by 18 kN; "
    "E = 70 GPa and ν = 0.33. "
)


@pytest.mark.parametrize(
    "question",
    [
        _BAR + "Give the thermal stress in MPa, counting tensile stress as positive.",
        _ROD + "Determine the change in diameter in mm (a decrease is negative).",
        _ROD + "Determine the change in diameter in µm, taking an increase as positive.",
    ],
)
def test_a_stated_sign_convention_is_not_answered_with_a_magnitude(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert "sign" in (answer.reason or "")


@pytest.mark.parametrize(
    "question",
    [
        _BAR + "Find the thermal stress in MPa (sign convention: compression negative).",
        _BAR + "What stress develops, in MPa, with tension positive?",
    ],
)
def test_a_stated_sign_convention_gets_the_signed_thermal_stress(question: str) -> None:
    # heated while restrained: compressive, σ = −EαΔT = −200e3 MPa × 13e-6 × 40 = −104 MPa (not +104)
    assert _value(question, "MPa") == pytest.approx(-104.0, rel=1e-6)


def test_magnitude_or_named_direction_keeps_its_answer() -> None:
    # 200e3 MPa × 13e-6 × 40 = 104 MPa
    assert _value(_BAR + "Find the magnitude of the thermal stress in MPa.", "MPa") == (
        pytest.approx(104.0)
    )
    assert _value(_BAR + "Find the compressive thermal stress in MPa.", "MPa") == pytest.approx(
        104.0
    )
    # ν σ d / E = 0.33 × (18e3 / (π/4 × 144)) × 12 / 70e3 mm
    got = _value(_ROD + "Determine the reduction in diameter in mm.", "mm")
    assert got == pytest.approx(0.33 * 18e3 / (3.141592653589793 / 4 * 144) * 12 / 70e3, rel=1e-3)


# ------------------------------------------------------------------ crystallinity by volume
_PE = (
    "A polypropylene part has a density of 0.904 g/cm³; fully crystalline and fully amorphous "
    "polypropylene have densities of 0.946 and 0.855 g/cm³. "
)


@pytest.mark.parametrize(
    "ask",
    [
        "What is its percent crystallinity by volume?",
        "Express its crystallinity as a volume percent.",
        "What percentage of it by volume is amorphous?",
    ],
)
def test_crystallinity_by_volume_is_not_the_mass_share(ask: str) -> None:
    assert not solve(_PE + ask).ok


def test_crystallinity_by_mass_keeps_its_answer() -> None:
    by_mass = 100 * 0.946 * (0.904 - 0.855) / (0.904 * (0.946 - 0.855))
    assert _value(_PE + "What is its percent crystallinity?", "percent") == pytest.approx(by_mass)
    assert _value(_PE + "What weight percent of it is amorphous?", "percent") == pytest.approx(
        100 - by_mass
    )


# ------------------------------------------------------------------ capacitor, empty and filled
_PLATES = "A parallel-plate capacitor has plates of area 3.0 cm² separated by 0.20 mm. "


@pytest.mark.parametrize(
    "question",
    [
        _PLATES + "With vacuum between the plates, what is its capacitance in pF? A polymer film "
        "with ε_r = 3.2 is to be slipped in afterwards.",
        "A capacitor with air between its plates (3.0 cm², 0.20 mm gap) is to receive a film of "
        "relative permittivity 3.2 later. What is its capacitance in pF at present?",
    ],
)
def test_empty_capacitor_with_a_dielectric_named_is_refused(question: str) -> None:
    answer = solve(question)
    assert not answer.ok


def test_filled_capacitor_keeps_its_answer() -> None:
    filled = 3.2 * 8.854e-12 * 3.0e-4 / 0.20e-3 * 1e12
    assert _value(
        "A parallel-plate capacitor has plates of area 3.0 cm² separated by 0.20 mm of a polymer "
        "film with ε_r = 3.2. Calculate the capacitance in pF.",
        "pF",
    ) == pytest.approx(filled, rel=1e-3)
    assert _value(
        "A capacitor with air between its plates (3.0 cm², 0.20 mm gap) is filled with a film of "
        "ε_r = 3.2. What is the new capacitance in pF?",
        "pF",
    ) == pytest.approx(filled, rel=1e-3)


# ------------------------------------------------------------------ unit words
_COIL = "A coil of 600 turns spread over 0.30 m carries 1.5 A. "


@pytest.mark.parametrize("unit", ["oersted", "oersteds", "Oe"])
def test_field_asked_in_oersted_words_is_not_given_in_a_per_m(unit: str) -> None:
    answer = solve(_COIL + f"What field strength H does it produce, in {unit}?")
    assert not answer.ok


def test_field_asked_in_si_words_keeps_its_answer() -> None:
    assert _value(
        _COIL + "What field strength H does it produce, in amperes per metre?", "A/m"
    ) == pytest.approx(600 * 1.5 / 0.30)


def test_heat_asked_in_ergs_comes_in_ergs() -> None:
    answer = solve(
        "How much heat is needed to warm 0.50 kg of iron (c_p = 450 J/(kg·K)) by 10 °C, in ergs?"
    )
    assert answer.ok
    assert f"{answer.quantity.units}" == "erg"
    assert float(answer.quantity.to("J").magnitude) == pytest.approx(0.50 * 450 * 10)
