"""Chat turns over server-sent events: engines, the model, history, and bad input."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest
from lab_e2e_support import FAKE_ROUTES, ScriptedModel, photon_wavelength
from pytest_jupyter.jupyter_server import *  # noqa: F403 - fixtures for this module only
from tornado.httpclient import HTTPClientError
from traitlets.config import Config

from matsci_jupyter.engines import router
from matsci_jupyter.model import session


@pytest.fixture
def jp_server_config() -> Config:
    return Config(
        {
            "ServerApp": {"jpserver_extensions": {"matsci_jupyter": True}},
            "MatsciChat": {"max_message_chars": 5_000},
        }
    )


@pytest.fixture
def run(jp_asyncio_loop):
    return jp_asyncio_loop.run_until_complete


@pytest.fixture(autouse=True)
def _fake_engines(monkeypatch):
    monkeypatch.setattr(router, "discover_routes", lambda: FAKE_ROUTES)
    yield
    session.unload()


@pytest.fixture
def notebook(jp_root_dir: Path) -> str:
    (jp_root_dir / "work").mkdir()
    (jp_root_dir / "work" / "analysis.ipynb").write_text(
        json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    )
    return "work/analysis.ipynb"


def parse_sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    events = []
    for block in text.split("\n\n"):
        lines = [ln for ln in block.splitlines() if ln and not ln.startswith(":")]
        if not lines:
            continue
        event = next(ln[7:] for ln in lines if ln.startswith("event: "))
        data = "\n".join(ln[6:] for ln in lines if ln.startswith("data: "))
        events.append((event, json.loads(data)))
    return events


@pytest.fixture
def chat(jp_fetch, run):
    def send(message: str, **fields: Any) -> list[tuple[str, dict[str, Any]]]:
        body = json.dumps({"message": message, **fields})
        resp = run(jp_fetch("matsci", "chat", method="POST", body=body, request_timeout=60))
        assert resp.headers["Content-Type"].startswith("text/event-stream")
        return parse_sse(resp.body.decode())

    return send


@pytest.fixture
def history(jp_fetch, run):
    def load(notebook: str | None = None) -> dict[str, Any]:
        params = {"notebook": notebook} if notebook is not None else None
        return json.loads(run(jp_fetch("matsci", "history", params=params)).body)

    return load


def names(events: list[tuple[str, dict[str, Any]]]) -> list[str]:
    return [e for e, _ in events]


def test_a_numeric_question_is_answered_by_the_engine_with_unit_and_checks(chat, notebook):
    events = chat("What is the wavelength of a 2.0 eV photon, in nm?", notebook=notebook)
    assert names(events)[0] == "start" and names(events)[-1] == "done"
    route = dict(events)["route"]
    assert route == {"engine": "fake_answer", "via": "router"}
    payload = dict(events)["result"]["payload"]
    assert payload["kind"] == "answer" and payload["data"]["quantity"]["units_short"] == "nm"
    assert all(c["passed"] for c in payload["data"]["checks"])
    assert dict(events)["done"]["message"]["status"] == "complete"


def test_history_is_kept_next_to_the_notebook_and_survives_a_restart(
    chat, history, notebook, jp_root_dir
):
    chat("Make a 2x2x2 supercell of copper", notebook=notebook)
    loaded = history(notebook)
    assert [m["role"] for m in loaded["messages"]] == ["user", "assistant"]
    assert loaded["location"] == "work/.analysis.ipynb.matsci-chat.json"
    assert loaded["messages"][1]["results"][0]["data"]["code"].startswith("from ase.build")
    # a new server process reads the same file
    from matsci_jupyter.server.history import HistoryStore

    fresh = HistoryStore(jp_root_dir, jp_root_dir / "elsewhere").load(notebook)
    assert [m["id"] for m in fresh.messages] == [m["id"] for m in loaded["messages"]]
    # chats of different notebooks stay apart
    assert history("work/other.ipynb")["messages"] == []


def test_clearing_keeps_the_old_chat_as_a_file(chat, history, jp_fetch, run, notebook, jp_root_dir):
    chat("/help", notebook=notebook)
    reply = json.loads(
        run(jp_fetch("matsci", "history", method="DELETE", params={"notebook": notebook})).body
    )
    assert reply["cleared"] is True
    assert history(notebook)["messages"] == []
    assert (jp_root_dir / "work" / reply["kept_as"]).is_file()


def test_the_model_streams_tokens_when_no_engine_claims(chat, history, notebook):
    model = ScriptedModel(["Grain ", "boundaries ", "pin ", "dislocations."])
    session.set_current_model(model)
    events = chat(
        "Why does Hall-Petch strengthening work?",
        notebook=notebook,
        attachments=[{"kind": "error", "label": "last error", "content": "ZeroDivisionError"}],
    )
    assert dict(events)["route"] == {"engine": "model", "via": "model"}
    tokens = [d["text"] for e, d in events if e == "token"]
    assert tokens == ["Grain ", "boundaries ", "pin ", "dislocations."]
    assert "ZeroDivisionError" in model.last_messages[-1]["content"]  # the attachment reached it
    stored = history(notebook)["messages"][-1]
    assert stored["content"] == "Grain boundaries pin dislocations." and stored["verified"] is False


def test_the_model_sees_the_earlier_turns(chat, notebook):
    model = ScriptedModel(["It is fcc."])
    session.set_current_model(model)
    chat("What structure does copper have?", notebook=notebook)
    chat("And its lattice parameter?", notebook=notebook)
    contents = [m["content"] for m in model.last_messages]
    assert contents[1:] == [
        "What structure does copper have?",
        "It is fcc.",
        "And its lattice parameter?",
    ]


def test_a_model_failing_mid_stream_is_reported_and_nothing_is_lost(chat, history, notebook):
    session.set_current_model(ScriptedModel(["Half ", "an ", "answer"], fail_after=2))
    events = chat("Explain twinning", notebook=notebook)
    assert "went away mid-answer" in dict(events)["error"]["message"]
    done = dict(events)["done"]["message"]
    assert done["status"] == "error" and done["content"] == "Half an "
    messages = history(notebook)["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant"]
    assert messages[1]["content"] == "Half an " and "went away" in messages[1]["error"]
    # the panel stays usable
    session.set_current_model(ScriptedModel(["fine now"]))
    assert dict(chat("again?", notebook=notebook))["done"]["message"]["content"] == "fine now"


def test_no_engine_and_no_model_says_what_to_do(chat):
    events = chat("Tell me about the history of metallurgy")
    payload = dict(events)["notice"]["payload"]
    assert payload["data"]["title"] == "Nothing can answer this yet"
    assert "load a model" in payload["data"]["message"]  # the panel's way to get one


@pytest.fixture
def fake_commands(monkeypatch):
    """Replace the handlers of the command table; record (command, arguments, model seen)."""
    import dataclasses

    from lab_e2e_support import SUPERCELL_CODE, FakeCode

    from matsci_jupyter.commands.table import COMMANDS

    calls: list[tuple[str, dict[str, Any], str]] = []

    def fake(name):
        def handler(args, ctx):
            calls.append((name, args.model_dump(), ctx.model().kind))
            if name == "generate_code":
                return FakeCode(SUPERCELL_CODE, "supercell")
            return photon_wavelength(args.model_dump().get("question", ""))

        return handler

    for name in ("answer", "generate_code", "check_answer"):
        monkeypatch.setitem(COMMANDS, name, dataclasses.replace(COMMANDS[name], handler=fake(name)))
    return calls


def test_slash_commands_run_the_command_table(chat, fake_commands, notebook):
    chat("/answer wavelength of 3 eV light?", notebook=notebook)
    chat("/code a supercell of Cu", notebook=notebook)
    chat("/check what wavelength has 2 eV light? --- about 620 nm", notebook=notebook)
    assert [c[0] for c in fake_commands] == ["answer", "generate_code", "check_answer"]
    assert fake_commands[0][1] == {"question": "wavelength of 3 eV light?", "use_model": True}
    assert fake_commands[1][1]["request"] == "a supercell of Cu"
    assert fake_commands[2][1] == {
        "question": "what wavelength has 2 eV light?",
        "response": "about 620 nm",
    }

    help_events = chat("/help")
    assert dict(help_events)["result"]["payload"]["kind"] == "help"
    assert "/finetune" in dict(help_events)["result"]["payload"]["data"]["markdown"]
    finetune = dict(chat("/finetune"))["result"]["payload"]["data"]["markdown"]
    assert "FineTuner(df)" in finetune
    unknown = dict(chat("/frobnicate now"))["notice"]["payload"]["data"]
    assert unknown["title"] == "Unknown command"
    empty = dict(chat("/answer"))["notice"]["payload"]["data"]
    assert empty["title"] == "Missing text"


def test_slash_answer_and_code_see_the_loaded_model_like_the_magic(chat, fake_commands, notebook):
    """The drift of issue 14: /answer used to call the solver without the loaded model."""
    chat("/answer wavelength of 3 eV light?", notebook=notebook)
    session.set_current_model(ScriptedModel(["unused"]))
    chat("/answer wavelength of 3 eV light?", notebook=notebook)
    chat("/code a supercell of Cu", notebook=notebook)
    assert [(c[0], c[2]) for c in fake_commands] == [
        ("answer", "none"),
        ("answer", "scripted"),
        ("generate_code", "scripted"),
    ]


def test_check_without_text_checks_the_models_last_answer(chat, fake_commands, notebook):
    assert (
        dict(chat("/check", notebook=notebook))["notice"]["payload"]["data"]["title"]
        == "Nothing to check"
    )
    session.set_current_model(ScriptedModel(["About ", "600 nm."]))
    chat("Which wavelength suits a 2 electronvolt gap?", notebook=notebook)
    chat("/check", notebook=notebook)
    assert [c[1] for c in fake_commands] == [
        {"question": "Which wavelength suits a 2 electronvolt gap?", "response": "About 600 nm."}
    ]


def test_a_missing_engine_is_an_error_event_not_a_crash(chat, history, monkeypatch, notebook):
    import dataclasses

    from matsci_jupyter.commands.table import COMMANDS

    def missing(args, ctx):
        raise ModuleNotFoundError("gone", name="matsci_jupyter.engines.answer.solver")

    monkeypatch.setitem(
        COMMANDS, "answer", dataclasses.replace(COMMANDS["answer"], handler=missing)
    )
    events = chat("/answer what is 2 eV in nm?", notebook=notebook)
    assert dict(events)["error"]["message"] == (
        "the answer engine is not installed in this version of matsci-jupyter"
    )
    assert dict(events)["done"]["message"]["status"] == "error"
    assert [m["role"] for m in history(notebook)["messages"]] == ["user", "assistant"]


def test_show_a_variable_asks_the_panel_to_render_it_in_the_kernel(chat, notebook):
    events = chat("/show lifepo4", notebook=notebook)
    kernel = dict(events)["kernel"]
    assert kernel["action"] == "show" and kernel["variable"] == "lifepo4"
    assert "view(lifepo4)" in kernel["code"]


def test_show_a_file_outside_the_server_root_is_refused(chat, notebook):
    events = chat("/show ../../etc/passwd.cif", notebook=notebook)
    assert "outside the folder" in dict(events)["error"]["message"]


def test_a_deleted_notebook_keeps_its_chat(chat, history, notebook, jp_root_dir):
    chat("Make a 2x2x2 supercell of copper", notebook=notebook)
    (jp_root_dir / notebook).unlink()
    events = chat("What is the wavelength of 1.5 eV light in nm?", notebook=notebook)
    notice = dict(events)["notice"]["payload"]["data"]
    assert notice["title"] == "Notebook not found"
    loaded = history(notebook)
    assert loaded["notebook_exists"] is False and len(loaded["messages"]) == 4
    assert any("no longer exists" in n for n in loaded["notices"])


def test_a_notebook_whose_folder_is_gone_chats_on_in_the_data_dir(chat, history, jp_data_dir):
    events = chat("/help", notebook="gone/nb.ipynb")
    assert dict(events)["notice"]["payload"]["data"]["title"] == "Notebook not found"
    loaded = history("gone/nb.ipynb")
    assert len(loaded["messages"]) == 2
    assert str(jp_data_dir) in loaded["location"]


def test_garbage_text_is_cleaned_and_stored(chat, history, notebook):
    garbage = "bad\x00bytes\x07 and a lone surrogate \ud800 and emoji 🧪"
    events = chat(garbage, notebook=notebook)
    user = dict(events)["start"]["user"]["content"]
    assert "\x00" not in user and "\x07" not in user and "🧪" in user
    assert history(notebook)["messages"][0]["content"] == user


def test_a_very_long_message_is_refused_with_the_limit_and_nothing_is_stored(
    jp_fetch, run, history, notebook
):
    with pytest.raises(HTTPClientError) as err:
        run(
            jp_fetch(
                "matsci",
                "chat",
                method="POST",
                body=json.dumps({"message": "x" * 5_001, "notebook": notebook}),
            )
        )
    assert err.value.code == 400
    assert "limit is 5000" in json.loads(err.value.response.body)["message"]
    assert history(notebook)["messages"] == []


def test_a_corrupt_history_file_is_kept_aside(chat, history, notebook, jp_root_dir):
    path = jp_root_dir / "work" / ".analysis.ipynb.matsci-chat.json"
    path.write_text("{ this is not json")
    loaded = history(notebook)
    assert loaded["messages"] == [] and "could not be read" in loaded["notices"][0]
    assert list((jp_root_dir / "work").glob(".analysis.ipynb.matsci-chat.json.corrupt-*"))
    chat("/help", notebook=notebook)
    assert len(history(notebook)["messages"]) == 2


def test_a_client_that_disconnects_mid_stream_leaves_the_server_healthy(
    jp_serverapp, jp_http_port, jp_base_url, run, chat, history, notebook
):
    model = ScriptedModel([f"tok{i} " for i in range(200)], delay=0.02)
    session.set_current_model(model)
    token = jp_serverapp.identity_provider.token
    body = json.dumps({"message": "stream a long answer", "notebook": notebook}).encode()

    async def leave_early() -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", jp_http_port)
        writer.write(
            f"POST {jp_base_url}matsci/chat HTTP/1.1\r\nHost: 127.0.0.1:{jp_http_port}\r\n"
            f"Authorization: token {token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        await writer.drain()
        seen = b""
        while b"event: token" not in seen:
            seen += await asyncio.wait_for(reader.read(4096), timeout=20)
        writer.close()
        await writer.wait_closed()
        return seen

    seen = run(leave_early())
    assert b"200 OK" in seen.split(b"\r\n", 1)[0]

    async def wait_for_model() -> None:
        deadline = time.monotonic() + 20
        while not model.finished.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)

    run(wait_for_model())
    assert model.cancelled.is_set(), "generation went on after the client left"
    assert model.streamed < 200
    stored = history(notebook)["messages"]
    assert [m["role"] for m in stored] == ["user", "assistant"]
    assert stored[1]["status"] == "cancelled" and stored[1]["content"].startswith("tok0 ")
    # the server still answers, and the model is free again
    session.set_current_model(ScriptedModel(["still here"]))
    assert dict(chat("ping", notebook=notebook))["done"]["message"]["content"] == "still here"


def test_earlier_turns_are_dropped_to_fit_the_models_context(chat, notebook):
    from matsci_jupyter.server.chat import fit_to_context

    class SmallContext(ScriptedModel):
        @property
        def context_length(self):
            return 64

        def count_tokens(self, text):
            return len(text.split())

    model = SmallContext(["ok"])
    session.set_current_model(model)
    for i in range(6):
        chat(f"question {i} " + "word " * 10, notebook=notebook)
    sent = model.last_messages
    assert sent[0]["role"] == "system" and sent[-1]["content"].startswith("question 5")
    assert len(sent) < 2 + 2 * 5  # older turns were dropped
    budget = 64 - 16
    assert sum(len(m["content"].split()) + 8 for m in sent) <= budget or len(sent) == 2
    # a question too long on its own is left to the model to refuse
    long = [{"role": "system", "content": "s"}, {"role": "user", "content": "w " * 500}]
    assert fit_to_context(model, long, 512) == long


def test_renaming_a_notebook_in_jupyter_moves_its_chat(chat, history, jp_fetch, run, notebook):
    chat("/help", notebook=notebook)
    run(
        jp_fetch(
            "api",
            "contents",
            "work",
            "analysis.ipynb",
            method="PATCH",
            body=json.dumps({"path": "work/renamed.ipynb"}),
        )
    )

    async def settle() -> None:
        await asyncio.sleep(0.2)  # the contents event reaches its listeners

    run(settle())
    assert len(history("work/renamed.ipynb")["messages"]) == 2
    assert history(notebook)["messages"] == []


def test_a_backend_that_sets_its_stop_flag_when_done_still_completes_the_turn(
    chat, history, notebook
):
    session.set_current_model(ScriptedModel(["All ", "done."], sets_cancel_when_done=True))
    events = chat("Why is copper ductile?", notebook=notebook)
    assert names(events)[-1] == "done"
    assert dict(events)["done"]["message"]["status"] == "complete"
    assert history(notebook)["messages"][-1]["status"] == "complete"


@pytest.mark.slow
def test_the_tiny_4bit_model_streams_through_the_panel(
    jp_fetch, run, chat, notebook, tiny_model_dir
):
    reply = run(
        jp_fetch(
            "matsci",
            "model",
            "load",
            method="POST",
            request_timeout=300,
            body=json.dumps({"name_or_path": str(tiny_model_dir)}),
        )
    )
    assert json.loads(reply.body)["four_bit"] is True
    events = chat("Tell me about dislocations in copper.", notebook=notebook)
    assert dict(events)["route"] == {"engine": "model", "via": "model"}
    assert [e for e in names(events) if e == "token"]
    done = dict(events)["done"]["message"]
    assert done["status"] == "complete" and done["content"]


@pytest.fixture
def model_server(port):
    """`matsci-jupyter serve`'s app over a scripted model, on a loopback port."""
    import threading

    uvicorn = pytest.importorskip("uvicorn")
    from matsci_jupyter.openai_server import create_app

    server = uvicorn.Server(
        uvicorn.Config(
            create_app(ScriptedModel(["Shared ", "model."])),
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/v1"
    server.should_exit = True
    thread.join(timeout=10)


def test_the_panel_shares_a_served_model_connect_or_configured(
    chat, jp_fetch, run, jp_serverapp, model_server, notebook
):
    # configured (c.MatsciChat.model_url / MATSCI_MODEL_URL): connects on the first question
    state = jp_serverapp.web_app.settings["matsci"]
    state.settings.model_url = model_server
    events = chat("How do twins form?", notebook=notebook)
    assert "".join(d["text"] for e, d in events if e == "token") == "Shared model."
    model = json.loads(run(jp_fetch("matsci", "model")).body)
    assert model["backend"] == "openai-http" and model["source"] == model_server
    # the Connect action
    run(jp_fetch("matsci", "model", "unload", method="POST", body="{}"))
    reply = json.loads(
        run(
            jp_fetch(
                "matsci", "model", "connect", method="POST", body=json.dumps({"url": model_server})
            )
        ).body
    )
    assert reply["state"] == "ready" and reply["name"] == "scripted-llm"
    assert (
        dict(chat("And slip?", notebook=notebook))["done"]["message"]["content"] == "Shared model."
    )


def test_at_file_attaches_a_file_of_the_notebooks_folder(chat, history, notebook, jp_root_dir):
    (jp_root_dir / "work" / "NaCl.cif").write_text("data_NaCl\n_cell_length_a 5.64\n")
    (jp_root_dir / "secret.txt").write_text("outside the notebook's folder")
    model = ScriptedModel(["It is rock salt."])
    session.set_current_model(model)
    events = chat(
        "What is in @NaCl.cif and @../../etc/passwd.txt and @missing.cif?", notebook=notebook
    )
    user = dict(events)["start"]["user"]
    assert [(a["kind"], a["label"]) for a in user["attachments"]] == [("file", "NaCl.cif")]
    assert "_cell_length_a 5.64" in model.last_messages[-1]["content"]  # the model saw the file
    warning = dict(events)["notice"]["payload"]["data"]
    assert warning["title"] == "Not attached" and warning["level"] == "warning"
    assert "outside the folder" in warning["message"] and "missing.cif" in warning["message"]
    assert history(notebook)["messages"][0]["attachments"][0]["label"] == "NaCl.cif"


def test_slash_check_takes_an_at_file(chat, fake_commands, notebook, jp_root_dir, monkeypatch):
    import dataclasses

    from matsci_jupyter.commands.table import COMMANDS

    seen = []
    monkeypatch.setitem(
        COMMANDS,
        "check_structure",
        dataclasses.replace(
            COMMANDS["check_structure"],
            handler=lambda args, ctx: seen.append(args.structure) or photon_wavelength("x"),
        ),
    )
    (jp_root_dir / "work" / "NaCl.cif").write_text("data_NaCl\n")
    chat("/check @NaCl.cif", notebook=notebook)
    assert seen == [str(jp_root_dir / "work" / "NaCl.cif")]


def test_a_notebook_has_named_chats_kept_apart(chat, history, jp_fetch, run, notebook, jp_root_dir):
    chat("/help", notebook=notebook)
    chat("/finetune", notebook=notebook, chat="XRD ideas")
    chat("/help", notebook=notebook, chat="XRD ideas")

    def load(name: str | None) -> dict[str, Any]:
        params = {"notebook": notebook, **({"chat": name} if name else {})}
        return json.loads(run(jp_fetch("matsci", "history", params=params)).body)

    assert len(load(None)["messages"]) == 2 and len(load("XRD ideas")["messages"]) == 4
    listed = json.loads(run(jp_fetch("matsci", "chats", params={"notebook": notebook})).body)
    assert listed["chats"] == ["xrd_ideas"]
    assert (jp_root_dir / "work" / ".analysis.ipynb.matsci-chat.xrd_ideas.json").is_file()
    # clearing one chat leaves the other, and a cleared chat is not listed as a chat
    run(
        jp_fetch(
            "matsci", "history", method="DELETE", params={"notebook": notebook, "chat": "XRD ideas"}
        )
    )
    assert load("XRD ideas")["messages"] == [] and len(load(None)["messages"]) == 2
    listed = json.loads(run(jp_fetch("matsci", "chats", params={"notebook": notebook})).body)
    assert listed["chats"] == []
    with pytest.raises(HTTPClientError) as err:
        chat("/help", notebook=notebook, chat="../escape")
    assert err.value.code == 400 and "chat" in json.loads(err.value.response.body)["message"]


def test_renaming_a_notebook_moves_its_named_chats_too(jp_root_dir, tmp_path):
    from matsci_jupyter.server.history import HistoryStore

    (jp_root_dir / "a.ipynb").write_text("{}")
    store = HistoryStore(jp_root_dir, tmp_path)
    store.save_message("a.ipynb", {"id": "1", "role": "user", "content": "hi"}, chat="side")
    (jp_root_dir / "a.ipynb").rename(jp_root_dir / "b.ipynb")
    store.rename("a.ipynb", "b.ipynb")
    assert store.chats("b.ipynb") == ["side"] and store.chats("a.ipynb") == []
    assert [m["id"] for m in store.load("b.ipynb", "side").messages] == ["1"]


def test_show_a_file_draws_it_through_the_command_table(chat, notebook, jp_root_dir):
    (jp_root_dir / "work" / "NaCl.cif").write_text(
        "data_NaCl\n_symmetry_space_group_name_H-M 'F m -3 m'\n_cell_length_a 5.64\n"
        "_cell_length_b 5.64\n_cell_length_c 5.64\n_cell_angle_alpha 90\n_cell_angle_beta 90\n"
        "_cell_angle_gamma 90\n_symmetry_Int_Tables_number 225\nloop_\n_atom_site_label\n"
        "_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
        "Na1 Na 0 0 0\nCl1 Cl 0.5 0.5 0.5\n"
    )
    payload = dict(chat("/show @NaCl.cif", notebook=notebook))["result"]["payload"]
    assert payload["kind"] == "structure_view" and payload["engine"] == "structure"
    assert payload["data"]["report"]["ok"] is True and payload["data"]["figure"]["data"]


def test_files_next_to_the_notebook_complete_an_at_reference(jp_fetch, run, notebook, jp_root_dir):
    for name in ("NaCl.cif", "Na2O.vasp", "other.txt", ".hidden.cif"):
        (jp_root_dir / "work" / name).write_text("x")
    (jp_root_dir / "work" / "NaDir").mkdir()
    reply = json.loads(
        run(jp_fetch("matsci", "files", params={"notebook": notebook, "prefix": "Na"})).body
    )
    assert reply["files"] == ["Na2O.vasp", "NaCl.cif"]
