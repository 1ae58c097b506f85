"""Build tests/data/worked_answers_heldout9.jsonl: blind worked answers to 20 questions of set J.

Written blind to 20 questions of ``answer_exam_heldout9.json`` (exam set J), spread over thirteen
of its topics and skipping the must-refuse items; the answer engine, its checker and its solver were
not read. Every question has two responses: one correct throughout, and one with exactly one
labelled mistake (``worked_answers_check.ERROR_CLASSES``) whose note names the first wrong step
and the value it should have had. Twelve of the twenty mistakes are physics or chemistry errors
carried through with clean arithmetic (an FCC count in a BCC cell, the FCC radius relation in a BCC
metal, °C used as K, total time given for additional time, diameters in place of areas in the cold
work, the 60 % design factor dropped, ln for log₁₀ in the Larson–Miller parameter, the lever rule
turned round, the T^3/2 factor dropped from n_i, μ_r given for χ_m, the reflectance left unsquared,
the Nernst quotient turned round); the other eight are slips (two arithmetic slips, a wrong gas
constant, a mis-copied given, a fraction where a percentage is asked, a nm→µm slip, a mis-copied
final value, a slip in a molar mass sum).

Writing styles copied from chat models: "### Step" markdown with bullets, TeX display maths
closing with ``\\boxed{}``, prose that ends "Therefore, the answer is ...", terse equation chains,
a "Given / Find" opening, a closing "**Final Answer:**" line, and bare final numbers whose unit
appears only in the question. Constants are quoted with their values. All numbers are computed
below, and intermediate values are rounded the way a model rounds them, so that only the labelled
step is wrong.

Run: ``python tests/data/build_worked_answers_heldout9.py`` (rewrites the JSONL), then
``python tests/data/worked_answers_check.py --set heldout9``.
"""

from __future__ import annotations

import math

from worked_writing import HC_EV_NM, K_EV, MU_0, NA, R, WorkedSet, sci, tex, uni

STYLES = ("markdown", "tex", "prose", "terse", "given_first", "final_line", "bare")
SET = WorkedSet("heldout9", styles=STYLES)
add = SET.add_styled


def r(x: float, n: int) -> float:
    """``x`` rounded to ``n`` decimals (an intermediate value as written)."""
    return round(x, n)


# ---------------------------------------------------------------- crystallography / XRD

# xrd_01: density of BCC Fe.
q = "h9a_crystallography_xrd_01"
v1 = r(0.2866**3, 6)  # nm³
v1cm = v1 * 1e-21
rho1 = 2 * 55.845 / (NA * v1cm)
add(
    q,
    "given_first",
    f"""
**Given:** Fe, BCC, a = 0.2866 nm, A = 55.845 g/mol
**Find:** theoretical density ρ

- Atoms per BCC cell: n = 8 × ⅛ + 1 = 2
- V_C = a³ = (0.2866 × 10⁻⁷ cm)³ = {uni(v1cm, 4)} cm³
- ρ = nA/(V_C N_A) = (2 × 55.845)/({uni(v1cm, 4)} × 6.022 × 10²³) = {rho1:.3f} g/cm³

**Answer:** ρ ≈ {rho1:.2f} g/cm³
""",
    round(rho1, 2),
    "g/cm**3",
)
rho1w = 4 * 55.845 / (NA * v1cm)
add(
    q,
    "terse",
    f"""
n = 8(1/8) + 6(1/2) = 4 atoms/cell
V = a³ = (2.866 × 10⁻⁸ cm)³ = {uni(v1cm, 4)} cm³
ρ = nA/(V N_A) = 4(55.845)/({uni(v1cm, 4)} × 6.022 × 10²³)
ρ = {rho1w:.2f} g/cm³
""",
    round(rho1w, 2),
    "g/cm**3",
    "wrong_formula",
    f"The first line counts 4 atoms (FCC); a BCC cell holds 2, so ρ = {rho1:.2f} g/cm³",
)

# xrd_08: atomic radius of a BCC metal from the 110 peak.
q = "h9a_crystallography_xrd_08"
th8 = 44.67 / 2
s8 = r(math.sin(math.radians(th8)), 5)
d8 = r(0.15406 / (2 * s8), 5)
a8 = r(d8 * math.sqrt(2), 5)
r8 = a8 * math.sqrt(3) / 4
add(
    q,
    "markdown",
    f"""
### Step 1: Bragg angle
- θ = 44.67°/2 = {th8:.3f}°, sin θ = {s8:.5f}

### Step 2: Interplanar spacing
- d₁₁₀ = λ/(2 sin θ) = 0.15406/(2 × {s8:.5f}) = **{d8:.5f} nm**

### Step 3: Lattice parameter
- a = d√(h² + k² + l²) = {d8:.5f} × √2 = **{a8:.5f} nm**

### Step 4: Atomic radius
- In BCC the atoms touch along the body diagonal: 4R = a√3
- R = √3 × {a8:.5f}/4 = **{r8:.4f} nm**

The atomic radius is **{r8:.4f} nm**.
""",
    round(r8, 4),
    "nm",
)
r8w = a8 * math.sqrt(2) / 4
add(
    q,
    "tex",
    f"""
Bragg's law with $\\theta = 22.335^\\circ$:

$$d_{{110}} = \\frac{{\\lambda}}{{2\\sin\\theta}} = \\frac{{0.15406}}{{2({s8:.5f})}} = {d8:.5f}\\ \\mathrm{{nm}}$$

$$a = d_{{110}}\\sqrt{{2}} = {a8:.5f}\\ \\mathrm{{nm}}$$

The atoms touch along the face diagonal, $4R = a\\sqrt{{2}}$:

$$R = \\frac{{\\sqrt{{2}}\\,a}}{{4}} = \\frac{{1.4142 \\times {a8:.5f}}}{{4}} = {r8w:.4f}\\ \\mathrm{{nm}}$$

$$\\boxed{{R \\approx {r8w:.4f}\\ \\mathrm{{nm}}}}$$
""",
    round(r8w, 4),
    "nm",
    "wrong_formula",
    f"4R = a√2 is the FCC contact; in BCC the atoms touch along the body diagonal, 4R = a√3, "
    f"so R = {r8:.4f} nm",
)

# ---------------------------------------------------------------- defects

# defects_01: vacancy fraction in Cu at 1000 °C.
q = "h9a_defects_01"
kt = r(K_EV * 1273, 5)
x1 = r(0.90 / kt, 3)
f1 = math.exp(-x1)
add(
    q,
    "prose",
    f"""
The equilibrium fraction of vacant sites is N_v/N = exp(−Q_v/kT). At 1000 °C the absolute temperature is 1273 K, and with Boltzmann's constant k = 8.617 × 10⁻⁵ eV/K we have kT = {kt:.5f} eV. The exponent is Q_v/kT = 0.90/{kt:.5f} = {x1:.3f}, so the vacant fraction is exp(−{x1:.3f}) = {uni(f1, 3)}.

Therefore, the answer is {uni(f1, 3)} (about 3 vacancies per 10 000 sites).
""",
    sci(f1, 3),
    "",
)
ktw = r(K_EV * 1000, 5)
x1w = r(0.90 / ktw, 3)
f1w = math.exp(-x1w)
add(
    q,
    "final_line",
    f"""
N_v/N = exp(−Q_v/kT)

kT = (8.617 × 10⁻⁵ eV/K)(1000) = {ktw:.5f} eV
Q_v/kT = 0.90/{ktw:.5f} = {x1w:.3f}
N_v/N = exp(−{x1w:.3f}) = {uni(f1w, 3)}

**Final Answer:** {uni(f1w, 3)}
""",
    sci(f1w, 3),
    "",
    "unit_conversion",
    f"T is taken as 1000 (°C used as K); T = 1273 K gives kT = {kt:.5f} eV and N_v/N = {uni(f1, 3)}",
)

# defects_08: 70 wt% Cu – 30 wt% Zn in at% Zn.
q = "h9a_defects_08"
mz = r(30 / 65.38, 4)
mc = r(70 / 63.55, 4)
at8 = mz / (mz + mc) * 100
add(
    q,
    "terse",
    f"""
per 100 g: n_Zn = 30/65.38 = {mz:.4f} mol, n_Cu = 70/63.55 = {mc:.4f} mol
C_Zn = {mz:.4f}/({mz:.4f} + {mc:.4f}) × 100 = {at8:.2f} at%
≈ {at8:.1f} at% Zn
""",
    round(at8, 1),
    "percent",
)
tot_w = r(mz + mc + 0.1, 4)
at8w = mz / tot_w * 100
add(
    q,
    "markdown",
    f"""
### Step 1: Moles in 100 g of alloy
- Zn: 30/65.38 = **{mz:.4f} mol**
- Cu: 70/63.55 = **{mc:.4f} mol**

### Step 2: Total moles
- {mz:.4f} + {mc:.4f} = **{tot_w:.4f} mol**

### Step 3: Atom percent zinc
- C_Zn = {mz:.4f}/{tot_w:.4f} × 100 = **{at8w:.1f} at%**

The brass contains about **{at8w:.1f} at% Zn**.
""",
    round(at8w, 1),
    "percent",
    "arithmetic_slip",
    f"Step 2 adds to {tot_w:.4f}; {mz:.4f} + {mc:.4f} = {mz + mc:.4f} mol, so C_Zn = {at8:.1f} at%",
)

# ---------------------------------------------------------------- diffusion

# diffusion_01: D of C in γ-Fe at 950 °C.
q = "h9a_diffusion_01"
rt = r(R * 1223, 1)
e1 = r(148000 / rt, 3)
d1 = 2.3e-5 * math.exp(-e1)
add(
    q,
    "tex",
    f"""
$$D = D_0 \\exp\\left(-\\frac{{Q_d}}{{RT}}\\right), \\qquad T = 950 + 273 = 1223\\ \\mathrm{{K}}$$

With $R = 8.314\\ \\mathrm{{J\\,mol^{{-1}}K^{{-1}}}}$, $RT = {rt:.1f}\\ \\mathrm{{J/mol}}$ and

$$\\frac{{Q_d}}{{RT}} = \\frac{{148\\,000}}{{{rt:.1f}}} = {e1:.3f}$$

$$D = 2.3\\times10^{{-5}}\\, e^{{-{e1:.3f}}} = \\boxed{{{tex(d1, 3)}\\ \\mathrm{{m^2/s}}}}$$
""",
    sci(d1, 3),
    "m**2/s",
)
rtw = r(1.987 * 1223, 1)
e1w = r(148000 / rtw, 2)
d1w = 2.3e-5 * math.exp(-e1w)
add(
    q,
    "prose",
    f"""
The diffusion coefficient follows the Arrhenius form D = D₀ exp(−Q_d/RT). The temperature is 950 + 273 = 1223 K. Using the gas constant R = 1.987 and Q_d = 148 000 J/mol, RT = {rtw:.1f} and Q_d/RT = {e1w:.2f}. Hence D = 2.3 × 10⁻⁵ × exp(−{e1w:.2f}) = {uni(d1w, 3)} m²/s.

Therefore, the answer is {uni(d1w, 3)} m²/s.
""",
    sci(d1w, 3),
    "m**2/s",
    "wrong_constant",
    f"R = 1.987 is in cal/(mol·K) while Q_d is in J/mol; R = 8.314 J/(mol·K) gives "
    f"Q_d/RT = {e1:.3f} and D = {uni(d1, 3)} m²/s",
)

# diffusion_06: extra time for a 50 % deeper case.
q = "h9a_diffusion_06"
t6 = 6 * 1.5**2
add(
    q,
    "given_first",
    f"""
**Given:** x₁ = 0.30 mm at t₁ = 6 h; x₂ = 1.5 × 0.30 = 0.45 mm; same temperature (same D)
**Find:** additional time

- At fixed D, x ∝ √(Dt), so x²/t is constant.
- t₂ = t₁(x₂/x₁)² = 6 × (1.5)² = {t6:.1f} h
- Additional time = {t6:.1f} − 6 = {t6 - 6:.1f} h

**Answer:** {t6 - 6:.1f} h of further nitriding
""",
    t6 - 6,
    "hour",
)
add(
    q,
    "bare",
    f"""
x² / t = constant at fixed temperature.

x₂ = 1.5 x₁ = 0.45 mm

t₂ = 6 h × (0.45/0.30)² = 6 × 2.25 = {t6:.1f} h

{t6:.1f}
""",
    t6,
    "hour",
    "wrong_quantity",
    f"{t6:.1f} h is the total treatment time; the additional time asked is {t6:.1f} − 6 = "
    f"{t6 - 6:.1f} h",
)

# ---------------------------------------------------------------- mechanical properties

# mechanical_04: Hall–Petch grain size.
q = "h9a_mechanical_properties_04"
root4 = r(0.74 / (250 - 70), 6)
d4 = root4**2 * 1e6
add(
    q,
    "tex",
    f"""
Hall–Petch: $\\sigma_y = \\sigma_0 + k_y d^{{-1/2}}$, so

$$d^{{-1/2}} = \\frac{{\\sigma_y - \\sigma_0}}{{k_y}} = \\frac{{250 - 70}}{{0.74}}\\ \\mathrm{{m^{{-1/2}}}}
\\quad\\Rightarrow\\quad d^{{1/2}} = \\frac{{0.74}}{{180}} = {root4:.6f}\\ \\mathrm{{m^{{1/2}}}}$$

$$d = ({root4:.6f})^2 = {tex(root4**2, 3)}\\ \\mathrm{{m}}$$

$$\\boxed{{d \\approx {d4:.1f}\\ \\mu\\mathrm{{m}}}}$$
""",
    round(d4, 1),
    "micrometer",
)
root4w = r(0.74 / (250 - 75), 6)
d4w = root4w**2 * 1e6
add(
    q,
    "final_line",
    f"""
Rearranging σ_y = σ₀ + k_y/√d:

√d = k_y/(σ_y − σ₀) = 0.74/(250 − 75) = {root4w:.6f} m^½
d = ({root4w:.6f})² = {uni(root4w**2, 3)} m = {d4w:.1f} µm

**Final Answer:** d ≈ {d4w:.1f} µm
""",
    round(d4w, 1),
    "micrometer",
    "given_miscopied",
    f"σ₀ is copied as 75 MPa; with σ₀ = 70 MPa, √d = 0.74/180 = {root4:.6f} m^½ and "
    f"d = {d4:.1f} µm",
)

# mechanical_06: percent cold work 6.0 → 4.2 mm.
q = "h9a_mechanical_properties_06"
cw6 = (6.0**2 - 4.2**2) / 6.0**2 * 100
add(
    q,
    "markdown",
    f"""
### Step 1: Definition
- %CW = (A₀ − A_d)/A₀ × 100, and for a round wire A ∝ d², so %CW = (d₀² − d_d²)/d₀² × 100

### Step 2: Substitute
- d₀² = 6.0² = 36.00 mm², d_d² = 4.2² = {4.2**2:.2f} mm²
- %CW = (36.00 − {4.2**2:.2f})/36.00 × 100 = **{cw6:.1f} %**

The wire has been cold worked **{cw6:.0f} %**.
""",
    round(cw6),
    "percent",
)
cw6w = (6.0 - 4.2) / 6.0 * 100
add(
    q,
    "terse",
    f"""
%CW = (d₀ − d_d)/d₀ × 100
= (6.0 − 4.2)/6.0 × 100
= 1.8/6.0 × 100
= {cw6w:.0f} %
""",
    round(cw6w),
    "percent",
    "wrong_formula",
    f"Cold work is the fractional reduction in cross-sectional area, (d₀² − d_d²)/d₀²; "
    f"it is {cw6:.0f} %, not the diameter reduction",
)

# ---------------------------------------------------------------- failure

# failure_02: largest tolerable edge crack.
q = "h9a_failure_02"
s2 = 0.60 * 1460
ratio2 = r(55 / (1.12 * s2), 5)
a2 = ratio2**2 / math.pi * 1000
add(
    q,
    "prose",
    f"""
The design stress is 60 % of the yield strength, σ = 0.60 × 1460 = {s2:.0f} MPa. Fast fracture occurs when K_Ic = Yσ√(πa), so the critical crack length is a_c = (1/π)[K_Ic/(Yσ)]². Here K_Ic/(Yσ) = 55/(1.12 × {s2:.0f}) = {ratio2:.5f} m^½, whose square is {ratio2**2:.6f} m, and dividing by π gives a_c = {a2 / 1000:.6f} m.

Therefore, the answer is {a2:.2f} mm.
""",
    round(a2, 2),
    "mm",
)
ratio2w = r(55 / (1.12 * 1460), 5)
a2w = ratio2w**2 / math.pi * 1000
add(
    q,
    "given_first",
    f"""
**Given:** σ_y = 1460 MPa, K_Ic = 55 MPa√m, Y = 1.12
**Find:** critical edge-crack length a_c

- K_Ic = Yσ√(πa) ⇒ a_c = (1/π)(K_Ic/(Yσ))²
- K_Ic/(Yσ) = 55/(1.12 × 1460) = {ratio2w:.5f} m^½
- a_c = ({ratio2w:.5f})²/π = {a2w / 1000:.3e} m

**Answer:** a_c ≈ {a2w:.2f} mm
""",
    round(a2w, 2),
    "mm",
    "missing_factor",
    f"The stress used is the full yield strength; the component runs at 0.60 × 1460 = {s2:.0f} MPa, "
    f"which gives a_c = {a2:.2f} mm",
)

# failure_06: Larson–Miller rupture life at 750 °C.
q = "h9a_failure_06"
t6k = 1023
lg6 = r(24000 / t6k - 20, 4)
h6 = 10**lg6
days6 = h6 / 24
add(
    q,
    "terse",
    f"""
LMP = T(C + log t) = 24 000, T = 750 + 273 = 1023 K
C + log t = 24 000/1023 = {24000 / t6k:.4f}
log t = {lg6:.4f}
t = 10^{lg6:.4f} = {h6:.0f} h = {h6:.0f}/24 = {days6:.1f} days
""",
    round(days6, 1),
    "day",
)
h6w = math.exp(lg6)
days6w = h6w / 24
add(
    q,
    "bare",
    f"""
T = 750 + 273 = 1023 K

24 000 = 1023 (20 + ln t)

ln t = 24 000/1023 − 20 = {lg6:.4f}

t = e^{lg6:.4f} = {h6w:.1f} h → ÷ 24 = {days6w:.2f}
""",
    round(days6w, 2),
    "day",
    "wrong_formula",
    f"The Larson–Miller parameter uses log₁₀ t, not ln t; t = 10^{lg6:.4f} = {h6:.0f} h "
    f"= {days6:.1f} days",
)

# ---------------------------------------------------------------- phase diagrams

# phase_diagrams_01: % liquid in Cu–35Ni at 1250 °C.
q = "h9a_phase_diagrams_01"
wl = (43 - 35) / (43 - 32) * 100
add(
    q,
    "tex",
    f"""
Lever rule on the tie line ($C_L = 32$, $C_0 = 35$, $C_\\alpha = 43$ wt% Ni):

$$W_L = \\frac{{C_\\alpha - C_0}}{{C_\\alpha - C_L}} = \\frac{{43 - 35}}{{43 - 32}} = \\frac{{8}}{{11}} = {wl / 100:.4f}$$

$$\\boxed{{W_L \\approx {wl:.1f}\\ \\%}}$$
""",
    round(wl, 1),
    "percent",
)
wlw = (35 - 32) / (43 - 32) * 100
add(
    q,
    "markdown",
    f"""
### Step 1: Tie-line compositions
- C_L = 32 wt% Ni, C_α = 43 wt% Ni, C₀ = 35 wt% Ni

### Step 2: Lever rule
- W_L = (C₀ − C_L)/(C_α − C_L) = (35 − 32)/(43 − 32) = 3/11 = **{wlw / 100:.4f}**

### Step 3: Percentage
- {wlw / 100:.4f} × 100 = **{wlw:.1f} %**

About **{wlw:.1f} %** of the alloy is liquid.
""",
    round(wlw, 1),
    "percent",
    "wrong_formula",
    f"Step 2 takes the lever arm on the liquid side, which gives the α fraction; "
    f"W_L = (43 − 35)/(43 − 32) = {wl:.1f} %",
)

# phase_diagrams_05: % eutectic microconstituent in Pb–40Sn.
q = "h9a_phase_diagrams_05"
we = (40 - 18.3) / (61.9 - 18.3)
add(
    q,
    "final_line",
    f"""
The eutectic microconstituent forms from the liquid that is present just above 183 °C, so apply
the lever rule between α (18.3 wt% Sn) and the eutectic liquid (61.9 wt% Sn):

W_e = (C₀ − C_α)/(C_E − C_α) = (40 − 18.3)/(61.9 − 18.3) = 21.7/43.6 = {we:.4f}

**Final Answer:** {we * 100:.1f} % eutectic microconstituent
""",
    round(we * 100, 1),
    "percent",
)
add(
    q,
    "terse",
    f"""
W_e = (C₀ − C_α)/(C_E − C_α)
= (40 − 18.3)/(61.9 − 18.3)
= 21.7/43.6
= {we:.3f}
""",
    round(we, 3),
    "percent",
    "percent_fraction",
    f"{we:.3f} is the mass fraction; the percentage asked is {we * 100:.1f} %",
)

# ---------------------------------------------------------------- transformation kinetics

# transformations_kinetics_01: Avrami, t for 90 % given t_0.5 = 60 s.
q = "h9a_transformations_kinetics_01"
ratio_k = r(math.log(10) / math.log(2), 4)
fac_k = r(ratio_k**0.4, 4)
t90 = 60 * fac_k
add(
    q,
    "prose",
    f"""
With Avrami kinetics y = 1 − exp(−kt^n), the time to reach a fraction y satisfies kt^n = −ln(1 − y). Taking the ratio of the 90 % and 50 % conditions removes k: (t₀.₉/t₀.₅)^n = ln(10)/ln(2) = 2.3026/0.6931 = {ratio_k:.4f}. With n = 2.5 the time ratio is {ratio_k:.4f}^(1/2.5) = {ratio_k:.4f}^0.4 = {fac_k:.4f}, so t₀.₉ = 60 s × {fac_k:.4f} = {t90:.1f} s.

Therefore, the answer is about {t90:.0f} s.
""",
    round(t90),
    "second",
)
fac_kw = r(ratio_k**0.25, 4)
t90w = 60 * fac_kw
add(
    q,
    "given_first",
    f"""
**Given:** n = 2.5, t₀.₅ = 60 s
**Find:** t₀.₉

- kt^n = −ln(1 − y) ⇒ (t₀.₉/t₀.₅)^n = ln 10/ln 2 = {ratio_k:.4f}
- t₀.₉/t₀.₅ = {ratio_k:.4f}^(1/2.5) = {ratio_k:.4f}^0.25 = {fac_kw:.4f}
- t₀.₉ = 60 × {fac_kw:.4f} = {t90w:.1f} s

**Answer:** t₀.₉ ≈ {t90w:.0f} s
""",
    round(t90w),
    "second",
    "arithmetic_slip",
    f"1/2.5 is written as 0.25; it is 0.4, so the ratio is {fac_k:.4f} and t₀.₉ = {t90:.0f} s",
)

# ---------------------------------------------------------------- electrical

# electrical_semiconductors_09: n_i(350 K)/n_i(300 K) for Si.
q = "h9b_electrical_semiconductors_09"
pre9 = r((350 / 300) ** 1.5, 4)
x9 = r(1.11 / (2 * K_EV) * (1 / 300 - 1 / 350), 4)
ex9 = r(math.exp(x9), 3)
ni9 = pre9 * ex9
add(
    q,
    "tex",
    f"""
For an intrinsic semiconductor $n_i \\propto T^{{3/2}}\\exp\\left(-\\dfrac{{E_g}}{{2kT}}\\right)$, so

$$\\frac{{n_i(350)}}{{n_i(300)}} = \\left(\\frac{{350}}{{300}}\\right)^{{3/2}}
\\exp\\left[\\frac{{E_g}}{{2k}}\\left(\\frac{{1}}{{300}} - \\frac{{1}}{{350}}\\right)\\right]$$

With $k = 8.617\\times10^{{-5}}\\ \\mathrm{{eV/K}}$ the exponent is
$\\dfrac{{1.11}}{{2(8.617\\times10^{{-5}})}}({tex(1 / 300 - 1 / 350, 4)}) = {x9:.4f}$, and
$(350/300)^{{3/2}} = {pre9:.4f}$:

$$\\frac{{n_i(350)}}{{n_i(300)}} = {pre9:.4f} \\times e^{{{x9:.4f}}} = {pre9:.4f} \\times {ex9:.3f} = \\boxed{{{ni9:.1f}}}$$
""",
    round(ni9, 1),
    "",
)
add(
    q,
    "markdown",
    f"""
### Step 1: Temperature dependence
- n_i ∝ exp(−E_g/2kT), so the ratio is exp[(E_g/2k)(1/T₁ − 1/T₂)]

### Step 2: Exponent
- E_g/2k = 1.11/(2 × 8.617 × 10⁻⁵) = {1.11 / (2 * K_EV):.0f} K
- 1/300 − 1/350 = {uni(1 / 300 - 1 / 350, 4)} K⁻¹
- Exponent = **{x9:.4f}**

### Step 3: Ratio
- n_i(350)/n_i(300) = e^{x9:.4f} = **{ex9:.2f}**

The intrinsic carrier concentration rises by a factor of about **{ex9:.1f}**.
""",
    round(ex9, 1),
    "",
    "missing_factor",
    f"Step 1 drops the T^3/2 prefactor of n_i; (350/300)^1.5 = {pre9:.4f} raises the ratio "
    f"to {ni9:.1f}",
)

# ---------------------------------------------------------------- magnetic

# magnetic_04: χ_m of a ferrite, B = 0.80 T at H = 2500 A/m.
q = "h9b_magnetic_04"
mur4 = 0.80 / (MU_0 * 2500)
chi4 = mur4 - 1
add(
    q,
    "bare",
    f"""
μ = B/H = 0.80/2500 = {uni(0.80 / 2500, 3)} H/m

μ_r = μ/μ₀ = {uni(0.80 / 2500, 3)}/(4π × 10⁻⁷) = {mur4:.1f}

χ_m = μ_r − 1 = {chi4:.1f} ≈ {chi4:.0f}
""",
    round(chi4),
    "",
)
add(
    q,
    "terse",
    f"""
B = μ₀ χ_m H (μ₀ = 4π × 10⁻⁷ H/m)
χ_m = B/(μ₀H) = 0.80/(4π × 10⁻⁷ × 2500)
= 0.80/{uni(MU_0 * 2500, 4)}
= {mur4:.1f} ≈ {mur4:.0f}
""",
    round(mur4),
    "",
    "wrong_quantity",
    f"B/(μ₀H) = {mur4:.1f} is the relative permeability μ_r; χ_m = μ_r − 1 = {chi4:.0f}",
)

# ---------------------------------------------------------------- optical

# optical_01: absorption edge of Si.
q = "h9b_optical_01"
lam1 = HC_EV_NM / 1.11
add(
    q,
    "given_first",
    f"""
**Given:** E_g = 1.11 eV
**Find:** longest absorbed wavelength λ_max

- A photon is absorbed across the gap when hc/λ ≥ E_g, so λ_max = hc/E_g
- hc = 1239.84 eV·nm
- λ_max = 1239.84/1.11 = {lam1:.1f} nm

**Answer:** λ_max ≈ {lam1 / 1000:.3f} µm
""",
    round(lam1 / 1000, 3),
    "um",
)
add(
    q,
    "prose",
    f"""
Band-to-band absorption needs photons with energy at least equal to the gap, so the longest wavelength absorbed is λ = hc/E_g. Using hc = 1239.84 eV·nm, λ = 1239.84/1.11 = {lam1:.1f} nm. Converting to micrometres (1 µm = 100 nm) gives {lam1 / 100:.2f} µm.

Therefore, the answer is {lam1 / 100:.2f} µm.
""",
    round(lam1 / 100, 2),
    "um",
    "unit_conversion",
    f"1 µm = 1000 nm, not 100 nm; {lam1:.1f} nm = {lam1 / 1000:.3f} µm",
)

# optical_08: reflectance of soda–lime glass, n = 1.52.
q = "h9b_optical_08"
rr8 = r(0.52 / 2.52, 5)
refl8 = rr8**2 * 100
add(
    q,
    "final_line",
    f"""
For normal incidence from air (n = 1) onto glass (n = 1.52), Fresnel's equation gives

R = ((n − 1)/(n + 1))² = (0.52/2.52)² = ({rr8:.5f})² = {rr8**2:.5f}

**Final Answer:** about {refl8:.2f} % of the light is reflected.
""",
    round(refl8, 2),
    "percent",
)
add(
    q,
    "tex",
    f"""
The normal-incidence reflectance of an air–glass interface:

$$R = \\frac{{n - 1}}{{n + 1}} = \\frac{{1.52 - 1}}{{1.52 + 1}} = \\frac{{0.52}}{{2.52}} = {rr8:.4f}$$

$$\\boxed{{R \\approx {rr8 * 100:.1f}\\ \\%}}$$
""",
    round(rr8 * 100, 1),
    "percent",
    "wrong_formula",
    f"The Fresnel reflectance is the square, ((n − 1)/(n + 1))² = {rr8**2:.5f}, i.e. {refl8:.2f} %",
)

# ---------------------------------------------------------------- thermal

# thermal_02: thermal stress in a restrained brass rod cooled 80 → 20 °C.
q = "h9b_thermal_02"
st2 = 97e3 * 20e-6 * 60
add(
    q,
    "markdown",
    f"""
### Step 1: Thermal stress relation
- For a fully restrained rod, σ = E α_l ΔT (the density is not needed)

### Step 2: Substitute
- ΔT = 80 − 20 = 60 °C
- σ = (97 × 10³ MPa)(20 × 10⁻⁶ °C⁻¹)(60 °C) = **{st2:.1f} MPa**

Because the rod is cooled, the stress is tensile, with magnitude **{st2:.1f} MPa**.
""",
    round(st2, 1),
    "MPa",
)
add(
    q,
    "bare",
    f"""
σ = E α ΔT

= (97 000 MPa)(20 × 10⁻⁶)(80 − 20)

= 97 000 × 0.0012 = {st2:.1f} MPa (tensile)

161.4
""",
    161.4,
    "MPa",
    "final_miscopied",
    f"The computation gives {st2:.1f} MPa; the last line transposes it to 161.4",
)

# ---------------------------------------------------------------- polymers

# polymers_01: degree of polymerization of PVC.
q = "h9b_polymers_01"
m_pvc = r(2 * 12.01 + 3 * 1.008 + 35.45, 2)
dp1 = 65000 / m_pvc
add(
    q,
    "terse",
    f"""
repeat unit C₂H₃Cl: m = 2(12.01) + 3(1.008) + 35.45 = {m_pvc:.2f} g/mol
n_n = M̄_n/m = 65 000/{m_pvc:.2f} = {dp1:.1f}
n_n ≈ {dp1:.0f}
""",
    round(dp1),
    "",
)
m_pvcw = r(m_pvc + 1.0, 2)
dp1w = 65000 / m_pvcw
add(
    q,
    "final_line",
    f"""
The PVC repeat unit is –CH₂–CHCl–, i.e. C₂H₃Cl.

Repeat-unit molar mass (C = 12.01, H = 1.008, Cl = 35.45 g/mol):
m = 2(12.01) + 3(1.008) + 35.45 = 24.02 + 3.024 + 35.45 = {m_pvcw:.2f} g/mol

Degree of polymerization:
n_n = 65 000/{m_pvcw:.2f} = {dp1w:.1f}

**Final Answer:** n_n ≈ {dp1w:.0f}
""",
    round(dp1w),
    "",
    "arithmetic_slip",
    f"24.02 + 3.024 + 35.45 = {m_pvc:.2f} g/mol, not {m_pvcw:.2f}; n_n = {dp1:.0f}",
)

# ---------------------------------------------------------------- corrosion

# corrosion_01: Zn | Zn²⁺ (0.50 M) || Cu²⁺ (0.010 M) | Cu at 25 °C.
q = "h9b_corrosion_01"
e0 = 0.340 - (-0.763)
lq = r(math.log10(0.50 / 0.010), 4)
corr = r(0.0592 / 2 * lq, 4)
ecell = e0 - corr
add(
    q,
    "given_first",
    f"""
**Given:** E°(Cu²⁺/Cu) = +0.340 V, E°(Zn²⁺/Zn) = −0.763 V, [Zn²⁺] = 0.50 M, [Cu²⁺] = 0.010 M, 25 °C
**Find:** E_cell

- Cell reaction: Zn + Cu²⁺ → Zn²⁺ + Cu, n = 2
- E° = 0.340 − (−0.763) = {e0:.3f} V
- Nernst: E = E° − (0.0592/n) log([Zn²⁺]/[Cu²⁺]) = {e0:.3f} − 0.0296 log(50)
- log 50 = {lq:.4f}, correction = 0.0296 × {lq:.4f} = {corr:.4f} V
- E = {e0:.3f} − {corr:.4f} = {ecell:.4f} V

**Answer:** E_cell = {ecell:.3f} V
""",
    round(ecell, 3),
    "V",
)
ecellw = e0 + corr
add(
    q,
    "prose",
    f"""
The zinc electrode is the anode and copper the cathode, so the overall reaction is Zn + Cu²⁺ → Zn²⁺ + Cu with n = 2 and E° = 0.340 − (−0.763) = {e0:.3f} V. The Nernst equation at 25 °C is E = E° − (0.0592/n) log Q, and here I take Q = [Cu²⁺]/[Zn²⁺] = 0.010/0.50 = 0.020, so log Q = −{lq:.4f} and the correction term is −0.0296 × {lq:.4f} = −{corr:.4f} V. Hence E = {e0:.3f} + {corr:.4f} = {ecellw:.4f} V.

Therefore, the answer is {ecellw:.3f} V.
""",
    round(ecellw, 3),
    "V",
    "sign_error",
    f"Q is turned round: for Zn + Cu²⁺ → Zn²⁺ + Cu, Q = [Zn²⁺]/[Cu²⁺] = 50, so the correction "
    f"is subtracted and E = {ecell:.3f} V",
)

if __name__ == "__main__":
    SET.write()
    print(SET.style_summary())
