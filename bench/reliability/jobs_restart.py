"""Scenario: `kill -9` of the server in the middle of a job, then a restart on the same store.

A job of labelled items runs on the haiku backend as one Message Batch, which
the emulator keeps in progress for a while. Once the server has sent the batch
and polled it (so it is submitted and not collected), the process is killed
with SIGKILL and started again on the same data directory (or, in the Redis
variant, the same Redis: the new process takes the job over when the dead one's
lease lapses). The job must end SUCCEEDED with every item answered exactly once,
each verdict the one its labels imply, and no item sent upstream in two
batch requests: the restarted server polls the batch it finds in its store
instead of sending the work again.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import grpc

from bench.harness import (
    Latency,
    emulator_process,
    free_port,
    process,
    redis_server,
    wait_grpc,
)
from bench.reliability.harness import (
    SETTINGS,
    TARGET,
    Labelled,
    ScenarioResult,
    flagged,
    labelled,
    settings_line,
    write_labels,
)
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

LATENCY = Latency(first_token_ms=100.0, per_token_ms=1.0, jitter=0.03)  # batches: no wait
STORES = ("sqlite", "redis")


@dataclass(frozen=True)
class RestartLoad:
    items: int = 2000
    batch_seconds: float = 10.0  # how long the emulator keeps the batch in progress
    store: str = "sqlite"
    seed: int = 13


@dataclass
class Killed:
    batches_created: int = 0
    polls: int = 0
    pending: int = 0


@contextlib.contextmanager
def _store_env(store: str, data: Path) -> Iterator[dict[str, str]]:
    """The job store's settings: the data directory, and for Redis a redis-server."""
    env = {"MODERATION_DATA_DIR": str(data), "MODERATION_JOBS_STORE": store}
    if store == "sqlite":
        yield env
        return
    with redis_server() as url:
        yield {**env, "MODERATION_REDIS_URL": url}


async def _until(check: Callable[[], Awaitable[bool]], limit: float) -> None:
    async with asyncio.timeout(limit):
        while True:
            if await check():
                return
            await asyncio.sleep(0.1)


async def run(load: RestartLoad, logs: Path) -> ScenarioResult:
    store_name = "SQLite data directory" if load.store == "sqlite" else "Redis"
    result = ScenarioResult(
        "jobs_restart",
        f"Job restart: `kill -9` mid-job, {load.items:,} items, {store_name}",
        f"{TARGET} --only jobs_restart --jobs-items {load.items} --store {load.store}",
    )
    extra = {"MODERATION_JOBS_STORE": load.store}
    result.setup = [
        f"Emulator: Message Batches stay in progress {load.batch_seconds:g} s; model"
        f" {LATENCY.describe()}; oracle judge on the data-set labels.",
        f"One job of {load.items:,} distinct labelled texts (CreateJob, haiku backend: one"
        " Message Batch); once the server has submitted the batch and polled it, the"
        " server process gets SIGKILL and is started again on the same"
        + (
            " data directory."
            if load.store == "sqlite"
            else " Redis (a new process: it"
            " takes the job over when the dead process's lease lapses)."
        ),
        settings_line("jobs_restart", extra),
    ]
    items = labelled(load.items, start=300)
    tag = f"jobs-restart-{load.store}-{time.monotonic_ns() % 10**9}"
    labels = write_labels(items, logs / f"{tag}-labels.json")
    killed = Killed()
    t0 = time.perf_counter()
    final: pb.Job | None = None
    results: list[pb.ItemResult] = []
    resumed_after = 0.0
    async with contextlib.AsyncExitStack() as stack:
        emulator = await stack.enter_async_context(
            emulator_process(
                LATENCY,
                labels=labels,
                seed=load.seed,
                batch_processing_ms=load.batch_seconds * 1000,
                log=logs / f"{tag}-emulator.log",
            )
        )
        store_env = stack.enter_context(_store_env(load.store, logs / f"{tag}-data"))
        env = {**os.environ, **SETTINGS["all"], **SETTINGS["jobs_restart"], **store_env}
        env["ANTHROPIC_BASE_URL"] = emulator.base_url

        async def batch_stats() -> dict[str, int]:
            stats = await emulator.stats()
            return dict(stats.get("batches", {}))

        port = free_port()
        env["MODERATION_PORT"] = str(port)
        first = stack.enter_context(
            process([sys.executable, "-m", "moderation"], env, logs / f"{tag}-server-1.log")
        )
        await wait_grpc(port, first)
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
            stub = pb_grpc.ModerationServiceStub(ch)
            request = pb.CreateJobRequest(
                items=[pb.Item(id=f"j{n}", text=it.text) for n, it in enumerate(items)]
            )
            job = (await stub.CreateJob(request, timeout=120)).job

            async def polled() -> bool:
                return (await batch_stats()).get("polls", 0) >= 1

            await _until(polled, 120)
            seen = (await stub.GetJob(pb.GetJobRequest(name=job.name), timeout=30)).job
        stats = await batch_stats()
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        killed = Killed(stats.get("created", 0), stats.get("polls", 0), seen.counts.pending)
        restarted_at = time.perf_counter()
        second = stack.enter_context(
            process([sys.executable, "-m", "moderation"], env, logs / f"{tag}-server-2.log")
        )
        await wait_grpc(port, second)
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
            stub = pb_grpc.ModerationServiceStub(ch)
            try:
                async with asyncio.timeout(load.batch_seconds + 180):
                    while True:
                        final = (await stub.GetJob(pb.GetJobRequest(name=job.name), timeout=30)).job
                        if final.state in (pb.JOB_STATE_SUCCEEDED, pb.JOB_STATE_CANCELLED):
                            break
                        await asyncio.sleep(0.25)
            except TimeoutError:
                result.details.append("the job did not end within the wait")
            resumed_after = time.perf_counter() - restarted_at
            read = pb.ReadJobResultsRequest(name=job.name)
            results = [r.result async for r in stub.ReadJobResults(read, timeout=120)]
        stats = await batch_stats()
    result.elapsed = time.perf_counter() - t0
    _goals(result, items, killed, final, results, stats)
    result.observe("restart to job end (server start-up included)", f"{resumed_after:.1f} s")
    result.observe(
        "Message Batches at the emulator",
        f"{stats.get('created', 0)} created, {stats.get('requests', 0)} requests,"
        f" {stats.get('polls', 0)} polls",
    )
    result.observe("wall time", f"{result.elapsed:.0f} s")
    return result


def _goals(
    result: ScenarioResult,
    items: list[Labelled],
    killed: Killed,
    final: pb.Job | None,
    results: list[pb.ItemResult],
    stats: dict[str, int],
) -> None:
    n = len(items)
    mid = killed.batches_created >= 1 and killed.polls >= 1 and killed.pending == n
    result.goal(
        "killed after the batch was submitted and before its results were collected",
        f"batch created and polled, {n:,} items pending",
        f"{killed.batches_created} created, {killed.polls} polls, {killed.pending:,} pending",
        mid,
    )
    state = pb.JobState.Name(final.state) if final is not None else "unknown"
    result.goal(
        "job state after the restart",
        "JOB_STATE_SUCCEEDED",
        state,
        final is not None and final.state == pb.JOB_STATE_SUCCEEDED,
    )
    ids = [r.item_id for r in results]
    want = [f"j{k}" for k in range(n)]
    missing = len(set(want) - set(ids))
    twice = len(ids) - len(set(ids))
    result.goal(
        "items without exactly one result",
        "0",
        f"{missing} missing, {twice} answered twice, of {n:,}",
        missing == 0 and twice == 0 and ids == want,
    )
    wrong: list[str] = []
    for r in results:
        k = int(r.item_id[1:])
        if r.WhichOneof("outcome") != "verdict" or r.verdict.source != pb.VERDICT_SOURCE_MODEL:
            wrong.append(f"{r.item_id}: not a model verdict ({r.WhichOneof('outcome')})")
        elif flagged(r.verdict) != dict(items[k].expected):
            wrong.append(
                f"{r.item_id}: oracle {dict(items[k].expected)}, verdict {flagged(r.verdict)}"
            )
    result.goal(
        "results that are not the verdict the labels imply",
        "0",
        f"{len(wrong)} of {len(results):,}",
        not wrong and bool(results),
    )
    dup = stats.get("items_sent_twice", -1)
    result.goal(
        "items sent upstream in more than one batch request (the same work twice)",
        "0",
        f"{dup} ({stats.get('item_sends', 0):,} item sends for {n:,} items,"
        f" {stats.get('created', 0)} batch(es))",
        dup == 0 and stats.get("item_sends", 0) == n,
    )
    result.details += wrong[:8]
