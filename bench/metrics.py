"""ROC-AUC, precision, recall and F1 in numpy, so the evaluations need no scikit-learn."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


def roc_auc(y: npt.ArrayLike, scores: npt.ArrayLike) -> float:
    """The Mann-Whitney form of ROC-AUC, ties counted half (scikit-learn's figure)."""
    yt = np.asarray(y, dtype=np.float64)
    s = np.asarray(scores, dtype=np.float64)
    pos = yt == 1
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    # Average ranks (1-based) of tied scores.
    _, inverse, counts = np.unique(s, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)
    ranks = (ends - (counts - 1) / 2.0)[inverse]
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def prf(y: npt.ArrayLike, pred: npt.ArrayLike) -> tuple[float, float, float]:
    """Precision, recall and F1 of the positive class (0 where undefined)."""
    yt = np.asarray(y) == 1
    p_ = np.asarray(pred, dtype=bool)
    tp = float(np.sum(p_ & yt))
    p = tp / max(float(np.sum(p_)), 1.0)
    r = tp / max(float(np.sum(yt)), 1.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def roc_auc_interval(
    y: npt.ArrayLike, scores: npt.ArrayLike, rounds: int = 2000, seed: int = 0
) -> tuple[float, float]:
    """A 95 % percentile interval of ROC-AUC over bootstrap resamples of the rows.

    Positives and negatives are resampled apart (stratified), so every resample keeps the
    class counts of the evaluation set; with about 100 negatives the interval is wide, and a
    difference between two models inside it is not evidence of either being better.
    """
    yt = np.asarray(y, dtype=np.float64)
    s = np.asarray(scores, dtype=np.float64)
    pos, neg = np.flatnonzero(yt == 1), np.flatnonzero(yt != 1)
    if not len(pos) or not len(neg):
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    values = [
        roc_auc(
            np.concatenate([np.ones(len(pos)), np.zeros(len(neg))]),
            np.concatenate([s[rng.choice(pos, len(pos))], s[rng.choice(neg, len(neg))]]),
        )
        for _ in range(rounds)
    ]
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)
