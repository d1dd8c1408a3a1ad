"""Scenario: SIGTERM while unary callers and streams are busy.

Kubernetes stops a pod with SIGTERM and kills it after the grace period. What
the server accepted before the signal must still be answered: every item of a
unary call that was running, and every item written on a stream before the
signal. Callers keep calling and writing after the signal, as they would not
know yet: those calls may be refused (UNAVAILABLE) but nothing may hang, and
the process must be gone within its grace period.
"""

from __future__ import annotations

import asyncio
import random
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import grpc

from bench.harness import BENCHMARK_LATENCY
from bench.reliability.harness import (
    TARGET,
    Labelled,
    ScenarioResult,
    Stack,
    count,
    fmt_counts,
    labelled,
    setting,
    settings_line,
    stack,
)
from bench.reliability.ledger import Ledger
from moderation.v1 import moderation_pb2 as pb

EXIT_SLACK = 2.0  # seconds past the grace period for the interpreter to exit
# A call started (or stream message written) this long before the signal has surely reached
# the server; one started closer to it may race the signal and counts as "after".
MARGIN = 0.1


@dataclass(frozen=True)
class SigtermLoad:
    unary_workers: int = 8  # with the streams, ~50 items/s: under the upstream's capacity
    streams: int = 4
    load_seconds: float = 4.0  # before the signal
    after_seconds: float = 3.0  # callers keep going this long after it
    seed: int = 5


async def run(load: SigtermLoad, logs: Path) -> ScenarioResult:
    grace = float(setting("sigterm", "MODERATION_GRACE_SECONDS"))
    result = ScenarioResult(
        "sigterm",
        "SIGTERM under load",
        f"{TARGET} --only sigterm",
    )
    result.setup = [
        f"Emulator latency: {BENCHMARK_LATENCY.describe()}; oracle judge.",
        f"{load.unary_workers} unary callers (1–5 items a call, 60 s deadline) and"
        f" {load.streams} streams (1–2 items a message, one message every 200 ms) for"
        f" {load.load_seconds:g} s; then SIGTERM; unary callers go on for"
        f" {load.after_seconds:g} s more, stream callers keep writing (a live chat does not"
        " half-close) until the server ends their stream.",
        f"Exit bound: grace {grace:g} s + {EXIT_SLACK:g} s.",
        settings_line("sigterm"),
    ]
    rng = random.Random(load.seed)
    items = labelled(20_000, start=600)
    pool = iter(items)
    unary_before = Ledger()  # unary items sent before the signal
    before = Ledger()  # stream items written before the signal
    after: dict[str, int] = {}  # what calls and stream writes after the signal got
    signal_at = [float("inf")]  # when the signal goes (planned, then actual)
    done_sending = asyncio.Event()  # unary callers stop
    streams_stop = asyncio.Event()  # stream writers stop: only once the process should be gone
    failed_ages: list[float] = []
    failed_details: set[str] = set()
    # When each stream item's write returned: the time it was decided is not the time it
    # went out, and a client whose event loop stalls may hand it to gRPC only after the
    # signal (then it was not written before the signal, whatever its id was meant to be).
    written_at: dict[str, float] = {}

    def sent_before() -> bool:
        return time.monotonic() < signal_at[0] - MARGIN

    async def unary_worker(s: Stack, w: int) -> None:
        n = 0
        while not done_sending.is_set():
            n += 1
            chunk = [(f"u{w}-{n}-{k}", next(pool)) for k in range(rng.randint(1, 5))]
            ids = [i for i, _ in chunk]
            mine = sent_before()
            if mine:
                for i, it in chunk:
                    unary_before.send(i, it)
            req = pb.ModerateRequest(items=[pb.Item(id=i, text=it.text) for i, it in chunk])
            started = time.monotonic()
            try:
                reply = await s.stub(w).Moderate(req, timeout=60)
            except grpc.aio.AioRpcError as exc:
                if mine:
                    unary_before.call_failed(ids, exc.code())
                    failed_ages.append(signal_at[0] - started)
                    failed_details.add(f"{exc.code().name}: {exc.details()}")
                else:
                    count(after, f"call:{exc.code().name}")
                    if exc.code() is not grpc.StatusCode.UNAVAILABLE:
                        result.details.append(
                            f"a call after SIGTERM: {exc.code().name} {exc.details()}"
                        )
                    await asyncio.sleep(0.05)
                continue
            if mine:
                unary_before.response(ids, reply)
            else:
                count(after, "call:OK")

    async def stream_worker(s: Stack, w: int) -> None:
        call = s.stub(w).ModerateStream(timeout=120)  # type: ignore[call-arg]
        late: set[str] = set()
        sent: list[str] = []

        async def write() -> None:
            n = 0
            try:
                while not streams_stop.is_set():
                    n += 1
                    part: list[tuple[str, Labelled]] = [
                        (f"s{w}-{n}-{k}", next(pool)) for k in range(rng.randint(1, 2))
                    ]
                    for i, it in part:
                        if sent_before():
                            before.send(i, it)
                            sent.append(i)
                        else:
                            late.add(i)
                    await call.write(
                        pb.ModerateStreamRequest(
                            items=[pb.Item(id=i, text=it.text) for i, it in part]
                        )
                    )
                    for i, _ in part:
                        written_at[i] = time.monotonic()
                    await asyncio.sleep(0.2)
                await call.done_writing()
            except (grpc.aio.AioRpcError, asyncio.InvalidStateError):
                return  # the stream ended; the reader sees how

        writer = asyncio.create_task(write())
        try:
            while True:
                resp = await call.read()
                if not isinstance(resp, pb.ModerateStreamResponse):
                    break
                if resp.result.item_id in late:
                    count(after, "stream item:answered")
                else:
                    before.result(resp.result)
            count(after, "stream end:OK")
        except grpc.aio.AioRpcError as exc:
            before.call_failed(before.unanswered(sent), exc.code())
            count(after, f"stream end:{exc.code().name}")
        finally:
            writer.cancel()

    t0 = time.perf_counter()
    async with stack("sigterm", items, BENCHMARK_LATENCY, logs=logs) as s:
        await s.stub().Moderate(
            pb.ModerateRequest(items=[pb.Item(id="warm", text="good morning")]), timeout=30
        )
        signal_at[0] = time.monotonic() + load.load_seconds
        workers = [asyncio.create_task(unary_worker(s, w)) for w in range(load.unary_workers)] + [
            asyncio.create_task(stream_worker(s, w)) for w in range(load.streams)
        ]
        await asyncio.sleep(max(0.0, signal_at[0] - time.monotonic()))
        signal_at[0] = sigterm_at = time.monotonic()
        s.server.send_signal(signal.SIGTERM)
        exited_after: float | None = None
        while time.monotonic() - sigterm_at < grace + EXIT_SLACK + 10:
            if s.server.poll() is not None:
                exited_after = time.monotonic() - sigterm_at
                break
            if time.monotonic() - sigterm_at > load.after_seconds:
                done_sending.set()
            if time.monotonic() - sigterm_at > grace + EXIT_SLACK + 1:
                streams_stop.set()
            await asyncio.sleep(0.05)
        done_sending.set()
        streams_stop.set()
        try:
            async with asyncio.timeout(30):
                await asyncio.gather(*workers)
        except TimeoutError:
            result.details.append("callers still waiting 30 s after the signal")
        exit_code = s.server.poll()
    result.elapsed = time.perf_counter() - t0
    cutoff = signal_at[0] - MARGIN
    own = {
        i
        for i, answers in before.answers.items()
        if any(a.startswith(("verdict", "item-")) for a in answers)
    }
    written_late = [
        i for i in before.sent if i not in own and written_at.get(i, float("inf")) >= cutoff
    ]
    if written_late:
        result.observe(
            "stream items meant before the signal whose write returned only after it "
            "(not counted as sent before it)",
            f"{len(written_late)}",
        )
    for what, ledger in (("unary", unary_before), ("stream", before)):
        answered = sum(n for k, n in ledger.outcomes.items() if k.startswith(("verdict", "item-")))
        missing = len(ledger.sent) - answered - (len(written_late) if ledger is before else 0)
        result.goal(
            f"{what} items sent before SIGTERM without their own answer (verdict or item error)",
            "0",
            f"{missing} of {len(ledger.sent):,} ({fmt_counts(ledger.by_kind())})",
            missing == 0 and ledger.duplicated == 0,
        )
    result.goal(
        "process exit after SIGTERM",
        f"≤ {grace + EXIT_SLACK:g} s",
        f"{exited_after:.1f} s (exit code {exit_code})"
        if exited_after is not None
        else "still running",
        exited_after is not None and exited_after <= grace + EXIT_SLACK,
    )
    bad_after = {
        k: v
        for k, v in after.items()
        if k not in ("call:OK", "call:UNAVAILABLE", "stream item:answered")
        and not k.startswith("stream end:")
    }
    result.goal(
        "calls after SIGTERM answered or refused UNAVAILABLE",
        "nothing else",
        fmt_counts(after),
        not bad_after,
    )
    if failed_ages:
        failed_ages.sort()
        result.observe(
            "failed unary calls had started before the signal by",
            f"{failed_ages[0]:.2f}–{failed_ages[-1]:.2f} s",
        )
        result.observe("they failed with", "; ".join(sorted(failed_details)))
    result.observe("wall time", f"{result.elapsed:.0f} s")
    return result
