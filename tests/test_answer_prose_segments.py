"""How one side of an '=' in a worked answer is read: units next to divisors, Python-style powers,
crystal directions. Each case is a way a correct worked answer was once read as wrong."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.expression import evaluate_segment
from matsci_jupyter.engines.answer.unit_text import parse_unit


@pytest.mark.parametrize(
    ("segment", "value", "unit"),
    [
        # the unit after a divisor belongs to the divisor: 1500 N / (12.5 mm²), not 1500 N·mm²/12.5
        ("1500 N/12.5 mm^2", 120.0, "MPa"),
        ("1500 N / 12.5 mm^2", 120.0, "MPa"),
        ("1240 eV nm/2.48 eV", 500.0, "nm"),
        ("8.0 kJ/mol / 2", 4.0, "kJ/mol"),
    ],
)
def test_a_unit_written_after_a_divisor_belongs_to_it(segment, value, unit):
    seg = evaluate_segment(segment)
    assert seg.value is not None, segment
    assert float(seg.value.to(unit).magnitude) == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize(
    ("text", "unit"),
    [("kg/m**3", "kg/m**3"), ("g/cm**3", "g/cm**3"), ("mol/(m**2*s)", "mol/m**2/s")],
)
def test_python_powers_in_a_unit_are_powers_of_that_unit(text, unit):
    from matsci_jupyter.units import get_registry

    parsed = parse_unit(text)
    assert parsed is not None, text
    assert parsed.units == get_registry().Unit(unit)


def test_scientific_e_notation_with_a_python_unit_is_a_number():
    seg = evaluate_segment("3.5e-08 kg/(m**2*s)")
    assert seg.value is not None
    assert float(seg.value.to("kg/(m**2*s)").magnitude) == pytest.approx(3.5e-8)


@pytest.mark.parametrize("segment", ["[110]·[111]/√6", "[1̄11]·[010]", "<100> · <110>"])
def test_crystal_directions_are_not_numbers(segment):
    # '[110]·[111]' is a dot product of two directions: reading it as 110 × 111 would "prove" a
    # correct Schmid-factor step wrong; it is symbolic (not checked) instead
    assert evaluate_segment(segment).value is None


def test_a_bracketed_sum_is_still_arithmetic():
    assert float(evaluate_segment("2 × [3 + 4]").value.magnitude) == pytest.approx(14.0)


@pytest.mark.parametrize(
    ("segment", "unit"),
    [("0.25 μm^(-1/2)", "1/micrometer**0.5"), ("0.6 MPa m^1/2", "MPa*m**0.5")],
)
def test_a_slash_inside_an_exponent_is_part_of_the_unit(segment, unit):
    seg = evaluate_segment(segment)
    assert seg.value is not None
    assert float(seg.value.to(unit).magnitude) == pytest.approx(float(segment.split()[0]))


@pytest.mark.parametrize("segment", ["2kT", "3 RT", "mc^2", "pV"])
def test_products_of_physics_symbols_are_not_prefixed_units(segment):
    # '2kT' is 2·k_B·T, not 2 kilotesla: read as a unit, a correct step looked dimensionally wrong
    assert evaluate_segment(segment).value is None


def test_real_prefixed_units_still_read():
    assert float(evaluate_segment("5 kA").value.to("A").magnitude) == pytest.approx(5000.0)
    assert float(evaluate_segment("3 nF").value.to("F").magnitude) == pytest.approx(3e-9)
