"""Build tests/data/worked_answers_heldout4.jsonl: chat-style worked answers to exam set E.

Written blind (without reading the answer engine or its checks), like the earlier worked-answer
sets: each response imitates how a chat model (GPT-4, Claude, Llama, Qwen) answers an exam
question of ``answer_exam_heldout4.json`` (markdown, TeX, Unicode units, numbered steps,
``\\boxed{}``, tables, Python snippets, bare final numbers, very short answers). Half are right in
every step; the others carry exactly one labelled error (see
``worked_answers_check.ERROR_CLASSES``), and the record's note says at which step it first goes
wrong and what the right value is. Every number a response writes is computed here, so that only
the labelled step is wrong and everything after it follows from it.

The item whose key lists two readings of an ambiguous question, and must-refuse items, get no
response.

Run: ``python tests/data/build_worked_answers_heldout4.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout4``.
"""

from __future__ import annotations

import math

from worked_writing import (  # noqa: F401  (the constants a response may use)
    C_0,
    E_CH,
    EPS_0,
    H_PL,
    HC_EV_NM,
    K_EV,
    K_J,
    MU_0,
    MU_B,
    NA,
    SIGMA,
    F,
    R,
    WorkedSet,
    _mant_exp,
    g,
    sp,
    tex,
    uni,
    val,
)

SET = WorkedSet("heldout4")
EXAM, RECORDS, OUT, add = SET.exam, SET.records, SET.out, SET.add


def sci(x: float, n: int = 3) -> str:
    """``a e b`` as Python prints it (``1.23e-05``)."""
    return f"{x:.{n - 1}e}"


def fl(x: float, n: int = 3) -> float:
    """``x`` rounded to ``n`` significant figures (plain notation)."""
    return float(g(x, n))


# ---------------------------------------------------------------- crystallography

# cryst_01 (correct): prose plus a Python snippet, answer in kg/m³.
a = 2 * math.sqrt(2) * 0.1246e-9  # m
rho = 4 * 58.69e-3 / (a**3 * NA)
add(
    "h4_cryst_01",
    f"""
Nickel is FCC, so there are 4 atoms per unit cell and the atoms touch along the face diagonal:
a = 2√2·R.

```python
import math
R = 0.1246e-9          # m
A = 58.69e-3           # kg/mol
NA = 6.022e23
a = 2*math.sqrt(2)*R   # {g(a * 1e9, 4)} nm
rho = 4*A/(a**3*NA)
print(rho)             # {g(rho, 5)}
```

So the lattice parameter is a = {g(a * 1e9, 4)} nm, the cell volume is {uni(a**3, 4)} m³ and

ρ = (4 × 0.05869 kg/mol) / ({uni(a**3, 4)} m³ × 6.022 × 10²³ mol⁻¹) ≈ **{sp(rho, 4)} kg/m³**
""",
    fl(rho, 4),
    "kg/m**3",
)

# cryst_02 (wrong_formula: applies the FCC selection rule, second peak taken as 200).
d = 5.658 / 2
s = 1.5406 / (2 * d)
tw = 2 * math.degrees(math.asin(s))
d220 = 5.658 / math.sqrt(8)
right = 2 * math.degrees(math.asin(1.5406 / (2 * d220)))
add(
    "h4_cryst_02",
    f"""
1. Germanium has the diamond cubic structure, which is based on an FCC lattice. For FCC the
   allowed reflections have h, k, l all odd or all even, so the lines in order are 111, 200, 220, …
2. The second peak is therefore (200): d = a/√4 = 5.658/2 = {g(d, 4)} Å
3. Bragg's law: sin θ = λ/(2d) = 1.5406/(2 × {g(d, 4)}) = {g(s, 4)}
4. θ = {g(tw / 2, 4)}°, so 2θ = {g(tw, 4)}°

The second peak appears at 2θ ≈ {g(tw, 4)}°.
""",
    fl(tw, 4),
    "degree",
    "wrong_formula",
    "Step 1: uses the FCC rule; in diamond cubic all-even reflections also need h+k+l = 4n, so 200 "
    f"is absent and the second peak is 220 at 2θ = {g(right, 4)}°",
)

# cryst_03 (correct): TeX, hexagonal d-spacing.
inv = 4 / 3 / 2.665**2 + 1 / 4.947**2
d = 1 / math.sqrt(inv)
s = 1.5406 / (2 * d)
tw = 2 * math.degrees(math.asin(s))
add(
    "h4_cryst_03",
    f"""
For a hexagonal lattice

$$\\frac{{1}}{{d_{{hkl}}^2}} = \\frac{{4}}{{3}}\\,\\frac{{h^2 + hk + k^2}}{{a^2}} + \\frac{{l^2}}{{c^2}}$$

With $h=1, k=0, l=1$:

$$\\frac{{1}}{{d^2}} = \\frac{{4}}{{3}} \\cdot \\frac{{1}}{{2.665^2}} + \\frac{{1}}{{4.947^2}} = {g(4 / 3 / 2.665**2, 4)} + {g(1 / 4.947**2, 4)} = {g(inv, 4)} \\ \\text{{Å}}^{{-2}}$$

so $d_{{101}} = {g(d, 4)}$ Å.

Bragg's law: $\\sin\\theta = \\lambda / 2d = 1.5406 / (2 \\times {g(d, 4)}) = {g(s, 4)}$, giving $\\theta = {g(tw / 2, 4)}^{{\\circ}}$.

$$\\boxed{{2\\theta \\approx {g(tw, 4)}^{{\\circ}}}}$$
""",
    fl(tw, 4),
    "degree",
)

# cryst_04 (missing_factor: (110) area taken as a² instead of √2·a²).
a = 4 * 0.1371e-9 / math.sqrt(3)
pd_wrong = 2 / a**2
pd_right = 2 / (math.sqrt(2) * a**2)
add(
    "h4_cryst_04",
    f"""
**Lattice parameter (BCC):** a = 4R/√3 = 4(0.1371 nm)/1.732 = {g(a * 1e9, 4)} nm = {uni(a, 4)} m

**Atoms in the (110) plane:** the rectangle spanned by a face diagonal and a cube edge contains
4 corner atoms × ¼ + 1 centre atom = 2 atoms.

**Area of that section:** A = a × a = a² = {uni(a**2, 4)} m²

**Planar density:**
PD₁₁₀ = 2 / a² = 2 / ({uni(a**2, 4)}) = {uni(pd_wrong, 3)} atoms/m²
""",
    val(pd_wrong, 3),
    "1/m**2",
    "missing_factor",
    "Area step: the (110) rectangle is a × a√2, so its area is √2·a² and PD = "
    f"{uni(pd_right, 3)} atoms/m²",
)

# cryst_05 (correct): short, notes the distractors.
r = (math.sqrt(1.5) - 1) * 137.6
add(
    "h4_cryst_05",
    f"""
Only the atomic radius matters here (melting point and modulus are not needed).

For close-packed (FCC) spheres the tetrahedral hole has r/R = √(3/2) − 1 = 0.2247.

r = 0.2247 × 137.6 pm = {g(r, 4)} pm

**Final answer:** r ≈ {g(r, 3)} pm
""",
    fl(r, 3),
    "pm",
)

# cryst_06 (correct): numbered steps, 3 s.f.
a = 4 * 0.124 / math.sqrt(3)
dist = a * math.sqrt(5) / 4
r = dist - 0.124
add(
    "h4_cryst_06",
    f"""
Step 1. BCC lattice parameter: a = 4R/√3 = 4 × 0.124/√3 = {g(a, 4)} nm.

Step 2. The site (½, ¼, 0) is equidistant from the corner atoms (0, 0, 0), (1, 0, 0) and the
body-centre atoms (½, ½, ±½). Taking the corner at the origin: distance = a√(¼ + 1/16) = a√5/4
= {g(dist, 4)} nm.

Step 3. The interstitial sphere just touches these atoms:
r = a√5/4 − R = {g(dist, 4)} − 0.124 = {g(r, 4)} nm

Therefore r ≈ {g(r, 3)} nm.
""",
    fl(r, 3),
    "nm",
)

# cryst_07 (wrong_quantity: reports θ for the third line, not 2θ).
d = 3.359 / math.sqrt(3)
s = 1.5406 / (2 * d)
th = math.degrees(math.asin(s))
add(
    "h4_cryst_07",
    f"""
For a simple cubic lattice every (hkl) reflects, so the lines in order of increasing angle are
(100), (110), (111), (200), …  The third line is (111).

$d_{{111}} = a/\\sqrt{{3}} = 3.359/1.732 = {g(d, 4)}$ Å

$\\sin\\theta = \\lambda/(2d) = 1.5406/(2 \\times {g(d, 4)}) = {g(s, 4)}$

$\\theta = \\arcsin({g(s, 4)}) = {g(th, 4)}^\\circ$

**The third diffraction line is at {g(th, 4)}°.**
""",
    fl(th, 4),
    "degree",
    "wrong_quantity",
    f"Last step: {g(th, 4)}° is the Bragg angle θ; the question asks for 2θ = {g(2 * th, 4)}°",
)

# cryst_08 (correct): plain, terse.
lam = 2 * (0.3924 / 2) * math.sin(math.radians(26.8))
add(
    "h4_cryst_08",
    f"""
d200 = a/2 = 0.1962 nm; θ = 26.8°
λ = 2 d sin θ = 2 × 0.1962 × sin 26.8° = 0.3924 × {g(math.sin(math.radians(26.8)), 4)} = {g(lam, 4)} nm

λ ≈ {g(lam, 4)} nm (close to the Co Kα line, so probably a cobalt tube)
""",
    fl(lam, 4),
    "nm",
)

# ---------------------------------------------------------------- point defects, grain size

# def_01 (unit_conversion: 850 °C used as 850 K in the Boltzmann factor).
n_sites = NA * 10.2e6 / 107.87  # per m3
kt_wrong = K_EV * 850
nv_wrong = n_sites * math.exp(-1.10 / kt_wrong)
nv_right = n_sites * math.exp(-1.10 / (K_EV * 1123.15))
add(
    "h4_def_01",
    f"""
**1. Number of atomic sites per m³**

$$N = \\frac{{N_A \\rho}}{{A}} = \\frac{{(6.022 \\times 10^{{23}})(10.2 \\times 10^{{6}} \\ \\mathrm{{g/m^3}})}}{{107.87 \\ \\mathrm{{g/mol}}}} = {tex(n_sites, 3)} \\ \\mathrm{{m^{{-3}}}}$$

**2. Boltzmann factor**

$$kT = (8.617 \\times 10^{{-5}} \\ \\mathrm{{eV/K}})(850 \\ \\mathrm{{K}}) = {g(kt_wrong, 4)} \\ \\mathrm{{eV}}$$

$$\\frac{{Q_v}}{{kT}} = \\frac{{1.10}}{{{g(kt_wrong, 4)}}} = {g(1.10 / kt_wrong, 4)}$$

**3. Vacancy concentration**

$$N_v = N \\exp\\left(-\\frac{{Q_v}}{{kT}}\\right) = {tex(n_sites, 3)} \\times e^{{-{g(1.10 / kt_wrong, 4)}}} = {tex(nv_wrong, 2)} \\ \\mathrm{{m^{{-3}}}}$$
""",
    val(nv_wrong, 2),
    "1/m**3",
    "unit_conversion",
    f"Step 2: T must be in kelvin, 850 °C = 1123 K; then N_v = {uni(nv_right, 2)} m⁻³",
)

# def_02 (correct): plain text, spaced thousands.
t = 750 + 273.15
x = 105000 / (R * t)
add(
    "h4_def_02",
    f"""
The vacant fraction is N_v/N = exp(−Q_v/RT), with Q_v per mole so we use R.

T = 750 + 273 = 1023 K
RT = 8.314 × 1023 = {sp(R * t, 4)} J/mol
Q_v/RT = 105 000 / {sp(R * t, 4)} = {g(x, 4)}

N_v/N = e^(−{g(x, 4)}) ≈ {uni(math.exp(-x), 2)}

So about {uni(math.exp(-x), 2)} of the sites (roughly 4 in a million) are vacant.
""",
    val(math.exp(-x), 2),
    "dimensionless",
)

# def_04 (missing_factor: Schottky pair exponent without the 2).
n_sites = NA * 2.75 / 119.0  # per cm3
t = 650 + 273.15
kt = K_EV * t
ns_wrong = n_sites * math.exp(-2.5 / kt)
ns_right = n_sites * math.exp(-2.5 / (2 * kt))
add(
    "h4_def_04",
    f"""
Schottky defects in KBr: N_s = N exp(−Q_s/kT), where N is the number of KBr formula units
(cation sites) per cm³.

- N = N_A·ρ/M = 6.022 × 10²³ × 2.75 / 119.00 = {uni(n_sites, 3)} cm⁻³
  (the lattice parameter is not needed)
- T = 650 °C = {g(t, 5)} K, kT = 8.617 × 10⁻⁵ × {g(t, 5)} = {g(kt, 4)} eV
- Q_s/kT = 2.5/{g(kt, 4)} = {g(2.5 / kt, 4)}
- exp(−{g(2.5 / kt, 4)}) = {uni(math.exp(-2.5 / kt), 3)}

N_s = {uni(n_sites, 3)} × {uni(math.exp(-2.5 / kt), 3)} ≈ {uni(ns_wrong, 2)} defects per cm³
""",
    val(ns_wrong, 2),
    "1/cm**3",
    "missing_factor",
    "Exponent step: a Schottky pair gives N_s = N exp(−Q_s/2kT); the factor 2 is dropped. Right value "
    f"{uni(ns_right, 2)} cm⁻³",
)

# def_05 (correct): Frenkel, very short.
t = 1273.15
x = 2.7 / (2 * K_EV * t)
add(
    "h4_def_05",
    f"""
For Frenkel pairs with equal numbers of lattice and interstitial sites: n/N = exp(−E_F/2kT).

2kT = 2 × 8.617 × 10⁻⁵ × 1273 = {g(2 * K_EV * t, 4)} eV → E_F/2kT = {g(x, 4)}

n/N = exp(−{g(x, 4)}) ≈ {g(math.exp(-x) * 1e6, 3)} × 10⁻⁶
""",
    val(math.exp(-x), 3),
    "dimensionless",
)

# def_06 (wrong_formula: magnification correction applied linearly, not squared).
n100_wrong = 30 * (250 / 100)
g_wrong = 1 + math.log2(n100_wrong)
g_right = 1 + math.log2(30 * (250 / 100) ** 2)
add(
    "h4_def_06",
    f"""
The ASTM relation N = 2^(G−1) refers to grains per square inch at 100×, so first convert the count:

N₁₀₀ = N_M × (M/100) = 30 × (250/100) = {g(n100_wrong, 3)} grains/in²

Then
G = 1 + log N₁₀₀ / log 2 = 1 + log({g(n100_wrong, 3)})/0.3010 = 1 + {g(math.log2(n100_wrong), 4)} = {g(g_wrong, 3)}

ASTM grain size number ≈ {g(g_wrong, 3)}
""",
    fl(g_wrong, 3),
    "dimensionless",
    "wrong_formula",
    "First step: counts scale with area, N₁₀₀ = N_M (M/100)² = 187.5 grains/in², so G = "
    f"{g(g_right, 3)}",
)

# ---------------------------------------------------------------- diffusion


def erfinv(y: float) -> float:
    """Inverse error function by bisection (enough for a worked answer)."""
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if math.erf(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


# diff_01 (correct): TeX, Fick's first law, per hour.
j_s = 1.2e-9 * (0.85 - 0.05) / 3.0e-3
add(
    "h4_diff_01",
    f"""
The temperature and pressure only fix the boundary concentrations, which are already given.
Fick's first law across the wall:

\\[
J = -D\\frac{{\\Delta C}}{{\\Delta x}} = (1.2 \\times 10^{{-9}}\\ \\mathrm{{m^2\\,s^{{-1}}}})\\,\\frac{{(0.85 - 0.05)\\ \\mathrm{{kg\\,m^{{-3}}}}}}{{3.0 \\times 10^{{-3}}\\ \\mathrm{{m}}}} = {tex(j_s, 2)}\\ \\mathrm{{kg\\,m^{{-2}}\\,s^{{-1}}}}
\\]

Multiplying by 3600 s/h:

\\[
J = {tex(j_s, 2)} \\times 3600 = {tex(j_s * 3600, 3)}\\ \\mathrm{{kg\\,m^{{-2}}\\,h^{{-1}}}}
\\]
""",
    val(j_s * 3600, 3),
    "kg/(m**2*hour)",
)

# diff_03 (arithmetic_slip: 6 h = 2 160 s).
dt_wrong = 2.4e-11 * 2160
z = 0.60e-3 / (2 * math.sqrt(dt_wrong))
c_wrong = 0.15 + 0.95 * (1 - math.erf(z))
zr = 0.60e-3 / (2 * math.sqrt(2.4e-11 * 21600))
c_right = 0.15 + 0.95 * (1 - math.erf(zr))
add(
    "h4_diff_03",
    f"""
Using the solution of Fick's second law for a semi-infinite solid:

(Cx − C0)/(Cs − C0) = 1 − erf( x / 2√(Dt) )

Given: C0 = 0.15 wt%, Cs = 1.10 wt%, x = 0.60 mm = 6.0 × 10⁻⁴ m, D = 2.4 × 10⁻¹¹ m²/s,
t = 6 h = 6 × 360 = 2 160 s

√(Dt) = √(2.4 × 10⁻¹¹ × 2160) = {uni(math.sqrt(dt_wrong), 4)} m
x / 2√(Dt) = 6.0 × 10⁻⁴ / (2 × {uni(math.sqrt(dt_wrong), 4)}) = {g(z, 4)}
erf({g(z, 4)}) ≈ {g(math.erf(z), 4)}

Cx = 0.15 + (1.10 − 0.15)(1 − {g(math.erf(z), 4)}) = 0.15 + 0.95 × {g(1 - math.erf(z), 3)} ≈ {g(c_wrong, 3)} wt% C
""",
    fl(c_wrong, 3),
    "percent",
    "arithmetic_slip",
    f"Time conversion: 6 h = 21 600 s (6 × 3600), not 2 160 s; then z = {g(zr, 3)} and "
    f"Cx = {g(c_right, 3)} wt% C",
)

# diff_04 (correct): decarburisation, numbered.
ratio = (0.60 - 0.80) / (0.10 - 0.80)
z = erfinv(1 - ratio)
root = math.sqrt(6.0e-11 * 4.0 * 3600)
x = 2 * z * root
add(
    "h4_diff_04",
    f"""
1. Boundary conditions: C₀ = 0.80, C_s = 0.10, C_x = 0.60 wt% C.
2. (C_x − C₀)/(C_s − C₀) = (0.60 − 0.80)/(0.10 − 0.80) = {g(ratio, 4)} = 1 − erf(z)
3. erf(z) = {g(1 - ratio, 4)} → z ≈ {g(z, 4)} (interpolating in the erf table)
4. √(Dt) = √(6.0 × 10⁻¹¹ m²/s × 14 400 s) = {uni(root, 4)} m
5. x = 2z√(Dt) = 2 × {g(z, 4)} × {uni(root, 4)} m = {uni(x, 4)} m

**x ≈ {g(x * 1e3, 3)} mm**
""",
    fl(x * 1e3, 3),
    "mm",
)

# diff_05 (wrong_formula: treats the ln-plot slope as a log10 slope, multiplies by 2.303).
q_wrong = 2.303 * R * 2.05e4 / 1000
q_right = R * 2.05e4 / 1000
add(
    "h4_diff_05",
    f"""
D = D₀ exp(−Q_d/RT), so log D = log D₀ − Q_d/(2.303 R) · (1/T).

The slope is −Q_d/(2.303R) = −2.05 × 10⁴ K, hence

Q_d = 2.303 × 8.314 J/(mol·K) × 2.05 × 10⁴ K = {sp(q_wrong * 1000, 4)} J/mol ≈ {g(q_wrong, 4)} kJ/mol
""",
    fl(q_wrong, 4),
    "kJ/mol",
    "wrong_formula",
    "First line: the plot is of ln D, whose slope is −Q_d/R; the 2.303 (log₁₀) factor does not "
    f"belong, Q_d = {g(q_right, 4)} kJ/mol",
)

# diff_06 (correct): Dt = const, markdown.
inv_t2 = 1 / 1273.15 + R / 148000 * math.log(12 / 5)
t2 = 1 / inv_t2
add(
    "h4_diff_06",
    f"""
Same carbon profile ⇒ same value of $Dt$:

$D_1 t_1 = D_2 t_2 \\Rightarrow \\exp\\!\\left(-\\frac{{Q}}{{RT_1}}\\right) t_1 = \\exp\\!\\left(-\\frac{{Q}}{{RT_2}}\\right) t_2$

Taking logs:

$\\frac{{1}}{{T_2}} = \\frac{{1}}{{T_1}} + \\frac{{R}}{{Q}} \\ln\\frac{{t_2}}{{t_1}}$

- $T_1 = 1000 + 273 = 1273$ K → $1/T_1 = {tex(1 / 1273.15, 4)}$ K⁻¹
- $\\frac{{R}}{{Q}}\\ln\\frac{{12}}{{5}} = \\frac{{8.314}}{{148\\,000}} \\times {g(math.log(2.4), 4)} = {tex(R / 148000 * math.log(2.4), 4)}$ K⁻¹
- $1/T_2 = {tex(inv_t2, 4)}$ K⁻¹ → $T_2 = {g(t2, 4)}$ K

**Final answer:** run the 12 h cycle at about {g(t2 - 273.15, 3)} °C.
""",
    fl(t2 - 273.15, 3),
    "degC",
)

# diff_08 (unit_conversion: 30 min taken as 30 s).
l_wrong = math.sqrt(4.0e-18 * 30)
l_right = math.sqrt(4.0e-18 * 1800)
add(
    "h4_diff_08",
    f"""
Characteristic diffusion length L = √(Dt); the melting point and lattice parameter are not needed.

L = √(4.0 × 10⁻¹⁸ m²/s × 30 s) = √({uni(4.0e-18 * 30, 2)}) m = {uni(l_wrong, 3)} m

L ≈ {g(l_wrong * 1e9, 3)} nm
""",
    fl(l_wrong * 1e9, 3),
    "nm",
    "unit_conversion",
    f"Time: 30 min = 1 800 s, not 30 s; L = √(4.0e-18 × 1800) = {g(l_right * 1e9, 3)} nm",
)

# ---------------------------------------------------------------- mechanical properties

# mech_01 (wrong_formula: area from the diameter as π d²).
area_wrong = math.pi * 8.0**2
dl_wrong = 6200 * 320 / (area_wrong * 107e3)
dl_right = 6200 * 320 / (math.pi * 4.0**2 * 107e3)
add(
    "h4_mech_01",
    f"""
Hooke's law, ΔL = F·L₀/(A·E).

Cross-section: A = π d² = π × (8.0 mm)² = {g(area_wrong, 4)} mm²

ΔL = (6 200 N × 320 mm) / ({g(area_wrong, 4)} mm² × 107 000 N/mm²)
   = 1 984 000 / {uni(area_wrong * 107e3, 4)} mm
   = {g(dl_wrong, 3)} mm

The rod lengthens by about {g(dl_wrong, 3)} mm.
""",
    fl(dl_wrong, 3),
    "mm",
    "wrong_formula",
    f"Area step: A = πd²/4 = π(4.0 mm)² = 50.27 mm², so ΔL = {g(dl_right, 3)} mm",
)

# mech_02 (correct): very short.
add(
    "h4_mech_02",
    """
σ_T = σ(1 + ε) = 510 × 1.22 = 622.2 MPa

(a) ≈ 622 MPa
""",
    622.0,
    "MPa",
)

# mech_03 (missing_factor: U_r = σ_y²/E without the ½).
ur_wrong = 830e6**2 / 114e9
ur_right = ur_wrong / 2
add(
    "h4_mech_03",
    f"""
The modulus of resilience is the strain energy per unit volume stored up to yielding:

$$U_r = \\frac{{\\sigma_y^2}}{{E}}$$

$$U_r = \\frac{{(830 \\times 10^{{6}}\\ \\mathrm{{Pa}})^2}}{{114 \\times 10^{{9}}\\ \\mathrm{{Pa}}}} = \\frac{{{tex(830e6**2, 4)}}}{{{tex(114e9, 3)}}} = {tex(ur_wrong, 3)}\\ \\mathrm{{J\\,m^{{-3}}}}$$

$\\boxed{{U_r \\approx {tex(ur_wrong, 3)}\\ \\mathrm{{J/m^3}}}}$
""",
    val(ur_wrong, 3),
    "J/m**3",
    "missing_factor",
    "Formula line: U_r = σ_y²/(2E), the ½ of the triangle area is missing; right value "
    f"{uni(ur_right, 3)} J/m³",
)

# mech_05 (correct): Hall–Petch, table and steps.
x1, x2, x3 = (1 / math.sqrt(dd) for dd in (50, 8, 15))
ky = (260 - 160) / (x2 - x1)
s0 = 160 - ky * x1
s3 = s0 + ky * x3
add(
    "h4_mech_05",
    f"""
Hall–Petch: σ_y = σ₀ + k_y d^(−1/2)

| d (µm) | d^(−1/2) (µm^(−1/2)) | σ_y (MPa) |
|---|---|---|
| 50 | {g(x1, 4)} | 160 |
| 8 | {g(x2, 4)} | 260 |
| 15 | {g(x3, 4)} | ? |

k_y = (260 − 160)/({g(x2, 4)} − {g(x1, 4)}) = {g(ky, 4)} MPa·µm^½
σ₀ = 160 − {g(ky, 4)} × {g(x1, 4)} = {g(s0, 4)} MPa

σ_y(15 µm) = {g(s0, 4)} + {g(ky, 4)} × {g(x3, 4)} = {g(s3, 4)} MPa

Expected yield strength ≈ {g(s3, 3)} MPa.
""",
    fl(s3, 3),
    "MPa",
)

# mech_06 (wrong_formula: total crack length used as a for an internal crack).
s_wrong = 32 / math.sqrt(math.pi * 3.0e-3)
s_right = 32 / math.sqrt(math.pi * 1.5e-3)
add(
    "h4_mech_06",
    f"""
Fracture occurs when K_I = Yσ√(πa) reaches K_Ic, so

σ_c = K_Ic / (Y√(πa))

with a = 3.0 mm = 0.0030 m (the yield strength is not needed, as long as σ_c stays below it):

σ_c = 32 MPa√m / (1.0 × √(π × 0.0030 m)) = 32 / {g(math.sqrt(math.pi * 3.0e-3), 4)} = {g(s_wrong, 4)} MPa

**Answer: about {g(s_wrong, 3)} MPa.**
""",
    fl(s_wrong, 3),
    "MPa",
    "wrong_formula",
    "Crack length: for an internal crack a is half the total length, a = 1.5 mm, giving σ_c = "
    f"{g(s_right, 4)} MPa",
)

# mech_07 (wrong_quantity: reports the reversals 2N_f as N_f).
rev = (450 / 1250) ** (1 / -0.085)
add(
    "h4_mech_07",
    f"""
Rearranging Basquin's law:

$$2N_f = \\left(\\frac{{\\sigma_a}}{{\\sigma_f'}}\\right)^{{1/b}} = \\left(\\frac{{450}}{{1250}}\\right)^{{-1/0.085}} = (0.36)^{{-11.765}}$$

$\\ln(0.36) = -1.0217$, so $-11.765 \\times (-1.0217) = {g(math.log(rev), 4)}$ and

$$N_f = e^{{{g(math.log(rev), 4)}}} \\approx {sp(rev, 4)}$$

**Final answer:** $N_f \\approx {sp(rev, 4)}$ cycles
""",
    fl(rev, 4),
    "dimensionless",
    "wrong_quantity",
    f"Last step: e^{g(math.log(rev), 4)} is the number of reversals 2N_f; N_f = {sp(rev / 2, 4)} cycles",
)

# mech_08 (correct): Larson–Miller, Python-ish inline.
p = 1073.15 * (20 + math.log10(50))
log_t = p / 973.15 - 20
tr = 10**log_t
add(
    "h4_mech_08",
    f"""
Larson–Miller parameter: P = T(C + log t_r), T in K, t in h.

At 800 °C (1073 K), t = 50 h:
P = 1073.15 × (20 + log 50) = 1073.15 × {g(20 + math.log10(50), 5)} = {sp(p, 5)}

At 700 °C (973 K), same stress → same P:
log t_r = {sp(p, 5)}/973.15 − 20 = {g(log_t, 4)}
t_r = 10^{g(log_t, 4)} ≈ {sp(tr, 2)} h

So the rupture life at 700 °C is roughly {sp(tr, 2)} hours (about a year).
""",
    fl(tr, 2),
    "hour",
)

# ---------------------------------------------------------------- phase diagrams

# pd_01 (wrong_formula: the lever taken on the wrong side).
w_wrong = (67 - 62) / (67 - 55)
add(
    "h4_pd_01",
    f"""
Lever rule on the tie line at 1 320 °C (C_L = 55, C_α = 67, C₀ = 62 wt% Ni):

W_α = (C_α − C₀)/(C_α − C_L) = (67 − 62)/(67 − 55) = 5/12 = {g(w_wrong, 4)}

So about **{g(w_wrong * 100, 3)} %** of the alloy is solid.
""",
    fl(w_wrong * 100, 3),
    "percent",
    "wrong_formula",
    "Lever step: (C_α − C₀)/(C_α − C_L) is the liquid fraction; the solid is (C₀ − C_L)/(C_α − C_L) "
    "= 7/12 = 58.3 %",
)

# pd_02 (correct): markdown.
w = (12.6 - 7.0) / (12.6 - 1.65)
add(
    "h4_pd_02",
    f"""
Just below 577 °C the alloy consists of primary α plus eutectic. The primary α fraction follows
from a lever rule between the α limit (1.65 wt% Si) and the eutectic composition (12.6 wt% Si),
applied just above the eutectic temperature:

$$W_{{\\alpha'}} = \\frac{{C_E - C_0}}{{C_E - C_\\alpha}} = \\frac{{12.6 - 7.0}}{{12.6 - 1.65}} = \\frac{{5.6}}{{10.95}} = {g(w, 4)}$$

**≈ {g(w * 100, 3)} % primary α** (the rest, {g(100 - w * 100, 3)} %, is eutectic).
""",
    fl(w * 100, 3),
    "percent",
)

# pd_04 (correct): plain, short.
w = (1.15 - 0.76) / (6.70 - 0.76)
add(
    "h4_pd_04",
    f"""
Hypereutectoid steel → proeutectoid Fe₃C.
W_Fe3C' = (C₀ − 0.76)/(6.70 − 0.76) = 0.39/5.94 = {g(w, 4)}
≈ {g(w * 100, 3)} %
""",
    fl(w * 100, 3),
    "percent",
)

# pd_05 (arithmetic_slip: 0.35 × 78 written as 24.3).
c_wrong = 0.65 * 12 + 24.3
add(
    "h4_pd_05",
    f"""
The overall composition is the mass-weighted average of the phase compositions:

C₀ = W_α C_α + W_β C_β = 0.65 × 12 + 0.35 × 78
C₀ = 7.8 + 24.3 = {g(c_wrong, 3)}

Therefore the alloy contains {g(c_wrong, 3)} wt% B.
""",
    fl(c_wrong, 3),
    "percent",
    "arithmetic_slip",
    "Second line: 0.35 × 78 = 27.3, not 24.3; C₀ = 7.8 + 27.3 = 35.1 wt% B",
)

# pd_07 (correct): mass fraction then densities.
wc = (1.0 - 0.022) / (6.70 - 0.022)
vc = wc / 7.66
va = (1 - wc) / 7.87
add(
    "h4_pd_07",
    f"""
**Step 1 – mass fraction of cementite (lever rule):**
W_Fe₃C = (1.0 − 0.022)/(6.70 − 0.022) = 0.978/6.678 = {g(wc, 4)}, W_α = {g(1 - wc, 4)}

**Step 2 – convert to volumes (per gram of steel):**
- cementite: {g(wc, 4)}/7.66 = {g(vc, 4)} cm³
- ferrite: {g(1 - wc, 4)}/7.87 = {g(va, 4)} cm³

**Step 3 – volume fraction:**
V_Fe₃C = {g(vc, 4)}/({g(vc, 4)} + {g(va, 4)}) = {g(vc / (vc + va), 3)}

**Final answer:** V_Fe₃C ≈ {g(vc / (vc + va), 3)}
""",
    fl(vc / (vc + va), 3),
    "dimensionless",
)

# ---------------------------------------------------------------- phase transformations

# trans_01 (correct): TeX, boxed.
rc = 2 * 0.132 * 1337 / (1.23e9 * 230)
add(
    "h4_trans_01",
    f"""
For homogeneous nucleation the critical radius is

$$r^* = \\frac{{2\\gamma T_m}}{{\\Delta H_f\\,\\Delta T}}$$

Substituting:

$$r^* = \\frac{{2 (0.132\\ \\mathrm{{J\\,m^{{-2}}}})(1337\\ \\mathrm{{K}})}}{{(1.23 \\times 10^{{9}}\\ \\mathrm{{J\\,m^{{-3}}}})(230\\ \\mathrm{{K}})}} = \\frac{{{g(2 * 0.132 * 1337, 4)}}}{{{tex(1.23e9 * 230, 4)}}}\\ \\mathrm{{m}} = {tex(rc, 3)}\\ \\mathrm{{m}}$$

$$\\boxed{{r^* \\approx {g(rc * 1e9, 3)}\\ \\mathrm{{nm}}}}$$
""",
    fl(rc * 1e9, 3),
    "nm",
)

# trans_04 (correct): Arrhenius on the rates.
t1, t2 = 380 + 273.15, 440 + 273.15
q = R * math.log(45 / 6.5) / (1 / t1 - 1 / t2)
add(
    "h4_trans_04",
    f"""
Rate ∝ 1/t₀.₅ = A exp(−Q/RT), so for the two temperatures

ln(t₁/t₂) = (Q/R)(1/T₁ − 1/T₂)

- T₁ = 380 °C = {g(t1, 5)} K, T₂ = 440 °C = {g(t2, 5)} K
- 1/T₁ − 1/T₂ = {uni(1 / t1, 4)} − {uni(1 / t2, 4)} = {uni(1 / t1 - 1 / t2, 4)} K⁻¹
- ln(45/6.5) = ln({g(45 / 6.5, 4)}) = {g(math.log(45 / 6.5), 4)}

Q = 8.314 × {g(math.log(45 / 6.5), 4)} / {uni(1 / t1 - 1 / t2, 4)} = {sp(q, 4)} J/mol

Activation energy ≈ {g(q / 1000, 3)} kJ/mol
""",
    fl(q / 1000, 3),
    "kJ/mol",
)

# trans_06 (percent_fraction: the fraction 0.536 reported as a percentage).
y = 1 - math.exp(-1.5e-6 * 80**3)
add(
    "h4_trans_06",
    f"""
Avrami equation with $k = 1.5 \\times 10^{{-6}}\\ \\mathrm{{s^{{-3}}}}$, $n = 3$, $t = 80$ s:

$$k t^n = 1.5 \\times 10^{{-6}} \\times 80^3 = 1.5 \\times 10^{{-6}} \\times 512\\,000 = {g(1.5e-6 * 80**3, 3)}$$

$$y = 1 - e^{{-{g(1.5e-6 * 80**3, 3)}}} = 1 - {g(1 - y, 4)} = {g(y, 3)}$$

Percentage transformed: **{g(y, 3)} %**
""",
    fl(y, 3),
    "percent",
    "percent_fraction",
    f"Last line: y = {g(y, 3)} is a fraction; as a percentage it is {g(y * 100, 3)} %",
)

# trans_07 (correct): volume ratio times 4 atoms per FCC cell.
v = 4 / 3 * math.pi * 1.5**3
n_atoms = 4 * v / 0.3615**3
add(
    "h4_trans_07",
    f"""
Volume of the nucleus: V = (4/3)π r³ = (4/3)π(1.5 nm)³ = {g(v, 4)} nm³
Volume of one FCC unit cell: a³ = (0.3615 nm)³ = {g(0.3615**3, 4)} nm³
Number of unit cells: {g(v, 4)}/{g(0.3615**3, 4)} = {g(v / 0.3615**3, 4)}
Each FCC cell contains 4 atoms → N ≈ 4 × {g(v / 0.3615**3, 4)} ≈ {sp(n_atoms, 3)} atoms

≈ {sp(n_atoms, 3)}
""",
    fl(n_atoms, 3),
    "dimensionless",
)

# trans_08 (arithmetic_slip: 30³ written as 2 700).
k_wrong = 2700 - 12**3
d_wrong = (12**3 + 5 * k_wrong) ** (1 / 3)
k_right = 30**3 - 12**3
d_right = (12**3 + 5 * k_right) ** (1 / 3)
add(
    "h4_trans_08",
    f"""
The hardness value and the temperature do not enter the calculation.

1. Find K from the 1 h anneal:
   K = (d³ − d₀³)/t = (30³ − 12³)/1 h = (2 700 − 1 728) µm³/h = {k_wrong} µm³/h
2. After a total of 5 h:
   d³ = d₀³ + K·t = 1 728 + {k_wrong} × 5 = {12**3 + 5 * k_wrong} µm³
3. d = ({12**3 + 5 * k_wrong})^(1/3) = {g(d_wrong, 4)} µm

→ The grain diameter after 5 h is about {g(d_wrong, 3)} µm.
""",
    fl(d_wrong, 3),
    "micrometer",
    "arithmetic_slip",
    f"Step 1: 30³ = 27 000 (not 2 700), K = {sp(k_right, 5)} µm³/h and d = {g(d_right, 3)} µm",
)

# trans_09 (correct): solve the shape factor numerically, Python.
lo, hi = 1e-6, math.pi - 1e-6
for _ in range(200):
    mid = (lo + hi) / 2
    c = math.cos(mid)
    if (2 + c) * (1 - c) ** 2 / 4 < 0.1:
        lo = mid
    else:
        hi = mid
theta = math.degrees((lo + hi) / 2)
cth = math.cos(math.radians(theta))
add(
    "h4_trans_09",
    f"""
The heterogeneous barrier is ΔG*_het = ΔG*_hom · S(θ), with

S(θ) = (2 + cos θ)(1 − cos θ)² / 4

We need S(θ) = 0.10. Writing c = cos θ: (2 + c)(1 − c)² = 0.40, a cubic in c. Solving it
numerically:

```python
from scipy.optimize import brentq
import numpy as np
f = lambda t: (2 + np.cos(t)) * (1 - np.cos(t))**2 / 4 - 0.1
print(np.degrees(brentq(f, 1e-6, np.pi)))   # {g(theta, 5)}
```

cos θ = {g(cth, 4)} → θ ≈ {g(theta, 3)}°

Check: (2 + {g(cth, 4)})(1 − {g(cth, 4)})²/4 = {g((2 + cth) * (1 - cth) ** 2 / 4, 3)} ✓

**θ ≈ {g(theta, 3)}°**
""",
    fl(theta, 3),
    "degree",
)

# ---------------------------------------------------------------- thermodynamics

# thermo_01 (sign_error: the Clausius–Clapeyron exponent enters with the wrong sign).
expo = 96000 / R * (1 / 800 - 1 / 700)  # negative number
p_wrong = 2.5 * math.exp(expo)
p_right = 2.5 * math.exp(-expo)
add(
    "h4_thermo_01",
    f"""
Clausius–Clapeyron (integrated, ΔH_vap constant):

ln(p₂/p₁) = (ΔH_vap/R)(1/T₂ − 1/T₁)

1/T₂ − 1/T₁ = 1/800 − 1/700 = {uni(1 / 800 - 1 / 700, 4)} K⁻¹
(ΔH_vap/R) × ({uni(1 / 800 - 1 / 700, 4)}) = (96 000/8.314) × ({uni(1 / 800 - 1 / 700, 4)}) = {g(expo, 4)}

p₂ = 2.5 kPa × e^({g(expo, 4)}) = 2.5 × {g(math.exp(expo), 4)} = {g(p_wrong, 3)} kPa

Vapour pressure at 800 K ≈ {g(p_wrong, 3)} kPa
""",
    fl(p_wrong, 3),
    "kPa",
    "sign_error",
    "First line: ln(p₂/p₁) = −(ΔH/R)(1/T₂ − 1/T₁); with the sign lost the pressure falls on heating. "
    f"Right value {g(p_right, 3)} kPa",
)

# thermo_02 (correct): one line each.
dg = -1675 - 1200 * (-313) / 1000
add(
    "h4_thermo_02",
    f"""
ΔG° = ΔH° − TΔS°
    = −1 675 kJ/mol − (1 200 K)(−0.313 kJ/(mol·K))
    = −1 675 + 375.6
    = {sp(dg, 5)} kJ/mol

ΔG°(1 200 K) ≈ −1 299 kJ per mole of Al₂O₃ (still strongly negative, alumina is very stable).
""",
    round(dg),
    "kJ/mol",
)

# thermo_03 (wrong_constant: R in cal/(mol·K) with ΔG in J/mol).
x_wrong = 18500 / (1.987 * 1100)
k_wrong = math.exp(-x_wrong)
k_right = math.exp(-18500 / (R * 1100))
add(
    "h4_thermo_03",
    f"""
The total pressure of 2 atm does not enter the standard equilibrium constant.

$$K = \\exp\\left(-\\frac{{\\Delta G^\\circ}}{{RT}}\\right)$$

With $R = 1.987$ and $\\Delta G^\\circ = 18\\,500$ J/mol:

$$\\frac{{\\Delta G^\\circ}}{{RT}} = \\frac{{18\\,500}}{{1.987 \\times 1100}} = {g(x_wrong, 4)}$$

$$K = e^{{-{g(x_wrong, 4)}}} = {tex(k_wrong, 2)}$$

**K ≈ {uni(k_wrong, 3)}**
""",
    val(k_wrong, 3),
    "dimensionless",
    "wrong_constant",
    "Second line: R = 1.987 is in cal/(mol·K) while ΔG° is in J/mol; with R = 8.314 J/(mol·K) "
    f"K = {g(k_right, 3)}",
)

# thermo_04 (unit_conversion: the kelvin result reported as °C).
t = 178000 / 160
add(
    "h4_thermo_04",
    f"""
The reaction becomes spontaneous when ΔG° = ΔH° − TΔS° < 0, i.e. above

T = ΔH°/ΔS° = 178 000 J/mol ÷ 160 J/(mol·K) = {g(t, 5)}

Above about {g(t, 5)} °C the calcination is spontaneous.
""",
    fl(t, 5),
    "degC",
    "unit_conversion",
    f"Last line: ΔH°/ΔS° is a temperature in kelvin, {g(t, 5)} K = {g(t - 273.15, 5)} °C",
)

# thermo_06 (correct): Python snippet.
x = 0.25
dgm = R * 1050 * (x * math.log(x) + (1 - x) * math.log(1 - x))
add(
    "h4_thermo_06",
    f"""
For an ideal solution ΔH_mix = 0 and

ΔG_mix = RT [x_A ln x_A + x_B ln x_B]

```python
import math
R, T, x = 8.314, 1050, 0.25
dG = R*T*(x*math.log(x) + (1-x)*math.log(1-x))
print(dG)   # {g(dgm, 5)} J/mol
```

ΔG_mix = 8.314 × 1050 × (0.25 ln 0.25 + 0.75 ln 0.75) = {g(R * 1050, 5)} × ({g(x * math.log(x) + (1 - x) * math.log(1 - x), 4)})

**ΔG_mix ≈ {g(dgm / 1000, 3)} kJ/mol**
""",
    fl(dgm / 1000, 3),
    "kJ/mol",
)

# thermo_07 (given_miscopied: specific heat 0.253 instead of 0.235 J/(g·K)).
q_sens = 2000 * 0.253 * (962 - 25)
q_wrong = (q_sens + 2000 * 105) / 1000
q_right = (2000 * 0.235 * 937 + 2000 * 105) / 1000
add(
    "h4_thermo_07",
    f"""
Two contributions: heating the solid to 962 °C, then melting it.

**1. Sensible heat**
m = 2.0 kg = 2 000 g, ΔT = 962 − 25 = 937 K
Q₁ = m c ΔT = 2 000 g × 0.253 J/(g·K) × 937 K = {sp(q_sens, 6)} J

**2. Latent heat**
Q₂ = m L = 2 000 g × 105 J/g = 210 000 J

**Total**
Q = {sp(q_sens, 6)} + 210 000 = {sp(q_sens + 210000, 6)} J ≈ **{g(q_wrong, 4)} kJ**
""",
    fl(q_wrong, 4),
    "kJ",
    "given_miscopied",
    "Step 1: the specific heat is 0.235 J/(g·K), copied as 0.253; with 0.235 Q₁ = 440 390 J and "
    f"Q = {g(q_right, 4)} kJ",
)

# ---------------------------------------------------------------- electrical properties

# elec_01 (correct): plain, 3 s.f.
area = math.pi * (2.5e-3 / 2) ** 2
res = 2.65e-8 * 120 / area
add(
    "h4_elec_01",
    f"""
R = ρL/A

A = π(d/2)² = π × (1.25 × 10⁻³ m)² = {uni(area, 4)} m²

R = (2.65 × 10⁻⁸ Ω·m × 120 m) / {uni(area, 4)} m² = {g(res, 3)} Ω

Resistance ≈ {g(res, 3)} Ω
""",
    fl(res, 3),
    "ohm",
)

# elec_03 (unit_conversion: Ω·m → Ω·cm divided by 100 instead of multiplied).
sigma = 5e21 * E_CH * 0.14
rho = 1 / sigma
add(
    "h4_elec_03",
    f"""
At this doping level n ≫ n_i, so conduction is by the donated electrons only (E_g and n_i are not
needed):

σ = n|e|μ_e = (5 × 10²¹ m⁻³)(1.602 × 10⁻¹⁹ C)(0.14 m²/V·s) = {g(sigma, 4)} (Ω·m)⁻¹

ρ = 1/σ = {g(rho, 4)} Ω·m

Converting (1 m = 100 cm): ρ = {g(rho, 4)}/100 = {uni(rho / 100, 3)} Ω·cm

ρ ≈ {uni(rho / 100, 3)} Ω·cm
""",
    val(rho / 100, 3),
    "ohm*cm",
    "unit_conversion",
    f"Conversion: 1 Ω·m = 100 Ω·cm, so ρ = {g(rho, 4)} × 100 = {g(rho * 100, 3)} Ω·cm",
)

# elec_04 (correct): band gap from two conductivities.
lnr = math.log(0.35 / 1.5e-3)
dinv = 1 / 290 - 1 / 380
eg = 2 * K_EV * lnr / dinv
add(
    "h4_elec_04",
    f"""
σ = σ₀ exp(−E_g/2kT) ⇒ ln(σ₂/σ₁) = (E_g/2k)(1/T₁ − 1/T₂)

ln(σ₂/σ₁) = ln(0.35/1.5 × 10⁻³) = ln({g(0.35 / 1.5e-3, 4)}) = {g(lnr, 4)}

1/T₁ − 1/T₂ = 1/290 − 1/380 = {uni(dinv, 4)} K⁻¹

E_g = 2k · ln(σ₂/σ₁)/(1/T₁ − 1/T₂) = 2 × 8.617 × 10⁻⁵ × {g(lnr, 4)} / {uni(dinv, 4)}
E_g ≈ {g(eg, 3)} eV
""",
    fl(eg, 3),
    "eV",
)

# elec_06 (correct): Hall coefficient, unit conversion shown.
p_m = 1 / (3.6e-4 * E_CH)
add(
    "h4_elec_06",
    f"""
For conduction by holes only, R_H = 1/(p e), so

$p = \\dfrac{{1}}{{R_H e}} = \\dfrac{{1}}{{(3.6 \\times 10^{{-4}}\\ \\mathrm{{m^3/C}})(1.602 \\times 10^{{-19}}\\ \\mathrm{{C}})}} = {tex(p_m, 3)}\\ \\mathrm{{m^{{-3}}}}$

Since $1\\ \\mathrm{{m^3}} = 10^{{6}}\\ \\mathrm{{cm^3}}$:

$p = {tex(p_m / 1e6, 3)}\\ \\mathrm{{cm^{{-3}}}}$
""",
    val(p_m / 1e6, 3),
    "1/cm**3",
)

# elec_08 (wrong_quantity: computes the displacement D = ε₀εᵣE, not P).
field = 120 / 2.0e-3
d_wrong = EPS_0 * 3.8 * field
p_right = EPS_0 * (3.8 - 1) * field
add(
    "h4_elec_08",
    f"""
Step 1: Field in the dielectric: E = V/d = 120 V / 0.0020 m = {sp(field, 3)} V/m

Step 2: Polarisation of a linear dielectric:
P = ε₀ εᵣ E = (8.854 × 10⁻¹² F/m)(3.8)({uni(field, 2)} V/m)

Step 3: P = {uni(d_wrong, 3)} C/m²

Answer: {uni(d_wrong, 3)} C/m^2
""",
    val(d_wrong, 3),
    "C/m**2",
    "wrong_quantity",
    "Step 2: ε₀εᵣE is the dielectric displacement D; the polarisation is P = ε₀(εᵣ − 1)E = "
    f"{uni(p_right, 3)} C/m²",
)

# ---------------------------------------------------------------- magnetic properties

# mag_01 (correct): TeX steps.
n = 7.90e6 * NA / 157.25
ms = 7.1 * MU_B * n
add(
    "h4_mag_01",
    f"""
**Step 1.** Atoms per cubic metre:

$$N = \\frac{{\\rho N_A}}{{A}} = \\frac{{(7.90 \\times 10^{{6}}\\ \\mathrm{{g/m^3}})(6.022 \\times 10^{{23}}\\ \\mathrm{{mol^{{-1}}}})}}{{157.25\\ \\mathrm{{g/mol}}}} = {tex(n, 4)}\\ \\mathrm{{m^{{-3}}}}$$

**Step 2.** Saturation magnetisation:

$$M_s = 7.1\\,\\mu_B N = 7.1 \\times (9.274 \\times 10^{{-24}}\\ \\mathrm{{A\\,m^2}}) \\times {tex(n, 4)}\\ \\mathrm{{m^{{-3}}}}$$

$$M_s \\approx {tex(ms, 3)}\\ \\mathrm{{A/m}}$$
""",
    val(ms, 3),
    "A/m",
)

# mag_02 (wrong_constant: μ₀ evaluated as 1.257 × 10⁻⁷ H/m).
h = 650 * 0.40 / 0.26
b_wrong = 1.257e-7 * 850 * h
b_right = MU_0 * 850 * h
add(
    "h4_mag_02",
    f"""
The wire diameter and resistance don't matter; the field inside a long solenoid is

H = NI/L = (650 × 0.40 A)/0.26 m = {sp(h, 4)} A/m

B = μ₀ μᵣ H, with μ₀ = 1.257 × 10⁻⁷ H/m:

B = 1.257 × 10⁻⁷ × 850 × {sp(h, 4)} = {g(b_wrong, 4)} T

**B ≈ {g(b_wrong, 3)} T**
""",
    fl(b_wrong, 3),
    "T",
    "wrong_constant",
    f"μ₀ line: μ₀ = 4π × 10⁻⁷ = 1.257 × 10⁻⁶ H/m; B = {g(b_right, 3)} T",
)

# mag_05 (correct): two equations, short.
add(
    "h4_mag_05",
    """
χ(T − θ) = C for both points:

4.0 × 10⁻³ (700 − θ) = 2.0 × 10⁻³ (850 − θ)
2(700 − θ) = 850 − θ
1400 − 2θ = 850 − θ → θ = 550

θ = 550 K
""",
    550.0,
    "K",
)

# mag_06 (arithmetic_slip: 8.7 × 6.022 written as 50.39 instead of 52.39).
n_wrong = 50.39e29 / 58.12
mu_wrong = 8.3e5 / (n_wrong * MU_B)
n_right = 8.7e6 * NA / 58.12
mu_right = 8.3e5 / (n_right * MU_B)
add(
    "h4_mag_06",
    f"""
1) Number of atoms per m³ (ρ = 8.7 g/cm³ = 8.7 × 10⁶ g/m³):

   N = ρN_A/A = (8.7 × 10⁶)(6.022 × 10²³)/58.12 = 50.39 × 10²⁹/58.12 = {uni(n_wrong, 4)} m⁻³

2) Moment per atom:

   μ = M_s/N = 8.3 × 10⁵ A/m ÷ {uni(n_wrong, 4)} m⁻³ = {uni(8.3e5 / n_wrong, 4)} A·m²

3) In Bohr magnetons: {uni(8.3e5 / n_wrong, 4)} / 9.274 × 10⁻²⁴ = {g(mu_wrong, 3)}

So each atom carries on average ≈ {g(mu_wrong, 3)} μ_B.
""",
    fl(mu_wrong, 3),
    "dimensionless",
    "arithmetic_slip",
    f"Step 1: 8.7 × 6.022 = 52.39, so N = {uni(n_right, 4)} m⁻³ and μ = {g(mu_right, 3)} μ_B",
)

# mag_07 (wrong_formula: the critical-field parabola used without its square root).
t_wrong = 5.40 * (1 - 6.0e4 / 1.12e5)
t_right = 5.40 * math.sqrt(1 - 6.0e4 / 1.12e5)
add(
    "h4_mag_07",
    f"""
For a type-I superconductor H_c(T) = H_c(0)[1 − (T/T_c)²]. The sample stays superconducting as
long as H < H_c(T), so at the limit

T = T_c (1 − H/H_c(0)) = 5.40 K × (1 − 6.0 × 10⁴/1.12 × 10⁵) = 5.40 × {g(1 - 6.0e4 / 1.12e5, 4)}

T ≈ {g(t_wrong, 3)} K
""",
    fl(t_wrong, 3),
    "K",
    "wrong_formula",
    "Rearranging step: T = T_c √(1 − H/H_c(0)); the square root is dropped. Right value "
    f"{g(t_right, 3)} K",
)

# ---------------------------------------------------------------- optical properties

# opt_01 (correct): bare, short.
eg = HC_EV_NM / 400
add(
    "h4_opt_01",
    f"""
To be transparent the material must not absorb even the most energetic visible photon, i.e. the
400 nm (violet) end:

E_g ≥ hc/λ = 1240 eV·nm / 400 nm ≈ {g(eg, 3)} eV

{g(eg, 3)}
""",
    fl(eg, 3),
    "eV",
)

# opt_04 (correct): Snell, short markdown.
th = math.degrees(math.asin(1.33 / 2.42))
add(
    "h4_opt_04",
    f"""
Total internal reflection starts at the critical angle, where the refracted ray grazes the surface:

$\\sin\\theta_c = n_2/n_1 = 1.33/2.42 = {g(1.33 / 2.42, 4)}$

$\\theta_c = {g(th, 4)}^{{\\circ}}$

Therefore light hitting the interface at more than ≈ {g(th, 3)}° from the normal is totally reflected.
""",
    fl(th, 3),
    "degree",
)

# opt_05 (final_miscopied: 1.30 × 10⁸ written as 1.30 × 10⁷ in the answer line).
n_ref = math.sqrt(5.3)
v = C_0 / n_ref
add(
    "h4_opt_05",
    f"""
(a) For a non-magnetic material n ≈ √εᵣ = √5.3 = {g(n_ref, 4)}

(b) v = c/n = 2.998 × 10⁸ m/s / {g(n_ref, 4)} = {uni(v, 4)} m/s

**Answer (b):** v ≈ 1.30 × 10⁷ m/s
""",
    1.30e7,
    "m/s",
    "final_miscopied",
    f"Answer line: the computed {uni(v, 3)} m/s is copied with exponent 7 instead of 8",
)

# opt_06 (wrong_formula: base-10 log in the Beer–Lambert law).
x_wrong = math.log10(1 / 0.05) / 0.35
x_right = math.log(1 / 0.05) / 0.35
add(
    "h4_opt_06",
    f"""
Beer–Lambert: I/I₀ = exp(−βx) → x = log(I₀/I)/β

I/I₀ = 0.05 → I₀/I = 20

x = log(20)/0.35 cm⁻¹ = {g(math.log10(20), 4)}/0.35 = {g(x_wrong, 3)} cm

The block must be about {g(x_wrong, 3)} cm thick.
""",
    fl(x_wrong, 3),
    "cm",
    "wrong_formula",
    f"Third line: the log must be natural, ln 20 = 2.996, so x = {g(x_right, 3)} cm",
)

# opt_07 (correct): photons per second, 3 s.f., scientific e-notation.
e_ph = H_PL * C_0 / 532e-9
rate = 20e-3 / e_ph
add(
    "h4_opt_07",
    f"""
Energy per photon: E = hc/λ = (6.626e-34 J·s × 2.998e8 m/s)/(532e-9 m) = {sci(e_ph, 4)} J

Photon rate: N = P/E = 0.020 W / {sci(e_ph, 4)} J = {sci(rate, 3)} s⁻¹

≈ {sci(rate, 3)} photons per second
""",
    val(rate, 3),
    "1/s",
)

# opt_08 (missing_factor: quarter-wave condition written as λ/2n).
t_wrong = 550 / (2 * 1.38)
t_right = 550 / (4 * 1.38)
add(
    "h4_opt_08",
    f"""
For destructive interference between the reflections at the air/MgF₂ and MgF₂/glass surfaces
(both with a phase shift of π, since 1 < 1.38 < 1.52), the optical path difference 2n t must equal
half a wavelength... taking the minimum thickness condition t = λ/(2n_c):

t = 550 nm / (2 × 1.38) = {g(t_wrong, 4)} nm

→ minimum coating thickness ≈ {g(t_wrong, 3)} nm
""",
    fl(t_wrong, 3),
    "nm",
    "missing_factor",
    f"Condition: 2n t = λ/2 gives t = λ/(4n) = {g(t_right, 3)} nm; the factor 2 is lost",
)

# ---------------------------------------------------------------- thermal properties

# therm_01 (correct): one-liner style.
dl = 17.0e-6 * 12.0 * (115 - 15) * 1000
add(
    "h4_therm_01",
    f"""
ΔL = α L₀ ΔT = 17.0 × 10⁻⁶ °C⁻¹ × 12.0 m × 100 °C = 0.0204 m

ΔL ≈ {g(dl, 3)} mm
""",
    fl(dl, 3),
    "mm",
)

# therm_02 (wrong_quantity: reports the temperature rise, not the temperature).
dt = 120e6 / (70e9 * 23e-6)
add(
    "h4_therm_02",
    f"""
1. With both ends fixed, the thermal strain is fully suppressed, so the stress is σ = E α ΔT.
2. Solve for the temperature change: ΔT = σ/(E α)
3. ΔT = 120 × 10⁶ Pa / (70 × 10⁹ Pa × 23 × 10⁻⁶ °C⁻¹) = 120 × 10⁶ / 1.61 × 10⁶ = {g(dt, 4)} °C

**Final answer:** {g(dt, 3)} °C
""",
    fl(dt, 3),
    "degC",
    "wrong_quantity",
    f"Final step: {g(dt, 3)} °C is the temperature rise; the strut reaches 15 + {g(dt, 3)} = "
    f"{g(15 + dt, 3)} °C",
)

# therm_03 (unit_conversion: 4.0 mm written as 0.04 m).
q_wrong = 0.96 * 1.5 * 20 / 0.04
q_right = 0.96 * 1.5 * 20 / 0.004
add(
    "h4_therm_03",
    f"""
Steady conduction through a plane wall (the density and specific heat only matter for transients):

$$\\dot Q = \\frac{{k A \\Delta T}}{{L}}$$

- $k = 0.96$ W/(m·K), $A = 1.5$ m², $\\Delta T = 22 - 2 = 20$ K
- $L = 4.0$ mm $= 0.04$ m

$$\\dot Q = \\frac{{0.96 \\times 1.5 \\times 20}}{{0.04}} = {g(q_wrong, 3)}\\ \\mathrm{{W}} = {g(q_wrong / 1000, 2)}\\ \\mathrm{{kW}}$$
""",
    fl(q_wrong / 1000, 2),
    "kW",
    "unit_conversion",
    f"Thickness: 4.0 mm = 0.004 m (not 0.04 m); Q = {g(q_right, 3)} W = {g(q_right / 1000, 2)} kW",
)

# therm_04 (correct): series resistances, TeX.
r1, r2 = 0.230 / 1.4, 0.115 / 0.17
qf = (1100 - 60) / (r1 + r2)
add(
    "h4_therm_04",
    f"""
The two layers act as thermal resistances in series (per unit area):

$$R_1 = \\frac{{L_1}}{{k_1}} = \\frac{{0.230}}{{1.4}} = {g(r1, 4)}\\ \\mathrm{{m^2\\,K/W}}, \\qquad R_2 = \\frac{{L_2}}{{k_2}} = \\frac{{0.115}}{{0.17}} = {g(r2, 4)}\\ \\mathrm{{m^2\\,K/W}}$$

$$q = \\frac{{T_h - T_c}}{{R_1 + R_2}} = \\frac{{1100 - 60}}{{{g(r1 + r2, 4)}}} = {g(qf, 4)}\\ \\mathrm{{W\\,m^{{-2}}}}$$

Therefore the heat flux is about $1.24 \\times 10^{{3}}$ W/m².
""",
    1240.0,
    "W/m**2",
)

# therm_07 (unit_conversion: Stefan–Boltzmann law evaluated with °C).
q_wrong = 0.85 * SIGMA * (900**4 - 25**4)
q_right = 0.85 * SIGMA * (1173.15**4 - 298.15**4)
add(
    "h4_therm_07",
    f"""
Net radiative exchange with large surroundings:

q = εσ(T_s⁴ − T_sur⁴)
  = 0.85 × 5.67 × 10⁻⁸ W/(m²·K⁴) × (900⁴ − 25⁴)
  = 0.85 × 5.67 × 10⁻⁸ × {uni(900**4 - 25**4, 4)}
  = {sp(q_wrong, 4)} W/m²

q ≈ {g(q_wrong / 1000, 3)} kW/m²
""",
    fl(q_wrong / 1000, 3),
    "kW/m**2",
    "unit_conversion",
    "Second line: the T⁴ law needs absolute temperatures, 1173 K and 298 K; q = "
    f"{g(q_right / 1000, 3)} kW/m²",
)

# therm_08 (correct): shrink fit.
dt = (50.08 - 50.00) / (12e-6 * 50.00)
add(
    "h4_therm_08",
    f"""
The bore must grow by ΔD = 50.08 − 50.00 = 0.08 mm.

ΔD = α D₀ ΔT → ΔT = ΔD/(α D₀) = 0.08 / (12 × 10⁻⁶ × 50.00) = {g(dt, 4)} °C

T = 20 + {g(dt, 4)} = {g(20 + dt, 4)} °C

So heat the ring to at least ≈ {g(20 + dt, 3)} °C.
""",
    fl(20 + dt, 3),
    "degC",
)

# ---------------------------------------------------------------- polymers

A_C, A_H = 12.01, 1.008
M_STYRENE = 8 * A_C + 8 * A_H

# poly_01 (given_miscopied: M_n 310 000 copied as 301 000).
dp_wrong = 301000 / M_STYRENE
dp_right = 310000 / M_STYRENE
add(
    "h4_poly_01",
    f"""
Repeat unit of polystyrene: –CH₂–CH(C₆H₅)–, i.e. C₈H₈

m = 8(12.01) + 8(1.008) = {g(M_STYRENE, 5)} g/mol

DP = M̄_n / m = 301 000 / {g(M_STYRENE, 5)} ≈ {sp(dp_wrong, 4)}

(The density and T_g are not needed.)
DP ≈ {sp(dp_wrong, 4)}
""",
    fl(dp_wrong, 4),
    "dimensionless",
    "given_miscopied",
    f"DP line: M̄_n is 310 000 g/mol (copied as 301 000); DP = {sp(dp_right, 4)}",
)

# poly_02 (correct): table.
rows = ((12000, 0.15), (24000, 0.40), (36000, 0.30), (48000, 0.15))
mn = sum(m * x for m, x in rows)
table = "\n".join(f"| {sp(m, 5)} | {x:.2f} | {round(m * x):,} |".replace(",", " ") for m, x in rows)
add(
    "h4_poly_02",
    f"""
M̄_n = Σ xᵢ Mᵢ

| Mᵢ (g/mol) | xᵢ | xᵢMᵢ |
|---|---|---|
{table}
| | **Σ** | **{sp(mn, 5)}** |

**M̄_n = {sp(mn, 5)} g/mol**
""",
    float(mn),
    "g/mol",
)

# poly_04 (arithmetic_slip: 0.25 × 1.21 × 10¹⁰ written as 3.25 × 10⁹).
fr = ((0.35, 12000), (0.40, 45000), (0.25, 110000))
mn = sum(x * m for x, m in fr)
s2_wrong = 0.35 * 12000**2 + 0.40 * 45000**2 + 3.25e9
mw_wrong = s2_wrong / mn
s2_right = sum(x * m * m for x, m in fr)
add(
    "h4_poly_04",
    f"""
With number fractions xᵢ:

- M̄_n = Σxᵢ Mᵢ = 0.35(12 000) + 0.40(45 000) + 0.25(110 000) = 4 200 + 18 000 + 27 500 = {sp(mn, 5)} g/mol
- Σxᵢ Mᵢ² = 0.35(1.44 × 10⁸) + 0.40(2.025 × 10⁹) + 0.25(1.21 × 10¹⁰)
  = 5.04 × 10⁷ + 8.10 × 10⁸ + 3.25 × 10⁹ = {uni(s2_wrong, 4)}
- M̄_w = Σxᵢ Mᵢ² / M̄_n = {uni(s2_wrong, 4)} / {sp(mn, 5)} = {sp(mw_wrong, 4)} g/mol

PDI = M̄_w/M̄_n = {sp(mw_wrong, 4)} / {sp(mn, 5)} ≈ {g(mw_wrong / mn, 3)}
""",
    fl(mw_wrong / mn, 3),
    "dimensionless",
    "arithmetic_slip",
    "Σx M² line: 0.25 × 1.21 × 10¹⁰ = 3.025 × 10⁹ (written 3.25 × 10⁹); M̄_w = "
    f"{sp(s2_right / mn, 4)} g/mol and PDI = {g(s2_right / mn / mn, 3)}",
)

# poly_05 (correct): TeX, percent.
rc, ra, rs = 0.946, 0.855, 0.904
pc = rc * (rs - ra) / (rs * (rc - ra)) * 100
add(
    "h4_poly_05",
    f"""
$$\\%\\,\\text{{crystallinity}} = \\frac{{\\rho_c(\\rho_s - \\rho_a)}}{{\\rho_s(\\rho_c - \\rho_a)}} \\times 100 = \\frac{{0.946\\,(0.904 - 0.855)}}{{0.904\\,(0.946 - 0.855)}} \\times 100$$

$$= \\frac{{{g(rc * (rs - ra), 4)}}}{{{g(rs * (rc - ra), 4)}}} \\times 100 \\approx {g(pc, 3)}\\%$$
""",
    fl(pc, 3),
    "percent",
)

# poly_06 (wrong_quantity: reports the propylene fraction).
m_avg = 80000 / 2300
m_e, m_p = 2 * A_C + 4 * A_H, 3 * A_C + 6 * A_H
f_e = (m_p - m_avg) / (m_p - m_e)
add(
    "h4_poly_06",
    f"""
Average repeat-unit weight: m̄ = M̄_n / DP = 80 000 / 2 300 = {g(m_avg, 4)} g/mol

Repeat units: ethylene C₂H₄ = {g(m_e, 4)} g/mol, propylene C₃H₆ = {g(m_p, 4)} g/mol

m̄ = f·m_p + (1 − f)·m_e
{g(m_avg, 4)} = {g(m_e, 4)} + f({g(m_p - m_e, 4)})
f = ({g(m_avg, 4)} − {g(m_e, 4)})/{g(m_p - m_e, 4)} = {g(1 - f_e, 3)}

Number fraction ≈ {g(1 - f_e, 3)}
""",
    fl(1 - f_e, 3),
    "dimensionless",
    "wrong_quantity",
    "Mixing line: f as set up is the propylene fraction; the ethylene fraction asked for is "
    f"1 − f = {g(f_e, 3)}",
)

# poly_08 (final_miscopied: 1.131 GPa written as 1.31 GPa).
tau = 60 / math.log(6.0 / 4.2)
s10 = 6.0 * math.exp(-10 / tau)
er = s10 / 0.005
add(
    "h4_poly_08",
    f"""
**1. Relaxation time** from the two stress readings:
4.2 = 6.0 exp(−60/τ) → τ = 60 / ln(6.0/4.2) = 60 / {g(math.log(6 / 4.2), 4)} = {g(tau, 4)} s

**2. Stress at 10 s:**
σ(10) = 6.0 exp(−10/{g(tau, 4)}) = 6.0 × {g(math.exp(-10 / tau), 4)} = {g(s10, 4)} MPa

**3. Relaxation modulus:**
E_r(10) = σ(10)/ε₀ = {g(s10, 4)} MPa / 0.005 = {sp(er, 4)} MPa

**E_r(10 s) ≈ 1.31 GPa**
""",
    1.31,
    "GPa",
    "final_miscopied",
    f"Last line: {sp(er, 4)} MPa is {g(er / 1000, 3)} GPa; the answer drops a digit",
)

# ---------------------------------------------------------------- ceramics and composites

# cc_01 (correct): Unicode, distractors named.
m_f = 40.078 + 2 * 18.998
v_cm = (0.5463e-7) ** 3
rho = 4 * m_f / (v_cm * NA)
add(
    "h4_cc_01",
    f"""
Melting point and refractive index are irrelevant.

ρ = n′(ΣA)/(V_C N_A)

- n′ = 4 CaF₂ per cell
- ΣA = 40.078 + 2(18.998) = {g(m_f, 5)} g/mol
- V_C = a³ = (0.5463 × 10⁻⁷ cm)³ = {uni(v_cm, 4)} cm³

ρ = 4 × {g(m_f, 5)} / ({uni(v_cm, 4)} × 6.022 × 10²³) = {g(rho, 4)} g/cm³

Therefore ρ(CaF₂) ≈ {g(rho, 3)} g/cm³.
""",
    fl(rho, 3),
    "g/cm**3",
)

# cc_03 (wrong_formula: rectangular-bar formula with b = d = diameter).
s_wrong = 3 * 210 * 25 / (2 * 3.2 * 3.2**2)
r = 1.6
s_right = 210 * 25 / (math.pi * r**3)
add(
    "h4_cc_03",
    f"""
Three-point bending flexural strength:

$$\\sigma_{{fs}} = \\frac{{3 F_f L}}{{2 b d^2}}$$

Taking $b = d = 3.2$ mm for the rod:

$$\\sigma_{{fs}} = \\frac{{3 (210\\ \\mathrm{{N}})(25\\ \\mathrm{{mm}})}}{{2 (3.2\\ \\mathrm{{mm}})(3.2\\ \\mathrm{{mm}})^2}} = \\frac{{15\\,750}}{{{g(2 * 3.2**3, 5)}}}\\ \\mathrm{{N/mm^2}}$$

$$\\sigma_{{fs}} \\approx {g(s_wrong, 3)}\\ \\mathrm{{MPa}}$$
""",
    fl(s_wrong, 3),
    "MPa",
    "wrong_formula",
    "Formula: for a circular cross-section σ_fs = F L/(π R³) with R = 1.6 mm; right value "
    f"{g(s_right, 3)} MPa",
)

# cc_05 (final_miscopied: 2 172 MPa written as 2 712 MPa).
s_cl = 30 * 0.4 + 3600 * 0.6
add(
    "h4_cc_05",
    f"""
Rule of mixtures for the longitudinal strength:

σ*_cl = σ′_m(1 − V_f) + σ*_f V_f
      = 30 MPa × 0.40 + 3 600 MPa × 0.60
      = 12 + 2 160
      = {sp(s_cl, 4)} MPa

Longitudinal tensile strength ≈ 2 712 MPa
""",
    2712.0,
    "MPa",
    "final_miscopied",
    f"Last line: the computed {sp(s_cl, 4)} MPa is copied with two digits swapped (2 712)",
)

# cc_06 (correct): ratio of loads, numbered.
ratio = 400 * 0.45 / (70 * 0.55)
frac = ratio / (1 + ratio)
add(
    "h4_cc_06",
    f"""
1. Iso-strain: F_f/F_m = E_f V_f/(E_m V_m) = (400 × 0.45)/(70 × 0.55) = 180/38.5 = {g(ratio, 4)}
2. Fraction carried by the fibres: F_f/(F_f + F_m) = {g(ratio, 4)}/(1 + {g(ratio, 4)}) = {g(frac, 4)}

The fibres carry about {g(frac * 100, 3)} % of the load.
""",
    fl(frac * 100, 3),
    "percent",
)

# cc_08 (missing_factor: critical length σd/τ without the 2).
lc_wrong = 2400 * 10 / 12
add(
    "h4_cc_08",
    f"""
l_c = σ*_f d / τ_c = (2 400 MPa)(10 µm)/(12 MPa) = {sp(lc_wrong, 4)} µm

l_c ≈ {sp(lc_wrong, 4)} µm (2 mm)
""",
    lc_wrong,
    "micrometer",
    "missing_factor",
    "Formula: l_c = σ*_f d/(2τ_c); the 2 is missing; right value 1 000 µm",
)

# cc_09 (correct): Weibull survival.
ps = math.exp(-((250 / 300) ** 10))
add(
    "h4_cc_09",
    f"""
P_s = exp[−(σ/σ₀)^m] = exp[−(250/300)^10] = exp[−(0.8333)^10] = exp(−{g((250 / 300) ** 10, 4)}) = {g(ps, 4)}

≈ {g(ps * 100, 3)} % of the bars survive the proof test.
""",
    fl(ps * 100, 3),
    "percent",
)

# ---------------------------------------------------------------- corrosion and electrochemistry

# corr_01 (correct): Faraday, plain.
m = 1.8 * 25 * 60 * 107.87 / (1 * F)
add(
    "h4_corr_01",
    f"""
Faraday's law: m = I t M / (n F), with n = 1 for Ag⁺.

t = 25 min = 1 500 s
Q = I t = 1.8 A × 1 500 s = 2 700 C
m = 2 700 × 107.87 / (1 × 96 485) = {g(m, 4)} g

About {g(m, 3)} g of silver is deposited.
""",
    fl(m, 3),
    "g",
)

# corr_02 (wrong_constant: RT/F = 0.0257 V used with log₁₀).
wrong = -0.250 + 0.0257 / 2 * math.log10(0.040)
right = -0.250 + 0.05916 / 2 * math.log10(0.040)
add(
    "h4_corr_02",
    f"""
Nernst equation for Ni²⁺ + 2e⁻ → Ni at 25 °C:

E = E° + (RT/nF) log[Ni²⁺]

RT/F = 0.0257 V, n = 2 → RT/2F = 0.01285 V
log(0.040) = {g(math.log10(0.040), 4)}

E = −0.250 + 0.01285 × ({g(math.log10(0.040), 4)}) = −0.250 − {g(-0.0257 / 2 * math.log10(0.040), 3)}
E = {wrong:.3f} V vs SHE
""",
    round(wrong, 3),
    "V",
    "wrong_constant",
    "Nernst factor: with log₁₀ the factor is 2.303RT/nF = 0.0296 V (0.0257 V belongs with ln); "
    f"E = {right:.3f} V",
)

# corr_06 (correct): TeX, boxed.
e0 = -0.440 - (-0.763)
corr = 0.05916 / 2 * math.log10(0.20 / 0.0050)
ecell = e0 - corr
add(
    "h4_corr_06",
    f"""
Zinc is the more active metal, so it is the anode: $\\mathrm{{Zn + Fe^{{2+}} \\rightarrow Zn^{{2+}} + Fe}}$.

$$E^\\circ_{{cell}} = -0.440 - (-0.763) = 0.323\\ \\mathrm{{V}}$$

$$E = E^\\circ - \\frac{{0.0592}}{{2}}\\log\\frac{{[\\mathrm{{Zn^{{2+}}}}]}}{{[\\mathrm{{Fe^{{2+}}}}]}} = 0.323 - 0.0296 \\log\\frac{{0.20}}{{0.0050}} = 0.323 - 0.0296 \\times {g(math.log10(40), 4)}$$

$$E = 0.323 - {g(corr, 3)} = \\boxed{{{g(ecell, 3)}\\ \\mathrm{{V}}}}$$
""",
    fl(ecell, 3),
    "V",
)

# corr_08 (correct): concentration polarisation, short with ln.
eta = R * 298.15 / (2 * F) * math.log(1 - 0.9)
add(
    "h4_corr_08",
    f"""
η_c = (RT/nF) ln(1 − i/i_L) = (8.314 × 298 / (2 × 96 485)) × ln(0.10)
    = 0.01285 V × (−2.303) = {g(eta, 3)} V

|η_c| ≈ {g(-eta * 1000, 3)} mV
""",
    fl(-eta * 1000, 3),
    "mV",
)

# corr_09 (unit_conversion: 15 µm written as 15 × 10⁻³ cm).
m_wrong = 8.90 * 200 * 15e-3
t_wrong = m_wrong * 2 * F / (2.0 * 58.69)
t_right = 8.90 * 200 * 15e-4 * 2 * F / (2.0 * 58.69)
add(
    "h4_corr_09",
    f"""
**Mass of nickel needed** (the bath temperature plays no role):
V = A × t = 200 cm² × 15 × 10⁻³ cm = {g(200 * 15e-3, 3)} cm³
m = ρV = 8.90 g/cm³ × {g(200 * 15e-3, 3)} cm³ = {g(m_wrong, 4)} g

**Charge and time** (Ni²⁺ → n = 2):
t = m n F / (I M) = {g(m_wrong, 4)} × 2 × 96 485 / (2.0 × 58.69) = {sp(t_wrong, 5)} s

t = {sp(t_wrong, 5)} s / 60 ≈ {g(t_wrong / 60, 4)} min
""",
    fl(t_wrong / 60, 4),
    "minute",
    "unit_conversion",
    "Volume step: 15 µm = 15 × 10⁻⁴ cm (1.5 × 10⁻³ cm), not 15 × 10⁻³ cm; m = 2.67 g and "
    f"t = {g(t_right / 60, 4)} min",
)

if __name__ == "__main__":
    SET.write()
