"""Build tests/data/worked_answers_heldout18.jsonl: blind worked answers to 20 questions of set S.

Written blind to 20 questions of ``answer_exam_heldout18.json`` (exam set S), covering all its
fourteen topics and skipping the must-refuse items and the items with two readings; the answer
engine, its checker and its solver were not read. Every question has two responses: one correct
throughout, and one with exactly one labelled mistake (``worked_answers_check.ERROR_CLASSES``)
whose note names the first wrong step and the value it should have had.

Twelve of the twenty mistakes are physics or chemistry errors carried through with clean
arithmetic: four atoms per cell used for BCC chromium, 2θ answered where the Bragg angle θ is
asked, °C used as K in a vacancy count, the 2 dropped from 2√(Dt) in a carburizing time, the sign
of a lateral contraction lost, π dropped from a critical crack depth, reversals 2N_f answered for
cycles N_f, the Avrami time ratio taken without the 1/n root, hole mobility added for an n-type
wafer, the amplitude 20 log₁₀ used for a power loss in dB, width and height swapped in the
three-point flexural strength, and the valence n = 2 dropped from Faraday's law for zinc. The
other eight are slips: b² squared wrongly in a line energy, °F converted to °C with the 32
subtracted after scaling, a yield strength copied as 1640 for 1460 MPa, a lever-rule denominator
43 − 32 written 12, 10 in. converted to 0.0254 m, a refractive index copied as 1.548 for 1.458,
a wrongly rounded final thermal stress, and a wrong sum in the PVC repeat-unit mass.

Writing styles copied from chat models: "### Step" markdown, TeX display maths closing with
``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains, a
"Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. Constants are quoted with their values, and intermediate values are
rounded the way a model rounds them, so that only the labelled step is wrong. All numbers are
computed below.

Run: ``python tests/data/build_worked_answers_heldout18.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout18``.
"""

from __future__ import annotations

import math

from worked_writing import E_CH, HC_EV_NM, K_EV, MU_0, NA, F, R, WorkedSet, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout18", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


def s3(x: float, n: int = 3) -> float:
    """``x`` to ``n`` significant figures (an intermediate value as written)."""
    return float(f"{x:.{n - 1}e}")


def erfinv(y: float) -> float:
    """The z with erf(z) = y (bisection; 0 < y < 1)."""
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if math.erf(mid) < y else (lo, mid)
    return (lo + hi) / 2


# ---------------------------------------------------------------- crystallography / XRD

# cryst_03: density of BCC chromium (decimal commas in the question).
q = "h18a_cryst_03"
a3 = 0.2884e-9
vc3 = s3(a3**3, 4)


def rho3(n: int) -> float:
    """Density in kg/m³ with n atoms per cell."""
    return n * 0.05200 / (vc3 * NA)


add(
    q,
    "tex",
    f"""
For a cubic metal $\\rho = \\dfrac{{nA}}{{V_C N_A}}$; BCC has $n = 2$ atoms per cell.

$$V_C = a^3 = (0.2884\\times10^{{-9}}\\ \\text{{m}})^3 = {tex(vc3, 4)}\\ \\text{{m}}^3$$

$$\\rho = \\frac{{2 \\times 0.05200\\ \\text{{kg/mol}}}}{{{tex(vc3, 4)} \\times 6.022\\times10^{{23}}}}
= {rho3(2):.0f}\\ \\text{{kg/m}}^3$$

$$\\boxed{{\\rho \\approx {rho3(2):.0f}\\ \\text{{kg/m}}^3}}$$
""",
    r(rho3(2), 0),
    "kg/m**3",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Atoms per unit cell
- Chromium's cubic cell: 8 corners × 1/8 + 6 faces × 1/2 = **4 atoms**

### Step 2: Cell volume
- V_C = (0.2884 × 10⁻⁹ m)³ = {uni(vc3, 4)} m³

### Step 3: Density (N_A = 6.022 × 10²³ mol⁻¹)
- ρ = nA/(V_C N_A) = 4 × 0.05200/({uni(vc3, 4)} × 6.022 × 10²³) = **{rho3(4):.0f} kg/m³**

**Answer:** ρ ≈ {rho3(4):.0f} kg/m³
""",
    r(rho3(4), 0),
    "kg/m**3",
    "wrong_formula",
    f"Step 1 counts the FCC cell (4 atoms); chromium is BCC with 8 × 1/8 + 1 = 2 atoms per cell, "
    f"so ρ = {rho3(2):.0f} kg/m³.",
)

# cryst_08: θ (not 2θ) for 8.05 keV photons and d = 2.338 Å.
q = "h18a_cryst_08"
lam8 = r(HC_EV_NM / 8050 * 10, 4)
s8 = r(lam8 / (2 * 2.338), 4)
th8 = math.degrees(math.asin(s8))
add(
    q,
    "given_first",
    f"""
**Given:** E = 8.05 keV, d = 2.338 Å, n = 1, hc = 1239.84 eV·nm
**Find:** (b) the Bragg angle θ

(a) λ = hc/E = 1239.84 eV·nm / 8050 eV = {lam8 / 10:.5f} nm = {lam8:.4f} Å

(b) sin θ = nλ/(2d) = {lam8:.4f}/(2 × 2.338) = {s8:.4f}

θ = arcsin({s8:.4f}) = {th8:.2f}°

The Bragg angle is θ ≈ {th8:.2f}°.
""",
    r(th8, 2),
    "degree",
)
add(
    q,
    "terse",
    f"""
λ = hc/E = 12.3984 keV·Å / 8.05 keV = {lam8:.4f} Å
sin θ = λ/(2d) = {lam8:.4f}/4.676 = {s8:.4f}
θ = {th8:.2f}°
2θ = {2 * th8:.2f}°

Answer (b): {2 * th8:.2f}°
""",
    r(2 * th8, 2),
    "degree",
    "wrong_quantity",
    f"The last line reports 2θ = {2 * th8:.2f}°; part (b) asks for θ itself, {th8:.2f}°.",
)

# ---------------------------------------------------------------- defects

# def_01: vacancies per cm³ in Ag at 800 °C.
q = "h18a_def_01"
n1 = s3(NA * 10.35 / 107.87, 4)


def nv1(t: float) -> tuple[float, float, float]:
    """kT (eV), Q/kT and N_v (cm⁻³) at temperature t."""
    kt = r(K_EV * t, 6)
    x = r(1.10 / kt, 3)
    return kt, x, n1 * math.exp(-x)


kt1, x1, v1 = nv1(1073)
add(
    q,
    "prose",
    f"""
The number of lattice sites per cubic centimetre is N = N_A ρ/A = 6.022 × 10²³ × 10.35/107.87 \
= {uni(n1, 4)} atoms/cm³. The temperature must be absolute: 800 °C = 1073 K, so with \
k = 8.617 × 10⁻⁵ eV/K we get kT = {kt1:.6f} eV and Q_v/kT = 1.10/{kt1:.6f} = {x1:.3f}.

The equilibrium vacancy concentration is N_v = N exp(−Q_v/kT) = {uni(n1, 4)} × \
exp(−{x1:.3f}) = {uni(v1)} cm⁻³.

Therefore, the answer is about {uni(v1)} vacancies per cm³.
""",
    s3(v1),
    "1/cm**3",
)
kt1w, x1w, v1w = nv1(800)
add(
    q,
    "final_line",
    f"""
N = N_A ρ/A = 6.022 × 10²³ × 10.35 / 107.87 = {uni(n1, 4)} cm⁻³

kT = 8.617 × 10⁻⁵ eV/K × 800 K = {kt1w:.6f} eV
Q_v/kT = 1.10/{kt1w:.6f} = {x1w:.3f}

N_v = N exp(−Q_v/kT) = {uni(n1, 4)} × exp(−{x1w:.3f}) = {uni(v1w)} cm⁻³

**Final Answer:** N_v ≈ {uni(v1w)} cm⁻³
""",
    s3(v1w),
    "1/cm**3",
    "unit_conversion",
    f"kT is taken at 800 K, the Celsius number; T = 1073 K gives kT = {kt1:.6f} eV, "
    f"Q_v/kT = {x1:.3f} and N_v = {uni(v1)} cm⁻³.",
)

# def_05: line energy of (a/2)[110] in Al.
q = "h18a_def_05"
b5 = r(0.405 / math.sqrt(2), 4)
b5sq = r(b5**2, 4)
e5 = 0.5 * 26e9 * b5sq * 1e-18
add(
    q,
    "markdown",
    f"""
### Step 1: Burgers vector magnitude
- |b| = (a/2)√(1² + 1² + 0²) = a/√2 = 0.405/1.4142 = **{b5:.4f} nm**

### Step 2: Line energy
- b² = ({b5:.4f} × 10⁻⁹ m)² = {b5sq:.4f} × 10⁻¹⁸ m²
- E ≈ Gb²/2 = 0.5 × 26 × 10⁹ × {b5sq:.4f} × 10⁻¹⁸ = **{uni(e5, 4)} J/m**

**Answer:** about {uni(e5, 4)} J/m
""",
    s3(e5, 4),
    "J/m",
)
b5sqw = r(b5sq - 0.01, 4)
e5w = 0.5 * 26e9 * b5sqw * 1e-18
add(
    q,
    "tex",
    f"""
$$b = \\frac{{a}}{{2}}\\sqrt{{1^2+1^2+0^2}} = \\frac{{0.405}}{{\\sqrt 2}} = {b5:.4f}\\ \\text{{nm}}$$

$$b^2 = ({b5:.4f}\\times10^{{-9}})^2 = {b5sqw:.4f}\\times10^{{-18}}\\ \\text{{m}}^2$$

$$E \\approx \\tfrac12 G b^2 = 0.5 \\times 26\\times10^{{9}} \\times {b5sqw:.4f}\\times10^{{-18}}
= {tex(e5w, 4)}\\ \\text{{J/m}}$$

$$\\boxed{{E \\approx {tex(e5w, 4)}\\ \\text{{J/m}}}}$$
""",
    s3(e5w, 4),
    "J/m",
    "arithmetic_slip",
    f"{b5:.4f}² is written {b5sqw:.4f}; it is {b5sq:.4f} (× 10⁻¹⁸ m²), so E = {uni(e5, 4)} J/m.",
)

# ---------------------------------------------------------------- diffusion

# diff_03: carburizing time to 0.60 wt% at 0.75 mm.
q = "h18a_diff_03"
z3 = r(erfinv(0.5), 4)
t3 = (0.75e-3) ** 2 / (4 * 1.6e-11 * z3**2) / 3600
t3w = (0.75e-3) ** 2 / (1.6e-11 * z3**2) / 3600
add(
    q,
    "given_first",
    f"""
**Given:** C₀ = 0.20, C_s = 1.00, C_x = 0.60 wt% C, x = 0.75 mm, D = 1.6 × 10⁻¹¹ m²/s
**Find:** t in hours

(C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt))
(0.60 − 0.20)/(1.00 − 0.20) = 0.5 ⇒ erf(z) = 0.5 ⇒ z = {z3:.4f}

x/(2√(Dt)) = z ⇒ t = x²/(4Dz²)
t = (7.5 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × {z3:.4f}²) = {t3 * 3600:.0f} s

t = {t3 * 3600:.0f}/3600 = {t3:.2f} h
""",
    r(t3, 2),
    "hour",
)
add(
    q,
    "prose",
    f"""
Fick's second law for a constant surface concentration gives (C_x − C₀)/(C_s − C₀) = \
1 − erf(x/√(Dt)). Here the left side is (0.60 − 0.20)/(1.00 − 0.20) = 0.5, so erf(z) = 0.5 \
and z = {z3:.4f} from the error-function table.

Setting x/√(Dt) = {z3:.4f} gives t = x²/(D z²) = (7.5 × 10⁻⁴)²/(1.6 × 10⁻¹¹ × {z3:.4f}²) \
= {t3w * 3600:.0f} s.

Therefore, the answer is about {t3w:.1f} hours.
""",
    r(t3w, 1),
    "hour",
    "missing_factor",
    f"The error-function argument is written x/√(Dt); it is x/(2√(Dt)), so t = x²/(4Dz²) "
    f"= {t3:.2f} h.",
)

# diff_06: D of C in austenite at 1600 °F.
q = "h18a_diff_06"


def diff06(tc: float) -> tuple[float, float, float]:
    """T (K), Q/RT and D (m²/s) for the Celsius temperature tc."""
    t = r(tc + 273.15, 1)
    x = r(148000 / (R * t), 3)
    return t, x, 2.3e-5 * math.exp(-x)


tc6 = r((1600 - 32) * 5 / 9, 1)
t6, x6, d6 = diff06(tc6)
add(
    q,
    "terse",
    f"""
T = (1600 − 32) × 5/9 = {tc6:.1f} °C = {t6:.1f} K
Q/RT = 148 000/(8.314 × {t6:.1f}) = {x6:.3f}
D = 2.3 × 10⁻⁵ × exp(−{x6:.3f}) = {uni(d6)} m²/s

D ≈ {uni(d6)} m²/s
""",
    s3(d6),
    "m**2/s",
)
tc6w = r(1600 * 5 / 9 - 32, 1)
t6w, x6w, d6w = diff06(tc6w)
add(
    q,
    "markdown",
    f"""
### Step 1: Temperature in kelvin
- T(°C) = 1600 × 5/9 − 32 = {tc6w:.1f} °C
- T = {tc6w:.1f} + 273.15 = **{t6w:.1f} K**

### Step 2: Arrhenius factor (R = 8.314 J/(mol·K))
- Q/RT = 148 000/(8.314 × {t6w:.1f}) = {x6w:.3f}
- exp(−{x6w:.3f}) = {uni(math.exp(-x6w))}

### Step 3: Diffusivity
- D = D₀ exp(−Q/RT) = 2.3 × 10⁻⁵ × {uni(math.exp(-x6w))} = **{uni(d6w)} m²/s**

**Answer:** D ≈ {uni(d6w)} m²/s
""",
    s3(d6w),
    "m**2/s",
    "unit_conversion",
    f"Step 1 scales before subtracting 32; T(°C) = (1600 − 32) × 5/9 = {tc6:.1f} °C = {t6:.1f} K, "
    f"which gives D = {uni(d6)} m²/s.",
)

# ---------------------------------------------------------------- mechanical properties

# mech_03: change of diameter of a brass rod, negative for a decrease.
q = "h18a_mech_03"
area3 = r(math.pi / 4 * 10**2, 2)
sig3 = r(15000 / area3, 1)
ez3 = r(sig3 / 97000, 7)
ex3 = r(-0.34 * ez3, 7)
dd3 = ex3 * 10 * 1000
add(
    q,
    "bare",
    f"""
A = π(10 mm)²/4 = {area3:.2f} mm²
σ = 15 000 N/{area3:.2f} mm² = {sig3:.1f} MPa
ε_z = σ/E = {sig3:.1f}/97 000 = {ez3:.7f}
ε_x = −ν ε_z = −0.34 × {ez3:.7f} = {ex3:.7f}
Δd = ε_x d₀ = {ex3:.7f} × 10 mm = {dd3 / 1000:.6f} mm

{dd3:.2f}
""",
    r(dd3, 2),
    "micrometer",
)
add(
    q,
    "final_line",
    f"""
1. Stress: σ = F/A₀ = 15 000/(π × 5²) = 15 000/{area3:.2f} = {sig3:.1f} MPa
2. Axial strain: ε_z = {sig3:.1f}/97 000 = {ez3:.7f}
3. Lateral strain: ε_x = ν ε_z = 0.34 × {ez3:.7f} = {-ex3:.7f}
4. Δd = ε_x d₀ = {-ex3:.7f} × 10 mm = {-dd3 / 1000:.6f} mm = {-dd3:.2f} µm

**Final Answer:** Δd = {-dd3:.2f} µm
""",
    r(-dd3, 2),
    "micrometer",
    "sign_error",
    f"Step 3 drops the minus sign of ε_x = −ν ε_z; the rod narrows, so ε_x = {ex3:.7f} and "
    f"Δd = {dd3:.2f} µm.",
)

# mech_06: modulus of resilience of a spring steel.
q = "h18a_mech_06"
u6 = 1460**2 / (2 * 207000) * 1000
add(
    q,
    "prose",
    f"""
The modulus of resilience is the strain energy per unit volume stored up to yielding, \
U_r = σ_y²/(2E). Only the yield strength enters; the tensile strength is not needed. With \
σ_y = 1460 MPa and E = 207 000 MPa, U_r = 1460²/(2 × 207 000) = {f"{1460**2:,}".replace(",", " ")}/414 000 = \
{u6 / 1000:.3f} MPa, and 1 MPa = 1 MJ/m³ = 1000 kJ/m³.

Therefore, the answer is about {u6:.0f} kJ/m³.
""",
    r(u6, 0),
    "kJ/m**3",
)
u6w = 1640**2 / (2 * 207000) * 1000
add(
    q,
    "tex",
    f"""
$$U_r = \\frac{{\\sigma_y^2}}{{2E}} = \\frac{{(1640\\ \\text{{MPa}})^2}}{{2 \\times 207\\,000\\ \\text{{MPa}}}}
= {u6w / 1000:.3f}\\ \\text{{MJ/m}}^3$$

$$\\boxed{{U_r \\approx {u6w:.0f}\\ \\text{{kJ/m}}^3}}$$
""",
    r(u6w, 0),
    "kJ/m**3",
    "given_miscopied",
    f"The yield strength is copied as 1640 MPa; it is 1460 MPa, so U_r = {u6:.0f} kJ/m³.",
)

# ---------------------------------------------------------------- failure

# fail_02: allowable edge-crack depth at 40 ksi.
q = "h18a_fail_02"
sg2 = r(40 * 6.895, 1)
ratio2 = r(35 / (1.12 * sg2), 5)
a2 = ratio2**2 / math.pi * 1000
a2w = ratio2**2 * 1000
add(
    q,
    "markdown",
    f"""
### Step 1: Stress in SI
- 40 ksi × 6.895 MPa/ksi = **{sg2:.1f} MPa**

### Step 2: Fracture condition
- K_Ic = Yσ√(πa) ⇒ a = (1/π)(K_Ic/Yσ)²
- K_Ic/(Yσ) = 35/(1.12 × {sg2:.1f}) = {ratio2:.5f} √m

### Step 3: Crack depth
- a = {ratio2:.5f}²/π = {a2 / 1000:.6f} m = **{a2:.2f} mm**

**Answer:** a_max ≈ {a2:.2f} mm
""",
    r(a2, 2),
    "mm",
)
add(
    q,
    "given_first",
    f"""
**Given:** K_Ic = 35 MPa√m, σ = 40 ksi = {sg2:.1f} MPa, Y = 1.12
**Find:** maximum edge-crack depth a

K_Ic = Yσ√a ⇒ a = (K_Ic/Yσ)²
K_Ic/(Yσ) = 35/(1.12 × {sg2:.1f}) = {ratio2:.5f}
a = {ratio2:.5f}² = {a2w / 1000:.6f} m

a ≈ {a2w:.1f} mm
""",
    r(a2w, 1),
    "mm",
    "missing_factor",
    f"The fracture condition is written K_Ic = Yσ√a without π; K_Ic = Yσ√(πa), so "
    f"a = (K_Ic/Yσ)²/π = {a2:.2f} mm.",
)

# fail_03: Basquin cycles to failure at 350 MPa.
q = "h18a_fail_03"
lr3 = r(math.log10(350 / 900), 5)
l2n = r(lr3 / -0.09, 4)
rev3 = 10**l2n
n3 = rev3 / 2
add(
    q,
    "tex",
    f"""
$$2N_f = \\left(\\frac{{\\sigma_a}}{{\\sigma_f'}}\\right)^{{1/b}}, \\qquad
\\log_{{10}}(2N_f) = \\frac{{\\log_{{10}}(350/900)}}{{-0.09}} = \\frac{{{lr3:.5f}}}{{-0.09}} = {l2n:.4f}$$

$$2N_f = 10^{{{l2n:.4f}}} = {rev3:.0f}\\ \\text{{reversals}}, \\qquad N_f = {rev3:.0f}/2 = {n3:.0f}$$

$$\\boxed{{N_f \\approx {n3:.0f}\\ \\text{{cycles}}}}$$
""",
    r(n3, 0),
    "dimensionless",
)
add(
    q,
    "bare",
    f"""
σ_a = σ_f′(2N_f)^b ⇒ (2N_f) = (σ_a/σ_f′)^(1/b)

log(350/900) = {lr3:.5f}
{lr3:.5f}/(−0.09) = {l2n:.4f}
10^{l2n:.4f} = {rev3:.0f}

Cycles to failure: {rev3:.0f}
""",
    r(rev3, 0),
    "dimensionless",
    "wrong_quantity",
    f"The last line reports 2N_f = {rev3:.0f} (load reversals) as the number of cycles; "
    f"N_f = {n3:.0f}.",
)

# ---------------------------------------------------------------- phase diagrams

# phase_01: lever rule for solid α in Cu–38Ni.
q = "h18a_phase_01"
w1 = 100 * 6 / 11
w1w = 100 * 6 / 12
add(
    q,
    "final_line",
    f"""
Lever rule on the tie line (C_L = 32, C₀ = 38, C_α = 43 wt% Ni):

W_α = (C₀ − C_L)/(C_α − C_L) = (38 − 32)/(43 − 32) = 6/11 = {w1 / 100:.4f}

**Final Answer:** {w1:.1f} % of the alloy is solid α.
""",
    r(w1, 1),
    "percent",
)
add(
    q,
    "terse",
    f"""
W_α = (C₀ − C_L)/(C_α − C_L)
= (38 − 32)/(43 − 32)
= 6/12
= {w1w / 100:.2f}

W_α = {w1w:.0f} wt%
""",
    r(w1w, 0),
    "percent",
    "arithmetic_slip",
    f"43 − 32 is written 12; it is 11, so W_α = 6/11 = {w1:.1f} %.",
)

# ---------------------------------------------------------------- transformations

# trans_01: Avrami, t(90 %) from t(50 %) = 120 s, n = 2.5.
q = "h18a_trans_01"
ln10 = r(math.log(10), 4)
ln2 = r(math.log(2), 4)
rat1 = r(ln10 / ln2, 4)
f1p = r(rat1 ** (1 / 2.5), 4)
t1 = 120 * f1p
t1w = 120 * rat1
add(
    q,
    "markdown",
    f"""
### Step 1: Write both conditions
- y = 1 − exp(−k tⁿ) ⇒ k tⁿ = ln[1/(1 − y)]
- y = 0.5: k t₅₀ⁿ = ln 2 = {ln2:.4f}
- y = 0.9: k t₉₀ⁿ = ln 10 = {ln10:.4f}

### Step 2: Divide
- (t₉₀/t₅₀)^2.5 = {ln10:.4f}/{ln2:.4f} = {rat1:.4f}
- t₉₀/t₅₀ = {rat1:.4f}^(1/2.5) = **{f1p:.4f}**

### Step 3: Time
- t₉₀ = 120 s × {f1p:.4f} = {t1:.1f} s = **{t1 / 60:.2f} min**

**Answer:** about {t1 / 60:.2f} minutes
""",
    r(t1 / 60, 2),
    "minute",
)
add(
    q,
    "prose",
    f"""
The Avrami equation y = 1 − exp(−k tⁿ) gives k tⁿ = ln[1/(1 − y)]. At half completion this is \
ln 2 = {ln2:.4f}, and at 90 % it is ln 10 = {ln10:.4f}. Taking the ratio of the two conditions, \
the time needed scales with ln 10/ln 2 = {rat1:.4f}, so t₉₀ = 120 s × {rat1:.4f} = {t1w:.1f} s.

Therefore, the answer is {t1w / 60:.2f} minutes.
""",
    r(t1w / 60, 2),
    "minute",
    "wrong_formula",
    f"The ratio ln 10/ln 2 = {rat1:.4f} is (t₉₀/t₅₀)ⁿ, not t₉₀/t₅₀; its 1/2.5 power is "
    f"{f1p:.4f}, so t₉₀ = {t1:.1f} s = {t1 / 60:.2f} min.",
)

# ---------------------------------------------------------------- electrical / semiconductors

# es_02: resistivity of n-type Si, 2e16 P/cm³.
q = "h18b_electrical_semiconductors_02"
sg2e = r(2e16 * E_CH * 1250, 3)
rho2 = 1 / sg2e
sg2w = r(2e16 * E_CH * (1250 + 420), 3)
rho2w = 1 / sg2w
add(
    q,
    "given_first",
    f"""
**Given:** N_D = 2 × 10¹⁶ cm⁻³ (all ionized), μₑ = 1250 cm²/(V·s), e = 1.602 × 10⁻¹⁹ C
**Find:** ρ in Ω·cm

Extrinsic n-type: n ≈ N_D ≫ p, so holes add nothing.
σ = n e μₑ = 2 × 10¹⁶ × 1.602 × 10⁻¹⁹ × 1250 = {sg2e:.3f} (Ω·cm)⁻¹
ρ = 1/σ = 1/{sg2e:.3f} = {rho2:.4f} Ω·cm
""",
    r(rho2, 4),
    "ohm*cm",
)
add(
    q,
    "tex",
    f"""
$$\\sigma = n e (\\mu_e + \\mu_h) = 2\\times10^{{16}} \\times 1.602\\times10^{{-19}} \\times (1250 + 420)
= {sg2w:.3f}\\ (\\Omega\\,\\text{{cm}})^{{-1}}$$

$$\\rho = \\frac{{1}}{{\\sigma}} = \\frac{{1}}{{{sg2w:.3f}}} = {rho2w:.4f}\\ \\Omega\\,\\text{{cm}}$$

$$\\boxed{{\\rho \\approx {rho2w:.4f}\\ \\Omega\\cdot\\text{{cm}}}}$$
""",
    r(rho2w, 4),
    "ohm*cm",
    "wrong_formula",
    f"The intrinsic form n e (μₑ + μₕ) is used; the wafer is n-type with p ≪ n, so "
    f"σ = n e μₑ = {sg2e:.3f} (Ω·cm)⁻¹ and ρ = {rho2:.4f} Ω·cm.",
)

# ---------------------------------------------------------------- magnetic

# mag_03: B inside a 400-turn coil on a 10 in. core, μ_r = 200.
q = "h18b_magnetic_03"


def coil(length: float) -> tuple[float, float]:
    """H (A/m) and B (T) for a core of the given length in metres."""
    h = r(400 * 2.0 / length, 1)
    return h, 200 * MU_0 * h


h3, b3 = coil(0.254)
add(
    q,
    "prose",
    f"""
The field strength inside a long uniformly wound coil is H = NI/l. The core length is \
10 in. = 0.254 m, so H = 400 × 2.0/0.254 = {h3:.1f} A/m; the wire resistance plays no part \
once the current is given. The flux density is B = μ_r μ₀ H with μ₀ = 4π × 10⁻⁷ H/m: \
B = 200 × 1.2566 × 10⁻⁶ × {h3:.1f} = {b3:.4f} T.

Therefore, the answer is {b3:.3f} T.
""",
    r(b3, 3),
    "T",
)
h3w, b3w = coil(0.0254)
add(
    q,
    "markdown",
    f"""
### Step 1: Core length
- l = 10 in. × 0.00254 m/in. = **0.0254 m**

### Step 2: Field strength
- H = NI/l = 400 × 2.0/0.0254 = **{h3w:.1f} A/m**

### Step 3: Flux density (μ₀ = 4π × 10⁻⁷ H/m)
- B = μ_r μ₀ H = 200 × 4π × 10⁻⁷ × {h3w:.1f} = **{b3w:.3f} T**

**Answer:** B ≈ {b3w:.2f} T
""",
    r(b3w, 2),
    "T",
    "unit_conversion",
    f"Step 1 converts 10 in. to 0.0254 m; 1 in. = 0.0254 m, so l = 0.254 m, H = {h3:.1f} A/m "
    f"and B = {b3:.3f} T.",
)

# ---------------------------------------------------------------- optical

# opt_03: normal-incidence reflectance of fused silica, as a percentage.
q = "h18b_optical_03"


def refl(n: float) -> tuple[float, float]:
    """(n − 1)/(n + 1) and R in percent."""
    ratio = r((n - 1) / (n + 1), 5)
    return ratio, 100 * ratio**2


rq3, rr3 = refl(1.458)
add(
    q,
    "terse",
    f"""
R = ((n − 1)/(n + 1))²
(1.458 − 1)/(1.458 + 1) = 0.458/2.458 = {rq3:.5f}
R = {rq3:.5f}² = {rr3 / 100:.5f}

R ≈ {rr3:.2f} %
""",
    r(rr3, 2),
    "percent",
)
rq3w, rr3w = refl(1.548)
add(
    q,
    "bare",
    f"""
Fresnel reflectance at normal incidence from air (n₁ = 1):

R = ((n − 1)/(n + 1))² = ((1.548 − 1)/(1.548 + 1))² = ({rq3w:.5f})² = {rr3w / 100:.5f}

As a percentage of the incident intensity:

{rr3w:.2f}
""",
    r(rr3w, 2),
    "percent",
    "given_miscopied",
    f"The refractive index is copied as 1.548; it is 1.458, so R = (0.458/2.458)² = {rr3:.2f} %.",
)

# opt_05: repeater spacing for a 1/200 power drop at 0.35 dB/km.
q = "h18b_optical_05"
db5 = r(10 * math.log10(200), 2)
l5 = db5 / 0.35
db5w = r(20 * math.log10(200), 2)
l5w = db5w / 0.35
add(
    q,
    "final_line",
    f"""
A power ratio of 1/200 is a loss of 10 log₁₀(P₀/P) = 10 log₁₀ 200 = {db5:.2f} dB.

Maximum spacing = {db5:.2f} dB / 0.35 dB/km = {l5:.1f} km.

**Final Answer:** about {l5:.1f} km
""",
    r(l5, 1),
    "km",
)
add(
    q,
    "given_first",
    f"""
**Given:** α = 0.35 dB/km, P/P₀ = 1/200
**Find:** L_max

Loss (dB) = 20 log₁₀(P₀/P) = 20 × log₁₀ 200 = {db5w:.2f} dB
L_max = {db5w:.2f}/0.35 = {l5w:.1f} km

The repeaters can be at most {l5w:.0f} km apart.
""",
    r(l5w, 0),
    "km",
    "wrong_formula",
    f"The loss is taken as 20 log₁₀(P₀/P), the field-amplitude form; a power ratio is "
    f"10 log₁₀ 200 = {db5:.2f} dB, so L_max = {l5:.1f} km.",
)

# ---------------------------------------------------------------- thermal

# thermal_02: constrained brass heated 20 → 80 °C, stress in ksi.
q = "h18b_thermal_02"
sig_t = -100e3 * 20e-6 * 60
ksi_t = sig_t / 6.895
add(
    q,
    "tex",
    f"""
A rod held between rigid walls cannot expand, so the thermal strain is cancelled by an elastic
(compressive) strain:

$$\\sigma = -E\\alpha\\Delta T = -(100\\times10^{{3}}\\ \\text{{MPa}})(20\\times10^{{-6}}\\ ^\\circ\\text{{C}}^{{-1}})(60\\ ^\\circ\\text{{C}})
= {sig_t:.0f}\\ \\text{{MPa}}$$

With $1\\ \\text{{ksi}} = 6.895\\ \\text{{MPa}}$:

$$\\boxed{{\\sigma \\approx {ksi_t:.1f}\\ \\text{{ksi}}}}$$
""",
    r(ksi_t, 1),
    "ksi",
)
add(
    q,
    "bare",
    f"""
ΔT = 80 − 20 = 60 °C
σ = −EαΔT = −100 000 MPa × 20 × 10⁻⁶ × 60 = {sig_t:.0f} MPa (compressive)
{sig_t:.0f} MPa ÷ 6.895 MPa/ksi = {ksi_t:.2f} ksi

Rounded: −18
""",
    -18.0,
    "ksi",
    "final_miscopied",
    f"The computed {ksi_t:.2f} ksi is rounded to −18 in the last line; it rounds to "
    f"{ksi_t:.1f} ksi (−17 to two figures).",
)

# ---------------------------------------------------------------- polymers

# polymers_01: DP of PVC with M_n = 62 500 g/mol.
q = "h18b_polymers_01"
m_rep = r(2 * 12.01 + 3 * 1.008 + 35.45, 2)
dp1 = 62500 / m_rep
m_repw = r(m_rep + 1, 2)
dp1w = 62500 / m_repw
add(
    q,
    "prose",
    f"""
The repeat unit of poly(vinyl chloride) is –CH₂–CHCl–, i.e. C₂H₃Cl. Its molar mass is \
2(12.01) + 3(1.008) + 35.45 = 24.02 + 3.024 + 35.45 = {m_rep:.2f} g/mol. The number-average \
degree of polymerization is the number-average molecular weight divided by this: \
DP = 62 500/{m_rep:.2f} = {dp1:.1f}.

Therefore, the answer is {dp1:.0f}.
""",
    r(dp1, 0),
    "dimensionless",
)
add(
    q,
    "final_line",
    f"""
Repeat unit C₂H₃Cl:
- C: 2 × 12.01 = 24.02
- H: 3 × 1.008 = 3.024
- Cl: 35.45
- m = 24.02 + 3.024 + 35.45 = {m_repw:.2f} g/mol

n_n = M̄_n/m = 62 500/{m_repw:.2f} = {dp1w:.1f}

**Final Answer:** {dp1w:.0f}
""",
    r(dp1w, 0),
    "dimensionless",
    "arithmetic_slip",
    f"The sum 24.02 + 3.024 + 35.45 is written {m_repw:.2f}; it is {m_rep:.2f} g/mol, so "
    f"DP = {dp1:.0f}.",
)

# ---------------------------------------------------------------- ceramics / composites

# cc_06: three-point flexural strength of an alumina bar.
q = "h18b_ceramics_composites_06"
fs6 = 3 * 1500 * 0.040 / (2 * 0.010 * 0.005**2) / 1e6
fs6w = 3 * 1500 * 0.040 / (2 * 0.005 * 0.010**2) / 1e6
add(
    q,
    "markdown",
    f"""
### Step 1: Formula for a rectangular section
- σ_fs = 3FL/(2bd²), b = width = 10 mm, d = height = 5 mm, L = 40 mm (density not needed)

### Step 2: Substitute (SI)
- 3FL = 3 × 1500 × 0.040 = 180 N·m
- 2bd² = 2 × 0.010 × 0.005² = 5.0 × 10⁻⁷ m³

### Step 3: Strength
- σ_fs = 180/(5.0 × 10⁻⁷) = 3.6 × 10⁸ Pa = **{fs6:.0f} MPa**

**Answer:** {fs6:.0f} MPa
""",
    r(fs6, 0),
    "MPa",
)
add(
    q,
    "terse",
    f"""
σ_fs = 3FL/(2bd²), b = 5 mm, d = 10 mm
= 3 × 1500 × 0.040 / (2 × 0.005 × 0.010²)
= 180 / (1.0 × 10⁻⁶)
= {fs6w:.0f} MPa
""",
    r(fs6w, 0),
    "MPa",
    "wrong_formula",
    f"Width and height are swapped (b = 5 mm, d = 10 mm); the bar is b = 10 mm wide and "
    f"d = 5 mm high, so 2bd² = 5.0 × 10⁻⁷ m³ and σ_fs = {fs6:.0f} MPa.",
)

# ---------------------------------------------------------------- corrosion

# corr_01: Zn dissolved by 2.5 A in 8 h.
q = "h18b_corrosion_01"
it1 = 2.5 * 8 * 3600
w1c = it1 * 65.38 / (2 * F)
w1cw = it1 * 65.38 / F
add(
    q,
    "bare",
    f"""
Faraday's law, w = ItM/(nF), with Zn → Zn²⁺ + 2e⁻ (n = 2), M = 65.38 g/mol, F = 96 485 C/mol.

It = 2.5 A × 8 h × 3600 s/h = 72 000 C

w = 72 000 × 65.38 / (2 × 96 485) = {w1c:.1f}
""",
    r(w1c, 1),
    "g",
)
add(
    q,
    "given_first",
    f"""
**Given:** I = 2.5 A, t = 8 h = 28 800 s, M(Zn) = 65.38 g/mol, F = 96 485 C/mol
**Find:** mass of zinc dissolved

Charge passed: Q = It = 2.5 × 28 800 = 72 000 C
Moles of Zn = Q/F = 72 000/96 485 = {it1 / F:.4f} mol
w = {it1 / F:.4f} × 65.38 = {w1cw:.1f} g

About {w1cw:.1f} g of zinc dissolves.
""",
    r(w1cw, 1),
    "g",
    "missing_factor",
    f"Moles of Zn are taken as Q/F, dropping n = 2 for Zn → Zn²⁺ + 2e⁻; n(Zn) = Q/(2F) "
    f"= {it1 / (2 * F):.4f} mol and w = {w1c:.1f} g.",
)


if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
    print(f"{sum(not rec['correct'] for rec in SET.records)} wrong responses")
