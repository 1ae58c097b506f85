"""Griffith's critical stress for a brittle crack: a surface crack of length a, and an internal crack
of length 2a (stated whole, or as its half-length a).

Source: Callister & Rethwisch (10th ed.), ch. 8 (eq. 8.3: "a is one half the length of an internal
crack"; the same convention as K = Yσ√(πa), §8.5).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import LENGTH0, NOT_SURFACE_CRACK, STRESS, YOUNGS
from .mechanics import HALF_LENGTH, INTERNAL_CRACK

GROUP = "course"  # the introductory-course batch these relations came in

SURFACE_ENERGY = Symbol(
    "gamma_se",
    "J/m^2",
    "specific surface energy",
    keywords=("surface energy", "specific surface energy", "γ", "gamma"),
    aliases=("γ", "γ_s", "gamma"),
    plausible=(1e-4, 1e3),
)
CRACK_A = LENGTH0.with_(
    name="a_gr",
    label="crack length a",
    keywords=("crack length", "half length", "crack", "length of an internal crack", "flaw"),
    aliases=("a", "c"),
)
FRACTURE_STRESS = STRESS.with_(
    name="sigma_c",
    label="critical stress for crack propagation",
    keywords=(
        "critical stress",
        "fracture stress",
        "fracture strength",
        "stress required",
        "stress",
        # the stress that opens a crack is tensile: 'what tensile stress will cause fracture'
        "tensile stress",
    ),
    aliases=("σ_c", "σc", "σ_f"),
)
griffith = Relation(
    "griffith_fracture_stress",
    GROUP,
    "Griffith critical stress for a brittle crack",
    "sigma_c = sqrt(2*E_mod*gamma_se/(pi*a_gr))",
    (FRACTURE_STRESS, YOUNGS, SURFACE_ENERGY, CRACK_A),
    description="σ_c = (2Eγ_s/πa)^½ (Callister eq. 8.3; a: surface-crack length or half an internal one).",
    keywords=("griffith", "crack", "surface energy", "brittle"),
    requires=(("surface energy",), ("crack", "flaw")),
    excludes=NOT_SURFACE_CRACK,
)

# an internal crack: a in σ_c = (2Eγ_s/πa)^½ is half its length; the question states the whole length
# ('an internal crack 2.0 µm long') or the half-length named as such
GRIFFITH_INTERNAL_TOTAL = LENGTH0.with_(
    name="L_gri",
    label="total length of the internal crack (2a)",
    keywords=("total length", "crack length", "length", "long", "crack of length", "crack", "2a"),
    aliases=("2a",),
)
GRIFFITH_INTERNAL_HALF = LENGTH0.with_(
    name="a_grh",
    label="half-length of the internal crack (a)",
    keywords=(*HALF_LENGTH, "half length a", "critical half length"),
    aliases=("a",),
)
_GRIFFITH_REQUIRES = (("surface energy",), ("crack", "flaw"), INTERNAL_CRACK)
griffith_internal_total = Relation(
    "griffith_internal_crack_length",
    GROUP,
    "Griffith critical stress, internal crack of stated total length (a = half of it)",
    "sigma_c = sqrt(2*E_mod*gamma_se/(pi*L_gri/2))",
    (FRACTURE_STRESS, YOUNGS, SURFACE_ENERGY, GRIFFITH_INTERNAL_TOTAL),
    description="σ_c = (2Eγ_s/πa)^½ with a = half the internal crack's stated length (Callister eq. 8.3).",
    keywords=("griffith", "crack", "surface energy", "internal"),
    requires=_GRIFFITH_REQUIRES,
    excludes=(*HALF_LENGTH, "half", "surface crack", "edge crack"),
)
griffith_internal_half = Relation(
    "griffith_internal_crack_half_length",
    GROUP,
    "Griffith critical stress, internal crack of stated half-length a",
    "sigma_c = sqrt(2*E_mod*gamma_se/(pi*a_grh))",
    (FRACTURE_STRESS, YOUNGS, SURFACE_ENERGY, GRIFFITH_INTERNAL_HALF),
    description="σ_c = (2Eγ_s/πa)^½, a = half the internal crack's length, stated as such (Callister eq. "
    "8.3).",
    keywords=("griffith", "crack", "surface energy", "internal"),
    requires=(*_GRIFFITH_REQUIRES, HALF_LENGTH),
    excludes=("surface crack", "edge crack", "total length"),
)

RELATIONS = (griffith, griffith_internal_total, griffith_internal_half)
