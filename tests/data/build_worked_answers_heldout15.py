"""Build tests/data/worked_answers_heldout15.jsonl: blind worked answers to 20 questions of set P.

Written blind to 20 questions of ``answer_exam_heldout15.json`` (exam set P), covering all its
fourteen topics and skipping the must-refuse items and the items with two readings; the answer
engine, its checker and its solver were not read. Every question has two responses: one correct
throughout, and one with exactly one labelled mistake (``worked_answers_check.ERROR_CLASSES``)
whose note names the first wrong step and the value it should have had.

Twelve of the twenty mistakes are physics or chemistry errors carried through with clean
arithmetic: the Bragg angle θ answered where 2θ is asked, a temperature in °C used as kelvin in a
vacancy count, the ½ dropped from the line energy ½Gb², the 2 dropped from x/(2√(Dt)) in a
carburizing time, the minus sign of a lateral (Poisson) contraction lost, half the edge-crack
depth used as a, the lever rule taken with the wrong arm, σ ∝ exp(−E_g/kT) used for the intrinsic
exp(−E_g/2kT), susceptibility taken proportional to T instead of 1/T (Curie law), one bond per
polyethylene repeat unit instead of two, the Nernst quotient inverted in a Daniell cell, and
RT/nF used with log₁₀ in a concentration cell. The other eight are slips: nm² turned into mm²
with 10¹⁴, a mis-copied activation energy (184 for 148 kJ/mol), a mis-squared yield strength, a
digit-transposed final Avrami time, a division slip in the nickel atom density, a mis-copied
cladding index, millimetres turned into inches with 2.54, and a product slip in a rule of
mixtures.

Writing styles copied from chat models: "### Step" markdown with bullets, TeX display maths
closing with ``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains,
a "Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. Constants are quoted with their values, and intermediate values are
rounded the way a model rounds them, so that only the labelled step is wrong. All numbers are
computed below.

Run: ``python tests/data/build_worked_answers_heldout15.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout15``.
"""

from __future__ import annotations

import math

from worked_writing import E_CH, K_EV, MU_B, NA, F, R, WorkedSet, g, sp, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout15", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


def s(x: float, n: int = 4) -> float:
    """``x`` to ``n`` significant figures (an intermediate value as written)."""
    return float(f"{x:.{n - 1}e}")


def erf_table(z: float) -> float:
    """erf z as a four-decimal table entry."""
    return round(math.erf(z), 4)


# ---------------------------------------------------------------- crystallography / XRD

# cryst_01: W (BCC, a = 0.3165 nm), (220) with λ = 0.1542 nm; 2θ in degrees.
q = "h15a_cryst_01"
d1 = r(0.3165 / math.sqrt(8), 5)
sin1 = r(0.1542 / (2 * d1), 5)
th1 = r(math.degrees(math.asin(sin1)), 2)
add(
    q,
    "markdown",
    f"""
### Step 1: Interplanar spacing
For a cubic lattice d_hkl = a/√(h² + k² + l²). For (220), h² + k² + l² = 8 (allowed in BCC since \
h + k + l is even):
- d₂₂₀ = 0.3165/√8 = 0.3165/2.8284 = **{d1:.5f} nm**

### Step 2: Bragg's law (n = 1)
- sin θ = λ/(2d) = 0.1542/(2 × {d1:.5f}) = {sin1:.5f}
- θ = {th1:.2f}°

### Step 3: Diffraction angle
- 2θ = 2 × {th1:.2f}° = **{2 * th1:.2f}°**

**Answer:** the (220) reflection appears at 2θ ≈ {2 * th1:.2f}°.
""",
    2 * th1,
    "degree",
)
add(
    q,
    "terse",
    f"""
d₂₂₀ = a/√8 = 0.3165/2.8284 = {d1:.5f} nm
sin θ = λ/2d = 0.1542/{2 * d1:.5f} = {sin1:.5f}
θ = arcsin({sin1:.5f}) = {th1:.2f}°

Diffraction angle of (220): {th1:.2f}°
""",
    th1,
    "degree",
    "wrong_quantity",
    f"the Bragg angle θ = {th1:.2f}° is answered; the question asks for 2θ = {2 * th1:.2f}°",
)

# cryst_04: planar density of BCC (110), atoms/mm².
q = "h15a_cryst_04"
area4 = r(0.2866**2 * math.sqrt(2), 5)
pd4 = r(2 / area4, 2)
add(
    q,
    "given_first",
    f"""
**Given:** α-Fe, BCC, a = 0.2866 nm; plane (110).
**Find:** planar density in atoms/mm².

The (110) plane of a BCC cell is a rectangle a × a√2 passing through four corner atoms (each \
shared by four such rectangles, ¼ each) and the body-centre atom (wholly inside):
- atoms in the rectangle = 4 × ¼ + 1 = 2
- area = a²√2 = (0.2866)² × 1.4142 = {area4:.5f} nm²

PD = 2/{area4:.5f} nm² = {pd4:.2f} atoms/nm²

Since 1 nm = 10⁻⁶ mm, 1 nm² = 10⁻¹² mm², so

PD = {pd4:.2f} × 10¹² = {uni(pd4 * 1e12, 3)} atoms/mm²
""",
    s(pd4 * 1e12, 3),
    "1/mm**2",
)
add(
    q,
    "final_line",
    f"""
In BCC the (110) plane contains the face diagonal, so the planar cell is a × a√2 and holds \
4(¼) + 1 = 2 atoms.

Area = a²√2 = (0.2866 nm)²(1.4142) = {area4:.5f} nm²

PD = 2/{area4:.5f} = {pd4:.2f} atoms/nm²

Converting: 1 mm = 10⁷ nm, so 1 mm² = 10¹⁴ nm² and

PD = {pd4:.2f} × 10¹⁴ = {uni(pd4 * 1e14, 3)} atoms/mm²

**Final Answer:** {uni(pd4 * 1e14, 3)} atoms/mm²
""",
    s(pd4 * 1e14, 3),
    "1/mm**2",
    "unit_conversion",
    f"1 mm = 10⁶ nm, so 1 mm² = 10¹² nm² (not 10¹⁴); PD = {uni(pd4 * 1e12, 3)} atoms/mm²",
)

# ---------------------------------------------------------------- defects

# def_01: vacancies in Cu at 1000 °C, Q_v = 0.90 eV; ρ = 8.94 g/cm³, A = 63.55 g/mol.
q = "h15a_def_01"
n1 = s(NA * 8.94e6 / 63.55, 4)
kt1 = r(K_EV * 1273, 4)
x1 = r(0.90 / kt1, 3)
e1 = s(math.exp(-x1), 3)
nv1 = n1 * e1
kt1w = r(K_EV * 1000, 5)
x1w = r(0.90 / kt1w, 3)
e1w = s(math.exp(-x1w), 3)
nv1w = n1 * e1w
add(
    q,
    "tex",
    f"""
Number of atomic sites per m³ (copper: $\\rho = 8.94\\ \\mathrm{{g/cm^3}} = 8.94\\times10^6\\ \
\\mathrm{{g/m^3}}$, $A = 63.55\\ \\mathrm{{g/mol}}$):
$$N = \\frac{{N_A \\rho}}{{A}} = \\frac{{(6.022\\times10^{{23}})(8.94\\times10^{{6}})}}{{63.55}} \
= {tex(n1, 3)}\\ \\mathrm{{m^{{-3}}}}$$

With $T = 1000 + 273 = 1273\\ \\mathrm{{K}}$ and $k = 8.617\\times10^{{-5}}\\ \\mathrm{{eV/K}}$:
$$kT = {kt1:.4f}\\ \\mathrm{{eV}}, \\qquad \\frac{{Q_v}}{{kT}} = \\frac{{0.90}}{{{kt1:.4f}}} = {x1:.3f}$$

$$N_v = N \\exp\\left(-\\frac{{Q_v}}{{kT}}\\right) = ({tex(n1, 3)})\\,e^{{-{x1:.3f}}} \
= ({tex(n1, 3)})({tex(e1, 3)})$$

$$\\boxed{{N_v \\approx {tex(nv1, 3)}\\ \\mathrm{{vacancies/m^3}}}}$$
""",
    s(nv1, 3),
    "1/m**3",
)
add(
    q,
    "prose",
    f"""
The equilibrium vacancy count is N_v = N exp(−Q_v/kT). First, the number of lattice sites per \
cubic metre of copper, using ρ = 8.94 g/cm³ and A = 63.55 g/mol, is N = N_A ρ/A = \
(6.022 × 10²³)(8.94 × 10⁶ g/m³)/63.55 = {uni(n1, 3)} m⁻³.

Next, with Boltzmann's constant k = 8.617 × 10⁻⁵ eV/K and T = 1000, kT = {kt1w:.5f} eV, so \
Q_v/kT = 0.90/{kt1w:.5f} = {x1w:.3f} and exp(−{x1w:.3f}) = {uni(e1w, 3)}.

Multiplying, N_v = ({uni(n1, 3)})({uni(e1w, 3)}) = {uni(nv1w, 3)} m⁻³.

Therefore, the answer is about {uni(nv1w, 3)} vacancies per cubic metre.
""",
    s(nv1w, 3),
    "1/m**3",
    "unit_conversion",
    f"T = 1000 °C was used as 1000 K; T = 1273 K gives kT = {kt1:.4f} eV and "
    f"N_v = {uni(nv1, 3)} m⁻³",
)

# def_06: line energy ½Gb² with G = 45 GPa, b = 0.25 nm, in eV/nm.
q = "h15a_def_06"
ej6 = 0.5 * 45e9 * (0.25e-9) ** 2
ev6 = r(ej6 * 1e-9 / E_CH, 2)
ej6w = 45e9 * (0.25e-9) ** 2
ev6w = r(ej6w * 1e-9 / E_CH, 2)
add(
    q,
    "bare",
    f"""
E_line ≈ ½Gb² = 0.5 × (45 × 10⁹ Pa)(0.25 × 10⁻⁹ m)²
= 0.5 × 45 × 10⁹ × 6.25 × 10⁻²⁰ = {uni(ej6, 4)} J/m

Per nanometre: {uni(ej6, 4)} J/m × 10⁻⁹ m/nm = {uni(ej6 * 1e-9, 4)} J/nm
In eV (1 eV = 1.602 × 10⁻¹⁹ J): {uni(ej6 * 1e-9, 4)}/1.602 × 10⁻¹⁹ = {ev6:.2f}

≈ {ev6:.2f}
""",
    ev6,
    "eV/nm",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Line energy in SI units
The elastic energy per unit length of a dislocation scales as G b²:
- E_line ≈ G b² = (45 × 10⁹ Pa)(0.25 × 10⁻⁹ m)² = 45 × 10⁹ × 6.25 × 10⁻²⁰ = **{uni(ej6w, 4)} J/m**

### Step 2: Per nanometre
- {uni(ej6w, 4)} J/m × 10⁻⁹ m/nm = {uni(ej6w * 1e-9, 4)} J/nm

### Step 3: Convert to eV
- 1 eV = 1.602 × 10⁻¹⁹ J → {uni(ej6w * 1e-9, 4)}/(1.602 × 10⁻¹⁹) = **{ev6w:.2f} eV/nm**

**Answer:** about {ev6w:.2f} eV per nanometre of dislocation line.
""",
    ev6w,
    "eV/nm",
    "missing_factor",
    f"the ½ of E ≈ ½Gb² was dropped in step 1: E = {uni(ej6, 4)} J/m, i.e. {ev6:.2f} eV/nm",
)

# ---------------------------------------------------------------- diffusion

# diff_02: D at 550 °C with D0 = 2.3e-5 m²/s, Q = 148 kJ/mol.
q = "h15a_diff_02"
rt2 = r(R * 823, 1)
x2 = r(148000 / rt2, 3)
e2 = s(math.exp(-x2), 4)
d2 = 2.3e-5 * e2
x2w = r(184000 / rt2, 3)
e2w = s(math.exp(-x2w), 4)
d2w = 2.3e-5 * e2w
add(
    q,
    "terse",
    f"""
T = 550 + 273 = 823 K
RT = 8.314 × 823 = {rt2:.1f} J/mol
Q/RT = 148 000/{rt2:.1f} = {x2:.3f}
exp(−{x2:.3f}) = {uni(e2, 4)}
D = 2.3 × 10⁻⁵ × {uni(e2, 4)} = {uni(d2, 3)} m²/s
""",
    s(d2, 3),
    "m**2/s",
)
add(
    q,
    "given_first",
    f"""
**Given:** D₀ = 2.3 × 10⁻⁵ m²/s, Q_d = 184 kJ/mol, T = 550 °C = 823 K, R = 8.314 J/(mol·K)
**Find:** D at 550 °C

D = D₀ exp(−Q_d/RT)

RT = 8.314 × 823 = {rt2:.1f} J/mol
Q_d/RT = 184 000/{rt2:.1f} = {x2w:.3f}
exp(−{x2w:.3f}) = {uni(e2w, 4)}

D = (2.3 × 10⁻⁵)({uni(e2w, 4)}) = **{uni(d2w, 3)} m²/s**
""",
    s(d2w, 3),
    "m**2/s",
    "given_miscopied",
    f"Q_d is 148 kJ/mol, copied as 184; Q/RT = {x2:.3f} and D = {uni(d2, 3)} m²/s",
)

# diff_05: carburizing 0.20 → 1.00 wt% C surface, 0.60 wt% at 0.75 mm, D = 1.6e-11 m²/s.
q = "h15a_diff_05"
lo5, hi5 = 0.45, 0.50
z5 = r(lo5 + (hi5 - lo5) * (0.5 - erf_table(lo5)) / (erf_table(hi5) - erf_table(lo5)), 4)
z5sq = r(z5**2, 4)
t5 = (0.75e-3) ** 2 / (4 * 1.6e-11 * z5sq)
t5w = (0.75e-3) ** 2 / (1.6e-11 * z5sq)
add(
    q,
    "prose",
    f"""
For carburizing a semi-infinite solid, Fick's second law gives (C_x − C₀)/(C_s − C₀) = \
1 − erf[x/(2√(Dt))]. Here (0.60 − 0.20)/(1.00 − 0.20) = 0.40/0.80 = 0.50, so \
erf[x/(2√(Dt))] = 0.50.

From the error-function table, erf(0.45) = {erf_table(lo5):.4f} and erf(0.50) = \
{erf_table(hi5):.4f}; interpolating gives z = {z5:.4f}.

Then x/(2√(Dt)) = {z5:.4f}, so t = x²/(4Dz²) = (7.5 × 10⁻⁴ m)²/(4 × 1.6 × 10⁻¹¹ m²/s × \
{z5sq:.4f}) = {sp(t5, 4)} s. Dividing by 3600 s/h gives {t5 / 3600:.2f} h.

Therefore, the answer is about {t5 / 3600:.1f} hours.
""",
    r(t5 / 3600, 1),
    "hour",
)
add(
    q,
    "tex",
    f"""
$$\\frac{{C_x - C_0}}{{C_s - C_0}} = \\frac{{0.60-0.20}}{{1.00-0.20}} = 0.50 = 1 - \
\\operatorname{{erf}}(z) \\;\\Rightarrow\\; \\operatorname{{erf}}(z) = 0.50$$

Interpolating the table between $\\operatorname{{erf}}(0.45) = {erf_table(lo5):.4f}$ and \
$\\operatorname{{erf}}(0.50) = {erf_table(hi5):.4f}$: $z = {z5:.4f}$.

With $z = x/\\sqrt{{Dt}}$:
$$t = \\frac{{x^2}}{{D z^2}} = \\frac{{(7.5\\times10^{{-4}})^2}}{{(1.6\\times10^{{-11}})({z5sq:.4f})}} \
= {tex(t5w, 4)}\\ \\mathrm{{s}}$$

$$t = \\frac{{{tex(t5w, 4)}}}{{3600}} \\;\\Rightarrow\\; \\boxed{{t \\approx {t5w / 3600:.1f}\\ \
\\mathrm{{h}}}}$$
""",
    r(t5w / 3600, 1),
    "hour",
    "missing_factor",
    f"the argument of erf is x/(2√(Dt)), not x/√(Dt); t = x²/(4Dz²) = {sp(t5, 4)} s = "
    f"{t5 / 3600:.1f} h",
)

# ---------------------------------------------------------------- mechanical properties

# mech_01: brass rod, d = 10 mm, 15 kN, E = 110 GPa, ν = 0.34; Δd in µm.
q = "h15a_mech_01"
a1m = r(math.pi * 0.005**2, 9)
sig1 = r(15000 / a1m / 1e6, 1)
ez1 = s(sig1 / 110e3, 4)
ex1 = s(-0.34 * ez1, 4)
dd1 = r(ex1 * 10e3, 2)
add(
    q,
    "final_line",
    f"""
Axial stress: σ = F/A₀ = 15 000 N/[π(0.005 m)²] = 15 000 N/({uni(a1m, 4)} m²) = {sig1:.1f} MPa

Axial strain: ε_z = σ/E = {sig1:.1f}/110 000 = {uni(ez1, 4)}

Lateral strain: ε_x = −ν ε_z = −0.34 × {uni(ez1, 4)} = {uni(ex1, 4)}

Change in diameter: Δd = ε_x d₀ = ({uni(ex1, 4)})(10 mm) = {ex1 * 10:.5f} mm = {dd1:.2f} µm

**Final Answer:** Δd ≈ {dd1:.2f} µm (the rod gets thinner)
""",
    dd1,
    "um",
)
add(
    q,
    "bare",
    f"""
σ = F/A = 15 000/(π × 0.005²) = {sig1:.1f} MPa
ε_axial = σ/E = {sig1:.1f}/110 000 = {uni(ez1, 4)}
ε_lateral = ν ε_axial = 0.34 × {uni(ez1, 4)} = {uni(-ex1, 4)}
Δd = ε_lateral × d = {uni(-ex1, 4)} × 10 mm = {-ex1 * 10:.5f} mm

Δd ≈ {-dd1:.2f}
""",
    -dd1,
    "um",
    "sign_error",
    f"the lateral strain is −ν ε_axial = {uni(ex1, 4)}; the diameter decreases, Δd = {dd1:.2f} µm",
)

# mech_06: modulus of resilience, σy = 60 ksi, E = 29e6 psi, in kJ/m³.
q = "h15a_mech_06"
sy6 = r(60 * 6.895, 1)
e6 = r(29e6 * 6.895e-6, 1)
sq6 = r(sy6**2, 0)
ur6 = sq6 / (2 * e6 * 1e3)
sq6w = 117_148.0
assert str(int(sq6)) == "171148", sq6
ur6w = sq6w / (2 * e6 * 1e3)
add(
    q,
    "markdown",
    f"""
### Step 1: Convert to SI (1 ksi = 6.895 MPa, 1 psi = 6.895 × 10⁻⁶ GPa)
- σ_y = 60 ksi × 6.895 = **{sy6:.1f} MPa**
- E = 29 × 10⁶ psi × 6.895 × 10⁻⁶ = **{e6:.1f} GPa** = {sp(e6 * 1e3, 6)} MPa

### Step 2: Modulus of resilience
U_r = σ_y²/(2E)
- σ_y² = ({sy6:.1f})² = {sp(sq6, 6)} MPa²
- U_r = {sp(sq6, 6)}/(2 × {sp(e6 * 1e3, 6)}) = **{ur6:.4f} MPa** = {ur6:.4f} MJ/m³

### Step 3: Units
- 1 MPa = 1 MJ/m³ = 1000 kJ/m³ → U_r = **{ur6 * 1000:.0f} kJ/m³**

**Answer:** U_r ≈ {ur6 * 1000:.0f} kJ/m³
""",
    r(ur6 * 1000, 0),
    "kJ/m**3",
)
add(
    q,
    "prose",
    f"""
The modulus of resilience is the area under the elastic part of the stress–strain curve, \
U_r = σ_y²/(2E). In SI units, σ_y = 60 ksi × 6.895 MPa/ksi = {sy6:.1f} MPa and \
E = 29 × 10⁶ psi × 6.895 × 10⁻⁶ GPa/psi = {e6:.1f} GPa = {sp(e6 * 1e3, 6)} MPa.

Squaring the yield strength gives σ_y² = ({sy6:.1f})² = {sp(sq6w, 6)} MPa², so \
U_r = {sp(sq6w, 6)}/(2 × {sp(e6 * 1e3, 6)}) = {ur6w:.4f} MPa. Since 1 MPa = 1 MJ/m³, this is \
{ur6w * 1000:.0f} kJ/m³.

Therefore, the answer is approximately {ur6w * 1000:.0f} kJ/m³.
""",
    r(ur6w * 1000, 0),
    "kJ/m**3",
    "arithmetic_slip",
    f"({sy6:.1f})² = {sp(sq6, 6)}, not {sp(sq6w, 6)}; U_r = {ur6 * 1000:.0f} kJ/m³",
)

# ---------------------------------------------------------------- failure

# fail_01: edge crack 2.5 mm, Y = 1.12, K_IC = 45 MPa√m.
q = "h15a_fail_01"
root1 = r(math.sqrt(math.pi * 0.0025), 5)
sf1 = 45 / (1.12 * root1)
root1w = r(math.sqrt(math.pi * 0.00125), 5)
sf1w = 45 / (1.12 * root1w)
add(
    q,
    "given_first",
    f"""
**Given:** K_IC = 45 MPa√m, σ_y = 600 MPa, edge crack a = 2.5 mm = 0.0025 m, Y = 1.12
**Find:** fracture stress σ_c

K_IC = Y σ_c √(πa) ⇒ σ_c = K_IC/(Y√(πa))

√(πa) = √(π × 0.0025) = {root1:.5f} m^½

σ_c = 45/(1.12 × {root1:.5f}) = 45/{1.12 * root1:.5f} = **{sf1:.0f} MPa**

This is below σ_y = 600 MPa, so linear-elastic fracture mechanics applies.
σ_c ≈ {sf1:.0f} MPa
""",
    r(sf1, 0),
    "MPa",
)
add(
    q,
    "terse",
    f"""
σ_c = K_IC/(Y√(πa))
crack length 2.5 mm → a = half of it = 1.25 mm = 0.00125 m
√(π × 0.00125) = {root1w:.5f}
σ_c = 45/(1.12 × {root1w:.5f}) = {sf1w:.0f} MPa
""",
    r(sf1w, 0),
    "MPa",
    "wrong_formula",
    f"for an edge crack a is the full depth, 2.5 mm (half-length only for an internal crack); "
    f"σ_c = {sf1:.0f} MPa",
)

# ---------------------------------------------------------------- phase diagrams

# phase_01: lever rule, C0 = 40, C_L = 33, C_α = 46 wt% Ni.
q = "h15a_phase_01"
wa1 = 100 * (40 - 33) / (46 - 33)
wa1w = 100 * (46 - 40) / (46 - 33)
add(
    q,
    "bare",
    f"""
Lever rule: W_α = (C₀ − C_L)/(C_α − C_L)
= (40 − 33)/(46 − 33) = 7/13 = {wa1 / 100:.4f}

{wa1:.1f}
""",
    r(wa1, 1),
    "percent",
)
add(
    q,
    "tex",
    f"""
By the lever rule, the fraction of $\\alpha$ is the segment of the tie line on the $\\alpha$ \
side of the alloy composition divided by the whole tie line:
$$W_\\alpha = \\frac{{C_\\alpha - C_0}}{{C_\\alpha - C_L}} = \\frac{{46 - 40}}{{46 - 33}} \
= \\frac{{6}}{{13}} = {wa1w / 100:.4f}$$

$$\\boxed{{W_\\alpha \\approx {wa1w:.1f}\\,\\%}}$$
""",
    r(wa1w, 1),
    "percent",
    "wrong_formula",
    f"the lever arm opposite α is used for α: W_α = (C₀ − C_L)/(C_α − C_L) = 7/13 = {wa1:.1f} %",
)

# ---------------------------------------------------------------- transformations

# trans_01: Avrami n = 2.5, 50 % at 120 s; time to 90 %.
q = "h15a_trans_01"
k1 = s(math.log(2) / 120**2.5, 4)
ratio1 = r(math.log(10) / math.log(2), 4)
fac1 = r(ratio1**0.4, 4)
t1 = 120 * fac1
add(
    q,
    "markdown",
    f"""
### Step 1: Write the two conditions
- 50 %: exp(−k t₅₀^2.5) = 0.5 → k t₅₀^2.5 = ln 2 = 0.6931
- 90 %: exp(−k t₉₀^2.5) = 0.1 → k t₉₀^2.5 = ln 10 = 2.3026

### Step 2: Divide to eliminate k
- (t₉₀/t₅₀)^2.5 = 2.3026/0.6931 = {ratio1:.4f}
- t₉₀/t₅₀ = {ratio1:.4f}^(1/2.5) = {ratio1:.4f}^0.4 = {fac1:.4f}

### Step 3: Time
- t₉₀ = 120 s × {fac1:.4f} = **{t1:.1f} s**

(Check: k = 0.6931/120^2.5 = {uni(k1, 4)} s^−2.5.)

**Answer:** about {t1:.0f} s
""",
    r(t1, 0),
    "s",
)
t1w = 149.0
assert f"{t1:.0f}" == "194", t1
add(
    q,
    "final_line",
    f"""
From y = 1 − exp(−k tⁿ): k tⁿ = −ln(1 − y).

At y = 0.5: k(120)^2.5 = ln 2 = 0.6931
At y = 0.9: k t^2.5 = ln 10 = 2.3026

Dividing: (t/120)^2.5 = {ratio1:.4f} → t/120 = {fac1:.4f} → t = {t1:.1f} s

**Final Answer:** t ≈ {t1w:.0f} s
""",
    t1w,
    "s",
    "final_miscopied",
    f"the computed {t1:.1f} s is written as {t1w:.0f} s in the final line; the answer is "
    f"{t1:.0f} s",
)

# ---------------------------------------------------------------- electrical / semiconductors

# elec_03: ln σ vs 1/T slope −6960 K → E_g = 2k × 6960.
q = "h15b_elec_03"
eg3 = 2 * K_EV * 6960
eg3w = K_EV * 6960
add(
    q,
    "prose",
    f"""
For an intrinsic semiconductor σ = n_i e(μ_e + μ_h), and n_i ∝ exp(−E_g/2kT), so (neglecting \
the weak temperature dependence of the prefactor) ln σ = const − E_g/(2k) · (1/T).

The slope of ln σ against 1/T is therefore −E_g/(2k) = −6960 K, which gives \
E_g = 2k × 6960 K = 2 × 8.617 × 10⁻⁵ eV/K × 6960 K = {eg3:.3f} eV.

Therefore, the answer is E_g ≈ {eg3:.2f} eV.
""",
    r(eg3, 2),
    "eV",
)
add(
    q,
    "given_first",
    f"""
**Given:** slope of ln σ vs 1/T = −6960 K; k = 8.617 × 10⁻⁵ eV/K
**Find:** E_g

The conductivity is thermally activated, σ = σ₀ exp(−E_g/kT), so ln σ = ln σ₀ − (E_g/k)(1/T).

Slope = −E_g/k ⇒ E_g = k × 6960 = 8.617 × 10⁻⁵ × 6960 = **{eg3w:.3f} eV**

E_g ≈ {eg3w:.2f} eV
""",
    r(eg3w, 2),
    "eV",
    "wrong_formula",
    f"intrinsic carriers go as exp(−E_g/2kT), so the slope is −E_g/2k and E_g = {eg3:.2f} eV",
)

# ---------------------------------------------------------------- magnetic

# mag_01: Ms of Ni, ρ = 8.90 g/cm³, A = 58.69 g/mol, 0.60 μB/atom.
q = "h15b_mag_01"
num1 = s(8.90e6 * NA, 5)
n1m = s(num1 / 58.69, 4)
mu1 = r(0.60 * MU_B * 1e24, 4)
ms1 = mu1 * 1e-24 * n1m
n1mw = 8.132e28
assert f"{n1m:.3e}" == "9.132e+28", n1m
ms1w = mu1 * 1e-24 * n1mw
add(
    q,
    "tex",
    f"""
Nickel carries a net moment of about $0.60\\,\\mu_B$ per atom, with \
$\\mu_B = 9.274\\times10^{{-24}}\\ \\mathrm{{A\\,m^2}}$.

Atoms per cubic metre:
$$N = \\frac{{\\rho N_A}}{{A}} = \\frac{{(8.90\\times10^{{6}}\\ \\mathrm{{g/m^3}})(6.022\\times10^{{23}})}}\
{{58.69\\ \\mathrm{{g/mol}}}} = \\frac{{{tex(num1, 4)}}}{{58.69}} = {tex(n1m, 4)}\\ \\mathrm{{m^{{-3}}}}$$

$$M_s = 0.60\\,\\mu_B N = ({mu1:.4f}\\times10^{{-24}})({tex(n1m, 4)}) \
= \\boxed{{{tex(ms1, 3)}\\ \\mathrm{{A/m}}}}$$
""",
    s(ms1, 3),
    "A/m",
)
add(
    q,
    "terse",
    f"""
N = ρN_A/A = (8.90 × 10⁶ g/m³)(6.022 × 10²³)/58.69 = {uni(num1, 4)}/58.69 = {uni(n1mw, 4)} m⁻³
moment per atom = 0.60 μ_B = 0.60 × 9.274 × 10⁻²⁴ = {mu1:.4f} × 10⁻²⁴ A·m²
M_s = {mu1:.4f} × 10⁻²⁴ × {uni(n1mw, 4)} = {uni(ms1w, 3)} A/m
""",
    s(ms1w, 3),
    "A/m",
    "arithmetic_slip",
    f"{uni(num1, 4)}/58.69 = {uni(n1m, 4)} m⁻³, not {uni(n1mw, 4)}; M_s = {uni(ms1, 3)} A/m",
)

# mag_04: Curie law χ ∝ 1/T, 300 K → 77 K.
q = "h15b_mag_04"
chi4 = 3.2e-4 * 300 / 77
chi4w = 3.2e-4 * 77 / 300
add(
    q,
    "bare",
    f"""
Curie law: χ = C/T, so χ₂ = χ₁ T₁/T₂.
Liquid nitrogen boils at 77 K.
χ₂ = 3.2 × 10⁻⁴ × 300/77 = 3.2 × 10⁻⁴ × {300 / 77:.3f}

{uni(chi4, 3)}
""",
    s(chi4, 3),
    "dimensionless",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Temperatures
- initial T₁ = 300 K
- boiling liquid nitrogen: T₂ = 77 K

### Step 2: Scale the susceptibility
Thermal agitation sets how strongly the moments line up, so χ scales with T:
- χ₂ = χ₁ (T₂/T₁) = 3.2 × 10⁻⁴ × (77/300) = 3.2 × 10⁻⁴ × {77 / 300:.4f}

**Answer:** χ ≈ {uni(chi4w, 3)}
""",
    s(chi4w, 3),
    "dimensionless",
    "wrong_formula",
    f"the Curie law is χ = C/T, so χ₂ = χ₁ T₁/T₂ = {uni(chi4, 3)}",
)

# ---------------------------------------------------------------- optical

# opt_02: acceptance half-angle, n_core = 1.48, n_clad = 1.46.
q = "h15b_opt_02"
na2 = r(math.sqrt(1.48**2 - 1.46**2), 5)
th2 = math.degrees(math.asin(na2))
na2w = r(math.sqrt(1.48**2 - 1.45**2), 5)
th2w = math.degrees(math.asin(na2w))
add(
    q,
    "terse",
    f"""
NA = √(n₁² − n₂²) = √(1.48² − 1.46²) = √(2.1904 − 2.1316) = √0.0588 = {na2:.5f}
sin θ_max = NA/n_air = {na2:.5f}
θ_max = arcsin({na2:.5f}) = {th2:.2f}°
""",
    r(th2, 2),
    "degree",
)
add(
    q,
    "prose",
    f"""
Light entering the end face from air is guided if, after refraction, it meets the \
core–cladding boundary beyond the critical angle. This limits the entry angle to \
sin θ_max = √(n_core² − n_clad²), the numerical aperture.

With n_core = 1.48 and n_clad = 1.45: NA = √(2.1904 − 2.1025) = √0.0879 = {na2w:.5f}, and \
θ_max = arcsin({na2w:.5f}) = {th2w:.2f}°.

Therefore, the answer is about {th2w:.1f}° from the fibre axis.
""",
    r(th2w, 1),
    "degree",
    "given_miscopied",
    f"the cladding index is 1.46, copied as 1.45; NA = {na2:.5f} and θ_max = {th2:.2f}°",
)

# ---------------------------------------------------------------- thermal

# therm_01: rail gap, L = 12 m, −20 °F → 110 °F, α = 12e-6 /°C, in inches.
q = "h15b_therm_01"
dtc1 = r(130 * 5 / 9, 2)
dl1 = r(12e-6 * 12 * dtc1 * 1000, 2)
gap1 = dl1 / 25.4
gap1w = dl1 / 2.54
add(
    q,
    "final_line",
    f"""
Temperature rise: ΔT = 110 − (−20) = 130 °F = 130 × 5/9 = {dtc1:.2f} °C

Free expansion of one rail: ΔL = αL₀ΔT = (12 × 10⁻⁶ /°C)(12 m)({dtc1:.2f} °C) = \
{dl1 / 1000:.5f} m = {dl1:.2f} mm

The rails must just touch at 110 °F, so the gap equals ΔL:
gap = {dl1:.2f} mm ÷ 25.4 mm/in = {gap1:.3f} in

**Final Answer:** ≈ {gap1:.2f} in
""",
    r(gap1, 2),
    "inch",
)
add(
    q,
    "given_first",
    f"""
**Given:** L₀ = 12 m, T: −20 °F → 110 °F, α = 12 × 10⁻⁶ per °C
**Find:** gap (in.) so that the rails just touch at 110 °F

ΔT = 130 °F × 5/9 = {dtc1:.2f} °C

ΔL = αL₀ΔT = 12 × 10⁻⁶ × 12 m × {dtc1:.2f} = {dl1 / 1000:.5f} m = {dl1:.2f} mm

In inches: {dl1:.2f} mm / 2.54 = **{gap1w:.2f} in**
""",
    r(gap1w, 2),
    "inch",
    "unit_conversion",
    f"1 in = 25.4 mm (2.54 is cm); the gap is {dl1:.2f} mm = {gap1:.2f} in",
)

# ---------------------------------------------------------------- polymers

# poly_04: freely jointed PE chain, Mn = 280 000, l = 0.154 nm.
q = "h15b_poly_04"
m4 = 2 * 12.01 + 4 * 1.008
dp4 = r(280000 / m4, 0)
nb4 = 2 * dp4
rms4 = 0.154 * math.sqrt(nb4)
rms4w = 0.154 * math.sqrt(dp4)
add(
    q,
    "markdown",
    f"""
### Step 1: Degree of polymerization
- repeat unit –CH₂–CH₂–: M₀ = 2(12.01) + 4(1.008) = {m4:.2f} g/mol
- DP = 280 000/{m4:.2f} = **{dp4:.0f}**

### Step 2: Number of backbone bonds
Each repeat unit contributes two C–C bonds to the backbone:
- N = 2 × {dp4:.0f} = {nb4:.0f}

### Step 3: Freely jointed chain
- ⟨r²⟩^½ = l√N = 0.154 nm × √{nb4:.0f} = 0.154 × {math.sqrt(nb4):.2f} = **{rms4:.1f} nm**

(The bond angle is not needed in the freely jointed model.)

**Answer:** r_rms ≈ {rms4:.1f} nm
""",
    r(rms4, 1),
    "nm",
)
add(
    q,
    "tex",
    f"""
Repeat unit of polyethylene, $\\mathrm{{C_2H_4}}$: $M_0 = {m4:.2f}\\ \\mathrm{{g/mol}}$, so
$$N = \\frac{{M_n}}{{M_0}} = \\frac{{280\\,000}}{{{m4:.2f}}} = {dp4:.0f}$$
segments of length $l = 0.154\\ \\mathrm{{nm}}$. For a freely jointed chain
$$\\sqrt{{\\langle r^2\\rangle}} = l\\sqrt{{N}} = 0.154 \\times \\sqrt{{{dp4:.0f}}} \
= 0.154 \\times {math.sqrt(dp4):.2f}$$
$$\\boxed{{r_{{\\mathrm{{rms}}}} \\approx {rms4w:.1f}\\ \\mathrm{{nm}}}}$$
""",
    r(rms4w, 1),
    "nm",
    "missing_factor",
    f"each C₂H₄ unit adds two backbone bonds, so N = {nb4:.0f} (not {dp4:.0f}) and "
    f"r_rms = {rms4:.1f} nm",
)

# ---------------------------------------------------------------- ceramics / composites

# cc_01: isostrain modulus, 40 vol% glass (10.5e6 psi) in polyester (0.50e6 psi), GPa.
q = "h15b_cc_01"
ec1 = 0.4 * 10.5 + 0.6 * 0.50
ec1g = r(ec1 * 6.895, 2)
ec1w = 0.4 * 10.5 + 0.03
ec1wg = r(ec1w * 6.895, 2)
add(
    q,
    "tex",
    f"""
Along the fibres the rule of mixtures (isostrain) applies:
$$E_c = E_f V_f + E_m V_m = (10.5\\times10^6)(0.40) + (0.50\\times10^6)(0.60) \
= {g(ec1, 3)}\\times10^6\\ \\mathrm{{psi}}$$
With $1\\ \\mathrm{{psi}} = 6.895\\times10^{{-6}}\\ \\mathrm{{GPa}}$:
$$E_c = {g(ec1, 3)}\\times10^6 \\times 6.895\\times10^{{-6}} = \\boxed{{{ec1g:.1f}\\ \\mathrm{{GPa}}}}$$
""",
    r(ec1g, 1),
    "GPa",
)
add(
    q,
    "bare",
    f"""
E_c = V_f E_f + V_m E_m
= 0.40 × 10.5 × 10⁶ + 0.60 × 0.50 × 10⁶
= 4.20 × 10⁶ + 0.03 × 10⁶ = {ec1w:.2f} × 10⁶ psi
× 6.895 × 10⁻⁶ GPa/psi

{ec1wg:.1f}
""",
    r(ec1wg, 1),
    "GPa",
    "arithmetic_slip",
    f"0.60 × 0.50 × 10⁶ = 0.30 × 10⁶ psi (not 0.03); E_c = {g(ec1, 3)} × 10⁶ psi = {ec1g:.1f} GPa",
)

# ---------------------------------------------------------------- corrosion

# corr_01: Zn | Zn²⁺ (0.010 M) || Cu²⁺ (0.50 M) | Cu at 25 °C.
q = "h15b_corr_01"
lq1 = r(math.log10(0.010 / 0.50), 3)
e1c = 1.100 - 0.0296 * lq1
e1cw = 1.100 + 0.0296 * lq1
add(
    q,
    "given_first",
    f"""
**Given:** Cu²⁺ + 2e⁻ → Cu, E° = +0.340 V; Zn²⁺ + 2e⁻ → Zn, E° = −0.760 V; \
[Zn²⁺] = 0.010 M, [Cu²⁺] = 0.50 M, T = 298 K, n = 2
**Find:** cell voltage

Overall reaction: Zn + Cu²⁺ → Zn²⁺ + Cu, E°_cell = 0.340 − (−0.760) = 1.100 V

Nernst: E = E° − (0.0592/n) log([Zn²⁺]/[Cu²⁺])
log(0.010/0.50) = log(0.020) = {lq1:.3f}
E = 1.100 − 0.0296 × ({lq1:.3f}) = 1.100 + {-0.0296 * lq1:.4f} = **{e1c:.3f} V**
""",
    r(e1c, 3),
    "V",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Standard cell potential
- Cu²⁺/Cu: +0.340 V, Zn²⁺/Zn: −0.760 V
- E° = 0.340 − (−0.760) = **1.100 V**

### Step 2: Nernst correction (n = 2, 25 °C: 2.303RT/F = 0.0592 V)
- E = E° − (0.0592/2) log([Cu²⁺]/[Zn²⁺])
- log(0.50/0.010) = log 50 = {-lq1:.3f}
- E = 1.100 − 0.0296 × {-lq1:.3f} = 1.100 − {-0.0296 * lq1:.4f}

**Answer:** E_cell ≈ {e1cw:.3f} V
""",
    r(e1cw, 3),
    "V",
    "sign_error",
    f"the reaction quotient is [Zn²⁺]/[Cu²⁺] = 0.020 (products over reactants), so the "
    f"correction is +{-0.0296 * lq1:.4f} V and E = {e1c:.3f} V",
)

# corr_07: Ni concentration cell at 60 °C, 1.0 M vs 1.0e-3 M, |ΔE| in mV.
q = "h15b_corr_07"
rtf7 = r(R * 333 / F, 5)
de7 = rtf7 / 2 * math.log(1000) * 1000
de7w = rtf7 / 2 * 3 * 1000
add(
    q,
    "prose",
    f"""
The two half-cells differ only in concentration, so E° cancels and the Nernst equation gives \
ΔE = (RT/nF) ln(c₁/c₂), with n = 2 for Ni → Ni²⁺ + 2e⁻.

At 60 °C, T = 333 K, so RT/F = (8.314 × 333)/96 485 = {rtf7:.5f} V and RT/2F = \
{rtf7 / 2:.6f} V. The ratio of concentrations is 1000 and ln 1000 = 6.908.

ΔE = {rtf7 / 2:.6f} × 6.908 = {de7 / 1000:.4f} V.

Therefore, the answer is about {de7:.1f} mV.
""",
    r(de7, 1),
    "mV",
)
add(
    q,
    "terse",
    f"""
ΔE = (RT/nF) log(c₁/c₂), n = 2, T = 333 K
RT/F = 8.314 × 333/96 485 = {rtf7:.5f} V
RT/2F = {rtf7 / 2:.6f} V
log(1000) = 3
ΔE = {rtf7 / 2:.6f} × 3 = {de7w / 1000:.4f} V = {de7w:.1f} mV
""",
    r(de7w, 1),
    "mV",
    "wrong_constant",
    f"RT/nF goes with ln (or 2.303RT/nF with log₁₀): ln 1000 = 6.908 gives ΔE = {de7:.1f} mV",
)

if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
