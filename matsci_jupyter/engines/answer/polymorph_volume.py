"""The volume change of a metal on a transformation between two cubic structures ('iron transforms from
BCC (a = 0.2910 nm) to FCC (a = 0.3647 nm); the percentage change in volume').

A fixed number of atoms keeps its number, so the volume of the metal changes as the volume per atom,
a³/n, with n the atoms per cubic cell: 1 (simple cubic), 2 (BCC), 4 (FCC) (Callister & Rethwisch,
10th ed., §3.4 and the BCC → FCC iron problem of ch. 3; the unit cells hold different numbers of
atoms, so the cells' volumes are not compared). ΔV/V = (a₂³/n₂)/(a₁³/n₁) − 1, from the structure the
metal transforms from (1) to the one it transforms to (2).

The handler answers only when the question names two different cubic structures, gives exactly two
lengths and ties each to one structure by its writing ('BCC (a = 0.2910 nm)', '0.3647 nm (FCC)'),
says which way the transformation goes ('from BCC to FCC', 'BCC → FCC', 'BCC iron transforms to
FCC'), and asks for the change of the volume (not of the unit cell's volume). Any other given than a
temperature (the condition the lattice parameters are stated at) leaves the question to the relation
solver. A signed change is answered with its sign; 'by what percentage does the volume decrease'
(or increase, contract, expand) is answered as a positive number only when the data agree with the
named direction, and refused when they do not.
"""

from __future__ import annotations

import re

from .answer import Answer
from .checks import Check
from .quantities import Given, Reading, Requested, format_number

_ATOMS = {"SC": 1, "BCC": 2, "FCC": 4}
_STRUCT = (
    r"(?:\bBCC\b|\bFCC\b|\bSC\b|\bbody[-\s]cent(?:er|re)d[-\s]cubic\b|\bface[-\s]cent(?:er|re)d[-\s]"
    r"cubic\b|\bsimple[-\s]cubic\b)"
)
_STRUCT_RE = re.compile(_STRUCT, re.I)
_ASKS_VOLUME = re.compile(r"\bvolume\b", re.I)
_ASKS_CHANGE = re.compile(
    r"\bchange\b|\bchanges\b|\bexpan\w*|\bexpands?\b|\bcontract\w*|\bshrink\w*|\bincrease\b|"
    r"\bdecrease\b|\bincreases\b|\bdecreases\b",
    re.I,
)
_CELL_VOLUME = re.compile(r"\b(?:unit[-\s]?)?cell\b", re.I)
_MAGNITUDE_UP = re.compile(r"\b(?:increase|increases|expan\w*|expands?|grow\w*|swell\w*)\b", re.I)
_MAGNITUDE_DOWN = re.compile(
    r"\b(?:decrease|decreases|contract\w*|shrink\w*|shrinkage|reduction|fall|falls)\b", re.I
)
# 'with its sign', '(expansion positive)', '(a contraction is negative)', 'negative for a contraction'
_SIGNED = re.compile(
    r"\bwith\s+(?:its|the|a)\s+sign\b|\bsigned\b|\bsign\s+convention\b|\bgive\s+the\s+sign\b|"
    r"\b(?:expansion|increase|contraction|decrease)s?\s+(?:is\s+|as\s+|taken\s+as\s+)?"
    r"(?:positive|negative)\b|\b(?:positive|negative)\s+(?:for|if)\s+(?:an?\s+)?"
    r"(?:expansion|increase|contraction|decrease)\b",
    re.I,
)
# the direction of the transformation
_FROM_TO = re.compile(
    rf"\bfrom\s+(?:the\s+|an?\s+)?(?P<a>{_STRUCT})(?:[^.;?!]|\.(?=\d))*?\bto\s+(?:the\s+|an?\s+)?"
    rf"(?P<b>{_STRUCT})",
    re.I,
)
_ARROW = re.compile(rf"(?P<a>{_STRUCT})\s*(?:→|->|⟶)\s*(?P<b>{_STRUCT})", re.I)
_BECOMES = re.compile(
    rf"(?P<a>{_STRUCT})(?:\s+[\w-]+){{0,2}}?\s+(?:transforms?|changes?|converts?|turns?)\s+"
    rf"(?:in)?to\s+(?:the\s+|an?\s+)?(?P<b>{_STRUCT})",
    re.I,
)


def _name(word: str) -> str:
    w = re.sub(r"[-\s]+", " ", word.lower())
    if w in ("bcc", "body centered cubic", "body centred cubic"):
        return "BCC"
    if w in ("fcc", "face centered cubic", "face centred cubic"):
        return "FCC"
    return "SC"


# 'BCC (a = 0.2910 nm)', 'BCC with a = 0.2910 nm', 'BCC, a = …', 'FCC: a = …', 'BCC lattice parameter
# 0.2904 nm': the structure right before the value
_BEFORE = re.compile(
    rf"(?P<s>{_STRUCT})\s*(?:\(|,|:|with|has)?\s*(?:(?:a|a_?0|the)\s*)?"
    r"(?:lattice\s+(?:parameter|constant)\s*(?:of|is|=)?\s*)?(?:a\s*)?(?:=|of|is)?\s*$",
    re.I,
)
# '0.3647 nm (FCC)', '0.3647 nm for FCC', '0.2904 nm in the BCC phase'
_AFTER = re.compile(
    rf"^\s*(?:\(\s*(?P<s1>{_STRUCT})\s*\)|(?:for|in)\s+(?:the\s+)?(?P<s2>{_STRUCT}))", re.I
)


def _structure_of(g: Given) -> str | None:
    after = _AFTER.match(g.after)
    before = _BEFORE.search(g.before[-60:])
    names = set()
    if after:
        names.add(_name(after.group("s1") or after.group("s2")))
    if before:
        names.add(_name(before.group("s")))
    return names.pop() if len(names) == 1 else None


def _direction(text: str) -> tuple[str, str] | None:
    found = set()
    for pattern in (_FROM_TO, _ARROW, _BECOMES):
        for m in pattern.finditer(text):
            a, b = _name(m.group("a")), _name(m.group("b"))
            if a != b:
                found.add((a, b))
    return found.pop() if len(found) == 1 else None


def _is_length(g: Given) -> bool:
    if g.quantity is None or g.unit is None:
        return False
    try:
        g.quantity.to("nm")
    except Exception:
        return False
    return True


def _is_temperature(g: Given) -> bool:
    return bool(g.unit and g.unit.is_absolute_temperature)


def try_polymorph_volume_change(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """The relative volume change on a cubic → cubic transformation; None when not that question."""
    text = reading.text
    asked = f"{reading.target or ''} {reading.ask_clause or ''}"
    if not (_ASKS_VOLUME.search(asked) and _ASKS_CHANGE.search(asked)):
        return None
    if _CELL_VOLUME.search(asked):
        return None  # the unit cell's own volume: n differs between the cells
    if len({_name(m.group(0)) for m in _STRUCT_RE.finditer(text)}) != 2:
        return None
    from .irrelevant import counts_as_given

    data = [g for g in reading.givens if g.kind != "delta_t" and counts_as_given(g, text)]
    lengths = [g for g in data if _is_length(g)]
    others = [g for g in data if g not in lengths and not _is_temperature(g)]
    if len(lengths) != 2 or others:
        return None
    structs = [_structure_of(g) for g in lengths]
    if None in structs or structs[0] == structs[1]:
        return None
    direction = _direction(text)
    if direction is None or set(direction) != set(structs):
        return None
    by = {s: g for s, g in zip(structs, lengths, strict=True)}
    first, second = by[direction[0]], by[direction[1]]
    a1, a2 = (float(g.quantity.to("nm").magnitude) for g in (first, second))
    n1, n2 = _ATOMS[direction[0]], _ATOMS[direction[1]]
    v1, v2 = a1**3 / n1, a2**3 / n2
    change = v2 / v1 - 1
    from .solver import refuse

    unit = requested.text if requested else None
    signed = bool(_SIGNED.search(text))
    steps_sign = "ΔV/V, signed (an expansion positive)"
    value = change
    if not signed and not re.search(r"\bchanges?\b", asked, re.I):
        up, down = bool(_MAGNITUDE_UP.search(asked)), bool(_MAGNITUDE_DOWN.search(asked))
        if up == down:
            return None
        if (change > 0) != up:
            return refuse(
                question,
                f"the question asks by how much the volume {'increases' if up else 'decreases'}, "
                f"and by the data it {'decreases' if up else 'increases'} "
                f"(ΔV/V = {format_number(100 * change)} %); no number is given",
                unit=unit,
            )
        value = abs(change)
        steps_sign = "the size of the change in the named direction"
    elif not signed and re.search(r"\bmagnitude\b", asked, re.I):
        value = abs(change)
    from ...units import get_registry

    ureg = get_registry()
    quantity = ureg.Quantity(100 * value, "percent")
    if requested is not None:
        try:
            quantity = quantity.to(requested.unit.units)
        except Exception:
            return None
    return Answer(
        question=question,
        quantity=quantity,
        unit_requested=unit,
        checks=[
            Check("dimension", True, "a relative change of one volume: dimensionless"),
            Check("givens", True, "both lattice parameters used, each with its structure"),
            Check("constants", True, "no physical constants needed"),
        ],
        steps=[
            "Relation: the metal's volume changes as the volume per atom a³/n "
            "(n = 1 SC, 2 BCC, 4 FCC atoms per cell)",
            f"{direction[0]}: {first.describe()}, V/atom = {format_number(a1)}³/{n1} = "
            f"{format_number(v1)} nm³",
            f"{direction[1]}: {second.describe()}, V/atom = {format_number(a2)}³/{n2} = "
            f"{format_number(v2)} nm³",
            f"ΔV/V = {format_number(v2)}/{format_number(v1)} − 1 = {format_number(100 * change)} % "
            f"({steps_sign})",
        ],
        source="solver",
        relation="cubic_transformation_volume_change",
        target="volume change on a cubic-to-cubic transformation",
    )
