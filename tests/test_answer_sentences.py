"""The shared sentence splitter of the answer engine (matsci_jupyter/engines/answer/sentences.py)."""

from matsci_jupyter.engines.answer.sentences import sentence_at, sentence_before, spans


def _texts(text: str, found: list[tuple[int, int]]) -> list[str]:
    return [text[lo:hi] for lo, hi in found]


def test_spans_keep_a_decimal_point_inside_its_sentence() -> None:
    text = "A bar is 3.5 m long. Find its mass."
    assert _texts(text, spans(text)) == ["A bar is 3.5 m long.", " Find its mass."]


def test_spans_cover_the_text_so_it_can_be_rebuilt() -> None:
    text = "One cube is 2.0 cm wide.  What is its volume? Give it in cm^3"
    found = spans(text)
    assert "".join(_texts(text, found)) == text
    assert len(found) == 3


def test_spans_end_at_question_and_exclamation_marks() -> None:
    text = "Is it cubic? Yes! Then go on."
    assert _texts(text, spans(text)) == ["Is it cubic?", " Yes!", " Then go on."]


def test_a_mark_inside_a_word_or_number_ends_nothing() -> None:
    text = "Units kJ.mol^-1 and 1.2e-3 are read whole."
    assert _texts(text, spans(text)) == [text]


def test_semicolon_ends_a_sentence_only_when_asked() -> None:
    text = "The solid is pure; the liquid is water."
    assert len(spans(text)) == 1
    assert _texts(text, spans(text, semicolon=True)) == [
        "The solid is pure;",
        " the liquid is water.",
    ]


def test_exclamation_mark_can_be_left_out() -> None:
    text = "Heat it! Then cool it."
    assert len(spans(text)) == 2
    assert _texts(text, spans(text, exclaim=False)) == [text]


def test_brackets_split_and_belong_to_no_sentence() -> None:
    text = "A mass (of 4 g) stays. Next"
    assert _texts(text, spans(text, brackets=True)) == ["A mass ", "of 4 g", " stays.", " Next"]
    assert _texts(text, spans(text)) == ["A mass (of 4 g) stays.", " Next"]


def test_text_without_a_final_stop_and_empty_text() -> None:
    assert spans("no stop at the end") == [(0, 18)]
    assert spans("") == []
    assert sentence_at("", 0) == (0, 0)
    assert sentence_before("", 0) is None


def test_sentence_at_finds_the_sentence_around_a_position() -> None:
    text = "The rod is 2.5 m long. It weighs 40 kg. Find its density."
    pos = text.index("40")
    lo, hi = sentence_at(text, pos)
    assert text[lo:hi] == " It weighs 40 kg."
    lo, hi = sentence_at(text, pos, keep_stop=False)
    assert text[lo:hi] == " It weighs 40 kg"
    lo, hi = sentence_at(text, pos, trailing_space="one")
    assert text[lo:hi] == "It weighs 40 kg. "


def test_sentence_at_last_sentence_runs_to_the_end() -> None:
    text = "It weighs 40 kg. Find its density in g/cm^3"
    lo, hi = sentence_at(text, text.index("density"))
    assert text[lo:hi] == " Find its density in g/cm^3"


def test_sentence_at_with_an_end_passes_over_a_stop_inside_the_range() -> None:
    text = "First one. Value is 7 m. Then more. Last"
    start, end = text.index("Value"), text.index("Then") + 2
    lo, hi = sentence_at(text, start, end, keep_stop=False)
    assert text[lo:hi] == " Value is 7 m. Then more"


def test_follow_rule_not_digit_lets_a_stop_touch_the_next_word() -> None:
    text = "Iron.Its density is 7.87 g/cm^3."
    pos = text.index("7.87")
    lo, hi = sentence_at(text, pos, follow="not_digit", keep_stop=False)
    assert text[lo:hi] == "Its density is 7.87 g/cm^3"
    lo, hi = sentence_at(text, pos)  # the default rule needs a space after the mark
    assert text[lo:hi] == text


def test_semicolon_in_sentence_at() -> None:
    text = "A is 3 g; B is 5 g."
    pos = text.index("5")
    assert text[slice(*sentence_at(text, pos))] == text
    lo, hi = sentence_at(text, pos, semicolon=True, trailing_space="one", keep_stop=False)
    assert text[lo:hi] == "B is 5 g"


def test_before_alone_reads_a_mark_just_before_the_position_as_a_stop() -> None:
    text = "See Eq.2 for the 4 kg block."
    pos = text.index("2 for")
    assert sentence_at(text, pos, follow="not_digit")[0] == 0
    assert sentence_at(text, pos, follow="not_digit", before_alone=True)[0] == pos


def test_sentence_before() -> None:
    text = "Copper is used. Its density is 8.96 g/cm^3. Find the mass."
    pos = text.index("8.96")
    lo, hi = sentence_before(text, pos, follow="not_digit", keep_stop=False) or (0, 0)
    assert text[lo:hi] == "Copper is used"
    assert sentence_before(text, text.index("used")) is None
