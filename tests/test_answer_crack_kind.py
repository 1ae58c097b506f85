"""A crack said to be neither a surface nor an internal one (issue 11, two standard readings).

In K_Ic = Yσ√(πa) and in Griffith's σ_c = √(2Eγ/(πa)), a is a surface crack's length but half an
internal crack's (Callister & Rethwisch, §8.5). 'A crack 3 mm long' alone fits both readings, which
differ by √2 in a stress and by 2 in a crack length, so the solver asks which one is meant. A crack
named as a surface, edge or internal one, or given as 'a = …', keeps its answer. Wording our own.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve


def _value(question: str, unit: str) -> float:
    a = solve(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> str:
    a = solve(question)
    assert a.quantity is None, f"answered {a.quantity}"
    assert a.reason
    return a.reason


@pytest.mark.parametrize(
    "question",
    [
        "A titanium plate with a plane-strain fracture toughness of 60 MPa√m contains a crack "
        "3 mm long. With Y = 1.0, find the tensile stress at which it fractures, in MPa.",
        "A ceramic part (K_Ic = 4 MPa·m^1/2) has a flaw 50 µm long. Taking Y = 1.2, what "
        "stress, in MPa, breaks it?",
        "A glass (E = 70 GPa, specific surface energy 0.4 J/m²) has a crack 5 µm long. Use the "
        "Griffith criterion to find the stress for crack propagation, in MPa.",
    ],
)
def test_a_crack_of_unstated_kind_is_refused(question):
    assert "surface or an internal" in _refused(question)


def test_a_surface_crack_keeps_its_answer():
    q = (
        "A titanium plate with a plane-strain fracture toughness of 60 MPa√m has a surface crack "
        "3 mm long. With Y = 1.0, find the tensile stress at which it fractures, in MPa."
    )
    assert _value(q, "MPa") == pytest.approx(60 / math.sqrt(math.pi * 3e-3), rel=1e-4)


def test_an_internal_crack_keeps_its_answer():
    q = (
        "A titanium plate with a plane-strain fracture toughness of 60 MPa√m contains an internal "
        "crack 3 mm long. With Y = 1.0, find the tensile stress at which it fractures, in MPa."
    )
    assert _value(q, "MPa") == pytest.approx(60 / math.sqrt(math.pi * 1.5e-3), rel=1e-4)


def test_a_crack_given_as_a_keeps_its_answer():
    q = (
        "A titanium plate with a plane-strain fracture toughness of 60 MPa√m holds a crack with "
        "a = 3 mm. With Y = 1.0, find the tensile stress at which it fractures, in MPa."
    )
    assert _value(q, "MPa") == pytest.approx(60 / math.sqrt(math.pi * 3e-3), rel=1e-4)


def test_an_edge_crack_keeps_its_answer():
    q = (
        "An edge crack 2.0 mm deep is in a wide plate loaded to 200 MPa. With Y = 1.12, compute "
        "the stress-intensity factor in MPa√m."
    )
    assert _value(q, "MPa*m**0.5") == pytest.approx(
        1.12 * 200 * math.sqrt(math.pi * 2e-3), rel=1e-4
    )
