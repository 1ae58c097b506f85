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
- the two-temperature Arrhenius relation written with Q/R (natural logarithm) but evaluated with
  a base-ten logarithm ('log 4 = 0.602', or 'R log(10)/Q = 8.314 × 1/…') and no 2.303 anywhere:
  the 1/T step is 2.303 times too small; the natural logarithm, or log₁₀ with Q/(2.303 R), is right;
- a melting point in °C (written with °C, or the named element's Celsius melting point written
  bare) put in as the absolute T_m of r* = 2γT_m/(ΔH_f ΔT), with its kelvin value nowhere;
- a labelled ratio of a thermally activated rate (D, k) or time (t) on the wrong side of 1 for
  the response's own labelled temperatures (a time ratio below 1 at the cooler temperature: a
  sign lost in the exponent);
- a round bar's change in diameter under a tensile force worked out over its radius: the final
  equals half of 4νF/(πE d₀), the lateral strain times r₀ instead of d₀;
- the longitudinal (linear) rule of mixtures evaluated for a modulus asked across the fibres when
  the products are written by juxtaposition ('0.45(72) + 0.55(3.0)') on a line that carries the
  chain on ('= …'); the same numbers as the isostress form's divisor are not that rule;
"""

from __future__ import annotations

from matsci_jupyter.engines.answer.check_answer import check_response as check_answer


def _verdict(question: str, response: str) -> str:
    return str(check_answer(question, response).verdict)


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


ANNEAL_Q = (
    "Carburising takes 8 h at 900 °C. How many kelvin higher must the furnace run to get the same "
    "case depth in 2 h? Q = 148 kJ/mol, R = 8.314 J/(mol·K)."
)


def test_arrhenius_evaluated_with_log10_is_flagged() -> None:
    response = (
        "Same depth means same Dt, so D₂/D₁ = 8/2 = 4.\n"
        "log(D₂/D₁) = (Q/R)(1/T₁ − 1/T₂)\n"
        "log(4) = 0.602\n"
        "1/T₂ = 1/1173.15 − 8.314 × 0.602/148 000 = 8.5241×10^-4 − 3.382×10^-5 = 8.1859×10^-4 K^-1\n"
        "T₂ = 1221.6 K\n"
        "ΔT = 1221.6 − 1173.15 = 48.5 K\n\nAnswer: ≈ 48.5 K"
    )
    answer = check_answer(ANNEAL_Q, response)
    assert answer.verdict == "flagged"
    assert "2.303" in (answer.reason or "")


def test_arrhenius_log10_substituted_in_line_is_flagged() -> None:
    response = (
        "D₂/D₁ = 4\n"
        "1/T₂ = 1/T₁ − R log(4)/Q = 1/1173.15 − 8.314 × 0.6021/148 000 = 8.1859×10^-4 K^-1\n"
        "T₂ = 1221.6 K, ΔT = 48.5 K\n\nAnswer: 48.5 K"
    )
    assert _verdict(ANNEAL_Q, response) == "flagged"


def test_arrhenius_log_of_ten_put_as_one_is_flagged() -> None:
    question = (
        "A sintering step takes 5 h at 1200 K. At what temperature, in K, does it take 30 min? "
        "Q = 250 kJ/mol, R = 8.314 J/(mol·K)."
    )
    response = (
        "t₁/t₂ = 10, so the rate must rise tenfold.\n"
        "1/T₂ = 1/T₁ − R log(10)/Q = 1/1200 − 8.314 × 1/250 000 = 8.3333×10^-4 − 3.326×10^-5 "
        "= 8.0008×10^-4 K^-1\n"
        "T₂ = 1249.9 K\n\nAnswer: ≈ 1250 K"
    )
    assert _verdict(question, response) == "flagged"


def test_arrhenius_natural_log_is_not_flagged() -> None:
    response = (
        "D₂/D₁ = 4, so ln 4 = 1.386.\n"
        "1/T₂ = 1/T₁ − R ln 4/Q = 1/1173.15 − 8.314 × 1.386/148 000 = 8.5241×10^-4 − 7.786×10^-5 "
        "= 7.7455×10^-4 K^-1\n"
        "T₂ = 1291.1 K\nΔT = 1291.1 − 1173.15 = 117.9 K\n\nAnswer: ≈ 118 K"
    )
    assert _verdict(ANNEAL_Q, response) != "flagged"


def test_arrhenius_log10_with_2303_is_not_flagged() -> None:
    response = (
        "Same Dt, D₂/D₁ = 4.\n"
        "log(D₂/D₁) = Q/(2.303 R) (1/T₁ − 1/T₂)\n"
        "log 4 = 0.6021\n"
        "1/T₂ = 1/1173.15 − 2.303 × 8.314 × 0.6021/148 000 = 7.7451×10^-4 K^-1\n"
        "T₂ = 1291.1 K, rise 117.9 K\n\nAnswer: 118 K"
    )
    assert _verdict(ANNEAL_Q, response) != "flagged"


def test_log_named_but_natural_value_is_not_flagged() -> None:
    response = (
        "D₂/D₁ = 4 and log(D₂/D₁) = (Q/R)(1/T₁ − 1/T₂) with log the natural logarithm.\n"
        "1/T₂ = 1/T₁ − R log(4)/Q = 1/1173.15 − 8.314 × 1.3863/148 000 = 7.7454×10^-4 K^-1\n"
        "T₂ = 1291.1 K; ΔT = 117.9 K\n\nAnswer: 117.9 K"
    )
    assert _verdict(ANNEAL_Q, response) != "flagged"


NUCLEUS_Q = (
    "Molten aluminium is undercooled by 100 K before solid nuclei form homogeneously. With a "
    "solid-liquid interfacial energy of 0.093 J/m² and a latent heat of 1.07 × 10⁹ J/m³, find the "
    "critical radius in nm."
)


def test_bare_celsius_melting_point_as_kelvin_is_flagged() -> None:
    response = (
        "r* = 2γT_m/(ΔH_f ΔT), with T_m = 660 for aluminium.\n"
        "r* = 2(0.093)(660)/((1.07×10^9)(100)) = 122.76/(1.07×10^11) = 1.147×10^-9 m\n"
        "\n"
        "r* ≈ 1.15 nm"
    )
    answer = check_answer(NUCLEUS_Q, response)
    assert answer.verdict == "flagged"
    assert "kelvin" in (answer.reason or "")


def test_celsius_labelled_melting_point_as_factor_is_flagged() -> None:
    response = (
        "T_m = 660 °C, ΔT = 100 K.\n"
        "r* = 2γT_m/(ΔH_f ΔT) = 2 × 0.093 × 660/(1.07 × 10^9 × 100) = 1.147 × 10^-9 m\n"
        "\n"
        "Answer: 1.15 nm"
    )
    assert _verdict(NUCLEUS_Q, response) == "flagged"


def test_melting_point_converted_to_kelvin_is_not_flagged() -> None:
    response = (
        "T_m = 660 °C = 933 K\n"
        "r* = 2γT_m/(ΔH_f ΔT) = 2 × 0.093 × 933/(1.07 × 10^9 × 100) = 1.622 × 10^-9 m\n"
        "\n"
        "Answer: r* ≈ 1.62 nm"
    )
    assert _verdict(NUCLEUS_Q, response) != "flagged"


def test_melting_point_in_kelvin_directly_is_not_flagged() -> None:
    response = (
        "Aluminium melts at 933.5 K, so with T_m = 933.5 K:\n"
        "r* = 2(0.093)(933.5)/((1.07×10^9)(100)) = 1.623×10^-9 m\n\nr* ≈ 1.62 nm"
    )
    assert _verdict(NUCLEUS_Q, response) != "flagged"


AGEING_Q = (
    "An ageing treatment needs 3.0 h at 200 °C. With an activation energy of 120 kJ/mol, how many "
    "hours does the same treatment need at 170 °C?"
)


def test_time_ratio_below_one_at_cooler_temperature_is_flagged() -> None:
    response = (
        "T₁ = 200 + 273.15 = 473.15 K, T₂ = 170 + 273.15 = 443.15 K\n"
        "t₂/t₁ = exp[−(Q/R)(1/T₂ − 1/T₁)] = exp[−(120 000/8.314)(1.4309×10^-4)] = e^-2.065 = 0.1268\n"
        "t₂ = 3.0 h × 0.1268 = 0.380 h\n\nAnswer: 0.38 h"
    )
    answer = check_answer(AGEING_Q, response)
    assert answer.verdict == "flagged"
    assert "sign" in (answer.reason or "")


def test_rate_ratio_below_one_at_hotter_temperature_is_flagged() -> None:
    question = (
        "Diffusion of carbon in iron has Q = 80 kJ/mol. By what factor does D change from 800 K to "
        "900 K?"
    )
    response = (
        "T₁ = 800 K, T₂ = 900 K\n"
        "D₂/D₁ = exp[(Q/R)(1/T₂ − 1/T₁)] = exp[(80 000/8.314)(−1.3889×10^-4)] = 0.2627\n"
        "\nAnswer: 0.263"
    )
    assert _verdict(question, response) == "flagged"


def test_time_ratio_above_one_at_cooler_temperature_is_not_flagged() -> None:
    response = (
        "T₁ = 473.15 K, T₂ = 443.15 K\n"
        "t₂/t₁ = exp[(Q/R)(1/T₂ − 1/T₁)] = e^2.065 = 7.885\n"
        "t₂ = 3.0 h × 7.885 = 23.7 h\n\nAnswer: 23.7 h"
    )
    assert _verdict(AGEING_Q, response) != "flagged"


def test_inverse_time_ratio_written_the_other_way_is_not_flagged() -> None:
    response = (
        "With T_1 = 473.15 K and T_2 = 443.15 K and Q/R = 14 433 K:\n"
        "t_1/t_2 = exp[−(Q/R)(1/T_2 − 1/T_1)] = 0.1268\n"
        "so t_2 = 3.0/0.1268 = 23.7 h\n\nAnswer: about 23.7 h"
    )
    assert _verdict(AGEING_Q, response) != "flagged"


ROD_Q = (
    "A steel rod 10.0 mm in diameter carries a tensile load of 20 kN within its elastic range. "
    "Given E = 207 GPa and Poisson's ratio 0.30, by how much does its diameter decrease, in µm?"
)


def test_lateral_strain_times_radius_is_flagged() -> None:
    response = (
        "A = π r² = π (5.0 mm)² = 78.54 mm²\n"
        "σ = 20 000/78.54 = 254.6 MPa\n"
        "ε_z = 254.6/207 000 = 1.230 × 10^-3\n"
        "ε_x = −0.30 × 1.230 × 10^-3 = −3.690 × 10^-4\n"
        "Δr = 3.690 × 10^-4 × 5.0 mm = 1.845 × 10^-3 mm = 1.85 µm\n\nAnswer: 1.85 µm"
    )
    answer = check_answer(ROD_Q, response)
    assert answer.verdict == "flagged"
    assert "radius" in (answer.reason or "")


def test_lateral_strain_times_diameter_is_not_flagged() -> None:
    response = (
        "A = π d²/4 = 78.54 mm², σ = 20 000 N/78.54 mm² = 254.6 MPa\n"
        "ε_z = σ/E = 1.230 × 10^-3, ε_x = −ν ε_z = −3.690 × 10^-4\n"
        "Δd = ε_x d₀ = −3.690 × 10^-4 × 10.0 mm = −3.69 × 10^-3 mm\n\nAnswer: 3.69 µm"
    )
    assert _verdict(ROD_Q, response) != "flagged"


def test_diameter_change_in_one_formula_is_not_flagged() -> None:
    response = (
        "Δd = 4νF/(πE d₀) = 4(0.30)(20 000)/(π × 207×10^9 × 0.010) = 3.69 × 10^-6 m\n\n"
        "The diameter decreases by about 3.69 µm."
    )
    assert _verdict(ROD_Q, response) != "flagged"


LAMINA_Q = (
    "An aligned glass-fibre/epoxy lamina has 45 vol% fibres; E of the glass is 72 GPa and of the "
    "epoxy 3.0 GPa. What is its elastic modulus perpendicular to the fibre direction, in GPa?"
)


def test_juxtaposed_linear_mixture_across_fibres_is_flagged() -> None:
    response = (
        "Rule of mixtures:\nE = V_f E_f + V_m E_m\n= 0.45(72) + 0.55(3.0) = 32.4 + 1.65 = 34.05 GPa"
        "\n\nE ≈ 34.1 GPa"
    )
    answer = check_answer(LAMINA_Q, response)
    assert answer.verdict == "flagged"
    assert "other loading direction" in (answer.reason or "")


def test_isostress_mixture_is_not_flagged() -> None:
    response = (
        "Isostress:\n1/E_ct = V_f/E_f + V_m/E_m\n= 0.45/72 + 0.55/3.0 = 0.00625 + 0.18333 = "
        "0.18958 GPa^-1\nE_ct = 5.27 GPa\n\nAnswer: 5.27 GPa"
    )
    assert _verdict(LAMINA_Q, response) != "flagged"


def test_isostress_product_form_with_juxtaposed_divisor_is_not_flagged() -> None:
    response = (
        "E_ct = E_f E_m/(V_f E_m + V_m E_f) = 72(3.0)/(0.45(3.0) + 0.55(72)) = 216/40.95 = 5.27 GPa"
        "\n\nAnswer: 5.27 GPa"
    )
    assert _verdict(LAMINA_Q, response) != "flagged"
