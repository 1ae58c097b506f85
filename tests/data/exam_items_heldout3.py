"""Set heldout3 (set D) of the blind exam set: 120 questions over the 14 topics of a qualifying exam.

Written by a question writer who did not read the answer engine or the solver's output; the earlier
sets were read for their format only (no question or number is taken from them). Each key is
computed in the function body with pint quantities (a unit slip raises when the builder converts
the result to the item's unit); ``solution`` is the worked solution in words and ``forms`` says how
the question is written. An ambiguous question returns a dict of its standard readings; a question
that cannot be answered from its givens returns None and says why.
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
from scipy.special import erfinv

S = "heldout3"


# standard atomic weights (g/mol) used by the polymer and ceramic items
A_H, A_C, A_O, A_CL = 1.008, 12.011, 15.999, 35.45


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "BCC a = 4R/√3; ρ = nA/(V_C N_A) with n = 2 (Callister ch. 3)",
    solution="a = 4R/√3 = 4(0.1363)/1.732 = 0.3148 nm; V_C = a³ = 3.119×10⁻²³ cm³; ρ = 2(95.95)/(3.119×10⁻²³ · 6.022×10²³) = 10.22 g/cm³.",
    forms=("tex", "multi_step"),
)
def h3_cryst_01():
    r"""Molybdenum has the BCC crystal structure, an atomic radius of $0.1363 \mathrm{~nm}$ and an atomic weight of $95.95 \mathrm{~g/mol}$. Compute its theoretical density in $\mathrm{g/cm^{3}}$."""
    a = 4 * Q_(0.1363, "nm") / math.sqrt(3)
    return 2 * Q_(95.95, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "d_hkl = a/√(h²+k²+l²); λ = 2d sinθ (Cullity, Elements of X-ray Diffraction)",
    solution="d₂₁₁ = 2.8665/√6 = 1.1702 Å; sinθ = 1.5406/(2 · 1.1702) = 0.6582, θ = 41.16°, so the peak lies at 2θ = 82.33°.",
    forms=("unicode",),
)
def h3_cryst_02():
    """α-iron is BCC with a = 2.8665 Å. Where (2θ, in degrees) should the 211 peak appear in a diffractogram recorded with Cu Kα₁ radiation, λ = 1.5406 Å?"""
    d = Q_(2.8665, "angstrom") / math.sqrt(2**2 + 1 + 1)
    sin_theta = num(Q_(1.5406, "angstrom") / (2 * d))
    return Q_(2 * math.degrees(math.asin(sin_theta)), "degree")


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "BCC reflection rule h+k+l even: the first line is (110); Bragg's law; a = d√(h²+k²+l²)",
    solution="In BCC the first allowed reflection is 110. θ = 20.13°, d₁₁₀ = 1.5406/(2 sin 20.13°) = 2.238 Å, a = √2 · d₁₁₀ = 3.165 Å.",
    forms=("multi_step", "unicode"),
)
def h3_cryst_03():
    """The first (lowest-angle) line in the powder pattern of a BCC metal recorded with Cu Kα radiation (λ = 1.5406 Å) lies at 2θ = 40.26°. Determine the lattice parameter of the metal in Å."""
    theta = math.radians(40.26 / 2)
    d110 = Q_(1.5406, "angstrom") / (2 * math.sin(theta))
    return d110 * math.sqrt(2)


@item(
    S,
    "crystallography_xrd",
    "1/nm",
    "FCC [110] linear density: atoms touch along ⟨110⟩, LD = 1/(2R) (Callister §3.11)",
    solution="Along [110] in FCC the atoms touch, so the repeat distance is 2R = 0.256 nm and LD = 1/(2R) = 3.91 atoms per nm.",
    forms=("unit_form",),
)
def h3_cryst_04():
    """Copper is FCC with an atomic radius of 0.128 nm. How many atoms are there per unit length along the [110] direction? Express your answer in atoms per nanometre."""
    return 1 / (2 * Q_(0.128, "nm"))


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "HCP cell V = (3√3/2)a²c with 6 atoms; ρ = nA/(V N_A)",
    solution="V = (3√3/2)(0.3209 nm)²(0.5211 nm) = 0.1394 nm³ for 6 atoms; ρ = 6 · 24.31/(1.394×10⁻²² cm³ · 6.022×10²³) = 1.74 g/cm³. The melting point and Young's modulus are not needed.",
    forms=("distractor", "unicode"),
)
def h3_cryst_05():
    """Magnesium melts at 650 °C, has a Young's modulus of 45 GPa, and crystallises in the hexagonal close-packed structure with a = 0.3209 nm and c = 0.5211 nm. Its atomic weight is 24.31 g/mol. Estimate the density of magnesium (g/cm³) from these crystallographic data."""
    a, c = Q_(0.3209, "nm"), Q_(0.5211, "nm")
    volume = 3 * math.sqrt(3) / 2 * a**2 * c
    return 6 * Q_(24.31, "g/mol") / (volume * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "pm",
    "cubic d_hkl = a/√(h²+k²+l²)",
    solution="d₂₂₀ = 5.431 Å/√8 = 1.920 Å = 192.0 pm.",
    forms=("unicode", "unit_form"),
)
def h3_cryst_06():
    """How large is the interplanar spacing d₂₂₀ in silicon (diamond cubic, a = 5.431 Å)? Express it in picometres."""
    return Q_(5.431, "angstrom") / math.sqrt(2**2 + 2**2)


@item(
    S,
    "crystallography_xrd",
    None,
    "Bragg λ = 2d sinθ gives d; a = d√(h²+k²+l²) needs the reflection's indices",
    refuse="the indices of the reflection (and the cubic lattice type) are not known, so the spacing cannot be converted into a lattice parameter",
    solution="d = λ/(2 sinθ) = 0.2034 nm, but a = d√(h²+k²+l²) needs hkl, which cannot be fixed from a single peak of an unknown cubic structure.",
    forms=("must_refuse",),
)
def h3_cryst_07():
    """A cubic metal of unknown structure is examined with Cu Kα radiation (λ = 0.15406 nm); only one diffraction peak, at 2θ = 44.5°, is recorded. Determine the lattice parameter of the metal in nm."""
    return None


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Bragg λ = 2d sinθ; 'peak at 22.0°' read as the Bragg angle θ or as the diffractometer angle 2θ",
    solution="If 22.0° is θ: d = 0.0711/(2 sin 22.0°) = 0.0949 nm. If it is the diffractometer reading 2θ: θ = 11.0°, d = 0.0711/(2 sin 11.0°) = 0.1863 nm. The question does not say which angle is meant: both readings are listed.",
    forms=("ambiguous",),
)
def h3_cryst_08():
    """Using Mo Kα radiation of wavelength 0.0711 nm, a first-order diffraction peak is observed at an angle of 22.0°. What is the corresponding interplanar spacing in nm?"""
    lam = Q_(0.0711, "nm")
    return {
        "angle is θ": lam / (2 * math.sin(math.radians(22.0))),
        "angle is 2θ": lam / (2 * math.sin(math.radians(11.0))),
    }


@item(
    S,
    "crystallography_xrd",
    "m**3",
    "FCC a = 2R√2, V_C = a³",
    solution="a = 2√2 (0.1431 nm) = 0.4048 nm; V_C = a³ = 0.06631 nm³ = 6.63×10⁻²⁹ m³.",
    forms=("tex", "sig_figs", "unit_form"),
)
def h3_cryst_09():
    r"""Aluminium is FCC with an atomic radius of $R = 0.1431 \mathrm{~nm}$. Calculate the volume of its unit cell in $\mathrm{m}^{3}$, to three significant figures."""
    a = 2 * math.sqrt(2) * Q_(0.1431, "nm")
    return a**3


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "1/m**3",
    "N = N_Aρ/A; N_v = N exp(−Q_v/kT) (Callister eq. 4.1)",
    solution="N = 6.022×10²³ · 18.63/196.97 = 5.696×10²² cm⁻³ = 5.696×10²⁸ m⁻³; kT at 1173 K = 0.1011 eV; N_v = 5.696×10²⁸ exp(−0.98/0.1011) = 3.50×10²⁴ m⁻³.",
    forms=("tex", "multi_step"),
)
def h3_def_01():
    r"""Calculate the equilibrium number of vacancies per cubic metre in gold at $900^{\circ} \mathrm{C}$. The energy for vacancy formation is $0.98 \mathrm{~eV/atom}$; the atomic weight and density (at $900^{\circ} \mathrm{C}$) of gold are $196.97 \mathrm{~g/mol}$ and $18.63 \mathrm{~g/cm^{3}}$."""
    n_sites = AVOGADRO * Q_(18.63, "g/cm**3") / Q_(196.97, "g/mol")
    return n_sites * math.exp(-num(Q_(0.98, "eV") / (K_BOLTZ * kelvin(900))))


@item(
    S,
    "defects",
    "eV",
    "N_v/N = exp(−Q_v/kT) at two temperatures: Q_v = k ln(f₂/f₁)/(1/T₁ − 1/T₂)",
    solution="ln(4.7×10⁻⁵/3.1×10⁻⁶) = 2.719; 1/873.15 − 1/1073.15 = 2.134×10⁻⁴ K⁻¹; Q_v = 8.617×10⁻⁵ · 2.719/2.134×10⁻⁴ = 1.10 eV.",
    forms=("unicode",),
)
def h3_def_02():
    """The equilibrium fraction of vacant lattice sites in a metal is 3.1 × 10⁻⁶ at 600 °C and 4.7 × 10⁻⁵ at 800 °C. Estimate the energy for vacancy formation, in eV per vacancy."""
    t1, t2 = kelvin(600), kelvin(800)
    return K_BOLTZ * math.log(4.7e-5 / 3.1e-6) / (1 / t1 - 1 / t2)


@item(
    S,
    "defects",
    "1/m**3",
    "Schottky defects N_s = N exp(−Q_s/2kT), N = N_Aρ/(A_K + A_Cl) (Callister §12.5)",
    solution="N = 6.022×10²³ · 1.955/(39.10 + 35.45) = 1.579×10²² cm⁻³ = 1.579×10²⁸ m⁻³ formula units; Q_s/2kT = 2.6/(2 · 8.617×10⁻⁵ · 773.15) = 19.51; N_s = 1.579×10²⁸ e^−19.51 = 5.3×10¹⁹ m⁻³.",
    forms=("multi_step", "unicode"),
)
def h3_def_03():
    """The energy for the formation of a Schottky defect in KCl is 2.6 eV. Calculate the number of Schottky defects per m³ at 500 °C. The density of KCl is 1.955 g/cm³; the atomic weights of K and Cl are 39.10 and 35.45 g/mol."""
    n = AVOGADRO * Q_(1.955, "g/cm**3") / Q_(39.10 + 35.45, "g/mol")
    return n * math.exp(-num(Q_(2.6, "eV") / (2 * K_BOLTZ * kelvin(500))))


@item(
    S,
    "defects",
    "1/m**2",
    "dislocation density = total line length / volume",
    solution="ρ_d = 5 000 km/(2 mm)³ = 5×10⁶ m/8×10⁻⁹ m³ = 6.25×10¹⁴ m⁻².",
    forms=("spaced_thousands",),
)
def h3_def_04():
    """A heavily cold-worked metal cube, 2 mm on an edge, contains a total dislocation line length of 5 000 km. What is the dislocation density (in m^-2)?"""
    return Q_(5000, "km") / Q_(2, "mm") ** 3


@item(
    S,
    "defects",
    "angstrom",
    "FCC Burgers vector b = (a/2)⟨110⟩, |b| = a/√2",
    solution="In FCC the slip vector is (a/2)[110]; |b| = a√2/2 = 3.615/1.414 = 2.556 Å.",
    forms=("unicode",),
)
def h3_def_05():
    """Determine the magnitude of the Burgers vector of a perfect dislocation in copper (FCC, a = 3.615 Å). Give the result in ångströms."""
    return Q_(3.615, "angstrom") / math.sqrt(2)


@item(
    S,
    "defects",
    "1/mm**2",
    "ASTM grain size N = 2^(n−1) grains per in² at 100×; actual area = (1/100)² in²",
    solution="N = 2^(6−1) = 32 grains per square inch at 100×, i.e. per (0.01 in)² = 6.452×10⁻² mm² of real area: 32/0.06452 = 496 grains/mm².",
    forms=("multi_step",),
)
def h3_def_06():
    """A steel has an ASTM grain size number of 6. Approximately how many grains are there per square millimetre of actual (unmagnified) surface?"""
    per_in2_at_100x = 2 ** (6 - 1)
    real_area = (Q_(1, "inch") / 100) ** 2
    return per_in2_at_100x / real_area


@item(
    S,
    "defects",
    "percent",
    "at% from wt%: C'_Sn = (C_Sn/A_Sn)/(C_Sn/A_Sn + C_Cu/A_Cu) (Callister eq. 4.6)",
    solution="moles per 100 g: Sn 5/118.71 = 0.04212, Cu 95/63.55 = 1.4949; at% Sn = 0.04212/1.5370 = 2.74 at%.",
    forms=("percent",),
)
def h3_def_07():
    """A bronze contains 5 wt% Sn and 95 wt% Cu (atomic weights 118.71 and 63.55 g/mol). What is the tin content in atom percent?"""
    n_sn = Q_(5, "g") / Q_(118.71, "g/mol")
    n_cu = Q_(95, "g") / Q_(63.55, "g/mol")
    return n_sn / (n_sn + n_cu)


@item(
    S,
    "defects",
    "nm",
    "FCC octahedral site: a = 2R + 2r = 2√2R, r = (√2 − 1)R = 0.414R",
    solution="Along the cube edge a = 2R + 2r and a = 2√2R, so r = (√2 − 1)R = 0.414 · 0.129 = 0.0534 nm.",
    forms=("plain",),
)
def h3_def_08():
    """γ-iron (FCC) has an atomic radius of 0.129 nm. What is the radius of the largest interstitial atom that fits into an octahedral site without distorting the lattice? Answer in nm."""
    return (math.sqrt(2) - 1) * Q_(0.129, "nm")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="Q/RT = 87 400/(8.314 · 773.15) = 13.60; D = 1.1×10⁻⁶ e^−13.60 = 1.37×10⁻¹² m²/s.",
    forms=("tex",),
)
def h3_diff_01():
    r"""For the diffusion of carbon in $\alpha$-iron, $D_0 = 1.1 \times 10^{-6} \mathrm{~m^{2}/s}$ and $Q_d = 87.4 \mathrm{~kJ/mol}$. Determine the diffusion coefficient at $500^{\circ} \mathrm{C}$."""
    return Q_(1.1e-6, "m**2/s") * math.exp(-num(Q_(87.4, "kJ/mol") / (R_GAS * kelvin(500))))


@item(
    S,
    "diffusion",
    "kJ/mol",
    "Q_d = R ln(D₂/D₁)/(1/T₁ − 1/T₂) (Callister eq. 5.11)",
    solution="ln(4.1×10⁻¹³/1.6×10⁻¹⁵) = 5.546; 1/900 − 1/1100 = 2.020×10⁻⁴ K⁻¹; Q = 8.314 · 5.546/2.020×10⁻⁴ = 228 kJ/mol.",
    forms=("unit_form",),
)
def h3_diff_02():
    """The diffusion coefficients of a substitutional solute in a metal are 1.6 × 10^-15 m^2/s at 900 K and 4.1 × 10^-13 m^2/s at 1100 K. Calculate the activation energy for diffusion (in kJ/mol)."""
    t1, t2 = Q_(900, "K"), Q_(1100, "K")
    return R_GAS * math.log(4.1e-13 / 1.6e-15) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "kg/(m**2*hour)",
    "Fick's first law J = −D dC/dx",
    solution="J = 4.5×10⁻¹¹ · (1.2 − 0.4)/0.008 = 4.5×10⁻⁹ kg m⁻² s⁻¹ = 1.62×10⁻⁵ kg m⁻² h⁻¹.",
    forms=("unit_form", "unicode"),
)
def h3_diff_03():
    """Nitrogen diffuses in steady state through an iron plate 8 mm thick. The concentrations at the two faces are 1.2 and 0.4 kg/m³ and D = 4.5 × 10⁻¹¹ m²/s at the operating temperature. What is the diffusion flux, in kg m⁻² h⁻¹?"""
    return Q_(4.5e-11, "m**2/s") * (Q_(1.2, "kg/m**3") - Q_(0.4, "kg/m**3")) / Q_(8, "mm")


@item(
    S,
    "diffusion",
    "hour",
    "Fick's second law, semi-infinite solid: (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt))",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.5 = 1 − erf z, so erf z = 0.5 and z = 0.4769; t = x²/(4z²D) = (7.5×10⁻⁴)²/(4 · 0.2275 · 1.6×10⁻¹¹) = 3.86×10⁴ s = 10.7 h.",
    forms=("multi_step",),
)
def h3_diff_04():
    """A steel gear containing 0.20 wt% C is carburised in an atmosphere that holds its surface at 1.00 wt% C. At the carburising temperature the diffusion coefficient of carbon is 1.6 × 10^-11 m^2/s. How long (in hours) does it take for the carbon content to reach 0.60 wt% at a depth of 0.75 mm?"""
    ratio = (0.60 - 0.20) / (1.00 - 0.20)
    z = float(erfinv(1 - ratio))
    return Q_(0.75, "mm") ** 2 / (4 * z**2 * Q_(1.6e-11, "m**2/s"))


@item(
    S,
    "diffusion",
    "hour",
    "same profile ⇔ Dt constant (Callister §5.3): t₂ = t₁D₁/D₂ with D = D₀ exp(−Q/RT); D₀ cancels",
    solution="t₂ = t₁D₁/D₂ = 10 h · exp[−(148 000/8.314)(1/1173.15 − 1/1273.15)] = 10 · e^−1.192 = 3.04 h. D₀ cancels.",
    forms=("distractor", "multi_step", "tex"),
)
def h3_diff_05():
    r"""A carburising treatment of $10 \mathrm{~h}$ at $900^{\circ} \mathrm{C}$ produces the required case depth. For carbon in $\gamma$-iron $D_0 = 2.3 \times 10^{-5} \mathrm{~m^{2}/s}$ and $Q_d = 148 \mathrm{~kJ/mol}$. How long would the same treatment take at $1000^{\circ} \mathrm{C}$ to produce the same case depth? (in hours)"""
    d0, q = Q_(2.3e-5, "m**2/s"), Q_(148, "kJ/mol")
    d900 = d0 * math.exp(-num(q / (R_GAS * kelvin(900))))
    d1000 = d0 * math.exp(-num(q / (R_GAS * kelvin(1000))))
    return Q_(10, "hour") * d900 / d1000


@item(
    S,
    "diffusion",
    None,
    "D(T) = D₀ exp(−Q/RT) needs Q (or a second D) to extrapolate",
    refuse="only one diffusion coefficient is given and neither the activation energy nor D₀, so D at another temperature cannot be found",
    solution="D₂ = D₁ exp[−(Q/R)(1/T₂ − 1/T₁)]: Q is not given.",
    forms=("must_refuse", "unicode"),
)
def h3_diff_06():
    """The diffusion coefficient of an alloying element in a nickel-base superalloy is 3.0 × 10⁻¹⁴ m²/s at 700 °C. What is it at 900 °C?"""
    return None


@item(
    S,
    "diffusion",
    "degC",
    "D = D₀ exp(−Q/RT) solved for T: T = Q/(R ln(D₀/D))",
    solution="ln(6.5×10⁻⁵/1.0×10⁻¹⁴) = ln(6.5×10⁹) = 22.59; T = 136 000/(8.314 · 22.59) = 724.0 K = 450.8 °C.",
    forms=("multi_step", "unicode"),
)
def h3_diff_07():
    """For copper diffusing in aluminium D₀ = 6.5 × 10⁻⁵ m²/s and Q = 136 kJ/mol. At what temperature (°C) will the diffusion coefficient be 1.0 × 10⁻¹⁴ m²/s?"""
    t = Q_(136, "kJ/mol") / (R_GAS * math.log(6.5e-5 / 1.0e-14))
    return t.to("K")


@item(
    S,
    "diffusion",
    "g",
    "Fick's first law J = D ΔC/Δx; mass = J A t",
    solution="J = 1.7×10⁻⁸ · (2.0 − 0.4)/0.005 = 5.44×10⁻⁶ kg m⁻² s⁻¹; over 0.20 m² for 3600 s: 3.92×10⁻³ kg = 3.92 g. The sheet's temperature and density are not needed beyond D.",
    forms=("multi_step", "distractor"),
)
def h3_diff_08():
    """Hydrogen is purified by passing it through a palladium sheet 5 mm thick and 0.20 m^2 in area at 600 °C (palladium density 12.0 g/cm^3). The hydrogen concentrations at the high- and low-pressure faces are 2.0 and 0.4 kg/m^3, and D = 1.7 × 10^-8 m^2/s. How many grams of hydrogen pass through the sheet per hour?"""
    flux = Q_(1.7e-8, "m**2/s") * (Q_(2.0, "kg/m**3") - Q_(0.4, "kg/m**3")) / Q_(5, "mm")
    return flux * Q_(0.20, "m**2") * Q_(1, "hour")


@item(
    S,
    "diffusion",
    "dimensionless",
    "D₂/D₁ = exp[(Q/R)(1/T₁ − 1/T₂)]",
    solution="(142 000/8.314)(1/673.15 − 1/773.15) = 17 080 · 1.921×10⁻⁴ = 3.282; D₇₇₃/D₆₇₃ = e^3.282 = 26.6.",
    forms=("sig_figs",),
)
def h3_diff_09():
    """Zinc diffuses in copper with an activation energy of 142 kJ/mol. By what factor does the diffusion coefficient increase when the temperature is raised from 400 °C to 500 °C? Give the factor to three significant figures."""
    t1, t2 = kelvin(400), kelvin(500)
    return math.exp(num(Q_(142, "kJ/mol") / R_GAS * (1 / t1 - 1 / t2)))


# ---------------------------------------------------------------- mechanical properties, failure, fatigue, creep


@item(
    S,
    "mechanical_failure",
    "mm",
    "σ = F/A₀, Hooke's law ε = σ/E, Δl = εl₀ (Callister ch. 6)",
    solution="σ = 12 000 N/(π · 0.005² m²) = 152.8 MPa, below the 280 MPa yield strength, so the deformation is elastic: Δl = (152.8/69 000) · 250 mm = 0.554 mm.",
    forms=("tex", "distractor", "spaced_thousands"),
)
def h3_mech_01():
    r"""An aluminium-alloy rod $250 \mathrm{~mm}$ long and $10 \mathrm{~mm}$ in diameter carries a tensile load of $12\,000 \mathrm{~N}$. The alloy has $E = 69 \mathrm{~GPa}$, a yield strength of $280 \mathrm{~MPa}$ and a tensile strength of $310 \mathrm{~MPa}$. How much will the rod elongate (in mm)?"""
    area = math.pi / 4 * Q_(10, "mm") ** 2
    stress = Q_(12000, "N") / area
    return stress / Q_(69, "GPa") * Q_(250, "mm")


@item(
    S,
    "mechanical_failure",
    "dimensionless",
    "ν = −ε_x/ε_z with ε_z = σ/E, ε_x = Δd/d₀ (Callister eq. 6.8)",
    solution="σ = 15 000/(π · 0.005²) = 191.0 MPa; ε_z = 191.0/97 000 = 1.969×10⁻³; ε_x = −6.5 µm/10 mm = −6.5×10⁻⁴; ν = 6.5×10⁻⁴/1.969×10⁻³ = 0.33.",
    forms=("unicode", "multi_step"),
    decimals=2,
)
def h3_mech_02():
    """A cylindrical brass specimen 10 mm in diameter is pulled elastically by a force of 15 kN, and its diameter decreases by 6.5 µm. The elastic modulus of the brass is 97 GPa. Determine Poisson's ratio to two decimal places."""
    stress = Q_(15, "kN") / (math.pi / 4 * Q_(10, "mm") ** 2)
    axial = stress / Q_(97, "GPa")
    lateral = Q_(6.5, "micrometer") / Q_(10, "mm")
    return lateral / axial


@item(
    S,
    "mechanical_failure",
    "MPa",
    "σ_T = σ(1 + ε) for constant volume before necking (Callister eq. 6.18a)",
    solution="σ_T = σ(1 + ε) = 420 MPa × 1.18 = 496 MPa.",
    forms=("plain",),
)
def h3_mech_03():
    """During a tensile test, before the onset of necking, the engineering stress is 420 MPa at an engineering strain of 0.18. Assuming the volume stays constant, what is the true stress at this point, in MPa?"""
    return Q_(420, "MPa") * (1 + 0.18)


@item(
    S,
    "mechanical_failure",
    "dimensionless",
    "σ_T = K ε_Tⁿ: n = ln(σ₂/σ₁)/ln(ε₂/ε₁) (Callister eq. 6.19)",
    solution="n = ln(490/415)/ln(0.20/0.10) = 0.1661/0.6931 = 0.24.",
    forms=("plain",),
    decimals=2,
)
def h3_mech_04():
    """For a brass alloy in plastic deformation, a true stress of 415 MPa produces a true strain of 0.10, and a true stress of 490 MPa a true strain of 0.20. Assuming the Hollomon relation applies, determine the strain-hardening exponent n, to two decimal places."""
    return math.log(490 / 415) / math.log(0.20 / 0.10)


@item(
    S,
    "mechanical_failure",
    "mm",
    "K_Ic = Yσ√(πa): a_c = (1/π)(K_Ic/Yσ)² (Callister eq. 8.7)",
    solution="σ = (2/3) · 1 650 = 1 100 MPa; a_c = (1/π)[55/(1.1 · 1 100)]² = (1/π)(0.04545)² m = 6.58×10⁻⁴ m = 0.658 mm.",
    forms=("spaced_thousands", "multi_step"),
)
def h3_mech_05():
    """A high-strength steel with a yield strength of 1 650 MPa and a plane-strain fracture toughness of 55 MPa·m^1/2 is used in a component designed to operate at two-thirds of its yield strength. Taking Y = 1.1, what is the largest surface crack (in mm) that can be tolerated without fracture?"""
    stress = 2 / 3 * Q_(1650, "MPa")
    kic = Q_(55, "MPa*m**0.5")
    return (kic / (1.1 * stress)) ** 2 / math.pi


@item(
    S,
    "mechanical_failure",
    "hour",
    "Larson–Miller P = T(C + log t_r), C = 20, T in K, t_r in h (Callister eq. 8.24)",
    solution="log t_r = 24.0×10³/1073.15 − 20 = 2.364; t_r = 10^2.364 = 231 h.",
    forms=("tex",),
)
def h3_mech_06():
    r"""For an iron-base superalloy at a stress of $140 \mathrm{~MPa}$ the Larson–Miller parameter is $24.0 \times 10^{3}$ (with $C = 20$, $T$ in K and $t_r$ in h). Estimate the rupture lifetime of a component stressed at $140 \mathrm{~MPa}$ at $800^{\circ} \mathrm{C}$, in hours."""
    t = kelvin(800).magnitude
    return Q_(10 ** (24.0e3 / t - 20), "hour")


@item(
    S,
    "mechanical_failure",
    "1/hour",
    "ε̇_s = K₂σⁿ exp(−Q_c/RT): at fixed T, ε̇₂ = ε̇₁(σ₂/σ₁)ⁿ (Callister eq. 8.20)",
    solution="At the same temperature the exponential cancels: ε̇ = 1.0×10⁻⁵ · (70/50)^5 = 5.38×10⁻⁵ h⁻¹. The activation energy is not needed.",
    forms=("distractor", "unicode"),
)
def h3_mech_07():
    """A nickel alloy creeps at a steady-state rate of 1.0 × 10⁻⁵ h⁻¹ under 50 MPa at 650 °C. The stress exponent is 5.0 and the creep activation energy is 280 kJ/mol. Estimate the steady-state creep rate under 70 MPa at the same temperature."""
    rate = Q_(1.0e-5, "1/hour")
    return rate * (70 / 50) ** 5.0


@item(
    S,
    "mechanical_failure",
    None,
    "fatigue life needs the S–N curve (or Basquin constants)",
    refuse="no S–N data, fatigue strength coefficient or Basquin exponent is given, so the number of cycles cannot be computed",
    solution="N_f follows from an S–N curve or σ_a = σ'_f(2N_f)^b; neither is given.",
    forms=("must_refuse",),
)
def h3_mech_08():
    """A steel shaft 25 mm in diameter rotates under a fully reversed bending stress of amplitude 380 MPa. How many cycles will it survive before fatigue failure?"""
    return None


@item(
    S,
    "mechanical_failure",
    "MPa",
    "σ_c = K_Ic/(Y√(πa)); a crack of stated length 2.0 mm read as an interior crack (2a = 2.0 mm) or a surface crack (a = 2.0 mm)",
    solution="If the crack is interior, 2a = 2.0 mm and a = 1.0 mm: σ_c = 40/√(π · 0.001) = 714 MPa. If it is a surface crack, a = 2.0 mm: σ_c = 40/√(π · 0.002) = 505 MPa. The crack's position is not stated: both readings are listed.",
    forms=("ambiguous",),
)
def h3_mech_09():
    """A wide plate of an aluminium alloy with a plane-strain fracture toughness of 40 MPa√m contains a crack 2.0 mm long. Taking Y = 1.0, at what applied tensile stress will the plate fracture?"""
    kic = Q_(40, "MPa*m**0.5")
    return {
        "interior crack, a = 1.0 mm": kic / (math.pi * Q_(1.0, "mm")) ** 0.5,
        "surface crack, a = 2.0 mm": kic / (math.pi * Q_(2.0, "mm")) ** 0.5,
    }


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule W_L = (C_α − C₀)/(C_α − C_L) (Callister eq. 9.1b)",
    solution="W_L = (43 − 35)/(43 − 32) = 8/11 = 72.7 %. The casting temperature and cooling rate play no part.",
    forms=("percent", "distractor", "spaced_thousands"),
)
def h3_pd_01():
    """A Cu–35 wt% Ni alloy, cast at 1 350 °C and cooled at 5 °C per minute, is held at 1 250 °C, where the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What percentage of the alloy (by mass) is liquid at this temperature?"""
    c0, c_l, c_a = 35, 32, 43
    return Q_((c_a - c0) / (c_a - c_l), "")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule on the eutectic isotherm: W_e = (C₀ − C_α)/(C_E − C_α) (Callister eq. 9.10)",
    solution="Just below 183 °C the eutectic microconstituent forms from the liquid present just above: W_e = (40 − 18.3)/(61.9 − 18.3) = 21.7/43.6 = 0.498.",
    forms=("plain",),
)
def h3_pd_02():
    """A lead–tin solder containing 40 wt% Sn is cooled slowly to just below the eutectic temperature (183 °C). The α phase at this temperature contains 18.3 wt% Sn, the β phase 97.8 wt% Sn, and the eutectic composition is 61.9 wt% Sn. What mass fraction of the alloy is eutectic microconstituent?"""
    return Q_((40 - 18.3) / (61.9 - 18.3), "")


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule at the eutectoid: W_α' = (0.76 − C₀)/(0.76 − 0.022) (Callister eq. 9.20)",
    solution="W_α' = (0.76 − 0.45)/(0.76 − 0.022) = 0.31/0.738 = 42.0 %.",
    forms=("tex", "percent"),
)
def h3_pd_03():
    r"""A plain-carbon steel of composition $0.45 \mathrm{~wt\%~C}$ is slowly cooled from the austenite field to a temperature just below the eutectoid (the eutectoid composition is $0.76 \mathrm{~wt\%~C}$ and ferrite then contains $0.022 \mathrm{~wt\%~C}$). What percentage of the steel is proeutectoid ferrite?"""
    return Q_((0.76 - 0.45) / (0.76 - 0.022), "")


@item(
    S,
    "phase_diagrams",
    "g",
    "lever rule between ferrite (0.022 wt% C) and Fe₃C (6.70 wt% C): W_Fe₃C = (C₀ − 0.022)/(6.70 − 0.022)",
    solution="W_Fe₃C = (1.10 − 0.022)/(6.70 − 0.022) = 1.078/6.678 = 0.1614; mass = 0.1614 · 2 500 g = 404 g.",
    forms=("spaced_thousands", "multi_step"),
)
def h3_pd_04():
    """A 2 500 g specimen of an iron–carbon alloy containing 1.10 wt% C is cooled slowly to just below 727 °C. How many grams of cementite does it contain in total? Ferrite at this temperature holds 0.022 wt% C and cementite 6.70 wt% C."""
    w = (1.10 - 0.022) / (6.70 - 0.022)
    return w * Q_(2500, "g")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule F = C − P + 2",
    solution="F = C − P + 2 = 2 − 3 + 2 = 1.",
    forms=("plain",),
    abs_tol=0.0,
)
def h3_pd_05():
    """In a binary system in which both temperature and pressure may vary, how many degrees of freedom does the system have where three phases coexist in equilibrium?"""
    components, phases = 2, 3
    return Q_(components - phases + 2, "")


@item(
    S,
    "phase_diagrams",
    "percent",
    "inverse lever rule (mass balance): C₀ = W_αC_α + W_LC_L",
    solution="C₀ = 0.60 · 8.0 + 0.40 · 28.1 = 16.0 wt% Cu. The phase densities are not needed for mass fractions.",
    forms=("distractor", "multi_step"),
)
def h3_pd_06():
    """A silver–copper alloy held at 775 °C consists of 60 wt% α phase (8.0 wt% Cu) and 40 wt% liquid (28.1 wt% Cu). The densities of the α phase and the liquid are 10.3 and 9.6 g/cm^3. What is the overall composition of the alloy, in wt% Cu?"""
    return Q_(0.60 * 8.0 + 0.40 * 28.1, "percent")


@item(
    S,
    "phase_diagrams",
    None,
    "lever rule needs the tie-line (phase) compositions",
    refuse="the compositions of the liquid and solid at 1 280 °C are not given (no phase diagram), so the lever rule cannot be applied",
    solution="W_L = (C_α − C₀)/(C_α − C_L): C_α and C_L are not stated.",
    forms=("must_refuse", "spaced_thousands"),
)
def h3_pd_07():
    """A copper–nickel alloy containing 50 wt% Ni is held at 1 280 °C, where it lies in the two-phase liquid + α region. Determine the mass fractions of liquid and α."""
    return None


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule, then V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β) (Callister eq. 9.6)",
    solution="W_α = (98 − 70)/(98 − 10) = 0.318, W_β = 0.682; V_α = (0.318/10.25)/(0.318/10.25 + 0.682/7.30) = 0.0310/(0.0310 + 0.0934) = 0.249.",
    forms=("tex", "multi_step"),
)
def h3_pd_08():
    r"""A Pb–$70 \mathrm{~wt\%~Sn}$ alloy is held at $150^{\circ} \mathrm{C}$, where $\alpha$ contains $10 \mathrm{~wt\%~Sn}$ and $\beta$ contains $98 \mathrm{~wt\%~Sn}$. The densities of $\alpha$ and $\beta$ are $10.25$ and $7.30 \mathrm{~g/cm^{3}}$. Compute the volume fraction of the $\alpha$ phase."""
    w_a = (98 - 70) / (98 - 10)
    w_b = 1 - w_a
    rho_a, rho_b = Q_(10.25, "g/cm**3"), Q_(7.30, "g/cm**3")
    return (w_a / rho_a) / (w_a / rho_a + w_b / rho_b)


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule just below 727 °C; 'ferrite' read as the whole α phase (α-Fe₃C tie line) or as the proeutectoid ferrite",
    solution="All ferrite (the phase): W_α = (6.70 − 0.30)/(6.70 − 0.022) = 95.8 %. Proeutectoid ferrite only: W_α' = (0.76 − 0.30)/(0.76 − 0.022) = 62.3 %. 'Ferrite' can mean the phase or the proeutectoid microconstituent: both readings are listed.",
    forms=("ambiguous", "percent"),
)
def h3_pd_09():
    """A 0.30 wt% C plain-carbon steel is cooled slowly to just below the eutectoid temperature. Taking 0.022 wt% C for ferrite, 0.76 wt% C for the eutectoid and 6.70 wt% C for cementite, how much ferrite does the steel contain (in %)?"""
    return {
        "ferrite phase (total)": Q_((6.70 - 0.30) / (6.70 - 0.022), ""),
        "proeutectoid ferrite": Q_((0.76 - 0.30) / (0.76 - 0.022), ""),
    }


# ---------------------------------------------------------------- phase transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−ktⁿ): t_y = [ln(1/(1 − y))/k]^(1/n), k from t₀.₅ (Callister eq. 10.17)",
    solution="k = ln 2/120^2.5; t₀.₉ = (ln 10/k)^(1/2.5) = 120 · (ln 10/ln 2)^0.4 = 120 · 1.616 = 194 s.",
    forms=("multi_step",),
)
def h3_trans_01():
    """The recrystallisation of a cold-worked alloy follows the Avrami equation with n = 2.5. Half of the material has recrystallised after 120 s. How long does it take for 90 % to recrystallise? (in s)"""
    n = 2.5
    t_half = Q_(120, "s")
    k = math.log(2) / t_half.magnitude**n
    return Q_((math.log(10) / k) ** (1 / n), "s")


@item(
    S,
    "transformations_kinetics",
    "nm",
    "homogeneous nucleation r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6)",
    solution="r* = 2γT_m/(ΔH_f ΔT) = 2 · 0.185 · 1356/(1.88×10⁹ · 210) = 1.27×10⁻⁹ m = 1.27 nm.",
    forms=("tex", "spaced_thousands"),
)
def h3_trans_02():
    r"""A pure metal melts at $1\,356 \mathrm{~K}$. Its latent heat of fusion is $1.88 \times 10^{9} \mathrm{~J/m^{3}}$ and the solid–liquid interfacial energy is $0.185 \mathrm{~J/m^{2}}$. Calculate the critical radius of a homogeneously nucleated solid particle when the liquid is undercooled by $210 \mathrm{~K}$. Express the answer in nm."""
    gamma = Q_(0.185, "J/m**2")
    return 2 * gamma * Q_(1356, "K") / (Q_(1.88e9, "J/m**3") * Q_(210, "K"))


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Koistinen–Marburger f_M = 1 − exp[−α(M_s − T)]",
    solution="f = 1 − exp[−0.011 · (350 − 150)] = 1 − e^−2.2 = 0.889 = 88.9 %.",
    forms=("percent", "unicode"),
)
def h3_trans_03():
    """A low-alloy steel has a martensite-start temperature of 350 °C. Using the Koistinen–Marburger relation with α = 0.011 K⁻¹, estimate the percentage of martensite formed when the austenite is quenched to 150 °C."""
    alpha = Q_(0.011, "1/K")
    undercool = Q_(350 - 150, "K")
    return Q_(1 - math.exp(-num(alpha * undercool)), "")


@item(
    S,
    "transformations_kinetics",
    "minute",
    "rate ∝ 1/t₀.₅ = A exp(−Q/RT): Q/R from two temperatures, then t₀.₅ at a third",
    solution="Q/R = ln(80/12)/(1/573.15 − 1/623.15) = 1.897/1.400×10⁻⁴ = 1.355×10⁴ K; t(400 °C) = 12 · exp[−1.355×10⁴ (1/623.15 − 1/673.15)] = 12/5.03 = 2.39 min.",
    forms=("multi_step",),
)
def h3_trans_04():
    """A cold-worked brass is 50 % recrystallised after 80 min at 300 °C and after 12 min at 350 °C. Assuming the rate (the reciprocal of the 50 % time) obeys an Arrhenius law, how long will it take to reach 50 % recrystallisation at 400 °C? Give the answer in minutes."""
    t1, t2, t3 = kelvin(300), kelvin(350), kelvin(400)
    q_over_r = math.log(80 / 12) / (1 / t1 - 1 / t2)
    return Q_(12, "minute") * math.exp(-num(q_over_r * (1 / t2 - 1 / t3)))


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Avrami: ln ln[1/(1 − y)] = ln k + n ln t, so n = Δ ln ln[1/(1 − y)]/Δ ln t",
    solution="ln(1/0.8) = 0.2231, ln(1/0.2) = 1.6094; n = ln(1.6094/0.2231)/ln(70/30) = 1.976/0.847 = 2.33.",
    forms=("sig_figs",),
    decimals=2,
)
def h3_trans_05():
    """An isothermal transformation is 20 % complete after 30 s and 80 % complete after 70 s. Assuming Avrami kinetics, y = 1 − exp(−ktⁿ), what is the exponent n? Report it to two decimal places."""
    lhs1 = math.log(math.log(1 / (1 - 0.20)))
    lhs2 = math.log(math.log(1 / (1 - 0.80)))
    return (lhs2 - lhs1) / math.log(70 / 30)


@item(
    S,
    "transformations_kinetics",
    "percent",
    "heterogeneous nucleation ΔG*_het = S(θ)ΔG*_hom, S(θ) = (2 + cosθ)(1 − cosθ)²/4 (Porter & Easterling eq. 4.17)",
    solution="cos 60° = 0.5: S = (2.5)(0.5)²/4 = 0.156, so the barrier is 15.6 % of the homogeneous one.",
    forms=("percent",),
)
def h3_trans_06():
    """A solid nucleates as a spherical cap on a flat mould wall with a contact (wetting) angle of 60°. What percentage of the homogeneous nucleation barrier ΔG* remains for this heterogeneous nucleus?"""
    c = math.cos(math.radians(60))
    return Q_((2 + c) * (1 - c) ** 2 / 4, "")


@item(
    S,
    "transformations_kinetics",
    "micrometer",
    "grain growth d² − d₀² = Kt (Callister eq. 7.9, n = 2)",
    solution="K = (20² − 8²)/30 = 11.2 µm²/min; after 120 min d = √(8² + 11.2 · 120) = √1408 = 37.5 µm.",
    forms=("unicode", "multi_step"),
)
def h3_trans_07():
    """A recrystallised brass has a grain diameter of 8 µm. After 30 min at 500 °C the average grain diameter has grown to 20 µm. Assuming d² − d₀² = Kt, estimate the grain diameter after 2 h at 500 °C (in µm)."""
    d0, d1 = Q_(8, "micrometer"), Q_(20, "micrometer")
    k = (d1**2 - d0**2) / Q_(30, "minute")
    return (d0**2 + k * Q_(2, "hour")) ** 0.5


@item(
    S,
    "transformations_kinetics",
    "MJ/m**3",
    "driving force for solidification ΔG_v = L_v ΔT/T_m (Porter & Easterling eq. 1.17)",
    solution="ΔG_v = 1.07×10⁹ · 25/933 = 2.87×10⁷ J/m³ = 28.7 MJ/m³. The interfacial energy is not needed.",
    forms=("distractor", "unit_form"),
)
def h3_trans_08():
    """Aluminium (T_m = 933 K, latent heat of fusion 1.07 × 10^9 J/m^3, solid–liquid interfacial energy 0.093 J/m^2) is undercooled by 25 K. What is the driving force for solidification per unit volume? Express it in MJ/m^3."""
    return Q_(1.07e9, "J/m**3") * Q_(25, "K") / Q_(933, "K")


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Avrami equation written y = 1 − exp(−ktⁿ) (Callister) or y = 1 − exp[−(kt)ⁿ] (JMAK with a rate constant in s⁻¹)",
    solution="With y = 1 − exp(−ktⁿ): y = 1 − exp(−5.0×10⁻³ · 30²) = 1 − e^−4.5 = 98.9 %. With y = 1 − exp[−(kt)ⁿ]: y = 1 − exp[−(0.15)²] = 2.2 %. The form of the equation is not stated: both readings are listed.",
    forms=("ambiguous", "percent", "tex"),
)
def h3_trans_09():
    r"""A phase transformation follows Avrami kinetics with exponent $n = 2$ and rate constant $k = 5.0 \times 10^{-3}$ (time in seconds). What percentage of the transformation is complete after $30 \mathrm{~s}$?"""
    k, n, t = 5.0e-3, 2, 30.0
    return {
        "y = 1 − exp(−k tⁿ)": Q_(1 - math.exp(-k * t**n), ""),
        "y = 1 − exp(−(k t)ⁿ)": Q_(1 - math.exp(-((k * t) ** n)), ""),
    }


# ---------------------------------------------------------------- thermodynamics


@item(
    S,
    "thermodynamics",
    "atm",
    "ΔG° = −RT ln K, K = 1/p_O₂ for 4/3 Al + O₂ = 2/3 Al₂O₃ (pure solids): p_O₂ = exp(ΔG°/RT) (Gaskell ch. 12)",
    solution="At 1273.15 K ΔG° = −1 115 000 + 209 · 1273.15 = −848 900 J; p_O₂ = exp(−848 900/(8.314 · 1273.15)) = e^−80.20 = 1.5×10⁻³⁵ atm.",
    forms=("spaced_thousands", "multi_step"),
)
def h3_thermo_01():
    """For the reaction 4/3 Al(s) + O2(g) = 2/3 Al2O3(s) the standard Gibbs energy change is ΔG° = −1 115 000 + 209 T J (T in K, standard state 1 atm). Calculate the equilibrium oxygen partial pressure over Al and Al2O3 at 1 000 °C, in atm."""
    t = kelvin(1000)
    dg = Q_(-1115000, "J/mol") + Q_(209, "J/(mol*K)") * t
    return Q_(math.exp(num(dg / (R_GAS * t))), "atm")


@item(
    S,
    "thermodynamics",
    "J/(mol*K)",
    "ideal mixing ΔS_mix = −R(x_A ln x_A + x_B ln x_B) (Porter & Easterling eq. 1.25)",
    solution="ΔS_mix = −8.314(0.30 ln 0.30 + 0.70 ln 0.70) = −8.314(−0.3612 − 0.2497) = 5.08 J mol⁻¹ K⁻¹.",
    forms=("plain",),
)
def h3_thermo_02():
    """Two metals form an ideal solid solution. What is the molar entropy of mixing of a solution with mole fraction x_B = 0.30? Give it in J/(mol·K)."""
    x = 0.30
    return -R_GAS * (x * math.log(x) + (1 - x) * math.log(1 - x))


@item(
    S,
    "thermodynamics",
    "kJ/mol",
    "regular solution ΔG_mix = Ωx_Ax_B + RT(x_A ln x_A + x_B ln x_B) (Porter & Easterling eq. 1.30)",
    solution="Ωx(1 − x) = 15 000 · 0.1875 = 2 812 J/mol; RT Σx ln x = 8.314 · 900 · (−0.5623) = −4 208 J/mol; ΔG_mix = −1 395 J/mol = −1.40 kJ/mol.",
    forms=("tex",),
)
def h3_thermo_03():
    r"""A binary solid solution behaves as a regular solution with interaction parameter $\Omega = 15 \mathrm{~kJ/mol}$. Determine the Gibbs free energy of mixing at $900 \mathrm{~K}$ for $x_B = 0.25$, in $\mathrm{kJ/mol}$."""
    x, omega, t = 0.25, Q_(15, "kJ/mol"), Q_(900, "K")
    return omega * x * (1 - x) + R_GAS * t * (x * math.log(x) + (1 - x) * math.log(1 - x))


@item(
    S,
    "thermodynamics",
    "K",
    "regular solution miscibility gap: critical temperature T_c = Ω/2R",
    solution="T_c = Ω/(2R) = 22 000/(2 · 8.314) = 1 323 K.",
    forms=("plain",),
)
def h3_thermo_04():
    """A regular solution has an interaction parameter of +22 kJ/mol. Above what temperature (in kelvin) does the miscibility gap disappear, so that the solution is stable at all compositions?"""
    return Q_(22, "kJ/mol") / (2 * R_GAS)


@item(
    S,
    "thermodynamics",
    "J/(mol*K)",
    "at equilibrium ΔG = 0: ΔS_f = ΔH_f/T_m",
    solution="ΔS_f = 10 710/933.5 = 11.5 J mol⁻¹ K⁻¹ (Richards's rule: about R). The density and heat capacity are not needed.",
    forms=("distractor", "unicode"),
)
def h3_thermo_05():
    """Aluminium melts at 933.5 K with a latent heat of fusion of 10.71 kJ/mol. Its density is 2.70 g/cm³ and its molar heat capacity near the melting point is about 32 J/(mol·K). How large is the entropy of fusion, per mole?"""
    return Q_(10.71, "kJ/mol") / Q_(933.5, "K")


@item(
    S,
    "thermodynamics",
    "dimensionless",
    "ΔG° = −RT ln K",
    solution="K = exp(45 000/(8.314 · 800)) = e^6.765 = 867.",
    forms=("sig_figs",),
)
def h3_thermo_06():
    """The standard Gibbs energy change of a reaction at 800 K is −45.0 kJ/mol. Calculate its equilibrium constant at 800 K to three significant figures."""
    return Q_(math.exp(num(Q_(45.0, "kJ/mol") / (R_GAS * Q_(800, "K")))), "")


@item(
    S,
    "thermodynamics",
    None,
    "ΔG° = ΔH° − TΔS° needs ΔS° (or ΔG° at a second temperature)",
    refuse="only the enthalpy change is given; without ΔS° (or ΔC_p and S data) ΔG° at 900 K cannot be found",
    solution="ΔG°(900 K) = ΔH° − 900 ΔS°: ΔS° is not given.",
    forms=("must_refuse",),
)
def h3_thermo_07():
    """The oxidation of a metal has a standard enthalpy change of −120 kJ per mole of O2 at 298 K. Calculate the standard Gibbs energy change of the reaction at 900 K."""
    return None


@item(
    S,
    "thermodynamics",
    "kPa",
    "Clausius–Clapeyron ln(p₂/p₁) = −(ΔH_v/R)(1/T₂ − 1/T₁), with p = 1 atm at the boiling point",
    solution="ln(p/1 atm) = −(115 000/8.314)(1/900 − 1/1180) = −13 832 · 2.637×10⁻⁴ = −3.647; p = 0.0261 atm = 2.64 kPa.",
    forms=("multi_step", "unit_form"),
)
def h3_thermo_08():
    """Zinc boils at 1180 K under 1 atm, and its enthalpy of vaporisation is 115 kJ/mol. Estimate the vapour pressure of liquid zinc at 900 K, in kPa, assuming the enthalpy of vaporisation is independent of temperature."""
    t1, t2 = Q_(1180, "K"), Q_(900, "K")
    ln_ratio = -num(Q_(115, "kJ/mol") / R_GAS * (1 / t2 - 1 / t1))
    return Q_(1, "atm") * math.exp(ln_ratio)


# ---------------------------------------------------------------- electrical properties & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "intrinsic σ = n_i|e|(μ_e + μ_h), ρ = 1/σ (Callister eq. 18.15)",
    solution="σ = 2.4×10¹⁹ · 1.602×10⁻¹⁹ · (0.38 + 0.18) = 2.153 (Ω·m)⁻¹; ρ = 0.464 Ω·m = 46.4 Ω·cm.",
    forms=("unit_form", "multi_step"),
)
def h3_elec_01():
    """At room temperature intrinsic germanium has n_i = 2.4 × 10^19 m^-3, an electron mobility of 0.38 m^2/(V·s) and a hole mobility of 0.18 m^2/(V·s). Calculate its electrical resistivity in Ω·cm."""
    sigma = Q_(2.4e19, "1/m**3") * Q_E * (Q_(0.38, "m**2/(V*s)") + Q_(0.18, "m**2/(V*s)"))
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "extrinsic n-type σ ≈ n|e|μ_e with n = N_D (Callister eq. 18.16)",
    solution="n = N_D = 1.0×10²² m⁻³; σ = 1.0×10²² · 1.602×10⁻¹⁹ · 0.125 = 200 S/m. The hole mobility and n_i are not needed: holes are negligible.",
    forms=("unicode", "spaced_thousands", "distractor"),
)
def h3_elec_02():
    """Silicon is doped with 1.0 × 10¹⁶ phosphorus atoms per cm³, all ionised at room temperature. The electron and hole mobilities are 1 250 and 450 cm²/(V·s), and n_i = 1.0 × 10¹⁰ cm⁻³. Compute the electrical conductivity of the doped silicon in S/m."""
    n = Q_(1.0e16, "1/cm**3")
    return n * Q_E * Q_(1250, "cm**2/(V*s)")


@item(
    S,
    "electrical_semiconductors",
    "V",
    "R = ρl/A, V = IR",
    solution="A = π(1.0 mm)² = 3.142×10⁻⁶ m²; R = 1.72×10⁻⁸ · 50/3.142×10⁻⁶ = 0.274 Ω; V = 15 A · 0.274 Ω = 4.11 V.",
    forms=("multi_step",),
)
def h3_elec_03():
    """A copper wire 50 m long and 2.0 mm in diameter carries a current of 15 A. The resistivity of copper is 1.72 × 10^-8 Ω·m. What is the voltage drop along the wire?"""
    area = math.pi / 4 * Q_(2.0, "mm") ** 2
    resistance = Q_(1.72e-8, "ohm*m") * Q_(50, "m") / area
    return Q_(15, "A") * resistance


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "n_i ∝ exp(−E_g/2kT) (Callister's simplification, prefactor constant) or n_i ∝ T^{3/2} exp(−E_g/2kT) (Kittel)",
    solution="exp[(1.11/2k)(1/300 − 1/350)] = exp(6441 · 4.762×10⁻⁴) = e^3.067 = 21.5 with a constant prefactor; including the T^{3/2} factor, × (350/300)^1.5 = 1.260 gives 27.1. The question does not say whether the T^{3/2} dependence is kept: both readings are listed.",
    forms=("ambiguous",),
)
def h3_elec_04():
    """By what factor does the intrinsic carrier concentration of silicon (E_g = 1.11 eV) increase when it is heated from 300 K to 350 K?"""
    t1, t2 = Q_(300, "K"), Q_(350, "K")
    eg = Q_(1.11, "eV")
    factor = math.exp(num(eg / (2 * K_BOLTZ) * (1 / t1 - 1 / t2)))
    return {
        "exp(−E_g/2kT), prefactor constant": Q_(factor, ""),
        "T^{3/2} exp(−E_g/2kT)": Q_(factor * (350 / 300) ** 1.5, ""),
    }


@item(
    S,
    "electrical_semiconductors",
    "m**2/(V*s)",
    "Hall effect n = IB/(|e| d V_H); μ_e = σ/(n|e|) (Callister §18.14)",
    solution="n = 12 · 1.5/(1.602×10⁻¹⁹ · 2.0×10⁻⁴ · 1.08×10⁻⁵) = 5.20×10²⁸ m⁻³; μ_e = 6.3×10⁷/(5.20×10²⁸ · 1.602×10⁻¹⁹) = 7.56×10⁻³ m²/(V·s).",
    forms=("multi_step", "unicode"),
)
def h3_elec_05():
    """A metal strip 0.20 mm thick carries a current of 12 A in a magnetic field of 1.5 T applied normal to the strip, and a Hall voltage of 10.8 µV is measured. The metal's conductivity is 6.3 × 10⁷ (Ω·m)⁻¹. Determine the electron mobility in m²/(V·s), assuming conduction by electrons only."""
    n = Q_(12, "A") * Q_(1.5, "T") / (Q_E * Q_(0.20, "mm") * Q_(10.8, "microvolt"))
    return Q_(6.3e7, "S/m") / (n * Q_E)


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "parallel-plate capacitor C = ε_rε₀A/l (Callister eq. 18.26)",
    solution="C = 6.0 · 8.854×10⁻¹² · 4.0×10⁻⁴/2.5×10⁻⁴ = 8.50×10⁻¹¹ F = 85.0 pF.",
    forms=("tex", "unit_form"),
)
def h3_elec_06():
    r"""A parallel-plate capacitor has plates of area $4.0 \mathrm{~cm^{2}}$ separated by $0.25 \mathrm{~mm}$ of a dielectric with $\varepsilon_r = 6.0$. What is its capacitance? Give the value in $\mathrm{pF}$."""
    return 6.0 * EPS0 * Q_(4.0, "cm**2") / Q_(0.25, "mm")


@item(
    S,
    "electrical_semiconductors",
    None,
    "σ = n|e|μ_e needs the carrier (dopant) concentration",
    refuse="the phosphorus (donor) concentration is not given, so the electron concentration and the conductivity cannot be computed",
    solution="σ = N_D|e|μ_e: N_D is not stated.",
    forms=("must_refuse",),
)
def h3_elec_07():
    """Silicon is doped with phosphorus so that it becomes n-type; at room temperature all donors are ionised and the electron mobility is 0.13 m^2/(V·s). Calculate the electrical conductivity."""
    return None


@item(
    S,
    "electrical_semiconductors",
    "microohm*cm",
    "Matthiessen's rule ρ = ρ_t + ρ_i with ρ_i = A c_i(1 − c_i) (Callister eqs. 18.9–18.11)",
    solution="ρ_i = 1.25×10⁻⁶ · 0.03 · 0.97 = 3.64×10⁻⁸ Ω·m; ρ = 1.69×10⁻⁸ + 3.64×10⁻⁸ = 5.33×10⁻⁸ Ω·m = 5.33 µΩ·cm.",
    forms=("unicode", "unit_form", "multi_step"),
)
def h3_elec_08():
    """Pure copper has a room-temperature resistivity of 1.69 × 10⁻⁸ Ω·m. Nickel is added as a substitutional impurity to an atom fraction of 0.03; for Ni in Cu the composition-independent constant A of the impurity term ρ_i = A c_i(1 − c_i) is 1.25 × 10⁻⁶ Ω·m. Estimate the room-temperature resistivity of the alloy in µΩ·cm."""
    c = 0.03
    return Q_(1.69e-8, "ohm*m") + Q_(1.25e-6, "ohm*m") * c * (1 - c)


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "compensated semiconductor p = N_A − N_D; σ ≈ p|e|μ_h",
    solution="p = 3×10²² − 1×10²² = 2×10²² m⁻³; σ = 2×10²² · 1.602×10⁻¹⁹ · 0.040 = 128 S/m.",
    forms=("multi_step", "tex"),
)
def h3_elec_09():
    r"""A silicon wafer contains $3 \times 10^{22} \mathrm{~m^{-3}}$ boron atoms and $1 \times 10^{22} \mathrm{~m^{-3}}$ phosphorus atoms, all ionised. Taking the hole mobility as $0.040 \mathrm{~m^{2}/(V \cdot s)}$, estimate the room-temperature conductivity in $\mathrm{S/m}$."""
    p = Q_(3e22, "1/m**3") - Q_(1e22, "1/m**3")
    return p * Q_E * Q_(0.040, "m**2/(V*s)")


# ---------------------------------------------------------------- magnetic properties


@item(
    S,
    "magnetic",
    "A/m",
    "M_s = n_B μ_B N with N = ρN_A/A (Callister ch. 20)",
    solution="N = 8.90 · 6.022×10²³/58.93 = 9.095×10²² cm⁻³ = 9.095×10²⁸ m⁻³; M_s = 1.72 · 9.274×10⁻²⁴ · 9.095×10²⁸ = 1.45×10⁶ A/m.",
    forms=("tex", "multi_step"),
)
def h3_mag_01():
    r"""Cobalt has a net magnetic moment of $1.72$ Bohr magnetons per atom, a density of $8.90 \mathrm{~g/cm^{3}}$ and an atomic weight of $58.93 \mathrm{~g/mol}$. Calculate its saturation magnetisation in $\mathrm{A/m}$."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.93, "g/mol")
    return 1.72 * BOHR * n


@item(
    S,
    "magnetic",
    "T",
    "solenoid H = NI/l; B = μ₀μ_rH",
    solution="H = 150 · 0.50/0.30 = 250 A/m; B = 4π×10⁻⁷ · 2000 · 250 = 0.628 T.",
    forms=("multi_step",),
)
def h3_mag_02():
    """A coil of 150 turns wound uniformly over a length of 0.30 m carries 0.50 A. It is filled with an iron alloy whose relative permeability at this field is 2000. What is the magnetic flux density in the core, in tesla?"""
    h = 150 * Q_(0.50, "A") / Q_(0.30, "m")
    return MU0 * 2000 * h


@item(
    S,
    "magnetic",
    "A/m",
    "H = B₀/μ₀; M = χ_mH",
    solution="H = 0.50 T/(4π×10⁻⁷ T·m/A) = 3.98×10⁵ A/m; M = 2.2×10⁻⁵ · 3.98×10⁵ = 8.75 A/m. The density is not needed.",
    forms=("distractor", "multi_step", "unicode"),
)
def h3_mag_03():
    """A specimen of aluminium (density 2.70 g/cm³, volume susceptibility χ_m = 2.2 × 10⁻⁵) is placed in a solenoid whose field in vacuum would be B₀ = 0.50 T. Estimate the magnetisation induced in the aluminium."""
    h = Q_(0.50, "T") / MU0
    return 2.2e-5 * h


@item(
    S,
    "magnetic",
    "A/m",
    "inverse spinel ferrite: Fe³⁺ moments cancel, net moment from M²⁺; M_s = 8 n_B μ_B/a³ (Callister Example 20.2)",
    solution="Each cell holds 8 Ni²⁺ at 2 μ_B: 16 μ_B = 1.484×10⁻²² A·m²; a³ = (0.8339×10⁻⁹ m)³ = 5.799×10⁻²⁸ m³; M_s = 2.56×10⁵ A/m.",
    forms=("multi_step", "unicode"),
)
def h3_mag_04():
    """Nickel ferrite, NiFe₂O₄, has the inverse spinel structure with 8 formula units in a cubic unit cell of edge 0.8339 nm. The Fe³⁺ moments cancel, and each Ni²⁺ ion carries 2 Bohr magnetons. Estimate the saturation magnetisation of nickel ferrite in A/m."""
    moment = 8 * 2 * BOHR
    return moment / Q_(0.8339, "nm") ** 3


@item(
    S,
    "magnetic",
    "W",
    "hysteresis power loss = loop area (energy per volume per cycle) × f × V",
    solution="P = 250 J m⁻³ · 60 s⁻¹ · 1.2×10⁻³ m³ = 18 W.",
    forms=("plain",),
)
def h3_mag_05():
    """The B–H hysteresis loop of a transformer-core steel encloses an energy of 250 J/m^3 per cycle. What power is dissipated by hysteresis in a core of volume 1.2 × 10^-3 m^3 operated at 60 Hz?"""
    return Q_(250, "J/m**3") * Q_(60, "Hz") * Q_(1.2e-3, "m**3")


@item(
    S,
    "magnetic",
    None,
    "B = μH with H = NI/l needs the turns, coil length and permeability",
    refuse="the number of turns, the coil length and the core permeability are not given, so neither H nor B can be computed",
    solution="H = NI/l and B = μ₀μ_rH: N, l and μ_r are unknown.",
    forms=("must_refuse",),
)
def h3_mag_06():
    """An iron–silicon transformer core sits inside a coil carrying a current of 1.5 A. Calculate the magnetic flux density in the core."""
    return None


@item(
    S,
    "magnetic",
    "A/m",
    "superconductor H_C(T) = H_C(0)[1 − (T/T_C)²] (Callister eq. 20.14)",
    solution="H_C = 6.5×10⁴ [1 − (4.2/7.19)²] = 6.5×10⁴ · 0.6588 = 4.28×10⁴ A/m.",
    forms=("unicode",),
)
def h3_mag_07():
    """Lead becomes superconducting below 7.19 K, and its critical field at 0 K is 6.5 × 10⁴ A/m. What is the largest magnetic field a lead wire kept at 4.2 K can sustain while remaining superconducting?"""
    return Q_(6.5e4, "A/m") * (1 - (4.2 / 7.19) ** 2)


@item(
    S,
    "magnetic",
    "dimensionless",
    "μ_r = B/(μ₀H); χ_m = μ_r − 1",
    solution="μ_r = 1.0/(4π×10⁻⁷ · 40 000) = 19.89; χ_m = μ_r − 1 = 18.9.",
    forms=("multi_step", "spaced_thousands"),
)
def h3_mag_08():
    """A rod of a soft ferrite placed in a field H = 40 000 A/m develops a flux density of 1.0 T. Determine its magnetic susceptibility at this field."""
    mu_r = Q_(1.0, "T") / (MU0 * Q_(40000, "A/m"))
    return mu_r - 1


# ---------------------------------------------------------------- optical properties


@item(
    S,
    "optical",
    "degree",
    "Snell's law n₁ sinθ_c = n₂ sin 90°: θ_c = arcsin(n₂/n₁)",
    solution="θ_c = arcsin(1/1.52) = 41.1°.",
    forms=("sig_figs",),
    decimals=1,
)
def h3_opt_01():
    """Light travels inside a glass block of refractive index 1.52 towards its surface with air. Above what angle of incidence, measured from the surface normal, is the light totally internally reflected? Give the angle in degrees to one decimal place."""
    return Q_(math.degrees(math.asin(1 / 1.52)), "degree")


@item(
    S,
    "optical",
    "percent",
    "normal-incidence reflectivity R = ((n − 1)/(n + 1))² (Callister ch. 21)",
    solution="R = (0.76/2.76)² = 0.0758 = 7.58 %.",
    forms=("percent", "unicode"),
)
def h3_opt_02():
    """What fraction of normally incident light is reflected at a polished surface of sapphire (n = 1.76) in air? Express it in %."""
    n = 1.76
    return Q_(((n - 1) / (n + 1)) ** 2, "")


@item(
    S,
    "optical",
    "nm",
    "absorption edge λ_c = hc/E_g",
    solution="λ_c = hc/E_g = 1239.84 eV·nm/3.54 eV = 350 nm.",
    forms=("tex",),
)
def h3_opt_03():
    r"""Zinc sulphide has a band gap of $E_g = 3.54 \mathrm{~eV}$. What is the longest wavelength of light that can be absorbed by exciting electrons across the gap? Express it in nm."""
    return H * C0 / Q_(3.54, "eV")


@item(
    S,
    "optical",
    "mm",
    "Beer–Lambert I/I₀ = exp(−βx): x = ln(I₀/I)/β",
    solution="x = ln(1/0.25)/0.80 cm⁻¹ = 1.386/0.80 = 1.73 cm = 17.3 mm.",
    forms=("unit_form", "unicode"),
)
def h3_opt_04():
    """A coloured glass has an absorption coefficient of 0.80 cm⁻¹ for green light. Neglecting reflection at the surfaces, how thick must the glass be for only 25 % of the light entering it to emerge? State the thickness in mm."""
    beta = Q_(0.80, "1/cm")
    return math.log(1 / 0.25) / beta


@item(
    S,
    "optical",
    "eV",
    "the frequency is unchanged in the medium: λ₀ = nλ; E = hc/λ₀",
    solution="The vacuum wavelength is λ₀ = 1.60 · 350 nm = 560 nm; E = 1239.84/560 = 2.21 eV.",
    forms=("multi_step",),
)
def h3_opt_05():
    """Inside a flint glass of refractive index 1.60 a beam of light has a wavelength of 350 nm. What is the energy of its photons, in eV?"""
    lam0 = 1.60 * Q_(350, "nm")
    return H * C0 / lam0


@item(
    S,
    "optical",
    "degree",
    "numerical aperture NA = sinθ_a = √(n_core² − n_clad²) (Askeland ch. 21)",
    solution="NA = √(1.48² − 1.46²) = √0.0588 = 0.2425; θ_a = arcsin 0.2425 = 14.0°.",
    forms=("multi_step", "unicode"),
)
def h3_opt_06():
    """An optical fibre has a core of refractive index 1.48 and a cladding of index 1.46. What is the maximum acceptance (half-)angle, in air, for light launched into the fibre so that it is guided by total internal reflection? Answer in degrees."""
    na = math.sqrt(1.48**2 - 1.46**2)
    return Q_(math.degrees(math.asin(na)), "degree")


@item(
    S,
    "optical",
    "1/s",
    "photon energy E = hc/λ; photon rate = P/E",
    solution="E = hc/λ = 1.986×10⁻²⁵ J·m/632.8×10⁻⁹ m = 3.139×10⁻¹⁹ J; rate = 5.0×10⁻³ W/3.139×10⁻¹⁹ J = 1.59×10¹⁶ s⁻¹.",
    forms=("unicode", "unit_form"),
)
def h3_opt_07():
    """A He–Ne laser emits 5.0 mW of continuous output at λ = 632.8 nm. How many photons does it emit per second?"""
    energy = H * C0 / Q_(632.8, "nm")
    return Q_(5.0, "mW") / energy


@item(
    S,
    "optical",
    "percent",
    "I_T/I₀ = (1 − R)² exp(−βl), R = ((n − 1)/(n + 1))² (Callister ch. 21)",
    solution="R = (0.5/2.5)² = 0.04; I_T/I₀ = 0.96² · exp(−0.015 · 8) = 0.9216 · 0.8869 = 0.817 = 81.7 %.",
    forms=("tex", "percent"),
)
def h3_opt_08():
    r"""A window glass plate $8 \mathrm{~mm}$ thick has a refractive index of $1.50$ and an absorption coefficient of $0.015 \mathrm{~mm^{-1}}$. Including the reflection losses at both faces, what percentage of normally incident light is transmitted?"""
    r = ((1.50 - 1) / (1.50 + 1)) ** 2
    return Q_((1 - r) ** 2 * math.exp(-num(Q_(0.015, "1/mm") * Q_(8, "mm"))), "")


# ---------------------------------------------------------------- thermal properties


@item(
    S,
    "thermal",
    "mm",
    "Δl = α_l l₀ ΔT (Callister ch. 19)",
    solution="Δl = 20.0×10⁻⁶ · 400 mm · 70 °C = 0.56 mm.",
    forms=("tex",),
)
def h3_therm_01():
    r"""A brass rod $0.400 \mathrm{~m}$ long is heated from $15^{\circ} \mathrm{C}$ to $85^{\circ} \mathrm{C}$. The linear coefficient of thermal expansion of the brass is $20.0 \times 10^{-6}\left({ }^{\circ} \mathrm{C}\right)^{-1}$. How much does the rod lengthen, in mm?"""
    return Q_(20.0e-6, "1/K") * Q_(0.400, "m") * Q_(85 - 15, "K")


@item(
    S,
    "thermal",
    "MPa",
    "fully restrained thermal stress σ = Eα_lΔT (Callister ch. 19)",
    solution="σ = 207 000 MPa · 12.0×10⁻⁶ · 60 = 149 MPa (tensile on cooling). Density and conductivity are not needed.",
    forms=("distractor", "unicode"),
)
def h3_therm_02():
    """Continuously welded steel rails are laid at 40 °C and held rigidly so they cannot change length. The steel has E = 207 GPa, α_l = 12.0 × 10⁻⁶ °C⁻¹, a density of 7.85 g/cm³ and a thermal conductivity of 52 W/(m·K). What is the magnitude of the thermal stress in the rails on a winter day at −20 °C (in MPa)?"""
    return Q_(207, "GPa") * Q_(12.0e-6, "1/K") * Q_(40 - (-20), "K")


@item(
    S,
    "thermal",
    "kW/m**2",
    "steady-state conduction q = k ΔT/Δx (Callister ch. 19)",
    solution="q = 51.9 · (300 − 100)/0.012 = 8.65×10⁵ W/m² = 865 kW/m².",
    forms=("unit_form",),
)
def h3_therm_03():
    """A steel plate 12 mm thick (thermal conductivity 51.9 W/(m·K)) has its faces held at 300 °C and 100 °C. Calculate the steady-state heat flux through the plate in kW/m^2."""
    return Q_(51.9, "W/(m*K)") * Q_(300 - 100, "K") / Q_(12, "mm")


@item(
    S,
    "thermal",
    "kJ",
    "Q = m c_p ΔT",
    solution="Q = 3.5 kg · 448 J/(kg·K) · 230 K = 3.61×10⁵ J = 361 kJ.",
    forms=("plain",),
)
def h3_therm_04():
    """How much heat is required to raise the temperature of a 3.5 kg iron casting from 20 °C to 250 °C? The specific heat of iron is 448 J/(kg·K). Give the result in kJ."""
    return Q_(3.5, "kg") * Q_(448, "J/(kg*K)") * Q_(250 - 20, "K")


@item(
    S,
    "thermal",
    "J/(kg*K)",
    "Dulong–Petit C_v ≈ 3R per mole; c = 3R/A (Callister ch. 19)",
    solution="c ≈ 3R/A = 24.94 J/(mol·K)/0.10787 kg/mol = 231 J/(kg·K).",
    forms=("plain",),
)
def h3_therm_05():
    """Using the Dulong–Petit law, estimate the specific heat of silver (atomic weight 107.87 g/mol) at room temperature, in J per kg per kelvin."""
    return 3 * R_GAS / Q_(107.87, "g/mol")


@item(
    S,
    "thermal",
    "K",
    "thermal-shock ΔT_c = σ_f(1 − ν)/(Eα) for a quenched surface (biaxial) or σ_f/(Eα) for a fully restrained bar (uniaxial, Callister eq. 19.8)",
    solution="Surface under biaxial constraint: ΔT = 200×10⁶ · 0.78/(380×10⁹ · 8.0×10⁻⁶) = 51.3 K. Uniaxial restraint: ΔT = 200×10⁶/(3.04×10⁶) = 65.8 K. The constraint is not stated: both readings are listed.",
    forms=("ambiguous", "unicode"),
)
def h3_therm_06():
    """An alumina component has a fracture strength of 200 MPa, E = 380 GPa, α = 8.0 × 10⁻⁶ K⁻¹ and Poisson's ratio 0.22. Estimate the largest sudden temperature drop (quench) it can withstand without cracking."""
    sigma, e_mod, alpha, nu = Q_(200, "MPa"), Q_(380, "GPa"), Q_(8.0e-6, "1/K"), 0.22
    return {
        "biaxial surface, σ_f(1 − ν)/(Eα)": sigma * (1 - nu) / (e_mod * alpha),
        "uniaxial restraint, σ_f/(Eα)": sigma / (e_mod * alpha),
    }


@item(
    S,
    "thermal",
    "W/(m*K)",
    "Wiedemann–Franz law L = k/(σT) (Callister ch. 19)",
    solution="k = LT/ρ = 2.44×10⁻⁸ · 293.15/2.35×10⁻⁸ = 304 W/(m·K).",
    forms=("unicode", "multi_step"),
)
def h3_therm_07():
    """The electrical resistivity of gold at 20 °C is 2.35 × 10⁻⁸ Ω·m. Taking the Lorenz number as 2.44 × 10⁻⁸ W·Ω/K², estimate the thermal conductivity of gold at this temperature."""
    lorenz = Q_(2.44e-8, "W*ohm/K**2")
    return lorenz * kelvin(20) / Q_(2.35e-8, "ohm*m")


@item(
    S,
    "thermal",
    "W/(m*K)",
    "thermal diffusivity D_T = k/(ρc_p): k = D_Tρc_p",
    solution="k = 1.2×10⁻⁵ m²/s · 3 980 kg/m³ · 775 J/(kg·K) = 37.0 W/(m·K).",
    forms=("spaced_thousands",),
)
def h3_therm_08():
    """A laser-flash measurement gives a thermal diffusivity of 1.2 × 10^-5 m^2/s for a dense alumina (density 3 980 kg/m^3, specific heat 775 J/(kg·K)). What is its thermal conductivity?"""
    return Q_(1.2e-5, "m**2/s") * Q_(3980, "kg/m**3") * Q_(775, "J/(kg*K)")


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M̄_n/m, m = repeat-unit molar mass (Callister ch. 14)",
    solution="The PVC repeat unit C₂H₃Cl has m = 2(12.011) + 3(1.008) + 35.45 = 62.50 g/mol; DP = 85 000/62.50 = 1 360.",
    forms=("spaced_thousands", "sig_figs"),
    decimals=0,
)
def h3_poly_01():
    """A poly(vinyl chloride) has a number-average molecular weight of 85 000 g/mol. What is its number-average degree of polymerisation? Give it to the nearest integer."""
    repeat = Q_(2 * A_C + 3 * A_H + A_CL, "g/mol")
    return Q_(85000, "g/mol") / repeat


@item(
    S,
    "polymers",
    "g/mol",
    "from weight fractions: M̄_n = 1/Σ(w_i/M_i), M̄_w = Σw_iM_i; 'average molecular weight' read as M̄_n or M̄_w",
    solution="M̄_n = 1/(0.2/10 000 + 0.5/30 000 + 0.3/60 000) = 24 000 g/mol; M̄_w = 0.2 · 10 000 + 0.5 · 30 000 + 0.3 · 60 000 = 35 000 g/mol. 'Average molecular weight' does not say which average: both readings are listed.",
    forms=("ambiguous", "spaced_thousands"),
)
def h3_poly_02():
    """A polystyrene sample consists of three fractions: 20 % by weight of chains of molecular weight 10 000 g/mol, 50 % by weight of 30 000 g/mol and 30 % by weight of 60 000 g/mol. Calculate the average molecular weight of the sample."""
    w = (0.2, 0.5, 0.3)
    m = (Q_(10000, "g/mol"), Q_(30000, "g/mol"), Q_(60000, "g/mol"))
    m_n = 1 / sum(wi / mi for wi, mi in zip(w, m, strict=True))
    m_w = sum(wi * mi for wi, mi in zip(w, m, strict=True))
    return {"number-average M̄_n": m_n, "weight-average M̄_w": m_w}


@item(
    S,
    "polymers",
    "g/mol",
    "M̄_w = Σx_iM_i²/Σx_iM_i from number fractions (Callister ch. 14)",
    solution="Σx_iM_i = 0.25 · 15 000 + 0.45 · 25 000 + 0.30 · 40 000 = 27 000; Σx_iM_i² = 8.175×10⁸; M̄_w = 8.175×10⁸/27 000 = 30 300 g/mol.",
    forms=("multi_step", "spaced_thousands"),
)
def h3_poly_03():
    """In a polyethylene sample, 25 % of the molecules have a molecular weight of 15 000 g/mol, 45 % have 25 000 g/mol and 30 % have 40 000 g/mol (number fractions). Determine the weight-average molecular weight."""
    x = (0.25, 0.45, 0.30)
    m = (Q_(15000, "g/mol"), Q_(25000, "g/mol"), Q_(40000, "g/mol"))
    first = sum(xi * mi for xi, mi in zip(x, m, strict=True))
    second = sum(xi * mi**2 for xi, mi in zip(x, m, strict=True))
    return second / first


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister ch. 14)",
    solution="%C = 1.455(1.390 − 1.335)/[1.390(1.455 − 1.335)] = 0.0800/0.1668 = 48.0 %.",
    forms=("tex", "percent"),
)
def h3_poly_04():
    r"""The densities of totally crystalline and totally amorphous poly(ethylene terephthalate) are $1.455$ and $1.335 \mathrm{~g/cm^{3}}$. A bottle-grade specimen has a density of $1.390 \mathrm{~g/cm^{3}}$. Compute its percent crystallinity."""
    rho_c, rho_a, rho_s = 1.455, 1.335, 1.390
    return Q_(rho_c * (rho_s - rho_a) / (rho_s * (rho_c - rho_a)), "")


@item(
    S,
    "polymers",
    "nm",
    "freely jointed chain r = d√N, N = 2 × DP C–C bonds for polyethylene (Callister ch. 14)",
    solution="DP = 280 000/28.05 = 9 981; N = 2 DP = 19 962 bonds; r = 0.154 nm · √19 962 = 21.8 nm.",
    forms=("multi_step", "spaced_thousands"),
)
def h3_poly_05():
    """A linear polyethylene has a number-average molecular weight of 280 000 g/mol. Taking the C–C bond length as 0.154 nm and treating the chain as freely jointed, estimate the average end-to-end distance of a molecule, r = d√N, where N is the number of backbone bonds. Answer in nm."""
    repeat = Q_(2 * A_C + 4 * A_H, "g/mol")
    bonds = 2 * num(Q_(280000, "g/mol") / repeat)
    return Q_(0.154, "nm") * math.sqrt(bonds)


@item(
    S,
    "polymers",
    "kPa",
    "Maxwell stress relaxation σ(t) = σ₀ exp(−t/τ) (Callister ch. 15)",
    solution="τ = 60 s/ln(3.5/2.0) = 60/0.5596 = 107 s; σ(600 s) = 3.5 MPa · exp(−600/107.2) = 3.5 · 3.71×10⁻³ = 0.0130 MPa = 13.0 kPa.",
    forms=("multi_step", "unit_form"),
)
def h3_poly_06():
    """A rubber band is stretched quickly and held at a fixed length. The stress is initially 3.5 MPa and has relaxed to 2.0 MPa after 60 s. Assuming σ(t) = σ₀ exp(−t/τ), what will the stress be after 10 min? Express it in kPa."""
    tau = Q_(60, "s") / math.log(3.5 / 2.0)
    return Q_(3.5, "MPa") * math.exp(-num(Q_(10, "minute") / tau))


@item(
    S,
    "polymers",
    "percent",
    "copolymer m̄ = Σf_jm_j with m̄ = M̄_n/DP; f_B = (m_S − m̄)/(m_S − m_B) (Callister ch. 14)",
    solution="m̄ = 250 000/3 000 = 83.33 g/mol; m_S(C₈H₈) = 104.15, m_B(C₄H₆) = 54.09; f_B = (104.15 − 83.33)/(104.15 − 54.09) = 0.416 = 41.6 %.",
    forms=("spaced_thousands", "percent", "multi_step"),
)
def h3_poly_07():
    """A random styrene–butadiene copolymer has a number-average molecular weight of 250 000 g/mol and a number-average degree of polymerisation of 3 000. What fraction of its repeat units are butadiene (in %)?"""
    m_bar = Q_(250000, "g/mol") / 3000
    m_s = Q_(8 * A_C + 8 * A_H, "g/mol")
    m_b = Q_(4 * A_C + 6 * A_H, "g/mol")
    return (m_s - m_bar) / (m_s - m_b)


@item(
    S,
    "polymers",
    "g/cm**3",
    "ρ = n m/(V_C N_A), orthorhombic V_C = abc, two C₂H₄ units per cell",
    solution="V_C = 0.741 · 0.494 · 0.255 nm³ = 0.0933 nm³; ρ = 2 · 28.05 g/mol/(9.334×10⁻²³ cm³ · 6.022×10²³) = 0.998 g/cm³.",
    forms=("multi_step", "unicode"),
)
def h3_poly_08():
    """The orthorhombic unit cell of crystalline polyethylene has a = 0.741 nm, b = 0.494 nm and c = 0.255 nm and contains two ethylene (C₂H₄) repeat units. Estimate the density of totally crystalline polyethylene in g/cm³."""
    volume = Q_(0.741, "nm") * Q_(0.494, "nm") * Q_(0.255, "nm")
    return 2 * Q_(2 * A_C + 4 * A_H, "g/mol") / (volume * AVOGADRO)


@item(
    S,
    "polymers",
    "dimensionless",
    "WLF log a_T = −C₁(T − T_g)/(C₂ + T − T_g), C₁ = 17.44, C₂ = 51.6 K",
    solution="log a_T = −17.44 · 20/(51.6 + 20) = −4.872; a_T = 1.34×10⁻⁵.",
    forms=("sig_figs", "tex"),
)
def h3_poly_09():
    r"""Using the WLF equation with the universal constants $C_1 = 17.44$ and $C_2 = 51.6 \mathrm{~K}$, calculate the shift factor $a_T$ for an amorphous polymer at $20 \mathrm{~K}$ above its glass-transition temperature. Give $a_T$ to three significant figures."""
    dt = 20.0
    return Q_(10 ** (-17.44 * dt / (51.6 + dt)), "")


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "GPa",
    "isostrain rule of mixtures E_cl = E_mV_m + E_fV_f (Callister ch. 16)",
    solution="E_cl = 3.4(0.55) + 72.5(0.45) = 1.87 + 32.6 = 34.5 GPa.",
    forms=("tex",),
)
def h3_cc_01():
    r"""A continuous and aligned glass-fibre/epoxy composite contains $45 \mathrm{~vol\%}$ fibres. The moduli of the glass and the epoxy are $72.5$ and $3.4 \mathrm{~GPa}$. Compute the modulus of elasticity of the composite in the fibre direction."""
    vf = 0.45
    return Q_(72.5, "GPa") * vf + Q_(3.4, "GPa") * (1 - vf)


@item(
    S,
    "ceramics_composites",
    "GPa",
    "isostress (transverse) rule 1/E_ct = V_f/E_f + V_m/E_m (Callister ch. 16)",
    solution="1/E_ct = 0.55/230 + 0.45/3.4 = 0.00239 + 0.13235 = 0.13474 GPa⁻¹; E_ct = 7.42 GPa.",
    forms=("unicode",),
)
def h3_cc_02():
    """An aligned carbon-fibre/epoxy lamina contains 55 vol% fibres (E_f = 230 GPa) in epoxy (E_m = 3.4 GPa). Estimate its elastic modulus perpendicular to the fibres, in GPa."""
    vf = 0.55
    return 1 / (vf / Q_(230, "GPa") + (1 - vf) / Q_(3.4, "GPa"))


@item(
    S,
    "ceramics_composites",
    "GPa",
    "particulate composite bounds: upper E = E_mV_m + E_pV_p, lower E = E_mE_p/(V_mE_p + V_pE_m) (Callister ch. 16)",
    solution="Upper bound: 0.30 · 407 + 0.70 · 110 = 199 GPa. Lower bound: 1/(0.30/407 + 0.70/110) = 141 GPa. The question does not say which bound: both readings are listed.",
    forms=("ambiguous",),
)
def h3_cc_03():
    """A composite consists of 30 vol% tungsten particles (E = 407 GPa) dispersed in a copper matrix (E = 110 GPa). Estimate the modulus of elasticity of the composite."""
    vp = 0.30
    e_p, e_m = Q_(407, "GPa"), Q_(110, "GPa")
    return {
        "upper bound (rule of mixtures)": vp * e_p + (1 - vp) * e_m,
        "lower bound (inverse rule)": 1 / (vp / e_p + (1 - vp) / e_m),
    }


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "radius ratio r_C/r_A: 0.414–0.732 → CN 6, 0.732–1.0 → CN 8 (Callister ch. 12)",
    solution="r_C/r_A = 0.170/0.181 = 0.939, in the range 0.732–1.0: coordination number 8.",
    forms=("unicode",),
    abs_tol=0.0,
)
def h3_cc_04():
    """The ionic radii of Cs⁺ and Cl⁻ are 0.170 nm and 0.181 nm. On the basis of the cation–anion radius ratio, what coordination number is expected for the Cs⁺ ion?"""
    ratio = num(Q_(0.170, "nm") / Q_(0.181, "nm"))
    cn = 8 if 0.732 <= ratio < 1.0 else (6 if 0.414 <= ratio < 0.732 else 4)
    return Q_(cn, "")


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "rock-salt a = 2(r_C + r_A); ρ = n'(ΣA_C + ΣA_A)/(V_C N_A), n' = 4 (Callister ch. 12)",
    solution="a = 2(0.072 + 0.140) = 0.424 nm; V_C = 7.622×10⁻²³ cm³; ρ = 4(24.31 + 16.00)/(7.622×10⁻²³ · 6.022×10²³) = 3.51 g/cm³.",
    forms=("multi_step",),
)
def h3_cc_05():
    """Magnesium oxide has the rock-salt structure. The ionic radii of Mg2+ and O2- are 0.072 and 0.140 nm, and the atomic weights of Mg and O are 24.31 and 16.00 g/mol. Calculate the theoretical density of MgO, assuming the ions touch along the cube edge."""
    a = 2 * (Q_(0.072, "nm") + Q_(0.140, "nm"))
    return 4 * Q_(24.31 + 16.00, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "percent",
    "porosity dependence E = E₀(1 − 1.9P + 0.9P²) solved for P (Callister ch. 12)",
    solution="1 − 1.9P + 0.9P² = 300/380 = 0.7895 ⇒ 0.9P² − 1.9P + 0.2105 = 0; P = [1.9 − √(3.61 − 0.758)]/1.8 = 0.117 = 11.7 %.",
    forms=("multi_step", "percent"),
)
def h3_cc_06():
    """Fully dense alumina has an elastic modulus of 380 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what volume fraction porosity (in %) would lower the modulus to 300 GPa?"""
    ratio = num(Q_(300, "GPa") / Q_(380, "GPa"))
    a, b, c = 0.9, -1.9, 1 - ratio
    p = (-b - math.sqrt(b * b - 4 * a * c)) / (2 * a)
    return Q_(p, "")


@item(
    S,
    "ceramics_composites",
    "MPa",
    "three-point bend σ_fs = 3F_fL/(2bd²) (Callister ch. 12)",
    solution="σ_fs = 3 · 950 N · 40 mm/(2 · 10 mm · (5 mm)²) = 114 000/500 = 228 MPa. The modulus is not needed.",
    forms=("distractor",),
)
def h3_cc_07():
    """A rectangular bar of silicon nitride, 10 mm wide and 5 mm thick, is tested in three-point bending with the supports 40 mm apart. It breaks at a load of 950 N. The elastic modulus of silicon nitride is 304 GPa. What is its flexural strength?"""
    f, span = Q_(950, "N"), Q_(40, "mm")
    b, d = Q_(10, "mm"), Q_(5, "mm")
    return 3 * f * span / (2 * b * d**2)


@item(
    S,
    "ceramics_composites",
    "mm",
    "critical fibre length l_c = σ*_f d/(2τ_c) (Callister ch. 16)",
    solution="l_c = 3 400 MPa · 12 µm/(2 · 40 MPa) = 510 µm = 0.51 mm.",
    forms=("spaced_thousands", "unicode"),
)
def h3_cc_08():
    """Carbon fibres 12 µm in diameter with a tensile strength of 3 400 MPa are embedded in a polymer matrix; the fibre–matrix bond strength (or the matrix shear yield strength) is 40 MPa. Determine the critical fibre length in mm."""
    return Q_(3400, "MPa") * Q_(12, "micrometer") / (2 * Q_(40, "MPa"))


@item(
    S,
    "ceramics_composites",
    None,
    "rule of mixtures needs the fibre volume fraction",
    refuse="the fibre volume (or weight) fraction is not given, so the rule of mixtures cannot be applied",
    solution="E_cl = E_fV_f + E_m(1 − V_f): V_f is not stated.",
    forms=("must_refuse",),
)
def h3_cc_09():
    """A continuous and aligned glass-fibre/polyester composite is made with fibres of modulus 72 GPa in a matrix of modulus 3.0 GPa. Compute the longitudinal modulus of elasticity of the composite."""
    return None


# ---------------------------------------------------------------- corrosion & electrochemistry


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law m = ItA/(nF)",
    solution="m = 3.0 A · 7 200 s · 63.55 g/mol/(2 · 96 485 C/mol) = 7.11 g.",
    forms=("plain",),
)
def h3_corr_01():
    """What mass of copper is deposited at the cathode when a current of 3.0 A flows through a copper sulphate electroplating bath for 2.0 h? (Cu2+, atomic weight 63.55 g/mol)"""
    return Q_(3.0, "A") * Q_(2.0, "hour") * Q_(63.55, "g/mol") / (2 * F_CONST)


@item(
    S,
    "corrosion",
    "V",
    "Nernst ΔV = (V°_Ni − V°_Cd) − (RT/nF) ln([Cd²⁺]/[Ni²⁺]) (Callister ch. 17)",
    solution="ΔV° = −0.250 − (−0.403) = 0.153 V; (RT/2F) ln(0.50/0.020) = 0.01285 · 3.219 = 0.0414 V; ΔV = 0.112 V.",
    forms=("sig_figs", "unicode"),
)
def h3_corr_02():
    """A galvanic cell has a cadmium electrode in a 0.50 M Cd²⁺ solution and a nickel electrode in a 0.020 M Ni²⁺ solution at 25 °C. The standard potentials are −0.403 V (Cd²⁺/Cd) and −0.250 V (Ni²⁺/Ni). Calculate the cell potential to three significant figures."""
    e0 = Q_(-0.250 - (-0.403), "V")
    return e0 - R_GAS * kelvin(25) / (2 * F_CONST) * math.log(0.50 / 0.020)


@item(
    S,
    "corrosion",
    "mm/year",
    "corrosion penetration rate CPR = W/(ρAt) (Callister ch. 17)",
    solution="CPR = 0.018 g/(7.13 g/cm³ · 25 cm² · 96 h) = 1.052×10⁻⁶ cm/h = 9.22×10⁻³ cm/yr = 0.0922 mm/yr.",
    forms=("unit_form",),
)
def h3_corr_03():
    """A zinc coupon with an exposed area of 25 cm^2 loses 18 mg in a 96 h immersion test. Taking the density of zinc as 7.13 g/cm^3, express the corrosion penetration rate in mm per year."""
    return Q_(18, "mg") / (Q_(7.13, "g/cm**3") * Q_(25, "cm**2") * Q_(96, "hour"))


@item(
    S,
    "corrosion",
    "A/m**2",
    "i = nF × (CPR · ρ/A) (Faraday's law per unit area)",
    solution="mass rate = 0.012 cm/yr · 7.13 g/cm³ = 0.0856 g cm⁻² yr⁻¹ = 1.309×10⁻³ mol cm⁻² yr⁻¹; i = 2 · 96 485 · 1.309×10⁻³/3.156×10⁷ s = 8.00×10⁻⁶ A/cm² = 0.0800 A/m².",
    forms=("multi_step",),
)
def h3_corr_04():
    """Zinc (density 7.13 g/cm^3, atomic weight 65.38 g/mol) corrodes uniformly, dissolving as Zn2+, at a penetration rate of 0.12 mm per year. What corrosion current density does this correspond to, in A/m^2?"""
    mass_rate = Q_(0.12, "mm/year") * Q_(7.13, "g/cm**3")
    return 2 * F_CONST * mass_rate / Q_(65.38, "g/mol")


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P–B = A_Oρ_M/(nA_Mρ_O) for M_nO_m (Callister ch. 17)",
    solution="P–B = 101.96 · 2.70/(2 · 26.98 · 3.95) = 275.3/213.1 = 1.29.",
    forms=("sig_figs",),
    decimals=2,
)
def h3_corr_05():
    """Aluminium (atomic weight 26.98 g/mol, density 2.70 g/cm^3) forms the oxide Al2O3 (molecular weight 101.96 g/mol, density 3.95 g/cm^3). Compute the Pilling–Bedworth ratio, to two decimal places."""
    oxide_volume = Q_(101.96, "g/mol") / Q_(3.95, "g/cm**3")
    metal_volume = 2 * Q_(26.98, "g/mol") / Q_(2.70, "g/cm**3")
    return oxide_volume / metal_volume


@item(
    S,
    "corrosion",
    None,
    "CPR = W/(ρAt) needs the exposed area",
    refuse="the exposed area of the specimen is not given, so the penetration rate cannot be computed from the mass loss",
    solution="CPR = W/(ρAt): A is not stated.",
    forms=("must_refuse", "distractor"),
)
def h3_corr_06():
    """A mild-steel specimen (density 7.87 g/cm^3) immersed in sea water at 20 °C for six months loses 45 g. The sea water has a pH of 8.1. Calculate the corrosion penetration rate in mm/yr."""
    return None


@item(
    S,
    "corrosion",
    "mV",
    "hydrogen electrode E = −(2.303RT/F) pH at p_H₂ = 1 atm (Nernst)",
    solution="E = −(2.303 · 8.314 · 298.15/96 485) · 4.5 = −0.05916 · 4.5 = −0.266 V = −266 mV.",
    forms=("unicode", "unit_form"),
)
def h3_corr_07():
    """What is the equilibrium potential, versus the standard hydrogen electrode, of a hydrogen electrode (p_H₂ = 1 atm) in an acid solution of pH 4.5 at 25 °C? Give it in mV."""
    return -R_GAS * kelvin(25) / F_CONST * math.log(10) * 4.5


@item(
    S,
    "corrosion",
    "A/m**2",
    "activation polarisation η = β log(i/i₀): i = i₀ 10^(η/β) (Callister ch. 17)",
    solution="i = 10⁻¹⁰ A/cm² · 10^(0.35/0.10) = 10⁻¹⁰ · 3.16×10³ = 3.16×10⁻⁷ A/cm² = 3.16×10⁻³ A/m².",
    forms=("tex", "unit_form"),
)
def h3_corr_08():
    r"""For the hydrogen evolution reaction on a zinc surface the exchange current density is $10^{-10} \mathrm{~A/cm^{2}}$ and the Tafel slope is $\beta = 0.10 \mathrm{~V}$ per decade. What current density corresponds to an activation overvoltage of magnitude $0.35 \mathrm{~V}$? Express it in $\mathrm{A/m^{2}}$."""
    i0 = Q_(1e-10, "A/cm**2")
    return i0 * 10 ** (0.35 / 0.10)
