"""Hall–Petch: the change in yield strength when the grain diameter changes by a factor said in words.

σ_y = σ₀ + k_y d^(−1/2) (Callister eq. 7.7). When the grain diameter d goes to f·d ('halves the grain
size': f = 1/2; 'refined by a factor of 4': f = 1/4; 'doubles': f = 2), the yield strength changes by

    Δσ_y = k_y d^(−1/2) (f^(−1/2) − 1)        (k_y in MPa·m^½, d in m, Δσ_y in MPa)

whatever σ₀ is, so a friction stress σ₀ or the yield strength at the first grain size, given beside k_y
and d, does not enter the change. Asked the new yield strength instead, the answer is σ₀ + k_y (fd)^(−1/2)
or σ_y + Δσ_y, from whichever one of the two is given.

Answered only when every one of these holds (precision first):

* the question names the yield strength and the grain size (or diameter), gives exactly one Hall–Petch
  coefficient (a stress times a square root of a length) and exactly one grain diameter;
* one worded change of the grain size is said ('halves', 'is halved', 'reduced/refined to a half, a
  third, a quarter', 'by a factor of N', 'doubles');
* the ask is the change ('how much larger', 'by how much does … increase', 'the increase in …') in the
  direction the grain change gives (a smaller grain, a larger strength), or the new yield strength
  with exactly one of σ₀ and σ_y given;
* no other value is given (numbers inside the written law d^(−1/2) are not values).
"""

from __future__ import annotations

import math
import re

from .answer import Answer
from .checks import Check
from .quantities import Reading, Requested, format_number

_YIELD = re.compile(r"\byield\s+(?:strength|stress|point)\b|\bσ_?y\b", re.I)
_GRAIN = re.compile(r"\bgrain\s+(?:size|diameter)\b|\bgrains?\b", re.I)
_GS = r"(?:(?:average|mean)\s+)?grain\s+(?:size|diameter)"
_WORD_FACTOR = {
    "half": 2,
    "one half": 2,
    "a half": 2,
    "one third": 3,
    "a third": 3,
    "third": 3,
    "one quarter": 4,
    "a quarter": 4,
    "quarter": 4,
    "one fourth": 4,
    "a fourth": 4,
}
_FRACTION = r"(?P<w>one\s+half|a\s+half|half|one\s+third|a\s+third|one\s+quarter|a\s+quarter|one\s+fourth|a\s+fourth)"
# (pattern, how the factor is read): 'down' divides d by the factor, 'up' multiplies it
_CHANGES = (
    (re.compile(r"\bhalv(?:es|ed|ing)\s+(?:the\s+|its\s+)?" + _GS, re.I), "half"),
    (re.compile(_GS + r"\s+(?:is|was|be|being|gets)\s+halved\b", re.I), "half"),
    (
        re.compile(
            r"\b(?:reduc|refin|decreas|cut)(?:es|ed|ing|e)\s+(?:the\s+|its\s+)?"
            + _GS
            + r"\s+(?:to\s+)?"
            + _FRACTION
            + r"\b(?!\s+(?:a|an|one)?\s*(?:µm|μm|um|mm|nm|micro))",
            re.I,
        ),
        "word",
    ),
    (
        re.compile(
            _GS
            + r"\s+(?:is|was|be|being)\s+(?:reduced|refined|decreased|cut)\s+(?:to\s+)?"
            + _FRACTION
            + r"\b",
            re.I,
        ),
        "word",
    ),
    (
        re.compile(
            r"\b(?:reduc|refin|decreas)(?:es|ed|ing|e)\s+(?:the\s+|its\s+)?"
            + _GS
            + r"\s+by\s+a\s+factor\s+of\s+(?P<n>\d+(?:\.\d+)?)\b",
            re.I,
        ),
        "down",
    ),
    (
        re.compile(
            _GS
            + r"\s+(?:is|was|be|being)\s+(?:reduced|refined|decreased)\s+by\s+a\s+factor\s+of\s+"
            r"(?P<n>\d+(?:\.\d+)?)\b",
            re.I,
        ),
        "down",
    ),
    (re.compile(r"\bdoubl(?:es|ed|ing)\s+(?:the\s+|its\s+)?" + _GS, re.I), "double"),
    (re.compile(_GS + r"\s+(?:is|was|be|being)\s+doubled\b", re.I), "double"),
)
_ASK_UP = re.compile(
    r"\bhow\s+much\s+(?:larger|higher|greater|stronger|more)\b|"
    r"\bby\s+how\s+much\s+(?:does|will|would|is|has)\b[^?.]*\b(?:increase|rise|go\s+up|grow)|"
    r"\b(?:increase|rise|gain)\s+in\s+(?:the\s+)?yield\b|\bhow\s+much\s+does\s+[^?.]*\bincrease\b",
    re.I,
)
_ASK_DOWN = re.compile(
    r"\bhow\s+much\s+(?:smaller|lower|less|weaker)\b|"
    r"\bby\s+how\s+much\s+(?:does|will|would|is|has)\b[^?.]*\b(?:decrease|fall|drop|go\s+down)|"
    r"\b(?:decrease|fall|drop|loss)\s+in\s+(?:the\s+)?yield\b|\bhow\s+much\s+does\s+[^?.]*\b"
    r"(?:decrease|fall|drop)\b",
    re.I,
)
_ASK_NEW = re.compile(
    r"\bwhat\s+(?:is|will\s+be|would\s+be|becomes)\s+(?:the\s+|its\s+)(?:new\s+)?yield\s+(?:strength|stress)\b|"
    r"\bwhat\s+(?:new\s+)?yield\s+(?:strength|stress)\b|\b(?:the\s+)?new\s+yield\s+(?:strength|stress)\b",
    re.I,
)
# numbers inside the written law: d^(-1/2), m^(1/2), m^1/2, d^-0.5
_EXPONENT = re.compile(r"\^\s*\(?\s*[-−]?\s*(?:1\s*/\s*2|0\.5)\s*\)?")
_FRICTION = re.compile(r"σ_?0|sigma_?0|friction\s+stress|lattice\s+friction", re.I)


def _hall_petch_givens(
    reading: Reading, skip: list[tuple[int, int]]
) -> tuple[list, list, list] | None:
    """The question's Hall–Petch data sorted by dimension: (k_y values in MPa·m^½, grain diameters,
    stresses); None when a given is a bare number or of another dimension. Numbers inside ``skip``
    spans (the written law, a worded factor) are not data."""
    from .irrelevant import counts_as_given

    text = reading.text
    coeffs: list = []
    diameters: list = []
    stresses: list = []
    for g in reading.givens:
        if any(a <= g.start < b for a, b in skip) or not counts_as_given(g, text):
            continue
        q = g.quantity if g.kind == "quantity" else None
        if q is None:
            return None  # a bare number: not this question's data
        dims = _dims(q)
        if dims == {"[mass]": 1, "[length]": -0.5, "[time]": -2}:
            coeffs.append(g)
        elif dims == {"[length]": 1}:
            diameters.append(g)
        elif dims == {"[mass]": 1, "[length]": -1, "[time]": -2}:
            stresses.append(g)
        else:
            return None
    return coeffs, diameters, stresses


def _dims(q: object) -> dict[str, float]:
    return dict(getattr(q, "dimensionality", {}))


def _factor(text: str) -> tuple[float, str, tuple[int, int]] | None:
    """The one grain-size factor f (d → f·d) said in words, its wording and span; None if none or several."""
    found: list[tuple[float, str, tuple[int, int]]] = []
    for pattern, how in _CHANGES:
        for m in pattern.finditer(text):
            if how == "half":
                f = 0.5
            elif how == "double":
                f = 2.0
            elif how == "word":
                f = 1.0 / _WORD_FACTOR[re.sub(r"\s+", " ", m.group("w").lower())]
            else:
                n = float(m.group("n"))
                if n <= 1:
                    return None
                f = 1.0 / n
            found.append((f, m.group(0), m.span()))
    spans = {s for _f, _w, s in found}
    if len(spans) != 1:
        return None
    return found[0]


def try_grain_refinement(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """Δσ_y (or the new σ_y) for a grain diameter changed by a worded factor; None when not that question."""
    text = reading.text
    if not _YIELD.search(text) or not _GRAIN.search(text):
        return None
    change = _factor(text)
    if change is None:
        return None
    f, wording, fspan = change
    from ...units import get_registry

    ureg = get_registry()
    # skipped: a number of the written law, or the N of 'by a factor of N'
    skip = [m.span() for m in _EXPONENT.finditer(text)] + [fspan]
    sorted_givens = _hall_petch_givens(reading, skip)
    if sorted_givens is None:
        return None
    coeffs, diameters, stresses = sorted_givens
    if len(coeffs) != 1 or len(diameters) != 1 or len(stresses) > 1:
        return None
    for s in stresses:  # only σ₀ or the yield strength itself may stand beside k_y and d
        named = f"{s.label or ''} {text[max(0, s.start - 40) : s.start]}"
        if not (_FRICTION.search(named) or re.search(r"\byield\b|σ_?y\b", named, re.I)):
            return None
        if re.search(
            r"\b(?:tensile|ultimate|fracture|shear|flow)\b",
            text[max(0, s.start - 25) : s.start],
            re.I,
        ):
            return None
    if requested is not None and _dims(ureg.Quantity(1, requested.unit.units)) != {
        "[mass]": 1,
        "[length]": -1,
        "[time]": -2,
    }:
        return None
    from .solver import refuse

    unit_text = requested.text if requested else None
    k = coeffs[0].quantity.to("MPa*m**0.5").magnitude
    d = diameters[0].quantity.to("m").magnitude
    if k <= 0 or d <= 0:
        return None
    delta = k * d**-0.5 * (f**-0.5 - 1)
    up, down, new = (bool(p.search(text)) for p in (_ASK_UP, _ASK_DOWN, _ASK_NEW))
    steps = [
        "Relation: Hall–Petch σ_y = σ₀ + k_y d^(−1/2) (Callister eq. 7.7); σ₀ cancels in the change",
        f"grain diameter {format_number(d * 1e6)} µm → {format_number(f * d * 1e6)} µm ('{wording}')",
        f"Δσ_y = k_y (d_new^(−1/2) − d^(−1/2)) = {format_number(k)} MPa·m^½ × "
        f"({format_number((f * d) ** -0.5)} − {format_number(d**-0.5)}) m^(−1/2) = "
        f"{format_number(delta)} MPa",
    ]
    if up + down + new != 1:
        return None
    if up or down:
        if (up and delta < 0) or (down and delta > 0):
            return refuse(
                question,
                f"the question asks how much the yield strength {'rises' if up else 'falls'}, but "
                f"'{wording}' makes the grains {'larger' if delta < 0 else 'smaller'}, so the yield "
                f"strength {'falls' if delta < 0 else 'rises'}; check the wording",
                unit=unit_text,
            )
        value, target = abs(delta), "change in yield strength"
        aside = stresses[0].text.strip() if stresses else None
    else:
        if len(stresses) != 1:
            return None
        s = stresses[0]
        s_mpa = s.quantity.to("MPa").magnitude
        friction = bool(_FRICTION.search(s.label or "")) or bool(
            _FRICTION.search(text[max(0, s.start - 40) : s.start])
        )
        if friction:
            value = s_mpa + k * (f * d) ** -0.5
            steps.append(f"σ_y = σ₀ + k_y d_new^(−1/2) = {format_number(value)} MPa")
        else:
            value = s_mpa + delta
            steps.append(f"σ_y,new = σ_y + Δσ_y = {format_number(value)} MPa")
        target, aside = "yield strength", None
    q = ureg.Quantity(value, "MPa")
    if requested is not None:
        q = q.to(requested.unit.units)
    checks = [
        Check("dimension", True, "a stress, as asked"),
        Check(
            "givens",
            True,
            "k_y and the grain diameter are used; the grain change is read from words",
        ),
    ]
    if aside:
        checks.append(
            Check(
                "interpretation",
                True,
                f"{aside} sets the level of σ_y, which cancels in the change",
            )
        )
    return Answer(
        question=question,
        quantity=q,
        unit_requested=unit_text,
        checks=checks,
        steps=steps,
        source="solver",
        relation="hall_petch_grain_factor",
        target=target,
    )


# 'what is the yield strength at the finer grain size?' after two grain diameters are given
# an ask that compares the two strengths ('the ratio of ... at the finer to that at the coarser')
_COMPARED = re.compile(
    r"\b(?:ratio|factor|times|quotient|percent(?:age)?|fraction|change|increase|rise|difference|"
    r"differ|gain|compared)\b",
    re.I,
)
_AT_NAMED_SIZE = re.compile(
    r"\byield\s+(?:strength|stress|point)\b[^?.]*\b(?:at|for|with)\s+the\s+"
    r"(?P<which>finer|smaller|coarser|larger|bigger)\s+(?:grain\s+(?:size|diameter)|grains?)\b",
    re.I,
)


def try_named_grain_size(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """σ_y = σ₀ + k_y d^(−1/2) at the grain size the ask names as the finer or coarser of two given.

    Answered only with exactly σ₀ (named as such), k_y and two different grain diameters given, and
    nothing else; None otherwise."""
    text = reading.text
    m = _AT_NAMED_SIZE.search(reading.ask_clause or "")
    if m is None or not _YIELD.search(text):
        return None
    if _COMPARED.search(reading.ask_clause or ""):
        return None  # a ratio or change between the two grain sizes, not the strength at one
    from ...units import get_registry

    ureg = get_registry()
    sorted_givens = _hall_petch_givens(reading, [s.span() for s in _EXPONENT.finditer(text)])
    if sorted_givens is None:
        return None
    coeffs, diameters, stresses = sorted_givens
    if len(coeffs) != 1 or len(diameters) != 2 or len(stresses) != 1:
        return None
    s = stresses[0]
    if not (
        _FRICTION.search(s.label or "") or _FRICTION.search(text[max(0, s.start - 40) : s.start])
    ):
        return None
    if requested is not None and _dims(ureg.Quantity(1, requested.unit.units)) != {
        "[mass]": 1,
        "[length]": -1,
        "[time]": -2,
    }:
        return None
    d1, d2 = (g.quantity.to("m").magnitude for g in diameters)
    if d1 <= 0 or d2 <= 0 or math.isclose(d1, d2, rel_tol=1e-9):
        return None
    fine = m.group("which").lower() in ("finer", "smaller")
    d = min(d1, d2) if fine else max(d1, d2)
    k = coeffs[0].quantity.to("MPa*m**0.5").magnitude
    s0 = s.quantity.to("MPa").magnitude
    value = s0 + k * d**-0.5
    q = ureg.Quantity(value, "MPa")
    if requested is not None:
        q = q.to(requested.unit.units)
    return Answer(
        question=question,
        quantity=q,
        unit_requested=requested.text if requested else None,
        checks=[
            Check("dimension", True, "a stress, as asked"),
            Check(
                "interpretation",
                True,
                f"'{m.group('which')}' names the {'smaller' if fine else 'larger'} of the two grain "
                "diameters given",
            ),
        ],
        steps=[
            "Relation: Hall–Petch σ_y = σ₀ + k_y d^(−1/2) (Callister eq. 7.7)",
            f"d = {format_number(d * 1e6)} µm (the {m.group('which')} grain size)",
            f"σ_y = {format_number(s0)} MPa + {format_number(k)} MPa·m^½ × "
            f"{format_number(d**-0.5)} m^(−1/2) = {format_number(value)} MPa",
        ],
        source="solver",
        relation="hall_petch_named_grain_size",
        target="yield strength",
    )
