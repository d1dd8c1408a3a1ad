"""Scenario: many callers while a share of upstream calls fail, in every way the emulator can.

Distinct labelled items go through concurrent unary callers (1-50 items per
call) and streams, while the emulator faults a fixed share of Messages API
calls, spread evenly over every fault kind it has. Each item must get exactly
one answer, and every verdict that claims to come from the model (or from the
cache of model verdicts) must be the oracle's. With the `local` fallback no
item may end UNAVAILABLE: the fallback owns every way an item can miss a
model verdict.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass
from pathlib import Path

import grpc

from anthropic_emulator.faults import FaultKind
from bench.harness import Latency
from bench.reliability.harness import (
    TARGET,
    Labelled,
    ScenarioResult,
    Stack,
    fmt_counts,
    labelled,
    settings_line,
    stack,
)
from bench.reliability.ledger import Ledger
from moderation.v1 import moderation_pb2 as pb

# Fast enough to push 10,000 items through a faulted upstream on two cores in about a
# minute; the benchmark convention (0.7 s) is kept for the timing-sensitive scenarios.
FAST_LATENCY = Latency(first_token_ms=100.0, per_token_ms=1.0, jitter=0.03)
HANG_SECONDS = 1.0  # a hang fault stalls this long, then drops the connection
# Every kind but not_found: the server reads a 404 as "this model is retired" and, on the
# last configured model, stops asking upstream for the life of the process (docs/haiku.md:
# "a 404 at run time moves the server along the list"), so one random 404 would turn the
# rest of the run into fallback and measure nothing else. Nor the billing kinds: a billing
# refusal opens the breaker at once (no call can pass until the operator pays), so one would
# turn the cooldown into fallback; the real_api_limits scenario measures them.
BILLING_KINDS = frozenset({FaultKind.SPEND_LIMIT, FaultKind.BILLING, FaultKind.CREDIT_BALANCE})
ALL_KINDS = tuple(k for k in FaultKind if k is not FaultKind.NOT_FOUND and k not in BILLING_KINDS)


@dataclass(frozen=True)
class FaultLoad:
    items: int = 10_000
    rate: float = 0.2
    fallback: str = "none"
    unary_workers: int = 48
    streams: int = 8
    stream_share: float = 0.3  # of the items, sent on streams
    stream_window: int = 64
    repeat_share: float = 0.05  # items sent again under new ids, answered from the cache
    latency: Latency = FAST_LATENCY
    seed: int = 1


def fault_rates(rate: float) -> dict[str, float]:
    """`rate` of all calls faulted, evenly over the kinds.

    The emulator draws each kind in turn with its own probability, so per-kind
    probabilities are set for the union to be `rate`: 1 - (1 - p) ** kinds = rate.
    """
    p = 1 - (1 - rate) ** (1 / len(ALL_KINDS))
    return {k.value: p for k in ALL_KINDS}


def scripted(seed: int) -> list[str]:
    """Faults for the first calls, so that even a short run meets each kind for sure.

    Three overloads first: the first call of a cold policy goes alone, so its items
    meet all three and run out of attempts.
    """
    kinds = [k.value for k in ALL_KINDS]
    random.Random(seed).shuffle(kinds)
    return [FaultKind.OVERLOADED.value] * 3 + kinds


async def _unary(s: Stack, ledger: Ledger, work: list[list[tuple[str, Labelled]]]) -> None:
    n = 0
    while work:
        chunk = work.pop()
        ids = [i for i, _ in chunk]
        for i, item in chunk:
            ledger.send(i, item)
        req = pb.ModerateRequest(items=[pb.Item(id=i, text=it.text) for i, it in chunk])
        n += 1
        try:
            reply = await s.stub(n).Moderate(req, timeout=300)
        except grpc.aio.AioRpcError as exc:
            ledger.call_failed(ids, exc.code())
            continue
        ledger.response(ids, reply)


async def _stream(
    s: Stack,
    ledger: Ledger,
    mine: list[tuple[str, Labelled]],
    window: int,
    n: int,
    rng: random.Random,
) -> None:
    call = s.stub(n).ModerateStream(timeout=600)  # type: ignore[call-arg]
    slots = asyncio.Semaphore(window)
    sent: list[str] = []

    async def send() -> None:
        pos = 0
        while pos < len(mine):
            size = rng.randint(1, 5)
            part = mine[pos : pos + size]
            pos += size
            for _ in part:
                await slots.acquire()
            for i, item in part:
                ledger.send(i, item)
                sent.append(i)
            await call.write(
                pb.ModerateStreamRequest(items=[pb.Item(id=i, text=it.text) for i, it in part])
            )
        await call.done_writing()

    sender = asyncio.create_task(send())
    try:
        while True:
            resp = await call.read()
            if not isinstance(resp, pb.ModerateStreamResponse):
                break
            ledger.result(resp.result)
            slots.release()
        await sender
    except grpc.aio.AioRpcError as exc:
        sender.cancel()
        ledger.call_failed(ledger.unanswered(sent), exc.code())


async def run_load(s: Stack, load: FaultLoad, items: list[Labelled]) -> Ledger:
    """Send every item once (and a share again), unary and streamed, all at once."""
    rng = random.Random(load.seed)
    ledger = Ledger()
    tagged = [(f"it-{n}", item) for n, item in enumerate(items)]
    repeats = [
        (f"again-{n}", item)
        for n, item in enumerate(rng.sample(items, int(len(items) * load.repeat_share)))
    ]
    n_stream = int(len(tagged) * load.stream_share)
    streamed, unary = tagged[:n_stream], tagged[n_stream:]
    work: list[list[tuple[str, Labelled]]] = []
    pos = 0
    while pos < len(unary):
        size = rng.randint(1, 50)
        work.append(unary[pos : pos + size])
        pos += size
    work.reverse()  # popped from the end: first chunks first
    shares = [streamed[k :: load.streams] for k in range(load.streams)]
    await asyncio.gather(
        *(_unary(s, ledger, work) for _ in range(load.unary_workers)),
        *(
            _stream(s, ledger, share, load.stream_window, k, random.Random(load.seed + k))
            for k, share in enumerate(shares)
            if share
        ),
    )
    # The same texts again under new ids: answered from the verdict cache, still the oracle's.
    rwork = [repeats[k : k + 20] for k in range(0, len(repeats), 20)]
    await asyncio.gather(*(_unary(s, ledger, rwork) for _ in range(8)))
    return ledger


async def run(load: FaultLoad, logs: Path) -> ScenarioResult:
    title = (
        f"Upstream faults: {load.items:,} items, {load.rate:.0%} of calls faulted,"
        f" fallback `{load.fallback}`"
    )
    result = ScenarioResult(
        "faults",
        title,
        f"{TARGET} --only faults --items {load.items} --rate {load.rate:g}"
        f" --fallback {load.fallback}",
    )
    overrides = {"MODERATION_FALLBACK": load.fallback}
    result.setup = [
        f"Emulator latency: {load.latency.describe()} (faster than the benchmark convention,"
        f" to fit the time budget); hang faults stall {HANG_SECONDS:g} s then drop the"
        " connection; oracle judge on the data-set labels.",
        f"Faults: {load.rate:.0%} of Messages API calls, evenly over every kind:"
        f" {', '.join(k.value for k in ALL_KINDS)} (not_found is left out: the server takes"
        " one 404 as the model's retirement for good; so are the billing kinds, which open"
        " the breaker at once); before the random ones, scripted"
        " faults for the first calls: three overloads in a row, then each kind once.",
        f"Load: {load.unary_workers} concurrent unary callers (1–50 items per call) and"
        f" {load.streams} streams (window {load.stream_window}, 1–5 items per message),"
        f" {load.stream_share:.0%} of items on streams; then {load.repeat_share:.0%} of the"
        " texts again under new ids (cache).",
        settings_line("faults", overrides),
    ]
    items = labelled(load.items)
    t0 = time.perf_counter()
    async with stack(
        "faults",
        items,
        load.latency,
        logs=logs,
        overrides=overrides,
        hang_ms=HANG_SECONDS * 1000,
        seed=load.seed,
    ) as s:
        await s.emulator.faults(fault_rates(load.rate), push=scripted(load.seed))
        ledger = await run_load(s, load, items)
        stats = await s.emulator.stats()
    result.elapsed = time.perf_counter() - t0
    sent = len(ledger.sent)
    result.goal("lost items", "0", f"{ledger.lost} of {sent:,}", ledger.lost == 0)
    result.goal("duplicated answers", "0", str(ledger.duplicated), ledger.duplicated == 0)
    result.goal("answers for ids never sent", "0", str(ledger.strays), ledger.strays == 0)
    checked = sum(n for k, n in ledger.outcomes.items() if k in ("verdict:model", "verdict:cache"))
    result.goal(
        "model/cache verdicts that differ from the oracle",
        "0",
        f"{len(ledger.mismatched)} of {checked:,}",
        not ledger.mismatched,
    )
    if load.fallback == "local":
        n = ledger.unavailable()
        result.goal("items answered UNAVAILABLE", "0", str(n), n == 0)
    result.observe("answers by kind", fmt_counts(ledger.by_kind()))
    result.observe(
        "upstream calls / faults injected",
        f"{stats.get('http_requests', 0)} / {fmt_counts(stats.get('faults', {}))}",
    )
    result.observe("wall time", f"{result.elapsed:.0f} s")
    result.details = [f"mismatch {m}" for m in ledger.mismatched[:8]]
    return result
