"""Compare extra composition-feature blocks (and extra learners) by inner cross-validation
on the TRAINING rows of official matbench folds; the folds' test rows are never read.

    PYTHONPATH=. nice -n 10 .venv/bin/python benchmarks/feature_inner_cv.py \
        --task metal --folds 0 1 --seeds 0 1 2 --variants base,megnet,matscholar-pca16

Per fold and inner seed: the leak-free training table (``training_frame``), the default
features (disk cache), plus the variant's extra block; 3-fold inner CV (rows of one
composition together, the split ``auto`` uses) of one learner (``--learner gbm``: auto's
LightGBM). Classification: balanced accuracy at the best threshold of the out-of-fold
probabilities (as auto scores), ROC-AUC and log-loss; regression: MAE. Paired differences
against the first variant per fold × seed are printed at the end.

``--learner clean:CUT``: auto's LightGBM refit after dropping the training rows whose own
out-of-fold probability of their label is below CUT (label-noise pruning; measured, not kept).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "matbench"
SHORT = {"gap": "matbench_expt_gap", "metal": "matbench_expt_is_metal", "steels": "matbench_steels"}


def _fractions(x: np.ndarray, labels: list[str]) -> np.ndarray:
    from matsci_jupyter.engines.heads.learners import feature_columns

    return x[:, feature_columns(labels, ["fraction"])]


def _embedding(source: str, components: int | None) -> Callable:
    def block(x: np.ndarray, labels: list[str], comps: list) -> tuple[np.ndarray, list[str]]:
        from matsci_jupyter.engines.heads import embeddings

        f = _fractions(x, labels)
        return (
            embeddings.embedding_features(f, source, components),
            [f"emb: {s}" for s in embeddings.feature_labels(source, components)],
        )

    return block


def _matminer(name: str) -> Callable:
    """A matminer composition featurizer (computed here, cached in memory per formula)."""
    cache: dict[str, list[float]] = {}

    def block(x: np.ndarray, labels: list[str], comps: list) -> tuple[np.ndarray, list[str]]:
        import warnings

        from matminer.featurizers import composition as mc

        if name == "wen":
            f = mc.WenAlloys()
        elif name == "ape":
            f = mc.AtomicPackingEfficiency()
        elif name == "deml":
            f = mc.ElementProperty.from_preset("deml", impute_nan=False)
        elif name == "matminer":
            f = mc.ElementProperty.from_preset("matminer", impute_nan=False)
        else:
            raise ValueError(name)
        n = len(f.feature_labels())
        rows = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for c in comps:
                key = c.formula
                if key not in cache:
                    try:
                        v = f.featurize(c)
                        cache[key] = [
                            float(a) if isinstance(a, (int, float, np.number)) else np.nan
                            for a in v
                        ]
                    except Exception:
                        cache[key] = [np.nan] * n
                rows.append(cache[key])
        return np.asarray(rows, dtype=np.float32), [f"{name}: {lab}" for lab in f.feature_labels()]

    return block


BLOCKS: dict[str, Callable] = {
    "megnet": _embedding("megnet", None),
    "matscholar": _embedding("matscholar", None),
    "matscholar-pca8": _embedding("matscholar", 8),
    "matscholar-pca16": _embedding("matscholar", 16),
    "matscholar-pca32": _embedding("matscholar", 32),
    "wen": _matminer("wen"),
    "ape": _matminer("ape"),
    "deml": _matminer("deml"),
    "matminer": _matminer("matminer"),
}


def build(variant: str, x, labels, comps):
    """Variant 'base' or 'base+…' names: blocks joined by '+'; '-only' drops the base."""
    parts = [p for p in variant.split("+") if p != "base"]
    xs, ls = ([x], [list(labels)]) if "base" in variant.split("+") else ([], [])
    for p in parts:
        bx, bl = BLOCKS[p](x, labels, comps)
        xs.append(bx)
        ls.append(bl)
    if not xs:
        raise ValueError(f"empty variant {variant!r}")
    return np.concatenate(xs, axis=1), [lab for part in ls for lab in part]


def score(kind: str, y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import log_loss, roc_auc_score

    from matsci_jupyter.engines.heads.auto import _binary_scores

    if kind == "classification":
        ba, _t = _binary_scores(y, p, "balanced_accuracy")
        pc = np.clip(p, 1e-4, 1 - 1e-4)
        return {"ba": ba, "auc": float(roc_auc_score(y, p)), "logloss": float(log_loss(y, pc))}
    return {"mae": float(np.mean(np.abs(p - y)))}


def run_fold(task: str, fold: int, variants: list[str], seeds: list[int], learner: str, data):
    from matsci_jupyter.engines.heads.auto import (
        AutoConfig,
        composition_groups,
        inner_folds,
        make_family,
    )
    from matsci_jupyter.engines.heads.data import TaskSpec
    from matsci_jupyter.engines.heads.featurize import default_featurizer, to_composition
    from matsci_jupyter.engines.heads.matbench import TASKS, load_datasets, training_frame

    spec = TASKS[task]
    train, _test, _ = training_frame(load_datasets(data, [task]), task, fold)
    del _test
    comps = [to_composition(c) for c in train["composition"]]
    featurizer = default_featurizer()
    x0 = featurizer.transform(comps)
    labels0 = featurizer.labels
    y = train[spec.target].astype(float).to_numpy()
    if spec.kind == "classification":
        tasks = [TaskSpec(spec.target, "classification", classes=[False, True])]
    else:
        tasks = [TaskSpec(spec.target, "regression", unit=spec.unit)]
    groups = composition_groups(x0, labels0)
    out = {}
    for variant in variants:
        t0 = time.process_time()
        x, labels = build(variant, x0, labels0, comps)
        feat_s = time.process_time() - t0
        for seed in seeds:
            fold_of = inner_folds(groups, 3, seed)
            pred = np.full(len(y), np.nan)
            c0 = time.process_time()
            for k in range(3):
                tr, he = fold_of != k, fold_of == k
                xt, yt = x[tr], y[tr]
                family = learner
                if learner.startswith("clean"):  # drop training rows their own OOF doubts
                    family, cut = "gbm", float(learner.split(":")[1])
                    inner = inner_folds(groups[tr], 3, seed + 100)
                    q = np.full(len(yt), np.nan)
                    for m in range(3):
                        a, b = inner != m, inner == m
                        mm = make_family(family, AutoConfig())
                        mm.fit(
                            xt[a], yt[a, None], None, None, tasks, seed=seed, feature_labels=labels
                        )
                        q[b] = mm.predict(xt[b])[0]["prob"].mean(0)
                    p_own = np.where(yt == 1, q, 1 - q)
                    keep = p_own >= cut
                    xt, yt = xt[keep], yt[keep]
                model = make_family(family, AutoConfig())
                model.fit(xt, yt[:, None], None, None, tasks, seed=seed, feature_labels=labels)
                got = model.predict(x[he])[0]
                pred[he] = (got["prob"] if "prob" in got else got["value"]).mean(0)
            s = score(spec.kind, y, pred)
            s["cpu_s"] = round(time.process_time() - c0, 1)
            s["feature_cpu_s"] = round(feat_s, 1)
            s["n_features"] = x.shape[1]
            out[(variant, seed)] = s
            print(
                fold, variant, seed, json.dumps({k: round(v, 5) for k, v in s.items()}), flush=True
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--task", choices=sorted(SHORT), required=True)
    parser.add_argument("--variants", default="base,base+megnet")
    parser.add_argument("--learner", default="gbm")
    parser.add_argument("--folds", type=int, nargs="+", default=[0, 1])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if not (args.data / "matbench_v0.1_test_folds.csv").is_file():
        print(f"no matbench data in {args.data}", file=sys.stderr)
        return 2
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    rows = []
    for fold in args.folds:
        res = run_fold(SHORT[args.task], fold, variants, args.seeds, args.learner, args.data)
        rows += [{"fold": fold, "variant": v, "seed": s, **r} for (v, s), r in res.items()]
    key = "ba" if "ba" in rows[0] else "mae"
    base = variants[0]
    print(f"\npaired differences in {key} vs {base} (per fold: mean over seeds, min..max)")
    for v in variants:
        line = [v]
        for fold in args.folds:
            vals = [r[key] for r in rows if r["variant"] == v and r["fold"] == fold]
            ref = [r[key] for r in rows if r["variant"] == base and r["fold"] == fold]
            d = np.subtract(vals, ref)
            line.append(
                f"fold {fold}: {np.mean(vals):.4f} (Δ {np.mean(d):+.4f}, {d.min():+.4f}..{d.max():+.4f})"
            )
        if "auc" in rows[0]:
            aucs = [r["auc"] for r in rows if r["variant"] == v]
            line.append(f"auc {np.mean(aucs):.4f}")
        print("  ".join(line))
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
