"""The batcher keeps to the shared Pacer (AIMD limit, retry-after pause); prompt-cache warm-up."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from moderation.batching import Batcher, BatchSettings
from moderation.domain import ItemFailure, Judgement
from moderation.policy import Policy, default_policy
from moderation.upstream.budget import Budget, Cost, RateLimits
from moderation.upstream.pacing import AdaptiveLimit, Pacer, Turn
from tests.batching_fakes import FakeBackend, text_item, until


@pytest.fixture(scope="module")
def policy() -> Policy:
    return default_policy()


def test_aimd_halves_once_per_window_and_recovers_additively() -> None:
    limit = AdaptiveLimit(minimum=1, maximum=8)
    assert limit.current == 8
    epoch = limit.epoch
    assert limit.on_overload(epoch)
    assert limit.current == 4
    # More refusals from calls started in the same window count once.
    assert not limit.on_overload(epoch)
    assert limit.current == 4
    assert limit.on_overload(limit.epoch)
    assert limit.current == 2
    for _ in range(3):
        limit.on_overload(limit.epoch)
    assert limit.current == 1  # never below the floor
    seen = [limit.current]
    for _ in range(200):
        limit.on_success()
        seen.append(limit.current)
    assert seen == sorted(seen)  # recovery only goes up, one slot at a time
    assert all(b - a <= 1 for a, b in itertools.pairwise(seen))
    assert seen[-1] == 8  # and stops at the cap


async def test_new_calls_keep_to_a_lowered_limit(policy: Policy) -> None:
    backend = FakeBackend(gated=True)
    pacer = Pacer(1, 4)
    batcher = Batcher(
        backend,
        BatchSettings(max_items=1, max_wait=0.0, max_concurrency=4, prompt_cache_ttl=0.0),
        pacer=pacer,
    )
    tasks = [
        asyncio.ensure_future(batcher.submit(text_item(str(n), f"t{n}"), policy)) for n in range(12)
    ]
    await until(lambda: backend.in_flight == 4, "four calls in flight (the cap)")
    assert pacer.on_overload(pacer.epoch, None)  # what the resilient wrapper does on a 429
    assert pacer.limit.current == 2
    backend.release_all()
    await until(lambda: len(backend.calls) == 6, "new calls start")
    for _ in range(50):
        await asyncio.sleep(0)
    assert backend.in_flight == 2  # not 4: the limit holds for every new call
    assert len(backend.calls) == 6
    backend.gated = False
    backend.release_all()
    await asyncio.wait_for(asyncio.gather(*tasks), 30)
    await batcher.close()


async def test_retry_after_pauses_new_calls(policy: Policy) -> None:
    backend = FakeBackend()
    pacer = Pacer(1, 4)
    batcher = Batcher(
        backend, BatchSettings(max_items=1, max_wait=0.0, prompt_cache_ttl=0.0), pacer=pacer
    )
    pacer.on_overload(pacer.epoch, retry_after=0.3)
    task = asyncio.ensure_future(batcher.submit(text_item("1", "x"), policy))
    await asyncio.sleep(0.1)
    assert backend.calls == []  # paused
    assert isinstance(await asyncio.wait_for(task, 30), Judgement)
    await batcher.close()


async def test_first_call_goes_alone_to_write_the_prompt_cache(policy: Policy) -> None:
    now = [1000.0]
    backend = FakeBackend(gated=True)
    batcher = Batcher(
        backend,
        BatchSettings(max_items=2, max_wait=0.0, max_concurrency=8, prompt_cache_ttl=300.0),
        clock=lambda: now[0],
    )
    tasks = [
        asyncio.ensure_future(batcher.submit(text_item(str(n), f"t{n}"), policy)) for n in range(8)
    ]
    await until(lambda: len(backend.calls) == 1, "the warming call")
    for _ in range(50):
        await asyncio.sleep(0)
    assert len(backend.calls) == 1  # the burst waits for the cache to be written
    assert batcher.queued == 7
    backend.calls[0].release.set()
    await until(lambda: len(backend.calls) == 5, "the burst fans out")
    assert backend.in_flight == 4  # seven items in batches of two, all at once
    backend.release_all()
    await asyncio.wait_for(asyncio.gather(*tasks), 30)

    # Within the cache lifetime, calls fan out at once.
    now[0] += 200
    more = [
        asyncio.ensure_future(batcher.submit(text_item(str(n), f"u{n}"), policy)) for n in range(4)
    ]
    await until(lambda: backend.in_flight == 4, "four calls at once (max_wait=0)")
    backend.release_all()
    await asyncio.wait_for(asyncio.gather(*more), 30)

    # After the lifetime has lapsed since the last call, one goes alone again.
    now[0] += 301
    late = [
        asyncio.ensure_future(batcher.submit(text_item(str(n), f"v{n}"), policy)) for n in range(4)
    ]
    await until(lambda: len(backend.calls) == 10, "a new warming call")
    for _ in range(50):
        await asyncio.sleep(0)
    assert len(backend.calls) == 10
    backend.release_all()
    await until(lambda: len(backend.calls) == 12, "then the rest")
    backend.release_all()
    await asyncio.wait_for(asyncio.gather(*late), 30)
    await batcher.close()


async def test_failed_warming_call_keeps_the_next_one_alone(policy: Policy) -> None:
    backend = FakeBackend(gated=True)
    batcher = Batcher(
        backend, BatchSettings(max_items=1, max_wait=0.0, max_concurrency=8, prompt_cache_ttl=300.0)
    )
    tasks = [
        asyncio.ensure_future(batcher.submit(text_item("1", "boom"), policy)),
        asyncio.ensure_future(batcher.submit(text_item("2", "next"), policy)),
        asyncio.ensure_future(batcher.submit(text_item("3", "after"), policy)),
    ]
    await until(lambda: len(backend.calls) == 1, "warming call")
    backend.calls[0].release.set()
    await until(lambda: len(backend.calls) == 2, "the next call")
    for _ in range(50):
        await asyncio.sleep(0)
    assert len(backend.calls) == 2  # still alone: the cache was never written
    backend.gated = False
    backend.release_all()
    results = await asyncio.wait_for(asyncio.gather(*tasks), 30)
    assert isinstance(results[0], ItemFailure)
    assert all(isinstance(r, Judgement) for r in results[1:])
    await batcher.close()


async def test_queued_work_resumes_after_a_pause_that_began_while_all_slots_were_busy(
    policy: Policy,
) -> None:
    backend = FakeBackend(gated=True)
    pacer = Pacer(1, 1)
    batcher = Batcher(
        backend,
        BatchSettings(max_items=1, max_wait=0.0, max_concurrency=1, prompt_cache_ttl=0.0),
        pacer=pacer,
    )
    tasks = [
        asyncio.ensure_future(batcher.submit(text_item(str(n), f"t{n}"), policy)) for n in range(2)
    ]
    await until(lambda: backend.in_flight == 1 and batcher.queued == 1, "one sent, one queued")
    pacer.on_overload(pacer.epoch, retry_after=0.2)  # the upstream asks for a pause
    backend.gated = False
    backend.release_all()  # the call ends during the pause; no new work arrives after it
    results = await asyncio.wait_for(asyncio.gather(*tasks), 30)
    assert all(isinstance(r, Judgement) for r in results)
    assert len(backend.calls) == 2
    await batcher.close()


async def test_a_batch_is_formed_when_its_budget_turn_comes(policy: Policy) -> None:
    """Items that queue while the next call waits for the upstream budget leave with it."""
    # Two requests a second and a bucket of one: the first call goes at once, the next
    # half a second later.
    budget = Budget(RateLimits(requests_per_minute=120, burst_seconds=0.5, margin_seconds=0))
    backend = FakeBackend()
    batcher = Batcher(
        backend,
        BatchSettings(max_items=32, max_wait=0.0, prompt_cache_ttl=0.0),
        pacer=Pacer(1, 8, budget=budget),
    )
    first = asyncio.ensure_future(batcher.submit(text_item("0", "t0"), policy))
    await until(lambda: len(backend.calls) == 1, "the first call goes at once")
    rest = [
        asyncio.ensure_future(batcher.submit(text_item(str(n), f"t{n}"), policy))
        for n in range(1, 10)
    ]
    outcomes = await asyncio.wait_for(asyncio.gather(first, *rest), 30)
    assert all(isinstance(o, Judgement) for o in outcomes)
    # Not nine calls of one item each, nor one formed early and sent late: one of nine.
    assert [len(c.batch.items) for c in backend.calls] == [1, 9]
    assert all(isinstance(c.batch.gate, Turn) for c in backend.calls)
    await batcher.close()


async def test_a_turn_pays_its_request_once_and_gives_back_what_no_call_used() -> None:
    clock = FakeClock()
    # Buckets of 10 requests and 1,000 input tokens, refilled at 1 and 100 a second.
    budget = Budget(RateLimits(60, 6_000, burst_seconds=10, margin_seconds=0), clock=clock)
    pacer = Pacer(budget=budget, clock=clock)
    turn = await pacer.turn("m")  # 1 request
    await turn.before_call("m", Cost(1, 100, 0))  # its first call pays only the tokens
    await turn.before_call("m", Cost(1, 0, 0))  # a retry pays its request
    await (await pacer.turn("m")).close()  # a turn no call used gives its request back
    assert not turn.unused
    # 2 of 10 requests and 100 of 1,000 tokens spent: 8 and 900 left, no more.
    assert await budget.take("m", Cost(8, 900, 0)) == (True, 0.0)
    assert await budget.take("m", Cost(1, 0, 0)) == (True, 1.0)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def test_the_upstream_budget_never_paces_the_embedded_classifier() -> None:
    """Limits set for the API (say, in a shared config) leave local batches unpaced."""
    from moderation.config import Settings
    from moderation.server import build_engine

    limited = {"budget_requests_per_minute": 1.0, "budget_burst_seconds": 1.0}
    local = await build_engine(Settings(backend="local", **limited))  # type: ignore[arg-type]
    haiku = await build_engine(
        Settings(backend="local", **limited),  # type: ignore[arg-type]
        backend=FakeBackend(model="remote-model"),
    )
    try:
        for engine, paced in ((local, False), (haiku, True)):
            batcher = engine._dispatcher
            assert isinstance(batcher, Batcher)
            assert (batcher.pacer.budget is not None) is paced
    finally:
        await local.close()
        await haiku.close()
