"""The OpenAI-compatible server, with the official `openai` client as the peer."""

from __future__ import annotations

import json
import threading
import time

import httpx
import numpy as np
import openai
import pytest
from server_support import running_server

from matsci_jupyter.openai_server import create_app

API_KEY = "test-key-123"


class _ConcurrencyProbe:
    """Wraps a model and records whether two model calls ever overlapped."""

    def __init__(self, model):
        self._model = model
        self.active = 0
        self.max_active = 0
        self._guard = threading.Lock()

    def __getattr__(self, name):
        return getattr(self._model, name)

    def _enter(self):
        with self._guard:
            self.active += 1
            self.max_active = max(self.max_active, self.active)

    def _exit(self):
        with self._guard:
            self.active -= 1

    def generate(self, *a, **kw):
        self._enter()
        try:
            return self._model.generate(*a, **kw)
        finally:
            self._exit()


@pytest.fixture(scope="module")
def server(tiny_model, request):
    from conftest import free_port

    port = free_port()
    app = create_app(tiny_model, api_key=API_KEY, served_name="tiny", max_body_bytes=200_000)
    with running_server(app, port) as base:
        yield base


@pytest.fixture
def client(server):
    c = openai.OpenAI(base_url=server + "/v1", api_key=API_KEY, max_retries=0)
    yield c
    c.close()


def test_models_lists_the_served_model(client):
    ids = [m.id for m in client.models.list().data]
    assert ids == ["tiny"]


def test_chat_completion_matches_the_model(client, tiny_model):
    resp = client.chat.completions.create(
        model="tiny", messages=[{"role": "user", "content": "Band gap of GaAs?"}], max_tokens=8
    )
    text = resp.choices[0].message.content
    assert text == tiny_model.generate("Band gap of GaAs?", max_new_tokens=8)
    assert resp.usage.completion_tokens > 0 and resp.choices[0].finish_reason in ("stop", "length")


def test_streaming_chunks_join_to_the_full_answer(client, tiny_model):
    stream = client.chat.completions.create(
        model="tiny",
        messages=[{"role": "user", "content": "Describe olivine."}],
        max_tokens=10,
        stream=True,
    )
    pieces = [
        c.choices[0].delta.content for c in stream if c.choices and c.choices[0].delta.content
    ]
    assert len(pieces) >= 2
    assert "".join(pieces) == tiny_model.generate("Describe olivine.", max_new_tokens=10)


def test_embeddings_float_and_base64(client, server, tiny_model):
    resp = client.embeddings.create(model="tiny", input=["LiFePO4", "silicon"])  # base64 by default
    got = np.array([d.embedding for d in resp.data], dtype=np.float32)
    assert got.shape == (2, 64)
    assert np.allclose(got, tiny_model.embed(["LiFePO4", "silicon"]), atol=1e-5)
    raw = httpx.post(
        server + "/v1/embeddings",
        headers={"Authorization": f"Bearer {API_KEY}"},
        json={"model": "tiny", "input": "Cu", "encoding_format": "float"},
    ).json()
    assert len(raw["data"][0]["embedding"]) == 64


def test_wrong_or_missing_api_key_is_refused(server):
    bad = openai.OpenAI(base_url=server + "/v1", api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad.models.list()
    r = httpx.post(server + "/v1/chat/completions", json={})
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_api_key"


def _post(server, path, **kw):
    headers = {"Authorization": f"Bearer {API_KEY}", **kw.pop("headers", {})}
    return httpx.post(server + path, headers=headers, timeout=30, **kw)


@pytest.mark.parametrize(
    ("body", "status", "needle"),
    [
        (b"{not json", 400, "not valid JSON"),
        (json.dumps({"model": "tiny"}).encode(), 400, "messages"),
        (json.dumps({"model": "tiny", "messages": []}).encode(), 400, "messages"),
        (
            json.dumps(
                {"model": "tiny", "messages": [{"role": "wizard", "content": "x"}]}
            ).encode(),
            400,
            "role",
        ),
        (
            json.dumps({"model": "tiny", "messages": [{"role": "user", "content": 3}]}).encode(),
            400,
            "content",
        ),
        (
            json.dumps(
                {
                    "model": "tiny",
                    "messages": [{"role": "user", "content": "x"}],
                    "temperature": "hot",
                }
            ).encode(),
            400,
            "temperature",
        ),
        (
            json.dumps(
                {"model": "tiny", "messages": [{"role": "user", "content": "x"}], "max_tokens": -1}
            ).encode(),
            400,
            "max_tokens",
        ),
        (
            json.dumps({"model": "gpt-9", "messages": [{"role": "user", "content": "x"}]}).encode(),
            404,
            "not served",
        ),
        (json.dumps([1, 2, 3]).encode(), 400, ""),
    ],
)
def test_bad_requests_get_4xx_with_a_message(server, body, status, needle):
    r = _post(
        server, "/v1/chat/completions", content=body, headers={"Content-Type": "application/json"}
    )
    assert r.status_code == status
    assert needle in r.json()["error"]["message"]


def test_oversized_body_and_prompt(server):
    big = {"model": "tiny", "messages": [{"role": "user", "content": "x" * 300_000}]}
    r = _post(server, "/v1/chat/completions", json=big)
    assert r.status_code == 413
    long_prompt = {"model": "tiny", "messages": [{"role": "user", "content": "copper " * 2000}]}
    r = _post(server, "/v1/chat/completions", json=long_prompt)
    assert r.status_code == 400 and r.json()["error"]["code"] == "context_length_exceeded"


def test_embedding_bad_input(server):
    assert _post(server, "/v1/embeddings", json={"model": "tiny", "input": []}).status_code == 400
    assert _post(server, "/v1/embeddings", json={"model": "tiny"}).status_code == 400


def test_concurrent_requests_are_queued_not_interleaved(tiny_model, port):
    probe = _ConcurrencyProbe(tiny_model)
    app = create_app(probe, served_name="tiny")
    prompts = [f"Lattice constant of sample {i}" for i in range(6)]
    expected = {p: tiny_model.generate(p, max_new_tokens=6) for p in prompts}
    with running_server(app, port) as base:
        c = openai.OpenAI(base_url=base + "/v1", api_key="x", max_retries=0)
        results: dict[str, str] = {}

        def ask(p):
            r = c.chat.completions.create(
                model="tiny", messages=[{"role": "user", "content": p}], max_tokens=6
            )
            results[p] = r.choices[0].message.content

        threads = [threading.Thread(target=ask, args=(p,)) for p in prompts]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
    assert results == expected
    assert probe.max_active == 1


def test_client_disconnecting_mid_stream_leaves_server_healthy(server, client, tiny_model):
    with (
        httpx.Client(timeout=30) as h,
        h.stream(
            "POST",
            server + "/v1/chat/completions",
            headers={"Authorization": f"Bearer {API_KEY}"},
            json={
                "model": "tiny",
                "stream": True,
                "max_tokens": 200,
                "messages": [{"role": "user", "content": "long story"}],
            },
        ) as r,
    ):
        for line in r.iter_lines():
            if line.startswith("data:") and "content" in line:
                break  # hang up after the first chunk
    t0 = time.monotonic()
    resp = client.chat.completions.create(
        model="tiny", max_tokens=4, messages=[{"role": "user", "content": "still there?"}]
    )
    assert resp.choices[0].message.content == tiny_model.generate("still there?", max_new_tokens=4)
    assert time.monotonic() - t0 < 20
