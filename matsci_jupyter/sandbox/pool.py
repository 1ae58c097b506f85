"""The kernel's side of the warm sandbox (:mod:`._zygote`): start it once, hand it one run at a time.

A cold sandbox run pays for a new interpreter plus numpy, pymatgen and ASE imports
(0.3-1 s); a forked child of the warm process starts in milliseconds with those
modules already imported. The warm process lives in the same OS jail as a cold
run (:mod:`.jail`), with one folder of run folders bound in as ``/scratch``; it
kills every other process in its jail after each run. Runs are serialised through
one lock; a caller that finds the pool busy, or a platform without ``fork`` (or
``MATSCI_SANDBOX_WARM=0``), uses the cold path. A zygote that dies is restarted
on the next run.

Protocol (a Unix socket pair, never a file): the kernel sends one JSON job with
the run's three pipe ends attached (``SCM_RIGHTS``); the zygote answers
``PID <pid>`` when the child starts and ``EXIT <pid> <code> <timed_out>``.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

START_TIMEOUT_S = 120.0
GRACE_S = 15.0  # the zygote enforces the time limit; this is how long we wait beyond it
_lock = threading.Lock()
_zygote: Zygote | None = None
_failed_at: float | None = None
_owner = os.getpid()


class ZygoteError(RuntimeError):
    """The warm sandbox could not start or stopped answering."""


class Zygote:
    """The warm process (jailed like a cold run).

    It runs without bubblewrap's ``--die-with-parent`` (which would kill it when the
    *thread* that started it ends); it exits when its socket to the kernel closes, i.e.
    when the kernel is gone. :meth:`wait_ready` waits for its imports to finish.
    """

    def __init__(self, iso: Any) -> None:
        from . import jail
        from .runner import _base_env

        self.jailed = iso.jailed
        self.root = Path(tempfile.mkdtemp(prefix="matsci-zygote-")).resolve()
        jail.prepare_folder(self.root)
        self.sock, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        inner = [
            sys.executable,
            "-m",
            "matsci_jupyter.sandbox._zygote",
            "--socket-fd",
            str(theirs.fileno()),
        ]
        env = _base_env()
        if self.jailed:
            env = {k: v for k, v in env.items() if k not in ("PATH", "PYTHONPATH", "VIRTUAL_ENV")}
            env.update(HOME=jail.SCRATCH, TMPDIR="/tmp", MPLCONFIGDIR="/tmp", MATSCI_IN_JAIL="1")
            argv = jail.command(self.root, inner, env=env, die_with_parent=False)
            launch_env: dict[str, str] = {}
        else:
            env.update(HOME=str(self.root), TMPDIR=str(self.root), MPLCONFIGDIR=str(self.root))
            argv, launch_env = inner, env
        try:
            self.proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                cwd=self.root,
                env=launch_env,
                pass_fds=(theirs.fileno(),),
                start_new_session=True,
            )
        finally:
            theirs.close()
        self._buffer = b""
        self.ready = False
        self.busy: Path | None = None  # the run folder in use (kept if the zygote is closed)
        self.preloaded: list[str] = []

    def wait_ready(self, timeout: float = START_TIMEOUT_S) -> None:
        """Wait for the READY line (its imports done); ZygoteError when it does not come."""
        if self.ready:
            return
        line = self._readline(timeout)
        if line is None or not line.startswith("READY"):
            self.close()
            raise ZygoteError(f"the warm sandbox did not start ({line!r})")
        self.preloaded = line.split()[1:]
        self.ready = True

    def alive(self) -> bool:
        return self.proc.poll() is None

    def new_folder(self) -> Path:
        """A fresh run folder inside the folder the zygote sees as ``/scratch``."""
        return Path(tempfile.mkdtemp(prefix="run-", dir=self.root))

    def _readline(self, timeout: float) -> str | None:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([self.sock], [], [], remaining)
            if not ready:
                return None
            chunk = self.sock.recv(4096)
            if not chunk:
                return None
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode()

    def run(self, name: str, fds: list[int], timeout_s: float) -> tuple[int | None, bool] | None:
        """Run the job in run folder ``name``; (exit code, timed out), None if it never started."""
        from . import jail
        from .runner import _sandbox_env

        inside = Path(jail.SCRATCH) / name if self.jailed else self.root / name
        job = {
            "dir": str(inside),
            "env": _sandbox_env(inside, jailed=self.jailed),
            "timeout_s": timeout_s,
        }
        try:
            socket.send_fds(self.sock, [(json.dumps(job) + "\n").encode()], fds)
            started = self._readline(30.0)
        except OSError as exc:
            raise ZygoteError(f"the warm sandbox stopped answering: {exc}") from exc
        if started is None or not started.startswith("PID "):
            return None
        line = self._readline(timeout_s + GRACE_S)
        if line is None:  # the zygote itself hangs: the whole jail goes
            self.close()
            return None, True
        parts = line.split()
        if len(parts) != 4 or parts[0] != "EXIT":
            raise ZygoteError(f"unexpected answer {line!r}")
        return int(parts[2]), parts[3] == "1"

    def close(self) -> None:
        """Stop the jail; remove its folder, except a run folder still in use by the caller."""
        with contextlib.suppress(OSError):
            self.sock.close()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        if self.busy is None:
            shutil.rmtree(self.root, ignore_errors=True)
            return
        for entry in self.root.iterdir():
            if entry != self.busy:
                shutil.rmtree(entry, ignore_errors=True)


class _Handle:
    """The zygote lent to one run (the pool lock is held meanwhile)."""

    def __init__(self, zygote: Zygote) -> None:
        self.zygote = zygote

    def new_folder(self) -> Path:
        self.zygote.busy = self.zygote.new_folder()
        return self.zygote.busy

    def done(self) -> None:
        """The run folder is gone: forget it, and remove a closed zygote's folder too."""
        self.zygote.busy = None
        if not self.zygote.alive():
            shutil.rmtree(self.zygote.root, ignore_errors=True)

    def run(self, name: str, fds: list[int], timeout_s: float) -> tuple[int | None, bool] | None:
        global _zygote
        try:
            return self.zygote.run(name, fds, timeout_s)
        except (ZygoteError, OSError, ValueError):
            self.zygote.close()
            if _zygote is self.zygote:
                _zygote = None
            return None


def enabled() -> bool:
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and hasattr(socket, "send_fds")
        and os.environ.get("MATSCI_SANDBOX_WARM", "1") != "0"
    )


def _ensure(iso: Any, *, wait: bool = True) -> Zygote | None:
    """The running zygote for this isolation, started if needed (call with ``_lock`` held)."""
    global _zygote, _failed_at, _owner
    if _owner != os.getpid():  # a forked copy of this process must not share the socket
        _zygote, _owner = None, os.getpid()
    if _zygote is not None and (not _zygote.alive() or _zygote.jailed != iso.jailed):
        _zygote.close()
        _zygote = None
    if _zygote is None:
        if _failed_at is not None and time.monotonic() - _failed_at < 60:
            return None
        try:
            _zygote = Zygote(iso)
        except (ZygoteError, OSError):
            _failed_at = time.monotonic()
            return None
    if wait:
        try:
            _zygote.wait_ready()
        except ZygoteError:
            _zygote, _failed_at = None, time.monotonic()
            return None
    return _zygote


@contextlib.contextmanager
def session(iso: Any, *, wanted: bool = True) -> Iterator[_Handle | None]:
    """The warm sandbox for one run, or None (disabled, busy, failed: use the cold path)."""
    if not (wanted and enabled()):
        yield None
        return
    # a warm-up in progress holds the lock for about a second: worth waiting for; another run
    # may hold it for its whole time limit, so the wait is bounded
    if not _lock.acquire(timeout=START_TIMEOUT_S if _zygote is None else 0.5):
        yield None
        return
    handle = None
    try:
        zygote = _ensure(iso)
        handle = _Handle(zygote) if zygote is not None else None
        yield handle
    finally:
        if handle is not None:
            handle.done()
        _lock.release()


def prestart(iso: Any) -> None:
    """Start the warm sandbox without waiting for its imports (no-op when running or disabled).

    The process is started from this thread (see :class:`Zygote`); the next run waits
    for it to be ready.
    """
    if not enabled() or (_zygote is not None and _owner == os.getpid()):
        return
    if not _lock.acquire(blocking=False):
        return
    try:
        _ensure(iso, wait=False)
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
