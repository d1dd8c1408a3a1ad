"""The job store's rules, held by each store alike: SQLite (memory and file) and Redis."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from pathlib import Path

import pytest
from redis.asyncio import Redis

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
from moderation.jobs.model import JobEnded, JobNotFound, JobState, StoreQuota, TenantJobsFull
from moderation.jobs.service import warn_if_evictable
from moderation.jobs.store import BatchState, JobStore
from moderation.jobs.store_redis import RedisJobStore
from moderation.jobs.store_sqlite import SqliteJobStore


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


# --- owners, quotas, deletion and retention -------------------------------------------


def sized(n: int, chars: int, prefix: str = "c") -> list[Item]:
    return [Item(f"{prefix}{k}", TextContent("x" * chars)) for k in range(n)]


async def test_jobs_are_listed_by_owner_and_everyone_s_only_without_one(store: JobStore) -> None:
    for n, owner in enumerate(["team-a", "team-b", "team-a"], 1):
        await store.create_job(str(n) * 16, "default", "local", items(1), JobState.PENDING, owner)
    await store.create_job("4" * 16, "default", "local", [], JobState.UPLOADING, "team-a")
    mine = [j.id for j in await store.list_jobs(10, None, "team-a")]
    assert mine == ["3" * 16, "1" * 16]  # newest first; the upload is not listed
    first = await store.get_job(mine[0])
    assert first.owner == "team-a"
    rest = await store.list_jobs(10, (first.created_at, first.id), "team-a")
    assert [j.id for j in rest] == ["1" * 16]
    assert [j.id for j in await store.list_jobs(10, None, "team-c")] == []
    everyone = [(j.id, j.owner) for j in await store.list_jobs(10, None)]
    assert everyone == [("3" * 16, "team-a"), ("2" * 16, "team-b"), ("1" * 16, "team-a")]
    assert (await store.get_job("4" * 16)).owner == "team-a"


async def test_a_tenant_s_stored_jobs_are_bounded_in_items_and_bytes(store: JobStore) -> None:
    quota = StoreQuota(items=5, bytes=1000)
    await store.create_job(
        "a" * 16, "default", "local", sized(3, 100), JobState.PENDING, "t", quota
    )
    assert await store.tenant_usage("t") == (3, 300)
    assert (await store.get_job("a" * 16)).bytes == 300
    with pytest.raises(TenantJobsFull) as full:
        await store.create_job(
            "b" * 16, "default", "local", sized(3, 10), JobState.PENDING, "t", quota
        )
    assert (full.value.what, full.value.used, full.value.limit) == ("items", 3, 5)
    with pytest.raises(TenantJobsFull) as full:
        await store.create_job(
            "b" * 16, "default", "local", sized(1, 800), JobState.PENDING, "t", quota
        )
    assert (full.value.what, full.value.used) == ("bytes", 300)
    with pytest.raises(JobNotFound):  # a refused job writes nothing
        await store.get_job("b" * 16)
    # Another tenant has its own; an upload counts as it grows, and is refused midway.
    await store.create_job(
        "c" * 16, "default", "local", sized(5, 100), JobState.PENDING, "u", quota
    )
    await store.create_job("d" * 16, "default", "local", [], JobState.UPLOADING, "t", quota)
    await store.add_items("d" * 16, 0, sized(1, 100), quota)
    with pytest.raises(TenantJobsFull):
        await store.add_items("d" * 16, 1, sized(1, 700), quota)
    assert await store.tenant_usage("t") == (4, 400)
    # Dropping the upload gives its share back.
    await store.drop_job("d" * 16)
    assert await store.tenant_usage("t") == (3, 300)
    assert await store.tenant_usage("u") == (5, 500)


async def test_a_cancelled_job_keeps_its_outcomes_but_not_its_content(store: JobStore) -> None:
    job_id = "e" * 16
    await store.create_job(job_id, "default", "local", sized(3, 1000), JobState.PENDING, "t")
    await store.record_outcomes(job_id, [(0, verdict("c0"))])
    await store.cancel(job_id, "cancelled")
    job = await store.get_job(job_id)
    assert (job.bytes, job.counts.allowed, job.counts.errors) == (0, 1, 2)
    assert await store.tenant_usage("t") == (3, 0)
    kept = [o for _, o in await store.results(job_id, -1, 10)]
    assert [o.item_id for o in kept] == ["c0", "c1", "c2"]
    assert all(i.content == TextContent("") for i in (await store.items_at(job_id, [1])).values())
    assert await store.open_items(job_id, 10, unassigned=False) == []


async def test_delete_removes_a_job_whole_and_keeps_its_upstream_batch_to_delete(
    store: JobStore,
) -> None:
    job_id = "f" * 16
    await store.create_job(job_id, "default", "message-batches", items(3), JobState.PENDING, "t")
    await store.add_batch("k1", job_id, [("r1", {"x": (0, "c0")})])
    await store.batch_submitted("k1", "msgbatch_1")
    await store.add_batch("k2", job_id, [("r2", {"y": (1, "c1")})])  # never created upstream
    await store.collect("k1", job_id, [(0, verdict("c0"))], [])
    assert await store.delete_job(job_id)
    with pytest.raises(JobNotFound):
        await store.get_job(job_id)
    assert await store.results(job_id, -1, 10) == []
    assert await store.list_jobs(10, None) == await store.list_jobs(10, None, "t") == []
    assert await store.batches(job_id, [BatchState.PREPARING, BatchState.COLLECTED]) == []
    assert await store.batches(None, [BatchState.PREPARING]) == []
    assert await store.tenant_usage("t") == (0, 0)
    assert await store.upstream_to_delete(10) == ["msgbatch_1"]
    assert "msgbatch_1" in await store.upstream_ids()  # never adopted by another job meanwhile
    assert not await store.delete_job(job_id)
    # A late write for the deleted job (a runner mid-step) brings nothing back.
    assert await store.record_outcomes(job_id, [(1, verdict("c1"))]) == 0
    with pytest.raises(JobNotFound):
        await store.get_job(job_id)
    await store.upstream_deleted("msgbatch_1")
    assert await store.upstream_to_delete(10) == []
    assert "msgbatch_1" not in await store.upstream_ids()


async def test_expired_jobs_are_those_ended_before_the_cut_oldest_first(store: JobStore) -> None:
    for n in range(1, 5):
        await store.create_job(str(n) * 16, "default", "local", items(1), JobState.PENDING)
    await store.record_outcomes("1" * 16, [(0, verdict("c0"))])
    assert await store.finish_if_done("1" * 16)
    await store.cancel("2" * 16, "cancelled")
    cut = time.time() + 1e-3
    await asyncio.sleep(0.01)
    await store.cancel("3" * 16, "cancelled")  # ended after the cut; 4 still runs
    assert await store.expired_jobs(cut, 10) == ["1" * 16, "2" * 16]
    assert await store.expired_jobs(cut, 1) == ["1" * 16]
    assert await store.expired_jobs(time.time() + 1, 10) == ["1" * 16, "2" * 16, "3" * 16]


async def test_deleting_jobs_gives_the_space_back_to_the_file_system(tmp_path: Path) -> None:
    store = SqliteJobStore(tmp_path)
    path = tmp_path / "jobs.sqlite3"
    try:
        await store.create_job("0" * 16, "default", "local", items(1), JobState.PENDING)
        empty = _file_size(path)
        for n in range(1, 4):  # 3 jobs of 200 items of 10 KB
            job_id = str(n) * 16
            await store.create_job(job_id, "default", "local", sized(200, 10_000), JobState.PENDING)
        await store.cancel("1" * 16, "cancelled")
        full = _file_size(path)
        assert full > empty + 5_000_000
        for n in range(1, 4):
            assert await store.delete_job(str(n) * 16)
        rows = _rows(path)
        after = _file_size(path)
    finally:
        await store.close()
    assert rows == {"jobs": 1, "items": 1, "batches": 0, "requests": 0}
    assert after < empty + 200_000, (empty, full, after)


async def test_deleting_jobs_removes_their_keys_from_redis(redis_url: str) -> None:
    store = RedisJobStore(redis_url)
    client: Redis = Redis.from_url(redis_url)
    try:
        await store.create_job("0" * 16, "default", "local", items(1), JobState.PENDING, "t")
        before = await client.dbsize()
        memory_before = (await client.info("memory"))["used_memory"]
        for n in range(1, 4):
            job_id = str(n) * 16
            await store.create_job(
                job_id, "default", "local", sized(200, 10_000), JobState.PENDING, "t"
            )
            await store.add_batch(f"k{n}", job_id, [(f"r{n}", {"x": (0, "c0")})])
            await store.batch_submitted(f"k{n}", f"msgbatch_{n}")
        await store.record_outcomes("1" * 16, [(1, verdict("c1"))])
        await store.cancel("2" * 16, "cancelled")
        full = await client.dbsize()
        memory_full = (await client.info("memory"))["used_memory"]
        for n in range(1, 4):
            assert await store.delete_job(str(n) * 16)
        for n in range(1, 4):
            await store.upstream_deleted(f"msgbatch_{n}")
        await store.mark_collected("k1")  # a runner that read the batch before the delete
        after = await client.dbsize()
        memory_after = (await client.info("memory"))["used_memory"]
    finally:
        await client.aclose()
        await store.close()
    assert full > before and after == before, (before, full, after)
    assert memory_full - memory_before > 4_000_000
    assert memory_after - memory_before < 500_000, (memory_before, memory_full, memory_after)


def _file_size(path: Path) -> int:
    """The store's bytes on disk: the database and its write-ahead log."""
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def _rows(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return {
            t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("jobs", "items", "batches", "requests")
        }


async def test_a_redis_that_may_evict_job_keys_is_named_at_start_up(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    store = RedisJobStore(redis_url)
    client: Redis = Redis.from_url(redis_url)
    try:
        assert await store.eviction_policy() == "noeviction"  # redis-server's default
        assert not warn_if_evictable(store.location, await store.eviction_policy())
        await client.config_set("maxmemory-policy", "volatile-lru")  # the shipped Redis
        assert not warn_if_evictable(store.location, await store.eviction_policy())
        await client.config_set("maxmemory-policy", "allkeys-lru")
        with caplog.at_level(logging.WARNING, logger="moderation.jobs"):
            assert warn_if_evictable(store.location, await store.eviction_policy())
    finally:
        await client.config_set("maxmemory-policy", "noeviction")
        await client.aclose()
        await store.close()
    [line] = caplog.records
    assert "maxmemory-policy allkeys-lru" in line.getMessage()


async def test_get_job_reads_the_job_s_counters_not_its_items(tmp_path: Path) -> None:
    store = SqliteJobStore(tmp_path)
    job_id = "c" * 16
    try:
        await store.create_job(job_id, "default", "local", items(50), JobState.PENDING)
        await store.record_outcomes(job_id, [(n, verdict(f"c{n}")) for n in range(20)])
        await store.cancel(job_id, "cancelled")
        statements: list[str] = []
        await store._run(lambda db: db.set_trace_callback(statements.append))
        job = await store.get_job(job_id)
        await store._run(lambda db: db.set_trace_callback(None))
    finally:
        await store.close()
    assert (job.counts.allowed, job.counts.errors, job.counts.pending) == (20, 30, 0)
    assert job.usage.estimated_cost_usd == pytest.approx(10.0)
    assert statements and not [s for s in statements if "items" in s]  # no scan of its items
