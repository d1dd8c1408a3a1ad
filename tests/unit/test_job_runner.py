"""The job runner stops on close even when a call inside a step swallows the cancellation."""

from __future__ import annotations

import asyncio
import contextlib

from moderation.jobs.model import Job, JobState
from moderation.jobs.runner import JobRunner
from moderation.jobs.store_sqlite import SqliteJobStore


class SwallowingExecutor:
    """Like a client library that catches CancelledError while it reconnects."""

    def __init__(self) -> None:
        self.steps = 0
        self.started = asyncio.Event()

    @property
    def name(self) -> str:
        return "swallowing"

    async def start(self) -> None:
        return None

    async def step(self, job: Job) -> bool:
        self.steps += 1
        self.started.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.sleep(3600)
        return False

    async def release_cancelled(self) -> None:
        return None

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
