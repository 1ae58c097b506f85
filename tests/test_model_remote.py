"""The HTTP backend against our own server, and its errors."""

from __future__ import annotations

import numpy as np
import pytest
from server_support import running_server

from matsci_jupyter import errors
from matsci_jupyter.model import connect_model
from matsci_jupyter.openai_server import create_app


@pytest.fixture
def served(tiny_model, port):
    app = create_app(tiny_model, api_key="k", served_name="tiny")
    with running_server(app, port) as base:
        yield base


def test_remote_generate_stream_embed_match_local(served, tiny_model):
    remote = connect_model(served + "/v1", api_key="k")
    assert remote.name == "tiny" and remote.kind == "openai-http"
    assert remote.generate("Perovskite?", max_new_tokens=6) == tiny_model.generate(
        "Perovskite?", max_new_tokens=6
    )
    assert "".join(remote.stream("Perovskite?", max_new_tokens=6)) == tiny_model.generate(
        "Perovskite?", max_new_tokens=6
    )
    assert np.allclose(remote.embed(["Cu"]), tiny_model.embed(["Cu"]), atol=1e-5)
    status = remote.status()
    assert status.backend == "openai-http" and status.source == served + "/v1"
    remote.close()


def test_url_without_v1_is_completed(served):
    host_port = served.removeprefix("http://")
    assert connect_model(host_port, api_key="k").base_url == served + "/v1"


def test_connection_refused_says_how_to_start_a_server(port):
    with pytest.raises(errors.ModelConnectionError, match="matsci-jupyter serve"):
        connect_model(f"http://127.0.0.1:{port}/v1")


def test_wrong_key_and_unknown_model(served):
    with pytest.raises(errors.ModelConnectionError, match="API key"):
        connect_model(served, api_key="nope")
    with pytest.raises(errors.ModelConnectionError, match="serves: tiny"):
        connect_model(served, api_key="k", model="other")


def test_too_long_prompt_is_a_prompt_error(served):
    remote = connect_model(served, api_key="k")
    with pytest.raises(errors.PromptTooLongError):
        remote.generate("copper " * 2000)
