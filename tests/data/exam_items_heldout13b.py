"""Set heldout13 (set N), second half: 60 blind questions on seven topics of a qualifying exam.

Written by a question writer who did not read the answer engine, the checker or the solver; one
item of an earlier set was read for its format only, and no question or set of numbers is taken
from an earlier set. Each key is computed in the function body with pint quantities (a unit slip
raises when the builder converts the result to the item's unit); ``solution`` is the worked
solution in words and ``forms`` says how the question is written. A question with two standard
readings returns a dict of them; a question that cannot be answered returns None and says why.
Topics: electrical_semiconductors, magnetic, optical, thermal, polymers, ceramics_composites,
corrosion (``HELDOUT13_TOPICS``).
"""

from __future__ import annotations

import math

from exam_items import item
from exam_quantities import (
    AVOGADRO,
    BOHR,
    C0,
    EPS0,
    F_CONST,
    K_BOLTZ,
    MU0,
    Q_,
    Q_E,
    R_GAS,
    H,
    kelvin,
    num,
)

S = "heldout13"

# standard atomic weights (g/mol)
A_H, A_C, A_N, A_O, A_CL = 1.008, 12.011, 14.007, 15.999, 35.45

K_EV = K_BOLTZ.to("eV/K")


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "ohm*m",
    "Intrinsic conduction σ = n_i e (μ_e + μ_h), ρ = 1/σ (Callister ch. 18)",
    solution="n_i = 1.0×10¹⁰ cm⁻³ = 1.0×10¹⁶ m⁻³; μ_e + μ_h = 0.135 + 0.048 = 0.183 m²/(V·s); σ = 1.0×10¹⁶ · 1.602×10⁻¹⁹ · 0.183 = 2.93×10⁻⁴ (Ω·m)⁻¹; ρ = 1/σ = 3.41×10³ Ω·m.",
    forms=("unicode", "engineering_notation", "unit_conversion", "scientific_notation_answer"),
)
def h13b_electrical_semiconductors_01():
    """At room temperature the intrinsic carrier concentration of silicon is 1.0e10 cm⁻³, and the electron and hole mobilities are 1350 and 480 cm²/(V·s) respectively. Calculate the electrical resistivity of intrinsic silicon in Ω·m. Give your answer in scientific notation."""
    n = Q_(1.0e10, "1/cm**3")
    mu = Q_(1350, "cm**2/(V*s)") + Q_(480, "cm**2/(V*s)")
    return 1 / (n * Q_E * mu)


@item(
    S,
    "electrical_semiconductors",
    "milliohm",
    "R = ρL/A with ρ = 1/σ (Callister ch. 18)",
    solution="ρ = 1/σ = 1/(5.8×10⁷) Ω·m = 1.724×10⁻⁸ Ω·m; A = π(0.60 mm)² = 1.131×10⁻⁶ m²; R = ρL/A = 1.724×10⁻⁸ · 25/1.131×10⁻⁶ = 0.381 Ω = 381 mΩ.",
    forms=("unicode", "multiple_choice", "inverted_given", "unit_conversion"),
)
def h13b_electrical_semiconductors_02():
    """A copper wire 25 m long with a diameter of 1.2 mm has an electrical conductivity of 5.8 × 10⁷ (Ω·m)⁻¹. Its resistance is closest to:

    (A) 95.3 mΩ  (B) 381 mΩ  (C) 1 524 mΩ  (D) 0.381 mΩ

    Give the resistance in milliohms."""
    rho = 1 / Q_(5.8e7, "S/m")
    area = math.pi * (Q_(1.2, "mm") / 2) ** 2
    return rho * Q_(25, "m") / area


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "Extrinsic n-type: σ ≈ N_d e μ_e (all donors ionised, n ≫ p) (Callister ch. 18)",
    solution="All donors are ionised and the holes are negligible, so n = N_d = 5×10²¹ m⁻³ and σ = n e μ_e = 5×10²¹ · 1.602×10⁻¹⁹ · 0.14 = 112 (Ω·m)⁻¹. The hole mobility is not needed.",
    forms=("tex", "distractor", "assume_sentence"),
)
def h13b_electrical_semiconductors_03():
    r"""Silicon is doped with $5\times10^{21}\,\mathrm{m^{-3}}$ phosphorus atoms. The electron and hole mobilities are $0.14$ and $0.05\,\mathrm{m^2\,V^{-1}\,s^{-1}}$, and the intrinsic carrier concentration is $1.0\times10^{16}\,\mathrm{m^{-3}}$. Assume that every donor is ionised at room temperature. Compute the electrical conductivity of the doped crystal in $(\Omega\,\mathrm{m})^{-1}$."""
    n = Q_(5e21, "1/m**3")
    return n * Q_E * Q_(0.14, "m**2/(V*s)")


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "Intrinsic σ ∝ exp(−E_g/2kT), temperature-independent pre-factor (Callister ch. 18)",
    solution="T₁ = 298.15 K, T₂ = 423.15 K; σ₂/σ₁ = exp[(E_g/2k)(1/T₁ − 1/T₂)] = exp[(0.67/(2 · 8.617×10⁻⁵)) · 9.907×10⁻⁴] = exp(3.851) = 47.0; σ₂ = 2.2 · 47.0 = 103 (Ω·m)⁻¹.",
    forms=("tex", "assume_sentence", "known_constant", "celsius_given"),
)
def h13b_electrical_semiconductors_04():
    r"""The intrinsic electrical conductivity of germanium at $25\,^{\circ}\mathrm{C}$ is $2.2\,(\Omega\,\mathrm{m})^{-1}$ and its band gap is $0.67\,\mathrm{eV}$. Assume that the mobilities and the pre-exponential factor do not vary with temperature. Estimate the intrinsic conductivity at $150\,^{\circ}\mathrm{C}$, in $(\Omega\,\mathrm{m})^{-1}$."""
    t1, t2 = kelvin(25), kelvin(150)
    eg = Q_(0.67, "eV")
    ratio = math.exp(num(eg / (2 * K_EV) * (1 / t1 - 1 / t2)))
    return Q_(2.2, "S/m") * ratio


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "Hall effect n = IB/(t e V_H); atom density n_a = ρN_A/A (Callister ch. 18)",
    solution="n = IB/(t e V_H) = 15 · 0.80/(0.20×10⁻³ · 1.602×10⁻¹⁹ · 4.5×10⁻⁶) = 8.32×10²⁸ m⁻³; Cu atoms: n_a = 8.96×10⁶ g/m³ · 6.022×10²³/63.55 g/mol = 8.49×10²⁸ m⁻³; electrons per atom = 8.32/8.49 = 0.980.",
    forms=("unicode", "multi_step", "ratio_ask", "show_that", "sig_figs"),
)
def h13b_electrical_semiconductors_05():
    """A copper strip 0.20 mm thick carries a current of 15 A along its length in a magnetic field of 0.80 T applied normal to its face. The Hall voltage measured across the strip is 4.5 µV. The density of copper is 8.96 g/cm³ and its atomic weight 63.55 g/mol.
    (a) Show that the concentration of free electrons is about 8.3 × 10²⁸ m⁻³.
    (b) How many free electrons does each copper atom contribute? Give (b) to three significant figures."""
    n = Q_(15, "A") * Q_(0.80, "T") / (Q_(0.20, "mm") * Q_E * Q_(4.5, "uV"))
    n_atoms = Q_(8.96, "g/cm**3") * AVOGADRO / Q_(63.55, "g/mol")
    return n / n_atoms


@item(
    S,
    "electrical_semiconductors",
    None,
    "σ = n e μ_e (Callister ch. 18)",
    refuse="two givens for the same quantity disagree: a resistivity of 25 Ω·cm means σ = 4.0 (Ω·m)⁻¹, not the stated 2.0 (Ω·m)⁻¹, so the donor concentration cannot be fixed",
    solution="The stem gives the wafer's resistivity (25 Ω·cm = 0.25 Ω·m, i.e. σ = 4.0 (Ω·m)⁻¹) and, separately, a conductivity of 2.0 (Ω·m)⁻¹. The two values for the same wafer disagree by a factor of two; n = σ/(eμ_e) would be 1.85×10²⁰ or 9.3×10¹⁹ m⁻³ depending on which is used, so the question cannot be answered as set.",
    forms=("unicode", "must_refuse", "conflicting_givens"),
)
def h13b_electrical_semiconductors_06():
    """An n-type silicon wafer has a resistivity of 25 Ω·cm, measured with a four-point probe; the supplier's data sheet lists the conductivity of the same wafer as 2.0 (Ω·m)⁻¹. Taking the electron mobility as 0.135 m²/(V·s), determine the donor concentration in m⁻³."""
    return None


@item(
    S,
    "electrical_semiconductors",
    "C/m**2",
    "Polarisation P = ε₀(ε_r − 1)E with E = V/d (Callister ch. 18)",
    solution="E = V/d = 12 V/2.0 mm = 6.0×10³ V/m; P = ε₀(ε_r − 1)E = 8.854×10⁻¹² · 5.0 · 6.0×10³ = 2.66×10⁻⁷ C/m².",
    forms=("tex", "scaled_unit", "distractor", "multi_part"),
)
def h13b_electrical_semiconductors_07():
    r"""A parallel-plate capacitor has plates of area $6.45\times10^{-4}\,\mathrm{m^2}$ separated by $2.0\,\mathrm{mm}$ of a dielectric with $\varepsilon_r = 6.0$; a potential difference of $12\,\mathrm{V}$ is applied.
    (a) Explain why the polarisation is proportional to $\varepsilon_r - 1$.
    (b) Calculate the polarisation of the dielectric, in units of $10^{-7}\,\mathrm{C\,m^{-2}}$."""
    e_field = Q_(12, "V") / Q_(2.0, "mm")
    return EPS0 * (6.0 - 1) * e_field


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "Intrinsic σ = C exp(−E_g/2kT), or σ = C′T^{3/2} exp(−E_g/2kT) (Kittel ch. 8; Callister ch. 18)",
    solution="With σ ∝ exp(−E_g/2kT): E_g = 2k ln(σ₂/σ₁)/(1/T₁ − 1/T₂) = 2 · 8.617×10⁻⁵ · ln(9.7×10⁻²/4.3×10⁻⁴)/(8.333×10⁻⁴) = 1.12 eV. Keeping the T^{3/2} factor of the carrier density: ln(σ₂/σ₁) − 1.5 ln(T₂/T₁) = 5.419 − 0.432 = 4.987, E_g = 1.03 eV.",
    forms=("unicode", "two_readings", "bracket_unit", "known_constant"),
)
def h13b_electrical_semiconductors_08():
    """The conductivity of a pure semiconductor is 4.3 × 10⁻⁴ (Ω·m)⁻¹ at 300 K and 9.7 × 10⁻² (Ω·m)⁻¹ at 400 K. Estimate its band gap. [eV]"""
    t1, t2 = Q_(300, "K"), Q_(400, "K")
    lr = math.log(9.7e-2 / 4.3e-4)
    inv = 1 / t1 - 1 / t2
    simple = 2 * K_EV * lr / inv
    with_t32 = 2 * K_EV * (lr - 1.5 * math.log(400 / 300)) / inv
    return {"σ ∝ exp(−E_g/2kT)": simple, "σ ∝ T^{3/2} exp(−E_g/2kT)": with_t32}


@item(
    S,
    "electrical_semiconductors",
    "ppm",
    "Extrinsic p-type σ = N_a e μ_h; dopant fraction N_a/N_Si (Callister ch. 18)",
    solution="N_a = σ/(eμ_h) = 50/(1.602×10⁻¹⁹ · 0.045) = 6.94×10²¹ m⁻³; fraction of Si sites = 6.94×10²¹/5.0×10²⁸ = 1.39×10⁻⁷ = 0.139 ppm.",
    forms=("unicode", "design_value", "multi_step", "unit_conversion"),
)
def h13b_electrical_semiconductors_09():
    """A p-type silicon device layer must have a room-temperature conductivity of 50 (Ω·m)⁻¹. Boron is the acceptor and the hole mobility is 0.045 m²/(V·s); silicon contains 5.0 × 10²⁸ atoms per m³. Assuming the holes from the acceptors dominate, what boron content is required, in parts per million (atomic)?"""
    na = Q_(50, "S/m") / (Q_E * Q_(0.045, "m**2/(V*s)"))
    return na / Q_(5.0e28, "1/m**3")


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "T",
    "M_s = n_B μ_B N, N = ρN_A/A; B_s = μ₀M_s (Callister ch. 20)",
    solution="N = 8.90×10⁶ g/m³ · 6.022×10²³/58.69 g/mol = 9.13×10²⁸ m⁻³; M_s = 0.60 · 9.274×10⁻²⁴ · 9.13×10²⁸ = 5.08×10⁵ A/m; B_s = μ₀M_s = 0.638 T.",
    forms=("tex", "multi_step", "known_constant", "words_units"),
)
def h13b_magnetic_01():
    r"""Each nickel atom contributes $0.60$ Bohr magneton to the saturation moment. The density of nickel is 8.90 grams per cubic centimetre and its atomic weight $58.69\,\mathrm{g\,mol^{-1}}$. Compute the saturation flux density $B_s$ of nickel in tesla."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    ms = 0.60 * BOHR * n
    return MU0 * ms


@item(
    S,
    "magnetic",
    "kA/m",
    "H = NI/l; M = χ_m H = (μ_r − 1)H (Callister ch. 20)",
    solution="H = NI/l = 400 · 0.050/0.25 = 80 A/m; M = (μ_r − 1)H = 2999 · 80 = 2.40×10⁵ A/m = 240 kA/m. The coil resistance is not needed.",
    forms=("unicode", "distractor", "unit_conversion", "not_last_computed"),
)
def h13b_magnetic_02():
    """A coil of 400 turns is wound uniformly on a 0.25 m long iron-alloy rod of relative permeability 3000. The coil resistance is 12 Ω and it carries a current of 0.050 A. Working via the field strength H, calculate the magnetization of the rod (in kA/m)."""
    h = 400 * Q_(0.050, "A") / Q_(0.25, "m")
    return (3000 - 1) * h


@item(
    S,
    "magnetic",
    None,
    "M_s = n_B μ_B N holds only below the Curie temperature (Callister ch. 20)",
    refuse="outside the relation's validity: at 900 °C iron is above its Curie temperature (768 °C) and paramagnetic, so it has no spontaneous (saturation) magnetization to compute from 2.22 μ_B per atom",
    solution="The saturation magnetization n_Bμ_BN describes the aligned moments of a ferromagnet below T_C. Iron's Curie temperature is 768 °C; at 900 °C (where it is also FCC) the moments are disordered and there is no saturation magnetization to give, so the question must be refused.",
    forms=("unicode", "must_refuse", "outside_validity"),
)
def h13b_magnetic_03():
    """Iron carries 2.22 Bohr magnetons per atom and contains 8.5 × 10²⁸ atoms per cubic metre. Calculate the saturation magnetization of an iron bar held at 900 °C, in A/m."""
    return None


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie law χ = C/T (Kittel ch. 11)",
    solution="χ₂ = χ₁T₁/T₂ = 3.2×10⁻⁴ · 300.15/77.15 = 1.24×10⁻³.",
    forms=("unicode", "celsius_given", "one_relation"),
)
def h13b_magnetic_04():
    """A paramagnetic salt obeying Curie's law has a volume susceptibility of 3.2 × 10⁻⁴ at 27 °C. What is its susceptibility when immersed in liquid nitrogen at −196 °C?"""
    return Q_(3.2e-4, "") * kelvin(27) / kelvin(-196)


@item(
    S,
    "magnetic",
    "W",
    "Hysteresis power loss P = w_h f V (Callister ch. 20)",
    solution="P = (loop area per cycle) · f · V = 250 J/m³ · 50 Hz · 1.5×10⁻³ m³ = 18.8 W. The coercivity is not needed.",
    forms=("unicode", "words_number", "distractor"),
)
def h13b_magnetic_05():
    """The hysteresis loop of a transformer-core steel encloses an energy of 250 J/m³ per cycle; the coercivity of the steel is 80 A/m. The core has a volume of one and a half litres and works at 50 Hz. Estimate the hysteresis power loss in the core, in watts."""
    return Q_(250, "J/m**3") * Q_(50, "Hz") * Q_(1.5, "L")


@item(
    S,
    "magnetic",
    "A/m",
    "Ferrimagnet: M_s = (moment per cell)/a³; Fe₃O₄ 4 μ_B per formula unit, 8 per cell (Callister ch. 20)",
    solution="Net moment per cell = 8 · 4 μ_B = 32 · 9.274×10⁻²⁴ = 2.968×10⁻²² A·m²; a³ = (0.839×10⁻⁹ m)³ = 5.906×10⁻²⁸ m³; M_s = 5.03×10⁵ A/m.",
    forms=("unicode", "multiple_choice", "uncertainty", "known_constant"),
)
def h13b_magnetic_06():
    """Magnetite (Fe₃O₄) has a cubic unit cell of edge (0.839 ± 0.001) nm containing eight formula units; the net moment per formula unit is 4 Bohr magnetons (the Fe³⁺ moments cancel). The saturation magnetization is nearest to

    (A) 1.26 × 10⁵ A/m  (B) 2.52 × 10⁵ A/m  (C) 5.03 × 10⁵ A/m  (D) 1.01 × 10⁶ A/m

    State the value in A/m."""
    a = Q_(0.839, "nm")
    return 8 * 4 * BOHR / a**3


@item(
    S,
    "magnetic",
    "K",
    "Critical field H_c(T) = H_0[1 − (T/T_c)²] (Callister ch. 18)",
    solution="T = T_c √(1 − H/H₀) = 7.2 · √(1 − 4.0/6.5) = 7.2 · 0.6202 = 4.47 K. Niobium's data are not needed.",
    forms=("unicode", "two_materials", "time_to_state", "engineering_notation"),
)
def h13b_magnetic_07():
    """Lead becomes superconducting below 7.2 K, and its critical field at 0 K is 6.5E+04 A/m; niobium has T_c = 9.25 K and H_0 = 1.6E+05 A/m. Up to what temperature will a lead wire remain superconducting in an applied field of 4.0E+04 A/m? Answer in kelvin."""
    return Q_(7.2, "K") * math.sqrt(1 - 4.0e4 / 6.5e4)


@item(
    S,
    "magnetic",
    "dimensionless",
    "μ_r = B/(μ₀H); 1 Oe = 10³/(4π) A/m, 1 G = 10⁻⁴ T",
    solution="B = 12 000 G = 1.20 T; H = 3.77 Oe · 79.58 A/m per Oe = 300 A/m; μ_r = B/(μ₀H) = 1.20/(4π×10⁻⁷ · 300) = 3.18×10³.",
    forms=("unicode", "cgs_units", "spaced_thousands", "sig_figs"),
)
def h13b_magnetic_08():
    """In an older handbook the magnetisation curve of an annealed soft iron gives a flux density of 12 000 G at a field strength of 3.77 Oe. What is the relative permeability of the iron at this point? Give three significant figures."""
    b = Q_(12000 * 1e-4, "T")
    h = Q_(3.77 * 1000 / (4 * math.pi), "A/m")
    return b / (MU0 * h)


@item(
    S,
    "magnetic",
    "kJ/m**3",
    "Maximum energy product (BH)_max from the second-quadrant demagnetisation curve (Callister ch. 20)",
    solution="BH at the tabulated points: 1.00·0 = 0, 0.95·120 = 114, 0.88·240 = 211.2, 0.78·360 = 280.8, 0.62·480 = 297.6, 0.40·600 = 240, 0·720 = 0 kJ/m³; the largest is 297.6 ≈ 298 kJ/m³.",
    forms=("table_markdown", "maximum", "unit_conversion"),
)
def h13b_magnetic_09():
    """Points on the demagnetisation curve of a sintered permanent magnet are listed below (H is the reverse field).

    | point | B (T) | −H (kA/m) | temperature (°C) |
    |---|---|---|---|
    | 1 | 1.00 | 0 | 20 |
    | 2 | 0.95 | 120 | 20 |
    | 3 | 0.88 | 240 | 20 |
    | 4 | 0.78 | 360 | 20 |
    | 5 | 0.62 | 480 | 20 |
    | 6 | 0.40 | 600 | 20 |
    | 7 | 0.00 | 720 | 20 |

    Using these points, estimate the maximum energy product (BH)max of the magnet in kJ/m³."""
    pts = [(1.00, 0), (0.95, 120), (0.88, 240), (0.78, 360), (0.62, 480), (0.40, 600), (0.0, 720)]
    return max(Q_(b, "T") * Q_(h, "kA/m") for b, h in pts)


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "nm",
    "Absorption edge λ_c = hc/E_g (Callister ch. 21)",
    solution="λ_c = hc/E_g = (6.626×10⁻³⁴ · 2.998×10⁸)/(2.42 · 1.602×10⁻¹⁹) m = 5.12×10⁻⁷ m = 512 nm.",
    forms=("tex", "known_constant", "one_relation"),
)
def h13b_optical_01():
    r"""Cadmium sulphide has a band gap of $2.42\,\mathrm{eV}$ at room temperature. Calculate the longest wavelength of light, in $\mathrm{nm}$, that can be absorbed by exciting electrons across the gap."""
    return H * C0 / Q_(2.42, "eV")


@item(
    S,
    "optical",
    "dimensionless",
    "Normal-incidence reflectivity R = [(n − 1)/(n + 1)]² (Callister ch. 21)",
    solution="R_diamond = (1.42/3.42)² = 0.1724; R_glass = (0.52/2.52)² = 0.04258; ratio = 0.1724/0.04258 = 4.05.",
    forms=("unicode", "ratio_ask", "two_materials"),
)
def h13b_optical_02():
    """Light strikes polished surfaces at normal incidence from air. Soda–lime glass has a refractive index of 1.52 and diamond 2.42. By what factor is the reflectivity of the diamond surface larger than that of the glass?"""

    def refl(n: float) -> float:
        return ((n - 1) / (n + 1)) ** 2

    return Q_(refl(2.42) / refl(1.52), "")


@item(
    S,
    "optical",
    "degree",
    "Total internal reflection: sin θ_c = n₂/n₁ (Snell's law)",
    decimals=1,
    solution="sin θ_c = n_clad/n_core = 1.46/1.48 = 0.98649; θ_c = 80.6°.",
    forms=("unicode", "decimal_places", "one_relation"),
)
def h13b_optical_03():
    """A step-index optical fibre has a core of refractive index 1.48 and a cladding of index 1.46; its core diameter is 50 µm. Calculate the critical angle for total internal reflection at the core–cladding interface, measured from the normal, to one decimal place in degrees."""
    return Q_(math.degrees(math.asin(1.46 / 1.48)), "degree")


@item(
    S,
    "optical",
    "cm",
    "Beer–Lambert I/I₀ = exp(−βx) (Callister ch. 21)",
    solution="β = −ln(0.82)/10 mm = 0.01985 mm⁻¹; x = ln(2)/β = 10 · ln 2/ln(1/0.82) = 34.9 mm = 3.49 cm.",
    forms=("tex", "multi_step", "unit_conversion", "not_last_computed"),
)
def h13b_optical_04():
    r"""After reflection losses are removed, $82\,\%$ of the light entering a $10\,\mathrm{mm}$ thick block of a coloured glass reaches the far face. What thickness of the same glass would transmit (internally) exactly half of the light entering it? Answer in $\mathrm{cm}$."""
    beta = -math.log(0.82) / Q_(10, "mm")
    return math.log(2) / beta


@item(
    S,
    "optical",
    None,
    "R = [(n − 1)/(n + 1)]² is a dimensionless fraction",
    refuse="the unit asked does not fit the quantity: a reflectivity is a dimensionless fraction and cannot be expressed in electron-volts",
    solution="R = (0.6/2.6)² = 0.053 is a pure number; the question asks for it in electron-volts, which is not a unit of reflectivity, so there is no answer in the form requested.",
    forms=("unicode", "must_refuse", "unit_mismatch"),
)
def h13b_optical_05():
    """A plate of a transparent polymer has a refractive index of 1.60. Light of wavelength 589 nm falls on it at normal incidence. Calculate the reflectivity of the surface, expressed in electron-volts."""
    return None


@item(
    S,
    "optical",
    "1/s",
    "Photon energy E = hc/λ; photon rate = P/E",
    solution="E = hc/λ = 1.9864×10⁻²⁵ J·m/632.8×10⁻⁹ m = 3.139×10⁻¹⁹ J; rate = P/E = 5.0×10⁻³/3.139×10⁻¹⁹ = 1.59×10¹⁶ photons per second.",
    forms=("unicode", "scientific_notation_answer", "known_constant"),
)
def h13b_optical_06():
    """A helium–neon laser emits 5.0 mW of red light of wavelength 632.8 nm. How many photons does it emit per second? Express the answer in scientific notation."""
    energy = H * C0 / Q_(632.8, "nm")
    return Q_(5.0, "mW") / energy


@item(
    S,
    "optical",
    "microsecond",
    "n = √ε_r (optical frequencies, non-magnetic), v = c/n",
    solution="At optical frequencies only electronic polarisation acts, so n = √2.25 = 1.50; v = c/n = 2.00×10⁸ m/s; t = 1000 m/2.00×10⁸ m/s = 5.00×10⁻⁶ s = 5.00 µs. The static value 3.8 is not used.",
    forms=("unicode", "distractor", "multi_step", "unit_conversion"),
)
def h13b_optical_07():
    """A non-magnetic glass has a static (low-frequency) dielectric constant of 3.8 and a dielectric constant of 2.25 at optical frequencies. How long does a light pulse take to travel through 1.0 km of this glass? Answer in microseconds."""
    n = math.sqrt(2.25)
    return Q_(1.0, "km") / (C0 / n)


@item(
    S,
    "optical",
    "percent",
    "Reflection at two faces: T = (1 − R)², R = [(n − 1)/(n + 1)]² (Callister ch. 21)",
    solution="R = (0.65/2.65)² = 0.06017 per surface; transmitted fraction after both faces (1 − R)² = 0.8833; lost = 1 − 0.8833 = 11.7 %.",
    forms=("unicode", "show_that", "percent", "not_last_computed"),
)
def h13b_optical_08():
    """Show that, at normal incidence and neglecting absorption and multiple reflections, the fraction of light transmitted by a plate with two uncoated faces is (1 − R)², where R = [(n − 1)/(n + 1)]². Hence calculate the percentage of the incident light lost by reflection in an uncoated flint-glass lens of index 1.65."""
    r = ((1.65 - 1) / (1.65 + 1)) ** 2
    return Q_(1 - (1 - r) ** 2, "")


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "mm",
    "ΔL = α L₀ ΔT (Callister ch. 19)",
    solution="ΔT = 500 − 70 = 430 °F; ΔL = 6.5×10⁻⁶ · 10.0 in · 430 = 0.02795 in = 0.710 mm.",
    forms=("unicode", "us_units", "unit_conversion"),
)
def h13b_thermal_01():
    """A steel rod 10.0 in. long has a linear coefficient of thermal expansion of 6.5 × 10⁻⁶ (°F)⁻¹. It is heated from 70 °F to 500 °F. By how much does it lengthen, in millimetres?"""
    return Q_(10.0, "inch") * 6.5e-6 * (500 - 70)


@item(
    S,
    "thermal",
    "MPa",
    "Thermal stress of a fully restrained bar σ = −EαΔT (tension positive) (Callister ch. 19)",
    solution="σ = −EαΔT = −97×10³ MPa · 20×10⁻⁶ · (80 − 20) = −116 MPa (compressive).",
    forms=("tex", "sign_matters", "bracket_unit"),
)
def h13b_thermal_02():
    r"""A brass rod ($E = 97\,\mathrm{GPa}$, $\alpha = 20\times10^{-6}\,^{\circ}\mathrm{C}^{-1}$) is clamped between rigid walls at $20\,^{\circ}\mathrm{C}$ so that it is stress-free, and is then heated to $80\,^{\circ}\mathrm{C}$. Taking tensile stress as positive, what stress develops in the rod? (in MPa)"""
    return -Q_(97, "GPa") * Q_(20e-6, "1/K") * Q_(60, "K")


@item(
    S,
    "thermal",
    "MPa",
    "Restrained thermal stress: uniaxial σ = EαΔT, biaxial (in-plane restraint) σ = EαΔT/(1 − ν)",
    solution="Restrained along one direction: σ = EαΔT = 380×10³ · 8.0×10⁻⁶ · 250 = 760 MPa. Restrained in both in-plane directions: σ = EαΔT/(1 − ν) = 760/0.78 = 974 MPa. Both are tensile on cooling.",
    forms=("unicode", "two_readings", "spaced_thousands"),
)
def h13b_thermal_03():
    """A thin alumina tile (E = 380 GPa, ν = 0.22, α = 8.0 × 10⁻⁶ K⁻¹) is fixed rigidly at its edges at 1 100 °C, where it is stress-free, and cooled by 250 °C. Estimate the magnitude of the thermal stress in the tile, in MPa."""
    uni = Q_(380, "GPa") * Q_(8.0e-6, "1/K") * Q_(250, "K")
    return {"uniaxial restraint": uni, "biaxial restraint": uni / (1 - 0.22)}


@item(
    S,
    "thermal",
    "kW",
    "Steady-state conduction (Fourier) Q = kAΔT/Δx (Callister ch. 19)",
    solution="q = kΔT/Δx = 51.9 · 100/0.010 = 5.19×10⁵ W/m²; Q = qA = 5.19×10⁵ · 0.25 = 1.30×10⁵ W = 130 kW. Density, heat capacity and the furnace data are not used.",
    forms=("unicode", "context_paragraph", "distractor", "assume_sentence", "words_units"),
)
def h13b_thermal_04():
    """A heat-treatment furnace runs 16 hours a day at 920 °C and is loaded with 350 kg of parts per batch. A 10 mm thick carbon-steel inspection plate in its wall has a thermal conductivity of 51.9 watts per metre kelvin, a density of 7.85 g/cm³ and a specific heat of 486 J/(kg·K). Assume steady state. If one face of a 0.25 m² area of the plate is at 150 °C and the other at 50 °C, what is the rate of heat flow through it, in kilowatts?"""
    q = Q_(51.9, "W/(m*K)") * Q_(100, "K") / Q_(10, "mm")
    return q * Q_(0.25, "m**2")


@item(
    S,
    "thermal",
    "kcal",
    "Q = m c ΔT (Callister ch. 19)",
    solution="c = 0.092 cal/(g·°C); Q = 2500 g · 0.092 · (300 − 25) = 63 250 cal = 63.3 kcal.",
    forms=("unicode", "cgs_units", "one_relation"),
)
def h13b_thermal_05():
    """The specific heat of copper is 0.092 cal/(g·°C). How much heat, in kilocalories, is needed to raise 2.5 kg of copper from 25 °C to 300 °C?"""
    return Q_(2500, "g") * Q_(0.092, "cal/(g*K)") * Q_(275, "K")


@item(
    S,
    "thermal",
    "J/(g*K)",
    "Dulong–Petit c ≈ 3R per mole of atoms (Callister ch. 19)",
    rel_tol=0.03,
    solution="c_molar ≈ 3R = 3 · 8.314 = 24.94 J/(mol·K); per gram c = 24.94/26.98 = 0.925 J/(g·K) (tolerance 3 %).",
    forms=("unicode", "estimate", "known_constant", "distractor"),
)
def h13b_thermal_06():
    """Using the classical high-temperature limit for the heat capacity of a solid, estimate the specific heat of aluminium (atomic weight 26.98 g/mol, vacancy formation energy 0.68 eV per atom) in J/(g·K)."""
    return 3 * R_GAS / Q_(26.98, "g/mol")


@item(
    S,
    "thermal",
    "m**2/s",
    "Thermal diffusivity D_T = k/(ρc_p)",
    solution="ρc_p = 3980 kg/m³ · 775 J/(kg·K) = 3.085×10⁶ J/(m³·K); D_T = 30/3.085×10⁶ = 9.73×10⁻⁶ m²/s, i.e. 9.73 in units of 10⁻⁶ m² s⁻¹.",
    forms=("tex", "scaled_unit", "words_units"),
)
def h13b_thermal_07():
    r"""Dense alumina has a thermal conductivity of $30\,\mathrm{W\,m^{-1}\,K^{-1}}$, a density of 3.98 grams per cubic centimetre and a specific heat of $775\,\mathrm{J\,kg^{-1}\,K^{-1}}$. Calculate its thermal diffusivity in units of $10^{-6}\,\mathrm{m^2\,s^{-1}}$."""
    return Q_(30, "W/(m*K)") / (Q_(3.98, "g/cm**3") * Q_(775, "J/(kg*K)"))


@item(
    S,
    "thermal",
    "degC",
    "Debye T³ law C_v = AT³ at low temperature (Callister ch. 19; Kittel ch. 5)",
    abs_tol=0.5,
    solution="A = 0.080/10³ = 8.0×10⁻⁵ J/(mol·K⁴); T = (1.0/8.0×10⁻⁵)^{1/3} = 23.2 K = −249.9 °C.",
    forms=("unicode", "kelvin_to_celsius", "time_to_state"),
)
def h13b_thermal_08():
    """At 10 K the molar heat capacity of a crystalline solid is 0.080 J/(mol·K), well inside the range where the Debye cubic law holds. At what temperature, in degrees Celsius, does its heat capacity reach 1.0 J/(mol·K)?"""
    t = Q_(10, "K") * (1.0 / 0.080) ** (1 / 3)
    return t.to("degC")


@item(
    S,
    "thermal",
    None,
    "ΔT_f = σ_f(1 − ν)/(Eα) needs the fracture strength",
    refuse="data missing for the only part asked: the maximum temperature change before fracture needs the glass's fracture strength, which is not given",
    solution="Part (a), σ = EαΔT = 69×10³ · 9×10⁻⁶ · 100 = 62 MPa, could be computed but is not asked; part (b), the only part asked, needs ΔT_max = σ_f/(Eα) and the fracture strength σ_f of this glass is not stated, so the question must be refused.",
    forms=("unicode", "must_refuse", "missing_datum", "multi_part"),
)
def h13b_thermal_09():
    """A soda–lime glass plate (E = 69 GPa, α = 9.0 × 10⁻⁶ °C⁻¹, k = 1.0 W/(m·K)) is quenched. (a) (Not required here.) Find the thermal stress produced by a 100 °C quench of a fully restrained surface. (b) Find the largest quench temperature difference the plate can survive without fracture, in °C. Answer part (b) only."""
    return None


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "Degree of polymerisation DP = M_n/m (Callister ch. 14)",
    solution="Repeat unit C₃H₆: m = 3 · 12.011 + 6 · 1.008 = 42.08 g/mol; DP = 2.1×10⁵/42.08 = 4.99×10³.",
    forms=("unicode", "known_constant", "one_relation"),
)
def h13b_polymers_01():
    """A polypropylene has a number-average molecular weight of 2.1 × 10⁵ g/mol. Compute its number-average degree of polymerisation."""
    m = 3 * A_C + 6 * A_H
    return Q_(2.1e5 / m, "")


def _mw_table() -> list[tuple[float, float, float]]:
    """(mean M_i in g/mol, x_i, w_i rounded to three decimals as printed) of h13b_polymers_02."""
    rows = [
        (7500.0, 0.05),
        (12500.0, 0.16),
        (17500.0, 0.24),
        (22500.0, 0.28),
        (27500.0, 0.20),
        (32500.0, 0.07),
    ]
    total = sum(m * x for m, x in rows)
    return [(m, x, round(m * x / total, 3)) for m, x in rows]


@item(
    S,
    "polymers",
    "g/mol",
    "Weight-average molecular weight M_w = Σ w_i M_i (Callister ch. 14)",
    solution="M_w = Σ w_i M_i = 0.018·7500 + 0.097·12 500 + 0.203·17 500 + 0.305·22 500 + 0.266·27 500 + 0.110·32 500 = 22 652 g/mol ≈ 22 700 g/mol. The x_i column gives M_n, which is not asked.",
    forms=("table_markdown", "distractor", "spaced_thousands"),
)
def h13b_polymers_02():
    """The molecular-weight distribution of a polystyrene sample is given below.

    | M range (g/mol) | mean M_i (g/mol) | x_i | w_i |
    |---|---|---|---|
    | 5 000–10 000 | 7 500 | 0.05 | 0.018 |
    | 10 000–15 000 | 12 500 | 0.16 | 0.097 |
    | 15 000–20 000 | 17 500 | 0.24 | 0.203 |
    | 20 000–25 000 | 22 500 | 0.28 | 0.305 |
    | 25 000–30 000 | 27 500 | 0.20 | 0.266 |
    | 30 000–35 000 | 32 500 | 0.07 | 0.110 |

    Calculate the weight-average molecular weight in g/mol."""
    return Q_(sum(m * w for m, _x, w in _mw_table()), "g/mol")


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister ch. 14)",
    solution="% cryst = 1.000 · (0.935 − 0.870)/[0.935 · (1.000 − 0.870)] × 100 = 0.065/0.12155 × 100 = 53.5 %.",
    forms=("tex", "words_units", "one_relation"),
)
def h13b_polymers_03():
    r"""The density of totally crystalline polyethylene is 1.000 grams per cubic centimetre and that of the totally amorphous polymer 0.870 grams per cubic centimetre. A moulded specimen has a density of $0.935\,\mathrm{g\,cm^{-3}}$. Determine its percent crystallinity."""
    rc, ra, rs = 1.000, 0.870, 0.935
    return Q_(rc * (rs - ra) / (rs * (rc - ra)), "")


@item(
    S,
    "polymers",
    "minute",
    "Stress relaxation σ(t) = σ₀ exp(−t/τ) (Callister ch. 15)",
    solution="From (a), τ = 60 s/ln(6.0/4.2) = 168 s; σ = σ₀ exp(−t/τ) gives t = τ ln(σ₀/σ) = 168 · ln(6.0/1.5) = 168 · 1.3863 = 232.9 s = 3.88 min.",
    forms=("unicode", "time_to_state", "continues_part_a", "unit_conversion"),
)
def h13b_polymers_04():
    """A polymer band is stretched quickly to a fixed strain; the stress is initially 6.0 MPa and falls to 4.2 MPa after 60 s. Assume the stress relaxes as a single exponential.
    (a) Show that the relaxation time is about 168 s.
    (b) Using your answer to (a), τ = 168 s, how long after stretching, in minutes, will the stress have fallen to 1.5 MPa?"""
    tau = Q_(168, "s")
    return tau * math.log(6.0 / 1.5)


@item(
    S,
    "polymers",
    "percent",
    "Copolymer: m̄ = f_A m_A + (1 − f_A) m_B, m̄ = M_n/DP (Callister ch. 14)",
    solution="m̄ = 350 000/5 000 = 70.0 g/mol; m_styrene (C₈H₈) = 104.15, m_butadiene (C₄H₆) = 54.09 g/mol; f_s = (70.0 − 54.09)/(104.15 − 54.09) = 0.318; butadiene fraction = 1 − 0.318 = 0.682 = 68.2 %.",
    forms=("unicode", "multi_step", "other_phase_fraction", "spaced_thousands"),
)
def h13b_polymers_05():
    """A random styrene–butadiene copolymer has a number-average molecular weight of 350 000 g/mol and a number-average degree of polymerisation of 5 000. What percentage of its repeat units are butadiene?"""
    m_s = 8 * A_C + 8 * A_H
    m_b = 4 * A_C + 6 * A_H
    f_s = (350000 / 5000 - m_b) / (m_s - m_b)
    return Q_(1 - f_s, "")


@item(
    S,
    "polymers",
    "s",
    "Avrami kinetics y = 1 − exp(−kt^n) (Callister ch. 10 and 15)",
    solution="t = [ln(1/(1 − y))/k]^{1/n} = [ln 10/1.2×10⁻⁵]^{1/3} = (1.919×10⁵)^{1/3} = 57.7 s.",
    forms=("unicode", "engineering_notation", "time_to_state", "answer_blank", "distractor"),
)
def h13b_polymers_06():
    """The isothermal crystallisation of a polyester follows the Avrami equation with n = 3 and k = 1.2e-5 s⁻³; the activation energy of its crystal growth is about 85 kilojoules per mole. How long does it take for the polymer to reach 90 % of its final crystallinity? Answer: ______ s"""
    k = Q_(1.2e-5, "s**-3")
    return (math.log(10) / k) ** (1 / 3)


@item(
    S,
    "polymers",
    "angstrom",
    "Random-walk chain: r = d√N, N = 2·DP C–C bonds for polyethylene (Callister ch. 14)",
    solution="DP = 3.0×10⁵/28.05 = 1.0695×10⁴; N = 2 · DP = 2.139×10⁴ bonds; r = 0.154 nm · √(2.139×10⁴) = 22.5 nm = 225 Å.",
    forms=("unicode", "multi_step", "nm_to_angstrom", "known_constant"),
)
def h13b_polymers_07():
    """A linear polyethylene has a number-average molecular weight of 300 000 g/mol. The C–C bond length is 0.154 nm and the bond angle 109°. Treating the chain as a random walk of freely jointed C–C bonds, estimate the average end-to-end distance in ångströms."""
    dp = 300000 / (2 * A_C + 4 * A_H)
    return Q_(0.154, "nm") * math.sqrt(2 * dp)


@item(
    S,
    "polymers",
    "percent",
    "Mass fraction of an element in the repeat unit",
    solution="PVC repeat unit C₂H₃Cl: 2 · 12.011 + 3 · 1.008 + 35.45 = 62.50 g/mol; Cl fraction = 35.45/62.50 = 56.7 wt%.",
    forms=("unicode", "multiple_choice", "known_constant"),
)
def h13b_polymers_08():
    """The chlorine content of poly(vinyl chloride), in weight percent, is

    (A) 33.3  (B) 45.9  (C) 56.7  (D) 62.5

    Give the numerical value."""
    m = 2 * A_C + 3 * A_H + A_CL
    return Q_(A_CL / m, "")


@item(
    S,
    "polymers",
    "MPa",
    "Rubber elasticity G = ρRT/M_c, E = 3G for an incompressible rubber (Callister ch. 15; Ward)",
    solution="G = ρRT/M_c = 910 kg/m³ · 8.314 · 300/5.0 kg/mol = 4.54×10⁵ Pa; E = 3G = 1.36×10⁶ Pa = 1.36 MPa.",
    forms=("tex", "assume_sentence", "known_constant", "two_step"),
)
def h13b_polymers_09():
    r"""A vulcanised natural rubber (density $0.91\,\mathrm{g\,cm^{-3}}$) has a number-average molecular weight between cross-links of $5\,000\,\mathrm{g\,mol^{-1}}$. Assume ideal rubber elasticity and that the rubber is incompressible. Estimate its Young's modulus at $300\,\mathrm{K}$, in MPa."""
    g = Q_(0.91, "g/cm**3") * R_GAS * Q_(300, "K") / Q_(5000, "g/mol")
    return 3 * g


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "psi",
    "Isostrain rule of mixtures E_c = V_f E_f + V_m E_m (Callister ch. 16)",
    solution="E_c = (1/3) · 72.5 + (2/3) · 2.4 = 24.17 + 1.60 = 25.77 GPa = 3.74×10⁶ psi.",
    forms=("unicode", "fraction_text", "us_units", "unit_conversion"),
)
def h13b_ceramics_composites_01():
    """Continuous, aligned E-glass fibres (E = 72.5 GPa) make up 1/3 of the volume of an epoxy-matrix composite (E = 2.4 GPa). Compute the composite's modulus of elasticity along the fibre direction, in psi."""
    vf = 1 / 3
    return vf * Q_(72.5, "GPa") + (1 - vf) * Q_(2.4, "GPa")


@item(
    S,
    "ceramics_composites",
    "GPa",
    "Isostress (transverse) modulus 1/E_c = V_f/E_f + V_m/E_m (Callister ch. 16)",
    solution="1/E_c = 0.55/131 + 0.45/3.5 = 0.0041985 + 0.128571 = 0.132770 GPa⁻¹; E_c = 7.53 GPa.",
    forms=("table_markdown", "distractor", "one_relation"),
)
def h13b_ceramics_composites_02():
    """Properties of some reinforcing fibres and a matrix:

    | material | E (GPa) | density (g/cm³) | tensile strength (MPa) |
    |---|---|---|---|
    | carbon (high modulus) | 390 | 1.81 | 2 100 |
    | aramid | 131 | 1.44 | 3 600 |
    | E-glass | 72.5 | 2.58 | 3 450 |
    | epoxy | 3.5 | 1.20 | 70 |

    An aligned aramid–epoxy composite contains 55 vol% fibres. Calculate its modulus perpendicular to the fibres, in GPa."""
    vf = 0.55
    return 1 / (vf / Q_(131, "GPa") + (1 - vf) / Q_(3.5, "GPa"))


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/(πa)), a = half the internal crack length (Callister ch. 8)",
    solution="a = 2 µm/2 = 1.0×10⁻⁶ m; σ_c = √(2 · 70×10⁹ · 0.30/(π · 1.0×10⁻⁶)) = √(1.337×10¹⁶) = 1.16×10⁸ Pa = 116 MPa.",
    forms=("unicode", "words_units", "two_step"),
)
def h13b_ceramics_composites_03():
    """A silica glass has a modulus of elasticity of 70 GPa and a specific surface energy of 0.30 J/m². Its most dangerous flaw is an internal crack 2 micrometres long. Using Griffith's criterion, what tensile stress will cause brittle fracture, in MPa?"""
    a = Q_(2, "um") / 2
    return (2 * Q_(70, "GPa") * Q_(0.30, "J/m**2") / (math.pi * a)) ** 0.5


@item(
    S,
    "ceramics_composites",
    None,
    "Griffith's energy balance applies to ideally brittle solids only",
    refuse="a relation used outside its assumption: Griffith's criterion with the surface energy alone applies to brittle solids; annealed copper is ductile and the plastic work at the crack tip dominates, so the number would be meaningless",
    solution="For annealed copper the energy absorbed by plastic deformation at a crack tip is orders of magnitude larger than the surface energy, so σ = √(2Eγ_s/πa) does not give its fracture stress; the question must be refused.",
    forms=("unicode", "must_refuse", "outside_assumption"),
)
def h13b_ceramics_composites_04():
    """An annealed, oxygen-free copper plate (E = 115 GPa, surface energy 1.8 J/m²) contains a surface crack 0.5 mm deep. Using Griffith's equation, calculate the tensile stress at which the copper plate will fracture, in MPa."""
    return None


@item(
    S,
    "ceramics_composites",
    "percent",
    "Porosity dependence E = E₀(1 − 1.9P + 0.9P²) (Callister ch. 12)",
    solution="E/E₀ = 1 − 1.9 · 0.050 + 0.9 · 0.050² = 0.90725; change = (0.90725 − 1) × 100 = −9.28 %.",
    forms=("unicode", "percent_change", "sign_matters"),
)
def h13b_ceramics_composites_05():
    """The modulus of fully dense alumina is 380 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what is the percentage change in the modulus when the porosity is 5.0 vol%? (Give the sign.)"""
    p = 0.050
    return Q_((1 - 1.9 * p + 0.9 * p**2) - 1, "")


@item(
    S,
    "ceramics_composites",
    "ksi",
    "Three-point flexural strength σ_fs = 3FL/(2bd²) (Callister ch. 12)",
    solution="σ_fs = 3 · 950 · 40/(2 · 10 · 5.0²) N/mm² = 228 MPa = 33.1 ksi.",
    forms=("unicode", "us_units", "unit_conversion"),
)
def h13b_ceramics_composites_06():
    """A rectangular bar of silicon nitride, 10 mm wide and 5.0 mm thick, is tested in three-point bending over a support span of 40 mm and breaks under a load of 950 N. Calculate the flexural strength in ksi."""
    return 3 * Q_(950, "N") * Q_(40, "mm") / (2 * Q_(10, "mm") * Q_(5.0, "mm") ** 2)


@item(
    S,
    "ceramics_composites",
    "mm",
    "Critical fibre length l_c = σ_f* d/(2τ_c) (Callister ch. 16)",
    solution="l_c = σ_f d/(2τ_c) = 3.4×10³ MPa · 8.0 µm/(2 · 40 MPa) = 340 µm = 0.34 mm.",
    forms=("tex", "engineering_notation", "unit_conversion"),
)
def h13b_ceramics_composites_07():
    r"""Carbon fibres of diameter $8.0\,\mu\mathrm{m}$ and tensile strength 3.4E+03 MPa are embedded in a matrix whose fibre–matrix bond strength (shear yield strength) is $40\,\mathrm{MPa}$. Determine the critical fibre length in millimetres."""
    return Q_(3.4e3, "MPa") * Q_(8.0, "um") / (2 * Q_(40, "MPa"))


@item(
    S,
    "ceramics_composites",
    "kg/m**3",
    "Ceramic density ρ = n′(ΣA_C + ΣA_A)/(V_C N_A), rock salt n′ = 4 (Callister ch. 12)",
    solution="Mass per formula unit 24.305 + 15.999 = 40.30 g/mol; ρ = 4 · 40.30/((0.421×10⁻⁷ cm)³ · 6.022×10²³) = 161.2/(7.462×10⁻²³ · 6.022×10²³) = 3.59 g/cm³ = 3.59×10³ kg/m³.",
    forms=("unicode", "scaled_unit", "known_structure", "uncertainty"),
)
def h13b_ceramics_composites_08():
    """Magnesium oxide has the rock-salt structure with a lattice parameter of (0.421 ± 0.001) nm. Compute its theoretical density, in units of ×10³ kg/m³."""
    mass = 4 * Q_(24.305 + A_O, "g/mol") / AVOGADRO
    return mass / Q_(0.421, "nm") ** 3


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "mm/year",
    "Penetration rate = W/(ρAt) (Callister ch. 17)",
    solution="A = 100 in² = 645.2 cm²; volume lost = 485 g/7.9 g/cm³ = 61.39 cm³; penetration = 61.39/645.2 = 0.0952 cm in one year = 0.952 mm/yr.",
    forms=("unicode", "us_units", "unit_conversion"),
)
def h13b_corrosion_01():
    """A steel panel exposed on one side to sea spray has an exposed area of 100 in.² and loses 485 g in one year of service. The density of the steel is 7.9 g/cm³. Assuming uniform attack, calculate the corrosion penetration rate in mm per year."""
    volume = Q_(485, "g") / Q_(7.9, "g/cm**3")
    return volume / (Q_(100, "inch**2") * Q_(1, "year"))


@item(
    S,
    "corrosion",
    "V",
    "Nernst equation E = ΔE° − (RT/nF) ln([Zn²⁺]/[Cu²⁺]) (Callister ch. 17)",
    decimals=3,
    solution="ΔE° = 0.340 − (−0.763) = 1.103 V; (RT/2F) ln(1.5/0.050) = 0.012846 · 3.4012 = 0.0437 V; E = 1.103 − 0.0437 = 1.059 V.",
    forms=("unicode", "context_paragraph", "decimal_places", "celsius_given"),
)
def h13b_corrosion_02():
    """A museum stores 1 200 bronze fittings; 35 of them were joined with zinc-plated bolts in 1962, and galvanic attack has been reported at 14 joints. To study this, a laboratory cell is made with a zinc electrode in a 1.5 M Zn²⁺ solution and a copper electrode in a 0.050 M Cu²⁺ solution at 25 °C. The standard reduction potentials are Cu²⁺/Cu +0.340 V and Zn²⁺/Zn −0.763 V. Calculate the cell voltage, in volts, to three decimal places."""
    t = kelvin(25)
    de0 = Q_(0.340 - (-0.763), "V")
    return de0 - R_GAS * t / (2 * F_CONST) * math.log(1.5 / 0.050)


@item(
    S,
    "corrosion",
    "V",
    "Nernst half-cell E = E° + (RT/nF) ln[M^{n+}]; the more negative electrode is the anode (Callister ch. 17)",
    solution="Fe: E = −0.440 + (0.025693/2) ln(0.0020) = −0.440 − 0.0798 = −0.520 V; Ni: E = −0.250 + 0.012846 ln(0.50) = −0.259 V. Iron is the anode; its potential is −0.520 V vs SHE.",
    forms=("unicode", "sign_matters", "two_materials", "multi_step"),
)
def h13b_corrosion_03():
    """An iron electrode in 0.0020 M Fe²⁺ solution is connected to a nickel electrode in 0.50 M Ni²⁺ solution at 25 °C. Standard reduction potentials: Fe²⁺/Fe −0.440 V, Ni²⁺/Ni −0.250 V. Identify the anode and give its electrode potential (versus the standard hydrogen electrode), in volts."""
    t = kelvin(25)
    e_fe = Q_(-0.440, "V") + R_GAS * t / (2 * F_CONST) * math.log(0.0020)
    e_ni = Q_(-0.250, "V") + R_GAS * t / (2 * F_CONST) * math.log(0.50)
    return min(e_fe, e_ni)


@item(
    S,
    "corrosion",
    None,
    "Galvanic series: the electrode with the lower reduction potential corrodes",
    refuse="the stem states in words something that contradicts its givens: with Zn at −0.763 V and Fe at −0.440 V, zinc (not iron) is the anode and corrodes, so the iron loss it asks for is not determined",
    solution="With E°(Zn) = −0.763 V below E°(Fe) = −0.440 V, zinc is the anode of the couple and is consumed, protecting the iron. The stem says iron is the more active metal and asks for the mass of iron lost; that contradicts the potentials it gives, so the question must be refused.",
    forms=("unicode", "must_refuse", "contradiction_in_words"),
)
def h13b_corrosion_04():
    """A galvanised steel tank develops a scratch that exposes the steel. The standard reduction potentials are Zn²⁺/Zn −0.763 V and Fe²⁺/Fe −0.440 V; since iron is the more active of the two metals, it corrodes. If the galvanic current is 0.12 A, what mass of iron, in grams, is lost in 30 days?"""
    return None


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P–B = A_O ρ_M/(a A_M ρ_O) (Callister ch. 17)",
    solution="NiO per Ni atom: P–B = (74.69 · 8.90)/(1 · 58.69 · 6.67) = 664.7/391.5 = 1.70.",
    forms=("tex", "table_latex", "two_materials", "distractor"),
)
def h13b_corrosion_05():
    r"""Data for two metals and their oxides:

\begin{tabular}{llllll}
metal & $\rho_M$ (g\,cm$^{-3}$) & $A_M$ (g\,mol$^{-1}$) & oxide & $\rho_O$ (g\,cm$^{-3}$) & $M_O$ (g\,mol$^{-1}$) \\
Ni & 8.90 & 58.69 & NiO & 6.67 & 74.69 \\
Cr & 7.19 & 52.00 & Cr$_2$O$_3$ & 5.22 & 152.0 \\
\end{tabular}

Compute the Pilling–Bedworth ratio for nickel."""
    return Q_(74.69, "g/mol") * Q_(8.90, "g/cm**3") / (Q_(58.69, "g/mol") * Q_(6.67, "g/cm**3"))


@item(
    S,
    "corrosion",
    "um/year",
    "Faraday's law: penetration rate = iM/(nFρ) (Fontana; Callister ch. 17)",
    solution="r = iM/(nFρ) = 2.0×10⁻² A/m² · 55.85×10⁻³ kg/mol/(2 · 96 485 · 7870 kg/m³) = 7.36×10⁻¹³ m/s = 2.32×10⁻⁵ m/yr = 23.2 µm/yr.",
    forms=("tex", "answer_blank", "multi_step", "unit_conversion"),
)
def h13b_corrosion_06():
    r"""Polarisation measurements on a carbon steel (take it as iron, density 7.87 g/cm³, atomic weight 55.85 g/mol) in aerated water give a corrosion current density of $2.0\,\mu\mathrm{A\,cm^{-2}}$. Iron dissolves as Fe²⁺. What is the uniform corrosion rate? Answer: ______ µm per year"""
    i = Q_(2.0, "uA/cm**2")
    return i * Q_(55.85, "g/mol") / (2 * F_CONST * Q_(7.87, "g/cm**3"))


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law m = ItM/(nF), n = 2 (Cu²⁺, acid sulphate bath) or n = 1 (Cu⁺, cyanide bath)",
    solution="Q = It = 3.0 A · 2700 s = 8100 C; from Cu²⁺: m = 8100 · 63.55/(2 · 96 485) = 2.67 g; from Cu⁺: m = 8100 · 63.55/96 485 = 5.34 g.",
    forms=("unicode", "two_readings", "unit_conversion"),
)
def h13b_corrosion_07():
    """A steel part is electroplated with copper in a copper plating bath at a current of 3.0 A for 45 min at 100 % current efficiency. What mass of copper is deposited, in grams?"""
    charge = Q_(3.0, "A") * Q_(45, "min")
    m_cu = Q_(63.55, "g/mol")
    return {"Cu²⁺ (n = 2)": charge * m_cu / (2 * F_CONST), "Cu⁺ (n = 1)": charge * m_cu / F_CONST}


@item(
    S,
    "corrosion",
    "year",
    "Faraday's law t = m n F/(M I) (Callister ch. 17)",
    rel_tol=0.05,
    solution="t = m n F/(M I) = 10 000 g · 2 · 96 485/(24.31 g/mol · 0.50 A) = 1.588×10⁸ s = 5.03 years (an approximate ask: 5 % tolerance).",
    forms=("unicode", "time_to_state", "known_constant", "unit_conversion", "approximately"),
)
def h13b_corrosion_08():
    """A 10 kg magnesium sacrificial anode protects a buried steel pipe and delivers a steady current of 0.50 A. Magnesium dissolves as Mg²⁺ (atomic weight 24.31 g/mol). Assuming all of the anode is consumed with 100 % efficiency, approximately how many years will it last?"""
    return Q_(10, "kg") * 2 * F_CONST / (Q_(24.31, "g/mol") * Q_(0.50, "A"))
