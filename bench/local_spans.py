"""What evidence spans cost the embedded model, and whether they name what drives a flag.

Throughput: the `local` backend (MiniLM, the shipped policy) judges the same texts in
batches of `--batch` items, `--concurrency` batches at a time (the server's two scoring
workers), with spans on and off in alternate rounds on the same loaded models; items/s is
the median of the rounds. The texts are the data's real mix: the OpenAI moderation set
(../shared/data, or the committed sample) and bench/data's held-out everyday chat and
templated hate sets, shuffled with a fixed seed.

Faithfulness (a deletion test, on the real model): for each flagged category with spans,
the category's score after deleting its quoted words, against after deleting as many other
words of the same item chosen at random (fixed seed). Spans that name what drives the score
lower it more than random words do.

    python -m bench.local_spans [--rounds 3] [--batch 16] [--save]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import re
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.batching_bench import RESULTS, load_rows
from bench.reliability.harness import dataset
from moderation.backends.base import Batch
from moderation.backends.local import LocalBackend
from moderation.domain import Item, Judgement, TextContent
from moderation.policy import default_policy

DATA = Path(__file__).resolve().parent / "data"
SETS = ("everyday_heldout.jsonl", "hate_functional_heldout.jsonl")


def texts() -> list[str]:
    out = [text for text, _ in load_rows(dataset())]
    for name in SETS:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        out += [json.loads(line)["text"] for line in lines if line.strip()]
    random.Random(7).shuffle(out)
    return out


async def judge_all(
    backend: LocalBackend, items: list[Item], batch: int, concurrency: int
) -> tuple[float, list[Judgement]]:
    """Seconds to judge every item, and the judgements."""
    policy = default_policy()
    batches = [tuple(items[i : i + batch]) for i in range(0, len(items), batch)]
    queue = iter(batches)
    out: list[Judgement] = []

    async def worker() -> None:
        for b in queue:
            out.extend(
                [o async for o in backend.classify(Batch(b, policy)) if isinstance(o, Judgement)]
            )

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - t0, out


def _delete(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return re.sub(r"\s+", " ", text).strip()


def faithfulness(
    backend: LocalBackend, items: list[Item], judgements: list[Judgement]
) -> tuple[int, float, float, float]:
    """(cases, median score drop deleting the spans, the same deleting random words,
    share of cases where the spans' drop is the larger)."""
    assert backend._text is not None
    by_id = {i.id: i for i in items}
    rng = random.Random(11)
    cases: list[tuple[str, str, str, str, float]] = []
    for j in judgements:
        text = by_id[j.item_id].content
        assert isinstance(text, TextContent)
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text.text)]
        for c in j.categories:
            if not c.evidence:
                continue
            quoted = [(e.start, e.end) for e in c.evidence]
            others = [w for w in words if all(w[1] <= a or w[0] >= b for a, b in quoted)]
            if len(others) < len(quoted):
                continue
            chosen = rng.sample(others, len(quoted))
            cases.append(
                (
                    c.category,
                    _delete(text.text, quoted),
                    _delete(text.text, chosen),
                    text.text,
                    c.score or 0.0,
                )
            )
    if not cases:
        return 0, 0.0, 0.0, 0.0
    spans_scores = backend._text.score([c[1] for c in cases])
    random_scores = backend._text.score([c[2] for c in cases])
    drops = [
        (score - s[cat], score - r[cat])
        for (cat, _, _, _, score), s, r in zip(cases, spans_scores, random_scores, strict=True)
    ]
    wins = sum(1 for a, b in drops if a > b) / len(drops)
    return (
        len(drops),
        statistics.median(a for a, _ in drops),
        statistics.median(b for _, b in drops),
        wins,
    )


async def run(args: argparse.Namespace) -> str:
    corpus = texts()[: args.items] if args.items else texts()
    items = [Item(str(k), TextContent(t)) for k, t in enumerate(corpus)]
    backend = LocalBackend(text_model="minilm")
    await backend.start()
    try:
        await judge_all(backend, items[:64], args.batch, args.concurrency)  # warm up
        rates: dict[bool, list[float]] = {False: [], True: []}
        judged: list[Judgement] = []
        for r in range(args.rounds):
            for spans in (False, True) if r % 2 == 0 else (True, False):
                backend.spans = spans
                print(f"round {r + 1}: spans {'on' if spans else 'off'} …", file=sys.stderr)
                seconds, out = await judge_all(backend, items, args.batch, args.concurrency)
                rates[spans].append(len(items) / seconds)
                if spans:
                    judged = out
        cases, drop_spans, drop_random, wins = faithfulness(backend, items, judged)
    finally:
        await backend.close()
    off = statistics.median(rates[False])
    on = statistics.median(rates[True])
    flagged = [j for j in judged if any(c.evidence for c in j.categories)]
    per_cat = [len(c.evidence) for j in judged for c in j.categories if c.evidence]
    policy = default_policy()
    unflagged_with = sum(
        1
        for j in judged
        for c, cat in zip(j.categories, policy.categories, strict=True)
        if c.evidence and c.severity < cat.review_at
    )
    lines = [
        f"## Embedded-model evidence spans — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"`python -m bench.local_spans --rounds {args.rounds} --batch {args.batch}"
        f" --concurrency {args.concurrency}` on {os.cpu_count()} cores ({platform.machine()}):"
        f" the `local` backend (MiniLM, shipped policy) in process, {len(items)} texts"
        f" ({dataset().name} and bench/data/{', bench/data/'.join(SETS)}, shuffled), batches"
        f" of {args.batch}, {args.concurrency} at a time; spans off and on alternated on the"
        f" same loaded models, medians of {args.rounds} rounds each.",
        "",
        "| spans | items/s | vs off |",
        "| --- | --- | --- |",
        f"| off | {off:.0f} | 1.00× |",
        f"| on | {on:.0f} | {on / off:.2f}× |",
        "",
        f"Items with a flagged category: {len(flagged)} of {len(judged)}"
        f" ({len(flagged) / max(len(judged), 1):.0%}); spans per flagged category:"
        f" mean {statistics.mean(per_cat) if per_cat else 0:.2f}, max {max(per_cat, default=0)};"
        f" spans on an unflagged category: {unflagged_with}.",
        "",
        f"Deletion test over {cases} flagged (item, category) pairs: deleting the quoted words"
        f" lowers the category's score by {drop_spans:.3f} (median), deleting as many other"
        f" words at random by {drop_random:.3f}; the spans' drop is the larger in"
        f" {wins:.0%} of pairs.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.local_spans", description=__doc__)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--concurrency", type=int, default=2)
    p.add_argument("--items", type=int, default=0, help="only the first N texts (0: all)")
    p.add_argument("--save", action="store_true", help="append the section to bench/RESULTS.md")
    args = p.parse_args()
    text = asyncio.run(run(args))
    print(text)
    if args.save:
        with RESULTS.open("a", encoding="utf-8") as fh:
            fh.write("\n" + text)


if __name__ == "__main__":
    main()
