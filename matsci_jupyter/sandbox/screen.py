"""Static screen of Python source: what the sandbox refuses before running anything."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

FORBIDDEN_MODULES = {
    "subprocess": "starts other programs",
    "socket": "opens network connections",
    "ssl": "opens network connections",
    "urllib": "reaches the network",
    "http": "reaches the network",
    "requests": "reaches the network",
    "httpx": "reaches the network",
    "aiohttp": "reaches the network",
    "ftplib": "reaches the network",
    "smtplib": "reaches the network",
    "telnetlib": "reaches the network",
    "paramiko": "reaches the network",
    "mp_api": "queries the Materials Project over the network",
    "pymatgen.ext": "queries online databases",
    "ctypes": "calls native code directly",
    "multiprocessing": "starts other processes",
    "pty": "starts other programs",
    "importlib": "imports code dynamically",
    "builtins": "rebinds built-in functions",
}
FORBIDDEN_CALLS = {
    "eval": "evaluates code from a string",
    "exec": "executes code from a string",
    "compile": "compiles code from a string",
    "__import__": "imports modules dynamically",
    "breakpoint": "stops for a debugger",
    "input": "waits for keyboard input",
}
FORBIDDEN_ATTR_CALLS = {
    ("os", "system"): "starts a shell",
    ("os", "popen"): "starts a shell",
    ("os", "fork"): "starts processes",
    ("os", "kill"): "signals other processes",
    ("os", "chdir"): "leaves the scratch folder",
    ("shutil", "rmtree"): "deletes directory trees",
    ("shutil", "move"): "moves files",
    ("shutil", "chown"): "changes file owners",
}
OS_PREFIXES = ("exec", "spawn", "posix_spawn")
FILE_DELETERS = {("os", "remove"), ("os", "unlink"), ("os", "rmdir"), ("os", "removedirs"),
                 ("os", "rename"), ("os", "replace")}
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


def _unsafe_path(node: ast.AST) -> str | None:
    """Why a literal path points outside the scratch folder, or None when it does not (or is unknown)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        p = node.value
        if p.startswith(("/", "~")) or ".." in p.replace("\\", "/").split("/"):
            return f"path {p!r} is outside the scratch folder"
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
                alias.name if alias.asname else alias.name.split(".")[0])
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        self._check_module(node, module)
        for alias in node.names:
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
        if isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
            if self.aliases.get(node.func.id) is None:
                self.flag(node, f"calls {node.func.id}() ({FORBIDDEN_CALLS[node.func.id]})")
        resolved = self._resolve(name) if name else None
        if resolved:
            mod, attr = resolved
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
                    self.flag(node, f"calls os.{attr}() on a computed path (only literal paths "
                                    "inside the scratch folder may be removed or renamed)")
        if isinstance(node.func, ast.Name) and node.func.id == "open" or name in ("io.open",):
            self._check_open(node)
        if isinstance(node.func, ast.Attribute) and node.func.attr in (
                "write_text", "write_bytes", "unlink", "rmdir", "rename", "replace"):
            target = node.func.value
            if isinstance(target, ast.Call) and _dotted(target.func) in ("Path", "pathlib.Path"):
                for arg in target.args[:1]:
                    why = _unsafe_path(arg)
                    if why:
                        self.flag(node, f".{node.func.attr}() on a {why}")
        self.generic_visit(node)

    def _check_open(self, node: ast.Call) -> None:
        mode = None
        if len(node.args) >= 2 and isinstance(node.args[1], ast.Constant):
            mode = node.args[1].value
        for kw in node.keywords:
            if kw.arg == "mode" and isinstance(kw.value, ast.Constant):
                mode = kw.value.value
        if isinstance(mode, str) and WRITE_MODES & set(mode) and node.args:
            why = _unsafe_path(node.args[0])
            if why:
                self.flag(node, f"writes a file: {why}")

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in ("__builtins__", "__loader__", "__spec__"):
            self.flag(node, f"uses {node.id} (escapes the sandbox)")
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr in ("__subclasses__", "__globals__", "__builtins__", "__code__"):
            self.flag(node, f"uses {node.attr} (escapes the sandbox)")
        self.generic_visit(node)


def screen(code: str) -> ScreenReport:
    """Read ``code`` without running it and list what the sandbox forbids."""
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        return ScreenReport(syntax_error=f"line {exc.lineno}: {exc.msg}")
    visitor = _Visitor()
    visitor.visit(tree)
    return ScreenReport(problems=visitor.problems)
