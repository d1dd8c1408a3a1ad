"""Refit the short-text model's any-head with everyday messages as negatives (numpy only).

    python -m training.everyday [--weight 3] [--pull 3] [--write]

Short texts are scored by the fine-tuned encoder and its linear head, every category as
sqrt(p_any * p_category) (head.combine). The templates it was fitted on taught it that
"find you", "see you", "catch you" and "coming for you" are threats and that a sentence
naming a group is about hate, so one in four everyday chat lines came back flagged. The
any-head gates every category, so refitting it alone, on frozen embeddings, with hand-written
everyday lines as negatives, lowers those flags without touching the encoder or the category
heads. Needs no torch: run it in the serving venv.

The fit is weighted logistic regression by Newton's method, with an L2 pull toward the
shipped any-head (`--pull`), on: the public training rows less the validation fifth the
short model was fitted without, the hand-written rows, the templated rows the short model
was trained on, and the first half of training/data/everyday_tune.jsonl (every kind split in
two) at `--weight` each. Knobs are chosen on the second half of the everyday tune set, the
validation fifth (any-flag ROC-AUC) and training/data/functional_dev.jsonl (recall); the
held-out everyday set and the fourth held-out templated part are measured once, by
bench/eval_local.py. `--write` writes the refitted head over the shipped
minilm-short-head.json (its training metadata says how it was made).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.assets import ASSETS_DIR
from moderation.backends.local.encoder import MiniLMEncoder
from moderation.backends.local.head import SHORT_RESOURCE, Head, profanity_feature, sigmoid
from moderation.backends.local.profanity import ProfanityModel
from training import DATA_DIR
from training.dataset import (
    DEFAULT_DATA,
    LABELLED_CATEGORIES,
    Row,
    load_extra,
    load_openai,
    sha256_file,
    split,
)
from training.finetune import load_templates, val_split

Array = npt.NDArray[np.float64]
EVERYDAY_TUNE = DATA_DIR / "everyday_tune.jsonl"
# Everyday lines written for training only (all of them are negatives in the fit).
EVERYDAY_TRAIN = DATA_DIR / "everyday_train.jsonl"
FUNCTIONAL_DEV = DATA_DIR / "functional_dev.jsonl"
EXTRA = DATA_DIR / "local_train_extra.jsonl"


def everyday_halves(path: Path = EVERYDAY_TUNE) -> tuple[list[str], list[str]]:
    """(fit, choose) halves of the everyday tune set: each kind's lines alternately."""
    fit: list[str] = []
    choose: list[str] = []
    seen: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            n = seen.get(doc["kind"], 0)
            seen[doc["kind"]] = n + 1
            (fit if n % 2 == 0 else choose).append(doc["text"])
    return fit, choose


def fit_logistic(
    x: Array, y: Array, weight: Array, w0: Array, pull: float, steps: int = 25
) -> Array:
    """Weighted logistic regression (bias last in x's columns) by Newton's method, with an
    L2 pull of strength `pull` toward w0, the bias included: a free bias would buy the
    everyday negatives by lowering every score at once."""
    w = w0.copy()
    reg = np.full(len(w0), pull)
    for _ in range(steps):
        p = sigmoid(x @ w)
        grad = x.T @ (weight * (p - y)) + reg * (w - w0)
        hess = (x * (weight * p * (1 - p))[:, None]).T @ x + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-7:
            break
    return w


def label(value: int | None) -> float:
    return np.nan if value is None else float(value)


def roc_auc(y: Array, s: Array) -> float:
    order = np.argsort(s, kind="stable")
    ranks = np.empty(len(s))
    ranks[order] = np.arange(1, len(s) + 1)
    pos = y == 1
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


class Features:
    """The short model's input rows (embedding, profanity feature, then 1 for the bias)."""

    def __init__(self, head: Head) -> None:
        assert head.short is not None
        self.short = head.short.head
        self.encoder = MiniLMEncoder(self.short.max_seq_length, model=self.short.encoder_path)
        self.profanity = ProfanityModel.load()

    def __call__(self, texts: Sequence[str]) -> Array:
        prof = profanity_feature(self.profanity.predict_prob(texts), **(self.short.profanity or {}))
        emb = self.encoder.encode(texts).astype(np.float64)
        return np.hstack([emb, prof, np.ones((len(texts), 1))])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--weight", type=float, nargs="+", default=[3.0])
    parser.add_argument("--pull", type=float, nargs="+", default=[3.0])
    parser.add_argument("--heads", choices=("any", "all"), default="any")
    parser.add_argument(
        "--train", action="store_true", help="also fit on training/data/everyday_train.jsonl"
    )
    parser.add_argument("--write", action="store_true", help="write the first combination")
    args = parser.parse_args(argv)

    head = Head.load()
    assert head.short is not None
    short = head.short.head
    cats = list(short.categories)
    doc: dict[str, Any] = json.loads((ASSETS_DIR / SHORT_RESOURCE).read_text(encoding="utf-8"))
    # Recorded as repository paths at training time (bench/data/ then); the rows now live in
    # DATA_DIR under the same names.
    templates = [DATA_DIR / Path(t).name for t in doc["training"]["templates"]]

    rows = load_openai(args.data)
    train_idx, _ = split(rows)
    public = [rows[i] for i in train_idx]
    fit_i, val_i = val_split(public)
    fit_rows: list[Row] = [public[i] for i in fit_i]
    fit_rows += load_extra(EXTRA, cats)
    for path in templates:
        fit_rows += load_templates(path, cats)
    texts = [r.text for r in fit_rows]
    # Column 0 the any-flag, then each category; NaN where a row does not label it.
    y_rows = np.array(
        [[label(r.any_flag(False))] + [label(r.labels.get(c)) for c in cats] for r in fit_rows],
        dtype=np.float64,
    )
    every_fit, every_choose = everyday_halves()
    if args.train:
        lines = EVERYDAY_TRAIN.read_text(encoding="utf-8").splitlines()
        every_fit += [json.loads(line)["text"] for line in lines if line.strip()]
    val_rows = [public[i] for i in val_i if public[i].any_flag(False) is not None]
    dev = [json.loads(line) for line in FUNCTIONAL_DEV.read_text(encoding="utf-8").splitlines()]
    dev_flag = [d["text"] for d in dev if d["expect_flag"]]
    tune_rows = (DATA_DIR / "hate_functional_tune.jsonl").read_text(encoding="utf-8")
    tune_flag = [d["text"] for d in map(json.loads, tune_rows.splitlines()) if d["expect_flag"]]

    features = Features(head)
    x_known = features(texts)
    x_every = features(every_fit)
    x_choose = features(every_choose)
    x_val = features([r.text for r in val_rows])
    y_val = np.array([float(r.any_flag(False) or 0) for r in val_rows])
    x_dev = features(dev_flag)
    x_tune = features(tune_flag)
    w0 = np.hstack([short.weights, short.intercepts[:, None]])  # (1 + categories, dim + 1)
    thresholds = review_raw_thresholds(short)

    def flags(x: Array, w: Array) -> Array:
        p = sigmoid(x @ w.T)
        raw = np.asarray(np.sqrt(p[:, :1] * p[:, 1:]), dtype=np.float64)
        return np.asarray((raw >= thresholds).any(axis=1), dtype=np.float64)

    def report(name: str, w: Array) -> None:
        auc = roc_auc(y_val, x_val @ w[0])

        print(
            f"| {name} | {flags(x_choose, w).mean():.3f} | {flags(x_every, w).mean():.3f}"
            f" | {flags(x_dev, w).mean():.3f} | {flags(x_tune, w).mean():.3f}"
            f" | {auc:.3f} |"
        )

    print(f"fit rows {len(texts)} + everyday {len(every_fit)}; choose on {len(every_choose)}")
    print(
        "| any-head | everyday choose-half flagged | fit-half flagged | dev recall "
        "| templated tune recall | val AUC |"
    )
    print("|---|---|---|---|---|---|")
    report("shipped", w0)
    chosen: Array | None = None
    x = np.vstack([x_known, x_every])
    y_all = np.vstack([y_rows, np.zeros((len(every_fit), y_rows.shape[1]))])
    refit = range(len(w0)) if args.heads == "all" else range(1)
    for weight in args.weight:
        for pull in args.pull:
            sw = np.concatenate([np.ones(len(texts)), np.full(len(every_fit), weight)])
            w = w0.copy()
            for j in refit:
                known = ~np.isnan(y_all[:, j])
                w[j] = fit_logistic(x[known], y_all[known, j], sw[known], w0[j], pull)
            report(f"{args.heads} heads, weight {weight:g}, pull {pull:g}", w)
            if chosen is None:
                chosen = w
    if args.write and chosen is not None:
        for name, row in zip(("any", *cats), chosen, strict=True):
            doc["heads"][name]["w"] = [round(float(v), 6) for v in row[:-1]]
            doc["heads"][name]["b"] = round(float(row[-1]), 6)
        earlier = doc["training"].get("any_head_refit")
        doc["training"]["any_head_refit"] = {
            "command": "python -m training.everyday "
            f"--heads {args.heads} --weight {args.weight[0]:g} --pull {args.pull[0]:g}"
            f"{' --train' if args.train else ''} --write",
            "everyday_negatives": "first half of training/data/everyday_tune.jsonl "
            f"(sha256 {sha256_file(EVERYDAY_TUNE)[:16]})"
            + (
                " and training/data/everyday_train.jsonl "
                f"(sha256 {sha256_file(EVERYDAY_TRAIN)[:16]})"
                if args.train
                else ""
            )
            + f": {len(every_fit)} rows",
            "labelled_rows": len(texts),
            "categories": LABELLED_CATEGORIES,
            # Each refit starts from (and is pulled toward) the head before it.
            **({"started_from": earlier} if earlier else {}),
        }
        (ASSETS_DIR / SHORT_RESOURCE).write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {ASSETS_DIR / SHORT_RESOURCE}")
    return 0


def review_raw_thresholds(short: Head) -> Array:
    """Each category's raw score (before alignment) at which it reaches the policy's
    review_at: the knot the alignment maps to that policy threshold."""
    from moderation.policy import default_policy

    policy = default_policy()
    out = []
    for cat, (xs, ys) in zip(short.categories, short.knots, strict=True):
        target = next(c for c in policy.categories if c.name == cat)
        review = target.bands.score(target.review_at)
        out.append(float(np.interp(review, ys, xs)))
    return np.array(out)


if __name__ == "__main__":
    raise SystemExit(main())
