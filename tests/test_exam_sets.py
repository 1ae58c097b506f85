"""The blind exam sets (issue 11) are well formed, match their builder, and the grader grades right.

Checks the data and the grader only; the engine's score on the sets is a benchmark
(benchmarks/answer_exam.py), not a test.
"""

from __future__ import annotations

import json
import math
from collections import Counter

import pytest
from exam_support import DATA, ROOT, load_exam_items, load_module

SETS = {"dev": DATA / "answer_exam_dev.json", "heldout": DATA / "answer_exam_heldout.json"}


@pytest.fixture(scope="module")
def registry():
    """The builder's registry, re-run from the item modules (keys recomputed from their formulas)."""
    return load_exam_items("exam_items_dev", "exam_items_heldout").REGISTRY


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_balanced_and_well_formed(name: str) -> None:
    import pint

    items = json.loads(SETS[name].read_text(encoding="utf-8"))["items"]
    assert len(items) == 120
    topics = Counter(it["topic"] for it in items)
    assert len(topics) == 15 and set(topics.values()) == {8}, topics
    assert len({it["id"] for it in items}) == len(items)
    ureg = pint.UnitRegistry()
    for it in items:
        assert it["question"].strip() and it["source"].strip() and it["computation"].strip()
        if it["refuse"] is None:
            assert isinstance(it["value"], float) and math.isfinite(it["value"]), it["id"]
            ureg.Quantity(1.0, it["unit"])  # pint reads the key's unit
            assert it["tolerance"]["kind"] in {"rel", "round", "abs"}, it["id"]
        else:
            assert it["value"] is None and it["tolerance"] is None, it["id"]


def test_dev_and_heldout_share_no_question() -> None:
    dev, held = (json.loads(p.read_text(encoding="utf-8"))["items"] for p in SETS.values())
    assert not {it["question"] for it in dev} & {it["question"] for it in held}


@pytest.mark.parametrize("name", sorted(SETS))
def test_json_matches_the_builder(registry, name: str) -> None:
    stored = json.loads(SETS[name].read_text(encoding="utf-8"))["items"]
    rebuilt = [it.as_dict() for it in registry[name]]
    assert stored == rebuilt, "rerun tests/data/build_answer_exam.py"


@pytest.fixture(scope="module")
def grader():
    return load_module("answer_exam_benchmark", ROOT / "benchmarks" / "answer_exam.py")


def _payload(magnitude: float | None, units: str = "") -> dict:
    if magnitude is None:
        return {"quantity": None, "reason": "no relation"}
    return {"quantity": {"magnitude": magnitude, "units": units}}


def test_grader_outcomes(grader) -> None:
    import pint

    ureg = pint.UnitRegistry()
    rel = {
        "value": 190.99,
        "unit": "MPa",
        "tolerance": {"kind": "rel", "rel": 0.02},
        "refuse": None,
    }
    assert grader.grade(rel, _payload(0.19099, "gigapascal"), ureg)[0] == "correct"
    assert grader.grade(rel, _payload(200.0, "megapascal"), ureg)[0] == "wrong"
    assert grader.grade(rel, _payload(190.99, "meter"), ureg)[0] == "wrong"  # another dimension
    assert grader.grade(rel, _payload(None), ureg)[0] == "refused"
    must_refuse = {"value": None, "unit": None, "tolerance": None, "refuse": "two readings"}
    assert grader.grade(must_refuse, _payload(1.0, "nm**3"), ureg)[0] == "wrong"
    assert grader.grade(must_refuse, _payload(None), ureg)[0] == "refused"
    rounded = {
        "value": 0.68,
        "unit": "dimensionless",
        "tolerance": {"kind": "round", "decimals": 2, "abs": 0.005},
        "refuse": None,
    }
    assert grader.grade(rounded, _payload(0.6802, "dimensionless"), ureg)[0] == "correct"
    assert grader.grade(rounded, _payload(0.69, "dimensionless"), ureg)[0] == "wrong"
    percent = {
        "value": 35.58,
        "unit": "percent",
        "tolerance": {"kind": "rel", "rel": 0.02},
        "refuse": None,
    }
    assert grader.grade(percent, _payload(0.3558, "dimensionless"), ureg)[0] == "correct"
    celsius = {
        "value": 351.85,
        "unit": "degC",
        "tolerance": {"kind": "rel", "rel": 0.02},
        "refuse": None,
    }
    assert grader.grade(celsius, _payload(625.0, "kelvin"), ureg)[0] == "correct"
    cycles = {
        "value": 6320.0,
        "unit": "dimensionless",
        "tolerance": {"kind": "rel", "rel": 0.02},
        "refuse": None,
    }
    assert grader.grade(cycles, _payload(6320.0, "cycle"), ureg)[0] == "correct"
