"""Relations asked outside the range they hold in (issue 11, precision).

A relation solved with the question's own numbers can still answer wrong when those numbers put it
outside its range of validity. Each case here is read from the solved steps, so it holds however
the question is worded:

* **The Debye T³ law far from the cold limit.** C_v = (12π⁴/5) R (T/θ_D)³ holds well below the
  Debye temperature, T ≲ θ_D/10 (Callister §19.2; Kittel ch. 5); above it the law overshoots the
  Debye model and, by T ≈ θ_D/2.5, even the classical limit 3R (24.94 J mol⁻¹ K⁻¹).
* **Curie's law for a ferromagnet.** χ = C/T is the law of a paramagnet, whose susceptibility is
  far below 1 (10⁻⁵–10⁻²; Callister table 20.2). A susceptibility of 1 or more is a ferro- or
  ferrimagnet's, and iron, nickel, cobalt and steels are ferromagnetic at the temperatures asked
  (below their Curie temperatures, 768 °C for Fe, 358 °C for Ni, 1115 °C for Co); the law does
  not scale their susceptibility.
* **A reinforcement less stiff than its matrix.** The rule of mixtures solved for the matrix
  modulus of a fibre composite from a composite modulus above the fibres' own gives a matrix stiffer
  than its fibres (an epoxy at 107 GPa): the givens contradict the fibre-reinforced composite the
  question names. The same holds for a fibre modulus solved below the matrix's. A polymer matrix
  (epoxy, polyester, vinyl ester, nylon, PEEK, a resin) solved stiffer than 10 GPa is likewise no
  polymer: their moduli lie at 1–5 GPa (Callister table B.2).
* **A crystal's point defects above its melting point.** The equilibrium vacancy (Schottky,
  Frenkel) fraction exp(−Q/kT) counts empty sites of a crystal; a pure metal held above its melting
  temperature (copper at 1200 °C, 1085 °C being its melting point) is a liquid, with no lattice
  sites to count. The melting point is pymatgen's element value; a temperature up to 2 % above it
  (in K) is taken as the textbook's "at the melting point".
"""

from __future__ import annotations

import math
import re
from typing import Any

# T/θ_D up to which the T³ law is the Debye model's low-temperature form
DEBYE_T3_LIMIT = 0.1
# a paramagnet's volume susceptibility (SI, dimensionless) stays far below this
PARAMAGNET_CHI_LIMIT = 1.0

_FERROMAGNET = re.compile(
    r"\b(?:iron|nickel|cobalt|steels?|ferrite|magnetite|permalloy|alnico)\b"
    r"(?!\s*(?:\(\s*i{1,3}\s*\)\s*)?(?:ions?|salts?|alum|sulfate|sulphate|chloride|complex))",
    re.I,
)
_PARAMAGNETIC_WORD = re.compile(r"\bparamagnet", re.I)

# the stiffest unfilled polymer matrices stay below this (GPa)
POLYMER_MATRIX_LIMIT_GPA = 10.0
_POLYMER_MATRIX = re.compile(
    r"\b(?:epoxy|epoxies|polyester|vinyl[\s-]?ester|nylon|peek|polyimide|resin|polymer[\s-]matrix)\b",
    re.I,
)
_NON_POLYMER_MATRIX = re.compile(
    r"\b(?:metal|ceramic|alumin\w*|titanium|magnesium)[\s-]matrix\b", re.I
)

# T/T_m (kelvin) above which a named pure metal is read as molten; textbooks round T_m by ~1 %
MELTED_LIMIT = 1.02
_CRYSTAL_DEFECT_RELATIONS = ("vacanc", "schottky", "frenkel")

_STEP = re.compile(r"^([^:=]+?)\s*[:=]\s*(.+)$")


def _step_values(steps: list[str]) -> dict[str, Any]:
    """The first value each step label carries ('Debye temperature: 428 K' → {label: 428 K})."""
    from ...units import get_registry

    ureg = get_registry()
    found: dict[str, Any] = {}
    for step in steps:
        m = _STEP.match(str(step).strip())
        if m is None or m.group(1) in found:
            continue
        text = m.group(2).split(" = ")[-1].replace("×10^", "e").replace("Δ°C", "K")
        try:
            found[m.group(1).strip()] = ureg.Quantity(text)
        except Exception:
            continue
    return found


def _magnitude(value: Any, unit: str | None = None) -> float | None:
    try:
        mag = float(value.to(unit).magnitude if unit else value.magnitude)
    except Exception:
        return None
    return mag if math.isfinite(mag) else None


def _debye_refusal(values: dict[str, Any]) -> str | None:
    theta = values.get("Debye temperature")
    temp = next(
        (v for k, v in values.items() if k.startswith("temperature of the heat capacity")), None
    )
    t_k, theta_k = _magnitude(temp, "K"), _magnitude(theta, "K")
    if t_k is None or not theta_k or t_k <= DEBYE_T3_LIMIT * theta_k * (1 + 1e-9):
        return None
    return (
        f"the Debye T³ law holds well below the Debye temperature (T ≲ θ_D/10), but here "
        f"T/θ_D = {t_k / theta_k:.2f}; the law does not give the heat capacity there, so no number is given"
    )


def _curie_refusal(question: str, values: dict[str, Any]) -> str | None:
    for label, value in values.items():
        if label.startswith("susceptibility"):
            chi = _magnitude(value)
            if chi is not None and abs(chi) >= PARAMAGNET_CHI_LIMIT:
                return (
                    f"a susceptibility of {chi:g} is a ferro- or ferrimagnet's, not a paramagnet's "
                    "(10⁻⁵–10⁻²); Curie's law χ = C/T does not scale it, so no number is given"
                )
    m = _FERROMAGNET.search(question)
    if m is not None and not _PARAMAGNETIC_WORD.search(question):
        return (
            f"{m.group(0)!r} is ferromagnetic below its Curie temperature, and Curie's law χ = C/T "
            "holds for paramagnets only; no number is given"
        )
    return None


def _reinforcement_refusal(
    question: str, target: str, quantity: Any, values: dict[str, Any]
) -> str | None:
    fibre, matrix = values.get("fiber modulus"), values.get("matrix modulus")
    if target.startswith("matrix modulus"):
        solved = _magnitude(quantity, "GPa")
        polymer = _POLYMER_MATRIX.search(question)
        if (
            solved is not None
            and solved > POLYMER_MATRIX_LIMIT_GPA
            and polymer is not None
            and not _NON_POLYMER_MATRIX.search(question)
        ):
            return (
                f"the rule of mixtures gives the {polymer.group(0)} matrix a modulus of {solved:.4g} GPa; "
                f"polymer matrices lie at 1–5 GPa (none above {POLYMER_MATRIX_LIMIT_GPA:g}), so the "
                "givens contradict the composite named and no number is given"
            )
    if target.startswith("matrix modulus") and fibre is not None:
        solved, other, stiffer = _magnitude(quantity, "GPa"), _magnitude(fibre, "GPa"), True
    elif target.startswith("fiber modulus") and matrix is not None:
        solved, other, stiffer = _magnitude(quantity, "GPa"), _magnitude(matrix, "GPa"), False
    else:
        return None
    if solved is None or other is None:
        return None
    if (solved > other) if stiffer else (solved < other):
        which = "matrix" if stiffer else "fibre"
        return (
            f"the rule of mixtures gives a {which} modulus of {solved:.4g} GPa, "
            f"{'above' if stiffer else 'below'} the {'fibres' if stiffer else 'matrix'}' "
            f"{other:.4g} GPa: the givens contradict a fibre-reinforced composite, so no number is given"
        )
    return None


def _melted_crystal_refusal(question: str, values: dict[str, Any]) -> str | None:
    from .named_substance import melting_point_k, the_one_element

    named = the_one_element(question)
    if named is None:
        return None
    t_melt = melting_point_k(named[0])
    if t_melt is None:
        return None
    for label, value in values.items():
        t_k = _magnitude(value, "K") if label.startswith("temperature") else None
        if t_k is not None and t_k > MELTED_LIMIT * t_melt:
            return (
                f"{named[1]} melts at {t_melt:.0f} K ({t_melt - 273.15:.0f} °C), so at {t_k:.0f} K "
                "it is a liquid: the equilibrium vacancy fraction counts empty sites of a crystal, "
                "and no number is given"
            )
    return None


def validity_range_refusal(
    question: str, relation: str | None, target: str | None, quantity: Any, steps: list[str]
) -> str | None:
    """A reason when ``relation`` was solved outside the range it holds in; None otherwise."""
    if not relation:
        return None
    if relation.startswith("debye_t_cubed"):
        return _debye_refusal(_step_values(steps))
    if relation.startswith("curie_law"):
        return _curie_refusal(question, _step_values(steps))
    if relation.startswith(_CRYSTAL_DEFECT_RELATIONS):
        return _melted_crystal_refusal(question, _step_values(steps))
    if relation.startswith("arrhenius_diffusion"):  # a solid's D at or above its host's T_m
        from .diffusion_host_melting import melted_host_refusal

        return melted_host_refusal(question, relation, quantity, _step_values(steps))
    if relation.startswith("rule_of_mixtures_iso"):
        return _reinforcement_refusal(question, target or "", quantity, _step_values(steps))
    return None
