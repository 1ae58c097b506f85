"""Saved heads: a folder with ``weights.safetensors``, ``trees/*.txt`` (LightGBM models, when
used) and ``metadata.json`` (backbone, featurizer and version, tasks, units, normalization,
metrics, training-data hash, a sha256 of every file).

Saving writes a hidden temporary folder next to the target and renames it into
place, so a Stop, a kernel interrupt or a crash mid-save never leaves a partial
model under the target name. Loading checks the format, the checksums and the
backbone, and says what does not match.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import time
import uuid
from pathlib import Path
from typing import Any

import numpy as np

from ..._version import __version__
from ...errors import MatsciError
from .backbones import CompatibilityError, backbone_from_meta
from .data import TaskSpec
from .learner_parts import unprefixed
from .learners import learner_class

FORMAT = "matsci-jupyter-heads"
FORMAT_VERSION = 1
METADATA = "metadata.json"
WEIGHTS = "weights.safetensors"
TREES = "trees"


class CorruptHeadsError(MatsciError):
    """A saved heads folder is incomplete or its files do not match their checksums."""


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def json_default(v: Any) -> Any:
    """JSON for what ``json.dumps`` cannot write: numpy scalars and arrays; else ``str(v)``."""
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, np.ndarray):
        return v.tolist()
    return str(v)


def save(heads: Any, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write ``heads`` (a :class:`~.heads.Heads`) to the folder ``path`` atomically.

    Returns the folder. This module never imports ``heads`` (no import cycle): it
    reads the heads' tasks, backbone, learners, metrics and training record.
    """
    from safetensors.numpy import save_file

    target = Path(path).expanduser()
    if target.exists():
        if not overwrite:
            raise MatsciError(
                f"{target} already exists; choose another name or pass overwrite=True"
            )
        if not (target / METADATA).is_file():
            raise MatsciError(
                f"{target} exists and is not a saved-heads folder; refusing to replace it"
            )
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.tmp-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        arrays: dict[str, np.ndarray] = {}
        learners_meta = []
        for i, learner in enumerate(heads.learners):
            arr, texts, meta = learner.export()
            for key, value in arr.items():
                arrays[f"learner{i}.{key}"] = np.ascontiguousarray(value)
            if texts:
                (tmp / TREES).mkdir(exist_ok=True)
                for key, text in texts.items():
                    (tmp / TREES / f"learner{i}.{key}.txt").write_text(text)
            learners_meta.append(meta)
        if arrays:
            save_file(arrays, str(tmp / WEIGHTS), metadata={"format": FORMAT})
        files = {}
        for file in sorted(p for p in tmp.rglob("*") if p.is_file()):
            _fsync(file)
            files[file.relative_to(tmp).as_posix()] = _sha256(file)
        meta = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "matsci_jupyter": __version__,
            "saved": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "name": heads.name or target.name,
            "input_column": heads.input_column,
            "backbone": heads.backbone.describe(),
            "tasks": [t.as_dict() for t in heads.tasks],
            "learners": learners_meta,
            "metrics": heads.metrics,
            "training": heads.training,
            "files": files,
            "libraries": _library_versions(),
        }
        (tmp / METADATA).write_text(json.dumps(meta, indent=2, default=json_default))
        _fsync(tmp / METADATA)
        if target.exists():
            old = target.parent / f".{target.name}.old-{uuid.uuid4().hex[:8]}"
            os.rename(target, old)
            os.rename(tmp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    heads.path = str(target)
    if heads.name is None:
        heads.name = target.name
    from . import session

    session.remember(heads, name=target.name)
    return target


def _library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("torch", "lightgbm", "matminer", "pymatgen"):
        with contextlib.suppress(PackageNotFoundError):
            out[name] = version(name)
    return out


def read_metadata(path: str | os.PathLike[str]) -> dict[str, Any]:
    folder = Path(path).expanduser()
    if not folder.is_dir():
        raise MatsciError(f"no saved heads at {folder} (not a folder)")
    meta_path = folder / METADATA
    if not meta_path.is_file():
        raise CorruptHeadsError(
            f"{folder} is not a saved-heads folder: {METADATA} is missing "
            "(an interrupted save leaves a hidden .tmp folder, never this)"
        )
    try:
        meta = json.loads(meta_path.read_text())
    except (OSError, ValueError) as exc:
        raise CorruptHeadsError(f"{meta_path} cannot be read: {exc}") from None
    if meta.get("format") != FORMAT:
        raise CorruptHeadsError(f"{meta_path} is not matsci-jupyter heads metadata")
    if int(meta.get("format_version", 0)) > FORMAT_VERSION:
        raise CompatibilityError(
            f"{folder} was saved by a newer matsci-jupyter "
            f"({meta.get('matsci_jupyter')}); upgrade to load it"
        )
    return meta


def read(path: str | os.PathLike[str], *, strict: bool = True, model: Any = None) -> dict[str, Any]:
    """The parts of saved heads, checked (``Heads(**parts)`` rebuilds them; use
    :func:`~.heads.load`). Raises with the list of mismatches when they do not fit
    (``strict``)."""
    from safetensors.numpy import load_file

    folder = Path(path).expanduser()
    meta = read_metadata(folder)
    for rel, digest in meta.get("files", {}).items():
        file = folder / rel
        if not file.is_file():
            raise CorruptHeadsError(f"{folder}: {rel} is missing")
        if _sha256(file) != digest:
            raise CorruptHeadsError(
                f"{folder}: {rel} does not match its checksum (changed or damaged)"
            )
    backbone, problems = backbone_from_meta(meta["backbone"], model=model, strict=strict)
    arrays = load_file(str(folder / WEIGHTS)) if (folder / WEIGHTS).is_file() else {}
    tasks = [TaskSpec.from_dict(t) for t in meta["tasks"]]
    learners = []
    for i, lmeta in enumerate(meta["learners"]):
        try:
            cls = learner_class(str(lmeta.get("kind")))
        except MatsciError:
            raise CompatibilityError(
                f"unknown learner kind {lmeta.get('kind')!r} in {folder}"
            ) from None
        prefix = f"learner{i}."
        arr = unprefixed(arrays, prefix)
        texts = {}
        if (folder / TREES).is_dir():
            for file in (folder / TREES).glob(f"learner{i}.*.txt"):
                texts[file.name[len(prefix) : -4]] = file.read_text()
        n_features = meta["backbone"].get("featurizer", {}).get("n_features") or meta[
            "backbone"
        ].get("dim")
        if "scaler.mean" in arr and n_features and len(arr["scaler.mean"]) != n_features:
            raise CorruptHeadsError(
                f"{folder}: weights expect {len(arr['scaler.mean'])} features, "
                f"metadata says {n_features}"
            )
        try:
            learners.append(cls.restore(arr, texts, lmeta, tasks))
        except (KeyError, ValueError, RuntimeError) as exc:
            raise CorruptHeadsError(
                f"{folder}: learner {i} ({lmeta.get('kind')}) cannot be rebuilt: {exc}"
            ) from None
    training = meta.get("training", {})
    if problems:
        training = {**training, "load_warnings": problems}
    return {
        "tasks": tasks,
        "backbone": backbone,
        "learners": learners,
        "input_column": meta.get("input_column", "composition"),
        "metrics": meta.get("metrics", {}),
        "training": training,
        "name": meta.get("name"),
        "path": str(folder),
    }
