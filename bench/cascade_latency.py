"""How long a caller waits for an item: the cascade against haiku-only and embedded-only.

    python -m bench.cascade_latency [--callers 16] [--save]

The cascade keeps the items it is sure of in the process and sends its doubts to Claude; its
cost and agreement are `bench.cascade_bench`'s. This measures what a caller waits. The second
held-out half of `bench.cascade_bench` (252 public rows never trained on) goes through the
three engines built as the server builds them (`build_engine`, the default settings: the
cascade's shipped band), each item in a `moderate` call of its own from one of `--callers`
concurrent callers, against one in-process emulator with the oracle judge and the emulator's
latency model (0.7 s to the first token, 15 ms per output token, 3 % jitter: a stated model,
not Claude's measured latency). Per engine: the share of items judged upstream and the
percentiles of a call's latency.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.judges import OracleJudge
from bench.cascade_bench import engine_settings, halves, oracle_labels
from bench.machine import cpu
from bench.results import record_table
from moderation.domain import Item, TextContent, Verdict
from moderation.server import build_engine
from training.dataset import DEFAULT_DATA, Row

FAMILY = "Cascade: how long a caller waits, against haiku-only and embedded-only"
FAST_MS = 100.0  # an answer within this never waited for the upstream model
BACKENDS = ("haiku", "local", "cascade")


async def waits(
    kind: str, emulator: Emulator, rows: Sequence[Row], callers: int
) -> tuple[list[float], list[bool]]:
    """Each item's call latency (seconds) and whether its verdict came from upstream."""
    engine = await build_engine(engine_settings(kind, emulator))
    items = [Item(f"r{i}", TextContent(r.text)) for i, r in enumerate(rows)]
    seconds = [0.0] * len(items)
    upstream = [False] * len(items)

    async def caller(k: int) -> None:
        for i in range(k, len(items), callers):
            start = time.perf_counter()
            (outcome,) = await engine.moderate([items[i]])
            seconds[i] = time.perf_counter() - start
            if not isinstance(outcome, Verdict):
                raise RuntimeError(f"{kind}: item {i} was not judged: {outcome}")
            upstream[i] = not outcome.model.startswith("local/")

    await asyncio.gather(*(caller(k) for k in range(callers)))
    await engine.close()
    return seconds, upstream


def row(kind: str, seconds: Sequence[float], upstream: Sequence[bool]) -> str:
    """The engine's table row: share upstream, call latency percentiles, the share answered
    within FAST_MS, and the same share of the items judged in the process alone."""
    ms, up = np.array(seconds) * 1000, np.array(upstream, dtype=bool)
    p50, p90, p99 = np.percentile(ms, [50, 90, 99])
    here = f"{np.mean(ms[~up] <= FAST_MS):.3f}" if (~up).any() else "–"
    return (
        f"| {kind} | {up.mean():.3f} | {p50:.0f} | {p90:.0f} | {p99:.0f} | "
        f"{np.mean(ms <= FAST_MS):.3f} | {here} |"
    )


async def main_async(args: argparse.Namespace) -> int:
    _, held = halves(args.data)
    rows: list[str] = []
    async with Emulator(EmulatorConfig(seed=20261208), OracleJudge(oracle_labels(held))) as emu:
        for kind in BACKENDS:
            seconds, upstream = await waits(kind, emu, held, args.callers)
            rows.append(row(kind, seconds, upstream))
            print(rows[-1], flush=True)
    header = (
        "| backend | share judged upstream | p50 ms | p90 ms | p99 ms "
        f"| share answered within {FAST_MS:.0f} ms | the same, of items judged in the process |"
    )
    intro = (
        f"`python -m bench.cascade_latency --callers {args.callers} --save` ({cpu()}): the "
        f"second held-out half of `bench.cascade_bench` ({len(held)} public rows), each item in "
        f"a `moderate` call of its own from {args.callers} concurrent callers, through the "
        "three engines `build_engine` builds with the default settings (the cascade's shipped "
        "band), against one in-process emulator: the oracle judge, and the emulator's latency "
        "model (0.7 s to the first token, 15 ms per output token, 3 % jitter; a stated model, "
        "not Claude's measured latency). A call's latency, in milliseconds."
    )
    print(header)
    if args.save:
        record_table(FAMILY, intro, header, rows)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--callers", type=int, default=16)
    parser.add_argument("--save", action="store_true", help="record the run in bench/RESULTS.md")
    return asyncio.run(main_async(parser.parse_args(argv)))


if __name__ == "__main__":
    raise SystemExit(main())
