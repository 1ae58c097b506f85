"""The deterministic solver: question text in, an Answer out (a number only when it is unambiguous).

Steps: read the givens and the requested unit; list every relation reading that
fits them (:mod:`.matching`); solve and evaluate each (:mod:`.evaluate`); keep
the readings that use every given; answer only when the best readings agree.
A wrong answer is worse than no answer: ambiguity, unused givens, absurd
magnitudes and unreadable input all end in ``quantity=None`` with the reason.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import replace
from typing import Any

from .answer import Answer
from .checks import (
    Check,
    constants_check,
    dimension_check,
    givens_check,
    magnitude_check,
    unit_check,
)
from .evaluate import Evaluation, evaluate
from .matching import Candidate, candidates
from .quantities import Reading, Requested, count_parts, extract, format_number
from .text import MAX_QUESTION_CHARS, normalize
from .unit_text import unit_label

AGREE_RTOL = 5e-3
"""Readings whose results differ by less than this (relative) agree."""
SCORE_MARGIN = 1.0
"""A reading scored within this margin of the best one must agree with it, or there is no answer."""


def refuse(
    question: str,
    reason: str,
    *,
    unit: str | None = None,
    steps: list[str] | None = None,
    notes: list[str] | None = None,
    source: str = "solver",
    checks: list[Check] | None = None,
    bad_input: bool = False,
) -> Answer:
    return Answer(
        question=question if isinstance(question, str) else repr(question)[:200],
        quantity=None,
        unit_requested=unit,
        reason=reason,
        steps=steps or [],
        notes=notes or [],
        source=source,
        checks=checks or [],
        bad_input=bad_input,
    )


def read_question(question: Any) -> tuple[Reading | None, Answer | None]:
    """The reading of ``question``, or a refusal saying why it cannot be read."""
    if not isinstance(question, str):
        return None, refuse(
            str(question)[:200],
            f"the question must be text, not {type(question).__name__}",
            bad_input=True,
        )
    if not question.strip():
        return None, refuse(question, "the question is empty", bad_input=True)
    if len(question) > MAX_QUESTION_CHARS:
        return None, refuse(
            question[:200] + "…",
            f"the question is {len(question):,} characters long; the "
            f"solver reads at most {MAX_QUESTION_CHARS:,} (one exam question). Ask one question "
            "at a time",
            bad_input=True,
        )
    try:
        return extract(question), None
    except Exception as exc:  # reading must never take the kernel down
        return None, refuse(
            question, f"could not read the question ({type(exc).__name__}: {exc})", bad_input=True
        )


# Givens (by their description, '1064 °C') that a referee's solution may leave unused: set only by
# :func:`solve_as_referee`, never for an answer shown to a user.
_UNWRITTEN: ContextVar[frozenset[str]] = ContextVar("unwritten_givens", default=frozenset())
_NEVER_WRITTEN = " (never written in the judged response)"


def solve_as_referee(question: Any, unwritten: Iterable[str]) -> Answer:
    """Solve ``question`` as a referee of a response that never writes the givens ``unwritten``
    (their descriptions): a relation that leaves only such givens unused may answer, the givens
    named as set aside. The response itself judged them irrelevant; a value found this way is a
    referee's, never an answer to the question (a needed given the response dropped is dropped here
    too, so the two agree and nothing is flagged)."""
    token = _UNWRITTEN.set(frozenset(unwritten))
    try:
        return solve(question)
    finally:
        _UNWRITTEN.reset(token)


def solve(question: Any) -> Answer:
    """Answer ``question`` with the relation library, or say why not. Never raises."""
    try:
        if isinstance(question, str):
            from .relative_to_other import relative_to_other_refusal

            relative = relative_to_other_refusal(question)
            if relative is not None:  # 'a Poisson's ratio one-third of that of rubber'
                return refuse(question, relative)
        answer = _solve(question)
        if answer.quantity is None and isinstance(question, str):
            from .time_count_ask import duration_count_ask

            reworded = duration_count_ask(question)
            if reworded != question:  # 'how many days until the coating is gone': how long, in days
                again = _solve(reworded)
                if again.quantity is not None:
                    answer = replace(again, question=question)
        if answer.quantity is None and isinstance(question, str):
            from .carrier_share import try_carrier_share

            share = try_carrier_share(question)
            if share is not None:  # 'what fraction of the conductivity is carried by holes'
                answer = share
        if answer.quantity is None and isinstance(question, str):
            from .quantity_ratio import try_quantity_ratio

            ratio = try_quantity_ratio(question, solve)
            if ratio is not None:  # 'how many times larger is its E_L than its E_T': two relations
                answer = ratio
        if answer.quantity is None and isinstance(question, str):
            from .times_compare import try_times_compare

            factor = try_times_compare(question, solve)
            if factor is not None:  # 'how many times smaller is B than A', 'than at 500 °C'
                answer = factor
        if answer.quantity is None and isinstance(question, str):
            from .row_tables import solve_from_row

            from_row = solve_from_row(question, _solve)
            if from_row is not None:  # 'Copper  398  17.0' in a pasted sheet, 'a copper plate'
                answer = from_row
        if answer.quantity is not None:
            from .asked_conditions import asked_conditions_refusal
            from .part_directive import directed_part

            # a question in parts is checked against the part its directive names ('(a) the mean
            # stress, (b) the stress amplitude. Give (b), in MPa.')
            directed = directed_part(question) if isinstance(question, str) else None
            why = asked_conditions_refusal(directed or question, answer)
            if why:
                changed = _two_state_change(question)
                if changed is not None:  # 'by how much (in GPa) does porosity lower the modulus'
                    return changed
                return refuse(
                    question,
                    why,
                    unit=answer.unit_requested,
                    steps=list(answer.steps),
                    notes=list(answer.notes),
                )
        if answer.quantity is None:
            changed = _two_state_change(question)
            if changed is not None:  # 'at 950 °C instead, how many hours shorter is the cycle'
                return changed
        return answer
    except Exception as exc:  # last line of defence: a bug is reported, not raised
        return refuse(
            str(question)[:500],
            f"internal error while solving ({type(exc).__name__}: {exc}); no answer given",
        )


def _two_state_change(question: Any) -> Answer | None:
    """The change between a stated base value and the solved new one, or None (see
    two_state_change)."""
    if not isinstance(question, str):
        return None
    from .per_state_change import try_per_state_change
    from .two_state_change import try_two_state_change

    return try_two_state_change(question) or try_per_state_change(question)


def _solve(question: Any) -> Answer:
    if isinstance(question, str):
        from .decimal_commas import read_decimal_commas

        reworded, read_as, undecided = read_decimal_commas(question)
        if undecided is not None:  # '1,250 kg' beside both '0,5' and '0.5': no style decides it
            return refuse(question, undecided)
        if reworded != question:  # 'α = 9,0·10⁻⁶ K⁻¹', '0,362 nm': decimal commas
            answer = _solve(reworded)
            return replace(answer, question=question, notes=[*answer.notes, *read_as])
        from .avrami_percent import avrami_percents
        from .spelled_amounts import spelled_amounts

        reworded = avrami_percents(spelled_amounts(question))
        if reworded != question:  # 'a quarter of a litre', 'one full day', '50 % pearlite' (Avrami)
            return replace(_solve(reworded), question=question)
        from .fraction_of_number import share_of_numbers

        reworded, share_reason = share_of_numbers(question)
        if share_reason is not None:  # 'half of 80 °C': no single reading
            return refuse(question, share_reason)
        if reworded != question:  # 'a tenth of 280,000 g/mol': 28000 g/mol
            return replace(_solve(reworded), question=question)
        from .xray_line import with_line_wavelength

        reworded = with_line_wavelength(question)
        if reworded != question:  # '(Cu Kα1, 1.5406 Å)': the line's wavelength, λ = 1.5406 Å
            return replace(_solve(reworded), question=question)
        from .slash_percent import as_percent_signs

        reworded = as_percent_signs(question)
        if reworded != question:  # '30 w/o Zn', 'in a/o Ag': weight and atom percent
            return replace(_solve(reworded), question=question)
        from .alloy_two_contents import alloy_as_one_content

        reworded = alloy_as_one_content(question)
        if reworded != question:  # '40 wt% Sn–60 wt% Pb' beside phases in wt% Sn: 'Pb–40 wt% Sn'
            return replace(_solve(reworded), question=question)
        from .choice_options import try_choice

        chosen = try_choice(question, _solve)
        if chosen is not None:  # '(A) 7.87 g/cm³ (B) …': not data; the answer must match one
            return chosen
        from .body_mass import named_body_mass

        reworded = named_body_mass(question)
        if reworded != question:  # 'a 0.15 kg ball': its one mass, named as a mass
            return replace(_solve(reworded), question=question)
        from .count_in_one import count_per_unit_volume

        plain = normalize(question)
        reworded = count_per_unit_volume(plain)
        if reworded != plain:  # 'how many atoms in one m³': a count per m³
            return replace(_solve(reworded), question=question)
        from .count_per_time import count_per_unit_time

        reworded = count_per_unit_time(question)
        if reworded != question:  # 'how many photons leave it each second': a count per second
            return replace(_solve(reworded), question=question)
        from .nominal_values import nominal_question

        reworded, read_as = nominal_question(question)
        if reworded != question:  # '(10.0 ± 0.1) mm', '1.2k N': the plain value they state
            answer = _solve(reworded)
            return replace(answer, question=question, notes=[*answer.notes, *read_as])
        from .unit_typos import mended_question

        reworded, read_as = mended_question(question)
        if reworded != question:  # 'Mpa', 'kj/mol', 'deg C': the units they stand for
            answer = _solve(reworded)
            return replace(answer, question=question, notes=[*answer.notes, *read_as])
        from .bare_symbol_ask import with_named_symbol
        from .root_units import with_root_units

        reworded = with_named_symbol(with_root_units(question))
        if (
            reworded != question
        ):  # '26 megapascal root metre'; 'Find σ_c.': the symbol's quantity named
            return replace(_solve(reworded), question=question)
        from .first_interval import without_first_interval

        reworded = without_first_interval(question)
        if reworded != question:  # 'gains 0.4 mg/cm² in the first 90 min': in 90 min from the start
            return replace(_solve(reworded), question=question)
        from .cgs_magnetic import with_si_magnetic_units

        reworded, read_as = with_si_magnetic_units(question)
        if reworded != question:  # '0.50 Oe', '7500 G': their A/m and T values
            answer = _solve(reworded)
            return replace(answer, question=question, notes=[*answer.notes, *read_as])
        from .curie_states import curie_state_question

        reworded, read_as = curie_state_question(question)
        if reworded != question:  # Curie's law: 'an order larger', 'in liquid nitrogen'
            answer = _solve(reworded)
            if answer.quantity is not None:
                return replace(answer, question=question, notes=[*answer.notes, *read_as])
        from .asked_state import asked_state_question

        reworded, read_as = asked_state_question(plain)
        if reworded != plain:  # 'its χ at 300 K is 2.4e-4 … what is it at 77 K?': the two states
            answer = _solve(reworded)
            return replace(answer, question=question, notes=[*answer.notes, *read_as])
        from .standard_metal_data import with_standard_lattice_parameter

        reworded, read_as = with_standard_lattice_parameter(question)
        if reworded != question:  # 'take the lattice parameter of copper from standard data'
            answer = _solve(reworded)
            return replace(answer, question=question, notes=[*answer.notes, *read_as])
        from .standard_metal_data import with_standard_density_and_weight

        reworded, read_as = with_standard_density_and_weight(question)
        if reworded != question:  # 'use standard values for the density and atomic weight of Cu'
            answer = _solve(reworded)
            return replace(answer, question=question, notes=[*answer.notes, *read_as])
        from .standard_metal_data import with_standard_magnetic_moment

        reworded, read_as = with_standard_magnetic_moment(question)
        if reworded != question:  # 'from its net magnetic moment per atom' (nickel: 0.60 μ_B)
            answer = _solve(reworded)
            return replace(answer, question=question, notes=[*answer.notes, *read_as])
        from .tolerance_note import without_tolerance_note

        reworded = without_tolerance_note(question)
        if reworded != question:  # 'an answer within 10 % is accepted': the marker's, no datum
            return replace(_solve(reworded), question=question)
        from .defining_aside import without_defining_numbers

        reworded = without_defining_numbers(question)
        if reworded != question:  # 'characteristic strength (at which 63 % fail)': the definition
            return replace(_solve(reworded), question=question)
        from .same_volume import without_same_volume_note

        reworded = without_same_volume_note(question)
        if (
            reworded != question
        ):  # 'Assume the same volume as the tested specimens.': no size effect
            return replace(_solve(reworded), question=question)
        from .one_in_n import vacancy_fraction_as_count

        reworded = vacancy_fraction_as_count(question)
        if reworded != question:  # 'one lattice site in 10⁴ vacant': a vacancy fraction of 10⁻⁴
            return replace(_solve(reworded), question=question)
        from .line_per_volume import line_per_volume

        reworded = line_per_volume(question)
        if reworded != question:  # '10¹⁰ cm of line per cm³': a density in cm/cm³
            return replace(_solve(reworded), question=question)
        from .cycle_signs import signed_cycle_stresses

        reworded = signed_cycle_stresses(question)
        if reworded != question:  # 'a minimum of 100 MPa in compression': σ_min = −100 MPa
            return replace(_solve(reworded), question=question)
        from .sheet_layout import sheet_question

        reworded = sheet_question(question)
        if reworded != question:  # 'Given: … Find: the strain': 'Find the strain'
            return replace(_solve(reworded), question=question)
        from .fraction_of_value import value_from_fraction

        reworded = value_from_fraction(question)
        if reworded != question:  # 'fallen to one-quarter of its value at 0 K': that value
            return replace(_solve(reworded), question=question)
        from .csv_tables import csv_tables_as_markdown

        reworded = csv_tables_as_markdown(question)
        if reworded != question:  # 'phase,wt_pct_Sn' lines: the Markdown table they stand for
            return replace(_solve(reworded), question=question)
        from .data_tables import tables_as_prose

        reworded = tables_as_prose(question)
        if reworded != question:  # a table of D against T: the sentence it stands for
            return replace(_solve(reworded), question=question)
        from .distribution_tables import distribution_tables_as_prose

        reworded = distribution_tables_as_prose(question)
        if reworded != question:  # 'M_i (g/mol) | x_i' rows: the size classes as a list
            return replace(_solve(reworded), question=question)
        from .phase_tables import phase_tables_as_prose

        reworded = phase_tables_as_prose(question)
        if reworded != question:  # 'phase | wt% Ni' rows: the tie line's ends, C_α = …, C_L = …
            return replace(_solve(reworded), question=question)
        from .crack_range import largest_crack_question

        reworded, crack_notes = largest_crack_question(question)
        if reworded != question:  # 'cracks between 2 and 3 mm deep': the largest crack governs
            answer = _solve(reworded)
            return replace(answer, question=question, notes=[*answer.notes, *crack_notes])
        from .asked_logarithm import solve_logarithm

        logarithm = solve_logarithm(question, _solve)
        if logarithm is not None:  # 'what is log10 of D (in m²/s)': D, then its logarithm
            return logarithm
        from .creep_factor import try_creep_factor

        creep = try_creep_factor(question)
        if creep is not None:  # 'the stress is doubled … by what factor does the creep rate rise'
            return creep
        from .stated_form_handlers import try_stated_form_classes

        stated_form = try_stated_form_classes(question)
        if (
            stated_form is not None
        ):  # line energy, √(Dt) lengths, plate conduction, laser lines, creep
            return stated_form
        from .galvanic_cell import try_galvanic_cell

        cell = try_galvanic_cell(question)
        if cell is not None:  # 'Zn in 0.5 M Zn²⁺ and Cu in 0.02 M Cu²⁺: the cell voltage'
            return cell
        from .pilling_bedworth import try_pilling_bedworth

        ratio = try_pilling_bedworth(question)
        if ratio is not None:  # 'ρ(Al) = 2.70, ρ(Al₂O₃) = 3.95 g/cm³: the Pilling–Bedworth ratio'
            return ratio
        from .nucleation_ratio import try_nucleation_ratio

        nucleation = try_nucleation_ratio(question)
        if nucleation is not None:  # 'N = K exp(−A/ΔT²), A = …': N(ΔT₁)/N(ΔT₂)
            return nucleation
        from .metal_ion_charge import solve_with_ion

        with_ion = solve_with_ion(question, _solve)
        if with_ion is not None:  # 'zinc corrodes', 'from silver nitrate': the ion's charge n
            return with_ion
    reading, refusal = read_question(question)
    if refusal is not None:
        return refusal
    assert reading is not None
    numbers = [g for g in reading.givens if g.kind in ("quantity", "number", "miller", "delta_t")]
    if not numbers:
        from .coordination import try_minimum_ratio

        minimum = try_minimum_ratio(question, reading, None)
        if minimum is not None:
            return minimum
        from .facts import try_fact

        fact = try_fact(question, reading)
        if fact is not None:
            return fact
        return refuse(question, "the question gives no numbers to calculate with", bad_input=True)
    requested, why = _requested(reading)
    if why:
        directed = _solve_directed_part(question)
        if directed is not None:  # '(a) Express X in kA/m. (b) Express Y in kJ/m³. Give (b).'
            return directed
        return refuse(question, why)
    scaled = _SCALED_BLANK.search(reading.text)
    if scaled:
        return refuse(
            question,
            f"the blank is to be filled as a multiple of {scaled.group('p')}; whether the number or the "
            "value is wanted is not said, so no number is given (ask for the value in a unit)",
        )
    scaled_label = _SCALED_UNIT_LABEL.search(reading.text)
    if scaled_label:
        return refuse(
            question,
            f"the answer's unit is given as a multiple of {scaled_label.group('p')} ('(Unit: "
            f"{scaled_label.group('p')} …)'); whether the number or the value is wanted is not said, so no "
            "number is given (ask for the value in a unit)",
        )
    unit_text = requested.text if requested else None
    from .asked import second_ask, several_asked
    from .text import keytext

    if reading.parts == 1:
        from .one_part import inline_part

        inline = inline_part(question)
        if inline is not None and count_parts(normalize(inline)) == 1:
            # 'Compute (a) the field H and (b) the magnetization, in A/m': the last part, read alone
            return replace(_solve(inline), question=question)
        from .one_part import inline_part_count

        inline_parts = inline_part_count(question)
        if inline is None and inline_parts:
            directed = _solve_directed_part(question)
            if directed is not None:  # '(a) the mean stress, (b) the amplitude. Give (b), in MPa.'
                return directed
            # '… determine (a) the concentration, in m⁻³, and (b) the mobility': several parts asked
            # in one sentence, and no rule says which one the number is for
            return refuse(
                question,
                f"the question has {inline_parts} parts ((a), (b), ...) in one sentence, and which "
                "one is asked is not clear; ask them one at a time",
                unit=unit_text,
            )
    both = several_asked(keytext(reading.target)) if reading.target else None
    both = both or second_ask(reading.text)
    if both:
        return refuse(
            question,
            f"the question asks for two quantities at once ({both}); ask one at a time",
            unit=unit_text,
        )
    if reading.parts > 1:
        from .chained_parts import chained_last_part
        from .one_part import numeric_part, single_part
        from .part_directive import directed_part
        from .part_marks import marked_part

        # 'Give (b) to four decimal places', a precision asked in the last part only; '(b) Using
        # your result from (a), …', a last part that builds on the others
        single = (
            single_part(question)
            or numeric_part(question)
            or marked_part(question)
            or chained_last_part(question)
            or directed_part(question)
        )
        if single is not None and count_parts(normalize(single)) == 1:
            # '(a) … (b) … Answer part (b) only': the stem and that part, read as one question
            return replace(_solve(single), question=question)
        return refuse(
            question,
            f"the question has {reading.parts} parts ((a), (b), ...); ask them one at a time",
            unit=unit_text,
        )
    from .conversions import try_conversion

    converted = try_conversion(question, reading, requested)
    if converted is not None:
        return converted
    from .cubic_angles import try_cubic_angle

    angle = try_cubic_angle(question, reading, requested)
    if angle is not None:
        return angle
    from .schmid import try_schmid

    schmid = try_schmid(question, reading, requested)
    if schmid is not None:
        return schmid
    from .polymer_averages import try_polymer_average

    average = try_polymer_average(question, reading, requested)
    if average is not None:
        return average
    from .arrhenius_ratio import try_arrhenius_ratio

    arrhenius = try_arrhenius_ratio(question, reading, requested)
    if arrhenius is not None:
        return arrhenius
    from .arrhenius_ratio import try_arrhenius_factor

    arrhenius = try_arrhenius_factor(question, reading, requested)
    if arrhenius is not None:
        return arrhenius
    from .alloy import try_alloy_composition

    alloy = try_alloy_composition(question, reading, requested)
    if alloy is not None:
        return alloy
    from .copolymer import try_copolymer

    copolymer = try_copolymer(question, reading, requested)
    if copolymer is not None:
        return copolymer
    from .polymorph_volume import try_polymorph_volume_change

    polymorph = try_polymorph_volume_change(question, reading, requested)
    if polymorph is not None:
        return polymorph
    from .covq_handlers import try_covq_classes

    covq = try_covq_classes(question, reading, requested)
    if covq is not None:  # Palmgren–Miner cycles; Avrami from two measured points
        return covq
    from .covu_handlers import try_covu_classes

    covu = try_covu_classes(question, reading, requested)
    if covu is not None:  # ratios of two linear or planar densities; of two line energies
        return covu
    from .coordination import try_minimum_ratio, try_radius_ratio

    coordination = try_radius_ratio(question, reading, requested) or try_minimum_ratio(
        question, reading, requested
    )
    if coordination is not None:
        return coordination
    cands = candidates(reading, requested)
    if not cands:
        from .covq_handlers import try_covq_fallback

        fallback = try_covq_fallback(question, reading, requested)
        if fallback is not None:  # a percentage change against the stated base value
            return fallback
        return refuse(
            question,
            _no_match_reason(reading, requested),
            unit=unit_text,
            notes=[_givens_summary(reading)],
        )
    evaluations = [evaluate(c) for c in cands]
    return decide(question, reading, requested, evaluations)


# '(Unit: 10^7 rad/s)': the answer is to be written as a multiple of the power of ten
_SCALED_UNIT_LABEL = re.compile(
    r"\(\s*units?\s*:\s*(?:[×x]\s*)?(?P<p>10\s*\^\s*\(?[-−+]?\s*\d+\)?)", re.I
)
# 'is ______ × 10^22 m^-3': the blank holds a mantissa, not the value
_SCALED_BLANK = re.compile(r"(?:_{2,}|\.{3,}|…)\s*(?:×|x|\*)\s*(?P<p>10\s*\^\s*\(?[-−+]?\d+\)?)")


def _requested(reading: Reading) -> tuple[Requested | None, str | None]:
    from ...units import get_registry

    ureg = get_registry()
    reqs = reading.requested
    if not reqs:
        unread = unreadable_request(reading.text)
        if unread:
            return None, (
                f"the question asks for the answer in '{unread}', which I cannot read as a unit; "
                "write it plainly (for example 'kg/m^3')"
            )
        return None, None
    # 'how many atoms … ? Express it in atoms per nanometre': the count named first is the same
    # request, its unit completed later
    reqs = [
        r
        for r in reqs
        if not any(o is not r and o.text.lower().startswith(r.text.lower() + " ") for o in reqs)
    ]
    dims = {}
    for r in reqs:
        key = (
            "angle"
            if "angle" in r.unit.tags
            else "temperature"
            if r.unit.is_absolute_temperature
            else str(ureg.Quantity(1, r.unit.units).dimensionality)
        )
        dims.setdefault(key, r)
    if len(dims) > 1:
        return None, (
            "the question asks for several quantities ("
            + ", ".join(r.text for r in dims.values())
            + "); ask one at a time"
        )
    return reqs[-1], None


_UNIT_REQUEST = re.compile(
    r"\b(?:in\s+units\s+of|in|answer\s+in|expressed\s+in)\s+(?P<u>[^\s,;?]*[\^/][^\s,;?]*(?:\s[^\s,;?]*[\^/][^\s,;?]*)*)",
    re.I,
)


_ANSWER_IN = re.compile(
    r"\b(?:(?:give|express|report)\s+(?:the|your)\s+answer\s+in|"
    r"units?\s+of\s+(?:the|your)\s+(?:final\s+)?answer\s+(?:is|should\s+be|must\s+be))"
    r"\s+(?P<u>[A-Za-zμÅΩ°%][^\s,;?]*)\s*[.?]?\s*$",
    re.I,
)


def unreadable_request(text: str) -> str | None:
    """A unit the question asks for ('in kg m^(-3)', 'in units of J/mol') that the unit reader cannot
    read: answering in a default unit instead would be a wrong number."""
    from .quantities import in_variable_unit_list
    from .unit_text import parse_unit

    plain = _ANSWER_IN.search(text)
    if plain and parse_unit(plain.group("u").rstrip(".,:;)")) is None:
        return plain.group("u").rstrip(
            ".,:;)"
        )  # 'Give the answer in kPA.': named, but not a unit I know
    for m in _UNIT_REQUEST.finditer(text):
        u = m.group("u").rstrip(".,:;)")
        if re.match(r"\s*\d", u) or parse_unit(u) is not None:
            continue
        if in_variable_unit_list(text, m.start()):
            continue  # '(da/dN in m/cycle, ΔK in MPa√m)': the units of a formula's variables
        if re.search(r"[A-Za-zμÅΩ°%]", u):
            return u
    return None


def decide(
    question: str, reading: Reading, requested: Requested | None, evaluations: list[Evaluation]
) -> Answer:
    """Pick the answer among evaluated readings, or refuse with the reason."""
    unit_text = requested.text if requested else None
    implausible: list[tuple[Evaluation, Check]] = []
    valid = []
    for e in evaluations:
        bad = _implausible_given(e)
        if bad is not None:
            implausible.append((e, bad))
        elif e.ok:
            valid.append(e)
    if not valid:
        if implausible:
            e, chk = max(
                implausible, key=lambda ec: (-len(ec[0].candidate.unused), ec[0].candidate.score)
            )
            return refuse(
                question, f"absurd magnitude: {chk.message}", unit=unit_text, checks=[chk]
            )
        best = max(evaluations, key=lambda e: e.candidate.score)
        return refuse(
            question,
            f"the matching relation gives no valid result: {best.error}",
            unit=unit_text,
            notes=[best.candidate.describe()],
        )
    tier = min(len(e.candidate.unused) for e in valid)
    if tier > 0:
        aside = _with_givens_set_aside(valid, reading) or _with_unwritten_set_aside(valid)
        if aside:
            valid, tier = aside, 0
    if tier > 0:
        best = max(
            (e for e in valid if len(e.candidate.unused) == tier), key=lambda e: e.candidate.score
        )
        unused = ", ".join(g.describe() for g in best.candidate.unused)
        from .yield_check import past_yield_reason

        past = past_yield_reason(best.candidate, best.value)
        if past is not None:
            return refuse(question, past, unit=unit_text, checks=[givens_check([unused])])
        return refuse(
            question,
            f"no relation I know uses every value the question gives (the closest, "
            f"{best.candidate.relation.title}, leaves {unused} unused); I will not guess which value "
            "to ignore",
            unit=unit_text,
            checks=[givens_check([unused])],
        )
    pool = sorted(
        (e for e in valid if len(e.candidate.unused) == tier), key=lambda e: -e.candidate.score
    )
    top = pool[0]
    swapped = _better_binding_invalid(top, evaluations)
    if swapped is not None:
        return refuse(question, swapped, unit=unit_text, notes=[top.candidate.describe()])
    contenders = [e for e in pool if e.candidate.score >= top.candidate.score - SCORE_MARGIN]
    results = [_in_requested(e, requested) for e in contenders]
    ref = results[0]
    disagree = [
        (e, r)
        for e, r in zip(contenders, results, strict=False)
        if r is None or ref is None or not _agree(r, ref)
    ]
    if ref is None:
        return refuse(
            question, "the result cannot be expressed in the requested unit", unit=unit_text
        )
    if disagree:
        shown = [(contenders[0], ref), *disagree[:3]]
        lines = [f"{e.candidate.describe()} → {_fmt(r)}" for e, r in shown]
        titles = {e.candidate.relation.title for e, _r in shown}
        # different standard readings (relations), not different assignments of the same values
        if len(titles) == len(shown):
            readings = "; ".join(f"{e.candidate.relation.title}: {_fmt(r)}" for e, r in shown)
            return refuse(
                question,
                f"the question can be read {len(shown)} ways, standard readings that give different "
                f"results ({readings}); say which one is meant",
                unit=unit_text,
                notes=lines,
            )
        return refuse(
            question,
            f"the question can be read {len(shown)} ways that give different results; "
            "say which value is which (for example 'a = ...', 'θ = ...')",
            unit=unit_text,
            notes=lines,
        )
    from .member_fit import misfit_reason

    misfit = misfit_reason(reading.text, reading.target, top.candidate)
    if misfit is not None:
        return refuse(question, misfit, unit=unit_text)
    return _answer(question, reading, requested, top, ref, len(contenders))


# relations whose symbols play different physical parts (a matrix, its fibres, the composite), so a
# swap between them is another question, not a misread order. Elsewhere the binding scores are not
# sure enough to block the fallback: 'a bar 12 mm in diameter is drawn to 9 mm' scores the two
# diameters the wrong way round, and the valid reading is the right one
_SWAP_GUARDED = ("rule_of_mixtures_",)


def _better_binding_invalid(top: Evaluation, evaluations: list[Evaluation]) -> str | None:
    """Why ``top`` may not answer when the same relation, with the same givens bound more closely
    to their names, has no valid result (a negative fibre modulus): the weaker binding is valid only
    because it swaps values between symbols, and answering it would hide that the question's own
    reading is impossible. None when no better-scoring binding of that relation failed."""
    rel = top.candidate.relation.name
    if not rel.startswith(_SWAP_GUARDED):
        return None
    sources = top.candidate.sources
    for e in evaluations:
        c = e.candidate
        if (
            e.ok
            or c.relation.name != rel
            or c.sources != sources
            or len(c.unused) != len(top.candidate.unused)
            or c.score <= top.candidate.score
            or _implausible_given(e) is not None
        ):
            continue
        return (
            f"the closest reading of the givens ({c.describe()}) gives no valid result "
            f"({e.error}); another assignment of the same values would, but I will not swap "
            "values between quantities to get a number"
        )
    return None


def _with_givens_set_aside(
    valid: list[Evaluation], reading: Reading | None = None
) -> list[Evaluation]:
    """The readings that use every given except ones shown irrelevant to them (:mod:`.set_aside`),
    each with those givens moved from ``unused`` to ``set_aside``; empty when there are none, or when
    another valid reading that uses a set-aside given gives a different result (the given may matter)."""
    from dataclasses import replace

    from .set_aside import set_aside
    from .yield_check import is_yield_given, past_yield_reason

    out: list[Evaluation] = []
    # the readings that leave the same givens unused and score near the best of them are one reading
    # of the values up to their binding: when any of them stresses the part past its yield strength,
    # none may set that yield strength aside
    groups: dict[frozenset[int], list[Evaluation]] = {}
    for e in valid:
        groups.setdefault(_unused_sources(e), []).append(e)
    blocked: set[frozenset[int]] = set()
    for key, alike in groups.items():
        if not any(is_yield_given(g) for g in alike[0].candidate.unused):
            continue
        top = max(o.candidate.score for o in alike)
        if any(
            past_yield_reason(o.candidate, o.value) is not None
            for o in alike
            if o.candidate.score >= top - SCORE_MARGIN
        ):
            blocked.add(key)
    for e in valid:
        key = _unused_sources(e)
        if key in blocked:
            continue
        if key in groups and any(is_yield_given(g) for g in e.candidate.unused):
            top = max(o.candidate.score for o in groups[key])
            if e.candidate.score < top - SCORE_MARGIN:
                continue  # a far weaker binding of the same values does not pass the check alone
        reasons = set_aside(e.candidate, reading, e.value)
        if reasons:
            out.append(replace(e, candidate=replace(e.candidate, unused=[], set_aside=reasons)))
    return _unless_aside_matters(out, valid)


def _unused_sources(e: Evaluation) -> frozenset[int]:
    return frozenset().union(*(g.sources for g in e.candidate.unused))


def _unless_aside_matters(out: list[Evaluation], valid: list[Evaluation]) -> list[Evaluation]:
    """``out`` (readings with givens set aside), or empty when there are none or when another valid
    reading that uses a set-aside given gives a different result (the given may matter)."""
    if not out:
        return []
    aside_sources = frozenset().union(
        *(g.sources for e in out for g, _why in e.candidate.set_aside)
    )
    from .set_aside_named import binds_against_its_name

    aside = [g for e in out for g, _why in e.candidate.set_aside]
    from .other_material import REASON_START

    # another material's data ('niobium has B_C(0) = 0.1944 T' in a question about lead)
    foreign = frozenset().union(
        *(
            g.sources
            for e in out
            for g, why in e.candidate.set_aside
            if why.startswith(REASON_START)
        )
    )
    ref = out[0].value
    for e in valid:
        if not (e.candidate.sources & aside_sources) or _agree(ref, e.value):
            continue
        if e.candidate.sources & foreign:
            continue  # a reading that uses the other material's values answers about that material
        # a reading that binds a set-aside given to a symbol its own words name it other than (a
        # yield strength as the engineering stress) is no reading of the question
        if any(
            g.sources & e.candidate.sources and binds_against_its_name(e.candidate, g)
            for g in aside
        ):
            continue
        return []
    return out


def _with_unwritten_set_aside(valid: list[Evaluation]) -> list[Evaluation]:
    """As :func:`_with_givens_set_aside`, for a referee (:func:`solve_as_referee`): the readings whose
    unused givens are all ones the judged response never writes; empty outside a referee's solution,
    or when another valid reading that uses such a given gives a different result."""
    from dataclasses import replace

    unwritten = _UNWRITTEN.get()
    if not unwritten:
        return []
    out: list[Evaluation] = []
    for e in valid:
        unused = e.candidate.unused
        used = [b.given for b in e.candidate.bindings.values() if b.given is not None]
        # the response writes most givens this reading uses: a worked answer on the same footing, not
        # a bare final value (for which every given is 'never written'); one it miswrote may be the slip
        written = [g for g in used if g.describe() not in unwritten]
        if 2 * len(written) <= len(used):
            continue
        # a given of a kind the reading uses (a second length beside a length) may be the one it
        # should have used: never set aside (as in :mod:`.set_aside`)
        kinds = {_dimension(g) for g in used}
        if unused and all(
            g.has_unit and g.describe() in unwritten and _dimension(g) not in kinds for g in unused
        ):
            reasons = [(g, f"{g.describe()}{_NEVER_WRITTEN}") for g in unused]
            out.append(replace(e, candidate=replace(e.candidate, unused=[], set_aside=reasons)))
    return _unless_aside_matters(out, valid)


def _dimension(g: Any) -> Any:
    """A given's physical dimension (None when it has no quantity)."""
    try:
        return g.quantity.dimensionality
    except Exception:  # no pint quantity: a bare number or a Miller index
        return None


def _fmt(q: Any) -> str:
    return (
        "no value"
        if q is None
        else f"{format_number(float(q.magnitude))} {unit_label(q.units)}".strip()
    )


def _agree(a: Any, b: Any) -> bool:
    try:
        return math.isclose(
            float(a.magnitude), float(b.to(a.units).magnitude), rel_tol=AGREE_RTOL, abs_tol=1e-300
        )
    except Exception:
        return False


def _implausible_given(e: Evaluation) -> Check | None:
    rel = e.candidate.relation
    for name, b in e.candidate.bindings.items():
        sym = rel.symbol_map[name]
        if b.source != "question" or sym.plausible is None or isinstance(b.value, tuple):
            continue
        chk = magnitude_check(b.value, sym.plausible, sym.unit, f"the given {sym.label}")
        if not chk.passed:
            return chk
    return None


def _in_requested(e: Evaluation, requested: Requested | None) -> Any:
    """The result converted to the requested unit (None when that is impossible)."""
    from ...units import get_registry

    ureg = get_registry()
    q = e.value
    unknown = e.candidate.unknown
    if requested is None:
        return q
    units = requested.unit.units
    try:
        if unknown.kind == "temperature_difference" and requested.unit.is_absolute_temperature:
            units = (
                ureg.Unit("delta_degC") if "F" not in requested.text else ureg.Unit("delta_degF")
            )
        if unknown.kind == "angle":
            return q.to(units)
        if q.dimensionality == ureg.Quantity(1, units).dimensionality:
            return q.to(units)
        na = ureg.avogadro_constant
        for conv in (q / na, q * na):
            if conv.dimensionality == ureg.Quantity(1, units).dimensionality:
                return conv.to(units)
    except Exception:
        return None
    return None


def _solve_directed_part(question: str) -> Answer | None:
    """The answer to the one part a closing directive names ('Give (b), in MPa.'), solved as the
    stem and that part alone; None when no directive reduces the question to one part."""
    from .part_directive import directed_part

    directed = directed_part(question)
    if directed is None or count_parts(normalize(directed)) != 1:
        return None
    return replace(_solve(directed), question=question)


def _answer(
    question: str,
    reading: Reading,
    requested: Requested | None,
    e: Evaluation,
    result: Any,
    readings: int,
) -> Answer:
    c: Candidate = e.candidate
    rel, unknown = c.relation, c.unknown
    from .answer_guards import convention_refusal
    from .signed_ask import signed_value_refusal

    convention = signed_value_refusal(rel, unknown.name, reading.text)
    if convention is None:
        convention = convention_refusal(rel.name, unknown.name, reading.text, requested)
    if convention is None:
        from .schmid_angles import schmid_angle_refusal

        convention = schmid_angle_refusal(rel.name, c.bindings, reading.text)
    if convention is None:
        from .ion_compound import foreign_ion_refusal, radius_sign_refusal

        convention = foreign_ion_refusal(rel.name, reading.text) or radius_sign_refusal(
            c.bindings, reading.text
        )
    if convention is None:
        from .named_substance import contradicted_given

        convention = contradicted_given(c.bindings, rel.symbol_map, reading.text)
    if convention is None:
        from .expansion_coefficient import volume_coefficient_refusal

        convention = volume_coefficient_refusal(c.bindings, reading.text)
    if convention is None:
        from .cgs_susceptibility import cgs_susceptibility_refusal

        convention = cgs_susceptibility_refusal(c.bindings, reading.text)
    if convention is None:
        from .true_engineering import true_engineering_refusal

        convention = true_engineering_refusal(
            rel.name, unknown.name, c.bindings, reading.text, reading.ask_clause
        )
    if convention is None:
        from .lever_component import lever_component_refusal

        convention = lever_component_refusal(c.bindings, reading.text)
    if convention is None:
        from .overdetermined import contradiction_refusal

        convention = contradiction_refusal(c)
    if convention is None:
        from .carrier_species import carrier_species_refusal

        convention = carrier_species_refusal(
            rel.name, unknown.name, c.bindings, reading.text, reading.ask_clause
        )
    if convention is None:
        from .crystallinity_density import specimen_density_refusal

        convention = specimen_density_refusal(
            rel.name, unknown.name, c.bindings, reading.text, reading.ask_clause, reading.givens
        )
    if convention is None and result is not None:
        from .signed_ask import worded_compression_refusal

        try:
            convention = worded_compression_refusal(reading.text, float(result.magnitude))
        except (TypeError, ValueError):
            convention = None
    if convention is not None:
        return refuse(question, convention, unit=requested.text if requested else None)
    direction_step = None
    if unknown.signed and result is not None and _is_geometric(result):
        # 'by how much does it contract': a length, area or volume change asked by its direction (an
        # energy 'released' keeps the relation's sign convention)
        from .answer_guards import asked_direction

        direction = asked_direction(reading.ask_clause)
        negative = float(result.magnitude) < 0
        if direction is not None and negative != (direction == "decrease"):
            return refuse(
                question,
                f"the question asks how much the value {direction}s, but the relation gives a "
                f"{'decrease' if negative else 'increase'} ({_fmt(result)}); check the stated values",
                unit=requested.text if requested else None,
            )
        if direction == "decrease":
            result = -result  # 'by how much does it contract': the size of the decrease
            direction_step = f"The question asks for the size of the decrease: {_fmt(result)}"
    elif unknown.signed and result is not None and _is_energy(result):
        # 'how much heat is released as it cools': a heat named by the way it flows out is keyed as a
        # positive amount by some and as the signed Q (heat into the body positive) by others, so it
        # gets no number; a heat asked as taken in must agree with the relation's sign
        from .answer_guards import asked_heat_direction

        flow = asked_heat_direction(reading.ask_clause)
        if flow == "out" or (flow == "in" and float(result.magnitude) < 0):
            return refuse(
                question,
                "the question asks for the heat given off, which is written both as a positive amount "
                "and as a negative Q (heat into the body positive); ask for Q or for the heat taken in"
                if flow == "out"
                else f"the question asks for the heat taken in, but the relation gives heat leaving "
                f"the body ({_fmt(result)}); check the stated values",
                unit=requested.text if requested else None,
            )
    steps = [f"Relation: {rel.title}: {rel.description}"]
    if reading.rounding is not None and result is not None:
        places = reading.rounding
        rounded = round(float(result.magnitude), places)
        if rounded == 0 and float(result.magnitude) != 0:
            places, rounded = None, float(result.magnitude)  # rounding would erase the answer
        result = type(result)(int(rounded) if places == 0 else rounded, result.units)  # type: ignore[call-arg]
        rounding_step = (
            None
            if places is None
            else "Rounded to the nearest integer, as asked"
            if places == 0
            else f"Rounded to {places} decimal place{'s' if places > 1 else ''}, as asked"
        )
    else:
        from .rounding_step import round_to_asked_step

        result, rounding_step = round_to_asked_step(reading.text, result)
    order = [s.name for s in rel.symbols]
    for name in sorted(c.bindings, key=lambda n: order.index(n) if n in order else 99):
        b = c.bindings[name]
        if name in (rel.miller or ())[1:]:
            continue
        prefix = "assumed " if b.source == "default" else ""
        steps.append(prefix + b.note)
    steps += [note for _name, _v, note in rel.fixed]
    steps += chain_steps(c)
    steps.append(f"Solve for {unknown.label}: {e.expression}")
    steps.append(f"{unknown.label} = {_fmt(e.value)}")
    steps += [why[0].upper() + why[1:] for _g, why in c.set_aside if why.startswith("yield check")]
    if direction_step:
        steps.append(direction_step)
    if rounding_step:
        steps.append(f"{rounding_step}: {_fmt(result)}")
    checks: list[Check] = []
    if requested is not None:
        conv_note = _fmt(result)
        if unit_label(result.units) != unit_label(e.value.units):
            steps.append(f"In the requested unit: {conv_note}")
        expected = result.units
        checks.append(dimension_check(result, expected, unknown.label))
        checks.append(unit_check(e.value, result, requested.text))
    else:
        checks.append(
            Check(
                "dimension",
                True,
                f"{unknown.label} comes out as {_fmt(e.value)} "
                "(no unit named; the dimension is the relation's)",
            )
        )
        checks.append(unit_check(e.value, e.value, None))
    checks.append(magnitude_check(e.value, unknown.plausible, unknown.unit, unknown.label))
    checks.append(givens_check([g.describe() for g in c.unused]))
    if c.set_aside:
        referee = any(why.endswith(_NEVER_WRITTEN) for _g, why in c.set_aside)
        checks.append(
            Check(
                "givens set aside",
                True,
                (
                    "not used, as the judged response does not use it: "
                    if referee
                    else "not used, shown irrelevant: "
                )
                + "; ".join(why for _g, why in c.set_aside),
            )
        )
    checks.append(constants_check(rel.constants))
    checks.append(
        Check(
            "interpretation",
            True,
            "one reading of the question fits"
            if readings == 1
            else f"{readings} readings of the question fit and agree",
        )
    )
    lookups = [b for b in c.bindings.values() if b.source == "lookup"]
    notes = [
        f"{b.note}: taken from pymatgen because the question does not state it" for b in lookups
    ]
    answer = Answer(
        question=question,
        quantity=result,
        unit_requested=requested.text if requested else None,
        checks=checks,
        steps=steps,
        source="solver",
        relation=rel.name,
        target=unknown.label,
        notes=notes,
    )
    if not answer.ok:
        failed = "; ".join(ch.message for ch in answer.failed if ch.blocking)
        answer.reason = f"a check failed: {failed}"
        answer.notes.append(f"withheld value: {_fmt(result)}")
        answer.quantity = None
    return answer


def _is_energy(q: Any) -> bool:
    """An energy, or an energy per mole or per unit mass (a heat that a question may name by the way
    it flows)."""
    dims = {k: v for k, v in dict(q.dimensionality).items() if v}
    if dims.get("[substance]") == -1:
        del dims["[substance]"]
    return dims in ({"[mass]": 1, "[length]": 2, "[time]": -2}, {"[length]": 2, "[time]": -2})


def _is_geometric(q: Any) -> bool:
    """A length, area or volume (a change of size that a question may ask by its direction)."""
    dims = dict(q.dimensionality)
    return set(dims) == {"[length]"} and dims["[length]"] in (1, 2, 3)


def chain_steps(c: Candidate) -> list[str]:
    """For a chained relation, the intermediate quantity computed by its inner relation, with its unit
    (so each step of a chain is shown and unit-checked, not only the combined formula)."""
    rel = c.relation
    if not rel.parts:
        return []
    _outer, inner, via = rel.parts
    steps = chain_steps(Candidate(inner, inner.symbol_map[via], {}, 0.0, frozenset()))  # nested
    names = {s.name for s in inner.symbols}
    sub = Candidate(
        inner,
        inner.symbol_map[via],
        {n: b for n, b in c.bindings.items() if n in names},
        0.0,
        frozenset(),
    )
    if any(
        s.name not in sub.bindings and s.name != via and s.kind != "miller" for s in inner.symbols
    ):
        return steps  # a nested chain binds through its own parts; its inner step is shown there
    try:
        ev = evaluate(sub)
    except (
        Exception
    ):  # showing the step is a courtesy; the combined relation already gave the value
        return steps
    if ev.ok:
        steps.append(
            f"Step {inner.title}: {inner.symbol_map[via].label} = {_fmt(ev.value)} "
            f"({ev.expression})"
        )
    return steps


def _givens_summary(reading: Reading) -> str:
    shown = [g.describe() for g in reading.givens if g.kind != "delta_t"]
    return "givens read: " + (", ".join(shown) if shown else "none")


def _no_match_reason(reading: Reading, requested: Requested | None) -> str:
    asked = (
        f"a result in {requested.text}"
        if requested
        else (f"'{reading.target}'" if reading.target else "an unnamed quantity")
    )
    if requested is None and not reading.target:
        return (
            "the question names neither the unit nor the quantity it asks for; add e.g. 'in nm' or "
            "'calculate the wavelength'"
        )
    return (
        f"no relation in the library links the givens to {asked}; the library covers "
        "photons, crystallography (incl. voids, planar density, powder lines), polymers, diffusion, "
        "mechanics (incl. flow curves, fracture, creep), thermal, electrical, dielectric, magnetic and "
        "optical properties, electrochemistry, defects, phase diagrams (incl. steels), composites, "
        "nucleation and thermodynamics"
    )
