"""Static screen of Python source: what the sandbox refuses before running anything.

The screen reads the code (``ast``) and lists every construct that could start
programs, reach the network, delete or overwrite files outside the scratch
folder, load code dynamically or climb out of the interpreter's object model.
It errs on the side of refusing: model-written code that trips it goes back to
the model with the reason. The audit hook in :mod:`._harness` enforces the same
rules again at run time for what no reader can see statically (computed paths).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

FORBIDDEN_MODULES = {
    "subprocess": "starts other programs",
    "_posixsubprocess": "starts other programs",
    "posix": "calls the operating system directly",
    "nt": "calls the operating system directly",
    "socket": "opens network connections",
    "_socket": "opens network connections",
    "socketserver": "opens network connections",
    "ssl": "opens network connections",
    "urllib": "reaches the network",
    "urllib3": "reaches the network",
    "http": "reaches the network",
    "requests": "reaches the network",
    "httpx": "reaches the network",
    "aiohttp": "reaches the network",
    "websocket": "reaches the network",
    "websockets": "reaches the network",
    "xmlrpc": "reaches the network",
    "ftplib": "reaches the network",
    "smtplib": "reaches the network",
    "imaplib": "reaches the network",
    "poplib": "reaches the network",
    "telnetlib": "reaches the network",
    "paramiko": "reaches the network",
    "webbrowser": "opens a web browser",
    "mp_api": "queries the Materials Project over the network",
    "pymatgen.ext": "queries online databases",
    "ase.db.web": "starts a web server",
    "ctypes": "calls native code directly",
    "cffi": "calls native code directly",
    "multiprocessing": "starts other processes",
    "concurrent.futures.process": "starts other processes",
    "pty": "starts other programs",
    "importlib": "imports code dynamically",
    "runpy": "runs other code",
    "code": "runs an interactive interpreter",
    "builtins": "rebinds built-in functions",
    "pickle": "loading a pickle runs arbitrary code",
    "_pickle": "loading a pickle runs arbitrary code",
    "marshal": "loads compiled code",
    "shelve": "loading a shelf runs arbitrary code",
    "dill": "loading a pickle runs arbitrary code",
    "cloudpickle": "loading a pickle runs arbitrary code",
    "gc": "reaches objects it was not given",
    "inspect": "reaches interpreter frames",
}
FORBIDDEN_CALLS = {
    "eval": "evaluates code from a string",
    "exec": "executes code from a string",
    "compile": "compiles code from a string",
    "__import__": "imports modules dynamically",
    "breakpoint": "stops for a debugger",
    "input": "waits for keyboard input",
    "globals": "reaches the module's global table",
    "locals": "reaches the frame's variables",
    "vars": "reaches an object's attribute table",
}
FORBIDDEN_ATTR_CALLS = {
    ("os", "system"): "starts a shell",
    ("os", "popen"): "starts a shell",
    ("os", "fork"): "starts processes",
    ("os", "forkpty"): "starts processes",
    ("os", "kill"): "signals other processes",
    ("os", "killpg"): "signals other processes",
    ("os", "chdir"): "leaves the scratch folder",
    ("os", "fchdir"): "leaves the scratch folder",
    ("os", "chroot"): "changes the root folder",
    ("os", "setuid"): "changes the user",
    ("os", "putenv"): "changes the environment of other programs",
    ("os", "symlink"): "creates links that escape the scratch folder",
    ("os", "link"): "creates links that escape the scratch folder",
    ("os", "chmod"): "changes file permissions",
    ("os", "chown"): "changes file owners",
    ("os", "truncate"): "truncates files",
    ("shutil", "rmtree"): "deletes directory trees",
    ("shutil", "move"): "moves files",
    ("shutil", "chown"): "changes file owners",
    ("shutil", "disk_usage"): "inspects other file systems",
    ("asyncio", "create_subprocess_exec"): "starts other programs",
    ("asyncio", "create_subprocess_shell"): "starts other programs",
    ("asyncio", "open_connection"): "opens network connections",
    ("asyncio", "start_server"): "opens network connections",
    ("sys", "_getframe"): "reaches interpreter frames",
    ("sys", "settrace"): "hooks into the interpreter",
    ("sys", "setprofile"): "hooks into the interpreter",
    ("sys", "addaudithook"): "hooks into the interpreter",
    ("signal", "signal"): "replaces signal handlers (the time limit)",
    ("resource", "setrlimit"): "changes the resource limits",
    ("ase", "visualize.view"): "opens a viewer program",
    ("ase.visualize", "view"): "opens a viewer program",
}
OS_PREFIXES = ("exec", "spawn", "posix_spawn")
FILE_DELETERS = {
    ("os", "remove"),
    ("os", "unlink"),
    ("os", "rmdir"),
    ("os", "removedirs"),
    ("os", "rename"),
    ("os", "renames"),
    ("os", "replace"),
}
PATH_METHOD_DELETERS = {"unlink", "rmdir", "rename", "replace"}
# Calls that create or write files: a literal path outside the scratch folder is refused.
WRITING_METHODS = {
    "to",
    "write",
    "write_file",
    "to_file",
    "savefig",
    "write_html",
    "write_image",
    "write_json",
    "to_csv",
    "to_json",
    "to_excel",
    "to_parquet",
    "to_pickle",
    "to_hdf",
    "dump",
    "dumpfn",
    "save",
    "savez",
    "savetxt",
    "to_cif",
    "copy",
    "copy2",
    "copyfile",
    "copytree",
    "copyfileobj",
    "makedirs",
    "mkdir",
    "write_text",
    "write_bytes",
    "touch",
    "symlink_to",
    "hardlink_to",
    "write_input",
    "write_structure",
    "to_poscar",
}
COPY_METHODS = {"copy", "copy2", "copyfile", "copytree"}  # (src, dst): only dst is checked
LINK_METHODS = {"symlink_to", "hardlink_to"}
CONTENT_METHODS = {"write", "dump", "save"}  # on a file handle the first argument is data
PATH_KEYWORDS = {
    "filename",
    "fname",
    "file",
    "path",
    "dst",
    "fileobj",
    "output",
    "outfile",
    "out",
    "target",
    "dest",
    "filepath",
    "file_path",
    "output_dir",
    "directory",
}
ESCAPE_ATTRIBUTES = {
    "__subclasses__",
    "__globals__",
    "__builtins__",
    "__code__",
    "__mro__",
    "__bases__",
    "__base__",
    "__getattribute__",
    "__closure__",
    "__func__",
    "__self__",
    "__dict__",
    "__reduce__",
    "__reduce_ex__",
    "__setstate__",
    "__loader__",
    "__spec__",
    "__import__",
    "f_globals",
    "f_locals",
    "f_builtins",
    "f_back",
    "gi_frame",
    "gi_code",
    "cr_frame",
    "tb_frame",
    "co_code",
    "func_globals",
}
ESCAPE_NAMES = {"__builtins__", "__loader__", "__spec__", "__import__"}
FORBIDDEN_ATTRIBUTES = {("sys", "modules"): "reaches every loaded module"}
WRITE_MODES = set("wax+")


@dataclass
class Problem:
    """One reason the screen refused the code, with its line number."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ScreenReport:
    """Result of :func:`screen`: ``ok`` when nothing forbidden was found."""

    problems: list[Problem] = field(default_factory=list)
    syntax_error: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.syntax_error is None

    def __str__(self) -> str:
        if self.syntax_error:
            return f"syntax error: {self.syntax_error}"
        return "ok" if self.ok else "; ".join(str(p) for p in self.problems)


def _dotted(node: ast.AST) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def unsafe_path(value: object) -> str | None:
    """Why a path string points outside the scratch folder, or None when it stays inside."""
    if not isinstance(value, str):
        return None
    p = value.strip().replace("\\", "/")
    if p.startswith(("/", "~")) or (len(p) > 1 and p[1] == ":") or ".." in p.split("/"):
        return f"path {value!r} is outside the scratch folder"
    return None


def _unsafe_path(node: ast.AST) -> str | None:
    """:func:`unsafe_path` for a literal (plain or f-string with a literal start)."""
    if isinstance(node, ast.Constant):
        return unsafe_path(node.value)
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return unsafe_path(node.values[0].value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):  # Path("/x") / "y"
        return _unsafe_path(node.left)
    if isinstance(node, ast.Call) and _dotted(node.func) in ("Path", "pathlib.Path", "PurePath"):
        return _unsafe_path(node.args[0]) if node.args else None
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.aliases: dict[str, str] = {}  # local name -> module path

    def flag(self, node: ast.AST, message: str) -> None:
        self.problems.append(Problem(getattr(node, "lineno", 0), message))

    def _check_module(self, node: ast.AST, module: str) -> None:
        for bad, why in FORBIDDEN_MODULES.items():
            if module == bad or module.startswith(bad + "."):
                self.flag(node, f"imports {module} ({why})")
                return

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._check_module(node, alias.name)
            self.aliases[alias.asname or alias.name.split(".")[0]] = (
                alias.name if alias.asname else alias.name.split(".")[0]
            )
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if node.level:
            self.flag(node, "uses a relative import (there is no package around the snippet)")
        self._check_module(node, module)
        for alias in node.names:
            if alias.name == "*":
                continue
            self._check_module(node, f"{module}.{alias.name}")
            self.aliases[alias.asname or alias.name] = f"{module}.{alias.name}"
        self.generic_visit(node)

    def _resolve(self, dotted: str) -> tuple[str, str] | None:
        head, _, rest = dotted.partition(".")
        full = self.aliases.get(head, head) + (f".{rest}" if rest else "")
        mod, _, attr = full.rpartition(".")
        return (mod, attr) if mod else None

    def visit_Call(self, node: ast.Call) -> None:
        name = _dotted(node.func)
        if (
            isinstance(node.func, ast.Name)
            and node.func.id in FORBIDDEN_CALLS
            and self.aliases.get(node.func.id) is None
        ):
            self.flag(node, f"calls {node.func.id}() ({FORBIDDEN_CALLS[node.func.id]})")
        resolved = self._resolve(name) if name else None
        if resolved:
            self._check_resolved_call(node, *resolved)
        if isinstance(node.func, ast.Name) and node.func.id in ("getattr", "setattr", "delattr"):
            self._check_getattr(node)
        if (isinstance(node.func, ast.Name) and node.func.id == "open") or name in (
            "io.open",
            "os.open",
            "codecs.open",
        ):
            self._check_open(node)
        if isinstance(node.func, ast.Attribute):
            self._check_method(node)
        self.generic_visit(node)

    def _check_resolved_call(self, node: ast.Call, mod: str, attr: str) -> None:
        if (mod, attr) in FORBIDDEN_ATTR_CALLS:
            self.flag(node, f"calls {mod}.{attr}() ({FORBIDDEN_ATTR_CALLS[(mod, attr)]})")
        elif mod == "os" and attr.startswith(OS_PREFIXES):
            self.flag(node, f"calls os.{attr}() (starts other programs)")
        elif (mod, attr) in FILE_DELETERS:
            for arg in node.args[:2]:
                why = _unsafe_path(arg)
                if why:
                    self.flag(node, f"os.{attr}() on a {why}")
            if not node.args or not isinstance(node.args[0], ast.Constant):
                self.flag(
                    node,
                    f"calls os.{attr}() on a computed path (only literal paths "
                    "inside the scratch folder may be removed or renamed)",
                )

    def _check_getattr(self, node: ast.Call) -> None:
        if len(node.args) < 2:
            return
        attr = node.args[1]
        if not (isinstance(attr, ast.Constant) and isinstance(attr.value, str)):
            self.flag(
                node,
                f"{node.func.id}() with a computed attribute name "  # type: ignore[attr-defined]
                "(hides what is called)",
            )
            return
        forbidden = {a for _, a in FORBIDDEN_ATTR_CALLS} | {a for _, a in FILE_DELETERS}
        if (
            attr.value in forbidden
            or attr.value in ESCAPE_ATTRIBUTES
            or attr.value.startswith("__")
        ):
            self.flag(
                node,
                f"{node.func.id}(..., {attr.value!r}) reaches a forbidden "  # type: ignore[attr-defined]
                "attribute",
            )

    def _check_method(self, node: ast.Call) -> None:
        func = node.func
        assert isinstance(func, ast.Attribute)
        if func.attr in LINK_METHODS:
            self.flag(node, f".{func.attr}() creates a link that can escape the scratch folder")
            return
        if func.attr in PATH_METHOD_DELETERS:
            why = _unsafe_path(func.value)
            if why:
                self.flag(node, f".{func.attr}() on a {why}")
        if func.attr in WRITING_METHODS or func.attr in PATH_METHOD_DELETERS:
            why = (
                _unsafe_path(func.value)
                if func.attr
                in ("write_text", "write_bytes", "mkdir", "touch", "symlink_to", "hardlink_to")
                else None
            )
            args = node.args[1:] if func.attr in COPY_METHODS else node.args
            receiver = _dotted(func.value)
            if func.attr in CONTENT_METHODS and not (
                receiver and receiver.split(".")[0] in self.aliases
            ):
                args = []  # fh.write("/text"): the argument is content, not a path
            candidates = list(args) + [kw.value for kw in node.keywords if kw.arg in PATH_KEYWORDS]
            for arg in candidates:
                why = why or _unsafe_path(arg)
            if why:
                self.flag(node, f"{func.attr}() writes to a {why}")

    def _check_open(self, node: ast.Call) -> None:
        mode = None
        if len(node.args) >= 2 and isinstance(node.args[1], ast.Constant):
            mode = node.args[1].value
        for kw in node.keywords:
            if kw.arg in ("mode", "flags") and isinstance(kw.value, ast.Constant):
                mode = kw.value.value
        writing = isinstance(mode, str) and bool(WRITE_MODES & set(mode))
        if len(node.args) >= 2 and not isinstance(node.args[1], ast.Constant):
            writing = True  # os.open flags or a computed mode: assume it writes
        if writing and node.args:
            why = _unsafe_path(node.args[0])
            if why:
                self.flag(node, f"writes a file: {why}")

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in ESCAPE_NAMES:
            self.flag(node, f"uses {node.id} (escapes the sandbox)")
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr in ESCAPE_ATTRIBUTES:
            self.flag(node, f"uses {node.attr} (escapes the sandbox)")
        name = _dotted(node)
        resolved = self._resolve(name) if name else None
        if resolved in FORBIDDEN_ATTRIBUTES:
            mod, attr = resolved
            self.flag(node, f"uses {mod}.{attr} ({FORBIDDEN_ATTRIBUTES[resolved]})")
        self.generic_visit(node)


def screen(code: str) -> ScreenReport:
    """Read ``code`` without running it and list what the sandbox forbids."""
    if "\x00" in code:
        return ScreenReport(syntax_error="the code contains a NUL byte")
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        return ScreenReport(syntax_error=f"line {exc.lineno}: {exc.msg}")
    except (ValueError, RecursionError, MemoryError) as exc:
        return ScreenReport(syntax_error=f"cannot be parsed: {type(exc).__name__}")
    visitor = _Visitor()
    visitor.visit(tree)
    return ScreenReport(problems=visitor.problems)
