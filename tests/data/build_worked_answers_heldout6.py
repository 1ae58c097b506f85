"""Build tests/data/worked_answers_heldout6.jsonl: blind worked answers to 20 questions of set G.

Written without reading the answer engine, the checker or the solver, to questions of
``answer_exam_heldout6.json``: each question gets one response that is right in every step and one
that carries exactly one labelled error (``worked_answers_check.ERROR_CLASSES``); a wrong record's
note says where it first goes wrong and what the right value is. About half of the wrong responses
are "wrong physics with correct arithmetic" (a wrong relation or structure, a dropped factor of 2,
another quantity than the one asked), the rest slips (arithmetic, units, a miscopied given or
final value, a wrong constant, a sign, a fraction written as a percentage). The responses imitate
several ways chat models write: markdown steps, TeX with ``\\boxed{}``, prose ending "Therefore,
the answer is ...", terse chains of equations, a "**Final Answer:**" line, and a bare final number
whose unit is only in the question. Every number is computed here, so only the labelled step is
wrong.

Must-refuse items and the items whose key lists two readings get no response.

Run: ``python tests/data/build_worked_answers_heldout6.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout6``.
"""

from __future__ import annotations

import math

from scipy.special import erfinv
from worked_writing import E_CH, K_EV, MU_B, NA, R, WorkedSet, fl, g, sci, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "bare", "final_line")
SET = WorkedSet("heldout6", styles=STYLES)
add = SET.add_styled


# ---------------------------------------------------------------- crystallography

# cryst_01: Ta (BCC) atomic radius from density.
a3 = 2 * 180.95 / (16.65 * NA)  # cm³
a1 = a3 ** (1 / 3) * 1e7  # nm
r1 = math.sqrt(3) * a1 / 4
add(
    "g6_cryst_01",
    "markdown",
    f"""
### Step 1: Cell volume from the density
For BCC there are n = 2 atoms per cell, and ρ = nA/(V_C N_A), so

- V_C = a³ = 2 × 180.95/(16.65 × 6.022 × 10²³) = **{uni(a3, 4)} cm³**

### Step 2: Lattice parameter
- a = ({uni(a3, 4)} cm³)^(1/3) = {uni(a1 * 1e-7, 4)} cm = **{g(a1, 4)} nm**

### Step 3: Atomic radius
In BCC the atoms touch along the body diagonal: √3 a = 4R, so

- R = √3 × {g(a1, 4)}/4 = **{g(r1, 4)} nm**

**Final Answer:** R ≈ {g(r1, 4)} nm
""",
    fl(r1, 4),
    "nm",
)
a3_w = 4 * 180.95 / (16.65 * NA)
a1_w = a3_w ** (1 / 3) * 1e7
r1_w = a1_w / (2 * math.sqrt(2))
add(
    "g6_cryst_01",
    "prose",
    f"""
Tantalum is a dense refractory metal, and the density is related to the cell by ρ = nA/(a³N_A). Taking 4 atoms per unit cell, a³ = 4 × 180.95/(16.65 × 6.022 × 10²³) = {uni(a3_w, 4)} cm³, so a = {g(a1_w, 4)} nm. The atoms touch along the face diagonal, a√2 = 4R, giving R = a/(2√2) = {g(a1_w, 4)}/2.828 = {g(r1_w, 4)} nm.

Therefore, the answer is {g(r1_w, 3)} nm.
""",
    fl(r1_w, 3),
    "nm",
    "wrong_formula",
    f"Structure: Ta is BCC (n = 2, √3a = 4R), not FCC; a = {g(a1, 4)} nm and R = {g(r1, 4)} nm",
)

# cryst_02: Ni octahedral void radius.
r2 = (math.sqrt(2) - 1) * 124.6
add(
    "g6_cryst_02",
    "terse",
    f"""
FCC: a = 2√2 R = 2√2 × 124.6 = {g(2 * math.sqrt(2) * 124.6, 5)} pm
octahedral hole at the cube-edge midpoint: 2R + 2r = a
r = a/2 − R = (√2 − 1)R = 0.4142 × 124.6 = {g(r2, 4)} pm

r ≈ {g(r2, 3)} pm
""",
    fl(r2, 3),
    "pm",
)
add(
    "g6_cryst_02",
    "markdown",
    f"""
**Geometry.** In FCC the octahedral interstice sits at the middle of each cube edge (and at the cell centre). Along the edge we have atom – hole – atom, so

- a = 2R + 2r, with a = 2√2 R = {g(2 * math.sqrt(2) * 124.6, 5)} pm
- r = (√2 − 1)R = 0.414 × 124.6 pm = {g(r2, 4)} pm

**Size of the sphere.** The sphere that fits in the void therefore has a size of 2r = 2 × {g(r2, 4)} = **{g(2 * r2, 4)} pm**.

**Final Answer:** {g(2 * r2, 4)} pm
""",
    fl(2 * r2, 4),
    "pm",
    "wrong_quantity",
    f"Last step: the question asks the radius r = {g(r2, 3)} pm, not the diameter 2r",
)

# cryst_04: third peak of BCC W.
d4 = 3.165 / math.sqrt(6)
s4 = 1.5406 / (2 * d4)
tt4 = 2 * math.degrees(math.asin(s4))
add(
    "g6_cryst_04",
    "tex",
    f"""
For a BCC lattice only reflections with $h+k+l$ even appear, so the lines in order are $(110), (200), (211), \\ldots$ with $h^2+k^2+l^2 = 2, 4, 6$. The third peak is $(211)$:

$$d_{{211}} = \\frac{{a}}{{\\sqrt{{6}}}} = \\frac{{3.165}}{{2.4495}} = {g(d4, 5)}\\ \\text{{Å}}$$

$$\\sin\\theta = \\frac{{\\lambda}}{{2d}} = \\frac{{1.5406}}{{2 \\times {g(d4, 5)}}} = {g(s4, 5)} \\Rightarrow \\theta = {g(tt4 / 2, 5)}^\\circ$$

$$\\boxed{{2\\theta \\approx {tt4:.2f}^\\circ}}$$
""",
    round(tt4, 2),
    "degree",
)
d4_w = 3.165 / math.sqrt(3)
s4_w = 1.5406 / (2 * d4_w)
tt4_w = 2 * math.degrees(math.asin(s4_w))
add(
    "g6_cryst_04",
    "final_line",
    f"""
The diffraction lines of a cubic crystal appear in order of increasing h² + k² + l²: (100) = 1, (110) = 2, (111) = 3, … so the third peak is the (111) reflection.

d₁₁₁ = a/√3 = 3.165/1.7321 = {g(d4_w, 5)} Å

sin θ = λ/(2d) = 1.5406/(2 × {g(d4_w, 5)}) = {g(s4_w, 4)} → θ = {g(tt4_w / 2, 4)}°

**Final Answer:** 2θ ≈ {tt4_w:.2f}°
""",
    round(tt4_w, 2),
    "degree",
    "wrong_formula",
    f"Indexing: BCC needs h + k + l even, so (100) and (111) are absent and the third line is "
    f"(211); 2θ = {tt4:.2f}°",
)

# ---------------------------------------------------------------- defects

# def_01: vacancies per m³ in Al at 600 °C.
n_al = 2.70e6 * NA / 26.98
x01 = 0.68 / (K_EV * 873.15)
nv01 = n_al * math.exp(-x01)
add(
    "g6_def_01",
    "tex",
    f"""
Number of atomic sites:
$$N = \\frac{{\\rho N_A}}{{A}} = \\frac{{(2.70 \\times 10^{{6}}\\ \\mathrm{{g\\,m^{{-3}}}})(6.022 \\times 10^{{23}})}}{{26.98}} = {tex(n_al, 4)}\\ \\mathrm{{m^{{-3}}}}$$

With $T = 600 + 273.15 = 873.15$ K:
$$\\frac{{Q_v}}{{kT}} = \\frac{{0.68}}{{8.617 \\times 10^{{-5}} \\times 873.15}} = {g(x01, 4)}$$

$$N_v = N e^{{-Q_v/kT}} = {tex(n_al, 4)} \\times e^{{-{g(x01, 4)}}} = {tex(nv01, 3)}\\ \\mathrm{{m^{{-3}}}}$$

$$\\boxed{{N_v \\approx {tex(nv01, 3)}\\ \\mathrm{{m^{{-3}}}}}}$$
""",
    sci(nv01),
    "1/m**3",
)
x01_w = 0.68 / (K_EV * 600)
nv01_w = n_al * math.exp(-x01_w)
add(
    "g6_def_01",
    "terse",
    f"""
N = ρN_A/A = 2.70×10⁶ × 6.022×10²³/26.98 = {uni(n_al, 4)} m⁻³
Q_v/kT = 0.68/(8.617×10⁻⁵ × 600) = {g(x01_w, 4)}
N_v = {uni(n_al, 4)} × e^(−{g(x01_w, 4)}) = {uni(nv01_w, 3)} m⁻³

N_v ≈ {uni(nv01_w, 3)} vacancies/m³
""",
    sci(nv01_w),
    "1/m**3",
    "unit_conversion",
    f"Temperature: 600 °C is 873.15 K, not 600 K; N_v = {uni(nv01, 3)} m⁻³",
)

# def_06: Schottky defects in KCl at 650 °C.
x06 = 2.3 / (2 * K_EV * 923.15)
ns06 = 2.2e22 * math.exp(-x06)
add(
    "g6_def_06",
    "prose",
    f"""
In an ionic crystal a Schottky defect is a cation vacancy plus an anion vacancy, and because two vacancies form together the equilibrium number is n_s = N exp(−Q_s/2kT), with N the number of cation sites per unit volume.

Here T = 650 + 273.15 = 923.15 K, so Q_s/2kT = 2.3/(2 × 8.617 × 10⁻⁵ × 923.15) = {g(x06, 4)}. Then n_s = 2.2 × 10²² × exp(−{g(x06, 4)}) = {uni(ns06, 3)} cm⁻³.

Therefore, the answer is {uni(ns06, 3)} Schottky defects per cm³.
""",
    sci(ns06),
    "1/cm**3",
)
x06_w = 2.3 / (K_EV * 923.15)
ns06_w = 2.2e22 * math.exp(-x06_w)
add(
    "g6_def_06",
    "markdown",
    f"""
### Step 1: Temperature
T = 650 °C + 273.15 = **923.15 K**

### Step 2: Boltzmann factor
The defect population is n_s = N exp(−Q_s/kT):
- Q_s/kT = 2.3/(8.617 × 10⁻⁵ × 923.15) = **{g(x06_w, 4)}**
- exp(−{g(x06_w, 4)}) = {uni(math.exp(-x06_w), 3)}

### Step 3: Number of defects
- n_s = 2.2 × 10²² × {uni(math.exp(-x06_w), 3)} = **{uni(ns06_w, 3)} cm⁻³**

**Final Answer:** ≈ {uni(ns06_w, 3)} defects per cm³
""",
    sci(ns06_w),
    "1/cm**3",
    "missing_factor",
    f"Step 2: a Schottky pair gives exp(−Q_s/2kT), the 2 is dropped; n_s = {uni(ns06, 3)} cm⁻³",
)

# ---------------------------------------------------------------- diffusion

# diff_03: carburising time.
ratio03 = (0.45 - 0.15) / (1.00 - 0.15)
z03 = float(erfinv(1 - ratio03))
t03 = (6e-4) ** 2 / (4 * 1.6e-11 * round(z03, 4) ** 2)
add(
    "g6_diff_03",
    "markdown",
    f"""
### Step 1: Concentration ratio
(C_x − C₀)/(C_s − C₀) = (0.45 − 0.15)/(1.00 − 0.15) = {g(ratio03, 4)} = 1 − erf(z)

so erf(z) = {g(1 - ratio03, 4)}.

### Step 2: Invert the error function
Interpolating in the erf table between erf(0.65) = 0.6420 and erf(0.70) = 0.6778 (or with a calculator): **z ≈ {round(z03, 4)}**

### Step 3: Time
z = x/(2√(Dt)) → t = x²/(4Dz²)
- t = (6.0 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × {round(z03, 4)}²) = **{g(t03, 4)} s**
- t = {g(t03, 4)}/3600 = **{g(t03 / 3600, 3)} h**

**Final Answer:** about {g(t03 / 3600, 3)} hours
""",
    fl(t03 / 3600, 3),
    "hour",
)
t03_w = 3.6e-8 / (4 * 1.6e-11 * round(z03, 4) ** 2)
add(
    "g6_diff_03",
    "terse",
    f"""
(C_x − C₀)/(C_s − C₀) = 0.30/0.85 = {g(ratio03, 4)} → erf z = {g(1 - ratio03, 4)} → z = {round(z03, 4)}
t = x²/(4Dz²), x² = (6.0×10⁻⁴)² = 3.6×10⁻⁸ m²
t = 3.6×10⁻⁸/(4 × 1.6×10⁻¹¹ × {g(round(z03, 4) ** 2, 4)}) = {g(t03_w, 4)} s

t ≈ {g(t03_w / 3600, 3)} h
""",
    fl(t03_w / 3600, 3),
    "hour",
    "arithmetic_slip",
    f"x²: (6.0 × 10⁻⁴ m)² = 3.6 × 10⁻⁷ m², not 3.6 × 10⁻⁸; t = {g(t03 / 3600, 3)} h",
)

# diff_04: activation energy from two diffusivities.
inv04 = 1 / 873.15 - 1 / 1073.15
ln04 = math.log(3.2e-12 / 5.8e-14)
q04 = R * ln04 / inv04
add(
    "g6_diff_04",
    "tex",
    f"""
From $D = D_0 e^{{-Q/RT}}$ at two temperatures,
$$Q = \\frac{{R \\ln(D_2/D_1)}}{{1/T_1 - 1/T_2}}$$

$T_1 = 873.15$ K, $T_2 = 1073.15$ K, so $1/T_1 - 1/T_2 = {tex(inv04, 4)}\\ \\mathrm{{K^{{-1}}}}$ and $\\ln(3.2 \\times 10^{{-12}}/5.8 \\times 10^{{-14}}) = {g(ln04, 4)}$.

$$Q = \\frac{{8.314 \\times {g(ln04, 4)}}}{{{tex(inv04, 4)}}} = {g(q04, 4)}\\ \\mathrm{{J/mol}}$$

$$\\boxed{{Q \\approx {g(q04 / 1000, 4)}\\ \\mathrm{{kJ/mol}}}}$$
""",
    fl(q04 / 1000, 4),
    "kJ/mol",
)
q04_w = 1.987 * ln04 / inv04
add(
    "g6_diff_04",
    "prose",
    f"""
Taking the ratio of the two Arrhenius expressions eliminates D₀: ln(D₂/D₁) = (Q/R)(1/T₁ − 1/T₂). With T₁ = 873 K and T₂ = 1073 K, 1/T₁ − 1/T₂ = {uni(inv04, 4)} K⁻¹, and ln(3.2 × 10⁻¹²/5.8 × 10⁻¹⁴) = {g(ln04, 4)}. Using R = 1.987, Q = 1.987 × {g(ln04, 4)}/{uni(inv04, 4)} = {g(q04_w, 4)}.

Therefore, the answer is {g(q04_w / 1000, 3)} kJ/mol.
""",
    fl(q04_w / 1000, 3),
    "kJ/mol",
    "wrong_constant",
    f"R = 1.987 is in cal/(mol·K); with R = 8.314 J/(mol·K), Q = {g(q04 / 1000, 4)} kJ/mol",
)

# ---------------------------------------------------------------- mechanical properties

# mech_01: true stress.
st = 420 * 1.18
add(
    "g6_mech_01",
    "bare",
    f"""
Before necking the volume is constant, so σ_T = σ(1 + ε).

σ_T = 420 × (1 + 0.18) = 420 × 1.18

{g(st, 4)}
""",
    fl(st, 4),
    "MPa",
)
st_w = 420 * 1.08
add(
    "g6_mech_01",
    "terse",
    f"""
σ_T = σ_E(1 + ε_E)   (uniform deformation, constant volume)
= 420 MPa × (1 + 0.08)
= {g(st_w, 4)} MPa
""",
    fl(st_w, 4),
    "MPa",
    "given_miscopied",
    f"The engineering strain is 0.18, not 0.08; σ_T = 420 × 1.18 = {g(st, 4)} MPa",
)

# mech_02: true strain at the neck.
lr = math.log(12.8 / 10.2)
add(
    "g6_mech_02",
    "markdown",
    f"""
The true strain is defined through the area, ε_T = ln(A₀/A_i), and for a round bar A ∝ d²:

- ε_T = ln(d₀²/d²) = 2 ln(d₀/d)
- d₀/d = 12.8/10.2 = {g(12.8 / 10.2, 5)}
- ln({g(12.8 / 10.2, 5)}) = {g(lr, 5)}
- ε_T = 2 × {g(lr, 5)} = **{2 * lr:.3f}**

**Final Answer:** ε_T = {2 * lr:.3f}
""",
    round(2 * lr, 3),
    "dimensionless",
)
add(
    "g6_mech_02",
    "prose",
    f"""
True strain is the natural logarithm of the ratio of dimensions, ε_T = ln(d₀/d). Here d₀/d = 12.8/10.2 = {g(12.8 / 10.2, 5)}, and ln({g(12.8 / 10.2, 5)}) = {g(lr, 5)}.

Therefore, the answer is {lr:.3f}.
""",
    round(lr, 3),
    "dimensionless",
    "missing_factor",
    f"ε_T = ln(A₀/A) = 2 ln(d₀/d); the factor 2 from A ∝ d² is dropped; ε_T = {2 * lr:.3f}",
)

# mech_06: Schmid's law.
m6 = 1 / math.sqrt(2) / math.sqrt(3)
add(
    "g6_mech_06",
    "tex",
    f"""
Angles with the tensile axis $[001]$:
$$\\cos\\phi = \\frac{{[001]\\cdot[011]}}{{1 \\cdot \\sqrt{{2}}}} = \\frac{{1}}{{\\sqrt2}} = 0.7071, \\qquad \\cos\\lambda = \\frac{{[001]\\cdot[1\\bar{{1}}1]}}{{1 \\cdot \\sqrt{{3}}}} = \\frac{{1}}{{\\sqrt3}} = 0.5774$$

Schmid factor $m = 0.7071 \\times 0.5774 = {g(m6, 4)}$.

$$\\sigma_y = \\frac{{\\tau_{{CRSS}}}}{{\\cos\\phi\\cos\\lambda}} = \\frac{{30}}{{{g(m6, 4)}}} = {g(30 / m6, 4)}\\ \\mathrm{{MPa}}$$

$$\\boxed{{\\sigma_y \\approx {g(30 / m6, 3)}\\ \\text{{MPa}}}}$$
""",
    fl(30 / m6, 3),
    "MPa",
)
add(
    "g6_mech_06",
    "final_line",
    f"""
Schmid's law links the applied stress and the resolved shear stress through the Schmid factor.

- cos φ (between [001] and the plane normal [011]) = 1/√2 = 0.7071
- cos λ (between [001] and the slip direction [11̄1]) = 1/√3 = 0.5774
- m = cos φ cos λ = {g(m6, 4)}

The stress needed is σ = τ_CRSS × cos φ cos λ = 30 × {g(m6, 4)} = {g(30 * m6, 3)} MPa.

**Final Answer:** σ ≈ {g(30 * m6, 3)} MPa
""",
    fl(30 * m6, 3),
    "MPa",
    "wrong_formula",
    f"Schmid's law: τ = σ cos φ cos λ, so σ = τ/(cos φ cos λ) = {g(30 / m6, 3)} MPa; "
    "the response multiplies instead of dividing",
)

# ---------------------------------------------------------------- failure

# fail_01: stress intensity factor of a central crack.
k01 = 310 * math.sqrt(math.pi * 0.002)
add(
    "g6_fail_01",
    "terse",
    f"""
K = Yσ√(πa), a = half-length of the internal crack = 4.0/2 = 2.0 mm = 0.0020 m
√(π × 0.0020) = {g(math.sqrt(math.pi * 0.002), 4)}
K = 1.0 × 310 × {g(math.sqrt(math.pi * 0.002), 4)} = {g(k01, 4)} MPa√m

K ≈ {g(k01, 3)} MPa·m^1/2
""",
    fl(k01, 3),
    "MPa*m**0.5",
)
k01_w = 310 * math.sqrt(math.pi * 0.004)
add(
    "g6_fail_01",
    "markdown",
    f"""
### Stress intensity factor
K = Yσ√(πa)

### Values
- Y = 1.0
- σ = 310 MPa
- a = crack length = 4.0 mm = 0.004 m

### Calculation
- √(π × 0.004) = {g(math.sqrt(math.pi * 0.004), 4)} m^1/2
- K = 1.0 × 310 × {g(math.sqrt(math.pi * 0.004), 4)} = **{g(k01_w, 4)} MPa·m^1/2**

**Final Answer:** K ≈ {g(k01_w, 3)} MPa√m
""",
    fl(k01_w, 3),
    "MPa*m**0.5",
    "wrong_formula",
    f"For a central (internal) crack a is half the total length, 2.0 mm; K = {g(k01, 3)} MPa√m",
)

# fail_03: Basquin cycles to failure.
rev = (400 / 1050) ** (1 / -0.085)
add(
    "g6_fail_03",
    "prose",
    f"""
Basquin's relation is σ_a = σ_f'(2N_f)^b, where 2N_f is the number of reversals. Solving, 2N_f = (σ_a/σ_f')^(1/b) = (400/1050)^(1/−0.085) = ({g(400 / 1050, 4)})^({g(1 / -0.085, 4)}). Since ln(0.3810) = {g(math.log(400 / 1050), 4)}, the exponent gives ln(2N_f) = {g(math.log(rev), 4)}, so 2N_f = {uni(rev, 3)} reversals. One cycle contains two reversals, so N_f = {uni(rev / 2, 3)} cycles.

Therefore, the answer is about {uni(rev / 2, 3)} cycles.
""",
    sci(rev / 2),
    "dimensionless",
)
add(
    "g6_fail_03",
    "tex",
    f"""
$$\\sigma_a = \\sigma_f'(2N_f)^b \\Rightarrow 2N_f = \\left(\\frac{{\\sigma_a}}{{\\sigma_f'}}\\right)^{{1/b}} = \\left(\\frac{{400}}{{1050}}\\right)^{{-1/0.085}}$$

$$\\ln(2N_f) = \\frac{{\\ln(0.38095)}}{{-0.085}} = \\frac{{{g(math.log(400 / 1050), 4)}}}{{-0.085}} = {g(math.log(rev), 4)}$$

$$2N_f = e^{{{g(math.log(rev), 4)}}} = {tex(rev, 3)}$$

The expected fatigue life is

$$\\boxed{{N \\approx {tex(rev, 3)}\\ \\text{{cycles}}}}$$
""",
    sci(rev),
    "dimensionless",
    "wrong_quantity",
    f"2N_f counts reversals; the cycles to failure are N_f = {uni(rev / 2, 3)}",
)

# fail_09: Griffith fracture stress.
sc = math.sqrt(2 * 69e9 * 0.30 / (math.pi * 1.0e-6))
add(
    "g6_fail_09",
    "markdown",
    f"""
### Step 1: Crack size
For an internal crack the Griffith half-length is a = 2.0 µm/2 = **1.0 × 10⁻⁶ m**.

### Step 2: Griffith criterion
σ_c = √(2Eγ_s/(πa))
- 2Eγ_s = 2 × 69 × 10⁹ × 0.30 = 4.14 × 10¹⁰ N²/m³
- πa = {uni(math.pi * 1e-6, 4)} m
- σ_c = √({uni(2 * 69e9 * 0.30 / (math.pi * 1e-6), 4)}) = **{uni(sc, 4)} Pa**

**Final Answer:** σ_c ≈ {g(sc / 1e6, 4)} MPa
""",
    fl(sc / 1e6, 4),
    "MPa",
)
sc_w = math.sqrt(69e9 * 0.30 / (math.pi * 1.0e-6))
add(
    "g6_fail_09",
    "terse",
    f"""
a = 2.0/2 = 1.0 µm (internal crack)
σ_c = √(Eγ_s/(πa)) = √(69×10⁹ × 0.30/(π × 1.0×10⁻⁶))
= √({uni(69e9 * 0.30 / (math.pi * 1e-6), 4)}) = {uni(sc_w, 4)} Pa

σ_c ≈ {g(sc_w / 1e6, 3)} MPa
""",
    fl(sc_w / 1e6, 3),
    "MPa",
    "missing_factor",
    f"Griffith: σ_c = √(2Eγ_s/(πa)); the 2 is dropped; σ_c = {g(sc / 1e6, 4)} MPa",
)

# ---------------------------------------------------------------- phase diagrams

# phase_02: proeutectoid ferrite fraction.
w02 = (0.76 - 0.45) / (0.76 - 0.022)
add(
    "g6_phase_02",
    "terse",
    f"""
Lever rule on the tie line just below 727 °C, between α (0.022 wt% C) and the eutectoid (0.76 wt% C):
W_α' = (0.76 − 0.45)/(0.76 − 0.022) = 0.31/0.738 = {g(w02, 4)}

W_α' = {w02:.3f}
""",
    round(w02, 3),
    "dimensionless",
)
add(
    "g6_phase_02",
    "final_line",
    f"""
For a hypoeutectoid steel the proeutectoid ferrite is found with the lever rule between the ferrite solubility limit (0.022 wt% C) and the eutectoid composition (0.76 wt% C):

W_α' = (0.76 − 0.45)/(0.76 − 0.022) = 0.31/0.738 = {g(w02, 4)}

Expressed for the microstructure, this is {100 * w02:.1f}.

**Final Answer:** {100 * w02:.1f}
""",
    round(100 * w02, 1),
    "dimensionless",
    "percent_fraction",
    f"The question asks a mass fraction to three decimals, {w02:.3f}; the response writes the "
    "percentage as the fraction",
)

# phase_05: eutectic microconstituent.
we = (40 - 18.3) / (61.9 - 18.3)
add(
    "g6_phase_05",
    "tex",
    f"""
Just below the eutectic the alloy consists of primary $\\alpha$ plus eutectic microconstituent. The lever rule between $C_\\alpha = 18.3$ and $C_E = 61.9$ wt% Sn gives the eutectic fraction:

$$W_e = \\frac{{C_0 - C_\\alpha}}{{C_E - C_\\alpha}} = \\frac{{40 - 18.3}}{{61.9 - 18.3}} = \\frac{{21.7}}{{43.6}} = {g(we, 4)}$$

(The $\\beta$ composition, 97.8 wt% Sn, is not needed here.)

$$\\boxed{{W_e = {we:.3f}}}$$
""",
    round(we, 3),
    "dimensionless",
)
wa = 1 - we
add(
    "g6_phase_05",
    "bare",
    f"""
Lever rule with the tie line from α (18.3 wt% Sn) to the eutectic point (61.9 wt% Sn), the fulcrum at 40 wt% Sn:

W = (61.9 − 40)/(61.9 − 18.3) = 21.9/43.6

{wa:.3f}
""",
    round(wa, 3),
    "dimensionless",
    "wrong_quantity",
    f"(61.9 − 40)/43.6 is the primary α fraction; the eutectic fraction is (40 − 18.3)/43.6 = "
    f"{we:.3f}",
)

# ---------------------------------------------------------------- transformations

# trans_02: critical nucleus radius.
r02 = 2 * 0.177 * 1358.15 / (1.83e9 * 210)
add(
    "g6_trans_02",
    "markdown",
    f"""
### Formula
r* = −2γT_m/(ΔH_f ΔT)

### Data
- γ = 0.177 J/m², T_m = 1085 + 273.15 = **1358.15 K**
- ΔH_f = −1.83 × 10⁹ J/m³, ΔT = 210 K

### Calculation
- numerator: 2 × 0.177 × 1358.15 = {g(2 * 0.177 * 1358.15, 4)}
- denominator: 1.83 × 10⁹ × 210 = {uni(1.83e9 * 210, 4)}
- r* = {g(2 * 0.177 * 1358.15, 4)}/{uni(1.83e9 * 210, 4)} = **{uni(r02, 3)} m**

**Final Answer:** r* ≈ {g(r02 * 1e9, 3)} nm
""",
    fl(r02 * 1e9, 3),
    "nm",
)
add(
    "g6_trans_02",
    "terse",
    f"""
r* = 2γT_m/(ΔH_f ΔT)
= 2(0.177)(1358.15)/((−1.83×10⁹)(210))
= {g(2 * 0.177 * 1358.15, 4)}/({uni(-1.83e9 * 210, 4)})
= {uni(-r02, 3)} m

r* = {g(-r02 * 1e9, 3)} nm
""",
    -fl(r02 * 1e9, 3),
    "nm",
    "sign_error",
    f"r* = −2γT_m/(ΔH_f ΔT): with ΔH_f negative the radius is positive, {g(r02 * 1e9, 3)} nm",
)

# trans_08: ideal Gibbs energy of mixing.
s08 = 0.3 * math.log(0.3) + 0.7 * math.log(0.7)
g08 = R * 800 * s08
add(
    "g6_trans_08",
    "prose",
    f"""
For an ideal solution there is no heat of mixing, so ΔG_mix = −TΔS_mix = RT[x_A ln x_A + x_B ln x_B]. With x_B = 0.30 and x_A = 0.70, the bracket is 0.30 ln 0.30 + 0.70 ln 0.70 = {g(0.3 * math.log(0.3), 4)} + ({g(0.7 * math.log(0.7), 4)}) = {g(s08, 4)}. Then ΔG_mix = 8.314 × 800 × ({g(s08, 4)}) = {g(g08, 4)} J/mol.

Therefore, the answer is {g(g08 / 1000, 3)} kJ/mol.
""",
    fl(g08 / 1000, 3),
    "kJ/mol",
)
add(
    "g6_trans_08",
    "tex",
    f"""
$$\\Delta G_{{mix}} = RT\\left[x_A\\ln x_A + x_B\\ln x_B\\right]$$

$$x_A\\ln x_A + x_B\\ln x_B = 0.7\\ln 0.7 + 0.3\\ln 0.3 = {g(s08, 4)}$$

$$\\Delta G_{{mix}} = 8.314 \\times 800 \\times ({g(s08, 4)}) = {g(g08, 4)}\\ \\mathrm{{J\\,mol^{{-1}}}}$$

$$\\boxed{{\\Delta G_{{mix}} \\approx {g(g08 / 100, 3)}\\ \\mathrm{{kJ\\,mol^{{-1}}}}}}$$
""",
    fl(g08 / 100, 3),
    "kJ/mol",
    "final_miscopied",
    f"{g(g08, 4)} J/mol is {g(g08 / 1000, 3)} kJ/mol; the boxed value shifts the decimal point",
)

# ---------------------------------------------------------------- electrical

# elec_03: resistance of a copper wire.
a03 = math.pi * 0.8**2  # mm²
r03 = 1.72e-8 * 35 / (a03 * 1e-6)
add(
    "g6_elec_03",
    "final_line",
    f"""
R = ρL/A, with A = πd²/4 = π(1.6 mm)²/4 = {g(a03, 4)} mm² = {uni(a03 * 1e-6, 4)} m².

R = (1.72 × 10⁻⁸ Ω·m)(35 m)/({uni(a03 * 1e-6, 4)} m²) = {g(r03, 4)} Ω

**Final Answer:** R ≈ {g(r03 * 1000, 3)} mΩ
""",
    fl(r03 * 1000, 3),
    "milliohm",
)
r03_w = 1.72e-8 * 35 / (a03 * 1e-4)
add(
    "g6_elec_03",
    "markdown",
    f"""
**Cross-section.** A = π(d/2)² = π(0.8 mm)² = {g(a03, 4)} mm² = {uni(a03 * 1e-4, 4)} m²

**Resistance.**
- R = ρL/A = 1.72 × 10⁻⁸ × 35/{uni(a03 * 1e-4, 4)}
- R = {uni(r03_w, 4)} Ω

In milliohms: R ≈ **{g(r03_w * 1000, 3)} mΩ**
""",
    fl(r03_w * 1000, 3),
    "milliohm",
    "unit_conversion",
    f"1 mm² = 10⁻⁶ m², not 10⁻⁴ m²; A = {uni(a03 * 1e-6, 4)} m² and R = {g(r03 * 1000, 3)} mΩ",
)

# elec_07: Hall voltage.
den07 = 8.5e28 * E_CH * 5.0e-4
vh = 20 * 1.5 / den07
add(
    "g6_elec_07",
    "tex",
    f"""
$$V_H = \\frac{{IB}}{{n e t}} = \\frac{{(20)(1.5)}}{{(8.5 \\times 10^{{28}})(1.602 \\times 10^{{-19}})(5.0 \\times 10^{{-4}})}}$$

Denominator: $8.5 \\times 10^{{28}} \\times 1.602 \\times 10^{{-19}} \\times 5.0 \\times 10^{{-4}} = {tex(den07, 4)}$

$$V_H = \\frac{{30}}{{{tex(den07, 4)}}} = {tex(vh, 3)}\\ \\mathrm{{V}}$$

$$\\boxed{{V_H \\approx {g(vh * 1e6, 3)}\\ \\mu\\mathrm{{V}}}}$$
""",
    fl(vh * 1e6, 3),
    "microvolt",
)
den07_w = den07 / 10
vh_w = 30 / den07_w
add(
    "g6_elec_07",
    "bare",
    f"""
V_H = IB/(net)
net = 8.5×10²⁸ × 1.602×10⁻¹⁹ × 5.0×10⁻⁴ = {uni(den07_w, 4)}
V_H = 30/{uni(den07_w, 4)} = {uni(vh_w, 3)} V

{g(vh_w * 1e6, 3)}
""",
    fl(vh_w * 1e6, 3),
    "microvolt",
    "arithmetic_slip",
    f"Denominator: 8.5×10²⁸ × 1.602×10⁻¹⁹ × 5.0×10⁻⁴ = {uni(den07, 4)}, not {uni(den07_w, 4)}; "
    f"V_H = {g(vh * 1e6, 3)} µV",
)

# ---------------------------------------------------------------- magnetic

# mag_04: saturation magnetisation of magnetite.
v04 = (0.839e-9) ** 3
ms04 = 32 * MU_B / v04
add(
    "g6_mag_04",
    "markdown",
    f"""
### Step 1: Bohr magnetons per unit cell
- 8 formula units × 4 μ_B = **32 μ_B** per cell

### Step 2: Cell volume
- a³ = (0.839 × 10⁻⁹ m)³ = **{uni(v04, 4)} m³**

### Step 3: Saturation magnetisation
- M_s = n_B μ_B/a³ = 32 × 9.274 × 10⁻²⁴/{uni(v04, 4)} = **{uni(ms04, 3)} A/m**

**Final Answer:** M_s ≈ {uni(ms04, 3)} A/m
""",
    sci(ms04),
    "A/m",
)
v04_w = (0.893e-9) ** 3
ms04_w = 32 * MU_B / v04_w
add(
    "g6_mag_04",
    "prose",
    f"""
Only the Fe²⁺ ions contribute, 4 Bohr magnetons per formula unit, and with 8 formula units per cell the net moment is 32 μ_B per cell. The cell volume is a³ = (0.893 × 10⁻⁹ m)³ = {uni(v04_w, 4)} m³, so M_s = 32 × 9.274 × 10⁻²⁴ A·m²/{uni(v04_w, 4)} m³ = {uni(ms04_w, 3)} A/m.

Therefore, the answer is {uni(ms04_w, 3)} A/m.
""",
    sci(ms04_w),
    "A/m",
    "given_miscopied",
    f"The cell edge is 0.839 nm, not 0.893 nm; M_s = {uni(ms04, 3)} A/m",
)


if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
