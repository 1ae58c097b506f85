"""Build tests/data/worked_answers_heldout24.jsonl: blind worked answers to 20 questions of set Y.

Twenty questions of ``answer_exam_heldout24.json`` (exam set Y) are answered here, at least one
from each of its fourteen topics; must-refuse items and items with two readings are left out. The
answer engine, its checker and its solver were not read while writing. Each question gets two
responses: one right at every step, and one with a single labelled mistake
(``worked_answers_check.ERROR_CLASSES``) whose note says which step first goes wrong and what value
that step should have had.

Twelve mistakes are physics or chemistry errors carried through with clean arithmetic: the FCC
relation a√2 = 4R used for BCC molybdenum; 500 °C used as 500 K in the vacancy count of aluminium;
part (a), the octahedral-hole radius, answered where part (b), the carbon-to-hole size ratio, was
asked; 900 °C and 1000 °C (from 1652 °F and 1832 °F) used as kelvin in a carburizing time; the 2
of z = x/(2√(Dt)) dropped in a carbon profile; R = 1.987 (cal/(mol·K)) used with Q in J/mol in a
creep-rate ratio; the 4 atoms per FCC cell dropped in the atom count of a nickel nucleus; the sign
of the Arrhenius exponent flipped when extrapolating a recrystallization time to 300 °C; only one
face's reflection loss counted in a glass-plate transmission; the temperature rise ΔT answered
where the maximum temperature of a constrained brass rod was asked; F ∝ R² instead of R³ when
scaling a three-point-bend load; and RT/F = 0.02569 V used with log₁₀ in a Nernst concentration.
The other eight are slips: the strain 25 471/(30 × 10⁶) worked out as 7.490 × 10⁻⁴, the Larson-Miller
parameter 20.5 × 10³ copied as 21.5 × 10³, a total-ferrite fraction 0.943 reported as 94.3,
0.8528 − 0.7317 worked out as 0.1311, a wire run of 250 ft copied as 205 ft, a right 11.2 (Ω·cm)⁻¹
copied as 12.1, 0.60 × 9.274 worked out as 5.864, and a polydispersity 1.115 written 1.15.

Styles imitate chat models: "### Step" markdown, TeX ending in ``\\boxed{}``, prose that ends
"Therefore, the answer is ...", terse equation chains, a "Given / Find" opening, a
"**Final Answer:**" line, bare final numbers whose unit is only in the question, and new ones: a
response that works every part "(a) … (b) …" and names which part is asked (right for the total
ferrite and the wire voltage drop, wrong for the octahedral hole), responses worked in US customary
units and converted at the end (Rankine in a carburizing time, circular mils in a wire run), ones
that quote the table or CSV row they use, ones written in E-notation throughout (1.6e-19), and ones
that give a range and then a single value. Constants are quoted with values, intermediates are
rounded the way a model rounds them, and every number is computed below.

Run: ``python tests/data/build_worked_answers_heldout24.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout24``.
"""

from __future__ import annotations

import math

from worked_writing import E_CH, K_EV, MU_0, MU_B, NA, R, WorkedSet, tex, uni

STYLES = (
    "markdown",
    "tex",
    "prose",
    "terse",
    "given_first",
    "final_line",
    "bare",
    "multi_part",
    "us_customary",
    "table_row",
    "e_notation",
    "range_then_value",
)
SET = WorkedSet("heldout24", styles=STYLES)
add = SET.add_styled

R_CAL = 1.987  # cal/(mol·K): the wrong-unit gas constant a response may pick up
LBF_N = 4.448  # N per lbf
IN_M = 0.0254  # m per inch


def r(x: float, n: int) -> float:
    """``x`` to ``n`` decimals (an intermediate value as a response writes it)."""
    return round(x, n)


def en(x: float, n: int = 3) -> str:
    """``x`` in E-notation with ``n`` significant figures, as ``1.6e-19`` (no plus, no zeros)."""
    mant, _, exp = f"{x:.{n - 1}e}".partition("e")
    return f"{mant}e{int(exp)}"


def erf_inv(y: float) -> float:
    """The z with erf z = y (bisection; a response reads it off an erf table)."""
    lo, hi = 0.0, 5.0
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if math.erf(mid) < y else (lo, mid)
    return (lo + hi) / 2


# ---------------------------------------------------------------- crystallography / XRD

# Atomic radius of BCC Mo from density 10.22 g/cm³ and A = 95.94 g/mol (pm).
q = "h24a_crystallography_xrd_02"
a3_1 = 2 * 95.94 / (10.22 * NA)
a1 = r(a3_1 ** (1 / 3) * 1e7, 4)  # nm
rad1 = r(a1 * math.sqrt(3) / 4 * 1000, 1)
rad1w = r(a1 * math.sqrt(2) / 4 * 1000, 1)
add(
    q,
    "table_row",
    f"""
I'll take the values straight from the table.

- Row `| crystal structure | BCC |` → n = 2 atoms per unit cell, and in BCC the atoms touch along
  the body diagonal: a√3 = 4R.
- Row `| density | 10.22 g/cm³ |` → ρ = 10.22 g/cm³.
- Row `| atomic weight | 95.94 g/mol |` → A = 95.94 g/mol.

From ρ = nA/(a³N_A), with N_A = 6.022 × 10²³ mol⁻¹:

a³ = nA/(ρN_A) = (2 × 95.94)/(10.22 × 6.022 × 10²³) = {uni(a3_1, 4)} cm³

a = {uni(a1 * 1e-7, 4)} cm = {a1:.4f} nm

R = a√3/4 = {a1:.4f} × 1.7321/4 = {rad1 / 1000:.4f} nm

The atomic radius of molybdenum is about {rad1:.1f} pm.
""",
    rad1,
    "pm",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Atoms per cell
Molybdenum is BCC, so n = 2.

### Step 2: Lattice parameter from the density
a³ = nA/(ρN_A) = 2 × 95.94/(10.22 × 6.022 × 10²³) = {uni(a3_1, 4)} cm³

a = {a1:.4f} nm

### Step 3: Radius
The atoms touch along the face diagonal, so a√2 = 4R:

R = a√2/4 = {a1:.4f} × 1.4142/4 = {rad1w / 1000:.4f} nm

### Answer
R ≈ **{rad1w:.1f} pm**
""",
    rad1w,
    "pm",
    "wrong_formula",
    f"Step 3 uses the FCC contact a√2 = 4R; in BCC the atoms touch along the body diagonal, "
    f"a√3 = 4R, so R = {rad1 / 1000:.4f} nm = {rad1:.1f} pm.",
)

# ---------------------------------------------------------------- defects

# Vacancies per m³ in Al at 500 °C (Q_v = 0.75 eV).
q = "h24a_defects_03"
n3 = float(f"{NA * 2.70 / 26.98:.4g}")
kt3 = r(K_EV * 773.15, 5)
bz3 = float(f"{math.exp(-0.75 / kt3):.3g}")
nv3 = float(f"{n3 * 1e6 * bz3:.3g}")
kt3w = r(K_EV * 500, 5)
bz3w = float(f"{math.exp(-0.75 / kt3w):.3g}")
nv3w = n3 * 1e6 * bz3w
add(
    q,
    "e_notation",
    f"""
Number of atomic sites per volume (N_A = 6.022e23 /mol):
N = N_A*rho/A = 6.022e23 * 2.70 / 26.98 = {en(n3, 4)} cm^-3 = {en(n3 * 1e6, 4)} m^-3

Temperature: T = 500 + 273.15 = 773.15 K
kT = 8.617e-5 eV/K * 773.15 K = {kt3:.5f} eV

Boltzmann factor: exp(-Q_v/kT) = exp(-0.75/{kt3:.5f}) = exp(-{0.75 / kt3:.3f}) = {en(bz3)}

N_v = N*exp(-Q_v/kT) = {en(n3 * 1e6, 4)} * {en(bz3)} = {en(nv3)} m^-3
(The melting point is not needed.)

N_v = {en(nv3)} vacancies/m^3
""",
    nv3,
    "1/m**3",
)
add(
    q,
    "final_line",
    f"""
First the number of atomic sites per cubic metre:

N = N_Aρ/A = (6.022 × 10²³ × 2.70 g/cm³)/26.98 g/mol = {uni(n3, 4)} atoms/cm³ = {uni(n3 * 1e6, 4)} m⁻³

Equilibrium vacancy fraction at T = 500:

kT = 8.617 × 10⁻⁵ eV/K × 500 = {kt3w:.5f} eV
N_v/N = exp(−0.75/{kt3w:.5f}) = exp(−{0.75 / kt3w:.2f}) = {uni(bz3w)}

N_v = {uni(n3 * 1e6, 4)} × {uni(bz3w)} = {uni(nv3w)} m⁻³

**Final Answer:** {uni(nv3w)} vacancies per m³
""",
    float(f"{nv3w:.3g}"),
    "1/m**3",
    "unit_conversion",
    f"The temperature step uses 500 °C as 500 K; T = 773.15 K gives kT = {kt3:.5f} eV, "
    f"N_v/N = {uni(bz3)} and N_v = {uni(nv3)} m⁻³.",
)

# Octahedral hole in γ-Fe (R = 0.1292 nm) and the carbon/hole size ratio, part (b).
q = "h24a_defects_08"
hole8 = r((math.sqrt(2) - 1) * 0.1292, 4)
ratio8 = r(0.071 / hole8, 3)
add(
    q,
    "given_first",
    f"""
**Given:** γ-Fe, FCC, atomic radius R = 0.1292 nm; carbon radius r_C = 0.071 nm.
**Find:** (part b) how many times larger the carbon atom is than the octahedral site.

The octahedral site sits at the cube-edge centre. Along the edge: 2R + 2r = a, and for FCC
a = 2√2 R, so

r = (√2 − 1)R = 0.4142 × 0.1292 nm = {hole8:.4f} nm

Ratio: r_C/r = 0.071/{hole8:.4f} = {ratio8:.3f}

The carbon atom is about {ratio8:.2f} times larger than the hole it occupies.
""",
    ratio8,
    "dimensionless",
)
add(
    q,
    "multi_part",
    f"""
**(a)** The largest sphere in the octahedral site: along the cube edge a = 2R + 2r with
a = 2√2 R (FCC), so r = (√2 − 1)R = 0.4142 × 0.1292 = {hole8:.4f} nm.

**(b)** A carbon atom of 0.071 nm is 0.071/{hole8:.4f} = {ratio8:.2f} times that size, which
is why carbon strains the austenite lattice.

The part asked for is the radius of the interstitial site, part (a):

r = {hole8:.4f} nm
""",
    hole8,
    "nm",
    "wrong_quantity",
    f"The last step answers part (a), the hole radius {hole8:.4f} nm; the key is part (b), the "
    f"ratio 0.071/{hole8:.4f} = {ratio8:.3f}.",
)

# ---------------------------------------------------------------- diffusion

# Carburizing 10 h at 1652 °F; time at 1832 °F with Q = 148 kJ/mol, in minutes.
q = "h24a_diffusion_07"
t1r = r(1652 + 459.67, 2)
t2r = r(1832 + 459.67, 2)
qr7 = r(148000 / R * 1.8, 0)  # Q/R in °R
inv7 = 1 / t1r - 1 / t2r
ex7 = r(qr7 * inv7, 4)
fac7 = r(math.exp(ex7), 3)
th7 = r(10 / fac7, 3)
tm7 = r(th7 * 60, 1)
ex7w = r(148000 / R * (1 / 900 - 1 / 1000), 4)
fac7w = r(math.exp(ex7w), 3)
th7w = r(10 / fac7w, 3)
tm7w = r(th7w * 60, 1)
add(
    q,
    "us_customary",
    f"""
I'll keep the temperatures in Fahrenheit units and use the Rankine scale (°R = °F + 459.67):

T₁ = 1652 + 459.67 = {t1r:.2f} °R
T₂ = 1832 + 459.67 = {t2r:.2f} °R

Q/R in Rankine: Q/R = (148 000 J/mol)/(8.314 J/(mol·K)) × 1.8 °R/K = {qr7:,.0f} °R

(a) D₂/D₁ = exp[(Q/R)(1/T₁ − 1/T₂)] = exp[{qr7:,.0f} × ({uni(1 / t1r, 5)} − {uni(1 / t2r, 5)})]
= exp({ex7:.4f}) = {fac7:.3f}

(b) Same case depth ⇒ Dt = const, so t₂ = t₁(D₁/D₂) = 10 h/{fac7:.3f} = {th7:.3f} h

Converting to minutes: {th7:.3f} h × 60 = {tm7:.1f} min
""",
    tm7,
    "minute",
)
add(
    q,
    "tex",
    f"""
Convert the temperatures: $1652\\,^\\circ\\mathrm{{F}} = (1652-32)/1.8 = 900$ and
$1832\\,^\\circ\\mathrm{{F}} = 1000$.

$$\\frac{{D_2}}{{D_1}} = \\exp\\left[\\frac{{Q}}{{R}}\\left(\\frac{{1}}{{T_1}} - \\frac{{1}}{{T_2}}\\right)\\right]
= \\exp\\left[\\frac{{148\\,000}}{{8.314}}\\left(\\frac{{1}}{{900}} - \\frac{{1}}{{1000}}\\right)\\right]
= \\exp({ex7w:.4f}) = {fac7w:.3f}$$

For the same case depth $D_1 t_1 = D_2 t_2$:

$$t_2 = \\frac{{10\\ \\mathrm{{h}}}}{{{fac7w:.3f}}} = {th7w:.3f}\\ \\mathrm{{h}} = \\boxed{{{tm7w:.1f}\\ \\text{{min}}}}$$
""",
    tm7w,
    "minute",
    "unit_conversion",
    f"The conversion step stops at Celsius and uses 900 and 1000 as kelvin; T₁ = 1173.15 K and "
    f"T₂ = 1273.15 K give D₂/D₁ = {fac7:.2f} and t₂ = {th7:.2f} h = {tm7:.0f} min.",
)

# Carbon content 0.6 mm below the surface after 4 h at 950 °C (wt%).
q = "h24a_diffusion_08"
t8 = 1223.15
bz8 = float(f"{math.exp(-148000 / (R * t8)):.3g}")
d8 = float(f"{2.3e-5 * bz8:.3g}")
sq8 = float(f"{math.sqrt(d8 * 14400):.3g}")
z8 = r(0.6e-3 / (2 * sq8), 3)
erf8 = r(math.erf(z8), 3)
c8 = r(1.10 - 0.85 * erf8, 3)
z8w = r(0.6e-3 / sq8, 3)
erf8w = r(math.erf(z8w), 3)
c8w = r(1.10 - 0.85 * erf8w, 3)
add(
    q,
    "markdown",
    f"""
### Step 1: Diffusivity at 950 °C
T = 950 + 273.15 = 1223.15 K

D = D₀ exp(−Q_d/RT) = 2.3 × 10⁻⁵ × exp(−148 000/(8.314 × 1223.15)) = 2.3 × 10⁻⁵ × {uni(bz8)}
= {uni(d8)} m²/s

### Step 2: Error-function argument
t = 4 h = 14 400 s, √(Dt) = √({uni(d8)} × 14 400) = {uni(sq8)} m

z = x/(2√(Dt)) = 6.0 × 10⁻⁴/(2 × {uni(sq8)}) = {z8:.3f}

### Step 3: Fick's second law
(C_x − C₀)/(C_s − C₀) = 1 − erf z, with erf({z8:.3f}) ≈ {erf8:.3f}

C_x = C_s − (C_s − C₀) erf z = 1.10 − 0.85 × {erf8:.3f} = {c8:.3f}

### Answer
**C_x ≈ {c8:.3f} wt% C**
""",
    c8,
    "percent",
)
add(
    q,
    "range_then_value",
    f"""
The answer has to lie between the initial 0.25 wt% and the surface 1.10 wt%.

D at 1223.15 K: D = 2.3 × 10⁻⁵ exp(−148 000/(8.314 × 1223.15)) = {uni(d8)} m²/s

√(Dt) with t = 14 400 s: {uni(sq8)} m

z = x/√(Dt) = 6.0 × 10⁻⁴/{uni(sq8)} = {z8w:.3f}, erf z = {erf8w:.3f}

C_x = 1.10 − 0.85 × {erf8w:.3f} = {c8w:.3f} wt%

So the carbon content at 0.6 mm is in the range 0.25–0.30 wt%, about {c8w:.2f} wt% C.
""",
    r(c8w, 2),
    "percent",
    "missing_factor",
    f"The z step drops the 2 of z = x/(2√(Dt)): z = {z8:.3f}, erf z = {erf8:.3f}, and "
    f"C_x = {c8:.3f} wt% C.",
)

# ---------------------------------------------------------------- mechanical properties

# Elastic elongation of a 0.500 in. steel rod, 10.0 in. long, 5000 lbf (mm).
q = "h24a_mechanical_properties_02"
a02 = r(math.pi * 0.25**2, 4)
s02 = r(5000 / a02, 0)
e02 = r(s02 / 30e6, 7)
dl02 = r(e02 * 10.0, 6)
mm02 = r(dl02 * 25.4, 4)
e02w = r(e02 - 1e-4, 7)
dl02w = r(e02w * 10.0, 6)
mm02w = r(dl02w * 25.4, 4)
add(
    q,
    "us_customary",
    f"""
Work in inches and psi, then convert.

Cross-section: A₀ = πd²/4 = π(0.500 in.)²/4 = {a02:.4f} in.²

Stress: σ = F/A₀ = 5000 lbf/{a02:.4f} in.² = {s02:,.0f} psi

Strain (Hooke's law): ε = σ/E = {s02:,.0f}/(30 × 10⁶) = {uni(e02, 4)}

Elongation: Δl = εl₀ = {uni(e02, 4)} × 10.0 in. = {uni(dl02, 4)} in.

Convert (1 in. = 25.4 mm): Δl = {uni(dl02, 4)} × 25.4 = {mm02:.4f} mm
""",
    mm02,
    "mm",
)
add(
    q,
    "given_first",
    f"""
Given: d₀ = 0.500 in., l₀ = 10.0 in., F = 5000 lbf, E = 30 × 10⁶ psi (elastic)
Find: Δl in mm

A₀ = π(0.250 in.)² = {a02:.4f} in.²
σ = 5000/{a02:.4f} = {s02:,.0f} psi
ε = σ/E = {s02:,.0f}/30 000 000 = {uni(e02w, 4)}
Δl = ε l₀ = {uni(e02w, 4)} × 10.0 = {uni(dl02w, 4)} in.
Δl = {uni(dl02w, 4)} in. × 25.4 mm/in. = {mm02w:.4f} mm

The rod lengthens by about {mm02w:.3f} mm.
""",
    r(mm02w, 3),
    "mm",
    "arithmetic_slip",
    f"The strain step writes {s02:,.0f}/(30 × 10⁶) as {uni(e02w, 4)}; it is {uni(e02, 4)}, so "
    f"Δl = {uni(dl02, 4)} in. = {mm02:.4f} mm.",
)

# ---------------------------------------------------------------- failure

# Creep-rate ratio, n = 5, Q_c = 280 kJ/mol, 50→70 MPa and 700→750 °C.
q = "h24a_failure_06"
sf6 = r(1.4**5, 3)
inv6 = 1 / 973.15 - 1 / 1023.15
qr6 = r(280000 / R, 0)
ex6 = r(qr6 * inv6, 3)
tf6 = r(math.exp(ex6), 3)
tot6 = r(sf6 * tf6, 2)
qr6w = r(280000 / R_CAL, 0)
ex6w = r(qr6w * inv6, 3)
tf6w = r(math.exp(ex6w), 0)
tot6w = r(sf6 * tf6w, 0)
add(
    q,
    "terse",
    f"""
ε̇₂/ε̇₁ = (σ₂/σ₁)ⁿ · exp[(Q_c/R)(1/T₁ − 1/T₂)]
(70/50)⁵ = 1.4⁵ = {sf6:.3f}
T₁ = 973.15 K, T₂ = 1023.15 K; 1/T₁ − 1/T₂ = {uni(inv6, 4)} K⁻¹
Q_c/R = 280 000/8.314 = {qr6:,.0f} K
exp({qr6:,.0f} × {uni(inv6, 4)}) = exp({ex6:.3f}) = {tf6:.3f}
ratio = {sf6:.3f} × {tf6:.3f} = {tot6:.2f}
≈ {tot6:.1f}×
""",
    tot6,
    "dimensionless",
)
add(
    q,
    "prose",
    f"""
The steady-state creep rate scales with both the stress term and the Arrhenius term, so the ratio
is the product of the two factors.

The stress factor is (70/50)⁵ = 1.4⁵ = {sf6:.3f}. For the temperature factor I convert to kelvin,
973.15 K and 1023.15 K, so 1/T₁ − 1/T₂ = {uni(inv6, 4)} K⁻¹. Using the gas constant
R = 1.987, Q_c/R = 280 000/1.987 = {qr6w:,.0f} K, and the temperature factor is
exp({qr6w:,.0f} × {uni(inv6, 4)}) = exp({ex6w:.3f}) ≈ {tf6w:,.0f}.

Multiplying, {sf6:.3f} × {tf6w:,.0f} ≈ {tot6w:,.0f}.

Therefore, the answer is {tot6w:,.0f}.
""",
    tot6w,
    "dimensionless",
    "wrong_constant",
    f"The temperature factor uses R = 1.987 cal/(mol·K) with Q_c in J/mol; with R = 8.314 "
    f"J/(mol·K), Q_c/R = {qr6:,.0f} K, the factor is {tf6:.2f} and the ratio {tot6:.1f}.",
)

# Larson-Miller rupture life at 1200 °F, LMP = 20.5 × 10³ (days).
q = "h24a_failure_05"
t5 = r((1200 - 32) / 1.8 + 273.15, 2)
lg5 = r(20500 / t5 - 20, 4)
h5 = r(10**lg5, 0)
d5 = r(h5 / 24, 2)
lg5w = r(21500 / t5 - 20, 4)
h5w = r(10**lg5w, 0)
d5w = r(h5w / 24, 1)
add(
    q,
    "range_then_value",
    f"""
T = 1200 °F → (1200 − 32)/1.8 = {(1200 - 32) / 1.8:.2f} °C → {t5:.2f} K

LMP = T(20 + log t_r) ⇒ log t_r = 20 500/{t5:.2f} − 20 = {20500 / t5:.4f} − 20 = {lg5:.4f}

t_r = 10^{lg5:.4f} = {h5:.0f} h

Rupture life: roughly one week, somewhere between 6 and 8 days; more precisely
{h5:.0f} h/24 = {d5:.2f} days.
""",
    d5,
    "day",
)
add(
    q,
    "bare",
    f"""
Convert to kelvin: T = (1200 − 32) × 5/9 + 273.15 = {t5:.2f} K.

LMP = T(20 + log t_r) = 21.5 × 10³
20 + log t_r = 21 500/{t5:.2f} = {21500 / t5:.4f}
log t_r = {lg5w:.4f}
t_r = {h5w:,.0f} h

{h5w:,.0f}/24 = {d5w:.1f}
""",
    d5w,
    "day",
    "given_miscopied",
    f"The LMP step copies 20.5 × 10³ as 21.5 × 10³; with 20 500, log t_r = {lg5:.3f}, "
    f"t_r = {h5:.0f} h = {d5:.2f} days.",
)

# ---------------------------------------------------------------- phase diagrams

# 0.40 wt% C steel: total ferrite fraction, part (c).
q = "h24a_phase_diagrams_02"
wp2 = r((0.40 - 0.022) / (0.76 - 0.022), 3)
wa2 = r((0.76 - 0.40) / (0.76 - 0.022), 3)
wt2 = r((6.70 - 0.40) / (6.70 - 0.022), 4)
add(
    q,
    "multi_part",
    f"""
Lever rule on the Fe–Fe₃C diagram just below 727 °C (α: 0.022 wt% C, eutectoid 0.76 wt% C,
Fe₃C 6.70 wt% C).

**(a)** Pearlite: W_p = (0.40 − 0.022)/(0.76 − 0.022) = 0.378/0.738 = {wp2:.3f}

**(b)** Proeutectoid ferrite: W_α′ = (0.76 − 0.40)/(0.76 − 0.022) = 0.36/0.738 = {wa2:.3f}

**(c)** Total ferrite (tie line from α to Fe₃C):
W_α = (6.70 − 0.40)/(6.70 − 0.022) = 6.30/6.678 = {wt2:.4f}

Only (c) is graded, so the answer is W_α = {wt2:.3f}.
""",
    wt2,
    "dimensionless",
)
add(
    q,
    "final_line",
    f"""
For total ferrite the tie line runs from α (0.022 wt% C) to cementite (6.70 wt% C):

W_α = (C_Fe₃C − C₀)/(C_Fe₃C − C_α) = (6.70 − 0.40)/(6.70 − 0.022) = 6.30/6.678 = {wt2:.4f}

Expressed as a mass fraction of the alloy: {wt2:.4f} × 100 = {wt2 * 100:.1f}

**Final Answer:** total ferrite mass fraction = {wt2 * 100:.1f}
""",
    r(wt2 * 100, 1),
    "dimensionless",
    "percent_fraction",
    f"The last step multiplies the fraction by 100 and reports {wt2 * 100:.1f}; the mass fraction "
    f"asked is {wt2:.3f}.",
)

# Pb-30 wt% Sn just below 183 °C: eutectic α as a fraction of all α.
q = "h24a_phase_diagrams_06"
pa6 = r((61.9 - 30) / (61.9 - 18.3), 4)
ta6 = r((97.8 - 30) / (97.8 - 18.3), 4)
ea6 = r(ta6 - pa6, 4)
fr6 = r(ea6 / ta6, 4)
ea6w = r(ea6 + 0.01, 4)
fr6w = r(ea6w / ta6, 4)
add(
    q,
    "table_row",
    f"""
Rows used from the data:
- `alpha,18.3` → C_α = 18.3 wt% Sn
- `liquid (eutectic),61.9` → C_E = 61.9 wt% Sn
- `beta,97.8` → C_β = 97.8 wt% Sn

Primary α (formed above 183 °C, lever between α and the eutectic liquid):
W_α′ = (61.9 − 30)/(61.9 − 18.3) = 31.9/43.6 = {pa6:.4f}

Total α just below 183 °C (lever between α and β):
W_α = (97.8 − 30)/(97.8 − 18.3) = 67.8/79.5 = {ta6:.4f}

Eutectic α = {ta6:.4f} − {pa6:.4f} = {ea6:.4f}

Fraction of the α that is eutectic α = {ea6:.4f}/{ta6:.4f} = {fr6:.3f}
""",
    r(fr6, 3),
    "dimensionless",
)
add(
    q,
    "terse",
    f"""
W_α′ (primary) = (61.9 − 30)/(61.9 − 18.3) = {pa6:.4f}
W_α (total) = (97.8 − 30)/(97.8 − 18.3) = {ta6:.4f}
W_αe = {ta6:.4f} − {pa6:.4f} = {ea6w:.4f}
W_αe/W_α = {ea6w:.4f}/{ta6:.4f} = {fr6w:.4f}
→ {fr6w:.3f}
""",
    r(fr6w, 3),
    "dimensionless",
    "arithmetic_slip",
    f"The subtraction {ta6:.4f} − {pa6:.4f} is worked out as {ea6w:.4f}; it is {ea6:.4f}, so the "
    f"fraction is {fr6:.3f}.",
)

# ---------------------------------------------------------------- transformations / kinetics

# Atoms in a critical nucleus of Ni (ΔT = 319 °C), part (b).
q = "h24a_transformations_kinetics_03"
tm3 = 1455 + 273.15
rs3 = 2 * 0.255 * tm3 / (2.53e9 * 319)
rs3n = r(rs3 * 1e9, 4)  # nm
vn3 = r(4 / 3 * math.pi * rs3n**3, 3)
vc3 = r(0.3524**3, 5)
na3 = r(vn3 / vc3 * 4, 0)
na3w = r(vn3 / vc3, 1)
add(
    q,
    "tex",
    f"""
**(a)** With $T_m = 1455 + 273.15 = {tm3:.2f}\\,\\mathrm{{K}}$:

$$r^* = -\\frac{{2\\gamma T_m}}{{\\Delta H_f\\,\\Delta T}}
= \\frac{{2(0.255)({tm3:.2f})}}{{(2.53\\times10^{{9}})(319)}} = {tex(rs3, 4)}\\ \\mathrm{{m}}
= {rs3n * 10:.2f}\\ \\text{{Å}}$$

**(b)** Volume of the nucleus and of the FCC cell:

$$V^* = \\tfrac{{4}}{{3}}\\pi ({rs3n:.4f}\\ \\mathrm{{nm}})^3 = {vn3:.3f}\\ \\mathrm{{nm^3}}, \\qquad
V_C = (0.3524)^3 = {vc3:.5f}\\ \\mathrm{{nm^3}}$$

With 4 atoms per FCC cell:

$$N = 4\\,\\frac{{V^*}}{{V_C}} = 4 \\times \\frac{{{vn3:.3f}}}{{{vc3:.5f}}} = \\boxed{{{na3:.0f}}}$$
""",
    na3,
    "dimensionless",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Critical radius
T_m = 1728.15 K

r* = 2γT_m/(|ΔH_f| ΔT) = 2 × 0.255 × {tm3:.2f}/(2.53 × 10⁹ × 319) = {uni(rs3, 4)} m = {rs3n * 10:.2f} Å

### Step 2: Volume of the nucleus
V* = (4/3)π r*³ = (4/3)π ({rs3n:.4f} nm)³ = {vn3:.3f} nm³

### Step 3: Number of atoms
Unit-cell volume a³ = 0.3524³ = {vc3:.5f} nm³

N = V*/a³ = {vn3:.3f}/{vc3:.5f} = {na3w:.1f}

### Answer
A critical nucleus contains about **{na3w:.0f} atoms**.
""",
    r(na3w, 0),
    "dimensionless",
    "missing_factor",
    f"Step 3 counts unit cells, not atoms: the 4 atoms per FCC cell are dropped; "
    f"N = 4 × {na3w:.1f} = {na3:.0f} atoms.",
)

# Recrystallization time at 300 °C from 80 min at 350 °C and 20 min at 380 °C (hours).
q = "h24a_transformations_kinetics_05"
in5a = 1 / 623.15 - 1 / 653.15
qr5 = r(math.log(4) / in5a, -1)
in5b = 1 / 573.15 - 1 / 623.15
ex5 = r(qr5 * in5b, 3)
f5 = r(math.exp(ex5), 2)
tm5 = r(80 * f5, 0)
th5 = r(tm5 / 60, 2)
f5w = float(f"{math.exp(-ex5):.3g}")
tm5w = r(80 * f5w, 2)
th5w = float(f"{tm5w / 60:.3g}")
add(
    q,
    "prose",
    f"""
If the rate 1/t follows an Arrhenius law, then t ∝ exp(Q/RT), and the two data points fix Q/R.
Between 350 °C (623.15 K) and 380 °C (653.15 K) the time falls by a factor of 4, so
Q/R = ln 4/(1/623.15 − 1/653.15) = 1.3863/{uni(in5a, 4)} = {qr5:,.0f} K.

Going down to 300 °C (573.15 K) the time grows by exp[(Q/R)(1/573.15 − 1/623.15)]
= exp({qr5:,.0f} × {uni(in5b, 4)}) = exp({ex5:.3f}) = {f5:.2f}. Starting from the 80 min at
350 °C, t = 80 × {f5:.2f} = {tm5:,.0f} min, which is {tm5:,.0f}/60 = {th5:.2f} h.

Therefore, the answer is {th5:.2f} hours.
""",
    th5,
    "hour",
)
add(
    q,
    "e_notation",
    f"""
t ∝ exp(Q/RT); from the two anneals:
Q/R = ln(80/20)/(1/623.15 - 1/653.15) = 1.3863/{en(in5a, 4)} = {en(qr5, 4)} K

Extrapolate from 350 C to 300 C:
t(300) = t(350)*exp[-(Q/R)(1/573.15 - 1/623.15)]
= 80 * exp(-{en(qr5, 4)} * {en(in5b, 4)}) = 80 * exp(-{ex5:.3f}) = 80 * {en(f5w)} = {tm5w:.2f} min

t = {tm5w:.2f}/60 = {en(th5w)} h
""",
    th5w,
    "hour",
    "sign_error",
    f"The extrapolation step flips the sign of the exponent; cooling lengthens the time: "
    f"t = 80 × exp(+{ex5:.3f}) = {tm5:,.0f} min = {th5:.2f} h.",
)

# ---------------------------------------------------------------- electrical / semiconductors

# Voltage drop along 250 ft of 14-gauge copper wire at 15 A, part (b).
q = "h24b_electrical_semiconductors_01"
dm1 = r(0.064 * IN_M, 7)
ar1 = float(f"{math.pi * dm1**2 / 4:.4g}")
ln1 = r(250 * 0.3048, 1)
rs1 = r(1.72e-8 * ln1 / ar1, 4)
v1 = r(15 * rs1, 2)
p1 = r(15**2 * rs1, 0)
cm1 = 1.72e-8 / (math.pi / 4 * (IN_M / 1000) ** 2 / 0.3048)  # Ω·cmil/ft
cm1 = r(cm1, 2)
rs1w = r(cm1 * 205 / 64**2, 4)
v1w = r(15 * rs1w, 2)
add(
    q,
    "multi_part",
    f"""
Geometry in SI: d = 0.064 in. × 25.4 = {dm1 * 1000:.4f} mm, A = πd²/4 = {uni(ar1, 4)} m²,
L = 250 ft × 0.3048 = {ln1:.1f} m.

**(a)** R = ρL/A = 1.72 × 10⁻⁸ × {ln1:.1f}/{uni(ar1, 4)} = {rs1:.4f} Ω

**(b)** V = IR = 15 A × {rs1:.4f} Ω = {v1:.2f} V

**(c)** P = I²R = 225 × {rs1:.4f} = {p1:.0f} W

Part (b) is the one asked: the voltage drop is {v1:.2f} V.
""",
    v1,
    "V",
)
add(
    q,
    "us_customary",
    f"""
Wire tables work in circular mils, so I'll stay in US units.

Diameter 0.064 in. = 64 mil → A = 64² = 4096 cmil.
Resistivity: 1.72 × 10⁻⁸ Ω·m ÷ (1.6624 × 10⁻⁹ Ω·m per Ω·cmil/ft) = {cm1:.2f} Ω·cmil/ft.

(a) R = ρL/A = {cm1:.2f} × 205 ft/4096 cmil = {rs1w:.4f} Ω
(b) V = IR = 15 × {rs1w:.4f} = {v1w:.2f} V

The voltage drop along the run, part (b), is about {v1w:.2f} V.
""",
    v1w,
    "V",
    "given_miscopied",
    f"Step (a) copies the 250 ft run as 205 ft; with 250 ft, R = {rs1:.4f} Ω and V = {v1:.2f} V.",
)

# Conductivity of Si doped with 1.0 ppm P, μ_e = 0.14 m²/(V·s), in (Ω·cm)⁻¹.
q = "h24b_electrical_semiconductors_04"
n4 = float(f"{2.33 * NA / 28.09:.4g}")
ne4 = n4 * 1e-6 * 1e6  # m⁻³
sg4 = r(ne4 * E_CH * 0.14, 0)
sc4 = r(sg4 / 100, 1)
dg4 = f"{sc4 * 10:.0f}"
sc4w = float(dg4[0] + dg4[2] + dg4[1]) / 10  # the last two digits transposed
add(
    q,
    "e_notation",
    f"""
Si atoms per volume: N_Si = rho*N_A/A = 2.33 * 6.022e23 / 28.09 = {en(n4, 4)} cm^-3
1 ppm P: n = 1e-6 * {en(n4, 4)} = {en(n4 * 1e-6, 4)} cm^-3 = {en(ne4, 4)} m^-3

All donors ionized, so n is the electron concentration:
sigma = n*e*mu_e = {en(ne4, 4)} * 1.602e-19 * 0.14 = {en(sg4, 4)} S/m

sigma = {en(sg4, 4)} S/m / 100 = {sc4:.1f} (ohm*cm)^-1
""",
    sc4,
    "S/cm",
)
add(
    q,
    "bare",
    f"""
N_Si = 2.33 × 6.022 × 10²³/28.09 = {uni(n4, 4)} cm⁻³
n = 10⁻⁶ × N_Si = {uni(n4 * 1e-6, 4)} cm⁻³ = {uni(ne4, 4)} m⁻³
σ = neμ_e = {uni(ne4, 4)} × 1.602 × 10⁻¹⁹ × 0.14 = {sg4:,.0f} S/m

In (Ω·cm)⁻¹:

{sc4w}
""",
    sc4w,
    "S/cm",
    "final_miscopied",
    f"σ = {sg4:,.0f} S/m = {sc4:.1f} (Ω·cm)⁻¹ is right, but the final line transposes the digits "
    f"to {sc4w}.",
)

# ---------------------------------------------------------------- magnetic

# Saturation flux density of Ni, 0.60 μ_B per atom (mT).
q = "h24b_magnetic_02"
n2 = float(f"{8.90 * NA / 58.69:.4g}")
m2 = r(0.60 * MU_B * 1e24, 3)
ms2 = float(f"{m2 * 1e-24 * n2 * 1e6:.4g}")
bs2 = r(MU_0 * ms2 * 1000, 1)
m2w = r(m2 + 0.3, 3)
ms2w = float(f"{m2w * 1e-24 * n2 * 1e6:.4g}")
bs2w = r(MU_0 * ms2w * 1000, 1)
add(
    q,
    "final_line",
    f"""
Atoms per unit volume:
N = ρN_A/A = 8.90 × 6.022 × 10²³/58.69 = {uni(n2, 4)} atoms/cm³ = {uni(n2 * 1e6, 4)} m⁻³

(a) Saturation magnetization, with μ_B = 9.274 × 10⁻²⁴ A·m²:
M_s = 0.60 μ_B N = {m2:.3f} × 10⁻²⁴ × {uni(n2 * 1e6, 4)} = {uni(ms2, 4)} A/m

(b) Saturation flux density, with μ₀ = 4π × 10⁻⁷ H/m:
B_s = μ₀M_s = 1.2566 × 10⁻⁶ × {uni(ms2, 4)} = {bs2 / 1000:.4f} T

**Final Answer:** B_s ≈ {bs2:.1f} mT
""",
    bs2,
    "mT",
)
add(
    q,
    "tex",
    f"""
$$N = \\frac{{\\rho N_A}}{{A}} = \\frac{{8.90 \\times 6.022\\times10^{{23}}}}{{58.69}}
= {tex(n2, 4)}\\ \\mathrm{{cm^{{-3}}}} = {tex(n2 * 1e6, 4)}\\ \\mathrm{{m^{{-3}}}}$$

$$M_s = 0.60\\,\\mu_B N = (0.60 \\times 9.274\\times10^{{-24}}) \\times {tex(n2 * 1e6, 4)}
= {m2w:.3f}\\times10^{{-24}} \\times {tex(n2 * 1e6, 4)} = {tex(ms2w, 4)}\\ \\mathrm{{A/m}}$$

$$B_s = \\mu_0 M_s = (4\\pi\\times10^{{-7}})({tex(ms2w, 4)}) = {bs2w / 1000:.4f}\\ \\mathrm{{T}}$$

$$B_s = \\boxed{{{bs2w:.1f}\\ \\mathrm{{mT}}}}$$
""",
    bs2w,
    "mT",
    "arithmetic_slip",
    f"The M_s step works out 0.60 × 9.274 as {m2w:.3f} instead of {m2:.3f}; then "
    f"M_s = {uni(ms2, 4)} A/m and B_s = {bs2:.1f} mT.",
)

# ---------------------------------------------------------------- optical

# Transmission through a 10 mm glass plate, n = 1.50, β = 0.20 cm⁻¹.
q = "h24b_optical_05"
rf5 = r(((1.50 - 1) / (1.50 + 1)) ** 2, 3)
ab5 = r(math.exp(-0.20), 4)
tr5 = r((1 - rf5) ** 2 * ab5, 4)
tr5w = r((1 - rf5) * ab5, 4)
add(
    q,
    "table_row",
    f"""
Rows from the table that matter:
- `| refractive index | 1.50 |` → reflectance at each face
- `| absorption coefficient β | 0.20 cm⁻¹ |` and `| thickness | 10 mm |` → βl = 0.20 × 1.0 = 0.20
(the density row is not needed)

Reflectance of one face: R = [(n − 1)/(n + 1)]² = (0.50/2.50)² = {rf5:.3f}

Transmitted fraction: I_T/I₀ = (1 − R)² e^(−βl) = ({1 - rf5:.3f})² × e^(−0.20)
= {r((1 - rf5) ** 2, 4):.4f} × {ab5:.4f} = {tr5:.4f}

About {tr5:.3f} of the light gets through.
""",
    tr5,
    "dimensionless",
)
add(
    q,
    "prose",
    f"""
Light is lost in two ways: by reflection at the surface and by absorption in the bulk. The
reflectance of glass with n = 1.50 in air is R = [(1.50 − 1)/(1.50 + 1)]² = {rf5:.3f}, so a
fraction 1 − R = {1 - rf5:.3f} enters the plate. Absorption over the 10 mm = 1.0 cm path removes
a further part, leaving e^(−0.20 × 1.0) = {ab5:.4f} of what entered. The density is irrelevant.

The transmitted fraction is (1 − R)e^(−βl) = {1 - rf5:.3f} × {ab5:.4f} = {tr5w:.4f}.

Therefore, the answer is {tr5w:.3f}.
""",
    r(tr5w, 3),
    "dimensionless",
    "missing_factor",
    f"The transmission step counts the reflection loss at the entry face only; the exit face "
    f"reflects too: (1 − R)² e^(−βl) = {tr5:.4f}.",
)

# ---------------------------------------------------------------- thermal

# Max temperature of a constrained brass rod, σ ≤ 25 ksi (°F).
q = "h24b_thermal_02"
ea2 = r(14.5e6 * 11.1e-6, 2)
dt2 = r(25000 / ea2, 1)
tf2 = r(68 + dt2, 1)
add(
    q,
    "bare",
    f"""
Fully constrained rod: σ = Eα ΔT.

Eα = 14.5 × 10⁶ × 11.1 × 10⁻⁶ = {ea2:.2f} psi/°F
ΔT = 25 000/{ea2:.2f} = {dt2:.1f} °F
T_max = 68 + {dt2:.1f}

{tf2:.0f}
""",
    r(tf2, 0),
    "degF",
)
add(
    q,
    "terse",
    f"""
σ = EαΔT → ΔT = σ/(Eα)
Eα = 14.5e6 psi × 11.1e-6 /°F = {ea2:.2f} psi/°F
ΔT = 25 000/{ea2:.2f} = {dt2:.1f} °F
max temperature change allowed: {dt2:.1f} °F
""",
    dt2,
    "degF",
    "wrong_quantity",
    f"The last step answers the allowed rise ΔT = {dt2:.1f} °F; the maximum temperature asked is "
    f"68 + {dt2:.1f} = {tf2:.1f} °F.",
)

# ---------------------------------------------------------------- polymers

# Polydispersity index from a number distribution (three significant figures).
q = "h24b_polymers_02"
xs = ((10000, 0.10), (20000, 0.40), (30000, 0.35), (40000, 0.15))
mn2 = sum(x * m for m, x in xs)
sm2 = sum(x * m * m for m, x in xs)
mw2 = r(sm2 / mn2, 0)
pdi2 = r(mw2 / mn2, 3)
add(
    q,
    "markdown",
    f"""
### Step 1: Number-average molecular weight
M_n = Σ x_i M_i = 0.10(10 000) + 0.40(20 000) + 0.35(30 000) + 0.15(40 000) = {mn2:,.0f} g/mol

### Step 2: Weight-average molecular weight
With number fractions, M_w = Σ x_i M_i² / Σ x_i M_i.

Σ x_i M_i² = {uni(sm2, 3)} g²/mol², so M_w = {uni(sm2, 3)}/{mn2:,.0f} = {mw2:,.0f} g/mol

### Step 3: Polydispersity index
PDI = M_w/M_n = {mw2:,.0f}/{mn2:,.0f} = **{pdi2:.3f}**
""",
    pdi2,
    "dimensionless",
)
add(
    q,
    "prose",
    f"""
The number-average molecular weight is the number-fraction-weighted mean,
M_n = 0.10 × 10 000 + 0.40 × 20 000 + 0.35 × 30 000 + 0.15 × 40 000 = {mn2:,.0f} g/mol. The
weight average follows from the second moment, Σx_iM_i² = {uni(sm2, 3)}, so
M_w = {uni(sm2, 3)}/{mn2:,.0f} = {mw2:,.0f} g/mol. The polydispersity index is the ratio
M_w/M_n = {mw2:,.0f}/{mn2:,.0f} = {mw2 / mn2:.4f}.

Therefore, the answer is 1.15.
""",
    1.15,
    "dimensionless",
    "final_miscopied",
    f"M_w/M_n = {mw2 / mn2:.4f} is right, but the final line copies it as 1.15 instead of "
    f"{pdi2:.3f}.",
)

# ---------------------------------------------------------------- ceramics / composites

# Load a 7.5 mm Si₃N₄ rod sustains in three-point bending, part (b) in lbf.
q = "h24b_ceramics_composites_04"
sf4 = r(250 * 0.045 / (math.pi * (2.5e-3) ** 3) / 1e6, 1)
ff4 = r(250 * (3.75 / 2.5) ** 3, 1)
lb4 = r(ff4 / LBF_N, 1)
ff4w = r(250 * (3.75 / 2.5) ** 2, 1)
lb4w = r(ff4w / LBF_N, 1)
add(
    q,
    "given_first",
    f"""
**Given:** circular rod, d₁ = 5.0 mm (R₁ = 2.5 mm), F₁ = 250 N, span L = 45 mm; second rod
d₂ = 7.5 mm (R₂ = 3.75 mm), same material and span.
**Find:** (b) the fracture load F₂ in lbf.

(a) σ_fs = FL/(πR³) = 250 × 0.045/(π × (2.5 × 10⁻³)³) = {sf4:.1f} MPa

(b) Same σ_fs and L ⇒ F ∝ R³:
F₂ = 250 N × (3.75/2.5)³ = 250 × 3.375 = {ff4:.1f} N

With 1 lbf = 4.448 N: F₂ = {ff4:.1f}/4.448 = {lb4:.1f} lbf
""",
    lb4,
    "lbf",
)
add(
    q,
    "e_notation",
    f"""
(a) sigma_fs = F*L/(pi*R^3) = 250*0.045/(pi*(2.5e-3)^3) = {en(sf4 * 1e6, 3)} Pa

(b) Same strength and span; the load scales with the cross-section area, F ~ R^2:
F2 = 250 * (3.75e-3/2.5e-3)^2 = 250 * 2.25 = {en(ff4w, 4)} N
F2 = {en(ff4w, 4)} N / 4.448 N/lbf = {en(lb4w, 4)} lbf
""",
    lb4w,
    "lbf",
    "wrong_formula",
    f"Step (b) scales the load with R² (the area); σ_fs = FL/(πR³) makes F ∝ R³: "
    f"F₂ = {ff4:.1f} N = {lb4:.1f} lbf.",
)

# ---------------------------------------------------------------- corrosion

# Fe²⁺ concentration from V = −0.500 V vs SHE, V° = −0.440 V, 25 °C (mmol/L).
q = "h24b_corrosion_07"
rtf = r(R * 298.15 / 96485, 5)
ln7 = r(-0.060 * 2 / rtf, 3)
c7 = r(math.exp(ln7) * 1000, 2)
lg7w = r(-0.060 / r(rtf / 2, 5), 3)  # the ln slope, read as a log₁₀ one
c7w = r(10**lg7w * 1000, 4)
add(
    q,
    "range_then_value",
    f"""
Nernst equation for Fe²⁺ + 2e⁻ → Fe:
V = V° + (RT/nF) ln[Fe²⁺]

RT/F at 298.15 K = 8.314 × 298.15/96 485 = {rtf:.5f} V

ln[Fe²⁺] = (V − V°)·2/(RT/F) = (−0.500 + 0.440) × 2/{rtf:.5f} = −{abs(ln7):.3f}

A 60 mV shift below V° with n = 2 is about two decades, so [Fe²⁺] is of order 10⁻² M: a few
to ten mmol/L. Exactly: [Fe²⁺] = e^(−{abs(ln7):.3f}) = {uni(math.exp(ln7), 3)} M = {c7:.2f} mmol/L.
""",
    c7,
    "mmol/L",
)
add(
    q,
    "final_line",
    f"""
V = V° + (RT/nF) log[Fe²⁺]

RT/F = 8.314 × 298.15/96 485 = {rtf:.5f} V; with n = 2, RT/2F = {rtf / 2:.5f} V

log[Fe²⁺] = (−0.500 − (−0.440))/{rtf / 2:.5f} = −{abs(lg7w):.3f}

[Fe²⁺] = 10^(−{abs(lg7w):.3f}) = {uni(10**lg7w, 3)} mol/L

**Final Answer:** [Fe²⁺] ≈ {c7w:.4f} mmol/L
""",
    c7w,
    "mmol/L",
    "wrong_constant",
    f"The Nernst step pairs RT/F = {rtf:.5f} V with log₁₀; with log₁₀ the slope is "
    f"2.303RT/2F = 0.02958 V, log[Fe²⁺] = −2.028 and [Fe²⁺] = {c7:.2f} mmol/L.",
)


if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
    print(f"{sum(not rec['correct'] for rec in SET.records)} wrong responses")
