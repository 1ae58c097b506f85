"""Set heldout7 (set H), second half: 60 questions over seven of the 14 topics of a qualifying exam.

Written blind: the question writer did not read the answer engine, the checker, the solver or the
benchmarks, and read one earlier item for its format only; every question and set of numbers here is
new. Each key is computed in the function body with pint quantities (a unit slip raises when the
builder converts the result to the item's unit); ``solution`` is the worked solution in words and
``forms`` says how the question is written. A question with two standard readings returns a dict of
them (the first is the primary key); a question that cannot be answered (a missing datum, an
ambiguous substance, or a value the data cannot fix) returns None and says why. Topics: electrical
and semiconducting, magnetic, optical, thermal, polymers, ceramics and composites, corrosion.
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

S = "heldout7"

# standard atomic weights (g/mol) used by the polymer and ceramic items, as the questions give them
A_H, A_C, A_N, A_O, A_F, A_CL = 1.008, 12.011, 14.007, 15.999, 19.00, 35.45


# ---------------------------------------------------------------- electrical & semiconducting


@item(
    S,
    "electrical_semiconductors",
    "kiloohm",
    "intrinsic conduction σ = n_i|e|(μ_e + μ_h); R = l/(σA) (Callister ch. 18)",
    solution="σ = 2.4×10¹⁹ · 1.602×10⁻¹⁹ · (0.39 + 0.19) = 2.23 S/m. R = l/(σA) = 0.025/(2.23 · 6.0×10⁻⁶) = 1.87×10³ Ω = 1.87 kΩ. The band gap and density are not needed.",
    forms=("sig_figs", "unicode", "multi_part", "distractor", "unit_form"),
)
def h7b_elec_01():
    """Intrinsic germanium at room temperature has the following properties: n_i = 2.4 × 10¹⁹ m⁻³, μ_e = 0.39 m² V⁻¹ s⁻¹, μ_h = 0.19 m² V⁻¹ s⁻¹, band gap 0.67 eV, density 5.32 g cm⁻³.

    (a) Compute the intrinsic electrical conductivity.
    (b) A bar of this germanium is 25 mm long with a 2.0 mm × 3.0 mm cross-section. Compute its end-to-end electrical resistance in kΩ, to three significant figures."""
    sigma = Q_(2.4e19, "1/m**3") * Q_E * (Q_(0.39, "m**2/(V*s)") + Q_(0.19, "m**2/(V*s)"))
    area = Q_(2.0, "mm") * Q_(3.0, "mm")
    return Q_(25, "mm") / (sigma * area)


@item(
    S,
    "electrical_semiconductors",
    "milliohm*m",
    "extrinsic p-type: σ ≈ p|e|μ_h with p = N_A (Callister ch. 18)",
    solution="All acceptors ionised, p = 4.0×10²² m⁻³ ≫ n_i, so σ = p e μ_h = 4.0×10²² · 1.602×10⁻¹⁹ · 0.045 = 288 S/m and ρ = 1/σ = 3.47×10⁻³ Ω m = 3.47 mΩ m. The electron mobility and n_i are not used.",
    forms=("tex", "distractor", "unit_form"),
)
def h7b_elec_02():
    r"""A silicon wafer is uniformly doped with $4.0\times10^{22}\,\mathrm{m^{-3}}$ boron atoms. At this doping level $\mu_h = 0.045\,\mathrm{m^2\,V^{-1}\,s^{-1}}$ and $\mu_e = 0.14\,\mathrm{m^2\,V^{-1}\,s^{-1}}$; the intrinsic carrier concentration of Si at room temperature is $1.0\times10^{16}\,\mathrm{m^{-3}}$. Assuming every acceptor is ionised, compute the room-temperature electrical resistivity of the wafer in $\mathrm{m\Omega\,m}$."""
    sigma = Q_(4.0e22, "1/m**3") * Q_E * Q_(0.045, "m**2/(V*s)")
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "intrinsic σ = C exp(−E_g/2kT): E_g = 2k ln(σ₂/σ₁)/(1/T₁ − 1/T₂) (Callister ch. 18)",
    solution="ln σ = ln C − E_g/2kT, so E_g = 2k ln(σ₂/σ₁)/(1/T₁ − 1/T₂) with T₁ = 300.15 K, T₂ = 400.15 K: ln(56/2.2) = 3.237, 1/T₁ − 1/T₂ = 8.326×10⁻⁴ K⁻¹, E_g = 2 · 8.617×10⁻⁵ · 3.237/8.326×10⁻⁴ = 0.670 eV.",
    forms=(
        "sig_figs",
        "unicode",
    ),
)
def h7b_elec_03():
    """The electrical conductivity of an intrinsic semiconductor is 2.2 Ω⁻¹ m⁻¹ at 27 °C and 56 Ω⁻¹ m⁻¹ at 127 °C. Assuming that the pre-exponential factor of σ does not depend on temperature, estimate the band-gap energy in eV to three significant figures."""
    t1, t2 = kelvin(27), kelvin(127)
    return 2 * K_BOLTZ * math.log(56 / 2.2) / (1 / t1 - 1 / t2)


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "Hall effect R_H = V_H d/(IB) = 1/(n|e|); μ_e = σ R_H (Callister ch. 18)",
    solution="R_H = V_H d/(IB) = 2.5×10⁻³ · 5.0×10⁻⁴/(1.0×10⁻² · 0.40) = 3.125×10⁻⁴ m³/C, so n = 1/(R_H e) = 2.0×10²² m⁻³. μ_e = σ/(n e) = σ R_H = 45 · 3.125×10⁻⁴ = 1.41×10⁻² m² V⁻¹ s⁻¹ = 141 cm² V⁻¹ s⁻¹.",
    forms=("unicode", "table", "multi_part", "multi_step", "unit_form"),
)
def h7b_elec_04():
    """A Hall-effect measurement is made on a thin rectangular plate of an n-type semiconductor:

    plate thickness (along B)      0.50 mm
    current                        10.0 mA
    magnetic flux density          0.40 T
    Hall voltage (magnitude)       2.5 mV
    electrical conductivity        45 S m⁻¹

    Assuming that conduction is by electrons only, determine (a) the electron concentration and (b) the electron mobility, giving (b) in cm² V⁻¹ s⁻¹."""
    r_h = Q_(2.5, "mV") * Q_(0.50, "mm") / (Q_(10.0, "mA") * Q_(0.40, "T"))
    n = 1 / (r_h * Q_E)
    return Q_(45, "S/m") / (n * Q_E)


@item(
    S,
    "electrical_semiconductors",
    "microsecond",
    "drift velocity v_d = μ_e E, E = V/l (Callister ch. 18)",
    solution="E = V/l = 5.0/2.0×10⁻³ = 2500 V/m; v_d = μ_e E = 0.14 · 2500 = 350 m/s; t = l/v_d = 2.0×10⁻³/350 = 5.71×10⁻⁶ s = 5.71 µs. The hole mobility is not needed.",
    forms=("unicode", "multi_step", "distractor"),
)
def h7b_elec_05():
    """In a silicon specimen the electron and hole mobilities are 0.14 and 0.048 m² V⁻¹ s⁻¹. A potential difference of 5.0 V is applied across the specimen, which is 2.0 mm long. How long, in microseconds, does a conduction electron take to drift the full length of the specimen?"""
    length = Q_(2.0, "mm")
    v_d = Q_(0.14, "m**2/(V*s)") * Q_(5.0, "V") / length
    return length / v_d


@item(
    S,
    "electrical_semiconductors",
    "percent",
    "Matthiessen's rule ρ = ρ_t + ρ_i, ρ_i = A c_i(1 − c_i) (Callister ch. 18); %IACS = 100 σ/σ_IACS",
    decimals=1,
    solution="ρ_i = 1.25×10⁻⁶ · 0.03 · 0.97 = 3.64×10⁻⁸ Ω m; ρ = 1.72×10⁻⁸ + 3.64×10⁻⁸ = 5.36×10⁻⁸ Ω m; σ = 1.87×10⁷ S/m, which is 100 · 1.87×10⁷/5.80×10⁷ = 32.2 % IACS.",
    forms=("tex", "multi_step", "percent", "sig_figs"),
)
def h7b_elec_06():
    r"""The room-temperature resistivity of pure copper is $1.72\times10^{-8}\,\Omega\,\mathrm{m}$. For nickel dissolved substitutionally in copper the impurity contribution to the resistivity is $\rho_i = A\,c_i(1-c_i)$ with $A = 1.25\times10^{-6}\,\Omega\,\mathrm{m}$, $c_i$ being the atom fraction of Ni. Using Matthiessen's rule, express the room-temperature conductivity of a Cu–3 at.% Ni alloy as a percentage of the International Annealed Copper Standard ($\sigma_{\mathrm{IACS}} = 58.0\,\mathrm{MS\,m^{-1}}$), to the nearest 0.1 %."""
    c = 0.03
    rho = Q_(1.72e-8, "ohm*m") + Q_(1.25e-6, "ohm*m") * c * (1 - c)
    return (1 / rho) / Q_(58.0, "MS/m")


@item(
    S,
    "electrical_semiconductors",
    "1/m**3",
    "extrinsic conduction σ = N|e|μ needs to know which carrier dominates",
    refuse="the dopant's group (III or V) is not given, so it is unknown whether σ = p e μ_h or σ = n e μ_e applies; the two give concentrations differing by μ_e/μ_h ≈ 3, and the question cannot fix one value",
    solution="With σ = 250 S/m the concentration would be σ/(eμ_e) = 1.1×10²² m⁻³ for a donor or σ/(eμ_h) = 3.5×10²² m⁻³ for an acceptor; the record does not say which, so no single value can be given.",
    forms=("unicode", "must_refuse"),
)
def h7b_elec_07():
    """A silicon specimen has been doped with a single substitutional impurity. The laboratory record gives only its room-temperature conductivity, 250 S m⁻¹, and the carrier mobilities μ_e = 0.14 m² V⁻¹ s⁻¹ and μ_h = 0.045 m² V⁻¹ s⁻¹. The dopant is known to be either a group-III or a group-V element, but the record does not say which. Compute the dopant concentration in m⁻³."""
    return None


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "intrinsic n_i ∝ exp(−E_g/2kT) (Callister ch. 18) or n_i ∝ T^{3/2} exp(−E_g/2kT) (Kittel ch. 8)",
    solution="With constant mobilities σ ∝ n_i. Neglecting the temperature dependence of the prefactor (Callister): σ₄₀₀/σ₃₀₀ = exp[(E_g/2k)(1/300 − 1/400)] = exp(6441 · 8.333×10⁻⁴) = exp(5.367) ≈ 214. Keeping the T^{3/2} of the effective densities of states (Kittel): the ratio is further multiplied by (400/300)^{3/2} = 1.540, giving ≈ 330.",
    forms=("unicode", "multi_part", "ambiguous"),
)
def h7b_elec_08():
    """(a) Explain briefly why the electrical conductivity of an intrinsic semiconductor rises with temperature.
    (b) For intrinsic silicon (E_g = 1.11 eV), estimate the ratio σ(400 K)/σ(300 K), treating the carrier mobilities as constant."""
    eg = Q_(1.11, "eV")
    t1, t2 = Q_(300, "K"), Q_(400, "K")
    arrhenius = math.exp(num(eg / (2 * K_BOLTZ) * (1 / t1 - 1 / t2)))
    return {
        "σ ∝ exp(−E_g/2kT), prefactor constant (Callister)": arrhenius,
        "n_i ∝ T^{3/2} exp(−E_g/2kT) (density of states kept)": arrhenius * num(t2 / t1) ** 1.5,
    }


@item(
    S,
    "electrical_semiconductors",
    "microcoulomb/m**2",
    "polarization P = ε₀(ε_r − 1)E, E = V/l (Callister ch. 18)",
    solution="E = V/l = 120/1.5×10⁻³ = 8.0×10⁴ V/m; P = ε₀(ε_r − 1)E = 8.85×10⁻¹² · 7.5 · 8.0×10⁴ = 5.31×10⁻⁶ C/m² = 5.31 µC/m². (The capacitance of (a) is ε_rε₀A/l = 20 pF; the plate area is not needed for P.)",
    forms=("tex", "multi_part", "distractor", "unit_form"),
)
def h7b_elec_09():
    r"""A parallel-plate capacitor has plates of area $4.0\,\mathrm{cm^2}$ separated by $1.5\,\mathrm{mm}$, the gap being filled with a ceramic of dielectric constant $\varepsilon_r = 8.5$. A potential difference of $120\,\mathrm{V}$ is applied. (a) Compute the capacitance. (b) Compute the polarization $P$ of the dielectric, in $\mu\mathrm{C\,m^{-2}}$. Take $\varepsilon_0 = 8.85\times10^{-12}\,\mathrm{F\,m^{-1}}$."""
    field = Q_(120, "V") / Q_(1.5, "mm")
    return EPS0 * (8.5 - 1) * field


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "T",
    "M_s = n_B μ_B N, N = ρN_A/A; B_s ≈ μ₀M_s (Callister ch. 20)",
    solution="N = ρN_A/A = 8.90 · 6.022×10²³/58.69 = 9.13×10²² cm⁻³ = 9.13×10²⁸ m⁻³. M_s = 0.60 · 9.274×10⁻²⁴ · 9.13×10²⁸ = 5.08×10⁵ A/m; B_s = μ₀M_s = 4π×10⁻⁷ · 5.08×10⁵ = 0.638 T.",
    forms=("unicode", "multi_part", "multi_step"),
)
def h7b_magn_01():
    """Nickel is FCC (a = 0.3524 nm), with a density of 8.90 g cm⁻³ and an atomic weight of 58.69 g mol⁻¹; each Ni atom contributes a net moment of 0.60 Bohr magneton. Compute (a) the saturation magnetization M_s and (b) the saturation flux density B_s, in tesla."""
    n_atoms = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    m_s = 0.60 * BOHR * n_atoms
    return MU0 * m_s


@item(
    S,
    "magnetic",
    "kA/m",
    "ferrimagnetic spinel: Fe³⁺ on A and B sites cancel, M_s = 8 n_B μ_B/a³ (Callister ch. 20)",
    solution="In the inverse spinel half the Fe³⁺ ions sit on tetrahedral and half on octahedral sites, antiparallel, so they cancel; the net moment per formula unit is that of Ni²⁺, 2 μ_B. M_s = 8 · 2 · 9.274×10⁻²⁴/(0.834×10⁻⁹)³ = 1.484×10⁻²²/5.80×10⁻²⁸ = 2.56×10⁵ A/m = 256 kA/m. The density is not needed.",
    forms=("unicode", "multi_part", "distractor", "unit_form"),
)
def h7b_magn_02():
    """Nickel ferrite, NiFe₂O₄, has the inverse-spinel structure with 8 formula units in a cubic unit cell of edge 0.834 nm; its density is 5.37 g cm⁻³. An Fe³⁺ ion carries 5 μ_B and a Ni²⁺ ion 2 μ_B.
    (a) Explain why the Fe³⁺ moments make no net contribution to the magnetization.
    (b) Compute the saturation magnetization of nickel ferrite in kA m⁻¹."""
    return 8 * 2 * BOHR / Q_(0.834, "nm") ** 3


@item(
    S,
    "magnetic",
    "A/m",
    "solenoid H = NI/l; M = χ_m H (Callister ch. 20)",
    solution="H = NI/l = 400 · 15/0.25 = 2.40×10⁴ A/m; M = χ_m H = 1.81×10⁻⁴ · 2.40×10⁴ = 4.34 A/m. The density of titanium is not needed.",
    forms=("unicode", "multi_part", "distractor"),
)
def h7b_magn_03():
    """A solenoid 0.25 m long has 400 turns and carries a current of 15 A. Its core is a titanium rod (volume susceptibility χ_m = 1.81 × 10⁻⁴, density 4.51 g cm⁻³). Compute (a) the magnetic field strength H inside the coil and (b) the magnetization of the titanium core, in A m⁻¹."""
    field = 400 * Q_(15, "A") / Q_(0.25, "m")
    return 1.81e-4 * field


@item(
    S,
    "magnetic",
    "W",
    "hysteresis loss per cycle = loop area; P = W_h f V (Smallman & Ngan, magnetic materials)",
    solution="Core volume V = m/ρ = 12.0/7650 = 1.569×10⁻³ m³. P = W_h f V = 250 · 60 · 1.569×10⁻³ = 23.5 W. The saturation induction is not needed.",
    forms=("tex", "multi_step", "distractor", "spaced_thousands"),
)
def h7b_magn_04():
    r"""The area of the $B$–$H$ hysteresis loop of a transformer steel, traced at the operating flux amplitude, corresponds to an energy of $250\,\mathrm{J\,m^{-3}}$ per cycle. The core has a mass of $12.0\,\mathrm{kg}$ and the steel a density of $7\,650\,\mathrm{kg\,m^{-3}}$; its saturation induction is $2.0\,\mathrm{T}$. Compute the hysteresis power loss in the core when it is operated at $60\,\mathrm{Hz}$, in watts."""
    volume = Q_(12.0, "kg") / Q_(7650, "kg/m**3")
    return Q_(250, "J/m**3") * Q_(60, "1/s") * volume


@item(
    S,
    "magnetic",
    "degC",
    "Curie–Weiss law χ = C/(T − θ): 1/χ is linear in T (Kittel ch. 11)",
    abs_tol=1.5,
    solution="1/χ = (T − θ)/C. 1/0.105 = 9.524 and 1/0.0370 = 27.03, so C = 70/(27.03 − 9.524) = 4.00 K and θ = 330 − C/χ₁ = 330 − 38.1 = 291.9 K, i.e. θ = 18.8 °C.",
    forms=("unicode", "multi_step"),
)
def h7b_magn_05():
    """Above its Curie temperature a ferromagnet obeys the Curie–Weiss law χ = C/(T − θ). Measurements on a rare-earth metal give a susceptibility χ = 0.105 at 330 K and χ = 0.0370 at 400 K. Determine θ, expressed in degrees Celsius."""
    t1, chi1, t2, chi2 = 330.0, 0.105, 400.0, 0.0370
    curie_c = (t2 - t1) / (1 / chi2 - 1 / chi1)
    theta_k = t1 - curie_c / chi1
    return theta_k - 273.15


@item(
    S,
    "magnetic",
    "dimensionless",
    "M_s = n_B μ_B N with N = 2/a³ for BCC (Callister ch. 20, inverted)",
    decimals=2,
    solution="BCC has 2 atoms per cell: N = 2/a³ = 2/(2.866×10⁻¹⁰)³ = 8.50×10²⁸ m⁻³. n_B = M_s/(Nμ_B) = 1.71×10⁶/(8.50×10²⁸ · 9.274×10⁻²⁴) = 2.17 Bohr magnetons per atom.",
    forms=("unicode", "sig_figs"),
)
def h7b_magn_06():
    """The saturation magnetization of α-iron (BCC, a = 2.866 Å) is 1.71 × 10⁶ A m⁻¹ at 0 K. How many Bohr magnetons per iron atom does this correspond to? Give the answer to two decimal places."""
    n_atoms = 2 / Q_(2.866, "angstrom") ** 3
    return Q_(1.71e6, "A/m") / (n_atoms * BOHR)


@item(
    S,
    "magnetic",
    "A/m",
    "coercivity is read from the hysteresis loop, not from B_s, B_r or μ_i",
    refuse="the coercive field is a point on the hysteresis loop; saturation induction, remanence and initial permeability do not determine it, and the loop is not given",
    solution="H_c is where the descending branch of the B–H loop crosses B = 0. None of B_s, B_r or the initial permeability fixes that point (soft and semi-hard alloys can share them), so H_c cannot be computed from the data.",
    forms=("unicode", "must_refuse"),
)
def h7b_magn_07():
    """A ferromagnetic Ni–Fe alloy has a saturation flux density of 1.6 T, an initial relative permeability of 5 000 and a remanent induction of 0.9 T. Compute its coercive field H_c in A m⁻¹."""
    return None


@item(
    S,
    "magnetic",
    "A",
    "H_c(T) = H_c(0)[1 − (T/T_c)²] (Callister ch. 20); Silsbee: I_c = 2πr H_c",
    solution="H_c(4.2 K) = 6.4×10⁴ · [1 − (4.2/7.19)²] = 6.4×10⁴ · 0.659 = 4.22×10⁴ A/m. The field at the surface of a wire carrying I is H = I/(2πr), so I_c = 2πr H_c = 2π · 0.50×10⁻³ · 4.22×10⁴ = 132 A.",
    forms=("tex", "multi_step"),
)
def h7b_magn_08():
    r"""For lead, $T_c = 7.19\,\mathrm{K}$ and the critical field at $0\,\mathrm{K}$ is $H_c(0) = 6.4\times10^{4}\,\mathrm{A\,m^{-1}}$. A long straight lead wire of diameter $1.0\,\mathrm{mm}$ is held at $4.2\,\mathrm{K}$. Using the parabolic temperature dependence of $H_c$ and the Silsbee criterion (superconductivity is lost when the self-field at the wire surface reaches $H_c$), compute the largest transport current the wire can carry, in amperes."""
    h_c = Q_(6.4e4, "A/m") * (1 - (4.2 / 7.19) ** 2)
    return 2 * math.pi * Q_(0.50, "mm") * h_c


@item(
    S,
    "magnetic",
    "dimensionless",
    "one μ_B per unpaired spin (Callister ch. 20) or μ_eff = √(n(n + 2)) μ_B (spin-only, Kittel ch. 11)",
    solution="Mn has Z = 25; Mn²⁺ has 23 electrons, [Ar]3d⁵, all five 3d spins unpaired (Hund's rule). Counting one Bohr magneton per unpaired electron (Callister) gives 5 μ_B; the effective paramagnetic (spin-only) moment g√(S(S + 1)) = √(5 · 7) = 5.92 μ_B.",
    forms=("unicode", "ambiguous"),
)
def h7b_magn_09():
    """What is the magnetic moment, in Bohr magnetons, of an isolated Mn²⁺ ion (Mn: Z = 25)?"""
    d_electrons = 25 - 2 - 18  # beyond the argon core
    unpaired = min(d_electrons, 10 - d_electrons)
    return {
        "one μ_B per unpaired 3d electron (Callister)": unpaired,
        "effective moment √(n(n+2)) μ_B (spin-only)": math.sqrt(unpaired * (unpaired + 2)),
    }


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "degree",
    "numerical aperture NA = sin θ_a = √(n₁² − n₂²) (Callister ch. 21)",
    solution="(a) sin θ_c = 1.46/1.48, θ_c = 80.6°. (b) NA = √(1.48² − 1.46²) = √0.0588 = 0.2425, so the acceptance half-angle in air is arcsin 0.2425 = 14.0°. The core diameter is not needed.",
    forms=("unicode", "multi_part", "distractor", "multi_step"),
)
def h7b_opt_01():
    """A step-index optical fibre has a core of refractive index 1.48 and a cladding of index 1.46; the core diameter is 50 µm.
    (a) Find the critical angle at the core–cladding interface.
    (b) Find the largest half-angle, measured in air, of the cone of rays that can be launched into the fibre end and guided by total internal reflection. Give (b) in degrees."""
    na = math.sqrt(1.48**2 - 1.46**2)
    return Q_(math.degrees(math.asin(na)), "degree")


@item(
    S,
    "optical",
    "percent",
    "transmittance through a plate I_T/I₀ = (1 − R)² exp(−βl), R = ((n − 1)/(n + 1))² (Callister ch. 21)",
    solution="R = (0.52/2.52)² = 0.0426; (1 − R)² = 0.917; βl = 2.5×10⁻³ · 20 = 0.050, exp(−0.050) = 0.951; I_T/I₀ = 0.917 · 0.951 = 0.872 = 87.2 %.",
    forms=("tex", "multi_step", "percent"),
)
def h7b_opt_02():
    r"""A soda–lime glass plate $20\,\mathrm{mm}$ thick has refractive index $n = 1.52$ and absorption coefficient $\beta = 2.5\times10^{-3}\,\mathrm{mm^{-1}}$ in the visible. What percentage of normally incident light is transmitted through the plate? Neglect multiple internal reflections."""
    refl = ((1.52 - 1) / (1.52 + 1)) ** 2
    transmitted = (1 - refl) ** 2 * math.exp(-num(Q_(2.5e-3, "1/mm") * Q_(20, "mm")))
    return Q_(transmitted, "dimensionless")


@item(
    S,
    "optical",
    "nm",
    "absorption edge λ_c = hc/E_g (Callister ch. 21)",
    solution="A photon is absorbed across the gap only if hc/λ ≥ E_g, so the crystal is transparent for λ > hc/E_g = 1240 eV nm/2.58 eV = 481 nm. The refractive index is not needed.",
    forms=("unicode", "distractor"),
)
def h7b_opt_03():
    """Zinc selenide has a band gap of 2.58 eV and a refractive index of 2.67 in the visible. Above what wavelength, in nm, is a pure ZnSe crystal transparent?"""
    return H * C0 / Q_(2.58, "eV")


@item(
    S,
    "optical",
    "1/s",
    "photon energy E = hc/λ; photon rate = P/E",
    solution="E = hc/λ = 6.626×10⁻³⁴ · 2.998×10⁸/650×10⁻⁹ = 3.06×10⁻¹⁹ J; rate = P/E = 5.0×10⁻³/3.06×10⁻¹⁹ = 1.64×10¹⁶ photons per second. The threshold current is not needed.",
    forms=("unicode", "multi_step", "distractor"),
)
def h7b_opt_04():
    """A red laser diode emits 5.0 mW of continuous output at a wavelength of 650 nm; its threshold current is 30 mA. How many photons does it emit per second?"""
    energy = H * C0 / Q_(650, "nm")
    return Q_(5.0, "mW") / energy


@item(
    S,
    "optical",
    "degree",
    "Brewster's law tan θ_B = n; at θ_B the refracted ray is at 90° − θ_B (Hecht ch. 8)",
    solution="(a) tan θ_B = 1.52, θ_B = 56.7°. (b) At Brewster incidence the reflected and refracted rays are perpendicular, so θ_t = 90° − 56.7° = 33.3° (check: sin 56.7°/1.52 = sin 33.3°).",
    forms=("unicode", "multi_part"),
)
def h7b_opt_05():
    """Unpolarised light travelling in air strikes the flat surface of a glass of refractive index 1.52.
    (a) At what angle of incidence is the reflected light completely plane-polarised?
    (b) For that angle of incidence, what is the angle of refraction in the glass, in degrees?"""
    theta_b = math.atan(1.52)
    theta_t = math.asin(math.sin(theta_b) / 1.52)
    return Q_(math.degrees(theta_t), "degree")


@item(
    S,
    "optical",
    "s",
    "exponential luminescence decay I = I₀ exp(−t/τ) (Callister ch. 21)",
    solution="τ = t₁/ln(I₀/I₁) = 3.0/ln 2.5 = 3.27 s; the time to reach 5.0 % is t = τ ln 20 = 3.27 · 3.00 = 9.81 s.",
    forms=("unicode", "multi_step", "percent"),
)
def h7b_opt_06():
    """When the excitation is switched off, the emission of a ZnS-based phosphor decays exponentially; its intensity has fallen to 40 % of the initial value 3.0 s after switch-off. How long after switch-off, in seconds, does the intensity reach 5.0 % of its initial value?"""
    tau = Q_(3.0, "s") / math.log(1 / 0.40)
    return tau * math.log(1 / 0.050)


@item(
    S,
    "optical",
    "1/cm",
    "I_T/I₀ = (1 − R)² exp(−βl) needs the thickness l and n",
    refuse="the plate thickness is not given (and neither is the refractive index for the reflection loss), so β cannot be extracted from the 82 % transmittance",
    solution="β = −ln[T/(1 − R)²]/l requires the thickness l and R from n; neither is given, so the absorption coefficient cannot be determined.",
    forms=("unicode", "must_refuse"),
)
def h7b_opt_07():
    """A polished plate of a transparent polycrystalline ceramic transmits 82 % of normally incident light of wavelength 550 nm. Determine the absorption coefficient of the material at this wavelength, in cm⁻¹."""
    return None


@item(
    S,
    "optical",
    "kJ/mol",
    "E = hc/λ per photon, × N_A per mole",
    solution="(a) E = hc/λ = 1.9864×10⁻²⁵ J m/694.3×10⁻⁹ m = 2.861×10⁻¹⁹ J = 1.786 eV. (b) Per mole: 2.861×10⁻¹⁹ · 6.022×10²³ = 1.723×10⁵ J/mol = 172 kJ/mol.",
    forms=("unicode", "multi_part", "unit_form"),
)
def h7b_opt_08():
    """The ruby laser emits at 694.3 nm from transitions of Cr³⁺ ions in Al₂O₃.
    (a) What is the energy of one emitted photon, in eV?
    (b) What energy is carried by one mole of such photons, in kJ mol⁻¹?"""
    return H * C0 / Q_(694.3, "nm") * AVOGADRO


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "mm",
    "linear expansion Δl = α_l l₀ ΔT (Callister ch. 19)",
    solution="Δl = α_l l₀ ΔT = 11.5×10⁻⁶ · 18.0 · (42 − 6) = 7.45×10⁻³ m = 7.45 mm. The modulus is not needed.",
    forms=("tex", "distractor", "unit_form"),
)
def h7b_therm_01():
    r"""Steel rails, each $18.0\,\mathrm{m}$ long, are laid on a day when their temperature is $6\,^{\circ}\mathrm{C}$. What gap, in mm, must be left between adjacent rails so that they just touch when the rail temperature reaches $42\,^{\circ}\mathrm{C}$? For the steel take $\alpha_l = 11.5\times10^{-6}\,^{\circ}\mathrm{C}^{-1}$ and $E = 207\,\mathrm{GPa}$."""
    return Q_(11.5e-6, "1/K") * Q_(18.0, "m") * Q_(42 - 6, "K")


@item(
    S,
    "thermal",
    "degC",
    "thermal stress σ = Eα_l ΔT (Callister ch. 19)",
    abs_tol=1.0,
    solution="ΔT = σ/(Eα_l) = 140/(115 000 · 17.6×10⁻⁶) = 69.2 °C, so the rod may be heated to 15 + 69.2 = 84.2 °C. The diameter is not needed.",
    forms=("unicode", "spaced_thousands", "distractor"),
)
def h7b_therm_02():
    """A copper-alloy rod is held between rigid supports so that it cannot change length; it is stress-free at 15 °C. For the alloy E = 115 000 MPa and α_l = 17.6 × 10⁻⁶ °C⁻¹; the rod diameter is 12 mm. To what temperature, in °C, may the rod be heated if the compressive stress in it must not exceed 140 MPa?"""
    delta_t = Q_(140, "MPa") / (Q_(115_000, "MPa") * Q_(17.6e-6, "1/K"))
    return 15 + num(delta_t / Q_(1, "K"))


@item(
    S,
    "thermal",
    "J/mol",
    "Debye T³ law C_v = AT³; Q = ∫C_v dT = (A/4)(T₂⁴ − T₁⁴) (Callister ch. 19)",
    solution="A = C_v/T³ = 0.42/10³ = 4.2×10⁻⁴ J mol⁻¹ K⁻⁴. Q = (A/4)(20⁴ − 10⁴) = 1.05×10⁻⁴ · 150 000 = 15.75 J/mol.",
    forms=("unicode", "multi_step"),
)
def h7b_therm_03():
    """At low temperature the molar heat capacity of an insulating crystal follows the Debye T³ law; its measured C_v at 10 K is 0.42 J mol⁻¹ K⁻¹. Compute the heat, in joules per mole, needed to warm the crystal from 10 K to 20 K."""
    t1, t2 = Q_(10, "K"), Q_(20, "K")
    coeff = Q_(0.42, "J/(mol*K)") / t1**3
    return coeff / 4 * (t2**4 - t1**4)


@item(
    S,
    "thermal",
    "MJ",
    "Fourier's law q = k ΔT/Δx (Callister ch. 19)",
    solution="q = kΔT/Δx = 1.4 · 6/0.0050 = 1680 W/m²; Q̇ = qA = 1680 · 0.96 = 1613 W; in one hour 1613 · 3600 = 5.81×10⁶ J = 5.81 MJ. The specific heat is not needed in steady state.",
    forms=("unicode", "multi_step", "distractor", "unit_form"),
)
def h7b_therm_04():
    """A single-glazed window pane is 1.20 m × 0.80 m and 5.0 mm thick. In steady state its inner surface is at 18 °C and its outer surface at 12 °C. The thermal conductivity of the glass is 1.4 W m⁻¹ K⁻¹ and its specific heat 840 J kg⁻¹ K⁻¹. How much heat, in MJ, passes through the pane in one hour?"""
    flux = Q_(1.4, "W/(m*K)") * Q_(18 - 12, "K") / Q_(5.0, "mm")
    return flux * Q_(1.20, "m") * Q_(0.80, "m") * Q_(1, "hour")


@item(
    S,
    "thermal",
    "dimensionless",
    "thermal-shock resistance TSR ≈ σ_f k/(Eα_l) (Callister ch. 19)",
    solution="TSR(soda–lime) = 69×10⁶ · 1.7/(69×10⁹ · 9.0×10⁻⁶) = 189 W/m; TSR(fused silica) = 104×10⁶ · 1.4/(73×10⁹ · 0.5×10⁻⁶) = 3989 W/m; ratio = 21.1. The densities are not used.",
    forms=("sig_figs", "unicode", "table", "distractor"),
)
def h7b_therm_05():
    """The thermal-shock resistance parameter TSR ≈ σ_f k/(E α_l) is to be compared for two glasses:

    | glass           | σ_f (MPa) | k (W m⁻¹ K⁻¹) | E (GPa) | α_l (10⁻⁶ K⁻¹) | ρ (g cm⁻³) |
    | soda–lime glass | 69        | 1.7           | 69      | 9.0            | 2.5        |
    | fused silica    | 104       | 1.4           | 73      | 0.5            | 2.2        |

    By what factor is the TSR of fused silica larger than that of soda–lime glass? Give the factor to three significant figures."""

    def tsr(sf, k, e, alpha):
        return Q_(sf, "MPa") * Q_(k, "W/(m*K)") / (Q_(e, "GPa") * Q_(alpha * 1e-6, "1/K"))

    return tsr(104, 1.4, 73, 0.5) / tsr(69, 1.7, 69, 9.0)


@item(
    S,
    "thermal",
    "K",
    "σ = Eα_lΔT (Callister ch. 19) or σ = Eα_lΔT/(1 − ν) for a biaxially constrained surface (Kingery)",
    solution="Fracture when the surface tensile stress reaches σ_f. Uniaxial constraint (Callister): ΔT = σ_f/(Eα_l) = 300×10⁶/(380×10⁹ · 8.8×10⁻⁶) = 89.7 K. A quenched plate's surface is constrained in two directions, σ = Eα_lΔT/(1 − ν), so ΔT = σ_f(1 − ν)/(Eα_l) = 89.7 · 0.78 = 70.0 K.",
    forms=("unicode", "ambiguous", "distractor"),
)
def h7b_therm_06():
    """A dense alumina plate (σ_f = 300 MPa, E = 380 GPa, ν = 0.22, α_l = 8.8 × 10⁻⁶ K⁻¹, k = 30 W m⁻¹ K⁻¹) is heated uniformly and then quenched into water. Estimate the largest sudden temperature drop ΔT, in K, that its surface can suffer without cracking, assuming the surface layer is fully constrained by the interior."""
    uniaxial = Q_(300, "MPa") / (Q_(380, "GPa") * Q_(8.8e-6, "1/K"))
    return {
        "σ = Eα_lΔT (uniaxial, Callister)": uniaxial,
        "σ = Eα_lΔT/(1 − ν) (biaxial surface)": uniaxial * (1 - 0.22),
    }


@item(
    S,
    "thermal",
    "nm",
    "kinetic theory of lattice conduction k = ⅓ C v l (Kittel ch. 5)",
    solution="l = 3k/(Cv) = 3 · 148/(1.66×10⁶ · 6400) = 444/1.062×10¹⁰ = 4.18×10⁻⁸ m = 41.8 nm.",
    forms=("unicode", "spaced_thousands", "unit_form"),
)
def h7b_therm_07():
    """Silicon at 300 K has a thermal conductivity of 148 W m⁻¹ K⁻¹, a volumetric heat capacity of 1.66 × 10⁶ J m⁻³ K⁻¹ and a mean sound velocity of 6 400 m s⁻¹. Using the kinetic-theory expression for conduction by phonons, estimate the phonon mean free path in nm."""
    return 3 * Q_(148, "W/(m*K)") / (Q_(1.66e6, "J/(m**3*K)") * Q_(6400, "m/s"))


@item(
    S,
    "thermal",
    "W/(m*K)",
    "Wiedemann–Franz law k = LσT (Callister ch. 19)",
    solution="σ = 1/ρ = 1/(5.4×10⁻⁸ Ω m) = 1.85×10⁷ S/m; k = LσT = 2.44×10⁻⁸ · 1.85×10⁷ · 298.15 = 135 W m⁻¹ K⁻¹.",
    forms=("tex", "unit_form"),
)
def h7b_therm_08():
    r"""A copper alloy has an electrical resistivity of $5.4\,\mu\Omega\,\mathrm{cm}$ at $25\,^{\circ}\mathrm{C}$. Assuming that heat is carried essentially by the free electrons, and taking the Lorenz number $L = 2.44\times10^{-8}\,\mathrm{W\,\Omega\,K^{-2}}$, estimate the thermal conductivity of the alloy in $\mathrm{W\,m^{-1}\,K^{-1}}$."""
    sigma = 1 / Q_(5.4, "microohm*cm")
    return Q_(2.44e-8, "W*ohm/K**2") * sigma * kelvin(25)


@item(
    S,
    "thermal",
    "mm",
    "ΔL = α_l L₀ ΔT needs α_l of the material",
    refuse="'plastic' does not identify the material: α_l of common polymers ranges from about 50 to 200 × 10⁻⁶ K⁻¹ and no coefficient is given",
    solution="Δl = α_l l₀ ΔT = α_l · 3.0 m · 40 K, but the polymer (PVC, PE, PP, ...) is not named and α_l is not given; it varies by a factor of about four among common plastics, so no value can be given.",
    forms=("unicode", "must_refuse"),
)
def h7b_therm_09():
    """A 3.0 m length of plastic pipe is heated from 15 °C to 55 °C. By how many millimetres does it lengthen?"""
    return None


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "degree of polymerization DP = M̄_n/m (Callister ch. 4)",
    abs_tol=2.0,
    solution="The PVC repeat unit C₂H₃Cl has m = 2 · 12.011 + 3 · 1.008 + 35.45 = 62.50 g/mol; DP = 85 000/62.50 = 1360.",
    forms=("unicode", "spaced_thousands", "sig_figs"),
)
def h7b_poly_01():
    """A poly(vinyl chloride) resin has a number-average molecular weight of 85 000 g mol⁻¹. Compute its number-average degree of polymerization, to the nearest integer. (Atomic weights: H 1.008, C 12.011, Cl 35.45.)"""
    repeat = 2 * A_C + 3 * A_H + A_CL
    return 85_000 / repeat


@item(
    S,
    "polymers",
    "dimensionless",
    "M̄_n = Σx_iM_i; M̄_w = Σw_iM_i with w_i = x_iM_i/Σx_jM_j (Callister ch. 4)",
    solution="M̄_n = Σx_iM_i = 1.5 + 6.25 + 12.25 + 9.0 + 5.5 = 34.5 kg/mol. The weight fractions are w_i = x_iM_i/M̄_n, so M̄_w = Σx_iM_i²/M̄_n = 1315/34.5 = 38.1 kg/mol. PI = 38.1/34.5 = 1.105.",
    forms=("unicode", "table", "multi_step", "sig_figs"),
)
def h7b_poly_02():
    """The molecular-weight distribution of a polystyrene sample is given as number fractions:

    mean molecular weight of range (kg mol⁻¹):   15     25     35     45     55
    number fraction x_i:                        0.10   0.25   0.35   0.20   0.10

    Compute the polydispersity index M̄_w/M̄_n, to three significant figures."""
    masses = [15, 25, 35, 45, 55]
    fractions = [0.10, 0.25, 0.35, 0.20, 0.10]
    m_n = sum(x * m for x, m in zip(fractions, masses, strict=True))
    m_w = sum(x * m * m for x, m in zip(fractions, masses, strict=True)) / m_n
    return m_w / m_n


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister ch. 4)",
    solution="Crystalline mass fraction = 0.946 · (0.904 − 0.852)/[0.904 · (0.946 − 0.852)] = 0.04919/0.08498 = 0.579, so the amorphous mass fraction is 1 − 0.579 = 0.421, i.e. 42.1 %.",
    forms=("unicode", "percent"),
)
def h7b_poly_03():
    """A polypropylene moulding has a density of 0.904 g cm⁻³. The densities of totally crystalline and totally amorphous polypropylene are 0.946 g cm⁻³ and 0.852 g cm⁻³ respectively. What percentage of the moulding, by mass, is amorphous?"""
    rho_s, rho_c, rho_a = 0.904, 0.946, 0.852
    crystalline = rho_c * (rho_s - rho_a) / (rho_s * (rho_c - rho_a))
    return Q_(1 - crystalline, "dimensionless")


@item(
    S,
    "polymers",
    "percent",
    "copolymer mean repeat-unit mass m̄ = Σf_jm_j = M̄_n/DP (Callister ch. 4)",
    solution="m̄ = M̄_n/DP = 35 000/950 = 36.84 g/mol. With m(C₂H₄) = 28.05 and m(C₃H₆) = 42.08 g/mol: f_E = (42.08 − 36.84)/(42.08 − 28.05) = 0.373, i.e. 37.3 % ethylene repeat units.",
    forms=("tex", "multi_step", "percent", "spaced_thousands"),
)
def h7b_poly_04():
    r"""A random ethylene–propylene copolymer has a number-average molecular weight of $35\,000\,\mathrm{g\,mol^{-1}}$ and a number-average degree of polymerization of 950. What is the mole fraction of ethylene repeat units, in percent? (Atomic weights: C 12.011, H 1.008.)"""
    m_e = 2 * A_C + 4 * A_H
    m_p = 3 * A_C + 6 * A_H
    mean = 35_000 / 950
    return Q_((m_p - mean) / (m_p - m_e), "dimensionless")


@item(
    S,
    "polymers",
    "MPa",
    "Maxwell stress relaxation σ(t) = σ₀ exp(−t/τ); E_r(t) = σ(t)/ε₀ (Callister ch. 15)",
    solution="τ = 35/ln(6.2/4.4) = 35/0.343 = 102 s. σ(100 s) = 6.2 exp(−100/102) = 6.2 · 0.375 = 2.33 MPa; E_r(100 s) = σ/ε₀ = 2.33/0.50 = 4.66 MPa.",
    forms=("unicode", "multi_step"),
)
def h7b_poly_05():
    """A specimen of an amorphous polymer is suddenly stretched to a tensile strain of 0.50 and held at that strain. The stress needed to maintain it is 6.2 MPa at first and 4.4 MPa after 35 s. Assuming single-relaxation-time (Maxwell) behaviour, compute the relaxation modulus E_r(100 s) in MPa."""
    sigma0 = Q_(6.2, "MPa")
    tau = Q_(35, "s") / math.log(6.2 / 4.4)
    return sigma0 * math.exp(-num(Q_(100, "s") / tau)) / 0.50


@item(
    S,
    "polymers",
    "nm",
    "random-walk chain: N = 2 · DP backbone bonds, r = d√N; L = Nd sin(θ/2) (Callister ch. 4 problems)",
    solution="Repeat unit C₂F₄: 2 · 12.011 + 4 · 19.00 = 100.02 g/mol; DP = 500 000/100.02 = 4999; two backbone C–C bonds per repeat unit, N = 9998. (a) L = Nd sin(109°/2) = 9998 · 0.154 · 0.814 = 1.25×10³ nm. (b) r = d√N = 0.154 · √9998 = 15.4 nm.",
    forms=("unicode", "multi_part", "multi_step", "spaced_thousands"),
)
def h7b_poly_06():
    """A linear polytetrafluoroethylene has a number-average molecular weight of 500 000 g mol⁻¹. Taking the C–C bond length as 0.154 nm and the C–C–C bond angle as 109°, compute (a) the total chain (contour) length L and (b) the root-mean-square end-to-end distance r = d√N of an average chain, N being the number of backbone bonds. Give r in nm. (Atomic weights: C 12.011, F 19.00.)"""
    repeat = 2 * A_C + 4 * A_F
    bonds = 2 * 500_000 / repeat
    return Q_(0.154, "nm") * math.sqrt(bonds)


@item(
    S,
    "polymers",
    "ms",
    "WLF equation log a_T = −C₁(T − T_g)/(C₂ + T − T_g) (Young & Lovell ch. 5)",
    solution="log a_T = −17.44 · 20/(51.6 + 20) = −4.872, a_T = 1.34×10⁻⁵; τ(120 °C) = a_T τ(T_g) = 1.34×10⁻⁵ · 100 s = 1.34×10⁻³ s = 1.34 ms.",
    forms=("tex", "multi_step", "unit_form"),
)
def h7b_poly_07():
    r"""A polymer melt has a stress-relaxation time of $100\,\mathrm{s}$ at its glass-transition temperature, $T_g = 100\,^{\circ}\mathrm{C}$. Using the WLF equation with the "universal" constants $C_1 = 17.44$ and $C_2 = 51.6\,\mathrm{K}$, estimate the relaxation time at $120\,^{\circ}\mathrm{C}$, in milliseconds."""
    dt = 120 - 100
    log_a = -17.44 * dt / (51.6 + dt)
    return Q_(100, "s") * 10**log_a


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M̄_n/m needs the repeat-unit mass m",
    refuse="the polymer's chemistry is not given, so the repeat-unit molar mass, and hence the degree of polymerization, cannot be determined",
    solution="M̄_n = M̄_w/PI = 120 000/2.4 = 50 000 g/mol, but DP = M̄_n/m needs the repeat-unit mass m, and 'engineering polymer grade X' does not identify the repeat unit; the question cannot be answered.",
    forms=("unicode", "must_refuse", "spaced_thousands"),
)
def h7b_poly_08():
    """A thermoplastic supplied as "engineering polymer, grade X" has a weight-average molecular weight of 120 000 g mol⁻¹ and a polydispersity index of 2.4. Compute its number-average degree of polymerization."""
    return None


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M̄_n/m per repeat unit (Callister ch. 4) or x̄_n counting monomer residues (Carothers; Young & Lovell ch. 3)",
    solution="The repeat unit C₁₂H₂₂N₂O₂ has m = 12 · 12.011 + 22 · 1.008 + 2 · 14.007 + 2 · 15.999 = 226.32 g/mol, so DP = 20 000/226.32 = 88.4 repeat units (Callister). In step-growth (Carothers) usage the degree of polymerization counts structural units (monomer residues), two per nylon 6,6 repeat unit: x̄_n = 176.7.",
    forms=("unicode", "ambiguous", "spaced_thousands"),
)
def h7b_poly_09():
    """A nylon 6,6 sample, –[NH–(CH₂)₆–NH–CO–(CH₂)₄–CO]–ₙ, has a number-average molecular weight of 20 000 g mol⁻¹. What is its number-average degree of polymerization? (Atomic weights: C 12.011, H 1.008, N 14.007, O 15.999.)"""
    repeat = 12 * A_C + 22 * A_H + 2 * A_N + 2 * A_O
    dp = 20_000 / repeat
    return {
        "repeat units (Callister)": dp,
        "monomer residues, two per repeat unit (Carothers)": 2 * dp,
    }


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "percent",
    "isostrain: E_cl = E_mV_m + E_fV_f; F_f/F_m = E_fV_f/(E_mV_m) (Callister ch. 16)",
    solution="(a) E_cl = 3.1 · 0.55 + 72.5 · 0.45 = 1.71 + 32.6 = 34.3 GPa. (b) The fibre share of the load is E_fV_f/E_cl = 32.6/34.3 = 0.950, i.e. 95.0 %. The fibre strength is not needed.",
    forms=("unicode", "multi_part", "distractor", "spaced_thousands", "percent"),
)
def h7b_cer_01():
    """A continuous, aligned glass-fibre/epoxy composite contains 45 vol% E-glass fibres (E = 72.5 GPa, tensile strength 3 450 MPa) in an epoxy matrix (E = 3.1 GPa). For a load applied parallel to the fibres, (a) compute the longitudinal elastic modulus of the composite and (b) determine what percentage of the load is carried by the fibres."""
    e_f, e_m, v_f = Q_(72.5, "GPa"), Q_(3.1, "GPa"), 0.45
    fibre = e_f * v_f
    return fibre / (fibre + e_m * (1 - v_f))


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "isostrain E_cl = E_mV_m + E_fV_f; isostress E_ct = E_mE_f/(V_mE_f + V_fE_m) (Callister ch. 16)",
    solution="E_cl = 3.4 · 0.40 + 230 · 0.60 = 139.4 GPa; E_ct = 230 · 3.4/(0.40 · 230 + 0.60 · 3.4) = 782/94.04 = 8.32 GPa; E_cl/E_ct = 16.8.",
    forms=("tex", "multi_step"),
)
def h7b_cer_02():
    r"""An aligned carbon-fibre/epoxy lamina contains a fibre volume fraction $V_f = 0.60$, with $E_f = 230\,\mathrm{GPa}$ and a matrix modulus $E_m = 3.4\,\mathrm{GPa}$. Using the isostrain and isostress rules of mixtures, compute the ratio of the longitudinal to the transverse elastic modulus, $E_{cl}/E_{ct}$."""
    e_f, e_m, v_f = Q_(230, "GPa"), Q_(3.4, "GPa"), 0.60
    v_m = 1 - v_f
    e_cl = e_m * v_m + e_f * v_f
    e_ct = e_m * e_f / (v_m * e_f + v_f * e_m)
    return e_cl / e_ct


@item(
    S,
    "ceramics_composites",
    "MPa",
    "critical length l_c = σ_f*d/(2τ_c); l > l_c: σ_cd* = σ_f*V_f(1 − l_c/2l) + σ_m'(1 − V_f) (Callister ch. 16)",
    solution="(a) l_c = σ_f d/(2τ_c) = 3500 · 10×10⁻⁶/(2 · 30) = 5.83×10⁻⁴ m = 0.583 mm. (b) l = 4.0 mm > l_c, so σ_cd* = 3500 · 0.35 · (1 − 0.583/8.0) + 15 · 0.65 = 1135.7 + 9.75 = 1145 MPa. The fibre modulus is not needed.",
    forms=("unicode", "table", "multi_part", "multi_step", "distractor"),
)
def h7b_cer_03():
    """Aligned, discontinuous carbon fibres 4.0 mm long and 10 µm in diameter reinforce a polymer matrix at 35 vol%. Data:

    fibre tensile strength                          3.5 GPa
    fibre elastic modulus                           230 GPa
    fibre–matrix bond strength (matrix shear yield)  30 MPa
    matrix stress at the fibre failure strain        15 MPa

    Compute (a) the critical fibre length and (b) the longitudinal tensile strength of the composite, in MPa."""
    sigma_f, v_f = Q_(3.5, "GPa"), 0.35
    l_c = sigma_f * Q_(10, "micrometer") / (2 * Q_(30, "MPa"))
    length = Q_(4.0, "mm")
    return sigma_f * v_f * (1 - num(l_c / (2 * length))) + Q_(15, "MPa") * (1 - v_f)


@item(
    S,
    "ceramics_composites",
    "percent",
    "porosity dependence E = E₀(1 − 1.9P + 0.9P²) (Callister ch. 12)",
    solution="0.9P² − 1.9P + (1 − 300/393) = 0, i.e. 0.9P² − 1.9P + 0.2366 = 0; the physical root is P = [1.9 − √(3.61 − 0.8519)]/1.8 = (1.9 − 1.6607)/1.8 = 0.133, i.e. 13.3 vol%.",
    forms=("unicode", "percent"),
)
def h7b_cer_04():
    """The elastic modulus of fully dense alumina is 393 GPa, and its dependence on the volume fraction of porosity P is E = E₀(1 − 1.9P + 0.9P²). A sintered alumina bar is measured to have E = 300 GPa. What is its porosity, in vol%?"""
    a, b, c = 0.9, -1.9, 1 - 300 / 393
    return Q_((-b - math.sqrt(b * b - 4 * a * c)) / (2 * a), "dimensionless")


@item(
    S,
    "ceramics_composites",
    "N",
    "three-point bending: rectangle σ_fs = 3FL/(2bd²), circle σ_fs = FL/(πR³) (Callister ch. 12)",
    solution="(a) σ_fs = 3FL/(2bd²) = 3 · 650 · 0.040/(2 · 0.0080 · 0.0040²) = 305 MPa. (b) For the rod F = σ_fs πR³/L = 305×10⁶ · π · (2.5×10⁻³)³/0.030 = 499 N.",
    forms=("unicode", "multi_part", "multi_step"),
)
def h7b_cer_05():
    """Three-point bend tests are made on a sintered silicon carbide.
    (a) A rectangular bar 8.0 mm wide and 4.0 mm deep, on supports 40 mm apart, fractures at a load of 650 N. Compute the flexural strength.
    (b) A rod of the same material, 5.0 mm in diameter, is tested on supports 30 mm apart. Assuming the same flexural strength, at what load, in newtons, should it fracture?"""
    strength = 3 * Q_(650, "N") * Q_(40, "mm") / (2 * Q_(8.0, "mm") * Q_(4.0, "mm") ** 2)
    return strength * math.pi * Q_(2.5, "mm") ** 3 / Q_(30, "mm")


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Weibull survival P_s = exp[−(σ/σ₀)^m] (Askeland ch. 6; Ashby & Jones)",
    solution="P_s = 0.99: σ = σ₀[−ln 0.99]^{1/m} = 400 · (0.01005)^{0.1} = 400 · 0.631 = 252 MPa.",
    forms=("tex",),
)
def h7b_cer_06():
    r"""The fracture strength of a silicon nitride component follows Weibull statistics with modulus $m = 10$ and characteristic strength $\sigma_0 = 400\,\mathrm{MPa}$ (referred to the stressed volume of the component). What is the largest stress, in MPa, that the component may carry if no more than 1 in 100 components may fail?"""
    return Q_(400, "MPa") * (-math.log(0.99)) ** (1 / 10)


@item(
    S,
    "ceramics_composites",
    "kg/m**3",
    "rock-salt structure: ρ = n'(A_C + A_A)/(V_C N_A), n' = 4 (Callister ch. 12)",
    solution="ρ = 4 · (24.305 + 15.999)/[(0.4212×10⁻⁷ cm)³ · 6.022×10²³] = 161.2/(7.472×10⁻²³ · 6.022×10²³) = 3.58 g/cm³ = 3.58×10³ kg/m³. The ionic radii are not needed since a is given.",
    forms=("unicode", "distractor", "unit_form"),
)
def h7b_cer_07():
    """MgO has the rock-salt structure with a lattice parameter of 0.4212 nm. The ionic radii are r(Mg²⁺) = 0.072 nm and r(O²⁻) = 0.140 nm; the atomic weights are Mg 24.305 and O 15.999 g mol⁻¹. Compute the theoretical density of MgO in kg m⁻³."""
    formula = Q_(24.305 + A_O, "g/mol")
    return 4 * formula / (Q_(0.4212, "nm") ** 3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "percent",
    "mass conservation: ρ_g L_g³ = ρ_f L_f³, linear shrinkage = 1 − (ρ_g/ρ_f)^{1/3} (Richerson ch. 11)",
    solution="With no mass loss and isotropic shrinkage, L_f/L_g = (ρ_g/ρ_f)^{1/3} = (0.55/0.97)^{1/3} = 0.8277, so the linear shrinkage is 1 − 0.8277 = 0.1723, i.e. 17.2 %.",
    forms=("unicode", "percent", "multi_step"),
)
def h7b_cer_08():
    """A ceramic powder compact is pressed to a green density of 55 % of theoretical and sintered to 97 % of theoretical. Assuming isotropic shrinkage and no loss of mass, what linear shrinkage, in percent of the green dimension, must be allowed for in the design of the die?"""
    return Q_(1 - (0.55 / 0.97) ** (1 / 3), "dimensionless")


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "minute",
    "Faraday's law m = ItM/(nF) (Callister ch. 17)",
    solution="Mass to deposit m = ρAh = 8.96 · 150 · 25×10⁻⁴ = 3.36 g. t = mnF/(IM) = 3.36 · 2 · 96 485/(3.0 · 63.55) = 3.40×10³ s = 56.7 min. The bath concentration is not needed.",
    forms=("unicode", "multi_step", "distractor"),
)
def h7b_corr_01():
    """Copper is electroplated from an acid sulfate bath onto a part with a plated area of 150 cm², at a constant current of 3.0 A and 100 % current efficiency. How long, in minutes, does it take to deposit a layer 25 µm thick? Data: Cu 63.55 g mol⁻¹, 8.96 g cm⁻³; the bath contains 0.8 mol L⁻¹ Cu²⁺."""
    mass = Q_(8.96, "g/cm**3") * Q_(150, "cm**2") * Q_(25, "micrometer")
    return mass * 2 * F_CONST / (Q_(3.0, "A") * Q_(63.55, "g/mol"))


@item(
    S,
    "corrosion",
    "thou/year",
    "uniform penetration rate CPR = W/(ρAt) (Callister ch. 17)",
    solution="CPR = W/(ρAt) = 12.5 g/(7.87×10⁶ g m⁻³ · 0.040 m² · 0.25 yr) = 1.59×10⁻⁴ m/yr = 0.159 mm/yr; 0.159/0.0254 = 6.25 mil/yr.",
    forms=("tex", "unit_form"),
)
def h7b_corr_02():
    r"""A carbon-steel coupon with an exposed area of $0.040\,\mathrm{m^2}$ loses $12.5\,\mathrm{g}$ in three months of immersion in seawater. The density of the steel is $7.87\,\mathrm{g\,cm^{-3}}$. Express the uniform corrosion penetration rate in mils per year (1 mil $= 10^{-3}$ in)."""
    return Q_(12.5, "g") / (Q_(7.87, "g/cm**3") * Q_(0.040, "m**2") * Q_(0.25, "year"))


@item(
    S,
    "corrosion",
    "V",
    "Nernst equation ΔV = ΔV° − (RT/nF) ln([M₁ⁿ⁺]/[M₂ⁿ⁺]) (Callister ch. 17)",
    solution="Zn (more negative) is the anode: ΔV° = 0.340 − (−0.763) = 1.103 V. ΔV = 1.103 − (8.314 · 298.15/(2 · 96 485)) ln(0.010/0.50) = 1.103 + 0.01285 · 3.912 = 1.153 V. The Fe²⁺/Fe potential is not needed.",
    forms=("unicode", "table", "distractor"),
)
def h7b_corr_03():
    """A galvanic cell consists of a zinc electrode in a 0.010 M Zn²⁺ solution and a copper electrode in a 0.50 M Cu²⁺ solution, at 25 °C. Standard reduction potentials:

    Cu²⁺ + 2e⁻ → Cu    +0.340 V
    Fe²⁺ + 2e⁻ → Fe    −0.440 V
    Zn²⁺ + 2e⁻ → Zn    −0.763 V

    Compute the cell potential, in volts."""
    e_std = Q_(0.340, "V") - Q_(-0.763, "V")
    return e_std - R_GAS * kelvin(25) / (2 * F_CONST) * math.log(0.010 / 0.50)


@item(
    S,
    "corrosion",
    "mol/L",
    "Nernst: ΔV = 0 when [Sn²⁺]/[Pb²⁺] = exp(nFΔV°/RT) (Callister ch. 17)",
    solution="With Sn as anode, ΔV = (−0.126 + 0.136) − (RT/2F) ln([Sn²⁺]/[Pb²⁺]) = 0.010 − 0.01285 ln([Sn²⁺]/0.050). Pb becomes the anode when ΔV < 0: ln([Sn²⁺]/0.050) > 0.010/0.01285 = 0.778, [Sn²⁺] > 0.050 · 2.18 = 0.109 mol/L.",
    forms=("unicode", "multi_step"),
)
def h7b_corr_04():
    """A cell is built from a tin electrode in a Sn²⁺ solution and a lead electrode in a 0.050 M Pb²⁺ solution, at 25 °C; E°(Sn²⁺/Sn) = −0.136 V and E°(Pb²⁺/Pb) = −0.126 V. Above what Sn²⁺ concentration, in mol L⁻¹, does lead rather than tin become the anode?"""
    e_std = Q_(-0.126, "V") - Q_(-0.136, "V")
    ratio = math.exp(num(2 * F_CONST * e_std / (R_GAS * kelvin(25))))
    return Q_(0.050, "mol/L") * ratio


@item(
    S,
    "corrosion",
    "mm/year",
    "mixed-potential theory: η = β log(i/i₀) for both reactions, equal at i_corr; r = i_corr M/(nFρ) (Callister ch. 17)",
    solution="At the corrosion potential −0.440 + 0.10 log(i/10⁻⁷) = 0 − 0.12 log(i/10⁻⁶). With x = log i: 0.10(x + 7) + 0.12(x + 6) = 0.440, 0.22x = −0.98, x = −4.455, i_corr = 3.51×10⁻⁵ A/cm² = 0.351 A/m² (E_corr = −0.185 V). r = iM/(nFρ) = 0.351 · 55.85×10⁻³/(2 · 96 485 · 7870) = 1.29×10⁻¹¹ m/s = 0.41 mm/yr.",
    forms=("unicode", "table", "multi_step"),
)
def h7b_corr_05():
    """Iron corrodes in a deaerated acid solution (pH 0, Fe²⁺ activity 1) at 25 °C. Kinetic data:

    Fe → Fe²⁺ + 2e⁻:        E° = −0.440 V (SHE), i₀ = 1 × 10⁻⁷ A cm⁻², Tafel slope β = +0.10 V per decade
    2H⁺ + 2e⁻ → H₂ on Fe:   E = 0 V (SHE),      i₀ = 1 × 10⁻⁶ A cm⁻², Tafel slope β = −0.12 V per decade

    Assuming both reactions are under activation control, compute (a) the corrosion potential and (b) the corrosion rate of the iron in mm per year (Fe: 55.85 g mol⁻¹, 7.87 g cm⁻³)."""
    e_fe, i0_fe, b_fe = -0.440, 1e-7, 0.10
    e_h, i0_h, b_h = 0.0, 1e-6, 0.12
    log_i = (e_h - e_fe + b_fe * math.log10(i0_fe) + b_h * math.log10(i0_h)) / (b_fe + b_h)
    i_corr = Q_(10**log_i, "A/cm**2")
    return i_corr * Q_(55.85, "g/mol") / (2 * F_CONST * Q_(7.87, "g/cm**3"))


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P–B = A_Oρ_M/(A_Mρ_O) for MO (Callister ch. 17)",
    solution="P–B = A_NiO ρ_Ni/(A_Ni ρ_NiO) = 74.69 · 8.90/(58.69 · 6.67) = 664.7/391.5 = 1.70; between 1 and 2, so the NiO scale is expected to be protective. The melting points are not needed.",
    forms=("unicode", "multi_part", "distractor", "spaced_thousands"),
)
def h7b_corr_06():
    """Nickel oxidises at high temperature to NiO. Data: Ni — 58.69 g mol⁻¹, 8.90 g cm⁻³, melting point 1 455 °C; NiO — 74.69 g mol⁻¹, 6.67 g cm⁻³, melting point 1 955 °C.
    (a) Compute the Pilling–Bedworth ratio for this metal–oxide pair.
    (b) Would you expect the oxide scale to be protective? Explain."""
    oxide_volume = Q_(74.69, "g/mol") / Q_(6.67, "g/cm**3")
    metal_volume = Q_(58.69, "g/mol") / Q_(8.90, "g/cm**3")
    return oxide_volume / metal_volume


@item(
    S,
    "corrosion",
    "hour",
    "parabolic oxidation W² = K₁t (Callister ch. 17)",
    solution="W² = K₁t with W = 0 at t = 0: K₁ = 0.32²/20 = 5.12×10⁻³ mg² cm⁻⁴ min⁻¹; t = 1.0²/5.12×10⁻³ = 195 min = 3.26 h. The linear rate constant of the reference alloy is not needed.",
    forms=("unicode", "distractor", "unit_form"),
)
def h7b_corr_07():
    """An Fe–Cr alloy oxidises at 900 °C following the parabolic rate law. After 20 min its mass gain is 0.32 mg cm⁻²; a non-protective reference alloy at the same temperature oxidises linearly at 0.05 mg cm⁻² min⁻¹. How long, in hours, will it take for the mass gain of the Fe–Cr alloy to reach 1.0 mg cm⁻²?"""
    w1, t1 = Q_(0.32, "mg/cm**2"), Q_(20, "min")
    k_p = w1**2 / t1
    return Q_(1.0, "mg/cm**2") ** 2 / k_p


@item(
    S,
    "corrosion",
    "mm/year",
    "uniform penetration rate CPR = W/(ρAt) needs the exposed area A",
    refuse="the exposed (corroding) area of the pipe is not given, so the mass loss cannot be turned into a penetration depth",
    solution="CPR = W/(ρAt) = 35 g/(7.87 g cm⁻³ · A · 1 yr); neither the exposed area nor the pipe dimensions are given, so the rate cannot be computed.",
    forms=("unicode", "must_refuse"),
)
def h7b_corr_08():
    """A buried carbon-steel pipe (density 7.87 g cm⁻³) loses 35 g of metal by uniform corrosion in one year. Compute the corrosion penetration rate in mm per year."""
    return None
