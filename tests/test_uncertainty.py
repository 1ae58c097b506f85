"""A value written with its uncertainty keeps its unit; a fatigue mean ± amplitude stays two givens."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.quantities import extract
from matsci_jupyter.engines.answer.uncertainty import drop_uncertainties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a tensile strength of 2.50 ± 0.05 GPa", ["2.5 GPa"]),
        ("the lattice parameter is (0.3615 ± 0.0005) nm", ["0.3615 nm"]),
        ("E = 200 +/- 5 GPa", ["200 GPa"]),
        ("a yield strength of 250±10 MPa", ["250 MPa"]),
        ("held at 300 ± 2 K", ["300 K"]),
        ("a depth of (1.2 ± 0.1) × 10^-5 m", ["1.2×10^-5 m"]),
    ],
)
def test_the_unit_goes_with_the_value(text: str, expected: list[str]) -> None:
    assert [g.describe() for g in extract(text).givens] == expected


@pytest.mark.parametrize(
    "text",
    [
        "a fatigue stress of 50 ± 120 MPa",  # a mean and an amplitude
        "the stress cycles as 200 ± 40 MPa",  # cycles: two givens even when the spread is small
        "σ = 100 ± 80 MPa",  # a spread of 80 % is no uncertainty
        # a question about the spread itself: the uncertainty is a given the answer depends on
        "A side is measured as 2.50 ± 0.05 cm. What is the percentage error in the area?",
        "The resistance is (100 ± 2) Ω and the current 2.0 ± 0.1 A; propagate the uncertainty to the power.",
        "A rod is 250 ± 1 mm long. What is the maximum possible length after heating by 100 K?",
        "The period is measured as 2.00 ± 0.02 s. Within what tolerance is g known?",
    ],
)
def test_a_mean_and_amplitude_or_a_wide_spread_is_left_alone(text: str) -> None:
    assert drop_uncertainties(text) == text


def test_a_minimum_fibre_length_with_a_stated_uncertainty_is_answered() -> None:
    from matsci_jupyter.engines.answer.solver import solve

    q = (
        "Glass fibres of diameter 12 µm have a tensile strength of 3.0 ± 0.1 GPa and the "
        "fibre-matrix bond strength is 25 MPa. What is the critical fibre length in mm?"
    )
    answer = solve(q)
    assert answer.ok, answer.reason
    assert float(answer.quantity.to("mm").magnitude) == pytest.approx(
        3.0e3 * 12e-3 / (2 * 25), rel=1e-3
    )
