"""Build tests/data/worked_answers_heldout10.jsonl: blind worked answers to 20 questions of set K.

Written blind to 20 questions of ``answer_exam_heldout10.json`` (exam set K), spread over all
fourteen of its topics and skipping the must-refuse items; the answer engine, its checker and its
solver were not read. Every question has two responses: one correct throughout, and one with exactly
one labelled mistake (``worked_answers_check.ERROR_CLASSES``) whose note names the first wrong step
and the value it should have had. Twelve of the twenty mistakes are physics or chemistry errors
carried through with clean arithmetic (√2 for √3 with a 111 reflection, °C used as K in the vacancy
count, the Arrhenius ratio turned round, the diameter used as the radius of the load-bearing area,
the 2 dropped from the Griffith relation, the lever rule turned round for pearlite, the Avrami
fraction used as the untransformed one, the two mobilities added for an electron's drift, μ_r
dropped in the solenoid core, the second surface of the window dropped, the width and thickness
swapped in the flexural formula, log₁₀ used for ln in a concentration cell); the other eight are
slips (a g→kg slip, an h→s slip, a wrong Bohr magneton, a power-of-ten slip in a division, an
arithmetic slip in an area, a mis-copied atomic mass, a fraction where a percentage is asked, a
mis-copied final exponent).

Writing styles copied from chat models: "### Step" markdown with bullets, TeX display maths
closing with ``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains,
a "Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. Constants are quoted with their values. Six responses (three right,
three wrong) close with a short sanity-check or hedging paragraph that quotes numbers other than
the final answer. All numbers are computed below, and intermediate values are rounded the way a
model rounds them, so that only the labelled step is wrong.

Run: ``python tests/data/build_worked_answers_heldout10.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout10``.
"""

from __future__ import annotations

import math

from worked_writing import C_0, H_PL, K_EV, MU_0, MU_B, NA, F, R, WorkedSet, sci, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout10", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` rounded to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


# ---------------------------------------------------------------- crystallography / XRD

# xrd_01: lattice parameter of Cu from the 111 reflection.
q = "h10a_crystallography_xrd_01"
th1 = 43.30 / 2
s1 = r(math.sin(math.radians(th1)), 5)
d1 = r(0.15406 / (2 * s1), 5)
a1 = d1 * math.sqrt(3)
add(
    q,
    "markdown",
    f"""
### Step 1: Bragg angle
- 2θ = 43.30° → θ = {th1:.2f}°
- sin θ = {s1:.5f}

### Step 2: Interplanar spacing (n = 1)
- d₁₁₁ = λ/(2 sin θ) = 0.15406 nm/(2 × {s1:.5f}) = **{d1:.5f} nm**

### Step 3: Lattice parameter
- For a cubic crystal, a = d√(h² + k² + l²) = {d1:.5f} × √3 = {a1:.5f} nm
- Converting (1 nm = 10 Å): a = **{a1 * 10:.4f} Å**

The specimen thickness and scan rate do not enter the calculation.

**Answer:** a ≈ {a1 * 10:.4f} Å

This is reasonable: the handbook value for copper is about 3.615 Å, and the atomic radius that \
follows, a√2/4 ≈ {a1 * 10 * math.sqrt(2) / 4:.3f} Å, matches the tabulated 1.28 Å.
""",
    round(a1 * 10, 4),
    "angstrom",
)
a1w = d1 * math.sqrt(2)
add(
    q,
    "tex",
    f"""
Bragg's law with $\\theta = {th1:.2f}^\\circ$:

$$d_{{111}} = \\frac{{\\lambda}}{{2\\sin\\theta}} = \\frac{{0.15406}}{{2({s1:.5f})}} = {d1:.5f}\\ \\mathrm{{nm}}$$

For a cubic lattice $a = d_{{hkl}}\\sqrt{{h^2+k^2+l^2}}$, and for the (111) planes of an FCC metal
$h^2+k^2+l^2 = 2$:

$$a = {d1:.5f}\\sqrt{{2}} = {a1w:.5f}\\ \\mathrm{{nm}}$$

$$\\boxed{{a \\approx {a1w * 10:.4f}\\ \\text{{Å}}}}$$
""",
    round(a1w * 10, 4),
    "angstrom",
    "wrong_formula",
    f"For 111, h² + k² + l² = 3, not 2, so a = d√3 = {a1:.5f} nm = {a1 * 10:.4f} Å",
)

# xrd_02: density of α-Fe in kg/m³.
q = "h10a_crystallography_xrd_02"
m2 = 2 * 55.85 / NA  # g per cell
v2 = (0.2866e-9) ** 3  # m³
rho2 = m2 * 1e-3 / v2
add(
    q,
    "given_first",
    f"""
**Given:** α-Fe, BCC, a = 0.2866 nm, A = 55.85 g/mol
**Find:** theoretical density in kg/m³

- Atoms per BCC cell: n = 8 × ⅛ + 1 = 2
- Mass of the cell: m = nA/N_A = (2 × 55.85 g/mol)/(6.022 × 10²³ mol⁻¹) = {uni(m2, 4)} g = {uni(m2 * 1e-3, 4)} kg
- Volume of the cell: V_C = a³ = (0.2866 × 10⁻⁹ m)³ = {uni(v2, 4)} m³
- ρ = m/V_C = {uni(m2 * 1e-3, 4)}/{uni(v2, 4)} = {rho2:.0f} kg/m³

**Answer:** ρ ≈ {rho2:.0f} kg/m³ (≈ {rho2 / 1000:.2f} g/cm³)
""",
    round(rho2),
    "kg/m**3",
)
rho2w = m2 / v2
add(
    q,
    "terse",
    f"""
n = 2 (BCC)
m = 2(55.85)/(6.022 × 10²³) = {uni(m2, 4)} g
V = (2.866 × 10⁻¹⁰ m)³ = {uni(v2, 4)} m³
ρ = m/V = {uni(m2, 4)}/{uni(v2, 4)} = {uni(rho2w, 3)} kg/m³
""",
    sci(rho2w, 3),
    "kg/m**3",
    "unit_conversion",
    f"The cell mass {uni(m2, 4)} is in grams and must be {uni(m2 * 1e-3, 4)} kg before dividing "
    f"by m³; ρ = {rho2:.0f} kg/m³",
)

# ---------------------------------------------------------------- defects

# defects_01: vacancies per m³ in Cu at 1000 °C.
q = "h10a_defects_01"
n1 = NA * 8.40 / 63.55 * 1e6  # m⁻³
kt1 = r(K_EV * 1273, 5)
x1 = r(0.90 / kt1, 3)
f1 = math.exp(-x1)
nv1 = n1 * f1
add(
    q,
    "prose",
    f"""
First find the number of atomic sites per unit volume, N = N_A ρ/A. With ρ = 8.40 g/cm³ = 8.40 × 10⁶ g/m³, N = (6.022 × 10²³ × 8.40 × 10⁶)/63.55 = {uni(n1, 4)} atoms/m³. The temperature is 1000 + 273 = 1273 K, and with k = 8.617 × 10⁻⁵ eV/K the product kT = {kt1:.5f} eV, so Q_v/kT = 0.90/{kt1:.5f} = {x1:.3f}. The equilibrium number of vacancies is N_v = N exp(−Q_v/kT) = {uni(n1, 4)} × exp(−{x1:.3f}) = {uni(n1, 4)} × {uni(f1, 3)} = {uni(nv1, 3)} m⁻³.

Therefore, the answer is {uni(nv1, 3)} vacancies per cubic metre.
""",
    sci(nv1, 3),
    "1/m**3",
)
kt1w = r(K_EV * 1000, 5)
x1w = r(0.90 / kt1w, 3)
f1w = math.exp(-x1w)
nv1w = n1 * f1w
add(
    q,
    "final_line",
    f"""
N = N_A ρ/A = (6.022 × 10²³ mol⁻¹)(8.40 × 10⁶ g/m³)/(63.55 g/mol) = {uni(n1, 4)} m⁻³

N_v = N exp(−Q_v/kT), with k = 8.617 × 10⁻⁵ eV/K and T = 1000:

kT = {kt1w:.5f} eV
Q_v/kT = 0.90/{kt1w:.5f} = {x1w:.3f}
N_v = {uni(n1, 4)} × exp(−{x1w:.3f}) = {uni(nv1w, 3)} m⁻³

**Final Answer:** {uni(nv1w, 3)} vacancies/m³

This looks sensible: it means roughly {f1w * 1e5:.0f} vacant sites per 100 000, the order of 10⁻⁵ \
usually quoted for metals somewhat below their melting point (1085 °C for copper).
""",
    sci(nv1w, 3),
    "1/m**3",
    "unit_conversion",
    f"T = 1000 is the Celsius value; T = 1273 K gives kT = {kt1:.5f} eV and "
    f"N_v = {uni(nv1, 3)} m⁻³",
)

# ---------------------------------------------------------------- diffusion

# diffusion_05: carburising time at 1000 °C instead of 10 h at 900 °C.
q = "h10a_diffusion_05"
q_r = r(148000 / R, 1)
inv = r(1 / 1273 - 1 / 1173, 9)
ex5 = r(q_r * inv, 4)
t5 = 10 * math.exp(ex5)
add(
    q,
    "tex",
    f"""
For the same case depth $Dt$ must stay constant, so $t_2 = t_1 D_1/D_2$:

$$t_2 = t_1 \\exp\\left[\\frac{{Q}}{{R}}\\left(\\frac{{1}}{{T_2}} - \\frac{{1}}{{T_1}}\\right)\\right]$$

with $T_1 = 1173\\ \\mathrm{{K}}$, $T_2 = 1273\\ \\mathrm{{K}}$ and $R = 8.314\\ \\mathrm{{J\\,mol^{{-1}}K^{{-1}}}}$:

$$\\frac{{Q}}{{R}} = \\frac{{148\\,000}}{{8.314}} = {q_r:.1f}\\ \\mathrm{{K}}, \\qquad
\\frac{{1}}{{1273}} - \\frac{{1}}{{1173}} = {tex(inv, 4)}\\ \\mathrm{{K^{{-1}}}}$$

$$t_2 = 10 \\exp({ex5:.4f}) = {t5:.2f}\\ \\mathrm{{h}}$$

$$\\boxed{{t_2 \\approx {t5:.2f}\\ \\mathrm{{h}}}}$$
""",
    round(t5, 2),
    "hour",
)
t5w = 10 * math.exp(-ex5)
add(
    q,
    "bare",
    f"""
Same case depth means D₁t₁ = D₂t₂, with D = D₀ exp(−Q/RT), so

t₂ = t₁ exp[(Q/R)(1/T₁ − 1/T₂)]

T₁ = 900 + 273 = 1173 K, T₂ = 1000 + 273 = 1273 K
Q/R = 148 000/8.314 = {q_r:.1f} K
1/T₁ − 1/T₂ = 1/1173 − 1/1273 = {uni(-inv, 4)} K⁻¹
exponent = {q_r:.1f} × {uni(-inv, 4)} = {-ex5:.4f}

t₂ = 10 × exp({-ex5:.4f}) = {t5w:.1f}
""",
    round(t5w, 1),
    "hour",
    "sign_error",
    f"D₁t₁ = D₂t₂ gives t₂ = t₁ exp[(Q/R)(1/T₂ − 1/T₁)]; the exponent is {ex5:.4f}, not "
    f"+{-ex5:.4f}, so t₂ = {t5:.2f} h (shorter at the higher temperature)",
)

# diffusion_06: characteristic diffusion distance after 4 h.
q = "h10a_diffusion_06"
x6 = math.sqrt(1.5e-15 * 4 * 3600)
add(
    q,
    "terse",
    f"""
x ≈ √(Dt)
t = 4 h × 3600 s/h = 14 400 s
Dt = (1.5 × 10⁻¹⁵)(14 400) = {uni(1.5e-15 * 14400, 3)} m²
x = {uni(x6, 3)} m ≈ {x6 * 1e6:.2f} µm
""",
    round(x6 * 1e6, 2),
    "micrometer",
)
x6w = math.sqrt(1.5e-15 * 4 * 60)
add(
    q,
    "markdown",
    f"""
### Step 1: Relation
- The characteristic diffusion distance is x ≈ √(Dt).

### Step 2: Time in seconds
- t = 4 h = 4 × 60 = **240 s**

### Step 3: Distance
- Dt = 1.5 × 10⁻¹⁵ m²/s × 240 s = {uni(1.5e-15 * 240, 2)} m²
- x = √({uni(1.5e-15 * 240, 2)}) = {uni(x6w, 3)} m

The characteristic diffusion distance is **{x6w * 1e6:.2f} µm**.
""",
    round(x6w * 1e6, 2),
    "micrometer",
    "unit_conversion",
    f"4 h = 14 400 s (4 × 3600), not 240 s; x = √(Dt) = {x6 * 1e6:.2f} µm",
)

# ---------------------------------------------------------------- mechanical properties

# mechanical_properties_03: lateral contraction of a 15 mm steel rod under 25 kN.
q = "h10a_mechanical_properties_03"
a3 = r(math.pi * 7.5e-3**2, 8)
s3 = 25e3 / a3
ez3 = r(s3 / 207e9, 7)
ex3 = 0.30 * ez3
dd3 = ex3 * 15e-3
add(
    q,
    "given_first",
    f"""
**Given:** d₀ = 15 mm, F = 25 kN, E = 207 GPa, ν = 0.30
**Find:** Δd in µm

- Area: A₀ = π(d₀/2)² = π(7.5 × 10⁻³ m)² = {uni(a3, 4)} m²
- Stress: σ = F/A₀ = 25 000 N/{uni(a3, 4)} m² = {s3 / 1e6:.1f} MPa
- Axial strain: ε_z = σ/E = {s3 / 1e6:.1f} MPa/207 000 MPa = {uni(ez3, 4)}
- Lateral strain: ε_x = −νε_z = −0.30 × {uni(ez3, 4)} = −{uni(ex3, 4)}
- Δd = ε_x d₀ = −{uni(ex3, 4)} × 15 mm = −{uni(dd3 * 1e3, 3)} mm

**Answer:** the diameter decreases by about {dd3 * 1e6:.2f} µm
""",
    round(dd3 * 1e6, 2),
    "micrometer",
)
a3w = r(math.pi * 15e-3**2, 8)
s3w = 25e3 / a3w
ez3w = r(s3w / 207e9, 7)
dd3w = 0.30 * ez3w * 15e-3
add(
    q,
    "prose",
    f"""
The rod is loaded in the elastic range, so Hooke's law and Poisson's ratio are enough. The cross-sectional area is A = πr² = π(15 × 10⁻³ m)² = {uni(a3w, 4)} m², which gives a tensile stress of σ = 25 000/{uni(a3w, 4)} = {s3w / 1e6:.2f} MPa. The axial strain is ε_z = σ/E = {uni(ez3w, 4)}, and the lateral strain is ε_x = −νε_z = −{uni(0.30 * ez3w, 4)}. The change in diameter is Δd = ε_x d₀ = −{uni(0.30 * ez3w, 4)} × 15 mm = −{uni(dd3w * 1e3, 3)} mm.

Therefore, the answer is a reduction of {dd3w * 1e6:.3f} µm.
""",
    round(dd3w * 1e6, 3),
    "micrometer",
    "wrong_formula",
    f"15 mm is the diameter, so A = π(7.5 × 10⁻³ m)² = {uni(a3, 4)} m², σ = {s3 / 1e6:.1f} MPa "
    f"and Δd = {dd3 * 1e6:.2f} µm",
)

# ---------------------------------------------------------------- failure

# failure_01: Griffith critical stress of a scratched pane.
q = "h10a_failure_01"
num1 = 2 * 69e9 * 0.30
den1 = math.pi * 2.5e-6
sc1 = math.sqrt(num1 / den1)
add(
    q,
    "tex",
    f"""
For a surface crack of depth $a$ the Griffith relation is

$$\\sigma_c = \\sqrt{{\\frac{{2E\\gamma_s}}{{\\pi a}}}}$$

with $E = 69\\times10^{{9}}\\ \\mathrm{{Pa}}$, $\\gamma_s = 0.30\\ \\mathrm{{J/m^2}}$ and $a = 2.5\\times10^{{-6}}\\ \\mathrm{{m}}$:

$$\\sigma_c = \\sqrt{{\\frac{{2(69\\times10^{{9}})(0.30)}}{{\\pi(2.5\\times10^{{-6}})}}}}
= \\sqrt{{\\frac{{{tex(num1, 3)}}}{{{tex(den1, 4)}}}}} = \\sqrt{{{tex(num1 / den1, 4)}}}$$

$$\\boxed{{\\sigma_c \\approx {sc1 / 1e6:.1f}\\ \\mathrm{{MPa}}}}$$

This is reasonable because it is only about 1 % of the ideal strength E/10 ≈ 6.9 GPa, and \
the 4 mm thickness plays no part since the scratch is so shallow.
""",
    round(sc1 / 1e6, 1),
    "MPa",
)
sc1w = math.sqrt(69e9 * 0.30 / den1)
add(
    q,
    "final_line",
    f"""
Griffith: σ_c = √(Eγ_s/(πa))

E = 69 GPa = 6.9 × 10¹⁰ Pa, γ_s = 0.30 J/m², a = 2.5 µm = 2.5 × 10⁻⁶ m

Eγ_s = {uni(69e9 * 0.30, 3)} J/m³
πa = {uni(den1, 4)} m
σ_c = √({uni(69e9 * 0.30 / den1, 4)}) Pa = {sc1w / 1e6:.1f} MPa

**Final Answer:** σ_c ≈ {sc1w / 1e6:.1f} MPa
""",
    round(sc1w / 1e6, 1),
    "MPa",
    "missing_factor",
    f"The Griffith relation is σ_c = √(2Eγ_s/(πa)); with the 2, σ_c = {sc1 / 1e6:.1f} MPa",
)

# failure_03: Basquin cycles to failure.
q = "h10a_failure_03"
ratio3 = r(400 / 1100, 4)
ln3 = r(math.log(ratio3), 4)
ex3b = r(ln3 / -0.09, 3)
rev3 = math.exp(ex3b)
nf3 = rev3 / 2
add(
    q,
    "markdown",
    f"""
### Step 1: Rearrange Basquin's law
- σ_a = σ_f′(2N_f)^b → 2N_f = (σ_a/σ_f′)^(1/b)

### Step 2: Substitute
- σ_a/σ_f′ = 400/1100 = {ratio3:.4f}
- ln({ratio3:.4f}) = {ln3:.4f}
- (1/b) ln(σ_a/σ_f′) = {ln3:.4f}/(−0.09) = {ex3b:.3f}
- 2N_f = e^{ex3b:.3f} = {uni(rev3, 4)} reversals

### Step 3: Cycles
- N_f = {uni(rev3, 4)}/2 = **{uni(nf3, 3)} cycles**

The shaft is expected to fail after about **{uni(nf3, 3)}** cycles.
""",
    sci(nf3, 3),
    "",
)
nf3w = sci(nf3, 3) / 10
add(
    q,
    "given_first",
    f"""
**Given:** σ_f′ = 1100 MPa, b = −0.09, σ_a = 400 MPa
**Find:** N_f

- 2N_f = (σ_a/σ_f′)^(1/b) = (400/1100)^(−11.11)
- ln(2N_f) = {ln3:.4f}/(−0.09) = {ex3b:.3f}
- 2N_f = {uni(rev3, 4)}
- N_f = {uni(nf3, 4)}

**Answer:** N_f ≈ {uni(nf3w, 3)} cycles
""",
    nf3w,
    "",
    "final_miscopied",
    f"The working ends with N_f = {uni(nf3, 4)}; the answer line drops a power of ten "
    f"and should read {uni(nf3, 3)} cycles",
)

# ---------------------------------------------------------------- phase diagrams

# phase_diagrams_03: mass of pearlite in a 2.5 kg 0.45 wt% C forging.
q = "h10a_phase_diagrams_03"
wp3 = (0.45 - 0.022) / (0.76 - 0.022)
add(
    q,
    "terse",
    f"""
Hypoeutectoid; all pearlite forms from the austenite present just above 727 °C.
W_p = (C₀ − C_α)/(C_E − C_α) = (0.45 − 0.022)/(0.76 − 0.022) = 0.428/0.738 = {wp3:.4f}
m_p = {wp3:.4f} × 2.5 kg = {wp3 * 2.5:.3f} kg
""",
    round(wp3 * 2.5, 3),
    "kg",
)
wp3w = (0.76 - 0.45) / (0.76 - 0.022)
add(
    q,
    "markdown",
    f"""
### Step 1: Identify the microstructure
- 0.45 wt% C < 0.76 wt% C, so the steel is **hypoeutectoid**: proeutectoid ferrite + pearlite.

### Step 2: Lever rule just above the eutectoid temperature
- Tie line from α (0.022 wt% C) to γ of eutectoid composition (0.76 wt% C)
- W_p = (C_E − C₀)/(C_E − C_α) = (0.76 − 0.45)/(0.76 − 0.022) = 0.31/0.738 = **{wp3w:.4f}**

### Step 3: Mass of pearlite
- m_p = {wp3w:.4f} × 2.5 kg = **{wp3w * 2.5:.3f} kg**

**Answer:** about {wp3w * 2.5:.2f} kg of pearlite

As a check, the proeutectoid ferrite fraction is {1 - wp3w:.4f}, and {wp3w:.4f} + {1 - wp3w:.4f} \
= 1, so the split between the two constituents looks consistent.
""",
    round(wp3w * 2.5, 2),
    "kg",
    "wrong_formula",
    f"The lever is turned round: pearlite is the phase on the 0.76 side, W_p = (0.45 − 0.022)/0.738 "
    f"= {wp3:.4f}, so m_p = {wp3 * 2.5:.3f} kg",
)

# ---------------------------------------------------------------- transformations / kinetics

# transformations_kinetics_01: Avrami, t for 90 % given t₀.₅ = 120 s and n = 2.5.
q = "h10a_transformations_kinetics_01"
k1 = math.log(2) / 120**2.5
t90 = (math.log(10) / k1) ** (1 / 2.5)
add(
    q,
    "prose",
    f"""
The Avrami equation is y = 1 − exp(−kt^n). At half transformation, exp(−k × 120^2.5) = 0.5, so k = ln 2/120^2.5 = 0.6931/({uni(120**2.5, 4)}) = {uni(k1, 4)} s^−2.5. For 90 % recrystallised, the untransformed fraction is 0.10, so kt^n = ln(1/0.10) = ln 10 = 2.3026. Dividing the two conditions gives (t/120)^2.5 = 2.3026/0.6931 = {math.log(10) / math.log(2):.4f}, hence t = 120 × {math.log(10) / math.log(2):.4f}^0.4 = 120 × {(math.log(10) / math.log(2)) ** 0.4:.4f} = {t90:.1f} s.

Therefore, the answer is {t90:.0f} s.
""",
    round(t90),
    "s",
)
t90w = (math.log(1 / 0.9) / k1) ** (1 / 2.5)
add(
    q,
    "tex",
    f"""
Avrami kinetics: $y = 1 - \\exp(-kt^n)$ with $n = 2.5$.

From $y = 0.5$ at $t = 120\\ \\mathrm{{s}}$:
$$k = \\frac{{\\ln 2}}{{120^{{2.5}}}} = {tex(k1, 4)}\\ \\mathrm{{s^{{-2.5}}}}$$

For 90 % recrystallised, $\\exp(-kt^n) = 0.90$:
$$t = \\left(\\frac{{\\ln(1/0.90)}}{{k}}\\right)^{{1/2.5}} = \\left(\\frac{{{math.log(1 / 0.9):.5f}}}{{{tex(k1, 4)}}}\\right)^{{0.4}}$$

$$\\boxed{{t \\approx {t90w:.1f}\\ \\mathrm{{s}}}}$$
""",
    round(t90w, 1),
    "s",
    "wrong_quantity",
    f"exp(−kt^n) is the untransformed fraction, 0.10 at 90 % recrystallised, so kt^n = ln 10 "
    f"and t = {t90:.0f} s",
)

# ---------------------------------------------------------------- electrical / semiconductors

# electrical_semiconductors_06: electron transit time along a 2.5 mm Si bar at 10 V.
q = "h10b_electrical_semiconductors_06"
e6 = 10 / 2.5e-3
v6 = 0.14 * e6
t6 = 2.5e-3 / v6
add(
    q,
    "final_line",
    f"""
Electric field: E = V/L = 10 V/(2.5 × 10⁻³ m) = {e6:.0f} V/m

Electron drift velocity: v_d = μ_e E = 0.14 m²/(V·s) × {e6:.0f} V/m = {v6:.0f} m/s

Transit time: t = L/v_d = 2.5 × 10⁻³ m/{v6:.0f} m/s = {uni(t6, 4)} s

**Final Answer:** t ≈ {t6 * 1e9:.0f} ns
""",
    round(t6 * 1e9),
    "ns",
)
v6w = (0.14 + 0.05) * e6
t6w = 2.5e-3 / v6w
add(
    q,
    "terse",
    f"""
E = 10/(2.5 × 10⁻³) = {e6:.0f} V/m
v = (μ_e + μ_h)E = (0.14 + 0.05)({e6:.0f}) = {v6w:.0f} m/s
t = L/v = (2.5 × 10⁻³)/{v6w:.0f} = {uni(t6w, 4)} s
t ≈ {t6w * 1e9:.0f} ns
""",
    round(t6w * 1e9),
    "ns",
    "wrong_formula",
    f"An electron drifts at μ_e E alone (the mobilities add only in the conductivity): "
    f"v = {v6:.0f} m/s and t = {t6 * 1e9:.0f} ns",
)

# ---------------------------------------------------------------- magnetic

# magnetic_01: saturation magnetisation of Ni.
q = "h10b_magnetic_01"
n_ni = r(8.90e6 * NA / 58.69, -25)  # atoms/m³, to 4 s.f.
ms1 = 0.60 * MU_B * n_ni
add(
    q,
    "given_first",
    f"""
**Given:** 0.60 μ_B per Ni atom, ρ = 8.90 g/cm³, A = 58.69 g/mol, μ_B = 9.274 × 10⁻²⁴ A·m²
**Find:** M_s in kA/m

- Atoms per m³: N = ρN_A/A = (8.90 × 10⁶ g/m³)(6.022 × 10²³ mol⁻¹)/(58.69 g/mol) = {uni(n_ni, 4)} m⁻³
- M_s = 0.60 μ_B N = 0.60 × 9.274 × 10⁻²⁴ × {uni(n_ni, 4)} = {uni(ms1, 4)} A/m

**Answer:** M_s ≈ {ms1 / 1e3:.0f} kA/m
""",
    round(ms1 / 1e3),
    "kA/m",
)
ms1w = 0.60 * 9.274e-23 * n_ni
add(
    q,
    "markdown",
    f"""
### Step 1: Number density of Ni atoms
- N = ρN_A/A = (8.90 × 10⁶ g/m³ × 6.022 × 10²³)/58.69 = **{uni(n_ni, 4)} m⁻³**

### Step 2: Moment per atom
- μ_B = 9.274 × 10⁻²³ A·m²
- m = 0.60 μ_B = {uni(0.60 * 9.274e-23, 4)} A·m²

### Step 3: Saturation magnetisation
- M_s = N × m = {uni(n_ni, 4)} × {uni(0.60 * 9.274e-23, 4)} = {uni(ms1w, 4)} A/m

**M_s ≈ {ms1w / 1e3:.0f} kA/m**
""",
    round(ms1w / 1e3),
    "kA/m",
    "wrong_constant",
    f"μ_B = 9.274 × 10⁻²⁴ A·m², not 10⁻²³; M_s = {uni(ms1, 4)} A/m = {ms1 / 1e3:.0f} kA/m",
)

# magnetic_03: B inside the iron plunger of a solenoid.
q = "h10b_magnetic_03"
h3 = 400 * 2.2 / 0.25
b3 = MU_0 * 150 * h3
add(
    q,
    "terse",
    f"""
H = NI/L = (400)(2.2)/0.25 = {h3:.0f} A/m
B = μ₀μ_r H = (4π × 10⁻⁷)(150)({h3:.0f}) = {b3:.4f} T
B ≈ {b3 * 1e3:.0f} mT
""",
    round(b3 * 1e3),
    "mT",
)
b3w = MU_0 * h3
add(
    q,
    "prose",
    f"""
The field strength inside a long solenoid depends only on the turns per unit length and the current: H = NI/L = 400 × 2.2/0.25 = {h3:.0f} A/m (the wire resistance of 5.5 Ω is not needed, since the current is given). The flux density is then B = μ₀H = 4π × 10⁻⁷ × {h3:.0f} = {uni(b3w, 4)} T, i.e. {b3w * 1e3:.2f} mT.

Therefore, the answer is {b3w * 1e3:.2f} mT.
""",
    round(b3w * 1e3, 2),
    "mT",
    "missing_factor",
    f"Inside the soft-iron plunger B = μ₀μ_r H; the factor μ_r = 150 is dropped. "
    f"B = {b3:.4f} T = {b3 * 1e3:.0f} mT",
)

# ---------------------------------------------------------------- optical

# optical_02: reflection of a ZnS window (two surfaces).
q = "h10b_optical_02"
r2 = ((2.20 - 1) / (2.20 + 1)) ** 2
tot2 = r2 + (1 - r2) * r2
add(
    q,
    "markdown",
    f"""
### Step 1: Reflectance of one surface
- R = [(n − 1)/(n + 1)]² = (1.20/3.20)² = **{r2:.4f}**

### Step 2: The second surface
- A fraction 1 − R = {1 - r2:.4f} enters the plate; absorption is negligible.
- At the back face a further R(1 − R) = {r2:.4f} × {1 - r2:.4f} = {r2 * (1 - r2):.4f} is reflected.

### Step 3: Total
- R_total = R + R(1 − R) = {r2:.4f} + {r2 * (1 - r2):.4f} = **{tot2:.4f}**

About **{tot2 * 100:.1f} %** of the normally incident radiation is reflected.
""",
    round(tot2 * 100, 1),
    "percent",
)
add(
    q,
    "tex",
    f"""
At normal incidence from air ($n_0 = 1$) the reflectance is

$$R = \\left(\\frac{{n - 1}}{{n + 1}}\\right)^2 = \\left(\\frac{{2.20 - 1}}{{2.20 + 1}}\\right)^2
= \\left(\\frac{{1.20}}{{3.20}}\\right)^2 = {r2:.4f}$$

$$\\boxed{{R \\approx {r2 * 100:.1f}\\,\\%}}$$
""",
    round(r2 * 100, 1),
    "percent",
    "missing_factor",
    f"Only the front face is counted; the plate's back face reflects a further R(1 − R) = "
    f"{r2 * (1 - r2):.4f}, so {tot2 * 100:.1f} % is reflected",
)

# optical_07: photons per second from a 5.0 mW He–Ne laser.
q = "h10b_optical_07"
ep7 = H_PL * C_0 / 632.8e-9
np7 = 5.0e-3 / ep7
add(
    q,
    "tex",
    f"""
Energy of one photon, with $h = 6.626\\times10^{{-34}}\\ \\mathrm{{J\\,s}}$ and $c = 2.998\\times10^{{8}}\\ \\mathrm{{m/s}}$:

$$E = \\frac{{hc}}{{\\lambda}} = \\frac{{(6.626\\times10^{{-34}})(2.998\\times10^{{8}})}}{{632.8\\times10^{{-9}}}} = {tex(ep7, 4)}\\ \\mathrm{{J}}$$

Photon rate:

$$\\dot N = \\frac{{P}}{{E}} = \\frac{{5.0\\times10^{{-3}}}}{{{tex(ep7, 4)}}} = {tex(np7, 3)}\\ \\mathrm{{s^{{-1}}}}$$

$$\\boxed{{\\dot N \\approx {tex(np7, 3)}\\ \\text{{photons/s}}}}$$

This is about what one expects: each photon carries approximately {ep7 / 1.602e-19:.2f} eV, \
so even a few milliwatts correspond to some 10¹⁶ photons every second.
""",
    sci(np7, 3),
    "1/s",
)
np7w = np7 / 10
add(
    q,
    "terse",
    f"""
E = hc/λ = (6.626 × 10⁻³⁴)(2.998 × 10⁸)/(632.8 × 10⁻⁹) = {uni(ep7, 4)} J
N = P/E = (5.0 × 10⁻³)/({uni(ep7, 4)}) = {uni(np7w, 3)} s⁻¹
≈ {uni(np7w, 3)} photons/s
""",
    sci(np7w, 3),
    "1/s",
    "arithmetic_slip",
    f"5.0 × 10⁻³/{uni(ep7, 4)} = {uni(np7, 3)}; the division loses a power of ten",
)

# ---------------------------------------------------------------- thermal

# thermal_03: heat through a window pane in an 8 h night.
q = "h10b_thermal_03"
a_th = 1.2 * 0.8
q3 = 0.96 * a_th * (18 - 8) / 0.004
e3 = q3 * 8 / 1000
add(
    q,
    "bare",
    f"""
Steady conduction through the glass (Fourier's law):

q = kAΔT/Δx
A = 1.2 × 0.8 = {a_th:.2f} m²
q = 0.96 × {a_th:.2f} × (18 − 8)/0.004 = {q3:.0f} W

Over 8 h: Q = {q3:.0f} W × 8 h = {q3 * 8:.0f} Wh

Q ≈ {e3:.2f}
""",
    round(e3, 2),
    "kWh",
)
a_thw = 0.86
q3w = 0.96 * a_thw * (18 - 8) / 0.004
e3w = q3w * 8 / 1000
add(
    q,
    "given_first",
    f"""
**Given:** pane 1.2 m × 0.8 m × 4 mm, k = 0.96 W/(m·K), T₁ = 18 °C, T₂ = 8 °C, t = 8 h
**Find:** heat conducted, in kWh

- Area: A = 1.2 × 0.8 = {a_thw:.2f} m²
- Heat flow: q = kAΔT/Δx = 0.96 × {a_thw:.2f} × 10/0.004 = {q3w:.0f} W
- Energy: Q = q t = {q3w:.0f} W × 8 h = {q3w * 8:.0f} Wh

**Answer:** Q ≈ {e3w:.1f} kWh (the density of the glass is not needed)
""",
    round(e3w, 1),
    "kWh",
    "arithmetic_slip",
    f"1.2 × 0.8 = {a_th:.2f} m², not {a_thw:.2f}; q = {q3:.0f} W and Q = {e3:.2f} kWh",
)

# ---------------------------------------------------------------- polymers

# polymers_03: percent crystallinity of a PE film.
q = "h10b_polymers_03"
pc3 = 0.998 * (0.925 - 0.870) / (0.925 * (0.998 - 0.870))
add(
    q,
    "tex",
    f"""
$$\\%\\,\\text{{crystallinity}} = \\frac{{\\rho_c(\\rho_s - \\rho_a)}}{{\\rho_s(\\rho_c - \\rho_a)}} \\times 100$$

$$= \\frac{{0.998\\,(0.925 - 0.870)}}{{0.925\\,(0.998 - 0.870)}} \\times 100
= \\frac{{{0.998 * 0.055:.5f}}}{{{0.925 * 0.128:.4f}}} \\times 100$$

$$\\boxed{{{pc3 * 100:.1f}\\,\\%}}$$
""",
    round(pc3 * 100, 1),
    "percent",
)
add(
    q,
    "final_line",
    f"""
Percent crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)]

ρ_c = 0.998 g/cm³, ρ_a = 0.870 g/cm³, ρ_s = 0.925 g/cm³

Numerator: 0.998 × (0.925 − 0.870) = 0.998 × 0.055 = {0.998 * 0.055:.5f}
Denominator: 0.925 × (0.998 − 0.870) = 0.925 × 0.128 = {0.925 * 0.128:.4f}
Ratio = {pc3:.4f}

**Final Answer:** percent crystallinity = {pc3:.3f}
""",
    round(pc3, 3),
    "percent",
    "percent_fraction",
    f"The ratio {pc3:.4f} is a fraction; the percent crystallinity is {pc3 * 100:.1f} %",
)

# ---------------------------------------------------------------- ceramics / composites

# ceramics_composites_05: three-point flexural strength of Si₃N₄.
q = "h10b_ceramics_composites_05"
sf5 = 3 * 1200 * 40e-3 / (2 * 10e-3 * (5e-3) ** 2)
add(
    q,
    "final_line",
    f"""
For a rectangular bar in three-point bending:

σ_fs = 3F_f L/(2bd²)

F_f = 1200 N, L = 40 mm = 0.040 m, b = 10 mm = 0.010 m, d = 5 mm = 0.005 m

σ_fs = 3(1200)(0.040)/[2(0.010)(0.005)²] = 144/({uni(2 * 10e-3 * (5e-3) ** 2, 2)}) = {uni(sf5, 3)} Pa

**Final Answer:** σ_fs = {sf5 / 1e6:.0f} MPa
""",
    round(sf5 / 1e6),
    "MPa",
)
sf5w = 3 * 1200 * 40e-3 / (2 * 5e-3 * (10e-3) ** 2)
add(
    q,
    "markdown",
    f"""
### Step 1: Formula
- Three-point bending, rectangular section: **σ_fs = 3FL/(2bd²)**

### Step 2: Substitute (SI units)
- F = 1.2 kN = 1200 N, L = 0.040 m
- b = 0.005 m, d = 0.010 m
- 3FL = 3 × 1200 × 0.040 = 144 N·m
- 2bd² = 2 × 0.005 × (0.010)² = {uni(2 * 5e-3 * (10e-3) ** 2, 2)} m³

### Step 3: Flexural strength
- σ_fs = 144/({uni(2 * 5e-3 * (10e-3) ** 2, 2)}) = {uni(sf5w, 3)} Pa = **{sf5w / 1e6:.0f} MPa**

The flexural strength is **{sf5w / 1e6:.0f} MPa**.
""",
    round(sf5w / 1e6),
    "MPa",
    "wrong_formula",
    f"The width b = 10 mm and the thickness d = 5 mm are swapped; 2bd² = 2(0.010)(0.005)² "
    f"= {uni(2 * 10e-3 * (5e-3) ** 2, 2)} m³, so σ_fs = {sf5 / 1e6:.0f} MPa",
)

# ---------------------------------------------------------------- corrosion

# corrosion_01: mass of a Zn anode consumed in 8 h at 2.5 A.
q = "h10b_corrosion_01"
qc1 = 2.5 * 8 * 3600
mol_e = r(qc1 / F, 5)
mzn = mol_e / 2 * 65.38
add(
    q,
    "prose",
    f"""
By Faraday's law the charge passed is Q = It = 2.5 A × (8 × 3600 s) = {qc1:.0f} C. With F = 96 485 C/mol this corresponds to {qc1:.0f}/96 485 = {mol_e:.5f} mol of electrons, and since each zinc atom gives two electrons (Zn → Zn²⁺ + 2e⁻), {mol_e / 2:.5f} mol of zinc dissolves. Its mass is {mol_e / 2:.5f} mol × 65.38 g/mol = {mzn:.2f} g.

Therefore, the answer is {mzn:.1f} g of zinc.
""",
    round(mzn, 1),
    "g",
)
mznw = mol_e / 2 * 56.38
add(
    q,
    "bare",
    f"""
m = ItA/(nF)

I = 2.5 A, t = 8 h = 28 800 s, A = 56.38 g/mol, n = 2, F = 96 485 C/mol

m = (2.5 × 28 800 × 56.38)/(2 × 96 485)
m = {mznw:.2f}
""",
    round(mznw, 2),
    "g",
    "given_miscopied",
    f"A(Zn) is 65.38 g/mol, copied as 56.38; m = {mzn:.2f} g",
)

# corrosion_09: concentration cell potential at 40 °C.
q = "h10b_corrosion_09"
t9 = 313.15
rtnf = r(R * t9 / (2 * F), 6)
ln9 = r(math.log(0.50 / 0.010), 4)
dv9 = rtnf * ln9
add(
    q,
    "given_first",
    f"""
**Given:** c₂ = 0.50 M Fe²⁺, c₁ = 0.010 M Fe²⁺, n = 2, T = 40 °C
**Find:** ΔV in mV

- T = 40 + 273.15 = 313.15 K
- RT/(nF) = (8.314 J/(mol·K) × 313.15 K)/(2 × 96 485 C/mol) = {rtnf:.6f} V
- ln(c₂/c₁) = ln(0.50/0.010) = ln 50 = {ln9:.4f}
- ΔV = {rtnf:.6f} × {ln9:.4f} = {dv9:.5f} V

**Answer:** ΔV ≈ {dv9 * 1000:.1f} mV
""",
    round(dv9 * 1000, 1),
    "mV",
)
lg9 = r(math.log10(0.50 / 0.010), 4)
dv9w = rtnf * lg9
add(
    q,
    "prose",
    f"""
The two regions of the pipe form a concentration cell. At 40 °C the absolute temperature is 313.15 K, so RT/(nF) = 8.314 × 313.15/(2 × 96 485) = {rtnf:.6f} V. The concentration ratio is c₂/c₁ = 0.50/0.010 = 50, and log 50 = {lg9:.4f}. Hence ΔV = {rtnf:.6f} × {lg9:.4f} = {dv9w:.5f} V.

Therefore, the answer is about {dv9w * 1000:.1f} mV.

That is approximately what one expects for such a cell: a few tens of millivolts, since RT/F is \
only about 27 mV at 40 °C and n = 2 halves it.
""",
    round(dv9w * 1000, 1),
    "mV",
    "wrong_formula",
    f"The given relation uses ln, not log₁₀: ln 50 = {ln9:.4f}, so ΔV = {dv9 * 1000:.1f} mV",
)

if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
