"""Build tests/data/worked_answers_heldout22.jsonl: blind worked answers to 20 questions of set W.

Twenty questions of ``answer_exam_heldout22.json`` (exam set W) are answered here, at least one
from each of its fourteen topics; must-refuse items and items with two readings are left out. The
answer engine, its checker and its solver were not read while writing. Each question gets two
responses: one right at every step, and one with a single labelled mistake
(``worked_answers_check.ERROR_CLASSES``) whose note says which step first goes wrong and what value
that step should have had.

Twelve mistakes are physics or chemistry errors carried through with clean arithmetic: the FCC
relation R = a√2/4 used for BCC molybdenum; 1000 °C used as 1000 K in the vacancy Boltzmann factor
of copper; the diffusivity ratio inverted when scaling a 700 °C treatment time to 600 °C (t₆₀₀ =
t₇₀₀ D₆₀₀/D₇₀₀); the Basquin result 2N_f (reversals) answered where cycles N_f were asked; the
lever-rule arms swapped for the liquid fraction of Cu–35Ni; the Avrami exponent n = 2 ignored
(time scaled linearly); the factor 2 of E_g/2kT dropped for intrinsic germanium; the spin-only
saturation moment gS = 7 μ_B given for Gd³⁺ where the effective moment g√(S(S+1)) was asked; the
reflection loss counted at one face only in an absorption coefficient; the Nernst correction added
instead of subtracted for the dilute-copper Daniell cell; the Weibull survival probability
exp(−(σ/σ₀)^m) answered as the failure probability; and log₁₀ 1.4 used where ln 1.4 belongs in a
stress-relaxation time. The other eight are slips: 3.524³ worked out as 45.76 instead of 43.76,
the neck diameter 10.7 mm copied as 10.2 mm, Y = 1.12 copied as 1.2, a right 5.08 × 10⁵ A/m
copied into the answer as 5.80 × 10⁵, cm/yr turned into µm/yr with 10³ instead of 10⁴, a right
PDI 1.12 copied as 1.21, 36.0 × 190 multiplied as 6480, and 3.98 g/cm³ converted to 398 kg/m³.

Styles imitate chat models: "### Step" markdown, TeX ending in ``\\boxed{}``, prose that ends
"Therefore, the answer is ...", terse equation chains, a "Given / Find" opening, a
"**Final Answer:**" line, bare final numbers whose unit is only in the question, a response that
restates the question first, one that closes with a short summary table, and one that gives the
answer in a different but equivalent unit (nm for pm, (Ω·m)⁻¹ for S/m, mm/yr for µm/yr). Constants
are quoted with values, intermediates are rounded the way a model rounds them, and every number is
computed below.

Run: ``python tests/data/build_worked_answers_heldout22.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout22``.
"""

from __future__ import annotations

import math

from worked_writing import K_EV, MU_B, NA, F, R, WorkedSet, tex, uni, val

STYLES = (
    "markdown",
    "tex",
    "prose",
    "terse",
    "given_first",
    "final_line",
    "bare",
    "restate",
    "table",
    "alt_unit",
)
SET = WorkedSet("heldout22", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as a response writes it)."""
    return round(x, n)


# ---------------------------------------------------------------- crystallography / XRD

# Mo (BCC) atomic radius from the first peak at 2θ = 40.51°, λ = 0.15406 nm (pm).
q = "h22a_crystallography_xrd_07"
th7 = 40.51 / 2
s7 = r(math.sin(math.radians(th7)), 5)
d7 = r(0.15406 / (2 * s7), 5)
a7 = r(d7 * math.sqrt(2), 5)
R7 = r(math.sqrt(3) * a7 / 4, 5)
R7w = r(math.sqrt(2) * a7 / 4, 5)
add(
    q,
    "alt_unit",
    f"""
**(a)** For BCC only reflections with h + k + l even appear, so the first peak is **(110)**.

θ = 40.51°/2 = {th7:.3f}°, sin θ = {s7:.5f}

d₁₁₀ = λ/(2 sin θ) = 0.15406/(2 × {s7:.5f}) = **{d7:.5f} nm**

**(b)** a = d₁₁₀ √(1² + 1² + 0²) = {d7:.5f} × 1.41421 = **{a7:.5f} nm**

**(c)** In BCC the atoms touch along the body diagonal: 4R = a√3, so

R = √3 a/4 = 1.73205 × {a7:.5f}/4 = {R7:.5f} nm

Atomic radius of Mo: R ≈ {R7:.4f} nm
""",
    r(R7, 4),
    "nm",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Index the first peak
BCC selection rule: h + k + l even → the lowest-angle line is (110).

### Step 2: Interplanar spacing
θ = {th7:.3f}°, sin θ = {s7:.5f}
d₁₁₀ = 0.15406/(2 × {s7:.5f}) = **{d7:.5f} nm**

### Step 3: Lattice parameter
a = d₁₁₀ × √2 = **{a7:.5f} nm**

### Step 4: Atomic radius
The atoms touch along the face diagonal, so 4R = a√2:
R = a√2/4 = {a7:.5f} × 1.41421/4 = {R7w:.5f} nm

**R ≈ {R7w * 1000:.1f} pm**
""",
    r(R7w * 1000, 1),
    "pm",
    "wrong_formula",
    f"Step 4 uses the FCC contact a√2 = 4R; in BCC the atoms touch along the body diagonal, "
    f"a√3 = 4R, giving R = {R7:.5f} nm = {R7 * 1000:.1f} pm.",
)

# Theoretical density of FCC Ni, a = 3.524 Å.
q = "h22a_crystallography_xrd_02"
V2 = r(3.524**3, 2)  # in 10⁻²⁴ cm³ … written as 43.76 × 10⁻²⁴
rho2 = 4 * 58.69 / (V2 * 1e-24 * NA)
V2w = 45.76
rho2w = 4 * 58.69 / (V2w * 1e-24 * NA)
add(
    q,
    "terse",
    f"""
n = 4 (FCC), A_Ni = 58.69 g/mol
a = 3.524 Å = 3.524 × 10⁻⁸ cm
V_C = a³ = {V2:.2f} × 10⁻²⁴ cm³ = {V2 / 10:.3f} × 10⁻²³ cm³
ρ = nA/(V_C N_A) = (4 × 58.69)/({V2 / 10:.3f} × 10⁻²³ × 6.022 × 10²³) = {4 * 58.69:.2f}/{V2 * 0.6022:.2f}
ρ ≈ {rho2:.2f} g/cm³
""",
    r(rho2, 2),
    "g/cm**3",
)
add(
    q,
    "given_first",
    f"""
**Given:** Ni, FCC, a = 3.524 Å
**Find:** theoretical density ρ (g/cm³)

**Solution**

FCC has 4 atoms per unit cell and the atomic weight of nickel is 58.69 g/mol.

Unit-cell volume: V_C = (3.524 × 10⁻⁸ cm)³ = {V2w:.2f} × 10⁻²⁴ cm³

ρ = nA/(V_C N_A) = (4 × 58.69 g/mol)/({V2w:.2f} × 10⁻²⁴ cm³ × 6.022 × 10²³ mol⁻¹)
  = {4 * 58.69:.2f}/{V2w * 0.6022:.2f}

**Answer:** ρ ≈ {rho2w:.2f} g/cm³
""",
    r(rho2w, 2),
    "g/cm**3",
    "arithmetic_slip",
    f"The cell volume is misworked: 3.524³ = {V2:.2f}, not {V2w:.2f}, so V_C = {V2:.2f} × 10⁻²⁴ cm³ "
    f"and ρ = {rho2:.2f} g/cm³.",
)

# ---------------------------------------------------------------- defects

# Vacancy fraction of Cu at 1000 °C, Q_v = 0.90 eV (ppm).
q = "h22a_defects_01"
T3 = 1273
kT3 = r(K_EV * T3, 5)
x3 = r(0.90 / kT3, 3)
f3 = val(math.exp(-x3), 3)
kT3w = r(K_EV * 1000, 5)
x3w = r(0.90 / kT3w, 3)
f3w = val(math.exp(-x3w), 3)
add(
    q,
    "tex",
    f"""
The equilibrium vacancy fraction is

$$\\frac{{N_v}}{{N}} = \\exp\\left(-\\frac{{Q_v}}{{kT}}\\right), \\qquad T = 1000 + 273 = {T3}\\ \\mathrm{{K}}$$

$$kT = (8.617\\times10^{{-5}}\\ \\mathrm{{eV/K}})({T3}\\ \\mathrm{{K}}) = {kT3:.5f}\\ \\mathrm{{eV}}$$

$$\\frac{{N_v}}{{N}} = \\exp\\left(-\\frac{{0.90}}{{{kT3:.5f}}}\\right) = \\exp(-{x3:.3f}) = {tex(f3, 3)}$$

Since 1 ppm is $10^{{-6}}$:

$$\\boxed{{N_v/N \\approx {f3 * 1e6:.0f}\\ \\text{{ppm}}}}$$
""",
    r(f3 * 1e6, 0),
    "ppm",
)
add(
    q,
    "prose",
    f"""
The fraction of vacant sites follows the Boltzmann expression N_v/N = exp(−Q_v/kT). With
Boltzmann's constant k = 8.617 × 10⁻⁵ eV/K and T = 1000, the thermal energy is
kT = 8.617 × 10⁻⁵ × 1000 = {kT3w:.5f} eV. The exponent is then 0.90/{kT3w:.5f} = {x3w:.3f}, and
exp(−{x3w:.3f}) = {uni(f3w, 3)}. One part per million is 10⁻⁶, so this fraction corresponds to
{f3w * 1e6:.1f} ppm.

Therefore, the answer is {f3w * 1e6:.1f} ppm.
""",
    r(f3w * 1e6, 1),
    "ppm",
    "unit_conversion",
    f"1000 °C is used as 1000 K in kT; T = 1273 K gives kT = {kT3:.5f} eV, exponent {x3:.3f} "
    f"and N_v/N = {uni(f3, 3)} = {f3 * 1e6:.0f} ppm.",
)

# ---------------------------------------------------------------- diffusion

# C in α-Fe: D at 700 °C, then the time at 600 °C equivalent to 10 h at 700 °C.
q = "h22a_diffusion_07"
x7a = r(87400 / (R * 973), 3)
D7a = val(1.1e-6 * math.exp(-x7a), 3)
x7b = r(87400 / (R * 873), 3)
D7b = val(1.1e-6 * math.exp(-x7b), 3)
t7 = 10 * D7a / D7b
t7w = 10 * D7b / D7a
add(
    q,
    "markdown",
    f"""
### Step 1: D at 700 °C (T = 973 K)
Q/RT = 87 400/(8.314 × 973) = {x7a:.3f}

D₇₀₀ = 1.1 × 10⁻⁶ × exp(−{x7a:.3f}) = **{uni(D7a, 3)} m²/s**

### Step 2: D at 600 °C (T = 873 K)
Q/RT = 87 400/(8.314 × 873) = {x7b:.3f}

D₆₀₀ = 1.1 × 10⁻⁶ × exp(−{x7b:.3f}) = **{uni(D7b, 3)} m²/s**

### Step 3: Same profile → same Dt
D₇₀₀ t₇₀₀ = D₆₀₀ t₆₀₀, so

t₆₀₀ = t₇₀₀ × D₇₀₀/D₆₀₀ = 10 h × {uni(D7a, 3)}/{uni(D7b, 3)} = **{t7:.1f} h**

The lower temperature needs about {t7:.1f} h.
""",
    r(t7, 1),
    "hour",
)
add(
    q,
    "restate",
    f"""
We are asked to find the diffusion coefficient of carbon in α-iron at 700 °C from D₀ = 1.1 × 10⁻⁶
m²/s and Q = 87.4 kJ/mol, and then the time at 600 °C that reproduces the carbon profile obtained
after 10 h at 700 °C.

(a) D = D₀ exp(−Q/RT) with T = 973 K:
Q/RT = 87 400/(8.314 × 973) = {x7a:.3f}, D₇₀₀ = {uni(D7a, 3)} m²/s.

(b) At 873 K: Q/RT = {x7b:.3f}, D₆₀₀ = {uni(D7b, 3)} m²/s.
The profile depends on Dt, and the time scales with the diffusivity ratio:
t₆₀₀ = t₇₀₀ × (D₆₀₀/D₇₀₀) = 10 × {uni(D7b, 3)}/{uni(D7a, 3)} = {t7w:.2f} h.

So about {t7w:.2f} h at 600 °C.
""",
    r(t7w, 2),
    "hour",
    "wrong_formula",
    f"In (b) the ratio is inverted: equal Dt needs t₆₀₀ = t₇₀₀ D₇₀₀/D₆₀₀ = {t7:.1f} h (longer at "
    f"the lower temperature), not {t7w:.2f} h.",
)

# ---------------------------------------------------------------- mechanical properties

# True stress in the neck: 42 kN at d = 10.7 mm.
q = "h22a_mechanical_properties_08"
A8 = r(math.pi * 10.7**2 / 4, 2)
s8 = 42000 / A8
A8w = r(math.pi * 10.2**2 / 4, 2)
s8w = 42000 / A8w
add(
    q,
    "bare",
    f"""
True stress uses the instantaneous (neck) area; the original diameter and gauge length are not
needed.

A_i = π d_i²/4 = π × (10.7)²/4 = {A8:.2f} mm²

σ_T = F/A_i = 42 000 N/{A8:.2f} mm² = {s8:.1f} N/mm²

σ_T ≈ {s8:.0f}
""",
    r(s8, 0),
    "MPa",
)
add(
    q,
    "terse",
    f"""
σ_T = F/A_i
A_i = π(10.2 mm)²/4 = {A8w:.2f} mm²
σ_T = 42 000/{A8w:.2f} = {s8w:.1f} MPa
σ_T ≈ {s8w:.0f} MPa
""",
    r(s8w, 0),
    "MPa",
    "given_miscopied",
    f"The neck diameter 10.7 mm is copied as 10.2 mm; A_i should be {A8:.2f} mm² and "
    f"σ_T = {s8:.0f} MPa.",
)

# ---------------------------------------------------------------- failure

# Largest tolerable edge crack: K_IC = 40 MPa√m, σ = 300 MPa, Y = 1.12 (mm).
q = "h22a_failure_03"
u3 = r(40 / (1.12 * 300), 5)
a3 = u3**2 / math.pi
u3w = r(40 / (1.2 * 300), 5)
a3w = u3w**2 / math.pi
add(
    q,
    "final_line",
    f"""
From K_IC = Yσ√(πa), the critical crack depth is

a_c = (1/π) (K_IC/(Yσ))²

K_IC/(Yσ) = 40/(1.12 × 300) = {u3:.5f} m^½

a_c = {u3:.5f}²/π = {u3**2:.6f}/3.14159 = {a3:.5f} m

**Final Answer:** a_c ≈ {a3 * 1000:.2f} mm
""",
    r(a3 * 1000, 2),
    "mm",
)
add(
    q,
    "tex",
    f"""
$$K_{{IC}} = Y\\sigma\\sqrt{{\\pi a_c}} \\;\\Rightarrow\\; a_c = \\frac{{1}}{{\\pi}}\\left(\\frac{{K_{{IC}}}}{{Y\\sigma}}\\right)^2$$

$$\\frac{{K_{{IC}}}}{{Y\\sigma}} = \\frac{{40}}{{1.2 \\times 300}} = {u3w:.5f}\\ \\mathrm{{m^{{1/2}}}}$$

$$a_c = \\frac{{({u3w:.5f})^2}}{{\\pi}} = \\frac{{{u3w**2:.6f}}}{{\\pi}} = {a3w:.5f}\\ \\mathrm{{m}}$$

$$\\boxed{{a_c \\approx {a3w * 1000:.2f}\\ \\mathrm{{mm}}}}$$
""",
    r(a3w * 1000, 2),
    "mm",
    "given_miscopied",
    f"Y = 1.12 is copied as 1.2; K_IC/(Yσ) should be {u3:.5f} m^½ and a_c = {a3 * 1000:.2f} mm.",
)

# Basquin: σ_f' = 900 MPa, b = −0.09, σ_a = 400 MPa → N_f.
q = "h22a_failure_04"
l4 = r(math.log(400 / 900), 5)
e4 = r(l4 / -0.09, 4)
twoN = math.exp(e4)
N4 = twoN / 2
add(
    q,
    "tex",
    f"""
Solving Basquin's relation for the number of reversals:

$$2N_f = \\left(\\frac{{\\sigma_a}}{{\\sigma_f'}}\\right)^{{1/b}} = \\left(\\frac{{400}}{{900}}\\right)^{{1/(-0.09)}}$$

$$\\ln\\frac{{400}}{{900}} = {l4:.5f}, \\qquad \\frac{{{l4:.5f}}}{{-0.09}} = {e4:.4f}$$

$$2N_f = e^{{{e4:.4f}}} = {twoN:.0f} \\;\\Rightarrow\\; N_f = \\frac{{{twoN:.0f}}}{{2}} = {N4:.0f}$$

$$\\boxed{{N_f \\approx {N4:.0f}\\ \\text{{cycles}}}}$$
""",
    r(N4, 0),
    "dimensionless",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Rearrange Basquin's equation
σ_a = σ_f′(2N_f)^b → 2N_f = (σ_a/σ_f′)^(1/b)

### Step 2: Evaluate
σ_a/σ_f′ = 400/900 = {400 / 900:.4f}, ln {400 / 900:.4f} = {l4:.5f}

(1/b) ln(σ_a/σ_f′) = {l4:.5f}/(−0.09) = {e4:.4f}

(σ_a/σ_f′)^(1/b) = e^{e4:.4f} = {twoN:.0f}

### Step 3: Result
The fatigue life is **{twoN:.0f}**, i.e. about {twoN:.0f} cycles to failure.
""",
    r(twoN, 0),
    "dimensionless",
    "wrong_quantity",
    f"Step 3 reports 2N_f = {twoN:.0f} reversals as the life; the cycles asked for are "
    f"N_f = {twoN:.0f}/2 = {N4:.0f}.",
)

# ---------------------------------------------------------------- phase diagrams

# Cu–35Ni at 1250 °C: C_L = 31.5, C_α = 42.5 wt% Ni → W_L.
q = "h22a_phase_diagrams_01"
WL = (42.5 - 35) / (42.5 - 31.5)
WLw = (35 - 31.5) / (42.5 - 31.5)
add(
    q,
    "table",
    f"""
Lever rule on the tie line at 1250 °C: the liquid fraction is the arm on the α side divided by the
whole tie line.

W_L = (C_α − C₀)/(C_α − C_L) = (42.5 − 35)/(42.5 − 31.5) = 7.5/11.0 = {WL:.3f}

W_α = 1 − W_L = {1 - WL:.3f}

| Phase | Composition (wt% Ni) | Mass fraction |
|-------|----------------------|---------------|
| L     | 31.5                 | {WL:.3f}         |
| α     | 42.5                 | {1 - WL:.3f}         |

Mass fraction of liquid: W_L = {WL:.3f}
""",
    r(WL, 3),
    "dimensionless",
)
add(
    q,
    "bare",
    f"""
Lever rule, with C₀ = 35, C_L = 31.5 and C_α = 42.5 wt% Ni:

W_L = (C₀ − C_L)/(C_α − C_L) = (35 − 31.5)/(42.5 − 31.5) = 3.5/11.0

W_L = {WLw:.3f}
""",
    r(WLw, 3),
    "dimensionless",
    "wrong_formula",
    f"The lever arms are swapped: the liquid fraction takes the arm opposite the liquid, "
    f"W_L = (C_α − C₀)/(C_α − C_L) = 7.5/11.0 = {WL:.3f}; {WLw:.3f} is W_α.",
)

# ---------------------------------------------------------------- transformations / kinetics

# Avrami n = 2: 30 % at 20 s → time for 90 %.
q = "h22a_transformations_kinetics_01"
l1 = r(-math.log(0.70), 5)
k1 = l1 / 400
t1 = math.sqrt(math.log(10) / k1)
k1w = l1 / 20
t1w = math.log(10) / k1w
add(
    q,
    "given_first",
    f"""
**Given:** y = 1 − exp(−k tⁿ), n = 2; y = 0.30 at t = 20 s
**Find:** t for y = 0.90

**Solution**

From the first point: k = −ln(1 − 0.30)/20² = {l1:.5f}/400 = {uni(k1, 4)} s⁻²

For y = 0.90: k t² = −ln(0.10) = 2.3026

t = (2.3026/{uni(k1, 4)})^½ = ({2.3026 / k1:.0f})^½ = {t1:.1f} s

**Answer:** t ≈ {t1:.1f} s
""",
    r(t1, 1),
    "s",
)
add(
    q,
    "final_line",
    f"""
Avrami kinetics: y = 1 − exp(−kt).

Rate constant from the 30 % point:
k = −ln(0.70)/20 s = {l1:.5f}/20 = {k1w:.5f} s⁻¹

Time for 90 %:
t = −ln(0.10)/k = 2.3026/{k1w:.5f} = {t1w:.1f} s

**Final Answer:** {t1w:.1f} s
""",
    r(t1w, 1),
    "s",
    "wrong_formula",
    f"The exponent n = 2 is dropped: k = {l1:.5f}/20² = {uni(k1, 4)} s⁻², and "
    f"t = (2.3026/k)^½ = {t1:.1f} s.",
)

# ---------------------------------------------------------------- electrical / semiconductors

# Intrinsic Ge: σ = 2.2 S/m at 25 °C, E_g = 0.67 eV → σ at 150 °C.
q = "h22b_electrical_semiconductors_08"
dT8 = r(1 / 298 - 1 / 423, 7)
c8 = r(0.67 / (2 * K_EV), 1)
x8 = r(c8 * dT8, 3)
s8e = 2.2 * math.exp(x8)
c8w = r(0.67 / K_EV, 1)
x8w = r(c8w * dT8, 3)
s8ew = 2.2 * math.exp(x8w)
add(
    q,
    "alt_unit",
    f"""
For an intrinsic semiconductor σ ∝ exp(−E_g/2kT) (the weak T-dependence of the prefactor is
neglected), so

σ₂/σ₁ = exp[(E_g/2k)(1/T₁ − 1/T₂)]

T₁ = 25 + 273 = 298 K, T₂ = 150 + 273 = 423 K
1/298 − 1/423 = {dT8 * 1e4:.4f} × 10⁻⁴ K⁻¹
E_g/2k = 0.67/(2 × 8.617 × 10⁻⁵) = {c8:.1f} K

σ₂/σ₁ = exp({c8:.1f} × {dT8 * 1e4:.4f} × 10⁻⁴) = exp({x8:.3f}) = {math.exp(x8):.1f}

σ₂ = 2.2 × {math.exp(x8):.1f} = {s8e:.0f} (Ω·m)⁻¹

σ(150 °C) ≈ {s8e:.0f} (Ω·m)⁻¹
""",
    r(s8e, 0),
    "1/(ohm*m)",
)
add(
    q,
    "tex",
    f"""
$$\\sigma = C\\exp\\left(-\\frac{{E_g}}{{kT}}\\right) \\;\\Rightarrow\\; \\frac{{\\sigma_2}}{{\\sigma_1}} = \\exp\\left[\\frac{{E_g}}{{k}}\\left(\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}}\\right)\\right]$$

$$T_1 = 298\\ \\mathrm{{K}},\\quad T_2 = 423\\ \\mathrm{{K}},\\quad \\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}} = {tex(dT8, 4)}\\ \\mathrm{{K^{{-1}}}}$$

$$\\frac{{E_g}}{{k}} = \\frac{{0.67}}{{8.617\\times10^{{-5}}}} = {c8w:.1f}\\ \\mathrm{{K}}$$

$$\\frac{{\\sigma_2}}{{\\sigma_1}} = \\exp({x8w:.3f}) = {math.exp(x8w):.0f}, \\qquad \\sigma_{{150}} = 2.2 \\times {math.exp(x8w):.0f}$$

$$\\boxed{{\\sigma_{{150}} \\approx {s8ew:.0f}\\ \\mathrm{{S/m}}}}$$
""",
    r(s8ew, 0),
    "S/m",
    "missing_factor",
    f"The intrinsic carrier density goes as exp(−E_g/2kT): the exponent should be "
    f"(E_g/2k)(1/T₁ − 1/T₂) = {x8:.3f}, giving σ = {s8e:.0f} S/m.",
)

# ---------------------------------------------------------------- magnetic

# Saturation magnetization of Ni: 0.60 μ_B/atom, ρ = 8.90 g/cm³.
q = "h22b_magnetic_01"
N1 = r(8.90 * NA / 58.69 / 1e22, 3)
M1 = 0.60 * MU_B * N1 * 1e28
add(
    q,
    "prose",
    f"""
The saturation magnetization is the number of atoms per unit volume times the moment per atom.
Taking the atomic weight of nickel as 58.69 g/mol, the atom density is
N = ρN_A/A = 8.90 × 6.022 × 10²³/58.69 = {N1:.3f} × 10²² atoms/cm³, which is {N1:.3f} × 10²⁸
atoms/m³. Each atom contributes 0.60 μ_B with μ_B = 9.274 × 10⁻²⁴ A·m², so
M_s = 0.60 × 9.274 × 10⁻²⁴ × {N1:.3f} × 10²⁸ = {uni(M1, 3)} A/m.

Therefore, the answer is {uni(M1, 3)} A/m.
""",
    val(M1, 3),
    "A/m",
)
M1w = 5.80e5
add(
    q,
    "markdown",
    f"""
### Step 1: Atoms per cubic metre
N = ρN_A/A_Ni = (8.90 g/cm³)(6.022 × 10²³ mol⁻¹)/(58.69 g/mol) = {N1:.3f} × 10²² cm⁻³
= **{N1:.3f} × 10²⁸ m⁻³**

### Step 2: Saturation magnetization
M_s = (0.60 μ_B) × N = 0.60 × 9.274 × 10⁻²⁴ A·m² × {N1:.3f} × 10²⁸ m⁻³

M_s = {uni(M1, 3)} A/m

**Answer:** M_s ≈ {uni(M1w, 3)} A/m
""",
    M1w,
    "A/m",
    "final_miscopied",
    f"Step 2 gives {uni(M1, 3)} A/m correctly, but the answer line copies it as {uni(M1w, 3)} A/m.",
)

# Gd³⁺ effective (Curie) moment, spin only, S = 7/2.
q = "h22b_magnetic_03"
mu3 = 2 * math.sqrt(3.5 * 4.5)
add(
    q,
    "restate",
    f"""
The question asks for the effective paramagnetic moment of Gd³⁺ — the moment that enters the
Curie constant — in Bohr magnetons, assuming only the spin contributes (S = 7/2, L = 0).

The Curie-law moment is μ_eff = g√(J(J+1)) μ_B. With L = 0, J = S = 7/2 and g = 2:

S(S + 1) = 3.5 × 4.5 = {3.5 * 4.5:.2f}

μ_eff = 2√{3.5 * 4.5:.2f} = √{4 * 3.5 * 4.5:.0f} = {mu3:.2f} μ_B

So μ_eff ≈ {mu3:.2f} μ_B per Gd³⁺ ion.
""",
    r(mu3, 2),
    "bohr_magneton",
)
add(
    q,
    "terse",
    """
Spin-only, L = 0 → J = S = 7/2, g = 2
μ = g S μ_B = 2 × 7/2 μ_B
μ = 7.0 μ_B (7 unpaired 4f electrons × 1 μ_B)
μ_eff ≈ 7.0 μ_B
""",
    7.0,
    "bohr_magneton",
    "wrong_formula",
    f"gS = 7 μ_B is the saturation moment; the effective (Curie-constant) moment is "
    f"g√(S(S+1)) μ_B = √63 = {mu3:.2f} μ_B.",
)

# ---------------------------------------------------------------- optical

# n = 1.50, 10 mm plate, T = 85 % with both faces → β (cm⁻¹).
q = "h22b_optical_04"
R4 = ((1.50 - 1) / (1.50 + 1)) ** 2
e4o = r(0.85 / (1 - R4) ** 2, 5)
b4 = -math.log(e4o) / 1.0
e4ow = r(0.85 / (1 - R4), 5)
b4w = -math.log(e4ow) / 1.0
add(
    q,
    "table",
    f"""
Transmission through a plate with reflection at both faces (multiple reflections neglected):

T = (1 − R)² e^(−βl)

Reflectance at normal incidence: R = ((n − 1)/(n + 1))² = (0.50/2.50)² = {R4:.2f}

(1 − R)² = {(1 - R4) ** 2:.4f}

e^(−βl) = 0.85/{(1 - R4) ** 2:.4f} = {e4o:.5f}

βl = −ln {e4o:.5f} = {b4:.4f}, with l = 10 mm = 1.0 cm

| Quantity | Value |
|---|---|
| R (each face) | {R4:.2f} |
| (1 − R)² | {(1 - R4) ** 2:.4f} |
| internal transmittance | {e4o:.4f} |
| β | {b4:.4f} cm⁻¹ |

β ≈ {b4:.4f} cm⁻¹
""",
    r(b4, 4),
    "1/cm",
)
add(
    q,
    "given_first",
    f"""
**Given:** n = 1.50, l = 10 mm = 1.0 cm, T = 0.85
**Find:** absorption coefficient β (cm⁻¹)

**Solution**

Surface reflectance: R = ((1.50 − 1)/(1.50 + 1))² = {R4:.2f}

Light entering the plate: 1 − R = {1 - R4:.2f}, so the internal transmittance is

e^(−βl) = T/(1 − R) = 0.85/{1 - R4:.2f} = {e4ow:.5f}

β = −ln({e4ow:.5f})/1.0 cm = {b4w:.4f} cm⁻¹

**Answer:** β ≈ {b4w:.4f} cm⁻¹
""",
    r(b4w, 4),
    "1/cm",
    "missing_factor",
    f"The reflection loss is taken at the front face only; with both faces T = (1 − R)² e^(−βl), "
    f"so e^(−βl) = 0.85/{(1 - R4) ** 2:.4f} = {e4o:.5f} and β = {b4:.4f} cm⁻¹.",
)

# ---------------------------------------------------------------- thermal

# Brass rod 36.0 in, 60 → 250 °F, α = 11.1e-6 /°F (mm).
q = "h22b_thermal_01"
dL1 = 11.1e-6 * 36.0 * 190
dL1w = 11.1e-6 * 6480
add(
    q,
    "final_line",
    f"""
ΔT = 250 − 60 = 190 °F

ΔL = α L₀ ΔT = 11.1 × 10⁻⁶ (°F)⁻¹ × 36.0 in × 190 °F
   = 11.1 × 10⁻⁶ × {36 * 190} = {dL1:.5f} in

In millimetres: {dL1:.5f} in × 25.4 mm/in = {dL1 * 25.4:.3f} mm

**Final Answer:** ΔL ≈ {dL1 * 25.4:.2f} mm
""",
    r(dL1 * 25.4, 2),
    "mm",
)
add(
    q,
    "bare",
    f"""
ΔT = 250 − 60 = 190 °F

ΔL = α L₀ ΔT = 11.1 × 10⁻⁶ × 36.0 × 190 = 11.1 × 10⁻⁶ × 6480 = {dL1w:.5f} in

ΔL = {dL1w:.5f} × 25.4 = {dL1w * 25.4:.3f}

{dL1w * 25.4:.2f}
""",
    r(dL1w * 25.4, 2),
    "mm",
    "arithmetic_slip",
    f"36.0 × 190 is 6840, not 6480; ΔL = {dL1:.5f} in = {dL1 * 25.4:.2f} mm.",
)

# Alumina: thermal diffusivity, then t ≈ L²/a for L = 10 mm (s).
q = "h22b_thermal_09"
a9 = 39 / (3980 * 775)
t9 = 0.010**2 / val(a9, 4)
a9w = 39 / (398 * 775)
t9w = 0.010**2 / val(a9w, 4)
add(
    q,
    "given_first",
    f"""
**Given:** k = 39 W/(m·K), ρ = 3.98 g/cm³ = 3980 kg/m³, c_p = 775 J/(kg·K), L = 10 mm
**Find:** (a) thermal diffusivity a; (b) t ≈ L²/a

**Solution**

(a) a = k/(ρc_p) = 39/(3980 × 775) = 39/{uni(3980 * 775, 4)} = {uni(a9, 4)} m²/s

(b) t ≈ L²/a = (0.010 m)²/{uni(a9, 4)} m²/s = 1.0 × 10⁻⁴/{uni(a9, 4)} = {t9:.2f} s

**Answer:** (a) a ≈ {uni(a9, 3)} m²/s; (b) t ≈ {t9:.2f} s
""",
    r(t9, 2),
    "s",
)
add(
    q,
    "final_line",
    f"""
(a) Convert the density to SI: ρ = 3.98 g/cm³ = 398 kg/m³.

a = k/(ρ c_p) = 39/(398 × 775) = 39/{398 * 775:.0f} = {uni(a9w, 4)} m²/s

(b) t ≈ L²/a = (0.010)²/{uni(a9w, 4)} = {t9w:.3f} s

**Final Answer:** t ≈ {t9w:.2f} s
""",
    r(t9w, 2),
    "s",
    "unit_conversion",
    f"3.98 g/cm³ is 3980 kg/m³, not 398; then a = {uni(a9, 4)} m²/s and t = {t9:.2f} s.",
)

# ---------------------------------------------------------------- polymers

# PDI from number fractions.
q = "h22b_polymers_02"
Mn2 = 0.1 * 10000 + 0.4 * 20000 + 0.3 * 30000 + 0.2 * 40000
S2 = 0.1 * 1e8 + 0.4 * 4e8 + 0.3 * 9e8 + 0.2 * 16e8
Mw2 = S2 / Mn2
P2 = Mw2 / Mn2
Mw2s = f"{Mw2:,.0f}".replace(",", " ")
Mn2s = f"{Mn2:,.0f}".replace(",", " ")
rows2 = "\n".join(
    f"| {m:,} | {x:.2f} | {x * m:,.0f} | {uni(x * m * m, 2)} |".replace(",", " ")
    for m, x in ((10000, 0.10), (20000, 0.40), (30000, 0.30), (40000, 0.20))
)
add(
    q,
    "terse",
    f"""
M_n = Σx_iM_i = 0.10(10 000) + 0.40(20 000) + 0.30(30 000) + 0.20(40 000) = {Mn2:,.0f} g/mol
Σx_iM_i² = 0.10(1.0 × 10⁸) + 0.40(4.0 × 10⁸) + 0.30(9.0 × 10⁸) + 0.20(16 × 10⁸) = {S2 / 1e8:.1f} × 10⁸
M_w = Σx_iM_i²/Σx_iM_i = {S2 / 1e8:.1f} × 10⁸/{Mn2:,.0f} = {Mw2:,.0f} g/mol
PDI = M_w/M_n = {Mw2:,.0f}/{Mn2:,.0f} = {P2:.3f}
PDI ≈ {P2:.3f}
""".replace(",", " "),
    r(P2, 3),
    "dimensionless",
)
add(
    q,
    "table",
    f"""
With number fractions, M_n = Σx_iM_i and M_w = Σx_iM_i²/Σx_iM_i.

| M_i (g/mol) | x_i | x_iM_i | x_iM_i² |
|---|---|---|---|
{rows2}
| Σ | 1.00 | {Mn2s} | {uni(S2, 2)} |

M_n = {Mn2s} g/mol, M_w = {uni(S2, 2)}/{Mn2s} = {Mw2s} g/mol

PDI = {Mw2s}/{Mn2s} = {P2:.3f} ≈ {P2:.2f}

**Polydispersity index ≈ 1.21**
""",
    1.21,
    "dimensionless",
    "final_miscopied",
    f"The computation gives PDI = {P2:.3f}; the answer line transposes it to 1.21 instead of "
    f"{P2:.2f}.",
)

# Stress relaxation: 3.5 → 2.5 MPa in 60 s; σ at 5 min (psi).
q = "h22b_polymers_07"
l7 = r(math.log(3.5 / 2.5), 4)
tau7 = r(60 / l7, 1)
e7 = r(math.exp(-300 / tau7), 4)
s7p = r(3.5 * e7, 4)
psi7 = s7p * 1e6 / 6894.76
l7w = r(math.log10(3.5 / 2.5), 4)
tau7w = r(60 / l7w, 1)
e7w = r(math.exp(-300 / tau7w), 4)
s7pw = r(3.5 * e7w, 4)
psi7w = s7pw * 1e6 / 6894.76
add(
    q,
    "tex",
    f"""
From the two readings, the relaxation time is

$$\\tau = \\frac{{t}}{{\\ln(\\sigma_0/\\sigma)}} = \\frac{{60\\ \\mathrm{{s}}}}{{\\ln(3.5/2.5)}} = \\frac{{60}}{{{l7:.4f}}} = {tau7:.1f}\\ \\mathrm{{s}}$$

At $t = 5\\ \\text{{min}} = 300\\ \\mathrm{{s}}$:

$$\\sigma = 3.5\\exp\\left(-\\frac{{300}}{{{tau7:.1f}}}\\right) = 3.5 \\times {e7:.4f} = {s7p:.4f}\\ \\mathrm{{MPa}}$$

With $1\\ \\mathrm{{psi}} = 6894.76\\ \\mathrm{{Pa}}$:

$$\\boxed{{\\sigma \\approx {psi7:.1f}\\ \\mathrm{{psi}}}}$$
""",
    r(psi7, 1),
    "psi",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Relaxation time
σ(t) = σ₀ exp(−t/τ) → τ = t/log(σ₀/σ)

log(3.5/2.5) = log 1.4 = {l7w:.4f}

τ = 60/{l7w:.4f} = **{tau7w:.1f} s**

### Step 2: Stress after 5 min (300 s)
σ = 3.5 × exp(−300/{tau7w:.1f}) = 3.5 × {e7w:.4f} = {s7pw:.4f} MPa

### Step 3: Convert to psi
σ = {s7pw:.4f} × 10⁶ Pa/6894.76 Pa/psi = **{psi7w:.0f} psi**
""",
    r(psi7w, 0),
    "psi",
    "wrong_constant",
    f"Step 1 takes log₁₀ 1.4 = {l7w:.4f}; the exponential law needs ln 1.4 = {l7:.4f}, so "
    f"τ = {tau7:.1f} s, σ = {s7p:.4f} MPa = {psi7:.1f} psi.",
)

# ---------------------------------------------------------------- ceramics / composites

# Weibull: m = 10, σ₀ = 400 MPa, σ = 300 MPa → P_f (%).
q = "h22b_ceramics_composites_06"
z6 = r(0.75**10, 5)
Ps6 = math.exp(-z6)
Pf6 = 1 - Ps6
add(
    q,
    "bare",
    f"""
Weibull distribution (same volume as the test specimens):

P_f = 1 − exp[−(σ/σ₀)^m]

(σ/σ₀)^m = (300/400)¹⁰ = 0.75¹⁰ = {z6:.5f}

P_f = 1 − exp(−{z6:.5f}) = 1 − {Ps6:.5f} = {Pf6:.5f}

P_f ≈ {Pf6 * 100:.2f}
""",
    r(Pf6 * 100, 2),
    "percent",
)
add(
    q,
    "restate",
    f"""
We need the probability of failure, in percent, for alumina rods stressed at 300 MPa when the
Weibull modulus is m = 10 and the characteristic strength is σ₀ = 400 MPa.

The two-parameter Weibull law gives

P = exp[−(σ/σ₀)^m]

(σ/σ₀)^m = (0.75)¹⁰ = {z6:.5f}

P = exp(−{z6:.5f}) = {Ps6:.5f}

So the probability is about {Ps6 * 100:.1f} %.
""",
    r(Ps6 * 100, 1),
    "percent",
    "wrong_quantity",
    f"exp[−(σ/σ₀)^m] = {Ps6:.5f} is the survival probability; the failure probability is "
    f"1 − {Ps6:.5f} = {Pf6:.5f} = {Pf6 * 100:.2f} %.",
)

# ---------------------------------------------------------------- corrosion

# Daniell cell: 0.10 M Zn²⁺, 50 ppm Cu²⁺ (mg/L) at 25 °C.
q = "h22b_corrosion_03"
E03 = 0.340 + 0.763
cu3 = 0.050 / 63.55
Q3 = 0.10 / val(cu3, 3)
lg3 = r(math.log10(Q3), 3)
n3 = r(R * 298.15 * math.log(10) / F / 2, 5)
corr3 = r(n3 * lg3, 4)
E3 = E03 - corr3
E3w = E03 + corr3
add(
    q,
    "markdown",
    f"""
### Step 1: Standard cell potential
Cu²⁺ + 2e⁻ → Cu, E° = +0.340 V; Zn²⁺ + 2e⁻ → Zn, E° = −0.763 V
ΔV° = 0.340 − (−0.763) = **{E03:.3f} V** (Zn is the anode)

### Step 2: Copper concentration
50 ppm = 50 mg/L = 0.050 g/L; [Cu²⁺] = 0.050/63.55 = {uni(cu3, 3)} M

### Step 3: Nernst equation (25 °C, n = 2)
Zn + Cu²⁺ → Zn²⁺ + Cu, Q = [Zn²⁺]/[Cu²⁺] = 0.10/{uni(cu3, 3)} = {Q3:.1f}

ΔV = ΔV° − ({2 * n3:.5f}/2) log Q = {E03:.3f} − {n3:.5f} × {lg3:.3f} = {E03:.3f} − {corr3:.4f}

**ΔV ≈ {E3:.3f} V**
""",
    r(E3, 3),
    "V",
)
add(
    q,
    "table",
    f"""
Standard potentials: E°(Cu²⁺/Cu) = +0.340 V, E°(Zn²⁺/Zn) = −0.763 V → ΔV° = {E03:.3f} V.

[Cu²⁺] = 0.050 g/L ÷ 63.55 g/mol = {uni(cu3, 3)} M; ratio [Zn²⁺]/[Cu²⁺] = {Q3:.1f}, log = {lg3:.3f}.

Nernst, n = 2: ΔV = ΔV° + ({2 * n3:.5f}/2) log([Zn²⁺]/[Cu²⁺]) = {E03:.3f} + {n3:.5f} × {lg3:.3f}

| Term | Value (V) |
|---|---|
| ΔV° | {E03:.3f} |
| concentration term | +{corr3:.4f} |
| ΔV | {E3w:.3f} |

Cell potential ≈ {E3w:.3f} V
""",
    r(E3w, 3),
    "V",
    "sign_error",
    f"The Nernst term enters with a minus sign, ΔV = ΔV° − (0.0592/2) log([Zn²⁺]/[Cu²⁺]): the "
    f"dilute copper lowers the voltage to {E03:.3f} − {corr3:.4f} = {E3:.3f} V.",
)

# Fe at 1.0 µA/cm²: penetration rate (µm/yr).
q = "h22b_corrosion_08"
den8 = 2 * F * 7.87
v8 = 1.0e-6 * 55.85 / den8
y8 = v8 * 3.156e7
add(
    q,
    "alt_unit",
    f"""
Faraday's law turned into a penetration rate:

CPR = iM/(nFρ) = (1.0 × 10⁻⁶ A/cm²)(55.85 g/mol)/(2 × 96 485 C/mol × 7.87 g/cm³)

Denominator: 2 × 96 485 × 7.87 = {uni(den8, 4)}

CPR = 5.585 × 10⁻⁵/{uni(den8, 4)} = {uni(v8, 3)} cm/s

Per year (3.156 × 10⁷ s): {uni(v8, 3)} × 3.156 × 10⁷ = {uni(y8, 3)} cm/yr

CPR ≈ {y8 * 10:.4f} mm/yr
""",
    r(y8 * 10, 4),
    "mm/year",
)
add(
    q,
    "prose",
    f"""
The anodic current density sets the rate at which iron atoms leave the surface. By Faraday's
law the thickness loss rate is iM/(nFρ): with i = 1.0 × 10⁻⁶ A/cm², M = 55.85 g/mol, n = 2,
F = 96 485 C/mol and ρ = 7.87 g/cm³ this is {uni(v8, 3)} cm/s. Over one year (3.156 × 10⁷ s)
the surface recedes by {uni(y8, 3)} cm. Since 1 cm = 1000 µm, that is {y8 * 1000:.2f} µm per year.

Therefore, the answer is {y8 * 1000:.2f} µm/yr.
""",
    r(y8 * 1000, 2),
    "um/year",
    "unit_conversion",
    f"1 cm is 10⁴ µm, not 10³: {uni(y8, 3)} cm/yr = {y8 * 1e4:.1f} µm/yr.",
)


if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
    print(f"{sum(not rec['correct'] for rec in SET.records)} wrong responses")
