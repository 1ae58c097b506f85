"""Relations of relations/exam_ratios.py, each from a question in exam wording (values recomputed here)."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

H, C, E = 6.62607015e-34, 2.99792458e8, 1.602176634e-19


def _value(question: str, unit: str) -> float:
    a = solve(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def test_homologous_temperature_is_a_ratio_of_kelvin_temperatures():
    v = _value(
        "The melting point of copper is 1085 °C. What is its homologous temperature at 500 °C?",
        "dimensionless",
    )
    assert v == pytest.approx(773.15 / 1358.15, rel=1e-4)


def test_hexagonal_axial_ratio():
    v = _value(
        "For an HCP metal with a = 0.2950 nm and c = 0.4683 nm, what is the c/a ratio?",
        "dimensionless",
    )
    assert v == pytest.approx(0.4683 / 0.2950, rel=1e-6)
    assert solve("Magnesium is HCP with a = 0.3209 nm. What is its c/a ratio?").quantity is None


def test_mean_intercept_length_divides_by_magnification():
    v = _value(
        "A line of 50 mm length drawn on a micrograph at 100× intersects 25 grain boundaries. What is "
        "the mean intercept length in μm?",
        "um",
    )
    assert v == pytest.approx(50e3 / (100 * 25))


def test_photoelectric_threshold_wavelength():
    v = _value(
        "A metal has a work function of 4.5 eV. What is the threshold wavelength for photoemission in nm?",
        "nm",
    )
    assert v == pytest.approx(H * C / (4.5 * E) * 1e9, rel=1e-6)


def test_transmission_without_reflection_only_when_the_question_says_so():
    base = "through a 10 mm thick glass with absorption coefficient 0.02 mm^-1"
    v = _value(
        f"What is the fraction of incident light transmitted {base}, ignoring reflection?",
        "dimensionless",
    )
    assert v == pytest.approx(math.exp(-0.2), rel=1e-6)
    assert solve(f"What is the fraction of incident light transmitted {base}?").quantity is None
