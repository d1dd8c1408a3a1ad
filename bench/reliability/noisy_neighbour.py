"""Scenario: callers with short deadlines share batches with callers who can wait.

The deadline is per item: a caller out of time gets its own DEADLINE_EXCEEDED,
and must never shorten or cancel an upstream call that carries other callers'
items. Short-deadline callers (300-400 ms, under the emulator's 0.7 s to first
token) and long-deadline callers (30 s) arrive together in waves, so the
batcher puts them in the same batches; every item of a long-deadline caller
must get a model verdict.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable
from dataclasses import dataclass
from pathlib import Path

import grpc

from bench.harness import BENCHMARK_LATENCY
from bench.reliability.harness import (
    TARGET,
    ScenarioResult,
    Stack,
    count,
    fmt_counts,
    labelled,
    settings_line,
    stack,
)
from bench.reliability.ledger import Ledger
from moderation.v1 import moderation_pb2 as pb


@dataclass(frozen=True)
class NoisyLoad:
    waves: int = 10
    short_callers: int = 24  # per wave
    long_callers: int = 12  # per wave, 1-5 items each
    short_deadline: tuple[float, float] = (0.3, 0.4)
    long_deadline: float = 30.0
    wave_gap: float = 1.0
    seed: int = 3


async def run(load: NoisyLoad, logs: Path) -> ScenarioResult:
    result = ScenarioResult(
        "noisy_neighbour",
        "Noisy neighbour: short-deadline callers sharing batches with long-deadline callers",
        f"{TARGET} --only noisy_neighbour --waves {load.waves}",
    )
    result.setup = [
        f"Emulator latency: {BENCHMARK_LATENCY.describe()} (benchmark convention); oracle judge.",
        f"{load.waves} waves, {load.wave_gap:g} s apart; each: {load.short_callers} single-item"
        f" calls with a {load.short_deadline[0] * 1000:.0f}–{load.short_deadline[1] * 1000:.0f}"
        f" ms deadline and {load.long_callers} calls of 1–5 items with a"
        f" {load.long_deadline:g} s deadline, started in random order within 10 ms;"
        " every text distinct (no cache, no in-flight sharing).",
        settings_line("noisy_neighbour"),
    ]
    rng = random.Random(load.seed)
    per_wave = load.short_callers + load.long_callers * 5
    pool = iter(labelled(load.waves * per_wave, start=100))
    long_ledger = Ledger()
    short_outcomes: dict[str, int] = {}
    late: list[float] = []

    async def short_call(s: Stack, n: int) -> None:
        item = next(pool)
        deadline = rng.uniform(*load.short_deadline)
        t0 = time.perf_counter()
        try:
            reply = await s.stub(n).Moderate(
                pb.ModerateRequest(items=[pb.Item(id=f"s{n}", text=item.text)]), timeout=deadline
            )
            r = reply.results[0]
            what = (
                "verdict" if r.WhichOneof("outcome") == "verdict" else f"item-error:{r.error.code}"
            )
            count(short_outcomes, what)
        except grpc.aio.AioRpcError as exc:
            count(short_outcomes, f"call:{exc.code().name}")
        late.append(time.perf_counter() - t0 - deadline)

    async def long_call(s: Stack, n: int) -> None:
        chunk = [(f"l{n}-{k}", next(pool)) for k in range(rng.randint(1, 5))]
        ids = [i for i, _ in chunk]
        for i, item in chunk:
            long_ledger.send(i, item)
        req = pb.ModerateRequest(items=[pb.Item(id=i, text=it.text) for i, it in chunk])
        try:
            reply = await s.stub(n).Moderate(req, timeout=load.long_deadline)
        except grpc.aio.AioRpcError as exc:
            long_ledger.call_failed(ids, exc.code())
            return
        long_ledger.response(ids, reply)

    t0 = time.perf_counter()
    # Every text of the run, so the oracle knows them all.
    async with stack(
        "noisy_neighbour",
        labelled(load.waves * per_wave, start=100),
        BENCHMARK_LATENCY,
        logs=logs,
    ) as s:
        # Warm the prompt cache first, as a long-running server would have.
        await s.stub().Moderate(
            pb.ModerateRequest(items=[pb.Item(id="warm", text="good morning")]), timeout=30
        )
        waves = []
        n = 0
        for _ in range(load.waves):
            calls = []
            for _ in range(load.short_callers):
                calls.append(short_call(s, n))
                n += 1
            for _ in range(load.long_callers):
                calls.append(long_call(s, n))
                n += 1
            rng.shuffle(calls)
            waves.append(
                asyncio.gather(
                    *(asyncio.ensure_future(_after(c, rng.uniform(0, 0.01))) for c in calls)
                )
            )
            await asyncio.sleep(load.wave_gap)
        await asyncio.gather(*waves)
    result.elapsed = time.perf_counter() - t0
    total = len(long_ledger.sent)
    good = long_ledger.outcomes.get("verdict:model", 0) - len(long_ledger.mismatched)
    harmed = total - good
    result.goal(
        "long-deadline items without a (correct) model verdict",
        "0",
        f"{harmed} of {total} ({fmt_counts(long_ledger.by_kind())})",
        harmed == 0 and long_ledger.duplicated == 0,
    )
    result.observe("short-deadline callers", fmt_counts(short_outcomes))
    if late:
        late.sort()
        result.observe(
            "short callers answered after their deadline by (p50 / max)",
            f"{late[len(late) // 2] * 1000:.0f} / {late[-1] * 1000:.0f} ms",
        )
    result.observe("wall time", f"{result.elapsed:.0f} s")
    result.details = [f"mismatch {m}" for m in long_ledger.mismatched[:5]]
    return result


async def _after(coro: Awaitable[None], delay: float) -> None:
    await asyncio.sleep(delay)
    await coro
