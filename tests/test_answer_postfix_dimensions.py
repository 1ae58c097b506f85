"""'A specimen of brass 10 mm in diameter and 100 mm long': the 'of' links the material, and each
number is named by the words after it (a main-branch wrong answer bound 100 mm as the diameter)."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve


def _elongation_mm(force_n: float, length_mm: float, diameter_mm: float, e_gpa: float) -> float:
    area = math.pi * (diameter_mm / 2) ** 2  # mm²
    return force_n * length_mm / (area * e_gpa * 1e3)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "A round specimen of aluminium 12 mm in diameter and 200 mm long carries a tensile load "
            "of 8 kN. E = 70 GPa. By how much does it lengthen, in mm?",
            _elongation_mm(8e3, 200, 12, 70),
        ),
        (
            "A rod of copper 8 mm in diameter and 300 mm long is loaded in tension with 5 kN; "
            "E = 110 GPa. How much does it elongate, in mm?",
            _elongation_mm(5e3, 300, 8, 110),
        ),
        # 'a wire of 0.8 mm diameter': the noun after the number names it (main swapped the two)
        (
            "A tungsten wire of 0.6 mm diameter and 0.9 m length has a resistivity of "
            "5.6 × 10^-8 Ω·m. What is its resistance in ohms?",
            5.6e-8 * 0.9 / (math.pi * 0.0003**2) * 1e3,  # resistance in mΩ
        ),
        # the prefix form keeps its reading
        (
            "A bar of 250 mm length and 10 mm diameter is pulled with 12 kN; E = 200 GPa. How much "
            "does it elongate, in mm?",
            _elongation_mm(12e3, 250, 10, 200),
        ),
    ],
)
def test_each_number_keeps_the_dimension_named_after_it(question: str, value: float) -> None:
    answer = solve(question)
    assert answer.ok, answer.reason
    unit = "milliohm" if "ohms" in question else "mm"
    assert answer.quantity.to(unit).magnitude == pytest.approx(value, rel=2e-3)
