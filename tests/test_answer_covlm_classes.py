"""Refusal classes of sets J, K, L, M, O (heldout9–12, 14) covered as classes, in our own words.

* **A galvanic cell whose question writes its own standard potentials** (written_potentials.py with
  galvanic_cell.py): 'E°(Ag⁺/Ag) = +0.800 V', 'Ni²⁺/Ni = −0.250 V', 'Sn²⁺ + 2e⁻ → Sn: −0.136 V' or
  '… in 0.1 M Co²⁺ (E° = −0.277 V)' are tied to the ion written right before them and used in the
  Nernst equation. Refused: a couple without a written value while another is written, a value whose
  spelled-out couple names another metal, two values for one couple.
* **A concentration cell at a stated temperature other than 25 °C**: ΔV = (RT/nF) ln(c_high/c_low)
  needs no standard potential, so the stated temperature is used. A cell of two metals at another
  temperature is still refused (the standard potentials are for 25 °C).
* **Fields in oersted, flux densities in gauss** (cgs_magnetic.py): read as A/m (10³/4π per Oe) and
  T (10⁻⁴ per G) so the SI relations apply. Left alone: an answer asked in gauss or oersted (the
  neighbour rounds hold it as must-refuse), G·Oe energy products, a bare 'G' outside a magnetic
  question.
* **Curie's law solved for the temperature** (exam.py curie_law unknowns): χ₁T₁ = χ₂T₂ read at an
  asked temperature. Refused: the second susceptibility not given.
* **'In the first 90 min', 'during the first hour'** (first_interval.py): the elapsed time from the
  start. Left alone beside a later interval ('the next hour', 'thereafter').
* **Parabolic oxidation W² = K₁t + K₂ through two points** (relations/parabolic_offset.py), only where
  the law is written with K₂. Refused: one measured point only.
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
    _refused(
        "A soft iron is placed in a field of 2.0 Oe. What flux density does it carry, in gauss?"
    )


def test_cgs_energy_product_left_alone() -> None:
    from matsci_jupyter.engines.answer.cgs_magnetic import with_si_magnetic_units

    q = "A magnet has an energy product of 35 MGOe and a remanence of 12 kG. What is its coercivity?"
    assert with_si_magnetic_units(q) == (q, [])


def test_cgs_bare_g_needs_a_magnetic_question() -> None:
    from matsci_jupyter.engines.answer.cgs_magnetic import with_si_magnetic_units

    q = "A rotor spins up to an acceleration of 15 G. How long does it take to reach 3000 rpm?"
    assert with_si_magnetic_units(q)[0] == q


# ------------------------------------------------------------------ Curie's law: the temperature asked


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "A paramagnetic salt follows Curie's law, with a susceptibility of 2.0 × 10⁻⁴ at 290 K. At what "
            "temperature, in kelvin, does its susceptibility become 5.8 × 10⁻⁴?",
            "K",
            2.0e-4 * 290 / 5.8e-4,
        ),
        (
            "The susceptibility of a Curie-law paramagnet is 4.0 × 10⁻⁵ at 27 °C. To what temperature in °C "
            "must it be cooled for the susceptibility to be 1.2 × 10⁻⁴?",
            "degC",
            4.0e-5 * 300.15 / 1.2e-4 - 273.15,
        ),
    ],
)
def test_curie_law_temperature(question: str, unit: str, want: float) -> None:
    assert math.isclose(_value(question, unit), want, rel_tol=1e-4, abs_tol=1e-6)


def test_curie_law_temperature_without_second_value_refused() -> None:
    _refused(
        "A paramagnetic salt follows Curie's law, with a susceptibility of 2.0 × 10⁻⁴ at 290 K. At what "
        "temperature, in kelvin, does its susceptibility become larger?"
    )


# ------------------------------------------------------------------ 'in the first 90 min'


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "A cobalt alloy oxidising parabolically at 850 °C picks up 0.30 mg/cm² of weight gain during the "
            "first 40 min. How long, in hours, until the weight gain is 0.90 mg/cm²?",
            "hour",
            40 / 60 * (0.90 / 0.30) ** 2,
        ),
        (
            "An iron sample follows parabolic oxidation, with a weight gain of 0.20 mg/cm² in the first hour. "
            "What is its weight gain after 9 h, in mg/cm²?",
            "mg/cm**2",
            0.20 * 3,
        ),
    ],
)
def test_first_interval_is_the_elapsed_time(question: str, unit: str, want: float) -> None:
    assert math.isclose(_value(question, unit), want, rel_tol=1e-4)


def test_first_interval_left_alone_beside_a_later_interval() -> None:
    from matsci_jupyter.engines.answer.first_interval import without_first_interval

    q = (
        "A steel gains 0.20 mg/cm² in the first hour and 0.10 mg/cm² in the next hour. What is the "
        "weight gain after 5 h?"
    )
    assert without_first_interval(q) == q
    _refused(q)


# ------------------------------------------------------------------ W² = K₁t + K₂ through two points


def _offset_t(w1: float, t1: float, w2: float, t2: float, w3: float) -> float:
    k1 = (w2**2 - w1**2) / (t2 - t1)
    return t1 + (w3**2 - w1**2) / k1


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "An alloy oxidises parabolically following W² = K₁t + K₂. The weight gain is 0.40 mg/cm² "
            "after 2 h and 0.70 mg/cm² after 6 h. After how many hours will the weight gain reach 1.2 mg/cm²?",
            "hour",
            _offset_t(0.40, 2, 0.70, 6, 1.2),
        ),
        (
            "For a metal whose oxidation obeys the parabolic law W^2 = K1 t + K2, the mass gain is "
            "0.25 mg/cm² after 30 min and 0.45 mg/cm² after 120 min. Find the mass gain after 400 min, "
            "in mg/cm².",
            "mg/cm**2",
            math.sqrt(0.25**2 + (0.45**2 - 0.25**2) / 90 * (400 - 30)),
        ),
    ],
)
def test_parabolic_offset_two_points(question: str, unit: str, want: float) -> None:
    assert math.isclose(_value(question, unit), want, rel_tol=1e-4)


def test_parabolic_offset_one_point_refused() -> None:
    _refused(
        "An alloy oxidises parabolically following W² = K₁t + K₂. The weight gain is 0.40 mg/cm² after "
        "2 h. After how many hours will it reach 1.2 mg/cm²?"
    )


def test_after_the_first_interval_is_an_increment_left_alone() -> None:
    from matsci_jupyter.engines.answer.first_interval import without_first_interval

    q = (
        "An alloy oxidises parabolically, gaining 0.30 mg/cm² in the first 2 h. How much longer, in "
        "hours, after the first 2 h does the weight gain take to reach 0.60 mg/cm²?"
    )
    assert without_first_interval(q) == q
