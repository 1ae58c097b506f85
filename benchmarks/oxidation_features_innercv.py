"""Do the oxidation-state features help? Inner cross-validation on TRAINING rows only.

    PYTHONPATH=$PWD nice .venv/bin/python benchmarks/oxidation_features_innercv.py \
        [--folds 0,1] [--seeds 0,1,2] [--drop 18]

For each official matbench_expt_is_metal fold given, the fold's training rows (never
its test rows) are split 3 ways (rows of one composition together, as auto does) and
LightGBM with auto's ``gbm`` settings predicts each third from the other two. The
balanced accuracy at the best threshold of those out-of-fold probabilities is
printed for the recipe-3 features (every column but ``oxidation: ...``) and for the
recipe-4 features (all of them; ``--drop`` leaves out oxidation columns by index).
"""

from __future__ import annotations

import argparse
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "matbench"


def best_balanced_accuracy(y: np.ndarray, p: np.ndarray) -> float:
    best = 0.0
    for t in np.concatenate([np.unique(np.quantile(p, np.linspace(0.02, 0.98, 97))), [0.5]]):
        hard = p >= t
        tpr = np.mean(hard[y == 1])
        tnr = np.mean(~hard[y == 0])
        best = max(best, (tpr + tnr) / 2)
    return float(best)


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, seed: int) -> np.ndarray:
    import lightgbm as lgb

    from matsci_jupyter.engines.heads.auto import inner_folds

    fold = inner_folds(groups, 3, seed)
    p = np.zeros(len(y))
    for k in range(3):
        model = lgb.LGBMClassifier(
            n_estimators=600,
            learning_rate=0.05,
            num_leaves=31,
            min_child_samples=10,
            subsample=0.8,
            subsample_freq=1,
            colsample_bytree=0.4,
            verbose=-1,
            n_jobs=1,
            random_state=seed,
        )
        model.fit(x[fold != k], y[fold != k])
        p[fold == k] = model.predict_proba(x[fold == k])[:, 1]
    return p


def main() -> None:
    import pandas as pd

    from matsci_jupyter.engines.heads.featurize import CompositionFeaturizer, parse_inputs

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--folds", default="0,1")
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--drop", default="", help="oxidation feature indices to leave out")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    df = pd.read_csv(args.data / "matbench_expt_is_metal.csv")
    folds = pd.read_csv(args.data / "matbench_v0.1_test_folds.csv")
    folds = folds[folds.dataset == "matbench_expt_is_metal"].set_index("mbid").test_fold
    test_fold = df.mbid.map(folds).to_numpy()
    parsed = parse_inputs(df.composition)
    featurizer = CompositionFeaturizer()
    x = featurizer.transform(parsed.compositions)
    labels = featurizer.labels
    oxidation = [i for i, lab in enumerate(labels) if lab.startswith("oxidation: ")]
    dropped = {oxidation[int(i)] for i in args.drop.split(",") if i}
    sets = {
        "recipe 3": [i for i in range(len(labels)) if i not in oxidation],
        "recipe 4": [i for i in range(len(labels)) if i not in dropped],
    }
    y = df.is_metal.astype(int).to_numpy()
    _, groups = np.unique(parsed.keys, return_inverse=True)
    for name, cols in sets.items():
        scores = []
        for fold in (int(f) for f in args.folds.split(",")):
            train = test_fold != fold
            for seed in (int(s) for s in args.seeds.split(",")):
                p = out_of_fold(x[train][:, cols], y[train], groups[train], seed)
                scores.append(best_balanced_accuracy(y[train], p))
        each = " ".join(f"{s:.4f}" for s in scores)
        print(f"{name} ({len(cols)} features): mean {np.mean(scores):.4f}  [{each}]")


if __name__ == "__main__":
    main()
