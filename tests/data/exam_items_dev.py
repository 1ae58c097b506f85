"""Set A (development) of the blind exam set: 120 questions, 8 per topic.

Written without reading the answer engine. Each key is computed in the function body; the
decorator's ``source`` names the textbook relation used.
"""

from __future__ import annotations

import math

from exam_items import (
    E_CHARGE,
    EPS_0,
    FARADAY,
    K_B_EV,
    MU_0,
    MU_B,
    N_A,
    YEAR_S,
    R,
    item,
)
from scipy.special import erf, erfinv

S = "dev"

# ---------------------------------------------------------------- crystallography & XRD


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "Callister ch. 3, eq. 3.1 (a = 2R√2) and eq. 3.8 (ρ = nA/(V_C N_A))",
)
def dev_cryst_01():
    """Copper has an FCC crystal structure, an atomic radius of 0.128 nm and an atomic weight of 63.55 g/mol. Calculate its theoretical density in g/cm^3."""
    r_cm = 0.128e-7
    a = 2 * r_cm * math.sqrt(2)
    return 4 * 63.55 / (N_A * a**3)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Cubic d-spacing d = a/√(h²+k²+l²) and Bragg's law nλ = 2d sinθ (Callister ch. 3.16)",
)
def dev_cryst_02():
    r"""For BCC iron the lattice parameter is $a=0.2866 \mathrm{~nm}$ and the density is $7.87 \mathrm{~g/cm^{3}}$. Monochromatic radiation of wavelength 0.1542 nm is used. At what diffraction angle $2\theta$ does the first-order (211) reflection occur?"""
    a, lam = 0.2866, 0.1542
    d = a / math.sqrt(2**2 + 1 + 1)
    theta = math.degrees(math.asin(lam / (2 * d)))
    return 2 * theta


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "APF = n·(4/3)πR³ / a³ with a = 4R/√3 for BCC (Callister ch. 3)",
    decimals=3,
)
def dev_cryst_03():
    """Compute the atomic packing factor of the body-centred cubic structure, assuming hard-sphere atoms. Give your answer to three decimal places."""
    r = 1.0
    a = 4 * r / math.sqrt(3)
    return 2 * (4 / 3) * math.pi * r**3 / a**3


@item(
    S,
    "crystallography_xrd",
    "nm",
    "FCC octahedral void: r = (√2 − 1)R, from a = 2R√2 = 2R + 2r along the cube edge",
)
def dev_cryst_04():
    """γ-iron is FCC with an atomic radius of 0.1292 nm. What is the radius of the largest sphere that can fit into an octahedral interstitial site without distorting the lattice? Answer in nm."""
    big_r = 0.1292
    return (math.sqrt(2) - 1) * big_r


@item(
    S,
    "crystallography_xrd",
    "1/nm**2",
    "Planar density of BCC (110): 2 atoms on an a × a√2 rectangle (Callister ch. 3.11)",
)
def dev_cryst_05():
    """Determine the planar density of the (110) plane of α-Fe (BCC, a = 0.2866 nm), in atoms per nm²."""
    a = 0.2866
    return 2 / (a * a * math.sqrt(2))


@item(
    S,
    "crystallography_xrd",
    "1/nm",
    "Linear density of FCC [110]: 2 atom diameters per face diagonal a√2 (Callister ch. 3.11)",
)
def dev_cryst_06():
    """Aluminium is face-centred cubic with a lattice constant of 4.049 Å.
    Calculate the linear density of atoms along the [110] direction, in atoms per nanometre."""
    a_nm = 0.4049
    return 2 / (a_nm * math.sqrt(2))


@item(
    S,
    "crystallography_xrd",
    "degree",
    "FCC reflections need h,k,l unmixed: 111, 200, 220, ...; Bragg's law (Callister ch. 3.16)",
)
def dev_cryst_07():
    """A powder of nickel (FCC, a = 0.3524 nm) is examined with Cu Kα radiation, λ = 0.1542 nm. At what value of 2θ (in degrees) does the second peak of the diffraction pattern appear?"""
    a, lam = 0.3524, 0.1542
    # allowed FCC reflections in order: (111), (200): the second peak is (200)
    d200 = a / math.sqrt(4)
    return 2 * math.degrees(math.asin(lam / (2 * d200)))


@item(
    S,
    "crystallography_xrd",
    None,
    "HCP: hexagonal prism V = (3√3/2)a²c vs primitive cell V = (√3/2)a²c",
    refuse="two standard readings of 'the unit cell' of HCP (hexagonal prism, 6 atoms, or primitive cell, 2 atoms) give volumes differing by 3×",
)
def dev_cryst_08():
    """Magnesium is hexagonal close-packed with a = 0.3209 nm and c = 0.5211 nm. Compute the volume of its unit cell in nm³."""
    return None


# ---------------------------------------------------------------- imperfections


@item(S, "imperfections", "1/m**3", "Callister ch. 4, eq. 4.1 N_v = N exp(−Q_v/kT), N = N_A ρ / A")
def dev_imperf_01():
    r"""Calculate the equilibrium number of vacancies per cubic metre for copper at $1000^{\circ} \mathrm{C}$. The energy for vacancy formation is $0.90 \mathrm{~eV}$/atom; the atomic weight and density (at $1000^{\circ} \mathrm{C}$) for copper are $63.5 \mathrm{~g/mol}$ and $8.40 \mathrm{~g/cm^{3}}$, respectively."""
    n_sites = N_A * 8.40e6 / 63.5  # atoms per m^3 (ρ in g/m^3)
    return n_sites * math.exp(-0.90 / (K_B_EV * (1000 + 273.15)))


@item(
    S, "imperfections", "dimensionless", "Callister ch. 4, eq. 4.1: fraction N_v/N = exp(−Q_v/kT)"
)
def dev_imperf_02():
    """What fraction of the atomic sites of a metal are vacant at 800 °C if the vacancy formation energy is 1.08 eV?"""
    return math.exp(-1.08 / (K_B_EV * (800 + 273.15)))


@item(
    S,
    "imperfections",
    "eV",
    "Callister ch. 4, eq. 4.1 at two temperatures: Q_v = k ln(f2/f1)/(1/T1 − 1/T2)",
)
def dev_imperf_03():
    """The equilibrium vacancy fraction in a metal is 1.0 × 10⁻⁶ at 900 K and 1.0 × 10⁻⁵ at 1100 K. Estimate the vacancy formation energy in eV."""
    t1, t2 = 900.0, 1100.0
    return K_B_EV * math.log(1e-5 / 1e-6) / (1 / t1 - 1 / t2)


@item(
    S,
    "imperfections",
    "dimensionless",
    "Kingery, Introduction to Ceramics ch. 4: Schottky pairs n/N = exp(−ΔH_s/2kT)",
)
def dev_imperf_04():
    """The energy to form a Schottky pair in an ionic crystal is 2.3 eV. Estimate the fraction of cation sites that are vacant at 1000 K, assuming the crystal is stoichiometric."""
    return math.exp(-2.3 / (2 * K_B_EV * 1000))


@item(
    S,
    "imperfections",
    "dimensionless",
    "ASTM E112 / Callister eq. 4.16: N = 2^(n−1) at 100×",
    decimals=1,
)
def dev_imperf_05():
    """On a micrograph taken at 100× magnification there are 45 grains per square inch. Determine the ASTM grain size number, rounded to one decimal place."""
    return 1 + math.log(45) / math.log(2)


@item(S, "imperfections", "1/inch**2", "Callister eq. 4.17: N_M = 2^(n−1) (100/M)²")
def dev_imperf_06():
    """A steel has an ASTM grain size number of 7. How many grains per square inch would be seen on a micrograph taken at a magnification of 300×?"""
    n, mag = 7, 300
    return 2 ** (n - 1) * (100 / mag) ** 2


@item(
    S, "imperfections", "percent", "Callister eq. 4.6a: C'_1 = (C_1/A_1)/(C_1/A_1 + C_2/A_2) × 100"
)
def dev_imperf_07():
    """A brass contains 30 wt% Zn and 70 wt% Cu. Given atomic weights of 65.41 g/mol (Zn) and 63.55 g/mol (Cu), what is the zinc content in atom percent?"""
    zn, cu = 30 / 65.41, 70 / 63.55
    return 100 * zn / (zn + cu)


@item(
    S,
    "imperfections",
    "dimensionless",
    "Frenkel defects with N_i = N interstitial sites: n/N = exp(−E_F/2kT) (Kingery ch. 4)",
)
def dev_imperf_08():
    r"""In a silver halide the formation energy of a Frenkel defect is $1.1 \mathrm{~eV}$. Assuming the number of available interstitial sites equals the number of cation lattice sites, calculate the fraction of cations displaced into interstitial positions at $600 \mathrm{~K}$."""
    return math.exp(-1.1 / (2 * K_B_EV * 600))


# ---------------------------------------------------------------- diffusion


@item(S, "diffusion", "m**2/s", "Callister ch. 5, eq. 5.8: D = D0 exp(−Q_d/RT)")
def dev_diff_01():
    """For the diffusion of copper in aluminium, D0 = 6.5 × 10⁻⁵ m²/s and Qd = 136 kJ/mol. Calculate the diffusion coefficient at 500 °C."""
    return 6.5e-5 * math.exp(-136e3 / (R * (500 + 273.15)))


@item(
    S, "diffusion", "kg/(m**2*s)", "Callister ch. 5, Fick's first law J = −D ΔC/Δx (steady state)"
)
def dev_diff_02():
    """A sheet of iron is exposed to a carburizing atmosphere on one side and a decarburizing one on the other, reaching steady state. The carbon concentrations at 3 mm and 9 mm below the carburizing surface are 1.5 and 0.6 kg/m³. If D = 2.5 × 10⁻¹¹ m²/s, compute the diffusion flux of carbon in kg/(m²·s)."""
    d = 2.5e-11
    return d * (1.5 - 0.6) / (9e-3 - 3e-3)


@item(
    S,
    "diffusion",
    "percent",
    "Callister ch. 5, eq. 5.5: (C_x − C_0)/(C_s − C_0) = 1 − erf(x/2√(Dt))",
)
def dev_diff_03():
    """A steel of 0.20 wt% C is carburized with the surface held at 1.00 wt% C. The diffusion coefficient of carbon is 1.6 × 10⁻¹¹ m²/s. What is the carbon concentration (wt% C) at a depth of 0.5 mm after 10 hours?"""
    c0, cs, x, d, t = 0.20, 1.00, 0.5e-3, 1.6e-11, 10 * 3600
    return c0 + (cs - c0) * (1 - erf(x / (2 * math.sqrt(d * t))))


@item(
    S,
    "diffusion",
    "hour",
    "Callister ch. 5, eq. 5.5 solved for t: z = erfinv(1 − (C_x−C_0)/(C_s−C_0)), t = x²/(4z²D)",
)
def dev_diff_04():
    """An alloy with an initial uniform carbon content of 0.25 wt% is treated at 950 °C in an atmosphere that fixes the surface carbon at 1.20 wt%. How long, in hours, is needed to reach 0.80 wt% C at 0.5 mm below the surface? Take D = 1.6 × 10⁻¹¹ m²/s."""
    c0, cs, cx, x, d = 0.25, 1.20, 0.80, 0.5e-3, 1.6e-11
    z = erfinv(1 - (cx - c0) / (cs - c0))
    return x**2 / (4 * z**2 * d) / 3600


@item(
    S,
    "diffusion",
    "kJ/mol",
    "Callister ch. 5, eq. 5.8 at two temperatures: Q = R ln(D2/D1)/(1/T1 − 1/T2)",
)
def dev_diff_05():
    r"""The diffusion coefficients of a metal in another are $5.5 \times 10^{-14} \mathrm{~m}^{2}/\mathrm{s}$ at $600^{\circ}\mathrm{C}$ and $3.9 \times 10^{-13} \mathrm{~m}^{2}/\mathrm{s}$ at $700^{\circ}\mathrm{C}$. Determine the activation energy for diffusion in kJ/mol."""
    t1, t2 = 600 + 273.15, 700 + 273.15
    return R * math.log(3.9e-13 / 5.5e-14) / (1 / t1 - 1 / t2) / 1000


@item(S, "diffusion", "hour", "Callister ch. 5: same profile when Dt is constant; D from eq. 5.8")
def dev_diff_06():
    """A diffusion heat treatment gives the required concentration profile after 10 h at 600 °C. The activation energy for diffusion is 140 kJ/mol. How many hours would the same treatment take at 700 °C?"""
    q, t1, t2 = 140e3, 600 + 273.15, 700 + 273.15
    # D1 t1 = D2 t2  ->  t2 = t1 D1/D2
    return 10 * math.exp(-q / (R * t1)) / math.exp(-q / (R * t2))


@item(
    S, "diffusion", "um", "Characteristic diffusion distance x ≈ √(Dt) (Porter & Easterling ch. 2)"
)
def dev_diff_07():
    """Estimate the characteristic diffusion distance, taken as x ≈ √(Dt), for an atom with D = 1.0 × 10⁻¹⁵ m² s⁻¹ after one hour. Express the result in micrometres."""
    return math.sqrt(1.0e-15 * 3600) * 1e6


@item(
    S,
    "diffusion",
    None,
    "Fick's second law needs C_0, C_s, C_x and D",
    refuse="missing data: no concentrations, no diffusion coefficient or temperature given",
)
def dev_diff_08():
    """How long does it take to carburize a steel gear to a depth of 0.5 mm?"""
    return None


# ---------------------------------------------------------------- mechanical properties


@item(S, "mechanical_properties", "MPa", "Callister ch. 6, eq. 6.1: σ = F/A0")
def dev_mech_01():
    """A cylindrical rod of 10 mm diameter carries a tensile load of 15 000 N. What is the engineering stress in MPa?"""
    area = math.pi * (10e-3) ** 2 / 4
    return 15000 / area / 1e6


@item(S, "mechanical_properties", "mm", "Callister ch. 6, Hooke's law σ = Eε, Δl = σ l0/E")
def dev_mech_02():
    """A piece of copper originally 305 mm long is pulled in tension with a stress of 276 MPa. If the deformation is entirely elastic and E = 110 GPa, what is the resulting elongation?"""
    return 276e6 * 305 / 110e9


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Callister ch. 6, eq. 6.18: ε_T = ln(1 + ε)",
    decimals=3,
)
def dev_mech_03():
    """During a tensile test, the engineering stress is 400 MPa at an engineering strain of 0.25. Calculate the true strain, to three decimal places."""
    return math.log(1 + 0.25)


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Callister ch. 6: σ_T = K ε_T^n (eq. 6.19), ε_T = ln(1+ε), σ = σ_T/(1+ε) (eqs. 6.17-6.18)",
)
def dev_mech_04():
    r"""For a metal that obeys $\sigma_T = K\varepsilon_T^{n}$ with $K = 600 \mathrm{~MPa}$ and $n = 0.20$, compute the engineering stress at an engineering strain of $0.15$ (assume uniform deformation, constant volume)."""
    eng = 0.15
    true_strain = math.log(1 + eng)
    true_stress = 600 * true_strain**0.20
    return true_stress / (1 + eng)


@item(S, "mechanical_properties", "kJ/m**3", "Callister ch. 6, eq. 6.14: U_r = σ_y²/2E")
def dev_mech_05():
    """A steel has a yield strength of 415 MPa and a modulus of elasticity of 207 GPa. Determine its modulus of resilience in kJ/m³."""
    return (415e6) ** 2 / (2 * 207e9) / 1e3


@item(
    S,
    "mechanical_properties",
    "mm",
    "Callister ch. 6: σ = F/A0, ε_z = σ/E, ε_x = −ν ε_z, Δd = ε_x d0",
)
def dev_mech_06():
    """A brass rod 10 mm in diameter is loaded elastically in tension with 9.0 kN along its axis. E = 97 GPa, ν = 0.34. By how much does the diameter decrease (mm)?"""
    d0 = 10e-3
    stress = 9.0e3 / (math.pi * d0**2 / 4)
    axial = stress / 97e9
    return 0.34 * axial * d0 * 1e3


@item(S, "mechanical_properties", "percent", "Callister ch. 6, eq. 6.12: %RA = (A0 − Af)/A0 × 100")
def dev_mech_07():
    """A tensile specimen of 12.8 mm initial diameter and 50.0 mm gauge length breaks with a gauge length of 62.5 mm and a neck diameter of 8.5 mm. Calculate the percent reduction in area."""
    return 100 * (1 - (8.5 / 12.8) ** 2)


@item(S, "mechanical_properties", "GPa", "Isotropic elasticity, Callister eq. 6.9: E = 2G(1 + ν)")
def dev_mech_08():
    """What is the shear modulus of an isotropic steel with Young's modulus 207 GPa and Poisson's ratio 0.30?"""
    return 207 / (2 * (1 + 0.30))


# ---------------------------------------------------------------- dislocations & strengthening


@item(S, "dislocations_strengthening", "MPa", "Callister ch. 7, eq. 7.2: τ_R = σ cosφ cosλ")
def dev_disl_01():
    """A single crystal is loaded in tension with 52 MPa. The slip plane normal makes 60° and the slip direction 35° with the tensile axis. Calculate the resolved shear stress on this slip system."""
    return 52 * math.cos(math.radians(60)) * math.cos(math.radians(35))


@item(
    S,
    "dislocations_strengthening",
    "MPa",
    "Callister ch. 7, eq. 7.4: σ_y = τ_crss/(cosφ cosλ)max; angles from direction cosines",
)
def dev_disl_02():
    """A BCC single crystal is pulled along [010]. Slip occurs on the (110) plane in the [-111] direction, and the critical resolved shear stress is 30 MPa. What tensile stress initiates yielding?"""

    def cos_between(u, v):
        dot = sum(a * b for a, b in zip(u, v, strict=True))
        return dot / math.sqrt(sum(a * a for a in u) * sum(b * b for b in v))

    m = abs(cos_between((0, 1, 0), (1, 1, 0)) * cos_between((0, 1, 0), (-1, 1, 1)))
    return 30 / m


@item(
    S,
    "dislocations_strengthening",
    "nm",
    "FCC Burgers vector (a/2)<110>: |b| = a/√2 (Callister ch. 7)",
)
def dev_disl_03():
    """Calculate the magnitude of the Burgers vector of a perfect dislocation in FCC copper, whose lattice parameter is 0.3615 nm."""
    return 0.3615 / math.sqrt(2)


@item(
    S, "dislocations_strengthening", "MPa", "Hall–Petch, Callister eq. 7.7: σ_y = σ0 + k_y d^(−1/2)"
)
def dev_disl_04():
    r"""For a steel, $\sigma_0 = 70 \mathrm{~MPa}$ and $k_y = 0.74 \mathrm{~MPa\,m^{1/2}}$. Find the yield strength for an average grain diameter of $2.0 \times 10^{-2} \mathrm{~mm}$."""
    d = 2.0e-5
    return 70 + 0.74 / math.sqrt(d)


@item(
    S,
    "dislocations_strengthening",
    "MPa",
    "Hall–Petch, Callister eq. 7.7 fitted to two points, then evaluated",
)
def dev_disl_05():
    """A brass has a yield strength of 135 MPa at a grain diameter of 32 µm and 260 MPa at 4 µm. Estimate the yield strength at a grain diameter of 10 µm."""
    x1, x2 = 1 / math.sqrt(32e-6), 1 / math.sqrt(4e-6)
    k = (260 - 135) / (x2 - x1)
    s0 = 135 - k * x1
    return s0 + k / math.sqrt(10e-6)


@item(
    S, "dislocations_strengthening", "percent", "Callister ch. 7, eq. 7.8: %CW = (A0 − Ad)/A0 × 100"
)
def dev_disl_06():
    """A cylindrical rod of 15.2 mm diameter is cold drawn to 12.2 mm. Compute the percent cold work."""
    return 100 * (1 - (12.2 / 15.2) ** 2)


@item(
    S,
    "dislocations_strengthening",
    "1/m**2",
    "Dislocation density = total line length / volume (Callister ch. 7)",
)
def dev_disl_07():
    """A 1000 mm³ specimen of annealed metal contains a total dislocation length of 2 × 10⁷ mm. What is the dislocation density in m⁻²?"""
    rho_mm = 2e7 / 1000  # mm per mm^3 = mm^-2
    return rho_mm * 1e6


@item(S, "dislocations_strengthening", "MPa", "Taylor hardening Δτ = αGb√ρ (Hull & Bacon ch. 10)")
def dev_disl_08():
    """Using the Taylor relation Δτ = αGb√ρ with α = 0.5, estimate the increase in flow shear stress of a metal with G = 45 GPa and b = 0.25 nm when its dislocation density is 10¹⁴ m⁻²."""
    return 0.5 * 45e9 * 0.25e-9 * math.sqrt(1e14) / 1e6


# ---------------------------------------------------------------- failure


@item(S, "failure", "MPa", "Griffith, Callister eq. 8.3: σ_c = √(2Eγ_s/(πa))")
def dev_fail_01():
    """A glass plate (E = 69 GPa, specific surface energy 0.3 J/m²) contains a surface crack of length 0.5 µm. Using the Griffith criterion, compute the critical stress for brittle fracture."""
    return math.sqrt(2 * 69e9 * 0.3 / (math.pi * 0.5e-6)) / 1e6


@item(S, "failure", "mm", "Callister eq. 8.7: a_c = (1/π)(K_Ic/(Yσ))²")
def dev_fail_02():
    r"""A steel plate with $K_{Ic} = 26 \mathrm{~MPa}\sqrt{\mathrm{m}}$ is loaded to $300 \mathrm{~MPa}$. Take $Y = 1.1$. What is the maximum length of a surface crack that can be tolerated without fracture?"""
    return (26 / (1.1 * 300)) ** 2 / math.pi * 1e3


@item(S, "failure", "MPa", "Callister eq. 8.6: σ_c = K_Ic/(Y√(πa))")
def dev_fail_03():
    """A component made of an alloy with a plane-strain fracture toughness of 40 MPa·m^1/2 may contain surface cracks up to 2.5 mm long. With Y = 1.0, calculate the maximum allowable design stress."""
    return 40 / (1.0 * math.sqrt(math.pi * 2.5e-3))


@item(S, "failure", "dimensionless", "Callister eq. 8.16: R = σ_min/σ_max", decimals=2)
def dev_fail_04():
    """In a fatigue test the stress cycles between a maximum of 300 MPa and a minimum of −100 MPa. What is the stress ratio R? Round to two decimal places."""
    return -100 / 300


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin: σ_a = σ'_f (2N_f)^b (Dowling, Mechanical Behavior of Materials ch. 9)",
)
def dev_fail_05():
    """A steel follows Basquin's law σa = σ'f (2Nf)^b with σ'f = 900 MPa and b = −0.10. Estimate the number of cycles to failure Nf at a stress amplitude of 350 MPa."""
    reversals = (350 / 900) ** (1 / -0.10)
    return reversals / 2


@item(
    S,
    "failure",
    "hour",
    "Larson–Miller parameter, Callister eq. 8.24: P = T(C + log t_r), T in K, t_r in h",
)
def dev_fail_06():
    """An alloy has a Larson–Miller parameter of 2.25 × 10⁴ (with C = 20, T in K and rupture time in hours) at the applied stress. Predict the rupture lifetime at 1000 K."""
    return 10 ** (2.25e4 / 1000 - 20)


@item(
    S,
    "failure",
    "dimensionless",
    "Power-law creep, Callister eq. 8.19: ε̇ = K σ^n  ⇒ n = ln(ε̇2/ε̇1)/ln(σ2/σ1)",
)
def dev_fail_07():
    """At constant temperature the steady-state creep rate of an alloy is 1.0 × 10⁻⁷ s⁻¹ at 100 MPa and 8.0 × 10⁻⁷ s⁻¹ at 150 MPa. Determine the stress exponent n."""
    return math.log(8.0e-7 / 1.0e-7) / math.log(150 / 100)


@item(
    S,
    "failure",
    None,
    "fatigue life needs the S–N data of the material",
    refuse="missing data: no S–N curve, Basquin constants or endurance data given for the steel",
)
def dev_fail_08():
    """Estimate the fatigue life of a 1045 steel shaft under a stress amplitude of 350 MPa."""
    return None


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule, Callister eq. 9.1b: W_L = (C_α − C_0)/(C_α − C_L)",
)
def dev_phase_01():
    """A Cu–Ni alloy of 35 wt% Ni is held at 1250 °C, where the liquid contains 31.5 wt% Ni and the α phase 42.5 wt% Ni. What is the mass fraction of liquid?"""
    c0, cl, ca = 35, 31.5, 42.5
    return (ca - c0) / (ca - cl)


@item(
    S, "phase_diagrams", "dimensionless", "Callister eq. 9.20: W_p = (C'_0 − 0.022)/(0.76 − 0.022)"
)
def dev_phase_02():
    """A plain-carbon steel contains 0.40 wt% C. With the eutectoid at 0.76 wt% C and the maximum solubility of C in α-ferrite 0.022 wt%, compute the mass fraction of pearlite just below the eutectoid temperature."""
    return (0.40 - 0.022) / (0.76 - 0.022)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Callister eq. 9.22: W_Fe3C' = (C'_1 − 0.76)/(6.70 − 0.76)",
)
def dev_phase_03():
    """For a 1.2 wt% C hypereutectoid steel cooled slowly, determine the mass fraction of proeutectoid cementite. Use 0.76 wt% C for the eutectoid and 6.70 wt% C for Fe3C."""
    return (1.2 - 0.76) / (6.70 - 0.76)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule across α + Fe3C: W_α = (6.70 − C0)/(6.70 − 0.022)",
)
def dev_phase_04():
    """What is the mass fraction of total ferrite (proeutectoid plus eutectoid) in an iron–carbon alloy of 0.40 wt% C just below the eutectoid temperature? Ferrite contains 0.022 wt% C and cementite 6.70 wt% C."""
    return (6.70 - 0.40) / (6.70 - 0.022)


@item(S, "phase_diagrams", "percent", "Callister eq. 9.10: W_α' = (C_E − C0)/(C_E − C_α)")
def dev_phase_05():
    """A Pb–Sn alloy contains 40 wt% Sn. The eutectic is at 61.9 wt% Sn and the α phase at the eutectic temperature contains 18.3 wt% Sn. What percentage of the alloy is primary (proeutectic) α?"""
    return 100 * (61.9 - 40) / (61.9 - 18.3)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at constant pressure: F = C − P + 1",
    abs_tol=0.0,
)
def dev_phase_06():
    """How many degrees of freedom does a ternary alloy have where two phases coexist, pressure being held constant?"""
    return 3 - 2 + 1


@item(
    S, "phase_diagrams", "dimensionless", "Callister eq. 9.6: V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β)"
)
def dev_phase_07():
    """An alloy consists of 60 wt% α (density 7.8 g/cm³) and 40 wt% β (density 6.0 g/cm³). Calculate the volume fraction of α."""
    a, b = 0.60 / 7.8, 0.40 / 6.0
    return a / (a + b)


@item(
    S,
    "phase_diagrams",
    None,
    "lever rule needs the phase boundary compositions",
    refuse="missing data: the α and β compositions at 150 °C are not given (the diagram is not supplied)",
)
def dev_phase_08():
    """What is the mass fraction of α in a Pb–30 wt% Sn alloy at 150 °C?"""
    return None


# ---------------------------------------------------------------- phase transformations & kinetics


@item(S, "transformations_kinetics", "s", "Avrami, Callister eq. 10.17: y = 1 − exp(−k tⁿ)")
def dev_kin_01():
    """The fraction recrystallized follows the Avrami equation with n = 2.5. If half the material has recrystallized after 100 s, how long is required for 90% recrystallization?"""
    n = 2.5
    k = math.log(2) / 100**n
    return (-math.log(1 - 0.90) / k) ** (1 / n)


@item(S, "transformations_kinetics", "dimensionless", "Avrami, Callister eq. 10.17")
def dev_kin_02():
    r"""A transformation obeys $y = 1 - \exp(-kt^{n})$ with $k = 5.0 \times 10^{-4}$ (time in seconds) and $n = 2$. What fraction has transformed after $30 \mathrm{~s}$?"""
    return 1 - math.exp(-5.0e-4 * 30**2)


@item(S, "transformations_kinetics", "nm", "Callister eq. 10.6: r* = −2γT_m/(ΔH_f ΔT)")
def dev_kin_03():
    """For homogeneous solidification of nickel, the latent heat of fusion is −2.53 × 10⁹ J/m³, the solid–liquid surface free energy 0.255 J/m² and the melting point 1455 °C. Calculate the critical nucleus radius for a supercooling of 319 °C."""
    tm = 1455 + 273.15
    return 2 * 0.255 * tm / (2.53e9 * 319) * 1e9


@item(S, "transformations_kinetics", "J", "Callister eq. 10.7: ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²)")
def dev_kin_04():
    r"""Using $\Delta H_f = -2.53 \times 10^{9} \mathrm{~J/m^{3}}$, $\gamma = 0.255 \mathrm{~J/m^{2}}$, $T_m = 1455^{\circ}\mathrm{C}$ and an undercooling of $319^{\circ}\mathrm{C}$, determine the activation free energy for homogeneous nucleation of nickel."""
    tm = 1455 + 273.15
    return 16 * math.pi * 0.255**3 * tm**2 / (3 * (2.53e9) ** 2 * 319**2)


@item(
    S,
    "transformations_kinetics",
    "kJ/mol",
    "Callister eq. 10.18 with rate = 1/t_0.5 and Arrhenius: Q = R ln(t1/t2)/(1/T1 − 1/T2)",
)
def dev_kin_05():
    """Recrystallization of a cold-worked metal reaches 50% completion in 80 min at 350 °C and in 15 min at 400 °C. Taking the rate as 1/t0.5 and Arrhenius behaviour, find the activation energy in kJ/mol."""
    t1, t2 = 350 + 273.15, 400 + 273.15
    return R * math.log(80 / 15) / (1 / t1 - 1 / t2) / 1000


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Porter & Easterling ch. 4: ΔG*_het/ΔG*_hom = S(θ) = (2 + cosθ)(1 − cosθ)²/4",
)
def dev_kin_06():
    """For heterogeneous nucleation of a spherical-cap nucleus on a flat wall with a wetting (contact) angle of 60°, what is the ratio of the heterogeneous to the homogeneous nucleation barrier?"""
    c = math.cos(math.radians(60))
    return (2 + c) * (1 - c) ** 2 / 4


@item(S, "transformations_kinetics", "um", "Grain growth, Callister eq. 7.9: dⁿ − d0ⁿ = Kt, n = 2")
def dev_kin_07():
    """A metal has an initial grain diameter of 8 µm. After 30 min at 500 °C the grain diameter is 20 µm. Assuming d² − d0² = Kt, what will the grain diameter be after 90 min at 500 °C?"""
    k = (20**2 - 8**2) / 30
    return math.sqrt(8**2 + k * 90)


@item(S, "transformations_kinetics", "s", "Avrami, Callister eq. 10.17 solved for t")
def dev_kin_08():
    """For a transformation described by y = 1 − exp(−k tⁿ) with k = 2.0 × 10⁻³ s⁻ⁿ and n = 1.7, how long does it take for 25% of the material to transform?"""
    return (-math.log(1 - 0.25) / 2.0e-3) ** (1 / 1.7)


# ---------------------------------------------------------------- thermodynamics


@item(S, "thermodynamics", "degC", "ΔG = ΔH − TΔS = 0 at T = ΔH/ΔS (Gaskell ch. 5)")
def dev_thermo_01():
    """A reaction has ΔH = −50 kJ/mol and ΔS = −80 J/(mol·K), both independent of temperature. Above what temperature, in °C, does the reaction stop being spontaneous?"""
    t_k = -50e3 / -80
    return t_k - 273.15


@item(
    S,
    "thermodynamics",
    "atm",
    "Clausius–Clapeyron: ln(p2/p1) = −ΔH_vap/R (1/T2 − 1/T1) (Gaskell ch. 7)",
)
def dev_thermo_02():
    """Zinc boils at 907 °C under 1 atm, and its enthalpy of vaporisation is 115 kJ/mol. Estimate the vapour pressure of zinc at 800 °C in atm."""
    t1, t2 = 907 + 273.15, 800 + 273.15
    return math.exp(-115e3 / R * (1 / t2 - 1 / t1))


@item(S, "thermodynamics", "dimensionless", "ΔG° = −RT ln K (Gaskell ch. 11)")
def dev_thermo_03():
    r"""The standard Gibbs energy change of a reaction is $-20 \mathrm{~kJ\,mol^{-1}}$ at $1000 \mathrm{~K}$. What is its equilibrium constant at that temperature?"""
    return math.exp(20e3 / (R * 1000))


@item(
    S,
    "thermodynamics",
    "J/(mol*K)",
    "Ideal solution: ΔS_mix = −R(x ln x + (1−x) ln(1−x)) (Gaskell ch. 9)",
)
def dev_thermo_04():
    """Calculate the molar entropy of mixing of an ideal binary solution containing 30 at% B."""
    x = 0.30
    return -R * (x * math.log(x) + (1 - x) * math.log(1 - x))


@item(S, "thermodynamics", "kJ", "Sensible heat m c_p ΔT plus latent heat m L_f")
def dev_thermo_05():
    """How much heat is needed to take 500 g of copper from 20 °C to its melting point of 1085 °C and melt it completely? Use c_p = 0.385 J/(g·K) and a heat of fusion of 205 J/g."""
    return 500 * (0.385 * (1085 - 20) + 205) / 1000


@item(
    S,
    "thermodynamics",
    "atm",
    "ΔG° = ΔH° − TΔS°; for 2Ni + O2 = 2NiO, K = 1/p_O2 so p_O2 = exp(ΔG°/RT) (Gaskell ch. 12, Ellingham)",
)
def dev_thermo_06():
    """For the reaction 2Ni(s) + O₂(g) = 2NiO(s), ΔH° = −479 kJ and ΔS° = −184 J/K. Calculate the equilibrium oxygen partial pressure over Ni/NiO at 1200 K."""
    dg = -479e3 - 1200 * (-184)
    return math.exp(dg / (R * 1200))


@item(
    S,
    "thermodynamics",
    "J/mol",
    "Driving force near T_m: |ΔG| ≈ ΔH_f ΔT/T_m (Porter & Easterling ch. 1)",
)
def dev_thermo_07():
    """Copper melts at 1358 K with a latent heat of 13.0 kJ/mol. Estimate the magnitude of the molar Gibbs free energy driving solidification when the liquid is undercooled by 100 K."""
    return 13.0e3 * 100 / 1358


@item(
    S,
    "thermodynamics",
    None,
    "ΔG = ΔH − TΔS needs both ΔH and ΔS",
    refuse="missing data: ΔS (or ΔG at another temperature) is not given",
)
def dev_thermo_08():
    """A reaction has ΔH = −120 kJ/mol at 298 K. What is its Gibbs free energy change at 800 K?"""
    return None


# ---------------------------------------------------------------- electrical & semiconductors


@item(S, "electrical_semiconductors", "ohm", "R = ρL/A (Callister ch. 18, eq. 18.2)")
def dev_elec_01():
    """A copper wire 100 m long with a diameter of 2.0 mm has a resistivity of 1.72 × 10⁻⁸ Ω·m. What is its resistance?"""
    area = math.pi * (2.0e-3) ** 2 / 4
    return 1.72e-8 * 100 / area


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "Intrinsic conductivity, Callister eq. 18.15: σ = n|e|(μ_e + μ_h)",
)
def dev_elec_02():
    r"""An intrinsic semiconductor has $n_i = 1.0 \times 10^{16} \mathrm{~m}^{-3}$, electron mobility $0.14 \mathrm{~m}^2/\mathrm{V\,s}$ and hole mobility $0.05 \mathrm{~m}^2/\mathrm{V\,s}$. Compute its electrical conductivity."""
    return 1.0e16 * E_CHARGE * (0.14 + 0.05)


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "Extrinsic n-type, Callister eq. 18.16: σ ≈ N_d|e|μ_e (all donors ionised)",
)
def dev_elec_03():
    """Silicon is doped with 10²³ m⁻³ phosphorus atoms, all ionised. Taking an electron mobility of 0.07 m²/(V·s), calculate the room-temperature conductivity."""
    return 1e23 * E_CHARGE * 0.07


@item(S, "electrical_semiconductors", "m/s", "Drift velocity, Callister eq. 18.7: v_d = μ_e E")
def dev_elec_04():
    """What is the electron drift velocity in a semiconductor with an electron mobility of 0.14 m²/V·s under an electric field of 500 V/m?"""
    return 0.14 * 500


@item(
    S, "electrical_semiconductors", "m**2/(V*s)", "σ = n|e|μ_e (Callister eq. 18.8) solved for μ_e"
)
def dev_elec_05():
    """Copper has a conductivity of 6.0 × 10⁷ (Ω·m)⁻¹ and 8.5 × 10²⁸ free electrons per m³. Determine the electron mobility."""
    return 6.0e7 / (8.5e28 * E_CHARGE)


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "Callister eq. 18.36: ln σ ≈ C − E_g/2kT, ratio σ2/σ1 = exp(−E_g/2k (1/T2 − 1/T1))",
)
def dev_elec_06():
    """Assume the intrinsic conductivity of silicon varies as σ ∝ exp(−Eg/2kT), with Eg = 1.11 eV. By what factor does the conductivity increase on heating from 300 K to 400 K?"""
    return math.exp(-1.11 / (2 * K_B_EV) * (1 / 400 - 1 / 300))


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "Parallel-plate capacitor, Callister eq. 18.30: C = ε_r ε0 A/l",
)
def dev_elec_07():
    r"""A parallel-plate capacitor has plates of area $6.45 \times 10^{-4} \mathrm{~m}^2$ separated by $2.0 \mathrm{~mm}$ of a dielectric with $\varepsilon_r = 6.0$. Compute its capacitance in picofarads."""
    return 6.0 * EPS_0 * 6.45e-4 / 2.0e-3 * 1e12


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "Fermi–Dirac occupation f(E) = 1/(1 + exp((E − E_F)/kT))",
    decimals=4,
)
def dev_elec_08():
    """What is the probability that an electron state lying 0.10 eV above the Fermi level is occupied at 300 K? Give four decimal places."""
    return 1 / (1 + math.exp(0.10 / (K_B_EV * 300)))


# ---------------------------------------------------------------- magnetic


@item(S, "magnetic", "A/m", "Callister eq. 20.11: M_s = 0.60 μ_B N, N = ρN_A/A")
def dev_mag_01():
    """Nickel has a net magnetic moment of 0.60 Bohr magnetons per atom, a density of 8.90 g/cm³ and an atomic weight of 58.69 g/mol. Calculate the saturation magnetization."""
    n_atoms = 8.90e6 * N_A / 58.69  # per m^3
    return 0.60 * MU_B * n_atoms


@item(S, "magnetic", "T", "Callister eqs. 20.1 and 20.3: H = NI/l, B0 = μ0 H")
def dev_mag_02():
    """A 0.20 m long coil has 200 turns and carries a current of 10 A. What is the magnetic flux density inside the coil if it is in vacuum?"""
    h = 200 * 10 / 0.20
    return MU_0 * h


@item(S, "magnetic", "T", "Callister eqs. 20.1-20.2: H = NI/l, B = μ_r μ0 H")
def dev_mag_03():
    """A solenoid 0.25 m long with 400 turns carries 0.50 A. Its core is a soft magnetic material of relative permeability 1000. Calculate the flux density B in the core."""
    h = 400 * 0.50 / 0.25
    return 1000 * MU_0 * h


@item(
    S,
    "magnetic",
    "A/m",
    "Callister Example 20.2: M_s = n_B μ_B / a³, 8 formula units × 4 μ_B per cubic cell",
)
def dev_mag_04():
    """Fe₃O₄ has a cubic unit cell of edge 0.839 nm containing 8 formula units, each with a net moment of 4 Bohr magnetons. Compute the saturation magnetization."""
    return 8 * 4 * MU_B / (0.839e-9) ** 3


@item(S, "magnetic", "dimensionless", "Curie law χ = C/T (Kittel ch. 11)")
def dev_mag_05():
    """A paramagnetic salt obeys Curie's law and has a susceptibility of 2.0 × 10⁻⁴ at 300 K. What is its susceptibility at 500 K?"""
    return 2.0e-4 * 300 / 500


@item(S, "magnetic", "W", "Hysteresis loss power = (loop area per volume) × volume × frequency")
def dev_mag_06():
    """A transformer core of volume 0.002 m³ has a hysteresis-loop area equivalent to 250 J/m³ per cycle. Compute the power lost to hysteresis at 60 Hz."""
    return 250 * 0.002 * 60


@item(
    S,
    "magnetic",
    "dimensionless",
    "Callister eq. 20.11 solved for moments per atom: n_B = M_s/(N μ_B)",
)
def dev_mag_07():
    """Iron has a saturation magnetization of 1.70 × 10⁶ A/m and 8.5 × 10²⁸ atoms/m³. How many Bohr magnetons per atom does this correspond to?"""
    return 1.70e6 / (8.5e28 * MU_B)


@item(
    S,
    "magnetic",
    None,
    "H = NI/l needs the coil length",
    refuse="missing data: the coil length is not given",
)
def dev_mag_08():
    """A coil of 200 turns carries a current of 2 A. What is the magnetic field strength H inside it?"""
    return None


# ---------------------------------------------------------------- optical & thermal


@item(S, "optical_thermal", "nm", "λ = hc/E_g (Callister ch. 21)")
def dev_opt_01():
    """GaAs has a band gap of 1.43 eV. What is the longest wavelength of light that can excite an electron across the gap?"""
    from scipy import constants as c

    return c.h * c.c / (1.43 * c.e) * 1e9


@item(
    S,
    "optical_thermal",
    "percent",
    "Normal-incidence reflectivity, Callister eq. 21.13: R = ((n − 1)/(n + 1))²",
)
def dev_opt_02():
    """Diamond has a refractive index of 2.41. What percentage of light is reflected at normal incidence from its surface in air?"""
    n = 2.41
    return 100 * ((n - 1) / (n + 1)) ** 2


@item(
    S,
    "optical_thermal",
    "dimensionless",
    "Callister eq. 21.18: I_T = I0(1 − R)² exp(−βl), R from eq. 21.13",
)
def dev_opt_03():
    r"""A glass plate ($n = 1.5$) is $20 \mathrm{~mm}$ thick and has an absorption coefficient $\beta = 25 \mathrm{~m^{-1}}$. What fraction of normally incident light is transmitted, counting reflection losses at both faces?"""
    refl = ((1.5 - 1) / (1.5 + 1)) ** 2
    return (1 - refl) ** 2 * math.exp(-25 * 0.020)


@item(S, "optical_thermal", "degree", "Snell's law at grazing exit: sin θ_c = n2/n1")
def dev_opt_04():
    """Calculate the critical angle for total internal reflection of light travelling from glass (n = 1.50) into air."""
    return math.degrees(math.asin(1 / 1.50))


@item(S, "optical_thermal", "mm", "Linear thermal expansion, Callister eq. 19.3: Δl = α_l l0 ΔT")
def dev_opt_05():
    """A copper wire 0.40 m long is heated from 15 °C to 55 °C. With a linear expansion coefficient of 17.0 × 10⁻⁶ °C⁻¹, compute the change in length."""
    return 17.0e-6 * 0.40 * (55 - 15) * 1e3


@item(
    S,
    "optical_thermal",
    "MPa",
    "Thermal stress in a fully constrained bar, Callister eq. 19.8: σ = E α_l ΔT",
)
def dev_opt_06():
    """A brass rod is held rigidly between two walls at 20 °C and then heated to 80 °C. E = 100 GPa and α = 20 × 10⁻⁶ K⁻¹. What is the magnitude of the thermal stress?"""
    return 100e9 * 20e-6 * (80 - 20) / 1e6


@item(S, "optical_thermal", "W/m**2", "Fourier's law, Callister eq. 19.5: q = −k dT/dx")
def dev_opt_07():
    """Steady heat flows through a 10 mm thick steel plate (k = 51.9 W/m·K) whose faces are at 300 °C and 250 °C. Calculate the heat flux."""
    return 51.9 * (300 - 250) / 0.010


@item(
    S, "optical_thermal", "J/(g*K)", "Dulong–Petit: C_v ≈ 3R per mole of atoms (Callister ch. 19)"
)
def dev_opt_08():
    """Using the Dulong–Petit law, estimate the specific heat of aluminium (atomic weight 26.98 g/mol) at high temperature, in J/(g·K)."""
    return 3 * R / 26.98


# ---------------------------------------------------------------- polymers


@item(S, "polymers", "dimensionless", "Callister eq. 14.6: DP = M_n/m, m of C2H3Cl")
def dev_poly_01():
    """The number-average molecular weight of a poly(vinyl chloride) is 100 000 g/mol. Compute its degree of polymerization (atomic weights C 12.01, H 1.008, Cl 35.45)."""
    m = 2 * 12.01 + 3 * 1.008 + 35.45
    return 100000 / m


@item(S, "polymers", "g/mol", "Callister eqs. 14.5a-b: w_i = x_i M_i / Σ x_i M_i, M_w = Σ w_i M_i")
def dev_poly_02():
    """A polymer sample contains chains in three size classes. Number fractions and molecular weights:
    - 0.20 of chains at 10 000 g/mol
    - 0.50 of chains at 20 000 g/mol
    - 0.30 of chains at 30 000 g/mol
    Calculate the weight-average molecular weight."""
    x = (0.20, 0.50, 0.30)
    m = (10000, 20000, 30000)
    return sum(xi * mi**2 for xi, mi in zip(x, m, strict=True)) / sum(
        xi * mi for xi, mi in zip(x, m, strict=True)
    )


@item(S, "polymers", "dimensionless", "Dispersity Đ = M_w/M_n")
def dev_poly_03():
    """A polymer has Mw = 240 kg/mol and Mn = 160 kg/mol. What is its polydispersity index?"""
    return 240 / 160


@item(
    S,
    "polymers",
    "dimensionless",
    "Copolymer average repeat-unit weight m̄ = Σ f_j m_j (Callister eq. 14.7), m̄ = M_n/DP",
)
def dev_poly_04():
    """A random poly(styrene–butadiene) copolymer has a number-average molecular weight of 350 000 g/mol and a degree of polymerization of 5000. Find the fraction of styrene repeat units. Repeat-unit weights: styrene 104.15 g/mol, butadiene 54.09 g/mol."""
    mbar = 350000 / 5000
    return (mbar - 54.09) / (104.15 - 54.09)


@item(
    S, "polymers", "percent", "Callister eq. 14.8: %cryst = ρ_c(ρ_s − ρ_a)/(ρ_s(ρ_c − ρ_a)) × 100"
)
def dev_poly_05():
    """A polyethylene specimen has a density of 0.965 g/cm³. Totally amorphous and totally crystalline polyethylene have densities of 0.870 and 1.000 g/cm³. What is the percent crystallinity?"""
    rs, ra, rc = 0.965, 0.870, 1.000
    return 100 * rc * (rs - ra) / (rs * (rc - ra))


@item(
    S,
    "polymers",
    "nm",
    "Callister eq. 14.11: L = N d sin(θ/2), N = 2·DP C–C bonds for polyethylene",
)
def dev_poly_06():
    """A linear polyethylene chain has a degree of polymerization of 5000. With a C–C bond length of 0.154 nm and a bond angle of 109°, calculate the total chain (contour) length."""
    n_bonds = 2 * 5000
    return n_bonds * 0.154 * math.sin(math.radians(109 / 2))


@item(S, "polymers", "MPa", "Stress relaxation, Callister eq. 15.10: σ(t) = σ(0) exp(−t/τ)")
def dev_poly_07():
    """A viscoelastic polymer held at constant strain relaxes from an initial stress of 6.0 MPa to 4.5 MPa in 40 s. Assuming σ(t) = σ(0)exp(−t/τ), what will the stress be after 120 s?"""
    tau = 40 / math.log(6.0 / 4.5)
    return 6.0 * math.exp(-120 / tau)


@item(
    S,
    "polymers",
    None,
    "M_w needs the distribution or the dispersity",
    refuse="missing data: M_w cannot be found from M_n alone (no distribution or dispersity given)",
)
def dev_poly_08():
    """A polystyrene sample has Mn = 120 kg/mol. What is its weight-average molecular weight?"""
    return None


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "GPa",
    "Rule of mixtures (isostrain), Callister eq. 16.10b: E_cl = E_m V_m + E_f V_f",
)
def dev_comp_01():
    """A continuous aligned glass-fibre composite has 40 vol% fibres (E = 69 GPa) in a polyester matrix (E = 3.4 GPa). Compute the modulus in the longitudinal direction."""
    return 3.4 * 0.60 + 69 * 0.40


@item(S, "ceramics_composites", "GPa", "Isostress, Callister eq. 16.16: 1/E_ct = V_m/E_m + V_f/E_f")
def dev_comp_02():
    """For the same glass–polyester composite (40 vol% glass fibres of E = 69 GPa, matrix E = 3.4 GPa), estimate the modulus perpendicular to the fibres."""
    return 1 / (0.60 / 3.4 + 0.40 / 69)


@item(S, "ceramics_composites", "dimensionless", "Callister eq. 16.11: F_f/F_m = E_f V_f/(E_m V_m)")
def dev_comp_03():
    """In a continuous aligned composite with 40 vol% fibres of modulus 69 GPa and a matrix of modulus 3.4 GPa, stressed along the fibres, what is the ratio of the load carried by the fibres to that carried by the matrix?"""
    return 69 * 0.40 / (3.4 * 0.60)


@item(S, "ceramics_composites", "mm", "Callister eq. 16.3: l_c = σ*_f d/(2τ_c)")
def dev_comp_04():
    """Carbon fibres of 10 µm diameter have a tensile strength of 2.5 GPa; the fibre–matrix bond strength (shear yield of the matrix) is 12 MPa. What is the critical fibre length?"""
    return 2.5e9 * 10e-6 / (2 * 12e6) * 1e3


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "Rock-salt structure: a = 2(r_C + r_A), 4 formula units per cell, ρ = n'ΣA/(V_C N_A) (Callister eq. 12.1)",
)
def dev_comp_05():
    """NaCl has the rock-salt structure. The ionic radii are 0.102 nm (Na⁺) and 0.181 nm (Cl⁻), and the atomic weights 22.99 and 35.45 g/mol. Compute its theoretical density."""
    a_cm = 2 * (0.102 + 0.181) * 1e-7
    return 4 * (22.99 + 35.45) / (N_A * a_cm**3)


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "Cation–anion radius ratio r_C/r_A (Callister Table 12.2)",
    decimals=3,
)
def dev_comp_06():
    """For MgO, the Mg²⁺ ionic radius is 0.072 nm and the O²⁻ radius is 0.140 nm. Calculate the cation-to-anion radius ratio, to three decimals."""
    return 0.072 / 0.140


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Three-point bend flexural strength, Callister eq. 12.7a: σ_fs = 3F_f L/(2bd²)",
)
def dev_comp_07():
    """A rectangular alumina bar, 9 mm wide and 6 mm thick, is tested in three-point bending with a 40 mm support span and breaks at a load of 300 N. What is its flexural strength?"""
    return 3 * 300 * 0.040 / (2 * 0.009 * 0.006**2) / 1e6


@item(
    S,
    "ceramics_composites",
    "GPa",
    "Porosity dependence of modulus, Callister eq. 12.9: E = E0(1 − 1.9P + 0.9P²)",
)
def dev_comp_08():
    """The elastic modulus of non-porous alumina is 380 GPa. Estimate the modulus of a specimen with 5 vol% porosity using E = E0(1 − 1.9P + 0.9P²)."""
    p = 0.05
    return 380 * (1 - 1.9 * p + 0.9 * p**2)


# ---------------------------------------------------------------- corrosion


@item(S, "corrosion", "g", "Faraday's law, Callister eq. 17.23: w = ItM/(nF)")
def dev_corr_01():
    """A zinc anode corrodes with a constant current of 2.0 A for 24 h (Zn → Zn²⁺ + 2e⁻, M = 65.41 g/mol). What mass of zinc is lost?"""
    return 2.0 * 24 * 3600 * 65.41 / (2 * FARADAY)


@item(
    S, "corrosion", "mm/year", "Corrosion penetration rate CPR = w/(ρAt) (Callister eq. 17.23 form)"
)
def dev_corr_02():
    """A steel sheet (density 7.9 g/cm³) of total exposed area 0.80 m² loses 350 g to corrosion in one year. What is the corrosion penetration rate in mm/yr?"""
    area_cm2 = 0.80e4
    return 350 / (7.9 * area_cm2) * 10


@item(
    S, "corrosion", "V", "Nernst, Callister eq. 17.19: ΔV = (V2° − V1°) − (RT/nF) ln([M1ⁿ⁺]/[M2ⁿ⁺])"
)
def dev_corr_03():
    """A cell has one half of pure Fe in 0.10 M Fe²⁺ and the other of pure Ni in 0.001 M Ni²⁺, at 25 °C. Standard potentials: Fe²⁺/Fe −0.440 V, Ni²⁺/Ni −0.250 V. Compute the cell potential."""
    e0 = -0.250 - (-0.440)
    return e0 - R * 298.15 / (2 * FARADAY) * math.log(0.10 / 0.001)


@item(S, "corrosion", "uA/cm**2", "Faraday's law: i = (CPR ρ) nF/M")
def dev_corr_04():
    """Iron (density 7.87 g/cm³, M = 55.85 g/mol) corrodes uniformly at 0.10 mm per year by Fe → Fe²⁺ + 2e⁻. What corrosion current density does this correspond to, in µA/cm²?"""
    mass_rate = 0.010 * 7.87 / YEAR_S  # g/(cm^2 s)
    return mass_rate / 55.85 * 2 * FARADAY * 1e6


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio = A_O ρ_M/(n A_M ρ_O) (Callister eq. 17.32)",
)
def dev_corr_05():
    """Calculate the Pilling–Bedworth ratio for the oxidation of aluminium to Al₂O₃. Densities: Al 2.70 g/cm³, Al₂O₃ 3.95 g/cm³. Molar masses: Al 26.98 g/mol, Al₂O₃ 101.96 g/mol."""
    return 101.96 * 2.70 / (2 * 26.98 * 3.95)


@item(S, "corrosion", "kJ/mol", "ΔG = −nFE (Callister ch. 17 / Gaskell ch. 15)")
def dev_corr_06():
    """A galvanic cell delivers an emf of 1.10 V with two electrons transferred per formula unit. Calculate ΔG of the cell reaction in kJ/mol."""
    return -2 * FARADAY * 1.10 / 1000


@item(
    S, "corrosion", "mg/cm**2", "Parabolic oxidation, Callister eq. 17.34: W² = K1 t + K2 (K2 = 0)"
)
def dev_corr_07():
    """A metal oxidises with parabolic kinetics, the weight gain being 0.30 mg/cm² after 1 h. Assuming zero weight gain at t = 0, what will the weight gain be after 5 h?"""
    return 0.30 * math.sqrt(5 / 1)


@item(
    S,
    "corrosion",
    None,
    "Nernst needs the ion concentration",
    refuse="missing data: the Zn²⁺ concentration is not given",
)
def dev_corr_08():
    """A zinc electrode dips into a zinc sulphate solution at 25 °C. What is its electrode potential?"""
    return None
