"""Check a prose answer (from our model or pasted from elsewhere) against its question.

The response is read as prose (:mod:`.prose`): '=' chains clause by clause (``x = 120 MPa and
d = 256 µm`` are two), symbol tables after "where" dropped, the final answer from ``\\boxed{}``,
"Final Answer:", "the answer is", a concluding line or the last line, a bare final number taking
the unit the question asks for. Every step is then **checked** (re-evaluated with pint and found to
hold), **not checked** (symbolic, unreadable, or ambiguous) or **wrong**: a step is wrong only when
it fails under every reasonable reading of loose prose (units written or dropped, SI or written
units, ``0.5 m^2`` as ``(0.5 m)^2``, rounding to the digits written, sign). The first wrong step is
reported with its recomputed value. Further checks: constants written with wrong values (a value
the question itself fixes is never wrong), the final answer against what the question fixes (a
count must be a whole number; the requested dimension), and an independent solution when the
deterministic solver can answer.

The result's ``verdict``: ``"flagged"`` (something is provably wrong), ``"consistent"`` (at least
one check passed, none failed) or ``"not checked"`` (nothing could be verified).
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
from .prose import (
    FinalAnswer,
    Statement,
    defined_symbols,
    final_answer,
    is_code,
    response_lines,
    squared_unit_variant,
    statements,
    symbols_in,
)
from .quantities import Given, Reading, extract, format_number
from .text import MAX_QUESTION_CHARS, normalize
from .unit_text import long_name, unit_label

MAX_RESPONSE_CHARS = 8000
ARITHMETIC_RTOL = 0.02
"""Written results within 2% of their recomputed value pass (rounded intermediate values), plus
half a unit in the last digit written ('≈ 6' for 6.4 passes)."""
CONSTANT_RTOL = 0.005
"""A constant written within 0.5% of its CODATA value passes (6.63e-34, 3e8, 8.31, 96500)."""
AGREE_RTOL = 0.02

BOTH_COMPUTED_RTOL = 0.01
"""Two calculations side by side ('= -2500 ln(4e^-2) = -2500 (2 ln 2 - 2)') each carry rounding."""
APPROXIMATION_RTOL = 0.1
"""When the question fixes approximations ('ln 2 = 0.7', 'π√3 ≈ 5', 'take g = 10'), exact
recomputation differs from the intended one by up to ~10%."""
_APPROXIMATIONS = re.compile(
    r"(?:\b(?:ln|log)\s*\(?\s*\d+(?:\.\d+)?\s*\)?|π\s*√?\s*\(?\d*\)?|√\s*\(?\d+\)?|\be\b)\s*(?:=|≈|~)\s*\d",
    re.I,
)

CHECKED, NOT_CHECKED, WRONG = "checked", "not checked", "wrong"


@dataclass
class Step:
    """One '=' chain of the response and what re-evaluating it showed."""

    line: str
    segments: list[Segment]
    status: str = NOT_CHECKED
    problem: str | None = None
    kind: str | None = None  # arithmetic | dimension
    recomputed: Any = None
    written: Any = None
    why_not: str | None = None  # why a step was not checked

    def shown(self, number: int) -> str:
        mark = {CHECKED: "✓", WRONG: "✗", NOT_CHECKED: "·"}[self.status]
        text = f"{mark} step {number} ({self.status}): {self.line}"
        if self.status == WRONG and self.problem:
            text += f" — {self.problem}"
        return text


# ------------------------------------------------------------------ entry point
def check_response(question: Any, response_text: Any) -> Answer:
    """Never raises: unreadable input becomes an Answer with a reason."""
    try:
        return _check(question, response_text)
    except Exception as exc:  # a bug is reported, not raised into the notebook
        answer = Answer(
            question=str(question)[:500],
            quantity=None,
            source="response",
            reason=f"internal error while checking ({type(exc).__name__}: {exc}); not checked",
        )
        answer.verdict = NOT_CHECKED
        return answer


def _refuse(question: str, reason: str, **kw: Any) -> Answer:
    answer = Answer(question=question, quantity=None, source="response", reason=reason, **kw)
    answer.verdict = NOT_CHECKED
    return answer


def _check(question: Any, response_text: Any) -> Answer:
    if not isinstance(question, str) or not isinstance(response_text, str):
        return _refuse(
            str(question)[:200], "question and response must both be text", bad_input=True
        )
    if not response_text.strip():
        return _refuse(question, "the response is empty", bad_input=True)
    if len(response_text) > MAX_RESPONSE_CHARS:
        return _refuse(
            question[:200],
            f"the response is {len(response_text):,} characters long; at most "
            f"{MAX_RESPONSE_CHARS:,} are checked. Paste the worked answer only",
            bad_input=True,
        )
    if len(question) > MAX_QUESTION_CHARS:
        return _refuse(
            question[:200] + "…",
            f"the question is {len(question):,} characters long; at most "
            f"{MAX_QUESTION_CHARS:,} are read",
            bad_input=True,
        )
    if is_code(response_text):
        return _refuse(
            question,
            "the response is a program, not a worked answer; its result is whatever running it "
            "prints, so it is not checked here (run it in the sandbox instead)",
        )
    reading = extract(question) if question.strip() else None
    question_text = normalize(question)
    lines = response_lines(response_text)
    symbols = defined_symbols(question_text, *lines)
    given_values = _question_values(reading)
    slack = APPROXIMATION_RTOL if _APPROXIMATIONS.search(question_text) else 0.0
    steps = _steps(statements(lines), symbols, slack)
    final = final_answer(lines)
    requested = _requested(reading)
    factor, scaled_unit = _question_scale(question_text)
    if requested is None and scaled_unit is not None:
        requested = scaled_unit
    final_value, carried = _final_value(final, requested, factor)
    checks: list[Check] = []
    notes: list[str] = []

    # 1. every step: checked, not checked, or wrong (the first wrong one is named)
    wrong = [s for s in steps if s.status == WRONG]
    checked = [s for s in steps if s.status == CHECKED]
    recomputed = None
    if wrong:
        first = wrong[0]
        number = steps.index(first) + 1
        checks.append(
            Check(
                "arithmetic" if first.kind == "arithmetic" else "step dimensions",
                False,
                f"step {number} is the first that goes wrong: '{_clip(first.line)}': {first.problem}"
                + (f" ({len(wrong) - 1} later step(s) also fail)" if len(wrong) > 1 else ""),
            )
        )
        last = wrong[-1]
        if (
            last.written is not None
            and final_value is not None
            and _same(last.written, final_value)
        ):
            try:
                recomputed = last.recomputed.to(final_value.units)
            except Exception:
                recomputed = last.recomputed
            notes.append(
                f"recomputed from the response's own last step: {_fmt(recomputed)} "
                f"(written: {_fmt(final_value)})"
            )
    else:
        checks.append(
            Check(
                "arithmetic",
                True,
                f"{len(checked)} of {len(steps)} step(s) re-evaluated with pint and hold; the rest "
                "are symbolic or could not be read unambiguously (not checked)"
                if steps
                else "no calculation step could be read; not checked",
                blocking=False,
            )
        )

    # 2. constants written with wrong values
    checks += _constant_checks(lines, given_values)

    # 3. the final answer against what the question asks
    quantity = None
    if final_value is None:
        if final is None:
            checks.append(
                Check(
                    "final value",
                    False,
                    "the response ends without a numeric answer (no final answer, no concluding "
                    "value, no number in its last lines)",
                )
            )
        elif final.how == "marker" and _not_a_number(final.text):
            checks.append(
                Check(
                    "final value",
                    False,
                    f"the final answer '{_clip(final.text, 60)}' is not a number, and the question "
                    "asks for one",
                )
            )
        else:
            notes.append(f"the final answer '{_clip(final.text, 60)}' could not be read as a value")
    elif requested is not None:
        units, text = requested
        if carried:
            quantity = final_value
            notes.append(f"the final answer is a bare number; read in the question's unit ({text})")
        else:
            dim = dimension_check(final_value, units, "the response's answer")
            if dim.passed:
                converted = _convert(final_value, units, text)
                if unit_label(final_value.units) == unit_label(converted.units):
                    checks.append(Check("unit", True, f"answer given in {text}, as asked"))
                else:
                    checks.append(
                        Check(
                            "unit",
                            False,
                            f"answer given in {unit_label(final_value.units)} but the question "
                            f"asks for {text}: {_fmt(final_value)} = "
                            f"{format_number(float(converted.magnitude))} {text}",
                            blocking=False,
                        )
                    )
                quantity = converted
            elif (
                final is not None and final.how in ("marker", "boxed") and _plain_unit(final_value)
            ):
                checks.append(dim)
                quantity = final_value
            else:
                quantity = final_value
                notes.append(
                    f"the final value's unit ({unit_label(final_value.units)}) is not the requested "
                    f"{text}; loose units in prose, so the dimension is not checked"
                )
    else:
        quantity = final_value
    if quantity is not None:
        form = _question_form_check(question_text, quantity)
        if form is not None:
            checks.append(form)
        bound = _physical_bound_check(question_text, quantity)
        if bound is not None:
            checks.append(bound)
    if final is not None and final_value is not None and final.how in ("marker", "boxed"):
        own = _own_result_check(question_text, lines, final, final_value, slack)
        if own is not None:
            checks.append(own)
    if final is not None and carried and quantity is not None:
        scaled = _rescale_check(lines, final, quantity, factor)
        if scaled is not None:
            checks.append(scaled)

    # 4. givens the response never uses (a hint, never a failure: prose drops and rounds values)
    if reading is not None:
        unused = _unused_givens(reading, lines, steps)
        if unused:
            notes.append(
                "the question gives "
                + ", ".join(g.describe() for g in unused)
                + ", which the response never writes (not an error by itself)"
            )

    # 5. an independent solution
    solver_check = _solver_check(question, quantity)
    if solver_check is not None and solver_check.passed:
        checks.append(solver_check)
    elif solver_check is not None:  # the solver can misread a question: a hint, never a proof
        notes.append(f"independent solution disagrees (not a proof): {solver_check.message}")

    answer = Answer(
        question=question,
        quantity=quantity,
        unit_requested=requested[1] if requested else None,
        checks=checks,
        steps=[s.shown(i + 1) for i, s in enumerate(steps)],
        source="response",
        notes=notes,
        recomputed=recomputed,
        target="answer in the response" if quantity is not None else None,
    )
    blocking = [c for c in answer.failed if c.blocking]
    if blocking:
        answer.verdict = "flagged"
        answer.reason = "; ".join(f"{c.name}: {c.message}" for c in blocking)
        if answer.quantity is not None:
            answer.notes.append(f"the response's value, not confirmed: {_fmt(answer.quantity)}")
            answer.quantity = None
    elif checked or any(c.passed and c.blocking for c in checks):
        answer.verdict = "consistent"
    else:
        answer.verdict = NOT_CHECKED
        if answer.quantity is None:
            answer.reason = "no step and no final value could be read; not checked"
        else:
            answer.notes.append(
                "nothing in the response could be re-computed; its final value is not checked"
            )
    if final is not None:
        answer.notes.append(f"final value read from ({final.how}): '{_clip(final.line)}'")
    return answer


# ------------------------------------------------------------------ steps
def _lhs(statement: Statement) -> str:
    """The symbol a chain defines ('x_L' in 'x_L = …'), or '' when its left side is not one."""
    left = re.sub(
        r"^.*\b(?:implies|so|thus|hence|therefore|then|now|get|gives?|have)\b\s*",
        "",
        statement.sides[0],
    )
    left = re.sub(r"\s+", "", left.split(":")[-1])
    return left if re.fullmatch(r"[A-Za-zα-ωΑ-ΩΔ][\w'^()/|]{0,15}", left) else ""


def _steps(chains: list[Statement], symbols: dict[str, str], slack: float = 0.0) -> list[Step]:
    """Each chain as a step; a chain that continues the previous line's calculation of the same
    symbol ('x = (90 cm)(−0.08)/(2·0.72)' then 'x = −7.2 cm/1.12') is compared with it too."""
    out = []
    prev: Statement | None = None
    for st in chains:
        chain = st
        if (
            prev is not None
            and st.line_no - prev.line_no <= 1
            and _lhs(st)
            and _lhs(st) == _lhs(prev)
            and evaluate_segment(_strip_words(prev.sides[-1])).has_operator
        ):
            chain = Statement(st.text, (st.sides[0], prev.sides[-1], *st.sides[1:]), st.line_no)
        out.append(_step(chain, symbols, slack))
        prev = st
    return out


def _step(statement: Statement, symbols: dict[str, str], slack: float = 0.0) -> Step:
    segments = [evaluate_segment(_strip_words(p)) for p in statement.sides]
    step = Step(line=statement.text, segments=segments)
    for seg in segments:
        if seg.error and not _loose_sum(seg, symbols):
            step.status, step.kind = WRONG, "dimension"
            step.problem = f"'{_clip(seg.text, 60)}' {seg.error}"
            return step
    numeric = [(i, s) for i, s in enumerate(segments) if s.value is not None]
    compared = False
    for (_, a), (_, b) in itertools.pairwise(numeric):
        if not (a.has_operator or b.has_operator) and not (a.has_units and b.has_units):
            continue  # 'T = 500 = 773 K': a bare number beside a stated value is not a calculation
        outcome = _compare(a, b, symbols, slack)
        if outcome is None:
            compared = True
            continue
        if outcome == "dimension":
            step.status, step.kind = WRONG, "dimension"
            step.problem = (
                f"'{_clip(a.text, 60)}' is {unit_label(a.value.to_base_units().units)} but "
                f"'{_clip(b.text, 60)}' is {unit_label(b.value.to_base_units().units)}: the "
                "dimensions do not match"
            )
            return step
        if outcome == "ambiguous":
            step.why_not = "a letter could be a unit or a symbol"
            continue
        step.status = WRONG
        step.problem, step.kind, step.recomputed, step.written = outcome
        return step
    step.status = CHECKED if compared else NOT_CHECKED
    return step


def _strip_words(segment: str) -> str:
    """Drop leading prose and trailing words: 'so the energy is 2.3 eV.' → '2.3 eV'."""
    s = segment.strip().rstrip(".;,:")
    s = re.sub(r"\*\*", "", s) if re.search(r"\*\*[^*]+\*\*", s) else s
    s = re.sub(
        r"^(?:[A-Za-z][A-Za-z' ]*?\b(?:is|are|of|gives?|yields?|becomes?|equals?|=|:)\s+)", "", s
    )
    s = re.sub(r"^\s*boxed\s+", "", s)
    m = re.match(
        r"^(.*?\d[^A-Za-z]*(?:[A-Za-zμÅΩ°%/·^\-\d().]+)?)\s+(?:for|which|so|and|that|in|at|per|of|"
        r"this|the|i\.e\.|giving|to|or|when|if|where|because|since|as|we|with|from|by)\b.*$",
        s,
    )
    if m and re.search(r"\d", m.group(1)):
        s = m.group(1)
    return s.strip().rstrip(".;,:")


def _readings(seg: Segment, *, units: bool) -> list[float]:
    """Magnitudes the side could mean; each also as its absolute value (sign slips are not checked).

    With ``units`` (both sides carry units of one dimension) only unit-aware readings count: the value
    in SI base units, and with 'x u^2' read as '(x u)^2'. Otherwise (a side without units) also the
    value as written and with its units dropped, since prose often writes units on one side only."""
    out: list[float] = []
    with contextlib.suppress(Exception):
        out.append(float(seg.value.to_base_units().magnitude))
    if not units:
        with contextlib.suppress(Exception):
            out.append(float(seg.value.magnitude))
        bare = _without_units(seg.text)
        if bare is not None:
            out.append(bare)
    variant = squared_unit_variant(seg.text)
    if variant is not None:
        alt = evaluate_segment(variant)
        if alt.value is not None:
            with contextlib.suppress(Exception):
                out.append(float(alt.value.to_base_units().magnitude))
                if not units:
                    out.append(float(alt.value.magnitude))
    if not units:
        out += [x * 100 for x in out] + [x / 100 for x in out]  # a fraction written as a percent
    return [abs(x) for x in out if math.isfinite(x)]


_COUNT_WORDS = re.compile(
    r"\b(?:photons?|atoms?|molecules?|particles?|electrons?|ions?|nuclei|nucleus|cells?|units?|"
    r"formula|vacanc\w*|sites?|events?|counts?|cycles?|turns?|revolutions?)\b",
    re.I,
)


def _loose_dimension(a: Segment, b: Segment, rtol: float) -> bool:
    """Dimensions that differ the way prose loosely writes them: by one power of amount of substance
    ('148 kJ − 61 kJ = 87 kJ/mol'), or with equal SI magnitudes (a factor '× 1 m' left out when
    L = 1 m)."""
    with contextlib.suppress(Exception):
        dims = dict((a.value / b.value).to_base_units().dimensionality)
        if set(dims) == {"[substance]"} and abs(dims["[substance]"]) == 1:
            return True
    with contextlib.suppress(Exception):
        x = abs(float(a.value.to_base_units().magnitude))
        y = abs(float(b.value.to_base_units().magnitude))
        if math.isclose(x, y, rel_tol=rtol):
            return True
    return False


def _angstrom_as_a(seg: Segment, other: Segment) -> Segment:
    """'970 A' in a wavelength calculation is 970 Å: re-read the side so when that gives the other
    side's dimension; otherwise the side as it was."""
    if not re.search(r"\d\s*A\b", seg.text):
        return seg
    alt = evaluate_segment(re.sub(r"(\d)\s*A\b", r"\1 Å", seg.text))
    if alt.value is not None and alt.value.dimensionality == other.value.dimensionality:
        return alt
    return seg


def _variant_reconciles(computed: Segment, written: Segment) -> bool:
    """Whether reading 'x u^2' as '(x u)^2' gives the computed side the written side's dimension."""
    variant = squared_unit_variant(computed.text)
    if variant is None:
        return False
    alt = evaluate_segment(variant)
    return alt.value is not None and alt.value.dimensionality == written.value.dimensionality


def _fully_dimensioned(seg: Segment) -> bool:
    """A calculation in which every number carries a unit (small whole numbers such as the 2 of
    '2πr' and the 4 of 'πd^2/4' aside): its dimension is the writer's, not a reading of loose prose."""
    from .expression import numbers_with_units

    if not seg.has_operator or _has_bare_factor(seg):
        return False
    found = numbers_with_units(seg.text)
    with_unit = [q for q, _t, _s in found if long_name(q.units) != "dimensionless"]
    bare = [q for q, _t, _s in found if long_name(q.units) == "dimensionless"]
    return len(with_unit) >= 2 and all(
        float(q.magnitude).is_integer() and abs(float(q.magnitude)) <= 12 for q in bare
    )


def _loose_sum(seg: Segment, symbols: dict[str, str]) -> bool:
    """'(2 × 12.01) + (4 × 1.008) g/mol': a sum in which one term has no unit is loose writing (the
    unit after it applies to the whole); only a sum of two terms with units of different dimensions
    ('… J + 20 s') is a provable error."""
    return (
        "dimensionless" in (seg.error or "")
        or _symbol_read_as_unit(seg.text, "", symbols)
        or _glued_symbols(seg.text)
        or _has_bare_factor(seg)
    )


def _offset_temperature(a: Segment, b: Segment) -> bool:
    """'120 °C − 20 °C = 100 °C': a difference of Celsius (Fahrenheit) readings is written with the
    same degree sign as a temperature, so pint's absolute-vs-difference distinction proves nothing."""
    names = long_name(a.value.units) + " " + long_name(b.value.units)
    return "degree_Celsius" in names or "degree_Fahrenheit" in names or "delta_deg" in names


def _has_bare_factor(seg: Segment) -> bool:
    """'7.0 TeV × 1000': a bare power of ten (or 60, 3600) in a product is a unit conversion written
    as a number, so the units written beside it are loose."""
    from .expression import numbers_with_units

    if not seg.has_operator:
        return False
    for q, _text, _start in numbers_with_units(seg.text):
        if long_name(q.units) != "dimensionless":
            continue
        mag = abs(float(q.magnitude))
        if mag in (60.0, 3600.0, 24.0) or (
            mag > 0
            and (mag >= 10 or mag <= 0.1)
            and math.isclose(math.log10(mag), round(math.log10(mag)), abs_tol=1e-9)
        ):
            return True
    return False


def _without_units(text: str) -> float | None:
    """The side's value with every unit word removed (prose often writes units on one side only)."""
    stripped = re.sub(r"(?<=[\d)\s])[A-Za-zμÅΩ°%][A-Za-zμÅΩ°%·/^\-\d]*", " ", text)
    if stripped == text:
        return None
    seg = evaluate_segment(stripped)
    if seg.value is None or seg.has_units:
        return None
    with contextlib.suppress(Exception):
        return float(seg.value.to("dimensionless").magnitude)
    return None


_UNIT_MEANINGS = {  # a symbol defined as one of these nouns may be written like the unit beside it
    "V": ("voltage", "potential", "emf", "volt"),
    "T": ("tesla", "magnetic", "field"),
    "A": ("current", "ampere"),
    "C": ("charge", "coulomb"),
    "F": ("farad", "capacitance"),
    "W": ("power", "watt"),
    "J": ("energy", "joule", "work", "heat"),
    "N": ("force", "newton", "weight"),
    "K": ("kelvin", "temperature"),
    "s": ("second", "time"),
    "m": ("meter", "metre", "length", "distance"),
    "g": ("gram",),
    "L": ("litre", "liter", "volume"),
    "H": ("henry", "inductance"),
    "Pa": ("pressure",),
    "M": ("molar", "concentration", "molarity"),
}


def _symbol_read_as_unit(left: str, right: str, symbols: dict[str, str]) -> bool:
    """A letter read as a unit that the response or question defines as a symbol of another kind
    ('where V is the volume' and '2 V'; 'g = 9.8 m/s^2' and '3 g'), appearing on one side only."""
    from .unit_text import parse_unit

    lt, rt = symbols_in(left), symbols_in(right)
    if lt == rt:
        return False  # the same letters on both sides: as units or as symbols, the comparison holds
    for tok in lt ^ rt:
        if tok not in symbols and len(tok) >= 2 and all(ch in symbols for ch in tok):
            return True  # 'nR' is n times R, not nano-roentgen
    for tok in (lt ^ rt) & set(symbols):
        meaning = symbols[tok].lower()
        if not meaning:
            return True
        as_unit = parse_unit(tok)
        defined = parse_unit(meaning) if meaning and meaning[0].isalpha() else None
        if as_unit is not None and defined is not None:
            try:
                if as_unit.units.dimensionality == defined.units.dimensionality:
                    continue
            except Exception:
                pass
            return True
        if not any(word in meaning for word in _UNIT_MEANINGS.get(tok, ())):
            return True
    return False


def _glued_symbols(text: str) -> bool:
    """'2gh', '4πr': letters glued to a number that are not one unit are symbols, not units."""
    from ...units import get_registry

    ureg = get_registry()
    for m in re.finditer(r"\d([A-Za-z]{2,5})\b", text):
        run = m.group(1)
        try:
            if run in ureg:
                continue
        except Exception:
            pass
        return True
    return False


def _tolerance(written: Segment) -> float:
    """Relative tolerance for a written value: 2%, plus half a unit in its last written digit."""
    rtol = ARITHMETIC_RTOL
    m = re.match(r"\s*[-+]?(\d*)\.?(\d*)", written.text)
    if m and (m.group(1) or m.group(2)) and not written.has_operator:
        decimals = len(m.group(2))
        try:
            mant = float((m.group(1) or "0") + "." + (m.group(2) or "0"))
        except ValueError:
            mant = 0.0
        if mant:
            rtol += 0.5 * 10.0**-decimals / abs(mant)
    return min(rtol, 0.5)


def _compare(a: Segment, b: Segment, symbols: dict[str, str], slack: float = 0.0) -> Any:
    """None when two adjacent sides agree under some reading; 'ambiguous' when they disagree but
    a letter could be a symbol, a function or a log base; else (problem, kind, recomputed, written)."""
    written, computed = (a, b) if b.has_operator and not a.has_operator else (b, a)
    rtol = max(_tolerance(written), _tolerance(computed) if not computed.has_operator else 0)
    if slack and re.search(r"\b(?:ln|log|exp)\b|π|√|\be\s*\^", a.text + b.text):
        rtol += slack  # the step evaluates a function whose value the question rounds
    rtol += BOTH_COMPUTED_RTOL if a.has_operator and b.has_operator else 0.0
    text = a.text + " " + b.text
    with_units = a.has_units and b.has_units
    if with_units and a.value.dimensionality != b.value.dimensionality:
        a, b = _angstrom_as_a(a, b), _angstrom_as_a(b, a)
        written, computed = (a, b) if b.has_operator and not a.has_operator else (b, a)
    if with_units and a.value.dimensionality != b.value.dimensionality:
        # loose units in prose prove nothing, unless every number of the calculation carries its unit
        if (
            not _loose_dimension(a, b, rtol)
            and not _COUNT_WORDS.search(text)
            and _fully_dimensioned(computed)
            and not _symbol_read_as_unit(a.text, b.text, symbols)
            and not _glued_symbols(text)
            and not _variant_reconciles(computed, written)
        ):
            return "dimension"
        with_units = False  # units set aside: the numbers must still agree under some reading
    if with_units and (_has_bare_factor(a) or _has_bare_factor(b) or _offset_temperature(a, b)):
        with_units = False
    xs, ys = _readings(computed, units=with_units), _readings(written, units=with_units)
    if not xs or not ys:
        return "ambiguous"
    for x in xs:
        for y in ys:
            if math.isclose(x, y, rel_tol=rtol, abs_tol=1e-12 * max(x, y, 1e-300)):
                return None
            if x == 0 and y == 0:
                return None
    same_dimension = (
        a.has_units and b.has_units and a.value.dimensionality == b.value.dimensionality
    )
    if (
        (not same_dimension and _symbol_read_as_unit(a.text, b.text, symbols))
        or re.search(r"\b(?:log|sin|cos|tan|arc)|\be\b", text)
        or _COUNT_WORDS.search(text)
        or _glued_symbols(text)
    ):
        return "ambiguous"
    shown = computed.value
    with contextlib.suppress(Exception):
        if computed.has_units and written.has_units:
            shown = computed.value.to(written.value.units)
    return (
        f"'{_clip(computed.text, 60)}' evaluates to {_fmt(shown)}, not {_fmt(written.value)}",
        "arithmetic",
        computed.value,
        written.value,
    )


# ------------------------------------------------------------------ final answer
def _final_value(
    final: FinalAnswer | None, requested: tuple[Any, str] | None, factor: float = 1.0
) -> tuple[Any, bool]:
    """The final answer as a quantity, and whether the question's unit was carried to a bare number
    (times the power of ten the question fixes: 'X × 10^20 N', '(Unit: 10^11 Hz)')."""
    from ...units import get_registry
    from .expression import numbers_with_units

    if final is None:
        return None, False
    ureg = get_registry()
    text = final.text
    found = numbers_with_units(text)
    if len({str(q.dimensionality) for q, _t, _s in found}) > 1 and re.search(
        r"[,;\[]|\band\b", text
    ):
        return None, False  # several answers ('mass 72 kg, weight 706 N'): no single final value
    if "=" in text:
        text = text.rsplit("=", 1)[1]
    value = None
    seg = evaluate_segment(_strip_words(text))
    if seg.value is not None:
        value = seg.value  # a stated value, or an exact form such as '(35√3)/18 m' evaluated
    else:
        nums = numbers_with_units(text)
        if nums:
            value = nums[0][0]
    if value is None:
        return None, False
    bare = long_name(value.units) in ("dimensionless", "count")
    if bare and factor != 1.0 and not re.search(r"10\s*\^|\de[-+]?\d", text):
        value = ureg.Quantity(float(value.magnitude) * factor, "dimensionless")
    if bare and requested is not None and long_name(requested[0]) != "dimensionless":
        return ureg.Quantity(float(value.magnitude), requested[0]), True
    return value, False


_SCALE = (
    re.compile(
        r"\(\s*unit\s*:\s*(?:10\s*\^\s*\(?\s*(?P<n>[-+]?\d+)\s*\)?\s*)?(?P<u>[^)]*)\)", re.I
    ),
    re.compile(
        r"\b(?P<sym>[A-Za-z])\s*(?:\*|×|x|·)\s*10\s*\^\s*\(?\s*(?P<n>[-+]?\d+)\s*\)?\s*(?P<u>[^.?,;]{0,20})"
    ),
)


def _question_scale(question: str) -> tuple[float, tuple[Any, str] | None]:
    """The power of ten and unit a question fixes for its answer: '(Unit: 10^11 Hz)', '(Unit: m/s)',
    'the force is X * 10^20 N. What is X?'; (1.0, None) when it fixes none."""
    from .unit_text import parse_unit

    for pattern in _SCALE:
        for m in pattern.finditer(question):
            if "sym" in pattern.groupindex:
                sym = m.group("sym")
                if not re.search(rf"\bwhat\s+is\s+(?:the\s+value\s+of\s+)?{sym}\b", question, re.I):
                    continue
            factor = 10.0 ** int(m.group("n")) if m.group("n") else 1.0
            text = re.sub(r"\b(?:is|are|the|what|and|then)\b.*$", "", m.group("u").strip()).strip()
            parsed = parse_unit(text) if text else None
            unit = (parsed.units, text) if parsed is not None else None
            if factor != 1.0 or unit is not None:
                return factor, unit
    return 1.0, None


_ASKED_SYMBOL = re.compile(
    r"\b(?:value|values)\s+of\s+(?:the\s+)?\|?\s*([A-Za-zα-ωΑ-Ω](?:_?\w{0,6})?)\s*\|?\s*(?:\?|$|\.|,|\s+(?:is|in|will|would))"
    r"|\bwhat\s+is\s+\|?\s*([A-Za-zα-ωΑ-Ω](?:_\w{1,6})?)\s*\|?\s*\?"
)


def _own_result_check(
    question: str, lines: list[str], final: FinalAnswer, value: Any, slack: float
) -> Check | None:
    """The explicit final answer against the response's own last result for the asked symbol
    ('x = 1.25 × 10^-5' … 'Final Answer: 5'): one of the two is wrong. Rounding to the digits or the
    whole number written, unit conversion, and (when the question scales its answer, '× 10^18' or
    'Unit: 10^11 Hz') a power of ten are allowed."""
    from .expression import numbers_with_units

    if len(numbers_with_units(final.text)) > 1 and "=" not in final.text:
        return None  # several values ('[1.5e-7, 4.2e7]', 'mass 72 kg, weight 0.007')
    symbol = None
    m = re.match(r"\s*\|?\s*([A-Za-zα-ωΑ-Ω][\w]{0,8})\s*\|?\s*=", final.text)
    if m:
        symbol = m.group(1)
    else:
        asked = _ASKED_SYMBOL.search(question)
        if asked:
            symbol = (asked.group(1) or asked.group(2)).replace("_", "")
    if not symbol:
        return None
    try:
        final_at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    last = None
    for st in statements(lines[:final_at]):
        if _lhs(st).replace("_", "").strip("|") == symbol.replace("_", ""):
            last = st
    if last is None:
        return None
    seg = next(
        (
            s
            for s in (evaluate_segment(_strip_words(p)) for p in reversed(last.sides[1:]))
            if s.value is not None
        ),
        None,
    )
    if seg is None:
        return None
    x, y = _magnitudes_in_same_unit(seg.value, value)
    if x is None:
        return None
    rtol = max(AGREE_RTOL, _tolerance(seg)) + slack
    fixed = re.search(r"10\s*\^|×\s*10|\*\s*10", question) is not None
    if math.isclose(x, y, rel_tol=rtol, abs_tol=1e-12 * max(abs(x), abs(y), 1e-300)):
        return Check(
            "own result", True, "the final answer is the response's own last result", False
        )
    if float(y).is_integer() and abs(x - y) <= 0.5:
        return Check("own result", True, "the final answer rounds the last result", False)
    if fixed and x and y:
        k = round(math.log10(abs(y / x)))
        if k and math.isclose(abs(y), abs(x) * 10.0**k, rel_tol=rtol):
            return Check(
                "own result",
                True,
                "the final answer is the last result in the question's scale",
                False,
            )
    return Check(
        "own result",
        False,
        f"the final answer ({_clip(final.text, 40)}) is not what the response's own last step for "
        f"{symbol} gives: '{_clip(last.text, 70)}' ({_fmt(seg.value)})",
    )


def _rescale_check(
    lines: list[str], final: FinalAnswer, quantity: Any, factor: float = 1.0
) -> Check | None:
    """A bare final number read in the question's unit and scale, against the last value with a unit
    the response wrote before it: the same digits times a power of ten ('F = 1.987 × 10^19 N' then
    'the answer is 19.87' for 'X × 10^20 N') mean the result was put in the asked unit wrongly."""
    from .expression import numbers_with_units

    try:
        at = max(i for i, ln in enumerate(lines) if ln == final.line)
    except ValueError:
        return None
    digits = re.sub(r"[^\d]", "", re.sub(r"\.\d*?0+$", "", final.text.split("=")[-1].strip()))
    if len(digits.strip("0")) < 2:
        return None  # '5' could match anything by chance
    previous = None
    for line in lines[max(0, at - 3) : at + 1]:
        for q, _text, start in numbers_with_units(line):
            if line is final.line and start >= line.find(final.text):
                continue
            if (
                long_name(q.units) != "dimensionless"
                and q.dimensionality == quantity.dimensionality
            ):
                previous = q
    if previous is None:
        return None
    try:
        ratio = abs(float((quantity / previous).to("dimensionless").magnitude))
    except Exception:
        return None
    if ratio == 0 or not math.isfinite(ratio):
        return None
    if math.isclose(ratio, 1.0, rel_tol=AGREE_RTOL):
        return Check(
            "scale", True, f"the final number is {_fmt(previous)} in the asked unit", False
        )
    k = round(math.log10(ratio))
    if k and math.isclose(ratio / 10.0**k, 1.0, rel_tol=CONSTANT_RTOL):
        wanted = float(previous.to(quantity.units).magnitude) / factor
        scale = f" × 10^{round(math.log10(factor))}" if factor != 1.0 else ""
        return Check(
            "scale",
            False,
            f"the response's own result {_fmt(previous)} is {format_number(wanted)}{scale} "
            f"{unit_label(quantity.units)} in the question's unit, but its final answer "
            f"'{_clip(final.text, 30)}' reads as {_fmt(quantity)} (off by 10^{k})",
        )
    return None


def _magnitudes_in_same_unit(a: Any, b: Any) -> tuple[float | None, float]:
    """a and b as numbers to compare: in b's unit when both have one dimension, else as written."""
    try:
        if long_name(a.units) != "dimensionless" and long_name(b.units) != "dimensionless":
            return float(a.to(b.units).magnitude), float(b.magnitude)
    except Exception:
        return None, 0.0
    return float(a.magnitude), float(b.magnitude)


_NUMBER_WORDS = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|twice|double)\b",
    re.I,
)


def _not_a_number(text: str) -> bool:
    """A final answer with no numeric value: no digit and no number word ('cannot be determined',
    'None of the above', 'frac2A_1A_2' without digits is caught by the caller only when unreadable)."""
    if _NUMBER_WORDS.search(text):
        return False
    if not re.search(r"\d", text):
        return True
    # digits only inside symbols or formulas ('y - z + 21.54', 'A_1 A_2 / 2^4'): letters that are not units
    words = re.findall(r"[A-Za-z]+", re.sub(r"\b(?:frac|sqrt|approx|times|cdot)\b", " ", text))
    return bool(words) and all(len(w) == 1 for w in words) and "=" not in text


def _plain_unit(q: Any) -> bool:
    """A unit a final answer really states (not 'moles' of a counted thing, not a stray letter)."""
    name = long_name(q.units)
    return name not in ("dimensionless", "count", "mole")


_COUNT_ASKED = re.compile(
    r"\b(?:what\s+is\s+the\s+(?:total\s+)?number\s+of|how\s+many)\s+(?!times\b|moles?\b|mol\b|grams?\b|"
    r"kg\b|liters?\b|litres?\b|ml\b|joules?\b|percent|%)([a-z][a-z\- ]{2,40})",
    re.I,
)


def _question_form_check(question: str, quantity: Any) -> Check | None:
    """What the question itself fixes about the answer: a count ('what is the number of …',
    'how many …') is a whole number, and an answer the question calls a non-negative integer is one."""
    says_integer = re.search(
        r"non[- ]?negative\s+integer|\bwhole\s+number\b|\binteger\s+(?:closest|nearest)\b|"
        r"\bnearest\s+integer\b|\b(?:smallest|largest|least|greatest)\s+possible\s+(?:value\s+of\s+)?n\b",
        question,
        re.I,
    )
    m = _COUNT_ASKED.search(question)
    if not (says_integer or m):
        return None
    if long_name(quantity.units) not in ("dimensionless", "count"):
        return None
    value = float(quantity.magnitude)
    what = "a non-negative integer" if says_integer else f"a count of {m.group(1).strip()}"
    if value < 0 or abs(value - round(value)) > 1e-6 * max(1.0, abs(value)):
        return Check(
            "asked form",
            False,
            f"the question asks for {what}, a whole number, but the response's answer is "
            f"{format_number(value, 6)}",
        )
    return Check("asked form", True, f"a whole number, as {what} must be", blocking=False)


_NON_NEGATIVE_ASKED = re.compile(
    r"\babsolute\s+value\b|\bmagnitude\s+of\b|\bvalue\s+of\s+\|[^|]{1,12}\||\bpercentage\s+error\b|"
    r"\bhow\s+(?:far|long|many|much)\b",
    re.I,
)
_PROBABILITY_ASKED = re.compile(
    r"\b(?:what|find|calculate|compute)\b[^.?]{0,40}\bprobability\b", re.I
)


def _physical_bound_check(question: str, quantity: Any) -> Check | None:
    """Bounds the answer cannot cross whatever the working: a magnitude, an absolute value, a
    distance, a duration or a count is not negative; an absolute temperature is not below 0 K; a
    speed does not exceed c; a probability lies in [0, 1]."""
    from ...units import get_registry

    ureg = get_registry()
    value = float(quantity.magnitude)
    units = long_name(quantity.units)
    if value < 0 and _NON_NEGATIVE_ASKED.search(question):
        return Check(
            "asked form",
            False,
            f"the question asks for a non-negative value (a magnitude, an absolute value, a distance "
            f"or an amount) but the answer is {_fmt(quantity)}",
        )
    with contextlib.suppress(Exception):
        if quantity.dimensionality == ureg.kelvin.dimensionality and "delta" not in units:
            kelvin = float(quantity.to("K").magnitude)
            if kelvin < 0:
                return Check(
                    "physical bound",
                    False,
                    f"{_fmt(quantity)} is below absolute zero ({format_number(kelvin)} K)",
                )
    with contextlib.suppress(Exception):
        if quantity.dimensionality == (ureg.m / ureg.s).dimensionality:
            c = float(constant_value("c").to(quantity.units).magnitude)
            if abs(value) > c * (1 + CONSTANT_RTOL):
                return Check(
                    "physical bound", False, f"{_fmt(quantity)} is faster than light in vacuum"
                )
    if _PROBABILITY_ASKED.search(question) and units in ("dimensionless", "percent"):
        top = 100.0 if units == "percent" else 1.0
        if value < 0 or value > top:
            return Check(
                "physical bound", False, f"a probability of {_fmt(quantity)} is outside [0, 1]"
            )
    return None


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


def _question_values(reading: Reading | None) -> list[float]:
    """Magnitudes the question states (a constant the question fixes is never 'wrong')."""
    if reading is None:
        return []
    out = []
    for g in reading.givens:
        q = getattr(g, "quantity", None)
        if q is None:
            continue
        with contextlib.suppress(Exception):
            out.append(abs(float(q.magnitude)))
            out.append(abs(float(q.to_base_units().magnitude)))
    return [x for x in out if x]


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


def _looks_like_constant(ratio: float) -> bool:
    """An unlabelled value is taken for a constant only when it is a near miss of it (within 10%:
    a mistyped digit) or the constant's digits with a wrong power of ten; a charge of 2e or a
    speed of 1e8 m/s is a quantity of its own, not a wrong constant."""
    r = abs(ratio)
    if 0.9 < r < 1.1:
        return True
    k = round(math.log10(r))
    return k != 0 and math.isclose(r / 10.0**k, 1.0, rel_tol=CONSTANT_RTOL)


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


def _constant_checks(lines: list[str], given_values: list[float]) -> list[Check]:
    """Flag constants written with wrong values (compared with pint's CODATA values).

    Only a value labelled as the constant (its symbol before '=', or its name just before the
    number) with the constant's dimension is compared; a value the question states is accepted."""
    from ...units import get_registry

    ureg = get_registry()
    found: dict[str, list[str]] = {}
    wrong: list[str] = []
    for line in lines:
        for q, text, label in _quantities_with_labels(line):
            mag = float(q.magnitude)
            try:
                base = abs(float(q.to_base_units().magnitude))
            except (ArithmeticError, ValueError):
                continue
            if mag <= 0 or any(
                math.isclose(abs(mag), g, rel_tol=1e-3) or math.isclose(base, g, rel_tol=1e-3)
                for g in given_values
            ):
                continue  # a misread sign, or a value the question itself fixes
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
                if not labelled and not (lo < abs(ratio) < hi and _looks_like_constant(ratio)):
                    continue
                if labelled and len(label) <= 2 and not (0.1 < abs(ratio) < 10):
                    continue  # 'q = 3.5e-7 C' is a charge, not the elementary charge
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
    is_na = label is not None and label.lower().replace("_", "") in ("na", "avogadro")
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
def _unused_givens(reading: Reading, lines: list[str], steps: list[Step]) -> list[Given]:
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
def _solver_check(question: str, final: Any) -> Check | None:
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
