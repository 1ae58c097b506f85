"""check_answer: the asked one of two counterparts that the question's own relation fixes (chk17).

Classes, in our own words:
- Basquin's law written in reversals, σ_a = σ_f′(2N_f)^b: the cycles asked are half the
  reversals; a life equal to 2N_f where cycles are asked (or N_f where reversals are asked) is the
  other count;
- Weibull: exp[−(σ/σ₀)^m] is the survival probability; answering it where failure is asked (or
  1 − it where survival is asked) is the complement;
- spin-only moment: the effective (Curie) moment is 2√(S(S+1)) μ_B, the saturation moment 2S μ_B;
  one answered for the other is flagged.
Each wrong response is flagged; the right one, and a right one written another way, are not.
"""

from __future__ import annotations

from matsci_jupyter import check_answer


def _verdict(question: str, response: str) -> str:
    return check_answer(question, response).verdict


BASQUIN_Q = (
    "For an aluminium alloy the stress-life curve is σ_a = σ_f'(2N_f)^b with σ_f' = 700 MPa and "
    "b = -0.1. How many cycles will it survive at a stress amplitude of 280 MPa?"
)
# (280/700)^(-10) = 9536.7 reversals, 4768 cycles


def test_reversals_given_as_cycles_is_flagged() -> None:
    response = (
        "2N_f = (σ_a/σ_f')^(1/b) = (280/700)^(-10)\n"
        "log10(0.4) = -0.39794, times -10 = 3.9794\n"
        "10^3.9794 = 9537\n"
        "The part lasts about 9537 cycles."
    )
    assert _verdict(BASQUIN_Q, response) == "flagged"


def test_cycles_from_reversals_is_not_flagged() -> None:
    response = (
        "2N_f = (280/700)^(1/(-0.1)) = 0.4^(-10) = 9537 reversals\n"
        "N_f = 9537/2 = 4768\n"
        "Answer: about 4768 cycles"
    )
    assert _verdict(BASQUIN_Q, response) != "flagged"


def test_cycles_written_otherwise_is_not_flagged() -> None:
    response = "Each cycle has two reversals, so N_f = 0.5 × (0.4)^(-10) ≈ 4.77 × 10^3 cycles."
    assert _verdict(BASQUIN_Q, response) != "flagged"


REVERSALS_Q = (
    "A steel follows σ_a = σ_f'(2N_f)^b, σ_f' = 700 MPa, b = -0.1. How many load reversals to "
    "failure at an amplitude of 280 MPa?"
)


def test_cycles_given_as_reversals_is_flagged() -> None:
    response = "2N_f = 0.4^(-10) = 9537, so N_f = 4768.\nFinal answer: 4768"
    assert _verdict(REVERSALS_Q, response) == "flagged"


def test_reversals_asked_and_given_is_not_flagged() -> None:
    response = "2N_f = 0.4^(-10) = 9537\nFinal answer: 9537 reversals"
    assert _verdict(REVERSALS_Q, response) != "flagged"


WEIBULL_Q = (
    "Silicon nitride bars have a Weibull modulus of 8 and a characteristic strength of 500 MPa. "
    "What fraction of bars of the tested size will fail at a stress of 400 MPa, in percent?"
)
# (0.8)^8 = 0.16777; P_s = 0.84555, P_f = 0.15445


def test_survival_given_for_failure_is_flagged() -> None:
    response = (
        "P = exp[-(σ/σ_0)^m]\n"
        "(400/500)^8 = 0.16777\n"
        "P = exp(-0.16777) = 0.8456\n"
        "About 84.6 % of the bars."
    )
    assert _verdict(WEIBULL_Q, response) == "flagged"


def test_failure_probability_is_not_flagged() -> None:
    response = (
        "P_f = 1 - exp[-(σ/σ_0)^m]\n"
        "(400/500)^8 = 0.16777\n"
        "P_f = 1 - 0.8456 = 0.1544\n"
        "About 15.4 % of the bars fail."
    )
    assert _verdict(WEIBULL_Q, response) != "flagged"


def test_failure_written_otherwise_is_not_flagged() -> None:
    response = "The survivors are e^(-0.8^8) = 84.56 %, so 100 % - 84.56 % = 15.44 % break."
    assert _verdict(WEIBULL_Q, response) != "flagged"


SURVIVAL_Q = (
    "A glass rod batch has Weibull modulus m = 8 and characteristic strength σ_0 = 500 MPa. What "
    "is the probability that a rod survives 400 MPa?"
)


def test_failure_given_for_survival_is_flagged() -> None:
    response = "P_f = 1 - exp(-(0.8)^8) = 1 - 0.8456 = 0.1544\nAnswer: 0.154"
    assert _verdict(SURVIVAL_Q, response) == "flagged"


def test_survival_given_for_survival_is_not_flagged() -> None:
    response = "P_s = exp(-(0.8)^8) = exp(-0.16777) = 0.8456\nAnswer: 0.846"
    assert _verdict(SURVIVAL_Q, response) != "flagged"


MOMENT_Q = (
    "Mn²⁺ has five unpaired 3d electrons and a quenched orbital moment. What effective magnetic "
    "moment, in Bohr magnetons, does its Curie constant give (spin-only)?"
)
# S = 5/2: 2√(8.75) = 5.92 μ_B; 2S = 5 μ_B


def test_saturation_given_for_effective_is_flagged() -> None:
    response = "S = 5/2 and g = 2, so μ = gS μ_B = 5 μ_B.\nμ_eff = 5.0 μ_B"
    assert _verdict(MOMENT_Q, response) == "flagged"


def test_effective_moment_is_not_flagged() -> None:
    response = "μ_eff = 2√(S(S+1)) μ_B with S = 5/2: 2√8.75 = 5.92 μ_B\nμ_eff ≈ 5.92 μ_B"
    assert _verdict(MOMENT_Q, response) != "flagged"


def test_effective_moment_from_count_is_not_flagged() -> None:
    response = "μ_eff = √(n(n+2)) μ_B = √35 = 5.916 Bohr magnetons."
    assert _verdict(MOMENT_Q, response) != "flagged"


SATURATION_Q = (
    "An ion with S = 3/2 and L = 0 is fully aligned in a strong field. What is its saturation "
    "moment in Bohr magnetons?"
)


def test_effective_given_for_saturation_is_flagged() -> None:
    response = "μ = 2√(S(S+1)) = 2√3.75 = 3.87\nAnswer: 3.87 μ_B"
    assert _verdict(SATURATION_Q, response) == "flagged"


def test_saturation_moment_is_not_flagged() -> None:
    response = "μ_sat = g S μ_B = 2 × 3/2 = 3\nAnswer: 3 μ_B"
    assert _verdict(SATURATION_Q, response) != "flagged"


PLATE_Q = (
    "A 5 mm thick glass window (refractive index 1.60) passes 80 % of the light falling normally "
    "on it, reflection at both surfaces counted. Find the absorption coefficient in cm^-1."
)
# R = (0.6/2.6)² = 0.053254; (1 − R)² = 0.896328; β = −ln(0.8/0.896328)/0.5 cm = 0.22739 cm⁻¹
# one face only: −ln(0.8/0.946746)/0.5 cm = 0.33684 cm⁻¹


def test_one_face_loss_for_plate_is_flagged() -> None:
    response = (
        "R = ((1.60 - 1)/(1.60 + 1))^2 = 0.05325\n"
        "e^(-βl) = T/(1 - R) = 0.80/0.94675 = 0.84500\n"
        "β = -ln(0.84500)/0.5 cm = 0.3368 cm^-1\n"
        "Answer: β ≈ 0.337 cm^-1"
    )
    assert _verdict(PLATE_Q, response) == "flagged"


def test_both_faces_loss_is_not_flagged() -> None:
    response = (
        "R = (0.6/2.6)^2 = 0.05325, (1 - R)^2 = 0.89633\n"
        "e^(-βl) = 0.80/0.89633 = 0.89253\n"
        "β = -ln(0.89253)/0.5 cm = 0.2274 cm^-1\n"
        "Answer: β ≈ 0.227 cm^-1"
    )
    assert _verdict(PLATE_Q, response) != "flagged"


def test_both_faces_in_metres_is_not_flagged() -> None:
    response = "β = ln[(1 - R)^2/T]/x = ln(0.89633/0.8)/(0.005 m) = 22.7 m^-1, i.e. 0.227 cm^-1"
    assert _verdict(PLATE_Q, response) != "flagged"


EUTECTIC_Q = (
    "In the Ag–Cu system the eutectic lies at 779 °C and 71.9 wt% Ag; there the Cu-rich α holds "
    "7.9 wt% Ag and the Ag-rich β 91.2 wt% Ag. An alloy with 30 wt% Ag is cooled to just below "
    "779 °C. What mass fraction of the alloy is proeutectic α?"
)
# primary α = (71.9 − 30)/(71.9 − 7.9) = 0.65469; total α = (91.2 − 30)/(91.2 − 7.9) = 0.73469


def test_total_alpha_for_primary_alpha_is_flagged() -> None:
    response = (
        "Below the eutectic: W_α = (91.2 - 30)/(91.2 - 7.9) = 61.2/83.3 = 0.7347\n"
        "Final Answer: 0.735"
    )
    assert _verdict(EUTECTIC_Q, response) == "flagged"


def test_primary_alpha_is_not_flagged() -> None:
    response = (
        "Primary α forms above the eutectic: W_α' = (71.9 - 30)/(71.9 - 7.9) = 41.9/64 = 0.6547\n"
        "Final Answer: 0.655"
    )
    assert _verdict(EUTECTIC_Q, response) != "flagged"


def test_primary_alpha_in_percent_is_not_flagged() -> None:
    response = "The eutectic fraction is (30 - 7.9)/(71.9 - 7.9) = 34.5 %, so primary α is 65.5 %."
    assert _verdict(EUTECTIC_Q, response) != "flagged"


HYPER_Q = (
    "Eutectic point of a hypothetical A–B system: 40 wt% B. Just below it α has 10 wt% B and β "
    "has 90 wt% B. For an alloy of 60 wt% B, what is the total fraction of β just below the "
    "eutectic temperature?"
)
# total β = (60 − 10)/(90 − 10) = 0.625; primary β = (60 − 40)/(90 − 40) = 0.4


def test_primary_beta_for_total_beta_is_flagged() -> None:
    response = "W_β = (60 - 40)/(90 - 40) = 0.40\nAnswer: 0.40"
    assert _verdict(HYPER_Q, response) == "flagged"


def test_total_beta_is_not_flagged() -> None:
    response = "W_β = (C_0 - C_α)/(C_β - C_α) = (60 - 10)/(90 - 10) = 0.625\nAnswer: 0.625"
    assert _verdict(HYPER_Q, response) != "flagged"


# A given mis-copied into a calculation by one digit (or two adjacent digits swapped), also when
# the question gives other values of the same kind: exactly one of them is one slip away.
NECK_Q = (
    "A copper bar 15.2 mm across and 60.5 mm long is pulled until its waist shrinks to 11.4 mm "
    "at a load of 30 kN. What is the true stress at the waist, in MPa?"
)
# π(11.4)²/4 = 102.07 mm², σ = 293.9 MPa


def test_one_digit_miscopied_among_several_lengths_is_flagged() -> None:
    response = "A = π(11.9 mm)^2/4 = 111.2 mm^2\nσ = 30 000 N/111.2 mm^2 = 269.8 MPa\nσ ≈ 270 MPa"
    assert _verdict(NECK_Q, response) == "flagged"


def test_waist_diameter_copied_right_is_not_flagged() -> None:
    response = "A = π(11.4 mm)^2/4 = 102.07 mm^2\nσ = 30 000 N/102.07 mm^2 = 293.9 MPa\nσ ≈ 294 MPa"
    assert _verdict(NECK_Q, response) != "flagged"


def test_waist_area_from_radius_is_not_flagged() -> None:
    response = "r = 5.7 mm, A = π × (5.7 mm)^2 = 102.1 mm^2, so σ = 30 kN / 102.1 mm^2 ≈ 294 MPa."
    assert _verdict(NECK_Q, response) != "flagged"


INDEX_Q = (
    "A flat window of sapphire (n = 1.768) is lit at normal incidence from air. What percentage of "
    "the light does its front surface reflect?"
)
# R = (0.768/2.768)² = 7.698 %


def test_swapped_digits_in_index_is_flagged() -> None:
    response = "R = ((1.786 - 1)/(1.786 + 1))^2 = (0.28213)^2 = 0.0796\nR ≈ 7.96 %"
    assert _verdict(INDEX_Q, response) == "flagged"


def test_index_copied_right_is_not_flagged() -> None:
    response = "R = ((1.768 - 1)/(1.768 + 1))^2 = (0.27746)^2 = 0.07698\nR ≈ 7.70 %"
    assert _verdict(INDEX_Q, response) != "flagged"


FLUX_Q = (
    "Carbon diffuses through a 2 mm iron plate with D = 3.0 × 10^-11 m^2/s; the concentrations on "
    "the two faces differ by 1.2 kg/m^3. What is the steady flux in kg m^-2 s^-1?"
)
# J = 3.0e-11 × 1.2/0.002 = 1.8e-8


def test_mantissa_digit_miscopied_is_flagged() -> None:
    response = "J = D ΔC/Δx = (3.5 × 10^-11 m^2/s)(1.2 kg/m^3)/(0.002 m) = 2.1 × 10^-8 kg m^-2 s^-1"
    assert _verdict(FLUX_Q, response) == "flagged"


def test_mantissa_copied_right_is_not_flagged() -> None:
    response = "J = D ΔC/Δx = (3.0 × 10^-11 m^2/s)(1.2 kg/m^3)/(0.002 m) = 1.8 × 10^-8 kg m^-2 s^-1"
    assert _verdict(FLUX_Q, response) != "flagged"


CELL_Q = (
    "A galvanic cell joins a nickel electrode in 0.50 M Ni²⁺ to a silver electrode in a weak "
    "solution of Ag⁺ ions. What voltage does the cell give at 25 °C?"
)
# E°(Ag⁺/Ag) = +0.800 V, E°(Ni²⁺/Ni) = −0.250 V: E° = 1.050 V; n = 2
# Ni + 2Ag⁺ → Ni²⁺ + 2Ag; with the ratio [Ni²⁺]/[Ag⁺]² = 5000 the term is 0.02958 × 3.699 = 0.1094


def test_nernst_term_added_is_flagged() -> None:
    response = (
        "E°(Ag^+/Ag) = +0.800 V and E°(Ni^2+/Ni) = -0.250 V\n"
        "E° = 0.800 - (-0.250) = 1.050 V\n"
        "[Ni^2+]/[Ag^+]^2 = 5000, log 5000 = 3.699\n"
        "E = E° + (0.05916/2) log([Ni^2+]/[Ag^+]) = 1.050 + 0.1094 = 1.159 V\n"
        "The cell gives about 1.159 V."
    )
    assert _verdict(CELL_Q, response) == "flagged"


def test_nernst_term_subtracted_is_not_flagged() -> None:
    response = (
        "E°(Ag^+/Ag) = +0.800 V and E°(Ni^2+/Ni) = -0.250 V\n"
        "E° = 0.800 - (-0.250) = 1.050 V\n"
        "[Ni^2+]/[Ag^+]^2 = 5000, log 5000 = 3.699\n"
        "E = E° - (0.05916/2) log([Ni^2+]/[Ag^+]) = 1.050 - 0.1094 = 0.941 V\n"
        "The cell gives about 0.941 V."
    )
    assert _verdict(CELL_Q, response) != "flagged"


def test_nernst_term_added_with_ratio_turned_is_not_flagged() -> None:
    response = (
        "E°(Ag^+/Ag) = +0.800 V, E°(Ni^2+/Ni) = -0.250 V; E° = 1.050 V.\n"
        "[Ag^+]^2/[Ni^2+] = 2.0 × 10^-4\n"
        "E = E° + (0.05916/2) log([Ag^+]/[Ni^2+]) = 1.050 + 0.02958 × (-3.699) = 0.941 V"
    )
    assert _verdict(CELL_Q, response) != "flagged"
