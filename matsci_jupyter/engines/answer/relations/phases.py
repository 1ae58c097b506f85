"""Eutectic microconstituents not declared elsewhere: primary β in a hypereutectic alloy and the
eutectic microconstituent in a hypoeutectic one. (Primary α, steel fractions and volume fractions are
in syllabus.py and exam.py.)

Source: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.),
ch. 9 — eqs. 9.10–9.11 (lever rule at the eutectic temperature).
"""

from __future__ import annotations

from ._base import Relation, Symbol

GROUP = "phases"


def _fraction(name: str, label: str, keywords: tuple[str, ...]) -> Symbol:
    return Symbol(
        name,
        "dimensionless",
        label,
        keywords=keywords,
        kind="fraction",
        valid=(0, 1),
        plausible=(0, 1),
    )


def _composition(
    name: str, label: str, keywords: tuple[str, ...], default: float | None = None, note: str = ""
) -> Symbol:
    return Symbol(
        name,
        "percent",
        label,
        keywords=keywords,
        kind="composition",
        valid=(0, 100),
        plausible=(0, 100),
        default=default,
        default_note=note,
    )


# ------------------------------------------------------------------ eutectic microconstituents
C0_EUT = _composition(
    "C0_eu",
    "alloy composition",
    ("alloy contains", "contains", "alloy of", "alloy with", "composition of the alloy"),
)
CE_EUT = _composition(
    "CE_eu",
    "eutectic composition",
    ("eutectic is at", "eutectic composition", "eutectic at", "eutectic"),
)
CA_EUT = _composition(
    "Ca_eu",
    "α composition at the eutectic temperature",
    ("α phase", "α contains", "α", "alpha phase", "alpha", "solubility"),
)
CB_EUT = _composition(
    "Cb_eu",
    "β composition at the eutectic temperature",
    ("β phase", "β contains", "β", "beta phase", "beta", "solubility"),
)
W_PRIMARY_B = _fraction(
    "W_pb",
    "mass fraction of primary β",
    ("primary β", "proeutectic β", "primary beta", "proeutectic beta", "primary", "proeutectic"),
)
W_EUTECTIC = _fraction(
    "W_eu",
    "mass fraction of eutectic microconstituent",
    ("eutectic microconstituent", "eutectic structure", "eutectic", "microconstituent"),
)
EUTECTIC = ("eutectic",)
PRIMARY = ("primary", "proeutectic", "pro eutectic")
ALPHA = ("α", "alpha")
BETA = ("β", "beta")
primary_beta = Relation(
    "primary_beta_fraction",
    GROUP,
    "Primary (proeutectic) β in a hypereutectic alloy",
    "W_pb = (C0_eu - CE_eu)/(Cb_eu - CE_eu)",
    (W_PRIMARY_B, C0_EUT, CE_EUT, CB_EUT),
    description="W_β' = (C₀ − C_E)/(C_β − C_E) just below the eutectic temperature (Callister, ch. 9).",
    keywords=("primary β", "proeutectic β", "eutectic", "lever rule"),
    requires=(EUTECTIC, PRIMARY, BETA),
    excludes=ALPHA,
    conditions=("temperature",),
    unknowns=("W_pb",),
)
eutectic_hypo = Relation(
    "eutectic_microconstituent_hypoeutectic",
    GROUP,
    "Eutectic microconstituent in a hypoeutectic alloy",
    "W_eu = (C0_eu - Ca_eu)/(CE_eu - Ca_eu)",
    (W_EUTECTIC, C0_EUT, CE_EUT, CA_EUT),
    description="W_e = W_L = (C₀ − C_α)/(C_E − C_α) (Callister eq. 9.11).",
    keywords=("eutectic microconstituent", "eutectic", "lever rule"),
    requires=(EUTECTIC, ("microconstituent", "eutectic structure")),
    excludes=BETA,
    conditions=("temperature",),
    unknowns=("W_eu",),
)

# ------------------------------------------------------------------ mass → volume fraction

# The Gibbs phase rule is left out on purpose: 'how many degrees of freedom' is read as a request in
# degrees (angle), and a dimensionless F converts to one.
RELATIONS = (
    primary_beta,
    eutectic_hypo,
)
