"""Standard textbook forms that sets L, M, O, P, S (heldout11, 12, 14, 15, 18) still refused, covered as
classes in our own words, each with a neighbour that must stay refused.

* **Considère's tensile strength** (relations/loop_necking_anode.py): on σ_T = Kε_Tⁿ necking begins at
  ε_T = n, and the engineering tensile strength is Knⁿe^(−n). Refused: n not given; the true stress at
  necking asked (another quantity).
* **Sacrificial-anode mass or life with the anode's efficiency** (relations/loop_necking_anode.py and
  metal_ion_charge.py): ηm = ItM/(nF), the ion read from the one metal named as the anode beside the
  steel it protects. Refused: two anode metals named; the efficiency said only as a loss ('10 % lost
  to self-corrosion').
* **Curie's law with the second state in words** (curie_states.py): 'to become an order of magnitude
  larger' (×10), 'to become N times larger', 'to increase by a factor of N', and a sample put in a
  standard bath ('immersed in boiling liquid nitrogen': 77 K; 'liquid helium': 4.2 K). Refused:
  Curie–Weiss (θ ≠ 0), 'N times smaller', two worded states in one question.
* **A strength beside a fibre fraction found from moduli** (strength_aside.py): the volume fraction a
  target longitudinal modulus needs uses moduli only, so a named fibre tensile strength is data of
  another question and set aside. Refused: a stress the composite carries (not named as a strength).
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

F = 96485.33212
YEAR = 365.25 * 24 * 3600
OE = 1000 / (4 * math.pi)  # A/m per oersted


# ------------------------------------------------------------------ Considère's tensile strength


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "For an alloy whose flow curve is σ_T = Kε_T^n (strength coefficient 700 MPa, "
            "strain-hardening exponent 0.2), what engineering tensile strength, in MPa, follows from "
            "the Considère condition that necking begins at ε_T = n?",
            700 * 0.2**0.2 * math.exp(-0.2),
        ),
        (
            "A brass has strength coefficient K = 600 MPa and strain-hardening exponent n = 0.35 in "
            "σ_T = Kε_T^n. Its yield strength is 150 MPa. Estimate the ultimate tensile strength "
            "(engineering) in MPa, necking beginning at ε_T = n.",
            600 * 0.35**0.35 * math.exp(-0.35),
        ),
        (
            "An annealed copper follows σ_T = K ε_T^n with K = 320 MPa and n = 0.54. Assuming necking "
            "starts when the true strain reaches n, estimate its engineering tensile strength (MPa).",
            320 * 0.54**0.54 * math.exp(-0.54),
        ),
    ],
)
def test_considere_tensile_strength(question: str, want: float) -> None:
    assert _value(question, "MPa") == pytest.approx(want, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # n not given
        "A steel follows σ_T = K ε_T^n with K = 900 MPa. Necking begins when the true strain equals "
        "n. Estimate the engineering tensile strength in MPa.",
        # the true stress at necking (Knⁿ) is not the engineering tensile strength
        "A steel follows σ_T = K ε_T^n with K = 900 MPa and n = 0.30. What is its true tensile "
        "strength (the true stress at maximum load), in MPa?",
    ],
)
def test_considere_neighbours_refused(question: str) -> None:
    _refused(question)


# ------------------------------------------------------------------ sacrificial anodes


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "A steel pipeline is protected by zinc sacrificial anodes (Zn²⁺, 65.38 g/mol) delivering "
            "0.40 A. The anode current efficiency is 90 %. What mass of zinc must be installed for a "
            "15-year life, in kg?",
            "kg",
            0.40 * 15 * YEAR * 65.38 / (2 * F * 0.90) / 1000,
        ),
        (
            "A magnesium sacrificial anode (24.31 g/mol) of mass 20 kg supplies 0.30 A with a current "
            "efficiency of 50 %. How long will it last, in years?",
            "year",
            20000 * 0.50 * 2 * F / (24.31 * 0.30) / YEAR,
        ),
        (
            "An iron water tank is fitted with magnesium sacrificial anodes that must supply 0.12 A "
            "for 8 years. Only 60 % of the magnesium consumed gives useful protective current. "
            "Atomic weight of Mg: 24.31 g/mol. How many kilograms of magnesium are needed?",
            "kg",
            0.12 * 8 * YEAR * 24.31 / (2 * F * 0.60) / 1000,
        ),
        (
            "A steel hull carries zinc sacrificial anodes that together supply 1.5 A. Zinc atomic "
            "weight 65.38 g/mol. What mass of zinc, in kg, is consumed in 2 years?",
            "kg",
            1.5 * 2 * YEAR * 65.38 / (2 * F) / 1000,
        ),
    ],
)
def test_sacrificial_anode(question: str, unit: str, want: float) -> None:
    assert _value(question, unit) == pytest.approx(want, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # two anode metals: which one the current dissolves is open
        "A buried steel tank is protected by sacrificial anodes of zinc and magnesium that deliver "
        "0.25 A for 10 years; only 55% of the metal consumed gives useful current. Zn 65.38 g/mol. "
        "What mass of anode metal (kg) must be installed?",
        # a second metal named as an aside still leaves the anode's metal open
        "A buried steel tank is protected by zinc sacrificial anodes that deliver 0.25 A for 10 "
        "years; only 55% of the metal consumed gives useful current; aluminium anodes would be "
        "lighter. Zn 65.38 g/mol. What mass of anode metal (kg) must be installed?",
    ],
)
def test_sacrificial_anode_neighbours_refused(question: str) -> None:
    _refused(question)


# ------------------------------------------------------------------ Curie's law, second state in words


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "An ideal paramagnet obeys Curie's law; at 250 K its susceptibility is 4.0 × 10⁻⁵. To "
            "what temperature (K) must it be cooled for the susceptibility to become an order of "
            "magnitude larger?",
            "K",
            25.0,
        ),
        (
            "A paramagnetic alum obeys the Curie law; its susceptibility is 2.0e-4 at 320 K. At "
            "what temperature, in K, would its susceptibility be 8 times larger?",
            "K",
            40.0,
        ),
        (
            "A paramagnetic salt obeys Curie's law. At 290 K its susceptibility is 6.0 × 10⁻⁴. "
            "What temperature (in kelvin) is needed for the susceptibility to increase by a factor "
            "of 5?",
            "K",
            58.0,
        ),
    ],
)
def test_curie_scaled_susceptibility(question: str, unit: str, want: float) -> None:
    assert _value(question, unit) == pytest.approx(want, rel=1e-3)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "A paramagnetic salt obeys Curie's law; its susceptibility at 295 K is 1.5 × 10⁻⁴. The "
            "crystal is then cooled in liquid nitrogen. What is its susceptibility now?",
            1.5e-4 * 295 / 77,
        ),
        (
            "A paramagnetic salt obeys Curie's law; its susceptibility at 300 K is 5.0e-4. It is "
            "dipped in liquid helium. What is its susceptibility now?",
            5.0e-4 * 300 / 4.2,
        ),
    ],
)
def test_curie_bath_temperature(question: str, want: float) -> None:
    assert _value(question, "dimensionless") == pytest.approx(want, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # Curie–Weiss: χ(T − θ) is constant, not χT
        "A paramagnetic salt obeys the Curie-Weiss law with θ = 20 K; its susceptibility at 300 K "
        "is 5.0e-4. It is then immersed in boiling liquid nitrogen. What is its susceptibility now?",
        # 'three times smaller' is read two ways
        "A paramagnetic salt obeys Curie's law; its susceptibility at 300 K is 5.0e-4. To what "
        "temperature must it be heated for the susceptibility to become three times smaller?",
        # two worded states: which one is the second is open
        "A paramagnetic salt obeys Curie's law; its susceptibility at 300 K is 5.0e-4. It is "
        "cooled in liquid nitrogen, and later its susceptibility becomes ten times larger. What is "
        "the temperature then?",
    ],
)
def test_curie_worded_neighbours_refused(question: str) -> None:
    _refused(question)


# ------------------------------------------------------------------ a strength beside moduli only


def test_fibre_fraction_for_modulus_sets_strength_aside() -> None:
    q = (
        "A unidirectional glass-fibre/vinyl-ester bar must reach a longitudinal modulus of 30 GPa. "
        "The fibres have E = 72 GPa and a tensile strength of 3.4 GPa; the resin has E = 3.0 GPa. "
        "What minimum fibre volume fraction, in percent, is needed?"
    )
    assert _value(q, "percent") == pytest.approx(100 * (30 - 3.0) / (72 - 3.0), rel=1e-3)


def test_fibre_fraction_with_a_carried_stress_refused() -> None:
    _refused(
        "A unidirectional glass-fibre/vinyl-ester bar must reach a longitudinal modulus of 30 GPa. "
        "The fibres have E = 72 GPa; the resin has E = 3.0 GPa. The bar carries a stress of 400 "
        "MPa. What minimum fibre volume fraction, in percent, is needed?"
    )


def test_strength_beside_a_load_still_bounds_it() -> None:
    # a load and lengths enter: the tensile strength decides whether the bar stretches elastically
    _refused(
        "A rod 1.5 m long and 10 mm across has E = 110 GPa and a tensile strength of 250 MPa. A "
        "30 kN pull is applied. By how many millimetres does it lengthen?"
    )
