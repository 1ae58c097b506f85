"""With a model: it writes the calculation as a short pint program; the sandbox runs it; checks judge it.

The program must leave a pint Quantity in ``result``. It runs through
:func:`matsci_jupyter.sandbox.run_code` (separate process, time and memory
limits, screened first). The result must have the requested dimension; then it
is converted to the requested unit and the same checks as the solver's run
(magnitude, givens used, constants written into the program).
"""

from __future__ import annotations

import math
import re
from typing import Any

from .answer import Answer
from .checks import Check, dimension_check, magnitude_check, unit_check
from .quantities import Reading, extract, format_number
from .unit_text import unit_label

MODEL_TIMEOUT_S = 20.0
MODEL_MEMORY_MB = 2048
MAX_NEW_TOKENS = 384
"""Cap on the model's program (tokens); generation also stops when its code block closes."""

SYSTEM = """You solve numeric materials-science questions by writing one short Python program.
Rules:
- Use pint from this project: `from matsci_jupyter.units import get_registry`, `ureg = get_registry()`,
  `Q_ = ureg.Quantity`. Write every given value as a Quantity with its unit, e.g. Q_(1.43, 'eV').
- Take constants from pint, never type them: ureg.planck_constant, ureg.speed_of_light,
  ureg.boltzmann_constant, ureg.avogadro_constant, ureg.elementary_charge, ureg.faraday_constant,
  ureg.molar_gas_constant.
- Element data from pymatgen: `from pymatgen.core import Element`; Element('Cu').atomic_mass is in g/mol.
- Temperatures: Q_(500, 'degC').to('K') for absolute values, Q_(50, 'delta_degC') for differences.
- Assign the final answer, a Quantity, to the variable `result`{unit_hint}.
Reply with a single ```python code block and nothing else."""


def _prompt(question: str, unit: str | None) -> list[dict[str, str]]:
    hint = f" and convert it with .to('{unit}')" if unit else ""
    return [
        {"role": "system", "content": SYSTEM.replace("{unit_hint}", hint)},
        {"role": "user", "content": question.strip() + (f"\n(Answer in {unit}.)" if unit else "")},
    ]


def _program_closed(text: str) -> bool:
    from ...model.live import looping

    return re.search(r"```(?:python|py)?\s*\n.*?```", text, re.S) is not None or looping(text)


def extract_code(text: str) -> str | None:
    """The Python program in a model reply: the first fenced block, or the whole reply if it parses."""
    import ast

    m = re.search(r"```(?:python|py)?\s*\n(.*?)```", text, re.S)
    code = m.group(1) if m else text
    try:
        ast.parse(code)
    except SyntaxError:
        return None
    return code if "result" in code else None


def _refuse(
    question: str,
    reason: str,
    unit: str | None,
    steps: list[str] | None = None,
    solver_answer: Answer | None = None,
    checks: list[Check] | None = None,
) -> Answer:
    notes = (
        [f"solver: {solver_answer.reason}"]
        if solver_answer is not None and solver_answer.reason
        else []
    )
    return Answer(
        question=question,
        quantity=None,
        unit_requested=unit,
        source="model",
        reason=reason,
        steps=steps or [],
        notes=notes,
        checks=checks or [],
    )


def answer_with_model(
    question: str,
    model: Any,
    *,
    solver_answer: Answer | None = None,
    timeout_s: float = MODEL_TIMEOUT_S,
) -> Answer:
    """Ask ``model`` for a pint program, run it in the sandbox and check the result. Never raises."""
    try:
        return _answer_with_model(question, model, solver_answer, timeout_s)
    except Exception as exc:  # the model layer or sandbox failed: say so
        return _refuse(
            question,
            f"the model path failed ({type(exc).__name__}: {exc})",
            None,
            solver_answer=solver_answer,
        )


def _answer_with_model(
    question: str, model: Any, solver_answer: Answer | None, timeout_s: float
) -> Answer:
    from ...sandbox import run_code

    reading = extract(question)
    req = reading.requested[-1] if reading.requested else None
    unit = req.text if req else None
    from ...model.live import generate_live

    reply = generate_live(
        model,
        _prompt(question, unit),
        label="pint program",
        stop_when=_program_closed,
        max_new_tokens=MAX_NEW_TOKENS,
        temperature=0.0,
    ).text
    code = extract_code(reply)
    if code is None:
        return _refuse(
            question,
            "the model did not reply with a Python program that sets `result`",
            unit,
            solver_answer=solver_answer,
            steps=[f"model reply: {reply[:300]}"],
        )
    steps = ["model program (run in the sandbox):", *code.strip().splitlines()[:40]]
    run = run_code(code, capture=("result",), timeout_s=timeout_s, memory_mb=MODEL_MEMORY_MB)
    if run.refused is not None:
        return _refuse(
            question,
            f"the sandbox refused the model's program: {run.refused}",
            unit,
            steps,
            solver_answer,
        )
    if run.timed_out:
        return _refuse(
            question,
            f"the model's program did not finish within {timeout_s:g} s (stopped)",
            unit,
            steps,
            solver_answer,
        )
    if not run.ok:
        line = f" (line {run.error_line})" if run.error_line else ""
        return _refuse(
            question, f"the model's program failed{line}: {run.error}", unit, steps, solver_answer
        )
    if "result" not in run.values:
        return _refuse(
            question, "the model's program ran but set no `result`", unit, steps, solver_answer
        )
    result = run.value("result")
    if not (hasattr(result, "units") and hasattr(result, "magnitude")):
        return _refuse(
            question,
            f"the model's `result` is {type(result).__name__}, not a pint Quantity with a unit",
            unit,
            steps,
            solver_answer,
        )
    try:
        magnitude = float(result.magnitude)
    except (TypeError, ValueError):
        return _refuse(
            question, "the model's `result` is not a single number", unit, steps, solver_answer
        )
    if not math.isfinite(magnitude):
        return _refuse(question, "the model's `result` is not finite", unit, steps, solver_answer)
    steps.append(
        f"sandbox: ran in {run.seconds:.1f} s; result = {format_number(magnitude)} "
        f"{unit_label(result.units)}"
    )
    return _judge(question, reading, req, result, code, steps, solver_answer)


def _judge(
    question: str,
    reading: Reading,
    req: Any,
    result: Any,
    code: str,
    steps: list[str],
    solver_answer: Answer | None,
) -> Answer:
    from .check_answer import _appears, _constant_checks

    checks: list[Check] = []
    unit = req.text if req else None
    quantity = result
    expected_symbols = _target_symbols(reading)
    if req is not None:
        dim = dimension_check(result, req.unit.units, "the program's result")
        checks.append(dim)
        if not dim.passed:
            return _refuse(
                question, f"wrong dimension: {dim.message}", unit, steps, solver_answer, checks
            )
        try:
            quantity = result.to(req.unit.units)
        except Exception as exc:
            return _refuse(
                question, f"cannot convert the result to {unit}: {exc}", unit, steps, solver_answer
            )
        checks.append(unit_check(result, quantity, unit))
    elif expected_symbols:
        dims = {str(_dim(s.unit)) for s in expected_symbols}
        ok = str(result.dimensionality) in dims
        checks.append(
            Check(
                "dimension",
                ok,
                f"{unit_label(result.units)} is {'' if ok else 'not '}a dimension of "
                f"'{reading.target}' ({', '.join(sorted({s.label for s in expected_symbols}))})",
            )
        )
        if not ok:
            return _refuse(
                question,
                f"wrong dimension: {checks[-1].message}",
                unit,
                steps,
                solver_answer,
                checks,
            )
    else:
        checks.append(
            Check(
                "dimension",
                False,
                "no unit was named and the asked quantity is not in the relation "
                "library, so the dimension could not be verified",
                blocking=False,
            )
        )
    plausible = [
        s
        for s in expected_symbols
        if s.plausible and str(_dim(s.unit)) == str(result.dimensionality)
    ]
    if plausible:
        s = plausible[0]
        checks.append(magnitude_check(result, s.plausible, s.unit, s.label))
    else:
        checks.append(
            Check(
                "magnitude",
                magnitude_nonzero(result),
                "finite and non-zero (no range known for this quantity)",
                blocking=False,
            )
        )
    values = _code_values(code)
    unused = [
        g
        for g in reading.givens
        if g.kind == "quantity" and g.quantity is not None and not _appears(g.quantity, values)
    ]
    checks.append(
        Check(
            "givens used",
            not unused,
            "every value the question gives appears in the program"
            if not unused
            else "the program never uses " + ", ".join(g.describe() for g in unused),
            blocking=False,
        )
    )
    checks += _constant_checks([_code_constants_as_text(code)])
    if solver_answer is not None and solver_answer.reason:
        checks.append(
            Check(
                "independent solution",
                True,
                f"the deterministic solver could not answer ({solver_answer.reason}); not compared",
                blocking=False,
            )
        )
    answer = Answer(
        question=question,
        quantity=quantity,
        unit_requested=unit,
        checks=checks,
        steps=steps,
        source="model",
        target=reading.target or None,
    )
    if not answer.ok:
        answer.reason = "; ".join(c.message for c in answer.failed if c.blocking)
        answer.notes.append(
            f"the program's value, not confirmed: {format_number(float(quantity.magnitude))} "
            f"{unit or unit_label(quantity.units)}"
        )
        answer.quantity = None
    return answer


def magnitude_nonzero(q: Any) -> bool:
    m = float(q.magnitude)
    return math.isfinite(m) and m != 0


def _dim(unit: str) -> Any:
    from ...units import get_registry

    return get_registry().Quantity(1, unit).dimensionality


def _target_symbols(reading: Reading) -> list[Any]:
    """Library symbols the question's target phrase names (for a dimension and a plausible range)."""
    from .matching import target_score
    from .relations import all_relations
    from .text import keytext

    if not reading.target:
        return []
    key = keytext(reading.target)
    seen, out = set(), []
    for rel in all_relations():
        for s in rel.symbols:
            if s.kind == "miller" or (s.name, s.unit) in seen:
                continue
            if target_score(s, key) >= 3:
                seen.add((s.name, s.unit))
                out.append(s)
    return out


def _code_values(code: str) -> list[Any]:
    """Quantities written in the program (Q_(1.43, 'eV')) and bare numeric literals."""
    from ...units import get_registry
    from .unit_text import parse_unit

    ureg = get_registry()
    vals = []
    for m in re.finditer(r"Q_\(\s*([-+0-9.eE]+)\s*,\s*['\"]([^'\"]+)['\"]\s*\)", code):
        try:
            vals.append(ureg.Quantity(float(m.group(1)), m.group(2)))
        except Exception:
            parsed = parse_unit(m.group(2))
            if parsed is not None:
                vals.append(ureg.Quantity(float(m.group(1)), parsed.units))
    for m in re.finditer(r"(?<![\w.])([-+]?\d+\.?\d*(?:[eE][-+]?\d+)?)", code):
        try:
            vals.append(ureg.Quantity(float(m.group(1)), "dimensionless"))
        except ValueError:
            continue
    return vals


def _code_constants_as_text(code: str) -> str:
    """Quantities written in the program, as prose ('6.626e-34 J*s'), for the constants check."""
    parts = [
        f"{m.group(1)} {m.group(2)}"
        for m in re.finditer(r"Q_\(\s*([-+0-9.eE]+)\s*,\s*['\"]([^'\"]+)['\"]\s*\)", code)
    ]
    return " ; ".join(parts)
