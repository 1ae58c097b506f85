"""Three wrong-answer classes of set J's first run, in our own words.

* The austenite a quench leaves behind is the rest of the Koistinen–Marburger fraction: asked the
  retained austenite, the answer is exp[−α(M_s − T_q)], never the martensite fraction.
* A pearlite fraction read backwards gives one carbon content on each side of the eutectoid (lever
  rule, Callister eqs. 9.20 and 9.22): refused unless the side is named or only one lies in its range.
* A demagnetisation curve's end points (B_r at H = 0, H_c at B = 0) are not one point of the curve:
  their product is no energy product. For a straight-line curve (BH)_max = B_r·|H_c|/4.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

QUENCH = (
    "A tool steel whose martensite start is M_s = 180 °C is quenched into oil at 40 °C. "
    "Take the Koistinen–Marburger constant as 0.011 K⁻¹. "
)


def _left(ms_c: float, tq_c: float, alpha: float = 0.011) -> float:
    return math.exp(-alpha * (ms_c - tq_c))


@pytest.mark.parametrize(
    "ask",
    [
        "What percentage of the austenite is retained?",
        "What percentage of retained austenite is expected after the quench?",
        "Estimate the fraction of untransformed austenite.",
    ],
)
def test_retained_austenite_is_the_rest_of_the_quench(ask: str) -> None:
    answer = solve(QUENCH + ask)
    assert answer.ok, answer.reason
    assert answer.quantity.to("dimensionless").magnitude == pytest.approx(_left(180, 40), rel=2e-3)


def test_martensite_fraction_is_still_answered() -> None:
    answer = solve(QUENCH + "What fraction of martensite forms?")
    assert answer.ok, answer.reason
    value = answer.quantity.to("dimensionless").magnitude
    assert value == pytest.approx(1 - _left(180, 40), rel=2e-3)


def test_austenite_that_transforms_is_not_answered_as_retained() -> None:
    # 'the fraction of the austenite that transforms' is the martensite: never the retained share
    answer = solve(QUENCH + "What fraction of the austenite transforms to martensite?")
    assert answer.ok, answer.reason
    value = answer.quantity.to("dimensionless").magnitude
    assert value == pytest.approx(1 - _left(180, 40), rel=2e-3)


FE_C = "(eutectoid 0.76 wt% C, ferrite 0.022 wt% C, cementite 6.70 wt% C)"


def test_pearlite_fraction_alone_fits_both_sides_and_is_refused() -> None:
    # 0.70 pearlite: 0.539 wt% C below the eutectoid or 2.54 wt% C above it; 2.54 is past 2.14, so
    # use 0.85: 0.649 or 1.65 wt% C, both steels
    answer = solve(
        f"A plain-carbon steel cooled slowly {FE_C} is 85 % pearlite by mass. "
        "What is its carbon content in wt% C?"
    )
    assert not answer.ok
    assert "hypoeutectoid" in answer.reason and "hypereutectoid" in answer.reason


@pytest.mark.parametrize(
    ("side", "key"),
    [
        ("hypoeutectoid", 0.022 + 0.85 * (0.76 - 0.022)),
        ("hypereutectoid", 6.70 - 0.85 * (6.70 - 0.76)),
    ],
)
def test_named_side_gives_its_carbon_content(side: str, key: float) -> None:
    answer = solve(
        f"A slowly cooled {side} steel {FE_C} is 85 % pearlite by mass. "
        "What is its carbon content in wt% C?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("percent").magnitude == pytest.approx(key, rel=2e-3)


def test_low_pearlite_has_one_steel_reading() -> None:
    # 30 % pearlite above the eutectoid would need 4.9 wt% C: a cast iron, not a steel
    answer = solve(
        f"A plain-carbon steel cooled slowly {FE_C} is 30 % pearlite by mass. "
        "What is its carbon content in wt% C?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("percent").magnitude == pytest.approx(
        0.022 + 0.30 * (0.76 - 0.022), rel=2e-3
    )


def test_product_of_remanence_and_coercivity_is_not_an_energy_product() -> None:
    answer = solve(
        "An Alnico magnet has B_r = 1.25 T and H_c = −50 kA/m. "
        "What is its maximum energy product in kJ/m³?"
    )
    # the curve's shape is not given: no number (B_r·|H_c| = 62.5 kJ/m³ would be wrong)
    assert not answer.ok
    assert "Error" not in answer.reason  # a refusal, not a swallowed exception


@pytest.mark.parametrize(
    "question",
    [
        "A bonded ferrite magnet has a demagnetisation curve that falls in a straight line from a "
        "remanence of 0.25 T to a coercivity of −180 kA/m. Estimate (BH)max in kJ/m³.",
        "The second-quadrant demagnetization curve of a ferrite is linear between B_r = 0.25 T and "
        "H_c = −180 000 A/m. What is its maximum energy product, in kJ/m^3?",
    ],
)
def test_straight_line_curve_gives_a_quarter_of_the_product(question: str) -> None:
    answer = solve(question)
    assert answer.ok, answer.reason
    assert answer.quantity.to("kJ/m**3").magnitude == pytest.approx(0.25 * 180 / 4, rel=2e-3)


def test_energy_product_at_one_point_keeps_its_answer() -> None:
    answer = solve(
        "At one point of a magnet's demagnetization curve B = 0.30 T and H = −120 kA/m. "
        "What is the energy product at that point, in kJ/m³?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("kJ/m**3").magnitude == pytest.approx(36, rel=2e-3)
