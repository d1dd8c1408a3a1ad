"""The batcher: items from all concurrent callers grouped into few upstream calls.

Items are queued per (policy version, model) and flushed when a batch reaches
`max_items`, or `max_wait` after its first item. Each item's future resolves
on its own; an item the backend never answered gets an explicit error.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from dataclasses import dataclass, field

from moderation.backends.base import Backend, Batch
from moderation.domain import BackendOutcome, ErrorCode, Item, ItemFailure
from moderation.errors import Overloaded
from moderation.policy import Policy

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BatchSettings:
    max_items: int = 32
    max_wait: float = 0.020
    max_queue: int = 10_000
    max_concurrency: int = 8


@dataclass(slots=True)
class _Pending:
    item: Item
    deadline: float | None
    future: asyncio.Future[BackendOutcome]


@dataclass(slots=True)
class _Queue:
    policy: Policy
    pending: list[_Pending] = field(default_factory=list)
    timer: asyncio.TimerHandle | None = None


class Batcher:
    def __init__(self, backend: Backend, settings: BatchSettings) -> None:
        self._backend = backend
        self._settings = settings
        self._queues: dict[tuple[str, str, str], _Queue] = {}
        self._queued = 0
        self._slots = asyncio.Semaphore(settings.max_concurrency)
        self._calls: set[asyncio.Task[None]] = set()

    async def submit(self, item: Item, policy: Policy, deadline: float | None) -> BackendOutcome:
        if self._queued >= self._settings.max_queue:
            raise Overloaded(f"{self._queued} items queued; retry later")
        loop = asyncio.get_running_loop()
        key = (policy.id, policy.version, self._backend.model)
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = _Queue(policy)
        pending = _Pending(item, deadline, loop.create_future())
        queue.pending.append(pending)
        self._queued += 1
        if len(queue.pending) >= self._settings.max_items:
            self._flush(key)
        elif queue.timer is None:
            queue.timer = loop.call_later(self._settings.max_wait, self._flush, key)
        return await pending.future

    def _flush(self, key: tuple[str, str, str]) -> None:
        queue = self._queues.pop(key, None)
        if queue is None:
            return
        if queue.timer is not None:
            queue.timer.cancel()
        live = [p for p in queue.pending if not p.future.done()]
        self._queued -= len(queue.pending)
        if not live:
            return
        task = asyncio.ensure_future(self._call(queue.policy, live))
        self._calls.add(task)
        task.add_done_callback(self._calls.discard)

    async def _call(self, policy: Policy, pending: list[_Pending]) -> None:
        # Callers' ids may collide across requests: the batch uses its own ids.
        by_id = {f"i{n}": p for n, p in enumerate(pending)}
        items = tuple(dataclasses.replace(p.item, id=i) for i, p in by_id.items())
        deadlines = [p.deadline for p in pending if p.deadline is not None]
        batch = Batch(items, policy, min(deadlines, default=None))
        try:
            async with self._slots:
                async for outcome in self._backend.classify(batch):
                    waiting = by_id.pop(outcome.item_id, None)
                    if waiting is not None and not waiting.future.done():
                        waiting.future.set_result(outcome)
        except Exception as exc:
            log.exception("backend call failed for a batch of %d", len(pending))
            for p in by_id.values():
                if not p.future.done():
                    p.future.set_result(
                        ItemFailure(p.item.id, ErrorCode.UNAVAILABLE, f"backend failed: {exc}")
                    )
            return
        for p in by_id.values():
            if not p.future.done():
                p.future.set_result(
                    ItemFailure(p.item.id, ErrorCode.INTERNAL, "backend gave no verdict")
                )

    async def close(self) -> None:
        for key in list(self._queues):
            self._flush(key)
        if self._calls:
            await asyncio.gather(*self._calls, return_exceptions=True)
