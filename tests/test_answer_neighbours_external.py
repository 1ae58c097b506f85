"""No wrong number on questions written near the external development items the solver answers
(tests/data/answer_neighbours_external.py, and round two, answer_neighbours_external2.py): each is
refused or answered within 1 % of its key; a key of NaN means no single answer exists and the
question must be refused."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.units import get_registry

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
from answer_neighbours_external import (
    QUESTIONS,
    QUESTIONS2,
    QUESTIONS_FORMATS,
    QUESTIONS_MORE,
)
from answer_neighbours_external2 import QUESTIONS as QUESTIONS_R2
from answer_neighbours_external2 import QUESTIONS_FORMATS as QUESTIONS_R2_FORMATS
from answer_neighbours_external2 import QUESTIONS_MORE as QUESTIONS_R2_MORE
from answer_neighbours_external2 import QUESTIONS_MORE2 as QUESTIONS_R2_MORE2
from answer_neighbours_external2 import QUESTIONS_MORE3 as QUESTIONS_R2_MORE3
from answer_neighbours_external2 import QUESTIONS_UNIT_IS as QUESTIONS_R2_UNIT_IS

ALL = QUESTIONS + QUESTIONS2 + QUESTIONS_FORMATS + QUESTIONS_MORE
ROUND2 = (
    QUESTIONS_R2
    + QUESTIONS_R2_FORMATS
    + QUESTIONS_R2_MORE
    + QUESTIONS_R2_MORE2
    + QUESTIONS_R2_UNIT_IS
    + QUESTIONS_R2_MORE3
)


def _refused_or_right(question: str, key: float, unit: str) -> None:
    answer = solve(question)
    if not answer.ok:
        assert answer.reason  # a refusal says why
        return
    assert not math.isnan(key), f"must be refused, answered {answer.quantity}"
    got = answer.quantity.to(get_registry().Unit(unit)).magnitude
    assert got == pytest.approx(key, rel=1e-2)


@pytest.mark.parametrize(("question", "key", "unit"), ALL, ids=lambda v: str(v)[:40])
def test_refused_or_right(question: str, key: float, unit: str) -> None:
    _refused_or_right(question, key, unit)


@pytest.mark.parametrize(("question", "key", "unit"), ROUND2, ids=lambda v: str(v)[:40])
def test_round2_refused_or_right(question: str, key: float, unit: str) -> None:
    _refused_or_right(question, key, unit)
