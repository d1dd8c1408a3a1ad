"""The one owner of retries, the breaker and the fallback, around a scripted primary."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from moderation.backends.base import Batch
from moderation.backends.resilient import FallbackMode, ResilienceConfig, ResilientBackend
from moderation.batching import Batcher, BatchSettings
from moderation.domain import BackendOutcome, Judgement
from moderation.policy import default_policy
from moderation.upstream.breaker import BreakerState, CircuitBreaker
from moderation.upstream.errors import ErrorKind, UpstreamError
from moderation.upstream.pacing import Pacer
from moderation.upstream.repair import refusals_alone, repair
from tests.batching_fakes import Call, FakeBackend, text_item, until
from tests.fakes import StaticJudge


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_every_trial_ends_even_when_its_call_never_reports() -> None:
    clock = Clock()
    breaker = CircuitBreaker(failures=1, cooldown=5.0, clock=clock)
    with breaker.permit() as first:  # type: ignore[union-attr]
        first.failure()
    assert breaker.state is BreakerState.OPEN and breaker.permit() is None
    clock.now = 5.0
    with pytest.raises(asyncio.CancelledError), breaker.permit():  # type: ignore[union-attr]
        raise asyncio.CancelledError  # the trial's call is cut short: no success, no failure
    assert breaker.permit() is None  # settled as a failure: open again, not stuck half-open
    clock.now = 10.0
    trial = breaker.permit()
    assert trial is not None and trial.trial
    trial.success()
    assert breaker.state.value == "closed"


def wrap(primary: FakeBackend, pacer: Pacer, **kw: object) -> ResilientBackend:
    config = ResilienceConfig(
        fallback=FallbackMode.LOCAL,
        backoff_base=0.001,
        backoff_cap=0.002,
        **kw,  # type: ignore[arg-type]
    )
    return ResilientBackend(primary, config, pacer, StaticJudge(), seed=1)


async def collect(backend: ResilientBackend, n: int) -> dict[str, BackendOutcome]:
    items = tuple(text_item(f"i{k}", f"text {k}") for k in range(n))
    return {o.item_id: o async for o in backend.classify(Batch(items, default_policy()))}


async def test_spent_overload_retries_go_to_the_fallback_and_not_the_breaker() -> None:
    primary = FakeBackend()
    primary.overload_next = 100
    pacer = Pacer(1, 8)
    backend = wrap(primary, pacer, attempts=3, breaker_failures=1)
    out = await collect(backend, 3)
    assert len(primary.calls) == 3
    assert all(isinstance(o, Judgement) and o.fallback for o in out.values())
    assert pacer.limit.current < 8  # backpressure went to the pacer
    assert backend.breaker_state is BreakerState.CLOSED  # 429 is not a breaker failure


async def test_an_unexpected_exception_ends_in_the_fallback() -> None:
    class Broken(FakeBackend):
        async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
            raise RuntimeError("bug")
            yield  # pragma: no cover

    backend = wrap(Broken(), Pacer(), attempts=3)
    out = await collect(backend, 2)
    assert all(isinstance(o, Judgement) and o.fallback for o in out.values())
    assert backend.breaker_state is BreakerState.CLOSED  # one failure of five


async def test_a_conflicting_id_is_asked_again_alone() -> None:
    class Conflicted(FakeBackend):
        async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
            self.calls.append(Call(batch))
            ids = [i.id for i in batch.items]
            if len(self.calls) == 1:
                for i in ids[1:]:
                    yield Judgement(i, (), "m")
                raise UpstreamError(ErrorKind.CONFLICT, "twice", ids=[ids[0]])
            for i in ids:
                yield Judgement(i, (), "m")

    primary = Conflicted()
    out = await collect(wrap(primary, Pacer()), 3)
    assert all(isinstance(o, Judgement) and not o.fallback for o in out.values())
    assert [len(c.batch.items) for c in primary.calls] == [3, 1]


async def test_breaks_charge_only_the_items_around_them() -> None:
    """Five injected items in one batch break five answers in turn; the rest keep all theirs."""

    class Injected(FakeBackend):
        async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
            self.calls.append(Call(batch))
            ids = [i.id for i in batch.items]
            culprits = [i for i in ids if int(i[1:]) < 5]
            if culprits:
                raise UpstreamError(ErrorKind.CONFLICT, "broken", ids=culprits[:1])
            for i in ids:
                yield Judgement(i, (), "m")

    primary = Injected()
    out = await collect(wrap(primary, Pacer(), attempts=2), 8)
    innocent = [out[f"i{k}"] for k in range(5, 8)]
    assert all(isinstance(o, Judgement) and not o.fallback for o in innocent)
    culprits = [out[f"i{k}"] for k in range(5)]
    assert all(isinstance(o, Judgement) and o.fallback and o.injection for o in culprits)


async def test_retries_keep_to_the_lowered_limit() -> None:
    primary = FakeBackend(gated=True)
    primary.overload_next = 4  # the first wave of four calls is refused
    primary.retry_after = 0.01
    pacer = Pacer(1, 4)
    seen: list[tuple[int, int]] = []
    primary.on_call = lambda _call: seen.append((pacer.in_flight, pacer.limit.current))
    backend = wrap(primary, pacer, attempts=5)
    batcher = Batcher(
        backend,
        BatchSettings(max_items=1, max_wait=0.0, max_concurrency=4, prompt_cache_ttl=0.0),
        pacer=pacer,
    )
    policy = default_policy()
    tasks = [
        asyncio.ensure_future(batcher.submit(text_item(f"i{n}", f"t{n}"), policy)) for n in range(8)
    ]
    await until(lambda: primary.in_flight == 4, "the first wave")
    primary.release_all()  # four 429s: the limit halves, the four calls wait to retry
    await until(lambda: len(primary.calls) >= 6, "retries and new calls resume")
    for _ in range(50):
        await asyncio.sleep(0)
    assert primary.in_flight <= 2  # retries included
    primary.gated = False
    primary.release_all()
    results = await asyncio.wait_for(asyncio.gather(*tasks), 30)
    assert all(isinstance(r, Judgement) and not r.fallback for r in results)
    assert all(held <= limit for held, limit in seen[4:])
    assert pacer.in_flight == 0
    await batcher.close()


class Refusing(FakeBackend):
    """Refuses the answer at one item (i1) the first `times` times that item is sent."""

    def __init__(self, times: int) -> None:
        super().__init__()
        self.times = times

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        self.calls.append(Call(batch))
        ids = [i.id for i in batch.items]
        for i in ids:
            if i == "i1" and self.times > 0:
                self.times -= 1
                raise UpstreamError(ErrorKind.REFUSED, "refusal", ids=[i])
            yield Judgement(i, (), "m")


async def test_an_item_refused_alone_twice_gets_a_refusal_judgement_not_the_fallback() -> None:
    primary = Refusing(times=100)
    backend = wrap(primary, Pacer())
    out = await collect(backend, 4)
    refused = out["i1"]
    assert isinstance(refused, Judgement) and refused.refused and not refused.fallback
    others = [out[i] for i in ("i0", "i2", "i3")]
    assert all(isinstance(o, Judgement) and not o.fallback for o in others)
    # The batch (i0 answered before the refusal), i1 alone (refused again), i2-i3 without it.
    assert [[i.id for i in c.batch.items] for c in primary.calls] == [
        ["i0", "i1", "i2", "i3"],
        ["i1"],
        ["i2", "i3"],
    ]
    assert backend.breaker_state is BreakerState.CLOSED


async def test_an_item_refused_once_is_judged_when_asked_alone() -> None:
    primary = Refusing(times=1)
    out = await collect(wrap(primary, Pacer()), 4)
    assert all(isinstance(o, Judgement) and not o.refused and not o.fallback for o in out.values())
    assert [len(c.batch.items) for c in primary.calls] == [4, 1, 2]


def test_repair_charges_only_the_items_a_broken_answer_broke_around() -> None:
    error = UpstreamError(ErrorKind.CONFLICT, "answer broken", ids=["b"])
    attempts = dict.fromkeys("abc", 0)
    fix = repair(["a", "b", "c"], ["a", "b", "c"], error, attempts, limit=4)
    assert attempts == {"a": 0, "b": 1, "c": 0}
    assert fix.again == [["b"], ["a", "c"]] and fix.spent == []


def test_repair_halves_a_cut_off_answer_and_spends_items_out_of_attempts() -> None:
    error = UpstreamError(ErrorKind.TRUNCATED, "cut off")
    attempts = {"a": 0, "b": 3, "c": 0, "d": 0}
    fix = repair(["a", "b", "c", "d"], ["a", "b", "c", "d"], error, attempts, limit=4)
    assert fix.spent == ["b"] and fix.again == [["a"], ["c", "d"]]
    alone = repair(["x"], ["x"], error, {"x": 3}, limit=4)
    assert alone.spent == ["x"] and alone.culprits == {"x"}  # its own text ran past the bound


def test_repair_never_asks_again_what_the_api_refuses_as_built() -> None:
    error = UpstreamError(ErrorKind.REJECTED, "invalid request")
    fix = repair(["a", "b"], ["a", "b"], error, {"a": 0, "b": 0}, limit=4)
    assert fix.again == [] and fix.spent == ["a", "b"]


def test_an_item_refused_twice_alone_gets_a_refusal_judgement() -> None:
    refusals = {"a": 0, "b": 0}
    error = UpstreamError(ErrorKind.REFUSED, "refused", ids=["a"])
    assert refusals_alone(error, ["a", "b"], ["a", "b"], refusals, "m") == []  # not alone yet
    (judgement,) = refusals_alone(error, ["a"], ["a"], refusals, "m")
    assert judgement.item_id == "a" and judgement.refused and refusals["a"] == 2
