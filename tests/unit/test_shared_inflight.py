"""In-flight dedup across replicas when Redis hangs: the replica judges alone, and says so once."""

from __future__ import annotations

import asyncio

from redis.asyncio import Redis

from moderation.observability import Metrics
from moderation.shared_inflight import RETRY_SECONDS, SharedInFlight


async def test_after_a_redis_error_items_are_judged_here_without_asking_again() -> None:
    # A Redis that accepts connections and never answers: each question costs the timeout.
    silent = await asyncio.start_server(lambda _r, _w: None, "127.0.0.1", 0)
    port = silent.sockets[0].getsockname()[1]
    client = Redis.from_url(
        f"redis://127.0.0.1:{port}/0", socket_timeout=0.2, socket_connect_timeout=0.2
    )
    now = [100.0]
    metrics = Metrics()
    inflight = SharedInFlight(client, lease=5, metrics=metrics, clock=lambda: now[0])
    try:
        assert await inflight.claim("a")  # the timeout, then judged here
        assert await inflight.claim("b")  # judged here without asking
        await inflight.release("a")
        assert metrics.value("inflight_lease_errors_total") == 1
        now[0] += RETRY_SECONDS
        assert await inflight.claim("c")  # asked again, and judged here again
        assert metrics.value("inflight_lease_errors_total") == 2
    finally:
        await inflight.close()
        silent.close()
