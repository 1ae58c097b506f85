"""Build tests/data/worked_answers_heldout19.jsonl: blind worked answers to 20 questions of set T.

Written blind to 20 questions of ``answer_exam_heldout19.json`` (exam set T), covering all of its
fourteen topics and skipping the must-refuse items and the items with two readings; the answer
engine, its checker and its solver were not read. Every question has two responses: one correct
throughout, and one with exactly one labelled mistake (``worked_answers_check.ERROR_CLASSES``)
whose note names the first wrong step and the value it should have had.

Twelve of the twenty mistakes are physics or chemistry errors carried through with clean
arithmetic: the Bragg angle θ given where 2θ was asked for Mo (211), 1000 °C used as 1000 K in a
vacancy count, the 6 dropped from D = Γλ²/6, the rod diameter used as the radius of its section
in a Poisson contraction, π dropped from the critical crack length, the lever-rule arms swapped
for proeutectoid ferrite, T_m = 1455 °C used as kelvin in the critical nucleus radius, the sign
of the Hall coefficient carried into the electron density, the log₁₀ Nernst factor 0.0592 V
used with ln, the sign of a constrained thermal stress lost, the width and the thickness
swapped in 3FL/(2bd²), and N = DP instead of 2·DP backbone bonds in r = d√N. The other eight are
slips: nm⁻² converted to cm⁻² with 1 nm = 10⁻⁸ cm, 70/63.55 divided wrongly, 0.45² squared
wrongly, Q_d = 148 kJ/mol copied as 184, 1 T taken as 10³ G, the GaAs gap copied as 1.24 eV,
and two final answers mis-copied from a correct last line (1.445 → 1.54 Ω·cm, 34.49 → 3.45 µm/yr).

Writing styles copied from chat models: "### Step" markdown, TeX closing with ``\\boxed{}``,
prose ending "Therefore, the answer is ...", terse equation chains, a "Given / Find" opening, a
closing "**Final Answer:**" line, and bare final numbers whose unit appears only in the
question. Constants are quoted with their values and intermediates are rounded as a model rounds
them, so that only the labelled step is wrong. All numbers are computed below.

Run: ``python tests/data/build_worked_answers_heldout19.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout19``.
"""

from __future__ import annotations

import math

from worked_writing import E_CH, HC_EV_NM, K_EV, MU_0, NA, F, R, WorkedSet, tex, uni, val

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout19", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


# ---------------------------------------------------------------- crystallography / XRD

# cryst_01: 2θ of Mo (211) with Cu Kα, a = 3.147 Å.
q = "h19a_cryst_01"
d1 = r(3.147 / math.sqrt(6), 4)
s1 = r(1.542 / (2 * d1), 4)
th1 = r(math.degrees(math.asin(s1)), 2)
add(
    q,
    "markdown",
    f"""
### Step 1: Interplanar spacing of (211)
For a cubic lattice d = a/√(h² + k² + l²), and for (211) h² + k² + l² = 4 + 1 + 1 = 6.
- d₂₁₁ = 3.147 Å/√6 = 3.147/2.4495 = **{d1:.4f} Å**

### Step 2: Bragg's law (n = 1)
- sin θ = λ/(2d) = 1.542/(2 × {d1:.4f}) = {s1:.4f}
- θ = arcsin({s1:.4f}) = {th1:.2f}°

### Step 3: Diffraction angle
- 2θ = 2 × {th1:.2f}° = **{2 * th1:.2f}°**

The Mo (211) line should appear at 2θ ≈ {2 * th1:.2f}°.
""",
    r(2 * th1, 2),
    "degree",
)
add(
    q,
    "terse",
    f"""
(211): h²+k²+l² = 6 (allowed in BCC, sum even)
d = 3.147/√6 = {d1:.4f} Å
sin θ = λ/2d = 1.542/(2 × {d1:.4f}) = {s1:.4f}
θ = {th1:.2f}°

Diffraction angle: {th1:.2f}°
""",
    th1,
    "degree",
    "wrong_quantity",
    f"The Bragg angle θ = {th1:.2f}° is reported as the answer; the diffraction angle asked for "
    f"is 2θ = {2 * th1:.2f}°.",
)

# cryst_06: planar density of BCC (110) for α-Fe, atoms/cm².
q = "h19a_cryst_06"
ar6 = r(math.sqrt(2) * 0.2866**2, 5)
pd6 = r(2 / ar6, 2)
add(
    q,
    "given_first",
    f"""
**Given:** α-Fe, BCC, a = 0.2866 nm
**Find:** planar density of (110) in atoms/cm²

**Solution**

The (110) plane cuts the cube along a face diagonal: it is a rectangle a × a√2 holding
4 × ¼ corner atoms + 1 body-centre atom = 2 atoms.

Area = a² √2 = (0.2866)² × 1.4142 = {ar6:.5f} nm²

PD = 2/{ar6:.5f} = {pd6:.2f} atoms/nm²

Since 1 nm = 10⁻⁷ cm, 1 nm² = 10⁻¹⁴ cm², so 1 nm⁻² = 10¹⁴ cm⁻²:

PD = {pd6:.2f} × 10¹⁴ = {uni(pd6 * 1e14, 3)} atoms/cm²

**Answer:** PD(110) ≈ {uni(pd6 * 1e14, 3)} atoms/cm²
""",
    val(pd6 * 1e14, 3),
    "1/cm**2",
)
add(
    q,
    "bare",
    f"""
BCC (110): 2 atoms in a rectangle of a by a√2.

A = √2 a² = 1.4142 × 0.2866² = {ar6:.5f} nm²
PD = 2/{ar6:.5f} = {pd6:.2f} nm⁻²

Converting: 1 nm = 10⁻⁸ cm, so 1 nm⁻² = 10¹⁶ cm⁻².
PD = {pd6:.2f} × 10¹⁶ cm⁻²

{uni(pd6 * 1e16, 3)}
""",
    val(pd6 * 1e16, 3),
    "1/cm**2",
    "unit_conversion",
    f"1 nm is taken as 10⁻⁸ cm (it is 10⁻⁷ cm), so 1 nm⁻² = 10¹⁴ cm⁻² and the density is "
    f"{uni(pd6 * 1e14, 3)} cm⁻².",
)

# ---------------------------------------------------------------- defects

# def_01: vacancies per cm³ in Cu at 1000 °C, Q_v = 0.90 eV.
q = "h19a_def_01"
n1 = r(8.96 * NA / 63.55 / 1e22, 3)
kt1 = r(K_EV * 1273, 4)
x1 = r(0.90 / kt1, 3)
e1 = val(math.exp(-x1), 3)
nv1 = n1 * 1e22 * e1
kt1w = r(K_EV * 1000, 5)
x1w = r(0.90 / kt1w, 3)
e1w = val(math.exp(-x1w), 3)
nv1w = n1 * 1e22 * e1w
add(
    q,
    "tex",
    f"""
Number of atomic sites per unit volume:
$$N = \\frac{{\\rho N_A}}{{A_{{Cu}}}} = \\frac{{8.96 \\times 6.022\\times10^{{23}}}}{{63.55}}
= {n1:.3f}\\times10^{{22}}\\ \\mathrm{{cm^{{-3}}}}$$

Temperature: $T = 1000 + 273 = 1273\\ \\mathrm{{K}}$, and with
$k = 8.617\\times10^{{-5}}\\ \\mathrm{{eV/K}}$, $kT = {kt1:.4f}\\ \\mathrm{{eV}}$.

$$\\frac{{Q_v}}{{kT}} = \\frac{{0.90}}{{{kt1:.4f}}} = {x1:.3f}, \\qquad e^{{-{x1:.3f}}} = {tex(e1)}$$

$$N_v = N e^{{-Q_v/kT}} = {n1:.3f}\\times10^{{22}} \\times {tex(e1)} = {tex(nv1)}$$

$$\\boxed{{N_v \\approx {tex(nv1)}\\ \\mathrm{{cm^{{-3}}}}}}$$
""",
    val(nv1, 3),
    "1/cm**3",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Atom density
N = ρN_A/A = 8.96 × 6.022 × 10²³/63.55 = {n1:.3f} × 10²² atoms/cm³

### Step 2: Boltzmann factor
With k = 8.617 × 10⁻⁵ eV/K and T = 1000 K:
- kT = 8.617 × 10⁻⁵ × 1000 = {kt1w:.5f} eV
- Q_v/kT = 0.90/{kt1w:.5f} = {x1w:.3f}
- exp(−{x1w:.3f}) = {uni(e1w)}

### Step 3: Vacancy concentration
N_v = {n1:.3f} × 10²² × {uni(e1w)} = **{uni(nv1w)} cm⁻³**
""",
    val(nv1w, 3),
    "1/cm**3",
    "unit_conversion",
    f"1000 °C is used as T = 1000 K; T = 1273 K, kT = {kt1:.4f} eV and N_v = {uni(nv1)} cm⁻³.",
)

# def_07: 30 w/o Zn brass in a/o Zn.
q = "h19a_def_07"
zn7 = r(30 / 65.38, 4)
cu7 = r(70 / 63.55, 4)
at7 = r(100 * zn7 / (zn7 + cu7), 1)
cu7w = 1.1515
at7w = r(100 * zn7 / (zn7 + cu7w), 1)
add(
    q,
    "prose",
    f"""
To convert weight percent to atom percent, divide each weight percent by the atomic weight to
get relative numbers of moles, then normalise. With A(Zn) = 65.38 g/mol and A(Cu) = 63.55 g/mol,
100 g of the brass contains 30/65.38 = {zn7:.4f} mol of zinc and 70/63.55 = {cu7:.4f} mol of
copper, {zn7 + cu7:.4f} mol in total. The zinc atom fraction is therefore
{zn7:.4f}/{zn7 + cu7:.4f} = {at7 / 100:.3f}.

Therefore, the answer is {at7:.1f} a/o Zn.
""",
    at7,
    "percent",
)
add(
    q,
    "terse",
    f"""
n(Zn) = 30/65.38 = {zn7:.4f}
n(Cu) = 70/63.55 = {cu7w:.4f}
a/o Zn = {zn7:.4f}/({zn7:.4f} + {cu7w:.4f}) × 100 = {at7w:.1f} a/o
""",
    at7w,
    "percent",
    "arithmetic_slip",
    f"70/63.55 is written as {cu7w:.4f}; it is {cu7:.4f}, which gives {at7:.1f} a/o Zn.",
)

# ---------------------------------------------------------------- diffusion

# diff_01: D of C in austenite at 950 °C.
q = "h19a_diff_01"


def d950(qd: float) -> tuple[float, float, float]:
    """Q/RT, exp(−Q/RT) and D (m²/s) at 1223 K for Q_d in J/mol."""
    x = r(qd / (R * 1223), 3)
    e = val(math.exp(-x), 3)
    return x, e, 2.3e-5 * e


x01, e01, dd01 = d950(148000)
x01w, e01w, dd01w = d950(184000)
add(
    q,
    "final_line",
    f"""
Use the Arrhenius form D = D₀ exp(−Q_d/RT).

T = 950 + 273 = 1223 K
RT = 8.314 × 1223 = {8.314 * 1223:.0f} J/mol
Q_d/RT = 148 000/{8.314 * 1223:.0f} = {x01:.3f}
exp(−{x01:.3f}) = {uni(e01)}
D = 2.3 × 10⁻⁵ × {uni(e01)} = {uni(dd01)} m²/s

**Final Answer:** D ≈ {uni(dd01)} m²/s
""",
    val(dd01, 3),
    "m**2/s",
)
add(
    q,
    "given_first",
    f"""
Given: D₀ = 2.3 × 10⁻⁵ m²/s, Q_d = 184 kJ/mol, R = 8.314 J/(mol·K), T = 950 °C = 1223 K
Find: D

D = D₀ exp(−Q_d/RT)

Q_d/RT = 184 000/(8.314 × 1223) = {x01w:.3f}

exp(−{x01w:.3f}) = {uni(e01w)}

D = 2.3 × 10⁻⁵ × {uni(e01w)} = {uni(dd01w)} m²/s

Answer: D = {uni(dd01w)} m²/s
""",
    val(dd01w, 3),
    "m**2/s",
    "given_miscopied",
    f"Q_d is copied as 184 kJ/mol; the question gives 148 kJ/mol, so Q_d/RT = {x01:.3f} and "
    f"D = {uni(dd01)} m²/s.",
)

# diff_08: jump frequency from D = Γλ²/6.
q = "h19a_diff_08"
lam2 = 0.25e-9**2
g8 = 6 * 1.0e-12 / lam2
g8w = 1.0e-12 / lam2
add(
    q,
    "bare",
    f"""
D = (1/6)Γλ²  →  Γ = 6D/λ²

λ = 0.25 nm = 2.5 × 10⁻¹⁰ m, λ² = 6.25 × 10⁻²⁰ m²

Γ = 6 × 1.0 × 10⁻¹²/6.25 × 10⁻²⁰ = {uni(g8, 2)} s⁻¹

{uni(g8, 2)}
""",
    val(g8, 2),
    "1/s",
)
add(
    q,
    "tex",
    f"""
The jump frequency follows from the random-walk expression. Solving for $\\Gamma$:
$$\\Gamma = \\frac{{D}}{{\\lambda^2}}$$
with $\\lambda = 0.25\\ \\mathrm{{nm}} = 2.5\\times10^{{-10}}\\ \\mathrm{{m}}$:
$$\\Gamma = \\frac{{1.0\\times10^{{-12}}}}{{(2.5\\times10^{{-10}})^2}}
= \\frac{{1.0\\times10^{{-12}}}}{{6.25\\times10^{{-20}}}} = {tex(g8w, 2)}\\ \\mathrm{{s^{{-1}}}}$$
$$\\boxed{{\\Gamma \\approx {tex(g8w, 2)}\\ \\text{{jumps/s}}}}$$
""",
    val(g8w, 2),
    "1/s",
    "missing_factor",
    f"The 1/6 is dropped when solving D = Γλ²/6 for Γ; Γ = 6D/λ² = {uni(g8, 2)} s⁻¹.",
)

# ---------------------------------------------------------------- mechanical properties

# mech_03: lateral contraction of a 10 mm brass rod under 15 kN.
q = "h19a_mech_03"


def contraction(radius_m: float) -> tuple[float, float, float, float, float]:
    """Area (m²), stress (MPa), axial and lateral strain, Δd (µm) of the 10 mm rod."""
    area = val(math.pi * radius_m**2, 4)
    stress = r(15000 / area / 1e6, 1)
    eps = val(stress / 110e3, 4)
    lat = val(-0.34 * eps, 4)
    return area, stress, eps, lat, lat * 10e-3 * 1e6


a3, s3, e3, l3, dd3 = contraction(5e-3)
a3w, s3w, e3w, l3w, dd3w = contraction(10e-3)
add(
    q,
    "markdown",
    f"""
### Step 1: Axial stress
- A = πd²/4 = π(0.010)²/4 = {uni(a3, 4)} m²
- σ = F/A = 15 000/{uni(a3, 4)} = {s3:.1f} MPa (below σ_y = 250 MPa, so elastic)

### Step 2: Strains
- ε_z = σ/E = {s3:.1f}/110 000 = {uni(e3, 4)}
- ε_x = −ν ε_z = −0.34 × {uni(e3, 4)} = {uni(l3, 4)}

### Step 3: Change in diameter
- Δd = ε_x d₀ = {uni(l3, 4)} × 10 mm = {uni(l3 * 10, 4)} mm = **{dd3:.2f} µm**

The diameter decreases by about {-dd3:.2f} µm, i.e. Δd ≈ {dd3:.2f} µm.
""",
    r(dd3, 2),
    "um",
)
add(
    q,
    "prose",
    f"""
The cross-section of the rod is A = πr² = π(0.010 m)² = {uni(a3w, 4)} m², so the axial stress
is 15 000 N/{uni(a3w, 4)} m² = {s3w:.1f} MPa, well below the 250 MPa yield strength, so Hooke's
law applies. The axial strain is {s3w:.1f}/110 000 = {uni(e3w, 4)}, and the lateral strain is
−0.34 times that, {uni(l3w, 4)}. Multiplying by the 10 mm diameter gives
Δd = {uni(l3w * 10, 4)} mm.

Therefore, the answer is Δd ≈ {dd3w:.2f} µm (a decrease).
""",
    r(dd3w, 2),
    "um",
    "wrong_formula",
    f"The 10 mm diameter is used as the radius in A = πr²; r = 5 mm, A = {uni(a3, 4)} m², "
    f"σ = {s3:.1f} MPa and Δd = {dd3:.2f} µm.",
)

# mech_09: Vickers 30 kgf, d = 0.45 mm, in GPa.
q = "h19a_mech_09"
hv9 = r(1.854 * 30 / 0.2025, 1)
gpa9 = r(hv9 * 9.807 / 1000, 3)
hv9w = r(1.854 * 30 / 0.2205, 1)
gpa9w = r(hv9w * 9.807 / 1000, 3)
add(
    q,
    "terse",
    f"""
d² = 0.45² = 0.2025 mm²
HV = 1.854 × 30/0.2025 = {hv9:.1f} kgf/mm²
1 kgf/mm² = 9.807 N/mm² = 9.807 MPa
H = {hv9:.1f} × 9.807 = {hv9 * 9.807:.0f} MPa = {gpa9:.3f} GPa
""",
    gpa9,
    "GPa",
)
add(
    q,
    "final_line",
    f"""
Vickers hardness: HV = 1.854F/d².

With F = 30 kgf and d = 0.45 mm, d² = 0.2205 mm², so
HV = 1.854 × 30/0.2205 = 55.62/0.2205 = {hv9w:.1f} kgf/mm².

Converting with g = 9.807 m/s² (1 kgf/mm² = 9.807 MPa):
H = {hv9w:.1f} × 9.807 MPa = {hv9w * 9.807:.0f} MPa.

**Final Answer:** {gpa9w:.3f} GPa
""",
    gpa9w,
    "GPa",
    "arithmetic_slip",
    f"0.45² is written as 0.2205; it is 0.2025, so HV = {hv9:.1f} kgf/mm² = {gpa9:.3f} GPa.",
)

# ---------------------------------------------------------------- failure

# fail_02: critical edge-crack length, K_Ic = 60 ksi√in, σ = 45 ksi, Y = 1.12.
q = "h19a_fail_02"
ratio2 = r(60 / (1.12 * 45), 4)
sq2 = r(ratio2**2, 4)
ac2 = r(sq2 / math.pi, 4)
ac2w = sq2
add(
    q,
    "given_first",
    f"""
**Given:** K_Ic = 60 ksi·in^½, σ = 45 ksi, Y = 1.12 (edge crack)
**Find:** critical crack length a_c in mm

K_Ic = Yσ√(πa_c)  ⇒  a_c = (1/π)[K_Ic/(Yσ)]²

K_Ic/(Yσ) = 60/(1.12 × 45) = 60/50.4 = {ratio2:.4f} in^½

a_c = {sq2:.4f}/π = {ac2:.4f} in

a_c = {ac2:.4f} × 25.4 = {ac2 * 25.4:.2f} mm

**Answer:** a_c ≈ {ac2 * 25.4:.2f} mm
""",
    r(ac2 * 25.4, 2),
    "mm",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Fracture condition
For fast fracture K_Ic = Yσ√a_c, so a_c = [K_Ic/(Yσ)]².

### Step 2: Substitute
- K_Ic/(Yσ) = 60/(1.12 × 45) = {ratio2:.4f} in^½
- a_c = {ratio2:.4f}² = {ac2w:.4f} in

### Step 3: Convert
- a_c = {ac2w:.4f} in × 25.4 mm/in = **{ac2w * 25.4:.1f} mm**
""",
    r(ac2w * 25.4, 1),
    "mm",
    "missing_factor",
    f"π is dropped from K_Ic = Yσ√(πa); a_c = {sq2:.4f}/π = {ac2:.4f} in = {ac2 * 25.4:.2f} mm.",
)

# ---------------------------------------------------------------- phase diagrams

# phase_02: proeutectoid ferrite in 1040 steel.
q = "h19a_phase_02"
wa2 = r((0.76 - 0.40) / (0.76 - 0.022), 3)
wa2w = r((0.40 - 0.022) / (0.76 - 0.022), 3)
add(
    q,
    "prose",
    f"""
Just above the eutectoid temperature the alloy is a mixture of proeutectoid ferrite
(0.022 wt% C) and austenite of eutectoid composition (0.76 wt% C). The lever rule, with the arm
opposite the ferrite end in the numerator, gives W_α' = (0.76 − 0.40)/(0.76 − 0.022) =
0.36/0.738 = {wa2:.3f}.

Therefore, the answer is a proeutectoid ferrite mass fraction of about {wa2:.3f}.
""",
    wa2,
    "dimensionless",
)
add(
    q,
    "bare",
    f"""
Lever rule between α (0.022 wt% C) and γ at the eutectoid (0.76 wt% C), alloy 0.40 wt% C:

W_α' = (C₀ − C_α)/(C_γ − C_α) = (0.40 − 0.022)/(0.76 − 0.022) = 0.378/0.738

{wa2w:.3f}
""",
    wa2w,
    "dimensionless",
    "wrong_formula",
    f"The lever arms are swapped: (C₀ − C_α)/(C_γ − C_α) is the austenite (pearlite) fraction; "
    f"W_α' = (0.76 − 0.40)/0.738 = {wa2:.3f}.",
)

# ---------------------------------------------------------------- transformations / kinetics

# trans_03: critical radius of Ni nucleus, ΔT = 319 °C.
q = "h19a_trans_03"
num3 = r(2 * 0.255 * 1728, 2)
den3 = 2.53e9 * 319
rc3 = num3 / den3 * 1e9
num3w = r(2 * 0.255 * 1455, 2)
rc3w = num3w / den3 * 1e9
add(
    q,
    "tex",
    f"""
The critical radius for homogeneous nucleation is
$$r^* = -\\frac{{2\\gamma T_m}}{{\\Delta H_f\\,\\Delta T}}$$
with $T_m = 1455 + 273 = 1728\\ \\mathrm{{K}}$ and $\\Delta T = 319\\ \\mathrm{{K}}$.

$$r^* = -\\frac{{2(0.255)(1728)}}{{(-2.53\\times10^{{9}})(319)}}
= \\frac{{{num3:.2f}}}{{{tex(den3, 4)}}} = {tex(rc3 * 1e-9, 4)}\\ \\mathrm{{m}}$$

$$\\boxed{{r^* \\approx {rc3:.3f}\\ \\mathrm{{nm}}}}$$
""",
    r(rc3, 3),
    "nm",
)
add(
    q,
    "terse",
    f"""
r* = −2γT_m/(ΔH_f ΔT)
= −2(0.255)(1455)/[(−2.53 × 10⁹)(319)]
= {num3w:.2f}/{uni(den3, 4)}
= {uni(rc3w * 1e-9)} m
r* ≈ {rc3w:.3f} nm
""",
    r(rc3w, 3),
    "nm",
    "unit_conversion",
    f"T_m = 1455 °C is used without converting to kelvin; T_m = 1728 K gives r* = {rc3:.3f} nm.",
)

# ---------------------------------------------------------------- electrical / semiconductors

# elec_01: resistivity of n-Si, N_d = 3.2e15 cm⁻³, μ_e = 1350.
q = "h19b_elec_01"
sig1 = r(3.2e15 * E_CH * 1350, 4)
rho1 = r(1 / sig1, 3)
add(
    q,
    "markdown",
    f"""
### Step 1: Conductivity
With all donors ionised, n = N_d = 3.2 × 10¹⁵ cm⁻³ and σ = n|e|μ_e
(e = 1.602 × 10⁻¹⁹ C):
- σ = 3.2 × 10¹⁵ × 1.602 × 10⁻¹⁹ × 1350 = **{sig1:.4f} (Ω·cm)⁻¹**

### Step 2: Resistivity
- ρ = 1/σ = 1/{sig1:.4f} = **{rho1:.3f} Ω·cm**
""",
    rho1,
    "ohm*cm",
)
add(
    q,
    "final_line",
    f"""
σ = n e μ_e, with n = N_d = 3.2 × 10¹⁵ cm⁻³ (full ionisation) and e = 1.602 × 10⁻¹⁹ C:

σ = 3.2 × 10¹⁵ × 1.602 × 10⁻¹⁹ × 1350 = {sig1:.4f} Ω⁻¹cm⁻¹

ρ = 1/σ = 1/{sig1:.4f} = {rho1:.3f} Ω·cm

**Final Answer:** ρ ≈ 1.54 Ω·cm
""",
    1.54,
    "ohm*cm",
    "final_miscopied",
    f"The computed ρ = {rho1:.3f} Ω·cm is copied into the final line as 1.54 Ω·cm.",
)

# elec_04: electron density from R_H = −7.1e-11 m³/C.
q = "h19b_elec_04"
n4 = 1 / (7.1e-11 * E_CH)
add(
    q,
    "prose",
    f"""
For conduction by electrons alone the Hall coefficient is R_H = −1/(n|e|), so the carrier
density is n = −1/(R_H|e|). With R_H = −7.1 × 10⁻¹¹ m³/C and |e| = 1.602 × 10⁻¹⁹ C, the product
R_H|e| is −1.137 × 10⁻²⁹ m³, and n = 1/(1.137 × 10⁻²⁹) = {uni(n4)} m⁻³.

Therefore, the answer is about {uni(n4)} conduction electrons per cubic metre.
""",
    val(n4, 3),
    "m**-3",
)
add(
    q,
    "given_first",
    f"""
Given: R_H = −7.1 × 10⁻¹¹ m³/C, e = 1.602 × 10⁻¹⁹ C
Find: n (m⁻³)

Hall relation: R_H = 1/(ne), so n = 1/(R_H e)

n = 1/[(−7.1 × 10⁻¹¹)(1.602 × 10⁻¹⁹)] = 1/(−1.137 × 10⁻²⁹)

n = {uni(-n4)} m⁻³
""",
    val(-n4, 3),
    "m**-3",
    "sign_error",
    f"R_H = 1/(ne) drops the electron's sign (R_H = −1/(n|e|)); n = +{uni(n4)} m⁻³.",
)

# ---------------------------------------------------------------- magnetic

# mag_02: flux density in a solenoid core, in gauss.
q = "h19b_mag_02"
h2 = 400 * 2.5 / 0.25
b2 = r(MU_0 * 150 * h2, 4)
add(
    q,
    "terse",
    f"""
H = NI/l = 400 × 2.5/0.25 = {h2:.0f} A/m
B = μ₀μ_r H = (4π × 10⁻⁷)(150)({h2:.0f}) = {b2:.4f} T
1 T = 10⁴ G → B = {b2 * 1e4:.0f} G
""",
    r(b2 * 1e4, 0),
    "gauss",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Field strength
- H = NI/l = (400 × 2.5 A)/0.25 m = **{h2:.0f} A/m**

### Step 2: Flux density
- B = μ₀μ_r H, μ₀ = 4π × 10⁻⁷ H/m
- B = 1.2566 × 10⁻⁶ × 150 × {h2:.0f} = **{b2:.4f} T**

### Step 3: Convert to gauss
- 1 T = 1000 G, so B = {b2:.4f} × 1000 = **{b2 * 1e3:.0f} G**
""",
    r(b2 * 1e3, 0),
    "gauss",
    "unit_conversion",
    f"1 T is taken as 1000 G; 1 T = 10⁴ G, so B = {b2 * 1e4:.0f} G.",
)

# ---------------------------------------------------------------- optical

# opt_01: absorption edge of GaAs, E_g = 1.42 eV.
q = "h19b_opt_01"
l1 = r(HC_EV_NM / 1.42, 1)
l1w = r(HC_EV_NM / 1.24, 1)
add(
    q,
    "bare",
    f"""
Only photons with hν ≥ E_g are absorbed, so the cut-off wavelength is λ = hc/E_g.

hc = 1239.84 eV·nm

λ = 1239.84/1.42 = {l1:.1f}

{l1:.1f}
""",
    l1,
    "nm",
)
add(
    q,
    "prose",
    f"""
An electron can be promoted across the gap only if the photon energy is at least E_g, so the
longest absorbed wavelength is λ_max = hc/E_g. Using hc = 1239.84 eV·nm and E_g = 1.24 eV for
GaAs, λ_max = 1239.84/1.24 = {l1w:.1f} nm, in the near infrared.

Therefore, the answer is about {l1w:.0f} nm.
""",
    r(l1w, 0),
    "nm",
    "given_miscopied",
    f"The band gap is copied as 1.24 eV; the question gives 1.42 eV, so λ = {l1:.1f} nm.",
)

# ---------------------------------------------------------------- corrosion

# corr_03: Zn | Zn²⁺ (0.01 M) || Cu²⁺ (0.5 M) | Cu at 25 °C.
q = "h19b_corr_03"
lg3 = r(math.log10(0.01 / 0.5), 3)
ln3 = r(math.log(0.01 / 0.5), 3)
ec3 = r(1.103 - 0.0296 * lg3, 4)
ec3w = r(1.103 - 0.0296 * ln3, 4)
add(
    q,
    "final_line",
    f"""
Standard potentials: E°(Cu²⁺/Cu) = +0.340 V, E°(Zn²⁺/Zn) = −0.763 V, so
E°cell = 0.340 − (−0.763) = 1.103 V.

Cell reaction Zn + Cu²⁺ → Zn²⁺ + Cu, n = 2, Q = [Zn²⁺]/[Cu²⁺] = 0.01/0.5 = 0.02.

Nernst at 25 °C: E = E° − (0.0592/n) log₁₀ Q
= 1.103 − 0.0296 × ({lg3:.3f})
= {ec3:.4f} V

**Final Answer:** E ≈ {ec3:.3f} V
""",
    r(ec3, 3),
    "V",
)
add(
    q,
    "tex",
    f"""
$E^\\circ_{{cell}} = E^\\circ_{{Cu}} - E^\\circ_{{Zn}} = 0.340 - (-0.763) = 1.103\\ \\mathrm{{V}}$,
with $n = 2$ and $Q = [\\mathrm{{Zn^{{2+}}}}]/[\\mathrm{{Cu^{{2+}}}}] = 0.01/0.5 = 0.02$.

$$E = E^\\circ - \\frac{{0.0592}}{{n}}\\ln Q = 1.103 - 0.0296\\,\\ln(0.02)$$
$$\\ln(0.02) = {ln3:.3f}$$
$$E = 1.103 + {-0.0296 * ln3:.4f} = {ec3w:.4f}\\ \\mathrm{{V}}$$

$$\\boxed{{E \\approx {ec3w:.3f}\\ \\mathrm{{V}}}}$$
""",
    r(ec3w, 3),
    "V",
    "wrong_constant",
    f"0.0592 V is the 25 °C factor for log₁₀, not for ln (RT/F = 0.02569 V); with log₁₀ 0.02 = "
    f"{lg3:.3f} the cell gives E = {ec3:.3f} V.",
)

# corr_06: penetration rate of Zn at 2.3 µA/cm², µm/yr.
q = "h19b_corr_06"
cps6 = val(2.3e-6 * 65.38 / (2 * F * 7.13), 4)
cpy6 = val(cps6 * 3.156e7, 4)
um6 = r(cpy6 * 1e4, 2)
add(
    q,
    "given_first",
    f"""
**Given:** i = 2.3 µA/cm², M = 65.38 g/mol, n = 2, ρ = 7.13 g/cm³, F = 96 485 C/mol
**Find:** penetration rate in µm/yr

Faraday's law per unit area: rate = iM/(nFρ)

rate = (2.3 × 10⁻⁶ × 65.38)/(2 × 96 485 × 7.13) = {uni(cps6, 4)} cm/s

One year = 3.156 × 10⁷ s:
rate = {uni(cps6, 4)} × 3.156 × 10⁷ = {uni(cpy6, 4)} cm/yr

1 cm = 10⁴ µm → rate = {um6:.2f} µm/yr

**Answer:** ≈ {um6:.2f} µm per year
""",
    um6,
    "um/year",
)
add(
    q,
    "bare",
    f"""
r = iM/(nFρ) = (2.3 × 10⁻⁶ A/cm²)(65.38 g/mol)/[(2)(96 485 C/mol)(7.13 g/cm³)]
r = {uni(cps6, 4)} cm/s
× 3.156 × 10⁷ s/yr = {uni(cpy6, 4)} cm/yr = {um6:.2f} µm/yr

{um6 / 10:.2f}
""",
    r(um6 / 10, 2),
    "um/year",
    "final_miscopied",
    f"The last line gives {um6:.2f} µm/yr but the bare final number is copied as {um6 / 10:.2f}.",
)

# ---------------------------------------------------------------- thermal

# therm_02: constrained brass rod heated 20 → 80 °C.
q = "h19b_therm_02"
s2t = -100e3 * 20e-6 * 60
add(
    q,
    "prose",
    f"""
Because the walls prevent the rod from expanding, the thermal strain αΔT must be cancelled by
an equal elastic strain of the opposite sign, so the rod is put in compression:
σ = −EαΔT. With E = 100 GPa = 100 000 MPa, α = 20 × 10⁻⁶ °C⁻¹ and ΔT = 80 − 20 = 60 °C, the
stress is σ = −100 000 × 20 × 10⁻⁶ × 60 = {s2t:.0f} MPa.

Therefore, the answer is σ = {s2t:.0f} MPa (compressive).
""",
    s2t,
    "MPa",
)
add(
    q,
    "terse",
    f"""
ΔT = 80 − 20 = 60 °C
σ = EαΔT = (100 × 10³ MPa)(20 × 10⁻⁶)(60) = {-s2t:.0f} MPa
σ = +{-s2t:.0f} MPa
""",
    -s2t,
    "MPa",
    "sign_error",
    f"A rod heated between rigid walls is compressed: σ = −EαΔT = {s2t:.0f} MPa, not "
    f"+{-s2t:.0f} MPa.",
)

# ---------------------------------------------------------------- polymers

# poly_08: r = d√N for PE, M_n = 350 000 g/mol.
q = "h19b_poly_08"
m8 = r(2 * 12.011 + 4 * 1.008, 2)
dp8 = round(350000 / m8)
nb8 = 2 * dp8
sq8 = r(math.sqrt(nb8), 1)
sq8w = r(math.sqrt(dp8), 1)
add(
    q,
    "markdown",
    f"""
### Step 1: Degree of polymerization
- Repeat unit C₂H₄: m = 2(12.011) + 4(1.008) = {m8:.2f} g/mol
- DP = 350 000/{m8:.2f} = {dp8}

### Step 2: Number of backbone bonds
Each repeat unit contributes two C–C bonds to the backbone:
- N = 2 × {dp8} = {nb8}

### Step 3: End-to-end distance (part b)
- r = d√N = 0.154 nm × √{nb8} = 0.154 × {sq8:.1f} = **{0.154 * sq8:.1f} nm**
""",
    r(0.154 * sq8, 1),
    "nm",
)
add(
    q,
    "final_line",
    f"""
(b) The number of repeat units is DP = M_n/m, with m(C₂H₄) = {m8:.2f} g/mol:
DP = 350 000/{m8:.2f} = {dp8}.

Taking N = DP = {dp8} backbone bonds,
r = d√N = 0.154 × √{dp8} = 0.154 × {sq8w:.1f} = {0.154 * sq8w:.1f} nm.

**Final Answer:** r ≈ {0.154 * sq8w:.1f} nm
""",
    r(0.154 * sq8w, 1),
    "nm",
    "missing_factor",
    f"Each C₂H₄ unit has two backbone bonds, so N = 2 × {dp8} = {nb8} and "
    f"r = {0.154 * sq8:.1f} nm.",
)

# ---------------------------------------------------------------- ceramics / composites

# cc_06: three-point flexural strength, b = 10 mm, d = 5 mm, L = 40 mm, F = 420 N.
q = "h19b_cc_06"
s6 = 3 * 420 * 40 / (2 * 10 * 5**2)
s6w = 3 * 420 * 40 / (2 * 5 * 10**2)
add(
    q,
    "bare",
    f"""
σ_fs = 3FL/(2bd²), b = 10 mm (width), d = 5 mm (thickness), L = 40 mm, F = 420 N

σ_fs = 3 × 420 × 40/(2 × 10 × 5²) = 50 400/500 N/mm²

{s6:.1f}
""",
    r(s6, 1),
    "MPa",
)
add(
    q,
    "tex",
    f"""
For a rectangular bar in three-point bending,
$$\\sigma_{{fs}} = \\frac{{3FL}}{{2bd^2}}$$
Taking $b = 5\\ \\mathrm{{mm}}$, $d = 10\\ \\mathrm{{mm}}$, $L = 40\\ \\mathrm{{mm}}$ and
$F = 420\\ \\mathrm{{N}}$:
$$\\sigma_{{fs}} = \\frac{{3(420)(40)}}{{2(5)(10)^2}} = \\frac{{50\\,400}}{{1000}}
= {s6w:.1f}\\ \\mathrm{{N/mm^2}}$$
$$\\boxed{{\\sigma_{{fs}} = {s6w:.1f}\\ \\mathrm{{MPa}}}}$$
""",
    r(s6w, 1),
    "MPa",
    "wrong_formula",
    f"Width and thickness are swapped: b = 10 mm and d = 5 mm (the bar is loaded across its "
    f"thickness), giving 50 400/500 = {s6:.1f} MPa.",
)


if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
    print(f"{sum(not rec['correct'] for rec in SET.records)} wrong responses")
