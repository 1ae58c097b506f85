"""A given that contradicts the pure element the question names is refused (named_substance.py).

A question naming one pure element and giving one of its tabulated properties far from the element's
own value (another metal's density, atomic weight or melting point, a modulus or a cell edge no such
solid has) has contradictory data: refused with the given and the known value. Look-alikes keep their
answers: textbook-rounded values, values at high temperature, alloys named by their base metal,
porous or sintered bodies, compounds, and hypothetical or unnamed metals.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.named_substance import contradicted_given
from matsci_jupyter.engines.answer.solver import solve

CONTRADICTED = "contradict the named substance"

# (question, the given as the reason must quote it, the known value the reason must show)
REFUSED = [
    (
        "A nickel strip with 40 cm² exposed and a density of 2.70 g/cm³ loses 1.2 g in 60 days in "
        "a chloride bath. Compute the corrosion penetration rate in mm/yr.",
        "2.70 g/cm^3",
        "8.908 g/cm³",
    ),
    (
        "Calculate the number of atoms per cubic metre in aluminium, whose density is 8.96 g/cm³ "
        "and atomic weight 26.98 g/mol.",
        "8.96 g/cm^3",
        "2.7 g/cm³",
    ),
    (
        "Calculate the number of atoms per cubic metre in silver, whose density is 10.49 g/cm³ and "
        "atomic weight 63.55 g/mol.",
        "63.55 g/mol",
        "107.9 g/mol",
    ),
    (
        "Zinc melts at 1085 °C. What is the homologous temperature of zinc at 200 °C?",
        "1085 °C",
        "692.7 K",
    ),
    (
        "A copper bar 400 mm long and 12 mm in diameter carries a tensile load of 6 kN. Its elastic "
        "modulus is 16 GPa. By how much does it elongate, in mm?",
        "16 GPa",
        "130 GPa",
    ),
    (
        "Chromium is BCC with a lattice parameter of 0.405 nm and an atomic weight of 52.00 g/mol. "
        "Find its density in g/cm³.",
        "0.405 nm",
        "0.128 nm",
    ),
]


@pytest.mark.parametrize(("question", "given", "known"), REFUSED, ids=lambda v: str(v)[:40])
def test_given_far_from_the_named_element_is_refused(question: str, given: str, known: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert CONTRADICTED in answer.reason
    assert given in answer.reason and known in answer.reason


# (question, key, unit): each keeps its answer
KEPT = [
    # textbook-rounded density and atomic weight
    (
        "A nickel strip with 40 cm² exposed and a density of 8.9 g/cm³ loses 1.2 g in 60 days in a "
        "chloride bath. Compute the corrosion penetration rate in mm/yr.",
        87.6 * 1200 / (8.9 * 40 * 1440),
        "mm/yr",
    ),
    (
        "Calculate the number of atoms per cubic metre in aluminium, whose density is 2.7 g/cm³ and "
        "atomic weight 27 g/mol.",
        2.7e6 * 6.02214076e23 / 27,
        "1/m^3",
    ),
    # a density at high temperature, below the room-temperature value
    (
        "Compute the number of vacancies per cubic metre in silver at 900 °C. The vacancy formation "
        "energy is 1.10 eV/atom; the density of silver at that temperature is 9.4 g/cm³ and its "
        "atomic weight 107.87 g/mol.",
        9.4e6 * 6.02214076e23 / 107.87 * math.exp(-1.10 / (8.617333262e-5 * 1173.15)),
        "1/m^3",
    ),
    # an alloy named by its base metal, lighter than the pure metal
    (
        "A zinc alloy coupon with 50 cm² exposed and a density of 6.6 g/cm³ loses 0.80 g in 30 days. "
        "Compute the corrosion penetration rate in mm/yr.",
        87.6 * 800 / (6.6 * 50 * 720),
        "mm/yr",
    ),
    # a true melting point in °C, and a modulus from a handbook rather than pymatgen's table
    (
        "Zinc melts at 420 °C. What is the homologous temperature of zinc at 200 °C?",
        473.15 / 693.15,
        "dimensionless",
    ),
    (
        "A copper bar 400 mm long and 12 mm in diameter carries a tensile load of 6 kN. Its elastic "
        "modulus is 110 GPa. By how much does it elongate, in mm?",
        6000 * 400 / (110e3 * math.pi * 36),
        "mm",
    ),
    # FCC iron at high temperature: its cell edge fits FCC, not BCC
    (
        "Iron at 1000 °C is FCC with a lattice parameter of 0.3647 nm and an atomic weight of "
        "55.85 g/mol. Compute its density in g/cm³.",
        4 * 55.85 / (6.02214076e23 * (0.3647e-7) ** 3),
        "g/cm^3",
    ),
]


@pytest.mark.parametrize(("question", "key", "unit"), KEPT, ids=lambda v: str(v)[:40])
def test_look_alikes_keep_their_answers(question: str, key: float, unit: str) -> None:
    answer = solve(question)
    assert answer.ok, answer.reason
    assert answer.quantity.to(unit).magnitude == pytest.approx(key, rel=1e-2)


# never refused for a contradiction, whatever else the solver says
NOT_CHECKED = [
    # a porous sintered body is lighter than the metal
    "A sintered iron part has a density of 5.0 g/cm³ and an atomic weight of 55.85 g/mol. "
    "How many iron atoms are there per cubic metre?",
    # a hypothetical metal and an unnamed metal are never checked
    "A hypothetical metal has a density of 19.3 g/cm³ and an atomic weight of 65.4 g/mol. How "
    "many atoms are there per cubic metre?",
    "Metal X has a density of 19.3 g/cm³ and an atomic weight of 65.4 g/mol. How many atoms are "
    "there per cubic metre?",
    # a compound with a name like the element's: zinc oxide is not zinc
    "Zinc oxide has a density of 5.61 g/cm³ and a formula weight of 81.38 g/mol. How many formula "
    "units are there per cubic metre?",
    # the density belongs to the coating, not to the copper
    "A copper wire carries an epoxy coating of density 1.2 g/cm³ and thickness 0.1 mm. What mass of "
    "coating covers 1 m² of wire surface, in g?",
    # tin has two allotropes of very different density
    "Grey tin has a density of 5.77 g/cm³ and an atomic weight of 118.71 g/mol. How many atoms are "
    "there per cubic metre?",
]


@pytest.mark.parametrize("question", NOT_CHECKED, ids=lambda v: str(v)[:40])
def test_other_bodies_are_not_checked(question: str) -> None:
    assert CONTRADICTED not in (solve(question).reason or "")


def test_nothing_bound_is_nothing_checked() -> None:
    assert contradicted_given({}, {}, "A zinc coupon of density 19.3 g/cm³.") is None
