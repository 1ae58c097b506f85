"""Runs inside the sandbox process: audit hook, execute the snippet, write results as JSON.

Invoked as ``python -m matsci_jupyter.sandbox._harness SPEC.json``. The audit hook
refuses network access, other programs, writes outside the scratch folder and
(unless the spec says otherwise) reads outside the scratch folder and the Python
installation, so a snippet can see only the copies of its inputs.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import traceback
import warnings

from matsci_jupyter.structure_formats import ALL_SUFFIXES, FILE_NAMES, format_of

NET_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.bind",
        "socket.getaddrinfo",
        "socket.sendto",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.sendmsg",
        "webbrowser.open",
    }
)
PROC_EVENTS = frozenset(
    {
        "subprocess.Popen",
        "os.system",
        "os.exec",
        "os.posix_spawn",
        "os.spawn",
        "os.fork",
        "os.forkpty",
        "pty.spawn",
        "os.kill",
        "os.killpg",
        "os.startfile",
        "ctypes.call_function",
        "sys.setprofile",
        "sys.settrace",
    }
)
DELETE_EVENTS = frozenset(
    {
        "os.remove",
        "os.rmdir",
        "os.rename",
        "shutil.rmtree",
        "os.truncate",
        "os.chmod",
        "os.chown",
        "shutil.move",
        "os.link",
        "os.symlink",
        "os.mkdir",
        "os.utime",
        "shutil.copyfile",
        "shutil.copymode",
        "shutil.copystat",
    }
)
LIST_EVENTS = frozenset({"os.listdir", "os.scandir", "glob.glob", "os.chdir"})
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
# Read-only system places a Python process legitimately touches.
SYSTEM_READ_ROOTS = (
    "/usr",
    "/lib",
    "/lib64",
    "/bin",
    "/proc",
    "/sys",
    "/dev/null",
    "/dev/urandom",
    "/etc/localtime",
    "/etc/timezone",
    "/etc/mime.types",
)
STRUCTURE_FILE_SUFFIXES = ALL_SUFFIXES  # the one format table
STRUCTURE_FILE_NAMES = FILE_NAMES


def _real(path: str) -> str:
    return os.path.realpath(path)


def _install_hook(workdir: str, restrict_reads: bool) -> None:
    root = _real(workdir)
    devnull = _real(os.devnull)
    read_roots = {root, devnull}
    if restrict_reads:
        for p in (
            sys.prefix,
            sys.base_prefix,
            sys.exec_prefix,
            sys.base_exec_prefix,
            *sys.path,
            *SYSTEM_READ_ROOTS,
        ):
            if p and os.path.isabs(p):
                read_roots.add(_real(p))
    read_roots = frozenset(read_roots)

    def within(path: object, roots: frozenset[str]) -> bool:
        if isinstance(path, int):
            return True  # an already-open file descriptor
        if path is None:
            return True  # the current folder (the scratch folder)
        try:
            p = _real(os.fsdecode(path))
        except (TypeError, ValueError):
            return False
        return any(p == r or p.startswith(r.rstrip(os.sep) + os.sep) for r in roots)

    writable = frozenset({root, devnull})

    def hook(event: str, args: tuple) -> None:
        if event in NET_EVENTS:
            raise PermissionError(f"sandbox: network access is not allowed ({event})")
        if event in PROC_EVENTS or event.startswith(("os.exec", "os.spawn", "os.posix_spawn")):
            raise PermissionError(f"sandbox: starting other programs is not allowed ({event})")
        if event == "ctypes.dlopen":
            # libraries may load shared objects from the installation; nothing else (CDLL(None)
            # would hand out libc's system())
            if not (
                isinstance(args[0], str)
                and os.path.isabs(args[0])
                and within(args[0], read_roots | {"/usr", "/lib", "/lib64"})
            ):
                raise PermissionError(f"sandbox: loading native library {args[0]!r} is not allowed")
            return
        if event in DELETE_EVENTS:
            paths = args[1:2] if event.startswith("shutil.copy") else args[:2]
            for path in paths:
                if isinstance(path, (str, bytes, os.PathLike)) and not within(path, writable):
                    raise PermissionError(f"sandbox: {event} outside the scratch folder: {path!r}")
        elif event == "open":
            path, mode, flags = ([*list(args), None, None, None])[:3]
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & WRITE_FLAGS
            )
            if path is None:
                return
            if writing and not within(path, writable):
                raise PermissionError(f"sandbox: writing outside the scratch folder: {path!r}")
            if restrict_reads and not within(path, read_roots):
                raise PermissionError(
                    f"sandbox: reading outside the scratch folder: {path!r} "
                    "(inputs are copied into the scratch folder)"
                )
        elif event in LIST_EVENTS and restrict_reads and args:
            path = args[0]
            if event == "os.chdir" and not within(path, writable):
                raise PermissionError(f"sandbox: leaving the scratch folder: {path!r}")
            if (
                isinstance(path, (str, bytes, os.PathLike))
                and event != "glob.glob"
                and not within(path, read_roots)
            ):
                raise PermissionError(f"sandbox: listing outside the scratch folder: {path!r}")

    sys.addaudithook(hook)


def _structure_classes() -> tuple[type, ...]:
    classes: list[type] = []
    if "pymatgen.core" in sys.modules:
        from pymatgen.core import IMolecule, IStructure

        classes += [IStructure, IMolecule]
    if "ase" in sys.modules:
        from ase import Atoms

        classes.append(Atoms)
    return tuple(classes)


def _summary(value: object) -> dict:
    """Formula, size, cell and closest contact of a structure (Å, Å³, g/cm³)."""
    out: dict = {"type": type(value).__name__}
    try:
        if type(value).__module__.startswith("ase"):
            atoms = value
            out.update(
                formula=atoms.get_chemical_formula(mode="metal"),
                n_sites=len(atoms),
                pbc=[bool(x) for x in atoms.pbc],
            )
            if all(atoms.pbc):
                volume = float(atoms.get_volume())
                out.update(
                    volume=volume,
                    abc=[float(x) for x in atoms.cell.lengths()],
                    angles=[float(x) for x in atoms.cell.angles()],
                    density=float(sum(atoms.get_masses())) / volume * 1.66053906660,
                )
            if 1 < len(atoms) <= 400:
                import numpy as np

                d = atoms.get_all_distances(mic=bool(any(atoms.pbc)))
                out["min_distance"] = float(np.min(d[~np.eye(len(atoms), dtype=bool)]))
            if all(atoms.pbc) and len(atoms) <= 400:  # an atom and its own periodic image
                import numpy as np
                from ase.geometry import minkowski_reduce

                image = float(min(np.linalg.norm(minkowski_reduce(atoms.cell.array)[0], axis=1)))
                out["min_distance"] = min(out.get("min_distance", image), image)
            from ase.formula import Formula

            out["reduced_formula"] = str(Formula(out["formula"]).reduce()[0])
        else:
            comp = value.composition
            out.update(
                formula=comp.formula.replace(" ", ""),
                reduced_formula=comp.reduced_formula,
                n_sites=len(value),
            )
            if hasattr(value, "lattice"):
                lat = value.lattice
                out.update(
                    volume=float(lat.volume),
                    abc=[float(x) for x in lat.abc],
                    angles=[float(x) for x in lat.angles],
                    density=float(value.density),
                    is_ordered=bool(value.is_ordered),
                )
            if 1 < len(value) <= 400:
                import numpy as np

                d = np.array(value.distance_matrix)
                out["min_distance"] = float(np.min(d[~np.eye(len(value), dtype=bool)]))
            if hasattr(value, "lattice") and len(value) <= 400:  # a site and its periodic image
                image = float(min(value.lattice.get_lll_reduced_lattice().abc))
                out["min_distance"] = min(out.get("min_distance", image), image)
            elif len(value) > 400 and hasattr(value, "is_valid"):
                out["too_close"] = not value.is_valid(tol=0.5)
    except Exception as exc:  # a summary must never break the report
        out["summary_error"] = f"{type(exc).__name__}: {exc}"
    return out


def _inspect_file(path: str) -> dict:
    """Size and, for structure files, whether they parse and to what formula."""
    info: dict = {"size": os.path.getsize(path)}
    name = os.path.basename(path)
    if not (
        name.lower().endswith(STRUCTURE_FILE_SUFFIXES) or name.startswith(STRUCTURE_FILE_NAMES)
    ):
        return info
    info["structure_file"] = True
    errors = []
    refused = _refuse_huge_cif(path)
    if refused:  # same shape as the inspection budget's refusal, found before reading
        info.update(parses=False, parse_errors=[refused], error=f"not inspected: {refused}")
        return info
    fmt = format_of(name)
    if fmt is None or fmt.pymatgen:
        try:
            from pymatgen.core import Structure

            s = Structure.from_file(path)
            info.update(
                parses=True,
                reader="pymatgen",
                formula=s.composition.reduced_formula,
                n_sites=len(s),
            )
            return info
        except Exception as exc:
            errors.append(f"pymatgen: {type(exc).__name__}: {exc}"[:300])
    try:
        import ase.io
        from ase.formula import Formula

        atoms = ase.io.read(path)
        info.update(
            parses=True,
            reader="ase",
            formula=str(Formula(atoms.get_chemical_formula(mode="metal")).reduce()[0]),
            n_sites=len(atoms),
        )
        return info
    except Exception as exc:
        errors.append(f"ase: {type(exc).__name__}: {exc}"[:300])
    info.update(parses=False, parse_errors=errors)
    return info


def _refuse_huge_cif(path: str) -> str | None:
    """Why a CIF is not expanded (operations x sites above the limit), estimated from its text."""
    fmt = format_of(os.path.basename(path))
    if fmt is None or fmt.name != "cif":
        return None
    from matsci_jupyter.engines.structure.cifdiag import expansion_finding

    with open(path, encoding="utf-8", errors="replace") as handle:
        finding = expansion_finding(handle.read())
    return f"not read: {finding.message}" if finding else None


def _record_warning(caught: list, code_path: str) -> list[dict]:
    out = []
    for w in caught[:100]:
        out.append(
            {
                "category": w.category.__name__,
                "message": str(w.message)[:500],
                "line": w.lineno if w.filename == code_path else None,
                "in_snippet": w.filename == code_path,
                "filename": os.path.basename(str(w.filename)),
            }
        )
    return out


def _stamp(folder: str) -> dict[str, tuple[int, int]]:
    """Size and modification time of every file in ``folder`` (new or changed files are reported)."""
    out = {}
    for entry in os.scandir(folder):
        if entry.is_file():
            st = entry.stat()
            out[entry.name] = (st.st_size, st.st_mtime_ns)
    return out


INSPECT_BUDGET_S = 10.0  # seconds for reading back every file the code wrote


class _InspectTimeout(BaseException):  # a deadline, not an error of the file
    """Reading back the written files took longer than the budget (not caught by readers)."""


def _arguments(argv: list[str]) -> tuple[str, int | None]:
    """The spec path and the result pipe's descriptor (``--result-fd N``)."""
    spec_path, result_fd = argv[1], None
    if "--result-fd" in argv:
        result_fd = int(argv[argv.index("--result-fd") + 1])
    return spec_path, result_fd


def _send(result: dict, result_fd: int | None, spec: dict) -> None:
    """Write the report to the pipe the parent owns (a file only for old callers)."""
    data = json.dumps(result, default=lambda o: {"__repr__": repr(o)[:2000]}).encode()
    if result_fd is None:
        with open(spec["result_path"], "wb") as fh:
            fh.write(data)
        return
    view = memoryview(data)
    while view:
        written = os.write(result_fd, view)
        view = view[written:]
    os.close(result_fd)


def main() -> None:
    spec_path, result_fd = _arguments(sys.argv)
    with open(spec_path, encoding="utf-8") as fh:
        spec = json.load(fh)
    from matsci_jupyter.sandbox.values import encode

    code_path = os.path.abspath(spec["code_path"])
    result: dict = {
        "ok": False,
        "error": None,
        "error_type": None,
        "traceback": None,
        "values": {},
        "structures": {},
        "summaries": {},
        "warnings": [],
        "files": {},
        "layers": [],
    }
    workdir = os.path.abspath(spec.get("workdir") or os.getcwd())
    before = _stamp(workdir)
    import ctypes  # noqa: F401  (its import opens the interpreter itself: do it before the hook)

    if spec.get("confine", True):
        from matsci_jupyter.sandbox import confine

        confine.limits(int(spec.get("memory_mb", 4096)), int(spec.get("file_mb", 256)))
        extra = ("/tmp",) if spec.get("jailed") else ()
        result["layers"] = confine.apply(workdir, extra_writable=extra)
    if spec.get("audit_hook", True):
        _install_hook(workdir, spec.get("restrict_reads", True))
    import runpy

    namespace: dict = {}
    given: dict = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        try:
            if spec.get("preamble_path"):
                pre = runpy.run_path(spec["preamble_path"], run_name="__matsci_preamble__")
                given = {k: v for k, v in pre.items() if not k.startswith("__")}
            namespace = runpy.run_path(code_path, init_globals=given, run_name="__main__")
            result["ok"] = True
        except SystemExit as exc:
            result["ok"] = exc.code in (None, 0)
            if not result["ok"]:
                result["error"], result["error_type"] = f"exit status {exc.code}", "SystemExit"
        except BaseException as exc:  # report everything the snippet raised
            tb = traceback.extract_tb(exc.__traceback__)
            snippet_frames = [f for f in tb if f.filename == code_path]
            result["error"] = f"{type(exc).__name__}: {exc}"[:4000]
            result["error_type"] = type(exc).__name__
            result["error_line"] = snippet_frames[-1].lineno if snippet_frames else None
            result["traceback"] = "".join(traceback.format_exception(exc))[-6000:]
            frame = exc.__traceback__
            while frame is not None and frame.tb_frame.f_code.co_filename != code_path:
                frame = frame.tb_next
            if frame is not None:
                namespace = dict(frame.tb_frame.f_globals)
        for w in caught:
            print(
                warnings.formatwarning(w.message, w.category, w.filename, w.lineno).rstrip(),
                file=sys.stderr,
            )
        result["warnings"] = _record_warning(caught, code_path)
    for name in spec.get("capture", []):
        if name in namespace:
            try:
                result["values"][name] = encode(namespace[name])
            except Exception as exc:  # an unencodable value is reported, not fatal
                result["values"][name] = {"__repr__": f"<could not encode: {exc}>"}
    classes = _structure_classes()
    found = [
        (k, v)
        for k, v in namespace.items()
        if not k.startswith("_")
        and classes
        and isinstance(v, classes)
        and not (k in given and given[k] is v)
    ]
    for name, value in found[: spec.get("max_structures", 4)]:
        result["summaries"][name] = _summary(value)
        try:
            result["structures"][name] = encode(value)
        except Exception:
            continue
    if spec.get("inspect_files", True):
        _inspect_written(workdir, before, result, float(spec.get("inspect_budget_s", 10.0)))
    sys.stdout.flush()
    sys.stderr.flush()
    _send(result, result_fd, spec)


def _inspect_written(
    workdir: str, before: dict, result: dict, budget_s: float = INSPECT_BUDGET_S
) -> None:
    """Read back new or changed files within ``budget_s`` seconds in total.

    A file pymatgen needs minutes for (a CIF whose symmetry expansion makes 10⁶ atoms)
    is reported "not inspected" instead of eating the run's whole time limit.
    """

    def expired(*_: object) -> None:
        raise _InspectTimeout

    try:
        signal.signal(signal.SIGALRM, expired)
        signal.setitimer(signal.ITIMER_REAL, budget_s)
    except (ValueError, OSError):
        pass
    after = _stamp(workdir)
    names = sorted(n for n in after if before.get(n) != after[n])
    try:
        for name in names:
            path = os.path.join(workdir, name)
            if os.path.isfile(path) and not name.startswith("_matsci_"):
                try:
                    result["files"][name] = _inspect_file(path)
                except _InspectTimeout:
                    raise
                except Exception as exc:
                    result["files"][name] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
    except _InspectTimeout:
        for name in names:
            result["files"].setdefault(
                name,
                {"error": f"not inspected: reading the files took over {budget_s:g} s"},
            )
    finally:
        with contextlib.suppress(ValueError, OSError):
            signal.setitimer(signal.ITIMER_REAL, 0)


if __name__ == "__main__":
    main()
