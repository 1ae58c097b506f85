"""Two refusal classes of set U (heldout20) that were real gaps, covered as classes, in our own words.

* **The logarithm of a quantity asked** (asked_logarithm.py): 'find log10 of D (in m²/s)', 'report the
  common logarithm of the vacancy fraction', 'compute k and then give log10 of it (in …)', 'the natural
  logarithm of …'. The quantity is solved, then its logarithm taken. Left open (refused): a quantity
  with a unit and no unit named for its number, a fraction asked in percent, a bare 'log' with no base;
  a logarithm given as data is not an ask.
* **Cracks reported as a range of sizes, and the largest stress asked** (crack_range.py): the part
  fractures first at its largest crack, so the stress is the one for the upper end. Left open
  (refused): the stress for the smallest crack, a crack size asked, a range written largest first, two
  ends in different units.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

R = 8.314462618  # J/(mol·K)
K_EV = 8.617333262e-5  # eV/K


def _close(got: float, want: float, rel: float = 1e-4) -> None:
    assert math.isclose(got, want, rel_tol=rel), (got, want)


def _carbon_d(t_kelvin: float) -> float:
    """D of carbon in iron in m²/s with D0 = 2.3e-5 m²/s, Q = 148 kJ/mol."""
    return 2.3e-5 * math.exp(-148_000 / (R * t_kelvin))


CARBON = "Carbon diffuses in iron with D0 = 2.3e-5 m2/s and Q = 148 kJ/mol. "

# ------------------------------------------------------------------ the logarithm of a quantity


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            CARBON + "Find log10 of the diffusion coefficient (D in m^2/s) at 900 °C.",
            math.log10(_carbon_d(1173.15)),
        ),
        # the unit named for the number moves the logarithm: cm²/s is 10⁴ times the m²/s number
        (
            CARBON + "What is the natural logarithm of the diffusivity (D in cm2/s) at 900 °C?",
            math.log(_carbon_d(1173.15) * 1e4),
        ),
        # a pure number needs no unit
        (
            "Copper's vacancy formation energy is 0.90 eV/atom. Report the common logarithm of the "
            "equilibrium vacancy fraction at 1000 K.",
            -0.90 / (K_EV * 1000) / math.log(10),
        ),
        # the quantity first, its logarithm asked after it
        (
            "Calculate the thermal diffusivity of a polymer (k = 0.2 W/m K, ρ = 1200 kg/m3, "
            "cp = 1500 J/kg K) and then report log10 of it (in m2/s).",
            math.log10(0.2 / (1200 * 1500)),
        ),
    ],
)
def test_logarithm_of_the_asked_quantity(question: str, want: float) -> None:
    _close(_value(question, "dimensionless"), want)


def test_decimals_asked_round_the_logarithm_not_the_quantity() -> None:
    q = (
        "Compute the thermal diffusivity of a polymer (k = 0.2 W/m K, ρ = 1200 kg/m3, cp = 1500 J/kg K) "
        "and give log10 of it (diffusivity in m2/s), to two decimal places."
    )
    assert _value(q, "dimensionless") == pytest.approx(-6.95, abs=1e-9)


@pytest.mark.parametrize(
    ("question", "why"),
    [
        # the number of a dimensional quantity depends on its unit, and none is named
        (CARBON + "Find log10 of the diffusion coefficient at 900 °C.", "depends on the unit"),
        # log of 0.01 % or of 10⁻⁴: not said
        (
            "Copper's vacancy formation energy is 0.90 eV/atom. Report log10 of the equilibrium vacancy "
            "fraction (in %) at 1000 K.",
            "%",
        ),
    ],
)
def test_logarithm_left_open_is_refused(question: str, why: str) -> None:
    assert why in _refused(question)


def test_bare_log_and_log_given_as_data_are_not_read_as_asks() -> None:
    # no base named: not answered
    _refused(CARBON + "What is the log of the diffusivity (D in m2/s) at 900 °C?")
    # 'log10 D = −15.2' is a datum, not the quantity asked
    _refused(
        "Zinc diffuses in copper at a temperature where log10 D = -15.2 (D in m²/s). What is D in m²/s?"
    )


# ------------------------------------------------------------------ a range of crack sizes


def _sigma(k_ic: float, y: float, a_m: float) -> float:
    """Fracture stress in MPa for K_Ic in MPa√m and crack size a in m."""
    return k_ic / (y * math.sqrt(math.pi * a_m))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "An aluminium alloy plate (K_Ic = 24 MPa√m) contains edge cracks from 1 to 4 mm long; "
            "Y = 1.12. What is the largest stress it can safely carry without fracture, in MPa?",
            _sigma(24, 1.12, 0.004),
        ),
        (
            "Ultrasonic testing of a steel part with a fracture toughness of 60 MPa m^0.5 finds surface "
            "flaws 0.5–2.5 mm deep (Y = 1.0). Calculate the maximum allowable tensile stress in MPa.",
            _sigma(60, 1.0, 0.0025),
        ),
        (
            "Surface cracks in a glass pane are between 5 µm and 50 µm deep, K_Ic = 0.75 MPa√m and "
            "Y = 1. What is the highest tensile stress the pane can withstand, in MPa?",
            _sigma(0.75, 1.0, 50e-6),
        ),
    ],
)
def test_largest_crack_governs_the_largest_stress(question: str, want: float) -> None:
    _close(_value(question, "MPa"), want)


@pytest.mark.parametrize(
    "question",
    [
        # the stress for the smallest crack: another question
        "Surface cracks in a glass pane are between 5 µm and 50 µm deep, K_Ic = 0.75 MPa√m and Y = 1. "
        "What tensile stress in MPa would make the shallowest crack propagate?",
        # a crack size asked, not a stress
        "A steel plate (K_Ic = 50 MPa√m, Y = 1.0) has cracks between 1 and 3 mm deep. At a design stress "
        "of 300 MPa, what is the critical crack depth in mm?",
        # the range written largest first
        "An aluminium alloy plate (K_Ic = 24 MPa√m) contains edge cracks between 4 and 1 mm long; "
        "Y = 1.12. What is the maximum stress it can carry without fracture, in MPa?",
        # two ends in different units
        "An aluminium alloy plate (K_Ic = 24 MPa√m) contains edge cracks between 500 µm and 4 mm long; "
        "Y = 1.12. What is the maximum stress it can carry without fracture, in MPa?",
    ],
)
def test_crack_range_left_open_is_refused(question: str) -> None:
    _refused(question)


def test_crack_range_module_leaves_other_ranges_alone() -> None:
    from matsci_jupyter.engines.answer.crack_range import largest_crack_question

    # a range that is not of crack sizes (a grain size) is not reworded
    q = (
        "Grains between 10 and 40 µm across are seen in a steel with K_Ic = 50 MPa√m. What is the "
        "maximum stress it can carry without fracture, in MPa?"
    )
    assert largest_crack_question(q) == (q, [])
    q2 = (
        "A plate has cracks between 1 and 3 mm deep (K_Ic = 50 MPa√m, Y = 1). What is the maximum "
        "stress in MPa?"
    )
    reworded, notes = largest_crack_question(q2)
    assert "3 mm deep" in reworded and "between" not in reworded and notes
