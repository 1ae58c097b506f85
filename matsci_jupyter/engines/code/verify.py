"""Verify a candidate snippet: screen it, run it in the sandbox on copies of its inputs, check results.

:func:`verify` finds the files the code names (string literals that are existing
paths or glob patterns) and the user's variables it reads, copies them into the
sandbox's scratch folder, runs the code there with time and memory limits and
returns a :class:`Verification`: what ran, its output, the error if any, the
structures it produced, the files it wrote, deprecation warnings from its own
lines and plausibility problems (atoms closer than 0.5 Å, densities no solid has).
Nothing the screen rejects is executed.
"""

from __future__ import annotations

import ast
import glob
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ...sandbox import run_code, screen
from . import namespace as ns

MAX_INPUT_BYTES = 50 * 2**20
MAX_GLOB_FILES = 200
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MEMORY_MB = 3072
MIN_DISTANCE_A = 0.5
MAX_DENSITY = 30.0  # g/cm^3; osmium is 22.6
DEPRECATIONS = ("DeprecationWarning", "FutureWarning", "PendingDeprecationWarning")


@dataclass
class Verification:
    """What happened when a snippet was checked. Times in s, lengths in Å, densities in g/cm³."""

    ran: bool = False
    ok: bool = False
    refused: str | None = None
    stdout: str = ""
    stderr: str = ""
    error: str | None = None
    error_type: str | None = None
    error_line: int | None = None
    traceback: str | None = None
    timed_out: bool = False
    memory_exceeded: bool = False
    seconds: float = 0.0
    structures: list[dict[str, Any]] = field(default_factory=list)  # name, summary, data (JSON)
    values: dict[str, Any] = field(default_factory=dict)  # captured variables (JSON)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)  # written file -> size, parses
    warnings: list[str] = field(default_factory=list)  # deprecations raised on the code's lines
    issues: list[str] = field(default_factory=list)  # implausible results
    inputs: list[str] = field(default_factory=list)  # files copied into the sandbox
    variables: list[str] = field(default_factory=list)  # user variables copied in
    not_copied: list[str] = field(default_factory=list)  # variables that could not be copied
    warm: bool = False  # ran in a fork of the warm sandbox
    isolated: bool = False  # ran inside the OS jail; False: "checked, not isolated"
    isolation: str = ""  # the sandbox's own label for how the run was confined

    @property
    def where_ran(self) -> str:
        """ "in the sandbox" for jailed runs, never for unconfined ones (issue 12)."""
        return (
            "in the sandbox" if self.isolated else "outside any OS sandbox (checked, not isolated)"
        )

    @property
    def passed(self) -> bool:
        """Ran to the end without error, and nothing implausible came out."""
        return self.ok and not self.issues

    def status(self) -> str:
        """One line: what happened."""
        if self.refused:
            return f"refused by the safety screen, not run: {self.refused}"
        if not self.ran:
            return f"not run: {self.error}" if self.error else "not run"
        where = f" on copies of {', '.join(self.inputs)}" if self.inputs else ""
        if self.variables:
            where += (" and " if where else " on copies of ") + ", ".join(
                f"`{v}`" for v in self.variables
            )
        if self.timed_out:
            return f"stopped after {self.seconds:.0f} s (time limit){where}"
        if self.memory_exceeded:
            return f"stopped: memory limit exceeded{where}"
        if not self.ok:
            line = f" (line {self.error_line})" if self.error_line else ""
            return f"ran {self.where_ran}{where} and failed{line}: {self.error}"
        if self.issues:
            return (
                f"ran {self.where_ran}{where} in {self.seconds:.2f} s but: {'; '.join(self.issues)}"
            )
        return f"ran {self.where_ran}{where} without errors in {self.seconds:.2f} s"

    def feedback(self) -> str:
        """What to tell a model so it can repair the code."""
        if self.refused:
            return (
                f"The safety screen refused the code, so it was not run: {self.refused}. "
                "Write code that only reads the given files and writes new files in the "
                "current folder, without subprocesses, network access or deleting files."
            )
        if self.timed_out:
            return (
                f"The code did not finish within the time limit ({self.seconds:.0f} s). "
                "Look for an endless loop or a far too expensive calculation."
            )
        if not self.ok:
            tb = (self.traceback or self.error or "")[-2500:]
            return f"The code failed when run:\n{tb}"
        parts = []
        if self.issues:
            parts.append(
                "The code ran but the results are not plausible: "
                + "; ".join(self.issues)
                + ". Check the units (Å, g/cm³, eV)."
            )
        if self.warnings:
            parts.append("The code uses deprecated API: " + "; ".join(self.warnings))
        return " ".join(parts)

    def summaries(self) -> list[str]:
        """One line per produced structure: name, formula, size, density."""
        out = []
        for s in self.structures:
            info = s.get("summary", {})
            line = f"`{s['name']}`: {info.get('formula', '?')} ({info.get('n_sites', '?')} sites"
            if info.get("density") is not None:
                line += f", {info['density']:.3f} g/cm³"
            out.append(line + ")")
        return out

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def decoded_structures(self) -> dict[str, Any]:
        """The produced structures as pymatgen/ASE objects (rebuilt from plain data only)."""
        from ...sandbox.values import decode

        out = {}
        for s in self.structures:
            if s.get("data") is not None:
                try:
                    out[s["name"]] = decode(s["data"])
                except Exception:
                    continue
        return out


def _string_constants(tree: ast.AST) -> list[str]:
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant)
        and isinstance(n.value, str)
        and 0 < len(n.value) < 400
        and "\n" not in n.value
    ]


def assigned_names(code: str, limit: int = 40) -> list[str]:
    """Names assigned at the top level of ``code`` (what a user would inspect afterwards)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    names: list[str] = []
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        for target in targets:
            for n in ast.walk(target):
                if isinstance(n, ast.Name) and not n.id.startswith("_") and n.id not in names:
                    names.append(n.id)
    return names[:limit]


def find_inputs(code: str, cwd: str | os.PathLike[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Files the code names: sandbox name -> source path, and literal rewrites for the sandbox copy.

    Only files inside the working folder ``cwd`` are copied, under the relative name
    the code uses: never an absolute, ``~`` or ``..`` path, nothing a symbolic link
    leads out of the folder, no glob that leaves it (issue 12, S7). Glob patterns copy
    at most :data:`MAX_GLOB_FILES` matches and stop walking after
    :data:`MAX_GLOB_SECONDS`. The rewrite table is kept for callers and is empty.
    """
    base = Path(cwd).resolve()
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return {}, {}
    inputs: dict[str, str] = {}
    for text in _string_constants(tree):
        if not _relative_inside(text):
            continue
        if any(ch in text for ch in "*?["):
            for rel in _bounded_glob(text, base):
                inputs[rel] = str(base / rel)
            continue
        try:
            path = base / text
            if not path.is_file() or not _inside(path, base):
                continue
        except (OSError, ValueError):
            continue
        inputs[os.path.normpath(text)] = str(path.resolve())
    return inputs, {}


def outside_paths(code: str, cwd: str | os.PathLike[str]) -> list[str]:
    """Existing files the code names outside the working folder (they are never copied in)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    out = []
    for text in _string_constants(tree):
        if _relative_inside(text) or any(ch in text for ch in "*?["):
            continue
        try:
            if Path(os.path.expanduser(text)).is_file() or (Path(cwd) / text).is_file():
                out.append(text)
        except (OSError, ValueError):
            continue
    return out[:20]


MAX_GLOB_SECONDS = 2.0


def _relative_inside(text: str) -> bool:
    """A relative path without ``~`` or ``..`` parts (what may name a file in the folder)."""
    if not text or text.startswith(("/", "\\", "~")) or "\x00" in text:
        return False
    if re.match(r"^[A-Za-z]:", text):  # a Windows drive
        return False
    parts = re.split(r"[/\\]", text)
    return ".." not in parts and "**" not in parts


def _inside(path: Path, base: Path) -> bool:
    """``path`` (symbolic links followed) lies inside ``base``."""
    try:
        path.resolve().relative_to(base)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def _bounded_glob(pattern: str, base: Path) -> list[str]:
    """Matches of a relative glob inside ``base``: at most MAX_GLOB_FILES, within MAX_GLOB_SECONDS."""
    import time

    deadline = time.monotonic() + MAX_GLOB_SECONDS
    out: list[str] = []
    for rel in glob.iglob(pattern, root_dir=base):
        if time.monotonic() > deadline or len(out) >= MAX_GLOB_FILES:
            break
        path = base / rel
        if path.is_file() and _inside(path, base) and _relative_inside(rel):
            out.append(os.path.normpath(rel))
    return sorted(out)


def _rewrite(code: str, rewrites: Mapping[str, str]) -> str:
    for old, new in rewrites.items():
        code = re.sub(rf"(['\"]){re.escape(old)}\1", repr(new), code)
    return code


def verify(
    code: str,
    *,
    namespace: Mapping[str, Any] | None = None,
    cwd: str | os.PathLike[str] | None = None,
    capture: Iterable[str] = (),
    timeout_s: float = DEFAULT_TIMEOUT_S,
    memory_mb: int = DEFAULT_MEMORY_MB,
) -> Verification:
    """Screen and run ``code`` in the sandbox against copies of what it reads (see module doc)."""
    report = screen(code)
    if not report.ok:
        return Verification(refused=str(report), error=str(report), error_type="Refused")
    cwd = Path(cwd or os.getcwd())
    inputs, rewrites = find_inputs(code, cwd)
    total = sum(Path(p).stat().st_size for p in inputs.values())
    if total > MAX_INPUT_BYTES:
        return Verification(
            error=f"the inputs are {total / 2**20:.0f} MB; at most "
            f"{MAX_INPUT_BYTES // 2**20} MB are copied for verification",
            error_type="TooLarge",
            inputs=sorted(inputs),
        )
    staging = Path(tempfile.mkdtemp(prefix="matsci-stage-"))
    try:
        names = ns.used_names(code, {v.name for v in ns.summarize(namespace, limit=10_000)})
        exported = ns.export(namespace or {}, names, staging) if names else ns.Export()
        all_inputs = {**inputs, **exported.inputs}
        capture_names = list(dict.fromkeys([*capture, *assigned_names(code)]))
        try:
            result = run_code(
                _rewrite(code, rewrites),
                inputs=all_inputs,
                capture=capture_names,
                timeout_s=timeout_s,
                memory_mb=memory_mb,
                preamble=exported.preamble or None,
            )
        except OSError as exc:  # no interpreter to start, disk full ...
            return Verification(error=f"the sandbox could not start: {exc}", error_type="Sandbox")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    v = Verification(
        ran=result.refused is None,
        ok=result.ok,
        stdout=result.stdout,
        stderr=result.stderr[-4000:],
        error=result.error,
        error_type=result.error_type,
        error_line=result.error_line,
        traceback=result.traceback,
        timed_out=result.timed_out,
        memory_exceeded=result.memory_exceeded,
        seconds=result.seconds,
        values=result.values,
        files=result.file_info,
        inputs=sorted(k for k in inputs),
        warm=result.warm,
        isolated=result.isolated,
        isolation=result.isolation,
        variables=[n for n in names if not any(p.startswith(f"`{n}`") for p in exported.problems)],
        not_copied=exported.problems
        + [f"{p}: outside the working folder, not copied" for p in outside_paths(code, cwd)],
    )
    if result.refused is not None:
        v.refused = str(result.refused)
    v.structures = [
        {"name": k, "summary": result.summaries.get(k, {}), "data": result.structures.get(k)}
        for k in result.summaries
    ]
    v.warnings = [
        f"line {w['line']}: {w['category']}: {w['message'].splitlines()[0]}"
        for w in result.warnings
        if w.get("in_snippet") and w["category"] in DEPRECATIONS
    ]
    v.issues = plausibility(v)
    if v.ok and exported.problems:
        v.issues.append("could not copy " + "; ".join(exported.problems))
    return v


def plausibility(v: Verification) -> list[str]:
    """Results no real material has: atoms closer than 0.5 Å, densities above 30 g/cm³."""
    issues = []
    for s in v.structures:
        info = s.get("summary") or {}
        d = info.get("min_distance")
        if d is not None and d < MIN_DISTANCE_A:
            issues.append(
                f"in `{s['name']}` two atoms are {d:.3f} Å apart (a unit slip, nm vs Å, "
                "or duplicated sites?)"
            )
        if info.get("too_close"):
            issues.append(f"in `{s['name']}` some atoms are closer than {MIN_DISTANCE_A} Å")
        rho = info.get("density")
        if rho is not None and rho > MAX_DENSITY:
            issues.append(
                f"`{s['name']}` has a density of {rho:.3g} g/cm³ (no solid is above "
                f"{MAX_DENSITY:g})"
            )
    for name, value in v.values.items():
        low = name.lower()
        if (
            "density" in low
            and isinstance(value, (int, float))
            and not isinstance(value, bool)
            and ("number" not in low and "kpoint" not in low and "kppa" not in low)
        ):
            if "kg" in low:
                lo, hi, unit = 10.0, MAX_DENSITY * 1000, "kg/m³"
            else:
                lo, hi, unit = 1e-3, MAX_DENSITY, "g/cm³"
            if not lo <= value <= hi:
                issues.append(
                    f"`{name}` = {value:.4g} is not a plausible density in {unit} (check the units)"
                )
        if (
            ("bulk_modulus" in low or low.endswith("_gpa"))
            and isinstance(value, (int, float))
            and (not isinstance(value, bool))
            and not 0 < value < 1500
        ):
            issues.append(f"`{name}` = {value:.4g} GPa is not a plausible modulus")
    return issues
