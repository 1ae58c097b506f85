"""Build tests/data/worked_answers_heldout2.jsonl: chat-style worked answers to exam set C.

Written blind (without reading the answer engine or its checks), like worked_answers_heldout.jsonl:
each response imitates how a chat model answers an exam question (markdown, TeX, Unicode units,
intermediate rounding, "Final answer", \\boxed{}). About half are right in every step; the others
carry exactly one labelled error (see ``worked_answers_check.ERROR_CLASSES``). Every number a
response writes is computed here, so that only the labelled step is wrong and everything after it
follows consistently from it.

Run: ``python tests/data/build_worked_answers_heldout2.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout2``.
"""

from __future__ import annotations

import math

from worked_writing import (
    E_CH,
    K_EV,
    MU_B,
    NA,
    F,
    R,
    WorkedSet,
    g,
    tex,
    uni,
)

SET = WorkedSet("heldout2")
EXAM, RECORDS, OUT, add = SET.exam, SET.records, SET.out, SET.add


def num(s: str) -> float:
    """The value a written ``a × 10^b`` / plain string stands for."""
    s = s.replace("\\times", "×").replace(" ", "")
    if "×10" in s:
        m, e = s.split("×10")
        e = e.strip("^{}").translate(str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789"))
        return float(m) * 10 ** int(e)
    return float(s)


# ---------------------------------------------------------------- crystallography

# cryst_01 (correct): long TeX, symbol table.
a = 3.306e-8  # cm
Vc = a**3
rho = 2 * 180.95 / (Vc * NA)  # g/cm3
add(
    "h2_cryst_01",
    f"""
To find the theoretical density we use

$$\\rho = \\frac{{nA}}{{V_C N_A}}$$

where:
- $n$ is the number of atoms per unit cell (BCC: $n = 2$),
- $A$ is the atomic mass ($180.95 \\mathrm{{~g/mol}}$),
- $V_C = a^3$ is the unit-cell volume,
- $N_A = 6.022 \\times 10^{{23}} \\mathrm{{~mol^{{-1}}}}$ is Avogadro's number.

**Step 1: Unit-cell volume**

a = 3.306 Å = 3.306 × 10⁻⁸ cm

$$V_C = (3.306 \\times 10^{{-8}})^3 = {tex(Vc, 4)} \\mathrm{{~cm^3}}$$

**Step 2: Density**

$$\\rho = \\frac{{2 \\times 180.95}}{{({tex(Vc, 4)})(6.022 \\times 10^{{23}})}} = \\frac{{361.9}}{{{g(Vc * NA, 4)}}} = {g(rho, 4)} \\mathrm{{~g/cm^3}}$$

**Step 3: Convert to kg/m³**

$1 \\mathrm{{~g/cm^3}} = 1000 \\mathrm{{~kg/m^3}}$, so

$$\\rho = {g(rho, 4)} \\times 1000 = {g(rho * 1000, 4)} \\mathrm{{~kg/m^3}}$$

Therefore, the theoretical density of tantalum is approximately $\\boxed{{{g(rho * 1000, 4)} \\mathrm{{~kg/m^3}}}}$.
""",
    float(g(rho * 1000, 4)),
    "kg/m**3",
)

# cryst_02 (wrong_quantity: stops at theta, the question asks for 2theta).
d = 3.524 / math.sqrt(11)
s = 1.5406 / (2 * d)
th = math.degrees(math.asin(s))
add(
    "h2_cryst_02",
    f"""
For a cubic crystal the interplanar spacing is

$$d_{{hkl}} = \\frac{{a}}{{\\sqrt{{h^2+k^2+l^2}}}}$$

For (311): $h^2+k^2+l^2 = 9+1+1 = 11$, so

$$d_{{311}} = \\frac{{3.524}}{{\\sqrt{{11}}}} = \\frac{{3.524}}{{3.3166}} = {g(d, 4)} \\mathrm{{~\\AA}}$$

(311 is allowed for FCC since h, k, l are all odd.)

Bragg's law, $n\\lambda = 2d\\sin\\theta$ with $n = 1$:

$$\\sin\\theta = \\frac{{\\lambda}}{{2d}} = \\frac{{1.5406}}{{2 \\times {g(d, 4)}}} = {g(s, 4)}$$

$$\\theta = \\sin^{{-1}}({g(s, 4)}) = {g(th, 4)}^\\circ$$

So the (311) reflection of nickel appears at a diffraction angle of about **{g(th, 3)}°**.
""",
    float(g(th, 3)),
    "degree",
    "wrong_quantity",
    f"stops at the Bragg angle θ = {g(th, 4)}°; the question asks for 2θ = {g(2 * th, 4)}°",
)

# cryst_03 (wrong_formula: FCC relation R = a√2/4 for a BCC metal).
th = 65.02 / 2
d = 0.15406 / (2 * math.sin(math.radians(th)))
a = 2 * d
Rw = a * math.sqrt(2) / 4
add(
    "h2_cryst_03",
    f"""
**1. Interplanar spacing.** θ = 65.02°/2 = 32.51°, sin 32.51° = {g(math.sin(math.radians(th)), 4)}.

d₂₀₀ = λ / (2 sin θ) = 0.15406 nm / (2 × {g(math.sin(math.radians(th)), 4)}) = {g(d, 4)} nm

**2. Lattice parameter.** For a cubic cell, a = d·√(h² + k² + l²) = {g(d, 4)} × √4 = {g(a, 4)} nm

**3. Atomic radius.** The atoms touch along the face diagonal, so 4R = a√2:

R = a√2 / 4 = ({g(a, 4)} × 1.4142) / 4 = {g(Rw, 4)} nm

**Answer:** R ≈ {g(Rw, 3)} nm
""",
    float(g(Rw, 3)),
    "nm",
    "wrong_formula",
    f"uses the FCC contact condition 4R = a√2; in BCC the atoms touch along the body diagonal, R = a√3/4 = {g(a * math.sqrt(3) / 4, 4)} nm",
)

# cryst_05 (correct): unicode, derivation.
Rr = 0.1246e-9
area = 2 * math.sqrt(3) * Rr**2
pd = 1 / area
add(
    "h2_cryst_05",
    f"""
In an FCC cell the (111) plane cuts the cube in an equilateral triangle whose sides are face diagonals, of length a√2 = 4R.

Atoms centred in the triangle: 3 corners × 1/6 + 3 edge-midpoints × 1/2 = **2 atoms**

Area of the triangle, written in terms of R:

- side = a√2 = (2R√2)(√2) = 4R
- area = (√3/4)(4R)² = 4√3 R²

Planar density = 2 atoms / (4√3 R²) = 1/(2√3 R²)

With R = 0.1246 nm = 1.246 × 10⁻¹⁰ m:

R² = {uni(Rr**2, 4)} m²
2√3 R² = 3.4641 × {uni(Rr**2, 4)} = {uni(area, 4)} m²

PD = 1 / {uni(area, 4)} = **{uni(pd, 3)} atoms/m²**
""",
    num(uni(pd, 3)),
    "1/m**2",
)

# cryst_09 (correct): terse.
n = 7.19 * (0.2885e-7) ** 3 * NA / 52.00
add(
    "h2_cryst_09",
    f"""
n = ρ a³ N_A / A

a = 0.2885 nm = 2.885 × 10⁻⁸ cm → a³ = {uni(0.2885e-7**3, 4)} cm³

n = (7.19)({uni(0.2885e-7**3, 4)})(6.022 × 10²³)/52.00 = {g(n, 3)} ≈ 2

So there are **2 atoms per unit cell** (chromium is BCC).
""",
    2,
    "dimensionless",
)

# ---------------------------------------------------------------- point defects

# defect_01 (correct): GPT-3.5 style, short.
T = 1000 + 273
kT = K_EV * T
frac = math.exp(-0.90 / kT)
add(
    "h2_defect_01",
    f"""
The equilibrium fraction of vacant sites is given by:

N_v/N = exp(-Q_v / kT)

where Q_v = 0.90 eV/atom, k = 8.62 × 10^-5 eV/K and T = 1000 + 273 = 1273 K.

Q_v/kT = 0.90 / (8.62 × 10^-5 × 1273) = 0.90 / {g(8.62e-5 * 1273, 4)} = {g(0.90 / (8.62e-5 * 1273), 4)}

N_v/N = exp(-{g(0.90 / (8.62e-5 * 1273), 4)}) = {g(math.exp(-0.90 / (8.62e-5 * 1273)) * 1e4, 3)} × 10^-4

Therefore, the fraction of vacant lattice sites at 1000 °C is approximately {g(math.exp(-0.90 / (8.62e-5 * 1273)) * 1e4, 3)} × 10^-4.
""",
    float(g(math.exp(-0.90 / (8.62e-5 * 1273)) * 1e4, 3)) * 1e-4,
    "dimensionless",
)

# defect_02 (correct): TeX, "and"-joined assignments.
N = 2.70 * NA / 26.98 * 1e6
T = 660 + 273.15
ex = math.exp(-0.68 / (K_EV * T))
Nv = N * ex
add(
    "h2_defect_02",
    f"""
We need $N_v = N \\exp\\left(-\\frac{{Q_v}}{{kT}}\\right)$.

**Number of atomic sites per m³:**
$$N = \\frac{{N_A \\rho}}{{A}} = \\frac{{(6.022 \\times 10^{{23}})(2.70)}}{{26.98}} = {tex(N / 1e6, 4)} \\text{{ atoms/cm}}^3 = {tex(N, 4)} \\text{{ atoms/m}}^3$$

**Exponential factor:** with $T = 660 + 273.15 = 933.15$ K and $k = 8.617 \\times 10^{{-5}}$ eV/K,
$$kT = {g(K_EV * T, 4)} \\text{{ eV}} \\quad\\text{{and}}\\quad \\frac{{Q_v}}{{kT}} = \\frac{{0.68}}{{{g(K_EV * T, 4)}}} = {g(0.68 / (K_EV * T), 4)}$$
$$\\exp(-{g(0.68 / (K_EV * T), 4)}) = {tex(ex, 3)}$$

**Vacancies:**
$$N_v = ({tex(N, 4)})({tex(ex, 3)}) = {tex(Nv, 3)} \\text{{ m}}^{{-3}}$$

Final answer: $N_v \\approx {tex(Nv, 3)}$ vacancies/m³
""",
    num(tex(Nv, 3)),
    "1/m**3",
)

# defect_03 (arithmetic_slip: 1/700 and 1/900 rounded to two significant figures before subtracting).
lnr = math.log(5.6e-4 / 2.0e-5)
inv = 0.0014 - 0.0011
Qw = K_EV * lnr / inv
add(
    "h2_defect_03",
    f"""
Write the Arrhenius form at both temperatures, $N_v/N = \\exp(-Q_v/kT)$, and take the ratio:

$$\\ln\\frac{{f_2}}{{f_1}} = \\frac{{Q_v}}{{k}}\\left(\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}}\\right)$$

- $f_2/f_1 = 5.6 \\times 10^{{-4}} / 2.0 \\times 10^{{-5}} = 28$, $\\ln 28 = {g(lnr, 4)}$
- $1/T_1 = 1/700 \\approx 0.0014$ K⁻¹ and $1/T_2 = 1/900 \\approx 0.0011$ K⁻¹, so $1/T_1 - 1/T_2 = 0.0003$ K⁻¹

$$Q_v = \\frac{{k \\ln(f_2/f_1)}}{{1/T_1 - 1/T_2}} = \\frac{{(8.617 \\times 10^{{-5}})({g(lnr, 4)})}}{{0.0003}} = \\frac{{{tex(K_EV * lnr, 4)}}}{{3 \\times 10^{{-4}}}} = {g(Qw, 3)} \\text{{ eV}}$$

**Vacancy formation energy ≈ {g(Qw, 3)} eV**
""",
    float(g(Qw, 3)),
    "eV",
    "arithmetic_slip",
    f"1/700 − 1/900 = 3.175 × 10⁻⁴ K⁻¹; rounding 1/T to 0.0014 and 0.0011 first gives 3.0 × 10⁻⁴ and a Q {g(100 * (Qw / (K_EV * lnr / (1 / 700 - 1 / 900)) - 1), 2)} % too high. Right: {g(K_EV * lnr / (1 / 700 - 1 / 900), 4)} eV",
)

# defect_05 (missing_factor: exp(-Q/kT) without the 1/2 for a Schottky pair).
T = 800 + 273
kT = K_EV * T
x = 2.3 / kT
fr = math.exp(-x)
add(
    "h2_defect_05",
    f"""
For Schottky defects in an ionic crystal the equilibrium number is

$$\\frac{{n_s}}{{N}} = \\exp\\left(-\\frac{{Q_s}}{{kT}}\\right)$$

T = 800 °C = 1073 K

$kT = 8.617 \\times 10^{{-5}} \\times 1073 = {g(kT, 4)}$ eV

$Q_s/kT = 2.3/{g(kT, 4)} = {g(x, 4)}$

$$\\frac{{n_s}}{{N}} = e^{{-{g(x, 4)}}} \\approx {tex(fr, 3)}$$

Since each Schottky defect contains one Na⁺ vacancy, this is also the fraction of Na⁺ sites that are vacant: **≈ ${tex(fr, 3)}$**.
""",
    num(tex(fr, 3)),
    "dimensionless",
    "missing_factor",
    f"the pair formation energy is shared by two vacancies: n/N = exp(−Q_s/2kT) = {uni(math.exp(-x / 2), 3)}",
)

# defect_06 (percent_fraction: the atom fraction written as a percentage).
nCu = 5.0 / 63.55
nAl = 95.0 / 26.98
xf = nCu / (nCu + nAl)
add(
    "h2_defect_06",
    f"""
Take a 100 g basis.

- Cu: 5.0 g ÷ 63.55 g/mol = {g(nCu, 4)} mol
- Al: 95.0 g ÷ 26.98 g/mol = {g(nAl, 5)} mol

Total moles = {g(nCu, 4)} + {g(nAl, 5)} = {g(nCu + nAl, 5)} mol

Atom fraction of Cu:

$$C'_{{Cu}} = \\frac{{{g(nCu, 4)}}}{{{g(nCu + nAl, 5)}}} = {g(xf, 3)}$$

So the alloy contains about **{g(xf, 3)} at% Cu**.
""",
    float(g(xf, 3)),
    "percent",
    "percent_fraction",
    f"{g(xf, 3)} is the atom fraction; in atom percent it is {g(100 * xf, 3)} at%",
)

# defect_09 (wrong_formula: N = 2^n instead of 2^(n-1)).
nn = 2**7.5
add(
    "h2_defect_09",
    f"""
The ASTM grain size number n is related to the number of grains per square inch at 100× by

N = 2ⁿ

With n = 7.5:

N = 2^7.5 = 2^7 × 2^0.5 = 128 × 1.414 = {g(nn, 4)}

≈ **{g(nn, 3)} grains/in²** at 100× magnification.
""",
    float(g(nn, 3)),
    "1/inch**2",
    "wrong_formula",
    f"the ASTM relation is N = 2^(n−1) = 2^6.5 = {g(2**6.5, 4)} grains/in²",
)

# ---------------------------------------------------------------- diffusion

# diff_01 (correct): terse, "Therefore".
add(
    "h2_diff_01",
    """
Fick's first law: $J = -D\\,\\frac{\\Delta C}{\\Delta x}$

$\\Delta C = 0.8 - 1.2 = -0.4$ kg/m³, $\\Delta x = 10 - 5 = 5$ mm $= 5 \\times 10^{-3}$ m

$\\frac{\\Delta C}{\\Delta x} = \\frac{-0.4}{5 \\times 10^{-3}} = -80$ kg/m⁴

$J = -(3 \\times 10^{-11})(-80) = 2.4 \\times 10^{-9}$

Therefore, the answer is $J = 2.4 \\times 10^{-9} \\mathrm{~kg\\,m^{-2}\\,s^{-1}}$.
""",
    2.4e-9,
    "kg/(m**2*s)",
)

# diff_02 (unit_conversion: 500 °C used as 500 K).
x = 136000 / (R * 500)
D = 6.5e-5 * math.exp(-x)
add(
    "h2_diff_02",
    f"""
Using the Arrhenius expression for diffusion:

D = D₀ exp(−Q_d / RT)

Given: D₀ = 6.5 × 10⁻⁵ m²/s, Q_d = 136 000 J/mol, R = 8.314 J/(mol·K), T = 500

Q_d/RT = 136 000 / (8.314 × 500) = 136 000 / 4157 = {g(x, 4)}

exp(−{g(x, 4)}) = {uni(math.exp(-x), 3)}

D = 6.5 × 10⁻⁵ × {uni(math.exp(-x), 3)} = **{uni(D, 3)} m²/s**
""",
    num(uni(D, 3)),
    "m**2/s",
    "unit_conversion",
    f"T must be in kelvin (773.15 K); with 500 K the exponent is too large. Right: D = {uni(6.5e-5 * math.exp(-136000 / (R * 773.15)), 3)} m²/s",
)

# diff_03 (arithmetic_slip: 1/T₁ − 1/T₂ written as 2.334 × 10⁻⁴ instead of 2.134 × 10⁻⁴).
T1, T2 = 873.15, 1073.15
ratio = 5.7e-15 / 3.1e-17
lnr = float(g(math.log(ratio), 4))
inv = 2.334e-4  # slip: the true difference is 2.134e-4
Q = R * lnr / inv / 1000
add(
    "h2_diff_03",
    f"""
Writing the Arrhenius equation at both temperatures and dividing:

$$Q_d = \\frac{{R \\ln(D_2/D_1)}}{{\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}}}}$$

with $T_1 = 600 + 273.15 = 873.15$ K and $T_2 = 800 + 273.15 = 1073.15$ K.

- $D_2/D_1 = \\dfrac{{5.7 \\times 10^{{-15}}}}{{3.1 \\times 10^{{-17}}}} = {g(ratio, 4)}$, so $\\ln(D_2/D_1) = {lnr}$
- $\\dfrac{{1}}{{T_1}} - \\dfrac{{1}}{{T_2}} = {g(1 / T1 * 1e3, 5)} \\times 10^{{-3}} - {g(1 / T2 * 1e3, 5)} \\times 10^{{-3}} = {tex(inv, 4)} \\mathrm{{~K^{{-1}}}}$

$$Q_d = \\frac{{8.314 \\times {lnr}}}{{{tex(inv, 4)}}} = {tex(Q * 1000, 4)} \\mathrm{{~J/mol}}$$

**Final answer:** $Q_d \\approx {g(Q, 4)}$ kJ/mol
""",
    float(g(Q, 4)),
    "kJ/mol",
    "arithmetic_slip",
    f"1/873.15 − 1/1073.15 = 2.134 × 10⁻⁴ K⁻¹, not 2.334 × 10⁻⁴; Q = {g(R * math.log(ratio) / (1 / T1 - 1 / T2) / 1000, 4)} kJ/mol",
)

# diff_04 (correct): erf table, hours.
z = 0.4769
t = (1.5e-3) ** 2 / (4 * 1.6e-11 * z**2)
add(
    "h2_diff_04",
    f"""
This is a semi-infinite solid with constant surface concentration:

(C_x − C₀)/(C_s − C₀) = 1 − erf(x / 2√(Dt))

(0.60 − 0.20)/(1.00 − 0.20) = 0.40/0.80 = 0.5 = 1 − erf(z)  →  erf(z) = 0.5

From the erf table, z ≈ 0.4769.

z = x / (2√(Dt))  →  t = x² / (4 D z²)

t = (1.5 × 10⁻³ m)² / (4 × 1.6 × 10⁻¹¹ m²/s × 0.4769²)
  = 2.25 × 10⁻⁶ / (6.4 × 10⁻¹¹ × {g(z**2, 4)})
  = 2.25 × 10⁻⁶ / {uni(6.4e-11 * z**2, 4)}
  = {uni(t, 4)} s

Converting: {uni(t, 4)} s ÷ 3600 s/h = {g(t / 3600, 3)} h

Answer: {g(t / 3600, 3)}
""",
    float(g(t / 3600, 3)),
    "hour",
)

# diff_05 (correct): long, several steps, erf interpolation.
T = 950 + 273.15
D = 2.3e-5 * math.exp(-148000 / (R * T))
tt = 6 * 3600
zz = 0.8e-3 / (2 * math.sqrt(D * tt))
erfz = 0.7421 + (zz - 0.80) / 0.05 * (0.7707 - 0.7421)  # linear interpolation in the table
C = 1.10 - 0.85 * erfz
add(
    "h2_diff_05",
    f"""
## Step 1: Diffusion coefficient at 950 °C

$T = 950 + 273.15 = 1223.15 \\text{{ K}}$

$$D = D_0 \\exp\\left(-\\frac{{Q}}{{RT}}\\right) = 2.3 \\times 10^{{-5}} \\exp\\left(-\\frac{{148\\,000}}{{8.314 \\times 1223.15}}\\right)$$

$\\frac{{148\\,000}}{{{g(R * T, 5)}}} = {g(148000 / (R * T), 4)}$, and $e^{{-{g(148000 / (R * T), 4)}}} = {tex(math.exp(-148000 / (R * T)), 4)}$

$$D = {tex(D, 3)} \\text{{ m}}^2/\\text{{s}}$$

## Step 2: The error-function argument

$t = 6 \\text{{ h}} = 21\\,600 \\text{{ s}}$, $x = 0.8 \\text{{ mm}} = 8 \\times 10^{{-4}}$ m

$$\\sqrt{{Dt}} = \\sqrt{{{tex(D, 3)} \\times 21\\,600}} = \\sqrt{{{tex(D * tt, 3)}}} = {tex(math.sqrt(D * tt), 4)} \\text{{ m}}$$

$$z = \\frac{{x}}{{2\\sqrt{{Dt}}}} = \\frac{{8 \\times 10^{{-4}}}}{{{tex(2 * math.sqrt(D * tt), 4)}}} = {g(zz, 4)}$$

## Step 3: erf(z)

Interpolating in the erf table between erf(0.80) = 0.7421 and erf(0.85) = 0.7707:

$$\\operatorname{{erf}}({g(zz, 4)}) \\approx {g(erfz, 4)}$$

## Step 4: Concentration

$$\\frac{{C_x - C_0}}{{C_s - C_0}} = 1 - \\operatorname{{erf}}(z) \\Rightarrow C_x = C_s - (C_s - C_0)\\operatorname{{erf}}(z)$$

$$C_x = 1.10 - (1.10 - 0.25)({g(erfz, 4)}) = 1.10 - {g(0.85 * erfz, 4)} = {g(C, 3)} \\text{{ wt\\% C}}$$

$$\\boxed{{C_x \\approx {g(C, 3)} \\text{{ wt\\% C}}}}$$
""",
    float(g(C, 3)),
    "percent",
)

# ---------------------------------------------------------------- mechanical behaviour and failure

# mech_02 (correct): markdown steps, MPa = N/mm².
A = math.pi * 5**2
sig = 15000 / A
ez = sig / 110000
dd = 0.34 * ez * 10
add(
    "h2_mech_02",
    f"""
1. **Cross-sectional area:** A₀ = π(d/2)² = π(5 mm)² = {g(A, 4)} mm²

2. **Stress:** σ = F/A₀ = 15 000 N / {g(A, 4)} mm² = {g(sig, 4)} MPa

3. **Axial strain:** ε_z = σ/E = {g(sig, 4)} MPa / 110 000 MPa = {uni(ez, 4)}

4. **Lateral strain:** ε_x = −ν ε_z = −0.34 × {uni(ez, 4)} = −{uni(0.34 * ez, 4)}

5. **Change in diameter:** Δd = ε_x d₀ = −{uni(0.34 * ez, 4)} × 10 mm = −{uni(dd, 3)} mm

The diameter decreases by about **{g(dd, 3)} mm** (≈ 5.9 µm).
""",
    float(g(dd, 3)),
    "mm",
)

# mech_04 (missing_factor: pi dropped from a = (K/Yσ)²/π).
aw = (26 / 300) ** 2
add(
    "h2_mech_04",
    f"""
The fracture condition is

$$K_{{Ic}} = Y\\sigma\\sqrt{{\\pi a}}$$

Solving for the critical crack length:

$$a_c = \\left(\\frac{{K_{{Ic}}}}{{Y\\sigma}}\\right)^2$$

Substituting $K_{{Ic}} = 26$ MPa√m, $Y = 1.0$, $\\sigma = 300$ MPa:

$$a_c = \\left(\\frac{{26}}{{1.0 \\times 300}}\\right)^2 = ({g(26 / 300, 4)})^2 = {tex(aw, 3)} \\text{{ m}}$$

$$a_c = {g(aw * 1000, 3)} \\text{{ mm}}$$

Final answer: the largest tolerable surface crack is ≈ **{g(aw * 1000, 3)} mm**.
""",
    float(g(aw * 1000, 3)),
    "mm",
    "missing_factor",
    f"the π under the square root is lost when solving for a: a_c = (K/Yσ)²/π = {g(aw * 1000 / math.pi, 3)} mm",
)

# mech_05 (wrong_quantity: reports 2N_f, the reversals, as the number of cycles).
sa = (400 + 300) / 2
rev = (sa / 900) ** (1 / -0.09)
add(
    "h2_mech_05",
    f"""
**Stress amplitude**

σa = (σmax − σmin)/2 = (400 − (−300))/2 = 700/2 = 350 MPa

**Basquin relation**

σa = σ'f (2Nf)^b  ⟹  2Nf = (σa/σ'f)^(1/b)

σa/σ'f = 350/900 = {g(sa / 900, 4)}

1/b = 1/(−0.09) = −11.11

2Nf = ({g(sa / 900, 4)})^(−11.11) = {uni(rev, 3)}

Therefore, the shaft is expected to fail after about **{uni(rev, 3)} cycles**.
""",
    num(uni(rev, 3)),
    "dimensionless",
    "wrong_quantity",
    f"(σa/σ'f)^(1/b) gives 2N_f, the number of reversals; N_f = {uni(rev / 2, 3)} cycles",
)

# mech_07 (unit_conversion: s⁻¹ → h⁻¹ by dividing by 3600).
x = 250000 / R * (1 / 973.15 - 1 / 1023.15)
ratio = math.exp(x)
rate = 1.0e-7 * ratio
add(
    "h2_mech_07",
    f"""
Steady-state creep follows $\\dot\\varepsilon_s = K\\sigma^n \\exp(-Q_c/RT)$. At constant stress, the ratio of rates at two temperatures is

$$\\frac{{\\dot\\varepsilon_2}}{{\\dot\\varepsilon_1}} = \\exp\\left[\\frac{{Q_c}}{{R}}\\left(\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}}\\right)\\right]$$

$T_1 = 973.15$ K, $T_2 = 1023.15$ K:

$$\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}} = {tex(1 / 973.15 - 1 / 1023.15, 4)} \\mathrm{{~K^{{-1}}}}$$

$$\\frac{{Q_c}}{{R}}\\left(\\ldots\\right) = \\frac{{250\\,000}}{{8.314}} \\times {tex(1 / 973.15 - 1 / 1023.15, 4)} = {g(x, 4)}$$

$$\\frac{{\\dot\\varepsilon_2}}{{\\dot\\varepsilon_1}} = e^{{{g(x, 4)}}} = {g(ratio, 3)}$$

$$\\dot\\varepsilon_2 = {g(ratio, 3)} \\times 1.0 \\times 10^{{-7}} = {tex(rate, 3)} \\mathrm{{~s^{{-1}}}}$$

Converting to per hour (1 h = 3600 s):

$$\\dot\\varepsilon_2 = \\frac{{{tex(rate, 3)}}}{{3600}} = {tex(rate / 3600, 3)} \\mathrm{{~h^{{-1}}}}$$

**Answer:** $\\approx {tex(rate / 3600, 3)}$ h⁻¹
""",
    num(tex(rate / 3600, 3)),
    "1/hour",
    "unit_conversion",
    f"a rate per second becomes a rate per hour by multiplying by 3600: {uni(rate * 3600, 3)} h⁻¹",
)

# mech_09 (correct): Schmid factor, cosines.
m = (1 / math.sqrt(3)) * (1 / math.sqrt(2))
sy = 1.2 / m
add(
    "h2_mech_09",
    f"""
Schmid's law: τ_R = σ cos φ cos λ, and yielding starts when τ_R = τ_CRSS.

- φ is the angle between the tensile axis [001] and the slip-plane normal [111]:
  cos φ = (0·1 + 0·1 + 1·1)/(√1 · √3) = 1/√3 = 0.5774
- λ is the angle between [001] and the slip direction [−101]:
  cos λ = (0·(−1) + 0·0 + 1·1)/(√1 · √2) = 1/√2 = 0.7071

Schmid factor m = 0.5774 × 0.7071 = {g(m, 4)}

σ_y = τ_CRSS / m = 1.2 MPa / {g(m, 4)} = **{g(sy, 3)} MPa**
""",
    float(g(sy, 3)),
    "MPa",
)

# ---------------------------------------------------------------- phase diagrams

# phase_02 (correct): lever rule, short prose.
w = (61.9 - 40) / (61.9 - 18.3)
add(
    "h2_phase_02",
    f"""
Primary α forms between the liquidus and the eutectic temperature; just below 183 °C its amount equals the amount of α present just above 183 °C, where α (18.3 wt% Sn) coexists with liquid of eutectic composition (61.9 wt% Sn). Lever rule:

$$W_{{\\alpha'}} = \\frac{{C_E - C_0}}{{C_E - C_\\alpha}} = \\frac{{61.9 - 40}}{{61.9 - 18.3}} = \\frac{{21.9}}{{43.6}} = {g(w, 3)}$$

Mass fraction of primary α ≈ **{g(w, 3)}**
""",
    float(g(w, 3)),
    "dimensionless",
)

# phase_05 (correct): terse unicode.
w = (1.10 - 0.76) / (6.70 - 0.76)
add(
    "h2_phase_05",
    f"""
W_Fe₃C′ = (C₁ − 0.76)/(6.70 − 0.76) = (1.10 − 0.76)/5.94 = 0.34/5.94 = {g(w, 3)}

→ proeutectoid cementite ≈ **{g(100 * w, 3)} wt%** of the alloy.
""",
    float(g(100 * w, 3)),
    "percent",
)

# phase_06 (arithmetic_slip: 6.70 − 0.022 written as 6.478).
den = 6.478  # slip: 6.678
w = (6.70 - 0.60) / den
add(
    "h2_phase_06",
    f"""
Just below the eutectoid temperature the steel is a mixture of ferrite (0.022 wt% C) and cementite (6.70 wt% C). All the ferrite — both proeutectoid and that inside the pearlite — is obtained from a single lever rule across the α + Fe₃C field:

$$W_\\alpha = \\frac{{C_{{Fe_3C}} - C_0}}{{C_{{Fe_3C}} - C_\\alpha}} = \\frac{{6.70 - 0.60}}{{6.70 - 0.022}} = \\frac{{6.10}}{{{den}}} = {g(w, 4)}$$

Total ferrite mass fraction: **≈ {g(w, 3)}**
""",
    float(g(w, 3)),
    "dimensionless",
    "arithmetic_slip",
    f"6.70 − 0.022 = 6.678, not 6.478; W_α = 6.10/6.678 = {g(6.10 / 6.678, 4)}",
)

# phase_08 (correct): very terse.
add(
    "h2_phase_08",
    """
Gibbs phase rule at constant pressure: F = C − P + 1

C = 3, P = 2 → F = 3 − 2 + 1 = **2**
""",
    2,
    "dimensionless",
)

# phase_09 (correct): g, density irrelevant.
w = (0.35 - 0.022) / (0.76 - 0.022)
add(
    "h2_phase_09",
    f"""
A 0.35 wt% C steel is hypoeutectoid, so on slow cooling it becomes proeutectoid ferrite + pearlite. The pearlite fraction is given by the lever rule between 0.022 and 0.76 wt% C:

W_p = (C₀ − 0.022)/(0.76 − 0.022) = (0.35 − 0.022)/0.738 = 0.328/0.738 = {g(w, 4)}

Mass of pearlite = {g(w, 4)} × 2500 g = {g(w * 2500, 4)} g

(The density isn't needed — we're working with masses.)

**Final answer: ≈ {g(w * 2500, 4)} g of pearlite** (about 1.11 kg).
""",
    float(g(w * 2500, 4)),
    "g",
)

# ---------------------------------------------------------------- transformations

# trans_01 (correct): Avrami, two steps.
k = -math.log(0.70) / 100**3
t80 = (-math.log(0.20) / k) ** (1 / 3)
add(
    "h2_trans_01",
    f"""
The Avrami equation is $y = 1 - \\exp(-kt^n)$ with $n = 3$.

**Find k from the first data point** (y = 0.30 at t = 100 s):

$$k = \\frac{{-\\ln(1 - 0.30)}}{{100^3}} = \\frac{{-\\ln 0.70}}{{10^6}} = \\frac{{{g(-math.log(0.70), 4)}}}{{10^6}} = {tex(k, 4)} \\text{{ s}}^{{-3}}$$

**Time for y = 0.80:**

$$t = \\left(\\frac{{-\\ln(1 - 0.80)}}{{k}}\\right)^{{1/3}} = \\left(\\frac{{{g(-math.log(0.20), 4)}}}{{{tex(k, 4)}}}\\right)^{{1/3}} = ({tex(-math.log(0.20) / k, 4)})^{{1/3}} = {g(t80, 4)} \\text{{ s}}$$

Therefore, the answer is $t \\approx {g(t80, 3)}\\ \\mathrm{{s}}$.
""",
    float(g(t80, 3)),
    "s",
)

# trans_02 (missing_factor: r* = γ Tm/(ΔH ΔT), the 2 dropped).
Tm = 1085 + 273
rw = 0.177 * Tm / (1.77e9 * 236)
add(
    "h2_trans_02",
    f"""
For homogeneous nucleation the critical radius is

r* = −γ T_m / (ΔH_f ΔT)

where
- γ = 0.177 J/m² (solid–liquid interfacial energy),
- T_m = 1085 + 273 = 1358 K,
- ΔH_f = −1.77 × 10⁹ J/m³,
- ΔT = 236 K.

r* = −(0.177)(1358) / [(−1.77 × 10⁹)(236)]
   = {g(0.177 * Tm, 4)} / {uni(1.77e9 * 236, 4)}
   = {uni(rw, 3)} m

**r* ≈ {g(rw * 1e9, 3)} nm**
""",
    float(g(rw * 1e9, 3)),
    "nm",
    "missing_factor",
    f"r* = −2γT_m/(ΔH_f ΔT): the factor 2 is missing; r* = {g(2 * rw * 1e9, 4)} nm",
)

# trans_03 (correct): TeX with \mathrm{~J}.
num3 = 16 * math.pi * 0.177**3 * 1358**2
den3 = 3 * (1.77e9) ** 2 * 236**2
dG = num3 / den3
add(
    "h2_trans_03",
    f"""
The activation free energy for homogeneous nucleation is

$$\\Delta G^* = \\frac{{16\\pi\\gamma^3 T_m^2}}{{3\\Delta H_f^2}} \\cdot \\frac{{1}}{{(\\Delta T)^2}}$$

Numerator: $16\\pi (0.177)^3 (1358)^2 = 16\\pi \\times {tex(0.177**3, 4)} \\times {tex(1358**2, 4)} = {tex(num3, 4)}$

Denominator: $3(1.77 \\times 10^9)^2 (236)^2 = 3 \\times {tex(1.77e9**2, 4)} \\times {tex(236**2, 4)} = {tex(den3, 4)}$

$$\\Delta G^* = \\frac{{{tex(num3, 4)}}}{{{tex(den3, 4)}}} = {tex(dG, 3)} \\mathrm{{~J}}$$

Final answer: $\\Delta G^* \\approx {tex(dG, 3)}\\ \\mathrm{{J}}$
""",
    num(tex(dG, 3)),
    "J",
)

# trans_05 (correct): Arrhenius from two times.
lnr = math.log(250 / 40)
inv = 1 / 400 - 1 / 430
Q = R * lnr / inv
add(
    "h2_trans_05",
    f"""
Rate r = 1/t₀.₅ = A exp(−Q/RT). Taking the ratio at the two temperatures:

ln(r₂/r₁) = (Q/R)(1/T₁ − 1/T₂)

r₂/r₁ = t₁/t₂ = 250/40 = 6.25 → ln 6.25 = {g(lnr, 4)}

1/T₁ − 1/T₂ = 1/400 − 1/430 = 0.0025000 − {g(1 / 430, 5)} = {uni(inv, 4)} K⁻¹

Q = R ln(r₂/r₁)/(1/T₁ − 1/T₂) = 8.314 × {g(lnr, 4)} / {uni(inv, 4)} = {g(Q, 4)} J/mol

**Q ≈ {g(Q / 1000, 3)} kJ/mol**
""",
    float(g(Q / 1000, 3)),
    "kJ/mol",
)

# trans_07 (final_miscopied: 824.4 °C computed, 842 °C written as the answer).
T = 900 / 0.82
add(
    "h2_trans_07",
    f"""
β becomes stable when ΔG = ΔH − TΔS < 0 for α → β. The transformation temperature is where ΔG = 0:

$$T = \\frac{{\\Delta H}}{{\\Delta S}} = \\frac{{900 \\text{{ J/mol}}}}{{0.82 \\text{{ J mol}}^{{-1}}\\text{{K}}^{{-1}}}} = {g(T, 5)} \\text{{ K}}$$

Converting to Celsius: ${g(T, 5)} - 273.15 = {g(T - 273.15, 4)}$ °C

Above this temperature the −TΔS term dominates and β is the stable phase.

**Final answer: β is stable above ≈ 842 °C**
""",
    842,
    "degC",
    "final_miscopied",
    f"the computation gives {g(T - 273.15, 4)} °C; the final answer transposes the digits to 842 °C",
)

# trans_08 (sign_error: the entropy of mixing taken with the wrong sign, ΔG_mix > 0).
xs = 0.3 * math.log(0.3) + 0.7 * math.log(0.7)
dS = -R * xs
dGw = -800 * (-dS)  # sign slip: uses ΔS = +R Σ x ln x
add(
    "h2_trans_08",
    f"""
For an ideal solution ΔH_mix = 0, so

$$\\Delta G_{{mix}} = -T\\Delta S_{{mix}}, \\qquad \\Delta S_{{mix}} = R\\,(x_A \\ln x_A + x_B \\ln x_B)$$

With $x_B = 0.3$, $x_A = 0.7$:

$x_A \\ln x_A = 0.7 \\ln 0.7 = 0.7 \\times (-0.3567) = {g(0.7 * math.log(0.7), 4)}$

$x_B \\ln x_B = 0.3 \\ln 0.3 = 0.3 \\times (-1.2040) = {g(0.3 * math.log(0.3), 4)}$

Sum $= {g(xs, 4)}$

$$\\Delta S_{{mix}} = 8.314 \\times ({g(xs, 4)}) = {g(-dS, 4)} \\mathrm{{~J\\,mol^{{-1}}\\,K^{{-1}}}}$$

$$\\Delta G_{{mix}} = -800 \\times ({g(-dS, 4)}) = {g(dGw, 4)} \\mathrm{{~J/mol}}$$

$$\\boxed{{\\Delta G_{{mix}} \\approx {g(dGw / 1000, 3)} \\mathrm{{~kJ/mol}}}}$$
""",
    float(g(dGw / 1000, 3)),
    "kJ/mol",
    "sign_error",
    f"ΔS_mix = −R Σ x ln x = +{g(dS, 4)} J/(mol K) is positive; ΔG_mix = −TΔS_mix = {g(-800 * dS / 1000, 4)} kJ/mol",
)

# ---------------------------------------------------------------- electrical, semiconductors

# elec_02 (unit_conversion: S/cm → S/m by dividing by 100).
s_cm = 1.5e10 * E_CH * (1350 + 480)
add(
    "h2_elec_02",
    f"""
For an intrinsic semiconductor n = p = nᵢ, so

σ = nᵢ |e| (μₑ + μₕ)

σ = (1.5 × 10¹⁰ cm⁻³)(1.602 × 10⁻¹⁹ C)(1350 + 480 cm²/V·s)
  = (1.5 × 10¹⁰)(1.602 × 10⁻¹⁹)(1830)
  = {uni(s_cm, 3)} (Ω·cm)⁻¹

Since 1 m = 100 cm, (Ω·cm)⁻¹ → (Ω·m)⁻¹ means dividing by 100:

σ = {uni(s_cm, 3)} / 100 = **{uni(s_cm / 100, 3)} (Ω·m)⁻¹**
""",
    num(uni(s_cm / 100, 3)),
    "S/m",
    "unit_conversion",
    f"1 (Ω·cm)⁻¹ = 100 (Ω·m)⁻¹, so one multiplies by 100: σ = {uni(s_cm * 100, 3)} (Ω·m)⁻¹",
)

# elec_03 (correct): unit care, hole mobility irrelevant.
n = 2e22
sig = n * E_CH * 0.12
rho = 1 / sig
add(
    "h2_elec_03",
    f"""
Phosphorus is a donor, so the silicon is n-type with n ≈ N_d = 2 × 10¹⁶ cm⁻³ = 2 × 10²² m⁻³. The intrinsic carriers and holes are negligible, so only the electron mobility matters.

σ = n|e|μₑ = (2 × 10²² m⁻³)(1.602 × 10⁻¹⁹ C)(0.12 m²/V·s) = {g(sig, 4)} (Ω·m)⁻¹

ρ = 1/σ = 1/{g(sig, 4)} = {uni(rho, 3)} Ω·m

Converting to Ω·cm (1 Ω·m = 100 Ω·cm): ρ = {uni(rho, 3)} × 100 = {g(rho * 100, 3)} Ω·cm

**Resistivity ≈ {g(rho * 100, 3)} Ω·cm**
""",
    float(g(rho * 100, 3)),
    "ohm*cm",
)

# elec_05 (given_miscopied: 0.25 (Ω m)⁻¹ read as 0.35).
lnr = math.log(3.4 / 0.35)
inv = 1 / 300 - 1 / 400
Eg = 2 * K_EV * lnr / inv
add(
    "h2_elec_05",
    f"""
Taking the ratio of σ = C exp(−E_g/2kT) at the two temperatures, C cancels:

$$\\ln\\frac{{\\sigma_2}}{{\\sigma_1}} = \\frac{{E_g}}{{2k}}\\left(\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}}\\right)
\\quad\\Rightarrow\\quad
E_g = \\frac{{2k\\ln(\\sigma_2/\\sigma_1)}}{{1/T_1 - 1/T_2}}$$

- $\\sigma_1 = 0.35\\ (\\Omega\\,\\text{{m}})^{{-1}}$ at $T_1 = 300$ K, $\\sigma_2 = 3.4\\ (\\Omega\\,\\text{{m}})^{{-1}}$ at $T_2 = 400$ K
- $\\ln(3.4/0.35) = \\ln({g(3.4 / 0.35, 4)}) = {g(lnr, 4)}$
- $1/300 - 1/400 = {tex(inv, 4)}$ K⁻¹

$$E_g = \\frac{{2(8.617 \\times 10^{{-5}})({g(lnr, 4)})}}{{{tex(inv, 4)}}} = \\frac{{{tex(2 * K_EV * lnr, 4)}}}{{{tex(inv, 4)}}} = {g(Eg, 3)} \\text{{ eV}}$$

So the band gap is approximately **{g(Eg, 3)} eV**.
""",
    float(g(Eg, 3)),
    "eV",
    "given_miscopied",
    f"σ at 300 K is 0.25 (Ω m)⁻¹, copied as 0.35; with 0.25, E_g = {g(2 * K_EV * math.log(3.4 / 0.25) / inv, 4)} eV",
)

# elec_06 (correct): Hall, per m³ then per cm³.
nm3 = 0.010 * 0.40 / (E_CH * 5e-4 * 2.5e-3)
add(
    "h2_elec_06",
    f"""
The Hall voltage across a slab of thickness d is $V_H = \\dfrac{{IB}}{{n|e|d}}$, so

$$n = \\frac{{IB}}{{|e|\\,d\\,V_H}}$$

| quantity | value |
|---|---|
| I | 10 mA = 0.010 A |
| B | 0.40 T |
| d | 0.50 mm = 5.0 × 10⁻⁴ m |
| V_H | 2.5 mV = 2.5 × 10⁻³ V |

$$n = \\frac{{(0.010)(0.40)}}{{(1.602 \\times 10^{{-19}})(5.0 \\times 10^{{-4}})(2.5 \\times 10^{{-3}})}} = \\frac{{4.0 \\times 10^{{-3}}}}{{{tex(E_CH * 5e-4 * 2.5e-3, 4)}}} = {tex(nm3, 3)} \\text{{ m}}^{{-3}}$$

Dividing by $10^6$ cm³/m³: $n \\approx {tex(nm3 / 1e6, 3)}$ electrons per cm³.

**Final answer: $n \\approx {tex(nm3 / 1e6, 3)}\\ \\mathrm{{cm^{{-3}}}}$**
""",
    num(tex(nm3 / 1e6, 3)),
    "1/cm**3",
)

# elec_09 (final_miscopied: 25.3 nΩ·m computed, 2.53 nΩ·m reported).
rho = 1.68e-8 * (1 + 0.0039 * 130)
add(
    "h2_elec_09",
    f"""
ρ_T = ρ₀[1 + α(T − T₀)]

ρ = 1.68 × 10⁻⁸ × [1 + 0.0039 × (150 − 20)]
  = 1.68 × 10⁻⁸ × [1 + 0.507]
  = 1.68 × 10⁻⁸ × 1.507
  = {uni(rho, 3)} Ω·m = {g(rho * 1e9, 3)} nΩ·m

So at 150 °C the resistivity of copper is about **23.5 nΩ·m**.
""",
    23.5,
    "nanoohm*m",
    "final_miscopied",
    f"the working gives {g(rho * 1e9, 3)} nΩ·m; the final answer transposes two digits (23.5)",
)

# ---------------------------------------------------------------- magnetic

# mag_01 (correct): where-table, SI.
N = 8.90 * NA / 58.69 * 1e6
Ms = 0.60 * MU_B * N
add(
    "h2_mag_01",
    f"""
The saturation magnetisation is

M_s = n_B μ_B N

where n_B = 0.60 is the number of Bohr magnetons per atom, μ_B = 9.274 × 10⁻²⁴ A·m² and N is the number of atoms per cubic metre.

**Atoms per m³:**

N = ρ N_A / A = (8.90 g/cm³)(6.022 × 10²³ atoms/mol)/(58.69 g/mol) = {uni(N / 1e6, 4)} atoms/cm³ = {uni(N, 4)} atoms/m³

**Saturation magnetisation:**

M_s = 0.60 × 9.274 × 10⁻²⁴ × {uni(N, 4)} = {uni(Ms, 3)} A/m

Final answer: M_s ≈ {uni(Ms, 3)} A/m
""",
    num(uni(Ms, 3)),
    "A/m",
)

# mag_03 (wrong_constant: μ₀ written as 1.257 × 10⁻⁷ H/m).
H = 200 * 1.5 / 0.25
mu0w = 1.257e-7
Bw = mu0w * 600 * H
add(
    "h2_mag_03",
    f"""
**Field strength in the coil**

$$H = \\frac{{NI}}{{l}} = \\frac{{200 \\times 1.5}}{{0.25}} = {g(H, 4)} \\mathrm{{~A/m}}$$

**Flux density**

$$B = \\mu_0 \\mu_r H$$

with $\\mu_0 = 4\\pi \\times 10^{{-7}} \\approx 1.257 \\times 10^{{-7}}$ H/m and $\\mu_r = 600$:

$$B = (1.257 \\times 10^{{-7}})(600)(1200) = {g(Bw, 3)} \\mathrm{{~T}}$$

The flux density inside the core is about **{g(Bw, 3)} T**.
""",
    float(g(Bw, 3)),
    "T",
    "wrong_constant",
    f"4π × 10⁻⁷ = 1.257 × 10⁻⁶ H/m, not 1.257 × 10⁻⁷; B = {g(1.2566e-6 * 600 * H, 4)} T",
)

# mag_05 (correct): one-liner with \boxed.
chi = 3.6e-4 * 300 / 4.2
add(
    "h2_mag_05",
    f"""
Curie law: $\\chi_m = C/T$, so $\\chi_m T$ is constant.

$$\\chi_m(4.2\\ \\text{{K}}) = \\chi_m(300\\ \\text{{K}}) \\times \\frac{{300}}{{4.2}} = 3.6 \\times 10^{{-4}} \\times {g(300 / 4.2, 4)} = {tex(chi, 3)}$$

$$\\boxed{{\\chi_m \\approx {tex(chi, 3)}}}$$
""",
    num(tex(chi, 3)),
    "dimensionless",
)

# mag_07 (correct): Bohr magnetons per atom.
N = 7.87 * NA / 55.85 * 1e6
nB = 1.72e6 / (N * MU_B)
add(
    "h2_mag_07",
    f"""
Number of Fe atoms per unit volume:

N = ρN_A/A_Fe = (7.87 × 6.022 × 10²³)/55.85 = {uni(N / 1e6, 4)} cm⁻³ = {uni(N, 4)} m⁻³

Moment per atom, in Bohr magnetons:

n_B = M_s/(N μ_B) = 1.72 × 10⁶ / ({uni(N, 4)} × 9.274 × 10⁻²⁴) = 1.72 × 10⁶ / {uni(N * MU_B, 4)} = {g(nB, 3)}

Each iron atom contributes ≈ **{g(nB, 3)} μ_B**.
""",
    float(g(nB, 3)),
    "dimensionless",
)

# mag_08 (wrong_formula: H_C = H_0(1 − T/T_c), linear instead of quadratic).
Hw = 6.5e4 * (1 - 4.2 / 7.19)
add(
    "h2_mag_08",
    f"""
The critical field falls off with temperature as

$$H_C(T) = H_C(0)\\left[1 - \\frac{{T}}{{T_C}}\\right]$$

$T/T_C = 4.2/7.19 = {g(4.2 / 7.19, 4)}$

$$H_C(4.2\\ \\text{{K}}) = 6.5 \\times 10^4 \\times (1 - {g(4.2 / 7.19, 4)}) = 6.5 \\times 10^4 \\times {g(1 - 4.2 / 7.19, 4)} = {tex(Hw, 3)} \\ \\mathrm{{A/m}}$$

Final answer: $H_C \\approx {tex(Hw, 3)}$ A/m
""",
    num(tex(Hw, 3)),
    "A/m",
    "wrong_formula",
    f"the empirical law is quadratic, H_C = H_0[1 − (T/T_c)²] = {uni(6.5e4 * (1 - (4.2 / 7.19) ** 2), 3)} A/m",
)

# ---------------------------------------------------------------- optical

# opt_01 (correct): hc = 1240 eV nm.
lam = 1240 / 1.42
add(
    "h2_opt_01",
    f"""
The photon emitted in band-to-band recombination carries the band-gap energy, E = hc/λ, so

λ = hc/E_g

Using hc ≈ 1240 eV·nm:

λ = 1240 eV·nm / 1.42 eV = {g(lam, 4)} nm ≈ {g(lam / 1000, 3)} µm

Therefore, the answer is **≈ {g(lam / 1000, 3)} µm** (near infrared).
""",
    float(g(lam / 1000, 3)),
    "micrometer",
)

# opt_03 (percent_fraction: R as a fraction, labelled %).
Rf = ((2.42 - 1) / (2.42 + 1)) ** 2
add(
    "h2_opt_03",
    f"""
For normal incidence from air (n = 1):

$$R = \\left(\\frac{{n_s - 1}}{{n_s + 1}}\\right)^2 = \\left(\\frac{{2.42 - 1}}{{2.42 + 1}}\\right)^2 = \\left(\\frac{{1.42}}{{3.42}}\\right)^2 = ({g(1.42 / 3.42, 4)})^2 = {g(Rf, 3)}$$

So about **{g(Rf, 3)}%** of the incident light is reflected — which is why diamond is so brilliant.
""",
    float(g(Rf, 3)),
    "percent",
    "percent_fraction",
    f"R = {g(Rf, 3)} is a fraction; the percentage reflected is {g(100 * Rf, 3)} %",
)

# opt_04 (wrong_quantity: the complement, the angle from the interface, reported).
thc = math.degrees(math.asin(1.46 / 1.48))
add(
    "h2_opt_04",
    f"""
Total internal reflection at the core–cladding boundary requires the ray to strike it beyond the critical angle, where

sin θ_c = n₂/n₁ = 1.46/1.48 = {g(1.46 / 1.48, 4)}

θ_c = arcsin({g(1.46 / 1.48, 4)}) = {g(thc, 4)}°

This is measured from the normal; the corresponding ray makes 90° − {g(thc, 4)}° = {g(90 - thc, 3)}° with the interface, i.e. rays travelling within about {g(90 - thc, 3)}° of the fibre axis are guided.

**Critical angle ≈ {g(90 - thc, 3)}°**
""",
    float(g(90 - thc, 3)),
    "degree",
    "wrong_quantity",
    f"the critical angle from the normal is {g(thc, 4)}° (computed, then replaced by its complement {g(90 - thc, 3)}°)",
)

# opt_06 (correct): n = √ε_r.
add(
    "h2_opt_06",
    """
For a non-magnetic material (μ_r ≈ 1), n = √ε_r = √2.25 = 1.50.

v = c/n = (3.00 × 10⁸ m/s)/1.50 = **2.00 × 10⁸ m/s**
""",
    2.00e8,
    "m/s",
)

# opt_08 (correct): ν = E/h, refractive index irrelevant.
nu = 1.11 * E_CH / 6.626e-34
add(
    "h2_opt_08",
    f"""
The lowest photon energy that can excite an electron across the gap is $E_g$ itself, so

$$\\nu_{{min}} = \\frac{{E_g}}{{h}}$$

$E_g = 1.11 \\mathrm{{~eV}} = 1.11 \\times 1.602 \\times 10^{{-19}} \\mathrm{{~J}} = {tex(1.11 * E_CH, 4)} \\mathrm{{~J}}$

$$\\nu_{{min}} = \\frac{{{tex(1.11 * E_CH, 4)}}}{{6.626 \\times 10^{{-34}}}} = {tex(nu, 4)} \\mathrm{{~Hz}}$$

The refractive index does not enter (the frequency of light does not change in the medium).

Final answer: $\\nu_{{min}} \\approx {g(nu / 1e12, 3)}$ THz
""",
    float(g(nu / 1e12, 3)),
    "THz",
)

# ---------------------------------------------------------------- thermal

# therm_01 (correct): GPT-3.5 plain.
dl = 23.6e-6 * 2.5 * 130
add(
    "h2_therm_01",
    f"""
The change in length is given by:

ΔL = α L₀ ΔT

where α = 23.6 × 10^-6 /°C, L₀ = 2.5 m and ΔT = 150 - 20 = 130 °C.

ΔL = 23.6 × 10^-6 × 2.5 × 130 = {uni(dl, 3)} m

Converting to millimetres: ΔL = {g(dl * 1000, 3)} mm

Therefore, the bus bar lengthens by {g(dl * 1000, 3)} mm.
""",
    float(g(dl * 1000, 3)),
    "mm",
)

# therm_02 (given_miscopied: E = 97 GPa copied as 79 GPa).
sw = 79e9 * 20.0e-6 * 60
add(
    "h2_therm_02",
    f"""
When the rod is prevented from expanding, the thermal strain αΔT is converted into an elastic (compressive) strain:

$$\\sigma = E\\alpha(T_0 - T_f) = E\\alpha\\,\\Delta T$$

- $E = 79 \\mathrm{{~GPa}} = 79 \\times 10^9$ Pa
- $\\alpha = 20.0 \\times 10^{{-6}} \\mathrm{{~K^{{-1}}}}$
- $\\Delta T = 80 - 20 = 60$ K

$$|\\sigma| = (79 \\times 10^9)(20.0 \\times 10^{{-6}})(60) = {tex(sw, 3)} \\mathrm{{~Pa}}$$

The rod is in compression with a stress of magnitude **≈ {g(sw / 1e6, 3)} MPa**.
""",
    float(g(sw / 1e6, 3)),
    "MPa",
    "given_miscopied",
    f"E is 97 GPa, copied as 79 GPa; |σ| = 97 GPa × 20 × 10⁻⁶ × 60 = {g(97e9 * 20e-6 * 60 / 1e6, 4)} MPa",
)

# therm_04 (wrong_constant: R in cal/(mol K) with the answer labelled J/(g K)).
cw = 3 * 1.987 / 55.85
add(
    "h2_therm_04",
    f"""
The Dulong–Petit law states that at high temperature the molar heat capacity of a solid approaches

C ≈ 3R

With R = 1.987:

C = 3 × 1.987 = 5.961 per mole per K

Dividing by the atomic weight gives the specific heat:

c = 5.961 / 55.85 = {g(cw, 4)}

**c ≈ {g(cw, 3)} J/(g·K)**
""",
    float(g(cw, 3)),
    "J/(g*K)",
    "wrong_constant",
    f"1.987 is R in cal/(mol K); with R = 8.314 J/(mol K), c = 24.94/55.85 = {g(3 * R / 55.85, 4)} J/(g K)",
)

# therm_05 (unit_conversion: 10 mm written as 0.1 m).
qw = 51.9 * 200 / 0.1
add(
    "h2_therm_05",
    f"""
Fourier's law for steady one-dimensional conduction:

Q = k A ΔT / Δx

- k = 51.9 W/(m·K)
- A = 0.25 m²
- ΔT = 300 − 100 = 200 K
- Δx = 10 mm = 0.1 m

Heat flux: q = kΔT/Δx = 51.9 × 200 / 0.1 = {g(qw, 4)} W/m²

Heat flow: Q = q × A = {g(qw, 4)} × 0.25 = {g(qw * 0.25, 4)} W

**Q ≈ {g(qw * 0.25 / 1000, 3)} kW**
""",
    float(g(qw * 0.25 / 1000, 3)),
    "kW",
    "unit_conversion",
    f"10 mm = 0.010 m, not 0.1 m; Q = {g(51.9 * 200 / 0.010 * 0.25 / 1000, 4)} kW",
)

# therm_06 (correct): Debye T³.
pre = 12 * math.pi**4 / 5 * R
cv = pre * (12 / 343) ** 3
add(
    "h2_therm_06",
    f"""
At low temperature (T ≪ θ_D) the Debye model gives

$$C_v = \\frac{{12\\pi^4}}{{5}} R \\left(\\frac{{T}}{{\\theta_D}}\\right)^3$$

The prefactor: $\\frac{{12\\pi^4}}{{5}} \\times 8.314 = 233.8 \\times 8.314 = {g(pre, 5)}$ J mol⁻¹ K⁻¹

$(T/\\theta_D)^3 = (12/343)^3 = ({g(12 / 343, 4)})^3 = {tex((12 / 343) ** 3, 4)}$

$$C_v = {g(pre, 5)} \\times {tex((12 / 343) ** 3, 4)} = {g(cv, 3)} \\mathrm{{~J\\,mol^{{-1}}\\,K^{{-1}}}}$$

**C_v ≈ {g(cv, 3)} J mol⁻¹ K⁻¹** at 12 K.
""",
    float(g(cv, 3)),
    "J/(mol*K)",
)

# ---------------------------------------------------------------- polymers

# poly_01 (correct): repeat-unit mass.
m = 3 * 12.011 + 6 * 1.008
dp = 125000 / m
add(
    "h2_poly_01",
    f"""
The repeat unit of polypropylene is C₃H₆:

m = 3(12.011) + 6(1.008) = 36.033 + 6.048 = {g(m, 5)} g/mol

DP = M̄n/m = 125 000/{g(m, 5)} = {g(dp, 4)}

**Degree of polymerisation ≈ {g(dp, 4)}**
""",
    float(g(dp, 4)),
    "dimensionless",
)

# poly_02 (correct): number fractions → weight average.
Mn = 0.2 * 10000 + 0.5 * 20000 + 0.3 * 30000
s2 = 0.2 * 10000**2 + 0.5 * 20000**2 + 0.3 * 30000**2
Mw = s2 / Mn
add(
    "h2_poly_02",
    f"""
The fractions are number fractions xᵢ, so first convert to weight fractions wᵢ = xᵢMᵢ / Σ xᵢMᵢ.

Σ xᵢMᵢ = 0.2(10 000) + 0.5(20 000) + 0.3(30 000) = 2000 + 10 000 + 9000 = {g(Mn, 5)} g/mol  (this is M̄n)

| Mᵢ (g/mol) | xᵢ | xᵢMᵢ | wᵢ = xᵢMᵢ/{g(Mn, 5)} | wᵢMᵢ |
|---|---|---|---|---|
| 10 000 | 0.2 | 2000 | {g(2000 / Mn, 4)} | {g(2000 / Mn * 10000, 4)} |
| 20 000 | 0.5 | 10 000 | {g(10000 / Mn, 4)} | {g(10000 / Mn * 20000, 5)} |
| 30 000 | 0.3 | 9000 | {g(9000 / Mn, 4)} | {g(9000 / Mn * 30000, 5)} |

M̄w = Σ wᵢMᵢ = {g(2000 / Mn * 10000, 4)} + {g(10000 / Mn * 20000, 5)} + {g(9000 / Mn * 30000, 5)} = {g(Mw, 5)} g/mol

Therefore, the weight-average molecular weight is ≈ **{g(Mw, 4)} g/mol**.
""",
    float(g(Mw, 4)),
    "g/mol",
)

# poly_03 (correct): crystallinity.
num_ = 0.998 * (0.925 - 0.870)
den_ = 0.925 * (0.998 - 0.870)
pc = 100 * num_ / den_
add(
    "h2_poly_03",
    f"""
$$\\%\\text{{crystallinity}} = \\frac{{\\rho_c(\\rho_s - \\rho_a)}}{{\\rho_s(\\rho_c - \\rho_a)}} \\times 100$$

where $\\rho_s = 0.925$ (specimen), $\\rho_c = 0.998$ (crystalline) and $\\rho_a = 0.870$ g/cm³ (amorphous).

$$= \\frac{{0.998 \\times (0.925 - 0.870)}}{{0.925 \\times (0.998 - 0.870)}} \\times 100 = \\frac{{0.998 \\times 0.055}}{{0.925 \\times 0.128}} \\times 100 = \\frac{{{g(num_, 4)}}}{{{g(den_, 4)}}} \\times 100$$

$$= {g(pc, 3)}\\%$$

**Answer: {g(pc, 3)}% crystalline**
""",
    float(g(pc, 3)),
    "percent",
)

# poly_04 (missing_factor: N taken as the DP, not 2 bonds per repeat unit).
dp = 280000 / 28.05
rw = 0.154 * math.sqrt(dp)
add(
    "h2_poly_04",
    f"""
**Number of repeat units:**

DP = 280 000 / 28.05 = {g(dp, 4)}

**Number of backbone bonds:** each repeat unit contributes one C–C link to the chain, so N ≈ {g(dp, 4)}.

**End-to-end distance:**

r = d√N = 0.154 nm × √{g(dp, 4)} = 0.154 × {g(math.sqrt(dp), 4)} = {g(rw, 4)} nm

**r ≈ {g(rw, 3)} nm**
""",
    float(g(rw, 3)),
    "nm",
    "missing_factor",
    f"a C₂H₄ repeat unit has two backbone C–C bonds, N = 2 × DP = {g(2 * dp, 5)}; r = {g(0.154 * math.sqrt(2 * dp), 4)} nm",
)

# poly_06 (sign_error: the minus sign of the WLF equation dropped).
la = 17.44 * 20 / (51.6 + 20)
add(
    "h2_poly_06",
    f"""
The WLF equation:

$$\\log a_T = \\frac{{C_1 (T - T_g)}}{{C_2 + (T - T_g)}}$$

With $T - T_g = 20$ K:

$$\\log a_T = \\frac{{17.44 \\times 20}}{{51.6 + 20}} = \\frac{{348.8}}{{71.6}} = {g(la, 4)}$$

$$a_T = 10^{{{g(la, 4)}}} = {tex(10**la, 3)}$$

**Final answer:** $a_T \\approx {tex(10**la, 3)}$
""",
    num(tex(10**la, 3)),
    "dimensionless",
    "sign_error",
    f"log a_T = −C₁(T − T_g)/(C₂ + T − T_g) = −{g(la, 4)}; a_T = {uni(10**-la, 3)}",
)

# poly_09 (given_miscopied: b = 0.494 nm copied as 0.449 nm).
V = 0.741 * 0.449 * 0.255
rho = 2 * 28.05 / (NA * V * 1e-21)
add(
    "h2_poly_09",
    f"""
Unit-cell volume (orthorhombic):

V = abc = 0.741 nm × 0.449 nm × 0.255 nm = {g(V, 4)} nm³ = {uni(V * 1e-21, 4)} cm³

Mass in the cell: 2 repeat units × 28.05 g/mol ÷ 6.022 × 10²³ mol⁻¹ = {uni(2 * 28.05 / NA, 4)} g

ρ = {uni(2 * 28.05 / NA, 4)} g / {uni(V * 1e-21, 4)} cm³ = **{g(rho, 3)} g/cm³**
""",
    float(g(rho, 3)),
    "g/cm**3",
    "given_miscopied",
    f"b is 0.494 nm, copied as 0.449 nm; with V = 0.09334 nm³, ρ = {g(2 * 28.05 / (NA * 0.741 * 0.494 * 0.255 * 1e-21), 4)} g/cm³",
)

# ---------------------------------------------------------------- ceramics

# cer_01 (correct): radius ratio.
rr = 0.072 / 0.140
add(
    "h2_cer_01",
    f"""
r_C/r_A = 0.072/0.140 = {g(rr, 3)}

This lies between 0.414 and 0.732, the range for octahedral coordination, so each Mg²⁺ is surrounded by **6** O²⁻ ions (CN = 6), consistent with the rock-salt structure.
""",
    6,
    "dimensionless",
)

# cer_02 (correct): rock salt, 4 formula units.
a = 2 * (0.072 + 0.140) * 1e-7
rho = 4 * (24.31 + 16.00) / (NA * a**3)
add(
    "h2_cer_02",
    f"""
In the rock-salt structure the cation and anion touch along the cube edge, so

$$a = 2(r_{{Mg^{{2+}}}} + r_{{O^{{2-}}}}) = 2(0.072 + 0.140) = 0.424 \\text{{ nm}} = 4.24 \\times 10^{{-8}} \\text{{ cm}}$$

The unit cell contains $n' = 4$ MgO formula units:

$$\\rho = \\frac{{n'(\\sum A_C + \\sum A_A)}}{{V_C N_A}} = \\frac{{4(24.31 + 16.00)}}{{(4.24 \\times 10^{{-8}})^3 (6.022 \\times 10^{{23}})}}$$

$$= \\frac{{161.24}}{{({tex(a**3, 4)})(6.022 \\times 10^{{23}})}} = \\frac{{161.24}}{{{g(a**3 * NA, 4)}}} = {g(rho, 3)} \\text{{ g/cm}}^3$$

Therefore, the answer is $\\rho \\approx {g(rho, 3)}$ g/cm³.
""",
    float(g(rho, 3)),
    "g/cm**3",
)

# cer_03 (correct): three-point bend, N/mm² = MPa.
sfs = 3 * 600 * 45 / (2 * 10 * 5**2)
add(
    "h2_cer_03",
    f"""
For a rectangular cross-section in three-point bending:

σ_fs = 3F_f L / (2bd²)

F_f = 600 N, L = 45 mm, b = 10 mm, d = 5 mm

σ_fs = (3 × 600 × 45) / (2 × 10 × 5²) = 81 000 / 500 = {g(sfs, 3)} N/mm²

**σ_fs = {g(sfs, 3)} MPa**
""",
    sfs,
    "MPa",
)

# cer_05 (arithmetic_slip: 0.9 × 0.05² = 0.0225 instead of 0.00225).
Ew = 380 * (1 - 1.9 * 0.05 + 0.0225)
add(
    "h2_cer_05",
    f"""
$$E = E_0(1 - 1.9P + 0.9P^2), \\qquad P = 0.05$$

- $1.9P = 1.9 \\times 0.05 = 0.095$
- $0.9P^2 = 0.9 \\times (0.05)^2 = 0.0225$

$$E = 380 \\mathrm{{~GPa}} \\times (1 - 0.095 + 0.0225) = 380 \\times {g(1 - 0.095 + 0.0225, 4)} = {g(Ew, 4)} \\mathrm{{~GPa}}$$

**E ≈ {g(Ew, 3)} GPa**
""",
    float(g(Ew, 3)),
    "GPa",
    "arithmetic_slip",
    f"0.9 × 0.05² = 0.9 × 0.0025 = 0.00225, not 0.0225; E = 380 × 0.90725 = {g(380 * 0.90725, 4)} GPa",
)

# cer_08 (wrong_quantity: Fe³⁺ per formula unit (0.10 of 1 O) instead of per iron ion).
n3 = 2 - 2 * 0.95
add(
    "h2_cer_08",
    f"""
Let x be the number of Fe³⁺ ions per formula unit Fe₀.₉₅O. Then 0.95 − x ions are Fe²⁺.

**Charge neutrality** (one O²⁻ per formula unit):

3x + 2(0.95 − x) = 2
3x + 1.90 − 2x = 2
x = {g(n3, 2)}

So there are {g(n3, 2)} Fe³⁺ and {g(0.95 - n3, 2)} Fe²⁺ per formula unit; the {g(n3, 2)} Fe³⁺ ions are what balance the charge of the 0.05 vacancies (two Fe³⁺ for every vacancy).

Therefore, the percentage of Fe³⁺ is {g(n3, 2)} × 100 = **{g(100 * n3, 2)}%**.
""",
    round(100 * n3, 1),
    "percent",
    "wrong_quantity",
    f"0.10 Fe³⁺ per formula unit must be divided by the 0.95 iron ions: Fe³⁺/Fe = {g(100 * n3 / 0.95, 4)} %",
)

# ---------------------------------------------------------------- composites

# comp_01 (correct): isostrain, compact.
Ec = 69 * 0.40 + 3.4 * 0.60
add(
    "h2_comp_01",
    f"""
Isostrain rule of mixtures: $E_{{cl}} = E_f V_f + E_m V_m = (69)(0.40) + (3.4)(0.60) = 27.6 + 2.04 = {g(Ec, 4)}$ GPa.

**Answer: ≈ {g(Ec, 4)} GPa**
""",
    round(Ec, 2),
    "GPa",
)

# comp_02 (wrong_formula: the isostrain rule used for the transverse direction).
add(
    "h2_comp_02",
    f"""
For the composite modulus we use the rule of mixtures, weighting each modulus by its volume fraction:

E_c = E_m V_m + E_f V_f

- V_f = 0.40, V_m = 1 − 0.40 = 0.60
- E_f = 69 GPa, E_m = 3.4 GPa

E_c = (3.4)(0.60) + (69)(0.40) = 2.04 + 27.6 = {g(Ec, 4)} GPa

So the transverse modulus is about **{g(Ec, 4)} GPa**.
""",
    round(Ec, 2),
    "GPa",
    "wrong_formula",
    f"transverse loading is isostress: 1/E_ct = V_f/E_f + V_m/E_m, E_ct = {g(1 / (0.40 / 69 + 0.60 / 3.4), 4)} GPa",
)

# comp_04 (correct): load fraction.
ff = 230 * 0.5 / (230 * 0.5 + 2.5 * 0.5)
add(
    "h2_comp_04",
    f"""
Under isostrain, F_f/F_c = E_fV_f/(E_fV_f + E_mV_m).

F_f/F_c = (230 × 0.5)/(230 × 0.5 + 2.5 × 0.5) = 115/116.25 = {g(ff, 4)}

→ the fibres carry **≈ {g(100 * ff, 3)}%** of the load.
""",
    float(g(100 * ff, 3)),
    "percent",
)

# comp_07 (correct): wt% → vol%.
vf = (0.60 / 2.58) / (0.60 / 2.58 + 0.40 / 1.38)
add(
    "h2_comp_07",
    f"""
Take 100 g of composite: 60 g glass and 40 g resin.

- Volume of glass: 60/2.58 = {g(60 / 2.58, 4)} cm³
- Volume of resin: 40/1.38 = {g(40 / 1.38, 4)} cm³
- Total: {g(60 / 2.58 + 40 / 1.38, 4)} cm³

V_f = {g(60 / 2.58, 4)}/{g(60 / 2.58 + 40 / 1.38, 4)} = {g(vf, 4)} ≈ **{g(100 * vf, 3)} vol%**
""",
    float(g(100 * vf, 3)),
    "percent",
)

# ---------------------------------------------------------------- corrosion

# corr_03 (correct): mass loss → thickness.
dx = 3.4 / (7900 * 1.2)
add(
    "h2_corr_03",
    f"""
Volume lost = mass/density = 3.4 kg / 7900 kg/m³ = {uni(3.4 / 7900, 4)} m³

Thickness lost = volume/area = {uni(3.4 / 7900, 4)} m³ / 1.2 m² = {uni(dx, 4)} m = {g(dx * 1000, 4)} mm

Penetration rate = {g(dx * 1000, 4)} mm / 2 yr = **{g(dx * 500, 3)} mm/yr**
""",
    float(g(dx * 500, 3)),
    "mm/year",
)

# corr_04 (correct): current density → penetration rate.
r_cms = 10e-6 * 55.85 / (2 * F * 7.87)
yr = 365 * 24 * 3600
add(
    "h2_corr_04",
    f"""
By Faraday's law the penetration rate is

$$\\text{{CPR}} = \\frac{{iA}}{{nF\\rho}}$$

where $i = 10\\ \\mu\\mathrm{{A/cm^2}} = 1.0 \\times 10^{{-5}}$ A/cm², $A = 55.85$ g/mol, $n = 2$ (Fe → Fe²⁺ + 2e⁻), $F = 96\\,485$ C/mol and $\\rho = 7.87$ g/cm³.

$$\\text{{CPR}} = \\frac{{(1.0 \\times 10^{{-5}})(55.85)}}{{(2)(96\\,485)(7.87)}} = \\frac{{{tex(10e-6 * 55.85, 4)}}}{{{tex(2 * F * 7.87, 4)}}} = {tex(r_cms, 4)} \\mathrm{{~cm/s}}$$

Per year ($3.154 \\times 10^7$ s):

$${tex(r_cms, 4)} \\times 3.154 \\times 10^7 = {tex(r_cms * 3.154e7, 4)} \\mathrm{{~cm/yr}} = {g(r_cms * 3.154e7 * 10, 3)} \\mathrm{{~mm/yr}}$$

Final answer: ≈ {g(r_cms * 3.154e7 * 10, 3)} mm/yr
""",
    float(g(r_cms * 3.154e7 * 10, 3)),
    "mm/year",
)

# corr_05 (correct): Pilling–Bedworth, two decimals.
pb = 101.96 * 2.70 / (2 * 26.98 * 3.95)
add(
    "h2_corr_05",
    f"""
For an oxide MₐOᵦ the Pilling–Bedworth ratio is

P–B = (A_O ρ_M)/(a A_M ρ_O)

For Al₂O₃, a = 2:

P–B = (101.96 × 2.70)/(2 × 26.98 × 3.95) = {g(101.96 * 2.70, 5)}/{g(2 * 26.98 * 3.95, 5)} = {g(pb, 4)}

**P–B ≈ {pb:.2f}** — between 1 and 2, so the alumina film is protective.
""",
    round(pb, 2),
    "dimensionless",
)

# corr_07 (wrong_constant: RT/F = 0.0592 V, the log₁₀ value, used with ln).
x = 2 * 0.190 / 0.0592
cw = 0.10 * math.exp(-x)
add(
    "h2_corr_07",
    f"""
With iron as the anode the cell reaction is Fe + Ni²⁺ → Fe²⁺ + Ni, and

$$\\Delta V = \\Delta V^\\circ - \\frac{{RT}}{{nF}}\\ln\\frac{{[\\mathrm{{Fe^{{2+}}}}]}}{{[\\mathrm{{Ni^{{2+}}}}]}}, \\qquad \\Delta V^\\circ = -0.250 - (-0.440) = 0.190 \\mathrm{{~V}}$$

The reaction reverses when $\\Delta V = 0$:

$$\\ln\\frac{{[\\mathrm{{Fe^{{2+}}}}]}}{{[\\mathrm{{Ni^{{2+}}}}]}} = \\frac{{nF\\,\\Delta V^\\circ}}{{RT}} = \\frac{{2 \\times 0.190}}{{0.0592}} = {g(x, 4)}$$

(using $RT/F = 0.0592$ V at 25 °C, n = 2)

$$[\\mathrm{{Ni^{{2+}}}}] = 0.10 \\times e^{{-{g(x, 4)}}} = 0.10 \\times {tex(math.exp(-x), 3)} = {tex(cw, 3)} \\mathrm{{~M}}$$

For Ni²⁺ below about ${tex(cw, 3)}$ mol/L the nickel is oxidised instead of iron.
""",
    num(tex(cw, 3)),
    "mol/L",
    "wrong_constant",
    f"0.0592 V is 2.303RT/F, for log₁₀; with ln, RT/F = 0.02569 V and [Ni²⁺] = {uni(0.10 * math.exp(-2 * 0.190 / 0.025693), 3)} M",
)

# corr_08 (arithmetic_slip: 0.667 copied as 0.677 when collecting terms).
li = -0.677 / 0.17
add(
    "h2_corr_08",
    f"""
At the corrosion potential the zinc oxidation line and the hydrogen reduction line meet:

$$V_{{Zn}}^\\circ + \\beta_{{Zn}}\\log\\frac{{i}}{{i_{{0,Zn}}}} = V_H^\\circ + \\beta_H\\log\\frac{{i}}{{i_{{0,H}}}}$$

$$-0.763 + 0.09(\\log i + 7) = 0 - 0.08(\\log i + 10)$$

Expanding: $-0.763 + 0.09\\log i + 0.63 = -0.08\\log i - 0.80$

Collecting terms:

$$0.17\\log i = -0.80 + 0.763 - 0.63 = -0.677$$

$$\\log i = \\frac{{-0.677}}{{0.17}} = {g(li, 4)}$$

$$i_C = 10^{{{g(li, 4)}}} = {tex(10**li, 3)} \\mathrm{{~A/cm^2}}$$

**Corrosion current density ≈ ${tex(10**li, 3)}$ A/cm²**
""",
    num(tex(10**li, 3)),
    "A/cm**2",
    "arithmetic_slip",
    f"−0.80 + 0.763 − 0.63 = −0.667, not −0.677; log i = −3.924, i = {uni(10 ** (-0.667 / 0.17), 3)} A/cm²",
)

# ---------------------------------------------------------------- more wrong answers (several topics)

# diff_06 (sign_error: exponent sign flipped, so the hotter treatment takes longer).
x = 145000 / R * (1 / 973.15 - 1 / 873.15)
tw = 12 * math.exp(-x)
add(
    "h2_diff_06",
    f"""
The same profile means the same value of Dt, so D₁t₁ = D₂t₂ and

t₂ = t₁ · D₁/D₂ = t₁ · exp[(Q_d/R)(1/T₁ − 1/T₂)]

(D₀ cancels.)

- T₁ = 600 + 273.15 = 873.15 K, T₂ = 700 + 273.15 = 973.15 K
- 1/T₁ − 1/T₂ = {g(1 / 873.15 * 1e3, 5)} × 10⁻³ − {g(1 / 973.15 * 1e3, 5)} × 10⁻³ = {uni(1 / 873.15 - 1 / 973.15, 4)} K⁻¹
- (Q_d/R)(1/T₁ − 1/T₂) = (145 000/8.314) × {uni(1 / 873.15 - 1 / 973.15, 4)} = {g(-x, 4)}

t₂ = 12 h × e^{g(-x, 4)} = 12 × {g(math.exp(-x), 4)} = {g(tw, 4)} h

**≈ {g(tw, 3)} hours at 700 °C**
""",
    float(g(tw, 3)),
    "hour",
    "sign_error",
    f"D₁/D₂ = exp[−(Q/R)(1/T₁ − 1/T₂)] < 1 when T₂ > T₁; t₂ = 12 × e^−{g(-x, 4)} = {g(12 * math.exp(x), 4)} h",
)

# corr_01 (sign_error: the Nernst correction subtracted with the wrong sign).
dv0 = 0.340 + 0.763
corr = 0.025693 / 2 * math.log(0.010 / 0.50)
Vw = dv0 + corr
add(
    "h2_corr_01",
    f"""
**Standard cell potential**

Zn is more negative, so it is the anode (oxidised) and Cu²⁺ is reduced:

ΔV° = V°(Cu) − V°(Zn) = 0.340 − (−0.763) = 1.103 V

**Nernst equation** (n = 2, T = 298 K, RT/F = 0.025693 V):

ΔV = ΔV° + (RT/nF) ln([Zn²⁺]/[Cu²⁺])
   = 1.103 + (0.025693/2) ln(0.010/0.50)
   = 1.103 + 0.012847 × ln(0.020)
   = 1.103 + 0.012847 × ({g(math.log(0.02), 4)})
   = 1.103 − {g(-corr, 4)}
   = {g(Vw, 4)} V

**Cell potential ≈ {g(Vw, 3)} V**
""",
    float(g(Vw, 3)),
    "V",
    "sign_error",
    f"ΔV = ΔV° − (RT/nF) ln([Zn²⁺]/[Cu²⁺]); the minus sign makes the dilute Zn²⁺ raise the potential: {g(dv0 - corr, 4)} V",
)

# mech_01 (wrong_formula: the diameter used as the radius in the area).
Aw = math.pi * 3.8**2
sw = 2000 / Aw
dlw = sw * 250 / 107000
add(
    "h2_mech_01",
    f"""
### 1. Cross-sectional area
$$A_0 = \\pi r^2 = \\pi (3.8 \\mathrm{{~mm}})^2 = {g(Aw, 4)} \\mathrm{{~mm^2}}$$

### 2. Stress
$$\\sigma = \\frac{{F}}{{A_0}} = \\frac{{2000 \\mathrm{{~N}}}}{{{g(Aw, 4)} \\mathrm{{~mm^2}}}} = {g(sw, 4)} \\mathrm{{~MPa}}$$

### 3. Elongation (Hooke's law)
$$\\Delta l = \\frac{{\\sigma l_0}}{{E}} = \\frac{{{g(sw, 4)} \\mathrm{{~MPa}} \\times 250 \\mathrm{{~mm}}}}{{107\\,000 \\mathrm{{~MPa}}}} = {g(dlw, 4)} \\mathrm{{~mm}}$$

Converting to micrometres, $\\Delta l \\approx {g(dlw * 1000, 3)}$ µm.

**Answer: ≈ {g(dlw * 1000, 3)} µm**
""",
    float(g(dlw * 1000, 3)),
    "micrometer",
    "wrong_formula",
    f"3.8 mm is the diameter; A₀ = π(1.9 mm)² = 11.34 mm² and Δl = {g(2000 / (math.pi * 1.9**2) * 250 / 107000 * 1000, 4)} µm",
)

# comp_06 (wrong_formula: efficiency (1 − l_c/l) instead of (1 − l_c/2l)).
eff = 1 - 0.8 / 5.0
scw = 3600 * 0.45 * eff + 30 * 0.55
add(
    "h2_comp_06",
    f"""
Since l = 5.0 mm > l_c = 0.8 mm, the fibres are longer than critical and

σ*_cd = σ*_f V_f (1 − l_c/l) + σ'_m (1 − V_f)

where σ*_f = 3600 MPa, V_f = 0.45, l_c/l = 0.8/5.0 = 0.16 and σ'_m = 30 MPa.

- Fibre term: 3600 × 0.45 × (1 − 0.16) = 1620 × 0.84 = {g(3600 * 0.45 * eff, 5)} MPa
- Matrix term: 30 × 0.55 = 16.5 MPa

σ*_cd = {g(3600 * 0.45 * eff, 5)} + 16.5 = {g(scw, 5)} MPa

Final answer: ≈ {g(scw, 4)} MPa
""",
    float(g(scw, 4)),
    "MPa",
    "wrong_formula",
    f"for l > l_c the fibre efficiency is (1 − l_c/2l) = 0.92; σ*_cd = 1490.4 + 16.5 = {g(3600 * 0.45 * 0.92 + 16.5, 5)} MPa",
)

if __name__ == "__main__":
    SET.write()
