"""The any-head refit: weighted logistic regression pulled toward the shipped head."""

from __future__ import annotations

import json

import numpy as np

from moderation.backends.local.assets import ASSETS_DIR
from moderation.backends.local.head import SHORT_RESOURCE
from training.dataset import sha256_file
from training.everyday import (
    EVERYDAY_TRAIN,
    EVERYDAY_TUNE,
    everyday_halves,
    fit_logistic,
    label,
    roc_auc,
)


def rows(n: int = 200) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    x = np.hstack([rng.normal(size=(n, 3)), np.ones((n, 1))])
    y = (x[:, 0] - 0.5 * x[:, 1] > 0).astype(np.float64)
    return x, y


def test_a_weak_pull_fits_the_data_and_a_strong_one_keeps_the_start() -> None:
    x, y = rows()
    start = np.zeros(4)
    free = fit_logistic(x, y, np.ones(len(y)), start, pull=1e-3)
    assert roc_auc(y, x @ free) > 0.99 and free[0] > 1.0 and free[1] < 0
    held = fit_logistic(x, y, np.ones(len(y)), start, pull=1e6)
    assert np.abs(held - start).max() < 1e-3


def test_weighted_negatives_move_the_fit_against_them() -> None:
    x, y = rows()
    extra = np.array([[2.0, 0.0, 0.0, 1.0]] * 5)  # positive-looking rows labelled 0
    xs, ys = np.vstack([x, extra]), np.concatenate([y, np.zeros(5)])
    light = fit_logistic(xs, ys, np.concatenate([np.ones(len(y)), np.full(5, 1.0)]), np.zeros(4), 1)
    heavy = fit_logistic(
        xs, ys, np.concatenate([np.ones(len(y)), np.full(5, 30.0)]), np.zeros(4), 1
    )
    assert (extra @ heavy).max() < (extra @ light).max()


def test_the_everyday_tune_set_splits_in_halves_by_kind() -> None:
    fit, choose = everyday_halves()
    assert abs(len(fit) - len(choose)) <= 8 and not set(fit) & set(choose)
    assert np.isnan(label(None)) and label(1) == 1.0


def test_the_shipped_refit_records_the_everyday_files_it_was_fitted_on() -> None:
    """The short head names the everyday files of its latest refit by sha256: a changed file
    means the shipped head no longer matches its record (refit it, or keep the file)."""
    doc = json.loads((ASSETS_DIR / SHORT_RESOURCE).read_text(encoding="utf-8"))
    record = doc["training"]["any_head_refit"]["everyday_negatives"]
    for path in (EVERYDAY_TUNE, EVERYDAY_TRAIN):
        assert f"{path.name} (sha256 {sha256_file(path)[:16]})" in record
