"""Reading classes found on reference solutions (set H): a negative decimal exponent on a unit, a
unit written after a bracketed divisor, a scientific-notation factor after a unit's exponent, and
a colon that ends the prose before an assignment. Each class has a correct text that must not be
flagged and a wrong look-alike that must stay flagged."""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.coherent_si import coherent_si_checks
from matsci_jupyter.engines.answer.expression import evaluate_segment


def verdict(question: str, response: str) -> str:
    return check_answer(question, response).verdict


# ---------------------------------------------------------------- 's^-1.5': the minus is the exponent's
def test_a_negative_decimal_exponent_stays_on_its_unit():
    seg = evaluate_segment("4.0×10^-3 s^-1.5")
    assert seg.value is not None
    assert abs(float(seg.value.magnitude) - 4.0e-3) < 1e-12
    assert str(seg.value.units) != "dimensionless"
    # a minus before a decimal number after a unit is still a subtraction
    diff = evaluate_segment("90 J-12.5 J")
    assert diff.value is not None and abs(float(diff.value.magnitude) - 77.5) < 1e-9


AVRAMI_Q = (
    "A phase change follows the Avrami law with exponent n = 1.5. Half of the material has "
    "transformed after 100 s. How many seconds are needed for 80 % to transform?"
)


def test_rate_constant_with_a_fractional_time_power_is_read():
    ok = (
        "k = ln 2/100^1.5 = 0.69315/1000 = 6.931×10⁻⁴ s^-1.5; "
        "t = (ln 5/k)^(1/1.5) = (1.6094/6.931×10⁻⁴)^0.6667 = 175.4 s. Answer: 175.4 s."
    )
    assert verdict(AVRAMI_Q, ok) != "flagged"
    wrong = (
        "k = ln 2/100^1.5 = 0.69315/1000 = 6.931×10⁻³ s^-1.5; "
        "t = (ln 5/k)^(1/1.5) = (1.6094/6.931×10⁻³)^0.6667 = 37.8 s. Answer: 37.8 s."
    )
    assert verdict(AVRAMI_Q, wrong) == "flagged"


# ---------------------------------------------------------------- a unit after a bracketed divisor
GRADIENT_Q = (
    "At steady state the nitrogen content in a steel sheet is 2.0 kg/m³ at a depth of 2 mm and "
    "0.5 kg/m³ at 6 mm. With D = 5 × 10⁻¹¹ m²/s, find the nitrogen flux in kg m⁻² s⁻¹."
)


def test_unit_after_a_bracketed_divisor_belongs_to_the_divisor():
    ok = (
        "dC/dx = (0.5 − 2.0) kg m⁻³/(6 − 2) mm = −375 kg m⁻⁴; "
        "J = 5×10⁻¹¹ × 375 = 1.875×10⁻⁸ kg m⁻² s⁻¹. Answer: 1.875e-08 kg/(m**2*s)."
    )
    assert verdict(GRADIENT_Q, ok) != "flagged"
    wrong = (
        "dC/dx = (0.5 − 2.0) kg m⁻³/(6 − 2) mm = −37.5 kg m⁻⁴; "
        "J = 5×10⁻¹¹ × 37.5 = 1.875×10⁻⁹ kg m⁻² s⁻¹. Answer: 1.875e-09 kg/(m**2*s)."
    )
    assert verdict(GRADIENT_Q, wrong) == "flagged"


# ---------------------------------------------------------------- '× 10^-9' after 'm^-2'
def test_a_power_of_ten_after_a_unit_exponent_is_a_factor():
    assert coherent_si_checks(["L = 4×10^12 m^-2 × 10^-9 m^3 = 4×10^3 m"]) == []
    flagged = coherent_si_checks(["L = 4×10^12 m^-2 × 10^-9 m^3 = 4×10^4 m"])
    assert flagged and not flagged[0].passed


LINE_Q = (
    "An annealed metal holds 4 × 10¹² m of dislocation line per cubic metre. What length of "
    "dislocation line, in km, lies in a cube 1 mm on a side?"
)


def test_dislocation_length_in_a_small_cube():
    ok = "L = ρV = 4×10¹² m⁻² × 10⁻⁹ m³ = 4×10³ m = 4 km. Answer: 4 km."
    assert verdict(LINE_Q, ok) != "flagged"
    wrong = "L = ρV = 4×10¹² m⁻² × 10⁻⁹ m³ = 4×10⁴ m = 40 km. Answer: 40 km."
    assert verdict(LINE_Q, wrong) == "flagged"


# ---------------------------------------------------------------- 'prose … 2.0 mm: σ = …'
ROD_Q = (
    "A steel bar of cross-section 50.0 mm² and gauge length 100 mm stretches elastically by "
    "0.10 mm under a load of 2000 N. Find its Young's modulus in GPa."
)


def test_prose_before_a_colon_is_not_the_first_side_of_the_assignment():
    ok = (
        "Between zero load and 2000 N the bar extends by 0.10 mm: σ = 2000/50.0 = 40.0 MPa, ε = 0.10/100 = "
        "1.0×10⁻³, E = 40.0/1.0×10⁻³ MPa = 40 GPa. Answer: 40 GPa."
    )
    checked = check_answer(ROD_Q, ok)
    assert checked.verdict != "flagged"
    assert not any("(wrong)" in step for step in checked.steps), checked.steps
    wrong = (
        "Between zero load and 2000 N the bar extends by 0.10 mm: σ = 2000/50.0 = 4.00 MPa, ε = 0.10/100 = "
        "1.0×10⁻³, E = 4.00/1.0×10⁻³ MPa = 4 GPa. Answer: 4 GPa."
    )
    assert verdict(ROD_Q, wrong) == "flagged"
