"""Set heldout8 (set I), first half: 60 questions over seven topics of a qualifying exam.

Written blind by a question writer who did not read the answer engine, the checker, the solver or
the benchmarks; one earlier item was read for its format only, and no question or set of numbers is
taken from an earlier set. Each key is computed in the function body with pint quantities (a unit
slip raises when the builder converts the result to the item's unit); ``solution`` is the worked
solution in words and ``forms`` says how the question is written. A question with two standard
readings returns a dict of them; a question that cannot be answered (a missing datum, an ambiguous
substance, a non-numeric ask, a value the data cannot determine) returns None and says why.
Topics: crystallography_xrd, defects, diffusion, mechanical_properties, failure, phase_diagrams and
transformations_kinetics (the other seven of ``HELDOUT8_TOPICS`` are in the second half).
"""

from __future__ import annotations

import math

from exam_items import item
from exam_quantities import AVOGADRO, K_BOLTZ, Q_, R_GAS, kelvin, num
from scipy.special import erfinv

S = "heldout8"


def bragg_two_theta(d: object, wavelength: object) -> object:
    """The first-order Bragg angle 2θ (degrees) of planes of spacing ``d``."""
    return Q_(2 * math.degrees(math.asin(num(wavelength / (2 * d)))), "degree")


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Cubic d_hkl = a/√(h²+k²+l²) and Bragg's law λ = 2d sin θ (Callister ch. 3)",
    decimals=2,
    solution="d₂₂₀ = 0.3615/√8 = 0.12781 nm; sin θ = 0.15406/(2 · 0.12781) = 0.60270, θ = 37.066°, so 2θ = 74.13°.",
    forms=("unicode", "requested_precision"),
)
def h8a_crystallography_xrd_01():
    """Copper is FCC with a = 0.3615 nm. A diffractometer fitted with a Cu Kα source (λ = 0.154 06 nm) records the 220 reflection of a copper powder. At what diffraction angle 2θ does this peak appear? Give the answer in degrees to two decimal places."""
    a = Q_(0.3615, "nm")
    d = a / math.sqrt(8)
    return bragg_two_theta(d, Q_(0.15406, "nm"))


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "Theoretical density ρ = nA/(V_C N_A), n = 2 for BCC (Callister eq. 3.8)",
    solution="BCC holds n = 2 atoms per cell; V_C = (2.866×10⁻⁸ cm)³ = 2.3541×10⁻²³ cm³; ρ = 2 · 55.845/(2.3541×10⁻²³ · 6.022×10²³) = 7.878 g cm⁻³ = 7 878 kg m⁻³.",
    forms=("tex", "unit_conversion"),
)
def h8a_crystallography_xrd_02():
    r"""Problem 2. $\alpha$-iron is body-centred cubic with a lattice parameter of $2.866\,\mathrm{\AA}$ at room temperature; its atomic weight is $55.845\,\mathrm{g\,mol^{-1}}$. Calculate its theoretical density in $\mathrm{kg\,m^{-3}}$."""
    a = Q_(2.866, "angstrom")
    return 2 * Q_(55.845, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Bragg's law, d₁₁₁ = a/√3 and FCC a = 2√2 R",
    solution="θ = 21.66°, d₁₁₁ = 0.15406/(2 sin 21.66°) = 0.20872 nm; a = √3 · d = 0.36151 nm; R = a/(2√2) = 0.12781 nm.",
    forms=("unicode", "multi_step", "asked_not_last"),
)
def h8a_crystallography_xrd_03():
    """An unknown FCC metal gives its first (lowest-angle) diffraction peak at 2θ = 43.32° with Cu Kα radiation (λ = 0.154 06 nm).
    (a) Index this peak.
    (b) Compute the lattice parameter.
    (c) Hence estimate the atomic radius of the metal in nm, assuming hard spheres touching along the face diagonal."""
    theta = math.radians(43.32 / 2)
    d = Q_(0.15406, "nm") / (2 * math.sin(theta))
    a = d * math.sqrt(3)
    return a / (2 * math.sqrt(2))


@item(
    S,
    "crystallography_xrd",
    None,
    "Miller indices of planes (sketch)",
    refuse="non-numeric ask: the question asks for a sketch of planes and directions, not a number",
    solution="The question asks the student to draw the plane and the direction inside a unit cell and mark intercepts; there is no number to give.",
    forms=("non_numeric",),
)
def h8a_crystallography_xrd_04():
    """Within a cubic unit cell, sketch the (1̄12) plane and the [2̄11] direction, marking the intercepts of the plane with the cell axes. Is the direction contained in the plane?"""
    return None


@item(
    S,
    "crystallography_xrd",
    "percent",
    "Ideal HCP axial ratio c/a = √(8/3) = 1.633 (Callister ch. 3)",
    decimals=2,
    solution="c/a = 0.5211/0.3209 = 1.62387; ideal √(8/3) = 1.63299; shortfall = (1.63299 − 1.62387)/1.63299 = 0.56 %. The density and melting point are not needed.",
    forms=("unicode", "distractor", "derived_percent"),
)
def h8a_crystallography_xrd_05():
    """Magnesium (density 1.74 g/cm³, melting point 650 °C) is hexagonal close-packed with a = 0.3209 nm and c = 0.5211 nm. By what percentage is its axial ratio c/a smaller than the ideal value for touching hard spheres? Give the answer in percent to two decimal places."""
    ratio = Q_(0.5211, "nm") / Q_(0.3209, "nm")
    ideal = math.sqrt(8 / 3)
    return Q_((ideal - num(ratio)) / ideal, "dimensionless")


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "ρ = 4A/(a³N_A) for FCC, then d₁₁₁ = a/√3",
    solution="a³ = 4 · 58.69/(8.908 · 6.022×10²³) cm³ = 4.3762×10⁻²³ cm³, a = 3.5240 Å; d₁₁₁ = 3.5240/√3 = 2.0346 Å.",
    forms=("tex", "multi_step"),
)
def h8a_crystallography_xrd_06():
    r"""Nickel is face-centred cubic, with density $8.908\,\mathrm{g\,cm^{-3}}$ and atomic mass $58.69\,\mathrm{g\,mol^{-1}}$. Determine the interplanar spacing of the $\{111\}$ planes, in $\mathrm{\AA}$."""
    a = (4 * Q_(58.69, "g/mol") / (Q_(8.908, "g/cm**3") * AVOGADRO)) ** (1 / 3)
    return a / math.sqrt(3)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Angle between planes in a cubic crystal: cos φ = (h₁h₂+k₁k₂+l₁l₂)/(|n₁||n₂|)",
    decimals=2,
    solution="cos φ = (1·1 + 1·1 + 1·0)/(√3 · √2) = 2/√6 = 0.81650, φ = 35.26°. The lattice parameter is not needed.",
    forms=("unicode", "distractor", "requested_precision"),
)
def h8a_crystallography_xrd_07():
    """Aluminium is cubic with a = 4.049 Å. Calculate the angle between the (111) and (110) planes, in degrees, to two decimal places."""
    cos_phi = (1 * 1 + 1 * 1 + 1 * 0) / (math.sqrt(3) * math.sqrt(2))
    return Q_(math.degrees(math.acos(cos_phi)), "degree")


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Scherrer equation τ = Kλ/(β cos θ), with instrumental broadening removed (Cullity)",
    solution="Corrected widths: Gaussian (quadrature) β = √(0.32² − 0.08²) = 0.3098° = 5.408×10⁻³ rad; Lorentzian (linear) β = 0.32 − 0.08 = 0.24° = 4.189×10⁻³ rad. cos θ = cos 19.1° = 0.94495. τ = 0.9 · 0.15406/(β cos θ): 27.1 nm (quadrature) or 35.0 nm (linear).",
    forms=("unicode", "two_readings", "multi_step"),
)
def h8a_crystallography_xrd_08():
    """A nanocrystalline gold film shows its 111 peak at 2θ = 38.2° (Cu Kα, λ = 0.154 06 nm) with a full width at half maximum of 0.32°. A coarse-grained standard measured on the same instrument gives a width of 0.08° at the same angle. Using the Scherrer equation with K = 0.9, estimate the mean crystallite size in nm after correcting for instrumental broadening."""
    lam = Q_(0.15406, "nm")
    cos_t = math.cos(math.radians(38.2 / 2))
    beta_q = math.radians(math.sqrt(0.32**2 - 0.08**2))
    beta_l = math.radians(0.32 - 0.08)
    return {
        "instrumental width subtracted in quadrature (Gaussian)": 0.9 * lam / (beta_q * cos_t),
        "instrumental width subtracted linearly (Lorentzian)": 0.9 * lam / (beta_l * cos_t),
    }


@item(
    S,
    "crystallography_xrd",
    "1/m**3",
    "Atoms per unit volume n/a³ with n = 2 for BCC",
    solution="a³ = (0.2884×10⁻⁹ m)³ = 2.3988×10⁻²⁹ m³; 2 atoms per cell give 2/2.3988×10⁻²⁹ = 8.34×10²⁸ atoms m⁻³.",
    forms=("tex", "sci_notation"),
)
def h8a_crystallography_xrd_09():
    r"""Chromium has the BCC structure with a lattice parameter of $0.2884\,\mathrm{nm}$. How many atoms are there in one $\mathrm{m^{3}}$ of chromium? Express the answer in scientific notation."""
    return 2 / Q_(0.2884, "nm") ** 3


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "1/m**3",
    "N_v = N exp(−Q_v/kT), N = N_Aρ/A (Callister eq. 4.1)",
    solution="N = 6.022×10²³ · 8.40/63.55 = 7.960×10²² cm⁻³ = 7.960×10²⁸ m⁻³; kT = 8.617×10⁻⁵ · 1273.15 = 0.10971 eV; N_v = 7.960×10²⁸ exp(−0.90/0.10971) = 7.960×10²⁸ · 2.74×10⁻⁴ = 2.18×10²⁵ m⁻³.",
    forms=("tex", "multi_step", "sci_notation"),
)
def h8a_defects_01():
    r"""Calculate the equilibrium number of vacancies per cubic metre in copper at $1000\,^{\circ}\mathrm{C}$. The energy for vacancy formation is $0.90\,\mathrm{eV\,atom^{-1}}$; the atomic weight and density (at $1000\,^{\circ}\mathrm{C}$) of copper are $63.55\,\mathrm{g\,mol^{-1}}$ and $8.40\,\mathrm{g\,cm^{-3}}$. Give the answer in scientific notation."""
    n_sites = AVOGADRO * Q_(8.40, "g/cm**3") / Q_(63.55, "g/mol")
    return n_sites * math.exp(-num(Q_(0.90, "eV") / (K_BOLTZ * kelvin(1000))))


@item(
    S,
    "defects",
    "dimensionless",
    "Vacancy fraction ∝ exp(−Q_v/RT); ratio at two temperatures",
    rel_tol=0.03,
    solution="Q_v/R = 25 400/1.987 = 12 783 K; 1/873.15 − 1/1173.15 = 2.9288×10⁻⁴ K⁻¹; ratio = exp(12 783 · 2.9288×10⁻⁴) = exp(3.7438) = 42.2.",
    forms=("us_units", "derived_ratio"),
)
def h8a_defects_02():
    """The activation energy for vacancy formation in silver is 25.4 kcal/mol (R = 1.987 cal/mol·K). By what factor does the equilibrium vacancy concentration in silver increase when the metal is heated from 600 °C to 900 °C?"""
    q = Q_(25.4, "kcal/mol")
    return math.exp(-num(q / (R_GAS * kelvin(900)))) / math.exp(-num(q / (R_GAS * kelvin(600))))


@item(
    S,
    "defects",
    None,
    "N_v = N exp(−Q_v/kT)",
    refuse="missing datum: the vacancy formation energy of the alloy is referred to a table that is not given",
    solution="N_v = N exp(−Q_v/kT) needs Q_v, which the question refers to a Table 2 that is not supplied, and the alloy is a multicomponent superalloy with no handbook value; the site density alone does not fix N_v.",
    forms=("unicode", "missing_datum"),
)
def h8a_defects_03():
    """A nickel-base superalloy has a density of 8.19 g/cm³ and a mean atomic weight of 58.0 g/mol. Using the vacancy formation energy measured for this alloy (Table 2), estimate the equilibrium number of vacancies per cubic metre at 1 100 °C."""
    return None


@item(
    S,
    "defects",
    "1/mm**2",
    "ASTM grain size: N = 2^(n−1) grains per in² at 100× (Callister eq. 4.16)",
    solution="At 100×, N = 2⁵ = 32 grains per in² of image. One square inch of the image at 100× covers (25.4/100)² = 0.064516 mm² of specimen, so the true density is 32/0.064516 = 496 grains per mm².",
    forms=("unicode", "unit_conversion", "multi_step"),
)
def h8a_defects_04():
    """A steel has an ASTM grain-size number of 6. How many grains are there per square millimetre of the actual specimen surface (i.e. at 1×)?"""
    n_per_in2_100x = 2 ** (6 - 1)
    true_area = (Q_(1, "inch") / 100) ** 2
    return n_per_in2_100x / true_area


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM: N_M (M/100)² = 2^(n−1) (Callister eq. 4.17)",
    decimals=1,
    solution="Scaling to 100×: N = 45 · (250/100)² = 281.25 grains per in²; n = 1 + log₂ 281.25 = 1 + 8.136 = 9.1.",
    forms=("unicode", "requested_precision"),
)
def h8a_defects_05():
    """On a photomicrograph of a brass taken at 250×, a count gives 45 grains per square inch. Determine the ASTM grain-size number, to one decimal place."""
    n_100 = 45 * (250 / 100) ** 2
    return 1 + math.log2(n_100)


@item(
    S,
    "defects",
    "1/m**2",
    "Dislocation density = total line length per unit volume (Callister ch. 7)",
    solution="ρ = L/V = 500×10³ m/(10⁻³ m)³ = 5×10⁵ m/10⁻⁹ m³ = 5.0×10¹⁴ m⁻². The rolling reduction, the temperature and the hardness values are not used.",
    forms=("unicode", "context_paragraph", "distractor", "sci_notation"),
)
def h8a_defects_06():
    """An annealed copper strip, 2.0 mm thick, was cold rolled at 20 °C to a 40 % reduction in thickness, and its Brinell hardness rose from 45 to 95. Transmission electron microscopy of the rolled strip indicates that a 1.0 mm³ volume of the metal contains a total of 500 km of dislocation line.
    Compute the dislocation density in m⁻², in scientific notation."""
    return Q_(500, "km") / Q_(1.0, "mm**3")


@item(
    S,
    "defects",
    "1/m**3",
    "Schottky defects in an ionic crystal: n_s = N exp(−Q_s/2kT) (Callister eq. 12.3)",
    solution="N = 6.022×10²³ · 2.165/58.44 = 2.231×10²² cm⁻³ = 2.231×10²⁸ m⁻³ NaCl units; Q_s/2kT = 2.3/(2 · 8.617×10⁻⁵ · 773.15) = 17.26; n_s = 2.231×10²⁸ · 3.19×10⁻⁸ = 7.1×10²⁰ m⁻³.",
    forms=("tex", "multi_step", "sci_notation"),
)
def h8a_defects_07():
    r"""Sodium chloride has a density of $2.165\,\mathrm{g\,cm^{-3}}$ and a formula weight of $58.44\,\mathrm{g\,mol^{-1}}$. The energy to form one Schottky defect (a cation–anion vacancy pair) is $2.3\,\mathrm{eV}$. Calculate the number of Schottky defects per $\mathrm{m^{3}}$ at $500\,^{\circ}\mathrm{C}$, and express your answer in the form $x \times 10^{y}$."""
    n_units = AVOGADRO * Q_(2.165, "g/cm**3") / Q_(58.44, "g/mol")
    return n_units * math.exp(-num(Q_(2.3, "eV") / (2 * K_BOLTZ * kelvin(500))))


@item(
    S,
    "defects",
    "percent",
    "Weight percent to atom percent: C′ = (C/A)/Σ(Cᵢ/Aᵢ) (Callister eq. 4.6)",
    solution="Moles per 100 g: C 0.80/12.011 = 0.066606, Fe 99.20/55.845 = 1.77634; at% C = 0.066606/1.84295 × 100 = 3.61 at%.",
    forms=("unicode",),
)
def h8a_defects_08():
    """A eutectoid plain-carbon steel contains 0.80 wt% C, the rest iron. Express the carbon content in atom percent. (A_C = 12.011 g/mol, A_Fe = 55.845 g/mol.)"""
    n_c = Q_(0.80, "g") / Q_(12.011, "g/mol")
    n_fe = Q_(99.20, "g") / Q_(55.845, "g/mol")
    return n_c / (n_c + n_fe)


@item(
    S,
    "defects",
    "micrometer",
    "Hall–Petch: σ_y = σ₀ + k_y d^(−1/2) (Callister eq. 7.7)",
    solution="d^(−1/2) = 4.472 mm^(−1/2) at 0.050 mm and 11.180 mm^(−1/2) at 0.008 mm; k_y = 100/6.708 = 14.907 MPa·mm^(1/2), σ₀ = 150 − 14.907 · 4.472 = 83.33 MPa. For 200 MPa: d^(−1/2) = (200 − 83.33)/14.907 = 7.826, d = 0.01633 mm = 16.3 µm.",
    forms=("unicode", "multi_step", "unit_conversion"),
)
def h8a_defects_09():
    """The lower yield point of a low-carbon steel is 150 MPa at a mean grain diameter of 0.050 mm and 250 MPa at 0.008 mm.
    (a) Determine the constants of the Hall–Petch equation.
    (b) What grain diameter, in µm, is required for a yield strength of 200 MPa?"""
    d1, s1 = Q_(0.050, "mm"), Q_(150, "MPa")
    d2, s2 = Q_(0.008, "mm"), Q_(250, "MPa")
    k_y = (s2 - s1) / (d2**-0.5 - d1**-0.5)
    s0 = s1 - k_y * d1**-0.5
    return ((Q_(200, "MPa") - s0) / k_y) ** -2


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "kg/(m**2*hour)",
    "Fick's first law J = −D dC/dx (Callister eq. 5.3)",
    solution="J = D ΔC/Δx = 1.0×10⁻⁸ · (2.4 − 0.6)/(6×10⁻³) = 3.0×10⁻⁶ kg m⁻² s⁻¹ = 1.08×10⁻² kg m⁻² h⁻¹.",
    forms=("tex", "unit_conversion", "sci_notation"),
)
def h8a_diffusion_01():
    r"""Hydrogen is purified by diffusing it through a palladium sheet $6\,\mathrm{mm}$ thick at $600\,^{\circ}\mathrm{C}$. The hydrogen concentrations at the high- and low-pressure faces are $2.4$ and $0.6\,\mathrm{kg\,m^{-3}}$, and $D = 1.0 \times 10^{-8}\,\mathrm{m^{2}\,s^{-1}}$. Assuming steady state, calculate the diffusion flux in $\mathrm{kg\,m^{-2}\,h^{-1}}$."""
    d_coef = Q_(1.0e-8, "m**2/s")
    return d_coef * (Q_(2.4, "kg/m**3") - Q_(0.6, "kg/m**3")) / Q_(6, "mm")


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="Q_d/RT = 136 000/(8.314 · 773.15) = 21.157; D = 6.5×10⁻⁵ · exp(−21.157) = 6.5×10⁻⁵ · 6.49×10⁻¹⁰ = 4.2×10⁻¹⁴ m² s⁻¹.",
    forms=("tex", "sci_notation"),
)
def h8a_diffusion_02():
    r"""For the diffusion of copper in aluminium, $D_0 = 6.5 \times 10^{-5}\,\mathrm{m^{2}\,s^{-1}}$ and $Q_d = 136\,\mathrm{kJ\,mol^{-1}}$. Compute the diffusion coefficient at $500\,^{\circ}\mathrm{C}$ (answer in $\mathrm{m^{2}\,s^{-1}}$, scientific notation)."""
    return Q_(6.5e-5, "m**2/s") * math.exp(-num(Q_(136, "kJ/mol") / (R_GAS * kelvin(500))))


@item(
    S,
    "diffusion",
    "cm**2/s",
    "ln D = ln D₀ − Q_d/RT from two temperatures (Callister eq. 5.9)",
    rel_tol=0.03,
    solution="Q_d = R ln(D₂/D₁)/(1/T₁ − 1/T₂) = 8.314 · ln(36.67)/(1/823.15 − 1/973.15) = 8.314 · 3.6019/1.8725×10⁻⁴ = 159.9 kJ/mol; D₀ = D₁ exp(Q_d/RT₁) = 1.2×10⁻¹⁴ · exp(23.37) = 1.69×10⁻⁴ m²/s = 1.69 cm²/s.",
    forms=("unicode", "multi_step", "asked_not_last", "unit_conversion"),
)
def h8a_diffusion_03():
    """The diffusion coefficient of a substitutional solute in a nickel alloy was measured as 1.2 × 10⁻¹⁴ m²/s at 550 °C and 4.4 × 10⁻¹³ m²/s at 700 °C.
    (a) Determine the activation energy for diffusion.
    (b) Determine the pre-exponential factor D₀, giving it in cm²/s."""
    t1, t2 = kelvin(550), kelvin(700)
    d1, d2 = Q_(1.2e-14, "m**2/s"), Q_(4.4e-13, "m**2/s")
    q = R_GAS * math.log(num(d2 / d1)) / (1 / t1 - 1 / t2)
    return d1 * math.exp(num(q / (R_GAS * t1)))


@item(
    S,
    "diffusion",
    "hour",
    "Fick's second law, semi-infinite solid: (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)); D = D₀ exp(−Q/RT)",
    rel_tol=0.03,
    solution="D = 2.3×10⁻⁵ exp(−148 000/(8.314 · 1223.15)) = 2.3×10⁻⁵ · 4.79×10⁻⁷ = 1.10×10⁻¹¹ m²/s. (0.60 − 0.20)/(1.00 − 0.20) = 0.5 = 1 − erf z, so erf z = 0.5, z = 0.4769. t = x²/(4Dz²) = (7.5×10⁻⁴)²/(4 · 1.10×10⁻¹¹ · 0.2275) = 5.6×10⁴ s = 15.6 h. The CO/CO₂ ratio, the batch mass and the quench temperature are not needed.",
    forms=("unicode", "context_paragraph", "distractor", "time_to_state", "multi_step"),
)
def h8a_diffusion_04():
    """A batch of 1 200 kg of 1020 steel gears (0.20 wt% C) is gas carburised at 950 °C in an atmosphere with a CO/CO₂ ratio of 20, which holds the surface at 1.00 wt% C; afterwards the gears are quenched into oil at 60 °C.
    The specification requires 0.60 wt% C at a depth of 0.75 mm. For carbon in γ-iron take D₀ = 2.3 × 10⁻⁵ m²/s and Q_d = 148 kJ/mol. How long, in hours, must the gears be held at 950 °C?"""
    d_coef = Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(950))))
    z = erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20))
    return Q_(0.75, "mm") ** 2 / (4 * d_coef * z**2)


@item(
    S,
    "diffusion",
    "micrometer",
    "Characteristic diffusion distance x ≈ √(Dt) (Callister, Porter & Easterling) or x ≈ 2√(Dt) (Shewmon)",
    solution="Dt = 3.0×10⁻¹⁵ · 36 000 = 1.08×10⁻¹⁰ m²; √(Dt) = 1.04×10⁻⁵ m = 10.4 µm; with the 2√(Dt) convention 20.8 µm.",
    forms=("unicode", "two_readings", "unit_conversion"),
)
def h8a_diffusion_05():
    """A nickel-plated copper part is held for 10 h at a temperature where the interdiffusion coefficient is 3.0 × 10⁻¹⁵ m²/s. Estimate the distance, in µm, over which nickel has diffused into the copper."""
    dt = Q_(3.0e-15, "m**2/s") * Q_(10, "hour")
    return {"x = √(Dt)": dt**0.5, "x = 2√(Dt)": 2 * dt**0.5}


@item(
    S,
    "diffusion",
    "minute",
    "Equal penetration: Dt = const, D = D₀ exp(−Q/RT)",
    rel_tol=0.03,
    solution="1650 °F = 1172.04 K, 1832 °F = 1273.15 K; Q = 35.4 kcal/mol = 148.1 kJ/mol. t₂ = t₁ D₁/D₂ = 10 h · exp(−(148 100/8.314)(1/1172.04 − 1/1273.15)) = 10 · exp(−1.207) = 2.99 h ≈ 179 min.",
    forms=("us_units", "time_to_state", "unit_conversion"),
)
def h8a_diffusion_06():
    """A carburising cycle of 10 h at 1650 °F gives the required case depth on a batch of pinions. The activation energy for carbon diffusion in austenite is 35.4 kcal/mol. If the furnace is run at 1832 °F instead, how many minutes are needed to obtain the same case depth?"""
    q = Q_(35.4, "kcal/mol")
    t1, t2 = Q_(1650, "degF").to("K"), Q_(1832, "degF").to("K")
    ratio = math.exp(-num(q / (R_GAS * t1))) / math.exp(-num(q / (R_GAS * t2)))
    return Q_(10, "hour") * ratio


@item(
    S,
    "diffusion",
    "degC",
    "T = Q_d/(R ln(D₀/D)) from D = D₀ exp(−Q_d/RT)",
    abs_tol=5,
    solution="ln(D₀/D) = ln(2.4×10⁻⁵/1.0×10⁻¹⁶) = ln(2.4×10¹¹) = 26.204; T = 189 000/(8.314 · 26.204) = 867.5 K = 594 °C.",
    forms=("unicode", "min_design_value"),
)
def h8a_diffusion_07():
    """For zinc diffusing in copper, D₀ = 2.4 × 10⁻⁵ m²/s and Q_d = 189 kJ/mol. A homogenisation treatment needs D ≥ 1.0 × 10⁻¹⁶ m²/s. What is the minimum temperature, in °C, at which it can be carried out?"""
    d0, d = Q_(2.4e-5, "m**2/s"), Q_(1.0e-16, "m**2/s")
    return (Q_(189, "kJ/mol") / (R_GAS * math.log(num(d0 / d)))).to("K")


@item(
    S,
    "diffusion",
    "cm**2/s",
    "Thin-film (Gaussian) solution C(x,t) = M/√(πDt) exp(−x²/4Dt) (Shewmon; Porter & Easterling)",
    solution="C/C(0) = exp(−x²/4Dt) = e⁻¹ gives x² = 4Dt, so D = x²/(4t) = (25×10⁻⁴ cm)²/(4 · 14 400 s) = 6.25×10⁻⁶/57 600 = 1.09×10⁻¹⁰ cm²/s.",
    forms=("unicode", "multi_step", "unit_conversion", "sci_notation"),
)
def h8a_diffusion_08():
    """A thin layer of radioactive ⁶³Ni tracer is deposited on the polished face of a nickel bar, which is then annealed for 4.0 h. Sectioning shows that the tracer concentration has fallen to 1/e of its surface value at a depth of 25 µm. Using the thin-film solution of Fick's second law, determine the self-diffusion coefficient in cm²/s."""
    x = Q_(25, "micrometer")
    return x**2 / (4 * Q_(4.0, "hour"))


@item(
    S,
    "diffusion",
    "dimensionless",
    "D ∝ exp(−Q/kT) with Q per atom",
    rel_tol=0.03,
    solution="Q/k = 2.0/8.617×10⁻⁵ = 23 209 K; 1/873.15 − 1/973.15 = 1.1769×10⁻⁴ K⁻¹; ratio = exp(23 209 · 1.1769×10⁻⁴) = exp(2.732) = 15.4.",
    forms=("unicode", "derived_ratio"),
)
def h8a_diffusion_09():
    """The activation energy for self-diffusion in a metal is 2.0 eV per atom. By what factor does the diffusion coefficient increase when the temperature is raised from 600 °C to 700 °C?"""
    q = Q_(2.0, "eV")
    return math.exp(-num(q / (K_BOLTZ * kelvin(700)))) / math.exp(-num(q / (K_BOLTZ * kelvin(600))))


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law Δl = F l₀/(A E) (Callister eq. 6.5)",
    solution="A = π(0.25 in)² = 0.19635 in²; σ = 10 000/0.19635 = 50 930 psi; ε = 50 930/30×10⁶ = 1.6977×10⁻³; Δl = 10 in · 1.6977×10⁻³ = 0.016977 in = 0.431 mm.",
    forms=("us_units", "unit_conversion"),
)
def h8a_mechanical_properties_01():
    """A steel rod 0.50 in. in diameter and 10 in. long carries a tensile load of 10 000 lbf and deforms elastically. Taking E = 30 × 10⁶ psi, how much does it elongate? Answer in millimetres."""
    area = math.pi * (Q_(0.50, "inch") / 2) ** 2
    stress = Q_(10000, "lbf") / area
    return Q_(10, "inch") * stress / Q_(30e6, "psi")


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "σ = F/A₀, ε_z = σ/E, ε_x = −ν ε_z (Callister eq. 6.8)",
    solution="σ = 20 000/(π · 0.006²) = 176.8 MPa, below the 300 MPa yield strength, so the response is elastic; ε_z = 176.8/69 000 = 2.563×10⁻³; ε_x = −0.33 · 2.563×10⁻³ = −8.457×10⁻⁴; Δd = 12.0 mm · 8.457×10⁻⁴ = 1.015×10⁻² mm = 10.1 µm.",
    forms=("unicode", "multi_step", "unit_conversion"),
)
def h8a_mechanical_properties_02():
    """A cylindrical bar of an aluminium alloy (E = 69 GPa, ν = 0.33, yield strength 300 MPa) has a diameter of 12.0 mm. A tensile force of 20 kN is applied along its axis. By how many micrometres does the diameter decrease?"""
    d0 = Q_(12.0, "mm")
    stress = Q_(20, "kN") / (math.pi * d0**2 / 4)
    eps_z = stress / Q_(69, "GPa")
    return 0.33 * eps_z * d0


@item(
    S,
    "mechanical_properties",
    "percent",
    "Ductility as %EL = (l_f − l₀)/l₀ × 100 or %RA = (A₀ − A_f)/A₀ × 100 (Callister eqs. 6.11, 6.12)",
    solution="%EL = (63.5 − 50.8)/50.8 × 100 = 25.0 %; %RA = (1 − (8.0/12.8)²) × 100 = (1 − 0.3906) × 100 = 60.9 %. Either is a standard measure of ductility.",
    forms=("unicode", "two_readings", "distractor"),
)
def h8a_mechanical_properties_03():
    """A round tensile specimen of a 1040 steel, 12.8 mm in diameter with a 50.8 mm gauge length, is pulled to fracture. The maximum load was 62 kN. After fracture the gauge length measures 63.5 mm and the diameter at the neck 8.0 mm. Compute the ductility of the steel, in percent."""
    l0, lf = Q_(50.8, "mm"), Q_(63.5, "mm")
    d0, df = Q_(12.8, "mm"), Q_(8.0, "mm")
    return {
        "percent elongation": (lf - l0) / l0,
        "percent reduction in area": 1 - (df / d0) ** 2,
    }


@item(
    S,
    "mechanical_properties",
    "MPa",
    "σ_T = σ(1 + ε), ε_T = ln(1 + ε), σ_T = K ε_Tⁿ (Callister eqs. 6.18a,b, 6.19)",
    solution="σ_T = 420(1 + 0.18) = 495.6 MPa; ε_T = ln 1.18 = 0.16551; K = σ_T/ε_Tⁿ = 495.6/0.16551^0.21 = 495.6/0.6854 = 723 MPa.",
    forms=("tex", "multi_step", "asked_not_last"),
)
def h8a_mechanical_properties_04():
    r"""During a tensile test on an annealed brass, an engineering stress of $420\,\mathrm{MPa}$ is reached at an engineering strain of $0.18$, before the onset of necking.
    (a) Convert these to true stress and true strain.
    (b) If the strain-hardening exponent of the alloy is $n = 0.21$, compute the strength coefficient $K$ in $\sigma_T = K\varepsilon_T^{\,n}$, in $\mathrm{MPa}$."""
    eng_s, eng_e = Q_(420, "MPa"), 0.18
    true_s = eng_s * (1 + eng_e)
    true_e = math.log(1 + eng_e)
    return true_s / true_e**0.21


@item(
    S,
    "mechanical_properties",
    "ksi",
    "Brinell HB = 2P/[πD(D − √(D² − d²))]; TS(psi) ≈ 500 × HB (Callister eq. 6.20b)",
    rel_tol=0.03,
    solution="HB = 2 · 3000/[π · 10(10 − √(100 − 17.64))] = 6000/(π · 10 · 0.9248) = 206.5; TS ≈ 500 × 206.5 psi = 103 000 psi = 103 ksi.",
    forms=("us_units", "multi_step", "unit_conversion"),
)
def h8a_mechanical_properties_05():
    """A Brinell test on a quenched-and-tempered steel, using a 10 mm ball and a 3000 kg load, leaves an impression 4.20 mm in diameter.
    (a) Compute the Brinell hardness number.
    (b) Estimate the tensile strength of the steel in ksi."""
    p_kg, d_ball, d_imp = 3000, 10.0, 4.20
    hb = 2 * p_kg / (math.pi * d_ball * (d_ball - math.sqrt(d_ball**2 - d_imp**2)))
    return Q_(500 * hb, "psi")


@item(
    S,
    "mechanical_properties",
    None,
    "E = σ/ε in the elastic region",
    refuse="a value the data cannot determine: only the fracture load and dimensions are given, no elastic strain or extension, so E cannot be computed",
    solution="The modulus needs a stress and the corresponding elastic strain; the question gives the load at fracture and the original dimensions only (no extension in the elastic range), so E cannot be determined.",
    forms=("unicode", "undeterminable"),
)
def h8a_mechanical_properties_06():
    """A cylindrical specimen of an unknown alloy, 10.0 mm in diameter and 75 mm long, fractures at a tensile load of 31 400 N. From these data calculate the modulus of elasticity of the alloy in GPa."""
    return None


@item(
    S,
    "mechanical_properties",
    "kJ/m**3",
    "Modulus of resilience U_r = σ_y²/(2E) (Callister eq. 6.14)",
    solution="U_r = (80 000 psi)²/(2 · 30×10⁶ psi) = 6.4×10⁹/6×10⁷ = 106.7 in·lbf/in³ (psi) = 106.7 · 6894.76 J/m³ = 735 kJ/m³.",
    forms=("us_units", "unit_conversion"),
)
def h8a_mechanical_properties_07():
    """A spring steel has a yield strength of 80 000 psi and an elastic modulus of 30 × 10⁶ psi. Calculate its modulus of resilience and express it in kJ/m³."""
    return Q_(80000, "psi") ** 2 / (2 * Q_(30e6, "psi"))


@item(
    S,
    "mechanical_properties",
    "mm",
    "Working stress σ_w = σ_y/N, A = F/σ_w (Callister eq. 6.24)",
    solution="σ_w = 345/2.0 = 172.5 MPa; A = 66 700/172.5×10⁶ = 3.867×10⁻⁴ m²; d = √(4A/π) = 0.02219 m = 22.2 mm. The tensile strength and elongation are not used.",
    forms=("unicode", "distractor", "min_design_value"),
)
def h8a_mechanical_properties_08():
    """A tie rod of a plain-carbon steel (yield strength 345 MPa, tensile strength 565 MPa, elongation 22 %) must carry a static load of 66 700 N. With a factor of safety of 2.0 on yielding, what is the minimum diameter of the rod, in mm?"""
    sigma_w = Q_(345, "MPa") / 2.0
    area = Q_(66700, "N") / sigma_w
    return (4 * area / math.pi) ** 0.5


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Schmid's law τ_R = σ cos φ cos λ; yielding when τ_R = τ_crss (Callister eq. 7.2)",
    solution="cos φ = [010]·[110]/(1 · √2) = 1/√2 = 0.7071; cos λ = [010]·[1̄11]/(1 · √3) = 1/√3 = 0.5774; σ_y = 30/(0.7071 · 0.5774) = 73.5 MPa.",
    forms=("unicode", "multi_step"),
)
def h8a_mechanical_properties_09():
    """A single crystal of a BCC metal is oriented so that a tensile stress is applied along [010]. Slip occurs on the (110) plane in the [1̄11] direction, and the critical resolved shear stress is 30 MPa. Compute the tensile stress at which the crystal begins to yield."""
    axis, normal, direction = (0, 1, 0), (1, 1, 0), (-1, 1, 1)

    def cos_angle(u, v):
        dot = sum(a * b for a, b in zip(u, v, strict=True))
        return dot / math.sqrt(sum(a * a for a in u) * sum(b * b for b in v))

    return Q_(30, "MPa") / (cos_angle(axis, normal) * cos_angle(axis, direction))


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "σ_c = K_Ic/(Y√(πa)) (Callister eq. 8.5)",
    solution="a = 0.16/2 = 0.08 in; σ_c = 22/(1.0 · √(π · 0.08)) = 22/0.5013 = 43.9 ksi = 302.6 MPa.",
    forms=("us_units", "unit_conversion"),
)
def h8a_failure_01():
    """A large plate of an aluminium alloy with a plane-strain fracture toughness of 22 ksi·in^1/2 contains an internal through-thickness crack 0.16 in. long. Taking Y = 1.0, what tensile stress, in MPa, will cause fracture?"""
    a = Q_(0.16, "inch") / 2
    return Q_(22, "ksi*inch**0.5") / (1.0 * (math.pi * a) ** 0.5)


@item(
    S,
    "failure",
    "MPa",
    "Inglis: σ_m = σ₀(1 + 2√(a/ρ_t)); Callister's approximation σ_m ≈ 2σ₀√(a/ρ_t)",
    solution="a = 0.10 mm, ρ_t = 0.5 µm, √(a/ρ_t) = √200 = 14.142. Callister's form: σ_m = 2 · 150 · 14.142 = 4243 MPa; full Inglis form: σ_m = 150(1 + 28.284) = 4393 MPa.",
    forms=("unicode", "two_readings"),
)
def h8a_failure_02():
    """A glass plate is loaded in tension to 150 MPa. It contains an internal elliptical crack of length 0.20 mm, whose tip radius of curvature is 0.5 µm, oriented perpendicular to the load. Estimate the maximum stress at the crack tip, in MPa."""
    sigma0 = Q_(150, "MPa")
    root = num((Q_(0.10, "mm") / Q_(0.5, "micrometer")) ** 0.5)
    return {
        "σ_m ≈ 2σ₀√(a/ρ_t)": 2 * sigma0 * root,
        "σ_m = σ₀(1 + 2√(a/ρ_t))": sigma0 * (1 + 2 * root),
    }


@item(
    S,
    "failure",
    "mm",
    "a_c = (1/π)[K_Ic/(Yσ)]² with σ = σ_y/N (Callister eq. 8.7)",
    solution="σ = 1 100/1.5 = 733.3 MPa; a_c = (1/π)(55/(1.1 · 733.3))² = (1/π)(0.06818)² = 4.649×10⁻³/π = 1.48×10⁻³ m = 1.48 mm.",
    forms=("tex", "spaced_thousands", "max_design_value", "multi_step"),
)
def h8a_failure_03():
    r"""A landing-gear component is made of a high-strength steel with a yield strength of $1\,100\,\mathrm{MPa}$ and a plane-strain fracture toughness of $55\,\mathrm{MPa\,m^{1/2}}$. It is designed to operate at a stress equal to the yield strength divided by $1.5$. If it may contain surface (edge) cracks for which $Y = 1.1$, what is the largest crack depth, in $\mathrm{mm}$, that can be tolerated without fast fracture?"""
    sigma = Q_(1100, "MPa") / 1.5
    return (1 / math.pi) * (Q_(55, "MPa*m**0.5") / (1.1 * sigma)) ** 2


@item(
    S,
    "failure",
    "dimensionless",
    "Paris law da/dN = C(ΔK)^m, ΔK = YΔσ√(πa), integrated from a₀ to a_c (Callister eq. 8.19)",
    rel_tol=0.03,
    solution="a_c = (1/π)(40/180)² = 0.01572 m. For m = 3, N_f = 2(a₀^(−1/2) − a_c^(−1/2))/[C(YΔσ√π)³] = 2(63.25 − 7.98)/[1.0×10⁻¹² · (180√π)³] = 110.5/(1.0×10⁻¹² · 3.247×10⁷) = 3.40×10⁶ cycles.",
    forms=("unicode", "multi_step", "sci_notation"),
)
def h8a_failure_04():
    """A wide steel plate is cycled in tension between 0 and 180 MPa. It contains an internal through-thickness crack whose initial half-length is 0.25 mm (Y = 1.0). For this steel K_Ic = 40 MPa·m^1/2 and the Paris-law constants are C = 1.0 × 10⁻¹² and m = 3 (da/dN in m/cycle, ΔK in MPa·m^1/2). Estimate the number of cycles to failure, in scientific notation."""
    c_par, m = 1.0e-12, 3
    d_sigma, y = 180.0, 1.0
    a0 = 0.25e-3
    ac = (1 / math.pi) * (40.0 / (y * 180.0)) ** 2
    n_f = (ac ** (1 - m / 2) - a0 ** (1 - m / 2)) / (
        (1 - m / 2) * c_par * (y * d_sigma * math.sqrt(math.pi)) ** m
    )
    return n_f


@item(
    S,
    "failure",
    "day",
    "Larson–Miller parameter P = T(C + log t_r), C = 20, T in K, t_r in h (Callister eq. 8.24)",
    rel_tol=0.05,
    solution="log t_r = P/T − C = 22 000/923.15 − 20 = 23.832 − 20 = 3.832; t_r = 10^3.832 = 6.79×10³ h = 283 days.",
    forms=("unicode", "time_to_state", "unit_conversion"),
)
def h8a_failure_05():
    """For a ferritic creep-resisting steel loaded at 140 MPa, the Larson–Miller plot gives P = 22.0 × 10³ (T in K, t_r in h, C = 20). Predict the rupture lifetime of a component held at 650 °C under this stress, in days."""
    t = kelvin(650)
    log_t = 22.0e3 / num(t / Q_(1, "K")) - 20
    return Q_(10**log_t, "hour")


@item(
    S,
    "failure",
    None,
    "σ_c = K_Ic/(Y√(πa))",
    refuse="ambiguous substance / missing datum: 'an aluminium alloy' has no single fracture toughness and none is given",
    solution="The critical stress needs K_Ic; the question names only 'an aluminium alloy', whose toughness ranges from about 20 to above 40 MPa·m^1/2 depending on grade and temper, and gives no value.",
    forms=("unicode", "ambiguous_substance"),
)
def h8a_failure_06():
    """An aluminium alloy plate contains an edge crack 3.0 mm deep (Y = 1.12). Calculate the tensile stress, in MPa, at which the plate will fracture."""
    return None


@item(
    S,
    "failure",
    "hour",
    "Steady-state creep ε̇_s = K₂σⁿ exp(−Q_c/RT) (Callister eq. 8.21)",
    rel_tol=0.03,
    solution="ε̇₂/ε̇₁ = (70/50)⁵ · exp[−(280 000/8.314)(1/923.15 − 1/873.15)] = 5.378 · exp(2.089) = 5.378 · 8.08 = 43.4; ε̇₂ = 2.5×10⁻⁷ · 43.4 = 1.09×10⁻⁵ h⁻¹; time to 1.0 % steady-state strain = 0.010/1.09×10⁻⁵ = 921 h.",
    forms=("tex", "multi_step", "time_to_state"),
)
def h8a_failure_07():
    r"""The steady-state creep rate of a stainless steel is $2.5 \times 10^{-7}\,\mathrm{h^{-1}}$ at $50\,\mathrm{MPa}$ and $600\,^{\circ}\mathrm{C}$. The stress exponent is $5$ and the activation energy for creep $280\,\mathrm{kJ\,mol^{-1}}$. If the component is operated at $70\,\mathrm{MPa}$ and $650\,^{\circ}\mathrm{C}$, how many hours will it take to accumulate $1.0\,\%$ of steady-state creep strain?"""
    rate1 = Q_(2.5e-7, "1/hour")
    factor = (70 / 50) ** 5 * math.exp(
        -num(Q_(280, "kJ/mol") / R_GAS * (1 / kelvin(650) - 1 / kelvin(600)))
    )
    return 0.010 / (rate1 * factor)


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin: σ_a = σ_f′(2N_f)^b, σ_a = (σ_max − σ_min)/2",
    rel_tol=0.04,
    solution="σ_a = (520 − (−280))/2 = 400 MPa (mean 120 MPa ignored as the question asks). 2N_f = (400/1000)^(1/−0.09) = 0.4^(−11.11) = 2.64×10⁴, so N_f = 1.32×10⁴ cycles.",
    forms=("unicode", "spaced_thousands", "multi_step"),
)
def h8a_failure_08():
    """A steel shaft is loaded between σ_max = 520 MPa and σ_min = −280 MPa. For this steel the fatigue strength coefficient is σ_f′ = 1 000 MPa and the Basquin exponent b = −0.09. Neglecting the effect of the mean stress, estimate the number of cycles (not reversals) to failure."""
    sigma_a = (520 - (-280)) / 2
    reversals = (sigma_a / 1000) ** (1 / -0.09)
    return reversals / 2


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule W_L = (C_α − C₀)/(C_α − C_L) (Callister eq. 9.1)",
    decimals=1,
    solution="W_L = (42.5 − 35)/(42.5 − 31.5) = 7.5/11.0 = 0.682 = 68.2 %.",
    forms=("tex", "other_phase", "requested_precision"),
)
def h8a_phase_diagrams_01():
    r"""A Cu–$35\,\mathrm{wt\%}$ Ni alloy is held at $1250\,^{\circ}\mathrm{C}$, where it lies in the $\alpha + L$ field. The tie line meets the liquidus at $31.5\,\mathrm{wt\%}$ Ni and the solidus at $42.5\,\mathrm{wt\%}$ Ni. What percentage of the alloy (by mass) is liquid? Give the answer to one decimal place."""
    c0, c_l, c_a = 35.0, 31.5, 42.5
    return Q_((c_a - c0) / (c_a - c_l), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule across the α + Fe₃C field below the eutectoid (Callister ch. 9)",
    decimals=2,
    solution="Total cementite W_Fe₃C = (0.40 − 0.022)/(6.70 − 0.022) = 0.378/6.678 = 0.0566 = 5.66 %. Proeutectoid ferrite (0.4878) and pearlite (0.5122) are steps (a) and (b).",
    forms=("tex", "asked_not_last", "requested_precision"),
)
def h8a_phase_diagrams_02():
    r"""For a plain-carbon steel of $0.40\,\mathrm{wt\%\,C}$ cooled slowly to just below $727\,^{\circ}\mathrm{C}$ (take $C_{\alpha} = 0.022$, $C_{\mathrm{eutectoid}} = 0.76$, $C_{\mathrm{Fe_3C}} = 6.70\,\mathrm{wt\%\,C}$):
    (a) compute the mass fraction of proeutectoid ferrite;
    (b) compute the mass fraction of pearlite;
    (c) compute the total mass of cementite as a percentage of the alloy, to two decimal places."""
    c0, c_a, c_cem = 0.40, 0.022, 6.70
    return Q_((c0 - c_a) / (c_cem - c_a), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule for primary α and for total α; eutectic α = total α − primary α (Callister ch. 9)",
    decimals=3,
    solution="Primary α = (61.9 − 40)/(61.9 − 18.3) = 0.502; total α = (97.8 − 40)/(97.8 − 18.3) = 0.727; α in the eutectic = 0.727 − 0.502 = 0.225 of the alloy.",
    forms=("unicode", "multi_step", "asked_not_last"),
)
def h8a_phase_diagrams_03():
    """A Pb–40 wt% Sn solder is cooled slowly to just below the eutectic temperature (183 °C). At that temperature the α phase contains 18.3 wt% Sn, the β phase 97.8 wt% Sn, and the eutectic composition is 61.9 wt% Sn. What mass fraction of the whole alloy is α phase that belongs to the eutectic microconstituent? Give three decimal places."""
    c0, c_a, c_e, c_b = 40.0, 18.3, 61.9, 97.8
    primary = (c_e - c0) / (c_e - c_a)
    total = (c_b - c0) / (c_b - c_a)
    return total - primary


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at constant pressure F = C − P + 1",
    abs_tol=0.1,
    solution="At fixed pressure F = C − P + 1 = 3 − 3 + 1 = 1.",
    forms=("unicode", "distractor"),
)
def h8a_phase_diagrams_04():
    """In a ternary alloy system at atmospheric pressure, an alloy of 20 wt% B and 30 wt% C is held at 800 °C, where three phases coexist in equilibrium. How many degrees of freedom does the system have?"""
    components, phases = 3, 3
    return components - phases + 1


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule then V_β = (W_β/ρ_β)/(W_α/ρ_α + W_β/ρ_β) (Callister eq. 9.6)",
    rel_tol=0.01,
    solution="W_α = (88 − 42.4)/(88 − 12) = 0.600, W_β = 0.400; V_β = (0.400/8.9)/(0.600/7.2 + 0.400/8.9) = 0.04494/(0.08333 + 0.04494) = 0.350 = 35.0 %.",
    forms=("tex", "multi_step", "other_phase"),
)
def h8a_phase_diagrams_05():
    r"""An A–B alloy of overall composition $42.4\,\mathrm{wt\%\,B}$ consists at $500\,^{\circ}\mathrm{C}$ of $\alpha$ ($12\,\mathrm{wt\%\,B}$, $\rho = 7.2\,\mathrm{g\,cm^{-3}}$) and $\beta$ ($88\,\mathrm{wt\%\,B}$, $\rho = 8.9\,\mathrm{g\,cm^{-3}}$). Calculate the volume percentage of $\beta$."""
    c0, c_a, c_b = 42.4, 12.0, 88.0
    w_a = (c_b - c0) / (c_b - c_a)
    w_b = 1 - w_a
    v_a, v_b = w_a / Q_(7.2, "g/cm**3"), w_b / Q_(8.9, "g/cm**3")
    return v_b / (v_a + v_b)


@item(
    S,
    "phase_diagrams",
    "percent",
    "Weight percent to atom percent (Callister eq. 4.6a)",
    decimals=1,
    solution="Per 100 g: Ag 71.9/107.87 = 0.66654 mol, Cu 28.1/63.546 = 0.44220 mol; at% Ag = 0.66654/1.10874 = 60.1 at%.",
    forms=("unicode", "requested_precision"),
)
def h8a_phase_diagrams_06():
    """The Ag–Cu eutectic lies at 71.9 wt% Ag and 779 °C. Express the eutectic composition in atom percent silver, to one decimal place (A_Ag = 107.87, A_Cu = 63.546 g/mol)."""
    n_ag = Q_(71.9, "g") / Q_(107.87, "g/mol")
    n_cu = Q_(28.1, "g") / Q_(63.546, "g/mol")
    return n_ag / (n_ag + n_cu)


@item(
    S,
    "phase_diagrams",
    "percent",
    "Inverse lever rule for a hypereutectoid steel: W_Fe₃C′ = (C₀ − 0.76)/(6.70 − 0.76)",
    decimals=2,
    solution="C₀ = 0.76 + 0.050 · (6.70 − 0.76) = 0.76 + 0.297 = 1.06 wt% C.",
    forms=("unicode", "inverse_problem"),
)
def h8a_phase_diagrams_07():
    """Quantitative metallography on a slowly cooled hypereutectoid plain-carbon steel shows 5.0 wt% proeutectoid cementite. Taking the eutectoid at 0.76 wt% C and cementite as 6.70 wt% C, what is the carbon content of the steel, in wt%, to two decimal places?"""
    c0 = 0.76 + 0.050 * (6.70 - 0.76)
    return Q_(c0 / 100, "dimensionless")


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule at the eutectic temperature: W_eutectic = (C₀ − C_α)/(C_E − C_α)",
    decimals=1,
    solution="W_e = (7.0 − 1.65)/(12.6 − 1.65) = 5.35/10.95 = 0.489 = 48.9 %. The pouring and mould temperatures and the Mg content are not needed.",
    forms=("unicode", "context_paragraph", "distractor", "requested_precision"),
)
def h8a_phase_diagrams_08():
    """A356 wheels are cast by pouring an Al–7.0 wt% Si–0.35 wt% Mg melt at 720 °C into a steel mould preheated to 250 °C; a typical wheel weighs 9.5 kg. Treat the alloy as binary Al–Si, whose eutectic lies at 577 °C and 12.6 wt% Si, with a maximum solubility of 1.65 wt% Si in α-Al and essentially pure Si as the other phase.
    Under equilibrium solidification, what percentage of the microstructure (by mass) is eutectic just below 577 °C? One decimal place."""
    c0, c_a, c_e = 7.0, 1.65, 12.6
    return Q_((c0 - c_a) / (c_e - c_a), "dimensionless")


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Avrami y = 1 − exp(−ktⁿ) (Callister eq. 10.17)",
    solution="k = −ln(1 − 0.30)/100^2.5 = 0.35667/10⁵ = 3.567×10⁻⁶ s⁻²·⁵; for y = 0.90, t = (ln 10/k)^(1/2.5) = (6.456×10⁵)^0.4 = 210.9 s = 3.51 min.",
    forms=("tex", "time_to_state", "unit_conversion"),
)
def h8a_transformations_kinetics_01():
    r"""The isothermal transformation of austenite to pearlite in a steel obeys the Avrami equation $y = 1 - \exp(-kt^{n})$ with $n = 2.5$. The fraction transformed is $0.30$ after $100\,\mathrm{s}$. How long, in minutes, does it take to reach $90\,\%$ transformation?"""
    n = 2.5
    k = -math.log(1 - 0.30) / 100**n
    return Q_((math.log(10) / k) ** (1 / n), "s")


@item(
    S,
    "transformations_kinetics",
    None,
    "Avrami y = 1 − exp(−ktⁿ)",
    refuse="missing datum: one point on the curve cannot fix both k and n of the Avrami equation, and n is not given",
    solution="The Avrami equation has two unknowns, k and n; a single point (50 % at 20 min) fixes only one relation between them, so the time to 95 % cannot be determined.",
    forms=("unicode", "missing_datum"),
)
def h8a_transformations_kinetics_02():
    """Recrystallisation of a cold-worked aluminium alloy at 350 °C follows Avrami kinetics and is 50 % complete after 20 min. How long will it take to reach 95 % recrystallisation at the same temperature?"""
    return None


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Homogeneous nucleation r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6); atoms = 4 × (4/3)πr*³/a³",
    rel_tol=0.04,
    solution="r* = 2 · 0.255 · 1728/(2.53×10⁹ · 319) = 1.092×10⁻⁹ m; V* = (4/3)π r*³ = 5.45×10⁻²⁷ m³; a³ = (0.3524×10⁻⁹)³ = 4.376×10⁻²⁹ m³, so V*/a³ = 124.6 unit cells × 4 atoms = 498 atoms.",
    forms=("unicode", "multi_step", "asked_not_last"),
)
def h8a_transformations_kinetics_03():
    """For the homogeneous solidification of nickel, take ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m², T_m = 1455 °C and an undercooling of 319 °C.
    (a) Calculate the critical radius of the nucleus.
    (b) Nickel is FCC with a = 0.3524 nm. How many atoms does a critical nucleus contain?"""
    dh = Q_(2.53e9, "J/m**3")
    r_star = 2 * Q_(0.255, "J/m**2") * kelvin(1455) / (dh * Q_(319, "K"))
    v_star = 4 / 3 * math.pi * r_star**3
    return 4 * v_star / Q_(0.3524, "nm") ** 3


@item(
    S,
    "transformations_kinetics",
    "eV",
    "ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²) (Callister eq. 10.7)",
    solution="ΔG* = 16π(0.177)³(1358.15)²/[3(1.88×10⁹)²(236)²] = 8.71×10⁻¹⁹ J = 5.43 eV.",
    forms=("tex", "unit_conversion"),
)
def h8a_transformations_kinetics_04():
    r"""For copper, $T_m = 1085\,^{\circ}\mathrm{C}$, the latent heat of fusion is $1.88 \times 10^{9}\,\mathrm{J\,m^{-3}}$ and the solid–liquid interfacial energy is $0.177\,\mathrm{J\,m^{-2}}$. Compute the activation free energy for homogeneous nucleation at an undercooling of $236\,\mathrm{K}$, and give it in $\mathrm{eV}$."""
    gamma, dh = Q_(0.177, "J/m**2"), Q_(1.88e9, "J/m**3")
    tm, dt = kelvin(1085), Q_(236, "K")
    return 16 * math.pi * gamma**3 * tm**2 / (3 * dh**2 * dt**2)


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Rate = 1/t₀.₅ = A exp(−Q/RT) (Callister eq. 10.18)",
    rel_tol=0.03,
    solution="Q = R ln(50/10)/(1/873.15 − 1/923.15) = 8.314 · 1.6094/6.203×10⁻⁵ = 215.7 kJ/mol; t₀.₅(700 °C) = 10 min · exp[(215 700/8.314)(1/973.15 − 1/923.15)] = 10 · 0.236 = 2.36 min.",
    forms=("unicode", "multi_step", "time_to_state"),
)
def h8a_transformations_kinetics_05():
    """A cold-rolled brass recrystallises 50 % in 50 min at 600 °C and in 10 min at 650 °C. Assuming the rate obeys an Arrhenius law, how long would 50 % recrystallisation take at 700 °C? Answer in minutes."""
    t1, t2, t3 = kelvin(600), kelvin(650), kelvin(700)
    q = R_GAS * math.log(50 / 10) / (1 / t1 - 1 / t2)
    return Q_(10, "minute") * math.exp(num(q / R_GAS * (1 / t3 - 1 / t2)))


@item(
    S,
    "transformations_kinetics",
    "J/m**3",
    "ΔG_v = ΔH_f ΔT/T_m; per volume via the molar volume",
    solution="ΔG = 10 700 · 50/933.45 = 573.1 J/mol; divided by V_m = 10.0×10⁻⁶ m³/mol gives 5.73×10⁷ J/m³.",
    forms=("tex", "multi_step", "sci_notation"),
)
def h8a_transformations_kinetics_06():
    r"""Aluminium melts at $660.3\,^{\circ}\mathrm{C}$ with a latent heat of $10.7\,\mathrm{kJ\,mol^{-1}}$; its molar volume is $10.0\,\mathrm{cm^{3}\,mol^{-1}}$. Estimate the driving force for solidification per unit volume, $\Delta G_v$, in $\mathrm{J\,m^{-3}}$, at an undercooling of $50\,\mathrm{K}$."""
    dg_molar = Q_(10.7, "kJ/mol") * Q_(50, "K") / kelvin(660.3)
    return dg_molar / Q_(10.0, "cm**3/mol")


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Grain growth d² − d₀² = Kt (Callister eq. 7.9, n = 2)",
    rel_tol=0.03,
    solution="K = (20² − 8²)/30 = 336/30 = 11.2 µm²/min; time to 35 µm: (35² − 8²)/11.2 = 1161/11.2 = 103.7 min; additional time = 103.7 − 30 = 73.7 min.",
    forms=("unicode", "derived_change", "multi_step"),
)
def h8a_transformations_kinetics_07():
    """A recrystallised brass has a grain diameter of 8 µm. After 30 min at 650 °C the mean grain diameter is 20 µm. Assuming parabolic grain growth (n = 2), how much longer, in minutes, must it be held at 650 °C to reach 35 µm?"""
    d0, d1, d2 = Q_(8, "micrometer"), Q_(20, "micrometer"), Q_(35, "micrometer")
    k = (d1**2 - d0**2) / Q_(30, "minute")
    return (d2**2 - d0**2) / k - Q_(30, "minute")


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Thermally activated ageing: t ∝ exp(Q/kT)",
    rel_tol=0.03,
    solution="Q/k = 1.1/8.617×10⁻⁵ = 12 765 K; t₂ = 10 h · exp[12 765(1/463.15 − 1/423.15)] = 10 h · exp(−2.605) = 0.739 h = 44.3 min. The solution-treatment and quench data are not needed.",
    forms=("unicode", "context_paragraph", "distractor", "unit_conversion"),
)
def h8a_transformations_kinetics_08():
    """Forgings of a 7075 aluminium alloy are solution treated for 1 h at 480 °C and quenched into water at 20 °C, then aged. Laboratory trials show peak hardness (about 175 HB) after 10 h at 150 °C. The activation energy of the precipitation process is 1.1 eV per atom.
    How long, in minutes, would it take to reach peak hardness at 190 °C?"""
    q = Q_(1.1, "eV")
    factor = math.exp(num(q / K_BOLTZ * (1 / kelvin(190) - 1 / kelvin(150))))
    return Q_(10, "hour") * factor
