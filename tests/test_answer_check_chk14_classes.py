"""Worked-answer misses of sets U, T and S, by class (helper chk14).

(a) a relation whose numeric factor contradicts the one the question or the named law fixes: an
    intrinsic semiconductor's exp(−E_g/2kT) written without the 2; Γ = D/λ² where the question
    states D = Γλ²/6;
(b) the lever rule for a proeutectoid constituent (W_α') with its arms swapped;
(c) the 0.05916 V (log₁₀) Nernst prefactor times a natural logarithm the response evaluates in
    place ('0.02958 × ln 25 = 0.02958 × 3.2189'), or RT/nF times a base-10 one.

Each class: the wrong working flagged at the step, with the value recomputed where the step gives
one; the right variants, and near misses the question does not fix, not flagged.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer import check_answer


def _failed(question: str, response: str) -> list[str]:
    result = check_answer(question, response)
    return [c.message for c in result.checks if not c.passed and c.blocking]


def _flagged(question: str, response: str) -> bool:
    return check_answer(question, response).verdict == "flagged"


# ------------------------------------------------------------------ (a) intrinsic semiconductor
INTRINSIC_QUESTIONS = [
    "An intrinsic semiconductor has a conductivity of 2.0 (Ω·m)^-1 at 300 K and 30 (Ω·m)^-1 at "
    "380 K. Ignoring the temperature dependence of the mobility, estimate its band gap in eV.",
    "For intrinsic germanium the electrical conductivity rises from 2.2 S/m at 27 °C to 40 S/m at "
    "87 °C. What band gap (eV) does this imply if the mobilities are taken as constant?",
    "Pure (intrinsic) silicon-like material: σ = 1.0e-3 S/m at 350 K and 1.6e-2 S/m at 420 K. "
    "Find E_g in eV.",
]


@pytest.mark.parametrize("question", INTRINSIC_QUESTIONS)
def test_intrinsic_gap_without_the_two_is_flagged(question: str) -> None:
    response = (
        "For an intrinsic semiconductor σ = σ_0 exp(-E_g/kT), so\n\n"
        "ln(σ_2/σ_1) = (E_g/k)(1/T_1 - 1/T_2)\n\n"
        "E_g = 0.50 eV\n"
    )
    failed = _failed(question, response)
    assert any("exp(-E_g/(2·k·T))" in d for d in failed), failed


@pytest.mark.parametrize("question", INTRINSIC_QUESTIONS)
def test_intrinsic_gap_with_the_two_is_not_flagged(question: str) -> None:
    response = (
        "Intrinsic carriers: σ = σ_0 exp(-E_g/(2kT)), so\n\n"
        "ln(σ_2/σ_1) = (E_g/2k)(1/T_1 - 1/T_2)\n\n"
        "E_g = 1.00 eV\n"
    )
    assert not any("exp(-E_g/(2·k·T))" in d for d in _failed(question, response))


def test_extrinsic_question_leaves_the_exponent_alone() -> None:
    # a doped semiconductor in its extrinsic range: the intrinsic form is not the question's law
    question = (
        "A silicon sample doped with phosphorus (donor level 0.045 eV below the conduction band) "
        "has σ = 12 S/m at 100 K and 30 S/m at 150 K. Estimate the donor ionisation energy in eV."
    )
    response = "σ = σ_0 exp(-E_g/kT)\n\nE_d ≈ 0.02 eV\n"
    assert not any("exp(-E_g/(2·k·T))" in d for d in _failed(question, response))


# ------------------------------------------------------------------ (a) jump frequency
JUMP_QUESTIONS = [
    "For interstitial diffusion in a cubic crystal, D = (1/6)Γλ², with Γ the total jump frequency "
    "and λ the jump distance. Given D = 2.0 × 10^-11 m²/s and λ = 0.30 nm, find Γ in s^-1.",
    "Take D = Γλ²/6 for a random walk of carbon in iron. If D = 5.0 × 10^-12 m²/s and the jump "
    "distance λ is 0.18 nm, how many jumps per second does a carbon atom make?",
    "A random-walk model gives D = (1/6) Γ λ^2. With λ = 0.25 nm and D = 1.0 × 10^-12 m²/s, "
    "what is the jump frequency?",
]


@pytest.mark.parametrize("question", JUMP_QUESTIONS)
def test_jump_frequency_without_the_six_is_flagged(question: str) -> None:
    response = "Solving for the jump frequency:\n\nΓ = D/λ^2\n\nΓ ≈ 1.6 × 10^7 s^-1\n"
    failed = _failed(question, response)
    assert any("Γ·λ^2/6" in d and "0.1667 times" in d for d in failed), failed


@pytest.mark.parametrize("question", JUMP_QUESTIONS)
def test_jump_frequency_with_the_six_is_not_flagged(question: str) -> None:
    response = "Solving for the jump frequency:\n\nΓ = 6D/λ^2\n\nΓ ≈ 9.6 × 10^7 s^-1\n"
    assert not any("random walk" in d for d in _failed(question, response))


def test_jump_question_without_the_factor_is_not_judged() -> None:
    # the geometric factor depends on the lattice and the definition of Γ: unstated, it is open
    question = (
        "Carbon in α-iron has D = 1.0 × 10^-12 m²/s at some temperature, and its jump distance is "
        "0.25 nm. Estimate the jump frequency in s^-1."
    )
    response = "Γ = D/λ^2 = (1.0×10^-12)/(2.5×10^-10)^2 = 1.6 × 10^7 s^-1\n"
    assert not any("random walk" in d for d in _failed(question, response))


# ------------------------------------------------------------------ (b) lever rule, proeutectoid
LEVER_QUESTIONS = [
    "A 1040 plain-carbon steel (0.40 wt% C) is slowly cooled from the austenite field. What mass "
    "fraction of proeutectoid ferrite forms?",
    "How many grams of proeutectoid ferrite form per kilogram of a 0.40 wt% C steel cooled slowly "
    "to just below 727 °C?",
    "Slowly cooled hypoeutectoid steel with 0.40 wt% carbon: what fraction of the microstructure "
    "is pro-eutectoid α?",
]
SWAPPED = (
    "Lever rule between α (0.022 wt% C) and γ (0.76 wt% C), C₀ = 0.40 wt% C:\n\n"
    "W_α' = (C₀ − C_α)/(C_γ − C_α) = (0.40 − 0.022)/(0.76 − 0.022) = 0.378/0.738 = 0.5122\n\n"
    "**0.512**\n"
)
RIGHT_WAY = (
    "Lever rule between α (0.022 wt% C) and γ (0.76 wt% C), C₀ = 0.40 wt% C:\n\n"
    "W_α' = (C_γ − C₀)/(C_γ − C_α) = (0.76 − 0.40)/(0.76 − 0.022) = 0.36/0.738 = 0.4878\n\n"
    "**0.488**\n"
)


@pytest.mark.parametrize("question", LEVER_QUESTIONS)
def test_proeutectoid_lever_arms_swapped_is_flagged(question: str) -> None:
    failed = _failed(question, SWAPPED)
    assert any("(0.76 − 0.40)/(0.76 − 0.022) = 0.4878" in d for d in failed), failed


@pytest.mark.parametrize("question", LEVER_QUESTIONS)
def test_proeutectoid_lever_arms_right_way_is_not_flagged(question: str) -> None:
    assert not any("lever rule" in d for d in _failed(question, RIGHT_WAY))


def test_pearlite_fraction_uses_the_ferrite_arm_and_is_not_flagged() -> None:
    # W_p = (C₀ − C_α)/(C_p − C_α) is the pearlite fraction: the arm next to α is right for it
    question = "What mass fraction of pearlite forms in a slowly cooled 0.40 wt% C steel?"
    response = (
        "W_p = (C₀ − C_α)/(C_p − C_α) = (0.40 − 0.022)/(0.76 − 0.022) = 0.378/0.738 = 0.5122\n\n"
        "**0.512**\n"
    )
    assert not any("lever rule" in d for d in _failed(question, response))


# ------------------------------------------------------------------ (c) Nernst prefactor and base
NERNST_QUESTIONS = [
    "A Daniell-type cell at 25 °C has zinc in 0.50 M Zn²⁺ and copper in 0.020 M Cu²⁺. Using "
    "standard electrode potentials, find the cell voltage in volts.",
    "At 298 K, what is the emf of the cell Zn | Zn²⁺ (0.50 M) || Cu²⁺ (0.020 M) | Cu?",
    "Calculate the potential of a zinc–copper galvanic cell at 25 °C when [Zn²⁺] = 0.50 mol/L and "
    "[Cu²⁺] = 0.020 mol/L.",
]


@pytest.mark.parametrize("question", NERNST_QUESTIONS)
def test_log10_prefactor_with_natural_log_is_flagged(question: str) -> None:
    response = (
        "E° = 0.340 − (−0.763) = 1.103 V; Q = 0.50/0.020 = 25\n\n"
        "E = E° − (0.05916/n) ln Q = 1.103 − 0.02958 × ln 25 = 1.103 − 0.02958 × 3.2189\n"
        "= 1.0078 V\n\n**E ≈ 1.008 V**\n"
    )
    failed = _failed(question, response)
    assert any("log₁₀ 25 = 1.398" in d and "= 1.062 V" in d for d in failed), failed


@pytest.mark.parametrize("question", NERNST_QUESTIONS)
def test_log10_prefactor_with_log10_is_not_flagged(question: str) -> None:
    response = (
        "E° = 0.340 − (−0.763) = 1.103 V; Q = 0.50/0.020 = 25\n\n"
        "E = E° − (0.05916/n) log Q = 1.103 − 0.02958 × log 25 = 1.103 − 0.02958 × 1.3979\n"
        "= 1.0617 V\n\n**E ≈ 1.062 V**\n"
    )
    assert not _flagged(question, response)


@pytest.mark.parametrize("question", NERNST_QUESTIONS)
def test_rt_over_f_with_natural_log_is_not_flagged(question: str) -> None:
    response = (
        "E° = 0.340 − (−0.763) = 1.103 V; Q = 0.50/0.020 = 25\n\n"
        "E = E° − (RT/nF) ln Q = 1.103 − 0.01285 × ln 25 = 1.103 − 0.01285 × 3.2189\n"
        "= 1.0616 V\n\n**E ≈ 1.062 V**\n"
    )
    assert not _flagged(question, response)


def test_rt_over_f_with_a_base_ten_value_is_flagged() -> None:
    question = NERNST_QUESTIONS[0]
    response = (
        "E° = 1.103 V, Q = 25\n\n"
        "E = E° − (RT/nF) ln Q = 1.103 − 0.01285 × ln 25 = 1.103 − 0.01285 × 1.3979\n"
        "= 1.085 V\n\n**E ≈ 1.085 V**\n"
    )
    # 1.3979 is log₁₀ 25, put where ln 25 (3.219) belongs
    assert _flagged(question, response)


@pytest.mark.parametrize("power", ["T^(3/2)", "T^(-3/2)"])
def test_intrinsic_form_with_a_temperature_power_is_not_flagged(power: str) -> None:
    # n_i ∝ T^(3/2) exp(−E_g/2kT), with or without a T^(−3/2) mobility: standard, not a slip
    response = f"σ = σ_0 {power} exp(-E_g/(2kT))\n\nE_g = 1.00 eV\n"
    assert not any("exp(-E_g/(2·k·T))" in d for d in _failed(INTRINSIC_QUESTIONS[0], response))


def test_intrinsic_temperature_power_without_the_two_is_flagged() -> None:
    response = "σ = σ_0 T^(3/2) exp(-E_g/kT)\n\nE_g = 0.50 eV\n"
    assert any("exp(-E_g/(2·k·T))" in d for d in _failed(INTRINSIC_QUESTIONS[1], response))
