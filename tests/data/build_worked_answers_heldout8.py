"""Build tests/data/worked_answers_heldout8.jsonl: blind worked answers to 20 questions of set I.

Written blind to 20 questions of ``answer_exam_heldout8.json`` (exam set I), spread over thirteen
of its topics and skipping the must-refuse items; the answer engine, its checker and its solver were
not read. Every question has two responses: one correct throughout, and one with exactly one
labelled mistake (``worked_answers_check.ERROR_CLASSES``) whose note names the first wrong step
and the value it should have had. Twelve of the twenty mistakes are physics or chemistry errors
carried through with clean arithmetic (θ reported for 2θ, an FCC count in a BCC cell, °C used
as K, a sign turned round in an Arrhenius ratio, the diameter used as the radius, a dropped
Schmid factor, the full length of an internal crack used as a, the lever rule turned round, a
dropped hole term, the wrong repeat unit, log₁₀ with the ln form of the Nernst factor); the other
eight are slips (a unit conversion, a wrong constant, a fraction where a percentage is asked, a
mis-copied final value, a mis-copied given, an arithmetic slip).

Writing styles copied from chat models: "### Step" markdown with bullets, TeX display maths
closing with ``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains,
a "Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. Constants are quoted with their values. All numbers are computed
below, and intermediate values are rounded the way a model rounds them, so that only the labelled
step is wrong.

Run: ``python tests/data/build_worked_answers_heldout8.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout8``.
"""

from __future__ import annotations

import math

from worked_writing import C_0, E_CH, H_PL, K_EV, MU_0, MU_B, NA, F, R, WorkedSet, sci, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout8", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` rounded to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


def th(x: float) -> str:
    """``x`` as a whole number with spaced thousands (``320 000``)."""
    return f"{x:,.0f}".replace(",", " ")


# ---------------------------------------------------------------- crystallography / XRD

# xrd_01: 2θ of Cu 220 with Cu Kα.
d1 = r(0.3615 / math.sqrt(8), 5)
s1 = r(0.15406 / (2 * d1), 5)
th1 = r(math.degrees(math.asin(s1)), 3)
tt1 = 2 * th1
add(
    "h8a_crystallography_xrd_01",
    "tex",
    f"""
For a cubic crystal the spacing of the $(hkl)$ planes is $d = a/\\sqrt{{h^2+k^2+l^2}}$. For 220,
$h^2+k^2+l^2 = 8$:

$$d_{{220}} = \\frac{{0.3615}}{{\\sqrt{{8}}}} = \\frac{{0.3615}}{{2.8284}} = {d1:.5f}\\ \\mathrm{{nm}}$$

Bragg's law, $\\lambda = 2d\\sin\\theta$:

$$\\sin\\theta = \\frac{{0.15406}}{{2 \\times {d1:.5f}}} = {s1:.5f}
\\quad\\Rightarrow\\quad \\theta = {th1:.3f}^\\circ$$

$$2\\theta = 2 \\times {th1:.3f}^\\circ = {tt1:.3f}^\\circ$$

$$\\boxed{{2\\theta \\approx {tt1:.2f}^\\circ}}$$
""",
    round(tt1, 2),
    "degree",
)
add(
    "h8a_crystallography_xrd_01",
    "markdown",
    f"""
### Step 1: Interplanar spacing
- For FCC the 220 reflection is allowed (h, k, l all even).
- d₂₂₀ = a/√(2² + 2² + 0²) = 0.3615/√8 = **{d1:.5f} nm**

### Step 2: Bragg's law
- nλ = 2d sin θ with n = 1
- sin θ = λ/(2d) = 0.15406/(2 × {d1:.5f}) = **{s1:.5f}**

### Step 3: Diffraction angle
- θ = arcsin({s1:.5f}) = **{th1:.3f}°**

The 220 peak of copper appears at a diffraction angle of **{th1:.2f}°**.
""",
    round(th1, 2),
    "degree",
    "wrong_quantity",
    f"Step 3 stops at θ = {th1:.3f}°; the peak position asked is 2θ = {tt1:.2f}°",
)

# xrd_09: atoms per m³ of BCC Cr.
a9 = 0.2884
v9 = r(a9**3, 6)  # nm³
n9 = 2 / v9
add(
    "h8a_crystallography_xrd_09",
    "given_first",
    f"""
**Given:** Cr, BCC, a = 0.2884 nm
**Find:** number of atoms per m³

- A BCC cell holds 8 × ⅛ (corners) + 1 (body centre) = 2 atoms.
- V_cell = a³ = (0.2884 nm)³ = {v9:.6f} nm³ = {uni(v9 * 1e-27, 4)} m³
- n = 2 / {uni(v9 * 1e-27, 4)} m³ = {uni(n9 * 1e27, 4)} m⁻³

**Answer:** about {uni(n9 * 1e27, 3)} atoms/m³
""",
    sci(n9 * 1e27, 3),
    "1/m**3",
)
n9_w = 4 / v9
add(
    "h8a_crystallography_xrd_09",
    "terse",
    f"""
atoms/cell = 8(1/8) + 6(1/2) = 4
V = a³ = (0.2884 × 10⁻⁹ m)³ = {uni(v9 * 1e-27, 4)} m³
n = 4/V = 4/{uni(v9 * 1e-27, 4)} = {uni(n9_w * 1e27, 4)} m⁻³
n ≈ {uni(n9_w * 1e27, 3)} atoms/m³
""",
    sci(n9_w * 1e27, 3),
    "1/m**3",
    "wrong_formula",
    f"Atoms per cell: 4 is the FCC count; a BCC cell holds 8 × ⅛ + 1 = 2 atoms, so "
    f"n = {uni(n9 * 1e27, 3)} m⁻³",
)

# ---------------------------------------------------------------- defects

# defects_01: vacancies per m³ in Cu at 1000 °C.
n_sites = r(NA * 8.40 / 63.55 / 1e22, 3) * 1e22 * 1e6  # m⁻³
t_d1 = 1273
kt_d1 = r(K_EV * t_d1, 5)
x_d1 = r(0.90 / kt_d1, 3)
e_d1 = sci(math.exp(-x_d1), 4)
nv_d1 = n_sites * e_d1
add(
    "h8a_defects_01",
    "prose",
    f"""
The number of atomic sites per cubic metre follows from the density and atomic weight: N = N_A ρ/A = (6.022 × 10²³ atoms/mol)(8.40 g/cm³)/(63.55 g/mol) = {uni(n_sites / 1e6, 3)} atoms/cm³, which is {uni(n_sites, 3)} atoms/m³. At 1000 °C the absolute temperature is 1273 K, so with Boltzmann's constant k = 8.617 × 10⁻⁵ eV/K we have kT = {kt_d1:.5f} eV and Q_v/kT = 0.90/{kt_d1:.5f} = {x_d1:.3f}. The equilibrium vacancy fraction is exp(−{x_d1:.3f}) = {uni(e_d1, 4)}, and the number of vacancies is N_v = N exp(−Q_v/kT) = {uni(n_sites, 3)} × {uni(e_d1, 4)} = {uni(nv_d1, 3)} m⁻³.

Therefore, the answer is {uni(nv_d1, 3)} vacancies/m³.
""",
    sci(nv_d1, 3),
    "1/m**3",
)
kt_d1w = r(K_EV * 1000, 5)
x_d1w = r(0.90 / kt_d1w, 3)
e_d1w = sci(math.exp(-x_d1w), 4)
nv_d1w = n_sites * e_d1w
add(
    "h8a_defects_01",
    "final_line",
    f"""
N_v = N exp(−Q_v/kT)

Sites per volume:
N = N_A ρ / A = (6.022 × 10²³)(8.40)/63.55 = {uni(n_sites / 1e6, 3)} cm⁻³ = {uni(n_sites, 3)} m⁻³

Exponent (k = 8.617 × 10⁻⁵ eV/K, T = 1000):
kT = 8.617 × 10⁻⁵ × 1000 = {kt_d1w:.5f} eV
Q_v/kT = 0.90/{kt_d1w:.5f} = {x_d1w:.3f}
exp(−{x_d1w:.3f}) = {uni(e_d1w, 4)}

N_v = {uni(n_sites, 3)} × {uni(e_d1w, 4)} = {uni(nv_d1w, 3)} m⁻³

**Final Answer:** {uni(nv_d1w, 3)} vacancies per m³
""",
    sci(nv_d1w, 3),
    "1/m**3",
    "unit_conversion",
    f"T is taken as 1000 instead of 1000 °C = 1273 K; kT = {kt_d1:.5f} eV, Q_v/kT = {x_d1:.3f} "
    f"and N_v = {uni(nv_d1, 3)} m⁻³",
)

# defects_04: grains per mm² at 1× for ASTM 6.
g4 = 2 ** (6 - 1)
per_in2 = g4 * 100**2
per_mm2 = per_in2 / 645.16
add(
    "h8a_defects_04",
    "markdown",
    f"""
### Step 1: Grains per square inch at 100×
- ASTM relation: N = 2ⁿ⁻¹ with n = 6
- N = 2⁵ = **{g4} grains/in²** (at a magnification of 100×)

### Step 2: Correct to the actual specimen surface (1×)
- A square inch at 100× covers (1/100)² in² of the specimen, so multiply by 100² = 10⁴
- {g4} × 10⁴ = **{th(per_in2)} grains/in²**

### Step 3: Convert to mm²
- 1 in = 25.4 mm → 1 in² = 645.16 mm²
- {th(per_in2)} / 645.16 = **{per_mm2:.1f} grains/mm²**

There are about **{per_mm2:.0f} grains per mm²** of the actual surface.
""",
    round(per_mm2),
    "1/mm**2",
)
per_mm2_w = per_in2 / 25.4
add(
    "h8a_defects_04",
    "terse",
    f"""
N(100×) = 2^(G−1) = 2^5 = {g4} grains/in²
N(1×) = {g4} × 100² = {per_in2} grains/in²
1 in = 25.4 mm
N = {per_in2}/25.4 = {per_mm2_w:.0f} grains/mm²
≈ {uni(per_mm2_w, 3)} grains/mm²
""",
    sci(per_mm2_w, 3),
    "1/mm**2",
    "unit_conversion",
    f"in² → mm²: divide by 25.4² = 645.16, not 25.4; N = {per_mm2:.0f} grains/mm²",
)

# ---------------------------------------------------------------- diffusion

# diffusion_02: D of Cu in Al at 500 °C.
t_f2 = 773
x_f2 = r(136000 / (R * t_f2), 3)
e_f2 = sci(math.exp(-x_f2), 4)
d_f2 = 6.5e-5 * e_f2
add(
    "h8a_diffusion_02",
    "tex",
    f"""
Using the Arrhenius form with $R = 8.314\\ \\mathrm{{J\\,mol^{{-1}}\\,K^{{-1}}}}$ and
$T = 500 + 273 = {t_f2}\\ \\mathrm{{K}}$:

$$D = D_0 \\exp\\left(-\\frac{{Q_d}}{{RT}}\\right)$$

$$\\frac{{Q_d}}{{RT}} = \\frac{{136\\,000}}{{8.314 \\times {t_f2}}} = {x_f2:.3f}$$

$$D = 6.5 \\times 10^{{-5}} \\times e^{{-{x_f2:.3f}}} = 6.5 \\times 10^{{-5}} \\times {tex(e_f2, 4)}
= {tex(d_f2, 3)}\\ \\mathrm{{m^2/s}}$$

$$\\boxed{{D \\approx {tex(d_f2, 2)}\\ \\mathrm{{m^2\\,s^{{-1}}}}}}$$
""",
    sci(d_f2, 2),
    "m**2/s",
)
x_f2w = r(136000 / (1.987 * t_f2), 2)
e_f2w = sci(math.exp(-x_f2w), 3)
d_f2w = 6.5e-5 * e_f2w
add(
    "h8a_diffusion_02",
    "given_first",
    f"""
Given:
- D₀ = 6.5 × 10⁻⁵ m²/s
- Q_d = 136 kJ/mol = 136 000 J/mol
- T = 500 °C = {t_f2} K
- R = 1.987

Find: D at 500 °C.

D = D₀ exp(−Q_d/RT)

Q_d/RT = 136 000/(1.987 × {t_f2}) = {x_f2w:.2f}

exp(−{x_f2w:.2f}) = {uni(e_f2w)}

D = 6.5 × 10⁻⁵ × {uni(e_f2w)} = {uni(d_f2w, 2)} m²/s
""",
    sci(d_f2w, 2),
    "m**2/s",
    "wrong_constant",
    f"Q_d/RT: with Q_d in J/mol, R = 8.314 J/(mol·K) (1.987 is in cal); Q_d/RT = {x_f2:.3f} and "
    f"D = {uni(d_f2, 2)} m²/s",
)

# diffusion_09: factor of D from 600 °C to 700 °C, Q = 2.0 eV.
inv9 = sci(1 / 873 - 1 / 973, 4)
qk9 = r(2.0 / K_EV, 0)
x9 = r(qk9 * inv9, 4)
f9 = math.exp(x9)
add(
    "h8a_diffusion_09",
    "markdown",
    f"""
### Step 1: Set up the ratio
With D = D₀ exp(−Q/kT) at both temperatures, D₀ cancels:

D₂/D₁ = exp[(Q/k)(1/T₁ − 1/T₂)]

### Step 2: Temperatures
- T₁ = 600 + 273 = 873 K
- T₂ = 700 + 273 = 973 K
- 1/T₁ − 1/T₂ = 1/873 − 1/973 = **{uni(inv9, 4)} K⁻¹**

### Step 3: Exponent
- Q/k = 2.0 eV / (8.617 × 10⁻⁵ eV/K) = **{qk9:.0f} K**
- (Q/k)(1/T₁ − 1/T₂) = {qk9:.0f} × {uni(inv9, 4)} = **{x9:.4f}**

### Step 4: Factor
- D₂/D₁ = e^{x9:.4f} = **{f9:.2f}**

The diffusion coefficient increases by a factor of about **{f9:.1f}**.
""",
    round(f9, 1),
    "dimensionless",
)
f9_w = math.exp(-x9)
add(
    "h8a_diffusion_09",
    "terse",
    f"""
D₂/D₁ = exp[−(Q/k)(1/T₁ − 1/T₂)]
T₁ = 873 K, T₂ = 973 K
1/873 − 1/973 = {uni(inv9, 4)} K⁻¹
Q/k = 2.0/8.617×10⁻⁵ = {qk9:.0f} K
exponent = −{qk9:.0f} × {uni(inv9, 4)} = −{x9:.4f}
D₂/D₁ = e^(−{x9:.4f}) = {f9_w:.4f}
""",
    round(f9_w, 4),
    "dimensionless",
    "sign_error",
    f"The ratio is D₂/D₁ = exp[+(Q/k)(1/T₁ − 1/T₂)] (D rises with T); the exponent is "
    f"+{x9:.4f} and the factor {f9:.1f}",
)

# ---------------------------------------------------------------- mechanical properties

# mech_01: elongation of a steel rod, imperial givens, answer in mm.
a_m1 = r(math.pi * 0.25**2, 5)
s_m1 = r(10000 / a_m1, 0)
e_m1 = sci(s_m1 / 30e6, 4)
dl_m1 = e_m1 * 10
dl_m1_mm = dl_m1 * 25.4
add(
    "h8a_mechanical_properties_01",
    "given_first",
    f"""
**Given**
- d₀ = 0.50 in, l₀ = 10 in
- F = 10 000 lbf
- E = 30 × 10⁶ psi

**Find:** Δl in mm

1. Cross-section: A₀ = π(d₀/2)² = π(0.25 in)² = {a_m1:.5f} in²
2. Stress: σ = F/A₀ = 10 000/{a_m1:.5f} = {th(s_m1)} psi
3. Strain (Hooke's law): ε = σ/E = {th(s_m1)}/(30 × 10⁶) = {uni(e_m1, 4)}
4. Elongation: Δl = ε l₀ = {uni(e_m1, 4)} × 10 in = {dl_m1:.5f} in
5. In millimetres (1 in = 25.4 mm): Δl = {dl_m1:.5f} × 25.4 = {dl_m1_mm:.3f} mm

**The rod elongates by about {dl_m1_mm:.3f} mm.**
""",
    round(dl_m1_mm, 3),
    "mm",
)
a_m1w = r(math.pi * 0.50**2, 4)
s_m1w = r(10000 / a_m1w, 0)
e_m1w = sci(s_m1w / 30e6, 4)
dl_m1w = e_m1w * 10
dl_m1w_mm = dl_m1w * 25.4
add(
    "h8a_mechanical_properties_01",
    "prose",
    f"""
The rod behaves elastically, so Hooke's law gives the strain directly from the stress. The load acts on a circular cross-section of area A = πr² = π(0.50 in)² = {a_m1w:.4f} in², so the stress is σ = F/A = 10 000 lbf / {a_m1w:.4f} in² = {s_m1w:.0f} psi. Dividing by the modulus, ε = σ/E = {s_m1w:.0f}/(30 × 10⁶ psi) = {uni(e_m1w, 4)}. Over the 10 in length the elongation is Δl = ε l₀ = {dl_m1w:.5f} in, and with 25.4 mm per inch this becomes {dl_m1w_mm:.4f} mm.

Therefore, the answer is {dl_m1w_mm:.3f} mm.
""",
    round(dl_m1w_mm, 3),
    "mm",
    "wrong_formula",
    f"Area: 0.50 in is the diameter, so r = 0.25 in and A = {a_m1:.5f} in² (not π(0.50)²); "
    f"Δl = {dl_m1_mm:.3f} mm",
)

# mech_09: Schmid's law, [010] tension, (110)[-111] slip.
cphi9 = r(1 / math.sqrt(2), 4)
clam9 = r(1 / math.sqrt(3), 4)
m9 = r(cphi9 * clam9, 4)
sy9 = 30 / m9
add(
    "h8a_mechanical_properties_09",
    "final_line",
    f"""
Schmid's law: τ_R = σ cos φ cos λ, and yielding begins when τ_R = τ_CRSS.

- φ is the angle between the load axis [010] and the slip-plane normal [110]:
  cos φ = (0·1 + 1·1 + 0·0)/(1 × √2) = 1/√2 = {cphi9:.4f}
- λ is the angle between [010] and the slip direction [1̄11]:
  cos λ = (0·(−1) + 1·1 + 0·1)/(1 × √3) = 1/√3 = {clam9:.4f}
- Schmid factor m = {cphi9:.4f} × {clam9:.4f} = {m9:.4f}

σ_y = τ_CRSS/m = 30 MPa / {m9:.4f} = {sy9:.1f} MPa

**Final Answer:** σ_y ≈ {sy9:.1f} MPa
""",
    round(sy9, 1),
    "MPa",
)
sy9_w = 30 / clam9
add(
    "h8a_mechanical_properties_09",
    "tex",
    f"""
The resolved shear stress on the slip system must reach the critical value. The slip direction is
$[\\bar111]$ and the load axis is $[010]$:

$$\\cos\\lambda = \\frac{{[010]\\cdot[\\bar111]}}{{|[010]|\\,|[\\bar111]|}} = \\frac{{1}}{{\\sqrt3}} = {clam9:.4f}$$

$$\\tau_R = \\sigma\\cos\\lambda \\quad\\Rightarrow\\quad
\\sigma_y = \\frac{{\\tau_{{crss}}}}{{\\cos\\lambda}} = \\frac{{30}}{{{clam9:.4f}}} = {sy9_w:.2f}\\ \\mathrm{{MPa}}$$

$$\\boxed{{\\sigma_y \\approx {sy9_w:.1f}\\ \\mathrm{{MPa}}}}$$
""",
    round(sy9_w, 1),
    "MPa",
    "missing_factor",
    f"Schmid's law is τ = σ cos φ cos λ; the factor cos φ = 1/√2 = {cphi9:.4f} (angle to the "
    f"(110) normal) is dropped, so σ_y = {sy9:.1f} MPa",
)

# ---------------------------------------------------------------- failure

# failure_01: fracture stress, internal crack 0.16 in long, K_Ic = 22 ksi√in.
rt_f1 = r(math.sqrt(math.pi * 0.08), 4)
s_f1 = r(22 / rt_f1, 2)
s_f1_mpa = s_f1 * 6.895
add(
    "h8a_failure_01",
    "markdown",
    f"""
### Step 1: Crack size
- For an internal crack the characteristic length a is **half** the crack length:
- a = 0.16/2 = **0.08 in**

### Step 2: Fracture stress
- σ_c = K_Ic / (Y√(πa))
- √(π × 0.08) = **{rt_f1:.4f} in^½**
- σ_c = 22 / (1.0 × {rt_f1:.4f}) = **{s_f1:.2f} ksi**

### Step 3: Convert to MPa
- 1 ksi = 6.895 MPa
- σ_c = {s_f1:.2f} × 6.895 = **{s_f1_mpa:.0f} MPa**

Fracture occurs at a tensile stress of about **{s_f1_mpa:.0f} MPa**.
""",
    round(s_f1_mpa),
    "MPa",
)
rt_f1w = r(math.sqrt(math.pi * 0.16), 4)
s_f1w = r(22 / rt_f1w, 2)
s_f1w_mpa = s_f1w * 6.895
add(
    "h8a_failure_01",
    "bare",
    f"""
σ_c = K_Ic / (Y√(πa)), with a = 0.16 in

√(π × 0.16) = {rt_f1w:.4f}

σ_c = 22/{rt_f1w:.4f} = {s_f1w:.2f} ksi

{s_f1w:.2f} ksi × 6.895 MPa/ksi = {s_f1w_mpa:.1f}

{s_f1w_mpa:.0f}
""",
    round(s_f1w_mpa),
    "MPa",
    "wrong_formula",
    f"a: for an internal crack a is half the length, a = 0.08 in; √(πa) = {rt_f1:.4f} and "
    f"σ_c = {s_f1:.2f} ksi = {s_f1_mpa:.0f} MPa",
)

# ---------------------------------------------------------------- phase diagrams

# phase_01: liquid fraction by the lever rule.
wl1 = (42.5 - 35) / (42.5 - 31.5)
add(
    "h8a_phase_diagrams_01",
    "terse",
    f"""
Lever rule, C₀ = 35, C_L = 31.5, C_α = 42.5 (wt% Ni):
W_L = (C_α − C₀)/(C_α − C_L) = (42.5 − 35)/(42.5 − 31.5) = 7.5/11 = {wl1:.4f}
W_L ≈ {wl1 * 100:.1f} %
""",
    round(wl1 * 100, 1),
    "percent",
)
wl1_w = (35 - 31.5) / (42.5 - 31.5)
add(
    "h8a_phase_diagrams_01",
    "prose",
    f"""
In the two-phase α + L field the tie line at 1250 °C runs from the liquidus (C_L = 31.5 wt% Ni) to the solidus (C_α = 42.5 wt% Ni), and the alloy composition C₀ = 35 wt% Ni lies between them. By the lever rule the mass fraction of liquid is W_L = (C₀ − C_L)/(C_α − C_L) = (35 − 31.5)/(42.5 − 31.5) = 3.5/11 = {wl1_w:.4f}, so about {wl1_w * 100:.1f} % of the alloy is liquid and the rest, {100 - wl1_w * 100:.1f} %, is solid α.

Therefore, the answer is {wl1_w * 100:.1f} %.
""",
    round(wl1_w * 100, 1),
    "percent",
    "wrong_formula",
    f"Lever rule turned round: (C₀ − C_L)/(C_α − C_L) is the α fraction; "
    f"W_L = (C_α − C₀)/(C_α − C_L) = {wl1 * 100:.1f} %",
)

# phase_06: Ag–Cu eutectic 71.9 wt% Ag in at%.
nag6 = r(71.9 / 107.87, 5)
ncu6 = r(28.1 / 63.546, 5)
xag6 = nag6 / (nag6 + ncu6)
add(
    "h8a_phase_diagrams_06",
    "tex",
    f"""
Take 100 g of alloy: 71.9 g Ag and 28.1 g Cu.

$$n_{{Ag}} = \\frac{{71.9}}{{107.87}} = {nag6:.5f}\\ \\mathrm{{mol}}, \\qquad
n_{{Cu}} = \\frac{{28.1}}{{63.546}} = {ncu6:.5f}\\ \\mathrm{{mol}}$$

$$C'_{{Ag}} = \\frac{{{nag6:.5f}}}{{{nag6:.5f} + {ncu6:.5f}}} \\times 100
= {xag6 * 100:.2f}\\ \\mathrm{{at\\%}}$$

$$\\boxed{{C'_{{Ag}} \\approx {xag6 * 100:.1f}\\ \\text{{at\\% Ag}}}}$$
""",
    round(xag6 * 100, 1),
    "percent",
)
add(
    "h8a_phase_diagrams_06",
    "bare",
    f"""
Moles per 100 g of alloy:

- Ag: 71.9/107.87 = {nag6:.5f} mol
- Cu: 28.1/63.546 = {ncu6:.5f} mol

Atom fraction of silver:

x_Ag = {nag6:.5f}/({nag6:.5f} + {ncu6:.5f}) = {nag6:.5f}/{nag6 + ncu6:.5f}

{xag6:.3f}
""",
    round(xag6, 3),
    "percent",
    "percent_fraction",
    f"The atom fraction {xag6:.3f} is reported where atom percent is asked: {xag6 * 100:.1f} at% Ag",
)

# ---------------------------------------------------------------- transformations

# trans_01: Avrami, 30 % at 100 s, n = 2.5; time to 90 % in minutes.
ln07 = r(-math.log(0.7), 5)
k1 = ln07 / 100**2.5
ln01 = r(-math.log(0.1), 5)
t25 = ln01 / k1
t1 = t25**0.4
add(
    "h8a_transformations_kinetics_01",
    "markdown",
    f"""
### Step 1: Find k from the 30 % point
- 0.30 = 1 − exp(−k · 100^2.5)
- −ln(0.70) = {ln07:.5f} = k × 10⁵
- k = **{uni(k1, 4)} s⁻²·⁵**

### Step 2: Time for 90 %
- −ln(1 − 0.90) = −ln(0.10) = {ln01:.5f}
- t^2.5 = {ln01:.5f} / {uni(k1, 4)} = **{uni(t25, 4)} s^2.5**
- t = ({uni(t25, 4)})^(1/2.5) = **{t1:.1f} s**

### Step 3: Convert to minutes
- t = {t1:.1f}/60 = **{t1 / 60:.2f} min**

Reaching 90 % transformation takes about **{t1 / 60:.2f} min**.
""",
    round(t1 / 60, 2),
    "minute",
)
t1_w = 3.15
add(
    "h8a_transformations_kinetics_01",
    "final_line",
    f"""
Avrami: y = 1 − exp(−ktⁿ), n = 2.5

From y = 0.30 at t = 100 s:
k = −ln(0.70)/100^2.5 = {ln07:.5f}/(1.0 × 10⁵) = {uni(k1, 4)}

For y = 0.90:
t^2.5 = −ln(0.10)/k = {ln01:.5f}/{uni(k1, 4)} = {uni(t25, 4)}
t = ({uni(t25, 4)})^0.4 = {t1:.1f} s = {t1 / 60:.3f} min

**Final Answer:** t ≈ {t1_w:.2f} min
""",
    t1_w,
    "minute",
    "final_miscopied",
    f"The computation gives t = {t1:.1f} s = {t1 / 60:.2f} min; the final line miscopies it as "
    f"{t1_w:.2f} min",
)

# trans_04: ΔG* for homogeneous nucleation of Cu, in eV.
tm4 = 1358
num4 = 16 * math.pi * 0.177**3 * tm4**2
den4 = 3 * (1.88e9) ** 2 * 236**2
g4j = sci(num4 / den4, 4)
g4ev = g4j / E_CH
add(
    "h8a_transformations_kinetics_04",
    "given_first",
    f"""
Given: T_m = 1085 °C = {tm4} K, ΔH_f = 1.88 × 10⁹ J/m³, γ = 0.177 J/m², ΔT = 236 K.
Find: ΔG* in eV.

ΔG* = 16πγ³T_m² / (3ΔH_f² ΔT²)

- γ³ = 0.177³ = {uni(0.177**3, 4)} J³/m⁶
- T_m² = {tm4}² = {uni(tm4**2, 4)} K²
- numerator: 16π × {uni(0.177**3, 4)} × {uni(tm4**2, 4)} = {uni(num4, 4)}
- denominator: 3 × (1.88 × 10⁹)² × 236² = {uni(den4, 4)}
- ΔG* = {uni(g4j, 4)} J
- using 1 eV = 1.602 × 10⁻¹⁹ J: ΔG* = {uni(g4j, 4)}/(1.602 × 10⁻¹⁹) = {g4ev:.2f} eV

Answer: ΔG* ≈ {g4ev:.2f} eV
""",
    round(g4ev, 2),
    "eV",
)
tm4w = 1085
num4w = 16 * math.pi * 0.177**3 * tm4w**2
g4jw = sci(num4w / den4, 4)
g4evw = g4jw / E_CH
add(
    "h8a_transformations_kinetics_04",
    "tex",
    f"""
For homogeneous nucleation of a spherical nucleus,

$$\\Delta G^* = \\frac{{16\\pi\\gamma^3 T_m^2}}{{3\\,\\Delta H_f^2\\,\\Delta T^2}}$$

With $T_m = 1085$, $\\gamma = 0.177\\ \\mathrm{{J/m^2}}$, $\\Delta H_f = 1.88\\times10^{{9}}\\ \\mathrm{{J/m^3}}$
and $\\Delta T = 236\\ \\mathrm{{K}}$:

$$\\Delta G^* = \\frac{{16\\pi (0.177)^3 (1085)^2}}{{3 (1.88\\times10^{{9}})^2 (236)^2}}
= \\frac{{{tex(num4w, 4)}}}{{{tex(den4, 4)}}} = {tex(g4jw, 4)}\\ \\mathrm{{J}}$$

$$\\Delta G^* = \\frac{{{tex(g4jw, 4)}}}{{1.602\\times10^{{-19}}}} = {g4evw:.2f}\\ \\mathrm{{eV}}$$

$$\\boxed{{\\Delta G^* \\approx {g4evw:.2f}\\ \\mathrm{{eV}}}}$$
""",
    round(g4evw, 2),
    "eV",
    "unit_conversion",
    f"T_m is used in °C; in the formula T_m = 1085 + 273 = {tm4} K, giving ΔG* = {uni(g4j, 4)} J "
    f"= {g4ev:.2f} eV",
)

# ---------------------------------------------------------------- electrical

# elec_01: resistivity of intrinsic Ge.
sig_e1 = 2.5e19 * E_CH * (0.38 + 0.18)
rho_e1 = 1 / r(sig_e1, 3)
add(
    "h8b_electrical_semiconductors_01",
    "prose",
    f"""
In an intrinsic semiconductor every conduction electron leaves a hole behind, so n = p = n_i = 2.5 × 10¹⁹ m⁻³ and both carriers conduct: σ = n_i|e|(μ_e + μ_h). With |e| = 1.602 × 10⁻¹⁹ C this is σ = (2.5 × 10¹⁹)(1.602 × 10⁻¹⁹)(0.38 + 0.18) = {r(sig_e1, 3):.3f} (Ω·m)⁻¹. The resistivity is the reciprocal, ρ = 1/σ = 1/{r(sig_e1, 3):.3f} = {rho_e1:.4f} Ω·m.

Therefore, the answer is {rho_e1:.3f} Ω·m.
""",
    round(rho_e1, 3),
    "ohm*m",
)
sig_e1w = 2.5e19 * E_CH * 0.38
rho_e1w = 1 / r(sig_e1w, 3)
add(
    "h8b_electrical_semiconductors_01",
    "markdown",
    f"""
### Step 1: Conductivity
- σ = n|e|μ_e
- σ = (2.5 × 10¹⁹ m⁻³)(1.602 × 10⁻¹⁹ C)(0.38 m²/V·s) = **{r(sig_e1w, 3):.3f} (Ω·m)⁻¹**

### Step 2: Resistivity
- ρ = 1/σ = 1/{r(sig_e1w, 3):.3f} = **{rho_e1w:.3f} Ω·m**

The resistivity of intrinsic germanium is about **{rho_e1w:.3f} Ω·m**.
""",
    round(rho_e1w, 3),
    "ohm*m",
    "missing_factor",
    f"Step 1 drops the hole term: intrinsic σ = n_i|e|(μ_e + μ_h) = {r(sig_e1, 3):.3f} (Ω·m)⁻¹, "
    f"so ρ = {rho_e1:.3f} Ω·m",
)

# ---------------------------------------------------------------- magnetic

# magnetic_01: saturation flux density of Ni.
v_m1 = r(0.3524**3, 5)  # nm³
n_m1 = 4 / (v_m1 * 1e-27)
ms_m1 = 0.60 * MU_B * n_m1
bs_m1 = MU_0 * ms_m1
add(
    "h8b_magnetic_01",
    "terse",
    f"""
FCC: 4 atoms/cell
a³ = (0.3524 nm)³ = {v_m1:.5f} nm³ = {uni(v_m1 * 1e-27, 4)} m³
N = 4/{uni(v_m1 * 1e-27, 4)} = {uni(n_m1, 4)} atoms/m³
M_s = 0.60 μ_B N = 0.60 × 9.274 × 10⁻²⁴ × {uni(n_m1, 4)} = {uni(ms_m1, 4)} A/m
B_s = μ₀M_s = (4π × 10⁻⁷)({uni(ms_m1, 4)}) = {bs_m1:.3f} T
""",
    round(bs_m1, 3),
    "T",
)
v_m1w = r(0.3254**3, 5)
n_m1w = 4 / (v_m1w * 1e-27)
ms_m1w = 0.60 * MU_B * n_m1w
bs_m1w = MU_0 * ms_m1w
add(
    "h8b_magnetic_01",
    "given_first",
    f"""
**Given:** Ni, FCC, a = 0.3254 nm, 0.60 μ_B per atom, μ_B = 9.274 × 10⁻²⁴ A·m², μ₀ = 4π × 10⁻⁷ H/m
**Find:** B_s

- Atoms per unit volume: N = 4/a³ = 4/({v_m1w:.5f} × 10⁻²⁷ m³) = {uni(n_m1w, 4)} m⁻³
- Saturation magnetization: M_s = 0.60 μ_B N = {uni(ms_m1w, 4)} A/m
- Saturation flux density: B_s = μ₀M_s = 1.2566 × 10⁻⁶ × {uni(ms_m1w, 4)} = {bs_m1w:.3f} T

**B_s ≈ {bs_m1w:.2f} T**
""",
    round(bs_m1w, 2),
    "T",
    "given_miscopied",
    f"The lattice parameter is copied as 0.3254 nm instead of 0.3524 nm; with a³ = {v_m1:.5f} nm³, "
    f"N = {uni(n_m1, 4)} m⁻³ and B_s = {bs_m1:.3f} T",
)

# ---------------------------------------------------------------- thermal

# thermal_01: heat to warm 5.0 lb of Cu from 70 °F to 400 °F.
m_t1 = r(5.0 * 0.4536, 3)
dt_t1 = r((400 - 70) * 5 / 9, 2)
q_t1 = m_t1 * 385 * dt_t1
add(
    "h8b_thermal_01",
    "final_line",
    f"""
Q = m c_p ΔT

- Mass: m = 5.0 lb × 0.4536 kg/lb = {m_t1:.3f} kg
- Temperature rise: ΔT = (400 − 70) °F = 330 °F = 330 × 5/9 = {dt_t1:.2f} K
- Q = {m_t1:.3f} kg × 385 J/(kg·K) × {dt_t1:.2f} K = {th(q_t1)} J

**Final Answer:** Q ≈ {q_t1 / 1000:.1f} kJ
""",
    round(q_t1 / 1000, 1),
    "kJ",
)
m_t1w = r(5.0 / 0.4536, 2)
q_t1w = m_t1w * 385 * dt_t1
add(
    "h8b_thermal_01",
    "terse",
    f"""
m = 5.0 lb = 5.0/0.4536 = {m_t1w:.2f} kg
ΔT = 330 °F × 5/9 = {dt_t1:.2f} K
Q = m c ΔT = {m_t1w:.2f} × 385 × {dt_t1:.2f} = {uni(q_t1w, 4)} J
Q ≈ {q_t1w / 1000:.0f} kJ
""",
    round(q_t1w / 1000),
    "kJ",
    "unit_conversion",
    f"lb → kg: 5.0 lb × 0.4536 kg/lb = {m_t1:.3f} kg (dividing gives the mass in the wrong "
    f"direction); Q = {q_t1 / 1000:.1f} kJ",
)

# ---------------------------------------------------------------- polymers

# polymers_01: number-average degree of polymerization of PP.
m_pp = r(3 * 12.01 + 6 * 1.008, 2)
dp_pp = 320000 / m_pp
add(
    "h8b_polymers_01",
    "bare",
    f"""
Polypropylene repeat unit: C₃H₆

m = 3(12.01) + 6(1.008) = {m_pp:.2f} g/mol

DP = M̄ₙ/m = 320 000/{m_pp:.2f}

{dp_pp:.0f}
""",
    round(dp_pp),
    "dimensionless",
)
m_pe = r(2 * 12.01 + 4 * 1.008, 2)
dp_pe = 320000 / m_pe
add(
    "h8b_polymers_01",
    "tex",
    f"""
The degree of polymerization is the number-average molecular weight divided by the repeat-unit
mass. The repeat unit is $\\mathrm{{C_2H_4}}$:

$$m = 2(12.01) + 4(1.008) = {m_pe:.2f}\\ \\mathrm{{g/mol}}$$

$$DP = \\frac{{\\bar M_n}}{{m}} = \\frac{{320\\,000}}{{{m_pe:.2f}}} = {dp_pe:.0f}$$

(The density and melting point are not needed.)

$$\\boxed{{DP \\approx {dp_pe:.0f}}}$$
""",
    round(dp_pe),
    "dimensionless",
    "wrong_formula",
    f"Repeat unit: C₂H₄ is ethylene's; polypropylene's is C₃H₆, m = {m_pp:.2f} g/mol, so "
    f"DP = {dp_pp:.0f}",
)

# ---------------------------------------------------------------- optical

# optical_05: photons in a 0.50 J pulse at 1064 nm.
hc5 = sci(H_PL * C_0, 4)
e5 = sci(hc5 / 1064e-9, 4)
n5 = 0.50 / e5
add(
    "h8b_optical_05",
    "given_first",
    f"""
**Given:** λ = 1064 nm = 1.064 × 10⁻⁶ m, E_pulse = 0.50 J,
h = 6.626 × 10⁻³⁴ J·s, c = 2.998 × 10⁸ m/s
**Find:** number of photons N

Photon energy:
E = hc/λ = (6.626 × 10⁻³⁴)(2.998 × 10⁸)/(1.064 × 10⁻⁶) = {uni(hc5, 4)}/(1.064 × 10⁻⁶) = {uni(e5, 4)} J

Number of photons:
N = E_pulse/E = 0.50/{uni(e5, 4)} = {uni(n5, 3)}

**N ≈ {uni(n5, 3)} photons**
""",
    sci(n5, 3),
    "dimensionless",
)
e5_w = e5 * 10
n5_w = 0.50 / e5_w
add(
    "h8b_optical_05",
    "markdown",
    f"""
### Step 1: Energy of one photon
- E = hc/λ, with h = 6.626 × 10⁻³⁴ J·s and c = 2.998 × 10⁸ m/s
- hc = **{uni(hc5, 4)} J·m**
- E = {uni(hc5, 4)} / (1.064 × 10⁻⁶ m) = **{uni(e5_w, 4)} J**

### Step 2: Photons per pulse
- N = 0.50 J / {uni(e5_w, 4)} J = **{uni(n5_w, 3)}**

Each pulse contains about **{uni(n5_w, 3)} photons**.
""",
    sci(n5_w, 3),
    "dimensionless",
    "arithmetic_slip",
    f"Step 1: {uni(hc5, 4)}/(1.064 × 10⁻⁶) = {uni(e5, 4)} J (the exponent slipped to 10⁻¹⁸); "
    f"N = {uni(n5, 3)}",
)

# ---------------------------------------------------------------- corrosion

# corrosion_01: Fe/Fe²⁺ (0.40 M) ‖ Ni²⁺ (2.5 × 10⁻³ M)/Ni cell potential.
pre1 = r(R * 298.15 / (2 * F), 6)
ln1 = r(math.log(0.40 / 2.5e-3), 4)
corr1 = r(pre1 * ln1, 5)
e_c1 = 0.190 - corr1
add(
    "h8b_corrosion_01",
    "tex",
    f"""
Nickel has the higher reduction potential, so Ni²⁺ is reduced and iron is oxidised:

$$\\mathrm{{Fe + Ni^{{2+}} \\rightarrow Fe^{{2+}} + Ni}}, \\qquad
\\Delta E^\\circ = -0.250 - (-0.440) = 0.190\\ \\mathrm{{V}}$$

Nernst equation with $n = 2$, $R = 8.314\\ \\mathrm{{J\\,mol^{{-1}}K^{{-1}}}}$,
$F = 96\\,485\\ \\mathrm{{C/mol}}$, $T = 298.15\\ \\mathrm{{K}}$:

$$\\Delta E = \\Delta E^\\circ - \\frac{{RT}}{{nF}} \\ln\\frac{{[\\mathrm{{Fe^{{2+}}}}]}}{{[\\mathrm{{Ni^{{2+}}}}]}}
= 0.190 - {pre1:.6f} \\ln\\frac{{0.40}}{{2.5\\times10^{{-3}}}}$$

$$\\ln 160 = {ln1:.4f}, \\qquad \\Delta E = 0.190 - {pre1:.6f}\\times{ln1:.4f} = 0.190 - {corr1:.5f} = {e_c1:.5f}\\ \\mathrm{{V}}$$

$$\\boxed{{\\Delta E \\approx {e_c1 * 1000:.1f}\\ \\mathrm{{mV}}}}$$
""",
    round(e_c1 * 1000, 1),
    "mV",
)
log1 = r(math.log10(160), 4)
corr1w = r(pre1 * log1, 5)
e_c1w = 0.190 - corr1w
add(
    "h8b_corrosion_01",
    "prose",
    f"""
Because nickel's standard reduction potential (−0.250 V) is higher than iron's (−0.440 V), nickel is the cathode and iron corrodes; the standard cell potential is 0.190 V. Correcting for concentration with the Nernst equation for a two-electron reaction, ΔE = ΔE° − (RT/nF) log([Fe²⁺]/[Ni²⁺]), where RT/2F = 8.314 × 298.15/(2 × 96 485) = {pre1:.6f} V. The concentration ratio is 0.40/(2.5 × 10⁻³) = 160 and log 160 = {log1:.4f}, so the correction is {pre1:.6f} × {log1:.4f} = {corr1w:.5f} V and ΔE = 0.190 − {corr1w:.5f} = {e_c1w:.5f} V.

Therefore, the answer is {e_c1w * 1000:.1f} mV.
""",
    round(e_c1w * 1000, 1),
    "mV",
    "wrong_constant",
    f"RT/nF = {pre1:.6f} V goes with ln, not log₁₀ (with log₁₀ the factor is 0.0592/n); "
    f"ln 160 = {ln1:.4f}, ΔE = {e_c1 * 1000:.1f} mV",
)

# corrosion_04: iron lost to a 0.25 A stray current over one year.
t_c4 = 365 * 24 * 3600
q_c4 = 0.25 * t_c4
m_c4 = q_c4 * 55.85 / (2 * F)
add(
    "h8b_corrosion_04",
    "markdown",
    f"""
### Step 1: Charge passed in one year
- t = 365 × 24 × 3600 = **{th(t_c4)} s**
- Q = I t = 0.25 A × {th(t_c4)} s = **{uni(q_c4, 4)} C**

### Step 2: Faraday's law (Fe → Fe²⁺ + 2e⁻)
- m = Q M/(n F), with M = 55.85 g/mol, n = 2, F = 96 485 C/mol
- m = {uni(q_c4, 4)} × 55.85 / (2 × 96 485) = **{th(m_c4)} g**

### Step 3: In kilograms
- m = **{m_c4 / 1000:.2f} kg**

About **{m_c4 / 1000:.2f} kg** of iron is lost from the pipe in a year.
""",
    round(m_c4 / 1000, 2),
    "kg",
)
q_c4w = q_c4 / 10
m_c4w = q_c4w * 55.85 / (2 * F)
add(
    "h8b_corrosion_04",
    "bare",
    f"""
t = 1 year = 365 × 24 × 3600 s = {uni(t_c4, 4)} s

Q = It = 0.25 × {uni(t_c4, 4)} = {uni(q_c4w, 4)} C

m = QM/(nF) = {uni(q_c4w, 4)} × 55.85/(2 × 96 485) = {m_c4w:.1f} g

{m_c4w / 1000:.3f}
""",
    round(m_c4w / 1000, 3),
    "kg",
    "arithmetic_slip",
    f"Q = 0.25 × {uni(t_c4, 4)} = {uni(q_c4, 4)} C (the exponent slipped by one); "
    f"m = {m_c4 / 1000:.2f} kg",
)

if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
