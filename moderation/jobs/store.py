"""The job store: SQLite in the data directory, the one source of truth across restarts.

Why SQLite: jobs must survive a `kill -9` with no server to run beside the
service; WAL mode makes each committed transaction durable against a crashed
process. Every change that must happen together (a batch's outcomes, the
items it sends back for another try, the batch marked collected) is one
transaction, so a restart finds either all of it or none. An item's outcome is
written only where it has none yet: each item is answered exactly once,
whatever is replayed after a restart.

Calls run in a worker thread (`asyncio.to_thread`) behind one lock: the event
loop never waits on the disk.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, TypeVar

from moderation.domain import (
    CategoryResult,
    Decision,
    ErrorCode,
    ImageContent,
    Item,
    ItemError,
    Outcome,
    Severity,
    Source,
    TextContent,
    Usage,
    Verdict,
)
from moderation.jobs.model import Job, JobCounts, JobEnded, JobNotFound, JobState

T = TypeVar("T")
RequestIds = dict[str, tuple[int, str]]
"""One upstream request's items: batch-local id -> (seq in the job, the caller's item id)."""
DB_FILE = "jobs.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    policy_id TEXT NOT NULL,
    backend TEXT NOT NULL,
    state TEXT NOT NULL,
    item_count INTEGER NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    started_at REAL,
    ended_at REAL
);
CREATE INDEX IF NOT EXISTS jobs_by_age ON jobs (created_at DESC, id DESC);
CREATE TABLE IF NOT EXISTS items (
    job_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    body BLOB NOT NULL,
    media_type TEXT NOT NULL,
    context TEXT NOT NULL,
    request_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    cap INTEGER,
    outcome TEXT,
    decision TEXT,
    input_tokens REAL NOT NULL DEFAULT 0,
    cache_read_input_tokens REAL NOT NULL DEFAULT 0,
    cache_creation_input_tokens REAL NOT NULL DEFAULT 0,
    output_tokens REAL NOT NULL DEFAULT 0,
    cost_usd REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (job_id, seq)
);
CREATE UNIQUE INDEX IF NOT EXISTS items_by_id ON items (job_id, item_id);
CREATE INDEX IF NOT EXISTS items_open ON items (job_id, seq) WHERE outcome IS NULL;
CREATE TABLE IF NOT EXISTS batches (
    key TEXT PRIMARY KEY,
    job_id TEXT NOT NULL,
    upstream_id TEXT,
    state TEXT NOT NULL,
    request_count INTEGER NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS requests (
    custom_id TEXT PRIMARY KEY,
    batch_key TEXT NOT NULL,
    job_id TEXT NOT NULL,
    ids TEXT NOT NULL
);
"""


class BatchState:
    """A Message Batch's life in the store (plain strings: they are stored)."""

    PREPARING = "preparing"  # recorded before the create call: maybe submitted, maybe not
    SUBMITTED = "submitted"  # the upstream id is known; poll it
    COLLECTED = "collected"  # its results are applied (or its job was cancelled)


class JobStore:
    """Jobs, their items and outcomes, and the upstream batches carrying them."""

    def __init__(self, data_dir: Path | None) -> None:
        """`data_dir` None keeps jobs in memory: they work, but a restart forgets them."""
        target = ":memory:"
        if data_dir is not None:
            data_dir.mkdir(parents=True, exist_ok=True)
            target = str(data_dir / DB_FILE)
        self.path = target
        self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # durable against a killed process
        self._db.executescript(_SCHEMA)
        self._lock = threading.Lock()

    async def close(self) -> None:
        await self._run(lambda db: db.close())

    async def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        def locked() -> T:
            with self._lock:
                return fn(self._db)

        return await asyncio.to_thread(locked)

    async def _tx(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        def in_tx(db: sqlite3.Connection) -> T:
            db.execute("BEGIN IMMEDIATE")
            try:
                out = fn(db)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
            return out

        return await self._run(in_tx)

    # --- jobs ------------------------------------------------------------

    async def create_job(
        self, job_id: str, policy_id: str, backend: str, items: Sequence[Item], state: JobState
    ) -> None:
        now = time.time()

        def create(db: sqlite3.Connection) -> None:
            db.execute(
                "INSERT INTO jobs (id, policy_id, backend, state, item_count, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (job_id, policy_id, backend, state.value, len(items), now, now),
            )
            _insert_items(db, job_id, 0, items)

        await self._tx(create)

    async def add_items(self, job_id: str, first_seq: int, items: Sequence[Item]) -> None:
        """More items of an upload (state UPLOADING)."""

        def add(db: sqlite3.Connection) -> None:
            _insert_items(db, job_id, first_seq, items)
            db.execute(
                "UPDATE jobs SET item_count = item_count + ? WHERE id = ?", (len(items), job_id)
            )

        await self._tx(add)

    async def has_item_ids(self, job_id: str, ids: Iterable[str]) -> set[str]:
        """Which of `ids` the job already holds (duplicates across upload messages)."""
        wanted = list(ids)

        def find(db: sqlite3.Connection) -> set[str]:
            found: set[str] = set()
            for n in range(0, len(wanted), 500):
                chunk = wanted[n : n + 500]
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    f"SELECT item_id FROM items WHERE job_id = ? AND item_id IN ({marks})",
                    (job_id, *chunk),
                )
                found.update(r[0] for r in rows)
            return found

        return await self._run(find)

    async def set_state(self, job_id: str, state: JobState) -> None:
        now = time.time()
        await self._run(
            lambda db: db.execute(
                "UPDATE jobs SET state = ?, updated_at = ?, "
                "started_at = CASE WHEN ? = 'running' THEN COALESCE(started_at, ?) "
                "ELSE started_at END WHERE id = ?",
                (state.value, now, state.value, now, job_id),
            )
        )

    async def drop_job(self, job_id: str) -> None:
        def drop(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM items WHERE job_id = ?", (job_id,))
            db.execute("DELETE FROM jobs WHERE id = ?", (job_id,))

        await self._tx(drop)

    async def drop_abandoned_uploads(self) -> int:
        """Uploads a crash cut short: never visible to callers, so nothing is lost."""
        rows = await self._run(
            lambda db: [r[0] for r in db.execute("SELECT id FROM jobs WHERE state = 'uploading'")]
        )
        for job_id in rows:
            await self.drop_job(job_id)
        return len(rows)

    async def get_job(self, job_id: str) -> Job:
        job = await self._run(lambda db: _job(db, job_id))
        if job is None:
            raise JobNotFound(job_id)
        return job

    async def list_jobs(self, limit: int, after: tuple[float, str] | None) -> list[Job]:
        """Newest first; `after` is the (created_at, id) of the last job of the previous page."""

        def page(db: sqlite3.Connection) -> list[Job]:
            if after is None:
                rows = db.execute(
                    "SELECT id FROM jobs WHERE state != 'uploading' "
                    "ORDER BY created_at DESC, id DESC LIMIT ?",
                    (limit,),
                )
            else:
                rows = db.execute(
                    "SELECT id FROM jobs WHERE state != 'uploading' AND "
                    "(created_at < ? OR (created_at = ? AND id < ?)) "
                    "ORDER BY created_at DESC, id DESC LIMIT ?",
                    (after[0], after[0], after[1], limit),
                )
            ids = [r[0] for r in rows]
            return [j for j in (_job(db, i) for i in ids) if j is not None]

        return await self._run(page)

    async def open_jobs(self) -> list[Job]:
        ids = await self._run(
            lambda db: [
                r[0]
                for r in db.execute(
                    "SELECT id FROM jobs WHERE state IN ('pending', 'running') ORDER BY created_at"
                )
            ]
        )
        return [await self.get_job(i) for i in ids]

    async def finish_if_done(self, job_id: str) -> bool:
        """Mark the job SUCCEEDED when every item has an outcome; True if it has ended."""
        now = time.time()

        def finish(db: sqlite3.Connection) -> bool:
            left = db.execute(
                "SELECT 1 FROM items WHERE job_id = ? AND outcome IS NULL LIMIT 1", (job_id,)
            ).fetchone()
            if left is not None:
                return False
            db.execute(
                "UPDATE jobs SET state = 'succeeded', updated_at = ?, ended_at = ? "
                "WHERE id = ? AND state IN ('pending', 'running')",
                (now, now, job_id),
            )
            return True

        return await self._tx(finish)

    async def cancel(self, job_id: str, reason: str) -> Job:
        """Every item without an outcome gets a CANCELLED error; the job ends CANCELLED."""
        now = time.time()

        def cancel(db: sqlite3.Connection) -> None:
            row = db.execute("SELECT state FROM jobs WHERE id = ?", (job_id,)).fetchone()
            if row is None or row[0] == JobState.UPLOADING:
                raise JobNotFound(job_id)
            if JobState(row[0]).ended:
                raise JobEnded(f"job {job_id} has already ended ({row[0]})")
            open_rows = db.execute(
                "SELECT seq, item_id FROM items WHERE job_id = ? AND outcome IS NULL", (job_id,)
            ).fetchall()
            _write_outcomes(
                db,
                job_id,
                [(seq, ItemError(iid, ErrorCode.CANCELLED, reason)) for seq, iid in open_rows],
            )
            db.execute(
                "UPDATE jobs SET state = 'cancelled', updated_at = ?, ended_at = ? WHERE id = ?",
                (now, now, job_id),
            )

        await self._tx(cancel)
        return await self.get_job(job_id)

    # --- items and outcomes --------------------------------------------

    async def open_items(
        self, job_id: str, limit: int, unassigned: bool = True
    ) -> list[tuple[int, Item, int, int | None]]:
        """(seq, item, attempts, cap) of items without an outcome, in order.

        `unassigned`: only those no upstream request carries now.
        """
        where = "AND request_id IS NULL" if unassigned else ""

        def rows(db: sqlite3.Connection) -> list[tuple[int, Item, int, int | None]]:
            cur = db.execute(
                "SELECT seq, item_id, kind, body, media_type, context, attempts, cap FROM items "
                f"WHERE job_id = ? AND outcome IS NULL {where} ORDER BY seq LIMIT ?",
                (job_id, limit),
            )
            return [(r[0], _item(r[1:6]), r[6], r[7]) for r in cur]

        return await self._run(rows)

    async def items_at(self, job_id: str, seqs: Sequence[int]) -> dict[int, Item]:
        """The items at these seqs (those the job holds)."""

        def rows(db: sqlite3.Connection) -> dict[int, Item]:
            out: dict[int, Item] = {}
            for n in range(0, len(seqs), 500):
                chunk = list(seqs[n : n + 500])
                marks = ",".join("?" * len(chunk))
                for r in db.execute(
                    "SELECT seq, item_id, kind, body, media_type, context FROM items "
                    f"WHERE job_id = ? AND seq IN ({marks})",
                    (job_id, *chunk),
                ):
                    out[r[0]] = _item(r[1:6])
            return out

        return await self._run(rows)

    async def record_outcomes(self, job_id: str, outcomes: Sequence[tuple[int, Outcome]]) -> int:
        """Write outcomes of items that have none yet; how many were written."""
        return await self._tx(lambda db: _write_outcomes(db, job_id, outcomes))

    async def results(self, job_id: str, after_seq: int, limit: int) -> list[tuple[int, Outcome]]:
        """Outcomes after `after_seq`, in order, up to the first item that has none yet."""

        def rows(db: sqlite3.Connection) -> list[tuple[int, Outcome]]:
            cur = db.execute(
                "SELECT seq, outcome FROM items WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                (job_id, after_seq, limit),
            )
            out: list[tuple[int, Outcome]] = []
            for seq, raw in cur:
                if raw is None:
                    break
                out.append((seq, decode_outcome(raw)))
            return out

        return await self._run(rows)

    async def attempts(self, job_id: str, seqs: Sequence[int]) -> dict[int, int]:
        def rows(db: sqlite3.Connection) -> dict[int, int]:
            out: dict[int, int] = {}
            for n in range(0, len(seqs), 500):
                chunk = list(seqs[n : n + 500])
                marks = ",".join("?" * len(chunk))
                for seq, attempts in db.execute(
                    f"SELECT seq, attempts FROM items WHERE job_id = ? AND seq IN ({marks})",
                    (job_id, *chunk),
                ):
                    out[seq] = attempts
            return out

        return await self._run(rows)

    # --- upstream batches ------------------------------------------------

    async def add_batch(
        self, key: str, job_id: str, requests: Sequence[tuple[str, RequestIds]]
    ) -> None:
        """Record a batch and its requests before sending (custom_id, {local id: (seq, id)}).

        The items are marked as carried, so no other batch takes them.
        """
        now = time.time()

        def add(db: sqlite3.Connection) -> None:
            db.execute(
                "INSERT INTO batches (key, job_id, state, request_count, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (key, job_id, BatchState.PREPARING, len(requests), now),
            )
            for custom_id, ids in requests:
                db.execute(
                    "INSERT INTO requests (custom_id, batch_key, job_id, ids) VALUES (?, ?, ?, ?)",
                    (custom_id, key, job_id, json.dumps(ids)),
                )
                db.executemany(
                    "UPDATE items SET request_id = ? WHERE job_id = ? AND seq = ?",
                    [(custom_id, job_id, seq) for seq, _ in ids.values()],
                )

        await self._tx(add)

    async def batch_submitted(self, key: str, upstream_id: str) -> None:
        await self._run(
            lambda db: db.execute(
                "UPDATE batches SET upstream_id = ?, state = ? WHERE key = ?",
                (upstream_id, BatchState.SUBMITTED, key),
            )
        )

    async def batches(self, job_id: str | None, states: Sequence[str]) -> list[dict[str, Any]]:
        """Batch rows (key, job_id, upstream_id, state, request_count, created_at)."""
        marks = ",".join("?" * len(states))
        cond = "AND job_id = ?" if job_id is not None else ""
        args: tuple[Any, ...] = (*states, job_id) if job_id is not None else tuple(states)

        def rows(db: sqlite3.Connection) -> list[dict[str, Any]]:
            cur = db.execute(
                "SELECT key, job_id, upstream_id, state, request_count, created_at FROM batches "
                f"WHERE state IN ({marks}) {cond} ORDER BY created_at",
                args,
            )
            names = ("key", "job_id", "upstream_id", "state", "request_count", "created_at")
            return [dict(zip(names, r, strict=True)) for r in cur]

        return await self._run(rows)

    async def upstream_ids(self) -> set[str]:
        return await self._run(
            lambda db: {
                r[0] for r in db.execute("SELECT upstream_id FROM batches WHERE upstream_id != ''")
            }
        )

    async def requests_of(self, key: str) -> dict[str, RequestIds]:
        return await self._run(
            lambda db: {
                cid: {local: (v[0], v[1]) for local, v in json.loads(ids).items()}
                for cid, ids in db.execute(
                    "SELECT custom_id, ids FROM requests WHERE batch_key = ?", (key,)
                )
            }
        )

    async def collect(
        self,
        key: str,
        job_id: str,
        outcomes: Sequence[tuple[int, Outcome]],
        retry: Sequence[tuple[int, int]],
    ) -> None:
        """Apply a batch's results at once: outcomes, items sent back (seq, cap), batch done."""

        def collect(db: sqlite3.Connection) -> None:
            _write_outcomes(db, job_id, outcomes)
            db.executemany(
                "UPDATE items SET request_id = NULL, attempts = attempts + 1, cap = ? "
                "WHERE job_id = ? AND seq = ? AND outcome IS NULL",
                [(cap, job_id, seq) for seq, cap in retry],
            )
            db.execute("UPDATE batches SET state = ? WHERE key = ?", (BatchState.COLLECTED, key))

        await self._tx(collect)

    async def release_batch(self, key: str) -> None:
        """A batch that was never created upstream: its items go back to the queue."""

        def release(db: sqlite3.Connection) -> None:
            db.execute(
                "UPDATE items SET request_id = NULL WHERE request_id IN "
                "(SELECT custom_id FROM requests WHERE batch_key = ?)",
                (key,),
            )
            db.execute("DELETE FROM requests WHERE batch_key = ?", (key,))
            db.execute("DELETE FROM batches WHERE key = ?", (key,))

        await self._tx(release)

    async def mark_collected(self, key: str) -> None:
        await self._run(
            lambda db: db.execute(
                "UPDATE batches SET state = ? WHERE key = ?", (BatchState.COLLECTED, key)
            )
        )


# --- rows <-> domain ------------------------------------------------------


def _insert_items(
    db: sqlite3.Connection, job_id: str, first_seq: int, items: Sequence[Item]
) -> None:
    db.executemany(
        "INSERT INTO items (job_id, seq, item_id, kind, body, media_type, context) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(job_id, first_seq + n, *_item_row(item)) for n, item in enumerate(items)],
    )


def _item_row(item: Item) -> tuple[str, str, bytes, str, str]:
    c = item.content
    if isinstance(c, TextContent):
        return (item.id, "text", c.text.encode("utf-8"), "", item.context)
    return (item.id, "image", c.data, c.media_type, item.context)


def _item(row: Sequence[Any]) -> Item:
    item_id, kind, body, media_type, context = row
    if kind == "text":
        return Item(item_id, TextContent(bytes(body).decode("utf-8")), context)
    return Item(item_id, ImageContent(bytes(body), media_type), context)


def _write_outcomes(
    db: sqlite3.Connection, job_id: str, outcomes: Sequence[tuple[int, Outcome]]
) -> int:
    written = 0
    for seq, outcome in outcomes:
        u = outcome.usage if isinstance(outcome, Verdict) else Usage()
        decision = outcome.decision.value if isinstance(outcome, Verdict) else "error"
        cur = db.execute(
            "UPDATE items SET outcome = ?, decision = ?, request_id = NULL, input_tokens = ?, "
            "cache_read_input_tokens = ?, cache_creation_input_tokens = ?, output_tokens = ?, "
            "cost_usd = ? WHERE job_id = ? AND seq = ? AND outcome IS NULL",
            (
                encode_outcome(outcome),
                decision,
                u.input_tokens,
                u.cache_read_input_tokens,
                u.cache_creation_input_tokens,
                u.output_tokens,
                u.estimated_cost_usd,
                job_id,
                seq,
            ),
        )
        written += cur.rowcount
    if written:
        db.execute("UPDATE jobs SET updated_at = ? WHERE id = ?", (time.time(), job_id))
    return written


def _job(db: sqlite3.Connection, job_id: str) -> Job | None:
    row = db.execute(
        "SELECT id, policy_id, backend, state, item_count, created_at, updated_at, started_at, "
        "ended_at FROM jobs WHERE id = ?",
        (job_id,),
    ).fetchone()
    if row is None:
        return None
    tally = dict.fromkeys(("allow", "review", "block", "error"), 0)
    pending = 0
    for decision, n in db.execute(
        "SELECT decision, COUNT(*) FROM items WHERE job_id = ? GROUP BY decision", (job_id,)
    ):
        if decision is None:
            pending = n
        else:
            tally[decision] = n
    sums = db.execute(
        "SELECT TOTAL(input_tokens), TOTAL(cache_read_input_tokens), "
        "TOTAL(cache_creation_input_tokens), TOTAL(output_tokens), TOTAL(cost_usd) "
        "FROM items WHERE job_id = ?",
        (job_id,),
    ).fetchone()
    return Job(
        id=row[0],
        policy_id=row[1],
        backend=row[2],
        state=JobState(row[3]),
        item_count=row[4],
        created_at=row[5],
        updated_at=row[6],
        started_at=row[7],
        ended_at=row[8],
        counts=JobCounts(pending, tally["allow"], tally["review"], tally["block"], tally["error"]),
        usage=Usage(*sums),
    )


def encode_outcome(outcome: Outcome) -> str:
    kind = "verdict" if isinstance(outcome, Verdict) else "error"
    return json.dumps({"kind": kind, **asdict(outcome)}, separators=(",", ":"))


def decode_outcome(raw: str) -> Outcome:
    doc = json.loads(raw)
    if doc.pop("kind") == "error":
        return ItemError(doc["item_id"], ErrorCode(doc["code"]), doc["message"], doc["field"])
    return Verdict(
        item_id=doc["item_id"],
        decision=Decision(doc["decision"]),
        flagged=doc["flagged"],
        categories=tuple(
            CategoryResult(c["category"], c["flagged"], Severity(c["severity"]), c["score"])
            for c in doc["categories"]
        ),
        rationale=doc["rationale"],
        policy_id=doc["policy_id"],
        policy_version=doc["policy_version"],
        model=doc["model"],
        source=Source(doc["source"]),
        usage=Usage(**doc["usage"]),
    )
