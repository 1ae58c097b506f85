"""Two solver classes that need care in shared machinery (helper ask31, session 31).

1. A rectangular (square) hysteresis loop spanning ±H_c and ±B_r encloses 4H_cB_r per cycle per unit
   volume (J/m³ with H in A/m, B in T); a core loses that × volume × frequency (Callister §20.7). The
   loop must be called rectangular or square, and the coercivity and the remanence both named.
   Refused: a loop of no stated shape; a saturation induction beside the remanence; a rectangular
   loop that also states its enclosed area (two routes). The relation is a special case: beside a
   measured loop area with no rectangular loop named, a coercivity stays set aside as before.
2. A semicrystalline polymer's specimen density from its crystallinity (by mass) and the totally
   crystalline and amorphous densities, 1/ρ_s = c/ρ_c + (1 − c)/ρ_a. Answered only when the ask names
   the specimen's density and each given density is named as a phase's. Refused: the amorphous or the
   crystalline density asked, a given density named as the specimen's (a film's, a sample's), a
   share by volume, a missing phase density.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

OE = 1000 / (4 * math.pi)  # A/m per oersted


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.quantity is not None, answer.reason
    return float(answer.quantity.to(unit).magnitude)


def _refused(question: str) -> None:
    answer = solve(question)
    assert answer.quantity is None, f"answered {answer.quantity} for a must-refuse question"
    assert answer.reason and "internal error" not in answer.reason


# ------------------------------------------------------------------ rectangular hysteresis loop
LOOP = [
    (
        "A ferrite for a memory core has a square hysteresis loop with a coercivity of 25 A/m and a "
        "remanence of 0.30 T. How much energy per cycle per unit volume does the loop dissipate, in "
        "J/m³?",
        "J/m^3",
        4 * 25 * 0.30,
    ),
    (
        "Take the B–H loop of a nickel–iron tape as rectangular, with coercive field 4 A/m and "
        "remanent induction 0.7 T. A 5 cm³ core of it is driven at 400 Hz. Estimate the hysteresis "
        "power loss in watts.",
        "W",
        4 * 4 * 0.7 * 5e-6 * 400,
    ),
    (
        "An idealised rectangular hysteresis loop has a coercive force of 2 Oe and a retentivity of "
        "8 kG. What power is lost to hysteresis in a 100 cm³ core cycled at 50 Hz, in W?",
        "W",
        4 * 2 * OE * 0.8 * 100e-6 * 50,
    ),
]
LOOP_REFUSE = [
    # no shape said: 4H_cB_r is only a rectangle's area
    "A magnetic alloy's hysteresis loop has a coercive field of 30 A/m and a remanence of 1.1 T. A "
    "0.001 m³ core of it runs at 60 Hz. What is the hysteresis power loss in W?",
    # a saturation induction beside the remanence: the loop's height is not one value
    "A square hysteresis loop has a coercivity of 30 A/m, a remanence of 1.1 T and a saturation "
    "induction of 1.5 T. For a 0.001 m³ core at 60 Hz, what is the power lost to hysteresis?",
    # a rectangular loop whose enclosed area is also stated: two routes to the loss
    "A core steel's rectangular hysteresis loop encloses 200 J/m³ per cycle; its coercivity is 30 "
    "A/m and its remanence 1.1 T. What power is lost to hysteresis in a 0.001 m³ core at 60 Hz?",
]
# a measured loop area with a coercivity beside it and no rectangular loop named: P = w V f, the
# coercivity set aside (as on main before the rectangular relation came back)
LOOP_AREA = [
    (
        "A transformer lamination steel, coercivity 60 A/m, traces a B–H loop whose area is "
        "equivalent to 320 J/m³ per cycle. What hysteresis power does a 3.0 × 10⁻³ m³ core of it "
        "dissipate at 50 Hz?",
        320 * 3.0e-3 * 50,
    ),
    (
        "The hysteresis loop of a core iron encloses 150 J/m³ per cycle, and the iron's coercive "
        "field is 70 A/m. Find the hysteresis loss, in watts, of 0.004 m³ of core at 60 Hz.",
        150 * 0.004 * 60,
    ),
]


@pytest.mark.parametrize(("question", "unit", "want"), LOOP)
def test_rectangular_loop_answered(question: str, unit: str, want: float) -> None:
    assert _value(question, unit) == pytest.approx(want, rel=1e-3)


@pytest.mark.parametrize("question", LOOP_REFUSE)
def test_rectangular_loop_neighbours_refused(question: str) -> None:
    _refused(question)


@pytest.mark.parametrize(("question", "want"), LOOP_AREA)
def test_coercivity_beside_a_loop_area_still_set_aside(question: str, want: float) -> None:
    answer = solve(question)
    assert answer.quantity is not None, answer.reason
    assert answer.relation == "hysteresis_power_loss"
    assert answer.quantity.to("W").magnitude == pytest.approx(want, rel=1e-3)


# ------------------------------------------------------------------ specimen density from crystallinity
def _rho(c: float, rho_c: float, rho_a: float) -> float:
    return 1 / (c / rho_c + (1 - c) / rho_a)


DENSITY = [
    (
        "A nylon 6,6 part has a crystallinity of 40 %. Totally crystalline nylon 6,6 has a density "
        "of 1.24 g/cm³ and totally amorphous nylon 6,6 a density of 1.09 g/cm³. Calculate the "
        "density of the part.",
        _rho(0.40, 1.24, 1.09),
    ),
    (
        "Fully crystalline polypropylene is 0.946 g/cm³ and fully amorphous polypropylene 0.855 "
        "g/cm³. What specimen density corresponds to a crystallinity of 62 %?",
        _rho(0.62, 0.946, 0.855),
    ),
    (
        "Totally crystalline PEEK: 1.40 g/cm³; totally amorphous PEEK: 1.26 g/cm³. What density "
        "does a component with a crystallinity of 25 % have?",
        _rho(0.25, 1.40, 1.26),
    ),
    # the share written 'N % crystalline (by mass)' rather than as a crystallinity
    (
        "A PET sample is 30 % crystalline by mass. The crystalline and amorphous densities of PET "
        "are 1.455 and 1.335 g/cm³. What is the sample density?",
        _rho(0.30, 1.455, 1.335),
    ),
]
DENSITY_REFUSE = [
    # the amorphous density asked; the film's density is given (the round-9 slip, in other words)
    "A polyethylene sheet has a crystallinity of 52 %; fully crystalline polyethylene is 1.00 g/cm³ "
    "and the sheet is 0.935 g/cm³. What is the density of totally amorphous polyethylene?",
    # the crystalline density asked
    "A nylon part has a crystallinity of 40 % and a density of 1.15 g/cm³, and amorphous nylon has "
    "a density of 1.09 g/cm³. Calculate the density of totally crystalline nylon.",
    # a given density named as the specimen's, bound as a phase density
    "A polypropylene has a crystallinity of 62 %. The measured sample density is 0.910 g/cm³ and "
    "amorphous polypropylene is 0.855 g/cm³. What density does the crystalline phase have?",
    # by volume: another relation
    "A polymer is 45 % crystalline by volume, with a crystallinity measured by DSC; crystalline "
    "density 1.40 g/cm³, amorphous density 1.30 g/cm³. What is the specimen density?",
    # a missing phase density
    "A polyester has a crystallinity of 45 % and its amorphous density is 1.30 g/cm³. What is the "
    "density of the specimen?",
    # a sample's density and the crystalline one given, another crystallinity asked: ρ_a first
    "A PET sample with a crystallinity of 45 % has a density of 1.39 g/cm³; the crystalline density "
    "is 1.455 g/cm³. What density would the same PET have at 60 % crystallinity?",
    # the crystalline phase's density asked, both phase densities given
    "A polymer has a crystallinity of 45 %; the densities of its crystalline and amorphous phases "
    "are 1.40 and 1.30 g/cm³. What is the density of the crystalline phase?",
    # the ask names no density of the specimen
    "A polymer has a crystallinity of 45 %; crystalline density 1.40 g/cm³, amorphous density 1.30 "
    "g/cm³. Find the missing density.",
]


@pytest.mark.parametrize(("question", "want"), DENSITY)
def test_specimen_density_answered(question: str, want: float) -> None:
    assert _value(question, "g/cm^3") == pytest.approx(want, rel=1e-3)


@pytest.mark.parametrize("question", DENSITY_REFUSE)
def test_specimen_density_neighbours_refused(question: str) -> None:
    _refused(question)
