"""'How many times larger / smaller / more ... is A than B': a factor between two solved values.

Class tests in our own phrasings (times_compare.py): B written as a pointer that repeats A's
quantity with another qualifier ('than that of the (100) planes', 'than along [100]'), two named
quantities compared downward ('how many times smaller': B/A, above 1), 'by what factor is A
greater than B', 'by what factor does A exceed B', 'A is how many times larger than B', and a verb
asked for its quantity ('how many times more light does X reflect than Y'). Each form has
must-refuse neighbours: a pointer with nothing to repeat, one value for both states, a comparative
the numbers contradict, a condition written before the ask.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve


def _factor(question: str) -> float:
    answer = solve(question)
    assert answer.quantity is not None, answer.reason
    return float(answer.quantity.to("dimensionless").magnitude)


def _refused(question: str) -> bool:
    return solve(question).quantity is None


def _e_long(vf: float, ef: float, em: float) -> float:
    return vf * ef + (1 - vf) * em


def _e_trans(vf: float, ef: float, em: float) -> float:
    return 1 / (vf / ef + (1 - vf) / em)


# ---------------------------------------------------------------- B as a pointer to A's quantity
@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "Tungsten is BCC with a lattice parameter of 0.3165 nm. How many times larger is the "
            "planar density of the (110) planes than that of the (100) planes?",
            math.sqrt(2),
        ),
        (
            "A nickel crystal is FCC, a = 0.352 nm. How many times greater is the planar density "
            "of the (111) plane than that of the (100) plane?",
            2 / math.sqrt(3),
        ),
        (
            "Silver (FCC) has a lattice constant of 0.409 nm. How many times larger is the "
            "interplanar spacing of the (100) planes than that of the (111) planes?",
            math.sqrt(3),
        ),
        (
            "Copper is FCC with an atomic radius of 0.128 nm. How many times larger is the linear "
            "density of atoms along [110] than along [100]?",
            math.sqrt(2),
        ),
    ],
)
def test_pointer_b_repeats_the_quantity_of_a(question: str, key: float) -> None:
    assert _factor(question) == pytest.approx(key, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # one plane named twice: one value, no factor
        "Tungsten is BCC with a lattice parameter of 0.3165 nm. How many times larger is the "
        "planar density of the (110) planes than that of the (110) planes?",
        # a pointer with nothing to repeat
        "Tungsten is BCC with a lattice parameter of 0.3165 nm. How many times larger is the "
        "planar density of the (110) planes than that?",
        "Tungsten is BCC with a lattice parameter of 0.3165 nm. How many times larger is the "
        "planar density of the (110) planes than the other?",
        # the numbers contradict the comparative ([100] is the sparser FCC direction, so
        # 'larger' is a misread, not a factor below one)
        "Copper is FCC with an atomic radius of 0.128 nm. How many times larger is the linear "
        "density of atoms along [100] than along [110]?",
        # a condition written before the ask concerns one state only
        "Copper is FCC with an atomic radius of 0.128 nm. If the crystal is strained, how many "
        "times larger is the linear density of atoms along [110] than along [100]?",
    ],
)
def test_pointer_neighbours_refuse(question: str) -> None:
    assert _refused(question)


# a downward comparison ('how many times smaller / less / slower') is read B/A by some and A/B by
# others; the older class test tests/test_quantity_ratio.py holds it refused, so it stays refused
DOWNWARD = [
    "Copper is FCC with an atomic radius of 0.128 nm. How many times smaller is the linear "
    "density of atoms along [100] than along [110]?",
    "A unidirectional glass-fibre lamina holds 50 vol% fibres (E_f = 70 GPa) in a resin "
    "with E_m = 3 GPa. How many times smaller is the transverse modulus than the "
    "longitudinal modulus?",
    "Silver (FCC) has a lattice constant of 0.409 nm. The interplanar spacing of the (111) "
    "planes is how many times smaller than that of the (100) planes?",
    "At normal incidence from air, how many times less light does a polymer film "
    "(n = 1.40) reflect than a rutile crystal (n = 2.61)?",
]


@pytest.mark.parametrize("question", DOWNWARD)
def test_downward_comparison_is_refused(question: str) -> None:
    assert _refused(question)


# ---------------------------------------------------------------- two named quantities
@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "An aligned carbon/epoxy ply: V_f = 0.6, E_f = 230 GPa, E_m = 3.5 GPa. By what factor "
            "is the longitudinal modulus greater than the transverse modulus?",
            _e_long(0.6, 230, 3.5) / _e_trans(0.6, 230, 3.5),
        ),
        (
            "An aligned Kevlar/epoxy ply: V_f = 0.45, E_f = 125 GPa, E_m = 2.8 GPa. By what factor "
            "does the longitudinal modulus exceed the transverse modulus?",
            _e_long(0.45, 125, 2.8) / _e_trans(0.45, 125, 2.8),
        ),
    ],
)
def test_two_named_quantities(question: str, key: float) -> None:
    assert _factor(question) == pytest.approx(key, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # 'smaller' when A is the larger: contradictory, not a factor below one
        "A unidirectional glass-fibre lamina holds 50 vol% fibres (E_f = 70 GPa) in a resin "
        "with E_m = 3 GPa. How many times smaller is the longitudinal modulus than the "
        "transverse modulus?",
        # 'greater' when A is the smaller
        "An aligned carbon/epoxy ply: V_f = 0.6, E_f = 230 GPa, E_m = 3.5 GPa. By what factor "
        "is the transverse modulus greater than the longitudinal modulus?",
        # which is B is not said
        "An aligned carbon/epoxy ply: V_f = 0.6, E_f = 230 GPa, E_m = 3.5 GPa. By what factor "
        "does the longitudinal modulus exceed the other one?",
    ],
)
def test_two_named_quantities_neighbours_refuse(question: str) -> None:
    assert _refused(question)


# ---------------------------------------------------------------- 'A is how many times ... B'
def test_subject_is_how_many_times() -> None:
    q = (
        "Tungsten is BCC with a lattice parameter of 0.3165 nm. The planar density of the (110) "
        "planes is how many times larger than that of the (100) planes?"
    )
    assert _factor(q) == pytest.approx(math.sqrt(2), rel=1e-3)
    # the same plane twice: refused
    q3 = (
        "Silver (FCC) has a lattice constant of 0.409 nm. The interplanar spacing of the (111) "
        "planes is how many times smaller than that of the (111) planes?"
    )
    assert _refused(q3)


# ---------------------------------------------------------------- a verb for its quantity
def _refl(n: float) -> float:
    return ((n - 1) / (n + 1)) ** 2


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "Light falls normally from air. How many times more light does a diamond face "
            "(n = 2.42) reflect than a fused-silica face (n = 1.46)?",
            _refl(2.42) / _refl(1.46),
        ),
        (
            "For light at normal incidence in air, how many times more of the incident light do "
            "germanium windows (n = 4.0) reflect than sapphire windows (n = 1.77)?",
            _refl(4.0) / _refl(1.77),
        ),
    ],
)
def test_verb_reflect(question: str, key: float) -> None:
    assert _factor(question) == pytest.approx(key, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # one index for both: one value
        "Light falls normally from air. How many times more light does a diamond face "
        "(n = 2.42) reflect than another diamond face (n = 2.42)?",
        # B's index not given
        "Light falls normally from air. How many times more light does a diamond face "
        "(n = 2.42) reflect than an uncoated window?",
        # 'more' when A reflects less
        "Light falls normally from air. How many times more light does a fused-silica face "
        "(n = 1.46) reflect than a diamond face (n = 2.42)?",
    ],
)
def test_verb_reflect_neighbours_refuse(question: str) -> None:
    assert _refused(question)
