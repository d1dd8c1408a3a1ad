"""The job store's rules, held by each store alike: SQLite (memory and file) and Redis."""

from __future__ import annotations

import asyncio

import pytest

from moderation.domain import (
    Decision,
    ErrorCode,
    Item,
    ItemError,
    Source,
    TextContent,
    Usage,
    Verdict,
)
from moderation.jobs.model import JobEnded, JobNotFound, JobState
from moderation.jobs.store import BatchState, JobStore
from moderation.jobs.store_redis import RedisJobStore


def items(n: int) -> list[Item]:
    return [Item(f"c{k}", TextContent(f"text {k}")) for k in range(n)]


def verdict(item_id: str, decision: Decision = Decision.ALLOW, usd: float = 0.5) -> Verdict:
    return Verdict(
        item_id=item_id,
        decision=decision,
        flagged=decision is not Decision.ALLOW,
        categories=(),
        rationale="",
        policy_id="default",
        policy_version="v1",
        model="m",
        source=Source.MODEL,
        usage=Usage(10, 0, 0, 2, usd),
    )


async def test_an_outcome_is_written_only_where_there_is_none(store: JobStore) -> None:
    await store.create_job("a" * 16, "default", "local", items(3), JobState.PENDING)
    job_id = "a" * 16
    assert await store.record_outcomes(job_id, [(0, verdict("c0", Decision.BLOCK))]) == 1
    assert await store.record_outcomes(job_id, [(0, verdict("c0")), (1, verdict("c1"))]) == 1
    job = await store.get_job(job_id)
    assert (job.counts.blocked, job.counts.allowed, job.counts.pending) == (1, 1, 1)
    assert job.usage.estimated_cost_usd == pytest.approx(1.0)
    # Results stop at the first item without an outcome.
    assert [seq for seq, _ in await store.results(job_id, -1, 10)] == [0, 1]
    [(_, first)] = await store.results(job_id, -1, 1)
    assert isinstance(first, Verdict) and first.decision is Decision.BLOCK
    assert not await store.finish_if_done(job_id)
    await store.record_outcomes(job_id, [(2, verdict("c2"))])
    assert await store.finish_if_done(job_id)
    assert (await store.get_job(job_id)).state is JobState.SUCCEEDED
    assert await store.open_jobs() == []


async def test_a_batch_claims_its_items_whole_and_is_collected_once(store: JobStore) -> None:
    job_id = "b" * 16
    await store.create_job(job_id, "default", "message-batches", items(4), JobState.PENDING)
    first = [("r1", {"x1": (0, "c0"), "x2": (1, "c1")})]
    assert await store.add_batch("k1", job_id, first, owner="me")
    # A second batch with one item already carried is refused, and writes nothing.
    overlap = [("r2", {"y1": (1, "c1"), "y2": (2, "c2")})]
    assert not await store.add_batch("k2", job_id, overlap, owner="other")
    assert [seq for seq, *_ in await store.open_items(job_id, 10)] == [2, 3]
    assert [b.key for b in await store.batches(job_id, [BatchState.PREPARING])] == ["k1"]
    assert await store.batch_submitted("k1", "msgbatch_1")
    [row] = await store.batches(job_id, [BatchState.SUBMITTED])
    assert (row.upstream_id, row.owner, row.request_count) == ("msgbatch_1", "me", 1)
    assert await store.upstream_ids() == {"msgbatch_1"}
    assert await store.requests_of("k1") == {"r1": {"x1": (0, "c0"), "x2": (1, "c1")}}
    # c0 answered, c1 sent back with a cap of 1; a second collect changes nothing.
    assert await store.collect("k1", job_id, [(0, verdict("c0"))], [(1, 1)])
    assert not await store.collect("k1", job_id, [(1, verdict("c1"))], [(1, 1)])
    assert await store.attempts(job_id, [0, 1]) == {0: 0, 1: 1}
    assert [(seq, cap) for seq, _, _, cap in await store.open_items(job_id, 10)] == [
        (1, 1),
        (2, None),
        (3, None),
    ]
    assert (await store.get_job(job_id)).counts.allowed == 1
    assert await store.batches(None, [BatchState.PREPARING, BatchState.SUBMITTED]) == []


async def test_a_released_batch_gives_its_items_back(store: JobStore) -> None:
    job_id = "c" * 16
    await store.create_job(job_id, "default", "message-batches", items(2), JobState.PENDING)
    assert await store.add_batch("k", job_id, [("r", {"x": (0, "c0"), "y": (1, "c1")})])
    assert await store.open_items(job_id, 10) == []
    await store.release_batch("k")
    assert [seq for seq, *_ in await store.open_items(job_id, 10)] == [0, 1]
    assert await store.batches(job_id, [BatchState.PREPARING]) == []
    assert not await store.batch_submitted("k", "msgbatch_late")
    assert (await store.items_at(job_id, [1]))[1].id == "c1"


async def test_cancel_answers_what_is_left_and_only_once(store: JobStore) -> None:
    job_id = "d" * 16
    await store.create_job(job_id, "default", "local", items(3), JobState.PENDING)
    await store.record_outcomes(job_id, [(0, verdict("c0"))])
    job = await store.cancel(job_id, "cancelled")
    assert job.state is JobState.CANCELLED and job.counts.errors == 2
    outcomes = [o for _, o in await store.results(job_id, -1, 10)]
    assert [o.item_id for o in outcomes] == ["c0", "c1", "c2"]
    assert isinstance(outcomes[2], ItemError) and outcomes[2].code is ErrorCode.CANCELLED
    with pytest.raises(JobEnded):
        await store.cancel(job_id, "again")
    with pytest.raises(JobNotFound):
        await store.cancel("e" * 16, "none")


async def test_uploads_are_invisible_until_pending_and_jobs_list_newest_first(
    store: JobStore,
) -> None:
    await store.create_job("1" * 16, "default", "local", [], JobState.UPLOADING)
    await store.add_items("1" * 16, 0, items(2))
    assert await store.has_item_ids("1" * 16, ["c1", "c9"]) == {"c1"}
    assert await store.list_jobs(10, None) == []
    for n in range(2, 6):
        await store.create_job(str(n) * 16, "default", "local", items(1), JobState.PENDING)
    await store.set_state("1" * 16, JobState.PENDING)
    assert (await store.get_job("1" * 16)).item_count == 2
    listed = [j.id for j in await store.list_jobs(3, None)]
    assert listed == ["5" * 16, "4" * 16, "3" * 16]  # by creation: the upload began first
    last = await store.get_job(listed[-1])
    rest = [j.id for j in await store.list_jobs(3, (last.created_at, last.id))]
    assert rest == ["2" * 16, "1" * 16]
    await store.drop_job("2" * 16)
    with pytest.raises(JobNotFound):
        await store.get_job("2" * 16)


async def test_a_lease_is_held_by_one_owner_until_it_expires_or_is_released(
    redis_url: str,
) -> None:
    store = RedisJobStore(redis_url)
    try:
        assert await store.claim("f" * 16, "a", 30)
        assert await store.claim("f" * 16, "a", 30)  # renewed
        assert not await store.claim("f" * 16, "b", 30)
        await store.release("f" * 16, "b")  # not b's to release
        assert not await store.claim("f" * 16, "b", 30)
        await store.release("f" * 16, "a")
        assert await store.claim("f" * 16, "b", 0.05)
        async with asyncio.timeout(10):  # b stops renewing: its lease lapses, a may take it
            while True:
                if await store.claim("f" * 16, "a", 30):
                    break
                await asyncio.sleep(0.01)
        assert not await store.claim("f" * 16, "b", 30)
    finally:
        await store.close()
