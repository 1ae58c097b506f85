"""Coverage classes from set X (branch covx, session 29), each with look-alikes that keep their verdict.

* A spelled fraction of one unit ('a quarter of a litre', 'half an hour') and one whole period
  ('one full day') are the values they state; "Poisson's ratio one-third" is ν = 1/3.
* A unit-system aside after a susceptibility, '(SI, volume)', carries no datum.
* In an Avrami question, a percentage of the one product phase ('50 % bainite') and a bare
  'to reach 95 %' after it are fractions transformed.

Every question here is written for these tests.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.avrami_percent import avrami_percents
from matsci_jupyter.engines.answer.spelled_amounts import spelled_amounts

F = 96485.33212


def _value(question: str, unit: str) -> float:
    a = answer(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> bool:
    return answer(question).quantity is None


# ------------------------------------------------------------------ the rewrites themselves
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a tank of a quarter of a litre", "a tank of 0.25 litre"),
        ("held for half an hour at 500 °C", "held for 0.5 hour at 500 °C"),
        ("after three quarters of an hour", "after 0.75 hour"),
        ("a bar one-third of a metre long", "a bar 0.333333 metre long"),
        ("left running for one full day", "left running for 1 day"),
        ("over a whole year", "over 1 year"),
        ("with Poisson's ratio one-third", "with Poisson's ratio 0.333333"),
        ("ν = one-half", "ν = 0.5"),
    ],
)
def test_spelled_amounts_are_written_as_numbers(text: str, expected: str) -> None:
    assert spelled_amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "it thins by 2 mm a day",  # a rate: 'a day' is 'per day'
        "a quarter of the specimen is porous",  # a share of something else
        "a bar of length L loses one-third of its length",  # no Poisson's ratio named
        "Poisson's ratio and one-third of the load",  # a share of the load
        "The mass susceptibility is 2e-8 (SI, mass) at 300 K; what is its susceptibility?",
        "two halves of an hour",  # not a fraction of one unit
    ],
)
def test_lookalikes_are_left_alone(text: str) -> None:
    assert spelled_amounts(text) == text


# ------------------------------------------------------------------ solved questions
def test_shear_modulus_from_spelled_poisson_ratio() -> None:
    q = "An alloy has an elastic modulus of 90 GPa and a Poisson's ratio of one-third. What is its shear modulus?"
    assert _value(q, "GPa") == pytest.approx(90 / (2 * (1 + 1 / 3)), rel=1e-4)


def test_hysteresis_power_with_a_spelled_volume() -> None:
    q = (
        "A ferrite core loses 180 J/m³ per hysteresis cycle. Its volume is half a litre and it is "
        "driven at 50 Hz. How much power does the hysteresis dissipate?"
    )
    assert _value(q, "W") == pytest.approx(180 * 0.5e-3 * 50, rel=1e-6)


def test_faraday_mass_over_one_full_day() -> None:
    q = (
        "A magnesium anode protecting a pipeline passes a steady 1.5 A. What mass of magnesium "
        "dissolves in one full day, in grams?"
    )
    expected = 1.5 * 86400 * 24.305 / (2 * F)
    assert _value(q, "g") == pytest.approx(expected, rel=5e-3)


def test_curie_susceptibility_with_an_si_aside() -> None:
    for aside in ("(SI units)", "(volume, SI)", "(SI)"):
        q = (
            "An alum crystal obeys the Curie law. Its susceptibility at 290 K is 2.0 × 10⁻⁴ "
            f"{aside}. What is its susceptibility at 4.2 K?"
        )
        assert _value(q, "dimensionless") == pytest.approx(2.0e-4 * 290 / 4.2, rel=1e-4)


def test_avrami_product_percentages() -> None:
    q = (
        "Bainite forms isothermally with Avrami exponent n = 2.5. Reaching 50 % bainite takes 40 s. "
        "How many seconds are needed to reach 95 %?"
    )
    expected = 40 * (math.log(0.05) / math.log(0.5)) ** (1 / 2.5)
    assert _value(q, "s") == pytest.approx(expected, rel=1e-4)


def test_avrami_product_percentage_with_a_spelled_time() -> None:
    q = (
        "Recrystallization of a cold-worked brass follows Avrami kinetics, n = 2. It takes half an hour "
        "to reach 30 % recrystallized. How long, in minutes, to reach 90 %?"
    )
    expected = 30 * (math.log(0.1) / math.log(0.7)) ** 0.5
    assert _value(q, "min") == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize(
    "text",
    [
        # no Avrami named
        "Pearlite forms isothermally. It takes 60 s to reach 50 % pearlite. How long to reach 90 %?",
        # percentages of two phases
        "Avrami kinetics, n = 3: after 60 s there is 50 % pearlite and 10 % bainite. When is 90 % reached?",
        # a percentage of the parent phase (1 − y)
        "Avrami kinetics, n = 3: after 60 s, 50 % austenite remains. How long to reach 10 %?",
    ],
)
def test_avrami_lookalikes_are_not_rewritten(text: str) -> None:
    assert avrami_percents(text) == text


def test_avrami_percent_of_a_time_stays_refused_or_unrewritten() -> None:
    q = "Avrami kinetics, n = 3, 50 % pearlite after 60 s. If the time is 20 % longer, what fraction has formed?"
    assert "20 % longer" in avrami_percents(q)


# ------------------------------------------------------------------ density fall on heating
@pytest.mark.parametrize(
    ("question", "alpha", "dt"),
    [
        (
            "A tungsten filament support (α_l = 4.5 × 10⁻⁶ °C⁻¹) is heated from 20 °C to 1220 °C. By "
            "what percentage does its density decrease?",
            4.5e-6,
            1200.0,
        ),
        (
            "Zinc has a linear expansion coefficient of 30 × 10⁻⁶ K⁻¹. When a zinc casting is heated by "
            "300 K, by what percent does its density drop?",
            30e-6,
            300.0,
        ),
        (
            "A magnesium part with α = 26 × 10⁻⁶ per °C warms from 15 °C to 315 °C. What is the "
            "percentage decrease in its density?",
            26e-6,
            300.0,
        ),
    ],
)
def test_density_fall_on_heating(question: str, alpha: float, dt: float) -> None:
    expected = 100 * (1 - 1 / (1 + alpha * dt) ** 3)
    assert _value(question, "percent") == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        # a volume coefficient, not a linear one
        "A polymer with β = 2.1 × 10⁻⁴ K⁻¹ is heated by 50 K. By what percentage does its density decrease?",
        # cooled: the density rises
        "A zinc bar (α = 30 × 10⁻⁶ K⁻¹) is cooled from 300 °C to 20 °C. By what percentage does its density decrease?",
        # the small-change approximation is asked for
        "Zinc (α = 30 × 10⁻⁶ K⁻¹) is heated by 300 K. Using ΔV/V ≈ 3αΔT, by what percentage does its density decrease?",
    ],
)
def test_density_fall_lookalikes_are_not_answered(question: str) -> None:
    a = answer(question)
    assert a.quantity is None or a.relation != "density_drop_on_heating"
