"""The Gibbs phase rule (facts.py): F = C − P + 1 at constant pressure, F = C − P + 2 when the pressure
may vary; a question that says neither is refused."""

from __future__ import annotations

from matsci_jupyter.engines.answer.solver import solve


def test_pressure_free_to_vary_adds_two():
    q = (
        "For a one-component system in which the temperature and the pressure can both vary, how many "
        "degrees of freedom are there where two phases coexist?"
    )
    a = solve(q)
    assert a.quantity is not None, a.reason
    assert float(a.quantity.magnitude) == 1  # 1 − 2 + 2


def test_constant_pressure_adds_one():
    q = (
        "At constant pressure, how many degrees of freedom does a binary system have where two phases "
        "coexist?"
    )
    a = solve(q)
    assert a.quantity is not None, a.reason
    assert float(a.quantity.magnitude) == 1  # 2 − 2 + 1


def test_neither_said_is_refused():
    q = "How many degrees of freedom does a binary system have where three phases coexist?"
    assert solve(q).quantity is None
