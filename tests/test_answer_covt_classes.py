"""Two refusal classes of set S (heldout18) that were real gaps, covered as classes, in our own words.

* **The ion charge n of Faraday's law said by the metal, not written as an ion**
  (metal_ion_charge.py): 'zinc corrodes', 'silver nitrate bath', 'cuprous chloride', 'ferric ions'.
  A metal with one common ion in water fixes n; an oxidation state or an old state name fixes it
  for the others. Left open (still refused): a two-ion metal named alone (iron, copper, tin, lead),
  two metals in one question, a salt written as a formula.
* **K = Yσ√(πa) read in the words a fracture question uses** (relations/mechanics.py,
  relations/failure.py): an internal or central crack's stress-intensity factor (no word
  'toughness'), the largest crack asked as an 'allowable' length or a 'depth', and the longest
  allowable internal crack (its whole length 2a). A crack not said to be surface or internal is
  still refused when its length is asked.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

F = 96485.332
M_ZN, M_MG, M_AG, M_CU, M_FE, M_CD, M_AL = 65.38, 24.305, 107.868, 63.546, 55.845, 112.41, 26.982


def _close(got: float, want: float) -> None:
    assert math.isclose(got, want, rel_tol=2e-3), (got, want)


# ------------------------------------------------------------------ Faraday's n from the named metal


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "A current of 1.5 A flows for 2 hours while zinc dissolves from a corroding sheet. How "
            "many grams of zinc are lost?",
            "g",
            1.5 * 7200 * M_ZN / (2 * F),
        ),
        (
            "A cell runs at 500 A for 8 h, producing magnesium metal by electrolysis. What mass of "
            "magnesium is produced, in kg?",
            "kg",
            500 * 8 * 3600 * M_MG / (2 * F) / 1000,
        ),
        (
            "A current of 2 A is passed through silver nitrate solution for 1 hour. What mass of "
            "silver is deposited at the cathode, in g?",
            "g",
            2 * 3600 * M_AG / F,
        ),
        (
            "Cadmium is plated at 0.8 A. How long, in hours, does it take to deposit 5 g of cadmium?",
            "h",
            5 * 2 * F / (0.8 * M_CD) / 3600,
        ),
        (
            "An aluminium hull corrodes with a corrosion current of 0.02 A. What mass of aluminium "
            "is lost in one year, in g?",
            "g",
            0.02 * 365.25 * 86400 * M_AL / (3 * F),
        ),
    ],
)
def test_one_ion_metal_fixes_faraday_n(question: str, unit: str, want: float) -> None:
    _close(_value(question, unit), want)


@pytest.mark.parametrize(
    ("question", "n"),
    [
        (
            "A cuprous chloride bath deposits copper at 2 A for 30 minutes. What mass of copper is "
            "deposited, in g?",
            1,
        ),
        (
            "A cupric chloride bath deposits copper at 2 A for 30 minutes. What mass of copper is "
            "deposited, in g?",
            2,
        ),
        (
            "At an anode, copper goes into solution as copper(I) at 2 A for 30 minutes. What mass "
            "of copper is lost, in g?",
            1,
        ),
    ],
)
def test_oxidation_state_words_fix_copper_n(question: str, n: int) -> None:
    _close(_value(question, "g"), 2 * 1800 * M_CU / (n * F))


def test_ferrous_and_ferric_answer_differently() -> None:
    ferrous = _value(
        "Iron corrodes as ferrous ions with a current of 1 A for 1 h. What mass of iron "
        "dissolves, in g?",
        "g",
    )
    ferric = _value(
        "Iron corrodes as ferric ions with a current of 1 A for 1 h. What mass of iron "
        "dissolves, in g?",
        "g",
    )
    _close(ferrous, 3600 * M_FE / (2 * F))
    _close(ferric, 3600 * M_FE / (3 * F))


@pytest.mark.parametrize(
    "question",
    [
        # a two-ion metal named alone: Fe²⁺ or Fe³⁺, Cu⁺ or Cu²⁺, Sn²⁺ or Sn⁴⁺
        "An iron bar corrodes with a current of 0.3 A. What mass of iron is lost in 10 h, in g?",
        "Copper is electroplated with a current of 3 A for 2 h. What mass of copper is deposited, "
        "in g?",
        "A tin can corrodes with a current of 0.01 A. What mass of tin is lost in 100 h, in g?",
        # two metals: which one the current dissolves is the question's to say
        "A zinc-coated steel sheet corrodes with a current of 0.1 A. What mass of zinc is lost in "
        "24 h, in g?",
        # a salt formula of another metal than the one asked about: which ion carries the current is open
        "Copper is plated from a ZnSO4 bath with a current of 3 A for 2 h. What mass of copper is "
        "deposited, in g?",
    ],
)
def test_open_ion_charge_still_refused(question: str) -> None:
    assert _refused(question)


def test_salt_atomic_weight_is_not_taken_for_the_metal() -> None:
    # 'copper(I) chloride' looked up as CuCl (99 g/mol) would give m for the salt, not for copper
    reason = _refused(
        "Copper is plated from a copper(I) chloride bath at 2 A for 30 minutes. What mass of "
        "copper is deposited, in g?"
    )
    assert "atomic weight" in reason and "CuCl" in reason


def test_metal_ion_note_and_no_rewrite_when_charge_written() -> None:
    from matsci_jupyter.engines.answer.metal_ion_charge import ion_charge_question
    from matsci_jupyter.engines.answer.solver import solve

    answer = solve(
        "A zinc anode is consumed by a corrosion current of 0.5 A. What mass of zinc is lost in "
        "one year, in kg?"
    )
    assert answer.ok and any("Zn²⁺" in note for note in answer.notes)
    written = "Zinc dissolves as Zn2+ at 0.5 A. What mass of zinc is lost in 1 h, in g?"
    assert ion_charge_question(written) == (written, [])
    half_reaction = (
        "A zinc anode (Zn → Zn²⁺ + 2e⁻) corrodes at 2.0 A for 3 h. What mass is lost, in g?"
    )
    assert ion_charge_question(half_reaction) == (half_reaction, [])
    no_current = "Zinc has a density of 7.14 g/cm3. What is the mass of a 2 cm3 zinc block, in g?"
    assert ion_charge_question(no_current) == (no_current, [])


# ------------------------------------------------------------------ K = Yσ√(πa) readings


@pytest.mark.parametrize(
    ("question", "half_length_m", "y", "stress"),
    [
        (
            "An embedded crack 6 mm long lies in a plate stressed to 150 MPa; take Y = 1.0. What is "
            "the stress intensity factor, in MPa√m?",
            0.003,
            1.0,
            150,
        ),
        (
            "A central crack of length 6 mm in a wide plate under a remote stress of 150 MPa (Y = 1). "
            "Find the stress intensity factor in MPa m^1/2.",
            0.003,
            1.0,
            150,
        ),
        (
            "A plate with an internal crack of length 4 mm is loaded to 200 MPa; Y = 1.0. What is the "
            "stress intensity factor in MPa m^0.5?",
            0.002,
            1.0,
            200,
        ),
    ],
)
def test_internal_crack_stress_intensity_uses_half_length(
    question: str, half_length_m: float, y: float, stress: float
) -> None:
    _close(_value(question, "MPa*m**0.5"), y * stress * math.sqrt(math.pi * half_length_m))


@pytest.mark.parametrize(
    ("question", "unit", "k", "y", "stress", "scale"),
    [
        (
            "A titanium alloy with a fracture toughness of 55 MPa√m is to carry a design stress of "
            "500 MPa. For an edge crack with Y = 1.12, what is the maximum allowable crack length, in "
            "mm?",
            "mm",
            55,
            1.12,
            500,
            1e3,
        ),
        (
            "K_Ic = 30 MPa√m, Y = 1.0, design stress 250 MPa. What is the critical surface crack "
            "depth in mm?",
            "mm",
            30,
            1.0,
            250,
            1e3,
        ),
        (
            "A ceramic with K_Ic = 4 MPa√m is loaded to 200 MPa. For a surface flaw, Y = 1.2. What is "
            "the allowable flaw size, in µm?",
            "µm",
            4,
            1.2,
            200,
            1e6,
        ),
    ],
)
def test_allowable_surface_crack_asked_in_other_words(
    question: str, unit: str, k: float, y: float, stress: float, scale: float
) -> None:
    _close(_value(question, unit), (k / (y * stress)) ** 2 / math.pi * scale)


def test_allowable_internal_crack_is_its_whole_length() -> None:
    surface = (40 / 300) ** 2 / math.pi * 1e3
    internal = _value(
        "A steel with K_IC = 40 MPa√m is stressed to 300 MPa and contains an internal crack, "
        "Y = 1. What is the maximum allowable crack length in mm?",
        "mm",
    )
    _close(internal, 2 * surface)


def test_crack_of_unsaid_kind_still_refused() -> None:
    reason = _refused(
        "A steel with K_IC = 40 MPa√m is stressed to 300 MPa, Y = 1. What is the maximum allowable "
        "crack length in mm?"
    )
    assert "surface or an internal" in reason
