"""Scenario: a steady load for a long time; the process must not grow.

A server that leaks a little per call, per stream or per cache entry looks fine
in every short test and dies after a week. Streams and unary calls go on at a
steady rate with new texts (so the verdict cache fills to its bound and then
evicts) and some repeats (cache hits); the server's RSS, threads and open file
descriptors are read from /proc every few seconds. After a warm-up (the first
fifth of the run: two minutes of ten), RSS must grow less than 5 % and threads
and descriptors must stay flat.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc

from bench.harness import BENCHMARK_LATENCY
from bench.reliability.harness import (
    TARGET,
    ProcSample,
    ScenarioResult,
    Stack,
    count,
    fmt_counts,
    labelled,
    proc_sample,
    setting,
    settings_line,
    stack,
)
from moderation.v1 import moderation_pb2 as pb

RSS_GROWTH = 0.05
FD_SLACK = 3  # a connection opening or closing around a sample
THREAD_SLACK = 2


@dataclass(frozen=True)
class SoakLoad:
    seconds: float = 600.0
    unary_per_second: float = 8.0  # calls of 1-5 items
    streams: int = 4  # long-lived, each with a message of 1-3 items ...
    stream_every: float = 0.5  # ... this often
    stream_life: float = 60.0  # a stream is closed and a new one opened after this long
    repeat_share: float = 0.2  # texts sent before (cache hits or in-flight sharing)
    sample_every: float = 5.0
    seed: int = 7

    @property
    def warmup(self) -> float:
        return self.seconds / 5


async def run(load: SoakLoad, logs: Path) -> ScenarioResult:
    cache_max = setting("soak", "MODERATION_CACHE_MAX_ENTRIES")
    result = ScenarioResult(
        "soak",
        f"Soak: {load.seconds / 60:g} minutes of steady streams and unary calls",
        f"{TARGET} --only soak --soak-seconds {load.seconds:g}",
    )
    per_second = load.unary_per_second * 3 + load.streams * 2 / load.stream_every
    result.setup = [
        f"Emulator latency: {BENCHMARK_LATENCY.describe()}; oracle judge.",
        f"Load: {load.unary_per_second:g} unary calls/s of 1–5 items, {load.streams} streams"
        f" each sending 1–3 items every {load.stream_every:g} s and reopened every"
        f" {load.stream_life:g} s: ~{per_second:.0f} items/s, {load.repeat_share:.0%} of them"
        f" repeats; verdict cache bounded at {cache_max} entries (filled in the warm-up).",
        f"Process figures from /proc every {load.sample_every:g} s; warm-up {load.warmup:g} s"
        " (a fifth of the run), compared with the last sample (medians of three).",
        settings_line("soak"),
    ]
    rng = random.Random(load.seed)
    fresh_pool = labelled(int(per_second * load.seconds * 1.2) + 100, start=900)
    used: list[str] = []
    next_fresh = iter(fresh_pool)

    def text() -> str:
        if used and rng.random() < load.repeat_share:
            return rng.choice(used)
        t = next(next_fresh).text
        used.append(t)
        return t

    outcomes: dict[str, int] = {}
    samples: list[ProcSample] = []
    stop = asyncio.Event()
    ids = iter(range(10**9))

    def note(r: pb.ItemResult) -> None:
        if r.WhichOneof("outcome") == "verdict":
            count(outcomes, "verdict:" + pb.VerdictSource.Name(r.verdict.source)[15:].lower())
        else:
            count(outcomes, f"item-error:{r.error.code}")

    async def unary_call(s: Stack) -> None:
        items = [pb.Item(id=f"u{next(ids)}", text=text()) for _ in range(rng.randint(1, 5))]
        try:
            reply = await s.stub(len(items)).Moderate(pb.ModerateRequest(items=items), timeout=60)
        except grpc.aio.AioRpcError as exc:
            count(outcomes, f"call:{exc.code().name}", len(items))
            return
        for r in reply.results:
            note(r)

    async def unary_driver(s: Stack) -> None:
        calls: set[asyncio.Task[None]] = set()
        start = time.monotonic()
        n = 0
        while not stop.is_set():
            n += 1
            task = asyncio.create_task(unary_call(s))
            calls.add(task)
            task.add_done_callback(calls.discard)
            # An open-loop schedule: the rate holds whatever the latency.
            await asyncio.sleep(max(0.0, start + n / load.unary_per_second - time.monotonic()))
        await asyncio.gather(*calls)

    async def stream_driver(s: Stack, w: int) -> None:
        while not stop.is_set():
            call = s.stub(w).ModerateStream(timeout=load.stream_life + 60)  # type: ignore[call-arg]

            async def write(call: Any = call) -> None:
                until = time.monotonic() + load.stream_life
                while not stop.is_set() and time.monotonic() < until:
                    items = [
                        pb.Item(id=f"s{next(ids)}", text=text()) for _ in range(rng.randint(1, 3))
                    ]
                    await call.write(pb.ModerateStreamRequest(items=items))
                    await asyncio.sleep(load.stream_every)
                await call.done_writing()

            writer = asyncio.create_task(write())
            try:
                while True:
                    resp = await call.read()
                    if not isinstance(resp, pb.ModerateStreamResponse):
                        break
                    note(resp.result)
                await writer
            except grpc.aio.AioRpcError as exc:
                count(outcomes, f"stream:{exc.code().name}")
                writer.cancel()
                await asyncio.sleep(1)

    async def sampler(s: Stack, t0: float) -> None:
        while not stop.is_set():
            samples.append(proc_sample(s.pid, time.monotonic() - t0))
            await asyncio.sleep(load.sample_every)
        samples.append(proc_sample(s.pid, time.monotonic() - t0))

    async def emulator_hygiene(s: Stack) -> None:
        # The emulator records every request; forget them now and then (not the server's memory).
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), 30)
            except TimeoutError:
                await s.emulator.reset(keep_prompt_cache=True)

    started = time.perf_counter()
    async with stack("soak", fresh_pool, BENCHMARK_LATENCY, logs=logs) as s:
        t0 = time.monotonic()
        tasks = [
            asyncio.create_task(unary_driver(s)),
            asyncio.create_task(sampler(s, t0)),
            asyncio.create_task(emulator_hygiene(s)),
            *(asyncio.create_task(stream_driver(s, w)) for w in range(load.streams)),
        ]
        await asyncio.sleep(load.seconds)
        stop.set()
        await asyncio.gather(*tasks)
    result.elapsed = time.perf_counter() - started

    def around(at: float) -> tuple[float, float, float]:
        near = sorted(samples, key=lambda p: abs(p.at - at))[:3]
        return (
            statistics.median(p.rss_kib for p in near),
            statistics.median(p.threads for p in near),
            statistics.median(p.fds for p in near),
        )

    rss0, th0, fd0 = around(load.warmup)
    rss1, th1, fd1 = around(samples[-1].at)
    growth = rss1 / rss0 - 1 if rss0 else float("nan")
    result.goal(
        f"RSS growth from {load.warmup:g} s to the end",
        f"< {RSS_GROWTH:.0%}",
        f"{growth:+.1%} ({rss0 / 1024:.0f} → {rss1 / 1024:.0f} MiB)",
        growth < RSS_GROWTH,
    )
    result.goal(
        "open file descriptors, warm-up → end",
        f"flat (≤ +{FD_SLACK})",
        f"{fd0:.0f} → {fd1:.0f} (max {max(p.fds for p in samples)})",
        fd1 - fd0 <= FD_SLACK,
    )
    result.goal(
        "threads, warm-up → end",
        f"flat (≤ +{THREAD_SLACK})",
        f"{th0:.0f} → {th1:.0f} (max {max(p.threads for p in samples)})",
        th1 - th0 <= THREAD_SLACK,
    )
    result.observe("answers", fmt_counts(outcomes))
    result.observe(
        "RSS samples (MiB, every minute)",
        " ".join(
            f"{p.rss_kib / 1024:.0f}" for p in samples[:: max(1, int(60 / load.sample_every))]
        ),
    )
    result.observe("wall time", f"{result.elapsed:.0f} s")
    return result
