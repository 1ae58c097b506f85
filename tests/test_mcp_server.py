"""``matsci-jupyter mcp`` through the official MCP client: list the tools, call each one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import pytest

pytest.importorskip(
    "mcp", reason="the MCP SDK is an optional extra: pip install 'matsci-jupyter[mcp]'"
)

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from structure_samples import NACL_SYMBOL_ONLY_CIF

from matsci_jupyter.commands import COMMANDS
from matsci_jupyter.mcp_server import MCP_TOOLS, tool_definitions

REPO = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_tool_schemas_come_from_the_command_models():
    tools = {t.name: t for t in tool_definitions()}
    assert sorted(tools) == sorted(MCP_TOOLS)
    for name, tool in tools.items():
        assert tool.inputSchema == COMMANDS[name].arguments.model_json_schema()
        assert tool.inputSchema["additionalProperties"] is False  # typos are errors
        assert (
            tool.outputSchema["properties"]["kind"]["default"]
            == COMMANDS[name].output(**_required(COMMANDS[name].output)).model_dump()["kind"]
        )


def _required(model: Any) -> dict[str, Any]:
    return {n: "x" for n, f in model.model_fields.items() if f.is_required() and n != "kind"}


def test_the_official_client_lists_and_calls_every_tool_over_stdio(tmp_path: Path):
    (tmp_path / "nacl.cif").write_text(NACL_SYMBOL_ONLY_CIF)
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "matsci_jupyter.cli", "mcp", "--root", str(tmp_path)],
        env=_env(),
        cwd=str(tmp_path),
    )

    async def session_run() -> dict[str, Any]:
        out: dict[str, Any] = {}
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            out["tools"] = (await session.list_tools()).tools
            calls = {
                "answer": {"question": "What is the wavelength of a 2.0 eV photon, in nm?"},
                "check_answer": {
                    "question": "What is the wavelength (in nm) of a 2.5 eV photon?",
                    "response": "λ = hc/E = 1240/2.5 = 496 nm",
                },
                "check_structure": {"structure": "nacl.cif"},
                "generate_code": {"request": "molar mass of Fe2O3"},
                "predict": {"inputs": ["NaCl"]},
            }
            for name, arguments in calls.items():
                out[name] = await session.call_tool(name, arguments)
            out["writes"] = await session.call_tool(
                "generate_code", {"request": "read nacl.cif and save it as a POSCAR file"}
            )
            out["typo"] = await session.call_tool("answer", {"questoin": "x"})
            out["outside"] = await session.call_tool("check_structure", {"structure": "../x.cif"})
        return out

    out = anyio.run(session_run)
    assert sorted(t.name for t in out["tools"]) == sorted(MCP_TOOLS)
    answer = out["answer"]
    assert not answer.isError and answer.structuredContent["ok"] is True
    q = answer.structuredContent["quantity"]
    assert q["units_short"] == "nm" and q["magnitude"] == pytest.approx(619.9, abs=0.5)
    checked = out["check_answer"].structuredContent
    assert checked["kind"] == "answer" and checked["source"] == "response" and checked["checks"]
    report = out["check_structure"].structuredContent
    assert report["kind"] == "structure_report" and report["ok"] is True
    assert "NaCl" in report["headline"] or "Na" in str(report["summary"])
    code = out["generate_code"].structuredContent
    assert code["kind"] == "code" and code["verified"] is True and "Fe2O3" in code["code"]
    # code that writes files is verified in the sandbox: nothing lands in the caller's folder
    writes = out["writes"].structuredContent
    assert writes["verified"] is True and "POSCAR" in writes["code"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nacl.cif"]
    # no heads were trained: a tool error with the reason, not a crash
    assert out["predict"].isError and "no property heads yet" in out["predict"].content[0].text
    assert out["typo"].isError and "questoin" in out["typo"].content[0].text
    assert out["outside"].isError and "outside the folder" in out["outside"].content[0].text


def test_streamable_http_needs_the_token_and_listens_on_loopback_only(tmp_path: Path, port: int):
    import httpx
    from mcp.client.streamable_http import streamable_http_client

    from matsci_jupyter.cli import main

    assert main(["mcp", "--transport", "http", "--host", "0.0.0.0"]) == 1  # refused, one line

    command = [sys.executable, "-m", "matsci_jupyter.cli", "mcp", "--transport", "http"]
    command += ["--port", str(port), "--token", "s3cret", "--root", str(tmp_path)]
    proc = subprocess.Popen(command, env=_env(), stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                status = httpx.post(url, json={}, timeout=2).status_code
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise AssertionError("the MCP HTTP server did not start")
        assert status == 401

        async def listed() -> list[str]:
            headers = {"Authorization": "Bearer s3cret"}
            async with (
                httpx.AsyncClient(headers=headers, timeout=30) as client,
                streamable_http_client(url, http_client=client) as (read, write, _),
                ClientSession(read, write) as session,
            ):
                await session.initialize()
                return [t.name for t in (await session.list_tools()).tools]

        assert sorted(anyio.run(listed)) == sorted(MCP_TOOLS)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
