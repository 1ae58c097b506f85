"""Check a prose answer (from our model or pasted from elsewhere) against its question.

The response is read as prose (:mod:`.prose`): '=' chains clause by clause (``x = 120 MPa and
d = 256 µm`` are two), aligned TeX lines that start with '=' continuing the chain above, symbol
tables after "where" dropped, the final answer from ``\\boxed{}``, "Final Answer:", "the answer
is", a concluding line (or the result below one that ends '…, so the range becomes') or the last
line, a bare final number taking the unit the question asks for. The final value is read without
the remark after it (', which is close to 2 Mach'), a ratio 'a : b' as a / b, 'zero' as 0, a value
restated in brackets once ('0.121 (12.1 %)'; two that disagree are flagged), a Miller index beside
it dropped; where the question is about capacitance or inductance a bare 'F' or 'H' after a number
is farad or henry. Every step is then **checked** (re-evaluated with pint and found to
hold), **not checked** (symbolic, unreadable, or ambiguous) or **wrong**: a step is wrong only when
it fails under every reasonable reading of loose prose (units written or dropped, SI or written
units, ``0.5 m^2`` as ``(0.5 m)^2``, rounding to the digits written, sign). The first wrong step is
reported with its recomputed value (:mod:`.step_check`), unless the working shows that the wrong
value did not go on (a later line uses the recomputed value, the final answer is what the step
really gives or what the equation before a wrong solved form gives): then it is a slip reported
without flagging the response (:mod:`.slip`). Further checks: constants written with
wrong values (a value the question itself fixes is never wrong), the final answer against what the
question fixes and against the response's own result (:mod:`.final_checks`). An independent
solution from the deterministic solver confirms an answer when it agrees; when it disagrees it
refutes the final value only under the conditions of :mod:`.solver_agreement` (same dimension, off
by more than 5 %, the right value stated nowhere in the closing text), otherwise it is a note.
Givens the response never writes are a note, never a failure.

Steps are also read against each other: a calculation continued over lines under one left-hand
expression, a value stated for an unknown put back into the equation it solves (:mod:`.solved_check`),
a number substituted for a symbol against the value the response found for it, rounding carried
forward to the final answer (:mod:`.substitution_check`), and values restated from the question or
an earlier step with a power of ten lost or two digits swapped (:mod:`.given_check`).

Symbolic steps whose two sides are different functions of the same symbols are wrong
(:mod:`.symbolic_check`, with a point where they differ). Calculus and functions written the prose
way (integrals, derivatives, sums, limits, ``cos ωt``, ``cos^-1``, ``ln``, ``±``), calculations
continued on lines that start with '=', an expression evaluated with a value the question sets
(``ω = π/6``), and an equation followed by its solved form are read with sympy
(:mod:`.calculus_check`). A calculation of the final value written in bare numbers is
given back the units of the question's values it uses and must have the answer's dimension
(:mod:`.substituted_dimension`). A standard formula written wrongly
('U_r = σ_y²/E', Stokes' law with 4/9, C_v = 3/2 R for a diatomic gas) is wrong when it matches no
standard case of its quantity that the question allows (:mod:`.formula_check`, the table in
:mod:`.standard_formulas`). Five textbook materials formulas are recomputed from the question's
givens and a step that provably used the wrong one is named with the right value: Bragg's law at
2θ for θ (:mod:`.bragg_angle`), a plane's planar cell (:mod:`.planar_cell`), a plate's two faces
(:mod:`.slab_transmission`), a bar's section in three-point bending (:mod:`.flexural_section`) and
the Nernst quotient's direction (:mod:`.nernst_quotient`). A response that gives no value at all (it
gives up, its marked final answer is a formula in free symbols or ∞, or it lists several values
where the question fixes one unit) is flagged (:mod:`.answer_form`). A program-of-thought response
is run in the sandbox and its value checked (:mod:`.program_check`). An empty response gives no
answer and is flagged.

The result's ``verdict``: ``"flagged"`` (something is provably wrong), ``"consistent"`` (at least
one check passed, none failed) or ``"not checked"`` (nothing could be verified).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .answer import Answer
from .answer_bounds import answer_bound_checks
from .answer_form import asks_formula, formula_answer, gives_up, several_values
from .arrhenius_direction import arrhenius_direction_check
from .arrhenius_log import arrhenius_log_check
from .asked_count_rate import count_rate_request
from .asked_per import per_period_request, per_unit_request
from .atoms_per_cell import atoms_per_cell_check
from .avrami_fraction import avrami_fraction_check
from .bragg_angle import bragg_angle_check
from .celsius_melting import melting_celsius_check
from .chained_parts import chained_last_part, final_for_part, last_part_letter
from .change_for_temperature import change_for_temperature_check
from .checks import Check, dimension_check
from .coherent_si import coherent_si_checks
from .composite_direction import composite_direction_check
from .concentration_bound import concentration_bound_check
from .conductivity_bound import conductivity_bound_check
from .constant_units import mixed_unit_constant
from .constants import CONSTANTS
from .constants import value as constant_value
from .cross_step import mark_cross_step
from .crystallinity_mass import crystallinity_mass_check
from .curie_law import curie_ratio_check
from .decay_chain import decay_chain_checks
from .decibel_factor import decibel_factor_check
from .diatomic_mo import magnetic_count_check
from .drift_velocity import drift_velocity_check
from .effective_moment import effective_moment_check
from .electrode_or_cell import electrode_or_cell_check
from .fahrenheit_difference import fahrenheit_difference_check
from .fatigue_reversals import basquin_reversals_check
from .fibre_critical_length import fibre_length_check
from .final_checks import (
    asked_rounding_check,
    carried_kind_check,
    convert_to_requested,
    not_a_number,
    own_result_check,
    percent_of_fraction_check,
    physical_bound_check,
    plain_unit,
    question_form_check,
    question_scale,
    question_values,
    read_final_value,
    requested_is_asked,
    requested_unit,
    rescale_check,
    restated_value_check,
)
from .final_copy import copied_final_check
from .final_parts import final_part_miscopy
from .flexural_section import flexural_section_check
from .formula_check import standard_formula_checks
from .fraction_as_percent import fraction_as_percent_check
from .gas_heat_capacity import gas_heat_capacity_checks
from .given_check import (
    diameter_as_radius,
    diameter_in_circle_area,
    final_miscopy,
    misquoted_given,
    substituted_digit_slip,
    substituted_miscopy,
)
from .given_swap import swapped_unused_given
from .half_life_tau import half_life_as_tau
from .independent_solution import independent_solution
from .internal_crack import internal_crack_check, internal_crack_whole_length_check
from .lateral_diameter import lateral_diameter_check
from .log_base import log_base_check
from .log_of_exp import log_of_exp_check
from .mass_energy import mass_energy_checks
from .miller_sum import miller_sum_check
from .mole_ratio import mole_ratio_check
from .nernst_log import nernst_log_check
from .nernst_quotient import nernst_quotient_check
from .nernst_sign import nernst_sign_check
from .one_part import single_part
from .other_part import other_part_check
from .part_directive import directed_part
from .part_unit import earlier_part_unit
from .percent_fraction import labelled_percent_check
from .permanganate_medium import permanganate_medium_check
from .planar_cell import planar_cell_check
from .poisson_dropped import poisson_dropped_check
from .poisson_sign import poisson_sign_check
from .primary_phase import primary_phase_check
from .prose import (
    defined_symbols,
    final_answer,
    is_code,
    math_symbols,
    response_lines,
    statements,
    unit_letters,
)
from .quantities import Given, Reading, extract, format_number
from .repeat_unit_mass import repeat_unit_mass_check
from .restated_conversion import restated_conversion_check
from .rounded_final import misrounded_final
from .scaling_power import scaling_power_check
from .self_consistency import self_consistency_checks
from .sign_rule import sign_rule_check
from .slab_absorption import slab_absorption_check
from .slab_transmission import slab_reflection_check, slab_transmission_check
from .slip import uncarried
from .solute_solvent import solute_solvent_check
from .stated_power import stated_power_check
from .step_check import (
    APPROXIMATION_RTOL,
    APPROXIMATIONS,
    CHECKED,
    CONSTANT_RTOL,
    NOT_CHECKED,
    WRONG,
    Step,
    clip,
    fmt_quantity,
    read_steps,
    same_value,
    strip_words,
)
from .substituted_dimension import substituted_dimension_check
from .substitution_check import carried_rounding
from .temperature_scale import temperature_scale_check
from .text import MAX_QUESTION_CHARS, SUBSCRIPT_DIGITS, normalize
from .thermal_stress_sign import restrained_bar_sign_check
from .unit_slips import (
    celsius_power_check,
    celsius_product_check,
    celsius_reciprocal_check,
    conversion_step_check,
    given_unit_slip,
    unit_equivalence_check,
)
from .unit_text import long_name, unit_label
from .vant_hoff import vant_hoff_check
from .vsepr import vsepr_count_check
from .weibull_complement import weibull_complement_check

MAX_RESPONSE_CHARS = 8000


# ------------------------------------------------------------------ entry point
def check_response(question: Any, response_text: Any) -> Answer:
    """Never raises: unreadable input becomes an Answer with a reason."""
    try:
        if isinstance(question, str):
            from .slash_percent import as_percent_signs

            reworded = as_percent_signs(question)
            if reworded != question:  # '30 w/o Zn', 'in a/o Ag': weight and atom percent
                return replace(check_response(reworded, response_text), question=question)
            from .decimal_commas import echoed_decimal_commas, read_decimal_commas

            reworded, _, undecided = read_decimal_commas(question)
            if undecided is None and reworded != question:
                # 'a = 0,3615 nm': the question's decimal commas read as points, as the solver
                # reads them (a comma the question's style leaves undecided stays as written),
                # and the response's copies of that style with them
                if isinstance(response_text, str):
                    response_text = echoed_decimal_commas(response_text, question)
                return replace(_check(reworded, response_text), question=question)
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


def asked_part_text(question: str) -> str | None:
    """The question reduced to the one part it wants answered ('(a) … (b) … Answer (b) only.',
    'The key is part (b).', '(b) Using your result from (a), …'), or None: what is asked (its unit,
    bounds, sign, form) is read from that part alone."""
    return single_part(question) or directed_part(question) or chained_last_part(question)


def _refuse(question: str, reason: str, **kw: Any) -> Answer:
    answer = Answer(question=question, quantity=None, source="response", reason=reason, **kw)
    answer.verdict = NOT_CHECKED
    return answer


def _check(question: Any, response_text: Any) -> Answer:
    if not isinstance(question, str) or not isinstance(response_text, str):
        return _refuse(
            str(question)[:200], "question and response must both be text", bad_input=True
        )
    if not response_text.strip():  # a response that says nothing does not answer
        answer = Answer(
            question=question,
            quantity=None,
            source="response",
            checks=[Check("final value", False, "the response is empty: it gives no answer")],
        )
        answer.verdict = "flagged"
        answer.reason = "final value: the response is empty: it gives no answer"
        return answer
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
    if is_code(response_text):  # program of thought: its answer is what running it gives
        from .program_check import check_program

        return check_program(question, response_text)
    reading = extract(question) if question.strip() else None
    question_text = normalize(question)
    lines = unit_letters(question_text, response_lines(response_text))  # '2 μF' topics: F is farad
    symbols = defined_symbols(question_text, *lines)
    for sym in math_symbols(question):  # '$N$' in the question is a symbol, not newtons
        symbols.setdefault(sym, "")
    given_values = question_values(reading)
    slack = APPROXIMATION_RTOL if APPROXIMATIONS.search(question_text) else 0.0
    numbers = [g.text for g in reading.givens] if reading is not None else []
    steps = read_steps(statements(lines), symbols, slack, lines, numbers, reading)
    mark_cross_step(steps, statements(lines))  # '(3/2)R × 2 + (7/2)R = (15/2)R'; 't = 1/2 s'
    final = final_answer(lines)
    chained_letter = last_part_letter(question)
    if final is not None and chained_letter is not None:
        # '(b) Using your result from (a), …' answered by '(a) a ≈ 1.26 × 10^-5 m²/s; (b) t ≈ 7.91 s':
        # the value is the asked last part's
        part_text = final_for_part(final.text, chained_letter)
        if part_text is not None:
            final = replace(final, text=part_text)
    # '(a) … in K? (b) … in kJ? Answer (b) only.': the unit asked is part (b)'s, not part (a)'s
    asked_part = asked_part_text(question) if reading is not None else None
    asked_reading = extract(asked_part) if asked_part is not None else reading
    requested = requested_unit(asked_reading)
    asked_unit = requested_is_asked(asked_reading)
    factor, scaled_unit = question_scale(question_text)
    if scaled_unit is not None:  # '(Unit: 10^11 Hz)' states the answer's unit outright
        requested, asked_unit = scaled_unit, True
    final_value, carried = read_final_value(final, requested, factor, question_text)
    checks: list[Check] = []
    notes: list[str] = []
    unattributed = None
    if carried and asked_part is None and scaled_unit is None and requested is not None:
        # '(a) … in metres? (b) How many …?': a bare final of a part nobody names is not given
        # the unit only part (a) asks for
        unattributed = earlier_part_unit(question, requested[1])
        if unattributed is not None:
            notes.append(
                f"the final answer is a bare number, and only part ({unattributed}) names a unit "
                f"({requested[1]}); which part it answers is not said, so its value is not checked"
            )
            final_value, carried, requested = None, False, None

    # 1. every step: checked, not checked, or wrong (the first wrong one is named)
    wrong = [s for s in steps if s.status == WRONG]
    checked = [s for s in steps if s.status == CHECKED]
    recomputed = None
    chains = statements(lines)
    slips = {
        id(s): why
        for s in wrong
        if (
            why := uncarried(
                steps.index(s),
                steps,
                chains,
                final_value,
                strip_words(final.text) if final is not None else "",
                question_text,
            )
        )
    }
    if slips and len(slips) == len(wrong):
        checks.append(
            Check(
                "arithmetic",
                False,
                "; ".join(
                    f"step {steps.index(s) + 1} is written wrongly ('{clip(s.line)}': "
                    f"{s.problem}), but {slips[id(s)]}: a slip the working does not carry "
                    "(the final value is not confirmed by that step)"
                    for s in wrong
                ),
                blocking=False,
            )
        )
        wrong = []
    if wrong:
        first = wrong[0]
        number = steps.index(first) + 1
        checks.append(
            Check(
                {
                    "arithmetic": "arithmetic",
                    "algebra": "algebra",
                    "symbolic": "symbolic",
                    "unit conversion": "unit",
                    "substitution": "substitution",
                }.get(first.kind or "", "step dimensions"),
                False,
                f"step {number} is the first that goes wrong: '{clip(first.line)}': {first.problem}"
                + (f" ({len(wrong) - 1} later step(s) also fail)" if len(wrong) > 1 else ""),
            )
        )
        last = wrong[-1]
        if (
            last.written is not None
            and final_value is not None
            and same_value(last.written, final_value)
        ):
            try:
                recomputed = last.recomputed.to(final_value.units)
            except Exception:
                recomputed = last.recomputed
            notes.append(
                f"recomputed from the response's own last step: {fmt_quantity(recomputed)} "
                f"(written: {fmt_quantity(final_value)})"
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

    # 2. constants written with wrong values; the question's values restated wrongly
    checks += _constant_checks(lines, given_values)
    if all(c.passed for c in checks if c.name == "constants"):
        mixed = mixed_unit_constant(question_text, lines) or nernst_log_check(question_text, lines)
        if mixed is not None:
            checks = [c for c in checks if c.name != "constants"] + [mixed]
    log_slip = log_of_exp_check(lines)  # 'log 1 500 = 3.176' for the log of exp(−Q/kT)
    if log_slip is not None:
        checks.append(log_slip)
    misquoted = (
        misquoted_given(reading, lines)
        or substituted_miscopy(reading, lines)
        or substituted_digit_slip(reading, lines)
        or diameter_as_radius(reading, lines)
        or diameter_in_circle_area(reading, lines)
    )
    if misquoted is not None:
        checks.append(misquoted)
    else:
        slip = (
            given_unit_slip(reading, lines)
            or conversion_step_check(statements(lines))
            or unit_equivalence_check(statements(lines))
            or celsius_power_check(reading, lines)
            or celsius_product_check(reading, lines)
            or celsius_reciprocal_check(reading, lines)
            or swapped_unused_given(reading, lines, question_text)
        )
        if slip is not None:
            checks.append(slip)
    power = stated_power_check(statements(lines))  # 'd = 0.45 mm' then 'd^2 = 0.2205 mm^2'
    if power is not None:
        checks.append(power)
    for relation in (  # °F ↔ °C/K; a °F step written in K; 10 vs 20 log
        temperature_scale_check,
        fahrenheit_difference_check,
        decibel_factor_check,
    ):
        found = relation(question_text, lines)
        if found is not None:
            checks.append(found)
    # 2b. the response against itself: its own equations, integer premise, balanced reactions
    checks += self_consistency_checks(question_text, response_text, lines)
    ratio = mole_ratio_check(lines)  # 'moles of A = p/q × moles of B' against its own equation
    if ratio is not None:
        checks.append(ratio)
    swapped = solute_solvent_check(question_text, lines)  # solute mass / solvent molar mass
    if swapped is not None:
        checks.append(swapped)
    medium = permanganate_medium_check(question_text, lines)  # MnO2, not Mn2+, unless acidic
    if medium is not None:
        checks.append(medium)
    dropped_i = vant_hoff_check(question_text, lines)  # ΔT = K·m for a dissociating salt
    if dropped_i is not None:
        checks.append(dropped_i)
    # 2c. standard materials formulas recomputed from the question's givens: 2θ taken for θ,
    # a plane's planar cell, a plate's two faces, the bar's section, the Nernst quotient
    for referee in (
        bragg_angle_check,
        planar_cell_check,
        slab_transmission_check,
        slab_reflection_check,
        flexural_section_check,
        drift_velocity_check,
        nernst_quotient_check,
        half_life_as_tau,
        composite_direction_check,
        internal_crack_whole_length_check,  # a is half an internal crack's given length
        arrhenius_log_check,  # ln(D₂/D₁) = (Q/R)(1/T₁ − 1/T₂) evaluated with log₁₀
        melting_celsius_check,  # T_m in °C put into r* = 2γT_m/(ΔH ΔT)
        arrhenius_direction_check,  # t₂/t₁ below 1 at the cooler T₂
        lateral_diameter_check,  # Δd = ν ε_z d₀, not ν ε_z r₀
        poisson_dropped_check,  # Δd = ν ε_z d₀, not ε_z d₀
        crystallinity_mass_check,  # % crystallinity by mass, not the volume fraction
    ):
        found = referee(question_text, lines)
        if found is not None:
            checks.append(found)
    # 2d. a standard formula (Stokes, Bohr, ideal-gas cases, resilience …) written wrongly
    checks += standard_formula_checks(question_text, statements(lines))
    scaled_law = scaling_power_check(response_text.splitlines())  # 'σ = FL/(πR³)'; 'F ~ R²'
    if scaled_law is not None:
        checks.append(scaled_law)
    repeat = repeat_unit_mass_check(question_text, lines, given_values)  # PMMA is C5H8O2
    if repeat is not None:
        checks.append(repeat)
    miller = miller_sum_check(question_text, lines)  # h² + k² + l² for the planes named
    if miller is not None:
        checks.append(miller)
    # 2e. the final value's substitution in bare numbers, with the givens' units put back
    dimensioned = substituted_dimension_check(
        reading, statements(lines), final, final_value, requested
    )
    if dimensioned is not None:
        checks.append(dimensioned)

    # 3. the final answer against what the question asks
    quantity = None
    no_answer = (
        gives_up(lines, final)
        or formula_answer(question_text, lines, final)
        or several_values(question_text, final)
    )
    if no_answer is not None:  # no value at all ('cannot be determined', 'L = v / 4400')
        checks.append(no_answer)
        final_value = None
    elif final_value is None:
        if unattributed is not None:
            pass  # the note above says why
        elif final is None:
            checks.append(
                Check(
                    "final value",
                    False,
                    "the response ends without a numeric answer (no final answer, no concluding "
                    "value, no number in its last lines)",
                )
            )
        elif (
            final.how == "marker"
            and not_a_number(final.text)
            and not asks_formula(question_text)
            and not re.search(r"\(A\)[^()]*\(B\)", question_text)  # a choice is answered by letter
        ):
            checks.append(
                Check(
                    "final value",
                    False,
                    f"the final answer '{clip(final.text, 60)}' is not a number, and the question "
                    "asks for one",
                )
            )
        else:
            notes.append(f"the final answer '{clip(final.text, 60)}' could not be read as a value")
    elif requested is not None:
        units, text = requested
        if carried:
            quantity = final_value
            notes.append(f"the final answer is a bare number; read in the question's unit ({text})")
        else:
            dim = dimension_check(final_value, units, "the response's answer")
            per = None if dim.passed else per_unit_request(reading, text)
            if per is not None and dimension_check(final_value, per[0]).passed:
                # 'in MJ, is released per kilogram': MJ/kg answers what is asked
                requested = per
                units, text = per
                dim = dimension_check(final_value, units, "the response's answer")
            period = (
                None if dim.passed else per_period_request(question_text, units, final_value.units)
            )
            if period is not None and dimension_check(final_value, period[0]).passed:
                # 'how much heat leaks through in one hour? … in MJ' answered 'MJ per hour': the
                # amount of that one hour, so the number answers what is asked in MJ
                final_value = final_value * final_value._REGISTRY.Quantity(1, units / period[0])
                dim = dimension_check(final_value, units, "the response's answer")
            rate = (
                None if dim.passed or not units.dimensionless else count_rate_request(question_text)
            )
            if rate is not None and dimension_check(final_value, rate[0]).passed:
                # 'how many photons leave each second': a count per second answers what is asked
                requested = rate
                units, text = rate
                dim = dimension_check(final_value, units, "the response's answer")
            if dim.passed:
                converted = convert_to_requested(final_value, units, text)
                if unit_label(final_value.units) == unit_label(converted.units):
                    checks.append(Check("unit", True, f"answer given in {text}, as asked"))
                else:
                    checks.append(
                        Check(
                            "unit",
                            False,
                            f"answer given in {unit_label(final_value.units)} but the question "
                            f"asks for {text}: {fmt_quantity(final_value)} = "
                            f"{format_number(float(converted.magnitude))} {text}",
                            blocking=False,
                        )
                    )
                quantity = converted
            elif (
                final is not None
                and final.how in ("marker", "boxed")
                and plain_unit(final_value)
                and asked_unit
                and not re.search(re.escape(text) + r"\s*\^", question_text)
            ):  # a unit whose exponent the question reader dropped ('kW m ^-2') holds nothing
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
    # '(a) … (b) … Answer (b) only.': what is asked (its bounds, signs, form) is read from part (b)
    # alone, never from a part the question does not want answered
    asked_text = asked_part_text(question_text) or question_text
    from .asked_logarithm import asks_logarithm

    if quantity is not None and asks_logarithm(asked_text):
        # 'what is the current density? Give log10 of i': the answer is a logarithm, a pure number
        # that may be negative; the bounds of the quantity itself do not hold for it
        notes.append(
            "the question asks for a logarithm: the bounds of the quantity are not checked"
        )
    elif quantity is not None:
        form = question_form_check(asked_text, quantity)
        if form is not None:
            checks.append(form)
        bound = physical_bound_check(asked_text, quantity)
        if bound is not None:
            checks.append(bound)
        # what the question's own words bound (answer_bounds: its scale, fractions, amounts)
        if bound is None or bound.passed:
            checks += answer_bound_checks(asked_text, quantity, factor, scaled_unit, response_text)
    # α and β⁻ counts of a decay chain, nuclear equations that do not balance
    checks += decay_chain_checks(question_text, lines, _plain_number(quantity))
    valence = vsepr_count_check(question_text, _plain_number(quantity)) or magnetic_count_check(
        question_text, _plain_number(quantity)
    )  # lone pairs, sp³ …, diamagnetic species
    if valence is not None:
        checks.append(valence)
    lateral = poisson_sign_check(  # a pulled bar gets thinner
        asked_text, quantity, final.line if final is not None else ""
    )
    if lateral is not None:
        checks.append(lateral)
    restrained = restrained_bar_sign_check(asked_text, quantity)  # heated between walls: σ < 0
    if restrained is not None:
        checks.append(restrained)
    curie = curie_ratio_check(asked_text, quantity)  # χ = C/T, not χ ∝ T
    if curie is not None:
        checks.append(curie)
    avrami = avrami_fraction_check(asked_text, quantity)  # exp(−ktⁿ) = 1 − y, not y
    if avrami is not None:
        checks.append(avrami)
    nernst_sign = nernst_sign_check(asked_text, lines, quantity)  # + (0.0592/n) log Q
    if nernst_sign is not None:
        checks.append(nernst_sign)
    # the asked one of two counterparts the question's relation fixes: N_f or 2N_f, …
    for counterpart in (
        basquin_reversals_check,  # cycles N_f or reversals 2N_f
        weibull_complement_check,  # failure or survival probability
        effective_moment_check,  # 2√(S(S+1)) or 2S Bohr magnetons
        slab_absorption_check,  # β from a plate's T with one face's loss or both
        primary_phase_check,  # primary or total α (β) at a eutectic
    ):
        found = counterpart(asked_text, quantity)
        if found is not None:
            checks.append(found)
    crack = internal_crack_check(question_text, statements(lines), lines, quantity)  # 2a
    if crack is not None:
        checks.append(crack)
    fibre = fibre_length_check(asked_text, quantity)  # l_c takes the diameter
    if fibre is not None:
        checks.append(fibre)
    electrode = electrode_or_cell_check(asked_text, statements(lines), quantity)
    if electrode is not None:  # E_cathode − E_anode given for one electrode's potential
        checks.append(electrode)
    conductivity = conductivity_bound_check(asked_text, quantity)  # α ≤ 1
    if conductivity is not None:
        checks.append(conductivity)
    molarity = concentration_bound_check(asked_text, quantity)  # 0 ≤ c ≤ 100 mol/L
    if molarity is not None:
        checks.append(molarity)
    checks += mass_energy_checks(question_text, lines)  # u → MeV arithmetic
    checks += gas_heat_capacity_checks(question_text, lines)  # γ, C_v, C_p of a gas kind
    if all(c.passed for c in checks if c.name == "arithmetic"):  # numbers in loose SI units
        checks += coherent_si_checks(lines)
    if final is not None and final_value is not None and final.how in ("marker", "boxed"):
        own = own_result_check(question_text, lines, final, final_value, slack)
        if own is not None:
            checks.append(own)
    if final_value is not None and all(c.passed for c in checks if c.name == "constants"):
        base = log_base_check(question_text, final_value)
        if base is not None:
            checks.append(base)
    if final is not None and final_value is not None and not slack:  # rounding carried forward
        rounding = carried_rounding(statements(lines), final_value, strip_words(final.text))
        if rounding is not None:
            checks.append(Check("carried rounding", False, rounding))
    if final is not None and final_value is not None:  # the last result copied wrongly
        copied = final_miscopy(lines, statements(lines), final.text, final.line)
        if copied is not None:
            checks.append(Check("own result", False, copied))
        elif not any(c.name == "own result" for c in checks):
            recopied = (
                copied_final_check(
                    lines, statements(lines), final, final_value if carried else None
                )
                or misrounded_final(lines, statements(lines), final)
                or restated_conversion_check(lines, final.text, final.line)
            )
            if recopied is not None:
                checks.append(recopied)
        signed = sign_rule_check(question_text, lines, final.text, final_value)
        if signed is not None:  # 'negative if it decreases', answered with a positive decrease
            checks.append(signed)
        rounding_asked = asked_rounding_check(reading, lines, final, final_value)
        if rounding_asked is not None:
            checks.append(rounding_asked)
        percent = percent_of_fraction_check(
            lines, final, final_value, question
        ) or labelled_percent_check(question_text, lines, final.text, final_value)
        percent = percent or fraction_as_percent_check(asked_text, lines, final, final_value)
        percent = (
            percent
            or change_for_temperature_check(  # ΔT answered for T₀ + ΔT
                question_text, asked_text, lines, final, final_value
            )
            or atoms_per_cell_check(question_text, asked_text, lines, final, final_value, carried)
        )
        if percent is not None:
            checks.append(percent)
        elsewhere = other_part_check(question_text, lines, final)  # 'part (a)' where (b) is asked
        if elsewhere is not None:
            checks.append(elsewhere)
        restated = restated_value_check(final)  # '0.121 (1.21 %)': two values for one answer
        if restated is not None:
            checks.append(restated)
    if final is not None and final_value is None:  # a final answer in parts: (a) …, (b) …
        parts = final_part_miscopy(lines, statements(lines), final)
        if parts is not None:
            checks.append(parts)
    if final is not None and carried and quantity is not None:
        scaled = rescale_check(lines, final, quantity, factor) or carried_kind_check(
            lines, final, quantity, factor
        )
        if scaled is not None:
            checks.append(scaled)

    # 4. givens the response never uses (a hint, never a failure: prose drops and rounds values)
    unused = _unused_givens(reading, lines, steps) if reading is not None else []
    if unused:
        notes.append(
            "the question gives "
            + ", ".join(g.describe() for g in unused)
            + ", which the response never writes (not an error by itself)"
        )

    # 5. an independent solution
    solver_check = independent_solution(
        question, quantity, response_text, tuple(g.describe() for g in unused)
    )
    if solver_check is not None and (solver_check.passed or solver_check.blocking):
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
            answer.notes.append(
                f"the response's value, not confirmed: {fmt_quantity(answer.quantity)}"
            )
            answer.quantity = None
    elif unattributed is None and (checked or any(c.passed and c.blocking for c in checks)):
        answer.verdict = "consistent"
    else:
        answer.verdict = NOT_CHECKED
        if unattributed is not None:
            answer.reason = (
                f"the question is in parts and only part ({unattributed}) names a unit; which part "
                "the bare final answer answers is not said; not checked"
            )
        elif answer.quantity is None:
            answer.reason = "no step and no final value could be read; not checked"
        else:
            answer.notes.append(
                "nothing in the response could be re-computed; its final value is not checked"
            )
    if final is not None:
        answer.notes.append(f"final value read from ({final.how}): '{clip(final.line)}'")
    return answer


def _plain_number(q: Any) -> float | None:
    """A dimensionless value as a float (a count, a ratio); None for anything else."""
    try:
        return float(q.magnitude) if q is not None and q.dimensionless else None
    except (AttributeError, TypeError, ValueError):
        return None


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
    # a material's permittivity, permeability or moment is a multiple of these: only a near miss
    # of the constant itself, or a value labelled as it, is compared
    ("eps_0", "vacuum permittivity", (0.5, 2)),
    ("mu_0", "vacuum permeability", (0.5, 2)),
    ("mu_B", "Bohr magneton", (0.5, 2)),
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
    try:
        if math.isclose(
            abs(float(q.magnitude)), float(ref.to(q.units).magnitude), rel_tol=CONSTANT_RTOL
        ):
            return None  # the right value in the unit written ('C^2/N·m^2' is F/m, 'A·m^2' is J/T)
    except Exception:
        pass
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


def _constant_checks(lines: list[str], given_values: Sequence[float] = ()) -> list[Check]:
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
                labelled = label is not None and _plain_label(label) in {
                    _plain_label(w) for w in CONSTANTS[sym].written
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
                if not labelled and sym in _ATTAINABLE_BELOW and abs(ratio) < 1:
                    continue  # '2.94e8 m/s' unlabelled: a fast particle's speed, below c
                if (
                    labelled
                    and len(label) <= 2
                    and not (0.1 < abs(ratio) < 10)
                    and not (sym in _DISTINCT_SYMBOLS and _power_of_ten(ratio))
                ):
                    continue  # 'q = 3.5e-7 C' is a charge, not the elementary charge
                found.setdefault(name, []).append(text)
                if abs(ratio - 1) > CONSTANT_RTOL and not _rounded_from(q, ref, text):
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


_ATTAINABLE_BELOW = frozenset({"c"})
"""Constants that are also a limit some quantity of the same dimension approaches from below (a
particle's speed near c): an unlabelled value just below them is that quantity, not the constant."""

_DISTINCT_SYMBOLS = frozenset({"mu_0", "eps_0", "N_A", "mu_B"})
"""Constants whose symbol names nothing else in a worked answer ('μ₀', 'ε₀', 'N_A'): a value
labelled so that is the constant times a power of ten is the constant with a wrong exponent."""


def _plain_label(label: str) -> str:
    """A label as compared with a constant's written forms: 'μ₀', 'μ_0' and 'μ0' alike."""
    return label.lower().replace("_", "").translate(SUBSCRIPT_DIGITS)


def _power_of_ten(ratio: float) -> bool:
    """ratio is 10^k (k = ±1 … ±3) within a constant's rounding."""
    if ratio <= 0:
        return False
    k = round(math.log10(ratio))
    return 1 <= abs(k) <= 3 and math.isclose(ratio / 10.0**k, 1.0, rel_tol=CONSTANT_RTOL)


def _rounded_from(q: Any, ref: Any, text: str) -> bool:
    """The written value is the constant rounded to the digits written ('k_B = 1.4 × 10^-23 J/K',
    'ε_0 = 9 × 10^-12 F/m', 'μ_0 = 1.3 × 10^-6 H/m'): a rounding, not a wrong constant. One digit
    counts only within 5 % ('9 × 10^9' for Coulomb's constant, not '1 × 10^-23' for k_B)."""
    m = re.match(r"\s*[-+]?(\d+)(?:\.(\d+))?", text)
    if m is None:
        return False
    digits = (m.group(1) + (m.group(2) or "")).lstrip("0")
    if not digits or len(digits) > 6:
        return False
    try:
        written, exact = abs(float(q.magnitude)), abs(float(ref.to(q.units).magnitude))
    except Exception:
        return False
    if len(digits) == 1 and abs(written / exact - 1) > 0.05:
        return False  # '1 × 10^-23' for 1.38 × 10^-23: one digit that far off is no rounding
    return written > 0 and math.isclose(
        written, float(f"{exact:.{len(digits) - 1}e}"), rel_tol=1e-9
    )


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
        before = line[max(0, start - 30) : start]
        label = _label_before(before)
        if label is not None and _is_constant_symbol(label):
            # '16 μ_B = 1.484e-22 A·m²': the value of 16 of them, not of one
            times = re.search(
                r"(?<![\w.^])(\d+(?:\.\d+)?)\s*[×*·]?\s*"
                + re.escape(label)
                + r"\s*(?:\([^()]{0,12}\))?\s*[=≈]\s*$",
                before,
            )
            if times is not None and not float(times.group(1)).is_integer():
                continue  # 'v = 0.979 c = 2.94e8 m/s': a rounded value derived from c, not c
            if times is not None and float(times.group(1)) > 0:
                try:
                    q = q / float(times.group(1))
                except Exception:  # an offset unit: no multiple of a constant
                    continue
        out.append((q, text, label))
    return out


def _is_constant_symbol(label: str) -> bool:
    """Whether ``label`` is how some physical constant is written ('μ_B', 'h', 'N_A')."""
    key = label.lower().replace("_", "")
    return any(
        key in {w.lower().replace("_", "") for w in CONSTANTS[sym].written}
        for sym, _name, _window in _CONSTANT_FORMS
    )


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
