"""Light that starts inside the medium: Snell's law read 'from air' would swap the two angles.

The relation ``snell_refraction_from_air`` reads sin θ_air = n sin θ_medium with the incidence in
air. A stem that puts the light inside the glass before it reaches the boundary ('light in glass
(n = 1.50) meets air at 30°', 'a ray travelling inside the prism', 'a beam within the fibre
core', 'the ray leaves the glass') has the incidence in the medium: the refraction angle is
arcsin(n sin θ) (or no refraction at all beyond the critical angle), not arcsin(sin θ / n).
Light said to be in air or vacuum ('light in air strikes a glass plate') is the relation's case
and is not matched, nor is light 'in the visible', 'in the infrared' or 'in the plane of
incidence' (a band or a plane, not a medium).
"""

from __future__ import annotations

import re

_NOT_A_MEDIUM = (
    r"(?:air|vacuum|a\s+vacuum|free\s+space|(?:the|a)\s+(?:plane|direction|form|range|band)|"
    r"(?:the\s+)?(?:visible|infrared|ultraviolet|uv|ir|near[\s-]infrared)|the\s+spectrum)\b"
)
_INSIDE = re.compile(
    # 'light in glass', 'a ray travelling inside the prism', 'a beam within the core'
    r"\b(?:light|ray|beam|wave)s?\s+(?:(?:that\s+is\s+|which\s+is\s+)?(?:travel+ing|propagating|"
    r"moving|passing|going)\s+)?(?:in|inside|within)\s+(?:an?\s+|the\s+)?(?!" + _NOT_A_MEDIUM + r")"
    r"[a-z]"
    # 'from inside the glass', 'from within the block'
    r"|\bfrom\s+(?:inside|within)\b"
    # 'leaves the glass', 'exits the prism', 'emerges from the block'
    r"|\b(?:leav(?:es|ing|e)|exit(?:s|ing)?|emerg(?:es|ing|e))\s+(?:from\s+)?(?:an?\s+|the\s+)"
    r"(?!" + _NOT_A_MEDIUM + r")[a-z]"
    # 'meets air', 'reaches the air', 'strikes a boundary with air'
    r"|\b(?:meets?|meeting|reach(?:es|ing)?|strikes?|hits?|encounters?)\s+(?:the\s+)?"
    r"(?:surrounding\s+)?(?:air|vacuum)\b",
    re.I,
)


def light_inside_medium(text: str) -> bool:
    """The stem puts the light inside a medium other than air before it refracts."""
    return bool(_INSIDE.search(text))
