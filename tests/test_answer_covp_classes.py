"""Reading classes found in exam sets N and O (kinetics, composites).

* 'How many seconds …' asks for a time in seconds: the plural is a unit, never the ordinal 'second'
  that tells the second of two measured points apart, so an output named 'time at the third
  temperature' still answers it.
* A recrystallisation rate 'treated as thermally activated' obeys the same Arrhenius law as one said
  to 'obey an Arrhenius law': the time at a third temperature follows from two measured times.
* The share of the load an aligned composite's fibres carry (iso-strain), asked as a fraction, a
  percentage, a proportion or a share of the load, the applied load or the total load; and the
  matrix's share, which is the rest of it and never the fibres' number.

Every question here is written for these tests; each class has look-alikes that keep their verdict.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer


def _value(question: str, unit: str) -> float:
    a = answer(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> bool:
    return answer(question).quantity is None


def _third_time(t1: float, temp1: float, t2: float, temp2: float, temp3: float) -> float:
    """t₃ from ln(t₃/t₁)/ln(t₂/t₁) = (1/T₃ − 1/T₁)/(1/T₂ − 1/T₁), temperatures in K."""
    ratio = (1 / temp3 - 1 / temp1) / (1 / temp2 - 1 / temp1)
    return t1 * math.exp(math.log(t2 / t1) * ratio)


# ------------------------------------------------------------------ time at a third temperature
@pytest.mark.parametrize(
    ("question", "unit", "minutes"),
    [
        (
            "An aluminium alloy is half recrystallised after 40 min at 550 K and after 6 min at "
            "600 K. If the rate of recrystallisation follows an Arrhenius law, how many seconds "
            "would half recrystallisation take at 630 K?",
            "s",
            _third_time(40, 550, 6, 600, 630),
        ),
        (
            "Cold-rolled copper reaches 50 % recrystallization in 70 min at 300 °C and in 9 min "
            "at 350 °C. Treating the recrystallization rate as thermally activated, estimate the "
            "time for 50 % recrystallization at 270 °C, in hours.",
            "h",
            _third_time(70, 573.15, 9, 623.15, 543.15),
        ),
        (
            "A deformed brass sample is 50 % recrystallized after 100 min at 610 K and after "
            "15 min at 660 K. The rate obeys an Arrhenius law. How many seconds are needed for "
            "50 % recrystallization at 690 K?",
            "s",
            _third_time(100, 610, 15, 660, 690),
        ),
    ],
)
def test_time_at_a_third_temperature(question: str, unit: str, minutes: float) -> None:
    expected = minutes * (60 if unit == "s" else 1 / 60)
    assert _value(question, unit) == pytest.approx(expected, rel=2e-3)


@pytest.mark.parametrize(
    "question",
    [
        # no rate law stated: which law links the times is not said
        "An aluminium alloy is half recrystallised after 40 min at 550 K and after 6 min at "
        "600 K. How many seconds would half recrystallisation take at 630 K?",
        # one measured time only: the law cannot be fixed from one point
        "An aluminium alloy is half recrystallised after 40 min at 550 K. If the rate follows an "
        "Arrhenius law, how many seconds would half recrystallisation take at 630 K?",
    ],
)
def test_time_at_a_third_temperature_near_misses(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ load share in an aligned composite
_STEM = (
    "An aligned, continuous glass-fibre/polyester composite holds 40 vol% fibres (E = 70 GPa) in "
    "a polyester matrix (E = 3.0 GPa) and is loaded parallel to the fibres. "
)
_FIBRE_SHARE = 0.40 * 70 / (0.40 * 70 + 0.60 * 3.0)


@pytest.mark.parametrize(
    ("ask", "unit", "value"),
    [
        ("What percentage of the applied load is carried by the fibres?", "percent", 100),
        ("What share of the total load do the fibres carry?", "dimensionless", 1),
        ("What fraction of the axial load is carried by the fibres?", "dimensionless", 1),
    ],
)
def test_fibre_load_share(ask: str, unit: str, value: float) -> None:
    assert _value(_STEM + ask, unit) == pytest.approx(value * _FIBRE_SHARE, rel=1e-3)


@pytest.mark.parametrize(
    ("ask", "unit", "value"),
    [
        ("What percentage of the load is carried by the matrix?", "percent", 100),
        ("What fraction of the applied load does the matrix carry?", "dimensionless", 1),
        ("What fraction of the load is borne by the matrix?", "dimensionless", 1),
    ],
)
def test_matrix_load_share_is_the_rest(ask: str, unit: str, value: float) -> None:
    assert _value(_STEM + ask, unit) == pytest.approx(value * (1 - _FIBRE_SHARE), rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # loaded across the fibres: the iso-strain share does not hold
        "A glass-fibre/polyester composite holds 40 vol% fibres (E = 70 GPa) in a polyester "
        "matrix (E = 3.0 GPa). What percentage of the applied load is carried by the fibres?",
        # a ratio of the two loads is not a share of the whole
        _STEM
        + "What is the ratio of the load carried by the fibres to that carried by the matrix? "
        "Give it as a percentage of the load.",
    ],
)
def test_load_share_near_misses(question: str) -> None:
    a = answer(question)
    if a.quantity is not None:  # the ratio may be answered by the ratio relation, never the share
        assert float(a.quantity.to("dimensionless").magnitude) != pytest.approx(_FIBRE_SHARE)
        assert float(a.quantity.to("dimensionless").magnitude) != pytest.approx(1 - _FIBRE_SHARE)
