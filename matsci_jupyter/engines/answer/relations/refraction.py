"""Refraction at a flat boundary: Snell's law for light entering a medium from air, and the critical
angle for total internal reflection between two media of stated indices.

Sources: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.),
§21.5 (refraction, n = c/v; Snell's law n₁ sin θ₁ = n₂ sin θ₂ as used for optical fibres in §21.14);
Halliday, Resnick & Walker, *Fundamentals of Physics*, ch. 33 (refraction, total internal reflection:
sin θ_c = n₂/n₁ for n₁ > n₂).

Angles are measured from the normal to the boundary (dimension: degrees). The relations of
``intro_physics`` and ``exam`` already cover a boundary with air for the critical angle; the one here
needs two indices and no air. Which index belongs to the medium the light travels in is not read from
the words: total internal reflection only happens going from the higher index to the lower, so the
reading that binds them the other way round is no reading (``ordered``).
"""

from __future__ import annotations

from ._base import Relation, Symbol

GROUP = "refraction"


def _angle(name: str, label: str, keywords: tuple[str, ...], **extra) -> Symbol:
    return Symbol(
        name,
        "degree",
        label,
        keywords=keywords,
        kind="angle",
        valid=(0, 90),
        plausible=(0.001, 90),
        **extra,
    )


def _index(name: str, label: str, keywords: tuple[str, ...], aliases: tuple[str, ...]) -> Symbol:
    return Symbol(
        name,
        "dimensionless",
        label,
        keywords=(*keywords, "refractive index", "index of refraction", "index", "n"),
        aliases=aliases,
        kind="number",
        plausible=(1.0001, 5),  # an index of 1.00 is air's, which the air relations read
    )


# ------------------------------------------------------------------ critical angle, two media
N_DENSE = _index(
    "n_tir1",
    "refractive index of the medium the light travels in (the higher one)",
    ("core", "inside", "travelling in", "traveling in"),
    ("n_1", "n1", "n"),
)
N_RARE = _index(
    "n_tir2",
    "refractive index of the second medium (the lower one)",
    ("cladding",),
    ("n_2", "n2", "n"),
)
TIR_ANGLE = _angle(
    "th_tir",
    "critical angle (from the normal)",
    ("critical angle", "angle of incidence", "angle measured from the normal", "θ_c", "angle"),
    aliases=("θ_c", "theta_c"),
)
TIR_WORDS = (
    "critical angle",
    "total internal reflection",
    "totally internally reflected",
    "totally reflected",
)
critical_angle_two_media = Relation(
    "critical_angle_two_media",
    GROUP,
    "Critical angle for total internal reflection between two materials",
    "sin(th_tir) = n_tir2/n_tir1",
    (TIR_ANGLE, N_DENSE, N_RARE),
    description="sin θ_c = n₂/n₁, n₁ > n₂ the index of the medium the light travels in (Snell's law at "
    "90° refraction; Halliday ch. 33, Callister §21.14).",
    keywords=("critical angle", "total internal reflection", "cladding", "core"),
    requires=(TIR_WORDS,),
    excludes=(
        "air",
        "vacuum",
        "acceptance",
        "numerical aperture",
        "cone",
        "half angle",
        "outside the fiber",
        "entering",
        "enters the",
        "three",
        "coating",
        "coated",
        "layer",
        "film",
    ),
    ordered=(("n_tir1", "n_tir2"),),
    unknowns=("th_tir",),
)

# ------------------------------------------------------------------ Snell's law from air
N_MEDIUM = _index(
    "n_snell",
    "refractive index of the medium",
    ("glass", "plate", "slab", "crystal", "medium"),
    ("n",),
)
INCIDENCE = _angle(
    "th_inc",
    "angle of incidence in air (from the normal)",
    ("angle of incidence", "incidence", "incident", "at", "θ_1", "θ_i"),
    aliases=("θ_1", "θ1", "θ_i"),
)
REFRACTION = _angle(
    "th_refr",
    "angle of refraction (from the normal)",
    (
        "angle of refraction",
        "refraction angle",
        "refracted",
        "inside the",
        "within the",
        "travel",
        "transmitted",
        "angle measured from the normal",
        "angle",
        "θ_2",
        "θ_r",
    ),
    aliases=("θ_2", "θ2", "θ_r"),
)
snell_from_air = Relation(
    "snell_refraction_from_air",
    GROUP,
    "Angle of refraction of light from air into a medium (Snell's law)",
    "sin(th_inc) = n_snell*sin(th_refr)",
    (INCIDENCE, N_MEDIUM, REFRACTION),
    description="sin θ₁ = n sin θ₂ with n₁ = 1 for air, both angles from the normal (Snell's law, "
    "Callister §21.5).",
    keywords=("refraction", "snell", "angle of refraction"),
    requires=(
        ("air", "vacuum"),
        ("normal",),
        (
            "angle of refraction",
            "refraction angle",
            "refracted",
            "inside the",
            "within the",
            "travel",
            "in the glass",
        ),
    ),
    excludes=(
        "to the surface",
        "with the surface",
        "from the surface",
        "above the surface",
        "to the plane",
        "grazing",
        "glancing",
        "water",
        "immersed",
        "submerged",
        "oil",
        "critical",
        "total internal",
        "brewster",
        "polariz",
        "polaris",
        "prism",
        "emerges",
        "exits",
        "leaves the",
        "lateral",
        "displacement",
        "deviation",
        "second surface",
        "other side",
        "wavelength",
        "speed",
        "frequency",
    ),
    unknowns=("th_refr",),
)

RELATIONS = (critical_angle_two_media, snell_from_air)
