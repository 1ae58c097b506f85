"""Build tests/data/worked_answers.json: model-style worked answers for check_answer.

Each entry has a question, a response in the prose style language models write
(markdown, LaTeX, '×10^', '≈'), and what was planted: nothing (a correct answer,
which must not be flagged) or an error of one kind (which must be flagged by a
check of that kind). ``expect_recomputed`` is the value the response's own last
step gives when only its final arithmetic is wrong.

Run: ``python tests/data/build_worked_answers.py`` (rewrites the JSON).
"""

from __future__ import annotations

import json
from pathlib import Path

W: list[dict] = []


def w(
    question: str,
    response: str,
    planted: str | None = None,
    flags: tuple[str, ...] = (),
    recomputed: tuple[float, str] | None = None,
    value: tuple[float, str] | None = None,
) -> None:
    W.append(
        {
            "id": f"w{len(W) + 1:02d}",
            "question": question,
            "response": response.strip(),
            "planted": planted,
            "expect_flags": list(flags),
            "expect_recomputed": None
            if recomputed is None
            else {"value": recomputed[0], "unit": recomputed[1]},
            "expect_value": None if value is None else {"value": value[0], "unit": value[1]},
        }
    )


GAAS = "A semiconductor has a band gap of 1.43 eV. What is the maximum wavelength of light (in μm) that it absorbs?"
CU_D = (
    "Calculate the theoretical density of copper in g/cm^3. Copper has the FCC structure, an atomic radius of "
    "0.128 nm and an atomic weight of 63.5 g/mol."
)
STRESS = (
    "A cylindrical specimen of steel with a diameter of 10 mm is pulled in tension with a force of 15,000 N. "
    "Calculate the engineering stress in MPa."
)
ARRH = (
    "Calculate the diffusion coefficient (m^2/s) of copper in aluminum at 500 °C, given D0 = 6.5 × 10^-5 m^2/s "
    "and Q_d = 136,000 J/mol."
)
EXPAND = (
    "A steel rod 250 mm long is heated from 20 °C to 120 °C. If α = 12 × 10^-6 (°C)^-1, how much will it "
    "lengthen (in mm)?"
)
VAC = (
    "Compute the number of vacancies per cubic meter in copper at 1000 °C. The energy for vacancy formation is "
    "0.9 eV/atom; the atomic weight and density (at 1000 °C) for Cu are 63.5 g/mol and 8.40 g/cm^3."
)
PLATE = "What current (in Amperes) is needed to electroplate 10 g of Cu from Cu2+ in 1 hour?"
BRAGG = (
    "X-rays of wavelength 0.1542 nm are diffracted by the (111) planes of FCC copper (a = 0.3615 nm). Find the "
    "Bragg angle θ in degrees for first-order reflection."
)
HP = "The yield strength is ___ MPa when the grain diameter d = 25 μm, σ0 = 70 MPa and k = 0.74 MPa·m^1/2."
HEAT = (
    "How much heat (in kJ) is required to raise the temperature of 2 kg of aluminum from 20 °C to 120 °C? The "
    "specific heat of aluminum is 900 J/kg·K."
)
DP = (
    "A polystyrene has a number-average molecular weight of 3 x 10^5 g/mol. What is its degree of "
    "polymerization?"
)
GAS = "What volume (in L) does 2.0 mol of an ideal gas occupy at 300 K and 101325 Pa?"
RES = (
    "Calculate the electrical resistance (in Ω) of a copper wire 100 m long with a cross-sectional area of "
    "2.5 mm^2, given ρ = 1.72 × 10^-8 Ω·m."
)

# ---------------------------------------------------------------- correct answers (must not be flagged)
w(
    GAAS,
    r"""
The cutoff wavelength follows from $\lambda = hc/E_g$:

λ = (6.626 × 10^-34 J·s)(2.998 × 10^8 m/s) / (1.43 eV × 1.602 × 10^-19 J/eV) = 8.67 × 10^-7 m

**Final answer: λ ≈ 0.867 μm**
""",
    value=(0.867, "μm"),
)
w(
    CU_D,
    r"""
For FCC, a = 2√2 R = 2 × 1.414 × 0.128 nm = 0.362 nm = 3.62 × 10^-8 cm.
V_C = a^3 = (3.62 × 10^-8 cm)^3 = 4.74 × 10^-23 cm^3
ρ = nA/(V_C N_A) = (4)(63.5 g/mol) / ((4.74 × 10^-23 cm^3)(6.022 × 10^23 atoms/mol)) = 8.89 g/cm^3
Answer: 8.89 g/cm^3
""",
    value=(8.89, "g/cm^3"),
)
w(
    STRESS,
    r"""
Area: A0 = π d^2/4 = π (10 mm)^2 / 4 = 78.5 mm^2
σ = F / A0 = 15000 N / 78.5 mm^2 = 191 MPa
So the engineering stress is 191 MPa.
""",
    value=(191, "MPa"),
)
w(
    ARRH,
    r"""
Use D = D0 exp(-Qd/RT) with T = 500 + 273 = 773 K.
D = 6.5 × 10^-5 m^2/s × exp(-136000 J/mol / (8.314 J/(mol·K) × 773 K))
  = 6.5 × 10^-5 × exp(-21.16) m^2/s
  = 4.2 × 10^-14 m^2/s
""",
    value=(4.2e-14, "m^2/s"),
)
w(
    EXPAND,
    r"""
ΔL = α L0 ΔT, with ΔT = 120 °C − 20 °C = 100 °C.
ΔL = 12 × 10^-6 (°C)^-1 × 250 mm × 100 °C = 0.30 mm
Final answer: 0.30 mm
""",
    value=(0.30, "mm"),
)
w(
    VAC,
    r"""
Number of atomic sites: N = N_A ρ / A = (6.022 × 10^23 atoms/mol)(8.40 g/cm^3)/(63.5 g/mol) = 7.97 × 10^22 atoms/cm^3 = 7.97 × 10^28 atoms/m^3
T = 1000 + 273 = 1273 K
N_v = N exp(-Q_v/kT) = 7.97 × 10^28 m^-3 × exp(-0.9 eV / (8.62 × 10^-5 eV/K × 1273 K))
N_v = 2.18 × 10^25 vacancies/m^3
""",
    value=(2.18e25, "1/m^3"),
)
w(
    PLATE,
    r"""
From Faraday's law, I = m n F / (M t).
I = (10 g)(2)(96485 C/mol) / ((63.55 g/mol)(3600 s)) = 8.43 A
The required current is about 8.43 A.
""",
    value=(8.43, "A"),
)
w(
    BRAGG,
    r"""
d_111 = a/√3 = 0.3615 nm / √3 = 0.2087 nm
sin θ = nλ/(2d) = 0.1542 nm / (2 × 0.2087 nm) = 0.3694
θ = arcsin(0.3694) = 21.68°
Answer: θ ≈ 21.7°
""",
    value=(21.7, "degree"),
)
w(
    HP,
    r"""
σy = σ0 + k d^(-1/2) = 70 MPa + 0.74 MPa·m^0.5 / √(25 × 10^-6 m) = 70 MPa + 148 MPa = 218 MPa
""",
    value=(218, "MPa"),
)
w(
    HEAT,
    r"""
Q = m c ΔT = 2 kg × 900 J/(kg·K) × 100 K = 180000 J
Therefore Q = 180 kJ.
""",
    value=(180, "kJ"),
)
w(
    DP,
    r"""
The repeat unit of polystyrene is C8H8 with a molecular weight of 8(12.01 g/mol) + 8(1.008 g/mol) = 104.14 g/mol.
DP = Mn/m = 300000 g/mol / 104.14 g/mol = 2881
The degree of polymerization is approximately 2881.
""",
    value=(2881, "dimensionless"),
)
w(
    GAS,
    r"""
V = nRT/P = (2.0 mol)(8.314 J/(mol·K))(300 K)/(101325 Pa) = 0.04923 m^3
Since 1 m^3 = 1000 L, V = 49.2 L.
""",
    value=(49.2, "L"),
)
w(
    RES,
    r"""
R = ρL/A = (1.72 × 10^-8 Ω·m)(100 m)/(2.5 × 10^-6 m^2) = 0.688 Ω
""",
    value=(0.688, "ohm"),
)

# ---------------------------------------------------------------- planted errors (must be flagged)
w(
    GAAS,
    r"""
λ = hc/E_g = (6.626 × 10^-34 J·s)(2.998 × 10^8 m/s)/(1.43 × 1.602 × 10^-19 J) = 9.67 × 10^-7 m
So λ = 0.967 μm
""",
    "arithmetic",
    ("arithmetic",),
    recomputed=(0.867, "μm"),
)
w(
    GAAS,
    r"""
λ = hc/E = (6.626e-34 J s)(3.00e8 m/s)/(1.43 × 1.602e-19 J) = 8.68e-7 m
The answer is 868 nm.
""",
    "unit",
    ("unit",),
)
w(
    GAAS,
    r"""
The photon energy equals the band gap, so the answer is 1.43 eV.
""",
    "dimension",
    ("dimension",),
)
w(
    GAAS,
    r"""
λ = hc/E = (6.26 × 10^-34 J·s)(3.0 × 10^8 m/s)/(1.43 × 1.602 × 10^-19 J) = 8.20 × 10^-7 m
Answer: 0.820 μm
""",
    "constant",
    ("constants",),
)
w(
    CU_D,
    r"""
a = 2√2 R = 0.362 nm = 3.62 × 10^-8 cm
V = a^3 = 4.74 × 10^-23 cm^3
ρ = nA/(V N_A) = (4)(63.5 g/mol)/((4.74 × 10^-23 cm^3)(6.022 × 10^22 atoms/mol)) = 88.9 g/cm^3
""",
    "constant",
    ("constants",),
)
w(
    STRESS,
    r"""
A0 = π d^2/4 = π (10 mm)^2/4 = 78.5 mm^2
σ = F/A0 = 15000 N / 78.5 mm^2 = 19.1 MPa
""",
    "arithmetic",
    ("arithmetic",),
    recomputed=(191, "MPa"),
)
w(
    ARRH,
    r"""
T = 500 °C = 773 K
D = D0 exp(-Qd/RT) = 6.5 × 10^-5 m^2/s × exp(-136000 J/mol / (8.314 J/(mol·K) × 773 K)) = 4.2 × 10^-13 m^2/s
""",
    "arithmetic",
    ("arithmetic",),
    recomputed=(4.2e-14, "m^2/s"),
)
w(
    ARRH,
    r"""
D = 6.5 × 10^-5 m^2/s × exp(-136000 J/mol / (8.134 J/(mol·K) × 773 K)) = 2.6 × 10^-14 m^2/s
""",
    "constant",
    ("constants",),
)
w(
    EXPAND,
    r"""
ΔL = α L0 ΔT = 12 × 10^-6 (°C)^-1 × 250 mm × 100 °C = 0.30 m
""",
    "arithmetic",
    ("arithmetic", "independent solution"),
)
w(
    EXPAND,
    r"""
ΔL = α L0 T = 12 × 10^-6 (°C)^-1 × 250 mm × 120 °C = 0.36 mm
""",
    "unused_given",
    (),  # not provable from the response alone: reported as a note, never as a failed check
)
w(
    VAC,
    r"""
N = N_A ρ / A = (6.022 × 10^23 atoms/mol)(8.40 g/cm^3)/(63.5 g/mol) = 7.97 × 10^28 atoms/m^3
N_v = N exp(-Q_v/kT) = 7.97 × 10^28 m^-3 × exp(-0.9 eV / (1.38 × 10^-23 eV/K × 1273 K))
N_v ≈ 0 vacancies/m^3
""",
    "constant",
    ("constants",),
)
w(
    PLATE,
    r"""
I = m n F/(M t) = (10 g)(2)(96485 C/mol)/((63.55 g/mol)(3600 s)) = 8.43 A
Expressed in milliamperes: 8430 mA
""",
    "unit",
    ("unit",),
)
w(
    HP,
    r"""
σy = σ0 + k d^(-1/2) = 70 MPa + 0.74 MPa·m^0.5 / √(25 × 10^-6 m) = 70 MPa + 148 MPa = 228 MPa
""",
    "arithmetic",
    ("arithmetic",),
    recomputed=(218, "MPa"),
)
w(
    HEAT,
    r"""
Q = m c ΔT = 2 kg × 900 J/(kg·K) × 100 K + 20 s = 180000 J
Therefore Q = 180 kJ.
""",
    "dimension",
    ("step dimensions",),
)
w(
    GAS,
    r"""
V = nRT/P = (2.0 mol)(8.314 J/(mol·K))(300 K)/(101325 Pa) = 0.04923 m^3 = 4.923 L
""",
    "arithmetic",
    ("arithmetic",),
    recomputed=(49.23, "L"),
)
w(
    RES,
    r"""
R = ρL/A = (1.72 × 10^-8 Ω·m)(100 m)/(2.5 × 10^-6 m^2) = 0.688 Ω·m
Final Answer: 0.688 Ω·m
""",
    "dimension",
    ("step dimensions", "dimension"),
)

# ---------------------------------------------------------------- correct answers in other styles
w(
    "Calculate the energy, in eV, of a photon whose wavelength is 632.8 nm.",
    "E = hc/λ ≈ 1240/632.8 ≈ 1.96 eV",
    value=(1.96, "eV"),
)
w(
    "What is the wavelength (in nm) of a photon with an energy of 2.5 eV?",
    r"**Answer:** $\lambda = \frac{hc}{E} = \frac{(6.626\times10^{-34})(3\times10^{8})}{2.5 \times 1.602\times10^{-19}}"
    r" = 4.96\times10^{-7}$ m = 496 nm",
    value=(496, "nm"),
)
w(
    ARRH,
    """
T = 500 + 273 = 773 K
RT = 8.314 × 773 = 6427 J/mol
Q/RT = 136000/6427 = 21.16
D = 6.5e-5 × e^(-21.16) = 4.2 × 10^-14 m²/s
""",
    value=(4.2e-14, "m^2/s"),
)
w(
    STRESS,
    """
- Area: A = π(5 mm)² = 78.54 mm²
- Stress: σ = 15,000 N / 78.54 mm² ≈ 191 MPa
""",
    value=(191, "MPa"),
)
w(
    EXPAND,
    "The rod lengthens by ΔL = αL₀ΔT = (12×10⁻⁶ /°C)(250 mm)(100 °C) = 0.3 mm.",
    value=(0.3, "mm"),
)
w(
    "What is the frequency (in Hz) of a photon with energy 2.0 eV?",
    "ν = E/h = (2.0 × 1.602 × 10⁻¹⁹ J)/(6.626 × 10⁻³⁴ J·s) = 4.84 × 10¹⁴ Hz",
    value=(4.84e14, "Hz"),
)


def main() -> None:
    out = Path(__file__).with_name("worked_answers.json")
    out.write_text(json.dumps(W, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    planted = sum(1 for x in W if x["planted"])
    print(
        f"{len(W)} worked answers ({len(W) - planted} correct, {planted} with planted errors) -> {out}"
    )


if __name__ == "__main__":
    main()
