"""Where the embedded text classifier's time goes, per stage, on long and short texts.

    python -m training.research.local_profile [--rows 256] [--repeat 3]

Times each stage of `MiniLMClassifier.score` on its own, on one thread, in batches of 32
(the backend's batch): the cascade's cheap stage (static token vectors, alt-profanity-check,
the char n-gram model, routing), the encoder on the texts the cascade routes to it and on
all texts (one text per call as shipped, and 32 per call), shorter windows, tokenisation, the
padding the length-sorted batches carry, and the hand-off to the backend's worker thread.
"Encoder, routed only" is per routed text; the others are per text of the whole set.
Every stage is timed by the CPU time of the thread that ran it (`time.thread_time`) as well
as by wall time: the machines these run on are shared, and CPU time is what a core spends,
whatever else the machine is doing. Items/s per core = items ÷ CPU seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from moderation.backends.local import encoder as encoder_module
from moderation.backends.local.encoder import MiniLMEncoder
from moderation.backends.local.text import MiniLMClassifier
from training import DATA_DIR
from training.dataset import DEFAULT_DATA, load_openai, split

FUNCTIONAL = DATA_DIR / "functional_checks.jsonl"
BATCH = 32


@dataclass(frozen=True)
class Timing:
    cpu_s: float
    wall_s: float
    items: int

    @property
    def per_core(self) -> float:
        return self.items / self.cpu_s if self.cpu_s else float("inf")

    @property
    def ms_per_item(self) -> float:
        return 1000 * self.cpu_s / self.items


def sub_batched(enc: MiniLMEncoder, size: int) -> Callable[[Sequence[str]], object]:
    """The encoder with `size` texts per onnxruntime call (padded; scores then depend on the
    batch, which is why the service calls it one text at a time): for timing only."""

    def run(texts: Sequence[str]) -> object:
        saved, encoder_module.SUB_BATCH = encoder_module.SUB_BATCH, size
        try:
            return enc.encode(texts)
        finally:
            encoder_module.SUB_BATCH = saved

    return run


def timed(fn: Callable[[list[str]], Any], texts: Sequence[str], repeat: int) -> Timing:
    """Best of `repeat` passes over `texts` in batches of 32, CPU time of this thread."""
    fn(list(texts[:BATCH]))  # warm-up
    best: Timing | None = None
    for _ in range(repeat):
        c0, w0 = time.thread_time(), time.perf_counter()
        for i in range(0, len(texts), BATCH):
            fn(list(texts[i : i + BATCH]))
        t = Timing(time.thread_time() - c0, time.perf_counter() - w0, len(texts))
        best = t if best is None or t.cpu_s < best.cpu_s else best
    assert best is not None
    return best


def handoff(texts: Sequence[str], repeat: int) -> Timing:
    """An empty job per batch through a worker thread, as the backend hands work over.

    CPU time here is the process's (both threads), since the cost is split between them.
    """

    async def run() -> Timing:
        loop = asyncio.get_running_loop()
        with ThreadPoolExecutor(1) as pool:
            c0, w0 = time.process_time(), time.perf_counter()
            for _ in range(repeat):
                for i in range(0, len(texts), BATCH):
                    await loop.run_in_executor(pool, len, texts[i : i + BATCH])
            return Timing(time.process_time() - c0, time.perf_counter() - w0, len(texts) * repeat)

    return asyncio.run(run())


def token_stats(enc: MiniLMEncoder, texts: Sequence[str]) -> dict[str, float]:
    """Tokens per text before truncation, share cut at the window, padding in sub-batches."""
    tok: Any = enc._tokenizer  # the shipped tokenizer, as the encoder configures it
    tok.no_truncation()
    tok.no_padding()
    full = np.array([len(e.ids) for e in tok.encode_batch(list(texts))])
    tok.enable_truncation(enc.max_seq_length)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    kept = np.minimum(full, enc.max_seq_length)
    order = np.argsort([len(t) for t in texts], kind="stable")
    padded = 0
    for i in range(0, len(texts), BATCH):
        idx = order[i : i + BATCH]
        padded += int(kept[idx].max()) * len(idx)
    return {
        "mean_tokens": float(full.mean()),
        "cut_share": float((full > enc.max_seq_length).mean()),
        "kept_tokens": float(kept.sum()),
        "padding_share": 1.0 - float(kept.sum()) / padded,
    }


def profile(clf: MiniLMClassifier, texts: Sequence[str], repeat: int) -> dict[str, Any]:
    enc = clf.encoder
    head = clf.head
    prof = clf._profanity
    static = clf.static
    assert prof is not None and head.char is not None
    assert static is not None and head.cascade is not None
    char = head.char
    cascade = head.cascade
    out: dict[str, Any] = {"tokens": token_stats(enc, texts)}

    def cheap_stage(batch: list[str]) -> Any:
        x = head.features(static.encode(batch), prof.predict_prob(batch))
        return cascade.route(cascade.logits(x, char.logits(batch)))

    routed_mask = np.concatenate(
        [cheap_stage(list(texts[i : i + BATCH])) for i in range(0, len(texts), BATCH)]
    )
    counts = static.encode_counted(list(texts))[1]
    is_short = counts <= (head.short.max_tokens if head.short is not None else -1)
    routed_mask &= ~is_short
    routed = [t for t, r in zip(texts, routed_mask, strict=True) if r]
    out["routed_share"] = float(routed_mask.mean())
    out["short_share"] = float(is_short.mean())
    stages: dict[str, Timing] = {
        "whole score()": timed(clf.score, texts, repeat),
        "cheap stage (all texts)": timed(cheap_stage, texts, repeat),
        "static vectors": timed(static.encode, texts, repeat),
        "char n-grams (arrays)": timed(char.logits, texts, repeat),
        "char n-grams (strings)": timed(char.logits_reference, texts, repeat),
        "profanity-check": timed(prof.predict_prob, texts, repeat),
        "tokenise (128)": timed(enc._tokenizer.encode_batch, texts, repeat),
        "encoder (128), one text per call": timed(enc.encode, texts, repeat),
        "encoder (128), sub-batch 32": timed(sub_batched(enc, 32), texts, repeat),
    }
    if routed:
        stages["encoder (128), routed only"] = timed(enc.encode, routed, repeat)
    for window in (64, 32):
        short = MiniLMEncoder(window)
        stages[f"encoder ({window}), one text per call"] = timed(short.encode, texts, repeat)
    stages["thread hand-off (empty job)"] = handoff(texts, repeat)
    out["stages"] = stages
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rows", type=int, default=256, help="held-out rows timed")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the fastest is kept")
    args = parser.parse_args(argv)
    rows = load_openai(args.data)
    _, held = split(rows)
    long_texts = [rows[i].text for i in held[: args.rows]]
    lines = FUNCTIONAL.read_text(encoding="utf-8").splitlines()
    short = [json.loads(line)["text"] for line in lines if line.strip()]
    short_texts = (short * 3)[:256]
    clf = MiniLMClassifier()
    for name, texts in (("long", long_texts), ("short", short_texts)):
        result = profile(clf, texts, args.repeat)
        tok = result["tokens"]
        print(
            f"\n{name}: {len(texts)} texts, mean {np.mean([len(t) for t in texts]):.0f} chars,"
            f" {tok['mean_tokens']:.0f} tokens before the window; {tok['cut_share']:.0%} cut at"
            f" 128; padding {tok['padding_share']:.1%} of the encoded positions (sub-batches of"
            f" {BATCH}); {result['short_share']:.1%} scored by the short-text model,"
            f" {result['routed_share']:.1%} routed to MiniLM by the cascade"
        )
        print(f"{'stage':<32}{'ms/item CPU':>12}{'items/s/core':>14}{'wall ms/item':>14}")
        for stage, t in result["stages"].items():
            print(
                f"{stage:<32}{t.ms_per_item:>12.2f}{t.per_core:>14.0f}"
                f"{1000 * t.wall_s / t.items:>14.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
