"""Classes found by set X's first blind run (two wrong answers, both to must-refuse items), in our words.

- **The other carrier answered.** σ = n|e|μ for one carrier type gives the concentration of the
  carrier whose mobility is used. Asked for the HOLE concentration of an n-type wafer from its σ and
  electron mobility, the solver gave the electron concentration. One carrier's σ never gives the
  minority carriers (p = n_i²/n needs n_i): the reading is refused when the doping, the asked or given
  concentration and the mobility name different carriers.
- **Two stated values tied by an exact identity disagree.** 'n = 1.52 and the speed of light in it
  2.5 × 10⁸ m/s' states two indices (1.52 and c/v = 1.20); the critical angle took n and set the speed
  aside as a quantity it does not take. Identities that hold for every material (n = c/v, E = hc/λ =
  hν, σ = 1/ρ) now tie a set-aside value to the used ones, as the elastic constants already did.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason, solved_value

E = 1.602176634e-19  # C


@pytest.mark.parametrize(
    "question",
    [
        "A phosphorus-doped (n-type) silicon sample has an electrical conductivity of 120 S/m; the "
        "electron mobility is 0.13 m^2/(V s). What is the concentration of holes?",
        "An n-type semiconductor conducts with a conductivity of 35 (Ω·m)⁻¹ and an electron "
        "mobility of 0.38 m²/(V·s). Find the concentration of holes.",
        "A p-type crystal has σ = 80 S/m; the carrier mobility is 0.019 m^2/(V s). Calculate the "
        "electron concentration.",
    ],
)
def test_the_other_carrier_is_refused(question):
    reason = refusal_reason(question)
    assert "n_i" in reason


@pytest.mark.parametrize(
    ("question", "sigma", "mu"),
    [
        (
            "A phosphorus-doped (n-type) silicon sample has an electrical conductivity of 120 S/m; "
            "the electron mobility is 0.13 m^2/(V s). What is the electron concentration?",
            120.0,
            0.13,
        ),
        (
            "A p-type crystal has σ = 80 S/m; the carrier mobility is 0.019 m^2/(V s). Calculate "
            "the hole concentration.",
            80.0,
            0.019,
        ),
        (
            "An n-type wafer has a conductivity of 200 S/m and an electron mobility of 0.14 m²/V·s. "
            "Determine the carrier concentration.",
            200.0,
            0.14,
        ),
    ],
)
def test_the_carrier_the_mobility_describes_is_answered(question, sigma, mu):
    assert solved_value(question, "1/m^3") == pytest.approx(sigma / (E * mu), rel=0.01)


def test_a_given_concentration_of_the_other_carrier_is_refused():
    question = (
        "An n-type semiconductor has a hole concentration of 2 × 10^12 m^-3 and an electron "
        "mobility of 0.14 m^2/(V s). Compute its electrical conductivity."
    )
    assert "ONE carrier" in refusal_reason(question)


def test_a_speed_of_light_that_contradicts_the_index_is_refused():
    question = (
        "A flint glass has an index of refraction of 1.65 and the velocity of light in the glass "
        "is 2.2 × 10^8 m/s. What is the critical angle at a glass–air surface?"
    )
    assert "contradict" in refusal_reason(question)


def test_a_speed_of_light_that_agrees_with_the_index_is_kept():
    question = (
        "A flint glass has an index of refraction of 1.65 and the velocity of light in the glass "
        "is 1.82 × 10^8 m/s. What is the critical angle at a glass–air surface?"
    )
    angle = solved_value(question, "degree")
    assert angle == pytest.approx(math.degrees(math.asin(1 / 1.65)), rel=0.01)


@pytest.mark.parametrize(("sigma", "contradicts"), [(3.0e7, True), (5.9e7, False)])
def test_a_conductivity_beside_a_resistivity_must_agree_with_it(sigma, contradicts):
    question = (
        f"A copper wire has a resistivity of 1.7 × 10^-8 Ω·m and an electrical conductivity of "
        f"{sigma:.1e} S/m. Its length is 2 m and its cross-sectional area 1 mm^2. Compute its "
        "resistance."
    ).replace("e+07", " × 10^7")
    if contradicts:
        assert "contradict" in refusal_reason(question)
    else:
        assert solved_value(question, "ohm") == pytest.approx(1.7e-8 * 2 / 1e-6, rel=0.01)


def test_a_hanging_multiple_choice_stem_with_a_decimal_in_it_is_asked():
    # 'With Y = 1.12, the largest … is' then options: the decimal point ends no sentence
    question = (
        "A plate of an alloy with K_Ic = 55 MPa√m carries a stress of 250 MPa. With Y = 1.12, the "
        "largest edge crack it tolerates is\n(A) 0.8 mm  (B) 12.3 mm  (C) 3.1 mm  (D) 25 mm"
    )
    expected_mm = (55 / (1.12 * 250)) ** 2 / math.pi * 1e3
    assert solved_value(question, "mm") == pytest.approx(expected_mm, rel=0.01)


@pytest.mark.parametrize(
    "question",
    [
        "hey, what true stress do I need for a true strain of 0.12? **K** = 520 MPa, **n** = 0.18 "
        "(answer in MPa)",
        "What true stress, in MPa, gives a true strain of 0.12? Data: `K = 520 MPa`, `n = 0.18`",
        "What true stress, in MPa, gives a true strain of 0.12 when *K* = 520 MPa and *n* = 0.18?",
    ],
)
def test_markdown_emphasis_around_labels_is_read_through(question):
    # a chat message marks its data up: bold, italics or code spans around 'K' and 'n'
    assert solved_value(question, "MPa") == pytest.approx(520 * 0.12**0.18, rel=0.01)


CU_AL = "Copper has an atomic radius of 0.128 nm and aluminium one of 0.143 nm. Both are FCC. "


@pytest.mark.parametrize(("metal", "radius_nm"), [("aluminium", 0.143), ("copper", 0.128)])
def test_the_other_materials_data_are_left_aside(metal, radius_nm):
    question = CU_AL + f"What is the lattice parameter of {metal}?"
    assert solved_value(question, "nm") == pytest.approx(2 * math.sqrt(2) * radius_nm, rel=0.01)


def test_a_superconductor_asked_about_takes_its_own_critical_values():
    question = (
        "Tin has T_c = 3.72 K and B_c(0) = 0.0305 T, while vanadium has T_c = 5.40 K and "
        "B_c(0) = 0.1408 T. A tin foil is cooled to 2.0 K. What is the largest field, in mT, that "
        "it can carry and stay superconducting?"
    )
    expected_mt = 30.5 * (1 - (2.0 / 3.72) ** 2)
    assert solved_value(question, "mT") == pytest.approx(expected_mt, rel=0.01)


def test_a_third_material_with_no_data_of_its_own_is_refused():
    refusal_reason(CU_AL + "What is the lattice parameter of nickel?")
