"""Set heldout12 (set M), first half: 60 questions over seven topics of a qualifying exam.

Written blind: the answer engine, the checker, the solver and the earlier sets' questions were not
read (one earlier item was read for its format only). Each key is computed in the function body
with pint quantities or plain math; ``solution`` is the worked solution in words, ``forms`` says
how the question is written. A question with two standard readings returns a dict of them; a
question that cannot be answered returns None and says why in ``refuse``. Topics: crystallography
and XRD, defects, diffusion, mechanical properties, failure, phase diagrams, transformations.
"""

from __future__ import annotations

import math

from exam_items import item
from exam_quantities import AVOGADRO, K_BOLTZ, Q_, R_GAS, kelvin, num
from scipy.special import erfinv

S = "heldout12"

K_EV = K_BOLTZ.to("eV/K")


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "Theoretical density ρ = nA/(V_C N_A), FCC n = 4 (Callister ch. 3)",
    solution="FCC has n = 4 atoms per cell; V_C = (0.3615 nm)³ = 4.7242×10⁻²³ cm³; ρ = 4 · 63.55/(4.7242×10⁻²³ · 6.022×10²³) = 8.93 g/cm³. The options are not data.",
    forms=("multiple_choice", "unicode"),
)
def h12a_crystallography_xrd_01():
    """Copper is face-centred cubic with a lattice parameter of 0.3615 nm and an atomic weight of 63.55 g/mol. Its theoretical density is closest to

    (A) 7.87 g/cm³   (B) 8.47 g/cm³   (C) 8.93 g/cm³   (D) 9.74 g/cm³   (E) 10.5 g/cm³

    Compute the density (in g/cm³) and select the option."""
    a = Q_(0.3615, "nm")
    return 4 * Q_(63.55, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "d_hkl = a/√(h²+k²+l²); Bragg's law nλ = 2d sin θ",
    decimals=2,
    solution="d₂₂₀ = 4.0495/√8 = 1.43172 Å; sin θ = 1.5406/(2 · 1.43172) = 0.53803; θ = 32.55°, so the line lies at 2θ = 65.10°.",
    forms=("tex", "two_step"),
)
def h12a_crystallography_xrd_02():
    r"""An aluminium powder (FCC, $a = 4.0495\,\mathrm{\AA}$) is examined in a diffractometer with Cu K$\alpha_1$ radiation, $\lambda = 1.5406\,\mathrm{\AA}$.
    (a) Explain why the (100) reflection is absent.
    (b) At what diffraction angle $2\theta$ (in degrees) is the (220) reflection observed? Give two decimal places."""
    d = Q_(4.0495, "angstrom") / math.sqrt(8)
    theta = math.degrees(math.asin(num(Q_(1.5406, "angstrom") / (2 * d))))
    return Q_(2 * theta, "degree")


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "FCC: atoms touch along the face diagonal, a = 2R√2 (Callister ch. 3)",
    solution="Only the nickel row is needed. FCC: 4R = a√2, R = 0.3524 · √2/4 = 0.12459 nm = 1.246 Å.",
    forms=("table", "distractor", "units_in_words", "unit_change"),
)
def h12a_crystallography_xrd_03():
    """The table lists room-temperature data for three metals.

    | metal | structure | lattice parameter (nm) | atomic weight (g/mol) |
    |-------|-----------|------------------------|-----------------------|
    | Fe    | BCC       | 0.2866                 | 55.85                 |
    | Ni    | FCC       | 0.3524                 | 58.69                 |
    | Mo    | BCC       | 0.3147                 | 95.95                 |

    Assuming hard-sphere atoms in contact, calculate the atomic radius of nickel, expressed in ångströms, to three significant figures."""
    a = Q_(0.3524, "nm")
    return a * math.sqrt(2) / 4


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "BCC linear density along [111]: LD = 2/(√3 a); cubic d₁₁₀ = a/√2",
    solution="Along [111] a body diagonal of length √3a contains ½ + 1 + ½ = 2 atoms: LD = 2/(√3a), so a = 2/(√3 · 3.48 nm⁻¹) = 0.33181 nm. Then d₁₁₀ = a/√2 = 0.23463 nm = 2.346 Å.",
    forms=("inverted_given", "two_step", "unit_change"),
)
def h12a_crystallography_xrd_04():
    """In a BCC metal the linear density of atoms along the [111] direction is 3.48 atoms per nanometre. (a) Find the lattice parameter. (b) Compute the interplanar spacing of the {110} planes, in Å."""
    ld = Q_(3.48, "1/nm")
    a = 2 / (math.sqrt(3) * ld)
    return a / math.sqrt(2)


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Diamond cubic first line 111: d = a/√3; Bragg's law with 28.4° read as 2θ or θ",
    solution="λ = 2d sin θ with d₁₁₁ = a/√3. If 28.4° is 2θ: d = 1.5406/(2 sin 14.2°) = 3.1403 Å and a = √3 · 3.1403 = 5.439 Å. If 28.4° is θ: d = 1.5406/(2 sin 28.4°) = 1.6188 Å, a = 2.804 Å.",
    forms=("ambiguous", "unicode"),
)
def h12a_crystallography_xrd_05():
    """The first line in the powder pattern of a diamond-cubic semiconductor is the 111 reflection, recorded at 28.4° with λ = 1.5406 Å. Determine the lattice parameter in Å."""
    lam = Q_(1.5406, "angstrom")
    out = {}
    for name, theta in (("28.4° is 2θ", 14.2), ("28.4° is θ", 28.4)):
        d = lam / (2 * math.sin(math.radians(theta)))
        out[name] = math.sqrt(3) * d
    return out


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "ρ = nA/(V_C N_A) needs the crystal structure (n and the a–R relation)",
    refuse="The crystal structure is not stated: FCC and BCC give different n and a(R), so the density cannot be determined.",
    solution="The density depends on n and on a(R), which differ for FCC (a = 2R√2, n = 4) and BCC (a = 4R/√3, n = 2); the metal's structure is not given, so no single value follows.",
    forms=("refuse", "missing_datum"),
)
def h12a_crystallography_xrd_06():
    """A cubic metal has an atomic radius of 0.1430 nm and an atomic weight of 26.98 g/mol. Calculate its theoretical density in g/cm³."""
    return None


@item(
    S,
    "crystallography_xrd",
    "percent",
    "Volume per atom: BCC a³/2, FCC a³/4; ΔV/V = (V_FCC − V_BCC)/V_BCC",
    decimals=2,
    solution="Per atom: V_BCC = 0.2898³/2 = 1.21695×10⁻² nm³, V_FCC = 0.3646³/4 = 1.21171×10⁻² nm³. ΔV/V = (1.21171 − 1.21695)/1.21695 = −0.43 %, a contraction.",
    forms=("signed_answer", "percent", "derived_ask", "unicode"),
)
def h12a_crystallography_xrd_07():
    """At 912 °C iron transforms from BCC (a = 0.2898 nm) to FCC (a = 0.3646 nm) on heating. Calculate the percentage volume change that accompanies the transformation BCC → FCC, with its sign (a contraction is negative), to two decimal places."""
    vb = Q_(0.2898, "nm") ** 3 / 2
    vf = Q_(0.3646, "nm") ** 3 / 4
    return ((vf - vb) / vb).to("percent")


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "HCP: 6 atoms in a cell of volume (3√3/2)a²c; ρ = 6A/(V N_A)",
    solution="V = (3√3/2) a² c = 2.5981 · 0.3209² · 0.5211 nm³ = 0.13942 nm³ = 1.3942×10⁻²⁸ m³; ρ = 6 · 24.305×10⁻³/(1.3942×10⁻²⁸ · 6.022×10²³) = 1737 kg m⁻³. The melting point and c/a ideal value are not needed.",
    forms=("tex", "distractor", "two_step"),
)
def h12a_crystallography_xrd_08():
    r"""Magnesium (atomic weight $24.305\,\mathrm{g\,mol^{-1}}$, melting point $650\,^{\circ}\mathrm{C}$) has the hexagonal close-packed structure with $a = 0.3209\,\mathrm{nm}$ and $c = 0.5211\,\mathrm{nm}$ (ideal $c/a = 1.633$). Compute the theoretical density of Mg in $\mathrm{kg\,m^{-3}}$."""
    a, c = Q_(0.3209, "nm"), Q_(0.5211, "nm")
    vol = 3 * math.sqrt(3) / 2 * a**2 * c
    return 6 * Q_(24.305, "g/mol") / (vol * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "Number of cubic cells = V/a³",
    rel_tol=0.05,
    solution="N = V/a³ = 10⁻⁹ m³/(4.05×10⁻¹⁰ m)³ = 1.5×10¹⁹ unit cells (estimate, within 5 %).",
    forms=("estimate", "scientific_notation", "unit_change"),
)
def h12a_crystallography_xrd_09():
    """Estimate the number of unit cells in a cube of aluminium 1 mm on a side (Al is FCC with a = 0.405 nm). Express the answer in scientific notation; an answer within 5 % is accepted."""
    return Q_(1, "mm") ** 3 / Q_(0.405, "nm") ** 3


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "dimensionless",
    "Equilibrium vacancy fraction N_v/N = exp(−Q_v/kT) (Callister ch. 4)",
    solution="kT = 8.617×10⁻⁵ · 1273.15 = 0.10971 eV; N_v/N = exp(−0.90/0.10971) = exp(−8.2033) = 2.74×10⁻⁴.",
    forms=("scientific_notation", "unicode"),
)
def h12a_defects_01():
    """The energy of vacancy formation in copper is 0.90 eV per atom. What fraction of the lattice sites is vacant at 1000 °C? Give the answer in scientific notation."""
    return math.exp(num(-Q_(0.90, "eV") / (K_EV * kelvin(1000))))


@item(
    S,
    "defects",
    "1/cm**3",
    "N = ρN_A/A; N_v = N exp(−Q_v/kT)",
    solution="N = 8.90 · 6.022×10²³/58.69 = 9.132×10²² atoms/cm³; kT at 1473.15 K = 0.12695 eV; N_v = 9.132×10²² · exp(−1.60/0.12695) = 3.07×10¹⁷ cm⁻³.",
    forms=("two_step", "scientific_notation", "units_in_words"),
)
def h12a_defects_02():
    """Nickel has a density of 8.90 grams per cubic centimetre, an atomic weight of 58.69 g/mol and a vacancy formation energy of 1.60 eV/atom. Calculate the number of vacancies per cubic centimetre at 1200 °C."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return n * math.exp(num(-Q_(1.60, "eV") / (K_EV * kelvin(1200))))


@item(
    S,
    "defects",
    "kJ/mol",
    "Two-temperature Arrhenius: Q_v = R ln(f₂/f₁)/(1/T₁ − 1/T₂)",
    solution="ln(2.9×10⁻⁴/1.2×10⁻⁵) = 3.1850; 1/973.15 − 1/1273.15 = 2.4214×10⁻⁴ K⁻¹; Q_v = 8.314 · 3.1850/2.4214×10⁻⁴ = 109.4 kJ/mol.",
    forms=("units_in_words", "two_step"),
)
def h12a_defects_03():
    """The equilibrium vacancy fraction of a metal is measured as 1.2 × 10⁻⁵ at 700 °C and 2.9 × 10⁻⁴ at 1000 °C. Determine the vacancy formation energy in kilojoules per mole."""
    t1, t2 = kelvin(700), kelvin(1000)
    return R_GAS * math.log(2.9e-4 / 1.2e-5) / (1 / t1 - 1 / t2)


@item(
    S,
    "defects",
    "1/mm**2",
    "ASTM grain size N = 2^(n−1) grains/in² at 100×; scale by magnification²",
    solution="At 100×, N = 2⁵ = 32 grains per in²; at 1× the same area holds 32 · 100² = 3.2×10⁵ grains per in² of true area; 1 in² = 645.16 mm², so 3.2×10⁵/645.16 = 496 grains/mm².",
    forms=("us_units", "two_step", "unit_change"),
)
def h12a_defects_04():
    """A steel has ASTM grain-size number 6. How many grains are there per square millimetre of the actual (unmagnified) specimen surface? (ASTM: N = 2ⁿ⁻¹ grains per square inch at 100×; 1 in. = 25.4 mm.)"""
    n_100 = 2 ** (6 - 1) / Q_(1, "inch") ** 2
    return n_100 * 100**2


@item(
    S,
    "defects",
    "micrometer",
    "Mean dislocation spacing ≈ ρ^(−1/2)",
    rel_tol=0.1,
    solution="Spacing ≈ 1/√ρ = 1/√(10¹⁰ cm⁻²) = 10⁻⁵ cm = 0.1 µm (order of magnitude; 10 % accepted).",
    forms=("estimate", "inverted_given", "unit_change"),
)
def h12a_defects_05():
    """A heavily cold-worked metal has a dislocation density of 10¹⁰ cm⁻² (i.e. 10¹⁰ cm of line per cm³). Approximately what is the mean spacing between dislocations, in micrometres? (Use spacing ≈ ρ^−1/2.)"""
    return Q_(1e10, "1/cm**2") ** -0.5


@item(
    S,
    "defects",
    "percent",
    "Hume-Rothery size factor ΔR/R (relative to solvent or to the larger atom)",
    solution="ΔR = 0.144 − 0.128 = 0.016 nm. Relative to the solvent Cu: 0.016/0.128 = 12.5 %. Relative to the solute Ag: 0.016/0.144 = 11.1 %. Both are under 15 %.",
    forms=("ambiguous", "percent"),
)
def h12a_defects_06():
    """Silver (R = 0.144 nm) is considered as a substitutional solute in copper (R = 0.128 nm). Calculate the percentage difference in atomic radii used in the Hume-Rothery size rule."""
    ag, cu = Q_(0.144, "nm"), Q_(0.128, "nm")
    return {
        "relative to the solvent Cu": ((ag - cu) / cu).to("percent"),
        "relative to the solute Ag": ((ag - cu) / ag).to("percent"),
    }


@item(
    S,
    "defects",
    "1/m**3",
    "FCC a = 2R√2: R = 0.150 nm gives a = 0.424 nm, not 0.405 nm",
    refuse="The lattice parameter and the atomic radius given disagree (FCC a = 2√2R = 0.424 nm ≠ 0.405 nm), so the atom density is not determined.",
    solution="With a = 0.405 nm, N = 4/a³ = 6.02×10²⁸ m⁻³; with R = 0.150 nm, a = 0.4243 nm and N = 5.24×10²⁸ m⁻³. The two givens contradict each other, so the question must be refused.",
    forms=("refuse", "conflicting_givens"),
)
def h12a_defects_07():
    """Aluminium is FCC with a lattice parameter of 0.405 nm and an atomic radius of 0.150 nm. Using both data, compute the number of atoms per cubic metre, from which the vacancy concentration will later be found."""
    return None


@item(
    S,
    "defects",
    "degC",
    "N_v/N = exp(−Q_v/kT) solved for T",
    solution="T = Q_v/(k ln(N/N_v)) = 0.68/(8.617×10⁻⁵ · ln 10⁴) = 0.68/(8.617×10⁻⁵ · 9.2103) = 856.8 K = 583.7 °C.",
    forms=("tex", "kelvin_to_celsius", "derived_ask"),
)
def h12a_defects_08():
    r"""For aluminium $Q_v = 0.68\,\mathrm{eV\,atom^{-1}}$ and $T_m = 660\,^{\circ}\mathrm{C}$. At what temperature, in $^{\circ}\mathrm{C}$, is one lattice site in $10^{4}$ vacant?"""
    t = Q_(0.68, "eV") / (K_EV * math.log(1e4))
    return t.to("K")


@item(
    S,
    "defects",
    "percent",
    "wt% → at%: C′_Zn = (C_Zn/A_Zn)/(C_Zn/A_Zn + C_Cu/A_Cu) (Callister eq. 4.6a)",
    solution="Moles per 100 g: Zn 30/65.38 = 0.45886, Cu 70/63.55 = 1.10149; at% Zn = 0.45886/1.56035 = 29.41 at%.",
    forms=("table", "distractor", "two_step"),
)
def h12a_defects_09():
    """| element | atomic weight (g/mol) | density (g/cm³) | atomic radius (nm) |
    |---|---|---|---|
    | Cu | 63.55 | 8.96 | 0.128 |
    | Zn | 65.38 | 7.13 | 0.133 |
    | Sn | 118.71 | 7.27 | 0.151 |

    A cartridge brass contains 70 wt% Cu and 30 wt% Zn. Using the table, give its zinc content in atom per cent."""
    zn = 30 / 65.38
    cu = 70 / 63.55
    return Q_(100 * zn / (zn + cu), "percent")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "cm**2/s",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="RT = 8.314 · 1223.15 = 10 169 J/mol; Q/RT = 148 000/10 169 = 14.554; D = 2.3×10⁻⁵ · e^(−14.554) = 1.10×10⁻¹¹ m²/s = 1.10×10⁻⁷ cm²/s.",
    forms=("tex", "unit_change", "scientific_notation"),
)
def h12a_diffusion_01():
    r"""For carbon in $\gamma$-iron, $D_0 = 2.3\times10^{-5}\,\mathrm{m^2\,s^{-1}}$ and $Q_d = 148\,\mathrm{kJ\,mol^{-1}}$. Calculate the diffusion coefficient at $950\,^{\circ}\mathrm{C}$ in $\mathrm{cm^2\,s^{-1}}$."""
    return Q_(2.3e-5, "m**2/s") * math.exp(num(-Q_(148, "kJ/mol") / (R_GAS * kelvin(950))))


@item(
    S,
    "diffusion",
    "hour",
    "Semi-infinite solid: (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)); D = D₀ exp(−Q/RT)",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.5, so erf z = 0.5, z = 0.4769. Carbon in γ-Fe at 1273.15 K: D = 2.3×10⁻⁵ exp(−148 000/(8.314 · 1273.15)) = 1.949×10⁻¹¹ m²/s. t = x²/(4z²D) = (7.5×10⁻⁴)²/(4 · 0.22747 · 1.949×10⁻¹¹) = 3.17×10⁴ s = 8.81 h. The α-Fe row is not used.",
    forms=("table", "distractor", "multi_step", "time_not_depth"),
)
def h12a_diffusion_02():
    """A steel gear containing 0.20 wt% C is carburised at 1000 °C (austenite) in an atmosphere that holds the surface at 1.00 wt% C.

    | diffusing species / host | D₀ (m²/s) | Q_d (kJ/mol) |
    |---|---|---|
    | C in α-Fe | 1.1 × 10⁻⁶ | 87.4 |
    | C in γ-Fe | 2.3 × 10⁻⁵ | 148 |

    How many hours are needed to bring the carbon content to 0.60 wt% at a depth of 0.75 mm?"""
    z = erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20))
    d = Q_(2.3e-5, "m**2/s") * math.exp(num(-Q_(148, "kJ/mol") / (R_GAS * kelvin(1000))))
    return Q_(0.75, "mm") ** 2 / (4 * z**2 * d)


@item(
    S,
    "diffusion",
    "g/(m**2*hour)",
    "Fick's first law J = −D dC/dx (steady state)",
    solution="J = D ΔC/Δx = 3.0×10⁻¹¹ · (1.2 − 0.8)/5.0×10⁻³ = 2.4×10⁻⁹ kg m⁻² s⁻¹ = 2.4×10⁻⁶ g m⁻² s⁻¹ × 3600 s/h = 8.64×10⁻³ g m⁻² h⁻¹.",
    forms=("unit_change", "unicode"),
)
def h12a_diffusion_03():
    """A 5.0 mm thick iron plate separates two gas atmospheres at 700 °C. The carbon concentrations just inside the two faces are held at 1.2 and 0.8 kg/m³, and D = 3.0 × 10⁻¹¹ m²/s. Assuming steady state, what is the carbon flux through the plate in grams per square metre per hour?"""
    return Q_(3.0e-11, "m**2/s") * Q_(1.2 - 0.8, "kg/m**3") / Q_(5.0, "mm")


@item(
    S,
    "diffusion",
    "kJ/mol",
    "Q_d = R ln(D₂/D₁)/(1/T₁ − 1/T₂)",
    solution="ln(3.9×10⁻¹³/5.5×10⁻¹⁴) = 1.9589; 1/873.15 − 1/973.15 = 1.17689×10⁻⁴ K⁻¹; Q = 8.314 · 1.9589/1.17689×10⁻⁴ = 138.4 kJ/mol.",
    forms=("two_step", "units_in_words"),
)
def h12a_diffusion_04():
    """The diffusion coefficient of a metal in aluminium is 5.5 × 10⁻¹⁴ m²/s at 600 °C and 3.9 × 10⁻¹³ m²/s at 700 °C. Calculate the activation energy for diffusion in kilojoules per mole."""
    t1, t2 = kelvin(600), kelvin(700)
    return R_GAS * math.log(3.9e-13 / 5.5e-14) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "minute",
    "Same profile ⇔ Dt constant: t₂ = t₁ D₁/D₂ = t₁ exp[(Q/R)(1/T₂ − 1/T₁)]",
    solution="D₁/D₂ = exp[(140 000/8.314)(1/1273.15 − 1/1173.15)] = exp(−1.1274) = 0.32390; t₂ = 10 h · 0.32390 = 3.239 h = 194 min.",
    forms=("derived_ask", "unit_change", "tex"),
)
def h12a_diffusion_05():
    r"""A diffusion treatment takes $10\,\mathrm{h}$ at $900\,^{\circ}\mathrm{C}$ to reach a given concentration at a given depth. The activation energy is $140\,\mathrm{kJ\,mol^{-1}}$. How long, in minutes, would the same result take at $1000\,^{\circ}\mathrm{C}$?"""
    ratio = math.exp(num(Q_(140, "kJ/mol") / R_GAS * (1 / kelvin(1000) - 1 / kelvin(900))))
    return Q_(10, "hour") * ratio


@item(
    S,
    "diffusion",
    "micrometer",
    "Characteristic diffusion distance x ≈ √(Dt)",
    rel_tol=0.1,
    solution="x ≈ √(Dt) = √(1.0×10⁻¹⁴ · 86 400) = √(8.64×10⁻¹⁰) m = 2.94×10⁻⁵ m ≈ 29 µm (approximate; 10 % accepted).",
    forms=("estimate", "unit_change"),
)
def h12a_diffusion_06():
    """Approximately how far (in µm) does a solute diffuse in one day if D = 1.0 × 10⁻¹⁴ m²/s? Use x ≈ √(Dt); an answer within 10 % is accepted."""
    return (Q_(1.0e-14, "m**2/s") * Q_(1, "day")) ** 0.5


@item(
    S,
    "diffusion",
    "dimensionless",
    "D = D₀ exp(−Q/RT) for each system; ratio of the two",
    decimals=2,
    solution="At 773.15 K, RT = 6428 J/mol. Cu in Al: 6.5×10⁻⁵ e^(−136 000/6428) = 4.215×10⁻¹⁴ m²/s; Al in Al: 2.3×10⁻⁴ e^(−144 000/6428) = 4.297×10⁻¹⁴ m²/s; ratio = 0.98. The Zn–Cu and Cu–Cu rows are not used.",
    forms=("table", "distractor", "ratio", "tex"),
)
def h12a_diffusion_07():
    r"""Diffusion data:

    \begin{tabular}{lcc}
    Species in host & $D_0$ ($\mathrm{m^2\,s^{-1}}$) & $Q_d$ ($\mathrm{kJ\,mol^{-1}}$) \\
    Zn in Cu & $2.4\times10^{-5}$ & 189 \\
    Cu in Cu & $7.8\times10^{-5}$ & 211 \\
    Cu in Al & $6.5\times10^{-5}$ & 136 \\
    Al in Al & $2.3\times10^{-4}$ & 144 \\
    \end{tabular}

    Calculate the ratio $D_{\mathrm{Cu\,in\,Al}}/D_{\mathrm{Al\,in\,Al}}$ at $500\,^{\circ}\mathrm{C}$, to two decimal places."""
    rt = R_GAS * kelvin(500)
    d_cu = 6.5e-5 * math.exp(num(-Q_(136, "kJ/mol") / rt))
    d_al = 2.3e-4 * math.exp(num(-Q_(144, "kJ/mol") / rt))
    return d_cu / d_al


@item(
    S,
    "diffusion",
    "degC",
    "D = D₀ exp(−Q/RT) solved for T = Q/(R ln(D₀/D))",
    decimals=0,
    solution="ln(2.8×10⁻⁴/1.0×10⁻¹⁵) = 26.358; T = 251 000/(8.314 · 26.358) = 1145.4 K = 872 °C.",
    forms=("kelvin_to_celsius", "derived_ask"),
)
def h12a_diffusion_08():
    """For self-diffusion of iron in α-Fe, D₀ = 2.8 × 10⁻⁴ m²/s and Q = 251 kJ/mol. At what temperature (°C) does the self-diffusion coefficient reach 1.0 × 10⁻¹⁵ m²/s? Give the nearest degree."""
    t = Q_(251, "kJ/mol") / (R_GAS * math.log(2.8e-4 / 1.0e-15))
    return t.to("K")


@item(
    S,
    "diffusion",
    "cm**2/s",
    "D = D₀ exp(−Q/RT), with Q in kcal/mol and T from °F",
    solution="T = (1300 − 32)/1.8 + 273.15 = 977.59 K; Q/RT = 18 300 · 4.184/(8.314 · 977.59) = 9.4206; D = 3.0×10⁻³ e^(−9.4206) = 2.43×10⁻⁷ cm²/s.",
    forms=("us_units", "scientific_notation"),
)
def h12a_diffusion_09():
    """Nitrogen diffuses interstitially in ferrite with D₀ = 3.0 × 10⁻³ cm²/s and an activation energy of 18.3 kcal/mol. Find the diffusion coefficient at 1300 °F, in cm²/s."""
    t = Q_(1300, "degF").to("K")
    return Q_(3.0e-3, "cm**2/s") * math.exp(num(-Q_(18.3, "kcal/mol") / (R_GAS * t)))


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law: Δl = F l₀/(A E)",
    solution="A = π(5 mm)² = 78.54 mm²; σ = 12 000/78.54 = 152.8 MPa; ε = 152.8/97 000 = 1.575×10⁻³; Δl = 1.575×10⁻³ · 250 = 0.394 mm. Poisson's ratio is not needed.",
    forms=("distractor", "two_step", "unicode"),
)
def h12a_mechanical_properties_01():
    """A brass rod 10 mm in diameter and 250 mm long is loaded in tension by 12 000 N. For brass E = 97 GPa and ν = 0.34; the yield strength is 345 MPa. Assuming elastic deformation, by how much does the rod lengthen (mm)?"""
    area = math.pi * Q_(5, "mm") ** 2
    return Q_(12000, "N") * Q_(250, "mm") / (area * Q_(97, "GPa"))


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "ε_z = σ/E, ε_x = −ν ε_z; Δd = ε_x d₀",
    solution="σ = 20 000/(π · 6²) = 176.84 MPa; ε_z = 176.84/207 000 = 8.543×10⁻⁴; ε_x = −0.30 · 8.543×10⁻⁴ = −2.563×10⁻⁴; Δd = −2.563×10⁻⁴ · 12.0 mm = −3.08×10⁻³ mm = −3.08 µm.",
    forms=("signed_answer", "multi_step", "unit_change"),
)
def h12a_mechanical_properties_02():
    """A steel rod of diameter 12.0 mm is pulled elastically by an axial force of 20 kN (E = 207 GPa, ν = 0.30). Find the change in diameter in µm, with its sign."""
    d0 = Q_(12.0, "mm")
    sigma = Q_(20, "kN") / (math.pi * (d0 / 2) ** 2)
    return -0.30 * sigma / Q_(207, "GPa") * d0


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Strain is dimensionless; a strain cannot be expressed in MPa",
    refuse="The ask's unit does not fit the quantity: strain is dimensionless and cannot be given in MPa.",
    solution="The elastic strain is σ/E = 150/70 000 = 2.14×10⁻³, a pure number; asked 'in MPa', the question has no consistent answer and must be refused.",
    forms=("refuse", "unit_mismatch"),
)
def h12a_mechanical_properties_03():
    """An aluminium alloy bar (E = 70 GPa) carries a tensile stress of 150 MPa within the elastic range. What is the axial strain in the bar, in MPa?"""
    return None


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Engineering stress σ = F/A₀ with US customary inputs",
    solution="A₀ = π(0.505/2)² = 0.20030 in²; σ = 10 000 lbf/0.20030 in² = 49 925 psi = 344.2 MPa.",
    forms=("us_units", "unit_change"),
)
def h12a_mechanical_properties_04():
    """A standard tensile specimen of 0.505 in. diameter carries a load of 10 000 lbf. What is the engineering stress in MPa?"""
    area = math.pi * (Q_(0.505, "inch") / 2) ** 2
    return Q_(10000, "lbf") / area


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "True strain ε_T = ln(1 + ε); true stress σ_T = σ(1 + ε) (constant volume)",
    decimals=4,
    solution="(a) σ_T = 400 · 1.20 = 480 MPa. (b) ε_T = ln 1.20 = 0.1823.",
    forms=("multi_part", "not_last_computed"),
)
def h12a_mechanical_properties_05():
    """During a tensile test, before necking, a specimen carries an engineering stress of 400 MPa at an engineering strain of 0.20.
    (a) What is the true stress?
    (b) What is the true strain? Give (b) to four decimal places."""
    eps = 0.20
    sigma_t = Q_(400, "MPa") * (1 + eps)
    _ = sigma_t
    return math.log(1 + eps)


@item(
    S,
    "mechanical_properties",
    "percent",
    "Hollomon σ_T = K ε_Tⁿ; ε = exp(ε_T) − 1",
    solution="ε_T = (420/600)^(1/0.21) = 0.7^4.7619 = 0.1831; engineering strain = e^0.1831 − 1 = 0.2009 = 20.1 %.",
    forms=("tex", "two_step", "percent"),
)
def h12a_mechanical_properties_06():
    r"""The plastic region of a steel obeys $\sigma_T = K\varepsilon_T^{\,n}$ with $K = 600\,\mathrm{MPa}$ and $n = 0.21$. What engineering strain (in per cent) corresponds to a true stress of $420\,\mathrm{MPa}$, assuming uniform deformation?"""
    eps_t = (420 / 600) ** (1 / 0.21)
    return Q_(100 * (math.exp(eps_t) - 1), "percent")


@item(
    S,
    "mechanical_properties",
    "MPa",
    "HB = 2P/[πD(D − √(D² − d²))]; TS (MPa) ≈ 3.45 HB (Callister eq. 6.20a)",
    rel_tol=0.03,
    solution="HB = 2 · 3000/[π · 10 · (10 − √(100 − 4.2²))] = 6000/(31.416 · 0.92477) = 206.5; TS ≈ 3.45 · 206.5 = 712 MPa (approximate; 3 % accepted).",
    forms=("two_step", "estimate"),
)
def h12a_mechanical_properties_07():
    """A Brinell test on a plain carbon steel with a 10 mm ball and a 3000 kg load leaves an impression 4.2 mm in diameter. Estimate the tensile strength of the steel in MPa, using TS ≈ 3.45 × HB."""
    p, dd, d = 3000, 10.0, 4.2
    hb = 2 * p / (math.pi * dd * (dd - math.sqrt(dd**2 - d**2)))
    return Q_(3.45 * hb, "MPa")


@item(
    S,
    "mechanical_properties",
    "GPa",
    "E = (F/A₀)/(Δl/l₀) in the linear region",
    solution="A₀ = π · 6.4² = 128.68 mm²; at 20 kN σ = 155.43 MPa, ε = 0.0378/50 = 7.56×10⁻⁴; E = 155.43/7.56×10⁻⁴ = 205.6 GPa (the 30 kN and 40 kN rows are past the proportional limit).",
    forms=("table", "multiple_choice", "distractor"),
)
def h12a_mechanical_properties_08():
    """A cylindrical specimen (diameter 12.8 mm, gauge length 50.0 mm) gives the following load–elongation data:

    | load (kN) | 0 | 10 | 20 | 30 | 40 |
    |---|---|---|---|---|---|
    | elongation (mm) | 0 | 0.0189 | 0.0378 | 0.090 | 0.60 |

    The modulus of elasticity of the material is nearest to
    (A) 69 GPa  (B) 110 GPa  (C) 152 GPa  (D) 206 GPa  (E) 290 GPa.
    Compute E in GPa."""
    area = math.pi * Q_(6.4, "mm") ** 2
    return (Q_(20, "kN") / area) / (Q_(0.0378, "mm") / Q_(50.0, "mm"))


@item(
    S,
    "mechanical_properties",
    "kJ/m**3",
    "Modulus of resilience U_r = σ_y²/(2E)",
    solution="U_r = (550×10⁶)²/(2 · 207×10⁹) = 7.307×10⁵ J/m³ = 731 kJ/m³. Tensile strength and elongation are not needed.",
    forms=("distractor", "unit_change", "tex"),
)
def h12a_mechanical_properties_09():
    r"""A spring steel has $\sigma_y = 550\,\mathrm{MPa}$, tensile strength $760\,\mathrm{MPa}$, elongation $12\,\%$ and $E = 207\,\mathrm{GPa}$. Calculate its modulus of resilience in $\mathrm{kJ\,m^{-3}}$."""
    return Q_(550, "MPa") ** 2 / (2 * Q_(207, "GPa"))


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "K_IC = Yσ_c√(πa) (Callister eq. 8.5)",
    solution="With Y = 1.0 and a = 2.5 mm for a surface crack: σ_c = 54/(1.0 · √(π · 0.0025)) = 54/0.088623 = 609 MPa. The vessel's diameter, pressure and wall thickness are not needed.",
    forms=("context_paragraph", "distractor"),
)
def h12a_failure_01():
    """A pressure vessel of 1.8 m internal diameter and 25 mm wall works at 6.5 MPa and 120 °C. On inspection a surface crack 2.5 mm deep is found in a plate of the shell. The plate steel has a plane-strain fracture toughness of 54 MPa√m; take Y = 1.0.

    What tensile stress (MPa) would cause fracture of the cracked plate?"""
    return Q_(54, "MPa*m**0.5") / (1.0 * (math.pi * Q_(2.5, "mm")) ** 0.5)


@item(
    S,
    "failure",
    "mm",
    "a_c = (1/π)[K_IC/(Yσ)]²; internal crack length 2a",
    solution="σ = 520/2 = 260 MPa; a = (1/π)(26/(1.1 · 260))² = (1/π)(0.090909)² = 2.631×10⁻³ m; the internal crack is 2a = 5.26 mm long.",
    forms=("tex", "derived_ask", "multi_step"),
)
def h12a_failure_02():
    r"""An aluminium alloy plate has $K_{Ic} = 26\,\mathrm{MPa\,\sqrt{m}}$ and $\sigma_y = 520\,\mathrm{MPa}$. The design stress is half the yield strength and $Y = 1.1$. What is the maximum total length (in mm) of an internal (embedded) crack that can be tolerated without fracture?"""
    sigma = Q_(520, "MPa") / 2
    a = (Q_(26, "MPa*m**0.5") / (1.1 * sigma)) ** 2 / math.pi
    return 2 * a


@item(
    S,
    "failure",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/(πa)) (Callister eq. 8.3)",
    solution="σ_c = √(2 · 69×10⁹ · 0.30/(π · 2.0×10⁻⁶)) = √(6.589×10¹⁵) = 8.12×10⁷ Pa = 81.2 MPa; option (B).",
    forms=("multiple_choice", "unicode"),
)
def h12a_failure_03():
    """A soda-lime glass (E = 69 GPa, specific surface energy γₛ = 0.30 J/m²) contains surface flaws 2.0 µm deep. According to Griffith, its fracture strength is about
    (A) 25.7 MPa   (B) 81.2 MPa   (C) 115 MPa   (D) 257 MPa.
    Calculate the critical stress in MPa."""
    return (2 * Q_(69, "GPa") * Q_(0.30, "J/m**2") / (math.pi * Q_(2.0, "micrometer"))) ** 0.5


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin: σ_a = σ_f′(2N_f)^b",
    solution="2N_f = (400/1000)^(1/−0.09) = 0.4^(−11.111) = 2.6416×10⁴; N_f = 1.32×10⁴ cycles.",
    forms=("scientific_notation", "tex"),
)
def h12a_failure_04():
    r"""A steel obeys Basquin's law $\sigma_a = \sigma_f'(2N_f)^{b}$ with $\sigma_f' = 1\,000\,\mathrm{MPa}$ and $b = -0.09$. How many cycles to failure (not reversals) are expected at a stress amplitude of $400\,\mathrm{MPa}$? Answer in scientific notation."""
    two_n = (400 / 1000) ** (1 / -0.09)
    return two_n / 2


@item(
    S,
    "failure",
    "dimensionless",
    "Stress ratio R = σ_min/σ_max",
    decimals=2,
    solution="σ_max = +250 MPa, σ_min = −100 MPa (compression); R = −100/250 = −0.40. (σ_m = 75 MPa, σ_a = 175 MPa are not asked.)",
    forms=("signed_answer", "multi_part"),
)
def h12a_failure_05():
    """A shaft is subjected to a fluctuating stress between a maximum of 250 MPa in tension and a minimum of 100 MPa in compression. (a) Compute the mean stress and the stress amplitude. (b) Compute the stress ratio R, to two decimal places."""
    s_max, s_min = 250.0, -100.0
    return s_min / s_max


@item(
    S,
    "failure",
    "year",
    "Larson–Miller LMP = T(C + log t_r), T in K, t_r in h, C = 20",
    rel_tol=0.05,
    solution="T = 923.15 K; log t_r = 22 500/923.15 − 20 = 4.373; t_r = 2.36×10⁴ h = 2.69 years (5 % accepted, the log form amplifies rounding).",
    forms=("unit_change", "derived_ask"),
)
def h12a_failure_06():
    """For a creep-resistant alloy, the stress of interest corresponds to a Larson–Miller parameter of 22 500 (T in K, t in h, C = 20). Estimate the rupture lifetime at 650 °C in years."""
    t = kelvin(650).magnitude
    return Q_(10 ** (22500 / t - 20), "hour")


@item(
    S,
    "failure",
    "1/s",
    "Power-law creep ε̇ = Kσⁿ exp(−Q_c/RT); at fixed T, ε̇₂ = ε̇₁(σ₂/σ₁)ⁿ",
    solution="At the same temperature the Arrhenius factor cancels: ε̇₂ = 2.5×10⁻⁵ h⁻¹ · (85/70)⁵ = 2.5×10⁻⁵ · 2.6400 = 6.600×10⁻⁵ h⁻¹ = 1.83×10⁻⁸ s⁻¹. Q_c is not needed.",
    forms=("distractor", "unit_change", "inverted_given", "scientific_notation"),
)
def h12a_failure_07():
    """A nickel alloy creeping at 700 °C under 70 MPa has a steady-state creep rate of 2.5 × 10⁻⁵ per hour. The stress exponent is n = 5 and Q_c = 300 kJ/mol. What is the steady-state creep rate at 85 MPa and the same temperature, in s⁻¹?"""
    return Q_(2.5e-5, "1/hour") * (85 / 70) ** 5


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin's relation describes finite-life fatigue; below the endurance limit steel does not fail",
    refuse="The stress amplitude is below the stated endurance limit, outside the validity of the finite-life relation: no finite number of cycles to failure is defined.",
    solution="The steel has a fatigue limit of 310 MPa and is cycled at 250 MPa, below it, so it is expected to survive indefinitely; extrapolating Basquin's law there gives a meaningless number. Refuse.",
    forms=("refuse", "outside_validity"),
)
def h12a_failure_08():
    """A 1045 steel with an endurance (fatigue) limit of 310 MPa follows σ_a = 930 MPa (2N_f)^−0.085 in its finite-life regime. Using this relation, compute the number of cycles to failure when the steel is cycled fully reversed at a stress amplitude of 250 MPa."""
    return None


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule: W_L = (C_α − C₀)/(C_α − C_L)",
    decimals=3,
    solution="W_α = (35 − 32)/(43 − 32) = 0.273, so the liquid fraction is W_L = (43 − 35)/(43 − 32) = 0.727.",
    forms=("other_phase", "unicode"),
)
def h12a_phase_diagrams_01():
    """A Cu–35 wt% Ni alloy is held at 1250 °C, where liquid of 32 wt% Ni coexists with α of 43 wt% Ni. (a) Compute the mass fraction of α. (b) What is the mass fraction of liquid? Give (b) to three decimal places."""
    c0, cl, ca = 35.0, 32.0, 43.0
    return (ca - c0) / (ca - cl)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule below the eutectic: eutectic α = total α − primary α",
    decimals=3,
    solution="Primary α = W_α′ = (61.9 − 40)/(61.9 − 18.3) = 0.5023; total α = (97.8 − 40)/(97.8 − 18.3) = 0.7270; eutectic α = 0.7270 − 0.5023 = 0.225.",
    forms=("table", "multi_step", "distractor"),
)
def h12a_phase_diagrams_02():
    """Data for the Pb–Sn system at 183 °C:

    | point | wt% Sn |
    |---|---|
    | maximum solubility of Sn in α | 18.3 |
    | eutectic liquid | 61.9 |
    | maximum solubility of Pb in β (composition of β) | 97.8 |
    | melting point of Pb / Sn (°C) | 327 / 232 |

    For a Pb–40 wt% Sn alloy cooled to just below 183 °C, what mass fraction of the alloy is α that belongs to the eutectic microconstituent? Three decimal places."""
    c0, ca, ce, cb = 40.0, 18.3, 61.9, 97.8
    primary = (ce - c0) / (ce - ca)
    total = (cb - c0) / (cb - ca)
    return total - primary


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule at the eutectoid: proeutectoid α = (0.76 − C₀)/(0.76 − 0.022); total α = (6.70 − C₀)/(6.70 − 0.022)",
    decimals=3,
    solution="Proeutectoid ferrite: (0.76 − 0.45)/(0.76 − 0.022) = 0.420. Total ferrite (proeutectoid + eutectoid): (6.70 − 0.45)/(6.70 − 0.022) = 0.936.",
    forms=("ambiguous", "tex"),
)
def h12a_phase_diagrams_03():
    r"""A plain-carbon steel of $0.45\,\mathrm{wt\%\,C}$ is slowly cooled to just below $727\,^{\circ}\mathrm{C}$. With eutectoid $0.76\,\mathrm{wt\%\,C}$, ferrite $0.022\,\mathrm{wt\%\,C}$ and cementite $6.70\,\mathrm{wt\%\,C}$, determine the mass fraction of ferrite. Three decimal places."""
    c0 = 0.45
    return {
        "proeutectoid ferrite": (0.76 - c0) / (0.76 - 0.022),
        "total ferrite": (6.70 - c0) / (6.70 - 0.022),
    }


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at constant pressure F = C − P + 1",
    abs_tol=0.1,
    solution="At the eutectic point of a binary at fixed pressure, C = 2 and P = 3 (L, α, β): F = 2 − 3 + 1 = 0; the point is invariant.",
    forms=("plain", "nearest_integer"),
)
def h12a_phase_diagrams_04():
    """How many degrees of freedom does a binary alloy have at its eutectic point if the pressure is held constant at 1 atm?"""
    c, p = 2, 3
    return c - p + 1


@item(
    S,
    "phase_diagrams",
    "percent",
    "Hypereutectoid lever rule W_Fe₃C′ = (C₀ − 0.76)/(6.70 − 0.76), solved for C₀",
    decimals=2,
    solution="C₀ = 0.76 + 0.050 · (6.70 − 0.76) = 0.76 + 0.297 = 1.06 wt% C.",
    forms=("inverse_problem",),
)
def h12a_phase_diagrams_05():
    """The microstructure of a slowly cooled hypereutectoid iron–carbon alloy contains 5.0 wt% proeutectoid cementite. What is its carbon content in wt%, to two decimal places? (Eutectoid 0.76 wt% C, Fe₃C 6.70 wt% C.)"""
    return Q_(0.76 + 0.050 * (6.70 - 0.76), "percent")


@item(
    S,
    "phase_diagrams",
    None,
    "Cu–Ni isomorphous diagram: the phases present (a qualitative ask)",
    refuse="The ask is not numeric: it wants the names of phases and a comparison, not a quantity.",
    solution="The question asks which phases are present and which is the richer in nickel, a qualitative answer (α and liquid; α is the richer). There is no number to give, so the numeric exam item is refused.",
    forms=("refuse", "non_numeric"),
)
def h12a_phase_diagrams_06():
    """A Cu–50 wt% Ni alloy is held at 1300 °C, between its liquidus and solidus. Name the phases present and say which of them is richer in nickel."""
    return None


@item(
    S,
    "phase_diagrams",
    "g",
    "Lever rule: m_β = m (C₀ − C_α)/(C_β − C_α)",
    solution="W_β = (30 − 10)/(98 − 10) = 0.22727; m_β = 0.22727 · 2500 g = 568 g. The solder joint count and the bath temperature are irrelevant.",
    forms=("context_paragraph", "units_in_words", "unit_change"),
)
def h12a_phase_diagrams_07():
    """A workshop casts 40 solder bars from a 12 litre bath at 260 °C. One bar, of mass 2.5 kilograms and composition Pb–30 wt% Sn, is then aged at 150 °C, where α contains 10 wt% Sn and β contains 98 wt% Sn. Calculate the mass of β phase in the bar, in grams."""
    w_beta = (30 - 10) / (98 - 10)
    return w_beta * Q_(2.5, "kg")


@item(
    S,
    "phase_diagrams",
    "percent",
    "Mass → volume fraction: V_i = (W_i/ρ_i)/Σ(W_j/ρ_j)",
    decimals=2,
    solution="W_Fe₃C = (0.25 − 0.022)/(6.70 − 0.022) = 0.034142, W_α = 0.965858. V_Fe₃C = (0.034142/7.66)/(0.034142/7.66 + 0.965858/7.87) = 4.4572×10⁻³/(4.4572×10⁻³ + 0.122727) = 3.50 %.",
    forms=("multi_step", "percent", "tex"),
)
def h12a_phase_diagrams_08():
    r"""For a $0.25\,\mathrm{wt\%\,C}$ steel at $726\,^{\circ}\mathrm{C}$ the phases are $\alpha$ ($0.022\,\mathrm{wt\%\,C}$, $\rho = 7.87\,\mathrm{g\,cm^{-3}}$) and $\mathrm{Fe_3C}$ ($6.70\,\mathrm{wt\%\,C}$, $\rho = 7.66\,\mathrm{g\,cm^{-3}}$). Compute the volume fraction of cementite, in per cent, to two decimal places."""
    w_c = (0.25 - 0.022) / (6.70 - 0.022)
    w_a = 1 - w_c
    v = (w_c / 7.66) / (w_c / 7.66 + w_a / 7.87)
    return Q_(100 * v, "percent")


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Avrami y = 1 − exp(−ktⁿ): t_y = t_½ [ln(1/(1 − y))/ln 2]^(1/n)",
    solution="k = ln 2/120^2.5; t₀.₉ = (ln 10/k)^(1/2.5) = 120 s · (2.3026/0.6931)^0.4 = 120 · 1.6168 = 194.0 s = 3.23 min; option (C).",
    forms=("multiple_choice", "unit_change", "derived_ask"),
)
def h12a_transformations_kinetics_01():
    """A transformation follows the Avrami equation with n = 2.5 and is 50 % complete after 120 s. The time to reach 90 % transformation is closest to
    (A) 2.00 min   (B) 2.65 min   (C) 3.23 min   (D) 4.50 min.
    Compute it in minutes."""
    n = 2.5
    t_half = Q_(120, "s")
    return t_half * (math.log(10) / math.log(2)) ** (1 / n)


@item(
    S,
    "transformations_kinetics",
    "angstrom",
    "Homogeneous nucleation r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6)",
    solution="T_m = 1728.15 K; r* = −2 · 0.255 · 1728.15/(−2.53×10⁹ · 319) = 881.36/8.0707×10¹¹ = 1.092×10⁻⁹ m = 10.9 Å.",
    forms=("signed_given", "unit_change", "unicode"),
)
def h12a_transformations_kinetics_02():
    """For the solidification of nickel, the latent heat of fusion is ΔH_f = −2.53 × 10⁹ J/m³ (heat released), the solid–liquid interfacial energy is 0.255 J/m² and the melting point is 1455 °C. Calculate the critical radius of a homogeneous nucleus at an undercooling of 319 °C, in Å."""
    dh = Q_(-2.53e9, "J/m**3")
    gamma = Q_(0.255, "J/m**2")
    tm = kelvin(1455)
    return -2 * gamma * tm / (dh * Q_(319, "K"))


@item(
    S,
    "transformations_kinetics",
    "eV",
    "ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²)",
    solution="T_m = 1811.15 K; ΔG* = 16π · 0.204³ · 1811.15²/(3 · (1.85×10⁹)² · 295²) = 1.567×10⁻¹⁸ J = 9.78 eV. The gold data are not used.",
    forms=("two_materials", "unit_change", "tex"),
)
def h12a_transformations_kinetics_03():
    r"""Data for homogeneous nucleation of solid from the melt:

    | metal | $\Delta H_f$ ($\mathrm{J\,m^{-3}}$) | $\gamma$ ($\mathrm{J\,m^{-2}}$) | $T_m$ ($^{\circ}\mathrm{C}$) | $\Delta T$ (K) |
    |---|---|---|---|---|
    | Fe | $-1.85\times10^{9}$ | 0.204 | 1538 | 295 |
    | Au | $-1.16\times10^{9}$ | 0.132 | 1064 | 230 |

    Calculate the activation free energy $\Delta G^*$ for forming a critical nucleus of iron, in electronvolts."""
    gamma, dh, tm, dt = Q_(0.204, "J/m**2"), Q_(-1.85e9, "J/m**3"), kelvin(1538), Q_(295, "K")
    return 16 * math.pi * gamma**3 * tm**2 / (3 * dh**2 * dt**2)


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Rate 1/t_½ = A exp(−Q/RT): two temperatures give Q, then extrapolate",
    solution="Q/R = ln(1.6×10⁻²/4.0×10⁻³)/(1/573.15 − 1/613.15) = 1.3863/1.13823×10⁻⁴ = 12 179 K. At 543.15 K: rate = 4.0×10⁻³ exp[−12 179 (1/543.15 − 1/573.15)] = 4.0×10⁻³ · 0.30937 = 1.2375×10⁻³ s⁻¹; t_½ = 808 s = 13.5 min.",
    forms=("inverted_given", "multi_step", "unit_change"),
)
def h12a_transformations_kinetics_04():
    """The rate of recrystallisation of a cold-worked copper, taken as 1/t₀.₅, is 4.0 × 10⁻³ s⁻¹ at 300 °C and 1.6 × 10⁻² s⁻¹ at 340 °C. How long does 50 % recrystallisation take at 270 °C? Give minutes."""
    t1, t2, t3 = kelvin(300), kelvin(340), kelvin(270)
    q_over_r = math.log(1.6e-2 / 4.0e-3) / (1 / t1 - 1 / t2)
    rate = Q_(4.0e-3, "1/s") * math.exp(num(-q_over_r * (1 / t3 - 1 / t1)))
    return 1 / rate


@item(
    S,
    "transformations_kinetics",
    "degF",
    "Andrews (1965): M_s(°C) = 539 − 423C − 30.4Mn − 17.7Ni − 12.1Cr − 7.5Mo",
    solution="M_s = 539 − 423 · 0.40 − 30.4 · 0.80 − 17.7 · 1.80 − 12.1 · 0.80 − 7.5 · 0.25 = 302.1 °C = 575.7 °F.",
    forms=("us_units", "formula_given", "distractor"),
)
def h12a_transformations_kinetics_05():
    """An AISI 4340 steel contains 0.40 C, 0.80 Mn, 0.25 Si, 1.80 Ni, 0.80 Cr and 0.25 Mo (wt%). Using Andrews' relation M_s(°C) = 539 − 423C − 30.4Mn − 17.7Ni − 12.1Cr − 7.5Mo, estimate its martensite-start temperature in °F."""
    ms = 539 - 423 * 0.40 - 30.4 * 0.80 - 17.7 * 1.80 - 12.1 * 0.80 - 7.5 * 0.25
    return Q_(ms, "degC").to("degF")


@item(
    S,
    "transformations_kinetics",
    "second",
    "Avrami constants k, n are fitted at one temperature; k is strongly temperature dependent",
    refuse="The Avrami constant k was fitted at 600 °C only and the ask is at 450 °C, outside the stated validity; no activation energy is given, so the time is not determined.",
    solution="k depends on temperature through nucleation and growth rates; with k known only at 600 °C and no temperature dependence, the 450 °C time cannot be computed. Refuse.",
    forms=("refuse", "outside_validity"),
)
def h12a_transformations_kinetics_06():
    """Isothermal transformation of an alloy at 600 °C is described by y = 1 − exp(−kt^n) with k = 3.2 × 10⁻⁴ s⁻ⁿ and n = 2, valid at 600 °C only. How many seconds are needed for 50 % transformation at 450 °C?"""
    return None


@item(
    S,
    "transformations_kinetics",
    "MJ/m**3",
    "Volume free-energy change on undercooling ΔG_v = ΔH_f ΔT/T_m",
    solution="T_m = 1337.15 K; ΔG_v = −1.16×10⁹ · 50/1337.15 = −4.34×10⁷ J/m³ = −43.4 MJ/m³ (negative: solidification is favoured).",
    forms=("signed_answer", "units_in_words", "unit_change"),
)
def h12a_transformations_kinetics_07():
    """Gold melts at 1064 °C and releases 1.16 × 10⁹ joules per cubic metre on freezing. What is the volume free-energy change ΔG_v (liquid → solid) at an undercooling of 50 K, in megajoules per cubic metre, with its sign?"""
    dh = Q_(-1.16e9, "J/m**3")
    return dh * Q_(50, "K") / kelvin(1064)


@item(
    S,
    "transformations_kinetics",
    "second",
    "Avrami y = 1 − exp(−ktⁿ) solved for t",
    solution="t = [−ln(1 − 0.25)/k]^(1/3) = (0.28768/7.0×10⁻³)^(1/3) min = 41.097^(1/3) = 3.452 min = 207 s.",
    forms=("unit_change", "tex"),
)
def h12a_transformations_kinetics_08():
    r"""The fraction of pearlite formed isothermally obeys $y = 1 - \exp(-k t^{n})$ with $n = 3$ and $k = 7.0\times10^{-3}\,\mathrm{min^{-3}}$. How many seconds after the start of the transformation is $y = 0.25$?"""
    k = Q_(7.0e-3, "1/minute**3")
    return (-math.log(1 - 0.25) / k) ** (1 / 3)
