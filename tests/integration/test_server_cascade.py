"""The cascade backend through the whole server: embedded first, the emulator for the rest."""

from __future__ import annotations

import asyncio

import grpc
import pytest

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from moderation.config import Settings
from moderation.server import start_server
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

pytestmark = pytest.mark.slow


def cascade_settings(emulator: Emulator, **overrides: int) -> Settings:
    """A cascade on a loopback port, judging upstream with `emulator`."""
    return Settings(
        host="127.0.0.1",
        port=0,
        backend="cascade",
        anthropic_api_key="test-key",
        anthropic_base_url=emulator.base_url,
        max_wait_ms=5.0,
        **overrides,  # type: ignore[arg-type]
    )


async def test_confident_items_stay_local_and_an_unvalidated_language_goes_to_claude(
    emulator: Emulator,
) -> None:
    settings = cascade_settings(emulator)
    running = await start_server(settings)
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            stub = pb_grpc.ModerationServiceStub(channel)
            reply = await stub.Moderate(
                pb.ModerateRequest(
                    items=[
                        pb.Item(id="en", text="The library opens at nine and closes at five."),
                        pb.Item(id="sv", text="Jag hatar kvinnor, de är alla likadana."),
                    ]
                )
            )
    finally:
        await running.stop(grace=1.0)
    english, swedish = (r.verdict for r in reply.results)
    assert english.model.startswith("local/") and english.language == "en"
    assert english.language_validation == pb.LANGUAGE_VALIDATION_VALIDATED
    assert not swedish.model.startswith("local/") and swedish.language == "sv"
    # Claude judges every language: the verdict that decided is validated.
    assert swedish.language_validation == pb.LANGUAGE_VALIDATION_VALIDATED
    asked = [r for r in emulator.requests if r.path == "/v1/messages"]
    assert asked and all("library opens" not in str(r.body) for r in asked)


async def test_a_confident_item_does_not_wait_for_another_callers_call_to_claude() -> None:
    """With one upstream call allowed in flight and a slow upstream, a confident item sent
    while another caller's doubtful item is with Claude is answered first: the cascade
    keeps it in the process, so it never waits for an upstream slot or budget turn."""
    async with Emulator(EmulatorConfig(first_token_seconds=3.0, jitter=0.0)) as slow:
        running = await start_server(cascade_settings(slow, min_concurrency=1, max_concurrency=1))
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
                stub = pb_grpc.ModerationServiceStub(channel)
                doubtful = asyncio.ensure_future(
                    stub.Moderate(
                        pb.ModerateRequest(
                            items=[pb.Item(id="sv", text="Jag hatar kvinnor, de är alla lika.")]
                        )
                    )
                )
                for _ in range(500):  # until the doubtful item's call is out
                    if any(r.path == "/v1/messages" for r in slow.requests):
                        break
                    await asyncio.sleep(0.02)
                confident = await stub.Moderate(
                    pb.ModerateRequest(
                        items=[pb.Item(id="en", text="The library opens at nine tomorrow.")]
                    )
                )
                answered_first = not doubtful.done()
                swedish = (await doubtful).results[0].verdict
        finally:
            await running.stop(grace=1.0)
    english = confident.results[0].verdict
    assert english.model.startswith("local/")
    assert not swedish.model.startswith("local/")
    assert answered_first, "the confident item waited for the other caller's call to Claude"
