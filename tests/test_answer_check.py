"""check_answer on the worked-answer set: planted errors flagged, correct answers not flagged."""

from __future__ import annotations

import math

import pytest
from answer_helpers import load_worked, to_unit

from matsci_jupyter import check_answer

WORKED = load_worked()
CORRECT = [w for w in WORKED if w["planted"] is None]
PLANTED = [w for w in WORKED if w["planted"] is not None]


def test_the_set_has_correct_and_planted_answers_of_each_kind():
    assert len(WORKED) >= 20
    assert len(CORRECT) >= 8
    kinds = {w["planted"] for w in PLANTED}
    assert {"arithmetic", "unit", "constant", "dimension", "unused_given"} <= kinds


@pytest.mark.parametrize("item", CORRECT, ids=[w["id"] for w in CORRECT])
def test_correct_answers_are_not_flagged(item):
    a = check_answer(item["question"], item["response"])
    assert [str(c) for c in a.checks if not c.passed] == []
    assert a.ok and a.source == "response"
    exp = item["expect_value"]
    assert math.isclose(
        to_unit(a.quantity, exp["unit"] if exp["unit"] != "dimensionless" else None),
        exp["value"],
        rel_tol=0.02,
    )


@pytest.mark.parametrize("item", PLANTED, ids=[f"{w['id']}-{w['planted']}" for w in PLANTED])
def test_planted_errors_are_flagged_by_the_right_check(item):
    a = check_answer(item["question"], item["response"])
    failed = {c.name for c in a.checks if not c.passed}
    assert failed & set(item["expect_flags"]), (failed, item["expect_flags"])
    rec = item["expect_recomputed"]
    if rec is not None:
        assert a.recomputed is not None
        assert math.isclose(to_unit(a.recomputed, rec["unit"]), rec["value"], rel_tol=0.02)
        assert any("recomputed" in n for n in a.notes)


def test_a_length_asked_in_um_answered_in_ev_is_rejected():
    a = check_answer(
        "A semiconductor has a band gap of 1.43 eV. What is the maximum wavelength of light (in μm) "
        "that it absorbs?",
        "The photon energy equals the band gap, so the answer is 1.43 eV.",
    )
    assert a.quantity is None and not a.ok
    dim = a.check("dimension")
    assert dim is not None and not dim.passed
    assert "energy" in dim.message and "length" in dim.message


def test_an_answer_in_nm_for_a_question_in_um_is_converted_and_marked():
    a = check_answer(
        "A semiconductor has a band gap of 1.43 eV. What is the maximum wavelength of light (in μm) "
        "that it absorbs?",
        "λ = hc/E = (6.626e-34 J s)(3.00e8 m/s)/(1.43 × 1.602e-19 J) = 8.68e-7 m\n"
        "The answer is 868 nm.",
    )
    assert f"{a.quantity.units:~}" == "µm"
    assert a.quantity.magnitude == pytest.approx(0.868, rel=1e-3)
    unit = a.check("unit")
    assert unit is not None and not unit.passed and not unit.blocking
    assert "868 nm = 0.868 μm" in unit.message


def test_only_the_last_arithmetic_wrong_gives_the_recomputed_value():
    a = check_answer(
        "Calculate the engineering stress in MPa on a 10 mm diameter rod pulled with 15,000 N.",
        "A0 = π (10 mm)^2/4 = 78.5 mm^2\nσ = F/A0 = 15000 N / 78.5 mm^2 = 19.1 MPa",
    )
    assert a.recomputed is not None
    assert a.recomputed.to("MPa").magnitude == pytest.approx(191, rel=0.01)
    assert a.quantity is None
