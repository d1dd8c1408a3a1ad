"""The job store in SQLite: a file in the data directory, or memory.

Why SQLite: jobs must survive a `kill -9` with no server to run beside the
service; WAL mode makes each committed transaction durable against a crashed
process. Every change that must happen together (a batch's outcomes, the
items it sends back for another try, the batch marked collected) is one
transaction, so a restart finds either all of it or none (the rules are in
`moderation.jobs.store`).

One process at a time: the store takes an exclusive lock on its directory, so
a second server pointed at the same directory is refused (`StoreBusy`) rather
than running the same jobs twice, and every lease is granted.

Calls run in a worker thread (`asyncio.to_thread`) behind one lock: the event
loop never waits on the disk.

Deleted content does not linger: `secure_delete` overwrites what a deletion
frees, and the file is kept in incremental auto-vacuum, so a deleted or
expired job gives its pages back to the file system (a store written before
this, in no auto-vacuum, is converted once, by a VACUUM at start-up).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from moderation.domain import ErrorCode, Item, ItemError, Outcome, Usage
from moderation.jobs.model import (
    Job,
    JobCounts,
    JobEnded,
    JobNotFound,
    JobState,
    StoreQuota,
    TenantJobsFull,
)
from moderation.jobs.store import (
    BatchRow,
    BatchState,
    OpenItem,
    RequestIds,
    StoreKind,
    decode_outcome,
    encode_outcome,
    item_from_row,
    item_row,
    items_bytes,
    outcome_decision,
    outcome_usage,
)
from moderation.tenants import DEFAULT_TENANT_ID

T = TypeVar("T")
DB_FILE = "jobs.sqlite3"
LOCK_FILE = "jobs.lock"

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
    ended_at REAL,
    owner TEXT NOT NULL DEFAULT 'default',
    bytes INTEGER NOT NULL DEFAULT 0,
    -- Counts by outcome and summed usage, kept as outcomes are written: GetJob reads
    -- these, never a scan of the job's items.
    n_allow INTEGER NOT NULL DEFAULT 0,
    n_review INTEGER NOT NULL DEFAULT 0,
    n_block INTEGER NOT NULL DEFAULT 0,
    n_error INTEGER NOT NULL DEFAULT 0,
    u_input REAL NOT NULL DEFAULT 0,
    u_cache_read REAL NOT NULL DEFAULT 0,
    u_cache_creation REAL NOT NULL DEFAULT 0,
    u_output REAL NOT NULL DEFAULT 0,
    u_cost REAL NOT NULL DEFAULT 0
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
    created_at REAL NOT NULL,
    owner TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS requests (
    custom_id TEXT PRIMARY KEY,
    batch_key TEXT NOT NULL,
    job_id TEXT NOT NULL,
    ids TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS upstream_deletions (
    upstream_id TEXT PRIMARY KEY,
    since REAL NOT NULL
);
"""


class StoreBusy(RuntimeError):
    """Another live process holds the store's directory."""


class SqliteJobStore:
    """The `JobStore` of one process: a SQLite file in `data_dir`, or memory."""

    def __init__(self, data_dir: Path | None) -> None:
        """`data_dir` None keeps jobs in memory: they work, but a restart forgets them.

        Raises OSError or sqlite3.Error when the directory cannot be used, and
        StoreBusy when another process holds it.
        """
        target = ":memory:"
        self._lock_fd: int | None = None
        if data_dir is not None:
            data_dir.mkdir(parents=True, exist_ok=True)
            self._lock_fd = _lock_dir(data_dir)
            target = str(data_dir / DB_FILE)
        self.path = target
        try:
            self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
            # Before the first table: only a new file takes it without a VACUUM.
            self._db.execute("PRAGMA auto_vacuum=INCREMENTAL")
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # durable against a killed process
            self._db.execute("PRAGMA secure_delete=ON")  # deleted content is overwritten
            self._db.executescript(_SCHEMA)
            _migrate(self._db)
        except BaseException:
            self._unlock()
            raise
        self._lock = threading.Lock()

    @property
    def kind(self) -> StoreKind:
        return StoreKind.MEMORY if self.path == ":memory:" else StoreKind.SQLITE

    @property
    def location(self) -> str:
        return "memory" if self.path == ":memory:" else self.path

    @property
    def exclusive(self) -> bool:
        return True

    def unreachable(self, exc: BaseException) -> bool:
        """A full disk, a lost volume or a lock held too long: the next try may work."""
        transient = ("locked", "busy", "disk i/o", "unable to open", "full")
        return isinstance(exc, sqlite3.OperationalError) and any(
            word in str(exc).lower() for word in transient
        )

    async def close(self) -> None:
        await self._run(lambda db: db.close())
        self._unlock()

    async def prepare(self) -> None:
        return None  # migrated when opened: one process holds the file

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing the descriptor releases the lock
            self._lock_fd = None

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
        self,
        job_id: str,
        policy_id: str,
        backend: str,
        items: Sequence[Item],
        state: JobState,
        owner: str = DEFAULT_TENANT_ID,
        quota: StoreQuota | None = None,
    ) -> None:
        now = time.time()
        size = items_bytes(items)

        def create(db: sqlite3.Connection) -> None:
            _check_quota(db, owner, len(items), size, quota)
            db.execute(
                "INSERT INTO jobs (id, policy_id, backend, state, item_count, created_at, "
                "updated_at, owner, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (job_id, policy_id, backend, state.value, len(items), now, now, owner, size),
            )
            _insert_items(db, job_id, 0, items)

        await self._tx(create)

    async def add_items(
        self, job_id: str, first_seq: int, items: Sequence[Item], quota: StoreQuota | None = None
    ) -> None:
        """More items of an upload (state UPLOADING)."""
        size = items_bytes(items)

        def add(db: sqlite3.Connection) -> None:
            row = db.execute("SELECT owner FROM jobs WHERE id = ?", (job_id,)).fetchone()
            if row is None:
                raise JobNotFound(job_id)
            _check_quota(db, row[0], len(items), size, quota)
            _insert_items(db, job_id, first_seq, items)
            db.execute(
                "UPDATE jobs SET item_count = item_count + ?, bytes = bytes + ? WHERE id = ?",
                (len(items), size, job_id),
            )

        await self._tx(add)

    async def tenant_usage(self, owner: str) -> tuple[int, int]:
        return await self._run(lambda db: _usage(db, owner))

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
        await self.delete_job(job_id)

    async def delete_job(self, job_id: str) -> bool:
        now = time.time()

        def delete(db: sqlite3.Connection) -> bool:
            if db.execute("SELECT 1 FROM jobs WHERE id = ?", (job_id,)).fetchone() is None:
                return False
            db.execute(
                "INSERT OR IGNORE INTO upstream_deletions (upstream_id, since) "
                "SELECT upstream_id, ? FROM batches WHERE job_id = ? AND upstream_id != ''",
                (now, job_id),
            )
            for table, column in (("requests", "job_id"), ("batches", "job_id")):
                db.execute(f"DELETE FROM {table} WHERE {column} = ?", (job_id,))
            db.execute("DELETE FROM items WHERE job_id = ?", (job_id,))
            db.execute("DELETE FROM jobs WHERE id = ?", (job_id,))
            return True

        deleted = await self._tx(delete)
        if deleted:
            await self._run(_shrink)
        return deleted

    async def expired_jobs(self, ended_before: float, limit: int) -> list[str]:
        return await self._run(
            lambda db: [
                r[0]
                for r in db.execute(
                    "SELECT id FROM jobs WHERE state IN ('succeeded', 'cancelled') "
                    "AND ended_at < ? ORDER BY ended_at LIMIT ?",
                    (ended_before, limit),
                )
            ]
        )

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

    async def list_jobs(
        self, limit: int, after: tuple[float, str] | None, owner: str | None = None
    ) -> list[Job]:
        """Newest first; `after` is the (created_at, id) of the last job of the previous page."""
        where = "state != 'uploading'"
        args: list[Any] = []
        if owner is not None:
            where += " AND owner = ?"
            args.append(owner)
        if after is not None:
            where += " AND (created_at < ? OR (created_at = ? AND id < ?))"
            args += [after[0], after[0], after[1]]

        def page(db: sqlite3.Connection) -> list[Job]:
            rows = db.execute(
                f"SELECT id FROM jobs WHERE {where} ORDER BY created_at DESC, id DESC LIMIT ?",
                (*args, limit),
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
                raise JobEnded(job_id, row[0])
            open_rows = db.execute(
                "SELECT seq, item_id FROM items WHERE job_id = ? AND outcome IS NULL", (job_id,)
            ).fetchall()
            _write_outcomes(
                db,
                job_id,
                [(seq, ItemError(iid, ErrorCode.CANCELLED, reason)) for seq, iid in open_rows],
            )
            db.execute(
                "UPDATE jobs SET state = 'cancelled', updated_at = ?, ended_at = ?, bytes = 0 "
                "WHERE id = ?",
                (now, now, job_id),
            )
            db.execute(
                "UPDATE items SET body = x'', context = '' WHERE job_id = ?",
                (job_id,),
            )

        await self._tx(cancel)
        return await self.get_job(job_id)

    # --- items and outcomes --------------------------------------------

    async def open_items(self, job_id: str, limit: int, unassigned: bool = True) -> list[OpenItem]:
        where = "AND request_id IS NULL" if unassigned else ""

        def rows(db: sqlite3.Connection) -> list[OpenItem]:
            cur = db.execute(
                "SELECT seq, item_id, kind, body, media_type, context, attempts, cap FROM items "
                f"WHERE job_id = ? AND outcome IS NULL {where} ORDER BY seq LIMIT ?",
                (job_id, limit),
            )
            return [(r[0], item_from_row(r[1:6]), r[6], r[7]) for r in cur]

        return await self._run(rows)

    async def items_at(self, job_id: str, seqs: Sequence[int]) -> dict[int, Item]:
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
                    out[r[0]] = item_from_row(r[1:6])
            return out

        return await self._run(rows)

    async def record_outcomes(self, job_id: str, outcomes: Sequence[tuple[int, Outcome]]) -> int:
        return await self._tx(lambda db: _write_outcomes(db, job_id, outcomes))

    async def results(self, job_id: str, after_seq: int, limit: int) -> list[tuple[int, Outcome]]:

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
        self,
        key: str,
        job_id: str,
        requests: Sequence[tuple[str, RequestIds]],
        owner: str = "",
    ) -> bool:
        now = time.time()

        def add(db: sqlite3.Connection) -> bool:
            db.execute(
                "INSERT INTO batches (key, job_id, state, request_count, created_at, owner) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (key, job_id, BatchState.PREPARING, len(requests), now, owner),
            )
            for custom_id, ids in requests:
                db.execute(
                    "INSERT INTO requests (custom_id, batch_key, job_id, ids) VALUES (?, ?, ?, ?)",
                    (custom_id, key, job_id, json.dumps(ids)),
                )
                for seq, _ in ids.values():
                    cur = db.execute(
                        "UPDATE items SET request_id = ? WHERE job_id = ? AND seq = ? "
                        "AND request_id IS NULL AND outcome IS NULL",
                        (custom_id, job_id, seq),
                    )
                    if cur.rowcount != 1:
                        raise _Taken
            return True

        try:
            return await self._tx(add)
        except _Taken:
            return False

    async def batch_submitted(self, key: str, upstream_id: str) -> bool:
        cur = await self._run(
            lambda db: db.execute(
                "UPDATE batches SET upstream_id = ?, state = ? WHERE key = ? AND state = ?",
                (upstream_id, BatchState.SUBMITTED, key, BatchState.PREPARING),
            )
        )
        return cur.rowcount == 1

    async def batches(self, job_id: str | None, states: Sequence[str]) -> list[BatchRow]:
        marks = ",".join("?" * len(states))
        cond = "AND job_id = ?" if job_id is not None else ""
        args: tuple[Any, ...] = (*states, job_id) if job_id is not None else tuple(states)

        def rows(db: sqlite3.Connection) -> list[BatchRow]:
            cur = db.execute(
                "SELECT key, job_id, COALESCE(upstream_id, ''), state, request_count, created_at, "
                f"owner FROM batches WHERE state IN ({marks}) {cond} ORDER BY created_at",
                args,
            )
            return [BatchRow(*r) for r in cur]

        return await self._run(rows)

    async def upstream_ids(self) -> set[str]:
        return await self._run(
            lambda db: {
                r[0]
                for r in db.execute(
                    "SELECT upstream_id FROM batches WHERE upstream_id != '' "
                    "UNION SELECT upstream_id FROM upstream_deletions"
                )
            }
        )

    async def delete_upstream_later(self, upstream_ids: Sequence[str]) -> None:
        now = time.time()
        await self._run(
            lambda db: db.executemany(
                "INSERT OR IGNORE INTO upstream_deletions (upstream_id, since) VALUES (?, ?)",
                [(u, now) for u in upstream_ids],
            )
        )

    async def upstream_to_delete(self, limit: int) -> list[str]:
        return await self._run(
            lambda db: [
                r[0]
                for r in db.execute(
                    "SELECT upstream_id FROM upstream_deletions ORDER BY since LIMIT ?", (limit,)
                )
            ]
        )

    async def upstream_deleted(self, upstream_id: str) -> None:
        await self._run(
            lambda db: db.execute(
                "DELETE FROM upstream_deletions WHERE upstream_id = ?", (upstream_id,)
            )
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
    ) -> bool:
        def collect(db: sqlite3.Connection) -> bool:
            cur = db.execute(
                "UPDATE batches SET state = ? WHERE key = ? AND state != ?",
                (BatchState.COLLECTED, key, BatchState.COLLECTED),
            )
            if cur.rowcount != 1:
                return False
            _write_outcomes(db, job_id, outcomes)
            db.executemany(
                "UPDATE items SET request_id = NULL, attempts = attempts + 1, cap = ? "
                "WHERE job_id = ? AND seq = ? AND outcome IS NULL",
                [(cap, job_id, seq) for seq, cap in retry],
            )
            return True

        return await self._tx(collect)

    async def release_batch(self, key: str) -> None:

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

    # --- leases: one process holds the directory, so every claim is its own -------

    async def claim(self, job_id: str, owner: str, seconds: float) -> bool:
        return True

    async def release(self, job_id: str, owner: str) -> None:
        return None


class _Taken(Exception):
    """An item of a new batch is already carried or answered: the batch is not written."""


def _lock_dir(data_dir: Path) -> int:
    """An exclusive lock on the directory, held while the descriptor stays open."""
    fd = os.open(data_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(fd, 32).decode(errors="replace").strip() or "another process"
        os.close(fd)
        raise StoreBusy(f"{data_dir} is in use by {holder}") from None
    except BaseException:
        os.close(fd)
        raise
    os.ftruncate(fd, 0)
    os.write(fd, f"pid {os.getpid()}".encode())
    return fd


_COUNTERS = (
    ("n_allow", "INTEGER"),
    ("n_review", "INTEGER"),
    ("n_block", "INTEGER"),
    ("n_error", "INTEGER"),
    ("u_input", "REAL"),
    ("u_cache_read", "REAL"),
    ("u_cache_creation", "REAL"),
    ("u_output", "REAL"),
    ("u_cost", "REAL"),
)


def _migrate(db: sqlite3.Connection) -> None:
    """Columns added since a store was first written."""
    columns = {r[1] for r in db.execute("PRAGMA table_info(batches)")}
    if "owner" not in columns:
        with contextlib.suppress(sqlite3.OperationalError):  # a concurrent migration won
            db.execute("ALTER TABLE batches ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
    columns = {r[1] for r in db.execute("PRAGMA table_info(jobs)")}
    if "owner" not in columns:  # jobs from before tenants belong to the default tenant
        with contextlib.suppress(sqlite3.OperationalError):
            db.execute("ALTER TABLE jobs ADD COLUMN owner TEXT NOT NULL DEFAULT 'default'")
    if "bytes" not in columns:
        with contextlib.suppress(sqlite3.OperationalError):
            db.execute("ALTER TABLE jobs ADD COLUMN bytes INTEGER NOT NULL DEFAULT 0")
        db.execute("BEGIN IMMEDIATE")
        # A cancelled job's content is never judged now: dropped, as a cancel does today.
        db.execute(
            "UPDATE items SET body = x'', context = '' WHERE job_id IN "
            "(SELECT id FROM jobs WHERE state = 'cancelled')"
        )
        db.execute(
            "UPDATE jobs SET bytes = (SELECT TOTAL(length(body) + length(CAST(context AS BLOB))) "
            "FROM items WHERE items.job_id = jobs.id)"
        )
        db.execute("COMMIT")
    if "n_allow" not in columns:  # counters kept since: counted once from the items
        with contextlib.suppress(sqlite3.OperationalError):
            for name, kind in _COUNTERS:
                db.execute(f"ALTER TABLE jobs ADD COLUMN {name} {kind} NOT NULL DEFAULT 0")
        db.execute("BEGIN IMMEDIATE")
        db.execute(
            "UPDATE jobs SET "
            + ", ".join(
                f"n_{d} = (SELECT COUNT(*) FROM items WHERE items.job_id = jobs.id "
                f"AND decision = '{d}')"
                for d in _DECISIONS
            )
            + ", u_input = (SELECT TOTAL(input_tokens) FROM items WHERE job_id = jobs.id)"
            ", u_cache_read = (SELECT TOTAL(cache_read_input_tokens) FROM items "
            "WHERE job_id = jobs.id)"
            ", u_cache_creation = (SELECT TOTAL(cache_creation_input_tokens) FROM items "
            "WHERE job_id = jobs.id)"
            ", u_output = (SELECT TOTAL(output_tokens) FROM items WHERE job_id = jobs.id)"
            ", u_cost = (SELECT TOTAL(cost_usd) FROM items WHERE job_id = jobs.id)"
        )
        db.execute("COMMIT")
    db.execute("CREATE INDEX IF NOT EXISTS jobs_by_owner ON jobs (owner, created_at DESC, id DESC)")
    db.execute(
        "CREATE INDEX IF NOT EXISTS jobs_by_end ON jobs (ended_at) "
        "WHERE state IN ('succeeded', 'cancelled')"
    )
    if db.execute("PRAGMA auto_vacuum").fetchone()[0] == 0:
        # Written before deleted jobs gave space back: converted once (rewrites the file).
        db.execute("PRAGMA auto_vacuum=INCREMENTAL")
        db.execute("VACUUM")


def _shrink(db: sqlite3.Connection) -> None:
    """Give the pages a deletion freed back to the file system (file and WAL)."""
    # Through executescript: stepped to its end (one `execute` step frees a single page).
    db.executescript("PRAGMA incremental_vacuum;")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _usage(db: sqlite3.Connection, owner: str) -> tuple[int, int]:
    items, size = db.execute(
        "SELECT TOTAL(item_count), TOTAL(bytes) FROM jobs WHERE owner = ?", (owner,)
    ).fetchone()
    return int(items), int(size)


def _check_quota(
    db: sqlite3.Connection, owner: str, items: int, size: int, quota: StoreQuota | None
) -> None:
    """Raises TenantJobsFull when `items` and `size` more would pass the owner's quota."""
    if quota is None or (quota.items is None and quota.bytes is None):
        return
    used_items, used_bytes = _usage(db, owner)
    if quota.items is not None and used_items + items > quota.items:
        raise TenantJobsFull(owner, "items", used_items, items, quota.items)
    if quota.bytes is not None and used_bytes + size > quota.bytes:
        raise TenantJobsFull(owner, "bytes", used_bytes, size, quota.bytes)


# --- rows <-> domain ------------------------------------------------------


def _insert_items(
    db: sqlite3.Connection, job_id: str, first_seq: int, items: Sequence[Item]
) -> None:
    db.executemany(
        "INSERT INTO items (job_id, seq, item_id, kind, body, media_type, context) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(job_id, first_seq + n, *item_row(item)) for n, item in enumerate(items)],
    )


def _write_outcomes(
    db: sqlite3.Connection, job_id: str, outcomes: Sequence[tuple[int, Outcome]]
) -> int:
    """Outcomes of items that have none yet, and the job's counters by what was written."""
    written = 0
    counts = dict.fromkeys(_DECISIONS, 0)
    usage = [0.0] * 5
    for seq, outcome in outcomes:
        u = outcome_usage(outcome)
        decision = outcome_decision(outcome)
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
        if cur.rowcount:
            written += cur.rowcount
            counts[decision] += 1
            for n, v in enumerate(_usage_row(u)):
                usage[n] += v
    if written:
        db.execute(
            "UPDATE jobs SET updated_at = ?, n_allow = n_allow + ?, n_review = n_review + ?, "
            "n_block = n_block + ?, n_error = n_error + ?, u_input = u_input + ?, "
            "u_cache_read = u_cache_read + ?, u_cache_creation = u_cache_creation + ?, "
            "u_output = u_output + ?, u_cost = u_cost + ? WHERE id = ?",
            (time.time(), *(counts[d] for d in _DECISIONS), *usage, job_id),
        )
    return written


_DECISIONS = ("allow", "review", "block", "error")


def _usage_row(u: Usage) -> tuple[float, float, float, float, float]:
    return (
        u.input_tokens,
        u.cache_read_input_tokens,
        u.cache_creation_input_tokens,
        u.output_tokens,
        u.estimated_cost_usd,
    )


def _job(db: sqlite3.Connection, job_id: str) -> Job | None:
    """The job from its own row: its counters are kept as outcomes are written."""
    row = db.execute(
        "SELECT id, policy_id, backend, state, item_count, created_at, updated_at, started_at, "
        "ended_at, owner, bytes, n_allow, n_review, n_block, n_error, u_input, u_cache_read, "
        "u_cache_creation, u_output, u_cost FROM jobs WHERE id = ?",
        (job_id,),
    ).fetchone()
    if row is None:
        return None
    allow, review, block, error = row[11:15]
    pending = row[4] - (allow + review + block + error)
    sums = row[15:20]
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
        counts=JobCounts(pending, allow, review, block, error),
        usage=Usage(*sums),
        owner=row[9],
        bytes=row[10],
    )
