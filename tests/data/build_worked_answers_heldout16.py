"""Build tests/data/worked_answers_heldout16.jsonl: blind worked answers to 20 questions of set Q.

Written blind to 20 questions of ``answer_exam_heldout16.json`` (exam set Q), covering all its
fourteen topics and skipping the must-refuse items and the items with two readings; the answer
engine, its checker and its solver were not read. Every question has two responses: one correct
throughout, and one with exactly one labelled mistake (``worked_answers_check.ERROR_CLASSES``)
whose note names the first wrong step and the value it should have had.

Twelve of the twenty mistakes are physics or chemistry errors carried through with clean
arithmetic: the Bragg angle θ answered where 2θ is asked, °C used as K in a vacancy fraction,
Poisson's ratio dropped from a lateral contraction, the sign of the compressive minimum lost in
a stress ratio, the lever rule inverted for the liquid fraction, log₁₀ used for ln in an Avrami
time, the solenoid length dropped from H = NI/L, the square dropped from the normal-incidence
reflectivity, the sign of a constrained-heating stress lost, methyl acrylate's repeat unit used for
PMMA, the 2 dropped from the critical fibre length, and RT/nF used with log₁₀ in a concentration
cell. The other eight are slips: a wrong sum in a wt% → at% conversion, an activation energy
copied as 184 for 148 kJ/mol, seconds turned into hours with 60, a product 1.12 × 300 slipped to
326, Ω·m turned into Ω·cm by dividing by 100, a susceptibility copied as 4.2 for 2.4 × 10⁻⁴,
a division slip in hc/E_g, and a digit-transposed final modulus.

Writing styles copied from chat models: "### Step" markdown with bullets, TeX display maths
closing with ``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains,
a "Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. Constants are quoted with their values, and intermediate values are
rounded the way a model rounds them, so that only the labelled step is wrong. All numbers are
computed below.

Run: ``python tests/data/build_worked_answers_heldout16.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout16``.
"""

from __future__ import annotations

import math

from worked_writing import E_CH, HC_EV_NM, K_EV, F, R, WorkedSet, sp, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout16", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


# ---------------------------------------------------------------- crystallography / XRD

# cryst_01: 2θ of Mo (211) with Cu Kα1.
q = "h16a_cryst_01"
d1 = r(0.3147 / math.sqrt(6), 5)
s1 = r(0.15406 / (2 * d1), 5)
th1 = math.degrees(math.asin(s1))
add(
    q,
    "tex",
    f"""
For a cubic lattice, $d_{{hkl}} = a/\\sqrt{{h^2+k^2+l^2}}$. For (211), $h^2+k^2+l^2 = 6$:

$$d_{{211}} = \\frac{{0.3147}}{{\\sqrt{{6}}}} = \\frac{{0.3147}}{{2.4495}} = {d1:.5f}\\ \\text{{nm}}$$

Bragg's law with $n = 1$:

$$\\sin\\theta = \\frac{{\\lambda}}{{2d}} = \\frac{{0.15406}}{{2 \\times {d1:.5f}}} = {s1:.5f}
\\quad\\Rightarrow\\quad \\theta = {th1:.2f}^\\circ$$

$$2\\theta = 2 \\times {th1:.2f}^\\circ = {2 * th1:.2f}^\\circ$$

$$\\boxed{{2\\theta \\approx {2 * th1:.2f}^\\circ}}$$
""",
    r(2 * th1, 2),
    "degree",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Interplanar spacing
- Mo is BCC and (211) is allowed (h + k + l = 4, even).
- d₂₁₁ = a/√(2² + 1² + 1²) = 0.3147/√6 = **{d1:.5f} nm**

### Step 2: Bragg's law (n = 1)
- sin θ = λ/(2d) = 0.15406/(2 × {d1:.5f}) = {s1:.5f}
- θ = arcsin({s1:.5f}) = **{th1:.2f}°**

### Step 3: Diffraction angle
The (211) reflection therefore appears at an angle of {th1:.2f}°.

**Answer:** {th1:.2f}°
""",
    r(th1, 2),
    "degree",
    "wrong_quantity",
    f"Step 3 reports the Bragg angle θ = {th1:.2f}° as the answer; the question asks for the "
    f"diffractometer angle 2θ = {2 * th1:.2f}°.",
)

# ---------------------------------------------------------------- defects

# def_01: vacancy fraction at 800 °C, Q_v = 0.92 eV.
q = "h16a_def_01"
kt1 = r(K_EV * 1073, 5)
x1 = r(0.92 / kt1, 3)
f1 = math.exp(-x1)
add(
    q,
    "given_first",
    f"""
**Given:** Q_v = 0.92 eV/atom, T = 800 °C = 1073 K, k = 8.617 × 10⁻⁵ eV/K
**Find:** N_v/N

N_v/N = exp(−Q_v/kT)

kT = 8.617 × 10⁻⁵ × 1073 = {kt1:.5f} eV
Q_v/kT = 0.92/{kt1:.5f} = {x1:.3f}
N_v/N = exp(−{x1:.3f}) = {uni(f1)}

About {uni(f1)} of the lattice sites are vacant (roughly 1 in {sp(1 / f1, 3)}).
""",
    float(f"{f1:.3g}"),
    "dimensionless",
)
kt1w = r(K_EV * 800, 5)
x1w = r(0.92 / kt1w, 3)
f1w = math.exp(-x1w)
add(
    q,
    "terse",
    f"""
N_v/N = exp(−Q_v/kT), k = 8.617 × 10⁻⁵ eV/K

kT = 8.617 × 10⁻⁵ × 800 = {kt1w:.5f} eV
Q_v/kT = 0.92/{kt1w:.5f} = {x1w:.3f}
N_v/N = exp(−{x1w:.3f}) = {uni(f1w)}

N_v/N ≈ {uni(f1w)}
""",
    float(f"{f1w:.3g}"),
    "dimensionless",
    "unit_conversion",
    f"kT is evaluated with T = 800 (the Celsius value); T is 1073 K, so kT = {kt1:.5f} eV, "
    f"Q_v/kT = {x1:.3f} and N_v/N = {uni(f1)}.",
)

# def_08: 70Cu-30Zn brass, Zn in at%.
q = "h16a_def_08"
nzn = r(30 / 65.38, 4)
ncu = r(70 / 63.55, 4)
tot8 = r(nzn + ncu, 4)
at8 = 100 * nzn / tot8
add(
    q,
    "prose",
    f"""
To convert weight percent into atom percent, take a 100 g basis and turn each mass into moles \
using the atomic weights (Cu = 63.55 g/mol, Zn = 65.38 g/mol). Zinc: 30/65.38 = {nzn:.4f} mol. \
Copper: 70/63.55 = {ncu:.4f} mol. The total is {tot8:.4f} mol.

The atom fraction of zinc is then {nzn:.4f}/{tot8:.4f} = {at8 / 100:.4f}. Because zinc is \
slightly heavier than copper, its atom percent is a little below its weight percent.

Therefore, the answer is {at8:.2f} at% Zn.
""",
    r(at8, 2),
    "percent",
)
tot8w = r(tot8 + 0.1, 4)
at8w = 100 * nzn / tot8w
add(
    q,
    "final_line",
    f"""
Basis: 100 g of alloy.

- n(Zn) = 30 g / 65.38 g/mol = {nzn:.4f} mol
- n(Cu) = 70 g / 63.55 g/mol = {ncu:.4f} mol
- n(total) = {nzn:.4f} + {ncu:.4f} = {tot8w:.4f} mol

C_Zn (at%) = {nzn:.4f}/{tot8w:.4f} × 100 = {at8w:.2f} %

**Final Answer:** {at8w:.2f} at% Zn
""",
    r(at8w, 2),
    "percent",
    "arithmetic_slip",
    f"The sum {nzn:.4f} + {ncu:.4f} is written {tot8w:.4f}; it is {tot8:.4f} mol, "
    f"giving {at8:.2f} at% Zn.",
)

# ---------------------------------------------------------------- diffusion

# diff_01: D of C in austenite at 950 °C.
q = "h16a_diff_01"


def diff01(q_kj: float) -> tuple[float, float, float]:
    """Q/RT, exp(−Q/RT) and D (m²/s) at 1223 K."""
    x = r(q_kj * 1000 / (R * 1223), 3)
    e = float(f"{math.exp(-x):.3g}")
    return x, e, 2.3e-5 * e


x2, e2, dd2 = diff01(148)
add(
    q,
    "markdown",
    f"""
### Step 1: Temperature in kelvin
T = 950 + 273 = **1223 K**

### Step 2: Exponent
- Q/RT = 148 000 / (8.314 × 1223) = **{x2:.3f}**
- exp(−{x2:.3f}) = {uni(e2)}

### Step 3: Diffusion coefficient
- D = D₀ exp(−Q/RT) = 2.3 × 10⁻⁵ × {uni(e2)}
- D = **{uni(dd2)} m²/s**

**Answer:** D ≈ {uni(dd2)} m²/s
""",
    float(f"{dd2:.3g}"),
    "m**2/s",
)
x2w, e2w, dd2w = diff01(184)
add(
    q,
    "tex",
    f"""
$$D = D_0 \\exp\\left(-\\frac{{Q}}{{RT}}\\right), \\qquad T = 950 + 273 = 1223\\ \\text{{K}}$$

$$\\frac{{Q}}{{RT}} = \\frac{{184\\,000}}{{8.314 \\times 1223}} = {x2w:.3f}$$

$$D = 2.3\\times10^{{-5}} \\times e^{{-{x2w:.3f}}} = 2.3\\times10^{{-5}} \\times {tex(e2w)}$$

$$\\boxed{{D \\approx {tex(dd2w)}\\ \\mathrm{{m^2/s}}}}$$
""",
    float(f"{dd2w:.3g}"),
    "m**2/s",
    "given_miscopied",
    f"Q is copied as 184 kJ/mol; the question gives 148 kJ/mol, so Q/RT = {x2:.3f} and "
    f"D = {uni(dd2)} m²/s.",
)

# diff_05: anneal time for x ≈ √(Dt) = 1 µm with D = 1e-16 m²/s.
q = "h16a_diff_05"
t5 = (1e-6) ** 2 / 1e-16
add(
    q,
    "bare",
    f"""
x ≈ √(Dt) → t = x²/D

t = (1 × 10⁻⁶ m)² / (1 × 10⁻¹⁶ m²/s) = 1 × 10⁻¹² / 1 × 10⁻¹⁶ = {t5:.0f} s

{t5:.0f} s / 3600 s/h = {t5 / 3600:.2f} h

So anneal for roughly {t5 / 3600:.1f} h.

{t5 / 3600:.2f}
""",
    r(t5 / 3600, 2),
    "hour",
)
add(
    q,
    "prose",
    f"""
Using the diffusion-length estimate x ≈ √(Dt), the time is t = x²/D. With x = 1 µm = 1 × 10⁻⁶ m \
and D = 1 × 10⁻¹⁶ m²/s, t = (1 × 10⁻⁶)²/(1 × 10⁻¹⁶) = 1 × 10⁻¹²/1 × 10⁻¹⁶ = {t5:.0f} s.

Converting to hours, {t5:.0f} s ÷ 60 = {t5 / 60:.1f} h. That is a long anneal, which is typical \
for a slow substitutional dopant at a moderate temperature.

Therefore, the answer is about {t5 / 60:.1f} hours.
""",
    r(t5 / 60, 1),
    "hour",
    "unit_conversion",
    f"{t5:.0f} s is divided by 60 (that gives minutes); dividing by 3600 gives {t5 / 3600:.2f} h.",
)

# ---------------------------------------------------------------- mechanical properties

# mech_02: lateral contraction of an Al bar.
q = "h16a_mech_02"
ez = r(50 / 69000, 7)
ex = r(-0.33 * ez, 7)
dd = ex * 10 * 1000  # µm
add(
    q,
    "final_line",
    f"""
Axial strain: ε_z = σ/E = 50 MPa / 69 000 MPa = {ez:.7f}

Lateral strain: ε_x = −ν ε_z = −0.33 × {ez:.7f} = {ex:.7f}

Change in diameter: Δd = ε_x d₀ = {ex:.7f} × 10 mm = {ex * 10:.6f} mm = {dd:.2f} µm

The bar gets thinner by about 2.4 µm.

**Final Answer:** Δd ≈ {dd:.2f} µm
""",
    r(dd, 2),
    "um",
)
ddw = -ez * 10 * 1000
add(
    q,
    "given_first",
    f"""
**Given:** d₀ = 10 mm, σ = 50 MPa, E = 69 GPa, ν = 0.33
**Find:** Δd (µm)

Strain from Hooke's law: ε = σ/E = 50/69 000 = {ez:.7f}

The diameter contracts, so Δd = −ε d₀ = −{ez:.7f} × 10 mm = {-ez * 10:.6f} mm

Δd = {ddw:.2f} µm
""",
    r(ddw, 2),
    "um",
    "missing_factor",
    f"The lateral strain is taken as −σ/E, dropping Poisson's ratio; it is −νσ/E = {ex:.7f}, "
    f"so Δd = {dd:.2f} µm.",
)

# ---------------------------------------------------------------- failure

# fail_01: maximum edge crack length, K_Ic = 55, σ = 300 MPa, Y = 1.12.
q = "h16a_fail_01"


def fail01(ys: float) -> tuple[float, float, float]:
    """K/(Yσ) in √m, its square, and a in mm."""
    ratio = r(55 / ys, 5)
    sq = r(ratio**2, 6)
    return ratio, sq, sq / math.pi * 1000


ra, sqa, ac = fail01(336)
add(
    q,
    "tex",
    f"""
$$K_{{Ic}} = Y\\sigma\\sqrt{{\\pi a_c}} \\;\\Rightarrow\\; a_c = \\frac{{1}}{{\\pi}}\\left(\\frac{{K_{{Ic}}}}{{Y\\sigma}}\\right)^2$$

$$Y\\sigma = 1.12 \\times 300 = 336\\ \\text{{MPa}}, \\qquad
\\frac{{55}}{{336}} = {ra:.5f}\\ \\sqrt{{\\text{{m}}}}$$

$$a_c = \\frac{{{sqa:.6f}}}{{\\pi}} = {ac / 1000:.6f}\\ \\text{{m}}$$

(σ_y = 1100 MPa ≫ 300 MPa, so LEFM is reasonable.)

$$\\boxed{{a_c \\approx {ac:.2f}\\ \\text{{mm}}}}$$
""",
    r(ac, 2),
    "mm",
)
raw, sqaw, acw = fail01(326)
add(
    q,
    "markdown",
    f"""
### Step 1: Relation
For an edge crack, K_Ic = Yσ√(πa), so a_c = (1/π)(K_Ic/(Yσ))².

### Step 2: Numbers
- Yσ = 1.12 × 300 = **326 MPa**
- K_Ic/(Yσ) = 55/326 = {raw:.5f} √m
- squared: {sqaw:.6f} m

### Step 3: Crack length
- a_c = {sqaw:.6f}/π = {acw / 1000:.6f} m = **{acw:.2f} mm**

**Answer:** the largest allowable edge crack is about {acw:.2f} mm.
""",
    r(acw, 2),
    "mm",
    "arithmetic_slip",
    f"1.12 × 300 is written 326 MPa; it is 336 MPa, so K_Ic/(Yσ) = {ra:.5f} √m and "
    f"a_c = {ac:.2f} mm.",
)

# fail_03: stress ratio for +180 / −60 MPa.
q = "h16a_fail_03"
sm = (180 - 60) / 2
sa = (180 + 60) / 2
rr = -60 / 180
add(
    q,
    "terse",
    f"""
σ_max = +180 MPa, σ_min = −60 MPa

σ_m = (180 + (−60))/2 = {sm:.0f} MPa
σ_a = (180 − (−60))/2 = {sa:.0f} MPa
R = σ_min/σ_max = −60/180 = {rr:.2f}

R = {rr:.2f}
""",
    r(rr, 2),
    "dimensionless",
)
add(
    q,
    "bare",
    f"""
(a) σ_m = (σ_max + σ_min)/2 = (180 − 60)/2 = {sm:.0f} MPa
(b) σ_a = (σ_max − σ_min)/2 = (180 + 60)/2 = {sa:.0f} MPa
(c) R = σ_min/σ_max = 60/180 = {-rr:.2f}

{-rr:.2f}
""",
    r(-rr, 2),
    "dimensionless",
    "sign_error",
    f"In (c) σ_min is entered as 60 MPa; it is −60 MPa (compression), so R = {rr:.2f}.",
)

# ---------------------------------------------------------------- phase diagrams

# phase_01: liquid fraction, C0 = 35, Cα = 8, CL = 71 wt% B.
q = "h16a_phase_01"
wl = (35 - 8) / (71 - 8)
add(
    q,
    "prose",
    f"""
In the two-phase α + L field the lever rule gives each phase's mass fraction. The fraction of \
liquid is the length of the tie-line segment on the α side of the overall composition divided \
by the total tie-line length: W_L = (C₀ − C_α)/(C_L − C_α) = (35 − 8)/(71 − 8) = 27/63 = \
{wl:.4f}.

The remaining {1 - wl:.4f} is α. Therefore, the answer is {100 * wl:.1f}% liquid.
""",
    r(100 * wl, 1),
    "percent",
)
wlw = (71 - 35) / (71 - 8)
add(
    q,
    "given_first",
    f"""
**Given:** C₀ = 35 wt% B, C_α = 8 wt% B, C_L = 71 wt% B
**Find:** mass % liquid

Lever rule, tie line from 8 to 71 wt% B (length 63):

W_L = (C_L − C₀)/(C_L − C_α) = (71 − 35)/(71 − 8) = 36/63 = {wlw:.4f}

W_α = 1 − {wlw:.4f} = {1 - wlw:.4f}

Liquid: {100 * wlw:.1f} % by mass
""",
    r(100 * wlw, 1),
    "percent",
    "wrong_formula",
    f"The lever is inverted: (C_L − C₀)/(C_L − C_α) is the α fraction. The liquid fraction is "
    f"(C₀ − C_α)/(C_L − C_α) = 27/63 = {wl:.4f}, i.e. {100 * wl:.1f} %.",
)

# ---------------------------------------------------------------- transformations

# trans_06: Avrami time to 25 % pearlite, n = 3, k = 2.5e-6 s^-3.
q = "h16a_trans_06"
l6 = r(-math.log(0.75), 4)
q6 = l6 / 2.5e-6
t6 = q6 ** (1 / 3)
add(
    q,
    "markdown",
    f"""
### Step 1: Rearrange the Avrami equation
y = 1 − exp(−k tⁿ) → t = [−ln(1 − y)/k]^(1/n)

### Step 2: Insert y = 0.25
- −ln(1 − 0.25) = −ln 0.75 = **{l6:.4f}**
- {l6:.4f}/(2.5 × 10⁻⁶) = {q6:,.0f} s³

### Step 3: Cube root
- t = ({q6:,.0f})^(1/3) = **{t6:.1f} s**

**Answer:** about {t6:.1f} s
""".replace(",", " "),
    r(t6, 1),
    "s",
)
l6w = r(-math.log10(0.75), 4)
q6w = l6w / 2.5e-6
t6w = q6w ** (1 / 3)
add(
    q,
    "tex",
    f"""
$$y = 1 - e^{{-kt^n}} \\;\\Rightarrow\\; t = \\left[\\frac{{-\\log(1-y)}}{{k}}\\right]^{{1/n}}$$

$$-\\log(0.75) = {l6w:.4f}$$

$$t^3 = \\frac{{{l6w:.4f}}}{{2.5\\times10^{{-6}}}} = {q6w:.0f}\\ \\mathrm{{s^3}}$$

$$\\boxed{{t \\approx {t6w:.1f}\\ \\mathrm{{s}}}}$$
""",
    r(t6w, 1),
    "s",
    "wrong_formula",
    f"log₁₀ 0.75 is used where the Avrami equation needs ln 0.75: −ln 0.75 = {l6:.4f}, "
    f"t³ = {q6:.0f} s³ and t = {t6:.1f} s.",
)

# ---------------------------------------------------------------- electrical

# elec_02: resistivity of Si with 5e21 m^-3 As, μ_e = 0.10.
q = "h16b_elec_02"
sg2 = r(5e21 * E_CH * 0.10, 2)
rho2 = r(1 / sg2, 6)
add(
    q,
    "final_line",
    f"""
With all donors ionised, n = N_d = 5 × 10²¹ m⁻³ (n ≫ n_i, so holes are negligible).

σ = n|e|μ_e = 5 × 10²¹ × 1.602 × 10⁻¹⁹ C × 0.10 m²/(V·s) = {sg2:.2f} (Ω·m)⁻¹

ρ = 1/σ = 1/{sg2:.2f} = {rho2:.6f} Ω·m

Since 1 Ω·m = 100 Ω·cm: ρ = {rho2 * 100:.3f} Ω·cm

**Final Answer:** ρ ≈ {rho2 * 100:.3f} Ω·cm
""",
    r(rho2 * 100, 3),
    "ohm*cm",
)
add(
    q,
    "terse",
    f"""
n = N_d = 5 × 10²¹ m⁻³ (extrinsic n-type)
σ = n e μ_e = 5 × 10²¹ × 1.602 × 10⁻¹⁹ × 0.10 = {sg2:.2f} (Ω·m)⁻¹
ρ = 1/σ = {rho2:.6f} Ω·m
Ω·m → Ω·cm: ÷ 100 → ρ = {uni(rho2 / 100)} Ω·cm

ρ ≈ {uni(rho2 / 100)} Ω·cm
""",
    float(f"{rho2 / 100:.3g}"),
    "ohm*cm",
    "unit_conversion",
    f"Ω·m is turned into Ω·cm by dividing by 100; 1 Ω·m = 100 Ω·cm, so ρ = {rho2 * 100:.3f} Ω·cm.",
)

# ---------------------------------------------------------------- magnetic

# magn_03: magnetisation in a paramagnetic solenoid core.
q = "h16b_magn_03"
h3 = 400 * 2.5 / 0.25
m3 = 3.2e-5 * h3
add(
    q,
    "given_first",
    f"""
**Given:** N = 400 turns, L = 0.25 m, I = 2.5 A, χ_m = 3.2 × 10⁻⁵
**Find:** M (A/m)

Field strength inside the solenoid: H = NI/L = 400 × 2.5/0.25 = {h3:.0f} A/m

Magnetization: M = χ_m H = 3.2 × 10⁻⁵ × {h3:.0f} = {m3:.3f} A/m

M ≈ {m3:.3f} A/m
""",
    m3,
    "A/m",
)
h3w = 400 * 2.5
m3w = 3.2e-5 * h3w
add(
    q,
    "prose",
    f"""
The magnetization of a linear magnetic material is M = χ_m H. The solenoid sets up a field \
strength H equal to the ampere-turns, H = NI = 400 × 2.5 = {h3w:.0f} A/m. Multiplying by the \
small positive susceptibility gives M = 3.2 × 10⁻⁵ × {h3w:.0f} = {m3w:.3f} A/m, parallel to H as \
expected for a paramagnet.

Therefore, the answer is M ≈ {m3w:.3f} A/m.
""",
    m3w,
    "A/m",
    "missing_factor",
    f"H is taken as NI, dropping the division by the length 0.25 m; H = NI/L = {h3:.0f} A/m, "
    f"so M = {m3:.3f} A/m.",
)

# magn_06: Curie's law, χ(300 K) = 2.4e-4, find χ(77 K).
q = "h16b_magn_06"
c6 = 2.4e-4 * 300
chi6 = c6 / 77
add(
    q,
    "tex",
    f"""
Curie's law: $\\chi = C/T$, so $\\chi_2 = \\chi_1 T_1/T_2$.

$$C = \\chi_1 T_1 = 2.4\\times10^{{-4}} \\times 300 = {tex(c6, 2)}\\ \\mathrm{{K}}$$

$$\\chi(77\\ \\mathrm{{K}}) = \\frac{{{tex(c6, 2)}}}{{77}} = {tex(chi6)}$$

$$\\boxed{{\\chi \\approx {tex(chi6)}}}$$
""",
    float(f"{chi6:.3g}"),
    "dimensionless",
)
c6w = 4.2e-4 * 300
chi6w = c6w / 77
add(
    q,
    "bare",
    f"""
Curie law χ ∝ 1/T:

χ(77 K) = χ(300 K) × 300/77 = 4.2 × 10⁻⁴ × {300 / 77:.3f} = {uni(chi6w)}

{uni(chi6w)}
""",
    float(f"{chi6w:.3g}"),
    "dimensionless",
    "given_miscopied",
    f"χ(300 K) is copied as 4.2 × 10⁻⁴; it is 2.4 × 10⁻⁴, so χ(77 K) = {uni(chi6)}.",
)

# ---------------------------------------------------------------- optical

# opt_01: absorption edge of CdS, E_g = 2.42 eV.
q = "h16b_opt_01"
lam1 = HC_EV_NM / 2.42
add(
    q,
    "terse",
    f"""
λ_max = hc/E_g, hc = 1239.84 eV·nm

λ_max = 1239.84/2.42 = {lam1:.1f} nm

(green light; shorter wavelengths are absorbed)

λ_max ≈ {lam1:.1f} nm
""",
    r(lam1, 1),
    "nm",
)
lam1w = r(lam1 + 19.8, 1)
add(
    q,
    "given_first",
    f"""
**Given:** E_g = 2.42 eV, hc = 1239.84 eV·nm
**Find:** longest absorbed wavelength (nm)

A photon is absorbed by band-to-band excitation only if hν ≥ E_g, so the longest wavelength is

λ = hc/E_g = 1239.84/2.42 = {lam1w:.1f} nm

Longest wavelength ≈ {lam1w:.1f} nm
""",
    lam1w,
    "nm",
    "arithmetic_slip",
    f"1239.84/2.42 is written {lam1w:.1f}; it is {lam1:.1f} nm.",
)

# opt_03: normal-incidence reflectivity of diamond, n = 2.42.
q = "h16b_opt_03"
fr3 = r(1.42 / 3.42, 4)
rf3 = r(fr3**2, 4)
add(
    q,
    "prose",
    f"""
At normal incidence from air (n ≈ 1) the reflectivity is R = [(n − 1)/(n + 1)]². For diamond, \
(2.42 − 1)/(2.42 + 1) = 1.42/3.42 = {fr3:.4f}, and squaring gives R = {rf3:.4f}. That high \
reflectivity, together with the large dispersion, is part of why cut diamonds sparkle.

Therefore, the answer is about {100 * rf3:.1f}%.
""",
    r(100 * rf3, 1),
    "percent",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Reflectivity at normal incidence
R = (n − 1)/(n + 1) for light arriving from air.

### Step 2: Numbers
- n − 1 = 1.42
- n + 1 = 3.42
- R = 1.42/3.42 = **{fr3:.4f}**

### Step 3: Percentage
R = {fr3:.4f} × 100 = **{100 * fr3:.1f} %**

**Answer:** about {100 * fr3:.1f} % of the light is reflected.
""",
    r(100 * fr3, 1),
    "percent",
    "wrong_formula",
    f"Step 1 omits the square: R = [(n − 1)/(n + 1)]² = {fr3:.4f}² = {rf3:.4f}, "
    f"i.e. {100 * rf3:.1f} %.",
)

# ---------------------------------------------------------------- thermal

# therm_02: constrained brass rod heated 20 → 80 °C.
q = "h16b_therm_02"
st2 = -97e3 * 20.0e-6 * 60
add(
    q,
    "final_line",
    f"""
The rod cannot expand, so the free thermal strain αΔT is suppressed by an equal and opposite \
elastic strain. Heating a constrained bar puts it in compression:

σ = −E α ΔT

- ΔT = 80 − 20 = 60 °C
- E α ΔT = 97 000 MPa × 20.0 × 10⁻⁶ °C⁻¹ × 60 °C = {-st2:.1f} MPa

σ = {st2:.1f} MPa (compressive)

**Final Answer:** σ ≈ {st2:.1f} MPa
""",
    r(st2, 1),
    "MPa",
)
add(
    q,
    "tex",
    f"""
$$\\sigma = E\\alpha(T_f - T_0)$$

$$\\sigma = (97\\times10^{{3}}\\ \\mathrm{{MPa}})(20.0\\times10^{{-6}}\\ ^\\circ\\mathrm{{C}}^{{-1}})(80 - 20)\\ ^\\circ\\mathrm{{C}}$$

$$\\sigma = 97\\,000 \\times 1.2\\times10^{{-3}} = {-st2:.1f}\\ \\mathrm{{MPa}}$$

$$\\boxed{{\\sigma \\approx +{-st2:.1f}\\ \\mathrm{{MPa}}}}$$
""",
    r(-st2, 1),
    "MPa",
    "sign_error",
    f"σ = Eα(T_f − T₀) is the stress of a rod constrained while cooling; heated between walls "
    f"the rod is compressed, σ = −Eα(T_f − T₀) = {st2:.1f} MPa.",
)

# ---------------------------------------------------------------- polymers

# poly_02: degree of polymerisation of PMMA, Mn = 3.2e5 g/mol.
q = "h16b_poly_02"
mer2 = r(5 * 12.01 + 8 * 1.008 + 2 * 16.00, 2)
dp2 = 3.2e5 / mer2
add(
    q,
    "markdown",
    f"""
### Step 1: Repeat unit of PMMA
The methyl methacrylate mer is –CH₂–C(CH₃)(COOCH₃)–, i.e. **C₅H₈O₂**.

### Step 2: Mer molecular weight
- C: 5 × 12.01 = 60.05
- H: 8 × 1.008 = 8.064
- O: 2 × 16.00 = 32.00
- m = **{mer2:.2f} g/mol**

### Step 3: Degree of polymerization
DP = M̄ₙ/m = 3.2 × 10⁵/{mer2:.2f} = **{dp2:.0f}**

**Answer:** DP ≈ {dp2:.0f}
""",
    round(dp2),
    "dimensionless",
)
mer2w = r(4 * 12.01 + 6 * 1.008 + 2 * 16.00, 2)
dp2w = 3.2e5 / mer2w
add(
    q,
    "bare",
    f"""
PMMA repeat unit: –CH₂–CH(COOCH₃)– = C₄H₆O₂

m = 4(12.01) + 6(1.008) + 2(16.00) = {mer2w:.2f} g/mol

n = M̄ₙ/m = 320 000/{mer2w:.2f} = {dp2w:.0f}

{dp2w:.0f}
""",
    round(dp2w),
    "dimensionless",
    "wrong_formula",
    f"The repeat unit written, –CH₂–CH(COOCH₃)– (C₄H₆O₂), is methyl acrylate's; PMMA's carries "
    f"an extra CH₃, C₅H₈O₂ = {mer2:.2f} g/mol, so DP = {dp2:.0f}.",
)

# ---------------------------------------------------------------- ceramics / composites

# comp_04: critical fibre length, σ_f = 2.50 GPa, d = 10 µm, τ_c = 40 MPa.
q = "h16b_comp_04"
lc4 = 2.50e9 * 10e-6 / (2 * 40e6)
add(
    q,
    "given_first",
    f"""
**Given:** σ_f* = 2.50 GPa, d = 10 µm, τ_c = 40 MPa
**Find:** critical fibre length l_c (mm)

l_c = σ_f* d/(2τ_c)
    = (2.50 × 10⁹ Pa)(10 × 10⁻⁶ m)/(2 × 40 × 10⁶ Pa)
    = 2.5 × 10⁴/8.0 × 10⁷ m
    = {lc4:.7f} m

l_c ≈ {lc4 * 1000:.4f} mm (about ±0.006 mm from the ±0.05 GPa on the strength)
""",
    lc4 * 1000,
    "mm",
)
lc4w = 2.50e9 * 10e-6 / 40e6
add(
    q,
    "terse",
    f"""
l_c = σ_f d/τ_c
    = 2.50 × 10⁹ × 10 × 10⁻⁶ / 40 × 10⁶
    = {lc4w:.6f} m

l_c ≈ {lc4w * 1000:.3f} mm
""",
    lc4w * 1000,
    "mm",
    "missing_factor",
    f"The 2 in l_c = σ_f* d/(2τ_c) is dropped; with it l_c = {lc4 * 1000:.4f} mm.",
)

# comp_07: modulus of porous alumina, ρ = 3.62 of 3.98 g/cm³.
q = "h16b_comp_07"
p7 = r(1 - 3.62 / 3.98, 4)
lin7 = r(1.9 * p7, 4)
quad7 = r(0.9 * p7**2, 4)
fac7 = r(1 - lin7 + quad7, 4)
e7 = 393 * fac7
add(
    q,
    "tex",
    f"""
Porosity from the densities:

$$P = 1 - \\frac{{\\rho_\\text{{bulk}}}}{{\\rho_\\text{{th}}}} = 1 - \\frac{{3.62}}{{3.98}} = {p7:.4f}$$

$$E = E_0(1 - 1.9P + 0.9P^2) = 393\\,(1 - {lin7:.4f} + {quad7:.4f}) = 393 \\times {fac7:.4f}$$

$$\\boxed{{E \\approx {e7:.1f}\\ \\mathrm{{GPa}}}}$$
""",
    r(e7, 1),
    "GPa",
)
e7w = float(f"{e7:.1f}".replace("328", "382"))
add(
    q,
    "prose",
    f"""
The volume fraction of porosity follows from the ratio of the bulk to the theoretical density: \
P = 1 − 3.62/3.98 = {p7:.4f}, about 9 % porosity. Putting this into the empirical relation, \
1.9P = {lin7:.4f} and 0.9P² = {quad7:.4f}, so the bracket is 1 − {lin7:.4f} + {quad7:.4f} = \
{fac7:.4f}, and E = 393 GPa × {fac7:.4f}.

Therefore, the answer is about {e7w:.1f} GPa.
""",
    e7w,
    "GPa",
    "final_miscopied",
    f"393 × {fac7:.4f} is {e7:.1f} GPa; the final answer transposes it to {e7w:.1f} GPa.",
)

# ---------------------------------------------------------------- corrosion

# corr_08: Cu concentration cell, 0.50 M vs 0.002 M, 60 °C.
q = "h16b_corr_08"
rtf = r(R * 333.15 / (2 * F), 5)
ln8 = r(math.log(0.5 / 0.002), 3)
v8 = rtf * ln8 * 1000
add(
    q,
    "bare",
    f"""
Concentration cell, same electrode reaction (Cu²⁺ + 2e⁻ → Cu, n = 2), so ΔV° = 0:

ΔV = (RT/nF) ln(c₁/c₂), T = 60 + 273.15 = 333.15 K

RT/nF = 8.314 × 333.15/(2 × 96 485) = {rtf:.5f} V
ln(0.50/0.002) = ln 250 = {ln8:.3f}

ΔV = {rtf:.5f} × {ln8:.3f} = {v8 / 1000:.4f} V

{v8:.1f}
""",
    r(v8, 1),
    "mV",
)
lg8 = r(math.log10(0.5 / 0.002), 3)
v8w = rtf * lg8 * 1000
add(
    q,
    "markdown",
    f"""
### Step 1: Nernst equation for a concentration cell
Both half-cells are Cu/Cu²⁺, so the standard potentials cancel:
ΔV = (RT/nF) log(c_high/c_low), with n = 2.

### Step 2: Prefactor at 60 °C (333.15 K)
- RT/nF = (8.314 × 333.15)/(2 × 96 485) = **{rtf:.5f} V**

### Step 3: Concentration term
- log(0.50/0.002) = log 250 = **{lg8:.3f}**

### Step 4: emf
- ΔV = {rtf:.5f} × {lg8:.3f} = {v8w / 1000:.5f} V = **{v8w:.1f} mV**

**Answer:** about {v8w:.1f} mV
""",
    r(v8w, 1),
    "mV",
    "wrong_constant",
    f"RT/nF is paired with log₁₀ 250 = {lg8:.3f}; RT/nF goes with ln 250 = {ln8:.3f} "
    f"(log₁₀ needs 2.303RT/nF), so ΔV = {v8:.1f} mV.",
)


if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
    print(f"{sum(not rec['correct'] for rec in SET.records)} wrong responses")
