"""Words of the question that change the set-up a relation answered (issue 11, precision; round 15).

Each check refuses, with a reason, a question whose words make the answering relation's number
another quantity than the one asked:

* the volume of a cell other than the conventional cubic one (primitive, Wigner–Seitz, per formula
  unit, per atom, of several cells, of the atoms in it) answered with V = a³;
* a length named as the gauge (original) length bound as the change in length, or one named as the
  final (new) length bound as the original length, under ε = ΔL/L₀;
* a formation entropy stated beside the energy for a vacancy count (the relation has no entropy
  factor), or a stated value set aside in words ('not 0.92 eV but half of that');
* a normal-incidence reflectance asked for both faces of a plate (the relation gives one face);
* a negative result where the question asks for a positive number;
* a plated or corroding area of which only a part is exposed ('only half of the surface is plated').
"""

from __future__ import annotations

import re
from typing import Any

_OTHER_CELL = re.compile(
    r"\bprimitive\b|\bwigner\b|\bvoronoi\b"
    r"|\bper\s+(?:\w+\s+)?(?:formula\s+unit|molecule|atom|ion|lattice\s+point)\b"
    r"|\b(?:each|every|one)\s+atom\s+(?:occup|take|fill)\w*"
    r"|\bvolume\s+(?:of|taken\s+up\s+by|occupied\s+by|filled\s+by)\s+(?:the\s+)?(?:atoms|ions|spheres)\b"
    r"|\b(?:empty|free|void|unoccupied)\s+(?:space|volume)\b"
    r"|\b(?:two|three|four|five|ten|\d+)\s+(?:unit\s+)?cells\b",
    re.I,
)

_NUM = r"(?<![\d.]){v}(?![\d])"
_ORIGINAL_WORDS = re.compile(
    r"\b(?:gauge|gage)\s+length\b|\boriginal(?:ly)?\b|\binitial(?:ly)?\b|\bunstrained\b"
    r"|\bstarting\b|\blong\b",
    re.I,
)
_FINAL_WORDS = re.compile(
    r"\b(?:final|new|stretched|deformed|resulting|strained)\s+(?:gauge\s+|gage\s+)?length\b"
    r"|\b(?:final|finally)\b",
    re.I,
)
# a whole length asked ('the final length', 'how long is it then', 'its length afterwards')
_WHOLE_LENGTH_ASKED = re.compile(
    r"\b(?:final|new|resulting|stretched|deformed)\s+(?:gauge\s+|gage\s+)?length\b"
    r"|\bhow\s+long\s+(?:is|will|would|does)\b|\blength\s+(?:afterwards|after\s+\w+ing|then)\b",
    re.I,
)
_CHANGE_ASKED = re.compile(
    r"\b(?:elongation|extension|increase|change|stretch)\b|\bby\s+how\s+much\b|\bhow\s+much\s+"
    r"(?:longer|shorter)\b",
    re.I,
)
_BY_BEFORE = re.compile(r"\bby\s*$", re.I)
# a length the body reaches, said as a state ('pulled until the marks are 62 mm apart', 'stretched to
# 62 mm', 'now measures 62 mm'): a final length, not the change ('amounts to 12 mm' is the change)
_STATE_BEFORE = re.compile(
    r"(?:\b(?:until|till)\b(?:(?!\b(?:by|elongat\w*|extend\w*|extension|increas\w*|grow\w*|grew|"
    r"lengthen\w*|chang\w*)\b)[^,;])*"
    r"|\b(?:becomes?|became|measures?|measured|reach(?:es|ed)?|(?:is|are)\s+now)"
    r"(?:\s+a\s+length\s+of|\s+about|\s+approximately)?"
    r"|(?<!amounts\s)(?<!amount\s)(?<!equal\s)(?<!due\s)(?<!up\s)(?<!close\s)\bto"
    r"(?:\s+a\s+(?:total\s+)?length\s+of)?)\s*$",
    re.I,
)
_STATE_AFTER = re.compile(r"^\s*[a-zµ]*\s*apart\b", re.I)
_LENGTH_STEP = re.compile(
    r"^(?P<role>change in length|original length):\s*(?P<v>\d+(?:\.\d+)?)\s*(?P<u>[a-zµ]+)\s*$"
)

_ENTROPY = re.compile(r"\bentrop(?:y|ies)\b", re.I)
_VALUE_SET_ASIDE = re.compile(
    r"\bnot\s+(?:the\s+(?:stated|given)\s+)?\d+(?:\.\d+)?\s*[^\s,;.]*(?:\s*/\s*\w+)?\s*,?\s+but\b",
    re.I,
)

_BOTH_FACES = re.compile(
    r"\b(?:both|two|each\s+of\s+the\s+two)\s+(?:faces|surfaces|sides|interfaces)\b", re.I
)
_POSITIVE_ASKED = re.compile(
    r"\b(?:as\s+a\s+|a\s+)?positive\s+(?:number|value|quantity)\b|\bpositive\s+for\s+heat\s+released\b",
    re.I,
)
_PART_AREA = re.compile(
    r"\b(?:only\s+)?(?:half|one[\s-]half|a\s+third|one[\s-]third|a\s+quarter|one[\s-]quarter"
    r"|two[\s-]thirds|\d+(?:\.\d+)?\s*%)\s+of\s+(?:the|its|this|that)\s+(?:\w+\s+)?(?:surface|area)\b",
    re.I,
)


def _cell_refusal(text: str, parts: list[str]) -> str | None:
    if "cell_volume_cubic" not in parts:
        return None
    m = _OTHER_CELL.search(text)
    if m is None:
        return None
    return (
        "V = a³ is the volume of one conventional cubic cell, and the question asks another volume "
        f"({m.group(0).strip()!r}); no number is given"
    )


def _strain_length_refusal(
    text: str, parts: list[str], steps: list[str], target: str | None
) -> str | None:
    if not any(p.startswith("engineering_strain") for p in parts):
        return None
    ask = re.split(r"(?<=[.;])\s+", text)[-1]
    if (
        (target or "").startswith("change in length")
        and _WHOLE_LENGTH_ASKED.search(ask)
        and not _CHANGE_ASKED.search(ask)
    ):
        return (
            "the question asks for the whole length after straining, and the relation gives the "
            "change in length; no number is given"
        )
    for step in steps:
        m = _LENGTH_STEP.match(step.strip())
        if m is None:
            continue
        value = re.escape(m.group("v"))
        for hit in re.finditer(_NUM.format(v=value), text):
            before = re.split(r"[.;?]", text[max(0, hit.start() - 40) : hit.start()])[-1]
            after = re.split(r"[.;?,]", text[hit.end() : hit.end() + 30])[0]
            if m.group("role") == "change in length":
                near = _ORIGINAL_WORDS.search(after) or _ORIGINAL_WORDS.search(before[-25:])
                if near is not None and not _BY_BEFORE.search(before):
                    return (
                        f"the question names {m.group('v')} {m.group('u')} as the original length "
                        f"({near.group(0)!r}), and the relation took it for the change in length; "
                        "no number is given"
                    )
                state = _STATE_BEFORE.search(before[-40:]) or _STATE_AFTER.search(after)
                if state is not None and not _BY_BEFORE.search(before):
                    return (
                        f"the question gives {m.group('v')} {m.group('u')} as the length the body "
                        f"reaches ({state.group(0).strip()!r}), and the relation took it for the "
                        "change in length; no number is given (give the elongation itself)"
                    )
            else:
                near = _FINAL_WORDS.search(before[-30:]) or _FINAL_WORDS.search(after[:20])
                if near is not None:
                    return (
                        f"the question names {m.group('v')} {m.group('u')} as the final length "
                        f"({near.group(0)!r}), and the relation took it for the original length; "
                        "no number is given"
                    )
    return None


def _stated_value_refusal(text: str, parts: list[str]) -> str | None:
    m = _VALUE_SET_ASIDE.search(text)
    if m is not None:
        return (
            f"the question sets a stated value aside ({m.group(0).strip()!r}) and the relation "
            "would use it; no number is given"
        )
    if any(p.startswith("vacancy_") for p in parts):
        e = _ENTROPY.search(text)
        if e is not None:
            return (
                "the question states a formation entropy, and the vacancy relation "
                "N_v/N = exp(−Q_v/kT) has no entropy factor; no number is given"
            )
    return None


def _reflect_refusal(text: str, parts: list[str]) -> str | None:
    if "reflectivity_normal_incidence" not in parts or len(parts) != 1:
        return None
    m = _BOTH_FACES.search(text)
    if m is None:
        return None
    return (
        f"R = ((n − 1)/(n + 1))² is the reflectance of one face, and the question counts "
        f"{m.group(0)!r}; no number is given"
    )


def _positive_refusal(text: str, quantity: Any) -> str | None:
    try:
        negative = float(quantity.magnitude) < 0
    except (AttributeError, TypeError, ValueError):
        return None
    if negative and _POSITIVE_ASKED.search(text):
        return (
            "the question asks for a positive number and the relation's value is negative under "
            "its own sign convention; no number is given"
        )
    return None


def _part_area_refusal(text: str, steps: list[str]) -> str | None:
    if not any("area" in s.lower() for s in steps if not s.startswith("Relation:")):
        return None
    m = _PART_AREA.search(text)
    if m is None:
        return None
    return (
        f"only part of the stated area takes part ({m.group(0).strip()!r}), and the relation "
        "takes the stated area whole; no number is given"
    )


def stated_setup_refusal(
    question: str,
    relation: str | None,
    steps: list[str],
    quantity: Any = None,
    target: str | None = None,
) -> str | None:
    """A reason when the question's words change the set-up the answering relation used."""
    from .text import normalize

    if not relation:
        return None
    text = normalize(question)
    parts = relation.split("+")
    return (
        _cell_refusal(text, parts)
        or _strain_length_refusal(text, parts, steps, target)
        or _stated_value_refusal(text, parts)
        or _reflect_refusal(text, parts)
        or _positive_refusal(text, quantity)
        or _part_area_refusal(text, steps)
    )
