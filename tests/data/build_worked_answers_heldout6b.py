"""Build tests/data/worked_answers_heldout6b.jsonl: a second blind set of worked answers to set G.

Written blind, like ``build_worked_answers_heldout6.py`` but to 20 other questions of
``answer_exam_heldout6.json`` (none of them answered there), without reading the answer engine,
the checker or the solver: each question gets one response that is right in every step and one
that carries exactly one labelled error (``worked_answers_check.ERROR_CLASSES``); a wrong record's
note says where it first goes wrong and what the right value is. Half of the wrong responses are
wrong physics with sound arithmetic (a wrong relation or structure, a dropped factor, another
quantity than the one asked, a given used in the wrong role), the rest slips (arithmetic, units,
a miscopied given or final value, a wrong constant, a sign, a fraction written as a percentage).
The responses imitate several ways chat models write: GPT-4 markdown with "### Step" headings and
bullets, TeX-heavy answers with ``\\boxed{}``, GPT-3.5 prose ending "Therefore, the answer is ...",
terse chains of equations, answers that first restate the given data, a closing
"**Final Answer:**" line, and a few bare final numbers whose unit is only in the question.
Intermediate values are rounded as a model rounds them, and every number is computed here so that
only the labelled step is wrong.

Must-refuse items and the items whose key lists two readings get no response.

Run: ``python tests/data/build_worked_answers_heldout6b.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout6b``.
"""

from __future__ import annotations

import math

from worked_writing import HC_EV_NM, K_EV, SIGMA, R, WorkedSet, fl, g, sci, sp, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout6b", exam_name="heldout6", styles=STYLES)
add = SET.add_styled


# ---------------------------------------------------------------- crystallography

# cryst_05: Mo BCC (110) planar density.
a5 = 0.3147
area5 = a5 * a5 * math.sqrt(2)
pd5 = 2 / area5
add(
    "g6_cryst_05",
    "markdown",
    f"""
### Step 1: Geometry of the (110) plane in BCC
- The (110) plane cuts the cube along a face diagonal: it is a rectangle of sides **a** and **a√2**
- It contains the body-centre atom (fully) and four corner atoms shared by four such rectangles:
  - 1 + 4 × ¼ = **2 atoms**

### Step 2: Area
- a = 0.3147 nm
- A = a × a√2 = √2 a² = 1.4142 × (0.3147)² = 1.4142 × {g(a5**2, 4)} = **{g(area5, 4)} nm²**

### Step 3: Planar density
- PD = 2 / {g(area5, 4)} nm² = **{g(pd5, 4)} atoms/nm²**

(The atomic weight and melting point are not needed.)

The planar density of Mo (110) is about **{g(pd5, 3)} atoms/nm²**.
""",
    fl(pd5, 3),
    "1/nm**2",
)
pd5_w = 2 / a5**2
add(
    "g6_cryst_05",
    "tex",
    f"""
For the BCC (110) plane, the atoms in the plane are the body-centre atom and the corner atoms,
giving $1 + 4 \\times \\tfrac14 = 2$ atoms per planar cell. The planar cell is a square of side $a$:

$$A_{{110}} = a^2 = (0.3147\\ \\mathrm{{nm}})^2 = {g(a5**2, 4)}\\ \\mathrm{{nm^2}}$$

$$\\mathrm{{PD}}_{{110}} = \\frac{{2}}{{a^2}} = \\frac{{2}}{{{g(a5**2, 4)}}} = {g(pd5_w, 4)}\\ \\mathrm{{nm^{{-2}}}}$$

$$\\boxed{{\\mathrm{{PD}}_{{110}} \\approx {g(pd5_w, 3)}\\ \\text{{atoms/nm}}^2}}$$
""",
    fl(pd5_w, 3),
    "1/nm**2",
    "wrong_formula",
    f"Planar cell: the (110) plane is a rectangle a × a√2, not a square a²; "
    f"PD = 2/(√2 a²) = {g(pd5, 3)} nm⁻²",
)

# cryst_07: X-ray wavelength from the Cr 110 line at 2θ = 44.4°.
d7 = 2.885 / math.sqrt(2)
s7 = math.sin(math.radians(22.2))
lam7 = 2 * round(d7, 4) * round(s7, 4)
add(
    "g6_cryst_07",
    "given_first",
    f"""
**Given:**
- Cr, BCC, a = 2.885 Å
- 110 reflection at 2θ = 44.4° (diffraction angles are quoted as 2θ)

**Find:** the wavelength λ.

1. d₁₁₀ = a/√(1² + 1² + 0²) = 2.885/√2 = {d7:.4f} Å
2. θ = 44.4°/2 = 22.2°, sin 22.2° = {s7:.4f}
3. Bragg (n = 1): λ = 2d sin θ = 2 × {d7:.4f} × {s7:.4f} = {lam7:.4f} Å

**λ ≈ {lam7:.3f} Å** (Cu Kα radiation)
""",
    round(lam7, 3),
    "angstrom",
)
s7_w = math.sin(math.radians(44.4))
lam7_w = 2 * round(d7, 4) * round(s7_w, 4)
add(
    "g6_cryst_07",
    "prose",
    f"""
For a cubic crystal the interplanar spacing is d = a/√(h² + k² + l²), so for the (110) planes of chromium d = 2.885/√2 = {d7:.4f} Å. Bragg's law for first-order diffraction is nλ = 2d sin θ with n = 1, and the line is observed at 44.4°, so sin 44.4° = {s7_w:.4f}. Then λ = 2 × {d7:.4f} × {s7_w:.4f} = {lam7_w:.4f} Å.

Therefore, the answer is {lam7_w:.3f} Å.
""",
    round(lam7_w, 3),
    "angstrom",
    "wrong_quantity",
    f"44.4° is the diffraction angle 2θ; Bragg's law needs θ = 22.2°, λ = {lam7:.3f} Å",
)

# ---------------------------------------------------------------- point defects, dislocations

# def_02: temperature where the vacancy fraction is 1e-5.
ln5 = math.log(1e5)
t2 = 1.05 / (K_EV * round(ln5, 3))
add(
    "g6_def_02",
    "prose",
    f"""
The equilibrium vacancy fraction is N_v/N = exp(−Q_v/kT). Taking the natural logarithm and solving for T gives T = Q_v/(k ln(N/N_v)). Here ln(1/1.0 × 10⁻⁵) = ln(10⁵) = {ln5:.3f}, and with Boltzmann's constant k = 8.617 × 10⁻⁵ eV/K, T = 1.05/(8.617 × 10⁻⁵ × {ln5:.3f}) = 1.05/{uni(K_EV * round(ln5, 3), 4)} = {g(t2, 4)} K.

Therefore, the answer is {g(t2, 4)} K.
""",
    fl(t2, 4),
    "K",
)
t2_w = 1.50 / (K_EV * round(ln5, 3))
add(
    "g6_def_02",
    "markdown",
    f"""
### Step 1: Vacancy equation
N_v/N = exp(−Q_v/kT)  →  **T = Q_v / [k ln(N/N_v)]**

### Step 2: Values
- Q_v = 1.50 eV
- k = 8.617 × 10⁻⁵ eV/K
- ln(N/N_v) = ln(10⁵) = **{ln5:.3f}**

### Step 3: Temperature
- k ln(N/N_v) = 8.617 × 10⁻⁵ × {ln5:.3f} = {uni(K_EV * round(ln5, 3), 4)} eV/K
- T = 1.50 / {uni(K_EV * round(ln5, 3), 4)} = **{g(t2_w, 4)} K**

The vacancy fraction reaches 10⁻⁵ at about **{g(t2_w, 4)} K**.
""",
    fl(t2_w, 4),
    "K",
    "given_miscopied",
    f"Step 2: the formation energy is 1.05 eV, not 1.50 eV; T = {g(t2, 4)} K",
)

# def_07: dislocation density.
rho7 = 4.5e6 / 1.5e-6
add(
    "g6_def_07",
    "bare",
    """
ρ = total line length / volume

L = 4 500 km = 4.5 × 10⁶ m, V = 1.5 cm³ = 1.5 × 10⁻⁶ m³

ρ = 4.5 × 10⁶ / 1.5 × 10⁻⁶

3.0 × 10¹²
""",
    rho7,
    "1/m**2",
)
rho7_w = 4.5e6 / 1.5e-4
add(
    "g6_def_07",
    "terse",
    f"""
ρ_d = L/V
L = 4 500 km = 4.5 × 10⁶ m
V = 1.5 cm³ = 1.5 × 10⁻⁴ m³
ρ_d = 4.5 × 10⁶ / 1.5 × 10⁻⁴ = {uni(rho7_w, 2)} m⁻²
""",
    rho7_w,
    "1/m**2",
    "unit_conversion",
    "V: 1 cm³ = 10⁻⁶ m³, so V = 1.5 × 10⁻⁶ m³ and ρ = 3.0 × 10¹² m⁻²",
)

# ---------------------------------------------------------------- diffusion

# diff_05: carburising time at 1000 °C for the same profile (Dt constant).
t1k, t2k = 1173.0, 1273.0
inv5 = 1 / t2k - 1 / t1k
qr5 = 140000 / R
x5 = qr5 * inv5
t5 = 10 * math.exp(round(x5, 4))
add(
    "g6_diff_05",
    "final_line",
    f"""
The same carbon profile means the same value of Dt, so

t₂ = t₁ · D₁/D₂ = t₁ · exp[(Q/R)(1/T₂ − 1/T₁)]

- T₁ = 900 + 273 = 1173 K, T₂ = 1000 + 273 = 1273 K
- 1/T₂ − 1/T₁ = {uni(1 / t2k, 5)} − {uni(1 / t1k, 5)} = −{uni(-inv5, 4)} K⁻¹
- Q/R = 140 000/8.314 = {qr5:.1f} K
- exponent = {qr5:.1f} × (−{uni(-inv5, 4)}) = {x5:.4f}
- t₂ = 10 h × exp({x5:.4f}) = 10 × {math.exp(round(x5, 4)):.4f} = {t5:.3f} h

**Final Answer:** about {g(t5, 3)} h
""",
    fl(t5, 3),
    "hour",
)
t5_w = 10 * math.exp(-round(x5, 4))
add(
    "g6_diff_05",
    "tex",
    f"""
Equal case depth requires $D_1 t_1 = D_2 t_2$, hence

$$t_2 = t_1\\,\\frac{{D_1}}{{D_2}} = t_1 \\exp\\!\\left[\\frac{{Q}}{{R}}\\left(\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}}\\right)\\right]$$

With $T_1 = 1173\\ \\mathrm{{K}}$ and $T_2 = 1273\\ \\mathrm{{K}}$:

$$\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}} = {tex(-inv5, 4)}\\ \\mathrm{{K^{{-1}}}}, \\qquad \\frac{{Q}}{{R}} = \\frac{{140\\,000}}{{8.314}} = {qr5:.1f}\\ \\mathrm{{K}}$$

$$t_2 = 10\\ \\mathrm{{h}} \\times \\exp({-x5:.4f}) = 10 \\times {math.exp(-round(x5, 4)):.4f}$$

$$\\boxed{{t_2 \\approx {g(t5_w, 3)}\\ \\mathrm{{h}}}}$$
""",
    fl(t5_w, 3),
    "hour",
    "sign_error",
    f"D₁/D₂ = exp[(Q/R)(1/T₂ − 1/T₁)] (D₂ > D₁, so t₂ < t₁); the bracket's sign is reversed, "
    f"t₂ = {g(t5, 3)} h",
)

# diff_09: percentage increase of D from 1100 K to 1150 K, Q = 2.9 eV.
inv9 = 1 / 1100 - 1 / 1150
qk9 = 2.9 / K_EV
x9 = qk9 * inv9
ratio9 = math.exp(round(x9, 4))
inc9 = (ratio9 - 1) * 100
add(
    "g6_diff_09",
    "given_first",
    f"""
**Given:** Q = 2.9 eV, T₁ = 1100 K, T₂ = 1150 K, k = 8.617 × 10⁻⁵ eV/K

**Find:** the percentage increase of D.

D₂/D₁ = exp[(Q/k)(1/T₁ − 1/T₂)]

- Q/k = 2.9/8.617 × 10⁻⁵ = {qk9:.0f} K
- 1/T₁ − 1/T₂ = 1/1100 − 1/1150 = {uni(inv9, 4)} K⁻¹
- exponent = {qk9:.0f} × {uni(inv9, 4)} = {x9:.4f}
- D₂/D₁ = e^{x9:.4f} = {ratio9:.4f}

Increase = ({ratio9:.4f} − 1) × 100 % = **{g(inc9, 3)} %**
""",
    fl(inc9, 3),
    "percent",
)
add(
    "g6_diff_09",
    "bare",
    f"""
D₂/D₁ = exp[(Q/k)(1/T₁ − 1/T₂)] = exp[{qk9:.0f} × {uni(inv9, 4)}] = exp({x9:.4f}) = {ratio9:.3f}

Increase = D₂/D₁ − 1 = {ratio9 - 1:.2f}

{ratio9 - 1:.2f}
""",
    round(ratio9 - 1, 2),
    "percent",
    "percent_fraction",
    f"Last line: {ratio9 - 1:.2f} is the fractional increase; as a percentage D rises by "
    f"{g(inc9, 3)} %",
)

# ---------------------------------------------------------------- mechanical properties

# mech_03: elastic elongation of a tie rod.
area3 = math.pi * 8.0**2 / 4
sig3 = 12000 / round(area3, 2)
dl3 = round(sig3, 1) * 2500 / 207000
add(
    "g6_mech_03",
    "tex",
    f"""
The rod stays elastic if $\\sigma < \\sigma_y$. Cross-section:

$$A_0 = \\frac{{\\pi d^2}}{{4}} = \\frac{{\\pi (8.0\\ \\mathrm{{mm}})^2}}{{4}} = {area3:.2f}\\ \\mathrm{{mm^2}}$$

$$\\sigma = \\frac{{F}}{{A_0}} = \\frac{{12\\,000\\ \\mathrm{{N}}}}{{{area3:.2f}\\ \\mathrm{{mm^2}}}} = {sig3:.1f}\\ \\mathrm{{MPa}} < 250\\ \\mathrm{{MPa}}$$

so Hooke's law applies:

$$\\Delta L = \\frac{{\\sigma L_0}}{{E}} = \\frac{{{sig3:.1f} \\times 2500}}{{207\\,000}} = {dl3:.3f}\\ \\mathrm{{mm}}$$

$$\\boxed{{\\Delta L \\approx {g(dl3, 3)}\\ \\mathrm{{mm}}}}$$
""",
    fl(dl3, 3),
    "mm",
)
area3_w = math.pi * 8.0**2
sig3_w = 12000 / round(area3_w, 1)
dl3_w = round(sig3_w, 2) * 2500 / 207000
add(
    "g6_mech_03",
    "markdown",
    f"""
### Step 1: Cross-sectional area
- A₀ = πr² with r = 8.0 mm
- A₀ = π × 8.0² = **{area3_w:.1f} mm²**

### Step 2: Stress
- σ = F/A₀ = 12 000 N / {area3_w:.1f} mm² = **{sig3_w:.2f} MPa**
- This is well below the 250 MPa yield strength → elastic

### Step 3: Elongation
- ε = σ/E = {sig3_w:.2f}/207 000 = {uni(sig3_w / 207000, 3)}
- ΔL = εL₀ = {uni(sig3_w / 207000, 3)} × 2500 mm = **{dl3_w:.3f} mm**

The rod stretches by about **{g(dl3_w, 3)} mm**.
""",
    fl(dl3_w, 3),
    "mm",
    "wrong_formula",
    f"Step 1: 8.0 mm is the diameter; A₀ = π(4.0)² = {area3:.2f} mm², σ = {sig3:.1f} MPa, "
    f"ΔL = {g(dl3, 3)} mm",
)

# mech_08: modulus of resilience.
ur = 1380**2 / (2 * 205000)
add(
    "g6_mech_08",
    "bare",
    f"""
U_r = σ_y²/(2E) = (1380 MPa)²/(2 × 205 000 MPa) = {1380**2:,} / 410 000 MPa

{g(ur, 3)}
""".replace(",", " "),
    fl(ur, 3),
    "MJ/m**3",
)
ur_w = 1380**2 / 205000
add(
    "g6_mech_08",
    "final_line",
    f"""
The modulus of resilience is the strain energy stored per unit volume up to yielding, which is the yield stress times the yield strain:

ε_y = σ_y/E = 1380/205 000 = {1380 / 205000:.5f}

U_r = σ_y · ε_y = 1380 MPa × {1380 / 205000:.5f} = {ur_w:.2f} MPa = {ur_w:.2f} MJ/m³

**Final Answer:** U_r ≈ {g(ur_w, 3)} MJ/m³
""",
    fl(ur_w, 3),
    "MJ/m**3",
    "missing_factor",
    f"The energy is the triangle under the elastic line, U_r = ½σ_yε_y = σ_y²/2E = {g(ur, 3)} MJ/m³",
)

# ---------------------------------------------------------------- failure

# fail_02: critical crack depth.
sig2 = 0.60 * 1100
q2 = 45 / (1.12 * sig2)
a2 = round(q2, 5) ** 2 / math.pi
add(
    "g6_fail_02",
    "terse",
    f"""
σ = 0.60 × 1100 = {sig2:.0f} MPa
K_IC = Yσ√(πa)  →  a_c = (1/π)(K_IC/Yσ)²
K_IC/Yσ = 45/(1.12 × {sig2:.0f}) = 45/{1.12 * sig2:.1f} = {q2:.5f} m^½
a_c = ({q2:.5f})²/π = {uni(round(q2, 5) ** 2, 5)}/π = {uni(a2, 5)} m
a_c ≈ {g(a2 * 1000, 3)} mm
""",
    fl(a2 * 1000, 3),
    "mm",
)
q2_w = 0.0690
a2_w = q2_w**2 / math.pi
add(
    "g6_fail_02",
    "final_line",
    f"""
Design stress: σ = 0.60 σ_y = 0.60 × 1100 = {sig2:.0f} MPa.

From K_IC = Yσ√(πa_c):

a_c = (1/π) · (K_IC/(Yσ))²

K_IC/(Yσ) = 45/(1.12 × {sig2:.0f}) = 45/{1.12 * sig2:.1f} = {q2_w:.4f} √m

a_c = ({q2_w:.4f})²/π = {uni(q2_w**2, 4)}/π = {uni(a2_w, 4)} m

**Final Answer:** a_c ≈ {g(a2_w * 1000, 3)} mm
""",
    fl(a2_w * 1000, 3),
    "mm",
    "arithmetic_slip",
    f"45/739.2 = {q2:.4f}, not {q2_w:.4f}; a_c = {g(a2 * 1000, 3)} mm",
)

# fail_07: Goodman allowable amplitude.
ga = 300 * (1 - 200 / 900)
add(
    "g6_fail_07",
    "prose",
    f"""
The Goodman relation joins the fully reversed fatigue limit on the amplitude axis to the tensile strength on the mean-stress axis with a straight line: σ_a = σ_e(1 − σ_m/σ_TS). With σ_e = 300 MPa, σ_m = 200 MPa and σ_TS = 900 MPa, σ_m/σ_TS = 200/900 = {200 / 900:.4f}, so σ_a = 300 × (1 − {200 / 900:.4f}) = 300 × {1 - 200 / 900:.4f} = {ga:.1f} MPa.

Therefore, the answer is {ga:.0f} MPa.
""",
    round(ga),
    "MPa",
)
ga_w = 300 * (1 - (200 / 900) ** 2)
add(
    "g6_fail_07",
    "terse",
    f"""
σ_a = σ_e[1 − (σ_m/σ_TS)²]
σ_m/σ_TS = 200/900 = {200 / 900:.4f}
(σ_m/σ_TS)² = {(200 / 900) ** 2:.4f}
σ_a = 300 × (1 − {(200 / 900) ** 2:.4f}) = {ga_w:.1f} MPa
""",
    round(ga_w, 1),
    "MPa",
    "wrong_formula",
    f"That is the Gerber parabola; the Goodman line is σ_a = σ_e(1 − σ_m/σ_TS) = {ga:.0f} MPa",
)

# ---------------------------------------------------------------- phase diagrams

# phase_03: total ferrite in a 0.45 wt% C steel at 700 °C.
wa3 = (6.70 - 0.45) / (6.70 - 0.022)
add(
    "g6_phase_03",
    "final_line",
    f"""
Below the eutectoid the steel is ferrite + cementite; the total ferrite (proeutectoid and eutectoid together) comes from the lever rule across the whole α + Fe₃C field:

W_α = (C_Fe₃C − C₀)/(C_Fe₃C − C_α) = (6.70 − 0.45)/(6.70 − 0.022) = 6.25/6.678 = {wa3:.4f}

**Final Answer:** {g(wa3 * 100, 3)} % ferrite
""",
    fl(wa3 * 100, 3),
    "percent",
)
wa3_w = (0.76 - 0.45) / (0.76 - 0.022)
add(
    "g6_phase_03",
    "given_first",
    f"""
**Given:**
- C₀ = 0.45 wt% C (hypoeutectoid)
- C_α = 0.022 wt% C, C_Fe₃C = 6.70 wt% C, eutectoid composition 0.76 wt% C
- T = 700 °C (just below the eutectoid)

**Lever rule** on the α + γ tie line just above 727 °C, whose γ end becomes pearlite:

W_α = (0.76 − 0.45)/(0.76 − 0.022) = 0.31/0.738 = {wa3_w:.4f}

**Ferrite ≈ {g(wa3_w * 100, 3)} %**
""",
    fl(wa3_w * 100, 3),
    "percent",
    "wrong_quantity",
    f"That is only the proeutectoid ferrite; total ferrite = (6.70 − 0.45)/(6.70 − 0.022) = "
    f"{g(wa3 * 100, 3)} %",
)

# ---------------------------------------------------------------- phase transformations

# trans_05: activation energy from a rate that triples between 450 and 490 °C.
inv5t = 1 / 723 - 1 / 763
ln3 = math.log(3)
q5t = R * round(ln3, 4) / float(f"{inv5t:.4e}")
add(
    "g6_trans_05",
    "markdown",
    f"""
### Step 1: Arrhenius ratio
- rate ∝ exp(−Q/RT) → ln(r₂/r₁) = (Q/R)(1/T₁ − 1/T₂)
- **Q = R ln(r₂/r₁)/(1/T₁ − 1/T₂)**

### Step 2: Temperatures in kelvin
- T₁ = 450 + 273 = **723 K**
- T₂ = 490 + 273 = **763 K**
- 1/T₁ − 1/T₂ = {uni(1 / 723, 6)} − {uni(1 / 763, 6)} = **{uni(inv5t, 5)} K⁻¹**

### Step 3: Activation energy
- ln 3 = {ln3:.4f}
- Q = 8.314 × {ln3:.4f} / {uni(inv5t, 5)} = **{sp(q5t, 6)} J/mol**

The activation energy is about **{g(q5t / 1000, 3)} kJ/mol**.
""",
    fl(q5t / 1000, 3),
    "kJ/mol",
)
lg3 = math.log10(3)
q5t_w = R * round(lg3, 4) / float(f"{inv5t:.4e}")
add(
    "g6_trans_05",
    "prose",
    f"""
Since the rate follows an Arrhenius law, the ratio of the rates at two temperatures is log(r₂/r₁) = (Q/R)(1/T₁ − 1/T₂). Converting the temperatures to kelvin gives T₁ = 723 K and T₂ = 763 K, so 1/T₁ − 1/T₂ = {uni(inv5t, 5)} K⁻¹. The rate triples, so log 3 = {lg3:.4f}. Solving for Q gives Q = 8.314 × {lg3:.4f}/({uni(inv5t, 5)}) = {q5t_w:.0f} J/mol.

Therefore, the answer is {g(q5t_w / 1000, 3)} kJ/mol.
""",
    fl(q5t_w / 1000, 3),
    "kJ/mol",
    "wrong_constant",
    f"log₁₀ used with R: the Arrhenius ratio needs ln 3 = 1.0986 (or R × 2.303 with log₁₀); "
    f"Q = {g(q5t / 1000, 3)} kJ/mol",
)

# trans_06: Avrami exponent from two points.
y1 = math.log(-math.log(0.8))
y2 = math.log(-math.log(0.2))
n6 = (y2 - y1) / math.log(3)
add(
    "g6_trans_06",
    "terse",
    f"""
y = 1 − exp(−ktⁿ)  →  ln[−ln(1 − y)] = ln k + n ln t
y = 0.20: ln[−ln 0.80] = ln({-math.log(0.8):.5f}) = {y1:.5f}
y = 0.80: ln[−ln 0.20] = ln({-math.log(0.2):.5f}) = {y2:.5f}
n = ({y2:.5f} − ({y1:.5f}))/ln(150/50) = {y2 - y1:.5f}/{math.log(3):.5f} = {n6:.3f}
n ≈ {n6:.2f}
""",
    round(n6, 2),
    "dimensionless",
)
n6_w = math.log(0.8 / 0.2) / math.log(3)
add(
    "g6_trans_06",
    "markdown",
    f"""
### Step 1: Avrami equation
- y = 1 − exp(−ktⁿ); at early and moderate times the fraction transformed scales as **y ∝ tⁿ**

### Step 2: Ratio of the two states
- y₂/y₁ = (t₂/t₁)ⁿ
- 0.80/0.20 = (150/50)ⁿ → 4 = 3ⁿ

### Step 3: Solve for n
- n = ln 4 / ln 3 = {math.log(4):.4f}/{math.log(3):.4f} = **{n6_w:.3f}**

The time exponent is **n ≈ {n6_w:.2f}**.
""",
    round(n6_w, 2),
    "dimensionless",
    "wrong_formula",
    f"Step 1: y ∝ tⁿ only for small y; the Avrami plot uses ln[−ln(1 − y)] = ln k + n ln t, "
    f"n = {n6:.2f}",
)

# ---------------------------------------------------------------- optical

# opt_04: transmission through a tinted plate with two reflecting surfaces.
ax4 = 0.85 * 1.2
e4 = math.exp(-ax4)
t4 = (1 - 0.05) ** 2 * round(e4, 4)
add(
    "g6_opt_04",
    "given_first",
    f"""
**Data:** l = 12 mm = 1.2 cm, α = 0.85 cm⁻¹, R = 0.050 at each surface

Transmitted fraction through a plate with two surfaces (multiple reflections neglected):

I_T/I₀ = (1 − R)² e^(−αl)

- αl = 0.85 × 1.2 = {ax4:.2f}
- e^(−{ax4:.2f}) = {e4:.4f}
- (1 − 0.05)² = 0.9025
- I_T/I₀ = 0.9025 × {e4:.4f} = {t4:.4f}

**Transmitted: {g(t4 * 100, 3)} %**
""",
    fl(t4 * 100, 3),
    "percent",
)
t4_w = (1 - 0.05) * round(e4, 4)
add(
    "g6_opt_04",
    "tex",
    f"""
The light loses a fraction $R$ on reflection and is then attenuated by absorption:

$$\\frac{{I_T}}{{I_0}} = (1 - R)\\,e^{{-\\alpha l}}$$

with $\\alpha l = 0.85\\ \\mathrm{{cm^{{-1}}}} \\times 1.2\\ \\mathrm{{cm}} = {ax4:.2f}$:

$$\\frac{{I_T}}{{I_0}} = 0.95 \\times e^{{-{ax4:.2f}}} = 0.95 \\times {e4:.4f} = {t4_w:.4f}$$

$$\\boxed{{T \\approx {g(t4_w * 100, 3)}\\,\\%}}$$
""",
    fl(t4_w * 100, 3),
    "percent",
    "missing_factor",
    f"Both surfaces reflect: the factor is (1 − R)² = 0.9025, T = {g(t4 * 100, 3)} %",
)

# opt_07: photons per second from a 5.0 mW HeNe laser.
e7 = HC_EV_NM / 632.8
e7j = round(e7, 4) * 1.602e-19
n7 = 5.0e-3 / float(f"{e7j:.4e}")
add(
    "g6_opt_07",
    "tex",
    f"""
Photon energy:

$$E = \\frac{{hc}}{{\\lambda}} = \\frac{{1239.84\\ \\mathrm{{eV\\,nm}}}}{{632.8\\ \\mathrm{{nm}}}} = {e7:.4f}\\ \\mathrm{{eV}} = {tex(e7j, 4)}\\ \\mathrm{{J}}$$

Photon rate:

$$\\dot N = \\frac{{P}}{{E}} = \\frac{{5.0 \\times 10^{{-3}}\\ \\mathrm{{W}}}}{{{tex(e7j, 4)}\\ \\mathrm{{J}}}}$$

$$\\boxed{{\\dot N \\approx {tex(n7, 3)}\\ \\mathrm{{photons/s}}}}$$
""",
    sci(n7, 3),
    "1/s",
)
hbar = 1.055e-34
e7_w = hbar * 2.998e8 / 632.8e-9
n7_w = 5.0e-3 / float(f"{e7_w:.4e}")
add(
    "g6_opt_07",
    "terse",
    f"""
E = ħc/λ = (1.055 × 10⁻³⁴ × 2.998 × 10⁸)/(632.8 × 10⁻⁹) = {uni(e7_w, 4)} J
N = P/E = 5.0 × 10⁻³/{uni(e7_w, 4)}
N = {uni(n7_w, 3)} photons/s
""",
    sci(n7_w, 3),
    "1/s",
    "wrong_constant",
    f"The photon energy is hc/λ with Planck's h = 6.626 × 10⁻³⁴ J·s, not ħ; "
    f"E = {uni(e7j, 4)} J and N = {uni(n7, 3)} s⁻¹",
)

# ---------------------------------------------------------------- thermal

# therm_08: radiated power of an oxidised steel plate at 900 °C.
t8 = 1173.15
p8 = 0.80 * SIGMA * 0.050 * t8**4
add(
    "g6_therm_08",
    "prose",
    f"""
The power radiated by a grey body follows the Stefan–Boltzmann law, P = εσAT⁴, with the temperature in kelvin. Here T = 900 + 273.15 = 1173.15 K, so T⁴ = {uni(t8**4, 4)} K⁴. Then P = 0.80 × 5.67 × 10⁻⁸ × 0.050 × {uni(t8**4, 4)} = {p8:.0f} W.

Therefore, the answer is {g(p8 / 1000, 3)} kW.
""",
    fl(p8 / 1000, 3),
    "kW",
)
p8_w = 0.80 * SIGMA * 0.050 * 900.0**4
add(
    "g6_therm_08",
    "final_line",
    f"""
Stefan–Boltzmann law for a grey surface:

P = εσAT⁴

- ε = 0.80, σ = 5.67 × 10⁻⁸ W/(m²·K⁴), A = 0.050 m², T = 900
- T⁴ = 900⁴ = {uni(900.0**4, 4)}
- P = 0.80 × 5.67 × 10⁻⁸ × 0.050 × {uni(900.0**4, 4)} = {p8_w:.0f} W

**Final Answer:** P ≈ {g(p8_w / 1000, 3)} kW
""",
    fl(p8_w / 1000, 3),
    "kW",
    "unit_conversion",
    f"T must be in kelvin: T = 1173 K, P = {g(p8 / 1000, 3)} kW",
)

# ---------------------------------------------------------------- polymers

# poly_05: freely jointed chain rms end-to-end distance.
nb5 = 2 * 5000
r5 = math.sqrt(nb5) * 0.154
add(
    "g6_poly_05",
    "markdown",
    f"""
### Step 1: Number of backbone bonds
- Each repeat unit –CH₂–CH₂– contributes 2 C–C bonds
- N = 2 × 5000 = **{nb5:,} bonds**

### Step 2: Freely jointed chain
- ⟨r²⟩^½ = l√N
- √N = √{nb5:,} = **{math.sqrt(nb5):.0f}**

### Step 3: Result
- r_rms = 0.154 nm × {math.sqrt(nb5):.0f} = **{r5:.1f} nm**

The root-mean-square end-to-end distance is about **{r5:.1f} nm**.
""".replace(",", " "),
    round(r5, 1),
    "nm",
)
r5_w = math.sqrt(5000) * 0.154
add(
    "g6_poly_05",
    "prose",
    f"""
For a freely jointed chain the root-mean-square end-to-end distance is r = l√N, where N is the number of links in the chain and l the length of each link. The degree of polymerisation gives the number of links, N = 5000, so √N = {math.sqrt(5000):.2f}. With a bond length of 0.154 nm, r = 0.154 × {math.sqrt(5000):.2f} = {r5_w:.2f} nm.

Therefore, the answer is {r5_w:.1f} nm.
""",
    round(r5_w, 1),
    "nm",
    "missing_factor",
    f"Each repeat unit has two backbone bonds, so N = 10 000 links and r = 0.154√10 000 = "
    f"{r5:.1f} nm",
)

# ---------------------------------------------------------------- ceramics

# cer_06: three-point flexural strength of a Si3N4 bar.
sf6 = 3 * 950 * 40 / (2 * 8 * 4**2)
add(
    "g6_cer_06",
    "terse",
    f"""
σ_fs = 3F_f L/(2bd²)
b = 8 mm, d = 4 mm, L = 40 mm, F_f = 950 N
3 × 950 × 40 = {sp(3 * 950 * 40, 3)}
2 × 8 × 4² = {2 * 8 * 16}
σ_fs = {sp(3 * 950 * 40, 3)}/{2 * 8 * 16} = {sf6:.1f} MPa
""",
    round(sf6, 1),
    "MPa",
)
sf6_w = 3 * 950 * 40 / (2 * 4 * 8**2)
add(
    "g6_cer_06",
    "given_first",
    f"""
**Given:**
- F = 950 N, support span L = 40 mm
- bar cross-section 8 mm × 4 mm (the bar is loaded across its 8 mm side, so the thickness in the load direction is d = 8 mm and the width b = 4 mm)

**Flexural strength (three-point bend, rectangular section):**

σ_fs = 3FL/(2bd²) = (3 × 950 × 40)/(2 × 4 × 8²) = {sp(3 * 950 * 40, 3)}/{2 * 4 * 64} = {sf6_w:.1f} MPa

**σ_fs ≈ {sf6_w:.0f} MPa**
""",
    round(sf6_w),
    "MPa",
    "wrong_formula",
    f"Width and depth swapped: b = 8 mm, d = 4 mm enter as 2bd² = 256 mm³, σ_fs = {sf6:.0f} MPa",
)

# ---------------------------------------------------------------- corrosion

# corr_01: Zn/Cu cell voltage with Nernst correction.
e0 = 0.340 - (-0.763)
lq = math.log10(0.50 / 0.020)
e1 = e0 - 0.05916 / 2 * round(lq, 4)
add(
    "g6_corr_01",
    "tex",
    f"""
Cell reaction: $\\mathrm{{Zn}} + \\mathrm{{Cu^{{2+}}}} \\rightarrow \\mathrm{{Zn^{{2+}}}} + \\mathrm{{Cu}}$, $n = 2$.

$$E^\\circ_{{\\text{{cell}}}} = 0.340 - (-0.763) = {e0:.3f}\\ \\mathrm{{V}}$$

$$E = E^\\circ - \\frac{{0.05916}}{{n}}\\log\\frac{{[\\mathrm{{Zn^{{2+}}}}]}}{{[\\mathrm{{Cu^{{2+}}}}]}} = {e0:.3f} - 0.02958\\log\\frac{{0.50}}{{0.020}}$$

$$E = {e0:.3f} - 0.02958 \\times {lq:.4f} = {e0:.3f} - {0.02958 * round(lq, 4):.4f}$$

$$\\boxed{{E \\approx {e1:.3f}\\ \\mathrm{{V}}}}$$
""",
    round(e1, 3),
    "V",
)
e1_w = e0 + 0.05916 / 2 * round(lq, 4)
add(
    "g6_corr_01",
    "given_first",
    f"""
**Given:** [Zn²⁺] = 0.50 M, [Cu²⁺] = 0.020 M, T = 298 K, E°(Zn) = −0.763 V, E°(Cu) = +0.340 V, n = 2

1. E°_cell = E°_cathode − E°_anode = 0.340 − (−0.763) = {e0:.3f} V
2. Nernst: E = E°_cell − (0.05916/n) log Q, with Q = [Cu²⁺]/[Zn²⁺] = 0.020/0.50 = 0.040
3. log 0.040 = {math.log10(0.04):.4f}
4. E = {e0:.3f} − 0.02958 × ({math.log10(0.04):.4f}) = {e0:.3f} + {0.02958 * round(lq, 4):.4f}

**E_cell = {e1_w:.3f} V**
""",
    round(e1_w, 3),
    "V",
    "sign_error",
    f"Step 2: Q = [Zn²⁺]/[Cu²⁺] = 25 (Zn²⁺ is the product); the correction is subtracted, "
    f"E = {e1:.3f} V",
)

# corr_03: corrosion penetration rate from a weight loss.
vol3 = 38 / 7.87
pen3 = vol3 / 1200 * 10  # mm in 183 days
cpr3 = pen3 * 365 / 183
add(
    "g6_corr_03",
    "final_line",
    f"""
Uniform attack removes a volume ΔV = Δm/ρ spread over the area A:

- ΔV = 38 g / 7.87 g/cm³ = {vol3:.4f} cm³
- depth = ΔV/A = {vol3:.4f}/1200 = {uni(vol3 / 1200, 5)} cm = {pen3:.5f} mm (in 183 days)
- per year: {pen3:.5f} mm × 365/183 = {cpr3:.4f} mm/yr

**Final Answer:** CPR ≈ {g(cpr3, 3)} mm/yr
""",
    fl(cpr3, 3),
    "mm/year",
)
cpr3_w = 0.0830
add(
    "g6_corr_03",
    "bare",
    f"""
CPR = Δm/(ρAt)

= 38/(7.87 × 1200) cm per 183 days = {uni(vol3 / 1200, 5)} cm = {pen3:.5f} mm

× 365/183 = {cpr3:.4f} mm/yr

{cpr3_w:.4f}
""",
    cpr3_w,
    "mm/year",
    "final_miscopied",
    f"Last line: the computed rate {cpr3:.4f} mm/yr is copied as {cpr3_w:.4f}",
)

if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
