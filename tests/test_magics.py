"""`%%matsci` / `%matsci` in a real IPython InteractiveShell."""

from __future__ import annotations

import pytest
from server_support import running_server

from matsci_jupyter.model import session


def test_help_lists_subcommands(ip):
    text = ip.run_line_magic("matsci", "help")
    assert "model" in text and "help" in text and "%%matsci" in text
    assert ip.run_line_magic("matsci", "") == text  # bare %matsci shows help too


def test_help_for_one_subcommand(ip):
    text = ip.run_line_magic("matsci", "help model")
    assert "load" in text and "connect" in text and "unload" in text


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ("frobnicate", "unknown subcommand 'frobnicate'"),
        ("model", "required"),
        ("model load", "name_or_path"),
        ("model load x --quantization int2", "invalid choice"),
        ("model status --verbose", "unrecognized arguments"),
        ("help nosuch", "no subcommand 'nosuch'"),
        ('model load "unterminated', "check the quotes"),
    ],
)
def test_usage_errors_are_one_line_without_traceback(ip, capsys, line, needle):
    assert ip.run_line_magic("matsci", line) is None
    err = capsys.readouterr().err.strip()
    assert needle in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_cell_body_on_a_line_only_subcommand_is_refused(ip, capsys):
    ip.run_cell_magic("matsci", "model status", "some text")
    assert "takes no cell body" in capsys.readouterr().err


def test_model_errors_leave_the_kernel_usable(ip, capsys, tmp_path):
    ip.run_line_magic("matsci", f"model load {tmp_path / 'missing'}")
    err = capsys.readouterr().err
    assert "not found" in err and "Traceback" not in err
    ip.run_cell("x = 1 + 1")
    assert ip.user_ns["x"] == 2


def test_load_status_unload(ip, tiny_model_dir, capsys):
    status = ip.run_line_magic("matsci", f"model load {tiny_model_dir}")
    assert status.backend == "transformers" and "NF4" in status.quantization
    assert "4-bit" in str(ip.run_line_magic("matsci", "model status"))
    assert "[matsci] quantizing" in capsys.readouterr().out  # progress, as information (stdout)
    assert session.current_model().kind == "transformers"
    ip.run_line_magic("matsci", "model unload")
    assert session.current_model().kind == "none"
    assert "none" in str(ip.run_line_magic("matsci", "model status"))


def test_plain_cell_without_model_or_engine_says_what_is_missing(ip, monkeypatch):
    from matsci_jupyter.engines import router

    monkeypatch.setattr(router, "discover_routes", lambda: ())
    out = ip.run_cell_magic("matsci", "", "what does this sample look like under a microscope?")
    text = str(out)
    assert "no language model is loaded" in text and "%matsci model load" in text
    assert "no offline engine" in text


def test_plain_cell_with_model_is_labelled_unverified(ip, tiny_model_dir, monkeypatch):
    from matsci_jupyter.engines import router

    monkeypatch.setattr(router, "discover_routes", lambda: ())
    ip.run_line_magic("matsci", f"model load {tiny_model_dir}")
    out = ip.run_cell_magic("matsci", "", "tell me about perovskites")
    assert "not verified" in out._repr_markdown_()


def test_engine_routes_are_used_when_they_claim_the_request(ip, monkeypatch):
    from matsci_jupyter.engines import router
    from matsci_jupyter.engines.base import EngineRoute

    routes = (
        EngineRoute("low", "never sure", lambda t, c: 0.2, lambda t, c: "low"),
        EngineRoute(
            "echo",
            "claims 'echo'",
            lambda t, c: 0.9 if "echo" in t else 0.0,
            lambda t, c: f"echo:{t}",
        ),
    )
    monkeypatch.setattr(router, "discover_routes", lambda: routes)
    assert ip.run_cell_magic("matsci", "", "echo this") == "echo:echo this"


def test_configured_model_loads_on_first_use(ip, tiny_model_dir, monkeypatch):
    from matsci_jupyter.engines import router

    monkeypatch.setattr(router, "discover_routes", lambda: ())
    ip.run_line_magic("config", f"MatsciMagics.model = '{tiny_model_dir}'")
    status = ip.run_line_magic("matsci", "model status")
    assert any("loads on first use" in n for n in status.notes)
    ip.run_cell_magic("matsci", "", "hello")
    assert session.current_model().kind == "transformers"


def test_environment_variable_picks_the_model(monkeypatch, tiny_model_dir):
    from IPython.testing.globalipapp import get_ipython

    monkeypatch.setenv("MATSCI_MODEL", str(tiny_model_dir))
    monkeypatch.setenv("MATSCI_QUANTIZATION", "bf16")
    shell = get_ipython()
    shell.run_line_magic("load_ext", "matsci_jupyter")
    magics = shell.magics_manager.registry["MatsciMagics"]
    assert magics.model == str(tiny_model_dir) and magics.quantization == "bf16"
    model = magics.ensure_configured_model()
    assert model.quantization == "bf16"
    session.unload()
    shell.run_line_magic("unload_ext", "matsci_jupyter")


def test_connect_uses_a_served_model(ip, tiny_model, port):
    from matsci_jupyter.openai_server import create_app

    with running_server(create_app(tiny_model, served_name="shared"), port) as base:
        status = ip.run_line_magic("matsci", f"model connect {base}/v1")
        assert status.name == "shared" and status.backend == "openai-http"
        assert ip.run_line_magic("matsci", "model status").name == "shared"
        ip.run_line_magic("matsci", "model unload")
