"""Shared fixtures: a fresh working directory per test, tiny local models, a real IPython shell."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
ARTIFACTS = ROOT / "test-artifacts"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    try:
        import torch

        has_cuda = torch.cuda.is_available()
    except ImportError:
        has_cuda = False
    skip_gpu = pytest.mark.skip(reason="needs a CUDA GPU")
    for item in items:
        if "gpu" in item.keywords and not has_cuda:
            item.add_marker(skip_gpu)


@pytest.fixture(autouse=True)
def _fresh_workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test runs in its own empty directory with its own model cache."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MATSCI_CACHE_DIR", str(tmp_path / "cache"))
    for var in (
        "MATSCI_MODEL",
        "MATSCI_MODEL_URL",
        "MATSCI_API_KEY",
        "MATSCI_DEVICE",
        "MATSCI_QUANTIZATION",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return tmp_path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present beside the project")
    return SHARED_DATA


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer Llama (hidden 64) with a locally trained tokenizer: sizes fit the CPU kernel."""
    from matsci_jupyter.model.tiny import build_llama

    return build_llama(tmp_path_factory.mktemp("tiny-llama"))


@pytest.fixture(scope="session")
def odd_size_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Llama whose layer sizes (hidden 48) break bitsandbytes' CPU repacking (trap A)."""
    from matsci_jupyter.model.tiny import build_llama

    return build_llama(
        tmp_path_factory.mktemp("odd-llama"),
        hidden_size=48,
        intermediate_size=80,
        num_attention_heads=4,
        num_key_value_heads=2,
    )


@pytest.fixture(scope="session")
def tiny_model(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """The tiny model loaded once through the real 4-bit NF4 path."""
    from matsci_jupyter.model import load_model

    model = load_model(str(tiny_model_dir), cache_dir=tmp_path_factory.mktemp("cache"))
    yield model
    model.close()


@pytest.fixture
def ip():
    """A real IPython InteractiveShell with the extension loaded; the model is reset after."""
    from IPython.testing.globalipapp import get_ipython

    from matsci_jupyter.model import session

    shell = get_ipython()
    shell.run_line_magic("load_ext", "matsci_jupyter")
    yield shell
    shell.run_line_magic("unload_ext", "matsci_jupyter")
    session.unload()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def port() -> int:
    return free_port()


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
