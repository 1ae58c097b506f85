"""A plate's absorption coefficient from its measured transmission: one face's loss or both.

Light crossing a plate of thickness x in air keeps (1 − R) at each of its two faces and e^(−βx)
inside (multiple reflections neglected): T = (1 − R)² e^(−βx), so β = −ln[T/(1 − R)²]/x. A question
that gives the plate's transmitted fraction T, its reflectance R (or refractive index n, R =
((n − 1)/(n + 1))²) and one thickness, and asks the absorption coefficient (a reciprocal length),
is answered by that β; a final β equal to −ln[T/(1 − R)]/x, and not to the right one, kept one
face's loss only. Where the question limits the loss to one face the roles are swapped.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .slab_transmission import reflectance_of
from .step_numbers import magnitude_in, of_dimension, quantities

_PLATE = re.compile(
    r"\b(?:plate|slab|sheet|window|pane|disc|disk)\b|\b(?:both|two)\s+(?:faces|surfaces|sides)\b",
    re.I,
)
_ONE_SURFACE = re.compile(
    r"\b(?:front|entrance|entry|first)\s+(?:face|surface)\s+only\b|\bonly\s+(?:at\s+)?(?:the\s+)?"
    r"(?:front|entrance|entry|first)\s+(?:face|surface)\b|\bsingle\s+(?:face|surface|interface)\b|"
    r"\bone\s+(?:face|surface|interface)\b(?!s)",
    re.I,
)
_OTHER_LOSS = re.compile(r"\bcoat|immersed|\bin\s+(?:water|oil)|\bscatter|\bfilm\b", re.I)
_TRANSMITTED = re.compile(
    r"(?:transmi\w*|passes|lets\s+through)\s+(?:only\s+)?(?:of\s+|is\s+|=\s*)?(?P<v>\d+(?:\.\d+)?)\s*(?P<pct>%)?|"
    r"\bT\s*=\s*(?P<t>0?\.\d+|\d+(?:\.\d+)?\s*%)|"
    r"(?P<w>\d+(?:\.\d+)?)\s*%\s+(?:of\s+[^.%]{0,40}?)?(?:is\s+|are\s+|gets\s+)?transmitted",
    re.I,
)
_WAVELENGTH = re.compile(r"wavelength|λ", re.I)
_ASKS_ABSORPTION = re.compile(r"absorption\s+coefficient|absorption\s+constant|\bβ\b|\bα\b", re.I)


def _transmitted(question: str) -> float | None:
    """The transmitted fraction the question states, or None when it states none or several."""
    found = set()
    for m in _TRANSMITTED.finditer(question):
        if m.group("v"):
            v = float(m.group("v"))
            found.add(v / 100 if m.group("pct") or v > 1 else v)
        elif m.group("t"):
            t = m.group("t").replace(" ", "")
            found.add(float(t[:-1]) / 100 if t.endswith("%") else float(t))
        else:
            found.add(float(m.group("w")) / 100)
    return found.pop() if len(found) == 1 else None


def _thickness(question: str) -> float | None:
    """The plate's one thickness in metres (a wavelength is not one)."""
    lengths = []
    for q, _text, start in quantities(question):
        if _WAVELENGTH.search(question[max(0, start - 30) : start]):
            continue
        if of_dimension(q, "m") and float(q.magnitude) > 0:
            lengths.append(magnitude_in(q, "m"))
    found = {x for x in lengths if x is not None}
    return found.pop() if len(found) == 1 else None


def slab_absorption_check(question: str, quantity: Any) -> Check | None:
    """A failed check when a plate's β from its transmission keeps the wrong number of faces."""
    from .text import normalize

    if quantity is None:
        return None
    text = normalize(question)
    if not _PLATE.search(text) or _OTHER_LOSS.search(text) or not _ASKS_ABSORPTION.search(text):
        return None
    try:
        got = float(quantity.to("1/m").magnitude)
    except Exception:
        return None
    reflectance, transmitted, x = reflectance_of(text), _transmitted(text), _thickness(text)
    if reflectance is None or transmitted is None or x is None:
        return None
    if not 0.005 < reflectance < 0.5 or not 0 < transmitted < (1 - reflectance) ** 2:
        return None
    both = -math.log(transmitted / (1 - reflectance) ** 2) / x
    one = -math.log(transmitted / (1 - reflectance)) / x
    one_face = bool(_ONE_SURFACE.search(text))
    right, wrong = (one, both) if one_face else (both, one)
    if math.isclose(got, right, rel_tol=0.02) or not math.isclose(got, wrong, rel_tol=0.02):
        return None
    if one_face:
        message = (
            f"the question keeps the reflection loss of one face: β = −ln[T/(1 − R)]/x = "
            f"{one / 100:.4g} cm⁻¹; the answer {got / 100:.4g} cm⁻¹ takes (1 − R)², both faces"
        )
    else:
        message = (
            f"the light loses R = {reflectance:.4g} at both faces of the plate: T = (1 − R)² "
            f"e^(−βx), so β = −ln[{transmitted:g}/{(1 - reflectance) ** 2:.4g}]/x = "
            f"{both / 100:.4g} cm⁻¹; the answer {got / 100:.4g} cm⁻¹ keeps one face's loss only"
        )
    return Check("slab transmission", False, message)
