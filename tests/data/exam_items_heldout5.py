"""Set heldout5 (set F) of the blind exam set: 120 questions over the 14 topics of a qualifying exam.

Written by a question writer who did not read the answer engine, the checker or the solver's output;
the earlier sets were read for their format only, and no question or set of numbers is taken from
them. Each key is computed in the function body with pint quantities (a unit slip raises when the
builder converts the result to the item's unit); ``solution`` is the worked solution in words and
``forms`` says how the question is written. A question with two standard readings returns a dict of
them; a question that cannot be answered (missing data, an ambiguous unit or substance, or a
non-numeric ask) returns None and says why.
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
from scipy.constants import g as G_STD
from scipy.special import erf, erfinv

S = "heldout5"

SIGMA_SB = Q_(Stefan_Boltzmann, "W/(m**2*K**4)")
G_N = Q_(G_STD, "m/s**2")

# standard atomic weights (g/mol) used by the polymer items
A_H, A_C, A_CL = 1.008, 12.011, 35.45


def bragg_two_theta(d: object, wavelength: object) -> object:
    """The first-order Bragg angle 2θ (degrees) of planes of spacing ``d``."""
    return Q_(2 * math.degrees(math.asin(num(wavelength / (2 * d)))), "degree")


def bragg_d(two_theta_deg: float, wavelength: object) -> object:
    """The spacing d of a first-order reflection seen at 2θ (degrees)."""
    return wavelength / (2 * math.sin(math.radians(two_theta_deg / 2)))


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "BCC a = 4R/√3; ρ = nA/(V_C N_A) with n = 2 (Callister ch. 3)",
    solution="a = 4 · 0.1249 nm/√3 = 0.28844 nm; V_C = a³ = 2.3998×10⁻²³ cm³; ρ = 2 · 52.00 g/mol/(2.3998×10⁻²³ cm³ · 6.022×10²³ mol⁻¹) = 7.20 g/cm³.",
    forms=("tex",),
)
def h5_cryst_01():
    r"""Chromium has the body-centred cubic crystal structure, an atomic radius of $0.1249 \mathrm{~nm}$ and an atomic weight of $52.00 \mathrm{~g} / \mathrm{mol}$. Compute its theoretical density in $\mathrm{g} / \mathrm{cm}^{3}$."""
    a = 4 * Q_(0.1249, "nm") / math.sqrt(3)
    return 2 * Q_(52.00, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "cubic d_hkl = a/√(h²+k²+l²); Bragg's law λ = 2d sin θ",
    solution="d₃₁₁ = 4.0495/√11 = 1.22097 Å; sin θ = 0.7093/(2 · 1.22097) = 0.29046; θ = 16.886°, 2θ = 33.77°.",
    forms=("unicode",),
)
def h5_cryst_02():
    """Aluminium (FCC, a = 4.0495 Å) is examined in a diffractometer fitted with a molybdenum tube, Mo Kα λ = 0.7093 Å. At what angle 2θ is the 311 reflection found?"""
    d311 = Q_(4.0495, "angstrom") / math.sqrt(11)
    return bragg_two_theta(d311, Q_(0.7093, "angstrom"))


@item(
    S,
    "crystallography_xrd",
    "1/nm",
    "FCC [110] linear density: 2 atom diameters along a face diagonal of length 4R, LD = 2/(4R) = 1/(2R)",
    solution="Along [110] the face diagonal 4R = 0.5112 nm holds 2 atoms (½ + 1 + ½), so LD = 2/0.5112 nm = 3.91 nm⁻¹. The density is not needed.",
    forms=("distractor",),
)
def h5_cryst_03():
    """Copper is FCC with an atomic radius of 0.1278 nm and a density of 8.96 g/cm3. Calculate the linear density of atoms along the [110] direction, in atoms per nanometre."""
    return 2 / (4 * Q_(0.1278, "nm"))


@item(
    S,
    "crystallography_xrd",
    "nm",
    "cubic interplanar spacing d_hkl = a/√(h²+k²+l²)",
    solution="d₂₂₀ = 0.2866 nm/√8 = 0.1013 nm.",
    forms=("sig_figs",),
)
def h5_cryst_04():
    """α-iron is BCC with a lattice parameter of 0.2866 nm. What is the interplanar spacing of the (220) planes? Give your answer in nm to three significant figures."""
    return Q_(0.2866, "nm") / math.sqrt(8)


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "HCP cell: 6 atoms in V = (3√3/2) a² c; ρ = nA/(V N_A)",
    solution="V = (3√3/2)(0.3209 nm)²(0.5211 nm) = 0.13940 nm³ = 1.3940×10⁻²⁸ m³; ρ = 6 · 24.31×10⁻³ kg/mol/(1.3940×10⁻²⁸ m³ · 6.022×10²³ mol⁻¹) = 1.737×10³ kg/m³.",
    forms=("multi_step", "tex"),
)
def h5_cryst_05():
    r"""Magnesium is hexagonal close-packed with lattice parameters $a=0.3209 \mathrm{~nm}$ and $c=0.5211 \mathrm{~nm}$; its atomic weight is $24.31 \mathrm{~g} \mathrm{~mol}^{-1}$. Taking the hexagonal unit cell (six atoms), calculate the theoretical density of magnesium in $\mathrm{kg} \mathrm{~m}^{-3}$."""
    a, c = Q_(0.3209, "nm"), Q_(0.5211, "nm")
    volume = 3 * math.sqrt(3) / 2 * a**2 * c
    return 6 * Q_(24.31, "g/mol") / (volume * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "FCC first reflection is 111; d = λ/(2 sin θ), a = d√3",
    decimals=3,
    solution="θ = 21.65°; d₁₁₁ = 1.5418/(2 sin 21.65°) = 2.0896 Å; a = √3 · 2.0896 = 3.619 Å.",
    forms=("sig_figs", "multi_step"),
)
def h5_cryst_06():
    """The first (lowest-angle) peak in the X-ray powder pattern of an FCC metal, recorded with radiation of wavelength 1.5418 Å, lies at 2θ = 43.30°. Determine the lattice parameter in Å, to three decimal places."""
    d111 = bragg_d(43.30, Q_(1.5418, "angstrom"))
    return d111 * math.sqrt(3)


@item(
    S,
    "crystallography_xrd",
    "1/mm**2",
    "FCC (100) planar density: 2 atoms per a² face",
    solution="PD = 2/a² = 2/(352.4 pm)² = 2/(3.524×10⁻⁷ mm)² = 1.61×10¹³ mm⁻².",
    forms=("unit_form", "unicode"),
)
def h5_cryst_07():
    """Nickel is face-centred cubic with a = 352.4 pm. How many atoms are there per mm² of a (100) plane?"""
    a = Q_(352.4, "pm")
    return 2 / a**2


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "FCC d₂₀₀ = a/2; Bragg's law, the 50.4° read as 2θ or as θ",
    solution="If 50.4° is 2θ: d₂₀₀ = 1.5406/(2 sin 25.2°) = 1.8092 Å, a = 3.618 Å. If 50.4° is the Bragg angle θ: d₂₀₀ = 1.5406/(2 sin 50.4°) = 0.9997 Å, a = 1.999 Å.",
    forms=("ambiguous",),
)
def h5_cryst_08():
    """The 200 reflection of an FCC metal is observed at an angle of 50.4° when Cu Kα radiation (λ = 1.5406 Å) is used. What is the lattice parameter of the metal?"""
    lam = Q_(1.5406, "angstrom")
    return {
        "50.4° is 2θ": 2 * bragg_d(50.4, lam),
        "50.4° is θ": 2 * lam / (2 * math.sin(math.radians(50.4))),
    }


@item(
    S,
    "crystallography_xrd",
    None,
    "Bragg's law needs the X-ray wavelength",
    refuse="the X-ray wavelength (or the target metal of the tube) is not given, so d cannot be found from 2θ",
    solution="d = λ/(2 sin θ) and R = √3a/4 with a = d√6: λ is not given.",
    forms=("must_refuse",),
)
def h5_cryst_09():
    """In a diffraction experiment on a BCC metal the (211) reflection is recorded at 2θ = 82.3°. From this, compute the atomic radius of the metal in nm."""
    return None


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "dimensionless",
    "N_v/N = exp(−Q_v/kT) (Callister eq. 4.1)",
    solution="T = 1 273.15 K; Q_v/kT = 0.90/(8.617×10⁻⁵ · 1273.15) = 8.203; N_v/N = e^−8.203 = 2.74×10⁻⁴.",
    forms=("spaced_thousands",),
)
def h5_def_01():
    """The energy for vacancy formation in copper is 0.90 eV/atom. Calculate the fraction of atom sites that are vacant at 1 000 °C."""
    return math.exp(-num(Q_(0.90, "eV") / (K_BOLTZ * kelvin(1000))))


@item(
    S,
    "defects",
    "1/m**3",
    "N_v = N exp(−Q_v/kT), N = N_A ρ/A",
    solution="N = 6.022×10²³ · 19.32/196.97 = 5.907×10²² cm⁻³ = 5.907×10²⁸ m⁻³; Q_v/kT = 0.98/(8.617×10⁻⁵ · 1173.15) = 9.694; N_v = 5.907×10²⁸ · e^−9.694 = 3.64×10²⁴ m⁻³.",
    forms=("tex", "multi_step"),
)
def h5_def_02():
    r"""Calculate the number of vacancies per cubic metre in gold at $900^{\circ} \mathrm{C}$. The energy for vacancy formation is $0.98 \mathrm{~eV} / \mathrm{atom}$; the density and atomic weight of Au are $19.32 \mathrm{~g} / \mathrm{cm}^{3}$ and $196.97 \mathrm{~g} / \mathrm{mol}$."""
    n_sites = AVOGADRO * Q_(19.32, "g/cm**3") / Q_(196.97, "g/mol")
    return n_sites * math.exp(-num(Q_(0.98, "eV") / (K_BOLTZ * kelvin(900))))


@item(
    S,
    "defects",
    "eV",
    "ratio N₂/N₁ = exp[(Q_v/k)(1/T₁ − 1/T₂)] solved for Q_v",
    solution="ln 1 500 = 7.313; 1/T₁ − 1/T₂ = 1/773.15 − 1/973.15 = 2.6582×10⁻⁴ K⁻¹; Q_v = 8.617×10⁻⁵ · 7.313/2.6582×10⁻⁴ = 2.37 eV.",
    forms=("spaced_thousands", "multi_step"),
)
def h5_def_03():
    """Heating a crystal from 500 °C to 700 °C raises its equilibrium vacancy concentration by a factor of 1 500. Neglecting thermal expansion, estimate the vacancy formation energy in eV."""
    t1, t2 = kelvin(500), kelvin(700)
    return K_BOLTZ * math.log(1500) / (1 / t1 - 1 / t2)


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM grain size N = 2^(n−1) grains/in² at 100×, n = 1 + log₂ N",
    decimals=2,
    solution="n = 1 + ln 45/ln 2 = 1 + 5.492 = 6.49.",
    forms=("sig_figs",),
)
def h5_def_04():
    """A photomicrograph of a brass taken at a magnification of 100× shows an average of 45 grains per square inch. Determine the ASTM grain size number, to two decimal places."""
    return 1 + math.log2(45)


@item(
    S,
    "defects",
    "1/mm**2",
    "N = 2^(n−1) grains/in² at 100×; at 1× the count per in² is 100² times larger; 1 in² = 645.16 mm²",
    solution="At 100×: N = 2⁶ = 64 grains/in²; at 1×: 64 · 10⁴ = 6.4×10⁵ grains/in² = 6.4×10⁵/645.16 = 992 grains/mm².",
    forms=("multi_step", "unit_form"),
)
def h5_def_05():
    """A steel has an ASTM grain size number of 7. How many grains are there per square millimetre of the actual (unmagnified) polished surface?"""
    per_in2_at_1x = 2 ** (7 - 1) * 100**2 / Q_(1, "inch") ** 2
    return per_in2_at_1x


@item(
    S,
    "defects",
    "nm",
    "FCC Burgers vector b = (a/2)⟨110⟩, |b| = a√2/2",
    solution="|b| = 0.4049 nm · √2/2 = 0.2863 nm. The shear modulus is not needed.",
    forms=("distractor", "unicode"),
)
def h5_def_06():
    """Aluminium is FCC with a lattice parameter of 0.4049 nm and a shear modulus of 26 GPa. What is the magnitude of the Burgers vector of a perfect dislocation, b = (a/2)⟨110⟩, in nm?"""
    return Q_(0.4049, "nm") * math.sqrt(2) / 2


@item(
    S,
    "defects",
    "percent",
    "wt% → at%: C'_Zn = (C_Zn/A_Zn)/(C_Zn/A_Zn + C_Cu/A_Cu) × 100",
    solution="30/65.38 = 0.45886; 70/63.55 = 1.10150; at% Zn = 0.45886/1.56036 × 100 = 29.41 at%.",
    forms=("percent",),
)
def h5_def_07():
    """A cartridge brass contains 30 wt% Zn and 70 wt% Cu. Calculate its composition in atom percent zinc. (A_Zn = 65.38 g/mol, A_Cu = 63.55 g/mol.)"""
    zn, cu = 30 / 65.38, 70 / 63.55
    return Q_(zn / (zn + cu), "dimensionless")


@item(
    S,
    "defects",
    None,
    "ASTM n = 1 + log₂ N needs N per in² at 100×",
    refuse="neither the magnification nor the area of the micrograph is given, so the number of grains per square inch at 100× (and the grain size number) cannot be found",
    solution="n = 1 + log₂ N with N in grains/in² at 100×: the area and magnification are missing.",
    forms=("must_refuse",),
)
def h5_def_08():
    """A micrograph of an annealed nickel sample contains 60 complete grains. Determine the ASTM grain size number of the sample."""
    return None


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "kg/(m**2*s)",
    "Fick's first law J = −D dC/dx (Callister eq. 5.3)",
    solution="J = D (C_A − C_B)/Δx = 2.8×10⁻¹¹ m²/s · (1.5 − 0.3) kg/m³/4×10⁻³ m = 8.4×10⁻⁹ kg m⁻² s⁻¹.",
    forms=("tex",),
)
def h5_diff_01():
    r"""A steel plate $4 \mathrm{~mm}$ thick is exposed to a carburising gas on one side and a decarburising gas on the other. At steady state the carbon concentrations at the two faces are $1.5$ and $0.3 \mathrm{~kg} \mathrm{~m}^{-3}$, and the diffusion coefficient is $2.8 \times 10^{-11} \mathrm{~m}^{2} \mathrm{~s}^{-1}$. Calculate the diffusion flux of carbon through the plate in $\mathrm{kg} \mathrm{~m}^{-2} \mathrm{~s}^{-1}$."""
    return Q_(2.8e-11, "m**2/s") * Q_(1.5 - 0.3, "kg/m**3") / Q_(4, "mm")


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="T = 1 323.15 K; Q_d/RT = 148 000/(8.314 · 1323.15) = 13.453; D = 2.3×10⁻⁵ · e^−13.453 = 3.31×10⁻¹¹ m²/s.",
    forms=("spaced_thousands",),
)
def h5_diff_02():
    """For carbon diffusing in austenite, D₀ = 2.3 × 10⁻⁵ m²/s and Q_d = 148 000 J/mol. Compute the diffusion coefficient at 1 050 °C."""
    return Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148_000, "J/mol") / (R_GAS * kelvin(1050))))


@item(
    S,
    "diffusion",
    "kJ/mol",
    "two-temperature Arrhenius: Q_d = R ln(D₂/D₁)/(1/T₁ − 1/T₂)",
    solution="ln(3.1×10⁻¹³/5.8×10⁻¹⁵) = 3.979; 1/1073.15 − 1/1273.15 = 1.4638×10⁻⁴ K⁻¹; Q_d = 8.314 · 3.979/1.4638×10⁻⁴ = 226 kJ/mol.",
    forms=("multi_step", "unicode"),
)
def h5_diff_03():
    """The diffusion coefficient of a substitutional solute in a metal is 5.8 × 10⁻¹⁵ m²/s at 800 °C and 3.1 × 10⁻¹³ m²/s at 1000 °C. Determine the activation energy for diffusion in kJ/mol."""
    t1, t2 = kelvin(800), kelvin(1000)
    return R_GAS * math.log(3.1e-13 / 5.8e-15) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "hour",
    "semi-infinite solid (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) (Callister eq. 5.5)",
    solution="(0.50 − 0.20)/(1.00 − 0.20) = 0.375, so erf z = 0.625 and z = 0.6273; t = x²/(4z²D) = (0.8×10⁻³)²/(4 · 0.6273² · 1.4×10⁻¹¹) = 2.904×10⁴ s = 8.07 h.",
    forms=("multi_step",),
)
def h5_diff_04():
    """A steel gear containing 0.20 wt% C is carburised in an atmosphere that holds the surface at 1.00 wt% C. The diffusion coefficient of carbon at the treatment temperature is 1.4 × 10^-11 m^2/s. How many hours are needed for the carbon content 0.8 mm below the surface to reach 0.50 wt%?"""
    z = erfinv(1 - (0.50 - 0.20) / (1.00 - 0.20))
    d = Q_(1.4e-11, "m**2/s")
    return Q_(0.8, "mm") ** 2 / (4 * z**2 * d)


@item(
    S,
    "diffusion",
    "hour",
    "equal penetration needs equal Dt: t₂ = t₁ D₁/D₂ = t₁ exp[(Q/R)(1/T₂ − 1/T₁)]",
    solution="D₁/D₂ = exp[(140 000/8.314)(1/1273.15 − 1/1173.15)] = exp(−1.1274) = 0.3239; t₂ = 10 h · 0.3239 = 3.24 h.",
    forms=("spaced_thousands", "multi_step"),
)
def h5_diff_05():
    """A case-hardening treatment gives the required carbon profile after 10 h at 900 °C. If the activation energy for carbon diffusion is 140 000 J/mol, how long would the same profile take at 1 000 °C?"""
    ratio = math.exp(num(Q_(140_000, "J/mol") / R_GAS * (1 / kelvin(1000) - 1 / kelvin(900))))
    return Q_(10, "hour") * ratio


@item(
    S,
    "diffusion",
    "micrometer",
    "characteristic diffusion distance x ≈ √(Dt)",
    solution="x = √(4.5×10⁻¹⁴ m²/s · 1 800 s) = √(8.1×10⁻¹¹ m²) = 9.0×10⁻⁶ m = 9.0 µm.",
    forms=("unicode",),
)
def h5_diff_06():
    """Zinc diffuses into copper with D = 4.5 × 10⁻¹⁴ m²/s at the anneal temperature. Taking the diffusion distance as √(Dt), how far (in µm) does zinc penetrate during a 30 min anneal?"""
    return (Q_(4.5e-14, "m**2/s") * Q_(30, "minute")) ** 0.5


@item(
    S,
    "diffusion",
    "percent",
    "C_x = C₀ + (C_s − C₀)[1 − erf(x/2√(Dt))]",
    solution="2√(Dt) = 2√(6×10⁻¹¹ · 14 400) = 1.8590×10⁻³ m; z = 1.5/1.8590 = 0.8069; erf z = 0.7462; C_x = 0.10 + 1.10 · 0.2538 = 0.379 wt% C.",
    forms=("sig_figs",),
)
def h5_diff_07():
    """A 0.10 wt% C steel is carburised for 4 h with its surface held at 1.20 wt% C; D = 6 × 10^-11 m^2/s. Calculate the carbon concentration (in wt% C) at a depth of 1.5 mm. Report three significant figures."""
    z = num(Q_(1.5, "mm") / (2 * (Q_(6e-11, "m**2/s") * Q_(4, "hour")) ** 0.5))
    return 0.10 + (1.20 - 0.10) * (1 - erf(z))


@item(
    S,
    "diffusion",
    None,
    "D = D₀ exp(−Q_d/RT) needs both D₀ and Q_d",
    refuse="the activation energy Q_d is not given, so D at 900 °C cannot be computed from D₀ alone",
    solution="D = D₀ exp(−Q_d/RT): Q_d is missing.",
    forms=("must_refuse",),
)
def h5_diff_08():
    """For the diffusion of nickel in copper the pre-exponential factor is D₀ = 2.7 × 10⁻⁵ m²/s. Estimate the diffusion coefficient at 900 °C."""
    return None


@item(
    S,
    "diffusion",
    "g/hour",
    "steady-state flux J = D ΔC/Δx; mass rate = J A",
    solution="J = 1.0×10⁻⁸ · (2.4 − 0.6)/6×10⁻³ = 3.0×10⁻⁶ kg m⁻² s⁻¹; over 0.25 m²: 7.5×10⁻⁷ kg/s = 2.70 g/h. The temperature and pressures are not needed once D and the concentrations are known.",
    forms=("distractor", "multi_step"),
)
def h5_diff_09():
    """Hydrogen is purified by passing it through a palladium sheet 6 mm thick and 0.25 m² in area at 500 °C. The upstream side is held at 1.2 MPa and the downstream side at 0.1 MPa, which gives hydrogen concentrations of 2.4 kg/m³ and 0.6 kg/m³ at the two faces. If D = 1.0 × 10⁻⁸ m²/s, how many grams of hydrogen pass through the sheet per hour?"""
    flux = Q_(1.0e-8, "m**2/s") * Q_(2.4 - 0.6, "kg/m**3") / Q_(6, "mm")
    return flux * Q_(0.25, "m**2")


# ---------------------------------------------------------------- mechanical properties and failure


@item(
    S,
    "mechanical_failure",
    "mm",
    "Hooke's law Δl = F l₀/(A₀ E)",
    solution="A₀ = π(5 mm)² = 78.54 mm²; σ = 15 000 N/78.54 mm² = 191.0 MPa; Δl = 191.0 MPa · 250 mm/207 000 MPa = 0.231 mm.",
    forms=("spaced_thousands",),
)
def h5_mech_01():
    """A steel rod 250 mm long and 10 mm in diameter carries a tensile load of 15 000 N. If E = 207 GPa and the deformation is elastic, by how much does the rod lengthen (in mm)?"""
    area = math.pi * (Q_(10, "mm") / 2) ** 2
    return Q_(15_000, "N") * Q_(250, "mm") / (area * Q_(207, "GPa"))


@item(
    S,
    "mechanical_failure",
    "micrometer",
    "σ = F/A₀, ε_z = σ/E, ε_x = −ν ε_z, Δd = ε_x d₀",
    solution="A₀ = π(6 mm)² = 113.1 mm²; σ = 8 000/113.1 = 70.74 MPa; ε_z = 70.74/97 000 = 7.292×10⁻⁴; ε_x = −0.34 · 7.292×10⁻⁴ = −2.479×10⁻⁴; Δd = −2.479×10⁻⁴ · 12 mm = −2.97 µm, a decrease of 2.97 µm.",
    forms=("multi_step", "unicode"),
)
def h5_mech_02():
    """A brass rod of 12 mm diameter is pulled elastically by an axial force of 8 kN. With E = 97 GPa and Poisson's ratio ν = 0.34, by how many µm does the diameter decrease?"""
    d0 = Q_(12, "mm")
    strain = Q_(8, "kN") / (math.pi * (d0 / 2) ** 2) / Q_(97, "GPa")
    return 0.34 * strain * d0


@item(
    S,
    "mechanical_failure",
    "MPa",
    "true stress σ_T = σ(1 + ε) before necking (Callister eq. 6.18a)",
    solution="σ_T = 420 MPa · (1 + 0.18) = 495.6 MPa.",
    forms=("plain",),
)
def h5_mech_03():
    """In a tensile test of an annealed copper alloy, an engineering stress of 420 MPa corresponds to an engineering strain of 0.18, before the onset of necking. What is the true stress at this point?"""
    return Q_(420, "MPa") * (1 + 0.18)


@item(
    S,
    "mechanical_failure",
    "micrometer",
    "Griffith σ_c = √(2Eγ_s/πa) solved for a = 2Eγ_s/(πσ²)",
    solution="a = 2 · 70×10⁹ · 0.30/(π · (40×10⁶)²) = 8.36×10⁻⁶ m = 8.36 µm (half-length of an internal crack).",
    forms=("tex",),
)
def h5_mech_04():
    r"""A soda-lime glass has $E=70 \mathrm{~GPa}$ and a specific surface energy $\gamma_{s}=0.30 \mathrm{~J} / \mathrm{m}^{2}$. Using the Griffith criterion $\sigma_{c}=\left(2 E \gamma_{s} / \pi a\right)^{1 / 2}$, find the critical half-length $a$ of an internal crack (in $\mu \mathrm{m}$) for fracture at a tensile stress of $40 \mathrm{~MPa}$."""
    return 2 * Q_(70, "GPa") * Q_(0.30, "J/m**2") / (math.pi * Q_(40, "MPa") ** 2)


@item(
    S,
    "mechanical_failure",
    "mm",
    "K_IC = Yσ√(πa) solved for a = (K_IC/(Yσ))²/π",
    solution="a = (55/(1.1 · 350))²/π = (0.14286)²/π m = 6.50×10⁻³ m = 6.50 mm. The yield strength and hardness are not needed.",
    forms=("distractor",),
)
def h5_mech_05():
    """A high-strength steel plate has a plane-strain fracture toughness of 55 MPa√m, a yield strength of 1 100 MPa and a hardness of 340 HB. It is loaded to a tensile stress of 350 MPa. Taking Y = 1.1 for a surface crack, what is the critical crack length (in mm) at which fracture occurs?"""
    k_ic = Q_(55, "MPa*m**0.5")
    return (k_ic / (1.1 * Q_(350, "MPa"))) ** 2 / math.pi


@item(
    S,
    "mechanical_failure",
    "dimensionless",
    "stress ratio R = σ_min/σ_max (Callister eq. 8.18)",
    decimals=3,
    solution="R = −90/280 = −0.321.",
    forms=("sig_figs",),
)
def h5_mech_06():
    """A shaft is cycled between a maximum stress of +280 MPa and a minimum stress of −90 MPa (compression). Compute the stress ratio R; answer to three decimal places."""
    return Q_(-90, "MPa") / Q_(280, "MPa")


@item(
    S,
    "mechanical_failure",
    "hour",
    "Larson–Miller P = T(C + log t_r) with T in K, t_r in h, C = 20",
    solution="T = 973.15 K; log t_r = 24 000/973.15 − 20 = 4.662; t_r = 10^4.662 = 4.59×10⁴ h.",
    forms=("spaced_thousands",),
)
def h5_mech_07():
    """The creep-rupture data of a nickel alloy at a stress of 150 MPa give a Larson–Miller parameter P = T(20 + log t_r) = 24 000 (T in K, t_r in h). Estimate the rupture life in hours at 700 °C."""
    t = kelvin(700).to("K").magnitude
    return Q_(10 ** (24_000 / t - 20), "hour")


@item(
    S,
    "mechanical_failure",
    "N",
    "σ = F/A₀ with F = m g; the load read as 3 metric tonnes or 3 short tons",
    solution="The cable diameter is not needed for the force. With 3 t = 3 000 kg: F = 3 000 · 9.807 = 29 420 N. With 3 short tons = 2 721.6 kg: F = 26 690 N.",
    forms=("ambiguous", "distractor"),
)
def h5_mech_08():
    """A crane hook hangs from a steel cable of 20 mm diameter. A casting weighing 3 tons is lifted slowly. What is the tensile force in the cable?"""
    return {
        "metric tonne": Q_(3000, "kg") * G_N,
        "short ton": Q_(3 * 907.18474, "kg") * G_N,
    }


@item(
    S,
    "mechanical_failure",
    None,
    "E = σ/ε needs the cross-sectional area for σ = F/A₀",
    refuse="the size of the square cross-section is not given, so the stress, and hence E = σ/ε, cannot be computed",
    solution="ε = 0.08/120 but σ = F/A₀ needs A₀, which is not given.",
    forms=("must_refuse",),
)
def h5_mech_09():
    """A bar of an aluminium alloy with a square cross-section is loaded in tension to 18 kN, and its gauge length increases elastically from 120 mm to 120.08 mm. Compute the modulus of elasticity of the alloy."""
    return None


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule W_L = (C_α − C₀)/(C_α − C_L)",
    solution="W_L = (46 − 40)/(46 − 31) = 0.40 = 40 %.",
    forms=("percent",),
)
def h5_pd_01():
    """A copper–nickel alloy of 40 wt% Ni is held at a temperature in the α + L field, where the liquid contains 31 wt% Ni and the α phase 46 wt% Ni. What percentage (by mass) of the alloy is liquid?"""
    return Q_((46 - 40) / (46 - 31), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule below the eutectoid: W_α' = (0.76 − C₀)/(0.76 − 0.022)",
    solution="W_α' = (0.76 − 0.35)/(0.76 − 0.022) = 0.41/0.738 = 0.556.",
    forms=("plain",),
)
def h5_pd_02():
    """A plain-carbon steel with 0.35 wt% C is slowly cooled from the austenite field to just below the eutectoid temperature. Using a eutectoid composition of 0.76 wt% C and a maximum carbon solubility in ferrite of 0.022 wt% C, compute the mass fraction of proeutectoid ferrite."""
    return (0.76 - 0.35) / (0.76 - 0.022)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule with Fe₃C at 6.70 wt% C: W_α = (6.70 − C₀)/(6.70 − 0.022)",
    decimals=3,
    solution="W_α = (6.70 − 0.60)/(6.70 − 0.022) = 6.10/6.678 = 0.913.",
    forms=("sig_figs",),
)
def h5_pd_03():
    """Compute the total mass fraction of ferrite (proeutectoid plus eutectoid) in a 0.60 wt% C iron–carbon alloy just below 727 °C. Ferrite holds 0.022 wt% C and cementite 6.70 wt% C. Give the fraction to three decimal places."""
    return (6.70 - 0.60) / (6.70 - 0.022)


@item(
    S,
    "phase_diagrams",
    "percent",
    "eutectic microconstituent W_e = (C₀ − C_α)/(C_E − C_α) just below the eutectic",
    solution="W_e = (45 − 18.3)/(61.9 − 18.3) = 26.7/43.6 = 0.612 = 61.2 %.",
    forms=("percent", "multi_step"),
)
def h5_pd_04():
    """A lead–tin solder of composition 45 wt% Sn is cooled slowly to just below the eutectic temperature (183 °C). The relevant compositions are:

    | point | wt% Sn |
    |---|---|
    | α at the eutectic | 18.3 |
    | eutectic liquid | 61.9 |
    | β at the eutectic | 97.8 |

    What percentage of the alloy is eutectic microconstituent?"""
    return Q_((45 - 18.3) / (61.9 - 18.3), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at constant pressure F = C − P + 1",
    abs_tol=0.0,
    solution="F = 3 − 4 + 1 = 0 (the ternary eutectic is invariant).",
    forms=("plain",),
)
def h5_pd_05():
    """At a ternary eutectic point in a three-component system held at constant pressure, four phases (three solids and the liquid) are in equilibrium. How many degrees of freedom does the system have there?"""
    return 3 - 4 + 1


@item(
    S,
    "phase_diagrams",
    "kg",
    "lever rule W_β = (C₀ − C_α)/(C_β − C_α); m_β = W_β m",
    solution="W_β = (60 − 7.9)/(91.2 − 7.9) = 52.1/83.3 = 0.6255; m_β = 0.6255 · 8.0 kg = 5.00 kg. The densities are not needed.",
    forms=("distractor",),
)
def h5_pd_06():
    """8.0 kg of a copper–silver alloy containing 60 wt% Ag is equilibrated at 775 °C, where it consists of α (7.9 wt% Ag) and β (91.2 wt% Ag). The densities of copper and silver are 8.96 and 10.49 g/cm³. What mass of β phase is present?"""
    return Q_(8.0, "kg") * (60 - 7.9) / (91.2 - 7.9)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β) (Callister eq. 9.6)",
    solution="0.62/10.2 = 0.060784; 0.38/7.35 = 0.051701; V_α = 0.060784/0.112485 = 0.540.",
    forms=("unicode",),
)
def h5_pd_07():
    """A two-phase alloy consists of 0.62 mass fraction α (ρ_α = 10.2 g/cm³), the rest being β (ρ_β = 7.35 g/cm³). What is the volume fraction of α?"""
    a, b = 0.62 / 10.2, 0.38 / 7.35
    return a / (a + b)


@item(
    S,
    "phase_diagrams",
    None,
    "the lever rule needs the phase-boundary compositions",
    refuse="the compositions of α and of the eutectic liquid are not given (no phase diagram), so the lever rule cannot be applied",
    solution="W_α' = (C_E − C₀)/(C_E − C_α): C_E and C_α are not given.",
    forms=("must_refuse",),
)
def h5_pd_08():
    """A hypoeutectic alloy of metals A and B containing 25 wt% B is cooled slowly to just below its eutectic temperature. Calculate the mass fraction of primary α in the microstructure."""
    return None


# ---------------------------------------------------------------- transformations and kinetics


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Avrami y = 1 − exp(−k tⁿ) (Callister eq. 10.17)",
    solution="k tⁿ = 4.0×10⁻⁴ · 20^2.5 = 4.0×10⁻⁴ · 1788.9 = 0.7155; y = 1 − e^−0.7155 = 0.511 = 51.1 %.",
    forms=("percent", "unicode"),
)
def h5_trans_01():
    """The recrystallisation of a cold-worked aluminium alloy follows the Avrami equation with n = 2.5 and k = 4.0 × 10⁻⁴ (time in seconds). What percentage of the material has recrystallised after 20 s?"""
    return Q_(1 - math.exp(-4.0e-4 * 20**2.5), "dimensionless")


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Avrami y = 1 − exp(−k tⁿ) with y = 0.5: t₀.₅ = (ln 2/k)^(1/n)",
    solution="t₀.₅ = (0.6931/7.6×10⁻⁵)^(1/3) = (9 120)^(1/3) = 20.9 min.",
    forms=("tex",),
)
def h5_trans_02():
    r"""The kinetics of a precipitation reaction obey $y=1-\exp \left(-k t^{n}\right)$ with $n=3$ and $k=7.6 \times 10^{-5} \mathrm{~min}^{-3}$. How long does it take for half of the transformation to be complete?"""
    return Q_((math.log(2) / 7.6e-5) ** (1 / 3), "minute")


@item(
    S,
    "transformations_kinetics",
    "nm",
    "homogeneous nucleation r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6)",
    solution="T_m = 1 358.15 K; r* = 2 · 0.200 · 1358.15/(1.77×10⁹ · 200) = 1.53×10⁻⁹ m = 1.53 nm. The density of copper is not needed.",
    forms=("distractor", "unicode"),
)
def h5_trans_03():
    """For the solidification of copper, take ΔH_f = −1.77 × 10⁹ J/m³, a solid–liquid surface energy γ = 0.200 J/m², T_m = 1085 °C and a density of 8.96 g/cm³. Calculate the critical radius (in nm) for homogeneous nucleation at an undercooling of 200 K."""
    return 2 * Q_(0.200, "J/m**2") * kelvin(1085) / (Q_(1.77e9, "J/m**3") * Q_(200, "K"))


@item(
    S,
    "transformations_kinetics",
    "J",
    "ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²) (Callister eq. 10.7)",
    solution="T_m = 1 811.15 K; ΔG* = 16π(0.204)³(1811.15)²/(3(1.85×10⁹)²(295)²) = 1.57×10⁻¹⁸ J.",
    forms=("tex",),
)
def h5_trans_04():
    r"""For iron, $\Delta H_{f}=-1.85 \times 10^{9} \mathrm{~J} \mathrm{~m}^{-3}$, $\gamma=0.204 \mathrm{~J} \mathrm{~m}^{-2}$ and $T_{m}=1538^{\circ} \mathrm{C}$. Compute the activation free energy $\Delta G^{*}$ for homogeneous nucleation of a solid nucleus at an undercooling of $295 \mathrm{~K}$."""
    gamma, dh, tm, dt = Q_(0.204, "J/m**2"), Q_(1.85e9, "J/m**3"), kelvin(1538), Q_(295, "K")
    return 16 * math.pi * gamma**3 * tm**2 / (3 * dh**2 * dt**2)


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "r* = 2γT_m/(|ΔH_f|ΔT); atoms = (4/3)πr*³ · 4/a³ (FCC)",
    rel_tol=0.05,
    solution="T_m = 1 337.15 K; r* = 2 · 0.132 · 1337.15/(1.16×10⁹ · 230) = 1.323×10⁻⁹ m; V = (4/3)π r*³ = 9.70×10⁻²⁷ m³; atoms per volume 4/a³ = 4/(0.408 nm)³ = 58.9 nm⁻³; N = 9.70 nm³ · 58.9 nm⁻³ ≈ 571 atoms.",
    forms=("multi_step",),
)
def h5_trans_05():
    """Gold (FCC, a = 0.408 nm, melting point 1064 °C) has a latent heat of fusion of −1.16 × 10^9 J/m^3 and a solid–liquid interfacial energy of 0.132 J/m^2. How many atoms does a critical nucleus contain at an undercooling of 230 K?"""
    r_star = 2 * Q_(0.132, "J/m**2") * kelvin(1064) / (Q_(1.16e9, "J/m**3") * Q_(230, "K"))
    volume = 4 / 3 * math.pi * r_star**3
    return volume * 4 / Q_(0.408, "nm") ** 3


@item(
    S,
    "transformations_kinetics",
    "kJ/mol",
    "rate = 1/t₀.₅ = A exp(−Q/RT): Q = R ln(t₁/t₂)/(1/T₁ − 1/T₂)",
    solution="ln(80/9) = 2.185; 1/623.15 − 1/673.15 = 1.1920×10⁻⁴ K⁻¹; Q = 8.314 · 2.185/1.1920×10⁻⁴ = 152 kJ/mol.",
    forms=("multi_step",),
)
def h5_trans_06():
    """A cold-rolled brass is 50 % recrystallised after 80 min at 350 °C and after 9 min at 400 °C. Treating the rate as 1/t₀.₅ with an Arrhenius temperature dependence, estimate the activation energy for recrystallisation (kJ/mol)."""
    return R_GAS * math.log(80 / 9) / (1 / kelvin(350) - 1 / kelvin(400))


@item(
    S,
    "transformations_kinetics",
    "micrometer",
    "grain growth d² − d₀² = K t",
    solution="K = (28² − 12²)/45 min = 640/45 = 14.22 µm²/min; after 3 h: d² = 144 + 14.22 · 180 = 2 704 µm², d = 52.0 µm.",
    forms=("unicode", "multi_step"),
)
def h5_trans_07():
    """During an isothermal anneal the mean grain diameter of a brass grows from 12 µm to 28 µm in 45 min. Assuming d² − d₀² = Kt, what will the grain diameter be after a total of 3 h at the same temperature?"""
    d0, d1 = Q_(12, "micrometer"), Q_(28, "micrometer")
    k = (d1**2 - d0**2) / Q_(45, "minute")
    return (d0**2 + k * Q_(3, "hour")) ** 0.5


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Koistinen–Marburger f = 1 − exp[−α(M_s − T)]",
    decimals=3,
    solution="f = 1 − exp[−0.011 · (350 − 150)] = 1 − e^−2.2 = 0.889.",
    forms=("sig_figs",),
)
def h5_trans_08():
    """The martensite start temperature of a low-alloy steel is 350 °C. Using the Koistinen–Marburger relation with α = 0.011 K⁻¹, estimate the fraction of austenite transformed to martensite on quenching to 150 °C. Answer to three decimal places."""
    return 1 - math.exp(-0.011 * (350 - 150))


@item(
    S,
    "transformations_kinetics",
    None,
    "the question asks for a microstructure, not a number",
    refuse="the question asks for the name of the microstructure (a qualitative answer), not a numerical value",
    solution="The product (fine pearlite) is read from the TTT diagram; there is no number to compute.",
    forms=("must_refuse",),
)
def h5_trans_09():
    """A eutectoid steel is austenitised, quenched rapidly to 600 °C and held there for 10 s before being quenched to room temperature. What microstructure results?"""
    return None


# ---------------------------------------------------------------- thermodynamics


@item(
    S,
    "thermodynamics",
    "K",
    "ΔG = ΔH − TΔS = 0 at T = ΔH/ΔS",
    solution="T = ΔH/ΔS = −45 000/−32 = 1 406 K.",
    forms=("plain",),
)
def h5_thermo_01():
    """For a reaction, ΔH = −45 kJ/mol and ΔS = −32 J/(mol K), both taken as independent of temperature. Above what temperature (in K) does the reaction cease to be spontaneous?"""
    return Q_(-45, "kJ/mol") / Q_(-32, "J/(mol*K)")


@item(
    S,
    "thermodynamics",
    "atm",
    "ΔG° = −RT ln K with K = 1/p_O₂ for M + O₂ → oxide (pure condensed phases)",
    solution="ΔG° = −468 000 + 170 · 1200 = −264 000 J/mol O₂; p_O₂ = exp(ΔG°/RT) = exp(−264 000/(8.314 · 1200)) = exp(−26.460) = 3.23×10⁻¹² atm.",
    forms=("spaced_thousands", "multi_step"),
)
def h5_thermo_02():
    """For the oxidation 2Ni(s) + O₂(g) → 2NiO(s), take ΔG° = −468 000 + 170T J per mole of O₂ (T in K, standard state 1 atm). Calculate the equilibrium oxygen partial pressure, in atm, over Ni and NiO at 1 200 K."""
    t = Q_(1200, "K")
    dg = Q_(-468_000, "J/mol") + Q_(170, "J/(mol*K)") * t
    return Q_(math.exp(num(dg / (R_GAS * t))), "atm")


@item(
    S,
    "thermodynamics",
    "J/(mol*K)",
    "ideal entropy of mixing ΔS_mix = −R(x ln x + (1 − x) ln(1 − x))",
    solution="ΔS_mix = −8.314(0.3 ln 0.3 + 0.7 ln 0.7) = −8.314(−0.3612 − 0.2497) = 5.08 J mol⁻¹ K⁻¹.",
    forms=("plain",),
)
def h5_thermo_03():
    """Calculate the molar entropy of mixing for an ideal solid solution containing 30 at% of element B in A."""
    x = 0.30
    return -R_GAS * (x * math.log(x) + (1 - x) * math.log(1 - x))


@item(
    S,
    "thermodynamics",
    "J/mol",
    "regular solution ΔG_mix = Ωx_Ax_B + RT(x_A ln x_A + x_B ln x_B)",
    solution="Ωx(1−x) = 12 000 · 0.24 = 2 880 J/mol; RT Σx ln x = 8.314 · 800 · (0.4 ln 0.4 + 0.6 ln 0.6) = 6651.6 · (−0.6730) = −4 477 J/mol; ΔG_mix = −1 597 J/mol.",
    forms=("tex",),
)
def h5_thermo_04():
    r"""A binary solid solution behaves as a regular solution with interaction parameter $\Omega=12 \mathrm{~kJ} \mathrm{~mol}^{-1}$. Calculate the Gibbs energy of mixing at $800 \mathrm{~K}$ for $x_{B}=0.4$, in $\mathrm{J} \mathrm{~mol}^{-1}$."""
    x, t = 0.4, Q_(800, "K")
    return Q_(12, "kJ/mol") * x * (1 - x) + R_GAS * t * (
        x * math.log(x) + (1 - x) * math.log(1 - x)
    )


@item(
    S,
    "thermodynamics",
    "kPa",
    "Clausius–Clapeyron ln(p₂/p₁) = −(ΔH_v/R)(1/T₂ − 1/T₁)",
    solution="T₁ = 1 180.15 K (1 atm), T₂ = 973.15 K; ln(p₂/p₁) = −(115 000/8.314)(1/973.15 − 1/1180.15) = −2.4929; p₂ = 101.325 · e^−2.4929 = 8.38 kPa.",
    forms=("multi_step", "unicode"),
)
def h5_thermo_05():
    """Zinc boils at 907 °C under 1 atm, and its enthalpy of vaporisation is 115 kJ/mol. Estimate the vapour pressure of liquid zinc at 700 °C, in kPa."""
    t1, t2 = kelvin(907), kelvin(700)
    return Q_(1, "atm") * math.exp(-num(Q_(115, "kJ/mol") / R_GAS * (1 / t2 - 1 / t1)))


@item(
    S,
    "thermodynamics",
    "kJ",
    "Q = m c_p ΔT + m ΔH_f",
    solution="Sensible heat 2 500 g · 0.90 J/(g K) · 635 K = 1 428 750 J; latent heat 2 500 g · 397 J/g = 992 500 J; total 2 421 kJ. The thermal conductivity is not needed.",
    forms=("distractor", "spaced_thousands"),
)
def h5_thermo_06():
    """How much heat is required to take 2 500 g of aluminium from 25 °C to its melting point of 660 °C and melt it completely? Use c_p = 0.90 J g⁻¹ K⁻¹ (constant), a latent heat of fusion of 397 J/g and a thermal conductivity of 237 W m⁻¹ K⁻¹. Answer in kJ."""
    m = Q_(2500, "g")
    return m * Q_(0.90, "J/(g*K)") * Q_(660 - 25, "K") + m * Q_(397, "J/g")


@item(
    S,
    "thermodynamics",
    "J/(mol*K)",
    "at the equilibrium transformation temperature ΔG = 0, so ΔS = ΔH/T",
    solution="ΔS = 2 090 J/mol/286.15 K = 7.30 J mol⁻¹ K⁻¹.",
    forms=("sig_figs",),
)
def h5_thermo_07():
    """Grey tin transforms to white tin at 13 °C with an enthalpy of transformation of 2.09 kJ/mol. Estimate the entropy of transformation, to three significant figures."""
    return Q_(2.09, "kJ/mol") / kelvin(13)


@item(
    S,
    "thermodynamics",
    None,
    "ΔG° = ΔH° − TΔS° needs ΔS° (or ΔG° at another temperature)",
    refuse="only ΔH° is given; without ΔS° (or a second ΔG° value) ΔG° at 1000 K cannot be computed",
    solution="ΔG° = ΔH° − TΔS°: ΔS° is missing.",
    forms=("must_refuse",),
)
def h5_thermo_08():
    """The standard enthalpy of formation of Al₂O₃ is −1 676 kJ/mol. Calculate the standard Gibbs energy of formation of Al₂O₃ at 1000 K."""
    return None


# ---------------------------------------------------------------- electrical properties and semiconductors


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "intrinsic σ = n_i |e| (μ_e + μ_h) (Callister eq. 18.15)",
    solution="σ = 2.4×10¹⁹ · 1.602×10⁻¹⁹ · (0.38 + 0.18) = 2.15 (Ω m)⁻¹.",
    forms=("tex",),
)
def h5_elec_01():
    r"""At room temperature the intrinsic carrier concentration of germanium is $2.4 \times 10^{19} \mathrm{~m}^{-3}$, and the electron and hole mobilities are $0.38$ and $0.18 \mathrm{~m}^{2} \mathrm{~V}^{-1} \mathrm{~s}^{-1}$. Calculate the intrinsic electrical conductivity."""
    return Q_(2.4e19, "1/m**3") * Q_E * Q_(0.38 + 0.18, "m**2/(V*s)")


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "n-type extrinsic σ ≈ N_d |e| μ_e, ρ = 1/σ",
    solution="σ = 5×10²² · 1.602×10⁻¹⁹ · 0.13 = 1 041 (Ω m)⁻¹; ρ = 9.60×10⁻⁴ Ω m = 0.0960 Ω cm.",
    forms=("multi_step", "unit_form"),
)
def h5_elec_02():
    """Silicon is doped with 5 × 10^22 phosphorus atoms per m^3, all ionised at room temperature. With an electron mobility of 0.13 m^2/(V s), what is the electrical resistivity of the material in Ω·cm?"""
    sigma = Q_(5e22, "1/m**3") * Q_E * Q_(0.13, "m**2/(V*s)")
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "V",
    "R = ρl/A; V = IR",
    solution="A = π(0.6 mm)² = 1.1310 mm²; R = 1.72×10⁻⁸ · 15/1.1310×10⁻⁶ = 0.2281 Ω; V = 4 A · 0.2281 Ω = 0.912 V.",
    forms=("multi_step",),
)
def h5_elec_03():
    """A copper wire 15 m long and 1.2 mm in diameter carries a current of 4 A. The resistivity of copper is 1.72 × 10^-8 Ω m. What is the voltage drop along the wire?"""
    area = math.pi * (Q_(1.2, "mm") / 2) ** 2
    return Q_(4, "A") * Q_(1.72e-8, "ohm*m") * Q_(15, "m") / area


@item(
    S,
    "electrical_semiconductors",
    "1/m**3",
    "p ≈ N_a; 1 ppm by atoms or by weight of B in Si (N_Si = ρN_A/A_Si)",
    solution="N_Si = 2.33 · 6.022×10²³/28.09 = 4.995×10²² cm⁻³ = 4.995×10²⁸ m⁻³. 1 ppm of atoms: p = 4.995×10²² m⁻³. 1 ppm by weight: N_B = 10⁻⁶ · 2330 kg/m³/(10.81×10⁻³ kg/mol) · N_A = 1.298×10²³ m⁻³.",
    forms=("ambiguous", "distractor"),
)
def h5_elec_04():
    """Silicon (density 2.33 g/cm³, atomic weight 28.09 g/mol, band gap 1.11 eV) is doped with 1 ppm of boron (atomic weight 10.81 g/mol). Assuming every boron atom is ionised, what is the hole concentration in the silicon?"""
    rho = Q_(2.33, "g/cm**3")
    n_si = rho * AVOGADRO / Q_(28.09, "g/mol")
    return {
        "ppm by atoms": 1e-6 * n_si,
        "ppm by weight": 1e-6 * rho * AVOGADRO / Q_(10.81, "g/mol"),
    }


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "intrinsic σ ∝ exp(−E_g/2kT) (prefactor taken constant)",
    solution="σ₂/σ₁ = exp[−(1.11/(2 · 8.617×10⁻⁵))(1/400 − 1/300)] = exp(5.367) = 214.2; σ₂ = 4.3×10⁻⁴ · 214.2 = 0.0921 S/m.",
    forms=("multi_step",),
)
def h5_elec_05():
    """The intrinsic conductivity of silicon is 4.3 × 10^-4 (Ω m)^-1 at 300 K, and its band gap is 1.11 eV. Assuming σ varies as exp(−E_g/2kT), the pre-exponential term being independent of temperature, estimate the conductivity at 400 K."""
    eg = Q_(1.11, "eV")
    factor = math.exp(-num(eg / (2 * K_BOLTZ) * (1 / Q_(400, "K") - 1 / Q_(300, "K"))))
    return Q_(4.3e-4, "S/m") * factor


@item(
    S,
    "electrical_semiconductors",
    "microvolt",
    "Hall voltage V_H = IB/(n|e|t)",
    solution="V_H = 20 · 1.5/(8.5×10²⁸ · 1.602×10⁻¹⁹ · 5×10⁻⁴) = 4.41×10⁻⁶ V = 4.41 µV.",
    forms=("unicode",),
)
def h5_elec_06():
    """A copper strip 0.5 mm thick carries a current of 20 A in a magnetic field of 1.5 T applied perpendicular to the strip. The free-electron density of copper is 8.5 × 10²⁸ m⁻³. Calculate the Hall voltage across the strip in µV."""
    return Q_(20, "A") * Q_(1.5, "T") / (Q_(8.5e28, "1/m**3") * Q_E * Q_(0.5, "mm"))


@item(
    S,
    "electrical_semiconductors",
    "microohm*cm",
    "Matthiessen's rule ρ = ρ_t + ρ_i with ρ_i = A c_i(1 − c_i) (Callister eq. 18.10)",
    solution="ρ_i = 1.2×10⁻⁶ · 0.025 · 0.975 = 2.925×10⁻⁸ Ω m; ρ = 1.69×10⁻⁸ + 2.925×10⁻⁸ = 4.615×10⁻⁸ Ω m = 4.615 µΩ cm.",
    forms=("unicode", "unit_form"),
)
def h5_elec_07():
    """Pure copper has a resistivity of 1.69 × 10⁻⁸ Ω·m at 20 °C. Nickel in solid solution adds an impurity resistivity ρ_i = A c_i(1 − c_i) with A = 1.2 × 10⁻⁶ Ω·m. Estimate the resistivity at 20 °C of a copper alloy containing 2.5 at% Ni, in µΩ·cm."""
    c = 0.025
    return Q_(1.69e-8, "ohm*m") + Q_(1.2e-6, "ohm*m") * c * (1 - c)


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "parallel-plate capacitor C = ε_r ε₀ A/l",
    solution="C = 25 · 8.854×10⁻¹² · 3.2×10⁻⁴/2.5×10⁻⁴ = 2.83×10⁻¹⁰ F = 283 pF.",
    forms=("tex",),
)
def h5_elec_08():
    r"""A parallel-plate capacitor has plates of area $3.2 \mathrm{~cm}^{2}$ separated by $0.25 \mathrm{~mm}$ of a ceramic with dielectric constant $\varepsilon_{r}=25$. What is its capacitance in $\mathrm{pF}$?"""
    return 25 * EPS0 * Q_(3.2, "cm**2") / Q_(0.25, "mm")


@item(
    S,
    "electrical_semiconductors",
    None,
    "σ = N|e|μ needs the carrier type (donor: μ_e, acceptor: μ_h)",
    refuse="the dopant is not named, so whether the carriers are electrons or holes (and which mobility applies) is unknown",
    solution="σ = N|e|μ: μ_e or μ_h depends on the dopant type, which is not given.",
    forms=("must_refuse",),
)
def h5_elec_09():
    """A silicon wafer contains 10^23 m^-3 substitutional impurity atoms, all ionised at room temperature. The electron and hole mobilities of silicon are 0.14 and 0.045 m^2/(V s). Compute the room-temperature conductivity of the wafer."""
    return None


# ---------------------------------------------------------------- magnetic properties


@item(
    S,
    "magnetic",
    "T",
    "M_s = n_B μ_B N with N = ρN_A/A; B_s = μ₀ M_s",
    solution="N = 8.12 · 6.022×10²³/57.3 = 8.534×10²² cm⁻³ = 8.534×10²⁸ m⁻³; M_s = 2.4 · 9.274×10⁻²⁴ · 8.534×10²⁸ = 1.899×10⁶ A/m; B_s = 4π×10⁻⁷ · 1.899×10⁶ = 2.39 T.",
    forms=("multi_step",),
)
def h5_mag_01():
    """An iron–cobalt alloy has a mean magnetic moment of 2.4 Bohr magnetons per atom, a density of 8.12 g/cm3 and a mean atomic weight of 57.3 g/mol. Estimate its saturation flux density B_s = μ0 M_s in tesla."""
    n = Q_(8.12, "g/cm**3") * AVOGADRO / Q_(57.3, "g/mol")
    return MU0 * 2.4 * BOHR * n


@item(
    S,
    "magnetic",
    "T",
    "H = NI/l; B = μ₀ μ_r H",
    solution="H = 400 · 1.5/0.25 = 2 400 A/m; B = 4π×10⁻⁷ · 300 · 2 400 = 0.905 T.",
    forms=("unicode",),
)
def h5_mag_02():
    """A coil of 400 turns wound uniformly over a length of 0.25 m carries 1.5 A. A core of relative permeability μr = 300 fills the coil. Ignoring saturation, what flux density B does the coil produce in the core?"""
    h = 400 * Q_(1.5, "A") / Q_(0.25, "m")
    return MU0 * 300 * h


@item(
    S,
    "magnetic",
    "A/m",
    "M = χ_m H",
    solution="M = 2.1×10⁻⁵ · 250 000 A/m = 5.25 A/m.",
    forms=("spaced_thousands",),
)
def h5_mag_03():
    """Aluminium has a volume magnetic susceptibility of 2.1 × 10^-5. What magnetization is produced in it by a field strength of 250 000 A/m?"""
    return 2.1e-5 * Q_(250_000, "A/m")


@item(
    S,
    "magnetic",
    "A/m",
    "ferrite M_s = (net μ_B per formula unit)(formula units per cell)μ_B/a³",
    solution="Ni²⁺ (2 μ_B) is the only net moment (the Fe³⁺ cancel); 8 formula units per cell: M_s = 8 · 2 · 9.274×10⁻²⁴/(0.8339×10⁻⁹ m)³ = 2.56×10⁵ A/m.",
    forms=("multi_step", "unicode"),
)
def h5_mag_04():
    """Nickel ferrite NiFe₂O₄ is an inverse spinel: the Fe³⁺ moments on the tetrahedral and octahedral sites cancel, and each Ni²⁺ ion carries 2 μ_B. The cubic unit cell (a = 0.8339 nm) contains 8 formula units. Compute the saturation magnetization."""
    return 8 * 2 * BOHR / Q_(0.8339, "nm") ** 3


@item(
    S,
    "magnetic",
    "W",
    "hysteresis power loss P = (loop area) · f · V",
    solution="P = 250 J m⁻³ · 50 s⁻¹ · 1.2×10⁻³ m³ = 15 W. The coercivity is not needed.",
    forms=("distractor",),
)
def h5_mag_05():
    """The B–H loop of a transformer-core steel encloses an area equivalent to 250 J/m^3 per cycle; its coercivity is 40 A/m. The core volume is 1.2 × 10^-3 m^3 and it runs at 50 Hz. What is the hysteresis power loss?"""
    return Q_(250, "J/m**3") * Q_(50, "1/s") * Q_(1.2e-3, "m**3")


@item(
    S,
    "magnetic",
    "kJ/m**3",
    "energy product (BH) at the operating point",
    solution="(BH) = 0.6 T · 400 000 A/m = 240 000 J/m³ = 240 kJ/m³.",
    forms=("plain",),
)
def h5_mag_06():
    """On the demagnetisation curve of a sintered rare-earth magnet, the point of maximum energy product lies at B = 0.6 T and H = −400 kA/m. Compute (BH)max in kJ/m³."""
    return Q_(0.6, "T") * Q_(400, "kA/m")


@item(
    S,
    "magnetic",
    "A/m",
    "superconductor H_c(T) = H_c(0)[1 − (T/T_c)²] (Callister eq. 20.12)",
    solution="H_c = 6.5×10⁴ [1 − (4.2/7.19)²] = 6.5×10⁴ · 0.6588 = 4.28×10⁴ A/m.",
    forms=("sig_figs",),
)
def h5_mag_07():
    """Lead becomes superconducting below 7.19 K, and its critical field at 0 K is 6.5 × 10^4 A/m. Calculate the critical field at 4.2 K, to 3 significant figures."""
    return Q_(6.5e4, "A/m") * (1 - (4.2 / 7.19) ** 2)


@item(
    S,
    "magnetic",
    None,
    "M_s = n_B μ_B N needs N, the number of atoms per unit volume",
    refuse="neither the density nor the atomic weight (nor the lattice) is given, so the number of atoms per unit volume and hence M_s is unknown",
    solution="M_s = n_B μ_B N: N = ρN_A/A cannot be formed.",
    forms=("must_refuse",),
)
def h5_mag_08():
    """A ferromagnetic alloy has a net moment of 1.9 Bohr magnetons per atom. Calculate its saturation magnetization in A/m."""
    return None


# ---------------------------------------------------------------- optical properties


@item(
    S,
    "optical",
    "nm",
    "absorption edge λ = hc/E_g",
    solution="λ = 6.626×10⁻³⁴ · 2.998×10⁸/(2.42 · 1.602×10⁻¹⁹) = 5.12×10⁻⁷ m = 512 nm.",
    forms=("plain",),
)
def h5_opt_01():
    """Cadmium sulfide has a band gap of 2.42 eV. What is the longest wavelength of light it can absorb by band-to-band excitation, in nm?"""
    return H * C0 / Q_(2.42, "eV")


@item(
    S,
    "optical",
    "percent",
    "normal-incidence reflectivity R = ((n − 1)/(n + 1))²",
    solution="R = (1.42/3.42)² = 0.1724 = 17.2 %.",
    forms=("percent",),
)
def h5_opt_02():
    """The refractive index of diamond is 2.42. What percentage of light striking a polished diamond face at normal incidence is reflected?"""
    n = 2.42
    return Q_(((n - 1) / (n + 1)) ** 2, "dimensionless")


@item(
    S,
    "optical",
    "degree",
    "total internal reflection sin θ_c = n₂/n₁",
    solution="θ_c = arcsin(1/1.50) = 41.8°. The density is not needed.",
    forms=("distractor",),
)
def h5_opt_03():
    """A crown glass (density 2.5 g/cm³, refractive index 1.50) is used in a light pipe surrounded by air. What is the critical angle for total internal reflection at the glass–air surface?"""
    return Q_(math.degrees(math.asin(1 / 1.50)), "degree")


@item(
    S,
    "optical",
    "percent",
    "I_T = I₀(1 − R)² exp(−βl), R = ((n − 1)/(n + 1))² (Callister eq. 21.18)",
    solution="R = (0.52/2.52)² = 0.04258; (1 − R)² = 0.9167; e^(−0.03 · 15) = e^−0.45 = 0.6376; I_T/I₀ = 0.9167 · 0.6376 = 0.5845 = 58.4 %.",
    forms=("multi_step", "percent"),
)
def h5_opt_04():
    """A plate of glass 15 mm thick has a refractive index of 1.52 and an absorption coefficient β = 0.03 mm⁻¹. Allowing for reflection losses at both surfaces (normal incidence), what percentage of the incident light is transmitted?"""
    n = 1.52
    r = ((n - 1) / (n + 1)) ** 2
    return Q_((1 - r) ** 2 * math.exp(-num(Q_(0.03, "1/mm") * Q_(15, "mm"))), "dimensionless")


@item(
    S,
    "optical",
    "1/cm",
    "I_T ∝ (1 − R)² exp(−βl): the ratio of two thicknesses cancels R, β = ln(T₁/T₂)/(l₂ − l₁)",
    solution="β = ln(0.85/0.72)/(4.0 − 2.0 cm) = 0.16598/2.0 = 0.0830 cm⁻¹.",
    forms=("multi_step",),
)
def h5_opt_05():
    """Two plates of the same glass, 20 mm and 40 mm thick, transmit 85 % and 72 % of normally incident light respectively (reflection losses included). Determine the absorption coefficient of the glass in cm⁻¹."""
    return math.log(0.85 / 0.72) / (Q_(40, "mm") - Q_(20, "mm"))


@item(
    S,
    "optical",
    "m/s",
    "v = c/n",
    solution="v = 2.998×10⁸/1.77 = 1.69×10⁸ m/s.",
    forms=("plain",),
)
def h5_opt_06():
    """Sapphire has a refractive index of 1.77. How fast does light travel through it?"""
    return C0 / 1.77


@item(
    S,
    "optical",
    "eV",
    "photon energy E = hc/λ",
    solution="E = 6.626×10⁻³⁴ · 2.998×10⁸/1.064×10⁻⁶ m = 1.867×10⁻¹⁹ J = 1.165 eV.",
    forms=("spaced_thousands",),
)
def h5_opt_07():
    """A Nd:YAG laser emits at a wavelength of 1 064 nm. What is the energy of one photon in eV?"""
    return H * C0 / Q_(1064, "nm")


@item(
    S,
    "optical",
    None,
    "R = ((n − 1)/(n + 1))² needs the refractive index",
    refuse="the refractive index of the plastic is not given (and 'transparent plastic' names no material), so the reflectivity cannot be computed",
    solution="R = ((n − 1)/(n + 1))²: n is missing.",
    forms=("must_refuse",),
)
def h5_opt_08():
    """Light falls at normal incidence on a flat sheet of transparent plastic in air. What fraction of the light is reflected at the front surface?"""
    return None


# ---------------------------------------------------------------- thermal properties


@item(
    S,
    "thermal",
    "mm",
    "linear expansion Δl = α l₀ ΔT",
    solution="Δl = 12×10⁻⁶ K⁻¹ · 12 000 mm · 50 K = 7.2 mm.",
    forms=("plain",),
)
def h5_therm_01():
    """A steel rail is 12 m long at −10 °C. If α = 12 × 10^-6 per °C, how much longer is it at 40 °C, in mm?"""
    return 12e-6 / Q_(1, "K") * Q_(12, "m") * Q_(50, "K")


@item(
    S,
    "thermal",
    "MPa",
    "fully restrained bar σ = Eα ΔT (Callister eq. 19.8)",
    solution="σ = 100×10³ MPa · 20×10⁻⁶ K⁻¹ · 60 K = 120 MPa (compressive).",
    forms=("unicode",),
)
def h5_therm_02():
    """A brass rod (E = 100 GPa, α = 20 × 10⁻⁶ °C⁻¹) is fixed rigidly between two walls at 20 °C and then heated to 80 °C. What is the magnitude of the thermal stress in the rod?"""
    return Q_(100, "GPa") * 20e-6 / Q_(1, "K") * Q_(60, "K")


@item(
    S,
    "thermal",
    "kW",
    "Fourier's law q = kAΔT/Δx",
    solution="q = 1.1 · 2.5 · (950 − 50)/0.23 = 10 761 W = 10.8 kW.",
    forms=("plain",),
)
def h5_therm_03():
    """A furnace wall of firebrick (k = 1.1 W m^-1 K^-1) is 0.23 m thick and 2.5 m^2 in area. Its inner face is at 950 °C and its outer face at 50 °C. Calculate the steady heat loss through the wall in kW."""
    return Q_(1.1, "W/(m*K)") * Q_(2.5, "m**2") * Q_(900, "K") / Q_(0.23, "m")


@item(
    S,
    "thermal",
    "kJ",
    "Q = m c_p ΔT",
    solution="Q = 5.0 kg · 385 J/(kg K) · 280 K = 539 000 J = 539 kJ.",
    forms=("plain",),
)
def h5_therm_04():
    """How much energy is needed to heat a 5.0 kg copper busbar from 20 °C to 300 °C? Take c_p = 385 J/(kg·K)."""
    return Q_(5.0, "kg") * Q_(385, "J/(kg*K)") * Q_(280, "K")


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Debye T³ law C_v = AT³ at low temperature",
    solution="C_v(20 K) = 0.28 · (20/12)³ = 0.28 · 4.630 = 1.30 J mol⁻¹ K⁻¹.",
    forms=("sig_figs",),
)
def h5_therm_05():
    """The molar heat capacity of a crystalline solid is 0.28 J mol^-1 K^-1 at 12 K, well below its Debye temperature. Estimate C_v at 20 K. Give three significant figures."""
    return Q_(0.28, "J/(mol*K)") * (20 / 12) ** 3


@item(
    S,
    "thermal",
    "K",
    "thermal-shock quench ΔT_f = σ_f(1 − ν)/(Eα)",
    solution="ΔT_f = 300×10⁶ · 0.78/(380×10⁹ · 8.8×10⁻⁶) = 70.0 K. The thermal conductivity is not needed.",
    forms=("distractor",),
)
def h5_therm_06():
    """An alumina part (fracture strength 300 MPa, E = 380 GPa, α = 8.8 × 10⁻⁶ K⁻¹, Poisson's ratio 0.22, thermal conductivity 30 W/(m K)) is quenched so that its surface is fully constrained. Estimate the maximum temperature drop it can survive, using ΔT = σ_f(1 − ν)/(Eα)."""
    return Q_(300, "MPa") * (1 - 0.22) / (Q_(380, "GPa") * Q_(8.8e-6, "1/K"))


@item(
    S,
    "thermal",
    "mm**2/s",
    "thermal diffusivity D_T = k/(ρc_p)",
    solution="D_T = 237/(2 700 · 900) = 9.75×10⁻⁵ m²/s = 97.5 mm²/s.",
    forms=("tex",),
)
def h5_therm_07():
    r"""Aluminium has a thermal conductivity of $237 \mathrm{~W} \mathrm{~m}^{-1} \mathrm{~K}^{-1}$, a density of $2700 \mathrm{~kg} \mathrm{~m}^{-3}$ and a specific heat of $900 \mathrm{~J} \mathrm{~kg}^{-1} \mathrm{~K}^{-1}$. Calculate its thermal diffusivity in $\mathrm{mm}^{2} \mathrm{~s}^{-1}$."""
    return Q_(237, "W/(m*K)") / (Q_(2700, "kg/m**3") * Q_(900, "J/(kg*K)"))


@item(
    S,
    "thermal",
    "kW",
    "Stefan–Boltzmann emitted power P = εσAT⁴",
    solution="T = 1 273.15 K; P = 0.8 · 5.670×10⁻⁸ · 0.05 · 1273.15⁴ = 5.96×10³ W = 5.96 kW.",
    forms=("spaced_thousands", "tex"),
)
def h5_therm_08():
    r"""A steel ingot surface of area $0.05 \mathrm{~m}^{2}$ and emissivity $0.8$ is at $1\,000^{\circ} \mathrm{C}$. How much power does it radiate, in kW (emitted power only, ignoring absorption from the surroundings)?"""
    return 0.8 * SIGMA_SB * Q_(0.05, "m**2") * kelvin(1000) ** 4


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "degree of polymerisation DP = M_n/m (Callister eq. 14.6); vinyl chloride C₂H₃Cl",
    solution="m = 2 · 12.011 + 3 · 1.008 + 35.45 = 62.50 g/mol; DP = 85 000/62.50 = 1 360.",
    forms=("spaced_thousands",),
)
def h5_poly_01():
    """A poly(vinyl chloride) has a number-average molecular weight of 85 000 g/mol. Compute its number-average degree of polymerisation."""
    repeat = 2 * A_C + 3 * A_H + A_CL
    return 85_000 / repeat


@item(
    S,
    "polymers",
    "dimensionless",
    "M_n = Σx_iM_i; M_w = Σx_iM_i²/Σx_iM_i; PDI = M_w/M_n",
    decimals=3,
    solution="M_n = 0.10·10 000 + 0.25·20 000 + 0.35·30 000 + 0.20·40 000 + 0.10·50 000 = 29 500 g/mol; Σx_iM_i² = 9.95×10⁸, M_w = 9.95×10⁸/29 500 = 33 729 g/mol; PDI = 1.143.",
    forms=("multi_step", "spaced_thousands"),
)
def h5_poly_02():
    """The molecular-weight distribution of a polystyrene sample is given as number fractions:

    | M_i (g/mol) | x_i |
    |---|---|
    | 10 000 | 0.10 |
    | 20 000 | 0.25 |
    | 30 000 | 0.35 |
    | 40 000 | 0.20 |
    | 50 000 | 0.10 |

    Calculate the polydispersity index M_w/M_n to three decimal places."""
    table = [(10_000, 0.10), (20_000, 0.25), (30_000, 0.35), (40_000, 0.20), (50_000, 0.10)]
    mn = sum(x * m for m, x in table)
    mw = sum(x * m * m for m, x in table) / mn
    return mw / mn


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister eq. 14.8)",
    solution="0.946 · (0.904 − 0.855)/(0.904 · (0.946 − 0.855)) = 0.046354/0.082264 = 0.5635 = 56.3 %.",
    forms=("percent",),
)
def h5_poly_03():
    """Isotactic polypropylene has densities of 0.946 g/cm³ when totally crystalline and 0.855 g/cm³ when totally amorphous. A moulded part has a density of 0.904 g/cm³. What is its percent crystallinity?"""
    rc, ra, rs = 0.946, 0.855, 0.904
    return Q_(rc * (rs - ra) / (rs * (rc - ra)), "dimensionless")


@item(
    S,
    "polymers",
    "dimensionless",
    "copolymer m̄ = f_S m_S + f_B m_B with m̄ = M_n/DP",
    solution="m̄ = 105 000/1 500 = 70.0 g/mol; m_S (C₈H₈) = 104.15, m_B (C₄H₆) = 54.09; f_S = (70.0 − 54.09)/(104.15 − 54.09) = 0.318, so f_B = 0.682.",
    forms=("multi_step",),
)
def h5_poly_04():
    """A random styrene–butadiene copolymer has a number-average molecular weight of 105,000 g/mol and a degree of polymerization of 1,500. What is the fraction of butadiene repeat units in the chain?"""
    m_s = 8 * A_C + 8 * A_H
    m_b = 4 * A_C + 6 * A_H
    mean = 105_000 / 1_500
    return (m_s - mean) / (m_s - m_b)


@item(
    S,
    "polymers",
    "nm",
    "random-walk end-to-end distance r = d√N with N = 2·DP backbone C–C bonds",
    solution="DP = 280 000/28.054 = 9 981; N = 2 · 9 981 = 19 962 bonds; r = 0.154 nm · √19 962 = 21.8 nm.",
    forms=("multi_step", "unicode"),
)
def h5_poly_05():
    """A linear polyethylene has a number-average molecular weight of 280 000 g/mol. Taking the C–C bond length as 0.154 nm and treating the chain as a random walk of backbone bonds (r = d√N), estimate its average end-to-end distance in nm."""
    dp = 280_000 / (2 * A_C + 4 * A_H)
    return Q_(0.154, "nm") * math.sqrt(2 * dp)


@item(
    S,
    "polymers",
    "MPa",
    "stress relaxation σ(t) = σ₀ exp(−t/τ)",
    solution="τ = 60/ln(8.0/5.5) = 60/0.3747 = 160.1 s; σ(150 s) = 8.0 exp(−150/160.1) = 8.0 · 0.3918 = 3.13 MPa.",
    forms=("multi_step",),
)
def h5_poly_06():
    """A rubber band held at constant strain relaxes from an initial stress of 8.0 MPa to 5.5 MPa in 60 s. Assuming the stress decays as σ₀ exp(−t/τ), what is the stress after 150 s?"""
    tau = Q_(60, "s") / math.log(8.0 / 5.5)
    return Q_(8.0, "MPa") * math.exp(-num(Q_(150, "s") / tau))


@item(
    S,
    "polymers",
    "percent",
    "one S atom per crosslink, one crosslink site per two isoprene (C₅H₈) units; wt% S = m_S/(m_S + m_isoprene)",
    solution="Per 100 isoprene units 50 sites, 20 % used → 10 S atoms; 10 · 32.06 = 320.6 g vs 100 · 68.12 = 6 812 g; wt% S = 320.6/7 132.6 = 4.50 %.",
    forms=("percent", "multi_step"),
)
def h5_poly_07():
    """Natural rubber (cis-polyisoprene, C₅H₈) is vulcanised with sulphur. Assume each crosslink consists of a single sulphur atom joining two isoprene repeat units, so that at most one crosslink forms per two repeat units. What weight percent of sulphur must be added for 20 % of the possible crosslinks to form? (S: 32.06 g/mol.)"""
    m_iso = 5 * A_C + 8 * A_H
    sulphur = 100 / 2 * 0.20 * 32.06
    return Q_(sulphur / (sulphur + 100 * m_iso), "dimensionless")


@item(
    S,
    "polymers",
    None,
    "DP = M_n/m needs the repeat-unit weight of a named polymer",
    refuse="'nylon' names a family (nylon 6, 6,6, 11, 12, ...) whose repeat units differ in mass, so the degree of polymerisation is ambiguous",
    solution="DP = M_n/m: m depends on which nylon is meant.",
    forms=("must_refuse",),
)
def h5_poly_08():
    """A nylon fibre has a number-average molecular weight of 30 000 g/mol. What is its degree of polymerisation?"""
    return None


@item(
    S,
    "polymers",
    "dimensionless",
    "WLF log a_T = −C₁(T − T_g)/(C₂ + T − T_g)",
    rel_tol=0.05,
    solution="log a_T = −17.44 · 20/(51.6 + 20) = −4.8715; a_T = 10^−4.8715 = 1.34×10⁻⁵.",
    forms=("tex", "sig_figs"),
)
def h5_poly_09():
    r"""Using the WLF equation $\log a_{T}=-C_{1}\left(T-T_{g}\right) /\left(C_{2}+T-T_{g}\right)$ with the universal constants $C_{1}=17.44$ and $C_{2}=51.6 \mathrm{~K}$, calculate the shift factor $a_{T}$ at $120^{\circ} \mathrm{C}$ for a polymer with $T_{g}=100^{\circ} \mathrm{C}$. Give two significant figures."""
    dt = 20
    return 10 ** (-17.44 * dt / (51.6 + dt))


# ---------------------------------------------------------------- ceramics and composites


@item(
    S,
    "ceramics_composites",
    "GPa",
    "isostress (transverse) modulus 1/E_ct = V_m/E_m + V_f/E_f (Callister eq. 16.16)",
    solution="1/E = 0.45/3.5 + 0.55/230 = 0.12857 + 0.00239 = 0.13096 GPa⁻¹; E = 7.64 GPa.",
    forms=("plain",),
)
def h5_cc_01():
    """A unidirectional carbon-fibre/epoxy lamina contains 55 vol% fibres (E = 230 GPa) in an epoxy matrix (E = 3.5 GPa). Estimate its elastic modulus perpendicular to the fibres."""
    return 1 / (0.45 / Q_(3.5, "GPa") + 0.55 / Q_(230, "GPa"))


@item(
    S,
    "ceramics_composites",
    "MPa",
    "longitudinal strength σ*_cl = σ'_m(1 − V_f) + σ*_f V_f (Callister eq. 16.17)",
    solution="σ*_cl = 45 · 0.60 + 3 500 · 0.40 = 27 + 1 400 = 1 427 MPa. The densities are not needed.",
    forms=("distractor", "spaced_thousands"),
)
def h5_cc_02():
    """An aligned, continuous aramid-fibre composite contains 40 vol% fibres. The fibre tensile strength is 3 500 MPa, and the matrix stress at the fibre failure strain is 45 MPa. The fibre and matrix densities are 1.44 and 1.20 g/cm³. Estimate the longitudinal tensile strength of the composite."""
    return Q_(45, "MPa") * 0.60 + Q_(3500, "MPa") * 0.40


@item(
    S,
    "ceramics_composites",
    "percent",
    "isostrain load sharing F_f/F_m = E_fV_f/(E_mV_m); fibre share = E_fV_f/(E_fV_f + E_mV_m)",
    solution="E_fV_f = 72.5 · 0.35 = 25.375; E_mV_m = 2.4 · 0.65 = 1.56; share = 25.375/26.935 = 0.942 = 94.2 %.",
    forms=("percent",),
)
def h5_cc_03():
    """A glass-fibre-reinforced polyester (E_f = 72.5 GPa, E_m = 2.4 GPa) with 35 vol% aligned fibres is loaded elastically along the fibre direction. What percentage of the load do the fibres carry?"""
    ff = 72.5 * 0.35
    fm = 2.4 * 0.65
    return Q_(ff / (ff + fm), "dimensionless")


@item(
    S,
    "ceramics_composites",
    "GPa",
    "porosity dependence E = E₀(1 − 1.9P + 0.9P²) (Callister eq. 12.9)",
    solution="E = 393 · (1 − 1.9 · 0.08 + 0.9 · 0.0064) = 393 · 0.85376 = 335.5 GPa.",
    forms=("plain",),
)
def h5_cc_04():
    """Fully dense alumina has an elastic modulus of 393 GPa. Estimate the modulus of a sintered alumina containing 8 vol% porosity, using E = E0(1 − 1.9P + 0.9P^2)."""
    p = 0.08
    return Q_(393, "GPa") * (1 - 1.9 * p + 0.9 * p**2)


@item(
    S,
    "ceramics_composites",
    "MPa",
    "three-point bend, rectangular section σ_fs = 3F_fL/(2bd²) (Callister eq. 12.7a)",
    solution="σ_fs = 3 · 420 N · 40 mm/(2 · 6 mm · (4 mm)²) = 50 400/192 = 262.5 MPa. The bar length is not the span and is not needed.",
    forms=("distractor", "unicode"),
)
def h5_cc_05():
    """A silicon nitride bar 50 mm long, 6 mm wide and 4 mm thick is broken in three-point bending over a support span of 40 mm; it fails at a load of 420 N. Calculate its flexural strength in MPa."""
    return 3 * Q_(420, "N") * Q_(40, "mm") / (2 * Q_(6, "mm") * Q_(4, "mm") ** 2)


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "rock salt: 4 formula units per cubic cell; ρ = n'(ΣA_C + ΣA_A)/(a³N_A)",
    solution="a³ = (0.4213×10⁻⁷ cm)³ = 7.478×10⁻²³ cm³; ρ = 4 · (24.305 + 15.999)/(7.478×10⁻²³ · 6.022×10²³) = 161.22/45.03 = 3.58 g/cm³.",
    forms=("tex",),
)
def h5_cc_06():
    r"""Magnesium oxide has the rock-salt structure with a lattice parameter of $0.4213 \mathrm{~nm}$. Using $A_{\mathrm{Mg}}=24.305 \mathrm{~g} / \mathrm{mol}$ and $A_{\mathrm{O}}=15.999 \mathrm{~g} / \mathrm{mol}$, compute the theoretical density of MgO in $\mathrm{g} / \mathrm{cm}^{3}$."""
    return 4 * Q_(24.305 + 15.999, "g/mol") / (Q_(0.4213, "nm") ** 3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "MN*m/kg",
    "isostrain modulus E = E_fV_f + E_mV_m and ρ = ρ_fV_f + ρ_mV_m; specific modulus E/ρ",
    solution="E = 240 · 0.60 + 3.2 · 0.40 = 145.28 GPa; ρ = 1.80 · 0.60 + 1.25 · 0.40 = 1.58 g/cm³; E/ρ = 145.28×10⁹/1580 = 9.19×10⁷ N m/kg = 91.9 MN m/kg.",
    forms=("multi_step", "unit_form"),
)
def h5_cc_07():
    """A unidirectional carbon/epoxy composite has 60 vol% fibres (E = 240 GPa, ρ = 1.80 g/cm³) in epoxy (E = 3.2 GPa, ρ = 1.25 g/cm³). Calculate its specific modulus along the fibres, E/ρ, in MN·m/kg."""
    vf = 0.60
    e = Q_(240, "GPa") * vf + Q_(3.2, "GPa") * (1 - vf)
    rho = Q_(1.80, "g/cm**3") * vf + Q_(1.25, "g/cm**3") * (1 - vf)
    return e / rho


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Weibull size effect σ₂ = σ₁(V₁/V₂)^(1/m) at equal failure probability",
    solution="σ₂ = 350 MPa · (1/10)^(1/8) = 350 · 0.7499 = 262 MPa.",
    forms=("unicode",),
)
def h5_cc_08():
    """Small test bars of a silicon carbide (Weibull modulus m = 8) have a median strength of 350 MPa. Estimate the median strength of components whose stressed volume is 10 times that of the test bars (σ₂ = σ₁(V₁/V₂)^{1/m})."""
    return Q_(350, "MPa") * (1 / 10) ** (1 / 8)


@item(
    S,
    "ceramics_composites",
    "percent",
    "porosity P = 1 − ρ_bulk/ρ_theoretical",
    solution="P = 1 − 3.45/3.98 = 0.1332 = 13.3 %. The sintering temperature is not needed.",
    forms=("percent", "distractor"),
)
def h5_cc_09():
    """An alumina refractory brick, fired at 1 600 °C, has a bulk density of 3.45 g/cm³. The theoretical density of alumina is 3.98 g/cm³. What is the volume percent porosity of the brick?"""
    return Q_(1 - 3.45 / 3.98, "dimensionless")


# ---------------------------------------------------------------- corrosion and electrochemistry


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law m = ItA/(nF)",
    solution="m = 2.8 A · 86 400 s · 65.38 g/mol/(2 · 96 485 C/mol) = 82.0 g.",
    forms=("plain",),
)
def h5_corr_01():
    """A galvanised steel tank loses zinc (Zn → Zn²⁺ + 2e⁻) at an average corrosion current of 2.8 A. What mass of zinc dissolves in 24 h? The atomic weight of zinc is 65.38 g/mol."""
    return Q_(2.8, "A") * Q_(24, "hour") * Q_(65.38, "g/mol") / (2 * F_CONST)


@item(
    S,
    "corrosion",
    "mm/year",
    "corrosion penetration rate CPR = W/(ρAt) (Callister eq. 17.23)",
    solution="CPR = 2.6 g/(7.87 g/cm³ · 150 cm² · 180 d) = 1.2237×10⁻⁵ cm/d = 0.0447 mm/yr (365.25 d).",
    forms=("unit_form",),
)
def h5_corr_02():
    """A mild-steel coupon with an exposed area of 150 cm² loses 2.6 g after 180 days in sea water. Taking the density of steel as 7.87 g/cm³, what is the corrosion penetration rate in mm per year?"""
    return Q_(2.6, "g") / (Q_(7.87, "g/cm**3") * Q_(150, "cm**2") * Q_(180, "day"))


@item(
    S,
    "corrosion",
    "V",
    "Nernst E = ΔE° − (0.0592/n) log([anode ion]/[cathode ion]) at 25 °C",
    solution="Ni is the anode: ΔE° = 0.340 − (−0.250) = 0.590 V; E = 0.590 − (0.05916/2) log(1.2/0.050) = 0.590 − 0.02958 · 1.3802 = 0.549 V.",
    forms=("multi_step", "unicode"),
)
def h5_corr_03():
    """A galvanic cell is built from a copper electrode in 0.050 M Cu²⁺ and a nickel electrode in 1.2 M Ni²⁺ at 25 °C. The standard potentials are E°(Cu²⁺/Cu) = +0.340 V and E°(Ni²⁺/Ni) = −0.250 V. What voltage does the cell generate?"""
    t = Q_(298.15, "K")
    nernst = R_GAS * t / (2 * F_CONST) * math.log(1.2 / 0.050)
    return Q_(0.340 - (-0.250), "V") - nernst


@item(
    S,
    "corrosion",
    "microampere/cm**2",
    "penetration rate r = iM/(nFρ) solved for i = rnFρ/M",
    solution="i = 0.12 mm/yr · 2 · 96 485 C/mol · 7.87 g/cm³/55.85 g/mol; 0.12 mm/yr = 3.803×10⁻¹⁰ cm/s, so i = 3.803×10⁻¹⁰ · 192 970 · 0.14091 = 1.034×10⁻⁵ A/cm² = 10.3 µA/cm².",
    forms=("multi_step", "unicode"),
)
def h5_corr_04():
    """Iron (ρ = 7.87 g/cm³, M = 55.85 g/mol) corrodes uniformly to Fe²⁺ at a penetration rate of 0.12 mm per year. What corrosion current density, in µA/cm², does this correspond to?"""
    rate = Q_(0.12, "mm/year")
    return rate * 2 * F_CONST * Q_(7.87, "g/cm**3") / Q_(55.85, "g/mol")


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P–B = A_O ρ_M/(A_M ρ_O) per metal atom",
    decimals=2,
    solution="P–B = (79.87 · 4.51)/(47.87 · 4.23) = 360.21/202.49 = 1.78.",
    forms=("sig_figs",),
)
def h5_corr_05():
    """Titanium (A = 47.87 g/mol, ρ = 4.51 g/cm³) oxidises to rutile TiO₂ (M = 79.87 g/mol, ρ = 4.23 g/cm³). Compute the Pilling–Bedworth ratio, to two decimal places."""
    return (79.87 * 4.51) / (47.87 * 4.23)


@item(
    S,
    "corrosion",
    "mV",
    "Tafel activation polarisation η = β log(i/i₀)",
    solution="|η| = 0.10 V · log(10⁻⁵/10⁻¹⁰) = 0.10 · 5 = 0.50 V = 500 mV.",
    forms=("tex",),
)
def h5_corr_06():
    r"""Hydrogen evolution on a zinc surface has an exchange current density $i_{0}=10^{-10} \mathrm{~A} \mathrm{~cm}^{-2}$ and a Tafel slope of magnitude $\beta=0.10 \mathrm{~V}$ per decade. What is the magnitude of the activation overvoltage, in mV, when hydrogen is evolved at $10^{-5} \mathrm{~A} \mathrm{~cm}^{-2}$?"""
    return Q_(0.10, "V") * math.log10(1e-5 / 1e-10)


@item(
    S,
    "corrosion",
    "day",
    "Faraday's law solved for time t = mnF/(AI)",
    solution="t = 5 000 g · 2 · 96 485/(65.38 · 0.35) = 4.216×10⁷ s = 488 days.",
    forms=("plain",),
)
def h5_corr_07():
    """A 5.0 kg zinc sacrificial anode protects a buried pipe and delivers an average current of 0.35 A. Assuming all the zinc is consumed by the protection current (Zn → Zn²⁺), how many days will the anode last? (A_Zn = 65.38 g/mol.)"""
    return Q_(5.0, "kg") * 2 * F_CONST / (Q_(65.38, "g/mol") * Q_(0.35, "A"))


@item(
    S,
    "corrosion",
    "L",
    "n(H₂) = It/(2F); ideal gas V = nRT/p",
    solution="n = 0.8 · 7 200/(2 · 96 485) = 0.02985 mol; V = 0.02985 · 8.314 · 273.15/101 325 = 6.69×10⁻⁴ m³ = 0.669 L.",
    forms=("multi_step",),
)
def h5_corr_08():
    """Zinc corrodes in hydrochloric acid, the cathodic reaction being 2H⁺ + 2e⁻ → H₂. If the corrosion current is 0.8 A, what volume of hydrogen (measured at 0 °C and 101.325 kPa, ideal gas) is evolved in 2 hours?"""
    moles = Q_(0.8, "A") * Q_(2, "hour") / (2 * F_CONST)
    return moles * R_GAS * Q_(273.15, "K") / Q_(101.325, "kPa")


@item(
    S,
    "corrosion",
    "V",
    "hydrogen electrode E = −(2.303RT/F) pH at 25 °C",
    decimals=3,
    solution="E = −0.05916 · 4.0 = −0.237 V versus SHE.",
    forms=("tex", "sig_figs"),
)
def h5_corr_09():
    r"""Calculate the equilibrium potential of the hydrogen electrode, $2 \mathrm{H}^{+}+2 e^{-} \rightarrow \mathrm{H}_{2}$, at $25^{\circ} \mathrm{C}$ in a solution of $\mathrm{pH}=4.0$ with $p_{\mathrm{H}_{2}}=1 \mathrm{~atm}$. Answer in volts versus SHE, to three decimal places."""
    t = Q_(298.15, "K")
    return -R_GAS * t * math.log(10) / F_CONST * 4.0
