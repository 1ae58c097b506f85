"""Wrong-answer classes found by neighbour round 12 (tests/data/answer_neighbours12.py), in our own
words.

* A sign convention the relation does not follow: a decrease counted positive ('contraction taken
  as positive'), or a sign asked in words the sign reader missed ('an increase counted positive').
* A premise of the relation lifted in words: walls that are not rigid, a profile that is not linear,
  a diffusivity that depends on concentration, the T^(3/2) factor written into the law.
* Two stated values in the order the relation cannot take: a fibre core of lower index than its
  cladding, a quench temperature at or above M_s (the relation fed them in size order).
* An angle measured from the interface or the fibre axis answered from the normal.
* A given whose words change it: an area per face of a body exposed on both faces, an element's
  atomic weight taken for a repeat unit's molar mass, a lattice parameter asked and the atomic
  radius answered.

Each class has look-alikes that keep their answer.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.units import get_registry

K_EV = 8.617333262e-5
NA = 6.02214076e23


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.to(get_registry().Unit(unit)).magnitude)


def _refused(question: str) -> str:
    answer = solve(question)
    assert not answer.ok, f"answered {answer.quantity}"
    assert answer.reason
    return answer.reason


# ------------------------------------------------------------------ sign conventions
_IRON = "Iron changes from BCC (a = 0.2910 nm) to FCC (a = 0.3647 nm) when heated through 912 °C. "
_PER_ATOM = ((0.3647**3 / 4) - (0.2910**3 / 2)) / (0.2910**3 / 2) * 100


@pytest.mark.parametrize(
    "question",
    [
        _IRON
        + "Find the percentage change in volume per atom, counting a contraction as positive.",
        _IRON + "Find the percentage volume change per atom; a shrinkage is taken as positive.",
        _IRON + "Find the percentage volume change per atom, an expansion counted negative.",
        "A steel bar 20 mm in diameter (E = 207 GPa, ν = 0.30) is pulled in tension by 40 kN. "
        "Give the change in its diameter in µm, an increase counted positive.",
        "A brass rod (E = 97 GPa, α = 20 × 10⁻⁶ °C⁻¹) is held between rigid walls at 80 °C and "
        "cooled to 20 °C. What stress arises, in MPa, with compressive stresses reckoned positive?",
    ],
)
def test_reversed_or_unread_sign_convention_refused(question: str) -> None:
    _refused(question)


def test_sign_convention_look_alikes_keep_their_answer() -> None:
    assert _value(
        _IRON + "Find the percentage change in volume per atom, with an expansion positive.",
        "percent",
    ) == pytest.approx(_PER_ATOM, rel=1e-3)
    sigma = 97e3 * 20e-6 * 60
    assert _value(
        "A brass rod (E = 97 GPa, α = 20 × 10⁻⁶ °C⁻¹) is held between rigid walls at 80 °C and "
        "cooled to 20 °C. What is the magnitude of the stress that arises, in MPa?",
        "MPa",
    ) == pytest.approx(sigma, rel=1e-3)


# ------------------------------------------------------------------ a premise lifted in words
_ROD = (
    "A copper rod (E = 110 GPa, α = 17 × 10⁻⁶ °C⁻¹) is clamped between two walls at 20 °C and "
    "heated to 70 °C. "
)
_PD = (
    "Hydrogen passes at steady state through a palladium foil 4 mm thick; the concentrations at "
    "its faces are 2.0 and 0.4 kg/m³ and D = 1.2 × 10⁻⁸ m²/s. "
)
_GE = (
    "Intrinsic germanium (band gap 0.67 eV) conducts 2.2 S/m at 300 K. Estimate the "
    "conductivity at 330 K"
)


@pytest.mark.parametrize(
    "question",
    [
        _ROD + "The walls are not perfectly rigid. What compressive stress develops, in MPa?",
        _ROD + "The clamps are non-rigid. What is the magnitude of the stress, in MPa?",
        _PD + "The concentration gradient is not linear. Find the flux in kg m⁻² s⁻¹.",
        _PD + "The diffusivity varies with the local concentration. Find the flux in kg m⁻² s⁻¹.",
        _GE + ", writing n_i ∝ T^(3/2) exp(−E_g/2kT) with constant mobilities.",
        _GE + " using σ ∝ T^{3/2} exp(−E_g/2kT).",
    ],
)
def test_lifted_premise_refused(question: str) -> None:
    _refused(question)


def test_kept_premise_look_alikes_answered() -> None:
    assert _value(_ROD + "What is the magnitude of the stress, in MPa?", "MPa") == pytest.approx(
        110e3 * 17e-6 * 50, rel=1e-3
    )
    assert _value(_PD + "Find the flux in kg m⁻² s⁻¹.", "kg/(m**2*s)") == pytest.approx(
        1.2e-8 * 1.6 / 0.004, rel=1e-3
    )
    expected = 2.2 * math.exp(-0.67 / (2 * K_EV) * (1 / 330 - 1 / 300))
    assert _value(_GE + ", in S/m.", "S/m") == pytest.approx(expected, rel=1e-3)


# ------------------------------------------------------------------ stated values out of order
@pytest.mark.parametrize(
    "question",
    [
        "A fibre has a core of index 1.45 and a cladding of index 1.47. Find the critical angle "
        "at the core–cladding boundary in degrees.",
        "An optical fibre: core with refractive index 1.50, cladding with refractive index 1.52. "
        "What is the acceptance half-angle in air, in degrees?",
        "A steel with M_s = 300 °C is quenched to 320 °C. Using the Koistinen–Marburger law with "
        "α = 0.011 K⁻¹, what percentage of martensite forms?",
        "A steel with M_s = 250 °C is quenched to 250 °C. Using the Koistinen–Marburger law with "
        "α = 0.011 K⁻¹, how much austenite is retained, in percent?",
    ],
)
def test_order_outside_relation_refused(question: str) -> None:
    _refused(question)


def test_order_look_alikes_answered() -> None:
    assert _value(
        "A fibre has a core of index 1.47 and a cladding of index 1.45. Find the critical angle "
        "at the core–cladding boundary in degrees.",
        "degree",
    ) == pytest.approx(math.degrees(math.asin(1.45 / 1.47)), rel=1e-3)
    assert _value(
        "A steel with M_s = 300 °C is quenched to 20 °C. Using the Koistinen–Marburger law with "
        "α = 0.011 K⁻¹, what percentage of martensite forms?",
        "percent",
    ) == pytest.approx((1 - math.exp(-0.011 * 280)) * 100, rel=1e-3)


# ------------------------------------------------------------------ angle from the boundary
@pytest.mark.parametrize(
    "question",
    [
        "Light travels in glass (n = 1.52) towards water (n = 1.33). Find the critical angle, "
        "measured from the interface, in degrees.",
        "A fibre core has index 1.48 and its cladding 1.46. What is the critical angle in degrees, "
        "measured from the fibre axis?",
        "For a core of index 1.50 and a cladding of index 1.45, give the critical angle for total "
        "internal reflection, taken from the core–cladding surface, in degrees.",
    ],
)
def test_angle_from_boundary_refused(question: str) -> None:
    _refused(question)


def test_angle_from_normal_answered() -> None:
    assert _value(
        "Light travels in glass (n = 1.52) towards water (n = 1.33). Find the critical angle, "
        "measured from the normal, in degrees.",
        "degree",
    ) == pytest.approx(math.degrees(math.asin(1.33 / 1.52)), rel=1e-3)


# ------------------------------------------------------------------ givens changed by their words
@pytest.mark.parametrize(
    "question",
    [
        "A zinc plate exposed on both sides, each side of area 50 cm², loses 1.2 g in 30 days; "
        "density 7.14 g/cm³. Find the corrosion penetration rate in mm/year.",
        "A steel coupon is corroded on both faces, 25 cm² per face, and loses 0.80 g in one year "
        "(density 7.9 g/cm³). Corrosion penetration rate in µm per year?",
        "Polypropylene has a number-average molecular weight of 1.5 × 10⁵ g/mol (C = 12.01 g/mol). "
        "What is its degree of polymerisation?",
        "A poly(vinylidene fluoride) has M̄_n = 3.2 × 10⁵ g/mol (F = 19.00 g/mol). "
        "Find its number-average degree of polymerisation.",
        "Niobium is BCC and its atomic diameter is 0.286 nm. What is its lattice parameter in nm?",
        "Chromium is BCC; the diameter of one of its atoms is 0.250 nm. Determine the lattice "
        "constant in Å.",
    ],
)
def test_qualified_given_refused(question: str) -> None:
    _refused(question)


def test_qualified_given_look_alikes_answered() -> None:
    assert _value(
        "A zinc plate with a total exposed area of 100 cm² loses 1.2 g in 30 days; density "
        "7.14 g/cm³. Find the corrosion penetration rate in mm/year.",
        "mm/year",
    ) == pytest.approx(1.2 / (7.14 * 100) * 10 * 365.25 / 30, rel=1e-2)
    assert _value(
        "Niobium is BCC and its atomic radius is 0.143 nm. What is its lattice parameter in nm?",
        "nm",
    ) == pytest.approx(4 * 0.143 / math.sqrt(3), rel=1e-3)
    assert _value(
        "Polypropylene has a number-average molecular weight of 1.5 × 10⁵ g/mol. What is its "
        "degree of polymerisation?",
        "dimensionless",
    ) == pytest.approx(1.5e5 / (3 * 12.011 + 6 * 1.008), rel=1e-2)
