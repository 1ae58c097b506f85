"""Proof by rerun: a program-of-thought answer with one typed-in number replaced.

A number typed into a program under a wrong power of ten (a constant, a given of the question)
proves the answer wrong only when it matters: the program is run again with the right number in
its place, and the result must change by more than :data:`RESULT_CHANGE` (a slip that cancels
out, or that feeds nothing returned, proves nothing). Used by :mod:`.program_constants` and
:mod:`.program_givens`; the rerun itself is the caller's (the sandbox, in :mod:`.program_check`).
"""

from __future__ import annotations

import math
from collections.abc import Callable

RESULT_CHANGE = 0.02
"""The rerun with the right number must change the program's result by more than this fraction."""


def with_value(code: str, lineno: int, col: int, end_col: int, right: float) -> str:
    """``code`` with the expression at line ``lineno`` (1-based), columns ``col``–``end_col``,
    replaced by ``right`` written as a Python literal."""
    lines = code.splitlines()
    line = lines[lineno - 1]
    lines[lineno - 1] = line[:col] + repr(right) + line[end_col:]
    return "\n".join(lines) + "\n"


def changed_result(
    fixed_code: str, value: float, rerun: Callable[[str], float | None]
) -> float | None:
    """The result ``fixed_code`` gives when ``rerun`` runs it, when it differs from the original
    ``value`` by more than :data:`RESULT_CHANGE`; None when it gives no finite number or agrees."""
    fixed = rerun(fixed_code)
    if fixed is None or not math.isfinite(fixed):
        return None
    if abs(fixed - value) <= RESULT_CHANGE * max(abs(fixed), abs(value)):
        return None
    return fixed
