"""Build tests/data/worked_answers_heldout5.jsonl: chat-style worked answers to exam set F.

Written blind (without reading the answer engine or its checks), like the earlier worked-answer
sets: each response imitates how a chat model answers an exam question of
``answer_exam_heldout5.json`` (markdown, TeX, Unicode units, numbered steps, ``\\boxed{}``,
tables, Python snippets, "Therefore ...", bare final numbers). Set F pairs them: each of the 40
chosen questions gets one response that is right in every step and one that carries exactly one
labelled error (see ``worked_answers_check.ERROR_CLASSES``); the wrong record's note says at which
step it first goes wrong and what the right value is. Every number a response writes is computed
here, so that only the labelled step is wrong and everything after it follows from it.

Must-refuse items and the items whose key lists two readings get no response.

Run: ``python tests/data/build_worked_answers_heldout5.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout5``.
"""

from __future__ import annotations

import math

from scipy.special import erfinv
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
    g,
    sp,
    tex,
    uni,
    val,
)

SET = WorkedSet("heldout5")
add = SET.add


def fl(x: float, n: int = 3) -> float:
    """``x`` rounded to ``n`` significant figures (plain notation)."""
    return float(g(x, n))


# ---------------------------------------------------------------- crystallography

# cryst_01: BCC density.
a = 4 * 0.1249e-7 / math.sqrt(3)  # cm
rho = 2 * 52.00 / (a**3 * NA)
add(
    "h5_cryst_01",
    f"""
Chromium is BCC, so there are **2 atoms per unit cell** and the atoms touch along the body diagonal (√3·a = 4R).

1. Lattice parameter: a = 4R/√3 = 4(0.1249 nm)/√3 = {g(a * 1e7, 4)} nm = {uni(a, 4)} cm
2. Cell volume: V_C = a³ = {uni(a**3, 4)} cm³
3. Density:

ρ = nA/(V_C N_A) = (2 × 52.00 g/mol)/({uni(a**3, 4)} cm³ × 6.022 × 10²³ mol⁻¹)

**Answer:** ρ ≈ {g(rho, 3)} g/cm³
""",
    fl(rho, 3),
    "g/cm**3",
)
rho_w = 4 * 52.00 / (a**3 * NA)
add(
    "h5_cryst_01",
    f"""
To find the theoretical density we use

$$\\rho = \\frac{{nA}}{{V_C N_A}}$$

For chromium the unit cell contains n = 4 atoms, and with a = 4R/√3:

$$a = \\frac{{4(0.1249)}}{{\\sqrt{{3}}}} = {g(a * 1e7, 4)}\\ \\text{{nm}} \\Rightarrow V_C = {tex(a**3, 4)}\\ \\text{{cm}}^3$$

$$\\rho = \\frac{{4 \\times 52.00}}{{({tex(a**3, 4)})(6.022 \\times 10^{{23}})}} = {g(rho_w, 4)}\\ \\text{{g/cm}}^3$$

Therefore the theoretical density of chromium is about **{g(rho_w, 3)} g/cm³**.
""",
    fl(rho_w, 3),
    "g/cm**3",
    "wrong_formula",
    f"n step: a BCC cell holds 2 atoms, not 4 (the FCC count); ρ = {g(rho, 3)} g/cm³",
)

# cryst_02: Al 311 with Mo Kα.
d = 4.0495 / math.sqrt(11)
s = 0.7093 / (2 * d)
th = math.degrees(math.asin(s))
add(
    "h5_cryst_02",
    f"""
For a cubic crystal $d_{{hkl}} = a/\\sqrt{{h^2+k^2+l^2}}$; for (311), $h^2+k^2+l^2 = 11$ (allowed in FCC: all odd).

$d_{{311}} = 4.0495/\\sqrt{{11}} = {g(d, 5)}$ Å

Bragg: $\\sin\\theta = \\lambda/2d = 0.7093/(2 \\times {g(d, 5)}) = {g(s, 4)}$ → $\\theta = {g(th, 4)}^\\circ$

$$\\boxed{{2\\theta = {g(2 * th, 4)}^\\circ}}$$
""",
    fl(2 * th, 4),
    "degree",
)
add(
    "h5_cryst_02",
    f"""
**Step 1 – interplanar spacing**
d₃₁₁ = a/√(9+1+1) = 4.0495 Å/3.3166 = {g(d, 4)} Å

**Step 2 – Bragg's law** (n = 1)
sin θ = λ/(2d) = 0.7093/{g(2 * d, 4)} = {g(s, 4)}

**Step 3 – angle**
θ = sin⁻¹({g(s, 4)}) ≈ {g(th, 4)}°

So the 311 reflection of aluminium with Mo Kα radiation appears at ≈ **{g(th, 4)}°**.
""",
    fl(th, 4),
    "degree",
    "wrong_quantity",
    f"Step 3: {g(th, 4)}° is θ; the diffractometer angle asked is 2θ = {g(2 * th, 4)}°",
)

# cryst_05: HCP Mg density.
vol_nm3 = 3 * math.sqrt(3) / 2 * 0.3209**2 * 0.5211
vol = vol_nm3 * 1e-27
rho = 6 * 24.31e-3 / (vol * NA)
add(
    "h5_cryst_05",
    f"""
```python
import math
a, c = 0.3209e-9, 0.5211e-9      # m
A = 24.31e-3                     # kg/mol
V = 3*math.sqrt(3)/2 * a**2 * c  # hexagonal cell, 6 atoms
rho = 6*A/(V*6.022e23)
print(V, rho)                    # {vol:.4e}  {rho:.1f}
```

The hexagonal cell has volume V = (3√3/2)a²c = {g(vol_nm3, 4)} nm³ = {uni(vol, 4)} m³ and holds 6 Mg atoms.

ρ = 6 × 0.02431 / ({uni(vol, 4)} × 6.022×10²³) ≈ **{sp(rho, 4)} kg m⁻³**
""",
    fl(rho, 4),
    "kg/m**3",
)
vol_w = vol_nm3 * 1e-28
rho_w = 6 * 24.31e-3 / (vol_w * NA)
add(
    "h5_cryst_05",
    f"""
Volume of the hexagonal unit cell:

V = (3√3/2) a² c = 2.598 × (0.3209 nm)² × 0.5211 nm = {g(vol_nm3, 4)} nm³

Converting: 1 nm³ = 10⁻²⁸ m³, so V = {uni(vol_w, 4)} m³.

Density (6 atoms per cell):

ρ = (6 × 24.31 × 10⁻³ kg/mol) / ({uni(vol_w, 4)} m³ × 6.022 × 10²³ mol⁻¹)

ρ ≈ {sp(rho_w, 4)} kg/m³
""",
    fl(rho_w, 4),
    "kg/m**3",
    "unit_conversion",
    f"Volume conversion: 1 nm³ = 10⁻²⁷ m³, not 10⁻²⁸; ρ = {sp(rho, 4)} kg/m³",
)


# ---------------------------------------------------------------- defects

# def_02: vacancies in gold at 900 °C.
n_sites = NA * 19.32e6 / 196.97  # per m³
x = 0.98 / (K_EV * 1173.15)
nv = n_sites * math.exp(-x)
add(
    "h5_def_02",
    f"""
**Number of lattice sites**

$$N = \\frac{{N_A\\,\\rho}}{{A_{{Au}}}} = \\frac{{(6.022\\times10^{{23}})(19.32\\times10^{{6}}\\ \\mathrm{{g\\,m^{{-3}}}})}}{{196.97\\ \\mathrm{{g\\,mol^{{-1}}}}}} = {tex(n_sites, 4)}\\ \\mathrm{{m^{{-3}}}}$$

**Boltzmann factor** (T = 900 + 273 = 1173 K)

$$\\frac{{Q_v}}{{kT}} = \\frac{{0.98}}{{(8.617\\times10^{{-5}})(1173.15)}} = {g(x, 4)}$$

$$N_v = N e^{{-Q_v/kT}} = ({tex(n_sites, 4)})\\,e^{{-{g(x, 4)}}} = {tex(nv, 3)}\\ \\mathrm{{m^{{-3}}}}$$

**Answer:** about {uni(nv, 3)} vacancies per m³.
""",
    val(nv, 3),
    "1/m**3",
)
x_w = 0.89 / (K_EV * 1173.15)
nv_w = n_sites * math.exp(-x_w)
add(
    "h5_def_02",
    f"""
N_v = N exp(−Q_v / kT)

- N = N_A ρ / A = 6.022e23 × 19.32 / 196.97 = {uni(n_sites / 1e6, 4)} atoms/cm³ = {uni(n_sites, 4)} m⁻³
- T = 1173 K, kT = 8.617e-5 × 1173.15 = {g(K_EV * 1173.15, 4)} eV
- Q_v/kT = 0.89 / {g(K_EV * 1173.15, 4)} = {g(x_w, 4)}

N_v = {uni(n_sites, 4)} × exp(−{g(x_w, 4)}) = {uni(nv_w, 3)} m⁻³

≈ {uni(nv_w, 3)} vacancies/m³
""",
    val(nv_w, 3),
    "1/m**3",
    "given_miscopied",
    f"Q_v/kT step: the formation energy is 0.98 eV, not 0.89 eV; N_v = {uni(nv, 3)} m⁻³",
)

# def_05: grains per mm² for ASTM 7.
n100 = 2 ** (7 - 1)
per_mm2 = n100 * 1e4 / 645.16
add(
    "h5_def_05",
    f"""
The ASTM relation is N = 2^(n−1), where N is the number of grains per square inch **at 100×**.

- N = 2^(7−1) = 2⁶ = {n100} grains/in² at 100×
- At 1× the linear scale is 100× smaller, so areas are 100² = 10⁴ times smaller and the count per
  in² is 10⁴ times larger: {n100} × 10⁴ = {sp(n100 * 1e4, 3)} grains/in²
- 1 in² = 645.16 mm² → {sp(n100 * 1e4, 3)}/645.16 = {g(per_mm2, 4)} grains/mm²

**≈ {g(per_mm2, 3)} grains per mm²**
""",
    fl(per_mm2, 3),
    "1/mm**2",
)
n100_w = 2 ** (7 + 1)
per_mm2_w = n100_w * 1e4 / 645.16
add(
    "h5_def_05",
    f"""
Using the ASTM grain-size equation N = 2^(n+1) with n = 7:

N = 2⁸ = {n100_w} grains per in² at a magnification of 100×.

Correcting to the true surface (×100² = ×10⁴): {sp(n100_w * 1e4, 3)} grains/in².

Per mm² (1 in² = 645.16 mm²): {sp(n100_w * 1e4, 3)} / 645.16 = {sp(per_mm2_w, 4)}

Therefore there are about {sp(per_mm2_w, 4)} grains/mm².
""",
    fl(per_mm2_w, 4),
    "1/mm**2",
    "sign_error",
    f"First step: N = 2^(n−1), not 2^(n+1); N = {n100} grains/in² at 100× and {g(per_mm2, 3)} grains/mm²",
)

# def_07: wt% → at%.
zn, cu = 30 / 65.38, 70 / 63.55
at = zn / (zn + cu)
add(
    "h5_def_07",
    f"""
Convert each mass to moles (per 100 g of alloy):

| element | wt% | A (g/mol) | mol |
|---|---|---|---|
| Zn | 30 | 65.38 | {g(zn, 4)} |
| Cu | 70 | 63.55 | {g(cu, 4)} |

at% Zn = {g(zn, 4)} / ({g(zn, 4)} + {g(cu, 4)}) × 100 = **{g(at * 100, 4)} at%**
""",
    fl(at * 100, 4),
    "percent",
)
add(
    "h5_def_07",
    f"""
C'_Zn = (C_Zn/A_Zn) / (C_Zn/A_Zn + C_Cu/A_Cu)

= (30/65.38) / (30/65.38 + 70/63.55)
= {g(zn, 4)} / ({g(zn, 4)} + {g(cu, 4)})
= {g(at, 4)}

The brass contains **{g(at, 3)} at% Zn**.
""",
    fl(at, 3),
    "percent",
    "percent_fraction",
    f"Last line: {g(at, 4)} is the atom fraction; as a percentage it is {g(at * 100, 4)} at%",
)

# ---------------------------------------------------------------- diffusion

# diff_02: D at 1050 °C.
t = 1050 + 273.15
expo = 148000 / (R * t)
dval = 2.3e-5 * math.exp(-expo)
add(
    "h5_diff_02",
    f"""
Use the Arrhenius form D = D₀ exp(−Q_d/RT) with T in kelvin: T = 1050 + 273 = {g(t, 6)} K.

Q_d/RT = 148 000 / (8.314 × {g(t, 6)}) = {g(expo, 5)}

exp(−{g(expo, 5)}) = {uni(math.exp(-expo), 4)}

D = 2.3 × 10⁻⁵ m²/s × {uni(math.exp(-expo), 4)} = **{uni(dval, 3)} m²/s**
""",
    val(dval, 3),
    "m**2/s",
)
expo_w = 148000 / (R * 1050)
d_w = 2.3e-5 * math.exp(-expo_w)
add(
    "h5_diff_02",
    f"""
$$D = D_0 \\exp\\left(-\\frac{{Q_d}}{{RT}}\\right)$$

$$\\frac{{Q_d}}{{RT}} = \\frac{{148\\,000}}{{8.314 \\times 1050}} = {g(expo_w, 5)}$$

$$D = (2.3\\times10^{{-5}})\\,e^{{-{g(expo_w, 5)}}} = {tex(d_w, 3)}\\ \\mathrm{{m^2/s}}$$

So at 1 050 °C, $D \\approx {tex(d_w, 3)}$ m²/s.
""",
    val(d_w, 3),
    "m**2/s",
    "unit_conversion",
    f"Q_d/RT step: the temperature must be in kelvin (1323 K), not 1050; D = {uni(dval, 3)} m²/s",
)

# diff_04: carburising time.
z = float(erfinv(0.625))
t_s = (0.8e-3) ** 2 / (4 * z**2 * 1.4e-11)
add(
    "h5_diff_04",
    f"""
**Set up the error-function solution**

(C_x − C₀)/(C_s − C₀) = 1 − erf(x / 2√(Dt))

(0.50 − 0.20)/(1.00 − 0.20) = 0.375 → erf(z) = 0.625

Inverting the error function (table, or scipy.special.erfinv(0.625)): z ≈ {g(z, 4)}

**Solve for t**

x/(2√(Dt)) = z → t = x²/(4z²D) = (8.0 × 10⁻⁴ m)² / (4 × {g(z, 4)}² × 1.4 × 10⁻¹¹ m²/s)
t = {uni(t_s, 4)} s

t = {sp(t_s, 4)} s ÷ 3600 s/h ≈ **{g(t_s / 3600, 3)} h**
""",
    fl(t_s / 3600, 3),
    "hour",
)
z2_w = 0.3294
t_w = 6.4e-7 / (4 * z2_w * 1.4e-11)
add(
    "h5_diff_04",
    f"""
1. (C_x − C₀)/(C_s − C₀) = (0.50 − 0.20)/(1.00 − 0.20) = 0.375 = 1 − erf z, so erf z = 0.625 and z = {g(z, 4)}.
2. z² = {g(z, 4)}² = 0.3294
3. t = x²/(4 z² D) = (0.8 × 10⁻³)² / (4 × 0.3294 × 1.4 × 10⁻¹¹)
     = 6.4 × 10⁻⁷ / {uni(4 * z2_w * 1.4e-11, 4)} = {sp(t_w, 4)} s
4. In hours: {sp(t_w, 4)}/3600 = {g(t_w / 3600, 3)} h

**Answer: ≈ {g(t_w / 3600, 3)} h**
""",
    fl(t_w / 3600, 3),
    "hour",
    "arithmetic_slip",
    f"Step 2: {g(z, 4)}² = {g(z * z, 4)}, not 0.3294 (digits swapped); t = {g(t_s / 3600, 3)} h",
)

# diff_09: hydrogen through palladium.
flux = 1.0e-8 * (2.4 - 0.6) / 6e-3
rate_g_h = flux * 0.25 * 1000 * 3600
add(
    "h5_diff_09",
    f"""
At steady state Fick's first law applies; the pressures and temperature are already accounted for
by the given surface concentrations.

J = D (C₁ − C₂)/Δx = (1.0 × 10⁻⁸ m²/s)(2.4 − 0.6 kg/m³)/(6 × 10⁻³ m) = {uni(flux, 2)} kg m⁻² s⁻¹

Mass rate through 0.25 m²: ṁ = J·A = {uni(flux * 0.25, 2)} kg/s

Per hour: {uni(flux * 0.25, 2)} kg/s × 3600 s/h = {uni(flux * 0.25 * 3600, 3)} kg/h

Therefore about **{g(rate_g_h, 3)} g of hydrogen per hour** passes through the sheet.
""",
    fl(rate_g_h, 3),
    "g/hour",
)
rate_w = flux * 1000 * 3600
add(
    "h5_diff_09",
    f"""
Fick's first law:

$$J = -D\\frac{{\\Delta C}}{{\\Delta x}} = (1.0\\times10^{{-8}})\\frac{{2.4-0.6}}{{0.006}} = {tex(flux, 2)}\\ \\mathrm{{kg\\,m^{{-2}}\\,s^{{-1}}}}$$

Converting to grams per hour: ${tex(flux, 2)} \\times 1000 \\times 3600 = {g(rate_w, 3)}$

$$\\boxed{{\\approx {g(rate_w, 3)}\\ \\text{{g of H}}_2\\ \\text{{per hour}}}}$$
""",
    fl(rate_w, 3),
    "g/hour",
    "missing_factor",
    f"Last step: the flux must be multiplied by the sheet area, 0.25 m²; {g(rate_g_h, 3)} g/h",
)

# ---------------------------------------------------------------- mechanical properties and failure

# mech_01: elastic elongation.
area = math.pi * 5**2
sig = 15000 / area
dl = sig * 250 / 207000
add(
    "h5_mech_01",
    f"""
A₀ = π d²/4 = π(10 mm)²/4 = {g(area, 4)} mm²

σ = F/A₀ = 15 000 N / {g(area, 4)} mm² = {g(sig, 4)} MPa (well within the elastic range)

ε = σ/E = {g(sig, 4)} / 207 000 = {uni(sig / 207000, 4)}

Δl = ε l₀ = {uni(sig / 207000, 4)} × 250 mm = **{g(dl, 3)} mm**
""",
    fl(dl, 3),
    "mm",
)
area_w = math.pi * 10**2
dl_w = 15000 / area_w * 250 / 207000
add(
    "h5_mech_01",
    f"""
Δl = F l₀ / (A₀ E)

Cross-section: A₀ = πr² with r = 10 mm → A₀ = {g(area_w, 4)} mm²

Δl = (15 000 N × 250 mm) / ({g(area_w, 4)} mm² × 207 000 N/mm²) = {g(dl_w, 3)} mm

The rod lengthens by ≈ {g(dl_w, 3)} mm.
""",
    fl(dl_w, 3),
    "mm",
    "wrong_formula",
    f"Area step: 10 mm is the diameter, so r = 5 mm and A₀ = {g(area, 4)} mm²; Δl = {g(dl, 3)} mm",
)

# mech_02: lateral contraction.
a0 = math.pi * 6**2
ez = 8000 / a0 / 97000
dd = 0.34 * ez * 12 * 1000  # µm
add(
    "h5_mech_02",
    f"""
1. Stress: σ = F/A₀ = 8000 N/(π × 6² mm²) = 8000/{g(a0, 4)} = {g(8000 / a0, 4)} MPa
2. Axial strain: ε_z = σ/E = {g(8000 / a0, 4)}/97 000 = {uni(ez, 4)}
3. Lateral strain: ε_x = −ν ε_z = −0.34 × {uni(ez, 4)} = −{uni(0.34 * ez, 4)}
4. Δd = ε_x d₀ = −{uni(0.34 * ez, 4)} × 12 mm = −{uni(0.34 * ez * 12, 3)} mm

The diameter decreases by about **{g(dd, 3)} µm**.
""",
    fl(dd, 3),
    "micrometer",
)
dd_w = ez * 12 * 1000
add(
    "h5_mech_02",
    f"""
**Stress.** σ = 8 kN / (π·(12 mm)²/4) = {g(8000 / a0, 4)} MPa

**Strain.** ε = σ/E = {g(8000 / a0, 4)} MPa / 97 GPa = {uni(ez, 4)}

**Change in diameter.** Δd = ε·d₀ = {uni(ez, 4)} × 12 mm = {uni(ez * 12, 3)} mm

→ the diameter decreases by ≈ **{g(dd_w, 3)} µm**
""",
    fl(dd_w, 3),
    "micrometer",
    "missing_factor",
    f"Change-in-diameter step: the lateral strain is ν·ε = 0.34 × {uni(ez, 4)}; Δd = {g(dd, 3)} µm",
)

# mech_05: critical crack length.
ac = (55 / (1.1 * 350)) ** 2 / math.pi
add(
    "h5_mech_05",
    f"""
The yield strength and hardness are not needed; fracture mechanics gives

$$K_{{IC}} = Y\\sigma\\sqrt{{\\pi a_c}} \\quad\\Rightarrow\\quad a_c = \\frac{{1}}{{\\pi}}\\left(\\frac{{K_{{IC}}}}{{Y\\sigma}}\\right)^2$$

$$a_c = \\frac{{1}}{{\\pi}}\\left(\\frac{{55}}{{1.1\\times350}}\\right)^2 = \\frac{{({g(55 / 385, 4)})^2}}{{\\pi}} = {tex(ac, 3)}\\ \\mathrm{{m}}$$

**Answer:** $a_c \\approx {g(ac * 1000, 3)}$ mm
""",
    fl(ac * 1000, 3),
    "mm",
)
add(
    "h5_mech_05",
    f"""
a_c = (1/π)(K_IC / Yσ)²

K_IC/(Yσ) = 55 / (1.1 × 350) = {g(55 / 385, 4)} √m

a_c = {g(55 / 385, 4)}² / π = {g((55 / 385) ** 2, 4)} / 3.1416 = {uni(ac, 3)} m

Critical crack length ≈ {g(ac * 100, 3)} mm
""",
    fl(ac * 100, 3),
    "mm",
    "final_miscopied",
    f"Last line: {uni(ac, 3)} m is {g(ac * 1000, 3)} mm, not {g(ac * 100, 3)} mm",
)


# ---------------------------------------------------------------- phase diagrams

# pd_02: proeutectoid ferrite.
w = (0.76 - 0.35) / (0.76 - 0.022)
add(
    "h5_pd_02",
    f"""
Apply the lever rule on the α + γ tie line just above the eutectoid (equivalently, the
proeutectoid ferrite is everything that is not pearlite):

W_α' = (0.76 − 0.35)/(0.76 − 0.022) = 0.41/0.738 = {g(w, 4)}

Therefore the mass fraction of proeutectoid ferrite is ≈ **{g(w, 3)}**.
""",
    fl(w, 3),
    "dimensionless",
)
w_w = (0.35 - 0.022) / (0.76 - 0.022)
add(
    "h5_pd_02",
    f"""
Lever rule:

$$W_{{\\alpha'}} = \\frac{{C_0 - C_\\alpha}}{{C_{{eut}} - C_\\alpha}} = \\frac{{0.35 - 0.022}}{{0.76 - 0.022}} = \\frac{{0.328}}{{0.738}}$$

$$W_{{\\alpha'}} = \\boxed{{{g(w_w, 3)}}}$$
""",
    fl(w_w, 3),
    "dimensionless",
    "wrong_formula",
    f"Lever rule: the arm opposite ferrite is (0.76 − C₀); (0.35 − 0.022)/0.738 is the pearlite fraction; W_α' = {g(w, 3)}",
)

# pd_04: eutectic microconstituent.
we = (45 - 18.3) / (61.9 - 18.3)
add(
    "h5_pd_04",
    f"""
Just below 183 °C the alloy is primary α + eutectic. The eutectic microconstituent forms from the
liquid that was present just above the eutectic, so use the lever rule between α (18.3) and the
eutectic liquid (61.9):

W_e = (C₀ − C_α)/(C_E − C_α) = (45 − 18.3)/(61.9 − 18.3) = 26.7/43.6 = {g(we, 4)}

**≈ {g(we * 100, 3)} % eutectic microconstituent**
""",
    fl(we * 100, 3),
    "percent",
)
wb = (45 - 18.3) / (97.8 - 18.3)
add(
    "h5_pd_04",
    f"""
Step 1 – phases present just below the eutectic: α (18.3 wt% Sn) and β (97.8 wt% Sn).

Step 2 – lever rule for the β-containing eutectic:

W = (45 − 18.3)/(97.8 − 18.3) = 26.7/79.5 = {g(wb, 4)}

Step 3 – as a percentage: {g(wb, 4)} × 100 = {g(wb * 100, 3)} %

Final answer: about {g(wb * 100, 3)} % of the alloy is eutectic.
""",
    fl(wb * 100, 3),
    "percent",
    "wrong_quantity",
    f"Step 2: this is the total β phase fraction; the eutectic microconstituent uses the eutectic liquid composition, W_e = {g(we * 100, 3)} %",
)

# pd_06: mass of β.
wb6 = (60 - 7.9) / (91.2 - 7.9)
add(
    "h5_pd_06",
    f"""
The densities are a distractor — the lever rule works with mass fractions directly.

* W_β = (C₀ − C_α)/(C_β − C_α) = (60 − 7.9)/(91.2 − 7.9) = 52.1/83.3 = {g(wb6, 4)}
* m_β = W_β × 8.0 kg = {g(wb6 * 8, 4)} kg

**Answer:** ≈ {g(wb6 * 8, 3)} kg of β
""",
    fl(wb6 * 8, 3),
    "kg",
)
add(
    "h5_pd_06",
    """
W_β = (60 − 7.9)/(91.2 − 7.9) = 52.1/83.3 = 0.6525

m_β = 0.6525 × 8.0 kg = 5.22 kg

So roughly 5.22 kg of the alloy is β phase.
""",
    5.22,
    "kg",
    "arithmetic_slip",
    f"Division: 52.1/83.3 = {g(wb6, 4)} (not 0.6525); m_β = {g(wb6 * 8, 3)} kg",
)

# ---------------------------------------------------------------- transformations

# trans_01: Avrami fraction.
ktn = 4.0e-4 * 20**2.5
y = 1 - math.exp(-ktn)
add(
    "h5_trans_01",
    f"""
Avrami: y = 1 − exp(−ktⁿ)

20^2.5 = 20² × √20 = 400 × 4.472 = {g(20**2.5, 5)}

ktⁿ = 4.0 × 10⁻⁴ × {g(20**2.5, 5)} = {g(ktn, 4)}

y = 1 − e^(−{g(ktn, 4)}) = 1 − {g(math.exp(-ktn), 4)} = {g(y, 4)}

≈ **{g(y * 100, 3)} %** recrystallised after 20 s.
""",
    fl(y * 100, 3),
    "percent",
)
ktn_w = 4.0e-4 * 400 * 22.36
y_w = 1 - math.exp(-ktn_w)
add(
    "h5_trans_01",
    f"""
$$y = 1 - \\exp(-k t^n), \\qquad t^n = 20^{{2.5}} = 20^2 \\times 20^{{0.5}} = 400 \\times 22.36 = {g(400 * 22.36, 4)}$$

$$k t^n = (4.0\\times10^{{-4}})({g(400 * 22.36, 4)}) = {g(ktn_w, 4)}$$

$$y = 1 - e^{{-{g(ktn_w, 4)}}} = {g(y_w, 3)}$$

So about **{g(y_w * 100, 3)}%** of the alloy has recrystallised.
""",
    fl(y_w * 100, 3),
    "percent",
    "arithmetic_slip",
    f"tⁿ step: 20^0.5 = 4.472, not 22.36, so 20^2.5 = 1 789 and y = {g(y * 100, 3)} %",
)

# trans_03: critical radius for Cu.
tm = 1085 + 273.15
r_star = 2 * 0.200 * tm / (1.77e9 * 200)
add(
    "h5_trans_03",
    f"""
r* = −2γT_m / (ΔH_f ΔT)     (T_m in K; the density is not needed)

T_m = 1085 + 273 = {g(tm, 6)} K

r* = −2(0.200 J/m²)({g(tm, 6)} K) / ((−1.77 × 10⁹ J/m³)(200 K))
   = {g(2 * 0.2 * tm, 5)} / {uni(1.77e9 * 200, 3)}
   = {uni(r_star, 3)} m

**r* ≈ {g(r_star * 1e9, 3)} nm**
""",
    fl(r_star * 1e9, 3),
    "nm",
)
r_w = 2 * 0.200 * 1085 / (1.77e9 * 200)
add(
    "h5_trans_03",
    f"""
Using the classical result for homogeneous nucleation:

$r^* = -\\dfrac{{2\\gamma T_m}}{{\\Delta H_f\\,\\Delta T}} = -\\dfrac{{2(0.200)(1085)}}{{(-1.77\\times10^{{9}})(200)}}$

$r^* = \\dfrac{{434}}{{3.54\\times10^{{11}}}} = {tex(r_w, 3)}$ m

Therefore the critical radius is about {g(r_w * 1e9, 3)} nm.
""",
    fl(r_w * 1e9, 3),
    "nm",
    "unit_conversion",
    f"T_m must be absolute (1358 K), not 1085 °C; r* = {g(r_star * 1e9, 3)} nm",
)

# trans_07: grain growth.
k = (28**2 - 12**2) / 45
d3 = math.sqrt(144 + k * 180)
add(
    "h5_trans_07",
    f"""
**1. Find K.** d² − d₀² = Kt → K = (28² − 12²)/45 min = (784 − 144)/45 = {g(k, 4)} µm²/min

**2. Apply at t = 3 h = 180 min.** d² = 12² + {g(k, 4)} × 180 = 144 + {g(k * 180, 4)} = {g(144 + k * 180, 4)} µm²

**3.** d = √{g(144 + k * 180, 4)} = **{g(d3, 3)} µm**
""",
    fl(d3, 3),
    "micrometer",
)
k_w = (28 - 12) / 45
d_w = 12 + k_w * 180
add(
    "h5_trans_07",
    f"""
Grain growth rate: K = (d − d₀)/t = (28 − 12) µm / 45 min = {g(k_w, 4)} µm/min

After 3 h (180 min): d = d₀ + Kt = 12 + {g(k_w, 4)} × 180 = {g(d_w, 3)} µm

Answer: d ≈ {g(d_w, 3)} µm
""",
    fl(d_w, 3),
    "micrometer",
    "wrong_formula",
    f"First step: the stated law is d² − d₀² = Kt (parabolic), not linear growth; d = {g(d3, 3)} µm",
)

# ---------------------------------------------------------------- thermodynamics

# thermo_02: equilibrium p_O2.
dg = -468000 + 170 * 1200
lnp = dg / (R * 1200)
p = math.exp(lnp)
add(
    "h5_thermo_02",
    f"""
At 1 200 K: ΔG° = −468 000 + 170(1200) = {sp(dg, 6)} J per mol O₂.

With pure Ni and NiO (activities 1), K = 1/p_O₂, and ΔG° = −RT ln K = RT ln p_O₂:

ln p_O₂ = ΔG°/RT = {sp(dg, 6)} / (8.314 × 1200) = {g(lnp, 5)}

p_O₂ = e^({g(lnp, 5)}) = **{uni(p, 3)} atm**
""",
    val(p, 3),
    "atm",
)
p_w = math.exp(-lnp)
add(
    "h5_thermo_02",
    f"""
1. ΔG°(1200 K) = −468 000 + 170 × 1200 = {sp(dg, 6)} J/mol
2. ΔG° = −RT ln K, so ln K = −ΔG°/RT = {sp(-dg, 6)}/(8.314 × 1200) = {g(-lnp, 5)}
3. For this reaction K = p_O₂, so p_O₂ = e^{g(-lnp, 5)}

**p_O₂ ≈ {uni(p_w, 3)} atm**
""",
    val(p_w, 3),
    "atm",
    "sign_error",
    f"Step 3: O₂ is a reactant, so K = 1/p_O₂ and p_O₂ = e^−{g(-lnp, 5)} = {uni(p, 3)} atm",
)

# thermo_05: vapour pressure of Zn.
t1, t2 = 907 + 273.15, 700 + 273.15
lnr = -(115000 / R) * (1 / t2 - 1 / t1)
p2 = 101.325 * math.exp(lnr)
add(
    "h5_thermo_05",
    f"""
Clausius–Clapeyron between the normal boiling point (p₁ = 1 atm = 101.325 kPa at T₁ = {g(t1, 6)} K)
and T₂ = {g(t2, 5)} K:

$$\\ln\\frac{{p_2}}{{p_1}} = -\\frac{{\\Delta H_{{vap}}}}{{R}}\\left(\\frac{{1}}{{T_2}}-\\frac{{1}}{{T_1}}\\right) = -\\frac{{115\\,000}}{{8.314}}\\left(\\frac{{1}}{{{g(t2, 5)}}}-\\frac{{1}}{{{g(t1, 6)}}}\\right) = {g(lnr, 4)}$$

$$p_2 = 101.325 \\times e^{{{g(lnr, 4)}}} = {g(p2, 3)}\\ \\text{{kPa}}$$

**Answer: ≈ {g(p2, 3)} kPa**
""",
    fl(p2, 3),
    "kPa",
)
lnr_w = -(115000 / 1.987) * (1 / t2 - 1 / t1)
p2_w = 101.325 * math.exp(lnr_w)
add(
    "h5_thermo_05",
    f"""
ln(p₂/p₁) = −(ΔH_vap/R)(1/T₂ − 1/T₁)

R = 1.987, ΔH_vap = 115 000 J/mol
1/T₂ − 1/T₁ = 1/{g(t2, 5)} − 1/{g(t1, 6)} = {uni(1 / t2 - 1 / t1, 4)} K⁻¹

ln(p₂/p₁) = −(115 000/1.987)({uni(1 / t2 - 1 / t1, 4)}) = {g(lnr_w, 4)}

p₂ = 101.325 kPa × e^({g(lnr_w, 4)}) = {uni(p2_w, 3)} kPa

The vapour pressure of zinc at 700 °C is about {uni(p2_w, 3)} kPa.
""",
    val(p2_w, 3),
    "kPa",
    "wrong_constant",
    f"R = 1.987 is in cal/(mol K) but ΔH is in J/mol; with R = 8.314 J/(mol K), p₂ = {g(p2, 3)} kPa",
)

# thermo_06: heat to melt Al.
q_s = 2500 * 0.90 * 635
q_l = 2500 * 397
add(
    "h5_thermo_06",
    f"""
Two contributions (the thermal conductivity is irrelevant here):

| step | expression | value |
|---|---|---|
| heat 25 → 660 °C | m c_p ΔT = 2 500 × 0.90 × 635 | {sp(q_s, 7)} J |
| melt | m ΔH_f = 2 500 × 397 | {sp(q_l, 6)} J |
| **total** | | **{sp(q_s + q_l, 7)} J** |

Q ≈ {sp((q_s + q_l) / 1000, 4)} kJ
""",
    fl((q_s + q_l) / 1000, 4),
    "kJ",
)
add(
    "h5_thermo_06",
    f"""
Q = m c_p ΔT

m = 2 500 g, c_p = 0.90 J/(g·K), ΔT = 660 − 25 = 635 K

Q = 2 500 × 0.90 × 635 = {sp(q_s, 7)} J

Therefore about **{sp(q_s / 1000, 4)} kJ** is required.
""",
    fl(q_s / 1000, 4),
    "kJ",
    "missing_factor",
    f"The latent heat m·ΔH_f = 992 500 J must be added to melt the metal; Q = {sp((q_s + q_l) / 1000, 4)} kJ",
)

# ---------------------------------------------------------------- electrical

# elec_01: intrinsic Ge.
sig = 2.4e19 * E_CH * (0.38 + 0.18)
add(
    "h5_elec_01",
    f"""
σ = n_i |e| (μ_e + μ_h)
  = (2.4 × 10¹⁹ m⁻³)(1.602 × 10⁻¹⁹ C)(0.38 + 0.18 m²/V·s)
  = 3.845 × 0.56

σ ≈ **{g(sig, 3)} (Ω·m)⁻¹**
""",
    fl(sig, 3),
    "S/m",
)
add(
    "h5_elec_01",
    f"""
**Conductivity**

$$\\sigma = n_i e(\\mu_e+\\mu_h) = (2.4\\times10^{{19}})(1.602\\times10^{{-19}})(0.56) = {g(sig, 4)}\\ (\\Omega\\,\\mathrm{{m}})^{{-1}}$$

**Resistivity**

$$\\rho = 1/\\sigma = {g(1 / sig, 4)}\\ \\Omega\\,\\mathrm{{m}}$$

Final answer: $\\rho \\approx {g(1 / sig, 3)}\\ \\Omega\\cdot\\mathrm{{m}}$
""",
    fl(1 / sig, 3),
    "ohm*m",
    "wrong_quantity",
    f"Last step: the question asks for the conductivity, {g(sig, 3)} (Ω m)⁻¹, not its reciprocal",
)

# elec_02: resistivity in Ω·cm.
sig2 = 5e22 * E_CH * 0.13
rho_om = 1 / sig2
add(
    "h5_elec_02",
    f"""
For n-type Si with all donors ionised, n ≈ N_d = 5 × 10²² m⁻³ and holes are negligible.

σ = n|e|μ_e = 5 × 10²² × 1.602 × 10⁻¹⁹ × 0.13 = {g(sig2, 4)} (Ω·m)⁻¹

ρ = 1/σ = {uni(rho_om, 3)} Ω·m

Since 1 Ω·m = 100 Ω·cm: ρ = **{g(rho_om * 100, 3)} Ω·cm**
""",
    fl(rho_om * 100, 3),
    "ohm*cm",
)
add(
    "h5_elec_02",
    f"""
1) σ = n e μ_e = (5e22)(1.602e-19)(0.13) = {g(sig2, 4)} S/m
2) ρ = 1/σ = {uni(rho_om, 3)} Ω m
3) Convert to Ω·cm (1 m = 100 cm, so divide by 100): ρ = {uni(rho_om / 100, 3)} Ω·cm

**Answer: ρ ≈ {uni(rho_om / 100, 3)} Ω·cm**
""",
    val(rho_om / 100, 3),
    "ohm*cm",
    "unit_conversion",
    f"Step 3: 1 Ω·m = 100 Ω·cm, so multiply by 100: ρ = {g(rho_om * 100, 3)} Ω·cm",
)

# elec_06: Hall voltage.
vh = 20 * 1.5 / (8.5e28 * E_CH * 5e-4)
add(
    "h5_elec_06",
    f"""
The Hall voltage across a strip of thickness t is V_H = IB/(n e t).

```
I = 20 A, B = 1.5 T, n = 8.5e28 m^-3, t = 0.5 mm = 5e-4 m
n e t = 8.5e28 × 1.602e-19 × 5e-4 = {g(8.5e28 * E_CH * 5e-4, 4)} C/m²
V_H = 30 / {g(8.5e28 * E_CH * 5e-4, 4)} = {uni(vh, 3)} V
```

**V_H ≈ {g(vh * 1e6, 3)} µV**
""",
    fl(vh * 1e6, 3),
    "microvolt",
)
vh_w = 2.0 * 1.5 / (8.5e28 * E_CH * 5e-4)
add(
    "h5_elec_06",
    f"""
V_H = I B / (n e t)
    = (2.0 A)(1.5 T) / (8.5 × 10²⁸ × 1.602 × 10⁻¹⁹ × 5 × 10⁻⁴)
    = 3.0 / {g(8.5e28 * E_CH * 5e-4, 4)}
    = {uni(vh_w, 3)} V

V_H ≈ {g(vh_w * 1e6, 3)} µV
""",
    fl(vh_w * 1e6, 3),
    "microvolt",
    "given_miscopied",
    f"First line: the current is 20 A, not 2.0 A; V_H = {g(vh * 1e6, 3)} µV",
)


# ---------------------------------------------------------------- magnetic

# mag_01: B_s of an Fe–Co alloy.
n_at = 8.12e6 * NA / 57.3  # per m³
ms = 2.4 * MU_B * n_at
bs = MU_0 * ms
add(
    "h5_mag_01",
    f"""
**Atoms per m³:** N = ρN_A/A = (8.12 × 10⁶ g/m³)(6.022 × 10²³)/57.3 = {uni(n_at, 4)} m⁻³

**Saturation magnetisation:** M_s = 2.4 μ_B N = 2.4 × 9.274 × 10⁻²⁴ × {uni(n_at, 4)} = {uni(ms, 4)} A/m

**Saturation flux density:** B_s = μ₀M_s = 4π × 10⁻⁷ × {uni(ms, 4)}

B_s ≈ **{g(bs, 3)} T**
""",
    fl(bs, 3),
    "T",
)
bs_w = 4 * math.pi * 1e-6 * ms
add(
    "h5_mag_01",
    f"""
$$N = \\frac{{\\rho N_A}}{{A}} = \\frac{{8.12 \\times 6.022\\times10^{{23}}}}{{57.3}} = {tex(n_at / 1e6, 4)}\\ \\mathrm{{cm^{{-3}}}} = {tex(n_at, 4)}\\ \\mathrm{{m^{{-3}}}}$$

$$M_s = n_B\\,\\mu_B\\,N = 2.4(9.274\\times10^{{-24}})({tex(n_at, 4)}) = {tex(ms, 4)}\\ \\mathrm{{A/m}}$$

$$B_s = \\mu_0 M_s = (4\\pi\\times10^{{-6}}\\ \\mathrm{{H/m}})({tex(ms, 4)}) = {g(bs_w, 3)}\\ \\mathrm{{T}}$$

**B_s ≈ {g(bs_w, 3)} T**
""",
    fl(bs_w, 3),
    "T",
    "wrong_constant",
    f"Last step: μ₀ = 4π × 10⁻⁷ H/m, not 4π × 10⁻⁶; B_s = {g(bs, 3)} T",
)

# mag_04: nickel ferrite.
a3 = (0.8339e-9) ** 3
ms4 = 8 * 2 * MU_B / a3
add(
    "h5_mag_04",
    f"""
In the inverse spinel the Fe³⁺ on tetrahedral and octahedral sites are antiparallel and cancel,
so the net moment per NiFe₂O₄ is that of Ni²⁺: 2 μ_B.

- moment per cell = 8 × 2 μ_B = 16 × 9.274 × 10⁻²⁴ A·m² = {uni(16 * MU_B, 4)} A·m²
- a³ = (0.8339 × 10⁻⁹ m)³ = {uni(a3, 4)} m³

M_s = {uni(16 * MU_B, 4)} / {uni(a3, 4)} ≈ **{uni(ms4, 3)} A/m**
""",
    val(ms4, 3),
    "A/m",
)
ms4_w = 8 * (2 + 2 * 5) * MU_B / a3
add(
    "h5_mag_04",
    f"""
Moment per formula unit: Ni²⁺ contributes 2 μ_B and each of the two Fe³⁺ ions 5 μ_B, so
2 + 2 × 5 = 12 μ_B.

Per unit cell: 8 × 12 = 96 μ_B = 96 × 9.274 × 10⁻²⁴ = {uni(96 * MU_B, 4)} A·m²

M_s = {uni(96 * MU_B, 4)} / (0.8339 × 10⁻⁹)³ = {uni(ms4_w, 3)} A/m

So M_s ≈ {uni(ms4_w, 3)} A/m.
""",
    val(ms4_w, 3),
    "A/m",
    "wrong_formula",
    f"First step: the Fe³⁺ moments are antiparallel and cancel (as the question states); 2 μ_B per formula unit gives M_s = {uni(ms4, 3)} A/m",
)

# mag_07: critical field of lead.
hc = 6.5e4 * (1 - (4.2 / 7.19) ** 2)
add(
    "h5_mag_07",
    f"""
H_c(T) = H_c(0)[1 − (T/T_c)²]

(T/T_c)² = (4.2/7.19)² = ({g(4.2 / 7.19, 4)})² = {g((4.2 / 7.19) ** 2, 4)}

H_c(4.2 K) = 6.5 × 10⁴ × (1 − {g((4.2 / 7.19) ** 2, 4)}) = 6.5 × 10⁴ × {g(1 - (4.2 / 7.19) ** 2, 4)}

**H_c ≈ {uni(hc, 3)} A/m**
""",
    val(hc, 3),
    "A/m",
)
hc_w = 6.5e4 * (1 + (4.2 / 7.19) ** 2)
add(
    "h5_mag_07",
    f"""
The temperature dependence of the critical field is parabolic:

$H_C(T) = H_C(0)\\left[1 + (T/T_C)^2\\right]$

$H_C = 6.5\\times10^4\\,[1 + (4.2/7.19)^2] = 6.5\\times10^4 \\times {g(1 + (4.2 / 7.19) ** 2, 4)}$

$H_C \\approx {tex(hc_w, 3)}$ A/m
""",
    val(hc_w, 3),
    "A/m",
    "sign_error",
    f"Formula: H_c(T) = H_c(0)[1 − (T/T_c)²] (the field falls as T rises); H_c = {uni(hc, 3)} A/m",
)

# ---------------------------------------------------------------- optical

# opt_02: reflectivity of diamond.
rr = (1.42 / 3.42) ** 2
add(
    "h5_opt_02",
    f"""
At normal incidence from air (n = 1):

R = ((n − 1)/(n + 1))² = (1.42/3.42)² = ({g(1.42 / 3.42, 4)})² = {g(rr, 4)}

**About {g(rr * 100, 3)} % of the light is reflected.**
""",
    fl(rr * 100, 3),
    "percent",
)
add(
    "h5_opt_02",
    f"""
Fresnel reflectivity (normal incidence):

$$R = \\left(\\frac{{n_s - 1}}{{n_s + 1}}\\right)^2 = \\left(\\frac{{2.42 - 1}}{{2.42 + 1}}\\right)^2 = {g(rr, 3)}$$

$$\\boxed{{R \\approx {g(rr, 3)}\\%}}$$
""",
    fl(rr, 3),
    "percent",
    "percent_fraction",
    f"Last line: {g(rr, 3)} is the fraction reflected; as a percentage it is {g(rr * 100, 3)} %",
)

# opt_04: transmission through a glass plate.
r4 = (0.52 / 2.52) ** 2
att = math.exp(-0.03 * 15)
it = (1 - r4) ** 2 * att
add(
    "h5_opt_04",
    f"""
1. Reflectivity of each surface: R = ((1.52 − 1)/(1.52 + 1))² = (0.52/2.52)² = {g(r4, 4)}
2. Absorption in the plate: e^(−βl) = e^(−0.03 mm⁻¹ × 15 mm) = e^(−0.45) = {g(att, 4)}
3. Two surfaces plus absorption:

   I_T/I₀ = (1 − R)² e^(−βl) = ({g(1 - r4, 4)})² × {g(att, 4)} = {g(it, 4)}

Therefore about **{g(it * 100, 3)} %** of the incident light is transmitted.
""",
    fl(it * 100, 3),
    "percent",
)
it_w = (1 - r4) * att
add(
    "h5_opt_04",
    f"""
R = [(n−1)/(n+1)]² = (0.52/2.52)² = {g(r4, 4)}

Transmitted fraction = (1 − R) · exp(−βl)
= {g(1 - r4, 4)} × exp(−0.03 × 15)
= {g(1 - r4, 4)} × {g(att, 4)}
= {g(it_w, 4)}

**≈ {g(it_w * 100, 3)} % transmitted**
""",
    fl(it_w * 100, 3),
    "percent",
    "missing_factor",
    f"Transmission step: light is reflected at both faces, so the factor is (1 − R)²; I_T/I₀ = {g(it * 100, 3)} %",
)

# ---------------------------------------------------------------- thermal

# therm_02: thermal stress in a restrained brass rod.
st = 100e3 * 20e-6 * 60
add(
    "h5_therm_02",
    f"""
A fully restrained rod cannot expand, so the thermal strain α ΔT is converted into elastic strain:

σ = E α ΔT = (100 × 10³ MPa)(20 × 10⁻⁶ °C⁻¹)(80 − 20 °C)

σ = {g(st, 3)} MPa (compressive)

**|σ| = {g(st, 3)} MPa**
""",
    fl(st, 3),
    "MPa",
)
st_w = 100e6 * 20e-6 * 60 / 1e6
add(
    "h5_therm_02",
    f"""
σ = EαΔT

E = 100 GPa = 100 × 10⁶ Pa, α = 20 × 10⁻⁶ °C⁻¹, ΔT = 60 °C

σ = 100 × 10⁶ × 20 × 10⁻⁶ × 60 = {sp(st_w * 1e6, 6)} Pa = {g(st_w, 3)} MPa

The rod is in compression with a stress of magnitude {g(st_w, 3)} MPa.
""",
    fl(st_w, 3),
    "MPa",
    "unit_conversion",
    f"E step: 100 GPa = 100 × 10⁹ Pa, not 10⁶; σ = {g(st, 3)} MPa",
)

# therm_03: conduction through a firebrick wall.
q = 1.1 * 2.5 * 900 / 0.23
add(
    "h5_therm_03",
    f"""
Fourier's law for steady one-dimensional conduction:

$$q = kA\\frac{{\\Delta T}}{{\\Delta x}} = (1.1)(2.5)\\frac{{950-50}}{{0.23}} = {sp(q, 5)}\\ \\mathrm{{W}}$$

Heat loss ≈ **{g(q / 1000, 3)} kW**
""",
    fl(q / 1000, 3),
    "kW",
)
add(
    "h5_therm_03",
    f"""
- ΔT = 950 − 50 = 900 K
- q = k A ΔT / Δx = 1.1 × 2.5 × 900 / 0.23
- q = 2 475 / 0.23 = {sp(q, 5)} W

**Answer: q ≈ {g(q / 100, 4)} kW**
""",
    fl(q / 100, 4),
    "kW",
    "final_miscopied",
    f"Last line: {sp(q, 5)} W is {g(q / 1000, 3)} kW (divide by 1000, not 100)",
)

# therm_08: radiated power.
tk = 1000 + 273.15
pw = 0.8 * SIGMA * 0.05 * tk**4
add(
    "h5_therm_08",
    f"""
Stefan–Boltzmann law for the emitted power:

P = ε σ A T⁴, with T = 1 000 + 273.15 = {g(tk, 6)} K

T⁴ = {uni(tk**4, 4)} K⁴

P = 0.8 × 5.67 × 10⁻⁸ × 0.05 × {uni(tk**4, 4)} = {sp(pw, 4)} W

**P ≈ {g(pw / 1000, 3)} kW**
""",
    fl(pw / 1000, 3),
    "kW",
)
pw_w = 0.8 * SIGMA * 0.5 * tk**4
add(
    "h5_therm_08",
    f"""
$P = \\varepsilon \\sigma A T^4$

$T = 1273$ K, so $T^4 = {tex(tk**4, 4)}$ K⁴.

$P = (0.8)(5.67\\times10^{{-8}})(0.5)({tex(tk**4, 4)}) = {tex(pw_w, 3)}$ W

Therefore the ingot radiates about {g(pw_w / 1000, 3)} kW.
""",
    fl(pw_w / 1000, 3),
    "kW",
    "given_miscopied",
    f"Substitution: the area is 0.05 m², not 0.5 m²; P = {g(pw / 1000, 3)} kW",
)

# ---------------------------------------------------------------- polymers

# poly_03: crystallinity of PP.
rc, ra, rs = 0.946, 0.855, 0.904
cr = rc * (rs - ra) / (rs * (rc - ra))
add(
    "h5_poly_03",
    f"""
% crystallinity = ρ_c(ρ_s − ρ_a) / [ρ_s(ρ_c − ρ_a)] × 100

= 0.946 × (0.904 − 0.855) / [0.904 × (0.946 − 0.855)] × 100
= 0.946 × 0.049 / (0.904 × 0.091) × 100
= {g(rc * 0.049, 4)} / {g(rs * 0.091, 4)} × 100

**≈ {g(cr * 100, 3)} % crystalline**
""",
    fl(cr * 100, 3),
    "percent",
)
cr_w = (rs - ra) / (rc - ra)
add(
    "h5_poly_03",
    f"""
The crystalline fraction follows from a linear interpolation between the two limiting densities:

$$x_c = \\frac{{\\rho_s - \\rho_a}}{{\\rho_c - \\rho_a}} = \\frac{{0.904-0.855}}{{0.946-0.855}} = \\frac{{0.049}}{{0.091}} = {g(cr_w, 4)}$$

**Answer:** ≈ {g(cr_w * 100, 3)} % crystallinity
""",
    fl(cr_w * 100, 3),
    "percent",
    "wrong_formula",
    f"Formula: that is the volume fraction; the weight percent crystallinity carries the factor ρ_c/ρ_s: {g(cr * 100, 3)} %",
)

# poly_05: end-to-end distance of PE.
m_rep = 2 * 12.011 + 4 * 1.008
dp = 280000 / m_rep
rr5 = 0.154 * math.sqrt(2 * dp)
add(
    "h5_poly_05",
    f"""
Step 1: repeat unit of PE, C₂H₄: m = 2(12.011) + 4(1.008) = {g(m_rep, 5)} g/mol
Step 2: DP = 280 000 / {g(m_rep, 5)} = {sp(dp, 4)}
Step 3: each repeat unit has 2 backbone C–C bonds → N = 2 × DP = {sp(2 * dp, 4)}
Step 4: r = d√N = 0.154 nm × √{sp(2 * dp, 4)} = 0.154 × {g(math.sqrt(2 * dp), 4)}

r ≈ **{g(rr5, 3)} nm**
""",
    fl(rr5, 3),
    "nm",
)
rr5_w = 0.154 * math.sqrt(dp)
add(
    "h5_poly_05",
    f"""
- Repeat unit (–CH₂–CH₂–): {g(m_rep, 4)} g/mol
- Number of bonds N ≈ DP = 280 000/{g(m_rep, 4)} = {sp(dp, 4)}
- r = d √N = 0.154 × √{sp(dp, 4)} = 0.154 × {g(math.sqrt(dp), 4)} = {g(rr5_w, 3)} nm

The average end-to-end distance is roughly {g(rr5_w, 3)} nm.
""",
    fl(rr5_w, 3),
    "nm",
    "missing_factor",
    f"Bond count: each C₂H₄ repeat unit contributes 2 backbone bonds, so N = 2·DP = {sp(2 * dp, 4)} and r = {g(rr5, 3)} nm",
)

# poly_06: stress relaxation.
lnr6 = math.log(8.0 / 5.5)
tau = 60 / lnr6
s150 = 8.0 * math.exp(-150 / tau)
add(
    "h5_poly_06",
    f"""
**Relaxation time from the first measurement**

5.5 = 8.0 exp(−60/τ) → τ = 60 / ln(8.0/5.5) = 60 / {g(lnr6, 4)} = {g(tau, 4)} s

**Stress after 150 s**

σ = 8.0 exp(−150/{g(tau, 4)}) = 8.0 × {g(math.exp(-150 / tau), 4)}

σ(150 s) ≈ **{g(s150, 3)} MPa**
""",
    fl(s150, 3),
    "MPa",
)
tau_w = 60 / 0.4747
s150_w = 8.0 * math.exp(-150 / tau_w)
add(
    "h5_poly_06",
    f"""
σ(t) = σ₀ e^(−t/τ)

ln(8.0/5.5) = 0.4747 → τ = 60/0.4747 = {g(tau_w, 4)} s

σ(150) = 8.0 e^(−150/{g(tau_w, 4)}) = 8.0 × {g(math.exp(-150 / tau_w), 4)} = {g(s150_w, 3)} MPa

**Answer:** ≈ {g(s150_w, 3)} MPa
""",
    fl(s150_w, 3),
    "MPa",
    "arithmetic_slip",
    f"ln(8.0/5.5) = {g(lnr6, 4)}, not 0.4747; τ = {g(tau, 4)} s and σ = {g(s150, 3)} MPa",
)

# ---------------------------------------------------------------- ceramics and composites

# cc_03: share of the load carried by the fibres.
ff, fm = 72.5 * 0.35, 2.4 * 0.65
add(
    "h5_cc_03",
    f"""
Under isostrain loading both phases share the same strain, so each carries load ∝ E·V:

F_f/F_m = (E_f V_f)/(E_m V_m) = (72.5 × 0.35)/(2.4 × 0.65) = {g(ff, 5)}/{g(fm, 3)} = {g(ff / fm, 4)}

Fraction on fibres = F_f/(F_f + F_m) = {g(ff, 5)}/({g(ff, 5)} + {g(fm, 3)}) = {g(ff / (ff + fm), 4)}

**≈ {g(ff / (ff + fm) * 100, 3)} % of the load is carried by the fibres.**
""",
    fl(ff / (ff + fm) * 100, 3),
    "percent",
)
add(
    "h5_cc_03",
    f"""
For a longitudinally loaded continuous-fibre composite (isostrain):

$$\\frac{{F_f}}{{F_m}} = \\frac{{E_f V_f}}{{E_m V_m}} = \\frac{{72.5 \\times 0.35}}{{2.4 \\times 0.65}} = \\frac{{{g(ff, 5)}}}{{{g(fm, 3)}}}$$

$$\\frac{{F_f}}{{F_m}} \\approx {g(ff / fm, 4)}$$

So the fibres carry about {g(ff / fm, 4)} times the load of the matrix.
""",
    fl(ff / fm, 4),
    "dimensionless",
    "wrong_quantity",
    f"Last step: the question asks the fibres' share of the total load, F_f/(F_f + F_m) = {g(ff / (ff + fm) * 100, 3)} %",
)

# cc_05: three-point bend strength.
sfs = 3 * 420 * 40 / (2 * 6 * 4**2)
add(
    "h5_cc_05",
    f"""
Use the **span** (40 mm), not the bar length (50 mm):

σ_fs = 3 F L / (2 b d²) = 3 × 420 N × 40 mm / (2 × 6 mm × (4 mm)²)
     = 50 400 / 192 N/mm²

σ_fs = **{g(sfs, 4)} MPa**
""",
    fl(sfs, 4),
    "MPa",
)
sfs_w = 3 * 420 * 50 / (2 * 6 * 4**2)
add(
    "h5_cc_05",
    f"""
For a rectangular bar in three-point bending:

σ_fs = 3FL/(2bd²)

F = 420 N, L = 50 mm, b = 6 mm, d = 4 mm

σ_fs = (3 × 420 × 50)/(2 × 6 × 16) = 63 000/192 = {g(sfs_w, 4)} N/mm²

Flexural strength ≈ {g(sfs_w, 4)} MPa
""",
    fl(sfs_w, 4),
    "MPa",
    "given_miscopied",
    f"Substitution: L is the support span, 40 mm, not the bar length of 50 mm; σ_fs = {g(sfs, 4)} MPa",
)

# ---------------------------------------------------------------- corrosion

# corr_02: corrosion penetration rate.
cpr_cm_per_day = 2.6 / (7.87 * 150 * 180)
cpr = cpr_cm_per_day * 10 * 365.25
add(
    "h5_corr_02",
    f"""
CPR = W/(ρ A t)

- W = 2.6 g, ρ = 7.87 g/cm³, A = 150 cm², t = 180 days
- CPR = 2.6 / (7.87 × 150 × 180) = {uni(cpr_cm_per_day, 4)} cm/day
- × 10 mm/cm × 365.25 days/yr = {g(cpr, 3)} mm/yr

**Corrosion penetration rate ≈ {g(cpr, 3)} mm/yr**
""",
    fl(cpr, 3),
    "mm/year",
)
add(
    "h5_corr_02",
    f"""
Using CPR = KW/(ρAt) with K = 87.6 (W in mg, A in cm², t in h → mm/yr):

t = 180 × 24 = 4 320 h, W = 2 600 mg

CPR = 87.6 × 2 600 / (7.87 × 150 × 4 320) = {g(87.6 * 2600 / (7.87 * 150 * 4320), 4)} mm/yr

**CPR ≈ {g(cpr * 10, 3)} mm/yr**
""",
    fl(cpr * 10, 3),
    "mm/year",
    "final_miscopied",
    f"Last line: the computed {g(87.6 * 2600 / (7.87 * 150 * 4320), 4)} mm/yr is copied as {g(cpr * 10, 3)} (decimal point shifted)",
)

# corr_03: Cu–Ni cell voltage.
nern = 0.05916 / 2 * math.log10(1.2 / 0.050)
ecell = 0.590 - nern
add(
    "h5_corr_03",
    f"""
Nickel has the lower standard potential, so it is oxidised (anode) and Cu²⁺ is reduced:

Ni + Cu²⁺ → Ni²⁺ + Cu, ΔE° = 0.340 − (−0.250) = 0.590 V, n = 2

Nernst at 25 °C:

ΔE = ΔE° − (0.0592/2) log([Ni²⁺]/[Cu²⁺]) = 0.590 − 0.0296 log(1.2/0.050)
   = 0.590 − 0.0296 × {g(math.log10(24), 4)} = 0.590 − {g(nern, 3)}

**ΔE ≈ {g(ecell, 3)} V**
""",
    fl(ecell, 3),
    "V",
)
nern_w = 0.0257 / 2 * math.log10(1.2 / 0.050)
ecell_w = 0.590 - nern_w
add(
    "h5_corr_03",
    f"""
$$\\Delta E = \\Delta E^\\circ - \\frac{{RT}}{{nF}}\\log\\frac{{[\\mathrm{{Ni^{{2+}}}}]}}{{[\\mathrm{{Cu^{{2+}}}}]}}$$

$\\Delta E^\\circ = 0.340 - (-0.250) = 0.590$ V; $RT/F = 0.0257$ V at 25 °C, $n = 2$.

$$\\Delta E = 0.590 - \\frac{{0.0257}}{{2}}\\log(24) = 0.590 - {g(nern_w, 3)} = {g(ecell_w, 3)}\\ \\mathrm{{V}}$$

**Cell voltage ≈ {g(ecell_w, 3)} V**
""",
    fl(ecell_w, 3),
    "V",
    "wrong_constant",
    f"Nernst factor: with log₁₀ the factor is 2.303RT/F = 0.0592 V; ΔE = {g(ecell, 3)} V",
)

# corr_07: life of a zinc anode.
t_s7 = 5000 * 2 * F / (65.38 * 0.35)
add(
    "h5_corr_07",
    f"""
Charge available from the zinc: Q = m n F / M = 5 000 g × 2 × 96 485 / 65.38 = {uni(5000 * 2 * F / 65.38, 4)} C

Time at 0.35 A: t = Q/I = {uni(5000 * 2 * F / 65.38, 4)} / 0.35 = {uni(t_s7, 4)} s

In days: {uni(t_s7, 4)} / 86 400 = {g(t_s7 / 86400, 3)}

Therefore the anode lasts about **{g(t_s7 / 86400, 3)} days** (roughly 1.3 years).
""",
    fl(t_s7 / 86400, 3),
    "day",
)
add(
    "h5_corr_07",
    f"""
t = m n F / (M I)
  = (5000 g)(2)(96 485 C/mol) / (65.38 g/mol × 0.35 A)
  = {uni(t_s7, 4)} s

{uni(t_s7, 4)} s ÷ 86 400 s/day = {g(t_s7 / 864000, 3)} days

**≈ {g(t_s7 / 864000, 3)} days**
""",
    fl(t_s7 / 864000, 3),
    "day",
    "arithmetic_slip",
    f"Division: {uni(t_s7, 4)}/86 400 = {g(t_s7 / 86400, 3)} days, not {g(t_s7 / 864000, 3)}",
)

if __name__ == "__main__":
    SET.write()
