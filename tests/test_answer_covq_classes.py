"""Reading classes found in exam sets N, O and P (fatigue damage, transformation kinetics).

* Palmgren–Miner: after blocks of cycles at levels with known lives, the cycles still available at
  one level are N (1 − Σ n/N). The counts are read as lives or as applied cycles by their words, and
  tied to their stress (after them, in a parallel list, or written before them in their sentence),
  or, with no stress written, to the sentence they share.
* Avrami through two measured points: the exponent n, the time to a stated fraction and the fraction
  at a stated time, with both constants fixed by the two points.

Every question here is written for these tests; each class has look-alikes that must stay refused.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer


def _value(question: str, unit: str) -> float:
    a = answer(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> bool:
    return answer(question).quantity is None


# ------------------------------------------------------------------ Palmgren–Miner


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "A connecting rod has run 30 000 cycles at an amplitude where its fatigue life is 120 000 "
            "cycles. In new service its life would be 500 000 cycles. Using Miner's rule, how many more "
            "cycles can it take in the new service?",
            500_000 * (1 - 30_000 / 120_000),
        ),
        (
            "A steel axle has been run for 3 × 10^5 cycles at 250 MPa, where its fatigue life is 10^6 "
            "cycles. At 300 MPa its life is 2 × 10^5 cycles. By the Palmgren-Miner rule, how many "
            "additional cycles at 300 MPa can it withstand?",
            2e5 * (1 - 0.3),
        ),
        (
            "Test coupons of a titanium alloy have fatigue lives of 5 × 10^4, 2 × 10^5 and 10^6 cycles "
            "at stress amplitudes of 600, 500 and 400 MPa. A component has seen 10^4 cycles at 600 MPa "
            "and 4 × 10^4 cycles at 500 MPa. Assuming linear cumulative damage, how many more cycles "
            "can it endure at 400 MPa?",
            1e6 * (1 - 1e4 / 5e4 - 4e4 / 2e5),
        ),
        (
            "A spring was subjected to 40 000 cycles at a load level for which it fails after 100 000 "
            "cycles. Under a second, higher load its life is 25 000 cycles. Assuming cumulative damage "
            "by Miner's rule, how many further cycles can it survive under the higher load?",
            25_000 * 0.6,
        ),
    ],
)
def test_miner_rule_gives_the_cycles_left_at_one_level(question: str, expected: float) -> None:
    assert math.isclose(_value(question, "dimensionless"), expected, rel_tol=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        # the damage already done exceeds one: the part has failed
        "A bolt first sees 90 000 cycles at a stress amplitude for which its fatigue life is 80 000 "
        "cycles. Its life at a lower amplitude is 300 000 cycles. Using Miner's rule, how many more "
        "cycles can it take at the lower amplitude?",
        # three lives listed against three stresses, only two lives written
        "A bracket has fatigue lives of 10^5 and 4 × 10^5 cycles at stress amplitudes of 180, 140 and "
        "155 MPa. It has already seen 2 × 10^4 cycles at 180 MPa. Using Miner's rule, how many more "
        "cycles can it endure at 155 MPa?",
        # the asked level has no life stated
        "A shaft has a fatigue life of 10^6 cycles at 200 MPa and has seen 2 × 10^5 cycles at 200 MPa. "
        "Using Miner's rule, how many more cycles can it endure at 250 MPa?",
        # a time asked (the loading frequency given): not a count of cycles
        "A shaft has been run for 3 × 10^5 cycles at 250 MPa at 10 Hz, where its fatigue life is "
        "10^6 cycles. At 300 MPa its life is 2 × 10^5 cycles. By Miner's rule, how many more hours "
        "can it run at 300 MPa?",
    ],
)
def test_miner_rule_refuses_what_it_cannot_tie(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ Avrami through two measured points


def _n(t1: float, y1: float, t2: float, y2: float) -> float:
    return math.log(math.log(1 - y2) / math.log(1 - y1)) / math.log(t2 / t1)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Recrystallization of a cold-drawn wire follows Avrami kinetics: 15 % has recrystallized "
            "after 20 min and 70 % after 60 min. Determine the Avrami exponent.",
            _n(20, 0.15, 60, 0.70),
        ),
        (
            "For an isothermal transformation obeying y = 1 - exp(-k t^n), the fraction transformed "
            "is 0.30 after 12 s and 0.90 after 40 s. Find n.",
            _n(12, 0.30, 40, 0.90),
        ),
        (
            "After 100 s, 10 % of a bainite reaction is complete and after 300 s, 65 % is complete. "
            "Taking the kinetics to be of the Avrami type, what is the time exponent?",
            _n(100, 0.10, 300, 0.65),
        ),
    ],
)
def test_avrami_exponent_from_two_points(question: str, expected: float) -> None:
    assert math.isclose(_value(question, "dimensionless"), expected, rel_tol=1e-6)


def test_avrami_time_to_a_fraction_from_two_points() -> None:
    n = _n(30, 0.10, 90, 0.60)
    k = -math.log(0.9) / 30**n
    t = (-math.log(0.05) / k) ** (1 / n)
    q = (
        "An alloy transforms isothermally following the Avrami equation: after 30 s the transformed "
        "fraction is 0.10, and after 90 s it is 0.60. How long will it take for 95 % of the alloy "
        "to transform? Answer in minutes."
    )
    assert math.isclose(_value(q, "s"), t, rel_tol=1e-6)
    assert answer(q).unit_requested == "minutes"


def test_avrami_fraction_at_a_time_from_two_points() -> None:
    n = _n(30, 0.10, 90, 0.60)
    k = -math.log(0.9) / 30**n
    y = 1 - math.exp(-k * 60**n)
    q = (
        "An alloy transforms isothermally following the Avrami equation: after 30 s the transformed "
        "fraction is 0.10, and after 90 s it is 0.60. What fraction will have transformed after 60 s?"
    )
    assert math.isclose(_value(q, "dimensionless"), y, rel_tol=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        # an increment over the later point is not the time to the fraction
        "An alloy transforms isothermally following the Avrami equation: after 30 s the transformed "
        "fraction is 0.10, and after 90 s it is 0.60. How many more seconds are needed to reach 95 %?",
        # the later point has transformed less: no Avrami curve through both
        "An alloy transforms isothermally following the Avrami equation: after 30 s the transformed "
        "fraction is 0.60, and after 90 s it is 0.10. Find the exponent n.",
        # no Avrami kinetics named or written
        "An alloy transforms isothermally: after 30 s the transformed fraction is 0.10, and after "
        "90 s it is 0.60. Find the exponent n.",
        # three measured points: which two to use is not said
        "An Avrami transformation is 10 % complete after 30 s, 40 % after 60 s and 60 % after 90 s. "
        "Find the exponent n.",
    ],
)
def test_avrami_two_points_refuses_look_alikes(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ standard density and atomic weight

_AVOGADRO = 6.02214076e23
_BOLTZMANN_EV = 8.617333262e-5


def _vacancies(density: float, weight: float, q_ev: float, temp_k: float) -> float:
    """Vacancies per m³: N_A ρ/A exp(−Q/kT), ρ in g/cm³, A in g/mol."""
    return _AVOGADRO * density * 1e6 / weight * math.exp(-q_ev / (_BOLTZMANN_EV * temp_k))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Copper needs 0.90 eV to form a vacancy. With accepted values of the density and atomic "
            "weight of copper, how many vacancies are there per cubic metre at 1273 K?",
            _vacancies(8.96, 63.55, 0.90, 1273),
        ),
        (
            "Tungsten has a vacancy formation energy of 3.6 eV per atom. Using tabulated data for the "
            "density and atomic mass of W, estimate the vacancy concentration in m^-3 at 3000 K.",
            _vacancies(19.25, 183.84, 3.6, 3000),
        ),
        (
            "The vacancy formation energy of nickel is 1.6 eV. Using handbook values for the density "
            "and atomic weight, how many vacancies per cubic metre does nickel hold at 1200 K?",
            _vacancies(8.90, 58.69, 1.6, 1200),
        ),
    ],
)
def test_standard_density_and_weight_of_a_named_metal(question: str, expected: float) -> None:
    a = answer(question)
    assert a.quantity is not None, a.reason
    assert math.isclose(float(a.quantity.to("1/m**3").magnitude), expected, rel_tol=1e-3)
    assert any("standard values used" in n for n in a.notes)


@pytest.mark.parametrize(
    "question",
    [
        # the question's own density competes with the table
        "The energy to form a vacancy in copper is 0.90 eV/atom and its density is 8.9 g/cm^3. How "
        "many vacancies per cubic metre are there at 1000 °C? (Use standard values for the atomic "
        "weight of Cu.)",
        # an alloy is not the element of the table
        "The energy to form a vacancy in a copper-nickel alloy is 0.90 eV/atom. Using standard values "
        "for the density and atomic weight of Cu, how many vacancies per cubic metre are there at "
        "1000 °C?",
        # two metals named: which one's values are meant is not said
        "A copper wire is joined to a nickel wire. Using standard values for the density and atomic "
        "weight, how many vacancies per cubic metre are in the wire at 1000 K if Qv = 0.9 eV?",
        # no standard values asked for
        "The energy to form a vacancy in copper is 0.90 eV/atom. How many vacancies per cubic metre "
        "are there at 1000 °C?",
    ],
)
def test_standard_density_and_weight_not_written_in(question: str) -> None:
    from matsci_jupyter.engines.answer.standard_metal_data import with_standard_density_and_weight

    assert with_standard_density_and_weight(question) == (question, [])


# ------------------------------------------------------------------ percentage change against the base


def _porous(p: float) -> float:
    """E/E₀ − 1 for E = E₀(1 − 1.9P + 0.9P²), in percent."""
    return 100 * (-1.9 * p + 0.9 * p**2)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Dense silicon carbide has a modulus of 410 GPa. Find the percent change in its elastic "
            "modulus if the porosity is 12 vol% (E = E0(1 − 1.9P + 0.9P²)).",
            _porous(0.12),
        ),
        (
            "The elastic modulus of fully dense magnesia is 225 GPa. By what percentage does the "
            "modulus decrease when the porosity is 8 vol%? Use E = E0(1 - 1.9P + 0.9P^2).",
            -_porous(0.08),
        ),
        (
            "The resistivity of a metal wire is 1.72 × 10^-8 Ω·m at 20 °C and its temperature "
            "coefficient of resistivity is 0.0039 per °C. By what percentage does its resistivity "
            "increase when it is heated to 100 °C?",
            100 * 0.0039 * 80,
        ),
    ],
)
def test_percentage_change_against_the_stated_base(question: str, expected: float) -> None:
    assert math.isclose(_value(question, "percent"), expected, rel_tol=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        # asked as an increase, and by the data the modulus falls
        "The elastic modulus of fully dense magnesia is 225 GPa. By what percentage does the modulus "
        "increase when the porosity is 8 vol%? Use E = E0(1 - 1.9P + 0.9P^2).",
        # the length at the new state is not computed by the library (only its change): no base pair
        "A copper rod is 2.000 m long at 20 °C; its linear expansion coefficient is 17 × 10^-6 per K. "
        "What is the percentage change in its length when it is heated to 120 °C?",
        # two moduli stated: which one is the base is not said
        "Dense alumina has a modulus of 380 GPa and a shear modulus of 150 GPa. What is the "
        "percentage change in the modulus when the porosity is 5 vol%? (E = E0(1 − 1.9P + 0.9P²))",
    ],
)
def test_percentage_change_refuses_look_alikes(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ standard moment of a ferromagnet

_BOHR = 9.2740100783e-24  # A·m²


def _saturation(moment: float, density: float, weight: float) -> float:
    """M_s = n_B μ_B N_A ρ/A in A/m, ρ in g/cm³, A in g/mol."""
    return moment * _BOHR * _AVOGADRO * density * 1e6 / weight


@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            "From the net magnetic moment per atom of nickel, estimate its saturation magnetization "
            "in A/m. Nickel: density 8.90 g/cm^3, atomic weight 58.69 g/mol.",
            "A/m",
            _saturation(0.60, 8.90, 58.69),
        ),
        (
            "Using the known net magnetic moment per atom, compute the saturation flux density of "
            "cobalt in tesla. Cobalt: density 8.90 g/cm^3, atomic weight 58.93 g/mol.",
            "T",
            4e-7 * math.pi * _saturation(1.72, 8.90, 58.93),
        ),
        (
            "What is the saturation magnetization of BCC iron, in A/m? Its density is 7.87 g/cm³ and "
            "its atomic weight 55.85 g/mol; take the standard moment per iron atom.",
            "A/m",
            _saturation(2.22, 7.87, 55.85),
        ),
    ],
)
def test_standard_moment_per_atom_of_a_named_ferromagnet(
    question: str, unit: str, expected: float
) -> None:
    assert math.isclose(_value(question, unit), expected, rel_tol=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # the moment is what is asked
        "BCC iron has a saturation magnetization of 1.71e6 A/m, a density of 7.87 g/cm^3 and an "
        "atomic weight of 55.85 g/mol. Calculate the net magnetic moment per iron atom.",
        # a ferrite is not the element
        "Estimate the saturation magnetization of a nickel ferrite from its net magnetic moment per "
        "atom. Density 5.4 g/cm3, molar mass 234.4 g/mol.",
        # the question states the moment itself
        "Each nickel atom carries 0.62 Bohr magneton. Estimate the saturation magnetization of nickel "
        "from its net magnetic moment per atom; density 8.90 g/cm^3, atomic weight 58.69 g/mol.",
        # two ferromagnets named
        "An iron–nickel laminate: estimate the saturation magnetization of the nickel layer from its "
        "net magnetic moment per atom, density 8.90 g/cm^3, atomic weight 58.69 g/mol.",
    ],
)
def test_standard_moment_not_written_in(question: str) -> None:
    from matsci_jupyter.engines.answer.standard_metal_data import with_standard_magnetic_moment

    assert with_standard_magnetic_moment(question) == (question, [])
