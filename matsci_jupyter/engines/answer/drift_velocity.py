"""One carrier's drift velocity: v_d = μE with that carrier's own mobility.

An electron in a field E drifts at v_d = μ_e E and a hole at μ_h E; the two mobilities add only
where both carriers carry current, in the conductivity σ = n|e|(μ_e + μ_h) of an intrinsic
semiconductor (Callister ch. 18). A response that writes a velocity as (μ_e + μ_h)E for a question
about one kind of carrier has used the conductivity's sum where one mobility belongs.

Flagged only when the question gives both mobilities and asks about one carrier (an electron or
a hole, not both), and a step whose left side is a velocity multiplies the sum of the two
mobilities (as symbols, or as the question's two numbers added). The recomputed value uses the
field that step implies (its velocity divided by the sum) and the asked carrier's mobility.
"""

from __future__ import annotations

import re

from .checks import Check
from .prose import statements
from .step_check import clip, evaluate_segment, strip_words

_NUM = r"(\d+(?:\.\d+)?(?:\s*(?:×|x|\*)\s*10\s*\^\s*\(?[-−]?\d+\)?)?)"
_MOBILITY = {
    "electron": re.compile(
        r"electron\s+mobility\s*(?:\(\s*μ_?\w*\s*\)\s*)?(?:of|is|=|:)?\s*" + _NUM, re.I
    ),
    "hole": re.compile(r"hole\s+mobility\s*(?:\(\s*μ_?\w*\s*\)\s*)?(?:of|is|=|:)?\s*" + _NUM, re.I),
}
_ASK = re.compile(r"\b(?:how|what|find|calculate|compute|determine|estimate)\b", re.I)
_SUM = re.compile(r"\(\s*μ_?\{?\w*\}?\s*\+\s*μ_?\{?\w*\}?\s*\)")
_VELOCITY_LEFT = re.compile(
    r"^\s*(?:\*\*)?\s*(?:v|v_d|v_\{?d\}?|v_e|v_n|v_h|v_p|v_drift|drift\s+velocity)\b"
)


def _number(text: str) -> float | None:
    value = evaluate_segment(text.replace("−", "-")).value
    return float(value.magnitude) if value is not None else None


def drift_velocity_check(question: str, lines: list[str]) -> Check | None:
    """A failed check when one carrier's drift velocity is computed with μ_e + μ_h."""
    found = {}
    for carrier, pattern in _MOBILITY.items():
        m = pattern.search(question)
        if m is None:
            return None
        found[carrier] = _number(m.group(1))
    if None in found.values():
        return None
    asks = list(_ASK.finditer(question))
    if not asks:
        return None
    ask = question[asks[-1].start() :]
    named = {c for c in ("electron", "hole") if re.search(rf"\b{c}s?\b", ask, re.I)}
    if len(named) != 1:
        return None
    carrier = named.pop()
    mu_e, mu_h = found["electron"], found["hole"]
    assert mu_e is not None and mu_h is not None
    total = mu_e + mu_h
    numeric_sum = re.compile(
        rf"\(\s*(?:{re.escape(f'{mu_e:g}')}0*\s*\+\s*{re.escape(f'{mu_h:g}')}0*|"
        rf"{re.escape(f'{mu_h:g}')}0*\s*\+\s*{re.escape(f'{mu_e:g}')}0*)\s*\)"
    )
    for st in statements(lines):
        if not _VELOCITY_LEFT.match(st.sides[0]):
            continue
        rest = "=".join(st.sides[1:])
        if not (_SUM.search(rest) or numeric_sum.search(rest)):
            continue
        written = evaluate_segment(strip_words(st.sides[-1])).value
        if written is None or total <= 0:
            continue
        v = float(written.magnitude)
        own = mu_e if carrier == "electron" else mu_h
        right = v / total * own
        unit = f"{written.units:~P}".strip()
        return Check(
            "drift velocity",
            False,
            f"'{clip(st.text.strip(), 60)}' gives one {carrier}'s drift velocity with the sum of "
            f"both mobilities; a carrier drifts at its own mobility, v_d = μE (the sum belongs to "
            f"σ = n|e|(μ_e + μ_h)): {own:g} × {v / total:.4g} = {right:.4g} {unit}".rstrip(),
        )
    return None
