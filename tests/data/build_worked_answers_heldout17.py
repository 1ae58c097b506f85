"""Build tests/data/worked_answers_heldout17.jsonl: blind worked answers to 20 questions of set R.

Written blind to 20 questions of ``answer_exam_heldout17.json`` (exam set R), covering all of its
fourteen topics and skipping the must-refuse items and the items with two readings; the answer
engine, its checker and its solver were not read. Every question has two responses: one correct
throughout, and one with exactly one labelled mistake (``worked_answers_check.ERROR_CLASSES``)
whose note names the first wrong step and the value it should have had.

Twelve of the twenty mistakes are physics or chemistry errors carried through with clean
arithmetic: the Bragg angle θ answered where 2θ was asked, 900 °C used as 900 K in a vacancy
count, the 2 dropped from x/(2√(Dt)) in a carburizing time, the sign of the Arrhenius exponent
lost when rescaling a diffusion time, the rod diameter used as the radius of its section, π
dropped from the critical crack length, ln used for log₁₀ in the Larson–Miller parameter, the
lever-rule arms swapped for proeutectoid ferrite, the 3 dropped from 16πγ³/(3ΔG_v²), R in
cal/(mol·K) in the Debye T³ law, a linear mixing rule used for the Fox equation, and the
longitudinal modulus answered for the transverse one. The other eight are slips: a mis-copied
atomic radius, a log ratio divided wrongly, 1460² squared wrongly, 0.5 mm written as 5 × 10⁻³ m,
a square root taken wrongly, a reflectance fraction reported as a percentage, a digit-transposed
whole number of repeat units, and an 8 h shift turned into 480 s.

Writing styles copied from chat models: "### Step" markdown, TeX closing with ``\\boxed{}``,
prose ending "Therefore, the answer is ...", terse equation chains, a "Given / Find" opening, a
closing "**Final Answer:**" line, and bare final numbers whose unit appears only in the
question. Constants are quoted with their values and intermediates are rounded as a model rounds
them, so that only the labelled step is wrong. All numbers are computed below.

Run: ``python tests/data/build_worked_answers_heldout17.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout17``.
"""

from __future__ import annotations

import math

from worked_writing import E_CH, K_EV, F, R, WorkedSet, sp, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout17", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


def erf_table(z: float) -> float:
    """erf z as a four-decimal table entry."""
    return round(math.erf(z), 4)


# ---------------------------------------------------------------- crystallography / XRD

# cryst_01: 2θ of Cu (220) with Cu Kα.
q = "h17a_crystallography_xrd_01"
d1 = r(0.3615 / math.sqrt(8), 5)
s1 = r(0.15406 / (2 * d1), 5)
th1 = math.degrees(math.asin(s1))
add(
    q,
    "markdown",
    f"""
### Step 1: Interplanar spacing
For a cubic crystal d_hkl = a/√(h² + k² + l²). For (220), h² + k² + l² = 8:
- d₂₂₀ = 0.3615 nm/√8 = 0.3615/2.8284 = **{d1:.5f} nm**

### Step 2: Bragg's law (n = 1)
- sin θ = λ/(2d) = 0.15406/(2 × {d1:.5f}) = {s1:.5f}
- θ = arcsin({s1:.5f}) = {th1:.2f}°

### Step 3: Diffraction angle
- 2θ = 2 × {th1:.2f}° = **{2 * th1:.2f}°**

The (220) reflection of copper appears at 2θ ≈ {2 * th1:.2f}°.
""",
    r(2 * th1, 2),
    "degree",
)
add(
    q,
    "terse",
    f"""
d₂₂₀ = a/√8 = 0.3615/2.8284 = {d1:.5f} nm
λ = 2d sin θ → sin θ = 0.15406/(2 × {d1:.5f}) = {s1:.5f}
θ = arcsin {s1:.5f} = {th1:.2f}°

The (220) reflection appears at {th1:.2f}°.
""",
    r(th1, 2),
    "degree",
    "wrong_quantity",
    f"The Bragg angle θ = {th1:.2f}° is given as the answer; the diffraction angle asked for is "
    f"2θ = {2 * th1:.2f}°.",
)

# cryst_04: planar density of BCC (110) for Mo.
q = "h17a_crystallography_xrd_04"


def bcc110(radius: float) -> tuple[float, float, float]:
    """a (nm), plane area √2 a² (nm²) and atoms per nm² of BCC (110) for atomic radius in nm."""
    a = r(4 * radius / math.sqrt(3), 5)
    area = r(math.sqrt(2) * a * a, 5)
    return a, area, 2 / area


a4, ar4, pd4 = bcc110(0.1363)
add(
    q,
    "tex",
    f"""
In a BCC cell the atoms touch along the body diagonal, so
$$a = \\frac{{4R}}{{\\sqrt{{3}}}} = \\frac{{4(0.1363)}}{{1.7321}} = {a4:.5f}\\ \\mathrm{{nm}}.$$

The $(110)$ plane is a rectangle $a \\times a\\sqrt{{2}}$ containing the four corner atoms
(each $\\tfrac14$) and the body-centre atom: $4 \\times \\tfrac14 + 1 = 2$ atoms.

$$A_{{110}} = \\sqrt{{2}}\\,a^2 = 1.4142 \\times ({a4:.5f})^2 = {ar4:.5f}\\ \\mathrm{{nm^2}}$$

$$PD_{{110}} = \\frac{{2}}{{{ar4:.5f}}} = {pd4:.2f}\\ \\mathrm{{nm^{{-2}}}}$$

$$\\boxed{{PD_{{110}} \\approx {pd4:.2f}\\ \\text{{atoms/nm}}^2}}$$
""",
    r(pd4, 2),
    "1/nm**2",
)
a4w, ar4w, pd4w = bcc110(0.1336)
add(
    q,
    "given_first",
    f"""
**Given:** Mo, BCC, R = 0.1336 nm
**Find:** planar density of (110), atoms/nm²

**Solution**

BCC: a = 4R/√3 = 4 × 0.1336/1.7321 = {a4w:.5f} nm

(110) plane: rectangle of sides a and a√2; atoms in it = 4 × ¼ (corners) + 1 (centre) = 2

Area = a × a√2 = √2 a² = 1.4142 × {a4w:.5f}² = {ar4w:.5f} nm²

PD = 2/{ar4w:.5f} = {pd4w:.2f} atoms/nm²

**Answer:** ≈ {pd4w:.2f} atoms/nm²
""",
    r(pd4w, 2),
    "1/nm**2",
    "given_miscopied",
    f"The atomic radius is copied as 0.1336 nm; it is 0.1363 nm, so a = {a4:.5f} nm, "
    f"area = {ar4:.5f} nm² and PD = {pd4:.2f} atoms/nm².",
)

# ---------------------------------------------------------------- defects

# defects_01: vacancies in silver at 900 °C.
q = "h17a_defects_01"
n_ag = r(10.49 * 6.022 / 107.87, 4)  # atoms per cm³, in units of 10²³
n_ag_abs = n_ag * 1e23
t_d1 = 1173.15
kt1 = r(K_EV * t_d1, 5)
ex1 = r(1.10 / kt1, 3)
f1 = math.exp(-ex1)
nv1 = n_ag_abs * f1
add(
    q,
    "prose",
    f"""
The number of atomic sites per unit volume follows from the density: N = ρN_A/A = \
(10.49 g/cm³ × 6.022 × 10²³ atoms/mol)/(107.87 g/mol) = {uni(n_ag_abs, 4)} atoms/cm³.

The equilibrium vacancy number is N_v = N exp(−Q_v/kT). The temperature must be absolute: \
T = 900 + 273.15 = 1173.15 K, and with Boltzmann's constant k = 8.617 × 10⁻⁵ eV/K we get \
kT = {kt1:.5f} eV. The exponent is Q_v/kT = 1.10/{kt1:.5f} = {ex1:.3f}, so \
exp(−{ex1:.3f}) = {uni(f1, 4)}.

Multiplying, N_v = {uni(n_ag_abs, 4)} × {uni(f1, 4)} = {uni(nv1, 3)} vacancies/cm³.

Therefore, the answer is {uni(nv1, 3)} vacancies per cm³.
""",
    float(f"{nv1:.2e}"),
    "1/cm**3",
)
kt1w = r(K_EV * 900, 5)
ex1w = r(1.10 / kt1w, 3)
f1w = math.exp(-ex1w)
nv1w = n_ag_abs * f1w
add(
    q,
    "final_line",
    f"""
**1. Atomic sites per cm³**

N = ρN_A/A = (10.49)(6.022 × 10²³)/107.87 = {uni(n_ag_abs, 4)} cm⁻³

**2. Vacancy fraction**

N_v/N = exp(−Q_v/kT), k = 8.617 × 10⁻⁵ eV/K, T = 900

kT = 8.617 × 10⁻⁵ × 900 = {kt1w:.5f} eV
Q_v/kT = 1.10/{kt1w:.5f} = {ex1w:.3f}
exp(−{ex1w:.3f}) = {uni(f1w, 4)}

**3. Vacancies**

N_v = {uni(n_ag_abs, 4)} × {uni(f1w, 4)} = {uni(nv1w, 3)} cm⁻³

**Final Answer:** {uni(nv1w, 3)} vacancies/cm³
""",
    float(f"{nv1w:.2e}"),
    "1/cm**3",
    "unit_conversion",
    f"900 °C is used as T = 900 K; T = 1173.15 K, so kT = {kt1:.5f} eV, Q_v/kT = {ex1:.3f} "
    f"and N_v = {uni(nv1, 3)} cm⁻³.",
)

# defects_04: ASTM grain size from 45 grains/in² at 100x.
q = "h17a_defects_04"
lg45 = r(math.log10(45), 4)
ratio4 = r(lg45 / 0.3010, 3)
n4 = 1 + ratio4
add(
    q,
    "terse",
    f"""
N = 2^(n−1), N = 45 grains/in² at 100×
n − 1 = log 45/log 2 = {lg45:.4f}/0.3010 = {ratio4:.3f}
n = 1 + {ratio4:.3f} = {n4:.3f} ≈ {n4:.1f}

ASTM grain size number n ≈ {n4:.1f}
""",
    r(n4, 1),
    "dimensionless",
)
ratio4w = r(ratio4 - 0.2, 3)
n4w = 1 + ratio4w
add(
    q,
    "bare",
    f"""
Using N = 2^(n − 1) with N the number of grains per square inch at 100×:

45 = 2^(n − 1)
log 45 = (n − 1) log 2
n − 1 = {lg45:.4f}/0.3010 = {ratio4w:.3f}
n = {n4w:.3f}

{n4w:.1f}
""",
    r(n4w, 1),
    "dimensionless",
    "arithmetic_slip",
    f"{lg45:.4f}/0.3010 is written {ratio4w:.3f}; it is {ratio4:.3f}, so n = {n4:.2f} ≈ {n4:.1f}.",
)

# ---------------------------------------------------------------- diffusion

# diffusion_03: carburizing time to 0.55 wt% at 0.8 mm.
q = "h17a_diffusion_03"
lhs3 = r((0.55 - 0.20) / (1.00 - 0.20), 4)
erfz3 = r(1 - lhs3, 4)
e_lo, e_hi = erf_table(0.50), erf_table(0.55)
z3 = r(0.50 + 0.05 * (erfz3 - e_lo) / (e_hi - e_lo), 4)
t3 = (0.8e-3) ** 2 / (4 * z3**2 * 1.6e-11)
add(
    q,
    "markdown",
    f"""
### Step 1: Fick's second law solution
For a semi-infinite solid with constant surface concentration:

(C_x − C₀)/(C_s − C₀) = 1 − erf(x/(2√(Dt)))

### Step 2: Plug in concentrations
- (0.55 − 0.20)/(1.00 − 0.20) = 0.35/0.80 = {lhs3:.4f}
- erf z = 1 − {lhs3:.4f} = **{erfz3:.4f}**

### Step 3: Find z from the erf table
- erf(0.50) = {e_lo:.4f}, erf(0.55) = {e_hi:.4f}
- Interpolating: z = 0.50 + 0.05 × ({erfz3:.4f} − {e_lo:.4f})/({e_hi:.4f} − {e_lo:.4f}) \
= **{z3:.4f}**

### Step 4: Solve for time
z = x/(2√(Dt)) → t = x²/(4z²D)
- t = (8.0 × 10⁻⁴ m)²/(4 × {z3:.4f}² × 1.6 × 10⁻¹¹ m²/s) = {t3:,.0f} s
- t = {t3:,.0f}/3600 = **{t3 / 3600:.2f} h**

**Answer:** about {t3 / 3600:.2f} hours.
""",
    r(t3 / 3600, 2),
    "hour",
)
t3w = (0.8e-3) ** 2 / (z3**2 * 1.6e-11)
add(
    q,
    "tex",
    f"""
$$\\frac{{C_x - C_0}}{{C_s - C_0}} = 1 - \\operatorname{{erf}}\\!\\left(\\frac{{x}}{{2\\sqrt{{Dt}}}}\\right)
\\;\\Rightarrow\\; \\frac{{0.55-0.20}}{{1.00-0.20}} = {lhs3:.4f}
\\;\\Rightarrow\\; \\operatorname{{erf}} z = {erfz3:.4f}$$

From the table, $\\operatorname{{erf}}(0.50) = {e_lo:.4f}$ and $\\operatorname{{erf}}(0.55) = {e_hi:.4f}$,
so $z \\approx {z3:.4f}$.

With $z = x/\\sqrt{{Dt}}$:
$$t = \\frac{{x^2}}{{z^2 D}} = \\frac{{(8.0\\times10^{{-4}})^2}}{{({z3:.4f})^2 (1.6\\times10^{{-11}})}}
= {tex(t3w, 4)}\\ \\mathrm{{s}}$$

$$t = \\frac{{{tex(t3w, 4)}}}{{3600}} \\approx \\boxed{{{t3w / 3600:.1f}\\ \\mathrm{{h}}}}$$
""",
    r(t3w / 3600, 1),
    "hour",
    "missing_factor",
    f"z is taken as x/√(Dt), dropping the 2 of x/(2√(Dt)); t = x²/(4z²D) = {t3:,.0f} s "
    f"= {t3 / 3600:.2f} h.",
)

# diffusion_06: time at 1000 °C for the profile made in 10 h at 900 °C.
q = "h17a_diffusion_06"
inv1, inv2 = r(1 / 1173.15, 8), r(1 / 1273.15, 8)
dinv6 = r(inv1 - inv2, 8)
qr6 = r(130000 / R, 1)
ex6 = r(qr6 * dinv6, 4)
t6 = 10 * math.exp(-ex6)
add(
    q,
    "given_first",
    f"""
**Given:** t₁ = 10 h at T₁ = 900 °C = 1173.15 K; T₂ = 1000 °C = 1273.15 K; Q = 130 kJ/mol
**Find:** t₂ for the same profile

**Solution**

Same profile ⇒ same Dt, so D₁t₁ = D₂t₂ and
t₂ = t₁ D₁/D₂ = t₁ exp[−(Q/R)(1/T₁ − 1/T₂)]

1/T₁ = {inv1:.8f} K⁻¹, 1/T₂ = {inv2:.8f} K⁻¹, difference = {dinv6 * 1e5:.3f} × 10⁻⁵ K⁻¹
Q/R = 130 000/8.314 = {qr6:.1f} K
Exponent = {qr6:.1f} × {dinv6 * 1e5:.3f} × 10⁻⁵ = {ex6:.4f}

t₂ = 10 h × exp(−{ex6:.4f}) = 10 × {math.exp(-ex6):.4f} = {t6:.2f} h

**Answer:** t₂ ≈ {t6:.2f} h
""",
    r(t6, 2),
    "hour",
)
t6w = 10 * math.exp(ex6)
add(
    q,
    "prose",
    f"""
Reaching the same concentration profile requires the same value of Dt, so t₂/t₁ = D₁/D₂. \
With D = D₀ exp(−Q/RT), the ratio is D₁/D₂ = exp[(Q/R)(1/T₁ − 1/T₂)].

Converting to kelvin, T₁ = 1173.15 K and T₂ = 1273.15 K, so 1/T₁ − 1/T₂ = \
{inv1:.8f} − {inv2:.8f} = {dinv6 * 1e5:.3f} × 10⁻⁵ K⁻¹. With Q/R = 130 000/8.314 = {qr6:.1f} K \
the exponent is {ex6:.4f}, and exp({ex6:.4f}) = {math.exp(ex6):.4f}.

Therefore, the answer is t₂ = 10 h × {math.exp(ex6):.4f} = {t6w:.1f} hours.
""",
    r(t6w, 1),
    "hour",
    "sign_error",
    f"D₁/D₂ is written exp[+(Q/R)(1/T₁ − 1/T₂)]; it is exp[−(Q/R)(1/T₁ − 1/T₂)] = "
    f"exp(−{ex6:.4f}) = {math.exp(-ex6):.4f}, so t₂ = {t6:.2f} h.",
)

# ---------------------------------------------------------------- mechanical properties

# mech_02: lateral contraction of a brass cylinder.
q = "h17a_mechanical_properties_02"


def brass(area_mm2: float) -> tuple[float, float, float, float]:
    """Stress (MPa), axial strain, lateral strain and Δd (µm) for 8.0 kN on ``area_mm2``."""
    s = r(8000 / area_mm2, 2)
    ez = r(s / 97000, 7)
    ex = r(-0.34 * ez, 7)
    return s, ez, ex, ex * 12.5e3


area2 = r(math.pi * 6.25**2, 2)
s2, ez2, ex2, dd2 = brass(area2)
add(
    q,
    "given_first",
    f"""
Given: d₀ = 12.5 mm, F = 8.0 kN, E = 97 GPa, ν = 0.34
Find: Δd (µm)

A₀ = π(d₀/2)² = π(6.25 mm)² = {area2:.2f} mm²
σ = F/A₀ = 8000 N/{area2:.2f} mm² = {s2:.2f} MPa
ε_z = σ/E = {s2:.2f}/97 000 = {ez2 * 1e4:.3f} × 10⁻⁴
ε_x = −ν ε_z = −0.34 × {ez2 * 1e4:.3f} × 10⁻⁴ = {ex2 * 1e4:.3f} × 10⁻⁴
Δd = ε_x d₀ = {ex2 * 1e4:.3f} × 10⁻⁴ × 12.5 mm = {dd2 / 1000:.5f} mm

Δd ≈ {dd2:.2f} µm (the diameter shrinks)
""",
    r(dd2, 2),
    "micrometer",
)
area2w = r(math.pi * 12.5**2, 1)
s2w, ez2w, ex2w, dd2w = brass(area2w)
add(
    q,
    "markdown",
    f"""
### Step 1: Cross-sectional area
- A₀ = πr² = π × (12.5 mm)² = **{area2w:.1f} mm²**

### Step 2: Axial stress and strain
- σ = F/A₀ = 8000 N/{area2w:.1f} mm² = **{s2w:.2f} MPa**
- ε_z = σ/E = {s2w:.2f}/97 000 = {ez2w * 1e4:.3f} × 10⁻⁴

### Step 3: Lateral strain (Poisson)
- ε_x = −ν ε_z = −0.34 × {ez2w * 1e4:.3f} × 10⁻⁴ = {ex2w * 1e5:.3f} × 10⁻⁵

### Step 4: Change in diameter
- Δd = ε_x × d₀ = {ex2w * 1e5:.3f} × 10⁻⁵ × 12.5 mm = {dd2w / 1000:.6f} mm

**Δd ≈ {dd2w:.3f} µm** (a contraction)
""",
    r(dd2w, 3),
    "micrometer",
    "wrong_formula",
    f"The 12.5 mm diameter is used as the radius, A₀ = {area2w:.1f} mm²; A₀ = π(6.25 mm)² = "
    f"{area2:.2f} mm², so σ = {s2:.2f} MPa and Δd = {dd2:.2f} µm.",
)

# mech_06: modulus of resilience of a spring steel.
q = "h17a_mechanical_properties_06"
sq6 = 1460**2
ur6 = sq6 / (2 * 205e3)
add(
    q,
    "bare",
    f"""
U_r = σ_y²/(2E)

σ_y² = (1460 MPa)² = {sp(sq6, 7)} MPa²
2E = 2 × 205 000 MPa = 410 000 MPa
U_r = {sp(sq6, 7)}/410 000 = {ur6:.3f} MPa

(1 MPa = 1 MJ/m³)

{ur6:.2f}
""",
    r(ur6, 2),
    "MJ/m**3",
)
sq6w = 2313600
ur6w = sq6w / (2 * 205e3)
add(
    q,
    "prose",
    f"""
The modulus of resilience is the strain energy per unit volume stored up to yield, the area \
under the elastic part of the stress–strain curve: U_r = σ_y²/(2E).

Squaring the yield strength gives (1460 MPa)² = {sp(sq6w, 7)} MPa², and twice the modulus is \
2 × 205 000 MPa = 410 000 MPa. Dividing, U_r = {sp(sq6w, 7)}/410 000 = {ur6w:.3f} MPa, and \
since 1 MPa = 1 J/cm³ = 1 MJ/m³ this is already in the requested unit.

Therefore, the answer is {ur6w:.2f} MJ/m³.
""",
    r(ur6w, 2),
    "MJ/m**3",
    "arithmetic_slip",
    f"1460² is written {sp(sq6w, 7)}; it is {sp(sq6, 7)}, so U_r = {ur6:.2f} MJ/m³.",
)

# ---------------------------------------------------------------- failure

# failure_01: critical surface crack length.
q = "h17a_failure_01"
ratio1 = 26 / 400
a_c = ratio1**2 / math.pi
add(
    q,
    "tex",
    f"""
$$K_{{Ic}} = Y\\sigma\\sqrt{{\\pi a_c}} \\;\\Rightarrow\\;
a_c = \\frac{{1}}{{\\pi}}\\left(\\frac{{K_{{Ic}}}}{{Y\\sigma}}\\right)^2$$

$$a_c = \\frac{{1}}{{\\pi}}\\left(\\frac{{26}}{{1.0 \\times 400}}\\right)^2
= \\frac{{({ratio1:.3f})^2}}{{3.1416}} = \\frac{{{ratio1**2:.6f}}}{{3.1416}}
= {tex(a_c, 4)}\\ \\mathrm{{m}}$$

For a surface crack $a$ is the full crack length, so

$$\\boxed{{a_c \\approx {a_c * 1000:.2f}\\ \\mathrm{{mm}}}}$$
""",
    r(a_c * 1000, 2),
    "mm",
)
a_cw = ratio1**2
add(
    q,
    "terse",
    f"""
K_Ic = Yσ√(πa)
a_c = (K_Ic/(Yσ))² = (26/400)² = ({ratio1:.3f})² = {a_cw:.6f} m

a_c = {a_cw * 1000:.3f} mm
""",
    r(a_cw * 1000, 3),
    "mm",
    "missing_factor",
    f"π is dropped when K_Ic = Yσ√(πa) is solved for a; a_c = (K_Ic/Yσ)²/π = {a_c * 1000:.2f} mm.",
)

# failure_04: Larson–Miller rupture life at 750 °C.
q = "h17a_failure_04"
lg500 = r(math.log10(500), 4)
lmp = r(1073.15 * (20 + lg500), 0)
lgt = r(lmp / 1023.15 - 20, 4)
t_h = 10**lgt
t_yr = t_h / 8760
add(
    q,
    "markdown",
    f"""
### Step 1: Larson–Miller parameter at 800 °C
LMP = T(C + log₁₀ t), with T in K and t in h.
- T₁ = 800 + 273.15 = 1073.15 K
- log₁₀ 500 = {lg500:.4f}
- LMP = 1073.15 × (20 + {lg500:.4f}) = **{lmp:,.0f}**

### Step 2: Same stress, same LMP at 750 °C
- T₂ = 1023.15 K
- 20 + log₁₀ t₂ = {lmp:,.0f}/1023.15 → log₁₀ t₂ = **{lgt:.4f}**
- t₂ = 10^{lgt:.4f} = {t_h:,.0f} h

### Step 3: Convert to years
- t₂ = {t_h:,.0f} h / 8760 h/yr = **{t_yr:.3f} yr**

**Answer:** about {t_yr:.3f} years (roughly 9 months).
""",
    r(t_yr, 3),
    "year",
)
ln500 = r(math.log(500), 4)
lmpw = r(1073.15 * (20 + ln500), 0)
lntw = r(lmpw / 1023.15 - 20, 4)
t_hw = math.exp(lntw)
t_yrw = t_hw / 8760
add(
    q,
    "final_line",
    f"""
Larson–Miller: P = T(C + ln t), T in K, t in hours, C = 20.

At 800 °C: T = 1073.15 K, ln 500 = {ln500:.4f}
P = 1073.15 × {20 + ln500:.4f} = {lmpw:,.0f}

At 750 °C: T = 1023.15 K
20 + ln t = {lmpw:,.0f}/1023.15 → ln t = {lntw:.4f}
t = e^{lntw:.4f} = {t_hw:,.0f} h = {t_hw:,.0f}/8760 yr

**Final Answer:** t ≈ {t_yrw:.3f} years
""",
    r(t_yrw, 3),
    "year",
    "wrong_formula",
    f"The parameter is written with ln t; the Larson–Miller parameter (C = 20) uses log₁₀ t, "
    f"so P = {lmp:,.0f}, log₁₀ t = {lgt:.4f}, t = {t_h:,.0f} h = {t_yr:.3f} yr.",
)

# ---------------------------------------------------------------- phase diagrams

# phase_02: proeutectoid ferrite in 1040 steel.
q = "h17a_phase_diagrams_02"
wa = (0.76 - 0.40) / (0.76 - 0.022)
add(
    q,
    "prose",
    f"""
Just above the eutectoid temperature the 0.40 wt% C steel consists of proeutectoid ferrite \
(0.022 wt% C) and austenite of eutectoid composition (0.76 wt% C). The lever rule across \
that tie line gives the ferrite fraction as the arm on the austenite side over the whole \
tie line: W_α′ = (0.76 − 0.40)/(0.76 − 0.022) = 0.36/0.738 = {wa:.3f}.

All of this ferrite is retained on cooling through the eutectoid, while the austenite turns \
into pearlite.

Therefore, the answer is a mass fraction of {wa:.3f} proeutectoid ferrite.
""",
    r(wa, 3),
    "dimensionless",
)
waw = (0.40 - 0.022) / (0.76 - 0.022)
add(
    q,
    "given_first",
    f"""
**Given:** C₀ = 0.40 wt% C (hypoeutectoid), C_α = 0.022 wt% C, eutectoid C_γ = 0.76 wt% C
**Find:** W_α′, mass fraction of proeutectoid ferrite

**Lever rule** on the tie line just above 727 °C:

W_α′ = (C₀ − C_α)/(C_γ − C_α) = (0.40 − 0.022)/(0.76 − 0.022) = 0.378/0.738

**W_α′ = {waw:.3f}**
""",
    r(waw, 3),
    "dimensionless",
    "wrong_formula",
    f"The lever arms are swapped: (C₀ − C_α)/(C_γ − C_α) is the austenite (pearlite) fraction; "
    f"ferrite is (0.76 − 0.40)/(0.76 − 0.022) = {wa:.3f}.",
)

# ---------------------------------------------------------------- transformations / kinetics

# tk_07: homogeneous nucleation barrier for Cu at ΔT = 200 K.
q = "h17a_transformations_kinetics_07"
dgv = r(1.88e9 * 200 / 1358, -5)  # J/m³
g3 = r(0.177**3, 7)
dg7 = 16 * math.pi * g3 / (3 * dgv**2)
ev7 = dg7 / E_CH
add(
    q,
    "tex",
    f"""
The driving force per unit volume is
$$\\Delta G_v = \\frac{{\\Delta H_f\\,\\Delta T}}{{T_m}} = \\frac{{(1.88\\times10^{{9}})(200)}}{{1358}}
= {tex(dgv, 4)}\\ \\mathrm{{J\\,m^{{-3}}}}$$

The barrier for a spherical nucleus is
$$\\Delta G^* = \\frac{{16\\pi\\gamma^3}}{{3\\,\\Delta G_v^2}}
= \\frac{{16\\pi\\,({g3:.7f})}}{{3\\,({tex(dgv, 4)})^2}} = {tex(dg7, 4)}\\ \\mathrm{{J}}$$

Converting with $1\\ \\mathrm{{eV}} = 1.602\\times10^{{-19}}\\ \\mathrm{{J}}$:
$$\\Delta G^* = \\frac{{{tex(dg7, 4)}}}{{1.602\\times10^{{-19}}}} \\approx
\\boxed{{{ev7:.2f}\\ \\mathrm{{eV}}}}$$
""",
    r(ev7, 2),
    "eV",
)
dg7w = 16 * math.pi * g3 / dgv**2
ev7w = dg7w / E_CH
add(
    q,
    "markdown",
    f"""
### Step 1: Volume free-energy change
- ΔG_v = ΔH_f ΔT/T_m = 1.88 × 10⁹ × 200/1358 = **{uni(dgv, 4)} J/m³**

### Step 2: Critical free energy
- ΔG* = 16πγ³/ΔG_v²
- γ³ = 0.177³ = {g3:.7f} J³/m⁶
- ΔG* = 16π × {g3:.7f}/({uni(dgv, 4)})² = **{uni(dg7w, 4)} J**

### Step 3: Convert to eV
- ΔG* = {uni(dg7w, 4)}/1.602 × 10⁻¹⁹ = **{ev7w:.1f} eV**

**Answer:** ΔG* ≈ {ev7w:.1f} eV
""",
    r(ev7w, 1),
    "eV",
    "missing_factor",
    f"The 3 in the denominator of ΔG* = 16πγ³/(3ΔG_v²) is dropped; ΔG* = {uni(dg7, 4)} J "
    f"= {ev7:.2f} eV.",
)

# ---------------------------------------------------------------- electrical / semiconductors

# elec_05: electron concentration from a Hall measurement.
q = "h17b_electrical_semiconductors_05"


def hall(t_m: float) -> tuple[float, float]:
    """Denominator e·t·V_H (C·m·V) and n (m⁻³) for I = 10 mA, B = 0.40 T, V_H = 2.1 mV."""
    den = E_CH * t_m * 2.1e-3
    return den, 0.010 * 0.40 / den


den5, n5 = hall(0.5e-3)
add(
    q,
    "prose",
    f"""
For a bar with the field along its thickness t, the Hall voltage is V_H = IB/(n e t), so the \
carrier concentration is n = IB/(e t V_H). In SI units: I = 10 mA = 0.010 A, B = 0.40 T, \
t = 0.5 mm = 5.0 × 10⁻⁴ m and V_H = 2.1 mV = 2.1 × 10⁻³ V, with e = 1.602 × 10⁻¹⁹ C.

The numerator is IB = 0.010 × 0.40 = 4.0 × 10⁻³, and the denominator is e t V_H = \
1.602 × 10⁻¹⁹ × 5.0 × 10⁻⁴ × 2.1 × 10⁻³ = {uni(den5, 4)}. Dividing gives \
n = {uni(n5, 3)} m⁻³. Since 1 m³ = 10⁶ cm³, n = {uni(n5 / 1e6, 3)} cm⁻³.

Therefore, the answer is {uni(n5 / 1e6, 3)} electrons per cm³.
""",
    float(f"{n5 / 1e6:.2e}"),
    "1/cm**3",
)
den5w, n5w = hall(5e-3)
add(
    q,
    "terse",
    f"""
n = IB/(e t V_H)
t = 0.5 mm = 5 × 10⁻³ m
e t V_H = 1.602 × 10⁻¹⁹ × 5 × 10⁻³ × 2.1 × 10⁻³ = {uni(den5w, 4)}
n = (0.010 × 0.40)/{uni(den5w, 4)} = {uni(n5w, 3)} m⁻³ = {uni(n5w / 1e6, 3)} cm⁻³

n ≈ {uni(n5w / 1e6, 3)} cm⁻³
""",
    float(f"{n5w / 1e6:.2e}"),
    "1/cm**3",
    "unit_conversion",
    f"0.5 mm is written 5 × 10⁻³ m; it is 5 × 10⁻⁴ m, so e t V_H = {uni(den5, 4)} and "
    f"n = {uni(n5 / 1e6, 3)} cm⁻³.",
)

# ---------------------------------------------------------------- magnetic

# magnetic_07: highest temperature for Pb to stay superconducting in 4.0e4 A/m.
q = "h17b_magnetic_07"
h_ratio = r(4.0 / 6.5, 4)
one_m = r(1 - h_ratio, 4)
root7 = r(math.sqrt(one_m), 4)
t7 = 7.19 * root7
add(
    q,
    "final_line",
    f"""
The critical field of a type-I superconductor falls parabolically with temperature:

H_C(T) = H_C(0)[1 − (T/T_C)²]

Solving for the temperature at which H_C(T) equals the applied field:

T = T_C √(1 − H/H_C(0))

- H/H_C(0) = 4.0 × 10⁴/6.5 × 10⁴ = {h_ratio:.4f}
- 1 − {h_ratio:.4f} = {one_m:.4f}
- √{one_m:.4f} = {root7:.4f}
- T = 7.19 K × {root7:.4f} = {t7:.2f} K

Above this temperature the 4.0 × 10⁴ A/m field drives the lead normal.

**Final Answer:** T ≈ {t7:.2f} K
""",
    r(t7, 2),
    "K",
)
root7w = r(root7 + 0.06, 4)
t7w = 7.19 * root7w
add(
    q,
    "tex",
    f"""
$$H_C(T) = H_C(0)\\left[1 - \\left(\\frac{{T}}{{T_C}}\\right)^2\\right]
\\;\\Rightarrow\\; T = T_C\\sqrt{{1 - \\frac{{H}}{{H_C(0)}}}}$$

$$\\frac{{H}}{{H_C(0)}} = \\frac{{4.0\\times10^{{4}}}}{{6.5\\times10^{{4}}}} = {h_ratio:.4f},\\qquad
\\sqrt{{1 - {h_ratio:.4f}}} = \\sqrt{{{one_m:.4f}}} = {root7w:.4f}$$

$$T = 7.19 \\times {root7w:.4f} = \\boxed{{{t7w:.2f}\\ \\mathrm{{K}}}}$$
""",
    r(t7w, 2),
    "K",
    "arithmetic_slip",
    f"√{one_m:.4f} is written {root7w:.4f}; it is {root7:.4f}, so T = {t7:.2f} K.",
)

# ---------------------------------------------------------------- optical

# optical_06: reflectance at a water/glass interface.
q = "h17b_optical_06"
frac6 = r(0.17 / 2.83, 5)
rr6 = r(frac6**2, 6)
add(
    q,
    "terse",
    f"""
R = ((n₂ − n₁)/(n₂ + n₁))²
= ((1.50 − 1.33)/(1.50 + 1.33))² = (0.17/2.83)² = ({frac6:.5f})² = {rr6:.6f}

R = {rr6 * 100:.3f} %
""",
    r(rr6 * 100, 3),
    "percent",
)
add(
    q,
    "prose",
    f"""
At normal incidence the reflectance at an interface between media of indices n₁ and n₂ is \
R = [(n₂ − n₁)/(n₂ + n₁)]². For water (1.33) against glass (1.50) this gives \
(0.17/2.83)² = ({frac6:.5f})² = {rr6:.4f}. Because the two indices are close, far less light \
is reflected than at an air/glass surface (about 4 %).

Therefore, the answer is {rr6:.4f} % of the incident light reflected at the water/glass \
interface.
""",
    r(rr6, 4),
    "percent",
    "percent_fraction",
    f"The reflectance fraction R = {rr6:.4f} is reported as a percentage; it is {rr6 * 100:.3f} %.",
)

# ---------------------------------------------------------------- thermal

# thermal_04: Debye T³ heat capacity of Cu at 15 K.
q = "h17b_thermal_04"
pre4 = r(12 * math.pi**4 / 5, 2)
cube4 = r((15 / 343) ** 3, 9)
cv4 = pre4 * R * cube4
add(
    q,
    "markdown",
    f"""
### Step 1: Low-temperature Debye law
For T ≪ θ_D:

C_v = (12π⁴/5) R (T/θ_D)³

### Step 2: Numbers
- 12π⁴/5 = **{pre4:.2f}**
- R = 8.314 J/(mol·K), so (12π⁴/5)R = {pre4 * R:.1f} J/(mol·K)
- T/θ_D = 15/343 = {15 / 343:.5f}, cubed: {uni(cube4, 4)}

### Step 3: Heat capacity
- C_v = {pre4 * R:.1f} × {uni(cube4, 4)} = **{cv4:.4f} J mol⁻¹ K⁻¹**

**Answer:** C_v ≈ {cv4:.3f} J/(mol·K) at 15 K.
""",
    r(cv4, 3),
    "J/(mol*K)",
)
cv4w = pre4 * 1.987 * cube4
add(
    q,
    "given_first",
    f"""
Given: θ_D = 343 K, T = 15 K (T ≪ θ_D)
Find: C_v in J mol⁻¹ K⁻¹

Debye T³ law: C_v = (12π⁴/5) R (T/θ_D)³, R = 1.987

12π⁴/5 = {pre4:.2f}
(12π⁴/5)R = {pre4:.2f} × 1.987 = {pre4 * 1.987:.1f}
(T/θ_D)³ = (15/343)³ = {uni(cube4, 4)}
C_v = {pre4 * 1.987:.1f} × {uni(cube4, 4)} = {cv4w:.4f}

Answer: C_v ≈ {cv4w:.4f} J mol⁻¹ K⁻¹
""",
    r(cv4w, 4),
    "J/(mol*K)",
    "wrong_constant",
    f"R = 1.987 is the gas constant in cal/(mol·K); in J/(mol·K) R = 8.314, so "
    f"C_v = {cv4:.3f} J/(mol·K).",
)

# ---------------------------------------------------------------- polymers

# polymers_01: repeat units in PVC of Mn = 120 000 g/mol.
q = "h17b_polymers_01"
m_vc = 2 * 12.01 + 3 * 1.008 + 35.45
dp1 = 120000 / m_vc
add(
    q,
    "bare",
    f"""
Repeat unit of PVC: –CH₂–CHCl–  (C₂H₃Cl)

m = 2(12.01) + 3(1.008) + 35.45 = {m_vc:.3f} g/mol

DP = M_n/m = 120 000/{m_vc:.3f} = {dp1:.1f}

{dp1:.0f}
""",
    round(dp1),
    "dimensionless",
)
dp1w = 1902
add(
    q,
    "final_line",
    f"""
The number-average degree of polymerization is n = M̄_n/m, where m is the repeat-unit \
molecular weight.

PVC repeat unit C₂H₃Cl: m = 2 × 12.01 + 3 × 1.008 + 35.45 = {m_vc:.3f} g/mol

n = 120 000/{m_vc:.3f} = {dp1:.1f}

**Final Answer:** about {dp1w} repeat units per chain
""",
    dp1w,
    "dimensionless",
    "final_miscopied",
    f"n = 120 000/{m_vc:.3f} = {dp1:.1f} is computed correctly but the final answer is "
    f"written {dp1w}; it is {dp1:.0f}.",
)

# polymers_08: Fox equation for a plasticized polymer.
q = "h17b_polymers_08"
t_a, t_b = 373.15, 223.15
term_a, term_b = r(0.70 / t_a, 7), r(0.30 / t_b, 7)
inv8 = term_a + term_b
tg8 = 1 / inv8
add(
    q,
    "final_line",
    f"""
**Fox equation** (temperatures in kelvin):

1/T_g = w₁/T_g1 + w₂/T_g2

- Polymer: w₁ = 0.70, T_g1 = 100 °C = 373.15 K
- Plasticizer: w₂ = 0.30, T_g2 = −50 °C = 223.15 K

1/T_g = 0.70/373.15 + 0.30/223.15 = {term_a:.7f} + {term_b:.7f} = {inv8:.7f} K⁻¹

T_g = 1/{inv8:.7f} = {tg8:.1f} K = {tg8 - 273.15:.1f} °C

**Final Answer:** T_g ≈ {tg8 - 273.15:.1f} °C
""",
    r(tg8 - 273.15, 1),
    "degC",
)
tg8w = 0.70 * 100 + 0.30 * (-50)
add(
    q,
    "bare",
    f"""
Weighted by mass fraction:

T_g = w₁T_g1 + w₂T_g2
    = 0.70(100) + 0.30(−50)
    = 70 − 15

{tg8w:.0f}
""",
    tg8w,
    "degC",
    "wrong_formula",
    f"A linear mass-weighted average is used; the Fox equation is 1/T_g = w₁/T_g1 + w₂/T_g2 "
    f"in kelvin, giving T_g = {tg8:.1f} K = {tg8 - 273.15:.1f} °C.",
)

# ---------------------------------------------------------------- ceramics / composites

# ceramics_02: transverse modulus of a carbon-fibre composite.
q = "h17b_ceramics_composites_02"
tf, tm = r(0.60 / 230, 6), r(0.40 / 3.5, 6)
et2 = 1 / (tf + tm)
add(
    q,
    "given_first",
    f"""
**Given:** V_f = 0.60, V_m = 0.40, E_f = 230 GPa, E_m = 3.5 GPa (σ_f* is not needed)
**Find:** E_ct, the modulus transverse to the fibres

**Solution:** loading across the fibres is the iso-stress case:

1/E_ct = V_f/E_f + V_m/E_m = 0.60/230 + 0.40/3.5 = {tf:.6f} + {tm:.6f} = {tf + tm:.6f} GPa⁻¹

E_ct = 1/{tf + tm:.6f} = {et2:.2f} GPa

**Answer:** E_ct ≈ {et2:.2f} GPa
""",
    r(et2, 2),
    "GPa",
)
el2 = 0.60 * 230 + 0.40 * 3.5
add(
    q,
    "terse",
    f"""
Rule of mixtures: E_c = V_f E_f + V_m E_m
= 0.60(230) + 0.40(3.5) = 138 + 1.4 = {el2:.1f} GPa

E ≈ {el2:.1f} GPa
""",
    r(el2, 1),
    "GPa",
    "wrong_quantity",
    f"The iso-strain rule of mixtures gives the longitudinal modulus; transverse to the fibres "
    f"1/E = V_f/E_f + V_m/E_m, so E_ct = {et2:.2f} GPa.",
)

# ---------------------------------------------------------------- corrosion

# corrosion_01: zinc consumed by a 2.5 A anode in one 8 h shift.
q = "h17b_corrosion_01"
q1 = 2.5 * 8 * 3600
m1 = q1 * 65.38 / (2 * F)
add(
    q,
    "terse",
    f"""
Q = It = 2.5 A × 8 h × 3600 s/h = {q1:,.0f} C
m = QM/(nF) = {q1:,.0f} × 65.38/(2 × 96 485)
= {q1 * 65.38:,.0f}/192 970
= {m1:.2f} g

m ≈ {m1:.1f} g Zn
""",
    r(m1, 1),
    "g",
)
q1w = 2.5 * 8 * 60
m1w = q1w * 65.38 / (2 * F)
add(
    q,
    "markdown",
    f"""
### Step 1: Charge passed
- t = 8 h = 8 × 60 = 480 s
- Q = It = 2.5 A × 480 s = **{q1w:,.0f} C**

### Step 2: Faraday's law
- Zn → Zn²⁺ + 2e⁻, so n = 2; M(Zn) = 65.38 g/mol; F = 96 485 C/mol
- m = QM/(nF) = {q1w:,.0f} × 65.38/(2 × 96 485) = **{m1w:.3f} g**

**Answer:** about {m1w:.3f} g of zinc is consumed during the shift.
""",
    r(m1w, 3),
    "g",
    "unit_conversion",
    f"8 h is turned into 8 × 60 = 480 s; it is 8 × 3600 = 28 800 s, so Q = {q1:,.0f} C and "
    f"m = {m1:.1f} g.",
)


if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
    print(f"{sum(not rec['correct'] for rec in SET.records)} wrong responses")
