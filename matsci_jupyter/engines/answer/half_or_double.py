"""An answer that is the response's value of the half (or double) of what the question asks.

Two confusions recur in worked answers: the diffraction angle 2θ asked and the Bragg angle θ
answered ('θ = sin⁻¹(0.659) = 41.2°' … 'the reflection occurs at 41.2°'), and a diameter asked with
the radius answered (or the reverse). When the question asks for one of the pair, the final answer
equals (within 0.5 %) the value the response itself states for the other member, and the response
states no value for the asked one, the final answer is the other quantity: wrong by a factor of
two. The check shows both values.

When the question rules the other member out in words ('the Bragg angle θ (not 2θ)', 'the radius,
not the diameter'), a final answer equal to the response's own value of the ruled-out member is
wrong even where the response also states the asked one on the way ('θ = 19.23°, 2θ = 38.46°.
Answer: 38.46°').
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .step_check import clip

_PAIRS = (  # (asked, its symbol or name in the response, the other's, other = asked × factor)
    (
        re.compile(r"\b2\s*θ\b|\b2\s*\\?theta\b|\btwo[- ]theta\b|\bdiffraction\s+angle\s+2", re.I),
        re.compile(r"^2\s*θ$|^2θ$|^2theta$", re.I),
        re.compile(r"^θ(?:_?\w{0,6})?$|^theta$", re.I),
        0.5,
        ("2θ", "θ"),
    ),
    (
        re.compile(
            r"\b(?:what|calculate|compute|determine|find|estimate)\b[^.?]{0,40}\bdiameter\b", re.I
        ),
        re.compile(r"^(?:d|D|d_\w+|D_\w+|diameter)$"),
        re.compile(r"^(?:r|R|r_\w+|R_\w+|radius)$"),
        0.5,
        ("diameter", "radius"),
    ),
    (
        re.compile(
            r"\b(?:what|calculate|compute|determine|find|estimate)\b[^.?]{0,40}\bradius\b", re.I
        ),
        re.compile(r"^(?:r|R|r_\w+|R_\w+|radius)$"),
        re.compile(r"^(?:d|D|d_\w+|D_\w+|diameter)$"),
        2.0,
        ("radius", "diameter"),
    ),
)
AGREE = 0.005
# 'sin θ = λ/(2d) = 0.5995' (the left side of a chain) and 'arcsin(0.5995)', 'sin⁻¹(0.5995)'
_SINE_OF_THETA = re.compile(r"\bsin\s*\(?\s*θ\s*\)?\s*$|\bsin\s*\(?\s*theta\s*\)?\s*$", re.I)
_INVERSE_SINE = re.compile(
    r"(?:\barcsin|\basin|\bsin\s*\^\s*\(?\s*[-−]\s*1\s*\)?|\bsin⁻¹)\s*\(?\s*(\d*\.\d+|\d+)\s*\)?\s*$",
    re.I,
)
# (what a ruled-out alternative names, the response's symbol for it, its name, the asked one's name,
# asked = ruled-out × factor)
_RULED_OUT = (
    (re.compile(r"2\s*θ|2\s*\\?theta|two[- ]theta", re.I), _PAIRS[0][1], "2θ", "θ", 0.5),
    (re.compile(r"\bdiameter\b", re.I), _PAIRS[1][1], "diameter", "radius", 0.5),
    (re.compile(r"\bradius\b", re.I), _PAIRS[2][1], "radius", "diameter", 2.0),
)


def _final_equal_to(final_text: str, quantity: Any, other: Any) -> float | None:
    """The final answer in ``other``'s unit when it equals ``other`` (within ``AGREE``), else None.
    The final sentence's number in that unit is read first ('the (211) reflection occurs at 41.2°':
    41.2°, not the indices); else the final value as read."""
    from .expression import numbers_with_units

    written = [q for q, _t, _s in numbers_with_units(final_text) if q.units == other.units]
    final_value = written[0] if len(written) == 1 else quantity
    try:
        value = float(final_value.to(other.units).magnitude)
    except Exception:  # another dimension: not the other quantity
        return None
    return value if math.isclose(float(other.magnitude), value, rel_tol=AGREE) else None


def half_or_double_check(question: str, quantity: Any, response: str) -> Check | None:
    """A failed check when the final answer is the response's own value of the other member of an
    asked pair (see the module docstring); None otherwise."""
    from .expression import evaluate_segment
    from .prose import final_answer, response_lines, statements
    from .quantities import without_negated_alternatives
    from .step_check import chain_symbol, strip_words

    if quantity is None:
        return None
    ruled_out = ruled_out_member_check(question, quantity, response)
    if ruled_out is not None:
        return ruled_out
    # 'the Bragg angle θ (not 2θ)': the alternative ruled out is not asked
    asked_text = without_negated_alternatives(question)
    asked_pairs = [p for p in _PAIRS if p[0].search(asked_text)]
    if len(asked_pairs) != 1:
        return None  # a question naming both a radius and a diameter: either may be asked
    _asked, asked_symbol, other_symbol, factor, (asked_name, other_name) = asked_pairs[0]
    lines = response_lines(response)
    final = final_answer(lines)
    if final is None:
        return None
    other = None
    other_text = ""
    sines: list[float] = []  # the values the response gives for sin θ
    for st in statements(lines):
        symbol = chain_symbol(st)
        if asked_name == "2θ":
            sine = _SINE_OF_THETA.search(st.sides[0])
            last = evaluate_segment(strip_words(st.sides[-1])).value
            if sine is not None and last is not None and last.dimensionless:
                sines.append(float(last.magnitude))
            inverse = next(
                (m for m in map(_INVERSE_SINE.search, st.sides[:-1]) if m is not None), None
            )
            if (
                inverse is not None
                and last is not None
                and any(math.isclose(float(inverse.group(1)), x, rel_tol=AGREE) for x in sines)
            ):
                # 'so the diffraction angle is arcsin(0.5995) = 36.83°': the angle whose sine is
                # the response's sin θ is its θ, whatever the words before it call it
                other, other_text = last, st.text
                continue
        if not symbol:
            continue
        seg = evaluate_segment(strip_words(st.sides[-1]))
        if seg.value is None:
            continue
        if asked_symbol.match(symbol):
            return None  # the response states the asked quantity itself
        if other_symbol.match(symbol):
            other, other_text = seg.value, st.text
    if other is None:
        return None
    value = _final_equal_to(final.text, quantity, other)
    if value is None:
        return None
    return Check(
        "asked quantity",
        False,
        f"the question asks for the {asked_name}; the final answer {value:g} is the response's own "
        f"{other_name} ('{clip(other_text.strip(), 50)}'); the {asked_name} is "
        f"{value / factor:.4g}",
    )


def ruled_out_member_check(question: str, quantity: Any, response: str) -> Check | None:
    """A failed check when the question rules one member of a pair out in words ('θ (not 2θ)') and
    the final answer is the response's own value of that member; None otherwise."""
    from .expression import evaluate_segment
    from .prose import final_answer, response_lines, statements
    from .quantities import negated_alternatives
    from .step_check import chain_symbol, strip_words

    alternatives = " ".join(negated_alternatives(question))
    hits = [r for r in _RULED_OUT if r[0].search(alternatives)]
    if len(hits) != 1:
        return None  # nothing ruled out, or both members of a pair named as ruled out
    _names, symbol, ruled_name, asked_name, factor = hits[0]
    lines = response_lines(response)
    final = final_answer(lines)
    if final is None:
        return None
    values = []
    for st in statements(lines):
        # a left side such as '2θ' is no symbol to chain_symbol (it starts with a digit)
        sym = chain_symbol(st) or st.sides[0].strip()
        if sym and len(sym) <= 8 and symbol.match(sym):
            seg = evaluate_segment(strip_words(st.sides[-1]))
            if seg.value is not None:
                values.append((seg.value, st.text))
    if len(values) != 1:
        return None  # the ruled-out quantity not stated, or stated twice: no single value to match
    other, other_text = values[0]
    value = _final_equal_to(final.text, quantity, other)
    if value is None:
        return None
    return Check(
        "asked quantity",
        False,
        f"the question asks for the {asked_name} and rules out the {ruled_name}; the final answer "
        f"{value:g} is the response's own {ruled_name} ('{clip(other_text.strip(), 50)}'); the "
        f"{asked_name} is {value * factor:.4g}",
    )
