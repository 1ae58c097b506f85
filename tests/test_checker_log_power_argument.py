"""A base-10 log of a power of ten taken to invert an exponential law (log_of_exp with 'log(10⁴)').

Inverting exp(−Q/kT) = 10⁻⁴ needs the natural logarithm, ln 10⁴ = 9.21; writing log(10⁴) = 4 is the
base-10 value, 2.303 times too small. The argument is often written as a power of ten (10⁴, 10^4,
10^{-3}); it is read as the number it is.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.log_of_exp import log_of_exp_check

LAW = ["The fraction of empty sites is exp(−E_v/kT) = 10⁻⁵.", "Take logs of both sides:"]


@pytest.mark.parametrize(
    "step",
    ["E_v/kT = log(10⁵) = 5", "E_v/kT = log(10^5) = 5", "−E_v/kT = log(10^{-5}) = −5"],
)
def test_base_ten_value_of_a_power_argument_is_flagged(step: str) -> None:
    check = log_of_exp_check([*LAW, step])
    assert check is not None and not check.passed
    assert "11.5" in check.message  # ln 10⁵ = 11.51


@pytest.mark.parametrize(
    "step",
    [
        "E_v/kT = ln(10⁵) = 11.51",  # natural log: right
        "E_v/kT = 2.303 log(10⁵) = 11.51",  # the factor written
        "E_v/kT = log(10⁵) = 11.51",  # 'log' meaning ln, evaluated as ln
    ],
)
def test_natural_value_or_the_factor_keeps_the_step(step: str) -> None:
    assert log_of_exp_check([*LAW, step]) is None


def test_no_exponential_law_no_check() -> None:
    # a pH-like base-10 quantity: log(10⁵) = 5 is right
    assert (
        log_of_exp_check(["The ratio is 10⁵.", "Its order of magnitude is log(10⁵) = 5."]) is None
    )
