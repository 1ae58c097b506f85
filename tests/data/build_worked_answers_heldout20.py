"""Build tests/data/worked_answers_heldout20.jsonl: blind worked answers to 20 questions of set U.

Written blind to 20 questions of ``answer_exam_heldout20.json`` (exam set U), covering all its
fourteen topics and skipping the must-refuse items and the items with two readings; the answer
engine, its checker and its solver were not read. Every question has two responses: one correct
throughout, and one with exactly one labelled mistake (``worked_answers_check.ERROR_CLASSES``)
whose note names the first wrong step and the value it should have had.

Twelve of the twenty mistakes are physics or chemistry errors carried through with clean
arithmetic: the Bragg angle θ answered where 2θ is asked, °C used as K in a vacancy fraction,
the 2.303 dropped when a natural-log exponent is turned into log₁₀ D, the radius formula fed
the diameter in a lateral contraction, the 1/n root dropped from a power-law creep stress, the
lever rule inverted for proeutectoid ferrite, log₁₀ 2 used for ln 2 in an Avrami half-time, the
2 of E_g/2kT dropped from a band gap, the square root dropped from the critical-field parabola,
the sign of a constrained thermal stress lost, the shear modulus G answered for Young's modulus
of a rubber, and a natural log paired with 0.05916 V in the Nernst equation. The other eight are
slips: 1 in² taken as 25.4 mm², a 5 mm sheet converted to 0.05 m, a wrong quotient 70/63.55 in a
wt%→at% conversion, a decimal slip in σ|R_H|, a band gap 1,42 eV copied as 1.24 eV, a correctly
computed heat misreported in the final line, the O₂ diffusivity copied as 2.5 for 2.0 × 10⁻⁵, and
a wrong quotient 0.4/3.5 in a transverse composite modulus.

Writing styles copied from chat models: "### Step" markdown, TeX display maths closing with
``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains, a
"Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. Constants are quoted with their values, and intermediate values are
rounded the way a model rounds them, so that only the labelled step is wrong. All numbers are
computed below.

Run: ``python tests/data/build_worked_answers_heldout20.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout20``.
"""

from __future__ import annotations

import math

from worked_writing import HC_EV_NM, K_EV, F, R, WorkedSet, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout20", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


def s3(x: float, n: int = 3) -> float:
    """``x`` to ``n`` significant figures (an intermediate value as written)."""
    return float(f"{x:.{n - 1}e}")


# ---------------------------------------------------------------- crystallography / XRD

# 2θ of Mo (211) with Cu Kα.
q = "h20a_crystallography_xrd_01"
d1 = r(0.3147 / math.sqrt(6), 5)
sin1 = r(0.15406 / (2 * d1), 4)
th1 = r(math.degrees(math.asin(sin1)), 2)
add(
    q,
    "markdown",
    f"""
### Step 1: Interplanar spacing
For a cubic crystal d_hkl = a/√(h² + k² + l²). For (211): h² + k² + l² = 6.

d₂₁₁ = 0.3147 nm / √6 = 0.3147/2.4495 = {d1:.5f} nm

### Step 2: Bragg's law
sin θ = λ/(2d) = 0.15406/(2 × {d1:.5f}) = {sin1:.4f}

θ = arcsin({sin1:.4f}) = {th1:.2f}°

### Step 3: Diffraction angle
2θ = 2 × {th1:.2f}° = **{2 * th1:.2f}°**

(The density and melting point are not needed.)
""",
    r(2 * th1, 2),
    "degree",
)
add(
    q,
    "prose",
    f"""
For the (211) planes of a cubic metal, the spacing is d = a/√(2² + 1² + 1²) = 0.3147/√6 =
{d1:.5f} nm. Bragg's law with n = 1 gives sin θ = λ/(2d) = 0.15406/(2 × {d1:.5f}) = {sin1:.4f},
so the diffraction angle is arcsin({sin1:.4f}) = {th1:.2f}°. The density and the melting point
given in the data are not needed for this part.

Therefore, the answer is {th1:.2f}°.
""",
    th1,
    "degree",
    "wrong_quantity",
    f"The last step reports θ = {th1:.2f}° as the diffraction angle; the question asks for 2θ "
    f"= {2 * th1:.2f}°.",
)

# ---------------------------------------------------------------- defects

# Vacancies per 10⁶ atoms in Cu at 1084 °C.
q = "h20a_defects_01"
T1 = 1084 + 273.15
kt1 = r(K_EV * T1, 5)
ex1 = r(0.90 / kt1, 3)
nv1 = math.exp(-ex1) * 1e6
kt1w = r(K_EV * 1084, 5)
ex1w = r(0.90 / kt1w, 3)
nv1w = math.exp(-ex1w) * 1e6
add(
    q,
    "tex",
    f"""
The equilibrium vacancy fraction is $N_v/N = \\exp(-Q_v/kT)$ with $k = 8.617\\times10^{{-5}}$ eV/K.

$$T = 1084 + 273.15 = {T1:.2f}\\ \\text{{K}}, \\qquad kT = {kt1:.5f}\\ \\text{{eV}}$$

$$\\frac{{N_v}}{{N}} = \\exp\\left(-\\frac{{0.90}}{{{kt1:.5f}}}\\right) = \\exp(-{ex1:.3f})
= {tex(nv1 * 1e-6, 3)}$$

Per $10^6$ atoms: ${tex(nv1 * 1e-6, 3)} \\times 10^6$

$$\\boxed{{\\approx {nv1:.0f}\\ \\text{{vacancies per }}10^6\\ \\text{{atoms}}}}$$
""",
    r(nv1, 0),
    "dimensionless",
)
add(
    q,
    "terse",
    f"""
N_v/N = exp(−Q_v/kT), k = 8.617 × 10⁻⁵ eV/K
kT = 8.617 × 10⁻⁵ × 1084 = {kt1w:.5f} eV
Q_v/kT = 0.90/{kt1w:.5f} = {ex1w:.3f}
N_v/N = exp(−{ex1w:.3f}) = {uni(nv1w * 1e-6, 3)}
× 10⁶ → ≈ {nv1w:.0f} vacancies per million atoms
""",
    r(nv1w, 0),
    "dimensionless",
    "unit_conversion",
    f"kT uses T = 1084 (the °C figure) as kelvin; T = {T1:.2f} K, so kT = {kt1:.5f} eV and "
    f"there are ≈ {nv1:.0f} vacancies per 10⁶ atoms.",
)

# ASTM n = 6 → grains per mm² of real surface.
q = "h20a_defects_06"
n6 = 2 ** (6 - 1)
per_in2 = n6 * 100**2
per_mm2 = per_in2 / 645.16
per_mm2w = per_in2 / 25.4
add(
    q,
    "given_first",
    f"""
**Given:** ASTM grain size number n = 6
**Find:** grains per mm² of the actual (unmagnified) surface

The ASTM relation N = 2ⁿ⁻¹ gives the grains per square inch seen at 100×:
N = 2⁵ = {n6} grains/in² at 100×.

At 100× the linear magnification is 100, so each square inch of the image covers
(1/100)² in² of the sample. Grains per square inch of real surface:
{n6} × 100² = {per_in2:,} grains/in²

1 in = 25.4 mm, so 1 in² = 645.16 mm²:
{per_in2:,} / 645.16 ≈ {per_mm2:.0f} grains/mm²

So about **{per_mm2:.0f} grains per mm²**.
""",
    r(per_mm2, 0),
    "1/mm**2",
)
add(
    q,
    "final_line",
    f"""
Use the ASTM definition N = 2^(n−1), where N is the number of grains per square inch on a
micrograph at 100×.

- N = 2^(6−1) = {n6} grains per in² at 100×
- Removing the magnification (area scales as 100²): {n6} × 10 000 = {per_in2:,} grains per in²
  of real surface
- Converting to mm² (1 in² = 25.4 mm²): {per_in2:,}/25.4 ≈ {per_mm2w:,.0f} grains/mm²

**Final Answer:** ≈ {per_mm2w:.0f} grains/mm²
""",
    r(per_mm2w, 0),
    "1/mm**2",
    "unit_conversion",
    f"The conversion takes 1 in² = 25.4 mm²; 1 in² = 25.4² = 645.16 mm², so "
    f"{per_in2:,}/645.16 ≈ {per_mm2:.0f} grains/mm².",
)

# ---------------------------------------------------------------- diffusion

# log10 D for Ni in Cu at 1050 °C.
q = "h20a_diffusion_01"
T2 = 1050 + 273.15
x2 = r(256000 / (R * T2), 3)
l0 = r(math.log10(6.5e-5), 3)
lgD = r(l0 - x2 / math.log(10), 2)
lgDw = r(l0 - x2, 2)
add(
    q,
    "terse",
    f"""
D = D₀ exp(−Q/RT), R = 8.314 J/(mol·K)
T = 1050 + 273.15 = {T2:.2f} K
Q/RT = 256 000/(8.314 × {T2:.2f}) = {x2:.3f}
log₁₀ D = log₁₀ D₀ − (Q/RT)/ln 10 = {l0:.3f} − {x2:.3f}/2.3026 = {lgD:.2f}

log₁₀ D ≈ {lgD:.2f}
""",
    lgD,
    "dimensionless",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Absolute temperature
T = 1050 + 273.15 = {T2:.2f} K

### Step 2: The exponent
Q/(RT) = 256 000 J/mol / (8.314 J/(mol·K) × {T2:.2f} K) = {x2:.3f}

### Step 3: Take log₁₀ of the Arrhenius equation
log₁₀ D = log₁₀ D₀ − Q/(RT) = log₁₀(6.5 × 10⁻⁵) − {x2:.3f} = {l0:.3f} − {x2:.3f} = {lgDw:.2f}

**log₁₀ D ≈ {lgDw:.2f}**
""",
    lgDw,
    "dimensionless",
    "missing_factor",
    f"Step 3 subtracts the natural-log exponent Q/RT = {x2:.3f} from log₁₀ D₀ without dividing "
    f"by ln 10 = 2.303; log₁₀ D = {l0:.3f} − {x2:.3f}/2.303 = {lgD:.2f}.",
)

# Steady-state H₂ flux through Pd, g/(m²·day).
q = "h20a_diffusion_04"
J4 = 1.0e-8 * (2.4 - 0.6) / 5e-3
Jd = J4 * 86400 * 1000
J4w = 1.0e-8 * (2.4 - 0.6) / 5e-2
Jdw = J4w * 86400 * 1000
add(
    q,
    "bare",
    f"""
Fick's first law: J = D ΔC/Δx

ΔC = 2.4 − 0.6 = 1.8 kg/m³, Δx = 5 mm = 5 × 10⁻³ m

J = 1.0 × 10⁻⁸ × 1.8 / (5 × 10⁻³) = {uni(J4, 2)} kg/(m²·s)

Per day: {uni(J4, 2)} × 86 400 s = {J4 * 86400:.4f} kg = {Jd:.0f} g

{Jd:.0f}
""",
    r(Jd, 0),
    "g/(m**2*day)",
)
add(
    q,
    "prose",
    f"""
At steady state the flux follows Fick's first law, J = D(C₁ − C₂)/Δx. The concentration
difference is 2.4 − 0.6 = 1.8 kg/m³ and the sheet thickness is 5 mm = 0.05 m, so
J = (1.0 × 10⁻⁸ m²/s)(1.8 kg/m³)/(0.05 m) = {uni(J4w, 2)} kg m⁻² s⁻¹. A day has 86 400 s, so the
mass passing per square metre per day is {uni(J4w, 2)} × 86 400 = {J4w * 86400:.5f} kg, i.e.
{Jdw:.1f} g.

Therefore, the answer is {Jdw:.1f} g/(m²·day).
""",
    r(Jdw, 1),
    "g/(m**2*day)",
    "unit_conversion",
    f"The thickness 5 mm is converted to 0.05 m; 5 mm = 5 × 10⁻³ m, so J = {uni(J4, 2)} "
    f"kg/(m²·s) and {Jd:.0f} g/(m²·day).",
)

# ---------------------------------------------------------------- mechanical properties

# Diameter contraction of a 12 mm rod under 10 kN.
q = "h20a_mechanical_properties_01"
A1 = r(math.pi * 0.012**2 / 4, 9)
sig1 = r(10e3 / A1 / 1e6, 2)
ez1 = sig1 / 200e3
dd1 = r(0.3 * ez1 * 12e3, 3)
A1w = r(math.pi * 0.012**2, 9)
sig1w = r(10e3 / A1w / 1e6, 2)
ez1w = sig1w / 200e3
dd1w = r(0.3 * ez1w * 12e3, 3)
add(
    q,
    "final_line",
    f"""
**1. Axial stress**
A = πd²/4 = π(0.012 m)²/4 = {uni(A1, 4)} m²
σ = F/A = 10 000 N / {uni(A1, 4)} m² = {sig1:.2f} MPa

**2. Axial strain**
ε_z = σ/E = {sig1:.2f}/200 000 = {uni(ez1, 4)}

**3. Lateral strain**
ε_x = −ν ε_z = −0.3 × {uni(ez1, 4)} = −{uni(0.3 * ez1, 4)}

**4. Change in diameter**
Δd = ε_x d = −{uni(0.3 * ez1, 4)} × 12 mm = −{dd1 / 1000:.6f} mm = −{dd1:.3f} µm

**Final Answer:** the diameter shrinks by about {dd1:.2f} µm
""",
    r(dd1, 2),
    "um",
)
add(
    q,
    "tex",
    f"""
Cross-section: $A = \\pi r^2 = \\pi (0.012)^2 = {tex(A1w, 4)}\\ \\text{{m}}^2$

$$\\sigma = \\frac{{F}}{{A}} = \\frac{{10\\,000}}{{{tex(A1w, 4)}}} = {sig1w:.2f}\\ \\text{{MPa}}$$

$$\\varepsilon_z = \\frac{{\\sigma}}{{E}} = \\frac{{{sig1w:.2f}}}{{200\\,000}} = {tex(ez1w, 4)}$$

$$\\Delta d = \\nu\\,\\varepsilon_z\\,d = 0.3 \\times {tex(ez1w, 4)} \\times 12\\ \\text{{mm}}
= {dd1w:.3f}\\ \\mu\\text{{m}}$$

$$\\boxed{{\\Delta d \\approx {dd1w:.3f}\\ \\mu\\text{{m}}}}$$
""",
    dd1w,
    "um",
    "wrong_formula",
    f"The area uses πr² with r = 12 mm, which is the diameter; A = π(0.006)² = {uni(A1, 4)} m², "
    f"σ = {sig1:.2f} MPa and Δd = {dd1:.2f} µm.",
)

# ---------------------------------------------------------------- failure

# Creep: allowable stress for 1.0e-6 /h, n = 5.
q = "h20a_failure_07"
rat7 = 1.0e-6 / 2.5e-5
root7 = r(rat7**0.2, 4)
s7 = r(55 * root7, 1)
s7w = r(55 * rat7, 2)
add(
    q,
    "given_first",
    f"""
**Given:** ε̇₁ = 2.5 × 10⁻⁵ h⁻¹ at σ₁ = 55 MPa; n = 5; same temperature (650 °C)
**Find:** σ₂ for ε̇₂ = 1.0 × 10⁻⁶ h⁻¹

Steady-state creep: ε̇ = K σⁿ, so at fixed temperature

σ₂ = σ₁ (ε̇₂/ε̇₁)^(1/n) = 55 × ({rat7:.2f})^(1/5) = 55 × {root7:.4f} = {s7:.1f} MPa

The stress must not exceed about **{s7:.1f} MPa**.
""",
    s7,
    "MPa",
)
add(
    q,
    "terse",
    f"""
ε̇ = K σⁿ at constant T
σ₂/σ₁ = ε̇₂/ε̇₁ = 1.0 × 10⁻⁶ / 2.5 × 10⁻⁵ = {rat7:.2f}
σ₂ = 55 × {rat7:.2f} = {s7w:.2f} MPa
σ_max ≈ {s7w:.1f} MPa
""",
    r(s7w, 1),
    "MPa",
    "wrong_formula",
    f"The stress ratio is set equal to the rate ratio; with ε̇ ∝ σ⁵ it is "
    f"({rat7:.2f})^(1/5) = {root7:.4f}, so σ₂ = {s7:.1f} MPa.",
)

# ---------------------------------------------------------------- phase diagrams

# Proeutectoid ferrite in 1040 steel, g per kg.
q = "h20a_phase_diagrams_02"
wa = r((0.76 - 0.40) / (0.76 - 0.022), 4)
waw = r((0.40 - 0.022) / (0.76 - 0.022), 4)
add(
    q,
    "prose",
    f"""
Just below the eutectoid temperature, the proeutectoid ferrite fraction comes from the lever rule
applied just above 727 °C, between ferrite (0.022 wt% C) and austenite of eutectoid composition
(0.76 wt% C). The lever arm for ferrite is the distance from the alloy to the austenite side:
W_α' = (0.76 − 0.40)/(0.76 − 0.022) = 0.36/0.738 = {wa:.4f}. For 1 kg of steel this is
{wa:.4f} × 1000 g = {wa * 1000:.0f} g.

Therefore, the answer is about {wa * 1000:.0f} g of proeutectoid ferrite per kilogram.
""",
    r(wa * 1000, 0),
    "g",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Tie line
Just above 727 °C: α at 0.022 wt% C, γ at 0.76 wt% C; alloy C₀ = 0.40 wt% C.

### Step 2: Lever rule for proeutectoid ferrite
W_α' = (C₀ − C_α)/(C_γ − C_α) = (0.40 − 0.022)/(0.76 − 0.022) = 0.378/0.738 = {waw:.4f}

### Step 3: Per kilogram
m = {waw:.4f} × 1000 g = **{waw * 1000:.0f} g**
""",
    r(waw * 1000, 0),
    "g",
    "wrong_formula",
    f"Step 2 uses the lever arm on the ferrite side, which gives the austenite (pearlite) "
    f"fraction; W_α' = (0.76 − 0.40)/0.738 = {wa:.4f}, i.e. {wa * 1000:.0f} g.",
)

# Cu-30 wt% Zn → at%.
q = "h20a_phase_diagrams_07"
nzn = r(30 / 65.38, 4)
ncu = r(70 / 63.55, 4)
atz = r(100 * nzn / (nzn + ncu), 2)
ncuw = 1.1510
atzw = r(100 * nzn / (nzn + ncuw), 2)
add(
    q,
    "tex",
    f"""
Take 100 g of alloy, with $A_{{Zn}} = 65.38$ and $A_{{Cu}} = 63.55$ g/mol:

$$n_{{Zn}} = \\frac{{30}}{{65.38}} = {nzn:.4f}\\ \\text{{mol}}, \\qquad
n_{{Cu}} = \\frac{{70}}{{63.55}} = {ncu:.4f}\\ \\text{{mol}}$$

$$C'_{{Zn}} = \\frac{{{nzn:.4f}}}{{{nzn:.4f} + {ncu:.4f}}} \\times 100 = {atz:.2f}\\ \\text{{at\\%}}$$

$$\\boxed{{{atz:.1f}\\ \\text{{at\\% Zn}}}}$$
""",
    r(atz, 1),
    "percent",
)
add(
    q,
    "bare",
    f"""
Basis 100 g:
- Zn: 30 g / 65.38 g/mol = {nzn:.4f} mol
- Cu: 70 g / 63.55 g/mol = {ncuw:.4f} mol

at% Zn = {nzn:.4f}/({nzn:.4f} + {ncuw:.4f}) × 100 = {atzw:.2f}

≈ {atzw:.1f}
""",
    r(atzw, 1),
    "percent",
    "arithmetic_slip",
    f"70/63.55 is written {ncuw:.4f}; it is {ncu:.4f} mol, giving {atz:.2f} at% Zn.",
)

# ---------------------------------------------------------------- transformations / kinetics

# Avrami half-time, n = 2.5, k = 2.0e-4.
q = "h20a_transformations_kinetics_01"
x01 = r(math.log(2) / 2e-4, 1)
t01 = math.exp(0.4 * math.log(x01))
x01w = r(math.log10(2) / 2e-4, 1)
t01w = math.exp(0.4 * math.log(x01w))
add(
    q,
    "terse",
    f"""
y = 0.5 → exp(−k tⁿ) = 0.5 → k tⁿ = ln 2 = 0.6931
tⁿ = 0.6931/(2.0 × 10⁻⁴) = {x01:.1f}
t = {x01:.1f}^(1/2.5) = {x01:.1f}^0.4 = {t01:.1f} s
t₀.₅ ≈ {t01:.1f} s
""",
    r(t01, 1),
    "s",
)
add(
    q,
    "final_line",
    f"""
Set y = 0.5 in the Avrami equation:

0.5 = 1 − exp(−k t^n)  ⇒  k t^n = log(2) = 0.30103

t^n = 0.30103 / (2.0 × 10⁻⁴) = {x01w:.1f}

t = ({x01w:.1f})^(1/2.5) = {t01w:.1f} s

**Final Answer:** t₀.₅ ≈ {t01w:.1f} s
""",
    r(t01w, 1),
    "s",
    "wrong_formula",
    f"Taking logs of exp(−ktⁿ) = 0.5 gives ln 2 = 0.6931, not log₁₀ 2 = 0.30103; tⁿ = {x01:.1f} "
    f"and t = {t01:.1f} s.",
)

# ---------------------------------------------------------------- electrical

# Hall mobility.
q = "h20b_elec_03"
mu3 = 12 * 6.25e-3
add(
    q,
    "markdown",
    f"""
### Step 1: Mobility from Hall coefficient and conductivity
For one carrier type, σ = n|e|μ and |R_H| = 1/(n|e|), so μ = σ|R_H|.

### Step 2: Numbers
μ_e = 12 S/m × 6.25 × 10⁻³ m³/C = {mu3:.3f} m²/(V·s)

### Step 3: Convert
1 m² = 10⁴ cm² → μ_e = {mu3 * 1e4:.0f} cm²/(V·s)

**μ_e ≈ {mu3 * 1e4:.0f} cm²/(V·s)** (B and I are not needed once R_H is known.)
""",
    r(mu3 * 1e4, 0),
    "cm**2/(V*s)",
)
mu3w = 0.0075
add(
    q,
    "given_first",
    f"""
**Given:** R_H = −6.25 × 10⁻³ m³/C, σ = 12 S/m, n-type
**Find:** electron mobility μ_e in cm²/(V·s)

With a single carrier, μ_e = σ|R_H|:

μ_e = 12 × 6.25 × 10⁻³ = {mu3w:.4f} m²/(V·s)

In cm²: {mu3w:.4f} × 10⁴ = {mu3w * 1e4:.0f} cm²/(V·s)

μ_e ≈ **{mu3w * 1e4:.0f} cm²/(V·s)**
""",
    r(mu3w * 1e4, 0),
    "cm**2/(V*s)",
    "arithmetic_slip",
    f"12 × 6.25 × 10⁻³ is written 0.0075; it is {mu3:.3f} m²/(V·s), so μ_e = "
    f"{mu3 * 1e4:.0f} cm²/(V·s).",
)

# Band gap from σ at 27 and 127 °C.
q = "h20b_elec_09"
lr9 = r(math.log(8.0 / 0.5), 4)
dinv9 = r(1 / 300.15 - 1 / 400.15, 8)
eg9 = r(2 * K_EV * lr9 / dinv9, 3)
eg9w = r(K_EV * lr9 / dinv9, 3)
add(
    q,
    "prose",
    f"""
For an intrinsic semiconductor with constant mobilities, σ ∝ n_i ∝ exp(−E_g/2kT). Taking the ratio
of the two conductivities, ln(σ₂/σ₁) = (E_g/2k)(1/T₁ − 1/T₂). Here T₁ = 300.15 K, T₂ = 400.15 K,
ln(8.0/0.50) = ln 16 = {lr9:.4f}, and 1/T₁ − 1/T₂ = {uni(dinv9, 4)} K⁻¹. With
k = 8.617 × 10⁻⁵ eV/K, E_g = 2k ln(σ₂/σ₁)/(1/T₁ − 1/T₂) = 2 × 8.617 × 10⁻⁵ × {lr9:.4f} /
{uni(dinv9, 4)} = {eg9:.3f} eV.

Therefore, the answer is {eg9:.3f} eV.
""",
    eg9,
    "eV",
)
add(
    q,
    "tex",
    f"""
Intrinsic conduction: $\\sigma = \\sigma_0 \\exp(-E_g/kT)$, so

$$\\ln\\frac{{\\sigma_2}}{{\\sigma_1}} = \\frac{{E_g}}{{k}}\\left(\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}}\\right)$$

$$\\ln 16 = {lr9:.4f}, \\qquad \\frac{{1}}{{300.15}} - \\frac{{1}}{{400.15}} = {tex(dinv9, 4)}\\ \\text{{K}}^{{-1}}$$

$$E_g = \\frac{{8.617\\times10^{{-5}} \\times {lr9:.4f}}}{{{tex(dinv9, 4)}}} = {eg9w:.3f}\\ \\text{{eV}}$$

$$\\boxed{{E_g \\approx {eg9w:.3f}\\ \\text{{eV}}}}$$
""",
    eg9w,
    "eV",
    "missing_factor",
    f"The intrinsic carrier density goes as exp(−E_g/2kT), not exp(−E_g/kT); with the 2, "
    f"E_g = {eg9:.3f} eV.",
)

# ---------------------------------------------------------------- magnetic

# Max temperature for Pb at H = 4.0e4 A/m.
q = "h20b_mag_07"
hr7 = 4.0e4 / 6.4e4
sq7 = r(math.sqrt(1 - hr7), 4)
t7 = r(7.19 * sq7, 2)
t7w = r(7.19 * (1 - hr7), 2)
add(
    q,
    "bare",
    f"""
H_c(T) = H₀[1 − (T/T_c)²] → T = T_c √(1 − H/H₀)

H/H₀ = 4.0/6.4 = {hr7:.3f}
√(1 − {hr7:.3f}) = √{1 - hr7:.3f} = {sq7:.4f}
T = 7.19 × {sq7:.4f} = {t7:.2f}

{t7:.2f}
""",
    t7,
    "K",
)
add(
    q,
    "terse",
    f"""
H_c(T) = H₀[1 − (T/T_c)²]
Solve for T at H_c = 4.0 × 10⁴ A/m:
T/T_c = 1 − H/H₀ = 1 − {hr7:.3f} = {1 - hr7:.3f}
T = 7.19 × {1 - hr7:.3f} = {t7w:.2f} K
""",
    t7w,
    "K",
    "wrong_formula",
    f"Solving the parabola gives (T/T_c)² = 1 − H/H₀, so T/T_c = √{1 - hr7:.3f} = {sq7:.4f} "
    f"and T = {t7:.2f} K.",
)

# ---------------------------------------------------------------- optical

# GaAs absorption edge, E_g = 1,42 eV.
q = "h20b_opt_03"
l3 = r(HC_EV_NM / 1.42, 1)
l3w = r(HC_EV_NM / 1.24, 1)
add(
    q,
    "final_line",
    f"""
A photon is absorbed by a band-to-band transition only if hν ≥ E_g, so the longest wavelength is

λ_max = hc/E_g, with hc = 1239.84 eV·nm

E_g = 1,42 eV = 1.42 eV

λ_max = 1239.84/1.42 = {l3:.1f} nm

**Final Answer:** λ_max ≈ {l3:.0f} nm
""",
    r(l3, 0),
    "nm",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Condition for absorption
hc/λ ≥ E_g, so λ_max = hc/E_g.

### Step 2: Band gap
E_g = 1.24 eV

### Step 3: Wavelength (hc = 1239.84 eV·nm)
λ_max = 1239.84 / 1.24 = **{l3w:.0f} nm**
""",
    r(l3w, 0),
    "nm",
    "given_miscopied",
    f"Step 2 copies the band gap 1,42 eV as 1.24 eV; λ_max = 1239.84/1.42 = {l3:.0f} nm.",
)

# ---------------------------------------------------------------- thermal

# Constrained steel rod heated 20 → 60 °C.
q = "h20b_therm_02"
st2 = 207e3 * 12.0e-6 * 40
add(
    q,
    "given_first",
    f"""
**Given:** E = 207 GPa, α = 12.0 × 10⁻⁶ K⁻¹, ΔT = 60 − 20 = 40 K, ends fully constrained
**Find:** thermal stress (tension +)

The rod wants to expand by αΔT but the walls hold its length fixed, so the mechanical strain is
−αΔT and

σ = −EαΔT = −207 000 MPa × 12.0 × 10⁻⁶ × 40 = −{st2:.2f} MPa

σ ≈ **−{st2:.1f} MPa** (compressive). The diameter does not enter.
""",
    -r(st2, 1),
    "MPa",
)
add(
    q,
    "bare",
    f"""
σ = EαΔT
= 207 × 10³ MPa × 12.0 × 10⁻⁶ K⁻¹ × (60 − 20) K
= {st2:.2f}

≈ {st2:.1f}
""",
    r(st2, 1),
    "MPa",
    "sign_error",
    f"Heating a clamped rod puts it in compression, σ = −EαΔT = −{st2:.2f} MPa with tension "
    f"positive; the response drops the minus sign.",
)

# Brick wall, heat in one day.
q = "h20b_therm_03"
P3 = 0.72 * 12 * 25 / 0.25
Q3 = P3 * 86400 / 1e6
add(
    q,
    "tex",
    f"""
Steady conduction through a slab: $\\dot Q = kA\\,\\Delta T/\\Delta x$.

$$\\dot Q = \\frac{{0.72 \\times 12 \\times (20 - (-5))}}{{0.25}} = {P3:.0f}\\ \\text{{W}}$$

$$Q = \\dot Q\\,t = {P3:.0f}\\ \\text{{W}} \\times 86\\,400\\ \\text{{s}} = {tex(P3 * 86400, 4)}\\ \\text{{J}}$$

$$\\boxed{{Q \\approx {Q3:.1f}\\ \\text{{MJ}}}}$$
""",
    r(Q3, 1),
    "MJ",
)
Q3w = 76.4
add(
    q,
    "prose",
    f"""
Heat flows through the wall by steady one-dimensional conduction, q = kAΔT/L. With
k = 0.72 W/(m·K), A = 12 m², ΔT = 20 − (−5) = 25 K and L = 0.25 m, the rate is
q = 0.72 × 12 × 25/0.25 = {P3:.0f} W. Over one day (86 400 s) the heat conducted is
{P3:.0f} × 86 400 = {P3 * 86400:,.0f} J.

Therefore, the answer is about {Q3w:.1f} MJ.
""",
    Q3w,
    "MJ",
    "final_miscopied",
    f"The computed {P3 * 86400:,.0f} J is {Q3:.1f} MJ; the final line reports {Q3w:.1f} MJ.",
)

# ---------------------------------------------------------------- polymers

# Rubber modulus E = 3ρRT/M_c.
q = "h20b_poly_08"
G8 = 950 * R * 300 / 5.0 / 1e6
E8 = 3 * r(G8, 4)
add(
    q,
    "markdown",
    f"""
### Step 1: E = 3G
An incompressible solid has ν = 0.5, and E = 2G(1 + ν) = 2G × 1.5 = 3G.

### Step 2: Shear modulus from rubber elasticity (R = 8.314 J/(mol·K))
G = ρRT/M_c = (950 kg/m³ × 8.314 × 300 K)/(5.0 kg/mol) = {G8 * 1e6:,.0f} Pa = {G8:.4f} MPa

### Step 3: Young's modulus
E = 3 × {G8:.4f} = **{E8:.2f} MPa**
""",
    r(E8, 2),
    "MPa",
)
add(
    q,
    "given_first",
    f"""
**Given:** ρ = 0.95 g/cm³ = 950 kg/m³, M_c = 5000 g/mol = 5.0 kg/mol, T ≈ 300 K,
R = 8.314 J/(mol·K)
**Find:** Young's modulus E

For an incompressible rubber ν = 1/2, so E = 2G(1 + ν) = 3G.

Rubber elasticity:

E = ρRT/M_c = 950 × 8.314 × 300 / 5.0 = {G8 * 1e6:,.0f} Pa

E ≈ **{G8:.2f} MPa**
""",
    r(G8, 2),
    "MPa",
    "wrong_quantity",
    f"ρRT/M_c = {G8:.4f} MPa is the shear modulus G; the question asks for E = 3G = {E8:.2f} MPa.",
)

# ---------------------------------------------------------------- ceramics / composites

# Transverse modulus of carbon/epoxy.
q = "h20b_cc_02"
a2 = r(0.60 / 230, 7)
b2 = r(0.40 / 3.5, 7)
Et2 = r(1 / (a2 + b2), 2)
b2w = 0.1429
Et2w = r(1 / (a2 + b2w), 2)
add(
    q,
    "terse",
    f"""
(b) Isostress: 1/E_t = V_f/E_f + V_m/E_m
V_m = 1 − 0.60 = 0.40
0.60/230 = {a2:.7f}
0.40/3.5 = {b2:.7f}
1/E_t = {a2 + b2:.7f} GPa⁻¹
E_t = {Et2:.2f} GPa
""",
    Et2,
    "GPa",
)
add(
    q,
    "bare",
    f"""
(a) Carbon fibres have a much higher modulus (and lower density) than glass fibres, so they give
stiffer parts per unit mass.

(b) Transverse loading is the isostress case:

1/E_t = V_f/E_f + V_m/E_m = 0.60/230 + 0.40/3.5 = {a2:.5f} + {b2w:.4f} = {a2 + b2w:.5f}

E_t = 1/{a2 + b2w:.5f} = {Et2w:.2f}

(c) E_t stays close to E_m until V_f is large, then rises steeply.

{Et2w:.2f}
""",
    Et2w,
    "GPa",
    "arithmetic_slip",
    f"0.40/3.5 is written {b2w}; it is {b2:.4f}, so 1/E_t = {a2 + b2:.5f} and E_t = {Et2:.2f} GPa.",
)

# ---------------------------------------------------------------- corrosion

# Daniell cell: Zn | 0.50 M Zn²⁺ || 0.020 M Cu²⁺ | Cu at 25 °C.
q = "h20b_corr_02"
e0 = 0.340 - (-0.763)
lg2 = r(math.log10(0.50 / 0.020), 4)
ln2c = r(math.log(0.50 / 0.020), 4)
E2 = r(e0 - 0.05916 / 2 * lg2, 4)
E2w = r(e0 - 0.05916 / 2 * ln2c, 4)
add(
    q,
    "final_line",
    f"""
Cell reaction: Zn + Cu²⁺ → Zn²⁺ + Cu, n = 2.

Standard potentials: E°(Cu²⁺/Cu) = +0.340 V, E°(Zn²⁺/Zn) = −0.763 V, so
E° = 0.340 − (−0.763) = {e0:.3f} V.

Nernst equation at 25 °C:

E = E° − (0.05916/n) log₁₀([Zn²⁺]/[Cu²⁺]) = {e0:.3f} − 0.02958 × log₁₀(0.50/0.020)
= {e0:.3f} − 0.02958 × {lg2:.4f} = {E2:.4f} V

**Final Answer:** E ≈ {E2:.3f} V
""",
    r(E2, 3),
    "V",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Standard cell potential
E° = E°(Cu) − E°(Zn) = 0.340 − (−0.763) = {e0:.3f} V

### Step 2: Reaction quotient
Q = [Zn²⁺]/[Cu²⁺] = 0.50/0.020 = 25

### Step 3: Nernst equation (25 °C, n = 2)
E = E° − (0.05916/n) ln Q = {e0:.3f} − 0.02958 × ln 25 = {e0:.3f} − 0.02958 × {ln2c:.4f}
= {E2w:.4f} V

**E ≈ {E2w:.3f} V**
""",
    r(E2w, 3),
    "V",
    "wrong_constant",
    f"Step 3 pairs 0.05916 V (which is 2.303RT/F, for log₁₀) with ln Q; with log₁₀ 25 = "
    f"{lg2:.4f}, E = {E2:.3f} V.",
)

# O₂ limiting current density.
q = "h20b_corr_08"


def il8(dcm2: float) -> float:
    """Limiting current density in µA/cm² for D in cm²/s."""
    return 4 * F * (dcm2 * 1e-4) * 0.25 / 0.5e-3 * 100


i8 = il8(2.0e-5)
i8w = il8(2.5e-5)
add(
    q,
    "prose",
    f"""
The limiting current density for a diffusion-controlled reduction is i_L = nFDC/δ. Here n = 4
electrons per O₂, F = 96 485 C/mol, D = 2.0 × 10⁻⁵ cm²/s = 2.0 × 10⁻⁹ m²/s, C = 0.25 mol/m³ and
δ = 0.5 mm = 5 × 10⁻⁴ m. So i_L = 4 × 96 485 × 2.0 × 10⁻⁹ × 0.25 / (5 × 10⁻⁴) =
{i8 / 100:.4f} A/m². Since 1 A/m² = 100 µA/cm², this is {i8:.1f} µA/cm².

Therefore, the answer is {i8:.1f} µA/cm².
""",
    r(i8, 1),
    "uA/cm**2",
)
add(
    q,
    "tex",
    f"""
$$i_L = \\frac{{nFDC}}{{\\delta}}, \\quad n = 4,\\ F = 96\\,485\\ \\text{{C/mol}}$$

$D = 2.5\\times10^{{-5}}\\ \\text{{cm}}^2/\\text{{s}} = 2.5\\times10^{{-9}}\\ \\text{{m}}^2/\\text{{s}}$,
$C = 0.25\\ \\text{{mol/m}}^3$, $\\delta = 5\\times10^{{-4}}\\ \\text{{m}}$:

$$i_L = \\frac{{4 \\times 96\\,485 \\times 2.5\\times10^{{-9}} \\times 0.25}}{{5\\times10^{{-4}}}}
= {i8w / 100:.4f}\\ \\text{{A/m}}^2 = {i8w:.1f}\\ \\mu\\text{{A/cm}}^2$$

$$\\boxed{{i_L \\approx {i8w:.1f}\\ \\mu\\text{{A/cm}}^2}}$$
""",
    r(i8w, 1),
    "uA/cm**2",
    "given_miscopied",
    f"D is copied as 2.5 × 10⁻⁵ cm²/s; the question gives 2.0 × 10⁻⁵, so i_L = {i8:.1f} µA/cm².",
)


if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
    print(f"{sum(not rec['correct'] for rec in SET.records)} wrong responses")
