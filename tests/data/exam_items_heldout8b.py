"""Set heldout8 (set I), second half: 60 questions over seven topics of a qualifying exam.

Written blind: the writer did not read the answer engine, the checker, the solver or the benchmarks;
of the earlier sets only one item was read, for its format, and no question or set of numbers is
taken from anywhere. Each key is computed in the function body with pint quantities (a unit slip
raises when the builder converts the result to the item's unit); ``solution`` is the worked
solution in words and ``forms`` says how the question is written. A question with two standard
readings returns a dict of them; a question that cannot be answered (a missing datum, an ambiguous
substance, a non-numeric ask) returns None and says why. Topics: the seven of ``HELDOUT8_TOPICS``
from electrical properties to corrosion.
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
    MU0,
    Q_,
    Q_E,
    R_GAS,
    H,
    kelvin,
    num,
)

S = "heldout8"

# standard atomic weights (g/mol)
A_H, A_C, A_O, A_S = 1.008, 12.011, 15.999, 32.06


# ---------------------------------------------------------------- electrical properties & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "ohm*m",
    "intrinsic conduction: σ = n_i|e|(µ_e + µ_h), ρ = 1/σ (Callister ch. 18)",
    solution="σ = 2.5×10¹⁹ · 1.602×10⁻¹⁹ · (0.38 + 0.18) = 2.24 (Ω·m)⁻¹, so ρ = 1/σ = 0.446 Ω·m.",
    forms=("unicode", "one_relation", "derived_inverse"),
)
def h8b_electrical_semiconductors_01():
    """At room temperature intrinsic germanium has 2.5 × 10¹⁹ conduction electrons per cubic metre; the electron and hole mobilities are 0.38 and 0.18 m²/(V·s). Calculate the electrical resistivity of intrinsic Ge in Ω·m."""
    n_i = Q_(2.5e19, "1/m**3")
    sigma = n_i * Q_E * (Q_(0.38, "m**2/(V*s)") + Q_(0.18, "m**2/(V*s)"))
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "extrinsic n-type: n ≈ N_d, σ = n|e|µ_e (Callister ch. 18)",
    solution="Each P atom donates one electron: n = 2.0×10⁻⁶ · 5.00×10²⁸ = 1.0×10²³ m⁻³. σ = 1.0×10²³ · 1.602×10⁻¹⁹ · 0.14 = 2.24×10³ (Ω·m)⁻¹; ρ = 4.46×10⁻⁴ Ω·m = 0.0446 Ω·cm. The hole mobility is not needed.",
    forms=("unicode", "multi_step", "distractor", "unit_change"),
)
def h8b_electrical_semiconductors_02():
    """Silicon (5.00 × 10²⁸ atoms m⁻³) is doped with phosphorus to a level of 2.0 atomic ppm. Taking the electron mobility as 0.14 m² V⁻¹ s⁻¹ and the hole mobility as 0.05 m² V⁻¹ s⁻¹, and assuming every dopant atom is ionised at room temperature, compute the room-temperature resistivity of the doped silicon in Ω·cm."""
    n = 2.0e-6 * Q_(5.00e28, "1/m**3")
    sigma = n * Q_E * Q_(0.14, "m**2/(V*s)")
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "1/(ohm*m)",
    "intrinsic: ln σ = ln C − E_g/(2kT); two points fix E_g/2k (Callister ch. 18)",
    solution="ln(3.8/0.25) = 2.721 = (E_g/2k)(1/293.15 − 1/373.15) gives E_g/2k = 3.72×10³ K (E_g ≈ 0.64 eV). Then σ(423.15 K) = 0.25 · exp[3.72×10³ (1/293.15 − 1/423.15)] = 0.25 · exp(3.90) ≈ 12.3 (Ω·m)⁻¹.",
    forms=("unicode", "multi_part", "multi_step", "harder"),
)
def h8b_electrical_semiconductors_03():
    """The electrical conductivity of an intrinsic semiconductor is 0.25 (Ω·m)⁻¹ at 20 °C and 3.8 (Ω·m)⁻¹ at 100 °C.
    (a) Estimate the band-gap energy in eV.
    (b) Using the same data, predict the conductivity at 150 °C, in (Ω·m)⁻¹."""
    t1, t2, t3 = kelvin(20), kelvin(100), kelvin(150)
    s1, s2 = 0.25, 3.8
    eg_over_2k = math.log(s2 / s1) / (1 / t1 - 1 / t2)
    ratio = math.exp(num(eg_over_2k * (1 / t1 - 1 / t3)))
    return Q_(s1 * ratio, "1/(ohm*m)")


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "Hall effect: n = IB/(|e| d |V_H|), µ_e = σ/(n|e|) (Callister ch. 18)",
    solution="n = IB/(e d V_H) = (2.0×10⁻³ · 0.40)/(1.602×10⁻¹⁹ · 5.0×10⁻⁴ · 3.2×10⁻³) = 3.12×10²¹ m⁻³; µ_e = σ/(n e) = 12/(3.12×10²¹ · 1.602×10⁻¹⁹) = 0.024 m²/(V·s) = 240 cm²/(V·s). The width of the bar is not needed.",
    forms=("tex", "multi_step", "distractor", "unit_change"),
)
def h8b_electrical_semiconductors_04():
    """A Hall measurement is made on a bar of n-type silicon $4.0\\ \\mathrm{mm}$ wide and $0.50\\ \\mathrm{mm}$ thick (thickness measured parallel to the magnetic field). With a current of $2.0\\ \\mathrm{mA}$ along the bar and a field of $0.40\\ \\mathrm{T}$, the Hall voltage is $-3.2\\ \\mathrm{mV}$. The conductivity of the material is $12\\ (\\Omega\\,\\mathrm{m})^{-1}$. Determine the electron mobility in $\\mathrm{cm^{2}\\,V^{-1}\\,s^{-1}}$."""
    current, field = Q_(2.0, "mA"), Q_(0.40, "T")
    d, v_h = Q_(0.50, "mm"), Q_(3.2, "mV")
    n = current * field / (Q_E * d * v_h)
    return Q_(12, "1/(ohm*m)") / (n * Q_E)


@item(
    S,
    "electrical_semiconductors",
    "nC",
    "parallel-plate capacitor: C = ε_r ε₀ A/l, Q = CV (Callister ch. 18)",
    solution="A = (1.5 in)² = (0.0381 m)² = 1.452×10⁻³ m², l = 0.080 in = 2.032×10⁻³ m. C = 6.0 · 8.854×10⁻¹² · 1.452×10⁻³/2.032×10⁻³ = 3.80×10⁻¹¹ F; Q = CV = 3.80×10⁻¹¹ · 120 = 4.55×10⁻⁹ C = 4.55 nC.",
    forms=("us_units", "multi_step", "unit_change"),
)
def h8b_electrical_semiconductors_05():
    """A parallel-plate capacitor has square plates 1.5 in. on a side separated by 0.080 in.; the gap is filled with a material whose dielectric constant is 6.0. How much charge, in nanocoulombs, is stored on each plate when 120 V is applied?"""
    area = Q_(1.5, "inch") ** 2
    cap = 6.0 * EPS0 * area / Q_(0.080, "inch")
    return cap * Q_(120, "V")


@item(
    S,
    "electrical_semiconductors",
    "C/m**2",
    "dielectric polarization: P = ε₀(ε_r − 1)E, E = V/l (Callister ch. 18)",
    solution="E = 40 V/0.50×10⁻³ m = 8.0×10⁴ V/m; P = 8.854×10⁻¹² · (25 − 1) · 8.0×10⁴ = 1.70×10⁻⁵ C/m².",
    forms=("tex", "one_relation", "sci_notation"),
)
def h8b_electrical_semiconductors_06():
    """A dielectric slab of relative permittivity $\\varepsilon_r = 25$ and thickness $0.50\\ \\mathrm{mm}$ sits between two electrodes across which $40\\ \\mathrm{V}$ is applied. Compute the polarization $P$ in the slab, in $\\mathrm{C\\,m^{-2}}$; give the result in scientific notation."""
    field = Q_(40, "V") / Q_(0.50, "mm")
    return EPS0 * (25 - 1) * field


@item(
    S,
    "electrical_semiconductors",
    "percent",
    "Matthiessen's rule: ρ = ρ_t + ρ_i, ρ_t = ρ₀ + aT, ρ_i = Ac(1 − c) (Callister ch. 18)",
    solution="ρ_t(80 °C) = 1.72×10⁻⁸ + 6.8×10⁻¹¹ · 60 = 2.128×10⁻⁸ Ω·m; ρ_i = 1.24×10⁻⁶ · 0.025 · 0.975 = 3.02×10⁻⁸ Ω·m; total 5.15×10⁻⁸ Ω·m, which is 5.15/1.72 − 1 = 199 % above pure copper at 20 °C.",
    forms=("unicode", "data_list", "multi_step", "derived_percent_change"),
)
def h8b_electrical_semiconductors_07():
    """Data for copper and a dilute copper–nickel alloy:
    • resistivity of pure Cu at 20 °C: 1.72 × 10⁻⁸ Ω·m
    • thermal contribution rises linearly with temperature at 6.8 × 10⁻¹¹ Ω·m per °C
    • impurity contribution ρᵢ = A c(1 − c) with A = 1.24 × 10⁻⁶ Ω·m, c the atom fraction of Ni
    A conductor is made of Cu with 2.5 at.% Ni and runs at 80 °C. By what percentage does its resistivity exceed that of pure copper at 20 °C?"""
    rho0 = Q_(1.72e-8, "ohm*m")
    rho_t = rho0 + Q_(6.8e-11, "ohm*m/K") * Q_(60, "K")
    c = 0.025
    rho_i = Q_(1.24e-6, "ohm*m") * c * (1 - c)
    return ((rho_t + rho_i) / rho0 - 1).to("percent")


@item(
    S,
    "electrical_semiconductors",
    "1/(ohm*m)",
    "extrinsic conduction σ = N|e|µ, but µ depends on whether the dopant is a donor or an acceptor",
    refuse="The impurity is not identified, so it cannot be told whether it is a donor (σ = N e µ_e) or an acceptor (σ = N e µ_h): the carrier type, and so the mobility to use, is not determined.",
    solution="Which mobility applies depends on whether the unnamed impurity gives n-type or p-type conduction; the question does not say, so no single conductivity follows.",
    forms=("unicode", "must_refuse", "ambiguous_substance"),
)
def h8b_electrical_semiconductors_08():
    """A silicon wafer is doped with 3 × 10²¹ m⁻³ atoms of an impurity element; all of them are ionised at room temperature. In this silicon the electron mobility is 0.14 m²/(V·s) and the hole mobility 0.048 m²/(V·s). What is the room-temperature conductivity of the wafer?"""
    return None


@item(
    S,
    "electrical_semiconductors",
    "ppm",
    "p-type: p = σ/(|e|µ_h); N_Si = ρN_A/A_Si; mass fraction of B = p A_B/(N_Si A_Si)",
    solution="p = 150/(1.602×10⁻¹⁹ · 0.045) = 2.08×10²² m⁻³. N_Si = 2.33×10⁶ g/m³ · 6.022×10²³/28.09 g/mol = 4.99×10²⁸ m⁻³. Mass fraction of B ≈ 2.08×10²² · 10.81/(4.99×10²⁸ · 28.09) = 1.60×10⁻⁷, i.e. 0.160 ppm by weight.",
    forms=("unicode", "multi_step", "harder", "unit_change", "requested_precision"),
)
def h8b_electrical_semiconductors_09():
    """A p-type silicon is to have a room-temperature conductivity of 150 (Ω·m)⁻¹, supplied entirely by boron acceptors (hole mobility 0.045 m²/(V·s)). Silicon has a density of 2.33 g/cm³ and an atomic weight of 28.09 g/mol; the atomic weight of boron is 10.81 g/mol. What concentration of boron is required, expressed in parts per million by weight? Give three significant figures."""
    p = Q_(150, "1/(ohm*m)") / (Q_E * Q_(0.045, "m**2/(V*s)"))
    n_si = Q_(2.33, "g/cm**3") * AVOGADRO / Q_(28.09, "g/mol")
    return (p * 10.81 / (n_si * 28.09)).to("ppm")


# ---------------------------------------------------------------- magnetic properties


@item(
    S,
    "magnetic",
    "T",
    "saturation: M_s = (µ_B per atom)(atoms per cell)/a³, B_s ≈ µ₀M_s (Callister ch. 20)",
    solution="FCC has 4 atoms per cell: M_s = 0.60 · 4 · 9.274×10⁻²⁴/(0.3524×10⁻⁹)³ = 5.09×10⁵ A/m; B_s = µ₀M_s = 4π×10⁻⁷ · 5.09×10⁵ = 0.64 T. The density is not needed.",
    forms=("unicode", "multi_step", "distractor"),
)
def h8b_magnetic_01():
    """Nickel is FCC with a lattice parameter of 0.3524 nm and a density of 8.90 g/cm³; each Ni atom carries a net moment of 0.60 Bohr magneton. Estimate the saturation flux density of nickel in tesla."""
    m_s = 0.60 * 4 * BOHR / Q_(0.3524, "nm") ** 3
    return MU0 * m_s


@item(
    S,
    "magnetic",
    "A/m",
    "inverse spinel ferrite: net moment = that of the 8 divalent ions per cell (Fe³⁺ moments cancel); M_s = n µ_B/a³",
    solution="In the inverse spinel the Fe³⁺ moments on the two sublattices cancel, leaving the 8 Ni²⁺ ions per cell with 2 µ_B each: M_s = 16 · 9.274×10⁻²⁴/(0.834×10⁻⁹)³ = 1.484×10⁻²²/5.801×10⁻²⁸ = 2.56×10⁵ A/m.",
    forms=("tex", "one_relation", "sci_notation"),
)
def h8b_magnetic_02():
    """Nickel ferrite, $\\mathrm{NiFe_2O_4}$, has the inverse spinel structure with a cubic unit cell of edge $0.834\\ \\mathrm{nm}$ containing eight formula units. The moment of a $\\mathrm{Ni^{2+}}$ ion is $2\\,\\mu_B$ and that of $\\mathrm{Fe^{3+}}$ is $5\\,\\mu_B$ ($\\mu_B = 9.27\\times10^{-24}\\ \\mathrm{A\\,m^{2}}$). Calculate the saturation magnetization in $\\mathrm{A\\,m^{-1}}$, in scientific notation."""
    return 8 * 2 * BOHR / Q_(0.834, "nm") ** 3


@item(
    S,
    "magnetic",
    "kA/m",
    "coil field H = NI/l; magnetization M = (µ_r − 1)H = χ_m H (Callister ch. 20)",
    solution="H = NI/l = 200 · 1.2/0.25 = 960 A/m; M = (µ_r − 1)H = 399 · 960 = 3.83×10⁵ A/m = 383 kA/m.",
    forms=("unicode", "multi_part", "multi_step", "unit_change"),
)
def h8b_magnetic_03():
    """A solenoid 25 cm long is wound with 200 turns and carries 1.2 A.
    (a) What is the magnetic field strength H inside it?
    (b) A rod of a material of relative permeability 400 is slid into the coil. Compute the magnetization of the rod, in kA/m."""
    h_field = 200 * Q_(1.2, "A") / Q_(25, "cm")
    return (400 - 1) * h_field


@item(
    S,
    "magnetic",
    "kW*h",
    "hysteresis loss: power = (loop area per unit volume) × f × V (Callister ch. 20)",
    solution="V = 25/7650 = 3.27×10⁻³ m³; P = 180 J/m³ · 60 s⁻¹ · 3.27×10⁻³ m³ = 35.3 W; over 365 days (8760 h) the loss is 35.3 · 8760 = 3.09×10⁵ W·h = 309 kWh. The rating and the saturation induction are not used.",
    forms=("unicode", "context_paragraph", "distractor", "multi_step", "derived_time_total"),
)
def h8b_magnetic_04():
    """A distribution transformer rated at 50 kVA has a laminated core of silicon iron (saturation induction 2.0 T) of mass 25 kg; the density of the alloy is 7 650 kg/m³. At the operating induction the area of the B–H loop corresponds to an energy of 180 J/m³ per cycle, and the supply frequency is 60 Hz. Neglecting eddy currents, how much energy, in kWh, is dissipated by hysteresis in the core in one year (365 days) of continuous operation?"""
    volume = Q_(25, "kg") / Q_(7650, "kg/m**3")
    power = Q_(180, "J/m**3") * Q_(60, "1/s") * volume
    return power * Q_(365, "day")


@item(
    S,
    "magnetic",
    "K",
    "type I superconductor: H_c(T) = H_c(0)[1 − (T/T_c)²] (Callister ch. 20)",
    solution="T = T_c√(1 − H_c/H_c(0)) = 7.19 · √(1 − 3.0×10⁴/6.4×10⁴) = 7.19 · 0.729 = 5.24 K.",
    forms=("unicode", "one_relation", "derived_inverse"),
)
def h8b_magnetic_05():
    """Lead becomes superconducting below 7.19 K, and its critical field at 0 K is 6.4 × 10⁴ A/m. Up to what temperature (in K) can a lead wire remain superconducting in an applied field of 3.0 × 10⁴ A/m?"""
    t_c = Q_(7.19, "K")
    return t_c * math.sqrt(1 - 3.0e4 / 6.4e4)


@item(
    S,
    "magnetic",
    "dimensionless",
    "B_s ≈ µ₀M_s; moment per atom = M_s a³/(n µ_B), n = 2 for BCC (Callister ch. 20)",
    solution="M_s = B_s/µ₀ = 2.14/(4π×10⁻⁷) = 1.703×10⁶ A/m. A BCC cell (a = 0.2866 nm) holds 2 atoms, so the moment per atom = 1.703×10⁶ · (0.2866×10⁻⁹)³/(2 · 9.274×10⁻²⁴) = 2.16 µ_B.",
    forms=("unicode", "multi_step", "derived_inverse", "requested_precision"),
)
def h8b_magnetic_06():
    """The saturation flux density of BCC iron is 2.14 T and its lattice parameter is 0.2866 nm. Estimate the net magnetic moment per iron atom, in Bohr magnetons, to three significant figures."""
    m_s = Q_(2.14, "T") / MU0
    return m_s * Q_(0.2866, "nm") ** 3 / (2 * BOHR)


@item(
    S,
    "magnetic",
    "A/m",
    "ferrite M_s = (moment per formula unit × 8)/a³ needs the divalent cation",
    refuse="'A ferrite' does not name the divalent cation (Mn²⁺, Fe²⁺, Co²⁺, Ni²⁺, Cu²⁺, Zn²⁺ carry different moments), so the moment per formula unit, and hence M_s, cannot be determined.",
    solution="The net moment of an inverse-spinel ferrite comes from its divalent ion, which the question does not name; the saturation magnetization is therefore not determined.",
    forms=("unicode", "must_refuse", "ambiguous_substance", "context_paragraph"),
)
def h8b_magnetic_07():
    """The core of a 100 kHz switching inductor is pressed from a cubic ferrite with the inverse spinel structure. X-ray diffraction gives a cubic lattice parameter of 0.839 nm with eight formula units per unit cell, and the sintered core is 96 % dense. Compute the saturation magnetization of the ferrite in A/m."""
    return None


@item(
    S,
    "magnetic",
    "A/m",
    "flux density in a magnetic material: B = µ₀(H + M) so M = B/µ₀ − H (Callister ch. 20)",
    solution="H = NI/l = 500 · 0.40/0.30 = 667 A/m; M = B/µ₀ − H = 0.85/(4π×10⁻⁷) − 667 = 6.76×10⁵ − 667 = 6.76×10⁵ A/m.",
    forms=("tex", "multi_step", "sci_notation"),
)
def h8b_magnetic_08():
    """A toroid of mean circumference $30\\ \\mathrm{cm}$ is wound uniformly with $500$ turns carrying $0.40\\ \\mathrm{A}$, and its iron-alloy core develops a flux density of $0.85\\ \\mathrm{T}$. Determine the magnetization $M$ of the core in $\\mathrm{A\\,m^{-1}}$ (scientific notation)."""
    h_field = 500 * Q_(0.40, "A") / Q_(30, "cm")
    return Q_(0.85, "T") / MU0 - h_field


# ---------------------------------------------------------------- optical properties


@item(
    S,
    "optical",
    "nm",
    "absorption edge: λ_max = hc/E_g (Callister ch. 21)",
    solution="λ = hc/E_g = 6.626×10⁻³⁴ · 2.998×10⁸/(2.42 · 1.602×10⁻¹⁹) = 5.12×10⁻⁷ m = 512 nm. The refractive index is not needed.",
    forms=("unicode", "one_relation", "distractor", "unit_change"),
)
def h8b_optical_01():
    """Cadmium sulphide has a band gap of 2.42 eV and a refractive index of about 2.5 in the visible. What is the longest wavelength of light, in nm, that can be absorbed by exciting electrons across the gap?"""
    return H * C0 / Q_(2.42, "eV")


@item(
    S,
    "optical",
    "percent",
    "normal-incidence reflectivity R = [(n − 1)/(n + 1)]²; two surfaces: T = (1 − R)² for a non-absorbing plate",
    solution="R = (0.52/2.52)² = 0.0426 per surface. With negligible absorption the plate transmits (1 − R)² = 0.9574² = 0.917, i.e. 91.7 %.",
    forms=("unicode", "multi_part", "multi_step", "derived_percent"),
)
def h8b_optical_02():
    """A window of crown glass has refractive index 1.52.
    (a) What fraction of normally incident light is reflected at one air–glass surface?
    (b) If absorption in the glass is negligible, what percentage of the incident light passes through the window (both surfaces)? Ignore multiple reflections."""
    r = ((1.52 - 1) / (1.52 + 1)) ** 2
    return Q_((1 - r) ** 2, "dimensionless")


@item(
    S,
    "optical",
    "degree",
    "step-index fibre: NA = sin θ_a = √(n₁² − n₂²) (in air)",
    solution="NA = √(1.48² − 1.46²) = √0.0588 = 0.2425; the acceptance half-angle in air is arcsin 0.2425 = 14.0°.",
    forms=("unicode", "multi_step"),
)
def h8b_optical_03():
    """An optical fibre has a core of refractive index 1.48 and a cladding of 1.46. Calculate the maximum half-angle, in degrees from the fibre axis, of a cone of rays in air that will be trapped in the core by total internal reflection."""
    na = math.sqrt(1.48**2 - 1.46**2)
    return Q_(math.degrees(math.asin(na)), "degree")


@item(
    S,
    "optical",
    "mm",
    "transmission through a plate: I_T/I₀ = (1 − R)² e^(−βl), R = [(n − 1)/(n + 1)]² (Callister ch. 21)",
    solution="R = (0.5/2.5)² = 0.040, (1 − R)² = 0.9216. From 0.82 = 0.9216 e^(−12β): β = ln(0.9216/0.82)/12 = 9.73×10⁻³ mm⁻¹. For 0.70: l = ln(0.9216/0.70)/β = 0.2750/9.73×10⁻³ = 28.3 mm.",
    forms=("unicode", "multi_step", "harder", "derived_inverse", "design_value"),
)
def h8b_optical_04():
    """A glass of refractive index 1.50 transmits 82 % of normally incident light through a plate 12 mm thick, reflection losses at both faces included. What plate thickness, in mm, will transmit only 70 % of the incident light?"""
    r = ((1.50 - 1) / (1.50 + 1)) ** 2
    surf = (1 - r) ** 2
    beta = math.log(surf / 0.82) / Q_(12, "mm")
    return math.log(surf / 0.70) / beta


@item(
    S,
    "optical",
    "dimensionless",
    "photon energy E = hc/λ; number of photons = pulse energy/E",
    solution="E_photon = hc/λ = 6.626×10⁻³⁴ · 2.998×10⁸/1.064×10⁻⁶ = 1.867×10⁻¹⁹ J; N = 0.50/1.867×10⁻¹⁹ = 2.68×10¹⁸ photons.",
    forms=("tex", "one_relation", "sci_notation"),
)
def h8b_optical_05():
    """A Nd:YAG laser emits at $\\lambda = 1064\\ \\mathrm{nm}$. How many photons are contained in a single pulse of energy $0.50\\ \\mathrm{J}$? Express the answer in scientific notation."""
    photon = H * C0 / Q_(1064, "nm")
    return Q_(0.50, "J") / photon


@item(
    S,
    "optical",
    "us",
    "speed of light in a medium v = c/n; transit time t = L/v",
    solution="v = c/n = 2.998×10⁸/1.47 = 2.04×10⁸ m/s; t = 2.5×10³ m/2.04×10⁸ m/s = 1.23×10⁻⁵ s = 12.3 µs. Diameter, attenuation and wavelength are irrelevant.",
    forms=("unicode", "context_paragraph", "distractor", "one_relation", "unit_change"),
)
def h8b_optical_06():
    """A campus network uses silica fibre with a 62.5 µm core and 125 µm cladding, an attenuation of 0.35 dB/km at 1310 nm, and a core refractive index of 1.47. One link between two buildings is 2.5 km long. How long, in microseconds, does a light pulse take to travel the length of that link?"""
    v = C0 / 1.47
    return Q_(2.5, "km") / v


@item(
    S,
    "optical",
    "uW",
    "fibre attenuation: loss (dB) = α L, P_out = P_in · 10^(−loss/10)",
    solution="Loss = 0.22 dB/km · 45 km = 9.9 dB; P_out = 2.0 mW · 10^(−0.99) = 2.0 · 0.1023 = 0.205 mW = 205 µW.",
    forms=("unicode", "multi_step", "unit_change"),
)
def h8b_optical_07():
    """A single-mode silica fibre has an attenuation of 0.22 dB/km at 1550 nm. If 2.0 mW is launched into a 45 km span with no amplifiers, what optical power, in µW, reaches the far end?"""
    loss_db = 0.22 * 45
    return Q_(2.0, "mW") * 10 ** (-loss_db / 10)


@item(
    S,
    "optical",
    None,
    "colour of ruby: Cr³⁺ absorption bands (a qualitative explanation, not a number)",
    refuse="The ask is an explanation (why ruby is red and sapphire colourless), not a quantity; no numeric answer exists.",
    solution="The question asks for a qualitative explanation of colour from Cr³⁺ absorption bands; there is no number to compute.",
    forms=("unicode", "must_refuse", "non_numeric_ask", "distractor"),
)
def h8b_optical_08():
    """Single-crystal Al₂O₃ (sapphire) has a band gap of about 8.8 eV and is colourless. Adding 0.5 wt % Cr₂O₃ gives ruby, whose Cr³⁺ ions absorb strongly in bands centred near 400 nm and 550 nm. Explain why ruby appears red while sapphire is transparent."""
    return None


# ---------------------------------------------------------------- thermal properties


@item(
    S,
    "thermal",
    "kJ",
    "sensible heat Q = m c_p ΔT (Callister ch. 19)",
    solution="m = 5.0 lb = 2.268 kg; ΔT = 330 °F = 183.3 K; Q = 2.268 · 385 · 183.3 = 1.60×10⁵ J = 160 kJ.",
    forms=("us_units", "one_relation", "unit_change"),
)
def h8b_thermal_01():
    """How much heat, in kJ, is needed to raise the temperature of 5.0 lb of copper from 70 °F to 400 °F? Take the specific heat of copper as 385 J/(kg·K)."""
    m = Q_(5.0, "lb")
    d_t = Q_(400 - 70, "delta_degF")
    return m * Q_(385, "J/(kg*K)") * d_t


@item(
    S,
    "thermal",
    "degC",
    "thermal expansion Δl = α l₀ ΔT (Callister ch. 19)",
    solution="The bore must grow by 50.00 − 49.95 = 0.05 mm: ΔT = 0.05/(49.95 · 23.6×10⁻⁶) = 42.4 °C, so the ring must be heated to at least 20 + 42.4 = 62.4 °C.",
    forms=("unicode", "one_relation", "design_value", "derived_inverse"),
)
def h8b_thermal_02():
    """An aluminium collar with a bore of 49.95 mm at 20 °C is to be slipped over a steel shaft 50.00 mm in diameter, which stays at 20 °C. The linear expansion coefficient of aluminium is 23.6 × 10⁻⁶ °C⁻¹. To what minimum temperature, in °C, must the collar be heated?"""
    d_t = Q_(0.05, "mm") / (Q_(49.95, "mm") * Q_(23.6e-6, "1/K"))
    return Q_(20, "degC") + d_t.to("delta_degC")


@item(
    S,
    "thermal",
    "degC",
    "constrained bar: σ = Eα(T_f − T₀) (Callister ch. 19)",
    solution="ΔT = σ/(Eα) = 25 000/(14.0×10⁶ · 11.3×10⁻⁶) = 158 °F, so T_max = 68 + 158 = 226 °F, which is 108 °C.",
    forms=("us_units", "multi_step", "design_value", "unit_change"),
)
def h8b_thermal_03():
    """A brass rod is held rigidly between two fixed supports so that it is stress-free at 68 °F. Brass has E = 14.0 × 10⁶ psi and α = 11.3 × 10⁻⁶ (°F)⁻¹, and the compressive stress must not exceed 25 ksi. What is the maximum temperature to which the rod may be heated? Give the answer in °C."""
    d_t = Q_(25, "ksi") / (Q_(14.0e6, "psi") * Q_(11.3e-6, "1/delta_degF"))
    return Q_(68, "degF") + d_t.to("delta_degF")


@item(
    S,
    "thermal",
    "MJ",
    "steady conduction Fourier's law: Q̇ = kAΔT/Δx (Callister ch. 19)",
    solution="Q̇ = 0.72 · 12 · (21 − (−4))/0.25 = 864 W; in 24 h: 864 · 86 400 = 7.46×10⁷ J = 74.6 MJ. The window area and the heating cost do not enter.",
    forms=("unicode", "context_paragraph", "distractor", "multi_step", "unit_change"),
)
def h8b_thermal_04():
    """A farmhouse heated by an oil burner costing 1.10 € per litre has a solid brick gable wall 12 m² in area (not counting a 2.4 m² window) and 250 mm thick; the brick has a thermal conductivity of 0.72 W/(m·K). On a winter day the inside surface stays at 21 °C and the outside surface at −4 °C. How much heat, in MJ, is conducted through the brickwork in 24 hours?"""
    rate = Q_(0.72, "W/(m*K)") * Q_(12, "m**2") * Q_(25, "K") / Q_(250, "mm")
    return rate * Q_(24, "hour")


@item(
    S,
    "thermal",
    "degC",
    "thermal shock on quenching: ΔT_f = σ_f(1 − ν)/(Eα)",
    solution="ΔT_f = 69×10⁶ · (1 − 0.23)/(69×10⁹ · 9.0×10⁻⁶) = 85.6 °C; so the glass may be quenched into 20 °C water from at most 20 + 85.6 = 106 °C.",
    forms=("tex", "multi_step", "design_value", "derived_inverse"),
)
def h8b_thermal_05():
    """Soda–lime glass has fracture strength $\\sigma_f = 69\\ \\mathrm{MPa}$, $E = 69\\ \\mathrm{GPa}$, Poisson's ratio $\\nu = 0.23$ and $\\alpha = 9.0\\times10^{-6}\\ ^{\\circ}\\mathrm{C}^{-1}$. Using $\\Delta T_f = \\sigma_f(1-\\nu)/(E\\alpha)$, what is the highest temperature, in $^{\\circ}\\mathrm{C}$, from which a glass plate can be plunged into water at $20\\ ^{\\circ}\\mathrm{C}$ without cracking?"""
    d_t = Q_(69, "MPa") * (1 - 0.23) / (Q_(69, "GPa") * Q_(9.0e-6, "1/K"))
    return Q_(20, "degC") + d_t.to("delta_degC")


@item(
    S,
    "thermal",
    "J/(kg*K)",
    "Debye T³ law: C_v = (12π⁴/5) R (T/θ_D)³ per mole; per kg divide by molar mass",
    solution="C_v = 1943.8 J/(mol·K) · (12/343)³ = 1943.8 · 4.28×10⁻⁵ = 0.0832 J/(mol·K); per kilogram: 0.0832/0.06355 = 1.31 J/(kg·K). The room-temperature value is not needed.",
    forms=("unicode", "multi_step", "harder", "distractor", "unit_change"),
)
def h8b_thermal_06():
    """Copper (atomic weight 63.55 g/mol) has a Debye temperature of 343 K and a room-temperature specific heat of 385 J/(kg·K). Use the Debye T³ law to estimate the lattice specific heat of copper at 12 K, in J/(kg·K)."""
    c_mol = 12 * math.pi**4 / 5 * R_GAS * (12 / 343) ** 3
    return c_mol / Q_(63.55, "g/mol")


@item(
    S,
    "thermal",
    "MJ",
    "Q = m c ΔT; 'a ton' is read as a metric tonne (1000 kg) or a US short ton (2000 lb)",
    solution="c = 0.215 cal/(g·°C) = 900 J/(kg·K), ΔT = 660 − 25 = 635 °C. For a tonne (1000 kg): Q = 1000 · 900 · 635 = 5.71×10⁸ J = 571 MJ. For a short ton (907.2 kg): Q = 518 MJ.",
    forms=("unicode", "two_readings", "us_units", "unit_change"),
)
def h8b_thermal_07():
    """Aluminium scrap at 25 °C is charged to a melting furnace. Taking the mean specific heat of solid aluminium as 0.215 cal/(g·°C), estimate the heat, in MJ, needed to bring one ton of the scrap to its melting point of 660 °C (do not include the latent heat)."""
    c = Q_(0.215, "cal/(g*K)")
    d_t = Q_(660 - 25, "K")
    return {
        "metric tonne (1000 kg)": Q_(1, "tonne") * c * d_t,
        "US short ton (2000 lb)": Q_(1, "ton") * c * d_t,
    }


@item(
    S,
    "thermal",
    "W/(m*K)",
    "Wiedemann–Franz law: k = LσT = LT/ρ, L = 2.44 × 10⁻⁸ W·Ω·K⁻² (Callister ch. 19)",
    solution="k = LT/ρ = 2.44×10⁻⁸ · 300/4.2×10⁻⁸ = 174 W/(m·K).",
    forms=("tex", "one_relation"),
)
def h8b_thermal_08():
    """The electrical resistivity of a copper alloy at $300\\ \\mathrm{K}$ is $4.2\\times10^{-8}\\ \\Omega\\,\\mathrm{m}$. Using the Wiedemann–Franz law with $L = 2.44\\times10^{-8}\\ \\mathrm{W\\,\\Omega\\,K^{-2}}$, estimate the thermal conductivity of the alloy in $\\mathrm{W\\,m^{-1}\\,K^{-1}}$."""
    return Q_(2.44e-8, "W*ohm/K**2") * Q_(300, "K") / Q_(4.2e-8, "ohm*m")


@item(
    S,
    "thermal",
    "percent",
    "isotropic expansion: V/V₀ = (1 + αΔT)³, ρ/ρ₀ = (1 + αΔT)⁻³",
    rel_tol=0.03,
    solution="αΔT = 23.6×10⁻⁶ · 475 = 0.01121; ρ/ρ₀ = 1/1.01121³ = 0.9671, a decrease of 3.29 % (the linear estimate 3αΔT gives 3.36 %).",
    forms=("unicode", "multi_step", "derived_percent_change", "distractor"),
)
def h8b_thermal_09():
    """An aluminium casting (density 2.70 g/cm³ at 25 °C, α = 23.6 × 10⁻⁶ K⁻¹, assumed constant) is heated from 25 °C to 500 °C. By what percentage does its density decrease? Give the answer to two significant figures."""
    strain = Q_(23.6e-6, "1/K") * Q_(475, "K")
    return (1 - 1 / (1 + strain) ** 3).to("percent")


# ---------------------------------------------------------------- polymers


def _mer(n_c: int, n_h: int, n_o: int = 0) -> object:
    """The molar mass of a repeat unit CₙHₘOₖ in g/mol."""
    return Q_(n_c * A_C + n_h * A_H + n_o * A_O, "g/mol")


@item(
    S,
    "polymers",
    "dimensionless",
    "degree of polymerization DP = M̄_n/m, m = repeat-unit molar mass (Callister ch. 14)",
    solution="The repeat unit C₃H₆ has m = 3 · 12.011 + 6 · 1.008 = 42.08 g/mol, so DP = 3.2×10⁵/42.08 = 7.60×10³. Density and melting point are not needed.",
    forms=("unicode", "one_relation", "distractor"),
)
def h8b_polymers_01():
    """A grade of isotactic polypropylene has a number-average molecular weight of 320 000 g/mol, a density of 0.905 g/cm³ and a melting point of 165 °C. Compute its number-average degree of polymerization."""
    return Q_(320000, "g/mol") / _mer(3, 6)


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M̄/m; M̄_n = Σx_iM_i, M̄_w = Σw_iM_i: 'the degree of polymerization' reads as number- or weight-average",
    solution="Mid-points 10, 20, 30, 40, 50 kg/mol. M̄_n = Σx_iM_i = 29.5 kg/mol and M̄_w = Σw_iM_i = 33.8 kg/mol; with m(C₈H₈) = 104.15 g/mol, DP = 29 500/104.15 = 283 (number-average, the usual reading) or 33 800/104.15 = 325 (weight-average).",
    forms=("unicode", "data_table", "two_readings", "multi_step"),
)
def h8b_polymers_02():
    """The molecular-weight distribution of a polystyrene sample is:

    | Molecular weight range (g/mol) | xᵢ   | wᵢ   |
    |--------------------------------|------|------|
    | 5 000–15 000                   | 0.10 | 0.03 |
    | 15 000–25 000                  | 0.25 | 0.17 |
    | 25 000–35 000                  | 0.35 | 0.36 |
    | 35 000–45 000                  | 0.20 | 0.27 |
    | 45 000–55 000                  | 0.10 | 0.17 |

    Compute the degree of polymerization of this material."""
    mids = [Q_(m, "g/mol") for m in (10000, 20000, 30000, 40000, 50000)]
    x = (0.10, 0.25, 0.35, 0.20, 0.10)
    w = (0.03, 0.17, 0.36, 0.27, 0.17)
    m_n = sum((xi * mi for xi, mi in zip(x, mids, strict=True)), Q_(0, "g/mol"))
    m_w = sum((wi * mi for wi, mi in zip(w, mids, strict=True)), Q_(0, "g/mol"))
    mer = _mer(8, 8)
    return {"number-average": m_n / mer, "weight-average": m_w / mer}


@item(
    S,
    "polymers",
    "percent",
    "two-phase density: 1/ρ_s = c/ρ_c + (1 − c)/ρ_a, linear in the mass fraction crystalline c (Callister ch. 14)",
    solution="1/ρ is linear in c: from A and B, 1/1.166 = 0.85763 and 1/1.116 = 0.89606 cm³/g, slope (0.85763 − 0.89606)/0.30 = −0.12808 cm³/g, so 1/ρ_a = 0.89606 + 0.30 · 0.12808 = 0.93448 (ρ_a = 1.070 g/cm³) and 1/ρ_c = 0.80640 (ρ_c = 1.240 g/cm³). For ρ = 1.140: c = (0.93448 − 0.87719)/0.12808 = 0.447, i.e. 44.7 % crystalline.",
    forms=("unicode", "data_list", "multi_part", "multi_step", "harder"),
)
def h8b_polymers_03():
    """Two specimens of nylon 6,6 were characterised:
    – specimen A: density 1.166 g/cm³, 60.0 % crystalline (by mass)
    – specimen B: density 1.116 g/cm³, 30.0 % crystalline
    (a) Determine the densities of totally crystalline and totally amorphous nylon 6,6.
    (b) What is the percent crystallinity of a third specimen whose density is 1.140 g/cm³?"""
    rho_a_spec, c_a = Q_(1.166, "g/cm**3"), 0.600
    rho_b_spec, c_b = Q_(1.116, "g/cm**3"), 0.300
    slope = (1 / rho_a_spec - 1 / rho_b_spec) / (c_a - c_b)
    inv_amorph = 1 / rho_b_spec - slope * c_b
    c = (1 / Q_(1.140, "g/cm**3") - inv_amorph) / slope
    return c.to("percent")


@item(
    S,
    "polymers",
    "dimensionless",
    "copolymer: mean repeat-unit mass m̄ = M̄_n/DP = f₁m₁ + (1 − f₁)m₂ (Callister ch. 14)",
    solution="m̄ = 84 000/2 500 = 33.60 g/mol; with m(C₂H₄) = 28.05 and m(C₃H₆) = 42.08 g/mol, f_E = (42.08 − 33.60)/(42.08 − 28.05) = 0.604.",
    forms=("unicode", "multi_step", "derived_inverse"),
)
def h8b_polymers_04():
    """A random ethylene–propylene copolymer has a number-average molecular weight of 84 000 g/mol and a number-average degree of polymerization of 2 500. Determine the fraction of the repeat units that are ethylene."""
    m_bar = Q_(84000, "g/mol") / 2500
    m_e, m_p = _mer(2, 4), _mer(3, 6)
    return (m_p - m_bar) / (m_p - m_e)


@item(
    S,
    "polymers",
    "dimensionless",
    "chain of N bonds: contour L = Nd sin(θ/2), random-walk end-to-end r = d√N (Callister ch. 14)",
    solution="DP = 280 000/28.05 = 9 981, so N = 2 · 9 981 = 19 961 C–C bonds. L = 19 961 · 0.154 · sin 54.75° = 2 510 nm; r = 0.154 · √19 961 = 21.8 nm; L/r = 115.",
    forms=("tex", "multi_step", "harder", "ratio"),
)
def h8b_polymers_05():
    """A linear polyethylene has $\\bar M_n = 280\\,000\\ \\mathrm{g\\,mol^{-1}}$. The C–C bond length is $0.154\\ \\mathrm{nm}$ and the C–C–C bond angle $109.5^{\\circ}$. Using $L = Nd\\sin(\\theta/2)$ for the fully extended (zig-zag) chain and $r = d\\sqrt{N}$ for the average end-to-end distance of the coiled chain, where $N$ is the number of backbone bonds, calculate the ratio $L/r$ for an average molecule."""
    dp = Q_(280000, "g/mol") / _mer(2, 4)
    n_bonds = 2 * num(dp)
    d = Q_(0.154, "nm")
    length = n_bonds * d * math.sin(math.radians(109.5 / 2))
    r = d * math.sqrt(n_bonds)
    return length / r


@item(
    S,
    "polymers",
    "min",
    "stress relaxation: σ(t) = σ₀ exp(−t/τ) (Callister ch. 15)",
    solution="τ = 60/ln(3.5/2.8) = 60/0.2231 = 268.9 s. The stress falls to 1.5 MPa at t = τ ln(3.5/1.5) = 268.9 · 0.8473 = 227.8 s = 3.80 min after loading.",
    forms=("unicode", "multi_step", "derived_time"),
)
def h8b_polymers_06():
    """A polymer strip is stretched quickly and held at constant strain; the stress is 3.5 MPa immediately after stretching and 2.8 MPa after 60 s. Assuming σ(t) = σ₀ exp(−t/τ), how many minutes after the strain is applied does the stress reach 1.5 MPa?"""
    tau = Q_(60, "s") / math.log(3.5 / 2.8)
    return tau * math.log(3.5 / 1.5)


@item(
    S,
    "polymers",
    "GPa",
    "relaxation modulus E_r(t) = σ(t)/ε₀ (Callister ch. 15)",
    solution="E_r(10 s) = 1 450 psi/0.0050 = 2.90×10⁵ psi = 2.00×10⁹ Pa = 2.00 GPa.",
    forms=("us_units", "one_relation", "unit_change"),
)
def h8b_polymers_07():
    """In a stress-relaxation test a poly(methyl methacrylate) specimen is suddenly strained to 0.50 % and held; 10 s later the stress has decayed to 1 450 psi. What is the relaxation modulus E_r(10 s), in GPa?"""
    return Q_(1450, "psi") / 0.0050


@item(
    S,
    "polymers",
    "percent",
    "vulcanization: S per repeat unit = (crosslinks per unit) × (S atoms per crosslink); wt% = m_S/(m_S + m_mer)",
    solution="Each crosslink joins two repeat units, so with 20 % of the units crosslinked there are 0.10 crosslinks, i.e. 0.30 S atoms, per C₄H₆ unit. Mass of S per unit: 0.30 · 32.06 = 9.62 g per 54.09 g of polymer: wt% S = 9.62/(9.62 + 54.09) = 15.1 %.",
    forms=("unicode", "multi_step", "harder"),
)
def h8b_polymers_08():
    """Polybutadiene (repeat unit C₄H₆) is vulcanised with sulphur. Each crosslink bridges two repeat units on neighbouring chains and contains on average three sulphur atoms. If 20 % of the repeat units are to be joined to a crosslink, what weight percent sulphur must be added? (Atomic weights: C 12.011, H 1.008, S 32.06 g/mol.)"""
    s_per_unit = 0.20 / 2 * 3
    m_s = s_per_unit * Q_(A_S, "g/mol")
    return (m_s / (m_s + _mer(4, 6))).to("percent")


@item(
    S,
    "polymers",
    "g/mol",
    "tensile strength vs molecular weight: TS = TS_∞ − A/M̄_n (Callister ch. 15)",
    solution="From 48 = TS_∞ − A/40 000 and 60 = TS_∞ − A/75 000: A = 12/(1/40 000 − 1/75 000) = 1.029×10⁶ MPa·g/mol, TS_∞ = 48 + 25.7 = 73.7 MPa. For 68 MPa: M̄_n = A/(TS_∞ − 68) = 1.029×10⁶/5.71 = 1.80×10⁵ g/mol (minimum).",
    forms=("tex", "multi_step", "design_value", "derived_inverse"),
)
def h8b_polymers_09():
    """For a series of poly(methyl methacrylate) grades the tensile strength is $48\\ \\mathrm{MPa}$ at $\\bar M_n = 40\\,000\\ \\mathrm{g\\,mol^{-1}}$ and $60\\ \\mathrm{MPa}$ at $\\bar M_n = 75\\,000\\ \\mathrm{g\\,mol^{-1}}$. Assuming $TS = TS_\\infty - A/\\bar M_n$, what minimum number-average molecular weight (in $\\mathrm{g\\,mol^{-1}}$) is needed for a tensile strength of $68\\ \\mathrm{MPa}$?"""
    m1, m2 = Q_(40000, "g/mol"), Q_(75000, "g/mol")
    ts1, ts2 = Q_(48, "MPa"), Q_(60, "MPa")
    a = (ts2 - ts1) / (1 / m1 - 1 / m2)
    ts_inf = ts1 + a / m1
    return a / (ts_inf - Q_(68, "MPa"))


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "percent",
    "isostrain (longitudinal) loading: F_f/F_m = E_fV_f/(E_mV_m); fibre share = E_fV_f/(E_fV_f + E_mV_m)",
    solution="E_fV_f = 72.5 · 0.45 = 32.6 GPa and E_mV_m = 3.1 · 0.55 = 1.71 GPa (so E_cl = 34.3 GPa); the fibres carry 32.6/34.3 = 95.0 % of the load.",
    forms=("unicode", "multi_part", "multi_step", "fraction_other_phase"),
)
def h8b_ceramics_composites_01():
    """A continuous, aligned E-glass/epoxy composite contains 45 vol.% fibres. E(glass) = 72.5 GPa, E(epoxy) = 3.1 GPa.
    (a) Compute the longitudinal modulus of elasticity.
    (b) What percentage of an applied longitudinal load is carried by the fibres?"""
    ef, em, vf = Q_(72.5, "GPa"), Q_(3.1, "GPa"), 0.45
    return (ef * vf / (ef * vf + em * (1 - vf))).to("percent")


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "rule of mixtures: E_L = E_fV_f + E_mV_m (isostrain), E_T = E_fE_m/(V_mE_f + V_fE_m) (isostress)",
    solution="E_L = 0.60 · 33×10⁶ + 0.40 · 0.35×10⁶ = 19.94×10⁶ psi; E_T = 33×10⁶ · 0.35×10⁶/(0.40 · 33×10⁶ + 0.60 · 0.35×10⁶) = 0.861×10⁶ psi; E_L/E_T = 23.2.",
    forms=("us_units", "multi_step", "ratio"),
)
def h8b_ceramics_composites_02():
    """An aligned carbon-fibre/epoxy lamina holds 60 vol.% fibres. The fibre modulus is 33 × 10⁶ psi and that of the epoxy 0.35 × 10⁶ psi. By what factor does the modulus parallel to the fibres exceed the modulus perpendicular to them?"""
    ef, em, vf = Q_(33e6, "psi"), Q_(0.35e6, "psi"), 0.60
    e_l = ef * vf + em * (1 - vf)
    e_t = ef * em / ((1 - vf) * ef + vf * em)
    return e_l / e_t


@item(
    S,
    "ceramics_composites",
    "MPa",
    "critical fibre length l_c = σ_f*d/(2τ_c); for l > l_c: σ_cd* = σ_f*V_f(1 − l_c/2l) + σ_m′(1 − V_f) (Callister ch. 16)",
    solution="l_c = 4.0×10³ MPa · 7×10⁻³ mm/(2 · 40 MPa) = 0.35 mm < 2.0 mm. σ_cd* = 4 000 · 0.35 · (1 − 0.35/4.0) + 45 · 0.65 = 1 277.5 + 29.3 = 1.31×10³ MPa. The fibre modulus is not used.",
    forms=("unicode", "data_list", "multi_step", "harder", "distractor"),
)
def h8b_ceramics_composites_03():
    """An aligned, discontinuous carbon-fibre composite is made with:
    • fibres: diameter 7 µm, length 2.0 mm, tensile strength 4.0 GPa, modulus 230 GPa
    • fibre–matrix interfacial shear strength: 40 MPa
    • matrix stress at fibre failure: 45 MPa
    • fibre volume fraction: 0.35
    Estimate the longitudinal tensile strength of the composite in MPa."""
    sig_f, d, tau = Q_(4.0, "GPa"), Q_(7, "um"), Q_(40, "MPa")
    length, vf = Q_(2.0, "mm"), 0.35
    l_c = sig_f * d / (2 * tau)
    return sig_f * vf * (1 - num(l_c / (2 * length))) + Q_(45, "MPa") * (1 - vf)


@item(
    S,
    "ceramics_composites",
    "kg/m**3",
    "rock-salt structure: a = 2(r_C + r_A), ρ = n′(ΣA_C + ΣA_A)/(a³N_A), n′ = 4 (Callister ch. 12)",
    solution="a = 2(0.072 + 0.140) = 0.424 nm; ρ = 4(24.31 + 16.00)/((0.424×10⁻⁷ cm)³ · 6.022×10²³) = 161.24/45.90 = 3.51 g/cm³ = 3.51×10³ kg/m³.",
    forms=("tex", "multi_step", "unit_change"),
)
def h8b_ceramics_composites_04():
    """Magnesium oxide has the rock-salt structure. The ionic radii are $r_{\\mathrm{Mg^{2+}}} = 0.072\\ \\mathrm{nm}$ and $r_{\\mathrm{O^{2-}}} = 0.140\\ \\mathrm{nm}$, and the atomic weights are $24.31$ and $16.00\\ \\mathrm{g\\,mol^{-1}}$. Compute the theoretical density of MgO in $\\mathrm{kg\\,m^{-3}}$, assuming the ions touch along the cube edge."""
    a = 2 * (Q_(0.072, "nm") + Q_(0.140, "nm"))
    return 4 * Q_(24.31 + 16.00, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "um",
    "fracture mechanics: σ_c = K_Ic/(Y√(πa)) → a_max = (1/π)[K_Ic/(Yσ)]² (Callister ch. 8/12)",
    solution="a = (1/π)(K_Ic/(Yσ))² = (1/π)(4.0/(1.12 · 250))² m = (1/π)(0.01429)² m = 6.50×10⁻⁵ m = 65.0 µm. The thickness, purity and firing temperature are irrelevant.",
    forms=(
        "unicode",
        "context_paragraph",
        "distractor",
        "one_relation",
        "design_value",
        "unit_change",
    ),
)
def h8b_ceramics_composites_05():
    """Thin-film circuits are printed on 99.6 % alumina substrates 0.635 mm thick, sintered at 1 600 °C to 98 % of theoretical density. During soldering a substrate sees a tensile stress of 250 MPa at its surface. The fracture toughness of the alumina is 4.0 MPa·√m and Y = 1.12 for a surface flaw. What is the largest surface-flaw depth, in µm, that can be tolerated without fracture?"""
    k_ic, y, sigma = Q_(4.0, "MPa*m**0.5"), 1.12, Q_(250, "MPa")
    return (k_ic / (y * sigma)) ** 2 / math.pi


@item(
    S,
    "ceramics_composites",
    "N",
    "flexural strength: rectangular σ_fs = 3FL/(2bd²); circular σ_fs = FL/(πR³) (Callister ch. 12)",
    solution="σ_fs = 3 · 1 050 · 40/(2 · 8 · 4²) N/mm² = 492 MPa. For the rod (R = 2.5 mm): F = σ_fsπR³/L = 492 · π · 2.5³/40 = 604 N.",
    forms=("tex", "multi_part", "multi_step", "harder"),
)
def h8b_ceramics_composites_06():
    """A rectangular bar of a silicon nitride, $b = 8\\ \\mathrm{mm}$ wide and $d = 4\\ \\mathrm{mm}$ deep, breaks in three-point bending at a load of $1\\,050\\ \\mathrm{N}$ when the supports are $40\\ \\mathrm{mm}$ apart.
    (a) Calculate the flexural strength.
    (b) A cylindrical rod of the same material, $5.0\\ \\mathrm{mm}$ in diameter, is tested on the same $40\\ \\mathrm{mm}$ span. At what load, in newtons, is it expected to fracture?"""
    f, span = Q_(1050, "N"), Q_(40, "mm")
    b, d = Q_(8, "mm"), Q_(4, "mm")
    sigma = 3 * f * span / (2 * b * d**2)
    radius = Q_(5.0, "mm") / 2
    return sigma * math.pi * radius**3 / span


@item(
    S,
    "ceramics_composites",
    "percent",
    "porosity and modulus: E = E₀(1 − 1.9P + 0.9P²) (Callister ch. 12)",
    solution="300/380 = 1 − 1.9P + 0.9P², i.e. 0.9P² − 1.9P + 0.2105 = 0; the physical root is P = (1.9 − √(3.61 − 0.758))/1.8 = 0.117, so the porosity may be at most 11.7 %.",
    forms=("unicode", "one_relation", "design_value", "derived_inverse"),
)
def h8b_ceramics_composites_07():
    """The modulus of fully dense alumina is 380 GPa, and for porous material E = E₀(1 − 1.9P + 0.9P²), P being the volume fraction of porosity. A component requires E of at least 300 GPa. What is the maximum allowable porosity, in percent?"""
    ratio = 300 / 380
    a, b, c = 0.9, -1.9, 1 - ratio
    p = (-b - math.sqrt(b * b - 4 * a * c)) / (2 * a)
    return Q_(p, "dimensionless")


@item(
    S,
    "ceramics_composites",
    "um",
    "critical crack length a_c = (1/π)[K_Ic/(Yσ)]² needs the applied stress",
    refuse="No applied or design stress is given, so the critical crack length a_c = (1/π)(K_Ic/(Yσ))² cannot be evaluated.",
    solution="The relation needs σ; the question gives the toughness, geometry factor and modulus but no stress, so the flaw size is not determined.",
    forms=("unicode", "must_refuse", "missing_datum", "distractor"),
)
def h8b_ceramics_composites_08():
    """A soda–lime glass shelf (E = 69 GPa, density 2.5 g/cm³) contains edge scratches for which Y = 1.1. The plane-strain fracture toughness of the glass is 0.75 MPa·√m. What is the critical length, in µm, of a scratch at which the shelf will fracture?"""
    return None


@item(
    S,
    "ceramics_composites",
    "GPa*cm**3/g",
    "wt% → vol%: V_f = (w_f/ρ_f)/(w_f/ρ_f + w_m/ρ_m); E_L and ρ_c by the rule of mixtures; specific modulus E/ρ",
    solution="V_f = (0.60/2.58)/(0.60/2.58 + 0.40/1.38) = 0.2326/0.5224 = 0.445. E_L = 0.445 · 72 + 0.555 · 3.0 = 33.7 GPa; ρ_c = 0.445 · 2.58 + 0.555 · 1.38 = 1.914 g/cm³; E_L/ρ_c = 17.6 GPa·cm³/g.",
    forms=("unicode", "multi_step", "harder", "unit_change"),
)
def h8b_ceramics_composites_09():
    """A unidirectional glass/polyester composite contains 60 wt % continuous glass fibres. Glass: E = 72 GPa, ρ = 2.58 g/cm³; polyester: E = 3.0 GPa, ρ = 1.38 g/cm³. Compute the specific longitudinal modulus (E/ρ) of the composite in GPa·cm³/g."""
    rho_f, rho_m = Q_(2.58, "g/cm**3"), Q_(1.38, "g/cm**3")
    vol_f, vol_m = 0.60 / rho_f, 0.40 / rho_m
    vf = num(vol_f / (vol_f + vol_m))
    e_l = vf * Q_(72, "GPa") + (1 - vf) * Q_(3.0, "GPa")
    rho_c = vf * rho_f + (1 - vf) * rho_m
    return e_l / rho_c


# ---------------------------------------------------------------- corrosion


E_NI, E_FE = Q_(-0.250, "V"), Q_(-0.440, "V")  # standard reduction potentials, 25 °C


@item(
    S,
    "corrosion",
    "mV",
    "Nernst equation: ΔV = ΔV° − (RT/nF) ln([M₁ⁿ⁺]/[M₂ⁿ⁺]) (Callister ch. 17)",
    solution="Fe (−0.440 V) is the anode and Ni (−0.250 V) the cathode: ΔV° = 0.190 V. ΔV = 0.190 − (8.314 · 298.15/(2 · 96 485)) ln(0.40/2.5×10⁻³) = 0.190 − 0.01285 · 5.075 = 0.190 − 0.0652 = 0.1248 V = 125 mV.",
    forms=("tex", "multi_step", "unit_change"),
)
def h8b_corrosion_01():
    """A galvanic cell at $25\\ ^{\\circ}\\mathrm{C}$ consists of an iron electrode in $0.40\\ \\mathrm{M}$ $\\mathrm{Fe^{2+}}$ and a nickel electrode in $2.5\\times10^{-3}\\ \\mathrm{M}$ $\\mathrm{Ni^{2+}}$. The standard reduction potentials are $-0.440\\ \\mathrm{V}$ (Fe) and $-0.250\\ \\mathrm{V}$ (Ni). Calculate the cell potential in millivolts."""
    t = kelvin(25)
    ratio = 0.40 / 2.5e-3
    return (E_NI - E_FE) - R_GAS * t / (2 * F_CONST) * math.log(ratio)


@item(
    S,
    "corrosion",
    "mol/L",
    "Nernst equation at ΔV = 0: [Ni²⁺] = [Fe²⁺] exp(−nFΔV°/RT)",
    solution="Reversal when ΔV = 0: ln([Fe²⁺]/[Ni²⁺]) = 2 · 96 485 · 0.190/(8.314 · 298.15) = 14.79, so [Ni²⁺] = 0.40 · e^(−14.79) = 1.5×10⁻⁷ M.",
    forms=("unicode", "multi_step", "harder", "sci_notation", "derived_inverse"),
)
def h8b_corrosion_02():
    """In an Fe/Fe²⁺ ‖ Ni²⁺/Ni cell at 25 °C the Fe²⁺ concentration is held at 0.40 mol/L (standard reduction potentials: Fe²⁺/Fe −0.440 V, Ni²⁺/Ni −0.250 V). Below what Ni²⁺ concentration, in mol/L, would the nickel electrode start to corrode instead of the iron? Give the answer in scientific notation."""
    t = kelvin(25)
    exponent = num(2 * F_CONST * (E_NI - E_FE) / (R_GAS * t))
    return Q_(0.40 * math.exp(-exponent), "mol/L")


@item(
    S,
    "corrosion",
    "mm/year",
    "corrosion penetration rate CPR = W/(ρAt) (Callister ch. 17)",
    solution="A = 10 in · 15 in = 150 in² = 967.7 cm²; volume lost = 125 g/7.9 g/cm³ = 15.8 cm³; depth = 15.8/967.7 = 0.01635 cm in 8 760 h (one year), i.e. CPR = 0.164 mm/yr.",
    forms=("us_units", "multi_step", "unit_change"),
)
def h8b_corrosion_03():
    """A carbon-steel panel 10 in. × 15 in. is exposed on one face only to a marine atmosphere for 8 760 h, after which its weight loss is 125 g. Taking the density of the steel as 7.9 g/cm³, calculate the corrosion penetration rate in mm/yr."""
    area = Q_(10, "inch") * Q_(15, "inch")
    depth = Q_(125, "g") / (Q_(7.9, "g/cm**3") * area)
    return depth / Q_(8760, "hour")


@item(
    S,
    "corrosion",
    "kg",
    "Faraday's law w = ItM/(nF); iron dissolves as Fe²⁺ (n = 2, the usual reading) or Fe³⁺ (n = 3)",
    solution="Charge It = 0.25 A · 3.156×10⁷ s = 7.89×10⁶ C. As Fe²⁺: w = 7.89×10⁶ · 55.85/(2 · 96 485) = 2.28×10³ g = 2.28 kg; as Fe³⁺: 1.52 kg.",
    forms=("unicode", "two_readings", "one_relation", "unit_change"),
)
def h8b_corrosion_04():
    """A stray direct current of 0.25 A leaves a buried steel pipeline at a coating defect and flows into the soil continuously for one year. What mass of iron, in kg, is lost from the pipe at that point?"""
    charge = Q_(0.25, "A") * Q_(1, "year")
    m_fe = Q_(55.85, "g/mol")
    return {
        "Fe2+ (n = 2)": charge * m_fe / (2 * F_CONST),
        "Fe3+ (n = 3)": charge * m_fe / (3 * F_CONST),
    }


@item(
    S,
    "corrosion",
    "year",
    "penetration rate from current density: r = iM/(nFρ); life = thickness/r",
    solution="r = iM/(nFρ) = 0.8×10⁻⁶ · 65.38/(2 · 96 485 · 7.14) = 3.80×10⁻¹¹ cm/s = 1.20×10⁻³ cm/yr = 12.0 µm/yr; the 85 µm coating lasts 85/12.0 = 7.1 years.",
    forms=("unicode", "multi_step", "derived_time"),
)
def h8b_corrosion_05():
    """A hot-dip galvanized coating of zinc (density 7.14 g/cm³, atomic weight 65.38 g/mol) is 85 µm thick. In a rural atmosphere the zinc corrodes uniformly (Zn → Zn²⁺) at a current density of 0.8 µA/cm². Estimate how many years the coating will last."""
    i = Q_(0.8, "uA/cm**2")
    rate = i * Q_(65.38, "g/mol") / (2 * F_CONST * Q_(7.14, "g/cm**3"))
    return Q_(85, "um") / rate


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P–B = A_oρ_M/(aA_Mρ_o), a metal atoms per oxide formula (Callister ch. 17)",
    solution="P–B = (151.99 · 7.19)/(2 · 52.00 · 5.22) = 1 092.8/542.9 = 2.01; the melting point of the oxide plays no part.",
    forms=("unicode", "data_list", "one_relation", "distractor"),
)
def h8b_corrosion_06():
    """Data for chromium and its oxide:
    – Cr: atomic weight 52.00 g/mol, density 7.19 g/cm³
    – Cr₂O₃: formula weight 151.99 g/mol, density 5.22 g/cm³, melting point 2 435 °C
    Compute the Pilling–Bedworth ratio for the oxidation of chromium."""
    return (
        Q_(151.99, "g/mol") * Q_(7.19, "g/cm**3") / (2 * Q_(52.00, "g/mol") * Q_(5.22, "g/cm**3"))
    )


@item(
    S,
    "corrosion",
    "hour",
    "parabolic oxidation W² = K₁t + K₂ (Callister ch. 17)",
    solution="0.32² = 0.1024 = 2K₁ + K₂ and 0.64² = 0.4096 = 12K₁ + K₂ give K₁ = 0.03072 mg²cm⁻⁴h⁻¹ and K₂ = 0.04096 mg²cm⁻⁴. W = 1.00 requires t = (1.00 − 0.04096)/0.03072 = 31.2 h.",
    forms=("unicode", "multi_step", "derived_time"),
)
def h8b_corrosion_07():
    """A nickel alloy oxidised at 1 000 °C follows the parabolic law W² = K₁t + K₂, W being the weight gain per unit area. Measured gains are 0.32 mg/cm² after 2 h and 0.64 mg/cm² after 12 h. After how many hours of exposure will the weight gain reach 1.00 mg/cm²?"""
    w1, t1 = Q_(0.32, "mg/cm**2"), Q_(2, "hour")
    w2, t2 = Q_(0.64, "mg/cm**2"), Q_(12, "hour")
    k1 = (w2**2 - w1**2) / (t2 - t1)
    k2 = w1**2 - k1 * t1
    return (Q_(1.00, "mg/cm**2") ** 2 - k2) / k1


@item(
    S,
    "corrosion",
    "mm/year",
    "CPR = W/(ρAt) needs the exposure time",
    refuse="The duration of the salt-spray exposure is not given, so the penetration rate W/(ρAt) cannot be computed.",
    solution="Mass loss, density and area fix the depth lost (4.8/7.86 cm³ over 600 cm², about 0.010 mm), but without the exposure time no rate follows.",
    forms=("unicode", "must_refuse", "missing_datum", "context_paragraph"),
)
def h8b_corrosion_08():
    """A coupon of low-carbon steel 15 cm × 20 cm (both faces exposed, edges masked) was cleaned, weighed and placed in a salt-spray cabinet at 35 °C with 5 % NaCl fog. On removal and descaling it had lost 4.8 g. Taking the density of the steel as 7.86 g/cm³, what was its corrosion penetration rate in mm per year?"""
    return None
