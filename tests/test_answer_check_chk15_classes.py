"""Set V false alarms (chk15): right working the checker flagged, and wrong variants it must still flag.

Classes: compound amounts ('2 h 15 min') are sums; TeX's braced decimal comma ('0{,}4212'); a function
value ('erf z = 0.5') does not give its argument a value; comma-separated equations after a lead-in;
a running multiplication inside a chain; bare numbers in the question's own unit; labelled
alternative readings of one symbol.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer import check_answer
from matsci_jupyter.engines.answer.compound_quantities import join_compound_quantities
from matsci_jupyter.engines.answer.decimal_commas import read_decimal_commas
from matsci_jupyter.engines.answer.function_value import is_function_value
from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.engines.answer.text import normalize


def _flagged(question: str, response: str) -> bool:
    return check_answer(question, response).verdict == "flagged"


# ---------------------------------------------------------------- 1. compound amounts
@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("held 2 h 15 min at 500 °C", "held 135 min at 500 °C"),
        ("1 h 30 min 20 s", "5420 s"),
        ("after 3 d 4 h", "after 76 h"),
        ("a bar 5 ft 3 in long", "a bar 63 inch long"),
    ],
)
def test_compound_amount_is_its_sum(written, read):
    assert join_compound_quantities(written) == read


@pytest.mark.parametrize(
    "written",
    [
        "2 h 90 min",  # 90 min is not under an hour: not one amount
        "15 min 2 h",  # units not falling
        "samples at 2 h and 15 min",  # two times, perhaps
        "2 h at 15 °C",
        "10 s 5 s",
    ],
)
def test_other_runs_stay_as_written(written):
    assert normalize(written) == written


CORROSION = (
    "Iron corrodes as Fe²⁺ under a steady current of 2.5 A. What mass of iron (g) is lost in {t}?"
)


@pytest.mark.parametrize(
    ("time", "seconds"), [("2 h 15 min", 8100), ("1 h 30 min 20 s", 5420), ("3 d 4 h", 273600)]
)
def test_solver_reads_compound_time_as_sum(time, seconds):
    answer = solve(CORROSION.format(t=time))
    assert answer.quantity is not None
    want = 2.5 * seconds * 55.845 / (2 * 96485)
    assert math.isclose(answer.quantity.to("g").magnitude, want, rel_tol=2e-3)


def test_compound_time_steps():
    q = CORROSION.format(t="2 h 15 min")
    right = "t = 2 h 15 min = 8100 s. m = 2.5 × 8100 × 55.845/(2 × 96485) = 5.86 g. Answer: 5.86 g."
    assert not _flagged(q, right)
    hours = "The run lasted 2 h 15 min = 2.25 h, so t = 8100 s. m = 5.86 g. Answer: 5.86 g"
    assert not _flagged(q, hours)
    assert _flagged(q, "t = 2 h 15 min = 2.15 h = 7740 s. m = 5.60 g. Answer: 5.60 g")


# ---------------------------------------------------------------- 2. TeX's braced comma
def test_tex_braced_comma_is_a_decimal_comma():
    reworded, notes, undecided = read_decimal_commas(r"with $a = 0{,}4212\ \mathrm{nm}$ given")
    assert undecided is None and "0.4212" in reworded and notes
    # three digits after it and no other decimals: a thousands separator, as for a plain comma
    reworded, notes, undecided = read_decimal_commas(r"a stress of $12{,}500$ psi")
    assert undecided is None and not notes and "12,500" in reworded


MGO = (
    r"Magnesium oxide has the rock-salt structure with $a = 0{,}4212\ \mathrm{nm}$. "
    r"Compute its theoretical density in $\mathrm{g/cm^3}$."
)


def test_tex_comma_question_solved_and_checked():
    answer = solve(MGO)
    assert answer.quantity is not None
    assert math.isclose(answer.quantity.to("g/cm^3").magnitude, 3.58, rel_tol=5e-3)
    right = (
        "4 formula units per cell; A = 24.305 + 15.999 = 40.304 g/mol. V_C = (0.4212 × 10⁻⁷ cm)³ = "
        "7.472 × 10⁻²³ cm³. ρ = 4 × 40.304/(7.472 × 10⁻²³ × 6.022 × 10²³) = 3.58 g/cm³. Answer: 3.58 g/cm³"
    )
    assert not _flagged(MGO, right)


# ---------------------------------------------------------------- 3. a function's value
@pytest.mark.parametrize(
    ("left", "function"),
    [
        ("erf z", True),
        ("sin θ", True),
        ("ln x", True),
        ("log D", True),
        ("exp(−Q/RT)", True),
        ("z", False),
        ("thermal expansion α", False),
        ("x_L", False),
    ],
)
def test_function_value_left_side(left, function):
    assert is_function_value(left) is function


ERF_Q = (
    "Steel with 0.20 wt% C is carburized with a surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. "
    "How long (h) until the carbon content 0.8 mm below the surface reaches 0.60 wt%?"
)


def test_erf_value_does_not_bind_argument():
    right = (
        "(0.60 − 0.20)/(1.00 − 0.20) = 0.5 = 1 − erf z\nerf z = 0.5\nz = 0.4769 (from the erf table)\n"
        "z^2 = 0.2274\nt = (8.0 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × 0.2274) = 4.398 × 10⁴ s\n"
        "t = 43975/3600 = 12.22 h\nAnswer: about 12.2 h"
    )
    assert not _flagged(ERF_Q, right)


def test_stated_symbol_power_still_checked():
    q = "A wire of diameter d = 0.45 mm carries 2 A. Find the current density in A/mm^2."
    wrong = "d = 0.45 mm\nd^2 = 0.2205 mm^2\nJ = 4 × 2/(π × 0.2205) = 11.55 A/mm^2\nAnswer: 11.55 A/mm^2"
    assert _flagged(q, wrong)


# ---------------------------------------------------------------- 4. comma-separated equations
VAC_Q = (
    "Copper at 1000 °C: vacancy formation energy 0.90 eV/atom, density 8.40 g/cm³, atomic weight "
    "63.5 g/mol. Find the equilibrium number of vacancies per cm³."
)


def test_lead_in_then_two_equations():
    right = (
        "N = 6.022 × 10²³ × 8.40/63.5 = 7.966 × 10²² atoms/cm³. At 1273 K, Q_v/kT = "
        "0.90/(8.617 × 10⁻⁵ × 1273.15) = 8.204, exp(−8.204) = 2.74 × 10⁻⁴. N_v = 2.18 × 10¹⁹ cm⁻³. "
        "Answer: 2.18e19 1/cm^3"
    )
    assert not _flagged(VAC_Q, right)
    wrong = right.replace("= 8.204, exp(−8.204)", "= 9.204, exp(−9.204)").replace(
        "2.74 × 10⁻⁴", "1.01 × 10⁻⁴"
    )
    assert _flagged(VAC_Q, wrong)


# ---------------------------------------------------------------- 5. running multiplication
FLUX_Q = (
    "A 5 mm steel plate at 700 °C has carbon concentrations of 1.2 kg/m^3 and 0.4 kg/m^3 at its "
    "faces; D = 3 × 10⁻¹¹ m²/s. What mass of carbon passes through, in grams per square metre per hour?"
)


def test_running_multiplication_in_chain():
    right = (
        "J = 3 × 10⁻¹¹ × (1.2 − 0.4)/0.005 = 4.8 × 10⁻⁹ kg m⁻² s⁻¹ = 4.8 × 10⁻⁶ g m⁻² s⁻¹ × 3600 = "
        "0.0173 g per m² per hour. Answer: 0.01728 g/(m**2*h)."
    )
    assert not _flagged(FLUX_Q, right)
    # X × k not equal to what follows: still wrong
    assert _flagged(
        FLUX_Q, right.replace("0.0173 g per", "0.0250 g per").replace("0.01728", "0.025")
    )
    # X not equal to what precedes it: still wrong
    assert _flagged(
        FLUX_Q, right.replace("4.8 × 10⁻⁶ g", "4.8 × 10⁻⁵ g").replace("0.0173", "0.173")
    )


# ---------------------------------------------------------------- 6. bare numbers in the question's unit
CRACK_Q = (
    "An alloy has yield strength 80,000 psi and plane-strain fracture toughness 26 ksi·in.^1/2. It "
    "works at half its yield strength. Taking Y = 1.1, find the largest allowable surface crack in mm."
)


def test_bare_number_in_question_unit():
    right = (
        "Design stress = 80 000/2 = 40 ksi. a_c = (1/π)(26/(1.1 × 40))² = 0.1111 in. = 2.82 mm. "
        "Answer: 2.823 mm."
    )
    assert not _flagged(CRACK_Q, right)
    wrong = right.replace("80 000/2 = 40 ksi", "80 000/2 = 400 ksi")
    assert _flagged(CRACK_Q, wrong)


# ---------------------------------------------------------------- 7. labelled alternatives
SCHOTTKY_Q = (
    "Estimate the number of Schottky defects per cubic metre in KCl at 500 °C. The energy to form one "
    "is 2.6 eV; KCl has a density of 1.99 g/cm³ and a molar mass of 74.55 g/mol."
)


def test_labelled_alternatives_not_a_contradiction():
    right = (
        "Q_s/2kT = 2.6/(2 × 8.617 × 10⁻⁵ × 773.15) = 19.51. "
        "Answer: N = all lattice sites: 1.079e+20 1/m**3; N = formula units: 5.396e+19 1/m**3."
    )
    assert not _flagged(SCHOTTKY_Q, right)
    # one symbol run on over two lines with a calculation is still compared
    q = "A cube of side 2 cm. Find its volume in cm^3."
    assert _flagged(q, "V = 2 cm × 2 cm × 2 cm\nV = 6 cm^3\nAnswer: 6 cm^3")
