"""``@file`` in a chat message: attach a file from the notebook's folder.

``@NaCl.cif`` (a name with an extension, relative to the notebook's folder, never outside
the folder the server serves) becomes a ``file`` attachment with the file's text; a
reference that cannot be read becomes a warning, and the message goes on without it.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import UsageError
from .engines import resolve_user_path

# "@" at the start or after a space/bracket, then a relative path with an extension
FILE_REF = re.compile(r"(?<![\w@.])@((?:[\w.-]+/)*[\w.-]*\w\.[A-Za-z0-9]{1,10})\b")
MAX_FILES = 5


def file_refs(text: str) -> list[str]:
    """The ``@path`` references of a message, in order, without repeats."""
    return list(dict.fromkeys(FILE_REF.findall(text)))[:MAX_FILES]


def strip_refs(text: str) -> str:
    """``/check @NaCl.cif`` -> ``/check NaCl.cif`` (commands take plain paths)."""
    return FILE_REF.sub(r"\1", text)


def file_attachments(
    text: str, folder: Path, root: Path, max_chars: int
) -> tuple[list[dict[str, str]], list[str]]:
    """Attachments for the ``@file`` references of ``text`` and a warning per unreadable one."""
    attachments: list[dict[str, str]] = []
    problems: list[str] = []
    for ref in file_refs(text):
        try:
            path = resolve_user_path(ref, folder, root)
        except UsageError as exc:
            problems.append(f"@{ref}: {exc}")
            continue
        raw = path.read_bytes()[: max_chars * 4 + 1]
        if b"\x00" in raw[:4096]:
            problems.append(f"@{ref}: a binary file; attach text files (CIF, POSCAR, CSV, .py)")
            continue
        content = raw.decode("utf-8", errors="replace")
        if len(content) > max_chars:
            problems.append(
                f"@{ref}: longer than {max_chars} characters; only the start is attached"
            )
            content = content[:max_chars]
        attachments.append({"kind": "file", "label": ref, "content": content})
    return attachments, problems
