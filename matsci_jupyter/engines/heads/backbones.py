"""What turns a composition into the vector the heads learn from.

- ``composition``: matminer composition features; works offline, no model needed.
- ``model``: mean-pooled hidden states of the loaded language model
  (``current_model().embed(texts)``) for a short text naming the composition.

Saved heads record their backbone; :func:`backbone_from_meta` rebuilds it and
says what does not match (another featurizer recipe or matminer version,
another model or embedding width).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ...errors import MatsciError, NoModelError
from .featurize import CompositionFeaturizer, default_featurizer

EMBED_TEMPLATE = "Chemical composition: {formula}"


class CompatibilityError(MatsciError):
    """Saved heads do not fit this installation or the loaded model; message: what differs."""


class CompositionBackbone:
    """matminer composition features (Magpie + stoichiometry + valence + ionic + fractions)."""

    name = "composition"

    def __init__(self, featurizer: CompositionFeaturizer | None = None) -> None:
        self.featurizer = featurizer or default_featurizer()

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "featurizer": self.featurizer.describe()}

    @property
    def label(self) -> str:
        return f"composition features ({len(self.featurizer.labels)}, matminer)"

    def features(
        self, compositions: Sequence[Any], progress: Callable[[int, int], None] | None = None
    ) -> np.ndarray:
        return self.featurizer.transform(compositions, progress=progress)

    def mismatches(self, meta: dict[str, Any]) -> list[str]:
        mine, theirs = self.featurizer.describe(), meta.get("featurizer", {})
        out = []
        for key in ("name", "recipe", "n_features", "matminer"):
            if theirs.get(key) != mine.get(key):
                out.append(
                    f"featurizer {key}: saved with {theirs.get(key)!r}, this installation has "
                    f"{mine.get(key)!r}"
                )
        return out


class ModelBackbone:
    """Embeddings of the loaded language model (mean-pooled last hidden states)."""

    name = "model"

    def __init__(self, model: Any = None) -> None:
        if model is None:
            from ...model import current_model

            model = current_model()
        if getattr(model, "kind", "none") == "none":
            raise NoModelError(
                "the 'model' backbone needs a loaded model (%matsci model load ...); "
                "use backbone='composition' to train offline"
            )
        if not getattr(model, "supports_embeddings", False):
            raise MatsciError(
                f"the {model.kind} backend cannot compute embeddings; use backbone='composition'"
            )
        self.model = model
        self._dim: int | None = None

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = int(np.asarray(self.model.embed(["H2O"])).shape[1])
        return self._dim

    @property
    def label(self) -> str:
        return f"embeddings of {self.model.name} ({self.dim})"

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "model": self.model.name,
            "dim": self.dim,
            "template": EMBED_TEMPLATE,
        }

    def features(
        self, compositions: Sequence[Any], progress: Callable[[int, int], None] | None = None
    ) -> np.ndarray:
        texts = [EMBED_TEMPLATE.format(formula=c.reduced_formula) for c in compositions]
        rows = []
        step = 64
        for start in range(0, len(texts), step):
            rows.append(np.asarray(self.model.embed(texts[start : start + step]), dtype=np.float32))
            if progress is not None:
                progress(min(start + step, len(texts)), len(texts))
        if not rows:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.concatenate(rows)

    def mismatches(self, meta: dict[str, Any]) -> list[str]:
        out = []
        if meta.get("model") != self.model.name:
            out.append(
                f"backbone model: saved with embeddings of {meta.get('model')!r}, the loaded "
                f"model is {self.model.name!r}"
            )
        elif meta.get("dim") != self.dim:
            out.append(f"embedding width: saved {meta.get('dim')}, loaded model gives {self.dim}")
        if meta.get("template", EMBED_TEMPLATE) != EMBED_TEMPLATE:
            out.append("embedding prompt template differs")
        return out


def make_backbone(spec: Any = "composition", model: Any = None) -> Any:
    """``'composition'``, ``'model'`` or a backbone object."""
    if not isinstance(spec, str):
        return spec
    if spec == "composition":
        return CompositionBackbone()
    if spec == "model":
        return ModelBackbone(model)
    raise MatsciError(f"unknown backbone {spec!r}; use 'composition' or 'model'")


def backbone_from_meta(
    meta: dict[str, Any], model: Any = None, strict: bool = True
) -> tuple[Any, list[str]]:
    """Rebuild a saved backbone; raise :class:`CompatibilityError` on mismatches when ``strict``."""
    name = meta.get("name")
    if name == "composition":
        backbone: Any = CompositionBackbone()
    elif name == "model":
        try:
            backbone = ModelBackbone(model)
        except MatsciError as exc:
            raise CompatibilityError(
                f"these heads were trained on embeddings of {meta.get('model')!r}: {exc}"
            ) from None
    else:
        raise CompatibilityError(f"unknown backbone {name!r} in saved heads")
    problems = backbone.mismatches(meta)
    if problems and strict:
        raise CompatibilityError(
            "saved heads do not match: "
            + "; ".join(problems)
            + " (load with strict=False to use them anyway)"
        )
    return backbone, problems
