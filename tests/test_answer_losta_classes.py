"""Classes added by the losta helper (session 30, issue 11): each answered class with its
must-refuse neighbours (a missing given, an ambiguous ask). Wording is our own.

* Phase rule: the largest number of coexisting phases, P_max = C + N at F = 0; N = 1 only when the
  question fixes the pressure (one atmosphere, constant pressure, a condensed system), N = 2 only
  when it says the pressure may vary; neither said is refused.
* Lever rule as a MASS: the α of an α + β alloy of stated total mass (grams, kilograms, pounds), the
  phase compositions in a sentence or a pasted table; an alloy written with both contents ('40 wt%
  Sn–60 wt% Pb') read as the content its phases use; an alloy content named by an element's word
  ('65 wt% copper') against phases in another element is refused, never mis-assigned.
* Volume expansion: a given linear coefficient α answers a volume change as 3α V₀ ΔT; a linear α is
  never read as the volume coefficient β; a given β is never read as α (kept from before).
* A given written after its use, in words: 'take Y as 1.0', 'Y may be taken as 1.0', 'assume n to
  be 2' labels the number with its symbol, as 'Y = 1.0' does.
* A table pasted as comma-separated values is read as the Markdown table it stands for (phase
  compositions, a quantity/value list, a quantity against temperature); decimal commas and
  thousands separators are never split into cells.
* The ratio of two nucleation rates from a stated law N = K exp(−A/ΔT²) with A given (K cancels);
  no A, one undercooling, a temperature in the exponent or a 'slower' ask is refused.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer


def _value(question: str, unit: str = "dimensionless") -> float:
    a = answer(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> None:
    a = answer(question)
    assert a.quantity is None, f"answered {a.quantity}"
    assert a.reason


# ---------------------------------------------------------------- phase rule: most phases at F = 0
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What is the largest number of phases that can be in equilibrium together in a binary "
            "system if the pressure is held constant?",
            3,
        ),
        (
            "Consider a ternary alloy system at constant (atmospheric) pressure. What is the "
            "greatest number of phases that can coexist?",
            4,
        ),
        (
            "How many phases can coexist at most in a condensed binary alloy system?",
            3,
        ),
        (
            "If temperature and pressure may both vary, what is the maximum number of phases that "
            "can coexist in a one-component (unary) system?",
            3,
        ),
        (
            "A quaternary system is kept at one atmosphere. What is the maximum number of phases "
            "that may coexist in equilibrium?",
            5,
        ),
    ],
)
def test_maximum_number_of_phases(question: str, expected: int) -> None:
    assert _value(question) == pytest.approx(expected)


@pytest.mark.parametrize(
    "question",
    [
        # no pressure condition: C + 1 and C + 2 are both read
        "What is the maximum number of phases that can coexist in equilibrium in a ternary system?",
        # no count of components
        "At constant pressure, what is the maximum number of phases that can coexist in an alloy?",
    ],
)
def test_maximum_number_of_phases_refused(question: str) -> None:
    _refused(question)


def test_degrees_of_freedom_at_one_atmosphere() -> None:
    q = (
        "Three phases coexist in a ternary system held at one atmosphere. How many degrees of "
        "freedom remain?"
    )
    assert _value(q) == pytest.approx(1)
    _refused("Three phases coexist in a ternary system. How many degrees of freedom remain?")


# ---------------------------------------------------------------- lever rule as a mass of α (α + β)
@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            "A 500 g Pb–30 wt% Sn alloy is held at 150 °C: α contains 10 wt% Sn, β contains "
            "98 wt% Sn. How many grams of α are there?",
            "g",
            500 * (98 - 30) / (98 - 10),
        ),
        (
            "A 4.0 lb casting of a 35 wt% Sn–65 wt% Pb alloy sits at 100 °C, where α contains "
            "5 wt% Sn and β contains 99 wt% Sn. How many pounds of α phase does it contain?",
            "lb",
            4.0 * (99 - 35) / (99 - 5),
        ),
        (
            "An ingot of mass 3.0 kg is an alloy of 70 wt% lead and 30 wt% tin, at 150 °C. The "
            "α phase contains 10 wt% Sn and β contains 98 wt% Sn. What is the mass of α, in kg?",
            "kg",
            3.0 * (98 - 30) / (98 - 10),
        ),
        (
            "A 1.2 kg casting of a 45 wt% Sn–55 wt% Pb solder is at 150 °C, where it consists of "
            "α and β. How many kilograms of α phase does it contain?\n\n"
            "| phase | composition (wt% Sn) |\n|---|---|\n| α | 10 |\n| β | 98 |",
            "kg",
            1.2 * (98 - 45) / (98 - 10),
        ),
    ],
)
def test_alpha_mass_in_alpha_plus_beta(question: str, unit: str, expected: float) -> None:
    assert _value(question, unit) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # no total mass: a mass cannot be given
        "A Pb–30 wt% Sn alloy at 150 °C: α contains 10 wt% Sn, β contains 98 wt% Sn. How many "
        "grams of α are there?",
        # the alloy named by its lead content only, the phases in tin
        "A 500 g alloy of 70 wt% lead at 150 °C: α contains 10 wt% Sn, β contains 98 wt% Sn. "
        "How many grams of α are there?",
        # the α inside the eutectic is not all the α
        "A 500 g Pb–30 wt% Sn alloy is cooled to just below the eutectic; α contains 18.3 wt% "
        "Sn, the eutectic 61.9 wt% Sn and β 97.8 wt% Sn. How many grams of eutectic α are there?",
        # the table's three rows: just above the eutectic the alloy is α + liquid, not α + β
        "A 2.0 kg casting of Pb–40 wt% Sn is held just above 183 °C. How many kg of α phase "
        "are present?\n\nPhase   Composition (wt% Sn)\nα       18.3\nL       61.9\nβ       97.8",
    ],
)
def test_alpha_mass_refused(question: str) -> None:
    _refused(question)


def test_alloy_named_by_a_word_of_another_component_is_refused() -> None:
    # the 65 is the copper content; the tie line is in nickel
    _refused(
        "A 2.5 kg casting of a 65 wt% copper alloy with nickel is at 1250 °C, where the liquid "
        "contains 32 wt% Ni and the α phase 43 wt% Ni. What mass of α is present, in kg?"
    )
    # the same alloy named by its nickel content (as a word) is answered
    q = (
        "A 2.5 kg casting of a 35 wt% nickel alloy with copper is at 1250 °C, where the liquid "
        "contains 32 wt% Ni and the α phase 43 wt% Ni. What mass of α is present, in kg?"
    )
    assert _value(q, "kg") == pytest.approx(2.5 * (35 - 32) / (43 - 32), rel=1e-3)


# ---------------------------------------------------------------- volume expansion from α
@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            "A steel block of volume 2.0 × 10⁻³ m³ with α = 12 × 10⁻⁶ K⁻¹ is heated by 100 K. "
            "Find the increase in volume in cm³.",
            "cm**3",
            3 * 12e-6 * 2000 * 100,
        ),
        (
            "A brass sphere of volume 50 cm³ has a linear expansion coefficient of "
            "19 × 10⁻⁶ K⁻¹. It is heated by 150 K. What is its change in volume, in cm³?",
            "cm**3",
            3 * 19e-6 * 50 * 150,
        ),
        (
            "A copper block (α = 17 × 10⁻⁶ K⁻¹) is heated from 20 °C to 220 °C. By what "
            "percentage does its volume increase?",
            "percent",
            300 * 17e-6 * 200,
        ),
    ],
)
def test_volume_change_from_linear_coefficient(question: str, unit: str, expected: float) -> None:
    assert _value(question, unit) == pytest.approx(expected, rel=1e-3)


def test_given_beta_is_used_as_beta() -> None:
    q = (
        "A steel block of volume 2.0 × 10⁻³ m³ with β = 36 × 10⁻⁶ K⁻¹ is heated by 100 K. "
        "Find the increase in volume in cm³."
    )
    assert _value(q, "cm**3") == pytest.approx(36e-6 * 2000 * 100, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # a linear α must never stand in for β (the answer would be 3× too small)
        "A steel block of volume 2.0 × 10⁻³ m³ with α = 12 × 10⁻⁶ K⁻¹ expands when its "
        "temperature goes up by 100 K. Find the expansion in volume in cm³.",
        # a given β must never stand in for α (kept)
        "A glass has a volume expansion coefficient β = 27 × 10⁻⁶ K⁻¹. A 1.0 m rod of it is "
        "heated by 100 K. By how many mm does it lengthen?",
        # no temperature change
        "A brass sphere of volume 50 cm³ (α = 19 × 10⁻⁶ K⁻¹) is heated. What is its change in "
        "volume, in cm³?",
    ],
)
def test_volume_expansion_refused(question: str) -> None:
    _refused(question)


# ---------------------------------------------------------------- a given written as 'taken as'
_KIC, _A = 0.75, 50e-6
_SIGMA = _KIC / (1.0 * math.sqrt(math.pi * _A))


@pytest.mark.parametrize(
    "question",
    [
        "What is the critical stress for fracture of a glass plate with a surface crack 50 µm "
        "deep, in MPa? Take K_IC as 0.75 MPa√m and Y as 1.0.",
        "A glass plate has a surface crack 50 µm deep and K_IC = 0.75 MPa√m; the geometry factor "
        "Y may be taken as 1.0. What stress (MPa) fractures it?",
        "What is the critical stress for fracture of a glass plate with a surface crack 50 µm "
        "deep, in MPa? Assume the fracture toughness to be 0.75 MPa√m and Y to be 1.0.",
        "A glass plate has a surface crack 50 µm deep. Its fracture toughness is 0.75 MPa√m and "
        "Y is to be taken as 1.0. What stress, in MPa, fractures it?",
    ],
)
def test_given_taken_as(question: str) -> None:
    assert _value(question, "MPa") == pytest.approx(_SIGMA, rel=1e-3)


def test_given_taken_as_missing_is_refused() -> None:
    # no geometry factor given at all
    _refused(
        "What is the critical stress for fracture of a glass plate with a surface crack 50 µm "
        "deep, in MPa? Take the fracture toughness as 0.75 MPa√m."
    )


# ---------------------------------------------------------------- CSV tables
def test_csv_phase_table_lever_fraction() -> None:
    q = (
        "An alloy of Pb–30 wt% Sn is held at 150 °C. What is the mass fraction of α?\n\n"
        "phase,wt_pct_Sn\nalpha,10\nbeta,98"
    )
    assert _value(q) == pytest.approx((98 - 30) / (98 - 10), rel=1e-3)


def test_csv_quantity_table() -> None:
    q = (
        "Calculate the number of vacancies per cubic metre in aluminium at 500 °C.\n\n"
        "quantity,value\ndensity,2.70 g/cm³\natomic weight,26.98 g/mol\n"
        "vacancy formation energy,0.75 eV/atom"
    )
    k_b = 8.617333262e-5
    n = 6.02214076e23 * 2.70e6 / 26.98
    assert _value(q, "1/m**3") == pytest.approx(n * math.exp(-0.75 / (k_b * 773.15)), rel=2e-3)


def test_csv_measurements_against_temperature() -> None:
    q = (
        "The diffusion coefficient of carbon in a steel was measured:\n\n"
        "T (°C),D (m²/s)\n800,1.5e-11\n1000,2.0e-10\n\nWhat is the activation energy, in kJ/mol?"
    )
    expected = 8.314 * math.log(2.0e-10 / 1.5e-11) / (1 / 1073.15 - 1 / 1273.15) / 1000
    assert _value(q, "kJ/mol") == pytest.approx(expected, rel=2e-3)


@pytest.mark.parametrize(
    "question",
    [
        # a needed given (the vacancy formation energy) is missing from the table
        "Calculate the number of vacancies per cubic metre in aluminium at 500 °C.\n\n"
        "quantity,value\ndensity,2.70 g/cm³\natomic weight,26.98 g/mol",
        # the phases' table has no total mass: a mass of α cannot be given
        "An alloy of Pb–30 wt% Sn is held at 150 °C. How many grams of α are there?\n\n"
        "phase,wt_pct_Sn\nalpha,10\nbeta,98",
    ],
)
def test_csv_table_refused(question: str) -> None:
    _refused(question)


def test_csv_reader_leaves_decimal_commas_and_prose() -> None:
    from matsci_jupyter.engines.answer.csv_tables import csv_tables_as_markdown

    for text in (
        "Values:\nT,D\n800,1,5e-11\n1000,2,0e-10",  # decimal commas: the counts differ
        "M,w\n10,000,0.10\n20,000,0.30",  # thousands separators
        "First, heat it.\nThen, cool it.\nFinally, weigh it.",  # prose with commas
    ):
        assert csv_tables_as_markdown(text) == text


# ---------------------------------------------------------------- nucleation-rate ratio
def test_nucleation_rate_ratio_from_stated_law() -> None:
    q = (
        "The homogeneous nucleation rate of a metal follows N = K exp(−A/ΔT²) with "
        "A = 4.0 × 10⁵ K². How many times faster is nucleation at an undercooling of 80 K than "
        "at 60 K?"
    )
    assert _value(q) == pytest.approx(math.exp(4.0e5 / 60**2 - 4.0e5 / 80**2), rel=1e-6)
    q2 = (
        "Suppose the nucleation rate obeys N = K exp(-A/(ΔT)^2), where A = 2.5e5 K^2 and K is a "
        "constant. What is the ratio of the nucleation rate at 100 K undercooling to that at 50 K?"
    )
    assert _value(q2) == pytest.approx(math.exp(2.5e5 / 50**2 - 2.5e5 / 100**2), rel=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        # no constant A
        "The homogeneous nucleation rate of a metal follows N = K exp(−A/ΔT²). How many times "
        "faster is nucleation at an undercooling of 80 K than at 60 K?",
        # one undercooling only
        "The homogeneous nucleation rate of a metal follows N = K exp(−A/ΔT²) with "
        "A = 4.0 × 10⁵ K². How many times faster is nucleation at an undercooling of 80 K?",
        # a temperature in the exponent: K does not cancel alone
        "The nucleation rate follows N = K exp(−B/(T ΔT²)) with B = 1.0 × 10⁸ K³. How many times "
        "faster is nucleation at an undercooling of 80 K than at 60 K?",
        # material constants, but no law whose other factors cancel (the diffusion term)
        "How many times faster is homogeneous nucleation of copper at an undercooling of 80 K "
        "than at 60 K? γ = 0.177 J/m², ΔH_f = −1.77 × 10⁹ J/m³, T_m = 1085 °C.",
        # 'slower': which rate over which is not fixed
        "The homogeneous nucleation rate of a metal follows N = K exp(−A/ΔT²) with "
        "A = 4.0 × 10⁵ K². How many times slower is nucleation at an undercooling of 60 K than "
        "at 80 K?",
    ],
)
def test_nucleation_rate_ratio_refused(question: str) -> None:
    _refused(question)
