"""Model text written inside engines reaches the chat panel while it is written.

The code path's rounds and its repair notes go through ``generate_live``; in the
server a :class:`~matsci_jupyter.server.chat.PanelLiveSink` turns them into
``progress`` events, so the panel shows each round as it happens, not only the
final result.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from code_support import ScriptedModel, answer
from pytest_jupyter.jupyter_server import *  # noqa: F403 - fixtures for this module only
from traitlets.config import Config

from matsci_jupyter.model import session
from matsci_jupyter.server.chat import PanelLiveSink

UNCALLED = "import math\n\ndef area(r):\n    print(math.pi * r * r)\n"
FIXED = "seconds = 24 * 3600\nprint(seconds)\n"


@pytest.fixture
def jp_server_config() -> Config:
    return Config({"ServerApp": {"jpserver_extensions": {"matsci_jupyter": True}}})


@pytest.fixture(autouse=True)
def _no_model_after():
    yield
    session.unload()


def _events(body: bytes) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for block in body.decode().split("\n\n"):
        lines = [ln for ln in block.splitlines() if ln and not ln.startswith(":")]
        if lines:
            event = next(ln[7:] for ln in lines if ln.startswith("event: "))
            out.append(
                (event, json.loads("".join(ln[6:] for ln in lines if ln.startswith("data: "))))
            )
    return out


def test_code_rounds_and_repairs_show_as_progress_in_the_panel(
    jp_fetch, jp_root_dir: Path, jp_asyncio_loop
):
    model = ScriptedModel([answer(UNCALLED), answer(FIXED)])
    session.set_current_model(model)
    body = json.dumps({"message": "/code print the number of seconds in a day"})

    async def fetch():  # create tornado's future inside the running loop
        return await jp_fetch("matsci", "chat", method="POST", body=body, request_timeout=120)

    resp = jp_asyncio_loop.run_until_complete(fetch())
    events = _events(resp.body)
    progress = [d["message"] for e, d in events if e == "progress"]
    assert len(model.prompts) == 2  # the first code did nothing and went back for repair
    assert progress[0] == "scripted · code, round 1 of 4: writing…"
    repair = next(p for p in progress if "asking the model for a repair" in p)
    assert repair.startswith("round 1: ") and "printed nothing" in repair
    assert "scripted · code, round 2 of 4: writing…" in progress
    assert progress.index(repair) < progress.index("scripted · code, round 2 of 4: writing…")
    assert progress[-1] == "round 2: verified and matches the request"
    # progress came before the result, and the result is the checked one
    names = [e for e, _ in events]
    assert max(i for i, e in enumerate(names) if e == "progress") < names.index("result")
    payload = dict(events)["result"]["payload"]
    assert payload["data"]["verified"] is True and "24 * 3600" in payload["data"]["code"]


def test_the_panel_sink_shows_the_line_being_written_at_a_calm_rate():
    seen: list[str] = []
    sink = PanelLiveSink(seen.append)
    sink.begin("SmolLM2", "code, round 1 of 2")
    sink.update("```python\nfrom pymatgen.core import Structure\n\n", 12, 2.0)
    sink.update("x" * 500, 40, 4.0)
    sink.end("...", "40 tokens in 4.0 s (10.0 tokens/s)", keep_text=False)
    sink.note("round 1: ran; asking the model for a repair (round 2 of 2)")
    assert seen[0] == "SmolLM2 · code, round 1 of 2: writing…"
    assert seen[1] == (
        "SmolLM2 · code, round 1 of 2: writing… 12 tokens, 6.0/s · "
        "from pymatgen.core import Structure"
    )
    assert seen[2].endswith("· " + "x" * PanelLiveSink.LINE_CHARS)  # long lines are cut
    assert seen[3] == "SmolLM2 · code, round 1 of 2: 40 tokens in 4.0 s (10.0 tokens/s)"
    assert seen[4].startswith("round 1:")
    assert PanelLiveSink.min_interval_s >= 0.2  # not one SSE event per token


def test_a_stopped_turn_stops_the_model_inside_an_engine(tiny_model):
    from matsci_jupyter.model.live import generate_live, live_output
    from matsci_jupyter.server.chat import Cancel

    turn = Cancel()

    def progress(message: str) -> None:
        if "tokens," in message:  # the client goes away once text is arriving
            turn.set()

    with live_output(PanelLiveSink(progress, turn)):
        gen = generate_live(tiny_model, "Bragg law", max_new_tokens=40, temperature=0.0)
        again = generate_live(tiny_model, "Bragg law", max_new_tokens=40, temperature=0.0)
    assert 1 <= gen.pieces < 40 and again.pieces == 0  # stopped, and nothing more is written


def test_rounds_of_a_running_turn_are_not_stopped_by_the_previous_round(tiny_model):
    """LocalModel sets the flag it was given when its generation ends: each round gets its
    own flag, so round 2 runs in full."""
    from matsci_jupyter.model.live import generate_live, live_output
    from matsci_jupyter.server.chat import Cancel

    with live_output(PanelLiveSink(lambda m: None, Cancel())):
        first = generate_live(tiny_model, "Bragg law", max_new_tokens=12, temperature=0.0)
        second = generate_live(tiny_model, "Bragg law", max_new_tokens=12, temperature=0.0)
    assert first.text == second.text and second.pieces == first.pieces >= 2
