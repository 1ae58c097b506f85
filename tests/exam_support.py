"""Loading the exam builders (tests/data/exam_items*.py) and the grader for the exam-set tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def load_module(name: str, path: Path) -> ModuleType:
    """Import the file at ``path`` as module ``name`` (registered in ``sys.modules``)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_exam_items(*item_modules: str) -> ModuleType:
    """A fresh ``exam_items`` with the named item modules run into its ``REGISTRY``.

    Every key is recomputed (with pint) from the items' formulas, as the builder does.
    """
    sys.path.insert(0, str(DATA))
    try:
        for name in ("exam_items", *item_modules):
            sys.modules.pop(name, None)
        items = load_module("exam_items", DATA / "exam_items.py")
        for name in item_modules:
            load_module(name, DATA / f"{name}.py")
        return items
    finally:
        sys.path.remove(str(DATA))
