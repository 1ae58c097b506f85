"""One command, every surface: the same inputs through the magic, the chat's slash commands, the
server's engine handler, the jupyter-ai persona's Markdown and the MCP server give the same result,
with no model and with a (scripted, deterministic) model loaded.

The engines are the real ones (solver, checker, structure checks, recipes + sandbox); only the
language model is a stand-in that always writes the same pint program.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytest_jupyter.jupyter_server import *  # noqa: F403 - fixtures for this module only
from structure_samples import NACL_SYMBOL_ONLY_CIF
from traitlets.config import Config

from matsci_jupyter.commands import COMMANDS
from matsci_jupyter.commands.payloads import to_payload
from matsci_jupyter.model import session
from matsci_jupyter.model.base import ModelBackend, ModelStatus
from matsci_jupyter.server.markdown_chat import answer_markdown, payload_markdown

PHOTON = "What is the wavelength of a 2.0 eV photon, in nm?"
DEBYE = "The Debye temperature of copper is 343 K. What is the maximum phonon energy in meV?"
CHECK_Q = "What is the wavelength (in nm) of a 2.5 eV photon?"
CHECK_R = "λ = hc/E = 1240/2.5 = 496 nm"
DEBYE_PROGRAM = (
    "```python\nfrom matsci_jupyter.units import get_registry\nureg = get_registry()\n"
    "Q_ = ureg.Quantity\nT = Q_(343, 'K')\nresult = (ureg.boltzmann_constant * T).to('meV')\n```"
)


@dataclass(frozen=True)
class Case:
    id: str
    command: str
    arguments: dict[str, Any]
    magic: tuple[str, str | None]  # (line, cell body)
    slash: str
    check: Any = field(default=None, compare=False)  # what the result must show, per model mode


CASES = [
    Case("answer-solver", "answer", {"question": PHOTON}, ("answer", PHOTON), f"/answer {PHOTON}"),
    Case(
        "answer-needs-model", "answer", {"question": DEBYE}, ("answer", DEBYE), f"/answer {DEBYE}"
    ),
    Case(
        "check-answer",
        "check_answer",
        {"question": CHECK_Q, "response": CHECK_R},
        ("check-answer", f"{CHECK_Q}\n---\n{CHECK_R}"),
        f"/check {CHECK_Q} --- {CHECK_R}",
    ),
    Case(
        "check-structure",
        "check_structure",
        {"structure": "nacl.cif"},
        ("check nacl.cif", None),
        "/check nacl.cif",
    ),
    Case(
        "generate-code",
        "generate_code",
        {"request": "molar mass of Fe2O3"},
        ("code", "molar mass of Fe2O3"),
        "/code molar mass of Fe2O3",
    ),
]

SURFACE_ONLY_KEYS = {"inserted", "already_inserted"}  # the magic inserts code in a new cell
TIMING_WORDS = ("seconds", "elapsed", "duration")
RAN_IN = re.compile(r"ran in [\d.]+ s")


def stable(value: Any) -> Any:
    """The payload data without timings and surface-only keys."""
    if isinstance(value, dict):
        return {
            k: stable(v)
            for k, v in value.items()
            if k not in SURFACE_ONLY_KEYS and not any(w in k for w in TIMING_WORDS)
        }
    if isinstance(value, list):
        return [stable(v) for v in value]
    if isinstance(value, str):
        return RAN_IN.sub("ran in ? s", value)
    return value


class ProgramModel(ModelBackend):
    """A deterministic stand-in language model: always the same pint program."""

    kind = "scripted"

    def __init__(self) -> None:
        super().__init__("program-writer")
        self.calls = 0

    def _generate(self, messages, opts):
        self.calls += 1
        return DEBYE_PROGRAM

    def status(self) -> ModelStatus:
        return ModelStatus(backend="scripted", name=self.name)


@pytest.fixture
def jp_server_config() -> Config:
    return Config({"ServerApp": {"jpserver_extensions": {"matsci_jupyter": True}}})


@pytest.fixture
def work(jp_root_dir: Path, monkeypatch) -> Path:
    folder = jp_root_dir / "work"
    folder.mkdir()
    (folder / "analysis.ipynb").write_text(
        json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    )
    (folder / "nacl.cif").write_text(NACL_SYMBOL_ONLY_CIF)
    monkeypatch.chdir(folder)  # the kernel's working folder is the notebook's
    return folder


@pytest.fixture(params=["no-model", "model", pytest.param("tiny-4bit", marks=pytest.mark.slow)])
def model_mode(request, tmp_path_factory):
    """No model; a scripted model writing a right program; the real tiny 4-bit model (random
    weights: whatever it writes must be refused, identically everywhere)."""
    model: Any = None
    if request.param == "model":
        model = ProgramModel()
    elif request.param == "tiny-4bit":
        from matsci_jupyter.model import load_model

        tiny_dir = request.getfixturevalue("tiny_model_dir")
        model = load_model(str(tiny_dir), cache_dir=tmp_path_factory.mktemp("surfaces-cache"))
    if model is not None:
        session.set_current_model(model)
    yield model
    session.unload()


# -- the surfaces -------------------------------------------------------------------------------
def via_magic(case: Case, ip, monkeypatch) -> dict[str, Any]:
    import matsci_jupyter.engines.code.notebook as notebook

    delivered: list[Any] = []
    real = notebook.deliver
    monkeypatch.setattr(
        notebook,
        "deliver",
        lambda result, ctx, **kw: delivered.append(result) or real(result, ctx, **kw),
    )
    line, cell = case.magic
    obj = ip.run_cell_magic("matsci", line, cell) if cell else ip.run_line_magic("matsci", line)
    obj = delivered[0] if delivered else obj
    assert obj is not None, f"the magic gave no result for {case.id}"
    return to_payload(obj, engine=COMMANDS[case.command].engine)


def via_chat(case: Case, jp_fetch, run) -> dict[str, Any]:
    body = json.dumps({"message": case.slash, "notebook": "work/analysis.ipynb"})
    resp = run(jp_fetch("matsci", "chat", method="POST", body=body, request_timeout=120))
    events = []
    for block in resp.body.decode().split("\n\n"):
        lines = [ln for ln in block.splitlines() if ln and not ln.startswith(":")]
        if lines:
            event = next(ln[7:] for ln in lines if ln.startswith("event: "))
            events.append(
                (event, json.loads("".join(ln[6:] for ln in lines if ln.startswith("data: "))))
            )
    results = [d["payload"] for e, d in events if e == "result"]
    assert len(results) == 1, events
    return results[0]


def via_server(case: Case, jp_fetch, run) -> dict[str, Any]:
    body = json.dumps({"arguments": case.arguments, "notebook": "work/analysis.ipynb"})
    resp = run(
        jp_fetch("matsci", "engines", case.command, method="POST", body=body, request_timeout=120)
    )
    return json.loads(resp.body)["result"]


def via_persona(case: Case, work: Path) -> str:
    async def collect() -> str:
        return "".join([piece async for piece in answer_markdown(case.slash, work)])

    return asyncio.run(collect())


def via_mcp(case: Case, work: Path) -> dict[str, Any]:
    pytest.importorskip("mcp", reason="the MCP SDK is an optional extra")
    import anyio
    from mcp.shared.memory import create_connected_server_and_client_session

    from matsci_jupyter.mcp_server import build_server, context_factory

    async def call() -> Any:
        server = build_server(context_factory(work))
        async with create_connected_server_and_client_session(server) as client:
            return await client.call_tool(case.command, case.arguments)

    result = anyio.run(call)
    assert not result.isError, result.content
    return result.structuredContent


@pytest.fixture
def run(jp_asyncio_loop):
    return jp_asyncio_loop.run_until_complete


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_surface_gives_the_same_result(
    case, model_mode, work, ip, jp_fetch, run, monkeypatch
):
    reference = COMMANDS[case.command].payload(case.arguments, _tool_ctx(work))
    expected = stable(reference["data"])
    results = {
        "magic": stable(via_magic(case, ip, monkeypatch)["data"]),
        "chat": stable(via_chat(case, jp_fetch, run)["data"]),
        "server": stable(via_server(case, jp_fetch, run)["data"]),
        "mcp": stable(via_mcp(case, work)),
    }
    for surface, data in results.items():
        assert data == expected, f"{surface} differs from the command table for {case.id}"
    persona = RAN_IN.sub("ran in ? s", via_persona(case, work).strip())
    assert persona == RAN_IN.sub("ran in ? s", payload_markdown(reference).strip())
    _check_meaning(case, expected, model_mode)


def _tool_ctx(work: Path):
    from matsci_jupyter.commands import ToolContext

    return ToolContext(work, root=work.parent)


def _check_meaning(case: Case, data: dict[str, Any], model: Any) -> None:
    """The shared result is also the right one (not only the same everywhere)."""
    if case.id == "answer-solver":
        assert data["ok"] and data["source"] == "solver"
        assert data["quantity"]["magnitude"] == pytest.approx(619.9, abs=0.5)
    elif case.id == "answer-needs-model":
        if not isinstance(model, ProgramModel):  # no model, or one writing nonsense
            assert data["quantity"] is None and data["reason"]  # a refusal with a reason
        else:
            assert data["ok"] and data["source"] == "model" and model.calls >= 5
            assert data["quantity"]["magnitude"] == pytest.approx(29.557, rel=1e-3)
    elif case.id == "check-answer":
        assert data["source"] == "response" and data["checks"]
    elif case.id == "check-structure":
        assert data["ok"] is True
    elif case.id == "generate-code":
        assert data["verified"] is True and "Fe2O3" in data["code"]
