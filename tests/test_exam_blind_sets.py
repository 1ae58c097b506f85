"""The blind exam sets (tests/data/answer_exam_heldout2.json, _heldout3.json …) are well formed.

Each set matches its builder, covers its topics evenly and grades its two-reading items as meant.
Checks the data and the grader only; the engine's score on a set is a benchmark
(``benchmarks/answer_exam.py --set heldoutN``), run once by the lead. A new blind set needs one
line in ``BLIND_SETS``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from exam_support import DATA, ROOT, load_exam_items, load_module

FORMS = {
    "plain",
    "tex",
    "unicode",
    "spaced_thousands",
    "sig_figs",
    "percent",
    "multi_step",
    "distractor",
    "unit_form",
    "ambiguous",
    "must_refuse",
    "multi_part",
    "table",
}
#: Sets written before the blind ones; no blind set may repeat one of their questions.
EARLIER_SETS = ("dev", "heldout")


@dataclass(frozen=True)
class BlindSet:
    """One blind exam set: its registry name, its letter, and what it promises beyond the rest.

    ``must_refuse`` is the (low, high) count of must-refuse items the set was written with, or
    None where its brief gave no range; ``ambiguous`` the same for two-reading items.
    """

    name: str
    letter: str
    must_refuse: tuple[int, int] | None = None
    ambiguous: tuple[int, int] = (3, 10)
    #: False where the writers labelled ``forms`` in their own words (set I): the variety is then
    #: counted from the records themselves (``refuse``, ``readings``), not from the labels
    closed_forms: bool = True
    #: how many items each topic holds: 8 or 9 where 120 items cover 14 topics; set Z's two
    #: writers shared 15 topics (8 + 7), so its topics hold 7 to 9
    per_topic: frozenset[int] = frozenset({8, 9})

    @property
    def path(self) -> Path:
        return DATA / f"answer_exam_{self.name}.json"

    #: the item modules when the set was written in parts by several writers (set H)
    modules: tuple[str, ...] = ()

    @property
    def items_modules(self) -> tuple[str, ...]:
        return self.modules or (f"exam_items_{self.name}",)

    @property
    def topics_name(self) -> str:
        return f"{self.name.upper()}_TOPICS"


BLIND_SETS = (
    BlindSet("heldout2", "C"),
    BlindSet("heldout3", "D", must_refuse=(6, 10)),
    BlindSet("heldout4", "E", must_refuse=(8, 12), ambiguous=(1, 10)),
    BlindSet("heldout5", "F", must_refuse=(8, 12), ambiguous=(1, 10)),
    BlindSet("heldout6", "G", must_refuse=(8, 12), ambiguous=(1, 10)),
    BlindSet(
        "heldout7",
        "H",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout7a", "exam_items_heldout7b"),
    ),
    BlindSet(
        "heldout8",
        "I",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout8a", "exam_items_heldout8b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout9",
        "J",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout9a", "exam_items_heldout9b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout10",
        "K",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout10a", "exam_items_heldout10b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout11",
        "L",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout11a", "exam_items_heldout11b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout12",
        "M",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout12a", "exam_items_heldout12b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout13",
        "N",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout13a", "exam_items_heldout13b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout14",
        "O",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout14a", "exam_items_heldout14b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout15",
        "P",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout15a", "exam_items_heldout15b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout16",
        "Q",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout16a", "exam_items_heldout16b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout17",
        "R",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout17a", "exam_items_heldout17b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout18",
        "S",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout18a", "exam_items_heldout18b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout19",
        "T",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout19a", "exam_items_heldout19b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout20",
        "U",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout20a", "exam_items_heldout20b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout21",
        "V",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout21a", "exam_items_heldout21b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout22",
        "W",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout22a", "exam_items_heldout22b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout23",
        "X",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout23a", "exam_items_heldout23b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout24",
        "Y",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout24a", "exam_items_heldout24b"),
        closed_forms=False,
    ),
    BlindSet(
        "heldout25",
        "Z",
        must_refuse=(8, 12),
        ambiguous=(1, 10),
        modules=("exam_items_heldout25a", "exam_items_heldout25b"),
        closed_forms=False,
        per_topic=frozenset({7, 8, 9}),
    ),
)


@pytest.fixture(
    scope="module",
    params=BLIND_SETS,
    ids=[f"set_{s.letter}_{s.name}" for s in BLIND_SETS],
)
def blind(request) -> BlindSet:
    return request.param


@pytest.fixture(scope="module")
def builder(blind: BlindSet):
    """The item registry re-run from the set's exam_items_*.py (every key recomputed with pint)."""
    return load_exam_items(*blind.items_modules)


@pytest.fixture(scope="module")
def stored(blind: BlindSet) -> list[dict]:
    payload = json.loads(blind.path.read_text(encoding="utf-8"))
    assert payload["set"] == blind.name
    return payload["items"]


def test_set_covers_its_topics_evenly(blind: BlindSet, builder, stored) -> None:
    assert len(stored) == 120
    topics = Counter(it["topic"] for it in stored)
    assert set(topics) == set(getattr(builder, blind.topics_name)), topics
    assert set(topics.values()) <= blind.per_topic, topics
    assert len({it["id"] for it in stored}) == len(stored)


def test_set_records_are_well_formed(blind: BlindSet, stored) -> None:
    import pint

    ureg = pint.UnitRegistry()
    for it in stored:
        where = it["id"]
        assert it["question"].strip() and it["source"].strip() and it["computation"].strip()
        assert "Answer:" in it["solution"], where
        assert it["forms"], where
        if blind.closed_forms:
            assert set(it["forms"]) <= FORMS, where
        if it["refuse"] is not None:
            assert it["value"] is None and it["tolerance"] is None and not it["readings"], where
            assert "must_refuse" in it["forms"] or not blind.closed_forms, where
            continue
        assert isinstance(it["value"], float) and math.isfinite(it["value"]), where
        ureg.Quantity(1.0, it["unit"])  # pint reads the key's unit
        tol = it["tolerance"]
        assert tol["kind"] in {"rel", "round", "abs"}, where
        if tol["kind"] in {"rel", "abs"}:
            width = tol[tol["kind"]]
            # an exact count may carry an absolute tolerance of 0; a relative one is in (0, 0.1],
            # up to 0.15 for an 'estimate' ask whose stem states the tolerance it accepts
            widest = 0.15 if "estimate" in it["forms"] and "%" in it["question"] else 0.10
            assert (0 < width <= widest) if tol["kind"] == "rel" else width >= 0, where
        if it["readings"]:
            assert len(it["readings"]) >= 2, where
            assert "ambiguous" in it["forms"] or not blind.closed_forms, where
            assert it["readings"][0]["value"] == it["value"], where
            assert all(r["unit"] == it["unit"] and r["reading"] for r in it["readings"]), where
            values = [r["value"] for r in it["readings"]]
            assert len(set(values)) == len(values), f"{where}: readings must differ"
        else:
            assert "ambiguous" not in it["forms"], where


def test_set_has_the_asked_variety(blind: BlindSet, stored) -> None:
    if not blind.closed_forms:
        refused = sum(it["refuse"] is not None for it in stored)
        ambiguous = sum(bool(it["readings"]) for it in stored)
        assert blind.ambiguous[0] <= ambiguous <= blind.ambiguous[1], ambiguous
        assert blind.must_refuse is None or blind.must_refuse[0] <= refused <= blind.must_refuse[1]
        return
    forms = Counter(f for it in stored for f in it["forms"])
    for form in ("tex", "unicode", "spaced_thousands", "sig_figs", "percent", "multi_step"):
        assert forms[form] >= 5, (form, forms)
    assert forms["distractor"] >= 10, forms
    assert blind.ambiguous[0] <= forms["ambiguous"] <= blind.ambiguous[1], forms
    if blind.must_refuse is not None:
        low, high = blind.must_refuse
        assert low <= forms["must_refuse"] <= high, forms


def test_builder_reproduces_the_stored_keys(blind: BlindSet, builder, stored) -> None:
    rebuilt = [it.as_dict() for it in builder.REGISTRY[blind.name]]
    assert stored == rebuilt, f"rerun: python tests/data/build_answer_exam.py --set {blind.name}"


def test_set_shares_no_question_with_the_other_sets(blind: BlindSet, stored) -> None:
    mine = {it["question"] for it in stored}
    others = EARLIER_SETS + tuple(s.name for s in BLIND_SETS if s != blind)
    for other in others:
        path = DATA / f"answer_exam_{other}.json"
        if path.exists():
            theirs = {it["question"] for it in json.loads(path.read_text("utf-8"))["items"]}
            assert not mine & theirs, path.name


def _grader():
    return load_module("answer_exam_benchmark_blind", ROOT / "benchmarks" / "answer_exam.py")


def _grade(grader, ureg, item: dict, magnitude: float | None, units: str | None = None) -> str:
    """The grader's verdict on ``magnitude`` (in ``units``, default the item's) for ``item``."""
    data = (
        {"quantity": None}
        if magnitude is None
        else {"quantity": {"magnitude": magnitude, "units": units or item["unit"]}}
    )
    return grader.grade(item, data, ureg)[0]


def test_grader_accepts_either_reading_and_nothing_else() -> None:
    import pint

    grader, ureg = _grader(), pint.UnitRegistry()
    item = {
        "value": 38.5,
        "unit": "degree",
        "tolerance": {"kind": "rel", "rel": 0.02},
        "refuse": None,
        "readings": [
            {"reading": "2θ", "value": 38.5, "unit": "degree"},
            {"reading": "θ", "value": 19.25, "unit": "degree"},
        ],
    }
    assert _grade(grader, ureg, item, 38.5) == "correct"
    assert _grade(grader, ureg, item, 19.3) == "correct"
    assert _grade(grader, ureg, item, 0.3360, "radian") == "correct"  # 19.25° in another unit
    assert _grade(grader, ureg, item, 28.0) == "wrong"
    assert _grade(grader, ureg, item, None) == "refused"


def test_grader_takes_each_reading_of_the_sets_ambiguous_items(stored) -> None:
    """Every listed reading of a two-reading item grades correct; a value between them does not."""
    import pint

    grader, ureg = _grader(), pint.UnitRegistry()
    ambiguous = [it for it in stored if it["readings"]]
    assert ambiguous
    for it in ambiguous:
        values = [r["value"] for r in it["readings"]]
        for value in values:
            assert _grade(grader, ureg, it, value) == "correct", (it["id"], value)
        low, high = min(values), max(values)
        between = math.sqrt(low * high) if low > 0 else (low + high) / 2
        rel = it["tolerance"].get("rel") if it["tolerance"]["kind"] == "rel" else None
        if rel is not None and low > 0 and high / low < (1 + rel) ** 2:
            continue  # readings closer than two tolerances: a value between them is near both
        assert _grade(grader, ureg, it, between) == "wrong", (it["id"], between)
        assert _grade(grader, ureg, it, None) == "refused", it["id"]


def test_a_wider_relative_tolerance_is_recorded_and_bounded() -> None:
    """``rel_tol`` widens an item's stored tolerance; a value outside (0, 1) is a writing error."""
    builder = load_exam_items()
    registry = builder.REGISTRY.setdefault("heldout4", [])

    @builder.item(
        "heldout4", "optical", "nm", "test only", rel_tol=0.05, solution="x", forms=("plain",)
    )
    def _wide():
        """A question used only by this test."""
        return 100.0

    try:
        assert registry[-1].tolerance == {"kind": "rel", "rel": 0.05}
        with pytest.raises(ValueError):

            @builder.item("heldout4", "optical", "nm", "t", rel_tol=0.0, solution="x", forms=())
            def _zero():
                """Another question used only by this test."""
                return 1.0
    finally:
        registry[:] = [it for it in registry if it.id not in {"_wide", "_zero"}]
