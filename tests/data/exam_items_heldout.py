"""Set B (held out) of the blind exam set: 120 questions, 8 per topic, other wording and numbers.

Nobody tunes on this set; the lead measures it once. Written without reading the answer engine.
"""

from __future__ import annotations

import math

from exam_items import E_CHARGE, EPS_0, FARADAY, K_B_EV, MU_0, MU_B, N_A, R, item
from scipy import constants as C
from scipy.special import erfinv

S = "heldout"

# ---------------------------------------------------------------- crystallography & XRD


@item(
    S, "crystallography_xrd", "nm", "Callister eq. 3.8 solved for a (n = 2), then a = 4R/√3 for BCC"
)
def ho_cryst_01():
    """Niobium crystallizes in the BCC structure; its density is 8.57 g/cm³ and its atomic weight 92.91 g/mol. Determine the atomic radius of niobium in nanometres."""
    a_cm = (2 * 92.91 / (8.57 * N_A)) ** (1 / 3)
    return math.sqrt(3) * a_cm / 4 * 1e7


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law d = λ/(2 sinθ) and a = d√(h²+k²+l²) (Cullity, Elements of X-Ray Diffraction ch. 3)",
)
def ho_cryst_02():
    r"""In a diffractogram of an FCC metal recorded with $\lambda = 1.5406$ Å, the (220) reflection lies at $2\theta = 65.0^{\circ}$. What is the lattice parameter (in Å)?"""
    d = 1.5406 / (2 * math.sin(math.radians(65.0 / 2)))
    return d * math.sqrt(8)


@item(
    S,
    "crystallography_xrd",
    "nm",
    "BCC tetrahedral site at (½,¼,0): distance to nearest atoms a√5/4, so r = a√5/4 − R with a = 4R/√3",
)
def ho_cryst_03():
    """α-Fe (BCC) has an atomic radius R = 0.124 nm. Find the radius of the largest interstitial atom that fits in a tetrahedral site of the BCC lattice without distortion."""
    big_r = 0.124
    a = 4 * big_r / math.sqrt(3)
    return a * math.sqrt(5) / 4 - big_r


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "Diamond cubic: 8 atoms, touching along the body diagonal a√3 = 8R, APF = π√3/16",
    decimals=3,
)
def ho_cryst_04():
    """What is the atomic packing factor of the diamond cubic structure (as in Si and Ge)? Round off to 3 decimal places."""
    r = 1.0
    a = 8 * r / math.sqrt(3)
    return 8 * (4 / 3) * math.pi * r**3 / a**3


@item(
    S,
    "crystallography_xrd",
    "1/m**2",
    "FCC (111): 2 atoms in the triangle of side a√2, area (√3/2)a² (Callister ch. 3.11)",
)
def ho_cryst_05():
    """Calculate the planar density of atoms on the (111) plane of aluminium (FCC, lattice constant 0.4049 nm). Express it in atoms per square metre."""
    a = 0.4049e-9
    return 2 / (math.sqrt(3) / 2 * a**2)


@item(
    S, "crystallography_xrd", "nm**3", "Hexagonal prism cell V = (3√3/2)a²c (Callister Example 3.3)"
)
def ho_cryst_06():
    """Titanium (HCP) has a = 0.2951 nm and c = 0.4686 nm. Compute the volume of the hexagonal-prism cell that contains six atoms, in nm³."""
    return 3 * math.sqrt(3) / 2 * 0.2951**2 * 0.4686


@item(
    S,
    "crystallography_xrd",
    "degree",
    "BCC reflections need h+k+l even: 110, 200, 211 (Callister ch. 3.16); Bragg's law",
)
def ho_cryst_07():
    """Molybdenum is BCC with a = 0.3147 nm. Using Mo Kα radiation (λ = 0.07107 nm), find the 2θ position of the third line of its powder pattern."""
    d211 = 0.3147 / math.sqrt(2**2 + 1**2 + 1**2)
    return 2 * math.degrees(math.asin(0.07107 / (2 * d211)))


@item(
    S,
    "crystallography_xrd",
    None,
    "first allowed reflection: (100) SC, (110) BCC, (111) FCC",
    refuse="missing data: the lattice type is not stated, and SC, BCC and FCC give different first reflections",
)
def ho_cryst_08():
    """A cubic metal has a lattice parameter of 0.30 nm. With radiation of wavelength 0.154 nm, at what 2θ does the first peak of its powder pattern appear?"""
    return None


# ---------------------------------------------------------------- imperfections


@item(S, "imperfections", "1/m**3", "Callister eq. 4.1 with N = N_A ρ/A")
def ho_imperf_01():
    r"""Estimate the number of vacancies per $\mathrm{m}^{3}$ in aluminium just below its melting point, at $660^{\circ}\mathrm{C}$. Data: vacancy formation energy $0.75 \mathrm{~eV}$, density $2.62 \mathrm{~g\,cm^{-3}}$, atomic weight $26.98 \mathrm{~g\,mol^{-1}}$."""
    n = 2.62e6 * N_A / 26.98
    return n * math.exp(-0.75 / (K_B_EV * (660 + 273.15)))


@item(S, "imperfections", "degC", "Callister eq. 4.1 solved for T: T = Q_v/(k ln(N/N_v))")
def ho_imperf_02():
    """At what temperature (°C) will one lattice site in 10 000 be vacant in a metal whose vacancy formation energy is 1.2 eV?"""
    t_k = 1.2 / (K_B_EV * math.log(1e4))
    return t_k - 273.15


@item(S, "imperfections", "J", "Callister eq. 4.1 solved for Q_v: Q_v = −kT ln(N_v/N), N = N_A ρ/A")
def ho_imperf_03():
    """Silver at 800 °C contains 3.6 × 10²³ vacancies per m³. Its density is 10.35 g/cm³ and atomic weight 107.87 g/mol. Calculate the energy for vacancy formation in joules per atom."""
    n = 10.35e6 * N_A / 107.87
    return -C.k * (800 + 273.15) * math.log(3.6e23 / n)


@item(
    S,
    "imperfections",
    "dimensionless",
    "Callister eq. 4.17: N_M = 2^(n−1)(100/M)² solved for n",
    decimals=1,
)
def ho_imperf_04():
    """A photomicrograph of a brass taken at 50× shows on average 25 grains per square inch. Compute the ASTM grain size number to one decimal."""
    return 1 + math.log2(25 / (100 / 50) ** 2)


@item(
    S, "imperfections", "percent", "Callister eq. 4.7a: C_1 = C'_1 A_1/(C'_1 A_1 + C'_2 A_2) × 100"
)
def ho_imperf_05():
    """An aluminium alloy contains 4 at% Cu, the rest Al. Atomic weights: Cu 63.55 g/mol, Al 26.98 g/mol. What is the copper concentration in weight percent?"""
    cu, al = 4 * 63.55, 96 * 26.98
    return 100 * cu / (cu + al)


@item(
    S,
    "imperfections",
    "1/cm**3",
    "Callister eq. 4.21: N_1 = N_A C_1/(C_1 A_1/ρ_1 + A_1(100 − C_1)/ρ_2)",
)
def ho_imperf_06():
    """A Si–Ge alloy contains 15 wt% Ge and 85 wt% Si. Given ρ(Ge) = 5.32 g/cm³, ρ(Si) = 2.33 g/cm³ and A(Ge) = 72.64 g/mol, how many Ge atoms are there per cubic centimetre of alloy?"""
    c1, a1, rho1, rho2 = 15, 72.64, 5.32, 2.33
    return N_A * c1 / (c1 * a1 / rho1 + a1 * (100 - c1) / rho2)


@item(
    S,
    "imperfections",
    "1/m**3",
    "Callister eq. 12.3: N_s = N exp(−Q_s/2kT), N = formula units per m³",
)
def ho_imperf_07():
    """KCl (density 1.955 g/cm³; K 39.10 and Cl 35.45 g/mol) needs 2.6 eV to form a Schottky defect. How many Schottky defects are present per cubic metre at 500 °C?"""
    n = 1.955e6 * N_A / (39.10 + 35.45)
    return n * math.exp(-2.6 / (2 * K_B_EV * (500 + 273.15)))


@item(
    S,
    "imperfections",
    None,
    "ASTM grain size needs grains per unit area at a known magnification",
    refuse="missing data: neither the micrograph area nor the magnification is given",
)
def ho_imperf_08():
    """A micrograph of a steel shows 40 grains. What is its ASTM grain size number?"""
    return None


# ---------------------------------------------------------------- diffusion


@item(S, "diffusion", "cm**2/s", "Callister eq. 5.8: D = D0 exp(−Q_d/RT)")
def ho_diff_01():
    """Given D0 = 2.3 × 10⁻⁵ m²/s and Qd = 148 kJ/mol for carbon in γ-iron, find the diffusivity at 1000 °C in cm²/s."""
    return 2.3e-5 * math.exp(-148e3 / (R * (1000 + 273.15))) * 1e4


@item(S, "diffusion", "degC", "Callister eq. 5.8 solved for T: T = Q_d/(R ln(D0/D))")
def ho_diff_02():
    """Self-diffusion of iron in α-Fe has D0 = 2.8 × 10⁻⁴ m²/s and an activation energy of 251 kJ/mol. At what temperature (°C) does the diffusion coefficient equal 3.0 × 10⁻¹⁸ m²/s?"""
    t_k = 251e3 / (R * math.log(2.8e-4 / 3.0e-18))
    return t_k - 273.15


@item(
    S, "diffusion", "g", "Fick's first law J = D ΔC/Δx, mass = J A t (Callister Example 5.1 form)"
)
def ho_diff_03():
    """Hydrogen diffuses at steady state through a palladium sheet 5 mm thick and 0.20 m² in area. The hydrogen concentrations on the two faces are 2.4 kg/m³ and 0.6 kg/m³, and D = 1.7 × 10⁻⁸ m²/s. How many grams of hydrogen pass through the sheet per hour?"""
    flux = 1.7e-8 * (2.4 - 0.6) / 5e-3
    return flux * 0.20 * 3600 * 1e3


@item(
    S,
    "diffusion",
    "mm",
    "Callister eq. 5.5 solved for x: x = 2z√(Dt), erf z = 1 − (C_x − C_0)/(C_s − C_0)",
)
def ho_diff_04():
    """Given:
    - initial carbon content of the steel: 0.10 wt%
    - surface carbon content held at: 1.10 wt%
    - D = 2.0 × 10⁻¹¹ m²/s
    - carburizing time: 8 h
    At what depth below the surface will the carbon content be 0.45 wt%?"""
    ratio = (0.45 - 0.10) / (1.10 - 0.10)
    z = erfinv(1 - ratio)
    return 2 * z * math.sqrt(2.0e-11 * 8 * 3600) * 1e3


@item(
    S,
    "diffusion",
    "hour",
    "Same profile at the same temperature: x²/t constant (Callister eq. 5.6b)",
)
def ho_diff_05():
    """A carburizing treatment reaches a given carbon content at 0.6 mm depth in 5 h. At the same temperature, how long does it take to reach that same content at 1.2 mm?"""
    return 5 * (1.2 / 0.6) ** 2


@item(S, "diffusion", "m**2/s", "Callister eq. 5.8 solved for D0: D0 = D exp(Q/RT)")
def ho_diff_06():
    """For a diffusing species the activation energy is 150 kJ/mol and D = 2.0 × 10⁻¹⁵ m²/s at 1000 K. Calculate the pre-exponential factor D0."""
    return 2.0e-15 * math.exp(150e3 / (R * 1000))


@item(S, "diffusion", "kg/m**3", "Fick's first law solved for ΔC = J Δx/D")
def ho_diff_07():
    """A steady flux of 5.0 × 10⁻⁸ kg m⁻² s⁻¹ of nitrogen crosses a 2.0 mm thick iron membrane, with D = 2.0 × 10⁻¹⁰ m² s⁻¹. What concentration difference (kg/m³) between the two faces sustains it?"""
    return 5.0e-8 * 2.0e-3 / 2.0e-10


@item(
    S,
    "diffusion",
    None,
    "diffusion length: √(Dt), 2√(Dt) and √(6Dt) are all standard",
    refuse="two standard readings: the diffusion distance may be taken as √(Dt) (6 µm), 2√(Dt) (12 µm) or √(6Dt) (15 µm)",
)
def ho_diff_08():
    """How far do atoms diffuse in one hour if D = 1.0 × 10⁻¹⁴ m²/s?"""
    return None


# ---------------------------------------------------------------- mechanical properties


@item(S, "mechanical_properties", "kN", "Hooke's law: σ = E Δl/l0, F = σA (Callister ch. 6)")
def ho_mech_01():
    """An aluminium bar with a rectangular cross-section of 12 mm × 20 mm and a length of 250 mm is stretched elastically by 0.10 mm. If E = 69 GPa, what tensile force (kN) is applied?"""
    strain = 0.10 / 250
    return 69e9 * strain * (12e-3 * 20e-3) / 1e3


@item(S, "mechanical_properties", "MPa", "Callister eq. 6.18a: σ_T = σ(1 + ε)")
def ho_mech_02():
    r"""A tensile specimen is at an engineering stress of $325 \mathrm{~MPa}$ and an engineering strain of $0.18$ before necking. Compute the true stress."""
    return 325 * (1 + 0.18)


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Callister eq. 6.19 at two points: n = ln(σ2/σ1)/ln(ε2/ε1)",
)
def ho_mech_03():
    """For a brass, a true stress of 415 MPa produces a true plastic strain of 0.10, and 485 MPa a true strain of 0.15. Determine the strain-hardening exponent n."""
    return math.log(485 / 415) / math.log(0.15 / 0.10)


@item(S, "mechanical_properties", "MPa", "Callister eq. 6.19 with ε_T = ln(1 + ε) (eq. 6.18b)")
def ho_mech_04():
    """An alloy's plastic flow obeys σT = K εTⁿ with K = 800 MPa and n = 0.25. What true stress is needed to reach an engineering strain of 0.20?"""
    return 800 * math.log(1 + 0.20) ** 0.25


@item(S, "mechanical_properties", "MJ/m**3", "Callister eq. 6.14: U_r = σ_y²/2E")
def ho_mech_05():
    """A bronze has E = 110 GPa and a yield strength of 250 MPa. What is its modulus of resilience in MJ/m³?"""
    return (250e6) ** 2 / (2 * 110e9) / 1e6


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Elastic recovery on unloading (Callister Fig. 6.17): ε_p = ε_total − σ/E",
    decimals=5,
)
def ho_mech_06():
    """A steel (E = 200 GPa) is loaded beyond yield to a stress of 450 MPa, where the total strain is 0.012. What plastic strain remains after the load is removed? Report five decimal places."""
    return 0.012 - 450e6 / 200e9


@item(S, "mechanical_properties", "dimensionless", "Callister eq. 6.8: ν = −ε_x/ε_z", decimals=3)
def ho_mech_07():
    """A tensile stress applied along a bar's axis produces an axial strain of 1.2 × 10⁻³ and a lateral strain of −3.9 × 10⁻⁴. Determine Poisson's ratio to three decimal places."""
    return 3.9e-4 / 1.2e-3


@item(S, "mechanical_properties", "MPa", "Callister eq. 6.20a: TS(MPa) ≈ 3.45 × HB")
def ho_mech_08():
    """Estimate the tensile strength, in MPa, of a steel with a Brinell hardness of 220 HB."""
    return 3.45 * 220


# ---------------------------------------------------------------- dislocations & strengthening


@item(
    S,
    "dislocations_strengthening",
    "dimensionless",
    "Schmid factor m = cosφ cosλ (Callister eq. 7.2)",
)
def ho_disl_01():
    """The normal to a slip plane makes 45° and the slip direction 50° with the loading axis of a single crystal. What is the Schmid factor?"""
    return math.cos(math.radians(45)) * math.cos(math.radians(50))


@item(
    S,
    "dislocations_strengthening",
    "MPa",
    "Callister eq. 7.4: σ_y = τ_crss/(cosφ cosλ) with direction cosines",
)
def ho_disl_02():
    """An aluminium single crystal is loaded in tension along [001]. Slip occurs on (111) in the [10-1] direction, and the critical resolved shear stress is 1.2 MPa. What applied tensile stress starts slip?"""
    axis, normal, direction = (0, 0, 1), (1, 1, 1), (1, 0, -1)

    def cosine(u, v):
        return sum(a * b for a, b in zip(u, v, strict=True)) / math.sqrt(
            sum(a * a for a in u) * sum(b * b for b in v)
        )

    return 1.2 / abs(cosine(axis, normal) * cosine(axis, direction))


@item(S, "dislocations_strengthening", "nm", "BCC Burgers vector (a/2)<111>: |b| = a√3/2")
def ho_disl_03():
    """Tungsten is BCC with a = 0.3165 nm. What is the length of the Burgers vector of its perfect dislocations?"""
    return 0.3165 * math.sqrt(3) / 2


@item(
    S,
    "dislocations_strengthening",
    "um",
    "Hall–Petch (Callister eq. 7.7) solved for d = (k_y/(σ_y − σ0))²",
)
def ho_disl_04():
    r"""A low-carbon steel obeys the Hall–Petch relation with $\sigma_0 = 150 \mathrm{~MPa}$ and $k_y = 0.70 \mathrm{~MPa\,m^{1/2}}$. What grain diameter (µm) gives a yield strength of $300 \mathrm{~MPa}$?"""
    return (0.70 / (300 - 150)) ** 2 * 1e6


@item(
    S,
    "dislocations_strengthening",
    "mm",
    "Callister eq. 7.8: %CW = (1 − (d_d/d_0)²) × 100 solved for d_0",
)
def ho_disl_05():
    """A copper wire is to be drawn to a final diameter of 10 mm, the last drawing pass giving exactly 30% cold work. What must the diameter be before that last pass?"""
    return 10 / math.sqrt(1 - 0.30)


@item(
    S,
    "dislocations_strengthening",
    "J/m",
    "Line energy of a dislocation E ≈ ½Gb² (Hull & Bacon ch. 4)",
)
def ho_disl_06():
    """Taking the energy per unit length of a dislocation as ½Gb², compute it for copper with G = 48 GPa and b = 0.256 nm."""
    return 0.5 * 48e9 * (0.256e-9) ** 2


@item(S, "dislocations_strengthening", "MPa", "Orowan bowing stress τ = Gb/L (Hull & Bacon ch. 10)")
def ho_disl_07():
    """Using τ = Gb/L, estimate the shear stress needed for dislocations to bow between particles spaced 100 nm apart in an aluminium alloy (G = 26 GPa, b = 0.286 nm)."""
    return 26e9 * 0.286e-9 / 100e-9 / 1e6


@item(
    S,
    "dislocations_strengthening",
    None,
    "Hall–Petch needs σ0 and k_y",
    refuse="missing data: the Hall–Petch constants σ0 and k_y of the steel are not given",
)
def ho_disl_08():
    """What is the yield strength of a mild steel with a grain size of 10 µm?"""
    return None


# ---------------------------------------------------------------- failure


@item(S, "failure", "MPa", "Callister eq. 8.1: σ_m = 2σ0 (a/ρ_t)^½")
def ho_fail_01():
    """A surface crack 0.25 mm deep with a tip radius of 4 × 10⁻³ mm lies in a plate under a nominal tensile stress of 120 MPa. Estimate the maximum stress at the crack tip."""
    return 2 * 120 * math.sqrt(0.25 / 4e-3)


@item(S, "failure", "MPa*m**0.5", "Callister eq. 8.5: K = Yσ√(πa)")
def ho_fail_02():
    """An edge crack 3.0 mm long in a wide plate is loaded by a remote stress of 250 MPa. With a geometry factor of 1.12, calculate the stress-intensity factor in MPa√m."""
    return 1.12 * 250 * math.sqrt(math.pi * 3.0e-3)


@item(S, "failure", "MPa", "Callister eq. 8.6 with a = half the length of an internal crack")
def ho_fail_03():
    r"""A wide plate with $K_{Ic} = 55 \mathrm{~MPa}\sqrt{\mathrm{m}}$ contains an internal (through) crack of total length $4.0 \mathrm{~mm}$. Taking $Y = 1$, what stress will cause fracture?"""
    a = 4.0e-3 / 2
    return 55 / math.sqrt(math.pi * a)


@item(S, "failure", "MPa", "Callister eq. 8.15: σ_a = (σ_max − σ_min)/2")
def ho_fail_04():
    """A shaft is stressed cyclically between 280 MPa and 40 MPa (both tensile). Find the stress amplitude."""
    return (280 - 40) / 2


@item(S, "failure", "MPa", "Goodman relation σ_a = σ_e(1 − σ_m/σ_UTS) (Dowling ch. 9)")
def ho_fail_05():
    """A steel has a fully reversed endurance limit of 300 MPa and an ultimate tensile strength of 800 MPa. Using the Goodman line, what stress amplitude can it endure indefinitely at a mean stress of 200 MPa?"""
    return 300 * (1 - 200 / 800)


@item(
    S,
    "failure",
    "dimensionless",
    "Larson–Miller P = T(C + log t_r), T in K, t_r in h (Callister eq. 8.24)",
)
def ho_fail_06():
    """A creep-rupture test of a nickel alloy at 650 °C fails after 5000 h. Evaluate the Larson–Miller parameter with C = 20 (T in K, t in hours)."""
    return (650 + 273.15) * (20 + math.log10(5000))


@item(S, "failure", "1/s", "Callister eq. 8.20: ε̇ = K2 σⁿ exp(−Q_c/RT), ratio at fixed σ")
def ho_fail_07():
    """At a fixed stress, an alloy creeps at a steady-state rate of 2.0 × 10⁻⁸ s⁻¹ at 900 K. The creep activation energy is 280 kJ/mol. Predict the steady-state creep rate at 950 K."""
    return 2.0e-8 * math.exp(-280e3 / R * (1 / 950 - 1 / 900))


@item(
    S,
    "failure",
    "dimensionless",
    "Paris law integrated, Callister eq. 8.29: N_f = ∫ da/(A(YΔσ√(πa))^m)",
)
def ho_fail_08():
    """A surface crack grows by fatigue according to da/dN = A(ΔK)^m with A = 1.0 × 10⁻¹² (da/dN in m/cycle, ΔK in MPa√m) and m = 3. The stress range is 200 MPa and Y = 1. How many cycles are needed for the crack to grow from 1 mm to 5 mm?"""
    a_coef, m, dsig, a0, af = 1.0e-12, 3, 200, 1e-3, 5e-3
    # ∫ a^(-3/2) da = 2(a0^-½ − af^-½)
    integral = 2 * (a0**-0.5 - af**-0.5)
    return integral / (a_coef * (dsig * math.sqrt(math.pi)) ** m)


# ---------------------------------------------------------------- phase diagrams


@item(S, "phase_diagrams", "kg", "Lever rule: W_β = (C0 − C_α)/(C_β − C_α); mass = W_β × total")
def ho_phase_01():
    """2.5 kg of an A–40 wt% B alloy is held at a temperature where α (15 wt% B) and β (85 wt% B) coexist. What mass of β is present?"""
    return 2.5 * (40 - 15) / (85 - 15)


@item(
    S,
    "phase_diagrams",
    "percent",
    "Callister eq. 9.21 solved for C0: W_α' = (0.76 − C0)/(0.76 − 0.022)",
)
def ho_phase_02():
    """A slowly cooled hypoeutectoid steel contains 0.25 mass fraction of proeutectoid ferrite. Using 0.022 wt% C for ferrite and 0.76 wt% C for the eutectoid, find the carbon concentration of the steel (wt% C)."""
    return 0.76 - 0.25 * (0.76 - 0.022)


@item(S, "phase_diagrams", "dimensionless", "Callister eq. 9.10: W_e = (C0 − C_α)/(C_E − C_α)")
def ho_phase_03():
    """A Pb–50 wt% Sn alloy is cooled to just below the eutectic temperature (eutectic composition 61.9 wt% Sn; α contains 18.3 wt% Sn). What mass fraction of the alloy is eutectic microconstituent?"""
    return (50 - 18.3) / (61.9 - 18.3)


@item(S, "phase_diagrams", "dimensionless", "Lever rule across α + β: W_α = (C_β − C0)/(C_β − C_α)")
def ho_phase_04():
    """Just below the eutectic temperature the α and β phases of the Pb–Sn system contain 18.3 and 97.8 wt% Sn. For an alloy of 50 wt% Sn, compute the total mass fraction of the α phase."""
    return (97.8 - 50) / (97.8 - 18.3)


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule on the eutectoid: W_Fe3C = (0.76 − 0.022)/(6.70 − 0.022)",
)
def ho_phase_05():
    """What percentage of pearlite, by mass, is cementite? Take the ferrite at 0.022 wt% C, the eutectoid at 0.76 wt% C and Fe₃C at 6.70 wt% C."""
    return 100 * (0.76 - 0.022) / (6.70 - 0.022)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at fixed pressure F = C − P + 1",
    abs_tol=0.0,
)
def ho_phase_06():
    """At fixed pressure, how many degrees of freedom remain at the eutectic point of a binary alloy system?"""
    return 2 - 3 + 1


@item(S, "phase_diagrams", "dimensionless", "Callister eq. 9.7: W_α = V_α ρ_α/(V_α ρ_α + V_β ρ_β)")
def ho_phase_07():
    """A two-phase alloy contains 45 vol% of α (ρ = 2.7 g/cm³); the rest is β (ρ = 8.9 g/cm³). Calculate the mass fraction of α."""
    a, b = 0.45 * 2.7, 0.55 * 8.9
    return a / (a + b)


@item(
    S,
    "phase_diagrams",
    None,
    "'ferrite' may mean proeutectoid ferrite or total ferrite",
    refuse="two standard readings: proeutectoid ferrite (≈0.22) and total ferrite (≈0.91) give different fractions",
)
def ho_phase_08():
    """What fraction of a slowly cooled 0.60 wt% C steel is ferrite just below the eutectoid temperature?"""
    return None


# ---------------------------------------------------------------- phase transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Avrami, Callister eq. 10.17: ln(−ln(1−y)) = ln k + n ln t at two points",
)
def ho_kin_01():
    """A transformation is 20% complete after 50 s and 80% complete after 150 s. Assuming Avrami kinetics, find the exponent n."""
    y1, t1, y2, t2 = 0.20, 50, 0.80, 150
    return (math.log(-math.log(1 - y2)) - math.log(-math.log(1 - y1))) / math.log(t2 / t1)


@item(S, "transformations_kinetics", "1/s**3", "Avrami, Callister eq. 10.17: k = −ln(1 − y)/tⁿ")
def ho_kin_02():
    """For a transformation with Avrami exponent n = 3, half of the material has transformed after 200 s. What is the rate constant k (in s⁻³)?"""
    return math.log(2) / 200**3


@item(S, "transformations_kinetics", "nm", "Porter & Easterling ch. 4: r* = −2γ/ΔG_v")
def ho_kin_03():
    """A precipitate nucleates homogeneously with an interfacial energy of 0.132 J m⁻² and a volume free-energy change of −1.5 × 10⁸ J m⁻³. What is the critical radius of the nucleus, in nm?"""
    return 2 * 0.132 / 1.5e8 * 1e9


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Callister eq. 10.6 for r*, then atoms = (4/3)πr*³ × 4/a³ (FCC)",
    abs_tol=6,
)
def ho_kin_04():
    """Copper solidifies homogeneously with ΔHf = −1.77 × 10⁹ J/m³, γ = 0.177 J/m² and Tm = 1085 °C. Its lattice parameter is 0.3615 nm (FCC). For a supercooling of 300 K, how many atoms are in a nucleus of critical size?"""
    tm = 1085 + 273.15
    r_star = 2 * 0.177 * tm / (1.77e9 * 300)
    volume = 4 / 3 * math.pi * r_star**3
    return 4 * volume / (0.3615e-9) ** 3


@item(S, "transformations_kinetics", "min", "Callister eq. 10.18: rate = 1/t_0.5 = A exp(−Q/RT)")
def ho_kin_05():
    """A precipitation reaction has an activation energy of 120 kJ/mol and reaches 50% completion in 30 min at 500 K. How long (min) does it take to reach 50% at 550 K?"""
    return 30 * math.exp(120e3 / R * (1 / 550 - 1 / 500))


@item(
    S,
    "transformations_kinetics",
    "um**2/hour",
    "Grain growth, Callister eq. 7.9 with n = 2: K = (d² − d0²)/t",
)
def ho_kin_06():
    """During an anneal the mean grain diameter grows from 10 µm to 40 µm in 2 h. Assuming d² − d0² = Kt, evaluate K in µm²/h."""
    return (40**2 - 10**2) / 2


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Koistinen–Marburger: f = 1 − exp(−0.011(M_s − T))",
)
def ho_kin_07():
    """A steel with Ms = 300 °C is quenched to 100 °C. Using the Koistinen–Marburger equation with the usual coefficient 0.011 K⁻¹, what fraction of the austenite transforms to martensite?"""
    return 1 - math.exp(-0.011 * (300 - 100))


@item(
    S,
    "transformations_kinetics",
    None,
    "Avrami needs k and n (or a measured time)",
    refuse="missing data: no kinetic data (k, n or a reference time) are given",
)
def ho_kin_08():
    """How long will it take the pearlite transformation in a eutectoid steel to reach 50% completion at 600 °C?"""
    return None


# ---------------------------------------------------------------- thermodynamics


@item(S, "thermodynamics", "kJ/mol", "ΔG = ΔH − TΔS (Gaskell ch. 5)")
def ho_thermo_01():
    r"""For C(s) + O$_2$(g) → CO$_2$(g), $\Delta H^{\circ} = -393.5 \mathrm{~kJ\,mol^{-1}}$ and $\Delta S^{\circ} = 2.9 \mathrm{~J\,mol^{-1}\,K^{-1}}$. Evaluate $\Delta G^{\circ}$ at $1000 \mathrm{~K}$."""
    return (-393.5e3 - 1000 * 2.9) / 1e3


@item(
    S, "thermodynamics", "K", "Clausius–Clapeyron solved for T2: 1/T2 = 1/T1 − R ln(p2/p1)/ΔH_vap"
)
def ho_thermo_02():
    """Magnesium has a normal boiling point of 1363 K and an enthalpy of vaporization of 128 kJ/mol. At what temperature is its vapour pressure 0.01 atm?"""
    inv_t2 = 1 / 1363 - R * math.log(0.01 / 1) / 128e3
    return 1 / inv_t2


@item(S, "thermodynamics", "kJ/mol", "ΔG° = −RT ln K (Gaskell ch. 11)")
def ho_thermo_03():
    """The equilibrium constant of a reaction is 4.5 × 10⁻³ at 900 K. Compute the standard Gibbs free energy change."""
    return -R * 900 * math.log(4.5e-3) / 1e3


@item(S, "thermodynamics", "J/(mol*K)", "At T_m: ΔS_f = ΔH_f/T_m")
def ho_thermo_04():
    """Aluminium melts at 933 K with a heat of fusion of 10.7 kJ/mol. What is its entropy of fusion?"""
    return 10.7e3 / 933


@item(
    S,
    "thermodynamics",
    "J/mol",
    "Ideal solution: ΔG_mix = RT(x ln x + (1−x) ln(1−x)) (Porter & Easterling ch. 1)",
)
def ho_thermo_05():
    """Calculate the Gibbs energy of mixing of an ideal equimolar A–B solution at 800 K."""
    x = 0.5
    return R * 800 * (x * math.log(x) + (1 - x) * math.log(1 - x))


@item(
    S,
    "thermodynamics",
    "K",
    "Regular solution: critical temperature of the miscibility gap T_c = Ω/2R (Porter & Easterling ch. 1)",
)
def ho_thermo_06():
    """A binary regular solution has an interaction parameter Ω = 20 kJ/mol. Above what temperature is there no miscibility gap?"""
    return 20e3 / (2 * R)


@item(S, "thermodynamics", "kJ", "Kirchhoff's law ΔH(T2) = ΔH(T1) + ΔC_p (T2 − T1) (Gaskell ch. 6)")
def ho_thermo_07():
    """A reaction has ΔH = −100 kJ at 298 K, and ΔCp = −10 J/K is constant. What is ΔH at 798 K?"""
    return (-100e3 + (-10) * (798 - 298)) / 1e3


@item(
    S,
    "thermodynamics",
    None,
    "ΔS = ∫ C_p dT/T needs the heat capacity and the amount",
    refuse="missing data: no heat capacity and no amount of metal given",
)
def ho_thermo_08():
    """A metal is heated from 300 K to 900 K. Calculate its entropy change."""
    return None


# ---------------------------------------------------------------- electrical & semiconductors


@item(S, "electrical_semiconductors", "S/m", "R = l/(σA) solved for σ (Callister eqs. 18.2-18.4)")
def ho_elec_01():
    """A wire 2.0 m long and 3.0 mm in diameter has a measured resistance of 0.0061 Ω. What is the electrical conductivity of its metal?"""
    area = math.pi * (3.0e-3) ** 2 / 4
    return 2.0 / (0.0061 * area)


@item(
    S, "electrical_semiconductors", "ohm*m", "ρ = 1/σ, σ = n_i|e|(μ_e + μ_h) (Callister eq. 18.15)"
)
def ho_elec_02():
    """Intrinsic germanium at room temperature has nᵢ = 2.5 × 10¹⁹ m⁻³, μe = 0.38 and μh = 0.18 m²/(V·s). Calculate its electrical resistivity."""
    sigma = 2.5e19 * E_CHARGE * (0.38 + 0.18)
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "1/m**3",
    "p-type extrinsic: σ ≈ p|e|μ_h (Callister eq. 18.17), p = N_a",
)
def ho_elec_03():
    """What concentration of acceptor atoms (per m³) must be added to silicon to obtain a room-temperature p-type conductivity of 100 (Ω·m)⁻¹? Hole mobility: 0.045 m²/V·s; assume all acceptors are ionised."""
    return 100 / (E_CHARGE * 0.045)


@item(S, "electrical_semiconductors", "A/m**2", "Ohm's law J = σE (Callister eq. 18.5)")
def ho_elec_04():
    """A metal with conductivity 3.5 × 10⁷ S/m carries a uniform electric field of 0.05 V/m. What is the current density?"""
    return 3.5e7 * 0.05


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "Callister eq. 18.36 at two temperatures: E_g = 2k ln(σ2/σ1)/(1/T1 − 1/T2)",
)
def ho_elec_05():
    """The intrinsic conductivity of a semiconductor is 2.0 × 10⁻⁴ (Ω·m)⁻¹ at 300 K and 8.0 × 10⁻² (Ω·m)⁻¹ at 400 K. Assuming σ ∝ exp(−Eg/2kT), estimate the band gap in eV."""
    return 2 * K_B_EV * math.log(8.0e-2 / 2.0e-4) / (1 / 300 - 1 / 400)


@item(
    S,
    "electrical_semiconductors",
    "1/m**3",
    "Hall coefficient R_H = 1/(n e) for one carrier type (Callister eq. 18.20)",
)
def ho_elec_06():
    """The Hall coefficient of a metal is −7.4 × 10⁻¹¹ m³/C. Assuming conduction by electrons only, what is the free-electron concentration?"""
    return 1 / (7.4e-11 * E_CHARGE)


@item(S, "electrical_semiconductors", "nC", "C = ε_r ε0 A/l (Callister eq. 18.30), Q = CV")
def ho_elec_07():
    r"""A capacitor with plate area $2.0 \times 10^{-4} \mathrm{~m^{2}}$ and plate separation $0.10 \mathrm{~mm}$ is filled with a dielectric of $\varepsilon_r = 3.2$ and charged to $100 \mathrm{~V}$. How much charge is stored on each plate, in nC?"""
    cap = 3.2 * EPS_0 * 2.0e-4 / 0.10e-3
    return cap * 100 * 1e9


@item(
    S,
    "electrical_semiconductors",
    "ohm*m",
    "Linear temperature dependence ρ(T) = ρ0[1 + α_R(T − T0)] (Callister ch. 18.8)",
)
def ho_elec_08():
    """The resistivity of copper is 1.72 × 10⁻⁸ Ω·m at 20 °C and its temperature coefficient of resistivity is 0.0039 °C⁻¹. Estimate its resistivity at 100 °C."""
    return 1.72e-8 * (1 + 0.0039 * (100 - 20))


# ---------------------------------------------------------------- magnetic


@item(S, "magnetic", "T", "M = χ_m H, B = μ0(H + M) (Callister eqs. 20.5-20.7)")
def ho_mag_01():
    """A material with magnetic susceptibility 3.7 × 10⁻³ is placed in a field H = 1.0 × 10⁵ A/m. Compute the magnetic flux density B within it."""
    h = 1.0e5
    return MU_0 * (h + 3.7e-3 * h)


@item(S, "magnetic", "T", "Callister eq. 20.11 M_s = n_B μ_B N, then B_s = μ0 M_s")
def ho_mag_02():
    """Cobalt has 1.72 Bohr magnetons per atom, a density of 8.90 g/cm³ and an atomic weight of 58.93 g/mol. Calculate its saturation flux density Bs."""
    n = 8.90e6 * N_A / 58.93
    return MU_0 * 1.72 * MU_B * n


@item(S, "magnetic", "dimensionless", "B = μ_r μ0 H (Callister eq. 20.2)")
def ho_mag_03():
    """A flux density of 0.63 T is produced in a steel by a field of 500 A/m. What is the steel's relative permeability?"""
    return 0.63 / (MU_0 * 500)


@item(S, "magnetic", "A", "H = NI/l solved for I (Callister eq. 20.1)")
def ho_mag_04():
    """A solenoid 0.30 m long has 500 turns. What current is needed to produce a magnetizing field of 5000 A/m inside it?"""
    return 5000 * 0.30 / 500


@item(S, "magnetic", "dimensionless", "Curie–Weiss law χ = C/(T − θ) (Kittel ch. 11)", decimals=4)
def ho_mag_05():
    """Above its Curie temperature of 420 K, a ferromagnet obeys the Curie–Weiss law with a Curie constant of 1.2 K. What is its susceptibility at 500 K? Answer to 4 decimal places."""
    return 1.2 / (500 - 420)


@item(
    S,
    "magnetic",
    "A/m",
    "Ferrite saturation magnetization: 8 formula units × 2 μ_B (Ni²⁺) per cubic cell (Callister Example 20.2)",
)
def ho_mag_06():
    """Nickel ferrite NiFe₂O₄ has an inverse spinel structure: per formula unit only the Ni²⁺ ion (2 Bohr magnetons) contributes to the net moment. The cubic cell (a = 0.834 nm) holds 8 formula units. Compute the saturation magnetization."""
    return 8 * 2 * MU_B / (0.834e-9) ** 3


@item(S, "magnetic", "A*m**2", "Magnetic moment = M × V")
def ho_mag_07():
    """A 1.0 cm³ cube of iron is magnetized to saturation, Ms = 1.7 × 10⁶ A/m. What is its total magnetic moment?"""
    return 1.7e6 * 1.0e-6


@item(
    S,
    "magnetic",
    None,
    "B = μ_r μ0 H needs H",
    refuse="missing data: the applied field (or the coil current and geometry) is not given",
)
def ho_mag_08():
    """A soft iron core has a relative permeability of 2000. What magnetic flux density does it carry?"""
    return None


# ---------------------------------------------------------------- optical & thermal


@item(S, "optical_thermal", "eV", "E = hc/λ")
def ho_opt_01():
    """What is the energy, in electron-volts, of a photon of green light with wavelength 550 nm?"""
    return C.h * C.c / 550e-9 / C.e


@item(S, "optical_thermal", "eV", "Absorption edge E_g = hc/λ_c (Callister ch. 21.7)")
def ho_opt_02():
    """ZnO absorbs light of wavelength shorter than 387 nm and is transparent to longer wavelengths. Estimate its band-gap energy."""
    return C.h * C.c / 387e-9 / C.e


@item(S, "optical_thermal", "dimensionless", "n = c/v (Callister eq. 21.7)", decimals=3)
def ho_opt_03():
    """Light travels through a glass at 1.97 × 10⁸ m/s. What is the glass's index of refraction? Give three decimal places."""
    return C.c / 1.97e8


@item(
    S,
    "optical_thermal",
    "dimensionless",
    "Normal-incidence reflectivity R = ((n − 1)/(n + 1))² solved for n",
)
def ho_opt_04():
    """A transparent solid in air reflects 5.0% of light at normal incidence. What is its index of refraction?"""
    s = math.sqrt(0.050)
    return (1 + s) / (1 - s)


@item(S, "optical_thermal", "delta_degC", "Callister eq. 19.3: Δl = α l0 ΔT solved for ΔT")
def ho_opt_05():
    """Steel rails 12 m long are laid with a 5.0 mm gap between them. By how many degrees Celsius must the temperature rise for the gap to close? α = 12 × 10⁻⁶ °C⁻¹."""
    return 5.0e-3 / (12e-6 * 12)


@item(
    S, "optical_thermal", "MPa", "Callister eq. 19.8: σ = Eα_l(T0 − Tf) for a bar held at both ends"
)
def ho_opt_06():
    """An aluminium rod (E = 70 GPa, α = 23.6 × 10⁻⁶ /K) is clamped rigidly at 120 °C and cooled to 20 °C. What stress develops in it (magnitude, MPa)?"""
    return 70e9 * 23.6e-6 * (120 - 20) / 1e6


@item(S, "optical_thermal", "MJ", "Fourier's law q = kAΔT/Δx, energy = q t (Callister eq. 19.5)")
def ho_opt_07():
    """A glass pane (k = 1.4 W m⁻¹ K⁻¹) is 2.0 m² in area and 5 mm thick, and its two faces differ in temperature by 15 K. How much heat passes through it in one hour, in MJ?"""
    power = 1.4 * 2.0 * 15 / 5e-3
    return power * 3600 / 1e6


@item(S, "optical_thermal", "m**2/s", "Thermal diffusivity α = k/(ρ c_p)")
def ho_opt_08():
    """Compute the thermal diffusivity of copper from k = 401 W/(m·K), ρ = 8960 kg/m³ and cp = 385 J/(kg·K)."""
    return 401 / (8960 * 385)


# ---------------------------------------------------------------- polymers


@item(S, "polymers", "kg/mol", "Callister eq. 14.6: M_n = DP × m, m(C8H8)")
def ho_poly_01():
    """A polystyrene has a degree of polymerization of 2500. With atomic weights C = 12.011 and H = 1.008 g/mol, what is its number-average molecular weight in kg/mol?"""
    m = 8 * 12.011 + 8 * 1.008
    return 2500 * m / 1000


@item(
    S,
    "polymers",
    "g/mol",
    "M_n = 1/Σ(w_i/M_i) from weight fractions (Callister eq. 14.5a equivalent)",
)
def ho_poly_02():
    """The weight fractions of a polymer's molecular-weight classes are:

    | M (g/mol) | weight fraction |
    |---|---|
    | 15 000 | 0.15 |
    | 25 000 | 0.35 |
    | 35 000 | 0.35 |
    | 45 000 | 0.15 |

    What is the number-average molecular weight?"""
    w = (0.15, 0.35, 0.35, 0.15)
    m = (15000, 25000, 35000, 45000)
    return 1 / sum(wi / mi for wi, mi in zip(w, m, strict=True))


@item(
    S,
    "polymers",
    "dimensionless",
    "Đ = M_w/M_n with M_w = Σw_iM_i and M_n = 1/Σ(w_i/M_i)",
    decimals=2,
)
def ho_poly_03():
    """A polymer sample consists by weight of 15% chains of 15 000 g/mol, 35% of 25 000 g/mol, 35% of 35 000 g/mol and 15% of 45 000 g/mol. Determine its dispersity (Mw/Mn) to two decimal places."""
    w = (0.15, 0.35, 0.35, 0.15)
    m = (15000, 25000, 35000, 45000)
    mw = sum(wi * mi for wi, mi in zip(w, m, strict=True))
    mn = 1 / sum(wi / mi for wi, mi in zip(w, m, strict=True))
    return mw / mn


@item(S, "polymers", "dimensionless", "Copolymer m̄ = Σ f_j m_j (Callister eq. 14.7), DP = M_n/m̄")
def ho_poly_04():
    """A nitrile rubber is a random copolymer containing 30% acrylonitrile repeat units (53.06 g/mol) and 70% butadiene units (54.09 g/mol), by number. If Mn = 250 000 g/mol, what is the degree of polymerization?"""
    mbar = 0.30 * 53.06 + 0.70 * 54.09
    return 250000 / mbar


@item(
    S,
    "polymers",
    "g/cm**3",
    "Mass-fraction crystallinity (Callister eq. 14.8 rearranged): 1/ρ_s = W_c/ρ_c + (1 − W_c)/ρ_a",
)
def ho_poly_05():
    """Poly(ethylene terephthalate) that is 40% crystalline (by mass) is to be made. The crystalline and amorphous densities are 1.455 and 1.335 g/cm³. What is the specimen density?"""
    return 1 / (0.40 / 1.455 + 0.60 / 1.335)


@item(S, "polymers", "nm", "Callister eq. 14.12: r = d√N, N = 2 M_n/m(C2H4) backbone bonds")
def ho_poly_06():
    """A linear polyethylene has Mn = 280 000 g/mol (repeat unit 28.05 g/mol). Taking the C–C bond length as 0.154 nm, estimate its average end-to-end distance using r = d√N."""
    n_bonds = 2 * 280000 / 28.05
    return 0.154 * math.sqrt(n_bonds)


@item(S, "polymers", "s", "Stress relaxation, Callister eq. 15.10: τ = t/ln(σ0/σ)")
def ho_poly_07():
    """In a stress-relaxation test held at constant strain, the stress in an elastomer falls from 5.0 MPa to 3.5 MPa in 60 s. Assuming exponential relaxation, what is the relaxation time?"""
    return 60 / math.log(5.0 / 3.5)


@item(
    S,
    "polymers",
    None,
    "DP = M_n/m needs the repeat unit; 'nylon' alone names several",
    refuse="two standard readings: nylon 6 (m = 113.16 g/mol, DP ≈ 177) and nylon 6,6 (m = 226.32 g/mol, DP ≈ 88)",
)
def ho_poly_08():
    """What is the degree of polymerization of a nylon with a number-average molecular weight of 20 kg/mol?"""
    return None


# ---------------------------------------------------------------- ceramics & composites


@item(S, "ceramics_composites", "MPa", "Callister eq. 16.17: σ*_cl = σ'_m(1 − V_f) + σ*_f V_f")
def ho_comp_01():
    """Continuous aligned carbon fibres (tensile strength 3.5 GPa) occupy half the volume of an epoxy composite. The matrix stress at fibre failure is 30 MPa. Estimate the longitudinal tensile strength of the composite."""
    return 30 * (1 - 0.5) + 3500 * 0.5


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "Isostrain rule of mixtures (Callister eq. 16.10) solved for V_f",
    decimals=3,
)
def ho_comp_02():
    """A continuous, aligned fibre composite should have a longitudinal modulus of 50 GPa. Fibre modulus 230 GPa, matrix modulus 3.0 GPa. What volume fraction of fibres is required (three decimals)?"""
    return (50 - 3.0) / (230 - 3.0)


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "Rule of mixtures for density ρ_c = V_f ρ_f + V_m ρ_m (Callister eq. 16.1 form)",
)
def ho_comp_03():
    """A composite has 60 vol% carbon fibres (1.80 g/cm³) in epoxy (1.20 g/cm³). Compute its density."""
    return 0.60 * 1.80 + 0.40 * 1.20


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Discontinuous aligned fibres, l > l_c, Callister eq. 16.18: σ*_cd = σ*_f V_f(1 − l_c/2l) + σ'_m(1 − V_f)",
)
def ho_comp_04():
    """An aligned short-fibre composite has 30 vol% fibres 5 mm long with a strength of 3.0 GPa; the critical fibre length is 1 mm and the matrix stress at composite failure is 20 MPa. Estimate the longitudinal strength."""
    vf, sf, lc, length, sm = 0.30, 3000, 1.0, 5.0, 20
    return sf * vf * (1 - lc / (2 * length)) + sm * (1 - vf)


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "Callister eq. 12.1: ρ = n'(ΣA_C + ΣA_A)/(V_C N_A), rock salt n' = 4",
)
def ho_comp_05():
    """MgO has the rock-salt structure with a lattice parameter of 0.424 nm. Atomic weights: Mg 24.31, O 16.00 g/mol. Calculate its theoretical density."""
    a_cm = 0.424e-7
    return 4 * (24.31 + 16.00) / (N_A * a_cm**3)


@item(S, "ceramics_composites", "percent", "Porosity P = 1 − ρ_bulk/ρ_theoretical")
def ho_comp_06():
    """A sintered alumina part has a bulk density of 3.60 g/cm³, while fully dense alumina is 3.98 g/cm³. What is its porosity in percent?"""
    return 100 * (1 - 3.60 / 3.98)


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Three-point bending of a circular rod, Callister eq. 12.7b: σ_fs = F L/(πR³)",
)
def ho_comp_07():
    """A cylindrical glass rod of 5.0 mm diameter breaks in three-point bending at a load of 450 N when the supports are 50 mm apart. Determine the flexural strength."""
    return 450 * 0.050 / (math.pi * 2.5e-3**3) / 1e6


@item(
    S,
    "ceramics_composites",
    None,
    "rule of mixtures needs E_f, E_m and the loading direction",
    refuse="missing data and two readings: no moduli given, and longitudinal (isostrain) vs transverse (isostress) loading is not stated",
)
def ho_comp_08():
    """Estimate the elastic modulus of an epoxy composite reinforced with 30 vol% glass fibres."""
    return None


# ---------------------------------------------------------------- corrosion


@item(S, "corrosion", "hour", "Faraday's law t = m n F/(I M) (Callister eq. 17.24)")
def ho_corr_01():
    """How long (in hours) must a current of 1.5 A flow to electroplate 5.0 g of copper from a Cu²⁺ solution (M = 63.55 g/mol)?"""
    return 5.0 * 2 * FARADAY / (1.5 * 63.55) / 3600


@item(S, "corrosion", "A", "Faraday's law I = m n F/(M t)")
def ho_corr_02():
    """A buried steel structure loses 10 g of iron per day by Fe → Fe²⁺ + 2e⁻ (M = 55.85 g/mol). What corrosion current does this represent?"""
    return 10 * 2 * FARADAY / (55.85 * 86400)


@item(S, "corrosion", "V", "Nernst, Callister eq. 17.19: ΔV = ΔV° − (RT/nF) ln([Zn²⁺]/[Cu²⁺])")
def ho_corr_03():
    """A Daniell cell has Zn in 1.0 M Zn²⁺ and Cu in 0.010 M Cu²⁺ at 25 °C. Standard potentials: Cu²⁺/Cu +0.340 V, Zn²⁺/Zn −0.763 V. What is the cell voltage?"""
    e0 = 0.340 - (-0.763)
    return e0 - R * 298.15 / (2 * FARADAY) * math.log(1.0 / 0.010)


@item(S, "corrosion", "V", "Nernst for one electrode: E = E° + (RT/nF) ln[Mⁿ⁺]")
def ho_corr_04():
    r"""Calculate the electrode potential of copper in a $5.0 \times 10^{-3} \mathrm{~M}$ Cu$^{2+}$ solution at $25^{\circ}\mathrm{C}$. The standard potential of Cu$^{2+}$/Cu is $+0.340 \mathrm{~V}$."""
    return 0.340 + R * 298.15 / (2 * FARADAY) * math.log(5.0e-3)


@item(
    S,
    "corrosion",
    "dimensionless",
    "Nernst: ΔV = 0 when ln([Co²⁺]/[Ni²⁺]) = nFΔV°/RT (Callister eq. 17.19)",
)
def ho_corr_05():
    """A cell is made of Co in a Co²⁺ solution and Ni in a Ni²⁺ solution at 25 °C. Standard potentials are −0.277 V (Co) and −0.250 V (Ni). At what ratio [Co²⁺]/[Ni²⁺] does the cell potential become zero?"""
    de0 = -0.250 - (-0.277)
    return math.exp(2 * FARADAY * de0 / (R * 298.15))


@item(
    S,
    "corrosion",
    "mm/year",
    "Callister eq. 17.23: CPR = K W/(ρ A t), K = 87.6 for mm/yr with W in mg, A in cm², t in h",
)
def ho_corr_06():
    """A steel plate (density 7.9 g/cm³) with an exposed area of 645 cm² loses 485 g by corrosion in one year (8760 h). Calculate the corrosion penetration rate in mm/yr."""
    return 87.6 * 485e3 / (7.9 * 645 * 8760)


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio = A_O ρ_M/(n A_M ρ_O), n = 1 for FeO (Callister eq. 17.32)",
)
def ho_corr_07():
    """Iron oxidises to FeO. With ρ(Fe) = 7.87 g/cm³, ρ(FeO) = 5.70 g/cm³, M(Fe) = 55.85 g/mol and M(FeO) = 71.85 g/mol, compute the Pilling–Bedworth ratio."""
    return 71.85 * 7.87 / (1 * 55.85 * 5.70)


@item(S, "corrosion", "hour", "Parabolic oxidation W² = K t (Callister eq. 17.34)")
def ho_corr_08():
    """A metal oxidises parabolically and gains 0.60 mg/cm² in 20 h. How many hours will it take to gain 1.5 mg/cm²?"""
    return 20 * (1.5 / 0.60) ** 2
