"""The operating-system jail around every sandbox run: bubblewrap when it works, an honest label when not.

A jailed run sees a read-only ``/usr``, the Python installation and this package,
a fresh ``/tmp`` and ``/dev``, its own ``/proc`` (its own processes only) and one
writable folder; it has no network, its own pid namespace (everything in it dies
with the jail), a new session, no capabilities and, when the kernel runs as
root, the unprivileged uid 65534. Inside, :mod:`.confine` adds seccomp (no
programs, no sockets, no new processes) and Landlock (writes only to the scratch
folder) as a second layer.

Where bubblewrap is missing or user namespaces are blocked (many containers, HPC
systems, Ubuntu's AppArmor), runs fall back to an unconfined process with the
second layer where the kernel offers it, and every result says
"checked, not isolated". ``MATSCI_SANDBOX_JAIL=off`` forces that fallback (tests
use it to check the label); ``=require`` refuses to run code without the jail.
"""

from __future__ import annotations

import functools
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

NOBODY = 65534
SCRATCH = "/scratch"  # where the run's folder appears inside the jail
PROBE_TIMEOUT_S = 20.0
TMP_MB = 256  # size of the private /tmp inside the jail
ISOLATED = "isolated (bubblewrap: no network, read-only system, own pid namespace)"
NOT_ISOLATED = "checked, not isolated"


class JailUnavailable(RuntimeError):
    """``MATSCI_SANDBOX_JAIL=require`` was set and no jail can be started here."""


@dataclass(frozen=True)
class Isolation:
    """How a run is confined: ``jailed`` only when bubblewrap actually starts it."""

    jailed: bool
    reason: str = ""  # why there is no jail (empty when jailed)

    @property
    def label(self) -> str:
        """Short text for results and status lines."""
        return ISOLATED if self.jailed else f"{NOT_ISOLATED} ({self.reason})"


def mode() -> str:
    """``auto`` (default), ``off`` (never jail: test the fallback) or ``require``."""
    value = os.environ.get("MATSCI_SANDBOX_JAIL", "auto").strip().lower()
    return value if value in ("auto", "off", "require") else "auto"


def isolation() -> Isolation:
    """What the next run gets (the probe result is cached per process and mode)."""
    current = mode()
    if current == "off":
        return Isolation(False, "MATSCI_SANDBOX_JAIL=off")
    found = _probe()
    if current == "require" and not found.jailed:
        raise JailUnavailable(f"no OS isolation for sandbox runs: {found.reason}")
    return found


@functools.lru_cache(maxsize=1)
def _probe() -> Isolation:
    """Start one trivial jailed interpreter; its success is the only proof the jail works."""
    if not sys.platform.startswith("linux"):
        return Isolation(False, f"bubblewrap needs Linux, this is {sys.platform}")
    if shutil.which("bwrap") is None:
        return Isolation(False, "bubblewrap (bwrap) is not installed")
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        return Isolation(False, "setpriv is missing (needed to drop root)")
    import tempfile

    folder = tempfile.mkdtemp(prefix="matsci-probe-")
    try:
        prepare_folder(Path(folder))
        argv = command(
            Path(folder),
            [sys.executable, "-c", "import matsci_jupyter.sandbox.confine, os; print(os.getuid())"],
        )
        try:
            proc = subprocess.run(
                argv,
                env={},
                capture_output=True,
                timeout=PROBE_TIMEOUT_S,
                check=False,
                start_new_session=True,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return Isolation(False, f"bubblewrap did not start: {exc}")
        if proc.returncode != 0:
            why = proc.stderr.decode(errors="replace").strip().splitlines()
            return Isolation(False, f"bubblewrap failed: {why[-1] if why else proc.returncode}")
        return Isolation(True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def reset_probe() -> None:
    """Forget the cached probe (tests, or after installing bubblewrap)."""
    _probe.cache_clear()


def prepare_folder(folder: Path) -> None:
    """Hand the scratch folder (and what was copied into it) to the jail's unprivileged user."""
    if os.geteuid() != 0:
        return
    for root, dirs, files in os.walk(folder):
        os.chown(root, NOBODY, NOBODY, follow_symlinks=False)
        for name in dirs + files:
            os.chown(os.path.join(root, name), NOBODY, NOBODY, follow_symlinks=False)


def _package_root() -> Path:
    """The folder holding ``matsci_jupyter`` (PYTHONPATH inside the jail)."""
    return Path(__file__).resolve().parents[2]


def readable_paths() -> list[str]:
    """Folders bound read-only into the jail: the interpreter, its libraries and this package."""
    return [dest for _, dest in _bindings()]


def _bindings() -> list[tuple[str, str]]:
    """(host folder, place in the jail) pairs: real paths, plus the symlinked names Python uses."""
    paths = {
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
        sys.base_exec_prefix,
        str(Path(sys.executable).resolve().parent.parent),
        *(sysconfig.get_paths().get(k, "") for k in ("stdlib", "platstdlib", "purelib", "platlib")),
        *site.getsitepackages(),
        str(_package_root() / "matsci_jupyter"),
    }
    wanted = {}
    for p in (p for p in paths if p and os.path.isabs(p)):
        real = os.path.realpath(p)
        if not os.path.isdir(real) or real == "/" or real.startswith(("/usr/", "/proc", "/sys")):
            continue
        wanted[real] = real
        alias = os.path.normpath(p)
        if alias != real and not alias.startswith(("/usr/", "/proc", "/sys")):
            wanted[alias] = real  # e.g. a venv reached through a symbolic link
    out: list[tuple[str, str]] = []
    for dest in sorted(wanted):
        if any(dest == d or dest.startswith(d.rstrip("/") + "/") for _, d in out):
            continue
        out.append((wanted[dest], dest))
    return out


def command(
    folder: Path,
    argv: list[str],
    *,
    env: dict[str, str] | None = None,
    die_with_parent: bool = True,
) -> list[str]:
    """The bubblewrap command line that runs ``argv`` with ``folder`` as the only writable place.

    ``die_with_parent`` ties the jail to the *thread* that starts it (Linux's parent-death
    signal); the warm process, which may be started from a passing thread, ends instead
    when its socket to the kernel closes.
    """
    args = [
        shutil.which("bwrap") or "bwrap",
        "--unshare-ipc",
        "--unshare-pid",
        "--unshare-net",
        "--unshare-uts",
        "--unshare-cgroup-try",
        *(["--die-with-parent"] if die_with_parent else []),
        "--new-session",
        "--hostname",
        "sandbox",
        "--ro-bind",
        "/usr",
        "/usr",
    ]
    for name in ("bin", "lib", "lib64", "lib32", "sbin"):
        top = Path("/") / name
        if top.is_symlink():
            args += ["--symlink", os.readlink(top), str(top)]
        elif top.is_dir():
            args += ["--ro-bind", str(top), str(top)]
    for name in ("ld.so.cache", "localtime"):
        args += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    # private /proc, /dev and /tmp first: a folder bound below /tmp later stays visible
    args += ["--proc", "/proc", "--dev", "/dev", "--size", str(TMP_MB * 2**20), "--tmpfs", "/tmp"]
    made: set[str] = {"/", "/usr", "/etc", "/proc", "/dev", "/tmp"}
    for source, path in _bindings():
        parents = list(Path(path).parents)[::-1][1:]
        for parent in parents:
            if str(parent) not in made:
                args += ["--perms", "0755", "--dir", str(parent)]
                made.add(str(parent))
        args += ["--ro-bind", source, path]
        made.add(path)
    args += [
        "--bind",
        str(folder),
        SCRATCH,
        "--chdir",
        SCRATCH,
    ]
    for key, value in (env or {}).items():
        args += ["--setenv", key, value]
    args += ["--setenv", "PYTHONPATH", str(_package_root())]
    if os.geteuid() == 0:  # drop root inside the jail: a real unprivileged uid, no capabilities
        args += [
            "--cap-add",
            "CAP_SETUID",
            "--cap-add",
            "CAP_SETGID",
            shutil.which("setpriv") or "/usr/bin/setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            "--inh-caps=-all",
            "--bounding-set=-all",
            "--no-new-privs",
            "--",
        ]
    return [*args, *argv]
