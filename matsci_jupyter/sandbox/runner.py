"""Execute screened code in a separate process with time, memory and file-size limits."""

from __future__ import annotations

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
        return "ran without errors" if self.ok else f"failed: {self.error}"


def _limits(memory_mb: int, file_mb: int) -> Any:
    def apply() -> None:
        import resource

        limit = memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_mb * 2**20, file_mb * 2**20))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


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
    """Screen ``code``, then run it in a fresh Python process inside a scratch folder.

    ``inputs`` are copied into the folder (a mapping gives the name to use, which may
    be a relative path such as ``data/x.cif``), so the code works on copies, never
    the user's files. ``capture`` names global variables whose values come back
    JSON-encoded in :attr:`RunResult.values`. ``preamble`` (screened too) runs first
    and its variables are visible to ``code`` without shifting its line numbers.
    With ``restrict_reads`` the code can read only its folder and the Python
    installation. Nothing the screen rejects is executed.
    """
    report = screen(code)
    if report.ok and preamble:
        pre = screen(preamble)
        if not pre.ok:
            report = pre
    if not report.ok:
        return RunResult(ok=False, refused=report, error=str(report), error_type="Refused")
    own_dir = workdir is None
    folder = Path(tempfile.mkdtemp(prefix="matsci-sandbox-") if own_dir else workdir).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _copy_inputs(inputs, folder)
        before = {p.name for p in folder.iterdir()}
        code_path = folder / "_matsci_snippet.py"
        code_path.write_text(code, encoding="utf-8")
        spec = {
            "code_path": str(code_path),
            "workdir": str(folder),
            "capture": list(capture),
            "result_path": str(folder / "_matsci_result.json"),
            "max_structures": max_structures,
            "restrict_reads": restrict_reads,
            "inspect_files": inspect_files,
        }
        if preamble:
            (folder / "_matsci_preamble.py").write_text(preamble, encoding="utf-8")
            spec["preamble_path"] = str(folder / "_matsci_preamble.py")
        (folder / "_matsci_spec.json").write_text(json.dumps(spec), encoding="utf-8")
        (folder / "tmp").mkdir(exist_ok=True)
        out_path, err_path = folder / "_matsci_stdout.txt", folder / "_matsci_stderr.txt"
        t0 = time.perf_counter()
        returncode, timed_out, warm = _launch(folder, out_path, err_path, timeout_s, memory_mb)
        seconds = time.perf_counter() - t0
        stdout, stderr = _tail(out_path), _tail(err_path)
        result = RunResult(
            ok=False,
            stdout=stdout,
            stderr=stderr,
            timed_out=timed_out,
            seconds=seconds,
            warm=warm,
            workdir=str(folder) if keep_workdir or not own_dir else None,
        )
        result_file = Path(spec["result_path"])
        if timed_out:
            result.error, result.error_type = f"time limit of {timeout_s:g} s exceeded", "Timeout"
        elif result_file.is_file() and (data := _read_result(result_file)) is not None:
            result.ok = bool(data["ok"])
            result.error, result.error_type = data.get("error"), data.get("error_type")
            result.error_line, result.traceback = data.get("error_line"), data.get("traceback")
            result.values, result.structures = data.get("values", {}), data.get("structures", {})
            result.summaries = data.get("summaries", {})
            result.warnings = data.get("warnings", [])
            result.file_info = data.get("files", {})
            if result.error_type == "MemoryError":
                result.memory_exceeded = True
        else:
            result.memory_exceeded = "MemoryError" in stderr or returncode in (-9, -11)
            result.error = f"the process died (exit status {returncode})" + (
                "; memory limit exceeded" if result.memory_exceeded else ""
            )
            result.error_type = "Crash"
        result.files = sorted(
            p.name
            for p in folder.iterdir()
            if p.name not in before and not p.name.startswith("_matsci_") and p.name != "tmp"
        )
        return result
    finally:
        if own_dir and not keep_workdir:
            shutil.rmtree(folder, ignore_errors=True)


def _launch(
    folder: Path, out_path: Path, err_path: Path, timeout_s: float, memory_mb: int
) -> tuple[int | None, bool, bool]:
    """Start the harness (warm fork when possible); returns (exit code, timed out, warm)."""
    from . import pool

    spec = str(folder / "_matsci_spec.json")
    env = _sandbox_env(folder)
    job = {
        "spec": spec,
        "workdir": str(folder),
        "stdout": str(out_path),
        "stderr": str(err_path),
        "env": env,
        "memory_mb": memory_mb,
        "file_mb": MAX_FILE_MB,
    }
    warm = pool.run(job, timeout_s, _base_env())
    if warm is not None:
        return warm[0], warm[1], True
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "matsci_jupyter.sandbox._harness", spec],
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,
            preexec_fn=_limits(memory_mb, MAX_FILE_MB),
        )
        timed_out = False
        try:
            proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return proc.returncode, timed_out, False


def warm_up() -> None:
    """Start the warm sandbox in the background so the first run does not wait for imports."""
    from . import pool

    pool.prestart(_base_env())


def _read_result(path: Path) -> dict[str, Any] | None:
    """The harness's JSON report, or None when it is unreadable (the process died writing it)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError):
        return None
    return data if isinstance(data, dict) and "ok" in data else None


def _tail(path: Path, limit: int = MAX_OUTPUT_CHARS) -> str:
    """The last ``limit`` characters of a text file (the code may have printed a lot)."""
    with open(path, "rb") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        fh.seek(max(0, size - 4 * limit))
        text = fh.read().decode("utf-8", errors="replace")
    return text[-limit:]


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


def _sandbox_env(folder: Path) -> dict[str, str]:
    env = _base_env()
    env.update(HOME=str(folder), TMPDIR=str(folder / "tmp"), MPLCONFIGDIR=str(folder / "tmp"))
    return env
