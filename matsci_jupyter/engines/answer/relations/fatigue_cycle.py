"""Fatigue: the stresses of one load cycle (mean, range, amplitude, stress ratio).

Source: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.),
ch. 8 (eqs. 8.14–8.17).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import STRESS

GROUP = "course"  # the introductory-course batch these relations came in

S_MAX = STRESS.with_(
    name="s_max",
    label="maximum stress",
    keywords=("maximum stress", "max stress", "σ_max", "σmax", "maximum", "max"),
    aliases=("σ_max", "σmax", "sigma_max", "s_max"),
    signed=True,
    plausible=(-1e5, 1e5),
)
S_MIN = STRESS.with_(
    name="s_min",
    label="minimum stress",
    keywords=("minimum stress", "min stress", "σ_min", "σmin", "minimum", "min"),
    aliases=("σ_min", "σmin", "sigma_min", "s_min"),
    signed=True,
    plausible=(-1e5, 1e5),
)
S_AMPLITUDE = STRESS.with_(
    name="s_amp",
    label="stress amplitude",
    keywords=("stress amplitude", "amplitude", "alternating stress", "σ_a", "σa"),
    aliases=("σ_a", "σa", "sigma_a"),
)
S_MEAN = STRESS.with_(
    name="s_mean",
    label="mean stress",
    keywords=("mean stress", "mean", "average stress", "σ_m", "σm"),
    aliases=("σ_m", "σm", "sigma_m"),
    signed=True,
    plausible=(-1e5, 1e5),
)
S_RANGE = STRESS.with_(
    name="s_range",
    label="range of stress",
    keywords=("stress range", "range of stress", "range", "σ_r", "σr"),
    aliases=("σ_r", "σr", "sigma_r"),
)
S_RATIO = Symbol(
    "R_s",
    "dimensionless",
    "stress ratio",
    keywords=("stress ratio", "ratio", "r ratio", "r value"),
    aliases=("R",),
    kind="number",
    plausible=(-1e3, 1e3),
    signed=True,
)
FATIGUE_WORDS = (
    "fatigue",
    "cyclic",
    "cycle",
    "cycled",
    "alternating",
    "fluctuating",
    "stress amplitude",
    "mean stress",
    "stress range",
    "range of stress",
    "stress ratio",
)
FATIGUE_EXTREMES = (("maximum",), ("minimum",))


def _cycle(name: str, title: str, equation: str, out: Symbol, description: str) -> Relation:
    return Relation(
        name,
        GROUP,
        title,
        equation,
        (out, S_MAX, S_MIN),
        description=description,
        keywords=(*FATIGUE_WORDS, *out.keywords),
        requires=(FATIGUE_WORDS, *FATIGUE_EXTREMES),
        unknowns=(out.name,),
    )


fatigue_amplitude = _cycle(
    "fatigue_stress_amplitude",
    "Stress amplitude of a cycle",
    "s_amp = (s_max - s_min)/2",
    S_AMPLITUDE,
    "σ_a = (σ_max − σ_min)/2 (Callister eq. 8.16).",
)
fatigue_mean = _cycle(
    "fatigue_mean_stress",
    "Mean stress of a cycle",
    "s_mean = (s_max + s_min)/2",
    S_MEAN,
    "σ_m = (σ_max + σ_min)/2 (Callister eq. 8.14).",
)
fatigue_range = _cycle(
    "fatigue_stress_range",
    "Range of stress of a cycle",
    "s_range = s_max - s_min",
    S_RANGE,
    "σ_r = σ_max − σ_min (Callister eq. 8.15).",
)
fatigue_ratio = _cycle(
    "fatigue_stress_ratio",
    "Stress ratio of a cycle",
    "R_s = s_min/s_max",
    S_RATIO,
    "R = σ_min/σ_max (Callister eq. 8.17).",
)


# 'stressed cyclically between 280 MPa and 40 MPa': the two extremes named by neither 'maximum' nor
# 'minimum'; the larger value is σ_max (ordered), the smaller σ_min
def _between(rel: Relation) -> Relation:
    from dataclasses import replace

    return replace(
        rel,
        name=rel.name + "_between",
        title=rel.title + " (stress cycled between two values)",
        requires=(FATIGUE_WORDS, ("between",)),
        excludes=("maximum", "minimum", "max", "min"),
        ordered=(("s_max", "s_min"),),
    )


RELATIONS = (
    fatigue_amplitude,
    fatigue_mean,
    fatigue_range,
    fatigue_ratio,
    *(_between(r) for r in (fatigue_amplitude, fatigue_mean, fatigue_range, fatigue_ratio)),
)
