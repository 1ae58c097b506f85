"""Questions as real exam text writes them: TeX, Unicode, spaced thousands, rounding and percent requests.

Each case states one quantity several ways; the answer must be the same number every time (computed
here with ``math``), in the unit asked.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.quantities import extract, rounding_asked
from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.engines.answer.text import normalize

H, C, EV = 6.62607015e-34, 299792458.0, 1.602176634e-19


@pytest.mark.parametrize(
    "question",
    [
        "A photon has a wavelength of $500 \\mathrm{~nm}$. Calculate its energy in $\\mathrm{~J}$.",
        "A photon has a wavelength of $5.00 \\times 10^{-7} \\mathrm{~m}$. Calculate its energy in J.",
        "A photon has a wavelength of 5.00 × 10⁻⁷ m. Calculate its energy in J.",
        "A photon has a wavelength of 0.500 µm. Calculate its energy in J.",
        "A photon has a wavelength of 5000 Å. Calculate its energy in J.",
        "A photon has a wavelength of 5 000 Å. Calculate its energy in J.",
    ],
)
def test_photon_energy_written_many_ways(question):
    a = solve(question)
    assert a.quantity is not None, a.reason
    assert float(a.quantity.to("J").magnitude) == pytest.approx(H * C / 500e-9, rel=1e-6)


def test_tex_degree_and_square_root_units():
    a = solve(
        "Calculate the diffusion coefficient (m^2/s) of copper in aluminum at $500^{\\circ} \\mathrm{C}$, "
        "given $D_0 = 6.5 \\times 10^{-5} \\mathrm{~m}^2/\\mathrm{s}$ and $Q_d = 136{,}000$ J/mol."
    )
    expected = 6.5e-5 * math.exp(-136000 / (8.314462618 * 773.15))
    assert float(a.quantity.to("m^2/s").magnitude) == pytest.approx(expected, rel=1e-4)
    k = solve(
        "A steel has a plane strain fracture toughness of $50 \\mathrm{~MPa} \\sqrt{\\mathrm{m}}$. "
        "Compute the critical stress (in MPa) for a surface crack of length 1.5 mm, with Y = 1.0."
    )
    assert float(k.quantity.to("MPa").magnitude) == pytest.approx(50 / math.sqrt(math.pi * 1.5e-3))


def test_unicode_minus_and_times():
    assert normalize("2.5 × 10−3 m") == "2.5 × 10-3 m"
    r = extract("The diffusion coefficient is 3 × 10⁻¹¹ m²/s.")
    assert r.givens[0].quantity.to("m^2/s").magnitude == pytest.approx(3e-11)


@pytest.mark.parametrize(
    "written", ["1 460 MPa", "1,460 MPa", "1460 MPa", "$1\\,460 \\mathrm{MPa}$"]
)
def test_spaced_thousands_are_one_number(written):
    r = extract(f"A steel has a tensile strength of {written} and E = 200 GPa.")
    values = [g.quantity.to("MPa").magnitude for g in r.givens if g.has_unit]
    assert values[0] == pytest.approx(1460)


def test_spaced_groups_that_are_not_thousands_stay_apart():
    r = extract("Between 2 and 30 K, and 10 mm 25 mm.")
    assert [g.number for g in r.givens][:2] == [2, 30]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Give the numerical answer correct up to the 2nd decimal digit.", 2),
        ("Answer up to three decimal places.", 3),
        ("Round off to the nearest integer.", 0),
        ("What is the answer?", None),
    ],
)
def test_rounding_instructions(text, places):
    assert rounding_asked(text) == places


def test_rounding_is_applied_and_shown():
    a = solve(
        "What is the wavelength (in nm) of a photon with an energy of 2.5 eV? Round off to the nearest "
        "integer."
    )
    assert float(a.quantity.magnitude) == 496
    assert any("nearest integer" in s for s in a.steps)
    b = solve(
        "What is the wavelength (in nm) of a photon with an energy of 2.5 eV? Give the answer up to "
        "two decimal places."
    )
    assert float(b.quantity.magnitude) == pytest.approx(495.94)


def test_rounding_never_erases_a_small_answer():
    a = solve(
        "A photon has a wavelength of 500 nm. What is its energy in J? Answer up to two decimal places."
    )
    assert float(a.quantity.to("J").magnitude) == pytest.approx(H * C / 500e-9, rel=1e-6)


def test_answer_asked_in_percent():
    a = solve(
        "A rod of 10 mm diameter carrying a tensile load of 5 kN has a modulus of elasticity of 70 GPa. "
        "What is the elastic strain in percent?"
    )
    expected = 5000 / (math.pi * 0.005**2) / 70e9 * 100
    assert a.quantity is not None and a.unit_requested == "percent"
    assert float(a.quantity.magnitude) == pytest.approx(expected, rel=1e-6)


def test_a_unit_asked_with_a_power_of_ten_is_read_and_is_not_a_given():
    a = solve(
        "A photon has a wavelength of 500 nm. What is its energy? Give the answer in $10^{-19} \\mathrm{~J}$."
    )
    assert a.quantity is not None, a.reason
    assert float(a.quantity.to("J").magnitude) == pytest.approx(H * C / 500e-9, rel=1e-6)
    r = extract("How many moles are in 5 g of water? Give the answer in $10^{-3}$ mol.")
    assert [g.describe() for g in r.givens] == ["5 g"]


def test_a_power_of_ten_time_is_still_a_given():
    r = extract("A sample is annealed in 10^3 s at 800 K. What is the time?")
    assert [g.describe() for g in r.givens] == ["1000 s", "800 K"]
    assert r.requested == []


def test_a_pressure_unit_that_is_also_a_noun_does_not_join_the_unit_before_it():
    r = extract("A 2.5 m bar is heated by 100 °C.")
    assert r.givens[0].describe() == "2.5 m"
    assert extract("The pressure is 2 bar.").givens[0].describe() == "2 bar"


def test_tex_superscript_split_from_its_unit_by_dollars():
    assert normalize("0.904 g/cm$^3$") == "0.904 g/cm^3"
    r = extract("The density of a polypropylene is 0.904 g/cm$^3$.")
    assert r.givens[0].quantity.to("g/cm^3").magnitude == pytest.approx(0.904)


def test_tex_families_of_planes_and_directions_keep_their_brackets() -> None:
    from matsci_jupyter.engines.answer.text import normalize

    assert "{200}" in normalize(r"the $\{200\}$ planes")
    assert "{1 1 0}" in normalize(r"the $\left\{1 1 0\right\}$ family")
    assert "<111>" in normalize(r"slip along $\langle 111 \rangle$")
    assert normalize(r"$x = \{a\}$").strip() == "x = a"  # grouping braces still go


def test_interplanar_spacing_of_a_tex_family_from_density() -> None:
    import pytest

    from matsci_jupyter.engines.answer.solver import solve

    # a = (4 × 63.55 g/mol / (8.96 g/cm³ × N_A))^(1/3); d = a/√3 for {111}
    r = solve(
        r"Copper is face-centred cubic with density $8.96\,\mathrm{g\,cm^{-3}}$ and atomic mass "
        r"$63.55\,\mathrm{g\,mol^{-1}}$. Find the spacing of the $\{111\}$ planes in $\mathrm{\AA}$."
    )
    a_cm = (4 * 63.55 / (8.96 * 6.02214076e23)) ** (1 / 3)
    assert r.quantity is not None, r.reason
    assert r.quantity.to("angstrom").magnitude == pytest.approx(a_cm * 1e8 / 3**0.5, rel=1e-3)
