"""A closing sentence that names the one part answered, by its letter (part_directive)."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.part_directive import directed_part

STEM = "Copper is FCC with a lattice parameter of 0.3615 nm."


@pytest.mark.parametrize(
    "closing",
    [
        "The key is part (b).",
        "The answer sought is (b).",
        "Only (b) is graded.",
        "Part (b) is the one graded.",
        "Give the answer to part (b).",
        "Report your answer for (b) only.",
    ],
)
def test_named_part_is_kept(closing: str) -> None:
    q = f"{STEM}\n(a) What is the atomic radius?\n(b) What is the unit-cell volume?\n{closing}"
    reduced = directed_part(q)
    assert reduced is not None
    assert "unit-cell volume" in reduced and "atomic radius" not in reduced


@pytest.mark.parametrize(
    ("closing", "unit"),
    [
        ("Answer (b) in cubic nanometres.", "in cubic nanometres"),
        ("Give part (b), converted to Å^3.", "in Å^3"),
        ("Give the answer to part (b), in nm^3.", "in nm^3"),
    ],
)
def test_directive_unit_joins_the_part(closing: str, unit: str) -> None:
    q = f"{STEM}\n(a) What is the atomic radius?\n(b) What is the unit-cell volume?\n{closing}"
    reduced = directed_part(q)
    assert reduced is not None and reduced.endswith(f"volume, {unit}?")


def test_noun_list_parts() -> None:
    q = (
        "A bar is cycled between 200 MPa and -50 MPa.\n"
        "(a) the mean stress, (b) the stress range, (c) the stress ratio.\nGive (c)."
    )
    assert (
        directed_part(q) == "A bar is cycled between 200 MPa and -50 MPa. What is the stress ratio?"
    )


def test_later_part_data_is_not_needed() -> None:
    q = (
        f"{STEM}\n(a) What is the (200) spacing?\n(b) At what angle does it diffract 0.154 nm "
        "X-rays?\nThe key is part (a)."
    )
    reduced = directed_part(q)
    assert reduced is not None and "0.154" not in reduced


@pytest.mark.parametrize(
    "q",
    [
        # an earlier dropped part states a number the named part may need
        f"{STEM}\n(a) At 500 °C, what is the expansion?\n(b) What is the new lattice parameter?\n"
        "Only (b) is graded.",
        # the named part points at something only the dropped part names
        f"{STEM}\n(a) What is the octahedral site radius?\n(b) How many times larger is that site "
        "than a 0.05 nm atom?\nThe key is part (b).",
        # a words-only part
        f"{STEM}\n(a) Sketch the cell.\n(b) Explain why it is close packed.\nAnswer (b).",
        # two directives, or a letter that is no part
        f"{STEM}\n(a) What is r?\n(b) What is V?\nAnswer (a). The key is part (b).",
        f"{STEM}\n(a) What is r?\n(b) What is V?\nThe key is part (c).",
        # no directive
        f"{STEM}\n(a) What is r?\n(b) What is V?",
    ],
)
def test_not_reduced(q: str) -> None:
    assert directed_part(q) is None


@pytest.mark.parametrize(
    "closing",
    ["The answer sought is (b), in nm.", "Give the answer to part (b), in nanometres."],
)
def test_solved_through_the_named_part(closing: str) -> None:
    from matsci_jupyter.engines.answer.solver import solve

    q = (
        f"{STEM}\n(a) What is the atomic radius?\n(b) What is the spacing of the (200) planes?\n"
        f"(c) At what angle do 0.154 nm X-rays reflect from them?\n{closing}"
    )
    answer = solve(q)
    assert answer.ok, answer.reason
    assert answer.quantity.to("nm").magnitude == pytest.approx(0.3615 / 2, rel=1e-3)
