"""Refusal classes of sets J, K, L, M, O (heldout9–12, 14) covered as classes, in our own words.

* **A galvanic cell whose question writes its own standard potentials** (written_potentials.py with
  galvanic_cell.py): 'E°(Ag⁺/Ag) = +0.800 V', 'Ni²⁺/Ni = −0.250 V', 'Sn²⁺ + 2e⁻ → Sn: −0.136 V' or
  '… in 0.1 M Co²⁺ (E° = −0.277 V)' are tied to the ion written right before them and used in the
  Nernst equation. Refused: a couple without a written value while another is written, a value whose
  spelled-out couple names another metal, two values for one couple.
* **A concentration cell at a stated temperature other than 25 °C**: ΔV = (RT/nF) ln(c_high/c_low)
  needs no standard potential, so the stated temperature is used. A cell of two metals at another
  temperature is still refused (the standard potentials are for 25 °C).
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

RF = 8.314462618 / 96485.33212  # V/K


def _nernst(e_cath: float, e_an: float, n: int, quotient: float, t: float = 298.15) -> float:
    return (e_cath - e_an) - RF * t / n * math.log(quotient)


# ------------------------------------------------------------------ written standard potentials


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "A cell pairs a nickel electrode in 0.020 M Ni²⁺ with a tin electrode in 0.80 M Sn²⁺ at "
            "25 °C. Standard potentials: E°(Ni²⁺/Ni) = −0.250 V and E°(Sn²⁺/Sn) = −0.136 V. What is "
            "the cell voltage in volts?",
            "V",
            _nernst(-0.136, -0.250, 2, 0.020 / 0.80),
        ),
        (
            "Half-reactions: Cd²⁺ + 2e⁻ → Cd: −0.403 V; Cu²⁺ + 2e⁻ → Cu: +0.340 V. A cell is built "
            "from cadmium in 0.30 M Cd²⁺ and copper in 0.0050 M Cu²⁺. Calculate its emf in mV.",
            "mV",
            1000 * _nernst(0.340, -0.403, 2, 0.30 / 0.0050),
        ),
        (
            "Zinc dips into 0.10 M Zn²⁺ (E° = −0.763 V) and cobalt into 0.25 M Co²⁺ (E° = −0.277 V). "
            "Find the potential of this cell, in volts.",
            "V",
            _nernst(-0.277, -0.763, 2, 0.10 / 0.25),
        ),
        (
            # written values that differ from the table are the question's data, and are used
            "Take E°(Fe²⁺/Fe) = −0.45 V and E°(Ni²⁺/Ni) = −0.26 V. An iron electrode in 0.010 M Fe²⁺ "
            "is coupled with a nickel electrode in 0.50 M Ni²⁺. Compute the cell emf in volts.",
            "V",
            _nernst(-0.26, -0.45, 2, 0.010 / 0.50),
        ),
    ],
)
def test_cell_with_written_potentials(question: str, unit: str, want: float) -> None:
    assert math.isclose(_value(question, unit), want, rel_tol=1e-4)


@pytest.mark.parametrize(
    "question",
    [
        # only one of the two couples has a written value
        "A cell pairs a nickel electrode in 0.020 M Ni²⁺ with a tin electrode in 0.80 M Sn²⁺ at 25 °C, "
        "with E°(Ni²⁺/Ni) = −0.250 V. What is the cell voltage in volts?",
        # the spelled-out couple names another metal than the ion it follows
        "A cell pairs a nickel electrode in 0.020 M Ni²⁺ with a tin electrode in 0.80 M Sn²⁺ at 25 °C. "
        "Data: E°(Ni²⁺/Sn) = −0.250 V, E°(Sn²⁺/Ni) = −0.136 V. What is the cell voltage in volts?",
        # a potential tied to no ion
        "A cell pairs a nickel electrode in 0.020 M Ni²⁺ with a tin electrode in 0.80 M Sn²⁺; the "
        "meter reads 0.05 V at first. What is the cell voltage in volts?",
    ],
)
def test_cell_with_written_potentials_refused(question: str) -> None:
    _refused(question)


# ------------------------------------------------------------------ concentration cell, any temperature


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "Two copper electrodes stand, one in 0.80 M Cu²⁺ and one in 0.0040 M Cu²⁺, joined by a salt "
            "bridge at 60 °C. What emf does this concentration cell give, in millivolts?",
            "mV",
            1000 * RF * 333.15 / 2 * math.log(0.80 / 0.0040),
        ),
        (
            "A concentration cell of two silver electrodes, in 0.25 M Ag⁺ and in 0.0010 M Ag⁺, is held at "
            "310 K. Calculate the cell voltage in V.",
            "V",
            RF * 310 / 1 * math.log(0.25 / 0.0010),
        ),
    ],
)
def test_concentration_cell_at_stated_temperature(question: str, unit: str, want: float) -> None:
    assert math.isclose(_value(question, unit), want, rel_tol=1e-4)


def test_two_metal_cell_off_25_c_still_refused() -> None:
    _refused(
        "A nickel electrode in 0.020 M Ni²⁺ and a tin electrode in 0.80 M Sn²⁺ form a cell at 70 °C. "
        "What is the cell voltage in volts?"
    )


# ------------------------------------------------------------------ CGS magnetic units (Oe, G)

OE = 1000 / (4 * math.pi)  # A/m per oersted
MU0 = 4e-7 * math.pi


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "A paramagnetic alloy of susceptibility 3.0 × 10⁻⁴ sits in a field of 500 Oe. Find its "
            "magnetization in A/m.",
            "A/m",
            3.0e-4 * 500 * OE,
        ),
        (
            "A soft iron of relative permeability 2000 is placed in a field of 2.0 Oe. What flux "
            "density does it carry, in gauss?",
            "gauss",
            MU0 * 2000 * 2.0 * OE * 1e4,
        ),
        (
            "A soft iron of relative permeability 2000 is placed in a field of 2.0 oersted. What flux "
            "density does it carry, in tesla?",
            "T",
            MU0 * 2000 * 2.0 * OE,
        ),
    ],
)
def test_cgs_magnetic_units(question: str, unit: str, want: float) -> None:
    assert math.isclose(_value(question, unit), want, rel_tol=1e-4)


def test_cgs_missing_permeability_refused() -> None:
    _refused("A soft iron is placed in a field of 2.0 Oe. What flux density does it carry, in gauss?")


def test_cgs_energy_product_left_alone() -> None:
    from matsci_jupyter.engines.answer.cgs_magnetic import with_si_magnetic_units

    q = "A magnet has an energy product of 35 MGOe and a remanence of 12 kG. What is its coercivity?"
    assert with_si_magnetic_units(q) == (q, [], None)


def test_cgs_bare_g_needs_a_magnetic_question() -> None:
    from matsci_jupyter.engines.answer.cgs_magnetic import with_si_magnetic_units

    q = "A rotor spins up to an acceleration of 15 G. How long does it take to reach 3000 rpm?"
    assert with_si_magnetic_units(q)[0] == q
