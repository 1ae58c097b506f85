"""Numbers you can trust: unit-checked numeric answers.

``answer(question, model=None)`` solves exam-style numeric questions with a
library of named relations (sympy + pint) and, when a model is given and the
solver cannot answer, runs a model-written pint program in the sandbox; every
result carries its unit, its steps and named checks. ``check_answer(question,
response_text)`` verifies any prose answer: its arithmetic, dimensions, unit,
use of the givens and constants. Heavy imports (sympy, pint, pymatgen) happen
on first call.
"""

from __future__ import annotations

from typing import Any

# The submodules named like the public functions are imported first, so that the functions defined
# below (not the modules) are what `matsci_jupyter.engines.answer.answer` / `.check_answer` name.
from . import answer as _answer_module  # noqa: F401
from . import check_answer as _check_answer_module
from .answer import Answer
from .checks import Check

__all__ = ["Answer", "Check", "answer", "answer_in_context", "check_answer"]


def answer(question: str, *, model: Any = None) -> Answer:
    """Answer a numeric materials-science question; ``quantity`` is None when no confident answer exists.

    The deterministic solver goes first. With ``model`` (a ModelBackend) and no
    solver answer, the model writes a short pint program that runs in the
    sandbox; its result must have the requested dimension. Never raises for bad
    input: the Answer's ``reason`` says what is wrong.
    """
    from .solver import solve

    result = solve(question)
    if result.ok or result.bad_input or model is None or getattr(model, "kind", "none") == "none":
        return result
    from .model_path import answer_with_model

    return answer_with_model(question, model, solver_answer=result)


def check_answer(question: str, response_text: str) -> Answer:
    """Check a prose answer to ``question`` (from any model or person). Never raises."""
    return _check_answer_module.check_response(question, response_text)


def answer_in_context(question: str, ctx: Any, *, use_model: bool = True) -> Answer:
    """What ``%%matsci answer`` and routing do: the solver first; the session's model (loaded or
    connected on first use) only when the solver has no confident answer."""
    from .solver import solve

    result = solve(question)
    if result.ok or result.bad_input or not use_model or ctx is None:
        return result
    model = ctx.model()
    if getattr(model, "kind", "none") == "none":
        return result
    from .model_path import answer_with_model

    return answer_with_model(question, model, solver_answer=result)
