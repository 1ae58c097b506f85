"""Does a new candidate learner help auto's blend? Inner cross-validation on the TRAINING
rows of official matbench folds (test rows never read); classification tasks.

    PYTHONPATH=. nice -n 10 .venv/bin/python benchmarks/blend_inner_cv.py \
        --task metal --folds 0 1 --seeds 0 1 2 --new knn-emb,svm

Per fold and inner seed: out-of-fold probabilities (3 inner folds, auto's split) of auto's
default families and of the new candidates; then auto's blend choice (every average of up to
3 candidates, threshold chosen for balanced accuracy) once among the default families only
and once with the new ones. Prints both best scores, paired per fold × seed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "matbench"
SHORT = {"metal": "matbench_expt_is_metal"}


def _prep(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    med = np.nanmedian(x, axis=0)
    med = np.where(np.isfinite(med), med, 0.0)
    x = np.where(np.isfinite(x), x, med)
    return x


def new_candidate(name: str, x_tr, y_tr, x_te, labels, seed):
    """Probabilities of class 1 for x_te from one experimental candidate."""
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.preprocessing import StandardScaler

    from matsci_jupyter.engines.heads import embeddings
    from matsci_jupyter.engines.heads.learners import feature_columns

    frac = feature_columns(labels, ["fraction"])
    if name.startswith("knn-emb"):  # mean matscholar vector, cosine, k from the name
        k = int(name.split(":")[1]) if ":" in name else 10
        src = "megnet" if "megnet" in name else "matscholar"
        a = embeddings.embedding_features(x_tr[:, frac], src)[
            :, : embeddings.projected_table(src, None).shape[1]
        ]
        b = embeddings.embedding_features(x_te[:, frac], src)[
            :, : embeddings.projected_table(src, None).shape[1]
        ]
        a, b = np.nan_to_num(a), np.nan_to_num(b)
        model = KNeighborsClassifier(k, metric="cosine", weights="distance").fit(a, y_tr)
        return model.predict_proba(b)[:, 1]
    if name.startswith("knn-smooth"):  # fractions smoothed over similar elements, L1
        k = int(name.split(":")[1]) if ":" in name else 10
        table = embeddings.projected_table("matscholar", None)
        known = np.isfinite(table).all(axis=1)
        t = np.where(known[:, None], table, 0.0)
        t = t / np.maximum(np.linalg.norm(t, axis=1, keepdims=True), 1e-9)
        sim = np.clip(t @ t.T, 0, 1) ** 8
        sim[~known, :] = 0
        sim[np.arange(118), np.arange(118)] = 1.0
        sim = sim / sim.sum(axis=1, keepdims=True)
        a = np.nan_to_num(x_tr[:, frac][:, :118]) @ sim
        b = np.nan_to_num(x_te[:, frac][:, :118]) @ sim
        model = KNeighborsClassifier(k, metric="manhattan", weights="distance").fit(a, y_tr)
        return model.predict_proba(b)[:, 1]
    if name.startswith("knn-magpie"):  # standardized Magpie + oxidation features, L1
        k = int(name.split(":")[1]) if ":" in name else 10
        cols = feature_columns(labels, ["magpie", "oxidation", "valence", "stoichiometry"])
        sc = StandardScaler().fit(_prep(x_tr[:, cols]))
        a = sc.transform(_prep(x_tr[:, cols]))
        med = np.nanmedian(np.asarray(x_tr[:, cols], dtype=np.float64), axis=0)
        b = np.asarray(x_te[:, cols], dtype=np.float64)
        b = sc.transform(np.where(np.isfinite(b), b, np.where(np.isfinite(med), med, 0.0)))
        a, b = np.clip(a, -5, 5), np.clip(b, -5, 5)
        model = KNeighborsClassifier(k, metric="manhattan", weights="distance").fit(a, y_tr)
        return model.predict_proba(b)[:, 1]
    if name.startswith("svm"):  # RBF SVM on standardized non-fraction features
        from sklearn.svm import SVC

        c = float(name.split(":")[1]) if ":" in name else 3.0
        cols = np.array([i for i, lab in enumerate(labels) if not lab.startswith("fraction")])
        med = np.nanmedian(np.asarray(x_tr[:, cols], dtype=np.float64), axis=0)
        med = np.where(np.isfinite(med), med, 0.0)

        def fill(z):
            z = np.asarray(z[:, cols], dtype=np.float64)
            return np.where(np.isfinite(z), z, med)

        sc = StandardScaler().fit(fill(x_tr))
        a, b = np.clip(sc.transform(fill(x_tr)), -5, 5), np.clip(sc.transform(fill(x_te)), -5, 5)
        from sklearn.calibration import CalibratedClassifierCV

        svc = SVC(C=c, gamma="scale", random_state=seed)
        model = CalibratedClassifierCV(svc, ensemble=False).fit(a, y_tr)
        return model.predict_proba(b)[:, 1]
    if name.startswith("lr-emb"):  # logistic regression on all matscholar statistics
        from sklearn.linear_model import LogisticRegression

        a = np.nan_to_num(embeddings.embedding_features(x_tr[:, frac], "matscholar"))
        b = np.nan_to_num(embeddings.embedding_features(x_te[:, frac], "matscholar"))
        sc = StandardScaler().fit(a)
        model = LogisticRegression(C=0.05, max_iter=2000).fit(sc.transform(a), y_tr)
        return model.predict_proba(sc.transform(b))[:, 1]
    raise ValueError(name)


def best_blend(y, oof: dict[str, np.ndarray], names: list[str], max_blend: int = 3):
    from matsci_jupyter.engines.heads.auto import _binary_scores

    best = (-1.0, ())
    for size in range(1, max_blend + 1):
        for combo in itertools.combinations(names, size):
            p = np.mean([oof[n] for n in combo], axis=0)
            s, _ = _binary_scores(y, p, "balanced_accuracy")
            tol = 1e-3 * max(best[0], 1e-9)
            if s > best[0] + tol or (abs(s - best[0]) <= tol and size < len(best[1])):
                best = (s, combo)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--task", choices=sorted(SHORT), default="metal")
    parser.add_argument("--new", default="knn-emb")
    parser.add_argument("--base", default="gbm,knn,gbm-nbr,forest,forest-fraction")
    parser.add_argument("--folds", type=int, nargs="+", default=[0, 1])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if not (args.data / "matbench_v0.1_test_folds.csv").is_file():
        print(f"no matbench data in {args.data}", file=sys.stderr)
        return 2
    from matsci_jupyter.engines.heads.auto import (
        AutoConfig,
        _binary_scores,
        composition_groups,
        inner_folds,
        make_family,
    )
    from matsci_jupyter.engines.heads.data import TaskSpec
    from matsci_jupyter.engines.heads.featurize import default_featurizer, to_composition
    from matsci_jupyter.engines.heads.matbench import TASKS, load_datasets, training_frame

    task = SHORT[args.task]
    spec = TASKS[task]
    base = [b for b in args.base.split(",") if b]
    new = [n for n in args.new.split(",") if n]
    rows = []
    for fold in args.folds:
        train, _test, _ = training_frame(load_datasets(args.data, [task]), task, fold)
        del _test
        comps = [to_composition(c) for c in train["composition"]]
        feat = default_featurizer()
        x, labels = feat.transform(comps), feat.labels
        y = train[spec.target].astype(float).to_numpy()
        tasks = [TaskSpec(spec.target, "classification", classes=[False, True])]
        groups = composition_groups(x, labels)
        for seed in args.seeds:
            fold_of = inner_folds(groups, 3, seed)
            oof: dict[str, np.ndarray] = {}
            cpu: dict[str, float] = {}
            for name in base + new:
                p = np.full(len(y), np.nan)
                c0 = time.process_time()
                for k in range(3):
                    tr, he = fold_of != k, fold_of == k
                    if name in base:
                        m = make_family(name, AutoConfig())
                        m.fit(
                            x[tr], y[tr, None], None, None, tasks, seed=seed, feature_labels=labels
                        )
                        p[he] = m.predict(x[he])[0]["prob"].mean(0)
                    else:
                        p[he] = new_candidate(name, x[tr], y[tr], x[he], labels, seed)
                oof[name] = p
                cpu[name] = round(time.process_time() - c0, 1)
            alone = {n: round(_binary_scores(y, oof[n], "balanced_accuracy")[0], 5) for n in oof}
            b0 = best_blend(y, oof, base)
            b1 = best_blend(y, oof, base + new)
            row = {
                "fold": fold,
                "seed": seed,
                "alone": alone,
                "cpu_s": cpu,
                "best_default": [round(b0[0], 5), list(b0[1])],
                "best_with_new": [round(b1[0], 5), list(b1[1])],
            }
            for n in new:
                bn = best_blend(y, oof, [*base, n])
                row[f"best_with_{n}"] = [round(bn[0], 5), list(bn[1])]
            rows.append(row)
            print(json.dumps(row), flush=True)
    d = [r["best_with_new"][0] - r["best_default"][0] for r in rows]
    print(
        f"\nbest blend with new minus default: mean {np.mean(d):+.4f}, min {min(d):+.4f}, max {max(d):+.4f}"
    )
    for fold in args.folds:
        dd = [r["best_with_new"][0] - r["best_default"][0] for r in rows if r["fold"] == fold]
        print(f"fold {fold}: {np.mean(dd):+.4f} ({min(dd):+.4f}..{max(dd):+.4f})")
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
