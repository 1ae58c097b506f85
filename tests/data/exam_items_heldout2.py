"""Set heldout2 of the blind exam set: 120 questions over the 14 topics of a qualifying exam.

Written by a question writer who did not read the answer engine, its other exam sets or the
solver's output. Each key is computed in the function body with pint quantities (a unit slip
raises when the builder converts the result to the item's unit); ``solution`` is the worked solution
in words and ``forms`` says how the question is written. An ambiguous question returns a dict of its
standard readings; a question that cannot be answered from its givens returns None and says why.
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

S = "heldout2"


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "ρ = nA/(V_C N_A), BCC n = 2 (Callister ch. 3)",
    solution="BCC has n = 2 atoms per cell; ρ = 2A/(a³N_A) with a = 3.306 Å.",
    forms=("unicode", "unit_form"),
)
def h2_cryst_01():
    """Tantalum crystallises in the body-centred cubic structure with a = 3.306 Å; its atomic mass is 180.95 g/mol. What is its theoretical density, expressed in kg/m³?"""
    a = Q_(3.306, "angstrom")
    return 2 * Q_(180.95, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "d_hkl = a/√(h²+k²+l²), Bragg λ = 2d sinθ",
    solution="d(311) = a/√11 = 1.0625 Å; sinθ = λ/(2d) = 0.7250, θ = 46.47°, 2θ = 92.9°.",
    forms=("tex",),
)
def h2_cryst_02():
    r"""Nickel is FCC with lattice parameter $a = 3.524 \mathrm{~\AA}$. A powder pattern is recorded with Cu K$\alpha_1$ radiation ($\lambda = 1.5406 \mathrm{~\AA}$). At what diffraction angle $2\theta$ (in degrees) does the (311) reflection appear?"""
    a, lam = 3.524, 1.5406
    d = a / math.sqrt(3**2 + 1 + 1)
    return Q_(2 * math.degrees(math.asin(lam / (2 * d))), "degree")


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Bragg's law, cubic d-spacing, BCC a = 4R/√3",
    solution="θ = 32.51°; d(200) = λ/(2 sinθ) = 0.1433 nm; a = 2·d(200) = 0.2866 nm; R = √3a/4 = 0.1241 nm.",
    forms=("multi_step",),
)
def h2_cryst_03():
    """An unknown BCC metal gives its (200) reflection at 2θ = 65.02° when irradiated with X-rays of wavelength 0.15406 nm (first order). Determine the atomic radius of the metal in nanometres."""
    lam = Q_(0.15406, "nm")
    theta = math.radians(65.02 / 2)
    d200 = lam / (2 * math.sin(theta))
    a = d200 * math.sqrt(4)
    return math.sqrt(3) * a / 4


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Angle between cubic directions: cos α = u·v/(|u||v|)",
    solution="cos α = (1·1 + 1·1 + 1·0)/(√3·√2) = 0.8165, α = 35.26°.",
    forms=("plain",),
)
def h2_cryst_04():
    """In a cubic crystal, what is the angle between the [111] and [110] directions? Give the answer in degrees."""
    u, v = (1, 1, 1), (1, 1, 0)
    dot = sum(x * y for x, y in zip(u, v, strict=True))
    norm = math.sqrt(sum(x * x for x in u)) * math.sqrt(sum(x * x for x in v))
    return Q_(math.degrees(math.acos(dot / norm)), "degree")


@item(
    S,
    "crystallography_xrd",
    "1/m**2",
    "FCC (111) planar density: 2 atoms on an equilateral triangle of side 4R, area 4√3 R²",
    solution="The (111) triangle of side a√2 = 4R holds 3·1/6 + 3·1/2 = 2 atoms on area 4√3R²: PD = 1/(2√3R²).",
    forms=("tex", "unit_form"),
)
def h2_cryst_05():
    r"""Calculate the planar density of atoms on the (111) plane of nickel (FCC, atomic radius $R = 0.1246 \mathrm{~nm}$). Express the result in atoms per $\mathrm{m}^{2}$."""
    r_at = Q_(0.1246, "nm")
    return 1 / (2 * math.sqrt(3) * r_at**2)


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "a³ = nA/(ρN_A), FCC n = 4",
    solution="a³ = 4·196.97/(19.32 g/cm³ · N_A) = 6.772×10⁻²³ cm³; a = 4.076 Å. Melting point and modulus are not needed.",
    forms=("distractor", "unicode"),
)
def h2_cryst_06():
    """Gold (FCC) has an atomic weight of 196.97 g/mol, a density of 19.32 g/cm³, a melting point of 1064 °C and a Young's modulus of 79 GPa. From these data calculate the cubic lattice parameter of gold in ångströms."""
    return (4 * Q_(196.97, "g/mol") / (Q_(19.32, "g/cm**3") * AVOGADRO)) ** (1 / 3)


@item(
    S,
    "crystallography_xrd",
    None,
    "ρ = nA/(V_C N_A) needs the atomic weight",
    refuse="the metal and its atomic weight are not given, so the density cannot be computed from the lattice parameter alone",
    solution="ρ = 4A/(a³N_A): A is unknown, so no density follows.",
    forms=("must_refuse",),
)
def h2_cryst_07():
    """A metal has the face-centred cubic structure with a lattice parameter of 0.3608 nm. Calculate its theoretical density in g/cm³."""
    return None


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law with FCC d(111) = a/√3; 'diffraction angle' read as 2θ (the diffractometer angle) or as the Bragg angle θ",
    solution="d(111) = 0.405/√3 = 0.2338 nm; sinθ = 0.1542/(2·0.2338) = 0.3297; θ = 19.25°, 2θ = 38.50°. 'Diffraction angle' is 2θ in Callister's usage, θ in many physics texts: both readings are listed.",
    forms=("ambiguous",),
)
def h2_cryst_08():
    """Aluminium (FCC, a = 0.405 nm) is examined with X-rays of wavelength 0.1542 nm. Calculate the diffraction angle for the first-order reflection from the (111) planes."""
    d = 0.405 / math.sqrt(3)
    theta = math.degrees(math.asin(0.1542 / (2 * d)))
    return {"2θ": Q_(2 * theta, "degree"), "θ": Q_(theta, "degree")}


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "n = ρ a³ N_A / A (Callister ch. 3)",
    abs_tol=0.1,
    solution="n = ρa³N_A/A = 7.19 g/cm³ · (2.885×10⁻⁸ cm)³ · N_A / 52.00 g/mol = 2.00 atoms per cell (BCC).",
    forms=("multi_step",),
)
def h2_cryst_09():
    """Chromium has a cubic unit cell with edge length 0.2885 nm, a density of 7.19 g/cm³ and an atomic weight of 52.00 g/mol. How many atoms are there in each unit cell?"""
    n = Q_(7.19, "g/cm**3") * Q_(0.2885, "nm") ** 3 * AVOGADRO / Q_(52.00, "g/mol")
    return round(num(n))


# ---------------------------------------------------------------- point defects


@item(
    S,
    "point_defects",
    "dimensionless",
    "N_v/N = exp(−Q_v/kT)",
    solution="kT = 8.617×10⁻⁵ eV/K · 1273.15 K = 0.1097 eV; N_v/N = exp(−0.90/0.1097) = 2.74×10⁻⁴.",
    forms=("plain",),
)
def h2_defect_01():
    """The energy for vacancy formation in copper is 0.90 eV/atom. Calculate the equilibrium fraction of lattice sites that are vacant at 1000 °C."""
    return math.exp(-num(Q_(0.90, "eV") / (K_BOLTZ * kelvin(1000))))


@item(
    S,
    "point_defects",
    "1/m**3",
    "N = ρN_A/A; N_v = N exp(−Q_v/kT)",
    solution="N = 2.70 g/cm³ · N_A / 26.98 g/mol = 6.03×10²⁸ m⁻³; at 933.15 K, N_v = N exp(−0.68 eV/kT) = 6.03×10²⁸ · 2.13×10⁻⁴.",
    forms=("tex", "multi_step"),
)
def h2_defect_02():
    r"""For aluminium the vacancy formation energy is $0.68 \mathrm{~eV}$, the density is $2.70 \mathrm{~g/cm^{3}}$ and the atomic weight is $26.98 \mathrm{~g/mol}$. Compute the number of vacancies per cubic metre at $660^{\circ}\mathrm{C}$."""
    n_sites = Q_(2.70, "g/cm**3") * AVOGADRO / Q_(26.98, "g/mol")
    return n_sites * math.exp(-num(Q_(0.68, "eV") / (K_BOLTZ * kelvin(660))))


@item(
    S,
    "point_defects",
    "eV",
    "ln(c₂/c₁) = (Q_v/k)(1/T₁ − 1/T₂)",
    solution="Q_v = k ln(5.6×10⁻⁴/2.0×10⁻⁵)/(1/700 − 1/900) = 8.617×10⁻⁵ · 3.332/3.175×10⁻⁴ = 0.904 eV.",
    forms=("tex", "multi_step"),
)
def h2_defect_03():
    r"""The equilibrium vacancy fraction in a metal is $2.0 \times 10^{-5}$ at 700 K and $5.6 \times 10^{-4}$ at 900 K. Assuming an Arrhenius dependence, what is the vacancy formation energy in eV?"""
    ratio = 5.6e-4 / 2.0e-5
    return K_BOLTZ * math.log(ratio) / (1 / Q_(700, "K") - 1 / Q_(900, "K"))


@item(
    S,
    "point_defects",
    "degC",
    "N_v/N = exp(−Q_v/kT) solved for T",
    solution="exp(−Q/kT) = 10⁻⁴ → T = Q/(k ln 10⁴) = 1.08/(8.617×10⁻⁵ · 9.210) = 1360.7 K = 1087.6 °C.",
    forms=("spaced_thousands", "unicode"),
)
def h2_defect_04():
    """A metal has a vacancy formation energy of 1.08 eV. At what temperature, in °C, is one lattice site in every 10 000 vacant?"""
    t = Q_(1.08, "eV") / (K_BOLTZ * math.log(10_000))
    return t.to("K")


@item(
    S,
    "point_defects",
    "dimensionless",
    "Schottky pairs: n_s/N = exp(−Q_s/2kT)",
    solution="A Schottky pair makes one cation and one anion vacancy: n_s/N = exp(−Q_s/(2kT)) = exp(−2.3/(2 · 8.617×10⁻⁵ · 1073.15)) = 3.97×10⁻⁶.",
    forms=("unicode",),
)
def h2_defect_05():
    """The energy to form a Schottky defect (a cation–anion vacancy pair) in NaCl is 2.3 eV. What fraction of the Na⁺ sites is vacant at 800 °C?"""
    return math.exp(-num(Q_(2.3, "eV") / (2 * K_BOLTZ * kelvin(800))))


@item(
    S,
    "point_defects",
    "percent",
    "at% from wt%: C'_1 = (C_1/A_1)/(C_1/A_1 + C_2/A_2)",
    solution="Cu: 5/63.55 = 0.07868 mol; Al: 95/26.98 = 3.5211 mol; at% Cu = 0.07868/3.5998 = 2.19 at%.",
    forms=("percent",),
)
def h2_defect_06():
    """An aluminium alloy contains 5.0 wt% Cu, the rest Al. Atomic weights: Cu 63.55 g/mol, Al 26.98 g/mol. What is the composition in atom percent copper?"""
    cu, al = 5.0 / 63.55, 95.0 / 26.98
    return Q_(cu / (cu + al), "")


@item(
    S,
    "point_defects",
    "percent",
    "wt% from at%: C_1 = C'_1A_1/(C'_1A_1 + C'_2A_2)",
    solution="Sn: 3 · 118.71 = 356.1; Pb: 97 · 207.2 = 20 098; wt% Sn = 356.1/20 454 = 1.74 wt%. The lead density is not needed.",
    forms=("distractor", "percent"),
)
def h2_defect_07():
    """A lead–tin solder contains 3.0 at.% Sn. Taking A(Sn) = 118.71 g/mol, A(Pb) = 207.2 g/mol and ρ(Pb) = 11.35 g/cm³, convert the tin content to weight percent."""
    sn, pb = 3.0 * 118.71, 97.0 * 207.2
    return Q_(sn / (sn + pb), "")


@item(
    S,
    "point_defects",
    "1/cm**3",
    "ρ_alloy = 100/(C₁/ρ₁ + C₂/ρ₂); N_Ni = C_Ni ρ_alloy N_A / A_Ni",
    solution="ρ_alloy = 100/(40/8.90 + 60/8.94) = 8.924 g/cm³; N_Ni = 0.40 · 8.924 · N_A / 58.69 = 3.66×10²² cm⁻³.",
    forms=("multi_step", "tex"),
)
def h2_defect_08():
    r"""A copper–nickel alloy contains 40 wt% Ni and 60 wt% Cu. The densities are $\rho_{\mathrm{Ni}} = 8.90$ and $\rho_{\mathrm{Cu}} = 8.94 \mathrm{~g\,cm^{-3}}$, atomic weights 58.69 and 63.55 g/mol. How many nickel atoms are there per cubic centimetre of alloy?"""
    rho = Q_(100 / (40 / 8.90 + 60 / 8.94), "g/cm**3")
    return 0.40 * rho * AVOGADRO / Q_(58.69, "g/mol")


@item(
    S,
    "point_defects",
    "1/inch**2",
    "ASTM grain size: n = 2^(G−1) grains per in² at 100×",
    solution="n = 2^(7.5 − 1) = 2^6.5 = 90.5 grains per square inch at 100×.",
    forms=("plain",),
)
def h2_defect_09():
    """A steel has an ASTM grain size number of 7.5. How many grains per square inch would be seen in a micrograph taken at a magnification of 100×?"""
    # a count per area (grains per in²), as the question asks it
    return Q_(2 ** (7.5 - 1), "1/inch**2")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "kg/(m**2*s)",
    "Fick's first law J = −D dC/dx",
    solution="dC/dx = (0.8 − 1.2)/(10 − 5 mm) = −80 kg/m⁴; J = 3×10⁻¹¹ · 80 = 2.4×10⁻⁹ kg m⁻² s⁻¹.",
    forms=("tex",),
)
def h2_diff_01():
    r"""Carbon diffuses through an iron plate at steady state. At depths of 5 mm and 10 mm below the carburising surface the carbon concentrations are 1.2 and $0.8 \mathrm{~kg/m^{3}}$. The diffusion coefficient is $3 \times 10^{-11} \mathrm{~m^{2}/s}$. Calculate the diffusion flux in $\mathrm{kg\,m^{-2}\,s^{-1}}$."""
    d = Q_(3e-11, "m**2/s")
    grad = (Q_(0.8, "kg/m**3") - Q_(1.2, "kg/m**3")) / (Q_(10, "mm") - Q_(5, "mm"))
    return -d * grad


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q_d/RT)",
    solution="T = 773.15 K; D = 6.5×10⁻⁵ exp(−136 000/(8.314 · 773.15)) = 4.2×10⁻¹⁴ m²/s.",
    forms=("spaced_thousands",),
)
def h2_diff_02():
    """For copper diffusing in aluminium, D0 = 6.5 × 10^-5 m^2/s and the activation energy is 136 000 J/mol. Compute the diffusion coefficient at 500 °C."""
    return Q_(6.5e-5, "m**2/s") * math.exp(-num(Q_(136_000, "J/mol") / (R_GAS * kelvin(500))))


@item(
    S,
    "diffusion",
    "kJ/mol",
    "Q_d = R ln(D₂/D₁)/(1/T₁ − 1/T₂)",
    solution="T₁ = 873.15 K, T₂ = 1073.15 K; Q = 8.314 · ln(5.7×10⁻¹⁵/3.1×10⁻¹⁷)/(1/873.15 − 1/1073.15) = 8.314 · 5.214/2.134×10⁻⁴ = 203 kJ/mol.",
    forms=("unicode",),
)
def h2_diff_03():
    """The diffusion coefficient of a substitutional solute in a metal is 3.1 × 10⁻¹⁷ m²/s at 600 °C and 5.7 × 10⁻¹⁵ m²/s at 800 °C. Determine the activation energy for diffusion in kJ/mol."""
    ratio = 5.7e-15 / 3.1e-17
    return R_GAS * math.log(ratio) / (1 / kelvin(600) - 1 / kelvin(800))


@item(
    S,
    "diffusion",
    "hour",
    "(C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt))",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.5 = 1 − erf(z) → erf(z) = 0.5, z = 0.4769; t = x²/(4Dz²) = (1.5×10⁻³)²/(4 · 1.6×10⁻¹¹ · 0.2275) = 1.545×10⁵ s = 42.9 h.",
    forms=("unicode", "multi_step"),
)
def h2_diff_04():
    """A steel containing 0.20 wt% C is carburised in an atmosphere that holds the surface at 1.00 wt% C. The diffusion coefficient of carbon at the treatment temperature is 1.6 × 10⁻¹¹ m²/s. How many hours are needed to reach 0.60 wt% C at a depth of 1.5 mm?"""
    from scipy.special import erfinv

    z = erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20))
    x, d = Q_(1.5, "mm"), Q_(1.6e-11, "m**2/s")
    return x**2 / (4 * d * z**2)


@item(
    S,
    "diffusion",
    "percent",
    "D = D₀ exp(−Q/RT); C_x = C_s − (C_s − C₀) erf(x/2√(Dt))",
    solution="D(1223.15 K) = 2.3×10⁻⁵ exp(−148 000/(8.314 · 1223.15)) = 1.10×10⁻¹¹ m²/s; x/2√(Dt) = 0.8×10⁻³/(2√(1.10×10⁻¹¹ · 21 600)) = 0.8205; erf = 0.7541; C = 1.10 − 0.85 · 0.7541 = 0.459 wt% C.",
    forms=("multi_step", "percent"),
)
def h2_diff_05():
    """A 0.25 wt% C steel is carburised at 950 °C for 6 h with the surface held at 1.10 wt% C. For carbon in austenite D0 = 2.3 × 10^-5 m^2/s and Q = 148 kJ/mol. What is the carbon content (wt%) at a depth of 0.8 mm?"""
    from scipy.special import erf

    d = Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(950))))
    z = num(Q_(0.8, "mm") / (2 * (d * Q_(6, "hour")) ** 0.5))
    return Q_(1.10 - (1.10 - 0.25) * erf(z), "percent")


@item(
    S,
    "diffusion",
    "hour",
    "Same profile: Dt = const; t₂ = t₁ exp[(Q/R)(1/T₂ − 1/T₁)]",
    solution="t₂ = 12 h · exp[(145 000/8.314)(1/973.15 − 1/873.15)] = 12 · exp(−2.053) = 1.54 h. D₀ cancels.",
    forms=("distractor",),
)
def h2_diff_06():
    """A diffusion heat treatment at 600 °C takes 12 h to produce a required concentration profile. For this system D0 = 1.2 × 10^-4 m^2/s and Qd = 145 kJ/mol. How long would the same treatment take at 700 °C?"""
    q = Q_(145, "kJ/mol")
    return Q_(12, "hour") * math.exp(num(q / R_GAS * (1 / kelvin(700) - 1 / kelvin(600))))


@item(
    S,
    "diffusion",
    "micrometer",
    "Diffusion distance x ≈ √(Dt) or x ≈ 2√(Dt) (both conventions are taught)",
    solution="Dt = 2.0×10⁻¹⁶ m²/s · 3600 s = 7.2×10⁻¹³ m²; √(Dt) = 0.849 µm; 2√(Dt) = 1.70 µm. Both conventions are standard: both readings are listed.",
    forms=("ambiguous", "tex"),
)
def h2_diff_07():
    r"""Gallium diffuses into silicon at a temperature where $D = 2.0 \times 10^{-16} \mathrm{~m^{2}\,s^{-1}}$. Estimate the characteristic diffusion distance after 1 hour, in $\mu\mathrm{m}$."""
    dt = Q_(2.0e-16, "m**2/s") * Q_(1, "hour")
    return {"√(Dt)": dt**0.5, "2√(Dt)": 2 * dt**0.5}


@item(
    S,
    "diffusion",
    "degC",
    "D = D₀ exp(−Q/RT) solved for T",
    solution="T = Q/(R ln(D₀/D)) = 284 000/(8.314 · ln(1.1×10⁻⁴/1.0×10⁻¹⁴)) = 284 000/(8.314 · 23.12) = 1477 K = 1204 °C.",
    forms=("spaced_thousands", "unicode"),
)
def h2_diff_08():
    """For a substitutional impurity in γ-iron, D₀ = 1.1 × 10⁻⁴ m²/s and Q = 284 000 J/mol. At what temperature (°C) does the diffusion coefficient reach 1.0 × 10⁻¹⁴ m²/s?"""
    t = Q_(284_000, "J/mol") / (R_GAS * math.log(1.1e-4 / 1.0e-14))
    return t.to("K")


@item(
    S,
    "diffusion",
    "m**2/s",
    "Fick's first law solved for D: D = J Δx/ΔC",
    solution="D = J · Δx/ΔC = 2.5×10⁻⁸ · 5×10⁻³/(2.4 − 0.6) = 6.94×10⁻¹¹ m²/s. The sheet area is not needed.",
    forms=("tex", "distractor"),
)
def h2_diff_09():
    r"""Hydrogen passes at steady state through a palladium sheet 5 mm thick and $0.20 \mathrm{~m^{2}}$ in area at 600 K. The measured flux is $2.5 \times 10^{-8} \mathrm{~kg\,m^{-2}\,s^{-1}}$ and the hydrogen concentrations at the two faces are 2.4 and $0.6 \mathrm{~kg\,m^{-3}}$. What is the diffusion coefficient of hydrogen in palladium at this temperature?"""
    return Q_(2.5e-8, "kg/(m**2*s)") * Q_(5, "mm") / Q_(2.4 - 0.6, "kg/m**3")


# ---------------------------------------------------------------- mechanical properties, fracture, fatigue, creep


@item(
    S,
    "mechanical_failure",
    "micrometer",
    "Hooke's law Δl = F l₀/(A₀E)",
    solution="A₀ = π(1.9 mm)² = 11.34 mm²; σ = 2000 N/11.34 mm² = 176.4 MPa; Δl = σl₀/E = 176.4 MPa · 250 mm/107 GPa = 0.412 mm = 412 µm.",
    forms=("unicode", "unit_form", "multi_step"),
)
def h2_mech_01():
    """A cylindrical titanium-alloy specimen (E = 107 GPa) of original diameter 3.8 mm and gauge length 250 mm carries a tensile load of 2000 N, well within its elastic range. How much does it elongate? Give the answer in µm."""
    area = math.pi * (Q_(3.8, "mm") / 2) ** 2
    return Q_(2000, "N") * Q_(250, "mm") / (area * Q_(107, "GPa"))


@item(
    S,
    "mechanical_failure",
    "mm",
    "ε_z = σ/E, ε_x = −νε_z, Δd = ε_x d₀",
    solution="A = π(5 mm)² = 78.54 mm²; σ = 15 000/78.54 = 191.0 MPa; ε_z = 191.0/110 000 = 1.736×10⁻³; Δd = 0.34 · 1.736×10⁻³ · 10 mm = 5.90×10⁻³ mm.",
    forms=("spaced_thousands", "multi_step"),
)
def h2_mech_02():
    """A brass rod 10 mm in diameter is pulled in tension by a force of 15 000 N. For this brass E = 110 GPa and Poisson's ratio is 0.34. By how much does the diameter decrease, in mm, assuming purely elastic deformation?"""
    d0 = Q_(10, "mm")
    stress = Q_(15_000, "N") / (math.pi * (d0 / 2) ** 2)
    return 0.34 * stress / Q_(110, "GPa") * d0


@item(
    S,
    "mechanical_failure",
    None,
    "Δl = F l₀/(A₀E) needs the cross-section",
    refuse="the rod's cross-section (diameter) is not given, so neither the stress nor the elongation can be computed",
    solution="Δl = Fl₀/(A₀E): A₀ is unknown.",
    forms=("must_refuse",),
)
def h2_mech_03():
    """A steel rod 300 mm long is loaded in tension by 25 kN. The steel has a modulus of elasticity of 207 GPa and a yield strength of 450 MPa. How much does the rod elongate elastically?"""
    return None


@item(
    S,
    "mechanical_failure",
    "mm",
    "K_Ic = Yσ√(πa) solved for a (surface crack: a is the full depth)",
    solution="a = (K_Ic/(Yσ))²/π = (26/300)²/π = 2.39×10⁻³ m = 2.39 mm.",
    forms=("tex",),
)
def h2_mech_04():
    r"""A structural component is made of an alloy with plane-strain fracture toughness $K_{Ic} = 26 \mathrm{~MPa}\sqrt{\mathrm{m}}$. It carries a design stress of 300 MPa. Taking $Y = 1.0$, what is the largest surface crack that can be tolerated without fracture? Answer in mm."""
    k_ic = Q_(26, "MPa*m**0.5")
    return (k_ic / (1.0 * Q_(300, "MPa"))) ** 2 / math.pi


@item(
    S,
    "mechanical_failure",
    "dimensionless",
    "σ_a = (σ_max − σ_min)/2; Basquin σ_a = σ'_f(2N_f)^b",
    solution="σ_a = (400 − (−300))/2 = 350 MPa; 2N_f = (350/900)^(1/−0.09) = 36 100 reversals; N_f = 1.80×10⁴ cycles.",
    forms=("multi_step",),
)
def h2_mech_05():
    """A steel shaft is cycled between a maximum stress of +400 MPa and a minimum of −300 MPa. The Basquin relation for the steel is σa = σ'f (2Nf)^b with σ'f = 900 MPa and b = −0.09. Estimate the number of cycles to failure."""
    amplitude = (400 - (-300)) / 2
    return 0.5 * (amplitude / 900) ** (1 / -0.09)


@item(
    S,
    "mechanical_failure",
    "hour",
    "Larson–Miller: LM = T(C + log t_r), T in K, t_r in h, C = 20",
    solution="T = 1073.15 K; log t_r = 24 000/1073.15 − 20 = 2.364; t_r = 231 h.",
    forms=("spaced_thousands", "unicode"),
)
def h2_mech_06():
    """For an iron-base superalloy at the applied stress the Larson–Miller parameter is 24.0 × 10³ (T in K, t_r in h, C = 20). Estimate the rupture lifetime at 800 °C, in hours."""
    t = kelvin(800).to("K").magnitude
    return Q_(10 ** (24.0e3 / t - 20), "hour")


@item(
    S,
    "mechanical_failure",
    "1/hour",
    "ε̇_s = K σⁿ exp(−Q_c/RT): at fixed stress ε̇₂/ε̇₁ = exp[−(Q/R)(1/T₂ − 1/T₁)]",
    solution="ratio = exp[(250 000/8.314)(1/973.15 − 1/1023.15)] = exp(1.510) = 4.53; ε̇ = 4.53×10⁻⁷ s⁻¹ = 1.63×10⁻³ h⁻¹.",
    forms=("tex", "unit_form"),
)
def h2_mech_07():
    r"""At a constant stress, the steady-state creep rate of an alloy is $1.0 \times 10^{-7} \mathrm{~s}^{-1}$ at $700^{\circ}\mathrm{C}$. The activation energy for creep is 250 kJ/mol. Estimate the steady-state creep rate at $750^{\circ}\mathrm{C}$ under the same stress, in $\mathrm{h}^{-1}$."""
    q = Q_(250, "kJ/mol")
    ratio = math.exp(-num(q / R_GAS * (1 / kelvin(750) - 1 / kelvin(700))))
    return Q_(1.0e-7, "1/s") * ratio


@item(
    S,
    "mechanical_failure",
    "kJ/m**3",
    "Modulus of resilience U_r = σ_y²/(2E)",
    solution="U_r = (550×10⁶)²/(2 · 207×10⁹) = 7.31×10⁵ J/m³ = 731 kJ/m³. Tensile strength and elongation are not needed.",
    forms=("distractor", "unit_form"),
)
def h2_mech_08():
    """A spring steel has a yield strength of 550 MPa, a tensile strength of 760 MPa, an elongation at fracture of 12 % and an elastic modulus of 207 GPa. Compute its modulus of resilience in kJ/m^3."""
    return Q_(550, "MPa") ** 2 / (2 * Q_(207, "GPa"))


@item(
    S,
    "mechanical_failure",
    "MPa",
    "Schmid's law σ_y = τ_CRSS/(cosφ cosλ)",
    solution="cosφ = [001]·[111]/√3 = 1/√3; cosλ = [001]·[1̄01]/√2 = 1/√2; m = 0.408; σ_y = 1.2/0.408 = 2.94 MPa.",
    forms=("multi_step",),
)
def h2_mech_09():
    """A single crystal of an FCC metal is pulled in tension along [001]. Slip occurs on the (111) plane in the [-101] direction, and the critical resolved shear stress is 1.2 MPa. What tensile stress is needed to start yielding?"""
    axis, normal, slip = (0, 0, 1), (1, 1, 1), (-1, 0, 1)

    def cos(u, v):
        dot = sum(x * y for x, y in zip(u, v, strict=True))
        return dot / math.sqrt(sum(x * x for x in u) * sum(y * y for y in v))

    return Q_(1.2, "MPa") / (cos(axis, normal) * cos(axis, slip))


# ---------------------------------------------------------------- phase diagrams and the lever rule


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule W_L = (C_α − C₀)/(C_α − C_L)",
    solution="W_L = (43 − 35)/(43 − 32) = 0.727 = 72.7 %.",
    forms=("percent",),
)
def h2_phase_01():
    """A copper–nickel alloy of 35 wt% Ni is held at 1250 °C, where liquid of 32 wt% Ni coexists with α solid solution of 43 wt% Ni. What percentage of the alloy (by mass) is liquid?"""
    return Q_((43 - 35) / (43 - 32), "")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule across the eutectic isotherm: W_primary α = (C_E − C₀)/(C_E − C_α)",
    solution="Just above the eutectic, primary α = (61.9 − 40)/(61.9 − 18.3) = 0.502; it persists just below 183 °C.",
    forms=("unicode",),
)
def h2_phase_02():
    """A Pb–40 wt% Sn alloy is cooled slowly to just below the eutectic temperature (183 °C). At 183 °C the α phase contains 18.3 wt% Sn, the β phase 97.8 wt% Sn and the eutectic composition is 61.9 wt% Sn. What is the mass fraction of primary α?"""
    return (61.9 - 40) / (61.9 - 18.3)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Total α by the lever rule between α and β, minus primary α",
    solution="W_α,total = (97.8 − 40)/(97.8 − 18.3) = 0.727; W_α′ = (61.9 − 40)/(61.9 − 18.3) = 0.502; eutectic α = 0.727 − 0.502 = 0.225.",
    forms=("multi_step", "distractor"),
)
def h2_phase_03():
    """For the same kind of lead–tin alloy, Pb–40 wt% Sn, just below 183 °C (α: 18.3 wt% Sn; β: 97.8 wt% Sn; eutectic: 61.9 wt% Sn; melting point of pure Pb 327 °C), determine the mass fraction of the alloy that is eutectic α, i.e. α inside the eutectic microconstituent."""
    total_alpha = (97.8 - 40) / (97.8 - 18.3)
    primary_alpha = (61.9 - 40) / (61.9 - 18.3)
    return total_alpha - primary_alpha


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule at the eutectoid: W_α′ = (0.76 − C₀)/(0.76 − 0.022)",
    solution="W_α′ = (0.76 − 0.45)/(0.76 − 0.022) = 0.420 = 42.0 %.",
    forms=("percent",),
)
def h2_phase_04():
    """A plain-carbon steel containing 0.45 wt% C is cooled slowly from the austenite region. Using a eutectoid composition of 0.76 wt% C and a maximum ferrite solubility of 0.022 wt% C, what percentage of the microstructure is proeutectoid ferrite?"""
    return Q_((0.76 - 0.45) / (0.76 - 0.022), "")


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule, hypereutectoid: W_Fe3C′ = (C₀ − 0.76)/(6.70 − 0.76)",
    solution="W_Fe₃C′ = (1.10 − 0.76)/(6.70 − 0.76) = 0.0572 = 5.72 %.",
    forms=("tex", "percent"),
)
def h2_phase_05():
    r"""An iron–carbon alloy with $1.10 \mathrm{~wt}\%$ C is slowly cooled to just below the eutectoid temperature. With the eutectoid at $0.76 \mathrm{~wt}\%$ C and cementite at $6.70 \mathrm{~wt}\%$ C, calculate the mass percentage of proeutectoid cementite."""
    return Q_((1.10 - 0.76) / (6.70 - 0.76), "")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule between α (0.022) and Fe₃C (6.70)",
    solution="W_α = (6.70 − 0.60)/(6.70 − 0.022) = 0.913 (proeutectoid plus eutectoid ferrite).",
    forms=("plain",),
)
def h2_phase_06():
    """Compute the total mass fraction of ferrite (proeutectoid plus eutectoid) in a 0.60 wt% C steel just below 727 °C. The ferrite phase contains 0.022 wt% C and cementite 6.70 wt% C."""
    return (6.70 - 0.60) / (6.70 - 0.022)


@item(
    S,
    "phase_diagrams",
    "percent",
    "Mass balance C₀ = W_L C_L + W_α C_α",
    solution="C₀ = 0.60 · 32 + 0.40 · 43 = 36.4 wt% Ni.",
    forms=("unicode",),
)
def h2_phase_07():
    """At 1250 °C a Cu–Ni alloy is found to consist of 60 wt% liquid and 40 wt% α. The tie line at this temperature ends at 32 wt% Ni (liquid) and 43 wt% Ni (α). What is the overall nickel content of the alloy in wt%?"""
    return Q_(0.60 * 32 + 0.40 * 43, "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at constant pressure: F = C − P + 1",
    abs_tol=0.0,
    solution="F = C − P + 1 = 3 − 2 + 1 = 2.",
    forms=("plain",),
)
def h2_phase_08():
    """In a ternary (three-component) alloy system at fixed pressure, two phases are in equilibrium. How many degrees of freedom does the system have?"""
    return 3 - 2 + 1


@item(
    S,
    "phase_diagrams",
    "g",
    "Lever rule W_p = (C₀ − 0.022)/(0.76 − 0.022); mass = W_p m",
    solution="W_p = (0.35 − 0.022)/(0.76 − 0.022) = 0.4444; pearlite mass = 0.4444 · 2.5 kg = 1.111 kg = 1111 g. The density is not needed.",
    forms=("distractor", "multi_step", "unit_form"),
)
def h2_phase_09():
    """A 2.5 kg casting of a 0.35 wt% C steel (density 7.85 g/cm³) is slowly cooled to room temperature. How many grams of pearlite does it contain? Use 0.022 wt% C for ferrite and 0.76 wt% C for the eutectoid."""
    return (0.35 - 0.022) / (0.76 - 0.022) * Q_(2.5, "kg")


# ---------------------------------------------------------------- thermodynamics and kinetics of transformations


@item(
    S,
    "transformations",
    "s",
    "Avrami y = 1 − exp(−k tⁿ)",
    solution="k = −ln(0.70)/100³ = 3.567×10⁻⁷ s⁻³; t = (−ln(0.20)/k)^(1/3) = (4.512×10⁶)^(1/3) = 165 s.",
    forms=("multi_step",),
)
def h2_trans_01():
    """The recrystallisation of a cold-worked metal follows the Avrami equation with n = 3. After 100 s the fraction recrystallised is 0.30. How long does it take to reach 80 % recrystallisation (in s)?"""
    k = -math.log(1 - 0.30) / 100**3
    return Q_((-math.log(1 - 0.80) / k) ** (1 / 3), "s")


@item(
    S,
    "transformations",
    "nm",
    "Homogeneous nucleation r* = −2γT_m/(ΔH_f ΔT)",
    solution="r* = 2 · 0.177 · 1358 K/(1.77×10⁹ J/m³ · 236 K) = 1.15×10⁻⁹ m = 1.15 nm.",
    forms=("tex",),
)
def h2_trans_02():
    r"""For the solidification of copper, the latent heat of fusion is $-1.77 \times 10^{9} \mathrm{~J/m^{3}}$, the solid–liquid surface free energy is $0.177 \mathrm{~J/m^{2}}$ and the melting point is $1085^{\circ}\mathrm{C}$. Calculate the critical radius of a homogeneous nucleus for a supercooling of 236 K, in nm."""
    tm = kelvin(1085)
    return 2 * Q_(0.177, "J/m**2") * tm / (Q_(1.77e9, "J/m**3") * Q_(236, "K"))


@item(
    S,
    "transformations",
    "J",
    "ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²)",
    solution="ΔG* = 16π · 0.177³ · 1358²/(3 · (1.77×10⁹)² · 236²) = 9.8×10⁻¹⁹ J.",
    forms=("unicode",),
)
def h2_trans_03():
    """Using ΔHf = −1.77 × 10⁹ J/m³, γ = 0.177 J/m², Tm = 1358 K and an undercooling ΔT = 236 K, compute the activation free energy ΔG* for forming a homogeneous nucleus of solid copper, in joules."""
    gamma, tm, dh, dt = (
        Q_(0.177, "J/m**2"),
        Q_(1358, "K"),
        Q_(1.77e9, "J/m**3"),
        Q_(236, "K"),
    )
    return 16 * math.pi * gamma**3 * tm**2 / (3 * dh**2 * dt**2)


@item(
    S,
    "transformations",
    "dimensionless",
    "r* from classical nucleation; atoms = (4/3)πr*³ · 4/a³ (FCC)",
    solution="r* = 2 · 0.177 · 1358/(1.77×10⁹ · 236) = 1.151 nm; V* = (4/3)π r*³ = 6.39 nm³; FCC Cu has 4/a³ = 4/0.3615³ = 84.7 atoms/nm³; about 541 atoms.",
    forms=("multi_step",),
)
def h2_trans_04():
    """Copper solidifies with Tm = 1358 K, ΔHf = −1.77 × 10^9 J/m^3 and γ(solid–liquid) = 0.177 J/m^2. Solid copper is FCC with a = 0.3615 nm. How many atoms are there in a critical nucleus formed by homogeneous nucleation at an undercooling of 236 K?"""
    r_star = 2 * Q_(0.177, "J/m**2") * Q_(1358, "K") / (Q_(1.77e9, "J/m**3") * Q_(236, "K"))
    volume = 4 / 3 * math.pi * r_star**3
    return volume * 4 / Q_(0.3615, "nm") ** 3


@item(
    S,
    "transformations",
    "kJ/mol",
    "rate r = 1/t₀.₅ = A exp(−Q/RT): Q = R ln(r₂/r₁)/(1/T₁ − 1/T₂)",
    solution="r₂/r₁ = 250/40 = 6.25; Q = 8.314 · ln 6.25/(1/400 − 1/430) = 8.314 · 1.833/1.744×10⁻⁴ = 87.4 kJ/mol.",
    forms=("tex", "multi_step"),
)
def h2_trans_05():
    r"""The time to 50 % recrystallisation of a cold-worked alloy is 250 min at 400 K and 40 min at 430 K. Taking the rate as $1/t_{0.5}$ and assuming Arrhenius behaviour, determine the activation energy of recrystallisation in kJ/mol."""
    ratio = 250 / 40
    return R_GAS * math.log(ratio) / (1 / Q_(400, "K") - 1 / Q_(430, "K"))


@item(
    S,
    "transformations",
    "J/mol",
    "Driving force for solidification ΔG ≈ ΔH_f ΔT/T_m",
    solution="|ΔG| = 10 700 J/mol · 20 K/933 K = 229 J/mol.",
    forms=("spaced_thousands",),
)
def h2_trans_06():
    """Aluminium melts at 933 K with a molar enthalpy of fusion of 10 700 J/mol. Estimate the magnitude of the free-energy change per mole driving solidification when liquid aluminium is undercooled by 20 K."""
    return Q_(10_700, "J/mol") * Q_(20, "K") / Q_(933, "K")


@item(
    S,
    "transformations",
    "degC",
    "Equilibrium of two polymorphs: ΔG = ΔH − TΔS = 0",
    solution="T = ΔH/ΔS = 900/0.82 = 1097.6 K = 824.4 °C.",
    forms=("unicode",),
)
def h2_trans_07():
    """For a polymorphic transformation α → β in a metal, ΔH = +900 J/mol and ΔS = +0.82 J mol⁻¹ K⁻¹, both approximately independent of temperature. Above what temperature (°C) is β the stable phase?"""
    return (Q_(900, "J/mol") / Q_(0.82, "J/(mol*K)")).to("K")


@item(
    S,
    "transformations",
    "kJ/mol",
    "Ideal solution: ΔG_mix = RT[x ln x + (1 − x) ln(1 − x)]",
    solution="ΔS_mix = −8.314(0.3 ln 0.3 + 0.7 ln 0.7) = 5.079 J/(mol K); ΔG_mix = −800 · 5.079 = −4.06 kJ/mol.",
    forms=("multi_step",),
)
def h2_trans_08():
    """Two metals A and B form an ideal solid solution. Calculate the Gibbs free energy of mixing, in kJ/mol, for a solution with 30 at.% B at 800 K."""
    x = 0.30
    return R_GAS * Q_(800, "K") * (x * math.log(x) + (1 - x) * math.log(1 - x))


@item(
    S,
    "transformations",
    "atm",
    "ΔG° = −RT ln K; K = 1/p_O₂ for 2Ni + O₂ = 2NiO (activities of solids 1)",
    solution="ln p_O₂ = ΔG°/(RT) = −2.87×10⁵/(8.314 · 1273.15) = −27.11; p_O₂ = 1.68×10⁻¹² atm.",
    forms=("tex",),
)
def h2_trans_09():
    r"""For the reaction $2\mathrm{Ni}(s) + \mathrm{O_2}(g) \rightarrow 2\mathrm{NiO}(s)$ the standard Gibbs energy change at $1000^{\circ}\mathrm{C}$ is $-287 \mathrm{~kJ}$ per mole of $\mathrm{O_2}$. Calculate the equilibrium oxygen partial pressure (in atm, standard state 1 atm) below which NiO decomposes at this temperature."""
    dg = Q_(-287, "kJ/mol")
    return Q_(math.exp(num(dg / (R_GAS * kelvin(1000)))), "atm")


# ---------------------------------------------------------------- electrical and semiconducting


@item(
    S,
    "electrical_semiconductors",
    "ohm",
    "R = ρl/A",
    solution="A = π(0.6 mm)² = 1.131×10⁻⁶ m²; R = 1.72×10⁻⁸ · 25/1.131×10⁻⁶ = 0.380 Ω. The density is not needed.",
    forms=("unicode", "distractor", "sig_figs"),
)
def h2_elec_01():
    """A copper wire (resistivity 1.72 × 10⁻⁸ Ω·m, density 8.96 g/cm³) is 25 m long and 1.2 mm in diameter. What is its electrical resistance in Ω? Give your answer to 3 significant figures."""
    area = math.pi * (Q_(1.2, "mm") / 2) ** 2
    return Q_(1.72e-8, "ohm*m") * Q_(25, "m") / area


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "Intrinsic σ = n_i|e|(μ_e + μ_h)",
    solution="σ = 1.5×10¹⁰ cm⁻³ · 1.602×10⁻¹⁹ C · (1350 + 480) cm²/(V s) = 4.40×10⁻⁶ S/cm = 4.40×10⁻⁴ (Ω m)⁻¹.",
    forms=("tex", "unit_form"),
)
def h2_elec_02():
    r"""For intrinsic silicon at room temperature take $n_i = 1.5 \times 10^{10} \mathrm{~cm^{-3}}$, $\mu_e = 1350 \mathrm{~cm^{2}/(V\,s)}$ and $\mu_h = 480 \mathrm{~cm^{2}/(V\,s)}$. Compute the electrical conductivity in $(\Omega \cdot \mathrm{m})^{-1}$."""
    mob = Q_(1350 + 480, "cm**2/(V*s)")
    return Q_(1.5e10, "1/cm**3") * Q_E * mob


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "Extrinsic n-type: n ≈ N_d, ρ = 1/(n|e|μ_e)",
    solution="n = 2×10²² m⁻³; σ = 2×10²² · 1.602×10⁻¹⁹ · 0.12 = 384.5 S/m; ρ = 2.60×10⁻³ Ω m = 0.260 Ω cm. The hole mobility is not needed.",
    forms=("multi_step", "distractor", "unit_form"),
)
def h2_elec_03():
    """Silicon is doped with 2 × 10^16 phosphorus atoms per cm^3, all ionised at room temperature. The electron mobility is 0.12 m^2/(V s) and the hole mobility 0.045 m^2/(V s). What is the resistivity of the doped silicon in ohm·cm?"""
    sigma = Q_(2e16, "1/cm**3") * Q_E * Q_(0.12, "m**2/(V*s)")
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "σ ∝ exp(−E_g/2kT) (pre-exponential and mobility variations ignored)",
    solution="σ₂ = 2.2 · exp[−(0.67/(2 · 8.617×10⁻⁵))(1/350 − 1/300)] = 2.2 · exp(1.851) = 14.0 (Ω m)⁻¹.",
    forms=("unit_form",),
)
def h2_elec_04():
    """The intrinsic conductivity of germanium is 2.2 (Ω·m)^-1 at 300 K and its band gap is 0.67 eV. Ignoring the temperature dependence of the mobilities and of the T^(3/2) factor, estimate the intrinsic conductivity at 350 K."""
    eg = Q_(0.67, "eV")
    exponent = -num(eg / (2 * K_BOLTZ) * (1 / Q_(350, "K") - 1 / Q_(300, "K")))
    return Q_(2.2, "S/m") * math.exp(exponent)


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "σ = C exp(−E_g/2kT): E_g = 2k ln(σ₂/σ₁)/(1/T₁ − 1/T₂)",
    solution="E_g = 2 · 8.617×10⁻⁵ · ln(3.4/0.25)/(1/300 − 1/400) = 1.7234×10⁻⁴ · 2.610/8.333×10⁻⁴ = 0.540 eV.",
    forms=("multi_step",),
)
def h2_elec_05():
    """An intrinsic semiconductor has an electrical conductivity of 0.25 (Ω m)^-1 at 300 K and 3.4 (Ω m)^-1 at 400 K. Approximately what is its band gap energy in eV? Assume σ = C exp(−Eg/2kT) with C constant."""
    return 2 * K_BOLTZ * math.log(3.4 / 0.25) / (1 / Q_(300, "K") - 1 / Q_(400, "K"))


@item(
    S,
    "electrical_semiconductors",
    "1/cm**3",
    "Hall effect V_H = IB/(n|e|d)",
    solution="n = IB/(|e| d V_H) = 0.010 · 0.40/(1.602×10⁻¹⁹ · 5×10⁻⁴ · 2.5×10⁻³) = 2.0×10²² m⁻³ = 2.0×10¹⁶ cm⁻³.",
    forms=("unit_form",),
)
def h2_elec_06():
    """A Hall measurement is made on an n-type semiconductor slab 0.50 mm thick. With a current of 10 mA along the slab and a magnetic field of 0.40 T perpendicular to it, the Hall voltage is 2.5 mV. What is the electron concentration, in carriers per cm^3?"""
    return Q_(10, "mA") * Q_(0.40, "T") / (Q_E * Q_(0.50, "mm") * Q_(2.5, "mV"))


@item(
    S,
    "electrical_semiconductors",
    "ns",
    "Drift velocity v_d = μ_eE with E = V/L; t = L/v_d",
    solution="E = 10 V/2.0 mm = 5000 V/m; v_d = 0.85 · 5000 = 4250 m/s; t = 2.0×10⁻³/4250 = 4.71×10⁻⁷ s = 471 ns.",
    forms=("multi_step", "unit_form"),
)
def h2_elec_07():
    """A potential difference of 10 V is applied across a GaAs bar 2.0 mm long. The electron mobility in GaAs is 0.85 m²/(V·s). How long, in nanoseconds, does an electron take to drift the length of the bar?"""
    length = Q_(2.0, "mm")
    velocity = Q_(0.85, "m**2/(V*s)") * Q_(10, "V") / length
    return length / velocity


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "Parallel-plate capacitor C = ε_r ε₀ A/l",
    solution="C = 6.0 · 8.854×10⁻¹² · 6.45×10⁻⁴/2.0×10⁻³ = 1.71×10⁻¹¹ F = 17.1 pF.",
    forms=("tex",),
)
def h2_elec_08():
    r"""A parallel-plate capacitor has plates of area $6.45 \times 10^{-4} \mathrm{~m^{2}}$ separated by 2.0 mm, and the space between them is filled with a ceramic of dielectric constant $\varepsilon_r = 6.0$. Compute its capacitance in picofarads."""
    return 6.0 * EPS0 * Q_(6.45e-4, "m**2") / Q_(2.0, "mm")


@item(
    S,
    "electrical_semiconductors",
    "ohm*m",
    "ρ_T = ρ₀[1 + α(T − T₀)]",
    solution="ρ = 1.68×10⁻⁸[1 + 0.0039 · (150 − 20)] = 1.68×10⁻⁸ · 1.507 = 2.53×10⁻⁸ Ω m = 25.3 nΩ·m.",
    forms=("unicode", "unit_form"),
)
def h2_elec_09():
    """At 20 °C the resistivity of copper is 1.68 × 10⁻⁸ Ω·m and its temperature coefficient of resistivity is 0.0039 °C⁻¹. Estimate the resistivity at 150 °C, in nΩ·m."""
    return Q_(1.68e-8, "ohm*m") * (1 + 0.0039 * (150 - 20))


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "A/m",
    "M_s = n_B μ_B N, N = ρN_A/A",
    solution="N = 8.90 · N_A/58.69 = 9.13×10²² cm⁻³ = 9.13×10²⁸ m⁻³; M_s = 0.60 · 9.274×10⁻²⁴ · 9.13×10²⁸ = 5.08×10⁵ A/m.",
    forms=("multi_step",),
)
def h2_mag_01():
    """Each nickel atom contributes a net magnetic moment of 0.60 Bohr magnetons. Nickel has a density of 8.90 g/cm^3 and an atomic weight of 58.69 g/mol. Calculate the saturation magnetisation of nickel in A/m."""
    n_atoms = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return 0.60 * BOHR * n_atoms


@item(
    S,
    "magnetic",
    "A/m",
    "Ferrimagnetic Fe₃O₄: 8 Fe²⁺ × 4 μ_B per cubic cell; M_s = n_B μ_B/a³",
    solution="Only Fe²⁺ moments survive (Fe³⁺ cancel): 8 · 4 = 32 μ_B per cell; M_s = 32 · 9.274×10⁻²⁴/(0.839×10⁻⁹)³ = 5.0×10⁵ A/m.",
    forms=("unicode",),
)
def h2_mag_02():
    """Magnetite, Fe₃O₄, has a cubic unit cell of edge 0.839 nm containing 8 Fe²⁺ ions, 16 Fe³⁺ ions and 32 O²⁻ ions. The Fe³⁺ moments cancel between tetrahedral and octahedral sites and each Fe²⁺ carries 4 μB. Compute the saturation magnetisation in A/m."""
    return 8 * 4 * BOHR / Q_(0.839, "nm") ** 3


@item(
    S,
    "magnetic",
    "T",
    "H = NI/l; B = μ₀μ_r H",
    solution="H = 200 · 1.5/0.25 = 1200 A/m; B = 4π×10⁻⁷ · 600 · 1200 = 0.905 T.",
    forms=("multi_step",),
)
def h2_mag_03():
    """A coil of 200 turns wound uniformly over a length of 0.25 m carries a current of 1.5 A. The coil is filled with an iron-silicon alloy of relative permeability 600 (assumed constant). What is the flux density B inside the core, in tesla?"""
    h_field = 200 * Q_(1.5, "A") / Q_(0.25, "m")
    return MU0 * 600 * h_field


@item(
    S,
    "magnetic",
    "A/m",
    "M = χ_m H",
    solution="M = 2.07×10⁻⁵ · 3.0×10⁵ A/m = 6.21 A/m.",
    forms=("tex",),
)
def h2_mag_04():
    r"""Aluminium has a volume magnetic susceptibility $\chi_m = 2.07 \times 10^{-5}$. What magnetisation does a field strength $H = 3.0 \times 10^{5} \mathrm{~A\,m^{-1}}$ produce in it?"""
    return 2.07e-5 * Q_(3.0e5, "A/m")


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie's law χ = C/T",
    solution="χ(4.2 K) = 3.6×10⁻⁴ · 300/4.2 = 2.57×10⁻².",
    forms=("plain",),
)
def h2_mag_05():
    """A paramagnetic salt obeying the Curie law has a susceptibility of 3.6 × 10^-4 at 300 K. What is its susceptibility at 4.2 K?"""
    return 3.6e-4 * 300 / 4.2


@item(
    S,
    "magnetic",
    "W",
    "Hysteresis power P = (loop area) · f · V",
    solution="P = 250 J/m³ · 60 Hz · 1.2×10⁻³ m³ = 18 W. The Curie temperature is not needed.",
    forms=("distractor",),
)
def h2_mag_06():
    """A transformer core of volume 1.2 × 10^-3 m^3 is made of a soft ferrite with a Curie temperature of 450 °C. Its B–H loop encloses an energy of 250 J/m^3 per cycle. What is the hysteresis power loss at 60 Hz, in watts?"""
    return Q_(250, "J/m**3") * Q_(60, "Hz") * Q_(1.2e-3, "m**3")


@item(
    S,
    "magnetic",
    "dimensionless",
    "n_B = M_s/(N μ_B), N = ρN_A/A",
    solution="N = 7.87 · N_A/55.85 = 8.49×10²⁸ m⁻³; n_B = 1.72×10⁶/(8.49×10²⁸ · 9.274×10⁻²⁴) = 2.18 μ_B per atom.",
    forms=("unicode", "multi_step"),
)
def h2_mag_07():
    """The saturation magnetisation of iron is 1.72 × 10⁶ A/m; its density is 7.87 g/cm³ and its atomic weight 55.85 g/mol. How many Bohr magnetons does each iron atom contribute?"""
    n_atoms = Q_(7.87, "g/cm**3") * AVOGADRO / Q_(55.85, "g/mol")
    return Q_(1.72e6, "A/m") / (n_atoms * BOHR)


@item(
    S,
    "magnetic",
    "A/m",
    "Critical field H_C(T) = H_C(0)[1 − (T/T_C)²]",
    solution="H_C = 6.5×10⁴[1 − (4.2/7.19)²] = 6.5×10⁴ · 0.6588 = 4.28×10⁴ A/m.",
    forms=("unicode",),
)
def h2_mag_08():
    """Lead is a type I superconductor with Tc = 7.19 K and a critical field at 0 K of 6.5 × 10⁴ A/m. What is the critical field at 4.2 K?"""
    return Q_(6.5e4, "A/m") * (1 - (4.2 / 7.19) ** 2)


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "micrometer",
    "λ = hc/E_g",
    solution="λ = hc/E_g = 1239.84 eV nm/1.42 eV = 873 nm = 0.873 µm.",
    forms=("unicode", "unit_form"),
)
def h2_opt_01():
    """Gallium arsenide has a band gap of 1.42 eV. What is the wavelength of the light emitted by band-to-band recombination, in µm?"""
    return H * C0 / Q_(1.42, "eV")


@item(
    S,
    "optical",
    "degree",
    "Snell's law n₁ sinθ₁ = n₂ sinθ₂",
    solution="sinθ₂ = sin 35°/1.52 = 0.3773; θ₂ = 22.2°.",
    forms=("unicode", "sig_figs"),
)
def h2_opt_02():
    """A ray of light in air strikes the flat surface of a crown glass plate (n = 1.52) at 35° to the surface normal. What is the angle of refraction inside the glass, in degrees? Give the answer to three significant figures."""
    return Q_(math.degrees(math.asin(math.sin(math.radians(35)) / 1.52)), "degree")


@item(
    S,
    "optical",
    "percent",
    "Normal-incidence reflectivity R = ((n − 1)/(n + 1))²",
    solution="R = (1.42/3.42)² = 0.172 = 17.2 %.",
    forms=("percent",),
)
def h2_opt_03():
    """The refractive index of diamond is 2.42. What percentage of light incident normally on a polished diamond face from air is reflected?"""
    return Q_(((2.42 - 1) / (2.42 + 1)) ** 2, "")


@item(
    S,
    "optical",
    "degree",
    "Total internal reflection: sinθ_c = n₂/n₁",
    solution="θ_c = arcsin(1.46/1.48) = 80.6° from the normal.",
    forms=("tex",),
)
def h2_opt_04():
    r"""An optical fibre has a core of refractive index $n_1 = 1.48$ and a cladding of $n_2 = 1.46$. Find the critical angle (measured from the normal to the core–cladding interface) for total internal reflection, in degrees."""
    return Q_(math.degrees(math.asin(1.46 / 1.48)), "degree")


@item(
    S,
    "optical",
    "percent",
    "I_T/I₀ = (1 − R)² exp(−βl) with R = ((n − 1)/(n + 1))², or exp(−βl) if reflection is ignored",
    solution="R = (0.5/2.5)² = 0.04; with reflection at both faces I_T/I₀ = 0.96² · exp(−0.25 · 2.0) = 0.559 = 55.9 %; absorption alone gives exp(−0.5) = 60.7 %. The question does not say whether to include the reflection losses: both readings are listed.",
    forms=("ambiguous", "percent"),
)
def h2_opt_05():
    """A glass plate 2.0 cm thick has a refractive index of 1.50 and an absorption coefficient of 0.25 cm^-1. What percentage of the light incident normally on it is transmitted?"""
    r = ((1.50 - 1) / (1.50 + 1)) ** 2
    absorbed = math.exp(-0.25 * 2.0)
    return {
        "reflection at both faces and absorption": Q_((1 - r) ** 2 * absorbed, ""),
        "absorption only": Q_(absorbed, ""),
    }


@item(
    S,
    "optical",
    "m/s",
    "n = √(ε_r μ_r) for a non-magnetic dielectric; v = c/n",
    solution="n = √2.25 = 1.50; v = 2.998×10⁸/1.50 = 2.00×10⁸ m/s.",
    forms=("multi_step",),
)
def h2_opt_06():
    """A non-magnetic transparent polymer has a dielectric constant of 2.25 at optical frequencies. What is the velocity of light in it?"""
    n = math.sqrt(2.25 * 1.0)
    return C0 / n


@item(
    S,
    "optical",
    "micrometer",
    "I = I₀ exp(−αx): x = ln(I₀/I)/α",
    solution="x = ln 10/(1.0×10⁴ cm⁻¹) = 2.303×10⁻⁴ cm = 2.30 µm.",
    forms=("tex", "unit_form"),
)
def h2_opt_07():
    r"""Light of a given wavelength is absorbed in a semiconductor with absorption coefficient $\alpha = 1.0 \times 10^{4} \mathrm{~cm}^{-1}$. At what depth has the intensity fallen to 10 % of its value just inside the surface? Give the depth in $\mu \mathrm{m}$."""
    return math.log(10) / Q_(1.0e4, "1/cm")


@item(
    S,
    "optical",
    "THz",
    "Absorption threshold hν = E_g: ν = E_g/h",
    solution="ν = 1.11 eV/h = 1.11 · 1.602×10⁻¹⁹/6.626×10⁻³⁴ = 2.68×10¹⁴ Hz = 268 THz. The refractive index is not needed.",
    forms=("distractor", "unit_form"),
)
def h2_opt_08():
    """Silicon has a band gap of 1.11 eV and a refractive index of about 3.5 in the near infrared. What is the lowest frequency of light, in THz, that can create electron–hole pairs by band-to-band absorption?"""
    return Q_(1.11, "eV") / H


# ---------------------------------------------------------------- thermal properties and heat transfer


@item(
    S,
    "thermal",
    "mm",
    "Δl = α_l l₀ ΔT",
    solution="Δl = 23.6×10⁻⁶ · 2.5 m · 130 K = 7.67×10⁻³ m = 7.67 mm.",
    forms=("unicode",),
)
def h2_therm_01():
    """An aluminium bus bar 2.5 m long (α = 23.6 × 10⁻⁶ °C⁻¹) is heated from 20 °C to 150 °C. By how many millimetres does it lengthen?"""
    return 23.6e-6 * Q_(2.5, "m") * (150 - 20)


@item(
    S,
    "thermal",
    "MPa",
    "Thermal stress in a fully constrained bar σ = Eα_lΔT",
    solution="|σ| = 97×10⁹ · 20.0×10⁻⁶ · 60 = 1.164×10⁸ Pa = 116 MPa (compressive).",
    forms=("plain",),
)
def h2_therm_02():
    """A brass rod is clamped rigidly at both ends at 20 °C, stress free, and then heated to 80 °C. For this brass E = 97 GPa and the linear expansion coefficient is 20.0 × 10^-6 K^-1. What is the magnitude of the thermal stress produced, in MPa?"""
    return Q_(97, "GPa") * 20.0e-6 * (80 - 20)


@item(
    S,
    "thermal",
    "kJ",
    "Q = m c_p ΔT",
    solution="Q = 2.5 kg · 386 J/(kg K) · 175 K = 1.689×10⁵ J = 169 kJ.",
    forms=("tex",),
)
def h2_therm_03():
    r"""How much heat, in kJ, is needed to raise the temperature of a 2.5 kg copper block from $25^{\circ}\mathrm{C}$ to $200^{\circ}\mathrm{C}$? Take $c_p = 386 \mathrm{~J\,kg^{-1}\,K^{-1}}$."""
    return Q_(2.5, "kg") * Q_(386, "J/(kg*K)") * Q_(200 - 25, "K")


@item(
    S,
    "thermal",
    "J/(g*K)",
    "Dulong–Petit C_v ≈ 3R per mole of atoms",
    solution="c = 3R/A = 24.94 J/(mol K)/55.85 g/mol = 0.447 J/(g K).",
    forms=("unit_form", "sig_figs"),
)
def h2_therm_04():
    """Use the Dulong–Petit law to estimate the specific heat of iron (atomic weight 55.85 g/mol) at high temperature, in J/(g·K), to 3 significant figures."""
    return 3 * R_GAS / Q_(55.85, "g/mol")


@item(
    S,
    "thermal",
    "kW",
    "Fourier's law q = k ΔT/Δx; heat flow = qA",
    solution="q = 51.9 · 200/0.010 = 1.038×10⁶ W/m²; heat flow = 1.038×10⁶ · 0.25 = 2.60×10⁵ W = 260 kW.",
    forms=("multi_step",),
)
def h2_therm_05():
    """A steel plate 10 mm thick with a face area of 0.25 m² has a thermal conductivity of 51.9 W/(m·K). Its faces are held at 300 °C and 100 °C. At steady state, how much heat flows through the plate per unit time, in kW?"""
    flux = Q_(51.9, "W/(m*K)") * Q_(300 - 100, "K") / Q_(10, "mm")
    return flux * Q_(0.25, "m**2")


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Debye low-temperature limit C_v = (12π⁴/5)R(T/θ_D)³",
    solution="C_v = 1943.8 J/(mol K) · (12/343)³ = 1943.8 · 4.282×10⁻⁵ = 0.0832 J/(mol K).",
    forms=("unicode",),
)
def h2_therm_06():
    """The Debye temperature of copper is 343 K. Using the Debye T³ law, estimate the molar heat capacity of copper at 12 K, in J mol⁻¹ K⁻¹."""
    return 12 * math.pi**4 / 5 * R_GAS * (12 / 343) ** 3


@item(
    S,
    "thermal",
    "W/m",
    "Thermal shock resistance TSR ≈ σ_f k/(Eα_l)",
    solution="TSR = 69×10⁶ · 1.7/(69×10⁹ · 9.0×10⁻⁶) = 189 W/m. Density is not needed.",
    forms=("tex", "distractor"),
)
def h2_therm_07():
    r"""Estimate the thermal shock resistance parameter $\mathrm{TSR} = \sigma_f k/(E \alpha_l)$ of a soda-lime glass with fracture strength 69 MPa, thermal conductivity $1.7 \mathrm{~W\,m^{-1}\,K^{-1}}$, elastic modulus 69 GPa, density $2.5 \mathrm{~g/cm^{3}}$ and linear expansion coefficient $9.0 \times 10^{-6}\ ^{\circ}\mathrm{C}^{-1}$."""
    return Q_(69, "MPa") * Q_(1.7, "W/(m*K)") / (Q_(69, "GPa") * Q_(9.0e-6, "1/K"))


@item(
    S,
    "thermal",
    "degC",
    "Series conduction q = ΔT/Σ(L/k); interface T = T_hot − qL₁/k₁",
    solution="ΣL/k = 0.20/0.72 + 0.05/0.04 = 0.2778 + 1.25 = 1.528 m² K/W; q = 860/1.528 = 562.9 W/m²; T_i = 900 − 562.9 · 0.2778 = 743.6 °C.",
    forms=("multi_step", "unicode"),
)
def h2_therm_08():
    """A furnace wall consists of 200 mm of firebrick (k = 0.72 W m⁻¹ K⁻¹) covered on the outside by 50 mm of insulating board (k = 0.04 W m⁻¹ K⁻¹). The inner face is at 900 °C and the outer face at 40 °C. What is the steady-state temperature at the brick–insulation interface, in °C?"""
    r1 = Q_(0.20, "m") / Q_(0.72, "W/(m*K)")
    r2 = Q_(0.05, "m") / Q_(0.04, "W/(m*K)")
    flux = Q_(900 - 40, "K") / (r1 + r2)
    return kelvin(900) - flux * r1


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "Degree of polymerisation DP = M_n/m (repeat unit C₃H₆)",
    solution="m(C₃H₆) = 3 · 12.011 + 6 · 1.008 = 42.08 g/mol; DP = 125 000/42.08 = 2971.",
    forms=("spaced_thousands",),
)
def h2_poly_01():
    """A polypropylene has a number-average molecular weight of 125 000 g/mol. Using atomic weights C = 12.011 and H = 1.008 g/mol, compute its number-average degree of polymerisation."""
    repeat = 3 * 12.011 + 6 * 1.008
    return 125_000 / repeat


@item(
    S,
    "polymers",
    "g/mol",
    "M_w = Σw_iM_i with w_i = x_iM_i/Σx_iM_i",
    solution="M_n = 0.2 · 10 + 0.5 · 20 + 0.3 · 30 = 21 kg/mol; M_w = Σx_iM_i²/M_n = (20 + 200 + 270)/21 = 23.33 kg/mol = 23 333 g/mol.",
    forms=("multi_step", "spaced_thousands"),
)
def h2_poly_02():
    """A polymer sample contains chains of three lengths. By number, 20 % of the chains have a molecular weight of 10 000 g/mol, 50 % have 20 000 g/mol and 30 % have 30 000 g/mol. Calculate the weight-average molecular weight in g/mol."""
    x = (0.2, 0.5, 0.3)
    m = (10_000, 20_000, 30_000)
    mn = sum(xi * mi for xi, mi in zip(x, m, strict=True))
    return sum(xi * mi * mi for xi, mi in zip(x, m, strict=True)) / mn


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/(ρ_s(ρ_c − ρ_a)) × 100",
    solution="%cryst = 0.998(0.925 − 0.870)/(0.925(0.998 − 0.870)) = 0.05489/0.1184 = 46.4 %.",
    forms=("tex", "percent", "sig_figs"),
)
def h2_poly_03():
    r"""A polyethylene specimen has a density of $0.925 \mathrm{~g/cm^{3}}$. Totally crystalline and totally amorphous polyethylene have densities of 0.998 and $0.870 \mathrm{~g/cm^{3}}$. Determine the percent crystallinity of the specimen (3 s.f.)."""
    rc, ra, rs = 0.998, 0.870, 0.925
    return Q_(rc * (rs - ra) / (rs * (rc - ra)), "")


@item(
    S,
    "polymers",
    "nm",
    "Random-walk end-to-end distance r = d√N, N = number of backbone bonds = 2 · DP for PE",
    solution="DP = 280 000/28.05 = 9982; N = 2 · 9982 = 19 964 C–C bonds; r = 0.154 nm · √19 964 = 21.8 nm.",
    forms=("multi_step", "spaced_thousands"),
)
def h2_poly_04():
    """A linear polyethylene has a number-average molecular weight of 280 000 g/mol (repeat unit C2H4, 28.05 g/mol). Treating the chain as a random walk of C–C bonds of length 0.154 nm, r = d√N with N the number of backbone bonds, estimate the average end-to-end distance in nm."""
    dp = 280_000 / 28.05
    return Q_(0.154, "nm") * math.sqrt(2 * dp)


@item(
    S,
    "polymers",
    "MPa",
    "Stress relaxation σ(t) = σ₀ exp(−t/τ)",
    solution="τ = −60/ln(2.8/3.5) = 268.9 s; σ(150 s) = 3.5 exp(−150/268.9) = 3.5 · 0.8^2.5 = 2.00 MPa.",
    forms=("multi_step",),
)
def h2_poly_05():
    """A polymer held at constant strain relaxes from an initial stress of 3.5 MPa to 2.8 MPa in 60 s. Assuming a single relaxation time, what is the stress after 150 s?"""
    tau = -60 / math.log(2.8 / 3.5)
    return Q_(3.5 * math.exp(-150 / tau), "MPa")


@item(
    S,
    "polymers",
    "dimensionless",
    "WLF: log a_T = −C₁(T − T_g)/(C₂ + T − T_g), C₁ = 17.44, C₂ = 51.6 K",
    solution="log a_T = −17.44 · 20/(51.6 + 20) = −4.872; a_T = 1.34×10⁻⁵.",
    forms=("tex",),
)
def h2_poly_06():
    r"""Using the WLF equation with the universal constants $C_1 = 17.44$ and $C_2 = 51.6 \mathrm{~K}$, calculate the shift factor $a_T$ for a polymer at a temperature 20 K above its glass-transition temperature (reference temperature $T_g$)."""
    return 10 ** (-17.44 * 20 / (51.6 + 20))


@item(
    S,
    "polymers",
    "MPa",
    "Rubber elasticity G = ρRT/M_c, E = 3G (incompressible)",
    solution="G = 930 kg/m³ · 8.314 · 300/5.0 kg/mol = 4.64×10⁵ Pa; E = 3G = 1.39 MPa.",
    forms=("multi_step", "unicode"),
)
def h2_poly_07():
    """A lightly vulcanised natural rubber (density 0.93 g/cm³) has an average molecular weight between cross-links of 5000 g/mol. Estimate its Young's modulus at 300 K from the kinetic theory of rubber elasticity, in MPa."""
    g = Q_(0.93, "g/cm**3") * R_GAS * Q_(300, "K") / Q_(5000, "g/mol")
    return 3 * g


@item(
    S,
    "polymers",
    "percent",
    "Copolymer average repeat-unit weight m̄ = f₁m₁ + f₂m₂, m̄ = M_n/DP",
    solution="m̄ = 350 000/5000 = 70.0 g/mol; f_styrene = (70.0 − 54.09)/(104.15 − 54.09) = 0.318 = 31.8 %.",
    forms=("multi_step", "spaced_thousands", "percent"),
)
def h2_poly_08():
    """A random styrene–butadiene copolymer has a number-average molecular weight of 350 000 g/mol and a degree of polymerisation of 5000. The styrene repeat unit weighs 104.15 g/mol and the butadiene unit 54.09 g/mol. What percentage of the repeat units are styrene?"""
    mean = 350_000 / 5000
    return Q_((mean - 54.09) / (104.15 - 54.09), "")


@item(
    S,
    "polymers",
    "g/cm**3",
    "ρ = n m/(V_C N_A), orthorhombic V_C = abc",
    solution="V_C = 0.741 · 0.494 · 0.255 nm³ = 0.09334 nm³; ρ = 2 · 28.05/(N_A · 9.334×10⁻²³ cm³) = 0.998 g/cm³.",
    forms=("unicode",),
)
def h2_poly_09():
    """Crystalline polyethylene has an orthorhombic unit cell with a = 0.741 nm, b = 0.494 nm and c = 0.255 nm, containing two C₂H₄ repeat units (28.05 g/mol each). Calculate the density of fully crystalline polyethylene in g/cm³."""
    volume = Q_(0.741, "nm") * Q_(0.494, "nm") * Q_(0.255, "nm")
    return 2 * Q_(28.05, "g/mol") / (volume * AVOGADRO)


# ---------------------------------------------------------------- ceramics


@item(
    S,
    "ceramics",
    "dimensionless",
    "Radius ratio r_C/r_A: 0.414–0.732 → coordination number 6",
    abs_tol=0.0,
    solution="r_C/r_A = 0.072/0.140 = 0.514, inside 0.414–0.732: octahedral, CN = 6.",
    forms=("unicode",),
)
def h2_cer_01():
    """The ionic radii of Mg²⁺ and O²⁻ are 0.072 nm and 0.140 nm. On the basis of the cation–anion radius ratio, what coordination number is expected for Mg²⁺ in MgO?"""
    ratio = 0.072 / 0.140
    limits = ((0.155, 3), (0.225, 4), (0.414, 6), (0.732, 8))
    return max(cn for lower, cn in limits if ratio >= lower)


@item(
    S,
    "ceramics",
    "g/cm**3",
    "Rock-salt structure: a = 2(r_C + r_A), 4 formula units per cell, ρ = n′ΣA/(V_C N_A)",
    solution="a = 2(0.072 + 0.140) = 0.424 nm; ρ = 4(24.31 + 16.00)/(N_A · (0.424×10⁻⁷ cm)³) = 3.51 g/cm³.",
    forms=("multi_step",),
)
def h2_cer_02():
    """Magnesium oxide has the rock-salt structure. With ionic radii of 0.072 nm (Mg2+) and 0.140 nm (O2-) and atomic weights 24.31 and 16.00 g/mol, compute the theoretical density of MgO in g/cm3, assuming the ions touch along the cube edge."""
    a = 2 * (Q_(0.072, "nm") + Q_(0.140, "nm"))
    return 4 * Q_(24.31 + 16.00, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "ceramics",
    "MPa",
    "Three-point flexural strength σ_fs = 3F_fL/(2bd²)",
    solution="σ_fs = 3 · 600 · 45/(2 · 10 · 5²) N/mm² = 162 MPa.",
    forms=("tex",),
)
def h2_cer_03():
    r"""A rectangular alumina bar, 10 mm wide and 5 mm thick, is tested in three-point bending with the supports 45 mm apart. It breaks at a load of 600 N. Calculate its flexural strength $\sigma_{fs}$ in MPa."""
    f, span, b, d = Q_(600, "N"), Q_(45, "mm"), Q_(10, "mm"), Q_(5, "mm")
    return 3 * f * span / (2 * b * d**2)


@item(
    S,
    "ceramics",
    "MPa",
    "σ_fs = σ₀ exp(−nP): n from two data, then evaluate",
    solution="n = ln(280/180)/0.10 = 4.418; σ(5 %) = 280 exp(−4.418 · 0.05) = 280 · 0.8018 = 224.5 MPa.",
    forms=("multi_step", "percent"),
)
def h2_cer_04():
    """The flexural strength of a sintered ceramic is 280 MPa when fully dense and 180 MPa at 10 vol% porosity. Assuming σ = σ0 exp(−nP), estimate the flexural strength at 5 vol% porosity."""
    n = math.log(280 / 180) / 0.10
    return Q_(280 * math.exp(-n * 0.05), "MPa")


@item(
    S,
    "ceramics",
    "GPa",
    "E = E₀(1 − 1.9P + 0.9P²)",
    solution="E = 380(1 − 1.9 · 0.05 + 0.9 · 0.0025) = 380 · 0.9073 = 344.7 GPa.",
    forms=("unicode",),
)
def h2_cer_05():
    """The elastic modulus of fully dense alumina is 380 GPa. Using E = E₀(1 − 1.9P + 0.9P²), estimate the modulus of an alumina containing 5 vol% porosity."""
    p = 0.05
    return Q_(380, "GPa") * (1 - 1.9 * p + 0.9 * p**2)


@item(
    S,
    "ceramics",
    "percent",
    "Porosity P = 1 − ρ_bulk/ρ_theoretical",
    solution="P = 1 − 3.62/3.98 = 0.0905 = 9.05 %. The modulus is not needed.",
    forms=("distractor", "percent"),
)
def h2_cer_06():
    """A sintered alumina part has a bulk density of 3.62 g/cm^3 and a Young's modulus of 330 GPa. Fully dense alumina has a density of 3.98 g/cm^3. What is the volume percent porosity of the part?"""
    return Q_(1 - 3.62 / 3.98, "")


@item(
    S,
    "ceramics",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/(πa)), a = half the length of an internal crack",
    solution="a = 1.0 µm; σ_c = √(2 · 70×10⁹ · 0.30/(π · 1.0×10⁻⁶)) = √(1.337×10¹⁶) = 1.16×10⁸ Pa = 116 MPa.",
    forms=("unicode",),
)
def h2_cer_07():
    """A glass (E = 70 GPa, specific surface energy γs = 0.30 J/m²) contains internal cracks of half-length 1.0 µm. Using the Griffith criterion, estimate the critical tensile stress for brittle fracture, in MPa."""
    return (2 * Q_(70, "GPa") * Q_(0.30, "J/m**2") / (math.pi * Q_(1.0, "micrometer"))) ** 0.5


@item(
    S,
    "ceramics",
    "percent",
    "Charge neutrality in Fe_{1−x}O: 2n(Fe²⁺) + 3n(Fe³⁺) = 2, n(Fe²⁺) + n(Fe³⁺) = 1 − x",
    solution="n₂ + n₃ = 0.95, 2n₂ + 3n₃ = 2 → n₃ = 0.10, n₂ = 0.85; Fe³⁺/Fe = 0.10/0.95 = 10.5 %.",
    forms=("multi_step", "percent"),
)
def h2_cer_08():
    """Non-stoichiometric wüstite has the formula Fe0.95O. Assuming the cation vacancies are compensated by Fe3+ ions, what percentage of the iron ions are Fe3+?"""
    total = 0.95
    n3 = 2 - 2 * total  # from 2(total − n3) + 3 n3 = 2
    return Q_(n3 / total, "")


# ---------------------------------------------------------------- composites


@item(
    S,
    "composites",
    "GPa",
    "Isostrain rule of mixtures E_cl = E_fV_f + E_mV_m",
    solution="E_cl = 69 · 0.40 + 3.4 · 0.60 = 29.6 GPa.",
    forms=("plain",),
)
def h2_comp_01():
    """A continuous, aligned glass-fibre/epoxy composite contains 40 vol% fibres (E = 69 GPa) in an epoxy matrix (E = 3.4 GPa). What is its elastic modulus in the longitudinal direction, in GPa?"""
    return Q_(69, "GPa") * 0.40 + Q_(3.4, "GPa") * 0.60


@item(
    S,
    "composites",
    "GPa",
    "Isostress 1/E_ct = V_f/E_f + V_m/E_m",
    solution="1/E_ct = 0.40/69 + 0.60/3.4 = 0.1823 GPa⁻¹; E_ct = 5.49 GPa.",
    forms=("unicode",),
)
def h2_comp_02():
    """For the same continuous glass-fibre/epoxy composite (40 vol% fibres with E = 69 GPa; matrix E = 3.4 GPa), estimate the modulus perpendicular to the fibres (transverse direction) in GPa."""
    return 1 / (0.40 / Q_(69, "GPa") + 0.60 / Q_(3.4, "GPa"))


@item(
    S,
    "composites",
    "GPa",
    "Aligned fibres: longitudinal E = E_fV_f + E_mV_m, transverse 1/E = V_f/E_f + V_m/E_m",
    solution="Longitudinal: 131 · 0.55 + 2.4 · 0.45 = 73.1 GPa; transverse: 1/(0.55/131 + 0.45/2.4) = 5.22 GPa. The loading direction is not stated: both readings are listed (the longitudinal one is the usual default).",
    forms=("ambiguous",),
)
def h2_comp_03():
    """A unidirectional composite consists of 55 vol% aramid fibres (E = 131 GPa) in an epoxy matrix (E = 2.4 GPa). What is the elastic modulus of the composite?"""
    ef, em, vf = Q_(131, "GPa"), Q_(2.4, "GPa"), 0.55
    return {
        "longitudinal (isostrain)": ef * vf + em * (1 - vf),
        "transverse (isostress)": 1 / (vf / ef + (1 - vf) / em),
    }


@item(
    S,
    "composites",
    "percent",
    "Isostrain load split F_f/F_c = E_fV_f/(E_fV_f + E_mV_m)",
    solution="F_f/F_c = 230 · 0.5/(230 · 0.5 + 2.5 · 0.5) = 115/116.25 = 0.989 = 98.9 %.",
    forms=("percent",),
)
def h2_comp_04():
    """A continuous and aligned carbon-fibre/epoxy composite has 50 vol% fibres. The moduli are 230 GPa (fibre) and 2.5 GPa (epoxy). When loaded along the fibres, what percentage of the load is carried by the fibres?"""
    ff, fm = 230 * 0.5, 2.5 * 0.5
    return Q_(ff / (ff + fm), "")


@item(
    S,
    "composites",
    "mm",
    "Critical fibre length l_c = σ*_f d/(2τ_c)",
    solution="l_c = 3.5×10⁹ · 7×10⁻⁶/(2 · 30×10⁶) = 4.08×10⁻⁴ m = 0.408 mm.",
    forms=("unicode",),
)
def h2_comp_05():
    """Carbon fibres of diameter 7 µm and tensile strength 3.5 GPa are embedded in a matrix; the fibre–matrix bond strength (shear yield strength of the matrix) is 30 MPa. What is the critical fibre length in mm?"""
    return Q_(3.5, "GPa") * Q_(7, "micrometer") / (2 * Q_(30, "MPa"))


@item(
    S,
    "composites",
    "MPa",
    "Discontinuous aligned, l > l_c: σ_cd = σ*_fV_f(1 − l_c/2l) + σ′_m(1 − V_f)",
    solution="σ_cd = 3600 · 0.45 · (1 − 0.8/10) + 30 · 0.55 = 1490.4 + 16.5 = 1507 MPa.",
    forms=("tex", "multi_step"),
)
def h2_comp_06():
    r"""An aligned, discontinuous fibre composite contains 45 vol% fibres of length 5.0 mm with tensile strength $\sigma_f^* = 3.6 \mathrm{~GPa}$; the critical fibre length is 0.8 mm. The stress in the matrix at fibre failure is $\sigma_m' = 30 \mathrm{~MPa}$. Estimate the longitudinal tensile strength of the composite in MPa."""
    vf, lc, length = 0.45, 0.8, 5.0
    return Q_(3.6, "GPa") * vf * (1 - lc / (2 * length)) + Q_(30, "MPa") * (1 - vf)


@item(
    S,
    "composites",
    "percent",
    "Weight to volume fraction: V_f = (w_f/ρ_f)/(w_f/ρ_f + w_m/ρ_m)",
    solution="V_f = (0.60/2.58)/(0.60/2.58 + 0.40/1.38) = 0.2326/(0.2326 + 0.2899) = 0.445 = 44.5 vol%.",
    forms=("percent", "unicode"),
)
def h2_comp_07():
    """A glass-fibre-reinforced polyester contains 60 wt% glass fibres (ρ = 2.58 g/cm³) in a polyester resin (ρ = 1.38 g/cm³). What is the volume fraction of fibres, in percent?"""
    f, m = 0.60 / 2.58, 0.40 / 1.38
    return Q_(f / (f + m), "")


@item(
    S,
    "composites",
    "GPa",
    "Particulate composite lower bound 1/E_c = V_p/E_p + V_m/E_m",
    solution="1/E = 0.60/407 + 0.40/110 = 1.474×10⁻³ + 3.636×10⁻³ = 5.111×10⁻³ GPa⁻¹; E = 195.7 GPa. The densities are not needed.",
    forms=("distractor",),
)
def h2_comp_08():
    """A particulate composite contains 60 vol% tungsten particles (E = 407 GPa, density 19.3 g/cm^3) in a copper matrix (E = 110 GPa, density 8.96 g/cm^3). Compute the lower-bound estimate of its elastic modulus in GPa."""
    return 1 / (0.60 / Q_(407, "GPa") + 0.40 / Q_(110, "GPa"))


# ---------------------------------------------------------------- corrosion and electrochemistry


@item(
    S,
    "corrosion",
    "V",
    "Nernst ΔV = ΔV° − (RT/nF) ln([M₁ⁿ⁺]/[M₂ⁿ⁺])",
    solution="ΔV° = 0.340 − (−0.763) = 1.103 V; ΔV = 1.103 − (0.025693/2) ln(0.010/0.50) = 1.103 + 0.0503 = 1.153 V.",
    forms=("tex",),
)
def h2_corr_01():
    r"""A galvanic cell consists of zinc in a $0.010 \mathrm{~M}$ $\mathrm{Zn^{2+}}$ solution and copper in a $0.50 \mathrm{~M}$ $\mathrm{Cu^{2+}}$ solution at $25^{\circ}\mathrm{C}$. The standard electrode potentials are $-0.763 \mathrm{~V}$ (Zn) and $+0.340 \mathrm{~V}$ (Cu). Calculate the cell potential in volts."""
    e_std = Q_(0.340 - (-0.763), "V")
    return e_std - R_GAS * kelvin(25) / (2 * F_CONST) * math.log(0.010 / 0.50)


@item(
    S,
    "corrosion",
    None,
    "Faraday's law w = ItM/(nF) needs the time",
    refuse="the duration of the corrosion current is not given, so the mass lost cannot be computed",
    solution="w = ItM/(nF): t is unknown.",
    forms=("must_refuse",),
)
def h2_corr_02():
    """A buried zinc anode protecting a pipeline discharges a constant corrosion current of 3.0 A. Zinc has an atomic weight of 65.38 g/mol and dissolves as Zn2+. What mass of zinc is consumed?"""
    return None


@item(
    S,
    "corrosion",
    "mm/year",
    "Penetration rate = Δm/(ρAt)",
    solution="thickness loss = 3.4 kg/(7900 kg/m³ · 1.2 m²) = 3.586×10⁻⁴ m in 2 years = 0.179 mm/year.",
    forms=("unit_form",),
)
def h2_corr_03():
    """A steel plate (density 7.9 g/cm^3) with an exposed area of 1.2 m^2 loses 3.4 kg to uniform corrosion over 2 years. What is the corrosion penetration rate in mm per year?"""
    return Q_(3.4, "kg") / (Q_(7.9, "g/cm**3") * Q_(1.2, "m**2") * Q_(2, "year"))


@item(
    S,
    "corrosion",
    "mm/year",
    "Faraday: penetration rate = iM/(nFρ)",
    solution="rate = 10×10⁻⁶ A/cm² · 55.85 g/mol/(2 · 96 485 C/mol · 7.87 g/cm³) = 3.677×10⁻¹⁰ cm/s = 0.116 mm/year.",
    forms=("unicode", "multi_step"),
)
def h2_corr_04():
    """Iron (ρ = 7.87 g/cm³, A = 55.85 g/mol) corrodes uniformly in an aerated solution, oxidising to Fe²⁺ at a current density of 10 µA/cm². Express the corrosion rate as a penetration rate in mm/yr."""
    i = Q_(10, "microampere/cm**2")
    return i * Q_(55.85, "g/mol") / (2 * F_CONST * Q_(7.87, "g/cm**3"))


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio = A_O ρ_M/(a A_M ρ_O) for M_aO_b",
    decimals=2,
    solution="P–B = 101.96 · 2.70/(2 · 26.98 · 3.95) = 275.3/213.1 = 1.29 (protective oxide).",
    forms=("unicode", "sig_figs"),
)
def h2_corr_05():
    """Compute the Pilling–Bedworth ratio for aluminium, which oxidises to Al₂O₃. Densities: Al 2.70 g/cm³, Al₂O₃ 3.95 g/cm³; molar masses: Al 26.98 g/mol, Al₂O₃ 101.96 g/mol. Give the ratio to two decimal places."""
    return 101.96 * 2.70 / (2 * 26.98 * 3.95)


@item(
    S,
    "corrosion",
    "mg/cm**2",
    "Parabolic oxidation W² = K₁t + K₂: two data give K₁, K₂",
    solution="K₁ = (0.80² − 0.30²)/(120 − 20) = 0.0055 mg² cm⁻⁴ min⁻¹; K₂ = 0.09 − 0.0055 · 20 = −0.02; W(300) = √(1.65 − 0.02) = 1.277 mg/cm².",
    forms=("multi_step",),
)
def h2_corr_06():
    """The oxidation of a metal obeys the parabolic rate law W² = K1·t + K2. The weight gain per unit area is 0.30 mg/cm² after 20 min and 0.80 mg/cm² after 120 min. What is the weight gain after 300 min, in mg/cm²?"""
    k1 = (0.80**2 - 0.30**2) / (120 - 20)
    k2 = 0.30**2 - k1 * 20
    return Q_(math.sqrt(k1 * 300 + k2), "mg/cm**2")


@item(
    S,
    "corrosion",
    "mol/L",
    "Nernst for the Fe/Ni cell: ΔV = ΔV° − (RT/nF) ln([Fe²⁺]/[Ni²⁺]) = 0",
    solution="ΔV° = −0.250 − (−0.440) = 0.190 V with Fe oxidised; ΔV = 0 when [Ni²⁺] = [Fe²⁺] exp(−nFΔV°/RT) = 0.10 · exp(−2 · 0.190/0.025693) = 0.10 · 3.77×10⁻⁷ = 3.77×10⁻⁸ M.",
    forms=("multi_step", "tex"),
)
def h2_corr_07():
    r"""A cell is made of an iron electrode in $0.10 \mathrm{~M}$ $\mathrm{Fe^{2+}}$ and a nickel electrode in a $\mathrm{Ni^{2+}}$ solution at $25^{\circ}\mathrm{C}$ ($V^{\circ}_{\mathrm{Fe}} = -0.440 \mathrm{~V}$, $V^{\circ}_{\mathrm{Ni}} = -0.250 \mathrm{~V}$). Below what $\mathrm{Ni^{2+}}$ concentration (mol/L) does the cell reaction reverse, so that nickel rather than iron is oxidised?"""
    dv = Q_(-0.250 - (-0.440), "V")
    return Q_(0.10, "mol/L") * math.exp(-num(2 * F_CONST * dv / (R_GAS * kelvin(25))))


@item(
    S,
    "corrosion",
    "A/cm**2",
    "Mixed potential: V = V° + β log(i/i₀) for Zn oxidation equals H₂ reduction",
    solution="−0.763 + 0.09(log i + 7) = −0.08(log i + 10) → 0.17 log i = −0.667 → log i = −3.924; i_corr = 1.19×10⁻⁴ A/cm².",
    forms=("tex", "multi_step"),
)
def h2_corr_08():
    r"""Zinc corrodes in an acid solution. For zinc oxidation $V_{\mathrm{Zn}}^{\circ} = -0.763 \mathrm{~V}$, $i_0 = 10^{-7} \mathrm{~A/cm^{2}}$ and $\beta = +0.09$; for hydrogen evolution on zinc $V_{\mathrm{H}}^{\circ} = 0 \mathrm{~V}$, $i_0 = 10^{-10} \mathrm{~A/cm^{2}}$ and $\beta = -0.08$ (Tafel slopes in V per decade). Assuming activation polarisation only, compute the corrosion current density in $\mathrm{A/cm^{2}}$."""
    # -0.763 + 0.09 (L + 7) = 0 - 0.08 (L + 10), L = log10 i
    log_i = (-0.08 * 10 + 0.763 - 0.09 * 7) / (0.09 + 0.08)
    return Q_(10**log_i, "A/cm**2")
