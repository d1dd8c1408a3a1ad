"""One prompt-cache warm-up per (policy, model): in this process and across replicas.

While a key's prompt cache is cold (start-up, or `ttl` seconds since its last
answered call), only one call for that key is in flight: the first call writes the
cache, the burst behind it reads it. Every call goes through one `Warmup`: `begin`
when it is formed (it writes the cache when the key is cold, and the key's other
calls are held meanwhile), `claim` before it is sent, `end` when it is over.

The model's prompt cache is the organisation's, not a replica's: once any replica's
call has written a policy's prompt, every replica's calls read it. So with a
`SharedWarmup` (Redis) the first call after the cache's lifetime goes alone *wherever
it runs*: a replica about to write a cold cache first asks Redis whether another
replica has written it (then its burst fans out at once), or is writing it (then it
waits for that call, up to a lease), or takes the lease and writes it itself. Every
answered call refreshes the shared mark, as a cache hit refreshes the cache's lifetime.

A Redis problem costs at most one extra cache write: the replica writes it itself.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from moderation.observability import Metrics

if TYPE_CHECKING:
    from redis.asyncio import Redis

log = logging.getLogger(__name__)

QueueKey = tuple[str, str, str]


@dataclass(slots=True, eq=False)
class Warming:
    """One call's part in its key's warm-up, from `Warmup.begin` to `Warmup.end`."""

    key: QueueKey
    writes: bool  # this call writes the cold cache; the key's other calls wait for it
    claimed: bool = False  # the other replicas were asked (`Warmup.claim`)
    leased: bool = False  # this replica holds the shared lease while it writes


class Warmup:
    """The one warm-up: a key's cold prompt cache is written by one call at a time.

    A `ttl` of 0 turns it off. Without `shared`, it holds within this process.
    """

    def __init__(
        self,
        ttl: float,
        shared: SharedWarmup | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl
        self._shared = shared if ttl > 0 else None
        self._clock = clock
        self._warm_until: dict[QueueKey, float] = {}
        self._warming: set[QueueKey] = set()

    def is_cold(self, key: QueueKey, now: float) -> bool:
        return self._ttl > 0 and now >= self._warm_until.get(key, 0.0)

    def held(self, now: float) -> set[QueueKey]:
        """Keys that may not start a call now: one is already writing their cache."""
        return {k for k in self._warming if self.is_cold(k, now)}

    def begin(self, key: QueueKey, now: float) -> Warming:
        """A call for `key` is formed; it writes the cache when the key is cold."""
        writes = self.is_cold(key, now)
        if writes:
            self._warming.add(key)
        return Warming(key, writes)

    async def claim(self, warming: Warming) -> bool:
        """Before a writing call is sent, ask the other replicas (once): True when this
        call still writes the cache, False when another replica wrote it (the key's
        burst may go at once)."""
        if not warming.writes or warming.claimed or self._shared is None:
            return warming.writes
        warming.claimed = True
        left = await self._shared.claim(warming.key)
        if left <= 0:
            warming.leased = True
            return True
        warming.writes = False
        self.warmed(warming.key, self._clock() + left)
        return False

    def warmed(self, key: QueueKey, until: float) -> None:
        """The cache was written outside this process's calls (another replica, or a
        policy prepared before its traffic): it is warm here until `until`."""
        self._warming.discard(key)
        self._warm_until[key] = max(self._warm_until.get(key, 0.0), until)

    async def end(self, warming: Warming, *, answered: bool, started: float) -> None:
        """The call that began at `started` is over; answered, the cache is warm for
        another lifetime from then, here and for the other replicas."""
        key = warming.key
        if warming.writes:
            self._warming.discard(key)
        if answered and self._ttl > 0:
            self._warm_until[key] = started + self._ttl
        if self._shared is not None:
            if answered:
                await self._shared.answered(key, wrote=warming.leased)
            elif warming.leased:
                await self._shared.release(key)

    async def close(self) -> None:
        if self._shared is not None:
            await self._shared.close()


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
                left = await self._warm_left(key)
                if left > 0:
                    return left
                lease = self._name("warming", key)
                if await self._client.set(lease, b"1", nx=True, px=self._lease_ms):
                    # The writer marks the cache warm before it drops its lease: a lease
                    # taken between this loop's two calls may follow a finished write.
                    left = await self._warm_left(key)
                    if left > 0:
                        await self._client.delete(lease)
                    return left
                if time.monotonic() >= deadline:
                    return 0.0
                await asyncio.sleep(self._poll)
        except Exception as exc:  # Redis down: write the cache here, as a lone replica would
            self._metrics.warmup_errors.inc()
            log.debug("shared warm-up unavailable (%s); this replica writes the cache", exc)
            return 0.0

    async def _warm_left(self, key: QueueKey) -> float:
        """Seconds the cache stays warm by another replica's mark (0: not marked)."""
        left_ms = await self._client.pttl(self._name("warm", key))
        if left_ms <= 0:
            return 0.0
        self._metrics.warmups_shared.inc()
        return float(left_ms) / 1000

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
