"""Two refusal classes of set T (heldout19) that were real gaps, covered as classes, in our own words.

* **The ratio of two linear densities (two directions) or two planar densities (two planes) of one
  cubic Bravais crystal** (density_ratio.py): the lattice parameter cancels, and the general repeat
  rule covers any [uvw] or (hkl) of SC, BCC and FCC. Left open (still refused or not answered this
  way): two-atom structures (diamond, rock salt), an order not said ('of [110] and [100]'), a
  'greater' asked the wrong way round, a value that would be left unused.
* **The ratio of two dislocation line energies, E ∝ G b²** (line_energy_ratio.py): two metals each with
  G and b (or a, with one kind of dislocation for both), or one crystal with two Burgers vectors in
  the a/n⟨uvw⟩ notation. Left open: lattice parameters of two structures, Poisson's ratio, edge and
  screw together, partial dislocations.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

R2, R3, R6 = math.sqrt(2), math.sqrt(3), math.sqrt(6)


def _close(got: float, want: float) -> None:
    assert math.isclose(got, want, rel_tol=1e-6), (got, want)


# ------------------------------------------------------------------ linear and planar density ratios


@pytest.mark.parametrize(
    ("question", "want"),
    [
        # FCC: [110] holds a face centre, so LD = √2/a against 1/a along [100]
        (
            "For a face-centred cubic metal, what is the ratio of the linear density along [110] to that "
            "along [100]?",
            R2,
        ),
        # BCC: the body diagonal holds two atoms per a√3
        (
            "In a BCC lattice, how many times greater is the linear atomic density along [1 1 1] than "
            "along [1 0 0]?",
            2 / R3,
        ),
        # SC: one atom per a√2 along a face diagonal
        (
            "Simple cubic crystal: give the ratio of the linear density in the [011] direction relative to "
            "the [001] direction.",
            1 / R2,
        ),
        # FCC, a direction outside the usual three: [112] has a lattice point at half its length
        (
            "In FCC, what is the ratio of the linear density along [112] to that along [100]?",
            2 / R6,
        ),
        # the smaller one asked: [110] over [111] in FCC is √6
        (
            "In an FCC crystal, how many times smaller is the linear density along [111] than along "
            "[110]?",
            R6,
        ),
        # a negative index written with a minus sign
        (
            "Body-centered cubic: ratio of the linear density along [-1 1 1] to that along [110]?",
            (2 / R3) / (1 / R2),
        ),
    ],
)
def test_linear_density_ratio(question: str, want: float) -> None:
    _close(_value(question, "dimensionless"), want)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        # FCC (111): 4/(√3 a²); (100): 2/a²
        (
            "What is the ratio of the planar density of the (111) plane to that of the (100) plane in an "
            "FCC metal?",
            2 / R3,
        ),
        # BCC (110) is the densest: √2/a² against 1/a²
        (
            "For a body-centred cubic crystal, by what factor does the planar density of (110) exceed "
            "that of (100)?",
            R2,
        ),
        # SC (110) over (100)
        (
            "In a simple cubic structure, what is the ratio of the planar density of (1 1 0) compared "
            "with (1 0 0)?",
            1 / R2,
        ),
        # BCC (111) over (110): 1/(√3 a²) over √2/a²
        ("In BCC iron, what is the ratio of the planar density on (111) to that on (110)?", 1 / R6),
    ],
)
def test_planar_density_ratio(question: str, want: float) -> None:
    _close(_value(question, "dimensionless"), want)


@pytest.mark.parametrize(
    "question",
    [
        # the order is not said ('and'): which density is divided by which is open
        "What is the ratio of the planar densities of (111) and (100) in FCC?",
        # 'greater' asked the wrong way round: LD[100] < LD[110] in FCC
        "In FCC, how many times greater is the linear density along [100] than along [110]?",
        # a two-atom structure: the one-atom-per-lattice-point rule does not give its densities
        "In diamond cubic silicon, what is the ratio of the planar density of (111) to that of (100)?",
        "For rock salt (NaCl), what is the ratio of the linear density along [110] to that along [100]?",
        # no cubic structure named
        "What is the ratio of the linear density along [110] to that along [100]?",
        # two structures named: a comparison across crystals needs both lattice parameters
        "What is the ratio of the planar density of (110) in BCC to that of (111) in FCC?",
    ],
)
def test_density_ratio_left_open(question: str) -> None:
    assert _refused(question)


def test_a_comparison_word_outside_the_ask_does_not_turn_the_ratio_round() -> None:
    # 'lower' belongs to another sentence; the ratio asked is [100] over [110] as written
    question = (
        "An FCC metal is cooled to a lower temperature and keeps its structure. What is the ratio of "
        "the linear density along [100] to that along [110]?"
    )
    _close(_value(question, "dimensionless"), 1 / R2)


def test_density_ratio_with_an_unused_lattice_parameter_is_not_answered_as_a_ratio() -> None:
    # the lattice parameter would be left unused: not read as the pure ratio
    reason = _refused(
        "In an FCC metal with a = 0.36 nm, what is the ratio of the linear density along [110] to that "
        "along [100]?"
    )
    assert reason


def test_planar_density_ratio_is_not_a_packing_fraction() -> None:
    assert _refused(
        "In FCC, what is the ratio of the planar packing fraction of (111) to that of (100)?"
    )


# ------------------------------------------------------------------ dislocation line energies


def _e(g: float, b: float) -> float:
    return g * b * b


@pytest.mark.parametrize(
    ("question", "want"),
    [
        # two metals, lattice parameters, one kind of dislocation (b/a cancels)
        (
            "With the line energy of a dislocation taken as ½Gb², compare perfect a/2⟨110⟩ dislocations "
            "in nickel and copper: what is the ratio of the line energy in nickel to that in copper? "
            "Ni: a = 0.352 nm, G = 76 GPa. Cu: a = 0.3615 nm, G = 48 GPa.",
            _e(76, 0.352) / _e(48, 0.3615),
        ),
        # Burgers vectors given, values named after the metal
        (
            "The shear modulus of silver is 30 GPa and b = 0.289 nm; for gold G = 27 GPa and "
            "b = 0.288 nm. How many times larger is the dislocation line energy in silver than in gold?",
            _e(30, 0.289) / _e(27, 0.288),
        ),
        # values named after them ('for iron'), one sentence
        (
            "Taking E = Gb²/2, find the ratio of the dislocation line energy in iron to that in "
            "aluminium, given G = 82 GPa for iron and 26 GPa for aluminium, and Burgers vectors "
            "b = 0.248 nm for iron and 0.286 nm for aluminium.",
            _e(82, 0.248) / _e(26, 0.286),
        ),
        # one crystal, two Burgers vectors: a⟨100⟩ against a/2⟨111⟩ in BCC
        (
            "In a BCC metal, what is the ratio of the line energy of an a⟨100⟩ dislocation to that of "
            "an a/2⟨111⟩ dislocation?",
            1 / 0.75,
        ),
        # FCC: a⟨110⟩ against the perfect a/2⟨110⟩
        (
            "For an FCC crystal, by what factor does the elastic energy per unit length of an a[110] "
            "dislocation exceed that of an a/2[110] dislocation?",
            4.0,
        ),
    ],
)
def test_line_energy_ratio(question: str, want: float) -> None:
    _close(_value(question, "dimensionless"), want)


@pytest.mark.parametrize(
    "question",
    [
        # lattice parameters of two structures and no Burgers vector: b/a differs (FCC vs BCC)
        "Nickel: G = 76 GPa, a = 0.352 nm. Tungsten: G = 161 GPa, a = 0.316 nm. By what factor does "
        "the dislocation line energy in tungsten exceed that in nickel?",
        # 'larger' the wrong way round
        "The shear modulus of silver is 30 GPa and b = 0.289 nm; for gold G = 27 GPa and b = 0.288 nm. "
        "How many times larger is the dislocation line energy in gold than in silver?",
        # Poisson's ratio: edge and screw prefactors differ
        "For an edge dislocation with Poisson's ratio 0.3, what is the ratio of the line energy in "
        "copper to that in aluminium? Cu: G = 48 GPa, b = 0.256 nm; Al: G = 26 GPa, b = 0.286 nm.",
        # a partial dislocation: its energy is not the perfect one's
        "In FCC, what is the ratio of the line energy of a Shockley partial a/6⟨112⟩ to that of a "
        "perfect a/2⟨110⟩ dislocation?",
        # the lengths are not said to be b or a
        "What is the ratio of the dislocation line energy in copper to that in aluminium? Cu: "
        "G = 48 GPa, 0.256 nm; Al: G = 26 GPa, 0.286 nm.",
    ],
)
def test_line_energy_ratio_left_open(question: str) -> None:
    assert _refused(question)
