"""Set heldout16 (set Q), second half: 60 questions over seven topics of a qualifying exam.

Written blind: the writer read only the registry (``exam_items.py``), the shared quantities
(``exam_quantities.py``) and the head of one earlier item file for its layout; not the answer
engine, the checker, the solver or the questions of earlier sets. Each key is computed in the body
with pint quantities or plain math; ``solution`` is the worked solution in words, ``forms`` says
how the text is written. A question with two standard readings returns a dict of them (primary
first); one that must be refused returns None and says why in ``refuse=``.
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
)

S = "heldout16"

K_EV = K_BOLTZ.to("eV/K")


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "1/(ohm*m)",
    "Intrinsic conductivity σ = n_i |e| (μ_e + μ_h) (Callister eq. 18.15)",
    solution="For an intrinsic semiconductor n = p = n_i, so σ = n_i e (μ_e + μ_h) = 2.4 × 10¹⁹ × 1.602 × 10⁻¹⁹ × (0.38 + 0.18) = 2.15 (Ω·m)⁻¹. The band gap and density are not needed.",
    forms=("tex", "one_step", "distractor"),
)
def h16b_elec_01():
    r"""At room temperature intrinsic germanium has $n_i = 2.4 \times 10^{19}\ \mathrm{m^{-3}}$, an electron mobility $\mu_e = 0.38\ \mathrm{m^2\,V^{-1}\,s^{-1}}$ and a hole mobility $\mu_h = 0.18\ \mathrm{m^2\,V^{-1}\,s^{-1}}$. Its band gap is $0.67\ \mathrm{eV}$ and its density $5.32\ \mathrm{g\,cm^{-3}}$. Compute the electrical conductivity of the intrinsic material in $(\Omega\,\mathrm{m})^{-1}$."""
    n_i = Q_(2.4e19, "m**-3")
    return n_i * Q_E * (Q_(0.38, "m**2/(V*s)") + Q_(0.18, "m**2/(V*s)"))


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "Extrinsic n-type: σ ≈ N_d |e| μ_e (Callister eq. 18.16); ρ = 1/σ",
    solution="Every As atom gives one electron, so n ≈ 5 × 10²¹ m⁻³ ≫ n_i. σ = n e μ_e = 5 × 10²¹ × 1.602 × 10⁻¹⁹ × 0.10 = 80.1 (Ω·m)⁻¹, ρ = 1/σ = 0.01248 Ω·m = 1.248 Ω·cm.",
    forms=("unicode", "two_step", "convert_at_end", "named_unit"),
)
def h16b_elec_02():
    """Silicon is doped with 5 × 10²¹ arsenic atoms per m³. All donors are ionised at 300 K and, at this doping level, the electron mobility is 0.10 m²/(V·s). What is the electrical resistivity of the doped wafer? Give it in Ω·cm."""
    n = Q_(5e21, "m**-3")
    sigma = n * Q_E * Q_(0.10, "m**2/(V*s)")
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "cm**-3",
    "p-type extrinsic: σ = p |e| μ_h, so p = σ/(e μ_h); one hole per acceptor",
    solution="p = σ/(e μ_h) = 250/(1.602 × 10⁻¹⁹ × 0.040) = 3.90 × 10²² m⁻³. With one hole per boron atom, N_a = 3.90 × 10²² m⁻³ = 3.90 × 10¹⁶ cm⁻³.",
    forms=("ascii", "inverse", "per_unit", "convert_at_end", "min_max"),
)
def h16b_elec_03():
    """A p-type Si wafer must have a room-temperature conductivity of at least 250 (ohm-m)^-1. Boron is the acceptor, and the hole mobility at the doping level expected is 0.040 m^2/V-s. What minimum number of boron atoms per cm^3 is required? Assume extrinsic behaviour with every acceptor ionised."""
    p = Q_(250, "1/(ohm*m)") / (Q_E * Q_(0.040, "m**2/(V*s)"))
    return p


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "Intrinsic σ ∝ exp(−E_g/2kT); two-point ln σ vs 1/T (Callister eq. 18.36)",
    solution="ln(σ₂/σ₁) = (E_g/2k)(1/T₁ − 1/T₂). ln(0.38/4.4 × 10⁻⁴) = 6.761; 1/300 − 1/420 = 9.524 × 10⁻⁴ K⁻¹. E_g = 2 × 8.617 × 10⁻⁵ × 6.761/9.524 × 10⁻⁴ = 1.22 eV (the weak T dependence of the mobilities is neglected).",
    forms=("forum", "approximate_givens", "inverse", "two_step", "e_notation"),
)
def h16b_elec_04():
    """how do I get the band gap from two conductivity readings?? I have an undoped semiconductor, sigma = 4.4E-4 (ohm m)^-1 at ≈ 300 K and sigma = 0.38 (ohm m)^-1 at 420 K. Prof says ignore the T-dependence of the mobility. answer in eV please"""
    s1, s2 = 4.4e-4, 0.38
    t1, t2 = Q_(300, "K"), Q_(420, "K")
    return 2 * K_EV * math.log(s2 / s1) / (1 / t1 - 1 / t2)


@item(
    S,
    "electrical_semiconductors",
    "m**-3",
    "Hall effect: V_H = I B/(n e d), so n = I B/(|V_H| e d) (Callister eq. 18.18)",
    solution="n = I B/(|V_H| e d) = 3.0 × 0.80/(1.6 × 10⁻⁶ × 1.602 × 10⁻¹⁹ × 1.5 × 10⁻⁴) = 6.24 × 10²⁸ m⁻³. The negative sign of V_H only says the carriers are electrons.",
    forms=("tex", "two_step", "sign_convention"),
)
def h16b_elec_05():
    r"""A metal foil $0.15\ \mathrm{mm}$ thick carries a current of $3.0\ \mathrm{A}$ along its length while a field $B = 0.80\ \mathrm{T}$ is applied normal to its face. The Hall voltage across its width is $-1.6\ \mu\mathrm{V}$. Determine the free-electron concentration (per $\mathrm{m^3}$)."""
    i, b = Q_(3.0, "A"), Q_(0.80, "T")
    v_h, d = Q_(1.6e-6, "V"), Q_(0.15, "mm")
    return i * b / (v_h * Q_E * d)


@item(
    S,
    "electrical_semiconductors",
    "m**2/(V*s)",
    "μ_e = σ/(n e), n = (free electrons per atom) ρ N_A/A",
    solution="n = 1 × 10.5 × 6.022 × 10²³/107.87 = 5.862 × 10²² cm⁻³ = 5.862 × 10²⁸ m⁻³. μ_e = σ/(n e) = 6.8 × 10⁷/(5.862 × 10²⁸ × 1.602 × 10⁻¹⁹) = 7.24 × 10⁻³ m²/(V·s).",
    forms=("multi_part", "multi_step", "unicode"),
)
def h16b_elec_06():
    """Silver: σ = 6.8 × 10⁷ (Ω·m)⁻¹, density 10.5 g/cm³, atomic weight 107.87 g/mol.
    (a) Assuming one free electron per Ag atom, how many free electrons are there per m³?
    (b) Hence calculate the electron mobility in m²/(V·s).
    Only the answer to (b) is required."""
    n = Q_(10.5, "g/cm**3") * AVOGADRO / Q_(107.87, "g/mol")
    return Q_(6.8e7, "1/(ohm*m)") / (n * Q_E)


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "Parallel-plate capacitor C = ε_r ε_0 A/l (Callister eq. 18.27)",
    solution="C = ε_r ε₀ A/l = 6.0 × 8.854 × 10⁻¹² × 3.2 × 10⁻⁴/2.5 × 10⁻⁴ = 6.80 × 10⁻¹¹ F = 68.0 pF. The dielectric strength is not used.",
    forms=("ascii", "one_step", "distractor", "named_unit"),
)
def h16b_elec_07():
    """A parallel-plate capacitor has plates of area 3.2 cm^2 separated by a 0.25 mm thick mica-glass sheet with dielectric constant 6.0 and dielectric strength 40 kV/mm. Calculate the capacitance, ___ pF."""
    return Q_(6.0, "") * EPS0 * Q_(3.2, "cm**2") / Q_(0.25, "mm")


@item(
    S,
    "electrical_semiconductors",
    None,
    "Hall effect n = I B/(V_H e d) needs the thickness d",
    refuse="The carrier density from a Hall measurement needs the specimen thickness along B (n = IB/(V_H e d)); no thickness or dimensions are given, and it is not a standard datum.",
    solution="n = I B/(V_H e d) requires the thickness d of the specimen in the direction of the field. The question gives the current, the field and the Hall voltage but no thickness, so the carrier density cannot be found.",
    forms=("must_refuse", "missing_datum", "story"),
)
def h16b_elec_08():
    """In the lab a student clamps an n-type semiconductor bar between the poles of an electromagnet (B = 0.45 T), passes 12 mA through it and reads a Hall voltage of 4.7 mV. She also notes the bar is 8 mm long. From these readings, what is the electron concentration in the bar, in m^-3?"""
    return None


@item(
    S,
    "electrical_semiconductors",
    "ohm",
    "R = l/(σ A), A = π d²/4",
    solution="d = 0.0403 in = 1.0236 mm, A = π(1.0236 × 10⁻³)²/4 = 8.229 × 10⁻⁷ m². l = 250 ft = 76.2 m. R = l/(σA) = 76.2/(6.0 × 10⁷ × 8.229 × 10⁻⁷) = 1.54 Ω.",
    forms=("us_units", "two_step", "story"),
)
def h16b_elec_09():
    """An electrician runs 250 ft of copper wire of 0.0403 in. diameter to a workshop. Taking σ = 6.0 × 10^7 (Ω·m)^-1 for the copper, what is the electrical resistance of the run (in ohms)?"""
    d = Q_(0.0403, "inch")
    area = math.pi * d**2 / 4
    return Q_(250, "ft") / (Q_(6.0e7, "1/(ohm*m)") * area)


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "A/m",
    "M_s = (μ_B per atom) μ_B N, N = ρ N_A/A; Ni 0.60 μ_B/atom (Callister §20.4)",
    solution="Nickel carries 0.60 Bohr magneton per atom (Callister). N = 8.90 × 10⁶ g/m³ × 6.022 × 10²³/58.69 = 9.13 × 10²⁸ m⁻³. M_s = 0.60 × 9.274 × 10⁻²⁴ × 9.13 × 10²⁸ = 5.08 × 10⁵ A/m.",
    forms=("known_datum_not_given", "two_step", "unicode"),
)
def h16b_magn_01():
    """Estimate the saturation magnetization of nickel (in A/m) from its net moment per atom. Data: ρ = 8.90 g/cm³, atomic weight 58.69 g/mol. Use the textbook value for the number of Bohr magnetons per Ni atom."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return 0.60 * BOHR * n


@item(
    S,
    "magnetic",
    "kA/m",
    "Inverse-spinel ferrite: only the divalent ions' moments count; 8 formula units per cell; Ni²⁺ 2 μ_B",
    solution="In the inverse spinel NiFe₂O₄ the Fe³⁺ moments on A and B sites cancel, so the net moment is that of Ni²⁺, 2 μ_B. With 8 formula units per cubic cell, 16 μ_B per cell. M_s = 16 × 9.274 × 10⁻²⁴/(0.834 × 10⁻⁹)³ = 2.56 × 10⁵ A/m = 256 kA/m.",
    forms=("tex", "known_datum_not_given", "multi_step", "named_unit"),
)
def h16b_magn_02():
    r"""Nickel ferrite $\mathrm{NiFe_2O_4}$ has the inverse spinel structure with a cubic unit cell of edge $a = 0.834\ \mathrm{nm}$ containing eight formula units. Calculate its saturation magnetization (answer in $\mathrm{kA\,m^{-1}}$)."""
    a = Q_(0.834, "nm")
    return 8 * 2 * BOHR / a**3


@item(
    S,
    "magnetic",
    "A/m",
    "H = N I/l; M = χ_m H",
    solution="H = N I/l = 400 × 2.5/0.25 = 4000 A/m. M = χ_m H = 3.2 × 10⁻⁵ × 4000 = 0.128 A/m.",
    forms=("ascii", "e_notation", "two_step"),
)
def h16b_magn_03():
    """A solenoid 0.25 m long has 400 turns and carries 2.5 A. Its core is a paramagnetic alloy with volume susceptibility chi_m = 3.2*10^-5. What magnetization M (A/m) is set up in the core?"""
    h_field = 400 * Q_(2.5, "A") / Q_(0.25, "m")
    return 3.2e-5 * h_field


@item(
    S,
    "magnetic",
    "dimensionless",
    "μ_r = B/(μ₀H), χ_m = μ_r − 1",
    solution="μ_r = B/(μ₀H) = 0.63/(1.2566 × 10⁻⁶ × 500) = 1002.7, so χ_m = μ_r − 1 = 1001.7 ≈ 1.0 × 10³: choice (b).",
    forms=("multiple_choice", "two_step", "unicode"),
)
def h16b_magn_04():
    """A soft-iron ring reaches B = 0.63 T when H = 500 A/m. Its magnetic susceptibility at this point is closest to
    (a) 1.0 × 10²   (b) 1.0 × 10³   (c) 1.26 × 10⁻³   (d) 7.9 × 10⁵"""
    mu_r = Q_(0.63, "T") / (MU0 * Q_(500, "A/m"))
    return mu_r - 1


@item(
    S,
    "magnetic",
    "W/kg",
    "Hysteresis loss per cycle = loop area (J/m³); power = area × f; per kg divide by ρ",
    solution="Power per unit volume = 250 J/m³ × 60 s⁻¹ = 1.5 × 10⁴ W/m³. Per kg: 1.5 × 10⁴/7650 = 1.96 W/kg. The core volume is not needed for a per-kg figure.",
    forms=("per_unit", "two_step", "distractor", "story"),
)
def h16b_magn_05():
    """The core of a 60 Hz distribution transformer (volume 1.2 × 10⁻³ m³, density 7650 kg/m³) is made of a silicon-iron whose B–H loop encloses 250 J/m³ per cycle. What is the hysteresis loss per kilogram of core, in W/kg?"""
    per_volume = Q_(250, "J/m**3") * Q_(60, "Hz")
    return per_volume / Q_(7650, "kg/m**3")


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie law χ = C/T for a paramagnet",
    solution="With χ = C/T, χ(77 K) = χ(300 K) × 300/77 = 2.4 × 10⁻⁴ × 3.896 = 9.35 × 10⁻⁴.",
    forms=("tex", "one_step", "ratio"),
)
def h16b_magn_06():
    r"""A dilute paramagnetic salt obeys Curie's law. Its susceptibility at $300\ \mathrm{K}$ is $2.4 \times 10^{-4}$. What is its susceptibility after cooling in liquid nitrogen to $77\ \mathrm{K}$?"""
    return 2.4e-4 * 300 / 77


@item(
    S,
    "magnetic",
    None,
    "Curie law applies to paramagnets only; iron is ferromagnetic below 768 °C",
    refuse="Iron is ferromagnetic at 20 °C and at 500 °C (Curie temperature 768 °C); Curie's law χ = C/T holds only for paramagnets, so it cannot scale iron's susceptibility between these temperatures.",
    solution="Curie's law describes non-interacting moments in a paramagnet. Iron stays ferromagnetic up to its Curie temperature (768 °C), so both temperatures lie in the ferromagnetic state, where χ depends on field, history and domain structure. The requested extrapolation is outside the law's validity.",
    forms=("must_refuse", "outside_validity", "ascii"),
)
def h16b_magn_07():
    """A soft iron specimen has an initial relative susceptibility of 5000 at 20 deg C. Using Curie's law, chi = C/T, estimate its susceptibility at 500 deg C."""
    return None


@item(
    S,
    "magnetic",
    "K",
    "B_C(T) = B_C(0)[1 − (T/T_C)²] (Callister eq. 20.14)",
    solution="Solve for T: T = T_C √(1 − B/B_C(0)) = 7.19 × √(1 − 0.050/0.0803) = 7.19 × 0.6143 = 4.42 K. Above this the applied 0.050 T exceeds the critical field.",
    forms=("inverse", "min_max", "tex"),
)
def h16b_magn_08():
    r"""Lead is superconducting below $T_C = 7.19\ \mathrm{K}$ and its critical field at $0\ \mathrm{K}$ is $B_C(0) = 0.0803\ \mathrm{T}$. What is the maximum temperature at which a lead wire stays superconducting in an applied field of $0.050\ \mathrm{T}$? (answer in K)"""
    return Q_(7.19, "K") * math.sqrt(1 - 0.050 / 0.0803)


@item(
    S,
    "magnetic",
    "dimensionless",
    "Net moment per atom = M_s/(N μ_B), N = ρ N_A/A",
    solution="N = 7.87 × 10⁶ × 6.022 × 10²³/55.85 = 8.486 × 10²⁸ m⁻³. Moment per atom = M_s/(N μ_B) = 1.70 × 10⁶/(8.486 × 10²⁸ × 9.274 × 10⁻²⁴) = 2.16 Bohr magnetons.",
    forms=("decimal_comma", "inverse", "two_step", "rounding"),
    decimals=2,
)
def h16b_magn_09():
    """For iron: M_s = 1,70·10⁶ A/m, ρ = 7,87 g/cm³, A = 55,85 g/mol. Compute the net magnetic moment per Fe atom in Bohr magnetons, to two decimal places."""
    n = Q_(7.87, "g/cm**3") * AVOGADRO / Q_(55.85, "g/mol")
    return Q_(1.70e6, "A/m") / (n * BOHR)


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "nm",
    "Absorption edge λ = hc/E_g",
    solution="Photons are absorbed when hν ≥ E_g, so the longest absorbed wavelength is λ = hc/E_g = 1240 eV·nm/2.42 eV = 512 nm.",
    forms=("ascii", "min_max", "one_step", "named_unit"),
)
def h16b_opt_01():
    """CdS has a band gap of 2.42 eV. What is the longest wavelength of light that can be absorbed by band-to-band excitation in CdS? ___ nm"""
    return H * C0 / Q_(2.42, "eV")


@item(
    S,
    "optical",
    "degree",
    "Snell: critical angle sin θ_c = n₂/n₁",
    solution="Total internal reflection at the glass–water interface begins at sin θ_c = 1.33/1.50 = 0.8867, θ_c = 62.5°.",
    forms=("unicode", "one_step", "decimal_comma", "min_max"),
)
def h16b_opt_02():
    """Light travels in a glass block (n = 1,50) towards a flat face that is in contact with water (n = 1,33). Beyond what angle of incidence (measured from the normal, in °) is the light totally reflected back into the glass?"""
    return Q_(math.degrees(math.asin(1.33 / 1.50)), "degree")


@item(
    S,
    "optical",
    "percent",
    "Normal-incidence reflectivity R = ((n − 1)/(n + 1))² (Callister eq. 21.13)",
    solution="R = ((2.42 − 1)/(2.42 + 1))² = (1.42/3.42)² = 0.1724 = 17.2 %.",
    forms=("tex", "one_step", "percent"),
)
def h16b_opt_03():
    r"""Diamond has a refractive index $n = 2.42$. What fraction of light incident normally from air on a polished diamond face is reflected? Give the answer as a percentage."""
    return Q_(((2.42 - 1) / (2.42 + 1)) ** 2, "")


@item(
    S,
    "optical",
    "mm",
    "Internal transmission I/I₀ = exp(−β x); find β then x",
    solution="β = −ln(0.78)/12 mm = 0.02071 mm⁻¹. For I/I₀ = 0.50: x = ln 2/β = 0.6931/0.02071 = 33.5 mm.",
    forms=("inverse", "two_step", "ascii", "uncertainty"),
)
def h16b_opt_04():
    """A tinted glass transmits 78% of the light that enters it through a 12.0 ± 0.1 mm thickness (reflection losses excluded). What thickness of the same glass would transmit only 50% of the light entering it? Answer in mm."""
    beta = -math.log(0.78) / Q_(12, "mm")
    return math.log(2) / beta


@item(
    S,
    "optical",
    "dimensionless",
    "I_T/I₀ = (1 − R)² exp(−βl), R = ((n − 1)/(n + 1))² (Callister eq. 21.18)",
    solution="Each face transmits a fraction (1 − R) and the path through the plate attenuates by e^(−βl), giving (1 − R)² e^(−βl). R = (0.52/2.52)² = 0.04258. I_T/I₀ = (1 − 0.04258)² exp(−0.15 × 2.0) = 0.9166 × 0.7408 = 0.679.",
    forms=("multi_step", "unicode", "where_symbols"),
)
def h16b_opt_05():
    """Show that for a plate of thickness l with reflection at both faces the transmitted fraction is (1 − R)² e^(−βl), where R is the normal-incidence reflectivity and β the absorption coefficient, and hence find the fraction of normally incident light transmitted by a 2.0 cm glass plate with n = 1.52 and β = 0.15 cm⁻¹ (multiple reflections neglected)."""
    r = ((1.52 - 1) / (1.52 + 1)) ** 2
    return (1 - r) ** 2 * math.exp(-0.15 * 2.0)


@item(
    S,
    "optical",
    "m/s",
    "v = c/√(ε_r μ_r), μ_r ≈ 1 for a non-magnetic polymer",
    solution="n = √(ε_r μ_r) = √2.30 = 1.517, so v = c/n = 2.998 × 10⁸/1.517 = 1.98 × 10⁸ m/s.",
    forms=("tex", "two_step", "known_datum_not_given"),
)
def h16b_opt_06():
    r"""At optical frequencies polyethylene has a dielectric constant $\varepsilon_r \approx 2.30$ and is non-magnetic. Estimate the speed of light in polyethylene, in $\mathrm{m\,s^{-1}}$."""
    return C0 / math.sqrt(2.30)


@item(
    S,
    "optical",
    "1/s",
    "Photon energy E = hc/λ; photon rate = P/E",
    solution="E = hc/λ = 6.626 × 10⁻³⁴ × 2.998 × 10⁸/694.3 × 10⁻⁹ = 2.861 × 10⁻¹⁹ J (1.786 eV). Rate = P/E = 5.0 × 10⁻³/2.861 × 10⁻¹⁹ = 1.75 × 10¹⁶ photons per second.",
    forms=("story", "two_step", "per_unit"),
)
def h16b_opt_07():
    """A small ruby laser (λ = 694.3 nm) used in an undergraduate lab puts out a continuous 5.0 mW. How many photons does it emit per second?"""
    energy = H * C0 / Q_(694.3, "nm")
    return Q_(5.0, "mW") / energy


@item(
    S,
    "optical",
    None,
    "I/I₀ = exp(−βx) needs the thickness x",
    refuse="The absorption coefficient follows from the transmitted fraction only with the path length (β = −ln(T)/x); the pane thickness is not given.",
    solution="β = −ln(I/I₀)/x. The question gives the transmitted fraction and the refractive index (to remove reflection losses), but not the thickness of the pane, so β cannot be determined.",
    forms=("must_refuse", "missing_datum", "unicode"),
)
def h16b_opt_08():
    """A window pane of soda-lime glass (n = 1.51) transmits 84 % of normally incident light. After correcting for reflection at both faces, what is the absorption coefficient of the glass, in cm⁻¹?"""
    return None


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "mm",
    "Δl = α_l l₀ ΔT; α_l(Al) = 23.6 × 10⁻⁶ °C⁻¹ (Callister Table 19.1)",
    solution="Using α_l = 23.6 × 10⁻⁶ °C⁻¹ for aluminium, Δl = 23.6 × 10⁻⁶ × 500 mm × (150 − 20) = 1.53 mm.",
    forms=("known_datum_not_given", "one_step", "ascii"),
    rel_tol=0.05,
)
def h16b_therm_01():
    """An aluminium rod is 500 mm long at 20 deg C. By how much (in mm) does it lengthen when heated to 150 deg C?"""
    return 23.6e-6 * Q_(500, "mm") * (150 - 20)


@item(
    S,
    "thermal",
    "MPa",
    "Constrained bar: σ = −E α_l ΔT (compression negative)",
    solution="σ = −E α_l (T_f − T_0) = −97 × 10³ MPa × 20.0 × 10⁻⁶ × 60 = −116 MPa (compressive).",
    forms=("sign_convention", "one_step", "unicode"),
)
def h16b_therm_02():
    """A brass rod (E = 97 GPa, α = 20.0 × 10⁻⁶ °C⁻¹) is fixed rigidly between two walls at 20 °C and then heated to 80 °C. Find the thermal stress in the rod in MPa, taking tension as positive and compression as negative."""
    return -Q_(97, "GPa") * 20.0e-6 * 60


@item(
    S,
    "thermal",
    "inch",
    "Δl = α l₀ ΔT in US units",
    solution="l₀ = 10 ft = 120 in, ΔT = 110 − 40 = 70 °F. Δl = 6.5 × 10⁻⁶ × 120 × 70 = 0.0546 in.: choice (b).",
    forms=("us_units", "one_step", "story", "multiple_choice"),
)
def h16b_therm_03():
    """A 10 ft steel rail section (α = 6.5 × 10^-6 per °F) is laid on a 40 °F morning. By the afternoon it has warmed to 110 °F. How much longer is it?
    (a) 0.0055 in.   (b) 0.0546 in.   (c) 0.546 in.   (d) 0.0039 in."""
    return 6.5e-6 * Q_(10, "ft") * (110 - 40)


@item(
    S,
    "thermal",
    "MJ",
    "Steady conduction q = k ΔT/Δx; heat = q A t",
    solution="q = kΔT/Δx = 120 × 40/5.0 × 10⁻³ = 9.6 × 10⁵ W/m². Through 0.20 m²: 1.92 × 10⁵ W; in one hour 1.92 × 10⁵ × 3600 = 6.91 × 10⁸ J = 691 MJ.",
    forms=("multi_step", "tex", "convert_at_end"),
)
def h16b_therm_04():
    r"""A brass plate ($k = 120\ \mathrm{W\,m^{-1}\,K^{-1}}$) $5.0\ \mathrm{mm}$ thick and $0.20\ \mathrm{m^2}$ in area has its faces held at $140\ ^{\circ}\mathrm{C}$ and $100\ ^{\circ}\mathrm{C}$. How much heat flows through it in one hour at steady state? Express the result in MJ."""
    q = Q_(120, "W/(m*K)") * Q_(40, "K") / Q_(5.0, "mm")
    return q * Q_(0.20, "m**2") * Q_(1, "hour")


@item(
    S,
    "thermal",
    "Btu",
    "Q = m c_p ΔT, then J → Btu",
    solution="Q = 2.5 kg × 900 J/(kg·K) × (300 − 25) K = 6.19 × 10⁵ J = 6.19 × 10⁵/1055.06 = 586 Btu.",
    forms=("us_units", "convert_at_end", "one_step"),
)
def h16b_therm_05():
    """How much heat, in Btu, is needed to raise 2.5 kg of aluminium (c_p = 900 J/kg·K) from 25 °C to 300 °C?"""
    return Q_(2.5, "kg") * Q_(900, "J/(kg*K)") * Q_(275, "K")


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Debye low-T law C_v = (12π⁴/5) R (T/θ_D)³, valid for T ≪ θ_D",
    solution="C_v = (12π⁴/5) R (T/θ_D)³ = 1943.8 × (10/343)³ = 1943.8 × 2.478 × 10⁻⁵ = 0.0482 J/(mol·K).",
    forms=("tex", "one_step", "show_that"),
)
def h16b_therm_06():
    r"""Show that for $T \ll \theta_D$ the Debye model reduces to $C_v = \frac{12\pi^4}{5} R \left(T/\theta_D\right)^3$, and hence, for copper with a Debye temperature $\theta_D = 343\ \mathrm{K}$, compute its molar heat capacity at constant volume at $10\ \mathrm{K}$, in $\mathrm{J\,mol^{-1}\,K^{-1}}$."""
    return 12 * math.pi**4 / 5 * R_GAS * (10 / 343) ** 3


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Dulong–Petit: 3R per mole of atoms; MgO has 2 atoms per formula unit",
    solution="At high temperature each atom contributes 3R. Per mole of MgO formula units (2 mol of atoms) C_v = 6R = 49.9 J/(mol·K); per mole of atoms it is 3R = 24.9 J/(mol·K). Either reading of 'per mole' is accepted.",
    forms=("two_readings", "one_step", "unicode"),
)
def h16b_therm_07():
    """Estimate the high-temperature molar heat capacity of magnesium oxide, MgO, from the Dulong–Petit rule (J mol⁻¹ K⁻¹)."""
    return {"per mole of MgO formula units": 6 * R_GAS, "per mole of atoms": 3 * R_GAS}


@item(
    S,
    "thermal",
    None,
    "Debye T³ law holds only for T ≪ θ_D (below about θ_D/10)",
    refuse="The Debye T³ law is a low-temperature limit (T below about θ_D/10); at 300 K aluminium (θ_D ≈ 428 K) is far outside that range, and the law would give a value above the classical 3R.",
    solution="The T³ law applies for T ≪ θ_D. At 300 K, T/θ_D = 0.70, and the law would give 1943.8 × 0.343 ≈ 667 J/(mol·K), far above the Dulong–Petit limit 3R = 24.9 J/(mol·K). The method asked for is invalid here.",
    forms=("must_refuse", "outside_validity", "ascii"),
)
def h16b_therm_08():
    """Using the Debye T^3 law, C_v = A T^3, with A fixed by theta_D = 428 K, calculate the molar heat capacity of aluminium at 300 K in J/(mol K)."""
    return None


@item(
    S,
    "thermal",
    "K",
    "Fully constrained: σ = E α ΔT; ΔT_max = σ_f/(E α)",
    solution="Cooling a clamped rod puts it in tension σ = EαΔT; fracture when E α ΔT = σ_f, so ΔT_max = σ_f/(Eα) = 69 × 10⁶/(69 × 10⁹ × 9.0 × 10⁻⁶) = 111 K (= 111 °C of temperature change).",
    forms=("decimal_comma", "min_max", "inverse", "unicode"),
)
def h16b_therm_09():
    """A soda-lime glass rod is clamped at both ends at room temperature so that it cannot contract, and is then cooled. Data: E = 69 GPa, α = 9,0·10⁻⁶ K⁻¹, fracture strength σ_f = 69 MPa. What is the maximum temperature drop (in K) the rod can tolerate before it fractures?"""
    return Q_(69, "MPa") / (Q_(69, "GPa") * Q_(9.0e-6, "1/K"))


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "g/mol",
    "Number-average molecular weight M̄_n = Σ x_i M_i (Callister eq. 14.5a)",
    solution="M̄_n = Σ x_i M_i = 0.05 × 10 + 0.16 × 20 + 0.24 × 30 + 0.28 × 40 + 0.18 × 50 + 0.09 × 60 kg/mol = 36.5 kg/mol = 36 500 g/mol.",
    forms=("table", "one_step", "convert_at_end"),
)
def h16b_poly_01():
    """The molecular-weight distribution of a polystyrene batch is given below (number fractions x_i).

    | M range (kg/mol) | 5–15 | 15–25 | 25–35 | 35–45 | 45–55 | 55–65 |
    | x_i              | 0.05 | 0.16  | 0.24  | 0.28  | 0.18  | 0.09  |

    Compute the number-average molecular weight in g/mol."""
    mids = [10, 20, 30, 40, 50, 60]
    xs = [0.05, 0.16, 0.24, 0.28, 0.18, 0.09]
    return Q_(sum(x * m for x, m in zip(xs, mids, strict=True)), "kg/mol")


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M̄_n/m; PMMA repeat unit C₅H₈O₂, m = 100.12 g/mol",
    solution="The PMMA repeat unit is C₅H₈O₂: m = 5(12.011) + 8(1.008) + 2(15.999) = 100.12 g/mol. DP = 3.2 × 10⁵/100.12 = 3196 ≈ 3200.",
    forms=("tex", "known_datum_not_given", "two_step"),
)
def h16b_poly_02():
    r"""A poly(methyl methacrylate) has a number-average molecular weight of $3.2 \times 10^{5}\ \mathrm{g\,mol^{-1}}$. What is its number-average degree of polymerization?"""
    m = 5 * 12.011 + 8 * 1.008 + 2 * 15.999
    return 3.2e5 / m


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M̄_n/m; PE repeat unit C₂H₄ (28.05 g/mol) or, per IUPAC, CH₂ (14.03 g/mol)",
    solution="Taking the textbook mer C₂H₄ (28.05 g/mol): DP = 350 000/28.05 = 12 478. Taking the IUPAC constitutional repeating unit CH₂ (14.03 g/mol): DP = 24 950. Both are standard readings.",
    forms=("two_readings", "ascii", "known_datum_not_given"),
)
def h16b_poly_03():
    """A linear polyethylene has Mn = 350,000 g/mol. Find its degree of polymerization (number of repeat units per average chain)."""
    c2h4 = 2 * 12.011 + 4 * 1.008
    ch2 = 12.011 + 2 * 1.008
    return {"repeat unit C2H4": 350000 / c2h4, "repeat unit CH2": 350000 / ch2}


@item(
    S,
    "polymers",
    "dimensionless",
    "M̄_w = Σ w_i M_i; M̄_n = 1/Σ(w_i/M_i); PDI = M̄_w/M̄_n",
    solution="M̄_w = Σ w_i M_i = 59 000 g/mol. M̄_n = 1/Σ(w_i/M_i) = 1/(2.058 × 10⁻⁵) = 48 580 g/mol. PDI = 59 000/48 580 = 1.21.",
    forms=("table", "multi_step", "rounding", "ratio"),
    decimals=2,
)
def h16b_poly_04():
    """Data: weight fractions w_i of a polymer sample by mean molecular weight M_i.
    M_i (g/mol): 20 000, 40 000, 60 000, 80 000, 100 000
    w_i:         0.10,   0.25,   0.35,   0.20,   0.10
    Calculate the polydispersity index Mw/Mn, to two decimal places."""
    ms = [20000, 40000, 60000, 80000, 100000]
    ws = [0.10, 0.25, 0.35, 0.20, 0.10]
    mw = sum(w * m for w, m in zip(ws, ms, strict=True))
    mn = 1 / sum(w / m for w, m in zip(ws, ms, strict=True))
    return mw / mn


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister eq. 14.8)",
    solution="% cryst = 0.946(0.904 − 0.855)/[0.904(0.946 − 0.855)] × 100 = 0.04635/0.08226 × 100 = 56.3 %.",
    forms=("unicode", "one_step", "percent"),
)
def h16b_poly_05():
    """A polypropylene part has density 0.904 g/cm³. Fully crystalline PP has ρ = 0.946 g/cm³ and totally amorphous PP ρ = 0.855 g/cm³. What is the percent crystallinity of the part?"""
    rc, ra, rs = 0.946, 0.855, 0.904
    return Q_(rc * (rs - ra) / (rs * (rc - ra)), "")


@item(
    S,
    "polymers",
    "g/cm**3",
    "Mass crystallinity c: 1/ρ = c/ρ_c + (1 − c)/ρ_a; two specimens give ρ_c and ρ_a",
    solution="Write 1/ρ = c/ρ_c + (1 − c)/ρ_a for both specimens: 1/1.180 = 0.62/ρ_c + 0.38/ρ_a and 1/1.148 = 0.30/ρ_c + 0.70/ρ_a. Solving the two linear equations in 1/ρ_c and 1/ρ_a gives 1/ρ_a = 0.8929, so ρ_a ≈ 1.12 g/cm³ (and ρ_c ≈ 1.22 g/cm³).",
    forms=("show_that", "multi_step", "inverse", "table"),
)
def h16b_poly_06():
    """Show that the percent-crystallinity formula is equivalent to 1/ρ = c/ρ_c + (1 − c)/ρ_a, with c the mass fraction crystalline, and hence determine the density of totally amorphous material (g/cm³) for a nylon for which two specimens give:
    specimen A: ρ = 1.180 g/cm³, 62.0 % crystalline
    specimen B: ρ = 1.148 g/cm³, 30.0 % crystalline"""
    c1, v1 = 0.62, 1 / 1.180
    c2, v2 = 0.30, 1 / 1.148
    # v = c x + (1 - c) y with x = 1/ρc, y = 1/ρa
    det = c1 * (1 - c2) - c2 * (1 - c1)
    y = (c1 * v2 - c2 * v1) / det
    return Q_(1 / y, "g/cm**3")


@item(
    S,
    "polymers",
    "MPa",
    "Stress relaxation σ(t) = σ₀ exp(−t/τ) (Maxwell model, Callister §15.4)",
    solution="τ = t/ln(σ₀/σ) = 45/ln(6.0/4.2) = 45/0.3567 = 126.2 s. At 120 s: σ = 6.0 exp(−120/126.2) = 6.0 × 0.3863 = 2.32 MPa.",
    forms=("forum", "two_step", "e_notation"),
)
def h16b_poly_07():
    """hi, stuck on this one: a rubbery polymer is stretched quickly and held at fixed strain; stress starts at 6.0 MPa and is 4.2 MPa after 45 s. Assuming simple exponential relaxation sigma = sigma0*exp(-t/tau), what will the stress be 120 s after stretching (in MPa)? thx"""
    tau = Q_(45, "s") / math.log(6.0 / 4.2)
    return Q_(6.0, "MPa") * math.exp(-(Q_(120, "s") / tau).to("").magnitude)


@item(
    S,
    "polymers",
    None,
    "M̄_n = DP × m̄ needs the copolymer's composition to get the mean repeat-unit mass",
    refuse="The mean repeat-unit mass of an ethylene–propylene copolymer depends on its composition, which is not given; M̄_n = DP × m̄ cannot be evaluated.",
    solution="For a copolymer m̄ = f_E m_E + f_P m_P with f the mole fractions of the two repeat units (28.05 and 42.08 g/mol). The question gives only the degree of polymerization and not the composition, so m̄ and hence M̄_n are undetermined (anywhere from 70 to 105 kg/mol).",
    forms=("must_refuse", "not_determinable", "ascii"),
)
def h16b_poly_08():
    """A random ethylene-propylene copolymer used for cable insulation has a number-average degree of polymerization of 2500. Compute its number-average molecular weight in g/mol."""
    return None


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "GPa",
    "Weight → volume fraction via densities; isostrain E_cl = E_m V_m + E_f V_f (Callister eq. 16.10)",
    solution="Per 100 g: glass 60/2.58 = 23.26 cm³, epoxy 40/1.14 = 35.09 cm³, so V_f = 23.26/58.34 = 0.3986. E_cl = 0.3986 × 72.5 + 0.6014 × 3.4 = 28.9 + 2.04 = 30.9 GPa.",
    forms=("multi_step", "convert_at_end", "tex"),
)
def h16b_comp_01():
    r"""A continuous, aligned E-glass/epoxy composite contains 60 wt% fibres. Data: glass $E = 72.5\ \mathrm{GPa}$, $\rho = 2.58\ \mathrm{g\,cm^{-3}}$; epoxy $E = 3.4\ \mathrm{GPa}$, $\rho = 1.14\ \mathrm{g\,cm^{-3}}$. Estimate the modulus of the composite in the fibre direction (answer in GPa)."""
    vg = 60 / 2.58
    ve = 40 / 1.14
    vf = vg / (vg + ve)
    return vf * Q_(72.5, "GPa") + (1 - vf) * Q_(3.4, "GPa")


@item(
    S,
    "ceramics_composites",
    "GPa",
    "Isostress (transverse) E_ct = E_m E_f/(V_m E_f + V_f E_m) (Callister eq. 16.16)",
    solution="1/E_ct = V_f/E_f + V_m/E_m = 0.60/230 + 0.40/2.4 = 0.002609 + 0.16667 = 0.16928 GPa⁻¹; E_ct = 5.91 GPa.",
    forms=("forum", "one_step", "ascii"),
)
def h16b_comp_02():
    """how do I get the transverse modulus of a UD lamina? I have carbon fibre/epoxy, Vf = 0.60, Ef = 230 GPa, Em = 2.4 GPa. need E perpendicular to the fibres (GPa). is it just the rule of mixtures??"""
    return 1 / (0.60 / Q_(230, "GPa") + 0.40 / Q_(2.4, "GPa"))


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "Ashby: tie of stiffness S, length L: mass m = S L² ρ/E, cost = C_m m; index E/(C_m ρ)",
    solution="For a tie of prescribed stiffness S = EA/L, A = SL/E and cost = C_m ρ A L = C_m ρ S L²/E. Ratio CFRP/GFRP = (35 × 1.55/110)/(3.5 × 1.9/38) = 0.4932/0.1750 = 2.82. The strengths are not needed.",
    forms=("ratio", "distractor", "multi_step", "table"),
)
def h16b_comp_03():
    """Materials selection: a light tie rod of given length must have a prescribed axial stiffness. Two candidates:

    material | E (GPa) | ρ (Mg/m³) | price ($/kg) | strength (MPa)
    GFRP     | 38      | 1.9       | 3.5          | 500
    CFRP     | 110     | 1.55      | 35           | 1 100

    By what factor does the material cost of the CFRP tie exceed that of the GFRP tie of the same stiffness?"""
    cost_gfrp = 3.5 * 1.9 / 38
    cost_cfrp = 35 * 1.55 / 110
    return cost_cfrp / cost_gfrp


@item(
    S,
    "ceramics_composites",
    "mm",
    "Critical fibre length l_c = σ_f* d/(2τ_c) (Callister eq. 16.3)",
    solution="l_c = σ_f* d/(2τ_c) = 2.50 × 10⁹ × 10 × 10⁻⁶/(2 × 40 × 10⁶) = 3.1 × 10⁻⁴ m = 0.31 mm (±2 % from the strength's uncertainty).",
    forms=("uncertainty", "one_step", "min_max", "unicode"),
)
def h16b_comp_04():
    """Carbon fibres of diameter about 10 µm have a tensile strength of 2.50 ± 0.05 GPa; the fibre–matrix bond (shear yield strength of the matrix) is 40 MPa. What is the minimum fibre length, in mm, for the fibres to be loaded to their full strength?"""
    return Q_(2.50, "GPa") * Q_(10, "um") / (2 * Q_(40, "MPa"))


@item(
    S,
    "ceramics_composites",
    "nm**3",
    "Zinc blende: conventional cubic cell a³ (4 ZnS) or primitive FCC cell a³/4 (1 ZnS)",
    solution="The conventional cubic cell has volume a³ = 0.541³ = 0.1583 nm³ and holds 4 ZnS. The primitive rhombohedral cell of the FCC lattice has a³/4 = 0.0396 nm³ and holds one ZnS. The question says 'a unit cell', so both are accepted.",
    forms=("two_readings", "one_step", "ascii"),
)
def h16b_comp_05():
    """Sphalerite (zinc blende ZnS) has a cubic lattice parameter of 0.541 nm. What is the volume of a unit cell of ZnS, in nm^3?"""
    a = Q_(0.541, "nm")
    return {"conventional cubic cell": a**3, "primitive cell": a**3 / 4}


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "Rock salt: a = 2(r_C + r_A), ρ = n′(ΣA_C + ΣA_A)/(V_C N_A); r(Mg²⁺) = 0.072, r(O²⁻) = 0.140 nm (Callister Table 12.3)",
    solution="With r(Mg²⁺) = 0.072 nm and r(O²⁻) = 0.140 nm, a = 2(0.212) = 0.424 nm, V_C = 7.62 × 10⁻²³ cm³. ρ = 4(24.31 + 16.00)/(7.62 × 10⁻²³ × 6.022 × 10²³) = 3.51 g/cm³.",
    forms=("known_datum_not_given", "multi_step", "tex"),
    rel_tol=0.04,
)
def h16b_comp_06():
    r"""Magnesium oxide has the rock-salt structure. From the ionic radii, estimate its theoretical density in $\mathrm{g/cm^3}$ (atomic weights: Mg 24.31, O 16.00)."""
    a = 2 * (Q_(0.072, "nm") + Q_(0.140, "nm"))
    return 4 * Q_(24.31 + 16.00, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "GPa",
    "P = 1 − ρ_bulk/ρ_th; E = E₀(1 − 1.9P + 0.9P²) (Callister eq. 12.9)",
    solution="P = 1 − 3.62/3.98 = 0.0905. E = 393(1 − 1.9 × 0.0905 + 0.9 × 0.0905²) = 393 × 0.8355 = 328 GPa.",
    forms=("two_step", "where_symbols", "unicode"),
)
def h16b_comp_07():
    """A sintered alumina has a bulk density of 3.62 g/cm³; fully dense Al₂O₃ has ρ = 3.98 g/cm³ and E₀ = 393 GPa. Using E = E₀(1 − 1.9P + 0.9P²), where P is the volume fraction porosity, estimate the elastic modulus of the sintered piece (GPa)."""
    p = 1 - 3.62 / 3.98
    return Q_(393, "GPa") * (1 - 1.9 * p + 0.9 * p**2)


@item(
    S,
    "ceramics_composites",
    "lbf",
    "Three-point bend, circular section: σ_fs = F L/(π R³) (Callister eq. 12.7b)",
    solution="R = 0.10 in. F = σ_fs π R³/L = 50 000 psi × π × (0.10 in)³/1.75 in = 89.8 lbf.",
    forms=("inverse", "min_max", "us_units", "tex"),
)
def h16b_comp_08():
    r"""A silicon-nitride rod of diameter $0.20\ \mathrm{in.}$ is loaded in three-point bending over supports $1.75\ \mathrm{in.}$ apart. If its flexural strength is $50\ \mathrm{ksi}$, what is the maximum load (in lbf) it can carry at mid-span?"""
    r = Q_(0.10, "inch")
    return Q_(50, "ksi") * math.pi * r**3 / Q_(1.75, "inch")


@item(
    S,
    "ceramics_composites",
    None,
    "Isostrain E_cl = E_m V_m + E_f V_f is bounded by E_f; the givens contradict it",
    refuse="The stated longitudinal modulus (95 GPa) exceeds the fibre modulus (72 GPa); no matrix volume fraction or matrix modulus can make a rule-of-mixtures composite stiffer than both of its phases, so the data are inconsistent.",
    solution="E_cl = V_f E_f + V_m E_m lies between E_m and E_f. With E_f = 72 GPa and an epoxy matrix of a few GPa, E_cl cannot be 95 GPa; solving for E_m gives (95 − 0.35 × 72)/0.65 = 107 GPa, impossible for epoxy. The givens contradict each other.",
    forms=("must_refuse", "contradictory_givens", "ascii"),
)
def h16b_comp_09():
    """An aligned glass-fibre/epoxy composite with 35 vol% E-glass fibres (E = 72 GPa) has a measured longitudinal modulus of 95 GPa. Using the rule of mixtures, what is the modulus of the epoxy matrix in GPa?"""
    return None


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "V",
    "Nernst: ΔV = (V_Ni° − V_Fe°) − (RT/nF) ln([Fe²⁺]/[Ni²⁺]); V° Fe −0.440, Ni −0.250 V",
    solution="Fe (more negative) is oxidised, Ni²⁺ reduced. ΔV° = −0.250 − (−0.440) = 0.190 V. ΔV = 0.190 − (8.314 × 298.15/(2 × 96 485)) ln(0.10/1.0 × 10⁻³) = 0.190 − 0.0128 × 4.605 = 0.131 V.",
    forms=("known_datum_not_given", "two_step", "unicode"),
)
def h16b_corr_01():
    """A galvanic cell at 25 °C consists of an iron electrode in 0.10 M Fe²⁺ and a nickel electrode in 1.0 × 10⁻³ M Ni²⁺. Using the standard emf series, compute the cell potential (V)."""
    dv0 = Q_(-0.250 - (-0.440), "V")
    return dv0 - R_GAS * kelvin(25) / (2 * F_CONST) * math.log(0.10 / 1.0e-3)


@item(
    S,
    "corrosion",
    "day",
    "Faraday: mass consumed w = I t M/(n F), so t = w n F/(I M)",
    solution="The anode may lose 80 % of 10.0 kg = 8.00 kg. t = w n F/(I M) = 8000 × 2 × 96 485/(1.5 × 65.38) = 1.574 × 10⁷ s = 182 days.",
    forms=("story", "inverse", "convert_at_end", "min_max"),
)
def h16b_corr_02():
    """A 10.0 kg zinc sacrificial anode bolted to a steel hull delivers an average galvanic current of 1.5 A (Zn → Zn²⁺ + 2e⁻, M = 65.38 g/mol). It must be replaced when 80 % of its mass has been consumed. What is the maximum service interval, in days?"""
    w = 0.80 * Q_(10.0, "kg")
    return w * 2 * F_CONST / (Q_(1.5, "A") * Q_(65.38, "g/mol"))


@item(
    S,
    "corrosion",
    "thou/year",
    "CPR = K W/(ρ A t); K = 534 for mpy with W in mg, ρ g/cm³, A in², t h (Callister eq. 17.23)",
    solution="CPR = W/(ρ A t) = 485 g/(7.9 g/cm³ × 645.2 cm² × 1 yr) = 0.0952 cm/yr = 0.952 mm/yr = 37.5 mpy (with K = 534: 534 × 485 000/(7.9 × 100 × 8766) = 37.4 mpy).",
    forms=("us_units", "two_step", "named_unit"),
)
def h16b_corr_03():
    """A carbon-steel sheet of 100 in.² exposed area (density 7.9 g/cm³) loses 485 g in one year of service in a brine tank. What is the corrosion penetration rate in mils per year (mpy)?"""
    return Q_(485, "g") / (Q_(7.9, "g/cm**3") * Q_(100, "inch**2") * Q_(1, "year"))


@item(
    S,
    "corrosion",
    "um/year",
    "Penetration rate r = i M/(n F ρ)",
    solution="r = iM/(nFρ) = 2.5 × 10⁻⁶ × 55.85/(2 × 96 485 × 7.87) = 9.19 × 10⁻¹¹ cm/s = 2.90 × 10⁻³ cm/yr = 29.0 µm/yr.",
    forms=("convert_at_end", "tex", "two_step"),
)
def h16b_corr_04():
    r"""Iron corroding uniformly in an aerated solution has a corrosion current density of $2.5\ \mu\mathrm{A\,cm^{-2}}$ ($\mathrm{Fe \rightarrow Fe^{2+} + 2e^-}$). Convert this to a penetration rate in $\mu\mathrm{m}$ per year ($\rho_{Fe} = 7.87\ \mathrm{g\,cm^{-3}}$, $M = 55.85\ \mathrm{g\,mol^{-1}}$)."""
    i = Q_(2.5, "uA/cm**2")
    return i * Q_(55.85, "g/mol") / (2 * F_CONST * Q_(7.87, "g/cm**3"))


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio = A_O ρ_M/(a A_M ρ_O) for M_aO_b (Callister eq. 17.32)",
    solution="P–B = M(Cr₂O₃) ρ_Cr/(2 A_Cr ρ_oxide) = 151.99 × 7.19/(2 × 52.00 × 5.22) = 2.01: the scale is in compression but protective (between 1 and about 2): choice (c).",
    forms=("table", "one_step", "ascii", "multiple_choice"),
)
def h16b_corr_05():
    """Data:
    Cr: atomic weight 52.00 g/mol, density 7.19 g/cm3
    Cr2O3: formula weight 151.99 g/mol, density 5.22 g/cm3
    The Pilling-Bedworth ratio for the oxidation of chromium to Cr2O3 is closest to
    (a) 0.98    (b) 1.55    (c) 2.01    (d) 3.07"""
    return 151.99 * 7.19 / (2 * 52.00 * 5.22)


@item(
    S,
    "corrosion",
    "V",
    "Mixed potential: oxidation and reduction Tafel lines η = ±β log(i/i₀) meet at (i_c, V_c)",
    solution="Oxidation: V = −0.45 + 0.11 log(i/2 × 10⁻⁸); reduction: V = 0 − 0.09 log(i/5 × 10⁻¹¹). Equating: −0.20 log i_c = 1.324, log i_c = −6.620, i_c = 2.40 × 10⁻⁷ A/cm². V_c = −0.45 + 0.11(−6.620 + 7.699) = −0.331 V.",
    forms=("multi_step", "where_symbols", "unicode", "multi_part"),
    abs_tol=0.005,
)
def h16b_corr_06():
    """A divalent metal M corrodes in deaerated acid. Data: M/M²⁺: V° = −0.45 V, i₀ = 2 × 10⁻⁸ A/cm², β = +0.11 V/decade; H⁺/H₂ on M: V° = 0 V, i₀ = 5 × 10⁻¹¹ A/cm², β = −0.09 V/decade, where β is the Tafel slope of each activation-polarisation line.
    (a) Find the corrosion current density.
    (b) Find the corrosion potential in volts.
    Answer (b) only."""
    log_i0m, log_i0h = math.log10(2e-8), math.log10(5e-11)
    # -0.45 + 0.11 (L - log_i0m) = 0 - 0.09 (L - log_i0h)
    big_l = (0.45 + 0.11 * log_i0m + 0.09 * log_i0h) / (0.11 + 0.09)
    return Q_(-0.45 + 0.11 * (big_l - log_i0m), "V")


@item(
    S,
    "corrosion",
    "um",
    "Electroplating: m = η I t M/(n F); thickness = m/(ρ A)",
    solution="m = 0.95 × 3.0 × 2400 × 58.69/(2 × 96 485) = 2.08 g Ni. Thickness = m/(ρA) = 2.08/(8.90 × 150) = 1.56 × 10⁻³ cm = 15.6 µm.",
    forms=("multi_step", "story", "convert_at_end"),
)
def h16b_corr_07():
    """A part with 150 cm^2 of surface is nickel plated from a Watts bath (Ni2+ + 2e- -> Ni) at 3.0 A for 40 min with 95 % cathode current efficiency. Taking Ni: M = 58.69 g/mol, rho = 8.90 g/cm^3, how thick is the deposit, in um, assuming it is uniform?"""
    m = 0.95 * Q_(3.0, "A") * Q_(40, "min") * Q_(58.69, "g/mol") / (2 * F_CONST)
    return m / (Q_(8.90, "g/cm**3") * Q_(150, "cm**2"))


@item(
    S,
    "corrosion",
    "mV",
    "Concentration cell ΔV = (RT/nF) ln(c_high/c_low)",
    solution="ΔV = (RT/nF) ln(0.50/0.002) = (8.314 × 333.15/(2 × 96 485)) × ln 250 = 0.01435 × 5.521 = 0.0792 V = 79.2 mV.",
    forms=("ascii", "one_step", "named_unit"),
)
def h16b_corr_08():
    """Two copper electrodes dip into CuSO4 solutions of 0.50 M and 0.002 M Cu2+, joined by a salt bridge, at 60 deg C. What emf does this concentration cell develop? (answer in mV)"""
    return R_GAS * kelvin(60) / (2 * F_CONST) * math.log(0.50 / 0.002)
