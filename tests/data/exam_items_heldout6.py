"""Set heldout6 (set G) of the blind exam set: 120 questions over the 14 topics of a qualifying exam.

Written by a question writer who did not read the answer engine, the checker or the solver; the
earlier sets were read for their format only, and no question or set of numbers is taken from them.
Each key is computed in the function body with pint quantities (a unit slip raises when the builder
converts the result to the item's unit); ``solution`` is the worked solution in words and ``forms``
says how the question is written. A question with two standard readings returns a dict of them; a
question that cannot be answered (missing data, an ambiguous substance, or a non-numeric ask)
returns None and says why. The 14 topics follow the brief of set G (``HELDOUT6_TOPICS``).
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
from scipy.constants import Stefan_Boltzmann
from scipy.special import erfinv

S = "heldout6"

SIGMA_SB = Q_(Stefan_Boltzmann, "W/(m**2*K**4)")

# standard atomic weights (g/mol) used by the polymer items
A_H, A_C, A_CL = 1.008, 12.011, 35.45


def two_theta(d: object, wavelength: object) -> object:
    """The first-order Bragg angle 2θ (degrees) of planes of spacing ``d``."""
    return Q_(2 * math.degrees(math.asin(num(wavelength / (2 * d)))), "degree")


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "nm",
    "BCC: ρ = 2A/(a³N_A), R = √3a/4 (Callister ch. 3)",
    solution="a³ = 2 · 180.95/(16.65 · 6.022×10²³) cm³ = 3.6094×10⁻²³ cm³, a = 0.33049 nm; R = √3 · 0.33049/4 = 0.1431 nm.",
    forms=("unicode", "multi_step"),
)
def g6_cryst_01():
    """Tantalum crystallises in the body-centred cubic structure. Its density is 16.65 g·cm⁻³ and its atomic weight 180.95 g·mol⁻¹. Working from these data, estimate the atomic radius of Ta in nanometres."""
    a = (2 * Q_(180.95, "g/mol") / (Q_(16.65, "g/cm**3") * AVOGADRO)) ** (1 / 3)
    return math.sqrt(3) * a / 4


@item(
    S,
    "crystallography_xrd",
    "pm",
    "FCC octahedral interstice: a = 2R√2 and r = a/2 − R = (√2 − 1)R",
    solution="Along a cube edge a = 2√2 R holds two half-atoms and the octahedral hole: r = a/2 − R = (√2 − 1) · 124.6 pm = 51.6 pm.",
    forms=("plain",),
)
def g6_cryst_02():
    """Nickel is FCC with an atomic radius of 124.6 pm. What is the radius, in pm, of the largest sphere that can sit in an octahedral void of the nickel lattice without pushing the Ni atoms apart?"""
    return (math.sqrt(2) - 1) * Q_(124.6, "pm")


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "BCC tetrahedral site at (½, ¼, 0): centre-to-atom distance a√5/4, R = √3a/4, r = a√5/4 − R",
    solution="R = √3 · 0.3301/4 = 0.14294 nm; distance from (½,¼,0) to the corner atom = a√5/4 = 0.18454 nm; r = 0.18454 − 0.14294 = 0.04160 nm = 0.416 Å.",
    forms=("tex", "multi_step"),
)
def g6_cryst_03():
    r"""Niobium has a body-centred cubic lattice with $a = 0.3301\,\mathrm{nm}$; the atoms touch along the body diagonal. Calculate the radius of the largest sphere that fits into a tetrahedral interstice, e.g. the site at $(\tfrac{1}{2}, \tfrac{1}{4}, 0)$. Give the result in $\mathrm{\AA}$."""
    a = Q_(0.3301, "nm")
    return a * math.sqrt(5) / 4 - math.sqrt(3) * a / 4


@item(
    S,
    "crystallography_xrd",
    "degree",
    "BCC reflections need h+k+l even: 110, 200, 211, …; the third is 211 (h²+k²+l² = 6); Bragg's law",
    solution="The BCC lines run 110, 200, 211, so the third is 211: d = 3.165/√6 = 1.2921 Å; sin θ = 1.5406/(2 · 1.2921) = 0.59616, θ = 36.59°, 2θ = 73.19°.",
    forms=("multi_step", "unicode"),
)
def g6_cryst_04():
    """A powder of tungsten (BCC, a = 3.165 Å) is scanned with Cu Kα radiation, λ = 1.5406 Å. Counting from the low-angle end of the pattern, at what 2θ does the third diffraction peak appear?"""
    d = Q_(3.165, "angstrom") / math.sqrt(6)
    return two_theta(d, Q_(1.5406, "angstrom"))


@item(
    S,
    "crystallography_xrd",
    "1/nm**2",
    "BCC (110) plane: a rectangle a × a√2 holding 2 atoms, PD = 2/(√2 a²)",
    solution="The (110) plane cuts the cell in an a × a√2 rectangle holding 4 · ¼ + 1 = 2 atoms; PD = 2/(√2 · 0.3147²) nm⁻² = 14.28 nm⁻². The atomic weight is not needed.",
    forms=("distractor",),
)
def g6_cryst_05():
    """Molybdenum (atomic weight 95.95 g/mol, melting point 2623 °C) is BCC with lattice parameter 0.3147 nm. Find the planar density of the (110) plane in atoms per square nanometre."""
    a = Q_(0.3147, "nm")
    return 2 / (math.sqrt(2) * a**2)


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "FCC: PD(111) = 4/(√3a²), PD(100) = 2/a²; ratio 2/√3",
    decimals=3,
    solution="(111): 2 atoms in a triangle of area (√3/2)a², PD = 4/(√3 a²); (100): 2 atoms in a², PD = 2/a². Ratio = 2/√3 = 1.155.",
    forms=("sig_figs",),
)
def g6_cryst_06():
    """For a face-centred cubic metal, what is the ratio of the planar atomic density of the (111) plane to that of the (100) plane? Give the answer to three decimal places."""
    pd111 = 4 / math.sqrt(3)
    pd100 = 2.0
    return pd111 / pd100


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "BCC d₁₁₀ = a/√2; λ = 2d sin θ with 44.4° read as 2θ or as θ",
    solution="d₁₁₀ = 2.885/√2 = 2.0400 Å. If 44.4° is 2θ: λ = 2 · 2.0400 · sin 22.2° = 1.5416 Å. If 44.4° is θ: λ = 2 · 2.0400 · sin 44.4° = 2.8546 Å.",
    forms=("ambiguous",),
)
def g6_cryst_07():
    """The 110 line of chromium (BCC, a = 2.885 Å) is found at 44.4°. What X-ray wavelength was used?"""
    d = Q_(2.885, "angstrom") / math.sqrt(2)
    return {
        "44.4° is 2θ": 2 * d * math.sin(math.radians(22.2)),
        "44.4° is θ": 2 * d * math.sin(math.radians(44.4)),
    }


@item(
    S,
    "crystallography_xrd",
    None,
    "a = d√(h²+k²+l²) needs the indices of the reflection",
    refuse="neither the crystal structure nor the Miller indices of the peak are given, so d cannot be turned into a lattice parameter",
    solution="d = 1.5406/(2 sin 20.15°) is found, but a = d√(h²+k²+l²) needs hkl, which is not stated.",
    forms=("must_refuse",),
)
def g6_cryst_08():
    """A cubic metal powder gives a diffraction peak at 2θ = 40.3° with Cu Kα radiation (λ = 1.5406 Å). Determine its lattice parameter."""
    return None


@item(
    S,
    "crystallography_xrd",
    "1/m**3",
    "HCP cell: 6 atoms in V = (3√3/2)a²c with c = 1.588a",
    solution="c = 1.588 · 0.2951 = 0.46862 nm; V = 2.5981 · 0.2951² · 0.46862 = 0.10603 nm³; n = 6/V = 5.659×10²⁸ m⁻³.",
    forms=("unicode", "distractor"),
)
def g6_cryst_09():
    """α-titanium (A = 47.87 g/mol) is hexagonal close-packed with a = 0.2951 nm and c/a = 1.588. How many atoms are there per cubic metre of the metal?"""
    a = Q_(0.2951, "nm")
    c = 1.588 * a
    return 6 / (3 * math.sqrt(3) / 2 * a**2 * c)


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "1/m**3",
    "N = ρN_A/A; N_v = N exp(−Q_v/kT)",
    solution="N = 2.70×10⁶ g/m³ · 6.022×10²³/26.98 = 6.026×10²⁸ m⁻³; Q_v/kT = 0.68/(8.617×10⁻⁵ · 873.15) = 9.038; N_v = 6.026×10²⁸ · e^−9.038 = 7.16×10²⁴ m⁻³.",
    forms=("multi_step", "tex"),
)
def g6_def_01():
    r"""The vacancy formation energy of aluminium is $0.68\ \mathrm{eV}$ per atom. With $\rho = 2.70\ \mathrm{g\,cm^{-3}}$ and $A = 26.98\ \mathrm{g\,mol^{-1}}$, how many vacancies are there per cubic metre at $600\,^{\circ}\mathrm{C}$?"""
    n_sites = Q_(2.70, "g/cm**3") * AVOGADRO / Q_(26.98, "g/mol")
    return n_sites * math.exp(-num(Q_(0.68, "eV") / (K_BOLTZ * kelvin(600))))


@item(
    S,
    "defects",
    "K",
    "N_v/N = exp(−Q_v/kT) solved for T",
    solution="T = Q_v/(k ln(N/N_v)) = 1.05/(8.617×10⁻⁵ · ln 10⁵) = 1.05/(8.617×10⁻⁵ · 11.513) = 1058 K.",
    forms=("unicode",),
)
def g6_def_02():
    """A metal has a vacancy-formation energy of 1.05 eV. At what absolute temperature does the equilibrium fraction of vacant lattice sites reach 1.0 × 10⁻⁵?"""
    return Q_(1.05, "eV") / (K_BOLTZ * math.log(1e5))


@item(
    S,
    "defects",
    "eV",
    "ratio of vacancy fractions: ln(c₂/c₁) = (Q_v/k)(1/T₁ − 1/T₂)",
    solution="1/773.15 − 1/1173.15 = 4.410×10⁻⁴ K⁻¹; Q_v = 8.617×10⁻⁵ · ln 215/4.410×10⁻⁴ = 8.617×10⁻⁵ · 5.3706/4.410×10⁻⁴ = 1.049 eV.",
    forms=("plain",),
)
def g6_def_03():
    """Quenching experiments show that a metal retains 215 times as many vacancies when quenched from 900 °C as when quenched from 500 °C. Assuming both are equilibrium concentrations, what is the vacancy formation energy in eV?"""
    t1, t2 = kelvin(500), kelvin(900)
    return K_BOLTZ * math.log(215) / (1 / t1 - 1 / t2)


@item(
    S,
    "defects",
    "1/inch**2",
    "ASTM N = 2^(n−1) grains/in² at 100×; at magnification M, N_M = N(100/M)²",
    solution="N = 2⁵ = 32 grains/in² at 100×; at 250×, N = 32 · (100/250)² = 5.12 grains per square inch. The yield strength is not needed.",
    forms=("distractor",),
)
def g6_def_04():
    """A structural steel with a yield strength of 350 MPa has ASTM grain-size number 6. How many grains per square inch would be counted on a micrograph taken at a magnification of 250×?"""
    n_100 = Q_(2 ** (6 - 1), "1/inch**2")
    return n_100 * (100 / 250) ** 2


@item(
    S,
    "defects",
    "angstrom",
    "FCC Burgers vector (a/2)⟨110⟩, |b| = a√2/2",
    solution="|b| = a/√2 = 3.615/1.4142 = 2.556 Å.",
    forms=("sig_figs",),
)
def g6_def_05():
    """Copper is FCC with a lattice parameter of 0.3615 nm. What is the magnitude of the Burgers vector of a perfect dislocation in copper, in ångströms to four significant figures?"""
    return Q_(0.3615, "nm") * math.sqrt(2) / 2


@item(
    S,
    "defects",
    "1/cm**3",
    "Schottky pairs n_s = N exp(−Q_s/2kT) (Callister eq. 12.3)",
    solution="Q_s/2kT = 2.3/(2 · 8.617×10⁻⁵ · 923.15) = 14.457; n_s = 2.2×10²² · e^−14.457 = 1.16×10¹⁶ cm⁻³.",
    forms=("unicode",),
)
def g6_def_06():
    """Potassium chloride has 2.2 × 10²² cation sites per cm³ and a Schottky-defect formation energy of 2.3 eV. How many Schottky defects per cm³ are present in equilibrium at 650 °C?"""
    n_sites = Q_(2.2e22, "1/cm**3")
    return n_sites * math.exp(-num(Q_(2.3, "eV") / (2 * K_BOLTZ * kelvin(650))))


@item(
    S,
    "defects",
    "1/m**2",
    "dislocation density = line length per unit volume",
    solution="ρ_d = 4 500 km/1.5 cm³ = 4.5×10⁸ cm/1.5 cm³ = 3.0×10⁸ cm⁻² = 3.0×10¹² m⁻².",
    forms=("spaced_thousands", "unit_form"),
)
def g6_def_07():
    """A cold-worked metal specimen of volume 1.5 cm³ contains a total of 4 500 km of dislocation line. Express the dislocation density in m⁻²."""
    return Q_(4500, "km") / Q_(1.5, "cm**3")


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM grain size n = 1 + log₂ N (N grains/in² at 100×)",
    decimals=2,
    solution="n = 1 + log₂ 40 = 1 + 5.3219 = 6.32.",
    forms=("sig_figs",),
)
def g6_def_08():
    """On a micrograph at 100× magnification, 40 grains are counted per square inch. What is the ASTM grain-size number? Answer to two decimal places."""
    return 1 + math.log2(40)


@item(
    S,
    "defects",
    "percent",
    "wt% → at%: C_Cu' = (C_Cu/A_Cu)/(C_Cu/A_Cu + C_Al/A_Al)",
    solution="4.5/63.55 = 0.07081; 95.5/26.98 = 3.5397; at% Cu = 0.07081/3.6105 × 100 = 1.96 at%.",
    forms=("percent",),
)
def g6_def_09():
    """An aluminium alloy contains 4.5 wt% Cu (A_Cu = 63.55, A_Al = 26.98 g/mol). What is the copper content in atom percent?"""
    cu, al = 4.5 / 63.55, 95.5 / 26.98
    return Q_(cu / (cu + al), "dimensionless")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "m**2/s",
    "Arrhenius D = D₀ exp(−Q/RT)",
    solution="Q/RT = 148 000/(8.314 · 1223.15) = 14.554; D = 2.3×10⁻⁵ · e^−14.554 = 1.10×10⁻¹¹ m²/s.",
    forms=("tex",),
)
def g6_diff_01():
    r"""For carbon diffusing in austenite, $D_0 = 2.3 \times 10^{-5}\ \mathrm{m^{2}\,s^{-1}}$ and $Q = 148\ \mathrm{kJ\,mol^{-1}}$. Evaluate the diffusion coefficient at $950\ ^{\circ}\mathrm{C}$."""
    return Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(950))))


@item(
    S,
    "diffusion",
    "kg/(m**2*hour)",
    "Fick's first law J = D ΔC/Δx",
    solution="J = 3×10⁻¹¹ · (1.2 − 0.4)/0.004 = 6.0×10⁻⁹ kg m⁻² s⁻¹ = 2.16×10⁻⁵ kg m⁻² h⁻¹.",
    forms=("unit_form",),
)
def g6_diff_02():
    """Nitrogen diffuses through a 4.0 mm thick steel sheet at steady state. The nitrogen concentrations just inside the two faces are 1.2 and 0.4 kg/m^3, and D = 3.0 x 10^-11 m^2/s. What is the diffusion flux in kg per square metre per hour?"""
    return Q_(3.0e-11, "m**2/s") * Q_(1.2 - 0.4, "kg/m**3") / Q_(4.0, "mm")


@item(
    S,
    "diffusion",
    "hour",
    "semi-infinite solid: (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt))",
    solution="(0.45 − 0.15)/(1.00 − 0.15) = 0.35294, erf z = 0.64706, z = 0.6568; t = x²/(4Dz²) = (6×10⁻⁴)²/(4 · 1.6×10⁻¹¹ · 0.4314) = 1.304×10⁴ s = 3.62 h.",
    forms=("multi_step",),
)
def g6_diff_03():
    """A steel gear containing 0.15 wt% C is carburised in an atmosphere that holds the surface at 1.00 wt% C. The diffusion coefficient of carbon at the treatment temperature is 1.6 × 10⁻¹¹ m²/s. How many hours are needed for the carbon content 0.6 mm below the surface to reach 0.45 wt%?"""
    z = float(erfinv(1 - (0.45 - 0.15) / (1.00 - 0.15)))
    x, d = Q_(0.6, "mm"), Q_(1.6e-11, "m**2/s")
    return x**2 / (4 * d * z**2)


@item(
    S,
    "diffusion",
    "kJ/mol",
    "Q = R ln(D₂/D₁)/(1/T₁ − 1/T₂)",
    solution="1/873.15 − 1/1073.15 = 2.1345×10⁻⁴ K⁻¹; ln(3.2×10⁻¹²/5.8×10⁻¹⁴) = 4.0104; Q = 8.314 · 4.0104/2.1345×10⁻⁴ = 156.2 kJ/mol.",
    forms=("unicode",),
)
def g6_diff_04():
    """The diffusivity of a solute in a metal is 5.8 × 10⁻¹⁴ m²/s at 600 °C and 3.2 × 10⁻¹² m²/s at 800 °C. Determine the activation energy for diffusion."""
    t1, t2 = kelvin(600), kelvin(800)
    return R_GAS * math.log(3.2e-12 / 5.8e-14) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "hour",
    "same profile: Dt constant, t₂ = t₁ D₁/D₂ with D = D₀ exp(−Q/RT)",
    solution="D₂/D₁ = exp[(140 000/8.314)(1/1173.15 − 1/1273.15)] = exp(1.1275) = 3.088; t₂ = 10 h/3.088 = 3.24 h.",
    forms=("plain",),
)
def g6_diff_05():
    """A carburising treatment of 10 h at 900 °C gives the desired case depth. If the activation energy for carbon diffusion is 140 kJ/mol, how long would the same treatment take at 1000 °C to give the same carbon profile?"""
    t1, t2 = kelvin(900), kelvin(1000)
    ratio = math.exp(num(Q_(140, "kJ/mol") / R_GAS * (1 / t1 - 1 / t2)))
    return Q_(10, "hour") / ratio


@item(
    S,
    "diffusion",
    None,
    "1 − erf(x/2√(Dt)) needs D at the treatment temperature",
    refuse="no diffusion coefficient (nor D₀ and Q) is given for carbon at 1000 °C, so the time cannot be computed",
    solution="The error-function solution gives x/2√(Dt), but D at 1000 °C is not given.",
    forms=("must_refuse",),
)
def g6_diff_06():
    """A steel with 0.20 wt% C is carburised at 1000 °C with the surface held at 1.10 wt% C. How long will it take for the carbon content to reach 0.50 wt% at a depth of 1.0 mm?"""
    return None


@item(
    S,
    "diffusion",
    "micrometer",
    "diffusion length √(Dt)",
    solution="√(Dt) = √(4.0×10⁻¹⁶ · 1800) = √(7.2×10⁻¹³) m = 8.49×10⁻⁷ m = 0.849 µm.",
    forms=("unicode",),
)
def g6_diff_07():
    """During a 30-minute anneal, a dopant in silicon has D = 4.0 × 10⁻¹⁶ m²/s. Estimate the characteristic diffusion length √(Dt) in µm."""
    return (Q_(4.0e-16, "m**2/s") * Q_(30, "minute")) ** 0.5


@item(
    S,
    "diffusion",
    "K",
    "D = D₀ exp(−Q/RT) solved for T = Q/(R ln(D₀/D))",
    solution="ln(1.1×10⁻⁴/1.0×10⁻¹⁵) = ln(1.1×10¹¹) = 25.424; T = 251 000/(8.314 · 25.424) = 1187 K. The anneal time is not needed.",
    forms=("distractor", "tex"),
)
def g6_diff_08():
    r"""For nickel self-diffusion $D_0 = 1.1 \times 10^{-4}\ \mathrm{m^2/s}$ and $Q = 251\ \mathrm{kJ/mol}$. A $2\ \mathrm{h}$ homogenising anneal is planned at the temperature where $D = 1.0 \times 10^{-15}\ \mathrm{m^2/s}$. What is that temperature in kelvin?"""
    return Q_(251, "kJ/mol") / (R_GAS * math.log(1.1e-4 / 1.0e-15))


@item(
    S,
    "diffusion",
    "percent",
    "D₂/D₁ = exp[(Q/k)(1/T₁ − 1/T₂)]; increase = D₂/D₁ − 1",
    solution="(2.9/8.617×10⁻⁵)(1/1100 − 1/1150) = 33 654 · 3.9526×10⁻⁵ = 1.3302; D₂/D₁ = 3.782, an increase of 278 %.",
    forms=("percent",),
)
def g6_diff_09():
    """The activation energy for diffusion of a species is 2.9 eV. By what percentage does its diffusion coefficient increase when the temperature is raised from 1100 K to 1150 K?"""
    ratio = math.exp(num(Q_(2.9, "eV") / K_BOLTZ * (1 / Q_(1100, "K") - 1 / Q_(1150, "K"))))
    return Q_(ratio - 1, "dimensionless")


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "MPa",
    "true stress σ_T = σ(1 + ε) before necking",
    solution="σ_T = 420 MPa · (1 + 0.18) = 495.6 MPa.",
    forms=("multi_step", "distractor"),
)
def g6_mech_01():
    """A tensile specimen of an annealed stainless steel (E = 193 GPa) carries an engineering stress of 420 MPa at an engineering strain of 0.18, before any necking has started. What is the true stress at this point?"""
    return Q_(420, "MPa") * (1 + 0.18)


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "true strain ε_T = ln(A₀/A) = 2 ln(d₀/d)",
    decimals=3,
    solution="ε_T = 2 ln(12.8/10.2) = 2 · 0.22706 = 0.454.",
    forms=("sig_figs",),
)
def g6_mech_02():
    """A round bar 12.8 mm in diameter is pulled until the diameter at the neck is 10.2 mm. Calculate the true strain at the neck, to three decimal places."""
    return 2 * math.log(12.8 / 10.2)


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law ΔL = FL₀/(A₀E)",
    solution="A₀ = π(4 mm)² = 50.27 mm²; σ = 12 000/50.27 = 238.7 MPa (below the 250 MPa yield); ΔL = 238.7 · 2500/207 000 = 2.88 mm. Poisson's ratio is not needed.",
    forms=("distractor", "spaced_thousands"),
)
def g6_mech_03():
    """A steel tie rod 2 500 mm long and 8.0 mm in diameter carries an axial tensile load of 12 kN. For the steel E = 207 GPa, ν = 0.30 and the yield strength is 250 MPa. By how much does the rod stretch?"""
    area = math.pi * Q_(4.0, "mm") ** 2
    return Q_(12, "kN") * Q_(2500, "mm") / (area * Q_(207, "GPa"))


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "lateral strain ε_x = −νε_z = −νσ/E; Δd = ε_x d₀",
    solution="ε_z = 80/70 000 = 1.1429×10⁻³; ε_x = −0.33 · 1.1429×10⁻³ = −3.771×10⁻⁴; |Δd| = 3.771×10⁻⁴ · 15 mm = 5.66×10⁻³ mm = 5.66 µm.",
    forms=("unicode",),
)
def g6_mech_04():
    """An aluminium alloy cylinder of diameter 15 mm is loaded elastically in tension to 80 MPa. With E = 70 GPa and ν = 0.33, by how many µm does its diameter shrink?"""
    strain = Q_(80, "MPa") / Q_(70, "GPa")
    return 0.33 * strain * Q_(15, "mm")


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Hall–Petch σ_y = σ₀ + k_y d^(−1/2)",
    solution="d^(−1/2) = (1.8×10⁻⁵ m)^(−1/2) = 235.7 m^(−1/2); σ_y = 25 + 0.60 · 235.7 = 166.4 MPa.",
    forms=("tex",),
)
def g6_mech_05():
    r"""For a brass, the Hall–Petch constants are $\sigma_0 = 25\ \mathrm{MPa}$ and $k_y = 0.60\ \mathrm{MPa\,m^{1/2}}$. Predict the yield strength for an average grain diameter of $18\ \mu\mathrm{m}$."""
    d = Q_(18, "micrometer")
    return Q_(25, "MPa") + Q_(0.60, "MPa*m**0.5") / d**0.5


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Schmid's law σ_y = τ_CRSS/(cos φ cos λ); cubic angle cosines from dot products",
    solution="cos φ = [001]·[011]/(1 · √2) = 1/√2; cos λ = [001]·[11̄1]/(1 · √3) = 1/√3; m = 0.4082; σ = 30/0.4082 = 73.5 MPa.",
    forms=("multi_step",),
)
def g6_mech_06():
    """A BCC single crystal is pulled along [001]. Slip occurs on the (011)[11̄1] system once the resolved shear stress reaches 30 MPa. What tensile stress is needed to start yielding?"""
    cos_phi = 1 / math.sqrt(2)
    cos_lambda = 1 / math.sqrt(3)
    return Q_(30, "MPa") / (cos_phi * cos_lambda)


@item(
    S,
    "mechanical_properties",
    "MPa",
    "steels: TS (MPa) ≈ 3.45 × HB (Callister eq. 6.20a)",
    solution="TS ≈ 3.45 · 250 = 862.5 MPa.",
    forms=("plain",),
)
def g6_mech_07():
    """A quenched and tempered steel has a Brinell hardness of 250 HB. Using the usual empirical correlation for steels, estimate its tensile strength in MPa."""
    return Q_(3.45 * 250, "MPa")


@item(
    S,
    "mechanical_properties",
    "MJ/m**3",
    "modulus of resilience U_r = σ_y²/(2E)",
    solution="U_r = (1 380 MPa)²/(2 · 205 000 MPa) = 4.645 MPa = 4.645 MJ/m³.",
    forms=("spaced_thousands",),
)
def g6_mech_08():
    """A spring steel has a yield strength of 1 380 MPa and an elastic modulus of 205 GPa. Calculate its modulus of resilience in MJ/m³."""
    return Q_(1380, "MPa") ** 2 / (2 * Q_(205, "GPa"))


@item(
    S,
    "mechanical_properties",
    None,
    "tensile strength is not fixed by the elastic constants",
    refuse="the tensile strength cannot be derived from E and Poisson's ratio alone; no strength or hardness data are given",
    solution="E and ν describe elastic behaviour only; the tensile strength needs a test result or a hardness.",
    forms=("must_refuse",),
)
def g6_mech_09():
    """A copper alloy has a Young's modulus of 115 GPa and a Poisson's ratio of 0.34. What is its ultimate tensile strength?"""
    return None


# ---------------------------------------------------------------- failure (fracture, fatigue, creep)


@item(
    S,
    "failure",
    "MPa*m**0.5",
    "stress intensity K = Yσ√(πa), a the half-length of an internal crack",
    solution="a = 4.0/2 = 2.0 mm; K = 1.0 · 310 · √(π · 0.002) = 310 · 0.07927 = 24.6 MPa√m.",
    forms=("tex",),
)
def g6_fail_01():
    r"""A wide plate contains a through-thickness central crack of total length $4.0\ \mathrm{mm}$ and is loaded to a remote tensile stress of $310\ \mathrm{MPa}$. Taking $Y = 1.0$, what is the stress intensity factor in $\mathrm{MPa\,m^{1/2}}$?"""
    a = Q_(4.0, "mm") / 2
    return 1.0 * Q_(310, "MPa") * (math.pi * a) ** 0.5


@item(
    S,
    "failure",
    "mm",
    "a_c = (1/π)(K_IC/(Yσ))² with σ a fraction of the yield strength",
    solution="σ = 0.60 · 1 100 = 660 MPa; a_c = (1/π)(45/(1.12 · 660))² = (1/π)(0.06088)² = 1.18×10⁻³ m = 1.18 mm.",
    forms=("spaced_thousands", "multi_step"),
)
def g6_fail_02():
    """A high-strength steel component (σ_y = 1 100 MPa, K_IC = 45 MPa√m) operates at 60 % of its yield strength. For a surface crack with Y = 1.12, what is the critical crack depth in millimetres?"""
    sigma = 0.60 * Q_(1100, "MPa")
    return (Q_(45, "MPa*m**0.5") / (1.12 * sigma)) ** 2 / math.pi


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin σ_a = σ_f'(2N_f)^b solved for N_f",
    solution="2N_f = (400/1050)^(1/−0.085) = e^11.354 = 8.52×10⁴ reversals, N_f = 4.26×10⁴ cycles.",
    forms=("spaced_thousands", "multi_step"),
)
def g6_fail_03():
    """For an alloy steel the fatigue strength coefficient is σ_f' = 1 050 MPa and the Basquin exponent is b = −0.085, with σ_a = σ_f'(2N_f)^b. How many cycles to failure are expected at a stress amplitude of 400 MPa?"""
    reversals = (400 / 1050) ** (1 / -0.085)
    return reversals / 2


@item(
    S,
    "failure",
    "MPa",
    "mean stress σ_m = (σ_max + σ_min)/2",
    solution="σ_m = (280 + (−70))/2 = 105 MPa. The frequency and the number of cycles are not needed.",
    forms=("distractor", "unicode"),
)
def g6_fail_04():
    """A shaft experiences a fluctuating stress between a maximum of 280 MPa and a minimum of −70 MPa at 25 Hz for 10⁶ cycles. What is the mean stress?"""
    return (Q_(280, "MPa") + Q_(-70, "MPa")) / 2


@item(
    S,
    "failure",
    "hour",
    "Larson–Miller P = T(C + log t_r), T in K, t_r in h, C = 20",
    solution="log t_r = 24 000/923.15 − 20 = 5.998; t_r = 10^5.998 = 9.95×10⁵ h.",
    forms=("spaced_thousands",),
)
def g6_fail_05():
    """For a nickel alloy at the design stress the Larson–Miller parameter is 24 000 (T in K, t in h, C = 20). Estimate the rupture life at 650 °C."""
    t = num(kelvin(650) / Q_(1, "K"))
    return Q_(10 ** (24000 / t - 20), "hour")


@item(
    S,
    "failure",
    "1/hour",
    "power-law creep ε̇ = Kσⁿ exp(−Q/RT): at one T, ε̇₂ = ε̇₁(σ₂/σ₁)ⁿ",
    solution="ε̇₂ = 2.0×10⁻⁷ · (60/80)⁵ = 2.0×10⁻⁷ · 0.2373 = 4.75×10⁻⁸ s⁻¹ = 1.71×10⁻⁴ h⁻¹.",
    forms=("unit_form", "unicode"),
)
def g6_fail_06():
    """At 700 °C a stainless steel creeps at a steady-state rate of 2.0 × 10⁻⁷ s⁻¹ under 80 MPa. With a stress exponent n = 5, what steady-state creep rate (per hour) is expected at 60 MPa and the same temperature?"""
    rate = Q_(2.0e-7, "1/s") * (60 / 80) ** 5
    return rate


@item(
    S,
    "failure",
    "MPa",
    "Goodman σ_a = σ_e(1 − σ_m/σ_TS)",
    solution="σ_a = 300 · (1 − 200/900) = 300 · 0.7778 = 233.3 MPa.",
    forms=("plain",),
)
def g6_fail_07():
    """A steel has a fatigue limit of 300 MPa (fully reversed) and a tensile strength of 900 MPa. Using the Goodman relation, what is the allowable stress amplitude for infinite life when a mean stress of 200 MPa is superimposed?"""
    return Q_(300, "MPa") * (1 - 200 / 900)


@item(
    S,
    "failure",
    None,
    "fatigue life needs an S–N curve or Basquin constants",
    refuse="no S–N data, Basquin constants or endurance limit are given for the steel, so no fatigue life can be computed",
    solution="N_f follows from an S–N curve; none is given.",
    forms=("must_refuse",),
)
def g6_fail_08():
    """A 1045 steel shaft rotates under a fully reversed bending stress amplitude of 320 MPa. How many cycles will it survive?"""
    return None


@item(
    S,
    "failure",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/(πa)), a = half the internal crack length",
    solution="a = 1.0 µm; σ_c = √(2 · 69×10⁹ · 0.30/(π · 1.0×10⁻⁶)) = √(1.318×10¹⁶) Pa = 114.8 MPa.",
    forms=("unicode",),
)
def g6_fail_09():
    """A soda-lime glass (E = 69 GPa, specific surface energy 0.30 J/m²) contains an internal crack 2.0 µm long. Using the Griffith criterion, estimate the fracture stress."""
    a = Q_(2.0, "micrometer") / 2
    return (2 * Q_(69, "GPa") * Q_(0.30, "J/m**2") / (math.pi * a)) ** 0.5


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule W_L = (C_α − C₀)/(C_α − C_L)",
    solution="W_L = (43 − 35)/(43 − 32) = 8/11 = 72.7 %.",
    forms=("percent",),
)
def g6_phase_01():
    """A Cu–35 wt% Ni alloy is held at 1250 °C, where the liquid contains 32 wt% Ni and the α phase 43 wt% Ni. What percentage of the alloy (by mass) is liquid?"""
    return Q_((43 - 35) / (43 - 32), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "proeutectoid ferrite W_α' = (0.76 − C₀)/(0.76 − 0.022)",
    decimals=3,
    solution="W_α' = (0.76 − 0.45)/(0.76 − 0.022) = 0.31/0.738 = 0.420.",
    forms=("sig_figs",),
)
def g6_phase_02():
    """For an iron–carbon alloy of 0.45 wt% C cooled slowly to just below the eutectoid temperature, what mass fraction of the microstructure is proeutectoid ferrite? (Eutectoid 0.76 wt% C; ferrite 0.022 wt% C.) Answer to three decimal places."""
    return (0.76 - 0.45) / (0.76 - 0.022)


@item(
    S,
    "phase_diagrams",
    "percent",
    "total ferrite W_α = (C_Fe3C − C₀)/(C_Fe3C − C_α)",
    solution="W_α = (6.70 − 0.45)/(6.70 − 0.022) = 6.25/6.678 = 93.6 %.",
    forms=("percent", "unicode"),
)
def g6_phase_03():
    """The same 0.45 wt% C steel is slowly cooled to 700 °C. Taking ferrite at 0.022 wt% C and cementite (Fe₃C) at 6.70 wt% C, what percentage of the steel is ferrite in total (proeutectoid plus eutectoid)?"""
    return Q_((6.70 - 0.45) / (6.70 - 0.022), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "g",
    "proeutectoid cementite W = (C₀ − 0.76)/(6.70 − 0.76); mass = W × total mass",
    solution="W_Fe3C' = (1.10 − 0.76)/(6.70 − 0.76) = 0.34/5.94 = 0.05724; m = 0.05724 · 2 500 g = 143.1 g.",
    forms=("multi_step", "spaced_thousands"),
)
def g6_phase_04():
    """A 2.5 kg block of a 1.10 wt% C plain-carbon steel is slowly cooled from the austenite field to just below 727 °C. How many grams of proeutectoid cementite form? Use 0.76 wt% C for the eutectoid and 6.70 wt% C for Fe₃C."""
    fraction = (1.10 - 0.76) / (6.70 - 0.76)
    return fraction * Q_(2.5, "kg")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "eutectic microconstituent W_e = (C₀ − C_α)/(C_E − C_α)",
    decimals=3,
    solution="W_e = (40 − 18.3)/(61.9 − 18.3) = 21.7/43.6 = 0.498.",
    forms=("sig_figs", "distractor"),
)
def g6_phase_05():
    """A Pb–40 wt% Sn solder is cooled to just below the eutectic temperature of 183 °C. The α phase there contains 18.3 wt% Sn, the β phase 97.8 wt% Sn, and the eutectic composition is 61.9 wt% Sn. What mass fraction of the alloy is eutectic microconstituent (to three decimal places)?"""
    return (40 - 18.3) / (61.9 - 18.3)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at fixed pressure F = C − P + 1",
    abs_tol=0,
    solution="F = 3 − 2 + 1 = 2.",
    forms=("plain",),
)
def g6_phase_06():
    """In a ternary alloy system at constant pressure, how many degrees of freedom remain in a region of the phase diagram where two phases coexist in equilibrium?"""
    return 3 - 2 + 1


@item(
    S,
    "phase_diagrams",
    None,
    "the lever rule needs the tie-line end compositions",
    refuse="the liquidus and solidus compositions at 850 °C are not given and the Cu–Ag diagram is not supplied",
    solution="W_L = (C₀ − C_α)/(C_L − C_α) needs C_α and C_L at that temperature, which are not given.",
    forms=("must_refuse",),
)
def g6_phase_07():
    """For a Cu–60 wt% Ag alloy at 850 °C, what mass fraction of the alloy is liquid?"""
    return None


@item(
    S,
    "phase_diagrams",
    "g",
    "mass balance m_Ni/(m_Ni + m_Cu) = 0.25",
    solution="m_Ni = 0.25 · 800/(1 − 0.25) = 266.7 g.",
    forms=("plain",),
)
def g6_phase_08():
    """How much nickel (in grams) must be melted together with 800 g of copper to produce a Cu–25 wt% Ni alloy?"""
    return 0.25 * Q_(800, "g") / (1 - 0.25)


@item(
    S,
    "phase_diagrams",
    "percent",
    "wt% → at%: x_C = (w_C/A_C)/(w_C/A_C + w_Fe/A_Fe)",
    solution="0.76/12.011 = 0.06328; 99.24/55.845 = 1.7771; at% C = 0.06328/1.8404 = 3.44 at%. The temperature is not needed.",
    forms=("percent", "distractor"),
)
def g6_phase_09():
    """The eutectoid point of the Fe–Fe₃C diagram lies at 727 °C and 0.76 wt% C. Express the eutectoid carbon content in atom percent (A_C = 12.011 g/mol, A_Fe = 55.845 g/mol)."""
    c, fe = 0.76 / 12.011, 99.24 / 55.845
    return Q_(c / (c + fe), "dimensionless")


# ---------------------------------------------------------------- thermodynamics & kinetics of transformations


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Avrami y = 1 − exp(−kt^n); k from the half-time",
    solution="k t½ⁿ = ln 2; y(200 s) = 1 − exp[−ln 2 · (200/120)^2.5] = 1 − exp(−0.6931 · 3.586) = 1 − 0.0833 = 91.7 %.",
    forms=("percent", "multi_step"),
)
def g6_trans_01():
    """A recrystallisation follows Avrami kinetics with n = 2.5 and is half complete after 120 s. What percentage has recrystallised after 200 s?"""
    y = 1 - math.exp(-math.log(2) * (200 / 120) ** 2.5)
    return Q_(y, "dimensionless")


@item(
    S,
    "transformations_kinetics",
    "nm",
    "homogeneous nucleation r* = 2γT_m/(ΔH_f ΔT)",
    solution="r* = 2 · 0.177 · 1358.15/(1.83×10⁹ · 210) = 480.8/3.843×10¹¹ = 1.25×10⁻⁹ m = 1.25 nm.",
    forms=("tex",),
)
def g6_trans_02():
    r"""For the solidification of a pure metal with $T_m = 1085\ ^{\circ}\mathrm{C}$, latent heat of fusion $\Delta H_f = -1.83 \times 10^{9}\ \mathrm{J\,m^{-3}}$ and solid–liquid interfacial energy $\gamma = 0.177\ \mathrm{J\,m^{-2}}$, calculate the critical nucleus radius for homogeneous nucleation at an undercooling of $210\ \mathrm{K}$, in nm."""
    tm = kelvin(1085)
    return 2 * Q_(0.177, "J/m**2") * tm / (Q_(1.83e9, "J/m**3") * Q_(210, "K"))


@item(
    S,
    "transformations_kinetics",
    "J",
    "ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²)",
    solution="ΔG* = 16π · 0.204³ · 1190²/(3 · (1.65×10⁹)² · 150²) = 16π · 8.490×10⁻³ · 1.4161×10⁶/(1.8377×10²³) = 3.29×10⁻¹⁸ J.",
    forms=("unicode", "spaced_thousands"),
)
def g6_trans_03():
    """A metal melts at 1 190 K; its latent heat of fusion is −1.65 × 10⁹ J/m³ and the solid–liquid surface energy 0.204 J/m². What is the activation free energy for forming a critical homogeneous nucleus at 150 K undercooling?"""
    g, tm = Q_(0.204, "J/m**2"), Q_(1190, "K")
    dh, dt = Q_(1.65e9, "J/m**3"), Q_(150, "K")
    return 16 * math.pi * g**3 * tm**2 / (3 * dh**2 * dt**2)


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "ΔG° = −RT ln K",
    solution="K = exp(45 000/(8.314 · 1200)) = exp(4.510) = 90.9.",
    forms=("plain",),
)
def g6_trans_04():
    """The standard Gibbs energy change of a gas–metal reaction is −45 kJ/mol at 1200 K. What is the equilibrium constant at that temperature?"""
    return math.exp(num(Q_(45, "kJ/mol") / (R_GAS * Q_(1200, "K"))))


@item(
    S,
    "transformations_kinetics",
    "kJ/mol",
    "Arrhenius rate: Q = R ln(r₂/r₁)/(1/T₁ − 1/T₂)",
    solution="1/723.15 − 1/763.15 = 7.248×10⁻⁵ K⁻¹; Q = 8.314 · ln 3/7.248×10⁻⁵ = 126.0 kJ/mol.",
    forms=("plain",),
)
def g6_trans_05():
    """The rate of a precipitation reaction triples when the ageing temperature is raised from 450 °C to 490 °C. Estimate the activation energy of the reaction."""
    t1, t2 = kelvin(450), kelvin(490)
    return R_GAS * math.log(3) / (1 / t1 - 1 / t2)


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Avrami: ln ln(1/(1−y)) = ln k + n ln t; n from two points",
    decimals=2,
    solution="ln(1/0.8) = 0.2231 and ln(1/0.2) = 1.6094; n = ln(1.6094/0.2231)/ln(150/50) = 1.9758/1.0986 = 1.80.",
    forms=("sig_figs",),
)
def g6_trans_06():
    """A transformation is 20 % complete after 50 s and 80 % complete after 150 s. Assuming Avrami kinetics, what is the time exponent n? Give two decimal places."""
    return math.log(math.log(1 / 0.2) / math.log(1 / 0.8)) / math.log(150 / 50)


@item(
    S,
    "transformations_kinetics",
    "J/(mol*K)",
    "entropy of fusion ΔS_f = ΔH_f/T_m",
    solution="ΔS_f = 10 710/(660.3 + 273.15) = 10 710/933.45 = 11.47 J/(mol K).",
    forms=("unicode", "spaced_thousands"),
)
def g6_trans_07():
    """Aluminium melts at 660.3 °C with an enthalpy of fusion of 10.71 kJ·mol⁻¹. What is its molar entropy of fusion?"""
    return Q_(10.71, "kJ/mol") / kelvin(660.3)


@item(
    S,
    "transformations_kinetics",
    "kJ/mol",
    "ideal solution ΔG_mix = RT[x ln x + (1 − x) ln(1 − x)]",
    solution="x ln x + (1−x) ln(1−x) = 0.3 ln 0.3 + 0.7 ln 0.7 = −0.6109; ΔG_mix = 8.314 · 800 · (−0.6109) = −4063 J/mol = −4.06 kJ/mol.",
    forms=("tex",),
)
def g6_trans_08():
    r"""Two metals A and B form an ideal solid solution. Calculate the molar Gibbs energy of mixing, in $\mathrm{kJ\,mol^{-1}}$, of a solution with $x_B = 0.30$ at $T = 800\ \mathrm{K}$."""
    x = 0.30
    return R_GAS * Q_(800, "K") * (x * math.log(x) + (1 - x) * math.log(1 - x))


@item(
    S,
    "transformations_kinetics",
    "MJ/m**3",
    "volume free-energy change ΔG_v = ΔH_f ΔT/T_m",
    solution="|ΔG_v| = 2.1×10⁹ · 95/1728 = 1.155×10⁸ J/m³ = 115.5 MJ/m³.",
    forms=("spaced_thousands", "tex"),
)
def g6_trans_09():
    r"""Pure nickel melts at $1\,728\ \mathrm{K}$ and has $\Delta H_f = -2.1 \times 10^{9}\ \mathrm{J\,m^{-3}}$. What is the magnitude of the free-energy change per unit volume driving solidification when the liquid is undercooled by $95\ \mathrm{K}$? Give it in $\mathrm{MJ\,m^{-3}}$."""
    return Q_(2.1e9, "J/m**3") * Q_(95, "K") / Q_(1728, "K")


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "intrinsic σ = n_i e(μ_e + μ_h), ρ = 1/σ",
    solution="σ = 1.0×10¹⁰ · 1.602×10⁻¹⁹ · (1350 + 480) = 2.93×10⁻⁶ S/cm; ρ = 3.41×10⁵ Ω cm.",
    forms=("unicode",),
)
def g6_elec_01():
    """At room temperature intrinsic silicon has n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1350 cm²/(V·s) and μ_h = 480 cm²/(V·s). What is its electrical resistivity in Ω·cm?"""
    sigma = Q_(1.0e10, "1/cm**3") * Q_E * Q_(1350 + 480, "cm**2/(V*s)")
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "extrinsic n-type σ ≈ N_d e μ_e (all donors ionised)",
    solution="σ = 3×10²² · 1.602×10⁻¹⁹ · 0.12 = 577 S/m. The hole mobility is not needed.",
    forms=("distractor",),
)
def g6_elec_02():
    """Silicon is doped with 3 × 10^22 phosphorus atoms per m^3, all ionised at room temperature. The electron and hole mobilities are 0.12 and 0.045 m^2/(V s). Compute the conductivity."""
    return Q_(3e22, "1/m**3") * Q_E * Q_(0.12, "m**2/(V*s)")


@item(
    S,
    "electrical_semiconductors",
    "milliohm",
    "R = ρL/A",
    solution="A = π(0.8 mm)² = 2.011 mm²; R = 1.72×10⁻⁸ · 35/2.011×10⁻⁶ = 0.2994 Ω = 299 mΩ.",
    forms=("unit_form",),
)
def g6_elec_03():
    """What is the resistance, in milliohms, of a 35 m length of copper wire of diameter 1.6 mm? Take the resistivity of copper as 1.72 × 10⁻⁸ Ω·m."""
    area = math.pi * Q_(0.8, "mm") ** 2
    return Q_(1.72e-8, "ohm*m") * Q_(35, "m") / area


@item(
    S,
    "electrical_semiconductors",
    "km/s",
    "drift velocity v = μE, E = V/L",
    solution="E = 12 V/3.0 mm = 4 000 V/m; v = 0.85 · 4 000 = 3 400 m/s = 3.4 km/s.",
    forms=("plain",),
)
def g6_elec_04():
    """A voltage of 12 V is applied across a GaAs bar 3.0 mm long. If the electron mobility is 0.85 m²/V·s, what is the electron drift velocity in km/s?"""
    field = Q_(12, "V") / Q_(3.0, "mm")
    return Q_(0.85, "m**2/(V*s)") * field


@item(
    S,
    "electrical_semiconductors",
    "ohm*m",
    "ρ(T) = ρ₀[1 + α(T − T₀)]",
    solution="ρ = 1.68×10⁻⁸ · (1 + 0.0039 · 130) = 1.68×10⁻⁸ · 1.507 = 2.53×10⁻⁸ Ω m.",
    forms=("tex",),
)
def g6_elec_05():
    r"""The resistivity of copper at $20\ ^{\circ}\mathrm{C}$ is $1.68 \times 10^{-8}\ \Omega\,\mathrm{m}$ and its temperature coefficient of resistivity is $0.0039\ ^{\circ}\mathrm{C}^{-1}$. Estimate the resistivity at $150\ ^{\circ}\mathrm{C}$."""
    return Q_(1.68e-8, "ohm*m") * (1 + 0.0039 * (150 - 20))


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "n_i ∝ exp(−E_g/2kT), with or without the T^(3/2) prefactor",
    solution="Exponential only: exp[(0.67/2k)(1/300 − 1/350)] = exp(3887.7 · 4.762×10⁻⁴) = exp(1.8513) = 6.37. With the T^(3/2) factor: 6.37 · (350/300)^1.5 = 6.37 · 1.2601 = 8.02.",
    forms=("ambiguous",),
)
def g6_elec_06():
    """Germanium has a band gap of 0.67 eV. By what factor does its intrinsic carrier concentration increase between 300 K and 350 K?"""
    e_over_2k = num(Q_(0.67, "eV") / (2 * K_BOLTZ) / Q_(1, "K"))
    exp_only = math.exp(e_over_2k * (1 / 300 - 1 / 350))
    return {
        "exp(−Eg/2kT) only": exp_only,
        "with T^3/2": exp_only * (350 / 300) ** 1.5,
    }


@item(
    S,
    "electrical_semiconductors",
    "microvolt",
    "Hall voltage V_H = IB/(n e t)",
    solution="V_H = 20 · 1.5/(8.5×10²⁸ · 1.602×10⁻¹⁹ · 5×10⁻⁴) = 30/6.809×10⁶ = 4.41×10⁻⁶ V = 4.41 µV.",
    forms=("unicode",),
)
def g6_elec_07():
    """A copper strip 0.50 mm thick carries a current of 20 A in a perpendicular magnetic field of 1.5 T. Copper has 8.5 × 10²⁸ conduction electrons per m³. What Hall voltage (in µV) appears across the strip?"""
    return Q_(20, "A") * Q_(1.5, "T") / (Q_(8.5e28, "1/m**3") * Q_E * Q_(0.50, "mm"))


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "parallel-plate capacitor C = ε₀ε_r A/d",
    solution="C = 8.854×10⁻¹² · 6.0 · 4.0×10⁻⁴/2.5×10⁻⁴ = 8.50×10⁻¹¹ F = 85.0 pF.",
    forms=("tex",),
)
def g6_elec_08():
    r"""A parallel-plate capacitor has plates of area $4.0\ \mathrm{cm^2}$ separated by $0.25\ \mathrm{mm}$ of a ceramic with $\varepsilon_r = 6.0$. Find its capacitance in pF."""
    return EPS0 * 6.0 * Q_(4.0, "cm**2") / Q_(0.25, "mm")


@item(
    S,
    "electrical_semiconductors",
    None,
    "σ = p e μ_h needs the acceptor concentration",
    refuse="the boron (acceptor) concentration is not given, so the hole concentration and the conductivity cannot be found",
    solution="σ = N_a e μ_h, but N_a is not stated.",
    forms=("must_refuse",),
)
def g6_elec_09():
    """A silicon wafer is doped with boron. The hole mobility is 0.045 m²/(V·s). Calculate its electrical conductivity at room temperature."""
    return None


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "A/m",
    "M_s = (μ_B per atom) μ_B ρ N_A/A",
    solution="N = 8.90×10⁶ · 6.022×10²³/58.69 = 9.132×10²⁸ m⁻³; M_s = 0.60 · 9.274×10⁻²⁴ · 9.132×10²⁸ = 5.08×10⁵ A/m.",
    forms=("multi_step",),
)
def g6_mag_01():
    """Each nickel atom contributes 0.60 Bohr magneton to the saturation magnetisation. With ρ = 8.90 g/cm³ and A = 58.69 g/mol, calculate the saturation magnetisation of nickel."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return 0.60 * BOHR * n


@item(
    S,
    "magnetic",
    "T",
    "solenoid H = NI/l; B = μ₀μ_r H",
    solution="H = 400 · 2.0/0.25 = 3 200 A/m; B = 4π×10⁻⁷ · 150 · 3 200 = 0.603 T. The coil resistance is not needed.",
    forms=("distractor",),
)
def g6_mag_02():
    """A coil of 400 turns wound on a 0.25 m long iron-alloy core carries 2.0 A; the wire has a resistance of 3.2 ohm. If the relative permeability of the core is 150, what flux density is produced inside the core?"""
    h = 400 * Q_(2.0, "A") / Q_(0.25, "m")
    return MU0 * 150 * h


@item(
    S,
    "magnetic",
    "A/m",
    "M = χ_m H",
    solution="M = 2.1×10⁻⁵ · 8.0×10⁵ = 16.8 A/m.",
    forms=("unicode",),
)
def g6_mag_03():
    """Aluminium is paramagnetic with a volume susceptibility χ_m = 2.1 × 10⁻⁵. What magnetisation is induced by a field H = 8.0 × 10⁵ A/m?"""
    return 2.1e-5 * Q_(8.0e5, "A/m")


@item(
    S,
    "magnetic",
    "A/m",
    "magnetite: 8 Fe₃O₄ per cubic cell, 4 μ_B each; M_s = 32μ_B/a³",
    solution="n_B = 8 · 4 = 32 per cell; a³ = (0.839×10⁻⁹ m)³ = 5.906×10⁻²⁸ m³; M_s = 32 · 9.274×10⁻²⁴/5.906×10⁻²⁸ = 5.02×10⁵ A/m.",
    forms=("multi_step",),
)
def g6_mag_04():
    """Magnetite (Fe3O4) has a cubic unit cell of edge 0.839 nm containing 8 formula units, and each formula unit carries a net moment of 4 Bohr magnetons (the Fe3+ moments cancel). Compute the saturation magnetisation."""
    return 32 * BOHR / Q_(0.839, "nm") ** 3


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie law χ = C/T: χ₂ = χ₁T₁/T₂",
    solution="χ(77 K) = 3.6×10⁻⁴ · 300/77 = 1.40×10⁻³.",
    forms=("unicode",),
)
def g6_mag_05():
    """A paramagnetic salt obeys the Curie law and has a susceptibility of 3.6 × 10⁻⁴ at 300 K. What is its susceptibility at liquid-nitrogen temperature, 77 K?"""
    return 3.6e-4 * 300 / 77


@item(
    S,
    "magnetic",
    "W",
    "hysteresis loss P = (loop area) × f × V",
    solution="P = 450 J/m³ · 60 s⁻¹ · 2.0×10⁻³ m³ = 54 W.",
    forms=("plain",),
)
def g6_mag_06():
    """The B–H loop of a transformer-core steel encloses an energy of 450 J/m³ per cycle. What power is dissipated by hysteresis in a 2.0 × 10⁻³ m³ core at 60 Hz?"""
    return Q_(450, "J/m**3") * Q_(60, "Hz") * Q_(2.0e-3, "m**3")


@item(
    S,
    "magnetic",
    None,
    "coercivity is a material property read from the hysteresis loop",
    refuse="the coercivity cannot be calculated from a single flux density; no hysteresis data or material identity are given",
    solution="H_c is read from the B–H loop; only B = 1.2 T is given.",
    forms=("must_refuse",),
)
def g6_mag_07():
    """A steel bar is magnetised until the flux density inside it is 1.2 T. What is the coercivity of the steel?"""
    return None


@item(
    S,
    "magnetic",
    "dimensionless",
    "μ_r = μ/μ₀, χ_m = μ_r − 1",
    solution="μ_r = 1.28×10⁻³/(4π×10⁻⁷) = 1018.6; χ_m = 1017.6.",
    forms=("tex",),
)
def g6_mag_08():
    r"""A soft ferrite has an absolute permeability of $1.28 \times 10^{-3}\ \mathrm{H\,m^{-1}}$. What is its magnetic susceptibility $\chi_m$?"""
    return num(Q_(1.28e-3, "H/m") / MU0) - 1


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "nm",
    "absorption edge λ = hc/E_g",
    solution="λ = 1239.84 eV nm/2.42 eV = 512 nm.",
    forms=("plain",),
)
def g6_opt_01():
    """Cadmium sulfide has a band gap of 2.42 eV. What is the longest wavelength of light, in nanometres, that can excite electrons across the gap?"""
    return H * C0 / Q_(2.42, "eV")


@item(
    S,
    "optical",
    "percent",
    "normal-incidence reflectivity R = ((n − 1)/(n + 1))²",
    solution="R = (0.52/2.52)² = 0.04258 = 4.26 %.",
    forms=("percent",),
)
def g6_opt_02():
    """Light falls at normal incidence from air onto a glass of refractive index 1.52. What percentage of the light is reflected at the surface?"""
    return Q_(((1.52 - 1) / (1.52 + 1)) ** 2, "dimensionless")


@item(
    S,
    "optical",
    "degree",
    "total internal reflection sin θ_c = n₂/n₁",
    solution="θ_c = arcsin(1.46/1.48) = arcsin(0.98649) = 80.6°.",
    forms=("plain",),
)
def g6_opt_03():
    """An optical fibre has a core of refractive index 1.48 and a cladding of index 1.46. What is the critical angle, measured from the normal, for total internal reflection at the core–cladding interface?"""
    return Q_(math.degrees(math.asin(1.46 / 1.48)), "degree")


@item(
    S,
    "optical",
    "percent",
    "transmittance through a plate T = (1 − R)² exp(−βl)",
    solution="βl = 0.85 cm⁻¹ · 1.2 cm = 1.02; T = (1 − 0.05)² · e^−1.02 = 0.9025 · 0.3606 = 0.3254 = 32.5 %.",
    forms=("multi_step", "percent"),
)
def g6_opt_04():
    """A 12 mm thick plate of a tinted glass has an absorption coefficient of 0.85 cm⁻¹, and each surface reflects 5.0 % of the light. What percentage of normally incident light is transmitted through the plate?"""
    t = (1 - 0.05) ** 2 * math.exp(-num(Q_(0.85, "1/cm") * Q_(12, "mm")))
    return Q_(t, "dimensionless")


@item(
    S,
    "optical",
    "m/s",
    "v = c/n",
    solution="v = 2.998×10⁸/2.42 = 1.24×10⁸ m/s. The density is not needed.",
    forms=("distractor",),
)
def g6_opt_05():
    """Diamond has a density of 3.51 g/cm3 and a refractive index of 2.42. How fast does light travel through diamond?"""
    return C0 / 2.42


@item(
    S,
    "optical",
    "degree",
    "Snell's law n₁ sin θ₁ = n₂ sin θ₂",
    solution="sin θ₂ = sin 35°/1.60 = 0.5736/1.60 = 0.3585; θ₂ = 21.0°.",
    forms=("unicode",),
)
def g6_opt_06():
    """A ray in air strikes a flat glass surface (n = 1.60) at 35° to the normal. At what angle to the normal does it travel inside the glass?"""
    return Q_(math.degrees(math.asin(math.sin(math.radians(35)) / 1.60)), "degree")


@item(
    S,
    "optical",
    "1/s",
    "photon rate = Pλ/(hc)",
    solution="E_photon = hc/λ = 1.986×10⁻²⁵/632.8×10⁻⁹ = 3.139×10⁻¹⁹ J; rate = 5.0×10⁻³/3.139×10⁻¹⁹ = 1.59×10¹⁶ s⁻¹.",
    forms=("plain",),
)
def g6_opt_07():
    """A helium–neon laser emits 5.0 mW of light at 632.8 nm. How many photons does it emit per second?"""
    return Q_(5.0, "mW") * Q_(632.8, "nm") / (H * C0)


@item(
    S,
    "optical",
    "percent",
    "Fresnel normal incidence between two media R = ((n₁ − n₂)/(n₁ + n₂))²",
    solution="R = ((1.50 − 1.33)/(1.50 + 1.33))² = (0.17/2.83)² = 3.61×10⁻³ = 0.361 %.",
    forms=("percent",),
)
def g6_opt_08():
    """A glass lens (n = 1.50) is immersed in water (n = 1.33). What fraction of normally incident light is reflected at the glass–water interface? Express it as a percentage."""
    return Q_(((1.50 - 1.33) / (1.50 + 1.33)) ** 2, "dimensionless")


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "mm",
    "linear expansion ΔL = αL₀ΔT",
    solution="ΔL = 23.6×10⁻⁶ · 1200 mm · 105 = 2.97 mm.",
    forms=("unicode",),
)
def g6_therm_01():
    """An aluminium rod 1.2 m long is heated from 15 °C to 120 °C. Its linear thermal expansion coefficient is 23.6 × 10⁻⁶ °C⁻¹. By how much does it lengthen, in mm?"""
    return 23.6e-6 * Q_(1.2, "m") * (120 - 15)


@item(
    S,
    "thermal",
    "MPa",
    "constrained bar σ = EαΔT",
    solution="|σ| = 97 000 MPa · 20×10⁻⁶ · 65 = 126.1 MPa (compressive).",
    forms=("plain",),
)
def g6_therm_02():
    """A brass rod is clamped rigidly between two walls at 20 °C and then heated to 85 °C. With E = 97 GPa and α = 20 × 10⁻⁶ per °C, what is the magnitude of the thermal stress produced?"""
    return Q_(97, "GPa") * 20e-6 * (85 - 20)


@item(
    S,
    "thermal",
    "kW/m**2",
    "Fourier's law q = kΔT/Δx",
    solution="q = 51.9 · (150 − 40)/0.008 = 7.14×10⁵ W/m² = 714 kW/m².",
    forms=("unit_form",),
)
def g6_therm_03():
    """The two faces of an 8 mm thick steel plate are held at 150 °C and 40 °C. With a thermal conductivity of 51.9 W/(m·K), compute the steady-state heat flux through the plate in kW per square metre."""
    return Q_(51.9, "W/(m*K)") * Q_(150 - 40, "K") / Q_(8, "mm")


@item(
    S,
    "thermal",
    "kJ",
    "Q = m c_p ΔT",
    solution="Q = 3.5 · 385 · (400 − 25) = 5.05×10⁵ J = 505 kJ. The conductivity is not needed.",
    forms=("distractor",),
)
def g6_therm_04():
    """How much heat is required to raise 3.5 kg of copper from 25 °C to 400 °C? For copper c_p = 385 J/(kg K) and k = 398 W/(m K)."""
    return Q_(3.5, "kg") * Q_(385, "J/(kg*K)") * Q_(400 - 25, "K")


@item(
    S,
    "thermal",
    "J/(kg*K)",
    "Dulong–Petit C_v = 3R per mole; per kg divide by the molar mass",
    solution="3R = 24.94 J/(mol K); c = 24.94/0.055845 kg/mol = 446.6 J/(kg K).",
    forms=("multi_step",),
)
def g6_therm_05():
    """Using the Dulong–Petit law, estimate the specific heat capacity of iron (A = 55.845 g/mol) at high temperature, in J per kg per kelvin."""
    return 3 * R_GAS / Q_(55.845, "g/mol")


@item(
    S,
    "thermal",
    "K",
    "fully constrained thermal shock ΔT_f = σ_f/(Eα)",
    solution="ΔT = 70/(69 000 · 9.0×10⁻⁶) = 70/0.621 = 112.7 K.",
    forms=("unicode",),
)
def g6_therm_06():
    """A glass rod is rigidly restrained at both ends. Its fracture strength is 70 MPa, E = 69 GPa and α = 9.0 × 10⁻⁶ K⁻¹. What is the largest temperature change (in K) it can take before fracturing?"""
    return Q_(70, "MPa") / (Q_(69, "GPa") * Q_(9.0e-6, "1/K"))


@item(
    S,
    "thermal",
    None,
    "ΔL = αL₀ΔT needs the original length",
    refuse="the original length of the component is not given, so the length change cannot be computed",
    solution="ΔL = αL₀ΔT: L₀ is missing.",
    forms=("must_refuse",),
)
def g6_therm_07():
    """A steel component with α = 12 × 10⁻⁶ K⁻¹ is heated from 20 °C to 300 °C. By how many millimetres does its length change?"""
    return None


@item(
    S,
    "thermal",
    "kW",
    "Stefan–Boltzmann P = εσAT⁴",
    solution="T = 1173.15 K, T⁴ = 1.894×10¹²; P = 0.80 · 5.670×10⁻⁸ · 0.050 · 1.894×10¹² = 4.30×10³ W = 4.30 kW.",
    forms=("multi_step",),
)
def g6_therm_08():
    """An oxidised steel plate with a surface area of 0.050 m² and emissivity 0.80 is at 900 °C. At what rate (in kW) does it radiate energy, ignoring radiation absorbed from the surroundings?"""
    return 0.80 * SIGMA_SB * Q_(0.050, "m**2") * kelvin(900) ** 4


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "degree of polymerisation DP = M_n/m, styrene repeat C₈H₈",
    solution="m = 8 · 12.011 + 8 · 1.008 = 104.15 g/mol; DP = 250 000/104.15 = 2 400.",
    forms=("spaced_thousands",),
)
def g6_poly_01():
    """A polystyrene has a number-average molecular weight of 250 000 g/mol. What is its number-average degree of polymerisation?"""
    return 250000 / (8 * A_C + 8 * A_H)


@item(
    S,
    "polymers",
    "g/mol",
    "M_n = Σ x_i M_i",
    solution="M_n = 0.20 · 15 000 + 0.50 · 25 000 + 0.30 · 40 000 = 27 500 g/mol.",
    forms=("spaced_thousands",),
)
def g6_poly_02():
    """A polymer sample has three molecular-weight classes: number fractions 0.20, 0.50 and 0.30 with mean molecular weights 15 000, 25 000 and 40 000 g/mol respectively. Find the number-average molecular weight."""
    return Q_(0.20 * 15000 + 0.50 * 25000 + 0.30 * 40000, "g/mol")


@item(
    S,
    "polymers",
    "dimensionless",
    "M_w = Σ w_i M_i; PDI = M_w/M_n",
    decimals=2,
    solution="M_w = 0.25 · 20 000 + 0.45 · 35 000 + 0.30 · 60 000 = 38 750 g/mol; PDI = 38 750/30 500 = 1.27.",
    forms=("multi_step", "sig_figs"),
)
def g6_poly_03():
    """A polymer consists of weight fractions 0.25, 0.45 and 0.30 of chains of mean molecular weight 20 000, 35 000 and 60 000 g/mol. Its number-average molecular weight is 30 500 g/mol. Calculate the polydispersity index, to two decimal places."""
    mw = 0.25 * 20000 + 0.45 * 35000 + 0.30 * 60000
    return mw / 30500


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100",
    solution="%C = 0.946 · (0.905 − 0.855)/(0.905 · (0.946 − 0.855)) = 0.0473/0.08236 = 57.4 %.",
    forms=("percent",),
)
def g6_poly_04():
    """A polypropylene sample has a density of 0.905 g/cm³. Totally crystalline and totally amorphous polypropylene have densities of 0.946 and 0.855 g/cm³. What is the percent crystallinity of the sample?"""
    rc, ra, rs = 0.946, 0.855, 0.905
    return Q_(rc * (rs - ra) / (rs * (rc - ra)), "dimensionless")


@item(
    S,
    "polymers",
    "nm",
    "freely jointed chain r_rms = l√N, N = 2 backbone bonds per ethylene repeat",
    solution="N = 2 · 5 000 = 10 000 bonds; r = 0.154 nm · √10 000 = 15.4 nm. The molecular weight is not needed.",
    forms=("distractor", "spaced_thousands"),
)
def g6_poly_05():
    """A linear polyethylene chain (molecular weight about 140 000 g/mol) has a degree of polymerisation of 5 000, each –CH₂–CH₂– repeat unit contributing two C–C backbone bonds of length 0.154 nm. Treating the chain as freely jointed, estimate the root-mean-square end-to-end distance."""
    n_bonds = 2 * 5000
    return Q_(0.154, "nm") * math.sqrt(n_bonds)


@item(
    S,
    "polymers",
    "percent",
    "mass fraction of Cl in the C₂H₃Cl repeat unit",
    solution="m = 2 · 12.011 + 3 · 1.008 + 35.45 = 62.50 g/mol; w_Cl = 35.45/62.50 = 56.7 %.",
    forms=("percent",),
)
def g6_poly_06():
    """What is the weight percent of chlorine in poly(vinyl chloride)?"""
    mer = 2 * A_C + 3 * A_H + A_CL
    return Q_(A_CL / mer, "dimensionless")


@item(
    S,
    "polymers",
    None,
    "Flory–Fox T_g = T_g∞ − K/M_n needs T_g∞ and K",
    refuse="the Flory–Fox constants (T_g at infinite molecular weight and K) are not given",
    solution="T_g = T_g∞ − K/M_n; neither constant is stated.",
    forms=("must_refuse", "spaced_thousands"),
)
def g6_poly_07():
    """Using the Flory–Fox equation, compute the glass transition temperature of a polystyrene whose number-average molecular weight is 120 000 g/mol."""
    return None


@item(
    S,
    "polymers",
    "dimensionless",
    "copolymer mean repeat mass m̄ = M_n/DP = f_B m_B + (1 − f_B) m_S",
    solution="m̄ = 350 000/4 425 = 79.10 g/mol; m_B(C₄H₆) = 54.09, m_S(C₈H₈) = 104.15; f_B = (104.15 − 79.10)/(104.15 − 54.09) = 0.500.",
    forms=("multi_step", "spaced_thousands"),
)
def g6_poly_08():
    """A random styrene–butadiene copolymer has a number-average molecular weight of 350 000 g/mol and a degree of polymerisation of 4 425. What is the mole fraction of butadiene repeat units?"""
    m_b = 4 * A_C + 6 * A_H
    m_s = 8 * A_C + 8 * A_H
    mean = 350000 / 4425
    return (m_s - mean) / (m_s - m_b)


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "rock-salt structure: a = 2(r_C + r_A), 4 formula units per cell",
    solution="a = 2(0.138 + 0.181) = 0.638 nm; ρ = 4 · (39.10 + 35.45)/((0.638×10⁻⁷)³ · 6.022×10²³) = 298.2/156.4 = 1.91 g/cm³.",
    forms=("multi_step",),
)
def g6_cer_01():
    """Potassium chloride has the rock-salt structure. The ionic radii are K⁺ 0.138 nm and Cl⁻ 0.181 nm, and the atomic weights 39.10 and 35.45 g/mol. Compute the theoretical density of KCl."""
    a = 2 * (Q_(0.138, "nm") + Q_(0.181, "nm"))
    return 4 * Q_(39.10 + 35.45, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "pm",
    "cubic (8-fold) site: r_C/r_A = √3 − 1 = 0.732",
    solution="r = (√3 − 1) · 181 pm = 0.732 · 181 = 132.5 pm.",
    forms=("plain",),
)
def g6_cer_02():
    """What is the radius of the largest cation (in pm) that can occupy a cubic interstitial site between eight Cl⁻ anions (radius 181 pm) without distorting them?"""
    return (math.sqrt(3) - 1) * Q_(181, "pm")


@item(
    S,
    "ceramics_composites",
    "GPa",
    "isostrain rule of mixtures E_c = E_f V_f + E_m V_m",
    solution="E_c = 0.40 · 72.5 + 0.60 · 3.1 = 29.0 + 1.86 = 30.9 GPa.",
    forms=("plain",),
)
def g6_cer_03():
    """A unidirectional E-glass/polyester composite contains 40 vol% fibres (E = 72.5 GPa) in a matrix of E = 3.1 GPa. Estimate the elastic modulus when it is loaded parallel to the fibres."""
    return 0.40 * Q_(72.5, "GPa") + 0.60 * Q_(3.1, "GPa")


@item(
    S,
    "ceramics_composites",
    "GPa",
    "rule of mixtures: isostrain (longitudinal) or isostress (transverse)",
    solution="Longitudinal: 0.30 · 230 + 0.70 · 2.4 = 70.7 GPa. Transverse: 1/(0.30/230 + 0.70/2.4) = 3.41 GPa.",
    forms=("ambiguous",),
)
def g6_cer_04():
    """A carbon-fibre/epoxy lamina has 30 vol% continuous aligned fibres of modulus 230 GPa; the epoxy's modulus is 2.4 GPa. What is the elastic modulus of the composite?"""
    ef, em, vf = Q_(230, "GPa"), Q_(2.4, "GPa"), 0.30
    return {
        "longitudinal (isostrain)": vf * ef + (1 - vf) * em,
        "transverse (isostress)": 1 / (vf / ef + (1 - vf) / em),
    }


@item(
    S,
    "ceramics_composites",
    "GPa",
    "porosity P = 1 − ρ/ρ_th; E = E₀(1 − 1.9P + 0.9P²)",
    solution="P = 1 − 3.72/3.98 = 0.06533; E = 380 · (1 − 0.12412 + 0.00384) = 380 · 0.8797 = 334 GPa.",
    forms=("multi_step",),
)
def g6_cer_05():
    """A sintered alumina part has a bulk density of 3.72 g/cm³; fully dense alumina has 3.98 g/cm³ and E₀ = 380 GPa. Using E = E₀(1 − 1.9P + 0.9P²), estimate the elastic modulus of the part."""
    p = 1 - 3.72 / 3.98
    return Q_(380, "GPa") * (1 - 1.9 * p + 0.9 * p**2)


@item(
    S,
    "ceramics_composites",
    "MPa",
    "three-point flexural strength σ = 3FL/(2bd²)",
    solution="σ = 3 · 950 · 40/(2 · 8 · 4²) N/mm² = 114 000/256 = 445 MPa. The modulus is not needed.",
    forms=("distractor", "unicode"),
)
def g6_cer_06():
    """A rectangular bar of silicon nitride (width 8 mm, depth 4 mm, E ≈ 310 GPa) breaks at 950 N in a three-point bend test with a 40 mm support span. What is its flexural strength?"""
    return 3 * Q_(950, "N") * Q_(40, "mm") / (2 * Q_(8, "mm") * Q_(4, "mm") ** 2)


@item(
    S,
    "ceramics_composites",
    "GPa",
    "longitudinal strength σ_cl = σ_m'(1 − V_f) + σ_f V_f",
    solution="σ_cl = 50 · 0.45 + 3 450 · 0.55 = 22.5 + 1 897.5 = 1 920 MPa = 1.92 GPa.",
    forms=("spaced_thousands",),
)
def g6_cer_07():
    """An aligned continuous carbon-fibre composite has V_f = 0.55. The fibre strength is 3 450 MPa and the stress carried by the matrix when the fibres fail is 50 MPa. What is the longitudinal tensile strength, in GPa?"""
    return Q_(50, "MPa") * (1 - 0.55) + Q_(3450, "MPa") * 0.55


@item(
    S,
    "ceramics_composites",
    "mm",
    "critical fibre length l_c = σ_f d/(2τ_c)",
    solution="l_c = 2 400 · 12×10⁻³ mm/(2 · 40) = 0.36 mm.",
    forms=("unicode", "spaced_thousands"),
)
def g6_cer_08():
    """Carbon fibres of diameter 12 µm and tensile strength 2 400 MPa are embedded in a matrix whose fibre–matrix bond (or matrix shear yield) strength is 40 MPa. What is the critical fibre length in mm?"""
    return Q_(2400, "MPa") * Q_(12, "micrometer") / (2 * Q_(40, "MPa"))


# ---------------------------------------------------------------- corrosion & electrochemistry


@item(
    S,
    "corrosion",
    "V",
    "Nernst E = ΔE° − (RT/nF) ln([Zn²⁺]/[Cu²⁺])",
    decimals=3,
    solution="ΔE° = 0.340 − (−0.763) = 1.103 V; (RT/2F) ln(0.50/0.020) = 0.012846 · 3.2189 = 0.04135 V; E = 1.062 V.",
    forms=("sig_figs", "unicode"),
)
def g6_corr_01():
    """A Daniell-type cell is built from Zn in 0.50 M Zn²⁺ and Cu in 0.020 M Cu²⁺ at 25 °C (E°(Zn²⁺/Zn) = −0.763 V, E°(Cu²⁺/Cu) = +0.340 V). What is the cell voltage, to three decimal places?"""
    t = kelvin(25)
    shift = R_GAS * t / (2 * F_CONST) * math.log(0.50 / 0.020)
    return Q_(0.340 + 0.763, "V") - shift


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law m = ItM/(nF), iron as Fe²⁺ or Fe³⁺",
    solution="It = 1.8 · 86 400 = 155 520 C. Fe → Fe²⁺: m = 155 520 · 55.845/(2 · 96 485) = 45.0 g. Fe → Fe³⁺: m = 30.0 g.",
    forms=("ambiguous",),
)
def g6_corr_02():
    """An iron pipe corrodes with a steady corrosion current of 1.8 A. How much iron (A = 55.845 g/mol) is lost in 24 hours?"""
    charge = Q_(1.8, "A") * Q_(24, "hour")
    m = Q_(55.845, "g/mol")
    return {"Fe → Fe²⁺": charge * m / (2 * F_CONST), "Fe → Fe³⁺": charge * m / (3 * F_CONST)}


@item(
    S,
    "corrosion",
    "mm/year",
    "uniform penetration rate CPR = W/(ρAt)",
    solution="thickness lost = 38 g/(7.87 g/cm³ · 1 200 cm²) = 4.024×10⁻³ cm; in 183 days → 4.024×10⁻² mm · 365.25/183 = 0.0803 mm/year.",
    forms=("multi_step", "spaced_thousands"),
)
def g6_corr_03():
    """A steel coupon (ρ = 7.87 g/cm³) with an exposed area of 1 200 cm² loses 38 g in 183 days of uniform corrosion. Find the corrosion penetration rate in mm per year."""
    return Q_(38, "g") / (Q_(7.87, "g/cm**3") * Q_(1200, "cm**2") * Q_(183, "day"))


@item(
    S,
    "corrosion",
    "microampere/cm**2",
    "i = (CPR · ρ) nF/M",
    solution="0.35 mm/yr = 1.109×10⁻¹¹ m/s; mass flux = 1.109×10⁻¹¹ · 7.13×10⁶ g/m³ = 7.908×10⁻⁵ g m⁻² s⁻¹; i = 7.908×10⁻⁵/65.38 · 2 · 96 485 = 0.2334 A/m² = 23.3 µA/cm².",
    forms=("unit_form", "multi_step"),
)
def g6_corr_04():
    """Zinc (ρ = 7.13 g/cm³, A = 65.38 g/mol) corrodes uniformly to Zn²⁺ at 0.35 mm per year. What is the equivalent corrosion current density in µA/cm²?"""
    rate = Q_(0.35, "mm/year") * Q_(7.13, "g/cm**3") / Q_(65.38, "g/mol")
    return rate * 2 * F_CONST


@item(
    S,
    "corrosion",
    "mV",
    "concentration cell E = (RT/nF) ln(c₂/c₁)",
    solution="E = (8.314 · 298.15/(2 · 96 485)) · ln 100 = 0.012846 · 4.6052 = 0.05916 V = 59.2 mV.",
    forms=("plain",),
)
def g6_corr_05():
    """Two copper electrodes dip into CuSO₄ solutions of 0.001 M and 0.1 M Cu²⁺, joined by a salt bridge, at 25 °C. What emf (in mV) does this concentration cell produce?"""
    return R_GAS * kelvin(25) / (2 * F_CONST) * math.log(0.1 / 0.001)


@item(
    S,
    "corrosion",
    None,
    "a cell potential needs both half-cells' standard potentials",
    refuse="the second metal is not identified, so its electrode potential and the cell potential are unknown",
    solution="E_cell = E_cathode − E_anode, but metal M is unspecified.",
    forms=("must_refuse",),
)
def g6_corr_06():
    """A galvanic cell consists of an iron electrode in 1 M Fe²⁺ and an electrode of metal M in a 1 M solution of its ions at 25 °C. What is the standard cell potential?"""
    return None


@item(
    S,
    "corrosion",
    "A/cm**2",
    "mixed potential: anodic E = E°_Zn + β_a log(i/i₀,Zn) meets cathodic E = E_H − |β_c| log(i/i₀,H)",
    solution="−0.763 + 0.09(log i + 7) = −0.08(log i + 10) → 0.17 log i = −0.667 → log i = −3.924; i_corr = 1.19×10⁻⁴ A/cm² (E_corr ≈ −0.486 V).",
    forms=("tex", "multi_step"),
)
def g6_corr_07():
    r"""Zinc corrodes in a deaerated acid of $\mathrm{pH}=0$. For zinc dissolution $E^\circ = -0.763\ \mathrm{V}$, $i_0 = 10^{-7}\ \mathrm{A\,cm^{-2}}$ and $\beta_a = +0.09\ \mathrm{V/decade}$; for hydrogen evolution on zinc $E = 0\ \mathrm{V}$, $i_0 = 10^{-10}\ \mathrm{A\,cm^{-2}}$ and $\beta_c = -0.08\ \mathrm{V/decade}$. Calculate the corrosion current density."""
    log_i = (-0.8 + 0.763 - 0.09 * 7) / (0.09 + 0.08)
    return Q_(10**log_i, "A/cm**2")


@item(
    S,
    "corrosion",
    "kJ/mol",
    "ΔG° = −nFE°",
    solution="E° = 0.340 − (−0.440) = 0.780 V; ΔG° = −2 · 96 485 · 0.780 = −150.5 kJ/mol. The 0.1 M concentration does not enter the standard value.",
    forms=("distractor",),
)
def g6_corr_08():
    """Iron is placed in a 0.1 M CuSO4 solution and the reaction Fe + Cu2+ -> Fe2+ + Cu proceeds. Given E°(Cu2+/Cu) = +0.340 V and E°(Fe2+/Fe) = -0.440 V, what is the standard Gibbs energy change of the reaction per mole of iron?"""
    return -2 * F_CONST * Q_(0.340 + 0.440, "V")
