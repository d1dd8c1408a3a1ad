"""Promotions by RPC, durable and followed by every replica.

`PromoteShadowPolicy` answered on one replica is recorded in the store the
blocklists live in (`moderation.versioned`: SQLite in the data directory, Redis
shared by replicas, or memory), one record per live policy id: the promoted
content's canonical document and version, the candidate and version it came
from, the version of the live policy's file it replaced, who promoted and when.
Every replica polls the collection's counter once a second and follows the
record (`step`): it applies it (prompt cache warmed first, as on a reload; items
admitted before finish on their version) when its live policy's file still
holds the content the promotion replaced, so a restarted replica applies it at
start-up too.

The live policy's file is the operator's word, and a later one wins: a file
whose content differs from the content the promotion replaced *and* was
modified after the promotion (its mtime, following symlinks, later than the
record's time) supersedes it, and the replica that sees so clears the record.
A file that differs but is older than the promotion (a replica still on the
previous deploy's file) neither applies nor clears it; a file touched, or
swapped for the same content, changes nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from enum import StrEnum

from moderation.errors import ModerationError
from moderation.policy import (
    FileState,
    PolicyError,
    PolicyRegistry,
    Promotion,
    policy_from_document,
    promoted,
)
from moderation.versioned import CHECK_SECONDS, Changes, VersionedStore

log = logging.getLogger(__name__)

COLLECTION = "promotions"  # the store's collection beside the blocklists
OWNER = "policies"  # every record's owner key: promotions are the operator's, not a tenant's


@dataclass(frozen=True, slots=True)
class PromotionRecord:
    """A shadow candidate promoted by RPC: what every replica puts in force for `policy_id`."""

    policy_id: str
    document: str  # the promoted content, canonical (`Policy.document`)
    version: str
    candidate_id: str
    candidate_version: str
    replaced_version: str  # what the live policy's file held when promoted
    promoted_by: str  # the caller's tenant
    promoted_at: float  # wall clock, seconds since the epoch
    revision: int = 0


class _Codec:
    def encode(self, record: PromotionRecord) -> str:
        return json.dumps(asdict(record), ensure_ascii=False, sort_keys=True)

    def decode(self, doc: str) -> PromotionRecord:
        known = {f.name for f in fields(PromotionRecord)}  # a newer release's extras ignored
        return PromotionRecord(**{k: v for k, v in json.loads(doc).items() if k in known})

    def stamped(self, record: PromotionRecord, revision: int) -> PromotionRecord:
        return replace(record, revision=revision)


CODEC = _Codec()


class Step(StrEnum):
    """What a replica does with a record."""

    APPLY = "apply"  # its version goes in force here
    CURRENT = "current"  # already in force here
    SUPERSEDED = "superseded"  # the live file changed after the promotion: clear the record
    OLDER_FILE = "older_file"  # the live file differs but predates the promotion: leave both
    UNKNOWN = "unknown"  # no policy of that id here


def step(record: PromotionRecord, live_version: str | None, file: FileState | None) -> Step:
    """What to do with `record`, given the version in force here and the live file (None:
    the policy has no file, so nothing supersedes a promotion but another one)."""
    if live_version is None:
        return Step.UNKNOWN
    if file is not None and file.version != record.replaced_version:
        return Step.SUPERSEDED if file.modified_at > record.promoted_at else Step.OLDER_FILE
    if live_version == record.version:
        return Step.CURRENT
    return Step.APPLY


class PromotionNotRecorded(ModerationError):
    """The store could not record a promotion: nothing was promoted, anywhere."""


class Promotions:
    """Records promotions by RPC and keeps this replica on the recorded ones."""

    def __init__(
        self,
        registry: PolicyRegistry,
        store: VersionedStore[PromotionRecord],
        check_seconds: float = CHECK_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self._registry = registry
        self._changes = Changes(store, check_seconds, clock)
        self._check_seconds = check_seconds
        self._wall_clock = wall_clock
        self._records: dict[str, PromotionRecord] = {}
        self._told: set[tuple[int, Step]] = set()  # log a record's standing once per kind
        self._task: asyncio.Task[None] | None = None
        # One promotion or one round of following at a time: the round must not apply a
        # record this replica is still warming up for (the promotion would find its
        # candidate gone and undo the record).
        self._busy = asyncio.Lock()

    async def promote(self, candidate_id: str, expected_version: str, by: str) -> Promotion:
        """Record the promotion of a candidate, then put it in force here; the other replicas
        follow within seconds (`sync`)."""
        async with self._busy:
            return await self._promote(candidate_id, expected_version, by)

    async def _promote(self, candidate_id: str, expected_version: str, by: str) -> Promotion:
        candidate = self._registry.candidate(candidate_id, expected_version)
        live_id = candidate.shadow_of
        file = self._registry.file_of(live_id)
        live = promoted(candidate)
        record = PromotionRecord(
            policy_id=live_id,
            document=live.document,
            version=live.version,
            candidate_id=candidate.id,
            candidate_version=candidate.version,
            replaced_version=file.version if file else self._registry.version_of(live_id) or "",
            promoted_by=by,
            promoted_at=self._wall_clock(),
        )
        try:
            stored = await self.store.update(OWNER, live_id, lambda _old: record)
        except Exception as exc:
            raise PromotionNotRecorded(f"the promotion could not be recorded: {exc}") from exc
        try:
            promotion = await self._registry.promote(candidate_id, expected_version)
        except Exception:
            if stored is not None:
                await self._clear(stored)
            raise
        return promotion

    async def start(self) -> None:
        """Follow the recorded promotions now (before the server takes traffic), then every
        `check_seconds`."""
        await self.sync(force=True)
        self._task = asyncio.create_task(self._follow(), name="policy-promotions")

    async def _follow(self) -> None:
        while True:
            await asyncio.sleep(self._check_seconds)
            try:
                await self.sync()
            except Exception:  # never let one bad round end the loop
                log.exception("policy promotions not followed this round")

    async def sync(self, force: bool = False) -> None:
        """Read the records when their counter moved, and follow each."""
        async with self._busy:
            await self._sync(force)

    async def _sync(self, force: bool) -> None:
        try:
            records = await self._changes.poll(force)
        except Exception as exc:
            log.warning("policy promotions not read, the last ones stay in force: %s", exc)
            records = None
        if records is not None:
            self._records = {r.policy_id: r for r in records}
        for record in list(self._records.values()):
            await self._follow_one(record)

    async def _follow_one(self, record: PromotionRecord) -> None:
        live_version = self._registry.version_of(record.policy_id)
        file = self._registry.file_of(record.policy_id)
        what = step(record, live_version, file)
        if what is Step.APPLY:
            try:
                live = policy_from_document(record.document, f"promotion of {record.policy_id}")
            except PolicyError as exc:  # written by a release with other rules
                self._tell(record, Step.UNKNOWN, "policy promotion not applied: %s", exc)
                return
            previous = await self._registry.adopt(
                live, record.candidate_id, record.candidate_version
            )
            if previous is not None:
                log.info(
                    "policy %s promoted by rpc (by %s at %s, recorded in the store): shadow "
                    "candidate %s (version %s) is now its version %s here (was %s)",
                    record.policy_id,
                    record.promoted_by,
                    _when(record.promoted_at),
                    record.candidate_id,
                    record.candidate_version,
                    live.version,
                    previous.version,
                )
        elif what is Step.SUPERSEDED and file is not None:
            await self._clear(record)
            log.info(
                "policy %s: its file (version %s, modified %s) supersedes the promotion by rpc "
                "of %s to version %s (at %s); record cleared",
                record.policy_id,
                file.version,
                _when(file.modified_at),
                record.candidate_id,
                record.version,
                _when(record.promoted_at),
            )
        elif what is Step.OLDER_FILE and file is not None:
            self._tell(
                record,
                what,
                "policy %s: promotion by rpc to version %s not applied here: this replica's "
                "file holds version %s, not the %s it replaced, and predates it",
                record.policy_id,
                record.version,
                file.version,
                record.replaced_version,
            )

    def _tell(self, record: PromotionRecord, what: Step, message: str, *args: object) -> None:
        if (record.revision, what) not in self._told:
            self._told.add((record.revision, what))
            log.warning(message, *args)

    async def _clear(self, record: PromotionRecord) -> None:
        """Delete the record if it is still this one (a newer promotion stays)."""

        def clear(old: PromotionRecord | None) -> PromotionRecord | None:
            return None if old is not None and old.revision == record.revision else old

        try:
            await self.store.update(OWNER, record.policy_id, clear)
        except Exception as exc:
            log.warning("policy %s: promotion record not cleared: %s", record.policy_id, exc)
            return
        self._records.pop(record.policy_id, None)  # the next poll reads what stays

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.store.close()


def _when(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")
