"""Build tests/data/worked_answers_heldout6c.jsonl: a third blind set of worked answers to set G.

Written blind, like ``build_worked_answers_heldout6b.py``, to 20 further questions of
``answer_exam_heldout6.json`` that neither ``worked_answers_heldout6.jsonl`` nor
``worked_answers_heldout6b.jsonl`` answers; the answer engine, its checker and its solver were
not read. Every question has two responses: one correct throughout, and one with exactly one
labelled mistake (``worked_answers_check.ERROR_CLASSES``) whose note names the first wrong step
and the value it should have had. Twelve of the twenty mistakes are physics or chemistry errors
carried through with clean arithmetic (a wrong structure or relation, a dropped factor or term,
a different quantity than the one asked, a sign convention turned round, a given used in the
wrong role); the other eight are slips (arithmetic, units, a miscopied given or final value, a
wrong constant, a fraction written where a percentage is asked).

Writing styles copied from chat models: "### Step" markdown with bullets, TeX display maths
closing with ``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains,
a "Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. All numbers are computed below and intermediate values are rounded
the way a model rounds them, so that only the labelled step is wrong.

Run: ``python tests/data/build_worked_answers_heldout6c.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout6c``.
"""

from __future__ import annotations

import math

from worked_writing import E_CH, EPS_0, K_EV, MU_0, F, R, WorkedSet, sci, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout6c", exam_name="heldout6", styles=STYLES)
add = SET.add_styled


# ---------------------------------------------------------------- crystallography

# cryst_03: largest sphere in a BCC tetrahedral hole of Nb, in Å.
a3 = 0.3301
big3 = math.sqrt(3) * a3 / 4
reach3 = math.sqrt(5) * a3 / 4
hole3 = round(reach3, 5) - round(big3, 5)
add(
    "g6_cryst_03",
    "tex",
    f"""
Take the site $(\\tfrac12,\\tfrac14,0)$ and the nearest host atom at the corner $(0,0,0)$ (the
atom at $(1,0,0)$ is equally far). Their separation is

$$\\ell = a\\sqrt{{\\left(\\tfrac12\\right)^2+\\left(\\tfrac14\\right)^2}} = \\frac{{\\sqrt5}}{{4}}a
= \\frac{{2.2361 \\times 0.3301}}{{4}} = {reach3:.5f}\\ \\mathrm{{nm}}$$

Because neighbours touch along $\\langle 111\\rangle$, the host radius is

$$R = \\frac{{\\sqrt3}}{{4}}a = \\frac{{1.7321 \\times 0.3301}}{{4}} = {big3:.5f}\\ \\mathrm{{nm}}$$

The interstitial sphere just touches the host atom:

$$r = \\ell - R = {reach3:.5f} - {big3:.5f} = {hole3:.5f}\\ \\mathrm{{nm}}$$

$$\\boxed{{r \\approx {hole3 * 10:.3f}\\ \\mathrm{{\\AA}}}}$$
""",
    round(hole3 * 10, 3),
    "angstrom",
)
big3_w = math.sqrt(2) * a3 / 4
hole3_w = round(reach3, 5) - round(big3_w, 5)
add(
    "g6_cryst_03",
    "markdown",
    f"""
### Step 1: Distance from the hole to a host atom
The site (½, ¼, 0) lies ½a along x and ¼a along y from the corner atom:
- ℓ = a√(¼ + 1/16) = (√5/4)a = 0.5590 × 0.3301 = **{reach3:.5f} nm**

### Step 2: Radius of a niobium atom
- For close contact of the host atoms, R = (√2/4)a = 0.35355 × 0.3301 = **{big3_w:.5f} nm**

### Step 3: Radius of the interstitial sphere
- r = ℓ − R = {reach3:.5f} − {big3_w:.5f} = **{hole3_w:.5f} nm**

### Step 4: Convert
- 1 nm = 10 Å → r = **{hole3_w * 10:.3f} Å**

The largest sphere that fits the tetrahedral site has a radius of about **{hole3_w * 10:.3f} Å**.
""",
    round(hole3_w * 10, 3),
    "angstrom",
    "wrong_formula",
    f"Step 2: R = √2a/4 is the FCC contact (face diagonal); in BCC the atoms touch along the body "
    f"diagonal, R = √3a/4 = {big3:.5f} nm, so r = {hole3 * 10:.3f} Å",
)

# cryst_09: number density of α-Ti (HCP).
c9 = round(1.588 * 0.2951, 4)
v9 = 3 * math.sqrt(3) / 2 * 0.2951**2 * c9  # nm³
n9 = 6 / round(v9, 5)  # per nm³
add(
    "g6_cryst_09",
    "given_first",
    f"""
Given: HCP titanium, a = 0.2951 nm, c/a = 1.588 (the molar mass 47.87 g/mol is not needed for a
count per volume).
Find: atoms per m³.

- c = 1.588 × 0.2951 nm = {c9:.4f} nm
- The hexagonal prism holds 12 × ⅙ + 2 × ½ + 3 = 6 atoms
- Prism volume V = (3√3/2) a² c = 2.5981 × {0.2951**2:.5f} × {c9:.4f} = {v9:.5f} nm³
- n = 6 / {v9:.5f} nm³ = {n9:.2f} nm⁻³
- 1 nm³ = 10⁻²⁷ m³, so n = {uni(n9 * 1e27, 4)} m⁻³

Answer: about {uni(n9 * 1e27, 3)} atoms per cubic metre.
""",
    sci(n9 * 1e27, 3),
    "1/m**3",
)
n9_w = n9 * 1e24
add(
    "g6_cryst_09",
    "terse",
    f"""
c = 1.588a = {c9:.4f} nm
V_cell = (3√3/2)a²c = 2.5981 × (0.2951)² × {c9:.4f} = {v9:.5f} nm³
atoms/cell = 6
n = 6/{v9:.5f} = {n9:.2f} nm⁻³ = {n9:.2f} × 10²⁴ m⁻³
n ≈ {uni(n9_w, 3)} m⁻³
""",
    sci(n9_w, 3),
    "1/m**3",
    "unit_conversion",
    f"n in m⁻³: 1 nm³ = 10⁻²⁷ m³ (not 10⁻²⁴), so n = {uni(n9 * 1e27, 3)} m⁻³",
)

# ---------------------------------------------------------------- point defects

# def_03: vacancy formation energy from a ratio of quenched-in vacancy fractions.
t1_3, t2_3 = 773, 1173
dinv3 = 1 / t1_3 - 1 / t2_3
ln3 = math.log(215)
q3 = K_EV * round(ln3, 4) / float(f"{dinv3:.4e}")
add(
    "g6_def_03",
    "prose",
    f"""
If both quenches freeze in the equilibrium fraction, c = A exp(−Q_v/kT) at each temperature and the
prefactor cancels in the ratio: c(900 °C)/c(500 °C) = exp[(Q_v/k)(1/T₁ − 1/T₂)], with T₁ = 500 °C =
773 K and T₂ = 900 °C = 1173 K. The reciprocal temperatures differ by 1/773 − 1/1173 = {uni(dinv3, 4)} K⁻¹, and ln 215 = {ln3:.4f}. Solving for the formation energy, Q_v = k ln 215/(1/T₁ − 1/T₂) = 8.617 × 10⁻⁵ × {ln3:.4f}/{uni(dinv3, 4)} = {q3:.3f} eV.

Therefore, the answer is {q3:.3f} eV.
""",
    round(q3, 3),
    "eV",
)
dinv3_w = 1 / 500 - 1 / 900
q3_w = K_EV * round(ln3, 4) / float(f"{dinv3_w:.4e}")
add(
    "g6_def_03",
    "final_line",
    f"""
The ratio of two equilibrium vacancy fractions removes the pre-exponential factor:

ln(c₂/c₁) = (Q_v/k)(1/T₁ − 1/T₂)

With T₁ = 500 and T₂ = 900:
- 1/T₁ − 1/T₂ = 1/500 − 1/900 = {uni(dinv3_w, 4)}
- ln 215 = {ln3:.4f}
- Q_v = 8.617 × 10⁻⁵ × {ln3:.4f} / {uni(dinv3_w, 4)} = {q3_w:.3f} eV

**Final Answer:** Q_v ≈ {q3_w:.3f} eV
""",
    round(q3_w, 3),
    "eV",
    "unit_conversion",
    f"The temperatures are used in °C; in kelvin 1/773 − 1/1173 = {uni(dinv3, 4)} K⁻¹ and "
    f"Q_v = {q3:.3f} eV",
)

# ---------------------------------------------------------------- diffusion

# diff_01: D of carbon in austenite at 950 °C.
t1 = 1223
x1 = 148000 / (R * t1)
e1 = math.exp(-round(x1, 3))
d1 = 2.3e-5 * sci(e1, 3)
add(
    "g6_diff_01",
    "tex",
    f"""
Arrhenius form, with $T = 950 + 273 = {t1}\\ \\mathrm{{K}}$:

$$D = D_0 \\exp\\!\\left(-\\frac{{Q}}{{RT}}\\right)$$

$$\\frac{{Q}}{{RT}} = \\frac{{148\\,000}}{{8.314 \\times {t1}}} = {x1:.3f}$$

$$e^{{-{x1:.3f}}} = {tex(e1)}$$

$$D = 2.3 \\times 10^{{-5}} \\times {tex(e1)} = {tex(d1)}\\ \\mathrm{{m^2/s}}$$

$$\\boxed{{D \\approx {tex(d1, 2)}\\ \\mathrm{{m^2\\,s^{{-1}}}}}}$$
""",
    sci(d1, 2),
    "m**2/s",
)
x1_w = 148000 / (1.987 * t1)
e1_w = math.exp(-round(x1_w, 2))
d1_w = 2.3e-5 * sci(e1_w, 3)
add(
    "g6_diff_01",
    "markdown",
    f"""
### Step 1: Temperature
- T = 950 °C + 273 = **{t1} K**

### Step 2: Exponent
- Q = 148 kJ/mol = 148 000 J/mol, R = 1.987
- Q/RT = 148 000 / (1.987 × {t1}) = **{x1_w:.2f}**

### Step 3: Diffusion coefficient
- exp(−{x1_w:.2f}) = {uni(e1_w)}
- D = 2.3 × 10⁻⁵ × {uni(e1_w)} = **{uni(d1_w)} m²/s**

D at 950 °C ≈ **{uni(d1_w, 2)} m²/s**
""",
    sci(d1_w, 2),
    "m**2/s",
    "wrong_constant",
    f"Step 2: with Q in J/mol, R = 8.314 J/(mol·K) (1.987 is R in cal); Q/RT = {x1:.3f}, "
    f"D = {uni(d1, 2)} m²/s",
)

# diff_07: diffusion length √(Dt) over 30 min.
dt7 = 4.0e-16 * 1800
l7 = math.sqrt(dt7)
add(
    "g6_diff_07",
    "bare",
    f"""
t = 30 min = 1800 s

Dt = 4.0 × 10⁻¹⁶ × 1800 = {uni(dt7, 2)} m²

√(Dt) = {uni(l7, 3)} m

{l7 * 1e6:.3f}
""",
    round(l7 * 1e6, 3),
    "micrometer",
)
l7_w = math.sqrt(dt7 / 10)
add(
    "g6_diff_07",
    "terse",
    f"""
t = 30 × 60 = 1800 s
Dt = 4.0 × 10⁻¹⁶ m²/s × 1800 s = {uni(dt7, 2)} m²
L = √(Dt) = √({uni(dt7, 2)}) = {uni(l7_w, 3)} m
L ≈ {l7_w * 1e6:.3f} µm
""",
    round(l7_w * 1e6, 3),
    "micrometer",
    "arithmetic_slip",
    f"Square root: √(7.2 × 10⁻¹³) = {uni(l7, 3)} m (the slip took √(7.2 × 10⁻¹⁴)); "
    f"L = {l7 * 1e6:.3f} µm",
)

# ---------------------------------------------------------------- mechanical properties

# mech_04: lateral contraction of a cylinder under elastic tension.
ez4 = round(80 / 70000, 6)  # 1.143 × 10⁻³, as written
ex4 = round(0.33 * ez4, 7)
dd4 = ex4 * 15  # mm
add(
    "g6_mech_04",
    "markdown",
    f"""
### Step 1: Axial strain
- ε_z = σ/E = 80 MPa / 70 000 MPa = **{uni(ez4, 4)}**

### Step 2: Lateral strain (Poisson)
- ε_x = −ν ε_z = −0.33 × {uni(ez4, 4)} = **−{uni(ex4, 4)}**

### Step 3: Change of diameter
- Δd = ε_x d₀ = −{uni(ex4, 4)} × 15 mm = −{uni(dd4, 4)} mm
- In micrometres: |Δd| = {uni(dd4, 4)} mm × 1000 µm/mm = **{dd4 * 1000:.2f} µm**

The diameter shrinks by about **{dd4 * 1000:.2f} µm**.
""",
    round(dd4 * 1000, 2),
    "micrometer",
)
dd4_w = ez4 * 15
add(
    "g6_mech_04",
    "prose",
    f"""
Within the elastic range the strain follows Hooke's law, ε = σ/E = 80/70 000 = {uni(ez4, 4)}. A cylinder loaded in tension gets thinner in proportion to this strain, so the change of diameter is Δd = ε d₀ = {uni(ez4, 4)} × 15 mm = {dd4_w:.4f} mm, which is {dd4_w * 1000:.1f} µm.

Therefore, the answer is {dd4_w * 1000:.1f} µm.
""",
    round(dd4_w * 1000, 1),
    "micrometer",
    "missing_factor",
    f"The lateral strain is −ν ε_z; the factor ν = 0.33 is dropped, so the shrinkage is "
    f"{dd4 * 1000:.2f} µm, not {dd4_w * 1000:.1f} µm",
)

# ---------------------------------------------------------------- failure

# fail_04: mean stress of a fluctuating cycle.
add(
    "g6_fail_04",
    "terse",
    """
σ_m = (σ_max + σ_min)/2
= (280 + (−70))/2
= 210/2
= 105 MPa
""",
    105.0,
    "MPa",
)
add(
    "g6_fail_04",
    "given_first",
    """
**Given:** σ_max = 280 MPa, σ_min = −70 MPa, f = 25 Hz, N = 10⁶ cycles

**Find:** the mean stress.

The frequency and the number of cycles do not affect the stress levels. The stress swings
between the two limits, so

- range: Δσ = σ_max − σ_min = 280 − (−70) = 350 MPa
- σ = Δσ/2 = 350/2 = 175 MPa

**Mean stress ≈ 175 MPa**
""",
    175.0,
    "MPa",
    "wrong_quantity",
    "(σ_max − σ_min)/2 is the stress amplitude; the mean stress is (σ_max + σ_min)/2 = 105 MPa",
)

# ---------------------------------------------------------------- phase diagrams

# phase_04: grams of proeutectoid cementite in 2.5 kg of a 1.10 wt% C steel.
w4 = round((1.10 - 0.76) / (6.70 - 0.76), 5)
m4 = w4 * 2500
add(
    "g6_phase_04",
    "final_line",
    f"""
A 1.10 wt% C steel is hypereutectoid, so cementite forms first along the austenite grain
boundaries. Just below 727 °C the lever between the eutectoid composition and Fe₃C gives its
mass fraction:

W_Fe₃C′ = (C₀ − 0.76)/(6.70 − 0.76) = (1.10 − 0.76)/5.94 = 0.34/5.94 = {w4:.5f}

Mass: {w4:.5f} × 2 500 g = {m4:.1f} g

**Final Answer:** about {m4:.1f} g of proeutectoid cementite
""",
    round(m4, 1),
    "g",
)
w4_w = round((1.10 - 0.022) / (6.70 - 0.022), 5)
m4_w = w4_w * 2500
add(
    "g6_phase_04",
    "markdown",
    f"""
### Step 1: Phases just below 727 °C
- α-ferrite (0.022 wt% C) and cementite Fe₃C (6.70 wt% C)

### Step 2: Lever rule for cementite
- W_Fe₃C = (C₀ − C_α)/(C_Fe₃C − C_α) = (1.10 − 0.022)/(6.70 − 0.022)
- W_Fe₃C = 1.078/6.678 = **{w4_w:.5f}**

### Step 3: Mass in the block
- m = {w4_w:.5f} × 2 500 g = **{m4_w:.1f} g**

About **{m4_w:.0f} g** of cementite forms.
""",
    round(m4_w),
    "g",
    "wrong_quantity",
    f"Step 2: this is all the cementite (pearlitic included); the proeutectoid part is "
    f"(1.10 − 0.76)/(6.70 − 0.76) = {w4:.5f}, i.e. {m4:.1f} g",
)

# phase_08: nickel to add to 800 g of copper for Cu–25 wt% Ni.
m8 = 0.25 * 800 / 0.75
add(
    "g6_phase_08",
    "prose",
    f"""
In the finished alloy nickel must make up a quarter of the total mass, so copper makes up the other three quarters. The 800 g of copper is therefore 75 % of the melt, whose total mass is 800/0.75 = {800 / 0.75:.1f} g. The nickel needed is the difference, {800 / 0.75:.1f} − 800 = {m8:.1f} g (equivalently m_Ni = 0.25 × 800/0.75).

Therefore, the answer is {m8:.1f} g.
""",
    round(m8, 1),
    "g",
)
add(
    "g6_phase_08",
    "bare",
    """
Ni content = 25 wt%

m_Ni = 0.25 × 800

200
""",
    200.0,
    "g",
    "wrong_formula",
    "25 wt% is of the whole alloy, not of the copper: m_Ni/(m_Ni + 800) = 0.25 gives "
    f"m_Ni = {m8:.1f} g",
)

# ---------------------------------------------------------------- transformations

# trans_01: Avrami recrystallised fraction at 200 s (n = 2.5, t½ = 120 s).
r1 = round((200 / 120) ** 2.5, 4)
x1t = round(math.log(2) * r1, 4)
y1 = 1 - math.exp(-x1t)
add(
    "g6_trans_01",
    "tex",
    f"""
With $y = 1 - \\exp(-k t^n)$ and $y = 0.5$ at $t_{{1/2}}$, $k\\,t_{{1/2}}^n = \\ln 2$, so

$$y(t) = 1 - \\exp\\!\\left[-\\ln 2\\left(\\frac{{t}}{{t_{{1/2}}}}\\right)^{{n}}\\right]$$

$$\\left(\\frac{{200}}{{120}}\\right)^{{2.5}} = {r1:.4f}, \\qquad 0.6931 \\times {r1:.4f} = {x1t:.4f}$$

$$y = 1 - e^{{-{x1t:.4f}}} = 1 - {math.exp(-x1t):.4f} = {y1:.4f}$$

$$\\boxed{{y \\approx {y1 * 100:.1f}\\,\\%}}$$
""",
    round(y1 * 100, 1),
    "percent",
)
r1_w = round((200 / 120) ** 2.0, 4)
x1t_w = round(math.log(2) * r1_w, 4)
y1_w = 1 - math.exp(-x1t_w)
add(
    "g6_trans_01",
    "given_first",
    f"""
**Given**
- Avrami exponent n = 2.0
- t₀.₅ = 120 s (y = 0.5)
- t = 200 s

**Method.** From y = 1 − exp(−ktⁿ) at half completion, k t₀.₅ⁿ = ln 2, hence
y = 1 − exp[−ln 2 (t/t₀.₅)ⁿ].

- (200/120)^2.0 = {r1_w:.4f}
- ln 2 × {r1_w:.4f} = {x1t_w:.4f}
- y = 1 − exp(−{x1t_w:.4f}) = 1 − {math.exp(-x1t_w):.4f} = {y1_w:.4f}

**Recrystallised after 200 s: ≈ {y1_w * 100:.1f} %**
""",
    round(y1_w * 100, 1),
    "percent",
    "given_miscopied",
    f"Given: the Avrami exponent is 2.5, not 2.0; (200/120)^2.5 = {r1:.4f} and "
    f"y = {y1 * 100:.1f} %",
)

# trans_04: equilibrium constant from ΔG° = −45 kJ/mol at 1200 K.
x4 = round(45000 / (R * 1200), 4)
k4 = math.exp(x4)
add(
    "g6_trans_04",
    "markdown",
    f"""
### Step 1: Relation
- ΔG° = −RT ln K → **ln K = −ΔG°/(RT)**

### Step 2: Exponent
- RT = 8.314 × 1200 = {R * 1200:.1f} J/mol
- ln K = −(−45 000)/{R * 1200:.1f} = **{x4:.4f}**

### Step 3: K
- K = e^{x4:.4f} = **{k4:.2f}**

The equilibrium constant is about **{k4:.1f}**, so the reaction lies well to the product side.
""",
    round(k4, 1),
    "dimensionless",
)
k4_w = math.exp(-x4)
add(
    "g6_trans_04",
    "tex",
    f"""
$$K = \\exp\\!\\left(\\frac{{\\Delta G^\\circ}}{{RT}}\\right)
= \\exp\\!\\left(\\frac{{-45\\,000}}{{8.314 \\times 1200}}\\right) = e^{{-{x4:.4f}}}$$

$$\\boxed{{K \\approx {k4_w:.4f}}}$$
""",
    round(k4_w, 4),
    "dimensionless",
    "sign_error",
    f"The relation is ΔG° = −RT ln K, so K = exp(−ΔG°/RT) = e^{x4:.4f} = {k4:.1f}",
)

# ---------------------------------------------------------------- electrical

# elec_01: resistivity of intrinsic Si.
s1 = 1.0e10 * E_CH * (1350 + 480)
rho1 = 1 / sci(s1, 4)
add(
    "g6_elec_01",
    "given_first",
    f"""
Given: n = p = n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1350 cm²/(V·s), μ_h = 480 cm²/(V·s), e = 1.602 × 10⁻¹⁹ C.
Find: ρ in Ω·cm.

Both carriers conduct in an intrinsic semiconductor:
σ = n_i e (μ_e + μ_h) = 1.0 × 10¹⁰ × 1.602 × 10⁻¹⁹ × 1830 = {uni(s1, 4)} (Ω·cm)⁻¹

ρ = 1/σ = 1/{uni(s1, 4)} = {uni(rho1, 4)} Ω·cm

Answer: ρ ≈ {uni(rho1, 3)} Ω·cm
""",
    sci(rho1, 3),
    "ohm*cm",
)
s1_w = 1.0e10 * E_CH * 1350
rho1_w = 1 / sci(s1_w, 4)
add(
    "g6_elec_01",
    "final_line",
    f"""
Conductivity from the carrier density and the electron mobility:

σ = n e μ_e = (1.0 × 10¹⁰ cm⁻³)(1.602 × 10⁻¹⁹ C)(1350 cm²/V·s) = {uni(s1_w, 4)} S/cm

Resistivity: ρ = 1/σ = {uni(rho1_w, 4)} Ω·cm

**Final Answer:** ρ ≈ {uni(rho1_w, 3)} Ω·cm
""",
    sci(rho1_w, 3),
    "ohm*cm",
    "missing_factor",
    f"The hole term is dropped: intrinsic Si has p = n_i too, σ = n_i e(μ_e + μ_h) = "
    f"{uni(s1, 4)} S/cm and ρ = {uni(rho1, 3)} Ω·cm",
)

# elec_08: parallel-plate capacitor with a ceramic dielectric.
c8 = EPS_0 * 6.0 * 4.0e-4 / 2.5e-4
add(
    "g6_elec_08",
    "terse",
    f"""
A = 4.0 cm² = 4.0 × 10⁻⁴ m², d = 0.25 mm = 2.5 × 10⁻⁴ m
C = ε₀ε_r A/d = 8.854 × 10⁻¹² × 6.0 × 4.0 × 10⁻⁴ / 2.5 × 10⁻⁴
C = {uni(c8, 3)} F = {c8 * 1e12:.1f} pF
""",
    round(c8 * 1e12, 1),
    "pF",
)
add(
    "g6_elec_08",
    "final_line",
    f"""
**Capacitance of a parallel-plate capacitor with a dielectric**

C = ε_r ε₀ A / d

- A = 4.0 cm² = 4.0 × 10⁻⁴ m²
- d = 0.25 mm = 2.5 × 10⁻⁴ m
- ε₀ε_r = 6.0 × 8.854 × 10⁻¹² = {uni(6 * EPS_0, 4)} F/m
- C = {uni(6 * EPS_0, 4)} × (4.0 × 10⁻⁴ / 2.5 × 10⁻⁴) = {uni(c8, 3)} F

**Final Answer:** C ≈ {uni(c8, 3).split(" ×")[0]} pF
""",
    float(uni(c8, 3).split(" ×")[0]),
    "pF",
    "final_miscopied",
    f"Final line: {uni(c8, 3)} F is {c8 * 1e12:.1f} pF; the mantissa was copied as the answer",
)

# ---------------------------------------------------------------- magnetic

# mag_02: flux density inside a cored solenoid.
h2 = 400 * 2.0 / 0.25
b2 = MU_0 * 150 * h2
add(
    "g6_mag_02",
    "prose",
    f"""
The field strength inside a long solenoid is H = NI/L = 400 × 2.0/0.25 = {h2:.0f} A/m; the coil's resistance only sets the voltage needed to drive the 2.0 A and plays no part here. The core multiplies the flux density of the empty coil by its relative permeability, B = μ₀μ_r H = 4π × 10⁻⁷ × 150 × {h2:.0f} = {b2:.4f} T.

Therefore, the answer is {b2:.3f} T.
""",
    round(b2, 3),
    "T",
)
b2_w = MU_0 * h2
add(
    "g6_mag_02",
    "terse",
    f"""
H = NI/L = 400 × 2.0 / 0.25 = {h2:.0f} A/m
B = μ₀H = 4π × 10⁻⁷ × {h2:.0f}
B = {uni(b2_w, 3)} T
""",
    sci(b2_w, 3),
    "T",
    "missing_factor",
    f"B = μ₀μ_r H; the core's μ_r = 150 is dropped, so B = {b2:.3f} T",
)

# ---------------------------------------------------------------- optical

# opt_02: normal-incidence reflectance of glass (n = 1.52) in air, as a percentage.
q2 = round(0.52 / 2.52, 5)
ref2 = q2**2
add(
    "g6_opt_02",
    "given_first",
    f"""
**Given:** n₁ = 1.00 (air), n₂ = 1.52 (glass), normal incidence.
**Find:** the reflected percentage.

Fresnel reflectance at normal incidence: R = [(n₂ − n₁)/(n₂ + n₁)]²

- (1.52 − 1.00)/(1.52 + 1.00) = 0.52/2.52 = {q2:.5f}
- R = ({q2:.5f})² = {ref2:.5f}
- As a percentage: {ref2:.5f} × 100 = {ref2 * 100:.2f} %

About **{ref2 * 100:.2f} %** of the light is reflected.
""",
    round(ref2 * 100, 2),
    "percent",
)
add(
    "g6_opt_02",
    "bare",
    f"""
R = ((1.52 − 1)/(1.52 + 1))² = (0.52/2.52)² = ({q2:.4f})²

R = {ref2:.4f}

{ref2:.4f}
""",
    round(ref2, 4),
    "percent",
    "percent_fraction",
    f"Last line: {ref2:.4f} is the reflected fraction; the question asks for a percentage, "
    f"{ref2 * 100:.2f} %",
)

# opt_03: critical angle at a core–cladding interface, from the normal.
s3 = round(1.46 / 1.48, 5)
th3 = math.degrees(math.asin(s3))
add(
    "g6_opt_03",
    "tex",
    f"""
Total internal reflection sets in when the refracted ray in the cladding grazes the interface:

$$n_{{\\text{{core}}}} \\sin\\theta_c = n_{{\\text{{clad}}}} \\sin 90^\\circ
\\;\\Rightarrow\\; \\sin\\theta_c = \\frac{{1.46}}{{1.48}} = {s3:.5f}$$

$$\\theta_c = \\arcsin({s3:.5f}) = {th3:.2f}^\\circ$$

$$\\boxed{{\\theta_c \\approx {th3:.1f}^\\circ}}$$
""",
    round(th3, 1),
    "degree",
)
th3_w = 90 - round(th3, 2)
add(
    "g6_opt_03",
    "markdown",
    f"""
### Step 1: Snell's law at the limit
- n_core sin θ = n_clad sin 90° → sin θ = 1.46/1.48 = **{s3:.5f}**
- θ = arcsin({s3:.5f}) = **{th3:.2f}°**

### Step 2: Angle that keeps the light guided
- The ray must meet the interface within 90° − {th3:.2f}° of it
- θ_c = 90° − {th3:.2f}° = **{th3_w:.2f}°**

The critical angle is **{th3_w:.2f}°**.
""",
    round(th3_w, 2),
    "degree",
    "wrong_quantity",
    f"Step 2: {th3_w:.2f}° is measured from the interface (the fibre axis); the question asks "
    f"from the normal, θ_c = {th3:.2f}°",
)

# ---------------------------------------------------------------- thermal

# therm_06: largest temperature change of a fully restrained glass rod.
ea6 = 69000 * 9.0e-6  # MPa/K
dt6 = 70 / ea6
add(
    "g6_therm_06",
    "bare",
    f"""
σ = EαΔT → ΔT = σ_f/(Eα)

Eα = 69 000 MPa × 9.0 × 10⁻⁶ K⁻¹ = {ea6:.3f} MPa/K

ΔT = 70/{ea6:.3f}

{dt6:.1f}
""",
    round(dt6, 1),
    "K",
)
ea6_w = ea6 / 10
dt6_w = 70 / ea6_w
add(
    "g6_therm_06",
    "prose",
    f"""
A rod that cannot change length develops a thermal stress σ = EαΔT, and it breaks once this reaches the fracture strength. Setting EαΔT = 70 MPa gives ΔT = 70/(Eα). With E = 69 GPa = 69 000 MPa and α = 9.0 × 10⁻⁶ K⁻¹, the product is Eα = 69 000 × 9.0 × 10⁻⁶ = {ea6_w:.4f} MPa/K, so ΔT = 70/{ea6_w:.4f} = {dt6_w:.0f} K.

Therefore, the answer is {dt6_w:.0f} K.
""",
    round(dt6_w),
    "K",
    "arithmetic_slip",
    f"Eα = 69 000 × 9.0 × 10⁻⁶ = {ea6:.3f} MPa/K, not {ea6_w:.4f}; ΔT = {dt6:.1f} K",
)

# ---------------------------------------------------------------- polymers

# poly_04: percent crystallinity of polypropylene from densities.
num4 = 0.946 * (0.905 - 0.855)
den4 = 0.905 * (0.946 - 0.855)
pc4 = num4 / round(den4, 5) * 100
add(
    "g6_poly_04",
    "markdown",
    f"""
### Step 1: Formula (mass-based crystallinity)
- %C = ρ_c(ρ_s − ρ_a) / [ρ_s(ρ_c − ρ_a)] × 100

### Step 2: Numerator and denominator
- ρ_c(ρ_s − ρ_a) = 0.946 × (0.905 − 0.855) = 0.946 × 0.050 = **{num4:.4f}**
- ρ_s(ρ_c − ρ_a) = 0.905 × (0.946 − 0.855) = 0.905 × 0.091 = **{den4:.5f}**

### Step 3: Crystallinity
- %C = {num4:.4f} / {den4:.5f} × 100 = **{pc4:.1f} %**

The sample is about **{pc4:.1f} % crystalline**.
""",
    round(pc4, 1),
    "percent",
)
pc4_w = (0.905 - 0.855) / (0.946 - 0.855) * 100
add(
    "g6_poly_04",
    "tex",
    f"""
Treating the sample as a mixture of crystalline and amorphous regions,

$$\\rho_s = X\\rho_c + (1 - X)\\rho_a \\;\\Rightarrow\\;
X = \\frac{{\\rho_s - \\rho_a}}{{\\rho_c - \\rho_a}} = \\frac{{0.905 - 0.855}}{{0.946 - 0.855}}
= \\frac{{0.050}}{{0.091}} = {pc4_w / 100:.4f}$$

$$\\boxed{{\\%\\,\\text{{crystallinity}} \\approx {pc4_w:.1f}\\,\\%}}$$
""",
    round(pc4_w, 1),
    "percent",
    "wrong_formula",
    f"Linear mixing of densities gives the volume fraction; percent crystallinity is by mass, "
    f"ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] = {pc4:.1f} %",
)

# ---------------------------------------------------------------- ceramics

# cer_02: largest cation in a cubic (8-fold) site among Cl⁻ anions.
ratio2 = round(math.sqrt(3) - 1, 3)
rc2 = ratio2 * 181
add(
    "g6_cer_02",
    "final_line",
    f"""
In a cubic site the eight anions sit on the corners of a cube of edge 2r_A (neighbouring anions
touch), and the cation touches all of them along the body diagonal:

2r_A + 2r_C = √3 · 2r_A  →  r_C/r_A = √3 − 1 = {ratio2:.3f}

r_C = {ratio2:.3f} × 181 pm = {rc2:.1f} pm

**Final Answer:** r_C ≈ {rc2:.1f} pm
""",
    round(rc2, 1),
    "pm",
)
ratio2_w = round(math.sqrt(2) - 1, 3)
rc2_w = ratio2_w * 181
add(
    "g6_cer_02",
    "prose",
    f"""
A cation that just fits between its anion neighbours touches them while the anions touch one another. Across the diagonal of the square of four anions around the site the geometry gives 2r_A + 2r_C = √2 · 2r_A, so the limiting radius ratio is r_C/r_A = √2 − 1 = {ratio2_w:.3f}. For chloride ions of radius 181 pm, r_C = {ratio2_w:.3f} × 181 = {rc2_w:.1f} pm.

Therefore, the answer is {rc2_w:.1f} pm.
""",
    round(rc2_w, 1),
    "pm",
    "wrong_formula",
    f"√2 − 1 = 0.414 is the octahedral (6-fold) limit; a cubic site touches along the body "
    f"diagonal, r_C/r_A = √3 − 1 = 0.732 and r_C = {rc2:.1f} pm",
)

# ---------------------------------------------------------------- corrosion

# corr_05: emf of a Cu²⁺ concentration cell (0.001 M vs 0.1 M) at 25 °C.
pre5 = R * 298.15 / (2 * F)
emf5 = round(pre5, 6) * round(math.log(100), 4)
add(
    "g6_corr_05",
    "terse",
    f"""
E = (RT/nF) ln(c₂/c₁), n = 2, T = 298.15 K
RT/2F = 8.314 × 298.15 / (2 × 96 485) = {pre5:.6f} V
ln(0.1/0.001) = ln 100 = {math.log(100):.4f}
E = {pre5:.6f} × {math.log(100):.4f} = {emf5:.5f} V = {emf5 * 1000:.1f} mV
""",
    round(emf5 * 1000, 1),
    "mV",
)
pre5_w = R * 298.15 / F
emf5_w = round(pre5_w, 6) * round(math.log(100), 4)
add(
    "g6_corr_05",
    "given_first",
    f"""
**Given**
- c₁ = 0.001 M, c₂ = 0.1 M Cu²⁺
- T = 25 °C = 298.15 K
- R = 8.314 J/(mol·K), F = 96 485 C/mol

**Nernst equation for a concentration cell**

E = (RT/F) ln(c₂/c₁)

- RT/F = 8.314 × 298.15 / 96 485 = {pre5_w:.6f} V
- ln(100) = {math.log(100):.4f}
- E = {pre5_w:.6f} × {math.log(100):.4f} = {emf5_w:.5f} V

**E ≈ {emf5_w * 1000:.1f} mV**
""",
    round(emf5_w * 1000, 1),
    "mV",
    "missing_factor",
    f"Cu²⁺ + 2e⁻: the Nernst factor is RT/(nF) with n = 2; E = {emf5 * 1000:.1f} mV",
)

if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
