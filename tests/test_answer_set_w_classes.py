"""Classes found by set W's first blind run, each in its own wording.

- **A ratio of times at two temperatures** ('the ratio of the half-transformation time at 300 °C to
  that at 350 °C') was answered with the ratio of rates, exp[−(Q/R)(1/T₁ − 1/T₂)]: the reciprocal of
  the right value (main answered 0.080 for 12.5). A time to reach a given state goes as
  exp(+Q/RT); the rate relation no longer reads a question that asks a time, and a time relation
  answers it.
- **The form of a ratio** ('State it as x : 1', '(answer as x:1)') was read as a given 1.
- **Uncertainties in the concise notation** ('a = 0.3524(2) nm', 'Q = 150(5) kJ/mol') and a '±'
  uncertainty closing a sentence ('n = 1.52 ± 0.01.') were read as extra givens.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import solved_value

from matsci_jupyter.engines.answer.text import normalize
from matsci_jupyter.engines.answer.uncertainty import drop_uncertainties

R = 8.314462618  # J/(mol K)


def _time_ratio(q_j_mol: float, t_top_c: float, t_bottom_c: float) -> float:
    """t(T_top)/t(T_bottom) for a time ∝ exp(+Q/RT)."""
    return math.exp(q_j_mol / R * (1 / (t_top_c + 273.15) - 1 / (t_bottom_c + 273.15)))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "An aging reaction has an activation energy of 130 kJ/mol. What is the ratio of the "
            "half-transformation time at 250 °C to that at 300 °C?",
            _time_ratio(130e3, 250, 300),
        ),
        (
            "Creep of an alloy has an activation energy of 280 kJ/mol. Find the ratio of the rupture "
            "time at 700 °C to that at 750 °C.",
            _time_ratio(280e3, 700, 750),
        ),
        (
            "For recrystallization the activation energy is 180 kJ/mol. Determine the ratio of the "
            "recrystallization time at 450 °C to that at 500 °C.",
            _time_ratio(180e3, 450, 500),
        ),
    ],
)
def test_a_ratio_of_times_goes_as_exp_plus_q_over_rt(question, expected):
    assert expected > 1
    assert solved_value(question, "dimensionless") == pytest.approx(expected, rel=0.01)


def test_a_ratio_of_rates_is_unchanged():
    question = (
        "The activation energy for diffusion of nitrogen in iron is 77 kJ/mol. What is the ratio of "
        "the diffusion coefficient at 600 °C to that at 500 °C?"
    )
    expected = 1 / _time_ratio(77e3, 600, 500)
    assert solved_value(question, "dimensionless") == pytest.approx(expected, rel=0.01)


@pytest.mark.parametrize(
    "form",
    ["State it as x : 1.", "(answer as x:1)", "Give it in the form n : 1.", "Express as X:1."],
)
def test_the_form_of_a_ratio_is_not_a_given(form):
    question = (
        f"Diffusion of zinc in copper has Q = 189 kJ/mol. How many times larger is D at 1000 K than "
        f"at 800 K? {form}"
    )
    expected = math.exp(-189e3 / R * (1 / 1000 - 1 / 800))
    assert solved_value(question, "dimensionless") == pytest.approx(expected, rel=0.01)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("a = 0.3524(2) nm", "a = 0.3524 nm"),
        ("Q = 150(5) kJ/mol.", "Q = 150 kJ/mol."),
        ("T_C = 7.19(2) K and", "T_C = 7.19 K and"),
        ("n = 1.52 ± 0.01. What", "n = 1.52. What"),
    ],
)
def test_uncertainties_are_dropped(written, read):
    assert drop_uncertainties(normalize(written)) == read


@pytest.mark.parametrize(
    "kept",
    [
        "the (111) plane",  # Miller indices
        "d(111) = 0.20 nm",
        "x = 2(3) + 4",  # a product, not a spread (3 is not small beside 2)
        "Fe(2) sites",
    ],
)
def test_brackets_that_are_not_uncertainties_stay(kept):
    assert drop_uncertainties(normalize(kept)) == normalize(kept)


def test_planar_density_from_a_lattice_parameter_with_its_uncertainty():
    question = (
        "XRD gives the lattice parameter of an FCC aluminium film as a = 0.4050(3) nm. What is the "
        "planar density of the (100) plane, in atoms per nm²?"
    )
    assert solved_value(question, "1/nm**2") == pytest.approx(2 / 0.4050**2, rel=0.01)


def test_reflectance_with_an_uncertain_index_closing_a_sentence():
    question = (
        "A polycarbonate sheet has a refractive index n = 1.59 ± 0.01. What percentage of normally "
        "incident light is reflected at its front surface in air?"
    )
    expected = 100 * ((1.59 - 1) / (1.59 + 1)) ** 2
    assert solved_value(question, "percent") == pytest.approx(expected, rel=0.01)
