"""Chat history files: where they live, atomic writes, fallbacks, archives, renames."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from matsci_jupyter.server import history as history_mod
from matsci_jupyter.server.history import HistoryPathError, HistoryStore, normalise_api_path


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "root" / "proj").mkdir(parents=True)
    (tmp_path / "root" / "proj" / "nb.ipynb").write_text("{}")
    return tmp_path / "root"


@pytest.fixture
def store(root: Path, tmp_path: Path) -> HistoryStore:
    return HistoryStore(root, tmp_path / "data" / "chats", limit=10)


def msg(i: int, role: str = "user") -> dict:
    return {"id": f"m{i}", "role": role, "content": f"message {i}"}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, ""),
        ("", ""),
        ("/proj/nb.ipynb", "proj/nb.ipynb"),
        ("proj//./nb.ipynb", "proj/nb.ipynb"),
    ],
)
def test_api_paths_are_normalised(given, expected):
    assert normalise_api_path(given) == expected


@pytest.mark.parametrize("bad", ["../x.ipynb", "proj/../../x.ipynb", "a\x00b", "c:\\x.ipynb"])
def test_paths_leaving_the_root_are_refused(store, bad):
    with pytest.raises(HistoryPathError):
        store.locate(bad)


def test_a_symlink_out_of_the_root_is_refused(store, root, tmp_path):
    (tmp_path / "outside").mkdir()
    (root / "escape").symlink_to(tmp_path / "outside")
    with pytest.raises(HistoryPathError, match="leaves"):
        store.locate("escape/nb.ipynb")


def test_the_chat_is_a_hidden_file_next_to_the_notebook(store, root):
    store.save_message("proj/nb.ipynb", msg(1))
    path = root / "proj" / ".nb.ipynb.matsci-chat.json"
    data = json.loads(path.read_text())
    assert data["version"] == 1 and data["notebook"] == "proj/nb.ipynb"
    assert [m["id"] for m in data["messages"]] == ["m1"]
    assert store.load("proj/nb.ipynb").location == "proj/.nb.ipynb.matsci-chat.json"


def test_saving_the_same_id_replaces_the_message(store):
    store.save_message("proj/nb.ipynb", {"id": "a", "role": "assistant", "content": "par"})
    store.save_message(
        "proj/nb.ipynb", {"id": "a", "role": "assistant", "content": "partial answer"}
    )
    assert [m["content"] for m in store.load("proj/nb.ipynb").messages] == ["partial answer"]


def test_no_notebook_uses_the_central_folder(store, tmp_path):
    store.save_message(None, msg(1))
    assert (tmp_path / "data" / "chats" / "_no-notebook.json").is_file()


def test_a_configured_history_dir_holds_every_chat(root, tmp_path):
    store = HistoryStore(root, tmp_path / "fallback", history_dir=tmp_path / "central")
    store.save_message("proj/nb.ipynb", msg(1))
    files = list((tmp_path / "central").glob("nb.ipynb-*.json"))
    assert len(files) == 1 and not (root / "proj" / ".nb.ipynb.matsci-chat.json").exists()


def test_a_failed_write_next_to_the_notebook_falls_back(store, root, tmp_path, monkeypatch):
    real = history_mod._atomic_write

    def refuse_project_folder(path: Path, text: str) -> None:
        if path.parent == root / "proj":
            raise PermissionError(13, "Permission denied", str(path))
        real(path, text)

    monkeypatch.setattr(history_mod, "_atomic_write", refuse_project_folder)
    store.save_message("proj/nb.ipynb", msg(1))
    monkeypatch.setattr(history_mod, "_atomic_write", real)
    assert store.load("proj/nb.ipynb").messages[0]["id"] == "m1"  # found in the fallback
    assert str(tmp_path / "data" / "chats") in store.load("proj/nb.ipynb").location
    store.save_message("proj/nb.ipynb", msg(2))  # later writes keep to the fallback file
    assert [m["id"] for m in store.load("proj/nb.ipynb").messages] == ["m1", "m2"]


def test_a_notebook_in_a_deleted_folder_keeps_chatting_in_the_fallback(store, tmp_path):
    store.save_message("gone/nb.ipynb", msg(1))
    view = store.load("gone/nb.ipynb")
    assert view.notebook_exists is False and [m["id"] for m in view.messages] == ["m1"]
    assert str(tmp_path / "data" / "chats") in view.location


def test_old_messages_move_to_an_archive_not_away(store, root):
    for i in range(13):
        store.save_message("proj/nb.ipynb", msg(i))
    kept = [m["id"] for m in store.load("proj/nb.ipynb").messages]
    assert kept == [f"m{i}" for i in range(3, 13)]
    archive = root / "proj" / ".nb.ipynb.matsci-chat.archive.jsonl"
    assert [json.loads(line)["id"] for line in archive.read_text().splitlines()] == [
        "m0",
        "m1",
        "m2",
    ]


def test_a_renamed_notebook_takes_its_chat_along(store, root):
    store.save_message("proj/nb.ipynb", msg(1))
    (root / "proj" / "nb.ipynb").rename(root / "proj" / "renamed.ipynb")
    store.rename("proj/nb.ipynb", "proj/renamed.ipynb")
    assert [m["id"] for m in store.load("proj/renamed.ipynb").messages] == ["m1"]
    assert store.load("proj/nb.ipynb").messages == []


def test_large_display_bundles_are_stored_as_text(store):
    big = {
        "kind": "structure",
        "data": {"kind": "structure"},
        "text": "Cu8",
        "bundle": {"text/plain": "Cu8", "application/vnd.plotly.v1+json": {"x": "y" * 400_000}},
    }
    store.save_message(
        "proj/nb.ipynb", {"id": "s", "role": "assistant", "content": "", "results": [big]}
    )
    stored = store.load("proj/nb.ipynb").messages[0]["results"][0]
    assert stored["bundle"] == {"text/plain": "Cu8"} and stored["bundle_truncated"] is True


def test_nan_and_surrogates_never_reach_the_file(store, root):
    store.save_message(
        "proj/nb.ipynb",
        {
            "id": "n",
            "role": "assistant",
            "content": "x\ud800y",
            "results": [{"data": {"value": float("nan")}}],
        },
    )
    text = (root / "proj" / ".nb.ipynb.matsci-chat.json").read_text()
    assert "NaN" not in text
    assert json.loads(text)["messages"][0]["content"] == "x?y"


def test_a_big_3d_figure_is_not_kept_in_the_history(store):
    view = {
        "kind": "structure_view",
        "text": "Cu",
        "bundle": {"text/plain": "Cu"},
        "data": {
            "kind": "structure_view",
            "figure": {"data": [{"x": list(range(100_000))}]},
            "summary": {"formula": "Cu"},
        },
    }
    store.save_message(
        "proj/nb.ipynb", {"id": "v", "role": "assistant", "content": "", "results": [view]}
    )
    stored = store.load("proj/nb.ipynb").messages[0]["results"][0]
    assert stored["data"]["figure"] is None and "too large" in stored["data"]["render_error"]
    assert stored["data"]["summary"] == {"formula": "Cu"}
