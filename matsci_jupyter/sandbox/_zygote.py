"""The warm sandbox: a process that has imported numpy/pymatgen/ASE once and forks a child per run.

Invoked as ``python -m matsci_jupyter.sandbox._zygote --socket-fd N``, normally
inside the OS jail (:mod:`.jail`). It reads one JSON job per message on the
socket, with the run's stdout, stderr and report pipes attached, and answers
``PID <pid>`` when the child starts and ``EXIT <pid> <code> <timed_out>`` when
it ends. Each child starts a new session, takes the three pipes as fds 1, 2 and
3, closes every other descriptor (so it cannot reach this protocol), moves into
its run folder, takes the run's environment and runs the same harness as a cold
sandbox (limits, seccomp, Landlock, audit hook). The zygote enforces the time
limit, and inside the jail (its own pid namespace) kills every other process
after each run, so nothing a run starts outlives it. The zygote itself never runs
user code and is not dumpable (a child cannot read its memory).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sys
import time

PRELOAD = (
    "numpy",
    "pymatgen.core",
    "pymatgen.symmetry.analyzer",
    "pymatgen.io.cif",
    "ase",
    "ase.io",
    "ase.build",
)


def _preload() -> list[str]:
    import importlib

    loaded = []
    for name in PRELOAD:
        try:
            importlib.import_module(name)
            loaded.append(name)
        except Exception:  # a missing library only makes its children slower
            continue
    return loaded


def _child(job: dict, fds: list[int], sock: socket.socket) -> None:
    import tempfile

    os.setsid()
    sock.close()
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    for target, fd in zip((1, 2, 3), fds, strict=True):
        os.dup2(fd, target)
    os.closerange(4, 65536)
    os.chdir(job["dir"])
    os.environ.clear()
    os.environ.update(job["env"])
    tempfile.tempdir = None
    sys.dont_write_bytecode = True
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(line_buffering=True, write_through=True)
    sys.argv = ["matsci_jupyter.sandbox._harness", "_matsci_spec.json", "--result-fd", "3"]
    from matsci_jupyter.sandbox import _harness

    _harness.main()


def _not_dumpable() -> None:
    """PR_SET_DUMPABLE 0: processes of the same uid cannot ptrace us or read /proc/<pid>/mem."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)


def _wait(pid: int, timeout_s: float) -> tuple[int, bool]:
    """Exit code of child ``pid`` and whether it was killed at the time limit."""
    deadline = time.monotonic() + timeout_s
    delay = 0.001
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), False
        if time.monotonic() >= deadline:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            return os.waitstatus_to_exitcode(status), True
        time.sleep(delay)
        delay = min(delay * 2, 0.02)


def _sweep() -> None:
    """Inside the jail: kill every process but ours (and the jail's init), then reap them."""
    if os.environ.get("MATSCI_IN_JAIL") != "1" or os.getpid() > 2:
        return  # outside a pid namespace of our own, kill(-1) would hit the whole machine
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(-1, signal.SIGKILL)
    while True:
        try:
            done, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if not done:
            return


def main() -> None:
    sock_fd = int(sys.argv[sys.argv.index("--socket-fd") + 1])
    sock = socket.socket(fileno=sock_fd)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    import ctypes  # noqa: F401  (the harness needs it imported before its audit hook)

    from matsci_jupyter.sandbox import (
        _harness,  # noqa: F401
        confine,
        values,  # noqa: F401
    )

    confine.seccomp_available()  # loads libseccomp once, so children do not search for it
    with contextlib.suppress(ImportError):
        import landlock  # noqa: F401
    loaded = _preload()
    _not_dumpable()
    sock.sendall(f"READY {' '.join(loaded)}\n".encode())
    buffer = b""
    while True:
        try:
            data, fds, _, _ = socket.recv_fds(sock, 65536, 3)
        except OSError:
            break
        if not data:
            break
        buffer += data
        if b"\n" not in buffer or len(fds) != 3:
            for fd in fds:
                os.close(fd)
            buffer = b""
            continue
        line, _, buffer = buffer.partition(b"\n")
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _child(job, fds, sock)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            except BaseException:
                code = 70
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(code)
        for fd in fds:
            os.close(fd)
        sock.sendall(f"PID {pid}\n".encode())
        code, timed_out = _wait(pid, float(job.get("timeout_s", 30.0)))
        _sweep()
        sock.sendall(f"EXIT {pid} {code} {int(timed_out)}\n".encode())


if __name__ == "__main__":
    main()
