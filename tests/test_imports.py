"""Loading the extension stays cheap: no torch, transformers or pymatgen at import."""

from __future__ import annotations

import subprocess
import sys

import pytest

import matsci_jupyter

HEAVY = (
    "torch",
    "transformers",
    "pymatgen",
    "bitsandbytes",
    "plotly",
    "sympy",
    "openai",
    "fastapi",
)


def test_import_and_load_ext_import_nothing_heavy():
    code = (
        "import sys, time\n"
        "t = time.perf_counter()\n"
        "import matsci_jupyter\n"
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "ip = InteractiveShell.instance()\n"
        "ip.run_line_magic('load_ext', 'matsci_jupyter')\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
        "print('matsci' in ip.magics_manager.magics['cell'], 'matsci' in ip.magics_manager.magics['line'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    heavy_loaded, magics = out.stdout.splitlines()[-2:]
    assert heavy_loaded == ""
    assert magics == "True True"


def test_help_does_not_import_heavy_modules():
    code = (
        "import sys\n"
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "ip = InteractiveShell.instance()\n"
        "ip.run_line_magic('load_ext', 'matsci_jupyter')\n"
        "ip.run_line_magic('matsci', 'help')\n"
        "ip.run_line_magic('matsci', 'model status')\n"
        "print(','.join(m for m in ('torch', 'transformers', 'bitsandbytes') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-1] == ""


def test_lazy_exports_resolve():
    assert callable(matsci_jupyter.load_model)
    assert callable(matsci_jupyter.connect_model)
    assert matsci_jupyter.current_model().kind == "none"


def test_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'does_not_exist'"):
        matsci_jupyter.does_not_exist  # noqa: B018


def test_lazy_exports_and_type_checking_imports_list_the_same_names():
    """Type checkers and IDEs see exactly the names that resolve lazily at run time."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(matsci_jupyter.__file__).read_text(encoding="utf-8"))
    typed: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom), ast.dump(stmt)
                for alias in stmt.names:
                    typed[alias.asname or alias.name] = f"{'.' * stmt.level}{stmt.module}"
    lazy = matsci_jupyter._LAZY_EXPORTS
    assert sorted(typed) == sorted(lazy)
    for name, target in lazy.items():  # and they name the same modules
        module, attr = target.split(":")
        if attr == "__self__":
            assert f"{typed[name]}.{name}" == module, name
        else:
            assert module == typed[name] or typed[name].startswith(module + "."), name
    assert set(lazy) <= set(matsci_jupyter.__all__)


def test_the_kernel_side_and_the_server_side_do_not_import_each_other():
    """magics (kernel) and server (jupyter_server) meet only in the neutral command table."""
    import ast
    from pathlib import Path

    package = Path(matsci_jupyter.__file__).parent

    def imported(folder: str) -> set[str]:
        names: set[str] = set()
        for path in (package / folder).rglob("*.py"):
            module = ".".join(path.relative_to(package.parent).with_suffix("").parts)
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom):
                    base = module.split(".")[: -node.level] if node.level else []
                    names.add(".".join([*base, node.module or ""]))
                elif isinstance(node, ast.Import):
                    names.update(a.name for a in node.names)
        return names

    def reaches(names: set[str], side: str) -> list[str]:
        return sorted(n for n in names if n.startswith(f"matsci_jupyter.{side}"))

    assert reaches(imported("server"), "magics") == []
    assert reaches(imported("magics"), "server") == []
    assert reaches(imported("commands"), "magics") == reaches(imported("commands"), "server") == []
