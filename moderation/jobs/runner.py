"""The background loop that drives every open job to its end, one step per job per round.

An executor does one bounded step of a job's work (judge a chunk locally; or
poll, collect and submit Message Batches) and says whether anything moved;
the runner marks a job RUNNING when it starts and SUCCEEDED when no item is
left without an outcome. Everything it needs is in the store, so a restarted
server simply runs the loop again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Protocol

from moderation.jobs.model import Job, JobState
from moderation.jobs.store import JobStore

log = logging.getLogger(__name__)


class Executor(Protocol):
    """How one kind of backend judges jobs."""

    @property
    def name(self) -> str:
        """Shown in Job.backend: "message-batches" or "local"."""
        ...

    async def start(self) -> None: ...

    async def step(self, job: Job) -> bool:
        """One bounded piece of the job's work; True when something moved."""
        ...

    async def release_cancelled(self) -> None:
        """Stop upstream work still running for cancelled jobs."""
        ...

    async def close(self) -> None: ...


class JobRunner:
    def __init__(self, store: JobStore, executor: Executor, idle_seconds: float = 1.0) -> None:
        self.store = store
        self.executor = executor
        self._idle = idle_seconds
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        dropped = await self.store.drop_abandoned_uploads()
        if dropped:
            log.warning("dropped %d job upload(s) cut short by the last shutdown", dropped)
        await self.executor.start()
        self._task = asyncio.create_task(self._loop(), name="job-runner")

    def wake(self) -> None:
        """New work (a job created or cancelled): run a round now, not at the next tick."""
        self._wake.set()

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.executor.close()
        await self.store.close()

    async def _loop(self) -> None:
        while True:
            try:
                moved = await self.run_once()
            except Exception:
                log.exception("job runner round failed; trying again")
                moved = False
            if moved:
                await asyncio.sleep(0)
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._idle)
            self._wake.clear()

    async def run_once(self) -> bool:
        moved = False
        await self.executor.release_cancelled()
        for job in await self.store.open_jobs():
            if job.state is JobState.PENDING:
                await self.store.set_state(job.id, JobState.RUNNING)
            try:
                moved |= await self.executor.step(job)
            except Exception:
                log.exception("job %s: step failed; it is retried on the next round", job.id)
            if await self.store.finish_if_done(job.id):
                log.info("job %s ended", job.id)
                moved = True
        return moved
