"""Schmid's law read with angles that cannot be φ and λ: refused with the reason.

τ_R = σ cos φ cos λ takes φ between the tensile axis and the slip-plane *normal* and λ between the
axis and the slip *direction* (Callister eq. 7.2).

* The slip direction lies in the slip plane, so it is perpendicular to the plane's normal; the angles
  a line makes with two perpendicular directions obey φ + λ ≥ 90° (cos²φ + cos²λ ≤ 1). A question
  giving, say, 30° and 45° describes no crystal, and any number from it would be wrong.
* An angle given to the slip plane itself is the complement of φ (90° − it), not φ; read as φ it
  gives the cosine of the wrong angle.
"""

from __future__ import annotations

import re
from typing import Any

_SCHMID_RELATIONS = frozenset(("resolved_shear_stress", "schmid_factor", "schmid_yield"))
_PLANE_NOT_NORMAL = r"slip[\s-]*planes?\b(?![\s-]*normals?\b)(?!'s\s+normal)"
# '42° with the slip plane (itself)', 'an angle of 42° to the (0001) slip plane'
_ANGLE_TO_PLANE = re.compile(
    r"\d\s*(?:°|∘|\^\s*\\?circ|deg(?:rees?)?\b)\s*(?:with|to|from)\s+(?:the\s+)?"
    r"(?:\(\s*-?\d+\s*-?\d*\s*-?\d*\s*\)\s*|basal\s+)?" + _PLANE_NOT_NORMAL,
    re.I,
)
# 'the angle between the tensile axis and the slip plane is 42°'
_BETWEEN_AXIS_AND_PLANE = re.compile(
    r"between\s+the\s+(?:tensile\s+|loading\s+|stress\s+)?(?:axis|load(?:ing)?\s+direction)\s+"
    r"and\s+the\s+" + _PLANE_NOT_NORMAL,
    re.I,
)


def schmid_angle_refusal(relation_name: str, bindings: dict[str, Any], text: str) -> str | None:
    """The refusal reason when a Schmid reading's angles cannot be φ and λ, else None.

    ``bindings``: symbol name -> :class:`.matching.Binding` of the candidate; ``text`` the question."""
    if not _SCHMID_RELATIONS.intersection(relation_name.split("+")):
        return None
    if _ANGLE_TO_PLANE.search(text) or _BETWEEN_AXIS_AND_PLANE.search(text):
        return (
            "an angle is given to the slip plane itself, and Schmid's law takes φ to the slip-plane "
            "normal (φ = 90° − that angle); say which angle is meant"
        )
    angles = {}
    for name in ("phi", "lam_s"):
        b = bindings.get(name)
        if b is None or b.source != "question" or not hasattr(b.value, "to"):
            return None
        angles[name] = float(b.value.to("degree").magnitude)
    total = angles["phi"] + angles["lam_s"]
    if total < 90 - 1e-6:
        return (
            f"φ = {angles['phi']:g}° and λ = {angles['lam_s']:g}° add up to {total:g}°, but the slip "
            "direction lies in the slip plane, perpendicular to its normal, so φ + λ ≥ 90°; no "
            "crystal has these angles"
        )
    return None
