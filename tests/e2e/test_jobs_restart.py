"""A job survives `kill -9` of the server: real server processes, the SDK, the emulator.

The emulator runs in the test's process, so it outlives the servers it serves
and remembers every Message Batch they created.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from asyncio.subprocess import Process
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest

from anthropic_emulator.emulator import Emulator
from bench.harness import free_port
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from tests.e2e.job_servers import HATE, job_emulator, job_server_env, until
from tests.servers import wait_serving


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    async with job_emulator() as emu:
        yield emu


async def start(emulator: Emulator, data: Path, port: int) -> Process:
    env = job_server_env(emulator, port, MODERATION_JOBS_DIR=str(data))
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "moderation", env=env, stdout=asyncio.subprocess.DEVNULL
    )

    async def no_output() -> str:
        return "(its output is not kept)"

    await wait_serving(port, proc, no_output)
    return proc


async def kill(proc: Process) -> None:
    proc.send_signal(signal.SIGKILL)
    await proc.wait()


async def test_kill_9_mid_job_resumes_without_sending_a_batch_twice(
    emulator: Emulator, tmp_path: Path
) -> None:
    items = [
        pb.Item(id=f"c{k}", text=HATE if k % 4 == 0 else f"a harmless comment {k}")
        for k in range(100)
    ]
    port = free_port()
    data = tmp_path / "jobs"
    batches = emulator.batches
    batches.hold = asyncio.Event()  # every batch stays in progress until the gate opens
    # The API creates the first batch, but its answer never reaches the server.
    batches.lose_creates = 1
    first = await start(emulator, data, port)
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            stub = pb_grpc.ModerationServiceStub(channel)
            job = (await stub.CreateJob(pb.CreateJobRequest(items=items))).job
        await until(lambda: batches.created == 1)
    finally:
        await kill(first)  # killed between the batch's creation upstream and its id being stored

    seen = len(emulator.requests)
    second = await start(emulator, data, port)
    try:
        # The restarted server finds the batch upstream and waits for it to end (to prove
        # it its own by its results) instead of resending.
        await until(
            lambda: any(
                r.method == "GET" and r.path == "/v1/messages/batches"
                for r in emulator.requests[seen:]
            )
        )
        assert batches.created == 1
    finally:
        await kill(second)  # killed while polling

    third = await start(emulator, data, port)
    try:
        batches.hold.set()
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            stub = pb_grpc.ModerationServiceStub(channel)
            async with asyncio.timeout(120):
                while True:
                    got = (await stub.GetJob(pb.GetJobRequest(name=job.name))).job
                    if got.state == pb.JOB_STATE_SUCCEEDED:
                        break
                    await asyncio.sleep(0.05)
            request = pb.ReadJobResultsRequest(name=job.name)
            results = [r.result async for r in stub.ReadJobResults(request)]
    finally:
        third.send_signal(signal.SIGTERM)
        await third.wait()

    # One Message Batch for the whole job, across three server processes.
    assert batches.created == 1 and batches.requests_created == 13
    sent = [r["custom_id"] for r in batches.all_requests()]
    assert len(sent) == len(set(sent))
    # Every item answered exactly once, in order, with the model's verdict.
    assert [r.item_id for r in results] == [i.id for i in items]
    for item, result in zip(items, results, strict=True):
        expected = pb.DECISION_BLOCK if item.text == HATE else pb.DECISION_ALLOW
        assert result.verdict.decision == expected
        assert result.verdict.source == pb.VERDICT_SOURCE_MODEL
    assert got.counts.blocked == 25 and got.counts.allowed == 75 and got.counts.pending == 0
