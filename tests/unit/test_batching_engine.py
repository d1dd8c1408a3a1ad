"""The engine in front of the batcher: in-flight dedup, cancellation, refusal of whole requests."""

from __future__ import annotations

import asyncio

import pytest

from moderation.batching import Batcher, BatchSettings
from moderation.cache import MemoryVerdictCache
from moderation.domain import Decision, Item, Source, Verdict
from moderation.engine import Engine, JudgeRequest
from moderation.errors import Overloaded
from moderation.policy import PolicyRegistry, default_policy
from tests.batching_fakes import FakeBackend, text_item, until

HOLD = 3600.0


def make_engine(backend: FakeBackend, **kw: float) -> tuple[Engine, Batcher]:
    opts: dict[str, float] = {"max_wait": HOLD, "prompt_cache_ttl": 0.0}
    opts.update(kw)
    batcher = Batcher(backend, BatchSettings(**opts))  # type: ignore[arg-type]
    engine = Engine(PolicyRegistry([default_policy()]), batcher, MemoryVerdictCache(100, 60))
    return engine, batcher


async def test_concurrent_identical_items_share_one_upstream_item() -> None:
    backend = FakeBackend()
    engine, _ = make_engine(backend, max_items=8, max_wait=0.0)
    results = await asyncio.wait_for(
        asyncio.gather(
            engine.moderate([text_item("a", "bad words")]),
            engine.moderate([text_item("b", "bad words")]),
            engine.moderate([text_item("c", "other")]),
        ),
        30,
    )
    first, second, third = (r[0] for r in results)
    assert sorted(backend.sent_texts) == ["bad words", "other"]
    assert isinstance(first, Verdict) and isinstance(second, Verdict)
    assert first.item_id == "a" and second.item_id == "b"
    assert first.decision is second.decision is Decision.BLOCK
    assert {first.source, second.source} == {Source.MODEL, Source.CACHE}
    assert engine.metrics.value("items_deduplicated_total") == 1
    assert isinstance(third, Verdict) and third.source is Source.MODEL
    # The answer is cached: asking again costs nothing upstream.
    again = await engine.moderate([text_item("d", "bad words")])
    assert isinstance(again[0], Verdict) and again[0].source is Source.CACHE
    assert len(backend.sent_texts) == 2
    await engine.close()


async def test_cancelled_judge_frees_its_queued_item() -> None:
    backend = FakeBackend()
    engine, batcher = make_engine(backend, max_items=8)
    policy = engine.policies.get()
    task = asyncio.ensure_future(engine.judge(JudgeRequest(text_item("a", "never sent"), policy)))
    await until(lambda: batcher.queued == 1, "queued")
    task.cancel()
    await until(lambda: batcher.queued == 0, "the caller's cancellation frees the item")
    kept = asyncio.ensure_future(engine.judge(JudgeRequest(text_item("b", "sent"), policy)))
    await until(lambda: batcher.queued == 1, "queued")
    await batcher.close()
    assert backend.sent_texts == ["sent"]
    assert isinstance(await asyncio.wait_for(kept, 30), Verdict)
    await engine.close()


async def test_identical_item_after_a_cancelled_one_gets_a_verdict() -> None:
    backend = FakeBackend(gated=True)
    engine, _batcher = make_engine(backend, max_items=8, max_wait=0.0)
    policy = engine.policies.get()
    gone = asyncio.ensure_future(engine.judge(JudgeRequest(text_item("a", "same text"), policy)))
    await until(lambda: len(backend.calls) == 1, "sent")
    gone.cancel()
    # Before the cancellation has run its course, the same content arrives again:
    # it must not join the dispatch being cancelled.
    again = asyncio.ensure_future(engine.judge(JudgeRequest(text_item("b", "same text"), policy)))
    await until(lambda: len(backend.calls) == 2, "sent again for the new caller")
    backend.release_all()
    result = await asyncio.wait_for(again, 30)
    assert isinstance(result, Verdict) and result.item_id == "b"
    assert gone.cancelled()
    await engine.close()


async def test_refused_request_leaves_nothing_queued() -> None:
    backend = FakeBackend()
    engine, batcher = make_engine(backend, max_items=100, max_queue=2)
    items: list[Item] = [text_item(str(n), f"t{n}") for n in range(3)]
    with pytest.raises(Overloaded):
        await engine.moderate(items)
    await until(lambda: batcher.queued == 0, "the accepted part of the request is freed")
    await batcher.close()
    assert backend.sent_texts == []
    await engine.close()
