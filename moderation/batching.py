"""The batcher: items from all concurrent callers grouped into few upstream calls.

Items wait in a `KeyQueue` per (policy id, policy version, model). `next_due`,
a pure function, says which queue to send next: one that holds `max_items`
items or `max_tokens` estimated input tokens, or whose oldest item has waited
`max_wait`; oldest first. A batch is sent when it is due and the shared
`Pacer` allows another call in flight. While every slot is busy, queues keep
filling, so batches grow with load (Triton's dynamic batcher behaves the same).
With an upstream budget, a due batch first waits for its turn (`Pacer.turn`)
and is formed only when the turn comes, so it leaves with what queued meanwhile.

- Each item's future resolves on its own; an item the backend never answered
  gets an explicit ItemFailure, and one item's failure never fails the others.
- Admission: beyond `max_queue` items or `max_queue_bytes` bytes waiting,
  `submit` raises Overloaded at once, so callers back off instead of piling up
  latency and memory. The queue is shared between tenants by weight
  (`fair_share.SharedLimit`): a flood is refused to its sender only.
- Fairness: within a queue, each tenant's items wait in a lane of their own, and
  a batch is filled from the lanes in start-time fair order (`fair_share.
  VirtualClock`); among due queues, the one holding the tenant least served
  goes first. A tenant's items go out in the next batches however deep
  another tenant's backlog is; with one tenant this is first come, first served.
- The batcher knows no deadlines: a call carries several callers' items, and
  no caller's deadline may cut it short. A caller that goes away (its future
  cancelled, by the engine when its deadline passes) frees its queued item at
  once; an item already sent is judged for whoever else waits.
- Items travel under random batch-local ids: a caller's id never reaches the
  model, and no item can predict another's id.
- While the prompt cache for a key is cold (start-up, or `prompt_cache_ttl`
  since its last call), only one call for that key is in flight: the first call
  writes the cache, the burst behind it reads it (`moderation.upstream.warmup`;
  with Redis, across replicas: a cache another replica wrote is warm here too).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import dataclasses
import enum
import logging
import secrets
import time
from collections import deque
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from opentelemetry import context as otel_context
from opentelemetry import trace

from moderation import logs
from moderation.backends.base import Backend, Batch
from moderation.domain import (
    BackendOutcome,
    ErrorCode,
    Item,
    ItemFailure,
)
from moderation.errors import Overloaded
from moderation.fair_share import SharedLimit, VirtualClock
from moderation.observability import Metrics
from moderation.policy import Policy
from moderation.tenants import DEFAULT_TENANT, Tenant
from moderation.tracing import tracer
from moderation.upstream.pacing import Pacer, Slot, Turn
from moderation.upstream.tokens import estimate_tokens
from moderation.upstream.warmup import SharedWarmup, Warming, Warmup

if TYPE_CHECKING:
    from moderation.config import Settings

log = logging.getLogger(__name__)

QueueKey = tuple[str, str, str]
"""(policy id, policy version, model): items that may share one upstream call."""


@dataclass(frozen=True, slots=True)
class BatchSettings:
    """Batching limits; see `moderation.config.Settings` for why each default was chosen."""

    max_items: int = 32
    max_wait: float = 0.020
    max_queue: int = 10_000
    max_queue_bytes: int = 256 * 1024 * 1024
    max_concurrency: int = 8
    max_tokens: int = 24_000
    min_concurrency: int = 1
    prompt_cache_ttl: float = 300.0

    def __post_init__(self) -> None:
        if min(self.max_items, self.max_tokens, self.max_queue, self.max_queue_bytes) < 1:
            raise ValueError("max_items, max_tokens, max_queue and max_queue_bytes must be >= 1")
        if not 1 <= self.min_concurrency <= self.max_concurrency:
            raise ValueError("need 1 <= min_concurrency <= max_concurrency")
        if self.max_wait < 0 or self.prompt_cache_ttl < 0:
            raise ValueError("max_wait and prompt_cache_ttl must be >= 0")

    @classmethod
    def from_settings(cls, settings: Settings, local_workers: int = 0) -> BatchSettings:
        """Batching for a remote model, or for the embedded classifier scoring
        `local_workers` batches at once.

        The embedded classifier has no per-call cost to spread, and answers a batch
        whole: its batches are small, in items and in length (MODERATION_LOCAL_BATCH_ITEMS,
        MODERATION_LOCAL_BATCH_TOKENS: a batch of long flagged texts takes ten times one of
        chat lines), and no more are formed than its pool scores at once (a batch formed
        earlier would only wait there, formed before its turn, behind another tenant's
        backlog). It has no prompt cache to warm, so no first call goes alone.
        """
        remote = cls(
            max_items=settings.max_batch_items,
            max_wait=settings.max_wait_ms / 1000,
            max_queue=settings.max_queue_items,
            max_queue_bytes=settings.max_queue_bytes,
            max_concurrency=settings.max_concurrency,
            max_tokens=settings.max_batch_tokens,
            min_concurrency=min(settings.min_concurrency, settings.max_concurrency),
            prompt_cache_ttl=settings.prompt_cache_ttl_seconds,
        )
        if not local_workers:
            return remote
        small = dataclasses.replace(
            remote, max_items=settings.local_batch_items, max_tokens=settings.local_batch_tokens
        )
        return small.scored_by(local_workers)

    def scored_by(self, workers: int) -> BatchSettings:
        """These batches scored by an embedded classifier's pool of `workers`: no more in
        flight than it scores at once, and no prompt cache to warm."""
        most = min(self.max_concurrency, workers)
        return dataclasses.replace(
            self,
            max_concurrency=most,
            min_concurrency=min(self.min_concurrency, most),
            prompt_cache_ttl=0.0,
        )


class _State(enum.Enum):
    QUEUED = 1
    SENT = 2
    GONE = 3


@dataclass(slots=True, eq=False)
class _Pending:
    item: Item
    future: asyncio.Future[BackendOutcome]
    tokens: int
    size: int
    enqueued: float
    # The caller's span, linked both ways to the span of the batch that carries the item.
    span: trace.Span = trace.INVALID_SPAN
    tenant: Tenant = DEFAULT_TENANT
    queue: KeyQueue | None = None
    state: _State = _State.QUEUED


@dataclass(slots=True, eq=False)
class KeyQueue:
    """Items waiting for one (policy, model): a lane per tenant, each oldest first.

    Items whose callers left stay in their lane until they reach its front
    (skipped lazily); `live` and `tokens` count only the items still wanted.
    `fair` is the batcher's clock over tenants, shared by every queue (one
    upstream); a queue made alone gets its own, which with one tenant is FIFO.
    """

    policy: Policy
    fair: VirtualClock = field(default_factory=VirtualClock)
    lanes: dict[str, deque[_Pending]] = field(default_factory=dict)
    live: int = 0
    tokens: int = 0

    def push(self, pending: _Pending) -> None:
        pending.queue = self
        pending.state = _State.QUEUED
        lane = self.lanes.get(pending.tenant.id)
        if lane is None:
            lane = self.lanes[pending.tenant.id] = deque()
        lane.append(pending)
        self.fair.arrive(pending.tenant)
        self.live += 1
        self.tokens += pending.tokens

    def leave(self, pending: _Pending, state: _State) -> bool:
        """Account for an item leaving (sent or gone); False if it had already left."""
        if pending.state is not _State.QUEUED or pending.queue is not self:
            return False
        pending.state = state
        self.fair.leave(pending.tenant)
        self.live -= 1
        self.tokens -= pending.tokens
        return True

    def _lane_head(self, tenant_id: str) -> _Pending | None:
        lane = self.lanes[tenant_id]
        while lane and (lane[0].state is not _State.QUEUED or lane[0].future.done()):
            lane.popleft()
        if not lane:
            del self.lanes[tenant_id]
            return None
        return lane[0]

    def heads(self) -> dict[str, _Pending]:
        """Each tenant's oldest item still wanted (lanes left empty are dropped)."""
        heads = {}
        for tenant_id in list(self.lanes):
            head = self._lane_head(tenant_id)
            if head is not None:
                heads[tenant_id] = head
        return heads

    def head(self) -> _Pending | None:
        """The oldest item still wanted, of any tenant."""
        return min(self.heads().values(), key=lambda p: p.enqueued, default=None)

    def next_tenant(self) -> str | None:
        """The waiting tenant whose turn it is (least served for its weight)."""
        return self.fair.least(self.heads())

    def full(self, max_items: int, max_tokens: int) -> bool:
        return self.live >= max_items or self.tokens >= max_tokens

    def take(self, max_items: int, max_tokens: int) -> list[_Pending]:
        """The next batch, up to `max_items` and `max_tokens` (at least one): each item
        from the lane whose turn it is, each lane oldest first."""
        taken: list[_Pending] = []
        tokens = 0
        while len(taken) < max_items:
            heads = self.heads()
            tenant_id = self.fair.least(heads)
            if tenant_id is None:
                break
            head = heads[tenant_id]
            if taken and tokens + head.tokens > max_tokens:
                # Another lane's smaller item may still fit; this lane waits for the next batch.
                fits = [t for t, p in heads.items() if tokens + p.tokens <= max_tokens]
                tenant_id = self.fair.least(fits)
                if tenant_id is None:
                    break
                head = heads[tenant_id]
            self.lanes[tenant_id].popleft()
            self.leave(head, _State.SENT)
            self.fair.charge(head.tenant, 1.0)
            taken.append(head)
            tokens += head.tokens
        return taken


@dataclass(frozen=True, slots=True)
class Due:
    """What `next_due` decided: a queue to send now, and/or when to look again."""

    key: QueueKey | None
    wake_at: float | None


def next_due(
    queues: Mapping[QueueKey, KeyQueue],
    now: float,
    settings: BatchSettings,
    held: Collection[QueueKey] = (),
    flush: bool = False,
) -> Due:
    """Which queue to send next, else when one falls due.

    Among due queues: the one holding the tenant least served (by the queues'
    shared fair clock), then the oldest head. Pure: no clock, no I/O. `held`
    keys may not send now (their prompt cache is being written); `flush` makes
    every non-empty queue due (shutdown).
    """
    best: tuple[tuple[float, float], QueueKey] | None = None
    wake: float | None = None
    for key, queue in queues.items():
        heads = queue.heads()
        if not heads or key in held:
            continue
        oldest = min(p.enqueued for p in heads.values())
        due_at = oldest + settings.max_wait
        if flush or due_at <= now or queue.full(settings.max_items, settings.max_tokens):
            rank = (min(queue.fair.of(t) for t in heads), oldest)
            if best is None or rank < best[0]:
                best = (rank, key)
        else:
            wake = due_at if wake is None else min(wake, due_at)
    return Due(best[1] if best else None, wake)


class Batcher:
    """Implements the engine's Dispatcher: `submit` one item, get its outcome."""

    def __init__(
        self,
        backend: Backend,
        settings: BatchSettings,
        metrics: Metrics | None = None,
        clock: Callable[[], float] = time.monotonic,
        pacer: Pacer | None = None,
        shared_warmup: SharedWarmup | None = None,
        total_weight: Callable[[], float] = lambda: 1.0,
    ) -> None:
        self._backend = backend
        self._settings = settings
        self._metrics = metrics or Metrics()
        self._clock = clock
        self.pacer = pacer or Pacer(settings.min_concurrency, settings.max_concurrency, clock)
        self.pacer.on_room = self._pump
        self._queues: dict[QueueKey, KeyQueue] = {}
        self._queue_limit = SharedLimit(
            settings.max_queue, settings.max_queue_bytes, total_weight, what="queued"
        )
        self._fair = VirtualClock()
        self._in_flight = 0
        self._calls: set[asyncio.Task[None]] = set()
        self._turn: asyncio.Task[None] | None = None  # the batch waiting for its budget turn
        self._warmup = Warmup(settings.prompt_cache_ttl, shared_warmup, clock)
        self._timer: asyncio.TimerHandle | None = None
        self._closing = False

    # --- what the engine and operators see ----------------------------------

    @property
    def model(self) -> str:
        """The model items are judged by now (part of the verdict cache key)."""
        return self._backend.model

    @property
    def problem(self) -> str:
        """Why the backend cannot judge now (e.g. a refused API key), or ""."""
        return self._backend.problem

    @property
    def queued(self) -> int:
        """Items waiting for a batch (not yet sent upstream)."""
        return self._queue_limit.items

    @property
    def queued_bytes(self) -> int:
        """Bytes of content waiting for a batch."""
        return self._queue_limit.bytes

    @property
    def in_flight(self) -> int:
        """Upstream calls running now."""
        return self._in_flight

    async def submit(
        self, item: Item, policy: Policy, tenant: Tenant = DEFAULT_TENANT
    ) -> BackendOutcome:
        """Queue one item and wait for its own outcome; Overloaded when the queue is full
        or `tenant` is over its share of it."""
        if self._closing:
            raise Overloaded("the server is shutting down; retry on another replica")
        size = item.size_bytes()
        refused = self._queue_limit.refusal(tenant, 1, size)
        if refused is not None:
            self._metrics.queue_rejected.labels(refused.bound).inc()
            raise Overloaded(f"{refused.message}; retry with backoff")
        key = (policy.id, policy.version, self._backend.model)
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = KeyQueue(policy, self._fair)
        future: asyncio.Future[BackendOutcome] = asyncio.get_running_loop().create_future()
        pending = _Pending(
            item,
            future,
            estimate_tokens(item),
            size,
            self._clock(),
            trace.get_current_span(),
            tenant,
        )
        future.add_done_callback(lambda _f: self._forget(pending))
        queue.push(pending)
        self._queue_limit.take(tenant, 1, size)
        self._pump()
        return await future

    async def warm(self, policy: Policy) -> None:
        """Before a new policy version takes traffic (a reload): have the backend write its
        prompt cache, where it can, and count the key warm, so its first items go together
        instead of one call writing the cache while the rest wait."""
        backend = getattr(self._backend, "primary", self._backend)  # inside ResilientBackend
        warm = getattr(backend, "warm", None)
        if warm is None or self._settings.prompt_cache_ttl <= 0:
            return
        started = self._clock()
        if await warm(policy):
            key = (policy.id, policy.version, self.model)
            self._warmup.warmed(key, started + self._settings.prompt_cache_ttl)

    async def close(self) -> None:
        """Send what is queued (no more waiting for batches to fill), then wait for the calls."""
        self._closing = True
        if self._turn is not None:  # what it waited for is sent now, without a turn
            self._turn.cancel()
        for _ in range(self._settings.max_queue + 1):  # bounded: each round sends a batch or ends
            self._pump()
            if not self._calls:
                break
            await asyncio.wait(set(self._calls), return_when=asyncio.FIRST_COMPLETED)
        if self._timer is not None:
            self._timer.cancel()
        for queue in self._queues.values():
            while (p := queue.head()) is not None:
                self._leave(p, _State.GONE)
                self._resolve(p, _failure(p, ErrorCode.UNAVAILABLE, "server stopped"))
        self._queues.clear()
        await self.pacer.close()
        await self._warmup.close()

    # --- queue bookkeeping ----------------------------------------------------

    def _leave(self, pending: _Pending, state: _State) -> None:
        if pending.queue is not None and pending.queue.leave(pending, state):
            self._queue_limit.release(pending.tenant, 1, pending.size)

    def _forget(self, pending: _Pending) -> None:
        """The caller left (future cancelled) while the item was queued: free its place."""
        if pending.state is _State.QUEUED:
            self._leave(pending, _State.GONE)
            self._metrics.queue_cancelled.inc()

    # --- sending --------------------------------------------------------------

    def _pump(self) -> None:
        """Start every batch that is due and has a free slot; arm a timer for the next one."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        now = self._clock()
        pause = self.pacer.pause_left()
        if pause > 0 and not self._closing:
            self._arm(pause)
            return
        for key in [k for k, q in self._queues.items() if q.head() is None]:
            del self._queues[key]
        # The call writing a cold prompt cache goes alone.
        held = self._warmup.held(now)
        while self.pacer.has_room(ignore_pause=self._closing):
            due = next_due(self._queues, now, self._settings, held, flush=self._closing)
            if due.key is None:
                if due.wake_at is not None:
                    self._arm(due.wake_at - now)
                return
            if self.pacer.budget is not None and not self._closing:
                # The batch is formed when the budget gives it a turn, one turn at a time.
                if self._turn is None:
                    self._wait_for_turn(due.key)
                return
            if self._start(due.key, now):
                held.add(due.key)
        # every slot busy: the pacer pumps again when one frees up

    def _arm(self, delay: float) -> None:
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(max(0.0, delay), self._pump)

    def _start(self, key: QueueKey, now: float) -> bool:
        """Send the queue's next batch; True when that call writes a cold prompt cache."""
        formed = self._form(key, now)
        if formed is None:
            return False
        self._spawn(key, formed, self.pacer.take())
        return formed[1].writes

    def _form(
        self, key: QueueKey, now: float, warming: Warming | None = None
    ) -> tuple[list[_Pending], Warming] | None:
        """Take the queue's next batch out of it: its items, and its part in the warm-up
        (`warming` when it began before the batch's budget turn)."""
        queue = self._queues[key]
        taken = queue.take(self._settings.max_items, self._settings.max_tokens)
        for p in taken:
            self._queue_limit.release(p.tenant, 1, p.size)
        if not taken:
            return None
        for p in taken:
            self._metrics.queue_wait.labels(key[0]).observe(max(0.0, now - p.enqueued))
        return taken, warming if warming is not None else self._warmup.begin(key, now)

    def _spawn(
        self,
        key: QueueKey,
        formed: tuple[list[_Pending], Warming],
        slot: Slot,
        turn: Turn | None = None,
    ) -> None:
        """Run the batch's call, holding `slot`, in a task of its own; it releases the slot."""
        taken, warming = formed
        self._in_flight += 1
        # A context of its own: the batch serves many callers, not whichever one pumped.
        task = asyncio.create_task(
            self._call(key, self._queues[key].policy, taken, warming, slot, turn),
            name=f"batch-{key[0]}-{len(taken)}",
            context=contextvars.Context(),
        )
        self._track(task)

    def _track(self, task: asyncio.Task[None]) -> None:
        self._calls.add(task)
        task.add_done_callback(self._calls.discard)

    def _wait_for_turn(self, key: QueueKey) -> None:
        """Hold a slot and wait for the budget's turn; the batch is formed when it comes."""
        self._turn = asyncio.create_task(
            self._on_turn(key, self.pacer.take()), name="batch-turn", context=contextvars.Context()
        )
        self._track(self._turn)

    async def _on_turn(self, key: QueueKey, slot: Slot) -> None:
        # A cold cache another replica is writing is waited for before the turn is
        # taken: the budget counts a request from its turn, so it must leave at once.
        warming: Warming | None = None
        try:
            if self._warmup.is_cold(key, self._clock()):
                warming = self._warmup.begin(key, self._clock())
                await self._warmup.claim(warming)
            turn = await self.pacer.turn(key[2])
        except BaseException:
            self._turn = None
            if warming is not None:
                await self._warmup.end(warming, answered=False, started=self._clock())
            slot.release()
            raise
        self._turn = None
        formed = self._form(key, self._clock(), warming) if key in self._queues else None
        if formed is None:  # its callers left while it waited
            await turn.close()
            if warming is not None:
                await self._warmup.end(warming, answered=False, started=self._clock())
            slot.release()
            return
        self._spawn(key, formed, slot, turn)
        self._pump()

    async def _call(
        self,
        key: QueueKey,
        policy: Policy,
        pending: list[_Pending],
        warming: Warming,
        slot: Slot,
        turn: Turn | None,
    ) -> None:
        started = self._clock()
        if warming.writes and not await self._warmup.claim(warming):
            self._pump()  # another replica wrote the cache: let the burst go
        by_id = _batch_ids(pending)
        items = tuple(dataclasses.replace(p.item, id=i) for i, p in by_id.items())
        tokens = sum(p.tokens for p in pending)
        self._metrics.batch_items.labels(policy.id).observe(len(items))
        self._metrics.batch_tokens.labels(policy.id).observe(tokens)
        with _batch_span(policy, key[2], pending, tokens) as span:
            await self._send(policy, by_id, items, started, warming, span, slot, turn)

    async def _send(
        self,
        policy: Policy,
        by_id: dict[str, _Pending],
        items: tuple[Item, ...],
        started: float,
        warming: Warming,
        span: trace.Span,
        slot: Slot,
        turn: Turn | None,
    ) -> None:
        answered = False
        try:
            sent = dict(by_id)  # by_id loses each item as it is answered
            batch = Batch(
                items,
                policy,
                gate=turn,
                slot=slot,
                senders={i: p.tenant for i, p in sent.items()},
                # Read from the embedded backend's threads too: a done() read, no loop call.
                waiting=lambda i: i in sent and not sent[i].future.done(),
            )
            async for outcome in self._backend.classify(batch):
                waiting = by_id.pop(outcome.item_id, None)
                if waiting is not None:
                    self._resolve(waiting, dataclasses.replace(outcome, item_id=waiting.item.id))
            answered = True
        except asyncio.CancelledError:
            for p in by_id.values():
                self._resolve(p, _failure(p, ErrorCode.UNAVAILABLE, "upstream call cancelled"))
            raise
        except Exception as exc:
            log.exception("backend call failed for a batch of %d", len(items))
            self._metrics.batch_failures.inc()
            span.set_status(trace.StatusCode.ERROR, type(exc).__name__)
            for p in by_id.values():
                self._resolve(p, _failure(p, ErrorCode.UNAVAILABLE, f"backend failed: {exc}"))
        finally:
            self._in_flight -= 1
            await self._warmup.end(warming, answered=answered, started=started)
            for p in by_id.values():
                self._resolve(p, _failure(p, ErrorCode.INTERNAL, "backend gave no verdict"))
            if turn is not None:
                await turn.close()
            slot.release()  # pumps, unless a waiting retry takes the slot

    @staticmethod
    def _resolve(pending: _Pending, outcome: BackendOutcome) -> None:
        if not pending.future.done():
            pending.future.set_result(outcome)


@contextlib.contextmanager
def _batch_span(
    policy: Policy, model: str, pending: list[_Pending], tokens: int
) -> Iterator[trace.Span]:
    """The batch's span: a trace of its own, linked both ways to each caller's item span.

    Its id also names the batch in log lines (as their request id): no one caller owns it.
    """
    links = [trace.Link(ctx) for p in pending if (ctx := p.span.get_span_context()).is_valid]
    span = tracer().start_span(
        "moderation.batch",
        context=otel_context.Context(),
        links=links,
        attributes={
            "moderation.policy": policy.id,
            "moderation.policy_version": policy.version,
            "moderation.model": model,
            "moderation.batch.items": len(pending),
            "moderation.batch.tokens": tokens,
        },
    )
    ctx = span.get_span_context()
    logs.request_id.set(
        "batch-" + (format(ctx.span_id, "016x") if ctx.is_valid else secrets.token_hex(8))
    )
    for p in pending:
        if p.span.is_recording():
            p.span.add_link(ctx)
    with trace.use_span(span, end_on_exit=True):
        yield span


def _batch_ids(pending: list[_Pending]) -> dict[str, _Pending]:
    """Fresh random ids for one batch: unpredictable to any item, unique within the batch."""
    by_id: dict[str, _Pending] = {}
    for p in pending:
        while (batch_id := secrets.token_hex(4)) in by_id:
            pass
        by_id[batch_id] = p
    return by_id


def _failure(pending: _Pending, code: ErrorCode, message: str) -> ItemFailure:
    return ItemFailure(pending.item.id, code, message)
