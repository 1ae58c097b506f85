"""Build tests/data/worked_answers_heldout11.jsonl: blind worked answers to 20 questions of set L.

Written blind to 20 questions of ``answer_exam_heldout11.json`` (exam set L), spread over its
fourteen topics and skipping the must-refuse items; the answer engine, its checker and its solver
were not read. Every question has two responses: one correct throughout, and one with exactly one
labelled mistake (``worked_answers_check.ERROR_CLASSES``) whose note names the first wrong step and
the value it should have had. Twelve of the twenty mistakes are physics or chemistry errors carried
through with clean arithmetic (2θ used as θ in Bragg's law, °C used as K in the vacancy count,
Poisson's ratio dropped from the lateral strain, the strain referred to the final length, Y dropped
from the fracture stress, the diameter put in the place of the radius of the rod's area, the lever
rule turned round, the cementite-to-ferrite ratio given for the ferrite-to-cementite one, μ_r
dropped in the solenoid core, log₁₀ used for ln in the decay time, the crystallinity given for the
amorphous fraction, the sign of the Nernst term turned round); the other eight are slips (a
cm→nm slip, an m²→cm² slip, an arithmetic slip in the pendulum's height drop, a transposed final
value, ħ used for h, an arithmetic slip in the repeat-unit mass, a mis-copied heat capacity, a
fraction where a percentage is asked).

Writing styles copied from chat models: "### Step" markdown with bullets, TeX display maths
closing with ``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains,
a "Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. Constants are quoted with their values. Six responses (three right,
three wrong) close with a short sanity-check or hedging paragraph that quotes numbers other than
the final answer, and four restate a given in another, equivalent unit (10 mm as 0.010 m, 2.5 mm
as 2 500 µm, 5.0 mW as 5.0 × 10⁻³ W, 1.0 cm as 10 mm). All numbers are computed below, and
intermediate values are rounded the way a model rounds them, so that only the labelled step is
wrong.

Run: ``python tests/data/build_worked_answers_heldout11.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout11``.
"""

from __future__ import annotations

import math

from worked_writing import C_0, H_PL, K_EV, MU_0, NA, F, R, WorkedSet, sci, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout11", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


# ---------------------------------------------------------------- crystallography / XRD

# xrd_02: lattice parameter of Al from the 200 reflection, in pm.
q = "h11a_crystallography_xrd_02"
th = 44.74 / 2
s = r(math.sin(math.radians(th)), 5)
d = r(1.5406 / (2 * s), 5)
a = d * 2
add(
    q,
    "markdown",
    f"""
### Step 1: Bragg angle
- 2θ = 44.74°, so θ = {th:.2f}°
- sin θ = {s:.5f}

### Step 2: Interplanar spacing (first order, n = 1)
- d₂₀₀ = λ/(2 sin θ) = 1.5406 Å/(2 × {s:.5f}) = **{d:.5f} Å**

### Step 3: Lattice parameter
- Cubic: a = d_hkl √(h² + k² + l²) = {d:.5f} × √4 = {a:.4f} Å
- 1 Å = 100 pm, so a = **{a * 100:.1f} pm**

**Answer:** a ≈ {a * 100:.1f} pm

Sanity check: the handbook value for aluminium is 4.05 Å (405 pm), and the 111 reflection of \
this cell would then sit near 2θ = 38.5°, which is where Al's strongest line appears.
""",
    r(a * 100, 1),
    "pm",
)
sw = r(math.sin(math.radians(44.74)), 5)
dw = r(1.5406 / (2 * sw), 5)
aw = dw * 2
add(
    q,
    "tex",
    f"""
Bragg's law for the $(200)$ reflection:

$$d_{{200}} = \\frac{{\\lambda}}{{2\\sin\\theta}} = \\frac{{1.5406\\ \\text{{Å}}}}{{2\\sin 44.74^\\circ}} = \\frac{{1.5406}}{{2({sw:.5f})}} = {dw:.5f}\\ \\text{{Å}}$$

For a cubic lattice $a = d_{{hkl}}\\sqrt{{h^2+k^2+l^2}} = {dw:.5f}\\sqrt{{4}} = {aw:.4f}\\ \\text{{Å}}$.

$$\\boxed{{a \\approx {aw * 100:.1f}\\ \\text{{pm}}}}$$
""",
    r(aw * 100, 1),
    "pm",
    "wrong_quantity",
    f"44.74° is 2θ, not θ: θ = {th:.2f}°, sin θ = {s:.5f}, d₂₀₀ = {d:.5f} Å and "
    f"a = {a * 100:.1f} pm",
)

# ---------------------------------------------------------------- defects

# defects_01: vacancies per m³ in Ag at 900 °C.
q = "h11a_defects_01"
n1 = NA * 10.35e6 / 107.87
kt = r(K_EV * 1173, 5)
x = r(1.10 / kt, 3)
nv = n1 * math.exp(-x)
add(
    q,
    "prose",
    f"""
The number of atomic sites per cubic metre is N = N_A ρ/A. With ρ = 10.35 g/cm³ = 10.35 × 10⁶ g/m³ and N_A = 6.022 × 10²³ mol⁻¹, N = (6.022 × 10²³ × 10.35 × 10⁶)/107.87 = {uni(n1, 4)} m⁻³. The absolute temperature is 900 + 273 = 1173 K, and with Boltzmann's constant k = 8.617 × 10⁻⁵ eV/K we get kT = {kt:.5f} eV, so Q_v/kT = 1.10/{kt:.5f} = {x:.3f}. Then N_v = N exp(−Q_v/kT) = {uni(n1, 4)} × exp(−{x:.3f}) = {uni(nv, 3)} m⁻³.

Therefore, the answer is N_v ≈ {uni(nv, 3)} m⁻³.
""",
    sci(nv, 3),
    "1/m**3",
)
ktw = r(K_EV * 900, 5)
xw = r(1.10 / ktw, 3)
nvw = n1 * math.exp(-xw)
add(
    q,
    "final_line",
    f"""
Sites per volume:
N = N_A ρ/A = (6.022 × 10²³)(10.35 × 10⁶ g/m³)/(107.87 g/mol) = {uni(n1, 4)} m⁻³

Vacancies, N_v = N exp(−Q_v/kT) with k = 8.617 × 10⁻⁵ eV/K and T = 900:
kT = 8.617 × 10⁻⁵ × 900 = {ktw:.5f} eV
Q_v/kT = 1.10/{ktw:.5f} = {xw:.3f}
N_v = {uni(n1, 4)} × exp(−{xw:.3f}) = {uni(nvw, 3)} m⁻³

**Final Answer:** N_v ≈ {uni(nvw, 3)} m⁻³
""",
    sci(nvw, 3),
    "1/m**3",
    "unit_conversion",
    f"T = 900 is the Celsius value; T = 1173 K gives kT = {kt:.5f} eV and N_v = {uni(nv, 3)} m⁻³",
)

# defects_08: mean dislocation spacing after rolling, in nm.
q = "h11a_defects_08"
rho0 = 4e4 * 1e5  # cm of line per cm³
rho1 = rho0 * 100
L1 = 1 / math.sqrt(rho1)  # cm
add(
    q,
    "terse",
    f"""
ρ₀ = 4 × 10⁴ km/cm³ = 4 × 10⁴ × 10⁵ cm/cm³ = {uni(rho0, 1)} cm⁻²
ρ = 100ρ₀ = {uni(rho1, 1)} cm⁻²
L = ρ^(−1/2) = 1/√({uni(rho1, 1)}) = {uni(L1, 4)} cm
1 cm = 10⁷ nm → L = {L1 * 1e7:.2f} nm

L ≈ {L1 * 1e7:.1f} nm
""",
    r(L1 * 1e7, 1),
    "nm",
)
add(
    q,
    "given_first",
    f"""
**Given:** annealed dislocation density 4 × 10⁴ km per cm³; rolling raises it 100-fold
**Find:** mean spacing L ≈ ρ^(−1/2) after rolling, in nm

- Convert the line length: 4 × 10⁴ km = 4 × 10⁴ × 10⁵ cm = {uni(rho0, 1)} cm, so ρ₀ = {uni(rho0, 1)} cm⁻²
- After rolling: ρ = 10² × ρ₀ = {uni(rho1, 1)} cm⁻²
- L = 1/√ρ = 1/√({uni(rho1, 1)} cm⁻²) = {uni(L1, 4)} cm
- In nanometres (1 cm = 10⁶ nm): L = {uni(L1, 4)} × 10⁶ = {L1 * 1e6:.3f} nm

**Answer:** L ≈ {L1 * 1e6:.2f} nm
""",
    r(L1 * 1e6, 2),
    "nm",
    "unit_conversion",
    f"1 cm = 10⁷ nm, not 10⁶ nm: L = {uni(L1, 4)} cm = {L1 * 1e7:.1f} nm",
)

# ---------------------------------------------------------------- diffusion

# diffusion_02: D of C in FCC Fe at 1000 °C, in cm²/s.
q = "h11a_diffusion_02"
kt = r(K_EV * 1273, 5)
x = r(1.53 / kt, 3)
ex = math.exp(-x)
dm = 2.3e-5 * ex
add(
    q,
    "tex",
    f"""
Using $D = D_0 \\exp(-Q_d/kT)$ with $k = 8.617\\times10^{{-5}}\\ \\mathrm{{eV/K}}$ and $T = 1000 + 273 = 1273\\ \\mathrm{{K}}$:

$$kT = 8.617\\times10^{{-5}} \\times 1273 = {kt:.5f}\\ \\mathrm{{eV}}, \\qquad \\frac{{Q_d}}{{kT}} = \\frac{{1.53}}{{{kt:.5f}}} = {x:.3f}$$

$$D = 2.3\\times10^{{-5}}\\, e^{{-{x:.3f}}} = 2.3\\times10^{{-5}} \\times {tex(ex, 3)} = {tex(dm, 3)}\\ \\mathrm{{m^2/s}}$$

Since $1\\ \\mathrm{{m^2}} = 10^4\\ \\mathrm{{cm^2}}$:

$$\\boxed{{D \\approx {tex(dm * 1e4, 3)}\\ \\mathrm{{cm^2/s}}}}$$
""",
    sci(dm * 1e4, 3),
    "cm**2/s",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Thermal energy
- T = 1000 °C = 1273 K
- kT = (8.617 × 10⁻⁵ eV/K)(1273 K) = {kt:.5f} eV

### Step 2: Arrhenius factor
- Q_d/kT = 1.53/{kt:.5f} = {x:.3f}
- exp(−{x:.3f}) = {uni(ex, 3)}

### Step 3: Diffusion coefficient
- D = D₀ exp(−Q_d/kT) = 2.3 × 10⁻⁵ × {uni(ex, 3)} = {uni(dm, 3)} m²/s
- Converting with 1 m² = 10² cm²: D = {uni(dm, 3)} × 10² = **{uni(dm * 1e2, 3)} cm²/s**

**Answer:** D ≈ {uni(dm * 1e2, 3)} cm²/s
""",
    sci(dm * 1e2, 3),
    "cm**2/s",
    "unit_conversion",
    f"1 m² = 10⁴ cm², not 10² cm²: D = {uni(dm, 3)} m²/s = {uni(dm * 1e4, 3)} cm²/s",
)

# ---------------------------------------------------------------- mechanical properties

# mechanical_properties_01: decrease of a rod's diameter under 20 kN, in µm.
q = "h11a_mechanical_properties_01"
area = r(math.pi * 0.005**2, 9)  # m²
sig = 20e3 / area
ez = r(sig / 207e9, 7)
ex_ = 0.30 * ez
dd = ex_ * 10e-3  # m
add(
    q,
    "given_first",
    f"""
**Given:** d₀ = 10 mm (= 0.010 m), F = 20 kN, E = 207 GPa, ν = 0.30; elastic loading
**Find:** the decrease in diameter Δd

1. Cross-section: A₀ = π(d₀/2)² = π(0.005 m)² = {uni(area, 4)} m²
2. Axial stress: σ = F/A₀ = 20 000 N/{uni(area, 4)} m² = {sig / 1e6:.1f} MPa (below the 450 MPa yield, so Hooke's law holds)
3. Axial strain: ε_z = σ/E = {sig / 1e6:.1f} × 10⁶/207 × 10⁹ = {uni(ez, 4)}
4. Lateral strain: ε_x = −ν ε_z = −0.30 × {uni(ez, 4)} = −{uni(ex_, 4)}
5. Δd = ε_x d₀ = −{uni(ex_, 4)} × 0.010 m = −{uni(dd, 4)} m

**Answer:** the diameter decreases by about {dd * 1e6:.2f} µm.
""",
    r(dd * 1e6, 2),
    "micrometer",
)
ddw = ez * 10e-3
add(
    q,
    "prose",
    f"""
The cross-sectional area of the rod is A₀ = π(5 mm)² = π(0.005 m)² = {uni(area, 4)} m², so the axial stress is σ = 20 000/{uni(area, 4)} = {sig / 1e6:.1f} MPa, well below the yield strength of 450 MPa. The elastic strain is then ε = σ/E = {sig / 1e6:.1f} MPa/207 000 MPa = {uni(ez, 4)}. The diameter contracts by this strain, so Δd = ε d₀ = {uni(ez, 4)} × 10 mm = {ddw * 1e3:.4f} mm.

Therefore, the answer is a decrease of about {ddw * 1e6:.1f} µm.
""",
    r(ddw * 1e6, 1),
    "micrometer",
    "missing_factor",
    f"The lateral strain is −ν ε = −0.30 × {uni(ez, 4)} = −{uni(ex_, 4)}, not ε itself; "
    f"Δd = {dd * 1e6:.2f} µm",
)

# mechanical_properties_03: engineering strain 50.0 → 58.0 mm.
q = "h11a_mechanical_properties_03"
eps = (58.0 - 50.0) / 50.0
add(
    q,
    "bare",
    f"""
Engineering strain is the change in length divided by the original length:

ε = (l − l₀)/l₀ = (58.0 − 50.0)/50.0 = 8.0/50.0 = {eps:.2f}

{eps:.2f}

As a cross-check, the true strain would be ln(58.0/50.0) = {math.log(58 / 50):.3f}, slightly \
smaller, as expected for a 16 % extension.
""",
    eps,
    "",
)
epsw = (58.0 - 50.0) / 58.0
add(
    q,
    "terse",
    f"""
Δl = 58.0 − 50.0 = 8.0 mm
ε = Δl/l = 8.0/58.0 = {epsw:.4f}

ε ≈ {epsw:.3f}
""",
    r(epsw, 3),
    "",
    "wrong_formula",
    f"Engineering strain divides by the original length 50.0 mm: ε = 8.0/50.0 = {eps:.2f}",
)

# ---------------------------------------------------------------- failure

# failure_01: fracture stress of an edge-cracked Al plate.
q = "h11a_failure_01"
root = r(math.sqrt(math.pi * 2.5e-3), 6)
sc = 26 / (1.12 * root)
add(
    q,
    "markdown",
    f"""
### Step 1: Fracture criterion
- σ_c = K_Ic/(Y√(πa))

### Step 2: Crack term
- a = 2.5 mm = 2.5 × 10⁻³ m
- √(πa) = √(π × 2.5 × 10⁻³) = {root:.6f} m^½

### Step 3: Fracture stress
- σ_c = 26 MPa·m^½/(1.12 × {root:.6f} m^½) = **{sc:.1f} MPa**

The fracture stress is below the 500 MPa yield strength, so linear-elastic fracture mechanics applies.

σ_c ≈ {sc:.0f} MPa
""",
    round(sc),
    "MPa",
)
scw = 26 / root
add(
    q,
    "final_line",
    f"""
For a crack of depth a = 2.5 mm (that is, 2 500 µm or 2.5 × 10⁻³ m) the plane-strain fracture condition is K_Ic = σ_c√(πa), so

σ_c = K_Ic/√(πa) = 26/√(π × 2.5 × 10⁻³) = 26/{root:.6f} = {scw:.1f} MPa

This is below the yield strength (500 MPa), so the LEFM estimate is valid.

**Final Answer:** σ_c ≈ {scw:.0f} MPa
""",
    round(scw),
    "MPa",
    "missing_factor",
    f"The edge-crack geometry factor Y = 1.12 is dropped: σ_c = 26/(1.12 × {root:.6f}) = "
    f"{sc:.0f} MPa",
)

# failure_06: minimum tie-rod diameter, FS 2 on yield.
q = "h11a_failure_06"
sw_ = 310 / 2.0
A6 = 45e3 / sw_  # mm²
d6 = math.sqrt(4 * A6 / math.pi)
add(
    q,
    "terse",
    f"""
σ_w = σ_y/N = 310/2.0 = {sw_:.0f} MPa
A = F/σ_w = 45 000 N/{sw_:.0f} N/mm² = {A6:.2f} mm²
A = πd²/4 → d = √(4A/π) = √(4 × {A6:.2f}/π) = {d6:.2f} mm

d_min ≈ {d6:.1f} mm
""",
    r(d6, 1),
    "mm",
)
d6w = math.sqrt(A6 / math.pi)
add(
    q,
    "given_first",
    f"""
**Given:** σ_y = 310 MPa, TS = 565 MPa, F = 45 kN, factor of safety N = 2.0 on yielding
**Find:** minimum rod diameter d

- Working stress: σ_w = σ_y/N = 310/2.0 = {sw_:.0f} MPa (the tensile strength is not needed)
- Required area: A = F/σ_w = 45 000/{sw_:.0f} = {A6:.2f} mm²
- Area of a round rod: A = πd², so d = √(A/π) = √({A6:.2f}/π) = {d6w:.2f} mm

**Answer:** d_min ≈ {d6w:.2f} mm
""",
    r(d6w, 2),
    "mm",
    "wrong_formula",
    f"A = πd²/4 (or πr²), not πd²: d = √(4A/π) = {d6:.1f} mm",
)

# failure_09: Charpy energy absorbed, in J.
q = "h11a_failure_09"
dh = 5.0 - 2.8
e_ftlb = 60 * dh
FTLBF = 1.3558
e9 = e_ftlb * FTLBF
add(
    q,
    "prose",
    f"""
The energy absorbed by the specimen is the loss of potential energy of the pendulum between its release height and the height it reaches after the break: E = W(h₁ − h₂) = 60 lbf × (5.0 − 2.8) ft = 60 × {dh:.1f} = {e_ftlb:.0f} ft·lbf. Using 1 ft·lbf = 1.3558 J, E = {e_ftlb:.0f} × 1.3558 = {e9:.1f} J.

Therefore, the answer is about {e9:.0f} J.
""",
    round(e9),
    "J",
)
e_w = 142.0
e9w = e_w * FTLBF
add(
    q,
    "markdown",
    f"""
### Step 1: Height lost by the pendulum
- Δh = h₁ − h₂ = 5.0 ft − 2.8 ft = {dh:.1f} ft

### Step 2: Energy absorbed
- E = W Δh = 60 lbf × {dh:.1f} ft = {e_w:.0f} ft·lbf

### Step 3: Convert to joules
- 1 ft·lbf = 1.3558 J → E = {e_w:.0f} × 1.3558 = **{e9w:.1f} J**

**Answer:** ≈ {e9w:.0f} J

Sanity check: the pendulum started with 60 × 5.0 = 300 ft·lbf (about {300 * FTLBF:.0f} J), \
so the specimen took a bit under half of the available energy, plausible for steel at −20 °F.
""",
    round(e9w),
    "J",
    "arithmetic_slip",
    f"60 × {dh:.1f} = {e_ftlb:.0f} ft·lbf, not {e_w:.0f}: E = {e9:.0f} J",
)

# ---------------------------------------------------------------- phase diagrams

# phase_diagrams_01: mass percent β in Pb–40Sn at 150 °C.
q = "h11a_phase_diagrams_01"
wb = (40 - 10) / (98 - 10)
add(
    q,
    "tex",
    f"""
By the lever rule along the tie line ($C_0 = 40$, $C_\\alpha = 10$, $C_\\beta = 98$ wt% Sn):

$$W_\\beta = \\frac{{C_0 - C_\\alpha}}{{C_\\beta - C_\\alpha}} = \\frac{{40 - 10}}{{98 - 10}} = \\frac{{30}}{{88}} = {wb:.4f}$$

$$\\boxed{{W_\\beta \\approx {wb * 100:.1f}\\,\\%}}$$
""",
    r(wb * 100, 1),
    "percent",
)
wbw = (98 - 40) / (98 - 10)
add(
    q,
    "bare",
    f"""
Lever rule on the 150 °C tie line:

W_β = (C_β − C₀)/(C_β − C_α) = (98 − 40)/(98 − 10) = 58/88 = {wbw:.4f}

So β makes up {wbw * 100:.1f}
""",
    r(wbw * 100, 1),
    "percent",
    "wrong_formula",
    f"The lever arm for β is the one opposite it, C₀ − C_α: W_β = 30/88 = {wb * 100:.1f} %",
)

# phase_diagrams_04: ferrite-to-cementite mass ratio in pearlite.
q = "h11a_phase_diagrams_04"
wa = (6.70 - 0.76) / (6.70 - 0.022)
wc = (0.76 - 0.022) / (6.70 - 0.022)
ratio = (6.70 - 0.76) / (0.76 - 0.022)
add(
    q,
    "markdown",
    f"""
### Step 1: Lever rule at the eutectoid composition
- W_α = (6.70 − 0.76)/(6.70 − 0.022) = 5.94/6.678 = {wa:.4f}
- W_Fe₃C = (0.76 − 0.022)/(6.70 − 0.022) = 0.738/6.678 = {wc:.4f}

### Step 2: Ratio
- W_α/W_Fe₃C = 5.94/0.738 = **{ratio:.2f}**

**Answer:** about {ratio:.2f} (roughly eight parts ferrite to one part cementite by mass)
""",
    r(ratio, 2),
    "",
)
rw = (0.76 - 0.022) / (6.70 - 0.76)
add(
    q,
    "prose",
    f"""
Pearlite forms from austenite of eutectoid composition, so the lever rule is applied at 0.76 wt% C between ferrite (0.022 wt% C) and cementite (6.70 wt% C). The ferrite fraction is W_α = (6.70 − 0.76)/(6.70 − 0.022) = {wa:.4f} and the cementite fraction is W_Fe₃C = (0.76 − 0.022)/(6.70 − 0.022) = {wc:.4f}. The mass ratio of the two phases is W_Fe₃C/W_α = 0.738/5.94 = {rw:.4f}.

Therefore, the answer is {rw:.3f}.
""",
    r(rw, 3),
    "",
    "wrong_quantity",
    f"The question asks ferrite to cementite, W_α/W_Fe₃C = 5.94/0.738 = {ratio:.2f}; "
    f"{rw:.3f} is the inverse ratio",
)

# ---------------------------------------------------------------- electrical / semiconductors

# electrical_semiconductors_08: drift time of an electron along a 1.0 cm Ge bar, in µs.
q = "h11b_electrical_semiconductors_08"
field = 2.0 / 0.010
vd = 0.38 * field
t8 = 0.010 / vd
add(
    q,
    "terse",
    f"""
E = V/L = 2.0 V/0.010 m = {field:.0f} V/m
v_d = μ_e E = 0.38 × {field:.0f} = {vd:.0f} m/s
t = L/v_d = 0.010/{vd:.0f} = {uni(t8, 4)} s

t ≈ {t8 * 1e6:.1f} µs
""",
    r(t8 * 1e6, 1),
    "microsecond",
)
add(
    q,
    "given_first",
    f"""
**Given:** L = 1.0 cm (= 10 mm = 0.010 m), V = 2.0 V, μ_e = 0.38 m²/(V·s)
**Find:** the electron transit time t, in µs

- Field: E = V/L = 2.0/0.010 = {field:.0f} V/m
- Drift velocity: v_d = μ_e E = 0.38 × {field:.0f} = {vd:.0f} m/s
- Transit time: t = L/v_d = 0.010 m/{vd:.0f} m/s = {uni(t8, 4)} s

**Answer:** t ≈ 113.6 µs
""",
    113.6,
    "microsecond",
    "final_miscopied",
    f"The computed time {uni(t8, 4)} s is {t8 * 1e6:.1f} µs; the digits are transposed in the "
    "final answer",
)

# ---------------------------------------------------------------- magnetic

# magnetic_02: flux density in a ferrite-cored solenoid.
q = "h11b_magnetic_02"
nl = 200 / 0.25
h2 = nl * 1.2
b2 = MU_0 * 500 * h2
add(
    q,
    "final_line",
    f"""
Field strength inside a long solenoid:
H = NI/L = (200 × 1.2 A)/0.25 m = {h2:.0f} A/m

Flux density in the core, with μ₀ = 4π × 10⁻⁷ H/m and μ_r = 500:
B = μ₀μ_r H = 4π × 10⁻⁷ × 500 × {h2:.0f} = {b2:.4f} T

The wire diameter (0.8 mm) does not enter.

**Final Answer:** B ≈ {b2:.3f} T
""",
    r(b2, 3),
    "T",
)
b2w = MU_0 * h2
add(
    q,
    "tex",
    f"""
For a long solenoid the applied field is

$$H = \\frac{{NI}}{{L}} = \\frac{{200 \\times 1.2}}{{0.25}} = {h2:.0f}\\ \\mathrm{{A/m}}$$

and the flux density, with $\\mu_0 = 4\\pi\\times10^{{-7}}\\ \\mathrm{{H/m}}$, is

$$B = \\mu_0 H = 4\\pi\\times10^{{-7}} \\times {h2:.0f} = {tex(b2w, 3)}\\ \\mathrm{{T}}$$

$$\\boxed{{B \\approx {tex(b2w, 3)}\\ \\mathrm{{T}}}}$$

This seems small, but it is the right order for a modest coil: 960 ampere-turns per metre is only \
about 12 Oe, and the ferrite would saturate near 0.4 to 0.5 T anyway.
""",
    sci(b2w, 3),
    "T",
    "missing_factor",
    f"Inside the core B = μ₀μ_r H; the factor μ_r = 500 is dropped: B = {b2:.3f} T",
)

# ---------------------------------------------------------------- optical

# optical_05: photons per second from a 5.0 mW He–Ne laser.
q = "h11b_optical_05"
ep = H_PL * C_0 / 632.8e-9
n5 = 5.0e-3 / ep
add(
    q,
    "markdown",
    f"""
### Step 1: Energy of one photon
- E = hc/λ, with h = 6.626 × 10⁻³⁴ J·s and c = 2.998 × 10⁸ m/s
- E = (6.626 × 10⁻³⁴)(2.998 × 10⁸)/(632.8 × 10⁻⁹ m) = {uni(ep, 4)} J

### Step 2: Photon rate
- P = 5.0 mW = 5.0 × 10⁻³ W = 5.0 × 10⁻³ J/s
- Ṅ = P/E = 5.0 × 10⁻³/{uni(ep, 4)} = **{uni(n5, 3)} photons/s**

**Answer:** ≈ {uni(n5, 3)} photons per second
""",
    sci(n5, 3),
    "1/s",
)
HBAR = 1.055e-34
epw = HBAR * C_0 / 632.8e-9
n5w = 5.0e-3 / epw
add(
    q,
    "prose",
    f"""
Each photon carries E = ħc/λ. With ħ = 1.055 × 10⁻³⁴ J·s, c = 2.998 × 10⁸ m/s and λ = 632.8 nm, E = (1.055 × 10⁻³⁴ × 2.998 × 10⁸)/(632.8 × 10⁻⁹) = {uni(epw, 4)} J. The laser delivers 5.0 × 10⁻³ J every second, so the photon rate is 5.0 × 10⁻³/{uni(epw, 4)} = {uni(n5w, 3)} s⁻¹.

Therefore, the answer is about {uni(n5w, 3)} photons per second.
""",
    sci(n5w, 3),
    "1/s",
    "wrong_constant",
    f"E = hc/λ uses h = 6.626 × 10⁻³⁴ J·s, not ħ: E = {uni(ep, 4)} J and Ṅ = {uni(n5, 3)} s⁻¹",
)

# optical_08: time for luminescence to fall to a quarter, τ = 3.0 ms.
q = "h11b_optical_08"
ln4 = r(math.log(4), 4)
t8b = 3.0 * ln4
add(
    q,
    "prose",
    f"""
For exponential decay I(t) = I₀ exp(−t/τ). Setting I/I₀ = 1/4 gives t = τ ln 4. With τ = 3.0 ms and ln 4 = {ln4:.4f}, t = 3.0 × {ln4:.4f} = {t8b:.2f} ms.

Therefore, the answer is about {t8b:.2f} ms.
""",
    r(t8b, 2),
    "ms",
)
lg4 = r(math.log10(4), 4)
t8w = 3.0 * lg4
add(
    q,
    "terse",
    f"""
I = I₀ e^(−t/τ) → t = τ log(I₀/I)
t = 3.0 ms × log 4 = 3.0 × {lg4:.4f} = {t8w:.3f} ms

t ≈ {t8w:.2f} ms
""",
    r(t8w, 2),
    "ms",
    "wrong_formula",
    f"Inverting the exponential needs the natural log: t = 3.0 × ln 4 = 3.0 × {ln4:.4f} = "
    f"{t8b:.2f} ms",
)

# ---------------------------------------------------------------- thermal

# thermal_04: heat to warm 2.0 kg of Cu by 100 K, in kcal.
q = "h11b_thermal_04"
qj = 2.0 * 386 * (125 - 25)
qk = qj / 4184
add(
    q,
    "given_first",
    f"""
**Given:** m = 2.0 kg, c_p = 386 J/(kg·K), T from 25 °C to 125 °C, 1 kcal = 4.184 kJ
**Find:** Q in kcal

- ΔT = 125 − 25 = 100 °C = 100 K
- Q = m c_p ΔT = 2.0 × 386 × 100 = {qj:.0f} J = {qj / 1000:.1f} kJ
- Q = {qj / 1000:.1f} kJ/4.184 kJ/kcal = {qk:.2f} kcal

**Answer:** Q ≈ {qk:.1f} kcal

The density is not needed here; it would only matter if the copper were given as a volume (2.0 kg \
is about {2000 / 8.96:.0f} cm³ at 8.96 g/cm³).
""",
    r(qk, 1),
    "kcal",
)
qjw = 2.0 * 368 * (125 - 25)
qkw = qjw / 4184
add(
    q,
    "tex",
    f"""
$$Q = m c_p \\Delta T = (2.0\\ \\mathrm{{kg}})(368\\ \\mathrm{{J\\,kg^{{-1}}\\,K^{{-1}}}})(100\\ \\mathrm{{K}}) = {qjw:.0f}\\ \\mathrm{{J}}$$

$$Q = \\frac{{{qjw:.0f}\\ \\mathrm{{J}}}}{{4184\\ \\mathrm{{J/kcal}}}} = {qkw:.2f}\\ \\mathrm{{kcal}}$$

$$\\boxed{{Q \\approx {qkw:.1f}\\ \\mathrm{{kcal}}}}$$
""",
    r(qkw, 1),
    "kcal",
    "given_miscopied",
    f"c_p is 386 J/(kg·K), not 368: Q = {qj:.0f} J = {qk:.1f} kcal",
)

# ---------------------------------------------------------------- polymers

# polymers_01: degree of polymerization of PVC, M_n = 150 000 g/mol.
q = "h11b_polymers_01"
m_vc = 2 * 12.01 + 3 * 1.008 + 35.45
dp = 150000 / m_vc
add(
    q,
    "bare",
    f"""
The PVC repeat unit is C₂H₃Cl. Using C = 12.01, H = 1.008 and Cl = 35.45 g/mol:

m = 2(12.01) + 3(1.008) + 35.45 = {m_vc:.3f} g/mol

n_n = M_n/m = 150 000/{m_vc:.3f} = {dp:.1f}

n_n ≈ {dp:.0f}
""",
    round(dp),
    "",
)
m_w = m_vc - 1.0
dpw = 150000 / m_w
add(
    q,
    "final_line",
    f"""
The repeat unit of poly(vinyl chloride) is –CH₂–CHCl–, i.e. C₂H₃Cl.

Repeat-unit mass: m = 2(12.01) + 3(1.008) + 35.45 = 24.02 + 3.024 + 35.45 = {m_w:.3f} g/mol

Degree of polymerization: n_n = M_n/m = 150 000/{m_w:.3f} = {dpw:.1f}

**Final Answer:** n_n ≈ {dpw:.0f}
""",
    round(dpw),
    "",
    "arithmetic_slip",
    f"24.02 + 3.024 + 35.45 = {m_vc:.3f} g/mol, not {m_w:.3f}: n_n = {dp:.0f}",
)

# polymers_03: weight percent amorphous in a PE of density 0.925 g/cm³.
q = "h11b_polymers_03"
xc = 1.000 * (0.925 - 0.870) / (0.925 * (1.000 - 0.870))
add(
    q,
    "markdown",
    f"""
### Step 1: Percent crystallinity
- %cryst = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100
- = 1.000(0.925 − 0.870)/[0.925(1.000 − 0.870)] × 100
- = 0.055/{0.925 * 0.130:.5f} × 100 = {xc * 100:.2f} %

### Step 2: Amorphous fraction
- %amorphous = 100 − {xc * 100:.2f} = **{100 - xc * 100:.2f} %**

**Answer:** about {100 - xc * 100:.1f} wt% of the sample is amorphous.
""",
    r(100 - xc * 100, 1),
    "percent",
)
add(
    q,
    "given_first",
    f"""
**Given:** ρ_s = 0.925 g/cm³, ρ_c = 1.000 g/cm³, ρ_a = 0.870 g/cm³
**Find:** weight percent amorphous

The weight fraction of crystalline material follows from the densities:

%cryst = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 = (1.000)(0.055)/[(0.925)(0.130)] × 100 = {xc * 100:.1f} %

**Answer:** ≈ {xc * 100:.1f} wt%
""",
    r(xc * 100, 1),
    "percent",
    "wrong_quantity",
    f"{xc * 100:.1f} % is the crystalline part; the amorphous part asked for is "
    f"100 − {xc * 100:.1f} = {100 - xc * 100:.1f} %",
)

# ---------------------------------------------------------------- ceramics / composites

# ceramics_composites_02: percentage of load carried by the fibres.
q = "h11b_ceramics_composites_02"
ff = 230 * 0.55
fm = 3.1 * 0.45
frac = ff / (ff + fm)
add(
    q,
    "terse",
    f"""
F_f/F_m = E_f V_f/(E_m V_m) = (230 × 0.55)/(3.1 × 0.45) = {ff:.1f}/{fm:.3f} = {ff / fm:.1f}
F_f/F = {ff:.1f}/({ff:.1f} + {fm:.3f}) = {frac:.4f}

≈ {frac * 100:.1f} % of the load is carried by the fibres
""",
    r(frac * 100, 1),
    "percent",
)
add(
    q,
    "final_line",
    f"""
In isostrain loading the fibre and matrix share the same strain, so the load each carries is proportional to E·V:

F_f/F = E_f V_f/(E_f V_f + E_m V_m) = (230)(0.55)/[(230)(0.55) + (3.1)(0.45)] = {ff:.1f}/{ff + fm:.3f} = {frac:.4f}

**Final Answer:** {frac:.3f} %
""",
    r(frac, 3),
    "percent",
    "percent_fraction",
    f"{frac:.4f} is the fraction; as a percentage it is {frac * 100:.1f} %",
)

# ---------------------------------------------------------------- corrosion

# corrosion_01: Zn | Zn²⁺ (1.0 M) || Cu²⁺ (1.0e-3 M) | Cu at 25 °C.
q = "h11b_corrosion_01"
e0 = 0.340 - (-0.763)
rtnf = r(R * 298.15 / (2 * F), 6)
ln3 = r(math.log(1.0 / 1.0e-3), 4)
term = rtnf * ln3
ecell = e0 - term
add(
    q,
    "tex",
    f"""
The standard cell potential is $E^\\circ = E^\\circ_{{\\mathrm{{Cu}}}} - E^\\circ_{{\\mathrm{{Zn}}}} = 0.340 - (-0.763) = {e0:.3f}\\ \\mathrm{{V}}$.
For $\\mathrm{{Zn}} + \\mathrm{{Cu^{{2+}}}} \\rightarrow \\mathrm{{Zn^{{2+}}}} + \\mathrm{{Cu}}$ ($n = 2$), the Nernst equation with $R = 8.314$, $T = 298.15\\ \\mathrm{{K}}$, $F = 96\\,485$ gives

$$E = E^\\circ - \\frac{{RT}}{{nF}}\\ln\\frac{{[\\mathrm{{Zn^{{2+}}}}]}}{{[\\mathrm{{Cu^{{2+}}}}]}} = {e0:.3f} - {rtnf:.6f}\\ln\\frac{{1.0}}{{1.0\\times10^{{-3}}}} = {e0:.3f} - {rtnf:.6f}({ln3:.4f}) = {ecell:.4f}\\ \\mathrm{{V}}$$

$$\\boxed{{E \\approx {ecell:.3f}\\ \\mathrm{{V}}}}$$
""",
    r(ecell, 3),
    "V",
)
ecw = e0 + term
add(
    q,
    "markdown",
    f"""
### Step 1: Standard potential
- E° = E°(Cu²⁺/Cu) − E°(Zn²⁺/Zn) = 0.340 − (−0.763) = {e0:.3f} V

### Step 2: Concentration correction (n = 2)
- RT/(nF) = (8.314 × 298.15)/(2 × 96 485) = {rtnf:.6f} V
- ln([Zn²⁺]/[Cu²⁺]) = ln(1.0/1.0 × 10⁻³) = {ln3:.4f}
- E = E° + (RT/nF) ln([Zn²⁺]/[Cu²⁺]) = {e0:.3f} + {rtnf:.6f} × {ln3:.4f} = **{ecw:.4f} V**

**Answer:** E ≈ {ecw:.3f} V

This is about 0.09 V away from the standard 1.103 V, which is the size of shift a thousand-fold \
concentration ratio gives for a two-electron reaction (about 29.6 mV per decade at 25 °C).
""",
    r(ecw, 3),
    "V",
    "sign_error",
    f"The Nernst term is subtracted: E = {e0:.3f} − {term:.4f} = {ecell:.3f} V",
)

if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
