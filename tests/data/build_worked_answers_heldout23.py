"""Build tests/data/worked_answers_heldout23.jsonl: blind worked answers to 20 questions of set X.

Twenty questions of ``answer_exam_heldout23.json`` (exam set X) are answered here, at least one
from each of its fourteen topics; must-refuse items and items with two readings are left out. The
answer engine, its checker and its solver were not read while writing. Each question gets two
responses: one right at every step, and one with a single labelled mistake
(``worked_answers_check.ERROR_CLASSES``) whose note says which step first goes wrong and what value
that step should have had.

Twelve mistakes are physics or chemistry errors carried through with clean arithmetic: the Bragg
angle θ answered where the diffractometer angle 2θ of Cu (220) was asked; log₁₀ used for ln in a
vacancy formation energy from two site fractions; the magnification ratio 250/100 applied linearly
instead of squared in an ASTM grain-size count; R = 1.987 (cal/(mol·K)) used with Q in J/mol for
carbon in γ-iron; the new treatment time at 1000 °C answered where the hours saved were asked (after
a mid-way "wait", the response talks itself out of the right figure); the π of a_c = (1/π)(K_Ic/σ)²
dropped in a multiple-choice allowable crack depth, picking (D); the pearlite fraction answered
where the proeutectoid-ferrite fraction of a 0.35 wt% C steel was asked; T_m = 1085 °C used as
1085 K in the critical nucleus radius of copper; a linear (1 − T/T_C) law for the critical field
of lead instead of the parabolic 1 − (T/T_C)²; a 230 °F temperature rise used as 230 K in the heat
to warm copper; one C–C bond per ethylene repeat unit instead of two in a polyethylene random-walk
end-to-end distance; and the sign of η/β flipped in a Tafel current density (log i = −12.5). The
other eight are slips: 2.598 × 0.05366 worked out as 0.1594 instead of 0.1394 in the HCP cell volume
of Mg, z² = 0.1375 written 0.1735 in a carburizing time, Poisson's ratio 0.33 copied as 0.30, a
right 4.36 h copied as 4.63 h, the bar resistivity 0.05 Ω·m copied as 0.5 Ω·m in a Hall mobility,
kg turned into lb by dividing by 2.2046, the fibre diameter 7 µm turned into 7 × 10⁻⁵ m, and the
diamond reflectance fraction 0.172 reported as 0.172 %.

Styles imitate chat models: "### Step" markdown, TeX ending in ``\\boxed{}``, prose that ends
"Therefore, the answer is ...", terse equation chains, a "Given / Find" opening, a
"**Final Answer:**" line, bare final numbers whose unit is only in the question, and new ones: a
multiple-choice response that picks a letter and states its value, one written with decimal commas,
one that answers "≈" with a rounded figure then a refined one, responses that correct themselves
mid-way ("wait, that should be ...") and end right (the nucleus radius) or wrong (the hours saved),
and final lines giving a percentage where a fraction was asked (proeutectoid ferrite) or a fraction
where a percentage was asked (diamond reflectance). Constants are quoted with values,
intermediates are rounded the way a model rounds them, and every number is computed below.

Run: ``python tests/data/build_worked_answers_heldout23.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout23``.
"""

from __future__ import annotations

import math

from worked_writing import E_CH, K_EV, NA, R, WorkedSet, tex, uni

STYLES = (
    "markdown",
    "tex",
    "prose",
    "terse",
    "given_first",
    "final_line",
    "bare",
    "mcq",
    "decimal_comma",
    "approx_refined",
    "self_correct",
    "pct_fraction_swap",
)
SET = WorkedSet("heldout23", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as a response writes it)."""
    return round(x, n)


def dc(x: float, n: int) -> str:
    """``x`` to ``n`` decimals written with a decimal comma."""
    return f"{x:.{n}f}".replace(".", ",")


def erfinv(y: float) -> float:
    """The z with erf z = y (bisection; a response reads it off an erf table)."""
    lo, hi = 0.0, 5.0
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if math.erf(mid) < y else (lo, mid)
    return (lo + hi) / 2


# ---------------------------------------------------------------- crystallography / XRD

# 2θ of Cu (220) with Cu Kα1, a(Cu) = 0.3615 nm.
q = "h23a_crystallography_xrd_01"
a1 = 0.3615
d1 = r(a1 / math.sqrt(8), 5)
s1 = r(0.15406 / (2 * d1), 5)
th1 = r(math.degrees(math.asin(s1)), 2)
tt1 = r(2 * th1, 2)
add(
    q,
    "tex",
    f"""
Copper is FCC with the standard lattice parameter $a = 0.3615\\ \\mathrm{{nm}}$.

$$d_{{220}} = \\frac{{a}}{{\\sqrt{{2^2+2^2+0^2}}}} = \\frac{{0.3615}}{{\\sqrt{{8}}}} = {d1:.5f}\\ \\mathrm{{nm}}$$

$$\\sin\\theta = \\frac{{\\lambda}}{{2d}} = \\frac{{0.15406}}{{2 \\times {d1:.5f}}} = {s1:.5f}
\\;\\Rightarrow\\; \\theta = {th1:.2f}^\\circ$$

$$2\\theta = \\boxed{{{tt1:.2f}^\\circ}}$$
""",
    tt1,
    "degree",
)
add(
    q,
    "final_line",
    f"""
Cu is FCC, a = 3.615 Å (standard value).

Interplanar spacing: d₂₂₀ = a/√(4 + 4 + 0) = 3.615/2.8284 = {d1 * 10:.4f} Å

Bragg's law, nλ = 2d sin θ with n = 1:
sin θ = 1.5406/(2 × {d1 * 10:.4f}) = {s1:.5f}
θ = arcsin({s1:.5f}) = {th1:.2f}°

The (220) reflection of copper therefore appears at {th1:.2f}°.

**Final Answer:** {th1:.2f}°
""",
    th1,
    "degree",
    "wrong_quantity",
    f"The last step answers the Bragg angle θ = {th1:.2f}°; the peak position on a diffractometer "
    f"is 2θ = {tt1:.2f}°.",
)

# Theoretical density of HCP Mg, a = 0.3209 nm, c = 0.5211 nm (kg/m³).
q = "h23a_crystallography_xrd_08"
a8sq = r(0.3209**2, 5)
a8c = r(a8sq * 0.5211, 5)
V8 = r(3 * math.sqrt(3) / 2 * a8c, 5)  # nm³
V8w = r(V8 + 0.02, 5)  # 0.15942 written for 0.13942
M8 = 24.31
rho8 = 6 * M8 / (V8 * 1e-21 * NA)
rho8w = 6 * M8 / (V8w * 1e-21 * NA)
add(
    q,
    "terse",
    f"""
HCP: n = 6 atoms/cell, A(Mg) = {M8} g/mol.
V_C = (3√3/2) a² c = 2.598 × {a8sq:.5f} × 0.5211 = 2.598 × {a8c:.5f} = {V8:.5f} nm³ = {uni(V8 * 1e-21, 4)} cm³
ρ = nA/(V_C N_A) = 6 × {M8}/({uni(V8 * 1e-21, 4)} × 6.022 × 10²³) = {rho8:.3f} g/cm³
ρ = {rho8 * 1000:.0f} kg/m³
""",
    round(rho8 * 1000),
    "kg/m**3",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Atoms per cell and atomic weight
HCP contains **6 atoms** per hexagonal cell; A(Mg) = {M8} g/mol.

### Step 2: Cell volume
V_C = (3√3/2) a² c
a² = 0.3209² = {a8sq:.5f} nm², a²c = {a8sq:.5f} × 0.5211 = {a8c:.5f} nm³
V_C = 2.598 × {a8c:.5f} = **{V8w:.5f} nm³** = {uni(V8w * 1e-21, 4)} cm³

### Step 3: Density
ρ = (6 × {M8})/({uni(V8w * 1e-21, 4)} × 6.022 × 10²³) = {rho8w:.3f} g/cm³

### Result
**ρ ≈ {rho8w * 1000:.0f} kg/m³**
""",
    round(rho8w * 1000),
    "kg/m**3",
    "arithmetic_slip",
    f"Step 2 multiplies 2.598 × {a8c:.5f} as {V8w:.5f}; it is {V8:.5f} nm³, which gives "
    f"ρ = {rho8:.3f} g/cm³ = {rho8 * 1000:.0f} kg/m³.",
)

# ---------------------------------------------------------------- defects

# Vacancy formation energy from site fractions 1.0e-4 (1000 K) and 3.2e-6 (800 K).
q = "h23a_defects_02"
ratio2 = 1.0e-4 / 3.2e-6
ln2r = r(math.log(ratio2), 4)
lg2r = r(math.log10(ratio2), 4)
dinv2 = 1 / 800 - 1 / 1000
Q2 = K_EV * ln2r / dinv2
Q2w = K_EV * lg2r / dinv2
add(
    q,
    "prose",
    f"""
The vacancy site fraction follows N_v/N = exp(−Q_v/kT). Taking the ratio of the two measurements
removes the prefactor: ln(f₁₀₀₀/f₈₀₀) = (Q_v/k)(1/800 − 1/1000).

The ratio of the fractions is 1.0 × 10⁻⁴/3.2 × 10⁻⁶ = {ratio2:.2f}, whose natural logarithm is
{ln2r:.4f}. The reciprocal temperatures differ by 1/800 − 1/1000 = {uni(dinv2, 2)} K⁻¹.
With k = 8.617 × 10⁻⁵ eV/K, Q_v = 8.617 × 10⁻⁵ × {ln2r:.4f}/(2.5 × 10⁻⁴) = {Q2:.3f} eV.

Therefore, the answer is {Q2:.2f} eV.
""",
    r(Q2, 2),
    "eV",
)
add(
    q,
    "given_first",
    f"""
**Given:** f(1000 K) = 1.0 × 10⁻⁴, f(800 K) = 3.2 × 10⁻⁶
**Find:** Q_v in eV

f = exp(−Q_v/kT) ⇒ log(f₁/f₂) = (Q_v/k)(1/T₂ − 1/T₁)

- f₁/f₂ = {ratio2:.2f}
- log({ratio2:.2f}) = {lg2r:.4f}
- 1/800 − 1/1000 = 2.5 × 10⁻⁴ K⁻¹

Q_v = k × {lg2r:.4f}/(2.5 × 10⁻⁴) = 8.617 × 10⁻⁵ × {lg2r / 2.5e-4:.1f} = **{Q2w:.3f} eV**
""",
    r(Q2w, 3),
    "eV",
    "wrong_formula",
    f"The log step takes log₁₀ {ratio2:.2f} = {lg2r:.4f}; the Boltzmann ratio needs "
    f"ln {ratio2:.2f} = {ln2r:.4f}, giving Q_v = {Q2:.3f} eV.",
)

# ASTM grain size number: 45 grains/in² at 250×.
q = "h23a_defects_04"
N4 = 45 * (250 / 100) ** 2
n4 = 1 + math.log2(N4)
N4w = 45 * 250 / 100
n4w = 1 + math.log2(N4w)
add(
    q,
    "bare",
    f"""
Refer the count to 100×: N = 45 × (250/100)² = 45 × 6.25 = {N4:.2f} grains/in².

N = 2^(n−1) → n = 1 + ln N/ln 2 = 1 + {math.log(N4):.4f}/0.6931 = {n4:.3f}

{n4:.1f}
""",
    r(n4, 1),
    "dimensionless",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Correct the count to 100×
The ASTM number is defined at 100×, so scale the count by the magnification ratio:
N₁₀₀ = 45 × (250/100) = **{N4w:.1f} grains/in²**

### Step 2: Solve N = 2^(n−1)
n = 1 + log₂ N = 1 + log({N4w:.1f})/log 2 = 1 + {math.log10(N4w):.4f}/0.30103 = {n4w:.3f}

### Answer
**n ≈ {n4w:.1f}**
""",
    r(n4w, 1),
    "dimensionless",
    "wrong_formula",
    f"Step 1 scales the areal count by 250/100; a count per area scales with the square, "
    f"N₁₀₀ = 45 × 2.5² = {N4:.2f}, so n = {n4:.1f}.",
)

# ---------------------------------------------------------------- diffusion

# D of C in γ-Fe at 1000 °C, D₀ = 2.3e-5 m²/s, Q = 148 kJ/mol (cm²/s).
q = "h23a_diffusion_01"
T1 = 1273
x1 = r(148000 / (R * T1), 3)
e1 = math.exp(-x1)
D1 = 2.3e-5 * e1
R_CAL = 1.987
x1w = r(148000 / (R_CAL * T1), 2)
e1w = math.exp(-x1w)
D1w = 2.3e-5 * e1w
add(
    q,
    "given_first",
    f"""
**Given:** D₀ = 2.3 × 10⁻⁵ m²/s, Q = 148 kJ/mol, T = 1000 °C = {T1} K
**Find:** D in cm²/s

D = D₀ exp(−Q/RT)

Q/RT = 148 000/({R} × {T1}) = {x1:.3f}
exp(−{x1:.3f}) = {uni(e1, 3)}
D = 2.3 × 10⁻⁵ × {uni(e1, 3)} = {uni(D1, 3)} m²/s

1 m² = 10⁴ cm² → D = **{uni(D1 * 1e4, 3)} cm²/s**
""",
    float(f"{D1 * 1e4:.3g}"),
    "cm**2/s",
)
add(
    q,
    "tex",
    f"""
Arrhenius form: $D = D_0 \\exp\\left(-\\frac{{Q}}{{RT}}\\right)$ with $T = 1000 + 273 = {T1}\\ \\mathrm{{K}}$ and
$R = {R_CAL}$.

$$\\frac{{Q}}{{RT}} = \\frac{{148\\,000}}{{{R_CAL} \\times {T1}}} = {x1w:.2f}$$

$$D = 2.3\\times10^{{-5}} \\times e^{{-{x1w:.2f}}} = 2.3\\times10^{{-5}} \\times {tex(e1w)} = {tex(D1w)}\\ \\mathrm{{m^2/s}}$$

Converting with $1\\ \\mathrm{{m^2}} = 10^4\\ \\mathrm{{cm^2}}$:

$$D = \\boxed{{{tex(D1w * 1e4)}\\ \\mathrm{{cm^2/s}}}}$$
""",
    float(f"{D1w * 1e4:.3g}"),
    "cm**2/s",
    "wrong_constant",
    f"Q/RT uses R = 1.987 (cal/(mol·K)) with Q in J/mol; with R = 8.314 J/(mol·K) "
    f"Q/RT = {x1:.3f} and D = {uni(D1 * 1e4, 3)} cm²/s.",
)

# Carburizing time: 0.20 → 0.80 wt% C at 0.5 mm, surface 1.20 wt% C, D = 1.6e-11 m²/s.
q = "h23a_diffusion_04"
z4 = r(erfinv(0.4), 4)
z4sq = r(z4**2, 4)
z4s = f"{z4sq:.4f}"
z4sqw = float(z4s[:3] + z4s[4] + z4s[3] + z4s[5:])  # 0.1375 written 0.1735
t4 = (5e-4) ** 2 / (4 * 1.6e-11 * z4sq)
t4w = (5e-4) ** 2 / (4 * 1.6e-11 * z4sqw)
add(
    q,
    "markdown",
    f"""
### Step 1: Error-function solution
(C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt))
(0.80 − 0.20)/(1.20 − 0.20) = 0.60 ⇒ erf z = 0.40

### Step 2: Read z from the erf table
erf(0.37) = {math.erf(0.37):.4f}, erf(0.38) = {math.erf(0.38):.4f}; interpolating: **z = {z4:.4f}**

### Step 3: Solve for t
z = x/(2√(Dt)) ⇒ t = x²/(4Dz²)
t = (5 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × {z4sq:.4f}) = {uni(t4, 3)} s

### Step 4: Convert to hours
t = {t4:.0f}/3600 = **{t4 / 3600:.2f} h**
""",
    r(t4 / 3600, 2),
    "hour",
)
add(
    q,
    "terse",
    f"""
(0.80 − 0.20)/(1.20 − 0.20) = 0.60 = 1 − erf z → erf z = 0.40 → z = {z4:.4f}
z² = {z4sqw:.4f}
t = x²/(4Dz²) = (5 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × {z4sqw:.4f}) = 2.5 × 10⁻⁷/({uni(4 * 1.6e-11 * z4sqw, 4)}) = {uni(t4w, 3)} s
t = {t4w:.0f} s/3600 = {t4w / 3600:.2f} h
""",
    r(t4w / 3600, 2),
    "hour",
    "arithmetic_slip",
    f"z² is written {z4sqw} for {z4:.4f}² = {z4sq:.4f}; with it t = {uni(t4, 3)} s = "
    f"{t4 / 3600:.2f} h.",
)

# Hours saved by carburizing at 1000 °C instead of 900 °C (10 h at 900 °C).
q = "h23a_diffusion_08"
QR8 = r(148000 / R, 1)
dinv8 = r(1 / 1173 - 1 / 1273, 9)
arg8 = r(QR8 * dinv8, 4)
ratio8 = r(math.exp(arg8), 3)
t8 = r(10 / ratio8, 2)
saved8 = r(10 - t8, 2)
add(
    q,
    "approx_refined",
    f"""
Same case depth means the same Dt, so t₁₀₀₀ = t₉₀₀ × D₉₀₀/D₁₀₀₀ (D₀ cancels).

D₁₀₀₀/D₉₀₀ = exp[(Q/R)(1/1173 − 1/1273)] = exp[{QR8:.1f} × {dinv8 * 1e5:.4f} × 10⁻⁵] = exp({arg8:.4f}) = {ratio8:.3f}

t₁₀₀₀ = 10 h/{ratio8:.3f} = {t8:.2f} h

So the treatment is shorter by ≈ 7 h; more precisely 10 − {t8:.2f} = {saved8:.2f} h.

**≈ {saved8:.2f} h shorter**
""",
    saved8,
    "hour",
)
add(
    q,
    "self_correct",
    f"""
For the same case depth x ∝ √(Dt), so Dt stays constant: t₂ = t₁ D₁/D₂.

D(1000 °C)/D(900 °C) = exp[(148 000/8.314)(1/1173 − 1/1273)] = exp({arg8:.4f}) = {ratio8:.3f}

t(1000 °C) = 10/{ratio8:.3f} = {t8:.2f} h, so the treatment is 10 − {t8:.2f} = {saved8:.2f} h shorter.

Wait, that should be the treatment time at 1000 °C, not a difference: the question wants how many
hours the treatment takes when the furnace runs hotter, which is the {t8:.2f} h found above.

**Answer: {t8:.2f} h**
""",
    t8,
    "hour",
    "wrong_quantity",
    f"The 'wait' step replaces the asked saving by the new time; the treatment is "
    f"10 − {t8:.2f} = {saved8:.2f} h shorter, as the line before it had.",
)

# ---------------------------------------------------------------- mechanical properties

# Diameter decrease of a 0.500 in. Al bar under 3000 lbf, E = 69 GPa, ν = 0.33 (µm).
q = "h23a_mechanical_properties_03"
A3 = r(math.pi * 0.5**2 / 4, 5)
s3psi = r(3000 / A3, 0)
s3 = r(s3psi * 6.895e-3, 1)
ez3 = s3 / 69000
ex3 = 0.33 * ez3
dd3 = ex3 * 12.7 * 1000
ex3w = 0.30 * ez3
dd3w = ex3w * 12.7 * 1000
add(
    q,
    "terse",
    f"""
A₀ = π(0.500)²/4 = {A3:.5f} in²
σ = 3000/{A3:.5f} = {s3psi:.0f} psi = {s3:.1f} MPa
ε_z = σ/E = {s3:.1f}/69 000 = {uni(ez3, 4)}
ε_x = −ν ε_z = −0.33 × {uni(ez3, 4)} = −{uni(ex3, 3)}
Δd = ε_x d₀ = −{uni(ex3, 3)} × 12.7 mm = −{uni(dd3 / 1000, 3)} mm
Δd ≈ {dd3:.2f} µm (decrease)
""",
    r(dd3, 2),
    "um",
)
add(
    q,
    "prose",
    f"""
The cross-section of the bar is π(0.500 in)²/4 = {A3:.5f} in², so the axial stress is
3000 lbf/{A3:.5f} in² = {s3psi:.0f} psi, or {s3:.1f} MPa.

The axial strain is σ/E = {s3:.1f} MPa/69 000 MPa = {uni(ez3, 4)}. With Poisson's ratio 0.30 the
lateral strain is −0.30 × {uni(ez3, 4)} = −{uni(ex3w, 3)}.

The diameter (0.500 in = 12.7 mm) therefore shrinks by {uni(ex3w, 3)} × 12.7 mm =
{uni(dd3w / 1000, 3)} mm.

Therefore, the answer is {dd3w:.2f} µm.
""",
    r(dd3w, 2),
    "um",
    "given_miscopied",
    f"The lateral-strain step takes ν = 0.30; the question gives ν = 0.33, so ε_x = −{uni(ex3, 3)} "
    f"and Δd = {dd3:.2f} µm.",
)

# ---------------------------------------------------------------- failure

# Allowable crack depth, K_Ic = 40 MPa√m at 300 MPa, Y = 1 (multiple choice).
q = "h23a_failure_07"
ks7 = r((40 / 300) ** 2, 5)
ac7 = ks7 / math.pi
add(
    q,
    "mcq",
    f"""
K_Ic = Yσ√(πa_c) ⇒ a_c = (1/π)(K_Ic/(Yσ))²

(40/300)² = {ks7:.5f} m
a_c = {ks7:.5f}/π = {uni(ac7, 3)} m = {ac7 * 1000:.2f} mm

This matches option **(B)**.

**Answer: (B) {ac7 * 1000:.1f} mm**
""",
    r(ac7 * 1000, 1),
    "mm",
)
add(
    q,
    "mcq",
    f"""
Fracture occurs when K = Yσ√a reaches K_Ic, so the largest tolerable crack is

a_c = (K_Ic/(Yσ))² = (40/(1.0 × 300))² = {ks7:.5f} m = {ks7 * 1000:.1f} mm

Comparing with the options, this is **(D)**.

**Answer: (D) {ks7 * 1000:.1f} mm**
""",
    r(ks7 * 1000, 1),
    "mm",
    "missing_factor",
    f"The first line drops the π of K = Yσ√(πa); a_c = (1/π)(40/300)² = {ac7 * 1000:.2f} mm, "
    f"option (B).",
)

# ---------------------------------------------------------------- phase diagrams

# Proeutectoid ferrite mass fraction in a 0.35 wt% C steel.
q = "h23a_phase_diagrams_02"
Wa2 = (0.76 - 0.35) / (0.76 - 0.022)
Wp2 = (0.35 - 0.022) / (0.76 - 0.022)
add(
    q,
    "pct_fraction_swap",
    f"""
Apply the lever rule just above the eutectoid (727 °C), between α (0.022 wt% C) and the eutectoid
composition (0.76 wt% C):

W_α′ = (0.76 − 0.35)/(0.76 − 0.022) = 0.41/0.738 = {Wa2:.4f}

About {Wa2 * 100:.1f} % of the steel is proeutectoid ferrite.
""",
    r(Wa2 * 100, 1),
    "percent",
)
add(
    q,
    "final_line",
    f"""
Hypoeutectoid steel: proeutectoid ferrite forms first, and the rest becomes pearlite.
Tie line at just below 727 °C from α (0.022 wt% C) to the eutectoid point (0.76 wt% C).

Lever rule: W = (C₀ − C_α)/(C_eut − C_α) = (0.35 − 0.022)/(0.76 − 0.022) = 0.328/0.738 = {Wp2:.4f}

**Final Answer:** {Wp2:.3f}
""",
    r(Wp2, 3),
    "dimensionless",
    "wrong_quantity",
    f"The lever-rule step takes the arm (C₀ − C_α), which gives the pearlite fraction; the "
    f"proeutectoid ferrite is (0.76 − 0.35)/0.738 = {Wa2:.3f}.",
)

# Mass of α in a 2.5 kg Cu–35Ni casting at 1250 °C (lb).
q = "h23a_phase_diagrams_05"
Wa5 = (35 - 32) / (43 - 32)
m5 = r(Wa5 * 2.5, 4)
lb5 = m5 * 2.2046
lb5w = m5 / 2.2046
add(
    q,
    "bare",
    f"""
W_α = (C₀ − C_L)/(C_α − C_L) = (35 − 32)/(43 − 32) = 3/11 = {Wa5:.4f}
m_α = {Wa5:.4f} × 2.5 kg = {m5:.4f} kg
m_α = {m5:.4f} × 2.2046 = {lb5:.3f}
""",
    r(lb5, 3),
    "lb",
)
add(
    q,
    "given_first",
    f"""
**Given:** 2.5 kg of Cu–35 wt% Ni at 1250 °C; C_L = 32 wt% Ni, C_α = 43 wt% Ni
(the Cu–40Ni datum is not needed)
**Find:** mass of α in lb

Lever rule: W_α = (35 − 32)/(43 − 32) = {Wa5:.4f}
m_α = {Wa5:.4f} × 2.5 kg = {m5:.4f} kg
With 1 lb = 2.2046 kg: m_α = {m5:.4f}/2.2046 = **{lb5w:.3f} lb**
""",
    r(lb5w, 3),
    "lb",
    "unit_conversion",
    f"The conversion divides by 2.2046 (1 kg = 2.2046 lb, not 1 lb = 2.2046 kg); "
    f"{m5:.4f} kg = {lb5:.3f} lb.",
)

# ---------------------------------------------------------------- transformations / kinetics

# Critical nucleus radius of Cu, γ = 0.177 J/m², ΔH_f = −1.628e9 J/m³, T_m = 1085 °C, ΔT = 236 K.
q = "h23a_transformations_kinetics_02"
Tm2 = 1358
num2 = 2 * 0.177 * Tm2
den2 = 1.628e9 * 236
rs2 = num2 / den2
num2w = 2 * 0.177 * 1085
rs2w = num2w / den2
add(
    q,
    "self_correct",
    f"""
For homogeneous nucleation r* = −2γT_m/(ΔH_f ΔT).

Numerator: 2 × 0.177 × 1085 = {num2w:.1f}. Wait, that should be T_m in kelvin: 1085 + 273 = {Tm2} K,
so the numerator is 2 × 0.177 × {Tm2} = {num2:.1f} J·K/m².

Denominator: 1.628 × 10⁹ × 236 = {uni(den2, 4)} J·K/m³

r* = {num2:.1f}/{uni(den2, 4)} = {uni(rs2, 3)} m

r* ≈ {rs2 * 1e10:.2f} Å
""",
    r(rs2 * 1e10, 2),
    "angstrom",
)
add(
    q,
    "tex",
    f"""
$$r^* = -\\frac{{2\\gamma T_m}}{{\\Delta H_f\\,\\Delta T}}
= \\frac{{2 \\times 0.177 \\times 1085}}{{1.628\\times10^{{9}} \\times 236}}
= \\frac{{{num2w:.1f}}}{{{tex(den2, 4)}}} = {tex(rs2w, 4)}\\ \\mathrm{{m}}$$

Since $1\\ \\text{{Å}} = 10^{{-10}}\\ \\mathrm{{m}}$:

$$r^* = \\boxed{{{rs2w * 1e10:.2f}\\ \\text{{Å}}}}$$
""",
    r(rs2w * 1e10, 2),
    "angstrom",
    "unit_conversion",
    f"The numerator uses T_m = 1085 (the °C figure) as kelvin; T_m = {Tm2} K gives "
    f"2 × 0.177 × {Tm2} = {num2:.1f} and r* = {rs2 * 1e10:.2f} Å.",
)

# 50 % recrystallization time of brass at 275 °C (60 min at 300 °C, 4.5 min at 350 °C), hours.
q = "h23a_transformations_kinetics_05"
l5 = r(math.log(60 / 4.5), 4)
di5 = r(1 / 573 - 1 / 623, 9)
Q5 = R * l5 / di5
di5b = r(1 / 548 - 1 / 573, 9)
arg5 = r(Q5 / R * di5b, 4)
t5 = 60 * math.exp(arg5)
h5 = r(t5 / 60, 2)
h5s = f"{h5:.2f}"
h5w = float(h5s[:2] + h5s[3] + h5s[2])  # 4.36 copied as 4.63
add(
    q,
    "markdown",
    f"""
### Step 1: Activation energy from the two temperatures
Rate ∝ 1/t₀.₅ = A exp(−Q/RT), so ln(t₃₀₀/t₃₅₀) = (Q/R)(1/573 − 1/623).

ln(60/4.5) = {l5:.4f}; 1/573 − 1/623 = {di5 * 1e4:.4f} × 10⁻⁴ K⁻¹

Q = 8.314 × {l5:.4f}/({di5 * 1e4:.4f} × 10⁻⁴) = **{Q5 / 1000:.1f} kJ/mol**

### Step 2: Time at 275 °C (548 K)
t₂₇₅ = t₃₀₀ exp[(Q/R)(1/548 − 1/573)] = 60 × exp({arg5:.4f}) = {t5:.0f} min

### Step 3: Hours
**t ≈ {h5:.2f} h**
""",
    h5,
    "hour",
)
add(
    q,
    "final_line",
    f"""
Arrhenius rate 1/t = A e^(−Q/RT):

Q = R ln(t₁/t₂)/(1/T₁ − 1/T₂) = 8.314 × ln(60/4.5)/(1/573 − 1/623) = 8.314 × {l5:.4f}/{uni(di5, 4)} = {Q5 / 1000:.1f} kJ/mol

At 275 °C = 548 K:
t = 60 min × exp[({Q5:.0f}/8.314)(1/548 − 1/573)] = 60 × e^{arg5:.4f} = {t5:.0f} min = {t5 / 60:.2f} h

**Final Answer:** {h5w:.2f} h
""",
    h5w,
    "hour",
    "final_miscopied",
    f"The computation gives {t5:.0f} min = {h5:.2f} h, but the final line copies it as {h5w:.2f} h.",
)

# ---------------------------------------------------------------- electrical / semiconductors

# Electron mobility from a Hall measurement (cm²/(V·s)).
q = "h23b_electrical_semiconductors_04"
n4e = 0.010 * 0.5 / (E_CH * 5.0e-4 * 2.5e-3)
mu4 = 1 / (0.05 * n4e * E_CH)
mu4w = 1 / (0.5 * n4e * E_CH)
add(
    q,
    "given_first",
    f"""
**Given:** I = 10 mA, B = 0.5 T, d = 0.5 mm, V_H = 2.5 mV, ρ = 0.05 Ω·m
**Find:** μ_e in cm²/(V·s)

1. Carrier density from the Hall voltage: n = IB/(e d V_H)
   n = (0.010 × 0.5)/(1.602 × 10⁻¹⁹ × 5.0 × 10⁻⁴ × 2.5 × 10⁻³) = {uni(n4e, 4)} m⁻³
2. Mobility from σ = neμ: μ = 1/(ρ n e)
   μ = 1/(0.05 × {uni(n4e, 4)} × 1.602 × 10⁻¹⁹) = {uni(mu4, 3)} m²/(V·s)
3. 1 m² = 10⁴ cm²: μ = **{mu4 * 1e4:.1f} cm²/(V·s)**
""",
    r(mu4 * 1e4, 1),
    "cm**2/(V*s)",
)
add(
    q,
    "terse",
    f"""
n = IB/(e t V_H) = 0.010 × 0.5/(1.602 × 10⁻¹⁹ × 5 × 10⁻⁴ × 2.5 × 10⁻³) = {uni(n4e, 4)} m⁻³
μ = 1/(ρne) = 1/(0.5 × {uni(n4e, 4)} × 1.602 × 10⁻¹⁹) = {uni(mu4w, 3)} m²/(V·s)
μ = {mu4w * 1e4:.2f} cm²/(V·s)
""",
    r(mu4w * 1e4, 2),
    "cm**2/(V*s)",
    "given_miscopied",
    f"The mobility step takes ρ = 0.5 Ω·m; the bar's resistivity is 0.05 Ω·m, giving "
    f"μ = {uni(mu4, 3)} m²/(V·s) = {mu4 * 1e4:.1f} cm²/(V·s).",
)

# ---------------------------------------------------------------- magnetic

# Critical field of lead at 4.2 K (T_C = 7.19 K, B_C(0) = 0.0803 T), mT.
q = "h23b_magnetic_08"
tr8 = r(4.2 / 7.19, 4)
f8 = r(1 - tr8**2, 4)
B8 = 0.0803 * f8
f8w = r(1 - tr8, 4)
B8w = 0.0803 * f8w
add(
    q,
    "prose",
    f"""
The critical field of a type-I superconductor falls off parabolically with temperature,
B_C(T) = B_C(0)[1 − (T/T_C)²]; only the lead data matter here, not niobium's.

With T/T_C = 4.2/7.19 = {tr8:.4f}, the bracket is 1 − {tr8:.4f}² = {f8:.4f}, so
B_C(4.2 K) = 0.0803 T × {f8:.4f} = {B8:.5f} T.

Therefore, the answer is {B8 * 1000:.1f} mT.
""",
    r(B8 * 1000, 1),
    "mT",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Temperature dependence of the critical field
Below T_C the critical field drops from B_C(0) to zero at T_C:
B_C(T) = B_C(0)(1 − T/T_C)

### Step 2: Lead at 4.2 K
T/T_C = 4.2/7.19 = {tr8:.4f}
B_C = 0.0803 × (1 − {tr8:.4f}) = 0.0803 × {f8w:.4f} = {B8w:.5f} T

### Answer
The wire stays superconducting up to **{B8w * 1000:.1f} mT**.
""",
    r(B8w * 1000, 1),
    "mT",
    "wrong_formula",
    f"Step 1 uses a linear law; B_C(T) = B_C(0)[1 − (T/T_C)²] gives 0.0803 × {f8:.4f} = "
    f"{B8 * 1000:.1f} mT.",
)

# ---------------------------------------------------------------- optical

# Reflectance of diamond, n = 2.42, at normal incidence (percent asked).
q = "h23b_optical_02"
R2 = ((2.42 - 1) / (2.42 + 1)) ** 2
add(
    q,
    "pct_fraction_swap",
    f"""
Normal-incidence reflectance from air (n = 1):
R = ((n − 1)/(n + 1))² = (1.42/3.42)² = ({1.42 / 3.42:.4f})² = {R2:.4f}

(The density is irrelevant.) Reflected fraction: R = {R2:.3f}
""",
    r(R2, 3),
    "dimensionless",
)
add(
    q,
    "prose",
    f"""
At normal incidence the reflectivity of an interface with air is R = ((n − 1)/(n + 1))². For
diamond n = 2.42, so (2.42 − 1)/(2.42 + 1) = 1.42/3.42 = {1.42 / 3.42:.4f}, and squaring gives
{R2:.4f}. The density given is not needed.

Therefore, the answer is {R2:.3f} %.
""",
    r(R2, 3),
    "percent",
    "percent_fraction",
    f"The last line writes the fraction {R2:.3f} as a percentage; {R2:.3f} is {R2 * 100:.1f} %.",
)

# ---------------------------------------------------------------- thermal

# Heat to warm 5 lb of copper from 70 °F to 300 °F (kJ), c_p = 386 J/(kg·K).
q = "h23b_thermal_06"
m6 = r(5 * 0.45359, 3)
dT6 = r(230 * 5 / 9, 1)
Q6 = m6 * 386 * dT6
Q6w = m6 * 386 * 230
add(
    q,
    "decimal_comma",
    f"""
m = 5 lb × 0,4536 kg/lb = {dc(m6, 3)} kg
ΔT = (300 − 70) °F = 230 °F = 230 × 5/9 K = {dc(dT6, 1)} K
c_p(Cu) = 386 J/(kg·K)

Q = m c_p ΔT = {dc(m6, 3)} × 386 × {dc(dT6, 1)} = {f"{Q6:,.0f}".replace(",", " ")} J

Q ≈ {Q6 / 1000:.0f} kJ
""",
    round(Q6 / 1000),
    "kJ",
)
add(
    q,
    "terse",
    f"""
m = 5 × 0.4536 = {m6:.3f} kg, c_p = 386 J/(kg·K)
ΔT = 300 − 70 = 230 K
Q = m c_p ΔT = {m6:.3f} × 386 × 230 = {Q6w:.0f} J = {Q6w / 1000:.0f} kJ
""",
    round(Q6w / 1000),
    "kJ",
    "unit_conversion",
    f"ΔT is 230 °F, which is 230 × 5/9 = {dT6:.1f} K, not 230 K; Q = {Q6 / 1000:.0f} kJ.",
)

# ---------------------------------------------------------------- polymers

# Random-walk end-to-end distance of PE, M_n = 280 000 g/mol, C–C bond 0.154 nm.
q = "h23b_polymers_07"
m7 = 28.05
DP7 = r(280000 / m7, 0)
N7 = 2 * DP7
r7 = 0.154 * math.sqrt(N7)
r7w = 0.154 * math.sqrt(DP7)
add(
    q,
    "markdown",
    f"""
### Step 1: Degree of polymerization
Repeat unit –CH₂–CH₂–: 2 × 12.01 + 4 × 1.008 = {m7} g/mol
DP = 280 000/{m7} = **{DP7:.0f}**

### Step 2: Number of backbone bonds
Each repeat unit holds two C–C backbone bonds: N = 2 × {DP7:.0f} = **{N7:.0f}**

### Step 3: Random-walk end-to-end distance
r = d√N = 0.154 nm × √{N7:.0f} = 0.154 × {math.sqrt(N7):.1f}

**r ≈ {r7:.1f} nm**
""",
    r(r7, 1),
    "nm",
)
add(
    q,
    "tex",
    f"""
The number of repeat units is

$$N = \\frac{{M_n}}{{m}} = \\frac{{280\\,000}}{{{m7}}} = {DP7:.0f}$$

and for a freely jointed chain of $N$ links of length $d$:

$$r = d\\sqrt{{N}} = 0.154 \\times \\sqrt{{{DP7:.0f}}} = 0.154 \\times {math.sqrt(DP7):.2f} = \\boxed{{{r7w:.1f}\\ \\mathrm{{nm}}}}$$
""",
    r(r7w, 1),
    "nm",
    "missing_factor",
    f"The random walk counts one link per repeat unit; each C₂H₄ unit has two C–C backbone bonds, "
    f"N = {N7:.0f}, so r = {r7:.1f} nm.",
)

# ---------------------------------------------------------------- ceramics / composites

# Critical fibre length: σ_f = 3.5 GPa, d = 7 µm, τ_c = 40 MPa (mm).
q = "h23b_ceramics_composites_08"
lc8 = 3.5e9 * 7e-6 / (2 * 40e6)
lc8w = 3.5e9 * 7e-5 / (2 * 40e6)
add(
    q,
    "terse",
    f"""
l_c = σ_f d/(2τ_c) = (3.5 × 10⁹ Pa × 7 × 10⁻⁶ m)/(2 × 40 × 10⁶ Pa)
= 2.45 × 10⁴/8.0 × 10⁷ = {uni(lc8, 4)} m
l_c = {lc8 * 1000:.4f} mm (matrix modulus not needed)
""",
    r(lc8 * 1000, 4),
    "mm",
)
add(
    q,
    "final_line",
    f"""
Critical fibre length: l_c = σ_f* d/(2τ_c)

- σ_f* = 3.5 GPa = 3.5 × 10⁹ Pa
- d = 7 µm = 7 × 10⁻⁵ m
- τ_c = 40 MPa = 4.0 × 10⁷ Pa

l_c = 3.5 × 10⁹ × 7 × 10⁻⁵/(2 × 4.0 × 10⁷) = {uni(lc8w, 4)} m

**Final Answer:** {lc8w * 1000:.3f} mm
""",
    r(lc8w * 1000, 3),
    "mm",
    "unit_conversion",
    f"The list converts 7 µm to 7 × 10⁻⁵ m; it is 7 × 10⁻⁶ m, giving l_c = {lc8 * 1000:.4f} mm.",
)

# ---------------------------------------------------------------- corrosion

# Tafel: i₀ = 1e-10 A/cm², β = −0.10 V/decade, η = −0.25 V; log₁₀ i.
q = "h23b_corrosion_08"
dec8 = -0.25 / -0.10
li8 = -10 + dec8
li8w = -10 - dec8
add(
    q,
    "tex",
    f"""
Tafel equation for the cathodic branch:
$$\\eta_c = \\beta \\log_{{10}}\\frac{{i}}{{i_0}}
\\;\\Rightarrow\\; \\log_{{10}} i = \\log_{{10}} i_0 + \\frac{{\\eta_c}}{{\\beta}}
= -10 + \\frac{{-0.25}}{{-0.10}} = -10 + {dec8:.1f}$$

$$\\log_{{10}} i = \\boxed{{{li8:.2f}}}$$
(i.e. $i = {tex(10**li8)}\\ \\mathrm{{A/cm^2}}$)
""".replace("(i.e.", "\n(i.e.").replace("\n\n(i.e.", "\n(i.e."),
    li8,
    "dimensionless",
)
add(
    q,
    "prose",
    f"""
The Tafel relation is η = β log(i/i₀). Solving for the current, log(i/i₀) = η/β. The overvoltage is
cathodic, which drives the current below the exchange value by |η/β| = 0.25/0.10 = {dec8:.1f}
decades, so log(i/i₀) = −{dec8:.1f}.

Then log i = log i₀ − {dec8:.1f} = −10 − {dec8:.1f} = −{abs(li8w):.1f}, i.e. i = {uni(10**li8w, 2)} A/cm².

Therefore, the answer is −{abs(li8w):.2f}.
""",
    li8w,
    "dimensionless",
    "sign_error",
    f"The sign of η/β is flipped: (−0.25)/(−0.10) = +{dec8:.1f}, so log i = −10 + {dec8:.1f} = "
    f"−{abs(li8):.2f}.",
)


if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
    print(f"{sum(not rec['correct'] for rec in SET.records)} wrong responses")
