"""check_answer: three classes of false alarms on correct worked answers (set Q, helper chk10).

1. a temperature change found in K and restated in °C ('= 111 K (= 111 °C of temperature
   change)'): a difference of 111 K is a difference of 111 °C, not 384 K; an absolute temperature
   keeps its offset (450 °C is 723.15 K);
2. a value restated in another unit in brackets ('= 2.861 × 10⁻¹⁹ J (1.786 eV)') is the value the
   next step substitutes, not a product J·eV;
3. a question in parts that asks for one part only ('(a) … current density. (b) … potential.
   Answer (b) only.'): bounds and signs come from the part asked, not from part (a).

Each right answer must not be flagged; each wrong variant must still be flagged with the value
the check recomputes at the step that goes wrong.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer import check_answer


def _flagged(question: str, response: str) -> str:
    result = check_answer(question, response)
    assert result.verdict == "flagged", (result.verdict, [str(c) for c in result.checks])
    return result.reason or ""


def _not_flagged(question: str, response: str) -> None:
    result = check_answer(question, response)
    assert result.verdict != "flagged", result.reason


# ------------------------------------------------------------ 1. a temperature change in K or °C
CHANGE_RIGHT = [
    (
        "A glass plate (E = 70 GPa, α = 9 × 10⁻⁶ K⁻¹, σ_f = 60 MPa) is clamped along its edges "
        "and cooled. What temperature drop (in K) does it survive before it cracks?",
        "ΔT = σ_f/(Eα) = 60 × 10⁶/(70 × 10⁹ × 9 × 10⁻⁶) = 95.2 K (= 95.2 °C of temperature "
        "change). Answer: 95.24 K.",
    ),
    (
        "Nickel: latent heat ΔH_f = 2.53 × 10⁹ J/m³, solid–liquid energy γ = 0.255 J/m², melting "
        "point 1455 °C. How much undercooling (K) gives a critical radius of 1.5 nm?",
        "ΔT = 2γT_m/(ΔH_f r*) = 2 × 0.255 × 1728.15/(2.53 × 10⁹ × 1.5 × 10⁻⁹) = 232.2 K "
        "(= 232.2 °C of undercooling). Answer: 232.2 K.",
    ),
    (
        "A copper bus bar (E = 110 GPa, α = 17 × 10⁻⁶ K⁻¹) is held between rigid walls; the "
        "stress must stay under 150 MPa in size. What largest rise in temperature (K) is allowed?",
        "ΔT_max = σ/(Eα) = 150 × 10⁶/(110 × 10⁹ × 17 × 10⁻⁶) = 80.2 K (= 80.2 °C of "
        "temperature rise). Answer: 80.21 K.",
    ),
    (
        "An aluminium rod 1.5 m long (α = 23 × 10⁻⁶ K⁻¹) must grow by no more than 2.0 mm. What "
        "is the largest temperature change (in K) it may see?",
        "ΔT = ΔL/(αL) = 2.0 × 10⁻³/(23 × 10⁻⁶ × 1.5) = 58.0 K (= 58.0 °C). Answer: 57.97 K.",
    ),
]


@pytest.mark.parametrize(("question", "response"), CHANGE_RIGHT)
def test_a_change_in_kelvin_restated_in_celsius_is_not_flagged(question, response):
    _not_flagged(question, response)


def test_a_change_answered_at_the_absolute_value_of_its_celsius_reading_is_flagged():
    """95.2 °C of change is 95.2 K, not the 368.4 K an absolute 95.2 °C would be."""
    reason = _flagged(
        "A glass plate (E = 70 GPa, α = 9 × 10⁻⁶ K⁻¹, σ_f = 60 MPa) is clamped and cooled. "
        "What temperature drop ΔT (in K) breaks it?",
        "ΔT = σ_f/(Eα) = 60 × 10⁶/(70 × 10⁹ × 9 × 10⁻⁶) = 95.2 K (= 95.2 °C). "
        "Answer: ΔT = 368.4 K.",
    )
    assert "own result" in reason or "368.4" in reason
    assert "95.2" in reason


def test_an_absolute_temperature_keeps_its_offset():
    """T = 723.15 K restated as 450 °C, then answered 450 K: an absolute temperature is no change."""
    reason = _flagged(
        "A bar is held at 450 °C. What is its absolute temperature T in K?",
        "T = 450 + 273.15 = 723.15 K (= 450 °C). Answer: T = 450 K.",
    )
    assert "723" in reason


# ------------------------------------------------------------ 2. a value restated in brackets
PHOTON_Q = "A ruby laser (λ = 694.3 nm) puts out 5.0 mW. How many photons per second does it emit?"


@pytest.mark.parametrize(
    "response",
    [
        "E = hc/λ = 6.626 × 10⁻³⁴ × 2.998 × 10⁸/694.3 × 10⁻⁹ = 2.861 × 10⁻¹⁹ J (1.786 eV). "
        "Rate = P/E = 5.0 × 10⁻³/2.861 × 10⁻¹⁹ = 1.75 × 10¹⁶ photons per second. "
        "Answer: 1.748e+16 1/s.",
        "Photon energy E = hc/λ = (6.626 × 10⁻³⁴)(2.998 × 10⁸)/(694.3 × 10⁻⁹) = 2.861 × 10⁻¹⁹ J "
        "(1.786 eV)\nN = P/E = 5.0 × 10⁻³/2.861 × 10⁻¹⁹ = 1.748 × 10¹⁶ s⁻¹\n"
        "Answer: 1.748 × 10¹⁶ photons/s",
    ],
)
def test_a_bracketed_restatement_is_not_a_factor(response):
    _not_flagged(PHOTON_Q, response)


def test_a_bracketed_restatement_is_not_a_factor_other_source():
    _not_flagged(
        "A green LED emits at 530 nm with 2.0 mW of optical power. How many photons leave it "
        "each second?",
        "E = hc/λ = 6.626 × 10⁻³⁴ × 2.998 × 10⁸/530 × 10⁻⁹ = 3.748 × 10⁻¹⁹ J (2.339 eV). "
        "N = P/E = 2.0 × 10⁻³/3.748 × 10⁻¹⁹ = 5.34 × 10¹⁵ per second. Answer: 5.34e+15 1/s.",
    )


def test_a_miscopied_value_after_a_restatement_is_still_flagged():
    reason = _flagged(
        PHOTON_Q,
        "E = hc/λ = 6.626 × 10⁻³⁴ × 2.998 × 10⁸/694.3 × 10⁻⁹ = 2.861 × 10⁻¹⁹ J (1.786 eV). "
        "Rate = P/E = 5.0 × 10⁻³/2.681 × 10⁻¹⁹ = 1.86 × 10¹⁶ photons per second. "
        "Answer: 1.86e+16 1/s.",
    )
    assert "2.681" in reason


# ------------------------------------------------------------ 3. one part of several asked
def test_a_bound_of_a_part_not_asked_is_not_applied():
    _not_flagged(
        "A divalent metal corrodes in acid. (a) Find the corrosion current density. (b) Find "
        "the corrosion potential in volts. Answer (b) only.",
        "V_c = −0.45 + 0.11 × 1.079 = −0.331 V. Answer: −0.331 V.",
    )


@pytest.mark.parametrize(
    ("question", "response"),
    [
        (
            "A galvanic couple is set up between zinc and iron. (a) Calculate the corrosion "
            "current density. (b) Calculate the mixed potential in V. Report (b) only.",
            "E_mix = −0.60 + 0.08 × 1.5 = −0.48 V. Answer: −0.48 V.",
        ),
        (
            "An electrode is polarised. (a) What is the exchange current density? (b) What is "
            "the overpotential in V at the cathode? Answer part (b) only.",
            "η = −0.10 × log(50) = −0.170 V. Answer: −0.170 V.",
        ),
        (
            "A steel plate is loaded in tension. (a) Find the final thickness of the plate. "
            "(b) Find the change in thickness in mm. Answer (b) only.",
            "Δt = −ν ε t = −0.3 × 0.002 × 10 = −0.006 mm. Answer: −0.006 mm.",
        ),
        (  # the unit asked is part (b)'s too: kJ, not part (a)'s K
            "A metal is heated. (a) What is the final temperature in K? (b) What is the change "
            "in enthalpy in kJ? Answer (b) only.",
            "ΔH = −12.5 kJ. Answer: −12.5 kJ.",
        ),
    ],
)
def test_a_bound_or_unit_of_a_part_not_asked_is_not_applied_other_wordings(question, response):
    _not_flagged(question, response)


def test_the_bound_of_the_part_asked_still_holds():
    reason = _flagged(
        "A divalent metal corrodes in acid. (a) Find the corrosion potential in volts. "
        "(b) Find the corrosion current density in A/cm². Answer (b) only.",
        "i_c = −2.4 × 10⁻⁷ A/cm². Answer: −2.4e-7 A/cm².",
    )
    assert "cannot be negative" in reason


def test_a_question_without_the_directive_is_read_whole():
    """No 'only' directive: a negative current density is still out of bounds."""
    reason = _flagged(
        "A divalent metal corrodes in acid. What is the corrosion current density in A/cm²?",
        "i_c = −2.4 × 10⁻⁷ A/cm². Answer: −2.4e-7 A/cm².",
    )
    assert "cannot be negative" in reason


# ------------------------------------------------------------ 4. log₁₀ for ln in the Avrami time
AVRAMI_COMMON_LOG = [
    (
        "the fraction of pearlite formed obeys y = 1 - exp(-k t^n) with n = 3 and k = "
        "2.5*10^-6 s^-3. how long does it take to reach 25% pearlite? (seconds)",
        "t = [−log(1 − y)/k]^(1/n)\n−log(0.75) = 0.1249\nt³ = 0.1249/2.5 × 10⁻⁶ = 49960 s³\n"
        "Answer: t ≈ 36.8 s",
        "48.6",
    ),
    (
        "Recrystallisation follows y = 1 − exp(−k t^n) with k = 4.0 × 10⁻³ min⁻² and n = 2. "
        "After what time (in min) is 60 % recrystallised?",
        "log(1 − 0.6) = −0.3979; t² = 0.3979/4.0 × 10⁻³ = 99.5; t = 9.97 min. Answer: 9.97 min",
        "15.1",
    ),
    (
        "A transformation obeys y = 1 - exp(-k t^n) with n = 1 and k = 0.05 s^-1. When is y = 0.9?",
        "t = −log(0.1)/0.05 = 1/0.05 = 20 s. Answer: 20 s",
        "46.0",
    ),
]


@pytest.mark.parametrize(("question", "response", "right"), AVRAMI_COMMON_LOG)
def test_the_avrami_time_with_the_common_log_is_flagged(question, response, right):
    reason = _flagged(question, response)
    assert "log₁₀" in reason and right in reason


@pytest.mark.parametrize(
    ("question", "response"),
    [
        (
            AVRAMI_COMMON_LOG[0][0],
            "t = (−ln(0.75)/k)^(1/3) = (0.2877/2.5 × 10⁻⁶)^(1/3) = 48.6 s. Answer: 48.6 s",
        ),
        (
            AVRAMI_COMMON_LOG[1][0],
            "ln(1 − 0.6) = −0.9163; t² = 0.9163/4.0 × 10⁻³ = 229.1; t = 15.1 min. Answer: 15.1 min",
        ),
        (AVRAMI_COMMON_LOG[2][0], "t = −ln(0.1)/0.05 = 2.303/0.05 = 46.05 s. Answer: 46.05 s"),
    ],
)
def test_the_avrami_time_with_ln_is_not_flagged(question, response):
    _not_flagged(question, response)
