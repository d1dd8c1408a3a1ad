"""Batch boundaries, per-item outcomes, the bounded queue, cancellation, batch ids.

No test measures time: batches are held open with a long max_wait (and closed
by size, tokens or `close()`), or sent at once with max_wait=0, and the fake
backend holds calls until the test releases them.
"""

from __future__ import annotations

import asyncio

import pytest

from moderation.batching import (
    Batcher,
    BatchSettings,
    Due,
    KeyQueue,
    _Pending,
    next_due,
)
from moderation.config import Settings
from moderation.domain import ErrorCode, ImageContent, Item, ItemFailure, Judgement
from moderation.errors import Overloaded
from moderation.policy import Policy, default_policy
from moderation.tenants import Tenant
from moderation.upstream.tokens import IMAGE_MAX_TOKENS, ITEM_OVERHEAD_TOKENS, estimate_tokens
from tests.batching_fakes import FakeBackend, text_item, until

TENANT_A = Tenant("a")
TENANT_B = Tenant("b")
HOLD = 3600.0  # a max_wait no test reaches: batches close by size, tokens or close()


@pytest.fixture(scope="module")
def policy() -> Policy:
    return default_policy()


def settings(**kw: float) -> BatchSettings:
    base: dict[str, float] = {"max_wait": HOLD, "prompt_cache_ttl": 0.0}
    base.update(kw)
    return BatchSettings(**base)  # type: ignore[arg-type]


def submit_all(batcher: Batcher, policy: Policy, items: list[Item]) -> list[asyncio.Task[object]]:
    return [asyncio.ensure_future(batcher.submit(i, policy)) for i in items]


# --- token estimates -------------------------------------------------------


def test_estimate_tokens_text_image_and_context() -> None:
    assert estimate_tokens(text_item("a", "x" * 400)) == 100 + ITEM_OVERHEAD_TOKENS
    assert estimate_tokens(text_item("a", "x" * 400, "y" * 40)) == 110 + ITEM_OVERHEAD_TOKENS
    small = Item("i", ImageContent(b"..", "image/png", width=300, height=250))
    assert estimate_tokens(small) == 100 + ITEM_OVERHEAD_TOKENS
    huge = Item("i", ImageContent(b"..", "image/png", width=8000, height=8000))
    assert estimate_tokens(huge) == IMAGE_MAX_TOKENS + ITEM_OVERHEAD_TOKENS
    unknown = Item("i", ImageContent(b"..", "image/png"))
    assert estimate_tokens(unknown) == IMAGE_MAX_TOKENS + ITEM_OVERHEAD_TOKENS


# --- boundaries -------------------------------------------------------------


async def test_batch_closes_at_max_items(policy: Policy) -> None:
    backend = FakeBackend()
    batcher = Batcher(backend, settings(max_items=3))
    tasks = submit_all(batcher, policy, [text_item(str(n), f"t{n}") for n in range(7)])
    await until(lambda: sum(t.done() for t in tasks) == 6, "two full batches answered")
    assert [len(c.batch.items) for c in backend.calls] == [3, 3]
    assert batcher.queued == 1  # the seventh waits for its batch to fill
    await batcher.close()
    assert [len(c.batch.items) for c in backend.calls] == [3, 3, 1]
    assert backend.sent_texts == [f"t{n}" for n in range(7)]
    assert all(isinstance(t.result(), Judgement) for t in tasks)


async def test_batch_closes_at_max_tokens(policy: Policy) -> None:
    per_item = 100 + ITEM_OVERHEAD_TOKENS  # 400 characters of text
    backend = FakeBackend()
    batcher = Batcher(backend, settings(max_items=100, max_tokens=2 * per_item + 10))
    tasks = submit_all(batcher, policy, [text_item(str(n), "x" * 400) for n in range(3)])
    await until(lambda: len(backend.calls) == 1, "the token limit closes a batch")
    # Three items exceed the limit: the first two go together, the third waits.
    assert len(backend.calls[0].batch.items) == 2
    assert batcher.queued == 1
    # An item larger than the whole limit still goes, alone.
    big = asyncio.ensure_future(batcher.submit(text_item("big", "y" * 4000), policy))
    await until(lambda: len(backend.calls) == 3, "the oversized item is sent")
    assert sorted(len(c.batch.items) for c in backend.calls) == [1, 1, 2]
    await batcher.close()
    await asyncio.gather(big, *tasks)


async def test_batch_closes_at_max_wait(policy: Policy) -> None:
    backend = FakeBackend()
    batcher = Batcher(backend, settings(max_items=100, max_wait=0.005))
    first = await asyncio.wait_for(batcher.submit(text_item("a", "alone"), policy), 30)
    assert isinstance(first, Judgement)
    assert [c.texts for c in backend.calls] == [["alone"]]
    # Items submitted in the same loop turn share the batch the timer closes.
    tasks = submit_all(batcher, policy, [text_item("b", "b"), text_item("c", "c")])
    await asyncio.wait_for(asyncio.gather(*tasks), 30)
    assert [c.texts for c in backend.calls] == [["alone"], ["b", "c"]]
    await batcher.close()


async def test_batches_are_per_policy_version(policy: Policy) -> None:
    import dataclasses

    other = dataclasses.replace(policy, version="another-version")
    backend = FakeBackend()
    batcher = Batcher(backend, settings(max_items=2))
    tasks = [
        asyncio.ensure_future(batcher.submit(text_item("1", "p1"), policy)),
        asyncio.ensure_future(batcher.submit(text_item("2", "q1"), other)),
        asyncio.ensure_future(batcher.submit(text_item("3", "p2"), policy)),
        asyncio.ensure_future(batcher.submit(text_item("4", "q2"), other)),
    ]
    await asyncio.wait_for(asyncio.gather(*tasks), 30)
    assert sorted(c.texts for c in backend.calls) == [["p1", "p2"], ["q1", "q2"]]
    for c in backend.calls:
        assert c.batch.policy.version == (
            policy.version if c.texts[0][0] == "p" else "another-version"
        )


async def test_queues_fill_while_every_slot_is_busy(policy: Policy) -> None:
    backend = FakeBackend(gated=True)
    batcher = Batcher(backend, settings(max_items=4, max_wait=0.0, max_concurrency=1))
    first = submit_all(batcher, policy, [text_item("0", "first")])
    await until(lambda: len(backend.calls) == 1, "first call in flight")
    rest = submit_all(batcher, policy, [text_item(str(n), f"t{n}") for n in range(1, 7)])
    await until(lambda: batcher.queued == 6, "items queue behind the busy slot")
    backend.release_all()
    await until(lambda: len(backend.calls) == 2, "the slot frees")
    # The waiting items left as one full batch, not as many batches of one.
    assert backend.calls[1].texts == ["t1", "t2", "t3", "t4"]
    backend.release_all()
    await until(lambda: len(backend.calls) == 3, "the rest follow")
    backend.release_all()
    await asyncio.wait_for(asyncio.gather(*first, *rest), 30)
    assert backend.max_in_flight == 1
    await batcher.close()


# --- one outcome per item --------------------------------------------------


async def test_each_item_resolves_on_its_own(policy: Policy) -> None:
    backend = FakeBackend()
    batcher = Batcher(backend, settings(max_items=4))
    items = [
        text_item("same-id", "ok one"),
        text_item("x", "fail this one"),
        text_item("y", "forget this one"),
        text_item("same-id", "bad content"),
    ]
    ok, failed, forgotten, bad = await asyncio.wait_for(
        asyncio.gather(*submit_all(batcher, policy, items)), 30
    )
    assert len(backend.calls) == 1
    assert isinstance(ok, Judgement) and ok.item_id == "same-id" and not ok.categories
    assert isinstance(failed, ItemFailure) and failed.code is ErrorCode.INVALID_ARGUMENT
    assert isinstance(forgotten, ItemFailure) and forgotten.code is ErrorCode.INTERNAL
    assert forgotten.item_id == "y"
    assert isinstance(bad, Judgement) and bad.item_id == "same-id" and bad.categories
    # Colliding caller ids never reach the backend: the batch uses its own ids.
    sent_ids = [i.id for i in backend.calls[0].batch.items]
    assert len(set(sent_ids)) == 4
    await batcher.close()


async def test_a_failing_call_keeps_the_answers_already_given(policy: Policy) -> None:
    backend = FakeBackend()
    batcher = Batcher(backend, settings(max_items=3))
    first, crashed, after = await asyncio.wait_for(
        asyncio.gather(
            *submit_all(
                batcher,
                policy,
                [text_item("1", "fine"), text_item("2", "boom"), text_item("3", "fine too")],
            )
        ),
        30,
    )
    assert isinstance(first, Judgement)
    assert isinstance(crashed, ItemFailure) and crashed.code is ErrorCode.UNAVAILABLE
    assert isinstance(after, ItemFailure) and after.code is ErrorCode.UNAVAILABLE
    assert "connection reset" in after.message
    await batcher.close()


# --- bounded queue ----------------------------------------------------------


async def test_full_queue_rejects_at_once(policy: Policy) -> None:
    backend = FakeBackend()
    batcher = Batcher(backend, settings(max_items=100, max_queue=2))
    waiting = submit_all(batcher, policy, [text_item("1", "a"), text_item("2", "b")])
    await until(lambda: batcher.queued == 2, "two items queued")
    with pytest.raises(Overloaded):
        await batcher.submit(text_item("3", "c"), policy)
    # A caller giving up frees its place for new work.
    waiting[0].cancel()
    await until(lambda: batcher.queued == 1, "the cancelled item leaves the queue")
    accepted = asyncio.ensure_future(batcher.submit(text_item("4", "d"), policy))
    await until(lambda: batcher.queued == 2, "new work is accepted again")
    await batcher.close()
    assert backend.sent_texts == ["b", "d"]
    assert isinstance(accepted.result(), Judgement)
    assert isinstance(waiting[1].result(), Judgement)


# --- cancellation, ids ---------------------------------------------------------


async def test_cancelled_items_are_never_sent(policy: Policy) -> None:
    backend = FakeBackend()
    batcher = Batcher(backend, settings(max_items=3))
    tasks = submit_all(batcher, policy, [text_item(str(n), f"t{n}") for n in range(2)])
    await until(lambda: batcher.queued == 2, "queued")
    tasks[0].cancel()
    await until(lambda: batcher.queued == 1, "the cancelled item is removed")
    more = submit_all(batcher, policy, [text_item("2", "t2"), text_item("3", "t3")])
    await asyncio.wait_for(asyncio.gather(tasks[1], *more), 30)
    assert backend.sent_texts == ["t1", "t2", "t3"]
    await batcher.close()
    assert batcher.queued == 0


async def test_batches_carry_no_deadline_and_random_ids(policy: Policy) -> None:
    backend = FakeBackend()
    batcher = Batcher(backend, settings(max_items=3))
    results = await asyncio.wait_for(
        asyncio.gather(*submit_all(batcher, policy, [text_item(n, n) for n in ("a", "b", "c")])),
        30,
    )
    assert [r.item_id for r in results] == ["a", "b", "c"]  # type: ignore[attr-defined]
    ids = [i.id for i in backend.calls[0].batch.items]
    assert len(set(ids)) == 3 and not set(ids) & {"a", "b", "c", "i0", "i1", "i2"}
    assert all(len(i) == 8 for i in ids)  # 32 random bits each, fresh per batch
    again = submit_all(batcher, policy, [text_item("a", "a")])
    await until(lambda: batcher.queued == 1, "queued")
    await batcher.close()  # sends what is queued
    assert isinstance(again[0].result(), Judgement)
    assert backend.calls[1].batch.items[0].id not in ids
    assert not hasattr(backend.calls[0].batch, "deadline")


async def test_queue_is_bounded_by_bytes(policy: Policy) -> None:
    backend = FakeBackend(gated=True)
    batcher = Batcher(
        backend,
        BatchSettings(max_items=1, max_wait=0.0, max_concurrency=1, max_queue_bytes=10_000),
    )
    first = submit_all(batcher, policy, [text_item("1", "x" * 100)])  # sent, not queued
    await until(lambda: len(backend.calls) == 1, "the first call")
    queued = submit_all(batcher, policy, [text_item("2", "y" * 6_000)])
    await until(lambda: batcher.queued == 1, "queued")
    with pytest.raises(Overloaded, match="bytes queued"):
        await batcher.submit(text_item("3", "z" * 6_000), policy)
    assert batcher.queued_bytes >= 6_000
    backend.gated = False
    backend.release_all()
    await asyncio.wait_for(asyncio.gather(*first, *queued), 30)
    await batcher.close()
    assert batcher.queued_bytes == 0


def test_next_due_is_the_oldest_full_or_expired_queue(policy: Policy) -> None:
    s = BatchSettings(max_items=2, max_wait=1.0)
    loop = asyncio.new_event_loop()
    try:

        def queue(*enqueued: float) -> KeyQueue:
            q = KeyQueue(policy)
            for n, t in enumerate(enqueued):
                q.push(_Pending(text_item(str(n)), loop.create_future(), 10, 10, t))
            return q

        young, old, full = ("p", "v", "a"), ("p", "v", "b"), ("p", "v", "c")
        queues = {young: queue(9.5), old: queue(8.0), full: queue(9.8, 9.9)}
        assert next_due(queues, 10.0, s) == Due(old, 10.5)  # expired beats full: older head
        assert next_due(queues, 10.0, s, held={old}) == Due(full, 10.5)
        assert next_due({young: queues[young]}, 10.0, s) == Due(None, 10.5)
        assert next_due({young: queues[young]}, 10.0, s, flush=True).key == young
    finally:
        loop.close()


async def test_close_sends_what_is_queued_and_refuses_new_work(policy: Policy) -> None:
    backend = FakeBackend()
    batcher = Batcher(backend, settings(max_items=10))
    tasks = submit_all(batcher, policy, [text_item("1", "a"), text_item("2", "b")])
    await until(lambda: batcher.queued == 2, "queued")
    await batcher.close()
    assert [c.texts for c in backend.calls] == [["a", "b"]]
    assert all(isinstance(t.result(), Judgement) for t in tasks)
    with pytest.raises(Overloaded):
        await batcher.submit(text_item("3", "c"), policy)


async def test_the_embedded_classifiers_batches_are_bounded_in_length_as_well_as_items(
    policy: Policy,
) -> None:
    """A batch of long flagged texts takes far longer than one of chat lines, and a newcomer
    waits for the batch before it: the embedded path's batches have their own token budget."""
    config = Settings(local_batch_items=16, local_batch_tokens=1_000, max_batch_tokens=24_000)
    local = BatchSettings.from_settings(config, local_workers=2)
    assert (local.max_items, local.max_tokens, local.max_concurrency) == (16, 1_000, 2)
    assert BatchSettings.from_settings(config).max_tokens == 24_000
    backend = FakeBackend()
    batcher = Batcher(backend, local)
    long_texts = [
        text_item(f"l{n}", f"Wir treffen uns morgen am Bahnhof. {n} " * 25) for n in range(16)
    ]
    short_texts = [text_item(f"s{n}", f"see you at {n}") for n in range(16)]
    for items in (long_texts, short_texts):
        backend.calls.clear()
        await asyncio.gather(*submit_all(batcher, policy, items))
        per_item = estimate_tokens(items[0])
        assert max(len(c.texts) for c in backend.calls) == min(16, 1_000 // per_item)
    await batcher.close()


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        BatchSettings(max_items=0)
    with pytest.raises(ValueError):
        BatchSettings(max_concurrency=2, min_concurrency=3)


# --- fairness between tenants ----------------------------------------------------


async def test_a_newcomer_goes_out_in_the_next_batch_not_behind_a_flood(policy: Policy) -> None:
    backend = FakeBackend(gated=True)
    batcher = Batcher(backend, settings(max_items=4, max_wait=0.0, max_concurrency=1))
    flood = [
        asyncio.ensure_future(batcher.submit(text_item(f"a{n}", f"a{n}"), policy, TENANT_A))
        for n in range(40)
    ]
    await until(
        lambda: len(backend.calls) == 1 and batcher.queued + len(backend.calls[0].texts) == 40,
        "A's backlog queues",
    )
    backlog = batcher.queued
    b = asyncio.ensure_future(batcher.submit(text_item("b", "b0"), policy, TENANT_B))
    await until(lambda: batcher.queued == backlog + 1, "B's item queues behind A's backlog")
    backend.release_all()
    await until(lambda: len(backend.calls) == 2, "the next batch leaves")
    assert backend.calls[1].texts[0] == "b0"  # first, not after A's queued items
    while not all(f.done() for f in flood):
        backend.release_all()
        await asyncio.sleep(0)
    assert isinstance(b.result(), Judgement)
    await batcher.close()


async def test_batches_are_shared_between_waiting_tenants_by_weight(policy: Policy) -> None:
    backend = FakeBackend(gated=True)
    batcher = Batcher(backend, settings(max_items=4, max_wait=0.0, max_concurrency=1))
    heavy = Tenant("heavy", weight=3.0)
    first = asyncio.ensure_future(batcher.submit(text_item("x", "x"), policy, TENANT_A))
    await until(lambda: len(backend.calls) == 1, "a call holds the only slot")
    waiting = [
        asyncio.ensure_future(batcher.submit(text_item(f"{t.id}{n}", f"{t.id}{n}"), policy, t))
        for n in range(12)
        for t in (TENANT_A, heavy)
    ]
    await until(lambda: batcher.queued == 24, "both tenants queue")
    backend.release_all()
    await until(lambda: len(backend.calls) == 2, "the next batch leaves")
    sent = backend.calls[1].texts
    assert sum(t.startswith("heavy") for t in sent) == 3 and len(sent) == 4
    while not all(f.done() for f in waiting):
        backend.release_all()
        await asyncio.sleep(0)
    assert isinstance(first.result(), Judgement)
    await batcher.close()


async def test_a_flood_fills_only_its_share_of_the_queue(policy: Policy) -> None:
    backend = FakeBackend(gated=True)
    batcher = Batcher(
        backend,
        settings(max_items=1, max_wait=0.0, max_concurrency=1, max_queue=10),
        total_weight=lambda: 2.0,
    )
    flood = [
        asyncio.ensure_future(batcher.submit(text_item(f"a{n}", f"a{n}"), policy, TENANT_A))
        for n in range(11)
    ]
    await until(
        lambda: len(backend.calls) == 1 and batcher.queued == 10, "A fills the queue behind a call"
    )
    with pytest.raises(Overloaded, match="tenant a holds 10 items queued"):
        await batcher.submit(text_item("a-more", "a-more"), policy, TENANT_A)
    # B is within its share (5 of 10): let in although the queue is full.
    bs = [
        asyncio.ensure_future(batcher.submit(text_item(f"b{n}", f"b{n}"), policy, TENANT_B))
        for n in range(5)
    ]
    await until(lambda: batcher.queued == 15, "B's items queue")
    with pytest.raises(Overloaded, match="tenant b"):
        await batcher.submit(text_item("b-more", "b-more"), policy, TENANT_B)
    while not all(f.done() for f in flood + bs):
        backend.release_all()
        await asyncio.sleep(0)
    await batcher.close()


async def test_the_embedded_classifiers_first_batch_does_not_go_alone(policy: Policy) -> None:
    """A remote model's first call writes its prompt cache while the burst behind it waits;
    the embedded classifier has no cache to warm, so its batches start together at once."""
    config = Settings(local_batch_items=1, max_concurrency=2, min_concurrency=2)
    local = BatchSettings.from_settings(config, local_workers=2)
    assert local.prompt_cache_ttl == 0
    backend = FakeBackend(gated=True)
    batcher = Batcher(backend, local)
    tasks = submit_all(batcher, policy, [text_item("a", "one"), text_item("b", "two")])
    await until(lambda: len(backend.calls) == 2, "both batches called at once")
    backend.release_all()
    await asyncio.gather(*tasks)
    # A remote model's settings keep the warm-up: its first call goes alone.
    assert BatchSettings.from_settings(config).prompt_cache_ttl > 0
