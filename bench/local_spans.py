"""What evidence spans cost the embedded model, and whether they name what drives a flag.

Throughput: the `local` backend (MiniLM, the shipped policy) scores the texts in batches of
`--batch` items, each batch twice in a row, spans off and spans on, in alternating order
(the backend's own text path, `_score_texts`, in one thread: one scoring worker). Timing
each pair back to back is what makes the comparison hold on a shared machine: whole passes
run minutes apart varied from 134 to 385 items/s here with the same code. Items/s per mode
is all items over the summed wall time of that mode's calls, and beside it the scoring
thread's CPU time per item; rounds repeat the whole set, and their medians are reported.
The texts are the data's real mix: the OpenAI moderation set (../shared/data, or the
committed sample) and training/data's held-out everyday chat and templated hate sets, shuffled
with a fixed seed.

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
from dataclasses import dataclass
from datetime import UTC, datetime

from bench.load import load_rows
from bench.reliability.harness import dataset
from bench.results import record
from moderation.backends.local import LocalBackend
from moderation.backends.local.backend import run_checks
from moderation.domain import Item, Judgement, TextContent
from moderation.policy import default_policy
from training import DATA_DIR

FAMILY = "Embedded-model evidence spans"
SETS = ("everyday_heldout.jsonl", "hate_functional_heldout.jsonl")


def texts() -> list[str]:
    out = [text for text, _ in load_rows(dataset())]
    for name in SETS:
        lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        out += [json.loads(line)["text"] for line in lines if line.strip()]
    random.Random(7).shuffle(out)
    return out


@dataclass(frozen=True, slots=True)
class Round:
    """One pass over the texts: items/s with spans off and on (wall clock), and the
    scoring thread's CPU time per item (ms) each way."""

    off: float
    on: float
    cpu_off: float
    cpu_on: float


def paired_round(
    backend: LocalBackend, items: list[Item], batch: int, first_on: bool
) -> tuple[Round, list[Judgement]]:
    """Each batch timed both ways back to back, and the judgements with spans."""
    policy = default_policy()
    wall = {False: 0.0, True: 0.0}
    cpu = {False: 0.0, True: 0.0}
    judged: list[Judgement] = []
    for k in range(0, len(items), batch):
        chunk = items[k : k + batch]
        order = (True, False) if (k // batch + first_on) % 2 else (False, True)
        for spans in order:
            backend.spans = spans
            t0, c0 = time.perf_counter(), time.thread_time()
            rows, tags, found, models = backend._score_texts(chunk, policy)
            ev = run_checks(found)
            wall[spans] += time.perf_counter() - t0
            cpu[spans] += time.thread_time() - c0
            if spans:
                judged += [
                    backend._judgement(i.id, r, policy, m, t, e)
                    for i, r, t, e, m in zip(chunk, rows, tags, ev, models, strict=True)
                ]
    n = len(items)
    return Round(n / wall[False], n / wall[True], cpu[False] * 1e3 / n, cpu[True] * 1e3 / n), judged


def delete_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without these spans, its white space closed up."""
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
                    delete_spans(text.text, quoted),
                    delete_spans(text.text, chosen),
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
        paired_round(backend, items[:64], args.batch, False)  # warm up
        rounds: list[Round] = []
        judged: list[Judgement] = []
        for r in range(args.rounds):
            measured, judged = paired_round(backend, items, args.batch, r % 2 == 1)
            rounds.append(measured)
            print(f"round {r + 1}: {measured}", file=sys.stderr)
        cases, drop_spans, drop_random, wins = faithfulness(backend, items, judged)
    finally:
        await backend.close()
    off = statistics.median(m.off for m in rounds)
    on = statistics.median(m.on for m in rounds)
    ratio = statistics.median(m.on / m.off for m in rounds)
    cpu_off = statistics.median(m.cpu_off for m in rounds)
    cpu_on = statistics.median(m.cpu_on for m in rounds)
    cpu_ratio = statistics.median(m.cpu_off / m.cpu_on for m in rounds)
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
        f"## {FAMILY} — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"`python -m bench.local_spans --rounds {args.rounds} --batch {args.batch}` on"
        f" {os.cpu_count()} cores ({platform.machine()}): the `local` backend's text path"
        f" (MiniLM, shipped policy) in one thread, {len(items)} texts ({dataset().name} and"
        f" training/data/{', training/data/'.join(SETS)}, shuffled), batches of {args.batch}, each"
        f" scored with spans off and on back to back in alternating order; medians of"
        f" {args.rounds} rounds.",
        "",
        "| spans | items/s | vs off | CPU ms per item (scoring thread) | items per CPU-second"
        " vs off |",
        "| --- | --- | --- | --- | --- |",
        f"| off | {off:.0f} | 1.000× | {cpu_off:.2f} | 1.000× |",
        f"| on | {on:.0f} | {ratio:.3f}× | {cpu_on:.2f} | {cpu_ratio:.3f}× |",
        "",
        "Ratios are the medians of the rounds' own ratios; per round (off → on items/s): "
        + ", ".join(f"{m.off:.0f} → {m.on:.0f}" for m in rounds)
        + ".",
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
    p.add_argument("--items", type=int, default=0, help="only the first N texts (0: all)")
    p.add_argument("--save", action="store_true", help="record the section in bench/RESULTS.md")
    args = p.parse_args()
    text = asyncio.run(run(args))
    print(text)
    if args.save:
        record(text, FAMILY)


if __name__ == "__main__":
    main()
