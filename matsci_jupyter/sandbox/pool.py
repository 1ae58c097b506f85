"""The kernel's side of the warm sandbox (:mod:`._zygote`): start it once, hand it one run at a time.

A cold sandbox run pays for a new interpreter plus numpy, pymatgen and ASE imports
(0.3-1 s); a forked child of the warm process starts in milliseconds with those
modules already imported. Runs are serialised through one lock; a caller that
finds the pool busy, or a platform without ``fork`` (or ``MATSCI_SANDBOX_WARM=0``),
uses the cold path. A zygote that dies is restarted on the next run.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

START_TIMEOUT_S = 120.0
_lock = threading.Lock()
_zygote: Zygote | None = None
_failed_at: float | None = None
_owner = os.getpid()


class ZygoteError(RuntimeError):
    """The warm sandbox could not start or stopped answering."""


class Zygote:
    def __init__(self, env: dict[str, str]) -> None:
        self.home = tempfile.mkdtemp(prefix="matsci-zygote-")
        env = {**env, "HOME": self.home, "TMPDIR": self.home, "MPLCONFIGDIR": self.home}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "matsci_jupyter.sandbox._zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=self.home,
            env=env,
            start_new_session=True,
        )
        self._buffer = b""
        line = self._readline(START_TIMEOUT_S)
        if line is None or not line.startswith("READY"):
            self.close()
            raise ZygoteError(f"the warm sandbox did not start ({line!r})")
        self.preloaded = line.split()[1:]

    def alive(self) -> bool:
        return self.proc.poll() is None

    def _readline(self, timeout: float) -> str | None:
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()  # type: ignore[union-attr]
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(fd, 4096)
            if not chunk:
                return None
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode()

    def run(self, job: dict[str, Any], timeout_s: float) -> tuple[int | None, bool]:
        """Run one job; returns (exit code or None, timed out)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(job) + "\n").encode())
        self.proc.stdin.flush()
        started = self._readline(30.0)
        if started is None or not started.startswith("PID "):
            raise ZygoteError(f"no child was started ({started!r})")
        pid = int(started.split()[1])
        line = self._readline(timeout_s)
        timed_out = line is None
        if timed_out:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            line = self._readline(30.0)
            if line is None:
                raise ZygoteError("the warm sandbox did not report a killed child")
        parts = line.split()
        if len(parts) != 3 or parts[0] != "EXIT":
            raise ZygoteError(f"unexpected answer {line!r}")
        return int(parts[2]), timed_out

    def close(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        import shutil

        shutil.rmtree(self.home, ignore_errors=True)


def enabled() -> bool:
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and os.environ.get("MATSCI_SANDBOX_WARM", "1") != "0"
    )


def _ensure(env: dict[str, str]) -> Zygote | None:
    """The running zygote, started if needed (call with ``_lock`` held)."""
    global _zygote, _failed_at, _owner
    if _owner != os.getpid():  # a forked copy of this process must not share the pipes
        _zygote, _owner = None, os.getpid()
    if _zygote is not None and not _zygote.alive():
        _zygote.close()
        _zygote = None
    if _zygote is None:
        if _failed_at is not None and time.monotonic() - _failed_at < 60:
            return None
        try:
            _zygote = Zygote(env)
        except (ZygoteError, OSError):
            _failed_at = time.monotonic()
            return None
    return _zygote


def prestart(env: dict[str, str]) -> None:
    """Start the warm sandbox in a background thread (no-op when running or disabled)."""
    if not enabled() or (_zygote is not None and _owner == os.getpid()):
        return

    def start() -> None:
        with _lock:
            _ensure(env)

    threading.Thread(target=start, name="matsci-sandbox-warmup", daemon=True).start()


def run(
    job: dict[str, Any], timeout_s: float, env: dict[str, str]
) -> tuple[int | None, bool] | None:
    """Run ``job`` in the warm sandbox; None when it is unavailable or busy (use the cold path)."""
    global _zygote
    if not enabled():
        return None
    # a warm-up in progress holds the lock for about a second: worth waiting for; another run
    # may hold it for its whole time limit, so the wait is bounded
    if not _lock.acquire(timeout=START_TIMEOUT_S if _zygote is None else 0.5):
        return None
    try:
        if _ensure(env) is None:
            return None
        assert _zygote is not None
        try:
            return _zygote.run(job, timeout_s)
        except (ZygoteError, OSError, ValueError):
            _zygote.close()
            _zygote = None
            return None
    finally:
        _lock.release()


def shutdown() -> None:
    """Stop the warm sandbox (it restarts on the next run)."""
    global _zygote
    with _lock:
        if _zygote is not None:
            _zygote.close()
            _zygote = None


atexit.register(shutdown)
