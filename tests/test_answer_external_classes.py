"""Wrong-answer classes found by writing neighbours of the external development items (session 12,
helper probex), each with a question that was answered wrong and a look-alike that keeps its answer.
Our own wording throughout."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.asked_conditions import amount_change_refusal, scaling_refusal
from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.units import get_registry

EPS0 = 8.8541878128e-12


def _value(question: str, unit: str) -> float | None:
    a = solve(question)
    if not a.ok:
        return None
    return float(a.quantity.to(get_registry().Unit(unit)).magnitude)


# ---------------------------------------------------------------- Gauss's law: the whole closed surface
@pytest.mark.parametrize(
    "question",
    [
        "A 3.0 µC point charge is at the centre of a Gaussian cube 40 cm on edge. "
        "What is the electric flux through the cube's top face?",
        "A 3.0 µC point charge is at the centre of a Gaussian cube 40 cm on "
        "edge. What is the electric flux through each of its faces?",
        "A 3.0 nC point charge is placed at a corner of a Gaussian cube 40 cm on "
        "edge. What is the net flux through the cube's surface?",
        "A 3.0 nC point charge lies outside a closed spherical surface. "
        "What is the net electric flux through the surface?",
        "A sphere of radius 20 cm is uniformly charged with 3.0 µC. What is the "
        "flux through a concentric spherical surface of radius 10 cm?",
    ],
)
def test_gauss_part_of_surface_refused(question: str) -> None:
    assert _value(question, "N*m**2/C") is None


def test_gauss_whole_surface_kept() -> None:
    q = (
        "A 3.0 µC point charge is at the centre of a Gaussian cube 40 cm on "
        "edge. What is the net electric flux through the surface?"
    )
    assert _value(q, "N*m**2/C") == pytest.approx(3e-6 / EPS0, rel=1e-6)


# ---------------------------------------------------------------- a share of the amount taken away
@pytest.mark.parametrize(
    "question",
    [
        "A 2.00 dm^3 flask holds 0.400 g of helium at 300 K. Half of the helium is then pumped "
        "out. Use the perfect gas law to find the pressure of what remains, in atm.",
        "Suppose that 4.0 mol of N2(g) is confined to 10.0 dm^3 at 300 K. Predict the pressure "
        "from the perfect gas law after a quarter of it has been let out, in atm.",
    ],
)
def test_share_of_amount_removed_refused(question: str) -> None:
    assert _value(question, "atm") is None


def test_amount_unchanged_kept() -> None:
    q = (
        "Suppose that 4.0 mol of N2(g) is confined to 10.0 dm^3 at 300 K. "
        "Predict the pressure from the perfect gas law, in atm."
    )
    assert _value(q, "atm") == pytest.approx(4 * 8.314462618 * 300 / 0.01 / 101325, rel=1e-6)


def test_amount_change_reading() -> None:
    assert amount_change_refusal("Some of the gas is let out through a valve.")
    assert amount_change_refusal("The pump removes half of the air.")
    assert amount_change_refusal("After one half-life, half of the nuclei have decayed.") is None
    assert amount_change_refusal("Half of the light is absorbed by the film.") is None


# ---------------------------------------------------------------- heat named by the way it flows
def test_heat_given_off_refused() -> None:
    # keyed as a positive amount by textbooks and as a negative Q by others: no number either way
    q = (
        "How much heat does 0.50 kg of copper (c = 385 J kg^-1 K^-1) give off as it cools from 90 °C "
        "to 30 °C? Give the answer in kJ."
    )
    assert _value(q, "kJ") is None
    q = "How much heat is lost by 0.50 kg of copper (c = 385 J kg^-1 K^-1) cooling from 90 °C to 30 °C, in kJ?"
    assert _value(q, "kJ") is None


def test_heat_direction_against_the_values_refused() -> None:
    q = (
        "How much heat is absorbed by 0.50 kg of copper (c = 385 J "
        "kg^-1 K^-1) cooled from 90 °C to 30 °C, in kJ?"
    )
    assert _value(q, "kJ") is None


def test_heat_taken_in_kept() -> None:
    q = (
        "How much heat is needed to warm 0.50 kg of copper (c = 385 "
        "J kg^-1 K^-1) from 30 °C to 90 °C, in kJ?"
    )
    assert _value(q, "kJ") == pytest.approx(0.5 * 385 * 60 / 1000)


# ---------------------------------------------------------------- a time for part of a turn
@pytest.mark.parametrize(
    "question",
    [
        "A toy train runs at constant speed on a circular track of radius 2.0 m and goes "
        "half way round in 6.0 s. What is its acceleration? (Unit: m/s^2)",
        "A toy train runs at constant speed on a circular track of radius 2.0 m and covers a "
        "quarter of the circle in 3.0 s. What is its acceleration? (Unit: m/s^2)",
    ],
)
def test_part_of_turn_refused(question: str) -> None:
    assert _value(question, "m/s**2") is None


def test_whole_turn_kept() -> None:
    q = (
        "A toy train runs at constant speed on a circular track of radius 2.0 m, making a "
        "complete circle in 6.0 s. What is its acceleration? (Unit: m/s^2)"
    )
    assert _value(q, "m/s**2") == pytest.approx(4 * 3.14159265358979**2 * 2 / 36, rel=1e-6)


# ---------------------------------------------------------------- c = λν and E = hc/λ only for light
@pytest.mark.parametrize(
    ("question", "unit"),
    [
        (
            "A simple pendulum 0.80 m long swings where g = 9.8 "
            "m/s^2. What is its frequency in Hz?",
            "Hz",
        ),
        ("Calculate the energy, in eV, of a neutron with a wavelength of 0.20 nm.", "eV"),
        ("An electron has a de Broglie wavelength of 0.20 nm. What is its frequency, in Hz?", "Hz"),
        ("What is the frequency of a 2.0 m wave? Give it in Hz.", "Hz"),
    ],
)
def test_not_light_refused(question: str, unit: str) -> None:
    got = _value(question, unit)
    assert got is None or got < 1e6  # never c/λ or hc/λ


@pytest.mark.parametrize(
    ("question", "unit", "key"),
    [
        (
            "A green laser emits light at 532 nm. Calculate the frequency of this light, in Hz.",
            "Hz",
            299792458 / 532e-9,
        ),
        (
            "A radio station broadcasts at 90 MHz. What is the wavelength of its waves, in m?",
            "m",
            299792458 / 90e6,
        ),
        (
            "Calculate the wavelength of a photon with an energy of 50 eV, in nm.",
            "nm",
            1239.841984 / 50,
        ),
    ],
)
def test_light_kept(question: str, unit: str, key: float) -> None:
    assert _value(question, unit) == pytest.approx(key, rel=1e-6)


# ---------------------------------------------------------------- several photons per event
def test_two_photons_refused() -> None:
    q = (
        "A dye molecule is excited by absorbing two photons of wavelength "
        "900 nm at once. What is the excitation energy in eV?"
    )
    assert _value(q, "eV") is None


def test_harmonic_of_the_light_refused() -> None:
    q = "A Nd:YAG laser emits at 1064 nm. What is the frequency of its second harmonic, in Hz?"
    assert _value(q, "Hz") is None


def test_one_photon_kept() -> None:
    q = (
        "A dye molecule is excited by absorbing one photon of wavelength "
        "450 nm. What is the excitation energy in eV?"
    )
    assert _value(q, "eV") == pytest.approx(1239.841984 / 450, rel=1e-6)


# ---------------------------------------------------------------- a force of another interaction
def test_gravitational_force_not_coulomb() -> None:
    q = (
        "What must be the distance in metres between charges q1 = 10.0 µC and q2 = "
        "−20.0 µC for the gravitational force between them to be 1.0 N?"
    )
    assert _value(q, "m") is None


def test_electrostatic_force_kept() -> None:
    q = (
        "What must be the distance in metres between charges q1 = 10.0 µC and q2 = −20.0 µC "
        "for the electrostatic force between them to have a magnitude of 1.0 N?"
    )
    assert _value(q, "m") == pytest.approx((8.9875517923e9 * 200e-12) ** 0.5, rel=1e-6)


# ---------------------------------------------------------------- a potential difference changes the energy
def test_voltage_beside_kinetic_energy_not_set_aside() -> None:
    q = (
        "An electron with a kinetic energy of 80 eV then passes through a retarding potential "
        "difference of 30 V. What is its de Broglie wavelength afterwards, in nm?"
    )
    assert _value(q, "nm") is None


def test_kinetic_energy_alone_kept() -> None:
    q = "Calculate the de Broglie wavelength of an electron with a kinetic energy of 80 eV, in nm."
    key = 6.62607015e-34 / (2 * 9.1093837015e-31 * 80 * 1.602176634e-19) ** 0.5 * 1e9
    assert _value(q, "nm") == pytest.approx(key, rel=1e-6)


# ---------------------------------------------------------------- 'half its speed' changes a value in words
def test_half_its_speed_is_a_worded_change() -> None:
    q = (
        "An electron with a kinetic energy of 80 eV is slowed to half its "
        "speed. What is its de Broglie wavelength then, in nm?"
    )
    assert _value(q, "nm") is None
    assert (
        scaling_refusal("How long until the concentration falls to half its initial value?") is None
    )


# ---------------------------------------------------------------- the photoelectric equation gives the fastest
@pytest.mark.parametrize("which", ["minimum", "average"])
def test_photoelectron_not_fastest_refused(which: str) -> None:
    q = (
        "Light of wavelength 380 nm falls on a metal whose work function is 2.50 eV. What is the "
        f"{which} kinetic energy of the emitted electrons, in eV?"
    )
    assert _value(q, "eV") is None


def test_photoelectron_fastest_kept() -> None:
    q = (
        "Light of wavelength 380 nm falls on a metal whose work function is 2.50 eV. What is the "
        "maximum kinetic energy of the emitted electrons, in eV?"
    )
    assert _value(q, "eV") == pytest.approx(1239.841984 / 380 - 2.5, rel=1e-6)
