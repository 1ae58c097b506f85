"""One call site for the readings added by the covv classes (each in its own module)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any


def covv_reworded(question: str, solve: Callable[[str], Any]) -> Any | None:
    """The answer by the first covv reading that takes ``question``; None when none does.

    * a range of crack sizes and the largest stress asked: the largest crack (crack_range);
    * the logarithm of a quantity asked: the quantity, then its logarithm (asked_logarithm).
    """
    from .crack_range import largest_crack_question

    reworded, notes = largest_crack_question(question)
    if reworded != question:
        answer = solve(reworded)
        return replace(answer, question=question, notes=[*answer.notes, *notes])
    from .asked_logarithm import solve_logarithm

    return solve_logarithm(question, solve)
