"""The engines as the panel reaches them: guarded imports and the context they see.

The engines (answer, code, structure, heads) are optional parts of the package:
a missing one gives a clear "not installed" message instead of an ImportError.
Free-text messages go through the same router as a plain ``%%matsci`` cell.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import MatsciError, UsageError
from ..structure_formats import FILE_NAMES, VIEWABLE_SUFFIXES

# engine package -> what it gives the panel
ENGINES = {
    "answer": "numeric answers with units and checks (/answer, /check)",
    "code": "pymatgen/ASE code, verified in a sandbox (/code)",
    "structure": "structure rendering and checks (/show, /check PATH)",
    "heads": "property heads trained on your data (/finetune)",
}
# what /check and /show can read (the one format table)
STRUCTURE_SUFFIXES = VIEWABLE_SUFFIXES
STRUCTURE_NAMES = FILE_NAMES


class EngineUnavailableError(MatsciError):
    """The engine a command needs is not part of this installation."""


def engine_function(engine: str, attr: str) -> Callable[..., Any]:
    """``matsci_jupyter.engines.<engine>.<attr>``, or :class:`EngineUnavailableError` saying why not."""
    module_name = f"matsci_jupyter.engines.{engine}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and (
            exc.name == module_name
            or module_name.startswith(exc.name + ".")
            or exc.name.startswith(module_name)
        ):
            raise EngineUnavailableError(
                f"the {engine} engine is not installed in this version of matsci-jupyter"
            ) from exc
        raise EngineUnavailableError(
            f"the {engine} engine needs the package {exc.name!r}: pip install it "
            "(or pip install 'matsci-jupyter[all]')"
        ) from exc
    except ImportError as exc:
        raise EngineUnavailableError(f"the {engine} engine failed to import: {exc}") from exc
    fn = getattr(module, attr, None)
    if not callable(fn):
        raise EngineUnavailableError(f"the {engine} engine has no {attr}() in this version")
    return fn


def engine_available(engine: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(f"matsci_jupyter.engines.{engine}") is not None
    except (ImportError, ValueError):
        return False


def routes() -> list[dict[str, str]]:
    """The free-text engines the router knows (name and description)."""
    from ..engines import router

    return [{"name": r.name, "description": r.description} for r in router.discover_routes()]


class PanelContext:
    """What an engine sees of the chat panel; mirrors the magic's context.

    Variables live in the notebook's kernel, not in the server: ``namespace`` is
    empty, and variable summaries the user attached are in ``attachments``.
    """

    shell = None
    cell: str | None = None

    def __init__(
        self,
        models: Any,
        *,
        attachments: list[dict[str, str]] | None = None,
        cwd: Path | None = None,
        progress: Callable[[str], None] | None = None,
        line: str = "",
    ) -> None:
        self._models = models
        self.attachments = list(attachments or [])
        self.cwd = cwd
        self.line = line
        self._progress = progress
        self.settings = models.settings

    @property
    def namespace(self) -> dict[str, Any]:
        return {}

    def model(self) -> Any:
        return self._models.current()

    def progress(self, message: str) -> None:
        if self._progress is not None:
            self._progress(message)

    @staticmethod
    def notice(title: str, message: str, *hints: str, level: str = "info") -> Any:
        from ..engines.base import Notice

        return Notice(title, message, list(hints), level=level)

    def parser_for(self, name: str) -> Any:
        raise UsageError("magic subcommands are not available from the chat panel")


def looks_like_structure_path(arg: str) -> bool:
    name = Path(arg).name
    return (
        "/" in arg
        or arg.lower().endswith(STRUCTURE_SUFFIXES)
        or name.upper().startswith(STRUCTURE_NAMES)
    )


def resolve_user_path(arg: str, base: Path, root: Path) -> Path:
    """``arg`` relative to the notebook's folder; refuses paths outside the server's folder."""
    arg = arg.strip().strip("'\"")
    path = (base / arg).resolve() if not Path(arg).is_absolute() else Path(arg).resolve()
    root = root.resolve()
    if not path.is_relative_to(root):
        raise UsageError(f"{arg!r} is outside the folder this Jupyter server serves")
    if not path.is_file():
        raise UsageError(
            f"no file {arg!r} next to the notebook ({base.relative_to(root) if base.is_relative_to(root) else base})"
        )
    return path
