"""Does a text's score depend on the texts scored with it? Worst score change over random batches.

    python -m bench.batch_independence [--rounds 50] [--sub-batch 1]

Scores each held-out text of the public sample (and short hand-written chat lines) alone,
then inside random batches of 2-32 in random order, and prints the largest absolute change of
any category score. `--sub-batch 8` puts 8 texts in each onnxruntime call, as before the fix:
the int8 model's dynamic activation ranges and the padding then span the call.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Sequence
from pathlib import Path

from moderation.backends.local import encoder
from moderation.backends.local.text import MiniLMClassifier
from training import DATA_DIR
from training.dataset import DEFAULT_DATA, load_openai, split

EVERYDAY = DATA_DIR / "everyday_tune.jsonl"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--pool", type=int, default=120, help="texts drawn from")
    parser.add_argument("--sub-batch", type=int, default=encoder.SUB_BATCH)
    args = parser.parse_args(argv)
    encoder.SUB_BATCH = args.sub_batch
    rows = load_openai(args.data)
    rng = random.Random(20261206)
    held = [rows[i].text for i in split(rows)[1]]
    texts = rng.sample(held, args.pool // 2)
    if EVERYDAY.exists():
        lines = EVERYDAY.read_text(encoding="utf-8").splitlines()
        chat = [json.loads(line)["text"] for line in lines if line.strip()]
        texts += rng.sample(chat, min(len(chat), args.pool - len(texts)))
    clf = MiniLMClassifier()
    alone = [clf.score([t])[0] for t in texts]
    worst, changed = 0.0, 0
    for _ in range(args.rounds):
        idx = rng.sample(range(len(texts)), rng.randint(2, min(32, len(texts))))
        for i, row in zip(idx, clf.score([texts[i] for i in idx]), strict=True):
            diff = max(abs(row[c] - alone[i][c]) for c in row)
            worst = max(worst, diff)
            changed += diff > 1e-4
    print(
        f"sub-batch {args.sub_batch}: {len(texts)} texts, {args.rounds} random batches: "
        f"worst score change {worst:.2e}, scores moved by more than 1e-4: {changed}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
