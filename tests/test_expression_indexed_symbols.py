"""'1/T1 - 1/T2' is a difference of reciprocal temperatures, not tesla to the first and second power."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.expression import evaluate_segment


@pytest.mark.parametrize("text", ["1/T1 - 1/T2", "1/T2 - 1/T1", "V2 - V1", "P1/P2"])
def test_indexed_symbols_are_symbolic_not_units(text: str) -> None:
    segment = evaluate_segment(text)
    assert segment.value is None
    assert segment.error is None  # not a finding: a formula in symbols is left unchecked


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("5 m2/s", "m**2/s", 5.0),  # a lower-case unit with its power written plainly
        ("2 T", "T", 2.0),  # a field in tesla
        ("1/(900 K) - 1/(1000 K)", "1/K", 1 / 900 - 1 / 1000),
        ("3 V", "V", 3.0),
    ],
)
def test_units_and_their_powers_still_read(text: str, unit: str, expected: float) -> None:
    segment = evaluate_segment(text)
    assert segment.value is not None
    assert float(segment.value.to(unit).magnitude) == pytest.approx(expected, rel=1e-9)


def test_a_real_sum_of_different_dimensions_is_still_a_finding() -> None:
    assert evaluate_segment("2 m + 3 s").error
