"""Durable records shared by replicas, with one version counter every change bumps.

Blocklists (`moderation.blocklists`) and RPC promotions of shadow policies
(`moderation.promotions`) are both small sets of documents that any replica may
change and every replica must follow within seconds. Both live here: in memory
(this process only), in a SQLite file in the data directory (WAL: a committed
change survives a crash), or in Redis shared by replicas. A collection is keyed
by (owner, id), stored as JSON by its `Codec`, and has a version counter bumped
with every change in the same transaction; a replica polls the counter at most
once a second (`Changes`) and reloads the collection only when it moved.

A second collection opens `beside` the first on the same SQLite connection or
Redis client, with a counter of its own.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

R = TypeVar("R")
S = TypeVar("S")
CHECK_SECONDS = 1.0


class Codec(Protocol[R]):
    """How a collection's records are stored: JSON text, and the revision stamped on write."""

    def encode(self, record: R) -> str: ...

    def decode(self, doc: str) -> R: ...

    def stamped(self, record: R, revision: int) -> R: ...


# `change` gets the stored record (None: absent) and returns what to store (None: delete it);
# returning the very record it was given leaves the collection and its counter as they were.
Change = Callable[[R | None], R | None]


class VersionedStore(Protocol[R]):
    """A collection of records by (owner, id) and the version counter every change bumps."""

    async def version(self) -> int: ...

    async def load(self) -> tuple[int, list[R]]: ...

    async def update(self, owner: str, record_id: str, change: Change[R]) -> R | None:
        """Apply `change` to the stored record atomically; its result is stored with the next
        revision. Returns what is stored."""
        ...

    def beside(self, name: str, codec: Codec[S]) -> VersionedStore[S]:
        """Another collection in the same store (same connection), with its own counter."""
        ...

    async def close(self) -> None: ...


class MemoryStore(Generic[R]):
    """This process only: lost on restart."""

    def __init__(self, codec: Codec[R]) -> None:
        self._codec = codec
        self._records: dict[tuple[str, str], R] = {}
        self._version = 0

    async def version(self) -> int:
        return self._version

    async def load(self) -> tuple[int, list[R]]:
        return self._version, list(self._records.values())

    async def update(self, owner: str, record_id: str, change: Change[R]) -> R | None:
        key = (owner, record_id)
        old = self._records.get(key)
        new = change(old)
        if new is old:
            return old
        self._version += 1
        if new is None:
            self._records.pop(key, None)
            return None
        new = self._codec.stamped(new, self._version)
        self._records[key] = new
        return new

    def beside(self, name: str, codec: Codec[S]) -> VersionedStore[S]:
        return MemoryStore(codec)

    async def close(self) -> None:
        return None


class SqliteFile:
    """One SQLite connection, shared by the collections in the file, used under one lock."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER)")
        self._lock = threading.Lock()

    async def run(self, call: Callable[[], Any]) -> Any:
        def locked() -> Any:
            with self._lock:
                return call()

        return await asyncio.to_thread(locked)


class SqliteStore(Generic[R]):
    """A table of (owner, id, doc) and a counter row in `meta`, changed in one transaction."""

    def __init__(
        self, file: SqliteFile, table: str, counter: str, codec: Codec[R], owns: bool = True
    ) -> None:
        self._file, self._table, self._counter, self._codec = file, table, counter, codec
        self._owns = owns
        # The column is named for the first collection's owners (blocklists: the tenant).
        file.db.execute(
            f"CREATE TABLE IF NOT EXISTS {table} "
            "(tenant TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (tenant, id))"
        )
        file.db.execute("INSERT OR IGNORE INTO meta VALUES (?, 0)", (counter,))

    def _version(self) -> int:
        row = self._file.db.execute(
            "SELECT value FROM meta WHERE key = ?", (self._counter,)
        ).fetchone()
        return int(row[0])

    async def version(self) -> int:
        return int(await self._file.run(self._version))

    async def load(self) -> tuple[int, list[R]]:
        def read() -> tuple[int, list[R]]:
            rows = self._file.db.execute(f"SELECT doc FROM {self._table}").fetchall()
            return self._version(), [self._codec.decode(r[0]) for r in rows]

        loaded: tuple[int, list[R]] = await self._file.run(read)
        return loaded

    async def update(self, owner: str, record_id: str, change: Change[R]) -> R | None:
        def write() -> R | None:
            db = self._file.db
            db.execute("BEGIN IMMEDIATE")
            try:
                row = db.execute(
                    f"SELECT doc FROM {self._table} WHERE tenant = ? AND id = ?",
                    (owner, record_id),
                ).fetchone()
                old = self._codec.decode(row[0]) if row else None
                new = change(old)
                if new is old:
                    db.execute("COMMIT")
                    return old
                version = self._version() + 1
                db.execute("UPDATE meta SET value = ? WHERE key = ?", (version, self._counter))
                if new is None:
                    db.execute(
                        f"DELETE FROM {self._table} WHERE tenant = ? AND id = ?",
                        (owner, record_id),
                    )
                else:
                    new = self._codec.stamped(new, version)
                    db.execute(
                        f"INSERT OR REPLACE INTO {self._table} VALUES (?, ?, ?)",
                        (owner, record_id, self._codec.encode(new)),
                    )
                db.execute("COMMIT")
                return new
            except BaseException:
                db.execute("ROLLBACK")
                raise

        stored: R | None = await self._file.run(write)
        return stored

    def beside(self, name: str, codec: Codec[S]) -> VersionedStore[S]:
        return SqliteStore(self._file, name, name, codec, owns=False)

    async def close(self) -> None:
        if self._owns:
            await self._file.run(self._file.db.close)


class RedisStore(Generic[R]):
    """Shared by every replica: one hash of records and a version counter, changed together
    in a WATCH/MULTI transaction."""

    def __init__(
        self, redis: Any, records_key: str, version_key: str, codec: Codec[R], owns: bool = True
    ) -> None:
        self._redis, self._records, self._version_key = redis, records_key, version_key
        self._codec, self._owns = codec, owns

    async def version(self) -> int:
        raw = await self._redis.get(self._version_key)
        return int(raw or 0)

    async def load(self) -> tuple[int, list[R]]:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.get(self._version_key)
            pipe.hvals(self._records)
            raw_version, docs = await pipe.execute()
        return int(raw_version or 0), [self._codec.decode(d.decode("utf-8")) for d in docs]

    async def update(self, owner: str, record_id: str, change: Change[R]) -> R | None:
        from redis.exceptions import WatchError

        field_name = f"{owner}/{record_id}"
        while True:
            async with self._redis.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(self._records, self._version_key)
                    raw = await pipe.hget(self._records, field_name)
                    version = int(await pipe.get(self._version_key) or 0) + 1
                    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                    old = self._codec.decode(text) if text else None
                    new = change(old)
                    if new is old:
                        return old
                    pipe.multi()
                    pipe.set(self._version_key, version)
                    if new is None:
                        pipe.hdel(self._records, field_name)
                    else:
                        new = self._codec.stamped(new, version)
                        pipe.hset(self._records, field_name, self._codec.encode(new))
                    await pipe.execute()
                    return new
                except WatchError:
                    continue

    def beside(self, name: str, codec: Codec[S]) -> VersionedStore[S]:
        key = f"moderation:{name}"
        return RedisStore(self._redis, key, f"{key}:version", codec, owns=False)

    async def close(self) -> None:
        if self._owns:
            await self._redis.aclose()


class Changes(Generic[R]):
    """A collection's records when its version moved: polled at most once per
    `check_seconds` (or at once when forced), reloaded only on a new version."""

    def __init__(
        self,
        store: VersionedStore[R],
        check_seconds: float = CHECK_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self._check_seconds = check_seconds
        self._clock = clock
        self._checked = -float("inf")
        self.version = -1
        self._polling: asyncio.Lock | None = None

    def due(self) -> bool:
        return self._clock() - self._checked >= self._check_seconds

    async def poll(self, force: bool = False) -> list[R] | None:
        """The records, when the version moved since the last poll; None when it did not (or
        no poll was due). A store that cannot be read raises; the next poll tries again."""
        now = self._clock()
        if not force and now - self._checked < self._check_seconds:
            return None
        if self._polling is None:
            self._polling = asyncio.Lock()
        async with self._polling:
            if not force and now - self._checked < self._check_seconds:
                return None
            self._checked = now
            if await self.store.version() == self.version:
                return None
            version, records = await self.store.load()
            self.version = version
            return records
