"""The command table's pieces on their own: contexts, argument checks, file access, the bridge."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest

from matsci_jupyter.commands import COMMANDS, EngineContext, ToolContext, get
from matsci_jupyter.commands.bridge import KEEPALIVE, ThreadBridge
from matsci_jupyter.commands.sources import resolve_path, structure_source
from matsci_jupyter.errors import UsageError


def test_every_surface_context_is_an_engine_context(tmp_path: Path):
    from matsci_jupyter.magics.context import MagicContext
    from matsci_jupyter.server.engines import PanelContext

    class Models:
        settings = None

        def current(self):
            return None

    contexts = [
        ToolContext(tmp_path),
        MagicContext(shell=None, settings=None),
        PanelContext(Models(), cwd=tmp_path, root=tmp_path),
    ]
    for ctx in contexts:
        assert isinstance(ctx, EngineContext), type(ctx).__name__
        assert isinstance(ctx.cwd, Path) and ctx.model_hint


def test_arguments_are_checked_with_a_message_naming_the_field():
    with pytest.raises(
        UsageError,
        match=r"answer: question: Field required; questoin: Extra inputs are not permitted",
    ):
        COMMANDS["answer"].parse({"questoin": "x"})
    with pytest.raises(UsageError, match=r"generate_code: max_rounds"):
        COMMANDS["generate_code"].parse({"request": "x", "max_rounds": -1})
    with pytest.raises(UsageError, match=r"no command 'frobnicate'; known: answer"):
        get("frobnicate")
    assert get("check-answer") is COMMANDS["check_answer"]


def test_files_are_read_inside_the_root_only(tmp_path: Path):
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "a.cif").write_text("data_a\n")
    (tmp_path / "secret.cif").write_text("data_s\n")
    ctx = ToolContext(tmp_path / "work", root=tmp_path / "work")
    assert resolve_path("a.cif", ctx) == (tmp_path / "work" / "a.cif").resolve()
    with pytest.raises(UsageError, match="outside the folder"):
        resolve_path("../secret.cif", ctx)
    with pytest.raises(UsageError, match="outside the folder"):
        resolve_path(str(tmp_path / "secret.cif"), ctx)
    # CIF text passes as text; a variable of the namespace as its object
    cif = "data_x\n_cell_length_a 3\n"
    assert structure_source(cif, ctx) == cif
    marker = object()
    assert structure_source("s", ToolContext(tmp_path, namespace={"s": marker})) is marker


def test_an_engine_that_is_not_installed_is_a_clear_error(monkeypatch, tmp_path: Path):
    import dataclasses

    from matsci_jupyter.errors import EngineUnavailableError

    def missing(args, ctx):
        raise ModuleNotFoundError("no", name="lightgbm")

    command = dataclasses.replace(COMMANDS["predict"], handler=missing)
    with pytest.raises(EngineUnavailableError, match="needs the package 'lightgbm'"):
        command.run({"inputs": ["NaCl"]}, ToolContext(tmp_path))


# -- the bridge ----------------------------------------------------------------------------------
def _collect(bridge: ThreadBridge, work, *, stop_after: int | None = None) -> list:
    async def go() -> list:
        seen = []
        async for item in bridge.run(work):
            seen.append(item)
            if stop_after is not None and len(seen) >= stop_after:
                break
        return seen

    return asyncio.run(go())


def test_the_bridge_keeps_order_and_raises_the_workers_error_after_its_items():
    bridge: ThreadBridge[int] = ThreadBridge()

    def work() -> None:
        for i in range(200):
            bridge.emit(i)

    assert _collect(bridge, work) == list(range(200))

    failing: ThreadBridge[int] = ThreadBridge()

    def fail() -> None:
        failing.emit(1)
        raise RuntimeError("model went away")

    seen: list[int] = []

    async def go() -> None:
        async for item in failing.run(fail):
            seen.append(item)

    with pytest.raises(RuntimeError, match="model went away"):
        asyncio.run(go())
    assert seen == [1]


def test_a_consumer_that_leaves_early_stops_the_worker():
    bridge: ThreadBridge[int] = ThreadBridge()
    stopped = threading.Event()

    def work() -> None:
        for i in range(10_000):
            if bridge.cancel_flag.is_set():
                stopped.set()
                return
            bridge.emit(i)
            time.sleep(0.001)

    assert _collect(bridge, work, stop_after=3) == [0, 1, 2]
    assert stopped.wait(5), "the worker did not see the cancel flag"


def test_cancel_from_outside_wakes_the_consumer_and_keepalives_flow():
    bridge: ThreadBridge[str] = ThreadBridge(keepalive_s=0.05)
    release = threading.Event()

    def work() -> None:
        release.wait(5)

    async def go() -> list:
        seen = []
        async for item in bridge.run(work):
            seen.append(item)
            if len(seen) == 2:
                bridge.cancel()  # e.g. the HTTP client went away
        release.set()
        return seen

    seen = asyncio.run(go())
    assert seen == [KEEPALIVE, KEEPALIVE] and bridge.cancel_flag.is_set()
