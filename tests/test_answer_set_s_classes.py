"""Wrong-answer classes behind set S's first run (heldout18, written blind), in our own words.

* **Givens that over-determine the relation and contradict each other** (overdetermined.py): E, G
  and ν all stated for an isotropic solid, K asked. K = E/[3(1 − 2ν)] used E and ν and set G aside,
  though E = 2G(1 + ν) ties the three and the stated G is far from it. Consistent values (within the
  spread of tabulated constants) still answer.
"""

from __future__ import annotations

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        (
            "A cubic-free, isotropic bronze casting is listed with E = 120 GPa, G = 30 GPa and "
            "Poisson's ratio 0.33. What bulk modulus does that give, in GPa?",
            "30 GPa",
        ),
        (
            "Data sheet for a polycrystalline nickel alloy: Young's modulus 210 GPa; shear modulus "
            "110 GPa; ν = 0.31. Estimate its bulk modulus K (GPa).",
            "110 GPa",
        ),
        (
            "An isotropic ceramic has an elastic modulus of 380 GPa, a shear modulus of 100 GPa and a "
            "Poisson ratio of 0.22. Find its bulk modulus in GPa.",
            "100 GPa",
        ),
    ],
)
def test_contradicting_elastic_constants_refused(question: str, stated: str) -> None:
    reason = _refused(question)
    assert "contradict" in reason and "E = 2G(1 + ν)" in reason
    assert stated in reason


@pytest.mark.parametrize(
    ("question", "e_gpa", "nu"),
    [
        # Callister's copper row: 2G(1 + ν) = 123 GPa against E = 110 GPa, within the tables' spread
        (
            "Copper has E = 110 GPa, G = 46 GPa and ν = 0.34. Calculate its bulk modulus in GPa.",
            110.0,
            0.34,
        ),
        (
            "A plain carbon steel: Young's modulus 207 GPa, shear modulus 83 GPa, Poisson's ratio "
            "0.30. What is the bulk modulus (GPa)?",
            207.0,
            0.30,
        ),
        (
            "For aluminium take E = 69 GPa and ν = 0.33. Find the bulk modulus in GPa.",
            69.0,
            0.33,
        ),
    ],
)
def test_consistent_elastic_constants_answered(question: str, e_gpa: float, nu: float) -> None:
    assert _value(question, "GPa") == pytest.approx(e_gpa / (3 * (1 - 2 * nu)), rel=1e-3)
