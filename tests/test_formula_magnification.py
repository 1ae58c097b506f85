"""The lateral magnification of a lens or mirror in the table of standard formulas.

Sign conventions differ (m = v/u, m = -v/u, m = -q/p), so magnitudes are compared; an inverted
ratio, a square where the question is about sizes, or f over a distance is flagged with the
standard case shown. Every standard form, in any convention, keeps its verdict. Examples are
written in our own words."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.formula_check import standard_formula_checks
from matsci_jupyter.engines.answer.prose import response_lines, statements
from matsci_jupyter.engines.answer.text import normalize

SIZE = "A 3 cm tall pin is placed 25 cm from a converging lens of focal length 15 cm. How tall is its image?"
MIRROR = (
    "A candle stands 40 cm in front of a concave mirror of focal length 10 cm; find the image size."
)
AREA = "A thin convex lens forms a real image of a small flat card. By what factor is the image's area larger?"


def _failed(question: str, response: str):
    checks = standard_formula_checks(normalize(question), statements(response_lines(response)))
    return [c for c in checks if not c.passed and c.blocking]


@pytest.mark.parametrize(
    "question,response,shown",
    [
        (SIZE, "The magnification is m = u/v", "m = v/u"),
        (MIRROR, "m = -u/v", "m = v/u"),
        (SIZE, "m = h_o/h_i", "m = h_i/h_o"),
        (SIZE, "m = v^2/u^2", "m = v/u"),
        (MIRROR, "m = f/u", "f/(f - u)"),
    ],
)
def test_a_wrong_magnification_is_flagged_with_the_standard_case(question, response, shown):
    failed = _failed(question, response)
    assert failed, response
    assert "magnification" in failed[0].message and shown in failed[0].message


@pytest.mark.parametrize(
    "question,response",
    [
        (SIZE, "m = v/u"),
        (SIZE, "m = -v/u"),
        (SIZE, "m = -(v)/(u) = -(37.5)/(-25) = 1.5"),
        (SIZE, "M = -q/p"),
        (SIZE, "m = h_i/h_o"),
        (MIRROR, "m = -v/u"),
        (MIRROR, "m = f/(f - u)"),
        (MIRROR, "m = f/(u - f)"),
        (SIZE, "m = f/(f + u)"),
        (AREA, "m = v^2/u^2"),
    ],
)
def test_a_standard_magnification_keeps_its_verdict(question, response):
    assert not _failed(question, response), response


def test_an_instrument_s_magnifying_power_is_not_read():
    question = (
        "A compound microscope has an objective of focal length 1 cm; find its magnification."
    )
    assert not _failed(question, "m = u/v")
