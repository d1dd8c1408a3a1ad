"""The cascade backend through the whole server: embedded first, the emulator for the rest."""

from __future__ import annotations

import grpc
import pytest

from anthropic_emulator.emulator import Emulator
from moderation.config import Settings
from moderation.server import start_server
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

pytestmark = pytest.mark.slow


async def test_confident_items_stay_local_and_an_unvalidated_language_goes_to_claude(
    emulator: Emulator,
) -> None:
    settings = Settings(
        host="127.0.0.1",
        port=0,
        backend="cascade",
        anthropic_api_key="test-key",
        anthropic_base_url=emulator.base_url,
        max_wait_ms=5.0,
    )
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
