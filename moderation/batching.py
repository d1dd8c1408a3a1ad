"""The batcher: items from all concurrent callers grouped into few upstream calls.

Items are queued per (policy id, policy version, model). A queue is sent as a
batch when it holds `max_items` items, or `max_tokens` estimated input tokens,
or when its oldest item has waited `max_wait` — and an upstream slot is free.
While every slot is busy, queues keep filling, so batches grow with load
(Triton's dynamic batcher behaves the same way).

- Each item's future resolves on its own; an item the backend never answered
  gets an explicit ItemFailure, and one item's failure never fails the others.
- The queue is bounded: beyond `max_queue` items, `submit` raises Overloaded at
  once, so callers back off instead of piling up latency.
- The number of calls in flight adapts (AIMD): halved when the backend raises
  UpstreamOverloaded (429/529), recovered by one slot per window of successful
  calls, never above `max_concurrency`.
- While the prompt cache for a key is cold (start-up, or `prompt_cache_ttl`
  since its last call), only one call for that key is in flight: the first call
  writes the cache, the burst behind it reads it.
- A caller that goes away (its future cancelled) frees its queued item at once;
  it is never sent upstream.
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
import logging
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from moderation.backends.base import Backend, Batch, UpstreamOverloaded
from moderation.domain import (
    BackendOutcome,
    ErrorCode,
    ImageContent,
    Item,
    ItemFailure,
    TextContent,
)
from moderation.errors import Overloaded
from moderation.observability import Metrics
from moderation.policy import Policy

if TYPE_CHECKING:
    from moderation.config import Settings

log = logging.getLogger(__name__)

QueueKey = tuple[str, str, str]
"""(policy id, policy version, model): items that may share one upstream call."""

# Token estimates. Text: about four characters per token for English. Images:
# Anthropic's documented width*height/750, capped where the API downsizes
# (about 1.15 megapixels, ~1,600 tokens); an image of unknown size counts at the cap.
CHARS_PER_TOKEN = 4
IMAGE_PIXELS_PER_TOKEN = 750
IMAGE_MAX_TOKENS = 1_600
# Per item: its delimiters, id and the structured verdict's framing in the prompt.
ITEM_OVERHEAD_TOKENS = 24


def estimate_tokens(item: Item) -> int:
    """Estimated input tokens an item adds to a batch (content, context and framing)."""
    content = item.content
    if isinstance(content, TextContent):
        tokens = math.ceil(len(content.text) / CHARS_PER_TOKEN)
    elif isinstance(content, ImageContent) and content.width > 0 and content.height > 0:
        tokens = min(
            IMAGE_MAX_TOKENS, math.ceil(content.width * content.height / IMAGE_PIXELS_PER_TOKEN)
        )
    else:
        tokens = IMAGE_MAX_TOKENS
    return tokens + math.ceil(len(item.context) / CHARS_PER_TOKEN) + ITEM_OVERHEAD_TOKENS


@dataclass(frozen=True, slots=True)
class BatchSettings:
    """Batching limits; see `moderation.config.Settings` for why each default was chosen."""

    max_items: int = 32
    max_wait: float = 0.020
    max_queue: int = 10_000
    max_concurrency: int = 8
    max_tokens: int = 24_000
    min_concurrency: int = 1
    prompt_cache_ttl: float = 300.0
    max_attempts: int = 3

    def __post_init__(self) -> None:
        if self.max_items < 1 or self.max_tokens < 1 or self.max_queue < 1:
            raise ValueError("max_items, max_tokens and max_queue must be at least 1")
        if not 1 <= self.min_concurrency <= self.max_concurrency:
            raise ValueError("need 1 <= min_concurrency <= max_concurrency")
        if self.max_wait < 0 or self.prompt_cache_ttl < 0 or self.max_attempts < 1:
            raise ValueError("max_wait and prompt_cache_ttl must be >= 0, max_attempts >= 1")

    @classmethod
    def from_settings(cls, settings: Settings) -> BatchSettings:
        return cls(
            max_items=settings.max_batch_items,
            max_wait=settings.max_wait_ms / 1000,
            max_queue=settings.max_queue_items,
            max_concurrency=settings.max_concurrency,
            max_tokens=settings.max_batch_tokens,
            min_concurrency=min(settings.min_concurrency, settings.max_concurrency),
            prompt_cache_ttl=settings.prompt_cache_ttl_seconds,
            max_attempts=settings.upstream_attempts,
        )


class AdaptiveLimit:
    """AIMD limit on upstream calls in flight, like TCP's congestion window.

    Overload halves it (once per window: signals from calls started before the
    last decrease are ignored, so one burst of 429s counts once); each success
    adds 1/limit, so a full window of successes adds one slot.
    """

    def __init__(self, minimum: int, maximum: int, decrease: float = 0.5) -> None:
        self.minimum = minimum
        self.maximum = maximum
        self._decrease = decrease
        self._value = float(maximum)
        self.epoch = 0

    @property
    def current(self) -> int:
        return max(self.minimum, math.floor(self._value))

    def on_success(self) -> None:
        self._value = min(float(self.maximum), self._value + 1.0 / max(self._value, 1.0))

    def on_overload(self, epoch: int) -> bool:
        """Decrease for a call started in `epoch`; False when that window already decreased."""
        if epoch != self.epoch:
            return False
        self._value = max(float(self.minimum), self._value * self._decrease)
        self.epoch += 1
        return True


class _State(enum.Enum):
    QUEUED = 1
    SENT = 2
    GONE = 3


@dataclass(slots=True, eq=False)
class _Pending:
    item: Item
    deadline: float | None
    future: asyncio.Future[BackendOutcome]
    tokens: int
    enqueued: float
    queue: _Queue | None = None
    attempts: int = 0
    state: _State = _State.QUEUED


@dataclass(slots=True, eq=False)
class _Queue:
    policy: Policy
    items: deque[_Pending] = field(default_factory=deque)
    live: int = 0
    tokens: int = 0

    def head(self) -> _Pending | None:
        """The oldest item still wanted; items whose callers left are discarded."""
        while self.items and (
            self.items[0].state is not _State.QUEUED or self.items[0].future.done()
        ):
            self.items.popleft()
        return self.items[0] if self.items else None


class Batcher:
    """Implements the engine's Dispatcher: `submit` one item, get its outcome."""

    def __init__(
        self,
        backend: Backend,
        settings: BatchSettings,
        metrics: Metrics | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._backend = backend
        self._settings = settings
        self._metrics = metrics or Metrics()
        self._clock = clock
        self._queues: dict[QueueKey, _Queue] = {}
        self._queued = 0
        self.limit = AdaptiveLimit(settings.min_concurrency, settings.max_concurrency)
        self._in_flight = 0
        self._calls: set[asyncio.Task[None]] = set()
        self._warm_until: dict[QueueKey, float] = {}
        self._warming: set[QueueKey] = set()
        self._paused_until = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._closing = False

    # --- what the engine and operators see ----------------------------------

    @property
    def queued(self) -> int:
        """Items waiting for a batch (not yet sent upstream)."""
        return self._queued

    @property
    def in_flight(self) -> int:
        """Upstream calls running now."""
        return self._in_flight

    async def submit(self, item: Item, policy: Policy, deadline: float | None) -> BackendOutcome:
        """Queue one item and wait for its own outcome; Overloaded when the queue is full."""
        if self._closing:
            raise Overloaded("the server is shutting down; retry on another replica")
        if self._queued >= self._settings.max_queue:
            self._metrics.incr("items_rejected_overloaded")
            raise Overloaded(f"{self._queued} items queued; retry with backoff")
        key = (policy.id, policy.version, self._backend.model)
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = _Queue(policy)
        future: asyncio.Future[BackendOutcome] = asyncio.get_running_loop().create_future()
        pending = _Pending(item, deadline, future, estimate_tokens(item), self._clock())
        future.add_done_callback(lambda _f: self._forget(pending))
        self._enqueue(queue, pending)
        self._pump()
        return await future

    async def close(self) -> None:
        """Send what is queued (no more waiting for batches to fill), then wait for the calls."""
        self._closing = True
        for _ in range(self._settings.max_queue + 1):  # bounded: each round sends a batch or ends
            self._pump()
            if not self._calls:
                break
            await asyncio.wait(set(self._calls), return_when=asyncio.FIRST_COMPLETED)
        if self._timer is not None:
            self._timer.cancel()
        for queue in self._queues.values():
            for p in queue.items:
                if p.state is _State.QUEUED:
                    self._resolve(p, self._failure(p, ErrorCode.UNAVAILABLE, "server stopped"))
        self._queues.clear()

    # --- queue bookkeeping ----------------------------------------------------

    def _enqueue(self, queue: _Queue, pending: _Pending) -> None:
        pending.queue = queue
        pending.state = _State.QUEUED
        queue.items.append(pending)
        queue.live += 1
        queue.tokens += pending.tokens
        self._queued += 1

    def _dequeue(self, pending: _Pending, state: _State) -> None:
        """Account for an item leaving the queue (sent or gone); it is skipped lazily."""
        queue = pending.queue
        if pending.state is not _State.QUEUED or queue is None:
            return
        pending.state = state
        queue.live -= 1
        queue.tokens -= pending.tokens
        self._queued -= 1

    def _forget(self, pending: _Pending) -> None:
        """The caller left (future cancelled) while the item was queued: free its place."""
        if pending.state is _State.QUEUED:
            self._dequeue(pending, _State.GONE)
            self._metrics.incr("items_cancelled_queued")

    def _is_full(self, queue: _Queue) -> bool:
        return queue.live >= self._settings.max_items or queue.tokens >= self._settings.max_tokens

    def _is_cold(self, key: QueueKey, now: float) -> bool:
        return self._settings.prompt_cache_ttl > 0 and now >= self._warm_until.get(key, 0.0)

    # --- sending --------------------------------------------------------------

    def _pump(self) -> None:
        """Start every batch that is due and has a free slot; arm a timer for the next one."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        now = self._clock()
        if now < self._paused_until and not self._closing:
            self._arm(self._paused_until - now)
            return
        wake: float | None = None
        while self._in_flight < self.limit.current:
            wake = None
            best: tuple[float, QueueKey] | None = None
            for key, queue in list(self._queues.items()):
                head = queue.head()
                if head is None:
                    del self._queues[key]
                    continue
                cold = self._is_cold(key, now)
                if cold and key in self._warming:
                    continue  # the call writing the prompt cache goes alone
                due = head.enqueued + self._settings.max_wait
                if self._closing or due <= now or self._is_full(queue):
                    if best is None or head.enqueued < best[0]:
                        best = (head.enqueued, key)
                else:
                    wake = due if wake is None else min(wake, due)
            if best is None:
                break
            self._start(best[1], now)
        else:
            wake = None  # every slot busy: a finishing call pumps again
        if wake is not None:
            self._arm(wake - now)

    def _arm(self, delay: float) -> None:
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(max(0.0, delay), self._pump)

    def _start(self, key: QueueKey, now: float) -> None:
        queue = self._queues[key]
        taken: list[_Pending] = []
        tokens = 0
        while queue.items and len(taken) < self._settings.max_items:
            p = queue.items[0]
            if p.state is not _State.QUEUED or p.future.done():
                queue.items.popleft()  # its caller left; `_forget` does the accounting
                continue
            if taken and tokens + p.tokens > self._settings.max_tokens:
                break
            queue.items.popleft()
            self._dequeue(p, _State.SENT)
            if p.deadline is not None and p.deadline <= now:
                self._resolve(p, self._failure(p, ErrorCode.DEADLINE_EXCEEDED, "deadline passed"))
                continue
            taken.append(p)
            tokens += p.tokens
        if not taken:
            return
        warming = self._is_cold(key, now)
        if warming:
            self._warming.add(key)
        self._in_flight += 1
        task = asyncio.create_task(
            self._call(key, queue.policy, taken, warming, self.limit.epoch),
            name=f"batch-{key[0]}-{len(taken)}",
        )
        self._calls.add(task)
        task.add_done_callback(self._calls.discard)

    async def _call(
        self, key: QueueKey, policy: Policy, pending: list[_Pending], warming: bool, epoch: int
    ) -> None:
        started = self._clock()
        # Callers' ids may collide across requests: the batch uses its own ids.
        by_id = {f"i{n}": p for n, p in enumerate(pending)}
        items = tuple(dataclasses.replace(p.item, id=i) for i, p in by_id.items())
        deadlines = [p.deadline for p in pending if p.deadline is not None]
        batch = Batch(items, policy, min(deadlines, default=None))
        self._metrics.incr("upstream_calls")
        self._metrics.incr("upstream_items", len(items))
        succeeded = False
        try:
            async for outcome in self._backend.classify(batch):
                waiting = by_id.pop(outcome.item_id, None)
                if waiting is not None:
                    self._resolve(waiting, dataclasses.replace(outcome, item_id=waiting.item.id))
            succeeded = True
        except UpstreamOverloaded as exc:
            self._on_overload(key, policy, exc, epoch, list(by_id.values()))
            by_id.clear()
        except asyncio.CancelledError:
            for p in by_id.values():
                self._resolve(p, self._failure(p, ErrorCode.UNAVAILABLE, "upstream call cancelled"))
            raise
        except Exception as exc:
            log.exception("backend call failed for a batch of %d", len(pending))
            self._metrics.incr("upstream_errors")
            for p in by_id.values():
                self._resolve(p, self._failure(p, ErrorCode.UNAVAILABLE, f"backend failed: {exc}"))
            by_id.clear()
        finally:
            self._in_flight -= 1
            if warming:
                self._warming.discard(key)
            if succeeded:
                self.limit.on_success()
                if self._settings.prompt_cache_ttl > 0:
                    self._warm_until[key] = started + self._settings.prompt_cache_ttl
            for p in by_id.values():
                self._resolve(p, self._failure(p, ErrorCode.INTERNAL, "backend gave no verdict"))
            self._pump()

    def _on_overload(
        self,
        key: QueueKey,
        policy: Policy,
        exc: UpstreamOverloaded,
        epoch: int,
        unanswered: list[_Pending],
    ) -> None:
        """Back off (AIMD, Retry-After) and put the unanswered items back at the front."""
        self._metrics.incr("upstream_overloaded")
        if self.limit.on_overload(epoch):
            log.warning("upstream overloaded: concurrency limit now %d", self.limit.current)
        if exc.retry_after:
            self._paused_until = max(self._paused_until, self._clock() + exc.retry_after)
        retry: list[_Pending] = []
        for p in unanswered:
            p.attempts += 1
            if p.future.done():
                continue
            if p.attempts >= self._settings.max_attempts or self._closing:
                self._resolve(
                    p, self._failure(p, ErrorCode.UNAVAILABLE, f"upstream overloaded: {exc}")
                )
            else:
                retry.append(p)
        if not retry:
            return
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = _Queue(policy)
        for p in retry:
            self._enqueue(queue, p)
        # Back in arrival order: the retried items are the oldest, so they go first.
        queue.items = deque(sorted(queue.items, key=lambda p: p.enqueued))
        self._metrics.incr("items_requeued", len(retry))

    @staticmethod
    def _resolve(pending: _Pending, outcome: BackendOutcome) -> None:
        if not pending.future.done():
            pending.future.set_result(outcome)

    @staticmethod
    def _failure(pending: _Pending, code: ErrorCode, message: str) -> ItemFailure:
        return ItemFailure(pending.item.id, code, message)
