"""Two server processes on one Redis share their jobs: either answers for any job, one runs it.

The emulator runs in the test's process, so it counts every Message Batch the
replicas create, whichever replica created it and whichever died.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from asyncio.subprocess import Process
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import grpc
import pytest
from redis.asyncio import Redis

from anthropic_emulator.emulator import Emulator
from bench.harness import free_port
from moderation.jobs.store_redis import PREFIX
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from tests.e2e.job_servers import HATE, job_emulator, job_server_env, until
from tests.servers import wait_serving

if TYPE_CHECKING:
    Stub = pb_grpc.ModerationServiceAsyncStub


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    async with job_emulator() as emu:
        yield emu


CALL_SECONDS = 30.0  # every call has a deadline: a wedged replica fails the test, not hangs it


class Replica:
    def __init__(self, proc: Process, port: int, log: Path) -> None:
        self.proc = proc
        self.port = port
        self.log = log
        self.channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")
        self.stub: Stub = pb_grpc.ModerationServiceStub(self.channel)

    def tail(self) -> str:
        return f"--- {self.log.name}\n" + self.log.read_text(errors="replace")[-3000:]

    async def stop(self) -> None:
        await self.channel.close(None)
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            async with asyncio.timeout(60):
                await self.proc.wait()
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            raise AssertionError(f"a replica did not stop on SIGTERM\n{self.tail()}") from None


async def start(emulator: Emulator, redis_url: str, data: Path) -> Replica:
    port = free_port()
    env = job_server_env(
        emulator,
        port,
        MODERATION_DATA_DIR=str(data),
        MODERATION_JOBS_STORE="redis",
        MODERATION_REDIS_URL=redis_url,
        MODERATION_JOBS_LEASE_SECONDS="1",
    )
    log = data.with_suffix(".log")
    with log.open("wb") as err:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "moderation",
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=err,
        )
    replica = Replica(proc, port, log)

    async def output() -> str:
        return replica.tail()

    await wait_serving(port, proc, output)
    return replica


async def ended(stub: Stub, name: str, *replicas: Replica) -> pb.Job:
    try:
        async with asyncio.timeout(120):
            while True:
                reply = await stub.GetJob(pb.GetJobRequest(name=name), timeout=CALL_SECONDS)
                if reply.job.state in (pb.JOB_STATE_SUCCEEDED, pb.JOB_STATE_CANCELLED):
                    return reply.job
                await asyncio.sleep(0.05)
    except TimeoutError:
        logs = "\n".join(r.tail() for r in replicas)
        raise AssertionError(f"{name} did not end\n{logs}") from None


def labelled(n: int) -> list[pb.Item]:
    return [
        pb.Item(id=f"c{k}", text=HATE if k % 4 == 0 else f"a harmless comment {k}")
        for k in range(n)
    ]


def check_answered_once(items: list[pb.Item], results: list[pb.ItemResult]) -> None:
    assert [r.item_id for r in results] == [i.id for i in items]
    for item, result in zip(items, results, strict=True):
        expected = pb.DECISION_BLOCK if item.text == HATE else pb.DECISION_ALLOW
        assert result.verdict.decision == expected, item.id
        assert result.verdict.source == pb.VERDICT_SOURCE_MODEL


async def read(stub: Stub, name: str) -> list[pb.ItemResult]:
    request = pb.ReadJobResultsRequest(name=name)
    return [r.result async for r in stub.ReadJobResults(request, timeout=CALL_SECONDS)]


async def test_a_job_created_on_one_replica_is_read_listed_and_cancelled_on_the_other(
    emulator: Emulator, redis_url: str, tmp_path: Path
) -> None:
    a = await start(emulator, redis_url, tmp_path / "a")
    b = await start(emulator, redis_url, tmp_path / "b")
    try:
        items = labelled(40)
        create = pb.CreateJobRequest(items=items)
        job = (await a.stub.CreateJob(create, timeout=CALL_SECONDS)).job
        seen = (await b.stub.GetJob(pb.GetJobRequest(name=job.name), timeout=CALL_SECONDS)).job
        assert seen.item_count == 40 and seen.backend == "message-batches"
        listed = (await b.stub.ListJobs(pb.ListJobsRequest(), timeout=CALL_SECONDS)).jobs
        assert [j.name for j in listed] == [job.name]
        done = await ended(b.stub, job.name, a, b)
        results = await read(b.stub, job.name)
        # Held in progress, a second job is cancelled on the replica that did not create it.
        emulator.batches.hold = asyncio.Event()
        create = pb.CreateJobRequest(items=labelled(3))
        other = (await a.stub.CreateJob(create, timeout=CALL_SECONDS)).job
        await until(lambda: emulator.batches.created == 2)
        cancel = pb.CancelJobRequest(name=other.name)
        await b.stub.CancelJob(cancel, timeout=CALL_SECONDS)
        get = pb.GetJobRequest(name=other.name)
        cancelled = (await a.stub.GetJob(get, timeout=CALL_SECONDS)).job
        with pytest.raises(grpc.aio.AioRpcError) as again:
            await a.stub.CancelJob(cancel, timeout=CALL_SECONDS)
    finally:
        await a.stop()
        await b.stop()
    assert done.state == pb.JOB_STATE_SUCCEEDED
    assert done.counts.blocked == 10 and done.counts.allowed == 30
    check_answered_once(items, results)
    # One replica ran each job: one batch of 5 requests for the first, one for the second.
    assert emulator.batches.created == 2 and emulator.batches.requests_created == 5 + 1
    assert cancelled.state == pb.JOB_STATE_CANCELLED and cancelled.counts.errors == 3
    assert again.value.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_when_the_running_replica_is_killed_the_other_takes_over_without_resending(
    emulator: Emulator, redis_url: str, tmp_path: Path
) -> None:
    batches = emulator.batches
    batches.hold = asyncio.Event()  # the batch stays in progress until the gate opens
    replicas = [
        await start(emulator, redis_url, tmp_path / "a"),
        await start(emulator, redis_url, tmp_path / "b"),
    ]
    client = Redis.from_url(redis_url, decode_responses=True)
    try:
        items = labelled(100)
        create = pb.CreateJobRequest(items=items)
        job = (await replicas[1].stub.CreateJob(create, timeout=CALL_SECONDS)).job
        # Submitted and polled: the kill lands between submission and collection (a kill
        # before the batch's id is stored is the restart test's case, and waits longer here).
        await until(
            lambda: any(r.method == "GET" and r.path.count("/") == 4 for r in emulator.requests)
        )
        owner = await client.get(f"{PREFIX}j:{job.name.removeprefix('jobs/')}:lease")
        assert owner is not None
        pid = int(str(owner).rsplit("-", 2)[1])
        [runner] = [r for r in replicas if r.proc.pid == pid]
        [survivor] = [r for r in replicas if r is not runner]
        runner.proc.send_signal(signal.SIGKILL)  # mid-job: submitted, not collected
        await runner.proc.wait()
        seen = len(emulator.requests)
        batches.hold.set()
        done = await ended(survivor.stub, job.name, survivor)
        results = await read(survivor.stub, job.name)
        taken_over = [r for r in emulator.requests[seen:] if r.path.endswith("/results")]
    finally:
        await client.aclose()
        for r in replicas:
            await r.stop()
    assert done.state == pb.JOB_STATE_SUCCEEDED
    assert done.counts.blocked == 25 and done.counts.allowed == 75 and done.counts.pending == 0
    check_answered_once(items, results)
    assert taken_over  # the survivor read the batch the dead replica had sent
    # The work went upstream once: one batch, 13 requests, no custom_id twice.
    assert batches.created == 1 and batches.requests_created == 13
    sent = [r["custom_id"] for r in batches.all_requests()]
    assert len(sent) == len(set(sent))
