"""Jobs without an API key: items judged by the engine, on the embedded classifier.

Items go through `Engine.judge` like any call (blocklist, verdict cache,
batcher), a chunk at a time, so a job never crowds out live traffic: a full
queue (Overloaded) only means the chunk is tried again on the next round.
Items are judged as the job's owner, so a tenant's job shares the batch queue
by that tenant's weight and counts in its usage, like its live calls.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from moderation.domain import Outcome
from moderation.engine import Engine, JudgeRequest
from moderation.errors import Overloaded
from moderation.jobs.model import Job
from moderation.jobs.store import JobStore
from moderation.tenants import Tenant

CHUNK_ITEMS = 64


class LocalExecutor:
    def __init__(
        self,
        store: JobStore,
        engine: Engine,
        chunk: int = CHUNK_ITEMS,
        tenant_of: Callable[[str], Tenant] = Tenant,
    ) -> None:
        self.store = store
        self.engine = engine
        self.chunk = chunk
        self.tenant_of = tenant_of

    @property
    def name(self) -> str:
        return "local"

    @property
    def problem(self) -> str:
        return ""  # the engine's own problem is reported already

    async def start(self) -> None:
        return None

    async def step(self, job: Job) -> bool:
        rows = await self.store.open_items(job.id, self.chunk, unassigned=False)
        if not rows:
            return False
        policy = self.engine.policies.get(job.policy_id)
        tenant = self.tenant_of(job.owner)
        judged = await asyncio.gather(
            *(
                self.engine.judge(JudgeRequest(item, policy, tenant=tenant))
                for _, item, _, _ in rows
            ),
            return_exceptions=True,
        )
        done: list[tuple[int, Outcome]] = []
        for (seq, _, _, _), outcome in zip(rows, judged, strict=True):
            if isinstance(outcome, Overloaded):
                continue  # the live path is full: this item waits for the next round
            if isinstance(outcome, BaseException):
                raise outcome
            done.append((seq, outcome))
        return await self.store.record_outcomes(job.id, done) > 0

    async def release_ended(self) -> None:
        return None  # nothing runs outside this process

    async def delete_upstream(self) -> bool:
        return False  # nothing is kept outside this store

    async def close(self) -> None:
        return None
