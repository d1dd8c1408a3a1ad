"""The evaluation's ROC-AUC and its bootstrap interval."""

from __future__ import annotations

import numpy as np

from bench.metrics import roc_auc, roc_auc_interval


def test_auc_counts_ties_half_and_separable_scores_as_one() -> None:
    assert roc_auc([0, 1], [0.2, 0.8]) == 1.0
    assert roc_auc([0, 1], [0.5, 0.5]) == 0.5
    assert roc_auc([1, 0, 1, 0], [0.9, 0.8, 0.3, 0.1]) == 0.75


def test_interval_holds_the_estimate_and_narrows_with_more_rows() -> None:
    rng = np.random.default_rng(1)

    def sample(n: int) -> tuple[np.ndarray, np.ndarray]:
        y = np.r_[np.ones(n), np.zeros(n)]
        return y, np.r_[rng.normal(1.0, 1.0, n), rng.normal(0.0, 1.0, n)]

    y_small, s_small = sample(50)
    y_large, s_large = sample(2000)
    low, high = roc_auc_interval(y_small, s_small)
    assert low < roc_auc(y_small, s_small) < high
    large_low, large_high = roc_auc_interval(y_large, s_large, rounds=300)
    assert large_high - large_low < (high - low) / 3
    # N(1, 1) against N(0, 1): the population AUC is Phi(1 / sqrt(2)), about 0.760.
    assert large_low < 0.760 < large_high


def test_interval_is_undefined_without_both_classes() -> None:
    assert all(np.isnan(roc_auc_interval([1, 1], [0.1, 0.2])))
