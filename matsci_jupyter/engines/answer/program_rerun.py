"""Proof by rerun: a program-of-thought answer with one typed-in number replaced.

A number typed into a program under a wrong power of ten (a constant, a given of the question)
proves the answer wrong only when it matters: the program is run again with the right number in
its place, and the result must change by more than :data:`RESULT_CHANGE` (a slip that cancels
out, or that feeds nothing returned, proves nothing). Used by :mod:`.program_constants` and
:mod:`.program_givens`; the rerun itself is the caller's (the sandbox, in :mod:`.program_check`).
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

RESULT_CHANGE = 0.02
"""The rerun with the right number must change the program's result by more than this fraction."""


@dataclass(frozen=True)
class TypedNumber:
    """A number typed into a program on one line, ``name = <numbers>  # comment``: where it is
    (1-based line, 0-based columns of the expression) and the comment after it."""

    name: str
    lineno: int
    col: int
    end_col: int
    typed: float
    comment: str


@dataclass(frozen=True)
class MistypedNumber:
    """A typed-in number that should have been ``right`` (in ``unit``); ``what`` says what it
    stands for (a constant's name, the given's text)."""

    at: TypedNumber
    right: float
    unit: str
    what: str


def commented_numbers(code: str) -> list[TypedNumber]:
    """The one-line assignments of a number expression to a plain name that carry a comment, in
    the order :func:`ast.walk` meets them; [] when ``code`` does not parse."""
    from .program_units import literal_value

    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return []
    lines = code.splitlines()
    found: list[TypedNumber] = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.lineno == node.end_lineno
        ):
            continue
        typed = literal_value(node.value)
        line = lines[node.lineno - 1]
        if typed is None or "#" not in line:
            continue
        found.append(
            TypedNumber(
                node.targets[0].id,
                node.lineno,
                node.value.col_offset,
                node.value.end_col_offset or 0,
                typed,
                line.split("#", 1)[1],
            )
        )
    return found


def first_rerun_change(
    code: str,
    value: float,
    rerun: Callable[[str], float | None],
    wrongs: Iterable[MistypedNumber],
) -> tuple[MistypedNumber, float] | None:
    """The first of ``wrongs`` whose right number, put in its place, changes the program's result
    ``value`` (see :func:`changed_result`), with the result it then gives; None when none does."""
    for wrong in wrongs:
        at = wrong.at
        fixed = changed_result(
            with_value(code, at.lineno, at.col, at.end_col, wrong.right), value, rerun
        )
        if fixed is not None:
            return wrong, fixed
    return None


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
