"""Premises one relation rests on, checked against the question (issue 11, precision).

Two kinds of question are refused here:

* A premise of the relation that answered lifted in words ('assume the membrane has not yet reached
  steady state' for Fick's first law, 'the crack lies parallel to the tension' for Griffith or K_Ic,
  'the steel does not behave linearly up to yield' for the modulus of resilience or Hooke's law).
  The relation would answer with the premise kept.
  Round 14 adds: a nucleus on a wall or heterogeneous (atoms in, or barrier of, the homogeneous
  spherical nucleus), vacant sites on the counted plane (planar or linear density of the perfect
  lattice), a core driven into saturation (B, M from a constant μ_r or χ), a Larson–Miller parameter
  written with T in °C or °F (the relation takes T in K), a tensile strength but no yield strength
  (modulus of resilience needs σ_y), a named metal other than steel (HB ≈ TS/3.45 MPa holds for
  steels), and a diffusion distance stated as √(2Dt), 2√(Dt) … (the relation is x ≈ √(Dt)).
* Fick's second law (error-function solution) solved for a time, depth or diffusivity from a
  concentration that does not lie strictly between the initial and the surface concentrations: no
  time reaches it (the erfinv argument leaves (0, 1)), yet squaring the inverse would give a number.
* E = E₀(1 − 1.9P + 0.9P²) read with the fully dense modulus as the porous one (the two moduli
  swapped), or with a porous modulus not below the dense one: no porosity in (0, 1) gives it.

Concentrations are compared in their stated units (wt%, at%, kg/m³ …), converted to one unit first.
"""

from __future__ import annotations

import re
from typing import Any

# relation name prefix → words that lift the premise the relation rests on
_STEADY_LIFTED = re.compile(
    r"\bnot\s+(?:yet\s+)?(?:at|in|reached|attained|achieved)?\s*(?:a\s+)?steady[\s-]+state\b"
    r"|\b(?:before|prior\s+to)\s+(?:reaching\s+|attaining\s+)?(?:a\s+)?steady[\s-]+state\b"
    r"|\bnon-?\s?steady\b|\btransient\b",
    re.I,
)
_CRACK_PARALLEL = re.compile(
    r"\bcrack\w*\b[^.;?]{0,60}\bparallel\s+(?:to|with)\s+(?:the\s+)?(?:applied\s+|tensile\s+)?"
    r"(?:tension|stress|load|loading|force)\b",
    re.I,
)
_NOT_LINEAR = re.compile(
    r"\bnon-?\s?linear(?:ly)?\b|\bnot\s+(?:\w+\s+){0,3}?linear(?:ly)?\b"
    r"|\bnot\s+(?:\w+\s+){0,2}?(?:obey|follow)\w*\s+hooke",
    re.I,
)

_NOT_HOMOGENEOUS = re.compile(
    r"\bheterogeneous(?:ly)?\b|\bhemispher\w*|\bspherical\s+cap\b"
    r"|\bon\s+(?:a|the)\s+(?:mou?ld|container|crucible|substrate|inclusion|particle)"
    r"(?:\s+wall)?\b|\b(?:contact|wetting)\s+angle\b",
    re.I,
)
_VACANT_SITES = re.compile(r"\bvacan(?:t|cy|cies)\b|\bunoccupied\b|\bempty\s+sites?\b", re.I)
_SATURATED = re.compile(
    r"\b(?:is|are|be|becomes?|being|gets?|got)\s+(?:(?!not\b|never\b|no\b)\w+\s+){0,2}?"
    r"saturated\b|\bsaturates\b"
    r"|\b(?:into|to|at|in|reach\w*)\s+(?:(?!not\b|never\b|no\b)\w+\s+){0,2}?saturation\b"
    r"(?!\s+(?:magneti|induction|flux|field|value|of\b))",
    re.I,
)
_T_NOT_KELVIN = re.compile(
    r"\bT\b[^.;,)]{0,24}?\bin\s+(?:°\s*[CF]\b|deg(?:rees?)?\.?\s*[CF]\b|degrees?\s+"
    r"(?:celsius|fahrenheit|centigrade)|celsius|fahrenheit|centigrade)",
    re.I,
)
_TENSILE_NOT_YIELD = re.compile(r"\b(?:ultimate\s+)?tensile\s+strength\b|\bUTS\b", re.I)
_NOT_STEEL = re.compile(
    r"\b(?:cast\s+irons?|(?:grey|gray|ductile|nodular|white|malleable)\s+irons?|brass\w*"
    r"|bronze\w*|alumin(?:i)?um|copper|titanium|magnesium|zinc|polymer\w*|ceramic\w*)\b",
    re.I,
)
_STATED_SPREAD = re.compile(
    r"(?:√|sqrt)\s*\(?\s*(?P<inner>\d+(?:\.\d+)?)\s*\*?\s*D\s*\*?\s*t\b"
    r"|(?P<outer>\d+(?:\.\d+)?)\s*\*?\s*(?:√|sqrt)\s*\(?\s*D\s*\*?\s*t\b"
    r"|\bx\s*(?:\^\s*2|²)\s*[=≈~]\s*(?P<square>\d+(?:\.\d+)?)\s*\*?\s*D\s*\*?\s*t\b",
    re.I,
)
_NEGATED = re.compile(
    r"\b(?:not|no|never|without|unless|neither|nor|rather\s+than|instead\s+of|neglect\w*"
    r"|ignor\w*|below|short\s+of|before)\W*(?:\w+\W+){0,3}$|n't\W*(?:\w+\W+){0,3}$",
    re.I,
)

_PREMISES: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (("fick_first",), _STEADY_LIFTED, "Fick's first law holds at steady state"),
    (
        ("griffith", "fracture_toughness", "crack_tip_stress", "critical_crack_length"),
        _CRACK_PARALLEL,
        "the crack relation takes the crack normal to the tension",
    ),
    (
        ("modulus_of_resilience", "hooke", "elastic_elongation"),
        _NOT_LINEAR,
        "the relation takes the material linear-elastic up to the stress used",
    ),
    (
        ("critical_nucleus_atoms", "nucleation_barrier"),
        _NOT_HOMOGENEOUS,
        "the relation counts a homogeneous, whole spherical nucleus",
    ),
    (
        ("planar_density", "linear_density"),
        _VACANT_SITES,
        "the relation counts the atoms of a perfect lattice on the plane or line",
    ),
    (
        (
            "magnetization_permeability",
            "flux_density_permeability",
            "solenoid_flux_density_core",
            "magnetization_in_solenoid",
            "magnetization_susceptibility",
            "magnetization_from_flux_density_in_coil",
        ),
        _SATURATED,
        "a constant permeability or susceptibility holds only below saturation",
    ),
    (
        ("larson_miller",),
        _T_NOT_KELVIN,
        "the Larson–Miller relation takes T in kelvin",
    ),
)


def _unnegated(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` not negated by the few words before it ('not saturated',
    'below saturation', 'rather than heterogeneous')."""
    for m in pattern.finditer(text):
        if _NEGATED.search(text[max(0, m.start() - 40) : m.start()]) is None:
            return m
    return None


def _stated_form_refusal(text: str, parts: list[str]) -> str | None:
    if (
        any(p.startswith("modulus_of_resilience") for p in parts)
        and _TENSILE_NOT_YIELD.search(text)
        and not re.search(r"\byield", text, re.I)
    ):
        return (
            "the modulus of resilience takes the yield strength, and the question gives a "
            "tensile strength only; no number is given"
        )
    if any(p.startswith("brinell_tensile") for p in parts):
        m = _NOT_STEEL.search(text)
        if m is not None and not re.search(r"\bsteels?\b", text, re.I):
            return (
                f"TS ≈ 3.45 × HB (MPa) holds for steels, and the question is about another "
                f"material ({m.group(0)!r}); no number is given"
            )
    if any(p.startswith("diffusion_length") for p in parts):
        for m in _STATED_SPREAD.finditer(text):
            c = m.group("inner") or m.group("outer") or m.group("square")
            if c is not None and float(c) != 1.0:
                return (
                    f"the question states its own diffusion-distance form ({m.group(0)!r}), not "
                    "x ≈ √(Dt); no number is given"
                )
    return None


def relation_premise_refusal(question: str, relation: str | None) -> str | None:
    """A reason when the question lifts in words a premise of ``relation``; None otherwise."""
    from .text import normalize

    if not relation:
        return None
    text = normalize(question)
    parts = relation.split("+")
    for prefixes, pattern, premise in _PREMISES:
        if any(p.startswith(prefixes) for p in parts):
            if prefixes[0] == "critical_nucleus_atoms" and any("heterogeneous" in p for p in parts):
                continue
            m = _unnegated(pattern, text) if pattern is not _STEADY_LIFTED else pattern.search(text)
            if m is not None:
                return (
                    f"{premise}, and the question lifts that premise ({m.group(0).strip()!r}); "
                    "no number is given"
                )
    return _stated_form_refusal(text, parts)


_STEP = re.compile(
    r"^(concentration at depth x|initial concentration|surface concentration):\s*(.+)$"
)


def erf_concentration_refusal(
    relation: str | None, target: str | None, steps: list[str]
) -> str | None:
    """A reason when Fick's error-function solution is solved from a concentration at depth that is
    not strictly between the initial and the surface concentrations (no time, depth or D reaches it)."""
    if relation != "fick_second_erf" or (target or "").startswith("concentration"):
        return None
    from ...units import get_registry

    ureg = get_registry()
    found: dict[str, Any] = {}
    for step in steps:
        m = _STEP.match(str(step).strip())
        if m is None or m.group(1) in found:
            continue
        try:
            found[m.group(1)] = ureg.Quantity(m.group(2).replace("×10^", "e"))
        except Exception:
            return None
    if len(found) < 3:
        return None
    try:
        cx = found["concentration at depth x"]
        c0 = found["initial concentration"].to(cx.units).magnitude
        cs = found["surface concentration"].to(cx.units).magnitude
        x = cx.magnitude
    except Exception:
        return None
    if min(c0, cs) < x < max(c0, cs):
        return None
    return (
        "the concentration at depth does not lie between the initial and the surface "
        "concentrations, so no time reaches it under the error-function solution; no number is given"
    )


_DENSE_WORDS = re.compile(
    r"\b(?:fully\s+dense|non-?\s?porous|pore-?\s?free|theoretical(?:ly)?\s+dense|E\s*_?\s*0|E₀)",
    re.I,
)
_MODULUS_STEP = re.compile(
    r"^modulus of the (porous|non-porous|fully dense) material:\s*([\d.]+(?:×10\^-?\d+)?)"
)
_POROUS_RELATIONS = ("porous_ceramic_modulus", "porosity_modulus_callister")


def porous_modulus_refusal(question: str, relation: str | None, steps: list[str]) -> str | None:
    """A reason when E = E₀(1 − 1.9P + 0.9P²) took the fully dense modulus as the porous one, or a
    porous modulus not below the dense one (no porosity in 0–100 % gives it)."""
    if relation not in _POROUS_RELATIONS:
        return None
    from .text import normalize

    found: dict[str, str] = {}
    for step in steps:
        m = _MODULUS_STEP.match(str(step).strip())
        if m is not None:
            found.setdefault("porous" if m.group(1) == "porous" else "dense", m.group(2))
    if len(found) < 2 or "×" in found["porous"] + found["dense"]:
        return None
    porous, dense = float(found["porous"]), float(found["dense"])
    if porous >= dense:
        return (
            "the porous modulus is not below the fully dense one, so no porosity gives it under "
            "E = E₀(1 − 1.9P + 0.9P²); no number is given"
        )
    text = normalize(question)
    value = re.escape(found["porous"]).replace(r"\.", r"\.?")
    for m in re.finditer(rf"(?<![\d.]){value}(?![\d])", text):
        before = re.split(r"[.;]", text[max(0, m.start() - 60) : m.start()])[-1]
        if _DENSE_WORDS.search(before):
            return (
                "the value read as the porous modulus is the one the question gives for the fully "
                "dense material, and the other is then larger than it; no number is given"
            )
    return None
