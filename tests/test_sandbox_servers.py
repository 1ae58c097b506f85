"""Issue 12, item 5: the OpenAI-compatible server's hardening, against a real uvicorn server.

A scripted model stands in for a real one (the tests are about the HTTP layer): it
counts the threads alive while it generates and can be made slow.
"""

from __future__ import annotations

import argparse
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from conftest import free_port
from server_support import running_server

from matsci_jupyter.errors import UsageError
from matsci_jupyter.openai_server import create_app

KEY = "k-123"


class ScriptedModel:
    name = "scripted"
    context_length = None

    def __init__(self, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self.threads: set[int] = set()  # idents of the threads the model ran on

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def generate(self, messages, **options) -> str:
        self.threads.add(threading.get_ident())
        time.sleep(self.delay_s)
        return "ok"

    def stream(self, messages, cancel=None, **options):
        self.threads.add(threading.get_ident())
        time.sleep(self.delay_s)
        yield "o"
        yield "k"

    def embed(self, texts):
        raise NotImplementedError


def body(**extra):
    return {"model": "scripted", "messages": [{"role": "user", "content": "hi"}], **extra}


@pytest.fixture
def serve():
    """Start a server over a fresh ScriptedModel: ``serve(api_key=..., **create_app kwargs)``."""
    stack = []

    def start(model=None, **kwargs):
        model = model or ScriptedModel()
        port = free_port()
        ctx = running_server(create_app(model, **kwargs), port)
        base = ctx.__enter__()
        stack.append(ctx)
        return base, model

    yield start
    for ctx in reversed(stack):
        ctx.__exit__(None, None, None)


def auth(key=KEY):
    return {"Authorization": f"Bearer {key}"}


@pytest.mark.parametrize("seed", [-1, 2**32, 2**70])
def test_seed_out_of_range_is_a_400_with_a_json_error(serve, seed):
    base, _ = serve(api_key=KEY)
    r = httpx.post(base + "/v1/chat/completions", json=body(seed=seed), headers=auth())
    assert r.status_code == 400
    assert "seed" in r.json()["error"]["message"]


@pytest.mark.parametrize(
    "stop",
    [["a"] * 5, ["x" * 100_000], ["a", "b" * 65], [""]],
    ids=["count", "100KB", "65", "empty"],
)
def test_stop_strings_are_capped_in_count_and_length(serve, stop):
    base, _ = serve(api_key=KEY)
    r = httpx.post(base + "/v1/chat/completions", json=body(stop=stop), headers=auth())
    assert r.status_code == 400, r.text
    assert "stop" in r.json()["error"]["message"]


def test_streams_share_one_worker_and_the_queue_is_bounded(serve):
    model = ScriptedModel(delay_s=0.3)
    base, model = serve(model, api_key=KEY, max_pending=4)

    def stream_one(_):
        with httpx.stream(
            "POST",
            base + "/v1/chat/completions",
            json=body(stream=True),
            headers=auth(),
            timeout=60,
        ) as r:
            return r.status_code, r.read()

    with ThreadPoolExecutor(12) as pool:
        results = list(pool.map(stream_one, range(12)))
    codes = [c for c, _ in results]
    assert codes.count(200) >= 4 and 503 in codes
    assert len(model.threads) == 1  # one model worker, not a thread per stream
    assert not [t for t in threading.enumerate() if t.name == "matsci-stream"]
    served = [text for code, text in results if code == 200]
    assert all(b"[DONE]" in text for text in served)


def test_a_body_that_never_arrives_times_out(serve):
    base, _ = serve(api_key=KEY, read_timeout_s=1.0)
    port = int(base.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: 1000\r\n"
            + f"Authorization: Bearer {KEY}\r\n\r\n".encode()
            + b'{"model": '
        )
        started = time.monotonic()
        answer = s.recv(4096)
    assert answer.startswith(b"HTTP/1.1 408")
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "10.0.0.1"])
def test_a_foreign_host_header_is_refused_dns_rebinding(serve, host):
    base, _ = serve()  # keyless loopback server: the case DNS rebinding attacks
    r = httpx.post(base + "/v1/chat/completions", json=body(), headers={"Host": host})
    assert r.status_code == 421
    ok = httpx.post(base + "/v1/chat/completions", json=body())
    assert ok.status_code == 200


def test_health_names_the_model_only_to_a_client_with_the_key(serve):
    base, _ = serve(api_key=KEY, served_name="secret-model")
    anonymous = httpx.get(base + "/health")
    assert anonymous.status_code == 200 and anonymous.json() == {"status": "ok"}
    wrong = httpx.get(base + "/health", headers=auth("nope")).json()
    assert "model" not in wrong
    assert httpx.get(base + "/health", headers=auth()).json()["model"] == "secret-model"
    keyless, _ = serve()
    assert "model" not in httpx.get(keyless + "/health").json()


def _serve_args(**kw):
    from matsci_jupyter.cli import serve as serve_cli

    p = argparse.ArgumentParser()
    serve_cli.configure(p)
    argv = ["--model", "none"]
    for k, v in kw.items():
        argv += [f"--{k.replace('_', '-')}"] + ([] if v is True else [str(v)])
    return serve_cli, p.parse_args(argv)


def test_binding_beyond_loopback_without_a_key_is_refused(monkeypatch):
    monkeypatch.delenv("MATSCI_API_KEY", raising=False)
    serve_cli, args = _serve_args(host="0.0.0.0")
    with pytest.raises(UsageError, match="--insecure"):
        serve_cli.run(args)


def test_insecure_or_a_key_lets_it_through_to_model_loading(monkeypatch):
    """Past the check, the next step (loading the model) runs; we stop it there."""
    import matsci_jupyter.model as model_mod

    def stop(*a, **k):
        raise RuntimeError("reached model loading")

    monkeypatch.setattr(model_mod, "load_model", stop)
    for kw in ({"host": "0.0.0.0", "insecure": True}, {"host": "0.0.0.0", "api_key": "x"}):
        serve_cli, args = _serve_args(**kw)
        with pytest.raises(RuntimeError, match="reached model loading"):
            serve_cli.run(args)
