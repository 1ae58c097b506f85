"""check_answer: when the solver's verified answer proves a final value wrong.

The solver's value refutes a response only when the response's closing text does not state that
value somewhere (then only the reading of its final answer is in doubt). That search must read
numbers as the steps are read: '9.60 × 10⁻⁶' is one number (not 9.60 and 10), and a factor of 100
re-expresses only a fraction or a percentage, so '10' in '10^4' does not 'state' 9.92 when the
solver gets 992 grains per mm².
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.engines.answer.solver_agreement import stated_somewhere
from matsci_jupyter.units import get_registry

ASTM_Q = (
    "A steel has an ASTM grain size number of 7. How many grains are there per square "
    "millimetre of the actual (unmagnified) polished surface?"
)
WRONG = (
    "Using the ASTM grain-size equation N = 2^(n+1) with n = 7:\n"
    "N = 2^8 = 256 grains per in^2 at a magnification of 100×.\n"
    "Correcting to the true surface (×100^2 = ×10^4): 2 560 000 grains/inch^2.\n"
    "Per mm^2 (1 inch^2 = 645.16 mm^2): 2 560 000 / 645.16 = 3 968\n"
    "Therefore there are about 3 968 grains/mm^2."
)


def test_a_power_of_ten_does_not_state_the_solvers_value() -> None:
    solved = solve(ASTM_Q)
    assert solved.ok and abs(float(solved.quantity.magnitude) - 992) < 5
    final = get_registry().Quantity(3968, "1/mm**2")
    assert not stated_somewhere(solved, final, WRONG)
    answer = check_answer(ASTM_Q, WRONG)
    assert answer.verdict == "flagged"
    assert "992" in answer.reason


def test_the_right_value_stated_in_the_closing_text_still_stops_a_refutation() -> None:
    solved = solve(ASTM_Q)
    final = get_registry().Quantity(3968, "1/mm**2")
    stated = WRONG + "\n(With N = 2^(n−1) it would be 992 grains/mm^2 instead.)"
    assert stated_somewhere(solved, final, stated)


def test_a_correct_answer_is_not_refuted() -> None:
    right = (
        "N = 2^(n−1) = 2^6 = 64 grains/in^2 at 100×; at 1×: 64 × 10^4 = 6.4 × 10^5 grains/in^2.\n"
        "Per mm^2: 6.4 × 10^5 / 645.16 = 992 grains/mm^2.\nAnswer: 992 grains per mm^2"
    )
    assert check_answer(ASTM_Q, right).verdict != "flagged"


# a question the solver answers (tetrahedral void in BCC, our own numbers) and two ways a response
# can reach the verified value and then turn it into another one
VOID_Q = (
    "Molybdenum is BCC with an atomic radius of 136.3 pm. What is the radius, in pm, of the largest "
    "sphere that fits in a tetrahedral site of the lattice?"
)


def test_a_final_value_computed_from_the_verified_value_is_refuted() -> None:
    solved = solve(VOID_Q)
    assert solved.ok, solved.reason
    r = float(solved.quantity.to("pm").magnitude)
    doubled = (
        f"For BCC the tetrahedral hole has r = 0.291 R = 0.291 × 136.3 pm = {r:.2f} pm.\n"
        f"The sphere that fits has a size of 2r = 2 × {r:.2f} = {2 * r:.1f} pm.\n"
        f"**Final Answer:** {2 * r:.1f} pm"
    )
    answer = check_answer(VOID_Q, doubled)
    assert answer.verdict == "flagged", answer.reason
    # the look-alike: the right value stated, and the final value read from a sentence that only
    # mentions the doubled size beside it, is left alone (only the reading would be in doubt)
    mentioned = (
        f"r = 0.291 R = 0.291 × 136.3 pm = {r:.2f} pm (a sphere of diameter {2 * r:.1f} pm).\n"
        f"Final Answer: {r:.2f} pm"
    )
    assert check_answer(VOID_Q, mentioned).verdict != "flagged"


LEVER_Q = (
    "A 0.35 wt% C plain-carbon steel is cooled slowly to just below 727 °C. What mass fraction "
    "of it is proeutectoid ferrite? Take 0.022 wt% C for ferrite and 0.76 wt% C for the "
    "eutectoid. Give the fraction to three decimal places."
)


def test_a_fraction_given_as_a_bare_percentage_is_refuted() -> None:
    solved = solve(LEVER_Q)
    assert solved.ok, solved.reason
    w = float(solved.quantity.magnitude)
    assert 0 < w < 1
    bare = (
        f"W = (0.76 − 0.35)/(0.76 − 0.022) = 0.41/0.738 = {w:.4f}\n"
        f"As a share of the microstructure this is {100 * w:.1f}.\n\nFinal Answer: {100 * w:.1f}"
    )
    assert check_answer(LEVER_Q, bare).verdict == "flagged"
    # the look-alike: the same number with its percent sign is the same fraction
    signed = bare.replace(f"Final Answer: {100 * w:.1f}", f"Final Answer: {100 * w:.1f} %")
    assert check_answer(LEVER_Q, signed).verdict != "flagged"
