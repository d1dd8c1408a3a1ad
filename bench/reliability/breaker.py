"""Scenario: the upstream hangs, then comes back, while callers keep short deadlines.

A circuit breaker exists so callers stop waiting on a dead upstream; it must
also notice when the upstream is back. Here every Messages API call hangs for
a while (long-deadline callers make the breaker open through real timeouts),
while trial callers with short deadlines keep arriving — the dangerous case:
a trial call that is cut short by its caller's deadline must still be counted,
or the breaker waits for a trial that never reports. Then the upstream
answers again, and model verdicts must be back within the breaker's cooldown
plus one call.
"""

from __future__ import annotations

import asyncio
import time
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
    setting,
    settings_line,
    stack,
)
from moderation.v1 import moderation_pb2 as pb


@dataclass(frozen=True)
class BreakerLoad:
    hang_seconds: float = 14.0  # how long the upstream stays down
    trial_every: float = 0.25  # a short-deadline caller this often
    trial_deadline: float = 1.5
    long_callers: int = 4  # long-deadline callers when it starts to hang (opens the breaker)
    long_deadline: float = 20.0
    after_seconds: float = 20.0  # how long to watch once the upstream is back


async def run(load: BreakerLoad, logs: Path) -> ScenarioResult:
    cooldown = float(setting("breaker", "MODERATION_HAIKU_BREAKER_COOLDOWN_SECONDS"))
    timeout = float(setting("breaker", "MODERATION_HAIKU_TIMEOUT_SECONDS"))
    one_call = BENCHMARK_LATENCY.first_token_ms / 1000 + 0.5  # a single-item call, with slack
    bound = cooldown + timeout + one_call
    result = ScenarioResult(
        "breaker",
        "Breaker: upstream hangs, then returns, with short-deadline trial callers",
        f"{TARGET} --only breaker --hang-seconds {load.hang_seconds:g}",
    )
    result.setup = [
        f"Emulator latency: {BENCHMARK_LATENCY.describe()}; for {load.hang_seconds:g} s every"
        " Messages API call hangs (no answer, connection held), then all calls answer again.",
        f"Trial callers: one single-item call every {load.trial_every:g} s with a"
        f" {load.trial_deadline:g} s deadline, throughout; when it starts to hang also"
        f" {load.long_callers} callers with a {load.long_deadline:g} s deadline, 0.1 s apart"
        " (a batch each), so upstream timeouts open the breaker.",
        f"Bound: cooldown {cooldown:g} s + one call that may still hang until the API timeout"
        f" ({timeout:g} s) + one good call (~{one_call:g} s) = {bound:g} s after the upstream"
        " is back.",
        settings_line("breaker"),
    ]
    pool = iter(labelled(2000, start=300))
    texts = labelled(2000, start=300)
    outcomes_down: dict[str, int] = {}
    outcomes_up: dict[str, int] = {}
    first_model_after: list[float] = []
    restored_at = 0.0
    stop = asyncio.Event()

    async def trial(s: Stack, n: int, deadline: float, book: dict[str, int]) -> None:
        item = next(pool)
        try:
            reply = await s.stub(n).Moderate(
                pb.ModerateRequest(items=[pb.Item(id=f"t{n}", text=item.text)]), timeout=deadline
            )
        except grpc.aio.AioRpcError as exc:
            breaker = " (breaker open)" if "breaker" in (exc.details() or "") else ""
            count(book, f"call:{exc.code().name}{breaker}")
            return
        r = reply.results[0]
        if r.WhichOneof("outcome") != "verdict":
            count(book, f"item-error:{r.error.code}")
            return
        source = pb.VerdictSource.Name(r.verdict.source).removeprefix("VERDICT_SOURCE_").lower()
        count(book, f"verdict:{source}")
        if restored_at and r.verdict.source == pb.VERDICT_SOURCE_MODEL and not first_model_after:
            first_model_after.append(time.monotonic() - restored_at)
            stop.set()

    t0 = time.perf_counter()
    async with stack("breaker", texts, BENCHMARK_LATENCY, logs=logs, hang_ms=600_000) as s:
        await s.stub().Moderate(
            pb.ModerateRequest(items=[pb.Item(id="warm", text="good morning")]), timeout=30
        )
        await s.emulator.faults({"hang": 1.0})
        tasks: list[asyncio.Task[None]] = []
        n = 0
        down_until = time.monotonic() + load.hang_seconds
        for _ in range(load.long_callers):  # apart, so each is a batch (and a failure) of its own
            n += 1
            tasks.append(asyncio.create_task(trial(s, n, load.long_deadline, outcomes_down)))
            await asyncio.sleep(0.1)
        while time.monotonic() < down_until:
            n += 1
            tasks.append(asyncio.create_task(trial(s, n, load.trial_deadline, outcomes_down)))
            await asyncio.sleep(load.trial_every)
        await s.emulator.faults({})
        restored_at = time.monotonic()
        give_up = restored_at + load.after_seconds
        while time.monotonic() < give_up and not stop.is_set():
            n += 1
            tasks.append(asyncio.create_task(trial(s, n, load.trial_deadline, outcomes_up)))
            await asyncio.sleep(load.trial_every)
        await asyncio.gather(*tasks)
    result.elapsed = time.perf_counter() - t0
    took = first_model_after[0] if first_model_after else None
    result.goal(
        "first model verdict after the upstream is back",
        f"≤ {bound:g} s",
        f"{took:.1f} s" if took is not None else f"none within {load.after_seconds:g} s",
        took is not None and took <= bound,
    )
    result.observe("callers while it hung", fmt_counts(outcomes_down))
    result.observe("callers once it was back", fmt_counts(outcomes_up))
    result.observe("wall time", f"{result.elapsed:.0f} s")
    return result
