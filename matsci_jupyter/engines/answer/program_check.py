"""Check a program-of-thought answer (a Python program whose result is the answer) by running it.

Models often answer a numeric question with code (``def solve(): … return x``). Its answer is what
running it gives, so the program is run in the sandbox (:func:`matsci_jupyter.sandbox.run_code`:
bubblewrap, no network, time and memory limits; the code is untrusted) and the value it returns or
prints last is checked against what the question fixes:

* a program that raises gives no answer (the error and its line are shown);
* a program that returns nothing, text, or several values where the question fixes one answer
  unit ('(Unit: 10^7 rad/s)') gives no single number;
* a value in the question's base unit where the question asks for a power-of-ten unit
  ('(Unit: 10^11 m)' answered 4.15 × 10^11) is the answer in the wrong unit;
* the bounds and forms :mod:`.final_checks` applies to any final answer (a count is a whole number,
  a magnitude or distance is not negative, a speed does not exceed c), and those of
  :mod:`.answer_bounds` (a value far off the question's power-of-ten scale, a fraction outside
  [0, 1], a negative amount, a temperature below absolute zero);
* an angle asked in degrees that the program takes from an inverse trigonometric function and
  never converts is in radians;
* a returned variable whose own name gives its unit ('energy_J', 'power_W') of the asked dimension
  but not the asked unit was never converted;
* a standard formula the program computes wrongly ('f = 1/sqrt(L*C)' for an LC circuit's
  frequency), its assignments read as written formulas (:mod:`.program_formulas`);
* a sum of different dimensions on the way to the result, or a result of another dimension than
  the asked unit's, by the units the program's comments and the question's givens state
  (:mod:`.program_units`);
* a negative mass where the question asks for an amount of mass (:mod:`.program_sign`);
* a typed-in physical constant with the right digits under a wrong power of ten, when running
  the program with the right value changes its result (:mod:`.program_constants`);
* a given of the question typed in under a wrong power of ten for the unit the program's comment
  states, when running the program with the given's value changes its result
  (:mod:`.program_givens`);
* an energy asked for a mole answered with one particle's (:mod:`.answer_bounds`), the unit read
  from the asking sentence ('… of a mole of gas in J') when no '(Unit: …)' is given;
* when nothing above fails and the question asks for a unit, the deterministic solver referees the
  value read in that unit (:mod:`.independent_solution`): it confirms it ('consistent') or proves
  it wrong under the conditions of :mod:`.solver_agreement`.

Anything else (a program the screen refuses, a missing library, a time-out, no sandbox) is *not
checked*, never flagged: only a failure of the program itself proves the answer wrong.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .answer import Answer
from .checks import Check

if TYPE_CHECKING:
    from ...sandbox.runner import RunResult

PROGRAM_TIMEOUT_S = 10.0
PROGRAM_MEMORY_MB = 1024
SCALE_WINDOW = (1e-3, 1e4)
"""A value v where the question fixes '(Unit: 10^k U)' (|k| ≥ 3) is read as v/10^k in U's base;
when that ratio lies in this window the program returned the value in U itself."""

_NOT_PROOF_ERRORS = {
    "ModuleNotFoundError",
    "ImportError",
    "PermissionError",
    "Refused",
    "Sandbox",
    "MemoryError",
    "OSError",
    "SandboxViolation",
    "Crash",  # the process died (memory, a signal): the sandbox's doing as much as the program's
    "Timeout",
    "SystemExit",
}


def program_to_run(code: str) -> str:
    """The program as it is meant to be run: a ``solve()`` it defines is called and its value kept
    in ``result`` (the TheoremQA program-of-thought convention)."""
    body = code.rstrip() + "\n"
    if re.search(r"^def\s+solve\s*\(\s*\)", code, re.M) and not re.search(
        r"^result\s*=\s*solve\s*\(\s*\)", code, re.M
    ):
        body += "\nresult = solve()\n"
    # a number of any type (numpy, sympy Rational or Float) comes back as a float
    body += "\ntry:\n    result = float(result)\nexcept Exception:\n    pass\n"
    return body


def _numbers(value: Any) -> list[float] | None:
    """The numbers in a returned value (a number, a list of numbers, a dict of numbers); None when it
    holds something else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return [float(value)]
    if isinstance(value, dict) and "__float__" in value:
        return [float(value["__float__"])]
    if isinstance(value, dict) and "__quantity__" in value:
        inner = _numbers(value["__quantity__"][0])
        return inner
    if isinstance(value, dict) and not any(k.startswith("__") for k in value):
        out: list[float] = []
        for v in value.values():
            n = _numbers(v)
            if n is None:
                return None
            out += n
        return out
    if isinstance(value, list):
        out = []
        for v in value:
            n = _numbers(v)
            if n is None:
                return None
            out += n
        return out
    if isinstance(value, dict) and "__repr__" in value:
        m = re.fullmatch(
            r"\s*(?:\w+\()?\s*([-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)\s*\)?\s*", value["__repr__"]
        )
        return [float(m.group(1))] if m else None
    return None


def _last_printed_number(stdout: str) -> float | None:
    lines = [ln for ln in stdout.strip().splitlines() if ln.strip()]
    if not lines:
        return None
    found = re.findall(r"[-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?", lines[-1])
    return float(found[-1]) if len(found) == 1 else None


def _one_unit_asked(question: str) -> str | None:
    m = re.search(r"\(\s*unit\s*:\s*([^)]+)\)", question, re.I)
    return m.group(1).strip() if m else None


def _run_in_sandbox(code: str) -> RunResult:
    """The sandbox run of a program-of-thought answer, its ``result`` captured, within the
    program limits (:data:`PROGRAM_TIMEOUT_S` s, :data:`PROGRAM_MEMORY_MB` MB)."""
    from ...sandbox import run_code

    return run_code(
        program_to_run(code),
        capture=("result",),
        timeout_s=PROGRAM_TIMEOUT_S,
        memory_mb=PROGRAM_MEMORY_MB,
        inspect_files=False,
    )


def check_program(question: str, code: str) -> Answer:
    """Run a program-of-thought answer in the sandbox and check its value (see the module docstring)."""
    answer = Answer(question=question, quantity=None, source="response")
    run = _run_in_sandbox(code)
    where = "" if run.isolated else f" ({run.isolation or 'not isolated'})"
    if run.refused is not None or run.error_type in _NOT_PROOF_ERRORS or run.timed_out:
        answer.verdict = "not checked"
        answer.reason = f"the program was not run to the end: {run.summary()}; not checked"
        return answer
    if not run.ok:
        line = f" at line {run.error_line}" if run.error_line else ""
        return _flag(
            answer,
            Check(
                "program runs",
                False,
                f"running the program raises {run.error_type}{line} ({run.error}); it gives no "
                "answer",
            ),
        )
    returned = run.values.get("result", None) if "result" in run.values else None
    numbers = _numbers(returned) if returned is not None else None
    if returned is None:
        printed = _last_printed_number(run.stdout)
        if printed is not None:
            numbers = [printed]
        elif "result" in run.values:
            return _flag(
                answer,
                Check("program value", False, "the program returns None: it gives no answer"),
            )
        else:
            answer.verdict = "not checked"
            answer.reason = "the program neither returns nor prints a value; not checked"
            return answer
    if numbers is None:
        shown = str(returned)[:80]
        return _flag(
            answer,
            Check(
                "program value",
                False,
                f"the program's result is not a number ({shown}); the question asks for one",
            ),
        )
    unit = _one_unit_asked(question)
    if len(numbers) != 1:
        if unit is not None and numbers:
            return _flag(
                answer,
                Check(
                    "program value",
                    False,
                    f"the program returns {len(numbers)} values ({', '.join(f'{x:.4g}' for x in numbers[:4])}); "
                    f"the question asks for one number in {unit}",
                ),
            )
        answer.verdict = "not checked"
        answer.reason = f"the program returns {len(numbers)} values; not checked"
        return answer
    value = numbers[0]
    checks = [Check("program runs", True, f"the program ran{where} and gives {value:.6g}", False)]
    if not math.isfinite(value):
        return _flag(
            answer, Check("program value", False, f"the program's result is {value}, not a number")
        )
    checks += _value_checks(question, value, code)
    radians = radians_for_degrees(question, code, value)
    if radians is not None:
        checks.append(radians)
    named = named_unit_check(question, code, value)
    if named is not None:
        checks.append(named)
    checks += _formula_checks(question, code)
    checks += _program_static_checks(question, code, value)
    answer.checks = checks
    failed = [c for c in checks if not c.passed and c.blocking]
    if failed:
        answer.verdict = "flagged"
        answer.reason = "; ".join(f"{c.name}: {c.message}" for c in failed)
        answer.notes.append(f"the program's value, not confirmed: {value:.6g}")
        return answer
    referee = _solver_referee(question, value, code)
    if referee is not None:
        final, check = referee
        answer.checks.append(check)
        answer.quantity = final
        if check.passed:
            answer.verdict = "consistent"
            return answer
        answer.verdict = "flagged"
        answer.reason = f"{check.name}: {check.message}"
        answer.notes.append(f"the program's value, not confirmed: {value:.6g}")
        return answer
    answer.verdict = "not checked"
    answer.reason = (
        f"the program runs and gives {value:.6g}; nothing in the question fixes it further, so the "
        "value is not checked"
    )
    return answer


def _solver_referee(question: str, value: float, code: str) -> tuple[Any, Check] | None:
    """(the program's value as a quantity, the solver's blocking verdict on it) when the question
    asks for a unit (a program's number is in the asked unit, as a bare final number is) and the
    solver answers it; None otherwise, or when the solver's disagreement proves nothing."""
    from ...units import get_registry
    from .final_checks import requested_unit
    from .independent_solution import independent_solution
    from .quantities import extract

    try:
        requested = requested_unit(extract(question))
    except Exception:  # an unreadable question: nothing to compare
        return None
    if requested is None:
        return None
    final = get_registry().Quantity(value, requested[0])
    check = independent_solution(question, final, code)
    if check is None or not check.blocking or "could not answer" in check.message:
        return None
    return final, check


def _formula_checks(question: str, code: str) -> list[Check]:
    """The program's own formulas against the standard-formula table (:mod:`.program_formulas`);
    an unreadable program is not checked, never flagged."""
    from .program_formulas import program_formula_checks

    try:
        return program_formula_checks(question, code)
    except Exception:
        return []


def _optional(check: Callable[..., Check | None], *args: Any) -> list[Check]:
    """``check(*args)`` as a list; a check that cannot read the program or question (any error)
    adds nothing: an unreadable program is not checked, never flagged."""
    try:
        found = check(*args)
    except Exception:
        return []
    return [] if found is None else [found]


def _program_static_checks(question: str, code: str, value: float) -> list[Check]:
    """The program's dimensional analysis (:mod:`.program_units`), a negative mass asked as an
    amount (:mod:`.program_sign`), and a typed-in constant (:mod:`.program_constants`) or given
    (:mod:`.program_givens`) under a wrong power of ten that changes the result when the program is
    rerun in the sandbox with the right value."""
    from .program_constants import constant_value_check
    from .program_givens import given_value_check
    from .program_sign import negative_mass_check
    from .program_units import program_unit_check

    return (
        _optional(program_unit_check, question, code)
        + _optional(negative_mass_check, question, value)
        + _optional(constant_value_check, code, value, rerun_value)
        + _optional(given_value_check, question, code, value, rerun_value)
    )


def rerun_value(code: str) -> float | None:
    """The single number a (changed) program returns when run in the sandbox, as
    :func:`check_program` runs it; None when it fails or gives no single number."""
    run = _run_in_sandbox(code)
    if run.refused is not None or run.timed_out or not run.ok or "result" not in run.values:
        return None
    numbers = _numbers(run.values["result"])
    return numbers[0] if numbers is not None and len(numbers) == 1 else None


def _flag(answer: Answer, check: Check) -> Answer:
    answer.checks.append(check)
    answer.verdict = "flagged"
    answer.reason = f"{check.name}: {check.message}"
    return answer


def _value_checks(question: str, value: float, code: str = "") -> list[Check]:
    """The returned number against what the question fixes: its unit's power of ten, a whole number,
    a non-negative magnitude, a bound."""
    from ...units import get_registry
    from .answer_bounds import answer_bound_checks
    from .final_checks import asked_unit, physical_bound_check, question_form_check, question_scale
    from .text import normalize

    ureg = get_registry()
    text = normalize(question)
    out: list[Check] = []
    factor, scaled = question_scale(text)
    if factor != 1.0 and abs(math.log10(factor)) >= 3 and value:
        ratio = abs(value) / factor
        k = round(math.log10(factor))
        unit = scaled[1] if scaled else ""
        # the value is the scale's own size or beyond (4.15e11 for 10^11 m; 5e-6 for 10^-6 m),
        # where an answer in the asked unit would be a modest number
        if (
            SCALE_WINDOW[0] <= ratio <= SCALE_WINDOW[1]
            and abs(math.log10(abs(value))) >= abs(k) - 1
        ):
            out.append(
                Check(
                    "asked unit",
                    False,
                    f"the question asks for the answer as a number of 10^{k} {unit}; the program "
                    f"returns {value:.6g}, which is {ratio:.4g} × 10^{k} {unit}: its value is in "
                    f"{unit or 'the base unit'}, not in 10^{k} {unit}",
                )
            )
    if scaled is None:  # 'in J', '(in eV)': the unit an asking sentence names
        scaled = asked_unit(question)
    quantity = ureg.Quantity(value * factor, scaled[0]) if scaled else ureg.Quantity(value, "")
    for check in (question_form_check(text, quantity), physical_bound_check(text, quantity)):
        if check is not None:
            out.append(check)
    if not any(not c.passed for c in out):  # what the question's words bound (answer_bounds)
        answer = ureg.Quantity(value * factor, scaled[0] if scaled else "")
        out += answer_bound_checks(text, answer, factor, scaled, code)
    return out


_RETURNED_NAME = re.compile(r"^\s*return\s+([A-Za-z_]\w*)\s*$", re.M)
_UNIT_SUFFIX = re.compile(r"_in_([A-Za-zμµ]\w*)$|_([A-Za-zμµ][A-Za-zμµ0-9]*)$")


def named_unit_check(question: str, code: str, value: float) -> Check | None:
    """The program returns a variable whose own name gives its unit ('energy_J', 'wavelength_m',
    'power_in_W'), of the asked dimension but not the asked unit ('(Unit: eV)', '… in nm'): the
    value was never converted to the unit the question asks for. Suffixes of one letter ('_m' may
    be 'max', '_s' a subscript, '_N' a normal force) are not read, but for J, W, K and V."""
    from .final_checks import asked_unit, question_scale
    from .text import normalize
    from .unit_text import long_name, parse_unit, unit_label

    returned = _RETURNED_NAME.findall(code)
    if not returned:
        return None
    name = returned[-1]
    m = _UNIT_SUFFIX.search(name)
    if m is None:
        return None
    suffix = (m.group(1) or m.group(2)).replace("_per_", "/")
    if m.group(2) and len(suffix) < 2 and suffix not in ("J", "W", "K", "V"):
        return None  # 'x_m' (max? mass?), 'F_N' (a normal force): not a unit by name
    parsed = parse_unit(suffix)
    text = normalize(question)
    factor, scaled = question_scale(text)
    asked = scaled if scaled is not None else asked_unit(question)
    if parsed is None or asked is None or factor != 1.0:
        return None
    if long_name(parsed.units) in ("dimensionless", "count", "percent"):
        return None
    from ...units import get_registry

    ureg = get_registry()
    try:
        ratio = float(ureg.Quantity(1, parsed.units).to(asked[0]).magnitude)
    except Exception:
        return None  # another dimension: the name may mean something else
    if math.isclose(ratio, 1.0, rel_tol=1e-6):
        return None
    return Check(
        "asked unit",
        False,
        f"the program returns '{name}', by its own name a value in {unit_label(parsed.units)}, "
        f"where the question asks for {asked[1]}: {value:.6g} {unit_label(parsed.units)} = "
        f"{value * ratio:.6g} {asked[1]}",
    )


_DEGREES_ASKED = re.compile(
    r"\(\s*unit\s*:\s*(?:degrees?|deg|°|\^\s*\\?circ)\s*\)|\bin\s+degrees?\b|\(\s*(?:in\s+)?(?:degrees?|°)\s*\)",
    re.I,
)
_INVERSE_TRIG = re.compile(r"\b(?:a(?:sin|cos|tan2?)|arc(?:sin|cos|tan2?))\s*\(")
_TO_DEGREES = re.compile(r"\bdegrees\s*\(|\brad2deg\b|\b180\b|\b57\.29|\bdeg\s*=\s*True\b")


def radians_for_degrees(question: str, code: str, value: float) -> Check | None:
    """The question asks for an angle in degrees; the program gets its angle from an inverse
    trigonometric function (which returns radians) and never converts it (no ``degrees()``,
    ``rad2deg``, ``180``): its value is in radians."""
    from .text import normalize

    if not _DEGREES_ASKED.search(normalize(question)) or not _INVERSE_TRIG.search(code):
        return None
    if _TO_DEGREES.search(code) or not 0 < abs(value) <= 2 * math.pi + 1e-9:
        return None
    return Check(
        "asked unit",
        False,
        f"the question asks for degrees, but the program's angle comes from an inverse "
        f"trigonometric function (radians) and is never converted: {value:.4g} rad = "
        f"{math.degrees(value):.4g}°",
    )
