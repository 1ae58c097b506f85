"""Wrong-answer classes found by neighbour round 16 (tests/data/answer_neighbours16.py), in our own
words.

* A one-phase relation (Q = m c ΔT, ΔL = α L₀ ΔT, ρ_T = ρ₀[1 + α(T − T₀)]) used across the melting
  point of the material the question names, the melting point itself not stated (aluminium heated
  to 800 °C, copper's resistivity at 1200 °C, ice warmed past 0 °C): refused by
  matsci_jupyter/engines/answer/melt_span.py.
* A duration stated as added to an earlier stage ('another 30 min', '2 h more') fed to a kinetic
  relation as the time from the start: refused by matsci_jupyter/engines/answer/added_duration.py.
* The area of each of a specimen's two faces ('50 in.² on each of its two faces') taken for the
  whole exposed area (matsci_jupyter/engines/answer/given_qualifiers.py).

Each class has look-alikes that keep their answer.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value


# --- one-phase relation across an unstated melting point
@pytest.mark.parametrize(
    "question",
    [
        (
            "What heat, in kJ, raises a 3.0 kg aluminium casting (specific heat 900 J/(kg·K)) from "
            "room temperature, 20 °C, to 750 °C?"
        ),
        (
            "A 1.0 kg block of lead (c = 0.128 J/(g·K)) is warmed from 30 °C to 450 °C. How much heat "
            "does this take, in kJ?"
        ),
        (
            "Find the heat in joules to take 200 g of ice (specific heat 2.1 J g⁻¹ K⁻¹) from −15 °C "
            "up to 5 °C."
        ),
        (
            "A zinc rod 1.5 m long (α = 30 × 10⁻⁶ per °C) is heated from 25 °C to 500 °C. What is its "
            "elongation in mm?"
        ),
        (
            "Silver has a resistivity of 1.59E-8 Ω·m at 20 °C and α = 0.0038 per °C. Find its "
            "resistivity in Ω·m at 1100 °C."
        ),
        (
            "How much heat (kJ) is needed to raise a 5 kg steel billet (c_p = 490 J/kg·K) from 20 °C "
            "to 1550 °C?"
        ),
    ],
)
def test_one_phase_relation_across_melting_is_refused(question: str) -> None:
    assert "melts" in _refused(question)


@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            (
                "What heat, in kJ, raises a 3.0 kg aluminium casting (specific heat 900 J/(kg·K)) "
                "from 20 °C to 550 °C?"
            ),
            "kJ",
            3.0 * 900 * 530 / 1e3,
        ),
        (
            (
                "A 1.0 kg block of lead (c = 0.128 J/(g·K)) is warmed from 30 °C to 250 °C. How much "
                "heat does this take, in kJ?"
            ),
            "kJ",
            128 * 220 / 1e3,
        ),
        (
            (
                "A zinc rod 1.5 m long (α = 30 × 10⁻⁶ per °C) is heated from 25 °C to 300 °C. What is "
                "its elongation in mm?"
            ),
            "mm",
            1.5 * 30e-6 * 275 * 1e3,
        ),
        (
            (
                "Silver has a resistivity of 1.59E-8 Ω·m at 20 °C and α = 0.0038 per °C. Find its "
                "resistivity in Ω·m at 150 °C."
            ),
            "ohm*m",
            1.59e-8 * (1 + 0.0038 * 130),
        ),
    ],
)
def test_one_phase_relation_below_melting_keeps_its_answer(
    question: str, unit: str, expected: float
) -> None:
    assert _value(question, unit) == pytest.approx(expected, rel=1e-3)


# --- a duration added to an earlier stage
@pytest.mark.parametrize(
    "question",
    [
        (
            "A brass grain size grows from 15 µm to 40 µm during 20 min at 650 °C (d² − d₀² = Kt). "
            "What diameter (µm) after another 40 min?"
        ),
        (
            "Annealing at 600 °C coarsens a copper from 12 µm to 30 µm in 1 h. Assuming d² − d₀² = "
            "Kt, what grain diameter (µm) is reached after 2 h more at the same temperature?"
        ),
        (
            "A transformation follows Avrami kinetics with n = 2 and is half complete after 100 s. "
            "What fraction has transformed after another 100 s?"
        ),
    ],
)
def test_added_duration_is_refused(question: str) -> None:
    assert "added" in _refused(question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            (
                "A brass grain size grows from 15 µm to 40 µm during 20 min at 650 °C (d² − d₀² = "
                "Kt). What diameter (µm) after 60 min in total?"
            ),
            math.sqrt(15**2 + (40**2 - 15**2) / 20 * 60),
        ),
        (
            (
                "Grain growth with d² − d₀² = Kt: from 20 µm, the grains reach 45 µm after 30 min. "
                "What grain diameter (µm) is reached after 2 h in total?"
            ),
            math.sqrt(20**2 + (45**2 - 20**2) / 30 * 120),
        ),
        (
            (
                "Annealing at 600 °C coarsens a copper from 12 µm to 30 µm in 1 h. Assuming d² − d₀² "
                "= Kt, what grain diameter (µm) is reached after 3 h in total at the same temperature?"
            ),
            math.sqrt(12**2 + (30**2 - 12**2) * 3),
        ),
        (
            (
                "A brass grain size grows from 20 µm to 45 µm during 30 min at 700 °C (d² − d₀² = "
                "Kt). What diameter (µm) is reached 90 min after the start of the anneal?"
            ),
            math.sqrt(20**2 + (45**2 - 20**2) / 30 * 90),
        ),
    ],
)
def test_total_duration_keeps_its_answer(question: str, expected: float) -> None:
    assert _value(question, "um") == pytest.approx(expected, rel=1e-3)


# --- the area of each of two faces
@pytest.mark.parametrize(
    "question",
    [
        (
            "A steel coupon (density 7.9 g/cm^3) 50 in.^2 in exposed area on each of its two faces "
            "loses 2.8 g in 1.5 years, both faces corroding. CPR in mpy?"
        ),
        (
            "A zinc plate (ρ = 7.14 g/cm³) loses 1.2 g in 200 days; it corrodes over 30 cm² on each "
            "of its two sides. Give the penetration rate in mm per year."
        ),
        (
            "An aluminium panel (density 2.70 g/cm^3) with 400 cm^2 exposed on each of its two faces "
            "loses 0.9 g in one year. What is its corrosion penetration rate in mm/yr?"
        ),
    ],
)
def test_area_of_each_of_two_faces_is_refused(question: str) -> None:
    assert "face" in _refused(question)


def test_one_exposed_area_keeps_its_answer() -> None:
    question = (
        "A steel coupon (density 7.9 g/cm^3) with an exposed area of 50 in.^2 loses 2.8 g in 1.5 "
        "years of exposure. Express the corrosion penetration rate in mils per year (mpy)."
    )
    expected = 2.8 / 7.9 / (50 * 6.4516) / 1.5 / 2.54e-3
    assert _value(question, "thou/year") == pytest.approx(expected, rel=1e-3)
