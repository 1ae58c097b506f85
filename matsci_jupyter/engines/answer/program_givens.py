"""A given of the question that a program-of-thought answer types in under a wrong power of ten.

The question gives '50 μC' and the program writes ``q1 = 50e-3  # C``; the question gives
'3.2 mm' and the program writes ``L = 3.2e-2  # m``. The program's comment states the unit its
number is in, so the given converted into that unit is what it should have typed (5e-5 C,
3.2e-3 m). A number equal to the given as written or in SI base units is not read (a comment may
name the question's unit after the program converted, or the program may keep the question's
unit under a stale comment), nor a comment that restates the given ('# 50 μC'). A typed-in
number is read as that given only when it has the given's digits under another power of ten, has
its dimension, equals no given in the stated unit, and either bears the given's label (``q1``)
or has at least two significant digits (a lone '5' or '2' may be anything).

The program is then run again with the converted value; the answer is shown wrong only when its
result changes by more than :data:`.program_rerun.RESULT_CHANGE` (a slip that cancels out proves nothing).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from .checks import Check
from .program_rerun import MistypedNumber, commented_numbers, first_rerun_change

SAME = 1e-6
"""Relative distance within which two numbers are the same."""


def _digits(x: float) -> tuple[float, int]:
    """The significand (in [1, 10)) and the count of significant digits (at most 6) of ``x``."""
    e = math.floor(math.log10(abs(x)))
    m = round(abs(x) / 10**e, 6)
    if m >= 10:
        m /= 10
    text = f"{m:.6f}".rstrip("0").rstrip(".").replace(".", "")
    return m, len(text)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= SAME * max(abs(a), abs(b))


def misentered_givens(question: str, code: str) -> list[MistypedNumber]:
    """The typed-in numbers of ``code`` that are a given of ``question`` under a wrong power of
    ten, by the unit their comment states (see the module docstring)."""
    from .program_units import comment_units
    from .quantities import extract
    from .unit_text import unit_label

    try:
        reading = extract(question)
    except Exception:
        return []
    givens: list[tuple[float, Any, str, str | None]] = []
    for g in reading.givens:
        q = g.quantity
        if q is not None and hasattr(q, "magnitude") and q.magnitude:
            givens.append((float(q.magnitude), q.units, g.text, g.label))
    if not givens:
        return []
    found: list[MistypedNumber] = []
    for at in commented_numbers(code):
        typed, name = at.typed, at.name
        if not typed:
            continue
        comment = at.comment.strip()
        if re.match(r"[-+−]?\.?\d", comment):
            continue  # '# 50 μC' restates the given, not the unit of the typed number
        stated = comment_units(comment)
        if stated is None or stated[1]:
            continue
        converted: list[tuple[float, str, str | None, float]] = []
        as_written: list[float] = []
        for number, units, text, label in givens:
            try:
                right = float((number * units).to(stated[0]).magnitude)
                base = float((number * units).to_base_units().magnitude)
            except Exception:
                continue  # another dimension
            converted.append((right, text, label, number))
            as_written += [right, base, number]
        if not converted or any(_same(typed, x) for x in as_written):
            continue  # no given of this dimension, or the number is one of them in some unit
            # (the given's own number under another unit's comment may be a stale comment)
        candidates = []
        for right, text, label, number in converted:
            m_typed, _ = _digits(typed)
            m_given, digits = _digits(number)
            if not _same(m_typed, m_given) or not right:
                continue
            labelled = label is not None and label.lower() == name.lower()
            if labelled or digits >= 2:
                candidates.append((right, text))
        if len({round(r, 12) for r, _ in candidates}) != 1:
            continue  # none, or several givens it may stand for
        right, text = candidates[0]
        found.append(MistypedNumber(at, right, unit_label(stated[0]), text))
    return found


def given_value_check(
    question: str, code: str, value: float, rerun: Callable[[str], float | None]
) -> Check | None:
    """A failed check when a given is typed in under a wrong power of ten and running the program
    with the converted given changes its result by more than :data:`.program_rerun.RESULT_CHANGE`; ``rerun``
    runs a program and gives its single number (None when it gives none)."""
    changed = first_rerun_change(code, value, rerun, misentered_givens(question, code))
    if changed is None:
        return None
    wrong, fixed = changed
    at = wrong.at
    return Check(
        "program given",
        False,
        f"the question gives {wrong.what}, which is {wrong.right:.6g} {wrong.unit}; the "
        f"program sets {at.name} = {at.typed:.6g} with the unit {wrong.unit} "
        f"(line {at.lineno}). With the given's value the program gives {fixed:.6g}, "
        f"not {value:.6g}",
    )
