"""Classes found by probe round 22 (helper probe23) in last session's creep-factor, galvanic-cell and
Pilling–Bedworth readers. Each was answered with a wrong number on main (82278fc):

* a creep stress exponent written as a range or one per stress regime ('4 at low stress and 8 at
  high stress', 'n = 4 to 5') was read as its first number;
* a time asked of ('by what factor does the time to 1 % strain change') was answered with the
  factor of the creep rate, which a time follows as its reciprocal at best;
* the direction asked was read from the clause that says what changes ('… increase when the stress
  is reduced …' gave a factor below 1 as the increase);
* a cell written in line notation ('Cu | Cu²⁺ || Zn²⁺ | Zn') or as a reaction ('Cu + Zn²⁺ → …') the
  other way round was answered with the positive emf of the spontaneous cell;
* two densities written as a list ('7.13 and 5.61 g/cm³ for Zn and ZnO, respectively', 'the
  densities of cobalt and its oxide are … and …') were given to the wrong substances;
* a second number asked in the ratio's own sentence ('… P–B ratio, and what thickness …') was not
  seen.

Refusals are told from answers by their reason: each refusal test checks what the reason says.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

R = 8.314462618
F = 96485.33212
RT_F = R * 298.15 / F


def _magnitude(question: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.magnitude)


# ---- creep: the exponent must be one number
@pytest.mark.parametrize(
    "question",
    [
        "A nickel alloy creeps with a stress exponent of 3 at low stresses and 6 at high stresses. By what "
        "factor does its creep rate go up when the stress is doubled?",
        "Our solder shows a stress exponent of 2 in the lower stress range and of 9 above it. By what "
        "factor does the creep rate grow if the stress is tripled?",
        "A creeping steel has n = 4 to 6. By what factor does the creep rate rise if the load is doubled?",
        "A creeping steel has a stress exponent of 5–7. By what factor does the creep rate rise if the "
        "stress is doubled?",
        "Take a stress exponent of four or five. By what factor does the creep rate rise when the stress "
        "is doubled?",
    ],
)
def test_creep_exponent_range_or_regime_is_refused(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert answer.reason


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "A creeping alloy has a stress exponent of 5 (measured at 700 °C). By what factor does the creep "
            "rate rise when the stress is doubled?",
            32.0,
        ),
        (
            "In the dislocation-creep regime the stress exponent is 4. By what factor does the creep rate "
            "increase when the stress is raised from 50 MPa to 75 MPa?",
            1.5**4,
        ),
    ],
)
def test_creep_single_exponent_still_answered(question: str, key: float) -> None:
    assert _magnitude(question) == pytest.approx(key, rel=1e-6)


# ---- creep: a time asked is not the rate's factor
@pytest.mark.parametrize(
    "question",
    [
        "For an alloy with n = 3, by what factor does the time to reach 2 % creep strain change when the "
        "stress is doubled, the strain building up at the steady creep rate?",
        "A steel creeps with a stress exponent of 5. By what factor is the rupture life altered if the "
        "stress is raised by 10 %, given that the life varies inversely with the creep rate?",
        "A creeping alloy has a stress exponent n = 4. How many times longer is the time to 1 % strain "
        "when the stress is doubled, the creep rate rising accordingly?",
    ],
)
def test_creep_time_asked_is_refused_with_the_rate_factor(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert "time" in (answer.reason or "")


# ---- creep: the direction asked is the asked clause's, not the stress change's
def test_creep_increase_asked_when_stress_falls_is_refused() -> None:
    answer = solve(
        "An alloy creeps with a stress exponent of 5. By what factor does the creep rate increase when "
        "the stress is reduced from 90 MPa to 60 MPa?"
    )
    assert not answer.ok
    assert "direction" in (answer.reason or "")


def test_creep_decrease_asked_when_stress_falls_is_answered() -> None:
    q = (
        "An alloy creeps with a stress exponent of 5. By what factor does the creep rate decrease when "
        "the stress is reduced from 90 MPa to 60 MPa?"
    )
    assert _magnitude(q) == pytest.approx(1.5**5, rel=1e-6)


# ---- galvanic cells: the order a cell is written in
@pytest.mark.parametrize(
    "question",
    [
        "Find the emf of the cell Ni | Ni2+ (1.0 M) || Fe2+ (1.0 M) | Fe.",
        "What is the cell potential of Ag | Ag+ (0.1 M) || Zn2+ (0.1 M) | Zn?",
        "Ni | Ni2+ (0.5 M) || Ni2+ (0.005 M) | Ni: calculate the cell emf.",
        "Compute the cell potential of the reaction Ni + Fe2+ → Ni2+ + Fe when [Fe2+] = 0.1 M and "
        "[Ni2+] = 0.1 M.",
        "A cell has Cd in 0.1 M Cd2+ and Cu in 0.1 M Cu2+. What is the cell voltage as written?",
    ],
)
def test_cell_written_the_other_way_is_refused(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert "written" in (answer.reason or "")


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "Find the emf of the cell Fe | Fe2+ (1.0 M) || Ni2+ (1.0 M) | Ni.",
            -0.250 + 0.440,
        ),
        (
            "Ni | Ni2+ (0.005 M) || Ni2+ (0.5 M) | Ni: calculate the cell emf.",
            RT_F / 2 * math.log(100),
        ),
        (
            "Compute the cell potential of the reaction Fe + Ni2+ → Fe2+ + Ni when [Fe2+] = 0.1 M and "
            "[Ni2+] = 0.1 M.",
            0.190,
        ),
        (
            "A cell runs 2Ag+ + Cu → 2Ag + Cu2+ with 1.0 M Ag+ and 1.0 M Cu2+. What is its emf?",
            0.800 - 0.340,
        ),
    ],
)
def test_cell_written_the_spontaneous_way_is_answered(question: str, key: float) -> None:
    assert _magnitude(question) == pytest.approx(key, rel=1e-3)


# ---- Pilling–Bedworth: densities written as a list
@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "Zinc forms ZnO. Its densities are 7.13 and 5.61 g/cm³ for the metal and the oxide, "
            "respectively. Compute the Pilling–Bedworth ratio.",
            (65.38 + 15.999) * 7.13 / (65.38 * 5.61),
        ),
        (
            "Zinc forms ZnO. The densities are 5.61 and 7.13 g/cm³ for ZnO and Zn, respectively. "
            "Compute the Pilling–Bedworth ratio.",
            (65.38 + 15.999) * 7.13 / (65.38 * 5.61),
        ),
        (
            "Cobalt forms CoO. The densities of the oxide and the metal are 6.44 g/cm³ and 8.90 g/cm³. "
            "What is the Pilling-Bedworth ratio?",
            (58.933 + 15.999) * 8.90 / (58.933 * 6.44),
        ),
        (
            "Cobalt forms CoO. The densities of cobalt and its oxide are 8.90 and 6.44 g/cm³. What is "
            "the Pilling-Bedworth ratio?",
            (58.933 + 15.999) * 8.90 / (58.933 * 6.44),
        ),
    ],
)
def test_listed_densities_follow_their_listed_labels(question: str, key: float) -> None:
    assert _magnitude(question) == pytest.approx(key, rel=1e-3)


def test_listed_densities_without_listed_labels_are_refused() -> None:
    answer = solve(
        "Zinc forms ZnO, with densities of 7.13 and 5.61 g/cm³. Compute the Pilling–Bedworth ratio."
    )
    assert not answer.ok
    assert "list" in (answer.reason or "")


# ---- Pilling–Bedworth: a second number asked in the same sentence
@pytest.mark.parametrize(
    "question",
    [
        "Aluminium (2.70 g/cm³) forms Al2O3 (3.95 g/cm³). What is the Pilling–Bedworth ratio, and what "
        "volume of oxide forms per cm³ of aluminium consumed?",
        "Aluminium (2.70 g/cm³) forms Al2O3 (3.95 g/cm³). Find the Pilling–Bedworth ratio and how much "
        "oxide (g) forms from 1 g of aluminium.",
    ],
)
def test_second_number_asked_with_the_ratio_is_refused(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert answer.reason


def test_words_asked_with_the_ratio_still_answered() -> None:
    q = (
        "Aluminium (2.70 g/cm³) forms Al2O3 (3.95 g/cm³). What is the Pilling–Bedworth ratio, and is "
        "the film protective?"
    )
    assert _magnitude(q) == pytest.approx(101.96 * 2.70 / (2 * 26.98 * 3.95), rel=1e-3)


# ---- galvanic cells: a quantity that sets the voltage is asked, not the voltage
@pytest.mark.parametrize(
    "question",
    [
        "A cell couples Fe in 0.2 M Fe2+ with Ni in 0.004 M Ni2+. What Ni2+ concentration would bring "
        "the cell voltage to zero?",
        "A cell couples Zn in 0.01 M Zn2+ with Cu in 0.5 M Cu2+. What is the Gibbs free energy change "
        "that goes with this cell potential?",
        "A cell of Co in 0.05 M Co2+ and Ag in 0.2 M Ag+: what ratio of the ion concentrations would "
        "reverse the cell voltage?",
    ],
)
def test_quantity_setting_the_cell_voltage_is_refused(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert answer.reason


def test_cell_voltage_at_a_stated_temperature_still_answered() -> None:
    q = "A cell couples Zn in 0.01 M Zn2+ with Cu in 0.5 M Cu2+. Calculate the emf of the cell at 25 °C."
    assert _magnitude(q) == pytest.approx(1.103 - RT_F / 2 * math.log(0.01 / 0.5), rel=1e-4)


# ---- creep: a temperature change stated, or a load changed with the section
@pytest.mark.parametrize(
    "question",
    [
        "A steel creeps at 5e-8 /s under 70 MPa with a stress exponent of 5. What creep rate is expected "
        "at 90 MPa and a 40 K higher temperature?",
        "Creep tests give 3e-7 /s at 60 MPa and 2e-6 /s at 90 MPa, the second at another temperature. "
        "What is the stress exponent?",
        "A creeping bar has a stress exponent of 5. By what factor does the creep rate increase if the load "
        "is tripled and the cross-sectional area is doubled?",
    ],
)
def test_creep_with_temperature_or_section_change_is_refused(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert answer.reason


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "Creep tests at one temperature give 3e-7 /s at 60 MPa and 2e-6 /s at 90 MPa. What is the "
            "stress exponent?",
            math.log(2e-6 / 3e-7) / math.log(1.5),
        ),
        (
            "A creeping bar of 12 mm diameter has a stress exponent of 5. By what factor does the creep rate "
            "increase if the load is tripled?",
            3.0**5,
        ),
    ],
)
def test_creep_at_one_temperature_and_section_still_answered(question: str, key: float) -> None:
    assert _magnitude(question) == pytest.approx(key, rel=1e-4)


# ---- two-temperature ratio: a reciprocal-of-rate quantity, and a rise asked of a fall
@pytest.mark.parametrize(
    "question",
    [
        "A glass has a viscous-flow activation energy Q = 400 kJ/mol. What is the ratio of its viscosity "
        "at 900 K to that at 800 K?",
        "An ionic conductor has Q = 0.8 eV for conduction. What is the ratio of its resistivity at 500 K to "
        "that at 400 K?",
        "With Q = 250 kJ/mol for creep, what is the ratio of the creep life at 950 K to that at 900 K?",
        "Diffusion of Zn in Cu has Q = 190 kJ/mol. By what factor does D increase when the part cools "
        "from 1000 K to 900 K?",
    ],
)
def test_two_temperature_ratio_not_of_a_rate_or_against_its_direction_is_refused(
    question: str,
) -> None:
    answer = solve(question)
    assert not answer.ok
    assert answer.reason


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "Diffusion of Zn in Cu has Q = 190 kJ/mol. By what factor does D decrease when the part cools "
            "from 1000 K to 900 K?",
            math.exp(190e3 / R * (1 / 900 - 1 / 1000)),
        ),
        (
            "With Q = 80 kJ/mol, what is the ratio of the reaction half-life at 400 K to that at 350 K?",
            math.exp(80e3 / R * (1 / 400 - 1 / 350)),
        ),
    ],
)
def test_two_temperature_rate_and_time_ratios_still_answered(question: str, key: float) -> None:
    assert _magnitude(question) == pytest.approx(key, rel=1e-4)
