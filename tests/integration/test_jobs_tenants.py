"""Jobs shared by tenants, from outside: a real server with a tenants file of three tenants.

team-a and team-b are members, ops is an admin. A member cannot tell another's job
from one that does not exist; the admin sees every job with its owner; deleting a job
takes it out of the store (and its Message Batches out of the API); ended jobs expire.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import anthropic
import grpc
import pytest
from google.rpc import error_details_pb2

from anthropic_emulator.batches import BatchKnobs
from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.judges import OracleJudge
from moderation.jobs.model import JobNotFound
from moderation.jobs.store import JobStore
from moderation.server import RunningServer
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from tests.integration.test_jobs import (
    LABELS,
    details,
    field_violations,
    haiku,
    read_all,
    read_stream,
    serve,
    texts,
    until,
    wait_ended,
)

if TYPE_CHECKING:
    Stub = pb_grpc.ModerationServiceAsyncStub

TOKENS = {"team-a": "token-a", "team-b": "token-b", "ops": "token-ops"}
TENANTS = """
[tenants.team-a]
tokens = ["token-a"]
jobs_max_items = 12

[tenants.team-b]
tokens = ["token-b"]

[tenants.ops]
tokens = ["token-ops"]
role = "admin"
"""
UNKNOWN = "jobs/0123456789abcdef"
STORES = ["sqlite", "redis"]


def tenants_file(tmp_path: Path) -> Path:
    path = tmp_path / "tenants.toml"
    path.write_text(TENANTS)
    return path


def store_settings(store: str, request: pytest.FixtureRequest) -> dict[str, object]:
    if store == "redis":
        return {"jobs_store": "redis", "redis_url": request.getfixturevalue("redis_url")}
    return {"jobs_store": "sqlite"}


@pytest.fixture
async def oracle() -> AsyncIterator[Emulator]:
    config = EmulatorConfig.fast(batches=BatchKnobs(processing_seconds=0.1))
    async with Emulator(config, OracleJudge(LABELS)) as emu:
        yield emu


@contextlib.asynccontextmanager
async def as_tenants(
    tmp_path: Path, **overrides: object
) -> AsyncIterator[tuple[RunningServer, dict[str, Stub]]]:
    """The server, and one stub per tenant, each sending its tenant's token."""
    async with serve(tmp_path, tenants_file=tenants_file(tmp_path), **overrides) as (running, _):
        stubs: dict[str, Stub] = {}
        async with contextlib.AsyncExitStack() as stack:
            for tenant, token in TOKENS.items():
                channel = grpc.aio.insecure_channel(f"127.0.0.1:{running.port}")
                await stack.enter_async_context(channel)
                stub = _TokenStub(pb_grpc.ModerationServiceStub(channel), token)
                stubs[tenant] = cast("Stub", stub)
            yield running, stubs


class _TokenStub:
    """A stub whose every call carries `authorization: Bearer <token>`."""

    def __init__(self, stub: Stub, token: str) -> None:
        self._stub = stub
        self._metadata = (("authorization", f"Bearer {token}"),)

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._stub, name)

        def call(request: object, **kwargs: object) -> Any:
            return method(request, metadata=self._metadata, **kwargs)

        return call


async def refusal(call: Awaitable[object]) -> tuple[grpc.StatusCode, str, list[str]]:
    """A failed call's code, message and ResourceInfo (type and name)."""
    with pytest.raises(grpc.aio.AioRpcError) as err:
        await call
    infos = details(err.value, error_details_pb2.ResourceInfo)
    return (
        err.value.code(),
        err.value.details() or "",
        [f"{i.resource_type} {i.resource_name} {i.description}" for i in infos],
    )


def as_unknown(answer: tuple[grpc.StatusCode, str, list[str]], name: str) -> object:
    """The answer with the job's name written as the unknown job's, to compare the two."""
    code, message, infos = answer
    return code, message.replace(name, UNKNOWN), [i.replace(name, UNKNOWN) for i in infos]


@pytest.mark.parametrize("store", STORES)
async def test_a_tenant_cannot_tell_another_s_job_from_one_that_does_not_exist(
    tmp_path: Path, request: pytest.FixtureRequest, store: str
) -> None:
    async with as_tenants(tmp_path, **store_settings(store, request)) as (running, t):
        a, b, ops = t["team-a"], t["team-b"], t["ops"]
        job = (await a.CreateJob(pb.CreateJobRequest(items=texts(3)))).job
        other = (await a.CreateJob(pb.CreateJobRequest(items=texts(2)))).job
        mine = (await b.CreateJob(pb.CreateJobRequest(items=texts(1)))).job
        assert (job.owner, mine.owner) == ("team-a", "team-b")
        await wait_ended(a, job.name)
        [first, *_] = await read_all(a, job.name)
        calls: dict[str, Callable[[str], Awaitable[object]]] = {
            "GetJob": lambda n: b.GetJob(pb.GetJobRequest(name=n)),
            "ReadJobResults": lambda n: read_stream(b, pb.ReadJobResultsRequest(name=n)),
            "CancelJob": lambda n: b.CancelJob(pb.CancelJobRequest(name=n)),
            "DeleteJob": lambda n: b.DeleteJob(pb.DeleteJobRequest(name=n)),
        }
        for rpc, call in calls.items():
            foreign = await refusal(call(job.name))
            unknown = await refusal(call(UNKNOWN))
            assert foreign[0] == grpc.StatusCode.NOT_FOUND, rpc
            assert as_unknown(foreign, job.name) == unknown, rpc
        # Its results with A's own token, on B's side, are just as unknown.
        resumed = pb.ReadJobResultsRequest(name=job.name, page_token=first.page_token)
        assert (await refusal(read_stream(b, resumed)))[0] == grpc.StatusCode.NOT_FOUND
        listed_b = [j.name for j in (await b.ListJobs(pb.ListJobsRequest())).jobs]
        assert listed_b == [mine.name]
        # A's list page token is no use on B's list.
        page = await a.ListJobs(pb.ListJobsRequest(page_size=1))
        assert page.next_page_token
        with pytest.raises(grpc.aio.AioRpcError) as foreign_page:
            await b.ListJobs(pb.ListJobsRequest(page_token=page.next_page_token))
        assert foreign_page.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert [f for f, _ in field_violations(foreign_page.value)] == ["page_token"]
        rest = await a.ListJobs(pb.ListJobsRequest(page_token=page.next_page_token))
        assert [j.name for j in [*page.jobs, *rest.jobs]] == [other.name, job.name]
        # The admin sees everyone's, with the owner.
        listed = [(j.name, j.owner) for j in (await ops.ListJobs(pb.ListJobsRequest())).jobs]
        assert listed == [(mine.name, "team-b"), (other.name, "team-a"), (job.name, "team-a")]
        assert (await ops.GetJob(pb.GetJobRequest(name=job.name))).job.owner == "team-a"
        # B touched nothing: A's job is whole; A deletes it and it is gone from the store.
        assert (await a.GetJob(pb.GetJobRequest(name=job.name))).job.counts.pending == 0
        deleted = await a.DeleteJob(pb.DeleteJobRequest(name=job.name))
        assert deleted.name == job.name
        assert running.jobs is not None
        with pytest.raises(JobNotFound):
            await running.jobs.store.get_job(job.name.removeprefix("jobs/"))
        assert await running.jobs.store.results(job.name.removeprefix("jobs/"), -1, 10) == []
        gone = await refusal(a.GetJob(pb.GetJobRequest(name=job.name)))
        assert as_unknown(gone, job.name) == await refusal(a.GetJob(pb.GetJobRequest(name=UNKNOWN)))
        # A deleted job's page tokens answer NOT_FOUND.
        assert (await refusal(read_stream(a, resumed)))[0] == grpc.StatusCode.NOT_FOUND
        again = await refusal(a.DeleteJob(pb.DeleteJobRequest(name=job.name)))
        assert again[0] == grpc.StatusCode.NOT_FOUND
        # The admin may delete any job (an erasure request handled by the platform team).
        await ops.DeleteJob(pb.DeleteJobRequest(name=mine.name))
        assert [j.name for j in (await b.ListJobs(pb.ListJobsRequest())).jobs] == []
        # The items of A's job were judged as A.
        verdicts = running.engine.metrics.tenant_verdicts
        assert verdicts.labels("team-a", "model")._value.get() >= 3
        assert verdicts.labels("team-b", "model")._value.get() >= 1


async def test_a_tenant_s_stored_jobs_are_bounded_and_a_refused_upload_leaves_nothing(
    tmp_path: Path,
) -> None:
    """team-a keeps at most 12 items in all (its cap); one job holds at most 3,000 bytes."""
    async with as_tenants(tmp_path, jobs_max_bytes=3000) as (running, t):
        a, b = t["team-a"], t["team-b"]
        first = (await a.CreateJob(pb.CreateJobRequest(items=texts(8)))).job
        with pytest.raises(grpc.aio.AioRpcError) as full:
            await a.CreateJob(pb.CreateJobRequest(items=texts(5)))
        assert full.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        [retry] = details(full.value, error_details_pb2.RetryInfo)
        assert retry.retry_delay.ToTimedelta().total_seconds() > 0
        [quota] = details(full.value, error_details_pb2.QuotaFailure)
        assert quota.violations[0].subject == "tenants/team-a"
        assert "limit of 12" in quota.violations[0].description
        trailers: Any = full.value.trailing_metadata() or ()
        assert ("grpc-retry-pushback-ms", "-1") in tuple(trailers)
        # A job that could never fit is INVALID_ARGUMENT, naming the field.
        never = await refusal(a.CreateJob(pb.CreateJobRequest(items=texts(13))))
        assert never[0] == grpc.StatusCode.INVALID_ARGUMENT
        big = [pb.Item(id=f"b{k}", text="x" * 1000) for k in range(4)]
        with pytest.raises(grpc.aio.AioRpcError) as too_big:
            await b.CreateJob(pb.CreateJobRequest(items=big))
        assert field_violations(too_big.value) == [
            ("items", "4000 bytes of content; a job holds at most 3000")
        ]
        # An upload is checked as it goes: refused when full, and nothing of it is kept.
        upload = [pb.UploadJobRequest(items=texts(3)), pb.UploadJobRequest(items=texts(6)[3:])]
        with pytest.raises(grpc.aio.AioRpcError) as midway:
            await a.UploadJob(iter(upload))
        assert midway.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        listed = [j.name for j in (await a.ListJobs(pb.ListJobsRequest())).jobs]
        assert listed == [first.name]
        assert running.jobs is not None
        assert (await running.jobs.store.tenant_usage("team-a"))[0] == 8
        # team-b has its own share; deleting gives team-a's back.
        await b.CreateJob(pb.CreateJobRequest(items=texts(10)))
        await a.DeleteJob(pb.DeleteJobRequest(name=first.name))
        again = (await a.CreateJob(pb.CreateJobRequest(items=texts(12)))).job
        assert again.item_count == 12


@pytest.mark.parametrize("store", STORES)
async def test_ended_jobs_are_deleted_once_their_retention_has_passed(
    tmp_path: Path, request: pytest.FixtureRequest, store: str
) -> None:
    settings = store_settings(store, request)
    async with as_tenants(tmp_path, jobs_retention_seconds=1.0, **settings) as (running, t):
        a = t["team-a"]
        assert running.jobs is not None
        store_ = running.jobs.store
        done = (await a.CreateJob(pb.CreateJobRequest(items=texts(2)))).job
        ended = await wait_ended(a, done.name)
        assert ended.state == pb.JOB_STATE_SUCCEEDED
        job_id = done.name.removeprefix("jobs/")

        async def swept() -> bool:
            try:
                await store_.get_job(job_id)
            except JobNotFound:
                return True
            return False

        await until_true(swept)
        gone = await refusal(a.GetJob(pb.GetJobRequest(name=done.name)))
        assert gone[0] == grpc.StatusCode.NOT_FOUND
        assert await store_.tenant_usage("team-a") == (0, 0)


async def test_deleting_a_job_on_message_batches_deletes_its_batch_upstream(
    tmp_path: Path, oracle: Emulator
) -> None:
    oracle.batches.hold = asyncio.Event()  # the batch stays in progress until cancelled
    async with as_tenants(tmp_path, **haiku(oracle)) as (running, t):
        a = t["team-a"]
        job = (await a.CreateJob(pb.CreateJobRequest(items=texts(4)))).job
        await until(lambda: oracle.batches.created > 0)
        assert running.jobs is not None
        [upstream] = await _submitted(running)
        await a.DeleteJob(pb.DeleteJobRequest(name=job.name))
        # Still in progress: cancelled first, then deleted once it has ended.
        await until(lambda: any(r.method == "DELETE" for r in oracle.requests))
        store = running.jobs.store
        await until_true(lambda: _none_left(store))
        client = anthropic.AsyncAnthropic(api_key="test-key", base_url=oracle.base_url)
        with pytest.raises(anthropic.NotFoundError):
            await client.messages.batches.retrieve(upstream)
        await client.close()
    paths = [(r.method, r.path) for r in oracle.requests if upstream in r.path]
    cancel = paths.index(("POST", f"/v1/messages/batches/{upstream}/cancel"))
    assert paths.index(("DELETE", f"/v1/messages/batches/{upstream}")) > cancel


async def until_true(check: Callable[[], Awaitable[bool]]) -> None:
    async with asyncio.timeout(30):
        while True:
            if await check():
                return
            await asyncio.sleep(0.05)


async def _none_left(store: JobStore) -> bool:
    return not await store.upstream_to_delete(10)


async def _submitted(running: RunningServer) -> list[str]:
    """The upstream ids of the batches the server has sent (once it has)."""
    assert running.jobs is not None
    store = running.jobs.store
    async with asyncio.timeout(30):
        while True:
            jobs = await store.list_jobs(10, None)
            ids = [
                row.upstream_id
                for job in jobs
                for row in await store.batches(job.id, ["submitted", "collected"])
                if row.upstream_id
            ]
            if ids:
                return ids
            await asyncio.sleep(0.02)


async def test_a_job_on_message_batches_is_judged_and_counted_as_its_owner(
    tmp_path: Path, oracle: Emulator
) -> None:
    async with as_tenants(tmp_path, **haiku(oracle)) as (running, t):
        b = t["team-b"]
        job = (await b.CreateJob(pb.CreateJobRequest(items=texts(5)))).job
        done = await wait_ended(b, job.name)
        verdicts = running.engine.metrics.tenant_verdicts
        counted = {
            tenant: verdicts.labels(tenant, "model")._value.get()
            for tenant in ("team-a", "team-b", "default")
        }
    assert done.counts.allowed + done.counts.blocked == 5
    assert counted == {"team-a": 0, "team-b": 5, "default": 0}


async def test_an_expired_job_s_message_batches_are_deleted_upstream_too(
    tmp_path: Path, oracle: Emulator
) -> None:
    async with as_tenants(tmp_path, **haiku(oracle, jobs_retention_seconds=1.0)) as (running, t):
        a = t["team-a"]
        job = (await a.CreateJob(pb.CreateJobRequest(items=texts(3)))).job
        [upstream] = await _submitted(running)
        await wait_ended(a, job.name)
        await until(lambda: any(r.method == "DELETE" for r in oracle.requests))
        assert running.jobs is not None
        store = running.jobs.store
        await until_true(lambda: _none_left(store))
        gone = await refusal(a.GetJob(pb.GetJobRequest(name=job.name)))
    assert gone[0] == grpc.StatusCode.NOT_FOUND
    deletes = [r.path for r in oracle.requests if r.method == "DELETE"]
    assert deletes == [f"/v1/messages/batches/{upstream}"]
