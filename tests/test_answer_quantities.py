"""Reading exam text: numbers, units, requested units, indices, ranges (no solving)."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.quantities import extract
from matsci_jupyter.engines.answer.unit_text import parse_unit


def _first_quantity(text):
    return next(g.quantity for g in extract(text).givens if g.kind == "quantity")


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("a molecular weight of 3 x 10^5 g/mol", 3e5, "g/mol"),
        ("an energy of $1.6 \\times 10^{-19}$ J", 1.6e-19, "J"),
        ("a band gap of 1.43 eV", 1.43, "eV"),
        ("a grain size of 25 µm", 25.0, "micrometer"),
        ("a grain size of 25 μm", 25.0, "micrometer"),
        ("a spacing of 2.08 Å", 2.08, "angstrom"),
        ("held at 500 °C", 500.0, "degC"),
        ("a strain of 5 per cent", 5.0, "percent"),
        ("a porosity of 5%", 5.0, "percent"),
        ("a force of 15,000 N", 15000.0, "N"),
        ("D = 2.3e-5 m2/s", 2.3e-5, "m**2/s"),
        ("α = 10⁻⁶ K⁻¹", 1e-6, "1/K"),
        ("k = 0.74 MPa·m^1/2", 0.74, "MPa*m**0.5"),
    ],
)
def test_numbers_with_units_as_exams_write_them(text, value, unit):
    from matsci_jupyter.units import get_registry

    q = _first_quantity(text)
    assert q.units == get_registry().parse_units(unit)
    assert q.magnitude == pytest.approx(value)


@pytest.mark.parametrize(
    "text, unit",
    [
        ("What is the wavelength in μm?", "micrometer"),
        ("What current (in Amperes) is needed?", "ampere"),
        ("Determine Q in kJ/mol.", "kJ/mol"),
        ("The yield strength is ___ MPa when d = 25 μm.", "MPa"),
        ("How many hours are needed?", "hour"),
        ("Calculate the flux (kg/m^2·s) through the plate.", "kg/m**2/s"),
        ("Find the conductivity in (Ω·m)^-1.", "1/(ohm*m)"),
    ],
)
def test_requested_unit_phrases(text, unit):
    from matsci_jupyter.units import get_registry

    req = extract(text).requested
    assert req, text
    assert req[-1].unit.units == get_registry().parse_units(unit)


@pytest.mark.parametrize(
    "text",
    [
        "It is heated in a furnace.",
        "at a temperature",
        "a cubic crystal",
        "(a) Calculate the density",
    ],
)
def test_english_words_are_not_requested_units(text):
    assert extract(text).requested == []


def test_english_words_after_numbers_are_not_units():
    g = extract("Copper is heated at 2 at a time and 5 has been seen.").givens
    assert all(x.unit is None for x in g if x.kind in ("quantity", "number"))


def test_miller_indices_four_index_and_d_notation():
    hkl = [
        g.hkl
        for g in extract(
            "the (111) planes, the (10-10) planes and d_220 in a diffraction pattern"
        ).givens
        if g.kind == "miller"
    ]
    assert hkl == [(1, 1, 1), (1, 0, 0), (2, 2, 0)]


def test_formulas_and_ions_are_not_numbers():
    r = extract("Al2O3 and Fe3C; deposit Cu from Cu2+ in 1020 steel")
    assert [g.kind for g in r.givens] == ["valence"]


def test_range_shares_its_unit_and_gives_a_temperature_difference():
    r = extract("heated from 20 to 120 °C")
    temps = [g for g in r.givens if g.kind == "quantity"]
    assert [f"{g.quantity.units:~}" for g in temps] == ["°C", "°C"]
    delta = [g for g in r.givens if g.kind == "delta_t"]
    assert delta and delta[0].quantity.to("delta_degC").magnitude == pytest.approx(100)


def test_unit_text_conventions():
    assert parse_unit("J/mol-K").units == parse_unit("J/(mol·K)").units
    assert parse_unit("(Ω·m)^-1").units == parse_unit("1/(ohm*m)").units
    assert "per_particle" in parse_unit("eV/atom").tags
    assert "composition" in parse_unit("wt%").tags
    assert parse_unit("per °C").units == parse_unit("1/delta_degC").units
    for word in ("at", "a", "in", "has", "strain", "the"):
        assert parse_unit(word) is None, word
