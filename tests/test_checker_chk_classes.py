"""Checker classes of session 29 (chk): each class stated with several phrasings of our own, the
wrong response flagged and its correct twin left alone."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.check_answer import asked_part_text, check_response
from matsci_jupyter.engines.answer.final_checks import own_result_check
from matsci_jupyter.engines.answer.final_copy import worded_power
from matsci_jupyter.engines.answer.prose import FinalAnswer


def _verdict(question: str, response: str) -> str:
    return check_response(question, response).verdict


# --- a power of ten written in words ('38.1 thousand J') ------------------------------------------


def test_worded_power_reads_words_and_k_but_not_kelvin_or_molar() -> None:
    assert worded_power("Q ≈ 38.1 thousand J") == 3
    assert worded_power("about 2.5 million cycles") == 6
    assert worded_power("N ≈ 31.3k") == 3
    assert worded_power("T ≈ 300 K") == 0
    assert worded_power("c = 0.5 M") == 0
    assert worded_power("m = 5 kg") == 0


def test_the_thousand_guard_of_the_own_result_check_fires() -> None:
    """The guard used to hold backspace characters where \\b was meant and never matched."""
    from matsci_jupyter.units import get_registry

    q = get_registry().Quantity
    lines = [
        "Q = m c ΔT = 2000 g × 0.476 J/(g·K) × 40 K = 38,080 J",
        "Final Answer: Q ≈ 38.1 thousand J",
    ]
    final = FinalAnswer(text="Q ≈ 38.1 thousand J", line=lines[-1], how="marker")
    assert own_result_check("", lines, final, q(38.1, "J"), 0.0) is None
    slipped = FinalAnswer(
        text="Q ≈ 3.81 × 10^3 J", line="Final Answer: Q ≈ 3.81 × 10^3 J", how="marker"
    )
    lines2 = [*lines[:1], slipped.line]
    found = own_result_check("", lines2, slipped, q(3810, "J"), 0.0)
    assert found is not None and not found.passed


HEAT_Q = (
    "A 2.0 kg steel part is heated by 40 K. The specific heat of steel is 0.476 J/(g·K). How much "
    "heat is absorbed, in joules?"
)
HEAT_STEP = "Q = m c ΔT = 2000 g × 0.476 J/(g·K) × 40 K = 38,080 J\n\nFinal Answer: "


@pytest.mark.parametrize(
    "final", ["Q ≈ 38.1 thousand J", "Q ≈ 38.1 thousand joules", "Q ≈ 38,080 J"]
)
def test_a_final_with_its_power_of_ten_in_words_is_not_flagged(final: str) -> None:
    assert _verdict(HEAT_Q, HEAT_STEP + final) != "flagged"


@pytest.mark.parametrize("final", ["Q ≈ 3.81 thousand J", "Q ≈ 3.81 × 10^3 J"])
def test_a_power_of_ten_slip_next_to_words_is_still_flagged(final: str) -> None:
    assert _verdict(HEAT_Q, HEAT_STEP + final) == "flagged"


# --- a final that miscopies the bare result just before it ------------------------------------------

RATIO_Q = "Two moduli are 212 GPa and 187 GPa. What is their ratio (three significant figures)?"


@pytest.mark.parametrize(
    ("final", "flagged"),
    [
        ("So the answer is 1.31.", True),
        ("So the answer is 1.18.", True),
        ("So the answer is 1.13.", False),
    ],
)
def test_a_bare_ratio_miscopied_in_the_final_line(final: str, flagged: bool) -> None:
    response = f"The ratio is E₁/E₂ = 212/187 = 1.1337.\n\n{final}"
    assert (_verdict(RATIO_Q, response) == "flagged") is flagged


def test_a_bare_ratio_ten_times_off_is_not_read_as_a_miscopy() -> None:
    """Bare numbers may be percentages or scaled: only a miscopied digit is read."""
    from matsci_jupyter.engines.answer.final_copy import copied_final_check
    from matsci_jupyter.engines.answer.prose import statements

    lines = ["The ratio is E₁/E₂ = 212/187 = 1.1337.", "So the answer is 11.3."]
    final = FinalAnswer(text="11.3.", line=lines[-1], how="marker")
    assert copied_final_check(lines, statements(lines), final) is None


COND_Q = (
    "A wire carries 4.0 × 10^28 free electrons per m³ with a mobility of 0.0040 m²/(V·s). "
    "What is its conductivity in (Ω·cm)^-1?"
)


@pytest.mark.parametrize(("final", "flagged"), [("2.65 × 10^5", True), ("2.56 × 10^5", False)])
def test_a_bare_final_read_in_the_asked_unit_is_compared_with_the_result_before_it(
    final: str, flagged: bool
) -> None:
    response = (
        "σ = n e μ = 4.0 × 10^28 × 1.602 × 10^-19 × 0.0040 = 2.563 × 10^7 S/m\n\n"
        f"In (Ω·cm)^-1:\n\n{final}"
    )
    assert (_verdict(COND_Q, response) == "flagged") is flagged


# --- a fraction asked, a bare percentage answered ----------------------------------------------------

FRACTION_QS = [
    "A 0.25 wt% C steel is cooled slowly. What is the mass fraction of proeutectoid ferrite?",
    "A brass holds 30 wt% Zn. What is the mole fraction of zinc? (Cu 63.55 g/mol, Zn 65.38 g/mol)",
    "A composite holds 12 kg of fibre (density 2.5 g/cm³) and 8 kg of epoxy (1.2 g/cm³). Find the "
    "fibre volume fraction.",
]


@pytest.mark.parametrize("question", FRACTION_QS)
def test_a_fraction_answered_as_a_bare_percentage_is_flagged(question: str) -> None:
    response = (
        "The lever rule gives f = 0.413/0.562 = 0.7349.\nAs a fraction: 0.7349 × 100 = 73.5\n\n"
        "Final Answer: 73.5"
    )
    assert _verdict(question, response) == "flagged"


@pytest.mark.parametrize("question", FRACTION_QS)
def test_a_fraction_answered_as_a_fraction_or_a_marked_percentage_is_not_flagged(
    question: str,
) -> None:
    plain = "The lever rule gives f = 0.413/0.562 = 0.7349.\n\nFinal Answer: 0.735"
    marked = "The lever rule gives f = 0.413/0.562 = 0.7349.\nf = 0.7349 × 100 % = 73.5 %\n\nFinal Answer: 73.5 %"
    assert "percent:" not in (check_response(question, plain).reason or "")
    assert "percent:" not in (check_response(question, marked).reason or "")


def test_a_percentage_asked_is_not_read_as_a_fraction() -> None:
    question = (
        "A 0.25 wt% C steel is cooled slowly. What percentage of it is proeutectoid ferrite (as a "
        "fraction × 100)?"
    )
    response = "f = 0.413/0.562 = 0.7349\n0.7349 × 100 = 73.5\n\nFinal Answer: 73.5"
    assert "percent:" not in (check_response(question, response).reason or "")


# --- a temperature asked, a temperature change answered ----------------------------------------------

TEMPERATURE_QS = [
    (
        "A steel rail is clamped at both ends and is stress-free at 15 °C. With E = 200 GPa and "
        "α = 12 × 10^-6 °C^-1, to what highest temperature may it be heated before the compressive "
        "stress reaches 150 MPa?",
        "σ = EαΔT, so ΔT = σ/(Eα) = 150 × 10^6/(200 × 10^9 × 12 × 10^-6) = 62.5 °C",
        "15 + 62.5 = 77.5 °C",
    ),
    (
        "An aluminium bar, free of stress at 80 °F and held between rigid walls, has E = 10 × 10^6 psi "
        "and α = 13 × 10^-6 °F^-1. What is the lowest temperature it may be cooled to if the tensile "
        "stress may not exceed 12 ksi?",
        "ΔT = σ/(Eα) = 12 000/(10 × 10^6 × 13 × 10^-6) = 92.3 °F",
        "80 − 92.3 = −12.3 °F",
    ),
]


@pytest.mark.parametrize(("question", "step", "_done"), TEMPERATURE_QS)
def test_a_temperature_change_given_for_the_temperature_asked_is_flagged(
    question: str, step: str, _done: str
) -> None:
    assert (
        _verdict(question, f"{step}\n\nFinal Answer: {step.rsplit('=', 1)[1].strip()}") == "flagged"
    )
    assert (
        _verdict(question, f"{step}\n\nallowed temperature rise: {step.rsplit('=', 1)[1].strip()}")
        == "flagged"
    )


@pytest.mark.parametrize(("question", "step", "done"), TEMPERATURE_QS)
def test_the_temperature_reached_is_not_flagged(question: str, step: str, done: str) -> None:
    reason = check_response(
        question, f"{step}\nT = {done}\n\nFinal Answer: {done.rsplit('=', 1)[1].strip()}"
    ).reason
    assert "asked quantity" not in (reason or "")


def test_a_change_asked_is_answered_by_the_change() -> None:
    question = (
        "A steel rail is clamped at both ends and is stress-free at 15 °C. With E = 200 GPa and "
        "α = 12 × 10^-6 °C^-1, by how much may its temperature rise before the stress reaches 150 MPa?"
    )
    response = (
        "ΔT = σ/(Eα) = 150 × 10^6/(200 × 10^9 × 12 × 10^-6) = 62.5 °C\n\nFinal Answer: 62.5 °C"
    )
    assert "asked quantity" not in (check_response(question, response).reason or "")


# --- atoms counted as unit cells ------------------------------------------------------------------

ATOM_QS = [
    (
        "Copper is FCC with a = 0.3615 nm. How many atoms are in a cube of copper 2.0 nm on a side?",
        4,
    ),
    ("Iron is BCC with a = 0.2866 nm. How many atoms does a 3.0 nm iron cube hold?", 2),
]


def _atoms_response(question: str, factor: int | None) -> str:
    a = 0.3615 if "FCC" in question else 0.2866
    side = 2.0 if "FCC" in question else 3.0
    cell, body = a**3, side**3
    cells = body / cell
    head = (
        f"Cube volume V = {side}^3 = {body:.3f} nm^3\nCell volume a^3 = {a}^3 = {cell:.5f} nm^3\n"
    )
    if factor is None:
        return (
            head + f"N = V/a^3 = {body:.3f}/{cell:.5f} = {cells:.1f}\n\nAbout {round(cells)} atoms."
        )
    return (
        head
        + f"N = {factor} × {body:.3f}/{cell:.5f} = {factor * cells:.1f}\n\nAbout {round(factor * cells)} atoms."
    )


@pytest.mark.parametrize(("question", "n"), ATOM_QS)
def test_atoms_counted_as_cells_are_flagged(question: str, n: int) -> None:
    answer = check_response(question, _atoms_response(question, None))
    assert answer.verdict == "flagged" and "atoms per cell" in (answer.reason or "")


@pytest.mark.parametrize(("question", "n"), ATOM_QS)
def test_atoms_with_the_atoms_per_cell_are_not_flagged(question: str, n: int) -> None:
    assert "atoms per cell" not in (
        check_response(question, _atoms_response(question, n)).reason or ""
    )


def test_cells_asked_are_counted_as_cells() -> None:
    question = "Copper is FCC with a = 0.3615 nm. How many unit cells are in a cube of copper 2.0 nm on a side?"
    response = _atoms_response(ATOM_QS[0][0], None).replace("atoms", "unit cells")
    assert "atoms per cell" not in (check_response(question, response).reason or "")


# --- 'The answer sought is (b).' names the part asked ----------------------------------------------


@pytest.mark.parametrize(
    "directive", ["The answer sought is (b).", "The key is part (b).", "The answer wanted is (b)."]
)
def test_a_sentence_naming_the_graded_part_selects_it(directive: str) -> None:
    question = (
        "Nickel is FCC with a = 0.3524 nm. (a) Compute the cell volume. (b) How many atoms "
        f"are in a cube 0.3524 nm on a side? {directive}"
    )
    part = asked_part_text(question)
    assert part is not None and "How many atoms" in part and "cell volume in" not in part


# --- energies named in words ('kilojoules per mole') with R = 1.987 -----------------------------------


@pytest.mark.parametrize(
    "energy", ["150 kilojoules per mole", "150 000 joules per mole", "150 kJ/mol"]
)
def test_a_calorie_gas_constant_with_energies_in_joules_is_flagged(energy: str) -> None:
    question = (
        f"Diffusion in a steel has an activation energy of {energy}. By what factor does D grow "
        "from 800 K to 900 K?"
    )
    response = (
        "1/800 − 1/900 = 1.389 × 10^-4 per K. With R = 1.987, Q/R = 150 000/1.987 = 75,490 K.\n"
        "D₂/D₁ = exp(75,490 × 1.389 × 10^-4) = exp(10.49) = 3.6 × 10^4\n\nFinal Answer: 3.6 × 10^4"
    )
    answer = check_response(question, response)
    assert answer.verdict == "flagged" and "constants" in (answer.reason or "")


# --- a response that answers another part than the one named -----------------------------------------

PART_Q = (
    "Copper is FCC with an atomic radius of 0.128 nm. (a) What is the lattice parameter? "
    "(b) What is the volume of the unit cell in nm^3? {directive}"
)


@pytest.mark.parametrize("directive", ["The key is part (b).", "Answer (b) only."])
def test_a_response_that_says_it_answers_another_part_is_flagged(directive: str) -> None:
    response = (
        "a = 2√2 R = 2.828 × 0.128 = 0.362 nm\nV = a^3 = 0.362^3 = 0.0474 nm^3\n\n"
        "The part asked for is the lattice parameter, part (a):\na = 0.362 nm"
    )
    answer = check_response(PART_Q.format(directive=directive), response)
    assert answer.verdict == "flagged" and "asked part" in (answer.reason or "")


@pytest.mark.parametrize("directive", ["The key is part (b).", "Answer (b) only."])
def test_a_response_that_answers_the_named_part_or_cites_an_earlier_one_is_not_flagged(
    directive: str,
) -> None:
    named = (
        "a = 2√2 R = 2.828 × 0.128 = 0.362 nm\n\nThe part asked for is part (b):\n"
        "V = a^3 = 0.362^3 = 0.0474 nm^3"
    )
    cited = "From part (a), a = 2√2 R = 2.828 × 0.128 = 0.362 nm\nV = a^3 = 0.362^3 = 0.0474 nm^3"
    for response in (named, cited):
        reason = check_response(PART_Q.format(directive=directive), response).reason or ""
        assert "asked part" not in reason


# --- the Nernst log's base read from its inverse (10^v or exp(v)) --------------------------------------

NERNST_Q = (
    "At 25 °C a copper electrode in a Cu²⁺ solution reads 0.300 V against the SHE. With "
    "E°(Cu²⁺/Cu) = 0.340 V, what is the Cu²⁺ concentration in mol/L?"
)


def test_rt_over_nf_with_a_base_ten_antilog_is_flagged() -> None:
    response = (
        "E = E° + (RT/nF) log[Cu²⁺]\nRT/2F = 8.314 × 298.15/(2 × 96 485) = 0.01285 V\n"
        "log[Cu²⁺] = (0.300 − 0.340)/0.01285 = −3.113\n[Cu²⁺] = 10^(−3.113) = 7.71 × 10^-4 mol/L\n\n"
        "Final Answer: 7.71 × 10^-4 mol/L"
    )
    answer = check_response(NERNST_Q, response)
    assert answer.verdict == "flagged" and "base-10" in (answer.reason or "")


@pytest.mark.parametrize(
    "tail",
    [
        "ln[Cu²⁺] = (0.300 − 0.340)/0.01285 = −3.113\n[Cu²⁺] = exp(−3.113) = 0.0445 mol/L",
        "ln[Cu²⁺] = (0.300 − 0.340)/0.01285 = −3.113\n[Cu²⁺] = e^(−3.113) = 0.0445 mol/L",
    ],
)
def test_rt_over_nf_with_a_natural_antilog_is_not_flagged(tail: str) -> None:
    response = (
        "E = E° + (RT/nF) ln[Cu²⁺]\nRT/2F = 8.314 × 298.15/(2 × 96 485) = 0.01285 V\n"
        f"{tail}\n\nFinal Answer: 0.0445 mol/L"
    )
    assert "base-10" not in (check_response(NERNST_Q, response).reason or "")


# --- a scaling law that contradicts the response's own formula ------------------------------------------

from matsci_jupyter.engines.answer.scaling_power import scaling_power_check  # noqa: E402


@pytest.mark.parametrize(
    ("formula", "law", "flagged"),
    [
        ("tau = 2*T/(pi*r^3)", "T ~ r^2", True),
        ("tau = 2*T/(pi*r^3)", "T ~ r^3", False),
        ("sigma = M*c/I and I = pi*r^4/4, so sigma = 4*M/(pi*r³)", "M ∝ r^2", True),
        ("V = (4/3)*pi*R^3", "A ∝ R^2", False),
    ],
)
def test_a_scaling_law_against_the_responses_own_formula(
    formula: str, law: str, flagged: bool
) -> None:
    lines = [
        f"{formula} = 12.5 MPa",
        f"The same material and length, so {law}:",
        "X2 = 40 * (6.0/4.0)^" + law[-1] + " = 90",
    ]
    assert (scaling_power_check(lines) is not None) is flagged


def test_a_law_stated_but_not_applied_to_a_ratio_is_not_read() -> None:
    lines = ["tau = 2*T/(pi*r^3) = 12.5 MPa", "Roughly T ~ r^2 for thin tubes.", "T2 = 40 N·m"]
    assert scaling_power_check(lines) is None


def test_a_volume_per_atom_of_a_cell_is_not_read_as_the_cell() -> None:
    question = (
        "Copper is FCC with a = 0.3615 nm. How many atoms are in a cube of copper 2.0 nm on a side?"
    )
    response = (
        "Cube volume V = 2.0^3 = 8.000 nm^3\nVolume per atom in FCC = a^3/4 = 0.3615^3/4 = 0.01181 nm^3\n"
        "N = 8.000/0.01181 = 677\n\nAbout 677 atoms."
    )
    assert "atoms per cell" not in (check_response(question, response).reason or "")
