"""Set heldout14 (set O), second half: 60 questions over seven topics of a qualifying exam.

Written blind: the writer did not read the answer engine, the checker, the solver or the earlier
sets (the first lines of one file of set N were read for the format only). Each key is computed in
the body with pint quantities or plain math; ``solution`` is the worked solution in words,
``forms`` says how the text is written. A question with two standard readings returns a dict of
them, the primary first; one that must be refused returns None and says why in ``refuse=``.
"""

from __future__ import annotations

import math

from exam_items import item
from exam_quantities import AVOGADRO, BOHR, C0, EPS0, F_CONST, K_BOLTZ, MU0, Q_, Q_E, R_GAS, H, num

S = "heldout14"

K_EV = K_BOLTZ.to("eV/K")

# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "V",
    "V = IR with R = L/(σA) (Callister ch. 18)",
    solution="A = π(0.8e-3 m)² = 2.0106e-6 m²; R = 12/(6.0e7 · 2.0106e-6) = 0.09947 Ω; V = 8.0 · 0.09947 = 0.796 V. The density is not needed.",
    forms=("ascii", "distractor", "two_step", "story"),
)
def h14b_electrical_01():
    """A copper bus lead 12 m long and 1.6 mm in diameter feeds a heater that draws 8.0 A. Take the conductivity of the copper as 6.0e7 (ohm-m)^-1 and its density as 8.93 g/cm3. What is the voltage drop along the lead, in volts?"""
    area = math.pi * Q_(0.8, "mm") ** 2
    resistance = Q_(12, "m") / (Q_(6.0e7, "S/m") * area)
    return Q_(8.0, "A") * resistance


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "Extrinsic n-type: σ ≈ n e μ_e with n = N_d (full ionization)",
    solution="n = N_d = 3×10¹⁶ cm⁻³; σ = n e μ_e = 3e16 · 1.602e-19 · 1250 = 6.008 (Ω cm)⁻¹; ρ = 1/σ = 0.1665 Ω cm. The intrinsic carriers (10¹⁰ cm⁻³) are negligible.",
    forms=("tex", "one_step", "distractor", "named_unit"),
)
def h14b_electrical_02():
    r"""A silicon wafer is doped uniformly with $3\times10^{16}\ \mathrm{cm^{-3}}$ arsenic atoms. At room temperature every donor is ionized, the electron mobility is $1250\ \mathrm{cm^{2}\,V^{-1}\,s^{-1}}$ and the intrinsic carrier concentration of silicon is $1.0\times10^{10}\ \mathrm{cm^{-3}}$. Find the electrical resistivity of the wafer in $\Omega\cdot\mathrm{cm}$."""
    n = Q_(3e16, "1/cm**3")
    sigma = n * Q_E * Q_(1250, "cm**2/(V*s)")
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "Intrinsic: σ ∝ exp(−E_g/2kT), so E_g = 2k ln(σ₂/σ₁)/(1/T₁ − 1/T₂)",
    solution="ln(12.5/0.85) = 2.6883; 1/300 − 1/400 = 8.333×10⁻⁴ K⁻¹; E_g = 2 · 8.617×10⁻⁵ · 2.6883/8.333×10⁻⁴ = 0.556 eV.",
    forms=("unicode", "inverse", "two_step"),
)
def h14b_electrical_03():
    """The conductivity of an undoped semiconductor is 0.85 (Ω·m)⁻¹ at 300 K and 12.5 (Ω·m)⁻¹ at 400 K. Treating the mobilities and the pre-exponential factor as independent of temperature, deduce the band-gap energy in eV."""
    ratio = math.log(12.5 / 0.85)
    inv = Q_(1 / 300 - 1 / 400, "1/K")
    return 2 * K_EV * ratio / inv


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "Hall effect: R_H = V_H t/(I B) = 1/(n e); Hall mobility μ = |R_H| σ",
    solution="(a) R_H = V_H t/(IB) = 3.2e-3 · 0.5e-3/(2.0e-3 · 0.40) = 2.0×10⁻³ m³/C. (b) n = 1/(R_H e) = 3.12×10²¹ m⁻³. (c) σ = 1/ρ = 1/(0.020 Ω m) = 50 (Ω m)⁻¹; μ = R_H σ = 0.10 m²/(V s) = 1000 cm²/(V s). The width is not needed.",
    forms=("multi_part", "unicode", "distractor", "multi_step"),
)
def h14b_electrical_04():
    """A bar of n-type semiconductor 4.0 mm wide and 0.50 mm thick carries a current of 2.0 mA along its length. A magnetic flux density of 0.40 T is applied normal to the wide face (i.e. along the 0.50 mm thickness), and a Hall voltage of 3.2 mV appears across the width. The resistivity of the material is 2.0 Ω·cm.
    (a) Compute the Hall coefficient.
    (b) What is the electron concentration?
    (c) Find the electron (Hall) mobility in cm²/(V·s).
    Only part (c) is to be answered."""
    r_h = Q_(3.2, "mV") * Q_(0.50, "mm") / (Q_(2.0, "mA") * Q_(0.40, "T"))
    sigma = 1 / Q_(2.0, "ohm*cm")
    return r_h * sigma


@item(
    S,
    "electrical_semiconductors",
    "C/m**2",
    "P = ε₀(ε_r − 1)E with E = V/d (Callister eq. 18.32)",
    solution="E = 24 V/2.0 mm = 1.2×10⁴ V/m; P = 8.854×10⁻¹² · (6.0 − 1) · 1.2×10⁴ = 5.31×10⁻⁷ C/m². The plate size does not enter P.",
    forms=("us_units", "multi_part", "distractor", "two_step"),
)
def h14b_electrical_05():
    """A parallel-plate capacitor has square plates 1.5 in. on a side separated by a 2.0 mm layer of a ceramic whose dielectric constant is 6.0. A potential of 24 V is applied.
    (a) What is the capacitance?
    (b) What is the polarization in the dielectric, in C/m^2?
    Answer (b)."""
    field = Q_(24, "V") / Q_(2.0, "mm")
    return EPS0 * (6.0 - 1) * field


@item(
    S,
    "electrical_semiconductors",
    "A",
    "Contradictory givens: R from ρL/A is 2.8×10⁻⁴ Ω, the stated resistance 2.5 Ω",
    refuse="The givens contradict each other: ρL/A = 4.0e-8 · 0.050/(7.07e-6) = 2.8×10⁻⁴ Ω, but the measured resistance is stated as 2.5 Ω, four orders of magnitude apart; the current depends on which is right.",
    solution="R from resistivity and geometry is 2.83×10⁻⁴ Ω, while the question says 2.5 Ω; the two cannot both hold, so the current cannot be given.",
    forms=("unicode", "contradictory_givens", "must_refuse"),
)
def h14b_electrical_06():
    """A rod of a copper alloy, 3.0 mm in diameter and 50 mm long, has a resistivity of 4.0 × 10⁻⁸ Ω·m. Its resistance, measured end to end, is 2.5 Ω. What current flows through the rod when 1.5 V is applied across its ends?"""
    return None


@item(
    S,
    "electrical_semiconductors",
    "microohm*cm",
    "Matthiessen's rule ρ = ρ_t + ρ_i with Nordheim's ρ_i = A c(1 − c) (Callister eq. 18.11)",
    solution="ρ_i(0.025) = 4.6 − 1.7 = 2.9 µΩ cm, so A = 2.9/(0.025 · 0.975) = 118.97 µΩ cm. ρ_i(0.06) = 118.97 · 0.06 · 0.94 = 6.710 µΩ cm; ρ = 1.7 + 6.71 = 8.41 µΩ cm.",
    forms=("unicode", "multi_step", "inverse"),
)
def h14b_electrical_07():
    """At room temperature pure copper has a resistivity of 1.7 µΩ·cm. Alloying it with 2.5 at.% nickel raises the resistivity to 4.6 µΩ·cm. Assuming the impurity contribution varies as A·c(1 − c), where c is the atom fraction of Ni, estimate the room-temperature resistivity (µΩ·cm) of a Cu alloy containing 6.0 at.% Ni."""
    rho_0 = 1.7
    a_coef = (4.6 - rho_0) / (0.025 * 0.975)
    return Q_(rho_0 + a_coef * 0.06 * 0.94, "microohm*cm")


@item(
    S,
    "electrical_semiconductors",
    "1/m**3",
    "n_i ∝ exp(−E_g/2kT) (Callister) or n_i ∝ T^{3/2} exp(−E_g/2kT) (Kittel)",
    solution="E_g/2k = 1.11/(2 · 8.617×10⁻⁵) = 6441 K; 1/300 − 1/373.15 = 6.535×10⁻⁴ K⁻¹; factor exp(6441 · 6.535×10⁻⁴) = 67.3, so n_i ≈ 6.7×10¹⁷ m⁻³. Including the T^{3/2} prefactor multiplies by (373.15/300)^{3/2} = 1.387, giving 9.3×10¹⁷ m⁻³; either estimate is acceptable.",
    forms=("tex", "two_readings", "two_step", "celsius_to_kelvin"),
)
def h14b_electrical_08():
    r"""For silicon, $n_i = 1.0\times10^{16}\ \mathrm{m^{-3}}$ at $300\ \mathrm{K}$ and $E_g = 1.11\ \mathrm{eV}$. Estimate the intrinsic carrier concentration at $100\ ^{\circ}\mathrm{C}$, in $\mathrm{m^{-3}}$."""
    t1, t2 = Q_(300, "K"), Q_(373.15, "K")
    eg = Q_(1.11, "eV")
    expo = math.exp(num(eg / (2 * K_EV) * (1 / t1 - 1 / t2)))
    n1 = Q_(1.0e16, "1/m**3")
    return {
        "exponential only": n1 * expo,
        "with T^(3/2) prefactor": n1 * expo * num(t2 / t1) ** 1.5,
    }


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "n = σ/(e μ_e); atoms per volume N = ρ N_A/A; ratio n/N",
    solution="n = 6.0×10⁷/(1.602×10⁻¹⁹ · 0.0030) = 1.248×10²⁹ m⁻³; N = 8.96×10⁶ g/m³ · 6.022×10²³/63.55 = 8.491×10²⁸ m⁻³; n/N = 1.47, option (C).",
    forms=("multiple_choice", "ascii", "ratio", "multi_step"),
)
def h14b_electrical_09():
    """Copper: conductivity 6.0 x 10^7 (ohm m)^-1, electron mobility 0.0030 m^2/V-s, density 8.96 g/cm^3, atomic weight 63.55 g/mol. The number of free electrons per copper atom is about
    (A) 0.49   (B) 0.98   (C) 1.47   (D) 2.94"""
    n = Q_(6.0e7, "S/m") / (Q_E * Q_(0.0030, "m**2/(V*s)"))
    atoms = Q_(8.96, "g/cm**3") * AVOGADRO / Q_(63.55, "g/mol")
    return n / atoms


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "A/m",
    "M_s = (μ_B per atom) · μ_B · N, N = ρN_A/A; Ni carries 0.60 μ_B per atom (Callister ch. 20)",
    solution="Nickel carries 0.60 Bohr magneton per atom (standard value). N = 8.90×10⁶ · 6.022×10²³/58.69 = 9.13×10²⁸ m⁻³; M_s = 0.60 · 9.274×10⁻²⁴ · 9.13×10²⁸ = 5.08×10⁵ A/m.",
    forms=("unicode", "known_datum_not_given", "two_step"),
)
def h14b_magnetic_01():
    """Estimate the saturation magnetization (A/m) of nickel from its net magnetic moment per atom. Density 8.90 g/cm³, atomic weight 58.69 g/mol."""
    n_atoms = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return 0.60 * BOHR * n_atoms


@item(
    S,
    "magnetic",
    "dimensionless",
    "Inverse spinel: only the divalent ions contribute; M_s = 8 n_B μ_B/a³",
    decimals=0,
    solution="n_B = M_s a³/(8 μ_B) = 3.78×10⁵ · (0.838×10⁻⁹)³/(8 · 9.274×10⁻²⁴) = 3.78e5 · 5.885e-28/7.419e-23 = 3.00, so 3 Bohr magnetons per Co²⁺.",
    forms=("inverse", "unicode", "rounding", "two_step"),
)
def h14b_magnetic_02():
    """Cobalt ferrite, CoFe₂O₄, has the inverse spinel structure with 8 formula units in a cubic unit cell of edge 0.838 nm; the Fe³⁺ moments on the two kinds of site cancel. Its measured saturation magnetization is 3.78 × 10⁵ A/m. How many Bohr magnetons does each Co²⁺ ion contribute? Give the nearest whole number."""
    a = Q_(0.838, "nm")
    return Q_(3.78e5, "A/m") * a**3 / (8 * BOHR)


@item(
    S,
    "magnetic",
    "A/m",
    "H = NI/l; M = χ_m H",
    solution="(a) H = NI/l = 400 · 0.80/0.30 = 1066.7 A/m. (b) B = μ₀(1 + χ)H = 1.341×10⁻³ T. (c) M = χH = 1.81×10⁻⁴ · 1066.7 = 0.193 A/m.",
    forms=("multi_part", "unicode", "two_step"),
)
def h14b_magnetic_03():
    """A solenoid 0.30 m long is wound with 400 turns and carries 0.80 A. A titanium rod (volume susceptibility χ_m = 1.81 × 10⁻⁴) fills the coil.
    (a) What is the magnetic field strength H?
    (b) What is the flux density B inside the rod?
    (c) What magnetization M does the rod acquire?
    Give (c) in A/m."""
    h_field = 400 * Q_(0.80, "A") / Q_(0.30, "m")
    return 1.81e-4 * h_field


@item(
    S,
    "magnetic",
    "T",
    "B = μ₀μ_rH holds only below saturation; here it gives 126 T, far beyond B_s = 2.1 T",
    refuse="The linear relation B = μ₀μ_rH gives 4π×10⁻⁷ · 5000 · 2.0×10⁴ = 126 T, far above the stated saturation induction of 2.1 T; the core is saturated, so B is not given by the constant permeability and needs the B–H curve.",
    solution="μ₀μ_rH = 125.7 T exceeds the saturation induction 2.1 T; the constant-permeability relation is used outside its range, so B cannot be computed from it.",
    forms=("unicode", "outside_validity", "must_refuse"),
)
def h14b_magnetic_04():
    """A soft-iron core has an initial relative permeability of 5000 and a saturation induction of 2.1 T. It is placed in a coil that produces a field strength of 2.0 × 10⁴ A/m. Using the relative permeability, compute the magnetic flux density in the core."""
    return None


@item(
    S,
    "magnetic",
    "W",
    "Hysteresis power = (loop area per cycle) · f · V, V = m/ρ",
    solution="V = 9.5 kg/7650 kg/m3 = 1.242e-3 m3; P = 310 J/m3 · 50 /s · 1.242e-3 m3 = 19.25 W.",
    forms=("ascii", "story", "multi_step"),
)
def h14b_magnetic_05():
    """A 50 Hz transformer core is made of silicon steel (density 7.65 g/cm3) and weighs 9.5 kg. Measurements show that the area enclosed by the B-H loop at the working flux corresponds to 310 J/m3 per cycle. How much power (W) is dissipated in the core by hysteresis?"""
    volume = Q_(9.5, "kg") / Q_(7.65, "g/cm**3")
    return Q_(310, "J/m**3") * Q_(50, "1/s") * volume


@item(
    S,
    "magnetic",
    "K",
    "Critical field B_C(T) = B_C(0)[1 − (T/T_C)²] solved for T",
    solution="T = T_C √(1 − B/B_C(0)) = 7.19 · √(1 − 0.050/0.0803) = 7.19 · 0.6143 = 4.42 K.",
    forms=("tex", "inverse", "one_step"),
)
def h14b_magnetic_06():
    r"""Lead becomes superconducting below $T_C = 7.19\ \mathrm{K}$; its critical flux density at $0\ \mathrm{K}$ is $B_C(0) = 0.0803\ \mathrm{T}$. Below what temperature must a lead wire be held if it is to stay superconducting in a field of $0.050\ \mathrm{T}$? Answer in kelvin."""
    return Q_(7.19, "K") * math.sqrt(1 - 0.050 / 0.0803)


@item(
    S,
    "magnetic",
    "dimensionless",
    "n_B = M_s/(N μ_B) with N = ρN_A/A",
    solution="N = 7.87×10⁶ · 6.022×10²³/55.85 = 8.486×10²⁸ m⁻³; n_B = 1.71×10⁶/(8.486×10²⁸ · 9.274×10⁻²⁴) = 2.17 Bohr magnetons per atom.",
    forms=("ascii", "inverse", "sig_figs"),
)
def h14b_magnetic_07():
    """BCC iron has a saturation magnetization of 1.71e6 A/m, a density of 7.87 g/cm^3 and an atomic weight of 55.85 g/mol. Calculate the net magnetic moment per iron atom, in Bohr magnetons, to three significant figures."""
    n_atoms = Q_(7.87, "g/cm**3") * AVOGADRO / Q_(55.85, "g/mol")
    return Q_(1.71e6, "A/m") / (n_atoms * BOHR)


@item(
    S,
    "magnetic",
    "dimensionless",
    "μ_r = B/(μ₀H); χ_m = μ_r − 1; 1 Oe = 1000/(4π) A/m, 1 G = 10⁻⁴ T",
    solution="H = 6.28 Oe = 6.28 · 79.577 = 499.7 A/m; B = 7500 G = 0.750 T; μ_r = 0.750/(4π×10⁻⁷ · 499.7) = 1194.3; χ_m = μ_r − 1 = 1193.",
    forms=("cgs_units", "unicode", "two_step"),
)
def h14b_magnetic_08():
    """A ferrite rod placed in a field of 6.28 Oe shows a flux density of 7500 G. What is its (SI, volume) magnetic susceptibility?"""
    h_field = Q_(6.28 * 1000 / (4 * math.pi), "A/m")
    mu_r = Q_(0.7500, "T") / (MU0 * h_field)
    return mu_r - 1


@item(
    S,
    "magnetic",
    "kJ/m**3",
    "Energy product |B·H| at each point of the demagnetization curve; take the largest",
    solution="|BH| at the tabulated points: 0, 110, 196, 246, 220, 0 kJ/m³; the largest is 0.82 T · 300 kA/m = 246 kJ/m³.",
    forms=("table", "unicode", "one_step"),
)
def h14b_magnetic_09():
    """The second-quadrant (demagnetization) curve of a permanent-magnet alloy was measured as:

    H (kA/m):  0     −100   −200   −300   −400   −500
    B (T):     1.20   1.10   0.98   0.82   0.55   0.00

    Estimate the maximum energy product (BH)max from these points, in kJ/m³."""
    h_vals = [0, 100, 200, 300, 400, 500]
    b_vals = [1.20, 1.10, 0.98, 0.82, 0.55, 0.00]
    best = max(b * h for b, h in zip(b_vals, h_vals, strict=True))
    return Q_(best, "T*kA/m")


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "nm",
    "λ = hc/E_g with E_g(GaAs) = 1.42 eV (Callister Table 18.3)",
    solution="Using E_g = 1.42 eV for GaAs: λ = hc/E_g = 1239.84 eV nm/1.42 eV = 873 nm.",
    forms=("ascii", "known_datum_not_given", "fill_blank", "one_step"),
)
def h14b_optical_01():
    """Light from a GaAs light-emitting diode arises from electrons dropping across the band gap. The emitted wavelength is about ___ nm."""
    return H * C0 / Q_(1.42, "eV")


@item(
    S,
    "optical",
    "percent",
    "I_T/I_0 = (1 − R)² exp(−βx), R = ((n − 1)/(n + 1))² (Callister eq. 21.18)",
    solution="R = (0.50/2.50)² = 0.040; (1 − R)² = 0.9216; exp(−0.060 · 1.2) = 0.9305; I_T/I_0 = 0.8576, i.e. 85.8 %.",
    forms=("tex", "multi_step", "percent"),
)
def h14b_optical_02():
    r"""A glass plate $12\ \mathrm{mm}$ thick has refractive index $n = 1.50$ and absorption coefficient $\beta = 0.060\ \mathrm{cm^{-1}}$. Light strikes it at normal incidence in air. Neglecting multiple internal reflections, what percentage of the incident intensity emerges from the far side?"""
    n = 1.50
    refl = ((n - 1) / (n + 1)) ** 2
    absorb = math.exp(-num(Q_(0.060, "1/cm") * Q_(12, "mm")))
    return Q_((1 - refl) ** 2 * absorb, "dimensionless")


@item(
    S,
    "optical",
    "degree",
    "NA = √(n₁² − n₂²); acceptance half-angle in air θ = arcsin(NA)",
    solution="NA = √(1.48² − 1.46²) = √0.0588 = 0.2425; θ = arcsin 0.2425 = 14.0°.",
    forms=("unicode", "two_step"),
)
def h14b_optical_03():
    """An optical fibre has a core of refractive index 1.48 clad with glass of index 1.46. What is the largest angle (measured from the fibre axis, in air) at which light entering the end face will be guided by total internal reflection? Answer in degrees."""
    na = math.sqrt(1.48**2 - 1.46**2)
    return Q_(math.degrees(math.asin(na)), "degree")


@item(
    S,
    "optical",
    "dimensionless",
    "n = c/v and n = √(ε_r μ_r) with μ_r = 1",
    solution="n = 2.998×10⁸/1.97×10⁸ = 1.522; ε_r = n² = 2.32.",
    forms=("unicode", "two_step"),
)
def h14b_optical_04():
    """In a certain transparent glass light travels at 1.97 × 10⁸ m/s. Taking the glass to be non-magnetic, estimate its dielectric constant at optical frequencies."""
    n = num(C0 / Q_(1.97e8, "m/s"))
    return n**2


@item(
    S,
    "optical",
    "percent",
    "Transmission needs the absorption coefficient of the glass, which is not given",
    refuse="The transmitted fraction through a 5.0 mm sheet depends on the absorption coefficient of this experimental glass, which is neither given nor a standard datum; only the reflection losses follow from n.",
    solution="Reflection at each face follows from n = 1.55 (R = 0.0465), but the absorption over 5.0 mm needs β, which is not given for an unnamed experimental glass; the answer cannot be computed.",
    forms=("unicode", "missing_datum", "must_refuse"),
)
def h14b_optical_05():
    """A 5.0 mm sheet of a newly formulated, faintly tinted glass has a refractive index of 1.55. What fraction of normally incident light (λ = 550 nm) is transmitted through the sheet?"""
    return None


@item(
    S,
    "optical",
    "dimensionless",
    "Photon energy E = hc/λ; number of photons = pulse energy/E",
    solution="E = hc/λ = 6.626×10⁻³⁴ · 2.998×10⁸/694.3×10⁻⁹ = 2.861×10⁻¹⁹ J; N = 0.35/2.861×10⁻¹⁹ = 1.22×10¹⁸ photons.",
    forms=("story", "unicode", "two_step"),
)
def h14b_optical_06():
    """A pulsed ruby laser (λ = 694.3 nm) delivers 0.35 J in a single 10 ns pulse. How many photons does one pulse contain?"""
    energy = H * C0 / Q_(694.3, "nm")
    return Q_(0.35, "J") / energy


@item(
    S,
    "optical",
    "eV",
    "Absorption edge: E_g = hc/λ_edge",
    decimals=2,
    solution="E_g = hc/λ = 1239.84/550 = 2.25 eV, option (C).",
    forms=("multiple_choice", "inverse", "rounding"),
)
def h14b_optical_07():
    """A thin semiconductor film is transparent to all light of wavelength longer than 550 nm and opaque to shorter wavelengths. Its band gap (eV, two decimals) is
    (A) 1.12   (B) 1.85   (C) 2.25   (D) 2.75"""
    return H * C0 / Q_(550, "nm")


@item(
    S,
    "optical",
    "microsecond",
    "t = nL/c in the fibre versus L/c in vacuum; Δt = (n − 1)L/c",
    solution="L = 2.5 mi = 4023.4 m; Δt = (1.48 − 1) · 4023.4/2.998×10⁸ = 6.44×10⁻⁶ s = 6.44 µs.",
    forms=("us_units", "difference", "story", "two_step"),
)
def h14b_optical_08():
    """A data link runs 2.5 miles between two campus buildings through a glass fibre whose core index is 1.48. How much longer (in µs) does a pulse take to cover the link than it would take in vacuum?"""
    length = Q_(2.5, "mile")
    return (1.48 - 1) * length / C0


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "inch",
    "ΔL = α L₀ ΔT",
    solution="ΔT = 400 − 70 = 330 °F; ΔL = 13.1×10⁻⁶ · 15 · 330 = 0.0648 in.",
    forms=("us_units", "one_step"),
)
def h14b_thermal_01():
    """An aluminum bar is 15 in. long at 70 °F. Its coefficient of linear expansion is 13.1 × 10⁻⁶ (°F)⁻¹. By how many inches does it lengthen when heated to 400 °F?"""
    return 13.1e-6 * Q_(15, "inch") * 330


@item(
    S,
    "thermal",
    "MPa",
    "Constrained rod: σ = −Eα(T_f − T_0) on heating (Callister eq. 19.8); compression negative",
    solution="σ = −Eα ΔT = −207×10³ MPa · 13.3×10⁻⁶ · 95 = −261.5 MPa (compressive). The density is not needed.",
    forms=("tex", "sign_convention", "distractor", "one_step"),
)
def h14b_thermal_02():
    r"""A nickel rod ($E = 207\ \mathrm{GPa}$, $\alpha_l = 13.3\times10^{-6}\ ^{\circ}\mathrm{C}^{-1}$, $\rho = 8.90\ \mathrm{g\,cm^{-3}}$) is stress-free at $25\ ^{\circ}\mathrm{C}$ and is then clamped between two rigid walls and heated to $120\ ^{\circ}\mathrm{C}$. Find the thermal stress in MPa, taking tensile stress as positive and compressive as negative."""
    return -Q_(207, "GPa") * 13.3e-6 * (120 - 25)


@item(
    S,
    "thermal",
    "MJ",
    "Fourier: Q/t = kAΔT/Δx; energy in one hour",
    solution="q = kAΔT/Δx = 0.96 · (1.2 · 0.8) · 12/0.004 = 2765 W; in one hour 2765 · 3600 = 9.95 MJ.",
    forms=("unicode", "two_step", "named_unit"),
)
def h14b_thermal_03():
    """A single pane of window glass measures 1.2 m × 0.8 m and is 4 mm thick; its thermal conductivity is 0.96 W/(m·K). If its inner surface is at 18 °C and its outer surface at 6 °C, how much heat leaks through it in one hour? Express the answer in MJ."""
    area = Q_(1.2, "m") * Q_(0.8, "m")
    rate = Q_(0.96, "W/(m*K)") * area * Q_(12, "K") / Q_(4, "mm")
    return rate * Q_(1, "hour")


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Dulong–Petit: C_v ≈ 3R per mole of atoms; MgO has 2 atoms per formula unit",
    solution="At high temperature each atom contributes 3R = 24.94 J/(mol K). Per mole of MgO (two moles of atoms) C_v = 6R = 49.9 J/(mol K); per mole of atoms it is 24.9 J/(mol K).",
    forms=("unicode", "two_readings", "known_datum_not_given", "one_step"),
)
def h14b_thermal_04():
    """Estimate the molar heat capacity at constant volume of magnesium oxide well above its Debye temperature, in J/(mol·K)."""
    return {"per mole of MgO": 6 * R_GAS, "per mole of atoms": 3 * R_GAS}


@item(
    S,
    "thermal",
    "mJ/(mol*K)",
    "Debye low-temperature law C_v = (12π⁴/5) R (T/θ_D)³",
    solution="(12π⁴/5)R = 1944 J/(mol K); (15/428)³ = 4.305×10⁻⁵; C_v = 0.0837 J/(mol K) = 83.7 mJ/(mol K).",
    forms=("unicode", "one_step", "named_unit"),
)
def h14b_thermal_05():
    """Aluminium has a Debye temperature of 428 K. Using the Debye T³ law, estimate its lattice heat capacity C_v at 15 K, in mJ mol⁻¹ K⁻¹."""
    return 12 * math.pi**4 / 5 * R_GAS * (15 / 428) ** 3


@item(
    S,
    "thermal",
    "degC",
    "Constrained cooling gives tension σ = Eα(T₀ − T); fracture when σ = σ_f",
    solution="ΔT = σ_f/(Eα) = 70×10⁶/(69×10⁹ · 9.0×10⁻⁶) = 112.7 °C; T = 40 − 112.7 = −72.7 °C.",
    forms=("unicode", "inverse", "sign_convention", "two_step"),
)
def h14b_thermal_06():
    """A soda-lime glass rod is fixed rigidly between two supports at 40 °C, when it is free of stress. For this glass E = 69 GPa, α = 9.0 × 10⁻⁶ °C⁻¹ and the fracture strength is 70 MPa. If the assembly is slowly cooled, at what temperature (°C) will the rod crack?"""
    d_t = Q_(70, "MPa") / (Q_(69, "GPa") * 9.0e-6)
    return Q_(40 - num(d_t), "degC")


@item(
    S,
    "thermal",
    "W/(m*K)",
    "k = D_th ρ c_p needs the specific heat, which is not given",
    refuse="k = D_th · ρ · c_p, and the specific heat of this new glass-ceramic is neither given nor a standard datum, so the thermal conductivity cannot be computed.",
    solution="The conductivity follows from k = D_th ρ c_p; D_th and ρ are given but c_p is not, so k cannot be found.",
    forms=("unicode", "missing_datum", "must_refuse"),
)
def h14b_thermal_07():
    """A newly developed glass-ceramic has a thermal diffusivity of 1.1 mm²/s, measured by the laser-flash method, and a density of 2.6 g/cm³. What is its thermal conductivity in W/(m·K)?"""
    return None


@item(
    S,
    "thermal",
    "kJ",
    "Q = m c_p ΔT with unit conversions (lb → kg, °F interval → K)",
    solution="m = 5.0 lb = 2.268 kg; ΔT = 230 °F = 127.8 K; Q = 2268 g · 0.385 J/(g K) · 127.8 K = 111.6 kJ.",
    forms=("us_units", "mixed_units", "one_step", "named_unit"),
)
def h14b_thermal_08():
    """How many kJ are needed to heat 5.0 lb of copper (c_p = 0.385 J/g-K) from 70 deg F to 300 deg F?"""
    d_t = Q_(230 * 5 / 9, "K")
    return Q_(5.0, "lb") * Q_(0.385, "J/(g*K)") * d_t


@item(
    S,
    "thermal",
    "degC",
    "Shrink fit: ΔT = ΔD/(α D₀)",
    solution="The bore must grow by 75.02 − 74.95 = 0.07 mm: ΔT = 0.07/(11.7×10⁻⁶ · 74.95) = 79.8 °C, so heat the ring to 25 + 79.8 = 104.8 °C.",
    forms=("tex", "inverse", "story", "one_step"),
)
def h14b_thermal_09():
    r"""A steel gear ring has a bore of $74.95\ \mathrm{mm}$ at $25\ ^{\circ}\mathrm{C}$ and must be slipped over a shaft of diameter $75.02\ \mathrm{mm}$. With $\alpha = 11.7\times10^{-6}\ \mathrm{K^{-1}}$ for the ring, to what temperature (in $^{\circ}\mathrm{C}$) must the ring be heated so that it just fits (the shaft stays at $25\ ^{\circ}\mathrm{C}$)?"""
    d_t = (75.02 - 74.95) / (11.7e-6 * 74.95)
    return Q_(25 + d_t, "degC")


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M_n/m; repeat unit C₂H₄ (28.05 g/mol, Callister) or CH₂ (14.03 g/mol)",
    solution="With the C₂H₄ repeat unit (28.05 g/mol) DP = 168 000/28.05 = 5989; counting CH₂ units (14.03 g/mol) gives 11 977. Either reading is accepted.",
    forms=("spaced_thousands", "two_readings", "known_datum_not_given", "one_step"),
)
def h14b_polymers_01():
    """A linear polyethylene has a number-average molecular weight of 168 000 g/mol. What is its number-average degree of polymerization?"""
    mn = 168_000
    c2h4 = 2 * 12.011 + 4 * 1.008
    ch2 = 12.011 + 2 * 1.008
    return {"C2H4 repeat unit": mn / c2h4, "CH2 repeat unit": mn / ch2}


@item(
    S,
    "polymers",
    "dimensionless",
    "M_n = Σx_iM_i, M_w = Σx_iM_i²/Σx_iM_i; PDI = M_w/M_n",
    solution="M_n = Σx_iM_i = 36 500 g/mol; Σx_iM_i² = 1.505×10⁹, so M_w = 1.505×10⁹/36 500 = 41 233 g/mol; PDI = 41 233/36 500 = 1.13.",
    forms=("table", "multi_part", "multi_step", "spaced_thousands"),
)
def h14b_polymers_02():
    """Molecular-weight data for a polystyrene sample (x_i = number fraction of chains in each class, M_i = mean molecular weight of the class):

    M_i (g/mol)   10 000   20 000   30 000   40 000   50 000   60 000
    x_i            0.05     0.15     0.25     0.30     0.15     0.10

    (a) Compute the number-average molecular weight.
    (b) Compute the weight-average molecular weight.
    (c) What is the polydispersity index?
    Answer (c) only."""
    m = [10e3, 20e3, 30e3, 40e3, 50e3, 60e3]
    x = [0.05, 0.15, 0.25, 0.30, 0.15, 0.10]
    mn = sum(xi * mi for xi, mi in zip(x, m, strict=True))
    mw = sum(xi * mi**2 for xi, mi in zip(x, m, strict=True)) / mn
    return mw / mn


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister eq. 14.8)",
    solution="%C = 1.213(1.162 − 1.085)/[1.162(1.213 − 1.085)] × 100 = 0.09340/0.14874 × 100 = 62.8 %.",
    forms=("tex", "one_step", "percent"),
)
def h14b_polymers_03():
    r"""For a nylon the fully crystalline and fully amorphous densities are $\rho_c = 1.213$ and $\rho_a = 1.085\ \mathrm{g/cm^3}$. A moulded part has density $1.162\ \mathrm{g/cm^3}$. Calculate its percent crystallinity."""
    rc, ra, rs = 1.213, 1.085, 1.162
    return Q_(rc * (rs - ra) / (rs * (rc - ra)), "dimensionless")


@item(
    S,
    "polymers",
    "dimensionless",
    "Average repeat-unit mass m̄ = M_n/DP = f m_E + (1 − f) m_P",
    solution="m̄ = 285 000/8200 = 34.76 g/mol; m_E = 28.05, m_P = 42.08 g/mol; f = (42.08 − 34.76)/(42.08 − 28.05) = 0.522.",
    forms=("spaced_thousands", "known_datum_not_given", "inverse", "two_step"),
)
def h14b_polymers_04():
    """A random ethylene–propylene copolymer has a number-average molecular weight of 285 000 g/mol and a number-average degree of polymerization of 8 200. Determine the mole fraction of ethylene repeat units."""
    m_e = 2 * 12.011 + 4 * 1.008
    m_p = 3 * 12.011 + 6 * 1.008
    m_bar = 285_000 / 8_200
    return (m_p - m_bar) / (m_p - m_e)


@item(
    S,
    "polymers",
    "s",
    "Stress relaxation σ(t) = σ₀ exp(−t/τ)",
    solution="τ = 45/ln(6.5/4.1) = 45/0.4608 = 97.65 s; t = τ ln(6.5/1.0) = 97.65 · 1.872 = 182.8 s.",
    forms=("ascii", "inverse", "two_step"),
)
def h14b_polymers_05():
    """A polymer specimen is pulled quickly to a fixed strain and held. The stress is 6.5 MPa right after loading and 4.1 MPa after 45 s. Assuming sigma(t) = sigma0*exp(-t/tau), how many seconds after loading will the stress have dropped to 1.0 MPa?"""
    tau = 45 / math.log(6.5 / 4.1)
    return Q_(tau * math.log(6.5 / 1.0), "s")


@item(
    S,
    "polymers",
    "nm",
    "Random-walk chain: r = d√N with N = 2·DP backbone C–C bonds",
    solution="DP = 84 000/28.05 = 2994; N = 2 · 2994 = 5988 bonds; r = 0.154 nm · √5988 = 11.9 nm.",
    forms=("unicode", "multi_step", "spaced_thousands", "where_symbols"),
)
def h14b_polymers_06():
    """For a linear polyethylene of number-average molecular weight 84 000 g/mol, estimate the average end-to-end distance r of a chain from r = d√N, where d = 0.154 nm is the C–C bond length and N is the number of backbone bonds (two per –CH₂–CH₂– repeat unit). Give r in nm."""
    dp = 84_000 / (2 * 12.011 + 4 * 1.008)
    return Q_(0.154, "nm") * math.sqrt(2 * dp)


@item(
    S,
    "polymers",
    "g/mol",
    "M_w cannot be found from M_n alone without the distribution or the polydispersity",
    refuse="Only the number-average molecular weight is given; the weight average depends on the molecular-weight distribution (or the polydispersity index), which is not stated, so M_w is not determinable.",
    solution="M_w = M_n · PDI, and neither the PDI nor the distribution is given; M_w cannot be computed.",
    forms=("spaced_thousands", "not_determinable", "must_refuse"),
)
def h14b_polymers_07():
    """A commercial polystyrene grade has a number-average molecular weight of 120 000 g/mol and a glass transition temperature of 100 °C. What is its weight-average molecular weight?"""
    return None


@item(
    S,
    "polymers",
    "g",
    "Condensation of nylon 6,6: two H₂O released per repeat unit C₁₂H₂₂N₂O₂",
    solution="Repeat unit C₁₂H₂₂N₂O₂ = 226.32 g/mol; each releases 2 H₂O (36.03 g). Per kg of nylon: 1000 · 36.03/226.32 = 159 g of water.",
    forms=("story", "known_datum_not_given", "two_step"),
)
def h14b_polymers_08():
    """Nylon 6,6 is made by condensing hexamethylene diamine with adipic acid, water being the by-product. A plant produces 1 kg of the polymer. How many grams of water are driven off? (Neglect chain ends.)"""
    c, h, n, o = 12.011, 1.008, 14.007, 15.999
    repeat = 12 * c + 22 * h + 2 * n + 2 * o
    water = 2 * h + o
    return Q_(1000 * 2 * water / repeat, "g")


@item(
    S,
    "polymers",
    "g/cm**3",
    "Specific volumes mix linearly with mass crystallinity: 1/ρ = c/ρ_c + (1 − c)/ρ_a",
    solution="1/0.904 = 1.10619, 1/0.882 = 1.13379 cm³/g. v_c − v_a = (1.10619 − 1.13379)/(0.620 − 0.355) = −0.10415; v_a = 1.10619 + 0.620 · 0.10415 = 1.17077 cm³/g, ρ_a = 0.854 g/cm³.",
    forms=("data_line", "inverse", "multi_step"),
)
def h14b_polymers_09():
    """Two polypropylene samples were characterized. Data: sample A, density 0.904 g/cm³, 62.0 % crystalline; sample B, density 0.882 g/cm³, 35.5 % crystalline. Determine the density of totally amorphous polypropylene."""
    c1, c2 = 0.620, 0.355
    v1, v2 = 1 / 0.904, 1 / 0.882
    slope = (v1 - v2) / (c1 - c2)
    v_a = v1 - c1 * slope
    return Q_(1 / v_a, "g/cm**3")


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "percent",
    "Isostrain: F_f/F_m = E_fV_f/(E_mV_m); fibre share = F_f/(F_f + F_m)",
    solution="F_f/F_m = 76 · 0.35/(3.1 · 0.65) = 26.6/2.015 = 13.20; share = 13.20/14.20 = 0.9296, i.e. 93.0 %.",
    forms=("multi_part", "unicode", "ratio", "percent"),
)
def h14b_ceramics_01():
    """A continuous, aligned glass-fibre/epoxy composite contains 35 vol% fibres (E = 76 GPa) in an epoxy matrix (E = 3.1 GPa) and is loaded along the fibres.
    (a) Find the longitudinal modulus.
    (b) What percentage of the applied load is carried by the fibres?
    Answer part (b)."""
    ratio = 76 * 0.35 / (3.1 * 0.65)
    return Q_(ratio / (1 + ratio), "dimensionless")


@item(
    S,
    "ceramics_composites",
    "psi",
    "Isostress (transverse): E_ct = E_mE_f/(V_mE_f + V_fE_m)",
    solution="E_ct = 3.5 · 230/(0.45 · 230 + 0.55 · 3.5) = 805/105.43 = 7.64 GPa = 1.11×10⁶ psi.",
    forms=("tex", "scaled_unit", "us_units", "one_step"),
)
def h14b_ceramics_02():
    r"""An aligned carbon-fibre/epoxy lamina has $V_f = 0.55$, $E_f = 230\ \mathrm{GPa}$ and $E_m = 3.5\ \mathrm{GPa}$. Estimate its modulus perpendicular to the fibres, in units of $10^{6}\ \mathrm{psi}$."""
    ef, em, vf = 230.0, 3.5, 0.55
    return Q_(em * ef / ((1 - vf) * ef + vf * em), "GPa")


@item(
    S,
    "ceramics_composites",
    "kg/m**3",
    "CsCl structure: cations and anions touch along the body diagonal, √3 a = 2(r_C + r_A); ρ = n'(ΣA)/(V_C N_A), n' = 1",
    solution="a = 2(0.170 + 0.181)/√3 = 0.4053 nm; V_C = 6.658×10⁻²⁹ m³; ρ = (132.91 + 35.45) g/mol/(6.658×10⁻²⁹ · 6.022×10²³) = 4.20×10³ kg/m³.",
    forms=("ascii", "multi_step", "named_unit"),
)
def h14b_ceramics_03():
    """Cesium chloride has the CsCl crystal structure. Ionic radii: Cs+ 0.170 nm, Cl- 0.181 nm; atomic weights: Cs 132.91, Cl 35.45 g/mol. Compute the theoretical density in kg/m^3 assuming the ions touch along the cube diagonal."""
    a = 2 * Q_(0.170 + 0.181, "nm") / math.sqrt(3)
    return Q_(132.91 + 35.45, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "MPa",
    "σ_fs = σ₀ exp(−nP) fitted to two points (Callister eq. 12.10)",
    solution="n = ln(310/215)/(0.12 − 0.04) = 0.3659/0.08 = 4.574; σ₀ = 310 exp(4.574 · 0.04) = 372.2 MPa; σ(0.18) = 372.2 exp(−0.8233) = 163.4 MPa.",
    forms=("data_line", "multi_step", "inverse"),
)
def h14b_ceramics_04():
    """Flexural strength of sintered alumina bars versus volume fraction porosity P. Data: P = 0.04, 310 MPa; P = 0.12, 215 MPa. Assuming the strength falls exponentially with porosity, predict the flexural strength (MPa) at P = 0.18."""
    n = math.log(310 / 215) / (0.12 - 0.04)
    sigma0 = 310 * math.exp(n * 0.04)
    return Q_(sigma0 * math.exp(-n * 0.18), "MPa")


@item(
    S,
    "ceramics_composites",
    "mm",
    "l_c = σ_f d/(2τ_c) needs the fibre–matrix bond (or matrix shear yield) strength τ_c",
    refuse="The critical fibre length l_c = σ_f d/(2τ_c) needs the fibre–matrix bond strength τ_c, which is not given and is not a standard property of an unnamed fibre–matrix pair.",
    solution="l_c = σ_f d/(2τ_c); σ_f and d are given but τ_c is not, so l_c (and whether 2 mm fibres are effective) cannot be decided.",
    forms=("unicode", "missing_datum", "must_refuse"),
)
def h14b_ceramics_05():
    """Chopped fibres 2 mm long and 12 µm in diameter, with a tensile strength of 3.2 GPa and a modulus of 380 GPa, are to be mixed into a new thermoplastic matrix. Compute the critical fibre length (in mm) for this system."""
    return None


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "Convert mass to volume fractions; ρ_c = 1/(w_f/ρ_f + w_m/ρ_m)",
    solution="(a) v_f ∝ 0.62/1.80 = 0.3444, v_m ∝ 0.38/1.20 = 0.3167 cm³ per g, so V_f = 0.521. (b) ρ_c = 1/(0.3444 + 0.3167) = 1.513 g/cm³.",
    forms=("multi_part", "unicode", "two_step"),
)
def h14b_ceramics_06():
    """A carbon-fibre/epoxy laminate contains 62 wt% fibres. Density of the fibres 1.80 g/cm³, of the cured epoxy 1.20 g/cm³; there are no voids.
    (a) What is the fibre volume fraction?
    (b) What is the density of the laminate (g/cm³)?
    Give the answer to (b)."""
    return 1 / (0.62 / Q_(1.80, "g/cm**3") + 0.38 / Q_(1.20, "g/cm**3"))


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Three-point bend, rectangular section: σ_fs = 3FL/(2bd²) (Callister eq. 12.7a)",
    solution="σ_fs = 3 · 950 lbf · 2.0 in/(2 · 0.50 in · (0.25 in)²) = 5700/0.0625 = 91 200 psi = 629 MPa.",
    forms=("us_units", "one_step", "named_unit"),
)
def h14b_ceramics_07():
    """A rectangular bar of a silicon nitride, 0.50 in. wide and 0.25 in. thick, is broken in three-point bending on supports 2.0 in. apart. It fails under a load of 950 lbf. What is its flexural strength (answer in MPa)?"""
    f_load = Q_(950, "lbf")
    span = Q_(2.0, "inch")
    b, d = Q_(0.50, "inch"), Q_(0.25, "inch")
    return 3 * f_load * span / (2 * b * d**2)


@item(
    S,
    "ceramics_composites",
    "1/m**3",
    "Schottky pairs N_s = N exp(−Q_s/2kT), N = ρN_A/A (Callister eq. 12.3)",
    solution="N = 2.165×10⁶ g/m³ · 6.022×10²³/58.44 = 2.231×10²⁸ m⁻³; kT = 8.617×10⁻⁵ · 973.15 = 0.08386 eV; exp(−2.3/0.16771) = 1.11×10⁻⁶; N_s = 2.47×10²² m⁻³.",
    forms=("unicode", "two_step", "celsius_to_kelvin"),
)
def h14b_ceramics_08():
    """The energy to form a Schottky defect in NaCl is 2.3 eV. The density of NaCl is 2.165 g/cm³ and its formula weight 58.44 g/mol. How many Schottky defects per cubic metre are there at 700 °C?"""
    n = Q_(2.165, "g/cm**3") * AVOGADRO / Q_(58.44, "g/mol")
    kt = K_EV * Q_(973.15, "K")
    return n * math.exp(-num(Q_(2.3, "eV") / (2 * kt)))


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "V",
    "Nernst for a galvanic cell: ΔV = ΔV° − (RT/nF) ln([M_anode ion]/[M_cathode ion])",
    solution="Cd (−0.403 V) is the anode, Ni (−0.250 V) the cathode: ΔV° = 0.153 V. ΔV = 0.153 − (8.314 · 298.15/(2 · 96 485)) ln(0.25/3.0×10⁻³) = 0.153 − 0.01285 · 4.423 = 0.096 V.",
    forms=("unicode", "two_step"),
)
def h14b_corrosion_01():
    """A cell is built from a Ni electrode in 3.0 × 10⁻³ M Ni²⁺ and a Cd electrode in 0.25 M Cd²⁺, at 25 °C. Standard potentials: Ni²⁺/Ni −0.250 V, Cd²⁺/Cd −0.403 V. What is the cell voltage?"""
    rt_nf = R_GAS * Q_(298.15, "K") / (2 * F_CONST)
    return Q_(-0.250 + 0.403, "V") - rt_nf * math.log(0.25 / 3.0e-3)


@item(
    S,
    "corrosion",
    "thou/year",
    "CPR = W/(ρAt), converted to mils per year",
    solution="CPR = 312 g/(7.9 g/cm³ · 4800 cm² · 1.5 yr) = 5.486×10⁻³ cm/yr = 0.0549 mm/yr = 2.16 mpy.",
    forms=("story", "named_unit", "two_step"),
)
def h14b_corrosion_02():
    """After 18 months outdoors, a carbon-steel panel with 0.48 m² of exposed surface had lost 312 g to uniform corrosion. The steel's density is 7.9 g/cm³. What was the corrosion penetration rate in mils per year (mpy)?"""
    return Q_(312, "g") / (Q_(7.9, "g/cm**3") * Q_(0.48, "m**2") * Q_(1.5, "year"))


@item(
    S,
    "corrosion",
    "hour",
    "Faraday: Q = mnF/M; t = Q/(ηI); Ni: ρ = 8.90 g/cm³, M = 58.69 g/mol, n = 2",
    solution="m = 25 µm · 0.15 m² · 8.90 g/cm³ = 33.4 g; Q = 33.4 · 2 · 96 485/58.69 = 1.097×10⁵ C; t = 1.097×10⁵/(0.95 · 12) = 9626 s = 2.67 h.",
    forms=("unicode", "known_datum_not_given", "multi_step", "story"),
)
def h14b_corrosion_03():
    """A steel part with 0.15 m² of surface is to receive a 25 µm nickel coat from a Watts bath at 12 A; the cathode current efficiency is 95 %. How many hours of plating are needed?"""
    mass = Q_(25, "um") * Q_(0.15, "m**2") * Q_(8.90, "g/cm**3")
    charge = mass * 2 * F_CONST / Q_(58.69, "g/mol")
    return charge / (0.95 * Q_(12, "A"))


@item(
    S,
    "corrosion",
    "mm/year",
    "Penetration rate r = iM/(nFρ); Fe → Fe²⁺, ρ = 7.87 g/cm³, M = 55.85 g/mol",
    solution="r = iM/(nFρ) = 8.5×10⁻⁶ A/cm² · 55.85 g/mol/(2 · 96 485 · 7.87 g/cm³) = 3.126×10⁻¹⁰ cm/s = 0.0986 mm/yr.",
    forms=("tex", "known_datum_not_given", "two_step"),
)
def h14b_corrosion_04():
    r"""An iron pipe corrodes uniformly (Fe $\rightarrow$ Fe$^{2+}$) at a current density of $8.5\ \mu\mathrm{A\,cm^{-2}}$. What is the penetration rate in $\mathrm{mm\,yr^{-1}}$?"""
    i = Q_(8.5, "uA/cm**2")
    return i * Q_(55.85, "g/mol") / (2 * F_CONST * Q_(7.87, "g/cm**3"))


@item(
    S,
    "corrosion",
    "kg",
    "Faraday: m = ItM/(nF) divided by the anode efficiency; Mg → Mg²⁺",
    solution="Q = 0.25 A · 10 yr = 7.89×10⁷ C; m = QM/(nF) = 7.89×10⁷ · 24.305/(2 · 96 485) = 9.94 kg; at 55 % efficiency 9.94/0.55 = 18.1 kg.",
    forms=("story", "multi_step", "ascii"),
)
def h14b_corrosion_05():
    """A buried steel tank is protected by magnesium sacrificial anodes that must deliver an average current of 0.25 A for 10 years. Only 55% of the magnesium consumed goes into useful protective current (the rest self-corrodes). Mg atomic weight 24.305 g/mol. What mass of magnesium (kg) must be installed?"""
    charge = Q_(0.25, "A") * Q_(10, "year")
    mass = charge * Q_(24.305, "g/mol") / (2 * F_CONST)
    return mass / 0.55


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio per metal atom: P-B = A_O ρ_M/(a A_M ρ_O) for M_aO_b",
    solution="P-B = 151.99 · 7.19/(2 · 52.00 · 5.22) = 1092.8/542.9 = 2.01, option (C) (forgetting the factor 2 gives 4.03).",
    forms=("multiple_choice", "unicode", "one_step"),
)
def h14b_corrosion_06():
    """Chromium oxidises to Cr₂O₃. Data: Cr 52.00 g/mol, 7.19 g/cm³; Cr₂O₃ 151.99 g/mol, 5.22 g/cm³. The Pilling–Bedworth ratio is
    (A) 1.01   (B) 1.52   (C) 2.01   (D) 4.03"""
    return 151.99 * 7.19 / (2 * 52.00 * 5.22)


@item(
    S,
    "corrosion",
    "mg/cm**2",
    "Parabolic oxidation W² = K₁t + K₂, fitted to two points",
    solution="K₁ = (0.58² − 0.35²)/(80 − 20) = 0.2139/60 = 3.565×10⁻³ mg² cm⁻⁴ min⁻¹; K₂ = 0.1225 − 20K₁ = 0.0512; W(300) = √(300K₁ + K₂) = √1.1207 = 1.06 mg/cm².",
    forms=("unicode", "multi_step", "inverse"),
)
def h14b_corrosion_07():
    """An alloy oxidises at 800 °C following a parabolic rate law of the form W² = K₁t + K₂, where W is the mass gain per unit area. The mass gain is 0.35 mg/cm² after 20 min and 0.58 mg/cm² after 80 min. Predict the mass gain after 300 min."""
    k1 = (0.58**2 - 0.35**2) / (80 - 20)
    k2 = 0.35**2 - 20 * k1
    return Q_(math.sqrt(300 * k1 + k2), "mg/cm**2")


@item(
    S,
    "corrosion",
    "V",
    "Nernst for Fe²⁺/Fe (E° = −0.440 V, Callister Table 17.1); E(SCE) = E(SHE) − 0.241 V",
    solution="E = −0.440 + (0.05916/2) log(1.0×10⁻⁶) = −0.440 − 0.1775 = −0.6175 V vs SHE; against SCE: −0.6175 − 0.241 = −0.858 V.",
    forms=("unicode", "known_datum_not_given", "sign_convention", "two_step"),
)
def h14b_corrosion_08():
    """An iron electrode sits in a deaerated solution containing 1.0 × 10⁻⁶ mol/L Fe²⁺ at 25 °C. What is its equilibrium potential measured against a saturated calomel electrode (+0.241 V vs SHE)? Give the sign."""
    rt_nf = R_GAS * Q_(298.15, "K") / (2 * F_CONST)
    e_she = Q_(-0.440, "V") + rt_nf * math.log(1.0e-6)
    return e_she - Q_(0.241, "V")
