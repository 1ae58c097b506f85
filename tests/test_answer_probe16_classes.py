"""Wrong-answer classes found by neighbour round 15 (tests/data/answer_neighbours15.py), in our own
words (matsci_jupyter/engines/answer/stated_setup.py refuses them).

* A cell volume other than the conventional cubic cell (primitive, Wigner–Seitz, per formula unit,
  of several cells, of the atoms) answered with V = a³.
* Under ε = ΔL/L₀ a length the question names as the gauge (original) length bound as the change
  in length, or a final length bound as the original one.
* A stated value set aside in words ('not 1.0 eV but …'), or a formation entropy stated beside the
  vacancy energy: the relation answered with the bare energy.
* A lever rule fed the alloy in atom percent and the phases in weight percent.
* A one-face reflectance answered where both faces of a plate are counted.
* A negative result given where a positive number is asked (heat given out as a positive number).
* A plated or corroding area of which only part is exposed, or the area of one face of a sheet
  exposed on both faces.

Each class has look-alikes that keep their answer.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

K_EV = 8.617333262e-5
F = 96485.33212


# --- a cell other than the conventional cubic cell
@pytest.mark.parametrize(
    "question",
    [
        "Nickel is face-centred cubic with a = 0.3524 nm. Find the volume of its primitive cell in nm³.",
        "Chromium is BCC with a lattice constant of 2.884 Å. What is the Wigner–Seitz cell volume, in Å³?",
        "Fluorite (CaF2) is cubic with a = 0.546 nm. How much volume is there per CaF2 formula unit, in nm^3?",
        "Nickel is FCC with a = 0.3524 nm. What is the combined volume of three unit cells, in nm³?",
    ],
)
def test_other_cell_volume_refused(question: str) -> None:
    _refused(question)


@pytest.mark.parametrize(
    ("question", "unit", "key"),
    [
        (
            "Nickel is FCC with a = 0.3524 nm. What is the volume of its unit cell, in nm³?",
            "nm**3",
            0.3524**3,
        ),
        ("Chromium is BCC, a = 2.884 Å. Give the unit cell volume in Å³.", "angstrom**3", 2.884**3),
    ],
)
def test_conventional_cell_volume_answered(question: str, unit: str, key: float) -> None:
    assert _value(question, unit) == pytest.approx(key, rel=1e-3)


# --- lengths in the wrong roles under ε = ΔL/L₀
@pytest.mark.parametrize(
    "question",
    [
        "A 40 mm gauge length is strained to an engineering strain of 0.15. What is the final gauge length, in mm?",
        "A bar's gauge length grows by 6 mm to a final length of 46 mm. What is its engineering strain?",
        "A 40 mm gauge length is pulled to a true strain of 0.10. What is the final gauge length in mm?",
        (
            "An aluminium coupon of initial length 120 mm is pulled to a true strain of 0.10. What is "
            "its length afterwards (mm)?"
        ),
    ],
)
def test_length_role_swapped_refused(question: str) -> None:
    assert "length" in _refused(question)


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("A 40 mm gauge length is stretched to 46 mm. What is the engineering strain?", 0.15),
        (
            "A bar with a gauge length of 40 mm elongates by 6 mm. What is the engineering strain?",
            0.15,
        ),
    ],
)
def test_length_roles_kept_answered(question: str, key: float) -> None:
    assert _value(question, "dimensionless") == pytest.approx(key, rel=1e-3)


# --- a stated value set aside, or an entropy the relation lacks
@pytest.mark.parametrize(
    "question",
    [
        (
            "Assume the vacancy formation energy is not 1.0 eV/atom but a third of that. Estimate the "
            "equilibrium vacancy fraction at 900 °C."
        ),
        (
            "The vacancy formation energy of a BCC metal is 1.0 eV/atom and its formation entropy is "
            "2k. Estimate the equilibrium vacancy fraction at 900 °C."
        ),
        (
            "Nickel at 1200 °C: density 8.6 g/cm³, atomic weight 58.69 g/mol, vacancy formation energy "
            "1.6 eV/atom, and a vacancy formation entropy that is not negligible. How many vacancies "
            "are there per cubic metre?"
        ),
    ],
)
def test_set_aside_or_entropy_refused(question: str) -> None:
    assert "no number is given" in _refused(question)


def test_plain_vacancy_fraction_answered() -> None:
    q = "A metal has a vacancy formation energy of 1.0 eV/atom. What fraction of sites is vacant at 900 °C?"
    assert _value(q, "dimensionless") == pytest.approx(math.exp(-1.0 / (K_EV * 1173.15)), rel=1e-3)


# --- lever rule on mixed composition bases
@pytest.mark.parametrize(
    "question",
    [
        "A Pb–Sn alloy of 30 at.% Sn sits between α (18 wt% Sn) and liquid (62 wt% Sn). Find the mass fraction of α.",
        (
            "A binary A–B alloy of 25 at% B is held in the α + L field. Data: Cα = 10 wt% B, C_L = 50 "
            "wt% B. What percentage of the alloy (by mass) is liquid?"
        ),
        (
            "A binary Cu–Ag alloy of 20 atom % Ag is held in the α + L field. Data: Cα = 8 wt% Ag, C_L "
            "= 40 wt% Ag. What percentage of the alloy (by mass) is α?"
        ),
    ],
)
def test_mixed_basis_lever_refused(question: str) -> None:
    assert "one basis" in _refused(question)


def test_one_basis_lever_answered() -> None:
    q = (
        "A binary A–B alloy of 25 wt% B is held in the α + L field. Data: Cα = 10 wt% B, C_L = 50 "
        "wt% B. What percentage of the alloy (by mass) is liquid?"
    )
    assert _value(q, "percent") == pytest.approx(100 * 15 / 40, rel=1e-3)


# --- reflectance counted at both faces
@pytest.mark.parametrize(
    "question",
    [
        (
            "Sapphire has n = 1.77. What fraction of light incident normally from air is reflected, in "
            "percent, counting both faces of a thin window (multiple reflections neglected)?"
        ),
        (
            "Glass has n = 1.60. What fraction of light incident normally from air is reflected by the "
            "two surfaces of a slide, in percent?"
        ),
        (
            "Silicon has n = 3.42. Counting both surfaces of a wafer, what fraction of light incident "
            "normally from air is reflected?"
        ),
    ],
)
def test_two_face_reflectance_refused(question: str) -> None:
    assert "one face" in _refused(question)


def test_one_face_reflectance_answered() -> None:
    q = (
        "A sapphire window has n = 1.77. What fraction of normally incident light from air is "
        "reflected at its front surface?"
    )
    assert _value(q, "dimensionless") == pytest.approx((0.77 / 2.77) ** 2, rel=1e-3)


# --- a positive number asked, a negative result
@pytest.mark.parametrize(
    "question",
    [
        (
            "How much heat, in kJ, is given out when 4.0 kg of copper (c_p = 385 J/kg·K) cools from 500 "
            "°C to 20 °C? Give the heat released as a positive number."
        ),
        (
            "How much heat, in MJ, does a 1.5 kg steel casting (c_p = 460 J/kg·K) give up in cooling "
            "from 900 °C to 100 °C? Report the heat as a positive value."
        ),
        (
            "How much heat, in kcal, is lost when 3.0 kg of water (c_p = 4186 J/kg·K) cools from 80 °C "
            "to 30 °C? Enter a positive number."
        ),
    ],
)
def test_positive_asked_negative_refused(question: str) -> None:
    assert "positive" in _refused(question)


def test_heating_answered() -> None:
    q = "How much heat (kJ) is needed to warm 4.0 kg of copper (c_p = 385 J/kg·K) from 20 °C to 500 °C?"
    assert _value(q, "kJ") == pytest.approx(4.0 * 385 * 480 / 1e3, rel=1e-3)


# --- part of the area, or one face of two
@pytest.mark.parametrize(
    "question",
    [
        (
            "A part with 200 cm^2 of surface is zinc plated (Zn2+ + 2e- -> Zn) at 2.0 A for 30 min with "
            "100 % current efficiency, but only half of its surface is in the bath. Taking Zn: M = "
            "65.38 g/mol, rho = 7.13 g/cm^3, how thick is the deposit, in um?"
        ),
        (
            "A part with 120 cm^2 of surface is copper plated (Cu2+ + 2e- -> Cu) at 1.5 A for 60 min "
            "with 98 % current efficiency; and only 75 % of the surface area is plated. Taking Cu: M = "
            "63.55 g/mol, rho = 8.96 g/cm^3, how thick is the deposit, in um?"
        ),
        (
            "A steel sheet of 150 in.² exposed area (density 7.9 g/cm³) loses 600 g in one year. Both "
            "faces are exposed and 150 in.² is the area of one face. What is the corrosion penetration "
            "rate in mpy?"
        ),
    ],
)
def test_part_area_refused(question: str) -> None:
    assert "area" in _refused(question)


def test_whole_area_plating_answered() -> None:
    q = (
        "A part with 200 cm^2 of surface is zinc plated (Zn2+ + 2e- -> Zn) at 2.0 A for 30 min with "
        "100 % current efficiency. Taking Zn: M = 65.38 g/mol, rho = 7.13 g/cm^3, how thick is the "
        "deposit, in um?"
    )
    key = 2.0 * 1800 * 65.38 / (2 * F) / 7.13 / 200 * 1e4
    assert _value(q, "um") == pytest.approx(key, rel=1e-3)
