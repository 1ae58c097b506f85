"""Build tests/data/worked_answers_heldout3.jsonl: chat-style worked answers to exam set D.

Written blind (without reading the answer engine or its checks), like the earlier worked-answer
sets: each response imitates how a chat model (GPT-4, Claude, Llama) answers an exam question of
``answer_exam_heldout3.json`` (markdown, TeX, Unicode units, step lists, ``\\boxed{}``, Python
snippets, bare final numbers). About half are right in every step; the others carry exactly one
labelled error (see ``worked_answers_check.ERROR_CLASSES``), and the record's note says at which
step it first goes wrong and what the right value is. Every number a response writes is computed
here, so that only the labelled step is wrong and everything after it follows from it.

Items whose key lists two readings of an ambiguous question, and must-refuse items, get no
response.

Run: ``python tests/data/build_worked_answers_heldout3.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout3``.
"""

from __future__ import annotations

import math

from worked_writing import (  # noqa: F401  (the constants a response may use)
    E_CH,
    EPS_0,
    HC_EV_NM,
    K_EV,
    MU_0,
    MU_B,
    NA,
    F,
    R,
    WorkedSet,
    g,
    sp,
    tex,
    uni,
    val,
)

SET = WorkedSet("heldout3")
EXAM, RECORDS, OUT, add = SET.exam, SET.records, SET.out, SET.add


# ---------------------------------------------------------------- crystallography

# cryst_01 (correct): TeX, symbol list, boxed.
a = 4 * 0.1363 / math.sqrt(3)  # nm
Vc = (a * 1e-7) ** 3  # cm3
rho = 2 * 95.95 / (Vc * NA)
add(
    "h3_cryst_01",
    f"""
For a BCC metal the atoms touch along the body diagonal, so

$$a = \\frac{{4R}}{{\\sqrt{{3}}}} = \\frac{{4 \\times 0.1363}}{{1.732}} = {g(a, 4)} \\mathrm{{~nm}}$$

The theoretical density is

$$\\rho = \\frac{{n A}}{{V_C N_A}}$$

with $n = 2$ atoms per BCC cell, $A = 95.95$ g/mol and $V_C = a^3$.

Converting to cm: $a = {g(a, 4)} \\times 10^{{-7}}$ cm, so $V_C = {tex(Vc, 4)} \\mathrm{{~cm^3}}$.

$$\\rho = \\frac{{2 \\times 95.95}}{{({tex(Vc, 4)})(6.022 \\times 10^{{23}})}} = {g(rho, 4)} \\mathrm{{~g/cm^3}}$$

$$\\boxed{{\\rho \\approx {g(rho, 3)} \\mathrm{{~g/cm^3}}}}$$
""",
    float(g(rho, 3)),
    "g/cm**3",
)

# cryst_02 (correct): plain text, Unicode, short.
d = 2.8665 / math.sqrt(6)
s = 1.5406 / (2 * d)
th = math.degrees(math.asin(s))
add(
    "h3_cryst_02",
    f"""
d₂₁₁ = a/√(h²+k²+l²) = 2.8665 Å/√6 = {g(d, 5)} Å

Bragg: sin θ = λ/(2d) = 1.5406/(2 × {g(d, 5)}) = {g(s, 4)}
θ = {g(th, 4)}°

2θ = {g(2 * th, 4)}°

So the 211 reflection of α-Fe appears at 2θ ≈ {g(2 * th, 4)}°.
""",
    float(g(2 * th, 4)),
    "degree",
)

# cryst_03 (wrong_formula: takes the first line as 111, the FCC first reflection).
th = math.radians(40.26 / 2)
d = 1.5406 / (2 * math.sin(th))
aw = d * math.sqrt(3)
add(
    "h3_cryst_03",
    f"""
**Step 1 – Bragg angle.** θ = 40.26°/2 = 20.13°, sin θ = {g(math.sin(th), 4)}.

**Step 2 – d-spacing.**
d = λ/(2 sin θ) = 1.5406/(2 × {g(math.sin(th), 4)}) = {g(d, 4)} Å

**Step 3 – Indexing.** The lowest-angle line corresponds to the plane family with the smallest
h² + k² + l², i.e. the (111) planes, so h² + k² + l² = 3.

**Step 4 – Lattice parameter.**
a = d√3 = {g(d, 4)} × 1.732 = {g(aw, 4)} Å

**Answer:** a ≈ {g(aw, 4)} Å
""",
    float(g(aw, 4)),
    "angstrom",
    "wrong_formula",
    "Step 3: indexes the first line as 111 (the FCC rule); in BCC h+k+l must be even, the first line "
    f"is 110 and a = √2·d = {g(d * math.sqrt(2), 4)} Å",
)

# cryst_05 (correct): markdown bullets, ignores the distractors explicitly.
Vn = 3 * math.sqrt(3) / 2 * 0.3209**2 * 0.5211  # nm3
rho = 6 * 24.31 / (Vn * 1e-21 * NA)
add(
    "h3_cryst_05",
    f"""
The melting point and Young's modulus are irrelevant here – only the lattice data matter.

**HCP unit cell**
- Atoms per (hexagonal) cell: n = 6
- Volume: V = (3√3/2)·a²·c = 2.598 × (0.3209)² × 0.5211 = {g(Vn, 4)} nm³ = {uni(Vn * 1e-21, 4)} cm³

**Density**

ρ = nA/(V·N_A) = (6 × 24.31)/({uni(Vn * 1e-21, 4)} × 6.022 × 10²³)
  = 145.86/{g(Vn * 1e-21 * NA, 4)}
  = **{g(rho, 3)} g/cm³**
""",
    float(g(rho, 3)),
    "g/cm**3",
)

# cryst_06 (unit_conversion: 1 Å = 10 pm).
d = 5.431 / math.sqrt(8)
add(
    "h3_cryst_06",
    f"""
For a cubic lattice $d_{{hkl}} = a/\\sqrt{{h^2+k^2+l^2}}$. For (220), $h^2+k^2+l^2 = 8$:

$$d_{{220}} = \\frac{{5.431\\ \\text{{Å}}}}{{\\sqrt{{8}}}} = \\frac{{5.431}}{{2.828}} = {g(d, 4)}\\ \\text{{Å}}$$

Since $1\\ \\text{{Å}} = 10$ pm,

$$d_{{220}} = {g(d, 4)} \\times 10 = {g(d * 10, 4)}\\ \\text{{pm}}$$

**Answer:** $d_{{220}} \\approx {g(d * 10, 4)}$ pm
""",
    float(g(d * 10, 4)),
    "pm",
    "unit_conversion",
    f"Step 2: 1 Å = 100 pm, not 10; d₂₂₀ = {g(d, 4)} Å = {g(d * 100, 4)} pm",
)

# cryst_09 (arithmetic_slip: a² written as 0.1539 instead of 0.1639).
a = 2 * math.sqrt(2) * 0.1431
a2w = 0.1539
Vw = a2w * a  # nm3
add(
    "h3_cryst_09",
    f"""
In FCC the atoms touch along the face diagonal: 4R = a√2, so a = 2R√2.

Step 1: a = 2 × 0.1431 nm × 1.4142 = {g(a, 4)} nm
Step 2: a² = ({g(a, 4)})² = {g(a2w, 4)} nm²
Step 3: V = a³ = {g(a2w, 4)} × {g(a, 4)} = {g(Vw, 4)} nm³
Step 4: 1 nm³ = 10⁻²⁷ m³, so V = {g(Vw, 4)} × 10⁻²⁷ m³ = {uni(Vw * 1e-27, 3)} m³

Therefore the unit-cell volume of aluminium is ≈ {uni(Vw * 1e-27, 3)} m³.
""",
    val(Vw * 1e-27, 3),
    "m**3",
    "arithmetic_slip",
    f"Step 2: {g(a, 4)}² = {g(a**2, 4)}, not 0.1539; V = {g(a**3, 4)} nm³ = {uni(a**3 * 1e-27, 3)} m³",
)

# ---------------------------------------------------------------- defects

# def_01 (correct): GPT-style numbered steps with TeX.
N = NA * 18.63 / 196.97 * 1e6  # m-3
kT = K_EV * 1173.15
Nv = N * math.exp(-0.98 / kT)
add(
    "h3_def_01",
    f"""
We use $N_v = N \\exp\\left(-\\frac{{Q_v}}{{kT}}\\right)$.

1. **Number of atomic sites per m³**

$$N = \\frac{{N_A \\rho}}{{A}} = \\frac{{(6.022 \\times 10^{{23}})(18.63)}}{{196.97}} = {tex(N / 1e6, 4)} \\mathrm{{~cm^{{-3}}}} = {tex(N, 4)} \\mathrm{{~m^{{-3}}}}$$

2. **Temperature:** $T = 900 + 273.15 = 1173.15$ K, so $kT = (8.617 \\times 10^{{-5}})(1173.15) = {g(kT, 4)}$ eV.

3. **Vacancies**

$$N_v = {tex(N, 4)} \\exp\\left(-\\frac{{0.98}}{{{g(kT, 4)}}}\\right) = {tex(N, 4)} \\times {tex(math.exp(-0.98 / kT), 3)}$$

$$N_v \\approx {tex(Nv, 3)} \\mathrm{{~vacancies/m^3}}$$
""",
    val(Nv, 3),
    "1/m**3",
)

# def_02 (unit_conversion: temperatures left in °C).
ln_r = math.log(4.7e-5 / 3.1e-6)
dinv = 1 / 600 - 1 / 800
Qw = K_EV * ln_r / dinv
add(
    "h3_def_02",
    f"""
The vacancy fraction follows N_v/N = exp(−Q_v/kT). Taking the ratio at the two temperatures:

ln(f₂/f₁) = (Q_v/k)(1/T₁ − 1/T₂)

• ln(4.7 × 10⁻⁵ / 3.1 × 10⁻⁶) = ln({g(4.7e-5 / 3.1e-6, 4)}) = {g(ln_r, 4)}
• 1/T₁ − 1/T₂ = 1/600 − 1/800 = {uni(dinv, 4)} K⁻¹

Q_v = k · ln(f₂/f₁)/(1/T₁ − 1/T₂) = 8.617 × 10⁻⁵ × {g(ln_r, 4)} / {uni(dinv, 4)}

Q_v ≈ {g(Qw, 3)} eV per vacancy
""",
    float(g(Qw, 3)),
    "eV",
    "unit_conversion",
    "Step 2: uses 600 and 800 in place of 873.15 K and 1073.15 K; 1/T₁ − 1/T₂ = 2.134×10⁻⁴ K⁻¹ "
    f"gives Q_v = {g(K_EV * ln_r / (1 / 873.15 - 1 / 1073.15), 4)} eV",
)

# def_03 (missing_factor: exp(−Q_s/kT) instead of exp(−Q_s/2kT)).
N = NA * 1.955 / (39.10 + 35.45) * 1e6
x = 2.6 / (K_EV * 773.15)
Nsw = N * math.exp(-x)
Nsr = N * math.exp(-x / 2)
add(
    "h3_def_03",
    f"""
Number of Schottky defects: N_s = N exp(−Q_s/kT), where N is the number of KCl formula units per m³.

**Step 1.** N = N_A ρ/(A_K + A_Cl) = (6.022 × 10²³ × 1.955)/(39.10 + 35.45) = {uni(N / 1e6, 4)} cm⁻³ = {uni(N, 4)} m⁻³

**Step 2.** T = 500 + 273 = 773 K (773.15 K)

Q_s/kT = 2.6/(8.617 × 10⁻⁵ × 773.15) = {g(x, 4)}

**Step 3.** N_s = {uni(N, 4)} × exp(−{g(x, 4)}) = {uni(N, 4)} × {uni(math.exp(-x), 3)}

**N_s ≈ {uni(Nsw, 3)} defects/m³**
""",
    val(Nsw, 3),
    "1/m**3",
    "missing_factor",
    "Opening formula (before Step 1): a Schottky pair needs exp(−Q_s/2kT); in Step 2 the exponent "
    "is 19.51, "
    f"N_s = {uni(Nsr, 3)} m⁻³",
)

# def_05 (wrong_formula: BCC |b| = a√3/2 for FCC copper).
bw = 3.615 * math.sqrt(3) / 2
add(
    "h3_def_05",
    f"""
The Burgers vector of a perfect dislocation is the shortest lattice translation vector, along
the close-packed direction.

For copper the slip direction is ⟨111⟩, with b = (a/2)⟨111⟩, so

|b| = (a/2)·√(1² + 1² + 1²) = a√3/2 = 3.615 × 0.8660 = {g(bw, 4)} Å

The magnitude of the Burgers vector is about **{g(bw, 4)} Å**.
""",
    float(g(bw, 4)),
    "angstrom",
    "wrong_formula",
    "Step 1: ⟨111⟩ and a√3/2 are the BCC slip vector; FCC copper slips along ⟨110⟩ with "
    f"|b| = a√2/2 = {g(3.615 / math.sqrt(2), 4)} Å",
)

# def_06 (correct): plain text with a conversion line.
n = 2 ** (6 - 1)
area = (0.01 * 25.4) ** 2
add(
    "h3_def_06",
    """
ASTM grain size: N = 2^(n−1) grains per square inch at 100× magnification.

n = 6 → N = 2⁵ = 32 grains/in² at 100×

At 100× one square inch of the micrograph shows (1/100 in)² = 10⁻⁴ in² of real surface.
10⁻⁴ in² = 10⁻⁴ × (25.4 mm)² = 0.06452 mm²

Grains per mm² = 32/0.06452 ≈ 496

≈ 496 grains/mm²
""",
    float(round(n / area)),
    "1/mm**2",
)

# def_07 (correct): markdown table.
nSn = 5 / 118.71
nCu = 95 / 63.55
at = nSn / (nSn + nCu) * 100
add(
    "h3_def_07",
    f"""
Take a 100 g basis and convert each mass to moles:

| Element | Mass (g) | A (g/mol) | Moles |
|---|---|---|---|
| Sn | 5 | 118.71 | {g(nSn, 4)} |
| Cu | 95 | 63.55 | {g(nCu, 4)} |

$$C'_{{Sn}} = \\frac{{{g(nSn, 4)}}}{{{g(nSn, 4)} + {g(nCu, 4)}}} \\times 100 = \\frac{{{g(nSn, 4)}}}{{{g(nSn + nCu, 4)}}} \\times 100 = {g(at, 3)}\\ \\text{{at\\%}}$$

**Answer: ≈ {g(at, 3)} at% Sn**
""",
    float(g(at, 3)),
    "percent",
)

# ---------------------------------------------------------------- diffusion

# diff_01 (correct): short TeX.
T = 773.15
x = 87400 / (R * T)
D = 1.1e-6 * math.exp(-x)
add(
    "h3_diff_01",
    f"""
Using the Arrhenius expression $D = D_0 \\exp(-Q_d/RT)$ with $T = 500 + 273 = 773$ K:

$$\\frac{{Q_d}}{{RT}} = \\frac{{87\\,400}}{{(8.314)(773.15)}} = {g(x, 4)}$$

$$D = (1.1 \\times 10^{{-6}}) \\exp(-{g(x, 4)}) = (1.1 \\times 10^{{-6}})({tex(math.exp(-x), 3)})$$

$$D \\approx {tex(D, 3)} \\mathrm{{~m^2/s}}$$
""",
    val(D, 3),
    "m**2/s",
)

# diff_02 (wrong_constant: R = 1.987 cal/(mol·K) with the answer read as kJ/mol).
ln_r = math.log(4.1e-13 / 1.6e-15)
dinv = 1 / 900 - 1 / 1100
Qw = 1.987 * ln_r / dinv / 1000
add(
    "h3_diff_02",
    f"""
Taking the ratio of the two Arrhenius expressions:

Q_d = R ln(D₂/D₁) / (1/T₁ − 1/T₂)

Step 1: ln(D₂/D₁) = ln(4.1 × 10⁻¹³ / 1.6 × 10⁻¹⁵) = ln(256.25) = {g(ln_r, 4)}
Step 2: 1/T₁ − 1/T₂ = 1/900 − 1/1100 = {uni(dinv, 4)} K⁻¹
Step 3: with R = 1.987 J/(mol·K),
Q_d = 1.987 × {g(ln_r, 4)} / {uni(dinv, 4)} = {sp(Qw * 1000, 4)} J/mol

Q_d ≈ {g(Qw, 3)} kJ/mol
""",
    float(g(Qw, 3)),
    "kJ/mol",
    "wrong_constant",
    "Step 3: 1.987 is R in cal/(mol·K); with R = 8.314 J/(mol·K) Q_d = "
    f"{g(R * ln_r / dinv / 1000, 4)} kJ/mol",
)

# diff_03 (unit_conversion: ×60 for s → h).
J = 4.5e-11 * (1.2 - 0.4) / 0.008
add(
    "h3_diff_03",
    f"""
Fick's first law for steady state:

**J = −D (ΔC/Δx)**

- ΔC = 0.4 − 1.2 = −0.8 kg/m³
- Δx = 8 mm = 8 × 10⁻³ m

J = −(4.5 × 10⁻¹¹ m²/s)(−0.8 kg/m³ / 8 × 10⁻³ m) = {uni(J, 2)} kg/(m²·s)

Converting to per hour (× 60):

J = {uni(J, 2)} × 60 = **{uni(J * 60, 2)} kg m⁻² h⁻¹**
""",
    val(J * 60, 2),
    "kg/(m**2*hour)",
    "unit_conversion",
    f"Step 3: an hour is 3600 s, not 60; J = {uni(J * 3600, 3)} kg m⁻² h⁻¹",
)

# diff_04 (correct): long step list with erf interpolation.
z = 0.4769
t = (7.5e-4) ** 2 / (4 * z**2 * 1.6e-11)
add(
    "h3_diff_04",
    f"""
This is a semi-infinite solid with a constant surface concentration, so

$$\\frac{{C_x - C_0}}{{C_s - C_0}} = 1 - \\operatorname{{erf}}\\left(\\frac{{x}}{{2\\sqrt{{Dt}}}}\\right)$$

**Step 1:** Left-hand side: $\\dfrac{{0.60 - 0.20}}{{1.00 - 0.20}} = 0.5$, hence $\\operatorname{{erf}}(z) = 0.5$.

**Step 2:** From the erf table, erf(0.45) = 0.4755 and erf(0.50) = 0.5205; interpolating,
$z \\approx 0.4769$.

**Step 3:** Solve for $t$:

$$t = \\frac{{x^2}}{{4 z^2 D}} = \\frac{{(7.5 \\times 10^{{-4}})^2}}{{4 (0.4769)^2 (1.6 \\times 10^{{-11}})}} = {tex(t, 4)} \\mathrm{{~s}}$$

**Step 4:** Convert to hours: ${tex(t, 4)}/3600 = {g(t / 3600, 4)}$ h.

\\[\\boxed{{t \\approx {g(t / 3600, 3)}\\ \\text{{h}}}}\\]
""",
    float(g(t / 3600, 3)),
    "hour",
)

# diff_05 (sign_error: exponent with the wrong sign, t₂ = t₁ D₂/D₁).
e = 148000 / R * (1 / 1173.15 - 1 / 1273.15)
tw = 10 * math.exp(e)
add(
    "h3_diff_05",
    f"""
Same case depth means the same value of Dt, so D₁t₁ = D₂t₂ and

t₂ = t₁ (D₁/D₂)

The ratio D₁/D₂ = exp[(Q_d/R)(1/T₁ − 1/T₂)] (D₀ cancels), with T₁ = 1173.15 K and T₂ = 1273.15 K:

(Q_d/R)(1/T₁ − 1/T₂) = (148 000/8.314)(1/1173.15 − 1/1273.15) = 17 801 × {uni(1 / 1173.15 - 1 / 1273.15, 4)} = {g(e, 4)}

D₁/D₂ = e^{g(e, 4)} = {g(math.exp(e), 4)}

t₂ = 10 h × {g(math.exp(e), 4)} = {g(tw, 3)} h

Answer: about {g(tw, 3)} hours.
""",
    float(g(tw, 3)),
    "hour",
    "sign_error",
    "Step 3: D₁/D₂ = exp[−(Q_d/R)(1/T₁ − 1/T₂)] = e^−1.192 (D is smaller at the lower temperature); "
    f"t₂ = {g(10 * math.exp(-e), 3)} h",
)

# diff_07 (correct): Python snippet.
lnr = math.log(6.5e-5 / 1.0e-14)
TK = 136000 / (R * lnr)
add(
    "h3_diff_07",
    f"""
Rearranging $D = D_0 e^{{-Q/RT}}$ for the temperature:

$$T = \\frac{{Q}}{{R \\ln(D_0/D)}}$$

```python
import math
D0, D, Q, R = 6.5e-5, 1.0e-14, 136e3, 8.314
T = Q / (R * math.log(D0 / D))
print(T, T - 273.15)   # {g(TK, 5)} K, {g(TK - 273.15, 4)} °C
```

ln(6.5 × 10⁹) = {g(lnr, 4)}, so T = 136 000/(8.314 × {g(lnr, 4)}) = {g(TK, 4)} K.

**T ≈ {g(TK - 273.15, 4)} °C**
""",
    float(g(TK - 273.15, 4)),
    "degC",
)

# ---------------------------------------------------------------- mechanical

# mech_01 (wrong_formula: 10 mm used as the radius).
Aw = math.pi * 0.010**2
sw = 12000 / Aw / 1e6
dlw = sw / 69000 * 250
add(
    "h3_mech_01",
    f"""
First check whether the deformation is elastic.

**Cross-sectional area**

$$A_0 = \\pi r^2 = \\pi (10 \\times 10^{{-3}} \\mathrm{{~m}})^2 = {tex(Aw, 4)} \\mathrm{{~m^2}}$$

**Stress**

$$\\sigma = \\frac{{F}}{{A_0}} = \\frac{{12\\,000}}{{{tex(Aw, 4)}}} = {g(sw, 4)} \\mathrm{{~MPa}}$$

This is well below the yield strength (280 MPa), so Hooke's law applies.

**Elongation**

$$\\Delta l = \\frac{{\\sigma l_0}}{{E}} = \\frac{{({g(sw, 4)} \\mathrm{{~MPa}})(250 \\mathrm{{~mm}})}}{{69\\,000 \\mathrm{{~MPa}}}} = {g(dlw, 3)} \\mathrm{{~mm}}$$

The rod elongates by about **{g(dlw, 3)} mm**.
""",
    float(g(dlw, 3)),
    "mm",
    "wrong_formula",
    "Step 1: 10 mm is the diameter; r = 5 mm, A₀ = 7.854×10⁻⁵ m², σ = 152.8 MPa and "
    f"Δl = {g(12000 / (math.pi * 0.005**2) / 1e6 / 69000 * 250, 4)} mm",
)

# mech_02 (correct): plain steps, Unicode.
s = 15000 / (math.pi * 0.005**2) / 1e6
ez = s / 97000
nu = 6.5e-4 / ez
add(
    "h3_mech_02",
    f"""
1) Axial stress: σ = F/A₀ = 15 000 N / [π(5 × 10⁻³ m)²] = {g(s, 4)} MPa
2) Axial strain: ε_z = σ/E = {g(s, 4)} MPa / 97 000 MPa = {uni(ez, 4)}
3) Lateral strain: ε_x = Δd/d₀ = −6.5 × 10⁻³ mm / 10 mm = −6.5 × 10⁻⁴
4) Poisson's ratio: ν = −ε_x/ε_z = 6.5 × 10⁻⁴ / {uni(ez, 4)} = {g(nu, 3)}

ν ≈ {nu:.2f}
""",
    round(nu, 2),
    "dimensionless",
)

# mech_04 (arithmetic_slip: ln(490/415) written as 0.1816).
lw = 0.1816
nw = lw / math.log(2)
add(
    "h3_mech_04",
    f"""
Hollomon: σ_T = K ε_Tⁿ. Dividing the two data points eliminates K:

490/415 = (0.20/0.10)ⁿ = 2ⁿ

n = ln(490/415) / ln 2

ln(490/415) = ln(1.1807) = {lw}
ln 2 = 0.6931

n = {lw}/0.6931 = {g(nw, 3)}

**Answer:** n ≈ {nw:.2f}
""",
    round(nw, 2),
    "dimensionless",
    "arithmetic_slip",
    f"Step 3: ln(1.1807) = 0.1661, not 0.1816; n = 0.1661/0.6931 = {math.log(490 / 415) / math.log(2):.2f}",
)

# mech_05 (given_miscopied: design stress taken as the full yield strength).
aw = (55 / (1.1 * 1650)) ** 2 / math.pi
add(
    "h3_mech_05",
    f"""
The critical crack length follows from $K_{{Ic}} = Y\\sigma\\sqrt{{\\pi a_c}}$:

$$a_c = \\frac{{1}}{{\\pi}}\\left(\\frac{{K_{{Ic}}}}{{Y\\sigma}}\\right)^2$$

Using $\\sigma = 1650$ MPa, $K_{{Ic}} = 55 \\mathrm{{~MPa\\sqrt{{m}}}}$ and $Y = 1.1$:

$$a_c = \\frac{{1}}{{\\pi}}\\left(\\frac{{55}}{{1.1 \\times 1650}}\\right)^2 = \\frac{{1}}{{\\pi}}({g(55 / (1.1 * 1650), 4)})^2 = {tex(aw, 3)} \\mathrm{{~m}}$$

So the largest tolerable surface crack is $a_c \\approx {g(aw * 1000, 3)}$ mm.
""",
    float(g(aw * 1000, 3)),
    "mm",
    "given_miscopied",
    "Step 1: the design stress is two-thirds of the yield strength, σ = 1 100 MPa, not 1 650 MPa; "
    f"a_c = {g((55 / 1210) ** 2 / math.pi * 1000, 4)} mm",
)

# mech_06 (correct): bare final number.
logt = 24.0e3 / 1073.15 - 20
add(
    "h3_mech_06",
    f"""
LMP = T(C + log t_r) with T = 800 + 273.15 = 1073.15 K.

log t_r = LMP/T − C = 24 000/1073.15 − 20 = {g(24000 / 1073.15, 5)} − 20 = {g(logt, 4)}

t_r = 10^{g(logt, 4)} ≈ {g(10**logt, 3)}

{g(10**logt, 3)}
""",
    float(g(10**logt, 3)),
    "hour",
)

# mech_07 (arithmetic_slip: 1.4⁵ evaluated as 3.8416, which is 1.4⁴).
add(
    "h3_mech_07",
    """
Steady-state creep: ε̇ = K σⁿ exp(−Q_c/RT). At constant temperature the exponential factor is the
same for both stresses, so

ε̇₂/ε̇₁ = (σ₂/σ₁)ⁿ = (70/50)^5.0 = 1.4^5 = 3.8416

ε̇₂ = 1.0 × 10⁻⁵ h⁻¹ × 3.8416 ≈ 3.84 × 10⁻⁵ h⁻¹

Therefore the creep rate under 70 MPa is about 3.84 × 10⁻⁵ h⁻¹ (the activation energy is not needed).
""",
    3.84e-5,
    "1/hour",
    "arithmetic_slip",
    "Step 2: 1.4⁵ = 5.378 (3.8416 is 1.4⁴); ε̇ = 5.38×10⁻⁵ h⁻¹",
)

# ---------------------------------------------------------------- phase diagrams

# pd_01 (wrong_formula: lever rule inverted, gives the solid fraction).
WLw = (35 - 32) / (43 - 32) * 100
add(
    "h3_pd_01",
    f"""
Apply the lever rule on the tie line at 1 250 °C (C_L = 32 wt% Ni, C_α = 43 wt% Ni, C₀ = 35 wt% Ni):

W_L = (C₀ − C_L)/(C_α − C_L) = (35 − 32)/(43 − 32) = 3/11 = {g(WLw / 100, 4)}

So about **{g(WLw, 3)} %** of the alloy is liquid. (The casting temperature and cooling rate don't
affect the equilibrium phase amounts.)
""",
    float(g(WLw, 3)),
    "percent",
    "wrong_formula",
    "Step 1: lever rule inverted, (C₀ − C_L)/(C_α − C_L) is the solid fraction; "
    f"W_L = (43 − 35)/(43 − 32) = {g(8 / 11 * 100, 4)} %",
)

# pd_02 (correct): markdown, boxed.
We = (40 - 18.3) / (61.9 - 18.3)
add(
    "h3_pd_02",
    f"""
Just above 183 °C the alloy is primary α + liquid of eutectic composition; on cooling through the
eutectic temperature all of that liquid becomes eutectic microconstituent. So the mass fraction of
eutectic equals the liquid fraction just above the eutectic:

$$W_e = \\frac{{C_0 - C_\\alpha}}{{C_E - C_\\alpha}} = \\frac{{40 - 18.3}}{{61.9 - 18.3}} = \\frac{{21.7}}{{43.6}}$$

$$\\boxed{{W_e \\approx {g(We, 3)}}}$$
""",
    float(g(We, 3)),
    "dimensionless",
)

# pd_03 (correct): plain, final with no unit sign spelled as "percent".
Wa = (0.76 - 0.45) / (0.76 - 0.022) * 100
add(
    "h3_pd_03",
    f"""
Hypoeutectoid steel (0.45 < 0.76 wt% C). Lever rule between ferrite (0.022 wt% C) and the
eutectoid composition (0.76 wt% C):

W_α' = (0.76 − 0.45) / (0.76 − 0.022) = 0.31 / 0.738 = {g(Wa / 100, 4)}

Proeutectoid ferrite ≈ {g(Wa, 3)} percent of the steel.
""",
    float(g(Wa, 3)),
    "percent",
)

# pd_04 (wrong_quantity: proeutectoid cementite only, not all cementite).
Wp = (1.10 - 0.76) / (6.70 - 0.76)
add(
    "h3_pd_04",
    f"""
The alloy is hypereutectoid (1.10 wt% C > 0.76 wt% C), so proeutectoid cementite forms first.

**Step 1: fraction of cementite**

Using the lever rule between the eutectoid point and cementite:

$$W_{{Fe_3C'}} = \\frac{{C_0 - 0.76}}{{6.70 - 0.76}} = \\frac{{1.10 - 0.76}}{{5.94}} = {g(Wp, 4)}$$

**Step 2: mass**

$$m = {g(Wp, 4)} \\times 2\\,500 \\mathrm{{~g}} = {g(Wp * 2500, 4)} \\mathrm{{~g}}$$

≈ {g(Wp * 2500, 3)} g of cementite.
""",
    float(g(Wp * 2500, 3)),
    "g",
    "wrong_quantity",
    "Step 1: computes the proeutectoid cementite only; total cementite uses the ferrite/cementite tie "
    f"line, (1.10 − 0.022)/(6.70 − 0.022) = 0.1614, i.e. {g(1.078 / 6.678 * 2500, 4)} g",
)

# pd_08 (wrong_quantity: stops at the mass fraction of α).
Wa = (98 - 70) / (98 - 10)
add(
    "h3_pd_08",
    f"""
Step 1: Lever rule at 150 °C.

W_α = (C_β − C₀)/(C_β − C_α) = (98 − 70)/(98 − 10) = 28/88 = {g(Wa, 4)}
W_β = 1 − {g(Wa, 4)} = {g(1 - Wa, 4)}

Step 2: The densities (10.25 and 7.30 g/cm³) would be needed to turn this into volumes, but
since both phases are part of the same alloy, the fraction of α is simply

V_α ≈ {g(Wa, 3)}
""",
    float(g(Wa, 3)),
    "dimensionless",
    "wrong_quantity",
    "Step 2: reports the mass fraction; V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β) = "
    f"{g((Wa / 10.25) / (Wa / 10.25 + (1 - Wa) / 7.30), 4)}",
)

# ---------------------------------------------------------------- transformations

# trans_01 (correct): Python snippet, then a sentence.
t90 = 120 * (math.log(10) / math.log(2)) ** (1 / 2.5)
k_ = math.log(2) / 120**2.5
add(
    "h3_trans_01",
    f"""
Avrami: y = 1 − exp(−k tⁿ). From the half time, k = ln 2 / t₀.₅ⁿ. Then for y = 0.9,
k tⁿ = ln 10, so t₀.₉ = t₀.₅ (ln 10/ln 2)^(1/n).

```python
import math
n, t_half = 2.5, 120.0
k = math.log(2) / t_half**n
t90 = (math.log(10) / k) ** (1 / n)
print(k, t90)
# {k_:.4e} {t90:.1f}
```

It takes about {g(t90, 3)} s for 90 % recrystallisation.
""",
    float(g(t90, 3)),
    "s",
)

# trans_02 (missing_factor: r* = γT_m/(ΔH_f ΔT), the 2 dropped).
rw = 0.185 * 1356 / (1.88e9 * 210)
add(
    "h3_trans_02",
    f"""
For homogeneous nucleation the critical radius is

$$r^* = -\\frac{{\\gamma}}{{\\Delta G_v}}, \\qquad \\Delta G_v = \\frac{{\\Delta H_f \\Delta T}}{{T_m}}$$

so

$$r^* = \\frac{{\\gamma T_m}}{{\\Delta H_f \\Delta T}} = \\frac{{(0.185)(1356)}}{{(1.88 \\times 10^9)(210)}} = \\frac{{250.9}}{{{tex(1.88e9 * 210, 4)}}}$$

$$r^* = {tex(rw, 3)} \\mathrm{{~m}} \\approx {g(rw * 1e9, 3)} \\mathrm{{~nm}}$$
""",
    float(g(rw * 1e9, 3)),
    "nm",
    "missing_factor",
    f"Step 1: r* = −2γ/ΔG_v; the factor 2 is dropped. r* = {g(2 * rw * 1e9, 4)} nm",
)

# trans_03 (correct): very short chat answer.
f = 1 - math.exp(-0.011 * 200)
add(
    "h3_trans_03",
    f"""
Koistinen–Marburger: f = 1 − exp[−α(M_s − T)].

M_s − T = 350 − 150 = 200 K, so α(M_s − T) = 0.011 × 200 = 2.2

f = 1 − e^(−2.2) = 1 − 0.1108 = {g(f, 4)}

≈ {g(f * 100, 3)} % martensite
""",
    float(g(f * 100, 3)),
    "percent",
)

# trans_04 (arithmetic_slip: 1/573.15 − 1/623.15 written as 1.60×10⁻⁴).
d1w = 1.60e-4
QR = math.log(80 / 12) / d1w
d2 = 1 / 623.15 - 1 / 673.15
tw = 12 * math.exp(-QR * d2)
add(
    "h3_trans_04",
    f"""
**Step 1 – Activation energy.** With rate = 1/t₅₀ = A exp(−Q/RT):

ln(t₁/t₂) = (Q/R)(1/T₁ − 1/T₂)

T₁ = 573.15 K, T₂ = 623.15 K, ln(80/12) = ln 6.667 = {g(math.log(80 / 12), 4)}

1/573.15 − 1/623.15 = {uni(d1w, 3)} K⁻¹

Q/R = {g(math.log(80 / 12), 4)}/{uni(d1w, 3)} = {sp(QR, 4)} K

**Step 2 – Extrapolate to 400 °C (673.15 K).**

1/623.15 − 1/673.15 = {uni(d2, 4)} K⁻¹

t₃ = t₂ exp[−(Q/R)(1/T₂ − 1/T₃)] = 12 min × exp(−{g(QR * d2, 4)}) = 12 × {g(math.exp(-QR * d2), 4)}

**Answer:** t₅₀(400 °C) ≈ {g(tw, 3)} min
""",
    float(g(tw, 3)),
    "minute",
    "arithmetic_slip",
    "Step 1: 1/573.15 − 1/623.15 = 1.400×10⁻⁴ K⁻¹, not 1.60×10⁻⁴; Q/R = 1.355×10⁴ K and "
    f"t = {g(12 * math.exp(-math.log(80 / 12) / (1 / 573.15 - 1 / 623.15) * d2), 4)} min",
)

# trans_05 (correct): TeX with \[ \].
a1 = math.log(1 / 0.8)
a2 = math.log(1 / 0.2)
n = math.log(a2 / a1) / math.log(70 / 30)
add(
    "h3_trans_05",
    f"""
From $y = 1 - e^{{-kt^n}}$ we get $\\ln\\left(\\frac{{1}}{{1-y}}\\right) = k t^n$. Writing this for both points and dividing:

\\[ \\frac{{\\ln(1/0.2)}}{{\\ln(1/0.8)}} = \\left(\\frac{{70}}{{30}}\\right)^n \\]

\\[ \\frac{{{g(a2, 4)}}}{{{g(a1, 4)}}} = {g(a2 / a1, 4)} \\quad\\Rightarrow\\quad n = \\frac{{\\ln {g(a2 / a1, 4)}}}{{\\ln 2.333}} = \\frac{{{g(math.log(a2 / a1), 4)}}}{{{g(math.log(70 / 30), 4)}}} \\]

Therefore $n \\approx {n:.2f}$.
""",
    round(n, 2),
    "dimensionless",
)

# trans_06 (wrong_formula: shape factor with (1 − cos θ) not squared).
c = 0.5
Sw = (2 + c) * (1 - c) / 4
add(
    "h3_trans_06",
    f"""
For a spherical-cap nucleus the heterogeneous barrier is ΔG*_het = S(θ)·ΔG*_hom with

S(θ) = (2 + cos θ)(1 − cos θ)/4

θ = 60° → cos θ = 0.5

S = (2 + 0.5)(1 − 0.5)/4 = 2.5 × 0.5 / 4 = {g(Sw, 4)}

So about {g(Sw * 100, 4)} % of the homogeneous barrier remains.
""",
    float(g(Sw * 100, 4)),
    "percent",
    "wrong_formula",
    "Step 1: the shape factor is (2 + cos θ)(1 − cos θ)²/4; S = 2.5 × 0.25/4 = 0.1563, i.e. 15.63 %",
)

# trans_08 (correct): bold answer line.
dG = 1.07e9 * 25 / 933
add(
    "h3_trans_08",
    f"""
The driving force per unit volume for a small undercooling is

ΔG_v = ΔH_f · ΔT / T_m

= (1.07 × 10⁹ J/m³)(25 K)/(933 K) = {uni(dG, 3)} J/m³

(The interfacial energy only matters for the nucleation barrier, not for the driving force.)

**Answer: ΔG_v ≈ {g(dG / 1e6, 3)} MJ/m³**
""",
    float(g(dG / 1e6, 3)),
    "MJ/m**3",
)

# ---------------------------------------------------------------- thermodynamics

# thermo_01 (unit_conversion: 1 000 °C used as 1 000 K).
dGw = -1115000 + 209 * 1000
xw = dGw / (R * 1000)
pw = math.exp(xw)
add(
    "h3_thermo_01",
    f"""
At equilibrium ΔG° = −RT ln K, and with the solids in their standard states K = 1/p_O₂, so

$$\\ln p_{{O_2}} = \\frac{{\\Delta G^\\circ}}{{RT}}$$

**Step 1.** $\\Delta G^\\circ = -1\\,115\\,000 + 209(1000) = {sp(dGw, 6)}$ J

**Step 2.** $\\ln p_{{O_2}} = \\dfrac{{{sp(dGw, 6)}}}{{8.314 \\times 1000}} = {g(xw, 4)}$

**Step 3.** $p_{{O_2}} = e^{{{g(xw, 4)}}} = {tex(pw, 3)}$ atm

The equilibrium oxygen pressure is about ${tex(pw, 2)}$ atm.
""",
    val(pw, 2),
    "atm",
    "unit_conversion",
    "Step 1: T must be 1273.15 K, not 1000; ΔG° = −848 900 J and p_O₂ = "
    f"{uni(math.exp((-1115000 + 209 * 1273.15) / (R * 1273.15)), 3)} atm",
)

# thermo_02 (correct): one-liner style.
xb = 0.30
dS = -R * (xb * math.log(xb) + (1 - xb) * math.log(1 - xb))
add(
    "h3_thermo_02",
    f"""
For an ideal solution, ΔS_mix = −R(x_A ln x_A + x_B ln x_B).

With x_B = 0.30, x_A = 0.70:
ΔS_mix = −8.314 × (0.30 ln 0.30 + 0.70 ln 0.70)
       = −8.314 × (−{g(-0.3 * math.log(0.3), 4)} − {g(-0.7 * math.log(0.7), 4)})
       = {g(dS, 3)} J/(mol·K)

ΔS_mix ≈ {g(dS, 3)} J mol⁻¹ K⁻¹
""",
    float(g(dS, 3)),
    "J/(mol*K)",
)

# thermo_03 (sign_error: −TΔS_mix added with the wrong sign).
xb = 0.25
H = 15000 * xb * (1 - xb)
S_term = R * 900 * (xb * math.log(xb) + (1 - xb) * math.log(1 - xb))
Gw = H - S_term
add(
    "h3_thermo_03",
    f"""
For a regular solution:

ΔG_mix = ΔH_mix − TΔS_mix, with ΔH_mix = Ω x_A x_B and ΔS_mix = −R(x_A ln x_A + x_B ln x_B)

**Step 1 – enthalpy term**
ΔH_mix = 15 000 × 0.25 × 0.75 = {sp(H, 4)} J/mol

**Step 2 – entropy term**
x_A ln x_A + x_B ln x_B = 0.75 ln 0.75 + 0.25 ln 0.25 = {g(xb * math.log(xb) + (1 - xb) * math.log(1 - xb), 4)}
RT(…) = 8.314 × 900 × ({g(xb * math.log(xb) + (1 - xb) * math.log(1 - xb), 4)}) = {sp(S_term, 4)} J/mol

**Step 3 – combine**
ΔG_mix = ΔH_mix − RT(x_A ln x_A + x_B ln x_B)
ΔG_mix = {sp(H, 4)} − ({sp(S_term, 4)}) = {sp(Gw, 4)} J/mol

**ΔG_mix ≈ +{g(Gw / 1000, 3)} kJ/mol**
""",
    float(g(Gw / 1000, 3)),
    "kJ/mol",
    "sign_error",
    "Step 3: ΔG_mix = ΔH_mix + RT Σx ln x, and RT Σx ln x is negative (−4 208 J/mol); "
    f"ΔG_mix = {g((H + S_term) / 1000, 4)} kJ/mol",
)

# thermo_04 (correct): boxed, TeX.
Tc = 22000 / (2 * R)
add(
    "h3_thermo_04",
    f"""
For a regular solution the miscibility gap closes at the critical temperature, where the
curvature $\\partial^2 \\Delta G_{{mix}}/\\partial x^2$ first stays positive at $x = 0.5$:

$$-2\\Omega + \\frac{{RT}}{{x(1-x)}} = 0 \\;\\Rightarrow\\; T_c = \\frac{{\\Omega}}{{2R}}$$

$$T_c = \\frac{{22\\,000}}{{2 \\times 8.314}} = {g(Tc, 4)} \\mathrm{{~K}}$$

Above roughly $\\boxed{{{g(Tc, 4)}\\ \\mathrm{{K}}}}$ the solution is stable at all compositions.
""",
    float(g(Tc, 4)),
    "K",
)

# thermo_08 (correct): Clausius–Clapeyron, step list.
c = 115000 / R
d = 1 / 900 - 1 / 1180
lnp = -c * d
p = math.exp(lnp)
add(
    "h3_thermo_08",
    f"""
Step 1: Clausius–Clapeyron between the normal boiling point (1 atm, 1180 K) and 900 K:
ln(p₂/p₁) = −(ΔH_vap/R)(1/T₂ − 1/T₁)

Step 2: ΔH_vap/R = 115 000/8.314 = {sp(c, 5)} K; 1/900 − 1/1180 = {uni(d, 4)} K⁻¹

Step 3: ln(p/1 atm) = −{sp(c, 5)} × {uni(d, 4)} = {g(lnp, 4)} → p = {g(p, 4)} atm

Step 4: 1 atm = 101.325 kPa, so p = {g(p, 4)} × 101.325 = {g(p * 101.325, 3)} kPa

The vapour pressure of zinc at 900 K is ≈ {g(p * 101.325, 3)} kPa.
""",
    float(g(p * 101.325, 3)),
    "kPa",
)

# ---------------------------------------------------------------- electrical

# elec_01 (unit_conversion: Ω·m → Ω·cm divided by 100).
sig = 2.4e19 * E_CH * (0.38 + 0.18)
rho = 1 / sig
add(
    "h3_elec_01",
    f"""
For an intrinsic semiconductor σ = n_i |e| (μ_e + μ_h).

σ = (2.4 × 10¹⁹ m⁻³)(1.602 × 10⁻¹⁹ C)(0.38 + 0.18 m²/V·s)
  = {g(sig, 4)} (Ω·m)⁻¹

ρ = 1/σ = {g(rho, 4)} Ω·m

Converting to Ω·cm (1 m = 100 cm): ρ = {g(rho, 4)}/100 = {g(rho / 100, 3)} Ω·cm

Final answer: ρ ≈ {g(rho / 100, 3)} Ω·cm
""",
    float(g(rho / 100, 3)),
    "ohm*cm",
    "unit_conversion",
    f"Step 3: 1 Ω·m = 100 Ω·cm, so multiply: ρ = {g(rho * 100, 4)} Ω·cm",
)

# elec_02 (correct): markdown bullets, S/m.
sig = 1.0e22 * E_CH * 0.125
add(
    "h3_elec_02",
    f"""
Phosphorus is a donor, and with N_D = 10¹⁶ cm⁻³ ≫ n_i the material is extrinsic n-type:

- n ≈ N_D = 1.0 × 10¹⁶ cm⁻³ = 1.0 × 10²² m⁻³
- p = n_i²/n = 10⁴ cm⁻³ (negligible)
- μ_e = 1 250 cm²/(V·s) = 0.125 m²/(V·s)

σ ≈ n|e|μ_e = (1.0 × 10²²)(1.602 × 10⁻¹⁹)(0.125) = **{g(sig, 4)} S/m**
""",
    float(g(sig, 4)),
    "S/m",
)

# elec_06 (wrong_constant: ε₀ taken as 8.854 × 10⁻¹⁴, the F/cm value, with SI lengths).
Cw = 6.0 * 8.854e-14 * 4.0e-4 / 2.5e-4
add(
    "h3_elec_06",
    f"""
$$C = \\frac{{\\varepsilon_r \\varepsilon_0 A}}{{d}}$$

- $\\varepsilon_r = 6.0$
- $\\varepsilon_0 = 8.854 \\times 10^{{-14}}$ F/m
- $A = 4.0 \\mathrm{{~cm^2}} = 4.0 \\times 10^{{-4}} \\mathrm{{~m^2}}$
- $d = 0.25 \\mathrm{{~mm}} = 2.5 \\times 10^{{-4}} \\mathrm{{~m}}$

$$C = \\frac{{(6.0)(8.854 \\times 10^{{-14}})(4.0 \\times 10^{{-4}})}}{{2.5 \\times 10^{{-4}}}} = {tex(Cw, 3)} \\mathrm{{~F}}$$

$$C \\approx {g(Cw * 1e12, 3)} \\mathrm{{~pF}}$$
""",
    float(g(Cw * 1e12, 3)),
    "pF",
    "wrong_constant",
    "Step 1: ε₀ = 8.854×10⁻¹² F/m (8.854×10⁻¹⁴ is per cm); C = 8.50×10⁻¹¹ F = 85.0 pF",
)

# elec_08 (correct): Unicode, µΩ·cm.
rho_i = 1.25e-6 * 0.03 * 0.97
rho = 1.69e-8 + rho_i
add(
    "h3_elec_08",
    f"""
Matthiessen's rule: ρ_total = ρ_t + ρ_i (deformation term neglected).

Impurity contribution:
ρ_i = A c_i (1 − c_i) = 1.25 × 10⁻⁶ Ω·m × 0.03 × 0.97 = {uni(rho_i, 4)} Ω·m

Total:
ρ = 1.69 × 10⁻⁸ + {uni(rho_i, 4)} = {uni(rho, 4)} Ω·m

Since 1 µΩ·cm = 10⁻⁸ Ω·m → ρ ≈ {g(rho * 1e8, 3)} µΩ·cm
""",
    float(g(rho * 1e8, 3)),
    "microohm*cm",
)

# ---------------------------------------------------------------- magnetic

# mag_01 (correct): TeX steps.
N = 8.90 * NA / 58.93 * 1e6
Ms = 1.72 * MU_B * N
add(
    "h3_mag_01",
    f"""
**Step 1: atoms per m³**

$$N = \\frac{{\\rho N_A}}{{A}} = \\frac{{(8.90)(6.022 \\times 10^{{23}})}}{{58.93}} = {tex(N / 1e6, 4)} \\mathrm{{~cm^{{-3}}}} = {tex(N, 4)} \\mathrm{{~m^{{-3}}}}$$

**Step 2: saturation magnetisation**

$$M_s = (\\text{{Bohr magnetons/atom}})\\,\\mu_B\\,N = (1.72)(9.274 \\times 10^{{-24}})({tex(N, 4)})$$

$$M_s = {tex(Ms, 3)} \\mathrm{{~A/m}}$$
""",
    val(Ms, 3),
    "A/m",
)

# mag_02 (missing_factor: relative permeability left out).
H = 150 * 0.50 / 0.30
Bw = MU_0 * H
add(
    "h3_mag_02",
    f"""
Step 1: Field strength inside the solenoid
H = NI/l = (150 × 0.50 A)/0.30 m = {g(H, 3)} A/m

Step 2: Flux density
B = μ₀H = (4π × 10⁻⁷ H/m)({g(H, 3)} A/m) = {uni(Bw, 3)} T

Therefore B ≈ {uni(Bw, 3)} T in the core.
""",
    val(Bw, 3),
    "T",
    "missing_factor",
    f"Step 2: the core's μ_r = 2000 is dropped; B = μ₀μ_rH = {g(MU_0 * 2000 * H, 4)} T",
)

# mag_03 (correct): plain text, density flagged as not needed.
H = 0.50 / MU_0
M = 2.2e-5 * H
add(
    "h3_mag_03",
    f"""
The applied field strength is H = B₀/μ₀ = 0.50 T / (4π × 10⁻⁷ T·m/A) = {uni(H, 3)} A/m.

Magnetisation: M = χ_m H = 2.2 × 10⁻⁵ × {uni(H, 3)} A/m = {g(M, 3)} A/m.

(The density of aluminium isn't needed since χ_m is the volume susceptibility.)

M ≈ {g(M, 3)} A/m
""",
    float(g(M, 3)),
    "A/m",
)

# mag_05 (correct): bare number final.
add(
    "h3_mag_05",
    """
Hysteresis power = (energy per cycle per volume) × frequency × volume

P = 250 J/m³ × 60 s⁻¹ × 1.2 × 10⁻³ m³ = 18 J/s

18 W
""",
    18.0,
    "W",
)

# mag_07 (wrong_formula: (1 − T/T_c) without the square).
Hw = 6.5e4 * (1 - 4.2 / 7.19)
add(
    "h3_mag_07",
    f"""
The critical field depends on temperature as

$H_C(T) = H_C(0)\\left[1 - \\dfrac{{T}}{{T_C}}\\right]$

With $T = 4.2$ K and $T_C = 7.19$ K: $T/T_C = {g(4.2 / 7.19, 4)}$

$H_C = 6.5 \\times 10^4 \\times (1 - {g(4.2 / 7.19, 4)}) = 6.5 \\times 10^4 \\times {g(1 - 4.2 / 7.19, 4)}$

$H_C \\approx {tex(Hw, 3)}$ A/m
""",
    val(Hw, 3),
    "A/m",
    "wrong_formula",
    "Step 1: H_C(T) = H_C(0)[1 − (T/T_C)²]; the square is missing. H_C = "
    f"{uni(6.5e4 * (1 - (4.2 / 7.19) ** 2), 3)} A/m",
)

# mag_08 (wrong_quantity: answers the relative permeability).
mur = 1.0 / (MU_0 * 40000)
add(
    "h3_mag_08",
    f"""
B = μ₀ μ_r H, so

μ_r = B/(μ₀ H) = 1.0 / (4π × 10⁻⁷ × 40 000) = 1.0 / {g(MU_0 * 40000, 4)} = {g(mur, 4)}

The magnetic susceptibility is therefore about **{g(mur, 4)}**.
""",
    float(g(mur, 4)),
    "dimensionless",
    "wrong_quantity",
    f"Step 2: reports μ_r; χ_m = μ_r − 1 = {g(mur - 1, 4)}",
)

# ---------------------------------------------------------------- optical

# opt_01 (correct): short, one decimal.
thc = math.degrees(math.asin(1 / 1.52))
add(
    "h3_opt_01",
    f"""
Total internal reflection starts at the critical angle, where the refracted ray grazes the surface
(θ₂ = 90°):

n₁ sin θ_c = n₂ → sin θ_c = 1.00/1.52 = {g(1 / 1.52, 4)}

θ_c = arcsin({g(1 / 1.52, 4)}) = {thc:.1f}°
""",
    round(thc, 1),
    "degree",
)

# opt_02 (correct): TeX, percent.
Rf = (0.76 / 2.76) ** 2
add(
    "h3_opt_02",
    f"""
For normal incidence from air ($n_0 = 1$) the reflectance is

$$R = \\left(\\frac{{n_s - 1}}{{n_s + 1}}\\right)^2 = \\left(\\frac{{1.76 - 1}}{{1.76 + 1}}\\right)^2 = \\left(\\frac{{0.76}}{{2.76}}\\right)^2 = ({g(0.76 / 2.76, 4)})^2 = {g(Rf, 4)}$$

So about **{g(Rf * 100, 3)}%** of the light is reflected.
""",
    float(g(Rf * 100, 3)),
    "percent",
)

# opt_03 (correct): Python snippet with constants.
h, c, eV = 6.626e-34, 2.998e8, 1.602e-19
lam = h * c / (3.54 * eV) * 1e9
add(
    "h3_opt_03",
    f"""
The longest absorbable wavelength corresponds to a photon energy equal to the band gap:
λ_max = hc/E_g.

```python
h, c, eV = 6.626e-34, 2.998e8, 1.602e-19
E_g = 3.54 * eV            # J
lam = h * c / E_g          # m
print(lam * 1e9)           # nm -> {lam:.1f}
```

**λ_max ≈ {g(lam, 3)} nm** (near-UV), so ZnS is transparent to visible light.
""",
    float(g(lam, 3)),
    "nm",
)

# opt_05 (wrong_formula: vacuum wavelength taken as λ/n instead of nλ).
l0w = 350 / 1.60
Ew = HC_EV_NM / l0w
add(
    "h3_opt_05",
    f"""
Step 1: Photon energy is set by the frequency, which does not change on entering the glass, so we
need the vacuum wavelength: λ₀ = λ/n = 350 nm / 1.60 = {g(l0w, 4)} nm.

Step 2: E = hc/λ₀ = 1239.84 eV·nm / {g(l0w, 4)} nm = {g(Ew, 3)} eV

Therefore the photon energy is ≈ {g(Ew, 3)} eV.
""",
    float(g(Ew, 3)),
    "eV",
    "wrong_formula",
    "Step 1: in a medium λ = λ₀/n, so λ₀ = nλ = 560 nm; E = 1239.84/560 = "
    f"{g(HC_EV_NM / 560, 4)} eV",
)

# opt_06 (correct): numerical aperture.
NAp = math.sqrt(1.48**2 - 1.46**2)
tha = math.degrees(math.asin(NAp))
add(
    "h3_opt_06",
    f"""
The acceptance half-angle in air is given by the numerical aperture:

$$\\sin\\theta_a = \\mathrm{{NA}} = \\sqrt{{n_1^2 - n_2^2}} = \\sqrt{{1.48^2 - 1.46^2}} = \\sqrt{{{g(1.48**2 - 1.46**2, 3)}}} = {g(NAp, 4)}$$

$$\\theta_a = \\arcsin({g(NAp, 4)}) \\approx {g(tha, 3)}^{{\\circ}}$$
""",
    float(g(tha, 3)),
    "degree",
)

# opt_08 (missing_factor: reflection loss counted at one face only).
Tw = 0.96 * math.exp(-0.015 * 8)
add(
    "h3_opt_08",
    f"""
**Reflectance at an air/glass interface:** R = ((n − 1)/(n + 1))² = (0.5/2.5)² = 0.04

**Absorption through the plate:** e^(−βx) = e^(−0.015 × 8) = e^(−0.12) = {g(math.exp(-0.12), 4)}

**Transmitted fraction:**
I_T/I₀ = (1 − R) e^(−βx) = 0.96 × {g(math.exp(-0.12), 4)} = {g(Tw, 4)}

≈ **{g(Tw * 100, 3)} %** of the incident light is transmitted.
""",
    float(g(Tw * 100, 3)),
    "percent",
    "missing_factor",
    "Step 3: light loses 4 % at each of the two faces, (1 − R)² = 0.9216; "
    f"I_T/I₀ = {g(0.9216 * math.exp(-0.12) * 100, 4)} %",
)

# ---------------------------------------------------------------- thermal

# therm_01 (correct): bare answer, no unit on the last line.
dl = 20.0e-6 * 400 * 70
add(
    "h3_therm_01",
    f"""
Δl = α_l l₀ ΔT

ΔT = 85 − 15 = 70 °C, l₀ = 0.400 m = 400 mm

Δl = (20.0 × 10⁻⁶ °C⁻¹)(400 mm)(70 °C) = {g(dl, 2)} mm

Answer: {g(dl, 2)}
""",
    float(g(dl, 2)),
    "mm",
)

# therm_02 (sign_error: ΔT = 40 + (−20) = 20 °C).
sw = 207e3 * 12.0e-6 * 20
add(
    "h3_therm_02",
    f"""
When a rod is held at fixed length, the thermal stress is σ = E α_l ΔT.

- E = 207 GPa = 207 000 MPa
- α_l = 12.0 × 10⁻⁶ °C⁻¹
- ΔT = T₀ + T_f = 40 + (−20) = 20 °C

σ = 207 000 × 12.0 × 10⁻⁶ × 20 = {g(sw, 3)} MPa

The density and thermal conductivity are not needed. The rails carry a tensile stress of about
**{g(sw, 3)} MPa** on the winter day.
""",
    float(g(sw, 3)),
    "MPa",
    "sign_error",
    "Step 1 (third bullet, ΔT): the temperature change is 40 − (−20) = 60 °C; σ = "
    f"{g(207e3 * 12e-6 * 60, 4)} MPa",
)

# therm_03 (correct): spaced thousands.
q = 51.9 * 200 / 0.012
add(
    "h3_therm_03",
    f"""
Fourier's law for steady one-dimensional conduction:

q = k ΔT/Δx = 51.9 W/(m·K) × (300 − 100) K / 0.012 m

q = {sp(q, 3)} W/m²

Dividing by 1000: q ≈ {g(q / 1000, 3)} kW/m²
""",
    float(g(q / 1000, 3)),
    "kW/m**2",
)

# therm_04 (arithmetic_slip: 1 568 × 230 written as 313 600).
add(
    "h3_therm_04",
    """
Q = m c ΔT

Step 1: ΔT = 250 − 20 = 230 K
Step 2: m·c = 3.5 kg × 448 J/(kg·K) = 1 568 J/K
Step 3: Q = 1 568 J/K × 230 K = 313 600 J

Therefore Q ≈ 313.6 kJ.
""",
    313.6,
    "kJ",
    "arithmetic_slip",
    "Step 3: 1 568 × 230 = 360 640 J, not 313 600 J; Q = 360.6 kJ",
)

# therm_07 (correct): Wiedemann–Franz with °C → K.
k = 2.44e-8 * 293.15 / 2.35e-8
add(
    "h3_therm_07",
    f"""
The Wiedemann–Franz law gives $L = \\dfrac{{k}}{{\\sigma T}} = \\dfrac{{k\\rho}}{{T}}$, hence

$$k = \\frac{{L T}}{{\\rho}} = \\frac{{(2.44 \\times 10^{{-8}})(293.15)}}{{2.35 \\times 10^{{-8}}}}$$

(with $T = 20^{{\\circ}}\\mathrm{{C}} = 293.15$ K)

$$k \\approx {g(k, 3)}\\ \\mathrm{{W/(m \\cdot K)}}$$
""",
    float(g(k, 3)),
    "W/(m*K)",
)

# ---------------------------------------------------------------- polymers

# poly_03 (wrong_quantity: stops at the number average).
Mn = 0.25 * 15000 + 0.45 * 25000 + 0.30 * 40000
add(
    "h3_poly_03",
    f"""
**Given (number fractions x_i):**
- x₁ = 0.25, M₁ = 15 000 g/mol
- x₂ = 0.45, M₂ = 25 000 g/mol
- x₃ = 0.30, M₃ = 40 000 g/mol

**Average molecular weight**

M̄ = Σ x_i M_i = 0.25(15 000) + 0.45(25 000) + 0.30(40 000)
  = 3 750 + 11 250 + 12 000
  = {sp(Mn, 5)} g/mol

**Answer:** M̄_w ≈ {sp(Mn, 5)} g/mol
""",
    Mn,
    "g/mol",
    "wrong_quantity",
    "Step 1: Σx_iM_i is the number average M̄_n; M̄_w = Σx_iM_i²/Σx_iM_i = "
    f"{sp((0.25 * 15000**2 + 0.45 * 25000**2 + 0.30 * 40000**2) / Mn, 4)} g/mol",
)

# poly_04 (correct): TeX fraction.
num_ = 1.455 * (1.390 - 1.335)
den_ = 1.390 * (1.455 - 1.335)
pc = num_ / den_ * 100
add(
    "h3_poly_04",
    f"""
Percent crystallinity from densities:

$$\\%\\,\\text{{crystallinity}} = \\frac{{\\rho_c(\\rho_s - \\rho_a)}}{{\\rho_s(\\rho_c - \\rho_a)}} \\times 100$$

where $\\rho_c = 1.455$, $\\rho_a = 1.335$ and $\\rho_s = 1.390\\ \\mathrm{{g/cm^3}}$.

$$= \\frac{{1.455\\,(1.390 - 1.335)}}{{1.390\\,(1.455 - 1.335)}} \\times 100 = \\frac{{{g(num_, 4)}}}{{{g(den_, 4)}}} \\times 100 = {g(pc, 3)}\\%$$

The PET bottle specimen is about **{g(pc, 3)}% crystalline**.
""",
    float(g(pc, 3)),
    "percent",
)

# poly_05 (missing_factor: one backbone bond per repeat unit instead of two).
DP = 280000 / 28.05
rw = 0.154 * math.sqrt(DP)
add(
    "h3_poly_05",
    f"""
Step 1: Repeat unit of polyethylene is C₂H₄, m = 2(12.01) + 4(1.008) = 28.05 g/mol.

Step 2: Degree of polymerisation: DP = 280 000/28.05 = {sp(DP, 4)}

Step 3: Number of backbone bonds N ≈ DP = {sp(DP, 4)}

Step 4: r = d√N = 0.154 nm × √{sp(DP, 4)} = 0.154 × {g(math.sqrt(DP), 4)} = {g(rw, 3)} nm

The average end-to-end distance is about {g(rw, 3)} nm.
""",
    float(g(rw, 3)),
    "nm",
    "missing_factor",
    "Step 3: each C₂H₄ repeat unit adds two C–C backbone bonds, N = 2·DP = 19 964; "
    f"r = {g(0.154 * math.sqrt(2 * DP), 4)} nm",
)

# poly_06 (correct): plain numbered list, kPa.
tau = 60 / math.log(3.5 / 2.0)
s600 = 3.5 * math.exp(-600 / tau)
add(
    "h3_poly_06",
    f"""
1. Relaxation time from the first 60 s:
   2.0 = 3.5 exp(−60/τ) → τ = 60/ln(3.5/2.0) = 60/{g(math.log(1.75), 4)} = {g(tau, 4)} s
2. After 10 min = 600 s:
   σ = 3.5 MPa × exp(−600/{g(tau, 4)}) = 3.5 × {uni(math.exp(-600 / tau), 3)} = {g(s600, 3)} MPa
3. In kPa: {g(s600, 3)} MPa × 1000 = {g(s600 * 1000, 3)} kPa

σ(10 min) ≈ {g(s600 * 1000, 3)} kPa
""",
    float(g(s600 * 1000, 3)),
    "kPa",
)

# poly_07 (percent_fraction: the fraction 0.416 written as 0.416 %).
mS = 8 * 12.01 + 8 * 1.008
mB = 4 * 12.01 + 6 * 1.008
mbar = 250000 / 3000
fB = (mS - mbar) / (mS - mB)
add(
    "h3_poly_07",
    f"""
The average repeat-unit molecular weight is m̄ = M̄_n/DP = 250 000/3 000 = {g(mbar, 4)} g/mol.

Repeat units: styrene C₈H₈ = {g(mS, 5)} g/mol, butadiene C₄H₆ = {g(mB, 4)} g/mol.

With f_B the butadiene fraction: m̄ = f_B m_B + (1 − f_B) m_S, so

f_B = (m_S − m̄)/(m_S − m_B) = ({g(mS, 5)} − {g(mbar, 4)})/({g(mS, 5)} − {g(mB, 4)}) = {g(mS - mbar, 4)}/{g(mS - mB, 4)} = {g(fB, 3)}

Butadiene fraction ≈ {g(fB, 3)} %
""",
    float(g(fB, 3)),
    "percent",
    "percent_fraction",
    f"Step 4: f_B = {g(fB, 3)} is a fraction; as a percentage it is {g(fB * 100, 3)} %",
)

# poly_08 (correct): step list with unit conversions.
Vn = 0.741 * 0.494 * 0.255
rho = 2 * 28.05 / (Vn * 1e-21 * NA)
add(
    "h3_poly_08",
    f"""
Step 1: Unit-cell volume
V = abc = 0.741 × 0.494 × 0.255 nm³ = {g(Vn, 4)} nm³ = {uni(Vn * 1e-21, 4)} cm³

Step 2: Mass in the cell
Two C₂H₄ units: n·A = 2 × 28.05 g/mol = 56.10 g/mol

Step 3: Density
ρ = nA/(V N_A) = 56.10/({uni(Vn * 1e-21, 4)} × 6.022 × 10²³) = {g(rho, 3)} g/cm³

Therefore ρ_c ≈ {g(rho, 3)} g/cm³.
""",
    float(g(rho, 3)),
    "g/cm**3",
)

# poly_09 (final_miscopied: exponent written as −4 in the answer line).
la = -17.44 * 20 / (51.6 + 20)
aT = 10**la
add(
    "h3_poly_09",
    f"""
WLF equation:

$$\\log a_T = \\frac{{-C_1 (T - T_g)}}{{C_2 + (T - T_g)}} = \\frac{{-17.44 \\times 20}}{{51.6 + 20}} = \\frac{{-348.8}}{{71.6}} = {g(la, 4)}$$

$$a_T = 10^{{{g(la, 4)}}} = {tex(aT, 3)}$$

**Answer:** $a_T \\approx 1.34 \\times 10^{{-4}}$
""",
    1.34e-4,
    "dimensionless",
    "final_miscopied",
    f"Answer line: the computed a_T = {uni(aT, 3)} is copied with exponent −4",
)

# ---------------------------------------------------------------- ceramics and composites

# cc_01 (correct): short.
Ec = 3.4 * 0.55 + 72.5 * 0.45
add(
    "h3_cc_01",
    f"""
Longitudinal (isostrain) rule of mixtures:

E_cl = E_m V_m + E_f V_f = 3.4 GPa × 0.55 + 72.5 GPa × 0.45 = {g(3.4 * 0.55, 3)} + {g(72.5 * 0.45, 4)}

E_cl ≈ {g(Ec, 3)} GPa
""",
    float(g(Ec, 3)),
    "GPa",
)

# cc_02 (wrong_formula: the longitudinal rule of mixtures for the transverse modulus).
Ew = 0.55 * 230 + 0.45 * 3.4
add(
    "h3_cc_02",
    f"""
For an aligned continuous-fibre composite the modulus follows the rule of mixtures:

$$E_c = E_f V_f + E_m V_m$$

$$E_c = (230)(0.55) + (3.4)(0.45) = {g(230 * 0.55, 4)} + {g(3.4 * 0.45, 3)} = {g(Ew, 4)} \\mathrm{{~GPa}}$$

$$\\boxed{{E \\approx {g(Ew, 4)}\\ \\mathrm{{GPa}}}}$$
""",
    float(g(Ew, 4)),
    "GPa",
    "wrong_formula",
    "Step 1: perpendicular to the fibres the isostress (inverse) rule applies, "
    f"1/E_ct = 0.55/230 + 0.45/3.4; E_ct = {g(1 / (0.55 / 230 + 0.45 / 3.4), 4)} GPa",
)

# cc_06 (correct): quadratic solved, percent.
r = 300 / 380
disc = 1.9**2 - 4 * 0.9 * (1 - r)
P = (1.9 - math.sqrt(disc)) / 1.8
add(
    "h3_cc_06",
    f"""
Set E/E₀ = 300/380 = {g(r, 4)}:

0.9P² − 1.9P + 1 = {g(r, 4)} → 0.9P² − 1.9P + {g(1 - r, 4)} = 0

P = [1.9 ± √(1.9² − 4(0.9)({g(1 - r, 4)}))]/(2 × 0.9) = [1.9 ± √{g(disc, 4)}]/1.8 = [1.9 ± {g(math.sqrt(disc), 4)}]/1.8

The "+" root (P ≈ {g((1.9 + math.sqrt(disc)) / 1.8, 3)}) is unphysical, so P = {g(P, 4)}.

Volume-fraction porosity ≈ {g(P * 100, 3)} %
""",
    float(g(P * 100, 3)),
    "percent",
)

# cc_07 (given_miscopied: width and thickness swapped).
sw = 3 * 950 * 40 / (2 * 5 * 10**2)
add(
    "h3_cc_07",
    f"""
For a rectangular cross-section in three-point bending:

σ_fs = 3F_f L / (2bd²)

where F_f = 950 N, L = 40 mm, b = 5 mm (width) and d = 10 mm (thickness).

σ_fs = (3 × 950 × 40)/(2 × 5 × 10²) = 114 000/1 000 = {g(sw, 3)} N/mm²

Since 1 N/mm² = 1 MPa, the flexural strength is **{g(sw, 3)} MPa**. (The elastic modulus is not
needed.)
""",
    float(g(sw, 3)),
    "MPa",
    "given_miscopied",
    "Step 1: the bar is 10 mm wide (b) and 5 mm thick (d); σ_fs = 114 000/(2 × 10 × 25) = 228 MPa",
)

# ---------------------------------------------------------------- corrosion

# corr_01 (missing_factor: n = 2 electrons left out of Faraday's law).
mw = 3.0 * 7200 * 63.55 / F
add(
    "h3_corr_01",
    f"""
Faraday's law:

m = I t A / (n F)

**Step 1.** Charge passed: Q = I t = 3.0 A × 2.0 h × 3600 s/h = 21 600 C

**Step 2.** Moles of electrons: 21 600/96 485 = {g(21600 / F, 4)} mol

**Step 3.** Mass of copper: {g(21600 / F, 4)} mol × 63.55 g/mol = {g(mw, 4)} g

Therefore about **{g(mw, 3)} g** of Cu is deposited.
""",
    float(g(mw, 3)),
    "g",
    "missing_factor",
    f"Step 3: Cu²⁺ needs two electrons per atom, moles of Cu = 0.2239/2; m = {g(mw / 2, 4)} g",
)

# corr_02 (wrong_constant: 0.0592/n used with a natural logarithm).
dV0 = -0.250 - (-0.403)
tw = 0.0592 / 2 * math.log(0.50 / 0.020)
Vw = dV0 - tw
add(
    "h3_corr_02",
    f"""
**Standard cell potential.** Ni²⁺/Ni (−0.250 V) is the nobler couple, so Ni is reduced and Cd is
oxidised:

ΔV° = −0.250 − (−0.403) = 0.153 V

**Nernst equation** (n = 2, 25 °C):

$$\\Delta V = \\Delta V^\\circ - \\frac{{0.0592}}{{n}} \\ln\\frac{{[\\mathrm{{Cd^{{2+}}}}]}}{{[\\mathrm{{Ni^{{2+}}}}]}} = 0.153 - \\frac{{0.0592}}{{2}} \\ln\\frac{{0.50}}{{0.020}}$$

$$= 0.153 - 0.0296 \\times {g(math.log(25), 4)} = 0.153 - {g(tw, 3)} = {g(Vw, 3)} \\mathrm{{~V}}$$

**Cell potential ≈ {g(Vw, 3)} V**
""",
    float(g(Vw, 3)),
    "V",
    "wrong_constant",
    "Step 2: 0.0592 V is 2.303RT/F and goes with log₁₀ (with ln use RT/F = 0.02569 V); "
    f"ΔV = 0.153 − 0.0296 log 25 = {g(dV0 - 0.0592 / 2 * math.log10(25), 3)} V",
)

# corr_03 (correct): TeX + Unicode mix, two conversion steps.
cph = 0.018 / (7.13 * 25 * 96)
cpy = cph * 24 * 365 * 10
add(
    "h3_corr_03",
    f"""
Corrosion penetration rate: CPR = W/(ρAt).

- W = 18 mg = 0.018 g, ρ = 7.13 g/cm³, A = 25 cm², t = 96 h

CPR = 0.018/(7.13 × 25 × 96) = {uni(cph, 4)} cm/h

Per year: {uni(cph, 4)} × 8760 h = {uni(cph * 8760, 3)} cm/yr; × 10 mm/cm →

CPR ≈ {g(cpy, 3)} mm/yr
""",
    float(g(cpy, 3)),
    "mm/year",
)

# corr_04 (unit_conversion: A/cm² → A/m² with a factor 100).
yr = 365.25 * 24 * 3600
mass_rate = 0.012 * 7.13  # g cm-2 yr-1
mol_rate = mass_rate / 65.38
i_cm2 = 2 * F * mol_rate / yr
add(
    "h3_corr_04",
    f"""
Step 1: Penetration rate 0.12 mm/yr = 0.012 cm/yr.

Step 2: Mass loss rate per area = 0.012 cm/yr × 7.13 g/cm³ = {g(mass_rate, 4)} g cm⁻² yr⁻¹
→ moles: {g(mass_rate, 4)}/65.38 = {uni(mol_rate, 4)} mol cm⁻² yr⁻¹

Step 3: Current density (n = 2, 1 yr = 3.156 × 10⁷ s):
i = nF × rate = 2 × 96 485 × {uni(mol_rate, 4)}/3.156 × 10⁷ = {uni(i_cm2, 3)} A/cm²

Step 4: 1 cm² = 10⁻² m², so i = {uni(i_cm2, 3)} × 100 = {uni(i_cm2 * 100, 3)} A/m²
""",
    val(i_cm2 * 100, 3),
    "A/m**2",
    "unit_conversion",
    f"Step 4: 1 m² = 10⁴ cm², so multiply by 10⁴: i = {g(i_cm2 * 1e4, 4)} A/m²",
)

# corr_05 (correct): bare final number.
pb = 101.96 * 2.70 / (2 * 26.98 * 3.95)
add(
    "h3_corr_05",
    f"""
P–B ratio = A_O ρ_M / (a A_M ρ_O), where a = 2 metal atoms per Al₂O₃ formula unit.

= (101.96 × 2.70)/(2 × 26.98 × 3.95) = {g(101.96 * 2.70, 4)}/{g(2 * 26.98 * 3.95, 4)}

{pb:.2f}
""",
    round(pb, 2),
    "dimensionless",
)

# corr_07 (correct): negative answer in mV.
E = -2.303 * R * 298.15 / F * 4.5
add(
    "h3_corr_07",
    f"""
For 2H⁺ + 2e⁻ → H₂ at p_H₂ = 1 atm the Nernst equation reduces to

E = E° − (2.303RT/F)·pH = 0 − (2.303 × 8.314 × 298.15/96 485) × 4.5

2.303RT/F = {g(2.303 * R * 298.15 / F, 4)} V, so E = −{g(2.303 * R * 298.15 / F, 4)} × 4.5 = {g(E, 3)} V

**E ≈ −{g(-E * 1000, 3)} mV vs SHE**
""",
    float(g(E * 1000, 3)),
    "mV",
)

# corr_08 (final_miscopied: the boxed value drops a zero).
i = 1e-10 * 10 ** (0.35 / 0.10)
add(
    "h3_corr_08",
    f"""
Tafel relation for activation polarisation:

$$\\eta = \\beta \\log\\frac{{i}}{{i_0}} \\quad\\Rightarrow\\quad i = i_0 \\cdot 10^{{\\eta/\\beta}}$$

$$i = (10^{{-10}} \\mathrm{{~A/cm^2}}) \\times 10^{{0.35/0.10}} = 10^{{-10}} \\times 10^{{3.5}} = {tex(i, 3)} \\mathrm{{~A/cm^2}}$$

Converting with $1 \\mathrm{{~cm^2}} = 10^{{-4}} \\mathrm{{~m^2}}$: ${tex(i, 3)} \\times 10^4 = {tex(i * 1e4, 3)} \\mathrm{{~A/m^2}}$

$$\\boxed{{i \\approx 0.0316 \\mathrm{{~A/m^2}}}}$$
""",
    0.0316,
    "A/m**2",
    "final_miscopied",
    f"Answer line: {uni(i * 1e4, 3)} A/m² is 0.00316 A/m², copied as 0.0316",
)

if __name__ == "__main__":
    SET.write()
