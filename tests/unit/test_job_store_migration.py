"""Stores written before tenants: opened by this version, their jobs are the default tenant's.

Each test writes a store exactly as the previous version laid it out (its SQLite schema,
its Redis keys), then opens it with today's store.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
import time
from pathlib import Path

from redis.asyncio import Redis

from moderation.domain import ErrorCode, Item, ItemError, TextContent, Verdict
from moderation.jobs.model import JobState
from moderation.jobs.store import decode_outcome, encode_item, encode_outcome
from moderation.jobs.store_redis import PREFIX, RedisJobStore
from moderation.jobs.store_sqlite import DB_FILE, SqliteJobStore
from tests.unit.test_job_stores import verdict

# The previous version's schema, as it created it.
OLD_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY, policy_id TEXT NOT NULL, backend TEXT NOT NULL, state TEXT NOT NULL,
    item_count INTEGER NOT NULL, created_at REAL NOT NULL, updated_at REAL NOT NULL,
    started_at REAL, ended_at REAL
);
CREATE INDEX IF NOT EXISTS jobs_by_age ON jobs (created_at DESC, id DESC);
CREATE TABLE IF NOT EXISTS items (
    job_id TEXT NOT NULL, seq INTEGER NOT NULL, item_id TEXT NOT NULL, kind TEXT NOT NULL,
    body BLOB NOT NULL, media_type TEXT NOT NULL, context TEXT NOT NULL, request_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0, cap INTEGER, outcome TEXT, decision TEXT,
    input_tokens REAL NOT NULL DEFAULT 0, cache_read_input_tokens REAL NOT NULL DEFAULT 0,
    cache_creation_input_tokens REAL NOT NULL DEFAULT 0, output_tokens REAL NOT NULL DEFAULT 0,
    cost_usd REAL NOT NULL DEFAULT 0, PRIMARY KEY (job_id, seq)
);
CREATE UNIQUE INDEX IF NOT EXISTS items_by_id ON items (job_id, item_id);
CREATE INDEX IF NOT EXISTS items_open ON items (job_id, seq) WHERE outcome IS NULL;
CREATE TABLE IF NOT EXISTS batches (
    key TEXT PRIMARY KEY, job_id TEXT NOT NULL, upstream_id TEXT, state TEXT NOT NULL,
    request_count INTEGER NOT NULL, created_at REAL NOT NULL, owner TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS requests (
    custom_id TEXT PRIMARY KEY, batch_key TEXT NOT NULL, job_id TEXT NOT NULL, ids TEXT NOT NULL
);
"""
RUNNING, CANCELLED = "a" * 16, "b" * 16
TEXT = "an old text"  # 11 bytes
CONTEXT = "ctx"  # 3 bytes


def _old_items(n: int) -> list[Item]:
    return [Item(f"c{k}", TextContent(TEXT), CONTEXT) for k in range(n)]


async def test_an_sqlite_store_of_the_previous_version_opens_with_its_jobs_the_default_s(
    tmp_path: Path,
) -> None:
    now = time.time()
    with contextlib.closing(sqlite3.connect(tmp_path / DB_FILE)) as db:
        db.executescript(OLD_SCHEMA)
        for job_id, state, ended in ((RUNNING, "running", None), (CANCELLED, "cancelled", now)):
            db.execute(
                "INSERT INTO jobs VALUES (?, 'default', 'local', ?, 2, ?, ?, ?, ?)",
                (job_id, state, now, now, now, ended),
            )
            for seq, item in enumerate(_old_items(2)):
                db.execute(
                    "INSERT INTO items (job_id, seq, item_id, kind, body, media_type, context) "
                    "VALUES (?, ?, ?, 'text', ?, '', ?)",
                    (job_id, seq, item.id, TEXT.encode(), CONTEXT),
                )
        cancelled = encode_outcome(ItemError("c0", ErrorCode.CANCELLED, "cancelled"))
        db.execute(
            "UPDATE items SET outcome = ?, decision = 'error' WHERE job_id = ?",
            (cancelled, CANCELLED),
        )
        db.commit()
    store = SqliteJobStore(tmp_path)
    try:
        listed = [(j.id, j.owner) for j in await store.list_jobs(10, None, "default")]
        running = await store.get_job(RUNNING)
        gone = await store.get_job(CANCELLED)
        usage = await store.tenant_usage("default")
        expired = await store.expired_jobs(now + 1, 10)
        # The migrated job goes on as before.
        await store.record_outcomes(RUNNING, [(0, verdict("c0")), (1, verdict("c1"))])
        assert await store.finish_if_done(RUNNING)
    finally:
        await store.close()
    assert sorted(listed) == [(RUNNING, "default"), (CANCELLED, "default")]
    assert running.state is JobState.RUNNING and running.bytes == 2 * (11 + 3)
    assert gone.bytes == 0  # a cancelled job's content is dropped, as a cancel does now
    assert usage == (4, 28)
    assert expired == [CANCELLED]
    with contextlib.closing(sqlite3.connect(tmp_path / DB_FILE)) as db:
        assert db.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # converted once
        bodies = db.execute("SELECT job_id, length(body) FROM items ORDER BY job_id").fetchall()
    assert bodies == [(RUNNING, 11), (RUNNING, 11), (CANCELLED, 0), (CANCELLED, 0)]


async def test_redis_jobs_of_the_previous_version_become_the_default_tenant_s(
    redis_url: str,
) -> None:
    client: Redis = Redis.from_url(redis_url, decode_responses=True)
    now = time.time()
    try:
        for job_id, state in ((RUNNING, "running"), (CANCELLED, "cancelled")):
            j = f"{PREFIX}j:{job_id}"
            await client.hset(
                j,
                mapping={
                    "policy_id": "default",
                    "backend": "local",
                    "state": state,
                    "item_count": 2,
                    "created_at": repr(now),
                    "updated_at": repr(now),
                },
            )
            if state == "cancelled":
                await client.hset(j, "ended_at", repr(now))
            items = _old_items(2)
            await client.hset(
                j + ":items", mapping={n: encode_item(i) for n, i in enumerate(items)}
            )
            await client.hset(j + ":iid", mapping={n: i.id for n, i in enumerate(items)})
            await client.hset(j + ":ids", mapping={i.id: n for n, i in enumerate(items)})
            await client.zadd(PREFIX + "index", {job_id: now})
            if state == "running":
                await client.zadd(j + ":open", {"0": 0, "1": 1})
                await client.zadd(j + ":free", {"0": 0, "1": 1})
                await client.zadd(PREFIX + "open", {job_id: now})
            else:
                error = ItemError("c0", ErrorCode.CANCELLED, "cancelled")
                await client.hset(j + ":out", mapping={"0": encode_outcome(error)})
                await client.hset(j, "n_error", 2)
        store = RedisJobStore(redis_url)
        try:
            await store.prepare()
            await store.prepare()  # idempotent: a second replica, or a restart
            listed = [(j.id, j.owner) for j in await store.list_jobs(10, None, "default")]
            running = await store.get_job(RUNNING)
            gone = await store.get_job(CANCELLED)
            usage = await store.tenant_usage("default")
            expired = await store.expired_jobs(now + 1, 10)
            assert await store.delete_job(CANCELLED)
            after_delete = await store.tenant_usage("default")
        finally:
            await store.close()
        cancelled_items = await client.exists(f"{PREFIX}j:{CANCELLED}:items")
        version = await client.get(PREFIX + "version")
    finally:
        await client.aclose()
    assert sorted(listed) == [(RUNNING, "default"), (CANCELLED, "default")]
    assert running.bytes == 2 * (11 + 3) and gone.bytes == 0
    assert usage == (4, 28)
    assert expired == [CANCELLED]
    assert after_delete == (2, 28)
    assert cancelled_items == 0
    assert version == "2"


def test_a_stored_verdict_keeps_its_language_and_older_ones_read() -> None:
    german = dataclasses.replace(verdict("v0"), language="de", language_validated=False)
    assert decode_outcome(encode_outcome(german)) == german
    doc = json.loads(encode_outcome(verdict("v1")))
    del doc["language"], doc["language_validated"]  # stored before the fields existed
    old = decode_outcome(json.dumps(doc))
    assert isinstance(old, Verdict)
    assert (old.language, old.language_validated) == ("und", True)
