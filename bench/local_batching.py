"""Batch size on the embedded classifier: throughput under load, and a newcomer's wait.

The embedded classifier (MODERATION_BACKEND=local, MiniLM) has no per-call cost
to spread, and a batch is answered whole: a large batch makes every item in it
wait for the slowest. This starts one server per batch size
(MODERATION_LOCAL_BATCH_ITEMS, and MODERATION_LOCAL_BATCH_TOKENS where a size is
given as ITEMS/TOKENS) in turn, `--rounds` times, and under the same
saturating load from one tenant (`--workers` concurrent calls of `--items`
distinct texts from the labelled set, each followed by the next) measures
items answered per second and the latency of another tenant's single-item
probe sent every 100 ms (the fair queue puts it in the next batch: what it
waits for is the batches already being scored, and its own). Figures are
compared within the run, as ratios to the first size.

    .venv/bin/python -m bench.local_batching [--sizes 32,8 | --sizes 16/24000,16/1000]
        [--seconds 15] [--save]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import grpc

from bench.harness import free_port, process, wait_grpc
from bench.reliability.harness import dataset, labelled
from bench.results import record
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

FAMILY = "Embedded classifier: batch size"  # its section in bench/RESULTS.md
TENANTS = """
[tenants.load]
tokens = ["token-load"]
[tenants.probe]
tokens = ["token-probe"]
"""
LOAD = (("authorization", "Bearer token-load"),)
PROBE = (("authorization", "Bearer token-probe"),)


def _texts(start: int) -> Iterator[str]:
    while True:
        for item in labelled(10_000, start=start):
            yield item.text
        start += 10_000


async def _measure(
    size: str, seconds: float, workers: int, items: int, start: int
) -> dict[str, float]:
    batch_items, _, batch_tokens = size.partition("/")
    port = free_port()
    env = dict(os.environ)
    env.update(
        {
            "MODERATION_HOST": "127.0.0.1",
            "MODERATION_PORT": str(port),
            "MODERATION_BACKEND": "local",
            "MODERATION_LOCAL_TEXT_MODEL": "minilm",
            "MODERATION_LOCAL_BATCH_ITEMS": batch_items,
            "MODERATION_LOG_LEVEL": "WARNING",
        }
    )
    if batch_tokens:
        env["MODERATION_LOCAL_BATCH_TOKENS"] = batch_tokens
    env.pop("ANTHROPIC_API_KEY", None)
    state = Path(tempfile.mkdtemp(prefix="local-batching-"))
    log = state / "server.log"
    (state / "tenants.toml").write_text(TENANTS, encoding="utf-8")
    env["MODERATION_TENANTS_FILE"] = str(state / "tenants.toml")
    texts = _texts(start)
    with process([sys.executable, "-m", "moderation"], env, log) as proc:
        await wait_grpc(port, proc)
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            stub = pb_grpc.ModerationServiceStub(channel)
            await stub.Moderate(
                pb.ModerateRequest(items=[pb.Item(id="w", text="warm up")]), metadata=PROBE
            )
            stop = asyncio.Event()
            answered = 0

            async def worker() -> None:
                nonlocal answered
                while not stop.is_set():
                    req = pb.ModerateRequest(
                        items=[pb.Item(id=str(k), text=next(texts)) for k in range(items)]
                    )
                    reply = await stub.Moderate(req, timeout=300, metadata=LOAD)
                    if not stop.is_set():
                        answered += len(reply.results)

            probes: list[float] = []

            async def probe(n: int) -> None:
                t0 = time.perf_counter()
                await stub.Moderate(
                    pb.ModerateRequest(items=[pb.Item(id="p", text=next(texts))]),
                    timeout=60,
                    metadata=PROBE,
                )
                probes.append(time.perf_counter() - t0)

            running = [asyncio.ensure_future(worker()) for _ in range(workers)]
            await asyncio.sleep(2.0)  # saturated before anything is counted
            answered = 0
            t0 = time.perf_counter()
            sent = []
            n = 0
            while time.perf_counter() - t0 < seconds:
                sent.append(asyncio.ensure_future(probe(n)))
                n += 1
                await asyncio.sleep(0.1)
            elapsed = time.perf_counter() - t0
            rate = answered / elapsed
            stop.set()
            await asyncio.gather(*sent, *running)
    probes.sort()
    return {
        "items_per_s": rate,
        "p50": probes[len(probes) // 2],
        "p99": probes[min(len(probes) - 1, int(len(probes) * 0.99))],
    }


async def run(args: argparse.Namespace) -> str:
    sizes = args.sizes.split(",")
    runs: dict[str, list[dict[str, float]]] = {s: [] for s in sizes}
    start = 0
    for r in range(args.rounds):
        for size in sizes:
            print(f"round {r + 1}: batch {size} …", file=sys.stderr, flush=True)
            runs[size].append(await _measure(size, args.seconds, args.workers, args.items, start))
            start += 200_000
    base = statistics.median(m["items_per_s"] for m in runs[sizes[0]])
    lines = [
        f"## {FAMILY} — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"`python -m bench.local_batching --sizes {args.sizes} --seconds {args.seconds:g}"
        f" --rounds {args.rounds}` on {os.cpu_count()} cores ({platform.machine()}):"
        f" MODERATION_BACKEND=local (MiniLM), {args.workers} concurrent calls of"
        f" {args.items} distinct texts of {dataset().name}, each followed by the next, and"
        " another tenant's single-item probe every 100 ms; sizes alternated, medians of the"
        " rounds.",
        "",
        "| `MODERATION_LOCAL_BATCH_ITEMS` (/ `_TOKENS`) | items/s under load | vs first"
        " | probe p50"
        " | probe p99 |",
        "| --- | --- | --- | --- | --- |",
    ]
    for size in sizes:
        rate = statistics.median(m["items_per_s"] for m in runs[size])
        p50 = statistics.median(m["p50"] for m in runs[size])
        p99 = statistics.median(m["p99"] for m in runs[size])
        lines.append(
            f"| {size} | {rate:.0f} | {rate / base:.2f}× | {p50 * 1000:.0f} ms |"
            f" {p99 * 1000:.0f} ms |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.local_batching", description=__doc__)
    p.add_argument("--sizes", default="32,8")
    p.add_argument("--seconds", type=float, default=15.0)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--workers", type=int, default=16)
    p.add_argument("--items", type=int, default=64)
    p.add_argument(
        "--save",
        action="store_true",
        help="record the table in bench/RESULTS.md (the previous run goes to bench/HISTORY.md)",
    )
    args = p.parse_args()
    text = asyncio.run(run(args))
    print(text)
    if args.save:
        record(text, FAMILY)


if __name__ == "__main__":
    main()
