"""The model path: retrieval-augmented prompting, then screen, sandbox and a repair loop.

The prompt carries the best-matching recipes as worked examples, the namespace
summary (names, types, one-line summaries only), the structure files in the
folder and the installed pymatgen/ASE versions. Every candidate is verified; on
failure the traceback (or the screen's reason, or the implausible result) goes
back to the model for up to ``max_rounds`` repair rounds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import metadata
from typing import Any

from ...model.live import generate_live, looping
from ...model.live import note as live_note
from . import retrieval, slots
from .namespace import DATA_NOTE, VarInfo, describe, quoted_name
from .recipe_path import example_plan
from .recipes import RECIPES
from .result import CodeResult
from .verify import verify

SYSTEM = """You write short, correct Python for materials science that runs in a Jupyter notebook.
Installed: {versions}.
Rules:
- Answer with exactly one ```python code block, then one short paragraph saying what it does.
- Use the user's files and variables by the names listed; never invent files or data.
- The code is first run in a sandbox: no network, no subprocess or shell, never delete or move
  files, write only new files in the current folder.
- Print the key results with units and keep them in clearly named variables.
- Use the current pymatgen API: from pymatgen.core import Structure, Lattice, Composition;
  Structure.from_file; CifParser(...).parse_structures(primitive=False);
  StructureGraph.from_local_env_strategy. Lengths in Å, energies in eV, densities in g/cm³."""
REPAIR = (
    "{feedback}\n\nWrite the whole corrected code again in one ```python block, then one "
    "short paragraph."
)
MAX_EXAMPLES = 3


@lru_cache(maxsize=1)
def installed_versions() -> str:
    """Versions of the libraries the code may use (read from metadata, nothing imported)."""
    out = []
    for dist in ("pymatgen", "ase", "numpy", "pandas", "plotly"):
        try:
            out.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            continue
    return ", ".join(out)


def examples_for(request: str, limit: int = MAX_EXAMPLES) -> list[tuple[str, str]]:
    """(title, code) of the recipes closest to ``request``, rendered with example values."""
    out = []
    for hit in retrieval.rank(request, limit * 2):
        if hit.score <= 0:
            break
        recipe = RECIPES[hit.recipe_id]
        try:
            out.append((recipe.title, example_plan(recipe).code()))
        except (ValueError, KeyError):
            continue
        if len(out) >= limit:
            break
    return out


def build_messages(
    request: str, variables: list[VarInfo], cwd: str, examples: list[tuple[str, str]]
) -> list[dict[str, str]]:
    """System and user messages for the first attempt."""
    files = [quoted_name(f) for f in slots.structure_files_in(cwd, limit=20)]
    parts = [
        f"Request: {request}",
        "",
        DATA_NOTE,
        "",
        "Variables in the notebook:",
        describe(variables),
        "",
        "Structure files in the current folder: " + (", ".join(files) if files else "none"),
    ]
    if examples:
        parts += ["", "Verified examples of similar tasks (adapt them, do not copy blindly):"]
        for title, code in examples:
            parts += [f"### {title}", f"```python\n{code.rstrip()}\n```"]
    return [
        {"role": "system", "content": SYSTEM.format(versions=installed_versions())},
        {"role": "user", "content": "\n".join(parts)},
    ]


_BLOCK = re.compile(r"```(?:python|py|python3)?[ \t]*\n(.*?)```", re.S)


def extract(text: str) -> tuple[str, str]:
    """The code block and the explanation around it from a model's answer."""
    blocks = _BLOCK.findall(text)
    if blocks:
        code = blocks[0]
        prose = _BLOCK.sub(" ", text)
    else:
        unfinished = re.search(r"```(?:python|py)?[ \t]*\n(.*)$", text, re.S)
        code, prose = (
            (unfinished.group(1), text[: unfinished.start()]) if unfinished else ("", text)
        )
        if not code and "\n" in text.strip():
            import ast

            try:
                ast.parse(text)
                code, prose = text, ""
            except SyntaxError:
                pass
    explanation = " ".join(prose.split())[:800]
    return code.strip("\n") + ("\n" if code.strip() else ""), explanation


MIN_ANSWER_TOKENS = 96
CODE_TOKENS_PER_ROUND = 448
"""Cap per model round (tokens). Generation also stops as soon as the code block closes."""


NOTHING_PRODUCED = (
    "it ran but printed nothing, built no structure, wrote no file and kept no value: "
    "call the functions it defines and print the result asked for"
)


def produced_nothing(verification: Any) -> bool:
    """Model code that ran without doing anything observable has not done what was asked.

    A real model's typical wrong answer defines a function and never calls it: it
    runs cleanly, so it must not pass as verified.
    """
    return not (
        verification.stdout.strip()
        or verification.structures
        or verification.files
        or verification.values
    )


def code_block_closed(text: str) -> bool:
    """True once ``text`` holds a complete fenced code block (the rest would be discarded),
    or the model is repeating one line over and over (nothing useful would follow)."""
    return _BLOCK.search(text) is not None or looping(text)


def room(model: Any, messages: list[dict[str, str]]) -> int | None:
    """Tokens left for the answer in the model's context (None when the model has no limit)."""
    limit = getattr(model, "context_length", None)
    if not limit:
        return None
    used = sum(model.count_tokens(m["content"]) + 8 for m in messages) + 16
    return limit - used


def fitting_messages(
    request: str, model: Any, variables: list[VarInfo], cwd: str
) -> list[dict[str, str]] | None:
    """The richest prompt that leaves room for an answer: fewer examples for small contexts."""
    examples = examples_for(request)
    for n in range(len(examples), -1, -1):
        messages = build_messages(request, variables, cwd, examples[:n])
        left = room(model, messages)
        if left is None or left >= MIN_ANSWER_TOKENS:
            return messages
    return None


def generate_with_model(
    request: str,
    model: Any,
    *,
    namespace: Mapping[str, Any] | None,
    variables: list[VarInfo],
    cwd: str,
    max_rounds: int = 3,
    timeout_s: float = 30.0,
    max_new_tokens: int = CODE_TOKENS_PER_ROUND,
) -> CodeResult:
    """Ask ``model`` for code, verify it, and feed failures back up to ``max_rounds`` times."""
    name = getattr(model, "name", "model")
    messages = fitting_messages(request, model, variables, cwd)
    if messages is None:
        return CodeResult(
            request,
            source="model",
            model=name,
            explanation=(
                f"The model's context ({model.context_length} tokens) is too small for a code-writing "
                "prompt; nothing was generated. Use a model with a longer context."
            ),
        )
    from .intent import read_intent
    from .intent_check import apply_intent, check_intent

    intent = read_intent(request, cwd=cwd, variables=[v.name for v in variables])
    attempts: list[dict[str, Any]] = []
    code = explanation = ""
    verification = None
    for round_no in range(max_rounds + 1):
        left = room(model, messages)
        if left is not None and left < MIN_ANSWER_TOKENS:
            break  # the repair conversation no longer fits: keep the last verified state
        tokens = max_new_tokens if left is None else min(max_new_tokens, left)
        answer = generate_live(
            model,
            messages,
            label=f"code, round {round_no + 1} of {max_rounds + 1}",
            stop_when=code_block_closed,
            max_new_tokens=tokens,
            temperature=0.0,
        ).text
        code, explanation = extract(answer)
        if not code.strip():
            feedback = "No ```python code block was found in the answer."
            attempts.append({"round": round_no, "code": "", "status": feedback})
            verification = None
        else:
            verification = verify(code, namespace=namespace, cwd=cwd, timeout_s=timeout_s)
            if verification.passed and produced_nothing(verification):
                verification.issues.append(NOTHING_PRODUCED)
            attempts.append(
                {
                    "round": round_no,
                    "code": code,
                    "status": verification.status(),
                    "error": verification.error,
                    "refused": verification.refused,
                }
            )
            mismatches = check_intent(intent, verification, code, cwd=cwd)
            attempts[-1]["mismatches"] = mismatches
            if verification.passed and not verification.warnings and not mismatches:
                live_note(f"round {round_no + 1}: verified and matches the request")
                break
            feedback = verification.feedback()
            if mismatches:
                feedback = (
                    feedback
                    + " The code ran but does not do what was asked: "
                    + "; ".join(mismatches)
                    + "."
                ).strip()
        if round_no < max_rounds:
            live_note(
                f"round {round_no + 1}: {attempts[-1]['status']}; asking the model for a repair "
                f"(round {round_no + 2} of {max_rounds + 1})"
            )
            messages = [
                *messages,
                {"role": "assistant", "content": answer},
                {"role": "user", "content": REPAIR.format(feedback=feedback)},
            ]
    if verification is None:
        return CodeResult(
            request,
            explanation="The model did not produce code.",
            source="model",
            model=name,
            attempts=attempts,
        )
    rounds = len(attempts) - 1
    note = f" ({rounds} repair round{'s' if rounds != 1 else ''})" if rounds else ""
    if verification.refused:
        return CodeResult(
            request,
            code="",
            verification=verification,
            source="model",
            model=name,
            attempts=attempts,
            explanation=(
                "The model's code was refused by the safety screen" + note + "; nothing "
                "was run and no code is offered. " + verification.refused
            ),
        )
    text = explanation or "Code written by the model."
    result = CodeResult(
        request,
        code=code,
        explanation=text,
        verified=verification.passed,
        verification=verification,
        source="model",
        model=name,
        attempts=attempts,
    )
    apply_intent(result, intent, cwd=cwd)
    if result.verified:
        result.explanation += f" Verified {verification.where_ran}{note}."
    return result
