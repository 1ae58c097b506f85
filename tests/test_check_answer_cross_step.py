"""check_answer: symbolic slips proven across or inside steps (engines/answer/cross_step.py).

Classes, in our own words:
- a statement (prose before it allowed) whose two sides are the same symbols times different
  numbers: the sum of heat capacities '2 × (5/2)k + 3 × (3/2)k = 8k' cannot hold unless k = 0;
- a unitless equation followed by its solved form written with a unit word: 'ωt = π/2' with
  ω = π/4 solved as 't = 4 s' does not make the equation hold.
Look-alikes that must not be flagged: equal sides, sides equal up to sign, a name on the left
('(x_1)/(x_2) = …' with the same letters used for other values), glued subscripts ('P1', 'V2'),
'ΔC' names, ratios within the rounding written, and a solved value converted to another unit.
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.cross_step import proportional_problem, solved_with_unit_problems
from matsci_jupyter.engines.answer.prose import Statement

GAS_Q = "Three moles of a diatomic gas and two moles of a monatomic gas are mixed. Find C_v in J/K."


def _st(text: str, line_no: int = 0) -> Statement:
    return Statement(text, tuple(p.strip() for p in text.split("=")), line_no)


# ------------------------------------------------------------------ constant-multiple sides
def test_sides_that_differ_by_a_constant_factor_are_flagged():
    response = (
        "Adding the two gases, the total is $3 \\times \\frac{5}{2}R + 2 \\times \\frac{3}{2}R = "
        "\\frac{19}{2}R$.\n\nFinal Answer: 79 J/K"
    )
    answer = check_answer(GAS_Q, response)
    assert answer.verdict == "flagged"
    assert "constant factor" in answer.reason
    assert "1.105" in answer.reason  # 10.5 R against 9.5 R: the ratio of the two sides


def test_equal_sides_and_a_correct_sum_are_not_flagged():
    response = (
        "Adding the two gases, the total is $3 \\times \\frac{5}{2}R + 2 \\times \\frac{3}{2}R = "
        "\\frac{21}{2}R$.\n\nFinal Answer: 87.3 J/K"
    )
    assert check_answer(GAS_Q, response).verdict != "flagged"


def test_a_product_read_as_one_name_still_gives_a_constant_ratio():
    assert proportional_problem(_st("so the net force is 3mg - mg = 3mg")) is not None
    assert proportional_problem(_st("so the net force is 3mg - mg = 2mg")) is None


def test_sign_only_differences_and_rounding_are_left_alone():
    assert proportional_problem(_st("the sum is 2k - 5k = 3k")) is None  # a sign slip
    assert proportional_problem(_st("the ratio is (1)/(0.81)g = 1.23g")) is None  # 1.2346 rounded
    assert proportional_problem(_st("the value is 0.5x ≈ 0.6x")) is None  # an approximation


def test_names_subscripts_and_deltas_are_not_read_as_products():
    # the left side names a ratio; the right reuses the letters for the starting values
    assert proportional_problem(_st("(x_1)/(x_2) = ((x_1)/(2^2))/((x_2)/(2^5))")) is None
    assert proportional_problem(_st("RT1 = 4 RT2")) is None  # T1, T2: two temperatures
    assert proportional_problem(_st("(ΔL)/(L) = (ΔA)/(A) + (ΔB)/(B)")) is None
    assert proportional_problem(_st("2a = 3b")) is None  # different symbols: an equation


# ------------------------------------------------------------------ solved form with a unit
def test_a_solved_value_with_a_unit_that_misses_its_equation_is_flagged():
    response = (
        "The phase reaches a quarter turn when $\\frac{\\pi}{4}t = \\frac{\\pi}{2}$\n\n"
        "$t = 4$ s\n\nSo the time is $\\boxed{4}$ s."
    )
    answer = check_answer("With ω = π/4 rad/s, when is ωt first π/2? Answer in s.", response)
    assert answer.verdict == "flagged"
    assert "set aside" in answer.reason


def test_a_solved_value_with_a_unit_that_satisfies_its_equation_is_not_flagged():
    first, second = _st("(π)/(4)t = (π)/(2)", 1), _st("t = 2 s", 2)
    assert solved_with_unit_problems([first, second]) == []


def test_a_converted_solved_value_is_not_flagged():
    # '3t = 12' in minutes, then the same time written in seconds
    first, second = _st("3t = 12", 1), _st("t = 240 s", 2)
    assert solved_with_unit_problems([first, second]) == []
    first, second = _st("5x = 2", 1), _st("x = 40 cm", 2)  # 0.4 m written in cm
    assert solved_with_unit_problems([first, second]) == []


def test_a_unit_letter_that_is_a_symbol_of_the_equation_is_left_alone():
    # 'V' is a symbol of the equation, so 'V' after the value may be the symbol, not volts
    first, second = _st("2V = 3", 1), _st("x = 5 V", 2)
    assert solved_with_unit_problems([first, second]) == []


def test_a_later_pair_of_a_chain_with_letter_runs_is_compared_too():
    assert proportional_problem(_st("so x = 2πr ×3 = 5πr")) is not None
    assert proportional_problem(_st("E = (3)/(2)kT ×2 = 3kT")) is None


# ------------------------------------------------------------------ decay chains
# Classes: a ratio of α to β⁻ counts that the two nuclides fix; a count of α (β⁻) particles for
# the chain stated wrongly; a nuclear equation whose mass numbers or charges do not balance.
from matsci_jupyter.engines.answer.decay_chain import (  # noqa: E402
    chain_counts,
    decay_chain_checks,
    nuclides,
)

RA_Q = (
    "A ${ }_{88}^{226} \\mathrm{Ra}$ nucleus decays through a chain into ${ }_{82}^{206} "
    "\\mathrm{~Pb}$. What is the ratio of the number of $\\beta^{-}$ particles to the number of "
    "$\\alpha$ particles emitted?"
)


def test_chain_counts_follow_from_mass_and_atomic_numbers():
    from matsci_jupyter.engines.answer.text import normalize

    parent, daughter, n_alpha, n_beta = chain_counts(normalize(RA_Q))
    assert (parent.a, parent.z, daughter.a, daughter.z) == (226, 88, 206, 82)
    assert (n_alpha, n_beta) == (5, 4)  # 20/4 α; 2×5 − 6 β⁻


def test_a_wrong_ratio_of_counts_is_flagged_and_the_right_one_is_not():
    wrong = "Each α lowers Z by 2, so the counts are equal.\n\nFinal Answer: 1"
    answer = check_answer(RA_Q, wrong)
    assert answer.verdict == "flagged" and "0.8" in answer.reason
    right = "Mass number drops by 20, so 5 α particles; then 2(5) − 6 = 4 β⁻.\n\nFinal Answer: 0.8"
    assert check_answer(RA_Q, right).verdict != "flagged"


def test_a_wrong_count_stated_for_the_chain_is_flagged():
    from matsci_jupyter.engines.answer.text import normalize

    q = normalize(RA_Q)
    found = decay_chain_checks(
        q, ["The change in Z is 6, so the chain emits 3 alpha particles."], 0.8
    )
    assert found and found[0].name == "decay chain"
    assert (
        decay_chain_checks(q, ["So 5 alpha particles and 4 beta particles are emitted."], 0.8) == []
    )
    # a total over many nuclei is not a per-chain count
    assert decay_chain_checks(q, ["In all, 3 × 10^20 alpha particles leave the sample."], 0.8) == []


def test_an_unbalanced_nuclear_equation_is_flagged_and_a_balanced_one_is_not():
    bad = ["_83^212 Bi arrow _81^208 Tl + α+ β^(-)"]  # α alone balances; the extra β⁻ does not
    found = decay_chain_checks("", bad, None)
    assert found and found[0].name == "nuclear equation"
    good = ["_83^212 Bi arrow _81^208 Tl + α", "_6^14 C -> _7^14 N + β^-"]
    assert decay_chain_checks("", good, None) == []
    # a β without its sign is not read
    assert decay_chain_checks("", ["_6^14 C -> _7^14 N + β"], None) == []


def test_nuclides_are_read_with_either_script_order():
    assert [(n.a, n.z, n.symbol) for n in nuclides("_92^238 U and ^4_2 He")] == [
        (238, 92, "U"),
        (4, 2, "He"),
    ]


# ------------------------------------------------------------------ a formula under a word name
# Class: 'Loss = (P_in - P_out)/(P_in) × 100%' then 'Loss = (…numbers…) × 100%' where a number put
# in for P_in is not the value the response computed for P_in a few lines before.
def test_numbers_put_into_a_word_named_percentage_formula_are_checked():
    from matsci_jupyter.engines.answer.prose import response_lines, statements
    from matsci_jupyter.engines.answer.substitution_check import wrong_substitutions

    text = (
        "$P_{in} = 2.0 \\mathrm{~A} \\times 12 \\mathrm{~V}$\n\n"
        "$P_{out} = 1.5 \\mathrm{~A} \\times 12 \\mathrm{~V}$\n\n"
        "$\\mathrm{Loss} = \\frac{P_{in} - P_{out}}{P_{in}} \\times 100\\%$\n\n"
        "$\\mathrm{Loss} = \\frac{30 \\mathrm{~W} - 18 \\mathrm{~W}}{30 \\mathrm{~W}} \\times 100\\% = 40\\%$"
    )
    lines = response_lines(text)
    found = wrong_substitutions(statements(lines), lines)
    assert found and "P_in" in found[0].message  # 24 W computed, 30 W put in
    right = text.replace("30 \\mathrm{~W}", "24 \\mathrm{~W}").replace("= 40", "= 25")
    lines = response_lines(right)
    assert wrong_substitutions(statements(lines), lines) == []


def test_an_asked_count_of_one_kind_is_fixed_by_the_chain():
    q = (
        "The nucleus ${ }_{84}^{218} \\mathrm{Po}$ decays through several steps into "
        "${ }_{82}^{206} \\mathrm{~Pb}$. What is the number of $\\beta^{-}$ particles emitted?"
    )
    assert check_answer(
        q, "Three α drop A by 12; Z then needs 4 β⁻.\n\nFinal Answer: 4"
    ).verdict != ("flagged")
    answer = check_answer(q, "Each α lowers Z by 2, so 1 β⁻.\n\nFinal Answer: 1")
    assert answer.verdict == "flagged" and "is 4" in answer.reason
    # with a sample mass the asked count is a total over many nuclei: not fixed by the chain
    q_mass = q.replace("decays through", "(2 mg of it) decays through")
    assert "decay chain" not in (check_answer(q_mass, "Final Answer: 1").reason or "")


# ------------------------------------------------------------------ a side rewritten wrongly
# Class: an equation copied to the next line with one side unchanged and the other simplified into
# a different constant multiple of itself.
def test_a_side_simplified_into_another_multiple_is_flagged():
    from matsci_jupyter.engines.answer.cross_step import rewritten_side_problems

    first = _st("((k)/(3) + (k)/(6))(L - y) = 2 k y", 1)
    wrong = _st("((k)/(9))(L - y) = 2 k y", 2)  # k/3 + k/6 is k/2
    right = _st("((k)/(2))(L - y) = 2 k y", 2)
    flipped = _st("(-(k)/(2))(L - y) = 2 k y", 2)  # a sign slip is not checked
    assert rewritten_side_problems([first, wrong])
    assert rewritten_side_problems([first, right]) == []
    assert rewritten_side_problems([first, flipped]) == []
    # the kept side differs: two different equations, not a rewrite
    assert rewritten_side_problems([first, _st("((k)/(9))(L - y) = 3 k y", 2)]) == []
    # a bare name kept on the left may take a new value ('after the bounce KE is half')
    assert rewritten_side_problems([_st("KE = (1)/(2)m v^2", 1), _st("KE = (1)/(4)m v^2", 2)]) == []


def test_a_side_rewritten_into_a_different_function_is_flagged():
    from matsci_jupyter.engines.answer.cross_step import rewritten_side_problems

    first = _st("(a + b)^2 = 9 c", 1)
    assert rewritten_side_problems([first, _st("a^2 - b^2 = 9 c", 2)])  # not a square expanded
    assert rewritten_side_problems([first, _st("a^2 + 2 a b + b^2 = 9 c", 2)]) == []
    # an approximation that holds when one symbol is small ('x(1 + x) ≈ x') is left alone
    small = _st("x (1.5 + x) = 2 y", 1)
    assert rewritten_side_problems([small, _st("1.5 x = 2 y", 2)]) == []


def test_a_reaction_with_two_reactants_is_summed_on_both_sides():
    fission = ["The fission is _92^235 U + _0^1 n -> _56^141 Ba + _36^92 Kr + 3 n and energy"]
    assert decay_chain_checks("", fission, None) == []  # '3 n' is not read: not checked
    fusion = ["Fusing them, _1^2 H + _1^3 H -> _2^4 He + _0^1 n"]
    assert decay_chain_checks("", fusion, None) == []
    wrong = ["Fusing them, _1^2 H + _1^3 H -> _2^4 He + _1^1 H"]  # charge 2 in, 3 out
    assert decay_chain_checks("", wrong, None)


def test_a_coefficient_rounded_to_the_digits_written_is_not_a_constant_factor():
    assert proportional_problem(_st("so the energy is (1)/(3)mv^2 = 0.3mv^2")) is None
    assert proportional_problem(_st("so the energy is (1)/(3)mv^2 = 0.25mv^2")) is not None


def test_the_result_closing_a_solved_chain_is_put_back_into_its_equation():
    first = _st("4x + 2 = 14", 1)
    assert solved_with_unit_problems([first, _st("x = (14 + 2)/(4) = 4", 2)])  # 4 gives 18, not 14
    assert solved_with_unit_problems([first, _st("x = (14 - 2)/(4) = 3", 2)]) == []
    # a bare two-sided solved form is left to calculus_check
    assert solved_with_unit_problems([first, _st("x = 4", 2)]) == []


def test_greek_subscripts_are_part_of_one_name():
    from matsci_jupyter.engines.answer.cross_step import rewritten_side_problems
    from matsci_jupyter.engines.answer.symbolic_check import parse_side

    assert str(parse_side("m_α v_α")) == "m_alpha*v_alpha"
    first = _st("(r_S)/(r_α) = (m_S)/(m_α) ·√((m_α)/(m_S))", 1)
    # m/m' · √(m'/m) is √(m/m'), not m/m': a square root dropped while simplifying
    assert rewritten_side_problems([first, _st("(r_S)/(r_α) = √((m_S^2)/(m_α^2))", 2)])
    assert rewritten_side_problems([first, _st("(r_S)/(r_α) = √((m_S)/(m_α))", 2)]) == []
