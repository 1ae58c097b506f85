"""Schmid's law with the geometry given as Miller indices (cubic crystals).

'A tensile stress of 52 MPa is applied along [010]; compute the resolved shear stress on the (110)
plane in the [-111] direction.' The angles come from the indices: cos φ = n·t/(|n||t|) between the
slip-plane normal and the tensile axis, cos λ = d·t/(|d||t|) between the slip direction and the axis,
and τ_R = σ cos φ cos λ (Callister eq. 7.2). The question must give one plane, the tensile axis (a
direction the text says the load acts along) and one slip direction lying in that plane; otherwise
it is refused with the reason (or left to the relation solver when it is not such a question).
"""

from __future__ import annotations

import math
import re
from typing import Any

from .answer import Answer
from .checks import Check
from .quantities import Reading, Requested, format_number

_INDEX = r"\s*(-?\d)\s*,?\s*(-?\d)\s*,?\s*(-?\d)\s*"
_PLANE = re.compile(r"\(" + _INDEX + r"\)")
_DIRECTION = re.compile(r"[\[<]" + _INDEX + r"[\]>]")
_TRIGGER = re.compile(r"resolved shear|schmid|slip system|slip direction|slip plane", re.I)
_AXIS_WORDS = re.compile(
    r"(?:along|parallel to|axis|applied in|applied along|pulled in|loaded in|tension in|oriented|"
    r"loading direction|in the direction)\s*(?:(?:the|a|an)\s*)?(?:direction\s*)?$",
    re.I,
)
_CRSS = re.compile(r"critical resolved shear|crss|τ_?crss|critical shear stress", re.I)
# 'Slip occurs once the resolved shear stress reaches 30 MPa': the resolved stress at which slip starts
# is the critical one, whatever it is called
_SLIP_ONSET = re.compile(
    r"\b(?:slip|yield(?:ing)?)\s+(?:occurs|begins|starts|sets\s+in|takes\s+place|will\s+occur)\b"
    r"[^.;]{0,80}?\b(?:once|when|as\s+soon\s+as)\s+(?:the\s+)?resolved\s+shear\s+stress\s+"
    r"(?:reaches|attains|is|equals)\s*(?:a\s+value\s+of\s+)?$",
    re.I,
)


def _vec(m: re.Match[str]) -> tuple[int, int, int]:
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def _cos(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return abs(dot) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def try_schmid(question: str, reading: Reading, requested: Requested | None) -> Answer | None:
    """An Answer (or a refusal) for Schmid's law with Miller-index geometry; None when not such a question."""
    text = reading.text
    if not _TRIGGER.search(text):
        return None
    planes = [(m, _vec(m)) for m in _PLANE.finditer(text)]
    directions = [(m, _vec(m)) for m in _DIRECTION.finditer(text)]
    if not planes or len(directions) < 2:
        return None
    if len({p for _m, p in planes}) != 1 or len(directions) != 2:
        return _refuse(
            question,
            "the question must give one slip plane, the tensile axis and one slip direction",
        )
    axis = [
        (m, d)
        for m, d in directions
        if _AXIS_WORDS.search(text[max(0, m.start() - 40) : m.start()])
    ]
    if len(axis) != 1:
        return _refuse(
            question,
            "I cannot tell which of the two directions is the tensile axis; say 'applied along [uvw]'",
        )
    t = axis[0][1]
    d = next(v for m, v in directions if m is not axis[0][0])
    n = planes[0][1]
    if sum(a * b for a, b in zip(n, d, strict=True)) != 0:
        return _refuse(
            question, f"the direction {list(d)} does not lie in the plane {n}: not a slip system"
        )
    cos_phi, cos_lam = _cos(n, t), _cos(d, t)
    m_schmid = cos_phi * cos_lam
    stresses = [g for g in reading.givens if g.quantity is not None and _is_stress(g.quantity)]
    others = [g for g in reading.givens if g.kind in ("quantity", "number") and g not in stresses]
    from .irrelevant import counts_as_given

    indices = [(m.start(), m.end()) for m, _v in (*planes, *directions)]
    bare = [
        g
        for g in others
        if g.unit is None
        and counts_as_given(g, text)
        and not any(a <= g.start < b for a, b in indices)
    ]
    if any(g.unit is not None for g in others) or bare or len(stresses) > 1:
        return _refuse(question, "the question gives values besides one stress that I cannot place")
    asked = f"{reading.target or ''} {reading.ask_clause or ''}".lower()
    steps = [
        "Relation: Schmid's law τ_R = σ cos φ cos λ (Callister eq. 7.2), angles from the indices",
        f"slip plane normal n = {n}, slip direction d = {list(d)}, tensile axis t = {list(t)}",
        f"cos φ = |n·t|/(|n||t|) = {format_number(cos_phi)}",
        f"cos λ = |d·t|/(|d||t|) = {format_number(cos_lam)}",
        f"Schmid factor m = cos φ cos λ = {format_number(m_schmid)}",
    ]
    from ...units import get_registry

    ureg = get_registry()
    if not stresses:
        if "schmid factor" not in asked:
            return None
        return _answer(
            question, ureg.Quantity(m_schmid, "dimensionless"), steps, "Schmid factor", requested
        )
    g = stresses[0]
    if m_schmid == 0:
        return _refuse(
            question, "the Schmid factor is zero: no resolved shear stress on this system"
        )
    given_is_crss = bool(_CRSS.search(text[max(0, g.start - 60) : g.start])) or bool(
        _SLIP_ONSET.search(text[max(0, g.start - 160) : g.start])
    )
    asks_shear = "resolved shear" in asked and "critical" not in asked
    asks_tensile = any(
        w in asked
        for w in (
            "tensile stress",
            "applied stress",
            "yield",
            "stress needed",
            "stress required",
            "stress must",
            "normal stress",
        )
    )
    unit = requested.unit.units if requested is not None else g.quantity.units
    if given_is_crss and asks_tensile and not asks_shear:
        value = (g.quantity / m_schmid).to(unit)
        steps.append(f"σ_y = τ_crss/m = {g.describe()} / {format_number(m_schmid)}")
        return _answer(question, value, steps, "tensile stress to start slip", requested)
    if not given_is_crss and asks_shear:
        value = (g.quantity * m_schmid).to(unit)
        steps.append(f"τ_R = σ m = {g.describe()} × {format_number(m_schmid)}")
        return _answer(question, value, steps, "resolved shear stress", requested)
    return _refuse(
        question,
        "I cannot tell whether the stress given is the applied or the critical resolved one, "
        "or which is asked",
    )


def _is_stress(q: Any) -> bool:
    from ...units import get_registry

    return q.dimensionality == get_registry().Quantity(1, "Pa").dimensionality


def _answer(
    question: str, value: Any, steps: list[str], target: str, requested: Requested | None
) -> Answer:
    steps.append(f"{target} = {format_number(float(value.magnitude))} {value.units:~P}")
    return Answer(
        question=question,
        quantity=value,
        unit_requested=requested.text if requested else None,
        checks=[
            Check("dimension", True, f"the {target} has the dimension asked"),
            Check("givens", True, "the plane, both directions and the stress are used"),
            Check("interpretation", True, "the slip direction lies in the slip plane"),
        ],
        steps=steps,
        source="solver",
        relation="schmid_miller_indices",
        target=target,
    )


def _refuse(question: str, reason: str) -> Answer:
    return Answer(question=question, quantity=None, reason=reason, source="solver")
