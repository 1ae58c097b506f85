"""Re-evaluate the '=' chains of a worked answer: each step is checked, not checked, or wrong.

A step is wrong only when its sides disagree under every reasonable reading of loose prose: units
as written or dropped on one side, SI or written units, ``0.5 m^2`` as ``(0.5 m)^2``, a bare power
of ten as a unit conversion, a Celsius difference written with a degree sign, rounding to the digits
written, the sign, and the approximations a question fixes (``ln 2 = 0.7``). A letter that the
response or question defines as a symbol of another kind (``where V is the volume``), a function
with an ambiguous argument (log base, degrees or radians) or a count word makes a disagreeing step
*not checked*, never wrong.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import re
from dataclasses import dataclass
from typing import Any

from .chain_readings import alternative_readings
from .exact_operands import exact_operand_slips
from .expression import Segment, evaluate_segment
from .given_check import celsius_in_kt, miscopied_operand
from .prose import Statement, squared_unit_variant, symbols_in
from .prose_subject import calculation_after_verb
from .quantities import format_number
from .residual import agree, decimal_precision, text_terms
from .restated import without_restatement
from .retyped_given_unit import retyped_given_unit
from .solved_check import solved_values, unsolved_values
from .substitution_check import wrong_substitutions
from .unit_text import long_name, unit_label

TERMS_PRECISION_MARGIN = 4.0  # rounding propagated through products and powers of the terms
ARITHMETIC_RTOL = 0.02
"""Written results within 2% of their recomputed value pass (rounded intermediate values), plus
half a unit in the last digit written ('≈ 6' for 6.4 passes)."""
EXACT_INPUT_RTOL = 0.0025
"""When a calculation's numbers are all whole (nothing rounded went in), its written result must
match to 0.25% plus one unit in its last digit ('492 (330)/(328) = 496.6' is 0.3% off)."""
CONSTANT_RTOL = 0.005
"""A constant written within 0.5% of its CODATA value passes (6.63e-34, 3e8, 8.31, 96500)."""
AGREE_RTOL = 0.02

BOTH_COMPUTED_RTOL = 0.01
"""Two calculations side by side ('= -2500 ln(4e^-2) = -2500 (2 ln 2 - 2)') each carry rounding."""
APPROXIMATION_RTOL = 0.1
"""When the question fixes approximations ('ln 2 = 0.7', 'π√3 ≈ 5', 'take g = 10'), exact
recomputation differs from the intended one by up to ~10%."""
APPROXIMATIONS = re.compile(
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
    # a wrong solved form of an equation in one unknown: what the equation before it gives for
    # the unknown, and what the wrong form gives (bare numbers; see calculus_check.Problem)
    right_roots: tuple[float, ...] = ()
    wrong_roots: tuple[float, ...] = ()

    def shown(self, number: int) -> str:
        mark = {CHECKED: "✓", WRONG: "✗", NOT_CHECKED: "·"}[self.status]
        status = self.status
        if self.why_not and self.status == NOT_CHECKED:
            status = f"not checked: {self.why_not}"
        elif self.why_not and self.status == CHECKED:
            status = f"checked in part; not checked where {self.why_not}"
        text = f"{mark} step {number} ({status}): {self.line}"
        if self.status == WRONG and self.problem:
            text += f" — {self.problem}"
        return text


# ------------------------------------------------------------------ steps
def chain_symbol(statement: Statement) -> str:
    """The symbol a chain defines ('x_L' in 'x_L = …'), or '' when its left side is not one."""
    left = re.sub(
        r"^.*\b(?:implies|so|thus|hence|therefore|then|now|get|gives?|have)\b[\s,]*",
        "",
        statement.sides[0],
        flags=re.IGNORECASE,
    )
    left = re.sub(r"^\s*(?:\(?\d{1,2}[.)]|\([a-h]\))\s+", "", left)  # a list number: '2) ρ'
    left = re.sub(r"\s+", "", left.split(":")[-1])
    # a symbol ('x_L', 'v_t,P') or a short name ('Molality of the solution')
    return left if re.fullmatch(r"[A-Za-zα-ωΑ-ΩΔ][\w'^()/|,]{0,40}", left) else ""


def _mark(step: Step, kind: str, problem: str, recomputed: Any = None) -> None:
    if step.status != WRONG:
        step.status, step.kind, step.problem = WRONG, kind, problem
        step.recomputed = recomputed


def read_steps(
    chains: list[Statement],
    symbols: dict[str, str],
    slack: float = 0.0,
    lines: list[str] | None = None,
    question_numbers: list[str] | None = None,
    reading: Any = None,
) -> list[Step]:
    """Each chain as a step; a chain that continues the previous line's calculation of the same
    symbol ('x = (90 cm)(−0.08)/(2·0.72)' then 'x = −7.2 cm/1.12') is compared with it too. With the
    response's ``lines`` and the question's numbers as written, a number a calculation uses that is
    an earlier value with two digits swapped is found too."""
    from .calculus_check import calculus_problems, equation_problems
    from .equation_unknown import at_stated_value, solved_later
    from .scaled_unit import in_question_scale, question_scales
    from .stated_units import stated_values, with_stated_units
    from .symbolic_check import parse_side, symbolic_problem

    out = []
    prev: Statement | None = None
    ones = unit_values([getattr(reading, "text", "") or "", *(lines or [])])
    scales = question_scales([g.text for g in getattr(reading, "givens", [])])
    for index, st in enumerate(chains):
        chain = st
        continues = (
            prev is not None
            and st.line_no - prev.line_no <= 2  # 'x = …', 'Using a calculator:', 'x ≈ …'
            and (
                (chain_symbol(st) and chain_symbol(st) == chain_symbol(prev))
                or same_left_side(st, prev)
            )
            and not alternative_readings(prev, st)  # 'N = all sites: …; N = formula units: …'
        )
        merged = (
            Statement(st.text, (st.sides[0], prev.sides[-1], *st.sides[1:]), st.line_no)
            if prev is not None
            else st
        )
        if continues and (
            _side(prev.sides[-1], symbols).has_operator or _without_common_term(merged) is not None
        ):
            chain = merged
        symbolic = chain
        if continues and chain is st and parse_side(prev.sides[-1]) is not None:
            # 'x = (a^2 - b^2)/(a - b)' then 'x = a - b': the algebra continues on the next line
            symbolic = Statement(st.text, (st.sides[0], prev.sides[-1], *st.sides[1:]), st.line_no)
        step = _step(chain, symbols, slack, ones)
        if step.status == WRONG and step.kind == "dimension" and reading is not None:
            # '(980 kg m^-1)' for the question's 0.980 g cm^-3: the unit slipped, not the value
            slip = retyped_given_unit(
                chain,
                [(g.text, g.quantity) for g in getattr(reading, "givens", [])],
                lambda fixed: _step(fixed, symbols, slack, ones).status == CHECKED,
            )
            if slip is not None:
                step = Step(line=chain.text, segments=step.segments, why_not=slip)
        if step.status == WRONG and step.kind == "arithmetic" and reading is not None:
            # '0.40 · 10.5 + 0.60 · 0.35 = 4.41×10^6 psi' with the question's E in 10^6 psi
            scaled = in_question_scale(chain, scales)
            if scaled is not None and _step(scaled, symbols, slack, ones).status == CHECKED:
                step = Step(line=chain.text, segments=step.segments, status=CHECKED)
        if step.status == WRONG and step.kind == "arithmetic":
            # 'σ = 155.43 MPa', then 'E = 155.43/7.56×10^-4 = 205.6 GPa': the bare number is the
            # value stated with its unit; put back, the calculation is read once more
            givens = [g.text for g in getattr(reading, "givens", [])]
            united = with_stated_units(chain, stated_values(chains, index, givens))
            if united is not None and _step(united, symbols, slack, ones).status == CHECKED:
                step = Step(line=chain.text, segments=step.segments, status=CHECKED)
        if step.status == WRONG and step.kind in ("arithmetic", "dimension"):
            # '… = 4.8e-6 g m^-2 s^-1 × 3600 = 0.0173 g/(m^2 h)' (a running multiplication) and
            # '80 000/2 = 40 ksi' (bare numbers in the question's psi): read so, nothing is wrong
            step = _reread(chain, step, symbols, slack, ones, reading)
        if step.status == NOT_CHECKED and not step.why_not:
            reduced = _without_common_term(chain)
            if reduced is not None:  # 'T = T_0 + (35 W)/(4.2 W/K) = T_0 + 175 K'
                inner = _step(reduced, symbols, slack, ones)
                if inner.status != NOT_CHECKED:
                    inner.line = chain.text
                    step = inner
        offset = _difference_offset(chain)
        if offset is not None and step.status != WRONG:
            step.status, step.kind, step.problem = WRONG, "unit conversion", offset
        if step.status == NOT_CHECKED and not step.why_not:
            problem = symbolic_problem(symbolic)
            stated = at_stated_value(symbolic, chains[index + 1 :]) if problem else None
            if stated is not None:  # 'C = 2e-3(700 − θ) = 1.2e-3(900 − θ)', then θ = 400 K
                problem = None if stated[0] else stated[1]
            if problem is not None:  # 'R/(5/3 - 1) + R = (3/2)R' fails at every sampled point
                step.status, step.kind, step.problem = WRONG, "algebra", problem
        out.append(step)
        prev = st
    # '0.012 − 0.00225 = 0.00985' with 0.012 given and 0.00225 exact: nothing rounded went in
    question_text = getattr(reading, "text", "") or ""
    for index, problem, recomputed, written in exact_operand_slips(chains, question_text):
        if out[index].status != WRONG and not any(s.status == WRONG for s in out[:index]):
            _mark(out[index], "arithmetic", problem, recomputed)
            out[index].written = written
    # 'ρ = 9.60 × 10^-4 Ω m' then 'ρ = 9.60 × 10^-6 Ω·cm': a value restated in another unit
    for index, problem, recomputed in restated_conversions(chains, symbols):
        if out[index].status != WRONG:
            _mark(out[index], "unit conversion", problem, recomputed)
    # 'E_max = … = 1.5e-8 J' then '(E_max - …)' with 0.0014 J put in for E_max
    for sub in wrong_substitutions(chains, lines):
        _mark(out[sub.step], "substitution", sub.message)
    # 'a = 3.62e-8 cm' then '(3.26e-8)^3' in the next calculation
    miscopy = miscopied_operand(lines or [], chains, question_numbers or [])
    if miscopy is not None:
        _mark(out[miscopy[0]], "substitution", miscopy[1], miscopy[2])
    # '(8.62 × 10^-5)(1000)' where the question gives 1000 °C: kT takes kelvin
    celsius = celsius_in_kt(reading, chains)
    if celsius is not None:
        _mark(out[celsius[0]], "unit conversion", celsius[1])
    # 'v = 3 m/s' stated as the solution of '0.1 × 9.8 × 0.9 = ½ × 0.1 × v^2'
    for unsolved in unsolved_values(chains, symbols, lines):
        if not any(s.status == WRONG for s in out[: unsolved.solution]):
            _mark(out[unsolved.solution], "algebra", unsolved.message, unsolved.value)
    # '0.4x = 2.6 − 0.6x' then 'x = 2.6': a stated solution that satisfies its equation is checked
    for solution in solved_values(chains, symbols, lines):
        if out[solution].status == NOT_CHECKED:
            out[solution].status = CHECKED
    # after the numeric classes above (they name the solving value): '∫_0^R (1 - r/R) r dr =
    # R^2/3', 'τ = arccos(1/5)/ω ≈ 1.32 s' with ω = π/6 in the question
    for problem in calculus_problems(chains, question_text):
        if solved_later(chains[problem.step], chains[problem.step + 1 :]):
            continue  # an equation in the unknown that a later statement solves
        if out[problem.step].status == NOT_CHECKED and not any(
            s.status == WRONG for s in out[: problem.step]
        ):
            _mark(out[problem.step], "symbolic", problem.message)
    # '5 cos ωτ = 1' after '2 + 2 cos ωτ = 6 - 3 cos ωτ': the solved form does not satisfy it
    for problem in equation_problems(chains):
        if out[problem.step].status == NOT_CHECKED and not any(
            s.status == WRONG for s in out[: problem.step]
        ):
            _mark(out[problem.step], "symbolic", problem.message)
            out[problem.step].right_roots = problem.right_roots
            out[problem.step].wrong_roots = problem.wrong_roots
    return out


def _reread(
    chain: Statement,
    step: Step,
    symbols: dict[str, str],
    slack: float,
    ones: list[Any],
    reading: Any,
) -> Step:
    """``step`` (wrong as read) checked again as a running multiplication and with its bare
    numbers in the question's units (:mod:`.chain_readings`); the step as it was when neither
    reading clears it."""
    from .chain_readings import in_question_units, running_product_pieces

    def status(statement: Statement) -> str:
        return _step(statement, symbols, slack, ones).status

    for first, second in running_product_pieces(chain):
        # X must be shown equal to the segment before it and X × k to the one after
        if status(first) == CHECKED and status(second) == CHECKED:
            return Step(line=chain.text, segments=step.segments, status=CHECKED)
    for variant in in_question_units(chain, list(getattr(reading, "givens", []) or [])):
        if status(variant) == CHECKED:
            return Step(line=chain.text, segments=step.segments, status=CHECKED)
    return step


def restated_conversions(
    chains: list[Statement], symbols: dict[str, str]
) -> list[tuple[int, str, Any]]:
    """A symbol's value restated within two lines in another unit of the same dimension ('ρ = 1/σ
    = 9.60 × 10^-4 Ω m', then 'ρ = 9.60 × 10^-6 Ω·cm'): changing the unit is a conversion, so the
    two must be one quantity. Each (statement index, why, the converted value) where they are not.
    Left alone: a restatement in the same unit (the symbol may take a new value), a value with an
    operator (a new calculation), and anything but the last side of each chain."""
    out: list[tuple[int, str, Any]] = []
    for j, st in enumerate(chains):
        sym = chain_symbol(st)
        if not sym:
            continue
        for i in range(j - 1, -1, -1):
            prev = chains[i]
            if st.line_no - prev.line_no > 2:
                break
            if chain_symbol(prev) != sym:
                continue
            a, b = _side(prev.sides[-1], symbols), _side(st.sides[-1], symbols)
            if (
                a.value is None
                or b.value is None
                or a.has_operator
                or b.has_operator
                or not (a.has_units and b.has_units)
                or a.value.dimensionality != b.value.dimensionality
                or unit_label(a.value.units) == unit_label(b.value.units)
                or _offset_temperature(a, b)
            ):
                break
            try:
                converted = a.value.to(b.value.units)
                x, y = float(converted.magnitude), float(b.value.magnitude)
            except Exception:  # an offset unit or odd value
                break
            rtol = max(written_tolerance(a), written_tolerance(b))
            if not math.isclose(x, y, rel_tol=rtol) and not math.isclose(
                abs(x), abs(y), rel_tol=rtol
            ):
                out.append(
                    (
                        j,
                        f"'{clip(prev.sides[-1].strip(), 40)}' restated as "
                        f"'{clip(st.sides[-1].strip(), 40)}': in {unit_label(b.value.units)} it is "
                        f"{fmt_quantity(converted)}",
                        converted,
                    )
                )
            break
    return out


_TERM = r"Δ?[A-Za-zα-ωΑ-Ω](?:_[A-Za-z0-9]+)?'?"
_LEADING_TERM = re.compile(r"^\s*(" + _TERM + r")\s*([-+])\s*(?=\S)(.*)$")
_TRAILING_TERM = re.compile(r"^(.*\S)\s*([-+])\s*(" + _TERM + r")\s*$")


def _without_common_term(statement: Statement) -> Statement | None:
    """'T = T_0 + (35 W)/(4.2 W/K) = T_0 + 175 K' → '(35 W)/(4.2 W/K) = 175 K': a symbol added to (or
    subtracted from) every side after the first cancels, and what is left must still be equal."""
    sides = [strip_words(p) for p in statement.sides[1:]]
    if len(sides) < 2:
        return None
    for pattern, sym_at, rest_at in ((_LEADING_TERM, 1, 3), (_TRAILING_TERM, 3, 1)):
        found = [pattern.match(p) for p in sides]
        if not all(found):
            continue
        keys = {(m.group(sym_at), m.group(2)) for m in found}
        if len(keys) != 1:
            continue
        rest = [m.group(rest_at) for m in found]
        if sym_at == 1 and "-" in keys.pop()[1]:
            continue  # 'a - b + c': the minus may bind more than the first term
        if sym_at == 3 and any(
            re.search(r"[-+]", r) and not re.fullmatch(r"\(.*\)", r.strip()) for r in rest
        ):
            continue  # 'x - 2 + T_0': what precedes the symbol is a sum whose sign is unclear
        return Statement(statement.text, (statement.sides[0], *rest), statement.line_no)
    return None


def same_left_side(a: Statement, b: Statement) -> bool:
    """Two chains with the very same left side that is an expression, not a value ('(v_P)/(v_Q) =
    …' on consecutive lines): the second continues the calculation of the first."""
    left = re.sub(r"\s+", "", a.sides[0])
    if not left or left != re.sub(r"\s+", "", b.sides[0]) or len(left) > 60:
        return False
    if not re.search(r"[A-Za-zα-ωΑ-ΩΔ]", left) or re.search(r"\d\s*\.\d|\d{2,}", left):
        return False  # a label with values in it ('Moles in 250 mL') names different things
    return evaluate_segment(a.sides[0]).value is None


_DIFFERENCE_NAME = re.compile(
    r"^\s*(?:Δ\s*T|ΔT_?\w*|\(?T_?\w*\s*-\s*T_?\w*\)?|[\w\s]*\b(?:difference|change|rise|drop|increase|decrease)\b)",
    re.I,
)
_OFFSET = re.compile(r"(?P<x>\d[\d.]*)\s*K?\s*-\s*273(?:\.15?)?\b")


def _difference_offset(statement: Statement) -> str | None:
    """'ΔT = 35000 K - 273.15 K = 34726.85 °C': a temperature *difference* is the same number in K
    and °C; subtracting 273.15 converts absolute temperatures only."""
    if not _DIFFERENCE_NAME.match(statement.sides[0]) or "°" not in statement.text + "":
        return None
    for side in statement.sides[1:]:
        m = _OFFSET.search(side)
        if m:
            return (
                f"'{clip(statement.sides[0].strip(), 30)}' is a temperature difference: "
                f"{m.group('x')} K of difference is {m.group('x')} °C; subtracting 273.15 converts "
                "an absolute temperature, not a difference"
            )
    return None


def _is_label(text: str) -> bool:
    """A first side that names a thing rather than a value: '1/2 mole of Pb', 'Weight of 1 mole of O₂'
    (words after its number), '2kT' (a coefficient glued to symbols)."""
    s = text.strip().rstrip(".;,:")
    if re.fullmatch(r"\d+[A-Za-zα-ωΑ-Ω]{2,}(?:\^\d)?", s):
        return True  # '2kT', '3RT': a coefficient glued to symbols names the quantity computed
    return re.search(r"\d[^=]*?\s(?:of|in|for|per\s+the|at)\s+[A-Za-z]", s) is not None


_STANDARD_MARK = re.compile(r"(?<=[A-Za-z])°(?![CFK]\b)")


def _side(text: str, symbols: dict[str, str]) -> Segment:
    """One side of a chain, evaluated; a side that ends in a concentration unit pint does not read
    ('2.04 × 10^-2 M') is read as its number with the unit set aside (unless M is a symbol here)."""
    # 'E°', 'ΔG°': a standard-state mark on a symbol, not degrees (pint reads 'E°' as exa-degrees)
    stripped = _STANDARD_MARK.sub("_0", strip_words(text))
    seg = evaluate_segment(stripped)
    if seg.value is not None or seg.error:
        return seg
    chem = exam_units(stripped, symbols)
    if chem != stripped:
        alt = evaluate_segment(chem)
        if alt.value is not None:
            return Segment(stripped, alt.value, alt.has_units, alt.has_operator, alt.sig_figs)
    m = re.fullmatch(r"(.*[\d)])\s+(M|mM|μM|nM|ppm|ppb|molar|molal)", stripped)
    if m and m.group(2) not in symbols and re.search(r"\d", m.group(1)):
        bare = evaluate_segment(m.group(1))
        if bare.value is not None and not bare.has_units:
            return bare
    restated = _restated_unit(stripped)
    if restated is not None:  # '106.7 in·lbf/in³ (psi)': the bracket names the same unit again
        return restated
    m = _STATED_NUMBER.fullmatch(stripped)
    if m and _unit_like_tail(m.group("tail"), symbols):
        # '10.75 × 10^5 cycles', '0.02466 mg^2cm^-4h^-1': a stated number whose unit pint cannot
        # read is still that number (compared as a bare number, its unit set aside)
        bare = evaluate_segment(m.group("num"))
        if bare.value is not None and not bare.has_units:
            return Segment(stripped, bare.value, False, False, bare.sig_figs)
    after_verb = calculation_after_verb(text)  # 'The amount of P_4 is (1.24 g)/(124 g/mol)'
    return after_verb if after_verb is not None else seg


_UNIT_BRACKET = re.compile(
    r"(?P<head>.*\S)\s*\(\s*(?:=\s*|i\.e\.\s*|or\s+)?(?P<unit>[^()\d=]{1,20})\)\s*"
)


def _restated_unit(text: str) -> Segment | None:
    """A value whose unit is named again in a bracket ('106.7 in·lbf/in³ (psi)', '2.1 J/m² (N/m)'):
    read as the value before the bracket when the bracket is a unit of the same dimension."""
    from .unit_text import parse_unit

    m = _UNIT_BRACKET.fullmatch(text)
    if m is None:
        return None
    parsed = parse_unit(m.group("unit").strip())
    head = evaluate_segment(m.group("head"))
    if parsed is None or head.value is None or not head.has_units:
        return None
    if head.value.dimensionality != (1 * parsed.units).dimensionality:
        return None
    return head


_STATED_NUMBER = re.compile(
    r"\s*(?P<num>[-+−]?\d[\d.]*(?:\s\d{3})*(?:\s*[×x*]\s*10\s*\^\s*\(?[-+−]?\d+\)?)?)"
    r"\s*(?P<tail>[A-Za-zµμÅΩ].*?)\s*[.,;]?\s*"
)
_UNIT_TOKENS = re.compile(r"(?:[A-Za-zµμÅΩ]{1,3}(?:\s*\^\s*\(?[-−]?\d+\)?)?[\s·/*]*)+")


def _unit_like_tail(tail: str, symbols: dict[str, str]) -> bool:
    """Whether the words after a stated number are a unit pint cannot read ('mg^2cm^-4h^-1': short
    letter runs with powers) or names what is counted ('cycles', 'alpha particles'), and none of
    them is a symbol the response defines."""
    words = re.findall(r"[A-Za-zµμÅΩ]+", tail)
    if not words or any(w in symbols for w in words):
        return False
    counted = _COUNT_WORDS.search(tail) or _COUNTED_THINGS.search(tail)
    if len(words) <= 3 and counted and not re.search(r"\d", tail):
        return True
    return _UNIT_TOKENS.fullmatch(tail) is not None and bool(re.search(r"\^", tail))


# what a count question counts in chemistry ('9 compounds', '4 stereoisomers'); kept apart from
# _COUNT_WORDS, whose words also excuse loose units in a step
_COUNTED_THINGS = re.compile(
    r"\b(?:compounds?|(?:stereo)?isomers?|structures?|species|bonds?|orbitals?|molecules?)\b", re.I
)


_MOLAR = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?(?:\s*[×x*]\s*10\^\(?[-+]?\d+\)?)?)\s*M\b(?!\s*[\^(A-Za-z])"
)


def exam_units(text: str, symbols: dict[str, str]) -> str:
    """Units as exam prose writes them: 'mL' is millilitre, '0.03 M' is 0.03 mol/L (unless the
    response uses M as a symbol), 'Js' and 'eVs' are J·s and eV·s, 'Nm' is N·m, 'ln8' is ln(8)
    and 'ln 5 × 10^9' ln(5 × 10^9), and '|a - b|' is read as (a - b) (sides are compared as magnitudes)."""
    t = re.sub(r"(?<![A-Za-z])([mμµdc])L\b", r"\1l", text)
    # 'ln 5 × 10^9' is ln(5 × 10^9): a number in scientific notation is the argument whole
    t = re.sub(
        r"\b(ln|exp)\s*(\d{1,3}(?: \d{3})+(?![\d.^(])|\d+(?:\.\d+)?"
        r"(?:\s*[×x*·]\s*10\s*\^\s*\(?[-+−]?\d+\)?)?)(?![\d.^(])",
        r"\1(\2)",
        t,
    )
    # '|496 Hz - 492 Hz|': bars as brackets (sides are compared as magnitudes anyway)
    t = re.sub(r"\|([^|]*\d[^|]*)\|", r"(\1)", t)
    t = re.sub(r"(?<=[\d\s)])(J|eV|N|W|kW)(s|m)\b", r"\1 \2", t)
    if "M" not in symbols:
        t = _MOLAR.sub(r"(\1 mol/L)", t)
    return t


# 'The total number of electrons is 2 + 2 + 3', 'there are 1 + 2 + 1', 'a state of +10/4': a
# sentence whose verb (or 'of') introduces a calculation in bare numbers that runs to the '='
_PROSE_THEN_SUM = re.compile(
    r"^(?P<prose>[A-Za-z][\w',() ]*?\s(?:is|are|was|were|gives?|equals?|becomes?|of)\s*:?\s+)"
    r"(?P<sum>[-+−]?\(?\d[\d.\s]*(?:\s*[-+−×*/^]\s*\(?[-+−]?\d[\d.]*\)?)+\)?)\s*$"
)


def prose_sum(side: str) -> str | None:
    """The calculation a first side opens with prose for: 'In all there are 2 + 3 + 1' → '2 + 3 +
    1'. Only bare numbers joined by + − × / ^ after a verb (or 'of'), nothing after them, and prose
    before them that holds no operator and no number of its own (a formula's subscripts, 'NO2',
    'C_4 H_8', are not numbers): 'E_0 × 2 + 3' is not '2 + 3'."""
    m = _PROSE_THEN_SUM.match(side.strip())
    if m is None or re.search(r"(?<![A-Za-z_\d])\d", m.group("prose")):
        return None
    return m.group("sum").strip()


# a tally: '1 (a four-membered ring) + 2 (open chains)' or 'N_2 O_5 (1) + P_4 O_6 (2)', each term
# one count beside the name of what it counts
_LEAD_PROSE = re.compile(
    r"^[A-Za-z][\w', ]*?(?:\s(?:is|are|was|were|gives?|equals?|becomes?|of)\s*:?|:)\s+(?=[\dA-Z])"
)
_COUNT_THEN_NAME = re.compile(r"(\d+)\s*\(([^()]*[A-Za-z]{3,}[^()]*)\)")
_FORMULA_THEN_COUNT = re.compile(r"((?:[A-Z][a-z]?(?:_?\d+)?\s*){2,})\((\d+)\)")


def tally_sum(side: str) -> str | None:
    """The sum a tally stands for: '1 (a ring) + 2 (chains)' → '1 + 2'. Every term is one count
    with a name in brackets: after it, words of three letters or more; before it, a formula of two
    or more element symbols. 'x (2) + y (3)' (a product) and '2 (3) + 1 (4)' are no tally."""
    body = _LEAD_PROSE.sub("", side.strip().rstrip(".;,:"))
    terms = re.split(r"\s\+\s", body)
    if len(terms) < 2:
        return None
    counts = []
    for term in terms:
        term = term.strip()
        m = _COUNT_THEN_NAME.fullmatch(term)
        if m is not None:
            counts.append(m.group(1))
            continue
        m = _FORMULA_THEN_COUNT.fullmatch(term)
        if m is None:
            return None
        counts.append(m.group(2))
    return " + ".join(counts)


def _step(
    statement: Statement,
    symbols: dict[str, str],
    slack: float = 0.0,
    ones: list[Any] | None = None,
) -> Step:
    last = len(statement.sides) - 1
    segments = [
        Segment(p.strip())
        if i == 0 and _is_label(p) and calculation_after_verb(p) is None
        else _side(_after_label(p) if i == 0 else without_restatement(p, i == last), symbols)
        for i, p in enumerate(statement.sides)
    ]
    if segments and segments[0].value is None and not segments[0].error and last >= 1:
        summed = prose_sum(statement.sides[0]) or tally_sum(statement.sides[0])
        if summed is not None:
            seg = _side(summed, symbols)
            if seg.value is not None and not seg.has_units:
                segments[0] = seg
    step = Step(line=statement.text, segments=segments)
    for seg in segments:
        if seg.error and not _loose_sum(seg, symbols):
            step.status, step.kind = WRONG, "dimension"
            step.problem = f"'{clip(seg.text, 60)}' {seg.error}"
            return step
    numeric = [(i, s) for i, s in enumerate(segments) if s.value is not None]
    compared = False
    skip: set[int] = set()
    stated = {
        n: seg
        for n in range(len(numeric) - 1)
        if (seg := _stated_times_factor(numeric[n][1], numeric[n + 1][1])) is not None
    }
    skip.update(
        stated
    )  # the factor converts the stated value into the next one's unit: that pair is done
    numeric = [(i, stated.get(n, s)) for n, (i, s) in enumerate(numeric)]
    for n, ((i, a), (j, b)) in enumerate(itertools.pairwise(numeric)):
        if any(
            segments[k].value is None and re.match(r"\s*[-−]?\d[\d.]*\s+[A-Za-z]", segments[k].text)
            for k in range(i + 1, j)
        ):
            # "= 126.2 · 0.8755 = 110.5 d = 15.8 weeks" with "110.5 d" unread: the sides on
            # either side of a stated value that could not be read are not equal to each other
            step.why_not = step.why_not or "a value between could not be read"
            continue
        if n in skip:
            compared = True
            continue
        after = numeric[n + 2][1] if n + 2 < len(numeric) else None
        if _conversion_before_unit(a, b, after):
            compared = True
            continue
        if _scaled_conversion_before_unit(a, b, after):
            skip.add(n + 1)  # the calculation gave the next value's mantissa: that pair is done
            compared = True
            continue
        if (
            not (a.has_operator or b.has_operator)
            and not (a.has_units and b.has_units)
            and not _renormalised(a, b)
        ):
            continue  # 'T = 500 = 773 K': a bare number beside a stated value is not a calculation
        if _unit_dropped(statement.sides[i], a, b) or _unit_dropped(statement.sides[j], b, a):
            step.why_not = "a unit word could not be read"
            continue
        outcome = _compare(a, b, symbols, slack, statement.text, ones)
        if outcome is None:
            compared = True
            continue
        if outcome == "dimension":
            step.status, step.kind = WRONG, "dimension"
            step.problem = (
                f"'{clip(a.text, 60)}' is {unit_label(a.value.to_base_units().units)} but "
                f"'{clip(b.text, 60)}' is {unit_label(b.value.to_base_units().units)}: the "
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


_SYMBOL_AFTER_COLON = re.compile(
    r"^(?P<context>.*\S)\s*:\s+"
    r"(?P<symbol>[A-Za-zα-ωΑ-ΩΔ][\w'^()/|,]{0,40}(?:\s+[A-Za-z][A-Za-z']*){0,4})$"
)
"""A first side that ends in a colon and a symbol ('σ', 'dC/dx', 'J_1') or a few words."""


def _after_label(first: str) -> str:
    """'Between 0 and 10 000 N the extension is 0.082 mm: σ': the first side of a chain that ends
    in a colon and a symbol is that symbol; the prose before the colon sets the scene (its values
    are not equal to what the '=' gives). A first side without such a symbol stays whole."""
    m = _SYMBOL_AFTER_COLON.match(first.strip())
    return m.group("symbol") if m else first


def _conversion_before_unit(a: Segment, b: Segment, c: Segment | None, power: int = 0) -> bool:
    """'6.4×10^5 grains/in^2 = 6.4×10^5/645.16 = 992 grains/mm^2' (or '1000 Oe = 1000 · 1000/(4π) =
    7.96×10^4 A/m', Gaussian to SI units): a calculation in bare numbers
    between two stated values of one dimension is the next value's number, converted before its
    unit is written. It holds when the two stated values agree as quantities and the calculation
    gives the next one's number (with ``power``, its number over 10^power); the next pair then
    checks that number as usual."""
    if c is None or b.has_units or not b.has_operator or not (a.has_units and c.has_units):
        return False
    if a.has_operator:
        return False
    first = a.value
    if first.dimensionality != c.value.dimensionality:
        # '1000 Oe = 1000 · 1000/(4π) = 7.96×10^4 A/m': a Gaussian magnetic unit is one size of
        # the SI one, though pint gives the two different dimensions
        try:
            first = first.to(c.value.units, "Gaussian")
        except Exception:
            return False
    try:
        x = float(first.to_base_units().magnitude)
        z = float(c.value.to_base_units().magnitude)
        y, w = float(b.value.magnitude), float(c.value.magnitude) / 10.0**power
    except Exception:  # an offset unit or odd value
        return False
    rtol = max(written_tolerance(a), written_tolerance(c))
    return math.isclose(x, z, rel_tol=rtol) and math.isclose(y, w, rel_tol=rtol)


_STATED_TIMES_FACTOR = re.compile(
    r"(?P<stated>.*[A-Za-zµμÅΩ°)²³\d])\s*(?P<op>[×x*·/])\s*(?P<factor>\d+(?:\.\d+)?)\s*"
)


def _stated_times_factor(b: Segment, c: Segment) -> Segment | None:
    """'43 200 Btu/(h ft^2) × 3.1546 = 1.363 × 10^5 W/m^2' (or '33.9 GPa / 6.895 = 4.92 × 10^6
    psi'): a stated value with its unit, times or over a bare conversion factor, equal to the next
    value in another unit of one dimension. The factor turns the number into the next unit's
    number, so the side stands for the stated value (not the product of the value and a
    dimensionless factor). It holds when the stated value and the next one agree as quantities
    and the stated number times (over) the factor gives the next one's number, or its mantissa
    before a written power of ten; the side is then the stated value alone."""
    if c.has_operator or not (b.has_units and b.has_operator and c.has_units):
        return None
    m = _STATED_TIMES_FACTOR.fullmatch(b.text.strip())
    if m is None:
        return None
    first = evaluate_segment(m.group("stated"))
    if first.value is None or not first.has_units or first.has_operator:
        return None
    if first.value.dimensionality != c.value.dimensionality:
        return None
    factor = float(m.group("factor"))
    if factor == 0:
        return None
    try:
        x = float(first.value.to_base_units().magnitude)
        z = float(c.value.to_base_units().magnitude)
        number = float(first.value.magnitude)
        y = number * factor if m.group("op") != "/" else number / factor
        w = float(c.value.magnitude)
    except Exception:  # an offset unit or odd value
        return None
    rtol = max(written_tolerance(first), written_tolerance(c))
    if not math.isclose(x, z, rel_tol=rtol):
        return None
    powers = [int(p.replace("−", "-")) for p in _WRITTEN_POWER.findall(c.text)]
    scales = [1.0] + ([10.0 ** powers[0]] if len(powers) == 1 else [])
    if not any(math.isclose(y, w / scale, rel_tol=rtol) for scale in scales):
        return None
    return first


_WRITTEN_POWER = re.compile(r"[×x*·]\s*10\s*\^\s*\(?\s*([-−]?\d+)\s*\)?")


def _scaled_conversion_before_unit(a: Segment, b: Segment, c: Segment | None) -> bool:
    """'33.9 GPa = 33.9/6.895 = 4.92 × 10^6 psi': the bare calculation between two stated values
    of one dimension gives the next value's mantissa, the number of units of 10^6 psi (6.895 GPa in
    10^6 psi). It holds when the two stated values agree as quantities, the next one writes its
    power of ten, and the calculation gives the number before that power; a calculation that
    gives neither the number nor the mantissa is still compared (and flagged) as usual."""
    if c is None or c.has_operator:
        return False
    powers = _WRITTEN_POWER.findall(c.text)
    if len(powers) != 1:
        return False
    power = int(powers[0].replace("−", "-"))
    return power != 0 and _conversion_before_unit(a, b, c, power)


def _unit_dropped(raw: str, seg: Segment, other: Segment) -> bool:
    """A stated side read as a bare number because the word after it, written with a power as only
    a unit is ('10^-4 in^2' when 'in' is taken for the word), was dropped, compared with a side
    that has a unit: its dimension is not known, so the mismatch proves nothing."""
    if seg.has_units or seg.has_operator or not other.has_units:
        return False
    at = raw.find(seg.text)
    if at < 0:
        return False
    rest = raw[at + len(seg.text) :]
    return re.match(r"\s*[A-Za-zμΩÅ]{1,8}\.?\s*(?:\^\s*\(?-?\d|[²³])", rest) is not None


_TIMES_TEN = re.compile(r"[×x*]\s*10\s*\^")


def _renormalised(a: Segment, b: Segment) -> bool:
    """'12.032 × 10^17 = 1.2032 × 10^19': one bare number rewritten in scientific notation (neither
    side has a unit), so the two must be equal."""
    return (
        not a.has_units
        and not b.has_units
        and bool(_TIMES_TEN.search(a.text))
        and bool(_TIMES_TEN.search(b.text))
    )


# 'atoms per m^3', 'grains per in^2', 'J per mol': 'per' and a unit symbol after a number's unit word
# is a unit's division, not prose ('per the formula'); written '/unit' so the side keeps its unit
_PER_UNIT = re.compile(
    r"(?<=[A-Za-z])\s+per\s+(?P<u>[A-Za-zμµÅ]{1,4}(?:\s*\^\s*\(?-?\d\)?|[²³])?)(?=$|[\s.,;:)])"
)


def _per_as_slash(m: re.Match[str]) -> str:
    from .unit_text import parse_unit

    parsed = parse_unit(m.group("u"))
    if parsed is None or "count" in parsed.tags or m.group("u").lower() in _NOT_UNITS:
        return m.group(0)
    return "/" + m.group("u")


# short words after 'per' that pint could read as units but prose means as words
_NOT_UNITS = frozenset(("a", "an", "the", "each", "one", "unit", "cell", "atom", "mer", "day"))


def strip_words(segment: str) -> str:
    """Drop leading prose and trailing words: 'so the energy is 2.3 eV.' → '2.3 eV'."""
    s = segment.strip().rstrip(".;,:")
    s = re.sub(r"\*\*", "", s) if re.search(r"\*\*[^*]+\*\*", s) else s
    s = re.sub(
        r"^(?:[A-Za-z][A-Za-z' ]*?\b(?:is|are|of|gives?|yields?|becomes?|equals?|=|:)\s+)", "", s
    )
    s = re.sub(r"^\s*boxed\s+", "", s)
    # 'Since 1 pF = …', 'Recall that 1 eV = …': a connective before a value is not part of it
    s = re.sub(
        r"^(?:since|because|as|now|here|then|so|thus|hence|therefore|recall(?:\s+that)?|"
        r"note(?:\s+that)?|we\s+know(?:\s+that)?)\s*,?\s+(?=[-+(\d.])",
        "",
        s,
        flags=re.I,
    )
    s = _PER_UNIT.sub(_per_as_slash, s)
    m = re.match(
        r"^(.*?\d[^A-Za-z]*(?:[A-Za-zμÅΩ°%/·^\-\d().]+)?)\s+(?:for|which|so|and|that|in|at|per|of|"
        r"this|the|i\.e\.|giving|to|or|when|if|where|because|since|as|we|with|from|by)\b.*$",
        s,
    )
    if m and re.search(r"\d", m.group(1)):
        s = m.group(1)
    # '1.505 × 10^18 unit cells (each holding four atoms': a remark in prose opened in a bracket
    # after the value is not part of it, whether or not its bracket closes before the clause ends:
    # one opened by a word that opens remarks ('each', 'which', 'i.e.', 'about', ...), or words
    # without a number ('(elastic range)'); a bracket of other words with a number ('(from 2.1
    # eV)', '(per 2 atoms)') may qualify the value, and stays
    aside = _PROSE_ASIDE.search(s)
    if aside and re.search(r"\d", s[: aside.start()]):
        s = s[: aside.start()]
    return s.strip().rstrip(".;,:")


_PROSE_ASIDE = re.compile(
    r"(?<=[\w)%°])\s+\((?:"
    r"(?:each|every|which|that|i\.e\.|so|since|because|namely|about|roughly|approximately|or)"
    r"\s[^()=]*"
    r"|(?!(?:exp|sin|cos|tan|log|sqrt|sinh|cosh|tanh)\b)[a-z]{3,}\s[^()=\d]*"
    r")\)?\s*$",
    re.I,
)


def _readings(seg: Segment, *, units: bool, percent: bool = True) -> list[float]:
    """Magnitudes the side could mean; each also as its absolute value (sign slips are not checked).

    With ``units`` (both sides carry units of one dimension) only unit-aware readings count: the value
    in SI base units, and with 'x u^2' read as '(x u)^2'. Otherwise (a side without units) also the
    value as written and with its units dropped, since prose often writes units on one side only,
    and (with ``percent``: the step speaks of a percentage) a fraction written as a percent."""
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
    if not units and percent:
        out += [x * 100 for x in out] + [x / 100 for x in out]  # a fraction written as a percent
    return [abs(x) for x in out if math.isfinite(x)]


_COUNT_WORDS = re.compile(
    r"\b(?:photons?|atoms?|molecules?|particles?|electrons?|ions?|nuclei|nucleus|cells?|units?|"
    r"formula|vacanc\w*|sites?|events?|counts?|cycles?|turns?|revolutions?)\b",
    re.I,
)


def _loose_dimension(a: Segment, b: Segment, rtol: float, ones: list[Any] | None = None) -> bool:
    """Dimensions that differ the way prose loosely writes them: by one power of amount of substance
    ('148 kJ − 61 kJ = 87 kJ/mol'), or with equal SI magnitudes where a factor of one unit was left
    out ('× 1 m' when the question gives L = 1 m). With ``ones`` (the dimensions of the values of
    exactly one unit that the question and response write) equal magnitudes excuse only a missing
    factor of one of those, to a small power: '35 W / 0.001 s^-1 = 35000 K' (J, not K) is not
    loose when nothing of 1 J/K was given."""
    with contextlib.suppress(Exception):
        dims = dict((a.value / b.value).to_base_units().dimensionality)
        if set(dims) == {"[substance]"} and abs(dims["[substance]"]) == 1:
            return True
    with contextlib.suppress(Exception):
        x = abs(float(a.value.to_base_units().magnitude))
        y = abs(float(b.value.to_base_units().magnitude))
        if math.isclose(x, y, rel_tol=rtol):
            return ones is None or _missing_unit_factor(a, b, ones)
    return False


def _missing_unit_factor(a: Segment, b: Segment, ones: list[Any]) -> bool:
    """Whether the two sides differ by a power (±1 to ±3) of one of ``ones``' dimensions."""
    ratio = (a.value / b.value).to_base_units().dimensionality
    for dim in ones:
        for k in (1, 2, 3, -1, -2, -3):
            if ratio == dim**k:
                return True
    return False


_UNIT_WORDS = {  # 'per unit area', 'unit length': a factor of one unit the prose leaves out
    "length": "m",
    "area": "m^2",
    "volume": "m^3",
    "mass": "kg",
    "time": "s",
    "charge": "C",
    "amount": "mol",
    "cross-section": "m^2",
}


def unit_values(texts: list[str]) -> list[Any]:
    """The dimensions of the values of exactly one unit written in ``texts`` ('L = 1 m', 'a 1-kg
    block', '1.0 mol', 'per unit area'): a factor prose may leave out of a calculation."""
    from ...units import get_registry
    from .expression import numbers_with_units

    ureg = get_registry()
    out: list[Any] = []

    def add(q: Any) -> None:
        with contextlib.suppress(Exception):
            dim = q.to_base_units().dimensionality
            if dim and dim not in out:
                out.append(dim)

    for text in texts:
        if not text:
            continue
        t = re.sub(r"(?<![\d.])1(\.0*)?\s*-\s*(?=[A-Za-zμ])", "1 ", text)  # 'a 1-kg block'
        with contextlib.suppress(Exception):
            for q, _t, _s in numbers_with_units(t):
                if long_name(q.units) != "dimensionless" and abs(float(q.magnitude)) == 1.0:
                    add(q)
        for m in re.finditer(r"\bunit\s+(length|area|volume|mass|time|charge|amount)", text, re.I):
            add(ureg.Quantity(1, _UNIT_WORDS[m.group(1).lower()]))
    return out


def _angstrom_as_a(seg: Segment, other: Segment) -> Segment:
    """'970 A' in a wavelength calculation is 970 Å: re-read the side so when that gives the other
    side's dimension; otherwise the side as it was."""
    if not re.search(r"\d\s*A\b", seg.text):
        return seg
    alt = evaluate_segment(re.sub(r"(\d)\s*A\b", r"\1 Å", seg.text))
    if alt.value is not None and alt.value.dimensionality == other.value.dimensionality:
        return alt
    return seg


# a character of a calculation in bare numbers; an 'e' only inside a number in E-notation
# ('2.5E4/8.0E7 m'), between a digit and the exponent's digits
_CALC_CHAR = r"(?:[\d\s.,()×*/+\-−·^]|(?<=\d)[eE](?=[-+−]?\d))"
_BARE_CALCULATION = re.compile(
    rf"\s*(?P<calc>{_CALC_CHAR}*\d{_CALC_CHAR}*?)\s+(?P<unit>[A-Za-zµμÅΩ°].*)"
)


def _unit_over_all(seg: Segment, other: Segment) -> Segment:
    """'50 400 / 192 N/mm^2': a calculation in bare numbers with the unit written once at the end
    gives the unit to the whole result, as prose means it, not to the last number only (which
    would divide by newtons). Re-read the side so when that gives the other side's dimension;
    otherwise the side as it was."""
    m = _BARE_CALCULATION.fullmatch(seg.text)
    if m is None or not re.search(r"[×*/+\-−·]", m.group("calc")):
        return seg
    alt = evaluate_segment(f"({m.group('calc').strip()}) {m.group('unit')}")
    if alt.value is not None and alt.value.dimensionality == other.value.dimensionality:
        return alt
    return seg


_BRACKETED_DIVISOR = re.compile(r"/\s*(\((?:[^()]|\([^()]*\))*\))\s*(?=[A-Za-zµμÅΩ°])")


def _divisor_readings(seg: Segment) -> list[Segment]:
    """The side re-read with a unit written right after a bracketed divisor taken as the divisor's
    unit ('(0.8 − 1.2)/(10 − 5) mm' as '(0.8 − 1.2)/((10 − 5) mm)'), one reading per such divisor."""
    from .expression import _unit_at

    out = []
    for m in _BRACKETED_DIVISOR.finditer(seg.text):
        unit = _unit_at(seg.text, m.end())
        if unit is None:
            continue
        unit_text, end = unit
        alt = evaluate_segment(
            f"{seg.text[: m.start(1)]}({m.group(1)} {unit_text}){seg.text[end:]}"
        )
        if alt.value is not None:
            out.append(alt)
    return out


def _unit_on_divisor(seg: Segment, other: Segment) -> Segment:
    """'(0.4 − 1.2) kg m^-3/(10 − 5) mm': a unit written right after a bracketed divisor is the
    divisor's unit, as it is after a bare number ('… /5 mm'), not a factor of the whole quotient.
    Re-read the side so when that gives the other side's dimension; otherwise the side as it was."""
    for alt in _divisor_readings(seg):
        if alt.value.dimensionality == other.value.dimensionality:
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

    if not seg.has_operator or _has_bare_factor(seg):
        return False
    return _numbers_carry_units(seg.text)


def _numbers_carry_units(text: str) -> bool:
    """Every number in ``text`` has its unit written after it, small whole numbers aside."""
    from .expression import numbers_with_units

    found = numbers_with_units(text)
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
        or not _numbers_carry_units(seg.text)  # a term whose number lost its unit ('2.90e3/(…)')
        or _symbol_read_as_unit(seg.text, "", symbols)
        or _glued_symbols(seg.text)
        or _has_bare_factor(seg)
    )


def _coefficients_only(seg: Segment) -> bool:
    """'(1)/(2)mu^2', '2πr', '3 RT': units read from letters whose only numbers are small whole
    coefficients; the letters are a formula's symbols, not units of a calculation."""
    from .expression import numbers_with_units

    if not seg.has_units:
        return False
    found = numbers_with_units(seg.text)
    return (
        bool(found)
        and all(
            float(q.magnitude).is_integer() and abs(float(q.magnitude)) <= 12 for q, _t, _s in found
        )
        and not any(long_name(q.units) != "dimensionless" for q, _t, _s in found)
    )


def _offset_temperature(a: Segment, b: Segment) -> bool:
    """'120 °C − 20 °C = 100 °C': a difference of Celsius (Fahrenheit) readings is written with the
    same degree sign as a temperature, so pint's absolute-vs-difference distinction proves nothing."""
    names = long_name(a.value.units) + " " + long_name(b.value.units)
    return "degree_Celsius" in names or "degree_Fahrenheit" in names or "delta_deg" in names


_DIFFERENCE_UNITS = {
    "degree_Celsius": "delta_degree_Celsius",
    "degree_Fahrenheit": "delta_degree_Fahrenheit",
    "degree_Rankine": "degree_Rankine",
    "kelvin": "kelvin",
}


def _agree_as_difference(a: Segment, b: Segment, rtol: float) -> bool:
    """Two temperatures in different scales, at least one of them Celsius or Fahrenheit, that agree
    when both are read as differences ('330 °F = 183.3 K' for a rise of 330 °F): a difference has no
    offset, so pint's absolute reading would flag a true conversion."""
    from .unit_text import long_name

    names = [long_name(s.value.units) for s in (a, b)]
    if names[0] == names[1] or not all(n in _DIFFERENCE_UNITS for n in names):
        return False
    if not any(n in ("degree_Celsius", "degree_Fahrenheit") for n in names):
        return False
    ureg = a.value._REGISTRY
    x = ureg.Quantity(float(a.value.magnitude), _DIFFERENCE_UNITS[names[0]])
    y = float(b.value.magnitude)
    return math.isclose(float(x.to(_DIFFERENCE_UNITS[names[1]]).magnitude), y, rel_tol=rtol)


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


def _unit_ratio_factor(computed: Segment, written: Segment) -> bool:
    """'5.149×10^6 Pa/6894.76 = 747 in·lbf/in^3': a bare number in the calculation that is the
    ratio of its unit to the written side's unit (6894.76 Pa in one psi) is that conversion written
    as a number, so the units beside it are loose; the numbers as written must still agree."""
    from .expression import numbers_with_units

    if not computed.has_operator or not (computed.has_units and written.has_units):
        return False
    try:
        ratio = float((1 * computed.value.units).to(written.value.units).magnitude)
    except Exception:  # other dimensions, or an offset unit
        return False
    if not math.isfinite(ratio) or ratio <= 0 or math.isclose(ratio, 1.0, rel_tol=1e-3):
        return False
    for q, _text, _start in numbers_with_units(computed.text):
        if long_name(q.units) != "dimensionless" or not float(q.magnitude):
            continue
        mag = abs(float(q.magnitude))
        if any(math.isclose(mag, r, rel_tol=UNIT_RATIO_RTOL) for r in (ratio, 1 / ratio)):
            return True
    return False


UNIT_RATIO_RTOL = 0.002  # a conversion factor written to four or more figures ('6894.76', '6895')


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


_LETTER_FREE = re.compile(r"[\d\s.+\-−*/()×·^√π,]*")


def _letter_free_against_stated(
    computed: Segment, written: Segment, xs: list[float], ys: list[float]
) -> bool:
    """'0.1 - (0.1 × 9.8)/(0.016) = 0.39 m': a calculation in bare numbers only, followed (the
    caller sees to the order) by the one number it gives. A letter after that result is its unit or
    a leftover symbol; either way the numbers must agree, and only a factor of ten (a unit prefix
    the calculation skipped) leaves the step open. A stated side before the calculation
    ('2.4 μ_B N = 2.4 × 9.274 × 10^-24 × 8.5 × 10^28') is a formula whose letters are factors,
    so it is not read this way."""
    if written.has_operator or not _LETTER_FREE.fullmatch(
        re.sub(r"(?<=\d)\s*x\s*(?=\d)", "*", computed.text)
    ):
        return False
    for x in xs:
        for y in ys:
            if x == 0 or y == 0:
                return False
            power = math.log10(abs(x / y))
            if abs(power - round(power)) < 0.01:
                return False
    return True


def _unprefixed_magnitude(computed: Segment, written: Segment) -> float | None:
    """'Q = 1.987 × 4.261/2.929 × 10^-4 = 28.9 kcal/mol' (R = 1.987 cal/(mol·K)): a calculation in
    bare numbers only gives its result in the unit without the written unit's prefix (cal/mol), and
    the response then states it with the prefix. The written value's number in that unprefixed unit
    (28 900), or None when the calculation carries a letter or a unit, or the written unit has no
    prefix. A calculation 1000 times off the other way (28.9 for 28.9 J/mol) is not excused."""
    if computed.has_units or not computed.has_operator or not written.has_units:
        return None
    if written.has_operator or not _LETTER_FREE.fullmatch(
        re.sub(r"(?<=\d)\s*x\s*(?=\d)", "*", computed.text)
    ):
        return None
    try:
        registry = written.value._REGISTRY
        plain = registry.Unit("")
        stripped = False
        for name, power in written.value.unit_items():
            prefix, base, _suffix = registry.parse_unit_name(name)[0]
            stripped = stripped or bool(prefix)
            plain = plain * registry.Unit(base) ** power
        if not stripped:
            return None
        return abs(float(written.value.to(plain).magnitude))
    except Exception:  # an offset unit, or a name pint reads more than one way
        return None


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
    """'2gh', '4πr': letters glued to a number that are not one unit are symbols, not units; so are
    two different single letters glued to numbers in one expression ('8V - 3L')."""
    if len(set(re.findall(r"\d([A-Za-z])(?![A-Za-z])", text))) >= 2:
        return True
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


def written_tolerance(written: Segment) -> float:
    """Relative tolerance for a written value: 2%, plus half a unit in its last written digit."""
    rtol = ARITHMETIC_RTOL
    # '−1 700.0': spaced thousands (groups of exactly three) are digits of the one number
    m = re.match(r"\s*[-+−]?(\d{1,3}(?: \d{3})+(?![\d,])|\d*)\.?(\d*)", written.text)
    if m and (m.group(1) or m.group(2)) and not written.has_operator:
        decimals = len(m.group(2))
        try:
            mant = float((m.group(1).replace(" ", "") or "0") + "." + (m.group(2) or "0"))
        except ValueError:
            mant = 0.0
        if mant:
            rtol += 0.5 * 10.0**-decimals / abs(mant)
    return min(rtol, 0.5)


_PLAIN_SUM = re.compile(r"\s*[-+−]?\s*\d+(?:\.\d+)?(?:\s*[-+−]\s*\d+(?:\.\d+)?)+\s*")
_PLAIN_NUMBER = re.compile(r"\s*[-+−]?\s*(\d+)(?:\.(\d+))?(?![\d.]|\s+\d)")


def _plain_sum_rtol(computed: Segment, written: Segment, line: str) -> float | None:
    """'24.02 + 3.024 + 35.45 = 62.49': a sum or difference of plain decimal numbers carries no
    rounding beyond the terms' own last digits (nothing multiplies it), so its written result must
    match to 0.25% plus those half-units and half a unit of its own last digit. None when the side
    is no such sum, the result is no plain number, or the line says the result is approximate."""
    if not computed.has_operator or written.has_operator or computed.value is None:
        return None
    if written.value is None or not _PLAIN_SUM.fullmatch(computed.text):
        return None
    if re.search(r"≈|~|\b(?:approx\w*|about|nearly|roughly)\b", line):
        return None
    m = _PLAIN_NUMBER.match(written.text)
    if m is None:
        return None
    try:
        y = abs(float(written.value.magnitude))
    except (TypeError, ValueError):
        return None
    if not y:
        return None
    half = 0.5 * 10.0 ** -len(m.group(2) or "")
    if not m.group(2) and m.group(1).endswith("0"):
        return None  # '= 60': its trailing zeros may be rounding, not digits
    for term in re.findall(r"\d+(?:\.(\d+))?", computed.text):
        half += 0.5 * 10.0 ** -len(term)
    return EXACT_INPUT_RTOL + half / y


_PERCENT_WORDS = re.compile(r"%|percent|per\s*cent|\b100\b", re.I)


def _term_sizes(seg: Segment) -> dict[str, float]:
    """The sum of the sizes of a calculation's top-level terms, keyed by the scale it is measured
    in: 'base' (SI base units) and 'written' (the units as written). Empty for a single term or a
    term that does not evaluate. It is the scale of a near-zero result, and is only ever compared
    with values on the same scale (a sum of eV terms is 18.6 as written but 3e-18 in joules)."""
    if not seg.has_operator:
        return {}
    terms = text_terms(seg.text)
    if len(terms) < 2:
        return {}
    base, written = 0.0, 0.0
    for term in terms:
        value = evaluate_segment(term).value
        if value is None:
            return {}
        try:
            base += abs(float(value.to_base_units().magnitude))
            written += abs(float(value.magnitude))
        except Exception:  # an offset unit or odd value: no scale
            return {}
    sizes = {"base": base, "written": written}
    return {k: x for k, x in sizes.items() if math.isfinite(x) and x > 0}


def _unit_definition(seg: Segment) -> bool:
    """'1 MeV', '1 h', '1 g/cm^3': exactly one of a unit, as a conversion states it."""
    return (
        seg.has_units
        and re.fullmatch(r"\s*1\s*[A-Za-zµμÅΩ°](?:[^\d=+*×^]|\^\s*\(?-?\d+\)?)*", seg.text)
        is not None
    )


def _per_count_explains(xs: list[float], ys: list[float], rtol: float) -> bool:
    """Whether a step that names counted things ('atoms', 'photons', 'cycles') could hold with one
    side per entity and the other per mole: its two values then differ by Avogadro's number. Any
    other disagreement is an arithmetic one whatever the count word means ('2.857 × 10^-7 mol ×
    6.022 × 10^23 atoms/mol = 2.355 × 10^17 atoms' is wrong: the product is 1.72 × 10^17)."""
    from .constants import value as constant

    avogadro = float(constant("N_A").to("1/mol").magnitude)
    factors = (avogadro, 1 / avogadro)
    return any(
        math.isclose(x, y * f, rel_tol=max(rtol, AGREE_RTOL))
        for x in xs
        for y in ys
        for f in factors
    )


def _e_explains(computed: Segment, ys: list[float], rtol: float, symbols: dict[str, str]) -> bool:
    """Whether the letter e could make the step hold: the response defines e as a symbol of its
    own, or reading e as the elementary charge (not Euler's number, as 'e^-26.69' is evaluated)
    gives the written value. Otherwise the step is wrong in both readings."""
    if "e" in symbols:
        return True
    if re.search(r"\be\s*\^\s*\(?\s*[-−]|\be\s*\^\s*\(?\s*\d*\.\d", computed.text):
        return False  # 'e^-26.69', 'e^(0.35)': no charge is raised to a negative or decimal power
    from .constants import value as constant

    charge = float(constant("e").to("C").magnitude)
    alt = evaluate_segment(re.sub(r"\be\b", f"({charge})", computed.text))
    if alt.value is None:
        return True  # e cannot be read as a number here: nothing decides
    xs = _readings(alt, units=False)
    return any(math.isclose(x, y, rel_tol=rtol) for x in xs for y in ys)


def _on_scale(seg: Segment, scale: str) -> float | None:
    """The side's magnitude on one scale: in SI base units ('base') or as written ('written')."""
    try:
        q = seg.value.to_base_units() if scale == "base" else seg.value
        x = abs(float(q.magnitude))
    except Exception:  # an offset unit or odd value
        return None
    return x if math.isfinite(x) else None


def _compare(
    a: Segment,
    b: Segment,
    symbols: dict[str, str],
    slack: float = 0.0,
    line: str = "",
    ones: list[Any] | None = None,
) -> Any:
    """None when two adjacent sides agree under some reading; 'ambiguous' when they disagree but
    a letter could be a symbol, a function or a log base; else (problem, kind, recomputed, written)."""
    written, computed = (a, b) if b.has_operator and not a.has_operator else (b, a)
    rtol = max(
        written_tolerance(written), written_tolerance(computed) if not computed.has_operator else 0
    )
    if not (a.has_operator or b.has_operator) and any(_unit_definition(s) for s in (a, b)):
        # '1 MeV = 1.602 × 10^-13 J', 't = 1 h = 3600 s': the 1 defines the unit, it is not rounded
        rtol = (
            max(written_tolerance(s) for s in (a, b) if not _unit_definition(s))
            if not all(_unit_definition(s) for s in (a, b))
            else ARITHMETIC_RTOL
        )
    if (
        computed.has_operator
        and not written.has_operator
        and not re.search(r"\d\.\d", computed.text)
        and not re.search(r"≈|~|\b(?:approx\w*|about|nearly|roughly)\b", line or a.text + b.text)
    ):  # whole numbers only ('492 (330)/(330 - 2) = 496.6 Hz'): nothing rounded went in
        last_digit = 2 * (written_tolerance(written) - ARITHMETIC_RTOL)  # truncated or rounded
        rtol = min(rtol, EXACT_INPUT_RTOL + last_digit)
    sum_rtol = _plain_sum_rtol(computed, written, line or a.text + b.text)
    if sum_rtol is not None:
        rtol = min(rtol, sum_rtol)
    if slack and re.search(r"\b(?:ln|log|exp)\b|π|√|\be\s*\^", a.text + b.text):
        rtol += slack  # the step evaluates a function whose value the question rounds
    rtol += BOTH_COMPUTED_RTOL if a.has_operator and b.has_operator else 0.0
    text = a.text + " " + b.text
    with_units = a.has_units and b.has_units
    if with_units and a.value.dimensionality != b.value.dimensionality:
        a, b = _angstrom_as_a(a, b), _angstrom_as_a(b, a)
        a, b = _unit_over_all(a, b), _unit_over_all(b, a)
        a, b = _unit_on_divisor(a, b), _unit_on_divisor(b, a)
        written, computed = (a, b) if b.has_operator and not a.has_operator else (b, a)
    if with_units and a.value.dimensionality != b.value.dimensionality:
        # loose units in prose prove nothing, unless every number of the calculation carries its unit
        if (
            not _loose_dimension(a, b, rtol, ones)
            and not _COUNT_WORDS.search(text)
            and _fully_dimensioned(computed)
            and not _symbol_read_as_unit(a.text, b.text, symbols)
            and not _glued_symbols(text)
            and not _variant_reconciles(computed, written)
        ):
            return "dimension"
        if not (a.has_operator or b.has_operator):
            return "ambiguous"  # '938 MeV = 1.67e-27 kg', '500 nm = 2.48 eV': an equivalence, not a step
        with_units = False  # units set aside: the numbers must still agree under some reading
    if with_units and _agree_as_difference(a, b, rtol):
        return None  # 'ΔT = 330 °F = 183.3 K': a temperature difference converted as one
    if with_units and (
        _has_bare_factor(a)
        or _has_bare_factor(b)
        or _offset_temperature(a, b)
        or _unit_ratio_factor(computed, written)
    ):
        with_units = False
    percent = (
        _PERCENT_WORDS.search(line or text) is not None
    )  # '12.0 × 10^17 = 1.2 × 10^19' is not one
    xs = _readings(computed, units=with_units, percent=percent)
    if not with_units and computed.has_units:
        # '(0.8 − 1.2)/(10 − 5) mm = −80 kg/m⁴': the divisor's unit, the numerator's left unwritten;
        # its SI magnitude is one more reading of loose units
        for alt in _divisor_readings(computed):
            with contextlib.suppress(Exception):
                xs.append(abs(float(alt.value.to_base_units().magnitude)))
    ys = _readings(written, units=with_units, percent=percent)
    if not xs or not ys:
        return "ambiguous"
    for x in xs:
        for y in ys:
            if math.isclose(x, y, rel_tol=rtol, abs_tol=1e-12 * max(x, y, 1e-300)):
                return None
            if x == 0 and y == 0:
                return None
    plain = _unprefixed_magnitude(computed, written)
    if plain is not None and any(math.isclose(x, plain, rel_tol=rtol) for x in xs):
        return None
    # '… - 0.00155 = 0': a near-zero result against the size of its terms, on one scale
    # the terms' own rounding, not the result's: as precise as the numbers the terms write
    terms_rtol = min(
        rtol,
        ARITHMETIC_RTOL + slack,
        max(TERMS_PRECISION_MARGIN * decimal_precision(computed.text), slack),
    )
    for scale, size in _term_sizes(computed).items():
        x, y = _on_scale(computed, scale), _on_scale(written, scale)
        if x is not None and y is not None and agree(x, y, rtol, size, terms_rtol):
            return None
    same_dimension = (
        a.has_units and b.has_units and a.value.dimensionality == b.value.dimensionality
    )
    if (
        (
            not same_dimension
            and _symbol_read_as_unit(a.text, b.text, symbols)
            and not (computed is a and _letter_free_against_stated(computed, written, xs, ys))
        )
        or _glued_symbols(text)
        or _coefficients_only(computed)
        or _coefficients_only(written)
    ):
        return "ambiguous"
    if re.search(r"\be\b", text) and _e_explains(computed, ys, rtol, symbols):
        return "ambiguous"
    if _COUNT_WORDS.search(re.sub(r"\b[a-z]+\s*/\s*(?=[a-zA-Z(])", "/", text)) and (
        _per_count_explains(xs, ys, rtol)
    ):  # 'atoms/cm^3' is a unit; '… J/atom = … J/mol' differ by Avogadro's number
        return "ambiguous"
    if re.search(r"\barc|\ba(?:sin|cos|tan)\b|\^\s*-\s*1\s*\(", text):  # an angle out: rad or °
        angle = written.has_units and unit_label(written.value.units) in ("°", "deg", "rad")
        if re.search(r"\blog|\b(?:sin|cos|tan)\s*\((?![^()]*\))", text) or (
            written.has_units and not angle
        ):
            return "ambiguous"
        if angle:  # 'tan^-1(0.4) = 30°': its number, in degrees or radians, against either reading
            ys = [abs(float(written.value.magnitude))]
        try:
            radians = float(computed.value.to("radian").magnitude)
        except Exception:
            return "ambiguous"
        degrees = radians * 180.0 / math.pi
        if any(math.isclose(abs(v), y, rel_tol=rtol) for v in (degrees, radians) for y in ys):
            return None
        return (
            f"'{clip(computed.text, 60)}' evaluates to {format_number(degrees)}° "
            f"({format_number(radians)} rad), not {fmt_quantity(written.value)}",
            "arithmetic",
            computed.value,
            written.value,
        )
    if re.search(r"\blog", text):  # base 10 or natural: wrong only if neither holds
        if re.search(r"\b(?:sin|cos|tan)\b", text) or not re.search(r"\blog", computed.text):
            return "ambiguous"
        alt = re.sub(r"\blog(?:10|_10|_e)?\b", "ln", computed.text)
        other = evaluate_segment(alt)
        if other.value is None:
            return "ambiguous"
        for x in _readings(other, units=with_units, percent=percent):
            if any(math.isclose(x, y, rel_tol=rtol) for y in ys):
                return None
        return (
            f"'{clip(computed.text, 60)}' evaluates to {fmt_quantity(computed.value)} with log base "
            f"10 and {fmt_quantity(other.value)} with the natural log, not {fmt_quantity(written.value)}",
            "arithmetic",
            computed.value,
            written.value,
        )
    if re.search(r"\b(?:sin|cos|tan)\b", text):  # degrees or radians: wrong only if neither holds
        alt = _radians_variant(computed.text)
        if alt is None:
            return "ambiguous"
        other = evaluate_segment(alt)
        if other.value is None:
            return "ambiguous"
        for x in _readings(other, units=with_units, percent=percent):
            if any(math.isclose(x, y, rel_tol=rtol) for y in ys):
                return None
        how = (
            f"{fmt_quantity(computed.value)} with its angles in degrees and "
            f"{fmt_quantity(other.value)} in radians"
            if alt != computed.text
            else fmt_quantity(computed.value)
        )
        return (
            f"'{clip(computed.text, 60)}' evaluates to {how}, not {fmt_quantity(written.value)}",
            "arithmetic",
            computed.value,
            written.value,
        )
    scaled = _scaled_divisor_variant(computed.text)
    if scaled is not None:  # '… × (1.2 − 0.8)/(10 − 5) × 10^-3': Δx = (10 − 5) × 10⁻³ m divides
        other = evaluate_segment(scaled)
        if other.value is not None:
            for x in _readings(other, units=with_units, percent=percent):
                if any(math.isclose(x, y, rel_tol=rtol) for y in ys):
                    return None
    shown = computed.value
    with contextlib.suppress(Exception):
        if computed.has_units and written.has_units:
            shown = computed.value.to(written.value.units)
    return (
        f"'{clip(computed.text, 60)}' evaluates to {fmt_quantity(shown)}, not {fmt_quantity(written.value)}",
        "arithmetic",
        computed.value,
        written.value,
    )


# ------------------------------------------------------------------ helpers
_TRIG_ARG = re.compile(r"\b(sin|cos|tan)\s*\(([^()]*)\)")


def _radians_variant(text: str) -> str | None:
    """The segment with each bare trig argument read in radians ('sin(25)' → 'sin((25) rad)'; an
    argument with its own unit, 'sin(0.2 rad)', 'cos(30°)', stays); None when an argument is nested
    or its extent unclear ('sin 25')."""
    if re.search(r"\b(?:sin|cos|tan)\s*(?!\()", text):
        return None

    def wrap(m: re.Match[str]) -> str:
        arg = m.group(2)
        if re.search(r"rad|°|deg", arg):
            return m.group(0)
        return f"{m.group(1)}(({arg}) rad)"

    out, n = _TRIG_ARG.subn(wrap, text)
    if n != len(re.findall(r"\b(?:sin|cos|tan)\b", text)):
        return None
    return out


def same_value(a: Any, b: Any) -> bool:
    try:
        return math.isclose(float(a.to(b.units).magnitude), float(b.magnitude), rel_tol=1e-6)
    except Exception:
        return math.isclose(float(a.magnitude), float(b.magnitude), rel_tol=1e-6)


def fmt_quantity(q: Any) -> str:
    if q is None:
        return "no value"
    return f"{format_number(float(q.magnitude))} {unit_label(q.units)}".strip()


def clip(s: str, n: int = 90) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


# a divisor written in scientific notation: '/(10 − 5) × 10^-3', '/ 5 × 10^-3' (one number, scaled)
_SCALED_DIVISOR = re.compile(
    r"/\s*(\([^()]*\)|\d+(?:\.\d+)?)(\s*(?:×|\*|·)\s*10\s*\^\s*(?:\(\s*[-−+]?\d+\s*\)|\{\s*[-−+]?\d+\s*\}|[-−+]?\d+))"
)


def _scaled_divisor_variant(text: str) -> str | None:
    """``text`` with each divisor written in scientific notation ('/(10 − 5) × 10^-3') read as one
    number, '/((10 − 5) × 10^-3)', as people who write it mean; None when it has none."""
    if not _SCALED_DIVISOR.search(text):
        return None
    return _SCALED_DIVISOR.sub(lambda m: f"/({m.group(1)}{m.group(2)})", text)
