"""Set heldout19 (set T), second half: 60 questions over seven topics of a qualifying exam.

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
from exam_quantities import AVOGADRO, BOHR, C0, EPS0, F_CONST, K_BOLTZ, MU0, Q_, R_GAS, H, num

S = "heldout19"

K_EV = K_BOLTZ.to("eV/K")
E_Q = Q_(1.602176634e-19, "C")


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "σ = n|e|μ_e for an extrinsic n-type semiconductor (Callister eq. 18.16)",
    solution="All donors ionised, so n = 3.2 × 10¹⁵ cm⁻³. σ = n e μ_e = 3.2e15 × 1.602e-19 × 1350 = 0.692 (Ω·cm)⁻¹, ρ = 1/σ = 1.445 Ω·cm.",
    forms=("pdf_units", "e_notation", "one_step", "named_unit"),
)
def h19b_elec_01():
    """A silicon wafer is doped with phosphorus at 3.2E15 cm^-3 (assume every donor is ionised at room temperature). The electron mobility is 1350 cm2/V-s. What is the resistivity of the wafer in ohm-cm?"""
    n = Q_(3.2e15, "cm**-3")
    sigma = n * E_Q * Q_(1350, "cm**2/(V*s)")
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "V",
    "R = ρL/A, V = IR",
    solution="A = π(1.0 mm)² = 3.1416 × 10⁻⁶ m². R = 1.72 × 10⁻⁸ × 25/3.1416e-6 = 0.1369 Ω. V = 40 × 0.1369 = 5.48 V. The cabinet temperature, the insulation rating, the fuse size and the installation year are not needed.",
    forms=("long_context", "distractor", "two_step", "story"),
)
def h19b_elec_02():
    """Failure investigation. A packaging line stopped repeatedly during the night shift, and the maintenance team traced the fault to a voltage sag at a motor starter fed by a single copper conductor. The cable was installed in 2009, is rated for 600 V insulation, and runs 25 m from the distribution cabinet (which sits at about 35 °C) to the starter. The conductor is solid copper, 2.0 mm in diameter, protected by a 63 A fuse. During start-up the conductor carries 40 A. Taking the resistivity of copper as 1.72 × 10⁻⁸ Ω·m, estimate the voltage drop along the run of conductor (one way only), in volts."""
    area = math.pi * Q_(1.0, "mm") ** 2
    resistance = Q_(1.72e-8, "ohm*m") * Q_(25, "m") / area
    return Q_(40, "A") * resistance


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "n_i ∝ T^{3/2} exp(−E_g/2kT)",
    solution="Ratio = (400/300)^{1.5} × exp[(0.67/(2k))(1/300 − 1/400)] with k = 8.617 × 10⁻⁵ eV/K: (4/3)^1.5 = 1.540; exponent = 3888 × 8.333 × 10⁻⁴ = 3.240, e^3.240 = 25.5; ratio ≈ 39.3.",
    forms=("tex", "by_what_factor", "hypothetical", "multi_step"),
)
def h19b_elec_03():
    r"""For intrinsic germanium ($E_g = 0.67\ \mathrm{eV}$, taken as independent of temperature) the intrinsic carrier concentration varies as $n_i \propto T^{3/2}\exp(-E_g/2kT)$, where $k$ is Boltzmann's constant. By what factor does $n_i$ increase when the temperature is raised from $300\ \mathrm{K}$ to $400\ \mathrm{K}$?"""
    eg = Q_(0.67, "eV")
    t1, t2 = Q_(300, "K"), Q_(400, "K")
    return num((t2 / t1) ** 1.5) * math.exp(num(eg / (2 * K_EV) * (1 / t1 - 1 / t2)))


@item(
    S,
    "electrical_semiconductors",
    "m**-3",
    "R_H = −1/(n|e|) for one carrier type (Callister eq. 18.18)",
    solution="n = 1/(|R_H| e) = 1/(7.1 × 10⁻¹¹ × 1.602 × 10⁻¹⁹) = 8.79 × 10²⁸ m⁻³.",
    forms=("ascii", "one_step", "sign_convention", "inverse"),
)
def h19b_elec_04():
    """Hall measurements on a thin metal foil give a Hall coefficient R_H = -7.1x10-11 m3/C. Assuming conduction by electrons only, how many conduction electrons are there per cubic metre?"""
    return 1 / (Q_(7.1e-11, "m**3/C") * E_Q)


@item(
    S,
    "electrical_semiconductors",
    "1/(ohm*m)",
    "σ(T) of an intrinsic semiconductor needs E_g (and mobility temperature dependence)",
    refuse="Extrapolating σ from 300 K to 500 K needs the band gap of the material; the semiconductor is unidentified and no E_g or second measurement is given.",
    solution="σ_i ∝ exp(−E_g/2kT); with only one (T, σ) point and an unknown material, E_g is not known, so σ at 500 K cannot be determined.",
    forms=("must_refuse", "missing_datum", "forum"),
)
def h19b_elec_05():
    """how do I get the conductivity at higher temp?? I have an intrinsic semiconductor sample (the lab didn't tell us which one) and we measured σ = 2.4 (Ω·m)⁻¹ at 300 K. The question asks what its conductivity will be at 500 K. Sample is 5 mm long, 1 mm x 1 mm cross-section. Thanks!"""
    return None


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "C = ε_r ε_0 A/d (Callister eq. 18.27)",
    solution="C = 6.0 × 8.854 × 10⁻¹² × 2.5 × 10⁻⁴/1.5 × 10⁻⁴ = 8.85 × 10⁻¹¹ F = 88.5 pF.",
    forms=("blank_unit", "pdf_units", "one_step"),
)
def h19b_elec_06():
    """A parallel-plate capacitor has plates of area 2.5 x10-4 m2 separated by a 0.15 mm thick sheet of a ceramic with dielectric constant 6.0. Its capacitance is __________ pF."""
    return 6.0 * EPS0 * Q_(2.5e-4, "m**2") / Q_(0.15, "mm")


@item(
    S,
    "electrical_semiconductors",
    "m/s",
    "v_d = μE",
    decimals=1,
    solution="E = 250 V/cm = 2.5 × 10⁴ V/m. v_d = 0.14 × 2.5 × 10⁴ = 3500.0 m/s.",
    forms=("gate_style", "rounding", "mixed_units", "one_step"),
)
def h19b_elec_07():
    """In a silicon sample at room temperature the electron mobility is 0.14 m²/(V·s). An electric field of 250 V/cm is applied. The drift velocity of the electrons (in m/s) is ______ (rounded off to one decimal place)."""
    return Q_(0.14, "m**2/(V*s)") * Q_(250, "V/cm")


@item(
    S,
    "electrical_semiconductors",
    "microohm*cm",
    "Matthiessen's rule ρ = ρ_t + ρ_i, ρ_t = ρ_20[1 + α(T − 20)]",
    solution="ρ_t(150 °C) = 1.69 × (1 + 0.0039 × 130) = 1.69 × 1.507 = 2.547 µΩ·cm; add the impurity term 0.45: ρ = 3.00 µΩ·cm. The deformation term is zero for annealed wire.",
    forms=("multi_step", "unicode", "distractor"),
)
def h19b_elec_08():
    """Annealed high-purity copper has a resistivity of 1.69 µΩ·cm at 20 °C with a temperature coefficient of resistivity of 0.0039 per °C. Adding 0.2 at.% of an impurity raises the resistivity by a temperature-independent 0.45 µΩ·cm. Using Matthiessen's rule, find the resistivity of the annealed alloy wire at 150 °C, in µΩ·cm. (Its density is 8.93 g/cm³.)"""
    rho_t = Q_(1.69, "microohm*cm") * (1 + 0.0039 * 130)
    return rho_t + Q_(0.45, "microohm*cm")


@item(
    S,
    "electrical_semiconductors",
    "cm**-3",
    "σ = p|e|μ_h; convert m⁻³ to cm⁻³",
    solution="p = σ/(e μ_h) = 50/(1.602 × 10⁻¹⁹ × 0.045) = 6.94 × 10²¹ m⁻³ = 6.94 × 10¹⁵ cm⁻³.",
    forms=("inverse", "unit_conversion_at_end", "minimum"),
)
def h19b_elec_09():
    """A p-type silicon resistor must have a conductivity of at least 50 (Ω·m)^-1 at room temperature. Taking the hole mobility as 0.045 m^2/V·s and assuming full ionisation with the intrinsic contribution negligible, what minimum acceptor concentration is needed? Give it per cm³."""
    return Q_(50, "1/(ohm*m)") / (E_Q * Q_(0.045, "m**2/(V*s)"))


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "A/m",
    "M_s = (µ_B per atom) µ_B N, N = ρN_A/A; 1 emu/cm³ = 10³ A/m",
    solution="N = 8.90 × 6.022 × 10²³/58.69 = 9.13 × 10²² cm⁻³ = 9.13 × 10²⁸ m⁻³. M_s = 0.60 × 9.274 × 10⁻²⁴ × 9.13 × 10²⁸ = 5.08 × 10⁵ A/m (= 508 emu/cm³).",
    forms=("cgs_units", "two_step", "unit_conversion_at_end"),
)
def h19b_mag_01():
    """Nickel (density 8.90 g/cm³, atomic weight 58.69 g/mol) carries a net moment of 0.60 Bohr magneton per atom. A colleague reports its saturation magnetization as "about 510 emu/cm³". Check this by calculating the saturation magnetization in SI units (A/m)."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return 0.60 * BOHR * n


@item(
    S,
    "magnetic",
    "gauss",
    "H = NI/l, B = µ_0 µ_r H; 1 T = 10⁴ G",
    solution="H = 400 × 2.5/0.25 = 4000 A/m. B = 4π × 10⁻⁷ × 150 × 4000 = 0.754 T = 7540 G.",
    forms=("cgs_units", "two_step", "named_unit"),
)
def h19b_mag_02():
    """A 0.25-m-long solenoid has 400 turns and carries 2.5 A. Its core is a soft iron alloy with a relative permeability of 150 at this field. Calculate the flux density inside the core and express it in gauss."""
    h = 400 * Q_(2.5, "A") / Q_(0.25, "m")
    b = (MU0 * 150 * h).to("T")
    return Q_(b.magnitude * 1.0e4, "gauss")


@item(
    S,
    "magnetic",
    "A/m",
    "inverse spinel ferrite: only the octahedral M²⁺ moments survive; 8 formula units per cubic cell",
    solution="In inverse-spinel NiFe₂O₄ the Fe³⁺ moments cancel, leaving 2 µ_B per Ni²⁺ (standard value, not given). Per cell: 8 × 2 = 16 µ_B. M_s = 16 × 9.274 × 10⁻²⁴/(0.834 × 10⁻⁹)³ = 2.56 × 10⁵ A/m.",
    forms=("known_datum_not_given", "tex", "multi_step"),
)
def h19b_mag_03():
    r"""Nickel ferrite, $\mathrm{NiFe_2O_4}$, has the inverse spinel structure with a cubic unit cell of edge $a = 0.834\ \mathrm{nm}$ containing eight formula units. Estimate its saturation magnetization in $\mathrm{A\,m^{-1}}$."""
    moment = 8 * 2 * BOHR
    return moment / Q_(0.834, "nm") ** 3


@item(
    S,
    "magnetic",
    "A/m",
    "M = χ_m H",
    solution="M = χ H = 2.2 × 10⁻⁵ × 1.5 × 10⁵ = 3.3 A/m. The density and resistivity are irrelevant.",
    forms=("one_step", "distractor", "e_notation"),
)
def h19b_mag_04():
    """Aluminium is paramagnetic with a volume susceptibility of 2.2*10^-5 (SI). A bar of it (density 2.70 g/cm3, resistivity 2.65*10^-8 ohm m) is placed in a field H = 1.5*10^5 A/m. What magnetization is induced (A/m)?"""
    return 2.2e-5 * Q_(1.5e5, "A/m")


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie law χ = C/T",
    solution="χ ∝ 1/T, so χ(77 K) = 3.6 × 10⁻⁴ × 300/77 = 1.40 × 10⁻³.",
    forms=("hypothetical", "one_step", "approximate_given"),
)
def h19b_mag_05():
    """A paramagnetic salt obeys the Curie law. Its susceptibility is 3.6 × 10⁻⁴ at ≈ 300 K. What would its susceptibility become if the salt were cooled in liquid nitrogen to 77 K?"""
    return 3.6e-4 * 300 / 77


@item(
    S,
    "magnetic",
    "W",
    "hysteresis loss power = (loop area per cycle) × volume × frequency",
    solution="Energy per cycle = 250 J/m³ × 1.2 × 10⁻³ m³ = 0.30 J; at 60 Hz, P = 18 W. Copper losses, mass and rating are not needed.",
    forms=("long_context", "distractor", "two_step", "design_brief"),
)
def h19b_mag_06():
    """Design brief. A small distribution transformer rated at 25 kVA is being redesigned to meet a new efficiency label. The winding (copper) losses at full load are estimated by the supplier at 310 W and the total mass of the unit is 140 kg. The core will be a grain-oriented silicon steel with a core volume of 1.2 × 10⁻³ m³. The B–H loop of this steel at the operating peak flux density encloses an area equivalent to 250 J/m³ per cycle. The supply frequency is 60 Hz. Estimate the hysteresis power loss in the core, in watts."""
    energy_per_cycle = Q_(250, "J/m**3") * Q_(1.2e-3, "m**3")
    return energy_per_cycle * Q_(60, "Hz")


@item(
    S,
    "magnetic",
    "K",
    "T_c is a material property; M_s at one temperature does not fix it",
    refuse="The Curie temperature cannot be obtained from a single room-temperature saturation magnetization; no M_s(T) data or model parameters are given.",
    solution="M_s at 20 °C alone does not determine where M_s vanishes; a curve M_s(T) or a molecular-field constant would be needed.",
    forms=("must_refuse", "not_determinable"),
)
def h19b_mag_07():
    """A new Fe–Co–B amorphous ribbon has a saturation magnetization of 1.35 × 10⁶ A/m at 20 °C and a coercivity of 4 A/m. Its density is 7.4 g/cm³. Calculate its Curie temperature in kelvin."""
    return None


@item(
    S,
    "magnetic",
    "oersted",
    "H_c(T) = H_c(0)[1 − (T/T_c)²]; 1 Oe = 10³/(4π) A/m",
    solution="H_c(4.2 K) = 6.5 × 10⁴ × [1 − (4.2/7.19)²] = 6.5 × 10⁴ × 0.6588 = 4.28 × 10⁴ A/m = 4.28 × 10⁴ × 4π/10³ = 538 Oe.",
    forms=("cgs_units", "two_step", "unit_conversion_at_end"),
)
def h19b_mag_08():
    """Lead is a type I superconductor with T_c = 7.19 K and a critical field at 0 K of 6.5 x 10^4 A/m. What is the critical field at the boiling point of liquid helium (4.2 K)? Give the answer in oersted."""
    hc = Q_(6.5e4, "A/m") * (1 - (4.2 / 7.19) ** 2)
    return Q_(hc.magnitude * 4 * math.pi / 1.0e3, "oersted")


@item(
    S,
    "magnetic",
    "dimensionless",
    "n_B = M_s/(N µ_B), N = ρN_A/A",
    solution="N = 7.87 × 10⁶ g/m³ × 6.022 × 10²³/55.85 = 8.49 × 10²⁸ m⁻³. n_B = 1.71 × 10⁶/(8.49 × 10²⁸ × 9.274 × 10⁻²⁴) = 2.17 Bohr magnetons per atom.",
    forms=("inverse", "decimal_comma", "two_step"),
)
def h19b_mag_09():
    """At room temperature the saturation magnetization of iron is M_s = 1,71 × 10⁶ A/m; its density is 7,87 g/cm³ and its atomic mass 55,85 g/mol. How many Bohr magnetons per iron atom does this correspond to?"""
    n = Q_(7.87, "g/cm**3") * AVOGADRO / Q_(55.85, "g/mol")
    return Q_(1.71e6, "A/m") / (n * BOHR)


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "nm",
    "λ_max = hc/E_g",
    solution="λ = hc/E_g = 1239.84 eV·nm/1.42 eV = 873 nm. Longer wavelengths pass through.",
    forms=("si_prefix_words", "one_step", "maximum"),
)
def h19b_opt_01():
    """Gallium arsenide has a band gap of 1.42 electron-volts. What is the longest wavelength of light, in nanometres, that can be absorbed by exciting an electron across the gap?"""
    return (H * C0 / Q_(1.42, "eV")).to("nm")


@item(
    S,
    "optical",
    "degree",
    "critical angle sin θ_c = n_2/n_1",
    solution="sin θ_c = 1.33/1.52 = 0.875, θ_c = 61.0°.",
    forms=("one_step", "unicode", "story"),
)
def h19b_opt_02():
    """An aquarium designer wants to know at what angle of incidence (measured from the normal) light travelling inside the 1.52-index glass wall will be totally reflected at the glass–water interface (water n = 1.33). Give the critical angle in degrees."""
    return Q_(math.degrees(math.asin(1.33 / 1.52)), "degree")


@item(
    S,
    "optical",
    "percent",
    "R = ((n−1)/(n+1))² at normal incidence; a plate has two surfaces",
    rel_tol=0.025,
    solution="One surface: R = (0.50/2.50)² = 0.0400 = 4.00 %. If both faces of the plate are counted (ignoring absorption and multiple reflections), R_total = 1 − (1 − 0.04)² = 7.84 %. Both readings of 'reflected by a glass plate' are standard.",
    forms=("two_readings", "as_percentage", "one_step"),
)
def h19b_opt_03():
    """Light strikes a plate of window glass (refractive index 1.50) in air at normal incidence. What percentage of the incident light is reflected by the glass?"""
    r = ((1.50 - 1.0) / (1.50 + 1.0)) ** 2
    return {
        "one_surface": Q_(100 * r, "percent"),
        "both_surfaces": Q_(100 * (1 - (1 - r) ** 2), "percent"),
    }


@item(
    S,
    "optical",
    "dimensionless",
    "I_T/I_0 = (1 − R)² e^{−βx}, R = ((n−1)/(n+1))² (Callister eq. 21.18)",
    solution="R = (0.5/2.5)² = 0.04. e^{−βx} = e^{−0.08 × 1.2} = e^{−0.096} = 0.9085. Fraction transmitted = 0.96² × 0.9085 = 0.837.",
    forms=("pdf_units", "two_step", "fraction"),
)
def h19b_opt_04():
    """A 12 mm thick plate of a transparent polymer (n = 1.50) has an absorption coefficient of 0.08 cm^-1 for green light. Allowing for reflection loss at both faces (normal incidence) and absorption inside, what fraction of the incident intensity is transmitted?"""
    r = ((1.50 - 1.0) / (1.50 + 1.0)) ** 2
    return (1 - r) ** 2 * math.exp(-num(Q_(0.08, "1/cm") * Q_(12, "mm")))


@item(
    S,
    "optical",
    "dimensionless",
    "I_T/I_0 = (1 − R)² e^{−βx} needs β",
    refuse="The transmitted fraction through 25 mm of tinted glass needs its absorption coefficient, which is not given and is not a standard value for a tinted glass.",
    solution="The reflection losses follow from n = 1.52, but the absorption term e^{−βx} cannot be evaluated without β for this tinted glass.",
    forms=("must_refuse", "missing_datum"),
)
def h19b_opt_05():
    """A 25 mm thick bronze-tinted architectural glass (n = 1.52) is used for a façade. What fraction of normally incident visible light is transmitted through the pane?"""
    return None


@item(
    S,
    "optical",
    "m/s",
    "n ≈ √ε_r (non-magnetic), v = c/n",
    solution="n ≈ √2.3 = 1.517; v = 2.998 × 10⁸/1.517 = 1.98 × 10⁸ m/s.",
    forms=("estimate", "two_step", "relation_given"),
)
def h19b_opt_06():
    """For a non-magnetic, transparent solid the refractive index may be estimated from n ≈ √ε_r, where ε_r is the relative permittivity at the frequency of the light. Estimate the speed of light in polyethylene, for which ε_r at optical frequencies is 2.3."""
    return C0 / math.sqrt(2.3)


@item(
    S,
    "optical",
    "dimensionless",
    "E_g(x) = 1.424 + 1.247x eV, λ = hc/E_g",
    rel_tol=0.01,
    solution="E = 1239.84/650 = 1.9074 eV. x = (1.9074 − 1.424)/1.247 = 0.388.",
    forms=("inverse", "relation_given", "multi_step"),
)
def h19b_opt_07():
    """For the direct-gap alloy GaAs(1-x)P(x) with x < 0.45 the band gap is approximately Eg = 1.424 + 1.247x eV. What phosphorus fraction x is needed for an LED emitting at 650 nm (assume the photon energy equals Eg)? Answer to three significant figures."""
    e = (H * C0 / Q_(650, "nm")).to("eV").magnitude
    return (e - 1.424) / 1.247


@item(
    S,
    "optical",
    "dimensionless",
    "N = E_pulse/(hc/λ)",
    solution="E_photon = 6.626 × 10⁻³⁴ × 2.998 × 10⁸/694.3 × 10⁻⁹ = 2.861 × 10⁻¹⁹ J. N = 0.50/2.861 × 10⁻¹⁹ = 1.75 × 10¹⁸ photons.",
    forms=("count", "two_step", "ascii"),
)
def h19b_opt_08():
    """A ruby laser (wavelength 694.3 nm) delivers a 0.50 J pulse lasting 1 ms. How many photons are in one pulse?"""
    return Q_(0.50, "J") / (H * C0 / Q_(694.3, "nm"))


@item(
    S,
    "optical",
    "degree",
    "NA = √(n₁² − n₂²) = sin θ_a (launch from air)",
    solution="(a) NA = √(1.48² − 1.46²) = √0.0588 = 0.2425. (b) θ_a = arcsin 0.2425 = 14.0°. (c) is descriptive. Only (b) is asked.",
    forms=("multi_part_middle", "sketch_part", "two_step"),
)
def h19b_opt_09():
    """A step-index optical fibre has a core index of 1.48 and a cladding index of 1.46.
    (a) Calculate the numerical aperture.
    (b) What is the maximum acceptance half-angle (in degrees) for light launched from air?
    (c) Sketch the ray path of a guided ray and explain why a ray steeper than this is lost.
    Answer part (b) only."""
    na = math.sqrt(1.48**2 - 1.46**2)
    return Q_(math.degrees(math.asin(na)), "degree")


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "inch",
    "ΔL = α L_0 ΔT",
    solution="L_0 = 39 ft = 468 in; ΔT = 90 °F. ΔL = 6.5 × 10⁻⁶ × 468 × 90 = 0.274 in.",
    forms=("us_units", "fahrenheit", "one_step"),
)
def h19b_therm_01():
    """A 39-ft steel rail is laid at 20 °F. The coefficient of linear thermal expansion of the steel is 6.5 × 10⁻⁶ (°F)⁻¹. How much longer (in inches) will the rail be on a summer day at 110 °F?"""
    return 6.5e-6 * Q_(39, "ft") * 90


@item(
    S,
    "thermal",
    "MPa",
    "σ = −E α ΔT for a fully restrained bar (compression negative)",
    solution="σ = −E α ΔT = −100 × 10³ MPa × 20 × 10⁻⁶ × 60 = −120 MPa (compressive).",
    forms=("sign_convention", "one_step", "tex"),
)
def h19b_therm_02():
    r"""A brass rod is held between rigid walls so that it cannot expand. It is stress-free at $20\ ^{\circ}\mathrm{C}$ and is heated to $80\ ^{\circ}\mathrm{C}$. With $E = 100\ \mathrm{GPa}$ and $\alpha_l = 20 \times 10^{-6}\ (^{\circ}\mathrm{C})^{-1}$, find the thermal stress in MPa (tension positive, compression negative)."""
    return -Q_(100, "GPa") * 20e-6 * 60


@item(
    S,
    "thermal",
    "W/m**2",
    "Fourier's law q = k ΔT/Δx; 1 Btu/(h·ft²) = 3.1546 W/m²",
    solution="q = kΔT/Δx = 0.42 × 50/0.75 = 28.0 Btu/(h·ft²) = 88.3 W/m².",
    forms=("us_units", "symbol_two_meanings", "unit_conversion_at_end"),
)
def h19b_therm_03():
    """In this problem k denotes the thermal conductivity (not Boltzmann's constant k, which is not needed). A 9-in. firebrick wall has k = 0.42 Btu/(h·ft·°F). Its faces are held 50 °F apart. Find the steady heat flux through the wall in W/m²."""
    q = Q_(0.42, "Btu/(hour*ft*delta_degF)") * Q_(50, "delta_degF") / Q_(9, "inch")
    return q


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Dulong–Petit: 3R per mole of atoms",
    solution="At high temperature each atom contributes 3R = 24.9 J/(mol·K). Per mole of MgO formula units (2 atoms) C_v = 6R = 49.9 J/(mol·K); per mole of atoms 24.9 J/(mol·K).",
    forms=("two_readings", "estimate", "one_step"),
)
def h19b_therm_04():
    """Estimate the molar heat capacity C_v of magnesium oxide at 1200 K (well above its Debye temperature) in J mol-1 K-1."""
    return {"per_mole_formula_units": 6 * R_GAS, "per_mole_atoms": 3 * R_GAS}


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Debye T³ law C_v = (12π⁴/5) R (T/θ_D)³",
    solution="C_v = (12π⁴/5) × 8.314 × (15/343)³ = 233.8 × 8.314 × 8.364 × 10⁻⁵ = 0.163 J/(mol·K).",
    forms=("estimate", "relation_given", "pdf_units"),
)
def h19b_therm_05():
    """Well below its Debye temperature the lattice heat capacity of a solid follows C_v = (12π⁴/5) R (T/θ_D)³. Copper has θ_D = 343 °K. Estimate C_v of copper at 15 °K in J mol-1 K-1 (ignore the electronic contribution)."""
    return 12 * math.pi**4 / 5 * R_GAS * (15 / 343) ** 3


@item(
    S,
    "thermal",
    "K",
    "ΔT_max = σ_f(1 − ν)/(Eα)",
    solution="ΔT = 180 × 10⁶ × (1 − 0.22)/(300 × 10⁹ × 8.0 × 10⁻⁶) = 140.4/2.4 = 58.5 K.",
    forms=("maximum", "numbered_givens", "one_step"),
)
def h19b_therm_06():
    """A ceramic plate is quenched and the surface stress is σ = Eα ΔT/(1 − ν). Given: (i) fracture strength 180 MPa, (ii) E = 300 GPa, (iii) Poisson's ratio 0.22, (iv) α = 8.0 × 10⁻⁶ K⁻¹, (v) thermal conductivity 25 W/m·K. What is the maximum allowable quench temperature difference (in K) without fracture?"""
    return Q_(180, "MPa") * (1 - 0.22) / (Q_(300, "GPa") * Q_(8.0e-6, "1/K"))


@item(
    S,
    "thermal",
    "kJ",
    "Q = m c_p ΔT",
    solution="m = 5.0 lb = 2.268 kg; Q = 2268 g × 0.385 J/(g·K) × 125 K = 1.09 × 10⁵ J = 109 kJ.",
    forms=("mixed_units", "one_step", "named_unit"),
)
def h19b_therm_07():
    """How much heat (in kJ) is needed to raise 5.0 lb of copper from 25 °C to 150 °C? c_p of Cu = 0.385 J/g·K."""
    return Q_(5.0, "lb") * Q_(0.385, "J/(g*K)") * Q_(125, "K")


@item(
    S,
    "thermal",
    "W/(m*K)",
    "Wiedemann–Franz k = LσT",
    solution="k = 2.44 × 10⁻⁸ × 3.8 × 10⁷ × 300 = 278 W/(m·K).",
    forms=("estimate", "symbol_two_meanings", "relation_given"),
)
def h19b_therm_08():
    """For metals the electronic thermal conductivity k (here k is the conductivity, not Boltzmann's constant) is related to the electrical conductivity σ by k = LσT with L = 2.44E-8 W·Ω/K². Estimate k for a metal with σ = 3.8E7 (Ω·m)⁻¹ at 300 K."""
    return Q_(2.44e-8, "W*ohm/K**2") * Q_(3.8e7, "1/(ohm*m)") * Q_(300, "K")


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M_n/m, m(C₂H₃Cl) = 2(12.01) + 3(1.008) + 35.45",
    solution="Repeat unit C₂H₃Cl: m = 24.02 + 3.024 + 35.45 = 62.50 g/mol (standard atomic weights). DP = 85 000/62.50 = 1360.",
    forms=("spaced_thousands", "known_datum_not_given", "one_step"),
)
def h19b_poly_01():
    """A poly(vinyl chloride) resin has a number-average molecular weight of 85 000 g/mol. What is its number-average degree of polymerization?"""
    m = 2 * 12.011 + 3 * 1.008 + 35.45
    return 85000 / m


@item(
    S,
    "polymers",
    "g/mol",
    "M_n = Σx_iM_i; M_w = Σx_iM_i²/Σx_iM_i",
    solution="M_n = 0.15(10 000) + 0.40(30 000) + 0.30(50 000) + 0.15(70 000) = 39 000 g/mol. From the same number fractions M_w = Σx_iM_i²/M_n = 1.86 × 10⁹/39 000 = 47 700 g/mol. 'Average molecular weight' unqualified is read as M_n (primary) or M_w.",
    forms=("two_readings", "table", "multi_step"),
)
def h19b_poly_02():
    """The molecular-weight distribution of a polystyrene sample is summarised below (number fractions of chains in each range).

    | mean M of range (g/mol) | number fraction |
    |---|---|
    | 10 000 | 0.15 |
    | 30 000 | 0.40 |
    | 50 000 | 0.30 |
    | 70 000 | 0.15 |

    Compute the average molecular weight of the sample."""
    ms = [10000, 30000, 50000, 70000]
    xs = [0.15, 0.40, 0.30, 0.15]
    mn = sum(x * m for x, m in zip(xs, ms, strict=True))
    mw = sum(x * m * m for x, m in zip(xs, ms, strict=True)) / mn
    return {"number_average": Q_(mn, "g/mol"), "weight_average": Q_(mw, "g/mol")}


@item(
    S,
    "polymers",
    "dimensionless",
    "PDI = M_w/M_n ≥ 1 by definition",
    refuse="The stated averages contradict each other: M_w can never be smaller than M_n, so a polydispersity of 0.79 is impossible.",
    solution="M_w/M_n = 95 000/120 000 = 0.79 < 1, which no real distribution can give; the data are inconsistent.",
    forms=("must_refuse", "contradictory_givens", "spaced_thousands"),
)
def h19b_poly_03():
    """GPC of a polypropylene batch gave M_n = 120 000 g/mol and M_w = 95 000 g/mol. Calculate the polydispersity index of the batch and comment on whether it came from a Ziegler–Natta or a metallocene catalyst."""
    return None


@item(
    S,
    "polymers",
    "dimensionless",
    "M_w = Σw_iM_i, M_n = 1/Σ(w_i/M_i), PDI = M_w/M_n",
    solution="M_w = 0.10(20) + 0.35(40) + 0.40(60) + 0.15(80) = 52.0 kg/mol. 1/M_n = 0.10/20 + 0.35/40 + 0.40/60 + 0.15/80 = 0.02229, M_n = 44.9 kg/mol. PDI = 52.0/44.9 = 1.16.",
    forms=("table_header_units", "multi_step", "ratio"),
)
def h19b_poly_04():
    """| M_i (kg/mol) | w_i |
    |---|---|
    | 20 | 0.10 |
    | 40 | 0.35 |
    | 60 | 0.40 |
    | 80 | 0.15 |

    The table gives weight fractions w_i of a nylon sample. Find the polydispersity index M_w/M_n."""
    ms = [20, 40, 60, 80]
    ws = [0.10, 0.35, 0.40, 0.15]
    mw = sum(w * m for w, m in zip(ws, ms, strict=True))
    mn = 1 / sum(w / m for w, m in zip(ws, ms, strict=True))
    return mw / mn


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister eq. 14.8)",
    solution="% = 0.998(0.925 − 0.870)/[0.925(0.998 − 0.870)] × 100 = 0.05489/0.1184 × 100 = 46.4 %.",
    forms=("textbook_equation_cited", "as_percentage", "one_step"),
)
def h19b_poly_05():
    """Using Callister's Equation 14.8, estimate the percent crystallinity of a polyethylene bottle whose density is 0.925 g/cm³. Take the density of totally crystalline PE as 0.998 g/cm³ and of totally amorphous PE as 0.870 g/cm³."""
    rc, ra, rs = 0.998, 0.870, 0.925
    return Q_(100 * rc * (rs - ra) / (rs * (rc - ra)), "percent")


@item(
    S,
    "polymers",
    "minute",
    "σ(t) = σ_0 exp(−t/τ)",
    solution="τ = 60 s/ln(3.5/2.0) = 60/0.5596 = 107.2 s. Time to reach 1.0 MPa: t = τ ln(3.5/1.0) = 107.2 × 1.2528 = 134.3 s = 2.24 min.",
    forms=("two_step", "rate_as_time", "unit_conversion_at_end"),
)
def h19b_poly_06():
    """A polymer strap is stretched quickly and held at constant strain; the initial stress is 3.5 MPa and after 60 s it has relaxed to 2.0 MPa. Assuming σ(t) = σ₀ exp(−t/τ), how long (in minutes) after loading does the stress fall to 1.0 MPa?"""
    tau = Q_(60, "s") / math.log(3.5 / 2.0)
    return tau * math.log(3.5 / 1.0)


@item(
    S,
    "polymers",
    "dimensionless",
    "m̄ = f m_E + (1 − f) m_P = M_n/DP",
    solution="m̄ = 120 000/3500 = 34.29 g/mol. m_E = 28.05, m_P = 42.08 g/mol. f = (42.08 − 34.29)/(42.08 − 28.05) = 0.555.",
    forms=("inverse", "known_datum_not_given", "fraction"),
)
def h19b_poly_07():
    """A random ethylene–propylene copolymer has a number-average molecular weight of 120,000 g/mol and a number-average degree of polymerization of 3500. What fraction of its repeat units are ethylene?"""
    m_e = 2 * 12.011 + 4 * 1.008
    m_p = 3 * 12.011 + 6 * 1.008
    m_bar = 120000 / 3500
    return (m_p - m_bar) / (m_p - m_e)


@item(
    S,
    "polymers",
    "nm",
    "r = d√N, N = 2M_n/m(C₂H₄)",
    solution="(a) is not asked. (b) DP = 350 000/28.05 = 12 477, N = 2 × DP = 24 954 bonds; r = 0.154√24 954 = 24.3 nm. (c) is descriptive.",
    forms=("multi_part_middle", "sketch_part", "two_step"),
)
def h19b_poly_08():
    """Linear polyethylene, M_n = 350 000 g/mol. C–C bond length 0.154 nm, bond angle 109°.
    (a) Compute the total (fully extended) chain length L.
    (b) Compute the average end-to-end distance r = d√N for the molecule, where N is the number of backbone bonds. Answer in nm.
    (c) Explain why r is so much smaller than L.
    Only (b) is graded numerically."""
    dp = 350000 / (2 * 12.011 + 4 * 1.008)
    return Q_(0.154, "nm") * math.sqrt(2 * dp)


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "psi",
    "E_cl = E_f V_f + E_m V_m (isostrain)",
    solution="E_cl = 230(0.55) + 3.4(0.45) = 128.0 GPa = 128.0 × 10⁹/6894.76 = 1.857 × 10⁷ psi.",
    forms=("mixed_units", "unit_conversion_at_end", "one_step"),
)
def h19b_cc_01():
    """A unidirectional carbon fibre/epoxy laminate has 55 vol% fibre. E(fibre) = 230 GPa, E(epoxy) = 3.4 GPa. Estimate the longitudinal modulus and give it in psi for the US customer."""
    return Q_(230, "GPa") * 0.55 + Q_(3.4, "GPa") * 0.45


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "isostrain E_cl = E_fV_f + E_mV_m; isostress 1/E_ct = V_f/E_f + V_m/E_m",
    solution="E_cl = 128.0 GPa. 1/E_ct = 0.55/230 + 0.45/3.4 = 0.002391 + 0.13235 = 0.13474, E_ct = 7.42 GPa. Ratio = 128.0/7.42 = 17.3.",
    forms=("how_many_times", "multi_step", "ratio"),
)
def h19b_cc_02():
    """For the same composite (V_f = 0.55, fibre modulus 230 GPa, matrix modulus 3.4 GPa) how many times stiffer is the composite along the fibres than across them?"""
    el = 230 * 0.55 + 3.4 * 0.45
    et = 1 / (0.55 / 230 + 0.45 / 3.4)
    return el / et


@item(
    S,
    "ceramics_composites",
    "GPa",
    "V_f + V_m = 1 for a pore-free composite",
    refuse="The stated fibre (70 vol%) and matrix (45 vol%) fractions add to 115 %, which is impossible, so the modulus cannot be computed.",
    solution="V_f + V_m = 0.70 + 0.45 = 1.15 > 1; the givens are contradictory.",
    forms=("must_refuse", "contradictory_givens"),
)
def h19b_cc_03():
    """An aramid/epoxy rod contains 70 vol% aramid fibres (E = 131 GPa) in an epoxy matrix (E = 2.4 GPa) that makes up 45 vol% of the rod. Estimate the longitudinal modulus of elasticity in GPa."""
    return None


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "rock-salt structure: a = 2(r_c + r_a), 4 formula units per cell",
    solution="a = 2(0.072 + 0.140) = 0.424 nm. ρ = 4(24.31 + 16.00)/[(0.424 × 10⁻⁷)³ × 6.022 × 10²³] = 161.24/45.90 = 3.51 g/cm³.",
    forms=("known_datum_not_given", "two_step", "tex"),
)
def h19b_cc_04():
    r"""Magnesium oxide has the rock-salt structure. With ionic radii $r_{\mathrm{Mg^{2+}}} = 0.072\ \mathrm{nm}$ and $r_{\mathrm{O^{2-}}} = 0.140\ \mathrm{nm}$, compute its theoretical density in $\mathrm{g/cm^3}$."""
    a = 2 * (Q_(0.072, "nm") + Q_(0.140, "nm"))
    return 4 * Q_(24.305 + 15.999, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "GPa",
    "P = 1 − ρ/ρ_th; E = E_0(1 − 1.9P + 0.9P²)",
    solution="P = 1 − 3.45/3.98 = 0.1332. E = 380(1 − 1.9 × 0.1332 + 0.9 × 0.1332²) = 380 × 0.7629 = 290 GPa.",
    forms=("two_step", "relation_given", "answer_in_named_unit"),
)
def h19b_cc_05():
    """A sintered alumina part has a bulk density of 3.45 g/cm³; fully dense alumina has 3.98 g/cm³ and E₀ = 380 GPa. Using E = E₀(1 − 1.9P + 0.9P²), with P the volume fraction porosity, estimate the modulus of the part (answer in GPa)."""
    p = 1 - 3.45 / 3.98
    return Q_(380, "GPa") * (1 - 1.9 * p + 0.9 * p**2)


@item(
    S,
    "ceramics_composites",
    "MPa",
    "three-point bend σ_fs = 3FL/(2bd²)",
    decimals=1,
    solution="σ = 3 × 420 × 0.040/(2 × 0.010 × 0.005²) = 50.4/5.0 × 10⁻⁷ = 1.008 × 10⁸ Pa = 100.8 MPa.",
    forms=("gate_style", "rounding", "one_step"),
)
def h19b_cc_06():
    """A rectangular bar of a glass-ceramic, 10 mm wide and 5 mm thick, is tested in three-point bending over a support span of 40 mm and breaks at a load of 420 N. The flexural strength (in MPa) is ______ (rounded off to one decimal place)."""
    return 3 * Q_(420, "N") * Q_(40, "mm") / (2 * Q_(10, "mm") * Q_(5, "mm") ** 2)


@item(
    S,
    "ceramics_composites",
    "MPa",
    "σ_f = K_Ic/(Y√(πa)); the largest flaw governs",
    solution="The largest surface flaw, a = 60 µm, governs. σ_f = 4.0/(1.0 × √(π × 60 × 10⁻⁶)) = 4.0/0.01373 = 291 MPa.",
    forms=("range_extreme", "maximum", "one_step"),
)
def h19b_cc_07():
    """Polishing leaves surface flaws between 20 and 60 µm deep in a silicon nitride component (K_Ic = 4.0 MPa·m^1/2, take Y = 1.0). What is the maximum tensile stress the component can carry without fracture?"""
    return Q_(4.0, "MPa*m**0.5") / (math.pi * Q_(60, "um")) ** 0.5


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "performance index for a stiff light tie: E/ρ",
    solution="E/ρ(CFRP) = 110/1.55 = 70.97; E/ρ(Ti) = 115/4.50 = 25.56. Ratio = 2.78. Cost and strength data are not needed.",
    forms=("selection", "ratio_two_materials", "table_header_units"),
)
def h19b_cc_08():
    """For a tie rod of given length that must carry a given load with a prescribed maximum extension at minimum mass, the performance index is E/ρ. Data:

    | material | E (GPa) | ρ (Mg/m³) | cost ($/kg) | σ_y (MPa) |
    |---|---|---|---|---|
    | CFRP (UD) | 110 | 1.55 | 40 | 550 |
    | Al 7075 | 71 | 2.80 | 3 | 500 |
    | Ti-6Al-4V | 115 | 4.50 | 25 | 900 |
    | low-C steel | 210 | 7.85 | 0.8 | 250 |

    By what factor does the index of CFRP exceed that of the titanium alloy?"""
    return (110 / 1.55) / (115 / 4.50)


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "g",
    "Faraday: m = ItM/(nF)",
    solution="m = 2.5 A × 86 400 s × 55.85 g/mol/(2 × 96 485 C/mol) = 62.5 g of Fe (Fe → Fe²⁺ + 2e⁻).",
    forms=("one_step", "known_datum_not_given", "story"),
)
def h19b_corr_01():
    """A stray current of 2.5 A leaves a buried steel pipe for one full day, dissolving iron as Fe²⁺. How many grams of iron are lost?"""
    return Q_(2.5, "A") * Q_(24, "hour") * Q_(55.845, "g/mol") / (2 * F_CONST)


@item(
    S,
    "corrosion",
    "thou/year",
    "penetration rate = W/(ρAt)",
    solution="A = 12.5 in² = 80.65 cm². Thickness lost = 0.485 g/(7.9 g/cm³ × 80.65 cm²) = 7.61 × 10⁻⁴ cm = 0.300 mil in 2190 h (0.2498 yr). Rate = 1.20 mils per year.",
    forms=("us_units", "old_notation", "mixed_units", "two_step"),
)
def h19b_corr_02():
    """A carbon steel coupon (ρ = 7.9 g/cm³) of total exposed area 12.5 in.² loses 485 mg after 2190 h in a cooling-water loop. What is the corrosion rate in mils per year (mpy)?"""
    depth = Q_(485, "mg") / (Q_(7.9, "g/cm**3") * Q_(12.5, "inch**2"))
    return depth / Q_(2190, "hour")


@item(
    S,
    "corrosion",
    "V",
    "E = E° − (RT/nF) ln(Q), E° = 0.340 − (−0.763) V",
    solution="E° = 0.340 + 0.763 = 1.103 V (standard values). Q = [Zn²⁺]/[Cu²⁺] = 0.01/0.5 = 0.02. E = 1.103 − (0.05916/2) log 0.02 = 1.103 + 0.0503 = 1.153 V.",
    forms=("known_datum_not_given", "two_step", "ascii"),
)
def h19b_corr_03():
    """A Daniell-type cell is made of a Zn electrode in 0.01 M Zn2+ and a Cu electrode in 0.5 M Cu2+ at 25 deg C. What is the cell voltage (V)? Use the standard electrode potentials."""
    e0 = Q_(0.340 - (-0.763), "V")
    t = Q_(298.15, "K")
    return e0 - R_GAS * t / (2 * F_CONST) * math.log(0.01 / 0.5)


@item(
    S,
    "corrosion",
    "thou/year",
    "CPR = KW/(ρAt) needs the exposure time",
    refuse="A corrosion rate needs the exposure time, which the question does not give.",
    solution="W, ρ and A are given but t is not; the penetration rate cannot be computed.",
    forms=("must_refuse", "missing_datum", "long_context"),
)
def h19b_corr_04():
    """Plant audit. The water-treatment contractor pulled a mild-steel test coupon (density 7.87 g/cm³, exposed area 16 in.²) from the condensate return line during the spring shutdown. The coupon had been weighed before it went in, and it came out 312 mg lighter after cleaning; the inhibitor dosage in the line was 25 ppm by weight throughout and the water temperature about 60 °C. The coupon log for the previous year was lost when the contractor changed. Calculate the corrosion rate of the coupon in mils per year."""
    return None


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio = M_oxide ρ_metal/(a M_metal ρ_oxide)",
    solution="PBR = 101.96 × 2.70/(2 × 26.98 × 3.95) = 275.3/213.1 = 1.29, between 1 and 2: protective.",
    forms=("one_step", "numbered_givens", "sketch_part"),
)
def h19b_corr_05():
    """Aluminium oxidises to Al₂O₃. Given (i) ρ(Al) = 2.70 g/cm³, (ii) ρ(Al₂O₃) = 3.95 g/cm³, (iii) M(Al) = 26.98 g/mol, (iv) M(Al₂O₃) = 101.96 g/mol: compute the Pilling–Bedworth ratio and explain (in words) whether the scale should be protective."""
    return (101.96 * 2.70) / (2 * 26.98 * 3.95)


@item(
    S,
    "corrosion",
    "um/year",
    "penetration rate = iM/(nFρ)",
    solution="r = 2.3 × 10⁻⁶ A/cm² × 65.38/(2 × 96 485 × 7.13) = 1.093 × 10⁻¹⁰ cm/s = 3.45 × 10⁻³ cm/yr = 34.5 µm/yr.",
    forms=("per_unit_time", "unit_conversion_at_end", "two_step"),
)
def h19b_corr_06():
    """The corrosion current density of a zinc coating in sea water is 2.3 µA/cm². Zinc: 65.38 g/mol, 7.13 g/cm³, dissolves as Zn²⁺. Express the penetration rate in µm per year."""
    i = Q_(2.3, "uA/cm**2")
    return i * Q_(65.38, "g/mol") / (2 * F_CONST * Q_(7.13, "g/cm**3"))


@item(
    S,
    "corrosion",
    "A/m**2",
    "Tafel η = β log10(i/i_0)",
    solution="log10(i/i_0) = 0.25/0.10 = 2.5; i = 10⁻⁶ × 10^2.5 = 3.16 × 10⁻⁴ A/cm² = 3.16 A/m².",
    forms=("log_given", "inverse", "unit_conversion_at_end"),
)
def h19b_corr_07():
    r"""The anodic Tafel slope of a metal is $\beta = 0.10\ \mathrm{V/decade}$ and its exchange current density is $i_0 = 10^{-6}\ \mathrm{A\,cm^{-2}}$. At an overpotential of $+0.25\ \mathrm{V}$ the current density is (answer in $\mathrm{A\,m^{-2}}$):"""
    return Q_(1e-6, "A/cm**2") * 10 ** (0.25 / 0.10)


@item(
    S,
    "corrosion",
    "year",
    "anode life t = ε m n F/(M I)",
    solution="Charge available = 15 000 g × 2 × 96 485/24.31 = 1.191 × 10⁸ C; at 50 % efficiency 5.95 × 10⁷ C. t = 5.95 × 10⁷/0.60 = 9.92 × 10⁷ s = 3.14 years.",
    forms=("long_context", "distractor", "rate_as_time", "multi_step"),
)
def h19b_corr_08():
    """A coastal marina installs magnesium sacrificial anodes on its steel pontoons. Each anode weighs 15 kg; the steel area it protects is about 40 m² and the design current density for bare steel in sea water is quoted in the spec as 15 mA/m², but monitoring shows each anode actually delivers a steady 0.60 A. Magnesium anodes are only about 50 % efficient (the rest is lost to self-corrosion). Mg: 24.31 g/mol, dissolves as Mg²⁺. How many years will an anode last?"""
    charge = Q_(15, "kg") * 2 * F_CONST / Q_(24.31, "g/mol")
    return 0.50 * charge / Q_(0.60, "A")


@item(
    S,
    "corrosion",
    "mV",
    "concentration cell E = (RT/nF) ln(c_1/c_2)",
    solution="E = (8.314 × 298.15/(2 × 96 485)) ln(0,5/0,005) = 0.012846 × 4.605 = 0.0592 V = 59.2 mV.",
    forms=("decimal_comma", "one_step", "named_unit"),
)
def h19b_corr_09():
    """Two copper electrodes dip into CuSO₄ solutions of 0,5 mol/L and 0,005 mol/L, joined by a salt bridge, at 25 °C. Calculate the EMF of this concentration cell in millivolts."""
    return R_GAS * Q_(298.15, "K") / (2 * F_CONST) * math.log(0.5 / 0.005)
