"""The warm sandbox: a process that has imported numpy/pymatgen/ASE once and forks a child per run.

Invoked as ``python -m matsci_jupyter.sandbox._zygote``. It reads one JSON job per
line on stdin and answers ``PID <pid>`` when the child starts and
``EXIT <pid> <code>`` when it ends. Each child starts a new session, points its
standard streams at the run's log files, closes every other inherited
descriptor (so it cannot reach this protocol), takes the run's environment and
resource limits and then runs the same harness as a cold sandbox, audit hook
included. The zygote itself never runs user code.
"""

from __future__ import annotations

import json
import os
import sys

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


def _child(job: dict, protocol_fd: int) -> None:
    import resource
    import tempfile

    os.setsid()
    os.close(protocol_fd)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    out = os.open(job["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    err = os.open(job["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(out, 1)
    os.dup2(err, 2)
    os.closerange(3, 65536)
    os.chdir(job["workdir"])
    os.environ.clear()
    os.environ.update(job["env"])
    tempfile.tempdir = None
    sys.dont_write_bytecode = True
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(line_buffering=True, write_through=True)
    limit = job["memory_mb"] * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    size = job["file_mb"] * 2**20
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.argv = ["matsci_jupyter.sandbox._harness", job["spec"]]
    from matsci_jupyter.sandbox import _harness

    _harness.main()


def main() -> None:
    protocol_fd = os.dup(1)  # our answers go here; fd 1 itself goes to /dev/null
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    import ctypes  # noqa: F401  (the harness needs it imported before its audit hook)

    from matsci_jupyter.sandbox import (
        _harness,  # noqa: F401
        values,  # noqa: F401
    )

    loaded = _preload()
    os.write(protocol_fd, f"READY {' '.join(loaded)}\n".encode())
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _child(job, protocol_fd)
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
        os.write(protocol_fd, f"PID {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(protocol_fd, f"EXIT {pid} {os.waitstatus_to_exitcode(status)}\n".encode())
    # stdin closed: the kernel is gone (perhaps killed); leave no scratch folder behind
    home = os.environ.get("HOME", "")
    if os.path.basename(home).startswith("matsci-zygote-"):
        import shutil

        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
