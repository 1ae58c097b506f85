"""Build tests/data/worked_answers_heldout13.jsonl: blind worked answers to 20 questions of set N.

Written blind to 20 questions of ``answer_exam_heldout13.json`` (exam set N), covering all its
fourteen topics and skipping the must-refuse items and the items with two readings; the answer
engine, its checker and its solver were not read. Every question has two responses: one correct
throughout, and one with exactly one labelled mistake (``worked_answers_check.ERROR_CLASSES``)
whose note names the first wrong step and the value it should have had.

Twelve of the twenty mistakes are physics or chemistry errors carried through with clean
arithmetic: the Bragg angle θ reported where the diffractometer angle 2θ is asked, °C used as K in
the vacancy fraction, the magnification factor (100)² dropped in the ASTM grain count, log₁₀ used
for ln in an activation energy from two diffusivities, the rod diameter used as the radius of its
section, the reduction in area (a fracture datum) used to turn engineering into true stress before
necking, the full length of a through crack used as the half-length a, the lever arms swapped so
that the ferrite mass is given for the cementite mass, the hole term dropped from the intrinsic
conductivity, the sign of the constrained thermal stress lost (compression given as tension), the
polyethylene repeat unit used for polypropylene, and the isostress (transverse) rule used for the
longitudinal modulus. The other eight are slips: seconds turned into hours by dividing by 60, a
mis-copied yield strength, a fraction where atom percent is asked, 1455 + 273 added as 1628, a
time put in minutes into a law written for seconds, a mis-copied final exponent, ħ quoted as
Planck's constant, and in² turned into cm² with the linear factor 2.54.

Writing styles copied from chat models: "### Step" markdown with bullets, TeX display maths
closing with ``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains,
a "Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. Constants are quoted with their values; some responses close with a
short check that quotes other numbers, and several restate a given in an equivalent unit. All
numbers are computed below, and intermediate values are rounded the way a model rounds them, so
that only the labelled step is wrong.

Run: ``python tests/data/build_worked_answers_heldout13.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout13``.
"""

from __future__ import annotations

import math

from worked_writing import C_0, E_CH, H_PL, K_EV, NA, WorkedSet, sci, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout13", styles=STYLES)
add = SET.add_styled
H_BAR = 1.055e-34  # J·s, the reduced constant a wrong response quotes for h
PSI = 6895.0  # Pa per psi, as a response writes it


def th(x: float) -> str:
    """``x`` as a whole number with spaced thousands (``38 596``)."""
    return f"{x:,.0f}".replace(",", " ")


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


# ---------------------------------------------------------------- crystallography / XRD

# cryst_01: 2θ of Cu (111) with Mo Kα.
q = "h13a_cryst_01"
d111 = r(0.3615 / math.sqrt(3), 4)
s1 = r(0.0711 / (2 * d111), 5)
th1 = math.degrees(math.asin(s1))
add(
    q,
    "markdown",
    f"""
### Step 1: Lattice parameter and interplanar spacing
- Copper is FCC with a = 0.3615 nm (standard room-temperature value)
- d₁₁₁ = a/√(h² + k² + l²) = 0.3615/√3 = **{d111:.4f} nm**

### Step 2: Bragg's law (n = 1)
- sin θ = λ/(2d) = 0.0711/(2 × {d111:.4f}) = {s1:.5f}
- θ = arcsin({s1:.5f}) = {th1:.2f}°

### Step 3: Diffraction angle
- 2θ = 2 × {th1:.2f}° = **{2 * th1:.2f}°**

**Answer:** the Cu (111) line appears at 2θ ≈ {2 * th1:.2f}°.

With Cu Kα (0.1542 nm) the same line sits near 43.3°; the much shorter Mo wavelength pushes it \
to low angle, as expected.
""",
    r(2 * th1, 2),
    "degree",
)
add(
    q,
    "bare",
    f"""
For FCC copper, a = 0.3615 nm, so d(111) = 0.3615/√3 = {d111:.4f} nm.

Bragg: λ = 2d sin θ → sin θ = 0.0711/(2 × {d111:.4f}) = {s1:.5f}

θ = {th1:.2f}

{th1:.2f}
""",
    r(th1, 2),
    "degree",
    "wrong_quantity",
    f"θ = {th1:.2f}° is the Bragg angle; the diffractometer reads 2θ = {2 * th1:.2f}°",
)

# ---------------------------------------------------------------- defects

# def_01: equilibrium vacancy fraction of Cu at 1000 °C, Q_v = 0.90 eV.
q = "h13a_def_01"
kt1 = r(K_EV * 1273, 5)
x1 = r(0.90 / kt1, 3)
f1 = math.exp(-x1)
add(
    q,
    "tex",
    f"""
The equilibrium vacancy fraction is

$$\\frac{{N_v}}{{N}} = \\exp\\left(-\\frac{{Q_v}}{{kT}}\\right)$$

with $T = 1000 + 273 = 1273\\ \\mathrm{{K}}$ and $k = 8.617\\times10^{{-5}}\\ \\mathrm{{eV/K}}$:

$$kT = (8.617\\times10^{{-5}})(1273) = {kt1:.5f}\\ \\mathrm{{eV}}, \\qquad \\frac{{Q_v}}{{kT}} = \\frac{{0.90}}{{{kt1:.5f}}} = {x1:.3f}$$

$$\\frac{{N_v}}{{N}} = e^{{-{x1:.3f}}} = {tex(f1, 3)}$$

$$\\boxed{{N_v/N \\approx {tex(f1, 2)}}}$$
""",
    sci(f1, 2),
    "",
)
kt1w = r(K_EV * 1000, 5)
x1w = r(0.90 / kt1w, 3)
f1w = math.exp(-x1w)
add(
    q,
    "given_first",
    f"""
**Given:** Q_v = 0.90 eV/atom, T = 1000, k = 8.617 × 10⁻⁵ eV/K
**Find:** N_v/N

- kT = 8.617 × 10⁻⁵ × 1000 = {kt1w:.5f} eV
- Q_v/kT = 0.90/{kt1w:.5f} = {x1w:.3f}
- N_v/N = exp(−{x1w:.3f}) = {uni(f1w, 3)}

**Answer:** N_v/N ≈ {uni(f1w, 2)}
""",
    sci(f1w, 2),
    "",
    "unit_conversion",
    f"T must be absolute, 1000 °C = 1273 K: kT = {kt1:.5f} eV and N_v/N = {uni(f1, 3)}",
)

# def_05: grains per mm² of the real surface for ASTM n = 6.
q = "h13a_def_05"
n100 = 2 ** (6 - 1)
nmm = n100 * 100**2 / 645.16
add(
    q,
    "prose",
    f"""
The ASTM grain-size number is defined by N = 2ⁿ⁻¹, where N is the number of grains per square inch seen at a magnification of 100×. For n = 6 this gives N = 2⁵ = {n100} grains/in² at 100×. One square inch of the 100× image corresponds to only (1/100)² = 10⁻⁴ in² of the actual surface, so the real surface has {n100} × 10⁴ = {th(n100 * 10**4)} grains per square inch. Since 1 in² = 645.16 mm², this is {th(n100 * 10**4)}/645.16 = {nmm:.1f} grains per mm².

Therefore, the answer is about {nmm:.0f} grains/mm².
""",
    round(nmm),
    "1/mm**2",
)
nmmw = n100 / 645.16
add(
    q,
    "terse",
    f"""
N = 2ⁿ⁻¹ = 2⁵ = {n100} grains/in²
1 in² = 25.4² = 645.16 mm²
N = {n100}/645.16 = {nmmw:.4f} grains/mm²

≈ {nmmw:.3f} grains/mm²
""",
    r(nmmw, 3),
    "1/mm**2",
    "missing_factor",
    f"N = {n100} grains/in² is counted at 100×; the real area is 10⁴ times smaller: "
    f"{n100} × 10⁴/645.16 = {nmm:.0f} grains/mm²",
)

# ---------------------------------------------------------------- diffusion

# diff_02: carburising time to reach 0.60 wt% C at 0.75 mm.
q = "h13a_diff_02"
z2 = r(0.45 + 0.05 * (0.5 - 0.4755) / (0.5205 - 0.4755), 4)
z2sq = r(z2**2, 5)
t2s = (0.75e-3) ** 2 / (4 * 1.6e-11 * z2sq)
add(
    q,
    "markdown",
    f"""
### Step 1: Error-function solution
- (C_x − C₀)/(C_s − C₀) = 1 − erf(x/(2√(Dt)))
- (0.60 − 0.20)/(1.00 − 0.20) = 0.40/0.80 = 0.5, so **erf(z) = 0.5**

### Step 2: Find z from the erf table
- erf(0.45) = 0.4755 and erf(0.50) = 0.5205
- z = 0.45 + 0.05 × (0.5000 − 0.4755)/(0.5205 − 0.4755) = **{z2:.4f}**

### Step 3: Solve for t
- z = x/(2√(Dt)) → t = x²/(4Dz²)
- x = 0.75 mm = 7.5 × 10⁻⁴ m, D = 1.6 × 10⁻¹¹ m²/s
- t = (7.5 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × {z2sq:.5f}) = {th(t2s)} s

### Step 4: Convert to hours
- t = {th(t2s)}/3600 = **{t2s / 3600:.2f} h**

**Answer:** about {t2s / 3600:.1f} hours
""",
    r(t2s / 3600, 1),
    "hour",
)
add(
    q,
    "final_line",
    f"""
Fick's second law for a semi-infinite solid with constant surface concentration:

(C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) → (0.60 − 0.20)/(1.00 − 0.20) = 0.5 → erf(z) = 0.5

Interpolating in the erf table between 0.45 (0.4755) and 0.50 (0.5205): z = {z2:.4f}

t = x²/(4Dz²) = (0.75 × 10⁻³ m)²/(4 × 1.6 × 10⁻¹¹ m²/s × {z2sq:.5f}) = {t2s:.0f} s

Converting to hours: t = {t2s:.0f}/60 = {t2s / 60:.0f} h

**Final Answer:** t ≈ {t2s / 60:.0f} h
""",
    round(t2s / 60),
    "hour",
    "unit_conversion",
    f"t = {t2s:.0f} s; one hour is 3600 s, not 60: t = {t2s / 3600:.1f} h",
)

# diff_04: activation energy per atom from D at 600 °C and 800 °C.
q = "h13a_diff_04"
lnr4 = r(math.log(1.3e-12 / 5.5e-14), 4)
inv4 = r(1 / 873 - 1 / 1073, 8)
q4 = K_EV * lnr4 / inv4
add(
    q,
    "given_first",
    f"""
**Given:** D₁ = 5.5 × 10⁻¹⁴ m²/s at T₁ = 600 °C = 873 K; D₂ = 1.3 × 10⁻¹² m²/s at T₂ = 800 °C = 1073 K
**Find:** Q_d per atom, in eV

- From D = D₀ exp(−Q/kT): ln(D₂/D₁) = (Q/k)(1/T₁ − 1/T₂)
- D₂/D₁ = 1.3 × 10⁻¹²/5.5 × 10⁻¹⁴ = {1.3e-12 / 5.5e-14:.3f}; ln({1.3e-12 / 5.5e-14:.3f}) = {lnr4:.4f}
- 1/T₁ − 1/T₂ = 1/873 − 1/1073 = {uni(inv4, 4)} K⁻¹
- Q = k ln(D₂/D₁)/(1/T₁ − 1/T₂) = (8.617 × 10⁻⁵ eV/K)({lnr4:.4f})/({uni(inv4, 4)}) = {q4:.4f} eV

**Answer:** Q_d ≈ {q4:.2f} eV/atom (about {q4 * E_CH * NA / 1000:.0f} kJ/mol)
""",
    r(q4, 2),
    "eV",
)
lg4 = r(math.log10(1.3e-12 / 5.5e-14), 4)
q4w = K_EV * lg4 / inv4
add(
    q,
    "terse",
    f"""
Q = k log(D₂/D₁)/(1/T₁ − 1/T₂)
D₂/D₁ = 1.3 × 10⁻¹²/5.5 × 10⁻¹⁴ = {1.3e-12 / 5.5e-14:.3f}, log = {lg4:.4f}
1/873 − 1/1073 = {uni(inv4, 4)} K⁻¹
Q = 8.617 × 10⁻⁵ × {lg4:.4f}/{uni(inv4, 4)} = {q4w:.4f} eV

Q ≈ {q4w:.3f} eV/atom
""",
    r(q4w, 3),
    "eV",
    "wrong_formula",
    f"The Arrhenius law needs the natural log, ln({1.3e-12 / 5.5e-14:.3f}) = {lnr4:.4f}, not "
    f"log₁₀ = {lg4:.4f}: Q = {q4:.2f} eV",
)

# ---------------------------------------------------------------- mechanical properties

# mech_01: elongation of a 250 mm, 10 mm diameter steel rod under 15 kN, in µm.
q = "h13a_mech_01"
a1 = r(math.pi * 5.0**2, 2)  # mm²
sg1 = r(15000 / a1, 2)  # MPa
e1 = r(sg1 / 207000, 7)
dl1 = 250 * e1 * 1000  # µm
add(
    q,
    "final_line",
    f"""
Cross-section: A₀ = π(d/2)² = π(5.0 mm)² = {a1:.2f} mm²

Stress: σ = F/A₀ = 15 000 N/{a1:.2f} mm² = {sg1:.2f} MPa, below the 275 MPa yield strength, so the \
deformation is elastic.

Strain: ε = σ/E = {sg1:.2f}/207 000 = {uni(e1, 4)}

Elongation: Δl = ε l₀ = {uni(e1, 4)} × 250 mm = {dl1 / 1000:.4f} mm

**Final Answer:** Δl ≈ {dl1:.0f} µm
""",
    round(dl1),
    "micrometer",
)
a1w = r(math.pi * 10.0**2, 2)
sg1w = r(15000 / a1w, 2)
e1w = r(sg1w / 207000, 7)
dl1w = 250 * e1w * 1000
add(
    q,
    "markdown",
    f"""
### Step 1: Cross-sectional area
- A₀ = πr² = π(10 mm)² = **{a1w:.2f} mm²**

### Step 2: Stress (check it is elastic)
- σ = F/A₀ = 15 000/{a1w:.2f} = **{sg1w:.2f} MPa** < 275 MPa ✓

### Step 3: Strain and elongation
- ε = σ/E = {sg1w:.2f}/(207 × 10³) = {uni(e1w, 4)}
- Δl = ε l₀ = {uni(e1w, 4)} × 250 mm = {dl1w / 1000:.4f} mm

**Answer:** Δl ≈ {dl1w:.1f} µm
""",
    r(dl1w, 1),
    "micrometer",
    "wrong_formula",
    f"10 mm is the diameter; r = 5 mm gives A₀ = {a1:.2f} mm², σ = {sg1:.2f} MPa and "
    f"Δl = {dl1:.0f} µm",
)

# mech_04: true stress at engineering strain 0.18 and stress 480 MPa, in ksi.
q = "h13a_mech_04"
st4 = 480 * (1 + 0.18)
ks4 = st4 / 6.895
add(
    q,
    "prose",
    f"""
Before necking the deformation is uniform and the volume is conserved, so the true stress follows from the engineering values as σ_T = σ(1 + ε) = 480 MPa × (1 + 0.18) = {st4:.1f} MPa. The 52 % reduction in area describes the neck at fracture and is not needed at this strain. Converting with 1 ksi = 6.895 MPa gives σ_T = {st4:.1f}/6.895 = {ks4:.2f} ksi.

Therefore, the answer is about {ks4:.1f} ksi.
""",
    r(ks4, 1),
    "ksi",
)
st4w = 480 / (1 - 0.52)
ks4w = st4w / 6.895
add(
    q,
    "tex",
    f"""
The true stress is the load divided by the instantaneous area. With a reduction in area of 52 %, $A_i = A_0(1 - 0.52) = 0.48\\,A_0$, so

$$\\sigma_T = \\frac{{F}}{{A_i}} = \\frac{{\\sigma}}{{1 - RA}} = \\frac{{480}}{{0.48}} = {st4w:.0f}\\ \\mathrm{{MPa}}$$

Converting with $1\\ \\mathrm{{ksi}} = 6.895\\ \\mathrm{{MPa}}$:

$$\\boxed{{\\sigma_T \\approx {ks4w:.1f}\\ \\mathrm{{ksi}}}}$$
""",
    r(ks4w, 1),
    "ksi",
    "wrong_formula",
    f"The reduction in area belongs to the neck at fracture; at ε = 0.18 (uniform) "
    f"σ_T = 480 × 1.18 = {st4:.1f} MPa = {ks4:.1f} ksi",
)

# ---------------------------------------------------------------- failure

# fail_03: largest surface crack in the 4340 steel part at σ_y/3, Y = 1.12.
q = "h13a_fail_03"
sd3 = r(1100 / 3, 1)
tm3 = r(44 / (1.12 * sd3), 5)
ac3 = tm3**2 / math.pi
add(
    q,
    "tex",
    f"""
For the 4340 steel the design stress is $\\sigma = \\sigma_y/3 = 1100/3 = {sd3:.1f}\\ \\mathrm{{MPa}}$. Fracture occurs when $K_{{Ic}} = Y\\sigma\\sqrt{{\\pi a}}$, so the critical surface-crack length is

$$a_c = \\frac{{1}}{{\\pi}}\\left(\\frac{{K_{{Ic}}}}{{Y\\sigma}}\\right)^2 = \\frac{{1}}{{\\pi}}\\left(\\frac{{44}}{{1.12 \\times {sd3:.1f}}}\\right)^2 = \\frac{{({tm3:.5f})^2}}{{\\pi}} = {tex(ac3, 4)}\\ \\mathrm{{m}}$$

$$\\boxed{{a_c \\approx {ac3 * 1e3:.2f}\\ \\mathrm{{mm}}}}$$
""",
    r(ac3 * 1e3, 2),
    "mm",
)
sd3w = r(1000 / 3, 1)
tm3w = r(44 / (1.12 * sd3w), 5)
ac3w = tm3w**2 / math.pi
add(
    q,
    "given_first",
    f"""
**Given:** 4340 steel, σ_y = 1000 MPa, K_Ic = 44 MPa·√m, σ = σ_y/3, Y = 1.12 (surface crack)
**Find:** largest tolerable crack length a_c (mm)

- Design stress: σ = 1000/3 = {sd3w:.1f} MPa
- K_Ic = Yσ√(πa_c) → a_c = (1/π)(K_Ic/(Yσ))²
- K_Ic/(Yσ) = 44/(1.12 × {sd3w:.1f}) = {tm3w:.5f} √m
- a_c = ({tm3w:.5f})²/π = {uni(ac3w, 4)} m

**Answer:** a_c ≈ {ac3w * 1e3:.2f} mm
""",
    r(ac3w * 1e3, 2),
    "mm",
    "given_miscopied",
    f"The steel's yield strength is 1100 MPa, not 1000: σ = {sd3:.1f} MPa and "
    f"a_c = {ac3 * 1e3:.2f} mm",
)

# fail_08: fracture stress of a wide plate with a 3 mm through crack, K_Ic = 30, Y = 1.
q = "h13a_fail_08"
rt8 = r(math.sqrt(math.pi * 1.5e-3), 5)
sc8 = 30 / rt8
add(
    q,
    "terse",
    f"""
Through crack in a wide plate: total length 2a = 3 mm → a = 1.5 mm = 1.5 × 10⁻³ m
σ_c = K_Ic/(Y√(πa)) = 30/(1 × √(π × 1.5 × 10⁻³)) = 30/{rt8:.5f} = {sc8:.1f} MPa

σ_c ≈ {sc8:.0f} MPa
""",
    round(sc8),
    "MPa",
)
rt8w = r(math.sqrt(math.pi * 3e-3), 5)
sc8w = 30 / rt8w
add(
    q,
    "bare",
    f"""
Using K_Ic = Yσ√(πa) with a = 3 mm = 0.003 m and Y = 1:

σ = K_Ic/(Y√(πa)) = 30/√(π × 0.003) = 30/{rt8w:.5f} = {sc8w:.1f}

{sc8w:.0f}
""",
    round(sc8w),
    "MPa",
    "wrong_formula",
    f"In a wide plate the 3 mm crack is a through crack of length 2a, so a = 1.5 mm: "
    f"σ = 30/{rt8:.5f} = {sc8:.0f} MPa",
)

# ---------------------------------------------------------------- phase diagrams

# phase_03: grams of cementite in 2.5 kg of 0.60 wt% C steel just below 727 °C.
q = "h13a_phase_03"
wc3 = r((0.60 - 0.022) / (6.70 - 0.022), 5)
mc3 = wc3 * 2500
add(
    q,
    "markdown",
    f"""
### Step 1: Lever rule across the α + Fe₃C field
- W_Fe₃C = (C₀ − C_α)/(C_Fe₃C − C_α) = (0.60 − 0.022)/(6.70 − 0.022)
- W_Fe₃C = 0.578/6.678 = **{wc3:.5f}**

### Step 2: Mass of cementite
- m = W_Fe₃C × 2.5 kg = {wc3:.5f} × 2500 g = **{mc3:.1f} g**

**Answer:** about {mc3:.0f} g of cementite (the rest, {2500 - mc3:.0f} g, is ferrite).
""",
    round(mc3),
    "gram",
)
wc3w = r((6.70 - 0.60) / (6.70 - 0.022), 5)
mc3w = wc3w * 2500
add(
    q,
    "prose",
    f"""
Just below the eutectoid temperature the steel consists of ferrite (0.022 wt% C) and cementite (6.70 wt% C). By the lever rule the mass fraction of cementite is W = (6.70 − 0.60)/(6.70 − 0.022) = 6.10/6.678 = {wc3w:.5f}. For a 2.5 kg specimen (2500 g) the cementite mass is {wc3w:.5f} × 2500 = {mc3w:.1f} g.

Therefore, the answer is about {mc3w:.0f} g of cementite.
""",
    round(mc3w),
    "gram",
    "wrong_formula",
    f"The lever arms are swapped: (6.70 − 0.60)/6.678 is the ferrite fraction; "
    f"W_Fe₃C = 0.578/6.678 = {wc3:.5f} and m = {mc3:.0f} g",
)

# phase_06: Cu–35 wt% Ni in atom percent Ni.
q = "h13a_phase_06"
nni = r(35 / 58.69, 4)
ncu = r(65 / 63.55, 4)
at6 = nni / (nni + ncu)
add(
    q,
    "given_first",
    f"""
**Given:** 35 wt% Ni, 65 wt% Cu; A_Ni = 58.69 g/mol, A_Cu = 63.55 g/mol
**Find:** at% Ni

- Basis 100 g of alloy: n_Ni = 35/58.69 = {nni:.4f} mol; n_Cu = 65/63.55 = {ncu:.4f} mol
- at% Ni = n_Ni/(n_Ni + n_Cu) × 100 = {nni:.4f}/{nni + ncu:.4f} × 100 = {at6 * 100:.2f} at%

**Answer:** ≈ {at6 * 100:.1f} at% Ni
""",
    r(at6 * 100, 1),
    "percent",
)
add(
    q,
    "tex",
    f"""
Converting weight to atom fraction,

$$C'_{{\\mathrm{{Ni}}}} = \\frac{{C_{{\\mathrm{{Ni}}}}/A_{{\\mathrm{{Ni}}}}}}{{C_{{\\mathrm{{Ni}}}}/A_{{\\mathrm{{Ni}}}} + C_{{\\mathrm{{Cu}}}}/A_{{\\mathrm{{Cu}}}}}} = \\frac{{35/58.69}}{{35/58.69 + 65/63.55}} = \\frac{{{nni:.4f}}}{{{nni:.4f} + {ncu:.4f}}} = {at6:.4f}$$

$$\\boxed{{C'_{{\\mathrm{{Ni}}}} \\approx {at6:.3f}\\ \\text{{at\\%}}}}$$
""",
    r(at6, 3),
    "percent",
    "percent_fraction",
    f"{at6:.4f} is the atom fraction; in atom percent it is {at6 * 100:.2f} %",
)

# ---------------------------------------------------------------- transformations / kinetics

# trans_02: critical nucleus radius of Ni at ΔT = 250 K, in Å.
q = "h13a_trans_02"
tm2 = 1455 + 273
rs2 = 2 * 0.255 * tm2 / (2.53e9 * 250)
add(
    q,
    "tex",
    f"""
For homogeneous nucleation the critical radius is

$$r^* = -\\frac{{2\\gamma T_m}}{{\\Delta H_f\\,\\Delta T}}$$

with $T_m = 1455 + 273 = {tm2}\\ \\mathrm{{K}}$ (the melting point must be absolute):

$$r^* = -\\frac{{2(0.255)({tm2})}}{{(-2.53\\times10^{{9}})(250)}} = \\frac{{{2 * 0.255 * tm2:.2f}}}{{{tex(2.53e9 * 250, 4)}}} = {tex(rs2, 4)}\\ \\mathrm{{m}}$$

Since $1\\ \\text{{Å}} = 10^{{-10}}\\ \\mathrm{{m}}$,

$$\\boxed{{r^* \\approx {rs2 * 1e10:.1f}\\ \\text{{Å}}}}$$
""",
    r(rs2 * 1e10, 1),
    "angstrom",
)
tm2w = 1628
rs2w = 2 * 0.255 * tm2w / (2.53e9 * 250)
add(
    q,
    "markdown",
    f"""
### Step 1: Convert T_m to kelvin
- T_m = 1455 °C + 273 = **{tm2w} K**

### Step 2: Critical radius
- r* = −2γT_m/(ΔH_f ΔT)
- Numerator: 2 × 0.255 J/m² × {tm2w} K = {2 * 0.255 * tm2w:.2f}
- Denominator: (−2.53 × 10⁹ J/m³)(250 K) = −{uni(2.53e9 * 250, 4)}
- r* = {2 * 0.255 * tm2w:.2f}/{uni(2.53e9 * 250, 4)} = **{uni(rs2w, 4)} m**

### Step 3: Convert to ångströms
- r* = {uni(rs2w, 4)} m × 10¹⁰ Å/m = {rs2w * 1e10:.2f} Å

**Answer:** r* ≈ {rs2w * 1e10:.1f} Å
""",
    r(rs2w * 1e10, 1),
    "angstrom",
    "arithmetic_slip",
    f"1455 + 273 = {tm2} K, not {tm2w} K: r* = {uni(rs2, 4)} m = {rs2 * 1e10:.1f} Å",
)

# trans_08: fraction of pearlite after one minute, k = 3.1e-4 (t in s), n = 1.7.
q = "h13a_trans_08"
p8 = r(60**1.7, 1)
kt8 = r(3.1e-4 * p8, 4)
y8 = 1 - math.exp(-kt8)
add(
    q,
    "final_line",
    f"""
Avrami: y = 1 − exp(−k tⁿ), with t in seconds, so one minute is t = 60 s.

tⁿ = 60^1.7 = {p8:.1f}
k tⁿ = 3.1 × 10⁻⁴ × {p8:.1f} = {kt8:.4f}
y = 1 − exp(−{kt8:.4f}) = 1 − {math.exp(-kt8):.4f} = {y8:.4f}

**Final Answer:** about {y8 * 100:.1f} % transformed
""",
    r(y8 * 100, 1),
    "percent",
)
y8w = 1 - math.exp(-3.1e-4 * 1**1.7)
add(
    q,
    "terse",
    f"""
y = 1 − exp(−k tⁿ), t = 1 min
k tⁿ = 3.1 × 10⁻⁴ × 1^1.7 = 3.1 × 10⁻⁴
y = 1 − exp(−3.1 × 10⁻⁴) = {uni(y8w, 3)}

y ≈ {y8w * 100:.3f} %
""",
    r(y8w * 100, 3),
    "percent",
    "unit_conversion",
    f"k is given for t in seconds, so t = 60 s: k tⁿ = {kt8:.4f} and y = {y8 * 100:.1f} %",
)

# ---------------------------------------------------------------- electrical / semiconductors

# electrical_semiconductors_01: resistivity of intrinsic Si.
q = "h13b_electrical_semiconductors_01"
sg01 = 1.0e16 * E_CH * (0.135 + 0.048)
rho01 = 1 / sg01
add(
    q,
    "markdown",
    f"""
### Step 1: Convert to SI units
- n_i = 1.0 × 10¹⁰ cm⁻³ = 1.0 × 10¹⁶ m⁻³
- μ_e = 1350 cm²/(V·s) = 0.135 m²/(V·s); μ_h = 480 cm²/(V·s) = 0.048 m²/(V·s)

### Step 2: Intrinsic conductivity (electrons and holes)
- σ = n_i e (μ_e + μ_h) = (1.0 × 10¹⁶)(1.602 × 10⁻¹⁹ C)(0.135 + 0.048)
- σ = {uni(sg01, 4)} (Ω·m)⁻¹

### Step 3: Resistivity
- ρ = 1/σ = **{uni(rho01, 3)} Ω·m**

**Answer:** ρ ≈ {uni(rho01, 3)} Ω·m
""",
    sci(rho01, 3),
    "ohm*m",
)
sg01w = 1.0e16 * E_CH * 0.135
rho01w = 1 / sg01w
add(
    q,
    "prose",
    f"""
The conductivity of a semiconductor is σ = n e μ. With n = 1.0 × 10¹⁰ cm⁻³ = 1.0 × 10¹⁶ m⁻³, e = 1.602 × 10⁻¹⁹ C and the electron mobility 1350 cm²/(V·s) = 0.135 m²/(V·s), σ = (1.0 × 10¹⁶)(1.602 × 10⁻¹⁹)(0.135) = {uni(sg01w, 4)} (Ω·m)⁻¹. The resistivity is the reciprocal, ρ = 1/σ = {uni(rho01w, 3)} Ω·m.

Therefore, the answer is ρ ≈ {uni(rho01w, 3)} Ω·m.
""",
    sci(rho01w, 3),
    "ohm*m",
    "missing_factor",
    f"In an intrinsic semiconductor holes conduct too: σ = n_i e(μ_e + μ_h) = {uni(sg01, 4)} "
    f"(Ω·m)⁻¹, ρ = {uni(rho01, 3)} Ω·m",
)

# ---------------------------------------------------------------- magnetic

# magnetic_04: Curie's law, χ at −196 °C from 3.2e-4 at 27 °C.
q = "h13b_magnetic_04"
chi4 = 3.2e-4 * 300 / 77
add(
    q,
    "bare",
    f"""
Curie's law: χ = C/T, so χ₂ = χ₁ T₁/T₂.

T₁ = 27 + 273 = 300 K, T₂ = −196 + 273 = 77 K

χ₂ = 3.2 × 10⁻⁴ × 300/77 = {uni(chi4, 3)}

{uni(chi4, 3)}
""",
    sci(chi4, 3),
    "",
)
add(
    q,
    "final_line",
    f"""
For a Curie paramagnet χT = C is constant.

C = χ₁T₁ = 3.2 × 10⁻⁴ × 300 K = 0.096 K (with T₁ = 27 °C = 300 K)

At liquid-nitrogen temperature T₂ = −196 °C = 77 K:
χ₂ = C/T₂ = 0.096/77 = {uni(chi4, 3)}

**Final Answer:** χ ≈ {uni(chi4 / 10, 3)}
""",
    sci(chi4 / 10, 3),
    "",
    "final_miscopied",
    f"The computed {uni(chi4, 3)} is copied into the final line with the exponent −4 "
    f"instead of −3; χ ≈ {uni(chi4, 3)}",
)

# ---------------------------------------------------------------- optical

# optical_06: photons per second from a 5.0 mW He–Ne laser at 632.8 nm.
q = "h13b_optical_06"
ep6 = H_PL * C_0 / 632.8e-9
n6 = 5.0e-3 / ep6
add(
    q,
    "given_first",
    f"""
**Given:** P = 5.0 mW = 5.0 × 10⁻³ W, λ = 632.8 nm = 6.328 × 10⁻⁷ m
**Find:** photons emitted per second

- Photon energy: E = hc/λ, with h = 6.626 × 10⁻³⁴ J·s and c = 2.998 × 10⁸ m/s
- E = (6.626 × 10⁻³⁴)(2.998 × 10⁸)/(6.328 × 10⁻⁷) = {uni(ep6, 4)} J (≈ {ep6 / E_CH:.2f} eV)
- Photon rate: N = P/E = 5.0 × 10⁻³/{uni(ep6, 4)} = {uni(n6, 3)} s⁻¹

**Answer:** ≈ {uni(n6, 3)} photons per second
""",
    sci(n6, 3),
    "1/s",
)
ep6w = H_BAR * C_0 / 632.8e-9
n6w = 5.0e-3 / ep6w
add(
    q,
    "tex",
    f"""
Each photon carries $E = hc/\\lambda$. Using $h = 1.055\\times10^{{-34}}\\ \\mathrm{{J\\,s}}$ and $c = 2.998\\times10^{{8}}\\ \\mathrm{{m/s}}$:

$$E = \\frac{{(1.055\\times10^{{-34}})(2.998\\times10^{{8}})}}{{632.8\\times10^{{-9}}}} = {tex(ep6w, 4)}\\ \\mathrm{{J}}$$

The photon rate is the power divided by the photon energy:

$$\\dot N = \\frac{{P}}{{E}} = \\frac{{5.0\\times10^{{-3}}}}{{{tex(ep6w, 4)}}} = {tex(n6w, 3)}\\ \\mathrm{{s^{{-1}}}}$$

$$\\boxed{{\\dot N \\approx {tex(n6w, 2)}\\ \\text{{photons/s}}}}$$
""",
    sci(n6w, 2),
    "1/s",
    "wrong_constant",
    f"1.055 × 10⁻³⁴ J·s is ħ; Planck's constant is h = 6.626 × 10⁻³⁴ J·s: E = {uni(ep6, 4)} J "
    f"and N = {uni(n6, 3)} s⁻¹",
)

# ---------------------------------------------------------------- thermal

# thermal_02: stress in a clamped brass rod heated from 20 °C to 80 °C (tension positive).
q = "h13b_thermal_02"
s02 = -97e3 * 20e-6 * (80 - 20)
add(
    q,
    "terse",
    f"""
Free expansion prevented → ε_thermal = α ΔT is cancelled by an elastic strain of −α ΔT
σ = −E α ΔT = −(97 × 10³ MPa)(20 × 10⁻⁶ °C⁻¹)(80 − 20 °C)
σ = −97 000 × 20 × 10⁻⁶ × 60 = −{-s02:.1f} MPa

σ ≈ −{-s02:.1f} MPa (compressive)
""",
    r(s02, 1),
    "MPa",
)
add(
    q,
    "prose",
    f"""
The thermal stress in a rod whose length is held fixed is σ = Eα(T_f − T₀). Here E = 97 GPa = 97 000 MPa, α = 20 × 10⁻⁶ °C⁻¹ and T_f − T₀ = 80 − 20 = 60 °C, so σ = 97 000 × 20 × 10⁻⁶ × 60 = {-s02:.1f} MPa.

Therefore, the answer is σ ≈ +{-s02:.1f} MPa.

This is well below the yield strength of most brasses, so the rod stays elastic.
""",
    r(-s02, 1),
    "MPa",
    "sign_error",
    f"The walls stop the rod from expanding, so it is pushed into compression: "
    f"σ = −EαΔT = −{-s02:.1f} MPa",
)

# ---------------------------------------------------------------- polymers

# polymers_01: degree of polymerisation of polypropylene, M_n = 2.1e5 g/mol.
q = "h13b_polymers_01"
m_pp = 3 * 12.01 + 6 * 1.008
dp1 = 2.1e5 / m_pp
add(
    q,
    "final_line",
    f"""
The polypropylene repeat unit is –CH₂–CH(CH₃)–, i.e. C₃H₆.

m = 3(12.01 g/mol) + 6(1.008 g/mol) = 36.03 + 6.048 = {m_pp:.3f} g/mol

n_n = M_n/m = 210 000/{m_pp:.3f} = {dp1:.1f}

**Final Answer:** n_n ≈ {dp1:.0f}
""",
    round(dp1),
    "",
)
m_pe = 2 * 12.01 + 4 * 1.008
dp1w = 2.1e5 / m_pe
add(
    q,
    "bare",
    f"""
Repeat unit –CH₂–CH₂–: m = 2(12.01) + 4(1.008) = {m_pe:.3f} g/mol

DP = M_n/m = 2.1 × 10⁵/{m_pe:.3f} = {dp1w:.1f}

{dp1w:.0f}
""",
    round(dp1w),
    "",
    "wrong_formula",
    f"That is the ethylene unit; propylene is C₃H₆, m = {m_pp:.3f} g/mol, so DP = {dp1:.0f}",
)

# ---------------------------------------------------------------- ceramics / composites

# ceramics_composites_01: longitudinal modulus of 1/3 E-glass in epoxy, in psi.
q = "h13b_ceramics_composites_01"
ef = r(72.5 / 3, 2)
em = r(2.4 * 2 / 3, 2)
ec1 = ef + em
psi1 = ec1 * 1e9 / PSI
add(
    q,
    "markdown",
    f"""
### Step 1: Rule of mixtures (isostrain, along the fibres)
- E_c = E_f V_f + E_m V_m, with V_f = 1/3 and V_m = 2/3
- E_f V_f = 72.5 × 1/3 = {ef:.2f} GPa
- E_m V_m = 2.4 × 2/3 = {em:.2f} GPa
- E_c = {ef:.2f} + {em:.2f} = **{ec1:.2f} GPa**

### Step 2: Convert to psi
- 1 psi = 6.895 kPa = 6895 Pa
- E_c = {ec1:.2f} × 10⁹/6895 = **{uni(psi1, 3)} psi**

**Answer:** E_c ≈ {uni(psi1, 3)} psi
""",
    sci(psi1, 3),
    "psi",
)
ec1w = 1 / (r(1 / 3 / 72.5, 6) + r(2 / 3 / 2.4, 6))
psi1w = ec1w * 1e9 / PSI
add(
    q,
    "given_first",
    f"""
**Given:** E_f = 72.5 GPa, E_m = 2.4 GPa, V_f = 1/3 (so V_m = 2/3), continuous aligned fibres
**Find:** E_c along the fibres, in psi

- E_c = [V_f/E_f + V_m/E_m]⁻¹ = [0.3333/72.5 + 0.6667/2.4]⁻¹
- = [{r(1 / 3 / 72.5, 6):.6f} + {r(2 / 3 / 2.4, 6):.6f}]⁻¹ = {ec1w:.3f} GPa
- 1 psi = 6895 Pa → E_c = {ec1w:.3f} × 10⁹/6895 = {uni(psi1w, 3)} psi

**Answer:** E_c ≈ {uni(psi1w, 3)} psi
""",
    sci(psi1w, 3),
    "psi",
    "wrong_formula",
    f"Along the fibres the strains are equal (isostrain): E_c = E_f V_f + E_m V_m = "
    f"{ec1:.2f} GPa = {uni(psi1, 3)} psi",
)

# ---------------------------------------------------------------- corrosion

# corrosion_01: penetration rate of a 100 in² panel losing 485 g a year, in mm/year.
q = "h13b_corrosion_01"
a01 = 100 * 6.4516
cpr = 87.6 * 485e3 / (7.9 * a01 * 8760)
add(
    q,
    "prose",
    f"""
The corrosion penetration rate is CPR = KW/(ρAt), which in mm/yr uses K = 87.6 with W in mg, ρ in g/cm³, A in cm² and t in hours. Here W = 485 g = 4.85 × 10⁵ mg, ρ = 7.9 g/cm³, A = 100 in² × 6.4516 cm²/in² = {a01:.2f} cm², and t = 1 year = 8760 h. Then CPR = 87.6 × 4.85 × 10⁵/(7.9 × {a01:.2f} × 8760) = {cpr:.3f} mm/yr.

Therefore, the answer is about {cpr:.2f} mm per year.

As a check, 485 g of steel is {485 / 7.9:.1f} cm³, spread over {a01:.0f} cm² that is a layer \
{485 / 7.9 / a01 * 10:.2f} mm thick, the same result.
""",
    r(cpr, 2),
    "mm/year",
)
a01w = 100 * 2.54
cprw = 87.6 * 485e3 / (7.9 * a01w * 8760)
add(
    q,
    "tex",
    f"""
Using

$$\\mathrm{{CPR}} = \\frac{{K W}}{{\\rho A t}}, \\qquad K = 87.6\\ (\\mathrm{{mm/yr}})$$

with $W = 4.85\\times10^{{5}}\\ \\mathrm{{mg}}$, $\\rho = 7.9\\ \\mathrm{{g/cm^3}}$, $t = 8760\\ \\mathrm{{h}}$ and $A = 100\\ \\mathrm{{in^2}} \\times 2.54 = {a01w:.0f}\\ \\mathrm{{cm^2}}$:

$$\\mathrm{{CPR}} = \\frac{{87.6 \\times 4.85\\times10^{{5}}}}{{7.9 \\times {a01w:.0f} \\times 8760}} = {cprw:.3f}\\ \\mathrm{{mm/yr}}$$

$$\\boxed{{\\mathrm{{CPR}} \\approx {cprw:.2f}\\ \\mathrm{{mm/yr}}}}$$
""",
    r(cprw, 2),
    "mm/year",
    "unit_conversion",
    f"1 in² = 2.54² = 6.4516 cm², so A = {a01:.2f} cm² and CPR = {cpr:.2f} mm/yr",
)

if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
