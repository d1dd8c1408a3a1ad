"""Adopting a Message Batch after a lost create call: only on the service's own evidence.

Another application of the same Anthropic organisation may create a batch with as many
requests at the same moment; the server must never adopt it (and later cancel it).
Real server, real SDK, the emulator's Message Batches endpoints.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from anthropic import AsyncAnthropic

from anthropic_emulator.batches import BatchKnobs
from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.faults import Fault, FaultKind
from anthropic_emulator.judges import OracleJudge
from moderation.v1 import moderation_pb2 as pb
from tests.integration.test_jobs import LABELS, haiku, read_all, serve, texts, until, wait_ended

BATCHES = "/v1/messages/batches"


@pytest.fixture
async def held() -> AsyncIterator[Emulator]:
    """Batches stay in progress until the test opens `batches.hold`; a hang lasts 1 s."""
    config = EmulatorConfig.fast(batches=BatchKnobs(processing_seconds=0.1), hang_seconds=1.0)
    async with Emulator(config, OracleJudge(LABELS)) as emu:
        emu.batches.hold = asyncio.Event()
        yield emu


async def foreign_batch(emu: Emulator) -> str:
    """Another application's batch: one request, as many as the job's."""
    async with AsyncAnthropic(api_key="other-app", base_url=emu.base_url) as other:
        batch = await other.messages.batches.create(
            requests=[
                {
                    "custom_id": "their-request-1",
                    "params": {
                        "model": "claude-haiku-4-5",
                        "max_tokens": 64,
                        "messages": [{"role": "user", "content": "hello"}],
                    },
                }
            ]
        )
    return batch.id


def listed_after(emu: Emulator, seen: int) -> bool:
    return any(r.method == "GET" and r.path == BATCHES for r in emu.requests[seen:])


async def test_a_batch_of_another_application_is_never_adopted_nor_cancelled(
    tmp_path: Path, held: Emulator
) -> None:
    # The service's create call gets no answer and creates nothing (a hang, then the
    # client's timeout); meanwhile another application creates a batch of one request.
    held.faults.push(Fault(FaultKind.HANG, path=BATCHES))
    settings = haiku(held, haiku_timeout_seconds=0.5)
    async with serve(tmp_path, **settings) as (_, stub):
        job = (await stub.CreateJob(pb.CreateJobRequest(items=texts(5)))).job
        await until(lambda: held.faults.pending() == 0)
        theirs = await foreign_batch(held)
        seen = len(held.requests)
        await until(lambda: listed_after(held, seen))  # the server looked for its batch
        again = len(held.requests)
        await until(lambda: listed_after(held, again))  # and looked again, the batch running
        cancelled = (await stub.CancelJob(pb.CancelJobRequest(name=job.name))).job
        await asyncio.sleep(0.3)  # the runner's turn to stop the job's batches
        assert not any(r.path.endswith("/cancel") for r in held.requests)
    assert cancelled.state == pb.JOB_STATE_CANCELLED
    async with AsyncAnthropic(api_key="other-app", base_url=held.base_url) as other:
        assert (await other.messages.batches.retrieve(theirs)).processing_status == "in_progress"


async def test_once_the_other_batch_ends_without_our_requests_the_work_is_sent_again(
    tmp_path: Path, held: Emulator
) -> None:
    held.faults.push(Fault(FaultKind.HANG, path=BATCHES))
    settings = haiku(held, haiku_timeout_seconds=0.5)
    async with serve(tmp_path, **settings) as (_, stub):
        job = (await stub.CreateJob(pb.CreateJobRequest(items=texts(5)))).job
        await until(lambda: held.faults.pending() == 0)
        await foreign_batch(held)
        seen = len(held.requests)
        await until(lambda: listed_after(held, seen))
        assert held.batches.created == 1  # theirs only: the service waits for it to end
        held.batches.hold.set()  # type: ignore[union-attr]
        done = await wait_ended(stub, job.name)
        results = await read_all(stub, job.name)
    assert done.state == pb.JOB_STATE_SUCCEEDED and done.counts.errors == 0
    assert held.batches.created == 2  # theirs, then the service's own, sent again
    ours = [r for r in held.batches.all_requests() if r["custom_id"] != "their-request-1"]
    assert len(ours) == 1
    assert [r.result.verdict.source for r in results] == [pb.VERDICT_SOURCE_MODEL] * 5


async def test_its_own_batch_is_adopted_once_its_results_name_its_requests(
    tmp_path: Path, held: Emulator
) -> None:
    held.batches.lose_creates = 1  # created upstream, but the answer never arrives
    async with serve(tmp_path, **haiku(held)) as (_, stub):
        job = (await stub.CreateJob(pb.CreateJobRequest(items=texts(5)))).job
        await until(lambda: held.batches.created == 1)
        seen = len(held.requests)
        await until(lambda: listed_after(held, seen))
        held.batches.hold.set()  # type: ignore[union-attr]
        done = await wait_ended(stub, job.name)
    assert done.state == pb.JOB_STATE_SUCCEEDED and done.counts.errors == 0
    assert held.batches.created == 1  # adopted, not sent twice
