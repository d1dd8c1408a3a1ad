"""Many replicas, one upstream: independent pacing against the shared budget, in one run.

Starts the Anthropic API emulator (bench.emulator_proc), one redis-server (the dev
extra's) and `moderation-server` processes on the haiku backend, all on loopback, and
drives them with closed-loop unary clients spread round-robin over the replicas.

1. No organisation limit: one replica, then three, under the same load: the service
   scales with replicas until the upstream is the bound.
2. The emulator enforces an organisation limit well below what three replicas could
   send. Three replicas pace independently (each its own adaptive limit, as before the
   budget), then share the budget through Redis. For each: items/s as a share of what
   the limit allows with full batches, the share of upstream calls answered 429, p99.

    .venv/bin/python -m bench.replicas_bench [--quick] [--no-save]

Between configurations Redis is emptied and the emulator's counters, buckets and prompt
cache are reset; each server answers one warm-up request before it is measured.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import platform
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import grpc

from bench.harness import (
    BENCHMARK_LATENCY,
    BIN,
    MODEL,
    EmulatorControl,
    emulator_process,
    free_port,
    haiku_server_env,
    process,
    redis_server,
    wait_grpc,
)
from bench.load import DATASET, PhaseResult, closed_loop, load_texts, moderate_one
from bench.results import record
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

FAMILY = "Replicas benchmark"  # its section in bench/RESULTS.md
LATENCY = BENCHMARK_LATENCY
MAX_BATCH_ITEMS = 32
BUDGET_SHARE = 0.95  # of the organisation's limit, for the shared-budget configuration


@dataclass(frozen=True)
class Limit:
    """The emulated organisation's limit for the limited phase."""

    rpm: float = 60.0
    itpm: float = 1_000_000.0
    otpm: float = 400_000.0
    burst_seconds: float = 2.0

    def doc(self) -> dict[str, float]:
        return {
            "rpm": self.rpm,
            "itpm": self.itpm,
            "otpm": self.otpm,
            "burst_seconds": self.burst_seconds,
        }


@dataclass(frozen=True)
class Sizes:
    scale_items: int = 2400
    limited_items: int = 1200
    workers: int = 192
    same_texts: int = 300
    same_workers: int = 64


@dataclass
class Run:
    name: str
    replicas: int
    result: PhaseResult
    upstream: dict[str, Any]
    dedup: float = 0.0  # items answered with another replica's verdict in flight


# --- processes ------------------------------------------------------------------


async def flush(url: str) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(url)
    try:
        for _ in range(100):
            with contextlib.suppress(OSError, ConnectionError):
                await client.flushall()
                return
            await asyncio.sleep(0.1)
    finally:
        await client.aclose()


def _metric(port: int, name: str) -> float:
    """One counter from a replica's Prometheus endpoint (0 when absent)."""
    import urllib.request

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as resp:
        for line in resp.read().decode().splitlines():
            if line.startswith(f"moderation_{name}"):
                return float(line.split()[-1])
    return 0.0


# --- load -------------------------------------------------------------------------


async def spread_load(ports: Sequence[int], texts: list[str], workers: int) -> PhaseResult:
    """Closed-loop single-item Moderate calls; worker n always calls replica n % replicas."""
    chans = [grpc.aio.insecure_channel(f"127.0.0.1:{p}") for p in ports]
    return await closed_loop(chans, texts, workers, "r", deadline=300)


async def everywhere_load(ports: Sequence[int], texts: list[str], workers: int) -> PhaseResult:
    """Each text sent to every replica at the same moment (one upload fanned out to all)."""
    out = PhaseResult()
    chans = [grpc.aio.insecure_channel(f"127.0.0.1:{p}") for p in ports]
    stubs = [pb_grpc.ModerationServiceStub(c) for c in chans]
    queue = iter(enumerate(texts))

    async def worker() -> None:
        for i, text in queue:
            await asyncio.gather(*(moderate_one(stub, f"e{i}", text, 300, out) for stub in stubs))

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(workers)))
    out.elapsed = time.perf_counter() - t0
    for c in chans:
        await c.close(None)
    return out


Load = Callable[[Sequence[int], list[str], int], Awaitable[PhaseResult]]


async def run(
    name: str,
    replicas: int,
    extra: dict[str, str],
    emu: EmulatorControl,
    redis: str,
    texts: list[str],
    workers: int,
    load: Load = spread_load,
) -> Run:
    await flush(redis)
    await emu.reset()
    ports = [free_port() for _ in range(replicas)]
    metrics_ports = [free_port() for _ in range(replicas)]
    with contextlib.ExitStack() as stack:
        procs = [
            stack.enter_context(
                process(
                    [str(BIN / "moderation-server")],
                    haiku_server_env(
                        p,
                        emu.base_url,
                        {**extra, "MODERATION_REDIS_URL": redis, "MODERATION_METRICS_PORT": str(m)},
                    ),
                )
            )
            for p, m in zip(ports, metrics_ports, strict=True)
        ]
        await asyncio.gather(*(wait_grpc(p, proc) for p, proc in zip(ports, procs, strict=True)))
        for n, p in enumerate(ports):  # one warm-up request per replica
            async with grpc.aio.insecure_channel(f"127.0.0.1:{p}") as ch:
                warm = pb.ModerateRequest(items=[pb.Item(id="w", text=f"good morning {n}")])
                await pb_grpc.ModerationServiceStub(ch).Moderate(warm, timeout=120)
        await emu.reset(keep_prompt_cache=True)
        result = await load(ports, texts, workers)
        upstream = await emu.stats()
        upstream["budget_fallbacks"] = sum(
            [
                await asyncio.to_thread(_metric, m, "upstream_budget_fallbacks")
                for m in metrics_ports
            ]
        )
        dedup = sum(
            [
                await asyncio.to_thread(_metric, m, "items_deduplicated_across_replicas")
                for m in metrics_ports
            ]
        )
    print(f"  {name}: {result.rate:.1f} items/s", file=sys.stderr, flush=True)
    return Run(name, replicas, result, upstream, dedup)


# --- report -------------------------------------------------------------------------


def limit_items_per_s(limit: Limit, up: dict[str, Any]) -> float:
    """Items/s the limit allows with full batches and this run's tokens per item.

    Input tokens counted as the API counts them on Haiku 4.5: uncached input and cache
    writes (cache reads do not count).
    """
    items = max(1, up["items"])
    counted_in = (up["input_tokens"] + up["cache_creation_input_tokens"]) / items
    out = up["output_tokens"] / items
    bounds = [limit.rpm / 60 * MAX_BATCH_ITEMS]
    if counted_in:
        bounds.append(limit.itpm / 60 / counted_in)
    if out:
        bounds.append(limit.otpm / 60 / out)
    return min(bounds)


def share_429(up: dict[str, Any]) -> float:
    asked = up["admitted"] + up["rate_limited"]
    return up["rate_limited"] / asked if asked else 0.0


def errors(r: PhaseResult) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(r.errors.items())) or "0"


def report(
    scale: list[Run],
    limited: list[Run],
    same: list[Run],
    limit: Limit,
    sizes: Sizes,
    elapsed: float,
    quick: bool,
) -> str:
    one, three = scale
    lines = [
        f"## {FAMILY} — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
        + (" (quick smoke run)" if quick else ""),
        "",
        "Command: `PYTHONPATH=. .venv/bin/python -m bench.replicas_bench`"
        + (" --quick" if quick else ""),
        "",
        f"- Machine: {os.cpu_count()} cores shared by every process of the run, Python"
        f" {platform.python_version()}; run took {elapsed:.0f} s.",
        f"- Upstream: the emulator, {LATENCY.first_token_ms:.0f} ms to first token +"
        f" {LATENCY.per_token_ms:.0f} ms per output token, ±{LATENCY.jitter:.0%} seeded jitter;"
        f" model {MODEL}.",
        "- Each replica: default batching (32 items, 20 ms, concurrency cap 8, AIMD), fallback"
        " none, verdict cache in Redis (one redis-server for all); load: closed-loop unary"
        f" Moderate calls of one distinct text each from {sizes.workers} workers spread"
        f" round-robin over the replicas; dataset {DATASET.name}.",
        "",
        "### No organisation limit: one replica against three",
        "",
        "| | 1 replica | 3 replicas | 3 ÷ 1 |",
        "|---|---|---|---|",
        f"| items | {one.result.items} | {three.result.items} | |",
        f"| errors | {errors(one.result)} | {errors(three.result)} | |",
        f"| items/s | {one.result.rate:.1f} | {three.result.rate:.1f} |"
        f" {three.result.rate / max(one.result.rate, 1e-9):.2f}× |",
        f"| p99 latency (ms) | {one.result.pct(0.99) * 1000:.0f} |"
        f" {three.result.pct(0.99) * 1000:.0f} | |",
        f"| upstream calls | {one.upstream['calls']} | {three.upstream['calls']} | |",
        "",
        f"### Organisation limit: {limit.rpm:g} requests, {limit.itpm:g} input tokens,"
        f" {limit.otpm:g} output tokens per minute (buckets hold {limit.burst_seconds:g} s"
        " of refill); three replicas",
        "",
        "| | independent pacing | shared budget |",
        "|---|---|---|",
    ]
    ind, shared = limited

    def row(label: str, f: Any) -> None:
        lines.append(f"| {label} | {f(ind)} | {f(shared)} |")

    row("items answered", lambda r: str(r.result.items))
    row("errors", lambda r: errors(r.result))
    row("items/s", lambda r: f"{r.result.rate:.1f}")
    row(
        "limit with full batches (items/s)",
        lambda r: f"{limit_items_per_s(limit, r.upstream):.1f}",
    )
    row(
        "**share of the limit**",
        lambda r: f"**{r.result.rate / limit_items_per_s(limit, r.upstream):.0%}**",
    )
    row(
        "upstream calls answered / refused 429",
        lambda r: f"{r.upstream['admitted']} / {r.upstream['rate_limited']}",
    )
    row("**share of calls answered 429**", lambda r: f"**{share_429(r.upstream):.1%}**")
    row("items per call", lambda r: f"{r.upstream['items'] / max(1, r.upstream['calls']):.1f}")
    row("429s by bucket", lambda r: str(r.upstream["rate_limited_by"] or "–"))
    row("budget fell back to local buckets", lambda r: f"{r.upstream['budget_fallbacks']:g}")
    for q in (0.5, 0.99):
        row(f"latency p{round(q * 100)} (ms)", lambda r, q=q: f"{r.result.pct(q) * 1000:.0f}")
    lines.append("")
    lines.append(
        "- Share of the limit: measured items/s ÷ the items/s the limit allows with full"
        f" {MAX_BATCH_ITEMS}-item calls (the tightest of requests × {MAX_BATCH_ITEMS}, input"
        " tokens ÷ counted input tokens per item, output tokens ÷ output tokens per item;"
        " cache reads do not count on Haiku 4.5). Goals: ≥ 90 % of the limit, ≤ 1 % of calls 429."
    )
    lines.append(
        "- The requests limit binds (about 1 call a second for up to 32 items); the token limits"
        " are set so that a call's output reservation (max_tokens, 2,112 for 32 items) leaves"
        " room for the calls in flight. Buckets hold 2 s of refill (the API allows enforcing"
        " a minute's limit over shorter intervals) so the run measures the steady rate, not a"
        " minute's burst. The shared budget is set at"
        f" {BUDGET_SHARE:.0%} of the limit with half its burst."
    )
    lines += [
        "",
        f"### The same content at every replica at once: {sizes.same_texts} texts, each sent"
        f" to the {same[0].replicas} replicas together ({sizes.same_workers} texts in flight);"
        " no limit",
        "",
        "| | judged on each replica | in-flight dedup across replicas |",
        "|---|---|---|",
    ]
    off, on = same
    rows: list[tuple[str, Callable[[Run], str]]] = [
        ("items answered", lambda r: str(r.result.items)),
        ("errors", lambda r: errors(r.result)),
        ("items judged upstream", lambda r: str(r.upstream["items"])),
        (
            "**items judged upstream per distinct text**",
            lambda r: f"**{r.upstream['items'] / sizes.same_texts:.2f}**",
        ),
        ("answered from another replica's verdict", lambda r: f"{r.dedup:.0f}"),
        ("upstream calls", lambda r: str(r.upstream["calls"])),
        ("latency p50 (ms)", lambda r: f"{r.result.pct(0.5) * 1000:.0f}"),
        ("latency p99 (ms)", lambda r: f"{r.result.pct(0.99) * 1000:.0f}"),
    ]
    for label, f in rows:
        lines.append(f"| {label} | {f(off)} | {f(on)} |")
    lines.append("")
    return "\n".join(lines)


async def main_async(quick: bool) -> str:
    sizes = (
        Sizes(scale_items=600, limited_items=400, workers=96, same_texts=96, same_workers=32)
        if quick
        else Sizes()
    )
    limit = Limit()
    t0 = time.perf_counter()
    lengths = [sizes.scale_items] * 2 + [sizes.limited_items] * 2 + [sizes.same_texts] * 2
    texts, _labels = load_texts(sum(lengths))
    chunks = [texts[sum(lengths[:n]) : sum(lengths[: n + 1])] for n in range(len(lengths))]
    # The budget a little below the organisation's limit, with half its burst: headroom for
    # calls that leave later than their turn on a busy machine and then arrive bunched.
    budget = {
        "MODERATION_BUDGET_REQUESTS_PER_MINUTE": f"{limit.rpm * BUDGET_SHARE:g}",
        "MODERATION_BUDGET_INPUT_TOKENS_PER_MINUTE": f"{limit.itpm * BUDGET_SHARE:g}",
        "MODERATION_BUDGET_OUTPUT_TOKENS_PER_MINUTE": f"{limit.otpm * BUDGET_SHARE:g}",
        "MODERATION_BUDGET_BURST_SECONDS": f"{limit.burst_seconds / 2:g}",
    }
    with redis_server() as redis:
        async with emulator_process(LATENCY) as emu:
            await emu.limits({})
            print("no limit …", file=sys.stderr, flush=True)
            scale = [
                await run("1 replica", 1, {}, emu, redis, chunks[0], sizes.workers),
                await run("3 replicas", 3, {}, emu, redis, chunks[1], sizes.workers),
            ]
            print("the same content at every replica …", file=sys.stderr, flush=True)
            same = [
                await run(
                    f"dedup {flag}",
                    3,
                    {"MODERATION_DEDUP_ACROSS_REPLICAS": flag},
                    emu,
                    redis,
                    chunk,
                    sizes.same_workers,
                    everywhere_load,
                )
                for flag, chunk in (("false", chunks[4]), ("true", chunks[5]))
            ]
            await emu.limits(limit.doc())
            print("organisation limit …", file=sys.stderr, flush=True)
            limited = [
                await run("independent", 3, {}, emu, redis, chunks[2], sizes.workers),
                await run("shared budget", 3, budget, emu, redis, chunks[3], sizes.workers),
            ]
    return report(scale, limited, same, limit, sizes, time.perf_counter() - t0, quick)


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="Replicas and the shared upstream budget.")
    p.add_argument("--quick", action="store_true", help="a small smoke run")
    p.add_argument(
        "--no-save",
        action="store_true",
        help="print only; do not record in RESULTS.md (the previous run goes to HISTORY.md)",
    )
    args = p.parse_args(argv)
    text = asyncio.run(main_async(args.quick))
    print(text)
    if not args.no_save:
        record(text, FAMILY)


if __name__ == "__main__":
    main()
