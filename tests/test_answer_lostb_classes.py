"""Classes read from a stated form (issue 11), redone from scratch, in our own words; each with a must-refuse neighbour.

* **Dislocation line energy** (line_energy_value): E = f G b², f = ½ or 1 as the question writes it;
  b written, or from a/n⟨uvw⟩, or a perfect FCC (a/√2) / BCC (a√3/2) dislocation. Refused: no formula
  written (½Gb² vs Gb²), no structure to derive b.
* **Porous modulus** (existing relation, pinned here): E = E₀(1 − 1.9P + 0.9P²) with P given; refused
  when P would come from a density ratio and the relation is not written.
* **Laser lines** (laser_lines): named lines (He–Ne 632.8 nm, ruby 694.3 nm, Nd:YAG 1064 nm, CO₂
  10.6 µm …), photons per pulse / per second. Refused: a laser with no line.
(Diffusion lengths, plate conduction and Norton creep were taken out at the merge; see
stated_form_handlers.)
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

H, C, EV, R = 6.62607015e-34, 299792458.0, 1.602176634e-19, 8.314462618


def _close(got: float, want: float, rel: float = 2e-3) -> None:
    assert math.isclose(got, want, rel_tol=rel), (got, want)


# ------------------------------------------------------------------ 1. dislocation line energy


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "With the line energy of a dislocation taken as E ≈ ½Gb², find it for nickel, "
            "G = 76 GPa and b = 0.249 nm, in J/m.",
            "J/m",
            0.5 * 76e9 * 0.249e-9**2,
        ),
        (
            "Estimate the strain energy per unit length of a dislocation in iron using E = G b^2 "
            "with G = 82 GPa and a Burgers vector of 0.248 nm. Answer in nJ/m.",
            "nJ/m",
            82e9 * 0.248e-9**2 * 1e9,
        ),
        (
            "Copper is FCC with a = 0.3615 nm and G = 48 GPa. Using E = Gb²/2 for a perfect "
            "dislocation, what is its elastic energy per unit length, in eV per nm?",
            "eV/nm",
            0.5 * 48e9 * (0.3615e-9 / math.sqrt(2)) ** 2 / EV * 1e-9,
        ),
        (
            "Tungsten (BCC, lattice parameter 0.3165 nm, G = 160 GPa) has perfect dislocations. "
            "Taking the line energy as (1/2)Gb^2, give the energy per metre of line in J/m.",
            "J/m",
            0.5 * 160e9 * (0.3165e-9 * math.sqrt(3) / 2) ** 2,
        ),
        (
            "In nickel (a = 0.352 nm, G = 76 GPa) the dislocations have b = (a/2)[110]. With "
            "E ≈ 0.5 G b², what is the line energy in J/m?",
            "J/m",
            0.5 * 76e9 * (0.352e-9 / math.sqrt(2)) ** 2,
        ),
    ],
)
def test_line_energy(question: str, unit: str, want: float) -> None:
    _close(_value(question, unit), want)


def test_line_energy_never_uses_a_as_b_for_fcc() -> None:
    got = _value(
        "Copper is FCC with a = 0.3615 nm and G = 48 GPa. Using E = Gb²/2 for a perfect "
        "dislocation, what is its elastic energy per unit length, in J/m?",
        "J/m",
    )
    assert not math.isclose(got, 0.5 * 48e9 * 0.3615e-9**2, rel_tol=0.05)


@pytest.mark.parametrize(
    "question",
    [
        # no convention written: ½Gb² and Gb² differ by 2
        "What is the elastic energy per unit length of a dislocation in nickel with G = 76 GPa and "
        "b = 0.249 nm, in J/m?",
        # lattice parameter with no structure and no Burgers vector notation
        "A metal has a = 0.36 nm and G = 45 GPa. Using E ≈ ½Gb², find the line energy of a "
        "dislocation in J/m.",
        # the Burgers vector written disagrees with the FCC lattice
        "Copper (FCC, a = 0.3615 nm, G = 48 GPa) has perfect dislocations with b = 0.3615 nm. "
        "Using E = ½Gb², give the energy per unit length of a dislocation in J/m.",
    ],
)
def test_line_energy_refused(question: str) -> None:
    _refused(question)


# ------------------------------------------------------------------ 2. porous modulus (pinned)


def test_porous_modulus_with_the_relation_written() -> None:
    p = 0.12
    got = _value(
        "Fully dense magnesia has a modulus of 225 GPa. With E = E0(1 - 1.9P + 0.9P^2), what is "
        "the modulus of a brick with 12 % porosity, in GPa?",
        "GPa",
    )
    _close(got, 225 * (1 - 1.9 * p + 0.9 * p * p))


def test_porous_modulus_from_densities_without_the_relation_refused() -> None:
    _refused(
        "A pressed zirconia part has a bulk density of 5.4 g/cm³; the theoretical density is "
        "6.05 g/cm³ and dense zirconia has E = 200 GPa. What is the modulus of the part in GPa?"
    )


# ------------------------------------------------------------------ 5. laser lines


def _photon(nm: float) -> float:
    return H * C / (nm * 1e-9)


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "What is the photon energy, in eV, of the line of a He-Ne laser?",
            "eV",
            _photon(632.8) / EV,
        ),
        (
            "An Nd:YAG laser pulse carries 0.2 J. How many photons are in the pulse?",
            "dimensionless",
            0.2 / _photon(1064),
        ),
        (
            "A CO2 laser delivers 50 W continuously. How many photons per second does it emit?",
            "1/s",
            50 / _photon(10600),
        ),
        (
            "A ruby laser fires 15 ns pulses of 0.8 J each at 10 pulses per second. How many "
            "photons does each pulse contain?",
            "dimensionless",
            0.8 / _photon(694.3),
        ),
        (
            "A 2.0 mW laser pointer emits at 532 nm. How many photons per second leave it?",
            "1/s",
            2e-3 / _photon(532),
        ),
    ],
)
def test_laser_lines(question: str, unit: str, want: float) -> None:
    _close(_value(question, unit), want)


@pytest.mark.parametrize(
    "question",
    [
        # an unnamed diode: no standard line
        "A new organic laser emits a steady 3 mW beam. How many photons per second does it emit?",
        # argon-ion with no colour: two strong lines
        "An argon-ion laser puts out 1.5 W. How many photons per second does it emit?",
        # a doubled Nd:YAG is not the 1064 nm line
        "A frequency-doubled Nd:YAG laser emits 0.1 J pulses. How many photons per pulse?",
    ],
)
def test_laser_lines_refused(question: str) -> None:
    _refused(question)
