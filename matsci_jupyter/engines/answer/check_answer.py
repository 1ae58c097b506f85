"""Check a prose answer (from our model or pasted from elsewhere) against its question.

Reads the response line by line: every line with '=' whose sides evaluate is
re-computed with pint (:mod:`.expression`); sides must agree in dimension and
value. Then: the final value and unit, the unit the question asked for,
constants written with wrong values, givens the response never used, and
(when the deterministic solver can answer) agreement with an independent
solution. When only the last arithmetic is wrong, the recomputed value is given.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import re
from dataclasses import dataclass
from typing import Any

from .answer import Answer
from .checks import Check, dimension_check
from .constants import CONSTANTS
from .constants import value as constant_value
from .expression import Segment, evaluate_segment
from .quantities import Given, Reading, extract, format_number
from .text import MAX_QUESTION_CHARS, normalize
from .unit_text import long_name, unit_label

MAX_RESPONSE_CHARS = 8000
ARITHMETIC_RTOL = 0.02
"""Written results within 2% of their recomputed value pass (rounded intermediate values)."""
CONSTANT_RTOL = 0.005
"""A constant written within 0.5% of its CODATA value passes (6.63e-34, 3e8, 8.31, 96500)."""
AGREE_RTOL = 0.02


@dataclass
class Step:
    """One line of the response with an '=' and what re-evaluating it showed."""

    line: str
    segments: list[Segment]
    problem: str | None = None
    kind: str | None = None  # arithmetic | dimension
    recomputed: Any = None
    written: Any = None


# ------------------------------------------------------------------ entry point
def check_response(question: Any, response_text: Any) -> Answer:
    """Never raises: unreadable input becomes an Answer with a reason."""
    try:
        return _check(question, response_text)
    except Exception as exc:  # a bug is reported, not raised into the notebook
        return Answer(
            question=str(question)[:500],
            quantity=None,
            source="response",
            reason=f"internal error while checking ({type(exc).__name__}: {exc})",
        )


def _refuse(question: str, reason: str, **kw: Any) -> Answer:
    return Answer(question=question, quantity=None, source="response", reason=reason, **kw)


def _check(question: Any, response_text: Any) -> Answer:
    if not isinstance(question, str) or not isinstance(response_text, str):
        return _refuse(str(question)[:200], "question and response must both be text")
    if not response_text.strip():
        return _refuse(question, "the response is empty")
    if len(response_text) > MAX_RESPONSE_CHARS:
        return _refuse(
            question[:200],
            f"the response is {len(response_text):,} characters long; at most "
            f"{MAX_RESPONSE_CHARS:,} are checked. Paste the worked answer only",
        )
    if len(question) > MAX_QUESTION_CHARS:
        return _refuse(
            question[:200] + "…",
            f"the question is {len(question):,} characters long; at most "
            f"{MAX_QUESTION_CHARS:,} are read",
        )
    reading = extract(question) if question.strip() else None
    lines = [
        normalize(line)
        for line in re.split(r"[\n\r]+|(?<=[.;])\s+(?=[A-Z(])", response_text)
        if line.strip()
    ]
    steps = [_step(line) for line in lines]
    steps = [s for s in steps if s is not None]
    final, final_line = _final_value(lines, steps)
    requested = _requested(reading)
    checks: list[Check] = []
    notes: list[str] = []
    shown_steps = [s.line for s in steps]

    # 1. arithmetic and dimensions of every step
    bad_steps = [s for s in steps if s.problem]
    for s in bad_steps:
        checks.append(
            Check(
                "arithmetic" if s.kind == "arithmetic" else "step dimensions",
                False,
                f"'{_clip(s.line)}': {s.problem}",
            )
        )
    readable = [s for s in steps if any(seg.value is not None for seg in s.segments)]
    if not bad_steps:
        checks.append(
            Check(
                "arithmetic",
                True,
                f"{len(readable)} step(s) re-evaluated with pint; all hold"
                if readable
                else "no calculation step could be parsed; only the final value is checked",
                blocking=False,
            )
        )
    recomputed = None
    if bad_steps and bad_steps[-1].kind == "arithmetic" and final is not None:
        last = bad_steps[-1]
        if last.written is not None and _same(last.written, final):
            try:
                recomputed = last.recomputed.to(final.units)
            except Exception:
                recomputed = last.recomputed
            notes.append(
                f"recomputed from the response's own last step: {_fmt(recomputed)} "
                f"(written: {_fmt(final)})"
            )

    # 2. constants
    checks += _constant_checks(lines)

    # 3. final value vs the requested unit
    quantity = None
    if final is None:
        checks.append(
            Check("final value", False, "no final value with a unit was found in the response")
        )
    elif requested is not None:
        units, text = requested
        dim = dimension_check(final, units, "the response's answer")
        checks.append(dim)
        if dim.passed:
            converted = _convert(final, units, text)
            same_unit = unit_label(final.units) == unit_label(converted.units)
            if same_unit:
                checks.append(Check("unit", True, f"answer given in {text}, as asked"))
            else:
                checks.append(
                    Check(
                        "unit",
                        False,
                        f"answer given in {unit_label(final.units)} but the question "
                        f"asks for {text}: {_fmt(final)} = {format_number(float(converted.magnitude))} "
                        f"{text}",
                        blocking=False,
                    )
                )
            quantity = converted
    else:
        quantity = final
        checks.append(
            Check(
                "unit",
                True,
                f"no unit was named in the question; answer in {unit_label(final.units)}",
                blocking=False,
            )
        )

    # 4. givens used
    if reading is not None:
        unused = _unused_givens(reading, response_text, lines, steps)
        checks.append(
            Check(
                "givens used",
                not unused,
                "every value the question gives appears in the response"
                if not unused
                else "the question gives "
                + ", ".join(g.describe() for g in unused)
                + ", which the response never uses",
                blocking=False,
            )
        )

    # 5. an independent solution
    solver_check = _solver_check(question, final, requested)
    if solver_check is not None:
        checks.append(solver_check)

    answer = Answer(
        question=question,
        quantity=quantity,
        unit_requested=requested[1] if requested else None,
        checks=checks,
        steps=shown_steps,
        source="response",
        notes=notes,
        recomputed=recomputed,
        target="answer in the response" if final is not None else None,
    )
    if not answer.ok:
        blocking = [c for c in answer.failed if c.blocking]
        answer.reason = (
            "; ".join(f"{c.name}: {c.message}" for c in blocking) if blocking else answer.reason
        )
        if answer.quantity is not None and blocking:
            answer.notes.append(f"the response's value, not confirmed: {_fmt(answer.quantity)}")
            answer.quantity = None
    if final_line:
        answer.notes.append(f"final value read from: '{_clip(final_line)}'")
    return answer


# ------------------------------------------------------------------ steps
def _step(line: str) -> Step | None:
    if "=" not in line and "≈" not in line:
        return None
    parts = [p for p in re.split(r"=+>?|≈|≅|~=", line)]
    if len(parts) < 2:
        return None
    segments = [evaluate_segment(_strip_words(p)) for p in parts]
    step = Step(line=line, segments=segments)
    for seg in segments:
        if seg.error:
            step.problem, step.kind = f"'{_clip(seg.text, 60)}' {seg.error}", "dimension"
            return step
    numeric = [s for s in segments if s.value is not None]
    for a, b in itertools.pairwise(numeric):
        problem = _compare(a, b)
        if problem:
            step.problem, step.kind = problem
            step.recomputed, step.written = a.value, b.value
            return step
    return step


def _strip_words(segment: str) -> str:
    """Drop leading prose and trailing words: 'so the energy is 2.3 eV.' → '2.3 eV'."""
    s = segment.strip().rstrip(".;,:")
    s = re.sub(r"\*\*", "", s) if re.search(r"\*\*[^*]+\*\*", s) else s
    s = re.sub(
        r"^(?:[A-Za-z][A-Za-z' ]*?\b(?:is|are|of|gives?|yields?|becomes?|equals?|=|:)\s+)", "", s
    )
    m = re.match(
        r"^(.*?\d[^A-Za-z]*(?:[A-Za-zμÅΩ°%/·^\-\d().]+)?)\s+(?:for|which|so|and|that|in|at|per|of|"
        r"this|the|i\.e\.|giving|to)\b.*$",
        s,
    )
    if m and re.search(r"\d", m.group(1)):
        s = m.group(1)
    return s.strip()


def _compare(a: Segment, b: Segment) -> tuple[str, str] | None:
    """Why two consecutive sides of an '=' disagree, or None when they agree."""
    va, vb = a.value, b.value
    if a.has_units and b.has_units:
        if va.dimensionality != vb.dimensionality:
            return (
                f"'{_clip(a.text, 60)}' is {unit_label(va.to_base_units().units)} but '{_clip(b.text, 60)}' is "
                f"{unit_label(vb.to_base_units().units)}: the dimensions do not match",
                "dimension",
            )
        try:
            x, y = float(va.to(vb.units).magnitude), float(vb.magnitude)
        except Exception:
            return None
    elif a.has_units != b.has_units:
        # prose often drops units on one side ('= 6.6e-34 × 3e8 / 3.7e-19 = 5.4e-7 m'): compare magnitudes,
        # in the written unit or in SI base units
        bare, unit_side = (va, vb) if b.has_units else (vb, va)
        x = float(bare.magnitude)
        candidates = [float(unit_side.magnitude)]
        with contextlib.suppress(Exception):
            candidates.append(float(unit_side.to_base_units().magnitude))
        if any(math.isclose(x, c, rel_tol=ARITHMETIC_RTOL) for c in candidates):
            return None
        y = candidates[0]
        if bare is vb:
            x, y = y, x
    else:
        try:
            x, y = float(va.to("dimensionless").magnitude), float(vb.to("dimensionless").magnitude)
        except Exception:
            x, y = float(va.magnitude), float(vb.magnitude)
    if not (math.isfinite(x) and math.isfinite(y)):
        return None
    if math.isclose(x, y, rel_tol=ARITHMETIC_RTOL, abs_tol=1e-12 * max(abs(x), abs(y), 1e-300)):
        return None
    if not (a.has_operator or b.has_operator) and not (a.has_units and b.has_units):
        return None  # 'T = 500 = 773 K' style: a bare number beside a stated value is not checked
    written = b if b.sig_figs is not None or not b.has_operator else a
    computed = a if written is b else b
    return (
        f"evaluates to {_fmt(computed.value.to(written.value.units) if computed.has_units and written.has_units else computed.value)}, "  # noqa: E501
        f"not {_fmt(written.value)}",
        "arithmetic",
    )


def _final_value(lines: list[str], steps: list[Step]) -> tuple[Any, str | None]:
    """The response's final value with a unit, and the line it came from."""
    markers = re.compile(
        r"final answer|answer\s*[:=]|therefore|thus|hence|so\b|≈|\bresult\b|\*\*", re.I
    )
    ordered = [ln for ln in lines if markers.search(ln)] or lines
    for line in reversed(ordered):
        q = _last_quantity(line)
        if q is not None:
            return q, line
    for line in reversed(lines):
        q = _last_quantity(line)
        if q is not None:
            return q, line
    return None, None


def _last_quantity(line: str) -> Any:
    """The value a line ends on: the last '=' side when it is a stated value, else its last number."""
    from .expression import numbers_with_units

    last = re.split(r"=+|≈|≅|:", line)[-1]
    seg = evaluate_segment(_strip_words(last))
    if seg.value is not None and not seg.has_operator:
        return seg.value
    nums = numbers_with_units(last)
    return nums[-1][0] if nums else None


def _requested(reading: Reading | None) -> tuple[Any, str] | None:
    if reading is None or not reading.requested:
        return None
    r = reading.requested[-1]
    return r.unit.units, r.text


def _convert(q: Any, units: Any, text: str) -> Any:
    from ...units import get_registry

    ureg = get_registry()
    try:
        return q.to(units)
    except Exception:
        if "°" in text or "deg" in long_name(units):
            return q.to(ureg.Unit("delta_degC"))
        raise


# ------------------------------------------------------------------ constants
_CONSTANT_FORMS = (  # (symbol, what it is, ratio window in which an unlabelled value is taken for it)
    ("h", "Planck constant", (0.01, 100)),
    ("hc", "hc (Planck constant × speed of light)", (0.5, 2)),
    ("c", "speed of light", (0.1, 10)),
    ("k_B", "Boltzmann constant", (0.01, 100)),
    ("R", "gas constant", (0.9, 1.1)),  # molar heat capacities share its unit
    ("N_A", "Avogadro constant", (0.01, 100)),
    ("F", "Faraday constant", (0.5, 2)),
    ("e", "elementary charge", (0.5, 2)),
    ("m_e", "electron mass", (0.1, 10)),
)


def _in_other_unit(q: Any, sym: str) -> str | None:
    """'1.38e-23 eV/K': the number is the constant's value in another of its units (J/K)."""
    from ...units import get_registry

    ureg = get_registry()
    ref = constant_value(sym)
    for unit in CONSTANTS[sym].units:
        try:
            other = ref.to(unit)
        except Exception:
            continue
        if ureg.Quantity(1, unit).units == q.units:
            continue
        if math.isclose(abs(float(q.magnitude)), float(other.magnitude), rel_tol=CONSTANT_RTOL):
            return unit_label(other.units)
    return None


def _constant_checks(lines: list[str]) -> list[Check]:
    """Flag constants written with wrong values (compared with pint's CODATA values)."""
    from ...units import get_registry

    ureg = get_registry()
    found: dict[str, list[str]] = {}
    wrong: list[str] = []
    for line in lines:
        for q, text, label in _quantities_with_labels(line):
            for sym, name, (lo, hi) in _CONSTANT_FORMS:
                ref = constant_value(sym)
                if q.dimensionality != ref.dimensionality:
                    continue
                ratio = float((q / ref).to("dimensionless").magnitude)
                labelled = label is not None and label.lower().replace("_", "") in {
                    w.lower().replace("_", "") for w in CONSTANTS[sym].written
                }
                elsewhere = _in_other_unit(q, sym)
                if elsewhere:
                    found.setdefault(name, []).append(text)
                    wrong.append(
                        f"{name} written as {text}: that number is its value in {elsewhere}; in "
                        f"{unit_label(q.units)} it is {format_number(float(ref.to(q.units).magnitude), 6)}"
                    )
                    break
                if not labelled and not (lo < abs(ratio) < hi):
                    continue
                found.setdefault(name, []).append(text)
                if abs(ratio - 1) > CONSTANT_RTOL:
                    shown = ref.to(q.units)
                    wrong.append(
                        f"{name} written as {text}; CODATA value {format_number(float(shown.magnitude), 9)} "
                        f"{unit_label(shown.units)}"
                    )
                break
            else:
                if q.dimensionality == ureg.Quantity(1, "dimensionless").dimensionality:
                    _dimensionless_constant(q, text, label, found, wrong)
    checks = []
    if wrong:
        checks.append(Check("constants", False, "; ".join(wrong)))
    else:
        msg = (
            ("constants match CODATA (pint): " + ", ".join(sorted(found)))
            if found
            else "no physical constants written in the response"
        )
        checks.append(Check("constants", True, msg, blocking=False))
    return checks


def _dimensionless_constant(
    q: Any, text: str, label: str | None, found: dict[str, list[str]], wrong: list[str]
) -> None:
    from ...units import get_registry

    ureg = get_registry()
    mag = float(q.to("dimensionless").magnitude)
    units = long_name(q.units)
    if "electron_volt" in units and "joule" in units:  # the eV–J factor written as 1.602e-19 J/eV
        found.setdefault("electronvolt–joule factor", []).append(text)
        if abs(mag - 1) > CONSTANT_RTOL:
            ref = (1 * ureg.eV).to("J")
            wrong.append(
                f"the eV–J conversion factor written as {text}; 1 eV = {format_number(float(ref.magnitude), 9)} J"
            )
        return
    na = float(constant_value("N_A").magnitude)
    is_na = (
        label is not None and label.lower().replace("_", "") in ("na", "avogadro")
    ) or 0.1 < mag / na < 10
    if is_na and q.units == ureg.Unit("dimensionless") and mag > 1e20:
        found.setdefault("Avogadro constant", []).append(text)
        if abs(mag / na - 1) > CONSTANT_RTOL:
            wrong.append(f"Avogadro constant written as {text}; CODATA value 6.02214076×10^23 /mol")


def _quantities_with_labels(line: str) -> list[tuple[Any, str, str | None]]:
    """Numbers with units in a line (and bare numbers above 1e20), each with a label written before '='."""
    from .expression import numbers_with_units
    from .quantities import _label_before

    out = []
    for q, text, start in numbers_with_units(line):
        if long_name(q.units) == "dimensionless" and abs(float(q.magnitude)) < 1e20:
            continue
        out.append((q, text, _label_before(line[max(0, start - 30) : start])))
    return out


# ------------------------------------------------------------------ givens
def _unused_givens(
    reading: Reading, response: str, lines: list[str], steps: list[Step]
) -> list[Given]:
    values = _response_values(lines, steps)
    unused = []
    derived = [g for g in reading.givens if g.kind == "delta_t"]
    for g in reading.givens:
        if g.kind != "quantity" or not g.has_unit or g.quantity is None:
            continue
        if _appears(g.quantity, values):
            continue
        if any(g.sources <= d.sources and _appears(d.quantity, values) for d in derived):
            continue
        unused.append(g)
    return unused


def _response_values(lines: list[str], steps: list[Step]) -> list[Any]:
    from ...units import get_registry

    get_registry()
    from .expression import numbers_with_units

    vals: list[Any] = []
    for line in lines:
        vals += [q for q, _text, _start in numbers_with_units(line)]
    for s in steps:
        vals += [seg.value for seg in s.segments if seg.value is not None]
    return vals


def _appears(q: Any, values: list[Any]) -> bool:
    """Whether the given ``q`` is used among ``values``: the same quantity in any unit, the same written
    number (units dropped in prose), or half/double it (a radius for a diameter)."""
    mags = {abs(float(q.magnitude))}
    try:
        mags.add(abs(float(q.to_base_units().magnitude)))
        if "degree_Celsius" in long_name(q.units):
            mags.add(float(q.to("K").magnitude))
    except Exception:
        pass
    mags |= {m * f for m in list(mags) for f in (0.5, 2.0)}
    for v in values:
        written = abs(float(v.magnitude))
        if any(math.isclose(written, x, rel_tol=5e-3) for x in mags if x != 0):
            return True
        try:
            if (
                v.dimensionality == q.dimensionality
                and long_name(v.units) != "dimensionless"
                and math.isclose(
                    abs(float(v.to(q.units).magnitude)), abs(float(q.magnitude)), rel_tol=5e-3
                )
            ):
                return True
        except Exception:
            continue
    return False


# ------------------------------------------------------------------ independent solution
def _solver_check(question: str, final: Any, requested: tuple[Any, str] | None) -> Check | None:
    from .solver import solve

    solved = solve(question)
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
            f"a different dimension from the response's {_fmt(final)}",
        )
    if math.isclose(float(mine.magnitude), float(solved.quantity.magnitude), rel_tol=AGREE_RTOL):
        return Check(
            "independent solution",
            True,
            f"agrees with the solver ({solved.relation}): {solved.value_text()}",
        )
    return Check(
        "independent solution",
        False,
        f"the solver ({solved.relation}) gets {solved.value_text()}; "
        f"the response gives {_fmt(final)}",
    )


# ------------------------------------------------------------------ helpers
def _same(a: Any, b: Any) -> bool:
    try:
        return math.isclose(float(a.to(b.units).magnitude), float(b.magnitude), rel_tol=1e-6)
    except Exception:
        return math.isclose(float(a.magnitude), float(b.magnitude), rel_tol=1e-6)


def _fmt(q: Any) -> str:
    if q is None:
        return "no value"
    return f"{format_number(float(q.magnitude))} {unit_label(q.units)}".strip()


def _clip(s: str, n: int = 90) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
