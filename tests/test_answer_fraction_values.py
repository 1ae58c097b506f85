"""Values written as a fraction of two integers ('ν = 1/3', 'γ = \\frac{5}{3}', 'a 1/2 in. bar') are read as
their value; fractions that are not values (coordinates, exponents, reaction coefficients, Burgers vectors,
shares 'of' another quantity, composition splits) stay as written."""

import pytest

from matsci_jupyter.engines.answer.fraction_values import written_fractions
from matsci_jupyter.engines.answer.quantities import extract
from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.engines.answer.text import normalize


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The alloy's Poisson's ratio is 1/4 at room temperature.", 0.25),
        ("Take ν = 2/5 for this rubber-like solid.", 0.4),
        ("A gas with $\\gamma=\\frac{7}{5}$ is compressed.", 1.4),
        ("A 3/8 in. thick plate is rolled.", 0.375),
    ],
)
def test_a_value_fraction_is_one_given(text: str, value: float) -> None:
    numbers = [g.number for g in extract(text).givens if g.number is not None]
    assert numbers == [pytest.approx(value, rel=1e-5)]


@pytest.mark.parametrize(
    "text",
    [
        "An interstitial sits at (1/2, 1/4, 0) in the cell.",
        "The Burgers vector is b = 1/2 a[110].",
        "The reaction 4/3 Cr(s) + O2(g) = 2/3 Cr2O3(s) is considered.",
        "The part runs at 1/4 of its yield strength.",
        "The fracture toughness is 30 MPa·m^(1/2).",
        "A 60/40 solder wire is melted.",
        "Interstitial diffusion gives D = (1/6)Γλ².",
        "The isotope's half-life t 1/2 = 5.3 years.",
    ],
)
def test_fractions_that_are_not_values_stay_written(text: str) -> None:
    normal = normalize(text)
    assert written_fractions(normal) == normal


def test_shear_modulus_from_a_fraction_poisson_ratio() -> None:
    # G = E / (2(1 + ν)) = 200 GPa / (2 × 1.25) = 80 GPa
    r = solve(
        "A steel has a Young's modulus of 200 GPa and a Poisson's ratio of 1/4. Find its shear modulus in GPa."
    )
    assert r.quantity is not None
    assert r.quantity.to("GPa").magnitude == pytest.approx(80.0, rel=1e-3)


def test_stress_on_a_bar_with_a_fractional_inch_diameter() -> None:
    # σ = F / (π d²/4) = 2000 lbf / (π × 0.25² / 4 in²) = 40,744 psi
    r = solve(
        "A rod 1/4 in. in diameter carries an axial load of 2000 lbf. What is the engineering stress in psi?"
    )
    assert r.quantity is not None
    assert r.quantity.to("psi").magnitude == pytest.approx(40744, rel=1e-3)


def test_a_fraction_share_of_another_value_is_not_read_as_this_value() -> None:
    # 'one-quarter of its yield strength' without the yield strength: nothing to multiply
    r = solve(
        "A bar has a Poisson's ratio of 1/4 of that of rubber and E = 100 GPa. What is its shear modulus in GPa?"
    )
    assert r.quantity is None
