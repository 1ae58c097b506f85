"""The chat panel's HTTP API, in a real jupyter_server (pytest-jupyter fixtures).

The fixtures are imported into this module only (not registered as a global
plugin), so their autouse fixtures do not touch the rest of the suite; tests are
plain functions that drive the server's event loop with ``run``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pytest_jupyter.jupyter_server import *  # noqa: F403 - fixtures for this module only
from tornado.httpclient import HTTPClientError
from traitlets.config import Config

from matsci_jupyter.model import session

ENDPOINTS = [
    ("GET", "status", None),
    ("GET", "model", None),
    ("POST", "model/load", {"name_or_path": "x"}),
    ("POST", "model/unload", {}),
    ("POST", "model/connect", {"url": "http://127.0.0.1:9/v1"}),
    ("POST", "chat", {"message": "hi"}),
    ("GET", "history", None),
    ("DELETE", "history", None),
    ("GET", "engines", None),
    ("POST", "engines/answer", {"text": "x"}),
    ("GET", "kernel/summary-code?name=x", None),
]
POST_ENDPOINTS = [(m, p, b) for m, p, b in ENDPOINTS if m == "POST"]


@pytest.fixture
def jp_server_config() -> Config:
    return Config(
        {
            "ServerApp": {"jpserver_extensions": {"matsci_jupyter": True}},
            "MatsciChat": {"max_body_bytes": 50_000, "max_message_chars": 2_000},
        }
    )


@pytest.fixture
def run(jp_asyncio_loop):
    return jp_asyncio_loop.run_until_complete


@pytest.fixture
def api(jp_fetch, run):
    """``api(method, path, body)`` -> (status, decoded JSON or text); never raises on 4xx."""

    def call(
        method: str,
        path: str,
        body: Any = None,
        *,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, Any]:
        path, _, query = path.partition("?")
        params = dict(p.split("=", 1) for p in query.split("&")) if query else None
        kwargs: dict[str, Any] = {"method": method, "headers": headers or {}, "params": params}
        if method in ("POST", "PUT"):
            kwargs["body"] = (
                raw if raw is not None else json.dumps(body if body is not None else {})
            )
        try:
            resp = run(jp_fetch("matsci", *path.split("/"), **kwargs))
        except HTTPClientError as exc:
            text = exc.response.body.decode() if exc.response is not None else ""
            return exc.code, _decode(text)
        return resp.code, _decode(resp.body.decode())

    return call


def _decode(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


@pytest.fixture(autouse=True)
def _no_model_after():
    yield
    session.unload()


# -- authentication -------------------------------------------------------------
@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS)
def test_unauthenticated_requests_are_refused(api, method, path, body):
    status, _ = api(method, path, body, headers={"Authorization": "token not-the-token"})
    assert status == 403
    status, _ = api(method, path, body, headers={"Authorization": ""})
    assert status == 403


@pytest.mark.parametrize(("method", "path", "body"), POST_ENDPOINTS)
def test_cookie_authenticated_post_needs_the_xsrf_token(
    jp_fetch, run, jp_serverapp, method, path, body
):
    token = jp_serverapp.identity_provider.token
    # a token in the URL logs the browser in: the answer sets a login cookie
    first = run(
        jp_fetch("matsci", "status", params={"token": token}, headers={"Authorization": ""})
    )
    cookies = [c.split(";", 1)[0] for c in first.headers.get_list("Set-Cookie")]
    login = [c for c in cookies if c.startswith("username-")]
    assert login, cookies
    with pytest.raises(HTTPClientError) as err:
        run(
            jp_fetch(
                "matsci",
                *path.split("/"),
                method=method,
                body=json.dumps(body),
                headers={"Authorization": "", "Cookie": "; ".join(login)},
            )
        )
    assert err.value.code == 403
    # the same cookie can read (GET needs no XSRF token)
    ok = run(jp_fetch("matsci", "model", headers={"Authorization": "", "Cookie": "; ".join(login)}))
    assert ok.code == 200


# -- bad bodies ------------------------------------------------------------------
@pytest.mark.parametrize(("method", "path", "body"), POST_ENDPOINTS)
def test_malformed_json_is_a_400(api, method, path, body):
    status, reply = api(method, path, raw=b'{"message": "unterminated')
    assert status == 400
    assert "not valid JSON" in reply["message"]


@pytest.mark.parametrize(("method", "path", "body"), POST_ENDPOINTS)
def test_binary_garbage_is_a_400(api, method, path, body):
    status, reply = api(method, path, raw=bytes(range(256)) * 4)
    assert status == 400
    assert "UTF-8" in reply["message"]


@pytest.mark.parametrize(("method", "path", "body"), POST_ENDPOINTS)
def test_oversized_body_is_a_413(api, method, path, body):
    status, reply = api(method, path, raw=json.dumps({"message": "x" * 60_000}).encode())
    assert status == 413
    assert "limit is 50000" in reply["message"]


@pytest.mark.parametrize(("method", "path", "body"), POST_ENDPOINTS)
def test_non_object_body_is_a_400(api, method, path, body):
    status, reply = api(method, path, raw=b'["a", "list"]')
    assert status == 400
    assert "JSON object" in reply["message"]


@pytest.mark.parametrize(
    ("path", "body", "where"),
    [
        ("chat", {"message": 123}, "message"),
        ("chat", {"message": "hi", "attachments": "not a list"}, "attachments"),
        ("chat", {"message": "hi", "attachments": [{"kind": "secret", "content": "x"}]}, "kind"),
        ("chat", {"message": "hi", "unexpected": 1}, "unexpected"),
        ("chat", {"message": "   "}, "empty"),
        ("chat", {"message": "x" * 2_001}, "limit is 2000"),
        ("chat", {"message": "hi", "notebook": "../outside.ipynb"}, "inside"),
        ("chat", {"message": "hi", "notebook": ["a"]}, "notebook"),
        ("model/load", {"name_or_path": ""}, "name_or_path"),
        ("model/load", {"name_or_path": "m", "quantization": "int3"}, "quantization"),
        ("model/load", {"name_or_path": "m", "device": 7}, "device"),
        ("model/connect", {}, "url"),
        ("model/connect", {"url": "http://x", "api_key": 5}, "api_key"),
        ("model/unload", {"force": True}, "force"),
        ("engines/answer", {"text": None}, "text"),
        ("engines/check", {"text": "q"}, "response"),
    ],
)
def test_wrong_types_and_values_are_a_400_with_a_message(api, path, body, where):
    status, reply = api("POST", path, body)
    assert status == 400, reply
    assert where in reply["message"]


def test_unknown_paths_are_404(api):
    assert api("POST", "model/explode", {})[0] == 404
    assert api("POST", "engines/rm-rf", {"text": "x"})[0] == 404


# -- status and model ------------------------------------------------------------
def test_status_reports_no_model_engines_and_commands(api):
    status, reply = api("GET", "status")
    assert status == 200
    assert reply["model"]["state"] == "none"
    assert {c["name"] for c in reply["commands"]} >= {"code", "answer", "check", "show", "finetune"}
    assert set(reply["engines"]) == {"answer", "code", "structure", "heads"}
    assert reply["limits"]["max_message_chars"] == 2000


def test_loading_a_missing_model_is_a_4xx_and_the_status_says_why(api, tmp_path):
    status, reply = api("POST", "model/load", {"name_or_path": str(tmp_path / "no-such-model")})
    assert 400 <= status < 500
    assert "no-such-model" in reply["message"]
    state = api("GET", "model")[1]
    assert state["state"] == "error" and "no-such-model" in state["error"]


def test_connecting_to_nothing_is_a_400_that_names_the_url(api, port):
    status, reply = api("POST", "model/connect", {"url": f"http://127.0.0.1:{port}/v1"})
    assert status == 400
    assert f"127.0.0.1:{port}" in reply["message"]
    assert api("GET", "model")[1]["state"] == "error"


def test_unload_without_a_model_is_fine(api):
    status, reply = api("POST", "model/unload", {})
    assert status == 200 and reply["state"] == "none"


def test_model_state_shows_name_device_and_4bit(api):
    from lab_e2e_support import ScriptedModel

    session.set_current_model(ScriptedModel(["a"]))
    state = api("GET", "model")[1]
    assert state["state"] == "ready"
    assert (
        state["name"] == "scripted-llm" and state["device"] == "cpu" and state["four_bit"] is True
    )
    assert api("POST", "model/unload", {})[1]["state"] == "none"


@pytest.mark.slow
def test_load_the_tiny_model_in_process_then_unload(api, tiny_model_dir):
    status, reply = api("POST", "model/load", {"name_or_path": str(tiny_model_dir)})
    assert status == 200, reply
    assert reply["state"] == "ready" and reply["four_bit"] is True and reply["device"] == "cpu"
    assert session.current_model().kind == "transformers"
    assert api("POST", "model/unload", {})[1]["state"] == "none"
    assert session.current_model().kind == "none"


# -- engines ------------------------------------------------------------------------
def test_engines_lists_what_is_installed(api):
    status, reply = api("GET", "engines")
    assert status == 200
    assert {e["name"] for e in reply["engines"]} == {"answer", "code", "structure", "heads"}


def _replace_handler(monkeypatch, name, handler):
    import dataclasses

    from matsci_jupyter.commands.table import COMMANDS

    monkeypatch.setitem(COMMANDS, name, dataclasses.replace(COMMANDS[name], handler=handler))


def test_a_missing_engine_is_a_404_saying_not_installed(api, monkeypatch):
    def missing(args, ctx):
        raise ModuleNotFoundError("gone", name="matsci_jupyter.engines.answer")

    _replace_handler(monkeypatch, "answer", missing)
    status, reply = api("POST", "engines/answer", {"text": "band gap of Si in eV?"})
    assert status == 404 and "not installed" in reply["message"]


def test_engine_import_guard_names_the_missing_engine():
    from matsci_jupyter.server.engines import EngineUnavailableError, engine_function

    with pytest.raises(EngineUnavailableError, match="no_such_engine engine is not installed"):
        engine_function("no_such_engine", "answer")


def test_engine_run_returns_the_result_payload(api, monkeypatch):
    from lab_e2e_support import photon_wavelength

    _replace_handler(monkeypatch, "answer", lambda args, ctx: photon_wavelength(args.question))
    status, reply = api("POST", "engines/answer", {"text": "wavelength of a 2.0 eV photon in nm"})
    assert status == 200
    result = reply["result"]
    assert result["kind"] == "answer" and result["data"]["quantity"]["units_short"] == "nm"
    assert result["data"]["quantity"]["magnitude"] == pytest.approx(619.92, abs=0.05)
    assert "text/html" in result["bundle"]
    # the command's own arguments, checked by its model
    status, reply = api(
        "POST",
        "engines/answer",
        {"arguments": {"question": "wavelength of a 2.0 eV photon in nm", "use_model": False}},
    )
    assert status == 200 and reply["result"]["data"]["quantity"]["units_short"] == "nm"
    status, reply = api("POST", "engines/answer", {"arguments": {"question": "q", "typo": 1}})
    assert status == 400 and "typo" in reply["message"]


# -- kernel snippets -------------------------------------------------------------------
def test_summary_code_refuses_what_is_not_a_variable_name(api):
    for bad in ("import os", "x;y", "class", "1abc"):
        status, reply = api("GET", f"kernel/summary-code?name={bad}")
        assert status == 400, bad
        assert "not a Python variable name" in reply["message"]


def test_summary_code_prints_a_summary_and_cleans_up(api, capsys):
    status, reply = api("GET", "kernel/summary-code?name=energies")
    assert status == 200
    namespace: dict[str, Any] = {"energies": [1.5, 2.5, 3.5]}
    exec(reply["code"], namespace)
    out = capsys.readouterr().out
    assert out.startswith("energies: list") and "3 items" in out
    assert "_matsci_summarize" not in namespace


def test_stopping_the_server_shuts_the_chat_state_down(jp_serverapp, jp_asyncio_loop):
    """The extension is an ExtensionApp: its stop hook cancels turns and closes the pools."""
    import threading

    state = jp_serverapp.web_app.settings["matsci"]
    turn = threading.Event()
    state.active_turns.add(turn)
    jp_asyncio_loop.run_until_complete(jp_serverapp.extension_manager.stop_all_extensions())
    assert turn.is_set()
    with pytest.raises(RuntimeError):
        state.chat_pool.submit(print)
