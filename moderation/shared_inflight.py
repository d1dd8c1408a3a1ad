"""In-flight dedup across replicas: one replica judges a content, the others wait for it.

The engine already joins identical items in flight on one replica. Across replicas, the
first to send a content upstream takes a lease in Redis (`inflight:<verdict cache key>`,
SET NX with an expiry); another replica that gets the same content meanwhile waits for
the verdict to appear in the shared verdict cache, for as long as the lease lives and
its caller's deadline allows. A lease that ends without a verdict (the judging replica
failed, fell back, or died) sends the waiter to judge the item itself, and so does any
Redis problem, at once: dedup saves upstream calls and never costs an item. After a Redis
error the replica judges alone for RETRY_SECONDS without asking Redis: a Redis that hangs
would otherwise cost every item its client's timeout.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from moderation.domain import Verdict
from moderation.observability import Metrics

if TYPE_CHECKING:
    from redis.asyncio import Redis

log = logging.getLogger(__name__)

FIRST_POLL_SECONDS = 0.05
LAST_POLL_SECONDS = 0.2
# After a Redis error, how long this replica judges alone before it asks Redis again.
RETRY_SECONDS = 5.0


class SharedInFlight:
    """Leases in Redis, one per verdict cache key being judged somewhere."""

    def __init__(
        self,
        client: Redis,
        lease: float,
        prefix: str = "moderation:",
        metrics: Metrics | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._lease_ms = max(1, round(lease * 1000))
        self._prefix = prefix
        self._metrics = metrics or Metrics()
        self._clock = clock
        self._down_until = float("-inf")

    def _failed(self, exc: Exception, what: str) -> None:
        self._metrics.inflight_errors.inc()
        self._down_until = self._clock() + RETRY_SECONDS
        log.debug("%s (%s); judging alone for %g s", what, exc, RETRY_SECONDS)

    def _name(self, key: str) -> str:
        return f"{self._prefix}inflight:{key}"

    async def claim(self, key: str) -> bool:
        """True when this replica judges `key` (it holds the lease, or Redis failed lately)."""
        if self._clock() < self._down_until:
            return True
        try:
            return bool(await self._client.set(self._name(key), b"1", nx=True, px=self._lease_ms))
        except Exception as exc:  # judge here, as a lone replica would
            self._failed(exc, "shared in-flight lease unavailable")
            return True

    async def release(self, key: str) -> None:
        """This replica's verdict is cached (or it has none): waiters elsewhere may go on."""
        if self._clock() < self._down_until:
            return  # a lease taken before the error expires on its own
        try:
            await self._client.delete(self._name(key))
        except Exception as exc:  # the lease expires on its own
            self._failed(exc, "could not release the in-flight lease")

    async def wait(
        self, key: str, cached: Callable[[str], Awaitable[Verdict | None]]
    ) -> Verdict | None:
        """The verdict another replica is judging, once cached; None when its lease ended
        without one (or Redis failed): then this replica judges the item itself."""
        delay = FIRST_POLL_SECONDS
        while True:
            verdict = await cached(key)
            if verdict is not None:
                self._metrics.items_deduplicated_across_replicas.inc()
                return verdict
            try:
                alive = await self._client.exists(self._name(key))
            except Exception as exc:
                self._failed(exc, "shared in-flight lease unreadable")
                return None
            if not alive:  # a verdict cached just before the lease went still counts
                verdict = await cached(key)
                if verdict is not None:
                    self._metrics.items_deduplicated_across_replicas.inc()
                return verdict
            await asyncio.sleep(delay)
            delay = min(LAST_POLL_SECONDS, delay * 1.5)

    async def close(self) -> None:
        await self._client.aclose()
