"""Jobs on Message Batches under the real API's limits and refusals (server to emulator)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from anthropic_emulator.batches import PREFIX as BATCHES_PREFIX
from anthropic_emulator.batches import BatchKnobs
from anthropic_emulator.emulator import REFUSAL_TRIGGER, Emulator, EmulatorConfig
from anthropic_emulator.faults import Fault, FaultKind
from anthropic_emulator.judges import OracleJudge
from moderation.v1 import moderation_pb2 as pb
from tests.images import noisy_png
from tests.integration.test_jobs import (
    LABELS,
    haiku,
    oracle,
    read_all,
    serve,
    texts,
    wait_ended,
)

__all__ = ["oracle"]  # the fixture, shared


async def test_a_refused_item_gets_the_refusal_action_and_the_rest_model_verdicts(
    tmp_path: Path, oracle: Emulator
) -> None:
    items = texts(8)
    items[3].text = f"please refuse this {REFUSAL_TRIGGER}"
    async with serve(tmp_path, **haiku(oracle)) as (_, stub):
        created = (await stub.CreateJob(pb.CreateJobRequest(items=items))).job
        job = await wait_ended(stub, created.name)
        results = await read_all(stub, created.name)
    by_id = {r.result.item_id: r.result.verdict for r in results}
    refused = by_id.pop("c3")
    assert refused.source == pb.VERDICT_SOURCE_REFUSAL
    assert refused.decision == pb.DECISION_REVIEW and "refused" in refused.rationale
    assert all(v.source == pb.VERDICT_SOURCE_MODEL for v in by_id.values())
    assert job.counts.errors == 0 and job.counts.review == 1


async def test_job_requests_are_split_by_bytes_so_large_images_are_not_refused(
    tmp_path: Path, oracle: Emulator
) -> None:
    images = [
        pb.Item(
            id=f"p{n}", image=pb.Image(data=noisy_png(2_500_000, seed=n), media_type="image/png")
        )
        for n in range(14)
    ]
    async with serve(tmp_path, **haiku(oracle, max_message_bytes=128 * 1024 * 1024)) as (_, stub):
        created = (await stub.CreateJob(pb.CreateJobRequest(items=images))).job
        await wait_ended(stub, created.name)
        results = await read_all(stub, created.name)
    assert all(r.result.verdict.source == pb.VERDICT_SOURCE_MODEL for r in results)
    assert len(results) == 14
    assert oracle.batches.requests_created == 2  # 14 x 3.3 MB of base64 in two requests


async def test_a_request_errored_for_one_image_is_sent_again_with_that_image_smaller(
    tmp_path: Path,
) -> None:
    config = EmulatorConfig.fast(
        batches=BatchKnobs(processing_seconds=0.1), max_image_base64_bytes=200_000
    )
    async with Emulator(config, OracleJudge(LABELS)) as emu:
        image = pb.Image(data=noisy_png(240_000), media_type="image/png")  # 320 kB of base64
        items = [*texts(3), pb.Item(id="img", image=image)]
        async with serve(tmp_path, **haiku(emu)) as (_, stub):
            created = (await stub.CreateJob(pb.CreateJobRequest(items=items))).job
            await wait_ended(stub, created.name)
            results = await read_all(stub, created.name)
        sources = {r.result.item_id: r.result.verdict.source for r in results}
        assert sources == dict.fromkeys(("c0", "c1", "c2", "img"), pb.VERDICT_SOURCE_MODEL)
        assert emu.batches.created == 2  # refused once, then the image alone and smaller


async def test_a_billing_refusal_of_a_batch_spends_no_attempt_and_the_job_waits_it_out(
    tmp_path: Path, oracle: Emulator
) -> None:
    oracle.faults.push(
        Fault(FaultKind.CREDIT_BALANCE, path=BATCHES_PREFIX),
        Fault(FaultKind.BILLING, path=BATCHES_PREFIX),
    )
    items = texts(6)
    # Two attempts only: were the refusals counted against the items, they would end unjudged.
    async with serve(tmp_path, **haiku(oracle, jobs_max_attempts=2)) as (_, stub):
        created = (await stub.CreateJob(pb.CreateJobRequest(items=items))).job
        job = await wait_ended(stub, created.name)
        results = await read_all(stub, created.name)
    assert all(r.result.verdict.source == pb.VERDICT_SOURCE_MODEL for r in results)
    assert job.counts.errors == 0 and oracle.batches.created == 1


async def test_health_says_not_serving_while_the_api_refuses_to_bill_jobs(
    tmp_path: Path, oracle: Emulator
) -> None:
    # Only the jobs' calls meet the refusal: live calls go on, but the operator must hear of it.
    oracle.faults.push(*(Fault(FaultKind.BILLING, path=BATCHES_PREFIX) for _ in range(20)))
    seen: list[int] = []
    async with serve(tmp_path, **haiku(oracle)) as (running, stub):
        created = (await stub.CreateJob(pb.CreateJobRequest(items=texts(4)))).job
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            health = health_pb2_grpc.HealthStub(channel)
            while oracle.faults.pending() or not seen or seen[-1] != SERVING:
                reply = await health.Check(health_pb2.HealthCheckRequest(), timeout=5)
                seen.append(reply.status)
                await asyncio.sleep(0.1)
                assert len(seen) < 600, "health never came back"
        job = await wait_ended(stub, created.name)
    assert health_pb2.HealthCheckResponse.NOT_SERVING in seen  # said while the bill was refused
    assert job.counts.errors == 0


SERVING = health_pb2.HealthCheckResponse.SERVING
