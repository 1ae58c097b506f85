"""Dimensional analysis of a program-of-thought answer (program_units): a sum of different
dimensions on the way to the result, or a result of another dimension than the asked unit's, by
the units the program's comments, the question's givens and the physical constants state."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.program_units import (
    comment_unit,
    constant_dim,
    dim_label,
    program_unit_check,
    returned_dimension,
)

MOMENTUM_Q = "A hockey puck of 0.16 kg glides at 12 m/s. Find its momentum in kg m/s."

MOMENTUM_TIMES_MASS = """
def solve():
    m = 0.16  # kg
    v = 12  # m/s
    p = m * v  # kg m/s
    return p * m
"""

MOMENTUM_RIGHT = """
def solve():
    m = 0.16  # kg
    v = 12  # m/s
    p = m * v  # kg m/s
    return p
"""


def _flagged(question: str, code: str) -> bool:
    check = program_unit_check(question, code)
    return check is not None and not check.passed


def test_a_returned_dimension_unlike_the_asked_unit_is_flagged():
    check = program_unit_check(MOMENTUM_Q, MOMENTUM_TIMES_MASS)
    assert check is not None and not check.passed
    assert "kg^2" in check.message and "kg m/s" in check.message
    assert not _flagged(MOMENTUM_Q, MOMENTUM_RIGHT)


SUM_Q = (
    "Two beacons stand on a straight road at x = 1350 m and x = 620 m; a runner passes the first, "
    "then 3.2 s later the second. (Unit: s)"
)

LENGTH_OVER_AREA_FROM_ONE = """
def solve():
    xa = 1350
    xb = 620
    t = 3.2
    d = xa - xb
    return t * (1 - d / (2 * xa * xb))
"""

LENGTH_OVER_LENGTH_FROM_ONE = """
def solve():
    xa = 1350
    xb = 620
    t = 3.2
    d = xa - xb
    return t * (1 - d / (2 * xa))
"""


def test_a_sum_of_different_dimensions_is_flagged_with_the_two_dimensions():
    check = program_unit_check(SUM_Q, LENGTH_OVER_AREA_FROM_ONE)
    assert check is not None and not check.passed
    assert "1/m" in check.message and "pure number" in check.message
    assert not _flagged(SUM_Q, LENGTH_OVER_LENGTH_FROM_ONE)


ENERGY_Q = "Estimate the least kinetic energy of a neutron confined to 5 x 10^-15 m, in MeV."

NATURAL_UNITS_WRONG = """
def solve():
    hbar = 6.582e-22  # MeV*s
    m = 939.6  # MeV/c^2
    c = 2.998e8  # m/s
    dx = 5e-15  # m
    dp = hbar / (2 * dx)
    return dp**2 / (2 * m * c**2)
"""

NATURAL_UNITS_RIGHT = """
def solve():
    hbar = 6.582e-22  # MeV*s
    m = 939.6  # MeV/c^2
    c = 2.998e8  # m/s
    dx = 5e-15  # m
    dp = hbar / (2 * dx)
    return (dp * c)**2 / (2 * m)
"""


def test_a_mass_in_mev_per_c2_is_an_energy_number():
    assert _flagged(ENERGY_Q, NATURAL_UNITS_WRONG)
    assert not _flagged(ENERGY_Q, NATURAL_UNITS_RIGHT)


PHOTON_Q = "Light of 500 nm falls on a metal. What is the photon energy in eV?"

DIVIDED_BY_CHARGE = """
def solve():
    h = 6.626e-34  # J s
    c = 3e8  # m/s
    lam = 500e-9  # m
    e = 1.602e-19  # C
    return h * c / lam / e
"""

DIVIDED_BY_A_NAMED_FACTOR = """
def solve():
    h = 6.626e-34  # J s
    c = 3e8  # m/s
    lam = 500e-9  # m
    eV = 1.602e-19  # J
    J_per_eV = 1.602e-19  # J
    return h * c / lam / eV + 0 * J_per_eV
"""


@pytest.mark.parametrize("code", [DIVIDED_BY_CHARGE, DIVIDED_BY_A_NAMED_FACTOR])
def test_an_energy_turned_into_ev_by_the_charge_or_a_factor_is_not_flagged(code):
    assert not _flagged(PHOTON_Q, code)


POUND_Q = (
    "An empty tank weighs 4.1 lb force; full of oil its mass is 2.3 slugs. The oil weighs "
    "55.0 lb force/ft3. Find the tank's volume in cubic feet."
)

POUND_FORCE = """
def solve():
    empty = 4.1  # lb force
    total_mass = 2.3  # slugs
    g = 32.174  # ft/s2, gravity
    weight = total_mass * g  # lb force
    return (weight - empty) / 55.0
"""


def test_a_pound_force_is_not_read_as_a_mass():
    assert not _flagged(POUND_Q, POUND_FORCE)


def test_a_program_with_branches_or_unknown_calls_is_not_checked():
    branching = MOMENTUM_TIMES_MASS.replace(
        "    return p * m", "    if m > 0:\n        p = p * m\n    return p"
    )
    assert returned_dimension(MOMENTUM_Q, branching) is None
    called = MOMENTUM_TIMES_MASS.replace("return p * m", "return helper(p) * m")
    assert not _flagged(MOMENTUM_Q, called)


def test_a_small_whole_number_is_not_matched_to_a_given():
    question = "A box of 3 kg rests on a 3 m shelf. Find the energy of the n = 3 level in J."
    code = "def solve():\n    n = 3\n    E0 = 2.0e-19  # J\n    return E0 * n**2\n"
    assert not _flagged(question, code)


@pytest.mark.parametrize(
    "comment,label",
    [
        ("# Planck's constant in J s", "m^2·kg/s"),
        ("# kg (10 g)", "kg"),
        ("# K, room temperature", "K"),
        ("# Mass of proton (kg)", "kg"),
        ("# 50 μC", "A·s"),
        ("# Gravitational constant, m^3 kg^-1 s^-2", "m^3/(kg·s^2)"),
    ],
)
def test_a_comment_states_a_unit(comment, label):
    d = comment_unit(comment)
    assert d is not None and dim_label(d) == label


@pytest.mark.parametrize(
    "comment",
    ["# Convert to the asked unit", "# J/kg K", "# fissions/kg s", "# weight in lb", "# Given"],
)
def test_a_comment_without_a_clear_unit_states_none(comment):
    assert comment_unit(comment) is None


def test_constants_are_recognised_only_when_unambiguous():
    assert constant_dim(6.626e-34) is not None  # h in J s
    assert constant_dim(9.81) is not None  # g
    assert constant_dim(1.602e-19) is None  # e in C, or an eV in J
    assert constant_dim(123.4) is None


ICE_Q = (
    "A cup holds 0.30 kg of tea at 30°C. How much ice at -10°C must be dropped in so that all of "
    "it melts and the tea ends at 0°C? (Unit: g)"
)
MELT_Q = (
    "A block of ice is warmed and partly melts. What is the change in mass of the solid? (Unit: g)"
)


def test_a_negative_mass_asked_as_an_amount_is_flagged():
    from matsci_jupyter.engines.answer.program_sign import negative_mass_check

    check = negative_mass_check(ICE_Q, -88.5)
    assert check is not None and not check.passed and "-88.5" in check.message
    assert negative_mass_check(ICE_Q, 88.5) is None
    assert negative_mass_check(MELT_Q, -12.0) is None  # a change may be negative
    assert negative_mass_check(ENERGY_Q, -3.0) is None  # not a mass


SLIPPED_PLANCK = """
def solve():
    h = 6.626e-33  # J s
    c = 3e8  # m/s
    lam = 500e-9  # m
    return h * c / lam
"""


def test_a_constant_with_a_slipped_power_of_ten_is_flagged_when_it_changes_the_result():
    from matsci_jupyter.engines.answer.program_constants import constant_value_check

    def rerun(code: str) -> float:
        scope: dict = {}
        exec(code, scope)  # our own test program, not a model's
        return scope["solve"]()

    value = rerun(SLIPPED_PLANCK)
    check = constant_value_check(SLIPPED_PLANCK, value, rerun)
    assert check is not None and not check.passed and "6.62607e-34" in check.message
    right = SLIPPED_PLANCK.replace("6.626e-33", "6.626e-34")
    assert constant_value_check(right, rerun(right), rerun) is None
    cancelling = SLIPPED_PLANCK.replace("return h * c / lam", "return (h * c / lam) / (h * c)")
    assert constant_value_check(cancelling, rerun(cancelling), rerun) is None


@pytest.mark.parametrize(
    "line",
    [
        "c = 343  # m/s",  # a speed of sound named c
        "m_e = 5.97e24  # kg",  # the Earth's mass named m_e
        "k = 200  # N/m",  # a spring
        "h = 1.0546e-34  # J s",  # ħ under the name h
        "g = 1.62  # m/s^2",  # the Moon's gravity
    ],
)
def test_other_values_under_a_constant_name_are_not_wrong_constants(line):
    from matsci_jupyter.engines.answer.program_constants import wrong_constants

    assert wrong_constants(f"def solve():\n    {line}\n    return 1\n") == []


def _sandbox_runs() -> bool:
    from matsci_jupyter.sandbox import run_code

    try:
        return run_code("x = 1", capture=("x",), timeout_s=10).ok
    except Exception:
        return False


@pytest.mark.skipif(not _sandbox_runs(), reason="no sandbox can run code on this machine")
def test_check_answer_flags_running_programs_by_units_sign_and_constants():
    from matsci_jupyter.engines.answer import check_answer

    assert check_answer(MOMENTUM_Q, MOMENTUM_TIMES_MASS).verdict == "flagged"
    assert check_answer(MOMENTUM_Q, MOMENTUM_RIGHT).verdict != "flagged"
    photon = SLIPPED_PLANCK.replace("return h * c / lam", "return h * c / lam / 1.602e-19")
    answer = check_answer(PHOTON_Q, photon)
    assert answer.verdict == "flagged" and "program constant" in answer.reason
    ice = "def solve():\n    return 300 * 4.186 * 30 / (2.09 * 10 + 334) * -1\n"
    assert check_answer(ICE_Q, ice).verdict == "flagged"


CHARGES_Q = (
    "Two point charges qa = 40 μC and qb = 15 μC sit 2.0 m apart. Find the force between them. "
    "(Unit: N)"
)

MILLI_FOR_MICRO = """
def solve():
    k = 8.99e9  # N m^2/C^2
    qa = 40e-3  # C
    qb = 15e-6  # C
    r = 2.0  # m
    return k * qa * qb / r**2
"""


def _run_own(code: str) -> float:
    scope: dict = {}
    exec(code, scope)  # our own test program, not a model's
    return scope["solve"]()


def test_a_given_typed_under_a_wrong_power_of_ten_is_flagged_with_the_rerun_value():
    from matsci_jupyter.engines.answer.program_givens import given_value_check

    value = _run_own(MILLI_FOR_MICRO)
    check = given_value_check(CHARGES_Q, MILLI_FOR_MICRO, value, _run_own)
    assert check is not None and not check.passed
    assert "40 μC" in check.message and "qa = 0.04" in check.message


@pytest.mark.parametrize(
    "old,new",
    [
        ("qa = 40e-3  # C", "qa = 40e-6  # C"),  # right
        ("qa = 40e-3  # C", "qa = 40e-3  # 40 μC"),  # a comment restating the given
        ("qa = 40e-3  # C", "qa = 40e-6  # μC"),  # SI value under the question's unit: stale
        ("qa = 40e-3  # C", "qa = 40  # μC"),  # the question's number and unit
    ],
)
def test_a_given_typed_right_or_under_an_unclear_comment_is_not_flagged(old, new):
    from matsci_jupyter.engines.answer.program_givens import given_value_check

    code = MILLI_FOR_MICRO.replace(old, new)
    assert given_value_check(CHARGES_Q, code, _run_own(code), _run_own) is None


# Correct programs of common kinds: mixed comment styles, conversions typed inline, natural units,
# logs of ratios, counts without units. None may be flagged by the dimensional analysis.
LOOK_ALIKE_CORRECT = [
    (
        "A 2.0 kg copper block at 90°C is dropped into 0.5 kg of water at 20°C. Find the final temperature. (Unit: °C)",
        """def solve():
    m_cu = 2.0  # kg
    c_cu = 385  # J/(kg·K)
    m_w = 0.5  # kg
    c_w = 4186  # J/kg-K
    T_cu = 90  # °C
    T_w = 20  # °C
    return (m_cu*c_cu*T_cu + m_w*c_w*T_w) / (m_cu*c_cu + m_w*c_w)
""",
    ),
    (
        "An electron is accelerated through 150 V. Find its de Broglie wavelength in nm.",
        """import math
def solve():
    h = 6.626e-34  # J s
    m = 9.109e-31  # kg
    e = 1.602e-19  # C
    V = 150  # V
    p = math.sqrt(2 * m * e * V)
    lam = h / p
    return lam * 1e9
""",
    ),
    (
        "Two moles of an ideal gas at 300 K expand isothermally from 10 L to 30 L. Find the work done by the gas in J.",
        """import math
def solve():
    n = 2  # mol
    R = 8.314  # J/(mol*K)
    T = 300  # K
    V1 = 10  # L
    V2 = 30  # L
    return n * R * T * math.log(V2 / V1)
""",
    ),
    (
        "A hydrogen atom makes a transition from n = 3 to n = 2. Find the photon energy in eV.",
        """def solve():
    E0 = 13.6  # eV
    n1 = 2
    n2 = 3
    return E0 * (1 / n1**2 - 1 / n2**2)
""",
    ),
    (
        "A wire of resistivity 1.7e-8 ohm m, length 20 m and diameter 1.0 mm. Find its resistance. (Unit: Ω)",
        """import math
def solve():
    rho = 1.7e-8  # ohm*m
    L = 20  # m
    d = 1.0e-3  # m
    A = math.pi * (d / 2)**2
    return rho * L / A
""",
    ),
    (
        "A 0.5 kg mass on a spring of constant 200 N/m. Find the period of oscillation in s.",
        """import math
def solve():
    m = 0.5  # kg
    k = 200  # N/m
    T = 2 * math.pi * math.sqrt(m / k)
    return T
""",
    ),
    (
        "A car speeds up from 36 km/h to 72 km/h in 5 s. Find its acceleration. (Unit: m/s^2)",
        """def solve():
    v1 = 36 * 1000 / 3600  # m/s
    v2 = 72 / 3.6  # m/s
    t = 5  # s
    return (v2 - v1) / t
""",
    ),
    (
        "The surface of a star is at 5800 K. Find the wavelength of peak emission in nm.",
        """def solve():
    b = 2.898e-3  # m K
    T = 5800  # K
    return b / T * 1e9
""",
    ),
    (
        "A proton moves at 0.8c. Find its kinetic energy in MeV.",
        """import math
def solve():
    m = 938.27  # MeV/c^2
    beta = 0.8
    gamma = 1 / math.sqrt(1 - beta**2)
    return (gamma - 1) * m
""",
    ),
    (
        "Water flows at 2 m/s; the pipe narrows from 4 cm to 2 cm diameter. Narrow-part speed? (Unit: m/s)",
        """def solve():
    v1 = 2  # m/s
    d1 = 4  # cm
    d2 = 2  # cm
    return v1 * (d1 / d2)**2
""",
    ),
    (
        "A 1200 W heater runs for 2 hours. Find the energy used in kWh.",
        """def solve():
    P = 1200  # W
    t = 2  # hours
    return P * t / 1000
""",
    ),
    (
        "A 60 W bulb emits light of 550 nm. How many photons per second? ",
        """def solve():
    P = 60  # W
    h = 6.626e-34  # J*s
    c = 3e8  # m/s
    lam = 550e-9  # m
    return P / (h * c / lam)
""",
    ),
    (
        "Find the escape speed from Earth. (Unit: km/s)",
        """import math
def solve():
    G = 6.674e-11  # N m^2/kg^2
    M = 5.97e24  # kg
    R = 6.371e6  # m
    return math.sqrt(2 * G * M / R) / 1000
""",
    ),
    (
        "Find the rms speed of nitrogen molecules at 300 K. (Unit: m/s)",
        """import math
def solve():
    k = 1.38e-23  # J/K
    T = 300  # K
    m = 28 * 1.66e-27  # kg
    return math.sqrt(3 * k * T / m)
""",
    ),
    (
        "A capacitor of 10 μF is charged to 12 V. Find the stored energy in mJ.",
        """def solve():
    C = 10e-6  # F
    V = 12  # V
    return 0.5 * C * V**2 * 1000
""",
    ),
    (
        "Sound of 440 Hz travels in air at 343 m/s. Find the wavelength in m.",
        """def solve():
    f = 440  # Hz
    v = 343  # m/s
    return v / f
""",
    ),
]


@pytest.mark.parametrize("question,code", LOOK_ALIKE_CORRECT)
def test_correct_programs_of_common_kinds_are_not_flagged(question, code):
    assert not _flagged(question, code)


def test_a_unit_run_together_after_a_slash_is_not_read():
    assert comment_unit("# W/mK") is None  # per metre-kelvin, or per millikelvin
    assert comment_unit("# W/(m K)") is not None


@pytest.mark.parametrize(
    "line", ["R = 8.314  # kJ/(mol*K)", "h = 6.626e-31  # J s", "G = 6.674e-11  # N*cm^2/kg^2"]
)
def test_a_constant_a_power_of_1000_or_si_away_is_a_stale_comment(line):
    from matsci_jupyter.engines.answer.program_constants import wrong_constants

    assert wrong_constants(f"def solve():\n    {line}\n    return 1\n") == []


def test_a_tiny_number_inside_a_formula_is_no_plain_factor():
    code = "def solve():\n    h = 6.626e-34\n    return h * 3e8 / 5e-7\n"
    assert not _flagged("Find the photon energy in J.", code)
    assert returned_dimension("Find the photon energy in J.", code) == (
        None,
        "h * 300000000.0 / 5e-07",
    )
