"""Build tests/data/worked_answers_heldout7.jsonl: a blind set of worked answers to set H.

Written blind to 20 questions of ``answer_exam_heldout7.json`` (two or one from each of its 14
topics, no must-refuse item); the answer engine, its checker and its solver were not read, and no
other worked-answer file answers set H. Every question has two responses: one correct throughout,
and one with exactly one labelled mistake (``worked_answers_check.ERROR_CLASSES``) whose note
names the first wrong step and the value it should have had. Twelve of the twenty mistakes are
physics or chemistry errors carried through with clean arithmetic (an FCC atom count in a BCC
cell, θ taken for 2θ, a factor ½ or 2 dropped, a diameter used as a radius, the half-length of a
crack answered for its full length, the inverse lever rule, °C used as K, log₁₀ for ln, one face
of a plate instead of two, the sign of the Nernst term, a volume ratio for a linear one); the
other eight are slips (arithmetic, unit conversion, a miscopied given or final value, a wrong
constant, a fraction written where a percentage is asked).

Writing styles copied from chat models: "### Step" markdown with bullets, TeX display maths
closing with ``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains,
a "Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. Every number is computed below, with intermediate values rounded
the way a chat model rounds them, so that only the labelled step is wrong.

Run: ``python tests/data/build_worked_answers_heldout7.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout7``.
"""

from __future__ import annotations

import math

from worked_writing import K_EV, MU_B, NA, F, R, WorkedSet, sci, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout7", styles=STYLES)
add = SET.add_styled


# ---------------------------------------------------------------- crystallography and XRD

# xrd_02: theoretical density of BCC molybdenum, kg/m³.
a_mo = 0.3147e-7  # cm
vc_mo = float(f"{a_mo**3:.4e}")
rho_mo = 2 * 95.95 / (vc_mo * NA)  # g/cm³
add(
    "h7a_crystallography_xrd_02",
    "tex",
    f"""
For a cubic crystal

$$\\rho = \\frac{{n A}}{{V_C N_A}}$$

BCC: $n = 2$ atoms per cell (8 corners × ⅛ + 1 body centre). With $a = 0.3147\\ \\mathrm{{nm}}
= 3.147 \\times 10^{{-8}}\\ \\mathrm{{cm}}$:

$$V_C = a^3 = (3.147 \\times 10^{{-8}})^3 = {tex(vc_mo, 4)}\\ \\mathrm{{cm^3}}$$

$$\\rho = \\frac{{2 \\times 95.95}}{{{tex(vc_mo, 4)} \\times 6.022 \\times 10^{{23}}}}
= {rho_mo:.3f}\\ \\mathrm{{g\\,cm^{{-3}}}}$$

Since $1\\ \\mathrm{{g\\,cm^{{-3}}}} = 1000\\ \\mathrm{{kg\\,m^{{-3}}}}$:

$$\\boxed{{\\rho \\approx {rho_mo * 1000:.0f}\\ \\mathrm{{kg\\,m^{{-3}}}}}}$$
""",
    round(rho_mo * 1000),
    "kg/m**3",
)
rho_mo_w = 4 * 95.95 / (vc_mo * NA)
add(
    "h7a_crystallography_xrd_02",
    "markdown",
    f"""
### Step 1: Atoms per unit cell
- Molybdenum is a cubic metal; counting the corner and face positions of the cell gives
  8 × ⅛ + 6 × ½ = **4 atoms per cell**

### Step 2: Cell volume
- a = 0.3147 nm = 3.147 × 10⁻⁸ cm
- V_C = a³ = **{uni(vc_mo, 4)} cm³**

### Step 3: Density
- ρ = nA/(V_C N_A) = (4 × 95.95) / ({uni(vc_mo, 4)} × 6.022 × 10²³)
- ρ = **{rho_mo_w:.3f} g/cm³**

### Step 4: Convert to SI
- ρ = {rho_mo_w:.3f} × 1000 = **{rho_mo_w * 1000:.0f} kg/m³**

The theoretical density of Mo is about **{rho_mo_w * 1000:.0f} kg m⁻³**.
""",
    round(rho_mo_w * 1000),
    "kg/m**3",
    "wrong_formula",
    f"Step 1: 4 atoms per cell is the FCC count; a BCC cell holds 8 × ⅛ + 1 = 2, so "
    f"ρ = {rho_mo * 1000:.0f} kg/m³",
)

# xrd_05: atomic radius of a BCC metal from its 110 peak at 2θ = 40.26°.
lam = 0.15406
th5 = 40.26 / 2
s5 = round(math.sin(math.radians(th5)), 5)
d5 = round(lam / (2 * s5), 5)
a5 = round(math.sqrt(2) * d5, 5)
r5 = math.sqrt(3) * a5 / 4
add(
    "h7a_crystallography_xrd_05",
    "given_first",
    f"""
**Given:** BCC metal, Cu Kα1 λ = 0.154 06 nm, first peak (110) at 2θ = 40.26°
**Find:** atomic radius R in Å

1. Bragg angle: θ = 40.26°/2 = {th5:.2f}°, sin θ = {s5:.5f}
2. Interplanar spacing: d₁₁₀ = λ/(2 sin θ) = 0.15406/(2 × {s5:.5f}) = {d5:.5f} nm
3. Lattice parameter: a = d√(h² + k² + l²) = {d5:.5f} × √2 = {a5:.5f} nm
4. In BCC the atoms touch along the body diagonal, 4R = √3a:
   R = √3 × {a5:.5f}/4 = {r5:.5f} nm

**Answer:** R ≈ {r5 * 10:.3f} Å
""",
    round(r5 * 10, 3),
    "angstrom",
)
s5_w = round(math.sin(math.radians(40.26)), 5)
d5_w = round(lam / (2 * s5_w), 5)
a5_w = round(math.sqrt(2) * d5_w, 5)
r5_w = math.sqrt(3) * a5_w / 4
add(
    "h7a_crystallography_xrd_05",
    "prose",
    f"""
Bragg's law, λ = 2d sin θ, gives the spacing of the 110 planes from the peak position: with sin(40.26°) = {s5_w:.5f}, d₁₁₀ = 0.15406/(2 × {s5_w:.5f}) = {d5_w:.5f} nm. For a cubic lattice a = d√(h² + k² + l²), so a = {d5_w:.5f} × √2 = {a5_w:.5f} nm. In a BCC metal the atoms are in contact along the cube body diagonal, √3a = 4R, which gives R = √3 × {a5_w:.5f}/4 = {r5_w:.5f} nm.

Therefore, the answer is {r5_w * 10:.3f} Å.
""",
    round(r5_w * 10, 3),
    "angstrom",
    "wrong_quantity",
    f"Bragg's law takes θ, half the recorded 2θ: θ = 20.13°, sin θ = {s5:.5f}, d = {d5:.5f} nm "
    f"and R = {r5 * 10:.3f} Å",
)

# ---------------------------------------------------------------- defects

# defects_01: equilibrium vacancies in Ag at 900 °C, per cm³.
n1 = float(f"{NA * 10.35 / 107.87:.4e}")
t1 = 1173
kt1 = round(K_EV * t1, 5)
x1 = round(1.10 / kt1, 3)
e1 = float(f"{math.exp(-x1):.4e}")
nv1 = n1 * e1
add(
    "h7a_defects_01",
    "markdown",
    f"""
### Step 1: Number of atomic sites per cm³
- N = N_A ρ / A = (6.022 × 10²³ × 10.35) / 107.87
- N = **{uni(n1, 4)} atoms/cm³**

### Step 2: Temperature and kT
- T = 900 + 273 = **{t1} K**
- k = 8.617 × 10⁻⁵ eV/K → kT = 8.617 × 10⁻⁵ × {t1} = **{kt1:.5f} eV**

### Step 3: Boltzmann factor
- Q_v/kT = 1.10 / {kt1:.5f} = **{x1:.3f}**
- exp(−{x1:.3f}) = **{uni(e1, 4)}**

### Step 4: Vacancy concentration
- N_v = N exp(−Q_v/kT) = {uni(n1, 4)} × {uni(e1, 4)}
- N_v ≈ **{uni(nv1, 3)} vacancies/cm³**
""",
    sci(nv1, 3),
    "1/cm**3",
)
kt1_s = f"{kt1:.4f}"  # 0.1011, written with its middle digits swapped: 0.1101
kt1_w = float(kt1_s[:3] + kt1_s[4] + kt1_s[3] + kt1_s[5:])
x1_w = round(1.10 / kt1_w, 3)
e1_w = float(f"{math.exp(-x1_w):.4e}")
nv1_w = n1 * e1_w
add(
    "h7a_defects_01",
    "final_line",
    f"""
The equilibrium number of vacancies is N_v = N exp(−Q_v/kT).

Number of lattice sites:
N = N_A ρ/A = 6.022 × 10²³ × 10.35 / 107.87 = {uni(n1, 4)} cm⁻³

At T = 900 °C = {t1} K, with k = 8.617 × 10⁻⁵ eV/K:
kT = 8.617 × 10⁻⁵ × {t1} = {kt1_w:.4f} eV
Q_v/kT = 1.10/{kt1_w:.4f} = {x1_w:.3f}
exp(−{x1_w:.3f}) = {uni(e1_w, 4)}

N_v = {uni(n1, 4)} × {uni(e1_w, 4)} = {uni(nv1_w, 3)} cm⁻³

**Final Answer:** N_v ≈ {uni(nv1_w, 3)} vacancies per cm³
""",
    sci(nv1_w, 3),
    "1/cm**3",
    "arithmetic_slip",
    f"kT = 8.617 × 10⁻⁵ × 1173 = {kt1:.4f} eV (written {kt1_w}); Q_v/kT = {x1:.3f} and "
    f"N_v = {uni(nv1, 3)} cm⁻³",
)

# defects_05: Schottky defects in KCl at 600 °C, per m³.
n5 = float(f"{NA * 1.98 / 74.55:.4e}") * 1e6  # m⁻³
t5 = 873
x5 = round(2.6 / (2 * K_EV * t5), 3)
e5 = float(f"{math.exp(-x5):.4e}")
ns5 = n5 * e5
add(
    "h7a_defects_05",
    "tex",
    f"""
A Schottky defect is a cation–anion vacancy pair, so

$$N_s = N \\exp\\!\\left(-\\frac{{Q_s}}{{2kT}}\\right)$$

where $N$ is the number of KCl formula units per unit volume:

$$N = \\frac{{N_A \\rho}}{{A}} = \\frac{{6.022 \\times 10^{{23}} \\times 1.98}}{{74.55}}
= {tex(n5 / 1e6, 4)}\\ \\mathrm{{cm^{{-3}}}} = {tex(n5, 4)}\\ \\mathrm{{m^{{-3}}}}$$

With $T = 600 + 273 = {t5}\\ \\mathrm{{K}}$:

$$\\frac{{Q_s}}{{2kT}} = \\frac{{2.6}}{{2 \\times 8.617 \\times 10^{{-5}} \\times {t5}}} = {x5:.3f}$$

$$N_s = {tex(n5, 4)} \\times e^{{-{x5:.3f}}} = {tex(n5, 4)} \\times {tex(e5, 4)}$$

$$\\boxed{{N_s \\approx {tex(ns5, 3)}\\ \\mathrm{{m^{{-3}}}}}}$$
""",
    sci(ns5, 3),
    "1/m**3",
)
x5_w = round(2.6 / (K_EV * t5), 3)
e5_w = float(f"{math.exp(-x5_w):.4e}")
ns5_w = n5 * e5_w
add(
    "h7a_defects_05",
    "terse",
    f"""
N = N_Aρ/A = 6.022 × 10²³ × 1.98/74.55 = {uni(n5 / 1e6, 4)} cm⁻³ = {uni(n5, 4)} m⁻³
T = 600 + 273 = {t5} K
Q_s/kT = 2.6/(8.617 × 10⁻⁵ × {t5}) = {x5_w:.3f}
N_s = N exp(−Q_s/kT) = {uni(n5, 4)} × {uni(e5_w, 4)}
N_s ≈ {uni(ns5_w, 3)} m⁻³
""",
    sci(ns5_w, 3),
    "1/m**3",
    "missing_factor",
    f"Q_s/kT: a Schottky pair gives N_s = N exp(−Q_s/2kT); the exponent is {x5:.3f}, not "
    f"{x5_w:.3f}, and N_s = {uni(ns5, 3)} m⁻³",
)

# ---------------------------------------------------------------- diffusion

# diffusion_02: D of Cu in Al at 500 °C, in cm²/s.
t2 = 773
x2 = round(136000 / (R * t2), 3)
e2 = float(f"{math.exp(-x2):.4e}")
d2 = 6.5e-5 * e2
add(
    "h7a_diffusion_02",
    "terse",
    f"""
D = D₀ exp(−Q_d/RT), T = 500 + 273 = {t2} K
Q_d/RT = 136 000/(8.314 × {t2}) = {x2:.3f}
exp(−{x2:.3f}) = {uni(e2, 4)}
D = 6.5 × 10⁻⁵ × {uni(e2, 4)} = {uni(d2, 3)} m²/s
1 m² = 10⁴ cm² → D = {uni(d2 * 1e4, 3)} cm²/s
""",
    sci(d2 * 1e4, 3),
    "cm**2/s",
)
add(
    "h7a_diffusion_02",
    "bare",
    f"""
Using the Arrhenius relation D = D₀ exp(−Q_d/RT) with T = 773 K:

Q_d/RT = 136 000 / (8.314 × 773) = {x2:.3f}

D = 6.5 × 10⁻⁵ × e^(−{x2:.3f}) = 6.5 × 10⁻⁵ × {uni(e2, 4)} = {uni(d2, 3)} m²/s

Converting with 1 m = 100 cm:

D ≈ {uni(d2 * 100, 3)}
""",
    sci(d2 * 100, 3),
    "cm**2/s",
    "unit_conversion",
    f"m² to cm²: 1 m² = 10⁴ cm² (the 100 of a length was used), so D = {uni(d2 * 1e4, 3)} cm²/s",
)

# diffusion_04: gas-carburising time to 0.45 wt% C at 0.6 mm.
c4 = (0.45 - 0.20) / (1.00 - 0.20)
erf4 = 1 - c4
z4 = round(0.70 + 0.05 * (erf4 - 0.6778) / (0.7112 - 0.6778), 4)
t4 = (0.6e-3) ** 2 / (4 * 3.0e-11 * round(z4**2, 4))
add(
    "h7a_diffusion_04",
    "markdown",
    f"""
### Step 1: Solution of Fick's second law
For a semi-infinite solid with constant surface concentration:

(C_x − C₀)/(C_s − C₀) = 1 − erf(x / 2√(Dt))

### Step 2: Concentration ratio
- (0.45 − 0.20)/(1.00 − 0.20) = **{c4:.4f}**
- erf(z) = 1 − {c4:.4f} = **{erf4:.4f}**

### Step 3: Find z from the erf table
- erf(0.70) = 0.6778, erf(0.75) = 0.7112
- z = 0.70 + 0.05 × ({erf4:.4f} − 0.6778)/(0.7112 − 0.6778) = **{z4:.4f}**

### Step 4: Solve for t
- z = x/(2√(Dt)) → t = x²/(4Dz²)
- t = (0.6 × 10⁻³)² / (4 × 3.0 × 10⁻¹¹ × {z4:.4f}²) = (3.6 × 10⁻⁷)/(1.2 × 10⁻¹⁰ × {z4**2:.4f})
- t = **{t4:.0f} s**

### Step 5: Convert to hours
- t = {t4:.0f}/3600 ≈ **{t4 / 3600:.2f} h**
""",
    round(t4 / 3600, 2),
    "hour",
)
t4_w = (0.5e-3) ** 2 / (4 * 3.0e-11 * round(z4**2, 4))
add(
    "h7a_diffusion_04",
    "given_first",
    f"""
Given:
- C₀ = 0.20 wt% C, C_s = 1.00 wt% C, C_x = 0.45 wt% C
- x = 0.5 mm = 5 × 10⁻⁴ m
- D = 3.0 × 10⁻¹¹ m²/s

Find: time t.

(C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt))
(0.45 − 0.20)/(0.80) = {c4:.4f} → erf(z) = {erf4:.4f}

Interpolating between erf(0.70) = 0.6778 and erf(0.75) = 0.7112: z ≈ {z4:.4f}

t = x²/(4Dz²) = (5 × 10⁻⁴)²/(4 × 3.0 × 10⁻¹¹ × {z4**2:.4f}) = {t4_w:.0f} s

t ≈ {t4_w / 3600:.2f} h
""",
    round(t4_w / 3600, 2),
    "hour",
    "given_miscopied",
    f"The depth is 0.6 mm (copied as 0.5 mm); t = (6 × 10⁻⁴)²/(4Dz²) = {t4:.0f} s = "
    f"{t4 / 3600:.2f} h",
)

# ---------------------------------------------------------------- mechanical properties

# mech_02: reduction in diameter of a 12 mm steel cylinder under 15 kN.
a2 = round(math.pi * 6.0**2, 1)  # mm²
sig2 = round(15000 / a2, 1)  # MPa
ez2 = round(sig2 / 207000, 7)
ex2 = round(0.30 * ez2, 7)
dd2 = 12 * ex2 * 1000  # µm
add(
    "h7a_mechanical_properties_02",
    "final_line",
    f"""
Cross-sectional area (r = d/2 = 6 mm):
A₀ = πr² = π × 6² = {a2:.1f} mm²

Axial stress:
σ = F/A₀ = 15 000 N / {a2:.1f} mm² = {sig2:.1f} MPa

Axial strain:
ε_z = σ/E = {sig2:.1f}/207 000 = {uni(ez2, 4)}

Lateral strain:
ε_x = −ν ε_z = −0.30 × {uni(ez2, 4)} = −{uni(ex2, 4)}

Change of diameter:
Δd = ε_x d₀ = −{uni(ex2, 4)} × 12 mm = −{uni(dd2 / 1000, 4)} mm

**Final Answer:** the diameter decreases by about {dd2:.2f} µm
""",
    round(dd2, 2),
    "micrometer",
)
a2_w = round(math.pi * 12.0**2, 1)
sig2_w = round(15000 / a2_w, 2)
ez2_w = round(sig2_w / 207000, 7)
ex2_w = round(0.30 * ez2_w, 8)
dd2_w = 12 * ex2_w * 1000
add(
    "h7a_mechanical_properties_02",
    "tex",
    f"""
Cross-section of the cylinder:

$$A_0 = \\pi d^2 = \\pi (12)^2 = {a2_w:.1f}\\ \\mathrm{{mm^2}}$$

$$\\sigma = \\frac{{F}}{{A_0}} = \\frac{{15\\,000}}{{{a2_w:.1f}}} = {sig2_w:.2f}\\ \\mathrm{{MPa}}$$

$$\\varepsilon_z = \\frac{{\\sigma}}{{E}} = \\frac{{{sig2_w:.2f}}}{{207\\,000}} = {tex(ez2_w, 4)}$$

$$\\varepsilon_x = -\\nu\\,\\varepsilon_z = -0.30 \\times {tex(ez2_w, 4)} = -{tex(ex2_w, 4)}$$

$$\\Delta d = \\varepsilon_x d_0 = -{tex(ex2_w, 4)} \\times 12\\ \\mathrm{{mm}}
= -{tex(dd2_w / 1000, 4)}\\ \\mathrm{{mm}}$$

$$\\boxed{{|\\Delta d| \\approx {dd2_w:.3f}\\ \\mu\\mathrm{{m}}}}$$
""",
    round(dd2_w, 3),
    "micrometer",
    "wrong_formula",
    f"Area: A₀ = π(d/2)² = π × 6² = {a2:.1f} mm² (the diameter was used as the radius); "
    f"σ = {sig2:.1f} MPa and |Δd| = {dd2:.2f} µm",
)

# mech_06: modulus of resilience of a spring steel.
ur6 = 830e6**2 / (2 * 207e9)
add(
    "h7a_mechanical_properties_06",
    "prose",
    f"""
The modulus of resilience is the strain energy stored per unit volume when the material is loaded up to its yield point, i.e. the area under the elastic part of the stress–strain curve. For linear elastic behaviour this triangle has area U_r = ½σ_yε_y = σ_y²/(2E). Substituting σ_y = 830 × 10⁶ Pa and E = 207 × 10⁹ Pa gives U_r = (830 × 10⁶)²/(2 × 207 × 10⁹) = {uni(830e6**2, 4)}/{uni(4.14e11, 3)} = {uni(ur6, 4)} J/m³, which is {ur6 / 1e6:.3f} MJ/m³.

Therefore, the answer is {ur6 / 1e6:.3f} MJ m⁻³.
""",
    round(ur6 / 1e6, 3),
    "MJ/m**3",
)
ur6_w = 830e6**2 / 207e9
add(
    "h7a_mechanical_properties_06",
    "bare",
    f"""
Modulus of resilience:

U_r = σ_y²/E

U_r = (830 × 10⁶ Pa)² / (207 × 10⁹ Pa) = {uni(830e6**2, 4)}/{uni(207e9, 3)} = {uni(ur6_w, 4)} J/m³

U_r ≈ {ur6_w / 1e6:.2f}
""",
    round(ur6_w / 1e6, 2),
    "MJ/m**3",
    "missing_factor",
    f"U_r is the triangle under the elastic line, σ_y²/(2E); the ½ is dropped, so "
    f"U_r = {ur6 / 1e6:.3f} MJ/m³",
)

# ---------------------------------------------------------------- failure

# failure_03: longest tolerable internal crack in an Al plate.
ac3 = (26 / (1.0 * 180)) ** 2 / math.pi  # m
add(
    "h7a_failure_03",
    "given_first",
    f"""
Given: K_Ic = 26 MPa√m, σ = 180 MPa, Y = 1.0, internal crack.
Find: the largest crack length that does not cause fast fracture.

K_Ic = Yσ√(πa)  →  a_c = (1/π)(K_Ic/Yσ)²

- K_Ic/Yσ = 26/180 = {26 / 180:.4f} √m
- (K_Ic/Yσ)² = {(26 / 180) ** 2:.5f} m
- a_c = {(26 / 180) ** 2:.5f}/π = {uni(ac3, 4)} m = {ac3 * 1e3:.2f} mm

For an internal crack a is half the crack length, so the full length is
2a_c = 2 × {ac3 * 1e3:.2f} mm = {2 * ac3 * 1e3:.2f} mm.

Answer: about {2 * ac3 * 1e3:.1f} mm.
""",
    round(2 * ac3 * 1e3, 1),
    "mm",
)
add(
    "h7a_failure_03",
    "tex",
    f"""
The critical crack length follows from the fracture-toughness condition:

$$K_{{Ic}} = Y\\sigma\\sqrt{{\\pi a_c}} \\quad\\Rightarrow\\quad a_c = \\frac{{1}}{{\\pi}}
\\left(\\frac{{K_{{Ic}}}}{{Y\\sigma}}\\right)^2$$

$$a_c = \\frac{{1}}{{\\pi}}\\left(\\frac{{26}}{{1.0 \\times 180}}\\right)^2
= \\frac{{{(26 / 180) ** 2:.5f}}}{{\\pi}} = {tex(ac3, 4)}\\ \\mathrm{{m}}$$

$$\\boxed{{a_c \\approx {ac3 * 1e3:.2f}\\ \\mathrm{{mm}}}}$$
""",
    round(ac3 * 1e3, 2),
    "mm",
    "wrong_quantity",
    f"a_c is the half-length of an internal crack; the full length asked for is "
    f"2a_c = {2 * ac3 * 1e3:.2f} mm",
)

# failure_06: Larson–Miller rupture life at 650 °C, in days.
t6 = 923.15
lg6 = round(21500 / t6 - 20, 4)
tr6 = 10**lg6
add(
    "h7a_failure_06",
    "terse",
    f"""
P = T(20 + log t_r), T = 650 + 273.15 = {t6} K
20 + log t_r = 21 500/{t6} = {21500 / t6:.4f}
log t_r = {lg6:.4f}
t_r = 10^{lg6:.4f} = {tr6:.0f} h
t_r = {tr6:.0f}/24 = {tr6 / 24:.1f} days
""",
    round(tr6 / 24, 1),
    "day",
)
add(
    "h7a_failure_06",
    "final_line",
    f"""
The Larson–Miller parameter is P = T(20 + log t_r), with T in kelvin and t_r in hours.

- T = 650 °C + 273.15 = {t6} K
- 20 + log t_r = 2.15 × 10⁴ / {t6} = {21500 / t6:.4f}
- log t_r = {lg6:.4f}
- t_r = 10^{lg6:.4f} ≈ {tr6:.0f} h

Converting to days: {tr6:.0f} h ÷ 24 h/day ≈ {tr6 / 24:.1f} days.

**Final Answer:** t_r ≈ {tr6 / 240:.2f} days
""",
    round(tr6 / 240, 2),
    "day",
    "final_miscopied",
    f"The computation gives {tr6 / 24:.1f} days; the final line misplaces the decimal point "
    f"({tr6 / 240:.2f})",
)

# ---------------------------------------------------------------- phase diagrams

# phase_08: grams of Ni in the liquid of a 2.0 kg Cu–40 wt% Ni casting at 1260 °C.
wl8 = round((44 - 40) / (44 - 33), 4)
ml8 = 2000 * wl8
ni8 = 0.33 * ml8
add(
    "h7a_phase_diagrams_08",
    "markdown",
    f"""
### Step 1: Lever rule for the liquid
- C₀ = 40 wt% Ni, C_L = 33 wt% Ni, C_α = 44 wt% Ni
- W_L = (C_α − C₀)/(C_α − C_L) = (44 − 40)/(44 − 33) = 4/11 = **{wl8:.4f}**

### Step 2: Mass of liquid
- m_L = {wl8:.4f} × 2000 g = **{ml8:.1f} g**

### Step 3: Nickel in the liquid
- The liquid contains 33 wt% Ni
- m_Ni = 0.33 × {ml8:.1f} g = **{ni8:.0f} g**

About **{ni8:.0f} g** of nickel is dissolved in the liquid phase.
""",
    round(ni8),
    "g",
)
wl8_w = round((40 - 33) / (44 - 33), 4)
ml8_w = 2000 * wl8_w
ni8_w = 0.33 * ml8_w
add(
    "h7a_phase_diagrams_08",
    "prose",
    f"""
At 1 260 °C the alloy lies in the two-phase α + L field, and the tie line runs from the liquid at 33 wt% Ni to the solid at 44 wt% Ni. By the lever rule the mass fraction of liquid is W_L = (C₀ − C_L)/(C_α − C_L) = (40 − 33)/(44 − 33) = 7/11 = {wl8_w:.4f}, so the 2.0 kg casting contains {wl8_w:.4f} × 2000 g = {ml8_w:.1f} g of liquid. That liquid has the composition 33 wt% Ni, so it holds 0.33 × {ml8_w:.1f} = {ni8_w:.0f} g of nickel.

Therefore, the answer is {ni8_w:.0f} g.
""",
    round(ni8_w),
    "g",
    "wrong_formula",
    f"The lever arm for the liquid is the one opposite it, W_L = (C_α − C₀)/(C_α − C_L) = "
    f"{wl8:.4f} (7/11 is W_α); the liquid weighs {ml8:.1f} g and holds {ni8:.0f} g Ni",
)

# ---------------------------------------------------------------- transformations

# tk_01: Avrami n = 2.5, y = 0.25 at 80 s; time to 90 %.
p1 = 80**2.5
k1 = float(f"{-math.log(0.75) / p1:.4e}")
tt1 = (math.log(10) / k1) ** 0.4
add(
    "h7a_transformations_kinetics_01",
    "markdown",
    f"""
### Step 1: Avrami equation
y = 1 − exp(−ktⁿ), with n = 2.5

### Step 2: Rate constant from the 25 % point
- −ln(1 − 0.25) = −ln 0.75 = **{-math.log(0.75):.5f}**
- 80^2.5 = 80² × √80 = 6400 × {math.sqrt(80):.4f} = **{p1:.0f}**
- k = {-math.log(0.75):.5f}/{p1:.0f} = **{uni(k1, 4)} s⁻²·⁵**

### Step 3: Time for y = 0.90
- −ln(1 − 0.90) = ln 10 = **{math.log(10):.4f}**
- t = (ln 10 / k)^(1/2.5) = ({math.log(10):.4f}/{uni(k1, 4)})^0.4
- t = **{tt1:.1f} s**

### Step 4: Convert to minutes
- t = {tt1:.1f}/60 ≈ **{tt1 / 60:.2f} min**
""",
    round(tt1 / 60, 2),
    "minute",
)
p1_w = round(p1) / 10  # 5.724 × 10⁴ written as 5.724 × 10³
k1_w = float(f"{-math.log(0.75) / p1_w:.4e}")
tt1_w = (math.log(10) / k1_w) ** 0.4
add(
    "h7a_transformations_kinetics_01",
    "terse",
    f"""
y = 1 − exp(−kt^2.5)
k = −ln(0.75)/80^2.5 = {-math.log(0.75):.5f}/{uni(p1_w, 4)} = {uni(k1_w, 4)} s^−2.5
t₀.₉ = (−ln 0.10/k)^(1/2.5) = ({math.log(10):.4f}/{uni(k1_w, 4)})^0.4 = {tt1_w:.1f} s
t₀.₉ = {tt1_w:.1f}/60 = {tt1_w / 60:.2f} min
""",
    round(tt1_w / 60, 2),
    "minute",
    "arithmetic_slip",
    f"80^2.5 = {uni(p1, 4)}, not {uni(p1_w, 4)}; k = {uni(k1, 4)} s^−2.5 and "
    f"t = {tt1:.1f} s = {tt1 / 60:.2f} min",
)

# tk_04: critical radius of a homogeneous Cu nucleus at ΔT = 236 K.
tm4 = 1358
dg4 = float(f"{1.77e9 * 236 / tm4:.4e}")
r4 = 2 * 0.177 / dg4
add(
    "h7a_transformations_kinetics_04",
    "tex",
    f"""
The melting point in kelvin is $T_m = 1085 + 273 = {tm4}\\ \\mathrm{{K}}$. The driving force per
unit volume at a supercooling $\\Delta T$ is

$$\\Delta G_v = \\frac{{\\Delta H_f\\,\\Delta T}}{{T_m}} = \\frac{{(-1.77 \\times 10^{{9}})(236)}}{{{tm4}}}
= -{tex(dg4, 4)}\\ \\mathrm{{J\\,m^{{-3}}}}$$

and the critical radius is

$$r^* = -\\frac{{2\\gamma}}{{\\Delta G_v}} = \\frac{{2 \\times 0.177}}{{{tex(dg4, 4)}}}
= {tex(r4, 4)}\\ \\mathrm{{m}}$$

$$\\boxed{{r^* \\approx {r4 * 1e9:.2f}\\ \\mathrm{{nm}}}}$$
""",
    round(r4 * 1e9, 2),
    "nm",
)
dg4_w = float(f"{1.77e9 * 236 / 1085:.4e}")
r4_w = 2 * 0.177 / dg4_w
add(
    "h7a_transformations_kinetics_04",
    "given_first",
    f"""
**Given**
- ΔH_f = −1.77 × 10⁹ J/m³
- γ = 0.177 J/m²
- T_m = 1 085
- ΔT = 236 K

**Find:** r* for homogeneous nucleation.

**Solution**

Volume free-energy change: ΔG_v = ΔH_f ΔT/T_m = (−1.77 × 10⁹ × 236)/1085 = −{uni(dg4_w, 4)} J/m³

Critical radius: r* = −2γ/ΔG_v = (2 × 0.177)/({uni(dg4_w, 4)}) = {uni(r4_w, 4)} m

**r* ≈ {r4_w * 1e9:.2f} nm**
""",
    round(r4_w * 1e9, 2),
    "nm",
    "unit_conversion",
    f"ΔG_v: T_m must be in kelvin, 1085 °C = {tm4} K; ΔG_v = −{uni(dg4, 4)} J/m³ and "
    f"r* = {r4 * 1e9:.2f} nm",
)

# ---------------------------------------------------------------- electrical properties

# elec_03: band gap from σ at 27 °C and 127 °C.
ln3 = round(math.log(56 / 2.2), 4)
dinv3 = 1 / 300 - 1 / 400
eg3 = 2 * K_EV * ln3 / float(f"{dinv3:.4e}")
add(
    "h7b_elec_03",
    "prose",
    f"""
For an intrinsic semiconductor σ = C exp(−E_g/2kT), so ln σ = ln C − E_g/2kT and taking the ratio of the two measurements eliminates C: ln(σ₂/σ₁) = (E_g/2k)(1/T₁ − 1/T₂). Here T₁ = 27 °C = 300 K and T₂ = 127 °C = 400 K, so 1/T₁ − 1/T₂ = 1/300 − 1/400 = {uni(dinv3, 4)} K⁻¹, while ln(56/2.2) = ln {56 / 2.2:.3f} = {ln3:.4f}. Solving for the gap, E_g = 2k ln(σ₂/σ₁)/(1/T₁ − 1/T₂) = 2 × 8.617 × 10⁻⁵ eV/K × {ln3:.4f}/{uni(dinv3, 4)} K⁻¹ = {eg3:.3f} eV.

Therefore, the answer is {eg3:.3f} eV.
""",
    round(eg3, 3),
    "eV",
)
lg3_w = round(math.log10(56 / 2.2), 4)
eg3_w = 2 * K_EV * lg3_w / float(f"{dinv3:.4e}")
add(
    "h7b_elec_03",
    "terse",
    f"""
σ = σ₀ exp(−E_g/2kT)
log(σ₂/σ₁) = (E_g/2k)(1/T₁ − 1/T₂)
T₁ = 300 K, T₂ = 400 K → 1/T₁ − 1/T₂ = {uni(dinv3, 4)} K⁻¹
log(56/2.2) = log({56 / 2.2:.3f}) = {lg3_w:.4f}
E_g = 2 × 8.617 × 10⁻⁵ × {lg3_w:.4f}/{uni(dinv3, 4)} = {eg3_w:.3f} eV
""",
    round(eg3_w, 3),
    "eV",
    "wrong_formula",
    f"The exponential needs the natural logarithm: ln(56/2.2) = {ln3:.4f}, not "
    f"log₁₀ = {lg3_w:.4f}; E_g = {eg3:.3f} eV",
)

# ---------------------------------------------------------------- magnetic properties

# magn_01: saturation flux density of Ni.
n_ni = float(f"{8.90 * NA / 58.69:.4e}") * 1e6  # m⁻³
ms_ni = 0.60 * MU_B * n_ni
ms_ni_w = float(f"{ms_ni:.4e}")
bs_ni = 4 * math.pi * 1e-7 * ms_ni_w
add(
    "h7b_magn_01",
    "final_line",
    f"""
**(a) Saturation magnetization**

Number of Ni atoms per unit volume:
N = ρN_A/A = 8.90 × 6.022 × 10²³ / 58.69 = {uni(n_ni / 1e6, 4)} cm⁻³ = {uni(n_ni, 4)} m⁻³

M_s = 0.60 μ_B N = 0.60 × 9.274 × 10⁻²⁴ A·m² × {uni(n_ni, 4)} m⁻³ = {uni(ms_ni_w, 4)} A/m

**(b) Saturation flux density**

B_s = μ₀M_s = 4π × 10⁻⁷ × {uni(ms_ni_w, 4)} = {bs_ni:.4f} T

**Final Answer:** B_s ≈ {bs_ni:.3f} T
""",
    round(bs_ni, 3),
    "T",
)
bs_ni_w = 1.257e-7 * ms_ni_w
add(
    "h7b_magn_01",
    "terse",
    f"""
N = ρN_A/A = 8.90 × 6.022 × 10²³/58.69 = {uni(n_ni / 1e6, 4)} cm⁻³ = {uni(n_ni, 4)} m⁻³
M_s = 0.60 × μ_B × N = 0.60 × 9.274 × 10⁻²⁴ × {uni(n_ni, 4)} = {uni(ms_ni_w, 4)} A/m
μ₀ = 1.257 × 10⁻⁷ H/m
B_s = μ₀M_s = 1.257 × 10⁻⁷ × {uni(ms_ni_w, 4)} = {bs_ni_w:.4f} T
""",
    round(bs_ni_w, 4),
    "T",
    "wrong_constant",
    f"μ₀ = 4π × 10⁻⁷ = 1.257 × 10⁻⁶ H/m, not 1.257 × 10⁻⁷; B_s = {bs_ni:.3f} T",
)

# ---------------------------------------------------------------- optical properties

# opt_02: transmission through a 20 mm glass plate, n = 1.52, β = 2.5 × 10⁻³ mm⁻¹.
r2 = round((0.52 / 2.52) ** 2, 5)
abs2 = round(math.exp(-0.050), 5)
tr2 = (1 - r2) ** 2 * abs2
add(
    "h7b_opt_02",
    "tex",
    f"""
Reflectance of each air–glass surface at normal incidence:

$$R = \\left(\\frac{{n-1}}{{n+1}}\\right)^2 = \\left(\\frac{{0.52}}{{2.52}}\\right)^2 = {r2:.5f}$$

Light is reflected at the front face and again at the back face, and absorbed on the way through:

$$\\frac{{I_T}}{{I_0}} = (1-R)^2 e^{{-\\beta l}}$$

$$\\beta l = 2.5 \\times 10^{{-3}}\\ \\mathrm{{mm^{{-1}}}} \\times 20\\ \\mathrm{{mm}} = 0.050, \\qquad
e^{{-0.050}} = {abs2:.5f}$$

$$\\frac{{I_T}}{{I_0}} = ({1 - r2:.5f})^2 \\times {abs2:.5f} = {(1 - r2) ** 2:.5f} \\times {abs2:.5f}
= {tr2:.4f}$$

$$\\boxed{{{tr2 * 100:.1f}\\,\\%}}$$
""",
    round(tr2 * 100, 1),
    "percent",
)
tr2_w = (1 - r2) * abs2
add(
    "h7b_opt_02",
    "markdown",
    f"""
### Step 1: Reflection loss
- R = ((n − 1)/(n + 1))² = (0.52/2.52)² = **{r2:.5f}**
- Fraction entering the glass: 1 − R = **{1 - r2:.5f}**

### Step 2: Absorption in the plate
- βl = 2.5 × 10⁻³ mm⁻¹ × 20 mm = 0.050
- e^(−0.050) = **{abs2:.5f}**

### Step 3: Transmitted fraction
- I_T/I₀ = (1 − R) e^(−βl) = {1 - r2:.5f} × {abs2:.5f} = **{tr2_w:.4f}**

About **{tr2_w * 100:.1f} %** of the incident light is transmitted.
""",
    round(tr2_w * 100, 1),
    "percent",
    "missing_factor",
    f"Step 3: the light is reflected at both faces, I_T/I₀ = (1 − R)² e^(−βl) = {tr2:.4f}, "
    f"i.e. {tr2 * 100:.1f} %",
)

# ---------------------------------------------------------------- thermal properties

# therm_04: heat through a window pane in one hour.
q4 = 1.4 * 6 / 0.0050  # W/m²
qdot4 = q4 * 0.96
e4 = qdot4 * 3600
add(
    "h7b_therm_04",
    "given_first",
    f"""
Given: A = 1.20 m × 0.80 m = 0.96 m², Δx = 5.0 mm = 0.0050 m, ΔT = 18 − 12 = 6 K,
k = 1.4 W m⁻¹ K⁻¹, t = 1 h = 3600 s (the specific heat plays no part in steady conduction).
Find: heat conducted in one hour, in MJ.

Fourier's law:
q = k ΔT/Δx = 1.4 × 6/0.0050 = {q4:.0f} W/m²

Heat flow through the pane:
Q̇ = qA = {q4:.0f} × 0.96 = {qdot4:.1f} W

In one hour:
Q = {qdot4:.1f} W × 3600 s = {uni(e4, 4)} J ≈ {e4 / 1e6:.2f} MJ
""",
    round(e4 / 1e6, 2),
    "MJ",
)
q4_w = 1.4 * 6 / 0.05
qdot4_w = q4_w * 0.96
e4_w = qdot4_w * 3600
add(
    "h7b_therm_04",
    "markdown",
    f"""
### Step 1: Heat flux (Fourier's law)
- ΔT = 18 − 12 = 6 °C
- Δx = 5.0 mm = 0.05 m
- q = kΔT/Δx = 1.4 × 6/0.05 = **{q4_w:.0f} W/m²**

### Step 2: Heat flow through the pane
- A = 1.20 × 0.80 = 0.96 m²
- Q̇ = qA = {q4_w:.0f} × 0.96 = **{qdot4_w:.2f} W**

### Step 3: Heat in one hour
- Q = {qdot4_w:.2f} × 3600 = **{uni(e4_w, 4)} J**

**Q ≈ {e4_w / 1e6:.3f} MJ**
""",
    round(e4_w / 1e6, 3),
    "MJ",
    "unit_conversion",
    f"Step 1: 5.0 mm = 0.0050 m, not 0.05 m; q = {q4:.0f} W/m² and Q = {e4 / 1e6:.2f} MJ",
)

# ---------------------------------------------------------------- polymers

# poly_03: amorphous mass percentage of a polypropylene moulding.
num3 = round(0.946 * (0.904 - 0.852), 5)
den3 = round(0.904 * (0.946 - 0.852), 5)
xc3 = num3 / den3
am3 = 1 - round(xc3, 4)
add(
    "h7b_poly_03",
    "prose",
    f"""
The mass fraction of crystalline material follows from the densities of the sample (ρ_s), of fully crystalline (ρ_c) and of fully amorphous (ρ_a) polypropylene: % crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100. With ρ_s = 0.904, ρ_c = 0.946 and ρ_a = 0.852 g/cm³, the numerator is 0.946 × 0.052 = {num3:.5f} and the denominator 0.904 × 0.094 = {den3:.5f}, so the crystalline fraction is {xc3:.4f}. Everything that is not crystalline is amorphous, 1 − {xc3:.4f} = {am3:.4f}.

Therefore, the answer is {am3 * 100:.1f} %.
""",
    round(am3 * 100, 1),
    "percent",
)
add(
    "h7b_poly_03",
    "bare",
    f"""
Crystalline mass fraction:

x_c = ρ_c(ρ_s − ρ_a) / [ρ_s(ρ_c − ρ_a)]
x_c = 0.946(0.904 − 0.852) / [0.904(0.946 − 0.852)] = {num3:.5f}/{den3:.5f} = {xc3:.4f}

Amorphous part = 1 − x_c = 1 − {xc3:.4f}

Amorphous percentage ≈ {am3:.3f}
""",
    round(am3, 3),
    "percent",
    "percent_fraction",
    f"The last line gives the amorphous mass fraction {am3:.3f} where a percentage is asked: "
    f"{am3 * 100:.1f} %",
)

# ---------------------------------------------------------------- ceramics and composites

# cer_08: linear sintering shrinkage from 55 % to 97 % of theoretical density.
lr8 = round((0.55 / 0.97) ** (1 / 3), 4)
sh8 = (1 - lr8) * 100
add(
    "h7b_cer_08",
    "final_line",
    f"""
The mass does not change, so the volume scales inversely with the density:

V_f/V_g = ρ_g/ρ_f = 0.55/0.97 = {0.55 / 0.97:.4f}

For isotropic shrinkage every linear dimension scales with the cube root of the volume:

L_f/L_g = ({0.55 / 0.97:.4f})^(1/3) = {lr8:.4f}

Linear shrinkage = 1 − {lr8:.4f} = {1 - lr8:.4f}

**Final Answer:** ≈ {sh8:.1f} % of the green dimension
""",
    round(sh8, 1),
    "percent",
)
sh8_w = (1 - round(0.55 / 0.97, 4)) * 100
add(
    "h7b_cer_08",
    "bare",
    f"""
No mass is lost, so ρ_g L_g = ρ_f L_f:

L_f/L_g = ρ_g/ρ_f = 0.55/0.97 = {0.55 / 0.97:.4f}

Shrinkage = 1 − {0.55 / 0.97:.4f} = {1 - round(0.55 / 0.97, 4):.4f}

{sh8_w:.1f}
""",
    round(sh8_w, 1),
    "percent",
    "wrong_formula",
    f"Mass conservation fixes the volume, ρ_g V_g = ρ_f V_f; the linear ratio is the cube root, "
    f"L_f/L_g = {lr8:.4f}, and the shrinkage is {sh8:.1f} %",
)

# ---------------------------------------------------------------- corrosion

# corr_03: Zn | Zn²⁺ (0.010 M) ‖ Cu²⁺ (0.50 M) | Cu at 25 °C.
pre3 = round(R * 298.15 / (2 * F), 5)
lnq3 = round(math.log(0.010 / 0.50), 4)
e3 = 1.103 - pre3 * lnq3
add(
    "h7b_corr_03",
    "given_first",
    f"""
**Given:** [Zn²⁺] = 0.010 M, [Cu²⁺] = 0.50 M, T = 25 °C = 298.15 K; E°(Cu²⁺/Cu) = +0.340 V,
E°(Zn²⁺/Zn) = −0.763 V (the Fe²⁺/Fe couple is not part of this cell).

**Find:** the cell potential.

Zinc has the more negative reduction potential, so it is the anode:
Zn + Cu²⁺ → Zn²⁺ + Cu, n = 2

ΔV° = 0.340 − (−0.763) = 1.103 V

Nernst equation: ΔV = ΔV° − (RT/nF) ln([Zn²⁺]/[Cu²⁺])

- RT/2F = 8.314 × 298.15/(2 × 96 485) = {pre3:.5f} V
- ln(0.010/0.50) = ln 0.02 = −{-lnq3:.4f}
- ΔV = 1.103 − {pre3:.5f} × (−{-lnq3:.4f}) = 1.103 + {-pre3 * lnq3:.4f}

**Answer:** ΔV ≈ {e3:.3f} V
""",
    round(e3, 3),
    "V",
)
e3_w = 1.103 + pre3 * lnq3
add(
    "h7b_corr_03",
    "prose",
    f"""
Zinc is more active than copper (−0.763 V against +0.340 V), so zinc is oxidised and copper is deposited, and the standard cell potential is 0.340 − (−0.763) = 1.103 V. The concentrations shift this through the Nernst equation with n = 2: the correction term is (RT/nF) ln([Zn²⁺]/[Cu²⁺]) = {pre3:.5f} V × ln(0.010/0.50) = {pre3:.5f} × (−{-lnq3:.4f}) = −{-pre3 * lnq3:.4f} V, and adding it to the standard value gives ΔV = 1.103 + (−{-pre3 * lnq3:.4f}) = {e3_w:.3f} V.

Therefore, the answer is {e3_w:.3f} V.
""",
    round(e3_w, 3),
    "V",
    "sign_error",
    f"The Nernst term is subtracted, ΔV = ΔV° − (RT/nF) ln([Zn²⁺]/[Cu²⁺]) = 1.103 + "
    f"{-pre3 * lnq3:.4f} = {e3:.3f} V",
)

if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
