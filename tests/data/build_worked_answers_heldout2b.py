"""Build tests/data/worked_answers_heldout2b.jsonl: a second blind set of worked answers to set C.

Written blind to 20 questions of ``answer_exam_heldout2.json`` that no other
``worked_answers_*.jsonl`` answers (must-refuse items skipped); the answer engine, its checker and
its solver were not read. Every question has two responses: one correct throughout, and one with
exactly one labelled mistake (``worked_answers_check.ERROR_CLASSES``) whose note names the first
wrong step and the value it should have had. Twelve of the twenty mistakes are physics or
chemistry errors carried through with clean arithmetic (a wrong structure or relation, log₁₀ for
ln, a diameter for a radius, a dropped factor or term, a different quantity than the one asked, a
sign convention turned round, a given used in the wrong role, °C used as K); the other eight are
slips (arithmetic, units, a miscopied given or final value, a wrong constant, a fraction written
where a percentage is asked).

Writing styles copied from chat models: "### Step" markdown with bullets, TeX display maths
closing with ``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains,
a "Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. All numbers are computed below and intermediate values are rounded
the way a model rounds them, so that only the labelled step is wrong.

Run: ``python tests/data/build_worked_answers_heldout2b.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout2b``.
"""

from __future__ import annotations

import math

from worked_writing import K_EV, MU_B, NA, R, WorkedSet, sci, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout2b", exam_name="heldout2", styles=STYLES)
add = SET.add_styled


# ---------------------------------------------------------------- crystallography

# cryst_04: angle between [111] and [110] in a cubic crystal.
cos4 = round(2 / (round(math.sqrt(3), 4) * round(math.sqrt(2), 4)), 4)
th4 = math.degrees(math.acos(cos4))
add(
    "h2_cryst_04",
    "terse",
    f"""
[111]·[110] = 1·1 + 1·1 + 1·0 = 2
|[111]| = √3 = 1.7321, |[110]| = √2 = 1.4142
cos θ = 2/(1.7321 × 1.4142) = {cos4:.4f}
θ = arccos({cos4:.4f}) = {th4:.2f}°
""",
    round(th4, 2),
    "degree",
)
cos4_w = round(2 / (round(math.sqrt(3), 4) * 2), 4)
th4_w = math.degrees(math.acos(cos4_w))
add(
    "h2_cryst_04",
    "markdown",
    f"""
### Step 1: Dot product
- [111]·[110] = (1)(1) + (1)(1) + (1)(0) = **2**

### Step 2: Lengths of the two vectors
- |[111]| = √(1² + 1² + 1²) = √3 = **1.7321**
- |[110]| = 1² + 1² + 0² = **2**

### Step 3: Angle
- cos θ = 2 / (1.7321 × 2) = **{cos4_w:.4f}**
- θ = arccos({cos4_w:.4f}) = **{th4_w:.2f}°**

The angle between [111] and [110] is **{th4_w:.2f}°**.
""",
    round(th4_w, 2),
    "degree",
    "arithmetic_slip",
    f"Step 2: |[110]| = √2 = 1.4142 (the square root was not taken); cos θ = {cos4:.4f} and "
    f"θ = {th4:.2f}°",
)

# cryst_06: lattice parameter of gold from its density.
vol6 = 4 * 196.97 / (19.32 * NA)  # cm³
a6 = sci(vol6, 4) ** (1 / 3) * 1e8  # Å
add(
    "h2_cryst_06",
    "tex",
    f"""
For a cubic cell with $n$ atoms, $\\rho = \\dfrac{{nA}}{{a^3 N_A}}$, and FCC has $n = 4$. The
melting point and the modulus are not needed.

$$a^3 = \\frac{{nA}}{{\\rho N_A}} = \\frac{{4 \\times 196.97}}{{19.32 \\times 6.022 \\times 10^{{23}}}}
= {tex(vol6, 4)}\\ \\mathrm{{cm^3}}$$

$$a = \\left({tex(vol6, 4)}\\right)^{{1/3}} = {tex(a6 * 1e-8, 4)}\\ \\mathrm{{cm}}$$

$$\\boxed{{a \\approx {a6:.3f}\\ \\mathrm{{\\AA}}}}$$
""",
    round(a6, 3),
    "angstrom",
)
vol6_w = 2 * 196.97 / (19.32 * NA)
a6_w = sci(vol6_w, 4) ** (1 / 3) * 1e8
add(
    "h2_cryst_06",
    "given_first",
    f"""
**Given:** A = 196.97 g/mol, ρ = 19.32 g/cm³, N_A = 6.022 × 10²³ mol⁻¹ (T_m and E are not
needed).
**Find:** the cubic lattice parameter a.

The density of a cubic crystal is ρ = nA/(a³N_A). Taking n = 2 atoms per unit cell:

- a³ = nA/(ρN_A) = (2 × 196.97)/(19.32 × 6.022 × 10²³) = {uni(vol6_w, 4)} cm³
- a = ({uni(vol6_w, 4)})^(1/3) = {uni(a6_w * 1e-8, 4)} cm

**a ≈ {a6_w:.3f} Å**
""",
    round(a6_w, 3),
    "angstrom",
    "wrong_formula",
    f"n = 2 is the BCC count; gold is FCC with n = 4 atoms per cell, a³ = {uni(vol6, 4)} cm³ "
    f"and a = {a6:.3f} Å",
)

# ---------------------------------------------------------------- point defects

# defect_04: temperature at which the vacancy fraction is 10⁻⁴ (Qv = 1.08 eV).
ln4 = round(math.log(1e4), 4)
kl4 = K_EV * ln4
tk4 = 1.08 / round(kl4, 8)
tc4 = tk4 - 273
add(
    "h2_defect_04",
    "prose",
    f"""
The equilibrium vacancy fraction is N_v/N = exp(−Q_v/kT). Setting this to 1/10 000 and taking logarithms gives Q_v/kT = ln(10⁴) = {ln4:.4f}, so T = Q_v/(k ln 10⁴). With Boltzmann's constant k = 8.617 × 10⁻⁵ eV/K, the denominator is 8.617 × 10⁻⁵ × {ln4:.4f} = {uni(kl4, 4)} eV/K, and T = 1.08/{uni(kl4, 4)} = {tk4:.1f} K. Converting to Celsius, {tk4:.1f} − 273 = {tc4:.1f} °C.

Therefore, the answer is {tc4:.0f} °C.
""",
    round(tc4),
    "degC",
)
kl4_w = K_EV * 4
tk4_w = 1.08 / kl4_w
tc4_w = tk4_w - 273
add(
    "h2_defect_04",
    "final_line",
    f"""
Vacancy fraction: N_v/N = exp(−Q_v/kT) = 10⁻⁴

Taking the logarithm of both sides:
- Q_v/kT = log(10⁴) = 4
- T = Q_v/(4k) = 1.08/(4 × 8.617 × 10⁻⁵) = 1.08/{uni(kl4_w, 4)} = {tk4_w:.1f} K
- In °C: {tk4_w:.1f} − 273 = {tc4_w:.1f} °C

**Final Answer:** T ≈ {tc4_w:.0f} °C
""",
    round(tc4_w),
    "degC",
    "wrong_formula",
    f"Inverting the exponential needs the natural log: ln(10⁴) = {ln4:.4f}, not log₁₀ = 4; "
    f"T = {tk4:.1f} K = {tc4:.0f} °C",
)

# ---------------------------------------------------------------- diffusion

# diff_08: temperature at which D = 1.0 × 10⁻¹⁴ m²/s.
ln8 = round(math.log(1.1e-4 / 1.0e-14), 3)
tk8 = 284000 / (R * ln8)
tc8 = tk8 - 273
add(
    "h2_diff_08",
    "markdown",
    f"""
### Step 1: Rearrange the Arrhenius equation
- D = D₀ exp(−Q/RT) → **T = Q / [R ln(D₀/D)]**

### Step 2: Logarithm
- D₀/D = 1.1 × 10⁻⁴ / 1.0 × 10⁻¹⁴ = 1.1 × 10¹⁰
- ln(1.1 × 10¹⁰) = **{ln8:.3f}**

### Step 3: Temperature
- R = 8.314 J/(mol·K)
- T = 284 000 / (8.314 × {ln8:.3f}) = 284 000 / {R * ln8:.2f} = **{tk8:.1f} K**

### Step 4: Convert to °C
- T = {tk8:.1f} − 273 = **{tc8:.0f} °C**

The diffusion coefficient reaches 1.0 × 10⁻¹⁴ m²/s at about **{tc8:.0f} °C**.
""",
    round(tc8),
    "degC",
)
add(
    "h2_diff_08",
    "terse",
    f"""
T = Q/[R ln(D₀/D)]
ln(1.1 × 10⁻⁴/1.0 × 10⁻¹⁴) = ln(1.1 × 10¹⁰) = {ln8:.3f}
T = 284 000/(8.314 × {ln8:.3f}) = {tk8:.0f}
T ≈ {tk8:.0f} °C
""",
    round(tk8),
    "degC",
    "unit_conversion",
    f"Last line: {tk8:.0f} is the temperature in kelvin; in °C it is {tk8:.0f} − 273 = "
    f"{tc8:.0f} °C",
)

# diff_09: diffusion coefficient of hydrogen in palladium from a steady-state flux.
grad9 = (2.4 - 0.6) / 5e-3  # kg/m⁴
d9 = 2.5e-8 / grad9
add(
    "h2_diff_09",
    "given_first",
    f"""
Given:
- J = 2.5 × 10⁻⁸ kg/(m²·s) (already a flux, per unit area)
- C_A = 2.4 kg/m³, C_B = 0.6 kg/m³
- Δx = 5 mm = 5 × 10⁻³ m
Find: D.

Fick's first law at steady state: J = −D (ΔC/Δx), so D = J Δx/(C_A − C_B).

- Concentration gradient: (2.4 − 0.6)/(5 × 10⁻³) = {grad9:.0f} kg/m⁴
- D = 2.5 × 10⁻⁸ / {grad9:.0f} = {uni(d9, 3)} m²/s

Answer: D ≈ {uni(d9, 3)} m²/s
""",
    sci(d9, 3),
    "m**2/s",
)
d9_w = 2.5e-8 / (0.20 * grad9)
add(
    "h2_diff_09",
    "tex",
    f"""
The sheet area enters Fick's first law through the total transport rate,

$$J = -\\frac{{D A\\,\\Delta C}}{{\\Delta x}} \\;\\Rightarrow\\; D = \\frac{{J\\,\\Delta x}}{{A\\,\\Delta C}}$$

$$D = \\frac{{(2.5 \\times 10^{{-8}})(5 \\times 10^{{-3}})}}{{(0.20)(2.4 - 0.6)}}
= \\frac{{1.25 \\times 10^{{-10}}}}{{0.36}}$$

$$\\boxed{{D \\approx {tex(d9_w, 3)}\\ \\mathrm{{m^2\\,s^{{-1}}}}}}$$
""",
    sci(d9_w, 3),
    "m**2/s",
    "wrong_formula",
    f"The flux is already per unit area (kg m⁻² s⁻¹); dividing by A = 0.20 m² again is wrong, "
    f"D = JΔx/ΔC = {uni(d9, 3)} m²/s",
)

# ---------------------------------------------------------------- mechanical properties

# mech_06: rupture life from the Larson–Miller parameter at 800 °C.
tk6 = 800 + 273
x6 = round(24.0e3 / tk6, 3)
lt6 = round(x6 - 20, 3)
t6 = 10**lt6
add(
    "h2_mech_06",
    "tex",
    f"""
The Larson–Miller parameter is $P = T\\,(C + \\log t_r)$ with $T$ in K:

$$T = 800 + 273 = {tk6}\\ \\mathrm{{K}}$$

$$\\log t_r = \\frac{{P}}{{T}} - C = \\frac{{24.0 \\times 10^3}}{{{tk6}}} - 20 = {x6:.3f} - 20
= {lt6:.3f}$$

$$t_r = 10^{{{lt6:.3f}}} = {t6:.0f}\\ \\mathrm{{h}}$$

$$\\boxed{{t_r \\approx {t6:.0f}\\ \\mathrm{{h}}}}$$
""",
    round(t6),
    "hour",
)
add(
    "h2_mech_06",
    "prose",
    """
The Larson–Miller parameter ties temperature and rupture time together as LMP = T(C + log t_r). Rearranging, log t_r = LMP/T − C. With the test temperature of 800 and C = 20, log t_r = 24 000/800 − 20 = 30 − 20 = 10, so t_r = 10¹⁰ h. That is an extremely long life, which reflects how low the applied stress must be for such a large parameter.

Therefore, the answer is 1.0 × 10¹⁰ hours.
""",
    1.0e10,
    "hour",
    "unit_conversion",
    f"T must be in kelvin: 800 °C = {tk6} K, log t_r = {lt6:.3f} and t_r ≈ {t6:.0f} h",
)

# mech_08: modulus of resilience of a spring steel.
u8 = 550**2 / (2 * 207e3)  # MPa = MJ/m³
add(
    "h2_mech_08",
    "bare",
    f"""
U_r = σ_y²/(2E)

U_r = (550 × 10⁶)² / (2 × 207 × 10⁹) = {uni(u8 * 1e6, 4)} J/m³

{u8 * 1000:.1f}
""",
    round(u8 * 1000, 1),
    "kJ/m**3",
)
ey8 = round(550 / 207e3, 6)
u8_w = 550 * ey8  # MPa
add(
    "h2_mech_08",
    "markdown",
    f"""
### Step 1: Identify the relevant property
- Resilience is the elastic strain energy stored up to yielding, so only σ_y = 550 MPa and
  E = 207 GPa matter (the tensile strength and elongation do not).

### Step 2: Yield strain
- ε_y = σ_y/E = 550/207 000 = **{ey8:.6f}**

### Step 3: Modulus of resilience
- U_r = σ_y ε_y = 550 × 10⁶ Pa × {ey8:.6f} = **{uni(u8_w * 1e6, 4)} J/m³**

The modulus of resilience is about **{u8_w * 1000:.0f} kJ/m³**.
""",
    round(u8_w * 1000),
    "kJ/m**3",
    "missing_factor",
    f"Step 3: the energy under the linear stress–strain curve is ½σ_yε_y = σ_y²/(2E); the ½ is "
    f"dropped, U_r = {u8 * 1000:.1f} kJ/m³",
)

# ---------------------------------------------------------------- phase diagrams

# phase_03: fraction of eutectic α in Pb–40 wt% Sn just below 183 °C.
we3 = round((40 - 18.3) / (61.9 - 18.3), 4)
wat3 = round((97.8 - 40) / (97.8 - 18.3), 4)
wea3 = wat3 - (1 - we3)
add(
    "h2_phase_03",
    "markdown",
    f"""
### Step 1: Total α (lever rule across α–β)
- W_α = (C_β − C₀)/(C_β − C_α) = (97.8 − 40)/(97.8 − 18.3) = 57.8/79.5 = **{wat3:.4f}**

### Step 2: Primary α (lever rule across α–eutectic)
- W_e = (C₀ − C_α)/(C_E − C_α) = (40 − 18.3)/(61.9 − 18.3) = 21.7/43.6 = **{we3:.4f}**
- W_α′ (primary) = 1 − W_e = **{1 - we3:.4f}**

### Step 3: Eutectic α
- W_αe = W_α − W_α′ = {wat3:.4f} − {1 - we3:.4f} = **{wea3:.4f}**

The mass fraction of eutectic α is about **{wea3:.3f}**.
""",
    round(wea3, 3),
    "dimensionless",
)
add(
    "h2_phase_03",
    "given_first",
    f"""
**Given:** C₀ = 40 wt% Sn, C_α = 18.3 wt% Sn, C_β = 97.8 wt% Sn, C_E = 61.9 wt% Sn.

**Find:** the fraction of the alloy that forms in the eutectic reaction.

The liquid present just above 183 °C has the eutectic composition and turns into the eutectic
microconstituent, so the lever rule between the α phase boundary and the eutectic point gives

W_e = (C₀ − C_α)/(C_E − C_α) = (40 − 18.3)/(61.9 − 18.3) = 21.7/43.6 = {we3:.4f}

**Mass fraction ≈ {we3:.3f}**
""",
    round(we3, 3),
    "dimensionless",
    "wrong_quantity",
    f"{we3:.3f} is the whole eutectic microconstituent; only its α part is asked, "
    f"W_α − (1 − W_e) = {wat3:.4f} − {1 - we3:.4f} = {wea3:.3f}",
)

# phase_04: proeutectoid ferrite in a 0.45 wt% C steel.
wp4 = (0.76 - 0.45) / (0.76 - 0.022)
add(
    "h2_phase_04",
    "tex",
    f"""
The steel is hypoeutectoid, so ferrite forms first. Just above the eutectoid temperature the
lever rule between $\\alpha$ (0.022 wt% C) and the eutectoid point (0.76 wt% C) gives

$$W_{{\\alpha'}} = \\frac{{0.76 - C_0}}{{0.76 - 0.022}} = \\frac{{0.76 - 0.45}}{{0.738}}
= \\frac{{0.31}}{{0.738}} = {wp4:.4f}$$

$$\\boxed{{W_{{\\alpha'}} \\approx {wp4 * 100:.1f}\\,\\%}}$$
""",
    round(wp4 * 100, 1),
    "percent",
)
add(
    "h2_phase_04",
    "bare",
    f"""
W_α′ = (0.76 − 0.45)/(0.76 − 0.022)

= 0.31/0.738

{wp4:.2f}
""",
    round(wp4, 2),
    "percent",
    "percent_fraction",
    f"Last line: {wp4:.2f} is the mass fraction; the question asks for a percentage, "
    f"{wp4 * 100:.1f} %",
)

# ---------------------------------------------------------------- transformations

# trans_06: driving force for solidification at 20 K undercooling.
dg6 = 10700 * 20 / 933
add(
    "h2_trans_06",
    "final_line",
    f"""
Near the melting point ΔH and ΔS barely change with temperature, and at T_m, ΔG = 0 gives
ΔS_f = ΔH_f/T_m. Hence, at T = T_m − ΔT,

|ΔG| ≈ ΔH_f ΔT / T_m = 10 700 × 20 / 933 = 214 000/933 = {dg6:.1f} J/mol

**Final Answer:** |ΔG| ≈ {dg6:.0f} J/mol
""",
    round(dg6),
    "J/mol",
)
dg6_w = 10700 * 20 / 993
add(
    "h2_trans_06",
    "terse",
    f"""
ΔS_f = ΔH_f/T_m = 10 700/993 = {10700 / 993:.3f} J/(mol·K)
|ΔG| = ΔS_f ΔT = {10700 / 993:.3f} × 20 = {dg6_w:.1f} J/mol
|ΔG| ≈ {dg6_w:.0f} J/mol
""",
    round(dg6_w),
    "J/mol",
    "given_miscopied",
    f"T_m is 933 K, not 993 K: ΔS_f = {10700 / 933:.3f} J/(mol·K) and |ΔG| = {dg6:.0f} J/mol",
)

# trans_09: equilibrium O₂ pressure over Ni/NiO at 1000 °C.
rt9 = R * 1273
x9 = round(287000 / rt9, 3)
p9 = math.exp(-x9)
add(
    "h2_trans_09",
    "prose",
    f"""
For 2Ni + O₂ → 2NiO the solids have unit activity, so the equilibrium constant is K = 1/p(O₂). From ΔG° = −RT ln K = RT ln p(O₂), the equilibrium pressure is p(O₂) = exp(ΔG°/RT). At 1000 °C = 1273 K, RT = 8.314 × 1273 = {rt9:.1f} J/mol, so ΔG°/RT = −287 000/{rt9:.1f} = −{x9:.3f}, and p(O₂) = e^(−{x9:.3f}) = {uni(p9, 3)} atm. Below this pressure the oxide is unstable and decomposes.

Therefore, the answer is {uni(p9, 3)} atm.
""",
    sci(p9, 3),
    "atm",
)
p9_w = math.exp(x9)
add(
    "h2_trans_09",
    "markdown",
    f"""
### Step 1: Equilibrium constant
- K = p(O₂) for the oxygen in the reaction
- ΔG° = −RT ln K → ln p(O₂) = −ΔG°/RT

### Step 2: Numbers
- T = 1000 + 273 = 1273 K
- RT = 8.314 × 1273 = {rt9:.1f} J/mol
- ln p(O₂) = 287 000/{rt9:.1f} = **{x9:.3f}**

### Step 3: Pressure
- p(O₂) = e^{x9:.3f} = **{uni(p9_w, 3)} atm**

NiO decomposes below p(O₂) ≈ **{uni(p9_w, 3)} atm**.
""",
    sci(p9_w, 3),
    "atm",
    "sign_error",
    f"Step 1: O₂ is a reactant, so K = 1/p(O₂) and ln p(O₂) = +ΔG°/RT = −{x9:.3f}; "
    f"p(O₂) = {uni(p9, 3)} atm",
)

# ---------------------------------------------------------------- electrical

# elec_01: resistance of a copper wire.
area1 = math.pi * (0.6e-3) ** 2
r1 = 1.72e-8 * 25 / sci(area1, 4)
add(
    "h2_elec_01",
    "given_first",
    f"""
**Given:** ρ = 1.72 × 10⁻⁸ Ω·m, L = 25 m, d = 1.2 mm (r = 0.6 mm); the density is not needed.
**Find:** R.

- Cross-section: A = πr² = π(0.6 × 10⁻³ m)² = {uni(area1, 4)} m²
- R = ρL/A = (1.72 × 10⁻⁸ × 25)/{uni(area1, 4)} = 4.30 × 10⁻⁷/{uni(area1, 4)}

**R ≈ {r1:.3f} Ω**
""",
    round(r1, 3),
    "ohm",
)
area1_w = math.pi * (1.2e-3) ** 2
r1_w = 1.72e-8 * 25 / sci(area1_w, 4)
add(
    "h2_elec_01",
    "terse",
    f"""
A = πr² = π(1.2 × 10⁻³)² = {uni(area1_w, 4)} m²
R = ρL/A = 1.72 × 10⁻⁸ × 25 / {uni(area1_w, 4)}
R = {r1_w:.4f} Ω ≈ {r1_w:.3f} Ω
""",
    round(r1_w, 3),
    "ohm",
    "wrong_formula",
    f"1.2 mm is the diameter; r = 0.6 mm, A = {uni(area1, 4)} m² and R = {r1:.3f} Ω",
)

# elec_04: intrinsic conductivity of Ge at 350 K from its value at 300 K.
dinv4 = round(1 / 300 - 1 / 350, 8)
pre4 = round(0.67 / (2 * K_EV), 1)
x4 = round(pre4 * dinv4, 4)
s4 = 2.2 * math.exp(x4)
add(
    "h2_elec_04",
    "tex",
    f"""
With the mobilities and the $T^{{3/2}}$ factor held fixed,
$\\sigma \\propto n_i \\propto \\exp(-E_g/2kT)$, so

$$\\frac{{\\sigma_{{350}}}}{{\\sigma_{{300}}}}
= \\exp\\!\\left[\\frac{{E_g}}{{2k}}\\left(\\frac{{1}}{{300}} - \\frac{{1}}{{350}}\\right)\\right]$$

$$\\frac{{E_g}}{{2k}} = \\frac{{0.67}}{{2 \\times 8.617 \\times 10^{{-5}}}} = {pre4:.1f}\\ \\mathrm{{K}},
\\qquad \\frac{{1}}{{300}} - \\frac{{1}}{{350}} = {tex(dinv4, 4)}\\ \\mathrm{{K^{{-1}}}}$$

$$\\sigma_{{350}} = 2.2 \\times e^{{{x4:.4f}}} = 2.2 \\times {math.exp(x4):.3f}
= {s4:.2f}\\ (\\Omega\\,\\mathrm{{m}})^{{-1}}$$

$$\\boxed{{\\sigma_{{350}} \\approx {s4:.1f}\\ (\\Omega\\cdot\\mathrm{{m}})^{{-1}}}}$$
""",
    round(s4, 1),
    "S/m",
)
pre4_w = round(0.67 / K_EV, 1)
x4_w = round(pre4_w * dinv4, 4)
s4_w = 2.2 * math.exp(x4_w)
add(
    "h2_elec_04",
    "final_line",
    f"""
The intrinsic carrier density follows an Arrhenius law in the gap, so

σ(T) = σ₀ exp(−E_g/kT)

Ratio of the two temperatures:
- E_g/k = 0.67/(8.617 × 10⁻⁵) = {pre4_w:.1f} K
- 1/300 − 1/350 = {uni(dinv4, 4)} K⁻¹
- exponent = {pre4_w:.1f} × {uni(dinv4, 4)} = {x4_w:.4f}
- σ(350) = 2.2 × e^{x4_w:.4f} = 2.2 × {math.exp(x4_w):.2f} = {s4_w:.1f} (Ω·m)⁻¹

**Final Answer:** σ ≈ {s4_w:.0f} (Ω·m)⁻¹
""",
    round(s4_w),
    "S/m",
    "missing_factor",
    f"n_i ∝ exp(−E_g/2kT): the 2 is dropped; the exponent is {x4:.4f} and "
    f"σ(350 K) = {s4:.1f} (Ω·m)⁻¹",
)

# ---------------------------------------------------------------- magnetic

# mag_02: saturation magnetisation of magnetite.
m2 = 8 * 4 * MU_B
v2 = 0.839e-9**3
ms2 = sci(m2, 4) / sci(v2, 4)
add(
    "h2_mag_02",
    "markdown",
    f"""
### Step 1: Net moment per unit cell
- The 8 tetrahedral Fe³⁺ moments are antiparallel to 8 octahedral Fe³⁺ moments and cancel, so
  only the Fe²⁺ ions count
- n_B = 8 Fe²⁺ × 4 μ_B = **32 μ_B**
- Moment = 32 × 9.274 × 10⁻²⁴ A·m² = **{uni(m2, 4)} A·m²**

### Step 2: Cell volume
- V = a³ = (0.839 × 10⁻⁹ m)³ = **{uni(v2, 4)} m³**

### Step 3: Saturation magnetisation
- M_s = {uni(m2, 4)} / {uni(v2, 4)} = **{uni(ms2, 3)} A/m**

M_s ≈ **{uni(ms2, 3)} A/m**
""",
    sci(ms2, 3),
    "A/m",
)
m2_w = 8 * 4 * 9.274e-23
ms2_w = sci(m2_w, 4) / sci(v2, 4)
add(
    "h2_mag_02",
    "bare",
    f"""
M_s = n_B μ_B / a³, with n_B = 8 × 4 = 32 per cell and μ_B = 9.274 × 10⁻²³ A·m²

M_s = 32 × 9.274 × 10⁻²³ / (0.839 × 10⁻⁹)³ = {uni(m2_w, 4)} / {uni(v2, 4)}

{uni(ms2_w, 3)}
""",
    sci(ms2_w, 3),
    "A/m",
    "wrong_constant",
    f"The Bohr magneton is 9.274 × 10⁻²⁴ A·m², not 10⁻²³; M_s = {uni(ms2, 3)} A/m",
)

# ---------------------------------------------------------------- optical

# opt_05: transmission through a 2.0 cm absorbing glass plate (n = 1.50).
rf5 = round((0.50 / 2.50) ** 2, 4)
att5 = round(math.exp(-0.25 * 2.0), 4)
tr5 = (1 - rf5) ** 2 * att5
add(
    "h2_opt_05",
    "given_first",
    f"""
Given: n = 1.50, l = 2.0 cm, β = 0.25 cm⁻¹, normal incidence from air.
Find: the transmitted percentage.

Light is partly reflected at the front face, attenuated inside and partly reflected again at the
back face:

I_T/I_0 = (1 − R)² e^(−βl)

- R = [(n − 1)/(n + 1)]² = (0.50/2.50)² = {rf5:.4f}
- (1 − R)² = ({1 - rf5:.2f})² = {(1 - rf5) ** 2:.4f}
- e^(−0.25 × 2.0) = e^(−0.50) = {att5:.4f}
- I_T/I_0 = {(1 - rf5) ** 2:.4f} × {att5:.4f} = {tr5:.4f}

Answer: about {tr5 * 100:.1f} % is transmitted.
""",
    round(tr5 * 100, 1),
    "percent",
)
tr5_w = (1 - rf5) * att5
add(
    "h2_opt_05",
    "prose",
    f"""
Part of the incident light is reflected at the glass surface and the rest is absorbed exponentially on its way through. The reflectance at normal incidence is R = ((1.50 − 1)/(1.50 + 1))² = {rf5:.4f}, so {1 - rf5:.2f} of the light enters the plate. The Beer–Lambert attenuation over 2.0 cm is exp(−0.25 × 2.0) = {att5:.4f}. The transmitted fraction is then {1 - rf5:.2f} × {att5:.4f} = {tr5_w:.4f}.

Therefore, the answer is {tr5_w * 100:.1f} %.
""",
    round(tr5_w * 100, 1),
    "percent",
    "missing_factor",
    f"The back face reflects too: the transmission is (1 − R)² e^(−βl) = {tr5:.4f}, i.e. "
    f"{tr5 * 100:.1f} %",
)

# ---------------------------------------------------------------- thermal

# therm_08: interface temperature in a two-layer furnace wall.
rb8 = round(0.200 / 0.72, 4)
ri8 = 0.050 / 0.04
q8 = 860 / (rb8 + ri8)
drop8 = q8 * rb8
ti8 = 900 - drop8
add(
    "h2_therm_08",
    "terse",
    f"""
R_brick = 0.200/0.72 = {rb8:.4f} m²K/W
R_ins = 0.050/0.04 = {ri8:.2f} m²K/W
q = (900 − 40)/({rb8:.4f} + {ri8:.2f}) = 860/{rb8 + ri8:.4f} = {q8:.1f} W/m²
T_i = 900 − q R_brick = 900 − {q8:.1f} × {rb8:.4f} = 900 − {drop8:.1f}
T_i = {ti8:.1f} °C
""",
    round(ti8, 1),
    "degC",
)
ti8_w = 40 + drop8
add(
    "h2_therm_08",
    "markdown",
    f"""
### Step 1: Thermal resistances per unit area
- Firebrick: R₁ = L/k = 0.200/0.72 = **{rb8:.4f} m²·K/W**
- Insulation: R₂ = 0.050/0.04 = **{ri8:.2f} m²·K/W**

### Step 2: Heat flux (same through both layers)
- q = ΔT/(R₁ + R₂) = (900 − 40)/{rb8 + ri8:.4f} = **{q8:.1f} W/m²**

### Step 3: Temperature drop across the brick
- ΔT₁ = q R₁ = {q8:.1f} × {rb8:.4f} = **{drop8:.1f} K**

### Step 4: Interface temperature
- T_i = T_outer + ΔT₁ = 40 + {drop8:.1f} = **{ti8_w:.1f} °C**

The brick–insulation interface sits at about **{ti8_w:.0f} °C**.
""",
    round(ti8_w),
    "degC",
    "wrong_formula",
    f"Step 4: the brick's drop runs from the 900 °C inner face, T_i = 900 − {drop8:.1f} = "
    f"{ti8:.1f} °C (from the 40 °C face one must add q R₂ = {q8 * ri8:.1f} K)",
)

# ---------------------------------------------------------------- polymers

# poly_07: Young's modulus of a rubber from kinetic theory.
g7 = 930 * R * 300 / 5.0  # Pa
e7 = 3 * g7
add(
    "h2_poly_07",
    "final_line",
    f"""
Kinetic theory of rubber elasticity: the shear modulus is G = ρRT/M_c, and for an
incompressible rubber (ν = 0.5) E = 2G(1 + ν) = 3G.

- ρ = 0.93 g/cm³ = 930 kg/m³, M_c = 5000 g/mol = 5.0 kg/mol, R = 8.314 J/(mol·K)
- G = 930 × 8.314 × 300 / 5.0 = {uni(g7, 4)} Pa
- E = 3G = {uni(e7, 4)} Pa

**Final Answer:** E ≈ {e7 / 1e6:.2f} MPa
""",
    round(e7 / 1e6, 2),
    "MPa",
)
add(
    "h2_poly_07",
    "tex",
    f"""
From the statistical theory of rubber elasticity the modulus is set by the density of network
strands:

$$E = \\frac{{\\rho R T}}{{M_c}} = \\frac{{930 \\times 8.314 \\times 300}}{{5.0}}
= {tex(g7, 4)}\\ \\mathrm{{Pa}}$$

$$\\boxed{{E \\approx {g7 / 1e6:.3f}\\ \\mathrm{{MPa}}}}$$
""",
    round(g7 / 1e6, 3),
    "MPa",
    "wrong_quantity",
    f"ρRT/M_c is the shear modulus G; Young's modulus is E = 3G = {e7 / 1e6:.2f} MPa",
)

# ---------------------------------------------------------------- ceramics and composites

# cer_07: Griffith stress for internal cracks of half-length 1.0 µm.
arg7 = 2 * 70e9 * 0.30 / (math.pi * 1.0e-6)
sc7 = math.sqrt(sci(arg7, 4))
add(
    "h2_cer_07",
    "prose",
    f"""
For an internal crack of half-length a, the Griffith criterion gives σ_c = √(2Eγ_s/(πa)). Here E = 70 × 10⁹ Pa, γ_s = 0.30 J/m² and a = 1.0 × 10⁻⁶ m, so 2Eγ_s = 4.2 × 10¹⁰ and πa = 3.1416 × 10⁻⁶. Their ratio is {uni(arg7, 4)} Pa², whose square root is σ_c = {uni(sc7, 4)} Pa.

Therefore, the answer is {sc7 / 1e6:.0f} MPa.
""",
    round(sc7 / 1e6),
    "MPa",
)
arg7_w = 2 * 70e9 * 0.30 / (math.pi * 1.0e-5)
sc7_w = math.sqrt(sci(arg7_w, 4))
add(
    "h2_cer_07",
    "given_first",
    f"""
**Given**
- E = 70 GPa = 7.0 × 10¹⁰ Pa
- γ_s = 0.30 J/m²
- a = 1.0 µm = 1.0 × 10⁻⁵ m (internal crack, half-length)

**Griffith criterion**

σ_c = √(2Eγ_s/(πa))

- 2Eγ_s = 2 × 7.0 × 10¹⁰ × 0.30 = 4.2 × 10¹⁰ J/m³
- πa = 3.1416 × 10⁻⁵ m
- σ_c = √({uni(arg7_w, 4)}) = {uni(sc7_w, 4)} Pa

**σ_c ≈ {sc7_w / 1e6:.1f} MPa**
""",
    round(sc7_w / 1e6, 1),
    "MPa",
    "unit_conversion",
    f"1.0 µm = 1.0 × 10⁻⁶ m, not 10⁻⁵ m; σ_c = √({uni(arg7, 4)}) = {sc7 / 1e6:.0f} MPa",
)

# comp_05: critical length of carbon fibres.
lc5 = 3.5e9 * 7e-6 / (2 * 30e6)  # m
add(
    "h2_comp_05",
    "bare",
    f"""
l_c = σ_f* d / (2τ_c)

l_c = (3.5 × 10⁹ Pa)(7 × 10⁻⁶ m) / (2 × 30 × 10⁶ Pa) = 2.45 × 10⁴ / 6.0 × 10⁷ = {uni(lc5, 4)} m

{lc5 * 1e3:.3f}
""",
    round(lc5 * 1e3, 3),
    "mm",
)
add(
    "h2_comp_05",
    "markdown",
    f"""
### Step 1: Critical length formula
- l_c = σ_f d / (2τ_c)

### Step 2: Substitute (SI units)
- σ_f d = 3.5 × 10⁹ × 7 × 10⁻⁶ = **2.45 × 10⁴ N/m**
- 2τ_c = 2 × 30 × 10⁶ = **6.0 × 10⁷ Pa**
- l_c = 2.45 × 10⁴ / 6.0 × 10⁷ = **{uni(lc5, 4)} m = {lc5 * 1e3:.3f} mm**

### Answer
The critical fibre length is about **0.48 mm**.
""",
    0.48,
    "mm",
    "final_miscopied",
    f"Answer line: the computed {lc5 * 1e3:.3f} mm was copied as 0.48 mm; l_c ≈ {lc5 * 1e3:.2f} mm",
)

# ---------------------------------------------------------------- corrosion

# corr_06: parabolic oxidation, weight gain after 300 min.
k1_6 = (0.80**2 - 0.30**2) / (120 - 20)
k2_6 = 0.30**2 - k1_6 * 20
w6 = math.sqrt(k1_6 * 300 + k2_6)
add(
    "h2_corr_06",
    "tex",
    f"""
Two data points fix both constants of $W^2 = K_1 t + K_2$:

$$0.30^2 = 0.09 = 20K_1 + K_2, \\qquad 0.80^2 = 0.64 = 120K_1 + K_2$$

$$K_1 = \\frac{{0.64 - 0.09}}{{100}} = {k1_6:.4f}\\ \\mathrm{{mg^2\\,cm^{{-4}}\\,min^{{-1}}}},
\\qquad K_2 = 0.09 - 20({k1_6:.4f}) = -{abs(k2_6):.2f}\\ \\mathrm{{mg^2\\,cm^{{-4}}}}$$

$$W^2(300) = {k1_6:.4f} \\times 300 - {abs(k2_6):.2f} = {k1_6 * 300 + k2_6:.2f}$$

$$\\boxed{{W \\approx {w6:.2f}\\ \\mathrm{{mg/cm^2}}}}$$
""",
    round(w6, 2),
    "mg/cm**2",
)
k1_6w = 0.055
k2_6w = 0.30**2 - k1_6w * 20
w6_w = math.sqrt(k1_6w * 300 + k2_6w)
add(
    "h2_corr_06",
    "final_line",
    f"""
Write the parabolic law at the two times:

- t = 20 min: 0.09 = 20K₁ + K₂
- t = 120 min: 0.64 = 120K₁ + K₂

Subtracting: 100K₁ = 0.55, so K₁ = {k1_6w:.3f} mg²/(cm⁴·min).
Then K₂ = 0.09 − 20 × {k1_6w:.3f} = −{abs(k2_6w):.2f} mg²/cm⁴.

At 300 min: W² = {k1_6w:.3f} × 300 − {abs(k2_6w):.2f} = {k1_6w * 300 + k2_6w:.2f}, W = {w6_w:.3f}

**Final Answer:** W ≈ {w6_w:.2f} mg/cm²
""",
    round(w6_w, 2),
    "mg/cm**2",
    "arithmetic_slip",
    f"K₁ = 0.55/100 = {k1_6:.4f}, not 0.055; then K₂ = −{abs(k2_6):.2f} and W = {w6:.2f} mg/cm²",
)

if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
