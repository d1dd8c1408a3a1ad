"""The one prompt-cache warm-up: one writing call per cold key, here and across replicas.

Two `Warmup`s on one real Redis stand for two replicas. The batcher's side (the burst
held behind the writing call, a failed write keeping the next call alone) is in
test_batching_adaptive.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import ConnectionPool, Redis

from moderation.upstream.warmup import SharedWarmup, Warmup

KEY = ("default", "v1", "claude-haiku")
TTL = 300.0


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_in_process_one_call_writes_a_cold_cache_and_the_rest_wait() -> None:
    warmup = Warmup(TTL)
    assert warmup.begin(KEY, 0.0).writes
    assert warmup.held(0.0) == {KEY}


async def test_in_process_answered_call_warms_the_key_for_one_lifetime() -> None:
    clock = Clock()
    warmup = Warmup(TTL, clock=clock)
    started = clock.now
    writing = warmup.begin(KEY, started)
    assert await warmup.claim(writing)  # no other replica to ask
    await warmup.end(writing, answered=True, started=started)
    assert warmup.held(clock.now) == set()
    assert not warmup.begin(KEY, started + TTL - 1).writes
    assert warmup.begin(KEY, started + TTL).writes  # the lifetime has lapsed


async def test_a_failed_write_leaves_the_key_cold_and_free() -> None:
    warmup = Warmup(TTL)
    writing = warmup.begin(KEY, 0.0)
    await warmup.end(writing, answered=False, started=0.0)
    assert warmup.held(0.0) == set()
    assert warmup.begin(KEY, 0.0).writes


def test_a_ttl_of_zero_turns_the_warm_up_off() -> None:
    warmup = Warmup(0.0)
    assert not warmup.begin(KEY, 0.0).writes
    assert warmup.held(0.0) == set()


@pytest.fixture
async def replicas(redis_url: str) -> AsyncIterator[list[Warmup]]:
    clock = Clock()
    made = [
        Warmup(TTL, SharedWarmup(Redis.from_url(redis_url), TTL, lease=30.0, poll=0.01), clock)
        for _ in range(2)
    ]
    yield made
    for warmup in made:
        await warmup.close()


async def test_across_replicas_the_second_waits_for_the_first_write_then_fans_out(
    replicas: list[Warmup],
) -> None:
    a, b = replicas
    writing_a, writing_b = a.begin(KEY, 1000.0), b.begin(KEY, 1000.0)
    assert writing_a.writes and writing_b.writes  # each replica alone sees a cold key
    assert await a.claim(writing_a)  # a takes the lease
    waiting = asyncio.ensure_future(b.claim(writing_b))
    await asyncio.sleep(0.05)
    assert not waiting.done()  # b waits for a's call, not writing the cache a second time
    await a.end(writing_a, answered=True, started=1000.0)
    assert not await asyncio.wait_for(waiting, 10)  # a wrote it: b's burst may go
    assert not writing_b.writes
    assert b.held(1000.0) == set()
    assert not b.begin(KEY, 1000.0).writes  # warm on b too
    await b.end(writing_b, answered=True, started=1000.0)


async def test_across_replicas_a_failed_write_hands_the_lease_on(replicas: list[Warmup]) -> None:
    a, b = replicas
    writing_a = a.begin(KEY, 1000.0)
    assert await a.claim(writing_a)
    await a.end(writing_a, answered=False, started=1000.0)
    writing_b = b.begin(KEY, 1000.0)
    assert await asyncio.wait_for(b.claim(writing_b), 10)  # b writes it now, at once
    assert writing_b.leased


class SlowFirstRead(Redis):
    """A replica whose first look at the warm mark is answered, then held until `go`:
    another replica finishes its write between this one's look and its lease."""

    looked: asyncio.Event
    go: asyncio.Event

    async def pttl(self, name: str) -> int:  # type: ignore[override]
        left = int(await super().pttl(name))
        if not self.looked.is_set():
            self.looked.set()
            await self.go.wait()
        return left


async def test_a_write_finished_between_a_replicas_look_and_its_lease_is_not_written_again(
    redis_url: str,
) -> None:
    slow = SlowFirstRead(connection_pool=ConnectionPool.from_url(redis_url))
    slow.looked, slow.go = asyncio.Event(), asyncio.Event()
    a = Warmup(TTL, SharedWarmup(Redis.from_url(redis_url), TTL, lease=30.0, poll=0.01))
    b = Warmup(TTL, SharedWarmup(slow, TTL, lease=30.0, poll=0.01))
    try:
        writing_a, writing_b = a.begin(KEY, 1000.0), b.begin(KEY, 1000.0)
        assert await a.claim(writing_a)
        claiming = asyncio.ensure_future(b.claim(writing_b))
        await asyncio.wait_for(slow.looked.wait(), 10)  # b saw no warm mark...
        await a.end(writing_a, answered=True, started=1000.0)  # ...a wrote it meanwhile
        slow.go.set()
        assert not await asyncio.wait_for(claiming, 10)  # b does not write it again
        async with Redis.from_url(redis_url) as check:  # and gives the lease back
            assert not await check.exists("moderation:warming:" + ":".join(KEY))
    finally:
        await a.close()
        await b.close()
