"""Shared by the test_answer_* modules: the two data sets and how an answer is scored against one item."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def load_questions() -> list[dict[str, Any]]:
    return json.loads((DATA / "answer_questions.json").read_text(encoding="utf-8"))


def load_worked() -> list[dict[str, Any]]:
    return json.loads((DATA / "worked_answers.json").read_text(encoding="utf-8"))


def to_unit(quantity: Any, unit: str | None) -> float:
    """The magnitude of ``quantity`` in the data set's unit text (None: dimensionless)."""
    unit = {"°C": "degC", None: "dimensionless"}.get(unit, unit)
    return float(quantity.to(unit).magnitude)


def grade(item: dict[str, Any], answer: Any) -> str:
    """'correct', 'refused' or 'wrong' for an Answer to a question-set item."""
    expected = item["answer"]
    if answer.quantity is None:
        return "refused"
    if expected is None:
        return "wrong"
    try:
        got = to_unit(answer.quantity, expected["unit"])
    except Exception:
        return "wrong"
    return "correct" if math.isclose(got, expected["value"], rel_tol=item["rtol"]) else "wrong"


def solved_value(question: str, unit: str) -> float:
    """The offline solver's answer to ``question`` in ``unit``; fails the test when it refuses."""
    from matsci_jupyter.engines.answer.solver import solve
    from matsci_jupyter.units import get_registry

    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.to(get_registry().Unit(unit)).magnitude)


def refusal_reason(question: str) -> str:
    """The solver's reason for refusing ``question``; fails the test when it answers or gives none."""
    from matsci_jupyter.engines.answer.solver import solve

    answer = solve(question)
    assert not answer.ok, f"answered {answer.quantity}"
    assert answer.reason
    return str(answer.reason)
