"""Attention over the elements of a composition (CrabNet-style), in torch, per task.

A composition is read as a set of (element, fraction) tokens, taken from the
element-fraction block of the feature table (``fraction: Fe`` ...). A token's
vector is the sum of a learned element embedding, a linear map of the element's
Magpie properties (matminer's element table, standardized; no mat2vec) and an
encoding of its fraction (the fraction and its log). A small transformer encoder
lets the elements of a composition attend to each other; the fraction-weighted
mean and the max of the tokens (plus, optionally, a projection of the other
composition features) feed a head: a logit for yes/no models, a value for
regressors (trained on the standardized target with an absolute-error loss).

Each task part ('j.gate', 'j.value') gets its own network, fitted for a fixed
number of epochs (one-cycle learning rate). The Stop event is checked after
every epoch: an unfinished network is dropped, never kept half-trained.
Saved heads store the weights as plain arrays (no pickle).
"""

from __future__ import annotations

import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ...errors import MatsciError
from .data import TaskSpec
from .learner_parts import (
    export_header,
    prefixed,
    saved_links,
    state_arrays,
    state_tensors,
    task_outputs,
    unprefixed,
)
from .learners import (
    Job,
    Link,
    Settings,
    StopTraining,
    feature_columns,
    find_links,
    fit_jobs,
    fit_outcome,
    keep_task_models,
    task_jobs,
)

ELEMENT_PROPERTIES = (
    "Number",
    "MendeleevNumber",
    "AtomicWeight",
    "MeltingT",
    "Column",
    "Row",
    "CovalentRadius",
    "Electronegativity",
    "NsValence",
    "NpValence",
    "NdValence",
    "NfValence",
    "NValence",
    "NsUnfilled",
    "NpUnfilled",
    "NdUnfilled",
    "NfUnfilled",
    "NUnfilled",
    "GSvolume_pa",
    "GSbandgap",
    "GSmagmom",
    "SpaceGroupNumber",
)
"""Magpie element properties given to the element tokens (units as in matminer's table)."""
MAX_TOKENS = 12
"""Elements per composition the network reads (the largest fractions); more are rare. The
network reads a set, so a composition may have more elements than any training row."""
FEATURE_CLIP = 6.0
"""Standardized side features are clipped to ±this many standard deviations."""


@dataclass
class AttentionConfig(Settings):
    """Network size and training. ``use_features``: also feed the non-fraction features."""

    width: int = 64
    layers: int = 2
    heads: int = 4
    epochs: int = 60
    learning_rate: float = 3e-3
    batch_size: int = 128
    weight_decay: float = 1e-4
    dropout: float = 0.1
    use_features: bool = True
    threads: int = 1


def element_property_table(symbols: list[str]) -> np.ndarray:
    """(len(symbols), len(ELEMENT_PROPERTIES)) standardized Magpie properties; 0 where unknown."""
    from matminer.utils.data import MagpieData

    data = MagpieData().all_elemental_props
    table = np.full((len(symbols), len(ELEMENT_PROPERTIES)), np.nan)
    for i, sym in enumerate(symbols):
        for j, prop in enumerate(ELEMENT_PROPERTIES):
            value = data.get(prop, {}).get(sym)
            if value is not None:
                table[i, j] = float(value)
    with np.errstate(all="ignore"):
        mean, std = np.nanmean(table, 0), np.nanstd(table, 0)
    table = (table - np.nan_to_num(mean)) / np.where(np.isfinite(std) & (std > 0), std, 1.0)
    return np.nan_to_num(table).astype(np.float32)


def _network(props: np.ndarray, n_side: int, cfg: AttentionConfig) -> Any:
    import torch
    from torch import nn

    d = cfg.width

    class ElementAttention(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.register_buffer("props", torch.tensor(props))
            self.embed = nn.Embedding(len(props) + 1, d, padding_idx=0)
            self.prop = nn.Linear(props.shape[1], d)
            self.frac = nn.Sequential(nn.Linear(2, d), nn.SiLU(), nn.Linear(d, d))
            layer = nn.TransformerEncoderLayer(
                d, cfg.heads, 2 * d, dropout=cfg.dropout, batch_first=True
            )
            self.encoder = nn.TransformerEncoder(layer, cfg.layers, enable_nested_tensor=False)
            self.side = (
                nn.Sequential(
                    nn.Linear(n_side, 2 * d),
                    nn.SiLU(),
                    nn.Dropout(2 * cfg.dropout),
                    nn.Linear(2 * d, d),
                )
                if n_side
                else None
            )
            width = 3 * d if n_side else 2 * d
            self.head = nn.Sequential(
                nn.Linear(width, d), nn.SiLU(), nn.Dropout(cfg.dropout), nn.Linear(d, 1)
            )

        def forward(self, tokens: Any, fractions: Any, side: Any) -> Any:
            blank = tokens == 0
            pad = blank.clone()
            pad[:, 0] &= ~blank.all(1)  # a row with no element (features missing): one blank token
            props = self.props[(tokens - 1).clamp_min(0)] * (~blank).unsqueeze(-1)
            enc = torch.stack([fractions, torch.log(fractions.clamp_min(1e-4)) / 5], -1)
            h = self.embed(tokens) + self.prop(props) + self.frac(enc)
            h = self.encoder(h, src_key_padding_mask=pad)
            w = fractions.unsqueeze(-1)
            mean = (h * w).sum(1) / w.sum(1).clamp_min(1e-6)
            peak = h.masked_fill(pad.unsqueeze(-1), -1e4).max(1).values
            parts = [mean, peak]
            if self.side is not None:
                parts.append(self.side(side))
            return self.head(torch.cat(parts, -1)).squeeze(-1)

    return ElementAttention()


@dataclass
class AttentionLearner:
    """Per-task element-attention networks; ``members`` networks with different seeds."""

    config: AttentionConfig = field(default_factory=AttentionConfig)
    members: int = 1
    kind: str = "attn"
    tasks: list[TaskSpec] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    fraction_cols: np.ndarray | None = None
    side_cols: np.ndarray | None = None
    props: np.ndarray | None = None
    side_mean: np.ndarray | None = None
    side_std: np.ndarray | None = None
    models: dict[str, list[Any]] = field(default_factory=dict)
    scales: dict[str, tuple[float, float]] = field(default_factory=dict)

    # -- inputs -------------------------------------------------------------------
    def _prepare(self, x: np.ndarray, feature_labels: list[str] | None) -> None:
        try:
            cols = feature_columns(feature_labels, ["fraction"])
        except MatsciError:
            cols = None
        if cols is None or feature_labels is None:
            raise MatsciError(
                "the attention learner reads compositions from the element-fraction features "
                "('fraction: Fe' ...); these features have no such labels"
            )
        self.fraction_cols = cols
        symbols = [feature_labels[i].split(": ", 1)[1] for i in cols]
        self.props = element_property_table(symbols)
        if self.config.use_features:
            side = np.setdiff1d(np.arange(x.shape[1]), cols)
            block = np.asarray(x[:, side], dtype=np.float64)
            with warnings.catch_warnings():  # all-NaN columns: dropped just below
                warnings.simplefilter("ignore", RuntimeWarning)
                mean, std = np.nanmean(block, 0), np.nanstd(block, 0)
            keep = np.isfinite(mean) & np.isfinite(std) & (std > 0)
            self.side_cols = side[keep]
            self.side_mean, self.side_std = mean[keep], std[keep]

    def _inputs(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(element ids 1.., fractions, standardized side features) per row."""
        assert self.fraction_cols is not None
        frac = np.nan_to_num(np.asarray(x[:, self.fraction_cols], dtype=np.float64))
        frac = np.clip(frac, 0.0, None)
        tokens = int(min(MAX_TOKENS, max(1, (frac > 0).sum(1).max(initial=1))))
        order = np.argsort(-frac, axis=1, kind="stable")[:, :tokens]
        top = np.take_along_axis(frac, order, 1)
        ids = np.where(top > 0, order + 1, 0)
        total = top.sum(1, keepdims=True)
        top = np.where(total > 0, top / np.where(total > 0, total, 1.0), 0.0)
        if self.side_cols is not None and len(self.side_cols):
            z = (
                np.asarray(x[:, self.side_cols], dtype=np.float64) - self.side_mean
            ) / self.side_std
            side = np.clip(np.nan_to_num(z), -FEATURE_CLIP, FEATURE_CLIP)
        else:
            side = np.zeros((len(x), 0))
        return ids.astype(np.int64), top.astype(np.float32), side.astype(np.float32)

    def _n_side(self) -> int:
        return 0 if self.side_cols is None else len(self.side_cols)

    # -- training -------------------------------------------------------------------
    def _fit_one(self, job: Job, member: int, seed: int, stop: threading.Event | None) -> Any:
        import torch

        cfg = self.config
        torch.manual_seed(seed + 7919 * member)
        assert self.props is not None
        net = _network(self.props, self._n_side(), cfg)
        ids, frac, side = (torch.tensor(a) for a in self._inputs(job.x))
        y = np.asarray(job.y, dtype=np.float64)
        if job.binary:
            target = torch.tensor(y, dtype=torch.float32)
            loss_fn: Any = torch.nn.BCEWithLogitsLoss()
        else:
            mu, sd = float(np.mean(y)), float(np.std(y)) or 1.0
            self.scales[job.key] = (mu, sd)
            target = torch.tensor((y - mu) / sd, dtype=torch.float32)
            loss_fn = torch.nn.L1Loss()
        n = len(y)
        batches = max(1, -(-n // cfg.batch_size))
        opt = torch.optim.AdamW(net.parameters(), cfg.learning_rate, weight_decay=cfg.weight_decay)
        sched = torch.optim.lr_scheduler.OneCycleLR(
            opt, cfg.learning_rate, total_steps=cfg.epochs * batches
        )
        gen = torch.Generator().manual_seed(seed + member)
        for _ in range(cfg.epochs):
            net.train()
            perm = torch.randperm(n, generator=gen)
            for b in range(batches):
                idx = perm[b * cfg.batch_size : (b + 1) * cfg.batch_size]
                opt.zero_grad()
                loss = loss_fn(net(ids[idx], frac[idx], side[idx]), target[idx])
                loss.backward()
                opt.step()
                sched.step()
            if stop is not None and stop.is_set():
                raise StopTraining
        net.eval()
        return net

    def fit(
        self,
        x_tr: np.ndarray,
        y_tr: np.ndarray,
        x_va: np.ndarray | None,
        y_va: np.ndarray | None,
        tasks: list[TaskSpec],
        *,
        seed: int = 0,
        on_epoch: Callable[[Any], None] | None = None,
        stop: threading.Event | None = None,
        feature_labels: list[str] | None = None,
    ) -> dict[str, Any]:
        import torch

        self.tasks = list(tasks)
        self.links = find_links(y_tr, tasks)
        self._prepare(x_tr, feature_labels)
        jobs = task_jobs(x_tr, y_tr, None, None, self.tasks, self.links)
        t0 = time.perf_counter()
        threads = torch.get_num_threads()
        torch.set_num_threads(max(1, int(self.config.threads)))
        try:
            self.models, stopped, incomplete = fit_jobs(
                jobs, self.members, lambda job, m: self._fit_one(job, m, seed, stop), stop
            )
        finally:
            torch.set_num_threads(threads)
        for key in list(self.scales):
            if key not in self.models:
                del self.scales[key]
        return fit_outcome(stopped, incomplete, sum(len(j.x) for j in jobs), t0)

    def keep_tasks(self, keep: list[int]) -> None:
        scales, _, _ = keep_task_models(
            {k: [v] for k, v in self.scales.items()}, [], self.tasks, keep
        )
        self.scales = {k: v[0] for k, v in scales.items()}
        self.models, self.links, self.tasks = keep_task_models(
            self.models, self.links, self.tasks, keep
        )

    def predict(self, x: np.ndarray) -> list[dict[str, np.ndarray]]:
        """Per task: 'prob' / 'p_zero' / 'value' arrays of shape (members, n)."""
        import torch

        inputs = [torch.tensor(a) for a in self._inputs(x)]

        def output(key: str, net: Any) -> np.ndarray:
            raw = net(*inputs).double().numpy()
            if key.endswith(".gate"):
                return 1.0 / (1.0 + np.exp(-raw))
            mu, sd = self.scales[key]
            return raw * sd + mu

        with torch.no_grad():
            return task_outputs(self.tasks, self.models, output)

    components = predict

    # -- persistence ------------------------------------------------------------
    def export(self) -> tuple[dict[str, np.ndarray], dict[str, str], dict[str, Any]]:
        arrays: dict[str, np.ndarray] = {}
        assert self.fraction_cols is not None and self.props is not None
        arrays["fraction_cols"] = np.asarray(self.fraction_cols, dtype=np.int64)
        arrays["props"] = np.asarray(self.props, dtype=np.float32)
        if self.side_cols is not None:
            arrays["side_cols"] = np.asarray(self.side_cols, dtype=np.int64)
            arrays["side_mean"] = np.asarray(self.side_mean, dtype=np.float64)
            arrays["side_std"] = np.asarray(self.side_std, dtype=np.float64)
        for key, nets in self.models.items():
            for m, net in enumerate(nets):
                arrays.update(prefixed(state_arrays(net.state_dict()), f"{key}.{m}."))
        meta = {
            **export_header(self.kind, self.config, self.members, self.links),
            "models": {key: len(nets) for key, nets in self.models.items()},
            "scales": {k: list(v) for k, v in self.scales.items()},
        }
        return arrays, {}, meta

    @classmethod
    def restore(
        cls,
        arrays: dict[str, np.ndarray],
        texts: dict[str, str],
        meta: dict[str, Any],
        tasks: list[TaskSpec],
    ) -> AttentionLearner:
        learner = cls(AttentionConfig.from_dict(meta["config"]), members=int(meta["members"]))
        learner.tasks = list(tasks)
        learner.links = saved_links(meta)
        learner.fraction_cols = arrays["fraction_cols"]
        learner.props = arrays["props"]
        if "side_cols" in arrays:
            learner.side_cols = arrays["side_cols"]
            learner.side_mean, learner.side_std = arrays["side_mean"], arrays["side_std"]
        learner.scales = {k: (float(v[0]), float(v[1])) for k, v in meta["scales"].items()}
        for key, count in meta["models"].items():
            nets = []
            for m in range(int(count)):
                net = _network(learner.props, learner._n_side(), learner.config)
                net.load_state_dict(state_tensors(unprefixed(arrays, f"{key}.{m}.")))
                net.eval()
                nets.append(net)
            learner.models[key] = nets
        return learner


__all__ = ["ELEMENT_PROPERTIES", "AttentionConfig", "AttentionLearner", "element_property_table"]
