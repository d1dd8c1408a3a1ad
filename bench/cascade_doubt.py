"""How well the cascade's doubt finds the embedded model's mistakes, on the cascade's data.

    python -m bench.cascade_doubt [--save]

The cascade sends upstream the items the embedded model doubts. Agreement within 2 points of
haiku-only (0.98 on the oracle) at most 0.35x its cost means sending at most about a third
of the items and catching, among them, nearly every item the embedded model gets wrong. This
measures, on the two halves of the held-out split `bench.cascade_bench` uses, how many
mistakes the embedded model makes and how well candidate doubt signals rank them (ROC-AUC of
each signal for "the embedded verdict disagrees with the label"; 0.5 is chance; among them a
second model's disagreement, as a committee would use it), and the agreement the shipped
signal reaches with a third of the items upstream.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np

from bench.cascade_bench import label
from bench.eval_local import any_score, policy_matrix
from bench.metrics import roc_auc
from bench.results import record
from moderation.backends.base import Batch
from moderation.backends.cascade import relative_score
from moderation.backends.local import LocalBackend
from moderation.backends.local.multilingual import MultilingualClassifier
from moderation.domain import Item, Judgement, TextContent
from moderation.policy import default_policy
from training.dataset import DEFAULT_DATA, Row, load_openai, split

FAMILY = "Cascade: how well doubt finds the embedded model's mistakes"
SHARE = 1 / 3  # of the items sent upstream


async def judged(rows: Sequence[Row]) -> tuple[np.ndarray, np.ndarray]:
    """Threshold-relative scores per category, and the embedded decision (not ALLOW)."""
    policy = default_policy()
    local = LocalBackend()
    await local.start()
    items = tuple(Item(f"r{i}", TextContent(r.text)) for i, r in enumerate(rows))
    rel = np.zeros((len(rows), len(policy.categories)))
    flagged = np.zeros(len(rows), dtype=bool)
    for start in range(0, len(items), 32):
        async for j in local.classify(Batch(items[start : start + 32], policy)):
            assert isinstance(j, Judgement)
            k = int(j.item_id[1:])
            scores = {c.category: c.score or 0.0 for c in j.categories}
            rel[k] = [
                relative_score(scores.get(c.name, 0.0), c.bands.score(c.review_at))
                for c in policy.categories
            ]
            flagged[k] = policy.decide(j)[0].value != "allow"
    await local.close()
    return rel, flagged


def second_opinion(rows: Sequence[Row]) -> np.ndarray:
    """The multilingual model's threshold-relative any-flag score (it is trained on the same
    English rows too, from other features: static piece vectors and character n-grams)."""
    policy = default_policy()
    scores = MultilingualClassifier().score([r.text for r in rows])
    return any_score(policy_matrix(scores, policy), policy)


def row_for(name: str, rows: Sequence[Row]) -> tuple[str, float, tuple[float, float]]:
    """The table row of one half, its agreement with the labels when the third of its
    items the shipped signal doubts most go upstream (and upstream is right), and the
    labels' ROC-AUC by the embedded model's score and by the second model's."""
    rel, flagged = asyncio.run(judged(rows))
    y = np.array([label(r) for r in rows])
    wrong = flagged != y
    top = rel.max(axis=1)
    signals = {
        "closeness of the largest score to its threshold (shipped)": -np.abs(top - 0.5),
        "the largest score": top,
        "the second largest score": np.sort(rel, axis=1)[:, -2],
        "sum of the scores": rel.sum(axis=1),
        "categories above a quarter": (rel > 0.25).sum(axis=1).astype(float),
        "text length": np.array([len(r.text) for r in rows], dtype=float),
        "disagreement with a second model": np.abs(top - (other := second_opinion(rows))),
    }
    row = (
        f"| {name} | {len(rows)} | {int(wrong.sum())} ({int((wrong & y).sum())} missed, "
        f"{int((wrong & ~y).sum())} false alarms) | "
        + " | ".join(f"{roc_auc(wrong.astype(float), s):.3f}" for s in signals.values())
        + " |"
    )
    order = np.argsort(signals["closeness of the largest score to its threshold (shipped)"])[::-1]
    up = np.zeros(len(rows), dtype=bool)
    up[order[: int(len(rows) * SHARE)]] = True
    aucs = (roc_auc(y.astype(float), top), roc_auc(y.astype(float), other))
    return row, float(np.where(up, True, ~wrong).mean()), aucs


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--save", action="store_true", help="record the run in bench/RESULTS.md")
    args = ap.parse_args(argv)
    rows = load_openai(DEFAULT_DATA)
    _, test_idx = split(rows)
    order = np.random.default_rng(20261206).permutation(len(test_idx))
    half = len(order) // 2
    first = [rows[test_idx[int(i)]] for i in order[:half]]
    second = [rows[test_idx[int(i)]] for i in sorted(order[half:])]
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = (
        "| half | rows | embedded mistakes | closeness to threshold (shipped) | largest "
        "score | second largest | sum | categories above 0.25 | text length | disagreement "
        "with the multilingual model |"
    )
    lines = [
        f"## {FAMILY} — {when}",
        "",
        "`python -m bench.cascade_doubt --save`: the two halves of the held-out split that "
        '`bench.cascade_bench` uses; ROC-AUC of each signal for "the embedded verdict '
        'disagrees with the label" (0.5 is chance). The second model is the multilingual '
        "one, trained on the same English rows from other features.",
        "",
        head,
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    agreements, aucs = [], []
    for name, part in (("first", first), ("second", second)):
        row, agree, (own, other) = row_for(name, part)
        lines.append(row)
        agreements.append(f"{name} half {agree:.3f}")
        aucs.append(f"{name} half {own:.3f} and {other:.3f}")
    lines += [
        "",
        "Agreement with the labels when the third of the items the shipped signal doubts most "
        f"go upstream (and upstream is right): {', '.join(agreements)}; haiku-only's is 1.000 "
        "by construction, the goal 0.98. Any-flag ROC-AUC of the labels by the embedded "
        f"model's score and by the second model's: {', '.join(aucs)}.",
    ]
    print("\n".join(lines))
    if args.save:
        record("\n".join(lines), FAMILY)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
