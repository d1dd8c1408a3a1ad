"""From outside: billing refusals in health, refused items in verdicts (server to emulator)."""

from __future__ import annotations

import asyncio
import logging

import grpc
import pytest

from anthropic_emulator.emulator import REFUSAL_TRIGGER, Emulator, EmulatorConfig
from anthropic_emulator.faults import FaultKind
from moderation.v1 import moderation_pb2 as pb
from tests.integration.test_server_haiku import (
    NOT_SERVING,
    SERVING,
    haiku_server,
    health_status,
    until_health,
)


@pytest.mark.parametrize("fault", [FaultKind.BILLING, FaultKind.CREDIT_BALANCE])
async def test_health_says_not_serving_while_billing_is_refused(
    fault: FaultKind, caplog: pytest.LogCaptureFixture
) -> None:
    async with (
        Emulator(EmulatorConfig.fast()) as emu,
        haiku_server(emu, fallback="none", haiku_breaker_cooldown_seconds=0.3) as (running, stub),
    ):
        assert await health_status(running) == SERVING
        emu.faults.push(fault)
        with caplog.at_level(logging.ERROR), pytest.raises(grpc.aio.AioRpcError) as err:
            await stub.Moderate(pb.ModerateRequest(items=[pb.Item(id="a", text="hello")]))
        assert err.value.code() is grpc.StatusCode.UNAVAILABLE
        await until_health(running, NOT_SERVING)
        assert any("reporting NOT_SERVING" in r.getMessage() for r in caplog.records)
        assert any("refuses to bill" in r.getMessage() for r in caplog.records)
        await asyncio.sleep(0.4)  # the breaker's cooldown: the next call is its trial
        reply = await stub.Moderate(pb.ModerateRequest(items=[pb.Item(id="b", text="hello")]))
        assert reply.results[0].verdict.source == pb.VERDICT_SOURCE_MODEL
        await until_health(running, SERVING)


async def test_a_refused_item_is_answered_with_the_refusal_source_and_review() -> None:
    async with (
        Emulator(EmulatorConfig.fast()) as emu,
        haiku_server(emu, fallback="local", local_text_model="profanity") as (_, stub),
    ):
        items = [
            pb.Item(id="a", text="lovely weather"),
            pb.Item(id="b", text=f"something {REFUSAL_TRIGGER}"),
            pb.Item(id="c", text="the match ended two all"),
        ]
        reply = await stub.Moderate(pb.ModerateRequest(items=items))
    by_id = {r.item_id: r.verdict for r in reply.results}
    assert by_id["b"].source == pb.VERDICT_SOURCE_REFUSAL
    assert by_id["b"].decision == pb.DECISION_REVIEW and "refused" in by_id["b"].rationale
    assert by_id["a"].source == by_id["c"].source == pb.VERDICT_SOURCE_MODEL
