"""Callers who share a batch cannot hurt each other: real server, haiku backend, SDK, emulator.

Each test drives the server from outside, as callers would, with the emulator at
the benchmark's latency where timing matters (0.7 s to the first token).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.faults import Fault, FaultKind
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from tests.integration.test_server_haiku import haiku_server

SLOW = {"first_token_seconds": 0.7, "per_token_seconds": 0.0, "jitter": 0.0}
INPUT_TOKEN_TYPES = ("input", "cache_read", "cache_creation")


def request(prefix: str, n: int) -> pb.ModerateRequest:
    return pb.ModerateRequest(
        items=[pb.Item(id=f"{prefix}{k}", text=f"{prefix} says hello {k}") for k in range(n)]
    )


async def outcome(
    stub: pb_grpc.ModerationServiceAsyncStub, req: pb.ModerateRequest, deadline: float
) -> grpc.StatusCode | list[pb.ItemResult]:
    """The call's results, or its status code when it failed as a whole."""
    try:
        return list((await stub.Moderate(req, timeout=deadline)).results)
    except grpc.aio.AioRpcError as exc:
        return exc.code()


def sources(results: Sequence[pb.ItemResult]) -> set[int]:
    return {r.verdict.source for r in results}


async def test_a_short_deadline_never_fails_its_batch_mates() -> None:
    async with (
        Emulator(EmulatorConfig(**SLOW)) as emu,  # type: ignore[arg-type]
        haiku_server(emu, fallback="none", max_wait_ms=200.0, prompt_cache_ttl_seconds=0.0) as (
            _,
            stub,
        ),
    ):
        calls = [outcome(stub, request(f"x{n}-", 5), 0.4) for n in range(4)]
        calls += [outcome(stub, request(f"y{n}-", 5), 30.0) for n in range(4)]
        results = await asyncio.gather(*calls)
    short, long = results[:4], results[4:]
    assert all(r is grpc.StatusCode.DEADLINE_EXCEEDED for r in short)
    for r in long:
        assert isinstance(r, list) and len(r) == 5
        assert sources(r) == {pb.VERDICT_SOURCE_MODEL}
    # They shared upstream calls: the long callers' items rode with the short ones'.
    assert len(emu.message_requests()) < 8


async def test_a_joiner_keeps_its_own_deadline() -> None:
    same = pb.ModerateRequest(items=[pb.Item(id="a", text="the very same words")])
    async with (
        Emulator(EmulatorConfig(**SLOW)) as emu,  # type: ignore[arg-type]
        haiku_server(emu, fallback="none") as (running, stub),
    ):
        first = asyncio.ensure_future(outcome(stub, same, 0.3))
        await asyncio.sleep(0.05)
        second = await outcome(stub, same, 30.0)
        assert await first is grpc.StatusCode.DEADLINE_EXCEEDED
        metrics = running.engine.metrics
    assert isinstance(second, list) and second[0].HasField("verdict")
    assert len(emu.message_requests()) == 1  # one dispatch, shared
    # The caller who started it left, so the judgement and its usage are the joiner's.
    verdict = second[0].verdict
    assert verdict.source == pb.VERDICT_SOURCE_MODEL
    assert metrics.value("verdicts_total", source="model") == 1
    u = verdict.usage
    billed = sum(metrics.value("upstream_tokens_total", type=t) for t in INPUT_TOKEN_TYPES)
    assert u.input_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens == billed
    assert billed > 0 and u.estimated_cost_usd > 0


async def test_the_breaker_recovers_after_a_trial_cut_short_by_its_caller() -> None:
    async with (
        Emulator(EmulatorConfig.fast(hang_seconds=30.0)) as emu,
        haiku_server(
            emu,
            fallback="fail-closed",
            upstream_attempts=1,
            haiku_timeout_seconds=0.5,
            haiku_breaker_failures=1,
            haiku_breaker_cooldown_seconds=1.0,
        ) as (_, stub),
    ):
        emu.faults.push(FaultKind.HANG, FaultKind.HANG)
        opened = await outcome(stub, request("a", 1), 30.0)
        assert isinstance(opened, list) and sources(opened) == {pb.VERDICT_SOURCE_FALLBACK}
        await asyncio.sleep(1.1)  # the cooldown passes
        # The half-open trial belongs to a caller with 300 ms; the upstream still hangs.
        assert await outcome(stub, request("b", 1), 0.3) is grpc.StatusCode.DEADLINE_EXCEEDED
        # The upstream is healthy again: model verdicts within cooldown + one call.
        started = time.monotonic()
        while time.monotonic() - started < 10.0:  # a bound, not a measurement
            got = await outcome(stub, request("c", 1), 30.0)
            if isinstance(got, list) and sources(got) == {pb.VERDICT_SOURCE_MODEL}:
                break
            await asyncio.sleep(0.1)
        else:
            raise AssertionError("the breaker never closed again")
        recovered = time.monotonic() - started
    assert recovered < 1.0 + 0.5 + 2.0  # cooldown + the trial's own timeout, with slack


async def test_spent_429_retries_go_to_the_fallback() -> None:
    config = EmulatorConfig.fast(fault_rates={FaultKind.RATE_LIMIT: 1.0})
    async with (
        Emulator(config) as emu,
        haiku_server(emu, fallback="fail-closed", upstream_attempts=2) as (_, stub),
    ):
        results = await outcome(stub, request("a", 3), 30.0)
    assert isinstance(results, list) and len(results) == 3
    assert all(r.verdict.decision == pb.DECISION_REVIEW for r in results)
    assert sources(results) == {pb.VERDICT_SOURCE_FALLBACK}


async def test_a_key_refused_at_start_up_is_not_serving() -> None:
    async with (
        Emulator(EmulatorConfig.fast(api_key="the-real-key")) as emu,
        haiku_server(emu, fallback="fail-closed") as (running, stub),
    ):
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            health = health_pb2_grpc.HealthStub(channel)
            reply = await health.Check(health_pb2.HealthCheckRequest())
        assert reply.status == health_pb2.HealthCheckResponse.NOT_SERVING
        # Callers still get the operator's fallback, never an error blamed on their items.
        results = await outcome(stub, request("a", 2), 30.0)
    assert isinstance(results, list)
    assert sources(results) == {pb.VERDICT_SOURCE_FALLBACK}


async def test_a_rejected_request_is_not_bisected_and_not_blamed_on_items() -> None:
    async with (
        Emulator(EmulatorConfig.fast()) as emu,
        haiku_server(emu, fallback="fail-closed", max_wait_ms=50.0) as (_, stub),
    ):
        emu.faults.push(Fault(FaultKind.BAD_REQUEST))
        results = await outcome(stub, request("a", 8), 30.0)
    assert isinstance(results, list)
    assert all(r.HasField("verdict") for r in results)  # no INVALID_ARGUMENT for callers
    assert sources(results) == {pb.VERDICT_SOURCE_FALLBACK}
    assert len(emu.message_requests()) == 1  # not bisected into 2N-1 calls
