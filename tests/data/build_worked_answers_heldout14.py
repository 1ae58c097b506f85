"""Build tests/data/worked_answers_heldout14.jsonl: blind worked answers to 20 questions of set O.

Written blind to 20 questions of ``answer_exam_heldout14.json`` (exam set O), covering all its
fourteen topics and skipping the must-refuse items and the items with two readings; the answer
engine, its checker and its solver were not read. Every question has two responses: one correct
throughout, and one with exactly one labelled mistake (``worked_answers_check.ERROR_CLASSES``)
whose note names the first wrong step and the value it should have had.

Twelve of the twenty mistakes are physics or chemistry errors carried through with clean
arithmetic: the recorded 2θ used as the Bragg angle θ, °C used as K in a two-temperature vacancy
energy, erf z set to the concentration ratio instead of 1 − ratio in a carburizing time, the ½
dropped from the modulus of resilience, the sign of a compressive minimum stress lost in the
stress ratio, the BCC count (2 atoms per cell) used for FCC gold in a critical nucleus, the wire
diameter used as the radius of its section, a linear B_C(T) law used for the parabolic one, the
core–cladding critical angle answered for the acceptance angle, the volume-fraction formula used
for the mass crystallinity of a polymer, the 2 dropped from 2kT in a Schottky-defect count, and
RT/nF used with log₁₀ in the Nernst equation. The other eight are slips: a cube taken with the
wrong exponent, g/cm³ turned into g/m³ with 10³, a digit-transposed final strain, a subtraction
slip in the lever rule, a mis-copied Hall voltage, a digit-transposed final moment, a 4 mm pane
written as 0.04 m, and a mis-copied anode current.

Writing styles copied from chat models: "### Step" markdown with bullets, TeX display maths
closing with ``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains,
a "Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. Constants are quoted with their values, and intermediate values are
rounded the way a model rounds them, so that only the labelled step is wrong. All numbers are
computed below.

Run: ``python tests/data/build_worked_answers_heldout14.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout14``.
"""

from __future__ import annotations

import math

from worked_writing import K_EV, MU_B, NA, F, R, WorkedSet, sp, tex, uni, val

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout14", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


def erf_table(z: float) -> float:
    """erf z as a four-decimal table entry."""
    return round(math.erf(z), 4)


def erf_inverse(y: float, lo: float, hi: float) -> float:
    """z with erf z = y, by linear interpolation between table entries at ``lo`` and ``hi``."""
    e_lo, e_hi = erf_table(lo), erf_table(hi)
    return r(lo + (hi - lo) * (y - e_lo) / (e_hi - e_lo), 4)


# ---------------------------------------------------------------- crystallography / XRD

# cryst_06: BCC lattice parameter from the third peak (211).
q = "h14a_cryst_06"
th6 = 73.19 / 2
s6 = r(math.sin(math.radians(th6)), 5)
d6 = r(0.15406 / (2 * s6), 5)
a6 = d6 * math.sqrt(6)
add(
    q,
    "markdown",
    f"""
### Step 1: Index the peaks
For a BCC lattice only reflections with h + k + l even appear, so the first three lines are \
(110), (200) and (211). The third peak is therefore **(211)**, with h² + k² + l² = 6.

### Step 2: Bragg angle
- 2θ = 73.19°, so θ = {th6:.3f}°
- sin θ = {s6:.5f}

### Step 3: Interplanar spacing (n = 1)
- d₂₁₁ = λ/(2 sin θ) = 0.15406/(2 × {s6:.5f}) = **{d6:.5f} nm**

### Step 4: Lattice parameter
- a = d√(h² + k² + l²) = {d6:.5f} × √6 = {d6:.5f} × 2.4495 = **{a6:.4f} nm**

**Answer:** a ≈ {a6:.4f} nm (typical of tungsten).
""",
    r(a6, 4),
    "nm",
)
s6w = r(math.sin(math.radians(73.19)), 5)
d6w = r(0.15406 / (2 * s6w), 5)
a6w = d6w * math.sqrt(6)
add(
    q,
    "terse",
    f"""
BCC: allowed lines h+k+l even → 110, 200, 211. Third peak = (211), h²+k²+l² = 6.

sin θ = sin 73.19° = {s6w:.5f}
d₂₁₁ = λ/(2 sin θ) = 0.15406/(2 × {s6w:.5f}) = {d6w:.5f} nm
a = d√6 = {d6w:.5f} × 2.4495 = {a6w:.4f} nm

a ≈ {a6w:.4f} nm
""",
    r(a6w, 4),
    "nm",
    "wrong_quantity",
    f"Bragg's law is applied with θ = 73.19°, the recorded 2θ; θ should be {th6:.3f}° "
    f"(sin θ = {s6:.5f}), giving d₂₁₁ = {d6:.5f} nm and a = {a6:.4f} nm.",
)

# cryst_04: Pd lattice parameter from the density (FCC, n = 4).
q = "h14a_cryst_04"
num4 = 4 * 106.42
den4 = r(12.02 * 6.022, 3)  # × 10^23
a3_4 = val(num4 / (den4 * 1e23), 4)
a4 = a3_4 ** (1 / 3) * 1e8  # Å
add(
    q,
    "prose",
    f"""
Palladium is face-centred cubic, so each cubic cell holds n = 4 atoms. The density relation \
ρ = nA/(a³N_A) can be solved for the cell volume: a³ = nA/(ρN_A). With A = 106.42 g/mol, \
ρ = 12.02 g/cm³ and N_A = 6.022 × 10²³ mol⁻¹, the numerator is 4 × 106.42 = {num4:.2f} g/mol \
and the denominator is 12.02 × 6.022 × 10²³ = {den4:.3f} × 10²³ g cm⁻³ mol⁻¹, so \
a³ = {uni(a3_4, 4)} cm³.

Taking the cube root, a = {uni(a4 * 1e-8, 4)} cm. Since 1 Å = 10⁻⁸ cm, this is {a4:.3f} Å, \
close to the handbook value of 3.89 Å for palladium.

Therefore, the answer is {a4:.3f} Å.
""",
    r(a4, 3),
    "angstrom",
)
a3_4w = a3_4 / 10
a4w = a3_4w ** (1 / 3) * 1e8
add(
    q,
    "bare",
    f"""
FCC → n = 4.

a³ = nA/(ρ N_A) = (4 × 106.42)/(12.02 × 6.022 × 10²³)
   = {num4:.2f}/({den4:.3f} × 10²³)
   = {uni(a3_4w, 4)} cm³

a = ({uni(a3_4w, 4)})^(1/3) = {uni(a4w * 1e-8, 4)} cm

a = {a4w:.3f}
""",
    r(a4w, 3),
    "angstrom",
    "arithmetic_slip",
    f"{num4:.2f}/({den4:.3f} × 10²³) is written {uni(a3_4w, 4)} cm³; it is "
    f"{uni(a3_4, 4)} cm³, so a = {a4:.3f} Å.",
)

# ---------------------------------------------------------------- defects

# def_04: vacancy formation energy from two quench temperatures.
q = "h14a_def_04"
ln4 = r(math.log(5.9e23 / 3.2e22), 4)
inv4 = r(1 / 873 - 1 / 1073, 9)
q4 = R * ln4 / inv4 / 1000
add(
    q,
    "tex",
    f"""
Since the number of sites $N$ is taken constant, $n_v = N\\exp(-Q_v/RT)$ gives for two \
temperatures

$$\\ln\\frac{{n_2}}{{n_1}} = \\frac{{Q_v}}{{R}}\\left(\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}}\\right)$$

with $T_1 = 600 + 273 = 873\\ \\mathrm{{K}}$ and $T_2 = 800 + 273 = 1073\\ \\mathrm{{K}}$.

$$\\ln\\frac{{5.9\\times10^{{23}}}}{{3.2\\times10^{{22}}}} = \\ln 18.44 = {ln4:.4f}$$

$$\\frac{{1}}{{873}} - \\frac{{1}}{{1073}} = {tex(inv4, 4)}\\ \\mathrm{{K^{{-1}}}}$$

$$Q_v = \\frac{{8.314 \\times {ln4:.4f}}}{{{tex(inv4, 4)}}} = {sp(q4 * 1000, 4)}\\ \\mathrm{{J/mol}}$$

$$\\boxed{{Q_v \\approx {q4:.1f}\\ \\mathrm{{kJ/mol}}}}$$
""",
    r(q4, 1),
    "kJ/mol",
)
inv4w = r(1 / 600 - 1 / 800, 9)
q4w = R * ln4 / inv4w / 1000
add(
    q,
    "given_first",
    f"""
**Given:** n₁ = 3.2 × 10²² m⁻³ at T₁ = 600 °C; n₂ = 5.9 × 10²³ m⁻³ at T₂ = 800 °C; \
R = 8.314 J/(mol·K).
**Find:** Q_v in kJ/mol.

With N constant, n_v ∝ exp(−Q_v/RT), so

Q_v = R ln(n₂/n₁) / (1/T₁ − 1/T₂)

- ln(5.9 × 10²³ / 3.2 × 10²²) = ln 18.44 = {ln4:.4f}
- 1/T₁ − 1/T₂ = 1/600 − 1/800 = {uni(inv4w, 4)} K⁻¹
- Q_v = 8.314 × {ln4:.4f} / {uni(inv4w, 4)} = {sp(q4w * 1000, 4)} J/mol

Q_v ≈ {q4w:.1f} kJ/mol
""",
    r(q4w, 1),
    "kJ/mol",
    "unit_conversion",
    "The temperatures go into 1/T₁ − 1/T₂ in °C (1/600 − 1/800); in kelvin it is "
    f"1/873 − 1/1073 = {uni(inv4, 4)} K⁻¹, giving Q_v = {q4:.1f} kJ/mol.",
)

# def_02: vacancies per m³ in silver at 850 °C.
q = "h14a_def_02"
n2 = val(NA * 10.35e6 / 107.87, 4)
kt2 = r(K_EV * 1123, 5)
x2 = r(1.10 / kt2, 3)
e2 = val(math.exp(-x2), 4)
nv2 = n2 * e2
add(
    q,
    "final_line",
    f"""
First the number of atomic sites per cubic metre:

N = N_A ρ / A = (6.022 × 10²³ atoms/mol)(10.35 × 10⁶ g/m³)/(107.87 g/mol) = {uni(n2, 4)} m⁻³

(10.35 g/cm³ = 10.35 × 10⁶ g/m³.)

At 850 °C, T = 1123 K and, with k = 8.617 × 10⁻⁵ eV/K,

kT = 8.617 × 10⁻⁵ × 1123 = {kt2:.5f} eV
Q_v/kT = 1.10/{kt2:.5f} = {x2:.3f}
exp(−{x2:.3f}) = {uni(e2, 4)}

N_v = N exp(−Q_v/kT) = {uni(n2, 4)} × {uni(e2, 4)} = {uni(nv2, 3)} m⁻³

The melting point is not needed; 850 °C is simply below it, so the metal is solid.

**Final Answer:** N_v ≈ {uni(nv2, 3)} vacancies/m³
""",
    val(nv2, 3),
    "1/m**3",
)
n2w = val(NA * 10.35e3 / 107.87, 4)
nv2w = n2w * e2
add(
    q,
    "markdown",
    f"""
### Step 1: Number of atomic sites per m³
- ρ = 10.35 g/cm³ = 10.35 × 10³ g/m³
- N = N_A ρ/A = 6.022 × 10²³ × 10.35 × 10³ / 107.87 = **{uni(n2w, 4)} m⁻³**

### Step 2: Boltzmann factor at 850 °C
- T = 850 + 273 = 1123 K, k = 8.617 × 10⁻⁵ eV/K
- kT = {kt2:.5f} eV
- Q_v/kT = 1.10/{kt2:.5f} = {x2:.3f}
- exp(−{x2:.3f}) = {uni(e2, 4)}

### Step 3: Vacancy concentration
- N_v = {uni(n2w, 4)} × {uni(e2, 4)} = **{uni(nv2w, 3)} m⁻³**

**Answer:** about {uni(nv2w, 3)} vacancies per cubic metre.
""",
    val(nv2w, 3),
    "1/m**3",
    "unit_conversion",
    f"10.35 g/cm³ is turned into 10.35 × 10³ g/m³; it is 10.35 × 10⁶ g/m³, so N = "
    f"{uni(n2, 4)} m⁻³ and N_v = {uni(nv2, 3)} m⁻³.",
)

# ---------------------------------------------------------------- diffusion

# diff_04: carburizing time to 0.50 wt% C at 0.8 mm.
q = "h14a_diff_04"
z4 = erf_inverse(0.625, 0.60, 0.65)
t4 = (8e-4) ** 2 / (4 * 1.6e-11 * r(z4**2, 5))
add(
    q,
    "tex",
    f"""
Fick's second law for a semi-infinite solid with constant surface concentration:

$$\\frac{{C_x - C_0}}{{C_s - C_0}} = 1 - \\operatorname{{erf}}\\left(\\frac{{x}}{{2\\sqrt{{Dt}}}}\\right)$$

$$\\frac{{0.50 - 0.20}}{{1.00 - 0.20}} = 0.375 \\quad\\Rightarrow\\quad
\\operatorname{{erf}} z = 1 - 0.375 = 0.625$$

Interpolating in the error-function table between $\\operatorname{{erf}}(0.60) = \
{erf_table(0.60):.4f}$ and $\\operatorname{{erf}}(0.65) = {erf_table(0.65):.4f}$:

$$z = 0.60 + 0.05\\times\\frac{{0.625 - {erf_table(0.60):.4f}}}{{{erf_table(0.65):.4f} - \
{erf_table(0.60):.4f}}} = {z4:.4f}$$

Then $z = x/(2\\sqrt{{Dt}})$ gives

$$t = \\frac{{x^2}}{{4 D z^2}} = \\frac{{(8.0\\times10^{{-4}})^2}}{{4 \\times 1.6\\times10^{{-11}} \
\\times {z4**2:.5f}}} = {tex(t4, 4)}\\ \\mathrm{{s}}$$

$$t = \\frac{{{tex(t4, 4)}}}{{3600}} \\approx \\boxed{{{t4 / 3600:.2f}\\ \\mathrm{{h}}}}$$
""",
    r(t4 / 3600, 2),
    "hour",
)
z4w = erf_inverse(0.375, 0.30, 0.35)
t4w = (8e-4) ** 2 / (4 * 1.6e-11 * r(z4w**2, 5))
add(
    q,
    "prose",
    f"""
This is the classic carburizing problem, solved with the error-function solution of Fick's \
second law. The normalised concentration at the depth of interest is (C_x − C_0)/(C_s − C_0) = \
(0.50 − 0.20)/(1.00 − 0.20) = 0.375, and this equals erf(x/2√(Dt)), so erf z = 0.375.

From the error-function table, erf(0.30) = {erf_table(0.30):.4f} and erf(0.35) = \
{erf_table(0.35):.4f}; linear interpolation gives z = {z4w:.4f}, so z² = {z4w**2:.5f}.

Solving z = x/(2√(Dt)) for the time: t = x²/(4Dz²) = (8.0 × 10⁻⁴ m)²/(4 × 1.6 × 10⁻¹¹ m²/s × \
{z4w**2:.5f}) = {uni(t4w, 4)} s. Dividing by 3600 s/h gives {t4w / 3600:.1f} h.

Therefore, the answer is about {t4w / 3600:.1f} hours.
""",
    r(t4w / 3600, 1),
    "hour",
    "wrong_formula",
    "The ratio 0.375 is set equal to erf z; the solution is (C_x − C_0)/(C_s − C_0) = "
    f"1 − erf z, so erf z = 0.625, z = {z4:.4f} and t = {t4 / 3600:.2f} h.",
)

# ---------------------------------------------------------------- mechanical properties

# mech_06: modulus of resilience of a spring steel.
q = "h14a_mech_06"
ur6 = 550**2 / (2 * 205e3)  # MPa = MJ/m³
add(
    q,
    "terse",
    f"""
U_r = σ_y²/(2E)
    = (550 MPa)²/(2 × 205 000 MPa)
    = 302 500/410 000 MPa
    = {ur6:.4f} MPa = {ur6:.4f} MJ/m³

U_r ≈ {ur6 * 1000:.1f} kJ/m³
""",
    r(ur6 * 1000, 1),
    "kJ/m**3",
)
ur6w = 550**2 / 205e3
add(
    q,
    "final_line",
    f"""
The modulus of resilience is the strain energy per unit volume stored up to the yield point, \
i.e. the area under the elastic part of the stress–strain curve.

U_r = σ_y²/E

σ_y = 550 MPa, E = 205 GPa = 205 000 MPa:

U_r = 550²/205 000 = 302 500/205 000 = {ur6w:.4f} MPa

1 MPa = 1 MJ/m³ = 1000 kJ/m³, so U_r = {ur6w * 1000:.1f} kJ/m³.

**Final Answer:** {ur6w * 1000:.1f} kJ/m³
""",
    r(ur6w * 1000, 1),
    "kJ/m**3",
    "missing_factor",
    "U_r is written σ_y²/E; the area under the linear elastic line is σ_y²/(2E) = "
    f"{ur6:.4f} MPa = {ur6 * 1000:.1f} kJ/m³.",
)

# mech_08: true strain from the Hollomon law.
q = "h14a_mech_08"
ratio8 = r(600 / 1150, 5)
ln8 = r(math.log(ratio8), 5)
p8 = r(1 / 0.18, 4)
e8 = math.exp(ln8 * p8)
add(
    q,
    "given_first",
    f"""
**Given:** σ_T = Kε_Tⁿ with K = 1150 MPa, n = 0.18; target σ_T = 600 MPa.
**Find:** the true strain ε_T.

Invert the Hollomon equation:

ε_T = (σ_T/K)^(1/n) = (600/1150)^(1/0.18)

- 600/1150 = {ratio8:.5f}
- 1/0.18 = {p8:.4f}
- ln {ratio8:.5f} = {ln8:.5f}
- {p8:.4f} × ({ln8:.5f}) = {ln8 * p8:.4f}
- ε_T = e^({ln8 * p8:.4f}) = {e8:.4f}

A true strain of about {e8:.4f} (≈ 2.7 %) raises the flow stress to 600 MPa.
""",
    r(e8, 4),
    "dimensionless",
)
e8w = 0.0296
add(
    q,
    "tex",
    f"""
From $\\sigma_T = K\\varepsilon_T^{{\\,n}}$:

$$\\varepsilon_T = \\left(\\frac{{\\sigma_T}}{{K}}\\right)^{{1/n}} = \
\\left(\\frac{{600}}{{1150}}\\right)^{{1/0.18}} = ({ratio8:.5f})^{{{p8:.4f}}}$$

$$\\ln \\varepsilon_T = {p8:.4f} \\times \\ln {ratio8:.5f} = {p8:.4f} \\times ({ln8:.5f}) = \
{ln8 * p8:.4f}$$

$$\\varepsilon_T = e^{{{ln8 * p8:.4f}}} = {e8:.5f}$$

$$\\boxed{{\\varepsilon_T \\approx {e8w}}}$$
""",
    e8w,
    "dimensionless",
    "final_miscopied",
    f"ε_T = e^({ln8 * p8:.4f}) = {e8:.5f} is computed correctly but boxed as {e8w} "
    f"(digits transposed); it should be {e8:.4f}.",
)

# ---------------------------------------------------------------- failure

# fail_04: stress ratio R with a compressive minimum stress.
q = "h14a_fail_04"
rr4 = -110 / 310
add(
    q,
    "bare",
    f"""
Tension positive, so the compressive minimum is σ_min = −110 MPa and σ_max = +310 MPa.

(a) σ_m = (310 + (−110))/2 = 100 MPa
(b) σ_a = (310 − (−110))/2 = 210 MPa
(c) R = σ_min/σ_max = −110/310

R = {rr4:.4f}
""",
    r(rr4, 4),
    "dimensionless",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Identify the stress extremes
- σ_max = 310 MPa
- σ_min = 110 MPa

### Step 2: Stress ratio
- R = σ_min/σ_max = 110/310 = **{-rr4:.4f}**

### Check
- 0 < R < 1, consistent with a cycle whose minimum and maximum have different magnitudes.

**Answer:** R ≈ {-rr4:.3f}
""",
    r(-rr4, 3),
    "dimensionless",
    "sign_error",
    "σ_min is taken as +110 MPa; the minimum is compressive, σ_min = −110 MPa, so "
    f"R = −110/310 = {rr4:.4f}.",
)

# ---------------------------------------------------------------- phase diagrams

# pd_02: eutectic microconstituent in Pb–40 wt% Sn.
q = "h14a_pd_02"
we2 = 21.7 / 43.6
add(
    q,
    "prose",
    f"""
In the lead–tin system the eutectic is at 183 °C and 61.9 wt% Sn, and the maximum solubility of \
Sn in α (Pb-rich) at that temperature is 18.3 wt% Sn. A Pb–40 wt% Sn alloy is hypoeutectic: \
just above 183 °C it consists of primary α (18.3 wt% Sn) and liquid of the eutectic composition \
(61.9 wt% Sn). All of that liquid transforms to the eutectic microconstituent on cooling \
through 183 °C, so the fraction of eutectic equals the fraction of liquid just above the \
eutectic temperature.

By the lever rule, W_e = (C_0 − C_α)/(C_E − C_α) = (40 − 18.3)/(61.9 − 18.3) = 21.7/43.6 = \
{we2:.4f}.

Therefore, the answer is {we2:.4f}, i.e. about half of the alloy is eutectic.
""",
    r(we2, 4),
    "dimensionless",
)
we2w = 21.7 / 53.6
add(
    q,
    "terse",
    f"""
Pb–Sn: C_α = 18.3 wt% Sn, C_E = 61.9 wt% Sn (eutectic, 183 °C), C₀ = 40 wt% Sn.
Eutectic = liquid just above 183 °C.

W_e = (C₀ − C_α)/(C_E − C_α)
    = (40 − 18.3)/(61.9 − 18.3)
    = 21.7/53.6
    = {we2w:.4f}

W_e ≈ {we2w:.3f}
""",
    r(we2w, 3),
    "dimensionless",
    "arithmetic_slip",
    f"61.9 − 18.3 is written 53.6; it is 43.6, so W_e = 21.7/43.6 = {we2:.4f}.",
)

# ---------------------------------------------------------------- transformations / kinetics

# tk_03: atoms in a critical gold nucleus.
q = "h14a_tk_03"
rs3 = r(2 * 0.132 * 1337 / (1.16e9 * 230) * 1e9, 3)  # nm
v3 = r(4 / 3 * math.pi * rs3**3, 3)
vc3 = r(0.4079**3, 5)
dg3 = 16 * math.pi * 0.132**3 * 1337**2 / (3 * 1.16e9**2 * 230**2)
n3 = v3 * 4 / vc3
add(
    q,
    "markdown",
    f"""
### Step 1: Critical radius (a)
- T_m = 1064 + 273 = 1337 K
- r* = −2γT_m/(ΔH_f ΔT) = 2 × 0.132 × 1337/(1.16 × 10⁹ × 230)
- r* = **{rs3:.3f} nm**

### Step 2: Activation free energy (b)
- ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²) = **{uni(dg3, 3)} J**

### Step 3: Atoms in the critical nucleus (c)
- Nucleus volume: V = (4/3)π r*³ = (4/3)π ({rs3:.3f} nm)³ = {v3:.3f} nm³
- Unit-cell volume: a³ = 0.4079³ = {vc3:.5f} nm³
- FCC → 4 atoms per unit cell
- Number of cells: {v3:.3f}/{vc3:.5f} = {v3 / vc3:.1f}
- Atoms: {v3 / vc3:.1f} × 4 = **{n3:.0f}**

**Answer (c):** about {n3:.0f} atoms in a critical nucleus.
""",
    round(n3),
    "dimensionless",
)
n3w = v3 * 2 / vc3
add(
    q,
    "tex",
    f"""
With $T_m = 1337\\ \\mathrm{{K}}$:

$$r^* = -\\frac{{2\\gamma T_m}}{{\\Delta H_f\\,\\Delta T}} = \\frac{{2(0.132)(1337)}}{{(1.16\\times10^{{9}})\
(230)}} = {rs3:.3f}\\ \\mathrm{{nm}}$$

$$\\Delta G^* = \\frac{{16\\pi\\gamma^3 T_m^2}}{{3\\Delta H_f^2 \\Delta T^2}} = {tex(dg3, 3)}\\ \
\\mathrm{{J}}$$

Nucleus volume and unit-cell volume:

$$V^* = \\tfrac{{4}}{{3}}\\pi r^{{*3}} = {v3:.3f}\\ \\mathrm{{nm^3}}, \\qquad
V_C = a^3 = (0.4079)^3 = {vc3:.5f}\\ \\mathrm{{nm^3}}$$

Each cubic cell contains 2 atoms, so

$$N = \\frac{{V^*}}{{V_C}}\\times 2 = \\frac{{{v3:.3f}}}{{{vc3:.5f}}}\\times 2 = {n3w:.0f}$$

$$\\boxed{{N \\approx {n3w:.0f}\\ \\text{{atoms}}}}$$
""",
    round(n3w),
    "dimensionless",
    "wrong_formula",
    "Each cubic cell is given 2 atoms (the BCC count); gold is FCC with 4 atoms per cell, so "
    f"N = {v3 / vc3:.1f} × 4 ≈ {n3:.0f} atoms.",
)

# ---------------------------------------------------------------- electrical / semiconductors

# electrical_01: voltage drop along a copper lead.
q = "h14b_electrical_01"
a1 = val(math.pi * 0.8e-3**2, 5)
r1 = r(12 / (6.0e7 * a1), 5)
v1 = 8.0 * r1
add(
    q,
    "given_first",
    f"""
**Given:** L = 12 m, d = 1.6 mm (r = 0.8 mm), I = 8.0 A, σ = 6.0 × 10⁷ (Ω·m)⁻¹ \
(density 8.93 g/cm³, not needed).
**Find:** the voltage drop V.

1. Cross-section: A = πr² = π(0.8 × 10⁻³ m)² = {uni(a1, 5)} m²
2. Resistance: R = L/(σA) = 12/(6.0 × 10⁷ × {uni(a1, 5)}) = {r1:.5f} Ω
3. Voltage drop: V = IR = 8.0 × {r1:.5f} = {v1:.3f} V

The lead drops about {v1:.3f} V.
""",
    r(v1, 3),
    "V",
)
a1w = val(math.pi * 1.6e-3**2, 5)
r1w = r(12 / (6.0e7 * a1w), 5)
v1w = 8.0 * r1w
add(
    q,
    "final_line",
    f"""
The lead is a resistor with R = L/(σA), and Ohm's law gives the drop.

Cross-sectional area of the wire (d = 1.6 mm):
A = π(1.6 × 10⁻³)² = {uni(a1w, 5)} m²

Resistance:
R = 12 m / (6.0 × 10⁷ Ω⁻¹m⁻¹ × {uni(a1w, 5)} m²) = {r1w:.5f} Ω

Voltage drop:
V = IR = 8.0 A × {r1w:.5f} Ω = {v1w:.3f} V

**Final Answer:** V ≈ {v1w:.3f} V
""",
    r(v1w, 3),
    "V",
    "wrong_formula",
    "The area is π(1.6 mm)², with the diameter used as the radius; A = π(0.8 mm)² = "
    f"{uni(a1, 5)} m², so R = {r1:.5f} Ω and V = {v1:.3f} V.",
)

# electrical_04: Hall mobility, part (c).
q = "h14b_electrical_04"
rh4 = 3.2e-3 * 0.5e-3 / (2.0e-3 * 0.40)
sig4 = 1 / 0.020
mu4 = rh4 * sig4
add(
    q,
    "terse",
    f"""
R_H = V_H t/(I B) = (3.2 × 10⁻³ V)(0.50 × 10⁻³ m)/[(2.0 × 10⁻³ A)(0.40 T)] = \
{uni(rh4, 2)} m³/C
σ = 1/ρ = 1/(2.0 Ω·cm) = 1/(0.020 Ω·m) = {sig4:.0f} (Ω·m)⁻¹
μ = |R_H| σ = {uni(rh4, 2)} × {sig4:.0f} = {mu4:.2f} m²/(V·s)
  = {mu4:.2f} × 10⁴ cm²/(V·s)

μ ≈ {mu4 * 1e4:.0f} cm²/(V·s)
""",
    round(mu4 * 1e4),
    "cm**2/(V*s)",
)
rh4w = 2.3e-3 * 0.5e-3 / (2.0e-3 * 0.40)
mu4w = rh4w * sig4
add(
    q,
    "prose",
    f"""
The Hall mobility is the product of the magnitude of the Hall coefficient and the \
conductivity, so we first need R_H. The Hall voltage develops across the width, while the \
relevant thickness is the dimension along B, t = 0.50 mm. Thus R_H = V_H t/(IB) = \
(2.3 × 10⁻³ V × 0.50 × 10⁻³ m)/(2.0 × 10⁻³ A × 0.40 T) = {uni(rh4w, 4)} m³/C.

The conductivity is the reciprocal of the resistivity: ρ = 2.0 Ω·cm = 0.020 Ω·m, so σ = \
{sig4:.0f} (Ω·m)⁻¹.

The mobility is then μ = R_H σ = {uni(rh4w, 4)} × {sig4:.0f} = {mu4w:.5f} m²/(V·s). \
Converting with 1 m² = 10⁴ cm² gives {mu4w * 1e4:.1f} cm²/(V·s).

Therefore, the answer is approximately {mu4w * 1e4:.0f} cm²/(V·s).
""",
    round(mu4w * 1e4),
    "cm**2/(V*s)",
    "given_miscopied",
    "The Hall voltage is copied as 2.3 mV; it is 3.2 mV, so R_H = "
    f"{uni(rh4, 2)} m³/C and μ = {mu4 * 1e4:.0f} cm²/(V·s).",
)

# ---------------------------------------------------------------- magnetic

# magnetic_06: highest temperature for lead to stay superconducting in 0.050 T.
q = "h14b_magnetic_06"
f6 = r(1 - 0.050 / 0.0803, 5)
t6 = 7.19 * math.sqrt(f6)
add(
    q,
    "tex",
    f"""
The critical field varies with temperature as

$$B_C(T) = B_C(0)\\left[1 - \\left(\\frac{{T}}{{T_C}}\\right)^2\\right]$$

Setting $B_C(T) = 0.050\\ \\mathrm{{T}}$ and solving for $T$:

$$T = T_C\\sqrt{{1 - \\frac{{B}}{{B_C(0)}}}} = 7.19\\sqrt{{1 - \\frac{{0.050}}{{0.0803}}}} = \
7.19\\sqrt{{{f6:.5f}}}$$

$$T = 7.19 \\times {math.sqrt(f6):.4f} = {t6:.3f}\\ \\mathrm{{K}}$$

$$\\boxed{{T \\approx {t6:.2f}\\ \\mathrm{{K}}}}$$
""",
    r(t6, 2),
    "K",
)
t6w = 7.19 * f6
add(
    q,
    "bare",
    f"""
Critical field falls from B_C(0) at 0 K to zero at T_C:
B_C(T) = B_C(0)(1 − T/T_C)

Solve for T at B = 0.050 T:
T = T_C(1 − B/B_C(0))
  = 7.19 × (1 − 0.050/0.0803)
  = 7.19 × {f6:.5f}
  = {t6w:.3f}

The wire must be kept below about

{t6w:.2f}
""",
    r(t6w, 2),
    "K",
    "wrong_formula",
    f"B_C(T) is taken linear in T; it is B_C(0)[1 − (T/T_C)²], so T = 7.19 √{f6:.5f} = {t6:.2f} K.",
)

# magnetic_07: Bohr magnetons per iron atom.
q = "h14b_magnetic_07"
n7 = val(7.87e6 * NA / 55.85, 4)
den7 = val(n7 * MU_B, 4)
nb7 = 1.71e6 / den7
add(
    q,
    "final_line",
    f"""
The saturation magnetization is M_s = n_B μ_B N, where N is the number of atoms per m³.

**Atoms per m³:**
N = ρN_A/A = (7.87 × 10⁶ g/m³)(6.022 × 10²³ mol⁻¹)/(55.85 g/mol) = {uni(n7, 4)} m⁻³

**Moment per atom** (μ_B = 9.274 × 10⁻²⁴ A·m²):
n_B = M_s/(N μ_B) = 1.71 × 10⁶/({uni(n7, 4)} × 9.274 × 10⁻²⁴)
    = 1.71 × 10⁶/{uni(den7, 4)} = {nb7:.4f}

**Final Answer:** {nb7:.2f} Bohr magnetons per iron atom
""",
    r(nb7, 2),
    "dimensionless",
)
add(
    q,
    "given_first",
    f"""
Given: M_s = 1.71 × 10⁶ A/m, ρ = 7.87 g/cm³ = 7.87 × 10⁶ g/m³, A = 55.85 g/mol, \
N_A = 6.022 × 10²³ mol⁻¹, μ_B = 9.274 × 10⁻²⁴ A·m².
Find: net moment per Fe atom in μ_B (3 s.f.).

N = ρN_A/A = {uni(n7, 4)} atoms/m³

n_B = M_s/(Nμ_B) = 1.71 × 10⁶/({uni(n7, 4)} × 9.274 × 10⁻²⁴) = 1.71 × 10⁶/{uni(den7, 4)} \
= {nb7:.4f}

Net moment per iron atom ≈ 2.71 μ_B
""",
    2.71,
    "dimensionless",
    "final_miscopied",
    f"n_B = {nb7:.4f} is computed correctly but reported as 2.71 (digits transposed); "
    f"to three significant figures it is {nb7:.2f}.",
)

# ---------------------------------------------------------------- optical

# optical_03: acceptance angle of a step-index fibre.
q = "h14b_optical_03"
na3 = r(math.sqrt(1.48**2 - 1.46**2), 4)
th3 = math.degrees(math.asin(na3))
add(
    q,
    "bare",
    f"""
Light is guided if it meets the core–cladding wall beyond the critical angle. Refracting at the \
end face from air (n₀ = 1) gives the acceptance condition

n₀ sin θ_max = √(n₁² − n₂²)

n₁² − n₂² = 1.48² − 1.46² = 2.1904 − 2.1316 = 0.0588
NA = √0.0588 = {na3:.4f}
θ_max = arcsin {na3:.4f}

θ_max ≈ {th3:.1f}
""",
    r(th3, 1),
    "degree",
)
s3w = r(1.46 / 1.48, 4)
th3w = math.degrees(math.asin(s3w))
add(
    q,
    "markdown",
    f"""
### Step 1: Condition for guiding
Total internal reflection at the core–cladding boundary requires the ray to strike it at an \
angle larger than the critical angle θ_c.

### Step 2: Critical angle
- sin θ_c = n₂/n₁ = 1.46/1.48 = {s3w:.4f}
- θ_c = arcsin({s3w:.4f}) = **{th3w:.1f}°**

### Step 3: Result
Rays are guided by total internal reflection when they meet the boundary at more than \
{th3w:.1f}°.

**Answer:** ≈ {th3w:.1f}°
""",
    r(th3w, 1),
    "degree",
    "wrong_quantity",
    "The core–cladding critical angle (measured from the normal) is answered; asked is the "
    f"largest entry angle from the axis in air, arcsin √(n₁² − n₂²) = {th3:.1f}°.",
)

# ---------------------------------------------------------------- thermal

# thermal_03: heat through a window pane in one hour.
q = "h14b_thermal_03"
q3 = 0.96 * (1.2 * 0.8) * 12 / 0.004
e3 = q3 * 3600
add(
    q,
    "prose",
    f"""
Steady conduction through the pane follows Fourier's law, q = kAΔT/Δx. The area is \
A = 1.2 m × 0.8 m = 0.96 m², the temperature difference across it is ΔT = 18 − 6 = 12 °C \
(a difference of 12 K), and the thickness is Δx = 4 mm = 0.004 m.

The heat flow is therefore q = 0.96 W/(m·K) × 0.96 m² × 12 K / 0.004 m = {q3:.1f} W. Over one \
hour (3600 s) the energy lost is {q3:.1f} × 3600 = {sp(e3, 4)} J.

Therefore, the answer is about {e3 / 1e6:.2f} MJ per hour.
""",
    r(e3 / 1e6, 2),
    "MJ",
)
q3w = 0.96 * (1.2 * 0.8) * 12 / 0.04
e3w = q3w * 3600
add(
    q,
    "final_line",
    f"""
Fourier's law for a flat pane: q = kAΔT/Δx

- k = 0.96 W/(m·K)
- A = 1.2 × 0.8 = 0.96 m²
- ΔT = 18 − 6 = 12 K
- Δx = 4 mm = 0.04 m

q = 0.96 × 0.96 × 12/0.04 = {q3w:.2f} W

Heat in one hour: Q = q × t = {q3w:.2f} W × 3600 s = {sp(e3w, 4)} J

**Final Answer:** Q ≈ {e3w / 1e6:.3f} MJ
""",
    r(e3w / 1e6, 3),
    "MJ",
    "unit_conversion",
    f"4 mm is written 0.04 m; it is 0.004 m, so q = {q3:.1f} W and Q = {e3 / 1e6:.2f} MJ.",
)

# ---------------------------------------------------------------- polymers

# polymers_03: percent crystallinity of a nylon part.
q = "h14b_polymers_03"
top3 = r(1.213 * (1.162 - 1.085), 5)
bot3 = r(1.162 * (1.213 - 1.085), 5)
pc3 = 100 * top3 / bot3
add(
    q,
    "tex",
    f"""
The mass percent crystallinity follows from the densities:

$$\\%C = \\frac{{\\rho_c(\\rho_s - \\rho_a)}}{{\\rho_s(\\rho_c - \\rho_a)}}\\times 100$$

$$\\%C = \\frac{{1.213\\,(1.162 - 1.085)}}{{1.162\\,(1.213 - 1.085)}}\\times 100
= \\frac{{1.213 \\times 0.077}}{{1.162 \\times 0.128}}\\times 100
= \\frac{{{top3:.5f}}}{{{bot3:.5f}}}\\times 100$$

$$\\boxed{{\\%C \\approx {pc3:.1f}\\,\\%}}$$
""",
    r(pc3, 1),
    "percent",
)
pc3w = 100 * (1.162 - 1.085) / (1.213 - 1.085)
add(
    q,
    "terse",
    f"""
%C = (ρ_s − ρ_a)/(ρ_c − ρ_a) × 100
   = (1.162 − 1.085)/(1.213 − 1.085) × 100
   = 0.077/0.128 × 100
   = {pc3w:.2f} %

%C ≈ {pc3w:.1f} %
""",
    r(pc3w, 1),
    "percent",
    "wrong_formula",
    "(ρ_s − ρ_a)/(ρ_c − ρ_a) is the volume fraction crystalline; the percent crystallinity "
    f"(by mass) is ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 = {pc3:.1f} %.",
)

# ---------------------------------------------------------------- ceramics / composites

# ceramics_08: Schottky defects in NaCl at 700 °C.
q = "h14b_ceramics_08"
n8 = val(2.165e6 * NA / 58.44, 4)
kt8 = r(K_EV * 973, 6)
x8 = r(2.3 / (2 * kt8), 3)
e8s = val(math.exp(-x8), 4)
ns8 = n8 * e8s
add(
    q,
    "markdown",
    f"""
### Step 1: Number of formula units (cation sites) per m³
- N = N_A ρ/A = 6.022 × 10²³ × 2.165 × 10⁶ g/m³ / 58.44 g/mol = **{uni(n8, 4)} m⁻³**

### Step 2: Boltzmann factor
A Schottky defect is a cation–anion vacancy pair, so N_s = N exp(−Q_s/2kT).
- T = 700 + 273 = 973 K
- kT = 8.617 × 10⁻⁵ × 973 = {kt8:.6f} eV
- Q_s/2kT = 2.3/(2 × {kt8:.6f}) = {x8:.3f}
- exp(−{x8:.3f}) = {uni(e8s, 4)}

### Step 3: Defect concentration
- N_s = {uni(n8, 4)} × {uni(e8s, 4)} = **{uni(ns8, 3)} m⁻³**

**Answer:** about {uni(ns8, 3)} Schottky defects per m³.
""",
    val(ns8, 3),
    "1/m**3",
)
x8w = r(2.3 / kt8, 3)
e8sw = val(math.exp(-x8w), 4)
ns8w = n8 * e8sw
add(
    q,
    "given_first",
    f"""
**Given:** Q_s = 2.3 eV, ρ = 2.165 g/cm³, A = 58.44 g/mol, T = 700 °C = 973 K, \
k = 8.617 × 10⁻⁵ eV/K.
**Find:** N_s, Schottky defects per m³.

Lattice sites (one per NaCl formula unit):
N = N_A ρ/A = 6.022 × 10²³ × 2.165 × 10⁶/58.44 = {uni(n8, 4)} m⁻³

Defects:
N_s = N exp(−Q_s/kT)
kT = {kt8:.6f} eV → Q_s/kT = {x8w:.3f}
exp(−{x8w:.3f}) = {uni(e8sw, 4)}

N_s = {uni(n8, 4)} × {uni(e8sw, 4)} ≈ {uni(ns8w, 3)} m⁻³
""",
    val(ns8w, 3),
    "1/m**3",
    "missing_factor",
    "The exponent is written −Q_s/kT; for a Schottky pair it is −Q_s/2kT, "
    f"exp(−{x8:.3f}) = {uni(e8s, 4)}, so N_s = {uni(ns8, 3)} m⁻³.",
)

# ---------------------------------------------------------------- corrosion

# corrosion_01: Ni / Cd concentration cell voltage.
q = "h14b_corrosion_01"
v0 = -0.250 - (-0.403)
rtf = r(R * 298 / (2 * F), 6)
ln1 = r(math.log(0.25 / 3.0e-3), 4)
dv1 = v0 - rtf * ln1
add(
    q,
    "final_line",
    f"""
Cd (−0.403 V) is more active than Ni (−0.250 V), so Cd is oxidised and Ni²⁺ is reduced:

Cd + Ni²⁺ → Cd²⁺ + Ni, n = 2

Standard cell potential: ΔV° = −0.250 − (−0.403) = {v0:.3f} V

Nernst equation at 298 K (R = 8.314 J/(mol·K), F = 96 485 C/mol):

ΔV = ΔV° − (RT/nF) ln([Cd²⁺]/[Ni²⁺])
RT/nF = 8.314 × 298/(2 × 96 485) = {rtf:.6f} V
ln(0.25/3.0 × 10⁻³) = ln(83.33) = {ln1:.4f}

ΔV = {v0:.3f} − {rtf:.6f} × {ln1:.4f} = {v0:.3f} − {rtf * ln1:.4f} = {dv1:.4f} V

**Final Answer:** ΔV ≈ {dv1:.4f} V
""",
    r(dv1, 4),
    "V",
)
lg1 = r(math.log10(0.25 / 3.0e-3), 4)
dv1w = v0 - rtf * lg1
add(
    q,
    "prose",
    f"""
Because cadmium has the more negative standard potential (−0.403 V versus −0.250 V for \
nickel), cadmium is the anode and nickel the cathode; the overall reaction is \
Cd + Ni²⁺ → Cd²⁺ + Ni with two electrons transferred. The standard cell potential is \
ΔV° = −0.250 − (−0.403) = {v0:.3f} V.

The concentrations are not 1 M, so the Nernst equation is needed: ΔV = ΔV° − (RT/nF) \
log([Cd²⁺]/[Ni²⁺]). At 25 °C, RT/nF = 8.314 × 298/(2 × 96 485) = {rtf:.6f} V, and \
log(0.25/0.0030) = log(83.33) = {lg1:.4f}. The correction is {rtf:.6f} × {lg1:.4f} = \
{rtf * lg1:.4f} V.

Therefore, the answer is ΔV = {v0:.3f} − {rtf * lg1:.4f} = {dv1w:.4f} V.
""",
    r(dv1w, 4),
    "V",
    "wrong_constant",
    "RT/nF = 0.01284 V is used with log₁₀; with RT/nF the logarithm is natural, "
    f"ln 83.33 = {ln1:.4f} (or 0.0296 V with log₁₀), so ΔV = {dv1:.4f} V.",
)

# corrosion_05: magnesium for sacrificial anodes.
q = "h14b_corrosion_05"
t5 = 10 * 365 * 24 * 3600
q5 = 0.25 * t5
m5 = r(q5 * 24.305 / (2 * F) / 1000, 2)
mt5 = m5 / 0.55
add(
    q,
    "given_first",
    f"""
**Given:** I = 0.25 A for t = 10 years; current efficiency 55 %; Mg → Mg²⁺ + 2e⁻ (n = 2), \
M = 24.305 g/mol, F = 96 485 C/mol.
**Find:** mass of Mg to install.

1. Time: t = 10 × 365 × 24 × 3600 s = {uni(t5, 4)} s
2. Charge: Q = It = 0.25 × {uni(t5, 4)} = {uni(q5, 4)} C
3. Mg consumed by the useful current (Faraday's law):
   m = QM/(nF) = {uni(q5, 4)} × 24.305/(2 × 96 485) = {m5 * 1000:.0f} g = {m5:.2f} kg
4. Only 55 % of the consumed Mg gives useful current:
   m_total = {m5:.2f}/0.55 = {mt5:.2f} kg

About {mt5:.1f} kg of magnesium must be installed.
""",
    r(mt5, 1),
    "kg",
)
q5w = 0.35 * t5
m5w = r(q5w * 24.305 / (2 * F) / 1000, 2)
mt5w = m5w / 0.55
add(
    q,
    "bare",
    f"""
t = 10 yr × 3.1536 × 10⁷ s/yr = {uni(t5, 4)} s
Q = It = 0.35 A × {uni(t5, 4)} s = {uni(q5w, 4)} C
m = QM/(nF) = {uni(q5w, 4)} × 24.305/(2 × 96 485) = {m5w * 1000:.0f} g = {m5w:.2f} kg
With 55 % efficiency: m = {m5w:.2f}/0.55

{mt5w:.1f}
""",
    r(mt5w, 1),
    "kg",
    "given_miscopied",
    f"The current is copied as 0.35 A; it is 0.25 A, so Q = {uni(q5, 4)} C, "
    f"m = {m5:.2f} kg consumed usefully and {mt5:.1f} kg to install.",
)


if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
    print(f"{sum(not rec['correct'] for rec in SET.records)} wrong responses")
