"""check_answer: classes of wrong worked answers that the checker missed (brief chk16), each with
right twins that must stay unflagged.

Classes, in our own words:
- a field written in gauss or kilogauss and converted to tesla by a wrong power of ten
  ('3.0 kG = 0.030 T'; 1 G = 10⁻⁴ T, so 3.0 kG is 0.30 T): pint keeps the Gaussian gauss in a
  dimension of its own, so the equivalence is read with 1 G = 10⁻⁴ T;
- the Nernst prefactor 0.0592/n V (which holds ln 10) multiplied by the value the response wrote
  for a natural logarithm ('ln 1000 = 6.908', then '0.0296 × 6.908'), or named as multiplying
  'the logarithm' in words: the prefactor and the base disagree;
- an internal (embedded) crack's whole length, given in the question, put for a in K = Yσ√(πa)
  with no halving anywhere: a is half an internal crack's length; a question that gives the
  half-length, or asks a crack size, is not judged;
"""

from __future__ import annotations

from matsci_jupyter import check_answer


def _verdict(question: str, response: str) -> str:
    return check_answer(question, response).verdict


HALL_Q = (
    "A Hall probe sample is 0.40 mm thick and carries 30 mA in a field of 5.0 kilogauss; the Hall "
    "voltage is 2.0 mV. Find the carrier density in m^-3."
)


def test_kilogauss_to_tesla_off_by_ten_is_flagged() -> None:
    response = (
        "B = 5.0 kG = 0.050 T\n"
        "n = IB/(e t V_H) = 0.030 × 0.050/(1.602×10^-19 × 4.0×10^-4 × 2.0×10^-3) = 1.17 × 10^22 m^-3\n"
        "\n"
        "n ≈ 1.17 × 10^22 m^-3"
    )
    answer = check_answer(HALL_Q, response)
    assert answer.verdict == "flagged"
    assert "0.5 T" in (answer.reason or "")


def test_kilogauss_to_tesla_right_is_not_flagged() -> None:
    response = (
        "B = 5.0 kG = 0.50 T\n"
        "n = IB/(e t V_H) = 0.030 × 0.50/(1.602×10^-19 × 4.0×10^-4 × 2.0×10^-3) = 1.17 × 10^23 m^-3\n"
        "\n"
        "n ≈ 1.17 × 10^23 m^-3"
    )
    assert _verdict(HALL_Q, response) != "flagged"


def test_gauss_written_in_words_right_is_not_flagged() -> None:
    response = (
        "The field is 5.0 kG, i.e. 0.50 T (1 G = 10^-4 T), so 5000 G = 0.50 T.\n"
        "n = IB/(e t V_H) = (0.030)(0.50)/((1.602×10^-19)(4.0×10^-4)(2.0×10^-3)) = 1.17 × 10^23 m^-3\n"
        "\n"
        "Answer: n ≈ 1.17 × 10^23 m^-3"
    )
    assert _verdict(HALL_Q, response) != "flagged"


def test_gauss_to_millitesla_off_is_flagged() -> None:
    response = (
        "B = 800 G = 8.0 mT = 0.80 T\n"
        "n = IB/(e t V_H) = 0.030 × 0.80/(1.602×10^-19 × 4.0×10^-4 × 2.0×10^-3) = 1.87 × 10^23 m^-3\n"
        "\n"
        "n ≈ 1.87 × 10^23 m^-3"
    )
    assert _verdict(HALL_Q, response) == "flagged"


NERNST_Q = (
    "A galvanic cell pairs a nickel electrode in 0.0010 M Ni2+ with a copper electrode in 1.0 M "
    "Cu2+ at 25 °C. Find the cell potential in V. E°(Cu2+/Cu) = +0.340 V, E°(Ni2+/Ni) = -0.250 V."
)


def test_nernst_0592_times_natural_log_value_is_flagged() -> None:
    response = (
        "Standard cell potential 0.340 - (-0.250) = 0.590 V with two electrons. The concentration "
        "term uses the reaction quotient Q = [Ni2+]/[Cu2+] = 0.0010/1.0 = 0.0010. "
        "With ln 0.0010 = -6.908, the correction is 0.0296 × 6.908 = 0.2045 V, so "
        "E = 0.590 + 0.2045 = 0.7945 V.\n\nAnswer: 0.795 V"
    )
    answer = check_answer(NERNST_Q, response)
    assert answer.verdict == "flagged"
    assert "natural logarithm" in (answer.reason or "")


def test_nernst_0592_named_in_words_with_ln_is_flagged() -> None:
    response = (
        "E° = 0.590 V, n = 2. The Nernst term is (0.0592/n) times the logarithm of Q = 0.0010.\n"
        "ln(0.0010) = -6.908\n"
        "E = 0.590 - 0.0296 × (-6.908) = 0.7945 V\n\nAnswer: 0.795 V"
    )
    assert _verdict(NERNST_Q, response) == "flagged"


def test_nernst_0592_with_log10_is_not_flagged() -> None:
    response = (
        "E° = 0.590 V, n = 2.\n"
        "E = E° − (0.0592/2) log Q, Q = 0.0010/1.0 = 0.0010\n"
        "log(0.0010) = -3\n"
        "E = 0.590 + 0.0296 × 3 = 0.6788 V\n\nAnswer: 0.679 V"
    )
    assert _verdict(NERNST_Q, response) != "flagged"


def test_nernst_rt_over_f_with_ln_is_not_flagged() -> None:
    response = (
        "E° = 0.590 V, n = 2. Q = 0.0010.\n"
        "With ln 0.0010 = -6.908 and RT/F = 0.02569 V: (RT/2F) ln Q = 0.012845 × (-6.908) = "
        "-0.08873 V\n"
        "E = 0.590 + 0.08873 = 0.6787 V\n\nAnswer: 0.679 V"
    )
    assert _verdict(NERNST_Q, response) != "flagged"


CRACK_Q = (
    "A titanium alloy plate (K_IC = 44 MPa·m^(1/2), yield strength 900 MPa) contains an interior "
    "crack that is 3.6 mm long from tip to tip. Using Y = 1.0, find σ_f."
)


def test_internal_crack_whole_length_as_a_is_flagged() -> None:
    response = (
        "K_IC = Yσ_f√(πa), a = 3.6 mm = 3.6 × 10^-3 m\n"
        "σ_f = 44/(1.0 × √(π × 3.6×10^-3)) = 44/0.10635 = 413.7 MPa\n"
        "\n"
        "Answer: σ_f ≈ 414 MPa"
    )
    answer = check_answer(CRACK_Q, response)
    assert answer.verdict == "flagged"
    assert "half" in (answer.reason or "")


def test_internal_crack_whole_length_substituted_only_is_flagged() -> None:
    response = (
        "Using K_IC = Yσ√(πa): σ = 44 MPa·m^(1/2)/(1.0 √(π × 0.0036)) = 413.7 MPa, "
        "below the yield strength.\n\nFinal answer: 414 MPa"
    )
    assert _verdict(CRACK_Q, response) == "flagged"


def test_internal_crack_halved_is_not_flagged() -> None:
    response = (
        "For an interior crack a = 3.6/2 = 1.8 mm = 0.0018 m.\n"
        "σ_f = K_IC/(Y√(πa)) = 44/(1.0 × √(π × 0.0018)) = 44/0.07520 = 585.1 MPa\n"
        "\n"
        "Answer: σ_f ≈ 585 MPa"
    )
    assert _verdict(CRACK_Q, response) != "flagged"


def test_internal_crack_half_length_written_directly_is_not_flagged() -> None:
    response = (
        "K_IC = Yσ√(πa) with a = 1.8 mm (the crack is internal).\n"
        "σ = 44/(1.0·√(π·0.0018)) = 585 MPa\n\nAnswer: 585 MPa"
    )
    assert _verdict(CRACK_Q, response) != "flagged"


def test_internal_crack_given_as_half_length_is_not_judged() -> None:
    question = (
        "A ceramic (K_IC = 4.0 MPa·m^(1/2)) holds an internal crack with half-length 0.10 mm. "
        "With Y = 1.0, what is the fracture stress?"
    )
    response = (
        "a = 0.10 mm = 1.0 × 10^-4 m\n"
        "σ = 4.0/(1.0 × √(π × 1.0×10^-4)) = 225.7 MPa\n\nAnswer: 226 MPa"
    )
    assert _verdict(question, response) != "flagged"
