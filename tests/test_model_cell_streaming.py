"""Model text streams into a real kernel's cell output and a kernel interrupt stops it cleanly."""

from __future__ import annotations

import os
import queue
import time

import pytest

pytestmark = pytest.mark.slow


def _run(kc, code, timeout=300):
    """Execute ``code``; return (reply content, iopub messages of that execution)."""
    msg_id = kc.execute(code)
    messages = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=1)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        messages.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    reply = kc.get_shell_msg(timeout=60)
    return reply["content"], messages


def test_cell_streams_and_interrupt_stops_generation(tiny_model_dir, tmp_path):
    from jupyter_client.manager import start_new_kernel

    env = {**os.environ, "MATSCI_CACHE_DIR": str(tmp_path / "cache")}
    km, kc = start_new_kernel(kernel_name="python3", env=env, cwd=str(tmp_path))
    try:
        reply, _ = _run(kc, "%load_ext matsci_jupyter")
        assert reply["status"] == "ok"
        reply, _ = _run(kc, f"%matsci model load {tiny_model_dir}")
        assert reply["status"] == "ok"
        # slow the random-weight model down so that there is time to interrupt it
        _run(
            kc,
            "import time, matsci_jupyter\n"
            "m = matsci_jupyter.current_model()\n"
            "m.model.register_forward_hook(lambda *a: time.sleep(0.05))",
        )
        msg_id = kc.execute("%%matsci\nTell me everything about perovskite solar cells.")
        updates = []
        deadline = time.monotonic() + 120
        interrupted_at = None
        messages = []
        while time.monotonic() < deadline:
            try:
                msg = kc.get_iopub_msg(timeout=1)
            except queue.Empty:
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            messages.append(msg)
            if msg["msg_type"] == "update_display_data":
                updates.append(msg["content"]["data"]["text/plain"])
                if len(updates) >= 3 and interrupted_at is None:
                    km.interrupt_kernel()
                    interrupted_at = time.monotonic()
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
        assert interrupted_at is not None, "no live updates arrived"
        assert time.monotonic() - interrupted_at < 20  # stopped promptly
        assert "writing…" in updates[0]  # live text with the way to stop it
        final = updates[-1]
        assert "stopped by interrupt" in final.splitlines()[0]
        # the partial text stays in the cell: what the last live update showed, and more
        shown = updates[-2].split("\n", 1)[1]
        assert shown.strip() and final.split("\n", 1)[1].startswith(shown)
        stderr = "".join(
            m["content"].get("text", "")
            for m in messages
            if m["msg_type"] == "stream" and m["content"]["name"] == "stderr"
        )
        assert stderr.strip() == "matsci: interrupted"  # one line, no traceback soup
        assert not [m for m in messages if m["msg_type"] == "error"]
        # the generation thread ended and the model is usable again (lock free)
        reply, msgs = _run(
            kc,
            "import threading\n"
            "print('alive', [t.name for t in threading.enumerate() if t.name == 'matsci-generate'])\n"
            "print(len(m.generate('x', max_new_tokens=2)) >= 0)",
            timeout=60,
        )
        assert reply["status"] == "ok"
        out = "".join(mm["content"].get("text", "") for mm in msgs)
        assert "alive []" in out and "True" in out
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_each_repair_round_shows_its_progress_in_the_cell(tmp_path):
    """%%matsci code with a model: every round is a live display in the cell, and between
    rounds a note says what failed and that a repair was asked for."""
    from pathlib import Path

    from jupyter_client.manager import start_new_kernel

    tests = str(Path(__file__).resolve().parent)
    env = {**os.environ, "MATSCI_CACHE_DIR": str(tmp_path / "cache")}
    km, kc = start_new_kernel(kernel_name="python3", env=env, cwd=str(tmp_path))
    try:
        reply, _ = _run(
            kc,
            "%load_ext matsci_jupyter\n"
            f"import sys; sys.path.insert(0, {tests!r})\n"
            "from code_support import ScriptedModel, answer\n"
            "from matsci_jupyter.model import session\n"
            "uncalled = 'import math\\n\\ndef area(r):\\n    print(math.pi * r * r)\\n'\n"
            "session.set_current_model(ScriptedModel("
            "[answer(uncalled), answer('seconds = 24 * 3600\\nprint(seconds)\\n')]))",
        )
        assert reply["status"] == "ok", reply
        reply, messages = _run(kc, "%%matsci code\nprint the number of seconds in a day")
        assert reply["status"] == "ok"
        shown = [
            (m["msg_type"], m["content"]["data"].get("text/plain", ""))
            for m in messages
            if m["msg_type"] in ("display_data", "update_display_data")
        ]
        texts = [t for _, t in shown]

        def first(needle):
            return next(i for i, t in enumerate(texts) if needle in t)

        round1 = first("[scripted · code, round 1 of 4]")
        repair = first("[matsci] round 1: ")
        round2 = first("[scripted · code, round 2 of 4]")
        verified = first("[matsci] round 2: verified and matches the request")
        assert round1 < repair < round2 < verified  # in the order they happened
        assert (
            "printed nothing" in texts[repair] and "asking the model for a repair" in texts[repair]
        )
        assert any("Verified" in t for t in texts[verified + 1 :])  # then the checked result
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
