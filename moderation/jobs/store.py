"""The job store: one interface, kept by SQLite (`store_sqlite`) or Redis (`store_redis`).

Both keep the same rules, which is what lets a restarted or another replica
pick a job up where it stopped:

- an item's outcome is written only where it has none yet, so each item is
  answered exactly once, whatever is replayed;
- a batch's items are claimed for it in one step that fails if any of them is
  already carried by another batch or answered, so the same work is never put
  in two batches;
- a batch's outcomes, the items it sends back for another try and its
  "collected" mark are written together, once: collecting a batch twice (a
  replica that lost its lease, a replay after a crash) changes nothing.

Only one process runs a job at a time: it holds the job's lease (`claim`),
renewed every round. A store used by one process alone (`exclusive`: SQLite,
which locks its directory) grants every claim.

Every job has an owner (the tenant that created it); jobs stored before
tenants existed belong to `default`. What a tenant's jobs hold in all (items,
and bytes of content) is checked against its `StoreQuota` in the same step
that writes them, so two concurrent uploads cannot both squeeze past it.
Deleting a job removes it whole; the upstream batches it had are remembered
until they are deleted upstream too.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any, Protocol

from moderation.domain import (
    CategoryResult,
    Decision,
    ErrorCode,
    Evidence,
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
from moderation.jobs.model import Job, JobState, StoreQuota
from moderation.tenants import DEFAULT_TENANT_ID

RequestIds = dict[str, tuple[int, str]]
"""One upstream request's items: batch-local id -> (seq in the job, the caller's item id)."""
OpenItem = tuple[int, Item, int, int | None]
"""(seq, item, attempts so far, request size cap) of an item without an outcome."""


class StoreKind(StrEnum):
    """Where jobs live (MODERATION_JOBS_STORE)."""

    SQLITE = "sqlite"  # a file in the data directory: survives restarts of this replica
    REDIS = "redis"  # MODERATION_REDIS_URL: shared by every replica
    MEMORY = "memory"  # this process only: lost on restart


class BatchState:
    """A Message Batch's life in the store (plain strings: they are stored)."""

    PREPARING = "preparing"  # recorded before the create call: maybe submitted, maybe not
    SUBMITTED = "submitted"  # the upstream id is known; poll it
    COLLECTED = "collected"  # its results are applied (or its job was cancelled)


@dataclass(frozen=True, slots=True)
class BatchRow:
    """An upstream batch as the store keeps it."""

    key: str
    job_id: str
    upstream_id: str
    state: str
    request_count: int
    created_at: float  # wall clock, written before the create call
    owner: str = ""  # the runner that wrote it


class JobStore(Protocol):
    """Jobs, their items and outcomes, the upstream batches carrying them, and leases."""

    @property
    def kind(self) -> StoreKind: ...

    @property
    def location(self) -> str:
        """Where the jobs are, for the start-up log line."""
        ...

    @property
    def exclusive(self) -> bool:
        """True when no other process can use the same jobs (every claim is granted)."""
        ...

    async def close(self) -> None: ...

    def unreachable(self, exc: BaseException) -> bool:
        """True when `exc` says the store cannot be reached now (try again later)."""
        ...

    # --- jobs ---

    async def prepare(self) -> None:
        """Bring jobs stored by an earlier version up to date (owners, sizes); idempotent."""
        ...

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
        """Raises TenantJobsFull, writing nothing, when the owner's jobs would pass `quota`."""
        ...

    async def add_items(
        self, job_id: str, first_seq: int, items: Sequence[Item], quota: StoreQuota | None = None
    ) -> None:
        """More items of an upload (state UPLOADING); TenantJobsFull as `create_job`."""
        ...

    async def tenant_usage(self, owner: str) -> tuple[int, int]:
        """(items, bytes of content) the owner's stored jobs hold, uploads included."""
        ...

    async def has_item_ids(self, job_id: str, ids: Iterable[str]) -> set[str]:
        """Which of `ids` the job already holds (duplicates across upload messages)."""
        ...

    async def set_state(self, job_id: str, state: JobState) -> None: ...

    async def drop_job(self, job_id: str) -> None:
        """The job gone whole (see `delete_job`)."""
        ...

    async def delete_job(self, job_id: str) -> bool:
        """Remove the job, its items, outcomes and batch records; False if there was none.

        The upstream ids of its batches are kept in `upstream_to_delete` until
        they are deleted upstream (and still count as claimed meanwhile).
        """
        ...

    async def expired_jobs(self, ended_before: float, limit: int) -> list[str]:
        """Ids of jobs that ended (SUCCEEDED or CANCELLED) before `ended_before`, oldest first."""
        ...

    async def drop_abandoned_uploads(self) -> int:
        """Uploads a crash cut short (never visible to callers); how many were dropped."""
        ...

    async def get_job(self, job_id: str) -> Job:
        """The job, with counts and usage; raises JobNotFound."""
        ...

    async def list_jobs(
        self, limit: int, after: tuple[float, str] | None, owner: str | None = None
    ) -> list[Job]:
        """Newest first; `after` is the (created_at, id) of the last job of the previous page;
        only `owner`'s jobs, or everyone's when None."""
        ...

    async def open_jobs(self) -> list[Job]:
        """Jobs PENDING or RUNNING, oldest first."""
        ...

    async def finish_if_done(self, job_id: str) -> bool:
        """Mark the job SUCCEEDED when every item has an outcome; True if it has ended."""
        ...

    async def cancel(self, job_id: str, reason: str) -> Job:
        """Every item without an outcome gets a CANCELLED error; the job ends CANCELLED and
        its items' content is dropped (nothing will judge them now; the outcomes stay).

        Raises JobNotFound, or JobEnded when it has already ended.
        """
        ...

    # --- items and outcomes ---

    async def open_items(self, job_id: str, limit: int, unassigned: bool = True) -> list[OpenItem]:
        """Items without an outcome, in order; `unassigned`: only those no batch carries."""
        ...

    async def items_at(self, job_id: str, seqs: Sequence[int]) -> dict[int, Item]:
        """The items at these seqs (those the job holds)."""
        ...

    async def record_outcomes(self, job_id: str, outcomes: Sequence[tuple[int, Outcome]]) -> int:
        """Write outcomes of items that have none yet; how many were written."""
        ...

    async def results(self, job_id: str, after_seq: int, limit: int) -> list[tuple[int, Outcome]]:
        """Outcomes after `after_seq`, in order, up to the first item that has none yet."""
        ...

    async def attempts(self, job_id: str, seqs: Sequence[int]) -> dict[int, int]: ...

    # --- upstream batches ---

    async def add_batch(
        self,
        key: str,
        job_id: str,
        requests: Sequence[tuple[str, RequestIds]],
        owner: str = "",
    ) -> bool:
        """Record a batch and claim its items before sending; False (nothing written) when
        any of them is already carried by another batch or answered."""
        ...

    async def batch_submitted(self, key: str, upstream_id: str) -> bool:
        """The batch's upstream id; False when the batch is no longer recorded."""
        ...

    async def batches(self, job_id: str | None, states: Sequence[str]) -> list[BatchRow]:
        """Batches in these states (of one job, or of all), oldest first."""
        ...

    async def upstream_ids(self) -> set[str]:
        """Every upstream batch id some recorded batch claims, or that waits to be deleted."""
        ...

    async def delete_upstream_later(self, upstream_ids: Sequence[str]) -> None:
        """Upstream batches no job needs any more: to be deleted upstream."""
        ...

    async def upstream_to_delete(self, limit: int) -> list[str]:
        """Upstream batches of deleted jobs not yet deleted upstream."""
        ...

    async def upstream_deleted(self, upstream_id: str) -> None:
        """The upstream batch is gone: forget it."""
        ...

    async def requests_of(self, key: str) -> dict[str, RequestIds]: ...

    async def collect(
        self,
        key: str,
        job_id: str,
        outcomes: Sequence[tuple[int, Outcome]],
        retry: Sequence[tuple[int, int]],
    ) -> bool:
        """Apply a batch's results at once: outcomes, items sent back (seq, cap), batch done.

        False, and nothing written, when the batch was already collected.
        """
        ...

    async def release_batch(self, key: str) -> None:
        """A batch that was never created upstream: its items go back to the queue."""
        ...

    async def mark_collected(self, key: str) -> None: ...

    # --- leases ---

    async def claim(self, job_id: str, owner: str, seconds: float) -> bool:
        """Take or renew the job's lease for `seconds`; False when another owner holds it."""
        ...

    async def release(self, job_id: str, owner: str) -> None:
        """Give the lease up (shutdown), if `owner` holds it."""
        ...


# --- the stored forms of items and outcomes, shared by the stores -------------------


def encode_outcome(outcome: Outcome) -> str:
    kind = "verdict" if isinstance(outcome, Verdict) else "error"
    return json.dumps({"kind": kind, **asdict(outcome)}, separators=(",", ":"))


def decode_outcome(raw: str | bytes) -> Outcome:
    doc = json.loads(raw)
    if doc.pop("kind") == "error":
        return ItemError(doc["item_id"], ErrorCode(doc["code"]), doc["message"], doc["field"])
    return Verdict(
        item_id=doc["item_id"],
        decision=Decision(doc["decision"]),
        flagged=doc["flagged"],
        categories=tuple(
            CategoryResult(
                c["category"],
                c["flagged"],
                Severity(c["severity"]),
                c["score"],
                tuple(Evidence(**e) for e in c.get("evidence", ())),
            )
            for c in doc["categories"]
        ),
        rationale=doc["rationale"],
        policy_id=doc["policy_id"],
        policy_version=doc["policy_version"],
        model=doc["model"],
        source=Source(doc["source"]),
        usage=Usage(**doc["usage"]),
        injection_suspected=bool(doc.get("injection_suspected", False)),
        language=str(doc.get("language", "und")),
        language_validated=bool(doc.get("language_validated", True)),
    )


def outcome_decision(outcome: Outcome) -> str:
    """What the job's counts tally: the verdict's decision, or "error"."""
    return outcome.decision.value if isinstance(outcome, Verdict) else "error"


def outcome_usage(outcome: Outcome) -> Usage:
    return outcome.usage if isinstance(outcome, Verdict) else Usage()


def item_bytes(item: Item) -> int:
    """The bytes of content an item keeps in a store: its text or image, and its context."""
    c = item.content
    body = len(c.text.encode("utf-8")) if isinstance(c, TextContent) else len(c.data)
    return body + len(item.context.encode("utf-8"))


def items_bytes(items: Sequence[Item]) -> int:
    return sum(item_bytes(i) for i in items)


def item_row(item: Item) -> tuple[str, str, bytes, str, str]:
    """(id, kind, body, media type, context): the columns of a stored item."""
    c = item.content
    if isinstance(c, TextContent):
        return (item.id, "text", c.text.encode("utf-8"), "", item.context)
    return (item.id, "image", c.data, c.media_type, item.context)


def item_from_row(row: Sequence[Any]) -> Item:
    item_id, kind, body, media_type, context = row
    if kind == "text":
        return Item(item_id, TextContent(bytes(body).decode("utf-8")), context)
    return Item(item_id, ImageContent(bytes(body), media_type), context)


def encode_item(item: Item) -> str:
    """An item as one JSON string (the body in base64), for stores without columns."""
    item_id, kind, body, media_type, context = item_row(item)
    doc = [item_id, kind, base64.b64encode(body).decode("ascii"), media_type, context]
    return json.dumps(doc, separators=(",", ":"))


def decode_item(raw: str | bytes) -> Item:
    item_id, kind, body, media_type, context = json.loads(raw)
    return item_from_row((item_id, kind, base64.b64decode(body), media_type, context))
