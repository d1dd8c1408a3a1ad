"""`make eval`: the public OpenAI moderation set through a running server, with the real client.

Starts `moderation-server` on a free loopback port (unless --target names a
running one), streams the held-out rows of the fixed split through the Python
client, and prints per-category and any-flag precision / recall / F1 (at the
policy's thresholds: a category counts as flagged from its review_at severity)
and ROC-AUC (on the verdicts' scores). Rows whose label for a category is
unknown are left out of that category. Any-flag is reported two ways:
"strict" keeps only rows whose any-flag is known (a label set, or all eight
known), "lenient" reads unknown labels as 0, as the commonly quoted figures
for this set do (alt-profanity-check's 0.84 ROC-AUC is lenient, on all rows).

Only the held-out rows are scored: the embedded classifier's head was trained
on the others, and a figure measured on training rows would flatter it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from bench.harness import BIN, free_port, process, wait_grpc
from bench.metrics import prf, roc_auc
from moderation_client import ModerationClient, text_item
from moderation_client.v1 import moderation_pb2 as pb
from training.dataset import LABELLED_CATEGORIES, Row, load_openai, split

ANY_STRICT = "any (strict)"
ANY_LENIENT = "any (lenient)"
ANY = (ANY_STRICT, ANY_LENIENT)


def server_env(port: int, backend: str) -> dict[str, str]:
    env = dict(os.environ, MODERATION_PORT=str(port), MODERATION_BACKEND=backend)
    env["MODERATION_HOST"] = "127.0.0.1"
    # No jobs are made here: nothing durable to keep, and nothing written under the home.
    env.setdefault("MODERATION_JOBS_STORE", "memory")
    return env


def scores_of(result: pb.ItemResult) -> tuple[dict[str, float], dict[str, bool]]:
    if result.HasField("error"):
        raise SystemExit(f"item {result.item_id} failed: {result.error.message}")
    v = result.verdict
    scores = {c.category: float(c.score) for c in v.categories}
    flags = {c.category: c.flagged for c in v.categories}
    worst = max(scores.values(), default=0.0)  # the most severe category, as a caller sees it
    for name in ANY:
        scores[name] = worst
        flags[name] = v.flagged
    return scores, flags


def table(
    rows: list[Row], results: dict[str, pb.ItemResult]
) -> list[tuple[str, int, int, float, float, float, float]]:
    out = []
    for category in (*LABELLED_CATEGORIES, *ANY):
        y_true: list[int] = []
        y_score: list[float] = []
        y_pred: list[int] = []
        for n, row in enumerate(rows):
            if category in ANY:
                label = row.any_flag(strict=category == ANY_STRICT)
            else:
                label = row.labels[category]
            if label is None:
                continue
            scores, flags = scores_of(results[str(n)])
            y_true.append(label)
            y_score.append(scores.get(category, 0.0))
            y_pred.append(int(flags.get(category, False)))
        positives = sum(y_true)
        auc = roc_auc(y_true, y_score)
        p, r, f = prf(y_true, y_pred)
        out.append((category, len(y_true), positives, float(p), float(r), float(f), float(auc)))
    return out


def run(target: str, rows: list[Row]) -> tuple[dict[str, pb.ItemResult], float]:
    def items() -> Iterator[pb.Item]:
        for n, row in enumerate(rows):
            yield text_item(row.text, id=str(n))

    started = time.perf_counter()
    with ModerationClient(target, timeout=600) as client:
        results = {r.item_id: r for r in client.stream(items())}
    return results, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=Path, required=True)
    parser.add_argument("--target", help="host:port of a running server (default: start one)")
    parser.add_argument("--backend", default="local", help="backend of the started server")
    args = parser.parse_args()

    all_rows = load_openai(args.samples)
    _, held_out = split(all_rows)
    rows = [all_rows[i] for i in held_out]
    target = args.target
    with contextlib.ExitStack() as stack:
        if target is None:
            port = free_port()
            server = [str(BIN / "moderation-server")]
            proc = stack.enter_context(process(server, server_env(port, args.backend)))
            asyncio.run(wait_grpc(port, proc, limit=180.0))
            target = f"127.0.0.1:{port}"
        results, seconds = run(target, rows)
    print(f"held-out rows: {len(rows)} of {len(all_rows)} (fixed split); server {target}")
    print(f"throughput through gRPC: {len(rows) / seconds:.0f} items/s ({seconds:.1f} s)")
    print(f"{'category':<18}{'n':>6}{'pos':>6}{'prec':>8}{'recall':>8}{'F1':>8}{'ROC-AUC':>9}")
    for category, n, pos, p, r, f, auc in table(rows, results):
        print(f"{category:<18}{n:>6}{pos:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}{auc:>9.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
