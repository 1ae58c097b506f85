"""Blind exam set C (tests/data/answer_exam_heldout2.json) is well formed and matches its builder.

Checks the data and the grader's handling of its two-reading items only; the engine's score on the
set is a benchmark (``benchmarks/answer_exam.py --set heldout2``), run once by the lead.
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
SET_C = DATA / "answer_exam_heldout2.json"
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
    """The item registry re-run from exam_items_heldout2.py (every key recomputed with pint)."""
    sys.path.insert(0, str(DATA))
    try:
        for name in ("exam_items", "exam_items_heldout2"):
            sys.modules.pop(name, None)
        items = _load_module("exam_items", DATA / "exam_items.py")
        _load_module("exam_items_heldout2", DATA / "exam_items_heldout2.py")
        return items
    finally:
        sys.path.remove(str(DATA))


@pytest.fixture(scope="module")
def stored() -> list[dict]:
    payload = json.loads(SET_C.read_text(encoding="utf-8"))
    assert payload["set"] == "heldout2"
    return payload["items"]


def test_set_c_covers_the_14_topics_evenly(builder, stored) -> None:
    assert len(stored) == 120
    topics = Counter(it["topic"] for it in stored)
    assert set(topics) == set(builder.HELDOUT2_TOPICS), topics
    assert set(topics.values()) <= {8, 9}, topics
    assert len({it["id"] for it in stored}) == len(stored)


def test_set_c_records_are_well_formed(stored) -> None:
    import pint

    ureg = pint.UnitRegistry()
    for it in stored:
        where = it["id"]
        assert it["question"].strip() and it["source"].strip() and it["computation"].strip()
        assert "Answer:" in it["solution"], where
        assert it["forms"] and set(it["forms"]) <= FORMS, where
        if it["refuse"] is not None:
            assert it["value"] is None and it["tolerance"] is None and not it["readings"], where
            assert "must_refuse" in it["forms"], where
            continue
        assert isinstance(it["value"], float) and math.isfinite(it["value"]), where
        ureg.Quantity(1.0, it["unit"])  # pint reads the key's unit
        assert it["tolerance"]["kind"] in {"rel", "round", "abs"}, where
        if it["readings"]:
            assert "ambiguous" in it["forms"] and len(it["readings"]) >= 2, where
            assert it["readings"][0]["value"] == it["value"], where
            assert all(r["unit"] == it["unit"] and r["reading"] for r in it["readings"]), where
            values = [r["value"] for r in it["readings"]]
            assert len(set(values)) == len(values), f"{where}: readings must differ"
        else:
            assert "ambiguous" not in it["forms"], where


def test_set_c_has_the_asked_variety(stored) -> None:
    forms = Counter(f for it in stored for f in it["forms"])
    for form in ("tex", "unicode", "spaced_thousands", "sig_figs", "percent", "multi_step"):
        assert forms[form] >= 5, (form, forms)
    assert forms["distractor"] >= 10 and 3 <= forms["ambiguous"] <= 10, forms


def test_builder_reproduces_the_stored_keys(builder, stored) -> None:
    rebuilt = [it.as_dict() for it in builder.REGISTRY["heldout2"]]
    assert stored == rebuilt, "rerun: python tests/data/build_answer_exam.py --set heldout2"


def test_set_c_shares_no_question_with_the_other_sets(stored) -> None:
    mine = {it["question"] for it in stored}
    for other in ("answer_exam_dev.json", "answer_exam_heldout.json"):
        path = DATA / other
        if path.exists():
            theirs = {it["question"] for it in json.loads(path.read_text("utf-8"))["items"]}
            assert not mine & theirs, other


def test_grader_accepts_either_reading_and_nothing_else() -> None:
    import pint

    grader = _load_module("answer_exam_benchmark_c", ROOT / "benchmarks" / "answer_exam.py")
    ureg = pint.UnitRegistry()
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

    def grade(magnitude: float | None, units: str = "degree") -> str:
        data = (
            {"quantity": None}
            if magnitude is None
            else {"quantity": {"magnitude": magnitude, "units": units}}
        )
        return grader.grade(item, data, ureg)[0]

    assert grade(38.5) == "correct"
    assert grade(19.3) == "correct"
    assert grade(0.3360, "radian") == "correct"  # 19.25° in another unit
    assert grade(28.0) == "wrong"
    assert grade(None) == "refused"
