"""Build tests/data/worked_answers_heldout5b.jsonl: a second blind set of worked answers to set F.

Written blind, like ``build_worked_answers_heldout5.py`` but to 40 other questions of
``answer_exam_heldout5.json`` (none of them answered there): each question gets one response that
is right in every step and one that carries exactly one labelled error
(``worked_answers_check.ERROR_CLASSES``); a wrong record's note says where it first goes wrong and
what the right value is. The responses imitate several ways chat models write: GPT-4 markdown with
"### Step" headings and bullets, TeX-heavy answers with ``\\boxed{}``, GPT-3.5 prose ending
"Therefore, the answer is ...", terse chains of equations, answers that first restate the given
data, and a closing "**Final Answer:**" line. Intermediate values are rounded as a model rounds
them, and every number is computed here so that only the labelled step is wrong.

Must-refuse items and the items whose key lists two readings get no response.

Run: ``python tests/data/build_worked_answers_heldout5b.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout5b``.
"""

from __future__ import annotations

import math

from scipy.special import erf
from worked_writing import HC_EV_NM, K_EV, MU_0, NA, F, R, WorkedSet, fl, g, sp, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line")
SET = WorkedSet("heldout5b", exam_name="heldout5", styles=STYLES)
add = SET.add_styled


# ---------------------------------------------------------------- crystallography

# cryst_03: FCC [110] linear density.
ld = 2 / (4 * 0.1278)
add(
    "h5_cryst_03",
    "markdown",
    f"""
### Step 1: Atoms along [110]
In an FCC cell the [110] direction runs along a face diagonal. The atoms touch along it, so its length is 4R, and it contains one full atom in the centre plus two halves at the corners:

- atoms centred on the line segment: ½ + 1 + ½ = **2**

### Step 2: Length of the segment
- 4R = 4 × 0.1278 nm = {g(4 * 0.1278, 4)} nm

### Step 3: Linear density
- LD = 2 atoms / {g(4 * 0.1278, 4)} nm = **{g(ld, 3)} atoms/nm**

(The density of 8.96 g/cm³ is not needed.)

**Final Answer:** LD ≈ {g(ld, 3)} nm⁻¹
""",
    fl(ld, 3),
    "1/nm",
)
a_cu = 2 * math.sqrt(2) * 0.1278
ld_w = 1 / a_cu
add(
    "h5_cryst_03",
    "prose",
    f"""
For an FCC metal the lattice parameter is related to the atomic radius by a = 2R√2, so a = 2 × 0.1278 × 1.414 = {g(a_cu, 4)} nm. Along the [110] direction the repeat distance is the lattice parameter, and one atom is associated with each repeat distance, so the linear density is LD = 1/a = 1/{g(a_cu, 4)} nm = {g(ld_w, 3)} atoms per nm.

Therefore, the answer is {g(ld_w, 3)} atoms/nm.
""",
    fl(ld_w, 3),
    "1/nm",
    "wrong_formula",
    f"Repeat length: along [110] the repeat is the face diagonal a√2 = 4R holding 2 atoms, "
    f"LD = 1/(2R) = {g(ld, 3)} nm⁻¹, not 1/a",
)

# cryst_04: BCC Fe d220.
d220 = 0.2866 / math.sqrt(8)
add(
    "h5_cryst_04",
    "tex",
    f"""
For a cubic lattice,

$$d_{{hkl}} = \\frac{{a}}{{\\sqrt{{h^2 + k^2 + l^2}}}}$$

With $(hkl) = (220)$: $h^2 + k^2 + l^2 = 4 + 4 + 0 = 8$.

$$d_{{220}} = \\frac{{0.2866\\ \\mathrm{{nm}}}}{{\\sqrt{{8}}}} = \\frac{{0.2866}}{{2.828}} = {g(d220, 4)}\\ \\mathrm{{nm}}$$

$$\\boxed{{d_{{220}} \\approx {g(d220, 3)}\\ \\text{{nm}}}}$$
""",
    fl(d220, 3),
    "nm",
)
d220_w = 0.2866 / 2
add(
    "h5_cryst_04",
    "terse",
    f"""
d = a/√(h² + k² + l²)
h² + k² + l² = 2 + 2 + 0 = 4
d₂₂₀ = 0.2866/√4 = 0.2866/2 = {g(d220_w, 4)} nm

d₂₂₀ ≈ {g(d220_w, 3)} nm
""",
    fl(d220_w, 3),
    "nm",
    "arithmetic_slip",
    f"Sum of squares: 2² + 2² + 0² = 8, not 4; d₂₂₀ = 0.2866/√8 = {g(d220, 3)} nm",
)

# cryst_06: FCC lattice parameter from the first peak.
th6 = 43.30 / 2
d111 = 1.5418 / (2 * math.sin(math.radians(th6)))
a6 = d111 * math.sqrt(3)
assert abs(round(a6, 3) - 3.619) < 1e-9
add(
    "h5_cryst_06",
    "given_first",
    f"""
**Given:**
- FCC metal, first (lowest-angle) reflection at 2θ = 43.30°
- λ = 1.5418 Å

**Find:** lattice parameter a (Å, 3 decimals)

For FCC the reflections need h, k, l all odd or all even, so the lowest-angle peak is **(111)**, with h² + k² + l² = 3.

1. θ = 43.30°/2 = 21.65°, sin 21.65° = {g(math.sin(math.radians(th6)), 5)}
2. d₁₁₁ = λ/(2 sin θ) = 1.5418/(2 × {g(math.sin(math.radians(th6)), 5)}) = {g(d111, 5)} Å
3. a = d₁₁₁ √3 = {g(d111, 5)} × 1.73205 = {a6:.4f} Å

**a ≈ {a6:.3f} Å**
""",
    round(a6, 3),
    "angstrom",
)
a6_w = d111 * math.sqrt(2)
add(
    "h5_cryst_06",
    "markdown",
    f"""
### Step 1: Bragg angle
θ = 43.30°/2 = 21.65°

### Step 2: Interplanar spacing
d = λ/(2 sin θ) = 1.5418 Å/(2 × {g(math.sin(math.radians(th6)), 4)}) = **{g(d111, 5)} Å**

### Step 3: Index the peak
- The first peak of a cubic pattern comes from the plane family with the smallest h² + k² + l²
- Take it as **(110)**, so h² + k² + l² = 2

### Step 4: Lattice parameter
a = d√(h² + k² + l²) = {g(d111, 5)} × √2 = **{a6_w:.3f} Å**

The lattice parameter is about **{a6_w:.3f} Å**.
""",
    round(a6_w, 3),
    "angstrom",
    "wrong_formula",
    f"Step 3: (110) is absent for FCC (mixed indices); the first FCC peak is (111), "
    f"a = d√3 = {a6:.3f} Å",
)

# cryst_07: Ni (100) planar density per mm².
a_mm = 352.4e-9  # mm
pd7 = 2 / a_mm**2
add(
    "h5_cryst_07",
    "final_line",
    f"""
On a (100) face of an FCC cell there is one atom at the centre and four quarter-atoms at the corners, i.e. 2 atoms per a² of area.

a = 352.4 pm = 352.4 × 10⁻¹² m = 3.524 × 10⁻⁷ mm

a² = {uni(a_mm**2, 4)} mm²

PD = 2/a² = 2/({uni(a_mm**2, 4)} mm²) = {uni(pd7, 3)} mm⁻²

**Final Answer:** ≈ {uni(pd7, 3)} atoms/mm²
""",
    float(f"{pd7:.3g}"),
    "1/mm**2",
)
a_mm_w = 352.4e-10
pd7_w = 2 / a_mm_w**2
add(
    "h5_cryst_07",
    "tex",
    f"""
The (100) plane of FCC contains $4 \\times \\tfrac{{1}}{{4}} + 1 = 2$ atoms in an area $a^2$:

$$\\mathrm{{PD}}_{{100}} = \\frac{{2}}{{a^2}}$$

Converting, $a = 352.4\\ \\mathrm{{pm}} = 3.524 \\times 10^{{-8}}\\ \\mathrm{{mm}}$, so $a^2 = {tex(a_mm_w**2, 4)}\\ \\mathrm{{mm^2}}$.

$$\\mathrm{{PD}}_{{100}} = \\frac{{2}}{{{tex(a_mm_w**2, 4)}}} = {tex(pd7_w, 3)}\\ \\mathrm{{mm^{{-2}}}}$$

$$\\boxed{{{tex(pd7_w, 3)}\\ \\text{{atoms/mm}}^2}}$$
""",
    float(f"{pd7_w:.3g}"),
    "1/mm**2",
    "unit_conversion",
    f"Conversion: 352.4 pm = 3.524 × 10⁻⁷ mm (1 pm = 10⁻⁹ mm), not 10⁻⁸; PD = {uni(pd7, 3)} mm⁻²",
)

# ---------------------------------------------------------------- defects

# def_01: vacancy fraction in Cu at 1000 °C.
t1 = 1273.15
x1 = 0.90 / (K_EV * t1)
nv = math.exp(-x1)
add(
    "h5_def_01",
    "prose",
    f"""
The equilibrium fraction of vacant sites is given by N_v/N = exp(−Q_v/kT), where Q_v = 0.90 eV, k = 8.617 × 10⁻⁵ eV/K and the temperature must be in kelvin: T = 1000 + 273.15 = 1273.15 K.

The exponent is Q_v/kT = 0.90/(8.617 × 10⁻⁵ × 1273.15) = {g(x1, 4)}.

So N_v/N = exp(−{g(x1, 4)}) = {uni(nv, 3)}.

Therefore, the answer is {uni(nv, 3)}, i.e. about 2.7 vacancies per 10 000 atom sites.
""",
    float(f"{nv:.3g}"),
    "dimensionless",
)
x1_w = 0.90 / (K_EV * 1000)
nv_w = math.exp(-x1_w)
add(
    "h5_def_01",
    "terse",
    f"""
N_v/N = exp(−Q_v/kT)
Q_v/kT = 0.90/(8.617×10⁻⁵ × 1000) = {g(x1_w, 4)}
N_v/N = e^(−{g(x1_w, 4)}) = {uni(nv_w, 3)}

Fraction of vacant sites ≈ {uni(nv_w, 3)}
""",
    float(f"{nv_w:.3g}"),
    "dimensionless",
    "unit_conversion",
    f"Exponent: 1 000 °C was used as 1 000 K; with T = 1 273 K, N_v/N = {uni(nv, 3)}",
)

# def_03: vacancy formation energy from a ratio.
inv3 = 1 / 773.15 - 1 / 973.15
ln1500 = math.log(1500)
q3 = K_EV * ln1500 / inv3
add(
    "h5_def_03",
    "tex",
    f"""
Taking the ratio of $N_v/N = \\exp(-Q_v/kT)$ at the two temperatures:

$$\\frac{{N_2}}{{N_1}} = \\exp\\left[\\frac{{Q_v}}{{k}}\\left(\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}}\\right)\\right] \\quad\\Rightarrow\\quad Q_v = \\frac{{k \\ln(N_2/N_1)}}{{1/T_1 - 1/T_2}}$$

with $T_1 = 773.15\\ \\mathrm{{K}}$, $T_2 = 973.15\\ \\mathrm{{K}}$:

- $\\ln 1500 = {g(ln1500, 4)}$
- $1/T_1 - 1/T_2 = {tex(inv3, 4)}\\ \\mathrm{{K^{{-1}}}}$

$$Q_v = \\frac{{(8.617 \\times 10^{{-5}})({g(ln1500, 4)})}}{{{tex(inv3, 4)}}} = {g(q3, 3)}\\ \\mathrm{{eV}}$$

The answer is $\\boxed{{{g(q3, 3)}\\ \\text{{eV}}}}$
""",
    fl(q3, 3),
    "eV",
)
lg1500 = math.log10(1500)
q3_w = K_EV * lg1500 / inv3
add(
    "h5_def_03",
    "given_first",
    f"""
Given: T₁ = 500 °C = 773 K, T₂ = 700 °C = 973 K, N₂/N₁ = 1 500.

From N_v = N exp(−Q_v/kT):

log(N₂/N₁) = (Q_v/k)(1/T₁ − 1/T₂)

- log 1 500 = {g(lg1500, 4)}
- 1/773.15 − 1/973.15 = {uni(inv3, 4)} K⁻¹

Q_v = k log(N₂/N₁)/(1/T₁ − 1/T₂) = 8.617 × 10⁻⁵ × {g(lg1500, 4)}/{uni(inv3, 4)}

**Q_v ≈ {g(q3_w, 3)} eV**
""",
    fl(q3_w, 3),
    "eV",
    "wrong_formula",
    f"Logarithm: the ratio of exponentials needs ln 1 500 = {g(ln1500, 4)}, not log₁₀; "
    f"Q_v = {g(q3, 3)} eV",
)

# def_04: ASTM grain size number.
n4 = 1 + math.log2(45)
add(
    "h5_def_04",
    "markdown",
    f"""
### Step 1: Relation
The ASTM grain size number n is defined by N = 2ⁿ⁻¹, where N is the number of grains per square inch at 100×.

### Step 2: Solve for n
- n − 1 = log₂ 45 = ln 45/ln 2 = 3.8067/0.6931 = {g(math.log2(45), 4)}
- n = 1 + {g(math.log2(45), 4)} = **{n4:.3f}**

### Step 3: Round
n ≈ **{n4:.2f}**
""",
    round(n4, 2),
    "dimensionless",
)
add(
    "h5_def_04",
    "prose",
    f"""
The ASTM relation is N = 2^(n−1), with N = 45 grains per square inch measured at 100× magnification. Taking logarithms, n = 1 + ln N/ln 2 = 1 + ln 45/ln 2 = 1 + 3.807/0.6931 = 1 + {g(math.log2(45), 4)} = {n4:.3f}.

Therefore, the answer is n ≈ 6.94.
""",
    6.94,
    "dimensionless",
    "final_miscopied",
    f"Last line: the computed {n4:.3f} is copied as 6.94 (digits swapped); n = {n4:.2f}",
)

# def_06: Burgers vector in Al.
b6 = 0.4049 * math.sqrt(2) / 2
add(
    "h5_def_06",
    "terse",
    f"""
b = (a/2)⟨110⟩ → |b| = (a/2)√(1² + 1² + 0²) = a√2/2
|b| = 0.4049 × 1.4142/2 = {g(b6, 4)} nm
(G = 26 GPa is not needed.)

|b| ≈ {g(b6, 4)} nm
""",
    fl(b6, 4),
    "nm",
)
b6_w = 0.4049 * math.sqrt(2)
add(
    "h5_def_06",
    "final_line",
    f"""
For a perfect dislocation in FCC the Burgers vector lies along a close-packed ⟨110⟩ direction. Its magnitude is the length of the ⟨110⟩ vector:

|b| = a √(1² + 1² + 0²) = a√2

|b| = 0.4049 nm × 1.414 = {g(b6_w, 4)} nm

The shear modulus does not enter the calculation.

**Final Answer:** |b| ≈ {g(b6_w, 4)} nm
""",
    fl(b6_w, 4),
    "nm",
    "missing_factor",
    f"Magnitude: the vector is (a/2)⟨110⟩, so |b| = a√2/2 = {g(b6, 4)} nm; the ½ was dropped",
)

# ---------------------------------------------------------------- diffusion

# diff_01: steady-state flux.
j1 = 2.8e-11 * (1.5 - 0.3) / 4e-3
add(
    "h5_diff_01",
    "given_first",
    f"""
**Given**
- Thickness Δx = 4 mm = 4 × 10⁻³ m
- C_A = 1.5 kg/m³, C_B = 0.3 kg/m³
- D = 2.8 × 10⁻¹¹ m²/s

**Fick's first law** (steady state):

J = −D dC/dx = D (C_A − C_B)/Δx

J = (2.8 × 10⁻¹¹)(1.5 − 0.3)/(4 × 10⁻³) = (2.8 × 10⁻¹¹)(1.2)/(4 × 10⁻³)

J = {uni(j1, 2)} kg m⁻² s⁻¹
""",
    8.4e-9,
    "kg/(m**2*s)",
)
j1_w = 2.8e-11 * (1.5 - 0.5) / 4e-3
add(
    "h5_diff_01",
    "tex",
    f"""
By Fick's first law at steady state,

$$J = -D\\frac{{\\Delta C}}{{\\Delta x}} = D\\,\\frac{{C_1 - C_2}}{{\\Delta x}}$$

$$J = (2.8 \\times 10^{{-11}})\\,\\frac{{1.5 - 0.5}}{{4 \\times 10^{{-3}}}} = \\frac{{2.8 \\times 10^{{-11}}}}{{4 \\times 10^{{-3}}}} = {tex(j1_w, 2)}$$

$$\\boxed{{J = {tex(j1_w, 2)}\\ \\mathrm{{kg\\,m^{{-2}}\\,s^{{-1}}}}}}$$
""",
    float(f"{j1_w:.2g}"),
    "kg/(m**2*s)",
    "given_miscopied",
    f"Concentrations: the decarburised face is at 0.3 kg/m³, not 0.5; ΔC = 1.2 and J = {uni(j1, 2)} kg m⁻² s⁻¹",
)

# diff_03: activation energy from two D values.
ln3 = math.log(3.1e-13 / 5.8e-15)
inv_3 = 1 / 1073.15 - 1 / 1273.15
q_d = R * ln3 / inv_3 / 1000
add(
    "h5_diff_03",
    "markdown",
    f"""
### Step 1: Two-temperature Arrhenius relation
From D = D₀ exp(−Q_d/RT) at T₁ and T₂:

Q_d = R ln(D₂/D₁) / (1/T₁ − 1/T₂)

### Step 2: Values
- T₁ = 800 + 273.15 = 1073.15 K, T₂ = 1000 + 273.15 = 1273.15 K
- D₂/D₁ = 3.1 × 10⁻¹³ / 5.8 × 10⁻¹⁵ = {g(3.1e-13 / 5.8e-15, 4)}
- ln(D₂/D₁) = **{g(ln3, 4)}**
- 1/T₁ − 1/T₂ = {uni(inv_3, 4)} K⁻¹

### Step 3: Activation energy
Q_d = 8.314 × {g(ln3, 4)} / {uni(inv_3, 4)} = {sp(q_d * 1000, 4)} J/mol

**Q_d ≈ {g(q_d, 3)} kJ/mol**
""",
    fl(q_d, 3),
    "kJ/mol",
)
q_d_w = 1.987 * ln3 / inv_3 / 1000
add(
    "h5_diff_03",
    "terse",
    f"""
Q = R ln(D₂/D₁)/(1/T₁ − 1/T₂)
ln(3.1e-13/5.8e-15) = {g(ln3, 4)}
1/1073 − 1/1273 = {uni(inv_3, 4)} K⁻¹
Q = 1.987 × {g(ln3, 4)}/{uni(inv_3, 4)} = {sp(q_d_w * 1000, 4)} J/mol

Q ≈ {g(q_d_w, 3)} kJ/mol
""",
    fl(q_d_w, 3),
    "kJ/mol",
    "wrong_constant",
    f"Gas constant: 1.987 is R in cal/(mol K); with R = 8.314 J/(mol K), Q = {g(q_d, 3)} kJ/mol",
)

# diff_05: equal Dt at another temperature.
ex5 = 140000 / R * (1 / 1273.15 - 1 / 1173.15)
t5 = 10 * math.exp(ex5)
add(
    "h5_diff_05",
    "prose",
    f"""
The same carbon profile requires the same value of Dt, so D₁t₁ = D₂t₂ and t₂ = t₁(D₁/D₂). With D = D₀exp(−Q/RT), the ratio is D₁/D₂ = exp[(Q/R)(1/T₂ − 1/T₁)], where T₁ = 1173 K and T₂ = 1273 K.

The exponent is (140 000/8.314)(1/1273.15 − 1/1173.15) = 16 839 × ({uni(1 / 1273.15 - 1 / 1173.15, 4)}) = {g(ex5, 4)}, so D₁/D₂ = e^({g(ex5, 4)}) = {g(math.exp(ex5), 4)}.

Then t₂ = 10 h × {g(math.exp(ex5), 4)} = {g(t5, 3)} h.

Therefore, the answer is about {g(t5, 3)} hours.
""",
    fl(t5, 3),
    "hour",
)
t5_w = 10 * math.exp(-ex5)
add(
    "h5_diff_05",
    "final_line",
    f"""
Equal diffusion depth means equal Dt:

t₂ = t₁ D₁/D₂, D₁/D₂ = exp[(Q/R)(1/T₁ − 1/T₂)]

T₁ = 1173.15 K, T₂ = 1273.15 K

(Q/R)(1/T₁ − 1/T₂) = 16 839 K × {uni(1 / 1173.15 - 1 / 1273.15, 4)} K⁻¹ = {g(-ex5, 4)}

D₁/D₂ = e^{g(-ex5, 4)} = {g(math.exp(-ex5), 4)}

t₂ = 10 h × {g(math.exp(-ex5), 4)} = {g(t5_w, 3)} h

**Final Answer:** ≈ {g(t5_w, 3)} h
""",
    fl(t5_w, 3),
    "hour",
    "sign_error",
    f"Ratio: D₁/D₂ = exp[−(Q/R)(1/T₁ − 1/T₂)] = {g(math.exp(ex5), 4)} (the hotter treatment is faster); "
    f"t₂ = {g(t5, 3)} h",
)

# diff_06: √(Dt).
x6 = math.sqrt(4.5e-14 * 1800)
add(
    "h5_diff_06",
    "tex",
    f"""
$$x \\approx \\sqrt{{Dt}}, \\qquad t = 30\\ \\text{{min}} = 1800\\ \\text{{s}}$$

$$x = \\sqrt{{(4.5 \\times 10^{{-14}}\\ \\mathrm{{m^2/s}})(1800\\ \\mathrm{{s}})}} = \\sqrt{{8.1 \\times 10^{{-11}}\\ \\mathrm{{m^2}}}} = 9.0 \\times 10^{{-6}}\\ \\mathrm{{m}}$$

$$\\boxed{{x \\approx {g(x6 * 1e6, 2)}\\ \\mu\\text{{m}}}}$$
""",
    fl(x6 * 1e6, 2),
    "micrometer",
)
x6_w = math.sqrt(4.5e-14 * 30 * 3600)
add(
    "h5_diff_06",
    "markdown",
    f"""
### Step 1: Time in seconds
- t = 30 min × 3600 s = {sp(30 * 3600, 6)} s

### Step 2: Diffusion distance
- Dt = 4.5 × 10⁻¹⁴ × {sp(30 * 3600, 6)} = {uni(4.5e-14 * 30 * 3600, 3)} m²
- x = √(Dt) = {uni(x6_w, 3)} m

### Step 3: Convert to µm
- x ≈ **{g(x6_w * 1e6, 3)} µm**
""",
    fl(x6_w * 1e6, 3),
    "micrometer",
    "unit_conversion",
    f"Step 1: 30 min = 1 800 s (×60, not ×3600); x = √(4.5×10⁻¹⁴ · 1 800) = {g(x6 * 1e6, 2)} µm",
)

# diff_07: erf solution.
dt7 = 6e-11 * 4 * 3600
two_root = 2 * math.sqrt(dt7)
z7 = 1.5e-3 / two_root
c7 = 0.10 + 1.10 * (1 - erf(z7))
add(
    "h5_diff_07",
    "given_first",
    f"""
Given: C₀ = 0.10 wt% C, C_s = 1.20 wt% C, D = 6 × 10⁻¹¹ m²/s, t = 4 h = 14 400 s, x = 1.5 mm = 1.5 × 10⁻³ m.

Fick's second law, semi-infinite solid:

(C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt))

- Dt = 6 × 10⁻¹¹ × 14 400 = {uni(dt7, 3)} m²
- 2√(Dt) = 2 × {uni(math.sqrt(dt7), 4)} = {uni(two_root, 4)} m
- z = 1.5 × 10⁻³/{uni(two_root, 4)} = {g(z7, 4)}
- erf({g(z7, 4)}) ≈ {g(erf(z7), 4)} (interpolating the erf table)

C_x = 0.10 + (1.20 − 0.10)(1 − {g(erf(z7), 4)}) = 0.10 + 1.10 × {g(1 - erf(z7), 4)}

**C_x ≈ {g(c7, 3)} wt% C**
""",
    fl(c7, 3),
    "percent",
)
z7_w = 1.5e-3 / math.sqrt(dt7)
c7_w = 0.10 + 1.10 * (1 - erf(z7_w))
add(
    "h5_diff_07",
    "prose",
    f"""
We use the error-function solution C_x = C₀ + (C_s − C₀)[1 − erf(z)]. The time is 4 h = 14 400 s, so √(Dt) = √(6 × 10⁻¹¹ × 14 400) = √({uni(dt7, 3)}) = {uni(math.sqrt(dt7), 4)} m. The argument is z = x/√(Dt) = 1.5 × 10⁻³/{uni(math.sqrt(dt7), 4)} = {g(z7_w, 4)}, and from the table erf({g(z7_w, 3)}) ≈ {g(erf(z7_w), 4)}.

Then C_x = 0.10 + 1.10 × (1 − {g(erf(z7_w), 4)}) = 0.10 + 1.10 × {g(1 - erf(z7_w), 3)} = {g(c7_w, 3)} wt% C.

Therefore, the answer is {g(c7_w, 3)} wt% C.
""",
    fl(c7_w, 3),
    "percent",
    "missing_factor",
    f"Argument: z = x/(2√(Dt)) = {g(z7, 4)}; without the 2, erf is read far too high; C_x = {g(c7, 3)} wt% C",
)

# ---------------------------------------------------------------- mechanical

# mech_03: true stress.
st3 = 420 * 1.18
add(
    "h5_mech_03",
    "terse",
    f"""
σ_T = σ(1 + ε)
σ_T = 420 × (1 + 0.18) = 420 × 1.18 = {g(st3, 4)} MPa

σ_T ≈ {g(st3, 4)} MPa
""",
    fl(st3, 4),
    "MPa",
)
st3_w = 402 * 1.18
add(
    "h5_mech_03",
    "markdown",
    f"""
### Step 1: Relation between true and engineering stress
Before necking the volume is constant, so

- σ_T = σ(1 + ε)

### Step 2: Substitute
- σ = 402 MPa, ε = 0.18
- σ_T = 402 × 1.18 = **{g(st3_w, 4)} MPa**

The true stress at this point is about **{g(st3_w, 3)} MPa**.
""",
    fl(st3_w, 3),
    "MPa",
    "given_miscopied",
    f"Step 2: the engineering stress is 420 MPa, not 402; σ_T = 420 × 1.18 = {g(st3, 4)} MPa",
)

# mech_04: Griffith crack half-length.
a4 = 2 * 70e9 * 0.30 / (math.pi * (40e6) ** 2)
add(
    "h5_mech_04",
    "tex",
    f"""
Solving the Griffith criterion for the crack half-length,

$$\\sigma_c = \\left(\\frac{{2E\\gamma_s}}{{\\pi a}}\\right)^{{1/2}} \\;\\Rightarrow\\; a = \\frac{{2E\\gamma_s}}{{\\pi\\sigma_c^2}}$$

$$a = \\frac{{2(70 \\times 10^{{9}})(0.30)}}{{\\pi (40 \\times 10^{{6}})^2}} = \\frac{{4.2 \\times 10^{{10}}}}{{{tex(math.pi * 1.6e15, 4)}}} = {tex(a4, 3)}\\ \\mathrm{{m}}$$

$$\\boxed{{a \\approx {g(a4 * 1e6, 3)}\\ \\mu\\mathrm{{m}}}}$$
""",
    fl(a4 * 1e6, 3),
    "micrometer",
)
a4_w = 2 * 70e9 * 0.30 / (40e6) ** 2
add(
    "h5_mech_04",
    "given_first",
    f"""
Given: E = 70 GPa = 70 × 10⁹ Pa, γ_s = 0.30 J/m², σ_c = 40 MPa = 40 × 10⁶ Pa.

Squaring the Griffith equation and rearranging:

a = 2Eγ_s/σ_c²

a = (2 × 70 × 10⁹ × 0.30)/(40 × 10⁶)² = 4.2 × 10¹⁰/1.6 × 10¹⁵ = {uni(a4_w, 4)} m

So the critical half-length is a ≈ {g(a4_w * 1e6, 4)} µm.
""",
    fl(a4_w * 1e6, 4),
    "micrometer",
    "missing_factor",
    f"Rearrangement: the π in the denominator was dropped; a = 2Eγ_s/(πσ²) = {g(a4 * 1e6, 3)} µm",
)

# mech_06: stress ratio.
r6 = -90 / 280
add(
    "h5_mech_06",
    "prose",
    f"""
The stress ratio is defined as R = σ_min/σ_max. Here σ_max = +280 MPa and σ_min = −90 MPa, because the minimum stress is compressive.

R = −90/280 = {r6:.4f}

Therefore, the answer is R = {r6:.3f}.
""",
    round(r6, 3),
    "dimensionless",
)
add(
    "h5_mech_06",
    "terse",
    f"""
R = σ_min/σ_max
R = (−90 MPa)/(+280 MPa) = {r6:.4f}

**R = −0.312**
""",
    -0.312,
    "dimensionless",
    "final_miscopied",
    f"Last line: the computed {r6:.4f} is written as −0.312 (digits swapped); R = {r6:.3f}",
)

# mech_07: Larson–Miller rupture life.
tk7 = 973.15
lt7 = 24000 / tk7 - 20
tr7 = 10**lt7
add(
    "h5_mech_07",
    "markdown",
    f"""
### Step 1: Temperature in kelvin
- T = 700 + 273.15 = **973.15 K**

### Step 2: Solve the Larson–Miller parameter for log t_r
- P = T(20 + log t_r) = 24 000
- 20 + log t_r = 24 000/973.15 = {g(24000 / tk7, 5)}
- log t_r = {g(lt7, 4)}

### Step 3: Rupture life
- t_r = 10^{g(lt7, 4)} ≈ **{sp(tr7, 3)} h**

**Final Answer:** t_r ≈ {uni(tr7, 3)} h (about 5 years)
""",
    float(f"{tr7:.3g}"),
    "hour",
)
lt7_w = 20 - 24000 / tk7
tr7_w = 10**lt7_w
add(
    "h5_mech_07",
    "final_line",
    f"""
T = 973 K (700 °C)

24 000 = 973.15 (20 + log t_r)

log t_r = 20 − 24 000/973.15 = 20 − {g(24000 / tk7, 5)} = {g(lt7_w, 4)}

t_r = 10^({g(lt7_w, 4)}) h

**Final Answer:** t_r ≈ {uni(tr7_w, 3)} h
""",
    float(f"{tr7_w:.3g}"),
    "hour",
    "sign_error",
    f"Rearrangement: log t_r = 24 000/T − 20 = +{g(lt7, 4)}, not 20 − 24 000/T; t_r = {uni(tr7, 3)} h",
)

# ---------------------------------------------------------------- phase diagrams

# pd_01: lever rule, liquid percentage.
wl = (46 - 40) / (46 - 31)
add(
    "h5_pd_01",
    "given_first",
    """
**Given:** C₀ = 40 wt% Ni, C_L = 31 wt% Ni, C_α = 46 wt% Ni.

**Lever rule** for the liquid:

W_L = (C_α − C₀)/(C_α − C_L) = (46 − 40)/(46 − 31) = 6/15 = 0.40

So **40 %** of the alloy (by mass) is liquid.
""",
    40.0,
    "percent",
)
add(
    "h5_pd_01",
    "tex",
    """
Applying the lever rule across the $\\alpha + L$ tie line:

$$W_L = \\frac{C_\\alpha - C_0}{C_\\alpha - C_L} = \\frac{46 - 40}{46 - 31} = \\frac{6}{15}$$

$$W_L = 0.40$$

The percentage of liquid is $\\boxed{0.40\\%}$
""",
    0.40,
    "percent",
    "percent_fraction",
    "Last line: 0.40 is the mass fraction; as a percentage the liquid is 40 %",
)

# pd_03: total ferrite fraction.
wa3 = (6.70 - 0.60) / (6.70 - 0.022)
add(
    "h5_pd_03",
    "terse",
    f"""
Total ferrite, tie line α (0.022) – Fe₃C (6.70) below 727 °C:
W_α = (6.70 − 0.60)/(6.70 − 0.022) = 6.10/6.678 = {wa3:.4f}

W_α ≈ {wa3:.3f}
""",
    round(wa3, 3),
    "dimensionless",
)
wp3 = (0.76 - 0.60) / (0.76 - 0.022)
add(
    "h5_pd_03",
    "markdown",
    f"""
### Step 1: Identify the alloy
0.60 wt% C is **hypoeutectoid** (below 0.76 wt% C), so proeutectoid ferrite forms before the eutectoid reaction.

### Step 2: Lever rule just above the eutectoid
Using the α (0.022 wt% C) and eutectoid γ (0.76 wt% C) compositions:

- W_α′ = (0.76 − 0.60)/(0.76 − 0.022) = 0.16/0.738 = **{wp3:.4f}**

### Step 3: Result
The mass fraction of ferrite is **{wp3:.3f}**.
""",
    round(wp3, 3),
    "dimensionless",
    "wrong_quantity",
    f"Step 2: this is the proeutectoid ferrite only; the total ferrite uses the α–Fe₃C tie line, "
    f"W_α = 6.10/6.678 = {wa3:.3f}",
)

# pd_07: volume fraction from mass fractions.
va = 0.62 / 10.2
vb = 0.38 / 7.35
v7 = va / (va + vb)
add(
    "h5_pd_07",
    "final_line",
    f"""
Convert each mass fraction to a volume by dividing by the phase density:

- α: 0.62/10.2 = {va:.5f} cm³ per g of alloy
- β: 0.38/7.35 = {vb:.5f} cm³ per g of alloy

V_α = {va:.5f}/({va:.5f} + {vb:.5f}) = {va:.5f}/{va + vb:.5f} = {v7:.4f}

**Final Answer:** V_α ≈ {v7:.3f}
""",
    round(v7, 3),
    "dimensionless",
)
add(
    "h5_pd_07",
    "prose",
    f"""
To convert mass fractions into volume fractions, each mass fraction is divided by the density of its phase: W_α/ρ_α = 0.62/10.2 = {va:.4f} and W_β/ρ_β = 0.38/7.35 = {vb:.4f}. The sum is {va + vb:.4f}.

The volume fraction is then V = {vb:.4f}/{va + vb:.4f} = {1 - v7:.3f}.

Therefore, the answer is {1 - v7:.3f}.
""",
    round(1 - v7, 3),
    "dimensionless",
    "wrong_quantity",
    f"Last step: {1 - v7:.3f} is the volume fraction of β; V_α = {va:.4f}/{va + vb:.4f} = {v7:.3f}",
)

# ---------------------------------------------------------------- transformations

# trans_02: Avrami half time.
q2 = math.log(2) / 7.6e-5
t2 = q2 ** (1 / 3)
add(
    "h5_trans_02",
    "tex",
    f"""
Setting $y = 0.5$ in the Avrami equation:

$$0.5 = 1 - \\exp(-k t_{{0.5}}^{{n}}) \\;\\Rightarrow\\; t_{{0.5}} = \\left(\\frac{{\\ln 2}}{{k}}\\right)^{{1/n}}$$

$$t_{{0.5}} = \\left(\\frac{{0.6931}}{{7.6 \\times 10^{{-5}}}}\\right)^{{1/3}} = ({sp(q2, 4)})^{{1/3}} = {g(t2, 3)}\\ \\text{{min}}$$

The answer is $\\boxed{{{g(t2, 3)}\\ \\text{{min}}}}$
""",
    fl(t2, 3),
    "minute",
)
q2_w = q2 / 10
t2_w = q2_w ** (1 / 3)
add(
    "h5_trans_02",
    "prose",
    f"""
At half completion y = 0.5, so exp(−kt³) = 0.5 and kt³ = ln 2 = 0.6931. Solving for t³ gives t³ = 0.6931/(7.6 × 10⁻⁵) = {g(q2_w, 4)} min³. Taking the cube root, t = ({g(q2_w, 4)})^(1/3) = {g(t2_w, 3)} min.

Therefore, the answer is {g(t2_w, 3)} minutes.
""",
    fl(t2_w, 3),
    "minute",
    "arithmetic_slip",
    f"Division: 0.6931/7.6×10⁻⁵ = {sp(q2, 4)}, not {g(q2_w, 4)}; t₀.₅ = {g(t2, 3)} min",
)

# trans_04: homogeneous nucleation barrier.
tm4 = 1811.15
dg4 = 16 * math.pi * 0.204**3 * tm4**2 / (3 * 1.85e9**2 * 295**2)
add(
    "h5_trans_04",
    "given_first",
    f"""
**Given:** ΔH_f = −1.85 × 10⁹ J/m³, γ = 0.204 J/m², T_m = 1538 °C = 1811 K, ΔT = 295 K.

ΔG* = (16πγ³/3ΔH_f²) · T_m²/ΔT²

- γ³ = 0.204³ = {uni(0.204**3, 4)} J³/m⁶
- ΔH_f² = {uni(1.85e9**2, 4)}
- (T_m/ΔT)² = (1811.15/295)² = {g((tm4 / 295) ** 2, 4)}

ΔG* = 16π × {uni(0.204**3, 4)} × {g((tm4 / 295) ** 2, 4)} / (3 × {uni(1.85e9**2, 4)})

**ΔG* ≈ {uni(dg4, 3)} J**
""",
    float(f"{dg4:.3g}"),
    "J",
)
dg4_w = 16 * math.pi * 0.204**3 * tm4**2 / (1.85e9**2 * 295**2)
add(
    "h5_trans_04",
    "markdown",
    f"""
### Step 1: Expression for the barrier
For a spherical nucleus, with ΔG_v = ΔH_f ΔT/T_m:

- ΔG* = 16πγ³ T_m² / (ΔH_f² ΔT²)

### Step 2: Numbers
- T_m = 1538 + 273 = 1811 K
- 16π × 0.204³ = {g(16 * math.pi * 0.204**3, 4)}
- T_m²/ΔT² = {g((tm4 / 295) ** 2, 4)}
- ΔH_f² = {uni(1.85e9**2, 4)}

### Step 3: Result
- ΔG* = {g(16 * math.pi * 0.204**3, 4)} × {g((tm4 / 295) ** 2, 4)}/{uni(1.85e9**2, 4)} = **{uni(dg4_w, 3)} J**
""",
    float(f"{dg4_w:.3g}"),
    "J",
    "missing_factor",
    f"Step 1: ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²); the 3 in the denominator was dropped; ΔG* = {uni(dg4, 3)} J",
)

# trans_06: recrystallisation activation energy.
inv6 = 1 / 623.15 - 1 / 673.15
q6 = R * math.log(80 / 9) / inv6 / 1000
add(
    "h5_trans_06",
    "final_line",
    f"""
Rate ∝ 1/t₀.₅ = A exp(−Q/RT), so for the two temperatures

ln(t₁/t₂) = (Q/R)(1/T₁ − 1/T₂)

T₁ = 623.15 K (350 °C), T₂ = 673.15 K (400 °C)

ln(80/9) = {g(math.log(80 / 9), 4)}

1/623.15 − 1/673.15 = {uni(inv6, 4)} K⁻¹

Q = 8.314 × {g(math.log(80 / 9), 4)}/{uni(inv6, 4)} = {sp(q6 * 1000, 4)} J/mol

**Final Answer:** Q ≈ {g(q6, 3)} kJ/mol
""",
    fl(q6, 3),
    "kJ/mol",
)
inv6_w = 1 / 623.15 - 1 / 723.15
q6_w = R * math.log(80 / 9) / inv6_w / 1000
add(
    "h5_trans_06",
    "terse",
    f"""
1/t = A exp(−Q/RT) → Q = R ln(t₁/t₂)/(1/T₁ − 1/T₂)
T₁ = 350 + 273.15 = 623.15 K; T₂ = 450 + 273.15 = 723.15 K
ln(80/9) = {g(math.log(80 / 9), 4)}
1/T₁ − 1/T₂ = {uni(inv6_w, 4)} K⁻¹
Q = 8.314 × {g(math.log(80 / 9), 4)}/{uni(inv6_w, 4)} = {sp(q6_w * 1000, 4)} J/mol

Q ≈ {g(q6_w, 3)} kJ/mol
""",
    fl(q6_w, 3),
    "kJ/mol",
    "given_miscopied",
    f"T₂: the second anneal is at 400 °C = 673.15 K, not 450 °C; Q = {g(q6, 3)} kJ/mol",
)

# trans_08: Koistinen–Marburger.
f8 = 1 - math.exp(-0.011 * 200)
add(
    "h5_trans_08",
    "markdown",
    f"""
### Step 1: Koistinen–Marburger relation
- f_M = 1 − exp[−α(M_s − T_q)]

### Step 2: Undercooling below M_s
- M_s − T_q = 350 − 150 = 200 K

### Step 3: Fraction transformed
- α(M_s − T_q) = 0.011 × 200 = 2.2
- e^(−2.2) = {math.exp(-2.2):.4f}
- f_M = 1 − {math.exp(-2.2):.4f} = **{f8:.4f}**

**≈ {f8:.3f}** of the austenite has transformed to martensite.
""",
    round(f8, 3),
    "dimensionless",
)
add(
    "h5_trans_08",
    "tex",
    f"""
Using the Koistinen–Marburger equation,

$$1 - f_M = \\exp\\left[-\\alpha (M_s - T_q)\\right] = \\exp[-0.011 \\times (350 - 150)] = e^{{-2.2}}$$

$$e^{{-2.2}} = {math.exp(-2.2):.4f}$$

$$\\boxed{{{math.exp(-2.2):.3f}}}$$
""",
    round(math.exp(-2.2), 3),
    "dimensionless",
    "wrong_quantity",
    f"Last step: e^−2.2 = {math.exp(-2.2):.3f} is the austenite left; the fraction transformed is "
    f"1 − e^−2.2 = {f8:.3f}",
)

# ---------------------------------------------------------------- thermodynamics

# thermo_03: ideal entropy of mixing.
s3 = -R * (0.3 * math.log(0.3) + 0.7 * math.log(0.7))
add(
    "h5_thermo_03",
    "prose",
    f"""
For an ideal solid solution the molar entropy of mixing is ΔS_mix = −R(x_A ln x_A + x_B ln x_B). With x_B = 0.30 and x_A = 0.70, we have 0.3 ln 0.3 = {0.3 * math.log(0.3):.4f} and 0.7 ln 0.7 = {0.7 * math.log(0.7):.4f}, which add up to {0.3 * math.log(0.3) + 0.7 * math.log(0.7):.4f}.

So ΔS_mix = −8.314 × ({0.3 * math.log(0.3) + 0.7 * math.log(0.7):.4f}) = {g(s3, 3)} J/(mol·K).

Therefore, the answer is {g(s3, 3)} J mol⁻¹ K⁻¹.
""",
    fl(s3, 3),
    "J/(mol*K)",
)
s3_w = -1.987 * (0.3 * math.log(0.3) + 0.7 * math.log(0.7))
add(
    "h5_thermo_03",
    "given_first",
    f"""
Given: x_B = 0.30, x_A = 0.70, ideal mixing.

ΔS_mix = −R Σ x_i ln x_i

- 0.30 ln 0.30 = {0.3 * math.log(0.3):.4f}
- 0.70 ln 0.70 = {0.7 * math.log(0.7):.4f}
- Σ = {0.3 * math.log(0.3) + 0.7 * math.log(0.7):.4f}

With R = 1.987:

**ΔS_mix = 1.987 × {-(0.3 * math.log(0.3) + 0.7 * math.log(0.7)):.4f} ≈ {g(s3_w, 3)} J/(mol·K)**
""",
    fl(s3_w, 3),
    "J/(mol*K)",
    "wrong_constant",
    f"Gas constant: 1.987 is R in cal/(mol K); in J/(mol K) ΔS_mix = 8.314 × 0.6109 = {g(s3, 3)}",
)

# thermo_04: regular solution ΔG_mix.
h4 = 12000 * 0.4 * 0.6
rt4 = R * 800
sx4 = 0.4 * math.log(0.4) + 0.6 * math.log(0.6)
gm4 = h4 + rt4 * sx4
add(
    "h5_thermo_04",
    "terse",
    f"""
ΔG_mix = Ω x_A x_B + RT(x_A ln x_A + x_B ln x_B)
Ω x_A x_B = 12 000 × 0.6 × 0.4 = {sp(h4, 4)} J/mol
RT = 8.314 × 800 = {g(rt4, 5)} J/mol
Σ x ln x = 0.4 ln 0.4 + 0.6 ln 0.6 = {sx4:.4f}
RT Σ x ln x = {g(rt4 * sx4, 4)} J/mol
ΔG_mix = {sp(h4, 4)} − {sp(-rt4 * sx4, 4)} = {g(gm4, 4)} J/mol

ΔG_mix ≈ −{sp(-gm4, 4)} J/mol
""",
    fl(gm4, 4),
    "J/mol",
)
gm4_w = h4 - rt4 * sx4
add(
    "h5_thermo_04",
    "tex",
    f"""
For a regular solution,

$$\\Delta G_{{mix}} = \\Omega x_A x_B - RT\\,(x_A\\ln x_A + x_B\\ln x_B)$$

- $\\Omega x_A x_B = 12\\,000 \\times 0.4 \\times 0.6 = {g(h4, 4)}\\ \\mathrm{{J/mol}}$
- $x_A\\ln x_A + x_B\\ln x_B = 0.6\\ln 0.6 + 0.4\\ln 0.4 = {sx4:.4f}$
- $RT = 8.314 \\times 800 = {g(rt4, 5)}\\ \\mathrm{{J/mol}}$

$$\\Delta G_{{mix}} = {g(h4, 4)} - ({g(rt4, 5)})({sx4:.4f}) = {g(h4, 4)} + {g(-rt4 * sx4, 4)} = {g(gm4_w, 4)}\\ \\mathrm{{J/mol}}$$

$$\\boxed{{\\Delta G_{{mix}} \\approx {g(gm4_w, 4)}\\ \\mathrm{{J\\,mol^{{-1}}}}}}$$
""",
    fl(gm4_w, 4),
    "J/mol",
    "sign_error",
    f"Formula: the entropy term enters as +RT Σx ln x (−TΔS_mix), which is negative; "
    f"ΔG_mix = {g(gm4, 4)} J/mol",
)

# ---------------------------------------------------------------- electrical, magnetic, optical

# elec_03: voltage drop.
area3 = math.pi * 0.6e-3**2
res3 = 1.72e-8 * 15 / area3
v3 = 4 * res3
add(
    "h5_elec_03",
    "markdown",
    f"""
### Step 1: Cross-sectional area
- r = 1.2 mm/2 = 0.6 mm = 6 × 10⁻⁴ m
- A = πr² = π(6 × 10⁻⁴)² = **{uni(area3, 4)} m²**

### Step 2: Resistance of the wire
- R = ρL/A = (1.72 × 10⁻⁸ × 15)/{uni(area3, 4)} = **{g(res3, 4)} Ω**

### Step 3: Voltage drop (Ohm's law)
- V = IR = 4 × {g(res3, 4)} = **{g(v3, 3)} V**

**Final Answer:** ≈ {g(v3, 3)} V
""",
    fl(v3, 3),
    "V",
)
area3_w = math.pi * 1.2e-3**2
v3_w = 4 * 1.72e-8 * 15 / area3_w
add(
    "h5_elec_03",
    "prose",
    f"""
First we find the cross-sectional area of the wire: A = πr² = π(1.2 × 10⁻³ m)² = {uni(area3_w, 4)} m². The resistance is R = ρL/A = (1.72 × 10⁻⁸ Ω·m)(15 m)/({uni(area3_w, 4)} m²) = {g(v3_w / 4, 4)} Ω. By Ohm's law, V = IR = 4 A × {g(v3_w / 4, 4)} Ω = {g(v3_w, 3)} V.

Therefore, the answer is {g(v3_w, 3)} V.
""",
    fl(v3_w, 3),
    "V",
    "wrong_formula",
    f"Area: 1.2 mm is the diameter, so r = 0.6 mm and A = {uni(area3, 4)} m²; V = {g(v3, 3)} V",
)

# elec_05: intrinsic conductivity at 400 K.
ex5e = 1.11 / (2 * K_EV) * (1 / 300 - 1 / 400)
s5 = 4.3e-4 * math.exp(ex5e)
add(
    "h5_elec_05",
    "given_first",
    f"""
**Given:** σ(300 K) = 4.3 × 10⁻⁴ (Ω·m)⁻¹, E_g = 1.11 eV, σ ∝ exp(−E_g/2kT).

Taking the ratio at the two temperatures:

σ₄₀₀/σ₃₀₀ = exp[(E_g/2k)(1/300 − 1/400)]

- E_g/2k = 1.11/(2 × 8.617 × 10⁻⁵) = {sp(1.11 / (2 * K_EV), 4)} K
- 1/300 − 1/400 = {uni(1 / 300 - 1 / 400, 4)} K⁻¹
- exponent = {g(ex5e, 4)}, ratio = e^{g(ex5e, 4)} = {g(math.exp(ex5e), 4)}

σ₄₀₀ = 4.3 × 10⁻⁴ × {g(math.exp(ex5e), 4)} = **{g(s5, 3)} (Ω·m)⁻¹**
""",
    fl(s5, 3),
    "S/m",
)
s5_w = 4.3e-4 * math.exp(-ex5e)
add(
    "h5_elec_05",
    "terse",
    f"""
σ ∝ exp(−E_g/2kT) → σ₂/σ₁ = exp[−(E_g/2k)(1/T₁ − 1/T₂)]
E_g/2k = 1.11/(2 × 8.617e-5) = {sp(1.11 / (2 * K_EV), 4)} K
(1/300 − 1/400) = {uni(1 / 300 - 1 / 400, 4)}
σ₂/σ₁ = e^(−{g(ex5e, 4)}) = {uni(math.exp(-ex5e), 3)}
σ₂ = 4.3 × 10⁻⁴ × {uni(math.exp(-ex5e), 3)} = {uni(s5_w, 3)} (Ω m)⁻¹

σ(400 K) ≈ {uni(s5_w, 3)} S/m
""",
    float(f"{s5_w:.3g}"),
    "S/m",
    "sign_error",
    f"Exponent: σ₂/σ₁ = exp[+(E_g/2k)(1/T₁ − 1/T₂)] = {g(math.exp(ex5e), 4)} (σ rises with T); "
    f"σ = {g(s5, 3)} S/m",
)

# elec_08: parallel-plate capacitor.
c8 = 25 * 8.854e-12 * 3.2e-4 / 2.5e-4
add(
    "h5_elec_08",
    "tex",
    f"""
$$C = \\varepsilon_r \\varepsilon_0 \\frac{{A}}{{d}}$$

with $A = 3.2\\ \\mathrm{{cm^2}} = 3.2 \\times 10^{{-4}}\\ \\mathrm{{m^2}}$ and $d = 0.25\\ \\mathrm{{mm}} = 2.5 \\times 10^{{-4}}\\ \\mathrm{{m}}$:

$$C = \\frac{{25 \\times 8.854 \\times 10^{{-12}} \\times 3.2 \\times 10^{{-4}}}}{{2.5 \\times 10^{{-4}}}} = {tex(c8, 3)}\\ \\mathrm{{F}}$$

$$\\boxed{{C \\approx {g(c8 * 1e12, 3)}\\ \\mathrm{{pF}}}}$$
""",
    fl(c8 * 1e12, 3),
    "pF",
)
c8_w = 8.854e-12 * 3.2e-4 / 2.5e-4
add(
    "h5_elec_08",
    "final_line",
    f"""
A = 3.2 cm² = 3.2 × 10⁻⁴ m²
d = 0.25 mm = 2.5 × 10⁻⁴ m

C = ε A/d = (8.854 × 10⁻¹²)(3.2 × 10⁻⁴)/(2.5 × 10⁻⁴) = {uni(c8_w, 4)} F

**Final Answer:** C ≈ {g(c8_w * 1e12, 3)} pF
""",
    fl(c8_w * 1e12, 3),
    "pF",
    "missing_factor",
    f"Permittivity: ε = ε_rε₀ with ε_r = 25 was left out; C = {g(c8 * 1e12, 3)} pF",
)

# mag_02: solenoid with a core.
h2 = 400 * 1.5 / 0.25
b2 = MU_0 * 300 * h2
add(
    "h5_mag_02",
    "prose",
    f"""
The field strength inside a long coil is H = NI/l = (400 × 1.5 A)/0.25 m = {sp(h2, 4)} A/m. With the core filling the coil, B = μ₀μ_r H = (4π × 10⁻⁷ H/m)(300)({sp(h2, 4)} A/m) = {g(b2, 3)} T.

Therefore, the answer is about {g(b2, 3)} T.
""",
    fl(b2, 3),
    "T",
)
b2_w = 4 * math.pi * 1e-6 * 300 * h2
add(
    "h5_mag_02",
    "markdown",
    f"""
### Step 1: Magnetising field
- H = NI/l = 400 × 1.5/0.25 = **{sp(h2, 4)} A/m**

### Step 2: Flux density in the core
- μ₀ = 4π × 10⁻⁶ H/m = {uni(4 * math.pi * 1e-6, 4)} H/m
- B = μ_r μ₀ H = 300 × {uni(4 * math.pi * 1e-6, 4)} × {sp(h2, 4)}

B ≈ **{g(b2_w, 3)} T**
""",
    fl(b2_w, 3),
    "T",
    "wrong_constant",
    f"Step 2: μ₀ = 4π × 10⁻⁷ H/m, not 10⁻⁶; B = {g(b2, 3)} T",
)

# opt_01: absorption edge of CdS.
l1 = HC_EV_NM / 2.42
add(
    "h5_opt_01",
    "terse",
    f"""
λ_max = hc/E_g
hc = 1239.84 eV·nm
λ_max = 1239.84/2.42 = {g(l1, 4)} nm

λ_max ≈ {g(l1, 3)} nm
""",
    fl(l1, 3),
    "nm",
)
add(
    "h5_opt_01",
    "given_first",
    f"""
**Given:** E_g = 2.42 eV (CdS).

Light is absorbed by band-to-band excitation only if hν ≥ E_g, so the longest wavelength is

λ = hc/E_g = (6.626 × 10⁻³⁴ J s)(2.998 × 10⁸ m/s)/(2.42 × 1.602 × 10⁻¹⁹ J)

λ = {uni(6.626e-34 * 2.998e8, 4)}/{uni(2.42 * 1.602e-19, 4)} = {uni(6.626e-34 * 2.998e8 / (2.42 * 1.602e-19), 4)} m

**λ ≈ 51.2 nm**
""",
    51.2,
    "nm",
    "final_miscopied",
    f"Last line: the computed {uni(6.626e-34 * 2.998e8 / (2.42 * 1.602e-19), 4)} m is {g(l1, 3)} nm, "
    "written as 51.2 nm (decimal point shifted)",
)

# opt_05: absorption coefficient from two thicknesses.
lr5 = math.log(0.85 / 0.72)
b5 = lr5 / 2.0
add(
    "h5_opt_05",
    "markdown",
    f"""
### Step 1: Remove the reflection losses
For the same glass, T = (1 − R)² e^(−βx). Dividing the two transmissions cancels the reflection factor:

- T₁/T₂ = e^(β(x₂ − x₁))

### Step 2: Solve for β
- ln(0.85/0.72) = ln({g(0.85 / 0.72, 4)}) = **{g(lr5, 4)}**
- x₂ − x₁ = 40 mm − 20 mm = 20 mm = **2.0 cm**
- β = {g(lr5, 4)}/2.0 cm = **{g(b5, 3)} cm⁻¹**

**Final Answer:** β ≈ {g(b5, 3)} cm⁻¹
""",
    fl(b5, 3),
    "1/cm",
)
b5_w = lr5 / 0.20
add(
    "h5_opt_05",
    "tex",
    f"""
Taking the ratio of the two transmissions (the surface reflection factor cancels):

$$\\frac{{T_1}}{{T_2}} = e^{{\\beta (x_2 - x_1)}} \\;\\Rightarrow\\; \\beta = \\frac{{\\ln(T_1/T_2)}}{{x_2 - x_1}}$$

$$x_2 - x_1 = 20\\ \\mathrm{{mm}} = 0.20\\ \\mathrm{{cm}}$$

$$\\beta = \\frac{{\\ln(0.85/0.72)}}{{0.20}} = \\frac{{{g(lr5, 4)}}}{{0.20}} = {g(b5_w, 3)}\\ \\mathrm{{cm^{{-1}}}}$$

$$\\boxed{{\\beta \\approx {g(b5_w, 3)}\\ \\text{{cm}}^{{-1}}}}$$
""",
    fl(b5_w, 3),
    "1/cm",
    "unit_conversion",
    f"Thickness difference: 20 mm = 2.0 cm, not 0.20 cm; β = {g(lr5, 4)}/2.0 = {g(b5, 3)} cm⁻¹",
)

# ---------------------------------------------------------------- thermal

# therm_01: thermal expansion of a rail.
dl1 = 12e-6 * 12000 * 50
add(
    "h5_therm_01",
    "prose",
    f"""
The change in length is given by ΔL = αL₀ΔT. The temperature change is 40 − (−10) = 50 °C, and the original length is 12 m = 12 000 mm. So ΔL = (12 × 10⁻⁶ /°C)(12 000 mm)(50 °C) = {g(dl1, 2)} mm.

Therefore, the answer is {g(dl1, 2)} mm.
""",
    fl(dl1, 2),
    "mm",
)
add(
    "h5_therm_01",
    "final_line",
    f"""
ΔT = 40 − (−10) = 50 °C

ΔL = αL₀ΔT = 12 × 10⁻⁶ × 12 000 mm × 50 = {g(dl1, 2)} mm

L = L₀ + ΔL = 12 000 + {g(dl1, 2)} = {sp(12000 + dl1, 6)} mm

**Final Answer:** {sp(12000 + dl1, 6)} mm
""",
    12000 + dl1,
    "mm",
    "wrong_quantity",
    f"Last step: the question asks how much longer, ΔL = {g(dl1, 2)} mm, not the new length",
)

# therm_06: thermal-shock temperature drop.
dt6 = 300e6 * (1 - 0.22) / (380e9 * 8.8e-6)
add(
    "h5_therm_06",
    "tex",
    f"""
$$\\Delta T_f = \\frac{{\\sigma_f (1 - \\nu)}}{{E \\alpha}}$$

$$\\Delta T_f = \\frac{{(300 \\times 10^{{6}})(1 - 0.22)}}{{(380 \\times 10^{{9}})(8.8 \\times 10^{{-6}})}} = \\frac{{{tex(300e6 * 0.78, 3)}}}{{{tex(380e9 * 8.8e-6, 4)}}} = {g(dt6, 3)}\\ \\mathrm{{K}}$$

The thermal conductivity does not enter this constrained-surface estimate.

$$\\boxed{{\\Delta T_f \\approx {g(dt6, 3)}\\ \\mathrm{{K}}}}$$
""",
    fl(dt6, 3),
    "K",
)
add(
    "h5_therm_06",
    "given_first",
    f"""
**Given:** σ_f = 300 MPa, E = 380 GPa, α = 8.8 × 10⁻⁶ K⁻¹, ν = 0.22 (k = 30 W/(m K) is not needed).

ΔT = σ_f(1 − ν)/(Eα)

- Numerator: 300 × 10⁶ × 0.78 = {uni(300e6 * 0.78, 3)} Pa
- Denominator: 380 × 10⁹ × 8.8 × 10⁻⁶ = {uni(380e9 * 8.8e-6, 4)} Pa/K
- ΔT = {uni(300e6 * 0.78, 3)}/{uni(380e9 * 8.8e-6, 4)} = {g(dt6, 4)} K

**Maximum quench ΔT ≈ 7.00 K**
""",
    7.00,
    "K",
    "final_miscopied",
    f"Last line: the computed {g(dt6, 4)} K is copied as 7.00 K (decimal point shifted); ΔT = {g(dt6, 3)} K",
)

# ---------------------------------------------------------------- polymers

# poly_01: degree of polymerisation of PVC.
m1 = 2 * 12.011 + 3 * 1.008 + 35.45
dp1 = 85000 / m1
add(
    "h5_poly_01",
    "markdown",
    f"""
### Step 1: Repeat-unit molar mass
The PVC repeat unit is –CH₂–CHCl–, i.e. C₂H₃Cl:

| Atom | Count | Mass (g/mol) |
|---|---|---|
| C | 2 | 24.022 |
| H | 3 | 3.024 |
| Cl | 1 | 35.45 |

- m = **{m1:.3f} g/mol**

### Step 2: Degree of polymerisation
- DP = M_n/m = 85 000/{m1:.2f} = **{sp(dp1, 4)}**

**Final Answer:** DP ≈ {sp(dp1, 4)}
""",
    fl(dp1, 4),
    "dimensionless",
)
m1_w = 2 * 12.011 + 3 * 1.008 + 17
dp1_w = 85000 / m1_w
add(
    "h5_poly_01",
    "terse",
    f"""
repeat unit C₂H₃Cl
m = 2(12.011) + 3(1.008) + 17 = {m1_w:.2f} g/mol
DP = 85 000/{m1_w:.2f} = {sp(dp1_w, 4)}

DP ≈ {sp(dp1_w, 4)}
""",
    fl(dp1_w, 4),
    "dimensionless",
    "wrong_constant",
    f"Repeat-unit mass: chlorine's atomic weight is 35.45 g/mol (17 is its atomic number); "
    f"m = {m1:.2f} g/mol, DP = {sp(dp1, 4)}",
)

# poly_02: polydispersity index.
table = [(10000, 0.10), (20000, 0.25), (30000, 0.35), (40000, 0.20), (50000, 0.10)]
mn2 = sum(x * m for m, x in table)
s2 = sum(x * m * m for m, x in table)
mw2 = s2 / mn2
pdi = mw2 / mn2
add(
    "h5_poly_02",
    "given_first",
    f"""
**Given** (number fractions x_i):

| M_i (g/mol) | x_i | x_iM_i | x_iM_i² |
|---|---|---|---|
| 10 000 | 0.10 | 1 000 | {uni(0.10 * 1e8, 3)} |
| 20 000 | 0.25 | 5 000 | {uni(0.25 * 4e8, 3)} |
| 30 000 | 0.35 | 10 500 | {uni(0.35 * 9e8, 3)} |
| 40 000 | 0.20 | 8 000 | {uni(0.20 * 16e8, 3)} |
| 50 000 | 0.10 | 5 000 | {uni(0.10 * 25e8, 3)} |

- M_n = Σx_iM_i = {sp(mn2, 5)} g/mol
- Σx_iM_i² = {uni(s2, 3)}
- M_w = Σx_iM_i²/Σx_iM_i = {uni(s2, 3)}/{sp(mn2, 5)} = {sp(mw2, 5)} g/mol

**PDI = M_w/M_n = {sp(mw2, 5)}/{sp(mn2, 5)} = {pdi:.3f}**
""",
    round(pdi, 3),
    "dimensionless",
)
mn2_w = mn2 - 1000  # the 30 000 row taken as 9 500
s2_w = s2
mw2_w = s2_w / mn2_w
pdi_w = mw2_w / mn2_w
add(
    "h5_poly_02",
    "prose",
    f"""
The number-average molecular weight is M_n = Σx_iM_i = 0.10(10 000) + 0.25(20 000) + 0.35(30 000) + 0.20(40 000) + 0.10(50 000) = 1 000 + 5 000 + 9 500 + 8 000 + 5 000 = {sp(mn2_w, 5)} g/mol. The weight-average is M_w = Σx_iM_i²/Σx_iM_i, where Σx_iM_i² = 1.0 × 10⁷ + 1.0 × 10⁸ + 3.15 × 10⁸ + 3.2 × 10⁸ + 2.5 × 10⁸ = {uni(s2_w, 3)}, so M_w = {uni(s2_w, 3)}/{sp(mn2_w, 5)} = {sp(mw2_w, 5)} g/mol.

The polydispersity index is M_w/M_n = {sp(mw2_w, 5)}/{sp(mn2_w, 5)} = {pdi_w:.3f}.

Therefore, the answer is {pdi_w:.3f}.
""",
    round(pdi_w, 3),
    "dimensionless",
    "arithmetic_slip",
    f"M_n: 0.35 × 30 000 = 10 500, not 9 500; M_n = {sp(mn2, 5)} g/mol and PDI = {pdi:.3f}",
)

# ---------------------------------------------------------------- ceramics and composites

# cc_01: transverse modulus.
inv1 = 0.45 / 3.5 + 0.55 / 230
e1 = 1 / inv1
add(
    "h5_cc_01",
    "terse",
    f"""
Transverse (isostress): 1/E_ct = V_m/E_m + V_f/E_f
1/E_ct = 0.45/3.5 + 0.55/230 = {0.45 / 3.5:.5f} + {0.55 / 230:.5f} = {inv1:.5f} GPa⁻¹
E_ct = 1/{inv1:.5f} = {g(e1, 3)} GPa

E_ct ≈ {g(e1, 3)} GPa
""",
    fl(e1, 3),
    "GPa",
)
e1_w = 0.45 * 3.5 + 0.55 * 230
add(
    "h5_cc_01",
    "final_line",
    f"""
**Rule of mixtures** for a continuous-fibre lamina:

E_c = E_m V_m + E_f V_f

- V_f = 0.55, V_m = 0.45
- E_c = 3.5 × 0.45 + 230 × 0.55 = {g(0.45 * 3.5, 4)} + {g(0.55 * 230, 4)} = {g(e1_w, 4)} GPa

**Final Answer:** E ≈ {g(e1_w, 3)} GPa
""",
    fl(e1_w, 3),
    "GPa",
    "wrong_formula",
    f"Relation: perpendicular to the fibres the phases carry equal stress (isostress), "
    f"1/E = V_m/E_m + V_f/E_f gives {g(e1, 3)} GPa; the isostrain sum is the longitudinal modulus",
)

# cc_06: MgO density.
a6c = 0.4213e-7
rho6 = 4 * (24.305 + 15.999) / (a6c**3 * NA)
add(
    "h5_cc_06",
    "prose",
    f"""
MgO has the rock-salt structure, which contains 4 Mg²⁺ and 4 O²⁻ ions per unit cell, i.e. n′ = 4 formula units. The formula weight is 24.305 + 15.999 = 40.304 g/mol. The cell volume is a³ = (0.4213 × 10⁻⁷ cm)³ = {uni(a6c**3, 4)} cm³.

The density is ρ = n′(A_Mg + A_O)/(a³N_A) = (4 × 40.304)/({uni(a6c**3, 4)} × 6.022 × 10²³) = {g(4 * 40.304, 5)}/{g(a6c**3 * NA, 4)} = {g(rho6, 3)} g/cm³.

Therefore, the answer is {g(rho6, 3)} g/cm³.
""",
    fl(rho6, 3),
    "g/cm**3",
)
a6c_w = 0.4123e-7
rho6_w = 4 * (24.305 + 15.999) / (a6c_w**3 * NA)
add(
    "h5_cc_06",
    "markdown",
    f"""
### Step 1: Formula units per cell
Rock salt (NaCl structure): **n′ = 4** MgO units per cubic cell.

### Step 2: Cell volume
- a = 0.4123 nm = 4.123 × 10⁻⁸ cm
- a³ = **{uni(a6c_w**3, 4)} cm³**

### Step 3: Density
- ρ = n′(A_Mg + A_O)/(a³N_A)
- ρ = 4 × 40.304/({uni(a6c_w**3, 4)} × 6.022 × 10²³)
- ρ = **{g(rho6_w, 3)} g/cm³**
""",
    fl(rho6_w, 3),
    "g/cm**3",
    "given_miscopied",
    f"Step 2: the lattice parameter is 0.4213 nm, not 0.4123; ρ = {g(rho6, 3)} g/cm³",
)

# cc_09: porosity of a refractory brick.
p9 = 1 - 3.45 / 3.98
add(
    "h5_cc_09",
    "given_first",
    f"""
Given: ρ_bulk = 3.45 g/cm³, ρ_theoretical = 3.98 g/cm³ (the firing temperature of 1 600 °C does not enter).

Porosity = 1 − ρ_bulk/ρ_th = 1 − 3.45/3.98 = 1 − {3.45 / 3.98:.4f} = {p9:.4f}

**Porosity ≈ {g(p9 * 100, 3)} vol%**
""",
    fl(p9 * 100, 3),
    "percent",
)
add(
    "h5_cc_09",
    "terse",
    f"""
P = 1 − ρ_b/ρ_t
P = 1 − 3.45/3.98 = 1 − {3.45 / 3.98:.4f}

P = {p9:.3f} %
""",
    round(p9, 3),
    "percent",
    "percent_fraction",
    f"Last line: {p9:.3f} is the volume fraction; as a percentage the porosity is {g(p9 * 100, 3)} %",
)

# ---------------------------------------------------------------- corrosion

# corr_04: corrosion current density from a penetration rate.
year_s = 365.25 * 24 * 3600
r_cm = 0.012 / year_s
i4 = r_cm * 2 * F * 7.87 / 55.85
add(
    "h5_corr_04",
    "tex",
    f"""
From $r = \\dfrac{{iM}}{{nF\\rho}}$, the current density is

$$i = \\frac{{r\\,n F \\rho}}{{M}}$$

Converting the penetration rate: $0.12\\ \\mathrm{{mm/yr}} = 0.012\\ \\mathrm{{cm}}/(3.156 \\times 10^{{7}}\\ \\mathrm{{s}}) = {tex(r_cm, 4)}\\ \\mathrm{{cm/s}}$.

$$i = \\frac{{({tex(r_cm, 4)})(2)(96\\,485)(7.87)}}{{55.85}} = {tex(i4, 3)}\\ \\mathrm{{A/cm^2}}$$

$$\\boxed{{i \\approx {g(i4 * 1e6, 3)}\\ \\mu\\mathrm{{A/cm^2}}}}$$
""",
    fl(i4 * 1e6, 3),
    "microampere/cm**2",
)
nfr = 2 * F * 7.87 / 55.85
nfr_w = nfr * 10
i4_w = r_cm * nfr_w
add(
    "h5_corr_04",
    "markdown",
    f"""
### Step 1: Penetration rate in cm/s
- 0.12 mm/yr = 0.012 cm/yr
- 1 yr = 3.156 × 10⁷ s → r = **{uni(r_cm, 4)} cm/s**

### Step 2: Rearrange the rate equation
- i = r n F ρ / M

### Step 3: Evaluate
- nFρ/M = 2 × 96 485 × 7.87/55.85 = **{sp(nfr_w, 4)}** C/cm³
- i = {uni(r_cm, 4)} × {sp(nfr_w, 4)} = **{uni(i4_w, 3)} A/cm²**

**Final Answer:** i ≈ {g(i4_w * 1e6, 3)} µA/cm²
""",
    fl(i4_w * 1e6, 3),
    "microampere/cm**2",
    "arithmetic_slip",
    f"Step 3: 2 × 96 485 × 7.87/55.85 = {sp(nfr, 4)}, not {sp(nfr_w, 4)}; i = {g(i4 * 1e6, 3)} µA/cm²",
)

if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
