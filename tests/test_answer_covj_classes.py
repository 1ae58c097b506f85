"""Coverage classes from sets H and I (branch covj), each with look-alikes that keep their verdict.

* A count asked of one unit volume ('how many atoms are there in one cm³ of iron?') asks for a number
  density; a volume of another size ('in 2 cm³') or a body ('a 1 cm³ cube') is left as written.
* An asking verb that only states a purpose ('how many hours are needed to obtain …') is no second
  ask: the question word before it names the asked quantity.

Every question here is written for these tests.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.count_in_one import count_per_unit_volume

R = 8.314462618
K_B_EV = 8.617333262e-5
N_A = 6.02214076e23


def _value(question: str, unit: str) -> float:
    a = answer(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> bool:
    return answer(question).quantity is None


# ------------------------------------------------------------------ a count in one unit volume
def test_atoms_in_one_cubic_metre_of_a_bcc_metal() -> None:
    q = "Tungsten is BCC with a lattice parameter of 0.3165 nm. How many atoms are there in one m³ of tungsten?"
    assert _value(q, "1/m**3") == pytest.approx(2 / (0.3165e-9) ** 3, rel=1e-4)


def test_atoms_in_a_cubic_centimetre_from_density() -> None:
    q = (
        "Silver has a density of 10.49 g/cm³ and an atomic weight of 107.87 g/mol. "
        "How many atoms does a cubic centimetre of silver contain?"
    )
    assert _value(q, "1/cm**3") == pytest.approx(10.49 * N_A / 107.87, rel=1e-4)


def test_vacancies_in_one_cubic_metre() -> None:
    q = (
        "Aluminium has a density of 2.70 g/cm³ and an atomic weight of 26.98 g/mol; a vacancy costs "
        "0.75 eV to form. How many vacancies are there in 1 m³ of aluminium at 600 °C?"
    )
    n = 2.70e6 * N_A / 26.98
    expected = n * math.exp(-0.75 / (K_B_EV * 873.15))
    assert _value(q, "1/m**3") == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # a volume of another size is a body: the count in it, not a density
        "Silver has a density of 10.49 g/cm³ and an atomic weight of 107.87 g/mol. "
        "How many atoms are there in 2 cm³ of silver?",
        "Silver has a density of 10.49 g/cm³ and an atomic weight of 107.87 g/mol. "
        "How many atoms are there in a 2 cm³ cube of silver?",
    ],
)
def test_counts_in_a_body_are_not_read_as_densities(question: str) -> None:
    assert count_per_unit_volume(question) == question
    a = answer(question)
    if a.quantity is not None:  # a count in a body, never a count per volume
        assert a.quantity.dimensionless


def test_only_a_unit_volume_is_reworded() -> None:
    q = "How many electrons are there in each cubic metre of the metal?"
    assert "per cubic metre" in count_per_unit_volume(q)
    assert count_per_unit_volume("How many grains are there in one mm² of the surface?") == (
        "How many grains are there in one mm² of the surface?"
    )
    plain = "A cube of 1 m³ holds water. What is its mass in kg?"
    assert count_per_unit_volume(plain) == plain


# ------------------------------------------------------------------ a purpose verb is no second ask
def _same_profile_hours(t1_h: float, q_j: float, t1_c: float, t2_c: float) -> float:
    return t1_h * math.exp(q_j / R * (1 / (t2_c + 273.15) - 1 / (t1_c + 273.15)))


def test_hours_needed_to_obtain_the_same_profile() -> None:
    q = (
        "Nitriding for 6 h at 510 °C gives the wanted case. The activation energy for nitrogen "
        "diffusion is 77 kJ/mol. How many hours are needed to obtain the same case at 550 °C?"
    )
    assert _value(q, "hour") == pytest.approx(_same_profile_hours(6, 77000, 510, 550), rel=1e-4)


def test_time_required_to_reach_the_same_profile() -> None:
    q = (
        "Carburising for 9 h at 880 °C produces the specified case depth. For carbon diffusion in "
        "austenite Q = 148 kJ/mol. What time, in hours, is required to reach the same case depth at "
        "950 °C?"
    )
    assert _value(q, "hour") == pytest.approx(_same_profile_hours(9, 148000, 880, 950), rel=1e-4)


def test_a_verb_after_to_still_asks_without_an_earlier_ask() -> None:
    from matsci_jupyter.engines.answer.quantities import target_phrase

    asked, _hint = target_phrase("Use Bragg's law to determine the interplanar spacing, in nm.")
    assert "interplanar spacing" in asked
    asked, _hint = target_phrase("How many minutes are needed to obtain the same case depth?")
    assert asked.startswith("how many minutes")


def test_purpose_lookalike_without_same_state_is_refused() -> None:
    # no 'same' state: the two treatments are not tied by Dt = constant
    q = (
        "Carburising for 9 h at 880 °C is done first. For carbon diffusion in austenite Q = 148 kJ/mol. "
        "How many hours are needed to obtain a case at 950 °C?"
    )
    assert _refused(q)


# ------------------------------------------------------------------ how many years a layer lasts
F = 96485.33212


def _life_years(x_um: float, i_ua_cm2: float, m: float, n: int, rho: float) -> float:
    rate_cm_s = i_ua_cm2 * 1e-6 * m / (n * F * rho)
    return x_um * 1e-4 / rate_cm_s / (365.25 * 24 * 3600)


def test_how_many_years_a_coating_will_last() -> None:
    q = (
        "A cadmium layer (density 8.65 g/cm³, atomic weight 112.41 g/mol) is 40 µm thick and "
        "dissolves uniformly as Cd²⁺ at a current density of 1.5 µA/cm². Estimate how many years the "
        "layer will last."
    )
    expected = _life_years(40, 1.5, 112.41, 2, 8.65)
    assert _value(q, "year") == pytest.approx(expected, rel=2e-3)


def test_indirect_duration_lookalikes_keep_their_verdicts() -> None:
    # the subject after a length unit is what changes: the asked quantity is the thickness lost
    lost = (
        "A cadmium layer (density 8.65 g/cm³, atomic weight 112.41 g/mol) dissolves uniformly as Cd²⁺ "
        "at a current density of 1.5 µA/cm². Estimate how many micrometres the layer will lose in "
        "3 years."
    )
    a = answer(lost)
    if a.quantity is not None:
        rate_um_per_year = 40 / _life_years(40, 1.5, 112.41, 2, 8.65)
        assert float(a.quantity.to("micrometer").magnitude) == pytest.approx(
            3 * rate_um_per_year, rel=2e-3
        )
    # no corrosion current or rate of any kind: nothing says how fast the layer goes
    assert _refused(
        "A cadmium layer (density 8.65 g/cm³, atomic weight 112.41 g/mol) is 40 µm thick. Estimate "
        "how many years the layer will last."
    )


# ------------------------------------------------------------------ a context sentence before the ask
_LINE = (
    "Electron microscopy shows that a 2.0 mm³ volume of the rolled sheet contains 900 km of "
    "dislocation line. Compute the dislocation density in m⁻²."
)


def test_a_context_sentence_with_named_values_is_set_aside() -> None:
    q = (
        "A nickel sheet, 3.0 mm thick, was cold rolled at 25 °C to a 30 % reduction in thickness, and "
        "its Brinell hardness rose from 80 to 140. " + _LINE
    )
    assert _value(q, "1/m**2") == pytest.approx(900e3 / 2.0e-9, rel=1e-4)


@pytest.mark.parametrize(
    "context",
    [
        # a bare number named as nothing: it may be anything
        "A nickel sheet, 3.0 mm thick, was cold rolled at 25 °C in 4 passes of 7.5. ",
        # a value of the asked quantity's kind in the context may be that quantity restated
        "A nickel sheet, 3.0 mm thick, had 1.0e12 m⁻² of dislocations when annealed at 25 °C. ",
        # a length of the relation's own kind in the context: it may be a line length
        "A nickel sheet holds a 40 km loop of dislocation line, and was rolled at 25 °C. ",
    ],
)
def test_context_sentences_that_may_matter_keep_the_refusal(context: str) -> None:
    assert _refused(context + _LINE)


def test_a_value_in_the_asking_sentence_is_no_context() -> None:
    q = (
        "Electron microscopy shows that a 2.0 mm³ volume of the rolled sheet contains 900 km of "
        "dislocation line. Compute the dislocation density in m⁻² of the 3.0 mm thick sheet whose "
        "hardness is 140."
    )
    assert _refused(q)


def test_a_plate_thickness_before_a_fracture_question_is_not_set_aside() -> None:
    # the thickness may decide whether plane-strain toughness applies: a relation on the topic takes it
    q = (
        "Brackets are machined from plate 12 mm thick and stress relieved at 600 °C. In service a "
        "bracket carries a tensile stress of 300 MPa; its fracture toughness is 40 MPa·√m and Y = 1.1 "
        "for a surface crack. What is the largest surface crack depth, in mm, it can tolerate?"
    )
    assert _refused(q)


def test_a_composition_in_a_context_sentence_is_no_context() -> None:
    # the steel's carbon content is the lever rule's datum, wherever it is written
    q = (
        "A plain carbon steel with 0.35 wt% C is slowly cooled to room temperature. With the eutectoid "
        "at 0.76 wt% C, ferrite 0.022 wt% C and cementite 6.70 wt% C, compute the mass percentage of "
        "proeutectoid cementite."
    )
    assert _refused(q)


@pytest.mark.parametrize(
    "question",
    [
        # the alloy's make-up changes its mean atomic weight: the base metal's density is wrong
        "A nickel alloy contains 3 wt% Be. The alloy is FCC with a lattice parameter of 0.3524 nm. "
        "Calculate its density in g/cm³.",
        "A copper alloy contains 2 % Be. The alloy is FCC with a lattice parameter of 0.3615 nm. "
        "Calculate its density in g/cm³.",
        "An iron alloy contains 0.5 wt% B. It is BCC with a lattice parameter of 0.2866 nm. "
        "Calculate its density in g/cm³.",
    ],
)
def test_a_composition_before_a_density_question_is_not_set_aside(question: str) -> None:
    assert _refused(question)


def test_a_process_temperature_before_a_pure_metal_density_is_still_set_aside() -> None:
    # look-alike: the context sentence states no make-up, only the anneal, so the answer stands
    q = (
        "A bar of pure copper was annealed at 650 °C. Copper is FCC with a lattice parameter of "
        "0.3615 nm and an atomic weight of 63.55 g/mol. Calculate its density in g/cm³."
    )
    assert _value(q, "g/cm**3") == pytest.approx(
        4 * 63.55 / (6.02214076e23 * 0.3615e-7**3), rel=1e-3
    )


def test_a_reduction_share_before_the_line_length_is_still_set_aside() -> None:
    # look-alike: '40 % reduction in thickness' is a share of a process, no make-up of the body
    q = "A nickel sheet was cold rolled at 25 °C to a 40 % reduction in thickness. " + _LINE
    assert _value(q, "1/m**2") == pytest.approx(900e3 / 2.0e-9, rel=1e-4)
