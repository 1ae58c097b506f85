"""An equation in an unknown, not an identity: 'C = 2.0e-3(700 − θ) = 1.2e-3(900 − θ)' sets two
expressions of one unknown equal in order to solve for it. Its sides differ at an arbitrary θ; what
it claims is that they agree at the value the response solves for. When a later statement gives the
unknown a value ('θ = 400 K') and both sides agree there, the chain is that equation, solved, and
not a wrong step; when they disagree at the stated value the step stays wrong.
"""

from __future__ import annotations

import itertools
import math
import re

from .prose import Statement

SOLVED_RTOL = 0.02  # the rounding of written decimals, as for numeric steps


def solved_later(statement: Statement, later: list[Statement]) -> bool:
    """Whether the chain's symbolic link is an equation in one unknown that a later statement
    solves: both sides agree at the value given to that unknown."""
    found = at_stated_value(statement, later)
    return found is not None and found[0]


def at_stated_value(statement: Statement, later: list[Statement]) -> tuple[bool, str] | None:
    """The chain's first link between two expressions of one unknown, judged at the value a later
    statement gives that unknown: (True, '') when its sides agree there, (False, why) when they do
    not; None when no later statement gives the unknown a value."""
    from .expression import evaluate_segment
    from .step_check import strip_words
    from .symbolic_check import parse_side

    sides = statement.sides[1:]
    parsed = [parse_side(s) for s in sides]
    for i, (a, b) in enumerate(itertools.pairwise(parsed)):
        if a is None or b is None or a.free_symbols != b.free_symbols or len(a.free_symbols) != 1:
            continue
        (unknown,) = a.free_symbols
        for st in later:
            if len(st.sides) < 2:
                continue
            name = re.split(r"[\s,:]+", st.sides[0].strip())[-1] if st.sides[0].strip() else ""
            named = parse_side(name) if name else None
            if named is None or named != unknown:
                continue
            stated = strip_words(re.split(r"\.\s+|;\s*", st.sides[1].strip())[0])  # 'K. Answer'
            value = evaluate_segment(stated)
            if value.value is None or value.has_operator:
                continue
            try:
                v = float(value.value.magnitude)
                x, y = float(a.subs(unknown, v)), float(b.subs(unknown, v))
            except (TypeError, ValueError):
                continue
            if math.isclose(x, y, rel_tol=SOLVED_RTOL, abs_tol=1e-12 * max(abs(x), abs(y))):
                return True, ""
            return False, (
                f"'{sides[i].strip()}' and '{sides[i + 1].strip()}' are not equal at the stated "
                f"{st.sides[0].strip()} = {stated}: the first is {x:.5g} and the "
                f"second {y:.5g}"
            )
    return None
