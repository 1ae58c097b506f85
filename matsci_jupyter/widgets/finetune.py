"""``FineTuner(df)``: train property heads on your own table, watching them learn.

Pick the input column (formulas, pymatgen Structures or CIF text) and one or
more targets (regression and classification may be mixed; NaN = no label),
the backbone and a few hyperparameters, then Train. The default learner is
``auto``: learners, blend, structure and decision threshold chosen by inner
cross-validation within a time budget. Training runs in a background thread so
the notebook stays live: a progress bar and per-task train/validation loss
curves (a plotly FigureWidget, shown once there is a curve to draw) update as it
goes, and Stop ends it keeping the best weights so far. Afterwards: parity
plots, ROC curves and confusion matrices, a metrics table, and Save.

The last *finished* result stays on screen and in ``.heads`` until a new run
finishes: stopping or failing a second run never discards the first. Exported
notebooks (nbconvert HTML without widget state) show a static copy of the
results: SVG figures and the metrics table.

The DataFrame is only read, never modified.
"""

from __future__ import annotations

import html
import re
import threading
import time
import traceback
from typing import Any

import ipywidgets as W

from ..errors import MatsciError

_STYLE = {"description_width": "110px"}
"""Wide enough for every label ('learning rate', 'validation'): none is cut off."""
_ID_TOKENS = {"id", "ids", "mbid", "uuid", "index", "idx", "key", "row"}

_HYPER_DEFAULTS = {
    "epochs": 200,
    "learning_rate": 1e-3,
    "hidden": 256,
    "ensemble": 1,
    "validation": 0.15,
    "trees": 500,
}


def _guess_input(df: Any) -> str | None:
    """The column that looks most like formulas / structures / CIF text."""
    from ..engines.heads.featurize import parse_inputs

    best, best_ok = None, 0.0
    for col in df.columns:
        sample = df[col].dropna().head(20).tolist()
        if not sample or all(isinstance(v, (int, float, bool)) for v in sample):
            continue
        ok = len(parse_inputs(sample).compositions) / len(sample)
        if ok > best_ok:
            best, best_ok = col, ok
    return best


def is_id_like(name: Any, series: Any) -> bool:
    """An identifier rather than a property: named like one (``id``, ``mbid_x``, ``index``)
    or whole numbers that are all different."""
    tokens = {t for t in re.split(r"[^a-z0-9]+", str(name).lower()) if t}
    if tokens & _ID_TOKENS or str(name).lower().endswith("_id"):
        return True
    values = series.dropna()
    return (
        series.dtype.kind in "iu"
        and len(values) > 10
        and values.nunique() == len(values)
        and values.is_monotonic_increasing
    )


def _target_candidates(df: Any, input_col: str | None) -> list[str]:
    """Columns that could be targets: numbers, booleans, or two distinct strings; never the
    input column or identifier columns."""
    out = []
    for col in df.columns:
        if col == input_col:
            continue
        series = df[col]
        two_strings = series.dtype == object and 1 <= series.dropna().astype(str).nunique() <= 2
        if (series.dtype.kind in "biuf" or two_strings) and not is_id_like(col, series):
            out.append(str(col))
    return out


class FineTuner(W.VBox):
    """An ipywidgets app that trains multi-task property heads on ``df``.

    After training, ``.heads`` holds the result (use ``.heads.predict([...])``).
    ``.wait()`` blocks until the background training finishes (handy in scripts
    and tests); ``.state`` is idle / training / stopping / done / stopped / error.
    """

    def __init__(
        self,
        df: Any,
        *,
        input: str | None = None,
        targets: list[str] | None = None,
        model: Any = None,
        save_path: str = "heads/my-heads",
        backbone: str | None = None,
        adapters: str = "none",
        lora_r: int = 8,
    ) -> None:
        import pandas as pd

        if not isinstance(df, pd.DataFrame):
            raise MatsciError(f"FineTuner needs a pandas DataFrame, got {type(df).__name__}")
        self.df = df
        self.heads: Any = None
        self.error: str | None = None
        self.state = "idle"
        self.events: list[Any] = []
        self._model = model
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._last_draw = 0.0
        self._curves: dict[str, tuple[list[int], list[float]]] = {}
        self.finished_curves: dict[str, tuple[list[int], list[float]]] = {}

        columns = [str(c) for c in df.columns]
        guess = input if input in columns else _guess_input(df)
        self.input_column = W.Dropdown(
            options=columns,
            value=guess,
            description="input",
            tooltip="formulas, pymatgen Structures or CIF text",
            style=_STYLE,
        )
        candidates = _target_candidates(df, guess)
        offered = candidates + [t for t in targets or [] if t in columns and t not in candidates]
        self.target_columns = W.SelectMultiple(
            options=offered,
            value=tuple(t for t in (targets or candidates[:1]) if t in offered),
            description="targets",
            rows=min(6, max(2, len(offered))),
            style=_STYLE,
        )
        self.kinds_note = W.HTML()
        has_model = self._current_model().kind != "none"
        self.backbone = W.Dropdown(
            options=[
                ("composition features (offline)", "composition"),
                ("model embeddings" + ("" if has_model else " — load a model first"), "model"),
            ],
            value="composition",
            description="backbone",
            style=_STYLE,
        )
        if backbone is not None:
            if backbone not in ("composition", "model"):
                raise MatsciError(f"backbone must be 'composition' or 'model', got {backbone!r}")
            self.backbone.value = backbone
        # QLoRA hook (engines/heads/qlora.py): LoRA adapters on the 4-bit model + the heads
        if adapters not in ("none", "lora"):
            raise MatsciError(f"adapters must be 'none' or 'lora', got {adapters!r}")
        self.adapters = W.Dropdown(
            options=[("none (model frozen)", "none"), ("LoRA on the 4-bit model (QLoRA)", "lora")],
            value=adapters,
            description="adapters",
            tooltip="with backbone 'model': fine-tune the model itself (QLoRA) with the heads",
        )
        self.lora_r = W.IntSlider(int(lora_r), min=1, max=64, description="LoRA r")
        self.learner = W.Dropdown(
            options=[
                ("automatic (inner cross-validation)", "auto"),
                ("boosted trees (LightGBM)", "gbm"),
                ("multi-task network", "mlp"),
                ("extra trees (small tables)", "forest"),
                ("nearest neighbours", "knn"),
                ("network + boosted trees", "mlp+gbm"),
            ],
            value="auto",
            description="learner",
            style=_STYLE,
        )
        self.metric = W.Dropdown(
            options=[
                ("balanced accuracy", "balanced_accuracy"),
                ("F1", "f1"),
                ("ROC-AUC", "roc_auc"),
            ],
            value="balanced_accuracy",
            description="optimize",
            tooltip="what auto optimizes for classification targets (threshold included)",
            style=_STYLE,
        )
        self.budget = W.BoundedFloatText(
            5.0,
            min=0.5,
            max=600.0,
            step=0.5,
            description="budget (min)",
            tooltip="time auto may spend choosing and fitting",
            style=_STYLE,
        )
        self.trees = W.IntSlider(
            _HYPER_DEFAULTS["trees"],
            min=20,
            max=3000,
            step=20,
            description="trees",
            style=_STYLE,
            tooltip="boosting rounds (early-stopped on validation) / forest size",
        )
        self.epochs = W.IntSlider(
            _HYPER_DEFAULTS["epochs"], min=5, max=1000, step=5, description="epochs", style=_STYLE
        )
        self.learning_rate = W.FloatLogSlider(
            _HYPER_DEFAULTS["learning_rate"],
            base=10,
            min=-4,
            max=-1,
            step=0.25,
            description="learning rate",
            readout_format=".1e",
            style=_STYLE,
        )
        self.hidden = W.Dropdown(
            options=[64, 128, 256, 512],
            value=_HYPER_DEFAULTS["hidden"],
            description="width",
            style=_STYLE,
        )
        self.ensemble = W.IntSlider(
            _HYPER_DEFAULTS["ensemble"],
            min=1,
            max=5,
            description="ensemble",
            style=_STYLE,
            tooltip="members; more than 1 gives an uncertainty column",
        )
        self.validation = W.FloatSlider(
            _HYPER_DEFAULTS["validation"],
            min=0.05,
            max=0.4,
            step=0.05,
            description="validation",
            style=_STYLE,
        )
        self.seed = W.IntText(0, description="seed", style=_STYLE)
        self.train_button = W.Button(description="Train", button_style="primary", icon="play")
        self.stop_button = W.Button(
            description="Stop", button_style="warning", icon="stop", disabled=True
        )
        self.progress = W.FloatProgress(
            value=0.0, min=0.0, max=1.0, description="progress", style=_STYLE
        )
        self.status = W.HTML("Pick the input and target columns, then Train.")
        self.messages = W.HTML()
        self.save_path = W.Text(save_path, description="save to", style=_STYLE)
        self.overwrite = W.Checkbox(False, description="overwrite", indent=False)
        self.save_button = W.Button(description="Save", icon="save", disabled=True)
        self.save_status = W.HTML()
        self.metrics_table = W.HTML()
        self.result_plots = W.HBox(layout=W.Layout(flex_flow="row wrap"))
        self.loss_figure = self._make_loss_figure()
        self.loss_box = W.Box([self.loss_figure], layout=W.Layout(display="none"))
        self.auto_report = W.HTML()
        self._shown_at: list[Any] = []  # display handles: updated when a result finishes
        self._run = 0

        self.input_column.observe(self._on_input_change, names="value")
        self.target_columns.observe(self._describe_targets, names="value")
        self.backbone.observe(self._on_backbone, names="value")
        self.learner.observe(self._on_learner, names="value")
        self.train_button.on_click(self._on_train)
        self.stop_button.on_click(self._on_stop)
        self.save_button.on_click(self._on_save)
        self._describe_targets()
        self._on_learner()

        hyper = W.VBox(
            [
                self.learner,
                self.metric,
                self.budget,
                self.trees,
                self.epochs,
                self.learning_rate,
                self.hidden,
                self.ensemble,
                self.validation,
                self.seed,
            ]
        )
        super().__init__(
            [
                W.HTML(f"<b>Fine-tune property heads</b> on a table of {len(df):,} rows"),
                W.HBox(
                    [
                        W.VBox(
                            [
                                self.input_column,
                                self.target_columns,
                                self.kinds_note,
                                self.backbone,
                                self.adapters,
                                self.lora_r,
                            ]
                        ),
                        hyper,
                    ]
                ),
                W.HBox([self.train_button, self.stop_button, self.progress]),
                self.status,
                self.messages,
                self.loss_box,
                self.auto_report,
                self.metrics_table,
                self.result_plots,
                W.HBox([self.save_path, self.overwrite, self.save_button]),
                self.save_status,
            ]
        )

    # -- helpers -----------------------------------------------------------
    def _current_model(self) -> Any:
        if self._model is not None and not isinstance(self._model, str):  # str: QLoRA base name
            return self._model
        from ..model import current_model

        return current_model()

    @staticmethod
    def _make_loss_figure() -> Any:
        import plotly.graph_objects as go

        fig = go.FigureWidget()
        fig.update_layout(
            title="loss per task (solid: train, dashed: validation)",
            height=320,
            xaxis_title="epoch / boosting round",
            yaxis_title="loss",
            yaxis_type="log",
            margin={"l": 50, "r": 10, "t": 40, "b": 40},
        )
        return fig

    def _show_messages(self, errors: list[str], notes: list[str] | None = None) -> None:
        parts = [f"<div style='color:#cf222e'>✖ {html.escape(e)}</div>" for e in errors]
        parts += [f"<div style='color:#9a6700'>⚠ {html.escape(n)}</div>" for n in notes or []]
        self.messages.value = "".join(parts)

    def _on_input_change(self, change: Any = None) -> None:
        chosen = [t for t in self.target_columns.value if t != self.input_column.value]
        candidates = _target_candidates(self.df, self.input_column.value)
        self.target_columns.options = candidates
        self.target_columns.value = tuple(t for t in chosen if t in candidates)
        self._describe_targets()

    def _on_backbone(self, change: Any = None) -> None:
        if self.backbone.value == "model" and self._current_model().kind == "none":
            self._show_messages(
                [
                    "no language model is loaded: `%matsci model load NAME` first, or use "
                    "composition features (they work offline)"
                ]
            )
        else:
            self._show_messages([])

    def _on_learner(self, change: Any = None) -> None:
        network = "mlp" in self.learner.value
        auto = self.learner.value == "auto"
        self.epochs.disabled = self.learning_rate.disabled = self.hidden.disabled = not network
        self.trees.disabled = self.learner.value in ("mlp", "knn", "auto")
        self.ensemble.disabled = auto
        self.metric.disabled = self.budget.disabled = not auto

    def _describe_targets(self, change: Any = None) -> None:
        """One line per chosen target: its kind and label count, or what is wrong with it."""
        from ..engines.heads.data import encode_target

        parts = []
        for t in self.target_columns.value:
            if t == self.input_column.value:
                parts.append(
                    f"<span style='color:#cf222e'>{html.escape(str(t))}: is the input column</span>"
                )
                continue
            problems: list[str] = []
            encoded = encode_target(t, self.df[t], None, problems)
            if encoded is None:
                parts.append(f"<span style='color:#cf222e'>{html.escape(problems[0])}</span>")
            else:
                labels, spec = encoded
                parts.append(
                    f"{html.escape(str(t))}: {spec.kind}, {int((labels == labels).sum())} labels"
                )
        self.kinds_note.value = "<small>" + "<br>".join(parts) + "</small>" if parts else ""

    # -- training ----------------------------------------------------------
    def settings(self) -> Any:
        from ..engines.heads import BoostConfig, ForestConfig
        from ..engines.heads.auto import AutoConfig
        from ..engines.heads.model import NetConfig
        from ..engines.heads.train import TrainSettings

        net = NetConfig(
            epochs=int(self.epochs.value),
            learning_rate=float(self.learning_rate.value),
            hidden=int(self.hidden.value),
        )
        trees = int(self.trees.value)
        return TrainSettings(
            learner=self.learner.value,
            ensemble=int(self.ensemble.value),
            validation=float(self.validation.value),
            seed=int(self.seed.value),
            net=net,
            boost=BoostConfig(n_estimators=trees),
            forest=ForestConfig(n_estimators=trees),
            auto=AutoConfig(
                metric=str(self.metric.value), budget_seconds=60.0 * float(self.budget.value)
            ),
        )

    def _on_train(self, button: Any = None) -> None:
        from ..engines.heads.backbones import make_backbone
        from ..engines.heads.data import prepare

        if self.state in ("training", "stopping"):
            return
        self.error = None
        self.save_status.value = ""
        targets = [t for t in self.target_columns.value]
        try:
            data = prepare(self.df, self.input_column.value, targets)
            if self.adapters.value == "lora":
                backbone = self._qlora_settings()
            else:
                backbone = make_backbone(
                    self.backbone.value,
                    model=self._current_model() if self.backbone.value == "model" else None,
                )
            settings = self.settings()
        except MatsciError as exc:
            problems = getattr(exc, "problems", None) or [str(exc)]
            self._show_messages(problems)
            self.status.value = "<b>Cannot train yet</b>: fix the problems above."
            self.state = "error"
            self.error = str(exc)
            return
        self._show_messages([], data.warnings)
        self._stop.clear()
        self.state = "training"
        self._run += 1
        self._curves = {}  # the shown figure keeps the previous curves until new ones arrive
        self._fresh_curves = True
        self.progress.value = 0.0
        self.train_button.disabled = True
        self.stop_button.disabled = False
        kept = " (the previous result stays until this one finishes)" if self.heads else ""
        self.status.value = f"training on {len(data)} rows…{kept}"
        self._thread = threading.Thread(
            target=self._work, args=(data, backbone, settings), name="matsci-finetune", daemon=True
        )
        self._thread.start()

    def _work(self, data: Any, backbone: Any, settings: Any) -> None:
        from ..engines.heads.train import TrainingEvent, fit_heads

        try:
            if self.adapters.value == "lora":
                from ..engines.heads import qlora

                model_name, config = backbone
                heads: Any = qlora.train_data(
                    data, model=model_name, config=config, callback=self._event, stop=self._stop
                )
                self._finish(heads)
                return
            self._event(TrainingEvent("featurize", 0.0, f"computing {backbone.label}"))
            features = backbone.features(
                data.compositions,
                progress=lambda i, n: self._event(
                    TrainingEvent("featurize", 0.1 * i / max(n, 1), f"features {i}/{n}")
                ),
            )
            heads = fit_heads(
                data,
                features,
                backbone,
                settings,
                callback=self._event,
                stop=self._stop,
                progress_offset=0.1,
                progress_scale=0.9,
            )
            self._finish(heads)
        except MatsciError as exc:
            self._unfinished(str(exc))
        except Exception as exc:  # keep the kernel and the widget usable; show what happened
            self._unfinished(
                f"{type(exc).__name__}: {exc}",
                f"<pre>{html.escape(traceback.format_exc(limit=3))}</pre>",
            )
        finally:
            self.train_button.disabled = False
            self.stop_button.disabled = True
            self.save_button.disabled = self.heads is None

    def _unfinished(self, why: str, detail: str = "") -> None:
        """A run ended without a new model: say why, keep the last finished result on screen."""
        stopped = self._stop.is_set()
        self.state = "stopped" if stopped else "error"
        self.error = None if stopped else why
        kept = (
            " The previous result is still shown and in <code>.heads</code>."
            if self.heads is not None
            else ""
        )
        if stopped:
            self._show_messages([])
            self.status.value = f"<b>Stopped</b> before this run finished a model.{kept}"
        else:
            self._show_messages([why])
            self.status.value = f"<b>Training failed</b>{detail}{kept}"
        if self.heads is not None:  # put the finished run's curves back
            self.loss_figure.data = ()
            self._curves = {k: (list(x), list(y)) for k, (x, y) in self.finished_curves.items()}
            self._draw_curves(force=True)

    def _qlora_settings(self) -> tuple[str, Any]:
        """Base model name and QLoRA settings (a private 4-bit instance is loaded: trap B)."""
        from ..engines.heads.qlora import DEFAULT_MODEL, QLoRAConfig

        if self.backbone.value != "model":
            raise MatsciError("adapters='lora' fine-tunes the language model: use backbone='model'")
        current = self._current_model()
        if isinstance(self._model, str):
            name = self._model
        elif current.kind == "transformers":
            from ..model.registry import lookup

            name = current.name if lookup(current.name) else current.source
        else:
            name = DEFAULT_MODEL
        return name, QLoRAConfig(
            model=name,
            r=int(self.lora_r.value),
            validation=float(self.validation.value),
            seed=int(self.seed.value),
        )

    def _finish(self, heads: Any) -> None:
        from ..engines.heads import session

        self.heads = heads
        self.finished_curves = {k: (list(x), list(y)) for k, (x, y) in self._curves.items()}
        session.remember(heads)
        stopped = heads.training.get("stopped")
        self.state = "stopped" if stopped in ("stopped", "interrupted") else "done"
        self._draw_curves(force=True)
        self._show_results(heads)
        note = " (stopped early; best weights kept)" if self.state == "stopped" else ""
        self.status.value = (
            f"<b>Trained</b>{note} in {heads.training['seconds']:.1f} s "
            f"on {heads.training['rows']} rows. Use <code>.heads.predict([...])</code> "
            "or Save."
        )
        self.progress.value = 1.0
        self.save_button.disabled = False
        self._refresh_static()

    def _event(self, event: Any) -> None:
        self.events.append(event)
        self.progress.value = max(0.0, min(1.0, event.fraction))
        if event.epoch is not None:
            kind = event.message.split(":")[0]
            prefix = f"{kind}: " if "+" in self.learner.value else ""
            for label, value in event.epoch.train_loss.items():
                self._append(f"{prefix}{label} train", event.epoch.epoch, value)
            for label, value in event.epoch.val_loss.items():
                self._append(f"{prefix}{label} validation", event.epoch.epoch, value)
            self._draw_curves()
            self.status.value = html.escape(event.message)
        elif event.stage in ("featurize", "train"):  # train: QLoRA steps with an ETA
            self.status.value = html.escape(event.message)

    def _append(self, name: str, x: int, y: float) -> None:
        xs, ys = self._curves.setdefault(name, ([], []))
        xs.append(x)
        ys.append(max(float(y), 1e-6))

    def _reset_curves(self) -> None:
        self._curves = {}
        self.loss_figure.data = ()
        self.loss_box.layout.display = "none"

    def _draw_curves(self, force: bool = False) -> None:
        """Push the curves to the figure at most ~4 times a second."""
        now = time.monotonic()
        if not force and now - self._last_draw < 0.25:
            return
        self._last_draw = now
        if getattr(self, "_fresh_curves", False) and self._curves:
            self.loss_figure.data = ()  # the new run's first points replace the old curves
            self._fresh_curves = False
        if not self._curves:
            if not self.loss_figure.data:
                self.loss_box.layout.display = "none"
            return
        self.loss_box.layout.display = None
        import plotly.colors

        palette = plotly.colors.qualitative.Plotly
        with self.loss_figure.batch_update():
            existing = {trace.name: trace for trace in self.loss_figure.data}
            for name, (xs, ys) in list(self._curves.items()):
                if name in existing:
                    existing[name].x, existing[name].y = list(xs), list(ys)
                else:
                    task = name.rsplit(" ", 1)[0]
                    colour = palette[
                        sorted({n.rsplit(" ", 1)[0] for n in self._curves}).index(task)
                        % len(palette)
                    ]
                    self.loss_figure.add_scatter(
                        x=list(xs),
                        y=list(ys),
                        mode="lines",
                        name=name,
                        line={
                            "color": colour,
                            "dash": "dash" if name.endswith("validation") else "solid",
                        },
                    )

    def _show_results(self, heads: Any) -> None:
        import plotly.graph_objects as go

        self.metrics_table.value = (
            (
                "<b>Validation metrics</b> <small>(on the held-out rows that also "
                "chose when to stop: slightly optimistic; the CLI's --cv / --folds "
                "give unbiased numbers)</small>"
                + heads.metrics_frame().to_html(float_format=lambda v: f"{v:.4g}", na_rep="")
            )
            if heads.metrics
            else ("<i>no validation rows: metrics need a validation fraction above 0</i>")
        )
        self.result_plots.children = tuple(go.FigureWidget(fig) for fig in heads.figures().values())
        auto = heads.training.get("auto")
        if auto:
            from ..engines.heads.auto import describe

            self.auto_report.value = (
                "<b>What auto chose</b><pre>" + html.escape("\n".join(describe(auto))) + "</pre>"
            )
        else:
            self.auto_report.value = ""

    def _on_stop(self, button: Any = None) -> None:
        if self.state == "training":
            self._stop.set()
            self.state = "stopping"
            self.status.value = "stopping after this step; the best weights so far are kept…"

    def wait(self, timeout: float | None = None) -> bool:
        """Block until training ends; True when it has ended."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- saving --------------------------------------------------------------
    def _on_save(self, button: Any = None) -> None:
        if self.heads is None:
            self.save_status.value = "<span style='color:#cf222e'>train first</span>"
            return
        try:
            folder = self.heads.save(
                self.save_path.value.strip(), overwrite=bool(self.overwrite.value)
            )
        except (MatsciError, OSError) as exc:
            self.save_status.value = f"<span style='color:#cf222e'>✖ {html.escape(str(exc))}</span>"
            return
        self.save_status.value = (
            f"saved to <code>{html.escape(folder)}</code>; load with "
            f"<code>heads.load({folder!r})</code> or "
            f"<code>%matsci predict {html.escape(folder)} FORMULA</code>"
        )

    # -- display ---------------------------------------------------------------
    def static_html(self) -> str:
        """What an exported notebook shows without widget state: the finished result as static
        HTML (summary, metrics table, SVG figures), or what to do next."""
        if self.heads is None:
            return (
                f"<div class='matsci-finetuner-static'><b>Fine-tune property heads</b> on a "
                f"table of {len(self.df):,} rows: {html.escape(self.state)} (interactive widget; "
                "results appear here once training finishes)</div>"
            )
        from ..engines.heads.static import report_html

        return report_html(self.heads, getattr(self, "finished_curves", None))

    def __repr__(self) -> str:
        shown = self.heads.summary_lines()[0] if self.heads is not None else "no result yet"
        return f"<FineTuner on {len(self.df):,} rows, state {self.state}: {shown}>"

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        bundle = dict(super()._repr_mimebundle_(**kwargs) or {})
        bundle["text/plain"] = repr(self)
        bundle["text/html"] = self.static_html()
        return bundle

    def _ipython_display_(self) -> None:
        from IPython.display import display

        handle = display(self._repr_mimebundle_(), raw=True, display_id=True)
        if handle is not None:
            self._shown_at.append(handle)

    def _refresh_static(self) -> None:
        """Put the finished result into every output showing this widget (exported HTML)."""
        for handle in self._shown_at:
            try:
                handle.update(self._repr_mimebundle_(), raw=True)
            except Exception:  # a closed front end: the live widget is all that matters then
                continue

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": "finetuner",
            "state": self.state,
            "rows": len(self.df),
            "input": self.input_column.value,
            "targets": list(self.target_columns.value),
            "error": self.error,
            "heads": self.heads.as_dict() if self.heads is not None else None,
        }
