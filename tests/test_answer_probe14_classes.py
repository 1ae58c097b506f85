"""Wrong-answer classes found by neighbour round 13 (tests/data/answer_neighbours13.py), in our own
words.

* A premise of the one relation that answered lifted by a sentence of the question: a membrane or
  wall not yet at steady state under Fick's first law, a crack lying parallel to the load under the
  Griffith or K_Ic relations, a material not linear-elastic up to yield under the modulus of
  resilience or Hooke's law. The relation kept the premise and answered.
* Fick's error-function solution solved for a time (or depth) from a concentration at depth outside
  the range between the initial and the surface concentrations: no time reaches it, yet erfinv of a
  negative argument, squared, gave a number.

Each class has look-alikes that keep their answer.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.units import get_registry


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if math.erf(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.to(get_registry().Unit(unit)).magnitude)


def _refused(question: str) -> str:
    answer = solve(question)
    assert not answer.ok, f"answered {answer.quantity}"
    assert answer.reason
    return answer.reason


@pytest.mark.parametrize(
    "question",
    [
        "A nickel foil 2.0 mm thick has hydrogen held at 0.9 and 0.1 kg/m³ on its two faces; "
        "D = 4.0 × 10⁻⁹ m²/s. The foil has not yet reached steady state. What is the flux in "
        "kg m⁻² s⁻¹?",
        "Carbon diffuses through an iron wall 5 mm thick whose faces sit at 1.2 and 0.4 kg/m³, "
        "D = 2 × 10⁻¹¹ m²/s. Shortly after the gas is admitted, before steady state, find the flux "
        "in kg/(m²·s).",
        "A ceramic plate (E = 300 GPa, surface energy 1.0 J/m²) has an internal crack 6 µm long "
        "whose plane lies parallel to the applied stress. Estimate the Griffith fracture stress in "
        "MPa.",
        "A steel plate with K_Ic = 50 MPa·√m holds an edge crack 3 mm deep; Y = 1.1. The crack runs "
        "parallel to the load. At what stress does it fracture, in MPa?",
        "A bronze has a yield strength of 300 MPa and E = 110 GPa, but its stress–strain curve is "
        "non-linear well before yield. What is its modulus of resilience in kJ/m³?",
    ],
)
def test_lifted_relation_premise_refused(question: str) -> None:
    reason = _refused(question)
    assert "premise" in reason


def test_kept_premise_look_alikes_answered() -> None:
    # steady state said outright, a crack normal to the load, linear up to yield
    assert _value(
        "A nickel foil 2.0 mm thick has hydrogen held at 0.9 and 0.1 kg/m³ on its two faces; "
        "D = 4.0 × 10⁻⁹ m²/s. At steady state, what is the flux in kg m⁻² s⁻¹?",
        "kg/(m**2*s)",
    ) == pytest.approx(4e-9 * 0.8 / 2e-3, rel=1e-3)
    assert _value(
        "A ceramic plate (E = 300 GPa, surface energy 1.0 J/m²) has an internal crack 6 µm long "
        "lying perpendicular to the applied stress. Estimate the Griffith fracture stress in MPa.",
        "MPa",
    ) == pytest.approx(math.sqrt(2 * 300e9 * 1.0 / (math.pi * 3e-6)) / 1e6, rel=1e-3)
    assert _value(
        "A bronze has a yield strength of 300 MPa and E = 110 GPa. What is its modulus of "
        "resilience in kJ/m³?",
        "kJ/m**3",
    ) == pytest.approx(300e6**2 / (2 * 110e9) / 1e3, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # above the surface concentration under carburizing
        "A 0.15 wt% C steel is carburized with its surface held at 0.90 wt% C; "
        "D = 2.0 × 10⁻¹¹ m²/s. How many hours are needed to bring the carbon content 0.5 mm below "
        "the surface to 1.10 wt%?",
        "A steel of 0.10 wt% carbon is carburized in a gas that keeps its surface at 0.80 wt% C; "
        "the diffusivity is 3.0 × 10⁻¹¹ m²/s. How many hours are needed to raise the carbon "
        "content 0.4 mm below the surface to 0.95 wt%?",
        # under decarburizing, below the surface concentration
        "A 0.80 wt% C steel is decarburized with its surface held at 0.20 wt% C; "
        "D = 1.6 × 10⁻¹¹ m²/s. How many hours are needed to bring the carbon content 0.6 mm below "
        "the surface to 0.10 wt%?",
    ],
)
def test_erf_concentration_outside_range_refused(question: str) -> None:
    reason = _refused(question)
    assert "between the initial and the surface" in reason


def test_erf_concentration_inside_range_answered() -> None:
    # carburizing and decarburizing with the target between the two concentrations
    t_carb = 0.5e-3**2 / (4 * 2.0e-11 * _erfinv((0.90 - 0.50) / (0.90 - 0.15)) ** 2) / 3600
    assert _value(
        "A 0.15 wt% C steel is carburized with its surface held at 0.90 wt% C; "
        "D = 2.0 × 10⁻¹¹ m²/s. How many hours are needed to bring the carbon content 0.5 mm below "
        "the surface to 0.50 wt%?",
        "hour",
    ) == pytest.approx(t_carb, rel=1e-2)
    t_decarb = 0.6e-3**2 / (4 * 1.6e-11 * _erfinv((0.50 - 0.20) / (0.80 - 0.20)) ** 2) / 3600
    assert _value(
        "A 0.80 wt% C steel is decarburized with its surface held at 0.20 wt% C; "
        "D = 1.6 × 10⁻¹¹ m²/s. How many hours are needed to bring the carbon content 0.6 mm below "
        "the surface to 0.50 wt%?",
        "hour",
    ) == pytest.approx(t_decarb, rel=1e-2)
