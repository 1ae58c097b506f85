"""`matsci-jupyter` command line: serve a model and talk to it with the openai client."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest

from matsci_jupyter.cli import main


def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("matsci-jupyter")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "matsci_jupyter.cli"]


def test_no_subcommand_prints_help(capsys):
    assert main([]) == 2
    assert "serve" in capsys.readouterr().out


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and "matsci-jupyter" in capsys.readouterr().out


def test_serve_unknown_model_is_one_line_error(capsys, tmp_path):
    assert main(["serve", "--model", str(tmp_path / "nothing"), "--port", "1"]) == 1
    err = capsys.readouterr().err
    assert "not found" in err and "Traceback" not in err


@pytest.mark.slow
def test_serve_subprocess_with_openai_client(tiny_model_dir, port, tmp_path):
    env = {**os.environ, "MATSCI_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.Popen(
        [
            *_cli(),
            "serve",
            "--model",
            str(tiny_model_dir),
            "--port",
            str(port),
            "--api-key",
            "s3cret",
            "--served-name",
            "tiny",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"server exited: {proc.stdout.read()}")
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        client = openai.OpenAI(base_url=base + "/v1", api_key="s3cret", max_retries=0)
        assert [m.id for m in client.models.list().data] == ["tiny"]
        reply = client.chat.completions.create(
            model="tiny", messages=[{"role": "user", "content": "Hi"}], max_tokens=4
        )
        assert isinstance(reply.choices[0].message.content, str)
        chunks = list(
            client.chat.completions.create(
                model="tiny",
                messages=[{"role": "user", "content": "Hi"}],
                max_tokens=4,
                stream=True,
            )
        )
        assert chunks[-1].choices[0].finish_reason == "stop"
        assert len(client.embeddings.create(model="tiny", input="Fe2O3").data[0].embedding) == 64
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    # the first load left a pre-quantized copy for the next start
    assert any((tmp_path / "cache" / "quantized").iterdir())


def test_console_script_is_installed():
    assert shutil.which("matsci-jupyter", path=str(Path(sys.executable).parent)) is not None
