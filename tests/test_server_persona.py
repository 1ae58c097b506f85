"""The jupyter-ai persona: its Markdown always; the persona itself only where jupyter-ai 3 is."""

from __future__ import annotations

import asyncio

import pytest
from lab_e2e_support import FAKE_ROUTES, ScriptedModel

from matsci_jupyter.engines import router
from matsci_jupyter.model import session
from matsci_jupyter.server.markdown_chat import answer_markdown, payload_markdown


def test_an_answer_reads_as_value_unit_and_check_marks():
    md = payload_markdown(
        {
            "kind": "answer",
            "data": {
                "kind": "answer",
                "ok": False,
                "quantity": {"magnitude": 619.92, "units": "nanometer", "units_short": "nm"},
                "steps": ["λ = h c / E"],
                "checks": [
                    {"name": "dimension", "passed": True},
                    {"name": "givens used", "passed": False, "message": "T unused"},
                ],
            },
        }
    )
    assert md.splitlines()[:4] == [
        "**619.9 nm**",
        "*not confirmed: see the failed checks*",
        "- ✅ dimension",
        "- ❌ givens used — T unused",
    ]
    assert "1. λ = h c / E" in md
    refused = payload_markdown({"kind": "answer", "data": {"kind": "answer", "reason": "no unit"}})
    assert refused == "No answer: no unit"


def test_code_notices_and_unknown_kinds_read_as_markdown():
    code = payload_markdown(
        {"kind": "code", "data": {"kind": "code", "code": "print(1)\n", "verified": False}}
    )
    assert code.startswith("❌ not verified") and "```python\nprint(1)\n```" in code
    notice = payload_markdown(
        {
            "kind": "notice",
            "data": {
                "kind": "notice",
                "title": "No model",
                "message": "load one",
                "hints": ["connect"],
            },
        }
    )
    assert notice == "**No model**: load one\n- connect"
    report = payload_markdown(
        {
            "kind": "structure_report",
            "data": {
                "kind": "structure_report",
                "headline": "NaCl: 2 problems",
                "problems": [
                    {"code": "close_atoms", "message": "Na-Cl 0.9 Å", "severity": "error"}
                ],
            },
        }
    )
    assert report.splitlines() == ["**NaCl: 2 problems**", "- ❌ close_atoms: Na-Cl 0.9 Å"]
    other = payload_markdown({"kind": "mystery", "text": "Cu4 fcc", "bundle": {}, "data": {}})
    assert other == "Cu4 fcc"


def test_a_text_chat_turn_uses_the_engines_and_streams_the_model(monkeypatch, tmp_path):
    monkeypatch.setattr(router, "discover_routes", lambda: FAKE_ROUTES)

    async def collect(text: str) -> str:
        return "".join([piece async for piece in answer_markdown(text, tmp_path)])

    assert "**619.9 nm**" in asyncio.run(collect("wavelength of a 2.0 eV photon in nm"))
    session.set_current_model(ScriptedModel(["Twins ", "form."]))
    try:
        out = asyncio.run(collect("Why do twins form?"))
    finally:
        session.unload()
    assert out.endswith("Twins form.") and "not verified" in out
    assert "/finetune" in asyncio.run(collect("/help"))
    assert list(tmp_path.iterdir()) == []  # the host chat keeps the history, not us


def test_the_persona_answers_in_a_jupyter_ai_chat(monkeypatch, tmp_path):
    pytest.importorskip(
        "jupyter_ai_persona_manager", reason="jupyter-ai 3 is not installed (optional extra)"
    )
    import inspect

    from matsci_jupyter.server.persona import MatsciPersona

    monkeypatch.setattr(router, "discover_routes", lambda: FAKE_ROUTES)
    monkeypatch.setattr(MatsciPersona, "get_chat_dir", lambda self: str(tmp_path))
    sent: list[str] = []

    class Chat:  # the chat API a persona writes to (YChat in RTC mode)
        def set_user(self, user):
            self.user = user

        def get_id(self):
            return "chat-1"

        def add_message(self, message):
            sent.append(message.body)
            return f"m{len(sent)}"

        def update_message(self, message, append=False, trigger_actions=None):
            if append:
                sent[-1] += message.body

        def get_message(self, _id):
            return None

        def broadcast_writing_status(self, user, status):
            pass

    # the chat keyword is `chat` in persona-manager 0.3, `ychat` before
    keyword = "chat" if "chat" in inspect.signature(MatsciPersona.__init__).parameters else "ychat"
    persona = MatsciPersona(**{keyword: Chat()})
    assert persona.defaults.name == "MatSci" and persona.defaults.avatar_path.endswith("matsci.svg")

    class Message:
        body = "@MatSci what is the wavelength of a 2.0 eV photon in nm?"

    asyncio.run(persona.process_message(Message()))
    assert "**619.9 nm**" in sent[0] and "✅" in sent[0]


def test_the_real_persona_replies_with_the_command_tables_result(monkeypatch, tmp_path):
    """Against jupyter-ai 3 itself: /answer through the persona is the table's answer, as Markdown."""
    pytest.importorskip(
        "jupyter_ai_persona_manager", reason="jupyter-ai 3 is not installed (optional extra)"
    )
    import inspect
    from importlib.metadata import entry_points

    from matsci_jupyter.commands import COMMANDS, ToolContext
    from matsci_jupyter.server.persona import MatsciPersona

    found = {ep.name: ep.value for ep in entry_points(group="jupyter_ai.personas")}
    assert found.get("matsci") == "matsci_jupyter.server.persona:MatsciPersona"
    monkeypatch.setattr(MatsciPersona, "get_chat_dir", lambda self: str(tmp_path))
    sent: list[str] = []

    class Chat:
        def set_user(self, user):
            pass

        def get_id(self):
            return "chat-2"

        def add_message(self, message):
            sent.append(message.body)
            return f"m{len(sent)}"

        def update_message(self, message, append=False, trigger_actions=None):
            sent[-1] = sent[-1] + message.body if append else message.body

        def get_message(self, _id):
            return None

        def broadcast_writing_status(self, user, status):
            pass

    keyword = "chat" if "chat" in inspect.signature(MatsciPersona.__init__).parameters else "ychat"
    persona = MatsciPersona(**{keyword: Chat()})
    question = "What is the wavelength of a 2.0 eV photon, in nm?"

    class Message:
        body = f"@MatSci /answer {question}"

    asyncio.run(persona.process_message(Message()))
    expected = payload_markdown(
        COMMANDS["answer"].payload({"question": question}, ToolContext(tmp_path))
    )
    assert "".join(sent).strip() == expected.strip()


@pytest.mark.slow
def test_the_persona_tests_pass_in_an_environment_with_jupyter_ai():
    """Runs this file where jupyter-ai 3 is installed: $MATSCI_JUPYTER_AI_PYTHON or .venv-jai
    (``bash scripts/setup-jupyter-ai.sh``), so the shared environment stays without it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    python = os.environ.get("MATSCI_JUPYTER_AI_PYTHON") or str(
        repo / ".venv-jai" / "bin" / "python"
    )
    if not Path(python).exists():
        if os.environ.get("CI"):  # `make test` builds .venv-jai: under CI its absence is a failure
            pytest.fail(
                "no .venv-jai under CI: `make test` should have run scripts/setup-jupyter-ai.sh"
            )
        pytest.skip("no environment with jupyter-ai 3: bash scripts/setup-jupyter-ai.sh")
    probe = subprocess.run(
        [python, "-c", "import jupyter_ai_persona_manager"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        pytest.skip(f"{python} has no jupyter-ai 3: bash scripts/setup-jupyter-ai.sh")
    if "jupyter_ai_persona_manager" in sys.modules:
        pytest.skip("already running with jupyter-ai: the tests above ran it")
    env = {**os.environ, "PYTHONPATH": str(repo) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [python, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", __file__, "-m", "not slow"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "skipped" not in done.stdout.splitlines()[-1], done.stdout[-2000:]


def test_the_readmes_mcp_settings_are_valid_for_jupyter_ai():
    """The README's `.jupyter/mcp_settings.json` example, read by jupyter-ai's own settings model."""
    models = pytest.importorskip(
        "jupyter_ai_persona_manager.mcp_server_models",
        reason="jupyter-ai 3 is not installed (optional extra)",
    )
    import json
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"mcp_settings\.json: .*?-->\n```json\n(.*?)```", readme, re.S)
    assert block, "the README lost its mcp_settings.json example"
    settings = models.McpSettings.model_validate(json.loads(block.group(1)))
    (server,) = settings.mcp_servers
    assert server.command == "matsci-jupyter" and server.args[0] == "mcp"
