"""Set heldout11 (set L), first half: 60 numeric questions over seven topics of a qualifying exam.

Written blind: the answer engine, the checker, the solver and the benchmarks were not read, and
no question or set of numbers is taken from an earlier set. Each key is computed in the function
body with pint quantities (a unit slip raises when the builder converts the result to the item's
unit); ``solution`` is the worked solution in words and ``forms`` says how the question is
written. A question with two standard readings returns a dict of them; a question that cannot be
answered (a missing datum, a figure, contradictory givens, an unnamed alloy, an unstated
temperature, a non-numeric ask) returns None and says why. Topics: the first seven of
``HELDOUT11_TOPICS``.
"""

from __future__ import annotations

import math

from exam_items import item
from exam_quantities import AVOGADRO, Q_, R_GAS, kelvin, num
from scipy.special import erfinv

S = "heldout11"

K_EV = Q_(8.617333262e-5, "eV/K")


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "Theoretical density ρ = nA/(V_C N_A), FCC n = 4 (Callister ch. 3)",
    solution="FCC holds n = 4 atoms per cell. V_C = a³ = (3.615×10⁻⁸ cm)³ = 4.724×10⁻²³ cm³; ρ = 4 · 63.55/(4.724×10⁻²³ · 6.022×10²³) = 8.935 g/cm³ = 8935 kg/m³. The melting point is not needed.",
    forms=("given_find", "tex", "distractor", "unit_conversion"),
)
def h11a_crystallography_xrd_01():
    r"""Given: copper, FCC; lattice parameter $a = 0.3615\,\mathrm{nm}$; atomic weight $63.55\,\mathrm{g\,mol^{-1}}$; melting point $1085\,^{\circ}\mathrm{C}$.

    Find: the theoretical density of copper in $\mathrm{kg\,m^{-3}}$."""
    a = Q_(0.3615, "nm")
    return 4 * Q_(63.55, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "pm",
    "Bragg's law nλ = 2d sin θ; cubic d_hkl = a/√(h²+k²+l²) (Callister ch. 3)",
    solution="θ = 44.74°/2 = 22.37°; d₂₀₀ = 1.5406 Å/(2 sin 22.37°) = 2.0241 Å; a = 2 d₂₀₀ = 4.048 Å = 404.8 pm.",
    forms=("unicode", "unit_conversion", "multi_step"),
)
def h11a_crystallography_xrd_02():
    """A powder pattern of aluminium (FCC) taken with Cu Kα radiation (λ = 1.5406 Å) shows the 200 reflection at 2θ = 44.74°. Determine the lattice parameter of aluminium in picometres."""
    d = Q_(1.5406, "angstrom") / (2 * math.sin(math.radians(44.74 / 2)))
    return 2 * d


@item(
    S,
    "crystallography_xrd",
    "percent",
    "Volume per atom a³/n, BCC n = 2, FCC n = 4 (Callister ch. 3, polymorphism of iron)",
    solution="Volume per atom: BCC 0.2904³/2 = 0.012245 nm³; FCC 0.3647³/4 = 0.012127 nm³. ΔV/V = (0.012127 − 0.012245)/0.012245 = −0.97 %, a contraction of about 1 %.",
    forms=("multi_part", "part_b_uses_a", "unicode", "derived_percent_change"),
)
def h11a_crystallography_xrd_03():
    """Iron is BCC below 912 °C and FCC above it.
    (a) From a = 0.2866 nm at room temperature, the atomic radius of BCC iron was found in part (a) to be 0.1241 nm.
    (b) At 912 °C the lattice parameters are 0.2904 nm (BCC) and 0.3647 nm (FCC). Compute the percentage change in volume when BCC iron transforms to FCC iron at 912 °C (negative for a contraction)."""
    v_bcc = Q_(0.2904, "nm") ** 3 / 2
    v_fcc = Q_(0.3647, "nm") ** 3 / 4
    return (v_fcc - v_bcc) / v_bcc


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Angle between cubic directions cos φ = (u₁u₂+v₁v₂+w₁w₂)/(|d₁||d₂|) (Smallman ch. 2)",
    solution="In a cubic crystal the [111] direction is the normal of (111). cos φ = (1+1+0)/(√2 · √3) = 0.8165, φ = 35.26°.",
    forms=("tex",),
)
def h11a_crystallography_xrd_04():
    r"""In a cubic crystal, what is the angle (in degrees) between the $[110]$ direction and the normal to the $(111)$ plane?"""
    return Q_(math.degrees(math.acos(2 / (math.sqrt(2) * math.sqrt(3)))), "degree")


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "HCP: V_C = (3√3/2)a²c, n = 6 atoms; ρ = nA/(V_C N_A) (Callister ch. 3)",
    solution="V_C = (3√3/2)(0.3209 nm)²(0.5211 nm) = 0.13942 nm³ = 1.3942×10⁻²² cm³; ρ = 6 · 24.31/(1.3942×10⁻²² · 6.022×10²³) = 1.74 g/cm³.",
    forms=("unicode", "sig_figs"),
)
def h11a_crystallography_xrd_05():
    """Magnesium has the hexagonal close-packed structure with a = 0.3209 nm and c = 0.5211 nm; its atomic weight is 24.31 g/mol. Calculate its theoretical density in g/cm³, to three significant figures."""
    a, c = Q_(0.3209, "nm"), Q_(0.5211, "nm")
    v = 3 * math.sqrt(3) / 2 * a**2 * c
    return 6 * Q_(24.31, "g/mol") / (v * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    None,
    "Bragg's law; the peak position is given only in a figure",
    refuse="The 2θ of the (311) peak is only readable from the diffractogram in the figure, which is not given; the lattice parameter cannot be computed.",
    solution="The peak position must be read from the figure, which is not reproduced; without 2θ Bragg's law gives nothing.",
    forms=("must_refuse", "figure_datum"),
)
def h11a_crystallography_xrd_06():
    """The diffractogram of a nickel powder, recorded with Cu Kα radiation (λ = 1.5406 Å), is shown in Figure 3.22. Read the position of the (311) peak from the figure and compute the lattice parameter of nickel in nanometres."""
    return None


@item(
    S,
    "crystallography_xrd",
    "1/m**2",
    "FCC (110) planar density: 2 atoms in an a × a√2 rectangle, PD = 2/(√2 a²) (Callister ch. 3)",
    solution="The (110) plane cuts the FCC cell in an a × √2a rectangle holding 4 · ¼ + 2 · ½ = 2 atoms: PD = 2/(√2 · (0.3524×10⁻⁹ m)²) = 1.14×10¹⁹ m⁻².",
    forms=("tex", "sci_notation"),
)
def h11a_crystallography_xrd_07():
    r"""Nickel is FCC with $a = 0.3524\,\mathrm{nm}$. Calculate the planar density of atoms on the $(110)$ plane. Express the answer in $\mathrm{m^{-2}}$ in scientific notation."""
    a = Q_(0.3524, "nm")
    return 2 / (math.sqrt(2) * a**2)


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "Bragg: sin θ ≤ 1 ⇒ h²+k²+l² ≤ (2a/λ)²; BCC rule h+k+l even; sums of three squares (Cullity ch. 3)",
    abs_tol=0.5,
    solution="sin θ ≤ 1 requires d ≥ λ/2, i.e. h²+k²+l² ≤ (2a/λ)² = (2 · 0.3024/0.07107)² = 72.4. BCC reflects only for h+k+l even, which makes N = h²+k²+l² even; every even N up to 72 occurs except those of the form 4ᵃ(8b+7), i.e. 28 and 60. Families sharing one N (e.g. 550, 710, 543 at N = 50) give one line. Lines: 36 − 2 = 34.",
    forms=("harder", "unicode", "integer"),
)
def h11a_crystallography_xrd_08():
    """Vanadium is BCC with a = 0.3024 nm. A powder sample is examined with Mo Kα radiation, λ = 0.07107 nm. How many distinct diffraction lines can in principle appear in the pattern (all 2θ < 180°)?"""
    n_max = num((2 * Q_(0.3024, "nm") / Q_(0.07107, "nm")) ** 2)
    sums = set()
    top = math.isqrt(int(n_max)) + 1
    for h in range(top + 1):
        for k in range(top + 1):
            for m in range(top + 1):
                n = h * h + k * k + m * m
                if 0 < n <= n_max and (h + k + m) % 2 == 0:
                    sums.add(n)
    return Q_(len(sums), "dimensionless")


@item(
    S,
    "crystallography_xrd",
    "1/micrometer",
    "BCC linear density along [111]: 2 atoms per body diagonal √3a, LD = 2/(√3a) (Callister ch. 3)",
    solution="Along [111] the body diagonal of length √3a = 0.9059 nm holds 2 atoms (½ + 1 + ½): LD = 2/(√3 · 0.523 nm) = 2.208 nm⁻¹ = 2208 per µm.",
    forms=("unit_typo", "unit_conversion"),
)
def h11a_crystallography_xrd_09():
    """Potassium is BCC with a lattice parameter of 5.23 Å. How many atoms lie on each um of a [111] line? (atoms per um)"""
    return 2 / (math.sqrt(3) * Q_(5.23, "angstrom"))


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "1/m**3",
    "Equilibrium vacancies N_v = N exp(−Q_v/kT), N = N_A ρ/A (Callister ch. 4)",
    solution="N = 6.022×10²³ · 10.35/107.87 = 5.778×10²² cm⁻³ = 5.778×10²⁸ m⁻³; Q_v/kT = 1.10/(8.617×10⁻⁵ · 1173.15) = 10.881; N_v = 5.778×10²⁸ · e^(−10.881) = 1.09×10²⁴ m⁻³.",
    forms=("answer_blank", "unicode", "sci_notation"),
)
def h11a_defects_01():
    """Calculate the number of vacancies per cubic metre in silver at 900 °C. The energy for vacancy formation is 1.10 eV/atom; the density of silver at 900 °C is 10.35 g/cm³ and its atomic weight 107.87 g/mol.

    N_v = ______ m⁻³"""
    n = AVOGADRO * Q_(10.35, "g/cm**3") / Q_(107.87, "g/mol")
    return n * math.exp(-num(Q_(1.10, "eV") / (K_EV * kelvin(900))))


@item(
    S,
    "defects",
    "degC",
    "N_v/N = exp(−Q_v/kT) solved for T (Callister ch. 4)",
    abs_tol=5,
    solution="T = Q_v/(k ln(N/N_v)) = 0.68/(8.617×10⁻⁵ · ln 10⁴) = 0.68/(8.617×10⁻⁵ · 9.2103) = 856.8 K = 584 °C.",
    forms=("unicode", "inverse", "unit_conversion"),
)
def h11a_defects_02():
    """The vacancy formation energy in aluminium is 0.68 eV per atom. At what temperature, in °C, is one lattice site in every 10 000 vacant at equilibrium? Give the nearest degree."""
    return Q_(0.68, "eV") / (K_EV * math.log(1e4))


@item(
    S,
    "defects",
    "dimensionless",
    "N_v ∝ exp(−Q_v/RT): ratio exp[(Q_v/R)(1/T₁ − 1/T₂)] (Callister ch. 4)",
    solution="ratio = exp[(87 000/8.314)(1/773.15 − 1/1273.15)] = exp(10 464 · 5.080×10⁻⁴) = exp(5.315) ≈ 203.",
    forms=("unit_typo", "derived_ratio", "unicode"),
)
def h11a_defects_03():
    """For copper the activation energy for vacancy formation is 87 kj/mol. By what factor does the equilibrium vacancy concentration increase when the metal is heated from 500 deg C to 1000 deg C? (Neglect the change in the number of atomic sites with thermal expansion.)"""
    q = Q_(87, "kJ/mol")
    return math.exp(num(q / R_GAS * (1 / kelvin(500) - 1 / kelvin(1000))))


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM grain size N = 2^(n−1) grains/in² at 100×; N₁₀₀ = N_M (M/100)² (Callister ch. 4)",
    solution="Scaling the count to 100×: N = 30 · (250/100)² = 187.5 grains/in². n = 1 + log₂ 187.5 = 1 + 7.55 = 8.55.",
    forms=("unicode", "multi_step", "us_units"),
)
def h11a_defects_04():
    """A photomicrograph of a steel taken at a magnification of 250× shows 30 grains per square inch. Determine the ASTM grain size number n to two decimals."""
    n100 = 30 * (250 / 100) ** 2
    return Q_(1 + math.log2(n100), "dimensionless")


@item(
    S,
    "defects",
    "eV/nm",
    "FCC b = a/√2 (½⟨110⟩); line energy per length E ≈ ½Gb² (Callister ch. 7; Hull & Bacon)",
    solution="b = a/√2 = 0.4049/√2 = 0.2863 nm; E/L ≈ ½ G b² = 0.5 · 26×10⁹ · (0.2863×10⁻⁹)² = 1.066×10⁻⁹ J/m = 6.65 eV/nm.",
    forms=("tex", "multi_step", "unit_conversion"),
)
def h11a_defects_05():
    r"""Aluminium is FCC with $a = 0.4049\,\mathrm{nm}$ and shear modulus $G = 26\,\mathrm{GPa}$. (a) What is the magnitude of the Burgers vector of a perfect dislocation? (b) Using $E \approx \tfrac{1}{2}Gb^{2}$, estimate the strain energy per unit length of such a dislocation, in $\mathrm{eV\,nm^{-1}}$."""
    b = Q_(0.4049, "nm") / math.sqrt(2)
    return 0.5 * Q_(26, "GPa") * b**2


@item(
    S,
    "defects",
    None,
    "Vacancy ratio needs the concentration found in an earlier problem that is not restated",
    refuse="The vacancy concentration 'found in the previous problem' (and the metal and Q_v behind it) is not given here, so the ratio cannot be computed.",
    solution="The needed value is only in the previous problem, which is not reproduced; neither the concentration nor the metal's Q_v is stated.",
    forms=("must_refuse", "previous_problem"),
)
def h11a_defects_06():
    """Using the number of vacancies per cubic metre that you found in the previous problem for the metal at 800 °C, compute how many times larger the vacancy concentration is at 950 °C."""
    return None


@item(
    S,
    "defects",
    "dimensionless",
    "Schottky defects in an ionic crystal n_s/N = exp(−Q_s/2kT) (Callister ch. 12)",
    solution="n_s/N = exp[−2.3/(2 · 8.617×10⁻⁵ · 973.15)] = exp(−13.714) = 1.11×10⁻⁶. The density is not needed.",
    forms=("unicode", "distractor", "sci_notation"),
)
def h11a_defects_07():
    """The energy to form a Schottky defect pair in NaCl is about 2.3 eV. NaCl has a density of 2.16 g/cm³ and melts at 801 °C. Estimate the equilibrium fraction of cation sites that are vacant at 700 °C (answer in scientific notation)."""
    return Q_(math.exp(-num(Q_(2.3, "eV") / (2 * K_EV * kelvin(700)))), "dimensionless")


@item(
    S,
    "defects",
    "nm",
    "Dislocation density ρ = L/V; mean spacing ≈ ρ^(−1/2) (Callister ch. 7)",
    solution="ρ₀ = 4×10⁷ m / 10⁻⁶ m³ = 4×10¹³ m⁻²; after cold work ρ = 100 ρ₀ = 4×10¹⁵ m⁻²; spacing ≈ 1/√ρ = 1.58×10⁻⁸ m = 15.8 nm.",
    forms=("words_numbers", "unit_conversion", "multi_step"),
)
def h11a_defects_08():
    """An annealed metal contains 4 × 10⁴ km of dislocation line per cubic centimetre. Cold rolling raises the dislocation density by two orders of magnitude. Estimating the mean distance between dislocations as the inverse square root of the density, what is that distance after rolling, in nanometres?"""
    rho0 = Q_(4e4, "km") / Q_(1, "cm**3")
    rho = 100 * rho0
    return 1 / rho**0.5


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "hour",
    "Fick's second law, semi-infinite solid: (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) (Callister ch. 5)",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.5 = 1 − erf z, so erf z = 0.5 and z = 0.4769. t = x²/(4Dz²) = (7.5×10⁻⁴)²/(4 · 1.6×10⁻¹¹ · 0.2275) = 3.864×10⁴ s = 10.7 h.",
    forms=("unicode", "time_instead_of_depth", "unit_conversion"),
)
def h11a_diffusion_01():
    """A steel containing 0.20 wt% C is carburized at 950 °C in an atmosphere that holds the surface at 1.00 wt% C. The diffusion coefficient of carbon in austenite at this temperature is 1.6 × 10⁻¹¹ m²/s. How many hours are needed to raise the carbon content to 0.60 wt% at a depth of 0.75 mm?"""
    z = erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20))
    x = Q_(0.75, "mm")
    d = Q_(1.6e-11, "m**2/s")
    return x**2 / (4 * d * z**2)


@item(
    S,
    "diffusion",
    "cm**2/s",
    "Arrhenius D = D₀ exp(−Q/kT) with Q per atom (Callister ch. 5)",
    solution="Q/kT = 1.53/(8.617×10⁻⁵ · 1273.15) = 13.946; D = 2.3×10⁻⁵ · e^(−13.946) m²/s = 2.02×10⁻¹¹ m²/s = 2.02×10⁻⁷ cm²/s.",
    forms=("ev_per_atom", "unit_conversion", "sci_notation"),
)
def h11a_diffusion_02():
    """For carbon diffusing in FCC iron, D₀ = 2.3 × 10⁻⁵ m²/s and the activation energy is 1.53 eV/atom. Compute the diffusion coefficient at 1000 °C and express it in cm²/s."""
    d0 = Q_(2.3e-5, "m**2/s")
    return d0 * math.exp(-num(Q_(1.53, "eV") / (K_EV * kelvin(1000))))


@item(
    S,
    "diffusion",
    "kcal/mol",
    "Q = R ln(D₂/D₁)/(1/T₁ − 1/T₂) (Callister ch. 5)",
    solution="T₁ = 1100.15 K, T₂ = 1300.15 K; 1/T₁ − 1/T₂ = 1.3983×10⁻⁴ K⁻¹; ln(4.5×10⁻¹³/1.2×10⁻¹⁴) = 3.6243; Q = 8.314 · 3.6243/1.3983×10⁻⁴ = 2.155×10⁵ J/mol = 51.5 kcal/mol.",
    forms=("tex", "table", "old_units"),
)
def h11a_diffusion_03():
    r"""The diffusion coefficient of nickel in an iron alloy was measured at two temperatures:

    | $T$ ($^{\circ}\mathrm{C}$) | $D$ ($\mathrm{m^{2}\,s^{-1}}$) |
    |---|---|
    | 827 | $1.2\times10^{-14}$ |
    | 1027 | $4.5\times10^{-13}$ |

    Determine the activation energy for diffusion in $\mathrm{kcal\,mol^{-1}}$."""
    t1, t2 = kelvin(827), kelvin(1027)
    return R_GAS * math.log(4.5e-13 / 1.2e-14) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "mg",
    "Fick's first law, steady state J = −D ΔC/Δx; m = J A t (Callister ch. 5)",
    solution="J = D ΔC/Δx = 3×10⁻¹¹ · (1.2 − 0.4)/0.010 = 2.4×10⁻⁹ kg m⁻² s⁻¹. In one hour through 0.25 m²: m = 2.4×10⁻⁹ · 0.25 · 3600 = 2.16×10⁻⁶ kg = 2.16 mg. The temperature is given only for context.",
    forms=("condition_picks_relation", "given_find", "distractor", "derived_quantity"),
)
def h11a_diffusion_04():
    """Given: a steel sheet 10 mm thick at 700 °C; carbon concentrations on its two faces 1.2 kg/m³ and 0.4 kg/m³; D = 3 × 10⁻¹¹ m²/s; sheet area 0.25 m². The diffusion is steady.

    Find: the mass of carbon, in milligrams, that passes through the sheet in one hour."""
    j = Q_(3e-11, "m**2/s") * (Q_(1.2, "kg/m**3") - Q_(0.4, "kg/m**3")) / Q_(10, "mm")
    return j * Q_(0.25, "m**2") * Q_(1, "hour")


@item(
    S,
    "diffusion",
    "minute",
    "Equal concentration at equal depth: Dt = const, D = D₀ exp(−Q/RT) (Callister ch. 5)",
    solution="t₂ = t₁ D₁/D₂ = 10 h · exp[−(148 000/8.314)(1/1173.15 − 1/1273.15)] = 10 h · exp(−1.192) = 3.04 h = 182 min.",
    forms=("previous_problem_restated", "unit_conversion", "unicode"),
)
def h11a_diffusion_05():
    """In the previous problem a gear was carburized for 10 h at 900 °C to reach the required case depth. If the same case (same carbon profile) is to be produced at 1000 °C, how long, in minutes, will it take? Take the activation energy for carbon diffusion in austenite as 148 kJ/mol."""
    q = Q_(148, "kJ/mol")
    ratio = math.exp(-num(q / R_GAS * (1 / kelvin(900) - 1 / kelvin(1000))))
    return Q_(10, "hour") * ratio


@item(
    S,
    "diffusion",
    "micrometer",
    "Characteristic diffusion distance x ≈ √(Dt) or x ≈ 2√(Dt) (Porter & Easterling ch. 2; Callister ch. 5)",
    solution="Dt = 4.8×10⁻¹⁴ · 3600 = 1.728×10⁻¹⁰ m². With x = √(Dt): 1.31×10⁻⁵ m = 13.1 µm. With x = 2√(Dt) (the erf argument of one): 26.3 µm.",
    forms=("ambiguous", "unicode"),
)
def h11a_diffusion_06():
    """Copper diffuses in aluminium at 500 °C with D = 4.8 × 10⁻¹⁴ m²/s. Estimate the diffusion distance of copper after a one-hour anneal, in µm."""
    dt = Q_(4.8e-14, "m**2/s") * Q_(1, "hour")
    return {"x = sqrt(Dt)": dt**0.5, "x = 2 sqrt(Dt)": 2 * dt**0.5}


@item(
    S,
    "diffusion",
    None,
    "D = D₀ exp(−Q/RT) contradicts the stated D",
    refuse="The givens contradict each other: D₀ = 2.0×10⁻⁵ m²/s and Q = 142 kJ/mol give D = 9.5×10⁻¹² m²/s at 900 °C, not the stated 1.0×10⁻⁹ m²/s, so the time depends on which datum is trusted.",
    solution="Check: D₀ exp(−Q/RT) = 2.0×10⁻⁵ · exp(−142 000/(8.314 · 1173.15)) = 9.5×10⁻¹² m²/s, a hundred times smaller than the D quoted; the problem is inconsistent.",
    forms=("must_refuse", "contradictory_givens"),
)
def h11a_diffusion_07():
    """For carbon in a steel, D₀ = 2.0 × 10⁻⁵ m²/s and Q = 142 kJ/mol; at 900 °C the diffusion coefficient is 1.0 × 10⁻⁹ m²/s. How long must the steel be held at 900 °C for carbon to diffuse so that the concentration at 1.5 mm below the surface is half-way between the surface and the initial values?"""
    return None


@item(
    S,
    "diffusion",
    "percent",
    "Depth at fixed time x ∝ √D, D = D₀ exp(−Q/RT) (Callister ch. 5)",
    solution="x₂/x₁ = √(D₂/D₁) = exp[−(Q/2R)(1/1198.15 − 1/1273.15)] = exp(−9322 · 4.917×10⁻⁵) = exp(−0.4583) = 0.632; the depth decreases by 36.8 %.",
    forms=("derived_percent_change", "unicode", "multi_step"),
)
def h11a_diffusion_08():
    """A carburizing cycle run for a fixed time at 1000 °C gives a case depth that meets the drawing. To reduce distortion the shop wants to run the same time at 925 °C. By what percentage will the case depth decrease? Q = 155 kJ/mol."""
    q = Q_(155, "kJ/mol")
    ratio = math.exp(-num(q / (2 * R_GAS) * (1 / kelvin(925) - 1 / kelvin(1000))))
    return 1 - ratio


@item(
    S,
    "diffusion",
    "micrometer",
    "Limited-source (Gaussian) drive-in C = (Q/√(πDt)) exp(−x²/4Dt); junction where C = C_B (Sze; Askeland ch. 5)",
    solution="Dt = 3×10⁻¹³ · 7200 = 2.16×10⁻⁹ cm²; C_s = 10¹⁴/√(π · 2.16×10⁻⁹) = 1.214×10¹⁸ cm⁻³; x_j = √(4Dt ln(C_s/C_B)) = √(8.64×10⁻⁹ · ln 1214) = 2.48×10⁻⁴ cm = 2.48 µm.",
    forms=("tex", "harder", "multi_step", "unit_conversion"),
)
def h11a_diffusion_09():
    r"""A boron dose of $10^{14}\,\mathrm{cm^{-2}}$ is predeposited on an n-type silicon wafer with a uniform background of $10^{15}\,\mathrm{cm^{-3}}$ phosphorus. The boron is then driven in for $2\,\mathrm{h}$ at $1100\,^{\circ}\mathrm{C}$, where $D_{\mathrm{B}} = 3\times10^{-13}\,\mathrm{cm^{2}\,s^{-1}}$; treat the drive-in as a limited (Gaussian) source. Find the junction depth in $\mu\mathrm{m}$."""
    dose = Q_(1e14, "1/cm**2")
    dt = Q_(3e-13, "cm**2/s") * Q_(2, "hour")
    cs = dose / (math.pi * dt) ** 0.5
    cb = Q_(1e15, "1/cm**3")
    return (4 * dt * math.log(num(cs / cb))) ** 0.5


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "Hooke's law σ = Eε, Poisson ε_x = −νε_z (Callister ch. 6)",
    solution="σ = 20 000 N/(π · 0.005² m²) = 254.6 MPa (below the yield strength, so elastic); ε_z = 254.6/207 000 = 1.230×10⁻³; ε_x = −0.30 · 1.230×10⁻³ = −3.69×10⁻⁴; Δd = −3.69×10⁻⁴ · 10 mm = −3.69 µm, a decrease of 3.69 µm.",
    forms=("condition_picks_relation", "multi_step", "unicode", "asked_not_last"),
)
def h11a_mechanical_properties_01():
    """A steel rod 1.5 m long and 10 mm in diameter carries an axial tensile load of 20 kN. E = 207 GPa, ν = 0.30, yield strength 450 MPa; assume the load stays below the yield strength. By how many µm does the diameter decrease?"""
    sigma = Q_(20, "kN") / (math.pi * Q_(5, "mm") ** 2)
    eps = sigma / Q_(207, "GPa")
    return 0.30 * eps * Q_(10, "mm")


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Engineering stress σ = F/A₀ (Callister ch. 6)",
    solution="A₀ = π(0.505/2)² in² = 0.2003 in²; σ = 10 000 lbf/0.2003 in² = 49 930 psi = 344 MPa. E is not needed.",
    forms=("us_units", "answer_blank", "distractor", "unit_conversion"),
)
def h11a_mechanical_properties_02():
    """A standard tensile specimen of an aluminium alloy with a 0.505 in. diameter gauge section is loaded to 10 000 lbf (E = 10 × 10⁶ psi). Compute the engineering stress.

    σ = ______ MPa"""
    area = math.pi * (Q_(0.505, "inch") / 2) ** 2
    return Q_(10000, "lbf") / area


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Engineering strain ε = Δl/l₀; true strain ε_T = ln(l/l₀) (Callister ch. 6)",
    solution="Engineering strain: (58.0 − 50.0)/50.0 = 0.160. True strain: ln(58.0/50.0) = 0.148.",
    forms=("ambiguous", "plain"),
)
def h11a_mechanical_properties_03():
    """A gauge length of 50.0 mm on a copper bar becomes 58.0 mm during a tensile test, the deformation being uniform. What strain has the bar undergone?"""
    return {
        "engineering strain": Q_((58.0 - 50.0) / 50.0, "dimensionless"),
        "true strain": Q_(math.log(58.0 / 50.0), "dimensionless"),
    }


@item(
    S,
    "mechanical_properties",
    "ksi",
    "Brinell HB = 2P/[πD(D − √(D² − d²))]; TS(MPa) ≈ 3.45 HB (Callister ch. 6)",
    solution="HB = 2 · 3000/[π · 10 · (10 − √(100 − 4.2²))] = 6000/(31.416 · 0.9248) = 206.5; TS ≈ 3.45 · 206.5 = 712.5 MPa = 103 ksi.",
    forms=("old_units", "multi_step", "unit_conversion", "unicode"),
)
def h11a_mechanical_properties_04():
    """A Brinell test on a steel with a 10 mm ball under a 3000 kgf load leaves an impression 4.20 mm in diameter. (a) Calculate the Brinell hardness number. (b) Estimate the tensile strength of the steel, in ksi, using TS(MPa) ≈ 3.45 × HB."""
    big_d, d = 10.0, 4.20
    hb = 2 * 3000 / (math.pi * big_d * (big_d - math.sqrt(big_d**2 - d**2)))
    return Q_(3.45 * hb, "MPa")


@item(
    S,
    "mechanical_properties",
    "MPa",
    "σ_T = Kε_Tⁿ; necking at ε_T = n; σ = σ_T/exp(ε_T) at constant volume (Callister ch. 6; Dieter ch. 8)",
    solution="At the onset of necking ε_T = n = 0.45, so σ_T = 1275 · 0.45^0.45 = 890.5 MPa. The engineering stress is σ_T/exp(ε_T) = 890.5/1.568 = 568 MPa, the tensile strength.",
    forms=("unit_typo", "harder", "multi_step", "asked_not_last"),
)
def h11a_mechanical_properties_05():
    """The true stress–true strain curve of an annealed stainless steel follows σ_T = K ε_Tⁿ with K = 1275 Mpa and n = 0.45. Using the fact that necking begins when the true strain equals n, estimate the engineering tensile strength of the steel in Mpa."""
    k, n = Q_(1275, "MPa"), 0.45
    sigma_t = k * n**n
    return sigma_t / math.exp(n)


@item(
    S,
    "mechanical_properties",
    "psi",
    "Modulus of resilience U_r = σ_y²/(2E) (Callister ch. 6)",
    solution="U_r = (1460×10⁶)²/(2 · 207×10⁹) = 5.149×10⁶ J/m³; 1 J/m³ = 1 Pa, so U_r = 5.149×10⁶ Pa/6894.76 = 747 in·lbf/in³.",
    forms=("spaced_thousands", "us_units", "unit_conversion"),
)
def h11a_mechanical_properties_06():
    """A spring steel has a yield strength of 1 460 MPa and an elastic modulus of 207 GPa. Calculate its modulus of resilience in in.·lbf/in.³."""
    return Q_(1460, "MPa") ** 2 / (2 * Q_(207, "GPa"))


@item(
    S,
    "mechanical_properties",
    None,
    "Elastic elongation needs E of an alloy that is not named",
    refuse="The alloy is not named and no elastic modulus is given, so the elastic elongation cannot be computed.",
    solution="Δl = Fl₀/(A₀E) needs E; 'a copper-base alloy from the stockroom' has no determinable modulus (brasses, bronzes and cupronickels range over about 100–150 GPa).",
    forms=("must_refuse", "unnamed_alloy"),
)
def h11a_mechanical_properties_07():
    """A rod of a copper-base alloy taken from the stockroom is 380 mm long with a cross-section of 12 mm × 12 mm. It is pulled in tension with a force of 6 600 N, well below its yield point. How much will the rod lengthen, in mm?"""
    return None


@item(
    S,
    "mechanical_properties",
    "percent",
    "Young's modulus as the slope of the elastic line E = σ/ε; percent error (Callister ch. 6)",
    solution="E_meas = 150 MPa/0.00071 = 211.3 GPa; error = (211.3 − 200)/200 = +5.6 %.",
    forms=("percent_error", "unicode"),
)
def h11a_mechanical_properties_08():
    """In a laboratory tensile test on a plain-carbon steel, an extensometer reads a strain of 0.000 71 when the stress is 150 MPa (in the linear region). The handbook value of the elastic modulus is 200 GPa. What is the percent error of the measured modulus relative to the handbook value?"""
    e_meas = Q_(150, "MPa") / 0.00071
    e_book = Q_(200, "GPa")
    return (e_meas - e_book) / e_book


@item(
    S,
    "mechanical_properties",
    "GPa",
    "Vickers HV = 1.8544 P/d² (kgf/mm²) (Callister ch. 6; ASTM E384)",
    solution="HV = 1.8544 · 30/0.412² = 327.7 kgf/mm²; 1 kgf/mm² = 9.80665 MPa, so HV = 3.21 GPa.",
    forms=("old_units", "tex", "unit_conversion"),
)
def h11a_mechanical_properties_09():
    r"""A Vickers indentation made with a load of $30\,\mathrm{kgf}$ has a mean diagonal of $0.412\,\mathrm{mm}$. Using $HV = 1.8544\,P/d^{2}$ (in $\mathrm{kgf\,mm^{-2}}$), calculate the hardness and convert it to $\mathrm{GPa}$."""
    return 1.8544 * Q_(30, "kgf") / Q_(0.412, "mm") ** 2


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "K_Ic = Yσ_c√(πa), edge crack Y ≈ 1.12 (Callister ch. 8)",
    solution="For an edge crack Y = 1.12 and a is the full depth: σ_c = K_Ic/(Y√(πa)) = 26/(1.12 · √(π · 0.0025)) = 26/(1.12 · 0.08862) = 262 MPa, below the 500 MPa yield strength, so fracture is brittle.",
    forms=("condition_picks_relation", "answer_blank", "distractor", "unicode"),
)
def h11a_failure_01():
    """A plate of a high-strength aluminium alloy (K_Ic = 26 MPa·m^½, yield strength 500 MPa) contains a 2.5 mm deep crack. The crack is an edge crack (take Y = 1.12). At what applied tensile stress will the plate fracture?

    σ_c = ______ MPa"""
    return Q_(26, "MPa*m**0.5") / (1.12 * (math.pi * Q_(2.5, "mm")) ** 0.5)


@item(
    S,
    "failure",
    "mm",
    "Maximum flaw: a_c = (1/π)(K_Ic/Yσ)², internal crack length 2a_c (Callister ch. 8)",
    solution="a_c = (1/π)(55/(1.0 · 40))² in = (1/π)(1.375)² = 0.6018 in; the internal crack length is 2a_c = 1.204 in = 30.6 mm.",
    forms=("given_find", "us_units", "unit_conversion", "design_max"),
)
def h11a_failure_02():
    """Given: steel plate, K_Ic = 55 ksi·in.^½; design stress 40 ksi; Y = 1.0; the flaws are internal (through-thickness, length 2a).

    Find: the maximum internal flaw length, in millimetres, that the plate can tolerate without fracture."""
    a_c = (Q_(55, "ksi*inch**0.5") / (1.0 * Q_(40, "ksi"))) ** 2 / math.pi
    return 2 * a_c


@item(
    S,
    "failure",
    "hour",
    "Basquin σ_a = σ_f′(2N_f)^b; time = N_f/f (Dieter ch. 12)",
    solution="2N_f = (σ_a/σ_f′)^(1/b) = (400/1200)^(−1/0.09) = 3^11.11 = 2.00×10⁵, N_f = 1.00×10⁵ cycles; at 25 Hz the time is 1.00×10⁵/25 = 4.0×10³ s = 1.11 h.",
    forms=("time_instead", "unicode", "multi_step"),
)
def h11a_failure_03():
    """A steel follows the Basquin relation σ_a = σ_f′(2N_f)^b with σ_f′ = 1 200 MPa and b = −0.09. A shaft of this steel is loaded with a fully reversed stress amplitude of 400 MPa at 25 Hz. How many hours will it run before failing?"""
    two_n = (400 / 1200) ** (1 / -0.09)
    return Q_(two_n / 2, "dimensionless") / Q_(25, "Hz")


@item(
    S,
    "failure",
    "day",
    "Larson–Miller P = T(C + log t_r), C = 20, t in h (Callister ch. 8)",
    solution="log t_r = P/T − 20 = 24 000/1073.15 − 20 = 2.364; t_r = 231 h = 9.6 days.",
    forms=("context_paragraph", "distractor", "unit_conversion"),
)
def h11a_failure_04():
    """A first-stage turbine blade of a nickel superalloy runs at 11 000 rpm in a gas stream at 1 350 °C; internal cooling keeps the metal at 800 °C, and the blade root carries a centrifugal stress of 140 MPa. At this stress the Larson–Miller parameter of the alloy is 24.0 × 10³ (T in K, t in h, C = 20). Estimate the rupture life of the blade in days."""
    t = kelvin(800).to("K").magnitude
    hours = 10 ** (24.0e3 / t - 20)
    return Q_(hours, "hour")


@item(
    S,
    "failure",
    "dimensionless",
    "Paris law da/dN = A(ΔK)^m, ΔK = YΔσ√(πa), a_c = (1/π)(K_Ic/Yσ_max)² (Callister ch. 8)",
    rel_tol=0.03,
    solution="a_c = (1/π)(40/150)² = 0.02264 m. For m = 3: N = 2(a₀^−½ − a_c^−½)/[A(Δσ√π)³] = 2(44.72 − 6.646)/[10⁻¹² · (150 · 1.7725)³] = 76.15/1.879×10⁻⁵ = 4.05×10⁶ cycles.",
    forms=("harder", "tex", "multi_step", "sci_notation"),
)
def h11a_failure_05():
    r"""A large steel plate with $K_{Ic} = 40\,\mathrm{MPa\,m^{1/2}}$ contains a central through-thickness crack of initial half-length $0.5\,\mathrm{mm}$ and is cycled between $0$ and $150\,\mathrm{MPa}$. Crack growth follows $da/dN = A(\Delta K)^{m}$ with $A = 1.0\times10^{-12}$ (for $\Delta K$ in $\mathrm{MPa\,m^{1/2}}$ and $da/dN$ in $\mathrm{m}$ per cycle) and $m = 3$. Taking $Y = 1$, estimate the fatigue life in cycles."""
    a0 = 0.5e-3
    ac = (40 / 150) ** 2 / math.pi
    m, a_par, dsig = 3, 1.0e-12, 150.0
    n = 2 * (a0**-0.5 - ac**-0.5) / ((m - 2) * a_par * (dsig * math.sqrt(math.pi)) ** m)
    return Q_(n, "dimensionless")


@item(
    S,
    "failure",
    "mm",
    "Design with a factor of safety: σ_w = σ_y/N, d = √(4F/πσ_w) (Callister ch. 6)",
    solution="σ_w = 310/2.0 = 155 MPa; A = 45 000/155×10⁶ = 2.903×10⁻⁴ m²; d = √(4A/π) = 19.2 mm. The tensile strength is not needed.",
    forms=("design_min", "distractor", "unicode"),
)
def h11a_failure_06():
    """A tie rod of a plain-carbon steel (yield strength 310 MPa, tensile strength 565 MPa) must carry a static load of 45 kN. With a factor of safety of 2.0 on yielding, what is the minimum diameter of the rod in mm?"""
    sigma_w = Q_(310, "MPa") / 2.0
    area = Q_(45, "kN") / sigma_w
    return (4 * area / math.pi) ** 0.5


@item(
    S,
    "failure",
    "mm",
    "Steady-state creep ε̇ = K₁σⁿ at fixed T: ε̇₂ = ε̇₁(σ₂/σ₁)ⁿ; Δl = ε̇ t l₀ (Callister ch. 8)",
    solution="ε̇₂ = 1.0×10⁻⁹ · (70/55)⁵ = 3.339×10⁻⁹ s⁻¹; in 1000 h (3.6×10⁶ s) ε = 1.202×10⁻²; Δl = 0.01202 · 250 mm = 3.0 mm. Q_c is not needed at constant temperature.",
    forms=("distractor", "unicode", "multi_step", "asked_not_last"),
)
def h11a_failure_07():
    """At 600 °C a stainless steel creeps at a steady-state rate of 1.0 × 10⁻⁹ s⁻¹ under 55 MPa; the stress exponent is 5 and the activation energy for creep 300 kJ/mol. A 250 mm long component of this steel is loaded to 70 MPa at 600 °C. Neglecting primary creep, how much will it elongate in 1000 h, in mm?"""
    rate = Q_(1.0e-9, "1/s") * (70 / 55) ** 5
    return rate * Q_(1000, "hour") * Q_(250, "mm")


@item(
    S,
    "failure",
    "dimensionless",
    "Griffith σ_c = √(2Eγ_s/πa); theoretical strength ≈ E/10 (Callister ch. 8)",
    solution="σ_c = √(2 · 70×10⁹ · 0.30/(π · 1.0×10⁻⁶)) = 1.156×10⁸ Pa = 116 MPa; E/10 = 7000 MPa; ratio = 7000/115.6 = 60.5.",
    forms=("derived_ratio", "tex", "multi_step"),
)
def h11a_failure_08():
    r"""A soda-lime glass has $E = 70\,\mathrm{GPa}$ and a specific surface energy $\gamma_s = 0.30\,\mathrm{J\,m^{-2}}$. It contains internal cracks of length $2\,\mu\mathrm{m}$. (a) Use the Griffith criterion to find the fracture stress. (b) By what factor is this below the theoretical cohesive strength, taken as $E/10$?"""
    e = Q_(70, "GPa")
    sigma_c = (2 * e * Q_(0.30, "J/m**2") / (math.pi * Q_(1.0, "micrometer"))) ** 0.5
    return (e / 10) / sigma_c


@item(
    S,
    "failure",
    "J",
    "Charpy impact energy = W(h₀ − h_f) (Callister ch. 8; ASTM E23)",
    solution="Energy absorbed = 60 lbf · (5.0 − 2.8) ft = 132 ft·lbf = 179 J.",
    forms=("old_units", "unit_conversion", "plain"),
)
def h11a_failure_09():
    """A Charpy pendulum weighing 60 lbf is released from a height of 5.0 ft; after breaking a V-notched steel specimen at −20 °F it swings up to 2.8 ft. How much energy, in joules, did the specimen absorb? Neglect friction and windage."""
    return Q_(60, "lbf") * (Q_(5.0, "ft") - Q_(2.8, "ft"))


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule W_β = (C₀ − C_α)/(C_β − C_α) (Callister ch. 9)",
    solution="W_β = (40 − 10)/(98 − 10) = 30/88 = 0.341 = 34.1 %.",
    forms=("table", "unicode"),
)
def h11a_phase_diagrams_01():
    """A Pb–40 wt% Sn alloy is held at 150 °C, where the tie line gives:

    | phase | composition (wt% Sn) |
    |---|---|
    | α | 10 |
    | β | 98 |

    What percentage of the alloy's mass is β phase?"""
    return Q_((40 - 10) / (98 - 10), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule just below the eutectic: total α (α/β tie line) or primary α (α/eutectic) (Callister ch. 9)",
    solution="Total α (tie line 18.3–97.8 wt% Sn): W_α = (97.8 − 30)/(97.8 − 18.3) = 0.853. Primary (proeutectic) α (tie line 18.3–61.9): W_α′ = (61.9 − 30)/(61.9 − 18.3) = 0.732.",
    forms=("ambiguous", "unicode"),
)
def h11a_phase_diagrams_02():
    """A Pb–30 wt% Sn alloy is slowly cooled to just below the eutectic temperature of 183 °C. At this temperature α contains 18.3 wt% Sn, β 97.8 wt% Sn, and the eutectic composition is 61.9 wt% Sn. What mass fraction of the alloy is α?"""
    return {
        "total alpha": Q_((97.8 - 30) / (97.8 - 18.3), "dimensionless"),
        "primary (proeutectic) alpha": Q_((61.9 - 30) / (61.9 - 18.3), "dimensionless"),
    }


@item(
    S,
    "phase_diagrams",
    "kg",
    "Fe–Fe₃C lever rule: W_p = (C₀ − 0.022)/(0.76 − 0.022) (Callister ch. 9)",
    solution="W_pearlite = (0.45 − 0.022)/(0.76 − 0.022) = 0.580; 75 lb = 34.02 kg; pearlite = 0.580 · 34.02 = 19.7 kg.",
    forms=("us_units", "unit_conversion", "unicode"),
)
def h11a_phase_diagrams_03():
    """A 75 lb casting of a 1045 steel (0.45 wt% C) is slowly cooled from the austenite region to room temperature. Take the eutectoid at 0.76 wt% C and the maximum solubility of carbon in ferrite as 0.022 wt%. What mass of pearlite, in kilograms, does the casting contain?"""
    w_p = (0.45 - 0.022) / (0.76 - 0.022)
    return w_p * Q_(75, "lb")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule on the eutectoid isotherm: W_α = (6.70 − 0.76)/(6.70 − 0.022) (Callister ch. 9)",
    solution="W_α = (6.70 − 0.76)/(6.70 − 0.022) = 0.8895, W_Fe₃C = 0.1105; ratio = 0.8895/0.1105 = 8.05.",
    forms=("derived_ratio", "tex"),
)
def h11a_phase_diagrams_04():
    r"""Pearlite in a plain-carbon steel forms from austenite of $0.76\,\mathrm{wt\%}$ C. Taking ferrite as $0.022\,\mathrm{wt\%}$ C and cementite as $6.70\,\mathrm{wt\%}$ C, what is the ratio of the mass of ferrite to the mass of cementite in pearlite?"""
    w_a = (6.70 - 0.76) / (6.70 - 0.022)
    return Q_(w_a / (1 - w_a), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at constant pressure F = C − P + 1 (Callister ch. 9; Porter & Easterling ch. 1)",
    abs_tol=0.5,
    solution="At fixed pressure F = C − P + 1 = 3 − 3 + 1 = 1: the three-phase field is a line (monovariant); only the temperature (or one composition) can be chosen freely.",
    forms=("tex", "condition_picks_relation", "integer"),
)
def h11a_phase_diagrams_05():
    r"""In a ternary alloy system, three phases coexist in equilibrium. The pressure is held at $1\,\mathrm{atm}$. How many degrees of freedom does the system have?"""
    return Q_(3 - 3 + 1, "dimensionless")


@item(
    S,
    "phase_diagrams",
    None,
    "Lever rule needs the tie-line compositions at a stated temperature",
    refuse="No temperature is given, so the tie line (the liquid and α compositions) and the liquid fraction cannot be determined; at 35 wt% Ni the answer runs from 0 to 1 over the freezing range.",
    solution="The liquid fraction depends on where the alloy sits in the two-phase field, i.e. on the temperature, which is not stated.",
    forms=("must_refuse", "unstated_temperature"),
)
def h11a_phase_diagrams_06():
    """A Cu–35 wt% Ni alloy is cooled slowly from the melt and held in the α + L field. Compute the mass fraction of liquid present."""
    return None


@item(
    S,
    "phase_diagrams",
    "percent",
    "Inverse lever rule: C₀ = 0.022 + W_p(0.76 − 0.022) wt% C (Callister ch. 9)",
    solution="W_p = ¼ = (C₀ − 0.022)/(0.76 − 0.022), so C₀ = 0.022 + 0.25 · 0.738 = 0.2065 wt% C ≈ 0.21 wt%. The grain size is not needed.",
    forms=("words_numbers", "inverse", "distractor"),
)
def h11a_phase_diagrams_07():
    """Metallography of a slowly cooled plain-carbon steel (ASTM grain size 7) shows that a quarter of its mass is pearlite and the rest proeutectoid ferrite. Estimate the carbon content of the steel in wt% (eutectoid 0.76 wt% C; ferrite 0.022 wt% C)."""
    return Q_(0.022 + 0.25 * (0.76 - 0.022), "percent")


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule twice: primary β gives C₀, then total α on the α/β tie line (Callister ch. 9)",
    solution="Primary β = (C₀ − 71.9)/(91.2 − 71.9) = 0.40 gives C₀ = 71.9 + 0.40 · 19.3 = 79.62 wt% Ag. Total α = (91.2 − 79.62)/(91.2 − 8.0) = 0.139 = 13.9 %.",
    forms=("harder", "given_find", "multi_step", "asked_not_last"),
)
def h11a_phase_diagrams_08():
    """Given: the Cu–Ag system has a eutectic at 779 °C and 71.9 wt% Ag; at that temperature α (Cu-rich) holds 8.0 wt% Ag and β (Ag-rich) 91.2 wt% Ag. A hypereutectic alloy cooled to just below 779 °C consists of 40 % primary β and 60 % eutectic by mass.

    Find: the total mass percentage of α phase in the alloy at that temperature."""
    c0 = 71.9 + 0.40 * (91.2 - 71.9)
    return Q_((91.2 - c0) / (91.2 - 8.0), "dimensionless")


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Avrami y = 1 − exp(−ktⁿ) (Callister ch. 10)",
    solution="k = −ln(1 − 0.40)/80^2.5 = 0.5108/57 243 = 8.924×10⁻⁶ s^−2.5; t₀.₉ = (−ln 0.10/k)^(1/2.5) = (2.3026/8.924×10⁻⁶)^0.4 = 146.6 s = 2.44 min.",
    forms=("unicode", "multi_step", "unit_conversion"),
)
def h11a_transformations_kinetics_01():
    """The recrystallization of a cold-worked brass obeys the Avrami equation with n = 2.5. If 40 % has recrystallized after 80 s, how many minutes are needed for 90 % recrystallization?"""
    n = 2.5
    k = -math.log(1 - 0.40) / 80**n
    return Q_((-math.log(1 - 0.90) / k) ** (1 / n), "s")


@item(
    S,
    "transformations_kinetics",
    "hour",
    "Rate ∝ 1/t₀.₅ = A exp(−Q/RT); Q from two temperatures, then extrapolate (Callister ch. 10)",
    solution="Q = R ln(t₂/t₁)/(1/T₂ − 1/T₁) = 8.314 · ln(95/12)/(1/573.15 − 1/623.15) = 8.314 · 2.0690/1.3999×10⁻⁴ = 1.229×10⁵ J/mol. At 275 °C: t = 95 min · exp[(Q/R)(1/548.15 − 1/573.15)] = 95 · exp(1.1763) = 308 min = 5.1 h.",
    forms=("harder", "multi_step", "unicode", "unit_conversion"),
)
def h11a_transformations_kinetics_02():
    """Half of a cold-worked copper alloy recrystallizes in 12 min at 350 °C and in 95 min at 300 °C. Assuming an Arrhenius temperature dependence of the rate (rate = 1/t₀.₅), how many hours will 50 % recrystallization take at 275 °C?"""
    t1, t2, t3 = kelvin(350), kelvin(300), kelvin(275)
    q = R_GAS * math.log(95 / 12) / (1 / t2 - 1 / t1)
    factor = math.exp(num(q / R_GAS * (1 / t3 - 1 / t2)))
    return Q_(95, "minute") * factor


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Homogeneous nucleation r* = −2γ/ΔG_v, ΔG_v = ΔH_f ΔT/T_m; FCC 4 atoms per a³ (Callister ch. 10)",
    rel_tol=0.03,
    solution="ΔG_v = −2.53×10⁹ · 319/1728.15 = −4.670×10⁸ J/m³; r* = 2 · 0.255/4.670×10⁸ = 1.092 nm (part (a)). Nucleus volume = (4/3)π(1.092 nm)³ = 5.455 nm³; a³ = 0.3524³ = 0.04376 nm³; atoms = 4 · 5.455/0.04376 ≈ 499.",
    forms=("multi_part", "part_b_uses_a", "tex", "multi_step"),
)
def h11a_transformations_kinetics_03():
    r"""For the solidification of nickel, $\Delta H_f = -2.53\times10^{9}\,\mathrm{J\,m^{-3}}$, $\gamma = 0.255\,\mathrm{J\,m^{-2}}$ and $T_m = 1455\,^{\circ}\mathrm{C}$.
    (a) For a supercooling of $319\,^{\circ}\mathrm{C}$ the critical radius of a homogeneous nucleus was found in part (a) to be $r^{*} = 1.09\,\mathrm{nm}$.
    (b) Nickel is FCC with $a = 0.3524\,\mathrm{nm}$. Approximately how many atoms does the critical nucleus of part (a) contain?"""
    dgv = Q_(-2.53e9, "J/m**3") * Q_(319, "K") / kelvin(1455)
    r = -2 * Q_(0.255, "J/m**2") / dgv
    vol = 4 / 3 * math.pi * r**3
    return 4 * vol / Q_(0.3524, "nm") ** 3


@item(
    S,
    "transformations_kinetics",
    "eV",
    "ΔG* = 16πγ³/(3ΔG_v²), ΔG_v = ΔH_f ΔT/T_m (Porter & Easterling ch. 4; Callister ch. 10)",
    solution="ΔG_v = −1.77×10⁹ · 236/1358.15 = −3.076×10⁸ J/m³; ΔG* = 16π(0.177)³/(3 · (3.076×10⁸)²) = 0.2787/2.839×10¹⁷ = 9.82×10⁻¹⁹ J = 6.13 eV.",
    forms=("unicode", "multi_step", "unit_conversion"),
)
def h11a_transformations_kinetics_04():
    """For copper, the latent heat of fusion is −1.77 × 10⁹ J/m³, the solid–liquid interfacial energy 0.177 J/m² and the melting point 1085 °C. Calculate the activation free energy for homogeneous nucleation at an undercooling of 236 °C, in electron-volts."""
    dgv = Q_(-1.77e9, "J/m**3") * Q_(236, "K") / kelvin(1085)
    return 16 * math.pi * Q_(0.177, "J/m**2") ** 3 / (3 * dgv**2)


@item(
    S,
    "transformations_kinetics",
    None,
    "Non-numeric ask (pearlite spacing and hardness, qualitative)",
    refuse="The question asks for a qualitative comparison and explanation, not a number.",
    solution="Fine pearlite is harder than coarse pearlite because its thinner lamellae give more α/Fe₃C phase boundary per volume to block dislocations; nothing numeric is asked.",
    forms=("must_refuse", "non_numeric"),
)
def h11a_transformations_kinetics_05():
    """Two specimens of a eutectoid steel are austenitized and then transformed isothermally, one at 680 °C and one at 600 °C, for 10⁴ s. Which specimen is harder, and why?"""
    return None


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Koistinen–Marburger f_M = 1 − exp[−0.011(M_s − T)] (Porter & Easterling ch. 6; Krauss)",
    solution="f_M = 1 − exp[−0.011 · (220 − 20)] = 1 − e^(−2.2) = 0.889; retained austenite = 1 − f_M = e^(−2.2) = 11.1 %.",
    forms=("asked_not_last", "other_phase", "tex"),
)
def h11a_transformations_kinetics_06():
    r"""A high-carbon steel has $M_s = 220\,^{\circ}\mathrm{C}$. It is quenched to room temperature ($20\,^{\circ}\mathrm{C}$). Using the Koistinen–Marburger relation $f_M = 1 - \exp[-0.011\,(M_s - T)]$, estimate the percentage of retained austenite."""
    f_m = 1 - math.exp(-0.011 * (220 - 20))
    return Q_(1 - f_m, "dimensionless")


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Parabolic grain growth d² − d₀² = Kt (Callister ch. 7)",
    solution="K = (45² − 20²)/30 min = 1625/30 = 54.17 µm²/min; t = (60² − 20²)/54.17 = 3200/54.17 = 59.1 min.",
    forms=("unit_typo", "time_to_state", "multi_step"),
)
def h11a_transformations_kinetics_07():
    """A brass with an initial grain diameter of 20 um grows to 45 um after 30 min at 650 deg C. Assuming d² − d₀² = Kt, how long (total, from the start) at the same temperature does it take to reach a grain diameter of 60 um? Answer in minutes."""
    d0, d1, d2 = Q_(20, "micrometer"), Q_(45, "micrometer"), Q_(60, "micrometer")
    k = (d1**2 - d0**2) / Q_(30, "minute")
    return (d2**2 - d0**2) / k


@item(
    S,
    "transformations_kinetics",
    "K",
    "Arrhenius rate = A exp(−Q/RT): 1/T₂ = 1/T₁ − R ln 2/Q (Callister ch. 10)",
    solution="1/T₂ = 1/573.15 − 8.314 · ln 2/120 000 = 1.74474×10⁻³ − 4.802×10⁻⁵ = 1.69672×10⁻³ K⁻¹; T₂ = 589.4 K; the increase is 16.2 K (16.2 °C).",
    forms=("words_numbers", "tex", "derived_change"),
)
def h11a_transformations_kinetics_08():
    r"""A precipitation reaction in an aluminium alloy has an activation energy of $120\,\mathrm{kJ\,mol^{-1}}$. At $300\,^{\circ}\mathrm{C}$ it proceeds at a certain rate. By how many degrees must the temperature be raised for the rate to double?"""
    q = Q_(120, "kJ/mol")
    t1 = kelvin(300)
    t2 = 1 / (1 / t1 - R_GAS * math.log(2) / q)
    return t2 - t1
