"""The jobs API behind the transport: validation, resource names, page tokens, results.

Knows nothing of gRPC: it raises `InvalidArgument` (with the fields at fault),
`JobNotFound` and `JobEnded`, which the transport maps to statuses.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import dataclasses
import json
import logging
import math
import re
import secrets
import sqlite3
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderation.domain import Item, Outcome
from moderation.engine import Engine
from moderation.errors import FieldViolation, InvalidArgument, quoted
from moderation.jobs.model import Job, JobNotFound, JobState
from moderation.jobs.runner import Executor, JobRunner, runner_id
from moderation.jobs.store import JobStore, StoreKind
from moderation.jobs.store_sqlite import SqliteJobStore, StoreBusy
from moderation.validation import check_item, check_request

if TYPE_CHECKING:
    from moderation.config import Settings

log = logging.getLogger(__name__)

JOB_ID = re.compile(r"[0-9a-f]{16}")
JOB_NAME = re.compile(rf"jobs/({JOB_ID.pattern})")  # fullmatch: `$` lets "\n" through
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
RESULTS_PAGE = 500
FOLLOW_POLL_SECONDS = 0.25
CANCELLED_MESSAGE = "the job was cancelled before this item was judged"


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
        )


class JobService:
    def __init__(self, store: JobStore, runner: JobRunner, engine: Engine, config: JobsConfig):
        self.store = store
        self.runner = runner
        self.engine = engine
        self.config = config

    @property
    def backend(self) -> str:
        return self.runner.executor.name

    async def close(self) -> None:
        await self.runner.close()

    # --- create ----------------------------------------------------------

    def unreachable(self, exc: BaseException) -> bool:
        """True when `exc` says the job store cannot be reached now (UNAVAILABLE, retry)."""
        return self.store.unreachable(exc)

    async def create(self, items: Sequence[Item], policy_id: str) -> Job:
        policy = self.engine.policies.get(policy_id)
        self._check_size(len(items))
        limits = dataclasses.replace(self.engine.limits, max_items=self.config.max_items)
        checked = check_request(items, limits)
        job_id = secrets.token_hex(8)
        await self.store.create_job(job_id, policy.id, self.backend, checked, JobState.PENDING)
        self.runner.wake()
        log.info("job %s created: %d items, policy %s", job_id, len(checked), policy.id)
        return await self.store.get_job(job_id)

    async def upload(self, messages: AsyncIterator[tuple[Sequence[Item], str]]) -> Job:
        """A job from a stream of (items, policy id) messages; nothing is kept if one is bad."""
        job_id = secrets.token_hex(8)
        count = 0
        created = False
        try:
            async for items, policy_id in messages:
                if not created:
                    policy = self.engine.policies.get(policy_id)
                    await self.store.create_job(
                        job_id, policy.id, self.backend, [], JobState.UPLOADING
                    )
                    created = True
                self._check_size(count + len(items))
                checked = await self._check_items(job_id, items, count)
                await self.store.add_items(job_id, count, checked)
                count += len(checked)
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
        log.info("job %s uploaded: %d items", job_id, count)
        return await self.store.get_job(job_id)

    def _check_size(self, n: int) -> None:
        if n > self.config.max_items:
            raise InvalidArgument(
                [FieldViolation("items", f"{n} items; a job holds at most {self.config.max_items}")]
            )

    async def _check_items(self, job_id: str, items: Sequence[Item], first: int) -> list[Item]:
        problems: list[FieldViolation] = []
        checked: list[Item] = []
        seen: set[str] = set()
        for n, item in enumerate(items, first):
            good, bad = check_item(item, self.engine.limits, f"items[{n}]")
            problems.extend(bad)
            if item.id in seen:
                problems.append(FieldViolation(f"items[{n}].id", f"duplicate id {item.id!r}"))
            seen.add(item.id)
            checked.append(good)
        earlier = await self.store.has_item_ids(job_id, [i.id for i in items])
        for n, item in enumerate(items, first):
            if item.id in earlier:
                problems.append(FieldViolation(f"items[{n}].id", f"duplicate id {item.id!r}"))
        if problems:
            raise InvalidArgument(problems)
        return checked

    # --- read --------------------------------------------------------------

    async def get(self, name: str) -> Job:
        job = await self.store.get_job(job_id_of(name))
        if job.state is JobState.UPLOADING:
            raise JobNotFound(name)
        return job

    async def list(self, page_size: int, page_token: str) -> tuple[list[Job], str]:
        if page_size < 0:
            raise InvalidArgument([FieldViolation("page_size", "must not be negative")])
        size = min(page_size or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
        after = _list_cursor(page_token) if page_token else None
        jobs = await self.store.list_jobs(size + 1, after)
        more = len(jobs) > size
        jobs = jobs[:size]
        token = _encode_token({"t": jobs[-1].created_at, "id": jobs[-1].id}) if more else ""
        return jobs, token

    async def cancel(self, name: str) -> Job:
        job = await self.get(name)
        job = await self.store.cancel(job.id, CANCELLED_MESSAGE)
        self.runner.wake()
        log.info("job %s cancelled", job.id)
        return job

    async def results(
        self, name: str, page_token: str, follow: bool
    ) -> AsyncIterator[tuple[Outcome, str]]:
        """(outcome, token to resume after it), in item order."""
        job = await self.get(name)
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


def _list_cursor(token: str) -> tuple[float, str]:
    """The (created_at, id) a ListJobs token resumes after, checked strictly: a store
    must never see a number it cannot compare (NaN) or convert (a huge int)."""
    doc = _decode_token(token, "page_token")
    t, job_id = doc.get("t"), doc.get("id")
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


async def build_job_service(
    settings: Settings, engine: Engine, backend_kind: str, env: Mapping[str, str]
) -> JobService:
    """The store, the executor for the configured backend, and the runner, started."""
    config = JobsConfig.from_settings(settings, env)
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
        except Exception as exc:  # the runner retries every round; calls answer meanwhile
            log.error("the job store %s cannot be reached yet: %s", store.location, exc)
    if durable:
        log.info("jobs are kept in %s", store.location)
    owner = runner_id()
    executor: Executor
    if backend_kind == "haiku":
        from moderation.backends.haiku import build_haiku_backend
        from moderation.backends.local import build_local_backend
        from moderation.backends.resilient import Fallback, FallbackMode
        from moderation.jobs.batches import BatchesConfig, BatchesExecutor

        mode = FallbackMode(settings.fallback)
        local = build_local_backend(settings, fallback=True) if mode is FallbackMode.LOCAL else None
        executor = BatchesExecutor(
            store,
            engine,
            build_haiku_backend(settings, engine.metrics, policies=engine.policies.all()),
            BatchesConfig(
                items_per_request=settings.max_batch_items,
                max_attempts=settings.jobs_max_attempts,
                poll_seconds=settings.jobs_poll_seconds,
                poll_max_seconds=settings.jobs_poll_max_seconds,
                stale_after_seconds=2 * settings.haiku_timeout_seconds + config.lease_seconds,
            ),
            Fallback(mode, local, engine.metrics),
            owner,
        )
    else:
        from moderation.jobs.local import LocalExecutor

        executor = LocalExecutor(store, engine)
    runner = JobRunner(
        store,
        executor,
        idle_seconds=min(1.0, settings.jobs_poll_seconds),
        lease_seconds=config.lease_seconds,
        owner=owner,
    )
    await runner.start()
    return JobService(store, runner, engine, config)
