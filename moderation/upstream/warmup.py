"""One prompt-cache warm-up per (policy, model) across replicas, through Redis.

The model's prompt cache is the organisation's, not a replica's: once any replica's
call has written a policy's prompt, every replica's calls read it. So the first call
after the cache's lifetime goes alone *wherever it runs*: a replica about to write a
cold cache first asks Redis whether another replica has written it (then its burst
fans out at once), or is writing it (then it waits for that call, up to a lease), or
takes the lease and writes it itself. Every answered call refreshes the shared mark,
as a cache hit refreshes the cache's lifetime.

A Redis problem costs at most one extra cache write: the replica writes it itself.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from moderation.observability import Metrics

if TYPE_CHECKING:
    from redis.asyncio import Redis

log = logging.getLogger(__name__)

QueueKey = tuple[str, str, str]


class SharedWarmup:
    """Marks in Redis: `warm:<key>` (expires with the cache) and `warming:<key>` (a lease)."""

    def __init__(
        self,
        client: Redis,
        ttl: float,
        lease: float = 60.0,
        poll: float = 0.05,
        prefix: str = "moderation:",
        metrics: Metrics | None = None,
    ) -> None:
        self._client = client
        self._ttl_ms = max(1, round(ttl * 1000))
        self._lease_ms = max(1, round(lease * 1000))
        self._poll = poll
        self._prefix = prefix
        self._metrics = metrics or Metrics()

    def _name(self, kind: str, key: QueueKey) -> str:
        return f"{self._prefix}{kind}:" + ":".join(key)

    async def claim(self, key: QueueKey) -> float:
        """Seconds the cache stays warm when another replica wrote it; 0 when this call
        must write it (it then holds the lease until `written` or `release`)."""
        deadline = time.monotonic() + self._lease_ms / 1000
        try:
            while True:
                left_ms = await self._client.pttl(self._name("warm", key))
                if left_ms > 0:
                    self._metrics.warmups_shared.inc()
                    return float(left_ms) / 1000
                lease = self._name("warming", key)
                if await self._client.set(lease, b"1", nx=True, px=self._lease_ms):
                    return 0.0
                if time.monotonic() >= deadline:
                    return 0.0
                await asyncio.sleep(self._poll)
        except Exception as exc:  # Redis down: write the cache here, as a lone replica would
            self._metrics.warmup_errors.inc()
            log.debug("shared warm-up unavailable (%s); this replica writes the cache", exc)
            return 0.0

    async def answered(self, key: QueueKey, wrote: bool) -> None:
        """A call for `key` was answered: the cache is warm for another lifetime."""
        try:
            await self._client.set(self._name("warm", key), b"1", px=self._ttl_ms)
            if wrote:
                await self._client.delete(self._name("warming", key))
        except Exception as exc:
            self._metrics.warmup_errors.inc()
            log.debug("could not mark the prompt cache warm in Redis: %s", exc)

    async def release(self, key: QueueKey) -> None:
        """The writing call failed: let the next replica try."""
        try:
            await self._client.delete(self._name("warming", key))
        except Exception as exc:
            log.debug("could not release the warm-up lease: %s", exc)

    async def close(self) -> None:
        await self._client.aclose()
