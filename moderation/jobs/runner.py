"""The background loop that drives every open job to its end, one step per job per round.

An executor does one bounded step of a job's work (judge a chunk locally; or
poll, collect and submit Message Batches) and says whether anything moved;
the runner marks a job RUNNING when it starts and SUCCEEDED when no item is
left without an outcome. Everything it needs is in the store, so a restarted
server simply runs the loop again.

With a store shared by replicas (Redis) each replica runs this loop over the
same jobs, and a job is stepped only by the replica holding its lease
(`JobStore.claim`). The lease is renewed every round and, while a step runs,
by a heartbeat, so a long step does not lose it; a replica that dies stops
renewing, and after `lease_seconds` another one takes the job over.

The loop also keeps the store from growing without end: jobs that ended more
than `retention_seconds` ago are deleted (a few per sweep, so a backlog never
stalls the jobs that run), and the executor deletes upstream what deleted
jobs left there (Message Batches). Replicas may sweep at once: a job is
deleted by one step that finds nothing the second time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
import time
from typing import Protocol

from moderation.domain import ErrorCode, ItemError
from moderation.errors import PolicyNotFound
from moderation.jobs.model import Job, JobState
from moderation.jobs.store import JobStore

log = logging.getLogger(__name__)

FAIL_CHUNK = 1000  # items answered with an error per write when a job cannot go on
SWEEP_JOBS = 20  # expired jobs deleted per sweep: bounded work per round
SWEEP_MAX_SECONDS = 60.0  # longest time between two sweeps


class Executor(Protocol):
    """How one kind of backend judges jobs."""

    @property
    def name(self) -> str:
        """Shown in Job.backend: "message-batches" or "local"."""
        ...

    @property
    def problem(self) -> str:
        """Why jobs cannot be judged now (the API refuses to bill), or ""."""
        ...

    async def start(self) -> None: ...

    async def step(self, job: Job) -> bool:
        """One bounded piece of the job's work; True when something moved."""
        ...

    async def release_ended(self) -> None:
        """Stop upstream work still running for jobs that have ended (cancelled, or every
        item answered without it, as when the job's policy is gone)."""
        ...

    async def delete_upstream(self) -> bool:
        """Delete upstream a few of the batches deleted jobs left there; True if any went."""
        ...

    async def close(self) -> None: ...


def runner_id() -> str:
    """This process among the replicas: host, pid and a random part (pids repeat in pods)."""
    return f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"


class JobRunner:
    def __init__(
        self,
        store: JobStore,
        executor: Executor,
        idle_seconds: float = 1.0,
        lease_seconds: float = 15.0,
        owner: str | None = None,
        retention_seconds: float = 0.0,
    ) -> None:
        self.store = store
        self.executor = executor
        self.owner = owner or runner_id()
        self.lease_seconds = lease_seconds
        self.retention_seconds = retention_seconds
        # Often enough that a job outlives its retention by a tenth of it at most.
        self._sweep_every = min(SWEEP_MAX_SECONDS, max(idle_seconds, retention_seconds / 10))
        self._next_sweep = 0.0
        self._idle = idle_seconds
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._heartbeat: asyncio.Task[None] | None = None
        self._held: set[str] = set()
        self._closing = False
        self._swept = False

    async def start(self) -> None:
        try:
            await self._sweep()
        except Exception as exc:  # the server serves meanwhile; the loop sweeps when it can
            if not self.store.unreachable(exc):
                raise
        await self.executor.start()
        self._task = asyncio.create_task(self._loop(), name="job-runner")
        if not self.store.exclusive:
            self._heartbeat = asyncio.create_task(self._renew(), name="job-leases")

    async def _sweep(self) -> None:
        """Once, when the store first answers: bring jobs an earlier version stored up to
        date, and drop uploads the last shutdown cut short."""
        await self.store.prepare()
        dropped = await self.store.drop_abandoned_uploads()
        self._swept = True
        if dropped:
            log.warning("dropped %d job upload(s) cut short by the last shutdown", dropped)

    def wake(self) -> None:
        """New work (a job created or cancelled): run a round now, not at the next tick."""
        self._wake.set()

    async def close(self) -> None:
        self._closing = True
        for task in (self._task, self._heartbeat):
            if task is not None:
                await _stop(task)
        for job_id in list(self._held):  # another replica need not wait for the expiry
            with contextlib.suppress(Exception):
                await self.store.release(job_id, self.owner)
        await self.executor.close()
        await self.store.close()

    async def _renew(self) -> None:
        """Keep the leases of the jobs this replica runs while a round is busy."""
        while not self._closing:
            await asyncio.sleep(self.lease_seconds / 3)
            for job_id in list(self._held):
                try:
                    if not await self.store.claim(job_id, self.owner, self.lease_seconds):
                        log.warning("job %s: lease lost to another replica", job_id)
                        self._held.discard(job_id)
                except Exception as exc:
                    log.warning("job %s: could not renew the lease: %s", job_id, exc)

    async def _loop(self) -> None:
        store_down = False  # said once per outage, not every round
        while not self._closing:
            try:
                if not self._swept:
                    await self._sweep()
                moved = await self.run_once()
            except Exception as exc:
                moved = False
                if not self.store.unreachable(exc):
                    log.exception("job runner round failed; trying again")
                elif not store_down:
                    store_down = True
                    log.error("the job store cannot be reached (%s); jobs wait until it can", exc)
            else:
                if store_down:
                    store_down = False
                    log.warning("the job store is reachable again; jobs go on")
            if moved:
                await asyncio.sleep(0)
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._idle)
            self._wake.clear()

    async def run_once(self) -> bool:
        moved = await self.expire()
        await self.executor.release_ended()
        moved |= await self.executor.delete_upstream()
        jobs = await self.store.open_jobs()
        self._held &= {job.id for job in jobs}  # ended or cancelled meanwhile
        for job in jobs:
            if not await self.store.claim(job.id, self.owner, self.lease_seconds):
                self._held.discard(job.id)
                continue  # another replica runs it
            if job.id not in self._held and not self.store.exclusive:
                log.info("job %s: running it here (%s)", job.id, self.owner)
            self._held.add(job.id)
            if job.state is JobState.PENDING:
                await self.store.set_state(job.id, JobState.RUNNING)
            try:
                moved |= await self.executor.step(job)
            except PolicyNotFound:
                moved |= await self._policy_gone(job)
            except Exception:
                log.exception("job %s: step failed; it is retried on the next round", job.id)
            if await self.store.finish_if_done(job.id):
                log.info("job %s ended", job.id)
                self._held.discard(job.id)
                await self.store.release(job.id, self.owner)
                moved = True
        return moved

    async def expire(self, now: float | None = None) -> bool:
        """Delete up to SWEEP_JOBS jobs ended more than the retention ago, when a sweep is
        due; True when it found a full batch of them (more may be waiting)."""
        if self.retention_seconds <= 0 or time.monotonic() < self._next_sweep:
            return False
        expired = await self.store.expired_jobs(
            (time.time() if now is None else now) - self.retention_seconds, SWEEP_JOBS
        )
        deleted = 0
        for job_id in expired:
            deleted += await self.store.delete_job(job_id)
        if deleted:
            log.info("deleted %d job(s) ended more than %g s ago", deleted, self.retention_seconds)
        if len(expired) < SWEEP_JOBS:
            self._next_sweep = time.monotonic() + self._sweep_every
        return len(expired) == SWEEP_JOBS

    async def _policy_gone(self, job: Job) -> bool:
        """The job's policy is no longer configured (a restart without its file): no step can
        judge its items, so each one left gets an error naming the policy and the job ends."""
        why = f"policy {job.policy_id!r} is no longer configured, so this item was not judged"
        failed = 0
        while rows := await self.store.open_items(job.id, FAIL_CHUNK, unassigned=False):
            errors = [
                (seq, ItemError(item.id, ErrorCode.FAILED_PRECONDITION, why))
                for seq, item, _, _ in rows
            ]
            written = await self.store.record_outcomes(job.id, errors)
            if not written:
                break
            failed += written
        log.warning(
            "job %s: policy %r is no longer configured; %d items not judged end with an error",
            job.id,
            job.policy_id,
            failed,
        )
        return failed > 0


async def _stop(task: asyncio.Task[None]) -> None:
    """Cancel `task` and wait for it to end.

    Why more than one cancel: a client library may swallow a cancellation that
    lands inside its own call (seen with the Redis client while it reconnects);
    the loops also stop at their next turn once `_closing` is set.
    """
    for _ in range(100):
        task.cancel()
        done, _ = await asyncio.wait({task}, timeout=0.1)
        if done:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                task.result()
            return
    log.error("the job runner's %s task did not stop; leaving it", task.get_name())
