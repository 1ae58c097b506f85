"""check_answer: false alarms found by set X's first run (worked answers and reference solutions),
each class in our own words, with a wrong twin that must stay flagged.

- **A logarithm asked of a quantity** ('what is the corrosion current density? Give log10 of i in
  A/cm²'): the answer is a pure number that may be negative; the bound of the quantity itself (a
  current density cannot be negative) does not hold for it.
- Not a class: a percentage answered with the bare fraction the response computed ('R = 0.04' for
  'what percentage is reflected'). Set X's writer labelled one such response right; four earlier
  worked sets label the same form wrong (percent_fraction), and the checker keeps that convention:
  the bare number is read in the asked unit, percent, and flagged. Both forms are pinned below.
- **A symbol the question sets in a unit with a non-ASCII letter** ('a = 3.61 Å') was read as a
  bare SI number, so 'a/√2 = 0.361/√2' (the response working in nm) read as a wrong step.
- **A divisor written in scientific notation** ('… /(12 − 4) × 10^-3', meaning Δx = 8 × 10⁻³ m) is
  one number, as its writer means; a result wrong under both readings stays flagged.
"""

from __future__ import annotations

from matsci_jupyter.engines.answer.check_answer import check_response as check_answer


def _verdict(question: str, response: str) -> str:
    return str(check_answer(question, response).verdict)


TAFEL_Q = (
    "Zinc corrodes in acid with an exchange current density of 2 × 10^-9 A/cm^2 for the hydrogen "
    "reaction and a cathodic Tafel slope of -0.12 V per decade. At an overpotential of -0.36 V, "
    "what is the current density? Report log10 of i (i in A/cm^2)."
)


def test_a_negative_logarithm_asked_is_not_a_negative_current_density():
    response = (
        "log10 i = log10 i0 + η/β = log10(2e-9) + (-0.36)/(-0.12) = -8.699 + 3 = -5.699\n"
        "Answer: -5.70"
    )
    assert _verdict(TAFEL_Q, response) != "flagged"


def test_a_negative_current_density_without_a_logarithm_asked_stays_flagged():
    question = TAFEL_Q.replace(" Report log10 of i (i in A/cm^2).", " Give i in A/cm^2.")
    response = "log10 i = -8.699 + 3 = -5.699\nAnswer: i = -5.70 A/cm^2"
    assert _verdict(question, response) == "flagged"


REFLECT_Q = (
    "A glass of refractive index 1.5 is coated with nothing. What percentage of the light arriving "
    "at normal incidence from air is reflected at its surface?"
)


def test_a_bare_fraction_answering_a_percentage_stays_flagged():
    # the convention of the earlier worked sets: the bare last number is read in the asked percent
    response = "R = ((n - 1)/(n + 1))^2 = (0.5/2.5)^2 = 0.04\nReflected fraction: R = 0.04"
    assert _verdict(REFLECT_Q, response) == "flagged"


def test_the_percentage_itself_is_not_flagged():
    response = "R = ((n - 1)/(n + 1))^2 = (0.5/2.5)^2 = 0.04\nReflected: 4 %"
    assert _verdict(REFLECT_Q, response) != "flagged"


def test_the_fraction_written_with_a_percent_sign_stays_flagged():
    response = "R = ((n - 1)/(n + 1))^2 = (0.5/2.5)^2 = 0.04\nAnswer: 0.04 %"
    assert _verdict(REFLECT_Q, response) == "flagged"


COPPER_Q = (
    "Copper (FCC) has a = 3.61 Å. Compute the magnitude of the Burgers vector of a perfect "
    "dislocation."
)


def test_a_symbol_set_in_angstrom_is_not_a_bare_number():
    response = "|b| = a/√2 = 0.361/√2 = 0.2553 nm, half a face diagonal. Answer: 0.255 nm."
    assert _verdict(COPPER_Q, response) != "flagged"


def test_a_wrong_burgers_vector_stays_flagged():
    response = "|b| = a/√2 = 0.361/√2 = 0.361 nm, half a face diagonal. Answer: 0.361 nm."
    assert _verdict(COPPER_Q, response) == "flagged"


FLUX_Q = (
    "Nitrogen diffuses at steady state through a steel sheet with D = 5 × 10^-11 m^2/s. The "
    "concentrations are 2.0 kg/m^3 at 4 mm and 0.4 kg/m^3 at 12 mm below the surface. What is the "
    "flux in kg/(m^2 s)?"
)


def test_a_divisor_in_scientific_notation_is_one_number():
    response = (
        "J = D ΔC/Δx = 5 × 10^-11 × (2.0 - 0.4)/(12 - 4) × 10^-3 = 1.0 × 10^-8 kg/(m^2 s)\n"
        "Answer: 1.0 × 10^-8 kg/(m^2 s)"
    )
    assert _verdict(FLUX_Q, response) != "flagged"


def test_a_flux_wrong_under_both_readings_stays_flagged():
    response = (
        "J = D ΔC/Δx = 5 × 10^-11 × (2.0 - 0.4)/(12 - 4) × 10^-3 = 3.0 × 10^-8 kg/(m^2 s)\n"
        "Answer: 3.0 × 10^-8 kg/(m^2 s)"
    )
    assert _verdict(FLUX_Q, response) == "flagged"


def test_n_minus_one_of_another_given_is_no_miscopy():
    # '1.42' is 2.42 − 1 (diamond), not a one-digit slip of the glass's 1.52
    question = (
        "At normal incidence from air, soda glass (n = 1.52) and diamond (n = 2.42) reflect light. "
        "By what factor is the diamond's reflectivity larger than the glass's?"
    )
    response = (
        "R_diamond = (1.42/3.42)^2 = 0.1724; R_glass = (0.52/2.52)^2 = 0.04258; "
        "ratio = 0.1724/0.04258 = 4.05. Answer: 4.05"
    )
    assert _verdict(question, response) != "flagged"
