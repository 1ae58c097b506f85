"""Issue 12, item 5 (Jupyter extension half): nesting limit, root-dir check, sandbox status."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pytest_jupyter.jupyter_server import *  # noqa: F403 - fixtures for this module only
from tornado.httpclient import HTTPClientError
from traitlets.config import Config


@pytest.fixture
def jp_server_config() -> Config:
    return Config({"ServerApp": {"jpserver_extensions": {"matsci_jupyter": True}}})


@pytest.fixture
def api(jp_fetch, jp_asyncio_loop):
    def call(method: str, path: str, raw: str | None = None) -> tuple[int, Any]:
        kwargs: dict[str, Any] = {"method": method}
        if raw is not None:
            kwargs["body"] = raw

        async def fetch() -> Any:  # create tornado's future inside the running loop
            return await jp_fetch("matsci", *path.split("/"), **kwargs)

        try:
            resp = jp_asyncio_loop.run_until_complete(fetch())
        except HTTPClientError as exc:
            text = exc.response.body.decode() if exc.response is not None else ""
            return exc.code, text
        return resp.code, json.loads(resp.body.decode())

    return call


def test_deeply_nested_json_is_a_400_not_a_500(api):
    for depth in (65, 100_000):
        status, text = api(
            "POST", "engines/answer", '{"text": "x", "a": ' + "[" * depth + "]" * depth + "}"
        )
        assert status == 400, text
        assert "deep" in text


@pytest.mark.parametrize(
    "path", ["/etc/passwd", "../outside.cif", "~/.bashrc", "/proc/self/environ"]
)
def test_check_structure_refuses_files_outside_the_server_root(api, path, jp_root_dir):
    (jp_root_dir.parent / "outside.cif").write_text("data_x\n")
    status, text = api("POST", "engines/check_structure", json.dumps({"text": path}))
    assert status == 400, text
    # "~" is not expanded: it names a folder "~" inside the root, which does not exist
    assert "outside the folder this" in text or "no file" in text


def test_check_structure_reads_files_inside_the_root(api, jp_root_dir):
    (jp_root_dir / "NaCl.vasp").write_text(
        "NaCl\n1.0\n5.64 0 0\n0 5.64 0\n0 0 5.64\nNa Cl\n1 1\nDirect\n0 0 0\n0.5 0.5 0.5\n"
    )
    status, reply = api("POST", "engines/check_structure", json.dumps({"text": "NaCl.vasp"}))
    assert status == 200, reply
    assert "NaCl" in json.dumps(reply)


def test_status_says_how_generated_code_is_confined(api, monkeypatch):
    status, reply = api("GET", "status")
    assert status == 200
    assert set(reply["sandbox"]) == {"isolated", "label"}
    if not reply["sandbox"]["isolated"]:
        assert "checked, not isolated" in reply["sandbox"]["label"]
