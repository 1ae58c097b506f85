"""The model's code round: what a real small model typically gets wrong is never verified."""

from __future__ import annotations

from code_support import ScriptedModel, answer

from matsci_jupyter.engines.code.model_path import generate_with_model
from matsci_jupyter.model.live import RecordingSink, live_output

UNCALLED = """import pandas as pd

def print_density(structure):
    print(len(structure))
"""


def test_code_that_does_nothing_is_not_verified_and_goes_back_for_repair(tmp_path):
    model = ScriptedModel([answer(UNCALLED), answer("x = 2.33\nprint(f'density {x} g/cm^3')")])
    sink = RecordingSink()
    with live_output(sink):
        result = generate_with_model(
            "print a density", model, namespace={}, variables=[], cwd=str(tmp_path), max_rounds=1
        )
    first = result.attempts[0]
    assert "printed nothing" in first["status"]
    assert "printed nothing" in model.prompt_text(1)  # the repair prompt says what was wrong
    assert result.verified and len(result.attempts) == 2
    notes = sink.of("note")
    assert any("repair (round 2 of 2)" in n for n in notes) and "verified" in notes[-1]


def test_code_that_does_nothing_in_the_last_round_stays_unverified(tmp_path):
    model = ScriptedModel([answer(UNCALLED)])
    result = generate_with_model(
        "print a density", model, namespace={}, variables=[], cwd=str(tmp_path), max_rounds=0
    )
    assert not result.verified
