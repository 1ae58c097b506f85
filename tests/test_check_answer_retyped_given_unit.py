"""check_answer: a given retyped with its number converted but its unit written wrongly.

A worked solution that writes the question's 0.900 g cm^-3 as '900 kg m^-1' inside a calculation
has sound arithmetic and a slipped exponent: the step's sides differ in dimension only because of
the typo. With the given as the question writes it the step holds, so the step is left unchecked
with the reason, never flagged. A step that fails for another reason, or whose number is not a
given, keeps its failed dimension check.
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.prose import Statement
from matsci_jupyter.engines.answer.retyped_given_unit import retyped_given_unit

COLUMN = (
    "A liquid of density 0.900 g cm^-3 stands 0.20 m high in a tube. What pressure does the "
    "column exert at its base? Take g = 9.81 m s^-2."
)


def test_slipped_exponent_on_a_retyped_given_is_not_flagged() -> None:
    answer = check_answer(COLUMN, "p = ρ g h = (900 kg m^-1)(9.81 m s^-2)(0.20 m) = 1766 Pa")
    assert answer.verdict != "flagged"
    assert "written wrongly" in answer.steps[0] and "0.900 g cm^-3" in answer.steps[0]


def test_slipped_exponent_with_wrong_arithmetic_is_still_flagged() -> None:
    answer = check_answer(COLUMN, "p = ρ g h = (900 kg m^-1)(9.81 m s^-2)(0.20 m) = 17660 Pa")
    assert answer.verdict == "flagged"


def test_wrong_result_unit_is_still_flagged() -> None:
    # the number is no given: '1766 N' is a wrong unit for the result, not a retyped given
    answer = check_answer(COLUMN, "p = ρ g h = (900 kg m^-3)(9.81 m s^-2)(0.20 m) = 1766 N")
    assert answer.verdict == "flagged"


def test_only_a_number_with_a_given_magnitude_counts_as_retyped() -> None:
    import pint

    ureg = pint.UnitRegistry()
    given = [("0.900 g cm^-3", ureg.Quantity(0.9, "g/cm**3"))]

    def slip(number: str) -> str | None:
        text = f"p = ({number} kg m^-1)(9.81 m s^-2) = 1 Pa"
        return retyped_given_unit(Statement(text, tuple(text.split(" = ")), 0), given, bool)

    assert slip("700") is None  # 700 kg/m is no given retyped
    reason = slip("900")
    assert reason is not None and "0.900 g cm^-3" in reason and "900 kg m^-1" in reason
