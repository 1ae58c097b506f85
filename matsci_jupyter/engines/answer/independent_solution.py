"""The deterministic solver as a referee of a response's final value.

:func:`independent_solution` solves the question itself. When the solver answers (a relation or
chain outputs exactly the asked quantity, every given used, units checked) its value confirms a
final value within 0.5 %, or refutes it under the conditions of :mod:`.solver_agreement`; any other
disagreement is a non-blocking hint, since the solver can misread a question. When the solver
cannot answer, a passed non-blocking check says why, so a reader sees that nothing was compared.
Used for prose answers (:mod:`.check_answer`) and program-of-thought answers (:mod:`.program_check`).
"""

from __future__ import annotations

import math
from typing import Any

from .checks import Check
from .step_check import AGREE_RTOL, fmt_quantity


def independent_solution(
    question: str, final: Any, response_text: str = "", unwritten: tuple[str, ...] = ()
) -> Check | None:
    """The solver's verdict on ``final`` (a pint Quantity, or None when no final value was read);
    ``response_text`` is searched for the solver's value (see :func:`.solver_agreement.refutes`).
    ``unwritten``: descriptions of the question's givens the response never writes; when the solver
    refuses only because a relation leaves such givens unused, it solves again with them set aside
    (:func:`.solver.solve_as_referee`) — the response judged them irrelevant itself."""
    from .solver import solve, solve_as_referee
    from .solver_agreement import DISAGREE_RTOL, refutes

    solved = solve(question)
    if not solved.ok and unwritten and "unused" in (solved.reason or ""):
        second = solve_as_referee(question, unwritten)
        if second.ok:
            solved = second
    if not solved.ok:
        return Check(
            "independent solution",
            True,
            "the deterministic solver could not answer this question, "
            f"so the result was not compared ({solved.reason})",
            blocking=False,
        )
    if final is None:
        return Check(
            "independent solution", True, f"the solver gets {solved.value_text()}", blocking=False
        )
    try:
        mine = final.to(solved.quantity.units)
    except Exception:
        return Check(
            "independent solution",
            False,
            f"the solver ({solved.relation}) gets {solved.value_text()}, "
            f"a different dimension from the response's {fmt_quantity(final)}",
            blocking=False,
        )
    if math.isclose(float(mine.magnitude), float(solved.quantity.magnitude), rel_tol=AGREE_RTOL):
        return Check(
            "independent solution",
            True,
            f"agrees with the solver ({solved.relation}): {solved.value_text()}",
        )
    if refutes(solved, final, response_text):
        return Check(
            "independent solution",
            False,
            f"the response's {fmt_quantity(final)} is off by more than {DISAGREE_RTOL:.0%} from "
            f"the verified solution ({solved.relation}: {_givens_note(solved)}, units checked): "
            f"{solved.value_text()}",
        )
    return Check(
        "independent solution",
        False,
        f"the solver ({solved.relation}) gets {solved.value_text()}; "
        f"the response gives {fmt_quantity(final)}",
        blocking=False,
    )


def _givens_note(solved: Any) -> str:
    """'every given used', or which givens the solution set aside and why."""
    aside = [c.message for c in solved.checks if c.name == "givens set aside"]
    if aside:
        return "every other given used; " + "; ".join(aside)
    return "every given used"
