"""Light through a slab: reflection at both faces, T = (1 − R)² e^(−αx).

Light crossing a plate of thickness x loses the fraction R at the face it enters and again at the
face it leaves, and is attenuated by e^(−αx) in between (Callister ch. 21: I_T = I₀(1 − R)² e^(−βl),
multiple reflections neglected). A response that writes (1 − R) e^(−αx) for a plate has kept only
one face.

The question must speak of a plate (slab, sheet, window, pane) or of both faces, must not limit
the loss to one surface, and must give the reflectance (or a refractive index, R = ((n − 1)/(n + 1))²
against air), one absorption coefficient and one thickness. The response is flagged only when its
final transmitted fraction is (1 − R)·e^(−αx) from those givens, differs from (1 − R)² e^(−αx), the
response writes the factor 1 − R and never (1 − R)².
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .step_numbers import (
    as_fraction,
    close,
    closing_states,
    final_quantity,
    magnitude_in,
    of_dimension,
    plain_numbers,
    quantities,
    written_as,
)

_SLAB = re.compile(
    r"\b(?:plate|slab|sheet|window|pane|disc|disk)\b|\b(?:both|two|each)\s+(?:faces|surfaces|"
    r"sides|face|surface|interfaces)\b",
    re.I,
)
_TRANSMIT = re.compile(r"transmi(?:t|ss)", re.I)
_ONE_FACE = re.compile(
    r"\b(?:single|one|first|front|entrance|entry)\s+(?:surface|face|interface)\b(?!s)|"
    r"multiple\s+reflections?|(?:ignore|neglect)\w*[^.]{0,40}(?:back|rear|second|exit)|"
    r"\bcoat|immersed|\bin\s+(?:water|oil)",
    re.I,
)
_REFLECTS = re.compile(
    r"reflect\w*\s+(?:of\s+|is\s+|=\s*)?(?P<v>\d+(?:\.\d+)?)\s*(?P<pct>%)?|"
    r"\bR\s*=\s*(?P<r>0?\.\d+|\d+(?:\.\d+)?\s*%)",
    re.I,
)
_INDEX = re.compile(
    r"(?:refractive\s+index|index\s+of\s+refraction)\s*(?:of\s+|is\s+|=\s*|\(n\)\s*(?:of\s+|=\s*)?)?"
    r"(?:n\s*=\s*)?(?P<n>\d\.\d+)|\bn\s*=\s*(?P<n2>\d\.\d+)",
    re.I,
)
_WAVELENGTH = re.compile(r"wavelength|λ", re.I)
_ONE_MINUS_R = re.compile(r"1\s*[-−–]\s*R\b(?!\s*\)?\s*(?:\^|²|\*\*))", re.I)
_SQUARED = re.compile(r"\(\s*1\s*[-−–]\s*R\s*\)\s*(?:\^\s*\(?2|²|\*\*\s*2)", re.I)


def reflectance_of(question: str) -> float | None:
    """One face's reflectance (a fraction) as the question states it or from its refractive index
    against air, R = ((n − 1)/(n + 1))²; None when it gives neither."""
    m = _REFLECTS.search(question)
    if m is not None:
        if m.group("v"):
            v = float(m.group("v"))
            return v / 100 if m.group("pct") or v > 1 else v
        r = m.group("r").replace(" ", "")
        return float(r[:-1]) / 100 if r.endswith("%") else float(r)
    n = _INDEX.search(question)
    if n is not None:
        idx = float(n.group("n") or n.group("n2"))
        if idx > 1:
            return ((idx - 1) / (idx + 1)) ** 2
    return None


def _attenuation(question: str) -> float | None:
    """α·x from the question's one absorption coefficient and one thickness; None otherwise."""
    alphas: list[Any] = []
    lengths: list[Any] = []
    for q, _text, start in quantities(question):
        if _WAVELENGTH.search(question[max(0, start - 30) : start]):
            continue
        if of_dimension(q, "1/m") and float(q.magnitude) > 0:
            alphas.append(q)
        elif of_dimension(q, "m") and float(q.magnitude) > 0:
            lengths.append(q)
    if len(alphas) != 1 or len(lengths) != 1:
        return None
    return magnitude_in(alphas[0] * lengths[0], "dimensionless")


def slab_transmission_check(question: str, lines: list[str]) -> Check | None:
    """A failed check when a plate's transmitted fraction keeps the reflection loss of one face only."""
    if not (_SLAB.search(question) and _TRANSMIT.search(question)) or _ONE_FACE.search(question):
        return None
    reflectance = reflectance_of(question)
    ax = _attenuation(question)
    if reflectance is None or ax is None or not 0.005 < reflectance < 0.5:
        return None
    inside = math.exp(-ax)
    right = (1 - reflectance) ** 2 * inside
    wrong = (1 - reflectance) * inside
    final = as_fraction(final_quantity(lines))
    if final is None or not close(final, wrong, 0.01) or close(final, right, 0.01):
        return None
    if closing_states(lines, right):
        return None
    response = "\n".join(lines)
    if _SQUARED.search(response):
        return None
    numbers = plain_numbers(response)
    factor_written = written_as(1 - reflectance, numbers) or bool(_ONE_MINUS_R.search(response))
    if not factor_written or written_as((1 - reflectance) ** 2, numbers):
        return None
    return Check(
        "slab transmission",
        False,
        f"the light crosses both faces of the plate, so it loses R = {reflectance:.4g} at each: "
        f"I_T/I₀ = (1 − R)² e^(−αx) = {(1 - reflectance) ** 2:.4g} × {inside:.4g} = {right:.4g} "
        f"({100 * right:.3g} %), not (1 − R) e^(−αx) = {wrong:.4g}",
    )


_REFLECTED_BY_PLATE = re.compile(
    r"reflect\w*\s+(?:back\s+)?(?:by|from|off)\s+(?:the|this|a|such\s+a)\s+(?:\w+\s+){0,2}"
    r"(?:plate|slab|sheet|window|pane|disc|disk)\b|"
    r"\b(?:plate|slab|sheet|window|pane|disc|disk)\s+reflects?\b",
    re.I,
)
_AT_SURFACE = re.compile(
    r"\b(?:at|from|off|by)\s+(?:the|its|a|each|one)\s+(?:\w+\s+)?(?:surface|face|interface)\b(?!s)|"
    r"\bper\s+(?:surface|face)\b|\bbacked\b|\bon\s+(?:a|the)\s+\w*\s*substrate|\bfilm\b|"
    r"\bopaque\b|\babsorption\s+coefficient\b|\bα\s*=",
    re.I,
)
_BACK_FACE = re.compile(
    r"\b(?:back|rear|second|exit|both|two|other|lower|far)\s+(?:face|surface|side|faces|"
    r"surfaces|sides|interface)|\b2\s*R\s*/\s*\(\s*1\s*\+\s*R\s*\)|R\s*\(\s*1\s*[-−–]\s*R\s*\)",
    re.I,
)


def slab_reflection_check(question: str, lines: list[str]) -> Check | None:
    """A failed check when the fraction a plate reflects is given as one face's reflectance.

    A transparent plate in air reflects R = ((n − 1)/(n + 1))² at its front face and, of the 1 − R
    that enters, a further R at its back face: whatever the model (one pass R + R(1 − R)², or all
    multiple reflections 2R/(1 + R)), the plate reflects more than one face does. Flagged only when
    the question asks what the plate (window, slab …) reflects, names no single surface, no
    absorption and no coating or substrate, the final answer is R of one face, and the response
    speaks of no back face."""
    if not _REFLECTED_BY_PLATE.search(question) or _TRANSMIT.search(question):
        return None
    if _AT_SURFACE.search(question) or _ONE_FACE.search(question):
        return None
    reflectance = reflectance_of(question)
    if reflectance is None or not 0.005 < reflectance < 0.5:
        return None
    final = as_fraction(final_quantity(lines))
    if final is None or not close(final, reflectance, 0.01):
        return None
    response = "\n".join(lines)
    if _BACK_FACE.search(response) or _ONE_FACE.search(response):
        return None
    both = 2 * reflectance / (1 + reflectance)
    once = reflectance + reflectance * (1 - reflectance) ** 2
    return Check(
        "slab reflection",
        False,
        f"R = {reflectance:.4g} is what one face reflects; the plate's back face reflects a "
        f"further part of the {1 - reflectance:.4g} that enters, so the plate reflects more: "
        f"R + R(1 − R)² = {once:.4g} ({100 * once:.3g} %), or {both:.4g} ({100 * both:.3g} %) "
        f"with every multiple reflection (2R/(1 + R))",
    )
