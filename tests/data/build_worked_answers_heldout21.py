"""Build tests/data/worked_answers_heldout21.jsonl: blind worked answers to 20 questions of set V.

Twenty questions of ``answer_exam_heldout21.json`` (exam set V) are answered here, at least one
from each of its fourteen topics; must-refuse items and items with two readings are left out. The
answer engine, its checker and its solver were not read while writing. Each question gets two
responses: one right at every step, and one with a single labelled mistake
(``worked_answers_check.ERROR_CLASSES``) whose note says which step first goes wrong and what value
that step should have had.

Twelve mistakes are physics or chemistry errors carried through with clean arithmetic: θ = 37.07°
given for the Cu (220) line where 2θ was asked; the tetrahedral factor √(3/2) − 1 used for the
octahedral hole in austenite; log₁₀ 10 = 1 used where ln 10 belongs in a two-temperature Arrhenius
step; the radius put in place of the diameter in a Poisson contraction; the whole length of an
internal crack taken as a; the total α fraction of Pb–40Sn answered where primary α was asked;
T_m = 1085 °C used as kelvin in r*; the sign of the Arrhenius exponent lost for recrystallization
time; the superconducting critical-field law taken as linear in T; the factor 3 of E = 3ρRT/M_c
dropped; the longitudinal rule of mixtures used for a transverse modulus; and 0.0592/n used with
ln instead of log₁₀ in the Nernst equation. The other eight are slips: sin θ divided wrongly
(0.2240 written 0.2420), the copper density copied as 8.04, 0.4769² squared wrongly, n = 0.22
copied as 0.25, 80 × 63.55 multiplied wrongly, 4.0 kG taken as 0.040 T, Btu/h converted to watts
with the square feet left alone, and a correct 1.593 × 10¹⁶ copied into the answer as 1.95 × 10¹⁶.

Styles imitate chat models: "### Step" markdown, TeX ending in ``\\boxed{}``, prose that ends
"Therefore, the answer is ...", terse equation chains, a "Given / Find" opening, a
"**Final Answer:**" line, and bare final numbers whose unit is only in the question. Constants are
quoted with values, intermediates are rounded the way a model rounds them, and every number is
computed below.

Run: ``python tests/data/build_worked_answers_heldout21.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout21``.
"""

from __future__ import annotations

import math

from worked_writing import C_0, E_CH, H_PL, K_EV, NA, R, WorkedSet, sp, tex, uni, val

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout21", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as a response writes it)."""
    return round(x, n)


# ---------------------------------------------------------------- crystallography / XRD

# 2θ of the Cu (220) line, a = 0.3615 nm, λ = 0.15406 nm.
q = "h21a_crystallography_xrd_01"
d1 = r(0.3615 / math.sqrt(8), 5)
s1 = r(0.15406 / (2 * d1), 4)
th1 = r(math.degrees(math.asin(s1)), 2)
add(
    q,
    "markdown",
    f"""
### Step 1: Check the reflection
Copper is FCC, so h, k, l must be unmixed. (220) is all even → allowed.

### Step 2: Interplanar spacing
d₂₂₀ = a/√(h² + k² + l²) = 0.3615 nm/√8 = 0.3615/2.8284 = **{d1:.5f} nm**

### Step 3: Bragg's law (n = 1)
sin θ = λ/(2d) = 0.15406/(2 × {d1:.5f}) = {s1:.4f}

θ = arcsin({s1:.4f}) = {th1:.2f}°

### Step 4: Detector angle
2θ = 2 × {th1:.2f}° = **{2 * th1:.2f}°**

The Cu (220) peak appears at 2θ ≈ {2 * th1:.2f}°.
""",
    r(2 * th1, 2),
    "degree",
)
add(
    q,
    "prose",
    f"""
For a cubic crystal the spacing of the (220) planes is d = a/√(2² + 2² + 0²) = 0.3615/√8, which
gives {d1:.5f} nm. Bragg's law in first order, λ = 2d sin θ, then gives
sin θ = 0.15406/(2 × {d1:.5f}) = {s1:.4f}, so the Bragg angle is arcsin({s1:.4f}) = {th1:.2f}°.
Since (220) has all-even indices it is allowed for FCC copper, so the peak is present.

Therefore, the answer is {th1:.2f}°.
""",
    th1,
    "degree",
    "wrong_quantity",
    f"The Bragg angle θ = {th1:.2f}° is given as the answer; the diffractometer angle asked for is "
    f"2θ = {2 * th1:.2f}°.",
)

# BCC lattice parameter from the first line at 2θ = 40.26°, λ = 0.1542 nm.
q = "h21a_crystallography_xrd_05"
th5 = 40.26 / 2
s5 = r(math.sin(math.radians(th5)), 5)
d5 = r(0.1542 / (2 * s5), 5)
a5 = r(d5 * math.sqrt(2), 4)
d5w = 0.2420
a5w = r(d5w * math.sqrt(2), 4)
add(
    q,
    "tex",
    f"""
The first (lowest-angle) line of a BCC pattern is $(110)$, since $h+k+l$ must be even.

$$\\theta = \\frac{{40.26^\\circ}}{{2}} = {th5:.2f}^\\circ, \\qquad \\sin\\theta = {s5:.5f}$$

$$d_{{110}} = \\frac{{\\lambda}}{{2\\sin\\theta}} = \\frac{{0.1542}}{{2({s5:.5f})}} = {d5:.5f}\\ \\mathrm{{nm}}$$

$$a = d_{{110}}\\sqrt{{1^2+1^2+0^2}} = {d5:.5f} \\times 1.4142 = {a5:.4f}\\ \\mathrm{{nm}}$$

$$\\boxed{{a \\approx {a5 * 10:.3f}\\ \\text{{Å}}}}$$
""",
    r(a5 * 10, 3),
    "angstrom",
)
add(
    q,
    "given_first",
    f"""
**Given:** BCC, first line at 2θ = 40.26°, λ = 0.1542 nm
**Find:** lattice parameter a (Å)

**Solution**

For BCC the reflection rule is h + k + l even, so the first line is (110).

θ = 20.13°, sin θ = {s5:.5f}

d₁₁₀ = λ/(2 sin θ) = 0.1542/(2 × {s5:.5f}) = 0.1542/{2 * s5:.5f} = {d5w:.4f} nm

a = d√(h² + k² + l²) = {d5w:.4f} × √2 = {a5w:.4f} nm

**Answer:** a ≈ {a5w * 10:.3f} Å
""",
    r(a5w * 10, 3),
    "angstrom",
    "arithmetic_slip",
    f"0.1542/{2 * s5:.5f} is {d5:.5f} nm, not {d5w:.4f} nm (digits miswritten); then "
    f"a = {a5:.4f} nm = {a5 * 10:.3f} Å.",
)

# ---------------------------------------------------------------- defects

# Vacancies in Cu at 1000 °C: Q_v = 0.90 eV, ρ = 8.40 g/cm³, A = 63.5 g/mol.
q = "h21a_defects_01"
T1 = 1273
N1 = r(NA * 8.40 / 63.5 / 1e22, 3)
x1 = r(0.90 / (K_EV * T1), 3)
e1 = math.exp(-x1)
nv1 = N1 * 1e22 * val(e1, 3)
N1w = r(NA * 8.04 / 63.5 / 1e22, 3)
nv1w = N1w * 1e22 * val(e1, 3)
add(
    q,
    "terse",
    f"""
N = N_A ρ/A = 6.022×10²³ × 8.40/63.5 = {N1:.3f}×10²² atoms/cm³
T = 1000 + 273 = {T1} K
Q_v/kT = 0.90/(8.617×10⁻⁵ × {T1}) = {x1:.3f}
exp(−{x1:.3f}) = {uni(e1, 3)}
N_v = {N1:.3f}×10²² × {uni(e1, 3)} = {uni(nv1, 3)} cm⁻³

N_v ≈ {uni(nv1, 3)} cm⁻³  (blank: {val(nv1, 3) / 1e19:.2f})
""",
    val(nv1, 3),
    "1/cm**3",
)
add(
    q,
    "final_line",
    f"""
Number of lattice sites per cm³:
N = N_A ρ/A_Cu = (6.022 × 10²³ × 8.04)/63.5 = {N1w:.3f} × 10²² cm⁻³

Boltzmann factor at T = 1273 K (k = 8.617 × 10⁻⁵ eV/K):
Q_v/kT = 0.90/(8.617 × 10⁻⁵ × 1273) = {x1:.3f} → exp(−{x1:.3f}) = {uni(e1, 3)}

Vacancy concentration:
N_v = N exp(−Q_v/kT) = {N1w:.3f} × 10²² × {uni(e1, 3)} = {uni(nv1w, 3)} cm⁻³

**Final Answer:** N_v ≈ {uni(nv1w, 3)} cm⁻³
""",
    val(nv1w, 3),
    "1/cm**3",
    "given_miscopied",
    f"The density 8.40 g/cm³ is copied as 8.04; N should be {N1:.3f} × 10²² cm⁻³ and "
    f"N_v = {uni(nv1, 3)} cm⁻³.",
)

# Largest sphere in an octahedral site of FCC iron, R = 0.129 nm (pm).
q = "h21a_defects_08"
f8 = r(math.sqrt(2) - 1, 4)
r8 = r(f8 * 129, 1)
f8w = r(math.sqrt(1.5) - 1, 4)
r8w = r(f8w * 129, 1)
add(
    q,
    "prose",
    f"""
In an FCC lattice the octahedral hole sits at the middle of each cube edge (and at the cube
centre). Along the edge the two corner atoms and the interstitial sphere line up, so
a = 2R + 2r. The atoms of an FCC cell touch along the face diagonal, so a = 2√2 R. Setting the two
equal, r = (√2 − 1)R = {f8:.4f}R. With R = 0.129 nm = 129 pm, r = {f8:.4f} × 129 pm = {r8:.1f} pm.
A 71 pm carbon atom is therefore too big for the site and pushes the neighbouring iron atoms
apart.

Therefore, the answer is {r8:.1f} pm.
""",
    r8,
    "pm",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Geometry of the hole
In FCC the interstitial site lies where the sphere touches its neighbours along the body
diagonal of a small cube of side a/2, so r + R = (√3/4)a, and with a = 2√2 R:

r + R = (√3/4)(2√2 R) = (√6/2) R = 1.2247 R

### Step 2: Radius ratio
r/R = √(3/2) − 1 = **{f8w:.4f}**

### Step 3: Numerical value
R = 0.129 nm = 129 pm
r = {f8w:.4f} × 129 pm = **{r8w:.1f} pm**

The largest undistorted interstitial sphere is about {r8w:.1f} pm, far smaller than carbon
(71 pm).
""",
    r8w,
    "pm",
    "wrong_formula",
    f"The tetrahedral-site relation r/R = √(3/2) − 1 is used; the octahedral site (on the cube "
    f"edge, a = 2R + 2r) gives r/R = √2 − 1 = {f8:.4f} and r = {r8:.1f} pm.",
)

# ---------------------------------------------------------------- diffusion

# Carburizing time: C0 = 0.20, Cs = 1.00, Cx = 0.60 wt%, x = 0.8 mm, D = 1.6e-11 m²/s.
q = "h21a_diffusion_03"
z3 = 0.4769
z3sq = r(z3**2, 4)
t3 = (0.8e-3) ** 2 / (4 * 1.6e-11 * z3sq)
h3 = r(t3 / 3600, 2)
z3sqw = 0.2724
t3w = (0.8e-3) ** 2 / (4 * 1.6e-11 * z3sqw)
h3w = r(t3w / 3600, 2)
add(
    q,
    "given_first",
    f"""
**Given:** C₀ = 0.20 wt%, C_s = 1.00 wt%, C_x = 0.60 wt% at x = 0.8 mm, D = 1.6 × 10⁻¹¹ m²/s
**Find:** carburizing time t (h)

**Solution**

Fick's second law for a semi-infinite solid:

(C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt))

(0.60 − 0.20)/(1.00 − 0.20) = 0.40/0.80 = 0.5 → erf z = 0.5 → z = {z3} (from the erf table)

x/(2√(Dt)) = z → t = x²/(4Dz²)

z² = {z3sq:.4f}

t = (8.0 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × {z3sq:.4f}) = 6.4 × 10⁻⁷/{uni(4 * 1.6e-11 * z3sq, 4)}
  = {uni(t3, 4)} s

t = {t3:.0f}/3600 = {h3:.2f} h

**Answer:** about {h3:.1f} h
""",
    r(h3, 1),
    "h",
)
add(
    q,
    "tex",
    f"""
Error-function solution:
$$\\frac{{C_x - C_0}}{{C_s - C_0}} = 1 - \\operatorname{{erf}}\\left(\\frac{{x}}{{2\\sqrt{{Dt}}}}\\right)
\\;\\Rightarrow\\; \\operatorname{{erf}}(z) = 1 - \\frac{{0.40}}{{0.80}} = 0.5
\\;\\Rightarrow\\; z = {z3}$$

$$t = \\frac{{x^2}}{{4Dz^2}}, \\qquad z^2 = (0.4769)^2 = {z3sqw:.4f}$$

$$t = \\frac{{(0.8\\times10^{{-3}})^2}}{{4(1.6\\times10^{{-11}})({z3sqw:.4f})}}
= \\frac{{6.4\\times10^{{-7}}}}{{{tex(4 * 1.6e-11 * z3sqw, 4)}}} = {tex(t3w, 4)}\\ \\mathrm{{s}}$$

$$t = \\frac{{{t3w:.0f}}}{{3600}} \\approx \\boxed{{{h3w:.2f}\\ \\mathrm{{h}}}}$$
""",
    h3w,
    "h",
    "arithmetic_slip",
    f"0.4769² is {z3sq:.4f}, not {z3sqw:.4f}; with it t = {uni(t3, 4)} s = {h3:.2f} h.",
)

# Temperature rise for the same Cu-in-Al profile in 1 h instead of 10 h, Q = 136 kJ/mol.
q = "h21a_diffusion_07"
T7 = 773.15
inv1 = r(1 / T7, 8)
corr7 = r(R * math.log(10) / 136000, 8)
inv2 = inv1 - corr7
T7b = r(1 / inv2, 1)
dT7 = r(T7b - T7, 1)
corr7w = r(R * 1 / 136000, 8)
inv2w = inv1 - corr7w
T7bw = r(1 / inv2w, 1)
dT7w = r(T7bw - T7, 1)
add(
    q,
    "bare",
    f"""
Same profile means the same Dt, so D must rise by a factor 10/1 = 10.

D₂/D₁ = exp[−(Q/R)(1/T₂ − 1/T₁)] = 10
1/T₂ = 1/T₁ − (R ln 10)/Q

1/T₁ = 1/773.15 = {inv1 * 1e3:.5f} × 10⁻³ K⁻¹
(R ln 10)/Q = 8.314 × 2.3026/136 000 = {corr7 * 1e4:.4f} × 10⁻⁴ K⁻¹
1/T₂ = {inv2 * 1e3:.5f} × 10⁻³ K⁻¹ → T₂ = {T7b:.1f} K ({T7b - 273.15:.1f} °C)

Increase: {T7b:.1f} − 773.15 ≈ {dT7:.1f}
""",
    dT7,
    "K",
)
add(
    q,
    "terse",
    f"""
Dt = const → D₂/D₁ = t₁/t₂ = 10
log(D₂/D₁) = (Q/R)(1/T₁ − 1/T₂)
1/T₂ = 1/T₁ − R log(10)/Q = 1/773.15 − 8.314 × 1/136 000
     = {inv1 * 1e3:.5f}×10⁻³ − {corr7w * 1e5:.3f}×10⁻⁵ = {inv2w * 1e3:.5f}×10⁻³ K⁻¹
T₂ = {T7bw:.1f} K
ΔT = {T7bw:.1f} − 773.15 = {dT7w:.1f} K

Raise by ≈ {dT7w:.1f} K
""",
    dT7w,
    "K",
    "wrong_formula",
    f"The Arrhenius ratio needs ln 10 = 2.3026, not log₁₀ 10 = 1: 1/T₂ = {inv2 * 1e3:.5f} × 10⁻³ K⁻¹, "
    f"T₂ = {T7b:.1f} K and the rise is {dT7:.1f} K.",
)

# ---------------------------------------------------------------- mechanical properties

# Diameter shrink of a 12.7 mm brass rod under 15 000 N, E = 97 GPa, ν = 0.34 (µm).
q = "h21a_mechanical_properties_02"
A2 = r(math.pi * 6.35**2, 1)
sg2 = r(15000 / A2, 1)
ez2 = r(sg2 / 97000, 7)
ex2 = r(0.34 * ez2, 7)
dd2 = r(ex2 * 12.7 * 1000, 2)
dd2w = r(ex2 * 6.35 * 1000, 2)
add(
    q,
    "final_line",
    f"""
Cross-section: A = π(d/2)² = π × (6.35 mm)² = {A2:.1f} mm²

Axial stress: σ = F/A = 15 000 N/{A2:.1f} mm² = {sg2:.1f} MPa

Axial strain: ε_z = σ/E = {sg2:.1f}/97 000 = {uni(ez2, 4)}

Lateral strain: ε_x = −ν ε_z = −0.34 × {uni(ez2, 4)} = −{uni(ex2, 3)}

Change in diameter: Δd = ε_x d₀ = −{uni(ex2, 3)} × 12.7 mm = −{dd2 / 1000:.5f} mm = −{dd2:.2f} µm

**Final Answer:** the diameter shrinks by about {dd2:.2f} µm
""",
    dd2,
    "um",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Stress
A = π r² = π (6.35)² = {A2:.1f} mm²
σ = 15 000/{A2:.1f} = **{sg2:.1f} MPa**

### Step 2: Strains
- ε_z = σ/E = {sg2:.1f}/(97 × 10³) = {uni(ez2, 4)}
- ε_x = −ν ε_z = −{uni(ex2, 3)}

### Step 3: Lateral contraction
The lateral strain acts over the radius r = 6.35 mm:
Δ = {uni(ex2, 3)} × 6.35 mm = {dd2w / 1000:.5f} mm = **{dd2w:.2f} µm**

The diameter decreases by about {dd2w:.2f} µm.
""",
    dd2w,
    "um",
    "wrong_formula",
    f"The lateral strain is multiplied by the radius 6.35 mm; the diameter change is ε_x d₀ = "
    f"{uni(ex2, 3)} × 12.7 mm = {dd2:.2f} µm.",
)

# True plastic strain to reach 650 MPa, K = 900 MPa, n = 0.22 (two decimals).
q = "h21a_mechanical_properties_05"
ra5 = r(650 / 900, 4)
p5 = r(1 / 0.22, 3)
e5 = r(ra5**p5, 4)
e5w = r(ra5**4, 4)
add(
    q,
    "tex",
    f"""
$$\\sigma_T = K\\varepsilon_T^n \\;\\Rightarrow\\; \\varepsilon_T = \\left(\\frac{{\\sigma_T}}{{K}}\\right)^{{1/n}}$$

$$\\varepsilon_T = \\left(\\frac{{650}}{{900}}\\right)^{{1/0.22}} = ({ra5:.4f})^{{{p5:.3f}}} = {e5:.4f}$$

$$\\boxed{{\\varepsilon_T \\approx {e5:.2f}}}$$
""",
    r(e5, 2),
    "dimensionless",
)
add(
    q,
    "bare",
    f"""
Hollomon: σ_T = K ε_T^n → ε_T = (σ_T/K)^(1/n)

σ_T/K = 650/900 = {ra5:.4f}
1/n = 1/0.25 = 4
ε_T = {ra5:.4f}⁴ = {e5w:.4f}

{e5w:.2f}
""",
    r(e5w, 2),
    "dimensionless",
    "given_miscopied",
    f"The hardening exponent is 0.22, not 0.25: 1/n = {p5:.3f} and ε_T = {ra5:.4f}^{p5:.3f} = "
    f"{e5:.4f} ≈ {e5:.2f}.",
)

# ---------------------------------------------------------------- failure

# Critical stress, internal crack of total length 5.0 mm, K_IC = 50 MPa√m, Y = 1.
q = "h21a_failure_01"
den1 = r(math.sqrt(math.pi * 0.0025), 5)
sc1 = r(50 / den1, 1)
den1w = r(math.sqrt(math.pi * 0.005), 5)
sc1w = r(50 / den1w, 1)
add(
    q,
    "prose",
    f"""
For an internal crack the length entering the fracture-toughness relation is half of the total
crack length, so a = 5.0/2 = 2.5 mm = 0.0025 m. The critical stress follows from
K_IC = Yσ_c√(πa): σ_c = K_IC/(Y√(πa)) = 50/(1.0 × √(π × 0.0025)) = 50/{den1:.5f} = {sc1:.1f} MPa.
This is below the yield strength of 1 400 MPa, so the plate fractures before it yields.

Therefore, the answer is σ_c ≈ {sc1:.0f} MPa.
""",
    r(sc1, 0),
    "MPa",
)
add(
    q,
    "given_first",
    f"""
**Given:** K_IC = 50 MPa·m^½, Y = 1.0, internal crack 5.0 mm long, σ_y = 1 400 MPa
**Find:** critical stress σ_c

**Solution**

K_IC = Y σ_c √(πa), with a = 5.0 mm = 0.005 m

σ_c = K_IC/(Y√(πa)) = 50/(1.0 × √(π × 0.005)) = 50/{den1w:.5f} = {sc1w:.1f} MPa

σ_c < σ_y, so fast fracture controls.

**Answer:** σ_c ≈ {sc1w:.0f} MPa
""",
    r(sc1w, 0),
    "MPa",
    "wrong_formula",
    f"For an internal crack a is half the total length, 2.5 mm; √(π × 0.0025) = {den1:.5f} and "
    f"σ_c = {sc1:.1f} MPa.",
)

# ---------------------------------------------------------------- phase diagrams

# Primary α in Pb–40 wt% Sn just below 183 °C (percent).
q = "h21a_phase_diagrams_02"
wp2 = r((61.9 - 40) / (61.9 - 18.3), 4)
wt2 = r((97.8 - 40) / (97.8 - 18.3), 4)
add(
    q,
    "terse",
    f"""
Primary α = α present just above 183 °C (α + L region):
W_α' = (C_eut − C₀)/(C_eut − C_α) = (61.9 − 40)/(61.9 − 18.3) = 21.9/43.6 = {wp2:.4f}

Primary α ≈ {wp2 * 100:.1f} %
""",
    r(wp2 * 100, 1),
    "percent",
)
add(
    q,
    "final_line",
    f"""
Just below the eutectic the alloy is α + β, and the lever rule across the whole α + β tie line
at 183 °C gives the α content:

W_α = (C_β − C₀)/(C_β − C_α) = (97.8 − 40)/(97.8 − 18.3) = 57.8/79.5 = {wt2:.4f}

So about {wt2 * 100:.1f} % of the mass is α.

**Final Answer:** {wt2 * 100:.1f} %
""",
    r(wt2 * 100, 1),
    "percent",
    "wrong_quantity",
    f"This is the total α (primary plus eutectic); primary α is the α present just above 183 °C, "
    f"(61.9 − 40)/(61.9 − 18.3) = {wp2:.4f} = {wp2 * 100:.1f} %.",
)

# Cu–20 at% Ag to wt% Ag.
q = "h21a_phase_diagrams_06"
mag = r(20 * 107.87, 1)
mcu = r(80 * 63.55, 1)
w6 = r(100 * mag / (mag + mcu), 2)
mcuw = 5804.0
w6w = r(100 * mag / (mag + mcuw), 2)
add(
    q,
    "markdown",
    f"""
### Step 1: Basis
Take 100 atoms: 20 Ag and 80 Cu (A_Ag = 107.87 g/mol, A_Cu = 63.55 g/mol).

### Step 2: Masses
- Ag: 20 × 107.87 = {mag:.1f}
- Cu: 80 × 63.55 = {mcu:.1f}
- Total: {mag + mcu:.1f}

### Step 3: Weight percent
w_Ag = {mag:.1f}/{mag + mcu:.1f} × 100 = **{w6:.2f} wt% Ag**

The alloy is about Cu–{w6:.1f} w/o Ag.
""",
    w6,
    "percent",
)
add(
    q,
    "prose",
    f"""
To convert atom percent to weight percent, weight each element by its atomic mass. With
A(Ag) = 107.87 g/mol and A(Cu) = 63.55 g/mol, 100 atoms of the alloy contain
20 × 107.87 = {mag:.1f} mass units of silver and 80 × 63.55 = {mcuw:.1f} of copper, {mag + mcuw:.1f} in
all. The silver weight fraction is {mag:.1f}/{mag + mcuw:.1f} = {w6w / 100:.4f}.

Therefore, the answer is {w6w:.1f} w/o Ag.
""",
    r(w6w, 1),
    "percent",
    "arithmetic_slip",
    f"80 × 63.55 is {mcu:.1f}, not {mcuw:.1f}; the total is {mag + mcu:.1f} and w_Ag = {w6:.2f} wt%.",
)

# ---------------------------------------------------------------- transformations / kinetics

# r* for Cu undercooled by 250 K: γ = 0.177 J/m², ΔH_f = 1.88e9 J/m³ (nm).
q = "h21a_transformations_kinetics_02"
num2 = r(2 * 0.177 * 1358, 2)
rs2 = num2 / (1.88e9 * 250) * 1e9
num2w = r(2 * 0.177 * 1085, 2)
rs2w = num2w / (1.88e9 * 250) * 1e9
add(
    q,
    "given_first",
    f"""
**Given:** Cu, T_m = 1085 °C = 1358 K, ΔT = 250 K, γ = 0.177 J/m², ΔH_f = 1.88 × 10⁹ J/m³
**Find:** critical nucleus radius r*

**Solution**

r* = 2γT_m/(ΔH_f ΔT)

Numerator: 2 × 0.177 × 1358 = {num2:.2f} J·K/m²
Denominator: 1.88 × 10⁹ × 250 = 4.70 × 10¹¹ J·K/m³

r* = {num2:.2f}/(4.70 × 10¹¹) = {uni(rs2 * 1e-9, 3)} m

**Answer:** r* ≈ {rs2:.2f} nm
""",
    r(rs2, 2),
    "nm",
)
add(
    q,
    "tex",
    f"""
Homogeneous nucleation:
$$r^* = \\frac{{2\\gamma T_m}}{{\\Delta H_f\\,\\Delta T}}$$
With $T_m = 1085$ (copper), $\\gamma = 0.177\\ \\mathrm{{J/m^2}}$,
$\\Delta H_f = 1.88\\times10^{{9}}\\ \\mathrm{{J/m^3}}$, $\\Delta T = 250\\ \\mathrm{{K}}$:
$$r^* = \\frac{{2(0.177)(1085)}}{{(1.88\\times10^{{9}})(250)}} = \\frac{{{num2w:.2f}}}{{4.70\\times10^{{11}}}}
= {tex(rs2w * 1e-9, 3)}\\ \\mathrm{{m}}$$
$$\\boxed{{r^* \\approx {rs2w:.3f}\\ \\mathrm{{nm}}}}$$
""",
    r(rs2w, 3),
    "nm",
    "unit_conversion",
    f"T_m = 1085 °C is used as if it were kelvin; T_m = 1358 K gives a numerator of {num2:.2f} and "
    f"r* = {rs2:.2f} nm.",
)

# Recrystallization time at 300 °C given 80 min at 350 °C, Q = 180 kJ/mol (hours).
q = "h21a_transformations_kinetics_04"
di4 = r(1 / 573.15 - 1 / 623.15, 8)
x4 = r(180000 / R * di4, 3)
f4 = r(math.exp(x4), 2)
t4 = r(80 * f4, 1)
h4 = r(t4 / 60, 2)
f4w = r(math.exp(-x4), 5)
t4w = r(80 * f4w, 2)
h4w = r(t4w / 60, 4)
add(
    q,
    "prose",
    f"""
The time for a fixed fraction recrystallized scales as t ∝ exp(Q/RT), so
t₂/t₁ = exp[(Q/R)(1/T₂ − 1/T₁)], with T₁ = 623.15 K and T₂ = 573.15 K. The bracket is
1/573.15 − 1/623.15 = {di4 * 1e4:.4f} × 10⁻⁴ K⁻¹; multiplied by Q/R = 180 000/8.314 this gives
{x4:.3f}, and e^{x4:.3f} = {f4:.2f}. The lower temperature is slower by that factor:
t₂ = 80 min × {f4:.2f} = {t4:.0f} min, i.e. {t4:.0f}/60 = {h4:.2f} h.

Therefore, the answer is about {h4:.1f} h.
""",
    r(h4, 1),
    "h",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Arrhenius scaling of the time
Rate ∝ exp(−Q/RT), so t₂/t₁ = exp[−(Q/R)(1/T₂ − 1/T₁)].

### Step 2: Temperatures
- T₁ = 350 + 273.15 = 623.15 K
- T₂ = 300 + 273.15 = 573.15 K
- 1/T₂ − 1/T₁ = {di4 * 1e4:.4f} × 10⁻⁴ K⁻¹

### Step 3: Ratio
(Q/R)(1/T₂ − 1/T₁) = (180 000/8.314) × {di4 * 1e4:.4f} × 10⁻⁴ = {x4:.3f}
t₂/t₁ = e^(−{x4:.3f}) = {f4w:.5f}

### Step 4: Time at 300 °C
t₂ = 80 min × {f4w:.5f} = {t4w:.2f} min = **{h4w:.4f} h**

**Answer:** ≈ {h4w:.4f} h
""",
    h4w,
    "h",
    "sign_error",
    f"The time, not the rate, goes as exp(+Q/RT): t₂/t₁ = e^{x4:.3f} = {f4:.2f}, so "
    f"t₂ = {t4:.0f} min = {h4:.2f} h.",
)

# ---------------------------------------------------------------- electrical / semiconductors

# Hall bar: I = 25 mA, B = 4.0 kG, d = 0.50 mm, V_H = 1.8 mV (electrons per cm³).
q = "h21b_electrical_semiconductors_03"
den3 = E_CH * 5.0e-4 * 1.8e-3
n3 = 0.025 * 0.40 / den3 / 1e6
n3w = 0.025 * 0.040 / den3 / 1e6
add(
    q,
    "tex",
    f"""
Hall relation for one carrier type:
$$n = \\frac{{IB}}{{e\\,d\\,V_H}}$$
with $B = 4.0\\ \\mathrm{{kG}} = 0.40\\ \\mathrm{{T}}$ ($1\\ \\mathrm{{G}} = 10^{{-4}}\\ \\mathrm{{T}}$),
$d = 5.0\\times10^{{-4}}\\ \\mathrm{{m}}$, $e = 1.602\\times10^{{-19}}\\ \\mathrm{{C}}$:
$$n = \\frac{{(0.025)(0.40)}}{{(1.602\\times10^{{-19}})(5.0\\times10^{{-4}})(1.8\\times10^{{-3}})}}
= {tex(n3 * 1e6, 3)}\\ \\mathrm{{m^{{-3}}}}$$
$$\\boxed{{n = {tex(n3, 3)}\\ \\mathrm{{cm^{{-3}}}}}}$$
""",
    val(n3, 3),
    "1/cm**3",
)
add(
    q,
    "terse",
    f"""
B = 4.0 kG = 0.040 T
n = IB/(e t V_H) = 0.025 × 0.040/(1.602×10⁻¹⁹ × 5.0×10⁻⁴ × 1.8×10⁻³)
  = 1.0×10⁻³/{uni(den3, 4)} = {uni(n3w * 1e6, 3)} m⁻³
  = {uni(n3w, 3)} cm⁻³

n ≈ {uni(n3w, 3)} cm⁻³
""",
    val(n3w, 3),
    "1/cm**3",
    "unit_conversion",
    f"4.0 kG is 4000 G = 0.40 T, not 0.040 T; n = {uni(n3 * 1e6, 3)} m⁻³ = {uni(n3, 3)} cm⁻³.",
)

# ---------------------------------------------------------------- magnetic

# Highest temperature at which Pb stays superconducting in 400 G (T_c = 7.19 K, B_c0 = 803 G).
q = "h21b_magnetic_08"
b8 = r(400 / 803, 4)
sq8 = r(math.sqrt(1 - b8), 4)
T8 = r(7.19 * sq8, 2)
T8w = r(7.19 * (1 - b8), 2)
add(
    q,
    "bare",
    f"""
Critical field vs temperature: B_c(T) = B_c(0)[1 − (T/T_c)²]

Set B_c(T) = 400 G:
(T/T_c)² = 1 − 400/803 = 1 − {b8:.4f} = {1 - b8:.4f}
T = 7.19 × √{1 - b8:.4f} = 7.19 × {sq8:.4f}

T ≈ {T8:.2f}
""",
    T8,
    "K",
)
add(
    q,
    "given_first",
    f"""
**Given:** T_c = 7.19 K, B_c(0) = 803 G, applied B = 400 G
**Find:** T_max for superconductivity

**Solution**

The critical field falls from B_c(0) at 0 K to zero at T_c:

B_c(T) = B_c(0)(1 − T/T_c)

400 = 803(1 − T/7.19) → T/7.19 = 1 − {b8:.4f} = {1 - b8:.4f}

T = 7.19 × {1 - b8:.4f} = {T8w:.2f} K

**Answer:** T ≈ {T8w:.2f} K
""",
    T8w,
    "K",
    "wrong_formula",
    f"The critical field goes as 1 − (T/T_c)², not 1 − T/T_c: T = 7.19 × √{1 - b8:.4f} = "
    f"{T8:.2f} K.",
)

# ---------------------------------------------------------------- optical

# Photons per second from a 5 mW He–Ne laser at 632.8 nm.
q = "h21b_optical_07"
Ep7 = val(H_PL * C_0 / 632.8e-9, 4)
n7 = 5.0e-3 / Ep7
add(
    q,
    "final_line",
    f"""
Photon energy, with h = 6.626 × 10⁻³⁴ J·s and c = 2.998 × 10⁸ m/s:
E = hc/λ = (6.626 × 10⁻³⁴ × 2.998 × 10⁸)/(632.8 × 10⁻⁹) = {uni(Ep7, 4)} J

Photon rate:
Ṅ = P/E = 5.0 × 10⁻³ W/{uni(Ep7, 4)} J = {uni(n7, 4)} s⁻¹

**Final Answer:** {uni(n7, 3)} photons per second (blank: {val(n7, 3) / 1e16:.2f})
""",
    val(n7, 3),
    "1/s",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Energy of one photon
E = hc/λ, with h = 6.626 × 10⁻³⁴ J·s, c = 2.998 × 10⁸ m/s, λ = 632.8 nm
E = 1.9865 × 10⁻²⁵/6.328 × 10⁻⁷ = **{uni(Ep7, 4)} J**

### Step 2: Photons per second
Ṅ = P/E = 5 × 10⁻³/{uni(Ep7, 4)} = {uni(n7, 4)} s⁻¹

### Answer
The laser emits about **1.95 × 10¹⁶ photons/s**.
""",
    1.95e16,
    "1/s",
    "final_miscopied",
    f"The last step gives {uni(n7, 4)} s⁻¹ correctly, but the answer is written as "
    f"1.95 × 10¹⁶; it should be {uni(n7, 3)} s⁻¹.",
)

# ---------------------------------------------------------------- thermal

# Heat flux through 0.5 in steel, k = 30 Btu/(h·ft·°F), ΔT = 50 °F (kW/m²).
q = "h21b_thermal_04"
L4 = r(0.5 / 12, 5)
qus = r(30 * 50 / L4, -2)
qsi = qus * 3.1546 / 1000
qsiw = qus * 0.29307 / 1000
add(
    q,
    "markdown",
    f"""
### Step 1: Fourier's law in US units
Thickness L = 0.5 in = 0.5/12 ft = {L4:.5f} ft
q = kΔT/L = 30 × 50/{L4:.5f} = **{sp(qus, 5)} Btu/(h·ft²)**

### Step 2: Convert to SI
1 Btu/(h·ft²) = 3.1546 W/m²
q = {sp(qus, 5)} × 3.1546 = {sp(qsi * 1000, 5)} W/m²

### Answer
q ≈ **{qsi:.1f} kW/m²**
""",
    r(qsi, 1),
    "kW/m**2",
)
add(
    q,
    "final_line",
    f"""
Steady conduction through a slab: q = k ΔT/L.

L = 0.5 in = {L4:.5f} ft, so q = 30 × 50/{L4:.5f} = {sp(qus, 5)} Btu/(h·ft²).

Converting with 1 Btu/h = 0.29307 W:
q = {sp(qus, 5)} × 0.29307 = {sp(qsiw * 1000, 5)} W/m² = {qsiw:.2f} kW/m²

**Final Answer:** q ≈ {qsiw:.2f} kW/m²
""",
    r(qsiw, 2),
    "kW/m**2",
    "unit_conversion",
    f"Only Btu/h was converted; per ft² must also become per m² (1 ft² = 0.0929 m²), i.e. "
    f"1 Btu/(h·ft²) = 3.1546 W/m², giving {qsi:.1f} kW/m².",
)

# ---------------------------------------------------------------- polymers

# Young's modulus of an elastomer: ρ = 0.95 g/cm³, M_c = 5000 g/mol, T = 300 K, E = 3ρRT/M_c.
q = "h21b_polymers_08"
G8 = 950 * R * 300 / 5.0
E8 = r(3 * G8 / 1e6, 3)
add(
    q,
    "prose",
    f"""
Rubber elasticity gives the shear modulus G = ρRT/M_c, and for an incompressible rubber E = 3G.
In SI units ρ = 950 kg/m³, M_c = 5.0 kg/mol and R = 8.314 J/(mol·K), so
G = 950 × 8.314 × 300/5.0 = {sp(G8, 4)} Pa ≈ {G8 / 1e6:.3f} MPa, and E = 3 × {G8 / 1e6:.3f} MPa =
{E8:.3f} MPa.

Therefore, the answer is E ≈ {E8:.2f} MPa.
""",
    r(E8, 2),
    "MPa",
)
add(
    q,
    "bare",
    f"""
ρ = 0.95 g/cm³ = 950 kg/m³, M_c = 5000 g/mol = 5.0 kg/mol, R = 8.314 J/(mol·K)

E = ρRT/M_c = 950 × 8.314 × 300/5.0 = {sp(G8, 4)} Pa

{G8 / 1e6:.3f}
""",
    r(G8 / 1e6, 3),
    "MPa",
    "missing_factor",
    f"ρRT/M_c is the shear modulus G; the given relation E = 3ρRT/M_c needs the factor 3: "
    f"E = {E8:.3f} MPa.",
)

# ---------------------------------------------------------------- ceramics / composites

# Transverse modulus of 40 vol% E-glass (72.5 GPa) in epoxy (2.4 GPa).
q = "h21b_ceramics_composites_01"
t1 = r(0.40 / 72.5, 5)
t2 = 0.25
Et = r(1 / (t1 + t2), 2)
El = r(0.40 * 72.5 + 0.60 * 2.4, 2)
add(
    q,
    "terse",
    f"""
Transverse (iso-stress): 1/E_ct = V_f/E_f + V_m/E_m
= 0.40/72.5 + 0.60/2.4 = {t1:.5f} + {t2:.5f} = {t1 + t2:.5f} GPa⁻¹
E_ct = 1/{t1 + t2:.5f} = {Et:.2f} GPa

(b) E_ct ≈ {Et:.2f} GPa
""",
    Et,
    "GPa",
)
add(
    q,
    "tex",
    f"""
(b) Rule of mixtures for the aligned fibres:
$$E_c = E_f V_f + E_m V_m = (72.5)(0.40) + (2.4)(0.60) = 29.0 + 1.44$$
$$\\boxed{{E_c = {El:.2f}\\ \\mathrm{{GPa}}}}$$
""",
    El,
    "GPa",
    "wrong_formula",
    f"The iso-strain (longitudinal) rule of mixtures is used; transverse loading is iso-stress, "
    f"1/E = 0.40/72.5 + 0.60/2.4 = {t1 + t2:.5f} GPa⁻¹, E = {Et:.2f} GPa.",
)

# ---------------------------------------------------------------- corrosion

# Zn | Zn²⁺ (1.0 M) || Cu²⁺ (0.010 M) | Cu at 25 °C (V).
q = "h21b_corrosion_01"
E0 = 0.340 + 0.763
Ec = r(E0 - 0.0592 / 2 * math.log10(1.0 / 0.010), 4)
lnq = r(math.log(100), 3)
Ecw = r(E0 - 0.0296 * lnq, 4)
add(
    q,
    "given_first",
    f"""
**Given:** E°(Cu²⁺/Cu) = +0.340 V, E°(Zn²⁺/Zn) = −0.763 V, [Zn²⁺] = 1.0 M, [Cu²⁺] = 0.010 M, 25 °C
**Find:** cell voltage

**Solution**

Overall reaction: Zn + Cu²⁺ → Zn²⁺ + Cu, n = 2

ΔE° = 0.340 − (−0.763) = {E0:.3f} V

Nernst (25 °C): E = ΔE° − (0.0592/n) log([Zn²⁺]/[Cu²⁺])
= {E0:.3f} − 0.0296 × log(1.0/0.010) = {E0:.3f} − 0.0296 × 2 = {Ec:.4f} V

**Answer:** E ≈ {Ec:.3f} V
""",
    r(Ec, 3),
    "V",
)
add(
    q,
    "prose",
    f"""
The standard potentials are +0.340 V for Cu²⁺/Cu and −0.763 V for Zn²⁺/Zn, so the standard cell
voltage is {E0:.3f} V with zinc as the anode and two electrons transferred. The copper solution is
dilute, which lowers the voltage through the Nernst term (0.0592/n) times the logarithm of the
reaction quotient Q = [Zn²⁺]/[Cu²⁺] = 1.0/0.010 = 100. With ln 100 = {lnq:.3f}, the correction is
0.0296 × {lnq:.3f} = {0.0296 * lnq:.4f} V, and the cell voltage is {E0:.3f} − {0.0296 * lnq:.4f} = {Ecw:.4f} V.

Therefore, the answer is {Ecw:.3f} V.
""",
    r(Ecw, 3),
    "V",
    "wrong_constant",
    f"0.0592 V already contains ln 10 and goes with log₁₀: the correction is 0.0296 × 2 = 0.0592 V "
    f"and E = {Ec:.3f} V.",
)


if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
    print(f"{sum(not rec['correct'] for rec in SET.records)} wrong responses")
