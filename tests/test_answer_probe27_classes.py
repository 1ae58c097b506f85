"""Classes found by probe round 26 (helper probe27, session 32). Each was answered with a wrong
number on main (2615431):

* Faraday's law where the stem writes both the metal's ion ('Cu+', 'Fe³⁺ ions') and the bath salt's
  formula ('CuCl', 'FeCl3', 'AgNO3'): the written ion left the formula in place, and the atomic
  weight looked up was the salt's (CuCl 99.0 g/mol for Cu 63.5). The formula is now read as 'the
  salt' so that the metal's atomic weight is used, and an ion whose charge differs from the salt's
  ('CuCl2 (Cu+)') is refused (metal_ion_charge.py);
* the area of a round section asked 'in square inches' / 'in square millimetres': the word 'square'
  of the unit chose the square-section relation, and the diameter was squared as a side. The
  square-section area now excludes a diameter or a round, circular or cylindrical section
  (relations/cross_sections.py);
* a trigonometric function of the angle between two cubic directions or planes asked ('the cosine
  of the angle between [100] and [111]'): the angle was answered and, the ask having no unit, read
  in radians (0.955 for 0.577). The cosine, sine or tangent is now answered; an angle asked as a bare
  number is refused (cubic_angles.py);
* a ratio, factor or change between the Hall–Petch strengths at two grain sizes asked ('the ratio of
  the yield strength at the finer grain size to that at the coarser'): the strength at the finer
  size was answered. The named-grain-size handler now leaves such asks alone (grain_refinement.py);
* the signed thermal stress of a bar resting free ('rests free on rollers', 'freely supported'):
  σ = −EαΔT was answered as if the bar were held. A free body is now refused by the signed relation
  as by the unsigned one (answer_guards.py).

Refusals are told from answers by their reason where it matters.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

F = 96485.33212


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.to(unit).magnitude)


def _refused_or_right(question: str, unit: str, key: float | None) -> None:
    answer = solve(question)
    if not answer.ok:
        assert answer.reason
        return
    assert key is not None, f"must be refused, answered {answer.quantity}"
    assert float(answer.quantity.to(unit).magnitude) == pytest.approx(key, rel=1e-2)


# ---- a written ion beside the salt's formula: the metal's atomic weight, not the salt's
@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "A bath of CuCl carries 1.2 A for 50 min, plating copper as Cu+ ions. How many grams of "
            "copper plate out?",
            1.2 * 3000 * 63.55 / F,
        ),
        (
            "With Fe3+ ions in an FeCl3 electrolyte, 0.75 A flows for 2 h. What mass of iron is "
            "deposited at the cathode?",
            0.75 * 7200 * 55.85 / (3 * F),
        ),
        (
            "Ag⁺ from an AgNO3 solution is reduced by a current of 0.30 A over 25 min. What mass of "
            "silver is deposited?",
            0.30 * 1500 * 107.87 / F,
        ),
        (
            "Nickel (Ni2+) is electroplated from NiSO4 using 4.0 A for 15 min. Find the mass of "
            "nickel plated.",
            4.0 * 900 * 58.69 / (2 * F),
        ),
    ],
)
def test_written_ion_with_salt_formula_uses_metal(question: str, key: float) -> None:
    _refused_or_right(question, "g", key)


@pytest.mark.parametrize(
    "question",
    [
        "Copper (as Cu+) is plated from a CuSO4 bath at 2.0 A for 1 h. What mass of copper plates?",
        "An FeCl2 bath deposits iron as Fe3+ at 1.0 A for 3 h. What mass of iron is deposited?",
    ],
)
def test_written_ion_disagreeing_with_salt_refused(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert "disagree" in (answer.reason or "")


# ---- a round section's area in 'square' units
@pytest.mark.parametrize(
    ("question", "unit", "key"),
    [
        (
            "In square millimetres, what cross-sectional area does a round bar 16 mm in diameter "
            "have?",
            "mm**2",
            math.pi * 16**2 / 4,
        ),
        (
            "A circular rod has a diameter of 0.75 in. Give its cross-sectional area in square inches.",
            "inch**2",
            math.pi * 0.75**2 / 4,
        ),
        (
            "Find the cross-section area, in square centimetres, of a cylindrical specimen of diameter "
            "2.0 cm.",
            "cm**2",
            math.pi,
        ),
    ],
)
def test_round_section_not_square(question: str, unit: str, key: float) -> None:
    _refused_or_right(question, unit, key)


def test_square_section_still_squared() -> None:
    q = "What is the cross-sectional area, in square millimetres, of a square bar 15 mm on a side?"
    assert _value(q, "mm**2") == pytest.approx(225)


# ---- a trigonometric function of a cubic angle
@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "For a cubic crystal, give cos θ for the angle θ between [110] and [100].",
            1 / math.sqrt(2),
        ),
        (
            "What is the cosine of the angle between the (110) and (111) planes of a cubic metal?",
            2 / math.sqrt(6),
        ),
        ("In a cubic crystal, find the sine of the angle between [100] and [010].", 1.0),
    ],
)
def test_trig_of_cubic_angle(question: str, key: float) -> None:
    _refused_or_right(question, "dimensionless", key)


def test_cubic_angle_in_degrees_kept() -> None:
    q = "In a cubic crystal, what is the angle between [110] and [100]?"
    assert _value(q, "degree") == pytest.approx(45)


# ---- a comparison of the two Hall-Petch strengths is not the strength at one size
@pytest.mark.parametrize(
    ("question", "unit", "key"),
    [
        (
            "Given σ0 = 40 MPa and k = 0.50 MPa·m^½, a metal is made with 64 µm and 16 µm grains. "
            "What is the ratio of yield strength at the finer grain size to the coarser one?",
            "dimensionless",
            (40 + 0.5 / 4e-3) / (40 + 0.5 / 8e-3),
        ),
        (
            "Given σ0 = 40 MPa and k = 0.50 MPa·m^½, a metal is made with 64 µm and 16 µm grains. By "
            "what factor does the yield strength at the finer grain size exceed the coarser one?",
            "dimensionless",
            (40 + 0.5 / 4e-3) / (40 + 0.5 / 8e-3),
        ),
        (
            "Given σ0 = 40 MPa and k = 0.50 MPa·m^½, a metal is made with 64 µm and 16 µm grains. What "
            "is the percentage change in yield strength at the finer grain size?",
            "percent",
            100 * (0.5 / 4e-3 - 0.5 / 8e-3) / (40 + 0.5 / 8e-3),
        ),
    ],
)
def test_hall_petch_compared_not_one_strength(question: str, unit: str, key: float) -> None:
    _refused_or_right(question, unit, key)


def test_hall_petch_at_finer_size_kept() -> None:
    q = (
        "Given σ0 = 40 MPa and k = 0.50 MPa·m^½, a metal is made with 64 µm and 16 µm grains. "
        "What is the yield strength at the finer grain size?"
    )
    assert _value(q, "MPa") == pytest.approx(40 + 0.5 / 4e-3)


# ---- a free body carries no thermal stress, signed or not (each was answered on main)
@pytest.mark.parametrize(
    "question",
    [
        "A titanium strut (E = 110 GPa, α = 9 × 10⁻⁶ /°C) sits free on rollers and is heated from "
        "20 °C to 120 °C. Taking tension as positive, what is the thermal stress in MPa?",
        "A freely supported copper bar (E = 110 GPa, α = 17 × 10⁻⁶ /°C) is cooled from 90 °C to "
        "30 °C. Taking tension as positive, what is the thermal stress in MPa?",
        "A brass rod with both ends free (E = 100 GPa, α = 19 × 10⁻⁶ /°C) is heated from 20 °C to "
        "90 °C. Taking tension as positive, what thermal stress develops, in MPa?",
    ],
)
def test_free_body_signed_thermal_stress_refused(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert "free" in (answer.reason or "")


def test_restrained_signed_thermal_stress_kept() -> None:
    q = (
        "A steel rod (E = 200 GPa, α = 11 × 10⁻⁶ /°C) is held between rigid supports and heated from "
        "25 °C to 75 °C. Taking tension as positive, what is the thermal stress?"
    )
    assert _value(q, "MPa") == pytest.approx(-200e3 * 11e-6 * 50)
