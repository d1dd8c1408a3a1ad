"""The jobs part of the `tenants` scenario (`bench.reliability.tenants`): jobs are owned.

`jobs_isolation`: with three tenants on one server (A and
B members, an admin), B asks for A's job every way there is (GetJob,
ReadJobResults, CancelJob, DeleteJob) and must get exactly the answer an unknown
job gets (code, message and ResourceInfo, the job's name aside); B's ListJobs
never shows it; the admin's lists it with its owner; then A deletes it, and it is
gone: NOT_FOUND to A too, and the store is back to its size before the job (the
SQLite file's bytes, or Redis's key count, as the caller measures it).

From outside, as a caller would: a gRPC target and three bearer tokens. The
store is measured by a probe the caller passes (`sqlite_store_bytes`,
`redis_key_count`), since a caller cannot see it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import grpc
from google.rpc import error_details_pb2, status_pb2

from bench.reliability.harness import ScenarioResult
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

if TYPE_CHECKING:
    Stub = pb_grpc.ModerationServiceAsyncStub

UNKNOWN_JOB = "jobs/0123456789abcdef"
JOB_RPCS = ("GetJob", "ReadJobResults", "CancelJob", "DeleteJob")
CALL_SECONDS = 30.0
StoreProbe = Callable[[], Awaitable[int]]
Answer = tuple[str, str, tuple[str, ...]]  # code, message, ResourceInfo (type, name, text)


@dataclass
class JobsIsolation:
    """What `jobs_isolation` saw; `record` turns it into the scenario's goals."""

    job: str = ""
    items: int = 0
    # Per RPC: B's answer on A's job, and whether it is the unknown job's, word for word.
    foreign: dict[str, str] = field(default_factory=dict)
    same_as_unknown: dict[str, bool] = field(default_factory=dict)
    a_job_untouched: bool = False  # A's job still whole after B's cancel and delete
    b_listed_a_jobs: int = 0  # A's jobs in B's whole list (all pages)
    admin_owner: str = ""  # the owner the admin's list shows for A's job
    a_after_delete: str = ""  # A's GetJob of its deleted job
    store_before: int | None = None  # the probe before the job, with it, after its deletion
    store_with_job: int | None = None
    store_after: int | None = None
    store_unit: str = ""

    @property
    def passed(self) -> bool:
        return (
            len(self.same_as_unknown) == len(JOB_RPCS)
            and all(self.same_as_unknown.values())
            and all(code == "NOT_FOUND" for code in self.foreign.values())
            and self.a_job_untouched
            and self.b_listed_a_jobs == 0
            and self.admin_owner != ""
            and self.a_after_delete == "NOT_FOUND"
            and self.store_gone
        )

    @property
    def store_gone(self) -> bool:
        """The store back to its size before the job (True when it was not measured)."""
        if self.store_before is None or self.store_after is None:
            return True
        return self.store_after <= self.store_before

    def record(self, result: ScenarioResult) -> None:
        """The goals of the jobs part of the scenario, and what was measured."""
        answers = ", ".join(f"{rpc} {code}" for rpc, code in self.foreign.items())
        same = sum(self.same_as_unknown.values())
        result.goal(
            "B on A's job: NOT_FOUND, as for an unknown job",
            f"{len(JOB_RPCS)} of {len(JOB_RPCS)} identical",
            f"{same} of {len(self.same_as_unknown)} identical ({answers})",
            same == len(JOB_RPCS) == len(self.same_as_unknown)
            and all(c == "NOT_FOUND" for c in self.foreign.values()),
        )
        result.goal(
            "A's job untouched by B's cancel and delete",
            "yes",
            "yes" if self.a_job_untouched else "no",
            self.a_job_untouched,
        )
        result.goal(
            "A's jobs in B's list", "0", str(self.b_listed_a_jobs), self.b_listed_a_jobs == 0
        )
        result.goal(
            "the admin lists A's job with its owner",
            "owner shown",
            self.admin_owner or "not listed",
            self.admin_owner != "",
        )
        gone = f"GetJob {self.a_after_delete}"
        if self.store_before is not None:
            gone += (
                f"; store {self.store_before} → {self.store_with_job} → {self.store_after} "
                f"{self.store_unit}"
            )
        result.goal(
            "A deletes its job: gone, store back to its size",
            "NOT_FOUND, store ≤ before",
            gone,
            self.a_after_delete == "NOT_FOUND" and self.store_gone,
        )


async def jobs_isolation(
    target: str,
    token_a: str,
    token_b: str,
    token_admin: str,
    *,
    items: int = 200,
    text_bytes: int = 2000,
    store_size: StoreProbe | None = None,
    store_unit: str = "",
    credentials: grpc.ChannelCredentials | None = None,
    end_seconds: float = 120.0,
) -> JobsIsolation:
    """A's job of `items` texts of `text_bytes` bytes, tried by B and the admin, deleted by A.

    `store_size` measures the job store (bytes of the SQLite file, Redis keys) before the
    job, with it, and after its deletion; `store_unit` names what it counts.
    """
    out = JobsIsolation(items=items, store_unit=store_unit)
    channel = (
        grpc.aio.secure_channel(target, credentials)
        if credentials is not None
        else grpc.aio.insecure_channel(target)
    )
    async with channel:
        stub = pb_grpc.ModerationServiceStub(channel)
        a, b, admin = (_Caller(stub, t) for t in (token_a, token_b, token_admin))
        if store_size is not None:
            out.store_before = await store_size()
        batch = [pb.Item(id=f"a{n}", text=_text(n, text_bytes)) for n in range(items)]
        job = (await a.call("CreateJob", pb.CreateJobRequest(items=batch))).job
        out.job = job.name
        ended = await _wait_ended(a, job.name, end_seconds)
        if store_size is not None:
            out.store_with_job = await store_size()
        for rpc in JOB_RPCS:
            foreign = await _answer(b, rpc, job.name)
            unknown = await _answer(b, rpc, UNKNOWN_JOB)
            out.foreign[rpc] = foreign[0]
            out.same_as_unknown[rpc] = _renamed(foreign, job.name) == unknown
        after = (await a.call("GetJob", pb.GetJobRequest(name=job.name))).job
        out.a_job_untouched = (after.state, after.item_count, after.counts.pending) == (
            ended.state,
            items,
            0,
        )
        out.b_listed_a_jobs = sum(j.name == job.name for j in await _list_all(b))
        out.admin_owner = next((j.owner for j in await _list_all(admin) if j.name == job.name), "")
        await a.call("DeleteJob", pb.DeleteJobRequest(name=job.name))
        out.a_after_delete = (await _answer(a, "GetJob", job.name))[0]
        if store_size is not None:
            out.store_after = await store_size()
    return out


def sqlite_store_bytes(jobs_dir: Path) -> StoreProbe:
    """The SQLite job store's bytes on disk (database and write-ahead log)."""

    def files() -> int:
        return sum(p.stat().st_size for p in jobs_dir.glob("jobs.sqlite3*") if p.is_file())

    async def size() -> int:
        return await asyncio.to_thread(files)

    return size


def redis_key_count(url: str, prefix: str = "moderation:jobs:") -> StoreProbe:
    """How many keys the job store holds in Redis (the verdict cache's are not counted)."""

    async def count() -> int:
        from redis.asyncio import Redis

        client = Redis.from_url(url)
        try:
            return len([k async for k in client.scan_iter(match=prefix + "*", count=1000)])
        finally:
            await client.aclose()

    return count


class _Caller:
    """One tenant: every call with its bearer token."""

    def __init__(self, stub: Stub, token: str) -> None:
        self.stub = stub
        self.metadata = (("authorization", f"Bearer {token}"),)

    async def call(self, rpc: str, request: Any) -> Any:
        method = getattr(self.stub, rpc)
        return await method(request, metadata=self.metadata, timeout=CALL_SECONDS)

    async def read(self, request: pb.ReadJobResultsRequest) -> int:
        stream = self.stub.ReadJobResults(request, metadata=self.metadata, timeout=CALL_SECONDS)
        return len([r async for r in stream])


def _text(n: int, size: int) -> str:
    line = f"an ordinary remark number {n}, about the weather and the garden. "
    return (line * (size // len(line) + 1))[:size]


async def _wait_ended(caller: _Caller, name: str, limit: float) -> pb.Job:
    ended = (pb.JOB_STATE_SUCCEEDED, pb.JOB_STATE_CANCELLED)
    async with asyncio.timeout(limit):
        while True:
            job: pb.Job = (await caller.call("GetJob", pb.GetJobRequest(name=name))).job
            if job.state in ended:
                return job
            await asyncio.sleep(0.1)


async def _answer(caller: _Caller, rpc: str, name: str) -> Answer:
    """The status a job RPC on `name` ends with ("OK" when it succeeds)."""
    try:
        if rpc == "ReadJobResults":
            await caller.read(pb.ReadJobResultsRequest(name=name))
        else:
            request = getattr(pb, f"{rpc}Request")(name=name)
            await caller.call(rpc, request)
    except grpc.aio.AioRpcError as err:
        return err.code().name, err.details() or "", _resource_infos(err)
    return "OK", "", ()


def _resource_infos(err: grpc.aio.AioRpcError) -> tuple[str, ...]:
    """The ResourceInfo details of a failed call (type, name and description of each)."""
    metadata: Any = err.trailing_metadata() or ()
    found: list[str] = []
    for key, value in metadata:
        if key != "grpc-status-details-bin":
            continue
        for detail in status_pb2.Status.FromString(value).details:
            info = error_details_pb2.ResourceInfo()
            if detail.Unpack(info):
                found.append(f"{info.resource_type} {info.resource_name} {info.description}")
    return tuple(found)


def _renamed(answer: Answer, name: str) -> Answer:
    """The answer with `name` written as the unknown job's, so the two compare."""
    code, message, infos = answer
    return (
        code,
        message.replace(name, UNKNOWN_JOB),
        tuple(i.replace(name, UNKNOWN_JOB) for i in infos),
    )


async def _list_all(caller: _Caller) -> list[pb.Job]:
    jobs: list[pb.Job] = []
    token = ""
    while True:
        page = await caller.call("ListJobs", pb.ListJobsRequest(page_size=100, page_token=token))
        jobs.extend(page.jobs)
        token = page.next_page_token
        if not token:
            return jobs
