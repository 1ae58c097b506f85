"""A diffusion coefficient asked by its bare symbol: 'D₀ = …, Q = … . What is D at 900 °C?'.

D = D₀ exp(−Q/RT) (Callister ch. 5, eq. 5.8), with Q per mole (R = 8.314 J mol⁻¹ K⁻¹) or per
atom in eV (k_B). Units: D₀ and D in m²/s (any area per time written converts), T in K.

Taken only where the symbol can mean nothing else:

* the asking sentence names the bare symbol D ('what is D', 'find D', 'calculate the value of D'),
  not D₀, D₁, D_C, ΔD or a word that begins with D;
* the question gives one pre-exponential factor (written D₀, D0, 'pre-exponential', 'frequency
  factor') as its only value with the dimension of a diffusivity, one activation energy and one
  temperature (written once, or twice with the same value), and no other value;
* no other D symbol is written (D₁, D₂, D_B, D(T)): D is the only diffusivity the question
  names.

The answer's relation starts with 'arrhenius_diffusion', so the melting-point guard of
diffusion_host_melting applies (D of carbon in iron asked at 1650 °C is refused).
"""

from __future__ import annotations

import math
import re

from .answer import Answer
from .quantities import extract, format_number
from .stated_form_common import answer, fits, magnitude, of_dimension, one_requested

R_GAS = 8.314462618  # J/(mol K)
K_B_EV = 8.617333262e-5  # eV/K

# 'what is D', 'find D', 'calculate the value of D', 'D = ?'
_ASK_D = re.compile(
    r"\b(?i:what\s+(?:is|will\s+be|would\s+be)|find|calculate|compute|determine|evaluate|estimate|"
    r"give|obtain)\s+(?i:the\s+)?(?i:value\s+of\s+)?(?i:the\s+)?D\b(?![₀₁₂\w(_'’^-])|\bD\s*=\s*\?",
)
# every written D symbol that is not D₀: 'D1', 'D_C', 'D(T)', 'ΔD', a bare D
_D_SYMBOL = re.compile(r"(?<![\w.Δ])D(?![\w₀'’])(?:\s*[_(]\s*\w*)?|(?<![\w.])D(?:[1-9₁-₉])|ΔD")
_D0 = re.compile(r"(?<![\w.])D\s*_?\s*\{?[0₀o]\}?(?!\w)|(?<![\w.])D₀", re.I)
_PREFACTOR = re.compile(
    r"\bpre[\s-]*exponential|\bfrequency\s+factor|(?<![\w.])D\s*_?\s*\{?[0₀]", re.I
)


def try_arrhenius_symbol_d(question: str) -> Answer | None:
    """D = D₀ exp(−Q/RT) for a bare 'what is D'; None where the question is not that."""
    if not isinstance(question, str) or "D" not in question:
        return None
    reading = extract(question)
    text = reading.text
    usable, requested = one_requested(reading)
    if not usable or reading.parts > 1 or not fits(requested, "m^2/s"):
        return None
    asks = list(_ASK_D.finditer(text))
    if len(asks) != 1 or not _PREFACTOR.search(text):
        return None
    # the only D symbols written besides D₀ are the asked one
    rest = _D0.sub(" ", text)
    symbols = [m for m in _D_SYMBOL.finditer(rest)]
    if len(symbols) != 1 or symbols[0].group(0).strip() != "D":
        return None
    givens = [g for g in reading.givens if g.kind != "delta_t"]
    ds = [g for g in givens if of_dimension(g, "m^2/s")]
    temps = [g for g in givens if of_dimension(g, "K") and g.kind == "quantity"]
    per_mole = [g for g in givens if of_dimension(g, "J/mol")]
    per_atom = [g for g in givens if of_dimension(g, "eV")]
    if len(ds) != 1 or not temps or len(per_mole) + len(per_atom) != 1:
        return None
    kelvins = {round(magnitude(g, "K") or 0.0, 6) for g in temps}
    if len(kelvins) != 1 or len(givens) != 2 + len(temps):
        return None  # two temperatures, or another value written
    d0 = magnitude(ds[0], "m^2/s") or 0.0
    t_k = magnitude(temps[0], "K") or 0.0
    if d0 <= 0 or t_k <= 0:
        return None
    if per_mole:
        q = magnitude(per_mole[0], "J/mol") or 0.0
        exponent = q / (R_GAS * t_k)
        q_step = (
            f"Q/(RT) = {per_mole[0].describe()} / (8.314 J/(mol·K) × {t_k:.2f} K) = {exponent:.4g}"
        )
        energy = per_mole[0]
    else:
        q = magnitude(per_atom[0], "eV") or 0.0
        exponent = q / (K_B_EV * t_k)
        q_step = f"Q/(k_B T) = {per_atom[0].describe()} / (8.617×10⁻⁵ eV/K × {t_k:.2f} K) = {exponent:.4g}"
        energy = per_atom[0]
    if q <= 0:
        return None
    d = d0 * math.exp(-exponent)
    return answer(
        question,
        d,
        "m^2/s",
        requested,
        steps=[
            "Relation: D = D₀ exp(−Q/RT), the asked symbol D being the diffusion coefficient",
            f"pre-exponential factor: {format_number(d0)} m²/s",
            f"activation energy: {energy.describe()}",
            f"temperature: {format_number(t_k)} K",
            q_step,
            f"D = {format_number(d0)} × exp(−{exponent:.4g}) = {format_number(d)} m²/s",
        ],
        relation="arrhenius_diffusion_symbol_d",
        target="the diffusion coefficient D at the stated temperature",
        note="D₀, the activation energy and the temperature",
    )
