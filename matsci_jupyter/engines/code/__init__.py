"""Code generation that runs: pymatgen/ASE snippets verified in a sandbox before anyone sees them.

``generate_code(request, *, namespace=None, model=None)`` answers a plain-words
request with a :class:`CodeResult`. Without a model the recipe library answers
(retrieval + slot filling + chaining); with one, requests no recipe covers go to
the model with the closest recipes as examples, and every candidate goes
through the same screen, sandbox run and repair loop.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from .result import CodeResult

__all__ = ["CodeResult", "generate_code"]

EMPTY_HINT = (
    'Describe what the code should do, for example: "read LiFePO4.cif, make a 2x2x1 '
    'supercell, remove one Li and report the new formula and density".'
)


def generate_code(
    request: str,
    *,
    namespace: Mapping[str, Any] | None = None,
    model: Any = None,
    engine: str = "auto",
    cwd: str | os.PathLike[str] | None = None,
    max_rounds: int = 3,
    timeout_s: float = 30.0,
) -> CodeResult:
    """Turn ``request`` into verified pymatgen/ASE code.

    ``namespace`` is the user's variables (only names, types and one-line summaries
    are used for writing code; copies of the ones the code reads go to the sandbox).
    ``model`` defaults to the current model; with none loaded the recipe library
    answers alone. ``engine`` is "auto", "recipes" or "model". The code is never run
    in the caller's process.
    """
    from .namespace import summarize
    from .recipe_path import REQUEST_THRESHOLD, plan_request
    from .safety import refusal
    from .verify import verify

    request = (request or "").strip()
    if engine not in ("auto", "recipes", "model"):
        from ...errors import UsageError

        raise UsageError(f"engine must be 'auto', 'recipes' or 'model', not {engine!r}")
    if not request:
        return CodeResult(request, clarification=EMPTY_HINT)
    why = refusal(request)
    if why:
        return CodeResult(
            request, refusal=why, explanation="Nothing was generated or run for this request."
        )
    from ...sandbox.runner import warm_up

    warm_up()  # imports pymatgen/ASE in the sandbox process while the request is planned
    cwd = str(cwd or os.getcwd())
    variables = summarize(namespace)
    if model is None:
        from ...model import current_model

        model = current_model()
    use_model = getattr(model, "kind", "none") != "none" and engine != "recipes"
    if engine == "model" and not use_model:
        from ...model.null import HOW_TO_GET_A_MODEL

        return CodeResult(
            request, clarification=f"engine='model' needs a language model: {HOW_TO_GET_A_MODEL}"
        )
    from .intent import read_intent
    from .intent_check import apply_intent, unused_parts
    from .route import CREATIVE, materials_related

    off_topic = bool(CREATIVE.search(request)) or not materials_related(
        request, [v.name for v in variables]
    )
    if off_topic and not use_model:
        from ...model.null import HOW_TO_GET_A_MODEL

        return CodeResult(
            request,
            clarification="This request names nothing the offline recipe library works on "
            "(structures, files, elements, materials quantities), so it is outside the offline "
            f"engines; to have a language model try it, {HOW_TO_GET_A_MODEL}.",
        )

    intent = read_intent(request, cwd=cwd, variables=[v.name for v in variables])
    if engine != "model" and not off_topic:
        from .crystal_plan import plan_crystal
        from .edits import plan_edits
        from .outputs import complete_outputs

        outcome = plan_edits(intent, cwd=cwd, variables=variables)
        if outcome is None:
            outcome = plan_crystal(intent)
        if outcome is None:
            outcome = plan_request(request, variables=variables, cwd=cwd)
            if outcome.plan is None and not outcome.refusal:
                from .outputs import strip_output_clauses

                shorter = strip_output_clauses(request, intent)
                if shorter:  # the answer tail prints what those clauses ask
                    again = plan_request(shorter, variables=variables, cwd=cwd)
                    outcome = again if again.plan is not None else outcome
            if outcome.plan is None and not outcome.refusal:
                # no recipe chain: a simple question about one structure is answered directly
                outcome = plan_edits(intent, cwd=cwd, variables=variables, queries=True) or outcome
        if outcome.refusal:
            return CodeResult(request, refusal=outcome.refusal)
        if outcome.plan is not None:
            from .intent_check import align_plan

            plan = outcome.plan
            plan.notes += align_plan(plan, intent)
            code = complete_outputs(plan.code(), intent, plan.current())
            if (
                plan.current() is None
            ):  # no structure: the plan's own results, at the precision asked
                from .outputs import rounded_outputs

                code = rounded_outputs(code, intent, plan.outputs())
            missing = unused_parts(intent, code)
            if missing and not use_model:
                return CodeResult(
                    request,
                    clarification="I could plan only part of this request; the plan ("
                    + "; ".join(s.recipe.title for s in plan.steps)
                    + ") leaves out "
                    + ", ".join(missing)
                    + ". Could you split the request into steps, or load a language model?",
                )
            if not missing:
                timeout = max(timeout_s, *(s.recipe.timeout_s for s in plan.steps))
                from .outputs import answer_variables

                capture = [*plan.outputs(), *answer_variables(code)]
                verification = verify(
                    code, namespace=namespace, cwd=cwd, capture=capture, timeout_s=timeout
                )
                result = CodeResult(
                    request,
                    code=code,
                    explanation=plan.explanation(),
                    verified=verification.passed,
                    verification=verification,
                    source="recipes",
                    recipes=plan.recipe_ids(),
                )
                apply_intent(result, intent, cwd=cwd)
                from .intent_check import unasked_steps

                extra = unasked_steps(plan, intent)
                if extra:
                    result.mismatches = [*result.mismatches, *extra]
                    result.verified = False
                if result.verified or not use_model:
                    return result
        elif not use_model or (outcome.score >= REQUEST_THRESHOLD and not outcome.uncovered):
            # a recipe matched but a value is missing: a model could not know it either
            return CodeResult(request, clarification=outcome.clarification)
    from .model_path import generate_with_model

    return generate_with_model(
        request,
        model,
        namespace=namespace,
        variables=variables,
        cwd=cwd,
        max_rounds=max_rounds,
        timeout_s=timeout_s,
    )
