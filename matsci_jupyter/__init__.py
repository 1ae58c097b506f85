"""matsci-jupyter: a materials-science language model inside the notebook.

The model proposes, tools verify. Importing this package is cheap: every public
name below is resolved on first use, so ``%load_ext matsci_jupyter`` never
imports torch, transformers or pymatgen.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

# public name -> "module:attribute" (relative to this package)
_LAZY_EXPORTS: dict[str, str] = {
    # model layer
    "load_model": ".model:load_model",
    "connect_model": ".model:connect_model",
    "current_model": ".model:current_model",
    # engines: numbers, code, structures, heads (each resolves when its engine lands)
    "answer": ".engines.answer:answer",
    "check_answer": ".engines.answer:check_answer",
    "generate_code": ".engines.code:generate_code",
    "view": ".engines.structure:view",
    "check_structure": ".engines.structure:check_structure",
    "FineTuner": ".widgets.finetune:FineTuner",
    "heads": ".engines.heads:__self__",
}

__all__ = ["__version__", "load_ipython_extension", "unload_ipython_extension", *_LAZY_EXPORTS]

if TYPE_CHECKING:  # pragma: no cover - the same names as _LAZY_EXPORTS (tests/test_imports.py)
    from .engines import heads as heads
    from .engines.answer import answer as answer
    from .engines.answer import check_answer as check_answer
    from .engines.code import generate_code as generate_code
    from .engines.structure import check_structure as check_structure
    from .engines.structure.viewer import view as view
    from .model import connect_model as connect_model
    from .model import current_model as current_model
    from .model import load_model as load_model
    from .widgets.finetune import FineTuner as FineTuner


def __getattr__(name: str) -> Any:
    target = _LAZY_EXPORTS.get(name)
    if target is None:
        raise AttributeError(f"module 'matsci_jupyter' has no attribute {name!r}")
    module_name, attr = target.split(":")
    try:
        module = importlib.import_module(module_name, __name__)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith(__name__):
            raise AttributeError(
                f"matsci_jupyter.{name} is not available in this version "
                f"({module_name.lstrip('.')} has not landed yet)"
            ) from exc
        raise
    value = module if attr == "__self__" else getattr(module, attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


def load_ipython_extension(ipython: Any) -> None:
    """Register ``%%matsci`` / ``%matsci`` in an IPython shell."""
    from .magics import load_ipython_extension as _load

    _load(ipython)


def unload_ipython_extension(ipython: Any) -> None:
    from .magics import unload_ipython_extension as _unload

    _unload(ipython)


def _jupyter_labextension_paths() -> list[dict[str, str]]:
    return [{"src": "labextension", "dest": "matsci-jupyter"}]


def _jupyter_server_extension_points() -> list[dict[str, Any]]:
    from .server.jupyter import MatsciExtension  # imported by jupyter_server only

    return [{"module": "matsci_jupyter.server.jupyter", "app": MatsciExtension}]
