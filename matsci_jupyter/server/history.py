"""Chat history, persisted per notebook so it survives a page reload and a server restart.

Where a notebook's chat is kept (documented in the README):

- by default a hidden file next to the notebook: ``dir/.NAME.ipynb.matsci-chat.json``;
- when that folder cannot be written (read-only share, folder gone):
  ``JUPYTER_DATA_DIR/matsci-jupyter/chats/<slug>-<hash>.json``;
- with ``c.MatsciChat.history_dir`` set: every chat in that folder, named the same way;
- a chat with no notebook open: ``_no-notebook.json`` in the fallback folder.

Files are written atomically (temporary file, then rename). A file that cannot be
read is kept under a ``.corrupt-<time>`` name, never deleted; when a chat grows
past the limit its oldest messages move to ``*.archive.jsonl`` beside it.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import re
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import UsageError
from .payloads import json_safe

FORMAT_VERSION = 1
SUFFIX = ".matsci-chat.json"
# named chats of a notebook: ".NAME.ipynb.matsci-chat.<chat>.json"; the default chat has no name
CHAT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _-]{0,39}$")


def chat_slug(chat: str | None) -> str:
    """The file-name part of a chat's name ("" for the default chat); refuses odd names."""
    if not chat or chat == "default":
        return ""
    if not CHAT_NAME.fullmatch(chat) or chat.lower().startswith("cleared-"):
        raise HistoryPathError(
            f"chat name {chat!r}: use 1-40 letters, digits, spaces, '-' or '_', starting with a "
            "letter or digit"
        )
    return chat.strip().replace(" ", "_").lower()


MAX_STORED_BUNDLE_BYTES = 300_000


class HistoryPathError(UsageError):
    """The notebook path of a request is not a path inside the server's root folder."""


@dataclass
class HistoryFile:
    """Where one notebook's chat lives."""

    notebook: str  # API path ('' when no notebook is open)
    notebook_os_path: Path | None
    path: Path

    @property
    def notebook_exists(self) -> bool:
        return self.notebook_os_path is not None and self.notebook_os_path.is_file()


@dataclass
class HistoryView:
    """A chat as the panel loads it."""

    notebook: str
    location: str
    notebook_exists: bool
    messages: list[dict[str, Any]]
    notices: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "notebook": self.notebook,
            "location": self.location,
            "notebook_exists": self.notebook_exists,
            "messages": self.messages,
            "notices": self.notices,
        }


def new_id() -> str:
    return uuid.uuid4().hex[:16]


def now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()) + "Z"


def normalise_api_path(path: str | None) -> str:
    """A clean relative API path, or '' for none. Refuses '..', absolute drive paths and NULs."""
    if path is None:
        return ""
    if "\x00" in path or "\\" in path:
        raise HistoryPathError(f"not a notebook path: {path[:200]!r}")
    parts = [p for p in PurePosixPath(path.strip().lstrip("/")).parts if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise HistoryPathError(
            f"notebook path must stay inside the server's folder: {path[:200]!r}"
        )
    return "/".join(parts)


class HistoryStore:
    """Reads and writes chat histories; safe to use from several threads."""

    def __init__(
        self,
        root_dir: str | os.PathLike[str],
        fallback_dir: str | os.PathLike[str],
        *,
        history_dir: str | os.PathLike[str] | None = None,
        limit: int = 2000,
    ) -> None:
        self.root_dir = Path(root_dir).expanduser().resolve()
        self.fallback_dir = Path(fallback_dir).expanduser()
        self.history_dir = Path(history_dir).expanduser() if history_dir else None
        self.limit = max(10, int(limit))
        self._locks: dict[Path, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    # -- where ---------------------------------------------------------------
    def _central_name(self, notebook: str, slug: str = "") -> str:
        tail = f".{slug}.json" if slug else ".json"
        if not notebook:
            return f"_no-notebook{tail}"
        stem = "".join(
            c if c.isalnum() or c in "-_." else "-" for c in PurePosixPath(notebook).name
        )
        digest = hashlib.sha256(notebook.encode()).hexdigest()[:12]
        return f"{stem[:60]}-{digest}{tail}"

    def locate(self, notebook: str | None, chat: str | None = None) -> HistoryFile:
        """The history file of ``notebook`` (an API path relative to the server root) and of its
        chat called ``chat`` (None: the notebook's default chat)."""
        slug = chat_slug(chat)
        api_path = normalise_api_path(notebook)
        if not api_path:
            base = self.history_dir or self.fallback_dir
            return HistoryFile("", None, base / self._central_name("", slug))
        os_path = (self.root_dir / api_path).resolve()
        if not os_path.is_relative_to(self.root_dir):
            raise HistoryPathError(f"notebook path leaves the server's folder: {api_path!r}")
        if self.history_dir is not None:
            return HistoryFile(
                api_path, os_path, self.history_dir / self._central_name(api_path, slug)
            )
        suffix = SUFFIX.replace(".json", f".{slug}.json") if slug else SUFFIX
        sibling = os_path.parent / f".{os_path.name}{suffix}"
        fallback = self.fallback_dir / self._central_name(api_path, slug)
        if sibling.is_file():
            path = sibling
        elif fallback.is_file() or not _writable_dir(sibling.parent):
            path = fallback
        else:
            path = sibling
        return HistoryFile(api_path, os_path, path)

    def display_location(self, where: HistoryFile) -> str:
        """The history file's path as the user sees it (relative to the root when inside it)."""
        try:
            return where.path.resolve().relative_to(self.root_dir).as_posix()
        except ValueError:
            return str(where.path)

    @contextlib.contextmanager
    def _locked(self, path: Path) -> Iterator[None]:
        with self._locks_guard:
            lock = self._locks.setdefault(path, threading.Lock())
        with lock:
            yield

    # -- read ----------------------------------------------------------------
    def _read(self, path: Path, notices: list[str]) -> list[dict[str, Any]]:
        if not path.is_file():
            return []
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            messages = data["messages"]
            if not isinstance(messages, list):
                raise TypeError("messages is not a list")
            return [m for m in messages if isinstance(m, dict)]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            kept = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
            try:
                path.rename(kept)
                notices.append(
                    f"the chat history file could not be read ({exc}); it was kept as "
                    f"{kept.name} and a new history was started"
                )
            except OSError:
                notices.append(f"the chat history file {path} could not be read ({exc})")
            return []

    def chats(self, notebook: str | None) -> list[str]:
        """The named chats of ``notebook`` (besides its default chat), by name."""
        where = self.locate(notebook)
        stem = where.path.name.removesuffix(".json")
        names = []
        for path in where.path.parent.glob(f"{glob.escape(stem)}.*.json"):
            name = path.name[len(stem) + 1 : -len(".json")]
            if name and "." not in name and not name.startswith("cleared-"):
                names.append(name)
        return sorted(names)

    def load(self, notebook: str | None, chat: str | None = None) -> HistoryView:
        where = self.locate(notebook, chat)
        notices: list[str] = []
        with self._locked(where.path):
            messages = self._read(where.path, notices)
        if where.notebook and not where.notebook_exists:
            notices.append(
                f"{where.notebook} no longer exists; its chat is kept in "
                f"{self.display_location(where)}"
            )
        return HistoryView(
            where.notebook, self.display_location(where), where.notebook_exists, messages, notices
        )

    # -- write ---------------------------------------------------------------
    def _write(self, where: HistoryFile, messages: list[dict[str, Any]]) -> HistoryFile:
        """Write atomically; fall back to the central folder when the notebook's folder fails."""
        if len(messages) > self.limit:
            old, messages[:] = messages[: len(messages) - self.limit], messages[-self.limit :]
            self._archive(where.path, old)
        body = json.dumps(
            {"version": FORMAT_VERSION, "notebook": where.notebook, "messages": messages},
            ensure_ascii=False,
            indent=1,
        )
        try:
            _atomic_write(where.path, body)
            return where
        except OSError:
            fallback = self.fallback_dir / self._central_name(where.notebook)
            if fallback == where.path:
                raise
            _atomic_write(fallback, body)
            return HistoryFile(where.notebook, where.notebook_os_path, fallback)

    def _archive(self, path: Path, old: list[dict[str, Any]]) -> None:
        archive = path.with_name(path.name.removesuffix(".json") + ".archive.jsonl")
        with archive.open("a", encoding="utf-8") as fh:
            for m in old:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")

    def save_message(
        self, notebook: str | None, record: dict[str, Any], chat: str | None = None
    ) -> dict[str, Any]:
        """Add ``record`` to the chat, or replace the message with the same ``id``."""
        record = compact_record(record)
        where = self.locate(notebook, chat)
        with self._locked(where.path):
            notices: list[str] = []
            messages = self._read(where.path, notices)
            for i, m in enumerate(messages):
                if m.get("id") == record["id"]:
                    messages[i] = record
                    break
            else:
                messages.append(record)
            self._write(where, messages)
        return record

    def clear(self, notebook: str | None, chat: str | None = None) -> str | None:
        """Start a new chat; the old one is kept as ``*.cleared-<time>.json``. Returns its name."""
        where = self.locate(notebook, chat)
        with self._locked(where.path):
            if not where.path.is_file():
                return None
            kept = where.path.with_name(
                where.path.name.removesuffix(".json")
                + f".cleared-{time.strftime('%Y%m%d-%H%M%S')}.json"
            )
            where.path.rename(kept)
            return kept.name

    def rename(self, old_notebook: str, new_notebook: str) -> None:
        """Move a notebook's chats along with it (called when a notebook is renamed)."""
        try:
            named = self.chats(old_notebook)
        except HistoryPathError:
            return
        for chat in [None, *named]:
            self._rename_one(old_notebook, new_notebook, chat)

    def _rename_one(self, old_notebook: str, new_notebook: str, chat: str | None) -> None:
        try:
            old, new = self.locate(old_notebook, chat), self.locate(new_notebook, chat)
        except HistoryPathError:
            return
        if old.path == new.path or not old.path.is_file() or new.path.exists():
            return
        with self._locked(old.path):
            try:
                new.path.parent.mkdir(parents=True, exist_ok=True)
                os.replace(old.path, new.path)
            except OSError:
                return


def compact_record(record: dict[str, Any]) -> dict[str, Any]:
    """A JSON-safe copy of a message, with large display bundles reduced to text."""
    record = json_safe(record)
    record.setdefault("id", new_id())
    record.setdefault("time", now_iso())
    for result in record.get("results", []) or []:
        bundle = result.get("bundle") or {}
        if len(json.dumps(bundle)) > MAX_STORED_BUNDLE_BYTES:
            result["bundle"] = {k: v for k, v in bundle.items() if k in ("text/plain",)}
            result["bundle_truncated"] = True
        data = result.get("data") or {}
        if data.get("figure") and len(json.dumps(data["figure"])) > MAX_STORED_BUNDLE_BYTES:
            data["figure"] = None  # a big 3D view is not kept; /show draws it again
            data["render_error"] = "the 3D view was too large to keep in the chat history"
            result["bundle_truncated"] = True
    return record


def _writable_dir(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
