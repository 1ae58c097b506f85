"""Blind exam set E (tests/data/answer_exam_heldout4.json) is well formed and matches its builder.

Checks the data only (fields, tolerances, pint-readable units, topic balance, the rebuilt keys) and
the grader's handling of its two-reading item; the engine's score on the set is a benchmark
(``benchmarks/answer_exam.py --set heldout4``), run once by the lead, never by a test.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SET_E = DATA / "answer_exam_heldout4.json"
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
}


def _load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def builder():
    """The item registry re-run from exam_items_heldout4.py (every key recomputed with pint)."""
    sys.path.insert(0, str(DATA))
    try:
        for name in ("exam_items", "exam_items_heldout4"):
            sys.modules.pop(name, None)
        items = _load_module("exam_items", DATA / "exam_items.py")
        _load_module("exam_items_heldout4", DATA / "exam_items_heldout4.py")
        return items
    finally:
        sys.path.remove(str(DATA))


@pytest.fixture(scope="module")
def stored() -> list[dict]:
    payload = json.loads(SET_E.read_text(encoding="utf-8"))
    assert payload["set"] == "heldout4"
    return payload["items"]


def test_set_e_covers_the_14_topics_evenly(builder, stored) -> None:
    assert len(stored) == 120
    topics = Counter(it["topic"] for it in stored)
    assert set(topics) == set(builder.HELDOUT4_TOPICS), topics
    assert set(topics.values()) <= {8, 9}, topics
    assert len({it["id"] for it in stored}) == len(stored)


def test_set_e_records_are_well_formed(stored) -> None:
    import pint

    ureg = pint.UnitRegistry()
    for it in stored:
        where = it["id"]
        assert it["question"].strip() and it["source"].strip() and it["computation"].strip()
        assert "Answer:" in it["solution"], where
        assert it["forms"] and set(it["forms"]) <= FORMS, where
        if it["refuse"] is not None:
            assert it["refuse"].strip(), where
            assert it["value"] is None and it["tolerance"] is None and not it["readings"], where
            assert it["unit"] is None and "must_refuse" in it["forms"], where
            continue
        assert "must_refuse" not in it["forms"], where
        assert isinstance(it["value"], float) and math.isfinite(it["value"]), where
        ureg.Quantity(it["value"], it["unit"])  # pint reads the key's unit
        tol = it["tolerance"]
        assert tol["kind"] in {"rel", "round", "abs"}, where
        width = tol["rel"] if tol["kind"] == "rel" else tol["abs"]
        assert width > 0, where
        if tol["kind"] == "rel":
            assert width <= 0.10, where
        if it["readings"]:
            assert "ambiguous" in it["forms"] and len(it["readings"]) >= 2, where
            assert it["readings"][0]["value"] == it["value"], where
            assert all(r["unit"] == it["unit"] and r["reading"] for r in it["readings"]), where
            values = [r["value"] for r in it["readings"]]
            assert len(set(values)) == len(values), f"{where}: readings must differ"
        else:
            assert "ambiguous" not in it["forms"], where


def test_set_e_has_the_asked_variety(stored) -> None:
    forms = Counter(f for it in stored for f in it["forms"])
    for form in ("tex", "unicode", "spaced_thousands", "sig_figs", "percent", "multi_step"):
        assert forms[form] >= 5, (form, forms)
    assert forms["distractor"] >= 10, forms
    assert 8 <= forms["must_refuse"] <= 12, forms
    assert sum("(a)" in it["question"] and "(b)" in it["question"] for it in stored) >= 4


def test_builder_reproduces_the_stored_keys(builder, stored) -> None:
    rebuilt = [it.as_dict() for it in builder.REGISTRY["heldout4"]]
    assert stored == rebuilt, "rerun: python tests/data/build_answer_exam.py --set heldout4"


def test_set_e_shares_no_question_with_the_other_sets(stored) -> None:
    mine = {it["question"] for it in stored}
    for other in ("dev", "heldout", "heldout2", "heldout3"):
        path = DATA / f"answer_exam_{other}.json"
        if path.exists():
            theirs = {it["question"] for it in json.loads(path.read_text("utf-8"))["items"]}
            assert not mine & theirs, other


def test_a_wider_relative_tolerance_is_recorded_and_bounded(builder) -> None:
    """``rel_tol`` widens the stored tolerance; a value outside (0, 1) is a writing error."""

    @builder.item(
        "heldout4", "optical", "nm", "test only", rel_tol=0.05, solution="x", forms=("plain",)
    )
    def _wide():
        """A question used only by this test."""
        return 100.0

    try:
        assert builder.REGISTRY["heldout4"][-1].tolerance == {"kind": "rel", "rel": 0.05}
        with pytest.raises(ValueError):

            @builder.item("heldout4", "optical", "nm", "t", rel_tol=0.0, solution="x", forms=())
            def _zero():
                """Another question used only by this test."""
                return 1.0
    finally:
        builder.REGISTRY["heldout4"][:] = [
            it for it in builder.REGISTRY["heldout4"] if it.id not in {"_wide", "_zero"}
        ]


def test_grader_takes_each_reading_of_the_set_e_ambiguous_items(stored) -> None:
    """Every listed reading of a set-E two-reading item grades correct; a value between them does not."""
    import pint

    grader = _load_module("answer_exam_benchmark_e", ROOT / "benchmarks" / "answer_exam.py")
    ureg = pint.UnitRegistry()

    def grade(it: dict, magnitude: float | None) -> str:
        data = (
            {"quantity": None}
            if magnitude is None
            else {"quantity": {"magnitude": magnitude, "units": it["unit"]}}
        )
        return grader.grade(it, data, ureg)[0]

    ambiguous = [it for it in stored if it["readings"]]
    assert ambiguous
    for it in ambiguous:
        values = [r["value"] for r in it["readings"]]
        for value in values:
            assert grade(it, value) == "correct", (it["id"], value)
        low, high = min(values), max(values)
        between = math.sqrt(low * high) if low > 0 else (low + high) / 2
        assert grade(it, between) == "wrong", (it["id"], between)
        assert grade(it, None) == "refused", it["id"]
