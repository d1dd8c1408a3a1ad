"""A job's plain types: no gRPC, no SQLite, no Anthropic."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from moderation.domain import Usage
from moderation.tenants import DEFAULT_TENANT_ID


class JobState(StrEnum):
    UPLOADING = "uploading"  # an UploadJob stream still sending; invisible to callers
    PENDING = "pending"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    CANCELLED = "cancelled"

    @property
    def ended(self) -> bool:
        return self in (JobState.SUCCEEDED, JobState.CANCELLED)


@dataclass(frozen=True, slots=True)
class JobCounts:
    pending: int = 0
    allowed: int = 0
    review: int = 0
    blocked: int = 0
    errors: int = 0

    @property
    def done(self) -> int:
        return self.allowed + self.review + self.blocked + self.errors


@dataclass(frozen=True, slots=True)
class Job:
    """A job as callers see it; `estimated_end` is derived from progress, never stored."""

    id: str
    policy_id: str
    backend: str
    state: JobState
    item_count: int
    created_at: float
    updated_at: float
    started_at: float | None = None
    ended_at: float | None = None
    counts: JobCounts = field(default_factory=JobCounts)
    usage: Usage = field(default_factory=Usage)
    owner: str = DEFAULT_TENANT_ID  # the tenant that created it
    bytes: int = 0  # content still stored (items' texts, images and contexts)

    @property
    def name(self) -> str:
        return f"jobs/{self.id}"

    def estimated_end(self, now: float) -> float | None:
        """Now plus the items left at the rate seen since the job started; None if unknown."""
        if self.state.ended or self.started_at is None or self.counts.done == 0:
            return None
        rate = self.counts.done / max(now - self.started_at, 1e-3)
        return now + self.counts.pending / rate


class JobNotFound(LookupError):
    """No job has this id (NOT_FOUND)."""

    @property
    def name(self) -> str:
        """The job's resource name, whether raised with its id or its name."""
        ref = str(self.args[0]) if self.args else ""
        return ref if ref.startswith("jobs/") else f"jobs/{ref}"


class JobEnded(Exception):
    """The job has ended; it cannot be cancelled (FAILED_PRECONDITION)."""

    def __init__(self, job_id: str, state: str) -> None:
        super().__init__(f"job jobs/{job_id} has already ended ({state})")
        self.name = f"jobs/{job_id}"
        self.state = state


@dataclass(frozen=True, slots=True)
class StoreQuota:
    """What one tenant's stored jobs may hold in all (items and bytes); None: no bound."""

    items: int | None = None
    bytes: int | None = None


class TenantJobsFull(Exception):
    """The tenant's stored jobs already hold as much as it may keep (RESOURCE_EXHAUSTED).

    Space comes back when the tenant deletes jobs, or when ended ones expire.
    """

    def __init__(self, tenant: str, what: str, used: int, adding: int, limit: int) -> None:
        super().__init__(
            f"tenant {tenant!r} keeps {used} {what} in its stored jobs; {adding} more would "
            f"pass its limit of {limit}: delete ended jobs (DeleteJob) or wait for them to expire"
        )
        self.tenant = tenant
        self.what = what
        self.used = used
        self.limit = limit
