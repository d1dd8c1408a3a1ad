"""The upstream budget's buckets: reservations, refunds, corrections, and the local fallback."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import AsyncIterator

import pytest

from anthropic_emulator.ratelimit import OrgLimits, OrgRateLimiter
from bench.harness import free_port
from moderation.config import Settings
from moderation.observability import Metrics
from moderation.upstream.budget import (
    Budget,
    CallReport,
    Cost,
    RateLimits,
    RedisBuckets,
    Remaining,
    build_budget,
)

# 60 requests, 6,000 input and 600 output tokens a minute; buckets hold 10 s of refill:
# 10 requests, 1,000 input and 100 output tokens; refill 1, 100 and 10 a second. No margin
# (the bucket arithmetic exactly), except where a test says so.
LIMITS = RateLimits(60, 6_000, 600, burst_seconds=10, margin_seconds=0)
ONE = Cost(1, 0, 0)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def local_budget(clock: Clock, **kw: float) -> Budget:
    return Budget(LIMITS, clock=clock, **kw)  # type: ignore[arg-type]


async def test_a_full_bucket_grants_at_once_then_reserves_in_turn() -> None:
    clock = Clock()
    budget = local_budget(clock)
    for _ in range(10):
        assert await budget.take("m", ONE) == (True, 0.0)
    # Empty: the next ones are granted as reservations, each a second after the previous.
    assert await budget.take("m", ONE) == (True, 1.0)
    assert await budget.take("m", ONE) == (True, 2.0)
    clock.now += 2.0  # both reserved seconds have passed: the bucket is back at zero
    assert await budget.take("m", ONE) == (True, 1.0)


@pytest.mark.parametrize("shared", [False, True], ids=["local", "redis"])
async def test_a_margin_is_left_unspent_without_slowing_the_rate(
    shared: bool, redis_url: str
) -> None:
    """Half a second of refill stays in the bucket: the level is offset, the rate is not."""
    limits = dataclasses.replace(LIMITS, margin_seconds=0.5)
    clock = Clock()
    if shared:
        from redis.asyncio import Redis

        budget = Budget(limits, RedisBuckets(Redis.from_url(redis_url), limits))
    else:
        budget = Budget(limits, clock=clock)
    try:
        grants = [await budget.take("m", ONE) for _ in range(12)]
        # Nine at once (half a request stays), then one a second, each a second after the last.
        assert [g for g, _ in grants] == [True] * 12
        waits = [w for _, w in grants]
        assert waits[:9] == [0.0] * 9
        assert waits[9] == pytest.approx(0.5, abs=0.05)
        assert waits[10] - waits[9] == pytest.approx(1.0, abs=0.05)
        assert waits[11] - waits[10] == pytest.approx(1.0, abs=0.05)
    finally:
        await budget.close()


async def test_no_reservation_beyond_the_longest_wait() -> None:
    clock = Clock()
    budget = local_budget(clock, max_reserve=3.0)
    assert await budget.take("m", Cost(1, 1_000, 0)) == (True, 0.0)
    granted, wait = await budget.take("m", Cost(1, 500, 0))
    assert not granted  # 5 s of input refill needed, 3 s allowed
    assert wait == pytest.approx(5.0)
    clock.now += 5.0
    assert await budget.take("m", Cost(1, 500, 0)) == (True, 0.0)


async def test_models_have_buckets_of_their_own() -> None:
    budget = local_budget(Clock())
    assert await budget.take("a", Cost(10, 1_000, 100)) == (True, 0.0)
    assert await budget.take("b", Cost(10, 1_000, 100)) == (True, 0.0)
    granted, wait = await budget.take("a", ONE)
    assert granted and wait > 0


async def test_settling_refunds_unused_output_and_follows_the_upstream_headers() -> None:
    clock = Clock()
    budget = local_budget(clock)
    # Output reserved at max_tokens (100), 20 produced: 80 come back.
    assert await budget.take("m", Cost(1, 0, 100)) == (True, 0.0)
    await budget.settle(CallReport("m", Cost(1, 0, 100), Cost(1, 0, 20)))
    assert await budget.take("m", Cost(0, 0, 80)) == (True, 0.0)
    granted, wait = await budget.take("m", Cost(0, 0, 10))
    assert granted and wait == pytest.approx(1.0)
    clock.now += 1.0  # the output reservation is paid back
    # The upstream says only 3 requests are left (another client of the organisation):
    # the bucket comes down to that, whatever this budget thought.
    await budget.settle(CallReport("m", Cost(), Cost(), remaining=Remaining(requests=3)))
    for _ in range(3):
        assert (await budget.take("m", ONE))[1] == 0.0
    assert (await budget.take("m", ONE))[1] == pytest.approx(1.0)


async def test_a_rounded_or_old_header_does_not_lower_the_bucket() -> None:
    clock = Clock()
    budget = local_budget(clock)
    # "0" input tokens left, rounded to the nearest thousand, read 2 s ago: up to 500 + 200.
    report = CallReport(
        "m",
        Cost(),
        Cost(),
        remaining=Remaining(input_tokens=0),
        slack=Cost(0, 500, 500),
        age=2.0,
    )
    await budget.settle(report)
    assert await budget.take("m", Cost(0, 700, 0)) == (True, 0.0)
    assert (await budget.take("m", Cost(0, 1, 0)))[1] > 0


async def test_an_unreachable_redis_falls_back_to_the_local_share(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from redis.asyncio import Redis

    dead = Redis.from_url(
        f"redis://127.0.0.1:{free_port()}/0", socket_timeout=0.2, socket_connect_timeout=0.2
    )
    metrics = Metrics()
    clock = Clock()
    budget = Budget(LIMITS, RedisBuckets(dead, LIMITS), 0.5, metrics, clock)
    try:
        with caplog.at_level(logging.WARNING, logger="moderation.upstream.budget"):
            # Half of a 10-request bucket: 5 at once, the 6th waits two seconds (half the rate).
            for _ in range(5):
                assert await budget.take("m", ONE) == (True, 0.0)
            assert await budget.take("m", ONE) == (True, 2.0)
        assert metrics.value("upstream_budget_shared") == 0.0
        assert metrics.value("upstream_budget_fallbacks_total") == 1  # said once, not per call
        assert "paces alone at 50% of the limits" in caplog.text
        await budget.settle(CallReport("m", ONE, ONE))  # no error either
    finally:
        await budget.close()


def test_the_emulated_organisation_refuses_what_would_overdraw_a_bucket() -> None:
    limiter = OrgRateLimiter(OrgLimits(60, 6_000, 600, burst_seconds=10))
    assert limiter.admit("m", 900, 50, now=0.0).ok
    refused = limiter.admit("m", 200, 50, now=0.0)  # 100 input tokens left
    assert not refused.ok and refused.bucket == "input-tokens"
    assert refused.retry_after == pytest.approx(1.0)
    limiter.settle_output("m", reserved=50, produced=5, now=0.0)  # 45 of the 50 come back
    assert limiter.admit("m", 100, 95, now=0.0).ok
    headers = limiter.headers("m", now=0.0)
    assert headers["anthropic-ratelimit-requests-remaining"] == "8"
    assert headers["anthropic-ratelimit-input-tokens-remaining"] == "0"
    assert headers["anthropic-ratelimit-tokens-limit"] in {"6000", "600"}
    assert (limiter.admitted, limiter.refused) == (2, 1)


@contextlib.asynccontextmanager
async def slow_redis(redis_url: str, delay: float) -> AsyncIterator[str]:
    """A Redis URL whose replies arrive `delay` seconds late (a loaded host or network)."""
    host, port = redis_url.removeprefix("redis://").split("/", 1)[0].rsplit(":", 1)

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, lag: float) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await reader.read(65536):
                await asyncio.sleep(lag)
                writer.write(data)
                await writer.drain()
        writer.close()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(host, int(port))
        await asyncio.gather(pipe(reader, up_writer, 0.0), pipe(up_reader, writer, delay))

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield f"redis://127.0.0.1:{server.sockets[0].getsockname()[1]}/0"
    finally:
        server.close()


async def test_a_slow_reply_is_not_an_unreachable_redis(redis_url: str) -> None:
    # A replica whose loop is busy, or whose Redis is loaded, hears back late: that replica
    # must stay on the shared budget, counted by the others, not pace alone and uncounted.
    async with slow_redis(redis_url, delay=0.5) as url:
        metrics = Metrics()
        budget = build_budget(Settings(redis_url=url, budget_requests_per_minute=60), metrics)
        assert budget is not None
        try:
            assert await budget.take("m", ONE) == (True, 0.0)
            assert budget.shared
            assert metrics.value("upstream_budget_fallbacks_total") == 0
        finally:
            await budget.close()
