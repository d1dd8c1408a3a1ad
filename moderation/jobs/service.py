"""The jobs API behind the transport: validation, resource names, page tokens, results.

Knows nothing of gRPC: it raises `InvalidArgument` (with the fields at fault),
`JobNotFound`, `JobEnded` and `TenantJobsFull`, which the transport maps to
statuses.

Every call says which tenant makes it. A job is its creator's: another
tenant's job is `JobNotFound`, raised before anything else about it is
checked or answered (its state, a page token), with the very name the caller
gave, so the answer is the one an unknown job gets. A tenant with the admin
role sees, cancels and deletes every job.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import dataclasses
import json
import logging
import math
import re
import secrets
import sqlite3
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderation.domain import Item, Outcome
from moderation.engine import Engine
from moderation.errors import FieldViolation, InvalidArgument, quoted
from moderation.jobs.model import Job, JobEnded, JobNotFound, JobState, StoreQuota
from moderation.jobs.runner import Executor, JobRunner, runner_id
from moderation.jobs.store import JobStore, StoreKind, items_bytes
from moderation.jobs.store_sqlite import SqliteJobStore, StoreBusy
from moderation.tenants import DEFAULT_TENANT, Tenant, Tenants
from moderation.validation import check_request_off_loop

if TYPE_CHECKING:
    from moderation.backends.resilient import ResilientBackend
    from moderation.config import Settings

log = logging.getLogger(__name__)

JOB_ID = re.compile(r"[0-9a-f]{16}")
JOB_NAME = re.compile(rf"jobs/({JOB_ID.pattern})")  # fullmatch: `$` lets "\n" through
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
RESULTS_PAGE = 500
FOLLOW_POLL_SECONDS = 0.25
CANCELLED_MESSAGE = "the job was cancelled before this item was judged"
DELETED_MESSAGE = "the job was deleted before this item was judged"
TenantOf = Callable[[str], Tenant]


JOBS_SUBDIR = "jobs"


class JobsConfigError(ValueError):
    """The job settings cannot make a working store (reported at start-up)."""


@dataclass(frozen=True, slots=True)
class JobsConfig:
    store: StoreKind = StoreKind.SQLITE
    data_dir: Path | None = None  # the SQLite store's directory; None: memory
    redis_url: str = ""
    max_items: int = 100_000
    lease_seconds: float = 15.0
    max_bytes: int = 64 * 1024 * 1024  # one job's content
    tenant_max_items: int | None = None  # one tenant's stored jobs, unless its own cap says
    tenant_max_bytes: int | None = None
    retention_seconds: float = 7 * 86400.0  # ended jobs are deleted this long after; 0: kept

    @classmethod
    def from_settings(cls, settings: Settings, env: Mapping[str, str]) -> JobsConfig:
        """`env` is the server's environment, read for the default data directory only."""
        from moderation.config import default_data_dir

        try:
            kind = StoreKind(settings.jobs_store.strip().lower())
        except ValueError:
            kinds = ", ".join(k.value for k in StoreKind)
            raise JobsConfigError(
                f"MODERATION_JOBS_STORE must be one of {kinds}, not {settings.jobs_store!r}"
            ) from None
        if kind is StoreKind.REDIS and not settings.redis_url:
            raise JobsConfigError("MODERATION_JOBS_STORE=redis needs MODERATION_REDIS_URL")
        directory = None
        if kind is StoreKind.SQLITE:
            directory = settings.jobs_dir or (
                (settings.data_dir or default_data_dir(env)) / JOBS_SUBDIR
            )
        return cls(
            kind,
            directory,
            settings.redis_url,
            settings.jobs_max_items,
            settings.jobs_lease_seconds,
            settings.jobs_max_bytes,
            settings.jobs_tenant_max_items or None,
            settings.jobs_tenant_max_bytes or None,
            settings.jobs_retention_seconds,
        )

    def quota(self, tenant: Tenant) -> StoreQuota:
        """What `tenant`'s stored jobs may hold in all: its own caps, else the defaults."""
        return StoreQuota(
            tenant.jobs_max_items or self.tenant_max_items,
            tenant.jobs_max_bytes or self.tenant_max_bytes,
        )


def tenant_lookup(tenants: Tenants | None) -> TenantOf:
    """The Tenant a job's owner id stands for now: as configured (its weight and caps), or
    a plain tenant of that id when it is no longer in the tenants file."""

    def tenant_of(owner: str) -> Tenant:
        found = tenants.directory.get(owner) if tenants is not None else None
        if found is not None:
            return found
        return DEFAULT_TENANT if owner == DEFAULT_TENANT.id else Tenant(owner)

    return tenant_of


class JobService:
    def __init__(self, store: JobStore, runner: JobRunner, engine: Engine, config: JobsConfig):
        self.store = store
        self.runner = runner
        self.engine = engine
        self.config = config

    @property
    def backend(self) -> str:
        return self.runner.executor.name

    @property
    def problem(self) -> str:
        """Why jobs cannot be judged now, or "" (health reports it beside the engine's)."""
        return self.runner.executor.problem

    async def close(self) -> None:
        await self.runner.close()

    # --- create ----------------------------------------------------------

    def unreachable(self, exc: BaseException) -> bool:
        """True when `exc` says the job store cannot be reached now (UNAVAILABLE, retry)."""
        return self.store.unreachable(exc)

    async def create(
        self, items: Sequence[Item], policy_id: str, tenant: Tenant = DEFAULT_TENANT
    ) -> Job:
        policy = self.engine.policies.get(policy_id)
        quota = self.config.quota(tenant)
        self._check_size(len(items), items_bytes(items), quota)
        limits = dataclasses.replace(self.engine.limits, max_items=self.config.max_items)
        checked = await check_request_off_loop(items, limits)
        job_id = secrets.token_hex(8)
        await self.store.create_job(
            job_id, policy.id, self.backend, checked, JobState.PENDING, tenant.id, quota
        )
        self.runner.wake()
        log.info(
            "job %s created by %s: %d items, policy %s", job_id, tenant.id, len(checked), policy.id
        )
        return await self.store.get_job(job_id)

    async def upload(
        self,
        messages: AsyncIterator[tuple[Sequence[Item], str]],
        tenant: Tenant = DEFAULT_TENANT,
    ) -> Job:
        """A job from a stream of (items, policy id) messages; nothing is kept if one is bad,
        or once the job, or its tenant's stored jobs, would hold more than they may."""
        job_id = secrets.token_hex(8)
        quota = self.config.quota(tenant)
        count = size = 0
        created = False
        try:
            async for items, policy_id in messages:
                if not created:
                    policy = self.engine.policies.get(policy_id)
                    await self.store.create_job(
                        job_id, policy.id, self.backend, [], JobState.UPLOADING, tenant.id
                    )
                    created = True
                more = items_bytes(items)
                self._check_size(count + len(items), size + more, quota)
                checked = await self._check_items(job_id, items, count)
                await self.store.add_items(job_id, count, checked, quota)
                count += len(checked)
                size += more
            if count == 0:
                raise InvalidArgument(
                    [FieldViolation("items", "empty job: send at least one item")]
                )
            await self.store.set_state(job_id, JobState.PENDING)
        except BaseException:
            if created:
                await asyncio.shield(self.store.drop_job(job_id))
            raise
        self.runner.wake()
        log.info("job %s uploaded by %s: %d items", job_id, tenant.id, count)
        return await self.store.get_job(job_id)

    def _check_size(self, n: int, size: int, quota: StoreQuota) -> None:
        """A job that could never be stored, whatever else is: INVALID_ARGUMENT, field items."""
        most = self.config.max_items
        if n > most:
            raise InvalidArgument(
                [FieldViolation("items", f"{n} items; a job holds at most {most}")]
            )
        if size > self.config.max_bytes:
            raise InvalidArgument(
                [
                    FieldViolation(
                        "items",
                        f"{size} bytes of content; a job holds at most {self.config.max_bytes}",
                    )
                ]
            )
        if quota.items is not None and n > quota.items:
            raise InvalidArgument(
                [FieldViolation("items", f"{n} items; this tenant keeps at most {quota.items}")]
            )
        if quota.bytes is not None and size > quota.bytes:
            raise InvalidArgument(
                [
                    FieldViolation(
                        "items",
                        f"{size} bytes of content; this tenant keeps at most {quota.bytes}",
                    )
                ]
            )

    async def _check_items(self, job_id: str, items: Sequence[Item], first: int) -> list[Item]:
        """A message of the upload checked as a request is (the same rules and field names,
        numbered on from the job's earlier messages), and no id the job already holds."""
        problems: list[FieldViolation] = []
        checked: list[Item] = []
        try:
            checked = await check_request_off_loop(
                items, self.engine.limits, first=first, one_request=False
            )
        except InvalidArgument as exc:
            problems.extend(exc.violations)
        earlier = await self.store.has_item_ids(job_id, [i.id for i in items])
        for n, item in enumerate(items, first):
            if item.id in earlier:
                problems.append(FieldViolation(f"items[{n}].id", f"duplicate id {item.id!r}"))
        if problems:
            raise InvalidArgument(problems)
        return checked

    # --- read --------------------------------------------------------------

    async def get(self, name: str, tenant: Tenant = DEFAULT_TENANT) -> Job:
        """The job if `tenant` may see it; JobNotFound(name) alike for unknown and foreign."""
        try:
            job = await self.store.get_job(job_id_of(name))
        except JobNotFound:
            raise JobNotFound(name) from None
        if job.state is JobState.UPLOADING or not _sees(tenant, job):
            raise JobNotFound(name)
        return job

    async def list(
        self, page_size: int, page_token: str, tenant: Tenant = DEFAULT_TENANT
    ) -> tuple[list[Job], str]:
        """The tenant's jobs (an admin's: everyone's), newest first.

        A token names the position it resumes after and whose list it is: a token of
        another tenant's list is refused like a forged one, and even one that was not
        could only page through the caller's own jobs.
        """
        if page_size < 0:
            raise InvalidArgument([FieldViolation("page_size", "must not be negative")])
        size = min(page_size or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
        scope = "*" if tenant.is_admin else tenant.id
        after = _list_cursor(page_token, scope) if page_token else None
        owner = None if tenant.is_admin else tenant.id
        jobs = await self.store.list_jobs(size + 1, after, owner)
        more = len(jobs) > size
        jobs = jobs[:size]
        token = ""
        if more:
            token = _encode_token({"t": jobs[-1].created_at, "id": jobs[-1].id, "o": scope})
        return jobs, token

    async def cancel(self, name: str, tenant: Tenant = DEFAULT_TENANT) -> Job:
        job = await self.get(name, tenant)
        job = await self.store.cancel(job.id, CANCELLED_MESSAGE)
        self.runner.wake()
        log.info("job %s cancelled by %s", job.id, tenant.id)
        return job

    async def delete(self, name: str, tenant: Tenant = DEFAULT_TENANT) -> str:
        """Remove the job whole (cancelled first if it runs, so its upstream batches stop);
        its upstream batches are deleted by the runner. Returns the job's name."""
        job = await self.get(name, tenant)
        if not job.state.ended:
            with contextlib.suppress(JobEnded):  # it ended meanwhile: as good
                await self.store.cancel(job.id, DELETED_MESSAGE)
        if not await self.store.delete_job(job.id):
            raise JobNotFound(name)  # deleted meanwhile (by its owner, or by retention)
        self.runner.wake()
        log.info("job %s deleted by %s", job.id, tenant.id)
        return job.name

    async def results(
        self, name: str, page_token: str, follow: bool, tenant: Tenant = DEFAULT_TENANT
    ) -> AsyncIterator[tuple[Outcome, str]]:
        """(outcome, token to resume after it), in item order."""
        job = await self.get(name, tenant)
        after = -1
        if page_token:
            doc = _decode_token(page_token, "page_token")
            if doc.get("job") != job.id:
                raise InvalidArgument(
                    [FieldViolation("page_token", "this token belongs to another job")]
                )
            seq = doc.get("seq")
            # Strict: bool is an int to Python, and a huge int overflows the store.
            if type(seq) is not int or not 0 <= seq < job.item_count:
                raise _bad_token("page_token")
            after = seq
        return self._results(job.id, after, follow)

    async def _results(
        self, job_id: str, after: int, follow: bool
    ) -> AsyncIterator[tuple[Outcome, str]]:
        while True:
            page = await self.store.results(job_id, after, RESULTS_PAGE)
            for seq, outcome in page:
                after = seq
                yield outcome, _encode_token({"job": job_id, "seq": seq})
            if len(page) == RESULTS_PAGE:
                continue
            if not follow:
                return
            job = await self.store.get_job(job_id)
            if job.state.ended and after >= job.item_count - 1:
                return
            if not page:
                await asyncio.sleep(FOLLOW_POLL_SECONDS)


def _sees(tenant: Tenant, job: Job) -> bool:
    return tenant.is_admin or job.owner == tenant.id


def job_id_of(name: str) -> str:
    found = JOB_NAME.fullmatch(name)
    if found is None:
        raise InvalidArgument(
            [FieldViolation("name", f"{quoted(name)} is not a job name (jobs/ and 16 hex digits)")]
        )
    return found.group(1)


def _encode_token(doc: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode()


def _decode_token(token: str, field: str) -> dict[str, Any]:
    try:
        doc = json.loads(base64.urlsafe_b64decode(token.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise _bad_token(field) from None
    if not isinstance(doc, dict):
        raise _bad_token(field)
    return doc


def _list_cursor(token: str, scope: str) -> tuple[float, str]:
    """The (created_at, id) a ListJobs token resumes after, checked strictly: a store
    must never see a number it cannot compare (NaN) or convert (a huge int), and the
    token must be of this list (`scope`: the tenant's id, or "*" for an admin's)."""
    doc = _decode_token(token, "page_token")
    t, job_id = doc.get("t"), doc.get("id")
    if doc.get("o", "default") != scope:
        raise _bad_token("page_token")
    if type(t) is not float or not math.isfinite(t):
        raise _bad_token("page_token")
    if not isinstance(job_id, str) or JOB_ID.fullmatch(job_id) is None:
        raise _bad_token("page_token")
    return t, job_id


def _bad_token(field: str) -> InvalidArgument:
    return InvalidArgument([FieldViolation(field, "not a token this server issued")])


def open_store(config: JobsConfig) -> JobStore:
    """The configured store; memory, with one clear line, when the directory is unusable."""
    if config.store is StoreKind.REDIS:
        from moderation.jobs.store_redis import RedisJobStore

        return RedisJobStore(config.redis_url)
    if config.data_dir is None:
        log.warning("jobs are kept in memory and lost on restart (MODERATION_JOBS_STORE=memory)")
        return SqliteJobStore(None)
    try:
        return SqliteJobStore(config.data_dir)
    except (OSError, sqlite3.Error, StoreBusy) as exc:
        log.error(
            "jobs are kept in memory and lost on restart: cannot use %s (%s); set "
            "MODERATION_DATA_DIR to a writable directory (moderation_jobs_durable is 0)",
            config.data_dir,
            exc,
        )
        return SqliteJobStore(None)


def warn_if_evictable(location: str, policy: str | None) -> bool:
    """Warn, once at start-up, when Redis may evict job keys to make room; True if it may.

    `allkeys-*` policies evict any key, jobs included (a job's items or results lost);
    `noeviction` and `volatile-*` evict none of them (job keys have no lifetime).
    """
    if policy is None or not policy.startswith("allkeys"):
        return False
    log.warning(
        "the job store %s has maxmemory-policy %s: when full, Redis evicts job keys (items, "
        "results, batches) as it would cache entries; set noeviction or a volatile-* policy "
        "(k8s/components/redis uses volatile-lru), or keep jobs in another Redis",
        location,
        policy,
    )
    return True


async def build_job_service(
    settings: Settings,
    engine: Engine,
    backend_kind: str,
    env: Mapping[str, str],
    tenants: Tenants | None = None,
    live: ResilientBackend | None = None,
) -> JobService:
    """The store, the executor for the configured backend, and the runner, started.

    Jobs are judged as their owner (fair share, usage): `tenants` says who each
    owner is now. On the haiku backend, jobs go through Message Batches with the live
    path's own Haiku backend and fallback (`live`, built once by the server: one
    client, one model choice, one budget account); without it, through the engine."""
    config = JobsConfig.from_settings(settings, env)
    tenant_of = tenant_lookup(tenants)
    store = open_store(config)
    durable = store.kind is not StoreKind.MEMORY
    engine.metrics.gauge(
        "jobs_durable",
        "1 when jobs survive a restart (SQLite in the data directory, or Redis); 0 when they "
        "are kept in memory only (MODERATION_JOBS_STORE=memory, or the directory was unusable).",
        lambda: 1.0 if durable else 0.0,
    )
    if store.kind is StoreKind.REDIS:
        from moderation.jobs.store_redis import RedisJobStore

        assert isinstance(store, RedisJobStore)
        try:
            await store.ping()
            warn_if_evictable(store.location, await store.eviction_policy())
        except Exception as exc:  # the runner retries every round; calls answer meanwhile
            log.error("the job store %s cannot be reached yet: %s", store.location, exc)
    if durable:
        log.info("jobs are kept in %s", store.location)
    owner = runner_id()
    executor: Executor
    if backend_kind == "haiku" and live is not None:
        from moderation.backends.haiku import HaikuBackend
        from moderation.jobs.batches import BatchesConfig, BatchesExecutor

        assert isinstance(live.primary, HaikuBackend)
        executor = BatchesExecutor(
            store,
            engine,
            live.primary,
            BatchesConfig(
                items_per_request=settings.max_batch_items,
                max_attempts=settings.jobs_max_attempts,
                poll_seconds=settings.jobs_poll_seconds,
                poll_max_seconds=settings.jobs_poll_max_seconds,
                stale_after_seconds=2 * settings.haiku_timeout_seconds + config.lease_seconds,
            ),
            live.fallback,
            owner,
            tenant_of=tenant_of,
        )
    else:
        from moderation.jobs.local import LocalExecutor

        executor = LocalExecutor(store, engine, tenant_of=tenant_of)
    runner = JobRunner(
        store,
        executor,
        idle_seconds=min(1.0, settings.jobs_poll_seconds),
        lease_seconds=config.lease_seconds,
        owner=owner,
        retention_seconds=config.retention_seconds,
    )
    await runner.start()
    return JobService(store, runner, engine, config)
