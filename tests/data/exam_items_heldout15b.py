"""Set heldout15 (set P), second half: 60 questions over seven topics of a qualifying exam.

Written blind: the writer read only the registry (``exam_items.py``), the shared quantities
(``exam_quantities.py``) and the head of one earlier item file for its layout; not the answer
engine, the checker, the solver or the questions of earlier sets. Each key is computed in the body
with pint quantities or plain math; ``solution`` is the worked solution in words, ``forms`` says
how the text is written. A question with two standard readings returns a dict of them (primary
first); one that must be refused returns None and says why in ``refuse=``.
"""

from __future__ import annotations

import math
from typing import Any

from exam_items import item
from exam_quantities import AVOGADRO, BOHR, C0, EPS0, F_CONST, MU0, Q_, Q_E, R_GAS, H, kelvin, num

S = "heldout15"


def delta_f(deg_f: float) -> Any:
    """A temperature difference given in Fahrenheit degrees, as kelvins."""
    return Q_(deg_f / 1.8, "K")


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "ohm",
    "σ = n_i e (μ_e + μ_h), R = L/(σA) (Callister ch. 18)",
    solution="n_i = 10^19.4 = 2.512 × 10¹⁹ m⁻³. σ = 2.512 × 10¹⁹ × 1.602 × 10⁻¹⁹ × (0.38 + 0.18) = 2.254 S/m. A = 3 mm × 2 mm = 6.0 × 10⁻⁶ m², so R = 0.025/(2.254 × 6.0 × 10⁻⁶) = 1849 Ω.",
    forms=("ascii", "log_given", "two_step", "named_unit", "sig_figs"),
)
def h15b_elec_01():
    """A bar of intrinsic germanium has a 3 mm x 2 mm cross-section and is 25 mm long. At room temperature log10(n_i) = 19.4 with n_i in m^-3, and the electron and hole mobilities are 0.38 and 0.18 m^2/(V s). What is the resistance of the bar measured end to end, in ohms, to three significant figures?"""
    n_i = Q_(10**19.4, "1/m**3")
    sigma = n_i * Q_E * Q_(0.38 + 0.18, "m**2/(V*s)")
    return Q_(25, "mm") / (sigma * Q_(3, "mm") * Q_(2, "mm"))


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "extrinsic n-type: σ ≈ n e μ_e, n = donor concentration (Callister ch. 18)",
    solution="Atom density of Si from ρ = 2.33 g/cm³ and A = 28.09 g/mol: N = 2.33 × 6.022 × 10²³/28.09 = 4.995 × 10²² cm⁻³ = 4.995 × 10²⁸ m⁻³. One As in 10⁷ Si gives n = 4.995 × 10²¹ m⁻³ (all ionised, far above n_i). σ = 4.995 × 10²¹ × 1.602 × 10⁻¹⁹ × 0.125 = 100.0 (Ω·m)⁻¹.",
    forms=("words_givens", "known_datum_not_given", "two_step", "unicode"),
)
def h15b_elec_02():
    """Silicon is doped so that one silicon atom in every ten million is replaced by arsenic. Assuming every arsenic atom gives up one electron at room temperature and taking the electron mobility as 0.125 m²/V·s, estimate the electrical conductivity of the doped crystal in (Ω·m)⁻¹."""
    n_si = Q_(2.33, "g/cm**3") * AVOGADRO / Q_(28.09, "g/mol")
    n = n_si / 1e7
    return n * Q_E * Q_(0.125, "m**2/(V*s)")


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "intrinsic σ ∝ exp(−E_g/2kT): slope of ln σ vs 1/T is −E_g/2k (Callister eq. 18.36)",
    solution="For an intrinsic semiconductor ln σ = C − E_g/(2kT), so the slope is −E_g/(2k). E_g = 2 × 8.617 × 10⁻⁵ eV/K × 6960 K = 1.200 eV.",
    forms=("graph", "one_step", "bracket_unit"),
)
def h15b_elec_03():
    """Conductivity data for a pure (intrinsic) semiconductor are plotted as ln σ against 1/T, with T in kelvin. The points fall on a straight line of slope −6 960 K. Find the band gap [eV]."""
    k_ev = Q_(1.380649e-23, "J/K").to("eV/K")
    return 2 * k_ev * Q_(6960, "K")


@item(
    S,
    "electrical_semiconductors",
    "1/cm**3",
    "Hall effect: V_H = IB/(n e d) (Callister eq. 18.18)",
    solution="n = IB/(e d |V_H|) = 0.025 × 0.60/(1.602 × 10⁻¹⁹ × 2.0 × 10⁻⁴ × 1.8 × 10⁻³) = 2.60 × 10²³ m⁻³ = 2.60 × 10¹⁷ cm⁻³. The length and width of the slab are not needed (the thickness along B is).",
    forms=("tex", "distractor", "one_step", "named_unit", "sign_convention"),
)
def h15b_elec_04():
    r"""A Hall-effect slab of an n-type semiconductor is $12\ \mathrm{mm}$ long, $4\ \mathrm{mm}$ wide and $0.20\ \mathrm{mm}$ thick (the thickness being measured along the applied field). With a current of $25\ \mathrm{mA}$ along its length and $B = 0.60\ \mathrm{T}$ normal to its broad face, a Hall voltage of $-1.8\ \mathrm{mV}$ is read. Determine the electron concentration, in $\mathrm{cm^{-3}}$."""
    i = Q_(25, "mA")
    b = Q_(0.60, "T")
    d = Q_(0.20, "mm")
    v_h = Q_(1.8, "mV")
    return i * b / (Q_E * d * v_h)


@item(
    S,
    "electrical_semiconductors",
    None,
    "intrinsic σ(T) needs the band gap",
    refuse="the material is unidentified and its band gap is not given, so σ at 450 K cannot be scaled from the single 300 K value",
    solution="σ(T) ∝ T^(3/2) exp(−E_g/2kT) for an intrinsic semiconductor; one conductivity value at one temperature does not fix E_g, and the material is not named, so no standard value can be used. The question cannot be answered from the data.",
    forms=("must_refuse", "missing_datum", "story"),
)
def h15b_elec_05():
    """A research group receives a sliver of a new intrinsic semiconducting compound. At 300 K its conductivity is measured as 0.50 (ohm m)^-1, and its electron mobility is known to be about 0.2 m^2/V s. The furnace in which it will be used runs at 450 K. What conductivity should the designers expect at that temperature?"""
    return None


@item(
    S,
    "electrical_semiconductors",
    "nC",
    "C = ε_r ε_0 A/d, Q = CV (Callister ch. 18)",
    solution="A = (1.5 in)² = (0.0381 m)² = 1.452 × 10⁻³ m²; d = 0.080 in = 2.032 × 10⁻³ m. C = 5.4 × 8.854 × 10⁻¹² × 1.452 × 10⁻³/2.032 × 10⁻³ = 3.416 × 10⁻¹¹ F. Q = CV = 3.416 × 10⁻¹¹ × 120 = 4.10 × 10⁻⁹ C = 4.10 nC.",
    forms=("us_units", "two_step", "named_unit"),
)
def h15b_elec_06():
    """A parallel-plate capacitor has square plates 1.5 in. on a side separated by a 0.080 in. sheet of mica (relative permittivity 5.4). How much charge, in nanocoulombs, is stored on each plate when 120 V is applied?"""
    side = Q_(1.5, "inch")
    c = 5.4 * EPS0 * side**2 / Q_(0.080, "inch")
    return c * Q_(120, "V")


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "Matthiessen: ρ = ρ_t + ρ_i, ρ_i = A c(1 − c) (Callister eqs. 18.10, 18.12)",
    solution="ρ_i = A c(1 − c) = 1.2 × 10⁻⁶ × 0.03 × 0.97 = 3.49 × 10⁻⁸ Ω·m. ρ = 1.69 × 10⁻⁸ + 3.49 × 10⁻⁸ = 5.18 × 10⁻⁸ Ω·m, which is 5.18/1.69 = 3.07 times that of pure copper.",
    forms=("ascii", "by_what_factor", "two_step", "where_symbols"),
)
def h15b_elec_07():
    """Pure copper has a room-temperature resistivity of 1.69e-8 ohm m. Nickel is added to 3 at.% (solid solution). The impurity contribution follows rho_i = A c (1 - c), where c is the atom fraction of nickel and A = 1.2e-6 ohm m. By what factor is the resistivity of the alloy larger than that of pure copper at the same temperature?"""
    rho0 = Q_(1.69e-8, "ohm*m")
    c = 0.03
    rho_i = Q_(1.2e-6, "ohm*m") * c * (1 - c)
    return (rho0 + rho_i) / rho0


@item(
    S,
    "electrical_semiconductors",
    "degF",
    "R = R_0[1 + α(T − T_0)] (Callister eq. 18.10 form)",
    solution="R/R_0 − 1 = 15.0/12.0 − 1 = 0.25 = αΔT, so ΔT = 0.25/0.0039 = 64.1 °C and T = 20 + 64.1 = 84.1 °C = 84.1 × 1.8 + 32 = 183.4 °F.",
    forms=("inverse", "us_units", "one_step", "unicode"),
)
def h15b_elec_08():
    """A copper winding reads 12.0 Ω at 20 °C. Copper's temperature coefficient of resistance is 0.0039 per °C. At what winding temperature, in °F, will the resistance have risen to 15.0 Ω?"""
    dt_c = (15.0 / 12.0 - 1) / 0.0039
    t_c = 20 + dt_c
    return t_c * 1.8 + 32


@item(
    S,
    "electrical_semiconductors",
    "ps",
    "drift velocity v_d = μE, transit time t = L/v_d (Kasap ch. 2)",
    solution="E = 0.10 V/2.0 µm = 500 V/cm. v_d = μE = 8500 × 500 = 4.25 × 10⁶ cm/s (below the saturation velocity). t = L/v_d = 2.0 × 10⁻⁴ cm/4.25 × 10⁶ cm/s = 4.71 × 10⁻¹¹ s = 47.1 ps.",
    forms=("multi_part", "later_part", "multi_step", "unicode"),
)
def h15b_elec_09():
    """In a GaAs device an electron channel 2.0 µm long has 0.10 V across it. The electron mobility is 8500 cm²/(V·s).
    (a) What is the electric field in V/cm?
    (b) What is the electron drift velocity?
    (c) How long, in picoseconds, does an electron take to drift the length of the channel?
    Answer part (c)."""
    length = Q_(2.0, "um")
    field = Q_(0.10, "V") / length
    v_d = Q_(8500, "cm**2/(V*s)") * field
    return length / v_d


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "A/m",
    "M_s = (μ_B per atom) × μ_B × N; Ni 0.60 μ_B/atom (Callister ch. 20)",
    solution="N = ρN_A/A = 8.90 × 6.022 × 10²³/58.69 = 9.13 × 10²² cm⁻³ = 9.13 × 10²⁸ m⁻³. Using the textbook net moment of 0.60 Bohr magneton per Ni atom, M_s = 0.60 × 9.274 × 10⁻²⁴ × 9.13 × 10²⁸ = 5.08 × 10⁵ A/m.",
    forms=("unicode", "known_datum_not_given", "two_step"),
)
def h15b_mag_01():
    """Estimate the saturation magnetization of nickel in A/m. Nickel has a density of 8.90 g/cm³ and an atomic weight of 58.69 g/mol; use the accepted net magnetic moment per nickel atom."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return 0.60 * BOHR * n


@item(
    S,
    "magnetic",
    "kA/m",
    "Fe3O4: net 4 μ_B per formula unit (Fe²⁺ only), 8 formula units per cubic cell (Callister ch. 20)",
    solution="In magnetite the Fe³⁺ moments cancel and each Fe²⁺ contributes 4 μ_B, so 4 μ_B per formula unit. Per cell: 8 × 4 × 9.274 × 10⁻²⁴ = 2.968 × 10⁻²² A·m². V = (8.39 × 10⁻¹⁰ m)³ = 5.906 × 10⁻²⁸ m³. M_s = 5.03 × 10⁵ A/m = 503 kA/m.",
    forms=("unicode", "known_datum_not_given", "two_step", "named_unit"),
)
def h15b_mag_02():
    """Magnetite (Fe₃O₄) has the inverse spinel structure with a cubic unit cell of edge 8.39 Å containing eight formula units. Treating the ferrimagnetic arrangement in the usual way, compute the saturation magnetization and express it in kA/m."""
    moment = 8 * 4 * BOHR
    return moment / Q_(8.39, "angstrom") ** 3


@item(
    S,
    "magnetic",
    "kA/m",
    "H = NI/l, M = χ_m H = (μ_r − 1)H (Callister eqs. 20.1, 20.7)",
    solution="(a) H = NI/l = 400 × 0.60/0.25 = 960 A/m. (b) B = μ_0 μ_r H = 4π × 10⁻⁷ × 800 × 960 = 0.965 T. (c) M = (μ_r − 1)H = 799 × 960 = 7.67 × 10⁵ A/m = 767 kA/m.",
    forms=("multi_part", "later_part", "two_step", "ascii"),
)
def h15b_mag_03():
    """A coil of 400 turns wound uniformly over a 0.25 m length carries 0.60 A. Its core is a ferrous alloy whose relative permeability may be taken as 800 (assume it is not saturated).
    (a) Find the field strength H.
    (b) Find the flux density B in the core.
    (c) Find the magnetization M of the core material, in kA/m."""
    h_field = 400 * Q_(0.60, "A") / Q_(0.25, "m")
    return (800 - 1) * h_field


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie law χ = C/T for a paramagnet",
    solution="For an ideal paramagnet χ ∝ 1/T. Liquid nitrogen boils at 77 K, so χ = 3.2 × 10⁻⁴ × 300/77 = 1.25 × 10⁻³.",
    forms=("story", "known_datum_not_given", "one_step", "tex"),
)
def h15b_mag_04():
    r"""A dilute paramagnetic salt obeys the Curie law. Its volume susceptibility at $300\ \mathrm{K}$ is $3.2\times10^{-4}$. The sample is then immersed in boiling liquid nitrogen. What is its susceptibility now?"""
    return 3.2e-4 * 300 / 77


@item(
    S,
    "magnetic",
    None,
    "Curie–Weiss χ = C/(T − θ) holds only in the paramagnetic state, T > T_C",
    refuse="room temperature is below iron's Curie temperature (1043 K); iron is ferromagnetic there, so the Curie–Weiss law fitted above T_C cannot give its susceptibility",
    solution="The Curie–Weiss law describes the paramagnetic region above T_C = 1043 K (770 °C). At 25 °C iron is ferromagnetic, its response is non-linear and hysteretic, and no susceptibility follows from the law. Refuse.",
    forms=("must_refuse", "validity", "unicode"),
)
def h15b_mag_05():
    """Above its Curie point, iron's susceptibility follows χ = C/(T − θ) with C = 1.2 K and θ = 1050 K. A student wants the susceptibility of the same iron at 25 °C. Use the law to find it."""
    return None


@item(
    S,
    "magnetic",
    "W",
    "hysteresis loss per cycle = loop area; square loop area = 4 H_c B_r; P = area × f × V",
    solution="A square loop has sides 2H_c and 2B_r, so its area is 4 × 40 × 1.2 = 192 J/m³ per cycle. P = 192 × 60 × 0.012 = 138 W.",
    forms=("graph", "multi_step", "ascii", "distractor"),
)
def h15b_mag_06():
    """The B-H loop of a transformer-core alloy is very nearly rectangular: it runs between H = -40 and +40 A/m and between B = -1.2 and +1.2 T. The alloy's resistivity is 45e-8 ohm m. The core has a volume of 0.012 m^3 and is cycled at 60 Hz. Estimate the hysteresis power loss in watts."""
    area = (2 * Q_(40, "A/m")) * (2 * Q_(1.2, "T"))
    return area * Q_(60, "Hz") * Q_(0.012, "m**3")


@item(
    S,
    "magnetic",
    "dimensionless",
    "B = μ_0 μ_r H, χ_m = μ_r − 1 (Callister eqs. 20.2–20.4)",
    solution="μ_r = B/(μ_0 H) = 1.0/(4π × 10⁻⁷ × 500) = 1591.5; χ_m = μ_r − 1 = 1590.5 ≈ 1.59 × 10³.",
    forms=("data_line", "two_step", "unicode"),
)
def h15b_mag_07():
    """A soft-iron specimen is magnetized along the initial curve. Data: H = 500 A/m, B = 1.0 T at that point. What is the magnetic susceptibility χ_m of the specimen?"""
    mu_r = num(Q_(1.0, "T") / (MU0 * Q_(500, "A/m")))
    return mu_r - 1


@item(
    S,
    "magnetic",
    "K",
    "H_c(T) = H_0[1 − (T/T_c)²] (Callister eq. 20.14)",
    solution="T = T_c √(1 − H_c/H_0) = 7.19 × √(1 − 4.0/6.5) = 7.19 × 0.6202 = 4.46 K.",
    forms=("inverse", "where_symbols", "tex", "one_step"),
)
def h15b_mag_08():
    r"""For lead, $T_c = 7.19\ \mathrm{K}$ and the critical field follows $H_c(T) = H_0\left[1-(T/T_c)^2\right]$, where $H_0 = 6.5\times10^{4}\ \mathrm{A/m}$ is the critical field at $0\ \mathrm{K}$. Below what temperature will lead remain superconducting in an applied field of $4.0\times10^{4}\ \mathrm{A/m}$?"""
    return Q_(7.19, "K") * math.sqrt(1 - 4.0 / 6.5)


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "eV",
    "absorption edge: E_g = hc/λ (Callister ch. 21)",
    solution="The edge is at λ = 0.87 µm. E_g = hc/λ = 1239.8 eV·nm/870 nm = 1.425 eV.",
    forms=("inverse", "unicode", "one_step", "bracket_unit"),
)
def h15b_opt_01():
    """A thin semiconductor wafer is opaque to light shorter than 0.87 µm and transparent to longer wavelengths. Estimate its band gap [eV]."""
    return (H * C0 / Q_(0.87, "um")).to("eV")


@item(
    S,
    "optical",
    "degree",
    "NA = √(n₁² − n₂²) = sin θ_a (step-index fibre, Kasap ch. 2)",
    solution="NA = √(1.48² − 1.46²) = √0.0588 = 0.2425; the acceptance half-angle in air is θ = arcsin 0.2425 = 14.0°. (The critical angle at the core/cladding interface, arcsin(1.46/1.48) = 80.6°, is an intermediate.)",
    forms=("two_step", "ascii", "named_unit"),
)
def h15b_opt_02():
    """A step-index optical fibre has a core of index 1.48 and cladding of index 1.46. What is the maximum half-angle (degrees, measured from the fibre axis in air) at which light can enter the end face and still be guided by total internal reflection?"""
    na = math.sqrt(1.48**2 - 1.46**2)
    return Q_(math.degrees(math.asin(na)), "degree")


@item(
    S,
    "optical",
    "percent",
    "I/I₀ = exp(−βx) for the non-reflected light (Callister eq. 21.18)",
    solution="exp(−β × 10 mm) = 0.90, so β = ln(1/0.90)/10 mm = 0.01054 mm⁻¹. For 25 mm: exp(−0.01054 × 25) = 0.90^2.5 = 0.768, i.e. 76.8 %.",
    forms=("inverse", "two_step", "percent", "unicode"),
)
def h15b_opt_03():
    """A 10 mm thick glass block transmits 90 % of the light that actually enters it (reflection losses are excluded). What percentage of the entering light would get through a 25 mm block of the same glass?"""
    beta = math.log(1 / 0.90) / 10.0
    return Q_(100 * math.exp(-beta * 25.0), "percent")


@item(
    S,
    "optical",
    None,
    "n = √ε_r holds only with ε_r at the optical frequency (electronic polarization only)",
    refuse="the static dielectric constant of water includes orientational polarization, which cannot follow optical frequencies, so n = √ε_r does not apply and gives a wrong index",
    solution="n = √ε_r uses the relative permittivity at the frequency of the light. Water's static ε_r = 80 is dominated by dipole orientation, which is absent at ~10¹⁵ Hz (the true index is 1.33, not 8.9). The relation is outside its range of validity; refuse.",
    forms=("must_refuse", "validity", "tex"),
)
def h15b_opt_04():
    r"""Pure water has a relative dielectric constant $\varepsilon_r = 80$, measured with a low-frequency capacitance bridge. Using $n = \sqrt{\varepsilon_r}$, calculate the refractive index of water for yellow sodium light."""
    return None


@item(
    S,
    "optical",
    "percent",
    "R = ((n − 1)/(n + 1))² at normal incidence (Callister eq. 21.13)",
    solution="One air/glass surface: R = (0.52/2.52)² = 0.0426, i.e. 4.26 %. Counting both faces of the pane (ignoring multiple reflections): 1 − (1 − 0.0426)² = 0.0834, i.e. 8.34 %.",
    forms=("two_readings", "percent", "unicode", "one_step"),
)
def h15b_opt_05():
    """Light falls at normal incidence from air onto a flat pane of soda-lime glass, n = 1.52. What percentage of the incident intensity is reflected?"""
    r = ((1.52 - 1) / (1.52 + 1)) ** 2
    return {
        "one_surface": Q_(100 * r, "percent"),
        "both_faces": Q_(100 * (1 - (1 - r) ** 2), "percent"),
    }


@item(
    S,
    "optical",
    "1/s",
    "photon energy E = hc/λ; photon rate = P/E",
    solution="E = hc/λ = 6.626 × 10⁻³⁴ × 2.998 × 10⁸/632.8 × 10⁻⁹ = 3.139 × 10⁻¹⁹ J. Rate = 5.0 × 10⁻³/3.139 × 10⁻¹⁹ = 1.59 × 10¹⁶ photons per second.",
    forms=("unicode", "two_step", "story"),
)
def h15b_opt_06():
    """A student's He–Ne laser pointer is labelled 5.0 mW, 632.8 nm. How many photons leave it every second?"""
    e_photon = H * C0 / Q_(632.8, "nm")
    return Q_(5.0, "mW") / e_photon


@item(
    S,
    "optical",
    "ms",
    "phosphorescence decay I = I₀ exp(−t/τ) (Callister eq. 21.21)",
    solution="I/I₀ = 1/3 at 4.5 ms gives τ = 4.5/ln 3 = 4.096 ms. For I/I₀ = 0.01: t = τ ln 100 = 4.096 × 4.605 = 18.9 ms.",
    forms=("words_givens", "inverse", "two_step", "ascii"),
)
def h15b_opt_07():
    """After the exciting beam is switched off, the glow of a phosphor screen falls to a third of its initial brightness in 4.5 ms. Assuming simple exponential decay, how many milliseconds after switch-off has it fallen to 1 percent of the initial brightness?"""
    tau = 4.5 / math.log(3)
    return Q_(tau * math.log(100), "ms")


@item(
    S,
    "optical",
    "degree",
    "Brewster angle tan θ_B = n₂/n₁",
    solution="tan θ_B = n_glass/n_water = 1.50/1.33 = 1.128, θ_B = 48.4°. The plate thickness does not matter.",
    forms=("tex", "distractor", "one_step", "named_unit"),
)
def h15b_opt_08():
    r"""A $6\ \mathrm{mm}$ glass plate ($n = 1.50$) lies at the bottom of a water tank ($n = 1.33$). At what angle of incidence, measured from the normal in the water, is the light reflected from the glass completely plane-polarized? Give the angle in degrees."""
    return Q_(math.degrees(math.atan(1.50 / 1.33)), "degree")


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "inch",
    "ΔL = α L₀ ΔT (Callister eq. 19.3)",
    solution="ΔT = 110 − (−20) = 130 °F = 72.2 K. ΔL = 12 × 10⁻⁶ × 12 m × 72.2 = 1.04 × 10⁻² m = 0.409 in.",
    forms=("us_units", "one_step", "story", "unicode"),
)
def h15b_therm_01():
    """Steel rails 12 m long are laid on a winter day at −20 °F. Summer track temperatures reach 110 °F. Taking α = 12 × 10⁻⁶ per °C for the steel, how wide a gap (in inches) must be left between rail ends so that they just touch at the highest temperature?"""
    return 12e-6 / Q_(1, "K") * Q_(12, "m") * delta_f(110 - (-20))


@item(
    S,
    "thermal",
    "MPa",
    "σ = −Eα ΔT for a fully restrained bar on heating (Callister eq. 19.8)",
    solution="The bar cannot expand, so it is compressed: σ = −EαΔT = −100 × 10³ MPa × 20 × 10⁻⁶ × (80 − 20) = −120 MPa (compressive).",
    forms=("sign_convention", "one_step", "tex"),
)
def h15b_therm_02():
    r"""A brass rod is clamped rigidly between two walls at $20\ ^{\circ}\mathrm{C}$, stress-free, and is then heated uniformly to $80\ ^{\circ}\mathrm{C}$. For brass $E = 100\ \mathrm{GPa}$ and $\alpha_l = 20\times10^{-6}\ (^{\circ}\mathrm{C})^{-1}$. Find the axial stress in the rod in MPa (tension positive, compression negative)."""
    return -Q_(100, "GPa") * 20e-6 * (80 - 20)


@item(
    S,
    "thermal",
    "MJ",
    "Fourier's law q = k ΔT/Δx (Callister eq. 19.5)",
    solution="q = kΔT/Δx = 51.9 × 100/0.0075 = 6.92 × 10⁵ W/m². Over 0.25 m² for one hour: 6.92 × 10⁵ × 0.25 × 3600 = 6.23 × 10⁸ J = 623 MJ. The steel's density and specific heat are not needed in steady state.",
    forms=("distractor", "two_step", "ascii", "named_unit"),
)
def h15b_therm_03():
    """A steel sheet 7.5 mm thick has one face held at 150 deg C and the other at 50 deg C (steady state). Data: k = 51.9 W/(m K), density 7.85 g/cm^3, specific heat 486 J/(kg K). How much heat flows through 0.25 m^2 of the sheet in one hour? Answer in MJ."""
    q = Q_(51.9, "W/(m*K)") * Q_(100, "K") / Q_(7.5, "mm")
    return q * Q_(0.25, "m**2") * Q_(1, "hour")


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Dulong–Petit: C_v ≈ 3R per mole of atoms",
    solution="Above the Debye temperature each atom contributes 3R = 24.94 J/(mol·K). MgO has two atoms per formula unit, so per mole of MgO C_v ≈ 6R = 49.9 J/(mol·K); per mole of atoms it is 24.9 J/(mol·K).",
    forms=("two_readings", "known_datum_not_given", "one_step", "unicode"),
)
def h15b_therm_04():
    """Estimate the molar heat capacity at constant volume of magnesium oxide at a temperature well above its Debye temperature, in J/(mol·K)."""
    return {"per_mole_MgO": 6 * R_GAS, "per_mole_atoms": 3 * R_GAS}


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Debye low-temperature law C_v = AT³, valid for T ≪ θ_D (Callister eq. 19.2)",
    solution="30 K is below θ_D/10 = 42 K, so C_v ∝ T³: C_v = 0.31 × (30/12)³ = 0.31 × 15.63 = 4.84 J/(mol·K).",
    forms=("ratio", "one_step", "ascii", "distractor"),
)
def h15b_therm_05():
    """The molar heat capacity of a nonmetallic crystal is 0.31 J/(mol K) at 12 K. Its Debye temperature is 420 K. Estimate the molar heat capacity at 30 K."""
    return Q_(0.31, "J/(mol*K)") * (30 / 12) ** 3


@item(
    S,
    "thermal",
    None,
    "the Debye T³ law holds only for T ≪ θ_D",
    refuse="300 K is close to the Debye temperature (345 K), far outside the T³ region; the law would give a heat capacity far above the 3R limit",
    solution="C_v = AT³ applies only at T ≲ θ_D/10. At 300 K ≈ 0.9 θ_D the heat capacity is near 3R, and the T³ extrapolation (about 0.02 × (300/15)³ = 160 J/(mol·K)) violates Dulong–Petit. The question asks for a relation outside its validity; refuse.",
    forms=("must_refuse", "validity", "tex"),
)
def h15b_therm_06():
    r"""A metal with Debye temperature $\theta_D = 345\ \mathrm{K}$ has $C_v = 0.020\ \mathrm{J\,mol^{-1}K^{-1}}$ at $15\ \mathrm{K}$. Use the $T^3$ law, $C_v = AT^3$, to calculate $C_v$ at $300\ \mathrm{K}$."""
    return None


@item(
    S,
    "thermal",
    "K",
    "surface thermal stress on quenching σ = EαΔT/(1 − ν); fracture when σ = σ_f",
    solution="ΔT_max = σ_f(1 − ν)/(Eα) = 70 × 10⁶ × 0.77/(69 × 10⁹ × 9.0 × 10⁻⁶) = 86.8 K (86.8 °C).",
    forms=("inverse", "where_symbols", "unicode", "one_step"),
)
def h15b_therm_07():
    """When a hot glass plate is plunged into cold water, the surface stress is σ = EαΔT/(1 − ν), where ΔT is the sudden temperature drop, E = 69 GPa, α = 9.0 × 10⁻⁶ K⁻¹ and ν = 0.23. The glass breaks when the surface stress reaches 70 MPa. What is the largest quench temperature drop the plate survives, in K?"""
    return Q_(70, "MPa") * (1 - 0.23) / (Q_(69, "GPa") * Q_(9.0e-6, "1/K"))


@item(
    S,
    "thermal",
    "kJ",
    "Q = m c_p ΔT",
    solution="Q = 2.0 lbm × 0.092 Btu/(lbm·°F) × (400 − 70) °F = 60.7 Btu = 60.7 × 1.0551 kJ = 64.1 kJ.",
    forms=("us_units", "one_step", "named_unit", "ascii"),
)
def h15b_therm_08():
    """How much heat (in kJ) must be supplied to raise 2.0 lbm of copper from 70 F to 400 F? The specific heat of copper is 0.092 Btu/(lbm F)."""
    return Q_(2.0 * 0.092 * (400 - 70), "Btu")


@item(
    S,
    "thermal",
    "W/(m*K)",
    "Wiedemann–Franz k = LσT, L = 2.44 × 10⁻⁸ W·Ω/K² (Callister eq. 19.7)",
    solution="With the Lorenz number L = 2.44 × 10⁻⁸ W·Ω/K²: k = 2.44 × 10⁻⁸ × 4.3 × 10⁷ × 300 = 315 W/(m·K).",
    forms=("known_datum_not_given", "one_step", "tex"),
)
def h15b_therm_09():
    r"""Gold has an electrical conductivity of $4.3\times10^{7}\ (\Omega\cdot\mathrm{m})^{-1}$ at $300\ \mathrm{K}$. Estimate its thermal conductivity at that temperature, in $\mathrm{W\,m^{-1}K^{-1}}$, assuming heat is carried by the free electrons."""
    return Q_(2.44e-8, "W*ohm/K**2") * Q_(4.3e7, "S/m") * Q_(300, "K")


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "M_n = Σ x_i M_i; DP = M_n/m (Callister eqs. 14.5a, 14.6)",
    decimals=0,
    solution="M_n = 0.10 × 10 000 + 0.30 × 20 000 + 0.40 × 30 000 + 0.20 × 40 000 = 27 000 g/mol. The PVC repeat unit C₂H₃Cl has m = 62.50 g/mol, so DP = 27 000/62.50 = 432.",
    forms=("table", "spaced_thousands", "known_datum_not_given", "two_step", "rounding"),
)
def h15b_poly_01():
    """The molecular-weight distribution of a poly(vinyl chloride) resin is summarised below.

    Mean M of range (g/mol)   |  10 000 | 20 000 | 30 000 | 40 000
    Number fraction x_i       |   0.10  |  0.30  |  0.40  |  0.20

    What is its number-average degree of polymerization, to the nearest whole number?"""
    xs = (0.10, 0.30, 0.40, 0.20)
    ms = (10000, 20000, 30000, 40000)
    m_n = sum(x * m for x, m in zip(xs, ms, strict=True))
    repeat = 2 * 12.011 + 3 * 1.008 + 35.453
    return m_n / repeat


@item(
    S,
    "polymers",
    "dimensionless",
    "M_w = Σ x_i M_i²/Σ x_i M_i; PDI = M_w/M_n",
    decimals=2,
    solution="M_n = Σ x_i M_i = 0.20 × 8 + 0.35 × 16 + 0.30 × 24 + 0.15 × 32 = 19.2 kg/mol. Σ x_i M_i² = 12.8 + 89.6 + 172.8 + 153.6 = 428.8, so M_w = 428.8/19.2 = 22.33 kg/mol. PDI = 22.33/19.2 = 1.16.",
    forms=("multi_step", "data_line", "rounding", "ascii"),
)
def h15b_poly_02():
    """Data: chain fractions by number x = 0.20, 0.35, 0.30, 0.15 for molecular weights of 8, 16, 24 and 32 kg/mol. Calculate the polydispersity index Mw/Mn, to two decimal places."""
    xs = (0.20, 0.35, 0.30, 0.15)
    ms = (8.0, 16.0, 24.0, 32.0)
    m_n = sum(x * m for x, m in zip(xs, ms, strict=True))
    m_w = sum(x * m * m for x, m in zip(xs, ms, strict=True)) / m_n
    return m_w / m_n


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister eq. 14.8, mass basis)",
    solution="By mass (Callister): 0.946 × (0.904 − 0.855)/[0.904 × (0.946 − 0.855)] = 0.0464/0.0823 = 56.3 %. By volume: (0.904 − 0.855)/(0.946 − 0.855) = 53.8 %.",
    forms=("two_readings", "percent", "tex", "one_step"),
)
def h15b_poly_03():
    r"""A polypropylene moulding has a density of $0.904\ \mathrm{g/cm^3}$. Totally crystalline and totally amorphous polypropylene have densities of $0.946$ and $0.855\ \mathrm{g/cm^3}$. What is the percent crystallinity of the moulding?"""
    rs, rc, ra = 0.904, 0.946, 0.855
    return {
        "mass_basis": Q_(100 * rc * (rs - ra) / (rs * (rc - ra)), "percent"),
        "volume_basis": Q_(100 * (rs - ra) / (rc - ra), "percent"),
    }


@item(
    S,
    "polymers",
    "nm",
    "freely jointed chain r = d√N, N = 2 × DP bonds for a vinyl backbone (Callister eq. 14.11 form)",
    solution="DP = 280 000/28.05 = 9982 repeat units, each with 2 backbone C–C bonds: N = 19 964. r = 0.154 × √19 964 = 0.154 × 141.3 = 21.8 nm. The bond angle is not needed for this model.",
    forms=("multi_step", "distractor", "spaced_thousands", "unicode"),
)
def h15b_poly_04():
    """A linear polyethylene has a number-average molecular weight of 280 000 g/mol. Model each chain as freely jointed, with backbone C–C bonds of length 0.154 nm (the tetrahedral bond angle is 109°). Estimate the root-mean-square end-to-end distance of an average chain, in nm."""
    dp = 280000 / (2 * 12.011 + 4 * 1.008)
    n_bonds = 2 * dp
    return Q_(0.154, "nm") * math.sqrt(n_bonds)


@item(
    S,
    "polymers",
    "day",
    "stress relaxation σ = σ₀ exp(−t/τ) (Callister eq. 15.10)",
    solution="τ = 50/ln(6.0/4.2) = 50/0.3567 = 140.2 days. Time to 2.0 MPa: t = τ ln(6.0/2.0) = 140.2 × 1.0986 = 154 days.",
    forms=("inverse", "two_step", "ascii", "story"),
)
def h15b_poly_05():
    """A polymer strap holds a package under constant strain. The strap tension stress was 6.0 MPa when fitted and had relaxed to 4.2 MPa after 50 days. If the package comes loose when the stress falls to 2.0 MPa, how many days after fitting does that happen? Assume single-time-constant relaxation."""
    tau = 50 / math.log(6.0 / 4.2)
    return Q_(tau * math.log(6.0 / 2.0), "day")


@item(
    S,
    "polymers",
    "dimensionless",
    "copolymer average repeat-unit mass m̄ = f m₁ + (1 − f) m₂ = M_n/DP",
    solution="m̄ = 350 000/10 000 = 35.0 g/mol. With ethylene 28.05 and propylene 42.08 g/mol: f = (42.08 − 35.0)/(42.08 − 28.05) = 0.505.",
    forms=("known_datum_not_given", "inverse", "two_step", "spaced_thousands"),
)
def h15b_poly_06():
    """A random ethylene–propylene copolymer has a number-average molecular weight of 350 000 g/mol and a degree of polymerization of 10 000. What fraction of its repeat units are ethylene?"""
    m_e = 2 * 12.011 + 4 * 1.008
    m_p = 3 * 12.011 + 6 * 1.008
    m_bar = 350000 / 10000
    return (m_p - m_bar) / (m_p - m_e)


@item(
    S,
    "polymers",
    None,
    "M_w is not determined by M_n alone",
    refuse="only the number-average molecular weight is given; the weight average depends on the breadth of the distribution, which is not stated",
    solution="M_w = Σ w_i M_i needs the distribution (or the polydispersity index). M_n = 95 000 g/mol alone fixes DP = 95 000/104.15 = 912, but not M_w. Refuse.",
    forms=("must_refuse", "not_determinable", "unicode"),
)
def h15b_poly_07():
    """A batch of polystyrene has a number-average molecular weight of 95 000 g/mol (repeat unit C₈H₈). (a) What is its number-average degree of polymerization? (b) What is its weight-average molecular weight? Answer part (b)."""
    return None


@item(
    S,
    "polymers",
    "degC",
    "Fox equation 1/T_g = w₁/T_g1 + w₂/T_g2 (temperatures in kelvin)",
    abs_tol=0.5,
    solution="1/T_g = 0.30/373.15 + 0.70/223.15 = 8.04 × 10⁻⁴ + 3.137 × 10⁻³ = 3.941 × 10⁻³ K⁻¹, so T_g = 253.8 K = −19.4 °C.",
    forms=("where_symbols", "two_step", "unicode", "named_unit"),
)
def h15b_poly_08():
    """A random copolymer contains 30 wt% of monomer A and 70 wt% of monomer B. The homopolymers have glass-transition temperatures of 100 °C (A) and −50 °C (B). Using 1/T_g = w_A/T_gA + w_B/T_gB, where w is the weight fraction and the temperatures are absolute, estimate the copolymer's T_g in °C."""
    inv = 0.30 / num(kelvin(100) / Q_(1, "K")) + 0.70 / num(kelvin(-50) / Q_(1, "K"))
    return 1 / inv - 273.15


@item(
    S,
    "polymers",
    "g/mol",
    "Mark–Houwink [η] = K M^a",
    solution="M = ([η]/K)^(1/a) = (1.20/1.10 × 10⁻⁴)^(1/0.725) = (10 909)^1.379 = 3.71 × 10⁵ g/mol.",
    forms=("inverse", "tex", "one_step", "where_symbols"),
)
def h15b_poly_09():
    r"""For a polymer–solvent pair the Mark–Houwink relation $[\eta] = K M_v^{a}$ holds, where $K = 1.10\times10^{-4}\ \mathrm{dL/g}$ and $a = 0.725$. A dilute-solution measurement gives an intrinsic viscosity of $1.20\ \mathrm{dL/g}$. What is the viscosity-average molecular weight in g/mol?"""
    return Q_((1.20 / 1.10e-4) ** (1 / 0.725), "g/mol")


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "GPa",
    "isostrain rule of mixtures E_cl = E_m V_m + E_f V_f (Callister eq. 16.10)",
    solution="E_c = 0.40 × 10.5 × 10⁶ + 0.60 × 0.50 × 10⁶ = 4.50 × 10⁶ psi = 4.50 × 10⁶ × 6895 Pa = 31.0 GPa.",
    forms=("us_units", "one_step", "named_unit", "ascii"),
)
def h15b_cc_01():
    """A unidirectional composite has 40 vol% continuous E-glass fibres (E = 10.5 x 10^6 psi) in a polyester matrix (E = 0.50 x 10^6 psi). What is its elastic modulus along the fibres (answer in GPa)?"""
    return 0.40 * Q_(10.5e6, "psi") + 0.60 * Q_(0.50e6, "psi")


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "E_L = V_f E_f + V_m E_m; 1/E_T = V_f/E_f + V_m/E_m (Callister eqs. 16.10, 16.16)",
    solution="E_L = 0.55 × 131 + 0.45 × 2.4 = 73.1 GPa. 1/E_T = 0.55/131 + 0.45/2.4 = 0.1917 GPa⁻¹, E_T = 5.22 GPa. Ratio E_L/E_T = 14.0.",
    forms=("ratio", "by_what_factor", "multi_step", "unicode"),
)
def h15b_cc_02():
    """An aligned aramid–epoxy lamina has V_f = 0.55, with E_fibre = 131 GPa and E_epoxy = 2.4 GPa. By what factor is the longitudinal modulus greater than the transverse modulus?"""
    vf, ef, em = 0.55, 131.0, 2.4
    e_l = vf * ef + (1 - vf) * em
    e_t = 1 / (vf / ef + (1 - vf) / em)
    return e_l / e_t


@item(
    S,
    "ceramics_composites",
    "percent",
    "isostrain load sharing F_f/F_m = E_f V_f/(E_m V_m) (Callister eq. 16.11)",
    decimals=1,
    solution="F_f/F_c = E_f V_f/(E_f V_f + E_m V_m) = 230 × 0.45/(230 × 0.45 + 2.5 × 0.55) = 103.5/104.875 = 0.9869 → 98.7 %.",
    forms=("fraction", "percent", "rounding", "tex"),
)
def h15b_cc_03():
    r"""A continuous, aligned carbon-fibre/epoxy composite contains $45\%$ fibres by volume; $E_f = 230\ \mathrm{GPa}$ and $E_m = 2.5\ \mathrm{GPa}$. When loaded along the fibre direction, what percentage of the load is borne by the fibres? Give the answer to one decimal place."""
    ff = 230 * 0.45
    fm = 2.5 * 0.55
    return Q_(100 * ff / (ff + fm), "percent")


@item(
    S,
    "ceramics_composites",
    "mm",
    "critical fibre length l_c = σ_f* d/(2τ_c) (Callister eq. 16.3)",
    solution="l_c = σ_f d/(2τ_c) = 3.5 × 10³ MPa × 8 µm/(2 × 40 MPa) = 350 µm = 0.35 mm.",
    forms=("unicode", "one_step", "named_unit"),
)
def h15b_cc_04():
    """Carbon fibres of diameter 8 µm and tensile strength 3.5 GPa sit in a matrix whose fibre–matrix bond (or matrix shear yield) strength is 40 MPa. Compute the critical fibre length, expressed in mm."""
    return Q_(3.5, "GPa") * Q_(8, "um") / (2 * Q_(40, "MPa"))


@item(
    S,
    "ceramics_composites",
    "percent",
    "E = E₀(1 − 1.9P + 0.9P²) (Callister eq. 12.9)",
    solution="E/E₀ = 270/380 = 0.7105, so 0.9P² − 1.9P + 0.2895 = 0. P = [1.9 − √(3.61 − 1.0421)]/1.8 = (1.9 − 1.6025)/1.8 = 0.165 → 16.5 vol%.",
    forms=("inverse", "unicode", "percent", "one_step"),
)
def h15b_cc_05():
    """Fully dense alumina has an elastic modulus of 380 GPa. A sintered alumina part is found to have E = 270 GPa. Using E = E₀(1 − 1.9P + 0.9P²), estimate its volume porosity as a percentage."""
    c = 1 - 270 / 380
    p = (1.9 - math.sqrt(1.9**2 - 4 * 0.9 * c)) / (2 * 0.9)
    return Q_(100 * p, "percent")


@item(
    S,
    "ceramics_composites",
    "ksi",
    "three-point flexural strength σ_fs = 3FL/(2bd²) (Callister eq. 12.7a)",
    solution="σ_fs = 3 × 620 × 0.040/(2 × 0.010 × 0.005²) = 74.4/5.0 × 10⁻⁷ = 1.488 × 10⁸ Pa = 148.8 MPa = 148.8/6.895 = 21.6 ksi.",
    forms=("two_step", "named_unit", "ascii", "us_units"),
)
def h15b_cc_06():
    """A rectangular bar of silicon nitride, 10 mm wide and 5 mm deep, breaks at a load of 620 N in a three-point bend test with the supports 40 mm apart. What is its flexural strength in ksi?"""
    f, span, b, d = Q_(620, "N"), Q_(40, "mm"), Q_(10, "mm"), Q_(5, "mm")
    return 3 * f * span / (2 * b * d**2)


@item(
    S,
    "ceramics_composites",
    None,
    "σ_c = K_IC/(Y√(πa)) needs the flaw size",
    refuse="the flaw size is not given and is not a property of alumina; without it the fracture stress cannot be found from K_IC",
    solution="The fracture stress of a brittle solid follows σ_c = K_IC/(Y√(πa)). K_IC and Y are given but the critical flaw length a is not stated (no inspection limit, no measured strength), so σ_c is not determinable. Refuse.",
    forms=("must_refuse", "missing_datum", "tex"),
)
def h15b_cc_07():
    r"""A sintered alumina insulator has $K_{IC} = 4.0\ \mathrm{MPa\sqrt{m}}$, $E = 380\ \mathrm{GPa}$ and a density of $3.9\ \mathrm{g/cm^3}$. Taking $Y = 1.2$ for its surface cracks, estimate the tensile stress at which it will fracture, in MPa."""
    return None


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "rock salt structure: a = 2(r_C + r_A), ρ = n′(ΣA_C + ΣA_A)/(V_C N_A), n′ = 4 (Callister eq. 12.1)",
    solution="a = 2(0.072 + 0.140) = 0.424 nm; V_C = 7.62 × 10⁻²³ cm³. With A_Mg = 24.31 and A_O = 16.00 g/mol: ρ = 4 × 40.30/(7.62 × 10⁻²³ × 6.022 × 10²³) = 3.51 g/cm³.",
    forms=("known_datum_not_given", "two_step", "unicode"),
)
def h15b_cc_08():
    """Magnesium oxide has the rock-salt crystal structure. The ionic radii are Mg²⁺ 0.072 nm and O²⁻ 0.140 nm. Predict its theoretical density (g/cm³) assuming the ions touch along the cube edge."""
    a = 2 * (Q_(0.072, "nm") + Q_(0.140, "nm"))
    return 4 * Q_(24.305 + 15.999, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "percent",
    "mass conserved: L_f/L_0 = (ρ_0/ρ_f)^(1/3) for isotropic shrinkage",
    solution="Volume scales as 1/density: V_f/V_0 = 0.68/0.97 = 0.7010. Linear: (0.7010)^(1/3) = 0.8884, so the linear shrinkage is 1 − 0.8884 = 11.2 %.",
    forms=("words_givens", "two_step", "percent", "story"),
)
def h15b_cc_09():
    """A pressed ceramic green body is 68 percent of theoretical density. After firing it is 97 percent dense. If the shrinkage is the same in all directions, by what percentage does each linear dimension shrink?"""
    return Q_(100 * (1 - (0.68 / 0.97) ** (1 / 3)), "percent")


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "V",
    "Nernst: E = E° − (0.0592/n) log([M₁ⁿ⁺]/[M₂ⁿ⁺]) (Callister eq. 17.20)",
    solution="Standard potentials: Cu²⁺/Cu +0.340 V, Zn²⁺/Zn −0.763 V, so E° = 1.103 V. E = 1.103 − (0.0592/2) log(0.010/0.50) = 1.103 + 0.0296 × 1.699 = 1.153 V.",
    forms=("known_datum_not_given", "two_step", "unicode"),
)
def h15b_corr_01():
    """A Daniell-type cell has a zinc electrode in 0.010 M Zn²⁺ and a copper electrode in 0.50 M Cu²⁺, at 25 °C. Calculate the cell voltage (V)."""
    e0 = 0.340 - (-0.763)
    t = kelvin(25)
    nernst = num(R_GAS * t / F_CONST / Q_(1, "V")) * math.log(10)
    return Q_(e0 - nernst / 2 * math.log10(0.010 / 0.50), "V")


@item(
    S,
    "corrosion",
    "A",
    "Faraday's law w = ItM/(nF) (Callister eq. 17.24)",
    solution="I = wnF/(Mt) = 1800 g × 2 × 96 485/(55.85 × 3.156 × 10⁷ s) = 0.197 A (Fe → Fe²⁺).",
    forms=("inverse", "story", "known_datum_not_given", "ascii"),
)
def h15b_corr_02():
    """An uncoated buried steel tank is found to have lost 1.8 kg of iron (oxidized to Fe2+) over one year of service. What average corrosion current (in amperes) does this represent?"""
    w = Q_(1.8, "kg")
    return w * 2 * F_CONST / (Q_(55.845, "g/mol") * Q_(1, "year"))


@item(
    S,
    "corrosion",
    "thou/year",
    "CPR = W/(ρAt) (Callister eq. 17.23)",
    solution="Thickness lost per year = 485 g/(7.9 g/cm³ × 400 cm²) = 0.1535 cm = 1.535 mm = 60.4 mil, so CPR = 60.4 mpy. The sheet thickness and the tank depth are not needed.",
    forms=("distractor", "us_units", "one_step", "story"),
)
def h15b_corr_03():
    """A 400 cm^2 steel coupon (density 7.9 g/cm^3), cut from 6 mm sheet, hangs in a cooling tower basin 3 m deep. After exactly one year it has lost 485 g. Express the corrosion penetration rate in mils per year (mpy)."""
    depth = Q_(485, "g") / (Q_(7.9, "g/cm**3") * Q_(400, "cm**2"))
    return depth / Q_(1, "year")


@item(
    S,
    "corrosion",
    "um/year",
    "penetration rate r = iM/(nFρ)",
    solution="r = iM/(nFρ) = 2.5 × 10⁻⁶ A/cm² × 65.38 g/mol/(2 × 96 485 × 7.14 g/cm³) = 1.186 × 10⁻¹⁰ cm/s = 3.74 × 10⁻³ cm/yr = 37.4 µm per year.",
    forms=("tex", "known_datum_not_given", "two_step", "named_unit"),
)
def h15b_corr_04():
    r"""Galvanized steel in a coastal atmosphere shows a zinc corrosion current density of $2.5\ \mu\mathrm{A\,cm^{-2}}$ (Zn $\to$ Zn$^{2+}$). Zinc has a density of $7.14\ \mathrm{g\,cm^{-3}}$. At what rate does the zinc coating thin, in $\mu\mathrm{m}$ per year?"""
    i = Q_(2.5, "uA/cm**2")
    return i * Q_(65.38, "g/mol") / (2 * F_CONST * Q_(7.14, "g/cm**3"))


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P-B = A_O ρ_M/(n A_M ρ_O) (Callister eq. 17.33)",
    solution="For 2Al → Al₂O₃, P-B = (101.96 × 2.70)/(2 × 26.98 × 3.99) = 275.3/215.3 = 1.28: choice (b); the oxide is protective.",
    forms=("multiple_choice", "one_step", "unicode"),
)
def h15b_corr_05():
    """Aluminium (2.70 g/cm³, 26.98 g/mol) oxidizes to Al₂O₃ (3.99 g/cm³, 101.96 g/mol). Its Pilling–Bedworth ratio is closest to
    (a) 0.64   (b) 1.28   (c) 1.72   (d) 2.56"""
    return (101.96 * 2.70) / (2 * 26.98 * 3.99)


@item(
    S,
    "corrosion",
    "mg/cm**2",
    "parabolic oxidation W² = k_p t with Arrhenius k_p = k₀ exp(−Q/RT)",
    solution="Q = 45 kcal/mol = 188.3 kJ/mol. k_p(800 °C) = 2.0 × 10⁻¹⁰ × exp[−(188 280/8.314)(1/1073.15 − 1/973.15)] = 2.0 × 10⁻¹⁰ × 8.74 = 1.75 × 10⁻⁹ g²/(cm⁴·s). W = √(1.75 × 10⁻⁹ × 36 000) = 7.93 × 10⁻³ g/cm² = 7.93 mg/cm².",
    forms=("kcal_mol", "multi_step", "unicode", "named_unit"),
)
def h15b_corr_06():
    """A nickel alloy oxidizes parabolically (W² = k_p t, W = mass gain per area). At 700 °C, k_p = 2.0 × 10⁻¹⁰ g² cm⁻⁴ s⁻¹, and the activation energy for k_p is 45 kcal/mol. What mass gain, in mg/cm², is expected after 10 h at 800 °C?"""
    q = Q_(45, "kcal/mol")
    ratio = math.exp(num(-q / R_GAS * (1 / kelvin(800) - 1 / kelvin(700))))
    k_p = Q_(2.0e-10, "g**2/(cm**4*s)") * ratio
    return (k_p * Q_(10, "hour")) ** 0.5


@item(
    S,
    "corrosion",
    "mV",
    "concentration cell E = (RT/nF) ln(c₂/c₁)",
    solution="E = (RT/2F) ln(1.0/0.0010) = (8.314 × 333.15/(2 × 96 485)) × 6.908 = 0.01435 × 6.908 = 0.0992 V = 99.2 mV.",
    forms=("one_step", "named_unit", "ascii", "words_givens"),
)
def h15b_corr_07():
    """Two nickel electrodes dip into Ni2+ solutions at 60 deg C: one at 1.0 mol/L, the other a thousand times more dilute. What is the magnitude of the potential difference between them, in millivolts?"""
    return R_GAS * kelvin(60) / (2 * F_CONST) * math.log(1000)


@item(
    S,
    "corrosion",
    "uA/cm**2",
    "mixed potential: anodic and cathodic Tafel lines E = E_eq + β log(i/i₀) intersect at i_corr (Callister ch. 17)",
    solution="Metal: E = −0.52 + 0.07 log(i/4 × 10⁻⁸); hydrogen: E = 0 − 0.11 log(i/2 × 10⁻¹⁰). Setting them equal with x = log i: −0.52 + 0.07(x + 7.398) = −0.11(x + 9.699), so 0.18x = 0.52 − 0.518 − 1.067 = −1.065 and x = −5.915. i_corr = 10^−5.915 = 1.22 × 10⁻⁶ A/cm² = 1.22 µA/cm² (E_corr ≈ −0.416 V).",
    forms=("graph", "multi_step", "unicode", "named_unit", "sign_convention"),
)
def h15b_corr_08():
    """A divalent metal M corrodes in deaerated acid. On an E–log i diagram, its oxidation line starts at E = −0.52 V (SHE) at i₀ = 4 × 10⁻⁸ A/cm² and rises with slope +0.07 V per decade; the hydrogen-reduction line starts at E = 0 V at i₀ = 2 × 10⁻¹⁰ A/cm² and falls with slope −0.11 V per decade. Where the lines cross, what is the corrosion current density in µA/cm²?"""
    la, lc = math.log10(4e-8), math.log10(2e-10)
    # -0.52 + 0.07 (x - la) = -0.11 (x - lc)
    x = (0.52 + 0.07 * la + 0.11 * lc) / (0.07 + 0.11)
    return Q_(10**x, "A/cm**2")
