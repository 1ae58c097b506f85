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
