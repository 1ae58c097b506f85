"""Property heads: learn several material properties at once from your own table.

>>> from matsci_jupyter import heads
>>> h = heads.train(df, input="formula", targets=["gap", "is_metal"])
>>> h.predict(["GaAs", "Cu"])          # DataFrame, one column per task
>>> h.save("my-heads"); h2 = heads.load("my-heads")
>>> heads.predict(["ZnO"])             # with the latest trained or loaded heads

Composition features (matminer) work offline; ``backbone="model"`` uses the
loaded language model's embeddings. See :func:`train` for the options.
"""

from __future__ import annotations

from typing import Any

from ...errors import MatsciError
from .auto import AutoConfig
from .backbones import CompatibilityError
from .boosted import BoostConfig
from .data import DataError, TaskSpec
from .featurize import InputError
from .forest import ForestConfig
from .heads import Heads, load
from .learners import Learner, register_learner
from .model import NetConfig
from .store import CorruptHeadsError
from .train import TrainingEvent, TrainSettings, train


def resolve(heads: Any = None, namespace: dict[str, Any] | None = None) -> Heads:
    """Heads from an object, a variable name, a name used when saving/loading, or a folder."""
    from pathlib import Path

    from . import session

    if isinstance(heads, Heads):
        return heads
    if heads is None:
        current = session.current()
        if current is None:
            raise MatsciError(
                "no property heads yet: train some (heads.train(...) or FineTuner(df)) "
                "or load saved ones (heads.load(folder))"
            )
        return current
    if isinstance(heads, str):
        if namespace and isinstance(namespace.get(heads), Heads):
            return namespace[heads]
        known = session.named(heads)
        if known is not None:
            return known
        if Path(heads).expanduser().is_dir():
            return load(heads)
        raise MatsciError(
            f"no heads called {heads!r}: not a variable holding heads, not a name "
            "saved or loaded in this session, not a folder"
        )
    raise MatsciError(f"expected heads, a name or a folder, got {type(heads).__name__}")


def demo_table() -> Any:
    """400 rows of matbench expt_gap with expt_is_metal labels (MIT; shipped with the package:
    see ``demo_data/README.md``): columns mbid, composition, gap expt (eV), is_metal."""
    from importlib.resources import files

    import pandas as pd

    with (files(__package__) / "demo_data" / "matbench_expt_gap_demo.csv").open() as fh:
        return pd.read_csv(fh)


def predict(inputs: Any, heads: Any = None, **kwargs: Any) -> Any:
    """Predict every task of ``heads`` (default: the latest trained or loaded) for ``inputs``.

    ``inputs``: formulas, structures, CIF text, or a DataFrame. Returns a DataFrame.
    """
    return resolve(heads).predict(inputs, **kwargs)


__all__ = [
    "AutoConfig",
    "BoostConfig",
    "CompatibilityError",
    "CorruptHeadsError",
    "DataError",
    "ForestConfig",
    "Heads",
    "InputError",
    "Learner",
    "NetConfig",
    "TaskSpec",
    "TrainSettings",
    "TrainingEvent",
    "demo_table",
    "load",
    "predict",
    "register_learner",
    "resolve",
    "train",
]
