"""Execute screened code in a separate process with time, memory and file-size limits."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .screen import ScreenReport, screen, unsafe_path

MAX_OUTPUT_CHARS = 20_000
MAX_FILE_MB = 256  # largest file (stdout included) the code may write


@dataclass
class RunResult:
    """What happened when sandboxed code ran. Times in seconds."""

    ok: bool
    stdout: str = ""
    stderr: str = ""
    error: str | None = None
    error_type: str | None = None
    error_line: int | None = None
    traceback: str | None = None
    timed_out: bool = False
    memory_exceeded: bool = False
    refused: ScreenReport | None = None
    values: dict[str, Any] = field(default_factory=dict)  # JSON (see sandbox.values)
    structures: dict[str, Any] = field(default_factory=dict)  # JSON-encoded structures found
    seconds: float = 0.0
    workdir: str | None = None
    files: list[str] = field(default_factory=list)  # files the code left in its folder
    summaries: dict[str, dict] = field(default_factory=dict)  # structure name -> formula, cell...
    warnings: list[dict] = field(default_factory=list)  # category, message, line, in_snippet
    file_info: dict[str, dict] = field(default_factory=dict)  # new file -> size, parses, formula
    warm: bool = False  # ran as a fork of the warm sandbox (numpy/pymatgen/ASE preloaded)
    isolated: bool = False  # ran inside the OS jail (bubblewrap); False: "checked, not isolated"
    isolation: str = ""  # the label to show with the result (see sandbox.jail)
    layers: list[str] = field(default_factory=list)  # second-layer confinement in force

    def value(self, name: str) -> Any:
        """A captured value decoded back into a Quantity / Structure / Atoms where tagged."""
        from .values import decode

        return decode(self.values[name])

    def summary(self) -> str:
        if self.refused is not None:
            return f"refused by the screen: {self.refused}"
        if self.timed_out:
            return f"stopped after {self.seconds:.0f} s (time limit)"
        if self.memory_exceeded:
            return "stopped: memory limit exceeded"
        where = "" if self.isolated else f" ({self.isolation or 'checked, not isolated'})"
        return f"ran without errors{where}" if self.ok else f"failed{where}: {self.error}"


def run_code(
    code: str,
    *,
    inputs: Mapping[str, str | os.PathLike[str]] | Iterable[str | os.PathLike[str]] | None = None,
    capture: Iterable[str] = ("result",),
    timeout_s: float = 30.0,
    memory_mb: int = 4096,
    workdir: str | os.PathLike[str] | None = None,
    keep_workdir: bool = False,
    max_structures: int = 4,
    preamble: str | None = None,
    restrict_reads: bool = True,
    inspect_files: bool = True,
) -> RunResult:
    """Screen ``code``, then run it in a jailed Python process inside a scratch folder.

    ``inputs`` are copied into the folder (a mapping gives the name to use, which may
    be a relative path such as ``data/x.cif``), so the code works on copies, never
    the user's files. ``capture`` names global variables whose values come back
    JSON-encoded in :attr:`RunResult.values`. ``preamble`` (screened too) runs first
    and its variables are visible to ``code`` without shifting its line numbers.
    With ``restrict_reads`` the code can read only its folder and the Python
    installation. Nothing the screen rejects is executed. The process runs in the
    OS jail of :mod:`.jail` where one works (:attr:`RunResult.isolated`); its
    report comes back through a pipe this process owns, never through a file.
    """
    from . import jail, pool

    report = screen(code)
    if report.ok and preamble:
        pre = screen(preamble)
        if not pre.ok:
            report = pre
    if not report.ok:
        return RunResult(ok=False, refused=report, error=str(report), error_type="Refused")
    try:
        iso = jail.isolation()
    except jail.JailUnavailable as exc:
        return RunResult(ok=False, error=str(exc), error_type="Sandbox", isolation=str(exc))
    with pool.session(iso, wanted=workdir is None and not keep_workdir) as warm:
        own_dir = workdir is None
        folder = (
            (warm.new_folder() if warm is not None else _new_folder())
            if own_dir
            else Path(workdir).resolve()
        )
        folder.mkdir(parents=True, exist_ok=True)
        try:
            return _run_in(
                folder,
                warm,
                iso,
                code=code,
                inputs=inputs,
                capture=list(capture),
                timeout_s=timeout_s,
                memory_mb=memory_mb,
                keep=keep_workdir or not own_dir,
                max_structures=max_structures,
                preamble=preamble,
                restrict_reads=restrict_reads,
                inspect_files=inspect_files,
            )
        finally:
            if own_dir and not keep_workdir:
                shutil.rmtree(folder, ignore_errors=True)


def _new_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="matsci-sandbox-")).resolve()


def _run_in(
    folder: Path,
    warm: Any,
    iso: Any,
    *,
    code: str,
    inputs: Any,
    capture: list[str],
    timeout_s: float,
    memory_mb: int,
    keep: bool,
    max_structures: int,
    preamble: str | None,
    restrict_reads: bool,
    inspect_files: bool,
) -> RunResult:
    from . import jail

    _copy_inputs(inputs, folder)
    before = {p.name for p in folder.iterdir()}
    (folder / "_matsci_snippet.py").write_text(code, encoding="utf-8")
    spec: dict[str, Any] = {
        "code_path": "_matsci_snippet.py",
        "capture": capture,
        "max_structures": max_structures,
        "restrict_reads": restrict_reads,
        "inspect_files": inspect_files,
        "confine": True,
        # tests switch the audit hook off to prove the OS layers hold without it
        "audit_hook": os.environ.get("MATSCI_SANDBOX_AUDIT_HOOK", "1") != "0",
        "jailed": iso.jailed,
        "memory_mb": memory_mb,
        "file_mb": MAX_FILE_MB,
        "inspect_budget_s": float(os.environ.get("MATSCI_SANDBOX_INSPECT_S", "10")),
    }
    if preamble:
        (folder / "_matsci_preamble.py").write_text(preamble, encoding="utf-8")
        spec["preamble_path"] = "_matsci_preamble.py"
    (folder / "_matsci_spec.json").write_text(json.dumps(spec), encoding="utf-8")
    (folder / "tmp").mkdir(exist_ok=True)
    if iso.jailed:
        jail.prepare_folder(folder)
    streams = _Streams()
    t0 = time.perf_counter()
    try:
        returncode, timed_out, was_warm = _launch(folder, streams, timeout_s, iso, warm)
    finally:
        streams.close_child_ends()
    seconds = time.perf_counter() - t0
    stdout, stderr, raw = streams.collect()
    result = RunResult(
        ok=False,
        stdout=stdout,
        stderr=stderr,
        timed_out=timed_out,
        seconds=seconds,
        warm=was_warm,
        workdir=str(folder) if keep else None,
        isolated=iso.jailed,
        isolation=iso.label,
    )
    data = _parse_report(raw) if returncode == 0 and not timed_out else None
    if timed_out:
        result.error, result.error_type = f"time limit of {timeout_s:g} s exceeded", "Timeout"
    elif data is not None:
        result.ok = bool(data["ok"])
        result.error, result.error_type = data.get("error"), data.get("error_type")
        result.error_line, result.traceback = data.get("error_line"), data.get("traceback")
        result.values, result.structures = data.get("values", {}), data.get("structures", {})
        result.summaries = data.get("summaries", {})
        result.warnings = data.get("warnings", [])
        result.file_info = data.get("files", {})
        result.layers = [str(x) for x in data.get("layers", [])][:8]
        if result.error_type == "MemoryError":
            result.memory_exceeded = True
    else:
        result.memory_exceeded = "MemoryError" in stderr or returncode in (-9, -11)
        why = f"exit status {returncode}" if returncode != 0 else "it sent no report"
        result.error = f"the process died ({why})" + (
            "; memory limit exceeded" if result.memory_exceeded else ""
        )
        result.error_type = "Crash"
    result.files = sorted(
        p.name
        for p in folder.iterdir()
        if p.name not in before and not p.name.startswith("_matsci_") and p.name != "tmp"
    )
    return result


MAX_REPORT_BYTES = 64 * 2**20


class _Streams:
    """Three pipes this process owns: the code's stdout, stderr, and the harness's report.

    Reader threads drain them while the code runs (a full pipe would stall it),
    keeping the tail of the output and at most :data:`MAX_REPORT_BYTES` of report.
    """

    def __init__(self) -> None:
        import threading

        self._pipes = [os.pipe() for _ in range(3)]
        self._chunks: list[list[bytes]] = [[], [], []]
        self._overflow = False
        self._threads = [
            threading.Thread(target=self._drain, args=(i,), daemon=True) for i in range(3)
        ]
        for t in self._threads:
            t.start()
        self._closed = False

    def child_ends(self) -> list[int]:
        return [w for _, w in self._pipes]

    def close_child_ends(self) -> None:
        if self._closed:
            return
        self._closed = True
        for _, w in self._pipes:
            with contextlib.suppress(OSError):
                os.close(w)

    def _drain(self, index: int) -> None:
        fd = self._pipes[index][0]
        keep = 4 * MAX_OUTPUT_CHARS
        chunks, size = self._chunks[index], 0
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            chunks.append(chunk)
            size += len(chunk)
            if index < 2:
                while size - len(chunks[0]) >= keep:
                    size -= len(chunks.pop(0))
            elif size > MAX_REPORT_BYTES:
                self._overflow = True
                chunks.clear()
                size = -(2**62)  # ignore the rest

    def collect(self, wait_s: float = 5.0) -> tuple[str, str, bytes | None]:
        """stdout tail, stderr tail and the report (None when missing or too large)."""
        for t in self._threads:
            t.join(wait_s)  # a leftover writer (unjailed fallback only) cannot block us
        for r, _ in self._pipes:
            with contextlib.suppress(OSError):
                os.close(r)
        out, err = (
            b"".join(self._chunks[i]).decode("utf-8", errors="replace")[-MAX_OUTPUT_CHARS:]
            for i in (0, 1)
        )
        report = None if self._overflow else b"".join(self._chunks[2])
        return out, err, report


def _launch(
    folder: Path, streams: _Streams, timeout_s: float, iso: Any, warm: Any
) -> tuple[int | None, bool, bool]:
    """Start the harness (warm fork when possible); returns (exit code, timed out, warm)."""
    if warm is not None:
        outcome = warm.run(folder.name, streams.child_ends(), timeout_s)
        if outcome is not None:
            return outcome[0], outcome[1], True
    return _launch_cold(folder, streams, timeout_s, iso)


def _launch_cold(
    folder: Path, streams: _Streams, timeout_s: float, iso: Any
) -> tuple[int | None, bool, bool]:
    """Start the harness in a fresh interpreter (jailed when possible); (exit, timed out, warm)."""
    from . import jail

    out_w, err_w, report_w = streams.child_ends()
    inner = [
        sys.executable,
        "-m",
        "matsci_jupyter.sandbox._harness",
        "_matsci_spec.json",
        "--result-fd",
        str(report_w),
    ]
    if iso.jailed:
        argv = jail.command(folder, inner, env=_sandbox_env(Path(jail.SCRATCH), jailed=True))
        env: dict[str, str] = {}
    else:
        argv, env = inner, _sandbox_env(folder)
    proc = subprocess.Popen(
        argv,
        cwd=folder,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=out_w,
        stderr=err_w,
        pass_fds=(report_w,),
        start_new_session=True,
    )
    streams.close_child_ends()
    timed_out = False
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        timed_out = True
    # the whole process group goes, at the limit or after a normal exit (leftover children)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return proc.returncode, timed_out, False


def warm_up() -> None:
    """Start the warm sandbox in the background so the first run does not wait for imports."""
    from . import jail, pool

    with contextlib.suppress(jail.JailUnavailable):
        pool.prestart(jail.isolation())


def _parse_report(raw: bytes | None) -> dict[str, Any] | None:
    """The harness's JSON report, or None when it is missing or unreadable."""
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) and "ok" in data else None


def _copy_inputs(inputs: Any, folder: Path) -> None:
    if not inputs:
        return
    items = inputs.items() if isinstance(inputs, Mapping) else ((Path(p).name, p) for p in inputs)
    for name, src in items:
        src = Path(src)
        rel = Path(str(name))
        if rel.is_absolute() or unsafe_path(str(name)) or not rel.parts:
            rel = Path(rel.name)  # keep safe relative sub-paths, flatten anything else
        dest = folder / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dest)
        elif src.is_file():
            shutil.copy2(src, dest)
        else:
            raise FileNotFoundError(f"input {src} does not exist")


def _base_env() -> dict[str, str]:
    keep = ("PATH", "LANG", "LC_ALL", "PYTHONPATH", "VIRTUAL_ENV", "PMG_VASP_PSP_DIR")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONUNBUFFERED="1",
        PYTHONHASHSEED="0",
        MPLBACKEND="Agg",
        OMP_NUM_THREADS="1",
        OPENBLAS_NUM_THREADS="1",
        MKL_NUM_THREADS="1",
        NO_PROXY="*",
        HF_HUB_OFFLINE="1",
        PYTHONNOUSERSITE="1",
    )
    return env


def _sandbox_env(folder: Path, *, jailed: bool = False) -> dict[str, str]:
    """The code's environment: nothing from the kernel's beyond locale and library paths."""
    env = _base_env()
    if jailed:  # paths of the host mean nothing inside the jail
        env = {k: v for k, v in env.items() if k not in ("PATH", "PYTHONPATH", "VIRTUAL_ENV")}
        env["PATH"] = "/usr/bin:/bin"
    env.update(HOME=str(folder), TMPDIR=str(folder / "tmp"), MPLCONFIGDIR=str(folder / "tmp"))
    return env
