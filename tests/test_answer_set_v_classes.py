"""Wrong-answer classes found by set V's first blind run, each in its own wording.

- The equilibrium number of a metal's vacancies, N exp(−Q/kT), was used for an ionic solid's
  Schottky vacancies ('Schottky defect formation energy of 2.6 eV … number of Schottky vacancies per
  cubic metre'): the energy of a Schottky or Frenkel defect forms a pair, N exp(−Q/2kT), and whether
  the count is of pairs or of single vacancies is the question's to say. The single-vacancy relations
  no longer read a question that names Schottky or Frenkel defects; a metal's vacancies still do.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason, solved_value

BOLTZMANN_EV = 8.617333262e-5  # eV/K


AVOGADRO = 6.02214076e23  # 1/mol


def _sites(density_g_cm3: float, molar_mass_g_mol: float) -> float:
    """Formula units (or atoms) per m³ from a density in g/cm³ and a molar mass in g/mol."""
    return density_g_cm3 * 1e6 * AVOGADRO / molar_mass_g_mol


@pytest.mark.parametrize(
    ("question", "sites_per_m3", "energy_ev", "kelvin"),
    [
        (
            "Find the equilibrium concentration of Schottky vacancies (per m^3) in CsCl at 600 °C: "
            "density 3.99 g/cm^3, molar mass 168.36 g/mol, defect formation energy 1.9 eV.",
            _sites(3.99, 168.36),
            1.9,
            873.15,
        ),
        (
            "For MgO (density 3.58 g/cm3, molar mass 40.30 g/mol) the Schottky formation energy is "
            "6 eV. Determine the number of vacancies per m3 at 2000 K.",
            _sites(3.58, 40.30),
            6.0,
            2000.0,
        ),
        (
            "A silver bromide crystal (density 6.47 g/cm³, molar mass 187.77 g/mol) has a Frenkel "
            "defect energy of 1.1 eV. Find the number of vacancies per m³ at 600 K.",
            _sites(6.47, 187.77),
            1.1,
            600.0,
        ),
    ],
)
def test_pair_defects_never_take_the_single_vacancy_exponent(
    question, sites_per_m3, energy_ev, kelvin
):
    single = sites_per_m3 * math.exp(-energy_ev / (BOLTZMANN_EV * kelvin))
    try:
        value = solved_value(question, "1/m**3")
    except AssertionError:
        assert "no relation" in refusal_reason(question)
        return
    assert not math.isclose(value, single, rel_tol=0.05), "metal vacancy relation used"
    pairs = sites_per_m3 * math.exp(-energy_ev / (2 * BOLTZMANN_EV * kelvin))
    assert math.isclose(value, pairs, rel_tol=0.02) or math.isclose(value, 2 * pairs, rel_tol=0.02)


@pytest.mark.parametrize(
    ("question", "sites_per_m3", "energy_ev", "kelvin"),
    [
        (
            "Aluminium: density 2.70 g/cm³, atomic weight 26.98 g/mol, vacancy formation energy "
            "0.75 eV. How many vacancies per m^3 are there at 500 °C?",
            _sites(2.70, 26.98),
            0.75,
            773.15,
        ),
        (
            "Nickel has a density of 8.90 g/cm3 and atomic weight 58.69 g/mol; its vacancy formation "
            "energy is 1.6 eV. Compute the number of vacancies per cubic metre at 1200 K.",
            _sites(8.90, 58.69),
            1.6,
            1200.0,
        ),
        (
            "Copper has 8.0e28 atoms per m³ and a vacancy formation energy of 0.9 eV. Find the "
            "number of vacancies per m³ at 1000 °C.",
            8.0e28,
            0.9,
            1273.15,
        ),
    ],
)
def test_a_metals_vacancies_still_take_the_single_vacancy_exponent(
    question, sites_per_m3, energy_ev, kelvin
):
    value = solved_value(question, "1/m**3")
    expected = sites_per_m3 * math.exp(-energy_ev / (BOLTZMANN_EV * kelvin))
    assert math.isclose(value, expected, rel_tol=0.02)
