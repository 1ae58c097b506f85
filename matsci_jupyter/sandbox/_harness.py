"""Runs inside the sandbox process: audit hook, execute the snippet, write results as JSON.

Invoked as ``python -m matsci_jupyter.sandbox._harness SPEC.json``.
"""

from __future__ import annotations

import json
import os
import sys
import traceback

NET_EVENTS = {"socket.connect", "socket.bind", "socket.getaddrinfo", "socket.sendto",
              "socket.gethostbyname"}
PROC_EVENTS = {"subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
               "os.fork", "os.forkpty", "pty.spawn", "os.kill", "os.killpg"}
DELETE_EVENTS = {"os.remove", "os.rmdir", "os.rename", "shutil.rmtree", "os.truncate",
                 "os.chmod", "os.chown", "shutil.move", "os.link", "os.symlink"}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def _install_hook(workdir: str) -> None:
    root = os.path.realpath(workdir)
    allowed = (root, os.path.realpath(os.devnull))

    def inside(path: object) -> bool:
        if isinstance(path, int):
            return True  # an already-open file descriptor
        try:
            p = os.path.realpath(os.fsdecode(path))
        except (TypeError, ValueError):
            return False
        return p == allowed[1] or p == root or p.startswith(root + os.sep)

    def hook(event: str, args: tuple) -> None:
        if event in NET_EVENTS:
            raise PermissionError(f"sandbox: network access is not allowed ({event})")
        if event in PROC_EVENTS or event.startswith(("os.exec", "os.spawn", "os.posix_spawn")):
            raise PermissionError(f"sandbox: starting other programs is not allowed ({event})")
        if event in DELETE_EVENTS:
            for path in args[:2]:
                if isinstance(path, (str, bytes, os.PathLike)) and not inside(path):
                    raise PermissionError(f"sandbox: {event} outside the scratch folder: {path!r}")
        elif event == "open":
            path, mode, flags = (list(args) + [None, None, None])[:3]
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & WRITE_FLAGS)
            if writing and path is not None and not inside(path):
                raise PermissionError(f"sandbox: writing outside the scratch folder: {path!r}")

    sys.addaudithook(hook)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as fh:
        spec = json.load(fh)
    from matsci_jupyter.sandbox.values import encode, is_structure_like

    result: dict = {"ok": False, "error": None, "error_type": None, "traceback": None,
                    "values": {}, "structures": {}}
    _install_hook(spec["workdir"])
    import runpy

    namespace: dict = {}
    try:
        namespace = runpy.run_path(spec["code_path"], run_name="__main__")
        result["ok"] = True
    except SystemExit as exc:
        result["ok"] = exc.code in (None, 0)
        if not result["ok"]:
            result["error"], result["error_type"] = f"exit status {exc.code}", "SystemExit"
    except BaseException as exc:  # report everything the snippet raised
        tb = traceback.extract_tb(exc.__traceback__)
        snippet_frames = [f for f in tb if f.filename == spec["code_path"]]
        result["error"] = f"{type(exc).__name__}: {exc}"
        result["error_type"] = type(exc).__name__
        result["error_line"] = snippet_frames[-1].lineno if snippet_frames else None
        result["traceback"] = "".join(traceback.format_exception(exc))[-6000:]
        frame = exc.__traceback__
        while frame is not None and frame.tb_frame.f_code.co_filename != spec["code_path"]:
            frame = frame.tb_next
        if frame is not None:
            namespace = dict(frame.tb_frame.f_globals)
    for name in spec.get("capture", []):
        if name in namespace:
            try:
                result["values"][name] = encode(namespace[name])
            except Exception as exc:  # an unencodable value is reported, not fatal
                result["values"][name] = {"__repr__": f"<could not encode: {exc}>"}
    found = [(k, v) for k, v in namespace.items() if not k.startswith("_") and is_structure_like(v)]
    for name, value in found[: spec.get("max_structures", 4)]:
        try:
            result["structures"][name] = encode(value)
        except Exception:
            continue
    sys.stdout.flush()
    sys.stderr.flush()
    with open(spec["result_path"], "w", encoding="utf-8") as fh:
        json.dump(result, fh)


if __name__ == "__main__":
    main()
