"""Build tests/data/worked_answers_heldout12.jsonl: blind worked answers to 20 questions of set M.

Written blind to 20 questions of ``answer_exam_heldout12.json`` (exam set M), covering all its
fourteen topics and skipping the must-refuse items; the answer engine, its checker and its solver
were not read. Every question has two responses: one correct throughout, and one with exactly one
labelled mistake (``worked_answers_check.ERROR_CLASSES``) whose note names the first wrong step and
the value it should have had. Twelve of the twenty mistakes are physics or chemistry errors carried
through with clean arithmetic (unit-cell volumes compared without the atoms per cell, log₁₀ used for
ln in the vacancy temperature, °C used as K in the Arrhenius time ratio, the minus sign of the
Poisson contraction dropped, the half-length a given for the total length 2a of an internal crack,
the total α given for the eutectic α, the Avrami equation rearranged with y for 1 − y, χ taken
proportional to T in Curie's law, the half-life used as the decay time constant, the repeat unit
of poly(methyl acrylate) used for PMMA, the fibre radius put in the place of the diameter in the
critical length, the cell voltage given for the anode potential); the other eight are slips (an
exponent slip in a cube, an arithmetic slip in 1200 + 273, μ₀ quoted as 1.257 × 10⁻⁷ H/m, an
m²→cm² slip, a mis-copied final exponent, a mis-copied thermal conductivity, lbf converted with the
lb→kg factor, a fraction where a percentage is asked).

Writing styles copied from chat models: "### Step" markdown with bullets, TeX display maths
closing with ``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains,
a "Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. Constants are quoted with their values. Six responses (three right,
three wrong) close with a short sanity-check or hedging paragraph that quotes numbers other than
the final answer, and several restate a given in another, equivalent unit (12.0 mm as 0.0120 m,
0.505 in as 12.83 mm, 1 mm as 10⁶ nm, 2.0 mJ as 2.0 × 10⁻³ J). All numbers are computed below, and
intermediate values are rounded the way a model rounds them, so that only the labelled step is
wrong.

Run: ``python tests/data/build_worked_answers_heldout12.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout12``.
"""

from __future__ import annotations

import math

from worked_writing import E_CH, HC_EV_NM, K_EV, MU_0, NA, F, R, WorkedSet, sci, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout12", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


# ---------------------------------------------------------------- crystallography / XRD

# xrd_07: percentage volume change of Fe on BCC → FCC at 912 °C.
q = "h12a_crystallography_xrd_07"
vcb = 0.2898**3
vcf = 0.3646**3
vab = r(vcb / 2, 7)
vaf = r(vcf / 4, 7)
dv = (vaf - vab) / vab * 100
add(
    q,
    "markdown",
    f"""
### Step 1: Compare volume per atom
The two cells hold different numbers of atoms (BCC: 2, FCC: 4), so the volume change of the
metal must be computed per atom, not per cell.

### Step 2: BCC (a = 0.2898 nm)
- V_cell = a³ = (0.2898 nm)³ = {vcb:.7f} nm³
- V/atom = {vcb:.7f}/2 = **{vab:.7f} nm³**

### Step 3: FCC (a = 0.3646 nm)
- V_cell = (0.3646 nm)³ = {vcf:.7f} nm³
- V/atom = {vcf:.7f}/4 = **{vaf:.7f} nm³**

### Step 4: Percentage change
- ΔV/V = ({vaf:.7f} − {vab:.7f})/{vab:.7f} × 100 = {dv:.3f} %

**Answer:** ΔV/V ≈ {dv:.2f} % (a slight contraction on forming FCC)

Check: the FCC cell is {vcf / vcb:.4f} times the BCC cell, just under the factor of 2 in atoms \
per cell, so the volume per atom falls slightly on heating through 912 °C.
""",
    r(dv, 2),
    "percent",
)
dvw = (vcf - vcb) / vcb * 100
add(
    q,
    "terse",
    f"""
V_BCC = a³ = 0.2898³ = {vcb:.5f} nm³
V_FCC = a³ = 0.3646³ = {vcf:.5f} nm³
ΔV/V = (V_FCC − V_BCC)/V_BCC = ({vcf:.5f} − {vcb:.5f})/{vcb:.5f} = {dvw / 100:.4f}

ΔV/V ≈ +{dvw:.1f} %
""",
    r(dvw, 1),
    "percent",
    "wrong_formula",
    f"The cells hold 2 (BCC) and 4 (FCC) atoms; per atom V = {vab:.7f} and {vaf:.7f} nm³, "
    f"so ΔV/V = {dv:.2f} %",
)

# xrd_09: number of unit cells in a 1 mm cube of Al.
q = "h12a_crystallography_xrd_09"
vcell = (0.405e-9) ** 3
ncell = 1e-9 / vcell
add(
    q,
    "bare",
    f"""
Volume of one unit cell: V_c = a³ = (0.405 × 10⁻⁹ m)³ = {uni(vcell, 4)} m³

Volume of the cube: (1 mm)³ = (10⁻³ m)³ = 10⁻⁹ m³

Number of cells = 10⁻⁹/{uni(vcell, 4)} = {uni(ncell, 4)}

≈ {uni(ncell, 3)}
""",
    sci(ncell, 3),
    "",
)
edge = 1e6 / 0.405  # 1 mm = 10⁶ nm
ncw = ncell / 10
add(
    q,
    "prose",
    f"""
Along each edge of the cube there are 1 mm/0.405 nm unit cells. Since 1 mm = 10⁶ nm, this is 10⁶/0.405 = {uni(edge, 4)} cells per edge. The cube contains this number cubed: ({uni(edge, 4)})³ = {uni(ncw, 4)} unit cells (each holding four Al atoms, so about {uni(4 * ncw, 2)} atoms).

Therefore, the answer is approximately {uni(ncw, 3)} unit cells.
""",
    sci(ncw, 3),
    "",
    "arithmetic_slip",
    f"({uni(edge, 4)})³ = {2.469**3:.2f} × 10¹⁸ = {uni(ncell, 4)}, not {uni(ncw, 4)}: "
    f"N ≈ {uni(ncell, 3)}",
)

# ---------------------------------------------------------------- defects

# defects_08: temperature at which 1 site in 10⁴ is vacant in Al.
q = "h12a_defects_08"
ln4 = r(math.log(1e4), 4)
tk = 0.68 / (K_EV * ln4)
tc = tk - 273.15
add(
    q,
    "tex",
    f"""
The equilibrium vacancy fraction is

$$\\frac{{N_v}}{{N}} = \\exp\\left(-\\frac{{Q_v}}{{kT}}\\right) = 10^{{-4}} \\quad\\Rightarrow\\quad T = \\frac{{Q_v}}{{k \\ln(10^{{4}})}}$$

With $k = 8.617\\times10^{{-5}}\\ \\mathrm{{eV/K}}$ and $\\ln 10^4 = {ln4:.4f}$:

$$T = \\frac{{0.68}}{{(8.617\\times10^{{-5}})({ln4:.4f})}} = {tk:.1f}\\ \\mathrm{{K}}$$

Converting, $T = {tk:.1f} - 273.15 = {tc:.1f}\\,^\\circ\\mathrm{{C}}$ (below $T_m = 660\\,^\\circ\\mathrm{{C}}$, as it must be).

$$\\boxed{{T \\approx {tc:.0f}\\,^\\circ\\mathrm{{C}}}}$$
""",
    round(tc),
    "degC",
)
tkw = 0.68 / (K_EV * 4)
add(
    q,
    "given_first",
    f"""
**Given:** Q_v = 0.68 eV/atom, N_v/N = 10⁻⁴, k = 8.617 × 10⁻⁵ eV/K
**Find:** T in °C

- N_v/N = exp(−Q_v/kT), so Q_v/kT = log(10⁴) = 4
- T = Q_v/(4k) = 0.68/(4 × 8.617 × 10⁻⁵) = {tkw:.0f} K
- T = {tkw:.0f} − 273 = {tkw - 273:.0f} °C

**Answer:** T ≈ {tkw - 273:.0f} °C

Hmm, this is above the melting point of 660 °C, which suggests that a vacancy fraction of 10⁻⁴ \
is not reached in solid aluminium.
""",
    round(tkw - 273),
    "degC",
    "wrong_formula",
    f"Inverting the exponential needs ln(10⁴) = {ln4:.4f}, not log₁₀ = 4: T = {tk:.1f} K = "
    f"{tc:.0f} °C",
)

# defects_02: vacancies per cm³ in Ni at 1200 °C.
q = "h12a_defects_02"
n2 = r(8.90 * NA / 58.69, -19)
kt2 = r(K_EV * 1473, 5)
x2 = r(1.60 / kt2, 3)
e2 = math.exp(-x2)
nv2 = n2 * e2
add(
    q,
    "final_line",
    f"""
Number of atomic sites per cm³:
N = N_A ρ/A_Ni = (6.022 × 10²³ atoms/mol)(8.90 g/cm³)/(58.69 g/mol) = {uni(n2, 4)} cm⁻³

Absolute temperature: T = 1200 + 273 = 1473 K, so with k = 8.617 × 10⁻⁵ eV/K
kT = {kt2:.5f} eV and Q_v/kT = 1.60/{kt2:.5f} = {x2:.3f}

N_v = N exp(−Q_v/kT) = {uni(n2, 4)} × exp(−{x2:.3f}) = {uni(n2, 4)} × {uni(e2, 4)} = {uni(nv2, 3)} cm⁻³

**Final Answer:** N_v ≈ {uni(nv2, 3)} vacancies/cm³
""",
    sci(nv2, 3),
    "1/cm**3",
)
kt2w = r(K_EV * 1373, 5)
x2w = r(1.60 / kt2w, 3)
e2w = math.exp(-x2w)
nv2w = n2 * e2w
add(
    q,
    "markdown",
    f"""
### Step 1: Atomic sites per cm³
- N = N_A ρ/A = (6.022 × 10²³)(8.90)/58.69 = **{uni(n2, 4)} cm⁻³**

### Step 2: Thermal energy
- T = 1200 °C + 273 = 1373 K
- kT = (8.617 × 10⁻⁵ eV/K)(1373 K) = {kt2w:.5f} eV
- Q_v/kT = 1.60/{kt2w:.5f} = {x2w:.3f}

### Step 3: Vacancy concentration
- N_v = N exp(−Q_v/kT) = {uni(n2, 4)} × {uni(e2w, 4)} = **{uni(nv2w, 3)} cm⁻³**

**Answer:** about {uni(nv2w, 3)} vacancies per cubic centimetre
""",
    sci(nv2w, 3),
    "1/cm**3",
    "arithmetic_slip",
    f"1200 + 273 = 1473 K, not 1373 K: kT = {kt2:.5f} eV and N_v = {uni(nv2, 3)} cm⁻³",
)

# ---------------------------------------------------------------- diffusion

# diffusion_05: 10 h at 900 °C → time at 1000 °C, Q = 140 kJ/mol.
q = "h12a_diffusion_05"
qr = r(140e3 / R, 1)
inv = r(1 / 1173 - 1 / 1273, 9)
arg = r(qr * inv, 4)
ratio5 = r(math.exp(-arg), 4)
t5 = 10 * ratio5
add(
    q,
    "prose",
    f"""
Because the same concentration is reached at the same depth, the product Dt is the same at both temperatures, so t₂ = t₁ D₁/D₂. With D = D₀ exp(−Q/RT), the ratio is D₁/D₂ = exp[−(Q/R)(1/T₁ − 1/T₂)]. The temperatures are T₁ = 900 + 273 = 1173 K and T₂ = 1000 + 273 = 1273 K, and with R = 8.314 J/(mol·K), Q/R = 140 000/8.314 = {qr:.1f} K. Then 1/T₁ − 1/T₂ = 1/1173 − 1/1273 = {uni(inv, 4)} K⁻¹, so the exponent is {qr:.1f} × {uni(inv, 4)} = {arg:.4f} and D₁/D₂ = exp(−{arg:.4f}) = {ratio5:.4f}. Hence t₂ = 10 h × {ratio5:.4f} = {t5:.3f} h = {t5 * 60:.1f} min.

Therefore, the answer is about {t5 * 60:.0f} minutes.

As a check, the higher temperature should shorten the treatment, and a factor of about three for \
a 100 °C rise is typical of activation energies near 140 kJ/mol.
""",
    round(t5 * 60),
    "minute",
)
invw = r(1 / 900 - 1 / 1000, 9)
argw = r(qr * invw, 4)
ratio5w = r(math.exp(-argw), 4)
t5w = 10 * ratio5w
add(
    q,
    "tex",
    f"""
For equal diffusion results $D_1 t_1 = D_2 t_2$, so

$$t_2 = t_1 \\frac{{D_1}}{{D_2}} = t_1 \\exp\\left[-\\frac{{Q}}{{R}}\\left(\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}}\\right)\\right]$$

With $Q/R = 140\\,000/8.314 = {qr:.1f}\\ \\mathrm{{K}}$, $T_1 = 900$ and $T_2 = 1000$:

$$\\frac{{1}}{{900}} - \\frac{{1}}{{1000}} = {tex(invw, 4)}, \\qquad t_2 = 10\\ \\mathrm{{h}} \\times e^{{-{argw:.4f}}} = 10 \\times {ratio5w:.4f} = {t5w:.3f}\\ \\mathrm{{h}}$$

$$\\boxed{{t_2 \\approx {t5w * 60:.1f}\\ \\text{{min}}}}$$
""",
    r(t5w * 60, 1),
    "minute",
    "unit_conversion",
    f"The temperatures must be absolute, 1173 K and 1273 K: 1/T₁ − 1/T₂ = {uni(inv, 4)} K⁻¹, "
    f"D₁/D₂ = {ratio5:.4f}, t₂ = {t5 * 60:.0f} min",
)

# ---------------------------------------------------------------- mechanical properties

# mechanical_properties_02: change of diameter of a 12.0 mm steel rod under 20 kN, in µm.
q = "h12a_mechanical_properties_02"
a2 = r(math.pi * 0.006**2, 10)
s2 = r(20e3 / a2 / 1e6, 1)  # MPa
ez2 = r(s2 / 207e3, 7)
ex2 = r(-0.30 * ez2, 8)
dd2 = ex2 * 12.0e-3  # m
add(
    q,
    "given_first",
    f"""
**Given:** d₀ = 12.0 mm = 0.0120 m, F = 20 kN, E = 207 GPa, ν = 0.30
**Find:** Δd (µm), with sign

1. Area: A₀ = π(d₀/2)² = π(0.0060 m)² = {uni(a2, 4)} m²
2. Stress: σ = F/A₀ = 20 000/{uni(a2, 4)} = {s2:.1f} MPa
3. Axial strain: ε_z = σ/E = {s2:.1f}/207 000 = {uni(ez2, 4)}
4. Lateral strain: ε_x = −ν ε_z = −0.30 × {uni(ez2, 4)} = {uni(ex2, 4)}
5. Δd = ε_x d₀ = {uni(ex2, 4)} × 12.0 mm = {dd2 * 1e3:.6f} mm

**Answer:** Δd ≈ {dd2 * 1e6:.2f} µm (the diameter shrinks)
""",
    r(dd2 * 1e6, 2),
    "micrometer",
)
dd2w = -dd2
add(
    q,
    "final_line",
    f"""
The axial stress is σ = F/A₀ with A₀ = π(6.0 × 10⁻³ m)² = {uni(a2, 4)} m², so
σ = 20 000 N/{uni(a2, 4)} m² = {s2:.1f} MPa.

Axial strain: ε_z = σ/E = {s2:.1f} × 10⁶/(207 × 10⁹) = {uni(ez2, 4)}

Lateral strain from Poisson's ratio: ε_x = ν ε_z = 0.30 × {uni(ez2, 4)} = {uni(-ex2, 4)}

Δd = ε_x d₀ = {uni(-ex2, 4)} × 12.0 mm = {dd2w * 1e3:.6f} mm

**Final Answer:** Δd ≈ +{dd2w * 1e6:.2f} µm
""",
    r(dd2w * 1e6, 2),
    "micrometer",
    "sign_error",
    f"Poisson's ratio is ν = −ε_x/ε_z, so ε_x = −{uni(-ex2, 4)} and Δd = {dd2 * 1e6:.2f} µm "
    "(a contraction)",
)

# mechanical_properties_04: engineering stress on a 0.505 in specimen under 10 000 lbf, in MPa.
q = "h12a_mechanical_properties_04"
d4 = 0.505 * 25.4  # mm
a4 = r(math.pi * (d4 / 2) ** 2, 2)  # mm²
f4 = 10000 * 4.448
s4 = f4 / a4
add(
    q,
    "terse",
    f"""
d₀ = 0.505 in × 25.4 mm/in = {d4:.2f} mm
A₀ = π d₀²/4 = π({d4:.2f})²/4 = {a4:.2f} mm²
F = 10 000 lbf × 4.448 N/lbf = {f4:.0f} N
σ = F/A₀ = {f4:.0f}/{a4:.2f} = {s4:.1f} MPa

σ ≈ {s4:.0f} MPa
""",
    round(s4),
    "MPa",
)
f4w = 10000 * 0.4536
s4w = f4w / a4
add(
    q,
    "markdown",
    f"""
### Step 1: Cross-sectional area
- d₀ = 0.505 in = 0.505 × 25.4 = {d4:.2f} mm
- A₀ = π(d₀/2)² = π({d4 / 2:.3f} mm)² = **{a4:.2f} mm²**

### Step 2: Load in newtons
- 1 lbf = 0.4536 N, so F = 10 000 × 0.4536 = **{f4w:.0f} N**

### Step 3: Engineering stress
- σ = F/A₀ = {f4w:.0f} N/{a4:.2f} mm² = **{s4w:.1f} MPa** (1 N/mm² = 1 MPa)

**Answer:** σ ≈ {s4w:.1f} MPa

For reference, 10 000 lbf on 0.2003 in² is about 49 900 psi, which is a typical working level \
for a mild steel test bar.
""",
    r(s4w, 1),
    "MPa",
    "unit_conversion",
    f"1 lbf = 4.448 N (0.4536 is kg per lb): F = {f4:.0f} N and σ = {s4:.0f} MPa",
)

# ---------------------------------------------------------------- failure

# failure_02: maximum total length of an internal crack, in mm.
q = "h12a_failure_02"
sd = 520 / 2
term = r(26 / (1.1 * sd), 6)
ac = term**2 / math.pi  # m (half-length)
add(
    q,
    "tex",
    f"""
The design stress is $\\sigma = \\sigma_y/2 = 520/2 = {sd:.0f}\\ \\mathrm{{MPa}}$. For an internal crack of total length $2a$, fracture occurs when $K_{{Ic}} = Y\\sigma\\sqrt{{\\pi a}}$, so

$$a_c = \\frac{{1}}{{\\pi}}\\left(\\frac{{K_{{Ic}}}}{{Y\\sigma}}\\right)^2 = \\frac{{1}}{{\\pi}}\\left(\\frac{{26}}{{1.1 \\times {sd:.0f}}}\\right)^2 = \\frac{{({term:.6f})^2}}{{\\pi}} = {tex(ac, 4)}\\ \\mathrm{{m}}$$

The tolerable total length is twice the half-length:

$$2a_c = 2 \\times {ac * 1e3:.3f}\\ \\mathrm{{mm}} = {2 * ac * 1e3:.2f}\\ \\mathrm{{mm}}$$

$$\\boxed{{2a_c \\approx {2 * ac * 1e3:.2f}\\ \\mathrm{{mm}}}}$$
""",
    r(2 * ac * 1e3, 2),
    "mm",
)
add(
    q,
    "prose",
    f"""
With the design stress set at half the yield strength, σ = 260 MPa. The critical crack length follows from K_Ic = Yσ√(πa): a_c = (1/π)(K_Ic/Yσ)² = (1/π)(26/(1.1 × 260))² = (1/π)({term:.6f})² = {uni(ac, 4)} m, i.e. {ac * 1e3:.2f} mm.

Therefore, the answer is that the largest tolerable crack length is about {ac * 1e3:.2f} mm.
""",
    r(ac * 1e3, 2),
    "mm",
    "wrong_quantity",
    f"a_c = {ac * 1e3:.2f} mm is the half-length of an internal crack; its total length is "
    f"2a_c = {2 * ac * 1e3:.2f} mm",
)

# ---------------------------------------------------------------- phase diagrams

# phase_diagrams_02: mass fraction of eutectic α in Pb–40Sn just below 183 °C.
q = "h12a_phase_diagrams_02"
wat = r((97.8 - 40) / (97.8 - 18.3), 4)
wap = r((61.9 - 40) / (61.9 - 18.3), 4)
wae = wat - wap
add(
    q,
    "markdown",
    f"""
### Step 1: Total α (lever rule across α + β, 18.3 to 97.8 wt% Sn)
- W_α = (97.8 − 40)/(97.8 − 18.3) = 57.8/79.5 = **{wat:.4f}**

### Step 2: Primary (proeutectic) α (lever rule across α + L, 18.3 to 61.9 wt% Sn)
- W_α′ = (61.9 − 40)/(61.9 − 18.3) = 21.9/43.6 = **{wap:.4f}**

### Step 3: Eutectic α
- W_αe = W_α − W_α′ = {wat:.4f} − {wap:.4f} = **{wae:.4f}**

**Answer:** about {wae:.3f} of the alloy is eutectic α.
""",
    r(wae, 3),
    "",
)
add(
    q,
    "bare",
    f"""
Just below the eutectic temperature the alloy is α + β, with α at 18.3 wt% Sn and β at 97.8 wt% Sn. The lever rule gives

W_α = (C_β − C₀)/(C_β − C_α) = (97.8 − 40)/(97.8 − 18.3) = 57.8/79.5 = {wat:.4f}

{wat:.3f}
""",
    r(wat, 3),
    "",
    "wrong_quantity",
    f"{wat:.4f} is all the α; the eutectic α is W_α − W_α′ = {wat:.4f} − {wap:.4f} = {wae:.3f}",
)

# ---------------------------------------------------------------- transformations / kinetics

# transformations_kinetics_08: time for y = 0.25, n = 3, k = 7.0e-3 min⁻³, in s.
q = "h12a_transformations_kinetics_08"
l8 = r(-math.log(1 - 0.25), 5)
t3 = r(l8 / 7.0e-3, 3)
tm8 = t3 ** (1 / 3)
add(
    q,
    "final_line",
    f"""
Rearranging the Avrami equation:
1 − y = exp(−k tⁿ)  →  t = [−ln(1 − y)/k]^(1/n)

−ln(1 − 0.25) = −ln 0.75 = {l8:.5f}
t³ = {l8:.5f}/(7.0 × 10⁻³ min⁻³) = {t3:.3f} min³
t = ({t3:.3f})^(1/3) = {tm8:.4f} min

In seconds: t = {tm8:.4f} × 60 = {tm8 * 60:.1f} s

**Final Answer:** t ≈ {tm8 * 60:.0f} s
""",
    round(tm8 * 60),
    "second",
)
l8w = r(-math.log(0.25), 5)
t3w = r(l8w / 7.0e-3, 3)
tm8w = t3w ** (1 / 3)
add(
    q,
    "tex",
    f"""
From $y = 1 - \\exp(-kt^n)$ we need $t$ for $y = 0.25$:

$$\\exp(-kt^3) = y \\;\\Rightarrow\\; t^3 = \\frac{{-\\ln(0.25)}}{{k}} = \\frac{{{l8w:.5f}}}{{7.0\\times10^{{-3}}}} = {t3w:.3f}\\ \\mathrm{{min^3}}$$

$$t = ({t3w:.3f})^{{1/3}} = {tm8w:.4f}\\ \\mathrm{{min}} = {tm8w * 60:.1f}\\ \\mathrm{{s}}$$

$$\\boxed{{t \\approx {tm8w * 60:.0f}\\ \\mathrm{{s}}}}$$
""",
    round(tm8w * 60),
    "second",
    "wrong_formula",
    f"exp(−kt³) equals 1 − y = 0.75, not y: t³ = {l8:.5f}/0.007 = {t3:.3f} min³, "
    f"t = {tm8 * 60:.0f} s",
)

# ---------------------------------------------------------------- electrical / semiconductors

# electrical_semiconductors_05: Hall mobility, in cm²/(V·s).
q = "h12b_electrical_semiconductors_05"
rh = -18e-6 * 0.5e-3 / (0.030 * 0.45)
ne = 1 / (abs(rh) * E_CH)
mu = abs(rh) * 1.2e4
add(
    q,
    "given_first",
    f"""
**Given:** t = 0.5 mm = 5.0 × 10⁻⁴ m, I = 30 mA, B = 0.45 T, V_H = −18 µV, σ = 1.2 × 10⁴ (Ω·m)⁻¹
**Find:** (a) n, (b) μ_e in cm²/(V·s)

- Hall coefficient: R_H = V_H t/(I B) = (−18 × 10⁻⁶)(5.0 × 10⁻⁴)/(0.030 × 0.45) = {uni(rh, 4)} m³/C
- (a) n = −1/(R_H e) = 1/({uni(-rh, 4)} × 1.602 × 10⁻¹⁹ C) = {uni(ne, 3)} m⁻³
- (b) μ_e = |R_H| σ = {uni(-rh, 4)} × 1.2 × 10⁴ = {uni(mu, 2)} m²/(V·s)
- 1 m² = 10⁴ cm², so μ_e = {uni(mu, 2)} × 10⁴ = {mu * 1e4:.0f} cm²/(V·s)

**Answer:** (a) n ≈ {uni(ne, 3)} m⁻³; (b) μ_e ≈ {mu * 1e4:.0f} cm²/(V·s)
""",
    r(mu * 1e4, 1),
    "cm**2/(V*s)",
)
add(
    q,
    "terse",
    f"""
R_H = V_H d/(IB) = (−18 × 10⁻⁶ × 0.5 × 10⁻³)/(0.030 × 0.45) = {uni(rh, 4)} m³/C
n = 1/(|R_H| e) = 1/({uni(-rh, 4)} × 1.602 × 10⁻¹⁹) = {uni(ne, 3)} m⁻³
μ_e = σ|R_H| = 1.2 × 10⁴ × {uni(-rh, 4)} = {uni(mu, 2)} m²/(V·s)
= {uni(mu, 2)} × 10² cm²/(V·s) = {mu * 1e2:.2f} cm²/(V·s)

(a) {uni(ne, 3)} m⁻³  (b) {mu * 1e2:.2f} cm²/(V·s)
""",
    r(mu * 1e2, 2),
    "cm**2/(V*s)",
    "unit_conversion",
    f"1 m² = 10⁴ cm², not 10² cm²: μ_e = {uni(mu, 2)} m²/(V·s) = {mu * 1e4:.0f} cm²/(V·s)",
)

# ---------------------------------------------------------------- magnetic

# magnetic_07: Curie's law, temperature for χ = 1.0e-3, in °C.
q = "h12b_magnetic_07"
t7 = 300 * 3.0e-4 / 1.0e-3
add(
    q,
    "prose",
    f"""
Curie's law states χ = C/T, so the product χT is constant. The Curie constant is C = χ₁T₁ = (3.0 × 10⁻⁴)(300 K) = 0.090 K. The susceptibility reaches 1.0 × 10⁻³ when T = C/χ₂ = 0.090/1.0 × 10⁻³ = {t7:.0f} K. Converting to Celsius, T = {t7:.0f} − 273.15 = {t7 - 273.15:.2f} °C.

Therefore, the answer is about {t7 - 273.15:.2f} °C.
""",
    r(t7 - 273.15, 2),
    "degC",
)
t7w = 300 * 1.0e-3 / 3.0e-4
add(
    q,
    "final_line",
    f"""
For a Curie paramagnet the susceptibility scales with temperature, χ₂/χ₁ = T₂/T₁.

T₂ = T₁ (χ₂/χ₁) = 300 K × (1.0 × 10⁻³/3.0 × 10⁻⁴) = 300 × {1.0e-3 / 3.0e-4:.4f} = {t7w:.0f} K

In Celsius: T₂ = {t7w:.0f} − 273.15 = {t7w - 273.15:.2f} °C

**Final Answer:** T ≈ {t7w - 273.15:.2f} °C
""",
    r(t7w - 273.15, 2),
    "degC",
    "wrong_formula",
    f"Curie's law is χ = C/T, so χT is constant: T₂ = 300 × 3.0 × 10⁻⁴/1.0 × 10⁻³ = {t7:.0f} K "
    f"= {t7 - 273.15:.2f} °C",
)

# magnetic_02: B inside a soft-iron cored rod, 400 turns, 0.25 m, 1.5 A, μ_r = 150, in mT.
q = "h12b_magnetic_02"
h2 = 400 * 1.5 / 0.25
b2 = MU_0 * 150 * h2
add(
    q,
    "bare",
    f"""
H = NI/l = (400 × 1.5 A)/0.25 m = {h2:.0f} A/m

B = μ₀μ_r H, with μ₀ = 4π × 10⁻⁷ H/m = 1.257 × 10⁻⁶ H/m and μ_r = 150 for the soft iron:

B = 4π × 10⁻⁷ × 150 × {h2:.0f} = {b2:.4f} T

{b2 * 1e3:.0f}

The permalloy core (μ_r = 2 500) would in principle give {MU_0 * 2500 * h2:.1f} T, far beyond \
saturation, so only the soft-iron figure is meaningful here.
""",
    round(b2 * 1e3),
    "mT",
)
mu0w = 1.257e-7
b2w = mu0w * 150 * h2
add(
    q,
    "given_first",
    f"""
**Given:** N = 400 turns, l = 0.25 m, I = 1.5 A, soft-iron core μ_r = 150 (the permalloy core is not used)
**Find:** B in the rod, in mT

- Applied field: H = NI/l = 400 × 1.5/0.25 = {h2:.0f} A/m
- Permeability of free space: μ₀ = 1.257 × 10⁻⁷ H/m
- B = μ₀μ_r H = 1.257 × 10⁻⁷ × 150 × {h2:.0f} = {uni(b2w, 4)} T

**Answer:** B ≈ {b2w * 1e3:.1f} mT
""",
    r(b2w * 1e3, 1),
    "mT",
    "wrong_constant",
    f"μ₀ = 4π × 10⁻⁷ = 1.257 × 10⁻⁶ H/m, not 1.257 × 10⁻⁷: B = {b2:.4f} T = {b2 * 1e3:.0f} mT",
)

# ---------------------------------------------------------------- optical

# optical_08: ZnS phosphor, half-life 2.5 ms → time to 1 %, in ms.
q = "h12b_optical_08"
tau = r(2.5 / math.log(2), 4)
l100 = r(math.log(100), 4)
t8 = tau * l100
add(
    q,
    "terse",
    f"""
I = I₀ e^(−t/τ); I/I₀ = ½ at 2.5 ms → τ = 2.5/ln 2 = 2.5/0.6931 = {tau:.4f} ms
I/I₀ = 0.01 → t = τ ln 100 = {tau:.4f} × {l100:.4f} = {t8:.2f} ms

t ≈ {t8:.1f} ms
""",
    r(t8, 1),
    "ms",
)
t8w = 2.5 * l100
add(
    q,
    "markdown",
    f"""
### Step 1: Decay law
- I(t) = I₀ exp(−t/τ), with τ = 2.5 ms the characteristic decay time of the phosphor

### Step 2: Solve for 1 %
- I/I₀ = 0.01 → t = τ ln(I₀/I) = τ ln 100
- ln 100 = {l100:.4f}

### Step 3: Time
- t = 2.5 ms × {l100:.4f} = **{t8w:.2f} ms**

**Answer:** ≈ {t8w:.1f} ms

Check: after one τ the intensity is e⁻¹ ≈ 37 %, after two τ about 13.5 %, so reaching 1 % \
needs roughly 4.6 τ, consistent with the result.
""",
    r(t8w, 1),
    "ms",
    "wrong_formula",
    f"2.5 ms is the half-life, not τ: τ = 2.5/ln 2 = {tau:.4f} ms and t = τ ln 100 = {t8:.1f} ms",
)

# optical_05: ruby laser photon energy and photons per 2.0 mJ pulse.
q = "h12b_optical_05"
ep = r(HC_EV_NM / 694.3, 4)
ej = ep * E_CH
n5 = 2.0e-3 / ej
add(
    q,
    "markdown",
    f"""
### Step 1: Photon energy (a)
- E = hc/λ, with hc = 1239.84 eV·nm
- E = 1239.84/694.3 = **{ep:.4f} eV**
- In joules (1 eV = 1.602 × 10⁻¹⁹ J): E = {uni(ej, 4)} J

### Step 2: Photons per pulse (b)
- Pulse energy 2.0 mJ = 2.0 × 10⁻³ J
- N = 2.0 × 10⁻³/{uni(ej, 4)} = **{uni(n5, 3)}**

**Answer:** (a) ≈ {ep:.3f} eV; (b) ≈ {uni(n5, 3)} photons per pulse
""",
    sci(n5, 3),
    "",
)
n5w = n5 * 10
add(
    q,
    "prose",
    f"""
The energy of one photon is E = hc/λ. Taking h = 6.626 × 10⁻³⁴ J·s and c = 2.998 × 10⁸ m/s, or more conveniently hc = 1239.84 eV·nm, E = 1239.84/694.3 = {ep:.4f} eV, which is {uni(ej, 4)} J with 1 eV = 1.602 × 10⁻¹⁹ J. A 2.0 mJ pulse carries 2.0 × 10⁻³ J, so the number of photons is N = 2.0 × 10⁻³/{uni(ej, 4)} = {uni(n5, 3)}.

Therefore, the answer is (a) about {ep:.2f} eV per photon and (b) about {uni(n5w, 3)} photons.
""",
    sci(n5w, 3),
    "",
    "final_miscopied",
    f"The computed count {uni(n5, 3)} is copied into the final answer with the exponent 16 "
    f"instead of 15; N ≈ {uni(n5, 3)}",
)

# ---------------------------------------------------------------- thermal

# thermal_05: heat through a 12 mm steel plate, 0.50 m², ΔT = 200 K, 1 h, in MJ.
q = "h12b_thermal_05"
flux = 51.9 * 200 / 0.012
qt = flux * 0.50 * 3600
add(
    q,
    "tex",
    f"""
Fourier's law at steady state gives the heat flux

$$q = k\\frac{{\\Delta T}}{{\\Delta x}} = 51.9\\ \\mathrm{{W\\,m^{{-1}}K^{{-1}}}} \\times \\frac{{300 - 100\\ \\mathrm{{K}}}}{{0.012\\ \\mathrm{{m}}}} = {tex(flux, 4)}\\ \\mathrm{{W/m^2}}$$

Over $A = 0.50\\ \\mathrm{{m^2}}$ and $t = 3600\\ \\mathrm{{s}}$:

$$Q = qAt = {tex(flux, 4)} \\times 0.50 \\times 3600 = {tex(qt, 4)}\\ \\mathrm{{J}}$$

$$\\boxed{{Q \\approx {qt / 1e6:.0f}\\ \\mathrm{{MJ}}}}$$
""",
    round(qt / 1e6),
    "MJ",
)
fluxw = 59.1 * 200 / 0.012
qtw = fluxw * 0.50 * 3600
add(
    q,
    "final_line",
    f"""
Steady-state conduction through the plate (Fourier's law):

Q/t = kA ΔT/Δx, with k = 59.1 W/(m·K), A = 0.50 m², ΔT = 300 − 100 = 200 °C (= 200 K), Δx = 12 mm = 0.012 m

Q/t = 59.1 × 0.50 × 200/0.012 = {fluxw * 0.5:.0f} W

In one hour (3600 s): Q = {fluxw * 0.5:.0f} × 3600 = {uni(qtw, 4)} J

**Final Answer:** Q ≈ {qtw / 1e6:.0f} MJ
""",
    round(qtw / 1e6),
    "MJ",
    "given_miscopied",
    f"k is 51.9 W/(m·K), not 59.1: Q/t = {flux * 0.5:.0f} W and Q = {qt / 1e6:.0f} MJ",
)

# ---------------------------------------------------------------- polymers

# polymers_01: degree of polymerisation of PMMA, M_n = 350 000 g/mol.
q = "h12b_polymers_01"
m_mma = 5 * 12.01 + 8 * 1.008 + 2 * 16.00
dp = 350000 / m_mma
add(
    q,
    "prose",
    f"""
The repeat unit of poly(methyl methacrylate) is –CH₂–C(CH₃)(COOCH₃)–, with formula C₅H₈O₂. Using atomic masses C = 12.01, H = 1.008 and O = 16.00 g/mol, its molar mass is m = 5(12.01) + 8(1.008) + 2(16.00) = 60.05 + 8.064 + 32.00 = {m_mma:.3f} g/mol. The degree of polymerisation is DP = M_n/m = 350 000/{m_mma:.3f} = {dp:.1f}.

Therefore, the answer is DP ≈ {dp:.0f}.
""",
    round(dp),
    "",
)
m_ma = 4 * 12.01 + 6 * 1.008 + 2 * 16.00
dpw = 350000 / m_ma
add(
    q,
    "given_first",
    f"""
**Given:** PMMA, M_n = 350 000 g/mol
**Find:** number-average degree of polymerisation n_n

- Repeat unit: –CH₂–CH(COOCH₃)–, i.e. C₄H₆O₂
- m = 4(12.01) + 6(1.008) + 2(16.00) = 48.04 + 6.048 + 32.00 = {m_ma:.3f} g/mol
- n_n = M_n/m = 350 000/{m_ma:.3f} = {dpw:.1f}

**Answer:** n_n ≈ {dpw:.0f}
""",
    round(dpw),
    "",
    "wrong_formula",
    f"That is the methyl acrylate unit; methyl methacrylate carries an extra CH₃: C₅H₈O₂, "
    f"m = {m_mma:.3f} g/mol, DP = {dp:.0f}",
)

# ---------------------------------------------------------------- ceramics / composites

# ceramics_composites_04: critical fibre length, r = 3.5 µm, σ_f = 3.5 GPa, τ_c = 12 MPa, in mm.
q = "h12b_ceramics_composites_04"
lc = 3.5e9 * 7.0e-6 / (2 * 12e6)
add(
    q,
    "final_line",
    f"""
The critical fibre length is l_c = σ_f* d/(2τ_c), where d is the fibre diameter.

d = 2r = 2 × 3.5 µm = 7.0 µm = 7.0 × 10⁻⁶ m

l_c = (3.5 × 10⁹ Pa)(7.0 × 10⁻⁶ m)/(2 × 12 × 10⁶ Pa) = {uni(lc, 4)} m

**Final Answer:** l_c ≈ {lc * 1e3:.2f} mm
""",
    r(lc * 1e3, 2),
    "mm",
)
lcw = 3.5e9 * 3.5e-6 / (2 * 12e6)
add(
    q,
    "bare",
    f"""
Critical length: l_c = σ_f d/(2τ_c)

l_c = (3.5 × 10⁹)(3.5 × 10⁻⁶)/(2 × 12 × 10⁶) = {uni(lcw, 4)} m

{lcw * 1e3:.3f}
""",
    r(lcw * 1e3, 3),
    "mm",
    "wrong_formula",
    f"3.5 µm is the radius; the diameter d = 7.0 µm gives l_c = {lc * 1e3:.2f} mm",
)

# ceramics_composites_03: percentage of load carried by the epoxy matrix.
q = "h12b_ceramics_composites_03"
fm = 2.4 * 0.65
ff = 230 * 0.35
pm = fm / (ff + fm)
add(
    q,
    "given_first",
    f"""
**Given:** V_f = 0.35, V_m = 0.65, E_f = 230 GPa, E_m = 2.4 GPa, isostrain (longitudinal) loading
**Find:** share of the load carried by the matrix, in %

- Load shares scale as E·V: E_f V_f = 230 × 0.35 = {ff:.1f}; E_m V_m = 2.4 × 0.65 = {fm:.2f}
- F_m/F = E_m V_m/(E_f V_f + E_m V_m) = {fm:.2f}/({ff:.1f} + {fm:.2f}) = {fm:.2f}/{ff + fm:.2f} = {pm:.4f}

**Answer:** the matrix carries about {pm * 100:.2f} % of the load.
""",
    r(pm * 100, 2),
    "percent",
)
add(
    q,
    "tex",
    f"""
Under isostrain conditions

$$\\frac{{F_m}}{{F_c}} = \\frac{{E_m V_m}}{{E_f V_f + E_m V_m}} = \\frac{{(2.4)(0.65)}}{{(230)(0.35) + (2.4)(0.65)}} = \\frac{{{fm:.2f}}}{{{ff + fm:.2f}}} = {pm:.4f}$$

$$\\boxed{{{pm:.4f}\\,\\%}}$$
""",
    r(pm, 4),
    "percent",
    "percent_fraction",
    f"{pm:.4f} is the fraction; as a percentage it is {pm * 100:.2f} %",
)

# ---------------------------------------------------------------- corrosion

# corrosion_08: reduction potential of the Fe anode (0.0050 M Fe²⁺) coupled to Ni (1.0 M).
q = "h12b_corrosion_08"
rtnf = r(R * 298.15 / (2 * F), 6)
lnc = r(math.log(0.0050), 4)
efe = -0.440 + rtnf * lnc
add(
    q,
    "markdown",
    f"""
### Step 1: Which electrode is the anode?
- E°(Fe²⁺/Fe) = −0.440 V is more negative than E°(Ni²⁺/Ni) = −0.250 V, and diluting Fe²⁺ makes \
iron even more negative, so **iron is the anode**.

### Step 2: Nernst equation for Fe²⁺ + 2e⁻ → Fe (n = 2)
- RT/(nF) = (8.314 × 298.15)/(2 × 96 485) = {rtnf:.6f} V
- E = E° + (RT/nF) ln[Fe²⁺] = −0.440 + {rtnf:.6f} × ln(0.0050)
- ln(0.0050) = {lnc:.4f}
- E = −0.440 + ({rtnf * lnc:.5f}) = **{efe:.4f} V**

**Answer:** E(anode) ≈ {efe:.3f} V
""",
    r(efe, 3),
    "V",
)
ecell = -0.250 - r(efe, 3)
add(
    q,
    "terse",
    f"""
Anode = Fe (lower potential).
E_Fe = E° − (0.05916/2) log(1/[Fe²⁺]) = −0.440 − 0.02958 × log(200) = −0.440 − 0.02958 × {math.log10(200):.4f} = {-0.440 - 0.02958 * math.log10(200):.3f} V
E_Ni = −0.250 V (1.0 M, standard)
E = E_cathode − E_anode = −0.250 − ({r(efe, 3):.3f}) = {ecell:.3f} V

E ≈ {ecell:.3f} V
""",
    r(ecell, 3),
    "V",
    "wrong_quantity",
    f"The ask is the anode's reduction potential, E_Fe = {efe:.3f} V; {ecell:.3f} V is the cell "
    "voltage",
)

if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
