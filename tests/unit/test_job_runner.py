"""The job runner: it stops on close even when a step swallows the cancellation, and a job
whose policy is gone ends instead of failing every round."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

import pytest

from moderation.batching import Batcher, BatchSettings
from moderation.cache import MemoryVerdictCache
from moderation.domain import ErrorCode, ItemError
from moderation.engine import Engine
from moderation.jobs.local import LocalExecutor
from moderation.jobs.model import Job, JobState
from moderation.jobs.runner import SWEEP_JOBS, JobRunner
from moderation.jobs.store import JobStore
from moderation.jobs.store_sqlite import SqliteJobStore
from moderation.policy import PolicyRegistry, default_policy
from tests.batching_fakes import FakeBackend
from tests.unit.test_job_stores import items, verdict


class SwallowingExecutor:
    """Like a client library that catches CancelledError while it reconnects."""

    def __init__(self) -> None:
        self.steps = 0
        self.started = asyncio.Event()

    @property
    def name(self) -> str:
        return "swallowing"

    @property
    def problem(self) -> str:
        return ""

    async def start(self) -> None:
        return None

    async def step(self, job: Job) -> bool:
        self.steps += 1
        self.started.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.sleep(3600)
        return False

    async def release_ended(self) -> None:
        return None

    async def delete_upstream(self) -> bool:
        return False

    async def close(self) -> None:
        return None


async def test_close_stops_the_loop_when_a_step_swallows_the_cancellation() -> None:
    store = SqliteJobStore(None)
    await store.create_job("a" * 16, "default", "swallowing", [], JobState.PENDING)
    executor = SwallowingExecutor()
    runner = JobRunner(store, executor, idle_seconds=0.01)
    await runner.start()
    await asyncio.wait_for(executor.started.wait(), 30)
    await asyncio.wait_for(runner.close(), 30)
    steps = executor.steps
    await asyncio.sleep(0.05)  # a loop still running would step again
    assert executor.steps == steps == 1


async def test_a_job_whose_policy_is_gone_ends_with_an_error_for_each_item_left(
    store: JobStore, caplog: pytest.LogCaptureFixture
) -> None:
    """A restart without the job's policy file: said once, not a traceback every round."""
    job_id = "b" * 16
    await store.create_job(job_id, "gone", "local", items(3), JobState.RUNNING)
    await store.record_outcomes(job_id, [(0, verdict("c0"))])  # judged before the restart
    batcher = Batcher(FakeBackend(), BatchSettings())
    engine = Engine(PolicyRegistry([default_policy()]), batcher, MemoryVerdictCache(100, 60))
    runner = JobRunner(store, LocalExecutor(store, engine))
    with caplog.at_level(logging.WARNING, logger="moderation.jobs"):
        assert await runner.run_once()
        assert not await runner.run_once()  # ended: nothing is tried again
    job = await store.get_job(job_id)
    assert job.state is JobState.SUCCEEDED
    assert (job.counts.allowed, job.counts.errors, job.counts.pending) == (1, 2, 0)
    results = [outcome for _, outcome in await store.results(job_id, -1, 10)]
    assert [o.item_id for o in results] == ["c0", "c1", "c2"]
    for error in results[1:]:
        assert isinstance(error, ItemError) and error.code is ErrorCode.FAILED_PRECONDITION
        assert "policy 'gone' is no longer configured" in error.message
    [line] = caplog.records
    assert "'gone'" in line.getMessage() and line.exc_info is None


async def test_a_sweep_deletes_a_bounded_number_of_expired_jobs_and_says_when_more_wait(
    store: JobStore,
) -> None:
    for n in range(SWEEP_JOBS + 5):
        job_id = f"{n:016x}"
        await store.create_job(job_id, "default", "local", items(1), JobState.PENDING)
        await store.cancel(job_id, "cancelled")
    await store.create_job("f" * 16, "default", "local", items(1), JobState.PENDING)  # runs
    runner = JobRunner(store, SwallowingExecutor(), retention_seconds=3600.0)
    assert not await runner.expire()  # none ended an hour ago
    later = time.time() + 7200
    assert not await runner.expire(now=later)  # and the next sweep is not due yet
    assert len(await store.list_jobs(100, None)) == SWEEP_JOBS + 6
    runner = JobRunner(store, SwallowingExecutor(), retention_seconds=3600.0)
    assert await runner.expire(now=later)  # a full sweep: more may wait
    assert len(await store.list_jobs(100, None)) == 6
    assert not await runner.expire(now=later)
    assert [j.id for j in await store.list_jobs(100, None)] == ["f" * 16]
    assert not await JobRunner(store, SwallowingExecutor()).expire(now=later)  # 0: kept
