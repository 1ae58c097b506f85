"""QLoRA: fine-tune the 4-bit language model itself together with multi-task heads.

LoRA adapters (peft) on the attention projections of the NF4 model and a small
multi-task head on its mean-pooled last hidden states are trained together
with a masked loss (NaN = no label for that task): standardized MSE for
regression, BCE-with-logits for classification, weighted per task. Progress is
reported per step with an ETA; each epoch ends with a validation pass on held-out
compositions, and the best state (adapters + heads) is kept; a ``stop`` event or
Ctrl-C ends training early with that best state.

Trap B (shared NOTES): on AVX512-BF16 CPUs a 4-bit model that ran inference has
repacked weights that give silently wrong gradients. Training therefore always
uses its own instance loaded with ``for_training=True`` (repacking off), never
the chat model of the session.

Saved folder: ``adapter/`` (peft's format: adapter_config.json +
adapter_model.safetensors), ``heads.safetensors`` (head weights, target scaling)
and ``qlora.json`` (tasks, base model identity, LoRA settings, versions,
metrics); :func:`load` checks the base model against it before predicting.
"""

from __future__ import annotations

import contextlib
import json
import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ...errors import MatsciError
from .backbones import EMBED_TEMPLATE, CompatibilityError
from .data import DEFAULT_MAX_ROWS, TaskSpec, TrainingData, prepare
from .metrics import classification_metrics, regression_metrics
from .netfit import EpochReport

FORMAT = "matsci-qlora-heads/1"
DEFAULT_MODEL = "smollm2-135m"


@dataclass
class QLoRAConfig:
    """LoRA and optimisation settings. Learning rates per parameter group."""

    model: str = DEFAULT_MODEL
    r: int = 8
    alpha: int = 16
    dropout: float = 0.05
    target_modules: list[str] = field(default_factory=lambda: ["q_proj", "v_proj"])
    epochs: int = 2
    batch_size: int = 16
    max_length: int = 24
    lora_learning_rate: float = 5e-4
    head_learning_rate: float = 2e-3
    head_hidden: int = 128
    validation: float = 0.15
    seed: int = 0
    max_steps: int | None = None

    def __post_init__(self) -> None:
        if self.r < 1 or self.r > 256:
            raise MatsciError(f"LoRA rank r must be between 1 and 256, got {self.r}")
        if self.epochs < 1:
            raise MatsciError(f"epochs must be >= 1, got {self.epochs}")
        if self.batch_size < 1:
            raise MatsciError(f"batch_size must be >= 1, got {self.batch_size}")
        if not 0.0 <= self.validation < 1.0:
            raise MatsciError(f"validation must be in [0, 1), got {self.validation}")


@dataclass
class StepEvent:
    """Progress of one optimisation step (``TrainingEvent``-compatible fields)."""

    stage: str
    fraction: float
    message: str
    epoch: EpochReport | None = None
    heads: Any = None
    step: int = 0
    steps: int = 0
    loss: float = math.nan
    eta_seconds: float = math.nan


def _fmt_eta(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "?"
    seconds = round(seconds)
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


# -- the trainable network ---------------------------------------------------
def _head(hidden_size: int, width: int, n_tasks: int) -> Any:
    import torch

    return torch.nn.Sequential(
        torch.nn.LayerNorm(hidden_size),
        torch.nn.Linear(hidden_size, width),
        torch.nn.GELU(),
        torch.nn.Linear(width, n_tasks),
    )


def _pooled(backbone: Any, enc: dict[str, Any]) -> Any:
    """Mean of the last hidden states over real tokens, float32, shape (batch, hidden)."""
    out = backbone(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"])
    hidden = out.last_hidden_state.float()
    mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)


def _inner_backbone(peft_model: Any) -> Any:
    """The decoder stack without the LM head (LoRA layers are injected in place)."""
    base = peft_model.get_base_model()
    return base.get_decoder() if hasattr(base, "get_decoder") else base.model


def _texts(compositions: Sequence[Any]) -> list[str]:
    return [EMBED_TEMPLATE.format(formula=c.reduced_formula) for c in compositions]


class _Scaler:
    """Per-task standardisation of regression targets (mean/std of the training rows)."""

    def __init__(self, tasks: list[TaskSpec], y: np.ndarray) -> None:
        self.mean = np.zeros(len(tasks), dtype=np.float32)
        self.std = np.ones(len(tasks), dtype=np.float32)
        for j, t in enumerate(tasks):
            if t.kind == "regression":
                col = y[:, j][np.isfinite(y[:, j])]
                if len(col):
                    self.mean[j] = float(col.mean())
                    self.std[j] = float(col.std()) or 1.0


def masked_loss(out: Any, y: Any, is_class: Any, weights: Any) -> tuple[Any, Any]:
    """Weighted mean over labelled cells; per-task mean losses (NaN where no label)."""
    import torch

    mask = torch.isfinite(y)
    target = torch.where(mask, y, torch.zeros_like(y))
    reg = (out - target) ** 2
    cls = torch.nn.functional.binary_cross_entropy_with_logits(out, target, reduction="none")
    cell = torch.where(is_class, cls, reg) * mask
    count = mask.sum(0)
    per_task = cell.sum(0) / count.clamp(min=1)
    per_task = torch.where(count > 0, per_task, torch.full_like(per_task, float("nan")))
    labelled = count > 0
    total = (per_task[labelled] * weights[labelled]).sum() / weights[labelled].sum().clamp(min=1e-8)
    return total, per_task


# -- the result --------------------------------------------------------------
class QLoRAHeads:
    """A fine-tuned 4-bit model (LoRA adapters) with multi-task heads. Use :func:`train`/:func:`load`."""

    def __init__(
        self,
        llm: Any,
        peft_model: Any,
        head: Any,
        tasks: list[TaskSpec],
        scaler: _Scaler,
        config: QLoRAConfig,
        *,
        input_column: str = "formula",
        metrics: dict[str, dict[str, float]] | None = None,
        training: dict[str, Any] | None = None,
    ) -> None:
        self.llm = llm
        self.peft_model = peft_model
        self.head = head
        self.tasks = tasks
        self.scaler = scaler
        self.config = config
        self.input_column = input_column
        self.metrics = metrics or {}
        self.training = training or {}
        self.name: str | None = None
        self.path: str | None = None

    # -- prediction ---------------------------------------------------------
    def _raw(self, compositions: Sequence[Any], batch_size: int = 32) -> np.ndarray:
        import torch

        tok = self.llm.tokenizer
        backbone = _inner_backbone(self.peft_model)
        self.peft_model.eval()
        self.head.eval()
        rows = []
        texts = _texts(compositions)
        with torch.no_grad():
            for i in range(0, len(texts), batch_size):
                enc = tok(
                    texts[i : i + batch_size],
                    return_tensors="pt",
                    padding=True,
                    truncation=True,
                    max_length=self.config.max_length,
                )
                rows.append(self.head(_pooled(backbone, enc)).float().numpy())
        if not rows:
            return np.zeros((0, len(self.tasks)), dtype=np.float32)
        return np.concatenate(rows)

    def _values(self, raw: np.ndarray) -> np.ndarray:
        """Regression in the label's unit; classification as P(class 1)."""
        out = raw.astype(np.float64).copy()
        for j, t in enumerate(self.tasks):
            if t.kind == "regression":
                out[:, j] = raw[:, j] * self.scaler.std[j] + self.scaler.mean[j]
                if t.nonnegative:
                    out[:, j] = np.clip(out[:, j], 0.0, None)
            else:
                out[:, j] = 1.0 / (1.0 + np.exp(-raw[:, j]))
        return out

    def predict(self, inputs: Any, *, input: str | None = None, errors: str = "raise") -> Any:
        """A DataFrame with one column per task (``<task> probability`` for classes).

        Same contract as :meth:`Heads.predict`: ``errors='mark'`` gives NaN and a
        ``problem`` column for unreadable inputs instead of raising.
        """
        import pandas as pd

        from .heads import read_inputs

        values, index, parsed = read_inputs(inputs, input or self.input_column, errors)
        values_out = self._values(self._raw(parsed.compositions))
        out = pd.DataFrame(index=pd.Index(index))
        out["input"] = [str(v) for v in values]
        if parsed.problems:
            problems = {label: why for label, _, why in parsed.problems}
            out["problem"] = [problems.get(label, "") for label in index]
        rows = np.asarray(parsed.rows, dtype=int)
        for j, t in enumerate(self.tasks):
            col = np.full(len(values), np.nan)
            col[rows] = values_out[:, j]
            if t.kind == "classification":
                classes = t.classes or [0, 1]
                out[t.name] = [None if np.isnan(p) else classes[int(p >= 0.5)] for p in col]
                out[f"{t.name} probability"] = col
            else:
                out[t.name] = col
        return out

    # -- reporting ----------------------------------------------------------
    def metrics_frame(self) -> Any:
        import pandas as pd

        rows = []
        for t in self.tasks:
            m = self.metrics.get(t.name, {})
            keys = ("mae", "rmse", "r2") if t.kind == "regression" else ("roc_auc", "accuracy")
            rows.append(
                {"task": t.name, "kind": t.kind, "n": m.get("n", 0)}
                | {k: m.get(k, np.nan) for k in keys}
            )
        return pd.DataFrame(rows).set_index("task")

    def figures(self) -> dict[str, Any]:
        return {}

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": "qlora-heads",
            "model": self.llm.name,
            "tasks": [t.as_dict() for t in self.tasks],
            "lora": {"r": self.config.r, "alpha": self.config.alpha},
            "metrics": self.metrics,
            "training": {k: v for k, v in self.training.items() if k != "history"},
        }

    def __repr__(self) -> str:
        tasks = ", ".join(t.name for t in self.tasks)
        return f"<QLoRAHeads {self.llm.name} r={self.config.r} tasks=[{tasks}]>"

    # -- saving -------------------------------------------------------------
    def save(self, folder: str | Path, *, overwrite: bool = False) -> str:
        """Write adapters (peft format), heads (safetensors) and metadata to ``folder``."""
        import torch
        from safetensors.torch import save_file

        folder = Path(folder).expanduser()
        if folder.exists() and any(folder.iterdir()) and not overwrite:
            raise MatsciError(f"{folder} exists and is not empty; pass overwrite=True")
        folder.mkdir(parents=True, exist_ok=True)
        self.peft_model.save_pretrained(folder / "adapter")
        tensors = {f"head.{k}": v.detach().contiguous() for k, v in self.head.state_dict().items()}
        tensors["scaler.mean"] = torch.from_numpy(self.scaler.mean)
        tensors["scaler.std"] = torch.from_numpy(self.scaler.std)
        save_file(tensors, str(folder / "heads.safetensors"), metadata={"format": FORMAT})
        meta = {
            "format": FORMAT,
            "base_model": model_identity(self.llm),
            "tasks": [t.as_dict() for t in self.tasks],
            "input_column": self.input_column,
            "config": asdict(self.config),
            "template": EMBED_TEMPLATE,
            "metrics": self.metrics,
            "training": self.training,
            "versions": _versions(),
        }
        (folder / "qlora.json").write_text(json.dumps(meta, indent=1, default=float))
        self.path = str(folder)
        return str(folder)


def model_identity(llm: Any) -> dict[str, Any]:
    """What must match for saved adapters to fit a base model."""
    cfg = llm.model.config
    return {
        "name": llm.name,
        "source": llm.source,
        "architecture": (getattr(cfg, "architectures", None) or [type(llm.model).__name__])[0],
        "hidden_size": cfg.hidden_size,
        "num_hidden_layers": cfg.num_hidden_layers,
        "vocab_size": cfg.vocab_size,
        "quantization": llm.quantization,
    }


def _versions() -> dict[str, str]:
    from importlib import metadata

    out = {}
    for dist in ("peft", "transformers", "torch", "bitsandbytes"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[dist] = metadata.version(dist)
    return out


# -- training ----------------------------------------------------------------
def load_training_model(name: str, *, quantization: str = "nf4", progress: Any = None) -> Any:
    """A private 4-bit instance whose weights stay in the trainable layout (trap B)."""
    from ...model.local import load_model

    llm = load_model(name, quantization=quantization, for_training=True, progress=progress)
    return llm


def _attach_lora(llm: Any, config: QLoRAConfig) -> Any:
    import torch
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

    model = llm.prepare_for_training()
    if llm.quantization in ("nf4", "fp4"):
        from ...model.compute_dtype import set_compute_dtype

        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=False)
        if llm.device == "cpu":
            set_compute_dtype(model, torch.float32)  # exact gradients; faster than bf16 here
    lora = LoraConfig(
        r=config.r,
        lora_alpha=config.alpha,
        lora_dropout=config.dropout,
        target_modules=list(config.target_modules),
        bias="none",
    )
    return get_peft_model(model, lora)


def _split(keys: Sequence[str], fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Train/validation row indices; all rows of one composition go to the same side."""
    unique = sorted(set(keys))
    rng = np.random.default_rng(seed)
    rng.shuffle(unique)
    n_val = round(len(unique) * fraction) if fraction > 0 else 0
    if fraction > 0 and len(unique) >= 4:
        n_val = max(1, n_val)
    val_keys = set(unique[:n_val])
    val = np.array([i for i, k in enumerate(keys) if k in val_keys], dtype=int)
    train = np.array([i for i, k in enumerate(keys) if k not in val_keys], dtype=int)
    return train, val


def train(
    df: Any,
    input: str,
    targets: Sequence[str] | str,
    *,
    model: Any = None,
    config: QLoRAConfig | None = None,
    kinds: dict[str, str] | None = None,
    units: dict[str, str] | None = None,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    callback: Callable[[Any], None] | None = None,
    stop: threading.Event | None = None,
    **overrides: Any,
) -> QLoRAHeads:
    """Fine-tune LoRA adapters of a 4-bit model together with multi-task heads on ``df``.

    ``model``: a registry name or path (default ``smollm2-135m``), or a
    :class:`~matsci_jupyter.model.local.LocalModel` loaded with ``for_training=True``.
    ``overrides`` set :class:`QLoRAConfig` fields (``r=16, epochs=3``).
    """
    config = config or QLoRAConfig()
    for key, value in overrides.items():
        if not hasattr(config, key):
            raise MatsciError(f"unknown QLoRA setting {key!r}; known: {', '.join(asdict(config))}")
        setattr(config, key, value)
    config.__post_init__()
    data = prepare(df, input, targets, kinds=kinds, units=units, max_rows=max_rows)
    return train_data(data, model=model, config=config, callback=callback, stop=stop)


def train_data(
    data: TrainingData,
    *,
    model: Any = None,
    config: QLoRAConfig | None = None,
    callback: Callable[[Any], None] | None = None,
    stop: threading.Event | None = None,
) -> QLoRAHeads:
    """:func:`train` on already validated rows (the FineTuner widget and the CLI call this)."""
    import torch

    config = config or QLoRAConfig()
    say = callback or (lambda event: None)
    stop = stop or threading.Event()
    torch.manual_seed(config.seed)
    if model is None or isinstance(model, str):
        name = model or config.model
        say(StepEvent("featurize", 0.0, f"loading {name} for training (4-bit, trainable layout)"))
        llm = load_training_model(name, progress=lambda m: say(StepEvent("featurize", 0.0, m)))
    else:
        llm = model
    config.model = llm.name
    peft_model = _attach_lora(llm, config)
    backbone = _inner_backbone(peft_model)
    tasks = data.tasks
    train_idx, val_idx = _split(data.keys, config.validation, config.seed)
    scaler = _Scaler(tasks, data.y[train_idx])
    head = _head(llm.model.config.hidden_size, config.head_hidden, len(tasks))
    y_std = ((data.y - scaler.mean) / scaler.std).astype(np.float32)
    for j, t in enumerate(tasks):
        if t.kind == "classification":
            y_std[:, j] = data.y[:, j]
    is_class = torch.tensor([t.kind == "classification" for t in tasks])
    weights = torch.tensor([t.weight for t in tasks], dtype=torch.float32)
    lora_params = [p for p in peft_model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(
        [
            {"params": lora_params, "lr": config.lora_learning_rate},
            {"params": head.parameters(), "lr": config.head_learning_rate},
        ],
        weight_decay=0.0,
    )
    texts = _texts(data.compositions)
    tok = llm.tokenizer
    per_epoch = max(1, math.ceil(len(train_idx) / config.batch_size))
    total = per_epoch * config.epochs
    if config.max_steps:
        total = min(total, config.max_steps)
    rng = np.random.default_rng(config.seed)
    history: list[EpochReport] = []
    best: dict[str, Any] = {}
    best_val = math.inf
    best_epoch = 0
    stopped = "completed"
    step = 0
    t0 = time.perf_counter()
    peak_rss = _rss_bytes()

    def batches(index: np.ndarray, shuffle: bool) -> Any:
        order = rng.permutation(index) if shuffle else index
        for s in range(0, len(order), config.batch_size):
            rows = order[s : s + config.batch_size]
            enc = tok(
                [texts[i] for i in rows],
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=config.max_length,
            )
            yield enc, torch.from_numpy(y_std[rows])

    def snapshot() -> dict[str, Any]:
        return {
            "lora": {
                k: v.detach().clone() for k, v in peft_model.state_dict().items() if "lora_" in k
            },
            "head": {k: v.detach().clone() for k, v in head.state_dict().items()},
        }

    def evaluate() -> tuple[float, dict[str, float]]:
        peft_model.eval()
        head.eval()
        per: list[Any] = []
        with torch.no_grad():
            for enc, y in batches(val_idx, shuffle=False):
                _, per_task = masked_loss(head(_pooled(backbone, enc)), y, is_class, weights)
                per.append(per_task)
        if not per:
            return math.nan, {}
        means = torch.nanmean(torch.stack(per), 0)
        labelled = torch.isfinite(means)
        overall = float((means[labelled] * weights[labelled]).sum() / weights[labelled].sum())
        return overall, {t.name: float(means[j]) for j, t in enumerate(tasks)}

    try:
        for epoch in range(1, config.epochs + 1):
            peft_model.train()
            head.train()
            epoch_losses: list[Any] = []
            t_epoch = time.perf_counter()
            for enc, y in batches(train_idx, shuffle=True):
                if stop.is_set() or step >= total:
                    break
                loss, per_task = masked_loss(head(_pooled(backbone, enc)), y, is_class, weights)
                optimiser.zero_grad(set_to_none=True)
                loss.backward()
                optimiser.step()
                loss_value = float(loss.detach())
                step += 1
                epoch_losses.append(per_task.detach())
                peak_rss = max(peak_rss, _rss_bytes())
                elapsed = time.perf_counter() - t0
                eta = elapsed / step * (total - step)
                say(
                    StepEvent(
                        "train",
                        step / total,
                        f"step {step}/{total} (epoch {epoch}/{config.epochs}) loss "
                        f"{loss_value:.4f}, ETA {_fmt_eta(eta)}",
                        step=step,
                        steps=total,
                        loss=loss_value,
                        eta_seconds=eta,
                    )
                )
            train_means = torch.nanmean(torch.stack(epoch_losses), 0) if epoch_losses else None
            val_overall, val_per = evaluate() if len(val_idx) else (math.nan, {})
            score = val_overall if math.isfinite(val_overall) else -epoch
            if score < best_val or not best:
                best_val, best_epoch, best = score, epoch, snapshot()
            report = EpochReport(
                epoch=epoch,
                epochs=config.epochs,
                train_loss={t.name: float(train_means[j]) for j, t in enumerate(tasks)}
                if train_means is not None
                else {},
                val_loss=val_per,
                best_epoch=best_epoch,
                seconds=time.perf_counter() - t_epoch,
            )
            history.append(report)
            say(
                StepEvent(
                    "train",
                    step / total,
                    f"qlora: epoch {epoch}/{config.epochs} validation loss {val_overall:.4f} "
                    f"(best epoch {best_epoch})",
                    epoch=report,
                    step=step,
                    steps=total,
                )
            )
            if stop.is_set():
                stopped = "stopped"
                break
            if step >= total:
                break
    except KeyboardInterrupt:
        stopped = "interrupted"
    if best:
        _restore(peft_model, head, best)
    elif stopped != "completed":
        best = snapshot()
    seconds = time.perf_counter() - t0
    result = QLoRAHeads(
        llm,
        peft_model,
        head,
        tasks,
        scaler,
        config,
        input_column=data.input_column,
        training={
            "rows": len(data),
            "train_rows": len(train_idx),
            "validation_rows": len(val_idx),
            "steps": step,
            "seconds": seconds,
            "steps_per_second": step / seconds if seconds > 0 else 0.0,
            "peak_rss_bytes": peak_rss,
            "best_epoch": best_epoch,
            "stopped": stopped,
            "data_hash": data.data_hash(),
            "history": [asdict(h) for h in history],
        },
    )
    if len(val_idx):
        result.metrics = _metrics(result, data.subset(val_idx))
    say(StepEvent("done", 1.0, f"done ({stopped})", heads=result))
    return result


def _restore(peft_model: Any, head: Any, state: dict[str, Any]) -> None:
    current = peft_model.state_dict()
    current.update(state["lora"])
    peft_model.load_state_dict(current, strict=False)
    head.load_state_dict(state["head"])


def _metrics(heads: QLoRAHeads, data: TrainingData) -> dict[str, dict[str, float]]:
    values = heads._values(heads._raw(data.compositions))
    out = {}
    for j, t in enumerate(heads.tasks):
        if t.kind == "regression":
            out[t.name] = regression_metrics(data.y[:, j], values[:, j])
        else:
            out[t.name] = classification_metrics(data.y[:, j], values[:, j])
    return out


def _rss_bytes() -> int:
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024
    except (ImportError, OSError):
        return 0


# -- loading -----------------------------------------------------------------
def load(folder: str | Path, *, model: Any = None, strict: bool = True) -> QLoRAHeads:
    """Saved QLoRA heads with their adapters on a freshly loaded base model.

    ``model``: a LocalModel to attach to (loaded ``for_training=True``), else the
    base model named in the metadata is loaded. Raises :class:`CompatibilityError`
    when the base model differs from the one trained on (architecture, sizes; and
    the name when ``strict``).
    """
    import torch
    from peft import PeftModel
    from safetensors.torch import load_file

    folder = Path(folder).expanduser()
    meta_file = folder / "qlora.json"
    if not meta_file.is_file():
        raise MatsciError(f"{folder} has no qlora.json; is it a folder saved by QLoRAHeads.save?")
    meta = json.loads(meta_file.read_text())
    if meta.get("format") != FORMAT:
        raise CompatibilityError(f"{folder}: format {meta.get('format')!r}, expected {FORMAT!r}")
    saved = meta["base_model"]
    llm = model or load_training_model(saved["name"] if strict else saved["source"])
    found = model_identity(llm)
    problems = [
        f"{k}: saved {saved.get(k)!r}, loaded {found[k]!r}"
        for k in ("architecture", "hidden_size", "num_hidden_layers", "vocab_size")
        if saved.get(k) != found[k]
    ]
    if strict and saved.get("name") != found["name"]:
        problems.append(f"name: saved {saved.get('name')!r}, loaded {found['name']!r}")
    if problems:
        raise CompatibilityError(
            "the adapters were trained on another base model: " + "; ".join(problems)
        )
    config = QLoRAConfig(**meta["config"])
    base = llm.prepare_for_training()
    if llm.quantization in ("nf4", "fp4") and llm.device == "cpu":
        from ...model.compute_dtype import set_compute_dtype

        set_compute_dtype(base, torch.float32)
    peft_model = PeftModel.from_pretrained(base, str(folder / "adapter"), is_trainable=False)
    tensors = load_file(str(folder / "heads.safetensors"))
    tasks = [TaskSpec.from_dict(t) for t in meta["tasks"]]
    head = _head(found["hidden_size"], config.head_hidden, len(tasks))
    head.load_state_dict({k[5:]: v for k, v in tensors.items() if k.startswith("head.")})
    scaler = _Scaler(tasks, np.zeros((0, len(tasks))))
    scaler.mean = tensors["scaler.mean"].numpy()
    scaler.std = tensors["scaler.std"].numpy()
    heads = QLoRAHeads(
        llm,
        peft_model,
        head,
        tasks,
        scaler,
        config,
        input_column=meta.get("input_column", "formula"),
        metrics=meta.get("metrics"),
        training=meta.get("training"),
    )
    heads.path = str(folder)
    return heads


def adapter_gradients(heads: QLoRAHeads, compositions: Sequence[Any], y: Any) -> dict[str, Any]:
    """Gradients of the masked loss w.r.t. every LoRA tensor for one batch (dropout off).

    Used to check trap B: the same adapters on a freshly loaded instance must give
    the same gradients as on the instance that trained and predicted.
    """
    import torch

    tasks = heads.tasks
    y = np.asarray(y, dtype=np.float32).reshape(len(compositions), len(tasks))
    y_std = y.copy()
    for j, t in enumerate(tasks):
        if t.kind == "regression":
            y_std[:, j] = (y[:, j] - heads.scaler.mean[j]) / heads.scaler.std[j]
    params = {n: p for n, p in heads.peft_model.named_parameters() if "lora_" in n}
    before = {n: p.requires_grad for n, p in params.items()}
    heads.peft_model.eval()  # no dropout: the gradient is a deterministic function
    for p in params.values():
        p.requires_grad_(True)
        p.grad = None
    try:
        enc = heads.llm.tokenizer(
            _texts(compositions),
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=heads.config.max_length,
        )
        out = heads.head(_pooled(_inner_backbone(heads.peft_model), enc))
        is_class = torch.tensor([t.kind == "classification" for t in tasks])
        weights = torch.tensor([t.weight for t in tasks], dtype=torch.float32)
        loss, _ = masked_loss(out, torch.from_numpy(y_std), is_class, weights)
        loss.backward()
        return {
            n: (p.grad.detach().clone() if p.grad is not None else None) for n, p in params.items()
        }
    finally:
        for n, p in params.items():
            p.grad = None
            p.requires_grad_(before[n])


# -- command line (hooks called by ``matsci-jupyter finetune``) ------------------
def add_cli_arguments(p: Any) -> None:
    """``--backbone``, ``--adapters``, ``--lora-r``, ``--model`` for ``matsci-jupyter finetune``."""
    p.add_argument(
        "--backbone",
        choices=["composition", "model"],
        default="composition",
        help="composition features (default) or the language model (needs --adapters lora)",
    )
    p.add_argument(
        "--adapters",
        choices=["none", "lora"],
        default="none",
        help="lora: fine-tune LoRA adapters of the 4-bit model with the heads (QLoRA)",
    )
    p.add_argument("--lora-r", type=int, default=8, help="LoRA rank (default 8)")
    p.add_argument(
        "--model", default=DEFAULT_MODEL, help=f"base model for QLoRA (default {DEFAULT_MODEL})"
    )
    p.add_argument("--batch-size", type=int, default=None, help="QLoRA batch size (default 16)")
    p.add_argument("--max-steps", type=int, default=None, help="QLoRA: stop after this many steps")


def wants_qlora(args: Any) -> bool:
    """Whether the CLI arguments ask for QLoRA; refuses combinations it cannot honour."""
    from ...errors import UsageError

    adapters = getattr(args, "adapters", "none")
    backbone = getattr(args, "backbone", "composition")
    if adapters == "lora" and backbone != "model":
        raise UsageError("--adapters lora fine-tunes the language model: add --backbone model")
    if backbone == "model" and adapters != "lora":
        raise UsageError(
            "--backbone model on the command line trains LoRA adapters: add --adapters lora "
            "(frozen-model embeddings are available in the notebook: FineTuner(df))"
        )
    if adapters == "lora" and (getattr(args, "folds", None) or getattr(args, "cv", None)):
        raise UsageError("--adapters lora trains once with a validation split; drop --folds/--cv")
    return adapters == "lora"


def run_cli(args: Any, data: TrainingData, out: Path, say: Callable[[str], None]) -> int:
    """Train QLoRA heads from CLI arguments, save them under ``out/qlora``, write a report."""
    config = QLoRAConfig(
        model=args.model,
        r=args.lora_r,
        seed=args.seed,
        validation=args.validation,
        max_steps=args.max_steps,
    )
    if args.epochs:
        config.epochs = args.epochs
    if args.batch_size:
        config.batch_size = args.batch_size
    if args.learning_rate:
        config.lora_learning_rate = args.learning_rate
    config.__post_init__()
    last = [0.0]

    def progress(event: Any) -> None:
        now = time.perf_counter()
        if event.epoch is not None or event.stage != "train" or now - last[0] > 2.0:
            last[0] = now
            say(event.message)

    heads = train_data(data, model=args.model, config=config, callback=progress)
    out.mkdir(parents=True, exist_ok=True)
    folder = heads.save(out / "qlora", overwrite=True)
    report = {
        "mode": "qlora",
        "data": str(args.data),
        "rows": len(data),
        "tasks": [t.as_dict() for t in data.tasks],
        "config": asdict(config),
        "heads": folder,
        "validation_metrics": heads.metrics,
        "training": {k: v for k, v in heads.training.items() if k != "history"},
    }
    (out / "report.json").write_text(json.dumps(report, indent=1, default=float))
    for t in heads.tasks:
        say(f"{t.name}: validation {heads.metrics.get(t.name, {})}")
    say(f"saved adapters + heads to {folder}; report in {out / 'report.json'}")
    return 0 if heads.training.get("stopped") != "interrupted" else 130
